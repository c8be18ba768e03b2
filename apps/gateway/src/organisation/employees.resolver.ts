import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { GraphQLContext } from '../graphql/graphql.context';
import { CreateEmployeeInput, EmployeeFilter, ImportEmployeesInput, PageInput, UpdateEmployeeInput } from './dto/employee.inputs';
import { Employee, EmployeeAssignment, EmployeeConnection, ImportEmployeesResult } from './models/employee.model';
import { Unit } from './models/unit.model';
import { EmployeesService } from './employees.service';
import { OrganisationPolicy } from './organisation.policy';

@Resolver(() => Employee)
export class EmployeesResolver {
  constructor(
    private readonly service: EmployeesService,
    private readonly policy: OrganisationPolicy,
  ) {}

  @Query(() => Employee, { description: 'The caller.' })
  async me(@CurrentActor() actor: Actor): Promise<Employee> {
    return this.service.getReadable(actor, actor.id);
  }

  @Query(() => Employee)
  employee(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Employee> {
    return this.service.getReadable(actor, id);
  }

  @Query(() => EmployeeConnection, {
    description: 'Employees the caller may see (ADMIN: the agency; SUPERVISOR: their team; EMPLOYEE: themself), by name.',
  })
  employees(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true }) filter?: EmployeeFilter,
    @Args('page', { nullable: true, defaultValue: { first: 50 } }) page?: PageInput,
  ): Promise<EmployeeConnection> {
    return this.service.list(actor, filter ?? {}, page ?? { first: 50 });
  }

  @Roles('ADMIN')
  @Mutation(() => Employee)
  createEmployee(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateEmployeeInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Employee> {
    return this.service.create(actor, input, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => Employee, { description: 'Changes name, position, unit, supervisor, roles or active; position changes keep history.' })
  updateEmployee(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateEmployeeInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Employee> {
    return this.service.update(actor, input, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => Employee, { description: "ADMIN sets an employee's password; their sessions end." })
  setEmployeePassword(
    @CurrentActor() actor: Actor,
    @Args('employeeId', { type: () => ID }) employeeId: string,
    @Args('password') password: string,
    @Context() ctx: GraphQLContext,
  ): Promise<Employee> {
    return this.service.setPassword(actor, employeeId, password, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => ImportEmployeesResult, { description: 'All-or-nothing CSV import; bad rows come back in extensions.details.' })
  importEmployees(
    @CurrentActor() actor: Actor,
    @Args('input') input: ImportEmployeesInput,
    @Context() ctx: GraphQLContext,
  ): Promise<ImportEmployeesResult> {
    return this.service.import(actor, input, ctx.requestId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Where email notifications go: visible to ADMIN and the employee themself only.',
  })
  email(@Parent() e: Employee, @CurrentActor() actor: Actor): string | null {
    return e.id === actor.id || actor.roles.includes('ADMIN') ? (e.email ?? null) : null;
  }

  @ResolveField(() => Unit)
  unit(@Parent() e: Employee, @Context() ctx: GraphQLContext) {
    return ctx.loaders.unit.load(e.unitId);
  }

  @ResolveField(() => Employee, {
    nullable: true,
    description:
      'The direct supervisor (atasan langsung): always visible to the employee themself, otherwise only within the caller’s scope.',
  })
  async supervisor(@Parent() e: Employee, @CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    if (!e.supervisorId) return null;
    const supervisor = await ctx.loaders.employee.load(e.supervisorId);
    if (!supervisor) return null;
    return e.id === actor.id || (await this.policy.canReadEmployee(actor, supervisor)) ? supervisor : null;
  }

  @ResolveField(() => [Employee], { description: 'Direct subordinates, for those who may see them.' })
  async subordinates(@Parent() e: Employee, @CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    // Whoever may read an employee may read their direct reports: they are in the same scope.
    return (await this.policy.canReadEmployee(actor, e)) ? ctx.loaders.directReports.load(e.id) : [];
  }

  @ResolveField(() => [EmployeeAssignment], { description: 'Positions, units and supervisors over time.' })
  async history(@Parent() e: Employee, @CurrentActor() actor: Actor) {
    return (await this.policy.canReadEmployee(actor, e)) ? this.service.history(e.id) : [];
  }
}
