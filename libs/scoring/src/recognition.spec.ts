import {
  AWARD_EVIDENCE_RULE,
  AwardRoundInput,
  awardEvidenceGaps,
  CatalogueCourse,
  isCourseHours,
  othersValueMeans,
  rankAwardCandidates,
  suggestCourses,
  TRAINING_MAX_VALUES,
  TRAINING_VALUE_THRESHOLD,
  valueGaps,
  weakestValues,
} from './recognition';

const sources = (peers = 3, publicCount = 12) => [
  { source: 'SUPERVISOR' as const, count: 1, score: 82.14, counted: true, weight: 0.5 },
  { source: 'PEER' as const, count: peers, score: peers >= 3 ? 75 : null, counted: peers >= 3, weight: peers >= 3 ? 0.3 : 0 },
  { source: 'PUBLIC' as const, count: publicCount, score: publicCount >= 5 ? 86.81 : null, counted: publicCount >= 5, weight: 0.2 },
];

const round = (over: Partial<AwardRoundInput> & { roundId: string }): AwardRoundInput => ({
  employeeId: `e-${over.roundId}`,
  employeeName: `Pegawai ${over.roundId}`,
  perilakuScore: 80,
  hasilKerjaScore: null,
  predikat: 'BAIK',
  sources: sources(),
  ...over,
});

describe('award evidence rule', () => {
  it('is the project default: supervisor, at least 3 disclosed peers, the public source, predikat at least BAIK', () => {
    expect(AWARD_EVIDENCE_RULE).toMatchObject({
      requireSupervisor: true,
      minPeers: 3,
      requirePublic: true,
      predikat: ['SANGAT_BAIK', 'BAIK'],
    });
  });

  it('accepts the worked example (80.93, BAIK, supervisor + 3 peers + 12 public ratings)', () => {
    expect(awardEvidenceGaps(round({ roundId: 'a', perilakuScore: 80.93 }))).toEqual([]);
  });

  it('names every missing piece of evidence', () => {
    expect(awardEvidenceGaps(round({ roundId: 'a', sources: sources(2, 4) }))).toEqual(['TOO_FEW_PEERS', 'NO_PUBLIC']);
    expect(awardEvidenceGaps(round({ roundId: 'a', predikat: 'BUTUH_PERBAIKAN' }))).toEqual(['PREDIKAT_BELOW_BAIK']);
    expect(awardEvidenceGaps(round({ roundId: 'a', sources: sources().filter((s) => s.source !== 'SUPERVISOR') }))).toEqual([
      'NO_SUPERVISOR',
    ]);
    expect(awardEvidenceGaps(round({ roundId: 'a', predikat: null, perilakuScore: null }))).toEqual(['NOT_DISCLOSED']);
  });

  it('does not take a peer source whose score is hidden, even when it claims to have counted', () => {
    const hidden = sources().map((s) => (s.source === 'PEER' ? { ...s, score: null } : s));
    expect(awardEvidenceGaps(round({ roundId: 'a', sources: hidden }))).toEqual(['TOO_FEW_PEERS']);
  });
});

describe('rankAwardCandidates', () => {
  const rounds = [
    round({ roundId: 'r1', employeeName: 'Budi', perilakuScore: 80 }),
    round({ roundId: 'r2', employeeName: 'Citra', perilakuScore: 90, predikat: 'SANGAT_BAIK' }),
    round({ roundId: 'r3', employeeName: 'Dewi', perilakuScore: 95, sources: sources(2) }),
    round({ roundId: 'r4', employeeName: 'Eka', perilakuScore: 80, hasilKerjaScore: 112 }),
    round({ roundId: 'r5', employeeName: 'Fajar', perilakuScore: 60, predikat: 'BUTUH_PERBAIKAN' }),
    round({ roundId: 'r6', employeeName: 'Agus', perilakuScore: 80 }),
  ];

  it('keeps only rounds meeting the rule and orders by predikat, perilaku, hasil kerja, then name', () => {
    const ranked = rankAwardCandidates(rounds, 10);
    expect(ranked.map((c) => [c.rank, c.employeeName])).toEqual([
      [1, 'Citra'],
      [2, 'Eka'],
      [3, 'Agus'],
      [4, 'Budi'],
    ]);
  });

  it('gives the reasons: the counted sources with their scores, heaviest first', () => {
    const [first] = rankAwardCandidates(rounds, 1);
    expect(first.reasons).toEqual([
      { source: 'SUPERVISOR', count: 1, score: 82.14, weight: 0.5 },
      { source: 'PEER', count: 3, score: 75, weight: 0.3 },
      { source: 'PUBLIC', count: 12, score: 86.81, weight: 0.2 },
    ]);
  });

  it('stops at the limit and refuses a limit outside 1–100', () => {
    expect(rankAwardCandidates(rounds, 2)).toHaveLength(2);
    expect(() => rankAwardCandidates(rounds, 0)).toThrow(RangeError);
    expect(() => rankAwardCandidates(rounds, 101)).toThrow(RangeError);
  });
});

