import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention (issue 16): monthly partitions of public_rating older than RATING_RETENTION_MONTHS are
 * detached by the partition upkeep. Each detached table stays in the database until an operator
 * archives it (pg_dump -t) and drops it; this table says which, when, and how many rows it held.
 */
export class RatingPartitionArchive1766500000000 implements MigrationInterface {
  name = 'RatingPartitionArchive1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rating_partition_archive (
        table_name   text PRIMARY KEY,
        month        date NOT NULL UNIQUE,
        row_count    bigint NOT NULL CHECK (row_count >= 0),
        detached_at  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rating_partition_archive`);
  }
}
