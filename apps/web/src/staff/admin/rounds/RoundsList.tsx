import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLang, useT } from '../../../shared/i18n';
import { TableHead } from '../../../shared/TableHead';
import type { RoundStatus } from '../../gql/graphql';
import { graphql, useGqlQuery } from '../../graphql';
import { label, STATUS_LABEL } from '../../messages';
import { Pager } from '../common/Pager';
import { QueryState } from '../common/QueryState';
import { useCursorPages } from '../common/useCursorPages';
import { ReopenRoundDialog } from './ReopenRoundDialog';
import { ROUND_MESSAGES } from './roundMessages';
import { day } from '../common/format';

const PAGE_SIZE = 25;

const PERIOD_ROUNDS = graphql(`
  query AdminPeriodRounds($periodId: ID!, $unitId: ID, $status: RoundStatus, $search: String, $page: PageInput) {
    periodRounds(periodId: $periodId, unitId: $unitId, status: $status, search: $search, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        status
        openedAt
        employee {
          id
          name
          nip
        }
      }
    }
  }
`);

const STATUSES: RoundStatus[] = ['OPEN', 'CLOSED', 'SCORED', 'DRAFT'];

/** The period's rounds: search, status filter, pages; a closed round can be reopened with a reason. */
export function RoundsList({ periodId, unitId }: { periodId: string; unitId: string }) {
  const { t } = useT(ROUND_MESSAGES);
  const lang = useLang();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<RoundStatus | ''>('');
  const [reopening, setReopening] = useState<{ id: string; name: string } | null>(null);
  const [reopened, setReopened] = useState<string | null>(null);
  const pages = useCursorPages();
  // The search is sent once typing pauses (a query per keystroke would page the server for nothing).
  const [sent, setSent] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSent(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const q = useGqlQuery(
    PERIOD_ROUNDS,
    {
      periodId,
      unitId: unitId || null,
      status: status || null,
      search: sent.length >= 2 ? sent : null,
      page: { first: PAGE_SIZE, after: pages.cursor ?? null },
    },
    { placeholderData: keepPreviousData },
  );
  const rows = q.data?.periodRounds.nodes ?? [];
  const filter = (apply: () => void) => {
    apply();
    pages.reset();
  };
  return (
    <section className="admin-section admin-wide" aria-labelledby="rounds-list">
      <h3 id="rounds-list">{t('listHeading')}</h3>
      <div className="row">
        <div className="grow">
          <label className="block" htmlFor="rounds-search">
            {t('search')}
          </label>
          <input
            id="rounds-search"
            className="field"
            type="search"
            value={search}
            onChange={(e) => filter(() => setSearch(e.target.value))}
          />
        </div>
        <div className="grow">
          <label className="block" htmlFor="rounds-status">
            {t('status')}
          </label>
          <select
            id="rounds-status"
            className="field"
            value={status}
            onChange={(e) => filter(() => setStatus(e.target.value as RoundStatus | ''))}
          >
            <option value="">{t('allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {label(STATUS_LABEL, s, lang)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {reopened ? (
        <p className="notice ok" role="status">
          {t('reopened', { name: reopened })}
        </p>
      ) : null}
      <QueryState loading={q.isPending} error={q.error} empty={!rows.length} emptyText={t('noMatch')} onRetry={() => void q.refetch()}>
        <p>{t('totalCount', { n: q.data?.periodRounds.totalCount ?? 0 })}</p>
        <div className="table-scroll" role="region" aria-label={t('listHeading')} tabIndex={0}>
          <table className="team">
            <caption className="sr">{t('listHeading')}</caption>
            <TableHead columns={[t('colEmployee'), t('colStatus'), t('colOpened'), t('colActions')]} />
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.employee.name}
                    <br />
                    <small>{r.employee.nip}</small>
                  </th>
                  <td>{label(STATUS_LABEL, r.status, lang)}</td>
                  <td>{day(r.openedAt)}</td>
                  <td>
                    {r.status === 'CLOSED' || r.status === 'SCORED' ? (
                      <button
                        type="button"
                        className="secondary"
                        aria-label={t('reopenOf', { name: r.employee.name })}
                        onClick={() => {
                          setReopened(null);
                          setReopening({ id: r.id, name: r.employee.name });
                        }}
                      >
                        {t('reopen')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager
          page={pages.page}
          hasNext={Boolean(q.data?.periodRounds.pageInfo.hasNextPage)}
          onFirst={pages.first}
          onPrevious={pages.previous}
          onNext={() => pages.next(q.data?.periodRounds.pageInfo.endCursor)}
        />
      </QueryState>
      {reopening ? (
        <ReopenRoundDialog
          roundId={reopening.id}
          name={reopening.name}
          onCancel={() => setReopening(null)}
          onDone={(name) => {
            setReopening(null);
            setReopened(name);
          }}
        />
      ) : null}
    </section>
  );
}
