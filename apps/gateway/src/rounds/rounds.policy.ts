import { Injectable } from '@nestjs/common';
import { Actor, isAdmin } from '../auth/actor';
import { EmployeeScope, OrganisationPolicy } from '../organisation/organisation.policy';

/** The facts of a round its rules look at. */
export interface RoundAccessFacts {
  agencyId: string;
  employeeId: string;
  supervisorId: string | null;
}

/**
 * Who may do what with evaluation rounds, in one place (the per-record rules; the role an
 * operation needs is declared on its resolver method with @Roles and decided by the AuthGuard
 * before input validation):
 * - ADMIN: creates periods, publishes the instrument, opens rounds for a unit, reopens rounds
 *   (declared ADMIN-only on the resolvers);
 * - opening one round (SUPERVISOR or ADMIN, declared): ADMIN of the agency, or the employee's
 *   direct supervisor;
 * - managing a round (reviewers, nominations, closing): ADMIN, or the supervisor it was opened under;
 * - seeing a round's details and feedback: the employee, its managers, their reporting line;
 * - a period's round overview (periodRounds): ADMIN the agency's, SUPERVISOR their direct and
 *   indirect reports' (periodRoundsScope); what each round shows is still round-disclosure.ts;
 * - a period's progress counts (periodProgress): ADMIN only (declared), because submitted counts
 *   summed over a hand-picked set of rounds would bypass the per-round anonymity minimum;
 * - another agency's round answers NOT_FOUND (the services read rounds within the caller's agency).
 * What each viewer sees of a round is round-disclosure.ts.
 */
@Injectable()
export class RoundsPolicy {
  constructor(private readonly organisation: OrganisationPolicy) {}

  /** May the caller open a round for this employee: ADMIN of the agency, or their direct supervisor. */
  canOpenFor(actor: Actor, employee: { agencyId: string; supervisorId: string | null }): boolean {
    return this.organisation.canActOnEmployee(actor, employee);
  }

  /** May the caller manage the round (reviewers, closing): ADMIN, or the supervisor it was opened under. */
  canManage(actor: Actor, round: RoundAccessFacts): boolean {
    return round.agencyId === actor.agencyId && (isAdmin(actor) || round.supervisorId === actor.id);
  }

  /** May the caller see the round's details and feedback: the employee, ADMIN, or their reporting line. */
  async canSeeFeedback(actor: Actor, round: RoundAccessFacts): Promise<boolean> {
    if (round.agencyId !== actor.agencyId) return false;
    if (round.employeeId === actor.id || this.canManage(actor, round)) return true;
    return this.organisation.canReadEmployee(actor, { id: round.employeeId, agencyId: round.agencyId });
  }

  /**
   * Whose rounds the period overview lists: `null` for the whole agency (ADMIN), else the
   * supervisor whose reports' rounds it lists; FORBIDDEN for anyone else.
   */
  periodRoundsScope(actor: Actor): { supervisorId: string | null } | null {
    const scope = this.teamScope(actor);
    if (scope.kind === 'agency') return { supervisorId: null };
    if (scope.kind === 'team') return { supervisorId: actor.id };
    return null;
  }

  /** Whose rounds the caller's team view lists: the agency (ADMIN) or their team (SUPERVISOR). */
  teamScope(actor: Actor): EmployeeScope {
    return this.organisation.employeeScope(actor);
  }
}
