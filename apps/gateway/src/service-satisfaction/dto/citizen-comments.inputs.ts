import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { normaliseText } from '@k360/organisation';
import {
  COMMENT_SEARCH_MAX_CHARACTERS,
  HANDLED_NOTE_MAX_CHARACTERS,
  HIDE_REASON_MAX_CHARACTERS,
  HIDE_REASON_MIN_CHARACTERS,
} from '@k360/scoring';
import { PageInput } from '../../organisation/dto/employee.inputs';
import { CommentStatus } from '../models/citizen-comment.model';

const text = ({ value }: { value: unknown }) => {
  const v = normaliseText(value);
  return typeof v === 'string' ? v.trim() : v;
};
const optionalText = ({ value }: { value: unknown }) => {
  const v = text({ value });
  return v === '' ? undefined : v;
};

@ArgsType()
export class CitizenCommentsArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() servicePointId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A unit and every unit below it.' }) @IsOptional() @IsUUID() unitId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Comments submitted within the period.' }) @IsOptional() @IsUUID() periodId?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: `Words anywhere in the comment (case-insensitive), at most ${COMMENT_SEARCH_MAX_CHARACTERS} characters.`,
  })
  @Transform(optionalText)
  @IsOptional()
  @IsString()
  @MaxLength(COMMENT_SEARCH_MAX_CHARACTERS)
  search?: string | null;
  @Field(() => CommentStatus, { nullable: true }) @IsOptional() @IsEnum(CommentStatus) status?: CommentStatus | null;
  @Field(() => PageInput, { nullable: true, defaultValue: { first: 20 } })
  @IsOptional()
  @ValidateNested()
  @Type(() => PageInput)
  page?: PageInput;
}

@ArgsType()
export class MarkCommentHandledArgs {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => String, { nullable: true, description: `What was done, at most ${HANDLED_NOTE_MAX_CHARACTERS} characters.` })
  @Transform(optionalText)
  @IsOptional()
  @IsString()
  @MaxLength(HANDLED_NOTE_MAX_CHARACTERS)
  note?: string | null;
}

@ArgsType()
export class HideCommentArgs {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ description: `Why the comment is hidden (abusive), ${HIDE_REASON_MIN_CHARACTERS}–${HIDE_REASON_MAX_CHARACTERS} characters.` })
  @Transform(text)
  @IsString()
  @Length(HIDE_REASON_MIN_CHARACTERS, HIDE_REASON_MAX_CHARACTERS)
  reason: string;
}

@ArgsType()
export class CitizenCommentIdArgs {
  @Field(() => ID) @IsUUID() id: string;
}
