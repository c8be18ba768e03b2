import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian puts the server binaries; TEST_PG_BIN overrides it. */
const PG_BIN = process.env.TEST_PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** A free TCP port on the loopback interface, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Runs the server binaries on `dir` (a fresh temp directory): they refuse to run as root, so when the
 * tests run as root the directory is handed to the `postgres` user and the binaries run as it.
 */
async function serverBinaries(dir: string): Promise<(bin: string, args: string[]) => Promise<unknown>> {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  return (bin, args) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(PG_BIN, bin), ...args]) : run(join(PG_BIN, bin), args));
}

export interface OwnPostgres {
  port: number;
  /** Server URL without a database name (user postgres, trust on loopback). */
  serverUrl: string;
  /** `pg_ctl restart -m <mode>` (the server is down for as long as it takes to stop and start). */
  restart(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops the server (`-m immediate`: as a crash); start() brings it back on the same port and data. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** The server's own log, for failure messages. */
  log(): string;
  /** Stops the server and removes its data directory. */
  destroy(): Promise<void>;
}

/**
 * A private PostgreSQL cluster (initdb into a temp directory, pg_ctl on a free loopback port), for
 * tests that stop or restart the database: the machine's shared server on 5432 must never be
 * touched. The binaries refuse to run as root, so they run as the `postgres` user when the tests
 * run as root.
 */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'k360-own-pg-'));
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const pg = await serverBinaries(dir);
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`;
  const start = async () => {
    await pg('pg_ctl', ['-D', data, '-o', options, '-l', logFile, '-w', '-t', '60', 'start']);
  };
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    await pg('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
  };
  await start();
  return {
    port,
    serverUrl: `postgres://postgres@127.0.0.1:${port}`,
    restart: async (mode = 'fast') => {
      await pg('pg_ctl', ['-D', data, '-m', mode, '-o', options, '-l', logFile, '-w', '-t', '60', 'restart']);
    },
    stop,
    start,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    destroy: async () => {
      await stop('immediate').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface OwnReplica {
  port: number;
  serverUrl: string;
  /** Pauses / resumes applying the primary's WAL (reads then see the primary as it was). */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  log(): string;
  destroy(): Promise<void>;
}

/**
 * A streaming replica of a private primary (startOwnPostgres): `pg_basebackup -R` into a temp
 * directory, started hot standby on its own loopback port. initdb's default pg_hba.conf already
 * lets a local replication connection in.
 */
export async function startOwnReplica(primary: OwnPostgres): Promise<OwnReplica> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'k360-own-replica-'));
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const pg = await serverBinaries(dir);
  await pg('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    data,
    '-R',
    '-X',
    'stream',
    // An immediate checkpoint: the default "spread" one waits most of checkpoint_timeout.
    '-c',
    'fast',
    '--no-sync',
  ]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c hot_standby=on -c max_connections=200`;
  const start = async () => {
    await pg('pg_ctl', ['-D', data, '-o', options, '-l', logFile, '-w', '-t', '60', 'start']);
  };
  const stop = async () => {
    await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '60', 'stop']);
  };
  const sql = async (text: string) => {
    const { Client } = await import('pg');
    const c = new Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  };
  await start();
  return {
    port,
    serverUrl: `postgres://postgres@127.0.0.1:${port}`,
    pauseReplay: () => sql('SELECT pg_wal_replay_pause()'),
    resumeReplay: () => sql('SELECT pg_wal_replay_resume()'),
    stop,
    start,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    destroy: async () => {
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
