import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { GraphQLContext } from '../graphql/graphql.context';
import { CreateServicePointInput, ServicePointStaffInput } from './dto/service-point.inputs';
import { Employee } from './models/employee.model';
import { ServicePoint } from './models/service-point.model';
import { Unit } from './models/unit.model';
import { ServicePointsService } from './service-points.service';
import { OrganisationPolicy } from './organisation.policy';

@Resolver(() => ServicePoint)
export class ServicePointsResolver {
  constructor(
    private readonly service: ServicePointsService,
    private readonly policy: OrganisationPolicy,
  ) {}

  @Query(() => [ServicePoint], { description: "The agency's service points, optionally of one unit (and its sub-units)." })
  servicePoints(
    @CurrentActor() actor: Actor,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
    @Args('includeSubunits', { defaultValue: false }) includeSubunits?: boolean,
    @Args('includeArchived', { defaultValue: false }) includeArchived?: boolean,
  ): Promise<ServicePoint[]> {
    return this.service.list(actor, unitId, includeSubunits ?? false, includeArchived ?? false);
  }

  @Query(() => ServicePoint)
  servicePoint(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ServicePoint> {
    return this.service.get(actor, id);
  }

  @Roles('ADMIN')
  @Mutation(() => ServicePoint)
  createServicePoint(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateServicePointInput,
    @Context() ctx: GraphQLContext,
  ): Promise<ServicePoint> {
    return this.service.create(actor, input, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => ServicePoint)
  archiveServicePoint(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<ServicePoint> {
    return this.service.archive(actor, id, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => ServicePoint, { description: 'Adds an employee to the staff of a service point.' })
  assignServicePointStaff(
    @CurrentActor() actor: Actor,
    @Args('input') input: ServicePointStaffInput,
    @Context() ctx: GraphQLContext,
  ): Promise<ServicePoint> {
    return this.service.assignStaff(actor, input, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => ServicePoint)
  removeServicePointStaff(
    @CurrentActor() actor: Actor,
    @Args('input') input: ServicePointStaffInput,
    @Context() ctx: GraphQLContext,
  ): Promise<ServicePoint> {
    return this.service.removeStaff(actor, input, ctx.requestId);
  }

  @ResolveField(() => Unit)
  unit(@Parent() sp: ServicePoint, @Context() ctx: GraphQLContext) {
    return ctx.loaders.unit.load(sp.unitId);
  }

  @ResolveField(() => [Employee], { description: 'Employees who staff this service point, as far as the caller may see them.' })
  async staff(@Parent() sp: ServicePoint, @CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    const staff = await ctx.loaders.staff.load(sp.id);
    const visible = await Promise.all(staff.map((e) => this.policy.canReadEmployee(actor, e)));
    return staff.filter((_, i) => visible[i]);
  }
}
