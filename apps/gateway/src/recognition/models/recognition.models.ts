import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AwardGap, CoreValueKey, PredikatValue, ReviewSourceValue } from '@k360/scoring';
import { CoreValue, Predikat, ReviewSource } from '../../rounds/models/enums';

@ObjectType({ description: 'A source that put an award candidate there: counted and disclosed, with its score (0–100, full precision).' })
export class AwardReason {
  @Field(() => ReviewSource) source: ReviewSourceValue;
  @Field(() => Int) count: number;
  @Field(() => Float) score: number;
  @Field(() => Float, { description: 'The renormalised weight it had in the perilaku score.' }) weight: number;
}

@ObjectType({ description: 'An award candidate of a period in a unit tree: a scored round meeting the minimum evidence rule.' })
export class AwardCandidate {
  @Field(() => Int, { description: '1 = best.' }) rank: number;
  @Field(() => ID) roundId: string;
  @Field(() => ID) employeeId: string;
  @Field() employeeName: string;
  @Field() employeeNip: string;
  @Field({ description: 'The jabatan held when the round opened.' }) position: string;
  @Field() unitName: string;
  @Field(() => Predikat) predikat: PredikatValue;
  @Field(() => Float) perilakuScore: number;
  @Field(() => Float, { nullable: true }) hasilKerjaScore: number | null;
  @Field(() => [AwardReason]) reasons: AwardReason[];
}

@ObjectType({ description: 'The minimum evidence an award candidate’s round carries (libs/scoring AWARD_EVIDENCE_RULE).' })
export class AwardEvidenceRule {
  @Field() requireSupervisor: boolean;
  @Field(() => Int) minPeers: number;
  @Field() requirePublic: boolean;
  @Field(() => [Predikat]) predikat: PredikatValue[];
}

@ObjectType()
export class AwardCandidates {
  @Field(() => AwardEvidenceRule) rule: AwardEvidenceRule;
  @Field(() => Int, { description: 'Scored rounds looked at in the unit tree.' }) roundsConsidered: number;
  @Field(() => Int, { description: 'Of them, those meeting the evidence rule (candidates beyond the limit included).' }) eligible: number;
  @Field(() => [AwardCandidate]) candidates: AwardCandidate[];
}

@ObjectType({ description: 'A course of the agency’s training catalogue.' })
export class TrainingCourse {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() provider: string;
  @Field(() => CoreValue) coreValue: CoreValueKey;
  @Field(() => String, { nullable: true, description: 'A KPI indicator name the course also serves (matched case-insensitively).' })
  indicator: string | null;
  @Field(() => Float) hours: number;
  @Field() active: boolean;
  @Field() updatedAt: Date;
}

@ObjectType({ description: 'A BerAKHLAK value the others scored below the threshold.' })
export class WeakValue {
  @Field(() => CoreValue) value: CoreValueKey;
  @Field(() => Float, { description: 'The disclosed others’ mean item score, 1–5.' }) mean: number;
  @Field(() => Float, { description: 'The same on 0–100.' }) score: number;
}

@ObjectType()
export class CourseSuggestion {
  @Field(() => TrainingCourse) course: TrainingCourse;
  @Field(() => CoreValue, { description: 'The weak value it serves.' }) value: CoreValueKey;
  @Field(() => String, { nullable: true, description: 'The employee’s indicator below target the course names, if any.' })
  indicatorMatched: string | null;
}

@ObjectType({ description: 'An employee whose lowest BerAKHLAK values fall below the threshold, with the catalogue courses for them.' })
export class TrainingSuggestion {
  @Field(() => ID) roundId: string;
  @Field(() => ID) employeeId: string;
  @Field() employeeName: string;
  @Field() employeeNip: string;
  @Field() position: string;
  @Field() unitName: string;
  @Field(() => [WeakValue]) weakValues: WeakValue[];
  @Field(() => [CourseSuggestion], { description: 'Empty when the catalogue has no active course for these values.' })
  courses: CourseSuggestion[];
}

@ObjectType()
export class TrainingSuggestions {
  @Field(() => Float, { description: 'A value is weak below this score (0–100).' }) threshold: number;
  @Field(() => Int, { description: 'At most this many values per employee.' }) maxValues: number;
  @Field(() => Int) roundsConsidered: number;
  @Field(() => [TrainingSuggestion]) employees: TrainingSuggestion[];
}

export type AwardGapCode = AwardGap;
