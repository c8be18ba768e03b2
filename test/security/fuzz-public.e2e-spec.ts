import fc from 'fast-check';
import { GraphQLSchema } from 'graphql';
import { Client } from 'pg';
import { startStack, Stack } from '../support/stack';
import { assignStaff, createPeriod, createRatingLink, login, ok, smallOrganisation } from '../support/org-fixtures';
import { currentQuarter, dbClient } from '../support/scoring-fixtures';
import {
  ANSWER_MAX,
  ANSWER_MIN,
  COMMENT_MAX_CHARACTERS,
  IKM_ANSWER_COUNT,
  RATING_CLOCK_SKEW_MS,
  RATING_MAX_AGE_MS,
  RESPONDENT_FIELDS,
  commentLength,
} from '@k360/scoring';
import {
  anyString,
  describeValue,
  enumValues,
  fullSelection,
  FuzzPools,
  fuzzOperation,
  introspect,
  isServerFailure,
  post,
} from '../support/fuzz';

/**
 * Property-based fuzzing (fast-check, fixed seeds) of every public (anonymous) GraphQL operation
 * and the public pages: whatever a stranger sends, never a 500, never INTERNAL_SERVER_ERROR, never
 * a hang; and whatever got stored still reads without error on the pages that show it.
 */
const PUBLIC_MUTATIONS = ['submitPublicRating', 'pairKiosk', 'login', 'refreshToken'];
const PUBLIC_QUERIES = ['publicRatingContext', 'servicePointSatisfaction', 'publicServicePointSatisfaction', 'publicTransparency'];
/** Generated calls per operation. */
const RUNS: Record<string, number> = { submitPublicRating: 300, publicRatingContext: 200, default: 150 };
const SEED = 20261102;

