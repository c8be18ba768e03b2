import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { WORKER_CLOSE_GRACE_RATIO } from './queue.constants';

/**
 * On shutdown, lets each BullMQ worker finish its active job, but only for a bounded time
 * (SHUTDOWN_TIMEOUT_MS × 0.8). A job still running after that is abandoned: the worker is
 * force-closed and BullMQ's stalled-job check hands the job to another worker, so nothing
 * acknowledged is lost. Every job is idempotent, so running it again is harmless.
 */
@Injectable()
export class WorkerShutdownService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('WorkerShutdown');

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    const workers = this.discovery
      .getProviders()
      .map((w) => w.instance as unknown)
      .filter((i): i is WorkerHost => i instanceof WorkerHost)
      .map((host) => host.worker)
      .filter(Boolean);
    if (workers.length === 0) return;
    const limit = Math.round(this.config.SHUTDOWN_TIMEOUT_MS * WORKER_CLOSE_GRACE_RATIO);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      Promise.all(workers.map((w) => w.close())).then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), limit);
      }),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      this.logger.warn(`Workers still busy after ${limit} ms; force-closing, active jobs will be retried`);
      await Promise.all(workers.map((w) => w.close(true)));
    } else {
      this.logger.log(`Closed ${workers.length} worker(s)`);
    }
  }
}
