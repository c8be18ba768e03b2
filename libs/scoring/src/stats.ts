/**
 * Descriptive statistics and Student's t distribution, implemented here without dependencies.
 * The t quantile inverts the CDF, computed from the regularized incomplete beta function, by
 * bisection; it is accurate to far more than the 3 decimals a confidence interval needs.
 */

function assertFiniteValues(values: readonly number[], what: string): void {
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`${what}: every value must be a finite number, got ${v}`);
  }
}

/**
 * Arithmetic mean; null for an empty list. Sums deviations from the first value, which is more
 * accurate than a plain sum and returns identical values exactly (mean of [3.6, 3.6, 3.6] is 3.6).
 */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  assertFiniteValues(values, 'mean');
  const shift = values[0];
  let sum = 0;
  for (const v of values) sum += v - shift;
  return shift + sum / values.length;
}

/**
 * Sample standard deviation (divisor n − 1); null for fewer than two values. Two-pass on
 * shifted data, so identical values give exactly 0.
 */
export function sampleStandardDeviation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values) as number;
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  return Math.sqrt(squares / (values.length - 1));
}

// ---------------------------------------------------------------------------------------------
// Special functions

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** Natural log of the gamma function for x > 0 (Lanczos approximation, g = 7, ~15 digits). */
function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1 − x) = π / sin(πx).
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < LANCZOS_G + 2; i++) series += LANCZOS_COEFFICIENTS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(series);
}

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const TINY = 1e-300;
  const EPS = 1e-16;
  const MAX_ITERATIONS = 100000;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) return h;
  }
  throw new Error(`incomplete beta: no convergence for a=${a}, b=${b}, x=${x}`);
}

/** Regularized incomplete beta I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`incomplete beta: a and b must be finite and positive, got a=${a}, b=${b}`);
  }
  if (!(x >= 0 && x <= 1)) throw new RangeError(`incomplete beta: x must be in [0, 1], got ${x}`);
  if (x === 0) return 0;
  if (x === 1) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  const front = Math.exp(logFront);
  // The continued fraction converges fast below the mean; use the symmetry above it.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/**
 * Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). Used for
 * Student's t with infinite degrees of freedom.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normal quantile: p must be in (0, 1), got ${p}`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

// ---------------------------------------------------------------------------------------------
// Student's t

function assertDegreesOfFreedom(df: number): void {
  if (!(df > 0)) throw new RangeError(`Student t: degrees of freedom must be positive, got ${df}`);
}

/** Above this many degrees of freedom the t quantile is taken from the normal one (difference < 1e-7). */
const NORMAL_LIMIT_DF = 1e7;

/** Cumulative distribution function P(T ≤ t) of Student's t with `df` degrees of freedom (df finite). */
export function studentTCdf(t: number, df: number): number {
  assertDegreesOfFreedom(df);
  if (!Number.isFinite(df)) throw new RangeError('Student t CDF: df must be finite');
  if (Number.isNaN(t)) throw new RangeError('Student t CDF: t is NaN');
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  // P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2).
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * Quantile (inverse CDF) of Student's t: the t with P(T ≤ t) = p. `df` may be non-integer or
 * Infinity (the normal quantile). Solved by bisection on x = df/(df + t²) in (0, 1), where the
 * two-sided tail I_x(df/2, 1/2) is increasing.
 */
export function studentTQuantile(p: number, df: number): number {
  assertDegreesOfFreedom(df);
  if (!(p > 0 && p < 1)) throw new RangeError(`Student t quantile: p must be in (0, 1), got ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  if (df > NORMAL_LIMIT_DF) return normalQuantile(p);
  const twoSidedTail = 2 * (1 - p);
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (regularizedIncompleteBeta(mid, df / 2, 0.5) < twoSidedTail) lo = mid;
    else hi = mid;
  }
  const x = (lo + hi) / 2;
  return Math.sqrt((df * (1 - x)) / x);
}

/** Two-sided critical value t such that P(|T| ≤ t) = confidence, e.g. 2.228 for 95% with df = 10. */
export function studentTCritical(confidence: number, df: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return studentTQuantile(1 - (1 - confidence) / 2, df);
}

export interface ConfidenceInterval {
  low: number;
  high: number;
}

/**
 * Student-t confidence interval for a mean: centre ± t(1 − α/2, n − 1) · sd / √n. Null when
 * n < 2 or sd is null (no spread can be estimated from one value). When `bounds` are given the
 * interval is clamped to them (a score cannot leave its scale; the t interval can for small n).
 */
export function tConfidenceInterval(
  centre: number,
  sd: number | null,
  n: number,
  confidence = 0.95,
  bounds?: { min: number; max: number },
): ConfidenceInterval | null {
  if (sd === null || n < 2) return null;
  if (!Number.isFinite(centre) || !Number.isFinite(sd) || sd < 0) {
    throw new RangeError(`confidence interval: centre and sd must be finite, sd ≥ 0 (centre=${centre}, sd=${sd})`);
  }
  if (!Number.isInteger(n)) throw new RangeError(`confidence interval: n must be an integer, got ${n}`);
  const halfWidth = sd === 0 ? 0 : (studentTCritical(confidence, n - 1) * sd) / Math.sqrt(n);
  let low = centre - halfWidth;
  let high = centre + halfWidth;
  if (bounds) {
    low = Math.min(Math.max(low, bounds.min), bounds.max);
    high = Math.min(Math.max(high, bounds.min), bounds.max);
  }
  return { low, high };
}
