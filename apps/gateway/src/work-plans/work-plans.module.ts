import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { EmployeeMonitoringResolver, IndicatorResolver, TeamWorkPlanResolver, WorkPlansResolver } from './work-plans.resolver';
import { WorkPlansPolicy } from './work-plans.policy';
import { WorkPlansService } from './work-plans.service';

/** Work plans (SKP), their indicators, and monthly realisations (issue 13). */
@Module({
  imports: [OrganisationModule],
  providers: [WorkPlansPolicy, WorkPlansService, WorkPlansResolver, TeamWorkPlanResolver, EmployeeMonitoringResolver, IndicatorResolver],
})
export class WorkPlansModule {}
