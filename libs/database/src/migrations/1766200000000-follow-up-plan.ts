import { MigrationInterface, QueryRunner } from 'typeorm';
import { FOLLOW_UP_ACTION_MAX_CHARACTERS, FOLLOW_UP_ACTION_MIN_CHARACTERS, IKM_ELEMENT_CODES } from '@k360/scoring';

/**
 * The follow-up plan (rencana tindak lanjut, issue 15): per service point and period, actions
 * against the survey's elements with an owner, a due date, a status and a published flag (only
 * published actions reach the public transparency page). The due date's window against the period
 * is checked by the service (libs/scoring followUpProblem), the rest here.
 */
export class FollowUpPlan1766200000000 implements MigrationInterface {
  name = 'FollowUpPlan1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE follow_up_action (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id        uuid NOT NULL REFERENCES agency(id),
        service_point_id uuid NOT NULL REFERENCES service_point(id),
        period_id        uuid NOT NULL REFERENCES period(id),
        element_code     text NOT NULL CHECK (element_code IN (${IKM_ELEMENT_CODES.map((c) => `'${c}'`).join(', ')})),
        action           text NOT NULL CHECK (length(btrim(action)) BETWEEN ${FOLLOW_UP_ACTION_MIN_CHARACTERS} AND ${FOLLOW_UP_ACTION_MAX_CHARACTERS}),
        owner_id         uuid NOT NULL REFERENCES employee(id),
        due_on           date NOT NULL,
        status           text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
        published        boolean NOT NULL DEFAULT false,
        created_by       uuid NOT NULL REFERENCES employee(id),
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX follow_up_action_plan_idx ON follow_up_action (service_point_id, period_id, created_at, id)`);
    await q.query(`CREATE INDEX follow_up_action_published_idx ON follow_up_action (agency_id) WHERE published`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE follow_up_action`);
  }
}
