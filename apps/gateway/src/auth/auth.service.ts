import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { AuditService, EmployeeEntity } from '@k360/database';
import { dummyVerify, hashPassword, passwordProblem, verifyPassword } from '@k360/organisation';
import { AppError } from '../common/app-error';
import { returning } from '../common/sql';
import { Actor } from './actor';
import { AuthErrors } from './auth.errors';

export interface AccessClaims {
  sub: string;
  sid: string;
  agency: string;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  employeeId: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Password login with lock-out, JWT access tokens bound to a server-side session, single-use
 * refresh tokens (rotated on every use), logout that revokes the session, password change.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(nip: string, password: string, requestId?: string): Promise<IssuedTokens> {
    const cleanNip = String(nip).replace(/\s+/g, '');
    if (!/^\d{18}$/.test(cleanNip) || typeof password !== 'string' || password.length > 200) {
      await dummyVerify(String(password).slice(0, 200));
      throw AuthErrors.invalidCredentials();
    }
    const windowMinutes = this.config.LOGIN_LOCK_MINUTES;
    const [{ failures }] = await this.ds.query(
      `SELECT count(*)::int AS failures FROM login_failure WHERE nip = $1 AND failed_at > now() - make_interval(mins => $2)`,
      [cleanNip, windowMinutes],
    );
    if (failures >= this.config.LOGIN_MAX_FAILURES) throw AuthErrors.locked(windowMinutes);

    const employee = await this.ds
      .getRepository(EmployeeEntity)
      .createQueryBuilder('e')
      .addSelect('e.passwordHash')
      .where('e.nip = :nip', { nip: cleanNip })
      .getOne();
    const ok =
      employee?.passwordHash && employee.active ? await verifyPassword(employee.passwordHash, password) : await dummyVerify(password);
    if (!ok || !employee) {
      await this.ds.query(`INSERT INTO login_failure (nip) VALUES ($1)`, [cleanNip]);
      if (employee) {
        await this.audit.record({
          actorId: null,
          actorKind: 'SYSTEM',
          agencyId: employee.agencyId,
          action: 'LOGIN_FAILED',
          entityType: 'employee',
          entityId: employee.id,
          requestId,
        });
      }
      throw AuthErrors.invalidCredentials();
    }
    await this.ds.query(`DELETE FROM login_failure WHERE nip = $1`, [cleanNip]);
    return this.openSession(employee.id, employee.agencyId);
  }

  private async openSession(employeeId: string, agencyId: string): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    const [session] = await this.ds.query(
      `INSERT INTO auth_session (employee_id, refresh_token_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(days => $3)) RETURNING id`,
      [employeeId, sha256(refreshToken), this.config.REFRESH_TOKEN_TTL_DAYS],
    );
    return { ...(await this.sign(employeeId, session.id, agencyId)), refreshToken, employeeId };
  }

  private async sign(employeeId: string, sessionId: string, agencyId: string) {
    const claims: AccessClaims = { sub: employeeId, sid: sessionId, agency: agencyId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
    return { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS };
  }

  /** Exchanges a refresh token for a new pair; the old refresh token stops working. */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const newToken = randomBytes(32).toString('base64url');
    const [updated] = returning<{ id: string; employee_id: string; agency_id: string }>(
      await this.ds.query(
        `UPDATE auth_session s SET refresh_token_hash = $2, last_used_at = now()
         FROM employee e
        WHERE s.refresh_token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND e.id = s.employee_id AND e.active
        RETURNING s.id, s.employee_id, e.agency_id`,
        [sha256(String(refreshToken)), sha256(newToken)],
      ),
    );
    if (!updated) throw AuthErrors.invalidToken();
    return {
      ...(await this.sign(updated.employee_id, updated.id, updated.agency_id)),
      refreshToken: newToken,
      employeeId: updated.employee_id,
    };
  }

  async logout(actor: Actor): Promise<void> {
    await this.ds.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [actor.sessionId]);
  }

  /** Changes the caller's password and ends every other session of theirs. */
  async changePassword(actor: Actor, current: string, next: string, requestId?: string): Promise<void> {
    const problem = passwordProblem(next);
    if (problem)
      throw new AppError('BAD_USER_INPUT', `Kata sandi baru tidak memenuhi syarat: ${problem}`, [
        { field: 'newPassword', reasons: [problem] },
      ]);
    const row = await this.ds
      .getRepository(EmployeeEntity)
      .createQueryBuilder('e')
      .addSelect('e.passwordHash')
      .where('e.id = :id', { id: actor.id })
      .getOne();
    if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, current))) {
      throw new AppError('INVALID_CREDENTIALS', 'Kata sandi saat ini salah. / The current password is wrong.');
    }
    const hash = await hashPassword(next);
    await this.ds.transaction(async (m) => {
      await m.query(`UPDATE employee SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`, [
        actor.id,
        hash,
      ]);
      await m.query(`UPDATE auth_session SET revoked_at = now() WHERE employee_id = $1 AND id <> $2 AND revoked_at IS NULL`, [
        actor.id,
        actor.sessionId,
      ]);
      await this.audit.record(
        {
          actorId: actor.id,
          actorKind: 'EMPLOYEE',
          agencyId: actor.agencyId,
          action: 'PASSWORD_CHANGED',
          entityType: 'employee',
          entityId: actor.id,
          requestId,
        },
        m,
      );
    });
  }

  /**
   * Resolves a bearer token to the caller: the signature and expiry, then the session (not
   * revoked or expired) and the employee (still active), so logout and deactivation take effect
   * at once. Roles come from the database, not the token.
   */
  async authenticate(token: string): Promise<Actor | null> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token);
    } catch {
      return null;
    }
    const [row] = await this.ds.query(
      `SELECT e.id, e.agency_id, e.nip, e.name, e.roles
         FROM auth_session s JOIN employee e ON e.id = s.employee_id
        WHERE s.id = $1 AND s.employee_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND e.active`,
      [claims.sid, claims.sub],
    );
    if (!row) return null;
    return { id: row.id, sessionId: claims.sid, agencyId: row.agency_id, nip: row.nip, name: row.name, roles: row.roles };
  }
}
