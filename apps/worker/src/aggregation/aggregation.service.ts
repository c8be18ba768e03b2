import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { computeIkm, IKM_ELEMENT_CODES } from '@k360/scoring';

/**
 * A service point's satisfaction per period: one GROUP BY in PostgreSQL over the ratings of the
 * period (the partition index on service point and time keeps it to the rows that matter), then
 * libs/scoring turns the sums into NRR, IKM, mutu and kinerja. The stored row carries the
 * watermark (newest rating received) it was computed from.
 */
@Injectable()
export class AggregationService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Periods to refresh: the given one, or those of the agency a rating of the last 8 days falls in. */
  async periodsFor(servicePointId: string, periodId?: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.ds.query(
      `SELECT p.id FROM period p JOIN service_point sp ON sp.agency_id = p.agency_id
        WHERE sp.id = $1 AND ($2::uuid IS NULL AND p.ends_on >= (now() - interval '8 days')::date AND p.starts_on <= now()::date OR p.id = $2::uuid)`,
      [servicePointId, periodId ?? null],
    );
    return rows.map((r) => r.id);
  }

  async aggregate(servicePointId: string, periodId?: string): Promise<number> {
    const periods = await this.periodsFor(servicePointId, periodId);
    for (const p of periods) await this.ds.transaction((m) => this.aggregatePeriod(m, servicePointId, p));
    return periods.length;
  }

  async aggregatePeriod(m: EntityManager, servicePointId: string, periodId: string): Promise<void> {
    const sums = IKM_ELEMENT_CODES.map(
      (c, i) => `sum(r.u${i + 1}) FILTER (WHERE r.kind = 'IKM')::int AS "s_${c}", count(r.u${i + 1})::int AS "c_${c}"`,
    ).join(', ');
    const [a] = await m.query(
      `SELECT count(*) FILTER (WHERE r.kind = 'IKM')::int AS respondents, ${sums},
              count(*) FILTER (WHERE r.kind = 'QUICK')::int AS quick_count, coalesce(sum(r.score) FILTER (WHERE r.kind = 'QUICK'), 0)::bigint AS quick_sum,
              max(r.received_at) AS watermark
         FROM period p
         LEFT JOIN public_rating r ON r.service_point_id = $1 AND r.submitted_at >= p.starts_on AND r.submitted_at < p.ends_on + 1
        WHERE p.id = $2`,
      [servicePointId, periodId],
    );
    const ikm = computeIkm({
      respondents: a.respondents,
      elements: Object.fromEntries(IKM_ELEMENT_CODES.map((c) => [c, { sum: a[`s_${c}`] ?? 0, count: a[`c_${c}`] ?? 0 }])),
    });
    await m.query(
      `INSERT INTO satisfaction_aggregate (service_point_id, period_id, respondents, elements, ikm, ikm_converted, mutu, kinerja, quick_count, quick_sum, watermark, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
       ON CONFLICT (service_point_id, period_id) DO UPDATE SET respondents = EXCLUDED.respondents, elements = EXCLUDED.elements, ikm = EXCLUDED.ikm,
         ikm_converted = EXCLUDED.ikm_converted, mutu = EXCLUDED.mutu, kinerja = EXCLUDED.kinerja, quick_count = EXCLUDED.quick_count,
         quick_sum = EXCLUDED.quick_sum, watermark = EXCLUDED.watermark, updated_at = now()`,
      [
        servicePointId,
        periodId,
        ikm.respondents,
        JSON.stringify(ikm.elements),
        ikm.ikm,
        ikm.converted,
        ikm.mutu,
        ikm.kinerja,
        a.quick_count,
        a.quick_sum,
        a.watermark,
      ],
    );
  }
}
