import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { QueueName } from './queue.constants';
import { JobName, JobPayload, JOBS } from './job-registry';

/**
 * The only way to put a job on a queue: the name picks the queue and the options (JOBS), and the
 * payload is checked against the name's type at compile time.
 */
@Injectable()
export class JobQueue {
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @InjectQueue(QueueName.SYSTEM) system: Queue,
    @InjectQueue(QueueName.SCORING) scoring: Queue,
    @InjectQueue(QueueName.AGGREGATION) aggregation: Queue,
    @InjectQueue(QueueName.REPORTS) reports: Queue,
  ) {
    this.queues = { [QueueName.SYSTEM]: system, [QueueName.SCORING]: scoring, [QueueName.AGGREGATION]: aggregation, [QueueName.REPORTS]: reports };
  }

  /** The BullMQ queue a job name runs on (to read a job's state back, for instance). */
  queueOf(name: JobName): Queue {
    return this.queues[JOBS[name].queue];
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<Job<JobPayload<N>>> {
    const def = JOBS[name] as unknown as { options(p: JobPayload<N>): object };
    return this.queueOf(name).add(name, payload, def.options(payload)) as Promise<Job<JobPayload<N>>>;
  }

  /** Many jobs of one name in one round trip. */
  async enqueueBulk<N extends JobName>(name: N, payloads: Array<JobPayload<N>>): Promise<void> {
    if (!payloads.length) return;
    const def = JOBS[name] as unknown as { options(p: JobPayload<N>): object };
    await this.queueOf(name).addBulk(payloads.map((data) => ({ name, data, opts: def.options(data) })));
  }

  /**
   * Upserts one job scheduler per periodic job, unless the backend has it already with the same
   * interval. The scheduler's id is the job name, so every replica looks after the same one: each
   * interval gives one job, a worker's restart adds no run, a changed interval replaces it, and a
   * scheduler the backend lost (a Redis restarted without persistence) is created again.
   * Returns the schedulers it created or changed.
   */
  async schedulePeriodic(everyMs: (name: JobName) => number | undefined): Promise<Array<{ name: JobName; every: number }>> {
    const scheduled: Array<{ name: JobName; every: number }> = [];
    for (const name of Object.keys(JOBS) as JobName[]) {
      const every = everyMs(name);
      if (every === undefined) continue;
      const queue = this.queueOf(name);
      const existing = await queue.getJobScheduler(name);
      if (existing && Number(existing.every) === every) continue;
      const def = JOBS[name] as unknown as { options(p: unknown): object };
      await queue.upsertJobScheduler(name, { every }, { name, data: {}, opts: def.options({}) as never });
      scheduled.push({ name, every });
    }
    return scheduled;
  }
}
