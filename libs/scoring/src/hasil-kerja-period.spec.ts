import { HasilKerjaError } from './hasil-kerja.errors';
import {
  MonthlyRealisationInput,
  PeriodIndicatorInput,
  computeHasilKerjaForPeriod,
  indicatorForPeriod,
  kpiInputsForRound,
  periodMonths,
} from './hasil-kerja-period';
import { ARCAMANIK_360_V1 } from './policy';
import { computeRoundResult } from './round-result';

const policy = ARCAMANIK_360_V1;
const Q1 = ['2025-01', '2025-02', '2025-03'];

function catchError(fn: () => unknown): HasilKerjaError {
  try {
    fn();
  } catch (error) {
    return error as HasilKerjaError;
  }
  throw new Error('expected an error');
}
const codeOf = (fn: () => unknown) => catchError(fn).code;

const verified = (month: string, value: number): MonthlyRealisationInput => ({ month, value, status: 'VERIFIED' });
const submitted = (month: string, value: number): MonthlyRealisationInput => ({ month, value, status: 'SUBMITTED' });
const returned = (month: string, value: number): MonthlyRealisationInput => ({ month, value, status: 'RETURNED' });
const auto = (month: string, value: number | null): MonthlyRealisationInput => ({ month, value });

/** Documents processed: 120 a year, weight 40. */
const DOCUMENTS: PeriodIndicatorInput = {
  id: 'documents',
  target: 120,
  weight: 40,
  direction: 'HIGHER_IS_BETTER',
  aggregation: 'SUM',
  source: 'MANUAL',
  realisations: [verified('2025-01', 12), verified('2025-02', 9), submitted('2025-03', 15)],
};
/** Median completion time in days (automatic), at most 3, weight 30. */
const COMPLETION: PeriodIndicatorInput = {
  id: 'completion',
  target: 3,
  weight: 30,
  direction: 'LOWER_IS_BETTER',
  aggregation: 'AVERAGE',
  source: 'SERVICE_COMPLETION_TIME',
  realisations: [auto('2025-01', 2.5), auto('2025-02', null), { month: '2025-03', value: 3.5, status: 'SUBMITTED' }],
};
/** Share of the archive digitised (cumulative, %), 100 by the end of the year, weight 30. */
const ARCHIVE: PeriodIndicatorInput = {
  id: 'archive',
  target: 100,
  weight: 30,
  direction: 'HIGHER_IS_BETTER',
  aggregation: 'LAST',
  source: 'MANUAL',
  realisations: [verified('2025-01', 40), verified('2025-02', 70), returned('2025-03', 90)],
};

