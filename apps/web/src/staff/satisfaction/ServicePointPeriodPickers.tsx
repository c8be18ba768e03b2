import { useEffect } from 'react';
import { useT } from '../../shared/i18n';
import { useGqlQuery } from '../graphql';
import { ErrorLine } from '../admin/shared/QueryState';
import { MANAGED_SERVICE_POINTS, SATISFACTION_PERIODS } from './satisfactionOperations';
import { SATISFACTION_MESSAGES } from './satisfactionMessages';

/** The service points the caller manages; `any` adds "all" (an empty value). Picks the first when `any` is off and none is chosen. */
export function ServicePointPicker({
  id,
  value,
  onChange,
  any,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  any?: boolean;
}) {
  const { t } = useT(SATISFACTION_MESSAGES);
  const q = useGqlQuery(MANAGED_SERVICE_POINTS, {});
  const list = q.data?.managedServicePoints ?? [];
  useEffect(() => {
    if (!any && !value && list.length) onChange(list[0].id);
  }, [any, value, list, onChange]);
  if (q.error) return <ErrorLine error={q.error} />;
  if (q.isPending) return <p aria-busy="true">{t('loading')}</p>;
  if (!list.length) return <p className="empty">{t('noServicePoints')}</p>;
  return (
    <p className="picker">
      <label className="block" htmlFor={id}>
        {t('servicePoint')}
      </label>
      <select id={id} className="field" value={value} onChange={(e) => onChange(e.target.value)}>
        {any ? <option value="">{t('allServicePoints')}</option> : null}
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} — {p.unitName}
          </option>
        ))}
      </select>
    </p>
  );
}

/** The agency's periods, newest first; `any` adds "all". Picks the first when `any` is off and none is chosen. */
export function PeriodPicker({ id, value, onChange, any }: { id: string; value: string; onChange: (v: string) => void; any?: boolean }) {
  const { t } = useT(SATISFACTION_MESSAGES);
  const q = useGqlQuery(SATISFACTION_PERIODS, {});
  const list = q.data?.periods ?? [];
  useEffect(() => {
    if (!any && !value && list.length) onChange(list[0].id);
  }, [any, value, list, onChange]);
  if (q.error) return <ErrorLine error={q.error} />;
  if (q.isPending) return <p aria-busy="true">{t('loading')}</p>;
  if (!list.length) return <p className="empty">{t('noPeriods')}</p>;
  return (
    <p className="picker">
      <label className="block" htmlFor={id}>
        {t('period')}
      </label>
      <select id={id} className="field" value={value} onChange={(e) => onChange(e.target.value)}>
        {any ? <option value="">{t('allPeriods')}</option> : null}
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} ({p.startsOn} – {p.endsOn})
          </option>
        ))}
      </select>
    </p>
  );
}
