import { useState, type FormEvent } from 'react';
import { useT } from '../../../shared/i18n';
import { useGqlQuery } from '../../graphql';
import { Pager } from '../common/Pager';
import { QueryState } from '../common/QueryState';
import { useCursorPages } from '../common/useCursorPages';
import { ActorSelect } from './ActorSelect';
import { AUDIT_LOG, AuditTable, PAGE_SIZE } from './AuditTable';
import { AUDIT_MESSAGES, ENTITY_TYPES, type AuditKey } from './auditMessages';

/** The audit log (/app/admin/audit): newest first, paged on the server, filtered by record, person and days. */
export function AuditLogPage() {
  const { t } = useT(AUDIT_MESSAGES);
  const [draft, setDraft] = useState({ entityType: '', entityId: '', actorId: '', from: '', to: '' });
  const [filter, setFilter] = useState(draft);
  const pages = useCursorPages();
  const q = useGqlQuery(AUDIT_LOG, {
    entityType: filter.entityType || null,
    entityId: filter.entityId.trim() || null,
    actorId: filter.actorId || null,
    from: filter.from || null,
    to: filter.to || null,
    first: PAGE_SIZE + 1,
    before: pages.cursor ?? null,
  });
  const entries = q.data?.auditLog ?? [];
  const shown = entries.slice(0, PAGE_SIZE);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter(draft);
    pages.reset();
  };
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('heading')}</h2>
      <p className="hint">{t('help')}</p>
      <form className="admin-form row" onSubmit={apply} aria-label={t('apply')}>
        <div className="grow">
          <label className="block" htmlFor="audit-type">
            {t('entityType')}
          </label>
          <select
            id="audit-type"
            className="field"
            value={draft.entityType}
            onChange={(e) => setDraft((d) => ({ ...d, entityType: e.target.value }))}
          >
            <option value="">{t('anyEntity')}</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type${type}` as AuditKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="grow">
          <label className="block" htmlFor="audit-id">
            {t('entityId')}
          </label>
          <input
            id="audit-id"
            className="field"
            value={draft.entityId}
            onChange={(e) => setDraft((d) => ({ ...d, entityId: e.target.value }))}
          />
        </div>
        <ActorSelect value={draft.actorId} onChange={(actorId) => setDraft((d) => ({ ...d, actorId }))} />
        <div className="grow">
          <label className="block" htmlFor="audit-from">
            {t('from')}
          </label>
          <input
            id="audit-from"
            className="field"
            type="date"
            value={draft.from}
            onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
          />
        </div>
        <div className="grow">
          <label className="block" htmlFor="audit-to">
            {t('to')}
          </label>
          <input
            id="audit-to"
            className="field"
            type="date"
            value={draft.to}
            onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
          />
        </div>
        <p className="grow">
          <button type="submit">{t('apply')}</button>
        </p>
      </form>
      <QueryState loading={q.isPending} error={q.error} empty={!shown.length} emptyText={t('empty')} onRetry={() => void q.refetch()}>
        <AuditTable entries={shown} />
        <Pager
          page={pages.page}
          hasNext={entries.length > PAGE_SIZE}
          onFirst={pages.first}
          onPrevious={pages.previous}
          onNext={() => pages.next(shown[shown.length - 1]?.id)}
        />
      </QueryState>
    </section>
  );
}
