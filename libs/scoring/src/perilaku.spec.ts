import { SOURCE_ORDER, combineSources, perilakuRating, sourceCounts } from './perilaku';
import { ARCAMANIK_360_V1, ScoringPolicy } from './policy';
import { roundHalfAwayFromZero } from './rounding';
import { SourceStats } from './sources';

const policy = ARCAMANIK_360_V1;

function stats(score: number, count: number): SourceStats {
  return { count, mean: score / 25 + 1, score, sd: null, ci95: null };
}

const SUPERVISOR = stats(80, 1);
const PEERS = stats(75, 3);
const TWO_PEERS = stats(75, 2);
const PUBLIC = { ...stats(86.81, 12), mean: 86.81 / 25 };

function withPolicy(overrides: Partial<ScoringPolicy>): ScoringPolicy {
  return { ...ARCAMANIK_360_V1, ...overrides };
}

function weightOf(result: ReturnType<typeof combineSources>, source: string): number | undefined {
  return result.sources.find((s) => s.source === source)?.weight;
}

describe('combineSources: docs/domain.md 360 example', () => {
  it('P = 0.5·80 + 0.3·75 + 0.2·86.81 = 79.86 → SESUAI', () => {
    const result = combineSources(policy, { SUPERVISOR, PEER: PEERS, PUBLIC });
    expect(result.score).toBeCloseTo(79.862, 10);
    expect(roundHalfAwayFromZero(result.score as number)).toBe(79.86);
    expect(result.rating).toBe('SESUAI_EKSPEKTASI');
    expect(result.sources.map((s) => [s.source, s.counted])).toEqual([
      ['SUPERVISOR', true],
      ['PEER', true],
      ['PUBLIC', true],
    ]);
    expect(weightOf(result, 'SUPERVISOR')).toBeCloseTo(0.5, 12);
    expect(weightOf(result, 'PEER')).toBeCloseTo(0.3, 12);
    expect(weightOf(result, 'PUBLIC')).toBeCloseTo(0.2, 12);
  });

  it('with only 2 peers the peer source drops out: P = (0.5·80 + 0.2·86.81) / 0.7 = 81.95', () => {
    const result = combineSources(policy, { SUPERVISOR, PEER: TWO_PEERS, PUBLIC });
    expect(result.score).toBeCloseTo(57.362 / 0.7, 10);
    expect(roundHalfAwayFromZero(result.score as number)).toBe(81.95);
    expect(result.rating).toBe('SESUAI_EKSPEKTASI');
    const peer = result.sources.find((s) => s.source === 'PEER');
    expect(peer).toMatchObject({ count: 2, score: 75, counted: false, weight: 0 });
    expect(weightOf(result, 'SUPERVISOR')).toBeCloseTo(5 / 7, 12);
    expect(weightOf(result, 'PUBLIC')).toBeCloseTo(2 / 7, 12);
  });

  it('with the unrounded public score (86.8055…) the 2-peer case is 81.94, not 81.95', () => {
    // docs/domain.md's 81.95 comes from weighting the public score already rounded to 86.81.
    const result = combineSources(policy, { SUPERVISOR, PEER: TWO_PEERS, PUBLIC: stats((31.25 / 9) * 25, 12) });
    expect(roundHalfAwayFromZero(result.score as number)).toBe(81.94);
  });
});

