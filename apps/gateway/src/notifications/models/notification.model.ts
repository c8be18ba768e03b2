import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NotificationKindValue } from '@k360/database';
import { graphqlEnum } from '../../common/graphql-enum';
import type { ValueOf } from '../../common/names';

export const NotificationKind = graphqlEnum(
  'NotificationKind',
  ['REVIEW_WAITING', 'NOMINATION_TO_DECIDE', 'ROUND_READY_TO_CLOSE', 'DEADLINE_SOON', 'NOMINATION_DECIDED', 'SATISFACTION_LOW'] as const,
  'What waits for the recipient: a review to write, a nomination to decide, a round to close, a review deadline soon (for a reviewer: their review; for a supervisor: a round of theirs not ready to close), news that the supervisor decided a peer they nominated, or (for a unit head) a run of bad citizen ratings at a service point of their unit tree.',
);
export type NotificationKind = ValueOf<typeof NotificationKind>;

@ObjectType({ description: 'An in-app reminder to the caller (issue 14).' })
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: NotificationKindValue;
  @Field({ description: 'The reminder in Bahasa Indonesia.' }) message: string;
  @Field(() => ID, { nullable: true, description: 'The round it is about.' }) roundId: string | null;
  @Field(() => ID, { nullable: true, description: 'The reviewer seat or nomination it is about.' }) assignmentId: string | null;
  @Field(() => ID, { nullable: true }) periodId: string | null;
  @Field(() => ID, { nullable: true, description: 'The service point it is about (SATISFACTION_LOW).' }) servicePointId: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}

@ObjectType({ description: 'A page of the caller’s notifications, newest first.' })
export class NotificationPage {
  @Field(() => [Notification]) nodes: Notification[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page (null: no rows).' }) endCursor: string | null;
  @Field() hasNextPage: boolean;
}
