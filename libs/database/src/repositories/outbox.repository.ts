import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The transactional outbox: a request that changes facts adds its message in the same transaction;
 * the worker's relay claims unpublished rows and puts them on BullMQ. (The public intake writes its
 * outbox row inside its one intake statement, in public-ratings.repository.ts, for speed.)
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
}
