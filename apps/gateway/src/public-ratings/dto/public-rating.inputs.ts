import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { normaliseText } from '@k360/organisation';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { AgeBand, Education, Occupation, RatingKind, Sex } from '../models/public-rating.models';

@InputType()
export class CreateRatingLinkInput {
  @Field(() => ID) @IsUUID() servicePointId: string;
  @Field(() => ID, { nullable: true, description: 'Attribute ratings to this officer (must staff the service point).' })
  @IsOptional()
  @IsUUID()
  employeeId?: string;
  @Field({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() expiresAt?: Date;
}

@InputType()
export class RegisterKioskInput {
  @Field(() => ID) @IsUUID() servicePointId: string;
  @Field() @Length(2, 100) name: string;
}

@InputType()
export class IssueServiceTicketInput {
  @Field(() => ID) @IsUUID() servicePointId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() employeeId?: string;
}

/** Only bands, never a name, NIK or phone number. */
@InputType()
export class RespondentProfileInput {
  @Field(() => AgeBand, { nullable: true }) @IsOptional() @IsEnum(AgeBand) ageBand?: AgeBand;
  @Field(() => Sex, { nullable: true }) @IsOptional() @IsEnum(Sex) sex?: Sex;
  @Field(() => Education, { nullable: true }) @IsOptional() @IsEnum(Education) education?: Education;
  @Field(() => Occupation, { nullable: true }) @IsOptional() @IsEnum(Occupation) occupation?: Occupation;
}

@InputType()
export class SubmitPublicRatingInput {
  @Field({ description: 'A rating link, a kiosk deviceToken, or a ticket.' }) @IsString() @MaxLength(100) token: string;
  @Field({ description: 'Made by the client (a UUID); a repeat stores nothing and answers duplicate: true.' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'idempotencyKey must be 8–64 letters, digits, _ or -' })
  idempotencyKey: string;
  @Field(() => RatingKind) @IsEnum(RatingKind) kind: RatingKind;
  @Field(() => [Int], { nullable: true, description: 'IKM: exactly nine answers 1–4, U1..U9.' })
  @IsOptional()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(4, { each: true })
  answers?: number[];
  @Field(() => Int, { nullable: true, description: 'QUICK: 1–4.' }) @IsOptional() @IsInt() @Min(1) @Max(4) score?: number;
  @Field(() => ID, { nullable: true, description: 'Kiosk only: the officer on duty.' }) @IsOptional() @IsUUID() employeeId?: string;
  @Field({ nullable: true, description: 'Plain text; stored in Unicode NFC without bidi or zero-width controls.' })
  @IsOptional()
  @Transform(({ value }) => normaliseText(value))
  @IsString()
  @MaxLength(1000)
  comment?: string;
  @Field(() => RespondentProfileInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RespondentProfileInput)
  respondent?: RespondentProfileInput;
  @Field({
    nullable: true,
    description:
      'Kiosks only (offline queue): when the citizen rated, not in the future, at most 7 days old. Links and tickets use the server time.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  submittedAt?: Date;
}
