import { fork, ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { parseConfig } from '../../libs/config/src/load-config';
import type { AppConfig } from '../../libs/config/src/env.schema';
import { randomId, runEnv, SERVER_DATABASE_URL, SERVER_REDIS_URL } from './test-env';
import { Balancer, startHaproxy } from './haproxy';

export type QueueBackend = 'redis' | 'postgres';

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }>;
}

interface AppProcess {
  proc: ChildProcess;
  port: number;
  exited: Promise<number | null>;
  /** Exit code and signal, once exited. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** One worker process of a stack (there may be several on the same queues). */
export interface WorkerProcess {
  pid: number;
  port: number;
  /** Raw log text of this worker alone. */
  logs(): string;
  running(): boolean;
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StackOptions {
  queue?: QueueBackend;
  env?: Record<string, string>;
  /** false: no worker at all (same as `workers: 0`). */
  worker?: boolean;
  /** How many worker processes to start on the same queues (default 1). */
  workers?: number;
  /**
   * Run against a database of its own (created here, migrated by the apps at boot, dropped by
   * close()) instead of the run's shared one. Every worker relays every unpublished outbox row of
   * its database onto its own queue prefix, so stacks sharing a database process each other's
   * jobs; tests that kill workers or queues, or count what was published, need their own.
   */
  ownDatabase?: boolean;
  /** How many gateway processes (default 1); with more than one, `url` is an HAProxy in front of them all. */
  gateways?: number;
}

export interface Stack {
  config: AppConfig;
  env: Record<string, string>;
  url: string;
  /** Each gateway's own address (one entry unless `gateways` > 1; then `url` is the balancer's). */
  gatewayUrls: string[];
  gatewayPid: number;
  /** The first worker started with the stack (undefined without a worker). */
  workerPid: number | undefined;
  workerPort: number | undefined;
  /** Every worker started so far (with the stack or by startWorker), running or not, in start order. */
  workers(): WorkerProcess[];
  /** Starts one more worker process on the same environment (queues, database). */
  startWorker(extraEnv?: Record<string, string>): Promise<WorkerProcess>;
  /** Sends `signal` (default SIGKILL) to one worker and waits until it has exited. */
  killWorker(pid: number, signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  /** Every log line both apps wrote so far, as raw text. */
  logs(): string;
  /** Waits (up to 10 s) until the logs match; log lines travel through pipes and may lag. */
  waitForLogs(predicate: (logs: string) => boolean): Promise<string>;
  /** Stops every running worker (SIGTERM, graceful). */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

const DIST = resolve(__dirname, '../../dist/apps');

/**
 * NestJS 12 ships ES modules, which Jest on Node 20 cannot load; and a real process is what
 * production runs anyway. So the gateway and the worker run as child processes from dist/
 * (built by the global setup), exactly as `npm start` runs them.
 */
function startApp(name: 'gateway' | 'worker', env: Record<string, string>, sink: string[]): Promise<AppProcess> {
  const proc = fork(resolve(DIST, `${name}/src/main.js`), [], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  proc.stdout!.on('data', (d: Buffer) => sink.push(d.toString()));
  proc.stderr!.on('data', (d: Buffer) => sink.push(d.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    proc.once('exit', (code, signal) => res({ code, signal })),
  );
  const exited = ended.then(({ code }) => code);
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`${name} did not start:\n${sink.join('').slice(-3000)}`)), 60_000);
    proc.on('message', (m: { type?: string; port?: number }) => {
      if (m?.type === 'ready') {
        clearTimeout(timer);
        res({ proc, port: m.port!, exited, ended });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`${name} exited with ${code} while starting:\n${sink.join('').slice(-3000)}`));
    });
  });
}

const isRunning = (app: AppProcess) => app.proc.exitCode === null && app.proc.signalCode === null;

async function stopApp(app: AppProcess | undefined, graceMs = 30_000): Promise<void> {
  if (!app || !isRunning(app)) return;
  // A test may have stopped the process (SIGSTOP); a stopped process would never act on SIGTERM.
  app.proc.kill('SIGCONT');
  app.proc.kill('SIGTERM');
  // Graceful shutdown is bounded by SHUTDOWN_TIMEOUT_MS; a process hanging past it must not hang the suite.
  const killer = setTimeout(() => app.proc.kill('SIGKILL'), graceMs);
  await app.exited;
  clearTimeout(killer);
}

