import {
  mean,
  normalQuantile,
  regularizedIncompleteBeta,
  sampleStandardDeviation,
  studentTCdf,
  studentTCritical,
  studentTQuantile,
  tConfidenceInterval,
} from './stats';

describe('mean', () => {
  it('is null for no values', () => {
    expect(mean([])).toBeNull();
  });
  it('averages', () => {
    expect(mean([4.0, 3.6, 4.4])).toBeCloseTo(4, 12);
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([7])).toBe(7);
  });
  it('returns identical values exactly', () => {
    expect(mean([3.6, 3.6, 3.6])).toBe(3.6);
    expect(mean([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])).toBe(0.1);
  });
  it('rejects non-finite values', () => {
    expect(() => mean([1, NaN])).toThrow(RangeError);
    expect(() => mean([Infinity])).toThrow(RangeError);
  });
});

describe('sampleStandardDeviation', () => {
  it('is null for fewer than two values', () => {
    expect(sampleStandardDeviation([])).toBeNull();
    expect(sampleStandardDeviation([4.2])).toBeNull();
  });
  it('uses the n − 1 divisor', () => {
    // Population sd of this classic sample is 2; the sample sd is sqrt(32 / 7).
    expect(sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(sampleStandardDeviation([4.0, 3.6, 4.4])).toBeCloseTo(0.4, 12);
    expect(sampleStandardDeviation([1, 5])).toBeCloseTo(Math.sqrt(8), 12);
  });
  it('is exactly 0 for identical values', () => {
    expect(sampleStandardDeviation([3.6, 3.6, 3.6])).toBe(0);
    expect(sampleStandardDeviation([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])).toBe(0);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('matches closed forms', () => {
    for (const x of [0.1, 0.37, 0.5, 0.9]) {
      expect(regularizedIncompleteBeta(x, 1, 1)).toBeCloseTo(x, 12);
      expect(regularizedIncompleteBeta(x, 3, 1)).toBeCloseTo(x ** 3, 12);
      expect(regularizedIncompleteBeta(x, 1, 2)).toBeCloseTo(1 - (1 - x) ** 2, 12);
    }
    expect(regularizedIncompleteBeta(0.5, 4.5, 4.5)).toBeCloseTo(0.5, 12);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
  it('rejects invalid arguments', () => {
    expect(() => regularizedIncompleteBeta(-0.1, 1, 1)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(1.1, 1, 1)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(0.5, 1, -1)).toThrow(RangeError);
  });
});

describe('Student t', () => {
  it.each([
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [5, 2.571],
    [10, 2.228],
    [20, 2.086],
    [29, 2.045],
    [30, 2.042],
    [60, 2.0],
    [100, 1.984],
    [120, 1.98],
    [1000, 1.962],
  ])('97.5%% quantile for df=%d is %d to 3 decimals', (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 3);
  });

  it('matches reference quantiles to 6 decimals', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062047, 6);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.3026527, 6);
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.5705818, 6);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.2281389, 6);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0422725, 6);
    expect(studentTQuantile(0.975, 100)).toBeCloseTo(1.9839715, 6);
    expect(studentTQuantile(0.995, 1)).toBeCloseTo(63.6567412, 5);
    expect(studentTQuantile(0.9995, 1)).toBeCloseTo(636.6192488, 4);
    expect(studentTQuantile(0.6, 4)).toBeCloseTo(0.2707223, 6);
  });

  it('tends to the normal quantile as df → ∞', () => {
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.959964, 6);
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 5);
    expect(studentTQuantile(0.975, 1e9)).toBeCloseTo(1.959964, 6);
  });

  it('is symmetric around 0', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.2281389, 6);
    expect(studentTQuantile(0.1, 3)).toBeCloseTo(-studentTQuantile(0.9, 3), 12);
  });

  it('accepts non-integer degrees of freedom', () => {
    const q = studentTQuantile(0.975, 2.5);
    expect(q).toBeLessThan(studentTQuantile(0.975, 2));
    expect(q).toBeGreaterThan(studentTQuantile(0.975, 3));
    expect(studentTCdf(q, 2.5)).toBeCloseTo(0.975, 10);
  });

  it('CDF matches the closed forms for df 1 (Cauchy) and df 2', () => {
    for (const t of [-5, -1.3, -0.2, 0, 0.7, 2, 12.706]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 12);
    }
    expect(studentTCdf(Infinity, 4)).toBe(1);
    expect(studentTCdf(-Infinity, 4)).toBe(0);
  });

  it('quantile inverts the CDF', () => {
    for (const df of [1, 2, 4, 11, 50, 400]) {
      for (const p of [0.001, 0.05, 0.3, 0.8, 0.975, 0.9999]) {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
      }
    }
  });

  it('gives two-sided critical values', () => {
    expect(studentTCritical(0.95, 10)).toBeCloseTo(2.228, 3);
    expect(studentTCritical(0.99, 10)).toBeCloseTo(3.169, 3);
    expect(studentTCritical(0.9, 1)).toBeCloseTo(6.314, 3);
  });

  it('rejects invalid arguments', () => {
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, -3)).toThrow(RangeError);
    expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTCritical(1, 5)).toThrow(RangeError);
    expect(() => studentTCdf(1, Infinity)).toThrow(RangeError);
    expect(() => studentTCdf(NaN, 3)).toThrow(RangeError);
  });
});

describe('normalQuantile', () => {
  it('matches reference values', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 6);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 6);
  });
  it('rejects p outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe('tConfidenceInterval', () => {
  it('is null for fewer than two values or without sd', () => {
    expect(tConfidenceInterval(80, null, 1)).toBeNull();
    expect(tConfidenceInterval(80, 5, 1)).toBeNull();
    expect(tConfidenceInterval(80, null, 5)).toBeNull();
  });
  it('is centre ± t · sd / √n', () => {
    const ci = tConfidenceInterval(75, 10, 3);
    const half = (4.3026527 * 10) / Math.sqrt(3);
    expect(ci?.low).toBeCloseTo(75 - half, 5);
    expect(ci?.high).toBeCloseTo(75 + half, 5);
  });
  it('uses the requested confidence', () => {
    const ci = tConfidenceInterval(0, 1, 11, 0.99);
    expect(ci?.high).toBeCloseTo(3.169 / Math.sqrt(11), 3);
  });
  it('collapses to the point when sd is 0', () => {
    expect(tConfidenceInterval(62.5, 0, 4)).toEqual({ low: 62.5, high: 62.5 });
  });
  it('clamps to bounds when given', () => {
    expect(tConfidenceInterval(95, 10, 3, 0.95, { min: 0, max: 100 })).toEqual({ low: expect.any(Number), high: 100 });
    expect(tConfidenceInterval(5, 10, 3, 0.95, { min: 0, max: 100 })?.low).toBe(0);
    expect(tConfidenceInterval(95, 10, 3)?.high).toBeGreaterThan(100);
  });
  it('rejects invalid input', () => {
    expect(() => tConfidenceInterval(50, -1, 3)).toThrow(RangeError);
    expect(() => tConfidenceInterval(NaN, 1, 3)).toThrow(RangeError);
    expect(() => tConfidenceInterval(50, 1, 2.5)).toThrow(RangeError);
  });
});
