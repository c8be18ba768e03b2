import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { computeIkm, IKM_ELEMENT_CODES } from '../../../libs/scoring/src/ikm';
import { errorCode, stackEnv, startStack, Stack } from '../../support/stack';
import { ok } from '../../support/org-fixtures';
import { EARLIER_QUARTER, WORKED_EXAMPLE } from '../../support/scoring-fixtures';
import { satisfactionScenario } from '../../support/satisfaction-fixtures';
import { statementCounter } from '../../support/statement-counter';

/**
 * Issue 15, acceptance 4 (the GraphQL half; the page in Chromium is test/browser/satisfaction-pages):
 * publicTransparency answers without a login with every unit's latest IKM, mutu and trend and the
 * published follow-up actions, and nothing else: no staff names, no comments, no respondent data.
 * Within PUBLIC_CACHE_SECONDS a second view makes no SQL statement at all: the gateway talks to
 * PostgreSQL through a statement-counting proxy (test/support/statement-counter.ts); the worker,
 * which the scenario needs for its aggregates, connects directly.
 */
const QUERY = `query($a: ID!) { publicTransparency(agencyId: $a) {
  agencyId agencyName generatedAt
  units { unitId unitName latest { periodId name kind startsOn endsOn respondents ikm ikmConverted mutu kinerja }
          trend { periodId name kind startsOn endsOn respondents ikm ikmConverted mutu kinerja } }
  followUps { id servicePointName unitName periodName elementCode elementName action status dueOn }
} }`;

const ikmOf = (rows: number[][]) =>
  computeIkm({
    respondents: rows.length,
    elements: Object.fromEntries(IKM_ELEMENT_CODES.map((c, i) => [c, { sum: rows.reduce((t, r) => t + r[i], 0), count: rows.length }])),
  });

describe('publicTransparency (issue 15, acceptance 4)', () => {
  let stack: Stack;
  let proxy: Awaited<ReturnType<typeof statementCounter>>;
  let db: Client;
  let s: Awaited<ReturnType<typeof satisfactionScenario>>;

  beforeAll(async () => {
    const direct = stackEnv('redis').DATABASE_URL;
    const url = new URL(direct);
    proxy = await statementCounter({ host: url.hostname, port: Number(url.port || 5432) });
    url.host = `127.0.0.1:${proxy.port}`;
    stack = await startStack({ queue: 'redis', worker: false, env: { DATABASE_URL: url.toString(), PUBLIC_CACHE_SECONDS: '300' } });
    await stack.startWorker({ DATABASE_URL: direct });
    db = new Client({ connectionString: direct });
    await db.connect();
    s = await satisfactionScenario(stack, db);
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    await stack?.close();
    await proxy?.close();
  });

  it('answers without a login: each unit’s latest IKM and mutu with its trend, and only the published actions', async () => {
    const d = (await ok(stack, QUERY, { a: s.agencyId })).publicTransparency;
    expect(d.agencyId).toBe(s.agencyId);
    expect(d.agencyName).toBe(s.org.admin.name);
    expect(d.units.map((u: { unitName: string }) => u.unitName)).toEqual(['Kelurahan Cisaranten Kulon', 'Kelurahan Sukamiskin']);
    const [kelB, kelA] = d.units;
    const worked = ikmOf(WORKED_EXAMPLE);
    expect(kelA.latest).toMatchObject({ periodId: s.q3, name: 'Triwulan III 2026', respondents: 4, mutu: 'B', kinerja: 'Baik' });
    expect(kelA.latest.ikmConverted).toBeCloseTo(worked.converted!, 10);
    expect(kelA.latest.ikmConverted.toFixed(2)).toBe('86.81');
    // The trend runs oldest first and ends with the latest.
    expect(kelA.trend.map((p: { name: string }) => p.name)).toEqual(['Triwulan II 2026', 'Triwulan III 2026']);
    expect(kelA.trend[0].ikmConverted).toBeCloseTo(ikmOf(EARLIER_QUARTER).converted!, 10);
    const b = ikmOf([
      [3, 3, 3, 3, 3, 3, 3, 2, 3],
      [2, 3, 2, 3, 3, 3, 3, 2, 3],
    ]);
    expect(kelB.latest.ikmConverted).toBeCloseTo(b.converted!, 10);
    expect(kelB.latest.mutu).toBe(b.mutu);
    expect(kelB.trend).toHaveLength(1);
    expect(d.followUps).toEqual([
      {
        id: s.publishedActionId,
        servicePointName: 'Loket Adminduk',
        unitName: 'Kelurahan Sukamiskin',
        periodName: 'Triwulan III 2026',
        elementCode: 'U8',
        elementName: 'Penanganan pengaduan, saran dan masukan',
        action: 'Sediakan kanal pengaduan daring yang dibalas dalam 2 hari kerja',
        status: 'IN_PROGRESS',
        dueOn: '2026-11-30',
      },
    ]);
  });

  it('contains no staff names, comments or respondent data, and its types have no field for them', async () => {
    const raw = JSON.stringify(await stack.gql(QUERY, { a: s.agencyId }));
    const found = s.secrets.filter((secret) => raw.includes(secret));
    expect(found).toEqual([]);
    const fieldsOf = async (type: string) =>
      (
        (await ok(stack, `query($t: String!) { __type(name: $t) { fields { name } } }`, { t: type }, s.org.admin.token)).__type
          .fields as Array<{ name: string }>
      ).map((f) => f.name);
    // `respondents` is the published count of questionnaires (as on the IKM page), not respondent data.
    for (const type of ['PublicTransparency', 'TransparencyUnit', 'TransparencyPeriod', 'PublicFollowUpAction']) {
      expect(
        (await fieldsOf(type)).filter(
          (f) => f !== 'respondents' && /owner|employee|staff|comment|respondent|profile|nip|createdBy/i.test(f),
        ),
      ).toEqual([]);
    }
  });

  it('a second view within PUBLIC_CACHE_SECONDS makes no SQL statement; another agency still reaches the database', async () => {
    const other = randomUUID();
    const first = proxy.count();
    expect(errorCode(await stack.gql(QUERY, { a: other }))).toBe('NOT_FOUND');
    const afterMiss = proxy.count();
    // The counter does count this gateway's statements (an unknown agency is one lookup).
    expect(afterMiss - first).toBeGreaterThan(0);

    const before = proxy.count();
    const again = await stack.gql(QUERY, { a: s.agencyId });
    const after = proxy.count();
    expect(again.errors).toBeUndefined();
    expect(after - before).toBe(0);
    // The cached unknown agency answers NOT_FOUND again without the database too.
    const b2 = proxy.count();
    expect(errorCode(await stack.gql(QUERY, { a: other }))).toBe('NOT_FOUND');
    expect(proxy.count() - b2).toBe(0);
  });
});
