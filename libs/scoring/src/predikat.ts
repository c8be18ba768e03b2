import { RATING_VALUES, RatingValue } from './rating';

/** Predikat kinerja (PermenPANRB 6/2022), spelled as the gateway's `Predikat` GraphQL enum. */
export const PREDIKAT_VALUES = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type PredikatValue = (typeof PREDIKAT_VALUES)[number];

/**
 * The PermenPANRB 6/2022 matrix: PREDIKAT_MATRIX[hasilKerja][perilaku]. Perilaku below
 * expectation with results at or above expectation is KURANG (misconduct).
 */
export const PREDIKAT_MATRIX: Readonly<Record<RatingValue, Readonly<Record<RatingValue, PredikatValue>>>> = Object.freeze({
  DI_ATAS_EKSPEKTASI: Object.freeze({ DI_BAWAH_EKSPEKTASI: 'KURANG', SESUAI_EKSPEKTASI: 'BAIK', DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK' }),
  SESUAI_EKSPEKTASI: Object.freeze({ DI_BAWAH_EKSPEKTASI: 'KURANG', SESUAI_EKSPEKTASI: 'BAIK', DI_ATAS_EKSPEKTASI: 'BAIK' }),
  DI_BAWAH_EKSPEKTASI: Object.freeze({
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
  }),
} as const);

/** The predikat for two explicit ratings. Both are required: deciding a missing rating is the caller's call. */
export function predikatKinerja(hasilKerja: RatingValue, perilaku: RatingValue): PredikatValue {
  if (!RATING_VALUES.includes(hasilKerja) || !RATING_VALUES.includes(perilaku)) {
    throw new RangeError(`predikat: unknown rating (hasilKerja=${String(hasilKerja)}, perilaku=${String(perilaku)})`);
  }
  return PREDIKAT_MATRIX[hasilKerja][perilaku];
}

/**
 * The predikat, or null when either rating is missing (no perilaku source counted, or neither KPI
 * data nor a supervisor rating for hasil kerja). A missing rating is never guessed.
 */
export function predikatKinerjaOrNull(hasilKerja: RatingValue | null, perilaku: RatingValue | null): PredikatValue | null {
  if (hasilKerja === null || perilaku === null) return null;
  return predikatKinerja(hasilKerja, perilaku);
}
