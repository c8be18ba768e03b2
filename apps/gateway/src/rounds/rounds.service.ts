import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AssignmentRecord,
  AuditService,
  ColleagueRecord,
  HasilKerjaService,
  InstrumentVersionRecord,
  OutboxRepository,
  PERIOD_NAME_UQ,
  PeriodProgressRecord,
  PeriodRecord,
  REVIEWER_ASSIGNMENT_UQ,
  ReviewRecord,
  ROUND_EMPLOYEE_PERIOD_UQ,
  RoundRecord,
  RoundsRepository,
} from '@k360/database';
import { CORE_VALUES, CoreValueKey, isUuid, RatingValue, REVIEW_DEADLINE_MAX_DAYS_AFTER_PERIOD, ScoringPolicy } from '@k360/scoring';
import { OUTBOX_TOPICS, roundClosedKey } from '@k360/queue';
import { Actor, isAdmin } from '../auth/actor';
import { AuthErrors } from '../auth/auth.errors';
import { isUniqueViolation } from '../organisation/organisation.errors';
import type * as Inputs from './dto/round.inputs';
import { AssignmentState, CoreValue, ReviewerRelation, RoundStatus } from './models/enums';
import { RoundErrors } from './rounds.errors';
import { RoundsPolicy } from './rounds.policy';
import { AppError, invalidField } from '../common/app-error';
import { decodeNameCursor, encodeNameCursor, peopleSearch } from '../common/name-page';
import { ScoringPoliciesService } from '../scoring-policies/scoring-policies.service';

/**
 * Periods, rounds, reviewers and reviews: the staff side of the 360° evaluation.
 * Rules (docs/domain.md): one round per employee per period; the direct supervisor reviews
 * automatically; peers are nominated and approved; a reviewer submits once per round and may
 * revise until close (every revision is kept); the supervisor closes, which writes one outbox
 * row in the same transaction.
 * Who may act: the role an operation needs is declared on RoundsResolver (@Roles, decided by the
 * AuthGuard before input validation); the per-record rules are RoundsPolicy. Every statement is
 * RoundsRepository's (libs/database); the outbox row is OutboxRepository's.
 */
