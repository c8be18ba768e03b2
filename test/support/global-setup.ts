import { Client } from 'pg';
import IORedis from 'ioredis';
import { randomId, SERVER_DATABASE_URL, SERVER_REDIS_URL } from './test-env';

/**
 * Creates this run's database (k360_test_<id>) and queue-prefix stem, and builds dist/ when the
 * sources changed (process-level tests start the product the way a user does).
 */
export default async function globalSetup(): Promise<void> {
  const runId = randomId();
  const dbName = `k360_test_${runId}`;
  const admin = new Client({ connectionString: `${SERVER_DATABASE_URL}/postgres` });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL is not answering at ${SERVER_DATABASE_URL} (${(err as Error).message}); start it (see README) or run bash .ci/run`,
    );
  }
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const redis = new IORedis(SERVER_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    throw new Error(`Redis is not answering at ${SERVER_REDIS_URL} (${(err as Error).message}); start it (see README) or run bash .ci/run`);
  } finally {
    redis.disconnect();
  }
  process.env.K360_TEST_RUN_ID = runId;
  process.env.K360_TEST_DATABASE_URL = `${SERVER_DATABASE_URL}/${dbName}`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../scripts/build-if-needed.js').ensureBuilt();
}
