import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CORE_VALUES, CoreValueKey, RatingValue, ReviewerSourceValue, ScoringPolicy } from '@k360/scoring';
import { PERIOD_BOUNDS_SQL } from '../period-bounds';
import { escapeLike } from './employees.repository';

/**
 * The rounds aggregate: periods, instrument versions, evaluation rounds, reviewer assignments
 * (nominations and seats) and reviews with their revisions and scores. Every SQL statement of the
 * staff side of the 360° evaluation lives here, plus the employee and unit reads that opening a
 * round and choosing reviewers need (they lock or filter the employee rows the round is opened
 * from, so they stay next to the round inserts they guard).
 *
 * Batch methods (`…OfRounds`, `…ByIds`) answer in the order of the ids they are given, one entry
 * per id, in one statement: the gateway's per-request DataLoaders call them.
 */

export type PeriodKindValue = 'MONTHLY' | 'QUARTERLY' | 'ANNUAL';
export type RoundStatusValue = 'DRAFT' | 'OPEN' | 'CLOSED' | 'SCORED';
export type AssignmentStateValue = 'NOMINATED' | 'APPROVED' | 'REJECTED';

/** Unique constraints a service turns into an error code. */
export const PERIOD_NAME_UQ = 'period_name_uq';
export const ROUND_EMPLOYEE_PERIOD_UQ = 'evaluation_round_employee_period_uq';
export const REVIEWER_ASSIGNMENT_UQ = 'reviewer_assignment_uq';

export interface PeriodRecord {
  id: string;
  agencyId: string;
  name: string;
  kind: PeriodKindValue;
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD */
  endsOn: string;
  /** YYYY-MM-DD, the last day for reviews (agency time zone), or null. */
  reviewDeadline: string | null;
}

export interface InstrumentItemRecord {
  value: CoreValueKey;
  name: string;
  description: string;
  anchors: string[];
}

export interface InstrumentVersionRecord {
  id: string;
  version: number;
  items: InstrumentItemRecord[];
  publishedAt: Date;
}

export interface RoundRecord {
  id: string;
  agencyId: string;
  employeeId: string;
  periodId: string;
  status: RoundStatusValue;
  positionAtOpen: string;
  unitIdAtOpen: string;
  supervisorId: string | null;
  policy: Record<string, unknown>;
  instrumentVersionId: string;
  hasilKerjaRating: RatingValue | null;
  overrideReason: string | null;
  openedAt: Date;
  closedAt: Date | null;
  /** How often the round was closed: the scoring job of an earlier close is stale. */
  closeCount: number;
}

/**
 * Which rounds of a period an overview lists or counts: the agency's (or, with `supervisorId`, those
 * of the supervisor's direct and indirect reports), opened in `unitId` or a unit below it, in one
 * status, of employees whose name contains `nameContains` or whose NIP starts with `nipPrefix`.
 */
export interface PeriodRoundsQuery {
  agencyId: string;
  periodId: string;
  supervisorId?: string | null;
  unitId?: string | null;
  status?: RoundStatusValue | null;
  nameContains?: string | null;
  nipPrefix?: string | null;
}

/** A page of a period's rounds by employee name then round id, with the count of all that match. */
export interface PeriodRoundsPage {
  rounds: RoundRecord[];
  hasNextPage: boolean;
  totalCount: number;
  /** The employee name of each round, for the next page's cursor. */
  employeeNames: string[];
}

/** Counts over a period's rounds (see PeriodRoundsQuery): per status, and reviewer seats. */
export interface PeriodProgressRecord {
  rounds: number;
  draft: number;
  open: number;
  closed: number;
  scored: number;
  /** Approved reviewer seats of those rounds. */
  seats: number;
  /** Of those seats, the ones whose holder has submitted (see SEAT_DONE). */
  reviewsSubmitted: number;
}

/**
 * Whose rounds of a period a team dashboard lists (the caller's own round is never in it): the
 * agency's (`team` null, ADMIN), or a team: the rounds of `viewerId`'s direct reports (by the
 * employee's supervisor or the supervisor the round was opened under) and every round opened in
 * one of `headedUnitIds` (UnitsRepository.headedUnitTree). `unitId` narrows to rounds opened in
 * that unit or below it.
 */
export interface TeamDashboardQuery {
  agencyId: string;
  periodId: string;
  viewerId: string;
  team: { headedUnitIds: readonly string[] } | null;
  unitId?: string | null;
}

/** One round of a team dashboard with its employee and the unit it opened in. */
export interface TeamDashboardRowRecord {
  round: RoundRecord;
  employeeName: string;
  employeeNip: string;
  unitName: string;
}

/** An approved reviewer seat of a round, with the reviewer's name and whether they submitted (see SEAT_DONE). */
export interface ReviewSeatRecord {
  roundId: string;
  reviewerId: string;
  reviewerName: string;
  relation: ReviewerSourceValue;
  submitted: boolean;
}

/** A closed (or scored) round as the scoring worker reads it, with its period's instants. */
export interface RoundToScore {
  id: string;
  status: RoundStatusValue;
  employeeId: string;
  policy: Record<string, unknown>;
  hasilKerjaRating: RatingValue | null;
  closeCount: number;
  /** The period's first instant in the agency's time zone, as PostgreSQL text (pass back as timestamptz). */
  startsAt: string;
  /** The instant after the period's last day, as PostgreSQL text. */
  endsAt: string;
}

export interface AssignmentRecord {
  id: string;
  roundId: string;
  reviewerId: string;
  relation: ReviewerSourceValue;
  state: AssignmentStateValue;
  /** The seat's current revision is by the seat's reviewer (always false where not computed). */
  submitted: boolean;
  createdAt: Date;
}

/** An assignment row as locked for a decision or a submission. */
export interface LockedAssignment {
  id: string;
  roundId: string;
  relation: ReviewerSourceValue;
  state: AssignmentStateValue;
}

export interface ValueScoreRecord {
  value: CoreValueKey;
  score: number;
}

export interface ReviewRecord {
  id: string;
  roundId: string;
  relation: ReviewerSourceValue;
  revision: number;
  strengths: string | null;
  improvements: string | null;
  submittedAt: Date;
  /** In the order of CORE_VALUES. */
  scores: ValueScoreRecord[];
}

export interface RoundProgressRecord {
  supervisorSubmitted: boolean;
  peersApproved: number;
  peersSubmitted: number;
  nominationsPending: number;
  subordinatesApproved: number;
  subordinatesSubmitted: number;
  selfSubmitted: boolean;
}

/** A current review's comments, without who wrote it. */
/** One relation's mean score of one core value over the round's current reviews. */
export interface RoundValueMeanRecord {
  relation: ReviewerSourceValue;
  coreValue: string;
  mean: number;
  reviewers: number;
}

export interface CommentRecord {
  relation: ReviewerSourceValue;
  strengths: string | null;
  improvements: string | null;
}

/** A peer nomination as stored (`nominatedBy`: who asked for it). */
export interface PeerNominationRecord {
  id: string;
  reviewerId: string;
  reviewerName: string;
  reviewerPosition: string;
  state: AssignmentStateValue;
  nominatedBy: string | null;
  createdAt: Date;
}

export interface ColleagueRecord {
  id: string;
  name: string;
  position: string;
  unitName: string;
}

/** The employee a round is opened for, as read (FOR SHARE) when opening. */
export interface EmployeeToOpen {
  id: string;
  agencyId: string;
  supervisorId: string | null;
  position: string;
  unitId: string;
  active: boolean;
}

