import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditService,
  AutomaticIndicatorMonth,
  AutomaticIndicatorsRepository,
  IndicatorFields,
  IndicatorRecord,
  INDICATOR_NAME_UQ,
  MissingReportRecord,
  RealisationEventRecord,
  RealisationRecord,
  WORK_PLAN_EMPLOYEE_YEAR_UQ,
  TeamPlanRecord,
  WorkPlanRecord,
  WorkPlansRepository,
  WorkPlanVersionRecord,
} from '@k360/database';
import { Actor, isAdmin } from '../auth/actor';
import { AuthErrors } from '../auth/auth.errors';
import { AppError } from '../common/app-error';
import { isUuid } from '../common/uuid';
import { isUniqueViolation } from '../organisation/organisation.errors';
import {
  AddIndicatorInput,
  CreateWorkPlanInput,
  IndicatorFieldsInput,
  MONTH_PATTERN,
  PLAN_YEAR_MAX,
  PLAN_YEAR_MIN,
  ReportRealisationInput,
  ReviseWorkPlanInput,
  TARGET_MAX,
  UpdateIndicatorInput,
  VerifyRealisationInput,
  WEIGHT_MAX,
} from './dto/work-plan.inputs';
import * as Enums from './models/enums';
import {
  EmployeeMonitoring,
  Indicator,
  IndicatorMonitoring,
  MonitoringMonth,
  Realisation,
  RealisationEvent,
  TeamWorkPlan,
  WorkPlan,
  WorkPlanVersion,
} from './models/work-plan.models';
import { behindTarget, monthlyTarget, monthsUpTo } from './work-plan-monitoring';
import { WorkPlanErrors } from './work-plans.errors';
import { WorkPlansPolicy } from './work-plans.policy';

/** What an automatic indicator must be: its values are computed, so their sense is fixed. */
const AUTOMATIC_SHAPE: Partial<
  Record<Enums.IndicatorSource, { direction: Enums.Direction; aggregation: Enums.Aggregation; says: string }>
> = {
  [Enums.IndicatorSource.CITIZEN_SATISFACTION]: {
    direction: Enums.Direction.HIGHER_IS_BETTER,
    aggregation: Enums.Aggregation.AVERAGE,
    says: 'HIGHER_IS_BETTER dan AVERAGE / HIGHER_IS_BETTER and AVERAGE',
  },
  [Enums.IndicatorSource.SERVICE_COMPLETION_TIME]: {
    direction: Enums.Direction.LOWER_IS_BETTER,
    aggregation: Enums.Aggregation.AVERAGE,
    says: 'LOWER_IS_BETTER dan AVERAGE / LOWER_IS_BETTER and AVERAGE',
  },
};

const toIndicator = (i: IndicatorRecord): Indicator => ({
  id: i.id,
  workPlanId: i.workPlanId,
  name: i.name,
  unit: i.unit,
  target: i.target,
  weight: i.weight,
  direction: i.direction as Enums.Direction,
  aggregation: i.aggregation as Enums.Aggregation,
  source: i.source as Enums.IndicatorSource,
  method: i.method,
});

const toWorkPlan = (p: WorkPlanRecord, indicators: IndicatorRecord[], missing: MissingReportRecord[] = []): WorkPlan => ({
  id: p.id,
  employeeId: p.employeeId,
  year: p.year,
  status: p.status as Enums.WorkPlanStatus,
  version: p.version,
  agreedById: p.agreedBy,
  agreedAt: p.agreedAt,
  createdById: p.createdBy,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
  indicators: indicators.filter((i) => i.workPlanId === p.id).map(toIndicator),
  missingReports: missing.filter((r) => r.workPlanId === p.id).map((r) => ({ indicatorId: r.indicatorId, month: r.month })),
  agencyId: p.agencyId,
  supervisorId: p.supervisorId,
});

const toEvent = (e: RealisationEventRecord): RealisationEvent => ({
  id: e.id,
  action: e.action as Enums.RealisationAction,
  actorId: e.actorId,
  actorName: e.actorName,
  value: e.value,
  note: e.note,
  evidenceUrl: e.evidenceUrl,
  at: e.at,
});

const toRealisation = (r: RealisationRecord, events: RealisationEventRecord[]): Realisation => ({
  id: r.id,
  workPlanId: r.workPlanId,
  indicatorId: r.indicatorId,
  month: r.month,
  value: r.value,
  note: r.note,
  evidenceUrl: r.evidenceUrl,
  status: r.status as Enums.RealisationStatus,
  reportedAt: r.reportedAt,
  decidedAt: r.decidedAt,
  feedback: r.feedback,
  thread: events.filter((e) => e.realisationId === r.id).map(toEvent),
});

