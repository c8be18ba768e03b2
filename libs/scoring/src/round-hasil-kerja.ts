/**
 * Hasil kerja of a 360° round (DOMAIN.md "Hasil kerja over a period"): from the employee's work
 * plans whose year meets the round's period, with their verified monthly realisations, and the
 * automatic indicators' monthly values, decides whether hasil kerja comes from KPI data or from
 * the supervisor, and gives computeRoundResult's `kpi` input with the score and rating it yields.
 * Pure; the reads are HasilKerjaService's (libs/database). Used by both the gateway (closing: is
 * the supervisor's rating an override?) and the worker (the stored result), so both decide alike.
 *
 * - Only AGREED plans count. Each plan covers the months of the period in its own year.
 * - MANUAL indicators count their VERIFIED months (the caller passes only those); automatic ones
 *   (CITIZEN_SATISFACTION, SERVICE_COMPLETION_TIME) count every month with a value (null: no data).
 * - KPI when at least one agreed plan gives a score (computeHasilKerjaForPeriod); otherwise
 *   SUPERVISOR (no agreed plan, or only automatic indicators without data): the supervisor's rating.
 * - A period spanning two years with an agreed plan in each: each plan's H over its own months,
 *   then H = the mean of those H weighted by their months (a plan without a score is left out). In
 *   kpi inputs each indicator's weight becomes w × (months of its plan / months counted) / Σw of
 *   its plan's counting indicators. With a single plan the weights are passed unchanged. Months of
 *   a year without an agreed plan do not enter H.
 */
import { KpiDirection, KpiIndicatorInput, computeHasilKerja } from './hasil-kerja';
import {
  HasilKerjaPeriodResult,
  IndicatorSourceValue,
  KpiAggregation,
  PeriodIndicatorInput,
  PeriodIndicatorOutcome,
  computeHasilKerjaForPeriod,
  kpiInputsForRound,
} from './hasil-kerja-period';
import { ScoringPolicy } from './policy';
import { RatingValue } from './rating';

export type HasilKerjaSourceValue = 'KPI' | 'SUPERVISOR';

/** One indicator of a plan with its verified realisations in the period (WorkPlansRepository.verifiedForPeriod). */
export interface RoundPlanIndicatorInput {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly target: number;
  readonly weight: number;
  readonly direction: KpiDirection;
  readonly aggregation: KpiAggregation;
  readonly source: IndicatorSourceValue;
  /** VERIFIED realisations (YYYY-MM); only read for MANUAL indicators. */
  readonly verified: readonly { readonly month: string; readonly value: number }[];
}

export interface RoundPlanInput {
  readonly workPlanId: string;
  readonly year: number;
  /** Only AGREED counts. */
  readonly status: string;
  readonly version?: number;
  readonly indicators: readonly RoundPlanIndicatorInput[];
}

/** The employee's automatic indicator values per month (automatic_indicator_month). */
export interface AutomaticMonthInput {
  readonly month: string;
  readonly source: IndicatorSourceValue;
  readonly value: number | null;
}

/** What the result shows of one indicator (stored as JSON in round_result). */
export interface RoundHasilKerjaIndicator {
  indicatorId: string;
  workPlanId: string;
  year: number;
  name: string;
  unit: string;
  source: IndicatorSourceValue;
  aggregation: KpiAggregation;
  direction: KpiDirection;
  weight: number;
  /** Share of H (sums to 1 over the indicators that count); 0 when left out. */
  effectiveWeight: number;
  annualTarget: number;
  periodTarget: number;
  /** Aggregated counted months; null when none counted. */
  realisation: number | null;
  monthsCounted: string[];
  /** After the cap; 0 for NOT_REPORTED; null for NO_DATA. */
  capaian: number | null;
  capped: boolean;
  outcome: PeriodIndicatorOutcome;
}

