import { Logger } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobPayload, JobProcessor, OnJob, QueueName, REPORT_JOB_ATTEMPTS, WORKER_OPTIONS } from '@k360/queue';
import { ReportGenerationService } from './report-generation.service';

/** One concurrency slot less than the other queues: a PDF takes more CPU than a GROUP BY. */
@Processor(QueueName.REPORTS, { ...WORKER_OPTIONS, concurrency: 2 })
export class ReportsProcessor extends JobProcessor {
  private readonly logger = new Logger('Reports');

  constructor(private readonly generation: ReportGenerationService) {
    super();
  }

  @OnJob('generate-report')
  async generateReport(data: JobPayload<'generate-report'>, job: Job): Promise<string> {
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? REPORT_JOB_ATTEMPTS);
    const outcome = await this.generation.generate(data.reportId, lastAttempt);
    if (outcome !== 'ready') this.logger.log(`report ${data.reportId}: ${outcome}`);
    return outcome;
  }
}
