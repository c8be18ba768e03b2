import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SafeTypeOrmLogger } from './typeorm-logger';

export interface DatabaseOptions {
  url: string;
  /** Pool size; the gateway needs more than the worker. */
  poolSize?: number;
  applicationName?: string;
}

export function buildDataSourceOptions(opts: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: opts.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: ['error', 'warn', 'migration'],
    logger: new SafeTypeOrmLogger(),
    maxQueryExecutionTime: 2000,
    applicationName: opts.applicationName ?? 'kinerja360',
    extra: {
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
      // A statement that runs this long is a bug or a lock pile-up; fail it instead of hanging a request.
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
    },
  };
}

/** Arbitrary but fixed: serialises migrations across gateway and worker processes booting at once. */
const MIGRATION_LOCK_KEY = 360_2026_11;

/**
 * Runs pending migrations while holding a session-level advisory lock, so any number of processes
 * may boot at once and exactly one of them migrates. Returns the names of the migrations it ran.
 */
export async function runPendingMigrations(url: string): Promise<string[]> {
  const ds = new DataSource({ ...buildDataSourceOptions({ url, poolSize: 2, applicationName: 'kinerja360-migrate' }), logging: ['error'] });
  await ds.initialize();
  const lock = ds.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const ran = await ds.runMigrations({ transaction: 'each' });
      return ran.map((m) => m.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
    await ds.destroy();
  }
}

/** Reverts the most recent migration (`npm run migration:revert`). */
export async function revertLastMigration(url: string): Promise<void> {
  const ds = new DataSource(buildDataSourceOptions({ url, poolSize: 2, applicationName: 'kinerja360-migrate' }));
  await ds.initialize();
  try {
    await ds.undoLastMigration({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
