import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { UnitKind } from '../models/enums';

@InputType()
export class CreateUnitInput {
  @Field() @Length(2, 200) name: string;
  @Field(() => UnitKind) @IsEnum(UnitKind) kind: UnitKind;
  @Field(() => ID, { nullable: true, description: 'The parent unit; every unit but the agency root has one.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

@InputType()
export class UpdateUnitInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @Length(2, 200) name?: string;
  @Field(() => UnitKind, { nullable: true }) @IsOptional() @IsEnum(UnitKind) kind?: UnitKind;
}

@InputType()
export class MoveUnitInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => ID) @IsUUID() parentId: string;
}
