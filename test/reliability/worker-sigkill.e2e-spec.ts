import IORedis from 'ioredis';
import { Client } from 'pg';
import { redisConnectionOptions } from '../../libs/queue/src/queue-backend';
import { startStack, Stack } from '../support/stack';
import {
  aggregateRows,
  buildScenario,
  dbClient,
  expectAggregateRow,
  expectedAggregate,
  expectedRound,
  expectRoundRow,
  inParallel,
  makePlan,
  resultRows,
  until,
  waitForScenarioResults,
} from '../support/scoring-fixtures';
import { installPublishLog, publishLog, queueCounts } from './reliability-helpers';

/**
 * A worker killed with SIGKILL (no shutdown hook runs) and a new one started on the same
 * environment: every round ends SCORED with exactly one round_result, every aggregate counts every
 * rating, whatever the killed process left behind — outbox rows not yet relayed, jobs waiting or
 * delayed in the queue, or a scoring transaction in flight.
 */
describe('SIGKILL of the worker, then a new worker', () => {
  let stack: Stack;
  let db: Client;
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', env: { PUBLIC_RATE_LIMIT: '0' }, ownDatabase: true });
    db = await dbClient(stack);
    await installPublishLog(db);
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  const running = () => stack.workers().filter((w) => w.running());

  it('killed with rating jobs delayed in the queue and closed rounds not yet relayed: same rows as computed, one each', async () => {
    const started = Date.now();
    const plan = makePlan(7, 8, 3, 12);
    const s = await buildScenario(stack, 'Kota Uji SIGKILL Antre', plan);
    const [victim] = running();
    expect(victim).toBeDefined();

    // A burst of ratings, relayed at once, their aggregation debounced by a second in the queue…
    await inParallel(plan.before, 12, (r) => s.submit(r));
    await until(
      'the burst to be relayed',
      async () => (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`)).rows[0].n === 0,
      5_000,
      20,
    );
    // …then the worker is frozen (so that what it left undone can be checked), the rounds close and
    // more ratings arrive; nothing of that can be relayed by the frozen process.
    process.kill(victim.pid, 'SIGSTOP');
    try {
      await Promise.all([Promise.all(s.roundIds.map((_, i) => s.closeRound(i))), inParallel(plan.during, 12, (r) => s.submit(r))]);
      // At kill time: no round scored, the closes still in the outbox, the rated service points'
      // jobs waiting in the queue (published, not yet processed).
      const state = {
        scored: (await db.query(`SELECT count(*)::int AS n FROM round_result`)).rows[0].n,
        unrelayedCloses: (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'round.closed' AND published_at IS NULL`))
          .rows[0].n,
        aggregated: Object.values(await aggregateRows(db, s)).reduce((a, r) => a + r.respondents + r.quick_count, 0),
        queued: await queueCounts(stack, ['aggregation']).then((c) => c.aggregation.delayed + c.aggregation.wait),
      };
      expect(state.scored).toBe(0);
      expect(state.unrelayedCloses).toBe(plan.staff.length);
      expect(state.aggregated).toBeLessThan(plan.before.length);
      expect(state.queued).toBeGreaterThan(0);
    } finally {
      expect(await stack.killWorker(victim.pid, 'SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    }

    const fresh = await stack.startWorker();
    await waitForScenarioResults(db, s, 20_000);
    const rows = await resultRows(db, s);
    plan.staff.forEach((st, i) => expectRoundRow(rows[st.name], expectedRound(plan, i), st.name));
    const aggs = await aggregateRows(db, s);
    plan.servicePoints.forEach((name, sp) =>
      expectAggregateRow(aggs[name], expectedAggregate([...plan.before, ...plan.during].filter((r) => r.sp === sp)), name),
    );
    const dup = await db.query(`SELECT round_id FROM round_result WHERE round_id = ANY($1::uuid[]) GROUP BY 1 HAVING count(*) > 1`, [
      s.roundIds,
    ]);
    expect(dup.rows).toEqual([]);
    expect((await db.query(`SELECT count(*)::int AS n FROM round_result WHERE round_id = ANY($1::uuid[])`, [s.roundIds])).rows[0].n).toBe(
      plan.staff.length,
    );
    // Every outbox row relayed exactly once (the closes by the new worker), none left behind.
    const log = await publishLog(db);
    const ours = (await db.query(`SELECT count(*)::int AS n FROM outbox`)).rows[0].n;
    expect({ publications: log.publications, distinct: log.distinctRows, unpublished: log.unpublished }).toEqual({
      publications: ours,
      distinct: ours,
      unpublished: 0,
    });
    expect(fresh.running()).toBe(true);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('killed while 4 scoring transactions are in flight and 4 more jobs wait: the waiting ones are scored at once by the new worker, the interrupted ones after BullMQ’s stalled-job check, one row each', async () => {
    const started = Date.now();
    const plan = makePlan(11, 8, 2, 0);
    const s = await buildScenario(stack, 'Kota Uji SIGKILL Aktif', plan);
    await inParallel(plan.before, 12, (r) => s.submit(r));
    const [victim] = running();
    expect(victim).toBeDefined();

    // Hold round_result in SHARE mode: scoring transactions run up to their INSERT and wait there
    // (reads of results, by the API, go on). The worker takes 4 scoring jobs at once.
    const blocker = await dbClient(stack);
    await blocker.query(`BEGIN`);
    await blocker.query(`LOCK TABLE round_result IN SHARE MODE`);
    let active: string[] = [];
    try {
      await Promise.all(s.roundIds.map((_, i) => s.closeRound(i)));
      const inFlight = await until(
        '4 scoring transactions waiting on round_result',
        async () => {
          const { rows } = await db.query(
            `SELECT a.pid FROM pg_stat_activity a WHERE a.datname = current_database() AND a.application_name = 'kinerja360-worker'
                AND a.wait_event_type = 'Lock' AND a.query LIKE 'INSERT INTO round_result%'`,
          );
          const q = (await queueCounts(stack, ['scoring'])).scoring;
          return rows.length === 4 && q.active === 4 && q.wait === 4 ? rows : null;
        },
        10_000,
        50,
      );
      expect(inFlight).toHaveLength(4);
      // Which rounds are in flight: those whose evaluation_round row the waiting transactions lock.
      const locked = await db.query(
        `SELECT r.id FROM evaluation_round r WHERE r.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM evaluation_round x WHERE x.id = r.id FOR UPDATE SKIP LOCKED)`,
        [s.roundIds],
      );
      active = locked.rows.map((r) => r.id);
      expect(active).toHaveLength(4);
      expect(await stack.killWorker(victim.pid, 'SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    } finally {
      await blocker.query(`COMMIT`);
      await blocker.end();
    }
    // The killed transactions never commit: no result row, the rounds still CLOSED.
    await until('the killed sessions to go', async () => {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'kinerja360-worker'`,
      );
      return rows[0].n === 0;
    });
    expect((await db.query(`SELECT count(*)::int AS n FROM round_result WHERE round_id = ANY($1::uuid[])`, [s.roundIds])).rows[0].n).toBe(
      0,
    );

    const restartedAt = Date.now();
    await stack.startWorker();
    const waiting = s.roundIds.filter((id) => !active.includes(id));
    await until(
      'the 4 waiting rounds SCORED by the new worker',
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM evaluation_round WHERE id = ANY($1::uuid[]) AND status = 'SCORED'`, [waiting]))
          .rows[0].n === 4,
      10_000,
    );
    // BullMQ hands a job whose worker died back after its lock expired (lockDuration 30 s) and two
    // stalled-job checks (stalledInterval 30 s): at most ~60 s after the restart with the defaults.
    try {
      await waitForScenarioResults(db, s, 75_000 - (Date.now() - restartedAt));
    } catch (err) {
      // What BullMQ holds for the interrupted jobs, and what the new worker said.
      const redis = new IORedis({ ...redisConnectionOptions(stack.config.REDIS_URL!), maxRetriesPerRequest: 1 });
      const key = (k: string) => `${stack.config.QUEUE_PREFIX}:scoring:${k}`;
      const state = {
        active: await redis.lrange(key('active'), 0, -1),
        stalled: await redis.smembers(key('stalled')),
        stalledCheckPttl: await redis.pttl(key('stalled-check')),
        jobs: await Promise.all(
          active.map(async (id) => ({
            id,
            ...(await redis.hgetall(key(`round.closed-${id}-1`))),
            lockPttl: await redis.pttl(key(`round.closed-${id}-1:lock`)),
          })),
        ),
      };
      redis.disconnect();
      const fresh = stack.workers().at(-1)!;
      const said = fresh
        .logs()
        .split('\n')
        .filter((l) => l && !l.includes('"level":30'));
      throw new Error(
        `${(err as Error).message}\n${JSON.stringify(state, (k, v) => (k === 'data' || k === 'opts' ? undefined : v), 1)}\n${said.slice(-20).join('\n')}`,
      );
    }
    const recoveredAfterMs = Date.now() - restartedAt;
    const rows = await resultRows(db, s);
    plan.staff.forEach((st, i) => expectRoundRow(rows[st.name], expectedRound(plan, i), st.name));
    const counts = await db.query(`SELECT round_id, count(*)::int AS n FROM round_result WHERE round_id = ANY($1::uuid[]) GROUP BY 1`, [
      s.roundIds,
    ]);
    expect(counts.rows).toHaveLength(8);
    expect(counts.rows.every((r) => r.n === 1)).toBe(true);
    const q = (await queueCounts(stack, ['scoring'])).scoring;
    expect({ failed: q.failed, active: q.active, wait: q.wait }).toEqual({ failed: 0, active: 0, wait: 0 });
    console.log(`interrupted scoring jobs recovered ${recoveredAfterMs} ms after the restart; test took ${Date.now() - started} ms`);
  }, 120_000);
});
