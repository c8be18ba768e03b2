import { Client } from 'pg';
import IORedis from 'ioredis';
import { SERVER_DATABASE_URL, SERVER_REDIS_URL } from './test-env';

/** Drops this run's database and every Redis key under its queue prefixes. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.K360_TEST_RUN_ID;
  if (!runId) return;
  const admin = new Client({ connectionString: `${SERVER_DATABASE_URL}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS k360_test_${runId} WITH (FORCE)`);
  await admin.end();
  const redis = new IORedis(SERVER_REDIS_URL, { maxRetriesPerRequest: 1 });
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `{k360t_${runId}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}
