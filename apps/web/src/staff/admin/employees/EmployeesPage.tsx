import { useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { TableHead } from '../../../shared/TableHead';
import { useGqlQuery } from '../../graphql';
import '../admin.css';
import { ListState } from '../shared/QueryState';
import { useDebounced } from '../shared/SearchSelect';
import '../shared/org.css';
import { EmployeeCreateForm } from './EmployeeCreateForm';
import { EmployeeEditor } from './EmployeeEditor';
import { EMPLOYEE_MESSAGES } from './employeeMessages';
import { EMPLOYEES } from './employeeOperations';

const PAGE_SIZE = 25;

/**
 * /app/admin/employees (ADMIN): the agency's employees, searched and paged on the server; add one,
 * or open one to edit, deactivate, reset the password and read the position history.
 */
export function EmployeesPage() {
  const { t } = useT(EMPLOYEE_MESSAGES);
  const [term, setTerm] = useState('');
  const [status, setStatus] = useState<'all' | 'active' | 'inactive'>('all');
  // Cursors of the pages seen so far: [null, after page 1, after page 2, …].
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const search = useDebounced(term.trim());
  const searchId = useId();
  const statusId = useId();
  const listHeading = useId();
  const after = cursors[cursors.length - 1];
  const filter = { search: search || null, active: status === 'all' ? null : status === 'active' };
  const q = useGqlQuery(EMPLOYEES, { filter, page: { first: PAGE_SIZE, after } }, { placeholderData: (prev) => prev });
  const list = q.data?.employees;
  const restart = () => setCursors([null]);
  return (
    <section className="admin" aria-labelledby="employees-heading">
      <div className="row admin-top">
        <h2 id="employees-heading" className="grow">
          {t('heading')}
        </h2>
        <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {t('add')}
        </button>
      </div>
      {adding ? <EmployeeCreateForm onCreated={setEditing} /> : null}
      {editing ? <EmployeeEditor key={editing} id={editing} onClose={() => setEditing(null)} /> : null}
      <div className="admin-section" aria-busy={q.isFetching}>
        <h3 id={listHeading}>{list ? t('count', { n: list.totalCount }) : t('heading')}</h3>
        <div className="row">
          <div className="grow">
            <label className="block" htmlFor={searchId}>
              {t('search')}
            </label>
            <input id={searchId} className="field" type="search" value={term} onChange={(e) => (setTerm(e.target.value), restart())} />
          </div>
          <div>
            <label className="block" htmlFor={statusId}>
              {t('status')}
            </label>
            <select
              id={statusId}
              className="field"
              value={status}
              onChange={(e) => (setStatus(e.target.value as typeof status), restart())}
            >
              <option value="all">{t('all')}</option>
              <option value="active">{t('activeOnly')}</option>
              <option value="inactive">{t('inactiveOnly')}</option>
            </select>
          </div>
        </div>
        {list?.nodes.length ? (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={listHeading}>
            <table className="team">
              <TableHead columns={t('cols').split('|')} />
              <tbody>
                {list.nodes.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <button type="button" className="secondary" aria-label={t('open', { name: e.name })} onClick={() => setEditing(e.id)}>
                        {e.name}
                      </button>
                    </td>
                    <td>{e.nip}</td>
                    <td>{e.position}</td>
                    <td>{e.unit.name}</td>
                    <td>{t(e.active ? 'active' : 'inactive')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <ListState loading={q.isLoading} error={q.error} empty={list ? t('none') : null} />
        )}
        <nav className="row pager" aria-label={t('pageN', { n: cursors.length })}>
          <button type="button" className="secondary" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('prev')}
          </button>
          <span>{t('pageN', { n: cursors.length })}</span>
          <button
            type="button"
            className="secondary"
            disabled={!list?.pageInfo.hasNextPage}
            onClick={() => list?.pageInfo.endCursor && setCursors([...cursors, list.pageInfo.endCursor])}
          >
            {t('next')}
          </button>
        </nav>
      </div>
    </section>
  );
}
