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

@ObjectType()
export class ImportEmployeesResult {
  @Field(() => Int) created: number;
  @Field(() => [String], { description: 'NIPs created, in file order.' }) nips: string[];
}
