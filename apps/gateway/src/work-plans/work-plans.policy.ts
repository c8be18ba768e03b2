import { Injectable } from '@nestjs/common';
import { Actor, isAdmin, isSupervisor } from '../auth/actor';
import { OrganisationPolicy } from '../organisation/organisation.policy';

/** The facts of a work plan its rules look at: whose it is, and their current direct supervisor. */
export interface WorkPlanAccessFacts {
  agencyId: string;
  employeeId: string;
  supervisorId: string | null;
}

/**
 * Who may do what with work plans (SKP) and realisations, in one place (the per-record rules; the
 * role an operation needs is declared on WorkPlansResolver with @Roles and decided by the
 * AuthGuard before input validation):
 * - drafting (create, add/update/remove indicators, revise an agreed plan): the employee
 *   themself, their direct supervisor, or ADMIN of the agency;
 * - agreeing: the direct supervisor or ADMIN (SUPERVISOR-or-ADMIN, declared), never the employee
 *   themself;
 * - reporting a realisation: the employee only;
 * - verifying or returning a realisation: the direct supervisor only;
 * - reading a plan and its realisations: the employee, ADMIN, and their reporting line;
 * - the team view lists the caller's direct reports (SUPERVISOR-or-ADMIN, declared);
 * - another agency's plan, indicator or realisation answers NOT_FOUND (the service reads within
 *   the caller's agency).
 */
@Injectable()
export class WorkPlansPolicy {
  constructor(private readonly organisation: OrganisationPolicy) {}

  private isDirectSupervisor(actor: Actor, plan: WorkPlanAccessFacts): boolean {
    return isSupervisor(actor) && plan.supervisorId === actor.id;
  }

  canDraft(actor: Actor, plan: WorkPlanAccessFacts): boolean {
    if (plan.agencyId !== actor.agencyId) return false;
    return plan.employeeId === actor.id || isAdmin(actor) || this.isDirectSupervisor(actor, plan);
  }

  canAgree(actor: Actor, plan: WorkPlanAccessFacts): boolean {
    if (plan.agencyId !== actor.agencyId || plan.employeeId === actor.id) return false;
    return isAdmin(actor) || this.isDirectSupervisor(actor, plan);
  }

  canReport(actor: Actor, plan: WorkPlanAccessFacts): boolean {
    return plan.agencyId === actor.agencyId && plan.employeeId === actor.id;
  }

  canVerify(actor: Actor, plan: WorkPlanAccessFacts): boolean {
    return plan.agencyId === actor.agencyId && plan.employeeId !== actor.id && this.isDirectSupervisor(actor, plan);
  }

  canRead(actor: Actor, plan: WorkPlanAccessFacts): Promise<boolean> {
    return this.organisation.canReadEmployee(actor, { id: plan.employeeId, agencyId: plan.agencyId });
  }
}
