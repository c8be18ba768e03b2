import { MigrationInterface, QueryRunner } from 'typeorm';
import { REVIEW_DEADLINE_MAX_DAYS_AFTER_PERIOD } from '@k360/scoring';

/**
 * Round deadlines and in-app notifications (issue 14). A period may carry a review deadline: a
 * calendar day in the agency's time zone, not before the period starts and at most REVIEW_DEADLINE_MAX_DAYS_AFTER_PERIOD days
 * after it ends (reviews are written during or shortly after the period). A notification is one reminder to
 * one employee; `dedupe_key` is unique, so the reminder job (however often, on however many
 * workers) creates each reminder once: per subject and kind, and per day for DEADLINE_SOON.
 */
export class DeadlinesAndNotifications1765700000000 implements MigrationInterface {
  name = 'DeadlinesAndNotifications1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE period ADD COLUMN review_deadline date,
        ADD CONSTRAINT period_review_deadline_ck
          CHECK (review_deadline IS NULL OR (review_deadline >= starts_on AND review_deadline <= ends_on + ${REVIEW_DEADLINE_MAX_DAYS_AFTER_PERIOD}))`);
    await q.query(`
      CREATE TABLE notification (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id     uuid NOT NULL REFERENCES agency(id),
        employee_id   uuid NOT NULL REFERENCES employee(id),
        kind          text NOT NULL CHECK (kind IN ('REVIEW_WAITING', 'NOMINATION_TO_DECIDE', 'ROUND_READY_TO_CLOSE', 'DEADLINE_SOON')),
        round_id      uuid REFERENCES evaluation_round(id),
        assignment_id uuid REFERENCES reviewer_assignment(id),
        period_id     uuid REFERENCES period(id),
        dedupe_key    text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        read_at       timestamptz,
        CONSTRAINT notification_dedupe_uq UNIQUE (dedupe_key)
      )`);
    await q.query(`CREATE INDEX notification_recipient_idx ON notification (employee_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (employee_id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
    await q.query(`ALTER TABLE period DROP COLUMN review_deadline`);
  }
}
