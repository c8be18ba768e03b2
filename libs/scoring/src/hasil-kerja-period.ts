/**
 * Hasil kerja over a period (DOMAIN.md "Hasil kerja over a period", project default): turns each
 * SKP indicator's monthly realisations into the period's target, realisation and capaian, then
 * H over the plan's indicators.
 *
 * - An indicator's target is annual. SUM (counts: documents processed, aid distributed): monthly
 *   target = target / 12, period target = monthly target × months in the period, realisation =
 *   the sum of the counted months (a month not counted adds nothing). AVERAGE (rates, times,
 *   percentages): period target = target, realisation = the mean of the counted months (each
 *   month weighs the same). LAST (cumulative status): period target = target, realisation = the
 *   latest counted month.
 * - Counted months: a MANUAL realisation counts only when VERIFIED (SUBMITTED and RETURNED do not);
 *   automatic ones (CITIZEN_SATISFACTION, SERVICE_COMPLETION_TIME) count as verified, whatever
 *   their status, when they carry a value (a month without underlying data has value null).
 * - A MANUAL indicator with no counted month has c = 0 (work not reported is not achieved), in
 *   either direction (never target / 0): outcome NOT_REPORTED, still weighed. An automatic
 *   indicator with no counted month is left out (outcome NO_DATA) and the weights of the others
 *   are renormalised; when nothing is left, H and its rating are null (no KPI data).
 * - Then c = capaian(period target, realisation, direction) capped at policy.capaianCap, and
 *   H = 100 × Σ wᵢcᵢ / Σ wᵢ over the indicators that count (hasil-kerja.ts).
 *
 * Note on SUM with LOWER_IS_BETTER (e.g. complaints): months not counted add nothing to the
 * realisation, so they lower it, which for this direction raises c; and a sum of 0 is capped at
 * the cap (rawCapaian). That follows the rule as written; plans should prefer AVERAGE there.
 */
import { HasilKerjaError } from './hasil-kerja.errors';
import {
  KpiDirection,
  KpiIndicatorInput,
  assertCapaianCap,
  assertDirection,
  assertRealisation,
  assertTarget,
  assertWeight,
  rawCapaian,
  weighCapaian,
} from './hasil-kerja';
import { ScoringPolicy } from './policy';
import { RatingValue } from './rating';

/** Spelled as the GraphQL enums of API.md "Work plans and KPIs". */
export const KPI_AGGREGATIONS = ['SUM', 'AVERAGE', 'LAST'] as const;
export type KpiAggregation = (typeof KPI_AGGREGATIONS)[number];
export const INDICATOR_SOURCES = ['MANUAL', 'CITIZEN_SATISFACTION', 'SERVICE_COMPLETION_TIME'] as const;
export type IndicatorSourceValue = (typeof INDICATOR_SOURCES)[number];
/** Sources the worker computes from the platform's own facts; their values count as verified. */
export const AUTOMATIC_INDICATOR_SOURCES: readonly IndicatorSourceValue[] = ['CITIZEN_SATISFACTION', 'SERVICE_COMPLETION_TIME'];
export const REALISATION_STATUSES = ['SUBMITTED', 'VERIFIED', 'RETURNED'] as const;
export type RealisationStatusValue = (typeof REALISATION_STATUSES)[number];

export const MONTHS_PER_YEAR = 12;
const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface MonthlyRealisationInput {
  /** YYYY-MM. Realisations of months outside the period are ignored. */
  readonly month: string;
  /** ≥ 0; null: no value (an automatic month without underlying data). A counted value must be a number. */
  readonly value: number | null;
  /** Required for MANUAL indicators (only VERIFIED counts); ignored for automatic ones. */
  readonly status?: RealisationStatusValue | null;
}

