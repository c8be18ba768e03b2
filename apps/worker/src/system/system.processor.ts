import { hostname } from 'node:os';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobPayloads, PingResult, QueueName, WORKER_OPTIONS } from '@k360/queue';

type SystemJob = Job<JobPayloads[QueueName.SYSTEM]['ping'], PingResult, 'ping'>;

/** Answers operational jobs; `ping` proves a job round-trips through this worker. */
@Processor(QueueName.SYSTEM, WORKER_OPTIONS)
export class SystemProcessor extends WorkerHost {
  async process(job: SystemJob): Promise<PingResult> {
    switch (job.name) {
      case 'ping':
        return { nonce: job.data.nonce, workerPid: process.pid, workerHost: hostname(), receivedAt: new Date().toISOString() };
      default:
        throw new Error(`Unknown job ${String(job.name)} on queue ${QueueName.SYSTEM}`);
    }
  }
}
