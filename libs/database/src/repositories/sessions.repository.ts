import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RoleValue } from '../entities/employee.entity';

/** An employee's sign-in credentials: for the password check only, never beyond the auth service. */
export interface EmployeeCredentials {
  employeeId: string;
  agencyId: string;
  active: boolean;
  /** argon2id; null while the employee has no account. */
  passwordHash: string | null;
}

/** The session a refresh token (or a reused, rotated one) belongs to. */
export interface SessionOwner {
  sessionId: string;
  employeeId: string;
  agencyId: string;
}

/** Who a live session (not revoked, not expired, employee active) signs in as. */
export interface SessionActor {
  employeeId: string;
  agencyId: string;
  nip: string;
  name: string;
  roles: RoleValue[];
}

interface CredentialsRow {
  id: string;
  agency_id: string;
  active: boolean;
  password_hash: string | null;
}

interface OwnerRow {
  id: string;
  employee_id: string;
  agency_id: string;
}

const credentials = (r: CredentialsRow): EmployeeCredentials => ({
  employeeId: r.id,
  agencyId: r.agency_id,
  active: r.active,
  passwordHash: r.password_hash,
});
const owner = (r: OwnerRow): SessionOwner => ({ sessionId: r.id, employeeId: r.employee_id, agencyId: r.agency_id });

/**
 * Rows of an `UPDATE … RETURNING` / `DELETE … RETURNING` run through TypeORM's `query()`,
 * which answers `[rows, affectedCount]` for those commands and plain `rows` for the others.
 */
function returned<T>(result: unknown): { rows: T[]; count: number } {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return { rows: result[0] as T[], count: result[1] };
  return { rows: result as T[], count: (result as T[]).length };
}

/**
 * Sign-in sessions (`auth_session`; one per login, a token family) and the refresh tokens each has
 * rotated away from (`auth_rotated_refresh_token`, to detect reuse). Refresh tokens are stored as
 * hashes only: callers pass hashes in.
 *
 * Also the auth-specific reads of `employee` the sign-in needs (credentials by NIP or id, with the
 * password hash). Writes to `employee`, the new password hash included, are EmployeesRepository's
 * (setPasswordHash): every table is written from one repository file. The login throttle's
 * counters are not rows of this aggregate: they live in Redis (or `expiring_counter`) behind
 * @k360/queue's RateLimiter.
 */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The credentials of the employee with this NIP (active or not), or null. */
  async findCredentialsByNip(nip: string, m: EntityManager = this.ds.manager): Promise<EmployeeCredentials | null> {
    const [row] = (await m.query(`SELECT id, agency_id, active, password_hash FROM employee WHERE nip = $1`, [nip])) as CredentialsRow[];
    return row ? credentials(row) : null;
  }

  /** The credentials of this employee (active or not), or null. */
  async findCredentialsById(employeeId: string, m: EntityManager = this.ds.manager): Promise<EmployeeCredentials | null> {
    const [row] = (await m.query(`SELECT id, agency_id, active, password_hash FROM employee WHERE id = $1`, [
      employeeId,
    ])) as CredentialsRow[];
    return row ? credentials(row) : null;
  }

  /** Opens a session valid for `ttlDays` days; returns its id. */
  async open(employeeId: string, refreshTokenHash: string, ttlDays: number, m: EntityManager = this.ds.manager): Promise<string> {
    const [row] = (await m.query(
      `INSERT INTO auth_session (employee_id, refresh_token_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(days => $3)) RETURNING id`,
      [employeeId, refreshTokenHash, ttlDays],
    )) as Array<{ id: string }>;
    return row.id;
  }

  /**
   * Replaces a live session's current refresh token (its employee still active) with a new one;
   * returns the session, or null when `presentedHash` is no live session's current token.
   */
  async rotate(presentedHash: string, newHash: string, m: EntityManager = this.ds.manager): Promise<SessionOwner | null> {
    const { rows } = returned<OwnerRow>(
      await m.query(
        `UPDATE auth_session s SET refresh_token_hash = $2, last_used_at = now()
           FROM employee e
          WHERE s.refresh_token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
            AND e.id = s.employee_id AND e.active
          RETURNING s.id, s.employee_id, e.agency_id`,
        [presentedHash, newHash],
      ),
    );
    return rows[0] ? owner(rows[0]) : null;
  }

  /** Remembers a refresh token the session rotated away from (presenting it again is reuse). */
  async rememberRotated(tokenHash: string, sessionId: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`INSERT INTO auth_rotated_refresh_token (token_hash, session_id) VALUES ($1, $2)`, [tokenHash, sessionId]);
  }

  /**
   * Revokes the not yet revoked session that rotated away from this refresh token (its whole
   * family); returns it, or null when the token was never rotated or the session already ended.
   */
  async revokeFamilyOfRotated(tokenHash: string, m: EntityManager = this.ds.manager): Promise<SessionOwner | null> {
    const { rows } = returned<OwnerRow>(
      await m.query(
        `UPDATE auth_session s SET revoked_at = now()
           FROM auth_rotated_refresh_token t, employee e
          WHERE t.token_hash = $1 AND s.id = t.session_id AND s.revoked_at IS NULL AND e.id = s.employee_id
          RETURNING s.id, s.employee_id, e.agency_id`,
        [tokenHash],
      ),
    );
    return rows[0] ? owner(rows[0]) : null;
  }

  /** Drops the rotated tokens of revoked or expired sessions (they detect nothing any more); returns how many. */
  async pruneRotated(m: EntityManager = this.ds.manager): Promise<number> {
    return returned(
      await m.query(
        `DELETE FROM auth_rotated_refresh_token t USING auth_session s
          WHERE s.id = t.session_id AND (s.revoked_at IS NOT NULL OR s.expires_at < now())`,
      ),
    ).count;
  }

  /** Revokes one session (no-op when already revoked). */
  async revoke(sessionId: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /**
   * Ends every open login session of the employee (deactivated, or password reset by an ADMIN).
   */
  async revokeSessions(employeeId: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE auth_session SET revoked_at = now() WHERE employee_id = $1 AND revoked_at IS NULL`, [employeeId]);
  }

  /** Revokes every live session of the employee except `keepSessionId`. */
  async revokeOthers(employeeId: string, keepSessionId: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE auth_session SET revoked_at = now() WHERE employee_id = $1 AND id <> $2 AND revoked_at IS NULL`, [
      employeeId,
      keepSessionId,
    ]);
  }

  /** The employee a session signs in as, when the session is live and the employee active; else null. */
  async findActor(sessionId: string, employeeId: string, m: EntityManager = this.ds.manager): Promise<SessionActor | null> {
    const [row] = (await m.query(
      `SELECT e.id, e.agency_id, e.nip, e.name, e.roles
         FROM auth_session s JOIN employee e ON e.id = s.employee_id
        WHERE s.id = $1 AND s.employee_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND e.active`,
      [sessionId, employeeId],
    )) as Array<{ id: string; agency_id: string; nip: string; name: string; roles: RoleValue[] }>;
    return row ? { employeeId: row.id, agencyId: row.agency_id, nip: row.nip, name: row.name, roles: row.roles } : null;
  }
}
