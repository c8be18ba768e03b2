import { Client } from 'pg';
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
  Scenario,
  until,
  waitForScenarioResults,
} from '../support/scoring-fixtures';
import { installPublishLog, publishLog, queueEvents, queueCounts } from './reliability-helpers';

/**
 * Two worker processes on the same queues (and the same outbox) must give exactly the results one
 * worker gives: same round_result and satisfaction_aggregate rows, one row each, every outbox row
 * published once and every scoring job enqueued once.
 */
describe('two worker processes on the same queues', () => {
  const plan = makePlan(20261125, 10, 4, 24);
  let single: Stack;
  let double: Stack;
  let db1: Client;
  let db2: Client;

  beforeAll(async () => {
    const env = { PUBLIC_RATE_LIMIT: '0' };
    // Each stack has its own database: workers relay every unpublished row of their database.
    [single, double] = await Promise.all([
      startStack({ queue: 'redis', env, workers: 0, ownDatabase: true }),
      startStack({ queue: 'redis', env, workers: 0, ownDatabase: true }),
    ]);
    [db1, db2] = await Promise.all([dbClient(single), dbClient(double)]);
    await Promise.all([installPublishLog(db1), installPublishLog(db2)]);
    // Each worker names its database sessions, so the log says which process published/wrote what.
    const named = (s: Stack, name: string) => ({ DATABASE_URL: `${s.config.DATABASE_URL}?application_name=${name}` });
    await single.startWorker(named(single, 'k360-worker-only'));
    await double.startWorker(named(double, 'k360-worker-1'));
    await double.startWorker(named(double, 'k360-worker-2'));
  });
  afterAll(async () => {
    await db1?.end();
    await db2?.end();
    await Promise.all([single?.close(), double?.close()]);
  });

  it('close 10 rounds and submit a burst of ratings over 4 service points: the same rows as one worker, each once, each outbox row published once', async () => {
    const started = Date.now();
    const [s1, s2] = await Promise.all([
      buildScenario(single, 'Kota Uji Satu Worker', plan),
      buildScenario(double, 'Kota Uji Dua Worker', plan),
    ]);

    const drive = async (s: Scenario) => {
      // Everything a round result depends on is in before the rounds close…
      await inParallel(plan.before, 12, (r) => s.submit(r));
      // …then the rounds close all at once while more ratings (not attributed) pour in.
      await Promise.all([Promise.all(s.roundIds.map((_, i) => s.closeRound(i))), inParallel(plan.during, 12, (r) => s.submit(r))]);
    };
    await Promise.all([drive(s1), drive(s2)]);
    await Promise.all([waitForScenarioResults(db1, s1, 30_000), waitForScenarioResults(db2, s2, 30_000)]);
    // Quiet: nothing left to relay and no job left on either stack's queues.
    for (const [stack, db] of [
      [single, db1],
      [double, db2],
    ] as const) {
      await until('the queues to drain', async () => {
        const pending = (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`)).rows[0].n;
        const counts = await queueCounts(stack, ['scoring', 'aggregation']);
        return pending === 0 && Object.values(counts).every((c) => c.active + c.wait + c.delayed === 0);
      });
    }

    // Independently computed values: every round and every service point, on both stacks.
    const [r1, r2] = await Promise.all([resultRows(db1, s1), resultRows(db2, s2)]);
    const [a1, a2] = await Promise.all([aggregateRows(db1, s1), aggregateRows(db2, s2)]);
    plan.staff.forEach((st, i) => {
      expectRoundRow(r2[st.name], expectedRound(plan, i), `two workers, ${st.name}`);
      expectRoundRow(r1[st.name], expectedRound(plan, i), `one worker, ${st.name}`);
    });
    plan.servicePoints.forEach((name, sp) => {
      const exp = expectedAggregate([...plan.before, ...plan.during].filter((r) => r.sp === sp));
      expectAggregateRow(a2[name], exp, `two workers, ${name}`);
      expectAggregateRow(a1[name], exp, `one worker, ${name}`);
    });
    // And the two runs field by field (sources with their sd and confidence intervals included).
    // (Timestamps aside: the watermark's lastRatingAt / lastReviewAt are when the facts arrived.)
    const norm = (rows: Record<string, any>) =>
      JSON.parse(
        JSON.stringify(rows, (k, v) =>
          k === 'lastRatingAt' || k === 'lastReviewAt'
            ? undefined
            : typeof v === 'number' && !Number.isInteger(v)
              ? Number(v.toFixed(9))
              : v,
        ),
      );
    expect(norm(r2)).toEqual(norm(r1));
    expect(norm(a2)).toEqual(norm(a1));

    // One row per round and per service point, nothing else (these databases hold only this scenario).
    for (const [db, s] of [
      [db1, s1],
      [db2, s2],
    ] as const) {
      const rr = await db.query(`SELECT round_id, count(*)::int AS n FROM round_result GROUP BY round_id`);
      expect(rr.rows.map((r) => r.round_id).sort()).toEqual([...s.roundIds].sort());
      expect(rr.rows.every((r) => r.n === 1)).toBe(true);
      const sa = await db.query(`SELECT service_point_id, period_id, count(*)::int AS n FROM satisfaction_aggregate GROUP BY 1, 2`);
      expect(sa.rows.map((r) => r.service_point_id).sort()).toEqual([...s.servicePointIds].sort());
      expect(sa.rows.every((r) => r.n === 1 && r.period_id === s.periodId)).toBe(true);
    }

    // Every outbox row published exactly once (the publish log records each committed publication).
    const outboxTotal = (await db2.query(`SELECT count(*)::int AS n FROM outbox`)).rows[0].n;
    expect(outboxTotal).toBe(plan.before.length + plan.during.length + plan.staff.length);
    const log = await publishLog(db2);
    expect(log.publications).toBe(outboxTotal);
    expect(log.distinctRows).toBe(outboxTotal);
    expect(log.unpublished).toBe(0);
    // Both processes took part (otherwise this would be a one-worker test).
    const publishers = Object.keys(log.byApp).sort();
    const writers = (await db2.query(`SELECT DISTINCT app FROM test_result_write_log`)).rows.map((r) => r.app).sort();
    expect({ publishers, writers }).toEqual({
      publishers: ['k360-worker-1', 'k360-worker-2'],
      writers: ['k360-worker-1', 'k360-worker-2'],
    });

    // Each scoring job entered the queue once: one "added" per round, no "duplicated", none failed.
    for (const [stack, s] of [
      [single, s1],
      [double, s2],
    ] as const) {
      const events = await queueEvents(stack, 'scoring');
      const added = events.filter((e) => e.event === 'added').map((e) => e.jobId);
      // The job id is the close's dedupe key, round.closed:<round>:<closeCount>, with ':' → '-'.
      expect(added.sort()).toEqual(s.roundIds.map((id) => `round.closed-${id}-1`).sort());
      expect(events.filter((e) => e.event === 'duplicated')).toEqual([]);
      const counts = await queueCounts(stack, ['scoring', 'aggregation']);
      expect({
        scoringFailed: counts.scoring.failed,
        aggregationFailed: counts.aggregation.failed,
        scoringCompleted: counts.scoring.completed,
      }).toEqual({
        scoringFailed: 0,
        aggregationFailed: 0,
        scoringCompleted: plan.staff.length,
      });
    }
    const relayWarnings = double
      .logs()
      .split('\n')
      .filter((l) => /outbox relay|"level":50/.test(l));
    expect(relayWarnings).toEqual([]);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
