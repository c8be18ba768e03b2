import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { errorCode, startStack, Stack } from '../../support/stack';
import { assignStaff, ok, smallOrganisation } from '../../support/org-fixtures';
import { INTAKE_PATHS, submitVia } from '../../support/intake-paths';
import { ANSWER_MAX, ANSWER_MIN, COMMENT_MAX_CHARACTERS, IKM_ANSWER_COUNT, RATING_CLOCK_SKEW_MS, RATING_MAX_AGE_MS } from '@k360/scoring';

const SUBMIT = `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } }`;
const IKM = [4, 4, 3, 4, 3, 4, 4, 3, 4];
const key = () => randomUUID();

async function setup(stack: Stack) {
  const org = await smallOrganisation(stack, 'Kota Uji Warga');
  await assignStaff(stack, org.admin.token, org.servicePointA, org.people.staffA.id);
  const db = new Client({ connectionString: stack.config.DATABASE_URL });
  await db.connect();
  // Every rating stored, counted or held (a client's repeats through one link are held: test/security/ballot-stuffing).
  const stored = async () =>
    Number(
      (
        await db.query(
          `SELECT (SELECT count(*) FROM public_rating WHERE service_point_id = $1) + (SELECT count(*) FROM public_rating_held WHERE service_point_id = $1) AS count`,
          [org.servicePointA],
        )
      ).rows[0].count,
    );
  const link = async (input: Record<string, unknown> = {}) =>
    (
      await ok(
        stack,
        `mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { id token url qrSvgUrl qrPngUrl } }`,
        { i: { servicePointId: org.servicePointA, ...input } },
        org.admin.token,
      )
    ).createRatingLink;
  const kiosk = async () =>
    (
      await ok(
        stack,
        `mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { id deviceToken } }`,
        { i: { servicePointId: org.servicePointA, name: `Kios ${key().slice(0, 6)}` } },
        org.admin.token,
      )
    ).registerKiosk;
  const ticket = async () =>
    (
      await ok(
        stack,
        `mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { id token url } }`,
        { i: { servicePointId: org.servicePointA, employeeId: org.people.staffA.id } },
        org.tokens.staffA,
      )
    ).issueServiceTicket;
  return { org, db, stored, link, kiosk, ticket };
}

