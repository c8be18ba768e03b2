/** Shared inputs of the work-plan (SKP) tests. */

/** The current year in the agencies' default time zone (Asia/Jakarta). */
export const CURRENT_YEAR = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));
/** Last year: every month of it is in the past (reports are refused for future months), whatever today is. */
export const PLAN_YEAR = CURRENT_YEAR - 1;
/** A month of PLAN_YEAR as 'YYYY-MM'. */
export const planMonth = (n: number) => `${PLAN_YEAR}-${String(n).padStart(2, '0')}`;

/** A MANUAL counting indicator (SUM, higher is better). */
export const DOCS_INDICATOR = {
  name: 'Dokumen kependudukan yang diterbitkan',
  unit: 'dokumen',
  target: 1200,
  weight: 2,
  direction: 'HIGHER_IS_BETTER',
  aggregation: 'SUM',
  source: 'MANUAL',
  method: 'DATA_ANALYSIS',
};
/** A MANUAL time indicator (AVERAGE, lower is better). */
export const TIME_INDICATOR = {
  name: 'Rata-rata waktu penyelesaian berkas',
  unit: 'hari',
  target: 3,
  weight: 1,
  direction: 'LOWER_IS_BETTER',
  aggregation: 'AVERAGE',
  source: 'MANUAL',
  method: 'Evaluasi register berkas',
};
