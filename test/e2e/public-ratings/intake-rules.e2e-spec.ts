import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  ANSWER_MAX,
  ANSWER_MIN,
  COMMENT_MAX_CHARACTERS,
  IDEMPOTENCY_KEY_MAX,
  IDEMPOTENCY_KEY_MIN,
  IKM_ANSWER_COUNT,
  RATING_CLOCK_SKEW_MS,
  RATING_MAX_AGE_MS,
  TOKEN_MAX_LENGTH,
} from '@k360/scoring';
import { startStack, Stack } from '../../support/stack';
import { assignStaff, ok, smallOrganisation } from '../../support/org-fixtures';
import { INTAKE_PATHS, IntakePath, submitVia } from '../../support/intake-paths';

/**
 * The intake's edge cases, each limit taken from libs/scoring/src/public-rating-rules.ts (the one
 * place it is written), sent through every way a rating comes in (GraphQL as clients send it,
 * GraphQL with another root field, the pages' POST /api/public-ratings) on every channel (QR link,
 * kiosk, ticket): what the rules take is stored, what they refuse is BAD_USER_INPUT and stores
 * nothing, on every path alike. The stored comment at the limit is as long for PostgreSQL
 * (length(), the column's CHECK) as for the rules; one more character breaks the CHECK.
 */
type Channel = 'link' | 'kiosk' | 'ticket';
const CHANNELS: Channel[] = ['link', 'kiosk', 'ticket'];
const MINUTE = 60_000;
const full = (v: number) => Array.from({ length: IKM_ANSWER_COUNT }, () => v);
/** A fresh idempotency key of exactly `length` allowed characters. */
const keyOf = (length: number) => randomBytes(length).toString('base64url').slice(0, length);
/** `n` code points that are two UTF-16 units each. */
const astral = (n: number) => '😀'.repeat(n);

