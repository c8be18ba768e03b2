import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scoring policies per agency (issue 13): each row is one published version of an agency's policy,
 * as the snapshot a round takes when it opens (libs/scoring ScoringPolicy; its rules in
 * libs/scoring/src/policy-rules.ts). Version 1 is the project default ARCAMANIK_360_V1, which is
 * code, not a row: an agency's first publication is version 2. Append-only: a change is a new
 * version; rounds keep the snapshot they opened with.
 */
export class ScoringPolicies1765600000000 implements MigrationInterface {
  name = 'ScoringPolicies1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scoring_policy (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id    uuid NOT NULL REFERENCES agency(id),
        version      integer NOT NULL CHECK (version >= 2),
        code         text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}_V[0-9]+$' AND code LIKE ('%\\_V' || version)),
        policy       jsonb NOT NULL CHECK (jsonb_typeof(policy) = 'object' AND policy->>'code' = code),
        published_by uuid NOT NULL REFERENCES employee(id),
        published_at timestamptz NOT NULL DEFAULT now(),
        reason       text NOT NULL CHECK (length(btrim(reason)) BETWEEN 5 AND 2000),
        CONSTRAINT scoring_policy_agency_version_uq UNIQUE (agency_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scoring_policy`);
  }
}
