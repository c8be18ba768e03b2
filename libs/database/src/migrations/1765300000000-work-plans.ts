import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hasil kerja (issue 13): the employee's annual work plan (SKP) with its KPI indicators, the
 * history of its versions, and the monthly realisations with their thread.
 *
 * - work_plan: one per employee and year; DRAFT while it is written, AGREED once the direct
 *   supervisor agrees. A change after agreement is a new version (work_plan.version + 1, back to
 *   DRAFT) with a reason.
 * - work_plan_version: one row per version: why it exists (null for the first), who opened it and
 *   when; on agreement, who agreed, when, and the indicators as agreed (a JSONB snapshot), so the
 *   history survives later edits of the live indicator rows.
 * - indicator: the live indicators of a plan (name, unit, annual target > 0, weight > 0, direction,
 *   aggregation over months, source, measurement method).
 * - realisation: the current value of one indicator for one month (month is the first day of the
 *   month; one row per indicator and month); SUBMITTED, VERIFIED or RETURNED (with feedback).
 * - realisation_event: the thread of a realisation, append-only: REPORTED, VERIFIED, RETURNED,
 *   CORRECTED, with who, the value or note/feedback, and when.
 * agency_id is on every table (the distribution column should the database be sharded).
 */
export class WorkPlans1765300000000 implements MigrationInterface {
  name = 'WorkPlans1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE work_plan (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id   uuid NOT NULL REFERENCES agency(id),
        employee_id uuid NOT NULL REFERENCES employee(id),
        year        int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        status      text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'AGREED')),
        version     int NOT NULL DEFAULT 1 CHECK (version >= 1),
        agreed_by   uuid REFERENCES employee(id),
        agreed_at   timestamptz,
        created_by  uuid NOT NULL REFERENCES employee(id),
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'AGREED') = (agreed_at IS NOT NULL)),
        CHECK ((agreed_at IS NULL) = (agreed_by IS NULL)),
        CHECK (agreed_by IS DISTINCT FROM employee_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX work_plan_employee_year_uq ON work_plan (employee_id, year)`);
    await q.query(`CREATE INDEX work_plan_agency_year_idx ON work_plan (agency_id, year)`);

    await q.query(`
      CREATE TABLE work_plan_version (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id    uuid NOT NULL REFERENCES agency(id),
        work_plan_id uuid NOT NULL REFERENCES work_plan(id),
        version      int NOT NULL CHECK (version >= 1),
        reason       text CHECK (length(btrim(reason)) BETWEEN 5 AND 2000),
        created_by   uuid NOT NULL REFERENCES employee(id),
        created_at   timestamptz NOT NULL DEFAULT now(),
        indicators   jsonb CHECK (jsonb_typeof(indicators) = 'array'),
        agreed_by    uuid REFERENCES employee(id),
        agreed_at    timestamptz,
        CHECK ((version = 1) = (reason IS NULL)),
        CHECK ((agreed_at IS NULL) = (agreed_by IS NULL) AND (agreed_at IS NULL) = (indicators IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX work_plan_version_uq ON work_plan_version (work_plan_id, version)`);

    // Numbers: numeric (exact), positive where a ratio divides by them; < 1e15 also refuses NaN and
    // Infinity, which numeric sorts above every number.
    await q.query(`
      CREATE TABLE indicator (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id    uuid NOT NULL REFERENCES agency(id),
        work_plan_id uuid NOT NULL REFERENCES work_plan(id),
        name         text NOT NULL CHECK (length(btrim(name)) BETWEEN 3 AND 300),
        unit         text NOT NULL CHECK (length(btrim(unit)) BETWEEN 1 AND 50),
        target       numeric NOT NULL CHECK (target > 0 AND target < 1e15),
        weight       numeric NOT NULL CHECK (weight > 0 AND weight <= 1000),
        direction    text NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
        aggregation  text NOT NULL CHECK (aggregation IN ('SUM', 'AVERAGE', 'LAST')),
        source       text NOT NULL CHECK (source IN ('MANUAL', 'CITIZEN_SATISFACTION', 'SERVICE_COMPLETION_TIME')),
        method       text NOT NULL CHECK (length(btrim(method)) BETWEEN 2 AND 200),
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        CHECK (source <> 'CITIZEN_SATISFACTION' OR (direction = 'HIGHER_IS_BETTER' AND aggregation = 'AVERAGE')),
        CHECK (source <> 'SERVICE_COMPLETION_TIME' OR (direction = 'LOWER_IS_BETTER' AND aggregation = 'AVERAGE'))
      )`);
    await q.query(`CREATE INDEX indicator_plan_idx ON indicator (work_plan_id, created_at, id)`);
    await q.query(`CREATE UNIQUE INDEX indicator_name_uq ON indicator (work_plan_id, lower(btrim(name)))`);

    await q.query(`
      CREATE TABLE realisation (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id    uuid NOT NULL REFERENCES agency(id),
        work_plan_id uuid NOT NULL REFERENCES work_plan(id),
        indicator_id uuid NOT NULL REFERENCES indicator(id),
        month        date NOT NULL CHECK (extract(day FROM month) = 1),
        value        numeric NOT NULL CHECK (value >= 0 AND value < 1e15),
        note         text CHECK (length(note) <= 2000),
        evidence_url text CHECK (evidence_url ~* '^https?://[^[:space:]]+$' AND length(evidence_url) <= 2000),
        status       text NOT NULL CHECK (status IN ('SUBMITTED', 'VERIFIED', 'RETURNED')),
        reported_by  uuid NOT NULL REFERENCES employee(id),
        reported_at  timestamptz NOT NULL DEFAULT now(),
        decided_by   uuid REFERENCES employee(id),
        decided_at   timestamptz,
        feedback     text CHECK (length(btrim(feedback)) BETWEEN 1 AND 2000),
        CHECK ((status = 'SUBMITTED') = (decided_at IS NULL)),
        CHECK ((decided_at IS NULL) = (decided_by IS NULL)),
        CHECK (status <> 'RETURNED' OR feedback IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX realisation_indicator_month_uq ON realisation (indicator_id, month)`);
    await q.query(`CREATE INDEX realisation_plan_month_idx ON realisation (work_plan_id, month)`);

    await q.query(`
      CREATE TABLE realisation_event (
        id             bigserial PRIMARY KEY,
        agency_id      uuid NOT NULL REFERENCES agency(id),
        realisation_id uuid NOT NULL REFERENCES realisation(id),
        actor_id       uuid NOT NULL REFERENCES employee(id),
        action         text NOT NULL CHECK (action IN ('REPORTED', 'VERIFIED', 'RETURNED', 'CORRECTED')),
        value          numeric CHECK (value >= 0 AND value < 1e15),
        note           text CHECK (length(note) <= 2000),
        evidence_url   text CHECK (length(evidence_url) <= 2000),
        at             timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK ((action IN ('REPORTED', 'CORRECTED')) = (value IS NOT NULL)),
        CHECK (action <> 'RETURNED' OR note IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX realisation_event_thread_idx ON realisation_event (realisation_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['realisation_event', 'realisation', 'indicator', 'work_plan_version', 'work_plan']) await q.query(`DROP TABLE ${t}`);
  }
}
