import { Injectable } from '@nestjs/common';
import { UnitsRepository } from '@k360/database';
import { Actor, isAdmin } from '../auth/actor';

/**
 * Who may see what of reports, in one place (the role an operation needs is declared on its
 * resolver method with @Roles and decided by the AuthGuard before input validation):
 * - a service point's SKM figures and SKM report: ADMIN of the agency, or a head of the point's
 *   unit (UnitsRepository.headedUnitTree: the one definition of a unit head, which covers the units
 *   below the one they lead);
 * - a round report: the reviewed employee once the round is SCORED, the supervisor the round was
 *   opened under, and ADMIN (what the PDF shows of the result is round-disclosure.ts, as on the
 *   round result page);
 * - a stored report and its PDF: its requester, and ADMIN of the agency;
 * - another agency's ids answer NOT_FOUND (the services read within the caller's agency).
 */
@Injectable()
export class ReportsPolicy {
  constructor(private readonly units: UnitsRepository) {}

  /** May the caller read the SKM figures of a service point in this unit. */
  async mayReadServicePoint(actor: Actor, unitId: string): Promise<boolean> {
    if (isAdmin(actor)) return true;
    return (await this.units.headedUnitTree(actor.id)).includes(unitId);
  }

  /** The units whose service points' SKM the caller may read ('ALL' for ADMIN): one query. */
  async readableUnits(actor: Actor): Promise<'ALL' | Set<string>> {
    return isAdmin(actor) ? 'ALL' : new Set(await this.units.headedUnitTree(actor.id));
  }

  /** May the caller have a report of this round (its status is checked by the service). */
  mayReportRound(actor: Actor, round: { agencyId: string; employeeId: string; supervisorId: string | null }): boolean {
    if (round.agencyId !== actor.agencyId) return false;
    return round.employeeId === actor.id || round.supervisorId === actor.id || isAdmin(actor);
  }

  /** May the caller read a stored report. */
  mayReadReport(actor: Actor, report: { agencyId: string; requestedBy: string }): boolean {
    return report.agencyId === actor.agencyId && (report.requestedBy === actor.id || isAdmin(actor));
  }
}
