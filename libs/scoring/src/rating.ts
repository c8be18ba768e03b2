/**
 * The three-level rating used for both perilaku and hasil kerja (PermenPANRB 6/2022), with the
 * same spelling as the gateway's `Rating` GraphQL enum.
 */
export const RATING_VALUES = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
export type RatingValue = (typeof RATING_VALUES)[number];

export interface RatingThresholds {
  /** value ≥ diAtas → DI_ATAS_EKSPEKTASI */
  diAtas: number;
  /** sesuai ≤ value < diAtas → SESUAI_EKSPEKTASI; below → DI_BAWAH_EKSPEKTASI */
  sesuai: number;
}

/**
 * Thresholds compare the full-precision value, not its 2-decimal display: 84.999 is below 85 even
 * though it displays as "85.00". The only allowance is for floating-point noise: a value within
 * 1e-9 below a threshold (e.g. 64.99999999999999 from a computation that is exactly 65 on paper)
 * meets it. 1e-9 is six orders of magnitude below the display resolution of 0.01.
 */
export const THRESHOLD_TOLERANCE = 1e-9;

/** Rates a full-precision score against thresholds (see THRESHOLD_TOLERANCE). */
export function rateAgainstThresholds(value: number, thresholds: RatingThresholds): RatingValue {
  if (!Number.isFinite(value)) throw new RangeError(`rating: the value must be finite, got ${value}`);
  const { diAtas, sesuai } = thresholds;
  if (!Number.isFinite(diAtas) || !Number.isFinite(sesuai) || sesuai > diAtas) {
    throw new RangeError(`rating: thresholds must be finite with sesuai ≤ diAtas, got sesuai=${sesuai}, diAtas=${diAtas}`);
  }
  if (value >= diAtas - THRESHOLD_TOLERANCE) return 'DI_ATAS_EKSPEKTASI';
  if (value >= sesuai - THRESHOLD_TOLERANCE) return 'SESUAI_EKSPEKTASI';
  return 'DI_BAWAH_EKSPEKTASI';
}
