import { Injectable } from '@nestjs/common';
import { EmployeesRepository } from '@k360/database';
import { Actor, isAdmin, isSupervisor } from '../auth/actor';

/** How far up a reporting line `isSubordinate` looks. */
const MAX_CHAIN_DEPTH = 100;

/** Which employees a caller may see: the whole agency, a team (self + all subordinates), or self. */
export type EmployeeScope = { kind: 'agency' } | { kind: 'team' } | { kind: 'self' };

/**
 * Who may see and do what in the organisation, in one place:
 * - ADMIN manages their own agency (units, employees, service points) and reads all of it;
 * - SUPERVISOR reads their direct and indirect subordinates, and acts on direct ones;
 * - EMPLOYEE reads themself;
 * - every staff member reads their agency's unit tree and service points;
 * - nobody sees another agency's data: it answers NOT_FOUND, as if it did not exist.
 *
 * The role an operation needs (ADMIN for every change to units, employees and service points) is
 * not checked here: it is declared on the resolver method with @Roles and decided by the AuthGuard,
 * before input validation. This policy holds the per-record rules that need the record.
 */
@Injectable()
export class OrganisationPolicy {
  constructor(private readonly employees: EmployeesRepository) {}

  employeeScope(actor: Actor): EmployeeScope {
    if (isAdmin(actor)) return { kind: 'agency' };
    if (isSupervisor(actor)) return { kind: 'team' };
    return { kind: 'self' };
  }

  /** True when `employeeId` reports to `supervisorId`, directly or through others. */
  async isSubordinate(supervisorId: string, employeeId: string): Promise<boolean> {
    return this.employees.isAbove(supervisorId, employeeId, MAX_CHAIN_DEPTH);
  }

  async canReadEmployee(actor: Actor, target: { id: string; agencyId: string }): Promise<boolean> {
    if (target.agencyId !== actor.agencyId) return false;
    if (target.id === actor.id || isAdmin(actor)) return true;
    return isSupervisor(actor) && this.isSubordinate(actor.id, target.id);
  }

  /** Acting on an employee (rounds, reviews): ADMIN of the agency, or their direct supervisor. */
  canActOnEmployee(actor: Actor, target: { agencyId: string; supervisorId: string | null }): boolean {
    if (target.agencyId !== actor.agencyId) return false;
    return isAdmin(actor) || (isSupervisor(actor) && target.supervisorId === actor.id);
  }
}
