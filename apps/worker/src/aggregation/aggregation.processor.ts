import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobPayloads, QueueName } from '@k360/queue';
import { AggregationService } from './aggregation.service';

type AggregationJob = Job<JobPayloads[QueueName.AGGREGATION]['aggregate-service-point'], number, 'aggregate-service-point'>;

@Processor(QueueName.AGGREGATION, { concurrency: 4 })
export class AggregationProcessor extends WorkerHost {
  constructor(private readonly aggregation: AggregationService) {
    super();
  }

  async process(job: AggregationJob): Promise<number> {
    if (job.name !== 'aggregate-service-point') throw new Error(`Unknown job ${String(job.name)} on queue ${QueueName.AGGREGATION}`);
    return this.aggregation.aggregate(job.data.servicePointId, job.data.periodId);
  }
}
