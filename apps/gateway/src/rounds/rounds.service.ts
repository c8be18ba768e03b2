import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@k360/database';
import { ARCAMANIK_360_V1, CORE_VALUES } from '@k360/scoring';
import { OUTBOX_TOPICS, roundClosedKey } from '@k360/queue';
import { Actor, isAdmin } from '../auth/actor';
import { AuthErrors } from '../auth/auth.errors';
import { isUniqueViolation } from '../organisation/organisation.errors';
import {
  AssignReviewerInput,
  CloseRoundInput,
  CreatePeriodInput,
  DecideNominationInput,
  OpenRoundInput,
  OpenRoundsForUnitInput,
  PublishInstrumentInput,
  ReopenRoundInput,
  SubmitReviewInput,
} from './dto/round.inputs';
import { AssignmentState, CoreValue, ReviewerRelation, RoundStatus } from './models/enums';
import { Colleague, Period, Review, ReviewerAssignment } from './models/round.models';
import { RoundErrors } from './rounds.errors';
import { RoundsPolicy } from './rounds.policy';
import { returning } from '../common/sql';
import { AppError } from '../common/app-error';
import { ROUND_COLUMNS, RoundRow, toAssignment, toPeriod, toReview, toRound } from './rounds.mappers';

type Round = ReturnType<typeof toRound>;

/**
 * Periods, rounds, reviewers and reviews: the staff side of the 360° evaluation.
 * Rules (docs/domain.md): one round per employee per period; the direct supervisor reviews
 * automatically; peers are nominated and approved; a reviewer submits once per round and may
 * revise until close (every revision is kept); the supervisor closes, which writes one outbox
 * row in the same transaction.
 * Who may act: the role an operation needs is declared on RoundsResolver (@Roles, decided by the
 * AuthGuard before input validation); the per-record rules are RoundsPolicy.
 */
