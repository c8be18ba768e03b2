import { errorCode, startStack, Stack } from '../../support/stack';
import { createPeriod, ok, smallOrganisation } from '../../support/org-fixtures';

const VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];
const SUBMIT = `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`;
const ROUNDS = `query($p: ID!, $u: ID, $s: RoundStatus, $q: String, $page: PageInput) {
  periodRounds(periodId: $p, unitId: $u, status: $s, search: $q, page: $page) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id status employee { name } }
  }
}`;
const PROGRESS = `query($p: ID!, $u: ID) {
  periodProgress(periodId: $p, unitId: $u) { periodId unitId rounds draft open closed scored seats reviewsSubmitted }
}`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{ id: string; status: string; employee: { name: string } }>;
};

describe('a period overview for the admin page: periodRounds and periodProgress', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let periodId: string;
  beforeAll(async () => {
    stack = await startStack({ queue: 'postgres' });
    org = await smallOrganisation(stack, 'Kota Uji Ikhtisar');
    periodId = await createPeriod(stack, org.admin.token, {
      name: 'Triwulan I 2026',
      kind: 'QUARTERLY',
      startsOn: '2026-01-01',
      endsOn: '2026-03-31',
    });
    const opened = await ok(
      stack,
      `mutation($i: OpenRoundsForUnitInput!) { openRoundsForUnit(input: $i) { opened withoutSupervisor } }`,
      { i: { unitId: org.units.kecamatan, periodId, includeSubunits: true } },
      org.admin.token,
    );
    // The two lurah and their two staff; the camat has no supervisor.
    expect(opened.openRoundsForUnit).toEqual({ opened: 4, withoutSupervisor: 1 });
  });
  afterAll(() => stack?.close());

  const rounds = async (v: Record<string, unknown>, token = org.admin.token): Promise<Page> =>
    (await ok(stack, ROUNDS, { p: periodId, ...v }, token)).periodRounds;
  const names = (p: Page) => p.nodes.map((n) => n.employee.name);
  const review = (roundId: string, token: string) =>
    ok(
      stack,
      SUBMIT,
      {
        i: {
          roundId,
          scores: VALUES.map((value) => ({ value, score: 4 })),
          strengths: 'Tertib dan ramah melayani.',
          improvements: 'Arsip perlu dirapikan lagi.',
        },
      },
      token,
    );

  it('pages, filters by unit (with the units below it), status and name or NIP; counts per status and seats', async () => {
    const all = await rounds({});
    expect(all.totalCount).toBe(4);
    expect(names(all)).toEqual(['Lurah Cisaranten Kulon', 'Lurah Sukamiskin', 'Staf Cisaranten Kulon', 'Staf Sukamiskin']);
    expect(new Set(all.nodes.map((n) => n.status))).toEqual(new Set(['OPEN']));
    const byName = Object.fromEntries(all.nodes.map((n) => [n.employee.name, n.id]));

    // Pages of 3 then 1, in the same order.
    const first = await rounds({ page: { first: 3 } });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await rounds({ page: { first: 3, after: first.pageInfo.endCursor } });
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...names(first), ...names(second)]).toEqual(names(all));
    expect(second.totalCount).toBe(4);

    expect(names(await rounds({ u: org.units.kelB }))).toEqual(['Lurah Cisaranten Kulon', 'Staf Cisaranten Kulon']);
    expect((await rounds({ u: org.units.kecamatan })).totalCount).toBe(4);
    expect(names(await rounds({ q: 'sukamis' }))).toEqual(['Lurah Sukamiskin', 'Staf Sukamiskin']);
    expect(names(await rounds({ q: org.people.staffB.nip.slice(0, 18) }))).toEqual(['Staf Cisaranten Kulon']);
    expect(names(await rounds({ q: 'tidak ada orang ini' }))).toEqual([]);

    // lurahA reviews and closes staffA's round; the camat reviews lurahB's.
    await review(byName['Staf Sukamiskin'], org.tokens.lurahA);
    await ok(
      stack,
      `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`,
      { i: { roundId: byName['Staf Sukamiskin'], hasilKerjaRating: 'SESUAI_EKSPEKTASI' } },
      org.tokens.lurahA,
    );
    await review(byName['Lurah Cisaranten Kulon'], org.tokens.camat);

    expect(names(await rounds({ s: 'OPEN' }))).toEqual(['Lurah Cisaranten Kulon', 'Lurah Sukamiskin', 'Staf Cisaranten Kulon']);
    // The worker may score the closed round between two queries, so read the statuses in one query.
    const done = (await rounds({})).nodes.filter((n) => n.status === 'CLOSED' || n.status === 'SCORED');
    expect(done.map((n) => n.employee.name)).toEqual(['Staf Sukamiskin']);
    expect(names(await rounds({ s: 'DRAFT' }))).toEqual([]);

    const progress = (await ok(stack, PROGRESS, { p: periodId }, org.admin.token)).periodProgress;
    expect(progress).toMatchObject({ periodId, unitId: null, rounds: 4, draft: 0, open: 3, seats: 4, reviewsSubmitted: 2 });
    expect(progress.closed + progress.scored).toBe(1);
    const kelA = (await ok(stack, PROGRESS, { p: periodId, u: org.units.kelA }, org.admin.token)).periodProgress;
    expect(kelA).toMatchObject({ unitId: org.units.kelA, rounds: 2, open: 1, seats: 2, reviewsSubmitted: 1 });
    expect(kelA.closed + kelA.scored).toBe(1);
    const kelB = (await ok(stack, PROGRESS, { p: periodId, u: org.units.kelB }, org.admin.token)).periodProgress;
    expect(kelB).toMatchObject({ rounds: 2, open: 2, closed: 0, scored: 0, seats: 2, reviewsSubmitted: 1 });
  });

  it('a SUPERVISOR sees their reports only; progress is ADMIN only; bad input and other agencies refused', async () => {
    expect(names(await rounds({}, org.tokens.lurahA))).toEqual(['Staf Sukamiskin']);
    expect((await rounds({}, org.tokens.camat)).totalCount).toBe(4);
    expect(errorCode(await stack.gql(ROUNDS, { p: periodId }, org.tokens.staffA))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(PROGRESS, { p: periodId }, org.tokens.camat))).toBe('FORBIDDEN');

    expect(errorCode(await stack.gql(ROUNDS, { p: periodId, page: { first: 2, after: 'bukan-kursor' } }, org.admin.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await stack.gql(ROUNDS, { p: periodId, page: { first: 0 } }, org.admin.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.gql(ROUNDS, { p: periodId, q: 'x'.repeat(101) }, org.admin.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.gql(ROUNDS, { p: periodId, s: 'TIDAK_ADA' }, org.admin.token))).toBe('BAD_USER_INPUT');

    const other = await smallOrganisation(stack, 'Kota Lain Ikhtisar');
    expect(errorCode(await stack.gql(ROUNDS, { p: periodId }, other.admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(PROGRESS, { p: periodId }, other.admin.token))).toBe('NOT_FOUND');
    // Another agency's unit filters to nothing.
    expect((await rounds({ u: other.units.kelA })).totalCount).toBe(0);
  });
});
