import { Inject } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobHandlers } from './job-handlers';
import { QueueName } from './queue.constants';

/**
 * The base of a queue's processor: each job its BullMQ worker takes runs through the job's
 * `@OnJob` handler (JobHandlers, which also refuses a job whose name belongs to another queue).
 * The subclass names its queue and holds its handlers:
 * `@Processor(QueueName.SCORING, WORKER_OPTIONS) class ScoringProcessor extends JobProcessor { @OnJob('score-round') … }`.
 */
export abstract class JobProcessor extends WorkerHost {
  @Inject(JobHandlers) private readonly handlers: JobHandlers;

  process(job: Job): Promise<unknown> {
    return this.handlers.run(this.worker.name as QueueName, job);
  }
}