@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly policy: RoundsPolicy,
  ) {}

  get manager(): EntityManager {
    return this.ds.manager;
  }

  // ---- periods ------------------------------------------------------------------------------

  async createPeriod(actor: Actor, input: CreatePeriodInput, requestId?: string): Promise<Period> {
    if (input.endsOn < input.startsOn) throw RoundErrors.badPeriod('endsOn sebelum startsOn');
    const days = (Date.parse(input.endsOn) - Date.parse(input.startsOn)) / 86_400_000;
    if (days > 366) throw RoundErrors.badPeriod('periode paling lama satu tahun');
    return this.ds.transaction(async (m) => {
      let row;
      try {
        [row] = await m.query(
          `INSERT INTO period (agency_id, name, kind, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5) RETURNING id, agency_id, name, kind, starts_on::text, ends_on::text`,
          [actor.agencyId, input.name.trim(), input.kind, input.startsOn, input.endsOn],
        );
      } catch (err) {
        if (isUniqueViolation(err, 'period_name_uq')) throw RoundErrors.duplicatePeriod();
        throw err;
      }
      await this.audit.forEmployee(actor, requestId).record(m, 'PERIOD_CREATED', 'period', row.id, { after: { ...input } });
      return toPeriod(row);
    });
  }

  async periods(actor: Actor): Promise<Period[]> {
    const rows = await this.ds.query(
      `SELECT id, agency_id, name, kind, starts_on::text, ends_on::text FROM period WHERE agency_id = $1 ORDER BY starts_on DESC, name`,
      [actor.agencyId],
    );
    return rows.map(toPeriod);
  }

  async period(actor: Actor, id: string, m: EntityManager = this.ds.manager): Promise<Period> {
    const [row] = await m.query(
      `SELECT id, agency_id, name, kind, starts_on::text, ends_on::text FROM period WHERE id = $1 AND agency_id = $2`,
      [id, actor.agencyId],
    );
    if (!row) throw RoundErrors.notFound('Periode');
    return toPeriod(row);
  }

  /**
   * ADMIN publishes a new version of the instrument for the agency. Rounds opened from now on use
   * it; open and closed rounds keep the version they opened with.
   */
  async publishInstrument(actor: Actor, input: PublishInstrumentInput, requestId?: string) {
    const values = input.items.map((i) => i.value);
    const missing = CORE_VALUES.filter((v) => !values.includes(v as CoreValue));
    if (missing.length || new Set(values).size !== 7) {
      throw new AppError(
        'BAD_USER_INPUT',
        `Instrumen harus memuat ketujuh nilai BerAKHLAK tepat sekali (kurang: ${missing.join(', ') || '-'}).`,
        [{ field: 'items', reasons: ['all seven core values, each once'] }],
      );
    }
    const items = CORE_VALUES.map((v) => {
      const i = input.items.find((x) => x.value === v)!;
      return { value: i.value, name: i.name.trim(), description: i.description.trim(), anchors: i.anchors.map((a) => a.trim()) };
    });
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('instrument:' || $1))`, [actor.agencyId]);
      const [{ next }] = await m.query(
        `SELECT coalesce(max(version), 0) + 1 AS next FROM instrument_version WHERE agency_id = $1 OR agency_id IS NULL`,
        [actor.agencyId],
      );
      const [row] = await m.query(
        `INSERT INTO instrument_version (agency_id, version, items, published_by) VALUES ($1, $2, $3, $4) RETURNING id, version, items, published_at`,
        [actor.agencyId, next, JSON.stringify(items), actor.id],
      );
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'INSTRUMENT_PUBLISHED', 'instrument_version', row.id, { after: { version: row.version } });
      return { id: row.id, version: row.version, items: row.items, publishedAt: row.published_at };
    });
  }

  // ---- opening ------------------------------------------------------------------------------

  /** The newest instrument for the agency: its own latest version, else the national default. */
  async currentInstrumentId(m: EntityManager, agencyId: string): Promise<string> {
    const [row] = await m.query(
      `SELECT id FROM instrument_version WHERE agency_id = $1 OR agency_id IS NULL ORDER BY (agency_id IS NULL), version DESC LIMIT 1`,
      [agencyId],
    );
    return row.id;
  }

  /**
   * Lock order with a reporting-line change (EmployeesService.update + moveOpenRounds): that change
   * takes the agency's reporting-line advisory lock, then the employee row FOR UPDATE, then the
   * SUPERVISOR seats and the rounds of the employee. Opening a round takes the employee row FOR
   * SHARE first and only then writes the round and its seat: the same order (employee before
   * rounds), so the two cannot deadlock, and either the change commits first (the open waits on the
   * row and reads the new supervisor) or the open commits first (the change, waiting on the row,
   * then finds the new round and moves it). FOR SHARE, not FOR UPDATE: opens for one employee in
   * different periods need not wait for each other, only for a change of the row.
   */
  async openRound(actor: Actor, input: OpenRoundInput, requestId?: string): Promise<Round> {
    return this.ds.transaction(async (m) => {
      await this.period(actor, input.periodId, m);
      const [employee] = await m.query(
        `SELECT id, agency_id, supervisor_id, position, unit_id, active FROM employee WHERE id = $1 AND agency_id = $2 FOR SHARE`,
        [input.employeeId, actor.agencyId],
      );
      if (!employee) throw RoundErrors.notFound('Pegawai');
      if (!this.policy.canOpenFor(actor, { agencyId: employee.agency_id, supervisorId: employee.supervisor_id }))
        throw AuthErrors.forbidden();
      if (!employee.active) throw RoundErrors.reviewerInactive();
      if (!employee.supervisor_id) throw RoundErrors.noSupervisor();
      const instrumentId = await this.currentInstrumentId(m, actor.agencyId);
      let row: RoundRow;
      try {
        [row] = await m.query(
          `INSERT INTO evaluation_round (agency_id, employee_id, period_id, status, position_at_open, unit_id_at_open, supervisor_id, policy, instrument_version_id, opened_by)
           VALUES ($1, $2, $3, 'OPEN', $4, $5, $6, $7, $8, $9)
           RETURNING ${ROUND_COLUMNS.replace(/r\./g, '')}`,
          [
            actor.agencyId,
            employee.id,
            input.periodId,
            employee.position,
            employee.unit_id,
            employee.supervisor_id,
            JSON.stringify(ARCAMANIK_360_V1),
            instrumentId,
            actor.id,
          ],
        );
      } catch (err) {
        if (isUniqueViolation(err, 'evaluation_round_employee_period_uq')) throw RoundErrors.duplicateRound();
        throw err;
      }
      await m.query(
        `INSERT INTO reviewer_assignment (round_id, reviewer_id, relation, state, nominated_by, decided_by, decided_at) VALUES ($1, $2, 'SUPERVISOR', 'APPROVED', $3, $3, now())`,
        [row.id, employee.supervisor_id, actor.id],
      );
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'ROUND_OPENED', 'evaluation_round', row.id, {
          after: { employeeId: employee.id, periodId: input.periodId, policy: ARCAMANIK_360_V1.code },
        });
      return toRound(row);
    });
  }

  /** Opens a round for every active employee (with a supervisor) of a unit; existing rounds are left alone. */
  async openRoundsForUnit(actor: Actor, input: OpenRoundsForUnitInput, requestId?: string) {
    return this.ds.transaction(async (m) => {
      await this.period(actor, input.periodId, m);
      const [unit] = await m.query(`SELECT id FROM unit WHERE id = $1 AND agency_id = $2`, [input.unitId, actor.agencyId]);
      if (!unit) throw RoundErrors.notFound('Unit');
      const instrumentId = await this.currentInstrumentId(m, actor.agencyId);
      const units = input.includeSubunits
        ? `(WITH RECURSIVE sub AS (SELECT id FROM unit WHERE id = $2 UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)`
        : `($2)`;
      // The employee rows first, FOR SHARE in id order, as openRound does (lock order: see there), so
      // no round is opened with a supervisor a concurrent reporting-line change is replacing; the
      // statements below run after the wait and read the committed reporting line.
      await m.query(`SELECT id FROM employee WHERE agency_id = $1 AND active AND unit_id IN ${units} ORDER BY id FOR SHARE`, [
        actor.agencyId,
        input.unitId,
      ]);
      const [{ total, without_supervisor }] = await m.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE supervisor_id IS NULL)::int AS without_supervisor
           FROM employee WHERE agency_id = $1 AND active AND unit_id IN ${units}`,
        [actor.agencyId, input.unitId],
      );
      const opened: Array<{ id: string; supervisor_id: string }> = await m.query(
        `INSERT INTO evaluation_round (agency_id, employee_id, period_id, status, position_at_open, unit_id_at_open, supervisor_id, policy, instrument_version_id, opened_by)
         SELECT $1, e.id, $3, 'OPEN', e.position, e.unit_id, e.supervisor_id, $4, $5, $6
           FROM employee e
          WHERE e.agency_id = $1 AND e.active AND e.supervisor_id IS NOT NULL AND e.unit_id IN ${units}
         ON CONFLICT (employee_id, period_id) DO NOTHING
         RETURNING id, supervisor_id`,
        [actor.agencyId, input.unitId, input.periodId, JSON.stringify(ARCAMANIK_360_V1), instrumentId, actor.id],
      );
      if (opened.length) {
        await m.query(
          `INSERT INTO reviewer_assignment (round_id, reviewer_id, relation, state, nominated_by, decided_by, decided_at)
           SELECT t.round_id, t.supervisor_id, 'SUPERVISOR', 'APPROVED', $3, $3, now() FROM unnest($1::uuid[], $2::uuid[]) AS t(round_id, supervisor_id)`,
          [opened.map((o) => o.id), opened.map((o) => o.supervisor_id), actor.id],
        );
      }
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'ROUNDS_OPENED_FOR_UNIT', 'unit', input.unitId, { after: { periodId: input.periodId, opened: opened.length } });
      return { opened: opened.length, alreadyOpen: total - without_supervisor - opened.length, withoutSupervisor: without_supervisor };
    });
  }

  // ---- reading ------------------------------------------------------------------------------

  async loadRound(actor: Actor, id: string, m: EntityManager = this.ds.manager, lock = false): Promise<Round> {
    const [row] = await m.query(
      `SELECT ${ROUND_COLUMNS} FROM evaluation_round r WHERE r.id = $1 AND r.agency_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [id, actor.agencyId],
    );
    if (!row) throw RoundErrors.notFound('Putaran penilaian');
    return toRound(row);
  }

  async getRound(actor: Actor, id: string): Promise<Round> {
    const round = await this.loadRound(actor, id);
    if (await this.policy.canSeeFeedback(actor, round)) return round;
    const [assigned] = await this.ds.query(
      `SELECT 1 AS hit FROM reviewer_assignment WHERE round_id = $1 AND reviewer_id = $2 AND state <> 'REJECTED'`,
      [id, actor.id],
    );
    if (!assigned) throw AuthErrors.forbidden();
    return round;
  }

  async myRounds(actor: Actor): Promise<Round[]> {
    const rows = await this.ds.query(
      `SELECT ${ROUND_COLUMNS} FROM evaluation_round r JOIN period p ON p.id = r.period_id WHERE r.employee_id = $1 ORDER BY p.starts_on DESC`,
      [actor.id],
    );
    return rows.map(toRound);
  }

  /** Rounds of the caller's team (SUPERVISOR: direct and indirect reports; ADMIN: the agency) in a period. */
  async teamRounds(actor: Actor, periodId: string): Promise<Round[]> {
    const scope = this.policy.teamScope(actor);
    if (scope.kind === 'self') throw AuthErrors.forbidden();
    const rows = await this.ds.query(
      `SELECT ${ROUND_COLUMNS}
         FROM evaluation_round r JOIN employee e ON e.id = r.employee_id
        WHERE r.agency_id = $1 AND r.period_id = $2
          ${
            scope.kind === 'team'
              ? `AND r.employee_id IN (WITH RECURSIVE team AS (SELECT id FROM employee WHERE supervisor_id = $3
                   UNION SELECT x.id FROM employee x JOIN team t ON x.supervisor_id = t.id) SELECT id FROM team)`
              : ''
          }
        ORDER BY e.name, r.id`,
      scope.kind === 'team' ? [actor.agencyId, periodId, actor.id] : [actor.agencyId, periodId],
    );
    return rows.map(toRound);
  }

  /**
   * Approved assignments of the caller in open rounds that still wait for their review: no review
   * yet, or (a SUPERVISOR seat moved by a reporting-line change) the seat's current revision is
   * someone else's, which closeRound does not accept as the current supervisor's.
   */
  async reviewsWaitingForMe(actor: Actor): Promise<ReviewerAssignment[]> {
    const rows = await this.ds.query(
      `SELECT a.id, a.round_id, a.reviewer_id, a.relation, a.state, a.created_at, false AS submitted
         FROM reviewer_assignment a JOIN evaluation_round r ON r.id = a.round_id
        WHERE a.reviewer_id = $1 AND a.state = 'APPROVED' AND r.status = 'OPEN'
          AND (SELECT v.reviewer_id FROM review v WHERE v.assignment_id = a.id ORDER BY v.revision DESC LIMIT 1) IS DISTINCT FROM a.reviewer_id
        ORDER BY a.created_at`,
      [actor.id],
    );
    return rows.map(toAssignment);
  }

  /** Peer nominations waiting for the caller's approval (as the supervisor the round opened under). */
  async nominationsWaitingForMe(actor: Actor): Promise<ReviewerAssignment[]> {
    const rows = await this.ds.query(
      `SELECT a.id, a.round_id, a.reviewer_id, a.relation, a.state, a.created_at, false AS submitted
         FROM reviewer_assignment a JOIN evaluation_round r ON r.id = a.round_id
        WHERE r.agency_id = $2 AND a.state = 'NOMINATED' AND r.status = 'OPEN' AND ($3 OR r.supervisor_id = $1)
        ORDER BY a.created_at`,
      [actor.id, actor.agencyId, isAdmin(actor)],
    );
    return rows.map(toAssignment);
  }

  /**
   * Active colleagues of the caller's agency whose name contains `search` (at least 2 characters),
   * for nominating peers: name, position and unit only, the caller left out, at most `first`.
   */
  async colleagues(actor: Actor, search: string, first: number): Promise<Colleague[]> {
    const q = search.trim();
    if (q.length < 2 || q.length > 100)
      throw new AppError('BAD_USER_INPUT', 'Ketik 2–100 huruf nama rekan. / Type 2–100 characters of a name.', [
        { field: 'search', reasons: ['2 to 100 characters'] },
      ]);
    if (!Number.isInteger(first) || first < 1 || first > 50)
      throw new AppError('BAD_USER_INPUT', 'first harus 1–50. / first must be 1–50.', [{ field: 'first', reasons: ['1 to 50'] }]);
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.ds.query(
      `SELECT e.id, e.name, e.position, u.name AS unit_name
         FROM employee e JOIN unit u ON u.id = e.unit_id
        WHERE e.agency_id = $1 AND e.active AND e.id <> $2 AND e.name ILIKE $3
        ORDER BY e.name, e.id LIMIT $4`,
      [actor.agencyId, actor.id, like, first],
    );
    return rows.map((r: Record<string, any>) => ({ id: r.id, name: r.name, position: r.position, unitName: r.unit_name }));
  }

  // ---- reviewers ----------------------------------------------------------------------------

  async assignReviewer(actor: Actor, input: AssignReviewerInput, requestId?: string): Promise<ReviewerAssignment> {
    if (input.relation === ReviewerRelation.SUPERVISOR) throw RoundErrors.supervisorAutomatic();
    return this.ds.transaction(async (m) => {
      const round = await this.loadRound(actor, input.roundId, m, true);
      const manages = this.policy.canManage(actor, round);
      const isEmployee = round.employeeId === actor.id;
      if (!manages && !isEmployee) throw AuthErrors.forbidden();
      if (round.status !== RoundStatus.OPEN) throw RoundErrors.roundNotOpen(round.status);
      // The employee may nominate peers (approved later by the supervisor) and add their self-review.
      if (!manages && input.relation === ReviewerRelation.SUBORDINATE) throw AuthErrors.forbidden();
      const [reviewer] = await m.query(`SELECT id, active, supervisor_id FROM employee WHERE id = $1 AND agency_id = $2`, [
        input.reviewerId,
        actor.agencyId,
      ]);
      if (!reviewer) throw RoundErrors.notFound('Penilai');
      if (!reviewer.active) throw RoundErrors.reviewerInactive();
      if (input.relation === ReviewerRelation.SELF && reviewer.id !== round.employeeId) throw RoundErrors.selfMustBeSelf();
      if (input.relation !== ReviewerRelation.SELF && reviewer.id === round.employeeId) throw RoundErrors.selfReviewAsPeer();
      if (input.relation === ReviewerRelation.SUBORDINATE && reviewer.supervisor_id !== round.employeeId)
        throw RoundErrors.notASubordinate();
      const state = input.relation === ReviewerRelation.PEER && !manages ? AssignmentState.NOMINATED : AssignmentState.APPROVED;
      let row;
      try {
        [row] = await m.query(
          `INSERT INTO reviewer_assignment (round_id, reviewer_id, relation, state, nominated_by, decided_by, decided_at)
           VALUES ($1, $2, $3, $4, $5, CASE WHEN $4 = 'APPROVED' THEN $5::uuid END, CASE WHEN $4 = 'APPROVED' THEN now() END)
           RETURNING id, round_id, reviewer_id, relation, state, created_at, false AS submitted`,
          [round.id, reviewer.id, input.relation, state, actor.id],
        );
      } catch (err) {
        if (isUniqueViolation(err, 'reviewer_assignment_uq')) throw RoundErrors.duplicateReviewer();
        throw err;
      }
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, state === AssignmentState.NOMINATED ? 'REVIEWER_NOMINATED' : 'REVIEWER_ASSIGNED', 'evaluation_round', round.id, {
          after: { reviewerId: reviewer.id, relation: input.relation },
        });
      return toAssignment(row);
    });
  }

  async decideNomination(actor: Actor, input: DecideNominationInput, requestId?: string): Promise<ReviewerAssignment> {
    return this.ds.transaction(async (m) => {
      const [a] = await m.query(`SELECT id, round_id, state FROM reviewer_assignment WHERE id = $1 FOR UPDATE`, [input.assignmentId]);
      if (!a) throw RoundErrors.notFound('Usulan penilai');
      const round = await this.loadRound(actor, a.round_id, m);
      if (!this.policy.canManage(actor, round)) throw AuthErrors.forbidden();
      if (round.status !== RoundStatus.OPEN) throw RoundErrors.roundNotOpen(round.status);
      if (a.state !== AssignmentState.NOMINATED) throw RoundErrors.nominationNotPending();
      const [row] = returning<Parameters<typeof toAssignment>[0]>(
        await m.query(
          `UPDATE reviewer_assignment SET state = $2, decided_by = $3, decided_at = now() WHERE id = $1
           RETURNING id, round_id, reviewer_id, relation, state, created_at, false AS submitted`,
          [a.id, input.approve ? AssignmentState.APPROVED : AssignmentState.REJECTED, actor.id],
        ),
      );
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, input.approve ? 'NOMINATION_APPROVED' : 'NOMINATION_REJECTED', 'evaluation_round', round.id, {
          after: { assignmentId: a.id },
        });
      return toAssignment(row);
    });
  }

  // ---- reviews ------------------------------------------------------------------------------

  /**
   * Stores the caller's review as a new revision. The assignment row is locked first, so two
   * concurrent submissions by one reviewer become two revisions in order, and exactly one of
   * them is current.
   */
  async submitReview(actor: Actor, input: SubmitReviewInput): Promise<Review> {
    const values = input.scores.map((s) => s.value);
    const missing = CORE_VALUES.filter((v) => !values.includes(v as CoreValue));
    if (missing.length) throw RoundErrors.badScores(`nilai untuk ${missing.join(', ')} belum diisi`);
    if (new Set(values).size !== values.length) throw RoundErrors.badScores('setiap nilai hanya boleh sekali');
    const strengths = input.strengths?.trim() || null;
    const improvements = input.improvements?.trim() || null;
    return this.ds.transaction(async (m) => {
      const round = await this.loadRound(actor, input.roundId, m);
      const [assignment] = await m.query(
        `SELECT id, relation, state FROM reviewer_assignment WHERE round_id = $1 AND reviewer_id = $2 FOR UPDATE`,
        [round.id, actor.id],
      );
      if (!assignment || assignment.state === AssignmentState.REJECTED) throw RoundErrors.notAReviewer();
      if (assignment.state === AssignmentState.NOMINATED) throw RoundErrors.notAReviewer(' (usulan belum disetujui atasan)');
      const [fresh] = await m.query(`SELECT status FROM evaluation_round WHERE id = $1 FOR SHARE`, [round.id]);
      if (fresh.status !== RoundStatus.OPEN) throw RoundErrors.roundNotOpen(fresh.status);
      if (assignment.relation === ReviewerRelation.SUPERVISOR && ((strengths?.length ?? 0) < 10 || (improvements?.length ?? 0) < 10)) {
        throw RoundErrors.commentsRequired();
      }
      const [{ next }] = await m.query(`SELECT coalesce(max(revision), 0) + 1 AS next FROM review WHERE assignment_id = $1`, [
        assignment.id,
      ]);
      const [row] = await m.query(
        `INSERT INTO review (round_id, assignment_id, reviewer_id, relation, revision, strengths, improvements)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, round_id, relation, revision, strengths, improvements, submitted_at`,
        [round.id, assignment.id, actor.id, assignment.relation, next, strengths, improvements],
      );
      await m.query(
        `INSERT INTO review_score (review_id, core_value, score) SELECT $1, t.v, t.s FROM unnest($2::text[], $3::int[]) AS t(v, s)`,
        [row.id, input.scores.map((s) => s.value), input.scores.map((s) => s.score)],
      );
      return toReview(row, sortScores(input.scores.map((s) => ({ core_value: s.value, score: s.score }))));
    });
  }

  // ---- closing ------------------------------------------------------------------------------

  /**
   * Closes an open round: the SUPERVISOR seat's current review must be the current supervisor's
   * own; with no KPI data the hasil kerja rating is required. The status change and the outbox row
   * commit together; a second close (even concurrent) finds the round no longer OPEN and changes
   * nothing.
   */
  async closeRound(actor: Actor, input: CloseRoundInput, requestId?: string): Promise<Round> {
    return this.ds.transaction(async (m) => {
      const round = await this.loadRound(actor, input.roundId, m, true);
      if (!this.policy.canManage(actor, round)) throw AuthErrors.forbidden();
      if (round.status === RoundStatus.CLOSED || round.status === RoundStatus.SCORED) return round;
      if (round.status !== RoundStatus.OPEN) throw RoundErrors.roundNotOpen(round.status);
      // The current revision of the SUPERVISOR seat must be written by the round's current
      // supervisor: after a reporting-line change the seat keeps the former supervisor's review
      // (a fact), and the new supervisor must assess before closing. The round row is locked, and a
      // reporting-line change moves the seat only after locking the round, so the seat's reviewer
      // and round.supervisor_id agree here. Only an ADMIN closing a round that has no supervisor
      // (the line was cleared) may close on the review on record, whoever wrote it.
      // (The seat's newest revision, as the current_review view defines it, read per assignment.)
      const [sup] = await m.query(
        `SELECT 1 AS hit
           FROM reviewer_assignment a
           JOIN LATERAL (SELECT v.reviewer_id FROM review v WHERE v.assignment_id = a.id ORDER BY v.revision DESC LIMIT 1) cur ON true
          WHERE a.round_id = $1 AND a.relation = 'SUPERVISOR' AND ($2::uuid IS NULL OR cur.reviewer_id = $2::uuid)`,
        [round.id, round.supervisorId],
      );
      if (!sup) throw RoundErrors.supervisorReviewRequired();
      if (!input.hasilKerjaRating) throw RoundErrors.hasilKerjaRequired();
      const [row] = returning<RoundRow>(
        await m.query(
          `UPDATE evaluation_round SET status = 'CLOSED', closed_at = now(), closed_by = $2, hasil_kerja_rating = $3, override_reason = $4,
                close_count = close_count + 1
          WHERE id = $1 AND status = 'OPEN' RETURNING ${ROUND_COLUMNS.replace(/r\./g, '')}`,
          [round.id, actor.id, input.hasilKerjaRating, input.overrideReason?.trim() || null],
        ),
      );
      const closed = toRound(row);
      await m.query(`INSERT INTO outbox (topic, dedupe_key, payload) VALUES ($1, $2, $3) ON CONFLICT (dedupe_key) DO NOTHING`, [
        OUTBOX_TOPICS.ROUND_CLOSED,
        roundClosedKey(round.id, closed.closeCount),
        JSON.stringify({ roundId: round.id, closeCount: closed.closeCount }),
      ]);
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'ROUND_CLOSED', 'evaluation_round', round.id, {
          before: { status: round.status },
          after: { status: 'CLOSED', hasilKerjaRating: input.hasilKerjaRating, overrideReason: input.overrideReason ?? null },
        });
      return closed;
    });
  }

  /** ADMIN reopens a closed or scored round, with a reason (audited); reviewers may revise again. */
  async reopenRound(actor: Actor, input: ReopenRoundInput, requestId?: string): Promise<Round> {
    return this.ds.transaction(async (m) => {
      const round = await this.loadRound(actor, input.roundId, m, true);
      if (round.status !== RoundStatus.CLOSED && round.status !== RoundStatus.SCORED) throw RoundErrors.roundNotOpen(round.status);
      await m.query(`UPDATE evaluation_round SET status = 'OPEN', reopen_reason = $2 WHERE id = $1`, [round.id, input.reason.trim()]);
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'ROUND_REOPENED', 'evaluation_round', round.id, {
          before: { status: round.status },
          after: { status: 'OPEN', reason: input.reason.trim() },
        });
      return this.loadRound(actor, round.id, m);
    });
  }
}

function sortScores<T extends { core_value: string }>(scores: T[]): T[] {
  return [...scores].sort((a, b) => CORE_VALUES.indexOf(a.core_value as never) - CORE_VALUES.indexOf(b.core_value as never));
}
