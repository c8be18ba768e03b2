import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ticket numbers are stored (issue 14). They were counted on read (the tickets of the service point
 * issued earlier that local day), so two tickets issued at the same moment could show the same
 * number. Now each ticket keeps its `local_day` (the agency's time zone) and `number`, drawn when
 * the row is inserted from `service_ticket_counter`: one row per service point and local day whose
 * `last_number` an upsert increments, so concurrent issues queue on that row and never share a
 * number. A trigger draws them for every INSERT that leaves them empty (the app never sets them).
 * Existing tickets are numbered as before (order of issue) and the counters start after them.
 */
export class ServiceTicketNumbers1765900000000 implements MigrationInterface {
  name = 'ServiceTicketNumbers1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_ticket_counter (
        service_point_id uuid NOT NULL REFERENCES service_point(id),
        local_day        date NOT NULL,
        last_number      integer NOT NULL CHECK (last_number > 0),
        PRIMARY KEY (service_point_id, local_day)
      )`);
    await q.query(`ALTER TABLE service_ticket ADD COLUMN local_day date, ADD COLUMN number integer`);
    await q.query(`
      UPDATE service_ticket t SET local_day = n.local_day, number = n.number
        FROM (SELECT s.id, (s.issued_at AT TIME ZONE a.time_zone)::date AS local_day,
                     row_number() OVER (PARTITION BY s.service_point_id, (s.issued_at AT TIME ZONE a.time_zone)::date
                                        ORDER BY s.issued_at, s.id)::int AS number
                FROM service_ticket s JOIN agency a ON a.id = s.agency_id) n
       WHERE n.id = t.id`);
    await q.query(`
      INSERT INTO service_ticket_counter (service_point_id, local_day, last_number)
      SELECT service_point_id, local_day, max(number) FROM service_ticket GROUP BY service_point_id, local_day`);
    await q.query(`ALTER TABLE service_ticket ALTER COLUMN local_day SET NOT NULL, ALTER COLUMN number SET NOT NULL`);
    await q.query(`
      ALTER TABLE service_ticket ADD CONSTRAINT service_ticket_number_uq UNIQUE (service_point_id, local_day, number)`);
    await q.query(`
      CREATE FUNCTION service_ticket_number() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.local_day IS NULL THEN
          SELECT (NEW.issued_at AT TIME ZONE a.time_zone)::date INTO NEW.local_day FROM agency a WHERE a.id = NEW.agency_id;
        END IF;
        IF NEW.number IS NULL THEN
          INSERT INTO service_ticket_counter AS c (service_point_id, local_day, last_number)
          VALUES (NEW.service_point_id, NEW.local_day, 1)
          ON CONFLICT (service_point_id, local_day) DO UPDATE SET last_number = c.last_number + 1
          RETURNING c.last_number INTO NEW.number;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER service_ticket_number_tg BEFORE INSERT ON service_ticket
        FOR EACH ROW EXECUTE FUNCTION service_ticket_number()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER service_ticket_number_tg ON service_ticket`);
    await q.query(`DROP FUNCTION service_ticket_number()`);
    await q.query(`ALTER TABLE service_ticket DROP CONSTRAINT service_ticket_number_uq`);
    await q.query(`ALTER TABLE service_ticket DROP COLUMN number, DROP COLUMN local_day`);
    await q.query(`DROP TABLE service_ticket_counter`);
  }
}
