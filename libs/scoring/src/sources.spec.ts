import { aggregateIkmAnswers, ikmRespondentMeans } from './ikm';
import { itemMeanToScore, publicSourceStats, reviewerMean, reviewerSourceStats } from './sources';

const WORKED_EXAMPLE = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 2, 3],
  [4, 3, 4, 4, 4, 4, 4, 3, 4],
  [3, 4, 3, 4, 3, 3, 4, 3, 3],
];
/** The worked example three times: 12 ratings with the same NRRs (converted 86.8055…). */
const TWELVE_RATINGS = [...WORKED_EXAMPLE, ...WORKED_EXAMPLE, ...WORKED_EXAMPLE];

describe('itemMeanToScore', () => {
  it('maps 1–5 onto 0–100', () => {
    expect(itemMeanToScore(1)).toBe(0);
    expect(itemMeanToScore(3)).toBe(50);
    expect(itemMeanToScore(5)).toBe(100);
    expect(itemMeanToScore(4.2)).toBeCloseTo(80, 10);
    expect(itemMeanToScore(4)).toBe(75);
  });
});

describe('reviewerMean', () => {
  it('averages the items, or takes the given mean', () => {
    expect(reviewerMean({ items: [4, 4, 4, 5, 4] })).toBeCloseTo(4.2, 12);
    expect(reviewerMean({ items: [5, 4, 4, 3, 4, 5, 3] })).toBeCloseTo(4, 12);
    expect(reviewerMean({ mean: 3.6 })).toBe(3.6);
  });
  it('rejects scores outside 1–5 and empty submissions', () => {
    expect(() => reviewerMean({ items: [] })).toThrow(RangeError);
    expect(() => reviewerMean({ items: [4, 6] })).toThrow(RangeError);
    expect(() => reviewerMean({ items: [0, 4] })).toThrow(RangeError);
    expect(() => reviewerMean({ items: [NaN] })).toThrow(RangeError);
    expect(() => reviewerMean({ mean: 0.9 })).toThrow(RangeError);
    expect(() => reviewerMean({ mean: 5.1 })).toThrow(RangeError);
  });
});

describe('reviewerSourceStats', () => {
  it('is null when nobody submitted', () => {
    expect(reviewerSourceStats([])).toBeNull();
  });

  it('supervisor mean 4.2 → 80.00; one reviewer has no sd or CI', () => {
    const stats = reviewerSourceStats([{ mean: 4.2 }]);
    expect(stats?.count).toBe(1);
    expect(stats?.mean).toBe(4.2);
    expect(stats?.score).toBeCloseTo(80, 10);
    expect(stats?.sd).toBeNull();
    expect(stats?.ci95).toBeNull();
  });

  it('peers 4.0, 3.6, 4.4 → 75.00 with sd 0.4 and a t(2) interval on the score scale', () => {
    const stats = reviewerSourceStats([{ mean: 4.0 }, { mean: 3.6 }, { mean: 4.4 }]);
    expect(stats?.count).toBe(3);
    expect(stats?.mean).toBeCloseTo(4, 12);
    expect(stats?.score).toBeCloseTo(75, 10);
    expect(stats?.sd).toBeCloseTo(0.4, 12);
    // 75 ± 4.3026527 × (0.4 × 25) / √3
    const half = (4.3026527 * 10) / Math.sqrt(3);
    expect(stats?.ci95?.low).toBeCloseTo(75 - half, 5);
    expect(stats?.ci95?.high).toBeCloseTo(75 + half, 5);
  });

  it('averages each reviewer first, then reviewers with equal weight', () => {
    // Per reviewer: 5 and 1 → 3 → 50. Pooling the six items would give 22 / 6 → 66.67.
    const stats = reviewerSourceStats([{ items: [5, 5, 5, 5] }, { items: [1, 1] }]);
    expect(stats?.mean).toBe(3);
    expect(stats?.score).toBe(50);
  });

  it('mixes item and mean inputs', () => {
    const stats = reviewerSourceStats([{ items: [4, 4, 4, 4, 4, 4, 4] }, { mean: 3 }]);
    expect(stats?.mean).toBe(3.5);
    expect(stats?.score).toBe(62.5);
  });

  it('identical reviewers: sd 0 and the CI collapses to the score', () => {
    const stats = reviewerSourceStats([{ mean: 3.6 }, { mean: 3.6 }, { mean: 3.6 }]);
    expect(stats?.sd).toBe(0);
    expect(stats?.score).toBeCloseTo(65, 10);
    expect(stats?.ci95).toEqual({ low: stats?.score, high: stats?.score });
  });

  it('clamps the CI to 0–100', () => {
    const stats = reviewerSourceStats([{ mean: 5 }, { mean: 5 }, { mean: 4 }]);
    expect(stats?.score).toBeCloseTo(91.6667, 4);
    expect(stats?.ci95?.high).toBe(100);
    expect(stats?.ci95?.low).toBeCloseTo(55.8112, 4);
    const low = reviewerSourceStats([{ mean: 1 }, { mean: 1 }, { mean: 2 }]);
    expect(low?.ci95?.low).toBe(0);
  });
});

