import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { PageInput } from '../organisation/dto/employee.inputs';
import { RequestReportInput } from './dto/request-report.input';
import { Report, ReportConnection } from './models/report.model';
import { ReportsService } from './reports.service';

@Resolver(() => Report)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Mutation(() => Report, {
    description:
      'Asks the worker for a PDF report. EMPLOYEE_ROUND: the employee (once SCORED), the supervisor the round was opened under, or ADMIN; SERVICE_POINT_SKM: ADMIN and the heads of the point’s unit (as satisfactionReport). The same request while one is QUEUED or RUNNING returns that one.',
  })
  requestReport(@CurrentActor() actor: Actor, @Args('input') input: RequestReportInput): Promise<Report> {
    return this.reports.request(actor, input);
  }

  @Query(() => Report, { nullable: true, description: 'A report of the caller (ADMIN: of the agency); NOT_FOUND for others.' })
  report(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Report> {
    return this.reports.get(actor, id);
  }

  @Query(() => ReportConnection, { description: 'The caller’s reports, newest first.' })
  myReports(
    @CurrentActor() actor: Actor,
    @Args('page', { nullable: true, defaultValue: { first: 20 } }) page?: PageInput,
  ): Promise<ReportConnection> {
    return this.reports.mine(actor, page ?? { first: 20 });
  }
}
