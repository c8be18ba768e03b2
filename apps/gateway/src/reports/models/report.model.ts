import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { REPORT_KINDS, REPORT_STATUSES } from '@k360/reports';
import { graphqlEnum } from '../../common/graphql-enum';
import type { ValueOf } from '../../common/names';
import { PageInfo } from '../../organisation/models/employee.model';

export const ReportKind = graphqlEnum(
  'ReportKind',
  REPORT_KINDS,
  'EMPLOYEE_ROUND: an employee’s round report; SERVICE_POINT_SKM: a service point’s SKM report.',
);
export type ReportKind = ValueOf<typeof ReportKind>;
export const ReportStatus = graphqlEnum('ReportStatus', REPORT_STATUSES);
export type ReportStatus = ValueOf<typeof ReportStatus>;

@ObjectType({ description: 'A PDF report the worker generates; downloadable from `downloadUrl` (staff bearer token) once READY.' })
export class Report {
  @Field(() => ID) id: string;
  @Field(() => ReportKind) kind: ReportKind;
  @Field(() => ReportStatus) status: ReportStatus;
  @Field(() => Int, { description: '0–100' }) progress: number;
  @Field({ description: 'What the report is about, e.g. "Loket Adminduk · Triwulan III 2026".' }) subject: string;
  @Field(() => ID, { nullable: true }) roundId: string | null;
  @Field(() => ID, { nullable: true }) servicePointId: string | null;
  @Field(() => ID, { nullable: true }) periodId: string | null;
  @Field(() => String, { nullable: true, description: 'Why it FAILED (a stable code).' }) errorCode: string | null;
  @Field(() => String, { nullable: true, description: 'Why it FAILED, in words (Bahasa Indonesia / English).' }) errorMessage:
    string | null;
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => Int, { nullable: true }) sizeBytes: number | null;
  @Field(() => Int, { nullable: true }) pageCount: number | null;
  @Field(() => String, { nullable: true, description: 'GET it with the staff session’s bearer token; null until READY.' }) downloadUrl:
    string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}

@ObjectType({ description: 'A page of the caller’s reports, newest first.' })
export class ReportConnection {
  @Field(() => [Report]) nodes: Report[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
