import { Lang, Params, useT } from '../../shared/i18n';
import type { RealisationFieldsFragment, WorkPlanFieldsFragment } from '../gql/graphql';
import { errorText, STAFF_MESSAGES } from '../messages';
import { WP_MESSAGES, WpKey } from './workPlanMessages';

/** What the work plan (SKP) pages share: the shapes they show, number/date formats, feedback and the year picker. */

export type Plan = WorkPlanFieldsFragment;
export type Indicator = Plan['indicators'][number];
export type Realisation = RealisationFieldsFragment;
export type Note = { key: WpKey; params?: Params } | null;

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');
export const num = (n: number, lang: Lang) => n.toLocaleString(locale(lang), { maximumFractionDigits: 2 });
export const when = (at: string, lang: Lang) => new Date(at).toLocaleString(locale(lang), { dateStyle: 'medium', timeStyle: 'short' });
export const monthName = (month: string, lang: Lang) =>
  new Date(`${month}-01T12:00:00`).toLocaleDateString(locale(lang), { month: 'long', year: 'numeric' });
export const thisYear = () => new Date().getFullYear();
/** The months of a year that have begun, newest first (YYYY-MM). */
export function monthsOf(year: number): string[] {
  const now = new Date();
  const last = year < now.getFullYear() ? 12 : year > now.getFullYear() ? 0 : now.getMonth() + 1;
  return Array.from({ length: last }, (_, i) => `${year}-${String(last - i).padStart(2, '0')}`);
}
export const STATUS_BADGE: Record<string, string> = { SUBMITTED: 'badge', VERIFIED: 'badge ok', RETURNED: 'badge no' };

/** What the last action did (role=status) and what failed (role=alert). */
export function Feedback({ notice, error }: { notice: Note; error: unknown }) {
  const { t, lang } = useT(WP_MESSAGES);
  const staff = useT(STAFF_MESSAGES).t;
  return (
    <>
      {notice ? (
        <p className="notice ok" role="status">
          {t(notice.key, notice.params)}
        </p>
      ) : null}
      {error ? (
        <p className="err" role="alert">
          {typeof error === 'object' && error && 'wp' in error
            ? t((error as { wp: WpKey }).wp, (error as { params?: Params }).params)
            : errorText(error, staff, lang)}
        </p>
      ) : null}
    </>
  );
}

export function YearPicker({ year, onChange, id }: { year: number; onChange: (y: number) => void; id: string }) {
  const { t } = useT(WP_MESSAGES);
  const now = thisYear();
  return (
    <p>
      <label htmlFor={id}>{t('year')} </label>
      <select id={id} value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {[now - 1, now, now + 1].map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </p>
  );
}
