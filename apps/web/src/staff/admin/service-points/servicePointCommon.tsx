import { useEffect, useState } from 'react';
import { Lang, Params, useT } from '../../../shared/i18n';
import type { AdminKioskFieldsFragment, AdminRatingLinkFieldsFragment, AdminServicePointsQuery } from '../../gql/graphql';
import { errorText, STAFF_MESSAGES, StaffKey } from '../../messages';
import { Notice } from '../../Notice';

/** What the service point administration's parts share: shapes, formats, the note line and list status. */

export type ServicePoint = AdminServicePointsQuery['servicePoints'][number];
export type Kiosk = AdminKioskFieldsFragment;
export type RatingLink = AdminRatingLinkFieldsFragment;
/** A message key (put into words at render time: the language may change) or an API error. */
export type Note = { ok: true; key: StaffKey; params?: Params } | { ok: false; key: StaffKey; params?: Params } | { ok: false; err: unknown };

/** Re-renders every `ms` so relative times ("5 menit lalu") and expiries stay true. */
export function useNow(ms = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

export const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');
export const dateTime = (iso: string, lang: Lang) =>
  new Date(iso).toLocaleString(locale(lang), { dateStyle: 'medium', timeStyle: 'short' });
export const timeOnly = (iso: string, lang: Lang) => new Date(iso).toLocaleTimeString(locale(lang), { hour: '2-digit', minute: '2-digit' });
export const dateOnly = (iso: string, lang: Lang) => new Date(iso).toLocaleDateString(locale(lang), { dateStyle: 'medium' });

/** "baru saja", "5 menit lalu", "2 jam lalu", "3 hari lalu" (and the English equivalents). */
export function ago(iso: string, now: number, t: (k: StaffKey, p?: Params) => string): string {
  const s = Math.floor((now - Date.parse(iso)) / 1000);
  if (s < 60) return t('justNow');
  const m = Math.floor(s / 60);
  if (m < 60) return m === 1 ? t('minuteAgo') : t('minutesAgo', { n: m });
  const h = Math.floor(m / 60);
  if (h < 24) return h === 1 ? t('hourAgo') : t('hoursAgo', { n: h });
  const d = Math.floor(h / 24);
  return d === 1 ? t('dayAgo') : t('daysAgo', { n: d });
}

export function NoteLine({ note }: { note: Note | null }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  if (!note) return null;
  if (note.ok) return <Notice notice={note} />;
  return (
    <p className="err" role="alert">
      {'err' in note ? errorText(note.err, t, lang) : t(note.key, note.params)}
    </p>
  );
}

/** Where a list's items go while there are none to show: loading, the load's failure, or the `empty` message. */
export function ListStatus({ items, failed, empty }: { items: readonly unknown[] | null; failed: unknown; empty: StaffKey }) {
  const { t } = useT(STAFF_MESSAGES);
  if (items === null) return failed ? <NoteLine note={{ ok: false, err: failed }} /> : <p aria-busy="true">{t('loading')}</p>;
  return items.length === 0 ? <p className="empty">{t(empty)}</p> : null;
}
