import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobHandlers, JobPayload, OnJob, QueueName, WORKER_OPTIONS } from '@k360/queue';
import { ScoringService } from './scoring.service';

@Processor(QueueName.SCORING, WORKER_OPTIONS)
export class ScoringProcessor extends WorkerHost {
  private readonly logger = new Logger('Scoring');

  constructor(
    private readonly scoring: ScoringService,
    private readonly handlers: JobHandlers,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.handlers.run(QueueName.SCORING, job);
  }

  @OnJob('score-round')
  async scoreRound(data: JobPayload<'score-round'>): Promise<string> {
    const outcome = await this.scoring.scoreRound(data.roundId, data.closeCount);
    if (outcome !== 'scored') this.logger.log(`round ${data.roundId}: ${outcome}`);
    return outcome;
  }
}
