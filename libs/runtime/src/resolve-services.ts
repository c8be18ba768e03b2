import { connect } from 'node:net';
import { Client } from 'pg';
import type { AppConfig } from '@k360/config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-database';

export const LOCAL_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/kinerja360';
export const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379';

export interface ResolvedServices {
  config: AppConfig;
  database: 'configured' | 'local' | 'embedded';
  queue: 'redis' | 'postgres';
  embedded?: EmbeddedDatabase;
}

/** True when something accepts a TCP connection on host:port within `ms`. */
export function answers(host: string, port: number, ms = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(ms, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Creates the database named in `url` when the server does not have it yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) return;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch {
    // No right to create databases, or no `postgres` database: connecting to the target will say what is wrong.
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Decides where data and queues live for `npm start` (README.md, "Where data and queues live"):
 * DATABASE_URL, else a PostgreSQL answering on 127.0.0.1:5432, else an embedded PostgreSQL;
 * QUEUE_BACKEND / REDIS_URL, else a Redis answering on 127.0.0.1:6379, else BullMQ on PostgreSQL.
 * EMBEDDED=true skips the probing: embedded PostgreSQL and PostgreSQL queues.
 */
export async function resolveServices(config: AppConfig, log: (line: string) => void): Promise<ResolvedServices> {
  let database: ResolvedServices['database'];
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;

  if (config.EMBEDDED) {
    embedded = await startEmbeddedPostgres(config.DATA_DIR, log);
    databaseUrl = embedded.url;
    database = 'embedded';
  } else if (databaseUrl) {
    database = 'configured';
    await ensureDatabase(databaseUrl);
  } else if (await answers('127.0.0.1', 5432)) {
    databaseUrl = LOCAL_DATABASE_URL;
    database = 'local';
    await ensureDatabase(databaseUrl);
  } else {
    embedded = await startEmbeddedPostgres(config.DATA_DIR, log);
    databaseUrl = embedded.url;
    database = 'embedded';
  }

  let redisUrl = config.EMBEDDED ? undefined : config.REDIS_URL;
  let queue: ResolvedServices['queue'];
  if (config.EMBEDDED) queue = 'postgres';
  else if (config.QUEUE_BACKEND) queue = config.QUEUE_BACKEND;
  else if (redisUrl || config.REDIS_CLUSTER_NODES) queue = 'redis';
  else queue = (await answers('127.0.0.1', 6379)) ? 'redis' : 'postgres';
  if (queue === 'redis' && !redisUrl && !config.REDIS_CLUSTER_NODES) redisUrl = LOCAL_REDIS_URL;
  if (queue === 'postgres') redisUrl = undefined;

  return {
    config: { ...config, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, QUEUE_BACKEND: queue },
    database,
    queue,
    embedded,
  };
}

/** The environment a child process needs to see the same resolved services. */
export function servicesEnv(services: ResolvedServices): Record<string, string> {
  const env: Record<string, string> = {
    DATABASE_URL: services.config.DATABASE_URL!,
    QUEUE_BACKEND: services.queue,
  };
  if (services.config.REDIS_URL) env.REDIS_URL = services.config.REDIS_URL;
  if (services.config.REDIS_CLUSTER_NODES) env.REDIS_CLUSTER_NODES = services.config.REDIS_CLUSTER_NODES.join(',');
  return env;
}
