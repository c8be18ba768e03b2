import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { PredikatValue, RatingValue, ReviewSourceValue } from '@k360/scoring';
import { Predikat, Rating, ReviewSource } from './enums';

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
}

@ObjectType({ description: 'What the scoring worker computed for a closed round.' })
export class RoundResult {
  @Field(() => Float, { nullable: true, description: '0–100; null when no source counted.' }) perilakuScore: number | null;
  @Field(() => Rating, { nullable: true }) perilakuRating: RatingValue | null;
  @Field(() => Float, { nullable: true, description: '0–100 from KPI capaian; null when there is no KPI data.' }) hasilKerjaScore:
    number | null;
  @Field(() => Rating) hasilKerjaRating: RatingValue;
  @Field(() => Predikat, { nullable: true, description: 'Null only when no perilaku source counted.' }) predikat: PredikatValue | null;
  @Field(() => [SourceScore]) sources: SourceScore[];
  @Field() policyCode: string;
  @Field() computedAt: Date;
}
