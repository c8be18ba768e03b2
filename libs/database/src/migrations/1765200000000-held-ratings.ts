import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ballot-stuffing resistance (issue 11). A citizen rating that one client sends again and again
 * through the same rating link, or a kiosk tap repeated within seconds, is stored HELD: in a table
 * of its own, outside public_rating, so that no aggregate, published IKM, employee score or
 * reconcile sweep can count it by mistake (none of them needs a filter). An ADMIN of the agency
 * releases it (it then moves into public_rating, with an outbox row, and counts) or rejects it.
 *
 * rating_allowance holds, per client and link (or per kiosk and answer), when its last counted
 * rating was: the intake statement claims it with one upsert in the same transaction as the
 * rating, so concurrent submissions are decided one after the other and a failed intake claims
 * nothing. Clients are stored as a keyed hash (HMAC of the address), never as an address.
 */
export class HeldRatings1765200000000 implements MigrationInterface {
  name = 'HeldRatings1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE public_rating_held (
        id               uuid PRIMARY KEY,
        agency_id        uuid NOT NULL REFERENCES agency(id),
        service_point_id uuid NOT NULL REFERENCES service_point(id),
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
        reason           text NOT NULL CHECK (reason IN ('CLIENT_REPEAT', 'KIOSK_REPEAT')),
        client_tag       text NOT NULL,
        decision         text CHECK (decision IN ('RELEASED', 'REJECTED')),
        decided_at       timestamptz,
        decided_by       uuid REFERENCES employee(id),
        CHECK ((decision IS NULL) = (decided_at IS NULL)),
        CHECK (kind <> 'IKM' OR (score IS NULL AND u1 BETWEEN 1 AND 4 AND u2 BETWEEN 1 AND 4 AND u3 BETWEEN 1 AND 4 AND u4 BETWEEN 1 AND 4
               AND u5 BETWEEN 1 AND 4 AND u6 BETWEEN 1 AND 4 AND u7 BETWEEN 1 AND 4 AND u8 BETWEEN 1 AND 4 AND u9 BETWEEN 1 AND 4)),
        CHECK (kind <> 'QUICK' OR (score BETWEEN 1 AND 4 AND num_nonnulls(u1, u2, u3, u4, u5, u6, u7, u8, u9) = 0))
      )`);
    // The ADMIN's list: undecided ones of a service point, oldest first.
    await q.query(
      `CREATE INDEX public_rating_held_open_idx ON public_rating_held (agency_id, service_point_id, received_at) WHERE decision IS NULL`,
    );

    await q.query(`
      CREATE TABLE rating_allowance (
        key          text PRIMARY KEY,
        last_at      timestamptz NOT NULL,
        gap_seconds  int NOT NULL CHECK (gap_seconds > 0),
        slide        boolean NOT NULL,
        granted      boolean NOT NULL DEFAULT true
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rating_allowance`);
    await q.query(`DROP TABLE public_rating_held`);
  }
}
