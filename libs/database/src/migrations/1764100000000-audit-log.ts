import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1764100000000 implements MigrationInterface {
  name = 'AuditLog1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id          bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id    uuid,
        actor_kind  text NOT NULL CHECK (actor_kind IN ('SYSTEM', 'EMPLOYEE', 'DEVICE')),
        agency_id   uuid,
        action      text NOT NULL CHECK (action ~ '^[A-Z][A-Z0-9_]*$'),
        entity_type text NOT NULL,
        entity_id   text,
        before      jsonb,
        after       jsonb,
        request_id  text
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id)`);
    await q.query(`CREATE INDEX audit_log_agency_time_idx ON audit_log (agency_id, occurred_at)`);
    // Facts about the past are never edited: forbid UPDATE and DELETE at the database level.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
