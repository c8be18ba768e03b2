import { randomBytes } from 'node:crypto';

/** Where the servers of this machine answer; CI and developers run them on these addresses. */
export const SERVER_DATABASE_URL = process.env.TEST_PG_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const SERVER_REDIS_URL = process.env.TEST_REDIS_SERVER_URL ?? 'redis://127.0.0.1:6379';

export function randomId(bytes = 4): string {
  return randomBytes(bytes).toString('hex');
}

/** Set by the global setup: this run's own database and queue-prefix stem. */
export function runEnv(): { databaseUrl: string; runId: string } {
  const databaseUrl = process.env.K360_TEST_DATABASE_URL;
  const runId = process.env.K360_TEST_RUN_ID;
  if (!databaseUrl || !runId) throw new Error('e2e tests must run through jest (the global setup creates the test database)');
  return { databaseUrl, runId };
}
