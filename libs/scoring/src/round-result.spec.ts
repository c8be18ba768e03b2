import { aggregateIkmAnswers, ikmRespondentMeans } from './ikm';
import { ARCAMANIK_360_V1 } from './policy';
import { RatingValue } from './rating';
import { RoundScoringInputs, computeRoundResult } from './round-result';
import { roundHalfAwayFromZero } from './rounding';

const policy = ARCAMANIK_360_V1;
const WORKED_EXAMPLE = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 2, 3],
  [4, 3, 4, 4, 4, 4, 4, 3, 4],
  [3, 4, 3, 4, 3, 3, 4, 3, 3],
];
const TWELVE_RATINGS = [...WORKED_EXAMPLE, ...WORKED_EXAMPLE, ...WORKED_EXAMPLE];

const SUPERVISOR = [{ mean: 4.2 }];
const PEERS = [{ mean: 4.0 }, { mean: 3.6 }, { mean: 4.4 }];
const KPI_112 = [{ target: 100, realisasi: 112, weight: 1, direction: 'HIGHER_IS_BETTER' as const }];

/** The docs/domain.md 360 example, with the public score as the document gives it (86.81 from 12 ratings). */
const EXAMPLE: RoundScoringInputs = {
  reviewers: { SUPERVISOR, PEER: PEERS },
  publicRatings: { converted: 86.81, respondents: 12 },
  kpi: KPI_112,
};

const display = (x: number | null) => (x === null ? null : roundHalfAwayFromZero(x));

describe('computeRoundResult: docs/domain.md 360 example', () => {
  const result = computeRoundResult(policy, EXAMPLE);

  it('P = 79.86 → SESUAI; H = 112 → DI_ATAS; predikat BAIK', () => {
    expect(result.perilakuScore).toBeCloseTo(79.862, 10);
    expect(display(result.perilakuScore)).toBe(79.86);
    expect(result.perilakuRating).toBe('SESUAI_EKSPEKTASI');
    expect(result.hasilKerjaScore).toBeCloseTo(112, 10);
    expect(result.hasilKerjaRating).toBe('DI_ATAS_EKSPEKTASI');
    expect(result.predikat).toBe('BAIK');
  });

  it('reports each source with count, mean, score, weight, counted, sd and ci95', () => {
    expect(result.sources.map((s) => s.source)).toEqual(['SUPERVISOR', 'PEER', 'PUBLIC']);
    const [supervisor, peer, pub] = result.sources;
    expect(supervisor).toEqual({
      source: 'SUPERVISOR',
      count: 1,
      mean: 4.2,
      score: expect.any(Number),
      weight: 0.5,
      counted: true,
      sd: null,
      ci95: null,
    });
    expect(supervisor.score).toBeCloseTo(80, 10);
    expect(peer).toMatchObject({ source: 'PEER', count: 3, counted: true });
    expect(peer.mean).toBeCloseTo(4, 12);
    expect(peer.score).toBeCloseTo(75, 10);
    expect(peer.weight).toBeCloseTo(0.3, 12);
    expect(peer.sd).toBeCloseTo(0.4, 12);
    expect(peer.ci95?.low).toBeCloseTo(50.1586, 4);
    expect(peer.ci95?.high).toBeCloseTo(99.8414, 4);
    expect(pub).toMatchObject({ source: 'PUBLIC', count: 12, score: 86.81, counted: true, sd: null, ci95: null });
    expect(pub.weight).toBeCloseTo(0.2, 12);
  });

  it('has exactly the fields of the GraphQL RoundResult type', () => {
    expect(Object.keys(result).sort()).toEqual([
      'hasilKerjaRating',
      'hasilKerjaScore',
      'perilakuRating',
      'perilakuScore',
      'predikat',
      'sources',
    ]);
    expect(Object.keys(result.sources[0]).sort()).toEqual(['ci95', 'count', 'counted', 'mean', 'score', 'sd', 'source', 'weight']);
  });

  it('with only 2 peers: P = 81.95 → SESUAI, peers reported but not counted', () => {
    const two = computeRoundResult(policy, { ...EXAMPLE, reviewers: { SUPERVISOR, PEER: PEERS.slice(0, 2) } });
    expect(display(two.perilakuScore)).toBe(81.95);
    expect(two.perilakuRating).toBe('SESUAI_EKSPEKTASI');
    expect(two.predikat).toBe('BAIK');
    expect(two.sources[1]).toMatchObject({ source: 'PEER', count: 2, counted: false, weight: 0 });
    expect(two.sources[1].score).toBeCloseTo(70, 10); // (4.0 + 3.6) / 2 = 3.8 → 70, shown but not weighted
  });
});

describe('computeRoundResult: public source from the ratings themselves', () => {
  const publicRatings = { aggregates: aggregateIkmAnswers(TWELVE_RATINGS), respondentMeans: ikmRespondentMeans(TWELVE_RATINGS) };

  it('full precision public 86.8055…: P = 79.86; with 2 peers 81.94 (docs/domain.md rounds the public score first)', () => {
    const three = computeRoundResult(policy, { ...EXAMPLE, publicRatings });
    expect(display(three.perilakuScore)).toBe(79.86);
    const two = computeRoundResult(policy, { ...EXAMPLE, publicRatings, reviewers: { SUPERVISOR, PEER: PEERS.slice(0, 2) } });
    expect(two.perilakuScore).toBeCloseTo((0.5 * 80 + 0.2 * ((31.25 / 9) * 25)) / 0.7, 10);
    expect(display(two.perilakuScore)).toBe(81.94);
  });

  it('reports the public spread from respondent means', () => {
    const pub = computeRoundResult(policy, { ...EXAMPLE, publicRatings }).sources.find((s) => s.source === 'PUBLIC');
    expect(pub?.mean).toBeCloseTo(3.4722, 4);
    expect(pub?.sd).toBeCloseTo(0.276766, 6);
    expect(pub?.ci95?.low).toBeCloseTo(82.4093, 4);
  });
});