/** A prospective reviewer. */
export interface ReviewerCandidate {
  id: string;
  active: boolean;
  supervisorId: string | null;
}

export interface NewRound {
  agencyId: string;
  employeeId: string;
  periodId: string;
  positionAtOpen: string;
  unitIdAtOpen: string;
  supervisorId: string;
  /** The scoring policy the round snapshots (the agency's current version, ScoringPoliciesService). */
  policy: ScoringPolicy;
  instrumentVersionId: string;
  openedBy: string;
}

export interface NewRoundsForUnit {
  agencyId: string;
  unitId: string;
  includeSubunits: boolean;
  periodId: string;
  /** The scoring policy every round opened takes. */
  policy: ScoringPolicy;
  instrumentVersionId: string;
  openedBy: string;
}

export interface NewAssignment {
  roundId: string;
  reviewerId: string;
  relation: ReviewerSourceValue;
  /** APPROVED (decided by `nominatedBy` now) or NOMINATED (waiting for the supervisor). */
  state: 'APPROVED' | 'NOMINATED';
  nominatedBy: string;
}

/** A DRAFT or OPEN round whose supervisor a reporting-line change moves, as it was before. */
export interface RoundToMoveRecord {
  roundId: string;
  supervisorId: string | null;
  /** State of the round's SUPERVISOR seat, or null when it has none. */
  seatState: string | null;
  /** The SUPERVISOR seat has at least one review. */
  seatSubmitted: boolean;
}

/** A seat (reviewer_assignment) the new supervisor already holds on a round, besides SUPERVISOR. */
export interface PeerSeatRecord {
  id: string;
  roundId: string;
  submitted: boolean;
}

export interface NewReview {
  roundId: string;
  assignmentId: string;
  reviewerId: string;
  relation: ReviewerSourceValue;
  strengths: string | null;
  improvements: string | null;
  scores: ValueScoreRecord[];
}

// ---- rows (private) ------------------------------------------------------------------------------

const ROUND_COLUMNS = `r.id, r.agency_id, r.employee_id, r.period_id, r.status, r.position_at_open, r.unit_id_at_open, r.supervisor_id,
  r.policy, r.instrument_version_id, r.hasil_kerja_rating, r.override_reason, r.opened_at, r.closed_at, r.close_count`;
/** The same columns for `RETURNING` (no alias there). */
const ROUND_RETURNING = ROUND_COLUMNS.replace(/r\./g, '');

interface RoundRow {
  id: string;
  agency_id: string;
  employee_id: string;
  period_id: string;
  status: RoundStatusValue;
  position_at_open: string;
  unit_id_at_open: string;
  supervisor_id: string | null;
  policy: Record<string, unknown>;
  instrument_version_id: string;
  hasil_kerja_rating: RatingValue | null;
  override_reason: string | null;
  opened_at: Date;
  closed_at: Date | null;
  close_count: number;
}

function toRound(r: RoundRow): RoundRecord {
  return {
    id: r.id,
    agencyId: r.agency_id,
    employeeId: r.employee_id,
    periodId: r.period_id,
    status: r.status,
    positionAtOpen: r.position_at_open,
    unitIdAtOpen: r.unit_id_at_open,
    supervisorId: r.supervisor_id,
    policy: r.policy,
    instrumentVersionId: r.instrument_version_id,
    hasilKerjaRating: r.hasil_kerja_rating,
    overrideReason: r.override_reason,
    openedAt: r.opened_at,
    closedAt: r.closed_at,
    closeCount: r.close_count,
  };
}

const PERIOD_COLUMNS = `id, agency_id, name, kind, starts_on::text, ends_on::text, review_deadline::text`;

interface PeriodRow {
  id: string;
  agency_id: string;
  name: string;
  kind: PeriodKindValue;
  starts_on: string;
  ends_on: string;
  review_deadline: string | null;
}

const toPeriod = (r: PeriodRow): PeriodRecord => ({
  id: r.id,
  agencyId: r.agency_id,
  name: r.name,
  kind: r.kind,
  startsOn: r.starts_on.slice(0, 10),
  endsOn: r.ends_on.slice(0, 10),
  reviewDeadline: r.review_deadline ? r.review_deadline.slice(0, 10) : null,
});

interface InstrumentRow {
  id: string;
  version: number;
  items: InstrumentItemRecord[];
  published_at: Date;
}

const toInstrument = (r: InstrumentRow): InstrumentVersionRecord => ({
  id: r.id,
  version: r.version,
  items: r.items,
  publishedAt: r.published_at,
});

const ASSIGNMENT_RETURNING = `id, round_id, reviewer_id, relation, state, created_at, false AS submitted`;

interface AssignmentRow {
  id: string;
  round_id: string;
  reviewer_id: string;
  relation: ReviewerSourceValue;
  state: AssignmentStateValue;
  submitted: boolean;
  created_at: Date;
}

const toAssignment = (r: AssignmentRow): AssignmentRecord => ({
  id: r.id,
  roundId: r.round_id,
  reviewerId: r.reviewer_id,
  relation: r.relation,
  state: r.state,
  submitted: r.submitted,
  createdAt: r.created_at,
});

interface ReviewRow {
  id: string;
  round_id: string;
  relation: ReviewerSourceValue;
  revision: number;
  strengths: string | null;
  improvements: string | null;
  submitted_at: Date;
}

const byCoreValue = (a: ValueScoreRecord, b: ValueScoreRecord) => CORE_VALUES.indexOf(a.value) - CORE_VALUES.indexOf(b.value);

const toReview = (r: ReviewRow, scores: ValueScoreRecord[]): ReviewRecord => ({
  id: r.id,
  roundId: r.round_id,
  relation: r.relation,
  revision: r.revision,
  strengths: r.strengths,
  improvements: r.improvements,
  submittedAt: r.submitted_at,
  scores: [...scores].sort(byCoreValue),
});

/**
 * Rows of an `UPDATE … RETURNING` run through TypeORM's `query()`, which answers
 * `[rows, affectedCount]` for that command and plain `rows` for the others.
 */
