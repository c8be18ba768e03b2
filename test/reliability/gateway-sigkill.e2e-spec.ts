import { Client } from 'pg';
import { startStack, Stack } from '../support/stack';
import { GatewayProcess, startGateway } from '../support/gateway-process';
import { createPeriod, createRatingLink, smallOrganisation } from '../support/org-fixtures';
import { currentQuarter, dbClient, until } from '../support/scoring-fixtures';
import { Attempt, newKey, ratingInput, storedPerKey, submitOnce } from './fault-helpers';

const SATISFACTION = `query($s: ID!, $p: ID!) { servicePointSatisfaction(servicePointId: $s, periodId: $p) { respondents quickCount } }`;

/**
 * The gateway SIGKILLed (no shutdown hook runs) while 12 clients submit ratings. Every rating it
 * acknowledged (accepted: true) must be stored and, once the worker ran, counted; ratings whose
 * answer was lost with the process are retried with the same key on a new gateway and counted once.
 */
describe('gateway SIGKILLed with ratings in flight', () => {
  let stack: Stack;
  let db: Client;
  let next: GatewayProcess | undefined;

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', ownDatabase: true, env: { PUBLIC_RATE_LIMIT: '0' } });
    db = await dbClient(stack);
  });
  afterAll(async () => {
    await db?.end();
    await next?.stop();
    await stack?.close();
  });

  it('nothing acknowledged before the kill is lost; unanswered ratings retried on a new gateway are counted once', async () => {
    const started = Date.now();
    const org = await smallOrganisation(stack, 'Kota Uji Gateway Mati');
    const periodId = await createPeriod(stack, org.admin.token, { name: 'Triwulan berjalan', kind: 'QUARTERLY', ...currentQuarter() });
    const sp = org.servicePointA;
    const link = await createRatingLink(stack, org.admin.token, { servicePointId: sp });

    const acknowledged: Array<{ key: string; k: number }> = [];
    const unanswered: Array<{ key: string; k: number; attempt: Attempt }> = [];
    const refused: Attempt[] = [];
    let k = 0;
    let killedAt = 0;
    const client = async () => {
      for (;;) {
        const mine = k++;
        const key = newKey();
        const sentAt = Date.now();
        const a = await submitOnce(stack.url, ratingInput(link.token, key, mine), 10_000);
        if (a.accepted) acknowledged.push({ key, k: mine });
        else if (a.status === 0) {
          // Sent before the kill and unanswered: its outcome is unknown to the client.
          if (killedAt === 0 || sentAt < killedAt) unanswered.push({ key, k: mine, attempt: a });
          return;
        } else refused.push(a);
        if (Date.now() - started > 60_000) return;
      }
    };
    const killer = (async () => {
      await new Promise((r) => setTimeout(r, 2_000));
      // A volley of 24 more, sent together a few milliseconds before the kill: most are still in flight when it lands.
      const volley = Array.from({ length: 24 }, async () => {
        const mine = k++;
        const key = newKey();
        const a = await submitOnce(stack.url, ratingInput(link.token, key, mine), 10_000);
        if (a.accepted) acknowledged.push({ key, k: mine });
        else if (a.status === 0) unanswered.push({ key, k: mine, attempt: a });
        else refused.push(a);
      });
      await new Promise((r) => setTimeout(r, 15));
      killedAt = Date.now();
      process.kill(stack.gatewayPid, 'SIGKILL');
      await Promise.all(volley);
    })();
    await Promise.all([killer, ...Array.from({ length: 12 }, () => client())]);
    expect(refused.map((a) => `${a.status} ${a.code} ${a.message}`)).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(20);
    // Requests were in flight when the process died (each client's last one, sent before the kill).
    expect(unanswered.length).toBeGreaterThan(0);

    // Every acknowledged rating is in the database, once.
    const ackKeys = acknowledged.map((a) => a.key);
    const perKey = await storedPerKey(db, sp, ackKeys);
    expect(ackKeys.filter((key) => perKey.get(key) !== 1).map((key) => `${key}: ${perKey.get(key)}`)).toEqual([]);

    // A new gateway on the same database; the unanswered clients retry with their keys.
    next = await startGateway(stack.env);
    const retried = await Promise.all(unanswered.map((u) => submitOnce(next!.url, ratingInput(link.token, u.key, u.k), 10_000)));
    expect(retried.filter((a) => !a.accepted).map((a) => `${a.status} ${a.code} ${a.message}`)).toEqual([]);
    const all = [...acknowledged, ...unanswered];
    const perAll = await storedPerKey(
      db,
      sp,
      all.map((a) => a.key),
    );
    expect(all.filter((a) => perAll.get(a.key) !== 1).map((a) => a.key)).toEqual([]);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM public_rating WHERE service_point_id = $1`, [sp]);
    expect(rows[0].n).toBe(all.length);

    // And counted once each in the aggregate.
    const want = { respondents: all.filter((a) => a.k % 3 !== 2).length, quickCount: all.filter((a) => a.k % 3 === 2).length };
    const read = async () => (await next!.gql(SATISFACTION, { s: sp, p: periodId })).data?.servicePointSatisfaction;
    await until('every rating in the aggregate', async () => JSON.stringify(await read()) === JSON.stringify(want), 20_000, 250).catch(
      () => undefined,
    );
    expect(await read()).toEqual(want);
    const duplicates = retried.filter((a) => a.duplicate).length;
    console.log(
      `gateway-sigkill: ${acknowledged.length} acknowledged before the kill, ${unanswered.length} in flight (${duplicates} of them had been stored: retry answered duplicate)`,
    );
    expect(Date.now() - started).toBeLessThan(90_000);
  });
});
