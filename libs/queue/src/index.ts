export * from './queue.constants';
export * from './queue-backend';
export * from './queue.module';
export * from './queue-health.indicator';
export * from './worker-shutdown.service';
export * from './rate-limiter.service';
