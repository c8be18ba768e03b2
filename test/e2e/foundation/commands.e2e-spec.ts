import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive, spawnCommand } from '../../support/processes';
import { runEnv, SERVER_REDIS_URL } from '../../support/test-env';
import { stackEnv } from '../../support/stack';

/** Child pids of a process (the launcher's gateway and worker). */
function descendants(pid: number): number[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { execSync } = require('node:child_process') as typeof import('node:child_process');
  try {
    const out = execSync(`pgrep -P ${pid}`).toString().trim();
    const kids = out ? out.split('\n').map(Number) : [];
    return kids.flatMap((k) => [k, ...descendants(k)]);
  } catch {
    return [];
  }
}

describe('npm start refuses a bad environment with one line naming the variable', () => {
  it.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'not-a-url'],
  ])('%s=%s', async (name, value) => {
    const p = spawnCommand('npm', ['start'], { [name]: value });
    const { code } = await p.exit;
    expect(code).not.toBe(0);
    const ours = p
      .stderr()
      .split('\n')
      .filter((l) => l.includes(name) && !l.startsWith('npm error') && !l.startsWith('>'));
    expect(ours).toEqual([expect.stringMatching(new RegExp(`^Invalid environment variable ${name}: `))]);
    expect(p.output()).not.toContain('Kinerja360 is running');
  });
});

describe('npm start with DATABASE_URL and REDIS_URL', () => {
  it('uses those servers, and SIGTERM ends gateway and worker within 10 s with exit code 0', async () => {
    const { databaseUrl } = runEnv();
    const env = { ...stackEnv('redis'), QUEUE_BACKEND: undefined, DATABASE_URL: databaseUrl, REDIS_URL: SERVER_REDIS_URL } as Record<
      string,
      string | undefined
    >;
    const p = spawnCommand('npm', ['start'], env);
    const [, port] = await p.waitFor(/Kinerja360 is running\.\s+GraphQL\s+http:\/\/127\.0\.0\.1:(\d+)\/graphql/);
    expect(p.output()).toMatch(/Database\s+DATABASE_URL/);
    expect(p.output()).toMatch(/Queues\s+BullMQ on Redis \(redis:\/\/127\.0\.0\.1:6379\)/);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as any).info.queue.backend).toBe('redis');

    const children = descendants(p.proc.pid!);
    expect(children.length).toBeGreaterThanOrEqual(3); // launcher, gateway, worker
    const { code, afterMs } = await p.signalAndWait('SIGTERM');
    expect(code).toBe(0);
    expect(afterMs).toBeLessThan(10_000);
    expect(children.filter(isAlive)).toEqual([]);
    expect(p.output()).toMatch(/Closed [1-9] worker\(s\)/);
  });
});

