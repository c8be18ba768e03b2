import { MigrationInterface, QueryRunner } from 'typeorm';

/** Short, single-use, expiring codes that pair a kiosk tablet without typing its device token. */
export class KioskPairing1764600000000 implements MigrationInterface {
  name = 'KioskPairing1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kiosk_pairing (
        code       text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
        kiosk_id   uuid NOT NULL REFERENCES kiosk(id),
        expires_at timestamptz NOT NULL,
        used_at    timestamptz,
        created_by uuid REFERENCES employee(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kiosk_pairing`);
  }
}