export interface PeriodIndicatorInput {
  /** Optional, echoed in the result and in errors. */
  readonly id?: string;
  /** The annual target, > 0 (INVALID_TARGET otherwise). */
  readonly target: number;
  /** Relative weight, ≥ 0; weights need not sum to 1 or 100. */
  readonly weight: number;
  readonly direction: KpiDirection;
  readonly aggregation: KpiAggregation;
  readonly source: IndicatorSourceValue;
  /** The indicator's monthly realisations (any months, any statuses; see MonthlyRealisationInput). */
  readonly realisations: readonly MonthlyRealisationInput[];
}

/**
 * COUNTED: at least one counted month. NOT_REPORTED: a manual indicator without a counted month,
 * c = 0 and weighed. NO_DATA: an automatic indicator without data, left out of H.
 */
export type PeriodIndicatorOutcome = 'COUNTED' | 'NOT_REPORTED' | 'NO_DATA';

/**
 * What a month of the period shows for an indicator: the status of the realisation shown (the
 * counted one when there is one, else SUBMITTED before RETURNED), NOT_REPORTED for a manual month
 * with no realisation, NO_DATA for an automatic month without a value.
 */
export type PeriodMonthStatus = RealisationStatusValue | 'NOT_REPORTED' | 'NO_DATA';

export interface PeriodMonthResult {
  month: string;
  value: number | null;
  status: PeriodMonthStatus;
  counted: boolean;
}

export interface PeriodIndicatorResult {
  id?: string;
  source: IndicatorSourceValue;
  aggregation: KpiAggregation;
  direction: KpiDirection;
  /** The weight as given. */
  weight: number;
  /** The share of H after renormalisation over the indicators that count (sums to 1 over them); 0 when left out. */
  effectiveWeight: number;
  annualTarget: number;
  /** SUM: annual target / 12; null for AVERAGE and LAST. */
  monthlyTarget: number | null;
  periodTarget: number;
  /** Aggregated counted months; null when no month counted. */
  realisation: number | null;
  /** The counted months, in order. */
  monthsCounted: string[];
  /** One entry per month of the period, in order. */
  months: PeriodMonthResult[];
  /** Before the cap; 0 for NOT_REPORTED; null for NO_DATA. May be Infinity (lower-is-better, realisation 0). */
  rawCapaian: number | null;
  /** After the cap; 0 for NOT_REPORTED; null for NO_DATA. */
  capaian: number | null;
  capped: boolean;
  /** Whether it enters H (COUNTED and NOT_REPORTED do, NO_DATA does not). */
  counted: boolean;
  outcome: PeriodIndicatorOutcome;
}

export interface HasilKerjaPeriodResult {
  /** H over the indicators that count, full precision; null when none counts or their weights are all 0. */
  score: number | null;
  rating: RatingValue | null;
  /** The months of the period, in order. */
  months: string[];
  indicators: PeriodIndicatorResult[];
}

const label = (id?: string) => (id ? `KPI ${id}` : 'KPI');

/** Throws INVALID_MONTH unless `month` is YYYY-MM with a month 01–12. */
export function assertMonth(month: unknown, id?: string): asserts month is string {
  if (typeof month !== 'string' || !MONTH_PATTERN.test(month)) {
    throw new HasilKerjaError('INVALID_MONTH', `${label(id)}: month must be YYYY-MM, got ${String(month)}`, id);
  }
}

function parseDate(date: string, what: string): { year: number; month: number } {
  const match = typeof date === 'string' ? DATE_PATTERN.exec(date) : null;
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!match || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new HasilKerjaError('INVALID_PERIOD', `${what} must be a date YYYY-MM-DD, got ${String(date)}`);
  }
  return { year, month };
}

/**
 * The calendar months a period touches, both ends inclusive (a period's endsOn is its last day):
 * 2025-01-01 – 2025-03-31 → 2025-01, 2025-02, 2025-03.
 */
export function periodMonths(startsOn: string, endsOn: string): string[] {
  const start = parseDate(startsOn, 'startsOn');
  const end = parseDate(endsOn, 'endsOn');
  if (startsOn > endsOn) throw new HasilKerjaError('INVALID_PERIOD', `startsOn ${startsOn} is after endsOn ${endsOn}`);
  const months: string[] = [];
  for (let y = start.year, m = start.month; y < end.year || (y === end.year && m <= end.month); m === 12 ? ((m = 1), y++) : m++) {
    months.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
  }
  return months;
}

