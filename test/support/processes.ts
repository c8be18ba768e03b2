import { spawn, ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

export interface Spawned {
  proc: ChildProcess;
  output(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in the combined output. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>;
  /** Sends a signal and measures how long until exit. */
  signalAndWait(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>;
}

/** Runs a command the way a user types it in the project root, with extra environment. */
export function spawnCommand(cmd: string, args: string[], env: Record<string, string | undefined>): Spawned {
  const base = { ...process.env };
  // The test's own variables must not leak into the product's configuration.
  for (const k of Object.keys(base)) if (k.startsWith('K360_') || k === 'NODE_ENV') delete base[k];
  const proc = spawn(cmd, args, { cwd: ROOT, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let signalledAt = 0;
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
    out += d.toString();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>((res) =>
    proc.once('exit', (code, signal) => res({ code, signal, afterMs: signalledAt ? Date.now() - signalledAt : 0 })),
  );
  return {
    proc,
    output: () => out,
    stderr: () => err,
    exit,
    waitFor: (pattern, timeoutMs = 90_000) =>
      new Promise((res, rej) => {
        const started = Date.now();
        const tick = () => {
          const m = out.match(pattern);
          if (m) return res(m);
          if (proc.exitCode !== null) return rej(new Error(`process exited (${proc.exitCode}) before ${pattern}:\n${out.slice(-3000)}`));
          if (Date.now() - started > timeoutMs) return rej(new Error(`timed out waiting for ${pattern}:\n${out.slice(-3000)}`));
          setTimeout(tick, 50);
        };
        tick();
      }),
    signalAndWait: (signal) => {
      signalledAt = Date.now();
      proc.kill(signal);
      return exit;
    },
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
