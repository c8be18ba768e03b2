import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { PublicRatingsRepository } from '@k360/database';
import { OnJob } from '@k360/queue';
import { LATE_RATING_WINDOW_DAYS } from '@k360/scoring';

/** Monthly partitions kept ready beyond the current month. */
const PARTITION_MONTHS_AHEAD = 3;

/**
 * Keeps monthly partitions of public_rating ready for this month and the next three, and drops
 * spent per-client allowances (see the intake in the gateway's public-ratings.service): those past
 * their window plus LATE_RATING_WINDOW_DAYS, after which no late rating can reach them; with
 * RATING_RETENTION_MONTHS set, detaches the partitions past retention. Runs as the
 * periodic job `partition-upkeep` (every PARTITION_UPKEEP_MS, first at the first worker's boot):
 * one run per interval however many workers there are.
 */
@Injectable()
export class RatingPartitionsService {
  private readonly logger = new Logger('RatingPartitions');

  constructor(
    private readonly ratings: PublicRatingsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @OnJob('partition-upkeep')
  async ensure(): Promise<void> {
    try {
      await this.ratings.ensurePartitions(PARTITION_MONTHS_AHEAD);
    } catch (err) {
      // The default partition still takes every rating; log and try again at the next run.
      this.logger.warn(`Could not create rating partitions: ${(err as Error).message}`);
    }
    if (this.config.RATING_RETENTION_MONTHS > 0) {
      try {
        const detached = await this.ratings.detachPartitionsOlderThan(this.config.RATING_RETENTION_MONTHS);
        if (detached.length) this.logger.log(`Detached rating partitions past retention (archive, then drop): ${detached.join(', ')}`);
      } catch (err) {
        this.logger.warn(`Could not detach old rating partitions: ${(err as Error).message}`);
      }
    }
    await this.ratings
      .dropSpentAllowances(LATE_RATING_WINDOW_DAYS)
      .catch((err: Error) => this.logger.warn(`Could not drop spent rating allowances: ${err.message}`));
  }
}
