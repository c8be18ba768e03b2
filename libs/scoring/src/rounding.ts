/**
 * Display rounding. Scores are stored and compared at full precision; this is applied only where a
 * value is shown, or where a rule explicitly classifies the displayed value (the IKM bands).
 */

/**
 * Significant digits kept before rounding. A double carries 15–17 significant digits; keeping 15
 * removes the binary representation error and the few-ulp noise of a short computation, so that a
 * value that is mathematically 76.605 (stored as 76.60499999999999…) rounds to 76.61 as a person
 * rounding the decimal would.
 */
const SIGNIFICANT_DIGITS = 15;

/** Multiplies by 10^places by editing the decimal exponent: exact for the decimal the string shows. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/**
 * Rounds to `decimals` places, halves away from zero (2.345 → 2.35, −2.345 → −2.35), treating the
 * number as the decimal it prints as, to 15 significant digits. Never returns −0. Non-finite input
 * (NaN, ±Infinity) is returned unchanged.
 */
export function roundHalfAwayFromZero(x: number, decimals = 2): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be an integer from 0 to 20, got ${decimals}`);
  }
  if (!Number.isFinite(x)) return x;
  if (x === 0) return 0;
  const magnitude = Number(Math.abs(x).toPrecision(SIGNIFICANT_DIGITS));
  // Math.round rounds halves up, which for a non-negative magnitude is away from zero.
  const rounded = shiftDecimal(Math.round(shiftDecimal(magnitude, decimals)), -decimals);
  return x < 0 ? -rounded || 0 : rounded;
}
