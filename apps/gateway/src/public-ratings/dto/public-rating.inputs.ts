import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { normaliseText } from '@k360/organisation';
import {
  ANSWER_MAX,
  ANSWER_MIN,
  COMMENT_MAX_CHARACTERS,
  IDEMPOTENCY_KEY_MAX,
  IDEMPOTENCY_KEY_MESSAGE,
  IDEMPOTENCY_KEY_MIN,
  IDEMPOTENCY_KEY_PATTERN,
  IKM_ANSWER_COUNT,
  RATING_MAX_AGE_DAYS,
  TOKEN_MAX_LENGTH,
  commentLength,
} from '@k360/scoring';
import {
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { IsId } from '../../common/uuid';
import { AgeBand, Education, Occupation, RatingKind, Sex } from '../models/public-rating.models';

/** At most `max` characters as the intake counts them (code points: `commentLength`). */
function MaxCharacters(max: number): PropertyDecorator {
  return ValidateBy({
    name: 'maxCharacters',
    constraints: [max],
    validator: {
      validate: (value) => typeof value === 'string' && commentLength(value) <= max,
      defaultMessage: () => `$property must be at most ${max} characters`,
    },
  });
}

@InputType()
export class CreateRatingLinkInput {
  @Field(() => ID) @IsId() servicePointId: string;
  @Field(() => ID, { nullable: true, description: 'Attribute ratings to this officer (must staff the service point).' })
  @IsOptional()
  @IsId()
  employeeId?: string;
  @Field({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() expiresAt?: Date;
}

@InputType()
export class RegisterKioskInput {
  @Field(() => ID) @IsId() servicePointId: string;
  @Field() @Length(2, 100) name: string;
}

@InputType()
export class IssueServiceTicketInput {
  @Field(() => ID) @IsId() servicePointId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() employeeId?: string;
}

/** Only bands, never a name, NIK or phone number (the values: RESPONDENT_PROFILE in the intake's rules). */
@InputType()
export class RespondentProfileInput {
  @Field(() => AgeBand, { nullable: true }) @IsOptional() @IsEnum(AgeBand) ageBand?: AgeBand;
  @Field(() => Sex, { nullable: true }) @IsOptional() @IsEnum(Sex) sex?: Sex;
  @Field(() => Education, { nullable: true }) @IsOptional() @IsEnum(Education) education?: Education;
  @Field(() => Occupation, { nullable: true }) @IsOptional() @IsEnum(Occupation) occupation?: Occupation;
}

/**
 * A citizen's rating. Every limit comes from libs/scoring/src/public-rating-rules.ts; the rules
 * that need the token's channel or span fields (nine answers for IKM, a score for QUICK, the
 * officer and the time only from a kiosk) are checked by PublicRatingsService.validate with the
 * functions of the same module. The GraphQL resolver and the route POST /api/public-ratings check
 * this class with the gateway's ValidationPipe; the submit fast path with class-validator itself.
 */
@InputType()
export class SubmitPublicRatingInput {
  @Field({ description: 'A rating link, a kiosk deviceToken, or a ticket.' }) @IsString() @MaxLength(TOKEN_MAX_LENGTH) token: string;
  @Field({
    description: `Made by the client (a UUID); a repeat stores nothing and answers duplicate: true. ${IDEMPOTENCY_KEY_MIN}–${IDEMPOTENCY_KEY_MAX} letters, digits, _ or -.`,
  })
  @Matches(IDEMPOTENCY_KEY_PATTERN, { message: IDEMPOTENCY_KEY_MESSAGE })
  idempotencyKey: string;
  @Field(() => RatingKind) @IsEnum(RatingKind) kind: RatingKind;
  @Field(() => [Int], { nullable: true, description: `IKM: exactly ${IKM_ANSWER_COUNT} answers ${ANSWER_MIN}–${ANSWER_MAX}, U1..U9.` })
  @IsOptional()
  @IsInt({ each: true })
  @Min(ANSWER_MIN, { each: true })
  @Max(ANSWER_MAX, { each: true })
  answers?: number[];
  @Field(() => Int, { nullable: true, description: `QUICK: ${ANSWER_MIN}–${ANSWER_MAX}.` })
  @IsOptional()
  @IsInt()
  @Min(ANSWER_MIN)
  @Max(ANSWER_MAX)
  score?: number;
  @Field(() => ID, { nullable: true, description: 'Kiosk only: the officer on duty.' }) @IsOptional() @IsId() employeeId?: string;
  @Field({
    nullable: true,
    description: `Plain text, at most ${COMMENT_MAX_CHARACTERS} characters (code points); stored in Unicode NFC without bidi or zero-width controls.`,
  })
  @IsOptional()
  @Transform(({ value }) => normaliseText(value))
  @IsString()
  @MaxCharacters(COMMENT_MAX_CHARACTERS)
  comment?: string;
  @Field(() => RespondentProfileInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RespondentProfileInput)
  respondent?: RespondentProfileInput;
  @Field({
    nullable: true,
    description: `Kiosks only (offline queue): when the citizen rated, not in the future, at most ${RATING_MAX_AGE_DAYS} days old. Links and tickets use the server time.`,
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  submittedAt?: Date;
}
