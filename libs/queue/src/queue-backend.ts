import IORedis, { Cluster, ClusterNode, RedisOptions } from 'ioredis';
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
export function queueBackendOf(
  config: Pick<AppConfig, 'QUEUE_BACKEND' | 'REDIS_URL' | 'EMBEDDED' | 'REDIS_CLUSTER_NODES'>,
): QueueBackendKind {
  if (config.QUEUE_BACKEND) return config.QUEUE_BACKEND;
  if (config.EMBEDDED) return 'postgres';
  return config.REDIS_URL || config.REDIS_CLUSTER_NODES ? 'redis' : 'postgres';
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
    ? // blockingTimeout: a blocking read (BZPOPMIN on the queue's marker) whose connection silently
      // died resolves empty after its own timeout (plus grace) instead of waiting forever, so a
      // worker whose Redis (or cluster master) vanished loops, reconnects and carries on.
      { maxRetriesPerRequest: null, enableReadyCheck: true, blockingTimeout: 10_000 }
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

/** Where this process finds Redis: one server (REDIS_URL) or a cluster (REDIS_CLUSTER_NODES, credentials from REDIS_URL). */
export type RedisConfig = Pick<AppConfig, 'REDIS_URL' | 'REDIS_CLUSTER_NODES'>;

/** "host:port" (IPv6 in brackets) into an ioredis cluster seed. */
export function clusterNodeOf(node: string): ClusterNode {
  const at = node.lastIndexOf(':');
  return { host: node.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(node.slice(at + 1)) };
}

/**
 * A Redis client for this process, on one server or on the cluster. `extra` adds per-use options
 * (keyPrefix, lazyConnect, retries). The one place that knows whether Redis is a cluster; callers
 * own (and close) what they get.
 */
export function createRedisClient(config: RedisConfig, extra: RedisOptions = {}): IORedis | Cluster {
  if (config.REDIS_CLUSTER_NODES?.length) {
    const { host: _h, port: _p, db: _db, ...auth } = config.REDIS_URL ? redisConnectionOptions(config.REDIS_URL) : ({} as RedisOptions);
    const { keyPrefix, lazyConnect, enableOfflineQueue, ...perNode } = extra;
    return new Cluster(config.REDIS_CLUSTER_NODES.map(clusterNodeOf), {
      keyPrefix,
      lazyConnect,
      enableOfflineQueue,
      // A failover takes a few seconds (cluster-node-timeout, then the replica's election): keep
      // retrying a CLUSTERDOWN answer for up to ~10 s instead of 1.6 s, and re-read the slot map
      // every few seconds so a connection left on a dead master is noticed without a MOVED.
      clusterRetryStrategy: (times) => Math.min(100 * times, 2000),
      retryDelayOnClusterDown: 300,
      retryDelayOnTryAgain: 300,
      maxRedirections: 32,
      slotsRefreshInterval: 2000,
      redisOptions: { ...auth, ...perNode },
    });
  }
  if (!config.REDIS_URL) throw new Error('REDIS_URL or REDIS_CLUSTER_NODES is required for the Redis queue backend');
  return new IORedis({ ...redisConnectionOptions(config.REDIS_URL), ...extra });
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

/** Reads Redis' eviction policy (on every master of a cluster); BullMQ loses jobs under any policy but `noeviction`. */
export async function redisEvictionWarning(config: RedisConfig): Promise<string | null> {
  const redis = createRedisClient(config, { ...redisOptions('producer'), lazyConnect: true });
  try {
    await redis.connect();
    const servers = redis instanceof Cluster ? redis.nodes('master') : [redis];
    for (const server of servers) {
      const reply = (await server.config('GET', 'maxmemory-policy')) as string[];
      const policy = reply[1];
      if (policy && policy !== 'noeviction') {
        return `Redis maxmemory-policy is "${policy}": queued jobs can be evicted and lost. Set "maxmemory-policy noeviction" on this Redis.`;
      }
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
