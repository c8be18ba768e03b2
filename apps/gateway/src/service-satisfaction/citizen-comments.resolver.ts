import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { GraphQLContext } from '../graphql/graphql.context';
import { CitizenCommentIdArgs, CitizenCommentsArgs, HideCommentArgs, MarkCommentHandledArgs } from './dto/citizen-comments.inputs';
import { CitizenComment, CitizenCommentConnection } from './models/citizen-comment.model';
import { CitizenCommentsService } from './citizen-comments.service';

@Resolver(() => CitizenComment)
export class CitizenCommentsResolver {
  constructor(private readonly comments: CitizenCommentsService) {}

  @Roles('ADMIN', 'SUPERVISOR')
  @Query(() => CitizenCommentConnection, {
    description:
      'Citizens’ comments, newest first: a unit head over their unit tree, ADMIN over the agency. Filters AND together; search is case-insensitive anywhere in the text. NOT_UNIT_HEAD for a supervisor who heads no unit; NOT_FOUND for another agency’s ids; FORBIDDEN outside the caller’s tree.',
  })
  citizenComments(@CurrentActor() actor: Actor, @Args() args: CitizenCommentsArgs) {
    return this.comments.list(actor, args);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => CitizenComment, { description: 'Marks a comment handled (with an optional note); audited; a retry changes nothing.' })
  markCommentHandled(@CurrentActor() actor: Actor, @Args() args: MarkCommentHandledArgs, @Context() ctx: GraphQLContext) {
    return this.comments.markHandled(actor, args.id, args.note, ctx.requestId);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => CitizenComment, {
    description: 'Hides an abusive comment with a reason (5–500 characters); audited; a retry changes nothing.',
  })
  hideComment(@CurrentActor() actor: Actor, @Args() args: HideCommentArgs, @Context() ctx: GraphQLContext) {
    return this.comments.hide(actor, args.id, args.reason, ctx.requestId);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => CitizenComment, {
    description: 'Shows a hidden comment again (its handled mark stays); audited; a retry changes nothing.',
  })
  unhideComment(@CurrentActor() actor: Actor, @Args() args: CitizenCommentIdArgs, @Context() ctx: GraphQLContext) {
    return this.comments.unhide(actor, args.id, ctx.requestId);
  }
}
