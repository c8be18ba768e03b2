import { DataSource } from 'typeorm';
import {
  PERIOD_NAME_UQ,
  REVIEWER_ASSIGNMENT_UQ,
  ROUND_EMPLOYEE_PERIOD_UQ,
  RoundRecord,
  RoundsRepository,
  ValueScoreRecord,
} from '@k360/database';
import { ARCAMANIK_360_V1, BERAKHLAK_V1, CORE_VALUES } from '@k360/scoring';
import { migratedDataSource } from '../support/database';
import { addEmployee, addPeriodRow, createOrg, Org, pgError, rejection } from './rounds-fixtures';

// Nest cannot load under Jest: stand-ins for its decorators (test/support/nest-shim.ts).
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

/** Scores in an order unlike CORE_VALUES', so the record's ordering is seen. */
const scores = (base: number): ValueScoreRecord[] => [...CORE_VALUES].reverse().map((value, i) => ({ value, score: ((base + i) % 5) + 1 }));

describe('RoundsRepository (real PostgreSQL)', () => {
  let ds: DataSource;
  let repo: RoundsRepository;
  let org: Org;
  let other: Org;
  let periodId: string;

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new RoundsRepository(ds);
    org = await createOrg(ds, 'Dinas Uji Putaran');
    other = await createOrg(ds, 'Dinas Lain Putaran');
    periodId = await addPeriodRow(ds, org.agencyId, 'Triwulan I 2026', '2026-01-01', '2026-03-31');
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  async function openWithInstrument(employeeId: string, supervisorId: string, period = periodId): Promise<RoundRecord> {
    const instrumentVersionId = await repo.currentInstrumentId(org.agencyId);
    const round = await repo.addRound({
      agencyId: org.agencyId,
      employeeId,
      periodId: period,
      positionAtOpen: 'Pengadministrasi Umum',
      unitIdAtOpen: org.subUnitId,
      supervisorId,
      policy: ARCAMANIK_360_V1,
      instrumentVersionId,
      openedBy: org.head,
    });
    await repo.addSupervisorSeats([{ roundId: round.id, supervisorId }], org.head);
    return round;
  }

  describe('periods', () => {
    it('adds a period and answers typed records (dates as YYYY-MM-DD), newest first, within the agency', async () => {
      const p = await repo.addPeriod({
        agencyId: org.agencyId,
        name: 'Tahun 2025',
        kind: 'ANNUAL',
        startsOn: '2025-01-01',
        endsOn: '2025-12-31',
      });
      expect(p).toEqual({
        id: expect.any(String),
        agencyId: org.agencyId,
        name: 'Tahun 2025',
        kind: 'ANNUAL',
        startsOn: '2025-01-01',
        endsOn: '2025-12-31',
        reviewDeadline: null,
      });
      expect(await repo.findPeriod(p.id, org.agencyId)).toEqual(p);
      expect(await repo.findPeriod(p.id, other.agencyId)).toBeNull();
      const list = await repo.periodsOfAgency(org.agencyId);
      expect(list.map((x) => x.name)).toEqual(['Triwulan I 2026', 'Tahun 2025']);
      expect(await repo.periodsOfAgency(other.agencyId)).toEqual([]);
      const byIds = await repo.periodsByIds([p.id, '00000000-0000-0000-0000-000000000001', periodId]);
      expect(byIds.map((x) => x?.name ?? null)).toEqual(['Tahun 2025', null, 'Triwulan I 2026']);
    });

    it('refuses a second period of the same name (any case) with PERIOD_NAME_UQ', async () => {
      const err = await rejection(
        repo.addPeriod({
          agencyId: org.agencyId,
          name: 'triwulan i 2026',
          kind: 'QUARTERLY',
          startsOn: '2026-01-01',
          endsOn: '2026-03-31',
        }),
      );
      expect(pgError(err)).toEqual({ code: '23505', constraint: PERIOD_NAME_UQ });
      // Another agency may use the name.
      await expect(
        repo.addPeriod({
          agencyId: other.agencyId,
          name: 'Triwulan I 2026',
          kind: 'QUARTERLY',
          startsOn: '2026-01-01',
          endsOn: '2026-03-31',
        }),
      ).resolves.toMatchObject({ agencyId: other.agencyId });
    });

    it('keeps a review deadline from the first day to REVIEW_DEADLINE_MAX_DAYS_AFTER_PERIOD after the last (issue 14)', async () => {
      const base = { agencyId: org.agencyId, kind: 'MONTHLY' as const, startsOn: '2026-05-01', endsOn: '2026-05-31' };
      const p = await repo.addPeriod({ ...base, name: 'Mei 2026', reviewDeadline: '2026-06-10' });
      expect(p.reviewDeadline).toBe('2026-06-10');
      expect((await repo.findPeriod(p.id, org.agencyId))?.reviewDeadline).toBe('2026-06-10');
      await expect(repo.addPeriod({ ...base, name: 'Mei 2026 b', reviewDeadline: '2026-08-29' })).resolves.toMatchObject({
        reviewDeadline: '2026-08-29',
      });
      for (const [name, deadline] of [
        ['Mei 2026 c', '2026-04-30'],
        ['Mei 2026 d', '2026-08-30'],
      ]) {
        const err = await rejection(repo.addPeriod({ ...base, name, reviewDeadline: deadline }));
        expect(pgError(err)).toEqual({ code: '23514', constraint: 'period_review_deadline_ck' });
      }
    });
  });

  describe('instrument', () => {
    it('starts from the national default, and concurrent publications get consecutive versions (advisory lock)', async () => {
      const national = await repo.currentInstrumentId(org.agencyId);
      const [defaultVersion] = await repo.instrumentsByIds([national]);
      expect(defaultVersion).toMatchObject({ version: 1, items: BERAKHLAK_V1 });
      expect(defaultVersion!.publishedAt).toBeInstanceOf(Date);

      const items = BERAKHLAK_V1.map((i) => ({ ...i, name: `${i.name} (lokal)` }));
      // Without the lock both would read the same next version and one would hit instrument_version_uq.
      const published = await Promise.all(
        [0, 1].map(() => ds.transaction((m) => repo.addInstrumentVersion(org.agencyId, items, org.head, m))),
      );
      expect(published.map((p) => p.version).sort()).toEqual([2, 3]);
      expect(published[0].items[0].name).toBe(`${BERAKHLAK_V1[0].name} (lokal)`);
      const newest = published.find((p) => p.version === 3)!;
      expect(await repo.currentInstrumentId(org.agencyId)).toBe(newest.id);
      // The other agency still gets the national default.
      expect(await repo.currentInstrumentId(other.agencyId)).toBe(national);
      const byIds = await repo.instrumentsByIds([newest.id, '00000000-0000-0000-0000-000000000002']);
      expect(byIds).toEqual([newest, null]);
    });
  });

  describe('employees and units read by rounds', () => {
    it('reads the employee to open for, within the agency', async () => {
      expect(await repo.employeeToOpenForShare(org.staffA, org.agencyId)).toEqual({
        id: org.staffA,
        agencyId: org.agencyId,
        supervisorId: org.boss,
        position: 'Pengadministrasi Umum',
        unitId: org.subUnitId,
        active: true,
      });
      expect(await repo.employeeToOpenForShare(org.staffA, other.agencyId)).toBeNull();
      expect(await repo.reviewerCandidate(org.former, org.agencyId)).toEqual({ id: org.former, active: false, supervisorId: org.boss });
      expect(await repo.reviewerCandidate(org.former, other.agencyId)).toBeNull();
      expect(await repo.unitExists(org.subUnitId, org.agencyId)).toBe(true);
      expect(await repo.unitExists(org.subUnitId, other.agencyId)).toBe(false);
    });

    it('counts the active employees of a unit, with or without its subunits', async () => {
      const only = await ds.transaction((m) => repo.lockActiveEmployeesOfUnit(org.agencyId, org.rootUnitId, false, m));
      expect(only).toEqual({ total: 2, withoutSupervisor: 1 }); // head (no supervisor), peer
      const all = await ds.transaction((m) => repo.lockActiveEmployeesOfUnit(org.agencyId, org.rootUnitId, true, m));
      expect(all).toEqual({ total: 5, withoutSupervisor: 1 }); // + boss, staffA, staffB (former is inactive)
    });

    it('holds the employee rows FOR SHARE: a FOR UPDATE of one of them waits', async () => {
      const runner = ds.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await repo.employeeToOpenForShare(org.staffB, org.agencyId, runner.manager);
        const err = await rejection(ds.query(`SELECT id FROM employee WHERE id = $1 FOR UPDATE NOWAIT`, [org.staffB]));
        expect(pgError(err).code).toBe('55P03');
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it('finds colleagues by a literal part of the name, without the caller or inactive employees', async () => {
      // In the other agency, so the unit counts and openings below stay as they are.
      const odd = await addEmployee(ds, {
        agencyId: other.agencyId,
        unitId: other.rootUnitId,
        name: 'Eka 100%_Persen',
        supervisorId: other.head,
      });
      expect(await repo.colleagues(org.agencyId, org.staffA, 'staf', 10)).toEqual([
        { id: org.staffB, name: 'Beni Staf', position: 'Pengadministrasi Umum', unitName: 'Bidang Umum' },
      ]);
      expect((await repo.colleagues(other.agencyId, other.head, '0%_p', 10)).map((c) => c.id)).toEqual([odd]);
      expect(await repo.colleagues(other.agencyId, other.head, '_', 10)).toEqual([expect.objectContaining({ id: odd })]);
      expect(await repo.colleagues(org.agencyId, org.head, '_', 10)).toEqual([]);
      expect(await repo.colleagues(org.agencyId, org.head, 'pensiun', 10)).toEqual([]);
      expect(await repo.colleagues(other.agencyId, other.head, 'Ani', 10)).toHaveLength(1); // other agency's own Ani
      expect(await repo.colleagues(org.agencyId, org.head, 'a', 2)).toHaveLength(2);
    });

    it('answers reportsTo per pair, in order, through the whole line', async () => {
      expect(
        await repo.reportsTo([
          { supervisorId: org.boss, employeeId: org.staffA },
          { supervisorId: org.head, employeeId: org.staffA },
          { supervisorId: org.staffA, employeeId: org.boss },
          { supervisorId: org.boss, employeeId: org.peer },
          { supervisorId: other.head, employeeId: org.staffA },
        ]),
      ).toEqual([true, true, false, false, false]);
    });
  });

  describe('rounds', () => {
    let round: RoundRecord;

    beforeAll(async () => {
      round = await openWithInstrument(org.staffA, org.boss);
    });

    it('opens a round as a typed OPEN record, once per employee and period (ROUND_EMPLOYEE_PERIOD_UQ)', async () => {
      expect(round).toEqual({
        id: expect.any(String),
        agencyId: org.agencyId,
        employeeId: org.staffA,
        periodId,
        status: 'OPEN',
        positionAtOpen: 'Pengadministrasi Umum',
        unitIdAtOpen: org.subUnitId,
        supervisorId: org.boss,
        policy: JSON.parse(JSON.stringify(ARCAMANIK_360_V1)),
        instrumentVersionId: await repo.currentInstrumentId(org.agencyId),
        hasilKerjaRating: null,
        overrideReason: null,
        openedAt: expect.any(Date),
        closedAt: null,
        closeCount: 0,
      });
      const err = await rejection(openWithInstrument(org.staffA, org.boss));
      expect(pgError(err)).toEqual({ code: '23505', constraint: ROUND_EMPLOYEE_PERIOD_UQ });
      expect(await repo.findRound(round.id, org.agencyId)).toEqual(round);
      expect(await repo.findRound(round.id, other.agencyId)).toBeNull();
      expect(await repo.roundsByIds(['00000000-0000-0000-0000-000000000003', round.id])).toEqual([null, round]);
      expect(await repo.roundsOfEmployee(org.staffA)).toEqual([round]);
      // The supervisor seat is approved and waiting for the supervisor's review.
      expect(await repo.reviewsWaitingFor(org.boss)).toEqual([
        expect.objectContaining({ roundId: round.id, reviewerId: org.boss, relation: 'SUPERVISOR', state: 'APPROVED', submitted: false }),
      ]);
    });

    it('locks the round FOR UPDATE when asked', async () => {
      const runner = ds.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await repo.findRound(round.id, org.agencyId, true, runner.manager);
        const err = await rejection(ds.query(`SELECT id FROM evaluation_round WHERE id = $1 FOR UPDATE NOWAIT`, [round.id]));
        expect(pgError(err).code).toBe('55P03');
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it('opens rounds for a unit: employees with a supervisor and no round in the period only', async () => {
      const q2 = await addPeriodRow(ds, org.agencyId, 'Triwulan II 2026', '2026-04-01', '2026-06-30');
      const instrumentVersionId = await repo.currentInstrumentId(org.agencyId);
      await openWithInstrument(org.staffB, org.boss, q2);
      const opened = await ds.transaction(async (m) => {
        const rows = await repo.addRoundsForUnit(
          {
            agencyId: org.agencyId,
            unitId: org.rootUnitId,
            includeSubunits: true,
            periodId: q2,
            policy: ARCAMANIK_360_V1,
            instrumentVersionId,
            openedBy: org.head,
          },
          m,
        );
        await repo.addSupervisorSeats(
          rows.map((r) => ({ roundId: r.id, supervisorId: r.supervisorId })),
          org.head,
          m,
        );
        return rows;
      });
      // boss, staffA, peer; not head (no supervisor), staffB (has one), former (inactive).
      const byEmployee = new Map((await repo.roundsByIds(opened.map((o) => o.id))).map((r) => [r!.employeeId, r!]));
      expect([...byEmployee.keys()].sort()).toEqual([org.boss, org.staffA, org.peer].sort());
      expect(opened.find((o) => o.id === byEmployee.get(org.boss)!.id)!.supervisorId).toBe(org.head);
      const teamOfBoss = await repo.teamRounds(org.agencyId, q2, org.boss);
      expect(teamOfBoss.map((r) => r.employeeId)).toEqual([org.staffA, org.staffB]); // by name
      const teamOfHead = await repo.teamRounds(org.agencyId, q2, org.head);
      expect(teamOfHead.map((r) => r.employeeId)).toEqual([org.staffA, org.staffB, org.boss, org.peer]);
      expect((await repo.teamRounds(org.agencyId, q2, null)).length).toBe(4);
      expect(await repo.teamRounds(other.agencyId, q2, null)).toEqual([]);
      // Nothing left to open; the seats exist once each.
      const again = await repo.addRoundsForUnit({
        agencyId: org.agencyId,
        unitId: org.subUnitId,
        includeSubunits: false,
        periodId: q2,
        policy: ARCAMANIK_360_V1,
        instrumentVersionId,
        openedBy: org.head,
      });
      expect(again).toEqual([]);
      const assignments = await repo.assignmentsOfRounds(teamOfHead.map((r) => r.id));
      expect(assignments.map((list) => list.map((a) => a.relation))).toEqual([
        ['SUPERVISOR'],
        ['SUPERVISOR'],
        ['SUPERVISOR'],
        ['SUPERVISOR'],
      ]);
    });
  });

  describe('reviewers, reviews, closing', () => {
    let round: RoundRecord;
    let q3: string;

    beforeAll(async () => {
      q3 = await addPeriodRow(ds, org.agencyId, 'Triwulan III 2026', '2026-07-01', '2026-09-30');
      round = await openWithInstrument(org.staffA, org.boss, q3);
    });

    it('adds nominations and reviewers once each (REVIEWER_ASSIGNMENT_UQ), and decides nominations', async () => {
      const nominated = await repo.addAssignment({
        roundId: round.id,
        reviewerId: org.peer,
        relation: 'PEER',
        state: 'NOMINATED',
        nominatedBy: org.staffA,
      });
      expect(nominated).toEqual({
        id: expect.any(String),
        roundId: round.id,
        reviewerId: org.peer,
        relation: 'PEER',
        state: 'NOMINATED',
        submitted: false,
        createdAt: expect.any(Date),
      });
      const err = await rejection(
        repo.addAssignment({ roundId: round.id, reviewerId: org.peer, relation: 'PEER', state: 'APPROVED', nominatedBy: org.boss }),
      );
      expect(pgError(err)).toEqual({ code: '23505', constraint: REVIEWER_ASSIGNMENT_UQ });

      expect((await repo.nominationsWaitingFor(org.boss, org.agencyId, false)).map((a) => a.id)).toContain(nominated.id);
      expect((await repo.nominationsWaitingFor(org.staffB, org.agencyId, false)).map((a) => a.id)).not.toContain(nominated.id);
      expect((await repo.nominationsWaitingFor(org.staffB, org.agencyId, true)).map((a) => a.id)).toContain(nominated.id);
      expect(await repo.nominationsWaitingFor(other.head, other.agencyId, true)).toEqual([]);
      expect(await repo.isAssigned(round.id, org.peer)).toBe(true);
      expect(await repo.reviewsWaitingFor(org.peer)).toEqual([]);

      const [nominations] = await repo.peerNominationsOfRounds([round.id]);
      expect(nominations).toEqual([
        {
          id: nominated.id,
          reviewerId: org.peer,
          reviewerName: 'Citra Rekan',
          reviewerPosition: 'Pengadministrasi Umum',
          state: 'NOMINATED',
          nominatedBy: org.staffA,
          createdAt: expect.any(Date),
        },
      ]);

      const decided = await ds.transaction(async (m) => {
        const locked = await repo.assignmentForUpdate(nominated.id, m);
        expect(locked).toEqual({ id: nominated.id, roundId: round.id, relation: 'PEER', state: 'NOMINATED' });
        return repo.decide(nominated.id, 'APPROVED', org.boss, m);
      });
      expect(decided).toMatchObject({ id: nominated.id, state: 'APPROVED', submitted: false });
      expect((await repo.reviewsWaitingFor(org.peer)).map((a) => a.id)).toEqual([nominated.id]);
      expect(await repo.assignmentForUpdate('00000000-0000-0000-0000-000000000004')).toBeNull();

      const rejected = await repo.addAssignment({
        roundId: round.id,
        reviewerId: org.staffB,
        relation: 'PEER',
        state: 'NOMINATED',
        nominatedBy: org.staffA,
      });
      await repo.decide(rejected.id, 'REJECTED', org.boss);
      expect(await repo.isAssigned(round.id, org.staffB)).toBe(false);
      expect(await repo.isAssigned(round.id, other.head)).toBe(false);
    });

    it('stores reviews as revisions (the current one wins) with scores in CORE_VALUES order', async () => {
      const submit = (reviewerId: string, base: number, strengths: string | null) =>
        ds.transaction(async (m) => {
          const seat = (await repo.seatOfReviewerForUpdate(round.id, reviewerId, m))!;
          return repo.addReviewRevision(
            {
              roundId: round.id,
              assignmentId: seat.id,
              reviewerId,
              relation: seat.relation,
              strengths,
              improvements: 'Perlu lebih teliti.',
              scores: scores(base),
            },
            m,
          );
        });
      expect(await repo.supervisorSeatReviewed(round.id, org.boss)).toBe(false);
      const first = await submit(org.boss, 0, 'Sangat membantu warga.');
      expect(first).toEqual({
        id: expect.any(String),
        roundId: round.id,
        relation: 'SUPERVISOR',
        revision: 1,
        strengths: 'Sangat membantu warga.',
        improvements: 'Perlu lebih teliti.',
        submittedAt: expect.any(Date),
        scores: [...scores(0)].sort((a, b) => CORE_VALUES.indexOf(a.value) - CORE_VALUES.indexOf(b.value)),
      });
      expect(first.scores.map((s) => s.value)).toEqual([...CORE_VALUES]);
      // Two concurrent revisions: the seat lock orders them, so they are 2 and 3.
      const [a, b] = await Promise.all([submit(org.boss, 1, 'Revisi A'), submit(org.boss, 2, 'Revisi B')]);
      expect([a.revision, b.revision].sort()).toEqual([2, 3]);
      const latest = a.revision === 3 ? a : b;

      const [mine, nobody] = await repo.currentReviewsOf([
        { roundId: round.id, reviewerId: org.boss },
        { roundId: round.id, reviewerId: org.peer },
      ]);
      expect(mine).toEqual({ ...latest, submittedAt: expect.any(Date) });
      expect(nobody).toBeNull();

      expect(await repo.supervisorSeatReviewed(round.id, org.boss)).toBe(true);
      expect(await repo.supervisorSeatReviewed(round.id, org.head)).toBe(false);
      expect(await repo.supervisorSeatReviewed(round.id, null)).toBe(true);
      expect(await repo.reviewsWaitingFor(org.boss)).not.toContainEqual(expect.objectContaining({ roundId: round.id }));

      await submit(org.peer, 3, null);
      const [comments, none] = await repo.commentsOfRounds([round.id, '00000000-0000-0000-0000-000000000005']);
      expect(comments).toHaveLength(2);
      expect(comments).toEqual(
        expect.arrayContaining([
          { relation: 'SUPERVISOR', strengths: latest.strengths, improvements: 'Perlu lebih teliti.' },
          { relation: 'PEER', strengths: null, improvements: 'Perlu lebih teliti.' },
        ]),
      );
      expect(none).toEqual([]);
    });

    it('answers assignments and progress per round, in the order asked', async () => {
      const empty = await openWithInstrument(org.staffB, org.boss, q3);
      await ds.query(`DELETE FROM reviewer_assignment WHERE round_id = $1`, [empty.id]);
      const [assignments, noAssignments] = await repo.assignmentsOfRounds([round.id, empty.id]);
      expect(assignments.map((a) => [a.relation, a.reviewerId, a.state, a.submitted])).toEqual([
        ['SUPERVISOR', org.boss, 'APPROVED', true],
        ['PEER', org.peer, 'APPROVED', true],
        ['PEER', org.staffB, 'REJECTED', false],
      ]);
      expect(noAssignments).toEqual([]);
      const [progress, zero] = await repo.progressOfRounds([round.id, empty.id]);
      expect(progress).toEqual({
        supervisorSubmitted: true,
        peersApproved: 1,
        peersSubmitted: 1,
        nominationsPending: 0,
        subordinatesApproved: 0,
        subordinatesSubmitted: 0,
        selfSubmitted: false,
      });
      expect(zero).toEqual({
        supervisorSubmitted: false,
        peersApproved: 0,
        peersSubmitted: 0,
        nominationsPending: 0,
        subordinatesApproved: 0,
        subordinatesSubmitted: 0,
        selfSubmitted: false,
      });
    });

    it('closes an OPEN round once, reads it for scoring with the period in the agency time zone, marks it scored, reopens', async () => {
      const closed = await ds.transaction(async (m) => {
        expect(await repo.statusForShare(round.id, m)).toBe('OPEN');
        return repo.close({ roundId: round.id, closedBy: org.boss, hasilKerjaRating: 'SESUAI_EKSPEKTASI', overrideReason: null }, m);
      });
      expect(closed).toMatchObject({ id: round.id, status: 'CLOSED', hasilKerjaRating: 'SESUAI_EKSPEKTASI', closeCount: 1 });
      expect(closed!.closedAt).toBeInstanceOf(Date);
      expect(
        await repo.close({ roundId: round.id, closedBy: org.boss, hasilKerjaRating: 'DI_ATAS_EKSPEKTASI', overrideReason: 'x' }),
      ).toBeNull();

      const toScore = await ds.transaction((m) => repo.lockForScoring(round.id, m));
      expect(toScore).toMatchObject({
        id: round.id,
        status: 'CLOSED',
        employeeId: org.staffA,
        hasilKerjaRating: 'SESUAI_EKSPEKTASI',
        closeCount: 1,
        policy: JSON.parse(JSON.stringify(ARCAMANIK_360_V1)),
      });
      // Asia/Jakarta (the default): 1 July 00:00 WIB up to 1 October 00:00 WIB.
      const [bounds] = await ds.query(
        `SELECT $1::timestamptz = '2026-07-01T00:00:00+07:00'::timestamptz AS starts, $2::timestamptz = '2026-10-01T00:00:00+07:00'::timestamptz AS ends`,
        [toScore!.startsAt, toScore!.endsAt],
      );
      expect(bounds).toEqual({ starts: true, ends: true });
      expect(await repo.lockForScoring('00000000-0000-0000-0000-000000000006')).toBeNull();

      await repo.markScored(round.id);
      expect((await repo.findRound(round.id, org.agencyId))!.status).toBe('SCORED');
      await repo.reopen(round.id, 'Penilaian ulang atas keberatan pegawai');
      const reopened = (await repo.findRound(round.id, org.agencyId))!;
      expect(reopened.status).toBe('OPEN');
      const [{ reopen_reason }] = await ds.query(`SELECT reopen_reason FROM evaluation_round WHERE id = $1`, [round.id]);
      expect(reopen_reason).toBe('Penilaian ulang atas keberatan pegawai');
      // markScored leaves an OPEN round alone.
      await repo.markScored(round.id);
      expect((await repo.findRound(round.id, org.agencyId))!.status).toBe('OPEN');
      const again = await repo.close({
        roundId: round.id,
        closedBy: org.boss,
        hasilKerjaRating: 'DI_ATAS_EKSPEKTASI',
        overrideReason: 'Capaian di atas target',
      });
      expect(again).toMatchObject({
        status: 'CLOSED',
        closeCount: 2,
        overrideReason: 'Capaian di atas target',
        hasilKerjaRating: 'DI_ATAS_EKSPEKTASI',
      });
    });
  });
});