function returning<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/** Groups rows by a key, in the order of `ids` (an empty list for an id without rows). */
function groupBy<T>(ids: readonly string[], rows: T[], key: (r: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return ids.map((id) => map.get(id) ?? []);
}

/** The direct and indirect reports of the supervisor whose id is the parameter `param`, as an `IN` list. */
const reportsOf = (param: string) =>
  `(WITH RECURSIVE team AS (SELECT id FROM employee WHERE supervisor_id = ${param}
     UNION SELECT x.id FROM employee x JOIN team t ON x.supervisor_id = t.id) SELECT id FROM team)`;

/** The WHERE conditions (over `evaluation_round r JOIN employee e`) and parameters of a PeriodRoundsQuery. */
function periodRoundsWhere(q: PeriodRoundsQuery): { where: string[]; params: unknown[] } {
  const params: unknown[] = [q.agencyId, q.periodId];
  const where = ['r.agency_id = $1', 'r.period_id = $2'];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (q.supervisorId) where.push(`r.employee_id IN ${reportsOf(p(q.supervisorId))}`);
  if (q.unitId) {
    where.push(`r.unit_id_at_open IN (WITH RECURSIVE sub AS (SELECT id FROM unit WHERE id = ${p(q.unitId)} AND agency_id = $1
       UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)`);
  }
  if (q.status) where.push(`r.status = ${p(q.status)}`);
  if (q.nipPrefix) where.push(`e.nip LIKE ${p(escapeLike(q.nipPrefix) + '%')}`);
  if (q.nameContains) where.push(`lower(e.name) LIKE ${p('%' + escapeLike(q.nameContains.toLowerCase()) + '%')}`);
  return { where, params };
}

/** The unit and (with `includeSubunits`) every unit below it, as an `IN` list for the unit id `$2`. */
const unitsOf = (includeSubunits: boolean) =>
  includeSubunits
    ? `(WITH RECURSIVE sub AS (SELECT id FROM unit WHERE id = $2 UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)`
    : `($2)`;

/**
 * A seat (assignment `a`) is done when its current revision is by the seat's reviewer. Only a
 * SUPERVISOR seat changes hands (a reporting-line change); after that the former supervisor's
 * review is not the new one's, and closing waits for theirs, so progress says so too.
 */
const SEAT_DONE = `coalesce((SELECT v.reviewer_id = a.reviewer_id FROM review v WHERE v.assignment_id = a.id ORDER BY v.revision DESC LIMIT 1), false)`;

@Injectable()
export class RoundsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  // ---- periods ------------------------------------------------------------------------------------

  /** Throws the unique violation PERIOD_NAME_UQ for a name the agency already uses. */
  async addPeriod(
    p: { agencyId: string; name: string; kind: PeriodKindValue; startsOn: string; endsOn: string; reviewDeadline?: string | null },
    m: EntityManager = this.ds.manager,
  ): Promise<PeriodRecord> {
    const [row] = await m.query(
      `INSERT INTO period (agency_id, name, kind, starts_on, ends_on, review_deadline) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${PERIOD_COLUMNS}`,
      [p.agencyId, p.name, p.kind, p.startsOn, p.endsOn, p.reviewDeadline ?? null],
    );
    return toPeriod(row);
  }

  /** The agency's periods, newest first. */
  async periodsOfAgency(agencyId: string, m: EntityManager = this.ds.manager): Promise<PeriodRecord[]> {
    const rows: PeriodRow[] = await m.query(`SELECT ${PERIOD_COLUMNS} FROM period WHERE agency_id = $1 ORDER BY starts_on DESC, name`, [
      agencyId,
    ]);
    return rows.map(toPeriod);
  }

  async findPeriod(id: string, agencyId: string, m: EntityManager = this.ds.manager): Promise<PeriodRecord | null> {
    const [row] = await m.query(`SELECT ${PERIOD_COLUMNS} FROM period WHERE id = $1 AND agency_id = $2`, [id, agencyId]);
    return row ? toPeriod(row) : null;
  }

  /** Periods by id, any agency (null for an unknown id). */
  async periodsByIds(ids: readonly string[], m: EntityManager = this.ds.manager): Promise<Array<PeriodRecord | null>> {
    const rows: PeriodRow[] = await m.query(`SELECT ${PERIOD_COLUMNS} FROM period WHERE id = ANY($1::uuid[])`, [ids]);
    const map = new Map(rows.map((r) => [r.id, toPeriod(r)]));
    return ids.map((id) => map.get(id) ?? null);
  }

  // ---- instrument ---------------------------------------------------------------------------------

  /**
   * Publishes the agency's next instrument version (one above the highest of the agency and the
   * national default). Run it in a transaction: it takes the agency's instrument advisory lock for
   * the transaction, so two publications get two versions.
   */
  async addInstrumentVersion(
    agencyId: string,
    items: InstrumentItemRecord[],
    publishedBy: string,
    m: EntityManager = this.ds.manager,
  ): Promise<InstrumentVersionRecord> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('instrument:' || $1))`, [agencyId]);
    const [{ next }] = await m.query(
      `SELECT coalesce(max(version), 0) + 1 AS next FROM instrument_version WHERE agency_id = $1 OR agency_id IS NULL`,
      [agencyId],
    );
    const [row] = await m.query(
      `INSERT INTO instrument_version (agency_id, version, items, published_by) VALUES ($1, $2, $3, $4) RETURNING id, version, items, published_at`,
      [agencyId, next, JSON.stringify(items), publishedBy],
    );
    return toInstrument(row);
  }

  /** The newest instrument for the agency: its own latest version, else the national default. */
  async currentInstrumentId(agencyId: string, m: EntityManager = this.ds.manager): Promise<string> {
    const [row] = await m.query(
      `SELECT id FROM instrument_version WHERE agency_id = $1 OR agency_id IS NULL ORDER BY (agency_id IS NULL), version DESC LIMIT 1`,
      [agencyId],
    );
    return row.id;
  }

  async instrumentsByIds(ids: readonly string[], m: EntityManager = this.ds.manager): Promise<Array<InstrumentVersionRecord | null>> {
    const rows: InstrumentRow[] = await m.query(
      `SELECT id, version, items, published_at FROM instrument_version WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const map = new Map(rows.map((r) => [r.id, toInstrument(r)]));
    return ids.map((id) => map.get(id) ?? null);
  }

  // ---- employees and units, as opening a round and choosing reviewers read them ------------------

  /**
   * The employee a round is opened for, locked FOR SHARE (lock order with a reporting-line change:
   * the employee row before the rounds), or null when not in the agency.
   */
  async employeeToOpenForShare(employeeId: string, agencyId: string, m: EntityManager = this.ds.manager): Promise<EmployeeToOpen | null> {
    const [e] = await m.query(
      `SELECT id, agency_id, supervisor_id, position, unit_id, active FROM employee WHERE id = $1 AND agency_id = $2 FOR SHARE`,
      [employeeId, agencyId],
    );
    return e
      ? { id: e.id, agencyId: e.agency_id, supervisorId: e.supervisor_id, position: e.position, unitId: e.unit_id, active: e.active }
      : null;
  }

  async unitExists(unitId: string, agencyId: string, m: EntityManager = this.ds.manager): Promise<boolean> {
    const [unit] = await m.query(`SELECT id FROM unit WHERE id = $1 AND agency_id = $2`, [unitId, agencyId]);
    return Boolean(unit);
  }

  /**
   * Locks the active employees of the unit (and its subunits) FOR SHARE in id order, and counts
   * them: all, and those without a supervisor (who get no round).
   */
  async lockActiveEmployeesOfUnit(
    agencyId: string,
    unitId: string,
    includeSubunits: boolean,
    m: EntityManager = this.ds.manager,
  ): Promise<{ total: number; withoutSupervisor: number }> {
    const units = unitsOf(includeSubunits);
    await m.query(`SELECT id FROM employee WHERE agency_id = $1 AND active AND unit_id IN ${units} ORDER BY id FOR SHARE`, [
      agencyId,
      unitId,
    ]);
    const [{ total, without_supervisor }] = await m.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE supervisor_id IS NULL)::int AS without_supervisor
         FROM employee WHERE agency_id = $1 AND active AND unit_id IN ${units}`,
      [agencyId, unitId],
    );
    return { total, withoutSupervisor: without_supervisor };
  }

  async reviewerCandidate(employeeId: string, agencyId: string, m: EntityManager = this.ds.manager): Promise<ReviewerCandidate | null> {
    const [r] = await m.query(`SELECT id, active, supervisor_id FROM employee WHERE id = $1 AND agency_id = $2`, [employeeId, agencyId]);
    return r ? { id: r.id, active: r.active, supervisorId: r.supervisor_id } : null;
  }

  /**
   * Active employees of the agency whose name contains `search` (taken literally: `%`, `_` and `\`
   * match themselves), `excludeId` left out, by name, at most `limit`.
   */
  async colleagues(
    agencyId: string,
    excludeId: string,
    search: string,
    limit: number,
    m: EntityManager = this.ds.manager,
  ): Promise<ColleagueRecord[]> {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows: Array<{ id: string; name: string; position: string; unit_name: string }> = await m.query(
      `SELECT e.id, e.name, e.position, u.name AS unit_name
         FROM employee e JOIN unit u ON u.id = e.unit_id
        WHERE e.agency_id = $1 AND e.active AND e.id <> $2 AND e.name ILIKE $3
        ORDER BY e.name, e.id LIMIT $4`,
      [agencyId, excludeId, like, limit],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, position: r.position, unitName: r.unit_name }));
  }

  /**
   * For each pair: does the employee report to the supervisor, directly or through others (up to
   * 100 levels)? In the order of `pairs`.
   */
  async reportsTo(
    pairs: ReadonlyArray<{ supervisorId: string; employeeId: string }>,
    m: EntityManager = this.ds.manager,
  ): Promise<boolean[]> {
    const rows: Array<{ k: number }> = await m.query(
      `WITH RECURSIVE chain AS (
         SELECT t.k, t.sup, e.supervisor_id, 1 AS depth
           FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS t(sup, emp, k) JOIN employee e ON e.id = t.emp
         UNION ALL
         SELECT c.k, c.sup, e.supervisor_id, c.depth + 1 FROM chain c JOIN employee e ON e.id = c.supervisor_id WHERE c.depth < 100
       )
       SELECT DISTINCT k::int AS k FROM chain WHERE supervisor_id = sup`,
      [pairs.map((p) => p.supervisorId), pairs.map((p) => p.employeeId)],
    );
    const hit = new Set(rows.map((r) => Number(r.k)));
    return pairs.map((_, i) => hit.has(i + 1));
  }

  // ---- rounds -------------------------------------------------------------------------------------

  /** An OPEN round. Throws the unique violation ROUND_EMPLOYEE_PERIOD_UQ when the employee has one in the period. */
  async addRound(r: NewRound, m: EntityManager = this.ds.manager): Promise<RoundRecord> {
    const [row] = await m.query(
      `INSERT INTO evaluation_round (agency_id, employee_id, period_id, status, position_at_open, unit_id_at_open, supervisor_id, policy, instrument_version_id, opened_by)
       VALUES ($1, $2, $3, 'OPEN', $4, $5, $6, $7, $8, $9)
       RETURNING ${ROUND_RETURNING}`,
      [
        r.agencyId,
        r.employeeId,
        r.periodId,
        r.positionAtOpen,
        r.unitIdAtOpen,
        r.supervisorId,
        JSON.stringify(r.policy),
        r.instrumentVersionId,
        r.openedBy,
      ],
    );
    return toRound(row);
  }

  /**
   * Opens an OPEN round for every active employee with a supervisor of the unit (and subunits) who
   * has none in the period yet; answers the rounds it opened.
   */
  async addRoundsForUnit(r: NewRoundsForUnit, m: EntityManager = this.ds.manager): Promise<Array<{ id: string; supervisorId: string }>> {
    const rows: Array<{ id: string; supervisor_id: string }> = await m.query(
      `INSERT INTO evaluation_round (agency_id, employee_id, period_id, status, position_at_open, unit_id_at_open, supervisor_id, policy, instrument_version_id, opened_by)
       SELECT $1, e.id, $3, 'OPEN', e.position, e.unit_id, e.supervisor_id, $4, $5, $6
         FROM employee e
        WHERE e.agency_id = $1 AND e.active AND e.supervisor_id IS NOT NULL AND e.unit_id IN ${unitsOf(r.includeSubunits)}
       ON CONFLICT (employee_id, period_id) DO NOTHING
       RETURNING id, supervisor_id`,
      [r.agencyId, r.unitId, r.periodId, JSON.stringify(r.policy), r.instrumentVersionId, r.openedBy],
    );
    return rows.map((x) => ({ id: x.id, supervisorId: x.supervisor_id }));
  }

  /** The SUPERVISOR seat of each round, approved by `decidedBy` now. */
  async addSupervisorSeats(
    seats: ReadonlyArray<{ roundId: string; supervisorId: string }>,
    decidedBy: string,
    m: EntityManager = this.ds.manager,
  ): Promise<void> {
    if (!seats.length) return;
    await m.query(
      `INSERT INTO reviewer_assignment (round_id, reviewer_id, relation, state, nominated_by, decided_by, decided_at)
       SELECT t.round_id, t.supervisor_id, 'SUPERVISOR', 'APPROVED', $3, $3, now() FROM unnest($1::uuid[], $2::uuid[]) AS t(round_id, supervisor_id)`,
      [seats.map((s) => s.roundId), seats.map((s) => s.supervisorId), decidedBy],
    );
  }

  /** The agency's round, or null; `lock`: FOR UPDATE. */
  async findRound(id: string, agencyId: string, lock = false, m: EntityManager = this.ds.manager): Promise<RoundRecord | null> {
    const [row] = await m.query(
      `SELECT ${ROUND_COLUMNS} FROM evaluation_round r WHERE r.id = $1 AND r.agency_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [id, agencyId],
    );
    return row ? toRound(row) : null;
  }

  /** Rounds by id, any agency (callers compare agencyId with the actor's); null for an unknown id. */
  async roundsByIds(ids: readonly string[], m: EntityManager = this.ds.manager): Promise<Array<RoundRecord | null>> {
    const rows: RoundRow[] = await m.query(`SELECT ${ROUND_COLUMNS} FROM evaluation_round r WHERE r.id = ANY($1::uuid[])`, [ids]);
    const map = new Map(rows.map((r) => [r.id, toRound(r)]));
    return ids.map((id) => map.get(id) ?? null);
  }

  /** The employee's own rounds, newest period first. */
  async roundsOfEmployee(employeeId: string, m: EntityManager = this.ds.manager): Promise<RoundRecord[]> {
    const rows: RoundRow[] = await m.query(
      `SELECT ${ROUND_COLUMNS} FROM evaluation_round r JOIN period p ON p.id = r.period_id WHERE r.employee_id = $1 ORDER BY p.starts_on DESC`,
      [employeeId],
    );
    return rows.map(toRound);
  }

  /**
   * A page of the employee's SCORED rounds, newest period first (period start, then round id),
   * after the (startsOn, id) cursor; with the total count. One statement (two for an empty page after a cursor).
   */
  async scoredRoundsOfEmployeePage(
    employeeId: string,
    page: { first: number; after: { startsOn: string; id: string } | null },
    m: EntityManager = this.ds.manager,
  ): Promise<{ rounds: RoundRecord[]; startsOn: string[]; hasNextPage: boolean; totalCount: number }> {
    const params: unknown[] = [employeeId];
    let after = '';
    if (page.after) {
      params.push(page.after.startsOn, page.after.id);
      after = `AND (p.starts_on, r.id) < ($2::date, $3::uuid)`;
    }
    const limit = Math.max(0, Math.floor(page.first));
    const rows: Array<RoundRow & { starts_on: string; total: number }> = await m.query(
      `SELECT ${ROUND_COLUMNS}, p.starts_on::text AS starts_on,
              (SELECT count(*)::int FROM evaluation_round x WHERE x.employee_id = $1 AND x.status = 'SCORED') AS total
         FROM evaluation_round r JOIN period p ON p.id = r.period_id
        WHERE r.employee_id = $1 AND r.status = 'SCORED' ${after}
        ORDER BY p.starts_on DESC, r.id DESC LIMIT ${limit + 1}`,
      params,
    );
    const shown = rows.slice(0, limit);
    // An empty page after a cursor carries no row with the total: count on its own then.
    const totalCount =
      rows[0]?.total ??
      (page.after
        ? ((await m.query(`SELECT count(*)::int AS n FROM evaluation_round WHERE employee_id = $1 AND status = 'SCORED'`, [employeeId]))[0]
            .n as number)
        : 0);
    return {
      rounds: shown.map(toRound),
      startsOn: shown.map((r) => r.starts_on.slice(0, 10)),
      hasNextPage: rows.length > limit,
      totalCount,
    };
  }

  /**
   * A page of a period's rounds (see PeriodRoundsQuery), by employee name then round id, after the
   * (name, round id) cursor, at most `first`.
   */
  async periodRoundsPage(
    q: PeriodRoundsQuery,
    page: { first: number; after: { name: string; id: string } | null },
    m: EntityManager = this.ds.manager,
  ): Promise<PeriodRoundsPage> {
    const { where, params } = periodRoundsWhere(q);
    const countParams = [...params];
    if (page.after) {
      params.push(page.after.name, page.after.id);
      where.push(`(e.name, r.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    const limit = Math.max(0, Math.floor(page.first));
    const rows: Array<RoundRow & { employee_name: string }> = await m.query(
      `SELECT ${ROUND_COLUMNS}, e.name AS employee_name
         FROM evaluation_round r JOIN employee e ON e.id = r.employee_id
        WHERE ${where.join(' AND ')}
        ORDER BY e.name, r.id LIMIT ${limit + 1}`,
      params,
    );
    const [{ total }]: Array<{ total: number }> = await m.query(
      `SELECT count(*)::int AS total FROM evaluation_round r JOIN employee e ON e.id = r.employee_id
        WHERE ${periodRoundsWhere(q).where.join(' AND ')}`,
      countParams,
    );
    const pageRows = rows.slice(0, limit);
    return {
      rounds: pageRows.map(toRound),
      employeeNames: pageRows.map((r) => r.employee_name),
      hasNextPage: rows.length > limit,
      totalCount: total,
    };
  }

  /** Counts over a period's rounds (see PeriodRoundsQuery): per status, approved seats and those submitted. */
  async periodProgress(q: PeriodRoundsQuery, m: EntityManager = this.ds.manager): Promise<PeriodProgressRecord> {
    const { where, params } = periodRoundsWhere(q);
    const [row]: Array<PeriodProgressRecord> = await m.query(
      `WITH picked AS (
         SELECT r.id, r.status FROM evaluation_round r JOIN employee e ON e.id = r.employee_id WHERE ${where.join(' AND ')}
       )
       SELECT count(*)::int AS rounds,
              count(*) FILTER (WHERE status = 'DRAFT')::int AS draft,
              count(*) FILTER (WHERE status = 'OPEN')::int AS open,
              count(*) FILTER (WHERE status = 'CLOSED')::int AS closed,
              count(*) FILTER (WHERE status = 'SCORED')::int AS scored,
              (SELECT count(*)::int FROM reviewer_assignment a JOIN picked p ON p.id = a.round_id WHERE a.state = 'APPROVED') AS seats,
              (SELECT count(*)::int FROM reviewer_assignment a JOIN picked p ON p.id = a.round_id
                WHERE a.state = 'APPROVED' AND ${SEAT_DONE}) AS "reviewsSubmitted"
         FROM picked`,
      params,
    );
    return row;
  }

  /**
   * The agency's rounds in a period by employee name; with `supervisorId`, only those of the
   * supervisor's direct and indirect reports.
   */
  async teamRounds(
    agencyId: string,
    periodId: string,
    supervisorId: string | null,
    m: EntityManager = this.ds.manager,
  ): Promise<RoundRecord[]> {
    const rows: RoundRow[] = await m.query(
      `SELECT ${ROUND_COLUMNS}
         FROM evaluation_round r JOIN employee e ON e.id = r.employee_id
        WHERE r.agency_id = $1 AND r.period_id = $2
          ${supervisorId !== null ? `AND r.employee_id IN ${reportsOf('$3')}` : ''}
        ORDER BY e.name, r.id`,
      supervisorId !== null ? [agencyId, periodId, supervisorId] : [agencyId, periodId],
    );
    return rows.map(toRound);
  }

  /** The round's status, the row locked FOR SHARE (a close waits for the submission), or null. */
  async statusForShare(roundId: string, m: EntityManager = this.ds.manager): Promise<RoundStatusValue | null> {
    const [row] = await m.query(`SELECT status FROM evaluation_round WHERE id = $1 FOR SHARE`, [roundId]);
    return row ? row.status : null;
  }

  /**
   * Does the round's SUPERVISOR seat have a current revision, written by `supervisorId` (by anyone
   * when null)? The seat's newest revision, as the current_review view defines it.
   */
  async supervisorSeatReviewed(roundId: string, supervisorId: string | null, m: EntityManager = this.ds.manager): Promise<boolean> {
    const [sup] = await m.query(
      `SELECT 1 AS hit
         FROM reviewer_assignment a
         JOIN LATERAL (SELECT v.reviewer_id FROM review v WHERE v.assignment_id = a.id ORDER BY v.revision DESC LIMIT 1) cur ON true
        WHERE a.round_id = $1 AND a.relation = 'SUPERVISOR' AND ($2::uuid IS NULL OR cur.reviewer_id = $2::uuid)`,
      [roundId, supervisorId],
    );
    return Boolean(sup);
  }

  /** OPEN → CLOSED (close_count + 1); null when the round was not OPEN (nothing changed). */
  async close(
    c: { roundId: string; closedBy: string; hasilKerjaRating: RatingValue; overrideReason: string | null },
    m: EntityManager = this.ds.manager,
  ): Promise<RoundRecord | null> {
    const [row] = returning<RoundRow>(
      await m.query(
        `UPDATE evaluation_round SET status = 'CLOSED', closed_at = now(), closed_by = $2, hasil_kerja_rating = $3, override_reason = $4,
              close_count = close_count + 1
        WHERE id = $1 AND status = 'OPEN' RETURNING ${ROUND_RETURNING}`,
        [c.roundId, c.closedBy, c.hasilKerjaRating, c.overrideReason],
      ),
    );
    return row ? toRound(row) : null;
  }

  /** Back to OPEN, with the reason. */
  async reopen(roundId: string, reason: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE evaluation_round SET status = 'OPEN', reopen_reason = $2 WHERE id = $1`, [roundId, reason]);
  }

  /** The round as the scoring worker reads it, locked FOR UPDATE (of the round), or null. */
  async lockForScoring(roundId: string, m: EntityManager = this.ds.manager): Promise<RoundToScore | null> {
    const [r] = await m.query(
      `SELECT r.id, r.status, r.employee_id, r.policy, r.hasil_kerja_rating, r.close_count, ${PERIOD_BOUNDS_SQL}
         FROM evaluation_round r JOIN period p ON p.id = r.period_id JOIN agency a ON a.id = p.agency_id WHERE r.id = $1 FOR UPDATE OF r`,
      [roundId],
    );
    return r
      ? {
          id: r.id,
          status: r.status,
          employeeId: r.employee_id,
          policy: r.policy,
          hasilKerjaRating: r.hasil_kerja_rating,
          closeCount: r.close_count,
          startsAt: r.starts_at,
          endsAt: r.ends_at,
        }
      : null;
  }

  /** CLOSED → SCORED (a round reopened meanwhile is left alone). */
  async markScored(roundId: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE evaluation_round SET status = 'SCORED', scored_at = now() WHERE id = $1 AND status = 'CLOSED'`, [roundId]);
  }

  // ---- reviewer assignments -----------------------------------------------------------------------

  /** Is the employee assigned to the round (nominated or approved, not rejected)? */
  async isAssigned(roundId: string, reviewerId: string, m: EntityManager = this.ds.manager): Promise<boolean> {
    const [assigned] = await m.query(
      `SELECT 1 AS hit FROM reviewer_assignment WHERE round_id = $1 AND reviewer_id = $2 AND state <> 'REJECTED'`,
      [roundId, reviewerId],
    );
    return Boolean(assigned);
  }

  /**
   * Approved assignments of the reviewer in open rounds that still wait for their review: no review
   * yet, or (a SUPERVISOR seat moved by a reporting-line change) the seat's current revision is
   * someone else's. Oldest first; `submitted` is false.
   */
  async reviewsWaitingFor(reviewerId: string, m: EntityManager = this.ds.manager): Promise<AssignmentRecord[]> {
    const rows: AssignmentRow[] = await m.query(
      `SELECT a.id, a.round_id, a.reviewer_id, a.relation, a.state, a.created_at, false AS submitted
         FROM reviewer_assignment a JOIN evaluation_round r ON r.id = a.round_id
        WHERE a.reviewer_id = $1 AND a.state = 'APPROVED' AND r.status = 'OPEN'
          AND (SELECT v.reviewer_id FROM review v WHERE v.assignment_id = a.id ORDER BY v.revision DESC LIMIT 1) IS DISTINCT FROM a.reviewer_id
        ORDER BY a.created_at`,
      [reviewerId],
    );
    return rows.map(toAssignment);
  }

  /**
   * Pending peer nominations in the agency's open rounds opened under `supervisorId` (every open
   * round of the agency with `allOfAgency`). Oldest first; `submitted` is false.
   */
  async nominationsWaitingFor(
    supervisorId: string,
    agencyId: string,
    allOfAgency: boolean,
    m: EntityManager = this.ds.manager,
  ): Promise<AssignmentRecord[]> {
    const rows: AssignmentRow[] = await m.query(
      `SELECT a.id, a.round_id, a.reviewer_id, a.relation, a.state, a.created_at, false AS submitted
         FROM reviewer_assignment a JOIN evaluation_round r ON r.id = a.round_id
        WHERE r.agency_id = $2 AND a.state = 'NOMINATED' AND r.status = 'OPEN' AND ($3 OR r.supervisor_id = $1)
        ORDER BY a.created_at`,
      [supervisorId, agencyId, allOfAgency],
    );
    return rows.map(toAssignment);
  }

  /** Throws the unique violation REVIEWER_ASSIGNMENT_UQ when the reviewer is already on the round. */
  async addAssignment(a: NewAssignment, m: EntityManager = this.ds.manager): Promise<AssignmentRecord> {
    const [row] = await m.query(
      `INSERT INTO reviewer_assignment (round_id, reviewer_id, relation, state, nominated_by, decided_by, decided_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $4 = 'APPROVED' THEN $5::uuid END, CASE WHEN $4 = 'APPROVED' THEN now() END)
       RETURNING ${ASSIGNMENT_RETURNING}`,
      [a.roundId, a.reviewerId, a.relation, a.state, a.nominatedBy],
    );
    return toAssignment(row);
  }

  /** The assignment, locked FOR UPDATE, or null. */
  async assignmentForUpdate(id: string, m: EntityManager = this.ds.manager): Promise<LockedAssignment | null> {
    const [a] = await m.query(`SELECT id, round_id, relation, state FROM reviewer_assignment WHERE id = $1 FOR UPDATE`, [id]);
    return a ? { id: a.id, roundId: a.round_id, relation: a.relation, state: a.state } : null;
  }

  /** The reviewer's assignment on the round, locked FOR UPDATE, or null. */
  async seatOfReviewerForUpdate(roundId: string, reviewerId: string, m: EntityManager = this.ds.manager): Promise<LockedAssignment | null> {
    const [a] = await m.query(
      `SELECT id, round_id, relation, state FROM reviewer_assignment WHERE round_id = $1 AND reviewer_id = $2 FOR UPDATE`,
      [roundId, reviewerId],
    );
    return a ? { id: a.id, roundId: a.round_id, relation: a.relation, state: a.state } : null;
  }

  /** Records the decision on a nomination (APPROVED or REJECTED, by `decidedBy` now). */
  async decide(
    assignmentId: string,
    state: 'APPROVED' | 'REJECTED',
    decidedBy: string,
    m: EntityManager = this.ds.manager,
  ): Promise<AssignmentRecord> {
    const [row] = returning<AssignmentRow>(
      await m.query(
        `UPDATE reviewer_assignment SET state = $2, decided_by = $3, decided_at = now() WHERE id = $1
         RETURNING ${ASSIGNMENT_RETURNING}`,
        [assignmentId, state, decidedBy],
      ),
    );
    return toAssignment(row);
  }

  /**
   * Every assignment of each round with its submitted flag (SUPERVISOR, PEER, SUBORDINATE, SELF,
   * then oldest first).
   */
  async assignmentsOfRounds(ids: readonly string[], m: EntityManager = this.ds.manager): Promise<AssignmentRecord[][]> {
    const rows: AssignmentRow[] = await m.query(
      `SELECT a.id, a.round_id, a.reviewer_id, a.relation, a.state, a.created_at,
              ${SEAT_DONE} AS submitted
         FROM reviewer_assignment a WHERE a.round_id = ANY($1::uuid[])
        ORDER BY CASE a.relation WHEN 'SUPERVISOR' THEN 0 WHEN 'PEER' THEN 1 WHEN 'SUBORDINATE' THEN 2 ELSE 3 END, a.created_at`,
      [ids],
    );
    return groupBy(ids, rows.map(toAssignment), (a) => a.roundId);
  }

  /** The PEER rows of each round with the reviewer's name and position, oldest first. */
  async peerNominationsOfRounds(ids: readonly string[], m: EntityManager = this.ds.manager): Promise<PeerNominationRecord[][]> {
    const rows: Array<{
      id: string;
      round_id: string;
      reviewer_id: string;
      name: string;
      position: string;
      state: AssignmentStateValue;
      nominated_by: string | null;
      created_at: Date;
    }> = await m.query(
      `SELECT a.id, a.round_id, a.reviewer_id, e.name, e.position, a.state, a.nominated_by, a.created_at
         FROM reviewer_assignment a JOIN employee e ON e.id = a.reviewer_id
        WHERE a.round_id = ANY($1::uuid[]) AND a.relation = 'PEER'
        ORDER BY a.created_at, e.name`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.round_id).map((list) =>
      list.map((r) => ({
        id: r.id,
        reviewerId: r.reviewer_id,
        reviewerName: r.name,
        reviewerPosition: r.position,
        state: r.state,
        nominatedBy: r.nominated_by,
        createdAt: r.created_at,
      })),
    );
  }

  /** Counts of each round's seats (approved, done, pending nominations) per relation. */
  async progressOfRounds(ids: readonly string[], m: EntityManager = this.ds.manager): Promise<RoundProgressRecord[]> {
    const rows: Array<{
      round_id: string;
      supervisor_submitted: boolean | null;
      peers_approved: number;
      peers_submitted: number;
      nominations_pending: number;
      subordinates_approved: number;
      subordinates_submitted: number;
      self_submitted: boolean | null;
    }> = await m.query(
      `SELECT a.round_id,
              bool_or(a.relation = 'SUPERVISOR' AND s.done) AS supervisor_submitted,
              count(*) FILTER (WHERE a.relation = 'PEER' AND a.state = 'APPROVED')::int AS peers_approved,
              count(*) FILTER (WHERE a.relation = 'PEER' AND a.state = 'APPROVED' AND s.done)::int AS peers_submitted,
              count(*) FILTER (WHERE a.state = 'NOMINATED')::int AS nominations_pending,
              count(*) FILTER (WHERE a.relation = 'SUBORDINATE' AND a.state = 'APPROVED')::int AS subordinates_approved,
              count(*) FILTER (WHERE a.relation = 'SUBORDINATE' AND a.state = 'APPROVED' AND s.done)::int AS subordinates_submitted,
              bool_or(a.relation = 'SELF' AND s.done) AS self_submitted
         FROM reviewer_assignment a
         CROSS JOIN LATERAL (SELECT ${SEAT_DONE} AS done) s
        WHERE a.round_id = ANY($1::uuid[])
        GROUP BY a.round_id`,
      [ids],
    );
    const map = new Map(rows.map((r) => [r.round_id, r]));
    return ids.map((id) => {
      const r = map.get(id);
      return {
        supervisorSubmitted: Boolean(r?.supervisor_submitted),
        peersApproved: r?.peers_approved ?? 0,
        peersSubmitted: r?.peers_submitted ?? 0,
        nominationsPending: r?.nominations_pending ?? 0,
        subordinatesApproved: r?.subordinates_approved ?? 0,
        subordinatesSubmitted: r?.subordinates_submitted ?? 0,
        selfSubmitted: Boolean(r?.self_submitted),
      };
    });
  }

  // ---- reviews ------------------------------------------------------------------------------------

  /**
   * Stores a review as the assignment's next revision, with its scores. Lock the assignment row
   * first (seatOfReviewerForUpdate, same transaction), so concurrent submissions get distinct
   * revisions in order.
   */
  async addReviewRevision(r: NewReview, m: EntityManager = this.ds.manager): Promise<ReviewRecord> {
    const [{ next }] = await m.query(`SELECT coalesce(max(revision), 0) + 1 AS next FROM review WHERE assignment_id = $1`, [
      r.assignmentId,
    ]);
    const [row] = await m.query(
      `INSERT INTO review (round_id, assignment_id, reviewer_id, relation, revision, strengths, improvements)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, round_id, relation, revision, strengths, improvements, submitted_at`,
      [r.roundId, r.assignmentId, r.reviewerId, r.relation, next, r.strengths, r.improvements],
    );
    await m.query(
      `INSERT INTO review_score (review_id, core_value, score) SELECT $1, t.v, t.s FROM unnest($2::text[], $3::int[]) AS t(v, s)`,
      [row.id, r.scores.map((s) => s.value), r.scores.map((s) => s.score)],
    );
    return toReview(row, r.scores);
  }

  /** For each (round, reviewer) pair: that reviewer's current review of the round with its scores, or null. */
  async currentReviewsOf(
    pairs: ReadonlyArray<{ roundId: string; reviewerId: string }>,
    m: EntityManager = this.ds.manager,
  ): Promise<Array<ReviewRecord | null>> {
    const rows: Array<ReviewRow & { reviewer_id: string; scores: Array<{ core_value: CoreValueKey; score: number }> }> = await m.query(
      `SELECT cr.id, cr.round_id, cr.reviewer_id, cr.relation, cr.revision, cr.strengths, cr.improvements, cr.submitted_at,
              coalesce((SELECT json_agg(json_build_object('core_value', s.core_value, 'score', s.score))
                          FROM review_score s WHERE s.review_id = cr.id), '[]'::json) AS scores
         FROM current_review cr
         JOIN unnest($1::uuid[], $2::uuid[]) AS t(round_id, reviewer_id) ON cr.round_id = t.round_id AND cr.reviewer_id = t.reviewer_id`,
      [pairs.map((p) => p.roundId), pairs.map((p) => p.reviewerId)],
    );
    const map = new Map(rows.map((r) => [`${r.round_id}:${r.reviewer_id}`, r]));
    return pairs.map((p) => {
      const r = map.get(`${p.roundId}:${p.reviewerId}`);
      return r
        ? toReview(
            r,
            r.scores.map((s) => ({ value: s.core_value, score: s.score })),
          )
        : null;
    });
  }

  /** Current reviews' comments per round, in an order unrelated to who wrote them. */
  async commentsOfRounds(ids: readonly string[], m: EntityManager = this.ds.manager): Promise<CommentRecord[][]> {
    const rows: Array<CommentRecord & { round_id: string }> = await m.query(
      `SELECT round_id, relation, strengths, improvements FROM current_review WHERE round_id = ANY($1::uuid[]) ORDER BY md5(id::text)`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.round_id).map((list) =>
      list.map((r) => ({ relation: r.relation, strengths: r.strengths, improvements: r.improvements })),
    );
  }

  /**
   * Per relation and core value, the mean of the current reviews' scores (1–5) and how many
   * reviewers gave them, for a round report. Undisclosed: callers apply round-disclosure.ts.
   */
  async valueMeansOfRound(roundId: string, m: EntityManager = this.ds.manager): Promise<RoundValueMeanRecord[]> {
    const rows: Array<{ relation: ReviewerSourceValue; core_value: string; mean: number; reviewers: number }> = await m.query(
      `SELECT cr.relation, s.core_value, avg(s.score)::float8 AS mean, count(*)::int AS reviewers
         FROM current_review cr JOIN review_score s ON s.review_id = cr.id
        WHERE cr.round_id = $1 GROUP BY cr.relation, s.core_value`,
      [roundId],
    );
    return rows.map((r) => ({ relation: r.relation, coreValue: r.core_value, mean: r.mean, reviewers: r.reviewers }));
  }

  // --- Moving open rounds to a new supervisor (a reporting-line change) ---
  // The statements a reporting-line change runs on the employee's open rounds (evaluation_round,
  // reviewer_assignment; review is only read): see moveOpenRounds in the gateway's
  // organisation/reporting-line.ts for the rules. Lock order as submitReview: the supervisor seats
  // first, then the rounds.

  /** Locks the SUPERVISOR seats of the employee's DRAFT and OPEN rounds (FOR UPDATE). */
  async lockSupervisorSeats(employeeId: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(
      `SELECT a.id FROM reviewer_assignment a JOIN evaluation_round r ON r.id = a.round_id
        WHERE r.employee_id = $1 AND r.status IN ('DRAFT', 'OPEN') AND a.relation = 'SUPERVISOR'
        FOR UPDATE OF a`,
      [employeeId],
    );
  }

  /**
   * Locks and returns the employee's DRAFT and OPEN rounds whose supervisor is not already
   * `supervisorId` (null: rounds that have one), by id, with their SUPERVISOR seat.
   */
  async lockRoundsToMove(
    employeeId: string,
    supervisorId: string | null,
    m: EntityManager = this.ds.manager,
  ): Promise<RoundToMoveRecord[]> {
    const rows: Array<{ id: string; supervisor_id: string | null; seat_state: string | null; seat_submitted: boolean }> = await m.query(
      `SELECT r.id, r.supervisor_id, a.state AS seat_state,
              EXISTS (SELECT 1 FROM review v WHERE v.assignment_id = a.id) AS seat_submitted
         FROM evaluation_round r
         LEFT JOIN reviewer_assignment a ON a.round_id = r.id AND a.relation = 'SUPERVISOR'
        WHERE r.employee_id = $1 AND r.status IN ('DRAFT', 'OPEN') AND r.supervisor_id IS DISTINCT FROM $2::uuid
        ORDER BY r.id
        FOR UPDATE OF r`,
      [employeeId, supervisorId],
    );
    return rows.map((r) => ({ roundId: r.id, supervisorId: r.supervisor_id, seatState: r.seat_state, seatSubmitted: r.seat_submitted }));
  }

  /** Locks and returns the other (non-SUPERVISOR) seats `reviewerId` holds on these rounds. */
  async lockPeerSeats(roundIds: readonly string[], reviewerId: string, m: EntityManager = this.ds.manager): Promise<PeerSeatRecord[]> {
    const rows: Array<{ id: string; round_id: string; submitted: boolean }> = await m.query(
      `SELECT a.id, a.round_id, EXISTS (SELECT 1 FROM review v WHERE v.assignment_id = a.id) AS submitted
         FROM reviewer_assignment a
        WHERE a.round_id = ANY($1::uuid[]) AND a.reviewer_id = $2 AND a.relation <> 'SUPERVISOR'
        FOR UPDATE`,
      [roundIds, reviewerId],
    );
    return rows.map((r) => ({ id: r.id, roundId: r.round_id, submitted: r.submitted }));
  }

  /** Deletes seats (ones without a review: reviews reference their seat). */
  async deleteSeats(seatIds: readonly string[], m: EntityManager = this.ds.manager): Promise<void> {
    if (!seatIds.length) return;
    await m.query(`DELETE FROM reviewer_assignment WHERE id = ANY($1::uuid[])`, [seatIds]);
  }

  /** Sets the rounds' supervisor (null: none, only an ADMIN manages them). */
  async setRoundSupervisor(roundIds: readonly string[], supervisorId: string | null, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE evaluation_round SET supervisor_id = $2 WHERE id = ANY($1::uuid[])`, [roundIds, supervisorId]);
  }

  /**
   * Gives each round's SUPERVISOR seat to `supervisorId`, APPROVED and decided by `actorId`:
   * the existing seat changes hands, a round without one gets one.
   */
  async giveSupervisorSeats(
    roundIds: readonly string[],
    supervisorId: string,
    actorId: string,
    m: EntityManager = this.ds.manager,
  ): Promise<void> {
    await m.query(
      `UPDATE reviewer_assignment SET reviewer_id = $2, state = 'APPROVED', decided_by = $3, decided_at = now()
        WHERE round_id = ANY($1::uuid[]) AND relation = 'SUPERVISOR'`,
      [roundIds, supervisorId, actorId],
    );
    await m.query(
      `INSERT INTO reviewer_assignment (round_id, reviewer_id, relation, state, nominated_by, decided_by, decided_at)
       SELECT t.id, $2, 'SUPERVISOR', 'APPROVED', $3, $3, now() FROM unnest($1::uuid[]) AS t(id)
        WHERE NOT EXISTS (SELECT 1 FROM reviewer_assignment a WHERE a.round_id = t.id AND a.relation = 'SUPERVISOR')`,
      [roundIds, supervisorId, actorId],
    );
  }

  /** Sets each round's SUPERVISOR seat REJECTED, decided by `actorId` (the line was cleared). */
  async rejectSupervisorSeats(roundIds: readonly string[], actorId: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(
      `UPDATE reviewer_assignment SET state = 'REJECTED', decided_by = $2, decided_at = now()
        WHERE round_id = ANY($1::uuid[]) AND relation = 'SUPERVISOR'`,
      [roundIds, actorId],
    );
  }

  // ---- team dashboard -----------------------------------------------------------------------------

  /**
   * Every round of a team dashboard (see TeamDashboardQuery), by employee name then round id, in one
   * statement whatever the team's size.
   */
  async teamDashboardRows(q: TeamDashboardQuery, m: EntityManager = this.ds.manager): Promise<TeamDashboardRowRecord[]> {
    const params: unknown[] = [q.agencyId, q.periodId, q.viewerId];
    const where = ['r.agency_id = $1', 'r.period_id = $2', 'r.employee_id <> $3'];
    if (q.team) {
      params.push(q.team.headedUnitIds);
      where.push(`(r.supervisor_id = $3 OR e.supervisor_id = $3 OR r.unit_id_at_open = ANY($${params.length}::uuid[]))`);
    }
    if (q.unitId) {
      params.push(q.unitId);
      where.push(`r.unit_id_at_open IN (WITH RECURSIVE sub AS (SELECT id FROM unit WHERE id = $${params.length} AND agency_id = $1
         UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)`);
    }
    const rows: Array<RoundRow & { employee_name: string; employee_nip: string; unit_name: string }> = await m.query(
      `SELECT ${ROUND_COLUMNS}, e.name AS employee_name, e.nip AS employee_nip, u.name AS unit_name
         FROM evaluation_round r
         JOIN employee e ON e.id = r.employee_id
         JOIN unit u ON u.id = r.unit_id_at_open
        WHERE ${where.join(' AND ')}
        ORDER BY e.name, r.id`,
      params,
    );
    return rows.map((r) => ({ round: toRound(r), employeeName: r.employee_name, employeeNip: r.employee_nip, unitName: r.unit_name }));
  }

  /**
   * The approved reviewer seats of the rounds, with the reviewer's name and whether they submitted,
   * grouped per round in the order of `ids` (supervisor, peers, subordinates, self; then by name).
   */
  async reviewSeatsOfRounds(ids: readonly string[], m: EntityManager = this.ds.manager): Promise<ReviewSeatRecord[][]> {
    const rows: Array<{ round_id: string; reviewer_id: string; name: string; relation: ReviewerSourceValue; submitted: boolean }> =
      await m.query(
        `SELECT a.round_id, a.reviewer_id, e.name, a.relation, ${SEAT_DONE} AS submitted
           FROM reviewer_assignment a JOIN employee e ON e.id = a.reviewer_id
          WHERE a.round_id = ANY($1::uuid[]) AND a.state = 'APPROVED'
          ORDER BY CASE a.relation WHEN 'SUPERVISOR' THEN 0 WHEN 'PEER' THEN 1 WHEN 'SUBORDINATE' THEN 2 ELSE 3 END, e.name, a.id`,
        [ids],
      );
    return groupBy(
      ids,
      rows.map((r) => ({
        roundId: r.round_id,
        reviewerId: r.reviewer_id,
        reviewerName: r.name,
        relation: r.relation,
        submitted: r.submitted,
      })),
      (r) => r.roundId,
    );
  }
}
