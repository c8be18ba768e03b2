/**
 * The worked example of the team's DOMAIN.md (the corrected 360 example, with whole-number item
 * scores a reviewer can actually give), computed by hand in the comments and through the
 * libs/scoring functions the worker uses. docs/domain.md and round-result.spec.ts keep the older
 * example (supervisor mean 4.2, P = 79.86), which no seven whole-number scores can produce.
 */
import { computeHasilKerja } from './hasil-kerja';
import { computeHasilKerjaForPeriod } from './hasil-kerja-period';
import { aggregateIkmAnswers, computeIkm, ikmRespondentMeans } from './ikm';
import { combineSources } from './perilaku';
import { ARCAMANIK_360_V1 } from './policy';
import { predikatKinerja } from './predikat';
import { computeRoundResult } from './round-result';
import { roundHalfAwayFromZero } from './rounding';
import { publicSourceStats, reviewerSourceStats } from './sources';

const policy = ARCAMANIK_360_V1;
const display = (x: number | null) => (x === null ? null : roundHalfAwayFromZero(x));

/** Four respondents, answers U1..U9 (DOMAIN.md "Worked example"). */
const FOUR = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 2, 3],
  [4, 3, 4, 4, 4, 4, 4, 3, 4],
  [3, 4, 3, 4, 3, 3, 4, 3, 3],
];
/** The four respondents three times each: 12 ratings attributed to the employee. */
const TWELVE = [...FOUR, ...FOUR, ...FOUR];
const PUBLIC = { aggregates: aggregateIkmAnswers(TWELVE), respondentMeans: ikmRespondentMeans(TWELVE) };

const SUPERVISOR = [{ items: [5, 4, 4, 4, 5, 4, 4] }];
const PEERS = [{ items: [4, 4, 4, 4, 4, 4, 4] }, { items: [4, 3, 4, 3, 4, 3, 4] }, { items: [5, 4, 5, 4, 5, 4, 4] }];

// By hand, as exact fractions:
// S = (30/7 − 1) / 4 × 100 = (23/7) × 25 = 575/7 = 82.142857…
const S = 575 / 7;
// Peers: 28/7 = 4, 25/7 = 3.5714…, 31/7 = 4.4286… → (28 + 25 + 31) / 21 = 84/21 = 4 → (4 − 1) / 4 × 100 = 75.
const PEER = 75;
// Public: Σ NRR = 31.25, IKM = 31.25 / 9 = 3.4722…, converted × 25 = 781.25/9 = 86.805555…
const PUB = 781.25 / 9;
// P = 0.5·S + 0.3·75 + 0.2·PUB = 287.5/7 + 22.5 + 156.25/9 = (2587.5 + 1417.5 + 1093.75) / 63 = 5098.75/63 = 80.932539… → 80.93.
const P_THREE = 5098.75 / 63;
// Two peers (below the minimum of 3): P = (0.5·S + 0.2·PUB) / 0.7 = (2587.5 + 1093.75) / 63 / 0.7 = 3681.25/44.1 = 83.475056… → 83.48.
const P_TWO = 3681.25 / 44.1;

describe('DOMAIN.md worked example: IKM of one service point', () => {
  it('NRR, Σ 31.25, IKM 3.4722, converted 86.81 → B, Baik; weakest U8', () => {
    const ikm = computeIkm(aggregateIkmAnswers(FOUR));
    expect(ikm.elements.map((e) => e.nrr)).toEqual([3.5, 3.5, 3.25, 4, 3.25, 3.5, 4, 2.75, 3.5]);
    expect(ikm.nrrTotal).toBe(31.25);
    expect(roundHalfAwayFromZero(ikm.ikm as number, 4)).toBe(3.4722);
    expect(ikm.convertedRounded).toBe(86.81);
    expect(ikm).toMatchObject({ mutu: 'B', kinerja: 'Baik' });
    // The twelve ratings (four × 3) give the same per-element means, hence the same IKM.
    expect(computeIkm(PUBLIC.aggregates).converted).toBeCloseTo(PUB, 12);
  });
});

