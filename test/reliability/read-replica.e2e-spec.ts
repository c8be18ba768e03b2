import { Client } from 'pg';
import { startStack, Stack } from '../support/stack';
import { createPeriod, createRatingLink, ok, smallOrganisation } from '../support/org-fixtures';
import { currentQuarter, until } from '../support/scoring-fixtures';
import { OwnPostgres, OwnReplica, startOwnPostgres, startOwnReplica } from '../support/own-postgres';
import { newKey, submitOnce } from './fault-helpers';

const STAFF = `query($s: ID!, $p: ID!) { servicePointSatisfaction(servicePointId: $s, periodId: $p) { respondents ikmConverted } }`;
const TRANSPARENCY = `query($a: ID!) { publicTransparency(agencyId: $a) { units { unitName latest { ikmConverted } } } }`;
const PUBLIC = `query($s: ID!) { publicServicePointSatisfaction(servicePointId: $s) { periods { periodId respondents } } }`;
const PERIODS = `query { periods { id name } }`;

/**
 * Issue 16: DATABASE_READ_URL sends read-only queries that tolerate lag (the public pages) to a
 * streaming replica; writes, and the reads that must see them, stay on the primary. A private
 * primary (initdb) and its replica (pg_basebackup -R) on loopback ports: the machine's shared
 * server is never touched. Pausing WAL replay on the replica makes the routing visible: what the
 * replica answers is frozen, what the primary answers is not.
 */
describe('PostgreSQL read replica (DATABASE_READ_URL)', () => {
  let primary: OwnPostgres;
  let replica: OwnReplica;
  let stack: Stack;

  beforeAll(async () => {
    primary = await startOwnPostgres();
    const admin = new Client({ connectionString: `${primary.serverUrl}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE k360');
    await admin.end();
    replica = await startOwnReplica(primary);
    stack = await startStack({
      queue: 'redis',
      env: { DATABASE_URL: `${primary.serverUrl}/k360`, DATABASE_READ_URL: `${replica.serverUrl}/k360`, PUBLIC_RATE_LIMIT: '0' },
    });
  }, 180_000);
  afterAll(async () => {
    await stack?.close();
    await replica?.destroy();
    await primary?.destroy();
  });

  const publicRespondents = async (sp: string, periodId: string) => {
    const periods = (await ok(stack, PUBLIC, { s: sp })).publicServicePointSatisfaction.periods as Array<{
      periodId: string;
      respondents: number;
    }>;
    return periods.find((p) => p.periodId === periodId)?.respondents ?? 0;
  };
  const staffRespondents = async (sp: string, periodId: string, token: string) =>
    (await ok(stack, STAFF, { s: sp, p: periodId }, token)).servicePointSatisfaction.respondents as number;

  it('the public page reads the replica; a write and the read that must see it stay on the primary; a lost replica falls back', async () => {
    expect(stack.logs()).toContain('Read-only queries go to the replica at DATABASE_READ_URL');
    const org = await smallOrganisation(stack, 'Kota Uji Replika');
    const periodId = await createPeriod(stack, org.admin.token, { name: 'Triwulan berjalan', kind: 'QUARTERLY', ...currentQuarter() });
    const sp = org.servicePointA;
    const link = await createRatingLink(stack, org.admin.token, { servicePointId: sp });
    const rate = async (n: number, from: number) => {
      for (let k = from; k < from + n; k++) {
        const input = {
          token: link.token,
          idempotencyKey: newKey(),
          kind: 'IKM',
          answers: Array.from({ length: 9 }, (_, e) => 1 + ((k + e) % 4)),
        };
        const a = await submitOnce(stack.url, input);
        expect(a).toMatchObject({ status: 200, accepted: true });
      }
    };

    // 5 ratings, aggregated by the worker on the primary and streamed to the replica.
    await rate(5, 0);
    await until('the aggregate on the primary', async () => (await staffRespondents(sp, periodId, org.admin.token)) === 5, 20_000, 200);
    await until('the aggregate on the replica', async () => (await publicRespondents(sp, periodId)) === 5, 20_000, 200);
    const ikmOfFive = (await ok(stack, STAFF, { s: sp, p: periodId }, org.admin.token)).servicePointSatisfaction.ikmConverted as number;

    // The replica stops applying WAL: its answers freeze, the primary's do not.
    await replica.pauseReplay();
    await rate(3, 5);
    await until('the new aggregate on the primary', async () => (await staffRespondents(sp, periodId, org.admin.token)) === 8, 20_000, 200);
    // Read-your-write: a period created now is listed at once (the staff read is on the primary).
    const created = await createPeriod(stack, org.admin.token, {
      name: 'Bulan replika',
      kind: 'MONTHLY',
      startsOn: '2026-02-01',
      endsOn: '2026-02-28',
    });
    expect(((await ok(stack, PERIODS, {}, org.admin.token)).periods as Array<{ id: string }>).map((p) => p.id)).toContain(created);
    // The public pages are still answered by the paused replica: the IKM page, and the transparency page's
    // IKM is the one of the first five ratings while the primary's has moved on.
    expect(await publicRespondents(sp, periodId)).toBe(5);
    const ikmOfEight = (await ok(stack, STAFF, { s: sp, p: periodId }, org.admin.token)).servicePointSatisfaction.ikmConverted as number;
    expect(ikmOfEight).not.toBeCloseTo(ikmOfFive, 6);
    const db = new Client({ connectionString: `${primary.serverUrl}/k360` });
    await db.connect();
    const [{ agency_id: agencyId }] = (await db.query(`SELECT agency_id FROM service_point WHERE id = $1`, [sp])).rows;
    await db.end();
    const units = (await ok(stack, TRANSPARENCY, { a: agencyId })).publicTransparency.units as Array<{ latest: { ikmConverted: number } }>;
    expect(units.map((u) => u.latest.ikmConverted)).toContainEqual(expect.closeTo(ikmOfFive, 6));

    await replica.resumeReplay();
    await until('the replica to catch up', async () => (await publicRespondents(sp, periodId)) === 8, 20_000, 200);

    // The replica goes away: the public page is answered by the primary, without an error.
    await replica.stop();
    expect(await publicRespondents(sp, periodId)).toBe(8);
    await stack.waitForLogs((l) => l.includes('answered by the primary'));
    await replica.start();
  });
});
