import { KpiIndicatorInput, capaian, computeHasilKerja, hasilKerjaRating, rawCapaian } from './hasil-kerja';
import { HasilKerjaError, isHasilKerjaError } from './hasil-kerja.errors';
import { ARCAMANIK_360_V1 } from './policy';

const policy = ARCAMANIK_360_V1;
const higher = (target: number, realisasi: number, weight = 1): KpiIndicatorInput => ({
  target,
  realisasi,
  weight,
  direction: 'HIGHER_IS_BETTER',
});
const lower = (target: number, realisasi: number, weight = 1): KpiIndicatorInput => ({
  target,
  realisasi,
  weight,
  direction: 'LOWER_IS_BETTER',
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
const codeOf = (fn: () => unknown) => (catchError(fn) as HasilKerjaError).code;

describe('capaian', () => {
  it('higher is better: realisasi / target', () => {
    expect(capaian(100, 90, 'HIGHER_IS_BETTER', 1.2)).toBeCloseTo(0.9, 12);
    expect(capaian(40, 40, 'HIGHER_IS_BETTER', 1.2)).toBe(1);
    expect(capaian(10, 0, 'HIGHER_IS_BETTER', 1.2)).toBe(0);
  });

  it('lower is better: target / realisasi', () => {
    expect(capaian(5, 10, 'LOWER_IS_BETTER', 1.2)).toBe(0.5);
    expect(capaian(5, 5, 'LOWER_IS_BETTER', 1.2)).toBe(1);
    expect(capaian(3, 4, 'LOWER_IS_BETTER', 1.2)).toBe(0.75);
  });

  it('is capped at the cap', () => {
    expect(capaian(100, 150, 'HIGHER_IS_BETTER', 1.2)).toBe(1.2);
    expect(capaian(5, 4, 'LOWER_IS_BETTER', 1.2)).toBe(1.2); // 1.25 uncapped
    expect(capaian(100, 119, 'HIGHER_IS_BETTER', 1.2)).toBeCloseTo(1.19, 12);
    expect(capaian(100, 150, 'HIGHER_IS_BETTER', 1.5)).toBe(1.5);
  });

  it('lower is better with realisasi 0 (zero days, zero complaints) is better than any ratio: the cap', () => {
    // 5 / 0 → Infinity uncapped, min(Infinity, 1.2) = 1.2.
    expect(rawCapaian(5, 0, 'LOWER_IS_BETTER')).toBe(Infinity);
    expect(capaian(5, 0, 'LOWER_IS_BETTER', 1.2)).toBe(1.2); // e.g. 0 days against a 5-day target
    // Higher is better with realisasi 0: 0 / 10 = 0.
    expect(rawCapaian(10, 0, 'HIGHER_IS_BETTER')).toBe(0);
  });

  // Behaviour change (issue 13, acceptance 2): a target of 0 used to give 0/0 → 1 and x/0 → the cap;
  // a target of 0 makes the capaian meaningless, so it is now refused.
  it.each([
    ['zero', 0],
    ['negative', -5],
    ['missing (undefined)', undefined],
    ['missing (null)', null],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a string', '100'],
  ])('refuses a %s target with INVALID_TARGET, in both directions', (_what, target) => {
    for (const direction of ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const) {
      expect(() => rawCapaian(target as number, 5, direction)).toThrow(HasilKerjaError);
      expect(() => capaian(target as number, 0, direction, 1.2)).toThrow(expect.objectContaining({ code: 'INVALID_TARGET' }));
    }
  });

  it('names the missing target in the error', () => {
    expect(() => rawCapaian(undefined as unknown as number, 5, 'HIGHER_IS_BETTER', 'kpi-7')).toThrow(
      expect.objectContaining({
        name: 'HasilKerjaError',
        code: 'INVALID_TARGET',
        indicatorId: 'kpi-7',
        message: expect.stringMatching(/kpi-7.*missing/),
      }),
    );
  });

  it('rejects negative or non-finite inputs, an unknown direction and a bad cap', () => {
    expect(() => rawCapaian(-1, 5, 'HIGHER_IS_BETTER')).toThrow(RangeError);
    expect(() => rawCapaian(5, -1, 'LOWER_IS_BETTER')).toThrow(RangeError);
    expect(() => rawCapaian(NaN, 5, 'HIGHER_IS_BETTER')).toThrow(RangeError);
    expect(() => rawCapaian(5, Infinity, 'HIGHER_IS_BETTER')).toThrow(RangeError);
    expect(() => rawCapaian(5, 5, 'SIDEWAYS' as never)).toThrow(/unknown direction/);
    expect(() => capaian(5, 5, 'HIGHER_IS_BETTER', 0)).toThrow(RangeError);
    expect(() => capaian(5, 5, 'HIGHER_IS_BETTER', NaN)).toThrow(RangeError);
  });

  it('gives each refusal a stable code (HasilKerjaError is still a RangeError)', () => {
    expect(codeOf(() => rawCapaian(5, -1, 'LOWER_IS_BETTER'))).toBe('INVALID_REALISATION');
    expect(codeOf(() => rawCapaian(5, NaN, 'HIGHER_IS_BETTER'))).toBe('INVALID_REALISATION');
    expect(codeOf(() => rawCapaian(5, 5, 'SIDEWAYS' as never))).toBe('INVALID_DIRECTION');
    expect(codeOf(() => capaian(5, 5, 'HIGHER_IS_BETTER', 0))).toBe('INVALID_CAP');
    expect(codeOf(() => capaian(5, 5, 'HIGHER_IS_BETTER', -1.2))).toBe('INVALID_CAP');
    const error = catchError(() => rawCapaian(0, 5, 'HIGHER_IS_BETTER'));
    expect(error).toBeInstanceOf(RangeError);
    expect(isHasilKerjaError(error, 'INVALID_TARGET')).toBe(true);
    expect(isHasilKerjaError(error, 'INVALID_WEIGHT')).toBe(false);
    expect(isHasilKerjaError(new RangeError('x'))).toBe(false);
  });
});

describe('computeHasilKerja', () => {
  it('H = 112 → DI_ATAS (docs/domain.md example)', () => {
    const result = computeHasilKerja(policy, [higher(100, 112)]);
    expect(result.score).toBeCloseTo(112, 10);
    expect(result.rating).toBe('DI_ATAS_EKSPEKTASI');
  });

  it('weighs the capaian: 60 × 1.0 + 40 × 0.8 → 92 SESUAI', () => {
    const result = computeHasilKerja(policy, [higher(50, 50, 60), lower(4, 5, 40)]);
    expect(result.score).toBeCloseTo(92, 10);
    expect(result.rating).toBe('SESUAI_EKSPEKTASI');
    expect(result.indicators.map((i) => i.capaian)).toEqual([1, 0.8]);
  });

  it('applies the cap before weighting: (1.2 + 0.6) / 2 → 90, not 130', () => {
    const result = computeHasilKerja(policy, [higher(100, 200), higher(100, 60)]);
    expect(result.score).toBeCloseTo(90, 10);
    expect(result.rating).toBe('SESUAI_EKSPEKTASI');
    expect(result.indicators.map((i) => i.capped)).toEqual([true, false]);
  });

  it('all capped: H = 120, the maximum', () => {
    expect(computeHasilKerja(policy, [higher(10, 30), lower(5, 0)]).score).toBeCloseTo(120, 10);
  });

  it('uses the policy cap', () => {
    expect(computeHasilKerja({ ...policy, capaianCap: 1.5 }, [higher(100, 200)]).score).toBeCloseTo(150, 10);
    expect(() => computeHasilKerja({ ...policy, capaianCap: 0 }, [higher(100, 200)])).toThrow(RangeError);
  });

  it('weights need not sum to 1 and a zero weight does not contribute', () => {
    expect(computeHasilKerja(policy, [higher(10, 1, 0), higher(10, 10, 3)]).score).toBeCloseTo(100, 10);
    expect(computeHasilKerja(policy, [higher(10, 9, 0.25), higher(10, 11, 0.75)]).score).toBeCloseTo(105, 10);
  });

  it('no indicators: null score and rating', () => {
    expect(computeHasilKerja(policy, [])).toEqual({ score: null, rating: null, indicators: [] });
  });

  it('all weights 0: null score and rating, indicators still listed', () => {
    const result = computeHasilKerja(policy, [higher(10, 10, 0)]);
    expect(result.score).toBeNull();
    expect(result.rating).toBeNull();
    expect(result.indicators).toHaveLength(1);
  });

  it('echoes indicator ids', () => {
    const result = computeHasilKerja(policy, [{ ...lower(3, 2), id: 'kpi-1' }, higher(1, 1)]);
    expect(result.indicators[0]).toEqual({ id: 'kpi-1', weight: 1, direction: 'LOWER_IS_BETTER', capaian: 1.2, capped: true });
    expect(result.indicators[1]).not.toHaveProperty('id');
  });

  it('rejects negative weights', () => {
    expect(() => computeHasilKerja(policy, [higher(10, 10, -1)])).toThrow(RangeError);
    expect(() => computeHasilKerja(policy, [higher(10, 10, NaN)])).toThrow(RangeError);
    expect(codeOf(() => computeHasilKerja(policy, [{ ...higher(10, 10, -1), id: 'kpi-2' }]))).toBe('INVALID_WEIGHT');
    expect(codeOf(() => computeHasilKerja(policy, [{ ...higher(10, 10), weight: undefined as unknown as number }]))).toBe('INVALID_WEIGHT');
  });

  it('refuses a plan with one zero or missing target, naming the indicator', () => {
    const zero = catchError(() => computeHasilKerja(policy, [higher(10, 10), { ...lower(0, 3), id: 'kpi-3' }])) as HasilKerjaError;
    expect(zero).toMatchObject({ code: 'INVALID_TARGET', indicatorId: 'kpi-3' });
    const missing = { id: 'kpi-4', realisasi: 3, weight: 1, direction: 'HIGHER_IS_BETTER' } as unknown as KpiIndicatorInput;
    expect(catchError(() => computeHasilKerja(policy, [missing]))).toMatchObject({ code: 'INVALID_TARGET', indicatorId: 'kpi-4' });
    expect(codeOf(() => computeHasilKerja({ ...policy, capaianCap: Infinity }, [higher(1, 1)]))).toBe('INVALID_CAP');
  });

  it('weights that do not sum to 1 give the same H as the same weights normalised', () => {
    // Weights 2, 3, 5 (Σ 10): capaian 0.8 (80/100), 1.0 (target 4 days, 4 days, lower), 1.2 (capped from 1.5).
    // H = 100 × (2·0.8 + 3·1.0 + 5·1.2) / 10 = 100 × (1.6 + 3 + 6) / 10 = 106 → SESUAI.
    const raw = computeHasilKerja(policy, [higher(100, 80, 2), lower(4, 4, 3), higher(10, 15, 5)]);
    expect(raw.score).toBeCloseTo(106, 10);
    expect(raw.rating).toBe('SESUAI_EKSPEKTASI');
    // The same as 0.2, 0.3, 0.5 and as 20, 30, 50.
    const unit = computeHasilKerja(policy, [higher(100, 80, 0.2), lower(4, 4, 0.3), higher(10, 15, 0.5)]);
    const percent = computeHasilKerja(policy, [higher(100, 80, 20), lower(4, 4, 30), higher(10, 15, 50)]);
    expect(unit.score).toBeCloseTo(106, 10);
    expect(percent.score).toBeCloseTo(106, 10);
  });

  it('lower is better in a plan: 6 days against a 4-day target → c = 4/6', () => {
    // Weights 1 and 1: H = 100 × (4/6 + 1.0) / 2 = 100 × 1.6667 / 2 = 83.33 → DI_BAWAH.
    const result = computeHasilKerja(policy, [lower(4, 6), higher(50, 50)]);
    expect(result.indicators[0].capaian).toBeCloseTo(2 / 3, 12);
    expect(result.score).toBeCloseTo(250 / 3, 10);
    expect(result.rating).toBe('DI_BAWAH_EKSPEKTASI');
  });

  it('rates an exact 90 that computes as 89.99999999999999 as SESUAI (floating-point noise)', () => {
    // 0.1 × 9/11 + 0.9 × 20/22 = 0.9 exactly on paper.
    const result = computeHasilKerja(policy, [higher(11, 9, 0.1), higher(22, 20, 0.9)]);
    expect(result.score).toBeLessThan(90);
    expect(result.score).toBeCloseTo(90, 10);
    expect(result.rating).toBe('SESUAI_EKSPEKTASI');
  });
});

describe('hasilKerjaRating edges', () => {
  it.each([
    [0, 'DI_BAWAH_EKSPEKTASI'],
    [89.999, 'DI_BAWAH_EKSPEKTASI'],
    [90, 'SESUAI_EKSPEKTASI'],
    [109.999, 'SESUAI_EKSPEKTASI'],
    [110, 'DI_ATAS_EKSPEKTASI'],
    [120, 'DI_ATAS_EKSPEKTASI'],
  ])('H = %d → %s', (score, rating) => {
    expect(hasilKerjaRating(policy, score)).toBe(rating);
  });

  it.each([
    [89.999, 'DI_BAWAH_EKSPEKTASI'],
    [90, 'SESUAI_EKSPEKTASI'],
    [109.999, 'SESUAI_EKSPEKTASI'],
    [110, 'DI_ATAS_EKSPEKTASI'],
  ])('realisasi %d of target 100 → %s', (realisasi, rating) => {
    expect(computeHasilKerja(policy, [higher(100, realisasi)]).rating).toBe(rating);
  });

  it('uses the thresholds of the policy', () => {
    const custom = { ...policy, hasilKerja: { diAtas: 105, sesuai: 95 } };
    expect(hasilKerjaRating(custom, 94)).toBe('DI_BAWAH_EKSPEKTASI');
    expect(hasilKerjaRating(custom, 105)).toBe('DI_ATAS_EKSPEKTASI');
  });
});