@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly policy: RoundsPolicy,
    private readonly rounds: RoundsRepository,
    private readonly outbox: OutboxRepository,
    private readonly hasilKerja: HasilKerjaService,
    private readonly scoringPolicies: ScoringPoliciesService,
  ) {}

  // ---- periods ------------------------------------------------------------------------------

  async createPeriod(actor: Actor, input: Inputs.CreatePeriodInput, requestId?: string): Promise<PeriodRecord> {
    if (input.endsOn < input.startsOn) throw RoundErrors.badPeriod('endsOn sebelum startsOn');
    const days = (Date.parse(input.endsOn) - Date.parse(input.startsOn)) / 86_400_000;
    if (days > 366) throw RoundErrors.badPeriod('periode paling lama satu tahun');
    const deadline = input.reviewDeadline ?? null;
    if (deadline !== null && deadline < input.startsOn) throw RoundErrors.badPeriod('batas waktu penilaian sebelum startsOn');
    if (deadline !== null && (Date.parse(deadline) - Date.parse(input.endsOn)) / 86_400_000 > REVIEW_DEADLINE_MAX_DAYS_AFTER_PERIOD) {
      throw RoundErrors.badPeriod(`batas waktu penilaian paling lambat ${REVIEW_DEADLINE_MAX_DAYS_AFTER_PERIOD} hari setelah endsOn`);
    }
    return this.ds.transaction(async (m) => {
      let period: PeriodRecord;
      try {
        period = await this.rounds.addPeriod(
          {
            agencyId: actor.agencyId,
            name: input.name.trim(),
            kind: input.kind,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            reviewDeadline: deadline,
          },
          m,
        );
      } catch (err) {
        if (isUniqueViolation(err, PERIOD_NAME_UQ)) throw RoundErrors.duplicatePeriod();
        throw err;
      }
      await this.audit.forEmployee(actor, requestId).record(m, 'PERIOD_CREATED', 'period', period.id, { after: { ...input } });
      return period;
    });
  }

  async periods(actor: Actor): Promise<PeriodRecord[]> {
    return this.rounds.periodsOfAgency(actor.agencyId);
  }

  async period(actor: Actor, id: string, m: EntityManager = this.ds.manager): Promise<PeriodRecord> {
    const period = await this.rounds.findPeriod(id, actor.agencyId, m);
    if (!period) throw RoundErrors.notFound('Periode');
    return period;
  }

  /**
   * ADMIN publishes a new version of the instrument for the agency. Rounds opened from now on use
   * it; open and closed rounds keep the version they opened with.
   */
  async publishInstrument(actor: Actor, input: Inputs.PublishInstrumentInput, requestId?: string): Promise<InstrumentVersionRecord> {
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
      return {
        value: i.value as CoreValueKey,
        name: i.name.trim(),
        description: i.description.trim(),
        anchors: i.anchors.map((a) => a.trim()),
      };
    });
    return this.ds.transaction(async (m) => {
      const published = await this.rounds.addInstrumentVersion(actor.agencyId, items, actor.id, m);
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'INSTRUMENT_PUBLISHED', 'instrument_version', published.id, { after: { version: published.version } });
      return published;
    });
  }

  // ---- opening ------------------------------------------------------------------------------

  /** The newest instrument for the agency: its own latest version, else the national default. */
  async currentInstrumentId(agencyId: string, m: EntityManager = this.ds.manager): Promise<string> {
    return this.rounds.currentInstrumentId(agencyId, m);
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
  async openRound(actor: Actor, input: Inputs.OpenRoundInput, requestId?: string): Promise<RoundRecord> {
    return this.ds.transaction(async (m) => {
      await this.period(actor, input.periodId, m);
      const employee = await this.rounds.employeeToOpenForShare(input.employeeId, actor.agencyId, m);
      if (!employee) throw RoundErrors.notFound('Pegawai');
      if (!this.policy.canOpenFor(actor, { agencyId: employee.agencyId, supervisorId: employee.supervisorId }))
        throw AuthErrors.forbidden();
      if (!employee.active) throw RoundErrors.reviewerInactive();
      if (!employee.supervisorId) throw RoundErrors.noSupervisor();
      const instrumentId = await this.rounds.currentInstrumentId(actor.agencyId, m);
      // The agency's latest scoring policy (else ARCAMANIK_360_V1), snapshotted: a later publication never changes this round.
      const policy = await this.scoringPolicies.policyForNewRound(actor.agencyId, m);
      let round: RoundRecord;
      try {
        round = await this.rounds.addRound(
          {
            agencyId: actor.agencyId,
            employeeId: employee.id,
            periodId: input.periodId,
            positionAtOpen: employee.position,
            unitIdAtOpen: employee.unitId,
            supervisorId: employee.supervisorId,
            policy,
            instrumentVersionId: instrumentId,
            openedBy: actor.id,
          },
          m,
        );
      } catch (err) {
        if (isUniqueViolation(err, ROUND_EMPLOYEE_PERIOD_UQ)) throw RoundErrors.duplicateRound();
        throw err;
      }
      await this.rounds.addSupervisorSeats([{ roundId: round.id, supervisorId: employee.supervisorId }], actor.id, m);
      await this.audit.forEmployee(actor, requestId).record(m, 'ROUND_OPENED', 'evaluation_round', round.id, {
        after: { employeeId: employee.id, periodId: input.periodId, policy: policy.code },
      });
      return round;
    });
  }

  /** Opens a round for every active employee (with a supervisor) of a unit; existing rounds are left alone. */
  async openRoundsForUnit(actor: Actor, input: Inputs.OpenRoundsForUnitInput, requestId?: string) {
    return this.ds.transaction(async (m) => {
      await this.period(actor, input.periodId, m);
      if (!(await this.rounds.unitExists(input.unitId, actor.agencyId, m))) throw RoundErrors.notFound('Unit');
      const instrumentId = await this.rounds.currentInstrumentId(actor.agencyId, m);
      // The employee rows first, FOR SHARE in id order, as openRound does (lock order: see there), so
      // no round is opened with a supervisor a concurrent reporting-line change is replacing; the
      // statements below run after the wait and read the committed reporting line.
      const { total, withoutSupervisor } = await this.rounds.lockActiveEmployeesOfUnit(
        actor.agencyId,
        input.unitId,
        input.includeSubunits ?? false,
        m,
      );
      const policy = await this.scoringPolicies.policyForNewRound(actor.agencyId, m);
      const opened = await this.rounds.addRoundsForUnit(
        {
          agencyId: actor.agencyId,
          unitId: input.unitId,
          includeSubunits: input.includeSubunits ?? false,
          periodId: input.periodId,
          policy,
          instrumentVersionId: instrumentId,
          openedBy: actor.id,
        },
        m,
      );
      await this.rounds.addSupervisorSeats(
        opened.map((o) => ({ roundId: o.id, supervisorId: o.supervisorId })),
        actor.id,
        m,
      );
      await this.audit.forEmployee(actor, requestId).record(m, 'ROUNDS_OPENED_FOR_UNIT', 'unit', input.unitId, {
        after: { periodId: input.periodId, opened: opened.length, policy: policy.code },
      });
      return { opened: opened.length, alreadyOpen: total - withoutSupervisor - opened.length, withoutSupervisor };
    });
  }

  // ---- reading ------------------------------------------------------------------------------

  async loadRound(actor: Actor, id: string, m: EntityManager = this.ds.manager, lock = false): Promise<RoundRecord> {
    const round = await this.rounds.findRound(id, actor.agencyId, lock, m);
    if (!round) throw RoundErrors.notFound('Putaran penilaian');
    return round;
  }

  async getRound(actor: Actor, id: string): Promise<RoundRecord> {
    const round = await this.loadRound(actor, id);
    if (await this.policy.canSeeFeedback(actor, round)) return round;
    if (!(await this.rounds.isAssigned(id, actor.id))) throw AuthErrors.forbidden();
    return round;
  }

  async myRounds(actor: Actor): Promise<RoundRecord[]> {
    return this.rounds.roundsOfEmployee(actor.id);
  }

  /** A page of the caller's scored rounds, newest period first (cursor: period start and round id). */
  async myResults(
    actor: Actor,
    page: { first: number; after?: string | null },
  ): Promise<{ nodes: RoundRecord[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> {
    let after: { startsOn: string; id: string } | null = null;
    if (page.after) {
      const [startsOn, id] = Buffer.from(page.after, 'base64url').toString('utf8').split('|');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn ?? '') || !isUuid(id ?? ''))
        throw invalidField('after', 'Kursor halaman tidak dikenal. / Unknown page cursor.', 'unknown cursor');
      after = { startsOn, id };
    }
    const r = await this.rounds.scoredRoundsOfEmployeePage(actor.id, { first: page.first, after });
    const last = r.rounds.length - 1;
    return {
      nodes: r.rounds,
      totalCount: r.totalCount,
      pageInfo: {
        hasNextPage: r.hasNextPage,
        endCursor: last >= 0 ? Buffer.from(`${r.startsOn[last]}|${r.rounds[last].id}`).toString('base64url') : null,
      },
    };
  }

  /**
   * A page of a period's rounds for the overview (see RoundsPolicy.periodRoundsScope), filtered by
   * unit (and the units below it, by the unit each round opened in), status and a name or NIP search.
   */
  async periodRounds(
    actor: Actor,
    filter: { periodId: string; unitId?: string | null; status?: RoundStatus | null; search?: string | null },
    page: { first: number; after?: string | null },
  ): Promise<{ nodes: RoundRecord[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> {
    const scope = this.policy.periodRoundsScope(actor);
    if (!scope) throw AuthErrors.forbidden();
    if (filter.search && filter.search.length > 100)
      throw invalidField('search', 'Pencarian paling panjang 100 karakter. / search is 100 characters at most.', '100 characters at most');
    await this.period(actor, filter.periodId);
    const result = await this.rounds.periodRoundsPage(
      {
        agencyId: actor.agencyId,
        periodId: filter.periodId,
        supervisorId: scope.supervisorId,
        unitId: filter.unitId ?? null,
        status: filter.status ?? null,
        ...peopleSearch(filter.search),
      },
      { first: page.first, after: page.after ? decodeNameCursor(page.after) : null },
    );
    const last = result.rounds.length - 1;
    return {
      nodes: result.rounds,
      totalCount: result.totalCount,
      pageInfo: {
        hasNextPage: result.hasNextPage,
        endCursor: last >= 0 ? encodeNameCursor(result.employeeNames[last], result.rounds[last].id) : null,
      },
    };
  }

  /** Counts of a period's rounds per status and of their seats and submitted reviews (ADMIN, declared on the resolver). */
  async periodProgress(
    actor: Actor,
    periodId: string,
    unitId?: string | null,
  ): Promise<PeriodProgressRecord & { periodId: string; unitId: string | null }> {
    await this.period(actor, periodId);
    const counts = await this.rounds.periodProgress({ agencyId: actor.agencyId, periodId, unitId: unitId ?? null });
    return { ...counts, periodId, unitId: unitId ?? null };
  }

  /** Rounds of the caller's team (SUPERVISOR: direct and indirect reports; ADMIN: the agency) in a period. */
  async teamRounds(actor: Actor, periodId: string): Promise<RoundRecord[]> {
    const scope = this.policy.teamScope(actor);
    if (scope.kind === 'self') throw AuthErrors.forbidden();
    return this.rounds.teamRounds(actor.agencyId, periodId, scope.kind === 'team' ? actor.id : null);
  }

  /**
   * Approved assignments of the caller in open rounds that still wait for their review: no review
   * yet, or (a SUPERVISOR seat moved by a reporting-line change) the seat's current revision is
   * someone else's, which closeRound does not accept as the current supervisor's.
   */
  async reviewsWaitingForMe(actor: Actor): Promise<AssignmentRecord[]> {
    return this.rounds.reviewsWaitingFor(actor.id);
  }

  /** Peer nominations waiting for the caller's approval (as the supervisor the round opened under). */
  async nominationsWaitingForMe(actor: Actor): Promise<AssignmentRecord[]> {
    return this.rounds.nominationsWaitingFor(actor.id, actor.agencyId, isAdmin(actor));
  }

  /**
   * Active colleagues of the caller's agency whose name contains `search` (at least 2 characters),
   * for nominating peers: name, position and unit only, the caller left out, at most `first`.
   */
  async colleagues(actor: Actor, search: string, first: number): Promise<ColleagueRecord[]> {
    const q = search.trim();
    if (q.length < 2 || q.length > 100)
      throw new AppError('BAD_USER_INPUT', 'Ketik 2–100 huruf nama rekan. / Type 2–100 characters of a name.', [
        { field: 'search', reasons: ['2 to 100 characters'] },
      ]);
    if (!Number.isInteger(first) || first < 1 || first > 50)
      throw new AppError('BAD_USER_INPUT', 'first harus 1–50. / first must be 1–50.', [{ field: 'first', reasons: ['1 to 50'] }]);
    return this.rounds.colleagues(actor.agencyId, actor.id, q, first);
  }

  // ---- reviewers ----------------------------------------------------------------------------

  async assignReviewer(actor: Actor, input: Inputs.AssignReviewerInput, requestId?: string): Promise<AssignmentRecord> {
    if (input.relation === ReviewerRelation.SUPERVISOR) throw RoundErrors.supervisorAutomatic();
    return this.ds.transaction(async (m) => {
      const round = await this.loadRound(actor, input.roundId, m, true);
      const manages = this.policy.canManage(actor, round);
      const isEmployee = round.employeeId === actor.id;
      if (!manages && !isEmployee) throw AuthErrors.forbidden();
      if (round.status !== RoundStatus.OPEN) throw RoundErrors.roundNotOpen(round.status);
      // The employee may nominate peers (approved later by the supervisor) and add their self-review.
      if (!manages && input.relation === ReviewerRelation.SUBORDINATE) throw AuthErrors.forbidden();
      const reviewer = await this.rounds.reviewerCandidate(input.reviewerId, actor.agencyId, m);
      if (!reviewer) throw RoundErrors.notFound('Penilai');
      if (!reviewer.active) throw RoundErrors.reviewerInactive();
      if (input.relation === ReviewerRelation.SELF && reviewer.id !== round.employeeId) throw RoundErrors.selfMustBeSelf();
      if (input.relation !== ReviewerRelation.SELF && reviewer.id === round.employeeId) throw RoundErrors.selfReviewAsPeer();
      if (input.relation === ReviewerRelation.SUBORDINATE && reviewer.supervisorId !== round.employeeId)
        throw RoundErrors.notASubordinate();
      const state = input.relation === ReviewerRelation.PEER && !manages ? AssignmentState.NOMINATED : AssignmentState.APPROVED;
      let assignment: AssignmentRecord;
      try {
        assignment = await this.rounds.addAssignment(
          { roundId: round.id, reviewerId: reviewer.id, relation: input.relation, state, nominatedBy: actor.id },
          m,
        );
      } catch (err) {
        if (isUniqueViolation(err, REVIEWER_ASSIGNMENT_UQ)) throw RoundErrors.duplicateReviewer();
        throw err;
      }
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, state === AssignmentState.NOMINATED ? 'REVIEWER_NOMINATED' : 'REVIEWER_ASSIGNED', 'evaluation_round', round.id, {
          after: { reviewerId: reviewer.id, relation: input.relation },
        });
      return assignment;
    });
  }

  async decideNomination(actor: Actor, input: Inputs.DecideNominationInput, requestId?: string): Promise<AssignmentRecord> {
    return this.ds.transaction(async (m) => {
      const a = await this.rounds.assignmentForUpdate(input.assignmentId, m);
      if (!a) throw RoundErrors.notFound('Usulan penilai');
      const round = await this.loadRound(actor, a.roundId, m);
      if (!this.policy.canManage(actor, round)) throw AuthErrors.forbidden();
      if (round.status !== RoundStatus.OPEN) throw RoundErrors.roundNotOpen(round.status);
      if (a.state !== AssignmentState.NOMINATED) throw RoundErrors.nominationNotPending();
      const decided = await this.rounds.decide(a.id, input.approve ? AssignmentState.APPROVED : AssignmentState.REJECTED, actor.id, m);
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, input.approve ? 'NOMINATION_APPROVED' : 'NOMINATION_REJECTED', 'evaluation_round', round.id, {
          after: { assignmentId: a.id },
        });
      return decided;
    });
  }

  // ---- reviews ------------------------------------------------------------------------------

  /**
   * Stores the caller's review as a new revision. The assignment row is locked first, so two
   * concurrent submissions by one reviewer become two revisions in order, and exactly one of
   * them is current.
   */
  async submitReview(actor: Actor, input: Inputs.SubmitReviewInput): Promise<ReviewRecord> {
    const values = input.scores.map((s) => s.value);
    const missing = CORE_VALUES.filter((v) => !values.includes(v as CoreValue));
    if (missing.length) throw RoundErrors.badScores(`nilai untuk ${missing.join(', ')} belum diisi`);
    if (new Set(values).size !== values.length) throw RoundErrors.badScores('setiap nilai hanya boleh sekali');
    const strengths = input.strengths?.trim() || null;
    const improvements = input.improvements?.trim() || null;
    return this.ds.transaction(async (m) => {
      const round = await this.loadRound(actor, input.roundId, m);
      const assignment = await this.rounds.seatOfReviewerForUpdate(round.id, actor.id, m);
      if (!assignment || assignment.state === AssignmentState.REJECTED) throw RoundErrors.notAReviewer();
      if (assignment.state === AssignmentState.NOMINATED) throw RoundErrors.notAReviewer(' (usulan belum disetujui atasan)');
      const status = await this.rounds.statusForShare(round.id, m);
      if (status !== RoundStatus.OPEN) throw RoundErrors.roundNotOpen(String(status));
      if (assignment.relation === ReviewerRelation.SUPERVISOR && ((strengths?.length ?? 0) < 10 || (improvements?.length ?? 0) < 10)) {
        throw RoundErrors.commentsRequired();
      }
      return this.rounds.addReviewRevision(
        {
          roundId: round.id,
          assignmentId: assignment.id,
          reviewerId: actor.id,
          relation: assignment.relation,
          strengths,
          improvements,
          scores: input.scores.map((s) => ({ value: s.value as CoreValueKey, score: s.score })),
        },
        m,
      );
    });
  }

  // ---- closing ------------------------------------------------------------------------------

  /**
   * Closes an open round: the SUPERVISOR seat's current review must be the current supervisor's
   * own. Hasil kerja (HasilKerjaService, the same computation the scoring worker stores): with KPI
   * data (an agreed plan that gives a score over the period) the computed rating stands when no
   * rating or the same one is given; a different one is an override and needs `overrideReason`
   * (OVERRIDE_REASON_REQUIRED), stored and audited. Without KPI data the supervisor's rating is
   * required (HASIL_KERJA_REQUIRED). The status change and the outbox row commit together; a
   * second close (even concurrent) finds the round no longer OPEN and changes nothing.
   */
  async closeRound(actor: Actor, input: Inputs.CloseRoundInput, requestId?: string): Promise<RoundRecord> {
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
      if (!(await this.rounds.supervisorSeatReviewed(round.id, round.supervisorId, m))) throw RoundErrors.supervisorReviewRequired();
      const period = await this.period(actor, round.periodId, m);
      const hk = await this.hasilKerja.forPeriod(
        round.policy as unknown as ScoringPolicy,
        { agencyId: round.agencyId, employeeId: round.employeeId, startsOn: period.startsOn, endsOn: period.endsOn },
        m,
      );
      const given = input.hasilKerjaRating ?? null;
      const reason = input.overrideReason?.trim() || null;
      let hasilKerjaRating: RatingValue;
      let overrideReason: string | null = null;
      if (hk.source === 'KPI') {
        const computed = hk.rating as RatingValue;
        if (given && given !== computed) {
          if (!reason) throw RoundErrors.overrideReasonRequired(computed);
          hasilKerjaRating = given;
          overrideReason = reason;
        } else hasilKerjaRating = computed;
      } else {
        if (!given) throw RoundErrors.hasilKerjaRequired();
        hasilKerjaRating = given;
      }
      const closed = await this.rounds.close({ roundId: round.id, closedBy: actor.id, hasilKerjaRating, overrideReason }, m);
      // Not reached: the round row is locked and was OPEN.
      if (!closed) throw RoundErrors.roundNotOpen(round.status);
      await this.outbox.add(
        OUTBOX_TOPICS.ROUND_CLOSED,
        roundClosedKey(round.id, closed.closeCount),
        { roundId: round.id, closeCount: closed.closeCount },
        m,
      );
      await this.audit.forEmployee(actor, requestId).record(m, 'ROUND_CLOSED', 'evaluation_round', round.id, {
        before: { status: round.status },
        after: {
          status: 'CLOSED',
          hasilKerjaSource: hk.source,
          hasilKerjaRating,
          computedHasilKerjaScore: hk.score,
          computedHasilKerjaRating: hk.rating,
          overrideReason,
        },
      });
      return closed;
    });
  }

  /** ADMIN reopens a closed or scored round, with a reason (audited); reviewers may revise again. */
  async reopenRound(actor: Actor, input: Inputs.ReopenRoundInput, requestId?: string): Promise<RoundRecord> {
    return this.ds.transaction(async (m) => {
      const round = await this.loadRound(actor, input.roundId, m, true);
      if (round.status !== RoundStatus.CLOSED && round.status !== RoundStatus.SCORED) throw RoundErrors.roundNotOpen(round.status);
      await this.rounds.reopen(round.id, input.reason.trim(), m);
      await this.audit.forEmployee(actor, requestId).record(m, 'ROUND_REOPENED', 'evaluation_round', round.id, {
        before: { status: round.status },
        after: { status: 'OPEN', reason: input.reason.trim() },
      });
      return this.loadRound(actor, round.id, m);
    });
  }
}
