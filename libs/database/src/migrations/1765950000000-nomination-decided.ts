import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A fifth kind of notification (issue 14): NOMINATION_DECIDED tells an employee that the supervisor
 * approved or rejected a peer they nominated. Created by the reminder job like the others, once per
 * nomination and decision (dedupe key).
 */
export class NominationDecided1765950000000 implements MigrationInterface {
  name = 'NominationDecided1765950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('REVIEW_WAITING', 'NOMINATION_TO_DECIDE', 'ROUND_READY_TO_CLOSE', 'DEADLINE_SOON', 'NOMINATION_DECIDED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind = 'NOMINATION_DECIDED'`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('REVIEW_WAITING', 'NOMINATION_TO_DECIDE', 'ROUND_READY_TO_CLOSE', 'DEADLINE_SOON'))`);
  }
}
