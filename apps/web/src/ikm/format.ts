import { roundHalfAwayFromZero } from '../../../../libs/scoring/src/rounding';
import type { Lang } from '../shared/i18n';
import { KINERJA_GLOSS } from './messages';

/**
 * A figure as shown: rounded half away from zero (the same function the scoring library uses, as
 * docs/domain.md asks for display), with the language's decimal mark: 86,81 in Indonesian, 86.81 in
 * English. No thousands separator is needed (IKM ≤ 100, NRR ≤ 4).
 */
export function decimal(value: number, lang: Lang, places = 2): string {
  const text = roundHalfAwayFromZero(value, places).toFixed(places);
  return lang === 'id' ? text.replace('.', ',') : text;
}

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** A calendar date (YYYY-MM-DD) as "1 Jul 2026". */
export function day(isoDate: string, lang: Lang): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString(LOCALE[lang], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A moment in the reader's time zone, as "15 Agu 2026 10.00". */
export function moment(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short' });
}

/** "B — Baik", in English "B — Baik (Good)": the official category stays Indonesian. */
export function grade(p: { mutu: string | null; kinerja: string | null }, lang: Lang): string {
  if (!p.mutu || !p.kinerja) return '—';
  const gloss = lang === 'en' && KINERJA_GLOSS[p.kinerja] ? ` (${KINERJA_GLOSS[p.kinerja]})` : '';
  return `${p.mutu} — ${p.kinerja}${gloss}`;
}
