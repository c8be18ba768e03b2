export * from './entities';
export * from './data-source';
export * from './database.module';
export * from './audit.service';
export * from './period-bounds';
export * from './transient-errors';
export * from './input-violations';
export * from './repositories';
