import { Client } from 'pg';
import { errorCode, GqlResponse, startStack, Stack } from '../support/stack';
import { createEmployee, createPeriod, ok, openRound, smallOrganisation } from '../support/org-fixtures';

const VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];
const scores = (s: number) => VALUES.map((value) => ({ value, score: s }));
const CLOSE = `mutation($i: CloseRoundInput!) { closeRound(input: $i) { id status } }`;
const SUBMIT = `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id revision } }`;
const UPDATE = `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { id supervisorId } }`;
const OPEN = `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`;
const WAITING = `{ reviewsWaitingForMe { id relation round { id } } }`;
const PROGRESS = `query($id: ID!) { round(id: $id) { progress { supervisorSubmitted } reviewers { relation submitted } } }`;
const OPEN_UNIT = `mutation($i: OpenRoundsForUnitInput!) { openRoundsForUnit(input: $i) { opened alreadyOpen withoutSupervisor } }`;
const review = (roundId: string, s = 4) => ({
  roundId,
  scores: scores(s),
  strengths: 'Pelayanan cepat dan ramah.',
  improvements: 'Dokumentasi perlu dirapikan.',
});

/**
 * Follow-ups of finding 6 (reporting line), rules of the round itself:
 * - closing needs a current review written by the round's current supervisor: a review the former
 *   supervisor left on the moved SUPERVISOR seat does not let the new one close without assessing;
 * - opening a round reads the employee's supervisor under a row lock, so a round opened while a
 *   supervisor change is in flight gets the new supervisor (shown deterministically: the test holds
 *   the employee row in an uncommitted change and waits until the open is seen blocked on it).
 */
