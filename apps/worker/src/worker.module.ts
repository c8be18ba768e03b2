import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobHandlers, WorkerShutdownService } from '@k360/queue';
import { processModules, ProcessModuleOptions } from '@k360/runtime';
import { SystemProcessor } from './system/system.processor';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { ScoringService } from './scoring/scoring.service';
import { ScoringProcessor } from './scoring/scoring.processor';
import { AggregationService } from './aggregation/aggregation.service';
import { AggregationProcessor } from './aggregation/aggregation.processor';
import { SatisfactionAlertService } from './aggregation/satisfaction-alert.service';
import { RatingPartitionsService } from './maintenance/rating-partitions.service';
import { AutomaticIndicatorsService } from './indicators/automatic-indicators.service';
import { RemindersService } from './notifications/reminders.service';
import { NotificationEmailService } from './notifications/notification-email.service';
import { ReportGenerationService } from './reports/report-generation.service';
import { ReportsProcessor } from './reports/reports.processor';

@Module({})
export class WorkerModule {
  static forRoot(options: ProcessModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [...processModules('worker', options, { poolSize: 10, queueRole: 'worker' }), DiscoveryModule],
      providers: [
        WorkerShutdownService,
        // Finds every @OnJob handler at boot (refusing to start on a missing or duplicate one) and schedules the periodic jobs.
        JobHandlers,
        RatingPartitionsService,
        SystemProcessor,
        OutboxRelayService,
        ScoringService,
        ScoringProcessor,
        AggregationService,
        SatisfactionAlertService,
        AggregationProcessor,
        AutomaticIndicatorsService,
        RemindersService,
        NotificationEmailService,
        ReportGenerationService,
        ReportsProcessor,
      ],
    };
  }
}
