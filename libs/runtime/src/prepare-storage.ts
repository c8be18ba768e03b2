import type { AppConfig } from '@k360/config';
import { runPendingMigrations } from '@k360/database';
import { migratePostgresQueues, queueBackendOf } from '@k360/queue';

/**
 * Brings the database to the current schema: the product's TypeORM migrations, and BullMQ's own
 * tables when queues run on PostgreSQL. Safe to call from every process at boot.
 */
export async function prepareStorage(config: AppConfig): Promise<{ migrations: string[]; queueSchemaVersion?: number }> {
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required (npm start resolves one automatically)');
  const migrations = await runPendingMigrations(config.DATABASE_URL);
  if (queueBackendOf(config) === 'postgres') {
    return { migrations, queueSchemaVersion: await migratePostgresQueues(config) };
  }
  return { migrations };
}