describe('computeRoundResult: hasil kerja source', () => {
  it('the supervisor rating overrides the KPI rating; the KPI score is kept', () => {
    const result = computeRoundResult(policy, { ...EXAMPLE, hasilKerjaOverride: 'DI_BAWAH_EKSPEKTASI' });
    expect(result.hasilKerjaScore).toBeCloseTo(112, 10);
    expect(result.hasilKerjaRating).toBe('DI_BAWAH_EKSPEKTASI');
    expect(result.predikat).toBe('BUTUH_PERBAIKAN');
  });

  it('without KPI data the supervisor rating is used', () => {
    const result = computeRoundResult(policy, { ...EXAMPLE, kpi: null, hasilKerjaOverride: 'SESUAI_EKSPEKTASI' });
    expect(result.hasilKerjaScore).toBeNull();
    expect(result.hasilKerjaRating).toBe('SESUAI_EKSPEKTASI');
    expect(result.predikat).toBe('BAIK');
  });

  it('without KPI data or a supervisor rating: no hasil-kerja rating and no predikat', () => {
    for (const kpi of [undefined, null, []]) {
      const result = computeRoundResult(policy, { ...EXAMPLE, kpi, hasilKerjaOverride: null });
      expect(result).toMatchObject({ hasilKerjaScore: null, hasilKerjaRating: null, predikat: null, perilakuRating: 'SESUAI_EKSPEKTASI' });
    }
  });

  it('rejects an unknown override', () => {
    expect(() => computeRoundResult(policy, { ...EXAMPLE, hasilKerjaOverride: 'BAIK' as RatingValue })).toThrow(RangeError);
  });
});

describe('computeRoundResult: sources', () => {
  it('nothing at all: every figure null', () => {
    expect(computeRoundResult(policy, {})).toEqual({
      perilakuScore: null,
      perilakuRating: null,
      hasilKerjaScore: null,
      hasilKerjaRating: null,
      predikat: null,
      sources: [],
    });
  });

  it('no source counted: perilaku and predikat null even with KPI data', () => {
    const result = computeRoundResult(policy, { reviewers: { PEER: PEERS.slice(0, 2) }, kpi: KPI_112 });
    expect(result).toMatchObject({ perilakuScore: null, perilakuRating: null, hasilKerjaRating: 'DI_ATAS_EKSPEKTASI', predikat: null });
    expect(result.sources).toHaveLength(1);
  });

  it('only the supervisor: P = S with weight 1', () => {
    const result = computeRoundResult(policy, { reviewers: { SUPERVISOR: [{ items: [5, 5, 4, 5, 5, 4, 5] }] }, kpi: KPI_112 });
    expect(result.perilakuScore).toBeCloseTo(((33 / 7 - 1) / 4) * 100, 10);
    expect(result.perilakuRating).toBe('DI_ATAS_EKSPEKTASI');
    expect(result.predikat).toBe('SANGAT_BAIK');
    expect(result.sources).toEqual([expect.objectContaining({ source: 'SUPERVISOR', weight: 1, counted: true })]);
  });

  it('no public ratings (absent or zero respondents)', () => {
    for (const publicRatings of [undefined, null, { converted: 90, respondents: 0 }, { aggregates: aggregateIkmAnswers([]) }]) {
      const result = computeRoundResult(policy, { ...EXAMPLE, publicRatings });
      expect(result.perilakuScore).toBeCloseTo(78.125, 10);
      expect(result.sources.map((s) => s.source)).toEqual(['SUPERVISOR', 'PEER']);
    }
  });

  it('empty reviewer lists are absent sources', () => {
    const result = computeRoundResult(policy, { reviewers: { SUPERVISOR, PEER: [], SUBORDINATE: [], SELF: [] } });
    expect(result.sources.map((s) => s.source)).toEqual(['SUPERVISOR']);
  });

  it('self and subordinates are shown but not weighted', () => {
    const result = computeRoundResult(policy, {
      ...EXAMPLE,
      reviewers: { SUPERVISOR, PEER: PEERS, SUBORDINATE: [{ mean: 1 }, { mean: 1 }, { mean: 2 }], SELF: [{ mean: 5 }] },
    });
    expect(result.perilakuScore).toBeCloseTo(79.862, 10);
    expect(result.sources.map((s) => [s.source, s.counted, s.weight])).toEqual([
      ['SUPERVISOR', true, 0.5],
      ['PEER', true, expect.closeTo(0.3, 12)],
      ['SUBORDINATE', false, 0],
      ['SELF', false, 0],
      ['PUBLIC', true, expect.closeTo(0.2, 12)],
    ]);
    expect(result.sources[3]).toMatchObject({ count: 1, mean: 5, score: 100, sd: null, ci95: null });
  });

  it('behaviour below expectation with results above is KURANG', () => {
    const result = computeRoundResult(policy, { reviewers: { SUPERVISOR: [{ mean: 3 }] }, kpi: KPI_112 });
    expect(result.perilakuScore).toBe(50);
    expect(result.perilakuRating).toBe('DI_BAWAH_EKSPEKTASI');
    expect(result.predikat).toBe('KURANG');
  });

  it('identical peers: sd 0 and a collapsed CI', () => {
    const result = computeRoundResult(policy, { reviewers: { PEER: [{ mean: 4 }, { mean: 4 }, { mean: 4 }, { mean: 4 }] } });
    expect(result.sources[0]).toMatchObject({ sd: 0, ci95: { low: 75, high: 75 }, score: 75 });
  });
});