describe('combineSources: missing sources', () => {
  it('no peers: supervisor and public renormalised to 5/7 and 2/7', () => {
    const result = combineSources(policy, { SUPERVISOR, PUBLIC });
    expect(result.score).toBeCloseTo((0.5 * 80 + 0.2 * 86.81) / 0.7, 10);
    expect(result.sources.map((s) => s.source)).toEqual(['SUPERVISOR', 'PUBLIC']);
  });

  it('no public: P = (0.5·80 + 0.3·75) / 0.8 = 78.125', () => {
    const result = combineSources(policy, { SUPERVISOR, PEER: PEERS, PUBLIC: null });
    expect(result.score).toBeCloseTo(78.125, 10);
    expect(weightOf(result, 'SUPERVISOR')).toBeCloseTo(0.625, 12);
    expect(weightOf(result, 'PEER')).toBeCloseTo(0.375, 12);
  });

  it('only the supervisor: P = S, weight 1', () => {
    const result = combineSources(policy, { SUPERVISOR });
    expect(result.score).toBe(80);
    expect(result.sources).toEqual([{ source: 'SUPERVISOR', ...SUPERVISOR, weight: 1, counted: true }]);
  });

  it('only peers', () => {
    const result = combineSources(policy, { PEER: PEERS });
    expect(result.score).toBe(75);
    expect(weightOf(result, 'PEER')).toBe(1);
  });

  it('nothing at all: null score and rating, no sources', () => {
    expect(combineSources(policy, {})).toEqual({ score: null, rating: null, sources: [] });
  });

  it('nothing counted: sources reported, score null', () => {
    const result = combineSources(policy, { PEER: TWO_PEERS, PUBLIC: stats(70, 4) });
    expect(result.score).toBeNull();
    expect(result.rating).toBeNull();
    expect(result.sources.map((s) => [s.source, s.counted, s.weight])).toEqual([
      ['PEER', false, 0],
      ['PUBLIC', false, 0],
    ]);
  });

  it('public below its minimum of 5 is reported but not counted', () => {
    const result = combineSources(policy, { SUPERVISOR, PUBLIC: stats(40, 4) });
    expect(result.score).toBe(80);
    expect(result.sources[1]).toMatchObject({ source: 'PUBLIC', count: 4, counted: false, weight: 0 });
    expect(combineSources(policy, { SUPERVISOR, PUBLIC: stats(40, 5) }).score).toBeCloseTo((0.5 * 80 + 0.2 * 40) / 0.7, 10);
  });
});

describe('combineSources: subordinates and self', () => {
  it('SUBORDINATE with weight 0 is reported but not counted', () => {
    const result = combineSources(policy, { SUPERVISOR, PEER: PEERS, SUBORDINATE: stats(10, 5) });
    expect(result.score).toBeCloseTo(78.125, 10);
    expect(result.sources.find((s) => s.source === 'SUBORDINATE')).toMatchObject({ count: 5, score: 10, counted: false, weight: 0 });
  });

  it('SUBORDINATE counts when the agency policy gives it a weight and the minimum is met', () => {
    const custom = withPolicy({ weights: { ...policy.weights, SUBORDINATE: 0.2 } });
    const result = combineSources(custom, { SUPERVISOR, PEER: PEERS, SUBORDINATE: stats(10, 3) });
    expect(result.score).toBeCloseTo((0.5 * 80 + 0.3 * 75 + 0.2 * 10) / 1.0, 10);
    expect(weightOf(result, 'SUBORDINATE')).toBeCloseTo(0.2, 12);
    expect(combineSources(custom, { SUPERVISOR, SUBORDINATE: stats(10, 2) }).score).toBe(80);
  });

  it('SELF is never counted, even when a policy gives it a weight', () => {
    const custom = withPolicy({ weights: { ...policy.weights, SELF: 0.4 } });
    for (const p of [policy, custom]) {
      const result = combineSources(p, { SUPERVISOR, SELF: stats(100, 1) });
      expect(result.score).toBe(80);
      expect(result.sources.find((s) => s.source === 'SELF')).toMatchObject({ score: 100, counted: false, weight: 0 });
    }
  });
});

describe('combineSources: renormalisation', () => {
  const all = { SUPERVISOR, PEER: PEERS, SUBORDINATE: stats(50, 4), SELF: stats(90, 1), PUBLIC };
  const weighted = withPolicy({ weights: { SUPERVISOR: 0.4, PEER: 0.25, SUBORDINATE: 0.15, SELF: 0.1, PUBLIC: 0.2 } });
  const subsets = Array.from({ length: 31 }, (_, mask) => mask + 1).map((mask) =>
    Object.fromEntries(SOURCE_ORDER.filter((_, i) => mask & (1 << i)).map((s) => [s, all[s]])),
  );

  it.each(subsets.map((subset) => [Object.keys(subset).join('+'), subset]))(
    '%s: counted weights sum to 1, P is their weighted mean',
    (_, subset) => {
      const result = combineSources(weighted, subset);
      const counted = result.sources.filter((s) => s.counted);
      if (counted.length === 0) {
        expect(result.score).toBeNull();
        return;
      }
      expect(counted.reduce((sum, s) => sum + s.weight, 0)).toBeCloseTo(1, 12);
      expect(result.score).toBeCloseTo(
        counted.reduce((sum, s) => sum + s.weight * s.score, 0),
        10,
      );
      for (const s of counted)
        expect(s.weight / weighted.weights[s.source]).toBeCloseTo(counted[0].weight / weighted.weights[counted[0].source], 12);
    },
  );

  it('reports sources in a fixed order whatever the input order', () => {
    const result = combineSources(policy, { PUBLIC, SELF: stats(90, 1), PEER: PEERS, SUPERVISOR });
    expect(result.sources.map((s) => s.source)).toEqual(['SUPERVISOR', 'PEER', 'SELF', 'PUBLIC']);
  });
});

