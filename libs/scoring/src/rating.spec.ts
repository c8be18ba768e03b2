import { THRESHOLD_TOLERANCE, rateAgainstThresholds } from './rating';

describe('rateAgainstThresholds', () => {
  const thresholds = { diAtas: 85, sesuai: 65 };

  it('rates at and around both thresholds at full precision', () => {
    expect(rateAgainstThresholds(64.999, thresholds)).toBe('DI_BAWAH_EKSPEKTASI');
    expect(rateAgainstThresholds(65, thresholds)).toBe('SESUAI_EKSPEKTASI');
    expect(rateAgainstThresholds(84.999, thresholds)).toBe('SESUAI_EKSPEKTASI');
    expect(rateAgainstThresholds(85, thresholds)).toBe('DI_ATAS_EKSPEKTASI');
    expect(rateAgainstThresholds(0, thresholds)).toBe('DI_BAWAH_EKSPEKTASI');
    expect(rateAgainstThresholds(120, thresholds)).toBe('DI_ATAS_EKSPEKTASI');
  });

  it('absorbs floating-point noise only', () => {
    expect(THRESHOLD_TOLERANCE).toBe(1e-9);
    expect(rateAgainstThresholds(64.99999999999999, thresholds)).toBe('SESUAI_EKSPEKTASI');
    expect(rateAgainstThresholds(85 - 1e-10, thresholds)).toBe('DI_ATAS_EKSPEKTASI');
    expect(rateAgainstThresholds(85 - 1e-8, thresholds)).toBe('SESUAI_EKSPEKTASI');
    expect(rateAgainstThresholds(64.9999999, thresholds)).toBe('DI_BAWAH_EKSPEKTASI');
  });

  it('allows equal thresholds (no SESUAI band)', () => {
    expect(rateAgainstThresholds(70, { diAtas: 70, sesuai: 70 })).toBe('DI_ATAS_EKSPEKTASI');
    expect(rateAgainstThresholds(69.9, { diAtas: 70, sesuai: 70 })).toBe('DI_BAWAH_EKSPEKTASI');
  });

  it('rejects invalid values and thresholds', () => {
    expect(() => rateAgainstThresholds(NaN, thresholds)).toThrow(RangeError);
    expect(() => rateAgainstThresholds(Infinity, thresholds)).toThrow(RangeError);
    expect(() => rateAgainstThresholds(70, { diAtas: 65, sesuai: 85 })).toThrow(RangeError);
    expect(() => rateAgainstThresholds(70, { diAtas: NaN, sesuai: 65 })).toThrow(RangeError);
  });
});
