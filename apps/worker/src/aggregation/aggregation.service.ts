import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { computeIkm, LATE_RATING_WINDOW_DAYS } from '@k360/scoring';
import { SatisfactionRepository } from '@k360/database';
import { SatisfactionAlertService } from './satisfaction-alert.service';

/**
 * Service points' satisfaction per period: one GROUP BY in PostgreSQL over the period's ratings
 * (the worker never loads rating rows; SatisfactionRepository.sums), libs/scoring turns each
 * point's sums into NRR, IKM, mutu and kinerja, and one statement upserts every row. The stored
 * row carries the watermark (newest rating received) it was computed from.
 */
@Injectable()
export class AggregationService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly satisfaction: SatisfactionRepository,
    private readonly alerts: SatisfactionAlertService,
  ) {}

  /**
   * Periods to refresh: the given one, or those of the agency that late ratings can still reach
   * (ended within LATE_RATING_WINDOW_DAYS).
   */
  async periodsFor(servicePointId: string, periodId?: string): Promise<string[]> {
    return this.satisfaction.periodsToRefresh(servicePointId, periodId ?? null, LATE_RATING_WINDOW_DAYS);
  }

  /**
   * One service point: the given period, or every current period its recent ratings fall in; then
   * the low-satisfaction check on its latest ratings (SatisfactionAlertService), when ratings arrived.
   */
  async aggregate(servicePointId: string, periodId?: string): Promise<number> {
    const periods = await this.periodsFor(servicePointId, periodId);
    for (const p of periods) await this.aggregatePoints(p, [servicePointId]);
    if (!periodId) await this.alerts.check(servicePointId);
    return periods.length;
  }

  /**
   * Service points of one period in one query and one upsert: the listed ones (points of another
   * agency than the period's are ignored) or, with `null`, every active point of the agency.
   * Returns the number of rows written.
   *
   * Aggregations of one period take turns (a transaction-scoped advisory lock, taken before the
   * SELECT): each reads the ratings committed before it started, so the last writer always holds
   * the newest count. Without it a slow full recompute could overwrite a newer single-point row
   * with a count that misses a rating committed in between.
   */
  async aggregatePoints(periodId: string, servicePointIds: string[] | null): Promise<number> {
    return this.ds.transaction((m) => this.aggregateLocked(m, periodId, servicePointIds));
  }

  private async aggregateLocked(m: EntityManager, periodId: string, servicePointIds: string[] | null): Promise<number> {
    await this.satisfaction.lockPeriod(periodId, m);
    const scope = await this.satisfaction.aggregationScope(periodId, servicePointIds, m);
    if (!scope || scope.servicePointIds.length === 0) return 0;
    const sums = await this.satisfaction.sums(scope, servicePointIds === null, m);
    const computed = sums.map((a) => {
      const ikm = computeIkm({ respondents: a.respondents, elements: a.elements });
      return {
        servicePointId: a.servicePointId,
        respondents: ikm.respondents,
        elements: ikm.elements,
        ikm: ikm.ikm,
        ikmConverted: ikm.converted,
        mutu: ikm.mutu,
        kinerja: ikm.kinerja,
        quickCount: a.quickCount,
        quickSum: a.quickSum,
        watermark: a.watermark,
      };
    });
    await this.satisfaction.upsert(periodId, computed, m);
    return computed.length;
  }
}
