import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ReadDatabase,
  SatisfactionReportRepository,
  SatisfactionReportSubject,
  SatisfactionRepository,
  ServicePointRecord,
  ServicePointsRepository,
} from '@k360/database';
import { buildSatisfactionReport, SatisfactionReportData, SKM_TREND_PERIODS } from '@k360/reports';
import { Actor } from '../auth/actor';
import { ReportErrors } from './reports.errors';
import { ReportsPolicy } from './reports.policy';

/**
 * A service point's SKM report data: the stored aggregate (what servicePointSatisfaction answers),
 * the profile and the trend, put together by libs/reports (the PDF uses the same function).
 */
@Injectable()
export class SatisfactionReportService {
  constructor(
    private readonly reports: SatisfactionReportRepository,
    private readonly satisfaction: SatisfactionRepository,
    private readonly policy: ReportsPolicy,
    private readonly servicePoints: ServicePointsRepository,
    private readonly reads: ReadDatabase,
  ) {}

  /** The live service points whose SKM the caller may read: every one for ADMIN, those of the units a head leads. */
  async readableServicePoints(actor: Actor): Promise<ServicePointRecord[]> {
    const all = await this.servicePoints.list({ agencyId: actor.agencyId, includeSubunits: false, includeArchived: false });
    const units = await this.policy.readableUnits(actor);
    return units === 'ALL' ? all : all.filter((sp) => units.has(sp.unitId));
  }

  /** The subject when the caller may read it: NOT_FOUND outside the agency, FORBIDDEN for others than ADMIN and unit heads. */
  async authorise(actor: Actor, servicePointId: string, periodId: string): Promise<SatisfactionReportSubject> {
    const subject = await this.reports.subject(servicePointId, periodId, actor.agencyId);
    if (!subject) throw ReportErrors.notFound('Titik layanan atau periode');
    if (!(await this.policy.mayReadServicePoint(actor, subject.unitId))) throw ReportErrors.notUnitHead();
    return subject;
  }

  async satisfactionReport(actor: Actor, servicePointId: string, periodId: string): Promise<SatisfactionReportData> {
    const subject = await this.authorise(actor, servicePointId, periodId);
    // Stored aggregates and counts that tolerate replication lag: the replica answers when there is one.
    return this.reads.read((m) => loadSatisfactionReport(subject, this.reports, this.satisfaction, m));
  }
}

/** Reads and builds the report data of an authorised subject (shared with the worker's PDF job). */
export async function loadSatisfactionReport(
  s: SatisfactionReportSubject,
  reports: SatisfactionReportRepository,
  satisfaction: SatisfactionRepository,
  m?: EntityManager,
): Promise<SatisfactionReportData> {
  const [aggregate, profile, trend] = await Promise.all([
    satisfaction.aggregate(s.servicePointId, s.periodId, m),
    reports.profile(s.servicePointId, s.periodId, m),
    reports.trend(s.servicePointId, s.periodId, SKM_TREND_PERIODS, m),
  ]);
  return buildSatisfactionReport({
    servicePoint: { id: s.servicePointId, name: s.servicePointName, unitName: s.unitName },
    period: { id: s.periodId, name: s.periodName, startsOn: s.startsOn, endsOn: s.endsOn },
    aggregate,
    profile,
    trend,
  });
}
