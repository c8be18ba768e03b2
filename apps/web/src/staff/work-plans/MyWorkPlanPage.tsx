import { useMe } from '../app/me';
import { MyWorkPlan } from './WorkPlans';

/** My work plan (SKP) and monthly realisation (/app/plan). */
export function MyWorkPlanPage() {
  return <MyWorkPlan me={useMe()} />;
}
