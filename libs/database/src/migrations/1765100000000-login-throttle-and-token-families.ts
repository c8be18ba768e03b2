import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login hardening.
 * - `auth_rotated_refresh_token`: every refresh token a session (= token family, one per login)
 *   has rotated away from, hashed. Presenting one again is reuse: the whole family is revoked.
 *   Rows go with their session.
 * - `expiring_counter`: counters and markers with an expiry (failed logins per address and per
 *   NIP, temporary blocks, known addresses) for when no Redis runs; unlogged, as losing them in a
 *   crash only forgets recent failures.
 * `login_failure` is no longer written (the throttle moved to the counters above); it is left in
 * place so a replica still running the previous version during a rolling update keeps working.
 */
export class LoginThrottleAndTokenFamilies1765100000000 implements MigrationInterface {
  name = 'LoginThrottleAndTokenFamilies1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auth_rotated_refresh_token (
        token_hash text PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES auth_session(id) ON DELETE CASCADE,
        rotated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX auth_rotated_refresh_token_session_idx ON auth_rotated_refresh_token (session_id)`);
    await q.query(`
      CREATE UNLOGGED TABLE expiring_counter (
        key        text PRIMARY KEY,
        value      bigint NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX expiring_counter_expires_idx ON expiring_counter (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE expiring_counter`);
    await q.query(`DROP TABLE auth_rotated_refresh_token`);
  }
}
