import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID, Length } from 'class-validator';

@InputType()
export class CreateServicePointInput {
  @Field() @Length(2, 200) name: string;
  @Field(() => ID) @IsUUID() unitId: string;
}

@InputType()
export class ServicePointStaffInput {
  @Field(() => ID) @IsUUID() servicePointId: string;
  @Field(() => ID) @IsUUID() employeeId: string;
}
