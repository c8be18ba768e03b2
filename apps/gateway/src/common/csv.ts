/**
 * CSV for spreadsheets (RFC 4180 with a UTF-8 byte order mark, so Excel reads Bahasa Indonesia
 * names right): every cell quoted, quotes doubled, CRLF line ends. A text cell that a spreadsheet
 * would take for a formula (starting with =, +, -, @, a tab or a carriage return; OWASP "CSV
 * injection") is prefixed with a single quote, so it shows as text. Numbers are written as numbers.
 */
export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '""';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return CSV_BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
