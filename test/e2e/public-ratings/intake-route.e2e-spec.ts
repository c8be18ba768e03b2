import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { COMMENT_MAX_CHARACTERS, IDEMPOTENCY_KEY_MIN, IKM_ANSWER_COUNT, RATING_MAX_AGE_MS } from '@k360/scoring';
import { startStack, Stack } from '../../support/stack';
import { assignStaff, createRatingLink, ok, smallOrganisation } from '../../support/org-fixtures';
import { submitVia } from '../../support/intake-paths';

/**
 * The intake as a Nest route, POST /api/public-ratings (public-ratings.controller.ts), through the
 * whole framework; the pages and API clients use the GraphQL mutation `submitPublicRating` (the
 * submit fast path answers it as the pages send it). All call the same service with the same DTO:
 * case by case, the route answers the same error code (or receipt) as the mutation and stores the
 * same. The route's own HTTP: statuses, request id, security headers, unknown fields refused as
 * GraphQL refuses them.
 */
describe('POST /api/public-ratings answers as the mutation submitPublicRating does', () => {
  let stack: Stack;
  let db: Client;
  const tokens: Record<string, string> = {};
  let staffId = '';
  let servicePointId = '';

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', env: { PUBLIC_RATE_LIMIT: '0', LOG_LEVEL: 'info' } });
    const org = await smallOrganisation(stack, 'Kota Jalur Rute');
    servicePointId = org.servicePointA;
    staffId = org.people.staffA.id;
    await assignStaff(stack, org.admin.token, servicePointId, staffId);
    const link = () => createRatingLink(stack, org.admin.token, { servicePointId });
    tokens.link = (await link()).token;
    const revoked = await link();
    await ok(stack, `mutation($id: ID!) { revokeRatingLink(id: $id) { id } }`, { id: revoked.id }, org.admin.token);
    tokens.revoked = revoked.token;
    tokens.kiosk = (
      await ok(
        stack,
        `mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { deviceToken } }`,
        { i: { servicePointId, name: 'Kios Jalur Rute' } },
        org.admin.token,
      )
    ).registerKiosk.deviceToken;
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  const IKM = [4, 4, 3, 4, 3, 4, 4, 3, 4];
  const input = (key: string, extra: Record<string, unknown> = {}) => ({
    token: tokens.link,
    idempotencyKey: key,
    kind: 'IKM',
    answers: IKM,
    ...extra,
  });
  const cases: Array<{ name: string; input: (key: string) => Record<string, unknown>; twice?: boolean }> = [
    {
      name: 'IKM through a link, with comment, profile and submittedAt',
      input: (k) =>
        input(k, {
          comment: 'Pelayanan cepat & ramah <b>terima kasih</b>',
          respondent: { ageBand: 'AGE_30_39', sex: 'PEREMPUAN' },
          submittedAt: new Date(Date.now() - 3600_000).toISOString(),
        }),
    },
    {
      name: 'QUICK at the kiosk with the officer on duty',
      input: (k) => ({ token: tokens.kiosk, idempotencyKey: k, kind: 'QUICK', score: 3, employeeId: staffId }),
    },
    { name: 'a retry with the same key', twice: true, input: (k) => input(k) },
    { name: `${IKM_ANSWER_COUNT - 1} answers`, input: (k) => input(k, { answers: IKM.slice(1) }) },
    { name: 'QUICK without a score', input: (k) => ({ token: tokens.kiosk, idempotencyKey: k, kind: 'QUICK' }) },
    { name: 'a forged token', input: (k) => input(k, { token: 'l.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }) },
    { name: 'a revoked link', input: (k) => input(k, { token: tokens.revoked }) },
    { name: 'an officer on a link', input: (k) => input(k, { employeeId: staffId }) },
    {
      name: 'an officer who does not staff the kiosk’s service point',
      input: (k) => ({ token: tokens.kiosk, idempotencyKey: k, kind: 'QUICK', score: 2, employeeId: randomUUID() }),
    },
    {
      name: 'submittedAt an hour ahead (kiosk)',
      input: (k) => ({
        token: tokens.kiosk,
        idempotencyKey: k,
        kind: 'QUICK',
        score: 2,
        submittedAt: new Date(Date.now() + 3600_000).toISOString(),
      }),
    },
    {
      name: 'submittedAt past the maximum age (kiosk)',
      input: (k) => ({
        token: tokens.kiosk,
        idempotencyKey: k,
        kind: 'QUICK',
        score: 2,
        submittedAt: new Date(Date.now() - RATING_MAX_AGE_MS - 86_400_000).toISOString(),
      }),
    },
    { name: 'an answer of 5', input: (k) => input(k, { answers: [5, 4, 3, 4, 3, 4, 4, 3, 4] }) },
    { name: 'a short idempotency key', input: () => input('k'.repeat(IDEMPOTENCY_KEY_MIN - 1)) },
    {
      name: `a comment of ${COMMENT_MAX_CHARACTERS + 1} characters`,
      input: (k) => input(k, { comment: 'x'.repeat(COMMENT_MAX_CHARACTERS + 1) }),
    },
    {
      name: 'a comment of emoji presentation pairs over the limit',
      input: (k) => input(k, { comment: 'a\uFE0F'.repeat(COMMENT_MAX_CHARACTERS / 2 + 100) }),
    },
    { name: 'a profile value that is no enum value', input: (k) => input(k, { respondent: { sex: 'X' } }) },
    { name: 'a profile field that is not a band (a name)', input: (k) => input(k, { respondent: { name: 'Budi' } }) },
    { name: 'an unknown field', input: (k) => input(k, { nik: '3273010101010001' }) },
    { name: 'a number for the token', input: (k) => input(k, { token: 12345 }) },
  ];
  const stored = async () =>
    Number((await db.query(`SELECT count(*) FROM public_rating WHERE service_point_id = $1`, [servicePointId])).rows[0].count);

  it.each(cases)('$name', async (c) => {
    const before = await stored();
    const graphqlKey = randomUUID();
    const routeKey = randomUUID();
    const viaGraphql = [await submitVia(stack, 'graphql', c.input(graphqlKey))];
    const viaRoute = [await submitVia(stack, 'route', c.input(routeKey))];
    if (c.twice) {
      viaGraphql.push(await submitVia(stack, 'graphql', c.input(graphqlKey)));
      viaRoute.push(await submitVia(stack, 'route', c.input(routeKey)));
    }
    expect(viaRoute.map((a) => [a.code, a.receipt])).toEqual(viaGraphql.map((a) => [a.code, a.receipt]));
    const status = viaRoute[0].code === null ? 200 : viaRoute[0].code === 'BAD_USER_INPUT' ? 400 : 422;
    expect(viaRoute[0].status).toBe(status);
    // A success stores one rating per path; a retry none.
    expect(await stored()).toBe(before + (viaRoute[0].code === null ? 2 : 0));
  });

  it('the route carries the request id, the security headers and no-store on errors; not JSON is BAD_USER_INPUT', async () => {
    const res = await fetch(`${stack.url}/api/public-ratings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'rute-uji-1' },
      body: JSON.stringify(input(randomUUID(), { answers: [1] })),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-request-id')).toBe('rute-uji-1');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await fetch(`${stack.url}/api/public-ratings`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'halo',
    });
    expect(text.status).toBe(400);
    expect(((await text.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const logs = await stack.waitForLogs((s) => s.includes('rute-uji-1'));
    expect(logs).toContain('"path":"/api/public-ratings"');
  });

  it('GraphQL documents the mutation cannot run are Apollo’s answers, and the gateway stays up', async () => {
    for (const query of [
      'mutation { submitPublicRating { ...X } }',
      'mutation { submitPublicRating { ...A } } fragment A on PublicRatingReceipt { ...B } fragment B on PublicRatingReceipt { ...A }',
    ]) {
      const res = await fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: {} }),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
    }
    expect((await fetch(`${stack.url}/health`)).status).toBe(200);
  });
});
