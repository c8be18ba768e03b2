import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worker's reconcile sweep asks, every few seconds, which service points got ratings since
 * its last sweep. Ratings are appended in arrival order, so received_at rises with the physical
 * order of each partition: a BRIN index answers "the newest rows" from a few blocks, costs
 * almost nothing to keep up on insert, and takes a few kilobytes.
 */
export class RatingReceivedBrin1765000000000 implements MigrationInterface {
  name = 'RatingReceivedBrin1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX public_rating_received_brin ON public_rating USING brin (received_at) WITH (pages_per_range = 16)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX public_rating_received_brin`);
  }
}