describe('round rules: who closes on whose review, and which supervisor a new round gets', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let db: Client;
  let periodId: string;

  const employee = async (label: string, unitId = org.units.kelA, supervisorId = org.people.lurahA.id) =>
    createEmployee(stack, org.admin.token, {
      name: `Pegawai ${label}`,
      position: 'Pengadministrasi Umum',
      unitId,
      supervisorId,
      password: org.password,
    });

  /** Facts of a round, to show a refused close changed nothing (the worker may score: CLOSED = SCORED here). */
  const facts = async (roundId: string) =>
    (
      await db.query(
        `SELECT (SELECT replace(status, 'SCORED', 'CLOSED') FROM evaluation_round WHERE id = $1) AS status,
                (SELECT closed_by FROM evaluation_round WHERE id = $1) AS closed_by,
                (SELECT count(*)::int FROM outbox WHERE payload->>'roundId' = $1::text) AS outbox,
                (SELECT count(*)::int FROM audit_log WHERE entity_id::text = $1::text AND action = 'ROUND_CLOSED') AS closed_audits`,
        [roundId],
      )
    ).rows[0];

  const supervisorOf = async (roundId: string) =>
    (
      await db.query(
        `SELECT r.supervisor_id, a.reviewer_id AS seat FROM evaluation_round r
           JOIN reviewer_assignment a ON a.round_id = r.id AND a.relation = 'SUPERVISOR' WHERE r.id = $1`,
        [roundId],
      )
    ).rows[0];

  /**
   * Runs `call` while a separate connection holds the employee row in an uncommitted supervisor
   * change (the row write of updateEmployee, which holds that row FOR UPDATE until it commits). Waits (bounded) until PostgreSQL reports the gateway's statement as blocked by that
   * connection, or until the call settles without waiting (today's behaviour before the lock);
   * then commits the change and returns whether the call had waited and its response.
   */
  const whileSupervisorChangeInFlight = async (
    employeeId: string,
    newSupervisorId: string,
    call: () => Promise<GqlResponse>,
  ): Promise<{ waited: boolean; res: GqlResponse }> => {
    const holder = new Client({ connectionString: stack.config.DATABASE_URL });
    await holder.connect();
    try {
      const [{ pid }] = (await holder.query(`SELECT pg_backend_pid() AS pid`)).rows;
      await holder.query('BEGIN');
      await holder.query(`UPDATE employee SET supervisor_id = $2, updated_at = now() WHERE id = $1`, [employeeId, newSupervisorId]);
      let settled = false;
      const pending = call().finally(() => {
        settled = true;
      });
      let waited = false;
      // Bounded wait for a state, not a timing assertion: the call either blocks on the row (and
      // stays blocked until the COMMIT below) or settles on its own.
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && !settled && !waited) {
        const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, [pid]);
        waited = rows[0].n > 0;
        if (!waited) await new Promise((r) => setTimeout(r, 50));
      }
      await holder.query('COMMIT');
      return { waited, res: await pending };
    } finally {
      await holder.end();
    }
  };

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    org = await smallOrganisation(stack, 'Kota Uji Aturan Putaran');
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    periodId = await createPeriod(stack, org.admin.token, {
      name: 'Triwulan IV 2026',
      kind: 'QUARTERLY',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
    });
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('the new supervisor cannot close on the former supervisor’s review (SUPERVISOR_REVIEW_REQUIRED, nothing changes); after their own review they can', async () => {
    const e = await employee('Ganti Atasan');
    const roundId = await openRound(stack, org.tokens.lurahA, e.id, periodId);
    await ok(stack, SUBMIT, { i: review(roundId) }, org.tokens.lurahA);
    await ok(stack, UPDATE, { i: { id: e.id, supervisorId: org.people.lurahB.id } }, org.admin.token);
    const before = await facts(roundId);
    expect(before).toMatchObject({ status: 'OPEN', outbox: 0, closed_audits: 0 });
    // What the new supervisor is shown agrees with the rule: the review is theirs to write.
    const waiting = await ok(stack, WAITING, {}, org.tokens.lurahB);
    expect(waiting.reviewsWaitingForMe.filter((a: any) => a.round.id === roundId)).toEqual([
      { id: expect.any(String), relation: 'SUPERVISOR', round: { id: roundId } },
    ]);
    const progress = await ok(stack, PROGRESS, { id: roundId }, org.tokens.lurahB);
    expect(progress.round.progress.supervisorSubmitted).toBe(false);
    expect(progress.round.reviewers).toEqual([{ relation: 'SUPERVISOR', submitted: false }]);

    const res = await stack.gql(CLOSE, { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.tokens.lurahB);
    expect(errorCode(res)).toBe('SUPERVISOR_REVIEW_REQUIRED');
    expect(res.errors![0].message).toMatch(/^Atasan langsung/);
    // ADMIN cannot close it on the former supervisor's review either: the round has a supervisor.
    const byAdmin = await stack.gql(CLOSE, { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.admin.token);
    expect(errorCode(byAdmin)).toBe('SUPERVISOR_REVIEW_REQUIRED');
    expect(await facts(roundId)).toEqual(before);

    await ok(stack, SUBMIT, { i: review(roundId, 5) }, org.tokens.lurahB);
    expect((await ok(stack, WAITING, {}, org.tokens.lurahB)).reviewsWaitingForMe.filter((a: any) => a.round.id === roundId)).toEqual([]);
    expect((await ok(stack, PROGRESS, { id: roundId }, org.tokens.lurahB)).round.progress.supervisorSubmitted).toBe(true);
    const closed = await ok(stack, CLOSE, { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.tokens.lurahB);
    expect(['CLOSED', 'SCORED']).toContain(closed.closeRound.status);
    expect(await facts(roundId)).toMatchObject({ status: 'CLOSED', closed_by: org.people.lurahB.id, outbox: 1, closed_audits: 1 });
  });

  it('a supervisor moved back keeps needing a current review of their own: the seat’s newest revision decides', async () => {
    // lurahA reviews, the line moves to lurahB who reviews, then back to lurahA: the current
    // revision is lurahB's, so lurahA must review again before closing.
    const e = await employee('Bolak Balik');
    const roundId = await openRound(stack, org.tokens.lurahA, e.id, periodId);
    await ok(stack, SUBMIT, { i: review(roundId) }, org.tokens.lurahA);
    await ok(stack, UPDATE, { i: { id: e.id, supervisorId: org.people.lurahB.id } }, org.admin.token);
    await ok(stack, SUBMIT, { i: review(roundId) }, org.tokens.lurahB);
    await ok(stack, UPDATE, { i: { id: e.id, supervisorId: org.people.lurahA.id } }, org.admin.token);
    const res = await stack.gql(CLOSE, { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.tokens.lurahA);
    expect(errorCode(res)).toBe('SUPERVISOR_REVIEW_REQUIRED');
    const again = await ok(stack, SUBMIT, { i: review(roundId) }, org.tokens.lurahA);
    expect(again.submitReview.revision).toBe(3);
    await ok(stack, CLOSE, { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.tokens.lurahA);
  });

  it('ADMIN rules for a round without supervisor are unchanged: closes on the review on record, refused without one', async () => {
    const reviewed = await employee('Tanpa Atasan Dinilai');
    const r1 = await openRound(stack, org.tokens.lurahA, reviewed.id, periodId);
    await ok(stack, SUBMIT, { i: review(r1) }, org.tokens.lurahA);
    await ok(stack, UPDATE, { i: { id: reviewed.id, clearSupervisor: true } }, org.admin.token);
    const closed = await ok(stack, CLOSE, { i: { roundId: r1, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.admin.token);
    expect(['CLOSED', 'SCORED']).toContain(closed.closeRound.status);

    const unreviewed = await employee('Tanpa Atasan Belum Dinilai');
    const r2 = await openRound(stack, org.tokens.lurahA, unreviewed.id, periodId);
    await ok(stack, UPDATE, { i: { id: unreviewed.id, clearSupervisor: true } }, org.admin.token);
    const refused = await stack.gql(CLOSE, { i: { roundId: r2, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.admin.token);
    expect(errorCode(refused)).toBe('SUPERVISOR_REVIEW_REQUIRED');
    expect((await facts(r2)).status).toBe('OPEN');
  });

  it('openRound after a supervisor change gives the round and its SUPERVISOR seat to the new supervisor', async () => {
    const e = await employee('Buka Setelah Ganti');
    await ok(stack, UPDATE, { i: { id: e.id, supervisorId: org.people.lurahB.id } }, org.admin.token);
    const opened = await ok(stack, OPEN, { i: { employeeId: e.id, periodId } }, org.tokens.lurahB);
    expect(await supervisorOf(opened.openRound.id)).toEqual({ supervisor_id: org.people.lurahB.id, seat: org.people.lurahB.id });
  });

  it('openRound concurrent with an uncommitted supervisor change waits for it and takes the new supervisor', async () => {
    const e = await employee('Buka Bersamaan');
    const { waited, res } = await whileSupervisorChangeInFlight(e.id, org.people.lurahB.id, () =>
      stack.gql(OPEN, { i: { employeeId: e.id, periodId } }, org.admin.token),
    );
    expect(res.errors).toBeUndefined();
    expect(await supervisorOf(res.data!.openRound.id)).toEqual({ supervisor_id: org.people.lurahB.id, seat: org.people.lurahB.id });
    expect(waited).toBe(true);
  });

  it('openRoundsForUnit concurrent with an uncommitted supervisor change waits for it and takes the new supervisor', async () => {
    const unitPeriod = await createPeriod(stack, org.admin.token, {
      name: 'Tahunan 2026',
      kind: 'ANNUAL',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    const e = await employee('Buka Unit Bersamaan', org.units.kelB, org.people.lurahB.id);
    const { waited, res } = await whileSupervisorChangeInFlight(e.id, org.people.lurahA.id, () =>
      stack.gql(OPEN_UNIT, { i: { unitId: org.units.kelB, periodId: unitPeriod, includeSubunits: false } }, org.admin.token),
    );
    expect(res.errors).toBeUndefined();
    const { rows } = await db.query(`SELECT id FROM evaluation_round WHERE employee_id = $1 AND period_id = $2`, [e.id, unitPeriod]);
    expect(rows).toHaveLength(1);
    expect(await supervisorOf(rows[0].id)).toEqual({ supervisor_id: org.people.lurahA.id, seat: org.people.lurahA.id });
    expect(waited).toBe(true);
  });
});
