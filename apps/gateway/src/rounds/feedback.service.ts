import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ARCAMANIK_360_V1 } from '@k360/scoring';
import { ReviewerRelation } from './models/enums';
import { EvaluationRound, RelationFeedback } from './models/round.models';

const RELATIONS = [ReviewerRelation.SUPERVISOR, ReviewerRelation.PEER, ReviewerRelation.SUBORDINATE, ReviewerRelation.SELF];

/**
 * The comments an employee sees about themself, per relation, never with names. Peer and
 * subordinate comments appear only when at least the policy's anonymity minimum (default 3) of
 * that relation submitted, and in an order unrelated to who wrote them.
 */
@Injectable()
export class FeedbackService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async forRound(round: EvaluationRound): Promise<RelationFeedback[]> {
    const min = Number((round.policy as { anonymityMin?: number }).anonymityMin ?? ARCAMANIK_360_V1.anonymityMin);
    const rows: Array<{ relation: string; strengths: string | null; improvements: string | null }> = await this.ds.query(
      `SELECT relation, strengths, improvements FROM current_review WHERE round_id = $1 ORDER BY md5(id::text)`,
      [round.id],
    );
    return RELATIONS.map((relation) => {
      const mine = rows.filter((r) => r.relation === relation);
      const anonymous = relation === ReviewerRelation.PEER || relation === ReviewerRelation.SUBORDINATE;
      const commentsVisible = !anonymous || mine.length >= min;
      return {
        relation,
        submitted: mine.length,
        commentsVisible,
        comments: commentsVisible
          ? mine.filter((r) => r.strengths || r.improvements).map((r) => ({ strengths: r.strengths, improvements: r.improvements }))
          : [],
      };
    });
  }
}
