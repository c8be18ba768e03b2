/**
 * Errors of the hasil-kerja computations (capaian, H, and the period aggregation), each with a
 * stable code a caller can map to its own error (the gateway to a GraphQL error code, the worker
 * to a failed job with a reason). HasilKerjaError extends RangeError, so code written against the
 * earlier RangeErrors of hasil-kerja.ts keeps working.
 */
export const HASIL_KERJA_ERROR_CODES = [
  /** The target is missing (undefined or null), not a finite number, zero or negative. */
  'INVALID_TARGET',
  /** A realisation value is not a finite number, or is negative. */
  'INVALID_REALISATION',
  /** A weight is missing, not a finite number, or negative. */
  'INVALID_WEIGHT',
  /** The direction is neither HIGHER_IS_BETTER nor LOWER_IS_BETTER. */
  'INVALID_DIRECTION',
  /** The aggregation is neither SUM, AVERAGE nor LAST. */
  'INVALID_AGGREGATION',
  /** The source is neither MANUAL nor one of the automatic sources. */
  'INVALID_SOURCE',
  /** A realisation's status is neither SUBMITTED, VERIFIED nor RETURNED. */
  'INVALID_STATUS',
  /** A month is not a real calendar month written YYYY-MM. */
  'INVALID_MONTH',
  /** The period has no month, repeats a month, or its dates are not YYYY-MM-DD with start ≤ end. */
  'INVALID_PERIOD',
  /** Two realisations that would count for the same indicator and month (the value is ambiguous). */
  'DUPLICATE_MONTH',
  /** The capaian cap of the policy is not a positive finite number. */
  'INVALID_CAP',
] as const;
export type HasilKerjaErrorCode = (typeof HASIL_KERJA_ERROR_CODES)[number];

export class HasilKerjaError extends RangeError {
  override readonly name = 'HasilKerjaError';

  constructor(
    readonly code: HasilKerjaErrorCode,
    message: string,
    /** The indicator concerned, when the caller gave it an id. */
    readonly indicatorId?: string,
  ) {
    super(`${code}: ${message}`);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Whether `error` is a HasilKerjaError (optionally with the given code). */
export function isHasilKerjaError(error: unknown, code?: HasilKerjaErrorCode): error is HasilKerjaError {
  return error instanceof HasilKerjaError && (code === undefined || error.code === code);
}
