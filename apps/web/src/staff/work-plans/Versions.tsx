import { useT } from '../../shared/i18n';
import { Plan, when } from './common';
import { WP_MESSAGES } from './workPlanMessages';

/** Every version of the plan: who opened it, why, and who agreed it. */
export function Versions({ plan }: { plan: Plan }) {
  const { t, lang } = useT(WP_MESSAGES);
  return (
    <section aria-labelledby="versions-heading">
      <h3 id="versions-heading">{t('versionsHeading')}</h3>
      <ol>
        {plan.versions.map((v) => (
          <li key={v.version}>
            {t('versionItem', { version: v.version, by: v.createdByName, date: when(v.createdAt, lang) })} ·{' '}
            {v.agreedAt ? t('versionAgreed', { by: v.agreedByName ?? '—', date: when(v.agreedAt, lang) }) : t('versionNotAgreed')}
            {v.reason ? <div className="where">{t('versionReason', { reason: v.reason })}</div> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
