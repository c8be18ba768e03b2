import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig, ConfigModule } from '@k360/config';
import { DatabaseModule } from '@k360/database';
import { JobHandlers, QueueModule, WorkerShutdownService } from '@k360/queue';
import { createLoggerModule, HealthModule } from '@k360/runtime';
import { SystemProcessor } from './system/system.processor';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { ScoringService } from './scoring/scoring.service';
import { ScoringProcessor } from './scoring/scoring.processor';
import { AggregationService } from './aggregation/aggregation.service';
import { AggregationProcessor } from './aggregation/aggregation.processor';
import { RatingPartitionsService } from './maintenance/rating-partitions.service';
import { AutomaticIndicatorsService } from './indicators/automatic-indicators.service';

@Module({})
export class WorkerModule {
  static forRoot({ config, logStream }: { config: AppConfig; logStream?: NodeJS.WritableStream }): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        createLoggerModule(config, 'worker', logStream),
        DatabaseModule.forRoot({ poolSize: 10, applicationName: 'kinerja360-worker' }),
        QueueModule.forRoot('worker'),
        DiscoveryModule,
        HealthModule,
      ],
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
        AggregationProcessor,
        AutomaticIndicatorsService,
      ],
    };
  }
}
