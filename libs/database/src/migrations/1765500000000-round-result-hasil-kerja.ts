import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How a round's hasil kerja was decided (issue 13): `hasil_kerja_source` KPI (computed from the
 * employee's agreed work plan over the round's period) or SUPERVISOR (no agreed plan with data:
 * the supervisor's rating, as every result before this migration); the supervisor's written
 * `override_reason` when they overrode the computed rating; and `hasil_kerja_indicators`, the
 * per-indicator detail the score was computed from (period target, realisation, months counted,
 * capaian, outcome), empty for SUPERVISOR.
 */
export class RoundResultHasilKerja1765500000000 implements MigrationInterface {
  name = 'RoundResultHasilKerja1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE round_result
        ADD COLUMN hasil_kerja_source text NOT NULL DEFAULT 'SUPERVISOR' CHECK (hasil_kerja_source IN ('KPI', 'SUPERVISOR')),
        ADD COLUMN override_reason text,
        ADD COLUMN hasil_kerja_indicators jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE round_result DROP COLUMN hasil_kerja_indicators, DROP COLUMN override_reason, DROP COLUMN hasil_kerja_source`);
  }
}
