import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { Cluster } from 'ioredis';
import { BullModule } from '@nestjs/bullmq';
import { TerminusModule } from '@nestjs/terminus';
import { createPostgresBackend, createRedisBackend, setDefaultBackendFactory, QueueOptions } from 'bullmq';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { DEFAULT_JOB_OPTIONS, QueueName } from './queue.constants';
import {
  ConnectionRole,
  createRedisClient,
  postgresQueueConnection,
  redisConnectionOptions,
  queueBackendOf,
  redisEvictionWarning,
  redisOptions,
} from './queue-backend';
import { QueueHealthIndicator } from './queue-health.indicator';
import { RateLimiter } from './rate-limiter.service';
import { JobQueue } from './job-queue.service';

/**
 * Builds the BullMQ options for this process. This is the only place that knows which backend
 * runs: BullMQ 6 takes a process-wide backend factory, so Queue and Worker classes created by
 * `@nestjs/bullmq` (and by features) transparently run on Redis or on PostgreSQL.
 */
export function bullOptionsFor(config: AppConfig, role: ConnectionRole): QueueOptions {
  if (queueBackendOf(config) === 'postgres') {
    setDefaultBackendFactory(createPostgresBackend as never);
    return { connection: postgresQueueConnection(config) as never, defaultJobOptions: DEFAULT_JOB_OPTIONS };
  }
  setDefaultBackendFactory(createRedisBackend as never);
  if (config.REDIS_CLUSTER_NODES?.length) {
    // A cluster is handed over as one client that every Queue shares and each Worker duplicates
    // for its blocking reads (BullMQ does not build clusters from options); closed at shutdown.
    const cluster = createRedisClient(config, redisOptions(role)) as Cluster;
    sharedClusters.add(cluster);
    return { connection: cluster as never, prefix: config.QUEUE_PREFIX, defaultJobOptions: DEFAULT_JOB_OPTIONS };
  }
  if (!config.REDIS_URL) throw new Error('REDIS_URL is required for the Redis queue backend');
  return {
    // Options, not a shared client: every Queue and Worker then owns (and closes) its connections.
    connection: { ...redisConnectionOptions(config.REDIS_URL), ...redisOptions(role) } as never,
    prefix: config.QUEUE_PREFIX,
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  };
}

/** Cluster clients handed to BullMQ as shared connections: BullMQ does not close those. */
const sharedClusters = new Set<Cluster>();

/** Closes the shared cluster clients once the queues and workers have closed theirs. */
class SharedRedisCloser implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    const open = [...sharedClusters];
    sharedClusters.clear();
    await Promise.all(open.map((c) => c.quit().catch(() => c.disconnect())));
  }
}

/** Warns at boot when Redis would evict queue keys. */
class RedisPolicyCheck implements OnModuleInit {
  private readonly logger = new Logger('Queue');
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const backend = queueBackendOf(this.config);
    this.logger.log(`Queue backend: ${backend}`);
    if (backend !== 'redis' || !(this.config.REDIS_URL || this.config.REDIS_CLUSTER_NODES)) return;
    if (this.config.REDIS_CLUSTER_NODES) this.logger.log(`Redis Cluster seeds: ${this.config.REDIS_CLUSTER_NODES.join(', ')}`);
    const warning = await redisEvictionWarning(this.config);
    if (warning) this.logger.warn(warning);
  }
}

@Global()
@Module({})
export class QueueModule {
  static forRoot(role: ConnectionRole): DynamicModule {
    const queues = Object.values(QueueName).map((name) => BullModule.registerQueue({ name }));
    return {
      module: QueueModule,
      imports: [
        TerminusModule,
        BullModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => bullOptionsFor(config, role) }),
        ...queues,
      ],
      providers: [RedisPolicyCheck, SharedRedisCloser, QueueHealthIndicator, RateLimiter, JobQueue],
      exports: [BullModule, ...queues, QueueHealthIndicator, RateLimiter, JobQueue],
    };
  }
}
