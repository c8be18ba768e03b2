import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@k360/config';
import type { EntityManager } from 'typeorm';
import { FollowUpRepository, ReadDatabase, SatisfactionRepository, UnitPeriodSumsRecord, UnitsRepository } from '@k360/database';
import { computeIkm, IKM_ELEMENTS, IkmElementCode } from '@k360/scoring';
import { notFound } from '../common/app-error';
import { PeriodKind } from '../rounds/models/enums';
import { PublicCache } from './public-cache';
import { PublicTransparency, TransparencyPeriod, TransparencyUnit } from './transparency.models';

/** How many periods each unit's trend shows. */
export const TRANSPARENCY_TREND_PERIODS = 6;

const ELEMENT_NAMES = new Map<string, string>(IKM_ELEMENTS.map((e) => [e.code, e.name]));

function toPeriod(r: UnitPeriodSumsRecord): TransparencyPeriod {
  const ikm = computeIkm({
    respondents: r.respondents,
    elements: r.elements as Partial<Record<IkmElementCode, { sum: number; count: number }>>,
  });
  return {
    periodId: r.periodId,
    name: r.periodName,
    kind: r.kind as PeriodKind,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    respondents: r.respondents,
    ikm: ikm.ikm,
    ikmConverted: ikm.converted,
    mutu: ikm.mutu,
    kinerja: ikm.kinerja,
  };
}

/**
 * The public transparency page of an agency (issue 15): per unit, the IKM over its service points'
 * stored aggregates (libs/scoring computeIkm on the summed element answers) for its latest periods,
 * and the published follow-up actions. Answers are cached in memory for PUBLIC_CACHE_SECONDS, so a
 * second view within it makes no database query; an unknown agency is NOT_FOUND (also cached).
 */
@Injectable()
export class TransparencyService {
  private readonly cache: PublicCache<PublicTransparency | null>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly satisfaction: SatisfactionRepository,
    private readonly followUps: FollowUpRepository,
    private readonly units: UnitsRepository,
    private readonly reads: ReadDatabase,
  ) {
    this.cache = new PublicCache(config.PUBLIC_CACHE_SECONDS);
  }

  async publicTransparency(agencyId: string): Promise<PublicTransparency> {
    // A public page: cached, and read from the replica when there is one (it tolerates lag).
    const answer = await this.cache.get(agencyId, () => this.reads.read((m) => this.load(agencyId, m)));
    if (!answer) throw notFound('Instansi');
    return answer;
  }

  private async load(agencyId: string, m: EntityManager): Promise<PublicTransparency | null> {
    const sums = await this.satisfaction.agencyUnitSums(agencyId, m);
    if (!sums) return null;
    const byUnit = new Map<string, UnitPeriodSumsRecord[]>();
    for (const r of sums.rows) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
    const units: TransparencyUnit[] = [...byUnit.values()].map((rows) => {
      const periods = rows.slice(0, TRANSPARENCY_TREND_PERIODS).map(toPeriod);
      return { unitId: rows[0].unitId, unitName: rows[0].unitName, latest: periods[0], trend: [...periods].reverse() };
    });
    const published = await this.followUps.published(agencyId, m);
    const unitNames = new Map((await this.units.livePaths(agencyId, m)).map((u) => [u.id, u.name]));
    return {
      agencyId,
      agencyName: sums.agencyName,
      units,
      followUps: published.map((a) => ({
        id: a.id,
        servicePointName: a.servicePointName,
        unitName: unitNames.get(a.unitId) ?? '',
        periodName: a.periodName,
        elementCode: a.elementCode,
        elementName: ELEMENT_NAMES.get(a.elementCode) ?? a.elementCode,
        action: a.action,
        status: a.status,
        dueOn: a.dueOn,
      })),
      generatedAt: new Date(),
    };
  }
}