describe('perilakuRating', () => {
  it.each([
    [0, 'DI_BAWAH_EKSPEKTASI'],
    [64.999, 'DI_BAWAH_EKSPEKTASI'],
    [65, 'SESUAI_EKSPEKTASI'],
    [79.862, 'SESUAI_EKSPEKTASI'],
    [84.999, 'SESUAI_EKSPEKTASI'],
    [85, 'DI_ATAS_EKSPEKTASI'],
    [100, 'DI_ATAS_EKSPEKTASI'],
  ])('P = %d → %s', (score, rating) => {
    expect(perilakuRating(policy, score)).toBe(rating);
  });

  it('compares full precision: 84.999 displays as 85.00 but stays SESUAI', () => {
    expect(roundHalfAwayFromZero(84.999)).toBe(85);
    expect(perilakuRating(policy, 84.999)).toBe('SESUAI_EKSPEKTASI');
    expect(roundHalfAwayFromZero(64.999)).toBe(65);
    expect(perilakuRating(policy, 64.999)).toBe('DI_BAWAH_EKSPEKTASI');
  });

  it('uses the thresholds of the policy', () => {
    const strict = withPolicy({ perilaku: { diAtas: 90, sesuai: 70 } });
    expect(perilakuRating(strict, 85)).toBe('SESUAI_EKSPEKTASI');
    expect(perilakuRating(strict, 69)).toBe('DI_BAWAH_EKSPEKTASI');
    expect(perilakuRating(strict, 90)).toBe('DI_ATAS_EKSPEKTASI');
  });
});

describe('sourceCounts and policy validation', () => {
  it('needs the minimum count and a positive weight', () => {
    expect(sourceCounts(policy, 'SUPERVISOR', 1)).toBe(true);
    expect(sourceCounts(policy, 'SUPERVISOR', 0)).toBe(false);
    expect(sourceCounts(policy, 'PEER', 2)).toBe(false);
    expect(sourceCounts(policy, 'PEER', 3)).toBe(true);
    expect(sourceCounts(policy, 'PUBLIC', 4)).toBe(false);
    expect(sourceCounts(policy, 'PUBLIC', 5)).toBe(true);
    expect(sourceCounts(policy, 'SUBORDINATE', 10)).toBe(false);
    expect(sourceCounts(policy, 'SELF', 1)).toBe(false);
  });

  it('needs at least one input even when the policy minimum is 0', () => {
    const lax = withPolicy({ minCount: { ...policy.minCount, PEER: 0 } });
    expect(sourceCounts(lax, 'PEER', 0)).toBe(false);
    expect(sourceCounts(lax, 'PEER', 1)).toBe(true);
    expect(combineSources(lax, { SUPERVISOR, PEER: stats(60, 1) }).score).toBeCloseTo((0.5 * 80 + 0.3 * 60) / 0.8, 10);
  });

  it('rejects negative or non-finite weights and bad minimum counts', () => {
    expect(() => combineSources(withPolicy({ weights: { ...policy.weights, PEER: -0.1 } }), { SUPERVISOR })).toThrow(RangeError);
    expect(() => combineSources(withPolicy({ weights: { ...policy.weights, PUBLIC: NaN } }), { SUPERVISOR })).toThrow(RangeError);
    expect(() => combineSources(withPolicy({ minCount: { ...policy.minCount, PEER: 2.5 } }), { SUPERVISOR })).toThrow(RangeError);
  });
});
