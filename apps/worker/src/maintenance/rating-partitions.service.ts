import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OnJob } from '@k360/queue';

/** Allowances that can no longer refuse anything: past their window, plus the 7 days a kiosk backlog may be late. */
const ALLOWANCE_CLEANUP = `DELETE FROM rating_allowance WHERE last_at < now() - make_interval(secs => gap_seconds) - interval '8 days'`;

/**
 * Keeps monthly partitions of public_rating ready for this month and the next three, and drops
 * spent per-client allowances (see the intake in the gateway's public-ratings.service). Runs as the
 * periodic job `partition-upkeep` (every PARTITION_UPKEEP_MS, first at the first worker's boot):
 * one run per interval however many workers there are.
 */
@Injectable()
export class RatingPartitionsService {
  private readonly logger = new Logger('RatingPartitions');

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @OnJob('partition-upkeep')
  async ensure(): Promise<void> {
    try {
      await this.ds.query(
        `SELECT pg_advisory_xact_lock(hashtext('public_rating_partitions')),
                ensure_public_rating_partition((date_trunc('month', now()) + make_interval(months => m))::date)
           FROM generate_series(0, 3) AS m`,
      );
    } catch (err) {
      // The default partition still takes every rating; log and try again at the next run.
      this.logger.warn(`Could not create rating partitions: ${(err as Error).message}`);
    }
    await this.ds
      .query(ALLOWANCE_CLEANUP)
      .catch((err: Error) => this.logger.warn(`Could not drop spent rating allowances: ${err.message}`));
  }
}
