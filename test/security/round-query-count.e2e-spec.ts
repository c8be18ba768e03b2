import { startStack, stackEnv, Stack } from '../support/stack';
import { createEmployee, createPeriod, login, ok, smallOrganisation } from '../support/org-fixtures';
import { CORE_VALUES } from '../support/scoring-fixtures';
import { statementCounter } from '../support/statement-counter';

/**
 * Issue 11, finding 4 (the DataLoader part): a team page's per-round fields (result, feedback,
 * reviewers and their names, peerNominations, myReview, progress, and the visibility check behind
 * them) must cost a bounded number of SQL statements per request, whatever the number of rounds.
 *
 * The gateway talks to PostgreSQL through a small TCP proxy (test/support/statement-counter.ts)
 * that counts the statements it sends.
 */

const TEAM = `query($p: ID!) { teamRounds(periodId: $p) {
  id status employee { name } period { name } instrument { version }
  progress { supervisorSubmitted peersApproved peersSubmitted nominationsPending subordinatesApproved subordinatesSubmitted selfSubmitted }
  result { perilakuScore predikat sources { source count mean score weight counted sd ci95 { low high } } }
  feedback { relation submitted commentsVisible comments { strengths improvements } }
  reviewers { id relation state submitted reviewer { name } }
  peerNominations { id reviewerName state nominatedByMe }
  myReview { revision scores { value score } }
} }`;

describe('security: a team page costs a bounded number of SQL statements (issue 11, finding 4)', () => {
  let stack: Stack;
  let proxy: Awaited<ReturnType<typeof statementCounter>>;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let periodId: string;
  let peer: { id: string };
  let rounds = 0;

  beforeAll(async () => {
    const direct = new URL(stackEnv('redis').DATABASE_URL);
    proxy = await statementCounter({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(direct.toString());
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    // This request selects every per-round field at once (cost 2,050 with the row estimator, more
    // than any page asks): the cost limit is raised here because what is measured is SQL.
    stack = await startStack({ worker: false, env: { DATABASE_URL: viaProxy.toString(), GRAPHQL_MAX_COMPLEXITY: '10000' } });
    org = await smallOrganisation(stack, 'Kota Uji Kueri');
    periodId = await createPeriod(stack, org.admin.token, {
      name: 'Triwulan IV 2026',
      kind: 'QUARTERLY',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
    });
    peer = await createEmployee(stack, org.admin.token, {
      name: 'Rekan Kueri',
      position: 'Staf Pelayanan',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      password: org.password,
    });
  });
  afterAll(async () => {
    await stack?.close();
    await proxy?.close();
  });

  /** `n` more rounds in lurahA's team, each with a peer nominated by the employee and the supervisor's review. */
  async function addRounds(n: number) {
    for (let i = 0; i < n; i++) {
      const e = await createEmployee(stack, org.admin.token, {
        name: `Pegawai Kueri ${++rounds}`,
        position: 'Pengadministrasi Umum',
        unitId: org.units.kelA,
        supervisorId: org.people.lurahA.id,
        password: org.password,
      });
      const token = (await login(stack, e.nip, org.password)).token;
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
        `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id } }`,
        {
          i: { roundId, reviewerId: peer.id, relation: 'PEER' },
        },
        token,
      );
      await ok(
        stack,
        `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
        {
          i: {
            roundId,
            scores: CORE_VALUES.map((value) => ({ value, score: 4 })),
            strengths: 'Pelayanan tepat waktu.',
            improvements: 'Arsip perlu dirapikan.',
          },
        },
        org.tokens.lurahA,
      );
    }
  }

  /** Statements one teamRounds request sends, and how many rounds it answered. */
  async function cost(token: string): Promise<{ statements: number; rounds: number }> {
    await ok(stack, `{ __typename }`, {}, token); // settle the pool and the caller's session
    const before = proxy.count();
    const d = await ok(stack, TEAM, { p: periodId }, token);
    return { statements: proxy.count() - before, rounds: d.teamRounds.length };
  }

  it('the direct supervisor (manager) and the supervisor above (reporting line): as many statements for 20 rounds as for 2', async () => {
    await addRounds(2);
    const smallManager = await cost(org.tokens.lurahA);
    const smallLine = await cost(org.tokens.camat);
    await addRounds(18);
    const bigManager = await cost(org.tokens.lurahA);
    const bigLine = await cost(org.tokens.camat);
    console.log(JSON.stringify({ smallManager, smallLine, bigManager, bigLine }));
    expect([smallManager.rounds, bigManager.rounds, smallLine.rounds, bigLine.rounds]).toEqual([2, 20, 2, 20]);
    // A statement or two of slack for the gateway's own background work during the request.
    expect(bigManager.statements).toBeLessThanOrEqual(smallManager.statements + 2);
    expect(bigLine.statements).toBeLessThanOrEqual(smallLine.statements + 2);
    expect(bigManager.statements).toBeLessThanOrEqual(20);
  });
});
