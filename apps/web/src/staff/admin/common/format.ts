import type { Lang } from '../../../shared/i18n';

/** A DateTime scalar (an ISO string on the wire) as its day, YYYY-MM-DD. */
export const day = (v: unknown): string => (v ? String(v).slice(0, 10) : '—');

/** A DateTime scalar as a local date and time in the language. */
export const dateTime = (v: unknown, lang: Lang): string =>
  v ? new Date(String(v)).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' }) : '—';
