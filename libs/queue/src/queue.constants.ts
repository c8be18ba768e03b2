import type { JobsOptions } from 'bullmq';

/** Every queue of the product. Feature code names queues only through this enum. */
export enum QueueName {
  /** Operational jobs: worker round-trip checks. */
  SYSTEM = 'system',
  /** Scoring of closed rounds. */
  SCORING = 'scoring',
  /** Satisfaction (IKM) aggregates per service point and period. */
  AGGREGATION = 'aggregation',
  /** PDF reports (an employee's round report, a service point's SKM report). */
  REPORTS = 'reports',
}

/** Job names and their payloads, per queue: the one place producers and processors agree on. */
export interface JobPayloads {
  [QueueName.SYSTEM]: {
    ping: { nonce: string; sentAt: string };
    /** Periodic (RECONCILE_SWEEP_MS): re-drives facts whose jobs may have been lost (the outbox relay's sweep). */
    'reconcile-sweep': Record<string, never>;
    /** Periodic (PARTITION_UPKEEP_MS): rating partitions for the coming months, spent allowances dropped. */
    'partition-upkeep': Record<string, never>;
    /** Periodic (REMINDERS_MS): in-app reminders of reviews, nominations, rounds ready to close and near deadlines. */
    'send-reminders': Record<string, never>;
  };
  [QueueName.SCORING]: {
    'score-round': { roundId: string; closeCount: number };
  };
  [QueueName.AGGREGATION]: {
    /** Without periodId: every period of the agency that a rating of the last 8 days falls in. */
    'aggregate-service-point': { servicePointId: string; periodId?: string };
    /** An ADMIN's full recompute: every active service point of the period's agency (one query, one upsert). */
    'aggregate-period': { periodId: string };
    /** One employee's automatic hasil-kerja indicators for one month ('YYYY-MM', agency time zone). */
    'compute-automatic-indicators': { employeeId: string; month: string };
  };
  [QueueName.REPORTS]: {
    /** Renders the report row's PDF and stores it (the row says what it is about and who asked). */
    'generate-report': { reportId: string };
  };
}

/** Attempts of a report job before the report is FAILED (the last failure is stored on the row). */
export const REPORT_JOB_ATTEMPTS = 3;

/** How long a burst of ratings for one service point is gathered into one recompute. */
export const AGGREGATION_DEBOUNCE_MS = 1000;

export interface PingResult {
  nonce: string;
  workerPid: number;
  workerHost: string;
  receivedAt: string;
}

const HOUR = 3600;

/**
 * Defaults for every job: retried with exponential backoff; completed jobs kept 4 h (at most 1,000),
 * failed ones 7 days (at most 1,000) for inspection.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 4 * HOUR, count: 1000 },
  removeOnFail: { age: 7 * 24 * HOUR, count: 1000 },
};

/**
 * Every processor's worker options. A worker that dies (SIGKILL, OOM, a lost machine) holds its
 * active jobs' locks until they expire; the next stalled-job check then hands them to another
 * worker. BullMQ's defaults (30 s lock, 30 s check) made that take up to a minute; jobs here run
 * in well under a second and renew their lock every lockDuration / 2 while they run.
 */
export const WORKER_OPTIONS = { concurrency: 4, lockDuration: 15_000, stalledInterval: 10_000, maxStalledCount: 2 } as const;

/** Time a worker may spend finishing its active jobs on SIGTERM before they are handed back. */
export const WORKER_CLOSE_GRACE_RATIO = 0.8;

/** Outbox topics: written by the gateway with the facts, relayed onto the queues by the worker. */
export const OUTBOX_TOPICS = {
  ROUND_CLOSED: 'round.closed',
  SERVICE_POINT_RATED: 'service_point.rated',
  /** A service ticket's service was finished (payload ticketId, employeeId, completedAt): its officer's month is recomputed. */
  SERVICE_TICKET_COMPLETED: 'service_ticket.completed',
} as const;

/** The dedupe key of a ticket's completion (a ticket completes once; a repeated request adds nothing). */
export function ticketCompletedKey(ticketId: string): string {
  return `${OUTBOX_TOPICS.SERVICE_TICKET_COMPLETED}:${ticketId}`;
}

/**
 * The dedupe key of a round's close (one per close, so a reopen and second close is scored again).
 * The relay and its reconcile sweep derive the same BullMQ job id from it.
 */
export function roundClosedKey(roundId: string, closeCount: number): string {
  return `${OUTBOX_TOPICS.ROUND_CLOSED}:${roundId}:${closeCount}`;
}
