import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditService,
  EmployeesRepository,
  FollowUpActionRecord,
  FollowUpFields,
  FollowUpPeriodRecord,
  FollowUpRepository,
  ServicePointRecord,
  ServicePointsRepository,
  UnitsRepository,
} from '@k360/database';
import { elementChange, FOLLOW_UP_MAX_ACTIONS, followUpProblem, IKM_ELEMENTS, nextPeriodOfSameKind, weakestElements } from '@k360/scoring';
import { Actor } from '../auth/actor';
import { AuthErrors } from '../auth/auth.errors';
import { PeriodKind } from '../rounds/models/enums';
import { CreateFollowUpActionInput, FollowUpFieldsInput, SetFollowUpStatusInput, UpdateFollowUpActionInput } from './dto/follow-up.inputs';
import { FollowUpAction, FollowUpElement, FollowUpPeriod, FollowUpPlan, ManagedServicePoint } from './models/follow-up.model';
import { ServiceSatisfactionPolicy } from './service-satisfaction.policy';
import { SatisfactionErrors } from './service-satisfaction.errors';

const ELEMENT_NAMES = new Map<string, string>(IKM_ELEMENTS.map((e) => [e.code, e.name]));

const toPeriod = (p: FollowUpPeriodRecord): FollowUpPeriod => ({
  id: p.id,
  name: p.name,
  kind: p.kind as PeriodKind,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
});

/** What the audit row keeps of an action. */
const auditFields = (a: FollowUpActionRecord) => ({
  elementCode: a.elementCode,
  action: a.action,
  ownerId: a.ownerId,
  dueOn: a.dueOn,
  status: a.status,
  published: a.published,
});

/**
 * The follow-up plan (rencana tindak lanjut, issue 15) for unit heads and ADMIN: per service point
 * and period, actions against the elements, each with "what changed" (the element's NRR in the
 * period and in the next period of the same kind). Rules are libs/scoring follow-up.ts; every
 * change is audited in its transaction.
 */
