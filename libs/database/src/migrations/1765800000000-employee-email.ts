import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email as a second channel for notifications (issue 14). An employee may carry an email address
 * (stored lower-cased, at most 254 characters, one `@` with something on both sides and a dot in the
 * domain); a notification records when it was emailed, so the worker never sends one twice.
 */
export class EmployeeEmail1765800000000 implements MigrationInterface {
  name = 'EmployeeEmail1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE employee ADD COLUMN email text,
        ADD CONSTRAINT employee_email_ck
          CHECK (email IS NULL OR (length(email) <= 254 AND email = lower(email) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$'))`);
    await q.query(`ALTER TABLE notification ADD COLUMN emailed_at timestamptz`);
    await q.query(`CREATE INDEX notification_unemailed_idx ON notification (created_at) WHERE emailed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN emailed_at`);
    await q.query(`ALTER TABLE employee DROP COLUMN email`);
  }
}
