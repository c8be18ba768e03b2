/**
 * Hasil kerja (work results): capaian per KPI indicator of the employee's SKP, capped, and their
 * weighted mean on a 0–(100 × cap) scale.
 */
import { ScoringPolicy } from './policy';
import { RatingValue, rateAgainstThresholds } from './rating';

export type KpiDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export interface KpiIndicatorInput {
  /** Optional, echoed in the result. */
  readonly id?: string;
  readonly target: number;
  /** The realisation for the period (the caller aggregates monthly realisations). */
  readonly realisasi: number;
  /** Relative weight, ≥ 0; weights need not sum to 1 or 100. */
  readonly weight: number;
  readonly direction: KpiDirection;
}

export interface KpiIndicatorResult {
  id?: string;
  weight: number;
  direction: KpiDirection;
  /** Capaian after the cap, full precision. */
  capaian: number;
  /** Whether the cap lowered the capaian. */
  capped: boolean;
}

export interface HasilKerjaResult {
  /** H = 100 × Σ wᵢcᵢ / Σ wᵢ; null without indicators or when all weights are 0. */
  score: number | null;
  rating: RatingValue | null;
  indicators: KpiIndicatorResult[];
}

function assertCap(cap: number): void {
  if (!Number.isFinite(cap) || cap <= 0) throw new RangeError(`capaian cap must be a positive number, got ${cap}`);
}

/**
 * Uncapped capaian: realisasi / target (HIGHER_IS_BETTER) or target / realisasi
 * (LOWER_IS_BETTER). Target and realisasi must be ≥ 0. Division by zero, decided explicitly:
 * - 0 / 0 (target and realisasi both 0): the target is met exactly → 1;
 * - x / 0 with x > 0 (higher-is-better with target 0 and some realisasi; lower-is-better with
 *   realisasi 0, e.g. zero days or zero complaints, against a positive target): better than any
 *   finite ratio → Infinity, which the cap brings down to the cap.
 * Lower-is-better with target 0 and realisasi > 0 is 0 / x = 0 by the formula.
 */
export function rawCapaian(target: number, realisasi: number, direction: KpiDirection): number {
  if (!Number.isFinite(target) || target < 0) throw new RangeError(`KPI: target must be a finite number ≥ 0, got ${target}`);
  if (!Number.isFinite(realisasi) || realisasi < 0) throw new RangeError(`KPI: realisasi must be a finite number ≥ 0, got ${realisasi}`);
  let numerator: number;
  let denominator: number;
  if (direction === 'HIGHER_IS_BETTER') [numerator, denominator] = [realisasi, target];
  else if (direction === 'LOWER_IS_BETTER') [numerator, denominator] = [target, realisasi];
  else throw new RangeError(`KPI: unknown direction ${String(direction)}`);
  if (denominator === 0) return numerator === 0 ? 1 : Infinity;
  return numerator / denominator;
}

/** Capaian capped at `cap` (policy.capaianCap, 1.2 by default). */
export function capaian(target: number, realisasi: number, direction: KpiDirection, cap: number): number {
  assertCap(cap);
  return Math.min(rawCapaian(target, realisasi, direction), cap);
}

/** Rates H: H ≥ diAtas → DI_ATAS; H ≥ sesuai → SESUAI; else DI_BAWAH. Full precision (see THRESHOLD_TOLERANCE). */
export function hasilKerjaRating(policy: ScoringPolicy, score: number): RatingValue {
  return rateAgainstThresholds(score, policy.hasilKerja);
}

/**
 * H = 100 × Σ wᵢcᵢ / Σ wᵢ. Null score and rating without indicators, or when every weight is 0
 * (no indicator carries weight, so there is nothing to average: treated as no KPI data).
 */
export function computeHasilKerja(policy: ScoringPolicy, indicators: readonly KpiIndicatorInput[]): HasilKerjaResult {
  assertCap(policy.capaianCap);
  const results = indicators.map((indicator): KpiIndicatorResult => {
    const { id, weight, direction } = indicator;
    if (!Number.isFinite(weight) || weight < 0)
      throw new RangeError(`KPI${id ? ` ${id}` : ''}: weight must be a finite number ≥ 0, got ${weight}`);
    const raw = rawCapaian(indicator.target, indicator.realisasi, direction);
    const capped = raw > policy.capaianCap;
    return { ...(id === undefined ? {} : { id }), weight, direction, capaian: capped ? policy.capaianCap : raw, capped };
  });
  const weightSum = results.reduce((sum, r) => sum + r.weight, 0);
  if (weightSum === 0) return { score: null, rating: null, indicators: results };
  const score = (100 * results.reduce((sum, r) => sum + r.weight * r.capaian, 0)) / weightSum;
  return { score, rating: hasilKerjaRating(policy, score), indicators: results };
}