/** Creates an empty database next to the run's one; the apps migrate it at boot. */
async function createOwnDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const { runId } = runEnv();
  const name = `k360_test_${runId}_own_${randomId(3)}`;
  const admin = new Client({ connectionString: `${SERVER_DATABASE_URL}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: `${SERVER_DATABASE_URL}/${name}`,
    drop: async () => {
      const c = new Client({ connectionString: `${SERVER_DATABASE_URL}/postgres` });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** The environment of a stack: this run's database, a fresh queue prefix, ports chosen by the OS. */
export function stackEnv(queue: QueueBackend, extra: Record<string, string> = {}): Record<string, string> {
  const { databaseUrl, runId } = runEnv();
  return {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    WORKER_PORT: '0',
    DATABASE_URL: databaseUrl,
    QUEUE_BACKEND: queue,
    QUEUE_PREFIX: `{k360t_${runId}_${randomId(3)}}`,
    LOG_LEVEL: 'info',
    ...(queue === 'redis' ? { REDIS_URL: SERVER_REDIS_URL } : {}),
    ...extra,
  };
}

/** Boots the real gateway and worker(s) against this run's database (or one of its own) on the chosen queue backend. */
export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const own = opts.ownDatabase ? await createOwnDatabase() : undefined;
  const env = stackEnv(opts.queue ?? 'redis', { ...(own ? { DATABASE_URL: own.url } : {}), ...opts.env });
  const config = parseConfig(env);
  const workerCount = opts.worker === false ? 0 : (opts.workers ?? 1);
  const grace = Math.max(30_000, config.SHUTDOWN_TIMEOUT_MS + 10_000);
  // One sink per process: chunks of two processes interleaved would cut lines apart.
  const gatewayLines: string[] = [];
  const workers: Array<{ app: AppProcess; lines: string[] }> = [];
  const gateways: AppProcess[] = [];
  let balancer: Balancer | undefined;
  try {
    for (let i = 0; i < (opts.gateways ?? 1); i++) gateways.push(await startApp('gateway', env, gatewayLines));
    if (gateways.length > 1) balancer = await startHaproxy(gateways.map((g) => g.port));
  } catch (err) {
    await Promise.all(gateways.map((g) => stopApp(g, grace)));
    await own?.drop().catch(() => undefined);
    throw err;
  }
  const gateway = gateways[0];
  const stopGateways = async () => {
    await balancer?.close();
    await Promise.all(gateways.map((g) => stopApp(g, grace)));
  };

  const toWorkerProcess = (w: { app: AppProcess; lines: string[] }): WorkerProcess => ({
    pid: w.app.proc.pid!,
    port: w.app.port,
    logs: () => w.lines.join(''),
    running: () => isRunning(w.app),
    ended: w.app.ended,
  });
  const startWorker = async (extraEnv: Record<string, string> = {}): Promise<WorkerProcess> => {
    const lines: string[] = [];
    const app = await startApp('worker', { ...env, ...extraEnv }, lines);
    const w = { app, lines };
    workers.push(w);
    return toWorkerProcess(w);
  };
  const stopWorkers = () => Promise.all(workers.map((w) => stopApp(w.app, grace)));
  try {
    // One after the other: each runs the (idempotent) migrations at boot.
    for (let i = 0; i < workerCount; i++) await startWorker();
  } catch (err) {
    await stopWorkers();
    await stopGateways();
    await own?.drop().catch(() => undefined);
    throw err;
  }
  const gatewayUrls = gateways.map((g) => `http://127.0.0.1:${g.port}`);
  const url = balancer?.url ?? gatewayUrls[0];

  const gql: Stack['gql'] = async (query, variables, token) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResponse;
    return { ...body, status: res.status } as never;
  };

  const read = () => `${gatewayLines.join('')}\n${workers.map((w) => w.lines.join('')).join('\n')}`;
  return {
    config,
    env,
    url,
    gatewayUrls,
    gatewayPid: gateway.proc.pid!,
    workerPid: workers[0]?.app.proc.pid,
    workerPort: workers[0]?.app.port,
    workers: () => workers.map(toWorkerProcess),
    startWorker,
    killWorker: async (pid, signal = 'SIGKILL') => {
      const w = workers.find((x) => x.app.proc.pid === pid);
      if (!w) throw new Error(`no worker with pid ${pid} in this stack`);
      if (isRunning(w.app)) w.app.proc.kill(signal);
      return w.app.ended;
    },
    gql,
    logs: read,
    waitForLogs: async (predicate) => {
      for (let i = 0; i < 200 && !predicate(read()); i++) await new Promise((r) => setTimeout(r, 50));
      return read();
    },
    stopWorker: async () => {
      await stopWorkers();
    },
    close: async () => {
      await Promise.all([stopWorkers(), stopGateways()]);
      await own?.drop();
    },
  };
}

/** The error code of the first error, or undefined when the call succeeded. */
export function errorCode(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