const toVersion = (v: WorkPlanVersionRecord): WorkPlanVersion => ({
  version: v.version,
  reason: v.reason,
  createdById: v.createdBy,
  createdByName: v.createdByName,
  createdAt: v.createdAt,
  agreedById: v.agreedBy,
  agreedByName: v.agreedByName,
  agreedAt: v.agreedAt,
  indicators:
    v.indicators?.map((i) => ({
      ...i,
      direction: i.direction as Enums.Direction,
      aggregation: i.aggregation as Enums.Aggregation,
      source: i.source as Enums.IndicatorSource,
    })) ?? null,
});

/**
 * Work plans (SKP) and monthly realisations: the hasil kerja half of a rating (docs/domain.md,
 * "Hasil kerja"). Rules: one plan per employee per year; indicators change only while the plan is
 * DRAFT; the direct supervisor (or ADMIN) agrees it, which keeps a snapshot of the indicators in
 * the version's history; a change after agreement opens a new version with a reason (back to
 * DRAFT). On an AGREED plan the employee reports each MANUAL indicator per month (within the
 * plan's year, not after the current month of the agency); the direct supervisor verifies it or
 * returns it with feedback; a returned (or still submitted) report is corrected by reporting again
 * (same row, back to SUBMITTED); a verified one is final. Every step is a thread entry and an
 * audit row, in the transaction of the change.
 * Who may act: the role an operation needs is declared on WorkPlansResolver (@Roles, decided by
 * the AuthGuard before input validation); the per-record rules are WorkPlansPolicy, checked
 * before the service's own input rules.
 */
