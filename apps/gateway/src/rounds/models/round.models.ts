import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { AssignmentStateValue, PeriodKindValue, RoundStatusValue } from '@k360/database';
import type { CoreValueKey, RatingValue, ReviewerSourceValue } from '@k360/scoring';
import { PageInfo } from '../../organisation/models/employee.model';
import { AssignmentState, CoreValue, PeriodKind, Rating, ReviewerRelation, RoundStatus } from './enums';

// Properties are typed with the stored values (the repositories' records, libs/database); GraphQL
// shows them as the enums registered in ./enums, which have the same members.

@ObjectType({ description: 'A periode penilaian: monthly, quarterly or annual.' })
export class Period {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => PeriodKind) kind: PeriodKindValue;
  @Field({ description: 'YYYY-MM-DD' }) startsOn: string;
  @Field({ description: 'YYYY-MM-DD' }) endsOn: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last day for reviews (agency time zone), or null.' })
  reviewDeadline: string | null;
  agencyId: string;
}

@ObjectType()
export class InstrumentItem {
  @Field(() => CoreValue) value: CoreValueKey;
  @Field() name: string;
  @Field() description: string;
  @Field(() => [String], { description: 'Behaviour anchors for scores 1 to 5.' }) anchors: string[];
}

@ObjectType({ description: 'A version of the BerAKHLAK instrument; a round keeps the version it opened with.' })
export class InstrumentVersion {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => [InstrumentItem]) items: InstrumentItem[];
  @Field() publishedAt: Date;
}

@ObjectType()
export class ValueScore {
  @Field(() => CoreValue) value: CoreValueKey;
  @Field(() => Int) score: number;
}

@ObjectType({ description: 'A submitted review (the current revision).' })
export class Review {
  @Field(() => ID) id: string;
  @Field(() => ID) roundId: string;
  @Field(() => ReviewerRelation) relation: ReviewerSourceValue;
  @Field(() => Int) revision: number;
  @Field(() => [ValueScore]) scores: ValueScore[];
  @Field(() => String, { nullable: true }) strengths: string | null;
  @Field(() => String, { nullable: true }) improvements: string | null;
  @Field() submittedAt: Date;
}

@ObjectType({
  description:
    'A peer asked to review an employee, as the employee sees it: who and whether the supervisor approved, never whether they have submitted.',
})
export class PeerNomination {
  @Field(() => ID) id: string;
  @Field(() => ID) reviewerId: string;
  @Field() reviewerName: string;
  @Field() reviewerPosition: string;
  @Field(() => AssignmentState) state: AssignmentStateValue;
  @Field({ description: 'True when the caller nominated this peer (else the supervisor did).' }) nominatedByMe: boolean;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'A colleague the caller may nominate as a peer reviewer: name, position and unit only.' })
export class Colleague {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() position: string;
  @Field() unitName: string;
}

@ObjectType({ description: 'Who reviews an employee in a round, and whether they have submitted.' })
export class ReviewerAssignment {
  @Field(() => ID) id: string;
  @Field(() => ID) roundId: string;
  @Field(() => ID) reviewerId: string;
  @Field(() => ReviewerRelation) relation: ReviewerSourceValue;
  @Field(() => AssignmentState) state: AssignmentStateValue;
  @Field() submitted: boolean;
  @Field() createdAt: Date;
}

@ObjectType()
export class RoundProgress {
  @Field() supervisorSubmitted: boolean;
  @Field(() => Int) peersApproved: number;
  @Field(() => Int, { nullable: true, description: 'Null for the employee and their reporting line while below the anonymity minimum.' })
  peersSubmitted: number | null;
  @Field(() => Int) nominationsPending: number;
  @Field(() => Int) subordinatesApproved: number;
  @Field(() => Int, { nullable: true, description: 'Null for the employee and their reporting line while below the anonymity minimum.' })
  subordinatesSubmitted: number | null;
  @Field() selfSubmitted: boolean;
}

@ObjectType({ description: 'Comments of one reviewer, without their name.' })
export class AnonymousComment {
  @Field(() => String, { nullable: true }) strengths: string | null;
  @Field(() => String, { nullable: true }) improvements: string | null;
}

@ObjectType({ description: 'What one relation said. Peer and subordinate comments appear only from the anonymity minimum on.' })
export class RelationFeedback {
  @Field(() => ReviewerRelation) relation: ReviewerSourceValue;
  @Field(() => Int, {
    nullable: true,
    description: 'How many submitted; for peers and subordinates null below the anonymity minimum, except for the supervisor and ADMIN.',
  })
  submitted: number | null;
  @Field({ description: 'False while fewer than the anonymity minimum submitted: comments are withheld.' }) commentsVisible: boolean;
  @Field(() => [AnonymousComment]) comments: AnonymousComment[];
}

@ObjectType({ description: 'A 360° evaluation round of one employee in one period.' })
export class EvaluationRound {
  @Field(() => ID) id: string;
  @Field(() => RoundStatus) status: RoundStatusValue;
  @Field({ description: 'The jabatan held when the round opened.' }) positionAtOpen: string;
  @Field(() => ID) unitIdAtOpen: string;
  @Field(() => Rating, { nullable: true }) hasilKerjaRating: RatingValue | null;
  @Field(() => String, { nullable: true }) overrideReason: string | null;
  @Field() openedAt: Date;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => GraphQLJSON, { description: 'The scoring policy snapshotted at opening.' }) policy: Record<string, unknown>;
  agencyId: string;
  employeeId: string;
  periodId: string;
  supervisorId: string | null;
  instrumentVersionId: string;
}

@ObjectType({ description: "A page of a period's rounds, ordered by employee name." })
export class EvaluationRoundConnection {
  @Field(() => [EvaluationRound]) nodes: EvaluationRound[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType({ description: "How far a period's rounds are (of the agency, or of one unit and the units below it)." })
export class PeriodProgress {
  @Field(() => ID) periodId: string;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => Int, { description: 'Rounds in the period (all statuses).' }) rounds: number;
  @Field(() => Int) draft: number;
  @Field(() => Int) open: number;
  @Field(() => Int) closed: number;
  @Field(() => Int) scored: number;
  @Field(() => Int, { description: 'Approved reviewer seats of those rounds (supervisor, peers, subordinates, self).' }) seats: number;
  @Field(() => Int, { description: 'Seats whose reviewer has submitted.' }) reviewsSubmitted: number;
}
