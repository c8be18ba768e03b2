import { useT } from '../../shared/i18n';
import { monthName, Plan } from './common';
import { WP_MESSAGES } from './workPlanMessages';

/** The reports an AGREED plan is missing (ended months without a report). */
export function Missing({ plan }: { plan: Plan }) {
  const { t, lang } = useT(WP_MESSAGES);
  if (plan.status !== 'AGREED') return null;
  const byId = new Map(plan.indicators.map((i) => [i.id, i.name]));
  return (
    <section
      className={plan.missingReports.length ? 'notice error missing-reports' : 'notice missing-reports'}
      aria-labelledby={`missing-${plan.id}`}
    >
      <h3 id={`missing-${plan.id}`}>{t('missingHeading')}</h3>
      {plan.missingReports.length ? (
        <ul>
          {plan.missingReports.map((m) => (
            <li key={`${m.indicatorId}-${m.month}`}>
              {t('missingItem', { indicator: byId.get(m.indicatorId) ?? '—', month: monthName(m.month, lang) })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noMissing')}</p>
      )}
    </section>
  );
}

