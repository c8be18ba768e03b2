import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LATE_RATING_SUBMITTED_WINDOW_DAYS, LATE_RATING_WINDOW_DAYS } from '@k360/scoring';

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

/** One employee's month whose automatic indicators are to be (re)computed. */
export interface EmployeeMonth {
  employeeId: string;
  /** 'YYYY-MM', in the agency's time zone. */
  month: string;
}

/** A computed month of the employee a work plan belongs to, within the plan's year. */
export interface PlanAutomaticIndicatorMonth extends AutomaticIndicatorMonth {
  workPlanId: string;
}

interface MonthRow {
  employee_id: string;
  month: string;
  source: AutomaticIndicatorSource;
  value: number | null;
  sample_size: number;
  computed_at: Date;
}

const toMonth = (r: MonthRow): AutomaticIndicatorMonth => ({
  employeeId: r.employee_id,
  month: r.month,
  source: r.source,
  value: r.value === null ? null : Number(r.value),
  sampleSize: Number(r.sample_size),
  computedAt: r.computed_at,
});

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

  /**
   * The employee-months that facts fall in: each (employee, instant) to its calendar month in the
   * employee's agency's time zone, distinct. One query for a whole relay batch; unknown employees
   * are left out.
   */
  async monthsOf(
    facts: ReadonlyArray<{ employeeId: string; at: string | Date }>,
    m: EntityManager = this.ds.manager,
  ): Promise<EmployeeMonth[]> {
    if (!facts.length) return [];
    const rows: Array<{ employee_id: string; month: string }> = await m.query(
      `SELECT DISTINCT f.employee_id, to_char(f.at AT TIME ZONE a.time_zone, 'YYYY-MM') AS month
         FROM unnest($1::uuid[], $2::timestamptz[]) AS f(employee_id, at)
         JOIN employee e ON e.id = f.employee_id JOIN agency a ON a.id = e.agency_id
        ORDER BY 1, 2`,
      [facts.map((f) => f.employeeId), facts.map((f) => (f.at instanceof Date ? f.at.toISOString() : f.at))],
    );
    return rows.map((r) => ({ employeeId: r.employee_id, month: r.month }));
  }

  /**
   * The reconcile sweep's read: employee-months with a fact newer than their computed row (or
   * without one), at most `limit`. Facts are IKM ratings attributed to an employee (received within
   * LATE_RATING_WINDOW_DAYS, submitted within LATE_RATING_SUBMITTED_WINDOW_DAYS, which prunes
   * public_rating's partitions) and tickets completed by one within LATE_RATING_WINDOW_DAYS; with
   * `since`, only facts received or completed after it (less a minute) are looked at. A month whose
   * newest fact is under 2 seconds old is left to the job being published for it now.
   */
  async staleMonths(since: Date | null, limit: number, m: EntityManager = this.ds.manager): Promise<EmployeeMonth[]> {
    const rows: Array<{ employee_id: string; month: string }> = await m.query(
      `WITH rated AS (
         SELECT r.employee_id, to_char(r.submitted_at AT TIME ZONE a.time_zone, 'YYYY-MM') AS month, max(r.received_at) AS newest
           FROM public_rating r JOIN agency a ON a.id = r.agency_id
          WHERE r.employee_id IS NOT NULL AND r.kind = 'IKM'
            AND r.submitted_at > now() - make_interval(days => $2) AND r.received_at > now() - make_interval(days => $3)
            AND r.received_at > coalesce($1::timestamptz - interval '1 minute', '-infinity')
          GROUP BY 1, 2 HAVING max(r.received_at) < now() - interval '2 seconds'
       ), completed AS (
         SELECT t.employee_id, to_char(t.completed_at AT TIME ZONE a.time_zone, 'YYYY-MM') AS month, max(t.completed_at) AS newest
           FROM service_ticket t JOIN agency a ON a.id = t.agency_id
          WHERE t.employee_id IS NOT NULL AND t.completed_at IS NOT NULL
            AND t.completed_at > now() - make_interval(days => $3)
            AND t.completed_at > coalesce($1::timestamptz - interval '1 minute', '-infinity')
          GROUP BY 1, 2 HAVING max(t.completed_at) < now() - interval '2 seconds'
       )
       SELECT employee_id, month FROM rated x
        WHERE x.newest > coalesce((SELECT c.computed_at FROM automatic_indicator_month c
                                    WHERE c.employee_id = x.employee_id AND c.month = (x.month || '-01')::date
                                      AND c.source = 'CITIZEN_SATISFACTION'), '-infinity')
       UNION
       SELECT employee_id, month FROM completed x
        WHERE x.newest > coalesce((SELECT c.computed_at FROM automatic_indicator_month c
                                    WHERE c.employee_id = x.employee_id AND c.month = (x.month || '-01')::date
                                      AND c.source = 'SERVICE_COMPLETION_TIME'), '-infinity')
       LIMIT $4`,
      [since, LATE_RATING_SUBMITTED_WINDOW_DAYS, LATE_RATING_WINDOW_DAYS, limit],
    );
    return rows.map((r) => ({ employeeId: r.employee_id, month: r.month }));
  }

  /** The computed months of the plans' employees within each plan's year, one query for any number of plans. */
  async forPlans(planIds: readonly string[], m: EntityManager = this.ds.manager): Promise<PlanAutomaticIndicatorMonth[]> {
    if (!planIds.length) return [];
    const rows: Array<MonthRow & { work_plan_id: string }> = await m.query(
      `SELECT w.id AS work_plan_id, c.employee_id, to_char(c.month, 'YYYY-MM') AS month, c.source, c.value, c.sample_size, c.computed_at
         FROM work_plan w
         JOIN automatic_indicator_month c ON c.employee_id = w.employee_id AND c.agency_id = w.agency_id
          AND c.month >= make_date(w.year, 1, 1) AND c.month < make_date(w.year + 1, 1, 1)
        WHERE w.id = ANY($1::uuid[])
        ORDER BY w.id, c.month, c.source`,
      [planIds],
    );
    return rows.map((r) => ({ workPlanId: r.work_plan_id, ...toMonth(r) }));
  }

  /** The computed months of several employees from `fromMonth` to `toMonth` ('YYYY-MM', inclusive), by employee, oldest first. */
  async forEmployees(
    employeeIds: readonly string[],
    fromMonth: string,
    toMonth_: string,
    m: EntityManager = this.ds.manager,
  ): Promise<AutomaticIndicatorMonth[]> {
    if (!employeeIds.length) return [];
    const rows: MonthRow[] = await m.query(
      `SELECT employee_id, to_char(month, 'YYYY-MM') AS month, source, value, sample_size, computed_at
         FROM automatic_indicator_month
        WHERE employee_id = ANY($1::uuid[]) AND month BETWEEN ($2 || '-01')::date AND ($3 || '-01')::date
        ORDER BY employee_id, month, source`,
      [employeeIds, fromMonth, toMonth_],
    );
    return rows.map(toMonth);
  }
}
