import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { queueBackendOf, redisConnectionOptions } from './queue-backend';

export interface RateDecision {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

const WINDOW_SECONDS = 60;

/**
 * Fixed one-minute windows counted where the product keeps its queues: Redis (INCR + EXPIRE in
 * one MULTI) or, without Redis, an unlogged PostgreSQL table (one upsert). Every replica of the
 * gateway shares the count. A limit of 0 turns limiting off.
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private redis?: IORedis;
  private readonly logger = new Logger('RateLimiter');
  private lastWarning = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly ds: DataSource,
  ) {
    if (queueBackendOf(config) === 'redis' && config.REDIS_URL) {
      // Connects on first use (the worker never limits) and queues commands while connecting;
      // one retry per command, so an outage costs a request little time.
      this.redis = new IORedis({
        ...redisConnectionOptions(config.REDIS_URL),
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
}
