import { DataSource } from 'typeorm';
import { RoundsRepository } from '@k360/database';
import { migratedDataSource } from '../support/database';
import { randomId } from '../support/test-env';
import { isLocked, OrganisationRows, whileHolding } from './organisation-rows';

// Nest cannot load under Jest: stand-ins for its decorators (test/support/nest-shim.ts).
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

describe('RoundsRepository: moving open rounds on a reporting-line change (real PostgreSQL)', () => {
  let ds: DataSource;
  let repo: RoundsRepository;
  let rows: OrganisationRows;

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new RoundsRepository(ds);
    rows = new OrganisationRows(ds);
  });
  afterAll(() => ds.destroy());

  /** An employee with rounds in several periods, each with its supervisor, a seat and reviews as asked. */
  async function world() {
    const { agencyId, root } = await rows.agency();
    const admin = await rows.employee(agencyId, root.id, { roles: ['ADMIN'] });
    const oldBoss = await rows.employee(agencyId, root.id, { roles: ['SUPERVISOR'] });
    const newBoss = await rows.employee(agencyId, root.id, { roles: ['SUPERVISOR'] });
    const employee = await rows.employee(agencyId, root.id, { supervisorId: oldBoss.id });
    const [{ id: instrumentId }] = await ds.query(`SELECT id FROM instrument_version WHERE agency_id IS NULL ORDER BY version LIMIT 1`);
    let month = 0;
    const round = async (status: 'DRAFT' | 'OPEN' | 'CLOSED', supervisorId: string | null) => {
      month += 1;
      const [{ id: periodId }] = await ds.query(
        `INSERT INTO period (agency_id, name, kind, starts_on, ends_on) VALUES ($1, $2, 'MONTHLY', make_date(2026, $3, 1), make_date(2026, $3, 28)) RETURNING id`,
        [agencyId, `Periode ${month} ${randomId(2)}`, month],
      );
      const closed = status === 'CLOSED';
      const [{ id }] = await ds.query(
        `INSERT INTO evaluation_round (agency_id, employee_id, period_id, status, position_at_open, unit_id_at_open, supervisor_id, policy,
                                       instrument_version_id, closed_at, hasil_kerja_rating)
         VALUES ($1, $2, $3, $4, 'Analis', $5, $6, '{}'::jsonb, $7, $8, $9) RETURNING id`,
        [
          agencyId,
          employee.id,
          periodId,
          status,
          root.id,
          supervisorId,
          instrumentId,
          closed ? new Date() : null,
          closed ? 'SESUAI_EKSPEKTASI' : null,
        ],
      );
      return id as string;
    };
    const seat = async (roundId: string, reviewerId: string, relation: 'SUPERVISOR' | 'PEER', reviewed = false) => {
      const [{ id }] = await ds.query(
        `INSERT INTO reviewer_assignment (round_id, reviewer_id, relation, state, nominated_by) VALUES ($1, $2, $3, 'APPROVED', $4) RETURNING id`,
        [roundId, reviewerId, relation, admin.id],
      );
      if (reviewed) {
        await ds.query(`INSERT INTO review (round_id, assignment_id, reviewer_id, relation, revision) VALUES ($1, $2, $3, $4, 1)`, [
          roundId,
          id,
          reviewerId,
          relation,
        ]);
      }
      return id as string;
    };
    const seats = async (roundId: string) =>
      ds.query(
        `SELECT reviewer_id, relation, state, nominated_by, decided_by, decided_at IS NOT NULL AS decided
           FROM reviewer_assignment WHERE round_id = $1 ORDER BY relation, reviewer_id`,
        [roundId],
      );
    const supervisorOf = async (roundId: string) =>
      (await ds.query(`SELECT supervisor_id FROM evaluation_round WHERE id = $1`, [roundId]))[0].supervisor_id as string | null;
    return { admin, oldBoss, newBoss, employee, round, seat, seats, supervisorOf };
  }

  it('lockRoundsToMove returns the DRAFT and OPEN rounds not already under the supervisor, with their seat', async () => {
    const w = await world();
    const open = await w.round('OPEN', w.oldBoss.id);
    await w.seat(open, w.oldBoss.id, 'SUPERVISOR', true);
    const draft = await w.round('DRAFT', w.oldBoss.id);
    await w.round('CLOSED', w.oldBoss.id);
    const underNew = await w.round('OPEN', w.newBoss.id);
    const withoutSupervisor = await w.round('OPEN', null);

    const toNew = await repo.lockRoundsToMove(w.employee.id, w.newBoss.id);
    expect(toNew).toEqual(
      [
        { roundId: open, supervisorId: w.oldBoss.id, seatState: 'APPROVED', seatSubmitted: true },
        { roundId: draft, supervisorId: w.oldBoss.id, seatState: null, seatSubmitted: false },
        { roundId: withoutSupervisor, supervisorId: null, seatState: null, seatSubmitted: false },
      ].sort((a, b) => (a.roundId < b.roundId ? -1 : 1)),
    );
    // Clearing the line moves every open round that has a supervisor.
    expect((await repo.lockRoundsToMove(w.employee.id, null)).map((r) => r.roundId)).toEqual([open, draft, underNew].sort());
  });

  it('lockPeerSeats finds the other seats the new supervisor holds, with whether they reviewed; deleteSeats removes them', async () => {
    const w = await world();
    const r1 = await w.round('OPEN', w.oldBoss.id);
    const r2 = await w.round('OPEN', w.oldBoss.id);
    const peerWithout = await w.seat(r1, w.newBoss.id, 'PEER');
    const peerWith = await w.seat(r2, w.newBoss.id, 'PEER', true);
    await w.seat(r1, w.oldBoss.id, 'SUPERVISOR');

    const peers = await repo.lockPeerSeats([r1, r2], w.newBoss.id);
    expect(peers.sort((a, b) => (a.roundId < b.roundId ? -1 : 1))).toEqual(
      [
        { id: peerWithout, roundId: r1, submitted: false },
        { id: peerWith, roundId: r2, submitted: true },
      ].sort((a, b) => (a.roundId < b.roundId ? -1 : 1)),
    );
    expect(await repo.lockPeerSeats([r1], w.oldBoss.id)).toEqual([]);

    await repo.deleteSeats([peerWithout]);
    expect((await w.seats(r1)).map((s: { relation: string }) => s.relation)).toEqual(['SUPERVISOR']);
  });

  it('moves rounds to a new supervisor: round supervisor set, the seat changes hands or is created, APPROVED by the actor', async () => {
    const w = await world();
    const withSeat = await w.round('OPEN', w.oldBoss.id);
    await w.seat(withSeat, w.oldBoss.id, 'SUPERVISOR', true);
    const withoutSeat = await w.round('DRAFT', w.oldBoss.id);

    await ds.transaction(async (m) => {
      await repo.setRoundSupervisor([withSeat, withoutSeat], w.newBoss.id, m);
      await repo.giveSupervisorSeats([withSeat, withoutSeat], w.newBoss.id, w.admin.id, m);
    });

    for (const round of [withSeat, withoutSeat]) {
      expect(await w.supervisorOf(round)).toBe(w.newBoss.id);
      expect(await w.seats(round)).toEqual([
        expect.objectContaining({
          reviewer_id: w.newBoss.id,
          relation: 'SUPERVISOR',
          state: 'APPROVED',
          decided_by: w.admin.id,
          decided: true,
        }),
      ]);
    }
    expect((await w.seats(withoutSeat))[0].nominated_by).toBe(w.admin.id);
    expect((await w.seats(withSeat))[0].nominated_by).toBe(w.admin.id);
    // The old supervisor's review stays on record under the seat.
    const [{ reviews }] = await ds.query(`SELECT count(*)::int AS reviews FROM review WHERE round_id = $1 AND reviewer_id = $2`, [
      withSeat,
      w.oldBoss.id,
    ]);
    expect(reviews).toBe(1);
  });

  it('clears the line: round supervisor null, the seat REJECTED by the actor', async () => {
    const w = await world();
    const round = await w.round('OPEN', w.oldBoss.id);
    await w.seat(round, w.oldBoss.id, 'SUPERVISOR');
    await repo.setRoundSupervisor([round], null);
    await repo.rejectSupervisorSeats([round], w.admin.id);
    expect(await w.supervisorOf(round)).toBeNull();
    expect(await w.seats(round)).toEqual([
      expect.objectContaining({ reviewer_id: w.oldBoss.id, state: 'REJECTED', decided_by: w.admin.id, decided: true }),
    ]);
  });

  it('locks: the supervisor seats of open rounds, the rounds to move, and the peer seats, FOR UPDATE', async () => {
    const w = await world();
    const open = await w.round('OPEN', w.oldBoss.id);
    const closed = await w.round('CLOSED', w.oldBoss.id);
    const openSeat = await w.seat(open, w.oldBoss.id, 'SUPERVISOR');
    const closedSeat = await w.seat(closed, w.oldBoss.id, 'SUPERVISOR');
    const peer = await w.seat(open, w.newBoss.id, 'PEER');
    const seatLocked = (m: import('typeorm').EntityManager, id: string) =>
      isLocked(m, `SELECT 1 FROM reviewer_assignment WHERE id = $1 FOR UPDATE NOWAIT`, [id]);
    const roundLocked = (m: import('typeorm').EntityManager, id: string) =>
      isLocked(m, `SELECT 1 FROM evaluation_round WHERE id = $1 FOR UPDATE NOWAIT`, [id]);

    expect(
      await whileHolding(
        ds,
        (m) => repo.lockSupervisorSeats(w.employee.id, m),
        async (other) => ({
          open: await seatLocked(other, openSeat),
          closed: await seatLocked(other, closedSeat),
          round: await roundLocked(other, open),
        }),
      ),
    ).toEqual({ open: true, closed: false, round: false });
    expect(
      await whileHolding(
        ds,
        (m) => repo.lockRoundsToMove(w.employee.id, w.newBoss.id, m),
        async (other) => ({
          open: await roundLocked(other, open),
          closed: await roundLocked(other, closed),
          seat: await seatLocked(other, openSeat),
        }),
      ),
    ).toEqual({ open: true, closed: false, seat: false });
    expect(
      await whileHolding(
        ds,
        (m) => repo.lockPeerSeats([open], w.newBoss.id, m),
        async (other) => ({ peer: await seatLocked(other, peer), supervisor: await seatLocked(other, openSeat) }),
      ),
    ).toEqual({ peer: true, supervisor: false });
  });
});
