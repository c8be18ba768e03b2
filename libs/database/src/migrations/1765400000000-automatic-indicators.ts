import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The automatic KPI indicators of hasil kerja, per employee per calendar month (in the agency's
 * time zone), computed by the worker from the platform's own facts: the IKM of the citizen
 * ratings attributed to the employee, and the median completion time (issued → completed) of the
 * service tickets they completed. Derived data: recomputing a month from its facts gives the same
 * row; `sample_size` says how many ratings or tickets are behind `value` (null: no data, or
 * too few ratings to count).
 */
export class AutomaticIndicators1765400000000 implements MigrationInterface {
  name = 'AutomaticIndicators1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE automatic_indicator_month (
        agency_id    uuid NOT NULL REFERENCES agency(id),
        employee_id  uuid NOT NULL REFERENCES employee(id),
        month        date NOT NULL CHECK (extract(day FROM month) = 1),
        source       text NOT NULL CHECK (source IN ('CITIZEN_SATISFACTION', 'SERVICE_COMPLETION_TIME')),
        value        double precision CHECK (value IS NULL OR value >= 0),
        sample_size  integer NOT NULL CHECK (sample_size >= 0),
        computed_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (employee_id, month, source),
        CHECK (sample_size > 0 OR value IS NULL)
      )`);
    await q.query(`CREATE INDEX automatic_indicator_month_agency_idx ON automatic_indicator_month (agency_id, month)`);
    // The completion-time indicator reads an employee's tickets completed in a month.
    await q.query(
      `CREATE INDEX service_ticket_employee_completed_idx ON service_ticket (employee_id, completed_at) WHERE employee_id IS NOT NULL AND completed_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_ticket_employee_completed_idx`);
    await q.query(`DROP TABLE automatic_indicator_month`);
  }
}
