import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { normaliseText } from '@k360/organisation';
import { FOLLOW_UP_ACTION_MAX_CHARACTERS, FOLLOW_UP_ACTION_MIN_CHARACTERS } from '@k360/scoring';
import { FollowUpStatus } from '../models/follow-up.model';

const text = ({ value }: { value: unknown }) => {
  const v = normaliseText(value);
  return typeof v === 'string' ? v.trim() : v;
};

@InputType({ description: 'The fields of a follow-up action.' })
export class FollowUpFieldsInput {
  @Field({ description: 'U1..U9 (INVALID_ELEMENT_CODE otherwise).' }) @Transform(text) @IsString() @Length(1, 10) elementCode: string;
  @Field({ description: `What will be done, ${FOLLOW_UP_ACTION_MIN_CHARACTERS}–${FOLLOW_UP_ACTION_MAX_CHARACTERS} characters.` })
  @Transform(text)
  @IsString()
  @Length(FOLLOW_UP_ACTION_MIN_CHARACTERS, FOLLOW_UP_ACTION_MAX_CHARACTERS)
  action: string;
  @Field(() => ID, { description: 'An active employee of the agency (OWNER_NOT_IN_AGENCY otherwise).' }) @IsUUID() ownerId: string;
  @Field({ description: 'YYYY-MM-DD, from the period’s first day (DUE_DATE_BEFORE_PERIOD) to a year after its end (DUE_DATE_TOO_LATE).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dueOn: string;
  @Field(() => FollowUpStatus, { nullable: true, defaultValue: 'PLANNED' }) @IsOptional() @IsEnum(FollowUpStatus) status?: FollowUpStatus;
  @Field({ nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() published?: boolean;
}

@InputType()
export class CreateFollowUpActionInput extends FollowUpFieldsInput {
  @Field(() => ID) @IsUUID() servicePointId: string;
  @Field(() => ID) @IsUUID() periodId: string;
}

@InputType({ description: 'Replaces every field of an action.' })
export class UpdateFollowUpActionInput extends FollowUpFieldsInput {
  @Field(() => ID) @IsUUID() id: string;
}

@InputType()
export class SetFollowUpStatusInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => FollowUpStatus) @IsEnum(FollowUpStatus) status: FollowUpStatus;
}
