import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Cluster } from 'ioredis';
import type IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { createRedisClient, queueBackendOf } from './queue-backend';

export interface RateDecision {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

const WINDOW_SECONDS = 60;

/** A counter or marker with an expiry (see RateLimiter.readExpiring); absent or expired reads as 0/0. */
export interface ExpiringValue {
  value: number;
  ttlSeconds: number;
}

/** Decrements a counter only while it exists, so an expired key never comes back negative and immortal. */
const DECR_IF_EXISTS = `for i, k in ipairs(KEYS) do if redis.call('EXISTS', k) == 1 then redis.call('DECR', k) end end return 0`;

/**
 * Fixed one-minute windows counted where the product keeps its queues: Redis (INCR + EXPIRE in
 * one MULTI) or, without Redis, an unlogged PostgreSQL table (one upsert). Every replica of the
 * gateway shares the count. A limit of 0 turns limiting off.
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private redis?: IORedis | Cluster;
  private readonly logger = new Logger('RateLimiter');
  private lastWarning = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly ds: DataSource,
  ) {
    if (queueBackendOf(config) === 'redis' && (config.REDIS_URL || config.REDIS_CLUSTER_NODES)) {
      // Connects on first use (the worker never limits) and queues commands while connecting;
      // one retry per command, so an outage costs a request little time. On a cluster the
      // prefix's {hash tag} puts every counter in one slot, so one MULTI may touch several.
      this.redis = createRedisClient(config, {
        keyPrefix: `${config.QUEUE_PREFIX}:rl:`,
        lazyConnect: true,
        maxRetriesPerRequest: 1,
        connectTimeout: 3000,
      });
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }

  /**
   * Counts one hit for each key and decides on the highest count. When the counter store cannot
   * be reached the request is let through (and the outage logged): citizens keep rating while
   * Redis is away, and the queue health check reports the outage.
   */
  async hit(keys: string[], limit: number): Promise<RateDecision> {
    if (limit <= 0) return { allowed: true, count: 0, retryAfterSeconds: 0 };
    try {
      return await this.count(keys, limit);
    } catch (err) {
      if (Date.now() - this.lastWarning > 60_000) {
        this.lastWarning = Date.now();
        this.logger.warn(`Rate limit store unavailable, letting requests through: ${(err as Error).message}`);
      }
      return { allowed: true, count: 0, retryAfterSeconds: 0 };
    }
  }

  private async count(keys: string[], limit: number): Promise<RateDecision> {
    const now = Date.now();
    const windowStart = Math.floor(now / 1000 / WINDOW_SECONDS) * WINDOW_SECONDS;
    const retryAfterSeconds = windowStart + WINDOW_SECONDS - Math.floor(now / 1000);
    let counts: number[];
    if (this.redis) {
      const multi = this.redis.multi();
      for (const k of keys) multi.incr(`${k}:${windowStart}`).expire(`${k}:${windowStart}`, WINDOW_SECONDS * 2);
      const replies = (await multi.exec()) ?? [];
      counts = keys.map((_, i) => Number(replies[i * 2]?.[1] ?? 0));
    } else {
      const rows: Array<{ count: number }> = await this.ds.query(
        `INSERT INTO rate_limit_counter (key, window_start, count)
         SELECT k, to_timestamp($2), 1 FROM unnest($1::text[]) AS k
         ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counter.count + 1
         RETURNING count`,
        [keys, windowStart],
      );
      counts = rows.map((r) => r.count);
      // Old windows are worthless; drop them now and then rather than on every hit.
      if (Math.random() < 0.01) await this.ds.query(`DELETE FROM rate_limit_counter WHERE window_start < now() - interval '5 minutes'`);
    }
    const count = Math.max(...counts);
    return { allowed: count <= limit, count, retryAfterSeconds };
  }

  // ---- expiring counters and markers (login throttling) ----------------------------------------
  // Same store as the windows above (Redis, else the unlogged expiring_counter table), so every
  // gateway replica shares them. Like hit(), they fail open: an unreachable store reads as zero
  // and writes are dropped (with a warning at most once a minute).

  /** Each key's value and remaining lifetime; absent or expired keys read as { value: 0, ttlSeconds: 0 }. */
  async readExpiring(keys: string[]): Promise<ExpiringValue[]> {
    const none = keys.map(() => ({ value: 0, ttlSeconds: 0 }));
    if (!keys.length) return none;
    return this.failOpen(none, async () => {
      if (this.redis) {
        const multi = this.redis.multi();
        for (const k of keys) multi.get(this.xKey(k)).pttl(this.xKey(k));
        const replies = (await multi.exec()) ?? [];
        return keys.map((_, i) => {
          const value = Number(replies[i * 2]?.[1] ?? 0) || 0;
          const pttl = Number(replies[i * 2 + 1]?.[1] ?? -2);
          return value && pttl > 0 ? { value, ttlSeconds: Math.ceil(pttl / 1000) } : { value: 0, ttlSeconds: 0 };
        });
      }
      const rows: Array<{ key: string; value: string; ttl: string }> = await this.ds.query(
        `SELECT key, value, ceil(extract(epoch FROM expires_at - now())) AS ttl FROM expiring_counter WHERE key = ANY($1) AND expires_at > now()`,
        [keys.map((k) => this.xKey(k))],
      );
      const byKey = new Map(rows.map((r) => [r.key, { value: Number(r.value), ttlSeconds: Math.max(1, Number(r.ttl)) }]));
      return keys.map((k) => byKey.get(this.xKey(k)) ?? { value: 0, ttlSeconds: 0 });
    });
  }

