import ExcelJS from 'exceljs';
import { roundHalfAwayFromZero } from '@k360/scoring';
import type { TeamDashboardRow } from './models/team-dashboard.models';
import { FORMULA_TRIGGERS } from './team-dashboard.rules';

/**
 * The team dashboard's rows as CSV and XLSX (every row of the filter, as the caller may see them:
 * the same disclosed rows the GraphQL query pages). Headers and values are Bahasa Indonesia, in
 * the official terms. Text that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */

export const STATUS_TEXT: Record<string, string> = {
  DRAFT: 'Draf',
  OPEN: 'Terbuka',
  CLOSED: 'Ditutup, menunggu skor',
  SCORED: 'Selesai dinilai',
};
export const RATING_TEXT: Record<string, string> = {
  DI_ATAS_EKSPEKTASI: 'Di atas ekspektasi',
  SESUAI_EKSPEKTASI: 'Sesuai ekspektasi',
  DI_BAWAH_EKSPEKTASI: 'Di bawah ekspektasi',
};
export const PREDIKAT_TEXT: Record<string, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};
export const NOT_SCORED_TEXT = 'Belum dinilai';

type Cell = string | number | null;

/** The export's columns: header and value of a row (numbers stay numbers; null is an empty cell). */
export const EXPORT_COLUMNS: ReadonlyArray<{ header: string; width: number; value: (r: TeamDashboardRow) => Cell }> = [
  { header: 'NIP', width: 21, value: (r) => r.employeeNip },
  { header: 'Nama', width: 30, value: (r) => r.employeeName },
  { header: 'Jabatan', width: 28, value: (r) => r.position },
  { header: 'Unit', width: 28, value: (r) => r.unitName },
  { header: 'Status', width: 22, value: (r) => STATUS_TEXT[r.status] ?? r.status },
  { header: 'Ulasan masuk', width: 14, value: (r) => r.reviewsSubmitted },
  { header: 'Ulasan diharapkan', width: 18, value: (r) => r.reviewsExpected },
  { header: 'Nilai perilaku', width: 15, value: (r) => (r.perilakuScore === null ? null : roundHalfAwayFromZero(r.perilakuScore, 2)) },
  { header: 'Rating perilaku', width: 22, value: (r) => (r.perilakuRating ? RATING_TEXT[r.perilakuRating] : null) },
  {
    header: 'Nilai hasil kerja',
    width: 17,
    value: (r) => (r.hasilKerjaScore === null ? null : roundHalfAwayFromZero(r.hasilKerjaScore, 2)),
  },
  { header: 'Rating hasil kerja', width: 22, value: (r) => (r.hasilKerjaRating ? RATING_TEXT[r.hasilKerjaRating] : null) },
  { header: 'Predikat', width: 18, value: (r) => (r.predikat ? PREDIKAT_TEXT[r.predikat] : NOT_SCORED_TEXT) },
];

/** Text a spreadsheet would evaluate (=, +, -, @, tab, CR first) gets a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGERS.some((t) => text.startsWith(t)) ? `'${text}` : text;
}

/** The CSV separator: a semicolon, as spreadsheets set to Indonesian (comma decimals) expect. */
export const CSV_SEPARATOR = ';';

/** One CSV field: numbers with a decimal comma; text neutralised and quoted when it holds `;`, `,`, `"` or a line break. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  const text = neutraliseFormula(value);
  return /[;,"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV file: a UTF-8 byte order mark (so Excel reads the names right), a header row, CRLF line ends. */
export function toCsv(rows: readonly TeamDashboardRow[]): Buffer {
  const lines = [EXPORT_COLUMNS.map((c) => csvField(c.header)), ...rows.map((r) => EXPORT_COLUMNS.map((c) => csvField(c.value(r))))];
  return Buffer.from('\uFEFF' + lines.map((l) => l.join(CSV_SEPARATOR)).join('\r\n') + '\r\n', 'utf8');
}

/** The XLSX file: one sheet, a bold frozen header row, numbers as numbers, text as text (never a formula). */
export async function toXlsx(rows: readonly TeamDashboardRow[], title: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kinerja360';
  book.created = new Date();
  const sheet = book.addWorksheet('Dasbor tim', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow(
      EXPORT_COLUMNS.map((c) => {
        const v = c.value(r);
        return typeof v === 'string' ? neutraliseFormula(v) : v;
      }),
    );
  }
  sheet.headerFooter.oddHeader = title.replace(/&/g, '&&');
  return Buffer.from(await book.xlsx.writeBuffer());
}
