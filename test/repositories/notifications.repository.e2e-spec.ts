import { DataSource } from 'typeorm';
import { decodeNotificationCursor, NotificationsRepository, RoundRecord, RoundsRepository, ValueScoreRecord } from '@k360/database';
import { ARCAMANIK_360_V1, CORE_VALUES, DEADLINE_SOON_DAYS } from '@k360/scoring';
import { migratedDataSource } from '../support/database';
import { createOrg, Org } from './rounds-fixtures';

/*
 * @nestjs/common and @nestjs/typeorm are ES modules, which Jest's CommonJS loader cannot require on
 * Node < 24.9 (this machine runs Node 20): replaced here by the few inert decorators and classes
 * libs/database uses at import time. The repository under test is plain SQL over the real
 * DataSource; nothing of Nest runs in it.
 */
jest.mock('@nestjs/common', () => {
  const decorator = () => () => undefined;
  class Logger {
    log() {}
    warn() {}
    error() {}
    debug() {}
    verbose() {}
  }
  return { Injectable: decorator, Global: decorator, Module: decorator, Inject: decorator, Optional: decorator, Logger };
});
jest.mock('@nestjs/typeorm', () => ({
  InjectDataSource: () => () => undefined,
  TypeOrmModule: {},
  getDataSourceToken: () => 'DataSource',
}));

const scores: ValueScoreRecord[] = CORE_VALUES.map((value) => ({ value, score: 4 }));

interface Row {
  employee_id: string;
  kind: string;
  round_id: string | null;
  assignment_id: string | null;
  dedupe_key: string;
}

