import { spawn, ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { startStack, Stack } from '../../support/stack';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function startRedis(port: number, policy: string, dir: string): Promise<ChildProcess> {
  const proc = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--maxmemory-policy', policy],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}`).then(
      () => true,
      (e: Error & { cause?: { code?: string } }) => e.cause?.code !== 'ECONNREFUSED',
    );
    if (up) return proc;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('redis-server did not start');
}

describe.each([
  ['allkeys-lru', true],
  ['noeviction', false],
])('Redis with maxmemory-policy %s', (policy, warns) => {
  let redis: ChildProcess;
  let stack: Stack;
  const dir = mkdtempSync(join(tmpdir(), 'k360-redis-'));

  beforeAll(async () => {
    const port = await freePort();
    redis = await startRedis(port, policy, dir);
    stack = await startStack({ queue: 'redis', env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
  });
  afterAll(async () => {
    await stack?.close();
    redis?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it(warns ? 'logs the eviction warning at boot, from both apps' : 'logs no eviction warning', async () => {
    const booted = (logs: string) => logs.includes('"app":"gateway"') && logs.includes('Worker running');
    const evictionWarnings = (logs: string) => logs.split('\n').filter((l) => l.includes('maxmemory-policy') && l.includes('"level":40'));
    const logs = await stack.waitForLogs((l) => booted(l) && (!warns || evictionWarnings(l).length >= 2));
    const warnings = evictionWarnings(logs);
    if (warns) {
      expect(warnings.map((l) => JSON.parse(l).app).sort()).toEqual(['gateway', 'worker']);
      expect(warnings[0]).toContain(`Redis maxmemory-policy is \\"${policy}\\"`);
    } else {
      expect(warnings).toEqual([]);
    }
  });
});
