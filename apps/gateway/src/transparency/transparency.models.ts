import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PeriodKind } from '../rounds/models/enums';
import { FollowUpStatus } from '../service-satisfaction/models/follow-up.model';

@ObjectType({ description: 'A unit’s IKM in one period, over its service points’ stored aggregates.' })
export class TransparencyPeriod {
  @Field(() => ID) periodId: string;
  @Field() name: string;
  @Field(() => PeriodKind) kind: PeriodKind;
  @Field({ description: 'YYYY-MM-DD' }) startsOn: string;
  @Field({ description: 'YYYY-MM-DD' }) endsOn: string;
  @Field(() => Int, { description: 'Number of IKM questionnaires.' }) respondents: number;
  @Field(() => Float, { nullable: true, description: '1–4' }) ikm: number | null;
  @Field(() => Float, { nullable: true, description: '25–100, full precision' }) ikmConverted: number | null;
  @Field(() => String, { nullable: true, description: 'A–D' }) mutu: string | null;
  @Field(() => String, { nullable: true }) kinerja: string | null;
}

@ObjectType({ description: 'A unit with rated service points: its latest IKM and the trend of its last periods.' })
export class TransparencyUnit {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => TransparencyPeriod) latest: TransparencyPeriod;
  @Field(() => [TransparencyPeriod], { description: 'The last periods with ratings, oldest first (the latest is last).' })
  trend: TransparencyPeriod[];
}

@ObjectType({ description: 'A published follow-up action: what, against which element, when, and where it stands (no owner).' })
export class PublicFollowUpAction {
  @Field(() => ID) id: string;
  @Field() servicePointName: string;
  @Field() unitName: string;
  @Field() periodName: string;
  @Field() elementCode: string;
  @Field() elementName: string;
  @Field() action: string;
  @Field(() => FollowUpStatus) status: FollowUpStatus;
  @Field({ description: 'YYYY-MM-DD' }) dueOn: string;
}

@ObjectType({
  description:
    'What the public may see of an agency’s service satisfaction (PermenPANRB 14/2017): each unit’s IKM, mutu and trend, and the published follow-up plan. No staff names, no comments, no respondent data.',
})
export class PublicTransparency {
  @Field(() => ID) agencyId: string;
  @Field() agencyName: string;
  @Field(() => [TransparencyUnit], { description: 'By unit name.' }) units: TransparencyUnit[];
  @Field(() => [PublicFollowUpAction]) followUps: PublicFollowUpAction[];
  @Field({ description: 'When this answer was computed (answers are cached for PUBLIC_CACHE_SECONDS).' }) generatedAt: Date;
}
