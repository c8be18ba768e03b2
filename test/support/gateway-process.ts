import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import type { GqlResponse } from './stack';

const GATEWAY_MAIN = resolve(__dirname, '../../dist/apps/gateway/src/main.js');

/** A gateway process started on its own, e.g. to replace a stack's gateway that a test killed. */
export interface GatewayProcess {
  pid: number;
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  logs(): string;
  /** Sends `signal` (default SIGKILL) and waits until the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Graceful stop (SIGTERM), SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts one more gateway on `env` (a stack's `env`: same database, queues and settings; PORT 0
 * gives a new port), from dist/ as the stack does, and waits for its ready message.
 */
export function startGateway(env: Record<string, string>): Promise<GatewayProcess> {
  const lines: string[] = [];
  const proc = fork(GATEWAY_MAIN, [], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  proc.stdout!.on('data', (d: Buffer) => lines.push(d.toString()));
  proc.stderr!.on('data', (d: Buffer) => lines.push(d.toString()));
  const exited = new Promise<void>((res) => proc.once('exit', () => res()));
  const running = () => proc.exitCode === null && proc.signalCode === null;
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`gateway did not start:\n${lines.join('').slice(-3000)}`)), 60_000);
    void exited.then(() => {
      clearTimeout(timer);
      rej(new Error(`gateway exited while starting:\n${lines.join('').slice(-3000)}`));
    });
    proc.on('message', (m: { type?: string; port?: number }) => {
      if (m?.type !== 'ready') return;
      clearTimeout(timer);
      const url = `http://127.0.0.1:${m.port}`;
      res({
        pid: proc.pid!,
        url,
        gql: async (query, variables, token) => {
          const r = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ query, variables }),
          });
          return { ...((await r.json()) as GqlResponse), status: r.status } as never;
        },
        logs: () => lines.join(''),
        kill: async (signal = 'SIGKILL') => {
          if (running()) proc.kill(signal);
          await exited;
        },
        stop: async (graceMs = 30_000) => {
          if (!running()) return;
          proc.kill('SIGTERM');
          const killer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
          await exited;
          clearTimeout(killer);
        },
      });
    });
  });
}
