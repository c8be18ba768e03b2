import { errorCode, startStack, Stack } from '../support/stack';
import { createAgency, createPeriod, createRatingLink, ok, openRound, smallOrganisation } from '../support/org-fixtures';
import { until } from '../support/scoring-fixtures';

/**
 * Issue 11, findings 3 (GraphQL part), 4 and 6 (suggestions, malformed ids, APQ, error logs,
 * queue counts): what an attacker's GraphQL document costs and what its errors reveal.
 */
describe('GraphQL limits and client errors', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let periodId: string;
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    org = await smallOrganisation(stack, 'Kota Uji Biaya');
    periodId = await createPeriod(stack, org.admin.token, {
      name: 'Bulan Uji',
      kind: 'MONTHLY',
      startsOn: '2026-10-01',
      endsOn: '2026-10-31',
    });
    await openRound(stack, org.tokens.camat, org.people.lurahA.id, periodId);
    await openRound(stack, org.tokens.camat, org.people.lurahB.id, periodId);
  });
  afterAll(() => stack?.close());

  const post = async (body: unknown, token?: string) => {
    const res = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    let json: { errors?: Array<{ message: string; extensions?: { code?: string } }>; data?: unknown } = {};
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON: the assertions below show the text */
    }
    return { status: res.status, json, text };
  };

  it('a document of 200,000 aliases is refused before validation: 400 QUERY_TOO_LARGE, not 500', async () => {
    const aliases = Array.from({ length: 200_000 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await post({ query: `{ ${aliases} }` }, org.admin.token);
    expect([res.status, res.json.errors?.[0]?.extensions?.code]).toEqual([400, 'QUERY_TOO_LARGE']);
  });

  it('an anonymous document of 2,500 aliases (7,500 tokens, under the anonymous body limit) is refused the same way', async () => {
    const aliases = Array.from({ length: 2_500 }, (_, i) => `a${i}:__typename`).join(' ');
    const res = await post({ query: `{${aliases}}` });
    expect([res.status, res.json.errors?.[0]?.extensions?.code]).toEqual([400, 'QUERY_TOO_LARGE']);
  });

  const TEAM_PAGE = `query($p: ID!) { teamRounds(periodId: $p) { id status employee { name } progress { supervisorSubmitted peersApproved peersSubmitted nominationsPending } reviewers { id relation state reviewer { name } } result { predikat perilakuScore } } }`;

  it('the pages’ own list queries still run (team rounds, my rounds, the unit tree, the public IKM page)', async () => {
    const d = await ok(stack, TEAM_PAGE, { p: periodId }, org.tokens.camat);
    expect(d.teamRounds).toHaveLength(2);
    // apps/web/src/staff/StaffApp.tsx (with PEER_NOMINATION_FIELDS) and apps/web/src/ikm/messages.ts, as sent.
    const mine = await ok(
      stack,
      `{ myRounds { id status period { name } progress { peersApproved nominationsPending } peerNominations { id reviewerId reviewerName reviewerPosition state nominatedByMe createdAt } result { predikat perilakuScore perilakuRating hasilKerjaRating } feedback { relation submitted commentsVisible comments { strengths improvements } } } }`,
      {},
      org.tokens.lurahA,
    );
    expect(mine.myRounds).toHaveLength(1);
    await ok(stack, `{ units { name kind children { name kind children { name kind } } } }`, {}, org.admin.token);
    const ikm = await ok(
      stack,
      `query($s: ID!) { publicServicePointSatisfaction(servicePointId: $s) {
        servicePointName unitName agencyName
        periods { periodId name startsOn endsOn respondents ikmConverted mutu kinerja elements { code name nrr } weakest quickCount quickMean updatedAt }
      } }`,
      { s: org.servicePointA },
    );
    expect(ikm.publicServicePointSatisfaction.servicePointName).toBeDefined();
  });

  it('cost counts rows: 100 aliases of teamRounds with its per-round fields are QUERY_TOO_COMPLEX', async () => {
    const one = `result { predikat } feedback { relation } reviewers { id } peerNominations { id } myReview { id }`;
    const q = `query($p: ID!) { ${Array.from({ length: 100 }, (_, i) => `t${i}: teamRounds(periodId: $p) { ${one} }`).join(' ')} }`;
    const res = await stack.gql(q, { p: periodId }, org.tokens.camat);
    expect([res.status, errorCode(res)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  });

  it('a page size is a multiplier: colleagues(first: 200) costs more than colleagues(first: 5)', async () => {
    const q = (n: number, k: number) =>
      `{ ${Array.from({ length: k }, (_, i) => `c${i}: colleagues(search: "ab", first: ${n}) { id name }`).join(' ')} }`;
    expect(errorCode(await stack.gql(q(5, 20), {}, org.tokens.staffA))).toBeUndefined();
    expect(errorCode(await stack.gql(q(200, 20), {}, org.tokens.staffA))).toBe('QUERY_TOO_COMPLEX');
  });

  it('every ID argument refuses a malformed id with BAD_USER_INPUT, and none is logged as an error with a stack', async () => {
    const intro = await ok(
      stack,
      `{ __schema { queryType { name } mutationType { name } types { name fields { name args { name defaultValue type { kind name ofType { kind name } } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`,
      {},
      org.admin.token,
    );
    type TypeRef = { kind: string; name: string | null; ofType?: TypeRef | null };
    const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
    const calls: Array<{
      root: string;
      field: string;
      arg: string;
      leaf: boolean;
      args: Array<{ name: string; defaultValue: string | null; type: TypeRef }>;
    }> = [];
    for (const root of ['Query', 'Mutation']) {
      const type = intro.__schema.types.find((t: { name: string }) => t.name === root);
      for (const f of type.fields)
        for (const a of f.args)
          if (named(a.type).name === 'ID') {
            const leafKind = named(f.type).kind;
            calls.push({ root, field: f.name, arg: a.name, leaf: leafKind === 'SCALAR' || leafKind === 'ENUM', args: f.args });
          }
    }
    expect(calls.length).toBeGreaterThanOrEqual(12);
    const before = stack.logs().length;
    const answers: Record<string, string | undefined> = {};
    for (const c of calls) {
      // Other required arguments get a well-formed value, so only the malformed id can be at fault.
      const others = c.args
        .filter((a) => a.name !== c.arg && a.type.kind === 'NON_NULL' && a.defaultValue === null)
        .map((a) => {
          const t = named(a.type).name;
          return `${a.name}: ${t === 'ID' ? '"00000000-0000-4000-8000-000000000000"' : t === 'Int' ? '1' : '"scoring"'}`;
        });
      const args = [`${c.arg}: "x"`, ...others].join(', ');
      const sel = c.leaf ? '' : ' { __typename }';
      const op = c.root === 'Mutation' ? 'mutation ' : '';
      const res = await stack.gql(`${op}{ ${c.field}(${args})${sel} }`, {}, org.admin.token);
      answers[`${c.field}.${c.arg}`] = errorCode(res);
    }
    const expected = Object.fromEntries(
      Object.keys(answers).map((k) => [k, k === 'retryFailedJob.jobId' ? 'NOT_FOUND' : 'BAD_USER_INPUT']),
    );
    expect(answers).toEqual(expected);
    // As a variable, too.
    const viaVariable = await stack.gql(`query($id: ID!) { round(id: $id) { id } }`, { id: 'x' }, org.admin.token);
    expect([viaVariable.status, errorCode(viaVariable)]).toEqual([400, 'BAD_USER_INPUT']);
    const logs = (await stack.waitForLogs(() => true)).slice(before);
    expect(logs).not.toMatch(/"level":50/);
    expect(logs).not.toMatch(/invalid input syntax for type uuid/);
  });

  it('an APQ with a wrong hash is a 4xx-class client error, not INTERNAL_SERVER_ERROR, and is not logged as an error', async () => {
    const before = stack.logs().length;
    const wrong = await post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } });
    expect(wrong.status).toBe(400);
    expect(wrong.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const garbage = await post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } });
    expect(garbage.status).toBe(400);
    expect(garbage.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const logs = (await stack.waitForLogs(() => true)).slice(before);
    expect(logs).not.toMatch(/"level":50/);
  });

  it('client errors (validation, not found, forbidden, too complex) are not logged as errors with stacks', async () => {
    const before = stack.logs().length;
    await stack.gql(`{ nope }`, {}, org.admin.token);
    await stack.gql(`query($id: ID!) { round(id: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' }, org.admin.token);
    await stack.gql(`{ failedJobs(queue: "scoring") { id } }`, {}, org.tokens.staffA);
    await stack.gql(`{ ${Array.from({ length: 50 }, (_, i) => `u${i}: units { id children { id } }`).join(' ')} }`, {}, org.admin.token);
    const logs = (await stack.waitForLogs(() => true)).slice(before);
    expect(logs).not.toMatch(/"level":50/);
    expect(logs).not.toMatch(/"stack"|\n\s+at /);
  });

  it('queueCounts counts only the caller’s agency’s jobs', async () => {
    const busy = await createAgency(stack, 'Kota Uji Antrean Sibuk');
    const spId = (
      await ok(
        stack,
        `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
        { i: { name: 'Loket Antrean', unitId: busy.rootUnitId } },
        busy.token,
      )
    ).createServicePoint.id;
    const link = await createRatingLink(stack, busy.token, { servicePointId: spId });
    for (let i = 0; i < 3; i++)
      await ok(stack, `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted } }`, {
        i: { token: link.token, idempotencyKey: `antrean-${i}-${Date.now()}`, kind: 'QUICK', score: 4 },
      });
    const total = (counts: Array<{ queue: string; counts: Record<string, number> }>) =>
      counts.filter((c) => c.queue === 'aggregation').reduce((s, c) => s + Object.values(c.counts).reduce((a, b) => a + b, 0), 0);
    await until(
      'the busy agency’s aggregation job in its own counts',
      async () => total((await ok(stack, `{ queueCounts { queue counts } }`, {}, busy.token)).queueCounts) > 0 || undefined,
      30_000,
    );
    const quiet = await createAgency(stack, 'Kota Uji Antrean Sepi');
    const seen = (await ok(stack, `{ queueCounts { queue counts } }`, {}, quiet.token)).queueCounts;
    expect(total(seen)).toBe(0);
  });
});

describe('GraphQL in production: no schema hints', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ queue: 'postgres', worker: false, env: { NODE_ENV: 'production', JWT_SECRET: 'y'.repeat(40) } });
  });
  afterAll(() => stack?.close());

  it('a misspelt field gets no “Did you mean …?” suggestion', async () => {
    const res = await stack.gql(`{ employe(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).not.toMatch(/Did you mean/);
    const input = await stack.gql(`mutation { submitPublicRating(input: { tokn: "x" }) { accepted } }`);
    expect(JSON.stringify(input.errors)).not.toMatch(/Did you mean/);
    const variable = await stack.gql(`mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted } }`, {
      i: { tokn: 'x', idempotencyKey: 'abcdefgh12', kind: 'QUICK', score: 3 },
    });
    expect(errorCode(variable)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(variable.errors)).not.toMatch(/Did you mean/);
  });
});