function assertPeriod(months: readonly string[]): string[] {
  if (!Array.isArray(months) || months.length === 0) throw new HasilKerjaError('INVALID_PERIOD', 'the period has no month');
  months.forEach((m) => {
    if (typeof m !== 'string' || !MONTH_PATTERN.test(m))
      throw new HasilKerjaError('INVALID_PERIOD', `month must be YYYY-MM, got ${String(m)}`);
  });
  if (new Set(months).size !== months.length)
    throw new HasilKerjaError('INVALID_PERIOD', `the period repeats a month: ${months.join(', ')}`);
  return [...months].sort();
}

const SHOW_ORDER: Record<RealisationStatusValue, number> = { VERIFIED: 3, SUBMITTED: 2, RETURNED: 1 };

/**
 * One indicator over the period's months (YYYY-MM, distinct): its target, realisation and capaian
 * (capped at policy.capaianCap). effectiveWeight is left 0 here: computeHasilKerjaForPeriod sets it.
 */
export function indicatorForPeriod(
  policy: ScoringPolicy,
  indicator: PeriodIndicatorInput,
  periodMonthList: readonly string[],
): PeriodIndicatorResult {
  assertCapaianCap(policy.capaianCap);
  const months = assertPeriod(periodMonthList);
  const { id, target, weight, direction, aggregation, source } = indicator;
  assertTarget(target, id);
  assertWeight(weight, id);
  assertDirection(direction, id);
  if (!KPI_AGGREGATIONS.includes(aggregation)) {
    throw new HasilKerjaError('INVALID_AGGREGATION', `${label(id)}: unknown aggregation ${String(aggregation)}`, id);
  }
  if (!INDICATOR_SOURCES.includes(source))
    throw new HasilKerjaError('INVALID_SOURCE', `${label(id)}: unknown source ${String(source)}`, id);
  const automatic = AUTOMATIC_INDICATOR_SOURCES.includes(source);
  if (!Array.isArray(indicator.realisations)) {
    throw new HasilKerjaError('INVALID_REALISATION', `${label(id)}: realisations must be a list`, id);
  }

  // Per month of the period: the realisation shown, and whether it counts.
  const inPeriod = new Set(months);
  const shown = new Map<string, PeriodMonthResult>();
  for (const r of indicator.realisations) {
    assertMonth(r?.month, id);
    if (!inPeriod.has(r.month)) continue;
    let entry: PeriodMonthResult;
    if (automatic) {
      if (r.value === null || r.value === undefined) entry = { month: r.month, value: null, status: 'NO_DATA', counted: false };
      else {
        assertRealisation(r.value, id);
        entry = { month: r.month, value: r.value, status: 'VERIFIED', counted: true };
      }
    } else {
      if (!REALISATION_STATUSES.includes(r.status as RealisationStatusValue)) {
        throw new HasilKerjaError('INVALID_STATUS', `${label(id)} ${r.month}: unknown status ${String(r.status)}`, id);
      }
      const status = r.status as RealisationStatusValue;
      if (status === 'VERIFIED') {
        if (r.value === null || r.value === undefined) {
          throw new HasilKerjaError('INVALID_REALISATION', `${label(id)} ${r.month}: a verified realisation has no value`, id);
        }
        assertRealisation(r.value, id);
      }
      entry = { month: r.month, value: r.value ?? null, status, counted: status === 'VERIFIED' };
    }
    const previous = shown.get(r.month);
    if (previous?.counted && entry.counted) {
      throw new HasilKerjaError('DUPLICATE_MONTH', `${label(id)}: two counted realisations for ${r.month}`, id);
    }
    const rank = (e: PeriodMonthResult) => (e.status in SHOW_ORDER ? SHOW_ORDER[e.status as RealisationStatusValue] : 0);
    if (!previous || rank(entry) >= rank(previous)) shown.set(r.month, entry);
  }
  const monthly = months.map(
    (month): PeriodMonthResult =>
      shown.get(month) ?? { month, value: null, status: automatic ? 'NO_DATA' : 'NOT_REPORTED', counted: false },
  );
  const countedMonths = monthly.filter((m) => m.counted);
  const values = countedMonths.map((m) => m.value as number);

  const monthlyTarget = aggregation === 'SUM' ? target / MONTHS_PER_YEAR : null;
  // target × n / 12 rather than (target / 12) × n: the same on paper, exact more often in binary.
  const periodTarget = aggregation === 'SUM' ? (target * months.length) / MONTHS_PER_YEAR : target;
  const base = {
    ...(id === undefined ? {} : { id }),
    source,
    aggregation,
    direction,
    weight,
    effectiveWeight: 0,
    annualTarget: target,
    monthlyTarget,
    periodTarget,
    monthsCounted: countedMonths.map((m) => m.month),
    months: monthly,
  };

  if (values.length === 0) {
    if (automatic)
      return { ...base, realisation: null, rawCapaian: null, capaian: null, capped: false, counted: false, outcome: 'NO_DATA' };
    return { ...base, realisation: null, rawCapaian: 0, capaian: 0, capped: false, counted: true, outcome: 'NOT_REPORTED' };
  }
  let realisation: number;
  if (aggregation === 'SUM') realisation = values.reduce((a, v) => a + v, 0);
  else if (aggregation === 'AVERAGE') realisation = values.reduce((a, v) => a + v, 0) / values.length;
  else realisation = values[values.length - 1]; // LAST: months are in order
  const raw = rawCapaian(periodTarget, realisation, direction, id);
  const capped = raw > policy.capaianCap;
  return {
    ...base,
    realisation,
    rawCapaian: raw,
    capaian: capped ? policy.capaianCap : raw,
    capped,
    counted: true,
    outcome: 'COUNTED',
  };
}

