import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { errorCode, startStack, Stack } from '../support/stack';
import { assignStaff, createPeriod, ok, openRound, smallOrganisation } from '../support/org-fixtures';
import { CORE_VALUES, currentQuarter } from '../support/scoring-fixtures';
import { RATING_MAX_AGE_DAYS, RATING_MAX_AGE_MS } from '@k360/scoring';
import { submitVia } from '../support/intake-paths';

/**
 * Finding 6 of issue 11, the citizens' side: tokens never in request logs, one idempotency key
 * always answers `duplicate`, server time for online channels, comments normalised on the way in.
 */
const SUBMIT = `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } }`;
const IKM = [4, 4, 3, 4, 3, 4, 4, 3, 4];
const DAY = 86_400_000;

describe('public inputs', () => {
  let stack: Stack;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  const ticket = async () =>
    (
      await ok(
        stack,
        `mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { id token url qrSvgUrl } }`,
        { i: { servicePointId: org.servicePointA } },
        org.tokens.staffA,
      )
    ).issueServiceTicket as { id: string; token: string; url: string; qrSvgUrl: string };
  const link = async () =>
    (
      await ok(
        stack,
        `mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { id token url qrSvgUrl qrPngUrl } }`,
        { i: { servicePointId: org.servicePointA } },
        org.admin.token,
      )
    ).createRatingLink as { id: string; token: string; url: string; qrSvgUrl: string; qrPngUrl: string };

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', env: { PUBLIC_RATE_LIMIT: '1000', LOG_LEVEL: 'info' } });
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji Masukan');
    await assignStaff(stack, org.admin.token, org.servicePointA, org.people.staffA.id);
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('twenty parallel retries of one ticket submission with one key: one stored, nineteen duplicate, no TICKET_USED', async () => {
    const tk = await ticket();
    const input = { token: tk.token, idempotencyKey: randomUUID(), kind: 'IKM', answers: IKM };
    const answers = await Promise.all(Array.from({ length: 20 }, () => stack.gql(SUBMIT, { i: input })));
    const codes = answers.map((a) => errorCode(a) ?? (a.data!.submitPublicRating.duplicate ? 'duplicate' : 'stored'));
    expect(codes.filter((c) => c === 'stored')).toHaveLength(1);
    expect(codes.filter((c) => c === 'duplicate')).toHaveLength(19);
    expect((await db.query(`SELECT count(*)::int AS n FROM public_rating WHERE source_id = $1`, [tk.id])).rows[0].n).toBe(1);
    // Another key on the used ticket is still refused.
    expect(errorCode(await stack.gql(SUBMIT, { i: { ...input, idempotencyKey: randomUUID() } }))).toBe('TICKET_USED');
  });

  it(`links and tickets store the server’s time, whatever submittedAt says; only a kiosk may send a time up to ${RATING_MAX_AGE_DAYS} days old`, async () => {
    const weekAgo = new Date(Date.now() - RATING_MAX_AGE_MS + DAY).toISOString();
    const l = await link();
    const tk = await ticket();
    const kiosk = (
      await ok(
        stack,
        `mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { id deviceToken } }`,
        { i: { servicePointId: org.servicePointA, name: 'Kios Waktu' } },
        org.admin.token,
      )
    ).registerKiosk;
    for (const token of [l.token, tk.token, kiosk.deviceToken]) {
      const res = await stack.gql(SUBMIT, { i: { token, idempotencyKey: randomUUID(), kind: 'IKM', answers: IKM, submittedAt: weekAgo } });
      expect(res.errors).toBeUndefined();
    }
    const rows = (
      await db.query(`SELECT source_id, extract(epoch FROM now() - submitted_at) AS age FROM public_rating WHERE source_id = ANY($1)`, [
        [l.id, tk.id, kiosk.id],
      ])
    ).rows;
    const age = (id: string) => Number(rows.find((r) => r.source_id === id)?.age);
    expect(age(l.id)).toBeLessThan(60);
    expect(age(tk.id)).toBeLessThan(60);
    expect(age(kiosk.id)).toBeGreaterThan((RATING_MAX_AGE_MS - 2 * DAY) / 1000);
    // Still refused for a kiosk: older than the maximum age.
    const old = await stack.gql(SUBMIT, {
      i: {
        token: kiosk.deviceToken,
        idempotencyKey: randomUUID(),
        kind: 'IKM',
        answers: IKM,
        submittedAt: new Date(Date.now() - RATING_MAX_AGE_MS - DAY).toISOString(),
      },
    });
    expect(errorCode(old)).toBe('BAD_USER_INPUT');
  });

  it('comments lose bidi overrides and zero-width characters and are stored in NFC: citizen ratings and review comments', async () => {
    const nasty =
      'Pelayanan\u202E\u2066 baik\u200B\u200C\u200D\uFEFF\u2060\u200E\u200F\u202A\u202B\u202C\u202D\u2067\u2068\u2069 sekali, cafe\u0301';
    const clean = 'Pelayanan baik sekali, caf\u00e9';
    const l = await link();
    // Every intake path: the mutation alone, then with a second root field, then the pages' route.
    await ok(stack, SUBMIT, { i: { token: l.token, idempotencyKey: randomUUID(), kind: 'IKM', answers: IKM, comment: nasty } });
    const full = await ok(stack, `mutation($i: SubmitPublicRatingInput!) { a: submitPublicRating(input: $i) { accepted } b: __typename }`, {
      i: { token: l.token, idempotencyKey: randomUUID(), kind: 'QUICK', score: 4, comment: nasty },
    });
    expect(full.a.accepted).toBe(true);
    // And the pages' route.
    expect(
      (await submitVia(stack, 'route', { token: l.token, idempotencyKey: randomUUID(), kind: 'QUICK', score: 3, comment: nasty })).code,
    ).toBeNull();
    const stored = [
      ...(await db.query(`SELECT comment FROM public_rating WHERE source_id = $1`, [l.id])).rows,
      ...(await db.query(`SELECT comment FROM public_rating_held WHERE source_id = $1`, [l.id])).rows,
    ].map((r) => r.comment);
    expect(stored).toEqual([clean, clean, clean]);

    const periodId = await createPeriod(stack, org.admin.token, { name: 'Triwulan Masukan', kind: 'QUARTERLY', ...currentQuarter() });
    const roundId = await openRound(stack, org.tokens.lurahA, org.people.staffA.id, periodId);
    await ok(
      stack,
      `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
      {
        i: {
          roundId,
          scores: CORE_VALUES.map((value) => ({ value, score: 4 })),
          strengths: `Sangat ${nasty}`,
          improvements: `Perlu ${nasty}`,
        },
      },
      org.tokens.lurahA,
    );
    const review = (await db.query(`SELECT strengths, improvements FROM review WHERE round_id = $1`, [roundId])).rows[0];
    expect(review).toEqual({ strengths: `Sangat ${clean}`, improvements: `Perlu ${clean}` });
  });

  it('request logs never carry a rating-link, ticket or QR token in the path', async () => {
    const l = await link();
    const tk = await ticket();
    for (const u of [
      l.url,
      l.qrSvgUrl,
      l.qrPngUrl,
      tk.url,
      tk.qrSvgUrl,
      `${stack.url}/r/${l.token}/`,
      `${stack.url}/r/${encodeURIComponent(l.token)}?x=1`,
    ]) {
      const path = new URL(u).pathname + new URL(u).search;
      const res = await fetch(`${stack.url}${path}`);
      expect(res.status).toBeLessThan(500);
    }
    await ok(stack, SUBMIT, { i: { token: l.token, idempotencyKey: randomUUID(), kind: 'QUICK', score: 3 } });
    const logs = await stack.waitForLogs((s) => (s.match(/"path":"\/(r|t)\//g) ?? []).length >= 7);
    expect((logs.match(/"path":"\/(r|t)\//g) ?? []).length).toBeGreaterThanOrEqual(7);
    for (const secret of [l.token, tk.token, l.token.split('.')[1], l.token.split('.')[2], tk.token.split('.')[2]])
      expect(logs).not.toContain(secret);
    expect(logs).toContain('"path":"/r/[token]/qr.svg"');
  });
});
