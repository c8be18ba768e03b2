import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startStack, Stack } from '../../support/stack';
import { assignStaff, createRatingLink, ok, smallOrganisation } from '../../support/org-fixtures';
import {
  ANSWER_MAX,
  COMMENT_MAX_CHARACTERS,
  IDEMPOTENCY_KEY_MIN,
  IKM_ANSWER_COUNT,
  RATING_CLOCK_SKEW_MS,
  RATING_MAX_AGE_MS,
} from '@k360/scoring';

/**
 * The gateway answers the citizens' `submitPublicRating` on a fast path (apps/gateway/src/
 * public-ratings/submit-fast-path.ts) that skips the general HTTP and GraphQL machinery; it
 * checks the DTO itself (limits from libs/scoring/src/public-rating-rules.ts). This
 * compares it with the full stack, request by request: each case is sent as the pages send it
 * (fast path) and once more with `"extensions": {}` (which the fast path never takes, so Apollo
 * answers), and both answers must be the same — status, content type and body. The request log
 * tells which requests the fast path answered.
 */
describe('submitPublicRating: the fast path answers exactly as the full stack', () => {
  let stack: Stack;
  let db: Client;
  const tokens: Record<string, string> = {};
  let staffId = '';
  let servicePointId = '';

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', env: { PUBLIC_RATE_LIMIT: '0', LOG_LEVEL: 'info' } });
    const org = await smallOrganisation(stack, 'Kota Jalur Cepat');
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
        { i: { servicePointId, name: 'Kios Jalur Cepat' } },
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

  const SUBMIT = `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } }`;
  const IKM = [4, 4, 3, 4, 3, 4, 4, 3, 4];

  interface Case {
    name: string;
    /** Builds the body; `key` is a fresh idempotency key per path. */
    body: (key: string) => Record<string, unknown>;
    /** Whether the fast path answers it (its input passes the DTO's rules). */
    fast: boolean;
    /** Send the same body twice on each path (a retry). */
    twice?: boolean;
  }
  const input = (key: string, extra: Record<string, unknown> = {}) => ({
    token: tokens.link,
    idempotencyKey: key,
    kind: 'IKM',
    answers: IKM,
    ...extra,
  });
  const submit = (i: Record<string, unknown>, query = SUBMIT) => ({ query, variables: { i } });
  const cases: Case[] = [
    {
      name: 'IKM through a link, with comment, profile and submittedAt',
      fast: true,
      body: (k) =>
        submit(
          input(k, {
            comment: 'Pelayanan cepat & ramah <b>terima kasih</b>',
            respondent: { ageBand: 'AGE_30_39', sex: 'PEREMPUAN' },
            submittedAt: new Date(Date.now() - 3600_000).toISOString(),
          }),
        ),
    },
    {
      name: 'QUICK at the kiosk with the officer on duty',
      fast: true,
      body: (k) => submit({ token: tokens.kiosk, idempotencyKey: k, kind: 'QUICK', score: 3, employeeId: staffId }),
    },
    { name: 'a retry with the same key', fast: true, twice: true, body: (k) => submit(input(k)) },
    { name: `${IKM_ANSWER_COUNT - 1} answers`, fast: true, body: (k) => submit(input(k, { answers: IKM.slice(1) })) },
    { name: 'QUICK without a score', fast: true, body: (k) => submit({ token: tokens.kiosk, idempotencyKey: k, kind: 'QUICK' }) },
    {
      name: 'a forged token',
      fast: true,
      body: (k) => submit(input(k, { token: 'l.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })),
    },
    { name: 'a revoked link', fast: true, body: (k) => submit(input(k, { token: tokens.revoked })) },
    { name: 'an officer on a link', fast: true, body: (k) => submit(input(k, { employeeId: staffId })) },
    {
      name: 'an officer who does not staff the kiosk’s service point',
      fast: true,
      body: (k) => submit({ token: tokens.kiosk, idempotencyKey: k, kind: 'QUICK', score: 2, employeeId: randomUUID() }),
    },
    {
      name: 'submittedAt an hour past the clock skew',
      fast: true,
      body: (k) => submit(input(k, { submittedAt: new Date(Date.now() + RATING_CLOCK_SKEW_MS + 3600_000).toISOString() })),
    },
    {
      name: 'submittedAt a day past the maximum age',
      fast: true,
      body: (k) => submit(input(k, { submittedAt: new Date(Date.now() - RATING_MAX_AGE_MS - 86400_000).toISOString() })),
    },
    {
      name: 'aliases, __typename and an operation name',
      fast: true,
      body: (k) => ({
        query: `mutation Kirim($x: SubmitPublicRatingInput!) { r: submitPublicRating(input: $x) { t: __typename ok: accepted duplicate } }`,
        variables: { x: input(k) },
        operationName: 'Kirim',
      }),
    },
    // Inputs the DTO refuses, bad variables and other documents: the full stack answers both.
    { name: `an answer of ${ANSWER_MAX + 1}`, fast: false, body: (k) => submit(input(k, { answers: [ANSWER_MAX + 1, ...IKM.slice(1)] })) },
    { name: 'a short idempotency key', fast: false, body: () => submit(input('k'.repeat(IDEMPOTENCY_KEY_MIN - 1))) },
    {
      name: `a comment of ${COMMENT_MAX_CHARACTERS + 1} characters`,
      fast: false,
      body: (k) => submit(input(k, { comment: 'x'.repeat(COMMENT_MAX_CHARACTERS + 1) })),
    },
    // Over the limit in code points (as PostgreSQL and the rules count), under it for class-validator's MaxLength.
    {
      name: 'a comment of emoji presentation pairs over the limit',
      fast: false,
      body: (k) => submit(input(k, { comment: 'a\uFE0F'.repeat(COMMENT_MAX_CHARACTERS / 2 + 100) })),
    },
    { name: 'a profile value that is no enum value', fast: false, body: (k) => submit(input(k, { respondent: { sex: 'X' } })) },
    { name: 'a missing variable', fast: false, body: () => ({ query: SUBMIT, variables: {} }) },
    // graphql-depth-limit used to throw on these (and crash the gateway from the fast path).
    { name: 'an unknown fragment', fast: false, body: () => ({ query: 'mutation { submitPublicRating { ...X } }', variables: {} }) },
    {
      name: 'cyclic fragments',
      fast: false,
      body: () => ({
        query:
          'mutation { submitPublicRating { ...A } } fragment A on PublicRatingReceipt { ...B } fragment B on PublicRatingReceipt { ...A }',
        variables: {},
      }),
    },
    {
      name: 'another field selected',
      fast: false,
      body: (k) => submit(input(k), `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted } __typename }`),
    },
  ];

  const post = async (body: Record<string, unknown>) => {
    const res = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: (await res.json()) as { data?: Record<string, Record<string, unknown> | null> | null },
    };
  };
  const fastLines = () =>
    stack
      .logs()
      .split('\n')
      .filter((l) => l.includes('"fastPath":true')).length;

  it.each(cases)('$name', async (c) => {
    const before = fastLines();
    const stored = async () =>
      Number((await db.query(`SELECT count(*) FROM public_rating WHERE service_point_id = $1`, [servicePointId])).rows[0].count);
    const rowsBefore = await stored();
    const fastKey = randomUUID();
    const slowKey = randomUUID();
    const fast = [await post(c.body(fastKey))];
    const slow = [await post({ ...c.body(slowKey), extensions: {} })];
    if (c.twice) {
      fast.push(await post(c.body(fastKey)));
      slow.push(await post({ ...c.body(slowKey), extensions: {} }));
    }
    expect(fast).toEqual(slow);
    if (c.name.includes('emoji'))
      expect((fast[0].body as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    if (c.name.includes('fragment')) {
      expect(fast[0].status).toBe(400);
      expect((fast[0].body as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0].extensions?.code).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
      expect((await fetch(`${stack.url}/health`)).status).toBe(200);
    }
    const sends = c.twice ? 2 : 1;
    if (c.fast) await stack.waitForLogs(() => fastLines() === before + sends);
    expect(fastLines()).toBe(before + (c.fast ? sends : 0));
    // Each path stored what the other stored (a success stores one rating per path, a retry none).
    const receipt = fast[0].body.data ? Object.values(fast[0].body.data)[0] : null;
    const accepted = receipt !== null && (receipt.accepted === true || receipt.ok === true);
    expect(await stored()).toBe(rowsBefore + (accepted ? 2 : 0));
  });
});
