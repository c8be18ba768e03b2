import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { normaliseText } from '@k360/organisation';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsNumber, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { PolicySource } from '../models/enums';

// Shapes only: the ranges and their relations are libs/scoring's policy-rules.ts (one home per
// rule), checked by ScoringPoliciesService, which answers every broken rule at once.

const text = ({ value }: { value: unknown }) => {
  const v = normaliseText(value);
  return typeof v === 'string' ? v.trim() : v;
};
const finite = { allowNaN: false, allowInfinity: false };

@InputType()
export class PolicySourceRuleInput {
  @Field(() => PolicySource) @IsEnum(PolicySource) source: PolicySource;
  @Field(() => Float, { description: '0 to 100, relative (renormalised over the sources that counted).' }) @IsNumber(finite) weight: number;
  @Field(() => Int, { description: '1 or more; PEER and SUBORDINATE at least anonymityMin.' }) @IsInt() minCount: number;
}

@InputType()
export class RatingThresholdsInput {
  @Field(() => Float) @IsNumber(finite) diAtas: number;
  @Field(() => Float) @IsNumber(finite) sesuai: number;
}

@InputType()
export class PublishScoringPolicyInput {
  @Field({ description: 'The policy’s name without version, A–Z 0–9 _ (e.g. KEC_ARCAMANIK_360); the version is appended as _V<n>.' })
  @Transform(text)
  @IsString()
  @MaxLength(100)
  code: string;
  @Field(() => [PolicySourceRuleInput], { description: 'SUPERVISOR, PEER, PUBLIC and SUBORDINATE, each once.' })
  @ArrayMinSize(4)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => PolicySourceRuleInput)
  sources: PolicySourceRuleInput[];
  @Field(() => RatingThresholdsInput, { description: 'Perilaku: 0 < sesuai < diAtas ≤ 100.' })
  @ValidateNested()
  @Type(() => RatingThresholdsInput)
  perilaku: RatingThresholdsInput;
  @Field(() => RatingThresholdsInput, { description: 'Hasil kerja: 0 < sesuai < diAtas ≤ 100 × capaianCap.' })
  @ValidateNested()
  @Type(() => RatingThresholdsInput)
  hasilKerja: RatingThresholdsInput;
  @Field(() => Float, { description: '1 to 2 (default 1.2).' }) @IsNumber(finite) capaianCap: number;
  @Field(() => Int, { description: '3 or more (the project default is 3).' }) @IsInt() anonymityMin: number;
  @Field({ description: 'Why the policy changes, 5–2000 characters (kept with the version and in the audit log).' })
  @Transform(text)
  @IsString()
  @Length(5, 2000)
  reason: string;
}
