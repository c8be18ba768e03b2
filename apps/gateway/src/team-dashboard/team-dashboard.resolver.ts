import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { PageInput } from '../organisation/dto/employee.inputs';
import { TeamDashboard, TeamDashboardRow } from './models/team-dashboard.models';
import { TeamDashboardService } from './team-dashboard.service';
import { TEAM_DASHBOARD_PAGE_SIZE } from './team-dashboard.rules';

@Resolver(() => TeamDashboard)
export class TeamDashboardResolver {
  constructor(private readonly service: TeamDashboardService) {}

  @Roles('ADMIN', 'SUPERVISOR')
  @Query(() => TeamDashboard, {
    description:
      "A period's team dashboard: a SUPERVISOR's direct reports and everyone in the units they head, or the agency (ADMIN); `unitId` narrows to a unit and the units below it (ADMIN: any; SUPERVISOR: one they head). Rows are paged by employee name; totals, the predikat distribution and the waiting reviewers cover every row.",
  })
  teamDashboard(
    @CurrentActor() actor: Actor,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
    @Args('page', { nullable: true, defaultValue: { first: TEAM_DASHBOARD_PAGE_SIZE } }) page?: PageInput,
  ) {
    return this.service.dashboard(actor, { periodId, unitId }, page ?? { first: TEAM_DASHBOARD_PAGE_SIZE });
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Query(() => TeamDashboardRow, {
    description: "Drill-down: one person of the caller's team dashboard by round id, with the per-source scores as disclosed.",
  })
  teamMember(@CurrentActor() actor: Actor, @Args('roundId', { type: () => ID }) roundId: string) {
    return this.service.member(actor, roundId);
  }
}
