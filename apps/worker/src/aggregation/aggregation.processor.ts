import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobHandlers, JobPayload, OnJob, QueueName, WORKER_OPTIONS } from '@k360/queue';
import { AggregationService } from './aggregation.service';

@Processor(QueueName.AGGREGATION, WORKER_OPTIONS)
export class AggregationProcessor extends WorkerHost {
  constructor(
    private readonly aggregation: AggregationService,
    private readonly handlers: JobHandlers,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.handlers.run(QueueName.AGGREGATION, job);
  }

  @OnJob('aggregate-service-point')
  aggregateServicePoint(data: JobPayload<'aggregate-service-point'>): Promise<number> {
    return this.aggregation.aggregate(data.servicePointId, data.periodId);
  }

  @OnJob('aggregate-period')
  async aggregatePeriod(data: JobPayload<'aggregate-period'>, job: Job): Promise<number> {
    const written = await this.aggregation.aggregatePoints(data.periodId, null);
    await job.updateProgress({ servicePoints: written });
    return written;
  }
}
