import { spawn, ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startStack, Stack } from '../support/stack';
import {
  aggregateRows,
  buildScenario,
  dbClient,
  expectedRound,
  expectRoundRow,
  inParallel,
  makePlan,
  RatingPlanItem,
  resultRows,
  Scenario,
  until,
  waitForScenarioResults,
} from '../support/scoring-fixtures';
import { queueCounts } from './reliability-helpers';
import { AGGREGATION_DEBOUNCE_MS } from '../../libs/queue/src/queue.constants';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A private redis-server without persistence: a restart loses every key, as a crash of an unpersisted Redis does. */
async function startRedis(port: number, dir: string): Promise<ChildProcess> {
  const proc = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--maxmemory-policy', 'noeviction'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}`).then(
      () => true,
      (e: Error & { cause?: { code?: string } }) => e.cause?.code !== 'ECONNREFUSED',
    );
    if (up) return proc;
    if (proc.exitCode !== null) throw new Error(`redis-server exited with ${proc.exitCode}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('redis-server did not start');
}

async function stopRedis(proc: ChildProcess | undefined): Promise<void> {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const gone = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGKILL');
  await gone;
}

const SATISFACTION = `query($s: ID!, $p: ID!) { servicePointSatisfaction(servicePointId: $s, periodId: $p) { respondents quickCount } }`;

/**
 * Longer than the relay's poll (AGGREGATION_DEBOUNCE_MS / 2: every quiet point's ratings are
 * relayed before the restart) and shorter than the debounce (its aggregation has not run yet).
 */
const QUIET_MS = AGGREGATION_DEBOUNCE_MS * 0.8;
describe('Redis restarted (all keys lost) in the middle of a burst of ratings', () => {
  let redis: ChildProcess | undefined;
  let port: number;
  let stack: Stack;
  let db: Client;
  const dir = mkdtempSync(join(tmpdir(), 'k360-redis-restart-'));

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port, dir);
    stack = await startStack({
      queue: 'redis',
      env: { REDIS_URL: `redis://127.0.0.1:${port}`, PUBLIC_RATE_LIMIT: '0' },
      ownDatabase: true,
    });
    db = await dbClient(stack);
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
    await stopRedis(redis);
    rmSync(dir, { recursive: true, force: true });
  });

  /** Published outbox rows (relayed onto the queue) per service point. */
  async function publishedPerSp(s: Scenario): Promise<number[]> {
    const { rows } = await db.query(
      `SELECT sp AS id, count(o.id) FILTER (WHERE o.published_at IS NOT NULL)::int AS n
         FROM unnest($1::text[]) AS sp LEFT JOIN outbox o ON o.payload->>'servicePointId' = sp GROUP BY sp`,
      [s.servicePointIds],
    );
    return s.servicePointIds.map((id) => rows.find((r) => r.id === id).n as number);
  }

  /**
   * Ratings from 4 concurrent clients, round-robin over the scenario's service points, with Redis
   * killed (all keys lost) at `restartAtMs` and started again `downMs` later. The burst ends after
   * `ms`, or `endAfterRelayResumedMs` after the worker relayed its first rating into the new Redis.
   * `quietBeforeRestart`: service points that get no rating from QUIET_MS before the restart on.
   */
  async function burst(
    s: Scenario,
    opts: { ms: number; restartAtMs: number; downMs: number; quietBeforeRestart?: number[]; endAfterRelayResumedMs?: number },
  ) {
    const accepted = s.servicePointIds.map(() => ({ ikm: 0, quick: 0 }));
    const failures: string[] = [];
    let atRestart: { published: number[]; aggregated: number[] } | undefined;
    let n = 0;
    let restarting = false;
    let endAt = Date.now() + opts.ms;
    const t0 = Date.now();
    const restart = (async () => {
      await new Promise((r) => setTimeout(r, opts.restartAtMs));
      restarting = true;
      // What Redis holds now is lost: ratings relayed (outbox published) but not yet aggregated.
      const published = await publishedPerSp(s);
      await stopRedis(redis);
      const aggs = await aggregateRows(db, s);
      atRestart = {
        published,
        aggregated: s.plan.servicePoints.map((name) => (aggs[name] ? aggs[name].respondents + aggs[name].quick_count : 0)),
      };
      await new Promise((r) => setTimeout(r, opts.downMs));
      redis = await startRedis(port, dir);
      restarting = false;
      if (opts.endAfterRelayResumedMs !== undefined) {
        // The relay resumed when an outbox row gets published after Redis came back.
        const back = new Date();
        await until(
          'the relay to publish into the new Redis',
          async () => (await db.query(`SELECT 1 FROM outbox WHERE published_at > $1 LIMIT 1`, [back])).rows.length > 0,
          10_000,
          20,
        );
        endAt = Date.now() + opts.endAfterRelayResumedMs;
      }
    })();
    const submitter = async (lane: number) => {
      while (Date.now() < endAt || restarting) {
        const k = n++;
        let sp = k % s.servicePointIds.length;
        if (opts.quietBeforeRestart?.includes(sp) && (restarting || atRestart || Date.now() - t0 > opts.restartAtMs - QUIET_MS)) {
          sp = (sp + 1) % s.servicePointIds.length;
        }
        const item: RatingPlanItem =
          k % 5 === 4
            ? { sp, staff: null, kind: 'QUICK', score: 1 + (k % 4) }
            : { sp, staff: null, kind: 'IKM', answers: Array.from({ length: 9 }, (_, e) => 1 + ((k + e + lane) % 4)) };
        try {
          await s.submit(item);
          if (item.kind === 'IKM') accepted[sp].ikm++;
          else accepted[sp].quick++;
        } catch (err) {
          failures.push((err as Error).message);
        }
      }
    };
    await Promise.all([restart, ...Array.from({ length: 4 }, (_, lane) => submitter(lane))]);
    return { accepted, failures, atRestart: atRestart! };
  }

  /** Waits (bounded) until servicePointSatisfaction counts every accepted rating, then asserts it. */
  async function expectAggregatesComplete(s: Scenario, accepted: Array<{ ikm: number; quick: number }>, ms: number) {
    const read = () =>
      Promise.all(
        s.servicePointIds.map(
          async (id) =>
            (await stack.gql(SATISFACTION, { s: id, p: s.periodId })).data!.servicePointSatisfaction as {
              respondents: number;
              quickCount: number;
            },
        ),
      );
    const want = accepted.map((a) => ({ respondents: a.ikm, quickCount: a.quick }));
    // Nothing was refused and nothing stored twice: the ratings table holds exactly the accepted ones.
    const { rows } = await db.query(
      `SELECT service_point_id, count(*) FILTER (WHERE kind = 'IKM')::int AS ikm, count(*) FILTER (WHERE kind = 'QUICK')::int AS quick
         FROM public_rating WHERE service_point_id = ANY($1::uuid[]) GROUP BY 1`,
      [s.servicePointIds],
    );
    const stored = Object.fromEntries(rows.map((r) => [r.service_point_id, { respondents: r.ikm, quickCount: r.quick }]));
    expect(s.servicePointIds.map((id) => stored[id] ?? { respondents: 0, quickCount: 0 })).toEqual(want);
    try {
      await until('every accepted rating in the aggregates', async () => JSON.stringify(await read()) === JSON.stringify(want), ms, 250);
    } catch {
      // Fall through to the assertion, which shows the difference.
    }
    expect(await read()).toEqual(want);
  }

  const scenario = (label: string, seed: number) => buildScenario(stack, label, { ...makePlan(seed, 1, 3, 0), before: [], during: [] });

  it('ratings keep flowing to every service point for seconds after the restart: the aggregates count every accepted rating', async () => {
    const started = Date.now();
    const s = await scenario('Kota Uji Redis Ulang', 3);
    const { accepted, failures, atRestart } = await burst(s, { ms: 8_000, restartAtMs: 3_000, downMs: 1_000 });
    expect(failures).toEqual([]);
    // The restart lost something worth re-driving: ratings relayed but not aggregated yet.
    const lost = atRestart.published.map((p, i) => p - atRestart.aggregated[i]);
    expect(lost.some((l) => l > 0)).toBe(true);
    await expectAggregatesComplete(s, accepted, 20_000);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('a service point rated only until just before the restart: its ratings relayed into the lost Redis are still aggregated', async () => {
    const started = Date.now();
    const s = await scenario('Kota Uji Redis Sepi', 5);
    // Service point 0 gets no rating from QUIET_MS before the restart on: its ratings are all
    // relayed and its (debounced) aggregation job sits in Redis when Redis goes. The others keep being rated for 5 s after the restart.
    const { accepted, failures, atRestart } = await burst(s, { ms: 9_000, restartAtMs: 3_000, downMs: 1_000, quietBeforeRestart: [0] });
    expect(failures).toEqual([]);
    expect(accepted[0].ikm).toBeGreaterThan(0);
    expect(atRestart.published[0]).toBe(accepted[0].ikm + accepted[0].quick);
    expect(atRestart.aggregated[0]).toBeLessThan(atRestart.published[0]);
    await expectAggregatesComplete(s, accepted, 15_000);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('a burst that ends half a second after the worker is back on the new Redis: the last ratings are aggregated too', async () => {
    const started = Date.now();
    const s = await scenario('Kota Uji Redis Ekor', 9);
    const { accepted, failures } = await burst(s, { ms: 60_000, restartAtMs: 2_000, downMs: 1_000, endAfterRelayResumedMs: 500 });
    expect(failures).toEqual([]);
    await expectAggregatesComplete(s, accepted, 15_000);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('rounds closed just before the restart (scoring jobs relayed, not yet run) end SCORED with one result each', async () => {
    const started = Date.now();
    const plan = makePlan(13, 8, 2, 0);
    const s = await buildScenario(stack, 'Kota Uji Redis Ronde', plan);
    await inParallel(plan.before, 8, (r) => s.submit(r));
    // The worker runs 4 scoring jobs at a time; hold round_result so that 4 wait in the queue.
    const blocker = await dbClient(stack);
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE round_result IN SHARE MODE');
    try {
      await Promise.all(s.roundIds.map((_, i) => s.closeRound(i)));
      await until(
        'every close relayed, 4 scoring jobs running and 4 waiting',
        async () => {
          const unpublished = (
            await db.query(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'round.closed' AND published_at IS NULL`)
          ).rows[0].n;
          const q = (await queueCounts(stack, ['scoring'])).scoring;
          return unpublished === 0 && q.active === 4 && q.wait === 4;
        },
        10_000,
        50,
      );
      await stopRedis(redis);
      redis = await startRedis(port, dir);
    } finally {
      await blocker.query('COMMIT');
      await blocker.end();
    }
    try {
      await waitForScenarioResults(db, s, 20_000);
    } catch {
      // Shown by the assertions below.
    }
    const statuses = (
      await db.query(`SELECT status, count(*)::int AS n FROM evaluation_round WHERE id = ANY($1::uuid[]) GROUP BY 1 ORDER BY 1`, [
        s.roundIds,
      ])
    ).rows;
    expect(statuses).toEqual([{ status: 'SCORED', n: 8 }]);
    const rows = await resultRows(db, s);
    plan.staff.forEach((st, i) => expectRoundRow(rows[st.name], expectedRound(plan, i), st.name));
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
