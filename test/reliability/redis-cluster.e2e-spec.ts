import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { freePort } from '../support/own-postgres';
import { startStack, Stack } from '../support/stack';
import {
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

/**
 * Issue 16: the product on a Redis Cluster (REDIS_CLUSTER_NODES). Three masters with one replica
 * each, Debian's redis-server on loopback ports, joined by `redis-cli --cluster create`. The
 * scoring flow runs on it; then a burst of ratings, during which the master that holds the queues'
 * slot is killed: its replica takes over and every acknowledged rating ends in the aggregates.
 */

interface Node {
  port: number;
  proc: ChildProcess;
}

async function startNode(port: number, dir: string): Promise<Node> {
  const nodeDir = join(dir, String(port));
  mkdirSync(nodeDir, { recursive: true });
  const proc = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--cluster-enabled',
      'yes',
      '--cluster-config-file',
      'nodes.conf',
      '--cluster-node-timeout',
      '1000',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
      '--dir',
      nodeDir,
    ],
    { stdio: 'ignore' },
  );
  const probe = new IORedis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    for (let i = 0; i < 100; i++) {
      if (proc.exitCode !== null) throw new Error(`redis-server on ${port} exited with ${proc.exitCode}`);
      const ok = await probe.connect().then(
        () => true,
        () => false,
      );
      if (ok) return { port, proc };
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    probe.disconnect();
  }
  throw new Error(`redis-server on ${port} did not start`);
}

async function kill(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const gone = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGKILL');
  await gone;
}

/** CLUSTER INFO of one node as a map. */
async function clusterInfo(port: number): Promise<Record<string, string>> {
  const r = new IORedis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1 });
  try {
    const text = (await r.call('CLUSTER', 'INFO')) as string;
    return Object.fromEntries(
      text
        .split(/\r?\n/)
        .filter(Boolean)
        .map((l) => l.split(':') as [string, string]),
    );
  } finally {
    r.disconnect();
  }
}

/** The port of the master serving `slot`, as `port` sees the cluster. */
async function masterOfSlot(port: number, slot: number): Promise<number> {
  const r = new IORedis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1 });
  try {
    const slots = (await r.call('CLUSTER', 'SLOTS')) as Array<[number, number, [string, number, ...unknown[]], ...unknown[]]>;
    const range = slots.find(([from, to]) => slot >= from && slot <= to);
    if (!range) throw new Error(`no master serves slot ${slot}`);
    return Number(range[2][1]);
  } finally {
    r.disconnect();
  }
}

const SATISFACTION = `query($s: ID!, $p: ID!) { servicePointSatisfaction(servicePointId: $s, periodId: $p) { respondents quickCount } }`;

