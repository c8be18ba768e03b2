export * from './logger.module';
export * from './graceful-shutdown';
export * from './prepare-storage';
export * from './resolve-services';
export * from './embedded-database';
export * from './health.module';
export * from './logged-path';
export * from './process-modules';
