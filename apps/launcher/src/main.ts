import 'reflect-metadata';
import { fork, ChildProcess, execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { AppConfig, loadConfigOrExit } from '@k360/config';
import { buildDataSourceOptions, revertLastMigration } from '@k360/database';
import { AGENCY_TIME_ZONES, createAgencyWithAdmin } from '@k360/organisation';
import { DataSource } from 'typeorm';
import { prepareStorage, resolveServices, ResolvedServices, servicesEnv } from '@k360/runtime';
import { runDemoSetup, DemoSummary } from './demo-setup';
import { seedDemo } from './demo-seed';

const log = (line: string) => process.stdout.write(`[kinerja360] ${line}\n`);
const fail = (line: string): never => {
  process.stderr.write(`[kinerja360] ${line}\n`);
  process.exit(1);
};

interface Child {
  name: 'gateway' | 'worker';
  proc: ChildProcess;
  port?: number;
  exited: Promise<number>;
}

function startChild(name: Child['name'], env: NodeJS.ProcessEnv): Child {
  const script = resolve(__dirname, `../../${name}/src/main.js`);
  const proc = fork(script, [], { env, stdio: 'inherit' });
  const exited = new Promise<number>((res) => proc.once('exit', (code, signal) => res(code ?? (signal ? 1 : 0))));
  return { name, proc, exited };
}

function waitReady(child: Child, timeoutMs: number): Promise<number> {
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`${child.name} did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    child.proc.on('message', (msg: { type?: string; port?: number }) => {
      if (msg?.type === 'ready') {
        clearTimeout(timer);
        child.port = msg.port;
        res(msg.port ?? 0);
      }
    });
    void child.exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`${child.name} exited with code ${code} while starting`));
    });
  });
}

function banner(services: ResolvedServices, gatewayPort: number, workerPort: number, demo?: DemoSummary): string {
  const base = `http://127.0.0.1:${gatewayPort}`;
  const dbName = {
    configured: 'DATABASE_URL',
    local: 'local PostgreSQL on 127.0.0.1:5432',
    embedded: `embedded PostgreSQL (${services.embedded?.dataDir})`,
  }[services.database];
  const queue = services.queue === 'redis' ? `BullMQ on Redis (${services.config.REDIS_URL})` : 'BullMQ on PostgreSQL (no Redis needed)';
  const lines = [
    '',
    'Kinerja360 is running.',
    `  GraphQL   ${base}/graphql`,
    `  Health    ${base}/health   (worker: http://127.0.0.1:${workerPort}/health)`,
    `  Database  ${dbName}`,
    `  Queues    ${queue}   (dashboard for ADMIN: ${base}/admin/queues, opened from the staff pages' Administrasi tab)`,
    `  Pages     ${base}/app (staff)   ${base}/kiosk (kiosk tablets)`,
  ];
  if (demo) lines.push('', ...demo.lines);
  lines.push('', 'Stop with Ctrl+C.', '');
  return lines.join('\n');
}

async function startAll(config: AppConfig, demo: boolean): Promise<void> {
  const services = await resolveServices(config, log);
  let children: Child[] = [];
  let stopping = false;

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGTERM');
    const codes = await Promise.all(children.map((c) => c.exited));
    await services.embedded?.stop().catch(() => undefined);
    process.exit(code || codes.find((c) => c !== 0) || 0);
  };
  process.once('SIGTERM', () => void stopAll(0));
  process.once('SIGINT', () => void stopAll(0));

  try {
    const { migrations } = await prepareStorage(services.config);
    if (migrations.length) log(`Applied migrations: ${migrations.join(', ')}`);
    const summary = demo ? await runDemoSetup(services.config, log) : undefined;

    const env: NodeJS.ProcessEnv = { ...process.env, ...servicesEnv(services), EMBEDDED: 'false' };
    if (summary) Object.assign(env, summary.env);
    children = [startChild('gateway', env), startChild('worker', env)];
    const [gatewayPort, workerPort] = await Promise.all(children.map((c) => waitReady(c, 60_000)));
    if (summary) {
      const nip = summary.env.BOOTSTRAP_ADMIN_NIP;
      const password = summary.env.BOOTSTRAP_ADMIN_PASSWORD;
      summary.lines = await seedDemo(`http://127.0.0.1:${gatewayPort}`, services.config.DATABASE_URL!, nip, password, log);
    }
    log(banner(services, gatewayPort, workerPort, summary));
    // Either child dying on its own takes the product down, loudly, rather than half-running.
    for (const c of children) {
      void c.exited.then((code) => {
        if (!stopping) {
          process.stderr.write(`[kinerja360] ${c.name} exited unexpectedly (code ${code}); stopping.\n`);
          void stopAll(code || 1);
        }
      });
    }
  } catch (err) {
    process.stderr.write(`[kinerja360] ${(err as Error).message}\n`);
    await stopAll(1);
  }
}

