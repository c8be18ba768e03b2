import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { FOLLOW_UP_STATUSES } from '@k360/scoring';
import { graphqlEnum } from '../../common/graphql-enum';
import type { ValueOf } from '../../common/names';
import { PeriodKind } from '../../rounds/models/enums';

export const FollowUpStatus = graphqlEnum('FollowUpStatus', FOLLOW_UP_STATUSES, 'Where an action of the follow-up plan stands.');
export type FollowUpStatus = ValueOf<typeof FollowUpStatus>;

@ObjectType({ description: 'A period as the follow-up plan names it.' })
export class FollowUpPeriod {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => PeriodKind) kind: PeriodKind;
  @Field({ description: 'YYYY-MM-DD' }) startsOn: string;
  @Field({ description: 'YYYY-MM-DD' }) endsOn: string;
}

@ObjectType({ description: 'An element (unsur) with its NRR in the plan’s period (null: not rated).' })
export class FollowUpElement {
  @Field({ description: 'U1..U9' }) code: string;
  @Field() name: string;
  @Field(() => Float, { nullable: true }) nrr: number | null;
}

@ObjectType({ description: 'What changed in the action’s element: its NRR in the plan’s period and in the next period of the same kind.' })
export class ElementChangeView {
  @Field(() => Float, { nullable: true }) nrrThisPeriod: number | null;
  @Field(() => Float, { nullable: true, description: 'Null until the next period of the same kind has ratings.' }) nrrNextPeriod:
    number | null;
  @Field(() => Float, { nullable: true, description: 'next − this; null unless both are known.' }) delta: number | null;
}

@ObjectType()
export class FollowUpOwner {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: 'One action of a follow-up plan (rencana tindak lanjut).' })
export class FollowUpAction {
  @Field(() => ID) id: string;
  @Field(() => ID) servicePointId: string;
  @Field(() => ID) periodId: string;
  @Field() elementCode: string;
  @Field() elementName: string;
  @Field() action: string;
  @Field(() => FollowUpOwner) owner: FollowUpOwner;
  @Field({ description: 'YYYY-MM-DD' }) dueOn: string;
  @Field(() => FollowUpStatus) status: FollowUpStatus;
  @Field({ description: 'Published actions appear on the public transparency page (without the owner).' }) published: boolean;
  @Field(() => ElementChangeView) change: ElementChangeView;
  @Field() updatedAt: Date;
}

@ObjectType({ description: 'The follow-up plan of a service point for a period, with the weakest elements suggested.' })
export class FollowUpPlan {
  @Field(() => ID, { description: 'The agency (its public transparency page is /transparansi/<agencyId>).' }) agencyId: string;
  @Field(() => ID) servicePointId: string;
  @Field() servicePointName: string;
  @Field(() => FollowUpPeriod) period: FollowUpPeriod;
  @Field(() => FollowUpPeriod, { nullable: true, description: 'The next period of the same kind (null: none yet).' })
  nextPeriod: FollowUpPeriod | null;
  @Field(() => [FollowUpElement], { description: 'U1..U9 with their NRR in the period.' }) elements: FollowUpElement[];
  @Field(() => [FollowUpElement], { description: 'The weakest rated elements, lowest first (ties kept together).' })
  suggested: FollowUpElement[];
  @Field(() => [FollowUpAction], { description: 'Oldest first.' }) actions: FollowUpAction[];
}

@ObjectType({ description: 'A live service point the caller manages (unit head over their tree, ADMIN over the agency).' })
export class ManagedServicePoint {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
}
