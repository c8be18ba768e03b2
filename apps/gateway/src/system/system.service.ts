import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { JobQueue, PingResult, queueBackendOf } from '@k360/queue';
import { SystemErrors } from './system.errors';

const PING_TIMEOUT_MS = 10_000;

/** Operational checks an ADMIN can run: a job's round trip through the worker. */
@Injectable()
export class SystemService {
  constructor(
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get queueBackend(): string {
    return queueBackendOf(this.config);
  }

  /** Enqueues a ping and waits for the worker's answer; WORKER_UNAVAILABLE when none comes in time. */
  async pingWorker(): Promise<PingResult & { roundTripMs: number }> {
    const nonce = randomUUID();
    const started = Date.now();
    let job: Job;
    try {
      job = await this.jobs.enqueue('ping', { nonce, sentAt: new Date(started).toISOString() });
    } catch (err) {
      throw SystemErrors.queueUnavailable(err);
    }
    while (Date.now() - started < PING_TIMEOUT_MS) {
      const current = await Job.fromId<unknown, PingResult>(this.jobs.queueOf('ping') as never, job.id!);
      const state = current ? await current.getState() : 'unknown';
      if (state === 'completed' && current?.returnvalue) return { ...current.returnvalue, roundTripMs: Date.now() - started };
      if (state === 'failed') throw SystemErrors.workerFailed(current?.failedReason);
      await new Promise((r) => setTimeout(r, 25));
    }
    await job.remove().catch(() => undefined);
    throw SystemErrors.workerUnavailable(PING_TIMEOUT_MS / 1000);
  }
}
