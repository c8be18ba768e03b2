import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RoundHasilKerja, ScoringPolicy, hasilKerjaForRound, periodMonths } from '@k360/scoring';
import { AutomaticIndicatorsRepository } from './repositories/automatic-indicators.repository';
import { WorkPlansRepository } from './repositories/work-plans.repository';

/** Whose hasil kerja over which period (dates YYYY-MM-DD, both inclusive: the period's first and last day). */
export interface HasilKerjaSubject {
  agencyId: string;
  employeeId: string;
  startsOn: string;
  endsOn: string;
}

/**
 * A round's hasil kerja, read and computed in one place for the gateway (closeRound decides
 * whether the supervisor's rating overrides the computed one) and the worker (the stored result):
 * the employee's plans of the period's year(s) with their VERIFIED realisations
 * (WorkPlansRepository.verifiedForPeriod), the automatic indicators' months
 * (AutomaticIndicatorsRepository.forEmployee), then hasilKerjaForRound (libs/scoring).
 */
@Injectable()
export class HasilKerjaService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workPlans: WorkPlansRepository,
    private readonly automatic: AutomaticIndicatorsRepository,
  ) {}

  async forPeriod(policy: ScoringPolicy, s: HasilKerjaSubject, m: EntityManager = this.ds.manager): Promise<RoundHasilKerja> {
    const months = periodMonths(s.startsOn, s.endsOn);
    const plans = await this.workPlans.verifiedForPeriod(s.agencyId, s.employeeId, s.startsOn, s.endsOn, m);
    const needsAutomatic = plans.some((p) => p.status === 'AGREED' && p.indicators.some((i) => i.source !== 'MANUAL'));
    const automatic = needsAutomatic ? await this.automatic.forEmployee(s.employeeId, months[0], months[months.length - 1], m) : [];
    return hasilKerjaForRound(policy, plans, automatic, months);
  }
}