describe('DOMAIN.md worked example: the corrected 360 example', () => {
  it('source scores: supervisor 82.1429, peers 75.00, public 86.8056', () => {
    const supervisor = reviewerSourceStats(SUPERVISOR);
    expect(supervisor?.mean).toBeCloseTo(30 / 7, 12); // 4.2857
    expect(supervisor?.score).toBeCloseTo(S, 10);
    expect(roundHalfAwayFromZero(supervisor?.score as number, 4)).toBe(82.1429);
    const peers = reviewerSourceStats(PEERS);
    expect(peers?.mean).toBeCloseTo(4, 12);
    expect(peers?.score).toBeCloseTo(PEER, 10);
    const pub = publicSourceStats(PUBLIC);
    expect(pub?.count).toBe(12);
    expect(roundHalfAwayFromZero(pub?.score as number, 4)).toBe(86.8056);
  });

  it('three peers: P = 80.93 → SESUAI', () => {
    const perilaku = combineSources(policy, {
      SUPERVISOR: reviewerSourceStats(SUPERVISOR),
      PEER: reviewerSourceStats(PEERS),
      PUBLIC: publicSourceStats(PUBLIC),
    });
    expect(perilaku.score).toBeCloseTo(P_THREE, 10);
    expect(display(perilaku.score)).toBe(80.93);
    expect(perilaku.rating).toBe('SESUAI_EKSPEKTASI');
    expect(perilaku.sources.map((s) => [s.source, s.weight])).toEqual([
      ['SUPERVISOR', 0.5],
      ['PEER', 0.3],
      ['PUBLIC', 0.2],
    ]);
  });

  it('two peers: the peer source drops out, weights 5/7 and 2/7, P = 83.48 → SESUAI', () => {
    const perilaku = combineSources(policy, {
      SUPERVISOR: reviewerSourceStats(SUPERVISOR),
      PEER: reviewerSourceStats(PEERS.slice(0, 2)),
      PUBLIC: publicSourceStats(PUBLIC),
    });
    expect(perilaku.score).toBeCloseTo(P_TWO, 10);
    expect(display(perilaku.score)).toBe(83.48);
    expect(perilaku.rating).toBe('SESUAI_EKSPEKTASI');
    const peer = perilaku.sources.find((s) => s.source === 'PEER');
    expect(peer).toMatchObject({ count: 2, counted: false, weight: 0 });
    expect(perilaku.sources.find((s) => s.source === 'SUPERVISOR')?.weight).toBeCloseTo(5 / 7, 12);
    expect(perilaku.sources.find((s) => s.source === 'PUBLIC')?.weight).toBeCloseTo(2 / 7, 12);
  });

  it('H = 112 → DI_ATAS; with P = 80.93 SESUAI the predikat is BAIK', () => {
    // One indicator, target 100, realisasi 112: c = 1.12 (below the 1.2 cap), H = 100 × 1.12 = 112 ≥ 110 → DI_ATAS.
    const hasilKerja = computeHasilKerja(policy, [{ target: 100, realisasi: 112, weight: 1, direction: 'HIGHER_IS_BETTER' }]);
    expect(hasilKerja.score).toBeCloseTo(112, 10);
    expect(hasilKerja.rating).toBe('DI_ATAS_EKSPEKTASI');
    // The PermenPANRB 6/2022 matrix: row DI_ATAS, column SESUAI → BAIK.
    expect(predikatKinerja(hasilKerja.rating!, 'SESUAI_EKSPEKTASI')).toBe('BAIK');
  });

  it('H = 112 from a quarter of monthly realisations, then the whole round: 80.93 SESUAI, 112 DI_ATAS, BAIK', () => {
    // documents (SUM, annual 120, weight 3): Q1 target 120 × 3 / 12 = 30; verified 12 + 12 + 12 = 36 → 1.2.
    // completion days (AVERAGE, lower is better, automatic, target 3, weight 2): January 3, March 3 → mean 3 → 3 / 3 = 1.0.
    // H = 100 × (3·1.2 + 2·1.0) / (3 + 2) = 100 × 5.6 / 5 = 112.
    const q1 = ['2025-01', '2025-02', '2025-03'];
    const period = computeHasilKerjaForPeriod(
      policy,
      [
        {
          id: 'documents',
          target: 120,
          weight: 3,
          direction: 'HIGHER_IS_BETTER',
          aggregation: 'SUM',
          source: 'MANUAL',
          realisations: q1.map((month) => ({ month, value: 12, status: 'VERIFIED' as const })),
        },
        {
          id: 'completion',
          target: 3,
          weight: 2,
          direction: 'LOWER_IS_BETTER',
          aggregation: 'AVERAGE',
          source: 'SERVICE_COMPLETION_TIME',
          realisations: [
            { month: '2025-01', value: 3 },
            { month: '2025-03', value: 3 },
          ],
        },
      ],
      q1,
    );
    expect(period.score).toBeCloseTo(112, 10);
    expect(period.rating).toBe('DI_ATAS_EKSPEKTASI');

    // The same capaian as period realisations (realisasi / target 36 / 30 and 3 / 3) through computeRoundResult.
    const round = computeRoundResult(policy, {
      reviewers: { SUPERVISOR, PEER: PEERS },
      publicRatings: PUBLIC,
      kpi: [
        { id: 'documents', target: 30, realisasi: 36, weight: 3, direction: 'HIGHER_IS_BETTER' },
        { id: 'completion', target: 3, realisasi: 3, weight: 2, direction: 'LOWER_IS_BETTER' },
      ],
    });
    expect(round.perilakuScore).toBeCloseTo(P_THREE, 10);
    expect(display(round.perilakuScore)).toBe(80.93);
    expect(round.hasilKerjaScore).toBeCloseTo(period.score as number, 12);
    expect(round).toMatchObject({ perilakuRating: 'SESUAI_EKSPEKTASI', hasilKerjaRating: 'DI_ATAS_EKSPEKTASI', predikat: 'BAIK' });
  });

  it('the worker path: per-reviewer means as PostgreSQL gives them (avg(int)::float8) give the same 80.93 and 83.48', () => {
    // SELECT avg(x)::float8 FROM unnest(ARRAY[5,4,4,4,5,4,4]) x → 4.285714285714286 (the double nearest 30/7), and
    // 4, 3.5714285714285716, 4.428571428571429 for the peers: the same doubles as 30/7, 25/7, 31/7 in JavaScript.
    const supervisor = [{ mean: 4.285714285714286 }];
    const peers = [{ mean: 4 }, { mean: 3.5714285714285716 }, { mean: 4.428571428571429 }];
    expect(supervisor[0].mean).toBe(30 / 7);
    const three = computeRoundResult(policy, {
      reviewers: { SUPERVISOR: supervisor, PEER: peers },
      publicRatings: PUBLIC,
      hasilKerjaOverride: 'DI_ATAS_EKSPEKTASI',
    });
    expect(three.perilakuScore).toBeCloseTo(P_THREE, 10);
    expect(display(three.perilakuScore)).toBe(80.93);
    expect(three).toMatchObject({ perilakuRating: 'SESUAI_EKSPEKTASI', hasilKerjaScore: null, predikat: 'BAIK' });
    const two = computeRoundResult(policy, {
      reviewers: { SUPERVISOR: supervisor, PEER: peers.slice(0, 2) },
      publicRatings: PUBLIC,
      hasilKerjaOverride: 'DI_ATAS_EKSPEKTASI',
    });
    expect(display(two.perilakuScore)).toBe(83.48);
    expect(two).toMatchObject({ perilakuRating: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' });
  });

  it('the older e2e data differs in one supervisor item: [5,4,4,4,4,4,4] (29/7) gives 79.15, not 80.93', () => {
    // S = (29/7 − 1) / 4 × 100 = 550/7 = 78.5714; P = 275/7 + 22.5 + 156.25/9 = 79.1468… → 79.15.
    const old = computeRoundResult(policy, {
      reviewers: { SUPERVISOR: [{ items: [5, 4, 4, 4, 4, 4, 4] }], PEER: PEERS },
      publicRatings: PUBLIC,
    });
    expect(old.perilakuScore).toBeCloseTo(275 / 7 + 22.5 + 156.25 / 9, 10);
    expect(display(old.perilakuScore)).toBe(79.15);
  });
});
