import type { PredikatValue } from '@k360/scoring';

/**
 * The rules of the team dashboard and its export, in one place (the resolver, the service, the
 * export route and the staff page import them).
 */

/** Rows per dashboard page when the caller does not say (the page size limit is PageArgs.MAX). */
export const TEAM_DASHBOARD_PAGE_SIZE = 50;

/** The predikat in the order the distribution lists them; `null` is "belum dinilai" (not scored, or withheld). */
export const PREDIKAT_ORDER: ReadonlyArray<PredikatValue | null> = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
  null,
];

/**
 * A spreadsheet cell starting with one of these is read as a formula by Excel, LibreOffice and
 * Google Sheets (OWASP "CSV injection"); the export prefixes such text with an apostrophe.
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** The export's file name stem: `<stem>-<period name>.csv|xlsx`. */
export const EXPORT_FILE_STEM = 'dasbor-tim';
