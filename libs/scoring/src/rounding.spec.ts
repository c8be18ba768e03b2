import { roundHalfAwayFromZero } from './rounding';

describe('roundHalfAwayFromZero', () => {
  it('rounds to 2 decimals by default', () => {
    expect(roundHalfAwayFromZero(86.80555555555556)).toBe(86.81);
    expect(roundHalfAwayFromZero(79.86111111111111)).toBe(79.86);
    expect(roundHalfAwayFromZero(81.94444444444444)).toBe(81.94);
  });

  it('rounds halves away from zero, on both sides of zero', () => {
    expect(roundHalfAwayFromZero(2.345)).toBe(2.35);
    expect(roundHalfAwayFromZero(-2.345)).toBe(-2.35);
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3); // Math.round would give -2
    expect(roundHalfAwayFromZero(0.5, 0)).toBe(1);
    expect(roundHalfAwayFromZero(-0.5, 0)).toBe(-1);
  });

  it('rounds below the half towards zero', () => {
    expect(roundHalfAwayFromZero(2.344)).toBe(2.34);
    expect(roundHalfAwayFromZero(-2.344)).toBe(-2.34);
    expect(roundHalfAwayFromZero(76.604)).toBe(76.6);
  });

  it('rounds the decimal a number prints as, not its binary approximation', () => {
    // 1.005 and 76.605 are stored slightly below the half; naive Math.round(x * 100) / 100 gives 1 and 76.6.
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(roundHalfAwayFromZero(1.005)).toBe(1.01);
    expect(roundHalfAwayFromZero(76.605)).toBe(76.61);
    expect(roundHalfAwayFromZero(64.995)).toBe(65);
    expect(roundHalfAwayFromZero(88.305)).toBe(88.31);
  });

  it('ignores floating-point noise beyond 15 significant digits', () => {
    expect(roundHalfAwayFromZero(76.60499999999999)).toBe(76.61);
    expect(roundHalfAwayFromZero(0.1 + 0.2, 2)).toBe(0.3);
    expect(roundHalfAwayFromZero(0.1 + 0.2, 17)).toBe(0.3);
  });

  it('honours the number of decimals', () => {
    expect(roundHalfAwayFromZero(3.4722222222222223, 4)).toBe(3.4722);
    expect(roundHalfAwayFromZero(3.47225, 4)).toBe(3.4723);
    expect(roundHalfAwayFromZero(1234.5678, 0)).toBe(1235);
    expect(roundHalfAwayFromZero(12.706204736174694, 3)).toBe(12.706);
  });

  it('handles numbers printed in exponent notation', () => {
    expect(roundHalfAwayFromZero(1.5e-7, 7)).toBe(2e-7);
    expect(roundHalfAwayFromZero(1.23456789e-7, 9)).toBe(1.23e-7);
    expect(roundHalfAwayFromZero(1e-7)).toBe(0);
    expect(roundHalfAwayFromZero(1e21)).toBe(1e21);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.001), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0), 0)).toBe(true);
  });

  it('returns non-finite input unchanged', () => {
    expect(roundHalfAwayFromZero(NaN)).toBeNaN();
    expect(roundHalfAwayFromZero(Infinity)).toBe(Infinity);
    expect(roundHalfAwayFromZero(-Infinity)).toBe(-Infinity);
  });

  it('rejects an invalid number of decimals', () => {
    expect(() => roundHalfAwayFromZero(1, -1)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 1.5)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 21)).toThrow(RangeError);
  });
});