@Injectable()
export class FollowUpService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: FollowUpRepository,
    private readonly servicePoints: ServicePointsRepository,
    private readonly employees: EmployeesRepository,
    private readonly units: UnitsRepository,
    private readonly policy: ServiceSatisfactionPolicy,
    private readonly audit: AuditService,
  ) {}

  /** The service point of the agency that the caller heads (or ADMIN): NOT_FOUND, NOT_UNIT_HEAD or FORBIDDEN otherwise. */
  private async managedPoint(actor: Actor, servicePointId: string, m?: EntityManager): Promise<ServicePointRecord> {
    const scope = await this.policy.scope(actor);
    if (!this.policy.headsAnything(scope)) throw SatisfactionErrors.notUnitHead();
    const sp = await this.servicePoints.findInAgency(actor.agencyId, servicePointId, m);
    if (!sp) throw SatisfactionErrors.servicePointNotFound();
    if (!this.policy.covers(scope, sp.unitId)) throw AuthErrors.forbidden();
    return sp;
  }

  /** The live service points the caller manages, by unit name then name. */
  async managedServicePoints(actor: Actor): Promise<ManagedServicePoint[]> {
    const scope = await this.policy.scope(actor);
    if (!this.policy.headsAnything(scope)) throw SatisfactionErrors.notUnitHead();
    const points = scope.wholeAgency
      ? await this.servicePoints.list({ agencyId: actor.agencyId })
      : (await this.servicePoints.liveOfUnits(scope.unitIds)).filter((p) => p.agencyId === actor.agencyId);
    const units = new Map((await this.units.findByIds([...new Set(points.map((p) => p.unitId))])).map((u) => [u.id, u.name]));
    return points
      .filter((p) => !p.archivedAt)
      .map((p) => ({ id: p.id, name: p.name, unitId: p.unitId, unitName: units.get(p.unitId) ?? '' }))
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'id') || a.name.localeCompare(b.name, 'id'));
  }

  async plan(actor: Actor, servicePointId: string, periodId: string): Promise<FollowUpPlan> {
    const sp = await this.managedPoint(actor, servicePointId);
    const period = await this.repo.findPeriod(actor.agencyId, periodId);
    if (!period) throw SatisfactionErrors.periodNotFound();
    const next = nextPeriodOfSameKind(period, await this.repo.periodsOfKindAfter(actor.agencyId, period.kind, period.endsOn));
    const nrrs = await this.repo.elementNrrs(sp.id, next ? [period.id, next.id] : [period.id]);
    const actions = await this.repo.list(sp.id, period.id);
    const elements: FollowUpElement[] = IKM_ELEMENTS.map((e) => ({
      code: e.code,
      name: e.name,
      nrr: nrrs.get(period.id)?.get(e.code) ?? null,
    }));
    return {
      agencyId: sp.agencyId,
      servicePointId: sp.id,
      servicePointName: sp.name,
      period: toPeriod(period),
      nextPeriod: next ? toPeriod(next) : null,
      elements,
      suggested: weakestElements(elements).map((e) => ({ code: e.code, name: ELEMENT_NAMES.get(e.code) ?? e.code, nrr: e.nrr })),
      actions: await this.toActions(actions, nrrs, period.id, next?.id ?? null),
    };
  }

  async create(actor: Actor, input: CreateFollowUpActionInput, requestId?: string): Promise<FollowUpAction> {
    return this.ds.transaction(async (m) => {
      const sp = await this.managedPoint(actor, input.servicePointId, m);
      const period = await this.repo.findPeriod(actor.agencyId, input.periodId, m);
      if (!period) throw SatisfactionErrors.periodNotFound();
      const fields = await this.checkedFields(actor, input, period, m);
      if ((await this.repo.count(sp.id, period.id, m)) >= FOLLOW_UP_MAX_ACTIONS) throw SatisfactionErrors.limit();
      const created = await this.repo.insert(
        { ...fields, agencyId: actor.agencyId, servicePointId: sp.id, periodId: period.id, createdBy: actor.id },
        m,
      );
      await this.audit.forEmployee(actor, requestId).record(m, 'FOLLOW_UP_CREATED', 'follow_up_action', created.id, {
        after: { servicePointId: sp.id, periodId: period.id, ...auditFields(created) },
      });
      return this.one(created, period, m);
    });
  }

  async update(actor: Actor, input: UpdateFollowUpActionInput, requestId?: string): Promise<FollowUpAction> {
    return this.ds.transaction(async (m) => {
      const { action, period } = await this.managedAction(actor, input.id, m);
      const fields = await this.checkedFields(actor, input, period, m);
      const saved = await this.repo.update(action.id, fields, m);
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'FOLLOW_UP_UPDATED', 'follow_up_action', action.id, { before: auditFields(action), after: auditFields(saved) });
      return this.one(saved, period, m);
    });
  }

  async setStatus(actor: Actor, input: SetFollowUpStatusInput, requestId?: string): Promise<FollowUpAction> {
    return this.ds.transaction(async (m) => {
      const { action, period } = await this.managedAction(actor, input.id, m);
      if (action.status === input.status) return this.one(action, period, m);
      const saved = await this.repo.update(action.id, { ...auditFields(action), status: input.status }, m);
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'FOLLOW_UP_STATUS_CHANGED', 'follow_up_action', action.id, {
          before: { status: action.status },
          after: { status: saved.status },
        });
      return this.one(saved, period, m);
    });
  }

  async delete(actor: Actor, id: string, requestId?: string): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const { action } = await this.managedAction(actor, id, m);
      await this.repo.delete(action.id, m);
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'FOLLOW_UP_DELETED', 'follow_up_action', action.id, { before: auditFields(action) });
      return true;
    });
  }

  private async managedAction(actor: Actor, id: string, m: EntityManager) {
    const action = await this.repo.find(actor.agencyId, id, true, m);
    if (!action) throw SatisfactionErrors.actionNotFound();
    await this.managedPoint(actor, action.servicePointId, m);
    const period = (await this.repo.findPeriod(actor.agencyId, action.periodId, m)) as FollowUpPeriodRecord;
    return { action, period };
  }

  /** The input's fields after the plan's rules: element and due date (libs/scoring), owner an active employee of the agency. */
  private async checkedFields(
    actor: Actor,
    input: FollowUpFieldsInput,
    period: FollowUpPeriodRecord,
    m: EntityManager,
  ): Promise<FollowUpFields> {
    const problem = followUpProblem(input, period);
    if (problem) throw SatisfactionErrors.followUp(problem);
    const owner = await this.employees.findInAgency(actor.agencyId, input.ownerId, m);
    if (!owner || !owner.active) throw SatisfactionErrors.ownerNotInAgency();
    return {
      elementCode: input.elementCode,
      action: input.action,
      ownerId: owner.id,
      dueOn: input.dueOn,
      status: input.status ?? 'PLANNED',
      published: input.published ?? false,
    };
  }

  private async one(a: FollowUpActionRecord, period: FollowUpPeriodRecord, m: EntityManager): Promise<FollowUpAction> {
    const next = nextPeriodOfSameKind(period, await this.repo.periodsOfKindAfter(a.agencyId, period.kind, period.endsOn, m));
    const nrrs = await this.repo.elementNrrs(a.servicePointId, next ? [period.id, next.id] : [period.id], m);
    return (await this.toActions([a], nrrs, period.id, next?.id ?? null, m))[0];
  }

  /** Actions with their owners (one query for all) and what changed in their element. */
  private async toActions(
    actions: FollowUpActionRecord[],
    nrrs: Map<string, Map<string, number | null>>,
    periodId: string,
    nextId: string | null,
    m?: EntityManager,
  ): Promise<FollowUpAction[]> {
    const owners = new Map((await this.employees.findByIds([...new Set(actions.map((a) => a.ownerId))], m)).map((e) => [e.id, e.name]));
    return actions.map((a) => ({
      id: a.id,
      servicePointId: a.servicePointId,
      periodId: a.periodId,
      elementCode: a.elementCode,
      elementName: ELEMENT_NAMES.get(a.elementCode) ?? a.elementCode,
      action: a.action,
      owner: { id: a.ownerId, name: owners.get(a.ownerId) ?? '' },
      dueOn: a.dueOn,
      status: a.status,
      published: a.published,
      change: elementChange(nrrs.get(periodId)?.get(a.elementCode) ?? null, nextId ? (nrrs.get(nextId)?.get(a.elementCode) ?? null) : null),
      updatedAt: a.updatedAt,
    }));
  }
}
