/**
 * The supervisor's monthly monitoring of work plans (issue 13): what a month of an indicator is
 * compared with, and when it is behind. Pure functions; WorkPlansService.monitoring feeds them.
 * (The period's capaian, which closing a round computes, is "Hasil kerja over a period" in
 * docs/domain.md: SUM indicators have a monthly target of target/12, AVERAGE and LAST the annual
 * target itself.)
 */

export type MonitoringAggregation = 'SUM' | 'AVERAGE' | 'LAST';
export type MonitoringDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

/** Months in a plan year: a SUM indicator's annual target is spread evenly over them. */
export const MONTHS_PER_YEAR = 12;

/** A month's share of an annual target: SUM target / 12 (counts accumulate); AVERAGE and LAST the target itself. */
export function monthlyTarget(annualTarget: number, aggregation: MonitoringAggregation): number {
  return aggregation === 'SUM' ? annualTarget / MONTHS_PER_YEAR : annualTarget;
}

/**
 * Whether a month's value is behind its monthly target: below it when higher is better, above it
 * when lower is better (a completion time over target). Meeting the target exactly is not behind.
 * Null without a value (not reported, returned, or no data): the report status says why.
 */
export function behindTarget(value: number | null, target: number, direction: MonitoringDirection): boolean | null {
  if (value === null || !Number.isFinite(value)) return null;
  return direction === 'LOWER_IS_BETTER' ? value > target : value < target;
}

/** 'YYYY-MM' of every month of `year` from January to `month` (1–12), oldest first. */
export function monthsUpTo(year: number, month: number): string[] {
  return Array.from({ length: month }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
