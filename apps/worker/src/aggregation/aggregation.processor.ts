import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobPayloads, QueueName, WORKER_OPTIONS } from '@k360/queue';
import { AggregationService } from './aggregation.service';

type Payloads = JobPayloads[QueueName.AGGREGATION];
type AggregationJob =
  | Job<Payloads['aggregate-service-point'], number, 'aggregate-service-point'>
  | Job<Payloads['aggregate-period'], number, 'aggregate-period'>;

@Processor(QueueName.AGGREGATION, WORKER_OPTIONS)
export class AggregationProcessor extends WorkerHost {
  constructor(private readonly aggregation: AggregationService) {
    super();
  }

  async process(job: AggregationJob): Promise<number> {
    switch (job.name) {
      case 'aggregate-service-point':
        return this.aggregation.aggregate(job.data.servicePointId, job.data.periodId);
      case 'aggregate-period': {
        const written = await this.aggregation.aggregatePoints(job.data.periodId, null);
        await job.updateProgress({ servicePoints: written });
        return written;
      }
      default:
        throw new Error(`Unknown job ${String((job as Job).name)} on queue ${QueueName.AGGREGATION}`);
    }
  }
}
