import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { OperationsRepository } from '@k360/database';
import { QueueName } from '@k360/queue';
import { Actor } from '../auth/actor';
import { SystemErrors } from './system.errors';
import { operatesDeployment } from './operator';

const COUNTED_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
/**
 * Jobs read per state to count one agency's own: job payloads carry round, service point or
 * period ids, not the agency, so its jobs are found by those ids. Completed and failed jobs are
 * kept up to 1,000 per queue anyway; a backlog longer than this is counted up to it.
 */
export const AGENCY_COUNT_SCAN = 1000;

export interface FailedJobView {
  queue: string;
  id: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  failedAt: Date | null;
  data: Record<string, unknown>;
}

/**
 * Failed jobs kept for inspection (7 days, at most 1,000 per queue), for an agency's ADMIN: only
 * jobs about that agency's rounds and service points are shown or retried.
 */
@Injectable()
export class QueueAdminService {
  private readonly queues: Record<string, Queue>;

  constructor(
    private readonly operations: OperationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.SCORING) scoring: Queue,
    @InjectQueue(QueueName.AGGREGATION) aggregation: Queue,
    @InjectQueue(QueueName.REPORTS) reports: Queue,
  ) {
    this.queues = { [QueueName.SCORING]: scoring, [QueueName.AGGREGATION]: aggregation, [QueueName.REPORTS]: reports };
  }

  private queue(name: string): Queue {
    const q = this.queues[name];
    if (!q) throw SystemErrors.unknownQueue(name, Object.keys(this.queues));
    return q;
  }

  /** Which of these jobs are about the actor's agency. */
  private async ofAgency(actor: Actor, jobs: Job[]): Promise<Job[]> {
    const roundIds = jobs.map((j) => j.data?.roundId).filter(Boolean);
    const pointIds = jobs.map((j) => j.data?.servicePointId).filter(Boolean);
    const periodIds = jobs.map((j) => j.data?.periodId).filter(Boolean);
    const reportIds = jobs.map((j) => j.data?.reportId).filter(Boolean);
    const mine = await this.operations.ownedByAgency(actor.agencyId, { roundIds, servicePointIds: pointIds, periodIds, reportIds });
    return jobs.filter((j) => mine.has(j.data?.roundId ?? j.data?.servicePointId ?? j.data?.periodId ?? j.data?.reportId));
  }

  async failed(actor: Actor, queueName: string, first: number): Promise<FailedJobView[]> {
    const q = this.queue(queueName);
    const jobs = (await q.getFailed(0, 999)).filter(Boolean);
    return (await this.ofAgency(actor, jobs)).slice(0, Math.min(Math.max(first, 1), 200)).map((j) => ({
      queue: queueName,
      id: String(j.id),
      name: j.name,
      failedReason: j.failedReason ?? '',
      attemptsMade: j.attemptsMade,
      failedAt: j.finishedOn ? new Date(j.finishedOn) : null,
      data: j.data,
    }));
  }

  async retry(actor: Actor, queueName: string, jobId: string): Promise<boolean> {
    const job = await Job.fromId(this.queue(queueName) as never, jobId);
    if (!job || !(await this.ofAgency(actor, [job])).length) throw SystemErrors.jobNotFound();
    if (!(await job.isFailed())) throw SystemErrors.jobNotFailed();
    await job.retry();
    return true;
  }

  /**
   * Jobs per state in each queue: the whole deployment's for the operating agency's ADMINs (as the
   * Bull Board), otherwise only the jobs about the caller's agency (among the newest
   * AGENCY_COUNT_SCAN of each state).
   */
  async counts(actor: Actor): Promise<Array<{ queue: string; scope: 'DEPLOYMENT' | 'AGENCY'; counts: Record<string, number> }>> {
    const everyAgency = await operatesDeployment(this.config, this.operations, actor);
    return Promise.all(
      Object.entries(this.queues).map(async ([queue, q]) => {
        if (everyAgency) return { queue, scope: 'DEPLOYMENT' as const, counts: await q.getJobCounts(...COUNTED_STATES) };
        const byState = await Promise.all(
          COUNTED_STATES.map(async (state) => ({ state, jobs: (await q.getJobs([state], 0, AGENCY_COUNT_SCAN - 1)).filter(Boolean) })),
        );
        const mine = new Set(
          await this.ofAgency(
            actor,
            byState.flatMap((s) => s.jobs),
          ),
        );
        const counts = Object.fromEntries(byState.map(({ state, jobs }) => [state, jobs.filter((j) => mine.has(j)).length]));
        return { queue, scope: 'AGENCY' as const, counts };
      }),
    );
  }
}