describe('Redis Cluster (3 masters, 1 replica each): scoring and a burst of ratings through a master failover', () => {
  const dir = mkdtempSync(join(tmpdir(), 'k360-redis-cluster-'));
  const nodes: Node[] = [];
  let stack: Stack;
  let db: Client;

  beforeAll(async () => {
    const ports: number[] = [];
    for (let i = 0; i < 6; i++) ports.push(await freePort());
    for (const port of ports) nodes.push(await startNode(port, dir));
    const created = spawnSync(
      'redis-cli',
      ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '1', '--cluster-yes'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    if (created.status !== 0) throw new Error(`redis-cli --cluster create failed: ${created.stdout}\n${created.stderr}`);
    await until(
      'every node to see the cluster ok with 3 masters',
      async () => {
        const infos = await Promise.all(ports.map(clusterInfo));
        return infos.every((i) => i.cluster_state === 'ok' && i.cluster_size === '3' && i.cluster_known_nodes === '6');
      },
      30_000,
      100,
    );
    stack = await startStack({
      queue: 'redis',
      // Only two seeds: the client discovers the rest (and the promoted replica) from the cluster.
      env: {
        REDIS_URL: '',
        REDIS_CLUSTER_NODES: `127.0.0.1:${ports[0]},127.0.0.1:${ports[1]}`,
        PUBLIC_RATE_LIMIT: '1000000',
        PUBLIC_CLIENT_WINDOW_HOURS: '0',
      },
      ownDatabase: true,
    });
    db = await dbClient(stack);
  }, 180_000);

  afterAll(async () => {
    await db?.end();
    await stack?.close();
    await Promise.all(nodes.map((n) => kill(n.proc)));
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs on the cluster: the seeds are logged and /health is up', async () => {
    expect(stack.config.REDIS_CLUSTER_NODES).toHaveLength(2);
    expect(stack.logs()).toContain('Redis Cluster seeds:');
    const health = (await fetch(`${stack.url}/health`).then((r) => r.json())) as { status: string };
    expect(health.status).toBe('ok');
  });

  it('scores closed rounds on the cluster, field for field as expected', async () => {
    const plan = makePlan(21, 4, 1, 0);
    const s = await buildScenario(stack, 'Kota Uji Klaster Ronde', plan);
    await inParallel(plan.before, 8, (r) => s.submit(r));
    await Promise.all(s.roundIds.map((_, i) => s.closeRound(i)));
    await waitForScenarioResults(db, s, 30_000);
    const rows = await resultRows(db, s);
    plan.staff.forEach((st, i) => expectRoundRow(rows[st.name], expectedRound(plan, i), st.name));
  });

  it('a master killed in the middle of a burst: its replica takes over and every acknowledged rating is aggregated', async () => {
    const s: Scenario = await buildScenario(stack, 'Kota Uji Klaster Gagal', { ...makePlan(23, 1, 3, 0), before: [], during: [] });
    const probe = new IORedis({ port: nodes[0].port, host: '127.0.0.1' });
    const slot = Number(await probe.call('CLUSTER', 'KEYSLOT', stack.config.QUEUE_PREFIX));
    probe.disconnect();
    const victimPort = await masterOfSlot(nodes[0].port, slot);
    const victim = nodes.find((n) => n.port === victimPort)!;
    const survivor = nodes.find((n) => n.port !== victimPort)!;

    const accepted = s.servicePointIds.map(() => ({ ikm: 0, quick: 0 }));
    const failures: string[] = [];
    let k = 0;
    const endAt = Date.now() + 9_000;
    let killedAt = 0;
    let promotedAt = 0;
    let acceptedAtKill = 0;
    const failover = (async () => {
      await new Promise((r) => setTimeout(r, 2_500));
      acceptedAtKill = accepted.reduce((a, b) => a + b.ikm + b.quick, 0);
      killedAt = Date.now();
      await kill(victim.proc);
      await until(
        'a replica to take over the queues’ slot',
        async () => (await masterOfSlot(survivor.port, slot).catch(() => victimPort)) !== victimPort,
        20_000,
        100,
      );
      promotedAt = Date.now();
    })();
    const lane = async (l: number) => {
      while (Date.now() < endAt) {
        const n = k++;
        const sp = n % s.servicePointIds.length;
        const item: RatingPlanItem =
          n % 5 === 4
            ? { sp, staff: null, kind: 'QUICK', score: 1 + (n % 4) }
            : { sp, staff: null, kind: 'IKM', answers: Array.from({ length: 9 }, (_, e) => 1 + ((n + e + l) % 4)) };
        try {
          await s.submit(item);
          if (item.kind === 'IKM') accepted[sp].ikm++;
          else accepted[sp].quick++;
        } catch (err) {
          failures.push((err as Error).message);
        }
      }
    };
    await Promise.all([failover, ...[0, 1, 2, 3].map(lane)]);
    const newMaster = await masterOfSlot(survivor.port, slot);
    expect(newMaster).not.toBe(victimPort);

    // Ratings are facts in PostgreSQL before they are acknowledged: the failover refused none.
    expect(failures).toEqual([]);
    const total = accepted.reduce((a, b) => a + b.ikm + b.quick, 0);
    expect(acceptedAtKill).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(acceptedAtKill);
    console.log(JSON.stringify({ acknowledged: total, beforeKill: acceptedAtKill, failoverMs: promotedAt - killedAt }));
    const want = accepted.map((a) => ({ respondents: a.ikm, quickCount: a.quick }));
    const read = () =>
      Promise.all(
        s.servicePointIds.map(async (id) => (await stack.gql(SATISFACTION, { s: id, p: s.periodId })).data!.servicePointSatisfaction),
      );
    try {
      await until(
        'every acknowledged rating in the aggregates',
        async () => JSON.stringify(await read()) === JSON.stringify(want),
        30_000,
        250,
      );
    } catch {
      // The assertion shows the difference; the apps' last log lines say why.
      console.log(stack.logs().split('\n').slice(-60).join('\n'));
      const { Queue } = await import('bullmq');
      const c = new IORedis.Cluster([{ host: '127.0.0.1', port: survivor.port }]);
      for (const name of ['aggregation', 'system']) {
        const q = new Queue(name, { connection: c as never, prefix: stack.config.QUEUE_PREFIX });
        console.log(
          name,
          JSON.stringify(await q.getJobCounts()),
          JSON.stringify(
            (await q.getJobs(['active', 'waiting', 'delayed', 'failed'], 0, 5)).map((j) => [j.name, j.id, j.failedReason, j.timestamp]),
          ),
        );
        await q.close();
      }
      c.disconnect();
      console.log(
        JSON.stringify(
          (await db.query(`SELECT count(*) FILTER (WHERE published_at IS NULL) AS unpublished, count(*) AS n FROM outbox`)).rows,
        ),
      );
    }
    expect(await read()).toEqual(want);

    // Every key of this stack (queues, schedulers, rate-limit counters) sits in the prefix's one slot.
    const cluster = new IORedis.Cluster([{ host: '127.0.0.1', port: survivor.port }]);
    try {
      await new Promise((r) => cluster.once('ready', r));
      const keys: string[] = [];
      for (const master of cluster.nodes('master')) keys.push(...(await master.keys(`${stack.config.QUEUE_PREFIX}:*`)));
      expect(keys.some((key) => key.includes(':rl:'))).toBe(true);
      expect(keys.some((key) => key.includes(':aggregation:'))).toBe(true);
      const slots = new Set(await Promise.all(keys.map((key) => cluster.call('CLUSTER', 'KEYSLOT', key))));
      expect([...slots]).toEqual([slot]);
    } finally {
      cluster.disconnect();
    }
  });
});
