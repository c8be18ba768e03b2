import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  CoreValueKey,
  HasilKerjaSourceValue,
  IndicatorSourceValue,
  KpiAggregation,
  KpiDirection,
  PeriodIndicatorOutcome,
  PredikatValue,
  RatingValue,
  ReviewSourceValue,
} from '@k360/scoring';
import { Aggregation, Direction, IndicatorSource } from '../../work-plans/models/enums';
import { CoreValue, HasilKerjaSource, IndicatorOutcome, Predikat, Rating, ReviewSource, SourceStatus } from './enums';

// Properties are typed with the stored values (ResultsRepository); GraphQL shows the enums of ./enums.

@ObjectType({ description: 'A 95% confidence interval (Student t) on the 0–100 score scale.' })
export class ConfidenceInterval {
  @Field(() => Float) low: number;
  @Field(() => Float) high: number;
}

@ObjectType({ description: 'One source of the 360° result. Scores are full precision; round for display.' })
export class SourceScore {
  @Field(() => ReviewSource) source: ReviewSourceValue;
  @Field(() => Int) count: number;
  @Field(() => Float, { nullable: true }) mean: number | null;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => Float, { description: 'The renormalised weight; 0 when the source did not count.' }) weight: number;
  @Field() counted: boolean;
  @Field(() => Float, { nullable: true, description: 'Standard deviation of the reviewers’ (or respondents’) means.' }) sd: number | null;
  @Field(() => ConfidenceInterval, { nullable: true }) ci95: ConfidenceInterval | null;
  @Field(() => Int, { description: 'The fewest inputs the source needs before any figure of it is shown (anonymity, policy minimum).' })
  minimum: number;
  @Field(() => SourceStatus) status: SourceStatus;
}

@ObjectType({
  description:
    'Self versus others for one BerAKHLAK value, mean item scores 1–5. Others: the mean of the disclosed SUPERVISOR, PEER and SUBORDINATE means (each source one voice); a source below its anonymity minimum is left out.',
})
export class ValueGap {
  @Field(() => CoreValue) value: CoreValueKey;
  @Field(() => Float, { nullable: true, description: 'Null without a self-review.' }) self: number | null;
  @Field(() => Float, { nullable: true, description: 'Null when no other source is disclosed for the value.' }) others: number | null;
  @Field(() => Float, { nullable: true, description: 'self − others; null unless both exist.' }) gap: number | null;
}

@ObjectType({ description: 'One indicator of the agreed work plan as hasil kerja counted it over the round’s period. Full precision.' })
export class HasilKerjaIndicatorResult {
  @Field(() => ID) indicatorId: string;
  @Field(() => ID) workPlanId: string;
  @Field(() => Int) year: number;
  @Field() name: string;
  @Field() unit: string;
  @Field(() => IndicatorSource) source: IndicatorSourceValue;
  @Field(() => Aggregation) aggregation: KpiAggregation;
  @Field(() => Direction) direction: KpiDirection;
  @Field(() => Float) weight: number;
  @Field(() => Float, { description: 'Share of hasilKerjaScore (sums to 1 over the indicators that count); 0 when left out.' })
  effectiveWeight: number;
  @Field(() => Float) annualTarget: number;
  @Field(() => Float, { description: 'SUM: annual target × months / 12; AVERAGE and LAST: the annual target.' }) periodTarget: number;
  @Field(() => Float, { nullable: true, description: 'The verified months aggregated; null when none counted.' }) realisation:
    number | null;
  @Field(() => [String], { description: 'The months (YYYY-MM) that counted.' }) monthsCounted: string[];
  @Field(() => Float, { nullable: true, description: 'After the cap; 0 when not reported; null for no data.' }) capaian: number | null;
  @Field() capped: boolean;
  @Field(() => IndicatorOutcome) outcome: PeriodIndicatorOutcome;
}

@ObjectType({ description: 'What the scoring worker computed for a closed round.' })
export class RoundResult {
  @Field(() => Float, { nullable: true, description: '0–100; null when no source counted.' }) perilakuScore: number | null;
  @Field(() => Rating, { nullable: true }) perilakuRating: RatingValue | null;
  @Field(() => Float, { nullable: true, description: '0–100 from KPI capaian; null when there is no KPI data.' }) hasilKerjaScore:
    number | null;
  @Field(() => Rating) hasilKerjaRating: RatingValue;
  @Field(() => HasilKerjaSource, {
    description: 'KPI: computed from the agreed work plan (or overridden, see overrideReason); SUPERVISOR: the supervisor’s rating.',
  })
  hasilKerjaSource: HasilKerjaSourceValue;
  @Field(() => String, {
    nullable: true,
    description: 'Why the supervisor overrode the rating computed from KPI data; null without an override.',
  })
  overrideReason: string | null;
  @Field(() => [HasilKerjaIndicatorResult], {
    description: 'The indicators hasilKerjaScore was computed from; empty without an agreed plan.',
  })
  hasilKerjaIndicators: HasilKerjaIndicatorResult[];
  @Field(() => Predikat, { nullable: true, description: 'Null only when no perilaku source counted.' }) predikat: PredikatValue | null;
  @Field(() => [SourceScore]) sources: SourceScore[];
  @Field() policyCode: string;
  @Field() computedAt: Date;
}
