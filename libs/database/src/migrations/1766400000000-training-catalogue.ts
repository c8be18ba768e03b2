import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The training catalogue an agency's ADMIN maintains (issue 15): courses mapped to a BerAKHLAK core
 * value and, optionally, to a KPI indicator by name; training suggestions take the active courses of
 * an employee's weakest values (libs/scoring recognition.ts). A course is switched off (active =
 * false), never deleted, so earlier exports still name it. A title is unique per agency, whatever
 * its case and surrounding spaces.
 */
export class TrainingCatalogue1766400000000 implements MigrationInterface {
  name = 'TrainingCatalogue1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training_course (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id  uuid NOT NULL REFERENCES agency(id),
        title      text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 200 AND title = btrim(title)),
        provider   text NOT NULL CHECK (length(btrim(provider)) BETWEEN 2 AND 200 AND provider = btrim(provider)),
        core_value text NOT NULL CHECK (core_value IN ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF')),
        indicator  text CHECK (indicator IS NULL OR (length(btrim(indicator)) BETWEEN 1 AND 200 AND indicator = btrim(indicator))),
        hours      numeric(6, 1) NOT NULL CHECK (hours > 0 AND hours <= 1000),
        active     boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX training_course_title_uq ON training_course (agency_id, lower(title))`);
    await q.query(`CREATE INDEX training_course_value_idx ON training_course (agency_id, core_value) WHERE active`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE training_course`);
  }
}
