import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { IKM_ELEMENT_CODES, IkmElementCode } from '@k360/scoring';
import { PERIOD_BOUNDS_SQL } from '../period-bounds';

/**
 * Citizen satisfaction (IKM) per service point and period: satisfaction_aggregate, which only the
 * worker writes, the aggregation over public_rating it is computed from, and the reads of it
 * (the staff's summary, the public page). libs/scoring turns sums into NRR, IKM, mutu and kinerja;
 * this file only reads and writes rows.
 */

/** One element as stored: its answers' sum and count and their mean (`nrr`, null without answers). */
export interface StoredElementScore {
  code: string;
  name: string;
  sum: number;
  count: number;
  nrr: number | null;
}

export interface SatisfactionAggregateRecord {
  servicePointId: string;
  periodId: string;
  respondents: number;
  elements: StoredElementScore[];
  ikm: number | null;
  ikmConverted: number | null;
  mutu: string | null;
  kinerja: string | null;
  quickCount: number;
  quickSum: number;
  /** The newest rating's received_at the row was computed from, as text (microseconds kept). */
  watermark: string | null;
  updatedAt: Date;
}

/** One period of a service point's published satisfaction. */
export interface PublicSatisfactionPeriodRecord {
  periodId: string;
  name: string;
  kind: string;
  /** YYYY-MM-DD */
  startsOn: string;
  endsOn: string;
  respondents: number;
  elements: Array<{ code: string; nrr: number | null }>;
  ikm: number | null;
  ikmConverted: number | null;
  mutu: string | null;
  kinerja: string | null;
  quickCount: number;
  quickSum: number;
  updatedAt: Date;
}

export interface PublicSatisfactionRecord {
  servicePointId: string;
  servicePointName: string;
  unitName: string;
  agencyName: string;
  /** Newest first (latest start, then latest end). */
  periods: PublicSatisfactionPeriodRecord[];
}

/** One unit's sums in one period (agencyUnitSums). */
export interface UnitPeriodSumsRecord {
  unitId: string;
  unitName: string;
  periodId: string;
  periodName: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  respondents: number;
  /** Per element code, its answers' sum and count over the unit's service points. */
  elements: Record<string, { sum: number; count: number }>;
}

export interface AgencyUnitSumsRecord {
  agencyName: string;
  /** By unit name, then newest period first. */
  rows: UnitPeriodSumsRecord[];
}

/** What one aggregation of a period covers. */
export interface AggregationScope {
  agencyId: string;
  /** The period's bounds in the agency's time zone, as text (timestamptz). */
  startsAt: string;
  endsAt: string;
  servicePointIds: string[];
}

/** One service point's sums over a period's ratings (every listed point has one, rated or not). */
export interface ServicePointSums {
  servicePointId: string;
  /** IKM questionnaires. */
  respondents: number;
  elements: Record<IkmElementCode, { sum: number; count: number }>;
  quickCount: number;
  quickSum: number;
  /** Newest received_at among the ratings summed, as text (a Date would drop microseconds); null without ratings. */
  watermark: string | null;
}

/** A row to store, as libs/scoring computed it (the period is the caller's; updatedAt is now()). */
export type SatisfactionAggregateInput = Omit<SatisfactionAggregateRecord, 'periodId' | 'updatedAt'>;

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
 * (bench/aggregate.js runs this text directly.)
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
 * The service point (live only) with its newest aggregates in one statement: the primary key of
 * satisfaction_aggregate starts with service_point_id, so this reads a handful of index entries.
 * Rows without any rating (a full recompute writes one for every active point) are not published.
 */
