import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Queue } from 'bullmq';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { QueueName } from './queue.constants';
import { queueBackendOf } from './queue-backend';

/** Healthy when the queue backend answers a cheap read within two seconds. */
@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    @InjectQueue(QueueName.SYSTEM) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(key = 'queue') {
    const indicator = this.health.check(key);
    const backend = queueBackendOf(this.config);
    try {
      await withTimeout(this.queue.getJobCounts('waiting'), 2000);
      return indicator.up({ backend });
    } catch (err) {
      return indicator.down({ backend, message: (err as Error).message });
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]);
}
