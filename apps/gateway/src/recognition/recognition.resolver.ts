import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AWARD_CANDIDATES_DEFAULT_LIMIT } from '@k360/scoring';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { GraphQLContext } from '../graphql/graphql.context';
import { CreateTrainingCourseInput, UpdateTrainingCourseInput } from './dto/recognition.inputs';
import { AwardCandidates, TrainingCourse, TrainingSuggestions } from './models/recognition.models';
import { RecognitionService } from './recognition.service';

/** Recognition and development (issue 15), ADMIN only (RecognitionPolicy). */
@Resolver()
export class RecognitionResolver {
  constructor(private readonly service: RecognitionService) {}

  @Roles('ADMIN')
  @Query(() => AwardCandidates, {
    description:
      'Award candidates of a period: the best scored rounds opened in the unit or below it (the agency without a unit) that meet the minimum evidence rule, with the sources that put them there.',
  })
  awardCandidates(
    @CurrentActor() actor: Actor,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
    @Args('limit', { type: () => Int, defaultValue: AWARD_CANDIDATES_DEFAULT_LIMIT }) limit?: number,
  ) {
    return this.service.awardCandidates(actor, periodId, unitId ?? null, limit ?? AWARD_CANDIDATES_DEFAULT_LIMIT);
  }

  @Roles('ADMIN')
  @Query(() => TrainingSuggestions, {
    description:
      'Employees of a period (unit tree) whose lowest BerAKHLAK values, from disclosed scores of others, fall below the threshold, with the active catalogue courses for those values.',
  })
  trainingSuggestions(
    @CurrentActor() actor: Actor,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ) {
    return this.service.trainingSuggestions(actor, periodId, unitId ?? null);
  }

  @Roles('ADMIN')
  @Query(() => [TrainingCourse], { description: 'The agency’s training catalogue by title, switched-off courses included.' })
  trainingCourses(@CurrentActor() actor: Actor) {
    return this.service.catalogue(actor);
  }

  @Roles('ADMIN')
  @Mutation(() => TrainingCourse, { description: 'Adds a course to the catalogue (audited).' })
  createTrainingCourse(@CurrentActor() actor: Actor, @Args('input') input: CreateTrainingCourseInput, @Context() ctx: GraphQLContext) {
    return this.service.createCourse(actor, input, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => TrainingCourse, { description: 'Changes a course, or switches it off with active: false (audited).' })
  updateTrainingCourse(@CurrentActor() actor: Actor, @Args('input') input: UpdateTrainingCourseInput, @Context() ctx: GraphQLContext) {
    return this.service.updateCourse(actor, input.id, input, ctx.requestId);
  }
}
