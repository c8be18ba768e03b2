import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { stackEnv } from '../support/stack';

const DIST = resolve(__dirname, '../../dist');

/**
 * Starts the real worker from dist/ after adding a job name to the registry (JOBS) that no
 * `@OnJob` handler takes; resolves with its exit code and output.
 */
function startWorkerWithOrphanJob(): Promise<{ code: number | null; output: string }> {
  const script = `
    const { JOBS } = require(${JSON.stringify(`${DIST}/libs/queue/src/job-registry.js`)});
    JOBS['orphan-job'] = { queue: 'system', options: () => ({}) };
    require(${JSON.stringify(`${DIST}/apps/worker/src/main.js`)});
  `;
  return new Promise((res, rej) => {
    const proc = spawn(process.execPath, ['-e', script], {
      env: { PATH: process.env.PATH ?? '', ...stackEnv('redis') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proc.stdout.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      rej(new Error(`the worker did not exit within 60 s:\n${output.slice(-3000)}`));
    }, 60_000);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      res({ code, output });
    });
  });
}

describe('the worker checks its job handlers at boot', () => {
  it('refuses to start (exit code 1, naming the job) when a job name of the registry has no handler', async () => {
    const { code, output } = await startWorkerWithOrphanJob();
    expect(output).toContain('worker failed to start: Job handlers do not match the job registry: job "orphan-job" has no handler');
    expect(code).toBe(1);
    expect(output).not.toContain('Worker running');
  });
});