interface Edge {
  name: string;
  /** Changes to a valid IKM rating (undefined removes a field). */
  input: (now: number) => Record<string, unknown>;
  taken: boolean;
  channels?: Channel[];
}
const edges: Edge[] = [
  {
    name: `a comment of exactly ${COMMENT_MAX_CHARACTERS} characters, each two UTF-16 units`,
    taken: true,
    input: () => ({ comment: astral(COMMENT_MAX_CHARACTERS) }),
  },
  {
    name: `a comment of ${COMMENT_MAX_CHARACTERS} characters and zero-width ones (removed before counting)`,
    taken: true,
    input: () => ({ comment: `${'k'.repeat(COMMENT_MAX_CHARACTERS)}\u200B\u200B` }),
  },
  {
    name: `a comment of ${COMMENT_MAX_CHARACTERS + 1} characters`,
    taken: false,
    input: () => ({ comment: 'k'.repeat(COMMENT_MAX_CHARACTERS + 1) }),
  },
  {
    name: `a comment of ${COMMENT_MAX_CHARACTERS + 1} characters, each two UTF-16 units`,
    taken: false,
    input: () => ({ comment: astral(COMMENT_MAX_CHARACTERS + 1) }),
  },
  // class-validator's MaxLength would count these as half (it skips variation selectors); PostgreSQL counts every one.
  {
    name: 'a comment of emoji presentation pairs over the limit in code points',
    taken: false,
    input: () => ({ comment: 'a\uFE0F'.repeat(COMMENT_MAX_CHARACTERS / 2 + 1) }),
  },
  { name: `${IKM_ANSWER_COUNT} answers of ${ANSWER_MIN}`, taken: true, input: () => ({ answers: full(ANSWER_MIN) }) },
  { name: `${IKM_ANSWER_COUNT - 1} answers`, taken: false, input: () => ({ answers: full(ANSWER_MAX).slice(1) }) },
  { name: `${IKM_ANSWER_COUNT + 1} answers`, taken: false, input: () => ({ answers: [...full(ANSWER_MAX), ANSWER_MAX] }) },
  { name: `an answer of ${ANSWER_MAX + 1}`, taken: false, input: () => ({ answers: [...full(ANSWER_MAX).slice(1), ANSWER_MAX + 1] }) },
  { name: `an answer of ${ANSWER_MIN - 1}`, taken: false, input: () => ({ answers: [ANSWER_MIN - 1, ...full(ANSWER_MAX).slice(1)] }) },
  { name: 'an IKM survey with a score as well', taken: false, input: () => ({ score: ANSWER_MAX }) },
  { name: `QUICK ${ANSWER_MAX}`, taken: true, input: () => ({ kind: 'QUICK', answers: undefined, score: ANSWER_MAX }) },
  { name: `QUICK ${ANSWER_MAX + 1}`, taken: false, input: () => ({ kind: 'QUICK', answers: undefined, score: ANSWER_MAX + 1 }) },
  { name: 'QUICK without a score', taken: false, input: () => ({ kind: 'QUICK', answers: undefined }) },
  { name: 'QUICK with answers', taken: false, input: () => ({ kind: 'QUICK', score: ANSWER_MAX }) },
  {
    name: `an idempotency key of ${IDEMPOTENCY_KEY_MIN} characters`,
    taken: true,
    input: () => ({ idempotencyKey: keyOf(IDEMPOTENCY_KEY_MIN) }),
  },
  {
    name: `an idempotency key of ${IDEMPOTENCY_KEY_MAX} characters`,
    taken: true,
    input: () => ({ idempotencyKey: keyOf(IDEMPOTENCY_KEY_MAX) }),
  },
  {
    name: `an idempotency key of ${IDEMPOTENCY_KEY_MIN - 1} characters`,
    taken: false,
    input: () => ({ idempotencyKey: keyOf(IDEMPOTENCY_KEY_MIN - 1) }),
  },
  {
    name: `an idempotency key of ${IDEMPOTENCY_KEY_MAX + 1} characters`,
    taken: false,
    input: () => ({ idempotencyKey: keyOf(IDEMPOTENCY_KEY_MAX + 1) }),
  },
  { name: 'an idempotency key with a dot', taken: false, input: () => ({ idempotencyKey: `${keyOf(IDEMPOTENCY_KEY_MIN)}.x` }) },
  { name: `a token of ${TOKEN_MAX_LENGTH + 1} characters`, taken: false, input: () => ({ token: 'l'.repeat(TOKEN_MAX_LENGTH + 1) }) },
  // Windows: only a kiosk's own time counts; links and tickets store the server's whatever they send.
  {
    name: 'a kiosk rating just inside the maximum age',
    taken: true,
    channels: ['kiosk'],
    input: (now) => ({ submittedAt: new Date(now - RATING_MAX_AGE_MS + 5 * MINUTE).toISOString() }),
  },
  {
    name: 'a kiosk rating just past the maximum age',
    taken: false,
    channels: ['kiosk'],
    input: (now) => ({ submittedAt: new Date(now - RATING_MAX_AGE_MS - 5 * MINUTE).toISOString() }),
  },
  {
    name: 'a kiosk clock ahead within the skew',
    taken: true,
    channels: ['kiosk'],
    input: (now) => ({ submittedAt: new Date(now + RATING_CLOCK_SKEW_MS - MINUTE).toISOString() }),
  },
  {
    name: 'a kiosk clock ahead past the skew',
    taken: false,
    channels: ['kiosk'],
    input: (now) => ({ submittedAt: new Date(now + RATING_CLOCK_SKEW_MS + 5 * MINUTE).toISOString() }),
  },
  {
    name: 'a link or ticket time past the maximum age (the server time is stored)',
    taken: true,
    channels: ['link', 'ticket'],
    input: (now) => ({ submittedAt: new Date(now - RATING_MAX_AGE_MS - 5 * MINUTE).toISOString() }),
  },
  {
    name: 'an officer id that is no UUID',
    taken: false,
    channels: ['kiosk'],
    input: () => ({ kind: 'QUICK', answers: undefined, score: 3, employeeId: 'petugas-1' }),
  },
];

