import { MigrationInterface, QueryRunner } from 'typeorm';
import { BERAKHLAK_V1 } from '@k360/scoring';

/** Periods, the versioned BerAKHLAK instrument, evaluation rounds, reviewers, reviews, and the outbox. */
export class Rounds1764300000000 implements MigrationInterface {
  name = 'Rounds1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE period (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id  uuid NOT NULL REFERENCES agency(id),
        name       text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 100),
        kind       text NOT NULL CHECK (kind IN ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
        starts_on  date NOT NULL,
        ends_on    date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on),
        CHECK (ends_on - starts_on <= 366)
      )`);
    await q.query(`CREATE UNIQUE INDEX period_name_uq ON period (agency_id, lower(name))`);

    // agency_id NULL: the national default every agency starts with.
    await q.query(`
      CREATE TABLE instrument_version (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id    uuid REFERENCES agency(id),
        version      int NOT NULL CHECK (version >= 1),
        items        jsonb NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid REFERENCES employee(id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX instrument_version_uq ON instrument_version (coalesce(agency_id, '00000000-0000-0000-0000-000000000000'::uuid), version)`,
    );
    await q.query(`INSERT INTO instrument_version (agency_id, version, items) VALUES (NULL, 1, $1)`, [JSON.stringify(BERAKHLAK_V1)]);

    await q.query(`
      CREATE TABLE evaluation_round (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id             uuid NOT NULL REFERENCES agency(id),
        employee_id           uuid NOT NULL REFERENCES employee(id),
        period_id             uuid NOT NULL REFERENCES period(id),
        status                text NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'SCORED')),
        position_at_open      text NOT NULL,
        unit_id_at_open       uuid NOT NULL REFERENCES unit(id),
        supervisor_id         uuid REFERENCES employee(id),
        policy                jsonb NOT NULL,
        instrument_version_id uuid NOT NULL REFERENCES instrument_version(id),
        hasil_kerja_rating    text CHECK (hasil_kerja_rating IN ('DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI')),
        override_reason       text,
        opened_at             timestamptz NOT NULL DEFAULT now(),
        opened_by             uuid REFERENCES employee(id),
        closed_at             timestamptz,
        closed_by             uuid REFERENCES employee(id),
        close_count           int NOT NULL DEFAULT 0,
        reopen_reason         text,
        scored_at             timestamptz,
        CHECK (supervisor_id IS DISTINCT FROM employee_id),
        CHECK (status NOT IN ('CLOSED', 'SCORED') OR (closed_at IS NOT NULL AND hasil_kerja_rating IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX evaluation_round_employee_period_uq ON evaluation_round (employee_id, period_id)`);
    await q.query(`CREATE INDEX evaluation_round_period_idx ON evaluation_round (agency_id, period_id, status)`);
    await q.query(`CREATE INDEX evaluation_round_supervisor_idx ON evaluation_round (supervisor_id)`);

    await q.query(`
      CREATE TABLE reviewer_assignment (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id     uuid NOT NULL REFERENCES evaluation_round(id),
        reviewer_id  uuid NOT NULL REFERENCES employee(id),
        relation     text NOT NULL CHECK (relation IN ('SUPERVISOR', 'PEER', 'SUBORDINATE', 'SELF')),
        state        text NOT NULL CHECK (state IN ('NOMINATED', 'APPROVED', 'REJECTED')),
        nominated_by uuid REFERENCES employee(id),
        decided_by   uuid REFERENCES employee(id),
        created_at   timestamptz NOT NULL DEFAULT now(),
        decided_at   timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX reviewer_assignment_uq ON reviewer_assignment (round_id, reviewer_id)`);
    await q.query(
      `CREATE UNIQUE INDEX reviewer_assignment_one_supervisor_uq ON reviewer_assignment (round_id) WHERE relation = 'SUPERVISOR'`,
    );
    await q.query(`CREATE INDEX reviewer_assignment_reviewer_idx ON reviewer_assignment (reviewer_id, state)`);

    // Reviews are facts: a revision is a new row; the current review is the highest revision.
    await q.query(`
      CREATE TABLE review (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id      uuid NOT NULL REFERENCES evaluation_round(id),
        assignment_id uuid NOT NULL REFERENCES reviewer_assignment(id),
        reviewer_id   uuid NOT NULL REFERENCES employee(id),
        relation      text NOT NULL CHECK (relation IN ('SUPERVISOR', 'PEER', 'SUBORDINATE', 'SELF')),
        revision      int NOT NULL CHECK (revision >= 1),
        strengths     text CHECK (length(strengths) <= 4000),
        improvements  text CHECK (length(improvements) <= 4000),
        submitted_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX review_revision_uq ON review (assignment_id, revision)`);
    await q.query(`CREATE INDEX review_round_idx ON review (round_id, relation)`);
    await q.query(`
      CREATE TABLE review_score (
        review_id  uuid NOT NULL REFERENCES review(id),
        core_value text NOT NULL CHECK (core_value IN ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF')),
        score      smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
        PRIMARY KEY (review_id, core_value)
      )`);
    await q.query(`
      CREATE VIEW current_review AS
      SELECT DISTINCT ON (assignment_id) * FROM review ORDER BY assignment_id, revision DESC`);

    // Transactional outbox: written in the transaction that changes the facts; a relay moves each
    // row onto BullMQ with jobId = dedupe_key, so a crash between commit and enqueue loses nothing.
    await q.query(`
      CREATE TABLE outbox (
        id           bigserial PRIMARY KEY,
        topic        text NOT NULL,
        dedupe_key   text NOT NULL,
        payload      jsonb NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX outbox_dedupe_uq ON outbox (dedupe_key)`);
    await q.query(`CREATE INDEX outbox_unpublished_idx ON outbox (id) WHERE published_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW current_review`);
    for (const t of ['outbox', 'review_score', 'review', 'reviewer_assignment', 'evaluation_round', 'instrument_version', 'period']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
