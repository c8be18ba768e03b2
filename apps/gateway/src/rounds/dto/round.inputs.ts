import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { normaliseText } from '@k360/organisation';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  Matches,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CoreValue, PeriodKind, Rating, ReviewerRelation } from '../models/enums';

@InputType()
export class CreatePeriodInput {
  @Field() @Length(2, 100) name: string;
  @Field(() => PeriodKind) @IsEnum(PeriodKind) kind: PeriodKind;
  @Field({ description: 'YYYY-MM-DD' }) @IsISO8601({ strict: true }) startsOn: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsISO8601({ strict: true }) endsOn: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD: the last day for reviews, from startsOn to 90 days after endsOn.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  reviewDeadline?: string;
}

@InputType()
export class OpenRoundInput {
  @Field(() => ID) @IsUUID() employeeId: string;
  @Field(() => ID) @IsUUID() periodId: string;
}

@InputType()
export class OpenRoundsForUnitInput {
  @Field(() => ID) @IsUUID() unitId: string;
  @Field(() => ID) @IsUUID() periodId: string;
  @Field({ defaultValue: true }) @IsBoolean() includeSubunits: boolean;
}

@InputType()
export class AssignReviewerInput {
  @Field(() => ID) @IsUUID() roundId: string;
  @Field(() => ID) @IsUUID() reviewerId: string;
  @Field(() => ReviewerRelation) @IsEnum(ReviewerRelation) relation: ReviewerRelation;
}

@InputType()
export class DecideNominationInput {
  @Field(() => ID) @IsUUID() assignmentId: string;
  @Field() @IsBoolean() approve: boolean;
}

@InputType()
export class ValueScoreInput {
  @Field(() => CoreValue) @IsEnum(CoreValue) value: CoreValue;
  @Field(() => Int, { description: '1 to 5' }) @IsInt() @Min(1) @Max(5) score: number;
}

@InputType()
export class SubmitReviewInput {
  @Field(() => ID) @IsUUID() roundId: string;
  @Field(() => [ValueScoreInput], { description: 'All seven BerAKHLAK values, each once, 1 to 5.' })
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => ValueScoreInput)
  scores: ValueScoreInput[];
  @Field({ nullable: true, description: 'Apresiasi: what went well. Required for the supervisor.' })
  @IsOptional()
  @Transform(({ value }) => normaliseText(value))
  @IsString()
  @MaxLength(4000)
  strengths?: string;
  @Field({ nullable: true, description: 'Saran perbaikan: what to improve. Required for the supervisor.' })
  @IsOptional()
  @Transform(({ value }) => normaliseText(value))
  @IsString()
  @MaxLength(4000)
  improvements?: string;
}

@InputType()
export class CloseRoundInput {
  @Field(() => ID) @IsUUID() roundId: string;
  @Field(() => Rating, {
    nullable: true,
    description: 'Required while the employee has no KPI data (no agreed work plan with data); otherwise the computed rating stands unless a different one is given with overrideReason.',
  })
  @IsOptional()
  @IsEnum(Rating)
  hasilKerjaRating?: Rating;
  @Field({ nullable: true, description: 'Why the computed hasil kerja rating is overridden; required when hasilKerjaRating differs from it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  overrideReason?: string;
}

@InputType()
export class ReopenRoundInput {
  @Field(() => ID) @IsUUID() roundId: string;
  @Field() @Length(5, 2000) reason: string;
}

@InputType()
export class InstrumentItemInput {
  @Field(() => CoreValue) @IsEnum(CoreValue) value: CoreValue;
  @Field() @Length(2, 100) name: string;
  @Field() @Length(10, 2000) description: string;
  @Field(() => [String], { description: 'Behaviour anchors for scores 1 to 5, in order.' })
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @Length(5, 500, { each: true })
  anchors: string[];
}

@InputType()
export class PublishInstrumentInput {
  @Field(() => [InstrumentItemInput], { description: 'All seven BerAKHLAK values, each once.' })
  @ArrayMinSize(7)
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => InstrumentItemInput)
  items: InstrumentItemInput[];
}
