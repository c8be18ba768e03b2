import { Client } from 'pg';
import { errorCode, startStack, Stack } from '../support/stack';
import { createEmployee, createPeriod, login, ok, openRound, smallOrganisation } from '../support/org-fixtures';

const VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];
const scores = (s: number) => VALUES.map((value) => ({ value, score: s }));
const ROUND = `query($id: ID!) { round(id: $id) { id reviewers { reviewerId relation state } } }`;
const ASSIGN = `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id state relation } }`;
const CLOSE = `mutation($i: CloseRoundInput!) { closeRound(input: $i) { id status } }`;
const SUBMIT = `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id revision } }`;
const UPDATE = `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { id supervisorId } }`;
const review = (roundId: string) => ({
  roundId,
  scores: scores(4),
  strengths: 'Pelayanan cepat dan ramah.',
  improvements: 'Dokumentasi perlu dirapikan.',
});

/**
 * Finding 6 (reporting line): rights on a round follow the current reporting line. Changing an
 * employee's supervisor moves their open rounds (round.supervisor_id and the SUPERVISOR reviewer
 * seat) to the new supervisor in the same transaction, with one audit entry per round.
 */
describe('rights on a round follow the current reporting line', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let db: Client;
  let periodId: string;
  const allowed = ['FORBIDDEN', 'NOT_FOUND'];

  /** A new employee under lurahA with an open round; returns ids. */
  const employeeWithRound = async (label: string) => {
    const e = await createEmployee(stack, org.admin.token, {
      name: `Pegawai ${label}`,
      position: 'Pengadministrasi Umum',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      password: org.password,
    });
    const roundId = await openRound(stack, org.tokens.lurahA, e.id, periodId);
    return { ...e, roundId };
  };

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    org = await smallOrganisation(stack, 'Kota Uji Atasan');
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

  it('after the change the former supervisor cannot read reviewers, assign or close; the new one can; audited per round', async () => {
    const e = await employeeWithRound('Pindah');
    const peer = await createEmployee(stack, org.admin.token, {
      name: 'Rekan Pindah',
      position: 'Staf',
      unitId: org.units.kelB,
      supervisorId: org.people.lurahB.id,
      password: org.password,
    });
    // Before: lurahA manages the round.
    const before = await stack.gql(ROUND, { id: e.roundId }, org.tokens.lurahA);
    expect(before.errors).toBeUndefined();
    expect(before.data!.round.reviewers).toEqual([{ reviewerId: org.people.lurahA.id, relation: 'SUPERVISOR', state: 'APPROVED' }]);

    await ok(stack, UPDATE, { i: { id: e.id, supervisorId: org.people.lurahB.id } }, org.admin.token);

    // The former supervisor: no reading the round's reviewers, no assigning, no closing, no review.
    const read = await stack.gql(ROUND, { id: e.roundId }, org.tokens.lurahA);
    expect(allowed).toContain(errorCode(read));
    const assign = await stack.gql(ASSIGN, { i: { roundId: e.roundId, reviewerId: peer.id, relation: 'PEER' } }, org.tokens.lurahA);
    expect(allowed).toContain(errorCode(assign));
    const close = await stack.gql(CLOSE, { i: { roundId: e.roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.tokens.lurahA);
    expect(allowed.concat('NOT_A_REVIEWER')).toContain(errorCode(close));
    const formerReview = await stack.gql(SUBMIT, { i: review(e.roundId) }, org.tokens.lurahA);
    expect(errorCode(formerReview)).toBeDefined();

    // The new supervisor: reads, assigns, reviews and closes.
    const now = await ok(stack, ROUND, { id: e.roundId }, org.tokens.lurahB);
    expect(now.round.reviewers).toEqual([{ reviewerId: org.people.lurahB.id, relation: 'SUPERVISOR', state: 'APPROVED' }]);
    const assigned = await ok(stack, ASSIGN, { i: { roundId: e.roundId, reviewerId: peer.id, relation: 'PEER' } }, org.tokens.lurahB);
    expect(assigned.assignReviewer.state).toBe('APPROVED');
    await ok(stack, SUBMIT, { i: review(e.roundId) }, org.tokens.lurahB);
    const closed = await ok(stack, CLOSE, { i: { roundId: e.roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.tokens.lurahB);
    expect(['CLOSED', 'SCORED']).toContain(closed.closeRound.status);

    const { rows } = await db.query(
      `SELECT action, actor_id, before, after FROM audit_log WHERE entity_type = 'evaluation_round' AND entity_id = $1 AND action = 'ROUND_SUPERVISOR_REASSIGNED'`,
      [e.roundId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].actor_id).toBe(org.admin.id);
    expect(rows[0].before.supervisorId).toBe(org.people.lurahA.id);
    expect(rows[0].after.supervisorId).toBe(org.people.lurahB.id);
  });

  it('a review the former supervisor already submitted stays on record; the new supervisor’s review replaces it as the current one', async () => {
    const e = await employeeWithRound('Sudah Dinilai');
    await ok(stack, SUBMIT, { i: review(e.roundId) }, org.tokens.lurahA);
    await ok(stack, UPDATE, { i: { id: e.id, supervisorId: org.people.lurahB.id } }, org.admin.token);
    // The former supervisor cannot revise it any more.
    expect(errorCode(await stack.gql(SUBMIT, { i: review(e.roundId) }, org.tokens.lurahA))).toBeDefined();
    const mine = await ok(stack, SUBMIT, { i: { ...review(e.roundId), scores: scores(5) } }, org.tokens.lurahB);
    expect(mine.submitReview.revision).toBe(2);
    const { rows } = await db.query(`SELECT reviewer_id, relation, revision FROM current_review WHERE round_id = $1`, [e.roundId]);
    expect(rows).toEqual([{ reviewer_id: org.people.lurahB.id, relation: 'SUPERVISOR', revision: 2 }]);
    const audit = await db.query(`SELECT before FROM audit_log WHERE entity_id = $1 AND action = 'ROUND_SUPERVISOR_REASSIGNED'`, [
      e.roundId,
    ]);
    expect(audit.rows[0].before.supervisorReviewSubmitted).toBe(true);
  });

  it('closed rounds keep the supervisor they were closed by; clearing the supervisor leaves open rounds to ADMIN', async () => {
    const closedOne = await employeeWithRound('Tutup');
    await ok(stack, SUBMIT, { i: review(closedOne.roundId) }, org.tokens.lurahA);
    await ok(stack, CLOSE, { i: { roundId: closedOne.roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.tokens.lurahA);
    await ok(stack, UPDATE, { i: { id: closedOne.id, supervisorId: org.people.lurahB.id } }, org.admin.token);
    const { rows } = await db.query(`SELECT supervisor_id FROM evaluation_round WHERE id = $1`, [closedOne.roundId]);
    expect(rows[0].supervisor_id).toBe(org.people.lurahA.id);

    const cleared = await employeeWithRound('Tanpa Atasan');
    await ok(stack, UPDATE, { i: { id: cleared.id, clearSupervisor: true } }, org.admin.token);
    expect(allowed).toContain(errorCode(await stack.gql(ROUND, { id: cleared.roundId }, org.tokens.lurahA)));
    expect(allowed.concat('NOT_A_REVIEWER')).toContain(
      errorCode(await stack.gql(CLOSE, { i: { roundId: cleared.roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.tokens.lurahA)),
    );
    const admin = await ok(stack, ROUND, { id: cleared.roundId }, org.admin.token);
    expect(admin.round.reviewers).toEqual([{ reviewerId: org.people.lurahA.id, relation: 'SUPERVISOR', state: 'REJECTED' }]);
  });

  it('when the new supervisor already was a (not yet reviewing) peer on the round, the seat still moves', async () => {
    const e = await employeeWithRound('Rekan Jadi Atasan');
    await ok(stack, ASSIGN, { i: { roundId: e.roundId, reviewerId: org.people.lurahB.id, relation: 'PEER' } }, org.tokens.lurahA);
    await ok(stack, UPDATE, { i: { id: e.id, supervisorId: org.people.lurahB.id } }, org.admin.token);
    const now = await ok(stack, ROUND, { id: e.roundId }, org.tokens.lurahB);
    expect(now.round.reviewers).toEqual([{ reviewerId: org.people.lurahB.id, relation: 'SUPERVISOR', state: 'APPROVED' }]);
    // lurahB as a peer who already reviewed: the change is refused with a clear code and changes nothing.
    const f = await employeeWithRound('Rekan Sudah Menilai');
    await ok(stack, ASSIGN, { i: { roundId: f.roundId, reviewerId: org.people.lurahB.id, relation: 'PEER' } }, org.tokens.lurahA);
    await ok(stack, SUBMIT, { i: review(f.roundId) }, org.tokens.lurahB);
    const refused = await stack.gql(UPDATE, { i: { id: f.id, supervisorId: org.people.lurahB.id } }, org.admin.token);
    expect(errorCode(refused)).toBe('SUPERVISOR_ALREADY_REVIEWER');
    const { rows } = await db.query(`SELECT supervisor_id FROM employee WHERE id = $1`, [f.id]);
    expect(rows[0].supervisor_id).toBe(org.people.lurahA.id);
    void login;
  });
});
