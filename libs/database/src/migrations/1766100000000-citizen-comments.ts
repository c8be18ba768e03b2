import { MigrationInterface, QueryRunner } from 'typeorm';
import { HANDLED_NOTE_MAX_CHARACTERS, HIDE_REASON_MAX_CHARACTERS, HIDE_REASON_MIN_CHARACTERS } from '@k360/scoring';

/**
 * Citizens' comments and the low-satisfaction alert (issue 15).
 * - comment_state: what staff did with a rating's comment (handled, with an optional note; hidden
 *   as abusive, with a reason). Ratings stay append-only: the state lives here, keyed by the
 *   rating's id, and a rating without a row is OPEN.
 * - A partial index over the ratings that carry a comment, newest first per agency, for the list.
 * - notification: a sixth kind, SATISFACTION_LOW, about a service point (new column).
 */
export class CitizenComments1766100000000 implements MigrationInterface {
  name = 'CitizenComments1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE comment_state (
        rating_id        uuid PRIMARY KEY,
        agency_id        uuid NOT NULL REFERENCES agency(id),
        handled_at       timestamptz,
        handled_by       uuid REFERENCES employee(id),
        handled_note     text CHECK (length(handled_note) <= ${HANDLED_NOTE_MAX_CHARACTERS}),
        hidden_at        timestamptz,
        hidden_by        uuid REFERENCES employee(id),
        hidden_reason    text CHECK (length(btrim(hidden_reason)) BETWEEN ${HIDE_REASON_MIN_CHARACTERS} AND ${HIDE_REASON_MAX_CHARACTERS}),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CHECK ((handled_at IS NULL) = (handled_by IS NULL)),
        CHECK ((hidden_at IS NULL) = (hidden_by IS NULL) AND (hidden_at IS NULL) = (hidden_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX public_rating_comment_idx ON public_rating (agency_id, submitted_at DESC) WHERE comment IS NOT NULL`);
    await q.query(`ALTER TABLE notification ADD COLUMN service_point_id uuid REFERENCES service_point(id)`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('REVIEW_WAITING', 'NOMINATION_TO_DECIDE', 'ROUND_READY_TO_CLOSE', 'DEADLINE_SOON', 'NOMINATION_DECIDED', 'SATISFACTION_LOW'))`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_satisfaction_low_ck CHECK (kind <> 'SATISFACTION_LOW' OR service_point_id IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind = 'SATISFACTION_LOW'`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_satisfaction_low_ck`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('REVIEW_WAITING', 'NOMINATION_TO_DECIDE', 'ROUND_READY_TO_CLOSE', 'DEADLINE_SOON', 'NOMINATION_DECIDED'))`);
    await q.query(`ALTER TABLE notification DROP COLUMN service_point_id`);
    await q.query(`DROP INDEX public_rating_comment_idx`);
    await q.query(`DROP TABLE comment_state`);
  }
}
