import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { LATE_RATING_SUBMITTED_WINDOW_DAYS, LATE_RATING_WINDOW_DAYS } from '@k360/scoring';

/** The channel the database NOTIFYs when an outbox row wants publishing at once (round closes). */
export const OUTBOX_CHANNEL = 'k360_outbox';

/** An unpublished outbox row, claimed for publishing. */
export interface OutboxMessage {
  id: string;
  topic: string;
  dedupeKey: string;
  payload: Record<string, unknown>;
}

/** A closed round whose latest close has no result yet. */
export interface UnscoredClose {
  roundId: string;
  closeCount: number;
}

/** A LISTEN connection on OUTBOX_CHANNEL; close it on shutdown. */
export interface OutboxListener {
  close(): Promise<void>;
}

interface OutboxRow {
  id: string;
  topic: string;
  dedupe_key: string;
  payload: Record<string, unknown>;
}

/**
 * The transactional outbox: a request that changes facts adds its message in the same transaction;
 * the worker's relay claims unpublished rows and puts them on BullMQ. (The public intake writes its
 * outbox row inside its one intake statement, in public-ratings.repository.ts, for speed.)
 *
 * Also the reads of the relay's reconcile sweep, which re-drives what the facts say is still undone
 * when a published job was lost: closed rounds without a result, service points whose newest
 * rating is newer than their aggregate.
 */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Adds a message once per dedupe key (a retried request adds nothing). Pass the transaction's manager. */
  async add(topic: string, dedupeKey: string, payload: unknown, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`INSERT INTO outbox (topic, dedupe_key, payload) VALUES ($1, $2, $3) ON CONFLICT (dedupe_key) DO NOTHING`, [
      topic,
      dedupeKey,
      JSON.stringify(payload),
    ]);
  }

  /**
   * Claims up to `limit` unpublished rows, oldest first, locking them FOR UPDATE SKIP LOCKED: rows
   * another transaction has claimed are skipped, so relays running at once never share a row.
   * Pass a transaction's manager: the claim lasts until that transaction ends.
   */
  async claimUnpublished(limit: number, m: EntityManager = this.ds.manager): Promise<OutboxMessage[]> {
    const rows = (await m.query(
      `SELECT id, topic, dedupe_key, payload FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    )) as OutboxRow[];
    return rows.map((r) => ({ id: r.id, topic: r.topic, dedupeKey: r.dedupe_key, payload: r.payload }));
  }

  /** Marks these rows published (in the transaction that claimed them). */
  async markPublished(ids: string[], m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /**
   * Opens a dedicated connection that LISTENs on OUTBOX_CHANNEL and calls `onNotify` on each
   * notification (and `onError` on connection errors after it opened). Rejects when it cannot listen.
   */
  async listen(onNotify: () => void, onError: (err: Error) => void): Promise<OutboxListener> {
    const { url } = this.ds.options as { url?: string };
    const client = new Client({ connectionString: url, application_name: 'kinerja360-outbox-listen' });
    client.on('notification', () => onNotify());
    client.on('error', onError);
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    return { close: () => client.end() };
  }

  /** The database's clock: sweep windows are measured in it, not in the worker's. */
  async databaseTime(m: EntityManager = this.ds.manager): Promise<Date> {
    const [{ at }] = (await m.query(`SELECT now() AS at`)) as Array<{ at: Date }>;
    return at;
  }

  /**
   * Closed rounds (closed more than 3 seconds ago, so a close being published now is left to its
   * job) with no result for their latest close, longest closed first, at most `limit`.
   */
  async unscoredCloses(limit: number, m: EntityManager = this.ds.manager): Promise<UnscoredClose[]> {
    const rows = (await m.query(
      `SELECT r.id, r.close_count FROM evaluation_round r
         LEFT JOIN round_result rr ON rr.round_id = r.id AND rr.close_count = r.close_count
        WHERE r.status = 'CLOSED' AND rr.round_id IS NULL AND r.closed_at < now() - interval '3 seconds'
        ORDER BY r.closed_at LIMIT $1`,
      [limit],
    )) as Array<{ id: string; close_count: number }>;
    return rows.map((r) => ({ roundId: r.id, closeCount: r.close_count }));
  }

  /**
   * Service points whose newest rating (received within LATE_RATING_WINDOW_DAYS, and since
   * `receivedSince` less a minute when given; settled for 2 seconds) is newer than every aggregate
   * of theirs and falls in one of their agency's periods: at most `limit` ids. A BRIN index on
   * received_at keeps an incremental sweep to the newest blocks; the submitted_at bound
   * (LATE_RATING_SUBMITTED_WINDOW_DAYS) prunes public_rating's monthly partitions.
   */
  async staleServicePoints(receivedSince: Date | null, limit: number, m: EntityManager = this.ds.manager): Promise<string[]> {
    const rows = (await m.query(
      `WITH recent AS (
         SELECT r.service_point_id, max(r.received_at) AS newest FROM public_rating r
          WHERE r.submitted_at > now() - make_interval(days => $2) AND r.received_at > now() - make_interval(days => $3)
            AND r.received_at > coalesce($1::timestamptz - interval '1 minute', '-infinity')
          GROUP BY r.service_point_id
         HAVING max(r.received_at) < now() - interval '2 seconds')
       SELECT recent.service_point_id FROM recent
        WHERE recent.newest > coalesce((SELECT max(a.watermark) FROM satisfaction_aggregate a WHERE a.service_point_id = recent.service_point_id), '-infinity')
          -- Only points whose newest rating falls in a period: others have nothing to aggregate.
          AND EXISTS (SELECT 1 FROM service_point sp JOIN period p ON p.agency_id = sp.agency_id JOIN agency ag ON ag.id = p.agency_id
                       WHERE sp.id = recent.service_point_id
                         AND recent.newest >= p.starts_on::timestamp AT TIME ZONE ag.time_zone
                         AND recent.newest < (p.ends_on + 1)::timestamp AT TIME ZONE ag.time_zone)
        LIMIT $4`,
      [receivedSince, LATE_RATING_SUBMITTED_WINDOW_DAYS, LATE_RATING_WINDOW_DAYS, limit],
    )) as Array<{ service_point_id: string }>;
    return rows.map((r) => r.service_point_id);
  }
}
