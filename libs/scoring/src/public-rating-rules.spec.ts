import {
  clipComment,
  COMMENT_MAX_CHARACTERS,
  commentLength,
  IDEMPOTENCY_KEY_MAX,
  IDEMPOTENCY_KEY_MIN,
  isIdempotencyKey,
  isUuid,
  RATING_CLOCK_SKEW_MS,
  RATING_MAX_AGE_MS,
  ratingShapeProblem,
  respondentToStore,
  submittedAtProblem,
} from './public-rating-rules';

describe('public-rating-rules', () => {
  it('counts a comment in code points, as PostgreSQL does', () => {
    expect(commentLength('abc')).toBe(3);
    expect(commentLength('😀😀')).toBe(2);
    expect(commentLength('a\uFE0F')).toBe(2);
    expect(commentLength('\uD800x')).toBe(2); // a lone surrogate is one
  });

  it('clips a comment to the limit without splitting a surrogate pair', () => {
    const long = '😀'.repeat(COMMENT_MAX_CHARACTERS + 3);
    const clipped = clipComment(long);
    expect(commentLength(clipped)).toBe(COMMENT_MAX_CHARACTERS);
    expect(clipped.length).toBe(2 * COMMENT_MAX_CHARACTERS);
    expect(clipComment('kurang')).toBe('kurang');
  });

  it('takes keys of the allowed length and alphabet only', () => {
    expect(isIdempotencyKey('a'.repeat(IDEMPOTENCY_KEY_MIN))).toBe(true);
    expect(isIdempotencyKey('a'.repeat(IDEMPOTENCY_KEY_MAX))).toBe(true);
    expect(isIdempotencyKey('a'.repeat(IDEMPOTENCY_KEY_MIN - 1))).toBe(false);
    expect(isIdempotencyKey('a'.repeat(IDEMPOTENCY_KEY_MAX + 1))).toBe(false);
    expect(isIdempotencyKey('abc_def-9')).toBe(true);
    expect(isIdempotencyKey('abc.defgh')).toBe(false);
    expect(isIdempotencyKey(12345678)).toBe(false);
  });

  it('one id rule: any version of a canonical UUID', () => {
    expect(isUuid('00000000-0000-0000-0000-000000000001')).toBe(true);
    expect(isUuid('3f2504e0-4f89-11d3-9a0c-0305e82c3301')).toBe(true);
    expect(isUuid('3f2504e0-4f89-11d3-9a0c-0305e82c330')).toBe(false);
    expect(isUuid('{3f2504e0-4f89-11d3-9a0c-0305e82c3301}')).toBe(false);
  });

  it('a kiosk time: at most the skew ahead, at most the maximum age behind', () => {
    const now = Date.UTC(2026, 11, 2, 9);
    expect(submittedAtProblem(new Date(now), now)).toBeNull();
    expect(submittedAtProblem(new Date(now + RATING_CLOCK_SKEW_MS), now)).toBeNull();
    expect(submittedAtProblem(new Date(now + RATING_CLOCK_SKEW_MS + 1), now)).toBe('FUTURE');
    expect(submittedAtProblem(new Date(now - RATING_MAX_AGE_MS), now)).toBeNull();
    expect(submittedAtProblem(new Date(now - RATING_MAX_AGE_MS - 1), now)).toBe('TOO_OLD');
  });

  it('the shape of each kind', () => {
    const nine = [4, 4, 4, 4, 4, 4, 4, 4, 4];
    expect(ratingShapeProblem('IKM', nine, null)).toBeNull();
    expect(ratingShapeProblem('IKM', nine.slice(1), null)).toEqual({ field: 'answers', problem: 'IKM_ANSWER_COUNT' });
    expect(ratingShapeProblem('IKM', nine, 3)).toEqual({ field: 'score', problem: 'IKM_NO_SCORE' });
    expect(ratingShapeProblem('QUICK', undefined, 3)).toBeNull();
    expect(ratingShapeProblem('QUICK', [], 3)).toBeNull();
    expect(ratingShapeProblem('QUICK', undefined, undefined)).toEqual({ field: 'score', problem: 'QUICK_NEEDS_SCORE' });
    expect(ratingShapeProblem('QUICK', nine, 3)).toEqual({ field: 'answers', problem: 'QUICK_NO_ANSWERS' });
  });

  it('keeps only the profile’s bands', () => {
    expect(respondentToStore({ ageBand: 'AGE_30_39', name: 'Budi', sex: undefined })).toEqual({ ageBand: 'AGE_30_39' });
    expect(respondentToStore({ name: 'Budi' })).toBeNull();
    expect(respondentToStore(null)).toBeNull();
  });
});
