import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AutomaticIndicatorsRepository } from '@k360/database';
import { JobPayload, OnJob } from '@k360/queue';
import { ARCAMANIK_360_V1, computeIkm } from '@k360/scoring';

export interface AutomaticIndicatorsOutcome {
  citizenSatisfaction: { value: number | null; ratings: number };
  serviceCompletionTime: { value: number | null; tickets: number };
}

/**
 * The automatic hasil-kerja indicators of one employee for one month, from the platform's facts:
 * CITIZEN_SATISFACTION is the converted IKM (25–100) of the IKM ratings attributed to them, shown
 * only from the policy's minimum of public ratings (below it: no data, with the count);
 * SERVICE_COMPLETION_TIME is the median minutes from issue to completion of the tickets they
 * completed. Recomputing from the same facts writes the same values, so a late fact just enqueues
 * the month again (job `compute-automatic-indicators`, debounced per employee and month).
 */
@Injectable()
export class AutomaticIndicatorsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly indicators: AutomaticIndicatorsRepository,
  ) {}

  @OnJob('compute-automatic-indicators')
  compute({ employeeId, month }: JobPayload<'compute-automatic-indicators'>): Promise<AutomaticIndicatorsOutcome | null> {
    return this.ds.transaction(async (m) => {
      const agencyId = await this.indicators.agencyOf(employeeId, m);
      if (!agencyId) return null;
      const ratings = await this.indicators.ratingsInMonth(employeeId, month, m);
      const ikm = computeIkm(ratings);
      const satisfaction = ratings.respondents >= ARCAMANIK_360_V1.minCount.PUBLIC ? ikm.converted : null;
      await this.indicators.upsert(agencyId, employeeId, month, 'CITIZEN_SATISFACTION', satisfaction, ratings.respondents, m);
      const tickets = await this.indicators.ticketsInMonth(employeeId, month, m);
      await this.indicators.upsert(agencyId, employeeId, month, 'SERVICE_COMPLETION_TIME', tickets.medianMinutes, tickets.completed, m);
      return {
        citizenSatisfaction: { value: satisfaction, ratings: ratings.respondents },
        serviceCompletionTime: { value: tickets.medianMinutes, tickets: tickets.completed },
      };
    });
  }
}
