/**
 * The low-satisfaction alert (issue 15): when a service point receives a run of bad ratings, the
 * heads of its unit (and of the units above it) get an in-app notification SATISFACTION_LOW. One
 * home for the rule: the worker's check, the repository's read and the docs all use these names.
 *
 * A rating's "overall" score is on the 1–4 answer scale: the mean of the nine answers of an IKM
 * questionnaire, or the one tap of a QUICK rating.
 */

/** The run looks at a service point's latest ratings, at most this many… */
export const LOW_SATISFACTION_WINDOW_RATINGS = 10;
/** …received within this many hours before the check… */
export const LOW_SATISFACTION_WINDOW_HOURS = 24;
/** …and a rating is bad when its overall score is at most this (2 = "kurang baik" or worse)… */
export const LOW_SATISFACTION_BAD_OVERALL_MAX = 2;
/** …and the alert fires when at least this many of them are bad. */
export const LOW_SATISFACTION_MIN_BAD = 5;

/** The whole rule as one value (for messages and docs). */
export const LOW_SATISFACTION_RULE = Object.freeze({
  windowRatings: LOW_SATISFACTION_WINDOW_RATINGS,
  windowHours: LOW_SATISFACTION_WINDOW_HOURS,
  badOverallMax: LOW_SATISFACTION_BAD_OVERALL_MAX,
  minBad: LOW_SATISFACTION_MIN_BAD,
});

/** The overall score of one rating: the mean of an IKM questionnaire's answers, or a QUICK score. */
export function ratingOverall(rating: { answers?: readonly number[] | null; score?: number | null }): number {
  if (rating.answers && rating.answers.length) return rating.answers.reduce((t, a) => t + a, 0) / rating.answers.length;
  if (typeof rating.score === 'number') return rating.score;
  throw new Error('a rating has either answers or a score');
}

/** How many of the overall scores are bad. */
export function badRatingCount(overalls: readonly number[]): number {
  return overalls.filter((o) => o <= LOW_SATISFACTION_BAD_OVERALL_MAX).length;
}

/**
 * Is this a run of bad ratings? `recentOveralls`: the overall scores of the service point's latest
 * ratings received within the window (newest first; only the first LOW_SATISFACTION_WINDOW_RATINGS count).
 */
export function isLowSatisfactionRun(recentOveralls: readonly number[]): boolean {
  return badRatingCount(recentOveralls.slice(0, LOW_SATISFACTION_WINDOW_RATINGS)) >= LOW_SATISFACTION_MIN_BAD;
}
