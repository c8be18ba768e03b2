import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PredikatValue, RatingValue } from '@k360/scoring';
import type { RoundStatusValue } from '@k360/database';
import { PageInfo } from '../../organisation/models/employee.model';
import { Predikat, Rating, ReviewerRelation, RoundStatus } from '../../rounds/models/enums';
import { SourceScore } from '../../rounds/models/round-result.model';

@ObjectType({ description: 'A reviewer who has not submitted yet, and whose round it is (to nudge them).' })
export class PendingReviewer {
  @Field(() => ID) roundId: string;
  @Field(() => ID) reviewerId: string;
  @Field() reviewerName: string;
  @Field(() => ReviewerRelation) relation: string;
  @Field(() => ID) employeeId: string;
  @Field({ description: 'The name of the employee whose round it is.' }) employeeName: string;
}

@ObjectType({
  description:
    'One person of a team dashboard: their round in the period and what the caller may see of it (round-disclosure.ts). Never a per-reviewer score.',
})
export class TeamDashboardRow {
  @Field(() => ID) roundId: string;
  @Field(() => ID) employeeId: string;
  @Field() employeeName: string;
  @Field() employeeNip: string;
  @Field({ description: 'The position held when the round opened.' }) position: string;
  @Field(() => ID, { description: 'The unit the round opened in.' }) unitId: string;
  @Field() unitName: string;
  @Field(() => RoundStatus) status: RoundStatusValue;
  @Field({ description: 'True when the caller manages the round (its supervisor, or ADMIN); false for a reporting line or unit head.' })
  managed: boolean;
  @Field(() => Int, { description: 'Approved reviewer seats (supervisor, peers, subordinates, self).' }) reviewsExpected: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Seats whose reviewer submitted; null when it would tell a peer or subordinate count below the anonymity minimum.',
  })
  reviewsSubmitted: number | null;
  @Field(() => Float, { nullable: true, description: 'Null until scored, or when withheld.' }) perilakuScore: number | null;
  @Field(() => Rating, { nullable: true }) perilakuRating: RatingValue | null;
  @Field(() => Float, { nullable: true }) hasilKerjaScore: number | null;
  @Field(() => Rating, { nullable: true }) hasilKerjaRating: RatingValue | null;
  @Field(() => Predikat, { nullable: true, description: 'Null until scored ("belum dinilai"), or when withheld.' })
  predikat: PredikatValue | null;
  @Field(() => [SourceScore], { description: 'Per source, as disclosed (no figure below a source minimum); empty until scored.' })
  sources: SourceScore[];
  @Field(() => [PendingReviewer], { description: 'Who has not submitted yet in an open round, as disclosed to the caller.' })
  pendingReviewers: PendingReviewer[];
}

@ObjectType({ description: "A page of a team dashboard's rows, by employee name." })
export class TeamDashboardRowConnection {
  @Field(() => [TeamDashboardRow]) nodes: TeamDashboardRow[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType({ description: 'How many people of the dashboard have a predikat; predikat null: belum dinilai.' })
export class PredikatCount {
  @Field(() => Predikat, { nullable: true }) predikat: PredikatValue | null;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Totals over every row of the dashboard (all pages).' })
export class TeamDashboardTotals {
  @Field(() => Int) people: number;
  @Field(() => Int) draft: number;
  @Field(() => Int) open: number;
  @Field(() => Int) closed: number;
  @Field(() => Int) scored: number;
  @Field(() => Int, { description: 'Seats of the rows whose submitted count is shown.' }) reviewsExpected: number;
  @Field(() => Int, { description: 'Submitted reviews of the rows whose submitted count is shown.' }) reviewsSubmitted: number;
  @Field(() => Int, { description: 'Rows whose submitted count is withheld (anonymity), left out of the two sums.' })
  rowsWithHiddenCounts: number;
}

@ObjectType({ description: 'A unit the caller may filter the dashboard by, with its path from the agency root.' })
export class TeamUnitChoice {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() path: string;
}

@ObjectType({
  description:
    "The team dashboard of a period: a SUPERVISOR's direct reports and everyone in the units they head (UnitsRepository.headedUnitTree), or the agency (ADMIN).",
})
export class TeamDashboard {
  @Field(() => ID) periodId: string;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => TeamDashboardRowConnection) rows: TeamDashboardRowConnection;
  @Field(() => [PredikatCount], { description: 'Every predikat (and belum dinilai), in a fixed order, over all rows.' })
  predikatDistribution: PredikatCount[];
  @Field(() => [PendingReviewer], { description: 'Reviewers who have not submitted yet in open rounds, over all rows, as disclosed.' })
  waitingReviewers: PendingReviewer[];
  @Field(() => TeamDashboardTotals) totals: TeamDashboardTotals;
  @Field(() => [TeamUnitChoice], { description: 'Units the caller may pick: every live unit (ADMIN), the units they head, or none.' })
  unitChoices: TeamUnitChoice[];
}
