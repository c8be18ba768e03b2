import { useEffect, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { graphql, useGqlQuery } from '../../graphql';
import { ErrorLine } from '../common/QueryState';
import { AUDIT_MESSAGES } from './auditMessages';

const ACTORS = graphql(`
  query AdminAuditActors($search: String!) {
    employees(filter: { search: $search }, page: { first: 20 }) {
      totalCount
      nodes {
        id
        name
        nip
      }
    }
  }
`);

/** Choosing the person whose changes to show: search by name or NIP (on the server), then pick. */
export function ActorSelect({ value, onChange }: { value: string; onChange: (actorId: string) => void }) {
  const { t } = useT(AUDIT_MESSAGES);
  const [search, setSearch] = useState('');
  const [sent, setSent] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSent(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const q = useGqlQuery(ACTORS, { search: sent }, { enabled: sent.length >= 2 });
  const people = q.data?.employees.nodes ?? [];
  return (
    <>
      <div className="grow">
        <label className="block" htmlFor="audit-actor-search">
          {t('actorSearch')}
        </label>
        <input id="audit-actor-search" className="field" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <div className="grow">
        <label className="block" htmlFor="audit-actor">
          {t('actor')}
        </label>
        <select id="audit-actor" className="field" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('anyActor')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} · {p.nip}
            </option>
          ))}
        </select>
        <ErrorLine error={q.error} />
      </div>
    </>
  );
}
