import { errorCode, startStack, Stack } from '../../support/stack';
import { createEmployee, createPeriod, login, ok, openRound, smallOrganisation } from '../../support/org-fixtures';

/**
 * What an employee needs to nominate peers on their own: a colleague search (name, position and
 * unit only, own agency, active, not themself) and the round's peer nominations with their state
 * (never whether a peer has submitted), visible to the employee, the supervisor and ADMIN only.
 */
describe('peer nominations by the employee: colleagues and peerNominations', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let other: Awaited<ReturnType<typeof smallOrganisation>>;
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    org = await smallOrganisation(stack, 'Kota Usulan');
    other = await smallOrganisation(stack, 'Kota Tetangga');
  });
  afterAll(async () => {
    await stack?.close();
  });

  const COLLEAGUES = `query($s: String!, $n: Int) { colleagues(search: $s, first: $n) { id name position unitName } }`;
  const NOMINATIONS = `query($id: ID!) { round(id: $id) { id peerNominations { reviewerId reviewerName reviewerPosition state nominatedByMe } } }`;

  it('colleagues: by name within the agency, active only, never the caller, with stable errors for bad input', async () => {
    const t = org.tokens.staffA;
    const found = (await ok(stack, COLLEAGUES, { s: 'lurah' }, t)).colleagues as Array<Record<string, string>>;
    expect(found.map((c) => c.name).sort()).toEqual(['Lurah Cisaranten Kulon', 'Lurah Sukamiskin']);
    expect(Object.keys(found[0]).sort()).toEqual(['id', 'name', 'position', 'unitName']);
    expect(found.find((c) => c.name === 'Lurah Sukamiskin')).toMatchObject({ position: 'Lurah', unitName: 'Kelurahan Sukamiskin' });
    // Not the caller, not another agency (which has people of the same names).
    expect(((await ok(stack, COLLEAGUES, { s: 'Staf Sukamiskin' }, t)).colleagues as unknown[]).length).toBe(0);
    const ids = new Set(
      ((await ok(stack, COLLEAGUES, { s: 'Staf' }, other.tokens.staffA)).colleagues as Array<{ id: string }>).map((c) => c.id),
    );
    expect(ids.has(org.people.staffB.id)).toBe(false);
    // LIKE wildcards are taken literally.
    expect(((await ok(stack, COLLEAGUES, { s: '%%' }, t)).colleagues as unknown[]).length).toBe(0);
    // One character is refused before searching.
    expect(errorCode(await stack.gql(COLLEAGUES, { s: ' a ' }, t))).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.gql(COLLEAGUES, { s: 'lurah', n: 51 }, t))).toBe('BAD_USER_INPUT');
    expect(((await ok(stack, COLLEAGUES, { s: 'lurah', n: 1 }, t)).colleagues as unknown[]).length).toBe(1);
    expect(errorCode(await stack.gql(COLLEAGUES, { s: 'lurah' }))).toBe('UNAUTHENTICATED');
    // Deactivated colleagues are not offered.
    const gone = await createEmployee(stack, org.admin.token, {
      name: 'Pegawai Pindah Tugas',
      position: 'Pengadministrasi Umum',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      password: org.password,
    });
    expect(((await ok(stack, COLLEAGUES, { s: 'Pindah Tugas' }, t)).colleagues as unknown[]).length).toBe(1);
    await ok(
      stack,
      `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { id } }`,
      { i: { id: gone.id, active: false } },
      org.admin.token,
    );
    expect(((await ok(stack, COLLEAGUES, { s: 'Pindah Tugas' }, t)).colleagues as unknown[]).length).toBe(0);
  });

  it('peerNominations: the employee follows their nominations (state, who nominated), without submission status; others see null', async () => {
    const periodId = await createPeriod(stack, org.admin.token, {
      name: 'Bulan Usulan',
      kind: 'MONTHLY',
      startsOn: '2026-11-01',
      endsOn: '2026-11-30',
    });
    const roundId = await openRound(stack, org.tokens.lurahA, org.people.staffA.id, periodId);
    const colleague = await createEmployee(stack, org.admin.token, {
      name: 'Rekan Sukamiskin',
      position: 'Pengelola Layanan',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      password: org.password,
    });
    const [found] = (await ok(stack, COLLEAGUES, { s: 'Rekan Suka' }, org.tokens.staffA)).colleagues;
    expect(found.id).toBe(colleague.id);

    const ASSIGN = `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id state } }`;
    const mine = (await ok(stack, ASSIGN, { i: { roundId, reviewerId: found.id, relation: 'PEER' } }, org.tokens.staffA)).assignReviewer;
    expect(mine.state).toBe('NOMINATED');
    const bySupervisor = (
      await ok(stack, ASSIGN, { i: { roundId, reviewerId: org.people.staffB.id, relation: 'PEER' } }, org.tokens.lurahA)
    ).assignReviewer;
    expect(bySupervisor.state).toBe('APPROVED');

    const seen = (await ok(stack, NOMINATIONS, { id: roundId }, org.tokens.staffA)).round.peerNominations;
    expect(seen).toEqual([
      {
        reviewerId: colleague.id,
        reviewerName: 'Rekan Sukamiskin',
        reviewerPosition: 'Pengelola Layanan',
        state: 'NOMINATED',
        nominatedByMe: true,
      },
      {
        reviewerId: org.people.staffB.id,
        reviewerName: 'Staf Cisaranten Kulon',
        reviewerPosition: 'Pengadministrasi Umum',
        state: 'APPROVED',
        nominatedByMe: false,
      },
    ]);
    // The type has no submitted flag at all.
    expect(
      errorCode(
        await stack.gql(`query($id: ID!) { round(id: $id) { peerNominations { submitted } } }`, { id: roundId }, org.tokens.staffA),
      ),
    ).toBe('GRAPHQL_VALIDATION_FAILED');

    await ok(
      stack,
      `mutation($i: DecideNominationInput!) { decideNomination(input: $i) { id state } }`,
      { i: { assignmentId: mine.id, approve: false } },
      org.tokens.lurahA,
    );
    const after = (await ok(stack, NOMINATIONS, { id: roundId }, org.tokens.staffA)).round.peerNominations;
    expect(after[0]).toMatchObject({ reviewerId: colleague.id, state: 'REJECTED' });

    // The supervisor and ADMIN see them too; a peer reviewer and another agency do not.
    expect((await ok(stack, NOMINATIONS, { id: roundId }, org.tokens.lurahA)).round.peerNominations).toHaveLength(2);
    expect((await ok(stack, NOMINATIONS, { id: roundId }, org.admin.token)).round.peerNominations).toHaveLength(2);
    const peerView = await stack.gql(NOMINATIONS, { id: roundId }, org.tokens.staffB);
    expect(peerView.data?.round?.peerNominations ?? null).toBeNull();
    const foreign = await stack.gql(NOMINATIONS, { id: roundId }, other.admin.token);
    expect(foreign.data?.round?.peerNominations ?? null).toBeNull();
    const colleagueToken = (await login(stack, colleague.nip, org.password)).token;
    expect((await stack.gql(NOMINATIONS, { id: roundId }, colleagueToken)).data?.round?.peerNominations ?? null).toBeNull();
  });
});
