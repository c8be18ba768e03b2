import { fork, ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { parseConfig } from '../../libs/config/src/load-config';
import type { AppConfig } from '../../libs/config/src/env.schema';
import { randomId, runEnv, SERVER_REDIS_URL } from './test-env';

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
}

export interface Stack {
  config: AppConfig;
  env: Record<string, string>;
  url: string;
  gatewayPid: number;
  workerPid: number | undefined;
  workerPort: number | undefined;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  /** Every log line both apps wrote so far, as raw text. */
  logs(): string;
  /** Waits (up to 10 s) until the logs match; log lines travel through pipes and may lag. */
  waitForLogs(predicate: (logs: string) => boolean): Promise<string>;
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
  const exited = new Promise<number | null>((res) => proc.once('exit', (code) => res(code)));
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`${name} did not start:\n${sink.join('').slice(-3000)}`)), 60_000);
    proc.on('message', (m: { type?: string; port?: number }) => {
      if (m?.type === 'ready') {
        clearTimeout(timer);
        res({ proc, port: m.port!, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`${name} exited with ${code} while starting:\n${sink.join('').slice(-3000)}`));
    });
  });
}

async function stopApp(app: AppProcess | undefined): Promise<void> {
  if (!app || app.proc.exitCode !== null) return;
  app.proc.kill('SIGTERM');
  await app.exited;
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

/** Boots the real gateway and worker against this run's database on the chosen queue backend. */
export async function startStack(opts: { queue?: QueueBackend; env?: Record<string, string>; worker?: boolean } = {}): Promise<Stack> {
  const env = stackEnv(opts.queue ?? 'redis', opts.env);
  const config = parseConfig(env);
  // One sink per process: chunks of two processes interleaved would cut lines apart.
  const gatewayLines: string[] = [];
  const workerLines: string[] = [];
  const gateway = await startApp('gateway', env, gatewayLines);
  let worker: AppProcess | undefined;
  try {
    worker = opts.worker === false ? undefined : await startApp('worker', env, workerLines);
  } catch (err) {
    await stopApp(gateway);
    throw err;
  }
  const url = `http://127.0.0.1:${gateway.port}`;

  const gql: Stack['gql'] = async (query, variables, token) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResponse;
    return { ...body, status: res.status } as never;
  };

  return {
    config,
    env,
    url,
    gatewayPid: gateway.proc.pid!,
    workerPid: worker?.proc.pid,
    workerPort: worker?.port,
    gql,
    logs: () => `${gatewayLines.join('')}\n${workerLines.join('')}`,
    waitForLogs: async (predicate) => {
      const read = () => `${gatewayLines.join('')}\n${workerLines.join('')}`;
      for (let i = 0; i < 200 && !predicate(read()); i++) await new Promise((r) => setTimeout(r, 50));
      return read();
    },
    stopWorker: async () => {
      await stopApp(worker);
      worker = undefined;
    },
    close: async () => {
      await Promise.all([stopApp(worker), stopApp(gateway)]);
    },
  };
}

/** The error code of the first error, or undefined when the call succeeded. */
export function errorCode(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
