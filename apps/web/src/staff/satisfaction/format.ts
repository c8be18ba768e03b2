import { roundHalfAwayFromZero } from '../../../../../libs/scoring/src/rounding';
import type { Lang } from '../../shared/i18n';

/** A figure rounded half away from zero with the language's decimal mark (86,81 / 86.81). */
export function decimal(value: number, lang: Lang, places = 2): string {
  const text = roundHalfAwayFromZero(value, places).toFixed(places);
  return lang === 'id' ? text.replace('.', ',') : text;
}

/** A signed difference: +0,75 / −0,25. */
export function signed(value: number, lang: Lang): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${decimal(Math.abs(value), lang)}`;
}

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** A date (YYYY-MM-DD or an ISO moment) as "1 Jul 2026". */
export function day(iso: string, lang: Lang): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  return d.toLocaleDateString(LOCALE[lang], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : undefined,
  });
}