const PUBLIC_SATISFACTION = `
  SELECT sp.id, sp.name, u.name AS unit_name, ag.name AS agency_name,
         coalesce((SELECT json_agg(x ORDER BY x.starts_on DESC, x.ends_on DESC, x.period_id) FROM (
           SELECT p.id AS period_id, p.name, p.kind, p.starts_on::text AS starts_on, p.ends_on::text AS ends_on,
                  s.respondents, s.elements, s.ikm, s.ikm_converted, s.mutu, s.kinerja, s.quick_count, s.quick_sum, s.updated_at
             FROM satisfaction_aggregate s JOIN period p ON p.id = s.period_id
            WHERE s.service_point_id = sp.id AND (s.respondents > 0 OR s.quick_count > 0)
            ORDER BY p.starts_on DESC, p.ends_on DESC, p.id
            LIMIT $2) x), '[]'::json) AS periods
    FROM service_point sp JOIN unit u ON u.id = sp.unit_id JOIN agency ag ON ag.id = sp.agency_id
   WHERE sp.id = $1::uuid AND sp.archived_at IS NULL`;

interface PublicPeriodRow {
  period_id: string;
  name: string;
  kind: string;
  starts_on: string;
  ends_on: string;
  respondents: number;
  elements: Array<{ code: string; nrr: number | null }>;
  ikm: number | null;
  ikm_converted: number | null;
  mutu: string | null;
  kinerja: string | null;
  quick_count: number;
  quick_sum: number | string;
  updated_at: string;
}

type Row = Record<string, any>;