@Injectable()
export class WorkPlansService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: WorkPlansRepository,
    private readonly audit: AuditService,
    private readonly policy: WorkPlansPolicy,
    private readonly automatic: AutomaticIndicatorsRepository,
  ) {}

  // ---- plans --------------------------------------------------------------------------------

  async createWorkPlan(actor: Actor, input: CreateWorkPlanInput, requestId?: string): Promise<WorkPlan> {
    return this.ds.transaction(async (m) => {
      const employee = await this.repo.findEmployee(actor.agencyId, input.employeeId, m);
      if (!employee) throw WorkPlanErrors.employeeNotFound();
      if (!this.policy.canDraft(actor, { agencyId: employee.agencyId, employeeId: employee.id, supervisorId: employee.supervisorId }))
        throw AuthErrors.forbidden();
      let plan: WorkPlanRecord;
      try {
        plan = await this.repo.createPlan({ agencyId: actor.agencyId, employeeId: employee.id, year: input.year, createdBy: actor.id }, m);
      } catch (err) {
        if (isUniqueViolation(err, WORK_PLAN_EMPLOYEE_YEAR_UQ)) throw WorkPlanErrors.duplicateWorkPlan(input.year);
        throw err;
      }
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'WORK_PLAN_CREATED', 'work_plan', plan.id, { after: { employeeId: employee.id, year: input.year } });
      return toWorkPlan(plan, []);
    });
  }

  async getWorkPlan(actor: Actor, id: string): Promise<WorkPlan> {
    const plan = await this.readablePlan(actor, id);
    return toWorkPlan(plan, await this.repo.indicatorsOf([plan.id]), await this.repo.missingReports([plan.id]));
  }

  /** The caller's own plan of the year, or null. */
  async myWorkPlan(actor: Actor, year: number): Promise<WorkPlan | null> {
    const plan = await this.repo.findPlanOf(actor.agencyId, actor.id, year);
    return plan ? toWorkPlan(plan, await this.repo.indicatorsOf([plan.id]), await this.repo.missingReports([plan.id])) : null;
  }

  /** The caller's active direct reports, by name, each with their plan of the year or null. */
  async teamWorkPlans(actor: Actor, year: number): Promise<TeamWorkPlan[]> {
    const team = await this.repo.teamPlans(actor.agencyId, actor.id, year);
    const planIds = team.flatMap((t) => (t.plan ? [t.plan.id] : []));
    const [indicators, missing] = [await this.repo.indicatorsOf(planIds), await this.repo.missingReports(planIds)];
    return team.map((t) => ({ employeeId: t.employeeId, workPlan: t.plan ? toWorkPlan(t.plan, indicators, missing) : null }));
  }

  /**
   * The supervisor's monitoring of a month (1–12) of a year: for each of their active direct
   * reports (ADMIN: the active members of `unitId`, or their own direct reports without it), each
   * indicator of the plan of the year with the month's report status (MANUAL) or computed value
   * (automatic), the value against the monthly target, whether it is behind, and the trend from
   * January. The same five queries whatever the team's size: the team with plans, their
   * indicators, their realisations of the year so far, their computed months, the agency's
   * current month (and one DataLoader batch for EmployeeMonitoring.employee).
   */
  async monitoring(actor: Actor, year: number, month: number, unitId?: string | null): Promise<EmployeeMonitoring[]> {
    if (!Number.isInteger(year) || year < PLAN_YEAR_MIN || year > PLAN_YEAR_MAX)
      throw new AppError(
        'BAD_USER_INPUT',
        `Masukan tidak valid: year harus ${PLAN_YEAR_MIN}–${PLAN_YEAR_MAX}. / year must be ${PLAN_YEAR_MIN}–${PLAN_YEAR_MAX}.`,
        [{ field: 'year', reasons: [`must be an integer from ${PLAN_YEAR_MIN} to ${PLAN_YEAR_MAX}`] }],
      );
    if (!Number.isInteger(month) || month < 1 || month > 12)
      throw new AppError('BAD_USER_INPUT', 'Masukan tidak valid: month harus 1–12. / month must be 1–12.', [
        { field: 'month', reasons: ['must be an integer from 1 to 12'] },
      ]);
    let team: TeamPlanRecord[];
    if (unitId) {
      if (!isAdmin(actor)) throw AuthErrors.forbidden();
      if (!isUuid(unitId) || !(await this.repo.unitExists(actor.agencyId, unitId))) throw WorkPlanErrors.unitNotFound();
      team = await this.repo.unitPlans(actor.agencyId, unitId, year);
    } else {
      team = await this.repo.teamPlans(actor.agencyId, actor.id, year);
    }
    const months = monthsUpTo(year, month);
    const asked = months[months.length - 1];
    const plans = team.flatMap((t) => (t.plan ? [t.plan] : []));
    const planIds = plans.map((p) => p.id);
    const [indicators, realisations, automatic, current] = [
      await this.repo.indicatorsOf(planIds),
      await this.repo.realisationsOfPlans(planIds, months[0], asked),
      await this.automatic.forEmployees(
        plans.map((p) => p.employeeId),
        months[0],
        asked,
      ),
      await this.repo.currentMonth(actor.agencyId),
    ];
    const reportOf = new Map(realisations.map((r) => [`${r.indicatorId}:${r.month}`, r]));
    const computedOf = new Map<string, AutomaticIndicatorMonth>(automatic.map((a) => [`${a.employeeId}:${a.source}:${a.month}`, a]));
    const monthOf = (i: IndicatorRecord, employeeId: string, mo: string): MonitoringMonth => {
      if (i.source !== 'MANUAL') {
        const c = computedOf.get(`${employeeId}:${i.source}:${mo}`);
        return { month: mo, status: Enums.MonthlyReportStatus.AUTOMATIC, value: c?.value ?? null, sampleSize: c?.sampleSize ?? 0 };
      }
      const r = reportOf.get(`${i.id}:${mo}`);
      if (!r) return { month: mo, status: Enums.MonthlyReportStatus.NOT_REPORTED, value: null, sampleSize: null };
      return {
        month: mo,
        status: r.status as Enums.MonthlyReportStatus,
        value: r.status === 'RETURNED' ? null : r.value,
        sampleSize: null,
      };
    };
    return team.map((t) => {
      const lines: IndicatorMonitoring[] = t.plan
        ? indicators
            .filter((i) => i.workPlanId === t.plan!.id)
            .map((i) => {
              const trend = months.map((mo) => monthOf(i, t.employeeId, mo));
              const now = trend[trend.length - 1];
              const target = monthlyTarget(i.target, i.aggregation);
              const unreported = now.status === Enums.MonthlyReportStatus.NOT_REPORTED || now.status === Enums.MonthlyReportStatus.RETURNED;
              return {
                indicator: toIndicator(i),
                status: now.status,
                late: i.source === 'MANUAL' && t.plan!.status === 'AGREED' && asked < current && unreported,
                value: now.value,
                sampleSize: now.sampleSize,
                monthlyTarget: target,
                behindTarget: behindTarget(now.value, target, i.direction),
                trend,
              };
            })
        : [];
      const manual = lines.filter((l) => l.indicator.source === Enums.IndicatorSource.MANUAL);
      return {
        employeeId: t.employeeId,
        workPlanId: t.plan?.id ?? null,
        workPlanStatus: (t.plan?.status as Enums.WorkPlanStatus | undefined) ?? null,
        indicators: lines,
        reported: manual.filter((l) => l.status === Enums.MonthlyReportStatus.SUBMITTED || l.status === Enums.MonthlyReportStatus.VERIFIED)
          .length,
        notReported: manual.filter((l) => l.status === Enums.MonthlyReportStatus.NOT_REPORTED).length,
        returned: manual.filter((l) => l.status === Enums.MonthlyReportStatus.RETURNED).length,
        behindTarget: lines.filter((l) => l.behindTarget === true).length,
      };
    });
  }

  /** The versions of a plan the caller may read (WorkPlan.versions). */
  async versions(plan: WorkPlan): Promise<WorkPlanVersion[]> {
    return (await this.repo.versionsOf(plan.id)).map(toVersion);
  }

  async agreeWorkPlan(actor: Actor, workPlanId: string, requestId?: string): Promise<WorkPlan> {
    return this.ds.transaction(async (m) => {
      const plan = await this.plan(actor, workPlanId, m, 'update');
      if (!this.policy.canAgree(actor, plan)) throw AuthErrors.forbidden();
      if (plan.status !== 'DRAFT') throw WorkPlanErrors.notDraft();
      const indicators = await this.repo.indicatorsOf([plan.id], m);
      if (!indicators.length) throw WorkPlanErrors.empty();
      const agreed = await this.repo.agree(plan, actor.id, m);
      await this.audit.forEmployee(actor, requestId).record(m, 'WORK_PLAN_AGREED', 'work_plan', plan.id, {
        before: { status: plan.status },
        after: { status: agreed.status, version: agreed.version, indicators: indicators.map((i) => i.id) },
      });
      return toWorkPlan(agreed, indicators, await this.repo.missingReports([plan.id], m));
    });
  }

  /** Opens a new version of an agreed plan (back to DRAFT, to be agreed again); the agreed versions stay in the history. */
  async reviseWorkPlan(actor: Actor, input: ReviseWorkPlanInput, requestId?: string): Promise<WorkPlan> {
    return this.ds.transaction(async (m) => {
      const plan = await this.plan(actor, input.workPlanId, m, 'update');
      if (!this.policy.canDraft(actor, plan)) throw AuthErrors.forbidden();
      if (plan.status !== 'AGREED') throw WorkPlanErrors.notAgreed();
      const revised = await this.repo.revise(plan, input.reason, actor.id, m);
      await this.audit.forEmployee(actor, requestId).record(m, 'WORK_PLAN_REVISED', 'work_plan', plan.id, {
        before: { status: plan.status, version: plan.version },
        after: { status: revised.status, version: revised.version, reason: input.reason },
      });
      return toWorkPlan(revised, await this.repo.indicatorsOf([plan.id], m));
    });
  }

  // ---- indicators ---------------------------------------------------------------------------

  async addIndicator(actor: Actor, input: AddIndicatorInput, requestId?: string): Promise<Indicator> {
    return this.ds.transaction(async (m) => {
      const plan = await this.plan(actor, input.workPlanId, m, 'update');
      if (!this.policy.canDraft(actor, plan)) throw AuthErrors.forbidden();
      if (plan.status !== 'DRAFT') throw WorkPlanErrors.notDraft();
      const fields = this.indicatorFields(input);
      const indicator = await uniqueIndicatorName(() => this.repo.addIndicator(plan, fields, m));
      await this.repo.touch(plan.id, m);
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'INDICATOR_ADDED', 'indicator', indicator.id, { after: { workPlanId: plan.id, ...fields } });
      return toIndicator(indicator);
    });
  }

  async updateIndicator(actor: Actor, input: UpdateIndicatorInput, requestId?: string): Promise<Indicator> {
    return this.ds.transaction(async (m) => {
      const { plan, indicator } = await this.draftIndicator(actor, input.indicatorId, m);
      const fields = this.indicatorFields(input);
      const updated = await uniqueIndicatorName(() => this.repo.updateIndicator(indicator, fields, m));
      await this.repo.touch(plan.id, m);
      await this.audit.forEmployee(actor, requestId).record(m, 'INDICATOR_UPDATED', 'indicator', indicator.id, {
        before: fieldsOf(indicator) as unknown as Record<string, unknown>,
        after: { ...fields },
      });
      return toIndicator(updated);
    });
  }

  /** Removes an indicator of a DRAFT plan that has no realisations; answers the plan. */
  async removeIndicator(actor: Actor, indicatorId: string, requestId?: string): Promise<WorkPlan> {
    return this.ds.transaction(async (m) => {
      const { plan, indicator } = await this.draftIndicator(actor, indicatorId, m);
      if ((await this.repo.realisationCount(indicator.id, m)) > 0) throw WorkPlanErrors.hasRealisations();
      await this.repo.removeIndicator(indicator, m);
      await this.repo.touch(plan.id, m);
      await this.audit.forEmployee(actor, requestId).record(m, 'INDICATOR_REMOVED', 'indicator', indicator.id, {
        before: { workPlanId: plan.id, ...fieldsOf(indicator) },
      });
      return toWorkPlan((await this.repo.findPlan(actor.agencyId, plan.id, m))!, await this.repo.indicatorsOf([plan.id], m));
    });
  }

  // ---- realisations -------------------------------------------------------------------------

  /**
   * The employee reports (or corrects) a MANUAL indicator's value for a month. The first report
   * of a month is REPORTED; a report while SUBMITTED or RETURNED replaces the value (CORRECTED,
   * back to SUBMITTED); a VERIFIED month is final.
   */
  async reportRealisation(actor: Actor, input: ReportRealisationInput, requestId?: string): Promise<Realisation> {
    return this.ds.transaction(async (m) => {
      const found = await this.repo.findIndicator(actor.agencyId, input.indicatorId, m);
      if (!found) throw WorkPlanErrors.indicatorNotFound();
      const plan = await this.plan(actor, found.workPlanId, m, 'share');
      if (!this.policy.canReport(actor, plan)) throw AuthErrors.forbidden();
      if (plan.status !== 'AGREED') throw WorkPlanErrors.notAgreed();
      if (found.source !== 'MANUAL') throw WorkPlanErrors.notManual();
      if (Number(input.month.slice(0, 4)) !== plan.year) throw WorkPlanErrors.monthOutOfPlanYear(plan.year);
      if (input.month > (await this.repo.currentMonth(actor.agencyId, m))) throw WorkPlanErrors.monthInFuture();
      await this.repo.lockIndicator(found.id, m);
      const report = { value: input.value, note: input.note ?? null, evidenceUrl: input.evidenceUrl ?? null, reportedBy: actor.id };
      const current = await this.repo.findRealisationForMonth(found.id, input.month, m);
      const scope = this.audit.forEmployee(actor, requestId);
      let saved: RealisationRecord;
      if (!current) {
        saved = await this.repo.insertRealisation({ indicator: found, month: input.month, ...report }, m);
        await this.repo.addEvent(
          { agencyId: actor.agencyId, realisationId: saved.id, actorId: actor.id, action: 'REPORTED', ...report },
          m,
        );
        await scope.record(m, 'REALISATION_REPORTED', 'realisation', saved.id, {
          after: { indicatorId: found.id, month: input.month, value: input.value },
        });
      } else {
        if (current.status === 'VERIFIED') throw WorkPlanErrors.alreadyVerified();
        saved = await this.repo.resubmitRealisation(current, report, m);
        await this.repo.addEvent(
          { agencyId: actor.agencyId, realisationId: saved.id, actorId: actor.id, action: 'CORRECTED', ...report },
          m,
        );
        await scope.record(m, 'REALISATION_CORRECTED', 'realisation', saved.id, {
          before: { status: current.status, value: current.value },
          after: { status: saved.status, value: saved.value },
        });
      }
      return toRealisation(saved, await this.repo.eventsOf([saved.id], m));
    });
  }

  /** The direct supervisor verifies a submitted realisation, or returns it with feedback. */
  async verifyRealisation(actor: Actor, input: VerifyRealisationInput, requestId?: string): Promise<Realisation> {
    return this.ds.transaction(async (m) => {
      const current = await this.repo.findRealisation(actor.agencyId, input.realisationId, m, true);
      if (!current) throw WorkPlanErrors.realisationNotFound();
      const plan = await this.plan(actor, current.workPlanId, m);
      if (!this.policy.canVerify(actor, plan)) throw AuthErrors.forbidden();
      if (current.status === 'VERIFIED') throw WorkPlanErrors.alreadyVerified();
      if (current.status !== 'SUBMITTED') throw WorkPlanErrors.notSubmitted();
      const feedback = input.feedback ?? null;
      if (input.decision === 'RETURNED' && !feedback) throw WorkPlanErrors.feedbackRequired();
      const saved = await this.repo.decideRealisation(current, { status: input.decision, feedback, decidedBy: actor.id }, m);
      await this.repo.addEvent(
        { agencyId: actor.agencyId, realisationId: saved.id, actorId: actor.id, action: input.decision, note: feedback },
        m,
      );
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, input.decision === 'VERIFIED' ? 'REALISATION_VERIFIED' : 'REALISATION_RETURNED', 'realisation', saved.id, {
          before: { status: current.status },
          after: { status: saved.status, feedback },
        });
      return toRealisation(saved, await this.repo.eventsOf([saved.id], m));
    });
  }

  /** The realisations of a plan the caller may read, optionally of one month, each with its thread. */
  async realisations(actor: Actor, workPlanId: string, month?: string | null): Promise<Realisation[]> {
    if (month && !MONTH_PATTERN.test(month))
      throw new AppError('BAD_USER_INPUT', 'Masukan tidak valid: month harus YYYY-MM. / month must be YYYY-MM.', [
        { field: 'month', reasons: ['must be YYYY-MM'] },
      ]);
    const plan = await this.readablePlan(actor, workPlanId);
    const rows = await this.repo.realisationsOf(plan.id, month ?? null);
    const events = await this.repo.eventsOf(rows.map((r) => r.id));
    return rows.map((r) => toRealisation(r, events));
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** A plan of the caller's agency, or NOT_FOUND. */
  private async plan(actor: Actor, id: string, m: EntityManager, lock?: 'update' | 'share'): Promise<WorkPlanRecord> {
    const plan = await this.repo.findPlan(actor.agencyId, id, m, lock);
    if (!plan) throw WorkPlanErrors.workPlanNotFound();
    return plan;
  }

  private async readablePlan(actor: Actor, id: string): Promise<WorkPlanRecord> {
    const plan = await this.plan(actor, id, this.ds.manager);
    if (!(await this.policy.canRead(actor, plan))) throw AuthErrors.forbidden();
    return plan;
  }

  /** An indicator of a DRAFT plan the caller may draft (plan locked), or the reason why not. */
  private async draftIndicator(actor: Actor, indicatorId: string, m: EntityManager) {
    const indicator = await this.repo.findIndicator(actor.agencyId, indicatorId, m);
    if (!indicator) throw WorkPlanErrors.indicatorNotFound();
    const plan = await this.plan(actor, indicator.workPlanId, m, 'update');
    if (!this.policy.canDraft(actor, plan)) throw AuthErrors.forbidden();
    if (plan.status !== 'DRAFT') throw WorkPlanErrors.notDraft();
    return { plan, indicator };
  }

  /** The indicator rules beyond the input's shape: target and weight ranges, automatic sources' fixed sense. */
  private indicatorFields(input: IndicatorFieldsInput): IndicatorFields {
    if (!Number.isFinite(input.target) || input.target <= 0 || input.target >= TARGET_MAX) throw WorkPlanErrors.invalidTarget();
    if (!Number.isFinite(input.weight) || input.weight <= 0 || input.weight > WEIGHT_MAX) throw WorkPlanErrors.invalidWeight();
    const shape = AUTOMATIC_SHAPE[input.source];
    if (shape && (input.direction !== shape.direction || input.aggregation !== shape.aggregation))
      throw WorkPlanErrors.sourceMismatch(input.source, shape.says);
    return fieldsOf(input);
  }
}

/** Saves an indicator; a name already in the plan is DUPLICATE_INDICATOR. */
async function uniqueIndicatorName(save: () => Promise<IndicatorRecord>): Promise<IndicatorRecord> {
  try {
    return await save();
  } catch (err) {
    if (isUniqueViolation(err, INDICATOR_NAME_UQ)) throw WorkPlanErrors.duplicateIndicator();
    throw err;
  }
}

const INDICATOR_FIELDS = ['name', 'unit', 'target', 'weight', 'direction', 'aggregation', 'source', 'method'] as const;

/** The stored fields of an indicator, from an input or a record (nothing else: ids, plan, timestamps). */
function fieldsOf(i: IndicatorFieldsInput | IndicatorRecord): IndicatorFields {
  return Object.fromEntries(INDICATOR_FIELDS.map((k) => [k, i[k]])) as unknown as IndicatorFields;
}
