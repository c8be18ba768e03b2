import { Injectable } from '@nestjs/common';
import {
  PublicSatisfactionPeriodRecord,
  PublicSatisfactionRecord,
  ReadDatabase,
  SatisfactionAggregateRecord,
  SatisfactionRepository,
} from '@k360/database';
import { JobQueue } from '@k360/queue';
import { IKM_ELEMENTS } from '@k360/scoring';
import { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { isUuid } from '../common/uuid';
import { SystemErrors } from '../system/system.errors';
import { PeriodKind } from '../rounds/models/enums';

/** How many periods the public page gets: two years of quarters. */
export const PUBLIC_PERIODS = 8;

export interface ElementScoreView {
  code: string;
  name: string;
  nrr: number;
}

export interface SatisfactionSummaryView {
  respondents: number;
  elements: ElementScoreView[];
  ikm: number | null;
  ikmConverted: number | null;
  mutu: string | null;
  kinerja: string | null;
  quickCount: number;
  quickMean: number | null;
  updatedAt: Date | null;
}

export interface PublicSatisfactionPeriodView {
  periodId: string;
  name: string;
  kind: PeriodKind;
  startsOn: string;
  endsOn: string;
  respondents: number;
  ikm: number | null;
  ikmConverted: number | null;
  mutu: string | null;
  kinerja: string | null;
  elements: ElementScoreView[];
  weakest: string[];
  quickCount: number;
  quickMean: number | null;
  updatedAt: Date;
}

export interface PublicServicePointSatisfactionView {
  servicePointId: string;
  servicePointName: string;
  unitName: string;
  agencyName: string;
  periods: PublicSatisfactionPeriodView[];
}

const NO_RATINGS: SatisfactionSummaryView = {
  respondents: 0,
  elements: [],
  ikm: null,
  ikmConverted: null,
  mutu: null,
  kinerja: null,
  quickCount: 0,
  quickMean: null,
  updatedAt: null,
};

function summary(row: SatisfactionAggregateRecord): SatisfactionSummaryView {
  return {
    respondents: row.respondents,
    elements: row.elements.filter((e) => e.nrr !== null).map((e) => ({ ...e, nrr: e.nrr as number })),
    ikm: row.ikm,
    ikmConverted: row.ikmConverted,
    mutu: row.mutu,
    kinerja: row.kinerja,
    quickCount: row.quickCount,
    quickMean: row.quickCount ? row.quickSum / row.quickCount : null,
    updatedAt: row.updatedAt,
  };
}

function publicPeriod(r: PublicSatisfactionPeriodRecord): PublicSatisfactionPeriodView {
  const nrr = new Map(r.elements.map((e) => [e.code, e.nrr]));
  // Names from libs/scoring (the regulation's), not whatever an older row stored.
  const elements: ElementScoreView[] = IKM_ELEMENTS.flatMap(({ code, name }) => {
    const value = nrr.get(code);
    return typeof value === 'number' ? [{ code, name, nrr: value }] : [];
  });
  const lowest = elements.length ? Math.min(...elements.map((e) => e.nrr)) : null;
  return {
    periodId: r.periodId,
    name: r.name,
    kind: r.kind as PeriodKind,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    respondents: r.respondents,
    ikm: r.ikm,
    ikmConverted: r.ikmConverted,
    mutu: r.mutu,
    kinerja: r.kinerja,
    elements,
    weakest: elements.filter((e) => e.nrr === lowest).map((e) => e.code),
    quickCount: r.quickCount,
    quickMean: r.quickCount ? r.quickSum / r.quickCount : null,
    updatedAt: r.updatedAt,
  };
}

function publicServicePoint(r: PublicSatisfactionRecord): PublicServicePointSatisfactionView {
  return {
    servicePointId: r.servicePointId,
    servicePointName: r.servicePointName,
    unitName: r.unitName,
    agencyName: r.agencyName,
    periods: r.periods.map(publicPeriod),
  };
}

/**
 * Citizen satisfaction (IKM) as the gateway shows it: the stored aggregates (written by the
 * worker's aggregation) read for staff and for the public page, and an ADMIN's recompute of a
 * period, which is a job for the worker.
 */
@Injectable()
export class SatisfactionService {
  constructor(
    private readonly satisfaction: SatisfactionRepository,
    private readonly jobs: JobQueue,
    private readonly reads: ReadDatabase,
  ) {}

  /** ADMIN: queues the recompute of every live service point of the agency for a period; answers how many it covers. */
  async recompute(actor: Actor, periodId: string): Promise<number> {
    const scope = await this.satisfaction.recomputeScope(periodId, actor.agencyId);
    if (!scope) throw new AppError('NOT_FOUND', 'Periode tidak ditemukan. / Period not found.');
    try {
      await this.jobs.enqueue('aggregate-period', { periodId });
    } catch (err) {
      throw SystemErrors.queueUnavailable(err);
    }
    return scope.servicePoints;
  }

  /** The stored IKM of a service point in a period (zero respondents until rated). */
  async servicePointSatisfaction(servicePointId: string, periodId: string): Promise<SatisfactionSummaryView> {
    if (!isUuid(servicePointId) || !isUuid(periodId)) {
      throw new AppError('BAD_USER_INPUT', 'servicePointId dan periodId harus UUID. / IDs must be UUIDs.', [
        { field: 'servicePointId', reasons: ['uuid'] },
      ]);
    }
    const row = await this.satisfaction.aggregate(servicePointId, periodId);
    return row ? summary(row) : { ...NO_RATINGS };
  }

  /** The public page of a live service point: its names and its stored IKM per period, newest first. */
  async publicServicePointSatisfaction(servicePointId: string): Promise<PublicServicePointSatisfactionView> {
    if (!isUuid(servicePointId)) {
      throw new AppError('BAD_USER_INPUT', 'servicePointId harus UUID. / servicePointId must be a UUID.', [
        { field: 'servicePointId', reasons: ['uuid'] },
      ]);
    }
    // The public page tolerates replication lag: it reads the replica when there is one.
    const row = await this.reads.read((m) => this.satisfaction.publicSatisfaction(servicePointId, PUBLIC_PERIODS, m));
    if (!row) throw new AppError('NOT_FOUND', 'Titik layanan tidak ditemukan. / Service point not found.');
    return publicServicePoint(row);
  }
}
