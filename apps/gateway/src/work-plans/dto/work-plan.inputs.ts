import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { normaliseText } from '@k360/organisation';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Aggregation, Direction, IndicatorSource, RealisationDecision } from '../models/enums';

/** A report month: 'YYYY-MM'. */
export const MONTH_PATTERN = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
/** Plan years accepted (the table's CHECK is the same). */
export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;
/**
 * An indicator's annual target and weight: finite numbers above 0 (a target divides the
 * realisation; a weight of 0 would silently drop the indicator), below these bounds (the table's
 * CHECKs are the same). Checked by the service, which answers INVALID_TARGET / INVALID_WEIGHT.
 */
export const TARGET_MAX = 1e15;
export const WEIGHT_MAX = 1000;
/** A realisation value: a finite number ≥ 0, below this bound. */
export const VALUE_MAX = 1e15;

const text = ({ value }: { value: unknown }) => {
  const v = normaliseText(value);
  return typeof v === 'string' ? v.trim() : v;
};
const optionalText = ({ value }: { value: unknown }) => {
  const v = text({ value });
  return v === '' ? undefined : v;
};
const finite = { allowNaN: false, allowInfinity: false };

@InputType()
export class CreateWorkPlanInput {
  @Field(() => ID) @IsUUID() employeeId: string;
  @Field(() => Int) @IsInt() @Min(PLAN_YEAR_MIN) @Max(PLAN_YEAR_MAX) year: number;
}

@InputType({ description: 'The fields of an indicator (KPI) of a work plan.' })
export class IndicatorFieldsInput {
  @Field({ description: 'Nama indikator, 3–300 characters.' }) @Transform(text) @IsString() @Length(3, 300) name: string;
  @Field({ description: 'Satuan: dokumen, hari, persen, ...' }) @Transform(text) @IsString() @Length(1, 50) unit: string;
  @Field(() => Float, { description: 'Annual target, > 0.' }) @IsNumber(finite) target: number;
  @Field(() => Float, { description: 'Relative weight, > 0 (weights need not sum to 1 or 100).' }) @IsNumber(finite) weight: number;
  @Field(() => Direction) @IsEnum(Direction) direction: Direction;
  @Field(() => Aggregation) @IsEnum(Aggregation) aggregation: Aggregation;
  @Field(() => IndicatorSource) @IsEnum(IndicatorSource) source: IndicatorSource;
  @Field({ description: 'Measurement method: SURVEY, EVALUATION, DATA_ANALYSIS, PLATFORM_DATA, or a description (2–200 characters).' })
  @Transform(text)
  @IsString()
  @Length(2, 200)
  method: string;
}

@InputType()
export class AddIndicatorInput extends IndicatorFieldsInput {
  @Field(() => ID) @IsUUID() workPlanId: string;
}

@InputType({ description: 'Replaces every field of an indicator of a DRAFT plan.' })
export class UpdateIndicatorInput extends IndicatorFieldsInput {
  @Field(() => ID) @IsUUID() indicatorId: string;
}

@InputType()
export class ReviseWorkPlanInput {
  @Field(() => ID) @IsUUID() workPlanId: string;
  @Field({ description: 'Why the agreed plan changes, 5–2000 characters.' }) @Transform(text) @IsString() @Length(5, 2000) reason: string;
}

@InputType()
export class ReportRealisationInput {
  @Field(() => ID) @IsUUID() indicatorId: string;
  @Field({ description: 'YYYY-MM' }) @IsString() @Matches(MONTH_PATTERN, { message: 'month must be YYYY-MM' }) month: string;
  @Field(() => Float, { description: 'The month’s realisation, ≥ 0.' }) @IsNumber(finite) @Min(0) @Max(VALUE_MAX) value: number;
  @Field({ nullable: true, description: 'Catatan, up to 2000 characters.' })
  @IsOptional()
  @Transform(optionalText)
  @IsString()
  @MaxLength(2000)
  note?: string;
  @Field({ nullable: true, description: 'Link to the evidence (bukti dukung), http(s) only.' })
  @IsOptional()
  @Transform(optionalText)
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'evidenceUrl must be an http(s) URL' })
  evidenceUrl?: string;
}

@InputType()
export class VerifyRealisationInput {
  @Field(() => ID) @IsUUID() realisationId: string;
  @Field(() => RealisationDecision) @IsEnum(RealisationDecision) decision: RealisationDecision;
  @Field({ nullable: true, description: 'Umpan balik; required to return, optional to verify.' })
  @IsOptional()
  @Transform(optionalText)
  @IsString()
  @MaxLength(2000)
  feedback?: string;
}
