import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from './enums';

@ObjectType({ description: 'A civil servant (pegawai ASN).' })
export class Employee {
  @Field(() => ID) id: string;
  @Field() nip: string;
  @Field() name: string;
  @Field({ description: 'Jabatan held now.' }) position: string;
  @Field(() => ID) unitId: string;
  @Field(() => ID, { nullable: true }) supervisorId: string | null;
  @Field(() => [Role]) roles: Role[];
  @Field() active: boolean;
  @Field({ description: 'Whether the employee can log in (a password is set).' }) hasAccount: boolean;
  @Field() createdAt: Date;
  agencyId: string;
  /** Exposed through EmployeesResolver.email (ADMIN and the employee themself only). */
  email: string | null;
}

@ObjectType({ description: 'Position, unit and supervisor held from validFrom until validTo (null: now).' })
export class EmployeeAssignment {
  @Field() position: string;
  @Field(() => ID) unitId: string;
  @Field(() => ID, { nullable: true }) supervisorId: string | null;
  @Field() validFrom: Date;
  @Field(() => Date, { nullable: true }) validTo: Date | null;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType({ description: 'A page of employees, ordered by name.' })
export class EmployeeConnection {
  @Field(() => [Employee]) nodes: Employee[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType({ description: 'One CSV line that cannot be imported (line 1 is the header).' })
export class CsvRowProblem {
  @Field(() => Int) line: number;
  @Field() reason: string;
}

@ObjectType()
export class ImportEmployeesResult {
  @Field(() => Int, { description: 'Employees created (0 in a dry run).' }) created: number;
  @Field(() => [String], { description: 'NIPs created (in a dry run: the NIPs that would be created), in file order.' })
  nips: string[];
  @Field({ description: 'True when this was a preview and nothing was stored.' }) dryRun: boolean;
  @Field(() => Int, { description: 'Employee rows read from the file (blank lines not counted).' }) rows: number;
  @Field(() => [CsvRowProblem], {
    description: 'Every bad line with its reason, by line (dry run only; a real import with bad rows fails with CSV_INVALID).',
  })
  problems: CsvRowProblem[];
}
