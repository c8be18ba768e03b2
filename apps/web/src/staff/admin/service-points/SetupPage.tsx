import { useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { useGqlQuery } from '../../graphql';
import '../admin.css';
import { ListState } from '../shared/QueryState';
import '../shared/org.css';
import { ServicePointCard } from './ServicePointCard';
import { ServicePointCreateForm } from './ServicePointCreateForm';
import { SETUP_MESSAGES } from './setupMessages';
import { SETUP_POINTS } from './setupOperations';

/** /app/admin/service-point-setup (ADMIN): create service points for units, their officers, archiving. */
export function SetupPage() {
  const { t } = useT(SETUP_MESSAGES);
  const [includeArchived, setIncludeArchived] = useState(false);
  const q = useGqlQuery(SETUP_POINTS, { includeArchived });
  const listHeading = useId();
  const archivedId = useId();
  const points = q.data?.servicePoints;
  return (
    <section className="admin" aria-labelledby="setup-heading">
      <h2 id="setup-heading">{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <ServicePointCreateForm />
      <section aria-labelledby={listHeading} aria-busy={q.isFetching}>
        <h3 id={listHeading}>{t('listHeading')}</h3>
        <p className="row check-row">
          <input id={archivedId} type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          <label htmlFor={archivedId}>{t('showArchived')}</label>
        </p>
        {points?.length ? (
          <ul className="admin-list setup-points">
            {points.map((p) => (
              <ServicePointCard key={p.id} point={p} />
            ))}
          </ul>
        ) : (
          <ListState loading={q.isLoading} error={q.error} empty={points ? t('none') : null} />
        )}
      </section>
    </section>
  );
}
