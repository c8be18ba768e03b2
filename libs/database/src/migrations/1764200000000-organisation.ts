import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies, the unit tree, employees with history, service points, and the account tables. */
export class Organisation1764200000000 implements MigrationInterface {
  name = 'Organisation1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name       text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX agency_name_uq ON agency (lower(name))`);

    await q.query(`
      CREATE TABLE unit (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id   uuid NOT NULL REFERENCES agency(id),
        parent_id   uuid REFERENCES unit(id),
        name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
        kind        text NOT NULL CHECK (kind IN ('AGENCY', 'DINAS', 'BIDANG', 'KECAMATAN', 'KELURAHAN', 'OTHER')),
        archived_at timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CHECK (parent_id IS DISTINCT FROM id),
        CHECK ((kind = 'AGENCY') = (parent_id IS NULL))
      )`);
    await q.query(`CREATE INDEX unit_agency_idx ON unit (agency_id)`);
    await q.query(`CREATE INDEX unit_parent_idx ON unit (parent_id)`);
    // Sibling names are unique among live units; the one root per agency is unique too.
    await q.query(
      `CREATE UNIQUE INDEX unit_sibling_name_uq ON unit (agency_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name)) WHERE archived_at IS NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX unit_one_root_uq ON unit (agency_id) WHERE parent_id IS NULL`);

    await q.query(`
      CREATE TABLE unit_history (
        id         bigserial PRIMARY KEY,
        unit_id    uuid NOT NULL REFERENCES unit(id),
        name       text NOT NULL,
        parent_id  uuid,
        archived   boolean NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_to   timestamptz,
        changed_by uuid
      )`);
    await q.query(`CREATE INDEX unit_history_unit_idx ON unit_history (unit_id, valid_from)`);

    await q.query(`
      CREATE TABLE employee (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id      uuid NOT NULL REFERENCES agency(id),
        nip            char(18) NOT NULL CHECK (nip ~ '^[0-9]{18}$'),
        name           text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
        position       text NOT NULL CHECK (length(btrim(position)) BETWEEN 2 AND 200),
        unit_id        uuid NOT NULL REFERENCES unit(id),
        supervisor_id  uuid REFERENCES employee(id),
        roles          text[] NOT NULL CHECK (cardinality(roles) >= 1 AND roles <@ ARRAY['ADMIN', 'SUPERVISOR', 'EMPLOYEE']::text[]),
        active         boolean NOT NULL DEFAULT true,
        password_hash  text,
        password_changed_at timestamptz,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        CHECK (supervisor_id IS DISTINCT FROM id)
      )`);
    await q.query(`CREATE UNIQUE INDEX employee_nip_uq ON employee (nip)`);
    await q.query(`CREATE INDEX employee_agency_name_idx ON employee (agency_id, name, id)`);
    await q.query(`CREATE INDEX employee_unit_idx ON employee (unit_id)`);
    await q.query(`CREATE INDEX employee_supervisor_idx ON employee (supervisor_id)`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX employee_name_trgm_idx ON employee USING gin (lower(name) gin_trgm_ops)`);

    // What an employee was, when: a round opened in the past shows the position held then.
    await q.query(`
      CREATE TABLE employee_assignment (
        id            bigserial PRIMARY KEY,
        employee_id   uuid NOT NULL REFERENCES employee(id),
        position      text NOT NULL,
        unit_id       uuid NOT NULL REFERENCES unit(id),
        supervisor_id uuid REFERENCES employee(id),
        valid_from    timestamptz NOT NULL DEFAULT now(),
        valid_to      timestamptz,
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`CREATE INDEX employee_assignment_idx ON employee_assignment (employee_id, valid_from)`);
    await q.query(`CREATE UNIQUE INDEX employee_assignment_current_uq ON employee_assignment (employee_id) WHERE valid_to IS NULL`);

    await q.query(`
      CREATE TABLE service_point (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id   uuid NOT NULL REFERENCES agency(id),
        unit_id     uuid NOT NULL REFERENCES unit(id),
        name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
        archived_at timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX service_point_name_uq ON service_point (unit_id, lower(name)) WHERE archived_at IS NULL`);
    await q.query(`CREATE INDEX service_point_agency_idx ON service_point (agency_id)`);

    await q.query(`
      CREATE TABLE service_point_staff (
        service_point_id uuid NOT NULL REFERENCES service_point(id),
        employee_id      uuid NOT NULL REFERENCES employee(id),
        assigned_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (service_point_id, employee_id)
      )`);
    await q.query(`CREATE INDEX service_point_staff_employee_idx ON service_point_staff (employee_id)`);

    // A login session: the refresh token (stored hashed) and the access tokens minted from it.
    await q.query(`
      CREATE TABLE auth_session (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id        uuid NOT NULL REFERENCES employee(id),
        refresh_token_hash text NOT NULL,
        created_at         timestamptz NOT NULL DEFAULT now(),
        last_used_at       timestamptz NOT NULL DEFAULT now(),
        expires_at         timestamptz NOT NULL,
        revoked_at         timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX auth_session_refresh_uq ON auth_session (refresh_token_hash)`);
    await q.query(`CREATE INDEX auth_session_employee_idx ON auth_session (employee_id)`);

    await q.query(`
      CREATE TABLE login_failure (
        id        bigserial PRIMARY KEY,
        nip       text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_failure_nip_idx ON login_failure (nip, failed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'login_failure',
      'auth_session',
      'service_point_staff',
      'service_point',
      'employee_assignment',
      'employee',
      'unit_history',
      'unit',
      'agency',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
