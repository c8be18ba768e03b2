import { startStack, stackEnv, Stack } from '../support/stack';
import { createEmployee, createPeriod, ok, smallOrganisation } from '../support/org-fixtures';
import { CORE_VALUES, until } from '../support/scoring-fixtures';
import { statementCounter } from '../support/statement-counter';

/**
 * Issue 15: the lists of my results, award candidates and training suggestions, and the per-round
 * valueGaps field, cost a bounded number of SQL statements per request, whatever the number of
 * scored rounds (set-based repository methods and DataLoaders). The gateway talks to PostgreSQL
 * through a counting proxy (as round-query-count.e2e-spec.ts); the scoring worker goes direct.
 */

const PERIOD_ROUNDS = `query($p: ID!) { periodRounds(periodId: $p, page: { first: 20 }) { totalCount nodes {
  id result { predikat sources { source score ci95 { low high } minimum status } } valueGaps { value self others gap } } } }`;
const AWARDS = `query($p: ID!) { awardCandidates(periodId: $p, limit: 100) { roundsConsidered candidates { rank reasons { source score } } } }`;
const TRAINING = `query($p: ID!) { trainingSuggestions(periodId: $p) { roundsConsidered employees { weakValues { value } courses { course { title } } } } }`;

describe('security: recognition lists cost a bounded number of SQL statements (issue 15)', () => {
  let stack: Stack;
  let proxy: Awaited<ReturnType<typeof statementCounter>>;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let periodId: string;
  let made = 0;

  beforeAll(async () => {
    const direct = stackEnv('redis').DATABASE_URL;
    const url = new URL(direct);
    proxy = await statementCounter({ host: url.hostname, port: Number(url.port || 5432) });
    const viaProxy = new URL(direct);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    stack = await startStack({ worker: false, env: { DATABASE_URL: viaProxy.toString() } });
    await stack.startWorker({ DATABASE_URL: direct });
    org = await smallOrganisation(stack, 'Kota Uji Kueri Penghargaan');
    periodId = await createPeriod(stack, org.admin.token, {
      name: 'Triwulan IV 2026',
      kind: 'QUARTERLY',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
    });
    await ok(
      stack,
      `mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { id } }`,
      {
        i: { title: 'Pelayanan Prima', provider: 'BPSDM', coreValue: 'BERORIENTASI_PELAYANAN', hours: 8, active: true },
      },
      org.admin.token,
    );
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
    await proxy?.close();
  });

  /** `n` more scored rounds in lurahA's team: the supervisor's review (weak pelayanan) and the close. */
  async function addScoredRounds(n: number) {
    for (let i = 0; i < n; i++) {
      const e = await createEmployee(stack, org.admin.token, {
        name: `Pegawai Kueri ${++made}`,
        position: 'Pengadministrasi Umum',
        unitId: org.units.kelA,
        supervisorId: org.people.lurahA.id,
        password: org.password,
      });
      const roundId = (
        await ok(
          stack,
          `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`,
          { i: { employeeId: e.id, periodId } },
          org.tokens.lurahA,
        )
      ).openRound.id;
      await ok(
        stack,
        `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
        {
          i: {
            roundId,
            scores: CORE_VALUES.map((value, k) => ({ value, score: k === 0 ? 2 : 4 })),
            strengths: 'Tepat waktu.',
            improvements: 'Arsip perlu dirapikan.',
          },
        },
        org.tokens.lurahA,
      );
      await ok(
        stack,
        `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`,
        { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } },
        org.tokens.lurahA,
      );
    }
    await until(
      'every round scored',
      async () => {
        const d = await ok(stack, `query($p: ID!) { periodProgress(periodId: $p) { scored } }`, { p: periodId }, org.admin.token);
        return d.periodProgress.scored === made;
      },
      60_000,
    );
  }

  async function cost(query: string): Promise<number> {
    await ok(stack, `{ __typename }`, {}, org.admin.token); // settle the pool and the caller's session
    const before = proxy.count();
    await ok(stack, query, { p: periodId }, org.admin.token);
    return proxy.count() - before;
  }

  it('periodRounds with valueGaps, awardCandidates and trainingSuggestions: as many statements for 12 scored rounds as for 2', async () => {
    await addScoredRounds(2);
    const small = { rounds: await cost(PERIOD_ROUNDS), awards: await cost(AWARDS), training: await cost(TRAINING) };
    const d2 = await ok(stack, TRAINING, { p: periodId }, org.admin.token);
    expect(d2.trainingSuggestions.employees).toHaveLength(2);
    await addScoredRounds(10);
    const big = { rounds: await cost(PERIOD_ROUNDS), awards: await cost(AWARDS), training: await cost(TRAINING) };
    const d12 = await ok(stack, TRAINING, { p: periodId }, org.admin.token);
    expect(d12.trainingSuggestions.roundsConsidered).toBe(12);
    expect(d12.trainingSuggestions.employees).toHaveLength(12);
    console.log(JSON.stringify({ small, big }));
    // A statement or two of slack for the gateway's own background work during the request.
    for (const k of ['rounds', 'awards', 'training'] as const) expect(big[k]).toBeLessThanOrEqual(small[k] + 2);
    expect(big.training).toBeLessThanOrEqual(10);
  });

  it('myResults with sources, valueGaps and feedback: as many statements for 6 scored periods as for 1', async () => {
    const MY = `{ myResults(page: { first: 12 }) { totalCount nodes { id period { name } result { predikat sources { source score ci95 { low } status } }
      valueGaps { value others } feedback { relation comments { strengths } } } } }`;
    const staff = org.people.staffA;
    const scoredIn = async (month: number) => {
      const mm = String(month).padStart(2, '0');
      const p = await createPeriod(stack, org.admin.token, {
        name: `Bulan ${mm} 2026`,
        kind: 'MONTHLY',
        startsOn: `2026-${mm}-01`,
        endsOn: `2026-${mm}-28`,
      });
      const roundId = (
        await ok(
          stack,
          `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`,
          { i: { employeeId: staff.id, periodId: p } },
          org.tokens.lurahA,
        )
      ).openRound.id;
      await ok(
        stack,
        `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
        {
          i: { roundId, scores: CORE_VALUES.map((value) => ({ value, score: 4 })), strengths: 'Berkas selalu rapi.', improvements: 'Layanan bisa lebih cepat.' },
        },
        org.tokens.lurahA,
      );
      await ok(
        stack,
        `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`,
        { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } },
        org.tokens.lurahA,
      );
      await until(
        `round ${roundId} scored`,
        async () =>
          (await ok(stack, `query($id: ID!) { round(id: $id) { status } }`, { id: roundId }, org.tokens.lurahA)).round.status === 'SCORED',
        30_000,
      );
    };
    const myCost = async () => {
      await ok(stack, `{ __typename }`, {}, org.tokens.staffA);
      const before = proxy.count();
      const d = await ok(stack, MY, {}, org.tokens.staffA);
      return { statements: proxy.count() - before, rounds: d.myResults.nodes.length as number };
    };
    await scoredIn(1);
    const one = await myCost();
    for (const m of [2, 3, 4, 5, 6]) await scoredIn(m);
    const six = await myCost();
    console.log(JSON.stringify({ one, six }));
    expect([one.rounds, six.rounds]).toEqual([1, 6]);
    expect(six.statements).toBeLessThanOrEqual(one.statements + 2);
  });
});
