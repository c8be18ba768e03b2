import { Job } from 'bullmq';
import { Processor } from '@nestjs/bullmq';
import { JobPayload, JobProcessor, OnJob, QueueName, WORKER_OPTIONS } from '@k360/queue';
import { AggregationService } from './aggregation.service';

@Processor(QueueName.AGGREGATION, WORKER_OPTIONS)
export class AggregationProcessor extends JobProcessor {
  constructor(private readonly aggregation: AggregationService) {
    super();
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
