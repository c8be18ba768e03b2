import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobPayloads, QueueName, WORKER_OPTIONS } from '@k360/queue';
import { ScoringService } from './scoring.service';

type ScoringJob = Job<JobPayloads[QueueName.SCORING]['score-round'], string, 'score-round'>;

@Processor(QueueName.SCORING, WORKER_OPTIONS)
export class ScoringProcessor extends WorkerHost {
  private readonly logger = new Logger('Scoring');

  constructor(private readonly scoring: ScoringService) {
    super();
  }

  async process(job: ScoringJob): Promise<string> {
    if (job.name !== 'score-round') throw new Error(`Unknown job ${String(job.name)} on queue ${QueueName.SCORING}`);
    const outcome = await this.scoring.scoreRound(job.data.roundId, job.data.closeCount);
    if (outcome !== 'scored') this.logger.log(`round ${job.data.roundId}: ${outcome}`);
    return outcome;
  }
}
