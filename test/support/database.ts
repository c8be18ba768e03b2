import { DataSource } from 'typeorm';
import { buildDataSourceOptions, runPendingMigrations } from '@k360/database';
import { runEnv } from './test-env';

/**
 * A DataSource on this run's database with every migration applied: for repository tests that talk
 * to the real PostgreSQL without starting the product. Tests share the run's database, so each
 * creates its own agency (and never assumes an empty table). Destroy it in afterAll.
 */
export async function migratedDataSource(applicationName = 'kinerja360-repository-test'): Promise<DataSource> {
  const { databaseUrl } = runEnv();
  await runPendingMigrations(databaseUrl);
  const ds = new DataSource(buildDataSourceOptions({ url: databaseUrl, poolSize: 4, applicationName }));
  await ds.initialize();
  return ds;
}
