import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Citizen ratings: rating links, kiosks, one-time service tickets, and the ratings themselves in
 * a table partitioned by month (append-only, built for volume), with idempotency keys kept in a
 * table of their own (a unique key on a partitioned table must include the partition key).
 */
export class PublicRatings1764400000000 implements MigrationInterface {
  name = 'PublicRatings1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rating_link (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id        uuid NOT NULL REFERENCES agency(id),
        service_point_id uuid NOT NULL REFERENCES service_point(id),
        employee_id      uuid REFERENCES employee(id),
        expires_at       timestamptz,
        revoked_at       timestamptz,
        created_by       uuid REFERENCES employee(id),
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX rating_link_sp_idx ON rating_link (service_point_id)`);

    await q.query(`
      CREATE TABLE kiosk (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id        uuid NOT NULL REFERENCES agency(id),
        service_point_id uuid NOT NULL REFERENCES service_point(id),
        name             text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 100),
        revoked_at       timestamptz,
        last_seen_at     timestamptz,
        created_by       uuid REFERENCES employee(id),
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX kiosk_sp_idx ON kiosk (service_point_id)`);

    await q.query(`
      CREATE TABLE service_ticket (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id        uuid NOT NULL REFERENCES agency(id),
        service_point_id uuid NOT NULL REFERENCES service_point(id),
        employee_id      uuid REFERENCES employee(id),
        issued_at        timestamptz NOT NULL DEFAULT now(),
        completed_at     timestamptz,
        used_at          timestamptz,
        created_by       uuid REFERENCES employee(id),
        CHECK (completed_at IS NULL OR completed_at >= issued_at)
      )`);
    await q.query(`CREATE INDEX service_ticket_sp_idx ON service_ticket (service_point_id, issued_at)`);

    await q.query(`
      CREATE TABLE public_rating (
        id               uuid NOT NULL DEFAULT gen_random_uuid(),
        agency_id        uuid NOT NULL,
        service_point_id uuid NOT NULL,
        employee_id      uuid,
        channel          text NOT NULL CHECK (channel IN ('LINK', 'KIOSK', 'TICKET')),
        source_id        uuid NOT NULL,
        kind             text NOT NULL CHECK (kind IN ('IKM', 'QUICK')),
        u1 smallint, u2 smallint, u3 smallint, u4 smallint, u5 smallint, u6 smallint, u7 smallint, u8 smallint, u9 smallint,
        score            smallint,
        comment          text CHECK (length(comment) <= 1000),
        respondent       jsonb,
        submitted_at     timestamptz NOT NULL,
        received_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, submitted_at),
        CHECK (kind <> 'IKM' OR (score IS NULL AND u1 BETWEEN 1 AND 4 AND u2 BETWEEN 1 AND 4 AND u3 BETWEEN 1 AND 4 AND u4 BETWEEN 1 AND 4
               AND u5 BETWEEN 1 AND 4 AND u6 BETWEEN 1 AND 4 AND u7 BETWEEN 1 AND 4 AND u8 BETWEEN 1 AND 4 AND u9 BETWEEN 1 AND 4)),
        CHECK (kind <> 'QUICK' OR (score BETWEEN 1 AND 4 AND u1 IS NULL))
      ) PARTITION BY RANGE (submitted_at)`);
    // The aggregations group by service point (and employee) over a time range.
    await q.query(`CREATE INDEX public_rating_sp_time_idx ON public_rating (service_point_id, submitted_at)`);
    await q.query(
      `CREATE INDEX public_rating_employee_time_idx ON public_rating (employee_id, submitted_at) WHERE employee_id IS NOT NULL`,
    );
    await q.query(`
      CREATE FUNCTION ensure_public_rating_partition(month date) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        start_at date := date_trunc('month', month)::date;
        name text := 'public_rating_' || to_char(start_at, 'YYYY_MM');
      BEGIN
        IF to_regclass(name) IS NULL THEN
          EXECUTE format('CREATE TABLE %I PARTITION OF public_rating FOR VALUES FROM (%L) TO (%L)',
                         name, start_at, (start_at + interval '1 month')::date);
        END IF;
      END $$`);
    // Months around now; the gateway keeps creating the coming ones, and nothing is ever refused
    // for want of a partition: the default partition takes what falls outside.
    await q.query(
      `SELECT ensure_public_rating_partition((date_trunc('month', now()) + make_interval(months => m))::date) FROM generate_series(-12, 3) AS m`,
    );
    await q.query(`CREATE TABLE public_rating_default PARTITION OF public_rating DEFAULT`);

    await q.query(`
      CREATE TABLE rating_idempotency (
        key        text PRIMARY KEY,
        rating_id  uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Fixed-window counters for the public rate limit when no Redis runs (unlogged: losing them
    // in a crash only resets the windows).
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_counter (
        key          text NOT NULL,
        window_start timestamptz NOT NULL,
        count        int NOT NULL,
        PRIMARY KEY (key, window_start)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_counter`);
    await q.query(`DROP TABLE rating_idempotency`);
    await q.query(`DROP TABLE public_rating`);
    await q.query(`DROP FUNCTION ensure_public_rating_partition(date)`);
    for (const t of ['service_ticket', 'kiosk', 'rating_link']) await q.query(`DROP TABLE ${t}`);
  }
}
