import { Injectable } from '@nestjs/common';
import { UnitsRepository } from '@k360/database';
import { Actor, isAdmin } from '../auth/actor';

/** What the caller may see of service satisfaction: the whole agency (ADMIN) or these units. */
export type SatisfactionScope = { wholeAgency: true } | { wholeAgency: false; unitIds: string[] };

/**
 * Who may do what with citizens' comments and the follow-up plan, in one place (the role an
 * operation needs, ADMIN or SUPERVISOR, is declared on the resolvers with @Roles and decided by the
 * AuthGuard before input validation):
 * - ADMIN: the whole agency;
 * - a unit head: the service points of the units UnitsRepository.headedUnitTree gives them (the
 *   one definition of a unit head), read and write alike;
 * - a SUPERVISOR who heads no unit: NOT_UNIT_HEAD;
 * - another agency's records answer NOT_FOUND (the services read within the caller's agency).
 */
@Injectable()
export class ServiceSatisfactionPolicy {
  constructor(private readonly units: UnitsRepository) {}

  async scope(actor: Actor): Promise<SatisfactionScope> {
    if (isAdmin(actor)) return { wholeAgency: true };
    return { wholeAgency: false, unitIds: await this.units.headedUnitTree(actor.id) };
  }

  /** Is the unit in the scope (ADMIN: any unit of the agency; the caller's agency is checked by the service). */
  covers(scope: SatisfactionScope, unitId: string): boolean {
    return scope.wholeAgency || scope.unitIds.includes(unitId);
  }

  /** Does the caller head anything at all (ADMIN always). */
  headsAnything(scope: SatisfactionScope): boolean {
    return scope.wholeAgency || scope.unitIds.length > 0;
  }
}