  /** Adds one to each key (atomically per key) and restarts its lifetime; returns the new values. */
  async incrementExpiring(keys: string[], ttlSeconds: number): Promise<number[]> {
    const unique = [...new Set(keys)];
    if (!unique.length) return [];
    return this.failOpen(
      keys.map(() => 0),
      async () => {
        let values: Map<string, number>;
        if (this.redis) {
          const multi = this.redis.multi();
          for (const k of unique) multi.incr(this.xKey(k)).expire(this.xKey(k), ttlSeconds);
          const replies = (await multi.exec()) ?? [];
          values = new Map(unique.map((k, i) => [k, Number(replies[i * 2]?.[1] ?? 0)]));
        } else {
          const rows: Array<{ key: string; value: string }> = await this.ds.query(
            `INSERT INTO expiring_counter (key, value, expires_at)
             SELECT k, 1, now() + make_interval(secs => $2) FROM unnest($1::text[]) AS k
             ON CONFLICT (key) DO UPDATE SET
               value = CASE WHEN expiring_counter.expires_at > now() THEN expiring_counter.value + 1 ELSE 1 END,
               expires_at = EXCLUDED.expires_at
             RETURNING key, value`,
            [unique.map((k) => this.xKey(k)), ttlSeconds],
          );
          const byKey = new Map(rows.map((r) => [r.key, Number(r.value)]));
          values = new Map(unique.map((k) => [k, byKey.get(this.xKey(k)) ?? 0]));
          if (Math.random() < 0.01) await this.ds.query(`DELETE FROM expiring_counter WHERE expires_at < now()`);
        }
        return keys.map((k) => values.get(k) ?? 0);
      },
    );
  }

  /** Takes one off each key that still exists (its lifetime unchanged); undoes a counted attempt. */
  async decrementExpiring(keys: string[]): Promise<void> {
    const unique = [...new Set(keys)];
    if (!unique.length) return;
    await this.failOpen(undefined, async () => {
      if (this.redis) await this.redis.eval(DECR_IF_EXISTS, unique.length, ...unique.map((k) => this.xKey(k)));
      else
        await this.ds.query(`UPDATE expiring_counter SET value = greatest(value - 1, 0) WHERE key = ANY($1) AND expires_at > now()`, [
          unique.map((k) => this.xKey(k)),
        ]);
    });
  }

  /** Sets a key to a value for ttlSeconds (a block, a marker), replacing what was there. */
  async setExpiring(key: string, value: number, ttlSeconds: number): Promise<void> {
    await this.failOpen(undefined, async () => {
      if (this.redis) await this.redis.set(this.xKey(key), String(value), 'EX', Math.max(1, Math.ceil(ttlSeconds)));
      else
        await this.ds.query(
          `INSERT INTO expiring_counter (key, value, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))
           ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
          [this.xKey(key), value, Math.max(1, Math.ceil(ttlSeconds))],
        );
    });
  }

  /**
   * Sets a key only when it is absent or expired; true when this call set it. Lets one of many
   * concurrent callers take a turn (store unreachable: true, failing open).
   */
  async setExpiringIfAbsent(key: string, value: number, ttlSeconds: number): Promise<boolean> {
    return this.failOpen(true, async () => {
      const ttl = Math.max(1, Math.ceil(ttlSeconds));
      if (this.redis) return (await this.redis.set(this.xKey(key), String(value), 'EX', ttl, 'NX')) === 'OK';
      const rows = await this.ds.query(
        `INSERT INTO expiring_counter (key, value, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at WHERE expiring_counter.expires_at <= now()
         RETURNING key`,
        [this.xKey(key), value, ttl],
      );
      return rows.length > 0;
    });
  }

  async deleteExpiring(keys: string[]): Promise<void> {
    if (!keys.length) return;
    await this.failOpen(undefined, async () => {
      if (this.redis) await this.redis.del(...keys.map((k) => this.xKey(k)));
      else await this.ds.query(`DELETE FROM expiring_counter WHERE key = ANY($1)`, [keys.map((k) => this.xKey(k))]);
    });
  }

  /** Redis keys already carry the queue prefix; the shared table needs it so stacks on one database stay apart. */
  private xKey(key: string): string {
    return this.redis ? `x:${key}` : `${this.config.QUEUE_PREFIX}:x:${key}`;
  }

  private async failOpen<T>(fallback: T, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (Date.now() - this.lastWarning > 60_000) {
        this.lastWarning = Date.now();
        this.logger.warn(`Rate limit store unavailable, letting requests through: ${(err as Error).message}`);
      }
      return fallback;
    }
  }
}
