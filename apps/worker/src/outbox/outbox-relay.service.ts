import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { AGGREGATION_DEBOUNCE_MS, QueueName } from '@k360/queue';

const BATCH = 500;
const POLL_MS = 1000;

interface OutboxRow {
  id: string;
  topic: string;
  dedupe_key: string;
  payload: Record<string, any>;
}

/** BullMQ custom job ids may not contain ':'. */
const jobIdOf = (dedupeKey: string) => dedupeKey.replace(/[^A-Za-z0-9_.-]/g, '-');

/**
 * Moves outbox rows onto BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED (any number of
 * workers may relay at once), enqueued with a job id derived from their dedupe key (a replay after
 * a crash enqueues nothing twice), and marked published in the same transaction, so a crash
 * between commit of the fact and its enqueue loses nothing. Wakes on NOTIFY, polls as a fallback.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private running = false;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @InjectQueue(QueueName.SCORING) private readonly scoring: Queue,
    @InjectQueue(QueueName.AGGREGATION) private readonly aggregation: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      this.listener = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'kinerja360-outbox-listen' });
      this.listener.on('notification', () => this.kick());
      this.listener.on('error', (err) => this.logger.warn(`outbox listener: ${err.message}`));
      await this.listener.connect();
      await this.listener.query('LISTEN k360_outbox');
    } catch (err) {
      this.logger.warn(`LISTEN unavailable, polling only: ${(err as Error).message}`);
    }
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  /** Runs a drain now, or right after the one in progress. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.drain()
      .catch((err) => this.logger.warn(`outbox relay: ${(err as Error).message}`))
      .finally(() => {
        this.running = false;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Publishes everything pending, batch by batch; returns how many rows it published. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.ds.transaction(async (m) => {
        const rows: OutboxRow[] = await m.query(
          `SELECT id, topic, dedupe_key, payload FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        );
        if (!rows.length) return 0;
        await this.publish(rows);
        await m.query(`UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
        return rows.length;
      });
      total += published;
      if (published < BATCH) return total;
    }
  }

  private async publish(rows: OutboxRow[]): Promise<void> {
    const rounds = rows.filter((r) => r.topic === 'round.closed');
    if (rounds.length) {
      await this.scoring.addBulk(
        rounds.map((r) => ({
          name: 'score-round',
          data: { roundId: r.payload.roundId, closeCount: r.payload.closeCount },
          opts: { jobId: jobIdOf(r.dedupe_key) },
        })),
      );
    }
    const points = [...new Set(rows.filter((r) => r.topic === 'service_point.rated').map((r) => r.payload.servicePointId as string))];
    for (const servicePointId of points) {
      // A burst of ratings becomes one recompute a second after the last of them.
      await this.aggregation.add(
        'aggregate-service-point',
        { servicePointId },
        {
          delay: AGGREGATION_DEBOUNCE_MS,
          deduplication: { id: `sp-${servicePointId}`, ttl: AGGREGATION_DEBOUNCE_MS, extend: true, replace: true },
        },
      );
    }
    const unknown = rows.filter((r) => r.topic !== 'round.closed' && r.topic !== 'service_point.rated');
    if (unknown.length) this.logger.warn(`outbox rows with unknown topics: ${[...new Set(unknown.map((u) => u.topic))].join(', ')}`);
  }
}