describe('NotificationsRepository (real PostgreSQL, issue 14)', () => {
  let ds: DataSource;
  let repo: NotificationsRepository;
  let rounds: RoundsRepository;
  let org: Org;
  let soonPeriod: string;
  let laterPeriod: string;
  let today: string;

  /** This agency's notifications (other test files share the database and the job is agency-wide). */
  const mine = async (): Promise<Row[]> =>
    ds.query(
      `SELECT employee_id, kind, round_id, assignment_id, dedupe_key FROM notification WHERE agency_id = $1 ORDER BY kind, employee_id, dedupe_key`,
      [org.agencyId],
    );

  async function open(employeeId: string, supervisorId: string, periodId: string): Promise<RoundRecord> {
    const round = await rounds.addRound({
      agencyId: org.agencyId,
      employeeId,
      periodId,
      positionAtOpen: 'Pengadministrasi Umum',
      unitIdAtOpen: org.subUnitId,
      supervisorId,
      policy: ARCAMANIK_360_V1,
      instrumentVersionId: await rounds.currentInstrumentId(org.agencyId),
      openedBy: org.head,
    });
    await rounds.addSupervisorSeats([{ roundId: round.id, supervisorId }], org.head);
    return round;
  }

  const seat = async (roundId: string, reviewerId: string): Promise<string> =>
    (await ds.query(`SELECT id FROM reviewer_assignment WHERE round_id = $1 AND reviewer_id = $2`, [roundId, reviewerId]))[0].id;

  const review = async (roundId: string, reviewerId: string, relation: 'SUPERVISOR' | 'PEER') =>
    rounds.addReviewRevision({
      roundId,
      assignmentId: await seat(roundId, reviewerId),
      reviewerId,
      relation,
      strengths: null,
      improvements: null,
      scores,
    });

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new NotificationsRepository(ds);
    rounds = new RoundsRepository(ds);
    org = await createOrg(ds, 'Dinas Uji Pengingat');
    [{ today }] = await ds.query(`SELECT (now() AT TIME ZONE time_zone)::date::text AS today FROM agency WHERE id = $1`, [org.agencyId]);
    // A period that ended today: its deadline is tomorrow (within DEADLINE_SOON_DAYS) / in ten days.
    const period = async (name: string, deadlineInDays: number): Promise<string> =>
      (
        await ds.query(
          `INSERT INTO period (agency_id, name, kind, starts_on, ends_on, review_deadline)
           VALUES ($1, $2, 'MONTHLY', $3::date - 27, $3::date, $3::date + $4::int) RETURNING id`,
          [org.agencyId, name, today, deadlineInDays],
        )
      )[0].id;
    soonPeriod = await period('Bulan Tenggat Dekat', 1);
    laterPeriod = await period('Bulan Tenggat Jauh', DEADLINE_SOON_DAYS + 8);
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  it('creates each kind of reminder for the right people, once however often it runs', async () => {
    // staffA's round (deadline soon): boss's seat and peer's approved seat wait; staffB is nominated;
    // an inactive employee's seat waits but she is not reminded.
    const a = await open(org.staffA, org.boss, soonPeriod);
    const peerSeat = await rounds.addAssignment({
      roundId: a.id,
      reviewerId: org.peer,
      relation: 'PEER',
      state: 'APPROVED',
      nominatedBy: org.boss,
    });
    const nomination = await rounds.addAssignment({
      roundId: a.id,
      reviewerId: org.staffB,
      relation: 'PEER',
      state: 'NOMINATED',
      nominatedBy: org.staffA,
    });
    await rounds.addAssignment({ roundId: a.id, reviewerId: org.former, relation: 'PEER', state: 'APPROVED', nominatedBy: org.boss });
    // staffB's round: the supervisor's review is in and no other seat: ready to close.
    const b = await open(org.staffB, org.boss, soonPeriod);
    await review(b.id, org.boss, 'SUPERVISOR');
    // peer's round (deadline in ten days): head's seat waits, no deadline reminder.
    const c = await open(org.peer, org.head, laterPeriod);

    await repo.createReminders(DEADLINE_SOON_DAYS);
    const bossSeatA = await seat(a.id, org.boss);
    const headSeatC = await seat(c.id, org.head);
    const expected: Row[] = [
      {
        employee_id: org.boss,
        kind: 'DEADLINE_SOON',
        round_id: a.id,
        assignment_id: bossSeatA,
        dedupe_key: `DEADLINE_SOON:${bossSeatA}:${org.boss}:${today}`,
      },
      {
        employee_id: org.peer,
        kind: 'DEADLINE_SOON',
        round_id: a.id,
        assignment_id: peerSeat.id,
        dedupe_key: `DEADLINE_SOON:${peerSeat.id}:${org.peer}:${today}`,
      },
      {
        employee_id: org.boss,
        kind: 'NOMINATION_TO_DECIDE',
        round_id: a.id,
        assignment_id: nomination.id,
        dedupe_key: `NOMINATION_TO_DECIDE:${nomination.id}:${org.boss}`,
      },
      {
        employee_id: org.boss,
        kind: 'REVIEW_WAITING',
        round_id: a.id,
        assignment_id: bossSeatA,
        dedupe_key: `REVIEW_WAITING:${bossSeatA}:${org.boss}`,
      },
      {
        employee_id: org.head,
        kind: 'REVIEW_WAITING',
        round_id: c.id,
        assignment_id: headSeatC,
        dedupe_key: `REVIEW_WAITING:${headSeatC}:${org.head}`,
      },
      {
        employee_id: org.peer,
        kind: 'REVIEW_WAITING',
        round_id: a.id,
        assignment_id: peerSeat.id,
        dedupe_key: `REVIEW_WAITING:${peerSeat.id}:${org.peer}`,
      },
      {
        employee_id: org.boss,
        kind: 'ROUND_READY_TO_CLOSE',
        round_id: b.id,
        assignment_id: null,
        dedupe_key: `ROUND_READY_TO_CLOSE:${b.id}:0:${org.boss}`,
      },
    ];
    const sortRows = (rows: Row[]) =>
      [...rows].sort((x, y) => (x.kind + x.employee_id + x.dedupe_key).localeCompare(y.kind + y.employee_id + y.dedupe_key));
    expect(sortRows(await mine())).toEqual(sortRows(expected));

    // Twice, and twice at once (two workers): nothing new.
    await repo.createReminders(DEADLINE_SOON_DAYS);
    await Promise.all([repo.createReminders(DEADLINE_SOON_DAYS), repo.createReminders(DEADLINE_SOON_DAYS)]);
    expect(sortRows(await mine())).toEqual(sortRows(expected));

    // Every approved seat of staffA's round reviewed (the inactive reviewer's seat rejected): ready to close.
    await review(a.id, org.boss, 'SUPERVISOR');
    await review(a.id, org.peer, 'PEER');
    await rounds.decide(await seat(a.id, org.former), 'REJECTED', org.boss);
    await rounds.decide(nomination.id, 'REJECTED', org.boss);
    await repo.createReminders(DEADLINE_SOON_DAYS);
    const after = await mine();
    // The round is ready to close, and staffA hears that the peer she nominated was rejected.
    expect(after.length).toBe(expected.length + 2);
    expect(after.filter((r) => r.kind === 'NOMINATION_DECIDED')).toEqual([
      {
        employee_id: org.staffA,
        kind: 'NOMINATION_DECIDED',
        round_id: a.id,
        assignment_id: nomination.id,
        dedupe_key: `NOMINATION_DECIDED:${nomination.id}:REJECTED:${org.staffA}`,
      },
    ]);
    expect(
      after
        .filter((r) => r.kind === 'ROUND_READY_TO_CLOSE')
        .map((r) => r.round_id)
        .sort(),
    ).toEqual([a.id, b.id].sort());

    // A closed round reminds of nothing more; a reopened one (next close_count) may again.
    await ds.query(
      `UPDATE evaluation_round SET status = 'CLOSED', closed_at = now(), hasil_kerja_rating = 'SESUAI_EKSPEKTASI', close_count = 1 WHERE id = $1`,
      [b.id],
    );
    await repo.createReminders(DEADLINE_SOON_DAYS);
    expect((await mine()).length).toBe(expected.length + 2);
    await ds.query(`UPDATE evaluation_round SET status = 'OPEN', closed_at = NULL, hasil_kerja_rating = NULL WHERE id = $1`, [b.id]);
    await repo.createReminders(DEADLINE_SOON_DAYS);
    expect((await mine()).map((r) => r.dedupe_key)).toContain(`ROUND_READY_TO_CLOSE:${b.id}:1:${org.boss}`);
  });

  it('DEADLINE_SOON also reaches the supervisor of a round not ready to close; NOMINATION_DECIDED the nominating employee; once each', async () => {
    const [{ id: period }] = await ds.query(
      `INSERT INTO period (agency_id, name, kind, starts_on, ends_on, review_deadline)
       VALUES ($1, 'Bulan Tenggat Dekat II', 'MONTHLY', $2::date - 27, $2::date, $2::date + 2) RETURNING id`,
      [org.agencyId, today],
    );
    // staffA's round: the boss has reviewed, the peer (the boss's own pick) has not; staffA nominated
    // staffB (approved) and the head (rejected); the boss nominated nobody for a decision.
    const x = await open(org.staffA, org.boss, period);
    await review(x.id, org.boss, 'SUPERVISOR');
    const peerSeat = await rounds.addAssignment({
      roundId: x.id,
      reviewerId: org.peer,
      relation: 'PEER',
      state: 'APPROVED',
      nominatedBy: org.boss,
    });
    const toStaffB = await rounds.addAssignment({
      roundId: x.id,
      reviewerId: org.staffB,
      relation: 'PEER',
      state: 'NOMINATED',
      nominatedBy: org.staffA,
    });
    const toHead = await rounds.addAssignment({
      roundId: x.id,
      reviewerId: org.head,
      relation: 'PEER',
      state: 'NOMINATED',
      nominatedBy: org.staffA,
    });
    await rounds.decide(toStaffB.id, 'APPROVED', org.boss);
    await rounds.decide(toHead.id, 'REJECTED', org.boss);
    // staffB's round: the boss's own seat waits, so his seat reminder is the only one he gets for it.
    const y = await open(org.staffB, org.boss, period);
    const bossSeatY = await seat(y.id, org.boss);

    const ofRounds = async () =>
      (await mine())
        .filter((r) => r.round_id === x.id || r.round_id === y.id)
        .filter((r) => r.kind === 'DEADLINE_SOON' || r.kind === 'NOMINATION_DECIDED')
        .sort((p, q) => p.dedupe_key.localeCompare(q.dedupe_key));
    await repo.createReminders(DEADLINE_SOON_DAYS);
    const expected: Row[] = [
      {
        employee_id: org.boss,
        kind: 'DEADLINE_SOON',
        round_id: y.id,
        assignment_id: bossSeatY,
        dedupe_key: `DEADLINE_SOON:${bossSeatY}:${org.boss}:${today}`,
      },
      {
        employee_id: org.peer,
        kind: 'DEADLINE_SOON',
        round_id: x.id,
        assignment_id: peerSeat.id,
        dedupe_key: `DEADLINE_SOON:${peerSeat.id}:${org.peer}:${today}`,
      },
      {
        employee_id: org.staffB,
        kind: 'DEADLINE_SOON',
        round_id: x.id,
        assignment_id: toStaffB.id,
        dedupe_key: `DEADLINE_SOON:${toStaffB.id}:${org.staffB}:${today}`,
      },
      {
        employee_id: org.boss,
        kind: 'DEADLINE_SOON',
        round_id: x.id,
        assignment_id: null,
        dedupe_key: `DEADLINE_SOON:round:${x.id}:${org.boss}:${today}`,
      },
      {
        employee_id: org.staffA,
        kind: 'NOMINATION_DECIDED',
        round_id: x.id,
        assignment_id: toStaffB.id,
        dedupe_key: `NOMINATION_DECIDED:${toStaffB.id}:APPROVED:${org.staffA}`,
      },
      {
        employee_id: org.staffA,
        kind: 'NOMINATION_DECIDED',
        round_id: x.id,
        assignment_id: toHead.id,
        dedupe_key: `NOMINATION_DECIDED:${toHead.id}:REJECTED:${org.staffA}`,
      },
    ].sort((p, q) => p.dedupe_key.localeCompare(q.dedupe_key));
    expect(await ofRounds()).toEqual(expected);

    // Again, and twice at once: nothing new.
    await repo.createReminders(DEADLINE_SOON_DAYS);
    await Promise.all([repo.createReminders(DEADLINE_SOON_DAYS), repo.createReminders(DEADLINE_SOON_DAYS)]);
    expect(await ofRounds()).toEqual(expected);

    // Every seat of x reviewed: it is ready, and a later run adds no round reminder for it.
    await review(x.id, org.peer, 'PEER');
    await review(x.id, org.staffB, 'PEER');
    await ds.query(`DELETE FROM notification WHERE dedupe_key = $1`, [`DEADLINE_SOON:round:${x.id}:${org.boss}:${today}`]);
    await repo.createReminders(DEADLINE_SOON_DAYS);
    expect((await ofRounds()).map((r) => r.dedupe_key)).not.toContain(`DEADLINE_SOON:round:${x.id}:${org.boss}:${today}`);
  });

  it('lists a recipient’s own notifications newest first in pages, counts and marks only their own read', async () => {
    const boss = { agencyId: org.agencyId, employeeId: org.boss };
    const all = await repo.ofRecipient({ ...boss, unreadOnly: false, first: 100, after: null });
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.every((n) => n.employeeId === org.boss && n.agencyId === org.agencyId)).toBe(true);
    for (let i = 1; i < all.length; i++) expect(all[i - 1].createdAt.getTime()).toBeGreaterThanOrEqual(all[i].createdAt.getTime());

    // Pages of two follow each other without gaps or repeats.
    const seen: string[] = [];
    let after: { createdAt: string; id: string } | null = null;
    for (;;) {
      const page = await repo.ofRecipient({ ...boss, unreadOnly: false, first: 2, after });
      if (!page.length) break;
      seen.push(...page.map((n) => n.id));
      after = decodeNotificationCursor(page[page.length - 1].cursor);
      expect(after).not.toBeNull();
    }
    expect(seen).toEqual(all.map((n) => n.id));
    expect(decodeNotificationCursor('bm90LWEtY3Vyc29y')).toBeNull();

    expect(await repo.unreadCount(org.agencyId, org.boss)).toBe(all.length);
    const peerOnes = await repo.ofRecipient({ agencyId: org.agencyId, employeeId: org.peer, unreadOnly: false, first: 10, after: null });
    // The boss marks one of his own and one of the peer's: only his own is marked.
    expect(await repo.markRead(org.agencyId, org.boss, [all[0].id, peerOnes[0].id])).toEqual([all[0].id]);
    expect(await repo.unreadCount(org.agencyId, org.boss)).toBe(all.length - 1);
    expect(await repo.unreadCount(org.agencyId, org.peer)).toBe(peerOnes.length);
    // Again: already read, nothing marked.
    expect(await repo.markRead(org.agencyId, org.boss, [all[0].id])).toEqual([]);
    const unread = await repo.ofRecipient({ ...boss, unreadOnly: true, first: 100, after: null });
    expect(unread.map((n) => n.id)).toEqual(all.slice(1).map((n) => n.id));

    expect(await repo.markAllRead(org.agencyId, org.boss)).toBe(all.length - 1);
    expect(await repo.unreadCount(org.agencyId, org.boss)).toBe(0);
    expect(await repo.unreadCount(org.agencyId, org.peer)).toBe(peerOnes.length);
    // Another agency's view of the same employee id: nothing.
    expect(
      await repo.ofRecipient({
        agencyId: '00000000-0000-0000-0000-000000000001',
        employeeId: org.boss,
        unreadOnly: false,
        first: 10,
        after: null,
      }),
    ).toEqual([]);
  });
});