describe('the intake’s rules hold on every path a rating takes', () => {
  let stack: Stack;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let linkToken = '';
  let kioskToken = '';

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', env: { PUBLIC_RATE_LIMIT: '0' } });
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji Aturan');
    await assignStaff(stack, org.admin.token, org.servicePointA, org.people.staffA.id);
    linkToken = (
      await ok(
        stack,
        `mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { token } }`,
        { i: { servicePointId: org.servicePointA } },
        org.admin.token,
      )
    ).createRatingLink.token;
    kioskToken = (
      await ok(
        stack,
        `mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { deviceToken } }`,
        { i: { servicePointId: org.servicePointA, name: 'Kios Aturan' } },
        org.admin.token,
      )
    ).registerKiosk.deviceToken;
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  /** A ticket is single-use: a fresh one for every rating sent on the ticket channel. */
  const tokenFor = async (channel: Channel) =>
    channel === 'link'
      ? linkToken
      : channel === 'kiosk'
        ? kioskToken
        : ((
            await ok(
              stack,
              `mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { token } }`,
              { i: { servicePointId: org.servicePointA } },
              org.tokens.staffA,
            )
          ).issueServiceTicket.token as string);
  /** Whether a rating with this idempotency key was stored (counted or held): its key is claimed. */
  const storedKey = async (key: string) =>
    Number((await db.query(`SELECT count(*) FROM rating_idempotency WHERE key LIKE '%:' || $1`, [key])).rows[0].count);

  const cases = edges.flatMap((e) =>
    (e.channels ?? CHANNELS).flatMap((channel) =>
      INTAKE_PATHS.map((path) => ({ ...e, channel, path }) as Edge & { channel: Channel; path: IntakePath }),
    ),
  );

  it.each(cases.map((c) => [c.name, c.channel, c.path, c] as const))('%s (%s, %s)', async (_name, channel, path, c) => {
    const input: Record<string, unknown> = {
      token: await tokenFor(channel),
      idempotencyKey: randomUUID(),
      kind: 'IKM',
      answers: full(ANSWER_MAX),
      ...c.input(Date.now()),
    };
    for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
    const answer = await submitVia(stack, path, input);
    if (c.taken) {
      expect(answer).toEqual({ status: 200, code: null, receipt: { accepted: true, duplicate: false } });
      expect(await storedKey(input.idempotencyKey as string)).toBe(1);
    } else {
      expect(answer.code).toBe('BAD_USER_INPUT');
      if (path === 'route') expect(answer.status).toBe(400);
      if (typeof input.idempotencyKey === 'string' && input.idempotencyKey.length >= IDEMPOTENCY_KEY_MIN)
        expect(await storedKey(input.idempotencyKey)).toBe(0);
    }
  });

  it('a comment at the limit is as long for PostgreSQL; one character more breaks the column’s CHECK', async () => {
    const tag = keyOf(IDEMPOTENCY_KEY_MIN);
    const comment = `${tag}${astral(COMMENT_MAX_CHARACTERS - tag.length)}`;
    for (const path of INTAKE_PATHS) {
      const answer = await submitVia(stack, path, { token: linkToken, idempotencyKey: randomUUID(), kind: 'QUICK', score: 2, comment });
      expect(answer.code).toBeNull();
    }
    const { rows } = await db.query(`SELECT id, length(comment) AS n FROM public_rating WHERE comment = $1`, [comment]);
    expect(rows.map((r) => r.n)).toEqual(INTAKE_PATHS.map(() => COMMENT_MAX_CHARACTERS));
    await expect(db.query(`UPDATE public_rating SET comment = comment || 'k' WHERE id = $1`, [rows[0].id])).rejects.toMatchObject({
      code: '23514',
    });
  });

  it.each(INTAKE_PATHS.map((p) => [p]))(
    'a kiosk backlog sent at once (%s): the ratings inside the window are stored, the older ones refused',
    async (path) => {
      const now = Date.now();
      const ages = [
        MINUTE,
        2 * 86_400_000,
        RATING_MAX_AGE_MS - 10 * MINUTE,
        RATING_MAX_AGE_MS + 10 * MINUTE,
        RATING_MAX_AGE_MS + 86_400_000,
      ];
      const sent = ages.map((age, i) => ({
        token: kioskToken,
        idempotencyKey: randomUUID(),
        kind: 'QUICK',
        score: (i % ANSWER_MAX) + ANSWER_MIN,
        submittedAt: new Date(now - age).toISOString(),
      }));
      const answers = await Promise.all(sent.map((s) => submitVia(stack, path, s)));
      expect(answers.map((a) => a.code)).toEqual(ages.map((age) => (age <= RATING_MAX_AGE_MS ? null : 'BAD_USER_INPUT')));
      expect(await Promise.all(sent.map((s) => storedKey(s.idempotencyKey)))).toEqual(
        ages.map((age) => (age <= RATING_MAX_AGE_MS ? 1 : 0)),
      );
    },
  );
});