describe('citizen ratings', () => {
  let stack: Stack;
  let t: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', env: { PUBLIC_RATE_LIMIT: '0', PUBLIC_URL: 'https://kinerja.bandung.go.id' } });
    t = await setup(stack);
  });
  afterAll(async () => {
    await t?.db.end();
    await stack?.close();
  });

  it('a rating through a link: stored with its answers, attributed officer, an outbox row; QR code printable', async () => {
    const l = await t.link({ employeeId: t.org.people.staffA.id });
    expect(l.url).toBe(`https://kinerja.bandung.go.id/r/${l.token}`);
    const ctx = await ok(
      stack,
      `query($t: String!) { publicRatingContext(token: $t) { kind servicePointName unitName officer { name } } }`,
      { t: l.token },
    );
    expect(ctx.publicRatingContext).toEqual({
      kind: 'LINK',
      servicePointName: 'Loket Adminduk',
      unitName: 'Kelurahan Sukamiskin',
      officer: { name: 'Staf Sukamiskin' },
    });
    const k = key();
    const res = await ok(stack, SUBMIT, {
      i: {
        token: l.token,
        idempotencyKey: k,
        kind: 'IKM',
        answers: IKM,
        comment: 'Pelayanan <b>cepat</b>',
        respondent: { ageBand: 'AGE_30_39', sex: 'PEREMPUAN' },
      },
    });
    expect(res.submitPublicRating).toEqual({ accepted: true, duplicate: false });
    const { rows } = await t.db.query(`SELECT * FROM public_rating WHERE source_id = $1`, [l.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      channel: 'LINK',
      kind: 'IKM',
      employee_id: t.org.people.staffA.id,
      u1: 4,
      u8: 3,
      u9: 4,
      score: null,
      comment: 'Pelayanan <b>cepat</b>',
      respondent: { ageBand: 'AGE_30_39', sex: 'PEREMPUAN' },
    });
    const outbox = await t.db.query(`SELECT topic, payload FROM outbox WHERE dedupe_key = $1`, [`rating:${rows[0].id}`]);
    expect(outbox.rows[0]).toMatchObject({ topic: 'service_point.rated', payload: { servicePointId: t.org.servicePointA } });

    const svg = await fetch(`${stack.url}/r/${l.token}/qr.svg`);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(await svg.text()).toContain('<svg');
    const png = await fetch(`${stack.url}/r/${l.token}/qr.png`);
    expect(png.headers.get('content-type')).toContain('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect((await fetch(`${stack.url}/r/l.AAAA.BBBB/qr.svg`)).status).toBe(404);
  });

  it('a rating through a kiosk with the officer on duty; QUICK mode; last seen recorded; offline submittedAt kept', async () => {
    const k = await t.kiosk();
    const ctx = await ok(stack, `query($t: String!) { publicRatingContext(token: $t) { kind officers { id name } } }`, {
      t: k.deviceToken,
    });
    expect(ctx.publicRatingContext).toEqual({ kind: 'KIOSK', officers: [{ id: t.org.people.staffA.id, name: 'Staf Sukamiskin' }] });
    const when = new Date(Date.now() - 3 * 3600 * 1000).toISOString();
    await ok(stack, SUBMIT, {
      i: { token: k.deviceToken, idempotencyKey: key(), kind: 'QUICK', score: 4, employeeId: t.org.people.staffA.id, submittedAt: when },
    });
    const { rows } = await t.db.query(`SELECT channel, kind, score, employee_id, submitted_at FROM public_rating WHERE source_id = $1`, [
      k.id,
    ]);
    expect(rows).toEqual([
      { channel: 'KIOSK', kind: 'QUICK', score: 4, employee_id: t.org.people.staffA.id, submitted_at: new Date(when) },
    ]);
    const listed = await ok(
      stack,
      `query($s: ID) { kiosks(servicePointId: $s) { id lastSeenAt deviceToken } }`,
      { s: t.org.servicePointA },
      t.org.admin.token,
    );
    const mine = listed.kiosks.find((x: { id: string }) => x.id === k.id);
    expect(mine.lastSeenAt).not.toBeNull();
    expect(mine.deviceToken).toBeNull();
    const notStaff = await stack.gql(SUBMIT, {
      i: { token: k.deviceToken, idempotencyKey: key(), kind: 'QUICK', score: 3, employeeId: t.org.people.staffB.id },
    });
    expect(errorCode(notStaff)).toBe('OFFICER_NOT_STAFF');
  });

  it('a rating through a ticket, once; completion time recorded', async () => {
    const tk = await t.ticket();
    const done = await ok(
      stack,
      `mutation($id: ID!) { completeServiceTicket(ticketId: $id) { completedAt } }`,
      { id: tk.id },
      t.org.tokens.staffA,
    );
    expect(done.completeServiceTicket.completedAt).not.toBeNull();
    const first = key();
    await ok(stack, SUBMIT, { i: { token: tk.token, idempotencyKey: first, kind: 'IKM', answers: IKM } });
    const again = await stack.gql(SUBMIT, { i: { token: tk.token, idempotencyKey: key(), kind: 'IKM', answers: IKM } });
    expect(errorCode(again)).toBe('TICKET_USED');
    // A retry of the submission that used the ticket (the phone lost the answer) is a duplicate, not an error.
    const retry = await ok(stack, SUBMIT, { i: { token: tk.token, idempotencyKey: first, kind: 'IKM', answers: IKM } });
    expect(retry.submitPublicRating).toEqual({ accepted: true, duplicate: true });
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM public_rating WHERE source_id = $1`, [tk.id]);
    expect(rows[0].n).toBe(1);
  });

  it('20 concurrent submissions with one idempotency key store one rating', async () => {
    const l = await t.link();
    const before = await t.stored();
    const k = key();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => stack.gql(SUBMIT, { i: { token: l.token, idempotencyKey: k, kind: 'QUICK', score: 3 } })),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(results.filter((r) => r.data!.submitPublicRating.duplicate === false)).toHaveLength(1);
    expect(results.filter((r) => r.data!.submitPublicRating.duplicate === true)).toHaveLength(19);
    expect(await t.stored()).toBe(before + 1);
  });

  it('10 concurrent submissions on one ticket store one; the rest are TICKET_USED', async () => {
    const tk = await t.ticket();
    const before = await t.stored();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => stack.gql(SUBMIT, { i: { token: tk.token, idempotencyKey: key(), kind: 'QUICK', score: 4 } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'TICKET_USED')).toHaveLength(9);
    expect(await t.stored()).toBe(before + 1);
  });

  describe('bad input gets a stable code and stores nothing', () => {
    let linkToken: string;
    let kioskToken: string;
    beforeAll(async () => {
      linkToken = (await t.link()).token;
      kioskToken = (await t.kiosk()).deviceToken;
    });
    // Each refusal is sent through every way a rating comes in (test/support/intake-paths.ts).
    const refused = async (code: string, input: Record<string, unknown>) => {
      const before = await t.stored();
      const outbox = Number((await t.db.query(`SELECT count(*) FROM outbox`)).rows[0].count);
      for (const path of INTAKE_PATHS) {
        const i: Record<string, unknown> = { token: linkToken, idempotencyKey: key(), kind: 'IKM', answers: IKM, ...input };
        for (const k of Object.keys(i)) if (i[k] === undefined) delete i[k];
        expect({ path, code: (await submitVia(stack, path, i)).code }).toEqual({ path, code });
      }
      expect(await t.stored()).toBe(before);
      expect(Number((await t.db.query(`SELECT count(*) FROM outbox`)).rows[0].count)).toBe(outbox);
    };

    it(`${IKM_ANSWER_COUNT - 1} answers`, () => refused('BAD_USER_INPUT', { answers: IKM.slice(0, IKM_ANSWER_COUNT - 1) }));
    it(`an answer of ${ANSWER_MAX + 1}`, () =>
      refused('BAD_USER_INPUT', { answers: [...IKM.slice(0, IKM_ANSWER_COUNT - 1), ANSWER_MAX + 1] }));
    it(`an answer of ${ANSWER_MIN - 1}`, () => refused('BAD_USER_INPUT', { answers: [ANSWER_MIN - 1, ...IKM.slice(1)] }));
    it(`QUICK without a score, or with ${ANSWER_MAX + 1}`, async () => {
      await refused('BAD_USER_INPUT', { kind: 'QUICK', answers: undefined });
      await refused('BAD_USER_INPUT', { kind: 'QUICK', answers: undefined, score: ANSWER_MAX + 1 });
    });
    it('a forged token', async () => {
      const [k, id] = linkToken.split('.');
      await refused('INVALID_TOKEN', { token: `${k}.${id}.AAAAAAAAAAAAAAAAAAAAAA` });
      await refused('INVALID_TOKEN', { token: 'bukan-token' });
    });
    it('an expired link', async () => {
      const l = await t.link({ expiresAt: new Date(Date.now() + 1500).toISOString() });
      await new Promise((r) => setTimeout(r, 1700));
      await refused('TOKEN_EXPIRED', { token: l.token });
    });
    it('a revoked link', async () => {
      const l = await t.link();
      await ok(stack, `mutation($id: ID!) { revokeRatingLink(id: $id) { revokedAt } }`, { id: l.id }, t.org.admin.token);
      await refused('TOKEN_REVOKED', { token: l.token });
    });
    it('a revoked kiosk', async () => {
      const k = await t.kiosk();
      await ok(stack, `mutation($id: ID!) { revokeKiosk(id: $id) { revokedAt } }`, { id: k.id }, t.org.admin.token);
      await refused('KIOSK_REVOKED', { token: k.deviceToken });
    });
    // Only a kiosk sends its own time (links and tickets store the server's: test/security/public-inputs).
    it('a kiosk submittedAt in the future (past the clock skew)', () =>
      refused('BAD_USER_INPUT', { token: kioskToken, submittedAt: new Date(Date.now() + RATING_CLOCK_SKEW_MS + 3600_000).toISOString() }));
    it('a kiosk submittedAt a day past the maximum age', () =>
      refused('BAD_USER_INPUT', { token: kioskToken, submittedAt: new Date(Date.now() - RATING_MAX_AGE_MS - 86_400_000).toISOString() }));
    it('an officer named on a link (only kiosks name the officer)', () =>
      refused('BAD_USER_INPUT', { employeeId: t.org.people.staffA.id }));
    it('a profile field that is not a band (a name) is refused', () => refused('BAD_USER_INPUT', { respondent: { name: 'Budi' } }));
    it(`a comment longer than ${COMMENT_MAX_CHARACTERS} characters`, () =>
      refused('BAD_USER_INPUT', { comment: 'x'.repeat(COMMENT_MAX_CHARACTERS + 1) }));
  });

  it('staff cannot issue tickets for a service point they do not staff; only ADMIN manages links and kiosks', async () => {
    const res = await stack.gql(
      `mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { id } }`,
      { i: { servicePointId: t.org.servicePointA } },
      t.org.tokens.staffB,
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    const link = await stack.gql(
      `mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { id } }`,
      { i: { servicePointId: t.org.servicePointA } },
      t.org.tokens.lurahA,
    );
    expect(errorCode(link)).toBe('FORBIDDEN');
  });
});

describe.each(['redis', 'postgres'] as const)('a flood past PUBLIC_RATE_LIMIT (limiter on %s)', (backend) => {
  let stack: Stack;
  let t: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    stack = await startStack({ queue: backend, env: { PUBLIC_RATE_LIMIT: '5' } });
    t = await setup(stack);
  });
  afterAll(async () => {
    await t?.db.end();
    await stack?.close();
  });

  it('answers RATE_LIMITED with a retry time and stores nothing more', async () => {
    const l = await t.link();
    const before = await t.stored();
    const results = [];
    for (let i = 0; i < 12; i++)
      results.push(await stack.gql(SUBMIT, { i: { token: l.token, idempotencyKey: key(), kind: 'QUICK', score: 2 } }));
    const accepted = results.filter((r) => !r.errors).length;
    const limited = results.filter((r) => errorCode(r) === 'RATE_LIMITED');
    // The minute window may turn during the loop: at most two windows' worth get through.
    expect(accepted).toBeGreaterThanOrEqual(1);
    expect(accepted).toBeLessThanOrEqual(10);
    expect(limited.length).toBe(12 - accepted);
    expect(limited[0].errors![0].extensions!.details).toEqual({ retryAfterSeconds: expect.any(Number) });
    expect(await t.stored()).toBe(before + accepted);
  });
});