describe('self versus others per value', () => {
  it('averages the disclosed other sources, each source one voice, and subtracts from self', () => {
    const others = othersValueMeans({ SUPERVISOR: { AKUNTABEL: 4, KOMPETEN: 5 }, PEER: { AKUNTABEL: 3 } });
    expect(others.AKUNTABEL).toBe(3.5);
    expect(others.KOMPETEN).toBe(5);
    expect(others.LOYAL).toBeNull();
    const gaps = valueGaps({ AKUNTABEL: 5, KOMPETEN: 4, LOYAL: 4 }, others);
    expect(gaps.map((g) => g.value)).toEqual([
      'BERORIENTASI_PELAYANAN',
      'AKUNTABEL',
      'KOMPETEN',
      'HARMONIS',
      'LOYAL',
      'ADAPTIF',
      'KOLABORATIF',
    ]);
    expect(gaps.find((g) => g.value === 'AKUNTABEL')).toEqual({ value: 'AKUNTABEL', self: 5, others: 3.5, gap: 1.5 });
    expect(gaps.find((g) => g.value === 'KOMPETEN')?.gap).toBe(-1);
    // No disclosed other source for LOYAL: no gap.
    expect(gaps.find((g) => g.value === 'LOYAL')).toEqual({ value: 'LOYAL', self: 4, others: null, gap: null });
  });

  it('has no gap without a self-review', () => {
    expect(valueGaps(null, othersValueMeans({ SUPERVISOR: { AKUNTABEL: 4 } })).every((g) => g.gap === null)).toBe(true);
  });
});

describe('training suggestions', () => {
  it('takes the values scored below 65 (mean item < 3.6), lowest first, at most two', () => {
    expect(TRAINING_VALUE_THRESHOLD).toBe(65);
    expect(TRAINING_MAX_VALUES).toBe(2);
    const weak = weakestValues(
      othersValueMeans({ SUPERVISOR: { AKUNTABEL: 3, KOMPETEN: 2, HARMONIS: 3, LOYAL: 3.6, ADAPTIF: 3.59, BERORIENTASI_PELAYANAN: 5 } }),
    );
    expect(weak.map((w) => w.value)).toEqual(['KOMPETEN', 'AKUNTABEL']);
    expect(weak[0]).toEqual({ value: 'KOMPETEN', mean: 2, score: 25 });
    // 3.6 is exactly 65: not below the threshold.
    expect(weakestValues(othersValueMeans({ SUPERVISOR: { LOYAL: 3.6 } }))).toEqual([]);
  });

  it('maps weak values to active courses, those naming a weak indicator first', () => {
    const catalogue: CatalogueCourse[] = [
      { id: 'c1', title: 'Manajemen Waktu', coreValue: 'KOMPETEN', indicator: null, active: true },
      { id: 'c2', title: 'Penyelesaian Dokumen Cepat', coreValue: 'KOMPETEN', indicator: 'Waktu penyelesaian  dokumen', active: true },
      { id: 'c3', title: 'Etika ASN', coreValue: 'AKUNTABEL', indicator: null, active: true },
      { id: 'c4', title: 'Kursus lama', coreValue: 'KOMPETEN', indicator: null, active: false },
      { id: 'c5', title: 'Pelayanan Prima', coreValue: 'BERORIENTASI_PELAYANAN', indicator: null, active: true },
    ];
    const weak = weakestValues(othersValueMeans({ SUPERVISOR: { KOMPETEN: 2, AKUNTABEL: 3 } }));
    const s = suggestCourses(weak, ['waktu penyelesaian dokumen'], catalogue);
    expect(s.map((x) => [x.course.id, x.value, x.indicatorMatched])).toEqual([
      ['c2', 'KOMPETEN', 'waktu penyelesaian dokumen'],
      ['c1', 'KOMPETEN', null],
      ['c3', 'AKUNTABEL', null],
    ]);
  });
});

describe('isCourseHours', () => {
  it('takes 0.1–1000 with at most one decimal, nothing else (exponent notation included)', () => {
    for (const ok of [0.1, 1, 8.5, 1000]) expect(isCourseHours(ok)).toBe(true);
    for (const bad of [0, 0.05, 5e-324, -5e-324, 1000.1, 1.25, NaN, Infinity, '8', null]) expect(isCourseHours(bad)).toBe(false);
  });
});
