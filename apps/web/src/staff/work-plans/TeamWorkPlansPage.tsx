import { TeamWorkPlans } from './TeamWorkPlans';

/** My team's work plans, realisations to verify and monitoring (/app/team/plans). */
export function TeamWorkPlansPage() {
  return <TeamWorkPlans />;
}
