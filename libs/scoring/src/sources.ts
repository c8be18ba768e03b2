/**
 * Per-source figures of a 360° round: count, mean, 0–100 score, spread and a 95% confidence
 * interval. Reviewer sources (supervisor, peers, subordinates, self) use the BerAKHLAK items
 * scored 1–5; the public source uses the IKM of the ratings attributed to the employee.
 */
import { IKM_CONVERSION_FACTOR, IKM_MAX_ANSWER, IKM_MIN_ANSWER, IkmAggregates, computeIkm } from './ikm';
import { ConfidenceInterval, mean, sampleStandardDeviation, tConfidenceInterval } from './stats';

export const REVIEW_ITEM_MIN = 1;
export const REVIEW_ITEM_MAX = 5;
export const CONFIDENCE_LEVEL = 0.95;

/**
 * One reviewer's submission: either the item scores (1–5 each; the instrument is versioned, so
 * the number of items is not fixed here) or their mean, as SQL can give per reviewer.
 */
export type ReviewerInput = { readonly items: readonly number[] } | { readonly mean: number };

export interface SourceStats {
  /** Reviewers who submitted, or public respondents. */
  count: number;
  /** Mean on the instrument scale: item score 1–5 for reviewers (mean of reviewer means), IKM 1–4 for PUBLIC. */
  mean: number;
  /** The source score on its 0–100 scale (PUBLIC: the converted IKM, 25–100). Full precision. */
  score: number;
  /** Sample standard deviation (n − 1) of the per-reviewer (per-respondent) means, on the `mean` scale; null for n < 2. */
  sd: number | null;
  /** 95% Student-t interval on the `score` scale, clamped to that scale; null for n < 2. */
  ci95: ConfidenceInterval | null;
}

/** S = (mean item score − 1) / 4 × 100: 1 → 0, 3 → 50, 5 → 100. */
export function itemMeanToScore(itemMean: number): number {
  return ((itemMean - REVIEW_ITEM_MIN) / (REVIEW_ITEM_MAX - REVIEW_ITEM_MIN)) * 100;
}

/** Points of score per point of item mean (25): converts a standard deviation to the score scale. */
const REVIEW_SCORE_PER_POINT = 100 / (REVIEW_ITEM_MAX - REVIEW_ITEM_MIN);

function assertItemScore(value: number, what: string): void {
  if (!Number.isFinite(value) || value < REVIEW_ITEM_MIN || value > REVIEW_ITEM_MAX) {
    throw new RangeError(`${what} must be within ${REVIEW_ITEM_MIN}–${REVIEW_ITEM_MAX}, got ${value}`);
  }
}

/** The reviewer's mean item score (1–5). */
export function reviewerMean(reviewer: ReviewerInput): number {
  if ('items' in reviewer) {
    if (reviewer.items.length === 0) throw new RangeError('reviewer: no item scores');
    reviewer.items.forEach((item, i) => assertItemScore(item, `reviewer item ${i}`));
    return mean(reviewer.items) as number;
  }
  assertItemScore(reviewer.mean, 'reviewer mean');
  return reviewer.mean;
}

/**
 * A reviewer source: each reviewer's items are averaged first, then reviewers are averaged with
 * equal weight, then mapped to 0–100. Null when nobody submitted.
 */
export function reviewerSourceStats(reviewers: readonly ReviewerInput[]): SourceStats | null {
  if (reviewers.length === 0) return null;
  const means = reviewers.map(reviewerMean);
  const sourceMean = mean(means) as number;
  const score = itemMeanToScore(sourceMean);
  const sd = sampleStandardDeviation(means);
  const ci95 = tConfidenceInterval(score, sd === null ? null : sd * REVIEW_SCORE_PER_POINT, means.length, CONFIDENCE_LEVEL, {
    min: 0,
    max: 100,
  });
  return { count: means.length, mean: sourceMean, score, sd, ci95 };
}

/**
 * The public source: IKM aggregates of the ratings attributed to the employee, or an already
 * computed converted IKM with its respondent count. `respondentMeans` (each respondent's mean
 * answer, 1–4; see ikmRespondentMeans) is optional and only feeds sd and ci95; without it they are
 * null, since sums and counts per element carry no spread.
 */
export type PublicSourceInput =
  | { readonly aggregates: IkmAggregates; readonly respondentMeans?: readonly number[] }
  | { readonly converted: number; readonly respondents: number; readonly respondentMeans?: readonly number[] };

/**
 * Null when there are no respondents, or when the IKM cannot be computed (an element without
 * answers): the source is then absent, as if nobody had rated.
 */
export function publicSourceStats(input: PublicSourceInput): SourceStats | null {
  let count: number;
  let score: number;
  if ('aggregates' in input) {
    const ikm = computeIkm(input.aggregates);
    if (ikm.converted === null) return null;
    count = ikm.respondents;
    score = ikm.converted;
  } else {
    const { converted, respondents } = input;
    if (!Number.isInteger(respondents) || respondents < 0) {
      throw new RangeError(`public source: respondents must be a non-negative integer, got ${respondents}`);
    }
    if (respondents === 0) return null;
    const min = IKM_MIN_ANSWER * IKM_CONVERSION_FACTOR;
    const max = IKM_MAX_ANSWER * IKM_CONVERSION_FACTOR;
    if (!Number.isFinite(converted) || converted < min || converted > max) {
      throw new RangeError(`public source: converted IKM must be within ${min}–${max}, got ${converted}`);
    }
    count = respondents;
    score = converted;
  }

  let sd: number | null = null;
  if (input.respondentMeans !== undefined) {
    if (input.respondentMeans.length !== count) {
      throw new RangeError(`public source: ${input.respondentMeans.length} respondent means for ${count} respondents`);
    }
    input.respondentMeans.forEach((m) => {
      if (!Number.isFinite(m) || m < IKM_MIN_ANSWER || m > IKM_MAX_ANSWER) {
        throw new RangeError(`public source: respondent mean must be within ${IKM_MIN_ANSWER}–${IKM_MAX_ANSWER}, got ${m}`);
      }
    });
    sd = sampleStandardDeviation(input.respondentMeans);
  }
  const ci95 = tConfidenceInterval(score, sd === null ? null : sd * IKM_CONVERSION_FACTOR, count, CONFIDENCE_LEVEL, {
    min: IKM_MIN_ANSWER * IKM_CONVERSION_FACTOR,
    max: IKM_MAX_ANSWER * IKM_CONVERSION_FACTOR,
  });
  return { count, mean: score / IKM_CONVERSION_FACTOR, score, sd, ci95 };
}
