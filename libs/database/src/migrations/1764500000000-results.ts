import { MigrationInterface, QueryRunner } from 'typeorm';

/** Derived results written by the worker, and a wake-up signal for the outbox relay. */
export class Results1764500000000 implements MigrationInterface {
  name = 'Results1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE round_result (
        round_id          uuid PRIMARY KEY REFERENCES evaluation_round(id),
        policy_code       text NOT NULL,
        perilaku_score    double precision,
        perilaku_rating   text,
        hasil_kerja_score double precision,
        hasil_kerja_rating text,
        predikat          text,
        sources           jsonb NOT NULL,
        watermark         jsonb NOT NULL,
        close_count       int NOT NULL,
        computed_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE satisfaction_aggregate (
        service_point_id uuid NOT NULL REFERENCES service_point(id),
        period_id        uuid NOT NULL REFERENCES period(id),
        respondents      int NOT NULL,
        elements         jsonb NOT NULL,
        ikm              double precision,
        ikm_converted    double precision,
        mutu             text,
        kinerja          text,
        quick_count      int NOT NULL,
        quick_sum        bigint NOT NULL,
        watermark        timestamptz,
        updated_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (service_point_id, period_id)
      )`);
    await q.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('k360_outbox', '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER outbox_notify ON outbox`);
    await q.query(`DROP FUNCTION outbox_notify()`);
    await q.query(`DROP TABLE satisfaction_aggregate`);
    await q.query(`DROP TABLE round_result`);
  }
}
