import IORedis from 'ioredis';
import { Client } from 'pg';
import { createRedisBackend, Queue, setDefaultBackendFactory } from 'bullmq';
import { redisConnectionOptions } from '../../libs/queue/src/queue-backend';
import { Stack } from '../support/stack';

/**
 * Test-side instruments for a stack's own database: triggers that log every committed
 * publication of an outbox row, and every write of a result or an aggregate, with the
 * application_name of the session that did it (each worker can be given its own).
 */
export async function installPublishLog(db: Client): Promise<void> {
  await db.query(`
    CREATE TABLE IF NOT EXISTS test_outbox_publish_log (outbox_id bigint NOT NULL, topic text NOT NULL, app text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());
    CREATE TABLE IF NOT EXISTS test_result_write_log (tbl text NOT NULL, key text NOT NULL, app text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());
    CREATE OR REPLACE FUNCTION test_log_publish() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO test_outbox_publish_log (outbox_id, topic, app) VALUES (NEW.id, NEW.topic, current_setting('application_name'));
      RETURN NULL;
    END $$;
    CREATE OR REPLACE FUNCTION test_log_round_result_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO test_result_write_log (tbl, key, app) VALUES (TG_TABLE_NAME, NEW.round_id::text, current_setting('application_name'));
      RETURN NULL;
    END $$;
    CREATE OR REPLACE FUNCTION test_log_aggregate_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO test_result_write_log (tbl, key, app) VALUES (TG_TABLE_NAME, NEW.service_point_id::text, current_setting('application_name'));
      RETURN NULL;
    END $$;
    DROP TRIGGER IF EXISTS test_log_publish ON outbox;
    CREATE TRIGGER test_log_publish AFTER UPDATE OF published_at ON outbox FOR EACH ROW
      WHEN (NEW.published_at IS NOT NULL) EXECUTE FUNCTION test_log_publish();
    DROP TRIGGER IF EXISTS test_log_result_write ON round_result;
    CREATE TRIGGER test_log_result_write AFTER INSERT OR UPDATE ON round_result FOR EACH ROW EXECUTE FUNCTION test_log_round_result_write();
    DROP TRIGGER IF EXISTS test_log_result_write ON satisfaction_aggregate;
    CREATE TRIGGER test_log_result_write AFTER INSERT OR UPDATE ON satisfaction_aggregate FOR EACH ROW EXECUTE FUNCTION test_log_aggregate_write();
  `);
}

export async function publishLog(
  db: Client,
): Promise<{ publications: number; distinctRows: number; unpublished: number; byApp: Record<string, number> }> {
  const { rows } = await db.query(
    `SELECT app, count(*)::int AS n, count(DISTINCT outbox_id)::int AS d FROM test_outbox_publish_log GROUP BY app`,
  );
  const [{ distinct }] = (await db.query(`SELECT count(DISTINCT outbox_id)::int AS distinct FROM test_outbox_publish_log`)).rows;
  const [{ unpublished }] = (await db.query(`SELECT count(*)::int AS unpublished FROM outbox WHERE published_at IS NULL`)).rows;
  return {
    publications: rows.reduce((a, r) => a + r.n, 0),
    distinctRows: distinct,
    unpublished,
    byApp: Object.fromEntries(rows.map((r) => [r.app, r.n])),
  };
}

export interface JobCounts {
  active: number;
  wait: number;
  delayed: number;
  completed: number;
  failed: number;
  prioritized: number;
  'waiting-children': number;
}

/** BullMQ's own counts for the stack's queues (Redis backend), read the way libs/queue connects. */
export async function queueCounts(stack: Stack, names: string[]): Promise<Record<string, JobCounts>> {
  setDefaultBackendFactory(createRedisBackend as never);
  const out: Record<string, JobCounts> = {};
  for (const name of names) {
    const q = new Queue(name, {
      connection: { ...redisConnectionOptions(stack.config.REDIS_URL!), maxRetriesPerRequest: 1 } as never,
      prefix: stack.config.QUEUE_PREFIX,
    });
    try {
      out[name] = (await q.getJobCounts('active', 'wait', 'delayed', 'completed', 'failed', 'prioritized', 'waiting-children')) as never;
    } finally {
      await q.close();
    }
  }
  return out;
}

/** The queue's event stream (BullMQ keeps the last ~10,000 events), oldest first. */
export async function queueEvents(stack: Stack, name: string): Promise<Array<Record<string, string>>> {
  const redis = new IORedis({ ...redisConnectionOptions(stack.config.REDIS_URL!), maxRetriesPerRequest: 1 });
  try {
    const entries = await redis.xrange(`${stack.config.QUEUE_PREFIX}:${name}:events`, '-', '+');
    return entries.map(([, fields]) => {
      const o: Record<string, string> = {};
      for (let i = 0; i < fields.length; i += 2) o[fields[i]] = fields[i + 1];
      return o;
    });
  } finally {
    redis.disconnect();
  }
}
