import { Injectable } from '@nestjs/common';
import type { RoundRecord } from '@k360/database';
import { Actor, isAdmin, isSupervisor } from '../auth/actor';
import type { Viewer } from '../rounds/round-disclosure';

/** Whose rounds a team dashboard lists: the agency (ADMIN) or a team (SUPERVISOR); null: nobody's. */
export type TeamDashboardScope = { kind: 'agency' } | { kind: 'team' } | null;

/**
 * Who may see which team dashboard, in one place. The role (SUPERVISOR or ADMIN) is declared on
 * the resolver with @Roles and decided by the AuthGuard before input validation; the export route
 * asks `scope` before it reads its query string. The record rules:
 * - ADMIN: the agency's rounds of the period; may pick any unit of the agency;
 * - SUPERVISOR: the rounds of their direct reports and every round opened in a unit they head or
 *   below it (UnitsRepository.headedUnitTree, the one definition of a unit head); may pick only
 *   one of those units (UNIT_NOT_HEADED otherwise);
 * - the caller's own round is never on their dashboard (they have "Hasil saya");
 * - another agency's period, unit or round answers NOT_FOUND, as if it did not exist.
 * What each row shows is round-disclosure.ts: the caller is the round's MANAGER (ADMIN, or the
 * supervisor the round was opened under), else its LINE: a unit head reads the rounds of their
 * units as a supervisor higher up the reporting line does.
 */
@Injectable()
export class TeamDashboardPolicy {
  scope(actor: Actor): TeamDashboardScope {
    if (isAdmin(actor)) return { kind: 'agency' };
    if (isSupervisor(actor)) return { kind: 'team' };
    return null;
  }

  /** May the caller filter by this unit of their agency (`headed`: the units they head, with those below). */
  mayPickUnit(actor: Actor, unitId: string, headed: readonly string[]): boolean {
    return isAdmin(actor) || headed.includes(unitId);
  }

  /** The caller's viewer class for a round on their dashboard (never EMPLOYEE: their own round is left out). */
  viewerOf(actor: Actor, round: Pick<RoundRecord, 'agencyId' | 'supervisorId'>): Viewer {
    if (round.agencyId !== actor.agencyId) return 'REVIEWER';
    return isAdmin(actor) || round.supervisorId === actor.id ? 'MANAGER' : 'LINE';
  }
}