/**
 * Hasil kerja of a period: every indicator through indicatorForPeriod, then H over those that
 * count (NO_DATA left out, weights renormalised). `months` are the period's calendar months
 * (periodMonths(startsOn, endsOn)).
 */
export function computeHasilKerjaForPeriod(
  policy: ScoringPolicy,
  indicators: readonly PeriodIndicatorInput[],
  months: readonly string[],
): HasilKerjaPeriodResult {
  assertCapaianCap(policy.capaianCap);
  const sortedMonths = assertPeriod(months);
  const results = indicators.map((indicator) => indicatorForPeriod(policy, indicator, sortedMonths));
  const counting = results.filter((r) => r.counted);
  const { score, rating } = weighCapaian(
    policy,
    counting.map((r) => ({ weight: r.weight, capaian: r.capaian as number })),
  );
  const weightSum = counting.reduce((sum, r) => sum + r.weight, 0);
  for (const r of counting) r.effectiveWeight = weightSum === 0 ? 0 : r.weight / weightSum;
  return { score, rating, months: sortedMonths, indicators: results };
}

/**
 * The indicators that count in a period result, as computeRoundResult's `kpi` input, so that
 * computeRoundResult gives exactly the period's H (same operations, same order). COUNTED:
 * { target: periodTarget, realisasi: realisation, direction }. NOT_REPORTED: c = 0 in either
 * direction, which target / realisasi cannot express for LOWER_IS_BETTER, so it is passed as
 * HIGHER_IS_BETTER with realisasi 0 (0 / periodTarget = 0). NO_DATA indicators are left out.
 */
export function kpiInputsForRound(period: HasilKerjaPeriodResult): KpiIndicatorInput[] {
  return period.indicators
    .filter((i) => i.counted)
    .map((i): KpiIndicatorInput => {
      const base = { ...(i.id === undefined ? {} : { id: i.id }), target: i.periodTarget, weight: i.weight };
      if (i.outcome === 'NOT_REPORTED') return { ...base, realisasi: 0, direction: 'HIGHER_IS_BETTER' };
      return { ...base, realisasi: i.realisation as number, direction: i.direction };
    });
}