describe('fuzzing the public operations', () => {
  let stack: Stack;
  let db: Client;
  let schema: GraphQLSchema;
  let pools: FuzzPools;
  let fx: { agencyId: string; servicePointId: string; periodId: string; adminToken: string; tokens: string[] };
  /** Valid variables per operation (the fuzzing makes some of their fields wild). */
  const valid: Record<string, fc.Arbitrary<Record<string, unknown>>> = {};
  const counts: Record<string, { generated: number; calls: number; answers?: Record<string, number> }> = {};

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', ownDatabase: true, env: { PUBLIC_RATE_LIMIT: '0' } });
    db = await dbClient(stack);
    schema = await introspect((q) => stack.gql(q));
    const org = await smallOrganisation(stack, 'Kota Uji Fuzz Publik');
    const t = org.admin.token;
    const sp = org.servicePointA;
    const periodId = await createPeriod(stack, t, { name: 'Triwulan berjalan', kind: 'QUARTERLY', ...currentQuarter() });
    await assignStaff(stack, t, sp, org.people.staffA.id);
    const anon = await createRatingLink(stack, t, { servicePointId: sp });
    const officer = await createRatingLink(stack, t, { servicePointId: sp, employeeId: org.people.staffA.id });
    const kiosk = (
      await ok(
        stack,
        `mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { id deviceToken } }`,
        { i: { servicePointId: sp, name: 'Kios Uji' } },
        t,
      )
    ).registerKiosk;
    const kiosk2 = (
      await ok(
        stack,
        `mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { id } }`,
        { i: { servicePointId: sp, name: 'Kios Dua' } },
        t,
      )
    ).registerKiosk;
    const code = (await ok(stack, `mutation($k: ID!) { createKioskPairingCode(kioskId: $k) { code } }`, { k: kiosk2.id }, t))
      .createKioskPairingCode.code;
    const tickets = await Promise.all(
      [0, 1, 2].map(
        async () =>
          (
            await ok(
              stack,
              `mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { token } }`,
              { i: { servicePointId: sp } },
              t,
            )
          ).issueServiceTicket.token as string,
      ),
    );
    const refresh = (await login(stack, org.people.staffB.nip, org.password)).refreshToken;
    const agencyId = (await db.query(`SELECT agency_id FROM service_point WHERE id = $1`, [sp])).rows[0].agency_id;
    const tokens = [anon.token, officer.token, kiosk.deviceToken, ...tickets];
    pools = {
      ids: [sp, periodId, org.people.staffA.id, org.people.staffB.id, org.units.kelA, kiosk.id, anon.id, agencyId],
      tokens: [...tokens, refresh],
      nips: [org.people.staffA.nip, org.people.camat.nip],
      codes: [code],
    };
    fx = { agencyId, servicePointId: sp, periodId, adminToken: t, tokens };
    const profile = fc.record(
      {
        ageBand: fc.constantFrom(...enumValues(schema, 'AgeBand')),
        sex: fc.constantFrom(...enumValues(schema, 'Sex')),
        education: fc.constantFrom(...enumValues(schema, 'Education')),
        occupation: fc.constantFrom(...enumValues(schema, 'Occupation')),
      },
      { requiredKeys: [] },
    );
    const common = {
      idempotencyKey: fc.uuid(),
      comment: fc.option(
        anyString.filter((c) => commentLength(c) <= COMMENT_MAX_CHARACTERS),
        { nil: undefined },
      ),
      respondent: fc.option(profile, { nil: undefined }),
    };
    const answers = fc.array(fc.integer({ min: ANSWER_MIN, max: ANSWER_MAX }), {
      minLength: IKM_ANSWER_COUNT,
      maxLength: IKM_ANSWER_COUNT,
    });
    const score = fc.integer({ min: ANSWER_MIN, max: ANSWER_MAX });
    valid.submitPublicRating = fc.record({
      input: fc.oneof(
        fc.record({ ...common, token: fc.constantFrom(anon.token, officer.token), kind: fc.constant('IKM'), answers }),
        fc.record({ ...common, token: fc.constantFrom(anon.token, officer.token), kind: fc.constant('QUICK'), score }),
        fc
          .record({
            ...common,
            token: fc.constant(kiosk.deviceToken as string),
            kind: fc.constantFrom('IKM', 'QUICK'),
            answers,
            score,
            employeeId: fc.option(fc.constant(org.people.staffA.id), { nil: undefined }),
            submittedAt: fc.integer({ min: 0, max: RATING_MAX_AGE_MS - 86_400_000 }).map((ago) => new Date(Date.now() - ago).toISOString()),
          })
          .map((r) => (r.kind === 'IKM' ? { ...r, score: undefined } : { ...r, answers: undefined })),
        fc.record({ ...common, token: fc.constantFrom(...tickets), kind: fc.constant('QUICK'), score }),
      ),
    });
  }, 120_000);
  afterAll(async () => {
    console.log(`fuzz-public: generated calls per operation ${JSON.stringify(counts)}`);
    await db?.end();
    await stack?.close();
  });

  it('the lists below cover every operation the schema marks public', () => {
    const fields = [...Object.values(schema.getQueryType()!.getFields()), ...Object.values(schema.getMutationType()!.getFields())];
    const marked = fields.filter((f) => /^Public\b/.test(f.description ?? '')).map((f) => f.name);
    expect(marked.filter((n) => ![...PUBLIC_MUTATIONS, ...PUBLIC_QUERIES].includes(n))).toEqual([]);
  });

  const ops = [
    ...PUBLIC_MUTATIONS.map((name) => ({ name, kind: 'mutation' as const })),
    ...PUBLIC_QUERIES.map((name) => ({ name, kind: 'query' as const })),
  ];
  it.each(ops.map((o, i) => [o.name, o.kind, i] as const))(
    '%s (%s): never a 500 or INTERNAL_SERVER_ERROR, anonymously',
    async (name, kind, i) => {
      const root = kind === 'mutation' ? schema.getMutationType()! : schema.getQueryType()!;
      const field = root.getFields()[name];
      expect(field).toBeDefined();
      const r = await fuzzOperation({
        url: stack.url,
        kind,
        field,
        pools,
        seed: SEED + i,
        runs: RUNS[name] ?? RUNS.default,
        timeLimitMs: 60_000,
        valid: valid[name],
      });
      counts[name] = r;
    },
  );

  it('the public pages and QR routes: never a 500 for any token or id in the path', async () => {
    const segment = fc.oneof(
      fc.constantFrom(...fx.tokens, fx.servicePointId, fx.agencyId),
      anyString.filter((s) => s.length < 5_000),
    );
    const route = fc.tuple(
      fc.constantFrom('r/', 't/', 'ikm/', 'transparansi/', 'r/*/qr.svg', 'r/*/qr.png', 't/*/qr.svg', 't/*/qr.exe'),
      segment,
    );
    let n = 0;
    let failure = '';
    // encodeURIComponent refuses lone surrogates; what a browser sends for them is U+FFFD.
    const enc = (x: string) =>
      encodeURIComponent(x.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
    await fc.assert(
      fc.asyncProperty(route, async ([shape, seg]) => {
        n++;
        const path = shape.includes('*') ? shape.replace('*', enc(seg)) : `${shape}${enc(seg)}`;
        const res = await fetch(`${stack.url}/${path}`, { signal: AbortSignal.timeout(20_000) }).catch((e: Error) => ({
          status: 0,
          text: async () => e.message,
        }));
        if (res.status >= 500 || res.status === 0) {
          failure = `${res.status} GET /${path.slice(0, 120)}: ${(await res.text()).slice(0, 200)}`;
          return false;
        }
        return true;
      }),
      {
        seed: SEED,
        numRuns: 150,
        reporter: (d) => {
          if (d.failed) throw new Error(`a public page failed after ${d.numRuns} generated paths: ${failure}`);
        },
      },
    );
    counts['GET pages'] = { generated: n, calls: n };
  });

  it('what the fuzzing stored keeps the rules and reads without error on every page that shows it', async () => {
    // Stored ratings keep the API's rules (the CHECKs hold by construction; these are the rules above them).
    const { rows: bad } = await db.query(
      `SELECT id, kind, channel, score, u1, length(comment) AS comment_length, respondent, submitted_at, received_at FROM public_rating
        WHERE agency_id = $1 AND NOT (
          (kind = 'IKM' AND score IS NULL AND num_nonnulls(u1, u2, u3, u4, u5, u6, u7, u8, u9) = $8)
          OR (kind = 'QUICK' AND score BETWEEN $6 AND $7 AND num_nonnulls(u1, u2, u3, u4, u5, u6, u7, u8, u9) = 0))
          OR (agency_id = $1 AND (coalesce(length(comment), 0) > $2
          OR submitted_at > received_at + make_interval(secs => $3)
          OR submitted_at < received_at - make_interval(secs => $4 + $3)
          OR (respondent IS NOT NULL AND (jsonb_typeof(respondent) <> 'object'
              OR EXISTS (SELECT 1 FROM jsonb_object_keys(respondent) k WHERE k <> ALL($5::text[]))))
          OR (employee_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM service_point_staff s WHERE s.service_point_id = public_rating.service_point_id AND s.employee_id = public_rating.employee_id))))
        LIMIT 5`,
      [
        fx.agencyId,
        COMMENT_MAX_CHARACTERS,
        RATING_CLOCK_SKEW_MS / 1000,
        RATING_MAX_AGE_MS / 1000,
        RESPONDENT_FIELDS,
        ANSWER_MIN,
        ANSWER_MAX,
        IKM_ANSWER_COUNT,
      ],
    );
    expect(bad).toEqual([]);
    const stored = (await db.query(`SELECT count(*)::int AS n FROM public_rating WHERE agency_id = $1`, [fx.agencyId])).rows[0].n;
    expect(stored).toBeGreaterThan(0);
    counts['stored ratings'] = { generated: stored, calls: 0 };

    const q = schema.getQueryType()!.getFields();
    const reads: Array<[string, string, Record<string, unknown>, string | undefined]> = [
      [
        'servicePointSatisfaction',
        `query($s: ID!, $p: ID!) { servicePointSatisfaction(servicePointId: $s, periodId: $p) ${fullSelection(q.servicePointSatisfaction.type)} }`,
        { s: fx.servicePointId, p: fx.periodId },
        undefined,
      ],
      [
        'publicServicePointSatisfaction',
        `query($s: ID!) { publicServicePointSatisfaction(servicePointId: $s) ${fullSelection(q.publicServicePointSatisfaction.type)} }`,
        { s: fx.servicePointId },
        undefined,
      ],
      ...fx.tokens.map(
        (token) =>
          [
            'publicRatingContext',
            `query($t: String!) { publicRatingContext(token: $t) ${fullSelection(q.publicRatingContext.type)} }`,
            { t: token },
            undefined,
          ] as [string, string, Record<string, unknown>, string | undefined],
      ),
      [
        'publicTransparency',
        `query($a: ID!) { publicTransparency(agencyId: $a) ${fullSelection(q.publicTransparency.type)} }`,
        { a: fx.agencyId },
        undefined,
      ],
      ['servicePoints', `{ servicePoints(includeArchived: true) ${fullSelection(q.servicePoints.type, 1)} }`, {}, fx.adminToken],
      ['kiosks', `{ kiosks ${fullSelection(q.kiosks.type, 1)} }`, {}, fx.adminToken],
      ['ratingLinks', `{ ratingLinks ${fullSelection(q.ratingLinks.type, 1)} }`, {}, fx.adminToken],
    ];
    const broken: string[] = [];
    for (const [name, doc, vars, token] of reads) {
      const o = await post(stack.url, doc, vars, token);
      // A used ticket may answer a feature code; what may not happen is a server failure.
      if (isServerFailure(o)) broken.push(`${name} ${describeValue(vars)}: ${o.status} ${o.code} ${o.message} ${o.body ?? ''}`);
    }
    expect(broken).toEqual([]);
    const page = await fetch(`${stack.url}/ikm/${fx.servicePointId}`);
    expect(page.status).toBe(200);
    expect((await fetch(`${stack.url}/transparansi/${fx.agencyId}`)).status).toBe(200);
  });
});
