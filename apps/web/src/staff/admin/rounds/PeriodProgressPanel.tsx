import { useLang, useT } from '../../../shared/i18n';
import { label, STATUS_LABEL } from '../../messages';
import { graphql, useGqlQuery } from '../../graphql';
import { QueryState } from '../common/QueryState';
import { ROUND_MESSAGES } from './roundMessages';

const PERIOD_PROGRESS = graphql(`
  query AdminPeriodProgress($periodId: ID!) {
    teamRounds(periodId: $periodId) {
      id
      status
      progress {
        supervisorSubmitted
        selfSubmitted
        peersApproved
        peersSubmitted
        subordinatesApproved
        subordinatesSubmitted
      }
    }
  }
`);

const STATUSES = ['OPEN', 'CLOSED', 'SCORED', 'DRAFT'] as const;

/** How far the period's rounds are: rounds per status, reviews submitted of the seats. */
export function PeriodProgressPanel({ periodId }: { periodId: string }) {
  const { t } = useT(ROUND_MESSAGES);
  const lang = useLang();
  const q = useGqlQuery(PERIOD_PROGRESS, { periodId });
  const rounds = q.data?.teamRounds ?? [];
  const count = (s: string) => rounds.filter((r) => r.status === s).length;
  let seats = 0;
  let submitted = 0;
  for (const { progress: p } of rounds) {
    if (!p) continue;
    seats += 2 + p.peersApproved + p.subordinatesApproved;
    submitted += Number(p.supervisorSubmitted) + Number(p.selfSubmitted) + (p.peersSubmitted ?? 0) + (p.subordinatesSubmitted ?? 0);
  }
  return (
    <section className="admin-section" aria-labelledby="rounds-progress" aria-live="polite">
      <h3 id="rounds-progress">{t('progressHeading')}</h3>
      <QueryState
        loading={q.isPending}
        error={q.error}
        empty={!rounds.length}
        emptyText={t('noRoundsYet')}
        onRetry={() => void q.refetch()}
      >
        <p>{t('progressRounds', { rounds: rounds.length })}</p>
        <ul className="progress-counts">
          {STATUSES.map((s) => (
            <li key={s}>
              {label(STATUS_LABEL, s, lang)}: <strong>{count(s)}</strong>
            </li>
          ))}
        </ul>
        <p>{t('progressReviews', { submitted, seats })}</p>
        <progress max={Math.max(seats, 1)} value={submitted} aria-label={t('progressReviews', { submitted, seats })} />
      </QueryState>
    </section>
  );
}
