import { errorCode, startStack, Stack } from '../../support/stack';
import { createAgency } from '../../support/org-fixtures';

describe('GraphQL hardening', () => {
  let stack: Stack;
  let token: string;
  beforeAll(async () => {
    stack = await startStack({ queue: 'postgres', env: { GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COMPLEXITY: '300' } });
    token = (await createAgency(stack, 'Kota Uji Batas')).token;
  });
  afterAll(() => stack?.close());

  const nested = (depth: number) => {
    let q = 'id';
    // Up the tree (one parent per unit), so the depth is tested and not the cost: a list nested
    // six deep multiplies its rows past any sensible cost limit (complexity.plugin.ts).
    for (let i = 0; i < depth - 1; i++) q = `parent { ${q} }`;
    return `{ units { ${q} } }`;
  };

  it('answers a query within the depth limit', async () => {
    const res = await stack.gql(nested(6), {}, token);
    expect(res.errors).toBeUndefined();
  });

  it('refuses a query nested deeper than the limit, before running it', async () => {
    const res = await stack.gql(nested(7), {}, token);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/exceeds maximum operation depth of 6/);
  });

  it('refuses a query costlier than the complexity limit', async () => {
    const wide = Array.from({ length: 60 }, (_, i) => `a${i}: units { id name kind parentId archivedAt createdAt }`).join(' ');
    const res = await stack.gql(`{ ${wide} }`, {}, token);
    expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors![0].message).toMatch(/maximum is 300/);
    expect(res.status).toBe(400);
  });

  it('a variable that does not fit its type is the client’s mistake: 400 BAD_USER_INPUT, not 500', async () => {
    const wrongType = await stack.gql(`query($t: String!) { publicRatingContext(token: $t) { kind } }`, { t: 5 });
    expect([wrongType.status, errorCode(wrongType)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(wrongType.errors![0].message).toMatch(/String cannot represent/);
    const missing = await stack.gql(`query($t: String!) { publicRatingContext(token: $t) { kind } }`, {});
    expect([missing.status, errorCode(missing)]).toEqual([400, 'BAD_USER_INPUT']);
    const fraction = await stack.gql(`mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted } }`, {
      i: { token: 'x', idempotencyKey: 'abcdefgh12', kind: 'QUICK', score: 3.5 },
    });
    expect([fraction.status, errorCode(fraction)]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('keeps Apollo CSRF prevention on: a simple GET query without a preflight header is refused', async () => {
    const res = await fetch(`${stack.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  it('answers no stack traces', async () => {
    const res = await stack.gql(`{ unit(id: "not-a-uuid") { id } }`, {}, token);
    expect(res.errors).toBeDefined();
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});

describe('GraphQL in production', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ queue: 'postgres', env: { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) } });
  });
  afterAll(() => stack?.close());

  it('turns introspection off', async () => {
    const res = await stack.gql(`{ __schema { types { name } } }`);
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it('serves no sandbox page', async () => {
    const res = await fetch(`${stack.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/apollo.*sandbox|embeddable-sandbox/i);
  });
});
