import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reconcile sweep of the automatic indicators (issue 13) looks at the tickets completed within
 * the late window, across employees: an index on completed_at (only tickets with an officer, the
 * ones an indicator counts) keeps that to the newest entries instead of a scan of every ticket.
 */
export class AutomaticIndicatorSweep1765450000000 implements MigrationInterface {
  name = 'AutomaticIndicatorSweep1765450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX service_ticket_completed_idx ON service_ticket (completed_at) WHERE employee_id IS NOT NULL AND completed_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_ticket_completed_idx`);
  }
}
