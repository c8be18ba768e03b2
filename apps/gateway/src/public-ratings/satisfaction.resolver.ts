import { Args, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators';
import { PeriodKind } from '../rounds/models/enums';
import { SatisfactionService } from './satisfaction.service';

@ObjectType()
export class ElementScore {
  @Field({ description: 'U1..U9' }) code: string;
  @Field() name: string;
  @Field(() => Float, { description: 'Nilai rata-rata (mean answer, 1–4).' }) nrr: number;
}

@ObjectType({ description: 'The latest satisfaction aggregate the worker wrote for a service point and period.' })
export class SatisfactionSummary {
  @Field(() => Int) respondents: number;
  @Field(() => [ElementScore]) elements: ElementScore[];
  @Field(() => Float, { nullable: true, description: '1–4' }) ikm: number | null;
  @Field(() => Float, { nullable: true, description: '25–100' }) ikmConverted: number | null;
  @Field(() => String, { nullable: true, description: 'A–D' }) mutu: string | null;
  @Field(() => String, { nullable: true, description: 'Sangat Baik, Baik, Kurang Baik, Tidak Baik' }) kinerja: string | null;
  @Field(() => Int) quickCount: number;
  @Field(() => Float, { nullable: true }) quickMean: number | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@ObjectType({ description: 'One period of a service point’s published satisfaction (the aggregate the worker wrote).' })
export class PublicSatisfactionPeriod {
  @Field(() => ID) periodId: string;
  @Field({ description: 'The period’s name, e.g. "Triwulan III 2026".' }) name: string;
  @Field(() => PeriodKind) kind: PeriodKind;
  @Field({ description: 'YYYY-MM-DD' }) startsOn: string;
  @Field({ description: 'YYYY-MM-DD' }) endsOn: string;
  @Field(() => Int, { description: 'IKM questionnaires (nine elements) received in the period.' }) respondents: number;
  @Field(() => Float, { nullable: true, description: '1–4' }) ikm: number | null;
  @Field(() => Float, { nullable: true, description: '25–100, full precision: round half away from zero to 2 decimals to show it.' })
  ikmConverted: number | null;
  @Field(() => String, { nullable: true, description: 'A–D' }) mutu: string | null;
  @Field(() => String, { nullable: true, description: 'Sangat Baik, Baik, Kurang Baik, Tidak Baik' }) kinerja: string | null;
  @Field(() => [ElementScore], { description: 'NRR of U1..U9 in order, official element names; elements without answers are left out.' })
  elements: ElementScore[];
  @Field(() => [String], { description: 'Code(s) of the element(s) with the lowest NRR (all of them on a tie), in U order.' })
  weakest: string[];
  @Field(() => Int, { description: 'One-tap (QUICK) ratings; they never enter the IKM.' }) quickCount: number;
  @Field(() => Float, { nullable: true, description: 'Mean QUICK score, 1–4.' }) quickMean: number | null;
  @Field({ description: 'When the worker last wrote this aggregate.' }) updatedAt: Date;
}

@ObjectType({
  description: 'What the public may see of a service point’s satisfaction survey (PermenPANRB 14/2017): no staff, no comments.',
})
export class PublicServicePointSatisfaction {
  @Field(() => ID) servicePointId: string;
  @Field() servicePointName: string;
  @Field() unitName: string;
  @Field() agencyName: string;
  @Field(() => [PublicSatisfactionPeriod], {
    description: 'Periods with at least one rating, newest first (latest start, then latest end), at most 8.',
  })
  periods: PublicSatisfactionPeriod[];
}

@Resolver(() => SatisfactionSummary)
export class SatisfactionResolver {
  constructor(private readonly satisfaction: SatisfactionService) {}

  @Roles('ADMIN')
  @Mutation(() => Int, {
    description:
      'ADMIN: recomputes the IKM of every active service point of the agency for a period (one aggregation job: one GROUP BY, one upsert; see queueCounts / failedJobs); returns the number of service points it covers.',
  })
  recomputeSatisfaction(@CurrentActor() actor: Actor, @Args('periodId', { type: () => ID }) periodId: string): Promise<number> {
    return this.satisfaction.recompute(actor, periodId);
  }

  @Public()
  @Query(() => SatisfactionSummary, { description: 'Public: the IKM of a service point in a period (zero respondents until rated).' })
  servicePointSatisfaction(
    @Args('servicePointId', { type: () => ID }) servicePointId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<SatisfactionSummary> {
    return this.satisfaction.servicePointSatisfaction(servicePointId, periodId);
  }

  @Public()
  @Query(() => PublicServicePointSatisfaction, {
    nullable: true,
    description:
      'Public (PermenPANRB 14/2017 publication): a live service point’s name, unit and agency and its stored IKM per period, newest first, at most 8. Nothing about staff, comments or respondents. BAD_USER_INPUT for a malformed id; NOT_FOUND for an unknown or archived service point.',
  })
  publicServicePointSatisfaction(
    @Args('servicePointId', { type: () => ID }) servicePointId: string,
  ): Promise<PublicServicePointSatisfaction> {
    return this.satisfaction.publicServicePointSatisfaction(servicePointId);
  }
}
