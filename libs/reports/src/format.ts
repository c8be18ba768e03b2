/**
 * How figures are printed in the reports (Bahasa Indonesia: a decimal comma, no thousands
 * separator below 10,000). Rounded half away from zero, as everywhere else in the product;
 * the stored figures keep full precision.
 */
import { roundHalfAwayFromZero } from '@k360/scoring';

/** Decimals printed per figure (one home: the PDFs and the tests that read them use these). */
export const REPORT_DECIMALS = { nrr: 2, weightedNrr: 3, ikm: 4, converted: 2, percent: 1, score: 2, mean: 2, quickMean: 2 } as const;

/** `n` rounded to `decimals`, with a decimal comma; an em dash for null. */
export function formatNumber(n: number | null | undefined, decimals: number): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return roundHalfAwayFromZero(n, decimals).toFixed(decimals).replace('.', ',');
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2026-07-01" → "1 Juli 2026". */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A moment as "3 Desember 2026 06.45 UTC" (the worker does not know the reader's zone). */
export function formatMoment(at: Date): string {
  const iso = at.toISOString();
  return `${formatDate(iso)} ${iso.slice(11, 13)}.${iso.slice(14, 16)} UTC`;
}

/** A file name made of letters, digits, dots, dashes and underscores only (no path, no quotes). */
export function safeFileName(...parts: string[]): string {
  const stem = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '');
  return `${stem || 'laporan'}.pdf`;
}
