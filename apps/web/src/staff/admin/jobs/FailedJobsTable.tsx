import { useT } from '../../../shared/i18n';
import { TableHead } from '../../../shared/TableHead';
import type { AdminFailedJobsQuery } from '../../gql/graphql';
import { graphql, useGqlMutation } from '../../graphql';
import { ErrorLine } from '../common/QueryState';
import { JOB_MESSAGES } from './jobMessages';
import { dateTime } from '../common/format';

const RETRY_JOB = graphql(`
  mutation AdminRetryFailedJob($queue: String!, $jobId: ID!) {
    retryFailedJob(queue: $queue, jobId: $jobId)
  }
`);

type Job = AdminFailedJobsQuery['failedJobs'][number];

/**
 * The failed jobs of a queue; running one again takes it off the list, so the page says so
 * (`onRetried`: through mutateAsync's promise, which settles even when this table is gone).
 */
export function FailedJobsTable({ jobs, onRetried }: { jobs: Job[]; onRetried: (jobId: string) => void }) {
  const { t, lang } = useT(JOB_MESSAGES);
  const retry = useGqlMutation(RETRY_JOB, ['AdminFailedJobs', 'AdminSystemStatus']);
  return (
    <>
      <ErrorLine error={retry.error} />
      <div className="table-scroll" role="region" aria-label={t('caption')} tabIndex={0}>
        <table className="team">
          <caption className="sr">{t('caption')}</caption>
          <TableHead columns={[t('colJob'), t('colFailed'), t('colReason'), t('colAttempts'), t('colActions')]} />
          <tbody>
            {jobs.map((j) => (
              <tr key={j.id}>
                <th scope="row">
                  {j.name} #{j.id}
                  <br />
                  <small className="audit-id">{JSON.stringify(j.data)}</small>
                </th>
                <td>{dateTime(j.failedAt, lang)}</td>
                <td className="audit-id">{j.failedReason}</td>
                <td>{j.attemptsMade}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('retryOf', { id: j.id })}
                    disabled={retry.isPending}
                    onClick={() => {
                      retry.mutateAsync({ queue: j.queue, jobId: j.id }).then(
                        () => onRetried(j.id),
                        () => undefined,
                      );
                    }}
                  >
                    {t('retry')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
