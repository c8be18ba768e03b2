import type { DynamicModule, Type } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@k360/config';
import { DatabaseModule } from '@k360/database';
import { ConnectionRole, QueueModule } from '@k360/queue';
import { createLoggerModule } from './logger.module';
import { HealthModule } from './health.module';

/** What the gateway and the worker are each started with. */
export interface ProcessModuleOptions {
  config: AppConfig;
  /** Extra destination for log lines (tests capture them). */
  logStream?: NodeJS.WritableStream;
}

/**
 * The modules every Kinerja360 process starts with: its configuration, its logger (lines tagged
 * with `app`), its own PostgreSQL pool (`kinerja360-<app>` in pg_stat_activity), the job queues in
 * its role, and /health.
 */
export function processModules(
  app: 'gateway' | 'worker',
  { config, logStream }: ProcessModuleOptions,
  { poolSize, queueRole }: { poolSize: number; queueRole: ConnectionRole },
): Array<DynamicModule | Type> {
  return [
    ConfigModule.forRoot(config),
    createLoggerModule(config, app, logStream),
    DatabaseModule.forRoot({ poolSize, applicationName: `kinerja360-${app}` }),
    QueueModule.forRoot(queueRole),
    HealthModule,
  ];
}
