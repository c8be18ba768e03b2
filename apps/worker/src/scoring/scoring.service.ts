import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PERIOD_BOUNDS_SQL } from '@k360/database';
import { computeRoundResult, IKM_ELEMENT_CODES, IkmAggregates, RatingValue, ReviewerInput, ScoringPolicy } from '@k360/scoring';

export type ScoreOutcome = 'scored' | 'not-closed' | 'stale';

/**
 * Turns a closed round's facts into its result. Aggregation happens in SQL (per-reviewer means,
 * per-element sums of the public ratings attributed to the employee in the period); the policy is
 * the one snapshotted when the round opened. Writing the result and moving the round to SCORED
 * happen in one transaction; running it again gives the same row.
 */
@Injectable()
export class ScoringService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async scoreRound(roundId: string, closeCount: number): Promise<ScoreOutcome> {
    return this.ds.transaction(async (m) => {
      const [round] = await m.query(
        `SELECT r.id, r.status, r.employee_id, r.policy, r.hasil_kerja_rating, r.close_count, ${PERIOD_BOUNDS_SQL}
           FROM evaluation_round r JOIN period p ON p.id = r.period_id JOIN agency a ON a.id = p.agency_id WHERE r.id = $1 FOR UPDATE OF r`,
        [roundId],
      );
      if (!round || (round.status !== 'CLOSED' && round.status !== 'SCORED')) return 'not-closed';
      // A job of an earlier close (before a reopen) must not write over a later one.
      if (round.close_count !== closeCount) return 'stale';

      const reviewerRows: Array<{ relation: string; mean: number; items: number; last: Date }> = await m.query(
        `SELECT cr.relation, avg(s.score)::float8 AS mean, count(*)::int AS items, max(cr.submitted_at) AS last
           FROM current_review cr JOIN review_score s ON s.review_id = cr.id
          WHERE cr.round_id = $1
          GROUP BY cr.id, cr.relation`,
        [roundId],
      );
      const reviewers: Partial<Record<'SUPERVISOR' | 'PEER' | 'SUBORDINATE' | 'SELF', ReviewerInput[]>> = {};
      for (const r of reviewerRows) (reviewers[r.relation as 'PEER'] ??= []).push({ mean: r.mean });

      const sums = IKM_ELEMENT_CODES.map((c, i) => `sum(u${i + 1})::int AS "s_${c}", count(u${i + 1})::int AS "c_${c}"`).join(', ');
      const [pub] = await m.query(
        `SELECT count(*)::int AS respondents, ${sums},
                array_agg((u1 + u2 + u3 + u4 + u5 + u6 + u7 + u8 + u9) / 9.0) AS means, max(received_at) AS last
           FROM public_rating
          WHERE employee_id = $1 AND kind = 'IKM' AND submitted_at >= $2::timestamptz AND submitted_at < $3::timestamptz`,
        [round.employee_id, round.starts_at, round.ends_at],
      );
      const aggregates: IkmAggregates = {
        respondents: pub.respondents,
        elements: Object.fromEntries(IKM_ELEMENT_CODES.map((c) => [c, { sum: pub[`s_${c}`] ?? 0, count: pub[`c_${c}`] ?? 0 }])),
      };
      const policy = round.policy as ScoringPolicy;
      const result = computeRoundResult(policy, {
        reviewers,
        publicRatings: pub.respondents ? { aggregates, respondentMeans: (pub.means as string[]).map(Number) } : null,
        hasilKerjaOverride: round.hasil_kerja_rating as RatingValue,
      });
      const watermark = {
        reviews: reviewerRows.length,
        lastReviewAt: reviewerRows.reduce<Date | null>((a, r) => (!a || r.last > a ? r.last : a), null),
        publicRespondents: pub.respondents,
        lastRatingAt: pub.last,
      };
      await m.query(
        `INSERT INTO round_result (round_id, policy_code, perilaku_score, perilaku_rating, hasil_kerja_score, hasil_kerja_rating, predikat, sources, watermark, close_count, computed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
         ON CONFLICT (round_id) DO UPDATE SET policy_code = EXCLUDED.policy_code, perilaku_score = EXCLUDED.perilaku_score,
           perilaku_rating = EXCLUDED.perilaku_rating, hasil_kerja_score = EXCLUDED.hasil_kerja_score, hasil_kerja_rating = EXCLUDED.hasil_kerja_rating,
           predikat = EXCLUDED.predikat, sources = EXCLUDED.sources, watermark = EXCLUDED.watermark, close_count = EXCLUDED.close_count, computed_at = now()`,
        [
          roundId,
          policy.code,
          result.perilakuScore,
          result.perilakuRating,
          result.hasilKerjaScore,
          result.hasilKerjaRating,
          result.predikat,
          JSON.stringify(result.sources),
          JSON.stringify(watermark),
          closeCount,
        ],
      );
      await m.query(`UPDATE evaluation_round SET status = 'SCORED', scored_at = now() WHERE id = $1 AND status = 'CLOSED'`, [roundId]);
      return 'scored';
    });
  }
}
