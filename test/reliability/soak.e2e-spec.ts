import { spawn } from 'node:child_process';
import { ROOT } from '../support/processes';

/**
 * Issue 16, the soak in CI: `node bench/soak.js --seconds 60 --rate 40` (two gateways behind
 * HAProxy, two workers, Redis, its own database) drives mixed traffic at a fixed rate, then
 * reconciles: every acknowledged rating is in the aggregates once, every acknowledged review exists
 * once, every closed round is SCORED with one result. The global setup has built dist/.
 */
describe('soak (60 s at 40 operations a second) with reconciliation', () => {
  it('exits 0 with "reconciliation: exact", every kind of operation done and no error', async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const proc = spawn(process.execPath, ['bench/soak.js', '--seconds', '60', '--rate', '40'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
      proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
      proc.on('exit', (c) => resolve({ code: c, stdout: out, stderr: err }));
    });
    const detail = `${stdout
      .split('\n')
      .filter((l) => !l.startsWith('{'))
      .join('\n')}\n${stderr.slice(-2000)}`;
    expect({ code, exact: stdout.includes('\nreconciliation: exact\n') }).toEqual({ code: 0, exact: true });
    const summary = JSON.parse(stdout.split('\n').find((l) => l.startsWith('{"type":"summary"'))!);
    expect({ errors: summary.errors, otherErrors: summary.otherErrors, detail: summary.exact ? '' : detail }).toEqual({
      errors: {},
      otherErrors: 0,
      detail: '',
    });
    const ops = Object.fromEntries(summary.operations.map((o: { op: string; n: number }) => [o.op, o.n]));
    for (const op of [
      'qr_rating',
      'kiosk_rating',
      'ticket_issue',
      'ticket_rating',
      'review_supervisor',
      'review_peer',
      'close_round',
      'dash_teamDashboard',
      'dash_servicePointSatisfaction',
      'dash_periodRounds',
    ]) {
      expect({ op, done: ops[op] > 0 }).toEqual({ op, done: true });
    }
    // Every review seat was taken and every round closed within the minute.
    expect(summary.acknowledged).toMatchObject({ reviews: 117, closedRounds: 39 });
    expect(summary.acknowledged.ikm + summary.acknowledged.quick).toBeGreaterThan(1000);
    // The time series: an RSS and connection sample every 5 s and a p95 window every 10 s.
    const samples = stdout.split('\n').filter((l) => l.startsWith('{"type":"sample"'));
    const windows = stdout.split('\n').filter((l) => l.startsWith('{"type":"window"'));
    expect(samples.length).toBeGreaterThanOrEqual(12);
    expect(windows.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(JSON.parse(samples[0]).rssMb)).toEqual(['gateway1', 'gateway2', 'worker1', 'worker2', 'haproxy']);
  }, 170_000);
});
