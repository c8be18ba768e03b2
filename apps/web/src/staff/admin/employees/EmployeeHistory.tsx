import { useT } from '../../../shared/i18n';
import { graphql, useGqlQuery } from '../../graphql';
import { HistoryTable } from '../shared/HistoryTable';
import { useUnitChoices } from '../shared/pickers';
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
  const { t } = useT(EMPLOYEE_MESSAGES);
  const { all } = useUnitChoices();
  return (
    <HistoryTable
      heading={t('historyHeading')}
      columns={t('historyCols').split('|')}
      versions={history}
      cells={(h) => [
        h.position,
        all?.find((u) => u.id === h.unitId)?.label ?? '—',
        h.supervisorId ? <SupervisorName id={h.supervisorId} /> : '—',
      ]}
    />
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
