import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { COMMENT_STATUSES } from '@k360/scoring';
import { graphqlEnum } from '../../common/graphql-enum';
import type { ValueOf } from '../../common/names';
import { PageInfo } from '../../organisation/models/employee.model';

export const CommentStatus = graphqlEnum(
  'CommentStatus',
  COMMENT_STATUSES,
  'OPEN until marked handled; HIDDEN (abusive, with a reason) while hidden.',
);
export type CommentStatus = ValueOf<typeof CommentStatus>;

export const RatingChannel = graphqlEnum('RatingChannel', ['LINK', 'KIOSK', 'TICKET'] as const, 'How a citizen rating arrived.');
export type RatingChannel = ValueOf<typeof RatingChannel>;

@ObjectType({
  description:
    'A citizen’s comment with its rating’s date, channel, service point and overall score: nothing about the respondent (no profile, no officer, no link or device).',
})
export class CitizenComment {
  @Field(() => ID, { description: 'The rating’s id.' }) id: string;
  @Field() submittedAt: Date;
  @Field(() => RatingChannel) channel: RatingChannel;
  @Field({ description: 'IKM (nine elements) or QUICK (one tap).' }) kind: string;
  @Field(() => Float, { description: 'Overall score 1–4: the mean of the nine answers, or the QUICK score.' }) overall: number;
  @Field() comment: string;
  @Field(() => ID) servicePointId: string;
  @Field() servicePointName: string;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => CommentStatus) status: CommentStatus;
  @Field(() => Date, { nullable: true }) handledAt: Date | null;
  @Field(() => String, { nullable: true }) handledNote: string | null;
  @Field(() => Date, { nullable: true }) hiddenAt: Date | null;
  @Field(() => String, { nullable: true }) hiddenReason: string | null;
}

@ObjectType({ description: 'A page of citizens’ comments, newest first.' })
export class CitizenCommentConnection {
  @Field(() => [CitizenComment]) nodes: CitizenComment[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
