/**
 * Hasil kerja (work results): capaian per KPI indicator of the employee's SKP, capped, and their
 * weighted mean on a 0–(100 × cap) scale. DOMAIN.md "Scoring": c = realisasi / target
 * (lower-is-better: target / realisasi), capped at policy.capaianCap (1.2);
 * H = 100 × Σ wᵢcᵢ / Σ wᵢ; H ≥ 110 → DI_ATAS, 90 ≤ H < 110 → SESUAI, H < 90 → DI_BAWAH.
 * Turning an indicator's months into the realisation of a period: hasil-kerja-period.ts.
 * Invalid input throws a HasilKerjaError with a stable code (hasil-kerja.errors.ts).
 */
import { HasilKerjaError } from './hasil-kerja.errors';
import { ScoringPolicy } from './policy';
import { RatingValue, rateAgainstThresholds } from './rating';

/** Spelled as the GraphQL `Direction` enum (API.md "Work plans and KPIs"). */
export const KPI_DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export interface KpiIndicatorInput {
  /** Optional, echoed in the result and in errors. */
  readonly id?: string;
  /** > 0: a zero, negative, missing or non-finite target is refused (INVALID_TARGET). */
  readonly target: number;
  /** The realisation for the period, ≥ 0 (the caller aggregates monthly realisations; see hasil-kerja-period.ts). */
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

const label = (id?: string) => (id ? `KPI ${id}` : 'KPI');

/** Throws INVALID_CAP unless `cap` is a positive finite number. */
export function assertCapaianCap(cap: number): void {
  if (typeof cap !== 'number' || !Number.isFinite(cap) || cap <= 0) {
    throw new HasilKerjaError('INVALID_CAP', `capaian cap must be a positive number, got ${String(cap)}`);
  }
}

/** Throws INVALID_TARGET unless `target` is a finite number > 0 (a target of 0 makes capaian meaningless). */
export function assertTarget(target: unknown, id?: string): asserts target is number {
  if (target === undefined || target === null) throw new HasilKerjaError('INVALID_TARGET', `${label(id)}: the target is missing`, id);
  if (typeof target !== 'number' || !Number.isFinite(target) || target <= 0) {
    throw new HasilKerjaError('INVALID_TARGET', `${label(id)}: the target must be a finite number > 0, got ${String(target)}`, id);
  }
}

/** Throws INVALID_REALISATION unless `value` is a finite number ≥ 0. */
export function assertRealisation(value: unknown, id?: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new HasilKerjaError('INVALID_REALISATION', `${label(id)}: realisasi must be a finite number ≥ 0, got ${String(value)}`, id);
  }
}

/** Throws INVALID_WEIGHT unless `weight` is a finite number ≥ 0. */
export function assertWeight(weight: unknown, id?: string): asserts weight is number {
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
    throw new HasilKerjaError('INVALID_WEIGHT', `${label(id)}: weight must be a finite number ≥ 0, got ${String(weight)}`, id);
  }
}

/** Throws INVALID_DIRECTION unless `direction` is HIGHER_IS_BETTER or LOWER_IS_BETTER. */
export function assertDirection(direction: unknown, id?: string): asserts direction is KpiDirection {
  if (!KPI_DIRECTIONS.includes(direction as KpiDirection)) {
    throw new HasilKerjaError('INVALID_DIRECTION', `${label(id)}: unknown direction ${String(direction)}`, id);
  }
}

/**
 * Uncapped capaian: realisasi / target (HIGHER_IS_BETTER) or target / realisasi
 * (LOWER_IS_BETTER). The target must be > 0 (INVALID_TARGET otherwise), realisasi ≥ 0.
 * Lower-is-better with realisasi 0 (zero days, zero complaints) against a positive target is
 * better than any finite ratio: Infinity, which the cap brings down to the cap. Higher-is-better
 * with realisasi 0 is 0.
 */
export function rawCapaian(target: number, realisasi: number, direction: KpiDirection, id?: string): number {
  assertTarget(target, id);
  assertRealisation(realisasi, id);
  assertDirection(direction, id);
  if (direction === 'HIGHER_IS_BETTER') return realisasi / target;
  return realisasi === 0 ? Infinity : target / realisasi;
}

/** Capaian capped at `cap` (policy.capaianCap, 1.2 by default). */
export function capaian(target: number, realisasi: number, direction: KpiDirection, cap: number): number {
  assertCapaianCap(cap);
  return Math.min(rawCapaian(target, realisasi, direction), cap);
}

/** Rates H: H ≥ diAtas → DI_ATAS; H ≥ sesuai → SESUAI; else DI_BAWAH. Full precision (see THRESHOLD_TOLERANCE). */
export function hasilKerjaRating(policy: ScoringPolicy, score: number): RatingValue {
  return rateAgainstThresholds(score, policy.hasilKerja);
}

/**
 * H = 100 × Σ wᵢcᵢ / Σ wᵢ over already capped capaian values, with its rating; null score and
 * rating when there is nothing to weigh (no items, or every weight 0).
 */
export function weighCapaian(
  policy: ScoringPolicy,
  items: readonly { readonly weight: number; readonly capaian: number }[],
): { score: number | null; rating: RatingValue | null } {
  const weightSum = items.reduce((sum, i) => sum + i.weight, 0);
  if (weightSum === 0) return { score: null, rating: null };
  const score = (100 * items.reduce((sum, i) => sum + i.weight * i.capaian, 0)) / weightSum;
  return { score, rating: hasilKerjaRating(policy, score) };
}

/**
 * H = 100 × Σ wᵢcᵢ / Σ wᵢ. Null score and rating without indicators, or when every weight is 0
 * (no indicator carries weight, so there is nothing to average: treated as no KPI data).
 */
export function computeHasilKerja(policy: ScoringPolicy, indicators: readonly KpiIndicatorInput[]): HasilKerjaResult {
  assertCapaianCap(policy.capaianCap);
  const results = indicators.map((indicator): KpiIndicatorResult => {
    const { id, weight, direction } = indicator;
    assertWeight(weight, id);
    const raw = rawCapaian(indicator.target, indicator.realisasi, direction, id);
    const capped = raw > policy.capaianCap;
    return { ...(id === undefined ? {} : { id }), weight, direction, capaian: capped ? policy.capaianCap : raw, capped };
  });
  return { ...weighCapaian(policy, results), indicators: results };
}
