import type { JobsOptions } from 'bullmq';
import type { AppConfig } from '@k360/config';
import { AGGREGATION_DEBOUNCE_MS, JobPayloads, QueueName, REPORT_JOB_ATTEMPTS, roundClosedKey } from './queue.constants';

/** Every job name of the product (names are unique across queues). */
export type JobName = { [Q in QueueName]: Extract<keyof JobPayloads[Q], string> }[QueueName];
/** The queue a job name belongs to. */
export type QueueOfJob<N extends JobName> = { [Q in QueueName]: N extends keyof JobPayloads[Q] ? Q : never }[QueueName];
/** The payload of a job name, as producers send it and handlers receive it. */
export type JobPayload<N extends JobName> = JobPayloads[QueueOfJob<N>] extends infer P ? (N extends keyof P ? P[N] : never) : never;

export interface JobDefinition<N extends JobName> {
  queue: QueueOfJob<N>;
  /** This job's options (on top of DEFAULT_JOB_OPTIONS); ids derived from the payload are deterministic. */
  options(payload: JobPayload<N>): JobsOptions;
  /**
   * Periodic work: the worker upserts one BullMQ job scheduler per name at boot, so however many
   * replicas run, each interval gives one job, taken by one worker.
   */
  everyMs?(config: Pick<AppConfig, 'RECONCILE_SWEEP_MS' | 'PARTITION_UPKEEP_MS' | 'REMINDERS_MS'>): number;
}

/** BullMQ custom job ids may not contain ':'. */
export const jobIdOf = (key: string): string => key.replace(/[^A-Za-z0-9_.-]/g, '-');

/** Periodic runs are cheap to redo: one attempt, and only the last few kept for inspection. */
const PERIODIC: JobsOptions = { attempts: 1, removeOnComplete: { count: 50 }, removeOnFail: { count: 200 } };

/**
 * Every job: its queue, its options, and (for periodic work) its interval. The one place that
 * says how a job is enqueued; `JobQueue.enqueue(name, payload)` applies it, and the worker
 * refuses to start unless each name has exactly one `@OnJob(name)` handler.
 */
export const JOBS: { [N in JobName]: JobDefinition<N> } = {
  ping: { queue: QueueName.SYSTEM, options: (p) => ({ jobId: `ping-${p.nonce}`, attempts: 1 }) },
  'reconcile-sweep': { queue: QueueName.SYSTEM, options: () => PERIODIC, everyMs: (c) => c.RECONCILE_SWEEP_MS },
  'partition-upkeep': { queue: QueueName.SYSTEM, options: () => PERIODIC, everyMs: (c) => c.PARTITION_UPKEEP_MS },
  // Reminders are computed from the rounds' state; the notification table's dedupe key makes each once.
  'send-reminders': { queue: QueueName.SYSTEM, options: () => PERIODIC, everyMs: (c) => c.REMINDERS_MS },
  // One job per close of a round: the outbox relay and its reconcile sweep both enqueue it, the id de-duplicates.
  'score-round': { queue: QueueName.SCORING, options: (p) => ({ jobId: jobIdOf(roundClosedKey(p.roundId, p.closeCount)) }) },
  // A burst of ratings for one service point becomes one recompute a second after the last of them.
  'aggregate-service-point': {
    queue: QueueName.AGGREGATION,
    options: (p) => ({
      delay: AGGREGATION_DEBOUNCE_MS,
      deduplication: { id: `sp-${p.servicePointId}`, ttl: AGGREGATION_DEBOUNCE_MS, extend: true, replace: true },
    }),
  },
  // An ADMIN's recompute runs every time it is asked for.
  'aggregate-period': { queue: QueueName.AGGREGATION, options: (p) => ({ jobId: `recompute-${p.periodId}-${Date.now()}` }) },
  // Late facts (a completed ticket, a burst of ratings) recompute the month once, a second after the last of them.
  'compute-automatic-indicators': {
    queue: QueueName.AGGREGATION,
    options: (p) => ({
      delay: AGGREGATION_DEBOUNCE_MS,
      deduplication: { id: `ai-${p.employeeId}-${p.month}`, ttl: AGGREGATION_DEBOUNCE_MS, extend: true, replace: true },
    }),
  },
  // One job per report row: a repeated enqueue of the same report adds nothing. Rendering is
  // deterministic, so a retry after a crash simply renders again.
  'generate-report': {
    queue: QueueName.REPORTS,
    options: (p) => ({ jobId: `report-${p.reportId}`, attempts: REPORT_JOB_ATTEMPTS, backoff: { type: 'exponential', delay: 2000 } }),
  },
};

/** Every job name, read when asked (so a check sees the table as it is at boot). */
export const jobNames = (): JobName[] => Object.keys(JOBS) as JobName[];

/** Why a worker must not start: names without a handler, names with more than one, handlers of unknown names. */
export function handlerProblems(expected: readonly string[], found: ReadonlyArray<{ name: string; owner: string }>): string[] {
  const problems: string[] = [];
  for (const name of expected) {
    const owners = found.filter((f) => f.name === name).map((f) => f.owner);
    if (owners.length === 0) problems.push(`job "${name}" has no handler (add @OnJob('${name}') to a worker provider)`);
    if (owners.length > 1) problems.push(`job "${name}" has ${owners.length} handlers: ${owners.join(', ')}`);
  }
  for (const f of found) if (!expected.includes(f.name)) problems.push(`${f.owner} handles "${f.name}", which is not in JOBS`);
  return problems;
}
