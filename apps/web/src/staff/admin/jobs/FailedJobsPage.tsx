import { useState } from 'react';
import { useT } from '../../../shared/i18n';
import { graphql, useGqlQuery } from '../../graphql';
import { QueryState } from '../common/QueryState';
import { FailedJobsTable } from './FailedJobsTable';
import { JOB_MESSAGES, type JobKey } from './jobMessages';

export const FAILED_JOBS = graphql(`
  query AdminFailedJobs($queue: String!) {
    failedJobs(queue: $queue, first: 100) {
      id
      queue
      name
      failedReason
      attemptsMade
      failedAt
      data
    }
  }
`);

const SYSTEM = graphql(`
  query AdminSystemStatus {
    systemStatus {
      queueBackend
      version
    }
    queueCounts {
      queue
      counts
    }
  }
`);

const QUEUES = ['scoring', 'aggregation', 'reports'];

/** Failed background jobs (/app/admin/jobs) of one queue, each with a retry; the queues' counts. */
export function FailedJobsPage() {
  const { t } = useT(JOB_MESSAGES);
  const [queue, setQueue] = useState(QUEUES[0]);
  const jobs = useGqlQuery(FAILED_JOBS, { queue });
  const system = useGqlQuery(SYSTEM, {});
  const counts = system.data?.queueCounts.find((c) => c.queue === queue)?.counts as Record<string, number> | undefined;
  const list = jobs.data?.failedJobs ?? [];
  const [retried, setRetried] = useState<string | null>(null);
  return (
    <section aria-labelledby="jobs-heading">
      <h2 id="jobs-heading">{t('heading')}</h2>
      <p className="hint">{t('help')}</p>
      {system.data ? (
        <p>
          {t('status', { backend: system.data.systemStatus.queueBackend, version: system.data.systemStatus.version })}
          {counts ? (
            <>
              <br />
              {t('counts', { waiting: counts.waiting ?? 0, active: counts.active ?? 0, failed: counts.failed ?? 0 })}
            </>
          ) : null}
        </p>
      ) : null}
      <div className="row admin-form">
        <div className="grow">
          <label className="block" htmlFor="jobs-queue">
            {t('queue')}
          </label>
          <select id="jobs-queue" className="field" value={queue} onChange={(e) => setQueue(e.target.value)}>
            {QUEUES.map((q) => (
              <option key={q} value={q}>
                {t(`queue${q}` as JobKey)}
              </option>
            ))}
          </select>
        </div>
        <p className="grow">
          <button type="button" className="secondary" onClick={() => void Promise.all([jobs.refetch(), system.refetch()])}>
            {t('refresh')}
          </button>
        </p>
      </div>
      {retried ? (
        <p className="notice ok" role="status">
          {t('retried', { id: retried })}
        </p>
      ) : null}
      <QueryState
        loading={jobs.isPending}
        error={jobs.error}
        empty={!list.length}
        emptyText={t('empty')}
        onRetry={() => void jobs.refetch()}
      >
        <FailedJobsTable jobs={list} onRetried={setRetried} />
      </QueryState>
    </section>
  );
}
