import type { Lang } from '../../../shared/i18n';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/** A date with its time (a DateTime scalar: an ISO string), in the reader's language. */
export const dateTime = (iso: unknown, lang: Lang) =>
  new Date(String(iso)).toLocaleString(locale(lang), { dateStyle: 'medium', timeStyle: 'short' });

/** Versions (validFrom … validTo) newest first. */
export const newestFirst = <V extends { validFrom: unknown }>(versions: V[]): V[] =>
  [...versions].sort((a, b) => String(b.validFrom).localeCompare(String(a.validFrom)));
