import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Work plans (SKP), their indicators and versions, and the monthly realisations with their
 * thread: every SQL statement on work_plan, work_plan_version, indicator, realisation and
 * realisation_event (migration 1765300000000-work-plans.ts). Reads are always within one agency:
 * another agency's id reads as nothing.
 */

/** Unique indexes a service turns into an error code. */
export const WORK_PLAN_EMPLOYEE_YEAR_UQ = 'work_plan_employee_year_uq';
export const INDICATOR_NAME_UQ = 'indicator_name_uq';

export type WorkPlanStatusValue = 'DRAFT' | 'AGREED';
export type DirectionValue = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export type AggregationValue = 'SUM' | 'AVERAGE' | 'LAST';
export type IndicatorSourceValue = 'MANUAL' | 'CITIZEN_SATISFACTION' | 'SERVICE_COMPLETION_TIME';
export type RealisationStatusValue = 'SUBMITTED' | 'VERIFIED' | 'RETURNED';
export type RealisationActionValue = 'REPORTED' | 'VERIFIED' | 'RETURNED' | 'CORRECTED';

/** The employee a plan belongs to, as the access rules need them (their current direct supervisor). */
export interface PlanEmployeeRecord {
  id: string;
  agencyId: string;
  name: string;
  supervisorId: string | null;
  active: boolean;
}