describe('publicSourceStats', () => {
  it('uses the converted IKM of the ratings as the score and the IKM as the mean', () => {
    const stats = publicSourceStats({ aggregates: aggregateIkmAnswers(TWELVE_RATINGS) });
    expect(stats?.count).toBe(12);
    expect(stats?.score).toBeCloseTo(86.805556, 6);
    expect(stats?.mean).toBeCloseTo(3.472222, 6);
    expect(stats?.sd).toBeNull();
    expect(stats?.ci95).toBeNull();
  });

  it('estimates sd and a t(11) CI from per-respondent means when given', () => {
    const stats = publicSourceStats({
      aggregates: aggregateIkmAnswers(TWELVE_RATINGS),
      respondentMeans: ikmRespondentMeans(TWELVE_RATINGS),
    });
    // Respondent means 33/9, 28/9, 34/9, 30/9 (×3): squared deviations 22.75 × 3 / 81, divided by 11.
    expect(stats?.sd).toBeCloseTo(Math.sqrt((22.75 * 3) / 81 / 11), 12);
    expect(stats?.sd).toBeCloseTo(0.276766, 6);
    // 86.8056 ± 2.2009852 × 0.276766 × 25 / √12
    expect(stats?.ci95?.low).toBeCloseTo(82.40934, 4);
    expect(stats?.ci95?.high).toBeCloseTo(91.20177, 4);
  });

  it('accepts an already converted IKM', () => {
    const stats = publicSourceStats({ converted: 86.81, respondents: 12 });
    expect(stats).toEqual({ count: 12, mean: 86.81 / 25, score: 86.81, sd: null, ci95: null });
  });

  it('is null without respondents', () => {
    expect(publicSourceStats({ aggregates: aggregateIkmAnswers([]) })).toBeNull();
    expect(publicSourceStats({ converted: 80, respondents: 0 })).toBeNull();
  });

  it('is null when the IKM cannot be computed (an element without answers)', () => {
    expect(publicSourceStats({ aggregates: aggregateIkmAnswers([[4, 4, 4, 4, 4, 4, 4, 4, null]]) })).toBeNull();
  });

  it('one respondent: no sd or CI even with respondent means', () => {
    const one = [[3, 3, 3, 3, 3, 3, 3, 3, 3]];
    const stats = publicSourceStats({ aggregates: aggregateIkmAnswers(one), respondentMeans: ikmRespondentMeans(one) });
    expect(stats?.score).toBe(75);
    expect(stats?.sd).toBeNull();
    expect(stats?.ci95).toBeNull();
  });

  it('clamps the CI to 25–100', () => {
    const stats = publicSourceStats({ converted: 98, respondents: 3, respondentMeans: [4, 4, 3.5] });
    expect(stats?.ci95?.high).toBe(100);
  });

  it('rejects inconsistent input', () => {
    expect(() => publicSourceStats({ converted: 24, respondents: 5 })).toThrow(RangeError);
    expect(() => publicSourceStats({ converted: 101, respondents: 5 })).toThrow(RangeError);
    expect(() => publicSourceStats({ converted: 80, respondents: -1 })).toThrow(RangeError);
    expect(() => publicSourceStats({ converted: 80, respondents: 3, respondentMeans: [3, 3] })).toThrow(/2 respondent means for 3/);
    expect(() => publicSourceStats({ converted: 80, respondents: 2, respondentMeans: [3, 4.5] })).toThrow(RangeError);
  });
});
