import { useMe } from '../app/me';
import { MyWorkPlan } from './MyWorkPlan';

/** My work plan (SKP) and monthly realisation (/app/plan). */
export function MyWorkPlanPage() {
  return <MyWorkPlan me={useMe()} />;
}
