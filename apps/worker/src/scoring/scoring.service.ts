import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HasilKerjaService, ResultsRepository, RoundsRepository } from '@k360/database';
import { computeRoundResult, ReviewerInput, ReviewerSourceValue, ScoringPolicy } from '@k360/scoring';

export type ScoreOutcome = 'scored' | 'not-closed' | 'stale';

/**
 * Turns a closed round's facts into its result. Aggregation happens in SQL (per-reviewer means,
 * per-element sums of the public ratings attributed to the employee in the period; both in
 * ResultsRepository); the policy is the one snapshotted when the round opened. Hasil kerja comes
 * from HasilKerjaService (the employee's agreed plan over the period, the same computation closeRound
 * used): KPI when the plan gives a score, and then the computed rating stands unless the supervisor
 * overrode it with a reason at close; otherwise SUPERVISOR, the rating given at close. Writing the result
 * and moving the round to SCORED happen in one transaction; running it again gives the same row.
 */
@Injectable()
export class ScoringService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly rounds: RoundsRepository,
    private readonly results: ResultsRepository,
    private readonly hasilKerja: HasilKerjaService,
  ) {}

  async scoreRound(roundId: string, closeCount: number): Promise<ScoreOutcome> {
    return this.ds.transaction(async (m) => {
      const round = await this.rounds.lockForScoring(roundId, m);
      if (!round || (round.status !== 'CLOSED' && round.status !== 'SCORED')) return 'not-closed';
      // A job of an earlier close (before a reopen) must not write over a later one.
      if (round.closeCount !== closeCount) return 'stale';

      const reviewerMeans = await this.results.reviewerMeans(roundId, m);
      const reviewers: Partial<Record<ReviewerSourceValue, ReviewerInput[]>> = {};
      for (const r of reviewerMeans) (reviewers[r.relation] ??= []).push({ mean: r.mean });

      const pub = await this.results.publicRatingAggregates(round.employeeId, round.startsAt, round.endsAt, m);
      const policy = round.policy as unknown as ScoringPolicy;
      const subject = await this.results.roundSubject(roundId, m);
      if (!subject) return 'not-closed';
      const hk = await this.hasilKerja.forPeriod(policy, subject, m);
      // KPI: the computed rating, or the supervisor's where they overrode it (a reason is stored only
      // then). SUPERVISOR: the rating given at close (closeRound requires one without KPI data).
      const overrideReason = hk.source === 'KPI' ? subject.overrideReason : null;
      const hasilKerjaOverride = hk.source === 'KPI' ? (overrideReason ? round.hasilKerjaRating : null) : round.hasilKerjaRating;
      const result = computeRoundResult(policy, {
        reviewers,
        publicRatings: pub.respondents
          ? { aggregates: { respondents: pub.respondents, elements: pub.elements }, respondentMeans: pub.respondentMeans }
          : null,
        kpi: hk.kpi,
        hasilKerjaOverride,
      });
      await this.results.save(
        {
          roundId,
          policyCode: policy.code,
          perilakuScore: result.perilakuScore,
          perilakuRating: result.perilakuRating,
          hasilKerjaScore: result.hasilKerjaScore,
          hasilKerjaRating: result.hasilKerjaRating,
          hasilKerjaSource: hk.source,
          overrideReason,
          hasilKerjaIndicators: hk.indicators,
          predikat: result.predikat,
          sources: result.sources,
          watermark: {
            reviews: reviewerMeans.length,
            lastReviewAt: reviewerMeans.reduce<Date | null>((a, r) => (!a || r.submittedAt > a ? r.submittedAt : a), null),
            publicRespondents: pub.respondents,
            lastRatingAt: pub.lastReceivedAt,
          },
          closeCount,
        },
        m,
      );
      await this.rounds.markScored(roundId, m);
      return 'scored';
    });
  }
}
