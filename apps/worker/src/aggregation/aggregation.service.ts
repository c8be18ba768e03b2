import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { computeIkm, IKM_ELEMENT_CODES } from '@k360/scoring';
import { PERIOD_BOUNDS_SQL } from '@k360/database';

// Only IKM rows carry U1..U9 and only QUICK rows a score (both are table constraints), so plain
// sums and counts per column need no FILTER on the kind (which would cost a test per aggregate).
const SUMS = IKM_ELEMENT_CODES.map((c, i) => `sum(r.u${i + 1})::int AS "s_${c}", count(r.u${i + 1})::int AS "c_${c}"`).join(', ');

/**
 * One pass over a period's ratings for a set of service points: the period's bounds go in as
 * parameters (so PostgreSQL prunes the month partitions at plan time) and every listed point gets
 * a row, rated or not. $5 = true means "every point of the agency": the scan then filters on the
 * agency alone (testing each row against a long id list costs more than the aggregation itself)
 * and the join keeps the listed points. The watermark travels as text: a JavaScript Date would drop its
 * microseconds, and the reconcile sweep compares it with received_at exactly.
 */
export const AGGREGATE_POINTS = `
  SELECT sp.id AS service_point_id, coalesce(a.respondents, 0) AS respondents, ${IKM_ELEMENT_CODES.map((c) => `a."s_${c}", a."c_${c}"`).join(', ')},
         coalesce(a.quick_count, 0) AS quick_count, coalesce(a.quick_sum, 0) AS quick_sum, a.watermark
    FROM unnest($1::uuid[]) AS sp(id)
    LEFT JOIN (
      SELECT r.service_point_id AS sp_id, count(r.u1)::int AS respondents, ${SUMS},
             count(r.score)::int AS quick_count, coalesce(sum(r.score), 0)::bigint AS quick_sum,
             max(r.received_at)::text AS watermark
        FROM public_rating r
       WHERE r.agency_id = $4 AND ($5::boolean OR r.service_point_id = ANY($1::uuid[])) AND r.submitted_at >= $2::timestamptz AND r.submitted_at < $3::timestamptz
       GROUP BY r.service_point_id
    ) a ON a.sp_id = sp.id`;

/**
 * All rows in one statement. A row computed from older facts (lower watermark) than the stored one
 * never replaces it: a slow full recompute cannot undo a newer single-point update.
 */
const UPSERT = `
  INSERT INTO satisfaction_aggregate (service_point_id, period_id, respondents, elements, ikm, ikm_converted, mutu, kinerja, quick_count, quick_sum, watermark, updated_at)
  SELECT x.service_point_id, $2, x.respondents, x.elements, x.ikm, x.ikm_converted, x.mutu, x.kinerja, x.quick_count, x.quick_sum, x.watermark, now()
    FROM jsonb_to_recordset($1::jsonb) AS x(service_point_id uuid, respondents int, elements jsonb, ikm double precision, ikm_converted double precision,
                                             mutu text, kinerja text, quick_count int, quick_sum bigint, watermark timestamptz)
  ON CONFLICT (service_point_id, period_id) DO UPDATE SET respondents = EXCLUDED.respondents, elements = EXCLUDED.elements, ikm = EXCLUDED.ikm,
    ikm_converted = EXCLUDED.ikm_converted, mutu = EXCLUDED.mutu, kinerja = EXCLUDED.kinerja, quick_count = EXCLUDED.quick_count,
    quick_sum = EXCLUDED.quick_sum, watermark = EXCLUDED.watermark, updated_at = now()
   WHERE satisfaction_aggregate.watermark IS NULL OR EXCLUDED.watermark >= satisfaction_aggregate.watermark`;

/**
 * Service points' satisfaction per period: one GROUP BY in PostgreSQL over the period's ratings
 * (the worker never loads rating rows), libs/scoring turns each point's sums into NRR, IKM, mutu
 * and kinerja, and one statement upserts every row. The stored row carries the watermark (newest
 * rating received) it was computed from.
 */
@Injectable()
export class AggregationService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Periods to refresh: the given one, or those of the agency a rating of the last 8 days falls in. */
  async periodsFor(servicePointId: string, periodId?: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.ds.query(
      `SELECT p.id FROM period p JOIN service_point sp ON sp.agency_id = p.agency_id JOIN agency a ON a.id = p.agency_id
        WHERE sp.id = $1 AND ($2::uuid IS NULL AND (p.ends_on + 1)::timestamp AT TIME ZONE a.time_zone > now() - interval '8 days'
                                               AND p.starts_on::timestamp AT TIME ZONE a.time_zone <= now() OR p.id = $2::uuid)`,
      [servicePointId, periodId ?? null],
    );
    return rows.map((r) => r.id);
  }

  /** One service point: the given period, or every current period its recent ratings fall in. */
  async aggregate(servicePointId: string, periodId?: string): Promise<number> {
    const periods = await this.periodsFor(servicePointId, periodId);
    for (const p of periods) await this.aggregatePoints(p, [servicePointId]);
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
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('aggregate:' || $1))`, [periodId]);
    const [period] = await m.query(
      `SELECT p.agency_id, ${PERIOD_BOUNDS_SQL},
              array(SELECT sp.id FROM service_point sp
                     WHERE sp.agency_id = p.agency_id AND ($2::uuid[] IS NULL AND sp.archived_at IS NULL OR sp.id = ANY($2::uuid[]))) AS ids
         FROM period p JOIN agency a ON a.id = p.agency_id WHERE p.id = $1`,
      [periodId, servicePointIds],
    );
    if (!period || period.ids.length === 0) return 0;
    const rows: Array<Record<string, unknown>> = await m.query(AGGREGATE_POINTS, [
      period.ids,
      period.starts_at,
      period.ends_at,
      period.agency_id,
      servicePointIds === null,
    ]);
    const computed = rows.map((a) => {
      const ikm = computeIkm({
        respondents: a.respondents as number,
        elements: Object.fromEntries(
          IKM_ELEMENT_CODES.map((c) => [c, { sum: (a[`s_${c}`] as number | null) ?? 0, count: (a[`c_${c}`] as number | null) ?? 0 }]),
        ),
      });
      return {
        service_point_id: a.service_point_id,
        respondents: ikm.respondents,
        elements: ikm.elements,
        ikm: ikm.ikm,
        ikm_converted: ikm.converted,
        mutu: ikm.mutu,
        kinerja: ikm.kinerja,
        quick_count: a.quick_count,
        quick_sum: a.quick_sum,
        watermark: a.watermark ?? null,
      };
    });
    await m.query(UPSERT, [JSON.stringify(computed), periodId]);
    return computed.length;
  }
}
