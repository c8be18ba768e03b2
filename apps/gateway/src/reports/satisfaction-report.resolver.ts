import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ServicePoint } from '../organisation/models/service-point.model';
import { SatisfactionReport } from './models/satisfaction-report.model';
import { SatisfactionReportService } from './satisfaction-report.service';

@Resolver(() => SatisfactionReport)
export class SatisfactionReportResolver {
  constructor(private readonly reports: SatisfactionReportService) {}

  @Query(() => [ServicePoint], {
    description:
      'The live service points whose SKM report the caller may see: every one for ADMIN, those of the units a head leads; empty for others.',
  })
  skmServicePoints(@CurrentActor() actor: Actor): Promise<ServicePoint[]> {
    return this.reports.readableServicePoints(actor);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Query(() => SatisfactionReport, {
    description:
      'ADMIN and the heads of the service point’s unit: the SKM report data of a period (PermenPANRB 14/2017). FORBIDDEN for others; NOT_FOUND for another agency’s ids.',
  })
  async satisfactionReport(
    @CurrentActor() actor: Actor,
    @Args('servicePointId', { type: () => ID }) servicePointId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<SatisfactionReport> {
    const d = await this.reports.satisfactionReport(actor, servicePointId, periodId);
    const { ageBand, ...rest } = d.profile;
    return { ...d, profile: { ageBands: ageBand, ...rest } };
  }
}
