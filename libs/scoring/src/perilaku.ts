/**
 * Perilaku (behaviour) score: the weighted mean of the 360° source scores that counted, with the
 * weights renormalised over those sources.
 */
import { ReviewSourceValue, ScoringPolicy } from './policy';
import { RatingValue, rateAgainstThresholds } from './rating';
import { SourceStats } from './sources';

/** Order in which sources are reported. */
export const SOURCE_ORDER: readonly ReviewSourceValue[] = ['SUPERVISOR', 'PEER', 'SUBORDINATE', 'SELF', 'PUBLIC'];

export interface WeightedSource extends SourceStats {
  source: ReviewSourceValue;
  /** Renormalised weight: the policy weight divided by the sum over counted sources; 0 when not counted. */
  weight: number;
  counted: boolean;
}

export interface PerilakuResult {
  /** P = Σ wₛSₛ / Σ wₛ over counted sources, full precision; null when no source counted. */
  score: number | null;
  rating: RatingValue | null;
  /** Every source that had any input, in SOURCE_ORDER. */
  sources: WeightedSource[];
}

function validateWeights(policy: ScoringPolicy): void {
  for (const source of SOURCE_ORDER) {
    const weight = policy.weights[source];
    const minCount = policy.minCount[source];
    if (!Number.isFinite(weight) || weight < 0)
      throw new RangeError(`policy ${policy.code}: weight of ${source} must be ≥ 0, got ${weight}`);
    if (!Number.isInteger(minCount) || minCount < 0) {
      throw new RangeError(`policy ${policy.code}: minimum count of ${source} must be a non-negative integer, got ${minCount}`);
    }
  }
}

/**
 * Whether a source counts: it has at least one input and at least the policy minimum, its policy
 * weight is positive, and it is not SELF (the self-review is shown, never weighted, whatever the
 * policy says).
 */
export function sourceCounts(policy: ScoringPolicy, source: ReviewSourceValue, count: number): boolean {
  return source !== 'SELF' && count >= 1 && count >= policy.minCount[source] && policy.weights[source] > 0;
}

/** Rates P: P ≥ diAtas → DI_ATAS; P ≥ sesuai → SESUAI; else DI_BAWAH. Full precision (see THRESHOLD_TOLERANCE). */
export function perilakuRating(policy: ScoringPolicy, score: number): RatingValue {
  return rateAgainstThresholds(score, policy.perilaku);
}

/** Weighs the sources per policy. A source that is absent (undefined or null) is not reported. */
export function combineSources(
  policy: ScoringPolicy,
  sources: Readonly<Partial<Record<ReviewSourceValue, SourceStats | null>>>,
): PerilakuResult {
  validateWeights(policy);
  const present = SOURCE_ORDER.flatMap((source) => {
    const stats = sources[source];
    return stats ? [{ source, stats, counted: sourceCounts(policy, source, stats.count) }] : [];
  });
  const counted = present.filter((s) => s.counted);
  const weightSum = counted.reduce((sum, s) => sum + policy.weights[s.source], 0);
  const score = counted.length === 0 ? null : counted.reduce((sum, s) => sum + policy.weights[s.source] * s.stats.score, 0) / weightSum;
  return {
    score,
    rating: score === null ? null : perilakuRating(policy, score),
    sources: present.map(({ source, stats, counted: isCounted }) => ({
      source,
      ...stats,
      weight: isCounted ? policy.weights[source] / weightSum : 0,
      counted: isCounted,
    })),
  };
}
