import { createRedisBackend, Queue, setDefaultBackendFactory } from 'bullmq';
import { redisConnectionOptions } from '../../libs/queue/src/queue-backend';
import { QueueBackend, startStack, Stack } from '../support/stack';

/**
 * Periodic work (the outbox relay's reconcile sweep, the rating partition upkeep) runs as BullMQ
 * job schedulers: every replica upserts the same scheduler, each iteration is one job, and one
 * worker takes it. So two worker processes run each periodic job once per interval, not twice.
 * Each run logs `periodic job <name> ran` (debug) in the worker that ran it; the test counts those
 * lines over both workers' logs.
 */
const SWEEP_MS = 1000;
const UPKEEP_MS = 2000;
const WINDOW_MS = 8000;

const runsOf = (logs: string, name: string) => (logs.match(new RegExp(`periodic job ${name} ran`, 'g')) ?? []).length;

describe.each<QueueBackend>(['redis', 'postgres'])('periodic jobs with two worker replicas (%s backend)', (queue) => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({
      queue,
      workers: 0,
      ownDatabase: true,
      env: { LOG_LEVEL: 'debug', RECONCILE_SWEEP_MS: String(SWEEP_MS), PARTITION_UPKEEP_MS: String(UPKEEP_MS) },
    });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('run the reconcile sweep and the partition upkeep once per interval across both workers', async () => {
    const [a, b] = [await stack.startWorker(), await stack.startWorker()];
    const logs = () => a.logs() + b.logs();
    // Count from the first run onwards, over a fixed window.
    await stack.waitForLogs(() => runsOf(logs(), 'reconcile-sweep') > 0);
    const sweepsBefore = runsOf(logs(), 'reconcile-sweep');
    const upkeepBefore = runsOf(logs(), 'partition-upkeep');
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    const sweeps = runsOf(logs(), 'reconcile-sweep') - sweepsBefore;
    const upkeeps = runsOf(logs(), 'partition-upkeep') - upkeepBefore;
    console.log(`${queue}: in ${WINDOW_MS} ms over 2 workers, reconcile-sweep ran ${sweeps}× (every ${SWEEP_MS} ms), partition-upkeep ${upkeeps}× (every ${UPKEEP_MS} ms); by worker: sweep ${runsOf(a.logs(), 'reconcile-sweep')}/${runsOf(b.logs(), 'reconcile-sweep')}`);

    // Once per interval: WINDOW/interval runs, give or take one at each edge of the window (and
    // a scheduler tick delayed by a busy machine). Two independent timers would give about twice.
    expect(sweeps).toBeGreaterThanOrEqual(WINDOW_MS / SWEEP_MS - 2);
    expect(sweeps).toBeLessThanOrEqual(WINDOW_MS / SWEEP_MS + 1);
    expect(upkeeps).toBeGreaterThanOrEqual(WINDOW_MS / UPKEEP_MS - 1);
    expect(upkeeps).toBeLessThanOrEqual(WINDOW_MS / UPKEEP_MS + 1);
    // Both workers are alive and took part in the queue (neither crashed on the shared scheduler).
    expect(a.running() && b.running()).toBe(true);
  });

  if (queue === 'redis') {
    it('a scheduler lost with Redis\' keys is put back by the workers: the sweep runs again', async () => {
      setDefaultBackendFactory(createRedisBackend as never);
      const system = new Queue('system', {
        connection: { ...redisConnectionOptions(stack.config.REDIS_URL!), maxRetriesPerRequest: 1 } as never,
        prefix: stack.config.QUEUE_PREFIX,
      });
      try {
        if (!stack.workers().some((w) => w.running())) await stack.startWorker();
        await stack.waitForLogs((l) => runsOf(l, 'reconcile-sweep') > 0);
        // As a Redis restarted without persistence: the scheduler and its next run are gone.
        expect(await system.removeJobScheduler('reconcile-sweep')).toBe(true);
        await new Promise((r) => setTimeout(r, 1500));
        const before = runsOf(stack.logs(), 'reconcile-sweep');
        await stack.waitForLogs((l) => runsOf(l, 'reconcile-sweep') > before && l.includes('restored: reconcile-sweep'));
        expect(runsOf(stack.logs(), 'reconcile-sweep')).toBeGreaterThan(before);
        expect(stack.logs()).toContain('restored: reconcile-sweep');
        expect(await system.getJobScheduler('reconcile-sweep')).toBeTruthy();
      } finally {
        await system.close();
      }
    });
  }
});
