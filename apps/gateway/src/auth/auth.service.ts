import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { AuditService, EmployeesRepository, SessionsRepository } from '@k360/database';
import {
  dummyVerify,
  hashPassword,
  KNOWN_ADDRESS_DAYS,
  loginDelaySeconds,
  LoginThrottleSettings,
  loginThrottleKeys,
  nipFailureTtlSeconds,
  passwordProblem,
  verifyPassword,
} from '@k360/organisation';
import { RateLimiter } from '@k360/queue';
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
 * Password login with a throttle per address and per NIP, JWT access tokens bound to a
 * server-side session, single-use refresh tokens (rotated on every use; reuse revokes the
 * session's whole family), logout that revokes the session, password change.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly employees: EmployeesRepository,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Password login, throttled per client address and per NIP (policy: @k360/organisation
   * login-throttle). Each attempt that reaches the password check is counted first (atomically,
   * so a parallel burst cannot slip past the limits) and un-counted when it succeeds; refused
   * attempts are never checked against the password.
   */
  async login(nip: string, password: string, address: string, requestId?: string): Promise<IssuedTokens> {
    const cleanNip = String(nip).replace(/\s+/g, '');
    const wellFormed = /^\d{18}$/.test(cleanNip) && typeof password === 'string' && password.length <= 200;
    const s = this.throttleSettings();
    const k = loginThrottleKeys(wellFormed ? cleanNip : null, address || 'unknown');

    // 1. Standing blocks. A NIP's block does not apply where it logged in before.
    const [pairBlock, nipBlock, known] = k.pairBlock
      ? await this.limiter.readExpiring([k.pairBlock, k.nipBlock!, k.known!])
      : [undefined, undefined, undefined];
    const knownAddress = Boolean(known?.value);
    if (pairBlock?.ttlSeconds) throw AuthErrors.tooManyAttempts(pairBlock.ttlSeconds);
    if (!knownAddress && nipBlock?.ttlSeconds) throw AuthErrors.tooManyAttempts(nipBlock.ttlSeconds);

    // 2. Count this attempt. Known addresses are not held to the per-address limit.
    const nipTtl = nipFailureTtlSeconds(s);
    const counted: string[] = [];
    let addressCount = 0;
    if (!knownAddress) {
      [addressCount] = await this.limiter.incrementExpiring([k.addressFailures], s.lockMinutes * 60);
      counted.push(k.addressFailures);
    }
    const [nipCount, pairCount] = k.nipFailures ? await this.limiter.incrementExpiring([k.nipFailures, k.pairFailures!], nipTtl) : [0, 0];
    if (k.nipFailures) counted.push(k.nipFailures, k.pairFailures!);
    const refuse = async (key: string, fallbackSeconds: number) => {
      await this.limiter.decrementExpiring(counted);
      const [{ ttlSeconds }] = await this.limiter.readExpiring([key]);
      return AuthErrors.tooManyAttempts(ttlSeconds || fallbackSeconds);
    };
    if (!knownAddress && addressCount > s.addressMaxFailures) throw await refuse(k.addressFailures, s.lockMinutes * 60);
    // Past the free failures, an attempt must take the block itself before it may guess: one
    // guess per delay, also when a burst arrives at once. Its failure sets the (longer) delay.
    let tookNipBlock = false;
    if (!knownAddress && nipCount > s.maxFailures) {
      tookNipBlock = await this.limiter.setExpiringIfAbsent(k.nipBlock!, 1, loginDelaySeconds(nipCount, s));
      if (!tookNipBlock) throw await refuse(k.nipBlock!, 60);
    }
    if (pairCount > s.maxFailures && !(await this.limiter.setExpiringIfAbsent(k.pairBlock!, 1, loginDelaySeconds(pairCount, s))))
      throw await refuse(k.pairBlock!, 60);

    // 3. The password.
    if (!wellFormed) {
      await dummyVerify(String(password).slice(0, 200));
      throw AuthErrors.invalidCredentials();
    }
    const employee = await this.sessions.findCredentialsByNip(cleanNip);
    const ok =
      employee?.passwordHash && employee.active ? await verifyPassword(employee.passwordHash, password) : await dummyVerify(password);
    if (!ok || !employee) {
      const nipDelay = loginDelaySeconds(nipCount, s);
      const pairDelay = loginDelaySeconds(pairCount, s);
      if (nipDelay) await this.limiter.setExpiring(k.nipBlock!, 1, nipDelay);
      if (pairDelay) await this.limiter.setExpiring(k.pairBlock!, 1, pairDelay);
      if (employee) {
        await this.audit.forSystem(employee.agencyId, requestId).record(this.ds.manager, 'LOGIN_FAILED', 'employee', employee.employeeId, {
          after: nipDelay || pairDelay ? { throttledForSeconds: Math.max(nipDelay, pairDelay) } : null,
        });
      }
      throw AuthErrors.invalidCredentials();
    }
    // 4. Success: this attempt is not a failure; this address's own failures are forgiven and it
    // becomes known. The NIP-wide count is left to expire: the owner logging in must not hand a
    // guesser elsewhere a fresh set of free tries.
    await this.limiter.decrementExpiring(counted.filter((key) => key !== k.pairFailures));
    await this.limiter.deleteExpiring([k.pairFailures!, k.pairBlock!, ...(tookNipBlock ? [k.nipBlock!] : [])]);
    await this.limiter.setExpiring(k.known!, 1, KNOWN_ADDRESS_DAYS * 86_400);
    return this.openSession(employee.employeeId, employee.agencyId);
  }

  private throttleSettings(): LoginThrottleSettings {
    return {
      maxFailures: this.config.LOGIN_MAX_FAILURES,
      lockMinutes: this.config.LOGIN_LOCK_MINUTES,
      addressMaxFailures: this.config.LOGIN_ADDRESS_MAX_FAILURES,
    };
  }

  private async openSession(employeeId: string, agencyId: string): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    const sessionId = await this.sessions.open(employeeId, sha256(refreshToken), this.config.REFRESH_TOKEN_TTL_DAYS);
    return { ...(await this.sign(employeeId, sessionId, agencyId)), refreshToken, employeeId };
  }

  private async sign(employeeId: string, sessionId: string, agencyId: string) {
    const claims: AccessClaims = { sub: employeeId, sid: sessionId, agency: agencyId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
    return { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS };
  }

  /**
   * Exchanges a refresh token for a new pair; the old refresh token stops working. A session is a
   * token family (one login and every token rotated from it): presenting a refresh token the
   * family already rotated away from means it was copied, so the whole family is revoked (its
   * newest refresh token and its access tokens stop working) and the reuse is audited.
   */
  async refresh(refreshToken: string, requestId?: string): Promise<IssuedTokens> {
    const presented = sha256(String(refreshToken));
    const newToken = randomBytes(32).toString('base64url');
    const updated = await this.ds.transaction(async (m) => {
      const rotated = await this.sessions.rotate(presented, sha256(newToken), m);
      if (rotated) {
        await this.sessions.rememberRotated(presented, rotated.sessionId, m);
        return rotated;
      }
      const reused = await this.sessions.revokeFamilyOfRotated(presented, m);
      if (reused) {
        await this.audit.forSystem(reused.agencyId, requestId).record(m, 'REFRESH_TOKEN_REUSED', 'employee', reused.employeeId, {
          after: { sessionId: reused.sessionId, familyRevoked: true },
        });
      }
      return null;
    });
    // Rotated hashes of ended sessions detect nothing any more (every token of theirs is refused);
    // drop them now and then rather than on every refresh.
    if (Math.random() < 0.01) await this.sessions.pruneRotated();
    if (!updated) throw AuthErrors.invalidToken();
    return {
      ...(await this.sign(updated.employeeId, updated.sessionId, updated.agencyId)),
      refreshToken: newToken,
      employeeId: updated.employeeId,
    };
  }

  async logout(actor: Actor): Promise<void> {
    await this.sessions.revoke(actor.sessionId);
  }

  /** Changes the caller's password and ends every other session of theirs. */
  async changePassword(actor: Actor, current: string, next: string, requestId?: string): Promise<void> {
    const problem = passwordProblem(next);
    if (problem) throw AuthErrors.weakNewPassword(problem);
    const row = await this.sessions.findCredentialsById(actor.id);
    if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, current))) {
      throw AuthErrors.wrongCurrentPassword();
    }
    const hash = await hashPassword(next);
    await this.ds.transaction(async (m) => {
      await this.employees.setPasswordHash(actor.id, hash, m);
      await this.sessions.revokeOthers(actor.id, actor.sessionId, m);
      await this.audit.forEmployee(actor, requestId).record(m, 'PASSWORD_CHANGED', 'employee', actor.id);
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
    const found = await this.sessions.findActor(claims.sid, claims.sub);
    if (!found) return null;
    return { id: found.employeeId, sessionId: claims.sid, agencyId: found.agencyId, nip: found.nip, name: found.name, roles: found.roles };
  }
}
