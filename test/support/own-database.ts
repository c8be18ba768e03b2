import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, runPendingMigrations } from '@k360/database';
import { randomId, runEnv, SERVER_DATABASE_URL } from './test-env';

export interface OwnDatabase {
  ds: DataSource;
  url: string;
  /** Destroys the DataSource and drops the database. */
  drop(): Promise<void>;
}

/**
 * A migrated database of the test file's own (k360_test_<run>_<id>), for repository tests whose
 * reads span every agency (the outbox relay's claims and sweeps, counts of agencies): in the run's
 * shared database other files' rows and workers would take part. Drop it in afterAll.
 */
export async function ownMigratedDatabase(applicationName = 'kinerja360-repository-test'): Promise<OwnDatabase> {
  const { runId } = runEnv();
  const name = `k360_test_${runId}_${randomId(3)}`;
  const admin = new Client({ connectionString: `${SERVER_DATABASE_URL}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = `${SERVER_DATABASE_URL}/${name}`;
  await runPendingMigrations(url);
  const ds = new DataSource(buildDataSourceOptions({ url, poolSize: 4, applicationName }));
  await ds.initialize();
  return {
    ds,
    url,
    drop: async () => {
      await ds.destroy();
      const c = new Client({ connectionString: `${SERVER_DATABASE_URL}/postgres` });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
