import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, isAdmin } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { GraphQLContext } from '../graphql/graphql.context';
import { Employee } from '../organisation/models/employee.model';
import { PublishScoringPolicyInput } from './dto/scoring-policy.inputs';
import { ScoringPolicyVersion } from './models/scoring-policy.models';
import { ScoringPoliciesService } from './scoring-policies.service';

@Resolver(() => ScoringPolicyVersion)
export class ScoringPoliciesResolver {
  constructor(private readonly policies: ScoringPoliciesService) {}

  @Roles('ADMIN')
  @Mutation(() => ScoringPolicyVersion, {
    description:
      'ADMIN: publishes the next version of the agency’s scoring policy; rounds opened from now on take it, rounds already opened keep theirs.',
  })
  publishScoringPolicy(@CurrentActor() actor: Actor, @Args('input') input: PublishScoringPolicyInput, @Context() ctx: GraphQLContext) {
    return this.policies.publish(actor, input, ctx.requestId);
  }

  @Roles('ADMIN')
  @Query(() => [ScoringPolicyVersion], {
    description: 'ADMIN: every version of the agency’s scoring policy, newest first, ending with the project default (version 1).',
  })
  scoringPolicies(@CurrentActor() actor: Actor) {
    return this.policies.history(actor);
  }

  @Query(() => ScoringPolicyVersion, {
    description: 'The scoring policy rounds opened now take (the project default until the agency publishes one).',
  })
  currentScoringPolicy(@CurrentActor() actor: Actor) {
    return this.policies.current(actor);
  }

  @ResolveField(() => Employee, {
    nullable: true,
    description: 'The ADMIN who published it, shown to ADMINs only (staff may not read other employees); null for the default.',
  })
  publishedBy(@CurrentActor() actor: Actor, @Parent() v: ScoringPolicyVersion, @Context() ctx: GraphQLContext) {
    return v.publishedById && isAdmin(actor) ? ctx.loaders.employee.load(v.publishedById) : null;
  }
}
