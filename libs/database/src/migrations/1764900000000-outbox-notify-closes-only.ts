import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * NOTIFY serialises commits: every transaction that notified takes one cluster-wide lock while it
 * commits. With a NOTIFY per rating that lock capped the citizens' intake; ratings do not need it
 * (their aggregation is debounced by a second anyway, and the relay polls every second). Round
 * closes keep it, so closeRound → SCORED stays immediate.
 */
export class OutboxNotifyClosesOnly1764900000000 implements MigrationInterface {
  name = 'OutboxNotifyClosesOnly1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER outbox_notify ON outbox`);
    await q.query(
      `CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH ROW WHEN (NEW.topic = 'round.closed') EXECUTE FUNCTION outbox_notify()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER outbox_notify ON outbox`);
    await q.query(`CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
  }
}
