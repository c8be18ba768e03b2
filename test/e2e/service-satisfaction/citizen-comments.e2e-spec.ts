import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { LOW_SATISFACTION_MIN_BAD } from '../../../libs/scoring/src/satisfaction-alert';
import { errorCode, startStack, Stack } from '../../support/stack';
import { createAgency, createEmployee, createPeriod, login, ok, smallOrganisation } from '../../support/org-fixtures';
import { currentMonth, until } from '../../support/scoring-fixtures';

/**
 * Issue 15: citizens' comments for unit heads (UnitsRepository.headedUnitTree) and ADMIN, and the
 * SATISFACTION_LOW alert, with real ratings through the public API (one-time service tickets) and the
 * real worker. The comments come with date, channel, service point and overall score only; marks are
 * audited once and idempotent; other agencies' ids are NOT_FOUND; refusals have stable codes.
 */
const SUBMIT = `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } }`;
const COMMENTS = `query($sp: ID, $u: ID, $p: ID, $s: String, $st: CommentStatus, $page: PageInput) {
  citizenComments(servicePointId: $sp, unitId: $u, periodId: $p, search: $s, status: $st, page: $page) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id submittedAt channel kind overall comment servicePointId servicePointName unitId unitName status handledAt handledNote hiddenAt hiddenReason }
  } }`;
const HANDLED = `mutation($id: ID!, $n: String) { markCommentHandled(id: $id, note: $n) { id status handledNote } }`;
const HIDE = `mutation($id: ID!, $r: String!) { hideComment(id: $id, reason: $r) { id status hiddenReason } }`;
const UNHIDE = `mutation($id: ID!) { unhideComment(id: $id) { id status hiddenReason } }`;
const MY = `{ myNotifications(first: 20) { nodes { id kind servicePointId message } } }`;