export interface WorkPlanRecord {
  id: string;
  agencyId: string;
  employeeId: string;
  /** The employee's current direct supervisor (who agrees the plan and verifies realisations). */
  supervisorId: string | null;
  year: number;
  status: WorkPlanStatusValue;
  version: number;
  agreedBy: string | null;
  agreedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface IndicatorFields {
  name: string;
  unit: string;
  target: number;
  weight: number;
  direction: DirectionValue;
  aggregation: AggregationValue;
  source: IndicatorSourceValue;
  method: string;
}

export interface IndicatorRecord extends IndicatorFields {
  id: string;
  agencyId: string;
  workPlanId: string;
  createdAt: Date;
}

/** An indicator as it stood when a version was agreed (work_plan_version.indicators). */
export interface IndicatorSnapshot extends IndicatorFields {
  id: string;
}

export interface WorkPlanVersionRecord {
  version: number;
  /** Why this version exists; null for the first. */
  reason: string | null;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  agreedBy: string | null;
  agreedByName: string | null;
  agreedAt: Date | null;
  /** The indicators as agreed; null while the version is not agreed yet. */
  indicators: IndicatorSnapshot[] | null;
}

export interface RealisationRecord {
  id: string;
  agencyId: string;
  workPlanId: string;
  indicatorId: string;
  /** 'YYYY-MM'. */
  month: string;
  value: number;
  note: string | null;
  evidenceUrl: string | null;
  status: RealisationStatusValue;
  reportedBy: string;
  reportedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  /** The supervisor's latest feedback (required when returned). */
  feedback: string | null;
}

export interface RealisationEventRecord {
  id: string;
  realisationId: string;
  actorId: string;
  actorName: string;
  action: RealisationActionValue;
  value: number | null;
  note: string | null;
  evidenceUrl: string | null;
  at: Date;
}

/** A month that has ended with no report for a MANUAL indicator of an AGREED plan. */
export interface MissingReportRecord {
  workPlanId: string;
  indicatorId: string;
  /** 'YYYY-MM'. */
  month: string;
}

/** One line of a supervisor's team: a direct report and their plan of the year, if any. */
export interface TeamPlanRecord {
  employeeId: string;
  plan: WorkPlanRecord | null;
}

/** What scoring needs of one plan over a period: each indicator with its verified months. */
export interface PeriodPlanRecord {
  workPlanId: string;
  year: number;
  status: WorkPlanStatusValue;
  version: number;
  indicators: Array<IndicatorRecord & { verified: Array<{ month: string; value: number }> }>;
}

interface PlanRow {
  id: string;
  agency_id: string;
  employee_id: string;
  supervisor_id: string | null;
  year: number;
  status: WorkPlanStatusValue;
  version: number;
  agreed_by: string | null;
  agreed_at: Date | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

interface IndicatorRow {
  id: string;
  agency_id: string;
  work_plan_id: string;
  name: string;
  unit: string;
  target: string;
  weight: string;
  direction: DirectionValue;
  aggregation: AggregationValue;
  source: IndicatorSourceValue;
  method: string;
  created_at: Date;
}

interface RealisationRow {
  id: string;
  agency_id: string;
  work_plan_id: string;
  indicator_id: string;
  month: string;
  value: string;
  note: string | null;
  evidence_url: string | null;
  status: RealisationStatusValue;
  reported_by: string;
  reported_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  feedback: string | null;
}

const PLAN_COLUMNS = `w.id, w.agency_id, w.employee_id, e.supervisor_id, w.year, w.status, w.version, w.agreed_by, w.agreed_at,
  w.created_by, w.created_at, w.updated_at`;
const INDICATOR_COLUMNS = `i.id, i.agency_id, i.work_plan_id, i.name, i.unit, i.target::text, i.weight::text, i.direction, i.aggregation,
  i.source, i.method, i.created_at`;
const REALISATION_COLUMNS = `r.id, r.agency_id, r.work_plan_id, r.indicator_id, to_char(r.month, 'YYYY-MM') AS month, r.value::text,
  r.note, r.evidence_url, r.status, r.reported_by, r.reported_at, r.decided_by, r.decided_at, r.feedback`;

const toPlan = (r: PlanRow): WorkPlanRecord => ({
  id: r.id,
  agencyId: r.agency_id,
  employeeId: r.employee_id,
  supervisorId: r.supervisor_id,
  year: Number(r.year),
  status: r.status,
  version: Number(r.version),
  agreedBy: r.agreed_by,
  agreedAt: r.agreed_at,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toIndicator = (r: IndicatorRow): IndicatorRecord => ({
  id: r.id,
  agencyId: r.agency_id,
  workPlanId: r.work_plan_id,
  name: r.name,
  unit: r.unit,
  target: Number(r.target),
  weight: Number(r.weight),
  direction: r.direction,
  aggregation: r.aggregation,
  source: r.source,
  method: r.method,
  createdAt: r.created_at,
});

const toRealisation = (r: RealisationRow): RealisationRecord => ({
  id: r.id,
  agencyId: r.agency_id,
  workPlanId: r.work_plan_id,
  indicatorId: r.indicator_id,
  month: r.month,
  value: Number(r.value),
  note: r.note,
  evidenceUrl: r.evidence_url,
  status: r.status,
  reportedBy: r.reported_by,
  reportedAt: r.reported_at,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  feedback: r.feedback,
});

const snapshotOf = (i: IndicatorRecord): IndicatorSnapshot => ({
  id: i.id,
  name: i.name,
  unit: i.unit,
  target: i.target,
  weight: i.weight,
  direction: i.direction,
  aggregation: i.aggregation,
  source: i.source,
  method: i.method,
});

/** 'YYYY-MM' → the first day of that month, as PostgreSQL reads a date. */
const firstDay = (month: string) => `${month}-01`;

@Injectable()
export class WorkPlansRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  // ---- employees and plans ------------------------------------------------------------------

  /** An employee of the agency with their current direct supervisor; null for another agency's id. */
  async findEmployee(agencyId: string, employeeId: string, m: EntityManager = this.ds.manager): Promise<PlanEmployeeRecord | null> {
    const [row] = await m.query(`SELECT id, agency_id, name, supervisor_id, active FROM employee WHERE id = $1 AND agency_id = $2`, [
      employeeId,
      agencyId,
    ]);
    return row ? { id: row.id, agencyId: row.agency_id, name: row.name, supervisorId: row.supervisor_id, active: row.active } : null;
  }

  /** Creates a DRAFT plan and its version 1. Throws the unique violation WORK_PLAN_EMPLOYEE_YEAR_UQ for a second plan of the year. */
  async createPlan(
    plan: { agencyId: string; employeeId: string; year: number; createdBy: string },
    m: EntityManager = this.ds.manager,
  ): Promise<WorkPlanRecord> {
    const [row] = await m.query(
      `INSERT INTO work_plan (agency_id, employee_id, year, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [plan.agencyId, plan.employeeId, plan.year, plan.createdBy],
    );
    await m.query(`INSERT INTO work_plan_version (agency_id, work_plan_id, version, created_by) VALUES ($1, $2, 1, $3)`, [
      plan.agencyId,
      row.id,
      plan.createdBy,
    ]);
    return (await this.findPlan(plan.agencyId, row.id, m))!;
  }

  /**
   * A plan of the agency (null for another agency's id). `lock`: 'update' before changing the plan
   * or its indicators (agree, revise, add), 'share' while reporting against it (it stays AGREED
   * until the report commits).
   */
  async findPlan(
    agencyId: string,
    planId: string,
    m: EntityManager = this.ds.manager,
    lock?: 'update' | 'share',
  ): Promise<WorkPlanRecord | null> {
    const [row] = await m.query(
      `SELECT ${PLAN_COLUMNS} FROM work_plan w JOIN employee e ON e.id = w.employee_id
        WHERE w.id = $1 AND w.agency_id = $2 ${lock === 'update' ? 'FOR UPDATE OF w' : lock === 'share' ? 'FOR SHARE OF w' : ''}`,
      [planId, agencyId],
    );
    return row ? toPlan(row) : null;
  }

  async findPlanOf(agencyId: string, employeeId: string, year: number, m: EntityManager = this.ds.manager): Promise<WorkPlanRecord | null> {
    const [row] = await m.query(
      `SELECT ${PLAN_COLUMNS} FROM work_plan w JOIN employee e ON e.id = w.employee_id
        WHERE w.employee_id = $1 AND w.agency_id = $2 AND w.year = $3`,
      [employeeId, agencyId, year],
    );
    return row ? toPlan(row) : null;
  }

  /** The active direct reports of a supervisor, by name, each with their plan of the year or null. */
  teamPlans(agencyId: string, supervisorId: string, year: number, m: EntityManager = this.ds.manager): Promise<TeamPlanRecord[]> {
    return this.membersWithPlans('supervisor_id', agencyId, supervisorId, year, m);
  }

  /** Whether a unit belongs to the agency (an ADMIN's monitoring of a unit). */
  async unitExists(agencyId: string, unitId: string, m: EntityManager = this.ds.manager): Promise<boolean> {
    const [row] = await m.query(`SELECT 1 FROM unit WHERE id = $1 AND agency_id = $2`, [unitId, agencyId]);
    return !!row;
  }

  /** The active employees of a unit (its own members, not sub-units'), by name, each with their plan of the year or null. */
  unitPlans(agencyId: string, unitId: string, year: number, m: EntityManager = this.ds.manager): Promise<TeamPlanRecord[]> {
    return this.membersWithPlans('unit_id', agencyId, unitId, year, m);
  }

  /** Active employees of the agency whose `column` is `value` (a fixed column name, never input), with their plan of the year or null. */
  private async membersWithPlans(
    column: 'supervisor_id' | 'unit_id',
    agencyId: string,
    value: string,
    year: number,
    m: EntityManager,
  ): Promise<TeamPlanRecord[]> {
    const rows: Array<PlanRow & { member_id: string }> = await m.query(
      `SELECT e.id AS member_id, ${PLAN_COLUMNS}
         FROM employee e LEFT JOIN work_plan w ON w.employee_id = e.id AND w.year = $3
        WHERE e.agency_id = $1 AND e.${column} = $2 AND e.active
        ORDER BY e.name, e.id`,
      [agencyId, value, year],
    );
    return rows.map((r) => ({ employeeId: r.member_id, plan: r.id ? toPlan(r) : null }));
  }

  /** Agrees the plan's current version: the plan becomes AGREED and the version keeps a snapshot of the indicators. */
  async agree(plan: WorkPlanRecord, agreedBy: string, m: EntityManager = this.ds.manager): Promise<WorkPlanRecord> {
    const indicators = await this.indicatorsOf([plan.id], m);
    await m.query(
      `UPDATE work_plan SET status = 'AGREED', agreed_by = $2, agreed_at = now(), updated_at = now() WHERE id = $1 AND agency_id = $3`,
      [plan.id, agreedBy, plan.agencyId],
    );
    await m.query(
      `UPDATE work_plan_version SET indicators = $3, agreed_by = $4, agreed_at = now() WHERE work_plan_id = $1 AND version = $2`,
      [plan.id, plan.version, JSON.stringify(indicators.map(snapshotOf)), agreedBy],
    );
    return (await this.findPlan(plan.agencyId, plan.id, m))!;
  }

  /** Opens the next version of an agreed plan (back to DRAFT), with the reason; earlier versions stay as they were. */
  async revise(plan: WorkPlanRecord, reason: string, revisedBy: string, m: EntityManager = this.ds.manager): Promise<WorkPlanRecord> {
    await m.query(
      `UPDATE work_plan SET status = 'DRAFT', version = version + 1, agreed_by = NULL, agreed_at = NULL, updated_at = now()
        WHERE id = $1 AND agency_id = $2`,
      [plan.id, plan.agencyId],
    );
    await m.query(`INSERT INTO work_plan_version (agency_id, work_plan_id, version, reason, created_by) VALUES ($1, $2, $3, $4, $5)`, [
      plan.agencyId,
      plan.id,
      plan.version + 1,
      reason,
      revisedBy,
    ]);
    return (await this.findPlan(plan.agencyId, plan.id, m))!;
  }

  /** Every version of a plan, oldest first, with who opened and who agreed it. */
  async versionsOf(planId: string, m: EntityManager = this.ds.manager): Promise<WorkPlanVersionRecord[]> {
    const rows = await m.query(
      `SELECT v.version, v.reason, v.created_by, c.name AS created_by_name, v.created_at, v.agreed_by, a.name AS agreed_by_name,
              v.agreed_at, v.indicators
         FROM work_plan_version v JOIN employee c ON c.id = v.created_by LEFT JOIN employee a ON a.id = v.agreed_by
        WHERE v.work_plan_id = $1 ORDER BY v.version`,
      [planId],
    );
    return rows.map(
      (r: Record<string, unknown>): WorkPlanVersionRecord => ({
        version: Number(r.version),
        reason: r.reason as string | null,
        createdBy: r.created_by as string,
        createdByName: r.created_by_name as string,
        createdAt: r.created_at as Date,
        agreedBy: r.agreed_by as string | null,
        agreedByName: r.agreed_by_name as string | null,
        agreedAt: r.agreed_at as Date | null,
        indicators: r.indicators as IndicatorSnapshot[] | null,
      }),
    );
  }

  /** Marks a plan changed (its indicators were edited). */
  async touch(planId: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE work_plan SET updated_at = now() WHERE id = $1`, [planId]);
  }

  // ---- indicators ---------------------------------------------------------------------------

  /** The indicators of the plans, in the order they were added. */
  async indicatorsOf(planIds: readonly string[], m: EntityManager = this.ds.manager): Promise<IndicatorRecord[]> {
    if (!planIds.length) return [];
    const rows: IndicatorRow[] = await m.query(
      `SELECT ${INDICATOR_COLUMNS} FROM indicator i WHERE i.work_plan_id = ANY($1::uuid[]) ORDER BY i.work_plan_id, i.created_at, i.id`,
      [planIds],
    );
    return rows.map(toIndicator);
  }

  /** An indicator of the agency; null for another agency's id. */
  async findIndicator(agencyId: string, indicatorId: string, m: EntityManager = this.ds.manager): Promise<IndicatorRecord | null> {
    const [row] = await m.query(`SELECT ${INDICATOR_COLUMNS} FROM indicator i WHERE i.id = $1 AND i.agency_id = $2`, [
      indicatorId,
      agencyId,
    ]);
    return row ? toIndicator(row) : null;
  }

  /** Adds an indicator. Throws the unique violation INDICATOR_NAME_UQ for a name the plan already has. */
  async addIndicator(
    plan: { id: string; agencyId: string },
    fields: IndicatorFields,
    m: EntityManager = this.ds.manager,
  ): Promise<IndicatorRecord> {
    const [row] = await m.query(
      `INSERT INTO indicator AS i (agency_id, work_plan_id, name, unit, target, weight, direction, aggregation, source, method)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${INDICATOR_COLUMNS}`,
      [
        plan.agencyId,
        plan.id,
        fields.name,
        fields.unit,
        fields.target,
        fields.weight,
        fields.direction,
        fields.aggregation,
        fields.source,
        fields.method,
      ],
    );
    return toIndicator(row);
  }

  /** Replaces an indicator's fields. Throws the unique violation INDICATOR_NAME_UQ for a name the plan already has. */
  async updateIndicator(indicator: IndicatorRecord, fields: IndicatorFields, m: EntityManager = this.ds.manager): Promise<IndicatorRecord> {
    const result = await m.query(
      `UPDATE indicator i SET name = $3, unit = $4, target = $5, weight = $6, direction = $7, aggregation = $8, source = $9, method = $10,
              updated_at = now()
        WHERE i.id = $1 AND i.agency_id = $2 RETURNING ${INDICATOR_COLUMNS}`,
      [
        indicator.id,
        indicator.agencyId,
        fields.name,
        fields.unit,
        fields.target,
        fields.weight,
        fields.direction,
        fields.aggregation,
        fields.source,
        fields.method,
      ],
    );
    return toIndicator(firstRow(result));
  }

  /** How many realisations an indicator has (an indicator with some is not removed). */
  async realisationCount(indicatorId: string, m: EntityManager = this.ds.manager): Promise<number> {
    const [row] = await m.query(`SELECT count(*)::int AS n FROM realisation WHERE indicator_id = $1`, [indicatorId]);
    return row.n;
  }

  async removeIndicator(indicator: IndicatorRecord, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`DELETE FROM indicator WHERE id = $1 AND agency_id = $2`, [indicator.id, indicator.agencyId]);
  }

  // ---- realisations -------------------------------------------------------------------------

  /** The current month ('YYYY-MM') in the agency's time zone. */
  async currentMonth(agencyId: string, m: EntityManager = this.ds.manager): Promise<string> {
    const [row] = await m.query(`SELECT to_char(now() AT TIME ZONE a.time_zone, 'YYYY-MM') AS month FROM agency a WHERE a.id = $1`, [
      agencyId,
    ]);
    return row.month;
  }

  /** A realisation of the agency (null for another agency's id); `lock` before deciding on it. */
  async findRealisation(
    agencyId: string,
    realisationId: string,
    m: EntityManager = this.ds.manager,
    lock = false,
  ): Promise<RealisationRecord | null> {
    const [row] = await m.query(
      `SELECT ${REALISATION_COLUMNS} FROM realisation r WHERE r.id = $1 AND r.agency_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [realisationId, agencyId],
    );
    return row ? toRealisation(row) : null;
  }

  /** The realisation of an indicator for a month ('YYYY-MM'), locked for the report that changes it. */
  async findRealisationForMonth(indicatorId: string, month: string, m: EntityManager = this.ds.manager): Promise<RealisationRecord | null> {
    const [row] = await m.query(`SELECT ${REALISATION_COLUMNS} FROM realisation r WHERE r.indicator_id = $1 AND r.month = $2 FOR UPDATE`, [
      indicatorId,
      firstDay(month),
    ]);
    return row ? toRealisation(row) : null;
  }

  /**
   * Serialises reports on one indicator (the first report of a month inserts; a concurrent one must
   * then see it and correct it rather than collide on the unique index).
   */
  async lockIndicator(indicatorId: string, m: EntityManager): Promise<void> {
    await m.query(`SELECT 1 FROM indicator WHERE id = $1 FOR UPDATE`, [indicatorId]);
  }

  async insertRealisation(
    r: {
      indicator: IndicatorRecord;
      month: string;
      value: number;
      note: string | null;
      evidenceUrl: string | null;
      reportedBy: string;
    },
    m: EntityManager = this.ds.manager,
  ): Promise<RealisationRecord> {
    const [row] = await m.query(
      `INSERT INTO realisation AS r (agency_id, work_plan_id, indicator_id, month, value, note, evidence_url, status, reported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'SUBMITTED', $8) RETURNING ${REALISATION_COLUMNS}`,
      [r.indicator.agencyId, r.indicator.workPlanId, r.indicator.id, firstDay(r.month), r.value, r.note, r.evidenceUrl, r.reportedBy],
    );
    return toRealisation(row);
  }

  /** A new value for the same month (a correction): back to SUBMITTED, the decision cleared (the thread keeps it). */
  async resubmitRealisation(
    current: RealisationRecord,
    r: { value: number; note: string | null; evidenceUrl: string | null; reportedBy: string },
    m: EntityManager = this.ds.manager,
  ): Promise<RealisationRecord> {
    const result = await m.query(
      `UPDATE realisation r SET value = $3, note = $4, evidence_url = $5, reported_by = $6, reported_at = now(), status = 'SUBMITTED',
              decided_by = NULL, decided_at = NULL, feedback = NULL
        WHERE r.id = $1 AND r.agency_id = $2 RETURNING ${REALISATION_COLUMNS}`,
      [current.id, current.agencyId, r.value, r.note, r.evidenceUrl, r.reportedBy],
    );
    return toRealisation(firstRow(result));
  }

  /** The supervisor's decision on a SUBMITTED realisation. */
  async decideRealisation(
    current: RealisationRecord,
    d: { status: 'VERIFIED' | 'RETURNED'; feedback: string | null; decidedBy: string },
    m: EntityManager = this.ds.manager,
  ): Promise<RealisationRecord> {
    const result = await m.query(
      `UPDATE realisation r SET status = $3, feedback = $4, decided_by = $5, decided_at = now()
        WHERE r.id = $1 AND r.agency_id = $2 RETURNING ${REALISATION_COLUMNS}`,
      [current.id, current.agencyId, d.status, d.feedback, d.decidedBy],
    );
    return toRealisation(firstRow(result));
  }

  /** Appends one entry to a realisation's thread. */
  async addEvent(
    e: {
      agencyId: string;
      realisationId: string;
      actorId: string;
      action: RealisationActionValue;
      value?: number | null;
      note?: string | null;
      evidenceUrl?: string | null;
    },
    m: EntityManager = this.ds.manager,
  ): Promise<void> {
    await m.query(
      `INSERT INTO realisation_event (agency_id, realisation_id, actor_id, action, value, note, evidence_url) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [e.agencyId, e.realisationId, e.actorId, e.action, e.value ?? null, e.note ?? null, e.evidenceUrl ?? null],
    );
  }

  /** The realisations of a plan, optionally of one month ('YYYY-MM'), by month then indicator order. */
  async realisationsOf(planId: string, month: string | null, m: EntityManager = this.ds.manager): Promise<RealisationRecord[]> {
    const rows: RealisationRow[] = await m.query(
      `SELECT ${REALISATION_COLUMNS} FROM realisation r JOIN indicator i ON i.id = r.indicator_id
        WHERE r.work_plan_id = $1 AND ($2::date IS NULL OR r.month = $2::date)
        ORDER BY r.month, i.created_at, i.id`,
      [planId, month ? firstDay(month) : null],
    );
    return rows.map(toRealisation);
  }

  /** The realisations of several plans from `fromMonth` to `toMonth` ('YYYY-MM', inclusive), one query for any number of plans. */
  async realisationsOfPlans(
    planIds: readonly string[],
    fromMonth: string,
    toMonth: string,
    m: EntityManager = this.ds.manager,
  ): Promise<RealisationRecord[]> {
    if (!planIds.length) return [];
    const rows: RealisationRow[] = await m.query(
      `SELECT ${REALISATION_COLUMNS} FROM realisation r
        WHERE r.work_plan_id = ANY($1::uuid[]) AND r.month BETWEEN $2::date AND $3::date
        ORDER BY r.work_plan_id, r.month`,
      [planIds, firstDay(fromMonth), firstDay(toMonth)],
    );
    return rows.map(toRealisation);
  }

  /** The threads of the realisations, each in the order it happened. */
  async eventsOf(realisationIds: readonly string[], m: EntityManager = this.ds.manager): Promise<RealisationEventRecord[]> {
    if (!realisationIds.length) return [];
    const rows = await m.query(
      `SELECT ev.id::text, ev.realisation_id, ev.actor_id, e.name AS actor_name, ev.action, ev.value::text, ev.note, ev.evidence_url, ev.at
         FROM realisation_event ev JOIN employee e ON e.id = ev.actor_id
        WHERE ev.realisation_id = ANY($1::uuid[]) ORDER BY ev.realisation_id, ev.id`,
      [realisationIds],
    );
    return rows.map(
      (r: Record<string, unknown>): RealisationEventRecord => ({
        id: r.id as string,
        realisationId: r.realisation_id as string,
        actorId: r.actor_id as string,
        actorName: r.actor_name as string,
        action: r.action as RealisationActionValue,
        value: r.value === null ? null : Number(r.value),
        note: r.note as string | null,
        evidenceUrl: r.evidence_url as string | null,
        at: r.at as Date,
      }),
    );
  }

  /**
   * The reports still missing on AGREED plans: for every MANUAL indicator, each month of the plan's
   * year that has ended (before the current month in the agency's time zone) without a
   * realisation. By plan, month, then indicator order.
   */
  async missingReports(planIds: readonly string[], m: EntityManager = this.ds.manager): Promise<MissingReportRecord[]> {
    if (!planIds.length) return [];
    const rows: Array<{ work_plan_id: string; indicator_id: string; month: string }> = await m.query(
      `SELECT w.id AS work_plan_id, i.id AS indicator_id, to_char(mo, 'YYYY-MM') AS month
         FROM work_plan w
         JOIN agency a ON a.id = w.agency_id
         JOIN indicator i ON i.work_plan_id = w.id AND i.source = 'MANUAL'
         CROSS JOIN LATERAL generate_series(
           make_date(w.year, 1, 1)::timestamp,
           least(make_date(w.year, 12, 1), (date_trunc('month', now() AT TIME ZONE a.time_zone) - interval '1 month')::date)::timestamp,
           interval '1 month') AS mo
        WHERE w.id = ANY($1::uuid[]) AND w.status = 'AGREED'
          AND NOT EXISTS (SELECT 1 FROM realisation r WHERE r.indicator_id = i.id AND r.month = mo::date)
        ORDER BY w.id, mo, i.created_at, i.id`,
      [planIds],
    );
    return rows.map((r) => ({ workPlanId: r.work_plan_id, indicatorId: r.indicator_id, month: r.month }));
  }

  // ---- for scoring --------------------------------------------------------------------------

  /**
   * What closing a round needs of hasil kerja: the employee's plans whose year meets the period
   * [from, to] (dates 'YYYY-MM-DD', inclusive), each with its indicators and, per indicator, the
   * VERIFIED realisations of the months the period touches, oldest first. Plans of any
   * status are returned (the caller decides that only an AGREED one counts); realisations that are
   * SUBMITTED or RETURNED are not.
   */
  async verifiedForPeriod(
    agencyId: string,
    employeeId: string,
    from: string,
    to: string,
    m: EntityManager = this.ds.manager,
  ): Promise<PeriodPlanRecord[]> {
    const plans: PlanRow[] = await m.query(
      `SELECT ${PLAN_COLUMNS} FROM work_plan w JOIN employee e ON e.id = w.employee_id
        WHERE w.agency_id = $1 AND w.employee_id = $2
          AND w.year BETWEEN extract(year FROM $3::date) AND extract(year FROM $4::date)
        ORDER BY w.year`,
      [agencyId, employeeId, from, to],
    );
    if (!plans.length) return [];
    const indicators = await this.indicatorsOf(
      plans.map((p) => p.id),
      m,
    );
    const verified: Array<{ indicator_id: string; month: string; value: string }> = await m.query(
      `SELECT r.indicator_id, to_char(r.month, 'YYYY-MM') AS month, r.value::text
         FROM realisation r
        WHERE r.agency_id = $1 AND r.work_plan_id = ANY($2::uuid[]) AND r.status = 'VERIFIED'
          AND r.month >= date_trunc('month', $3::date) AND r.month <= $4::date
        ORDER BY r.indicator_id, r.month`,
      [agencyId, plans.map((p) => p.id), from, to],
    );
    return plans.map((p) => ({
      workPlanId: p.id,
      year: Number(p.year),
      status: p.status,
      version: Number(p.version),
      indicators: indicators
        .filter((i) => i.workPlanId === p.id)
        .map((i) => ({
          ...i,
          verified: verified.filter((v) => v.indicator_id === i.id).map((v) => ({ month: v.month, value: Number(v.value) })),
        })),
    }));
  }
}

/** The first row of an UPDATE … RETURNING run through TypeORM's query() (which answers [rows, count]). */
function firstRow<T>(result: unknown): T {
  const rows = Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? result[0] : result;
  return (rows as T[])[0];
}
