import { useId } from 'react';
import { useT } from '../../../shared/i18n';
import { TableHead } from '../../../shared/TableHead';
import { dateTime, newestFirst } from '../shared/format';
import { useUnitChoices } from '../shared/pickers';
import { SHARED_MESSAGES } from '../shared/sharedMessages';
import { UNIT_MESSAGES } from './unitMessages';

interface Version {
  name: string;
  parentId?: string | null;
  archived: boolean;
  validFrom: unknown;
  validTo?: unknown;
}

/** A unit's names, parents and archiving over time, newest first. */
export function UnitHistory({ history }: { history: Version[] }) {
  const { t, lang } = useT(UNIT_MESSAGES);
  const shared = useT(SHARED_MESSAGES).t;
  const { all } = useUnitChoices();
  const headingId = useId();
  const parentName = (id: string | null | undefined) => (id ? (all?.find((u) => u.id === id)?.label ?? '—') : '—');
  const rows = newestFirst(history);
  return (
    <>
      <h4 id={headingId}>{t('historyHeading')}</h4>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className="team">
          <TableHead columns={t('historyCols').split('|')} />
          <tbody>
            {rows.map((v) => (
              <tr key={String(v.validFrom)}>
                <td>{v.name}</td>
                <td>{parentName(v.parentId)}</td>
                <td>{v.archived ? t('archived') : t('live')}</td>
                <td>{dateTime(v.validFrom, lang)}</td>
                <td>{v.validTo ? dateTime(v.validTo, lang) : shared('now')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