@Injectable()
export class SatisfactionRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  // ---- reads --------------------------------------------------------------------------------

  /** The stored aggregate of a service point in a period, or null. */
  async aggregate(
    servicePointId: string,
    periodId: string,
    m: EntityManager = this.ds.manager,
  ): Promise<SatisfactionAggregateRecord | null> {
    const [r] = await m.query(
      `SELECT service_point_id, period_id, respondents, elements, ikm, ikm_converted, mutu, kinerja, quick_count, quick_sum,
              watermark::text AS watermark, updated_at
         FROM satisfaction_aggregate WHERE service_point_id = $1::uuid AND period_id = $2::uuid`,
      [servicePointId, periodId],
    );
    if (!r) return null;
    return {
      servicePointId: r.service_point_id,
      periodId: r.period_id,
      respondents: r.respondents,
      elements: r.elements,
      ikm: r.ikm,
      ikmConverted: r.ikm_converted,
      mutu: r.mutu,
      kinerja: r.kinerja,
      quickCount: r.quick_count,
      quickSum: Number(r.quick_sum),
      watermark: r.watermark,
      updatedAt: r.updated_at,
    };
  }

  /**
   * A live service point with its names and its aggregates that have at least one rating, newest
   * period first, at most `periods`; null for an unknown or archived point.
   */
  async publicSatisfaction(
    servicePointId: string,
    periods: number,
    m: EntityManager = this.ds.manager,
  ): Promise<PublicSatisfactionRecord | null> {
    const [row] = await m.query(PUBLIC_SATISFACTION, [servicePointId, periods]);
    if (!row) return null;
    return {
      servicePointId: row.id,
      servicePointName: row.name,
      unitName: row.unit_name,
      agencyName: row.agency_name,
      periods: (row.periods as PublicPeriodRow[]).map((p) => ({
        periodId: p.period_id,
        name: p.name,
        kind: p.kind,
        startsOn: p.starts_on,
        endsOn: p.ends_on,
        respondents: p.respondents,
        elements: p.elements,
        ikm: p.ikm,
        ikmConverted: p.ikm_converted,
        mutu: p.mutu,
        kinerja: p.kinerja,
        quickCount: p.quick_count,
        quickSum: Number(p.quick_sum),
        updatedAt: new Date(p.updated_at),
      })),
    };
  }

  /**
   * What a recompute of the period covers: the number of live service points of the agency, or
   * null when the period is not the agency's.
   */
  async recomputeScope(periodId: string, agencyId: string, m: EntityManager = this.ds.manager): Promise<{ servicePoints: number } | null> {
    const [row] = await m.query(
      `SELECT (SELECT count(*)::int FROM service_point WHERE agency_id = $2 AND archived_at IS NULL) AS points
         FROM period WHERE id = $1 AND agency_id = $2`,
      [periodId, agencyId],
    );
    return row ? { servicePoints: row.points } : null;
  }

  /**
   * The overall scores (1–4: the mean of an IKM questionnaire's answers, or a QUICK score) of a
   * service point's latest ratings submitted within the last `hours`, newest first, at most `limit`
   * (libs/scoring satisfaction-alert).
   */
  async recentOveralls(servicePointId: string, hours: number, limit: number, m: EntityManager = this.ds.manager): Promise<number[]> {
    const rows: Array<{ overall: number }> = await m.query(
      `SELECT CASE WHEN r.kind = 'IKM' THEN (r.u1 + r.u2 + r.u3 + r.u4 + r.u5 + r.u6 + r.u7 + r.u8 + r.u9)::float8 / 9 ELSE r.score::float8 END AS overall
         FROM public_rating r
        WHERE r.service_point_id = $1 AND r.submitted_at >= now() - make_interval(hours => $2::int) AND r.submitted_at <= now()
        ORDER BY r.submitted_at DESC, r.id DESC
        LIMIT $3`,
      [servicePointId, hours, limit],
    );
    return rows.map((r) => Number(r.overall));
  }

  /**
   * The published satisfaction of every live unit of an agency that has a live service point with
   * ratings: per unit and period, the respondents and the element sums over its service points'
   * stored aggregates (libs/scoring's computeIkm turns them into NRR, IKM and mutu), newest period
   * first. Null for an unknown agency. No staff, no comments, no respondent data.
   */
  async agencyUnitSums(agencyId: string, m: EntityManager = this.ds.manager): Promise<AgencyUnitSumsRecord | null> {
    const [row] = await m.query(
      `SELECT ag.name,
              coalesce((SELECT json_agg(x ORDER BY x.unit_name, x.unit_id, x.starts_on DESC, x.ends_on DESC, x.period_id) FROM (
                SELECT u.id AS unit_id, u.name AS unit_name, p.id AS period_id, p.name AS period_name, p.kind,
                       p.starts_on::text AS starts_on, p.ends_on::text AS ends_on, sum(s.respondents)::int AS respondents,
                       (SELECT json_object_agg(code, json_build_object('sum', sm, 'count', ct)) FROM (
                          SELECT e->>'code' AS code, sum((e->>'sum')::float8) AS sm, sum((e->>'count')::int) AS ct
                            FROM satisfaction_aggregate s2 JOIN service_point sp2 ON sp2.id = s2.service_point_id
                            CROSS JOIN jsonb_array_elements(s2.elements) e
                           WHERE sp2.unit_id = u.id AND sp2.archived_at IS NULL AND s2.period_id = p.id AND s2.respondents > 0
                           GROUP BY 1) el) AS elements
                  FROM satisfaction_aggregate s
                  JOIN service_point sp ON sp.id = s.service_point_id AND sp.archived_at IS NULL
                  JOIN unit u ON u.id = sp.unit_id AND u.archived_at IS NULL
                  JOIN period p ON p.id = s.period_id
                 WHERE sp.agency_id = ag.id AND s.respondents > 0
                 GROUP BY u.id, u.name, p.id) x), '[]'::json) AS rows
         FROM agency ag WHERE ag.id = $1`,
      [agencyId],
    );
    if (!row) return null;
    return {
      agencyName: row.name,
      rows: (row.rows as Array<Record<string, any>>).map((r) => ({
        unitId: r.unit_id,
        unitName: r.unit_name,
        periodId: r.period_id,
        periodName: r.period_name,
        kind: r.kind,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        respondents: r.respondents,
        elements: r.elements ?? {},
      })),
    };
  }

  // ---- aggregation (the worker) -------------------------------------------------------------

  /**
   * Periods to refresh for a service point: the given one (of its agency), or, with null, those of
   * its agency that have begun and ended less than `lateWindowDays` ago (late ratings can still
   * reach them), bounds in the agency's time zone.
   */
  async periodsToRefresh(
    servicePointId: string,
    periodId: string | null,
    lateWindowDays: number,
    m: EntityManager = this.ds.manager,
  ): Promise<string[]> {
    const rows: Array<{ id: string }> = await m.query(
      `SELECT p.id FROM period p JOIN service_point sp ON sp.agency_id = p.agency_id JOIN agency a ON a.id = p.agency_id
        WHERE sp.id = $1 AND ($2::uuid IS NULL AND (p.ends_on + 1)::timestamp AT TIME ZONE a.time_zone > now() - make_interval(days => $3::int)
                                               AND p.starts_on::timestamp AT TIME ZONE a.time_zone <= now() OR p.id = $2::uuid)`,
      [servicePointId, periodId, lateWindowDays],
    );
    return rows.map((r) => r.id);
  }

  /** Aggregations of one period take turns: a lock held until the caller's transaction ends. */
  async lockPeriod(periodId: string, m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('aggregate:' || $1))`, [periodId]);
  }

  /**
   * The period's agency and bounds, and the service points to aggregate: the listed ones of the
   * period's agency (others are ignored) or, with null, every live point of the agency. Null for
   * an unknown period.
   */
  async aggregationScope(
    periodId: string,
    servicePointIds: string[] | null,
    m: EntityManager = this.ds.manager,
  ): Promise<AggregationScope | null> {
    const [period] = await m.query(
      `SELECT p.agency_id, ${PERIOD_BOUNDS_SQL},
              array(SELECT sp.id FROM service_point sp
                     WHERE sp.agency_id = p.agency_id AND ($2::uuid[] IS NULL AND sp.archived_at IS NULL OR sp.id = ANY($2::uuid[]))) AS ids
         FROM period p JOIN agency a ON a.id = p.agency_id WHERE p.id = $1`,
      [periodId, servicePointIds],
    );
    if (!period) return null;
    return { agencyId: period.agency_id, startsAt: period.starts_at, endsAt: period.ends_at, servicePointIds: period.ids };
  }

  /**
   * Sums over the scope's ratings, one row per listed service point (AGGREGATE_POINTS). `wholeAgency`:
   * the scope is every live point of the agency, so the scan filters on the agency alone.
   */
  async sums(scope: AggregationScope, wholeAgency: boolean, m: EntityManager = this.ds.manager): Promise<ServicePointSums[]> {
    const rows: Row[] = await m.query(AGGREGATE_POINTS, [scope.servicePointIds, scope.startsAt, scope.endsAt, scope.agencyId, wholeAgency]);
    return rows.map((a) => ({
      servicePointId: a.service_point_id,
      respondents: a.respondents,
      elements: Object.fromEntries(
        IKM_ELEMENT_CODES.map((c) => [c, { sum: a[`s_${c}`] ?? 0, count: a[`c_${c}`] ?? 0 }]),
      ) as ServicePointSums['elements'],
      quickCount: a.quick_count,
      quickSum: Number(a.quick_sum),
      watermark: a.watermark ?? null,
    }));
  }

  /**
   * Stores the period's rows in one statement; a row computed from older ratings (lower watermark)
   * than the stored one is skipped.
   */
  async upsert(periodId: string, rows: SatisfactionAggregateInput[], m: EntityManager = this.ds.manager): Promise<void> {
    const json = rows.map((r) => ({
      service_point_id: r.servicePointId,
      respondents: r.respondents,
      elements: r.elements,
      ikm: r.ikm,
      ikm_converted: r.ikmConverted,
      mutu: r.mutu,
      kinerja: r.kinerja,
      quick_count: r.quickCount,
      quick_sum: r.quickSum,
      watermark: r.watermark,
    }));
    await m.query(UPSERT, [JSON.stringify(json), periodId]);
  }
}
