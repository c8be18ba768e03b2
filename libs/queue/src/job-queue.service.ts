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
  ) {
    this.queues = { [QueueName.SYSTEM]: system, [QueueName.SCORING]: scoring, [QueueName.AGGREGATION]: aggregation };
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
   * Upserts one job scheduler per periodic job. Every replica does so at boot; the scheduler's id
   * is the job name, so they all update the same one, and each interval gives one job. With
   * `onlyMissing`, touches only schedulers the backend no longer has (a Redis that lost its keys).
   */
  async schedulePeriodic(
    everyMs: (name: JobName) => number | undefined,
    onlyMissing = false,
  ): Promise<Array<{ name: JobName; every: number }>> {
    const scheduled: Array<{ name: JobName; every: number }> = [];
    for (const name of Object.keys(JOBS) as JobName[]) {
      const every = everyMs(name);
      if (every === undefined) continue;
      const queue = this.queueOf(name);
      if (onlyMissing && (await queue.getJobScheduler(name))) continue;
      const def = JOBS[name] as unknown as { options(p: unknown): object };
      await queue.upsertJobScheduler(name, { every }, { name, data: {}, opts: def.options({}) as never });
      scheduled.push({ name, every });
    }
    return scheduled;
  }
}
