import { useId } from 'react';
import { useT } from '../../../shared/i18n';
import { graphql, useGqlQuery } from '../../graphql';
import { TableHead } from '../../../shared/TableHead';
import { dateTime, newestFirst } from '../shared/format';
import { useUnitChoices } from '../shared/pickers';
import { SHARED_MESSAGES } from '../shared/sharedMessages';
import { EMPLOYEE_MESSAGES } from './employeeMessages';

interface Held {
  position: string;
  unitId: string;
  supervisorId?: string | null;
  validFrom: unknown;
  validTo?: unknown;
}

/** Positions, units and supervisors an employee held, newest first. */
export function EmployeeHistory({ history }: { history: Held[] }) {
  const { t, lang } = useT(EMPLOYEE_MESSAGES);
  const shared = useT(SHARED_MESSAGES).t;
  const { all } = useUnitChoices();
  const headingId = useId();
  const rows = newestFirst(history);
  return (
    <>
      <h4 id={headingId}>{t('historyHeading')}</h4>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className="team">
          <TableHead columns={t('historyCols').split('|')} />
          <tbody>
            {rows.map((h) => (
              <tr key={String(h.validFrom)}>
                <td>{h.position}</td>
                <td>{all?.find((u) => u.id === h.unitId)?.label ?? '—'}</td>
                <td>{h.supervisorId ? <SupervisorName id={h.supervisorId} /> : '—'}</td>
                <td>{dateTime(h.validFrom, lang)}</td>
                <td>{h.validTo ? dateTime(h.validTo, lang) : shared('now')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

const EMPLOYEE_NAME = graphql(`
  query AdminEmployeeName($id: ID!) {
    employee(id: $id) {
      name
    }
  }
`);

/** A past supervisor's name (cached: the same few names repeat down the history). */
function SupervisorName({ id }: { id: string }) {
  const q = useGqlQuery(EMPLOYEE_NAME, { id }, { staleTime: 300_000 });
  return <>{q.data?.employee.name ?? '…'}</>;
}
