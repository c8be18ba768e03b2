import { Logger } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { JobPayload, JobProcessor, OnJob, QueueName, WORKER_OPTIONS } from '@k360/queue';
import { ScoringService } from './scoring.service';

@Processor(QueueName.SCORING, WORKER_OPTIONS)
export class ScoringProcessor extends JobProcessor {
  private readonly logger = new Logger('Scoring');

  constructor(private readonly scoring: ScoringService) {
    super();
  }

  @OnJob('score-round')
  async scoreRound(data: JobPayload<'score-round'>): Promise<string> {
    const outcome = await this.scoring.scoreRound(data.roundId, data.closeCount);
    if (outcome !== 'scored') this.logger.log(`round ${data.roundId}: ${outcome}`);
    return outcome;
  }
}
