import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { StaffHttpGuard } from '../auth/staff-http.guard';
import { TeamDashboardController } from './team-dashboard.controller';
import { TeamDashboardPolicy } from './team-dashboard.policy';
import { TeamDashboardResolver } from './team-dashboard.resolver';
import { TeamDashboardService } from './team-dashboard.service';

/** The team dashboard (issue 15): the teamDashboard and teamMember queries and the CSV/XLSX export. */
@Module({
  imports: [AuthModule],
  controllers: [TeamDashboardController],
  providers: [TeamDashboardPolicy, TeamDashboardService, TeamDashboardResolver, StaffHttpGuard],
})
export class TeamDashboardModule {}
