import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, isAdmin, isSupervisor } from '../auth/actor';

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
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  employeeScope(actor: Actor): EmployeeScope {
    if (isAdmin(actor)) return { kind: 'agency' };
    if (isSupervisor(actor)) return { kind: 'team' };
    return { kind: 'self' };
  }

  /** True when `employeeId` reports to `supervisorId`, directly or through others. */
  async isSubordinate(supervisorId: string, employeeId: string): Promise<boolean> {
    const rows = await this.ds.query(
      `WITH RECURSIVE chain AS (
         SELECT supervisor_id, 1 AS depth FROM employee WHERE id = $2
         UNION ALL
         SELECT e.supervisor_id, c.depth + 1 FROM employee e JOIN chain c ON e.id = c.supervisor_id
          WHERE c.depth < 100
       )
       SELECT 1 FROM chain WHERE supervisor_id = $1 LIMIT 1`,
      [supervisorId, employeeId],
    );
    return rows.length > 0;
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
