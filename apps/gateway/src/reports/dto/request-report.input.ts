import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ReportKind } from '../models/report.model';

@InputType({ description: 'EMPLOYEE_ROUND needs roundId; SERVICE_POINT_SKM needs servicePointId and periodId.' })
export class RequestReportInput {
  @Field(() => ReportKind) @IsEnum(ReportKind) kind: ReportKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() roundId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() servicePointId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() periodId?: string;
}
