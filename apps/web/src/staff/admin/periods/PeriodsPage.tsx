import { useT } from '../../../shared/i18n';
import { TableHead } from '../../../shared/TableHead';
import { useGqlQuery } from '../../graphql';
import { ADMIN_PERIODS } from '../common/PeriodSelect';
import { QueryState } from '../common/QueryState';
import { CreatePeriodForm } from './CreatePeriodForm';
import { PERIOD_MESSAGES, type PeriodKey } from './periodMessages';

/** Periods (/app/admin/periods): the list, and creating one with its review deadline. */
export function PeriodsPage() {
  const { t } = useT(PERIOD_MESSAGES);
  const periods = useGqlQuery(ADMIN_PERIODS, {});
  const list = periods.data?.periods ?? [];
  return (
    <section aria-labelledby="periods-heading">
      <h2 id="periods-heading">{t('heading')}</h2>
      <div className="admin-grid">
        <CreatePeriodForm />
        <section className="admin-section" aria-labelledby="periods-list">
          <h3 id="periods-list">{t('listCaption')}</h3>
          <QueryState
            loading={periods.isPending}
            error={periods.error}
            empty={!list.length}
            emptyText={t('noPeriods')}
            onRetry={() => void periods.refetch()}
          >
            <div className="table-scroll" role="region" aria-label={t('listCaption')} tabIndex={0}>
              <table className="team">
                <caption className="sr">{t('listCaption')}</caption>
                <TableHead columns={[t('colName'), t('colKind'), t('colDates'), t('colDeadline')]} />
                <tbody>
                  {list.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">{p.name}</th>
                      <td>{t(`kind${p.kind}` as PeriodKey)}</td>
                      <td>
                        {p.startsOn} – {p.endsOn}
                      </td>
                      <td>{p.reviewDeadline ?? t('noDeadline')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </QueryState>
        </section>
      </div>
    </section>
  );
}
