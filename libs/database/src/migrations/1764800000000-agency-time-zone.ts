import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A period runs from local midnight to local midnight in the agency's own time zone: a rating
 * given at 01:00 WIB on 1 October belongs to October, not to September (as it did when the
 * period's dates were read in the database session's UTC). Indonesia has three zones.
 */
export class AgencyTimeZone1764800000000 implements MigrationInterface {
  name = 'AgencyTimeZone1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE agency ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Jakarta'
         CONSTRAINT agency_time_zone_ck CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agency DROP COLUMN time_zone`);
  }
}
