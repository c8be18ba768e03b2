import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { GraphQLContext } from '../graphql/graphql.context';
import { CreateFollowUpActionInput, SetFollowUpStatusInput, UpdateFollowUpActionInput } from './dto/follow-up.inputs';
import { FollowUpAction, FollowUpPlan, ManagedServicePoint } from './models/follow-up.model';
import { FollowUpService } from './follow-up.service';

@Resolver(() => FollowUpPlan)
export class FollowUpResolver {
  constructor(private readonly followUp: FollowUpService) {}

  @Roles('ADMIN', 'SUPERVISOR')
  @Query(() => [ManagedServicePoint], {
    description:
      'The live service points whose comments and follow-up plan the caller manages: a unit head’s tree, ADMIN’s agency. NOT_UNIT_HEAD for a supervisor who heads no unit.',
  })
  managedServicePoints(@CurrentActor() actor: Actor) {
    return this.followUp.managedServicePoints(actor);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Query(() => FollowUpPlan, {
    description:
      'The follow-up plan (rencana tindak lanjut) of a service point for a period: its actions with what changed in each element by the next period of the same kind, and the weakest elements suggested. Unit heads over their tree, ADMIN.',
  })
  followUpPlan(
    @CurrentActor() actor: Actor,
    @Args('servicePointId', { type: () => ID }) servicePointId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
  ) {
    return this.followUp.plan(actor, servicePointId, periodId);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => FollowUpAction, { description: 'Adds an action to a follow-up plan; audited.' })
  createFollowUpAction(@CurrentActor() actor: Actor, @Args('input') input: CreateFollowUpActionInput, @Context() ctx: GraphQLContext) {
    return this.followUp.create(actor, input, ctx.requestId);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => FollowUpAction, { description: 'Replaces the fields of an action; audited.' })
  updateFollowUpAction(@CurrentActor() actor: Actor, @Args('input') input: UpdateFollowUpActionInput, @Context() ctx: GraphQLContext) {
    return this.followUp.update(actor, input, ctx.requestId);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => FollowUpAction, { description: 'Moves an action to a status; audited; the same status again changes nothing.' })
  setFollowUpActionStatus(@CurrentActor() actor: Actor, @Args('input') input: SetFollowUpStatusInput, @Context() ctx: GraphQLContext) {
    return this.followUp.setStatus(actor, input, ctx.requestId);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => Boolean, { description: 'Removes an action; audited.' })
  deleteFollowUpAction(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext) {
    return this.followUp.delete(actor, id, ctx.requestId);
  }
}