describe('citizen comments and the low-satisfaction alert (issue 15)', () => {
  let stack: Stack;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let kasi: string;
  let periodId: string;
  const comments = [
    'Antrean sangat lama sekali',
    'Petugas tidak ramah',
    'Ruang tunggu panas',
    'Berkas hilang dua kali',
    'Tidak ada kepastian waktu',
  ];

  async function rateWithTicket(answers: number[], comment?: string) {
    const t = (
      await ok(
        stack,
        `mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { token } }`,
        { i: { servicePointId: org.servicePointA } },
        org.admin.token,
      )
    ).issueServiceTicket;
    const res = await ok(stack, SUBMIT, {
      i: {
        token: t.token,
        idempotencyKey: randomUUID(),
        kind: 'IKM',
        answers,
        comment,
        respondent: { sex: 'PEREMPUAN', education: 'S2_KEATAS', occupation: 'WIRAUSAHA' },
      },
    });
    expect(res.submitPublicRating.accepted).toBe(true);
  }
  const respondents = async () =>
    (
      await db.query(`SELECT coalesce(sum(respondents), 0)::int AS n FROM satisfaction_aggregate WHERE service_point_id = $1`, [
        org.servicePointA,
      ])
    ).rows[0].n as number;

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', env: { PUBLIC_RATE_LIMIT: '0' } });
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji Komentar');
    periodId = await createPeriod(stack, org.admin.token, { name: 'Bulan Ini', kind: 'MONTHLY', ...currentMonth() });
    // A SUPERVISOR under the lurah in the same unit: not the head of any unit.
    const k = await createEmployee(stack, org.admin.token, {
      name: 'Kasi Pelayanan',
      position: 'Kepala Seksi',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      roles: ['SUPERVISOR', 'EMPLOYEE'],
      password: org.password,
    });
    kasi = (await login(stack, k.nip, org.password)).token;
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it(`${LOW_SATISFACTION_MIN_BAD} bad ratings in a row notify the heads of the point's unit and of the units above it, once a day`, async () => {
    await rateWithTicket([4, 4, 4, 4, 4, 4, 4, 4, 4], 'Pelayanan sangat baik dan cepat');
    for (let i = 0; i < LOW_SATISFACTION_MIN_BAD - 1; i++) await rateWithTicket([2, 2, 1, 2, 2, 1, 2, 1, 2], comments[i]);
    await until('the aggregation of five ratings', async () => (await respondents()) === LOW_SATISFACTION_MIN_BAD, 20_000);
    // One bad rating short of the run: nobody is alerted.
    expect(
      (await ok(stack, MY, {}, org.tokens.lurahA)).myNotifications.nodes.filter((n: { kind: string }) => n.kind === 'SATISFACTION_LOW'),
    ).toEqual([]);

    await rateWithTicket([1, 2, 2, 2, 2, 2, 2, 2, 2], comments[4]);
    const alerts = async (token: string) =>
      (await ok(stack, MY, {}, token)).myNotifications.nodes.filter((n: { kind: string }) => n.kind === 'SATISFACTION_LOW');
    const lurah = await until(
      'the lurah’s alert',
      async () => ((await alerts(org.tokens.lurahA)).length ? alerts(org.tokens.lurahA) : null),
      20_000,
    );
    expect(lurah).toHaveLength(1);
    expect(lurah[0].servicePointId).toBe(org.servicePointA);
    expect(lurah[0].message).toMatch(/Kepuasan warga menurun/);
    expect(await alerts(org.tokens.camat)).toHaveLength(1);
    // The head of the other kelurahan, the staff and a supervisor who heads nothing get none.
    for (const token of [org.tokens.lurahB, org.tokens.staffA, kasi]) expect(await alerts(token)).toEqual([]);

    // More bad ratings the same day: no second alert.
    await rateWithTicket([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    await until('the aggregation of seven ratings', async () => (await respondents()) === LOW_SATISFACTION_MIN_BAD + 2, 20_000);
    expect(await alerts(org.tokens.lurahA)).toHaveLength(1);
    expect(await alerts(org.tokens.camat)).toHaveLength(1);
  });

  it('unit heads and ADMIN read the comments with date, channel, point and overall score, and nothing about the respondent', async () => {
    const res = await ok(stack, COMMENTS, { page: { first: 10 } }, org.tokens.lurahA);
    const page = res.citizenComments;
    expect(page.totalCount).toBe(6);
    expect(page.nodes.map((c: { comment: string }) => c.comment)).toEqual(
      [...comments].reverse().concat('Pelayanan sangat baik dan cepat'),
    );
    expect(page.nodes[0]).toMatchObject({
      channel: 'TICKET',
      kind: 'IKM',
      servicePointId: org.servicePointA,
      servicePointName: 'Loket Adminduk',
      unitName: 'Kelurahan Sukamiskin',
      status: 'OPEN',
    });
    expect(page.nodes[0].overall).toBeCloseTo(17 / 9, 10);
    const raw = JSON.stringify(res);
    for (const secret of ['PEREMPUAN', 'S2_KEATAS', 'WIRAUSAHA']) expect(raw).not.toContain(secret);
    // The type itself has no respondent field.
    const fields = (await ok(stack, `{ __type(name: "CitizenComment") { fields { name } } }`, {}, org.admin.token)).__type.fields.map(
      (f: { name: string }) => f.name,
    );
    expect(fields.filter((f: string) => /respond|profile|employee|officer|source|token/i.test(f))).toEqual([]);

    expect(
      (await ok(stack, COMMENTS, { s: 'ANTREAN' }, org.tokens.camat)).citizenComments.nodes.map((c: { comment: string }) => c.comment),
    ).toEqual([comments[0]]);
    expect((await ok(stack, COMMENTS, { p: periodId, u: org.units.kecamatan }, org.admin.token)).citizenComments.totalCount).toBe(6);
    const first = (await ok(stack, COMMENTS, { page: { first: 4 } }, org.admin.token)).citizenComments;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await ok(stack, COMMENTS, { page: { first: 4, after: first.pageInfo.endCursor } }, org.admin.token)).citizenComments;
    expect(rest.nodes).toHaveLength(2);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('mark handled, hide with a reason, unhide: audited once each, idempotent on retry', async () => {
    const [latest, second] = (await ok(stack, COMMENTS, {}, org.tokens.lurahA)).citizenComments.nodes;
    const h1 = await ok(stack, HANDLED, { id: latest.id, n: 'Kepastian waktu diumumkan di loket' }, org.tokens.lurahA);
    expect(h1.markCommentHandled).toMatchObject({ status: 'HANDLED', handledNote: 'Kepastian waktu diumumkan di loket' });
    const h2 = await ok(stack, HANDLED, { id: latest.id, n: 'lain' }, org.tokens.lurahA);
    expect(h2.markCommentHandled).toMatchObject({ status: 'HANDLED', handledNote: 'Kepastian waktu diumumkan di loket' });

    expect((await ok(stack, HIDE, { id: second.id, r: 'Kata-kata kasar' }, org.tokens.camat)).hideComment).toMatchObject({
      status: 'HIDDEN',
      hiddenReason: 'Kata-kata kasar',
    });
    expect((await ok(stack, HIDE, { id: second.id, r: 'Kata-kata kasar' }, org.tokens.camat)).hideComment.status).toBe('HIDDEN');
    expect((await ok(stack, COMMENTS, { st: 'HIDDEN' }, org.admin.token)).citizenComments.nodes.map((c: { id: string }) => c.id)).toEqual([
      second.id,
    ]);
    expect((await ok(stack, COMMENTS, { st: 'OPEN' }, org.admin.token)).citizenComments.totalCount).toBe(4);
    expect((await ok(stack, UNHIDE, { id: second.id }, org.admin.token)).unhideComment).toMatchObject({
      status: 'OPEN',
      hiddenReason: null,
    });
    expect((await ok(stack, UNHIDE, { id: second.id }, org.admin.token)).unhideComment.status).toBe('OPEN');

    const audit = (
      await db.query(`SELECT action, actor_id FROM audit_log WHERE entity_id = ANY($1::text[]) ORDER BY id`, [[latest.id, second.id]])
    ).rows;
    expect(audit).toEqual([
      { action: 'COMMENT_HANDLED', actor_id: org.people.lurahA.id },
      { action: 'COMMENT_HIDDEN', actor_id: org.people.camat.id },
      { action: 'COMMENT_UNHIDDEN', actor_id: org.admin.id },
    ]);
  });

  it('refuses with stable codes: role, not a head, outside the tree, another agency, bad reason, bad cursor', async () => {
    const [c] = (await ok(stack, COMMENTS, {}, org.admin.token)).citizenComments.nodes;
    expect(errorCode(await stack.gql(COMMENTS, {}, org.tokens.staffA))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(HIDE, { id: c.id, r: 'x' }, org.tokens.staffA))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(COMMENTS, {}, kasi))).toBe('NOT_UNIT_HEAD');
    expect(errorCode(await stack.gql(HANDLED, { id: c.id }, kasi))).toBe('NOT_UNIT_HEAD');
    // lurahB heads the other kelurahan: sees none of these, may not mark them.
    expect((await ok(stack, COMMENTS, {}, org.tokens.lurahB)).citizenComments.totalCount).toBe(0);
    expect(errorCode(await stack.gql(COMMENTS, { sp: org.servicePointA }, org.tokens.lurahB))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(HANDLED, { id: c.id }, org.tokens.lurahB))).toBe('FORBIDDEN');
    // Another agency's ADMIN: not found, whatever the id.
    const other = await createAgency(stack, 'Kota Lain Komentar');
    for (const q of [HANDLED, UNHIDE]) expect(errorCode(await stack.gql(q, { id: c.id }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(HIDE, { id: c.id, r: 'Alasan cukup' }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(COMMENTS, { sp: org.servicePointA }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(COMMENTS, { p: periodId }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(HANDLED, { id: randomUUID() }, org.admin.token))).toBe('NOT_FOUND');
    // The reason is required, 5–500 characters.
    expect(errorCode(await stack.gql(HIDE, { id: c.id, r: 'abcd' }, org.admin.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.gql(HIDE, { id: c.id, r: 'x'.repeat(501) }, org.admin.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.gql(`mutation($id: ID!) { hideComment(id: $id) { id } }`, { id: c.id }, org.admin.token))).toBeDefined();
    expect(errorCode(await stack.gql(COMMENTS, { page: { first: 5, after: 'bm9wZQ' } }, org.admin.token))).toBe('BAD_USER_INPUT');
    // Nothing was changed by the refusals.
    expect((await ok(stack, COMMENTS, { st: 'HIDDEN' }, org.admin.token)).citizenComments.totalCount).toBe(0);
  });
});
