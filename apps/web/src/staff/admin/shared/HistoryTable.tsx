import { ReactNode, useId } from 'react';
import { useT } from '../../../shared/i18n';
import { TableHead } from '../../../shared/TableHead';
import { dateTime, newestFirst } from './format';
import { SHARED_MESSAGES } from './sharedMessages';

/**
 * Versions over time (a unit's names and parents, an employee's positions), newest first: the
 * caller's columns, then since and until ("sekarang" for the current one). The table scrolls in
 * its own region on a phone.
 */
export function HistoryTable<V extends { validFrom: unknown; validTo?: unknown }>(props: {
  heading: string;
  columns: string[];
  versions: V[];
  cells: (v: V) => ReactNode[];
}) {
  const { t, lang } = useT(SHARED_MESSAGES);
  const headingId = useId();
  return (
    <>
      <h4 id={headingId}>{props.heading}</h4>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className="team">
          <TableHead columns={[...props.columns, t('from'), t('until')]} />
          <tbody>
            {newestFirst(props.versions).map((v) => (
              <tr key={String(v.validFrom)}>
                {props.cells(v).map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
                <td>{dateTime(v.validFrom, lang)}</td>
                <td>{v.validTo ? dateTime(v.validTo, lang) : t('now')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
