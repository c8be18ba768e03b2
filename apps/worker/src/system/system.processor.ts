import { hostname } from 'node:os';
import { Processor } from '@nestjs/bullmq';
import { JobPayload, JobProcessor, OnJob, PingResult, QueueName, WORKER_OPTIONS } from '@k360/queue';

/** Runs the system queue's jobs (operational checks and the periodic jobs) through their @OnJob handlers. */
@Processor(QueueName.SYSTEM, WORKER_OPTIONS)
export class SystemProcessor extends JobProcessor {
  /** Proves a job round-trips through this worker. */
  @OnJob('ping')
  ping(data: JobPayload<'ping'>): PingResult {
    return { nonce: data.nonce, workerPid: process.pid, workerHost: hostname(), receivedAt: new Date().toISOString() };
  }
}
