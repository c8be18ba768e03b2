import { Client } from 'pg';
import { startStack, Stack } from '../support/stack';
import { smallOrganisation, createRatingLink, createPeriod } from '../support/org-fixtures';
import { currentQuarter, until } from '../support/scoring-fixtures';
import { OwnPostgres, startOwnPostgres } from '../support/own-postgres';
import { Attempt, newKey, ratingInput, storedPerKey, submitOnce } from './fault-helpers';

const SATISFACTION = `query($s: ID!, $p: ID!) { servicePointSatisfaction(servicePointId: $s, periodId: $p) { respondents quickCount } }`;

/**
 * PostgreSQL restarted (fast shutdown, then a crash: `-m immediate`) while citizens rate. The
 * gateway must answer every request during the outage with success or a clear, retryable error
 * (SERVICE_UNAVAILABLE, extensions.retryable = true), never INTERNAL_SERVER_ERROR and never hang;
 * a client that retries with the same idempotency key until it succeeds has its rating stored
 * once and counted once in the aggregates.
 *
 * The database is a private cluster (initdb on a free port): the machine's shared server on 5432
 * is never touched.
 */
describe('PostgreSQL restarted during a burst of ratings', () => {
  let pg: OwnPostgres;
  let stack: Stack;
  let db: Client;

  beforeAll(async () => {
    pg = await startOwnPostgres();
    const admin = new Client({ connectionString: `${pg.serverUrl}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE k360');
    await admin.end();
    stack = await startStack({ queue: 'redis', env: { DATABASE_URL: `${pg.serverUrl}/k360`, PUBLIC_RATE_LIMIT: '0' } });
  }, 120_000);
  afterAll(async () => {
    await db?.end().catch(() => undefined);
    await stack?.close();
    await pg?.destroy();
  });

  it('every answer during the outage is success or SERVICE_UNAVAILABLE (retryable); retried keys are stored and counted exactly once', async () => {
    const started = Date.now();
    const org = await smallOrganisation(stack, 'Kota Uji PG Ulang');
    const periodId = await createPeriod(stack, org.admin.token, { name: 'Triwulan berjalan', kind: 'QUARTERLY', ...currentQuarter() });
    const sp = org.servicePointA;
    const link = await createRatingLink(stack, org.admin.token, { servicePointId: sp });

    const attempts: Attempt[] = [];
    const done: Array<{ key: string; k: number }> = [];
    const gaveUp: string[] = [];
    let outage = true;
    let k = 0;
    let outageFrom = 0;
    let outageTo = 0;
    // 8 clients; each rating is retried with the same key (100 ms apart) until it is accepted.
    const BURST_MS = 9_000;
    const client = async () => {
      while (Date.now() - started < BURST_MS + 60_000 && (outage || Date.now() - outageTo < 1_500)) {
        const mine = k++;
        const key = newKey();
        const input = ratingInput(link.token, key, mine);
        const giveUpAt = Date.now() + 45_000;
        for (;;) {
          const a = await submitOnce(stack.url, input, 15_000);
          attempts.push(a);
          if (a.accepted) {
            done.push({ key, k: mine });
            break;
          }
          if (Date.now() > giveUpAt) {
            gaveUp.push(key);
            break;
          }
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    };
    const faults = (async () => {
      await new Promise((r) => setTimeout(r, 1_500));
      outageFrom = Date.now();
      await pg.restart('fast');
      await new Promise((r) => setTimeout(r, 2_000));
      // A crash: connections die without a goodbye; the server runs crash recovery on start.
      await pg.stop('immediate');
      await new Promise((r) => setTimeout(r, 1_500));
      await pg.start();
      outageTo = Date.now();
      outage = false;
    })();
    await Promise.all([faults, ...Array.from({ length: 8 }, () => client())]);

    const failed = attempts.filter((a) => !a.accepted);
    const unclear = failed.filter((a) => !(a.status < 500 && a.code === 'SERVICE_UNAVAILABLE' && a.retryable === true));
    const summary = (xs: Attempt[]) => [
      ...new Set(xs.map((a) => `${a.status} ${a.code ?? '-'} retryable=${a.retryable} ${a.message ?? ''}`)),
    ];
    // The outage was felt (otherwise nothing was tested), and only as a clear, retryable answer.
    expect(failed.length).toBeGreaterThan(0);
    expect(summary(unclear)).toEqual([]);
    expect(gaveUp).toEqual([]);
    expect(done.length).toBeGreaterThan(20);

    // Each key: exactly one stored rating; nothing else stored for the service point.
    db = new Client({ connectionString: `${pg.serverUrl}/k360` });
    await db.connect();
    const keys = done.map((d) => d.key);
    const perKey = await storedPerKey(db, sp, keys);
    expect(keys.filter((key) => perKey.get(key) !== 1).map((key) => `${key}: ${perKey.get(key)}`)).toEqual([]);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM public_rating WHERE service_point_id = $1`, [sp]);
    expect(rows[0].n).toBe(keys.length);

    // Counted once each in the aggregate the worker writes (it lived through the restarts too).
    const want = {
      respondents: done.filter((d) => d.k % 3 !== 2).length,
      quickCount: done.filter((d) => d.k % 3 === 2).length,
    };
    const read = async () => (await stack.gql(SATISFACTION, { s: sp, p: periodId })).data?.servicePointSatisfaction;
    await until(
      'every accepted rating in the aggregate',
      async () => JSON.stringify(await read()) === JSON.stringify(want),
      30_000,
      250,
    ).catch(() => undefined);
    expect(await read()).toEqual(want);
    console.log(
      `postgres-restart: ${done.length} ratings, ${attempts.length} requests, ${failed.length} retryable answers during ${outageTo - outageFrom} ms of outage`,
    );
    expect(Date.now() - started).toBeLessThan(100_000);
  });
});
