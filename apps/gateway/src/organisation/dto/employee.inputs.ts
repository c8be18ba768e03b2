import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Role } from '../models/enums';

/** The longest email address stored (RFC 5321's path limit; the employee_email_ck constraint agrees). */
export const EMAIL_MAX_LENGTH = 254;

@InputType()
export class CreateEmployeeInput {
  @Field({ description: '18 digits: birth date, TMT CPNS, sex, serial.' })
  @Matches(/^\d{18}$/, { message: 'nip must be 18 digits' })
  nip: string;
  @Field() @Length(2, 200) name: string;
  @Field() @Length(2, 200) position: string;
  @Field(() => ID) @IsUUID() unitId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() supervisorId?: string | null;
  @Field(() => [Role], { defaultValue: [Role.EMPLOYEE] })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles: Role[];
  @Field({ nullable: true, description: 'Initial password; without one the employee cannot log in yet.' })
  @IsOptional()
  @IsString()
  @Length(8, 200)
  password?: string;
  @Field(() => String, { nullable: true, description: 'Where email notifications go (stored lower-cased).' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email?: string | null;
}

@InputType()
export class UpdateEmployeeInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @Length(2, 200) name?: string;
  @Field({ nullable: true }) @IsOptional() @Length(2, 200) position?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() unitId?: string;
  @Field(() => ID, { nullable: true, description: 'Set to change the supervisor; see clearSupervisor to remove it.' })
  @IsOptional()
  @IsUUID()
  supervisorId?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() clearSupervisor?: boolean;
  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles?: Role[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field(() => String, { nullable: true, description: 'Set to change the email address; see clearEmail to remove it.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() clearEmail?: boolean;
}

@InputType()
export class EmployeeFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() unitId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'With unitId: also employees of its sub-units.' })
  @IsOptional()
  @IsBoolean()
  includeSubunits?: boolean;
  @Field({ nullable: true, description: 'Part of the name, or the start of the NIP.' }) @IsOptional() @MaxLength(100) search?: string;
  @Field({ nullable: true, description: 'Only active (true) or inactive (false) employees; both when omitted.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class PageArgs {
  static readonly MAX = 200;
}

@InputType()
export class ImportEmployeesInput {
  @Field({ description: 'CSV text with a header row: NIP, nama, jabatan, unit, NIP atasan (and optionally peran).' })
  @IsString()
  @MaxLength(5_000_000)
  csv: string;
  @Field({ nullable: true, description: 'Initial password for every imported employee; without one they cannot log in yet.' })
  @IsOptional()
  @Length(8, 200)
  initialPassword?: string;
  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Preview: run every check and list each row\'s problem in `problems` instead of refusing; nothing is stored.',
  })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(PageArgs.MAX) first: number;
  @Field({ nullable: true }) @IsOptional() @MaxLength(500) after?: string;
}