async function migrate(config: AppConfig, command: string, args: string[]): Promise<void> {
  const services = await resolveServices(config, log);
  try {
    if (command === 'migration:run') {
      const { migrations } = await prepareStorage(services.config);
      log(migrations.length ? `Applied: ${migrations.join(', ')}` : 'No pending migrations.');
    } else if (command === 'migration:revert') {
      await revertLastMigration(services.config.DATABASE_URL!);
      log('Reverted the most recent migration.');
    } else {
      const name = args[0];
      if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) fail('Usage: npm run migration:generate -- <Name> (letters and digits)');
      await prepareStorage(services.config);
      const root = resolve(__dirname, '../../../..');
      execFileSync(
        resolve(root, 'node_modules/.bin/typeorm'),
        [
          'migration:generate',
          '-d',
          resolve(__dirname, '../../../libs/database/src/cli-data-source.js'),
          '--pretty',
          `libs/database/src/migrations/${name}`,
        ],
        { cwd: root, stdio: 'inherit', env: { ...process.env, DATABASE_URL: services.config.DATABASE_URL } },
      );
      log(`Now add the new class to libs/database/src/migrations/index.ts.`);
    }
  } finally {
    await services.embedded?.stop();
  }
}

/** `npm run agency:create -- --name "…" --admin-nip … --admin-password … [--time-zone WIB|WITA|WIT]`: onboards another agency. */
async function createAgency(config: AppConfig, args: string[]): Promise<void> {
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const name = opt('name');
  const nip = opt('admin-nip');
  const password = opt('admin-password') ?? process.env.AGENCY_ADMIN_PASSWORD;
  const timeZone = opt('time-zone') ?? 'WIB';
  if (!name || !nip || !password)
    fail(
      'Usage: npm run agency:create -- --name "Pemerintah Kabupaten X" --admin-nip <18 digits> --admin-password <password> [--time-zone WIB|WITA|WIT]',
    );
  if (!AGENCY_TIME_ZONES[timeZone])
    fail(`Invalid --time-zone ${timeZone}: use WIB, WITA or WIT (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)`);
  const services = await resolveServices(config, log);
  try {
    await prepareStorage(services.config);
    const ds = new DataSource(buildDataSourceOptions({ url: services.config.DATABASE_URL!, poolSize: 2 }));
    await ds.initialize();
    try {
      const created = await createAgencyWithAdmin(ds, { agencyName: name!, adminNip: nip!, adminPassword: password!, timeZone });
      log(`Created agency "${name}" (${created.agencyId}, ${AGENCY_TIME_ZONES[timeZone]}) with its ADMIN (the NIP given in --admin-nip)`);
    } finally {
      await ds.destroy();
    }
  } finally {
    await services.embedded?.stop();
  }
}

export function run(command: string | undefined, args: string[]): void {
  const config = loadConfigOrExit();
  const task =
    command === 'start' || command === 'demo'
      ? startAll(config, command === 'demo')
      : command === 'agency:create'
        ? createAgency(config, args).then(() => process.exit(0))
        : command?.startsWith('migration:')
          ? migrate(config, command, args).then(() => process.exit(0))
          : Promise.reject(
              new Error(`unknown command "${command}" (start, demo, agency:create, migration:run, migration:revert, migration:generate)`),
            );
  task.catch((err: Error) => fail(err.message));
}