export interface RoundHasilKerja {
  source: HasilKerjaSourceValue;
  /** H at full precision; null for SUPERVISOR. */
  score: number | null;
  /** The computed rating; null for SUPERVISOR. */
  rating: RatingValue | null;
  /** computeRoundResult's `kpi` input (empty for SUPERVISOR): gives exactly `score`. */
  kpi: KpiIndicatorInput[];
  /** Every indicator of the agreed plans over the period (empty without an agreed plan). */
  indicators: RoundHasilKerjaIndicator[];
}

const isAutomatic = (s: IndicatorSourceValue) => s !== 'MANUAL';

/** See the file header. `months` are the period's calendar months (periodMonths(startsOn, endsOn)). */
export function hasilKerjaForRound(
  policy: ScoringPolicy,
  plans: readonly RoundPlanInput[],
  automatic: readonly AutomaticMonthInput[],
  months: readonly string[],
): RoundHasilKerja {
  const perPlan: Array<{ plan: RoundPlanInput; months: string[]; result: HasilKerjaPeriodResult }> = [];
  for (const plan of plans) {
    if (plan.status !== 'AGREED') continue;
    const planMonths = months.filter((m) => m.startsWith(`${String(plan.year).padStart(4, '0')}-`));
    if (!planMonths.length) continue;
    const inputs: PeriodIndicatorInput[] = plan.indicators.map((i) => ({
      id: i.id,
      target: i.target,
      weight: i.weight,
      direction: i.direction,
      aggregation: i.aggregation,
      source: i.source,
      realisations: isAutomatic(i.source)
        ? automatic.filter((a) => a.source === i.source).map((a) => ({ month: a.month, value: a.value }))
        : i.verified.map((v) => ({ month: v.month, value: v.value, status: 'VERIFIED' as const })),
    }));
    perPlan.push({ plan, months: planMonths, result: computeHasilKerjaForPeriod(policy, inputs, planMonths) });
  }

  const indicators = perPlan.flatMap(({ plan, result }) =>
    result.indicators.map((r): RoundHasilKerjaIndicator => {
      const i = plan.indicators.find((x) => x.id === r.id) as RoundPlanIndicatorInput;
      return {
        indicatorId: i.id,
        workPlanId: plan.workPlanId,
        year: plan.year,
        name: i.name,
        unit: i.unit,
        source: r.source,
        aggregation: r.aggregation,
        direction: r.direction,
        weight: r.weight,
        effectiveWeight: r.effectiveWeight,
        annualTarget: r.annualTarget,
        periodTarget: r.periodTarget,
        realisation: r.realisation,
        monthsCounted: r.monthsCounted,
        capaian: r.capaian,
        capped: r.capped,
        outcome: r.outcome,
      };
    }),
  );

  const scored = perPlan.filter((p) => p.result.score !== null);
  let kpi: KpiIndicatorInput[];
  if (scored.length === 0) kpi = [];
  else if (scored.length === 1) kpi = kpiInputsForRound(scored[0].result);
  else {
    const monthsCounted = scored.reduce((n, p) => n + p.months.length, 0);
    kpi = scored.flatMap((p) => {
      const inputs = kpiInputsForRound(p.result);
      const weightSum = inputs.reduce((s, i) => s + i.weight, 0);
      const share = p.months.length / monthsCounted;
      return inputs.map((i) => ({ ...i, weight: (i.weight * share) / weightSum }));
    });
    // Effective weights shown are then the share of the whole H.
    for (const p of scored) {
      const share = p.months.length / monthsCounted;
      for (const ind of indicators) if (ind.workPlanId === p.plan.workPlanId) ind.effectiveWeight *= share;
    }
  }
  // Without anything to weigh the policy is not read: no agreed plan is SUPERVISOR whatever the snapshot holds.
  const h = kpi.length ? computeHasilKerja(policy, kpi) : { score: null, rating: null };
  if (h.score === null) return { source: 'SUPERVISOR', score: null, rating: null, kpi: [], indicators };
  return { source: 'KPI', score: h.score, rating: h.rating, kpi, indicators };
}
