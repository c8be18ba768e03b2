import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export type AutomaticIndicatorSource = 'CITIZEN_SATISFACTION' | 'SERVICE_COMPLETION_TIME';

/** Per-element sums and counts of the IKM ratings attributed to an employee in a month. */
export interface EmployeeMonthRatings {
  respondents: number;
  /** Keyed U1..U9. */
  elements: Record<string, { sum: number; count: number }>;
}

export interface EmployeeMonthTickets {
  completed: number;
  /** Median of completed_at − issued_at in minutes; null without completed tickets. */
  medianMinutes: number | null;
}

export interface AutomaticIndicatorMonth {
  employeeId: string;
  /** 'YYYY-MM'. */
  month: string;
  source: AutomaticIndicatorSource;
  value: number | null;
  sampleSize: number;
  computedAt: Date;
}

/** The month's instants in the agency's time zone, for `employee e JOIN agency a`; $2 is 'YYYY-MM'. */
const MONTH_BOUNDS = `(($2 || '-01')::date::timestamp AT TIME ZONE a.time_zone) AS starts_at,
                      ((($2 || '-01')::date + 1 * interval '1 month')::timestamp AT TIME ZONE a.time_zone) AS ends_at`;
const ELEMENTS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * The automatic hasil-kerja indicators (table automatic_indicator_month): the facts they are
 * computed from (citizen ratings attributed to the employee, service tickets they completed), read
 * per employee per calendar month in the agency's time zone, and the computed rows.
 */
@Injectable()
export class AutomaticIndicatorsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The employee's agency, or null for an unknown employee. */
  async agencyOf(employeeId: string, m: EntityManager = this.ds.manager): Promise<string | null> {
    const [row] = await m.query(`SELECT agency_id FROM employee WHERE id = $1`, [employeeId]);
    return row?.agency_id ?? null;
  }

  /** IKM ratings attributed to the employee and submitted in the month (held ratings are not facts yet). */
  async ratingsInMonth(employeeId: string, month: string, m: EntityManager = this.ds.manager): Promise<EmployeeMonthRatings> {
    const sums = ELEMENTS.map((i) => `sum(r.u${i})::int AS s${i}, count(r.u${i})::int AS c${i}`).join(', ');
    const [row] = await m.query(
      `WITH b AS (SELECT ${MONTH_BOUNDS} FROM employee e JOIN agency a ON a.id = e.agency_id WHERE e.id = $1)
       SELECT count(r.*)::int AS respondents, ${sums}
         FROM b LEFT JOIN public_rating r
           ON r.employee_id = $1 AND r.kind = 'IKM' AND r.submitted_at >= b.starts_at AND r.submitted_at < b.ends_at`,
      [employeeId, month],
    );
    return {
      respondents: row?.respondents ?? 0,
      elements: Object.fromEntries(ELEMENTS.map((i) => [`U${i}`, { sum: row?.[`s${i}`] ?? 0, count: row?.[`c${i}`] ?? 0 }])),
    };
  }

  /** Tickets the employee completed in the month and their median completion time. */
  async ticketsInMonth(employeeId: string, month: string, m: EntityManager = this.ds.manager): Promise<EmployeeMonthTickets> {
    const [row] = await m.query(
      `WITH b AS (SELECT ${MONTH_BOUNDS} FROM employee e JOIN agency a ON a.id = e.agency_id WHERE e.id = $1)
       SELECT count(t.id)::int AS completed,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.completed_at - t.issued_at) / 60.0) AS median_minutes
         FROM b LEFT JOIN service_ticket t
           ON t.employee_id = $1 AND t.completed_at >= b.starts_at AND t.completed_at < b.ends_at`,
      [employeeId, month],
    );
    return { completed: row?.completed ?? 0, medianMinutes: row?.median_minutes === null || !row ? null : Number(row.median_minutes) };
  }

  /** Writes a month's value (the same facts give the same row; a recompute replaces it). */
  async upsert(
    agencyId: string,
    employeeId: string,
    month: string,
    source: AutomaticIndicatorSource,
    value: number | null,
    sampleSize: number,
    m: EntityManager = this.ds.manager,
  ): Promise<void> {
    await m.query(
      `INSERT INTO automatic_indicator_month (agency_id, employee_id, month, source, value, sample_size, computed_at)
       VALUES ($1, $2, ($3 || '-01')::date, $4, $5, $6, now())
       ON CONFLICT (employee_id, month, source) DO UPDATE SET value = EXCLUDED.value, sample_size = EXCLUDED.sample_size, computed_at = now()`,
      [agencyId, employeeId, month, source, value, sampleSize],
    );
  }

  /** The employee's computed months from `fromMonth` to `toMonth` ('YYYY-MM', inclusive), oldest first. */
  async forEmployee(employeeId: string, fromMonth: string, toMonth: string, m: EntityManager = this.ds.manager): Promise<AutomaticIndicatorMonth[]> {
    const rows: Array<{ employee_id: string; month: string; source: AutomaticIndicatorSource; value: number | null; sample_size: number; computed_at: Date }> =
      await m.query(
        `SELECT employee_id, to_char(month, 'YYYY-MM') AS month, source, value, sample_size, computed_at
           FROM automatic_indicator_month
          WHERE employee_id = $1 AND month BETWEEN ($2 || '-01')::date AND ($3 || '-01')::date
          ORDER BY month, source`,
        [employeeId, fromMonth, toMonth],
      );
    return rows.map((r) => ({
      employeeId: r.employee_id,
      month: r.month,
      source: r.source,
      value: r.value,
      sampleSize: r.sample_size,
      computedAt: r.computed_at,
    }));
  }
}
