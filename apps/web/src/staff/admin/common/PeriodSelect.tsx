import { useEffect } from 'react';
import { useT } from '../../../shared/i18n';
import { graphql, useGqlQuery } from '../../graphql';
import { COMMON_MESSAGES } from './commonMessages';
import { ErrorLine } from './QueryState';

export const ADMIN_PERIODS = graphql(`
  query AdminPeriods {
    periods {
      id
      name
      kind
      startsOn
      endsOn
      reviewDeadline
    }
  }
`);

/** Choosing a period (the newest first); picks the first one when none is chosen yet. */
export function PeriodSelect({ id, value, onChange }: { id: string; value: string; onChange: (periodId: string) => void }) {
  const { t } = useT(COMMON_MESSAGES);
  const periods = useGqlQuery(ADMIN_PERIODS, {});
  const list = periods.data?.periods ?? [];
  useEffect(() => {
    if (!value && list.length) onChange(list[0].id);
  }, [value, list, onChange]);
  if (periods.error) return <ErrorLine error={periods.error} />;
  if (periods.isPending) return <p aria-busy="true">{t('loading')}</p>;
  if (!list.length) return <p className="empty">{t('noPeriods')}</p>;
  return (
    <p className="admin-picker">
      <label className="block" htmlFor={id}>
        {t('period')}
      </label>
      <select id={id} className="field" value={value} onChange={(e) => onChange(e.target.value)}>
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} ({p.startsOn} – {p.endsOn})
          </option>
        ))}
      </select>
    </p>
  );
}
