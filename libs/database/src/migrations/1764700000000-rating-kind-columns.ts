import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A QUICK rating carries no U1..U9 answer at all (the first constraint only said U1), and an IKM
 * rating no quick score (already checked). With both guaranteed, the aggregation sums each
 * column plainly (sum(u3), count(score)) instead of filtering every aggregate on the kind, which
 * made a full-period recompute almost twice as slow as the plain GROUP BY.
 */
export class RatingKindColumns1764700000000 implements MigrationInterface {
  name = 'RatingKindColumns1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE public_rating ADD CONSTRAINT public_rating_quick_no_answers CHECK (kind <> 'QUICK' OR num_nonnulls(u1, u2, u3, u4, u5, u6, u7, u8, u9) = 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE public_rating DROP CONSTRAINT public_rating_quick_no_answers`);
  }
}
