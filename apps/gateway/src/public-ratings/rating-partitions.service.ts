import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const EVERY_SIX_HOURS = 6 * 3600 * 1000;

/** Allowances that can no longer refuse anything: past their window, plus the 7 days a kiosk backlog may be late. */
const ALLOWANCE_CLEANUP = `DELETE FROM rating_allowance WHERE last_at < now() - make_interval(secs => gap_seconds) - interval '8 days'`;

/**
 * Keeps monthly partitions of public_rating ready for this month and the next three, and drops
 * spent per-client allowances (see the intake in public-ratings.service).
 */
@Injectable()
export class RatingPartitionsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RatingPartitions');
  private timer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensure();
    this.timer = setInterval(() => void this.ensure(), EVERY_SIX_HOURS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async ensure(): Promise<void> {
    try {
      await this.ds.query(
        `SELECT pg_advisory_xact_lock(hashtext('public_rating_partitions')),
                ensure_public_rating_partition((date_trunc('month', now()) + make_interval(months => m))::date)
           FROM generate_series(0, 3) AS m`,
      );
    } catch (err) {
      // The default partition still takes every rating; log and try again later.
      this.logger.warn(`Could not create rating partitions: ${(err as Error).message}`);
    }
    await this.ds
      .query(ALLOWANCE_CLEANUP)
      .catch((err: Error) => this.logger.warn(`Could not drop spent rating allowances: ${err.message}`));
  }
}
