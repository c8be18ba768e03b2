import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RESPONDENT_FIELDS, RespondentField } from '@k360/scoring';
import { PERIOD_BOUNDS_SQL } from '../period-bounds';

/**
 * The reads behind a service point's SKM report (PermenPANRB 14/2017) besides the stored aggregate
 * (SatisfactionRepository.aggregate): who and when the report is about, the respondents' profile
 * tabulated from the stored ratings, and the trend over earlier periods of the same kind. Read
 * only: the gateway's satisfactionReport and the worker's PDF share it.
 */

/** The service point and period a report covers (both of one agency). */
export interface SatisfactionReportSubject {
  agencyId: string;
  servicePointId: string;
  servicePointName: string;
  unitId: string;
  unitName: string;
  periodId: string;
  periodName: string;
  periodKind: string;
  /** YYYY-MM-DD */
  startsOn: string;
  endsOn: string;
}

/** How many IKM respondents gave each value of one profile field; `value` null: not filled in. */
export interface ProfileCount {
  field: RespondentField;
  value: string | null;
  count: number;
}

/** One period of the trend, with its stored aggregate (zero respondents and nulls without one). */
export interface SatisfactionTrendRecord {
  periodId: string;
  periodName: string;
  /** YYYY-MM-DD */
  startsOn: string;
  respondents: number;
  ikmConverted: number | null;
  mutu: string | null;
}

// The profile's fields are a fixed list of identifiers (libs/scoring), so they may be spelled into the text.
const PROFILE_COLUMNS = RESPONDENT_FIELDS.map((f) => `r.respondent ->> '${f}' AS "${f}"`).join(', ');

@Injectable()
export class SatisfactionReportRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * The service point (live or archived) and the period, when both belong to `agencyId`; null
   * otherwise (another agency's ids look like unknown ones).
   */
  async subject(
    servicePointId: string,
    periodId: string,
    agencyId: string,
    m: EntityManager = this.ds.manager,
  ): Promise<SatisfactionReportSubject | null> {
    const [r] = await m.query(
      `SELECT sp.agency_id, sp.id AS sp_id, sp.name AS sp_name, u.id AS unit_id, u.name AS unit_name,
              p.id AS period_id, p.name AS period_name, p.kind, p.starts_on::text AS starts_on, p.ends_on::text AS ends_on
         FROM service_point sp JOIN unit u ON u.id = sp.unit_id
         JOIN period p ON p.id = $2::uuid AND p.agency_id = sp.agency_id
        WHERE sp.id = $1::uuid AND sp.agency_id = $3::uuid`,
      [servicePointId, periodId, agencyId],
    );
    if (!r) return null;
    return {
      agencyId: r.agency_id,
      servicePointId: r.sp_id,
      servicePointName: r.sp_name,
      unitId: r.unit_id,
      unitName: r.unit_name,
      periodId: r.period_id,
      periodName: r.period_name,
      periodKind: r.kind,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
    };
  }

  /**
   * The respondents' profile over the period's counted IKM questionnaires at the service point
   * (the same ratings and bounds as the aggregate): per field, how many gave each value, and how
   * many left it empty (value null). Held ratings are not in public_rating, so not here either.
   */
  async profile(servicePointId: string, periodId: string, m: EntityManager = this.ds.manager): Promise<ProfileCount[]> {
    const rows: Array<{ field: RespondentField; value: string | null; count: number }> = await m.query(
      `WITH b AS (SELECT p.agency_id, ${PERIOD_BOUNDS_SQL} FROM period p JOIN agency a ON a.id = p.agency_id WHERE p.id = $2::uuid),
            x AS (SELECT ${PROFILE_COLUMNS}
                    FROM public_rating r, b
                   WHERE r.agency_id = b.agency_id AND r.service_point_id = $1::uuid AND r.kind = 'IKM'
                     AND r.submitted_at >= b.starts_at::timestamptz AND r.submitted_at < b.ends_at::timestamptz)
       SELECT f.field, f.value, count(*)::int AS count
         FROM x CROSS JOIN LATERAL (VALUES ${RESPONDENT_FIELDS.map((f) => `('${f}', x."${f}")`).join(', ')}) AS f(field, value)
        GROUP BY f.field, f.value
        ORDER BY f.field, f.value NULLS LAST`,
      [servicePointId, periodId],
    );
    return rows.map((r) => ({ field: r.field, value: r.value, count: r.count }));
  }

  /**
   * The last `limit` periods of the agency of the same kind as `periodId` that start no later than
   * it (itself included), oldest first, each with the service point's stored aggregate.
   */
  async trend(
    servicePointId: string,
    periodId: string,
    limit: number,
    m: EntityManager = this.ds.manager,
  ): Promise<SatisfactionTrendRecord[]> {
    const rows: Array<{
      id: string;
      name: string;
      starts_on: string;
      respondents: number | null;
      ikm_converted: number | null;
      mutu: string | null;
    }> = await m.query(
      `SELECT t.* FROM (
         SELECT p.id, p.name, p.starts_on::text AS starts_on, s.respondents, s.ikm_converted, s.mutu, p.ends_on
           FROM period cur
           JOIN period p ON p.agency_id = cur.agency_id AND p.kind = cur.kind AND p.starts_on <= cur.starts_on
           LEFT JOIN satisfaction_aggregate s ON s.service_point_id = $1::uuid AND s.period_id = p.id
          WHERE cur.id = $2::uuid
          ORDER BY p.starts_on DESC, p.ends_on DESC, p.id
          LIMIT $3) t
        ORDER BY t.starts_on, t.ends_on, t.id`,
      [servicePointId, periodId, limit],
    );
    return rows.map((r) => ({
      periodId: r.id,
      periodName: r.name,
      startsOn: r.starts_on,
      respondents: r.respondents ?? 0,
      ikmConverted: r.ikm_converted,
      mutu: r.mutu,
    }));
  }
}