describe('periodMonths', () => {
  it('lists the calendar months a period touches, both ends inclusive', () => {
    expect(periodMonths('2025-01-01', '2025-03-31')).toEqual(Q1);
    expect(periodMonths('2025-01-01', '2025-12-31')).toHaveLength(12);
    expect(periodMonths('2025-06-01', '2025-06-30')).toEqual(['2025-06']);
    expect(periodMonths('2024-11-15', '2025-02-10')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(periodMonths('2025-03-31', '2025-03-31')).toEqual(['2025-03']);
  });

  it('refuses dates that are not calendar dates, and a start after the end (INVALID_PERIOD)', () => {
    expect(codeOf(() => periodMonths('2025-02-30', '2025-03-31'))).toBe('INVALID_PERIOD');
    expect(codeOf(() => periodMonths('2025-01-01', '2025-13-01'))).toBe('INVALID_PERIOD');
    expect(codeOf(() => periodMonths('2025-1-01', '2025-03-31'))).toBe('INVALID_PERIOD');
    expect(codeOf(() => periodMonths('2025-04-01', '2025-03-31'))).toBe('INVALID_PERIOD');
  });
});

describe('indicatorForPeriod', () => {
  it('SUM: monthly target = target/12, period target × months, realisation = Σ verified months', () => {
    // 120 / 12 = 10 a month; Q1 → 30. Verified: 12 + 9 = 21 (March is only SUBMITTED). c = 21 / 30 = 0.7.
    const r = indicatorForPeriod(policy, DOCUMENTS, Q1);
    expect(r).toMatchObject({
      id: 'documents',
      annualTarget: 120,
      monthlyTarget: 10,
      periodTarget: 30,
      realisation: 21,
      monthsCounted: ['2025-01', '2025-02'],
      counted: true,
      outcome: 'COUNTED',
      capped: false,
    });
    expect(r.capaian).toBeCloseTo(0.7, 12);
    expect(r.months).toEqual([
      { month: '2025-01', value: 12, status: 'VERIFIED', counted: true },
      { month: '2025-02', value: 9, status: 'VERIFIED', counted: true },
      { month: '2025-03', value: 15, status: 'SUBMITTED', counted: false },
    ]);
  });

  it('SUM: a month not reported adds nothing, the period target still covers it', () => {
    // Target 100 a year → 25 for a quarter (100 × 3 / 12, exact). Only January verified, 10 → c = 10 / 25 = 0.4.
    const r = indicatorForPeriod(policy, { ...DOCUMENTS, target: 100, realisations: [verified('2025-01', 10)] }, Q1);
    expect(r.periodTarget).toBe(25);
    expect(r.capaian).toBeCloseTo(0.4, 12);
    expect(r.months.map((m) => m.status)).toEqual(['VERIFIED', 'NOT_REPORTED', 'NOT_REPORTED']);
  });

  it('SUM over a whole year: the period target is the annual target', () => {
    const year = periodMonths('2025-01-01', '2025-12-31');
    const r = indicatorForPeriod(policy, { ...DOCUMENTS, realisations: year.map((m) => verified(m, 11)) }, year);
    // 12 × 11 = 132 against 120 → 1.1.
    expect(r.periodTarget).toBe(120);
    expect(r.realisation).toBe(132);
    expect(r.capaian).toBeCloseTo(1.1, 12);
  });

  it('AVERAGE, lower is better, automatic: mean of the months with data, status ignored, no-data month skipped', () => {
    // January 2.5, February no tickets (null), March 3.5 (its status does not matter: automatic counts as verified).
    // Mean (2.5 + 3.5) / 2 = 3.0 days against 3 → c = 3 / 3 = 1.
    const r = indicatorForPeriod(policy, COMPLETION, Q1);
    expect(r).toMatchObject({ periodTarget: 3, monthlyTarget: null, realisation: 3, capaian: 1, monthsCounted: ['2025-01', '2025-03'] });
    expect(r.months.map((m) => m.status)).toEqual(['VERIFIED', 'NO_DATA', 'VERIFIED']);
  });

  it('AVERAGE, lower is better, above the cap: 2 days against 3 → 1.5 → 1.2', () => {
    const r = indicatorForPeriod(policy, { ...COMPLETION, realisations: [auto('2025-01', 2)] }, Q1);
    expect(r.rawCapaian).toBe(1.5);
    expect(r).toMatchObject({ capaian: 1.2, capped: true });
  });

  it('LAST: the latest verified month, whatever the order given', () => {
    // Verified 40 (Jan) and 70 (Feb); March's 90 was returned → 70 / 100 = 0.7.
    const r = indicatorForPeriod(policy, { ...ARCHIVE, realisations: [...ARCHIVE.realisations].reverse() }, Q1);
    expect(r).toMatchObject({ periodTarget: 100, realisation: 70, capaian: 0.7 });
    expect(r.months[2]).toEqual({ month: '2025-03', value: 90, status: 'RETURNED', counted: false });
  });

  it('a manual indicator with no verified month: c = 0 (not reported is not achieved), even lower-is-better', () => {
    for (const direction of ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const) {
      const r = indicatorForPeriod(policy, { ...ARCHIVE, direction, realisations: [submitted('2025-01', 5), returned('2025-02', 1)] }, Q1);
      expect(r).toMatchObject({ realisation: null, rawCapaian: 0, capaian: 0, counted: true, outcome: 'NOT_REPORTED', monthsCounted: [] });
    }
  });

  it('an automatic indicator without data is left out (NO_DATA)', () => {
    for (const realisations of [[], [auto('2025-01', null), auto('2025-02', null)], [auto('2024-12', 2)]]) {
      const r = indicatorForPeriod(policy, { ...COMPLETION, realisations }, Q1);
      expect(r).toMatchObject({ realisation: null, rawCapaian: null, capaian: null, counted: false, outcome: 'NO_DATA' });
    }
  });

  it('ignores realisations outside the period', () => {
    const r = indicatorForPeriod(
      policy,
      { ...DOCUMENTS, realisations: [verified('2024-12', 50), verified('2025-01', 12), verified('2025-04', 50)] },
      Q1,
    );
    expect(r.realisation).toBe(12);
    expect(r.months).toHaveLength(3);
  });

  it('a month returned then corrected and verified counts the verified value once', () => {
    const r = indicatorForPeriod(policy, { ...DOCUMENTS, realisations: [verified('2025-01', 12), returned('2025-01', 30)] }, Q1);
    expect(r.realisation).toBe(12);
    expect(r.months[0]).toMatchObject({ value: 12, status: 'VERIFIED' });
  });

  it('lower is better with a verified realisation of 0 (zero complaints): the cap', () => {
    const r = indicatorForPeriod(
      policy,
      { ...ARCHIVE, target: 2, direction: 'LOWER_IS_BETTER', realisations: [verified('2025-01', 0)] },
      Q1,
    );
    expect(r).toMatchObject({ realisation: 0, rawCapaian: Infinity, capaian: 1.2, capped: true });
  });

  describe('refusals, each with a stable code', () => {
    it.each([
      ['a zero target', { target: 0 }, 'INVALID_TARGET'],
      ['a negative target', { target: -12 }, 'INVALID_TARGET'],
      ['a missing target', { target: undefined }, 'INVALID_TARGET'],
      ['a null target', { target: null }, 'INVALID_TARGET'],
      ['a negative weight', { weight: -1 }, 'INVALID_WEIGHT'],
      ['an unknown direction', { direction: 'UP' }, 'INVALID_DIRECTION'],
      ['an unknown aggregation', { aggregation: 'MEDIAN' }, 'INVALID_AGGREGATION'],
      ['an unknown source', { source: 'GUESS' }, 'INVALID_SOURCE'],
      ['a month that is not YYYY-MM', { realisations: [verified('2025-1', 3)] }, 'INVALID_MONTH'],
      ['month 13', { realisations: [verified('2025-13', 3)] }, 'INVALID_MONTH'],
      ['a manual realisation without status', { realisations: [{ month: '2025-01', value: 3 }] }, 'INVALID_STATUS'],
      [
        'a verified realisation without value',
        { realisations: [{ month: '2025-01', value: null, status: 'VERIFIED' }] },
        'INVALID_REALISATION',
      ],
      ['a negative verified value', { realisations: [verified('2025-01', -3)] }, 'INVALID_REALISATION'],
      ['two verified values for one month', { realisations: [verified('2025-01', 3), verified('2025-01', 4)] }, 'DUPLICATE_MONTH'],
    ])('%s', (_what, change, code) => {
      const error = catchError(() => indicatorForPeriod(policy, { ...DOCUMENTS, ...(change as object) } as PeriodIndicatorInput, Q1));
      expect(error).toBeInstanceOf(HasilKerjaError);
      expect(error).toMatchObject({ code, indicatorId: 'documents' });
    });

    it('a zero target is refused even when the indicator has no data', () => {
      expect(codeOf(() => indicatorForPeriod(policy, { ...COMPLETION, target: 0, realisations: [] }, Q1))).toBe('INVALID_TARGET');
    });

    it('two automatic values for one month, and a negative automatic value', () => {
      expect(codeOf(() => indicatorForPeriod(policy, { ...COMPLETION, realisations: [auto('2025-01', 2), auto('2025-01', 3)] }, Q1))).toBe(
        'DUPLICATE_MONTH',
      );
      expect(codeOf(() => indicatorForPeriod(policy, { ...COMPLETION, realisations: [auto('2025-01', -2)] }, Q1))).toBe(
        'INVALID_REALISATION',
      );
    });

    it('a period with no month, a repeated month or a bad month', () => {
      expect(codeOf(() => indicatorForPeriod(policy, DOCUMENTS, []))).toBe('INVALID_PERIOD');
      expect(codeOf(() => indicatorForPeriod(policy, DOCUMENTS, ['2025-01', '2025-01']))).toBe('INVALID_PERIOD');
      expect(codeOf(() => indicatorForPeriod(policy, DOCUMENTS, ['2025-00']))).toBe('INVALID_PERIOD');
    });
  });
});

describe('computeHasilKerjaForPeriod', () => {
  it('three indicators (one lower-is-better), two months verified, one returned', () => {
    // documents: c = 21 / 30 = 0.7 (weight 40); completion: c = 3 / 3.0 = 1.0 (weight 30);
    // archive: c = 70 / 100 = 0.7 (weight 30).
    // H = 100 × (40·0.7 + 30·1.0 + 30·0.7) / (40 + 30 + 30) = 100 × (28 + 30 + 21) / 100 = 79 → DI_BAWAH.
    const result = computeHasilKerjaForPeriod(policy, [DOCUMENTS, COMPLETION, ARCHIVE], Q1);
    expect(result.score).toBeCloseTo(79, 10);
    expect(result.rating).toBe('DI_BAWAH_EKSPEKTASI');
    expect(result.months).toEqual(Q1);
    expect(result.indicators.map((i) => i.effectiveWeight)).toEqual([0.4, 0.3, 0.3]);
  });

  it('leaves an automatic indicator without data out and renormalises the weights', () => {
    // completion has no tickets in Q1: H = 100 × (40·0.7 + 30·0.7) / (40 + 30) = 100 × 49 / 70 = 70 → DI_BAWAH.
    const result = computeHasilKerjaForPeriod(policy, [DOCUMENTS, { ...COMPLETION, realisations: [] }, ARCHIVE], Q1);
    expect(result.score).toBeCloseTo(70, 10);
    const [documents, completion, archive] = result.indicators;
    expect(documents.effectiveWeight).toBeCloseTo(4 / 7, 12);
    expect(completion).toMatchObject({ outcome: 'NO_DATA', counted: false, effectiveWeight: 0 });
    expect(archive.effectiveWeight).toBeCloseTo(3 / 7, 12);
  });

  it('keeps a manual indicator that was not reported, at c = 0', () => {
    // archive not reported: H = 100 × (40·0.7 + 30·1.0 + 30·0) / 100 = 58 → DI_BAWAH.
    const result = computeHasilKerjaForPeriod(policy, [DOCUMENTS, COMPLETION, { ...ARCHIVE, realisations: [] }], Q1);
    expect(result.score).toBeCloseTo(58, 10);
    expect(result.indicators[2]).toMatchObject({ outcome: 'NOT_REPORTED', capaian: 0, effectiveWeight: 0.3 });
  });

  it('above target with capped extras: H = 114 → DI_ATAS', () => {
    // documents: 36 of 30 → 1.2 (weight 40); completion 2.5 days of 3 → 1.2 (weight 30); archive 100 of 100 → 1.0 (weight 30).
    // H = 100 × (40·1.2 + 30·1.2 + 30·1.0) / 100 = 48 + 36 + 30 = 114 → DI_ATAS.
    const result = computeHasilKerjaForPeriod(
      policy,
      [
        { ...DOCUMENTS, realisations: [verified('2025-01', 12), verified('2025-02', 12), verified('2025-03', 12)] },
        { ...COMPLETION, realisations: [auto('2025-01', 2.5)] },
        { ...ARCHIVE, realisations: [verified('2025-03', 100)] },
      ],
      Q1,
    );
    expect(result.indicators.map((i) => i.capaian)).toEqual([1.2, 1.2, 1]);
    expect(result.score).toBeCloseTo(114, 10);
    expect(result.rating).toBe('DI_ATAS_EKSPEKTASI');
  });

  it('no indicator with data, or no indicator at all: no KPI data (null)', () => {
    expect(computeHasilKerjaForPeriod(policy, [{ ...COMPLETION, realisations: [] }], Q1)).toMatchObject({ score: null, rating: null });
    expect(computeHasilKerjaForPeriod(policy, [], Q1)).toEqual({ score: null, rating: null, months: Q1, indicators: [] });
  });

  it('sorts the period months it is given', () => {
    expect(computeHasilKerjaForPeriod(policy, [DOCUMENTS], ['2025-03', '2025-01', '2025-02']).months).toEqual(Q1);
  });

  it('refuses a bad cap', () => {
    expect(codeOf(() => computeHasilKerjaForPeriod({ ...policy, capaianCap: 0 }, [DOCUMENTS], Q1))).toBe('INVALID_CAP');
  });
});

describe('kpiInputsForRound', () => {
  it('gives computeRoundResult exactly the period H, with NOT_REPORTED at 0 and NO_DATA left out', () => {
    // documents 0.7 (40), completion lower-is-better not reported → 0 (30), archive 0.7 (30), citizen IKM no data (left out).
    // H = 100 × (28 + 0 + 21) / 100 = 49 → DI_BAWAH.
    const period = computeHasilKerjaForPeriod(
      policy,
      [
        DOCUMENTS,
        { ...COMPLETION, source: 'MANUAL', realisations: [submitted('2025-01', 2)] },
        ARCHIVE,
        { ...COMPLETION, id: 'ikm', direction: 'HIGHER_IS_BETTER', source: 'CITIZEN_SATISFACTION', target: 85, realisations: [] },
      ],
      Q1,
    );
    expect(period.score).toBeCloseTo(49, 10);
    const kpi = kpiInputsForRound(period);
    expect(kpi).toEqual([
      { id: 'documents', target: 30, realisasi: 21, weight: 40, direction: 'HIGHER_IS_BETTER' },
      { id: 'completion', target: 3, realisasi: 0, weight: 30, direction: 'HIGHER_IS_BETTER' },
      { id: 'archive', target: 100, realisasi: 70, weight: 30, direction: 'HIGHER_IS_BETTER' },
    ]);
    const round = computeRoundResult(policy, { kpi });
    expect(round.hasilKerjaScore).toBe(period.score);
    expect(round.hasilKerjaRating).toBe('DI_BAWAH_EKSPEKTASI');
  });

  it('keeps a lower-is-better indicator that counted as it is', () => {
    const period = computeHasilKerjaForPeriod(policy, [COMPLETION], Q1);
    expect(kpiInputsForRound(period)).toEqual([{ id: 'completion', target: 3, realisasi: 3, weight: 30, direction: 'LOWER_IS_BETTER' }]);
    expect(computeRoundResult(policy, { kpi: kpiInputsForRound(period) }).hasilKerjaScore).toBe(period.score);
  });

  it('no indicator counts: an empty list (computeRoundResult then has no KPI data)', () => {
    const period = computeHasilKerjaForPeriod(policy, [{ ...COMPLETION, realisations: [] }], Q1);
    expect(kpiInputsForRound(period)).toEqual([]);
    expect(computeRoundResult(policy, { kpi: kpiInputsForRound(period) })).toMatchObject({ hasilKerjaScore: null, hasilKerjaRating: null });
  });
});
