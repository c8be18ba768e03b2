/**
 * The result of a 360° round, as the scoring worker stores it and the GraphQL `RoundResult` type
 * shows it: perilaku from the sources, hasil kerja from KPI data or the supervisor's rating, and
 * the predikat from both.
 */
import { KpiIndicatorInput, computeHasilKerja } from './hasil-kerja';
import { combineSources } from './perilaku';
import { ScoringPolicy } from './policy';
import { PredikatValue, predikatKinerjaOrNull } from './predikat';
import { RATING_VALUES, RatingValue } from './rating';
import { PublicSourceInput, ReviewerInput, SourceStats, publicSourceStats, reviewerSourceStats } from './sources';
import { ConfidenceInterval } from './stats';

export type ReviewerSourceValue = 'SUPERVISOR' | 'PEER' | 'SUBORDINATE' | 'SELF';

export interface RoundScoringInputs {
  /** Submitted reviews per relation; a missing or empty list means nobody of that relation submitted. */
  readonly reviewers?: Readonly<Partial<Record<ReviewerSourceValue, readonly ReviewerInput[]>>>;
  /** Ratings attributed to the employee in the period; absent or without respondents → no public source. */
  readonly publicRatings?: PublicSourceInput | null;
  /** KPI indicators of the employee's SKP; absent or empty → no KPI data. */
  readonly kpi?: readonly KpiIndicatorInput[] | null;
  /**
   * The hasil-kerja rating the supervisor gave when closing. When present it is the round's
   * rating, also when KPI data exists (an audited override); hasilKerjaScore stays the KPI score.
   */
  readonly hasilKerjaOverride?: RatingValue | null;
}

export interface RoundSourceResult {
  source: 'SUPERVISOR' | 'PEER' | 'SUBORDINATE' | 'SELF' | 'PUBLIC';
  count: number;
  mean: number;
  score: number;
  weight: number;
  counted: boolean;
  sd: number | null;
  ci95: ConfidenceInterval | null;
}

export interface RoundResult {
  perilakuScore: number | null;
  perilakuRating: RatingValue | null;
  hasilKerjaScore: number | null;
  hasilKerjaRating: RatingValue | null;
  /** Null when perilaku or hasil kerja has no rating. */
  predikat: PredikatValue | null;
  sources: RoundSourceResult[];
}

/** Combines the sources, hasil kerja and predikat of one round. All numbers at full precision. */
export function computeRoundResult(policy: ScoringPolicy, inputs: RoundScoringInputs): RoundResult {
  const reviewers = inputs.reviewers ?? {};
  const stats: Partial<Record<RoundSourceResult['source'], SourceStats | null>> = {
    SUPERVISOR: reviewerSourceStats(reviewers.SUPERVISOR ?? []),
    PEER: reviewerSourceStats(reviewers.PEER ?? []),
    SUBORDINATE: reviewerSourceStats(reviewers.SUBORDINATE ?? []),
    SELF: reviewerSourceStats(reviewers.SELF ?? []),
    PUBLIC: inputs.publicRatings ? publicSourceStats(inputs.publicRatings) : null,
  };
  const perilaku = combineSources(policy, stats);
  const hasilKerja = computeHasilKerja(policy, inputs.kpi ?? []);
  const override = inputs.hasilKerjaOverride ?? null;
  if (override !== null && !RATING_VALUES.includes(override)) throw new RangeError(`unknown hasil-kerja rating ${String(override)}`);
  const hasilKerjaRating = override ?? hasilKerja.rating;
  return {
    perilakuScore: perilaku.score,
    perilakuRating: perilaku.rating,
    hasilKerjaScore: hasilKerja.score,
    hasilKerjaRating,
    predikat: predikatKinerjaOrNull(hasilKerjaRating, perilaku.rating),
    sources: perilaku.sources.map((s) => ({
      source: s.source,
      count: s.count,
      mean: s.mean,
      score: s.score,
      weight: s.weight,
      counted: s.counted,
      sd: s.sd,
      ci95: s.ci95,
    })),
  };
}
