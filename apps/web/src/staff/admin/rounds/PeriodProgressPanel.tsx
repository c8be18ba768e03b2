import { useLang, useT } from '../../../shared/i18n';
import { label, STATUS_LABEL } from '../../messages';
import { graphql, useGqlQuery } from '../../graphql';
import { QueryState } from '../common/QueryState';
import { ROUND_MESSAGES } from './roundMessages';

const PERIOD_PROGRESS = graphql(`
  query AdminPeriodProgress($periodId: ID!, $unitId: ID) {
    periodProgress(periodId: $periodId, unitId: $unitId) {
      rounds
      draft
      open
      closed
      scored
      seats
      reviewsSubmitted
    }
  }
`);

const STATUSES = ['open', 'closed', 'scored', 'draft'] as const;

/** How far the period's rounds are: rounds per status, reviews submitted of the seats. */
export function PeriodProgressPanel({ periodId, unitId }: { periodId: string; unitId: string }) {
  const { t } = useT(ROUND_MESSAGES);
  const lang = useLang();
  const q = useGqlQuery(PERIOD_PROGRESS, { periodId, unitId: unitId || null });
  const p = q.data?.periodProgress;
  return (
    <section className="admin-section" aria-labelledby="rounds-progress" aria-live="polite">
      <h3 id="rounds-progress">{t('progressHeading')}</h3>
      <QueryState loading={q.isPending} error={q.error} empty={!p?.rounds} emptyText={t('noRoundsYet')} onRetry={() => void q.refetch()}>
        {p ? (
          <>
            <p>{t('progressRounds', { rounds: p.rounds })}</p>
            <ul className="progress-counts">
              {STATUSES.map((s) => (
                <li key={s}>
                  {label(STATUS_LABEL, s.toUpperCase(), lang)}: <strong>{p[s]}</strong>
                </li>
              ))}
            </ul>
            <p>{t('progressReviews', { submitted: p.reviewsSubmitted, seats: p.seats })}</p>
            <progress
              max={Math.max(p.seats, 1)}
              value={p.reviewsSubmitted}
              aria-label={t('progressReviews', { submitted: p.reviewsSubmitted, seats: p.seats })}
            />
          </>
        ) : null}
      </QueryState>
    </section>
  );
}
