import { periodMonths } from './hasil-kerja-period';
import { ARCAMANIK_360_V1 } from './policy';
import { computeRoundResult } from './round-result';
import { RoundPlanIndicatorInput, RoundPlanInput, hasilKerjaForRound } from './round-hasil-kerja';

const policy = ARCAMANIK_360_V1;
const Q1 = periodMonths('2025-01-01', '2025-03-31');

const indicator = (over: Partial<RoundPlanIndicatorInput> & { id: string }): RoundPlanIndicatorInput => ({
  name: over.id,
  unit: 'unit',
  target: 120,
  weight: 1,
  direction: 'HIGHER_IS_BETTER',
  aggregation: 'SUM',
  source: 'MANUAL',
  verified: [],
  ...over,
});
const plan = (year: number, indicators: RoundPlanIndicatorInput[], status = 'AGREED'): RoundPlanInput => ({
  workPlanId: `plan-${year}`,
  year,
  status,
  indicators,
});

describe('hasilKerjaForRound', () => {
  it('KPI from an agreed plan: manual verified months, automatic months with a value; kpi inputs give the same score in computeRoundResult', () => {
    const docs = indicator({ id: 'docs', weight: 2, verified: [{ month: '2025-01', value: 10 }, { month: '2025-03', value: 12 }] });
    // SUM: period target 120 × 3 / 12 = 30; realisation 22 → c = 22/30.
    const ikm = indicator({ id: 'ikm', source: 'CITIZEN_SATISFACTION', aggregation: 'AVERAGE', target: 3.2 });
    // AVERAGE of Jan 3.6 and Mar 3.2 (Feb has no data) = 3.4 → c = 3.4/3.2 = 1.0625.
    const automatic = [
      { month: '2025-01', source: 'CITIZEN_SATISFACTION' as const, value: 3.6 },
      { month: '2025-02', source: 'CITIZEN_SATISFACTION' as const, value: null },
      { month: '2025-03', source: 'CITIZEN_SATISFACTION' as const, value: 3.2 },
      { month: '2025-02', source: 'SERVICE_COMPLETION_TIME' as const, value: 99 },
    ];
    const hk = hasilKerjaForRound(policy, [plan(2025, [docs, ikm])], automatic, Q1);
    const h = (100 * (2 * (22 / 30) + 3.4 / 3.2)) / 3;
    expect(hk.source).toBe('KPI');
    expect(hk.score).toBeCloseTo(h, 12);
    expect(hk.rating).toBe('DI_BAWAH_EKSPEKTASI');
    expect(hk.indicators.map((i) => [i.indicatorId, i.outcome, i.monthsCounted])).toEqual([
      ['docs', 'COUNTED', ['2025-01', '2025-03']],
      ['ikm', 'COUNTED', ['2025-01', '2025-03']],
    ]);
    expect(computeRoundResult(policy, { kpi: hk.kpi }).hasilKerjaScore).toBe(hk.score);
  });

  it('SUPERVISOR without an agreed plan (a draft does not count), or when only automatic indicators without data remain', () => {
    const docs = indicator({ id: 'docs', verified: [{ month: '2025-01', value: 10 }] });
    expect(hasilKerjaForRound(policy, [], [], Q1)).toEqual({ source: 'SUPERVISOR', score: null, rating: null, kpi: [], indicators: [] });
    expect(hasilKerjaForRound(policy, [plan(2025, [docs], 'DRAFT')], [], Q1)).toMatchObject({ source: 'SUPERVISOR', indicators: [] });
    // Without an agreed plan the policy is not read (a broken snapshot fails the scoring job, not the close).
    const broken = { code: 'BROKEN' } as unknown as typeof policy;
    expect(hasilKerjaForRound(broken, [plan(2025, [docs], 'DRAFT')], [], Q1)).toMatchObject({ source: 'SUPERVISOR', score: null });
    const time = indicator({ id: 'time', source: 'SERVICE_COMPLETION_TIME', direction: 'LOWER_IS_BETTER', aggregation: 'AVERAGE' });
    const noData = hasilKerjaForRound(policy, [plan(2025, [time])], [{ month: '2025-02', source: 'SERVICE_COMPLETION_TIME', value: null }], Q1);
    expect(noData).toMatchObject({ source: 'SUPERVISOR', score: null, rating: null, kpi: [] });
    expect(noData.indicators.map((i) => i.outcome)).toEqual(['NO_DATA']);
  });

  it('a manual indicator without a verified month counts as 0 (NOT_REPORTED), also when lower is better', () => {
    const a = indicator({ id: 'a', aggregation: 'AVERAGE', target: 10, verified: [{ month: '2025-02', value: 10 }] });
    const b = indicator({ id: 'b', direction: 'LOWER_IS_BETTER', aggregation: 'AVERAGE', target: 3 });
    const hk = hasilKerjaForRound(policy, [plan(2025, [a, b])], [], Q1);
    expect(hk.score).toBeCloseTo(50, 12); // (1 + 0) / 2
    expect(hk.indicators[1]).toMatchObject({ outcome: 'NOT_REPORTED', capaian: 0 });
  });

  it('a period spanning two years: each year’s plan over its own months, H weighted by months', () => {
    // Nov 2024 – Jan 2025: 2 months of the 2024 plan, 1 of the 2025 plan.
    const months = periodMonths('2024-11-01', '2025-01-31');
    const old = indicator({ id: 'old', aggregation: 'AVERAGE', target: 10, verified: [{ month: '2024-11', value: 8 }, { month: '2024-12', value: 10 }] });
    const neu = indicator({ id: 'new', aggregation: 'AVERAGE', target: 10, weight: 3, verified: [{ month: '2025-01', value: 5 }] });
    // H 2024 = 100 × 9/10 = 90; H 2025 = 100 × 5/10 = 50; H = (2 × 90 + 1 × 50) / 3 = 76.67.
    const hk = hasilKerjaForRound(policy, [plan(2024, [old]), plan(2025, [neu])], [], months);
    expect(hk.source).toBe('KPI');
    expect(hk.score).toBeCloseTo((2 * 90 + 50) / 3, 10);
    expect(computeRoundResult(policy, { kpi: hk.kpi }).hasilKerjaScore).toBe(hk.score);
    expect(hk.indicators.map((i) => [i.indicatorId, i.year, i.effectiveWeight])).toEqual([
      ['old', 2024, expect.closeTo(2 / 3, 12)],
      ['new', 2025, expect.closeTo(1 / 3, 12)],
    ]);
    // Only the 2025 plan agreed: the 2024 months do not enter H.
    expect(hasilKerjaForRound(policy, [plan(2024, [old], 'DRAFT'), plan(2025, [neu])], [], months).score).toBeCloseTo(50, 12);
  });
});
