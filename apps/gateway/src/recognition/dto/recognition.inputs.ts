import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength, ValidateBy } from 'class-validator';
import { isCourseHours, TRAINING_COURSE_LIMITS as L, type CoreValueKey } from '@k360/scoring';
import { IsId } from '../../common/uuid';
import { CoreValue } from '../../rounds/models/enums';

/** A catalogue course's fields (limits: libs/scoring TRAINING_COURSE_LIMITS; texts are trimmed by the service). */
@InputType()
export class TrainingCourseFieldsInput {
  @Field() @IsString() @Length(L.titleMin, L.titleMax) title: string;
  @Field() @IsString() @Length(L.providerMin, L.providerMax) provider: string;
  @Field(() => CoreValue) @IsEnum(CoreValue) coreValue: CoreValueKey;
  @Field(() => String, { nullable: true, description: 'A KPI indicator name the course also serves; empty or null for none.' })
  @IsOptional()
  @IsString()
  @MaxLength(L.indicatorMax)
  indicator?: string | null;
  @Field(() => Float, { description: `Hours, more than 0, at most ${L.hoursMax}, one decimal.` })
  @ValidateBy({
    name: 'isCourseHours',
    validator: { validate: (v) => isCourseHours(v), defaultMessage: () => `$property must be 0.1–${L.hoursMax} with at most one decimal` },
  })
  hours: number;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean;
}

@InputType()
export class CreateTrainingCourseInput extends TrainingCourseFieldsInput {}

@InputType()
export class UpdateTrainingCourseInput extends TrainingCourseFieldsInput {
  @Field(() => ID) @IsId() id: string;
}
