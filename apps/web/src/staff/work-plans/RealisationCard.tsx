import type { ReactNode } from 'react';
import { useT } from '../../shared/i18n';
import { Indicator, monthName, num, Realisation, STATUS_BADGE, when } from './common';
import { WP_MESSAGES, WpKey } from './workPlanMessages';

/** One realisation: value, status, the supervisor's latest feedback and the whole thread. */
export function RealisationCard({ r, indicator, children }: { r: Realisation; indicator: Indicator | undefined; children?: ReactNode }) {
  const { t, lang } = useT(WP_MESSAGES);
  const name = indicator?.name ?? '—';
  const month = monthName(r.month, lang);
  return (
    <li className="realisation">
      <h4>
        {t('realisationTitle', { indicator: name, month })} <span className={STATUS_BADGE[r.status]}>{t(`rs${r.status}` as WpKey)}</span>
      </h4>
      <p>
        {t('valueLine', { value: num(r.value, lang), unit: indicator?.unit ?? '', target: indicator ? num(indicator.target, lang) : '—' })}
      </p>
      {r.status === 'RETURNED' && r.feedback ? <p className="notice error">{t('feedbackLine', { feedback: r.feedback })}</p> : null}
      <ol className="thread" aria-label={t('threadLabel', { indicator: name, month })}>
        {r.thread.map((e) => (
          <li key={e.id}>
            <strong>{t(`act${e.action}` as WpKey)}</strong> {t('eventLine', { by: e.actorName, date: when(e.at, lang) })}
            {e.value !== null ? ` · ${t('eventValue', { value: num(e.value, lang) })}` : null}
            {e.note ? <> · “{e.note}”</> : null}
            {e.evidenceUrl ? (
              <>
                {' '}
                ·{' '}
                <a href={e.evidenceUrl} target="_blank" rel="noopener noreferrer">
                  {t('evidence')}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {children}
    </li>
  );
}