describe('EMBEDDED=true npm run demo (a bare machine: embedded PostgreSQL, queues on PostgreSQL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'k360-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('comes up, answers /health, round-trips a job, and stops cleanly', async () => {
    const p = spawnCommand('npm', ['run', 'demo'], {
      EMBEDDED: 'true',
      DATA_DIR: dataDir,
      PORT: '0',
      WORKER_PORT: '0',
      HOST: '127.0.0.1',
      QUEUE_PREFIX: `{k360t_${runEnv().runId}_emb}`,
    });
    try {
      const [, port] = await p.waitFor(/Kinerja360 is running\.\s+GraphQL\s+http:\/\/127\.0\.0\.1:(\d+)\/graphql/, 120_000);
      expect(p.output()).toMatch(/Database\s+embedded PostgreSQL/);
      expect(p.output()).toMatch(/Queues\s+BullMQ on PostgreSQL/);
      const [, nip, password] = p.output().match(/ADMIN\s+NIP (\d{18})\s+password (\S+)/)!;
      // The demo data is there: Kecamatan Arcamanik with its kelurahan, people and service points.
      const demo = await gqlAs(
        `http://127.0.0.1:${port}`,
        nip,
        password,
        '{ units { name children { name children { name } } } employees { totalCount } servicePoints(includeSubunits: true) { name } }',
      );
      expect(demo.errors).toBeUndefined();
      expect(demo.data.units[0].children[0].name).toBe('Kecamatan Arcamanik');
      expect(demo.data.units[0].children[0].children).toHaveLength(4);
      expect(demo.data.employees.totalCount).toBeGreaterThanOrEqual(19);
      expect(demo.data.servicePoints.length).toBeGreaterThanOrEqual(8);
      // Work plans (SKP) of this year (WIB) in the demo lurah's team: one agreed with reported months, one
      // still a draft waiting for the lurah, one employee without a plan.
      const [, lurahNip, lurahPassword] = p.output().match(/SUPERVISOR\s+NIP (\d{18})\s+password (\S+)/)!;
      const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
      const team = await gqlAs(
        `http://127.0.0.1:${port}`,
        lurahNip,
        lurahPassword,
        `{ teamWorkPlans(year: ${year}) { employee { nip } workPlan { id status indicators { source } } } }`,
      );
      expect(team.errors).toBeUndefined();
      const plans = team.data.teamWorkPlans as Array<{
        workPlan: { id: string; status: string; indicators: Array<{ source: string }> } | null;
      }>;
      expect(plans.filter((l) => l.workPlan?.status === 'DRAFT').length).toBeGreaterThanOrEqual(1);
      expect(plans.filter((l) => l.workPlan === null).length).toBeGreaterThanOrEqual(1);
      const agreed = plans.filter((l) => l.workPlan?.status === 'AGREED').map((l) => l.workPlan!);
      expect(agreed.length).toBeGreaterThanOrEqual(1);
      expect(agreed[0].indicators.map((i) => i.source)).toEqual(
        expect.arrayContaining(['MANUAL', 'SERVICE_COMPLETION_TIME', 'CITIZEN_SATISFACTION']),
      );
      const reported = await gqlAs(
        `http://127.0.0.1:${port}`,
        lurahNip,
        lurahPassword,
        `{ realisations(workPlanId: "${agreed[0].id}") { month status feedback } }`,
      );
      expect(reported.errors).toBeUndefined();
      const realisations = reported.data.realisations as Array<{ month: string; status: string; feedback: string | null }>;
      expect(realisations.length).toBeGreaterThanOrEqual(1);
      expect(realisations.every((r) => r.month.startsWith(`${year}-`))).toBe(true);
      // The latest month waits for the lurah's verification.
      expect(realisations.map((r) => r.status)).toContain('SUBMITTED');
      const base = `http://127.0.0.1:${port}`;
      // Issue 15: the demo lurah's SKM report (PDF), made by the worker on the PostgreSQL queue backend.
      let report: { status: string; subject: string; pageCount: number | null } | undefined;
      for (let i = 0; i < 100 && report?.status !== 'READY'; i++) {
        if (i) await new Promise((r) => setTimeout(r, 200));
        const mine = await gqlAs(base, lurahNip, lurahPassword, '{ myReports { nodes { status subject pageCount } } }');
        expect(mine.errors).toBeUndefined();
        report = mine.data.myReports.nodes[0];
      }
      expect(report).toMatchObject({ status: 'READY', subject: expect.stringMatching(/^Loket /) });
      expect(report!.pageCount).toBeGreaterThanOrEqual(2);
      // Issue 14: the current period's review deadline is two days ahead (WIB); the demo desk has open tickets today.
      const desk = await gqlAs(
        base,
        nip,
        password,
        '{ periods { name reviewDeadline } servicePoints(includeSubunits: true) { id name unit { name } } }',
      );
      expect(desk.errors).toBeUndefined();
      const wib = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
      const deadlines = (desk.data.periods as Array<{ reviewDeadline: string | null }>).map((p) => p.reviewDeadline);
      expect(deadlines).toContain(wib(2));
      const point = (desk.data.servicePoints as Array<{ id: string; name: string; unit: { name: string } }>).find(
        (sp) => sp.unit.name === 'Kelurahan Sukamiskin' && sp.name === 'Loket Administrasi Kependudukan',
      )!;
      const tickets = await gqlAs(base, nip, password, `{ openServiceTickets(servicePointId: "${point.id}") { totalCount } }`);
      expect(tickets.errors).toBeUndefined();
      expect(tickets.data.openServiceTickets.totalCount).toBe(3);
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      const body = (await health.json()) as any;
      expect(body.info.queue.backend).toBe('postgres');
      expect(body.info.database.status).toBe('up');

      const ping = await gqlAs(base, nip, password, 'mutation { pingWorker { queueBackend roundTripMs workerPid } }');
      expect(ping.errors).toBeUndefined();
      expect(ping.data.pingWorker.queueBackend).toBe('postgres');
    } finally {
      if (p.proc.exitCode === null) await p.signalAndWait('SIGTERM');
    }
    expect((await p.exit).code).toBe(0);
    expect(p.output()).not.toMatch(/database system is shutting down/);
  });
});

/** Logs in when the API has accounts, then runs the operation. */
async function gqlAs(base: string, nip: string, password: string, query: string) {
  const post = async (q: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: q, variables }),
    });
    return (await res.json()) as any;
  };
  const login = await post('mutation($nip: String!, $password: String!) { login(nip: $nip, password: $password) { accessToken } }', {
    nip,
    password,
  });
  return post(query, {}, login.data?.login?.accessToken);
}
