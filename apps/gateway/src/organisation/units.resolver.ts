import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { GraphQLContext } from '../graphql/graphql.context';
import { CreateUnitInput, MoveUnitInput, UpdateUnitInput } from './dto/unit.inputs';
import { ServicePoint } from './models/service-point.model';
import { Unit, UnitVersion } from './models/unit.model';
import { UnitsService } from './units.service';

@Resolver(() => Unit)
export class UnitsResolver {
  constructor(private readonly service: UnitsService) {}

  @Query(() => [Unit], { description: 'Units under parentId; without it, the agency root.' })
  units(
    @CurrentActor() actor: Actor,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
    @Args('includeArchived', { defaultValue: false }) includeArchived?: boolean,
  ): Promise<Unit[]> {
    return this.service.list(actor, parentId ?? null, includeArchived ?? false);
  }

  @Query(() => Unit)
  unit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Unit> {
    return this.service.get(actor, id);
  }

  @Roles('ADMIN')
  @Mutation(() => Unit)
  createUnit(@CurrentActor() actor: Actor, @Args('input') input: CreateUnitInput, @Context() ctx: GraphQLContext): Promise<Unit> {
    return this.service.create(actor, input, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => Unit, { description: 'Renames a unit or changes its kind.' })
  updateUnit(@CurrentActor() actor: Actor, @Args('input') input: UpdateUnitInput, @Context() ctx: GraphQLContext): Promise<Unit> {
    return this.service.update(actor, input, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => Unit, { description: 'Moves a unit (with its sub-units) under another parent.' })
  moveUnit(@CurrentActor() actor: Actor, @Args('input') input: MoveUnitInput, @Context() ctx: GraphQLContext): Promise<Unit> {
    return this.service.move(actor, input, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => Unit, { description: 'Archives an empty unit; its history is kept.' })
  archiveUnit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Unit> {
    return this.service.archive(actor, id, ctx.requestId);
  }

  @ResolveField(() => Unit, { nullable: true })
  parent(@Parent() unit: Unit, @Context() ctx: GraphQLContext) {
    return unit.parentId ? ctx.loaders.unit.load(unit.parentId) : null;
  }

  @ResolveField(() => [Unit], { description: 'Live sub-units.' })
  children(@Parent() unit: Unit, @Context() ctx: GraphQLContext) {
    return ctx.loaders.liveChildren.load(unit.id);
  }

  @ResolveField(() => [ServicePoint])
  servicePoints(@Parent() unit: Unit, @Context() ctx: GraphQLContext) {
    return ctx.loaders.unitServicePoints.load(unit.id);
  }

  @ResolveField(() => [UnitVersion], { description: 'Names, parents and archiving over time.' })
  history(@Parent() unit: Unit) {
    return this.service.history(unit.id);
  }
}
