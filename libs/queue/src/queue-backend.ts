import IORedis, { RedisOptions } from 'ioredis';
import { Client } from 'pg';
import { runMigrations } from 'bullmq';
import type { AppConfig } from '@k360/config';

export type QueueBackendKind = 'redis' | 'postgres';
export type ConnectionRole = 'producer' | 'worker';

/**
 * The backend a process uses. The launcher (`npm start`) resolves it once (probing Redis when
 * nothing is configured) and passes QUEUE_BACKEND down; a process started on its own falls back
 * to Redis when REDIS_URL is set, PostgreSQL otherwise.
 */
export function queueBackendOf(config: Pick<AppConfig, 'QUEUE_BACKEND' | 'REDIS_URL' | 'EMBEDDED'>): QueueBackendKind {
  if (config.QUEUE_BACKEND) return config.QUEUE_BACKEND;
  if (config.EMBEDDED) return 'postgres';
  return config.REDIS_URL ? 'redis' : 'postgres';
}

/** On PostgreSQL, BullMQ namespaces queues by schema instead of key prefix: `{k360}` → `bullmq_k360`. */
export function postgresQueueSchema(prefix: string): string {
  return `bullmq_${prefix.replace(/[{}]/g, '').toLowerCase()}`;
}

/**
 * ioredis options. Workers block on Redis and must wait through outages
 * (`maxRetriesPerRequest: null`); producers answer a request and must fail fast instead of
 * queueing commands while Redis is away.
 */
export function redisOptions(role: ConnectionRole): RedisOptions {
  return role === 'worker'
    ? { maxRetriesPerRequest: null, enableReadyCheck: true }
    : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 3000 };
}

/** Splits a redis:// or rediss:// URL into ioredis options. */
export function redisConnectionOptions(redisUrl: string): RedisOptions {
  const u = new URL(redisUrl);
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: Number(u.pathname.slice(1) || 0),
    tls: u.protocol === 'rediss:' ? {} : undefined,
  };
}

export function postgresQueueConnection(config: Pick<AppConfig, 'DATABASE_URL' | 'QUEUE_PREFIX'>) {
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required for the PostgreSQL queue backend');
  return {
    connectionString: config.DATABASE_URL,
    schema: postgresQueueSchema(config.QUEUE_PREFIX),
    max: 5,
    skipMigrations: true,
    application_name: 'kinerja360-queue',
  };
}

/** Reads Redis' eviction policy; BullMQ loses jobs under any policy but `noeviction`. */
export async function redisEvictionWarning(redisUrl: string): Promise<string | null> {
  const redis = new IORedis({ ...redisConnectionOptions(redisUrl), ...redisOptions('producer'), lazyConnect: true });
  try {
    await redis.connect();
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const policy = reply[1];
    if (policy && policy !== 'noeviction') {
      return `Redis maxmemory-policy is "${policy}": queued jobs can be evicted and lost. Set "maxmemory-policy noeviction" on this Redis.`;
    }
    return null;
  } catch (err) {
    // Managed Redis often forbids CONFIG; we cannot check, so say so instead of failing the boot.
    return `Could not read Redis maxmemory-policy (${(err as Error).message}); make sure it is "noeviction".`;
  } finally {
    redis.disconnect();
  }
}

/** Creates or upgrades BullMQ's own tables in the product database (PostgreSQL backend only). */
export async function migratePostgresQueues(config: Pick<AppConfig, 'DATABASE_URL' | 'QUEUE_PREFIX'>): Promise<number> {
  const client = new Client({ connectionString: config.DATABASE_URL, application_name: 'kinerja360-migrate' });
  await client.connect();
  try {
    return await runMigrations(client, postgresQueueSchema(config.QUEUE_PREFIX));
  } finally {
    await client.end();
  }
}
