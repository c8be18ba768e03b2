import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, isSupervisor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { GraphQLContext } from '../graphql/graphql.context';
import { Employee } from '../organisation/models/employee.model';
import { PageInput } from '../organisation/dto/employee.inputs';
import {
  AssignReviewerInput,
  CloseRoundInput,
  CreatePeriodInput,
  DecideNominationInput,
  OpenRoundInput,
  OpenRoundsForUnitInput,
  PublishInstrumentInput,
  ReopenRoundInput,
  SubmitReviewInput,
} from './dto/round.inputs';
import {
  Colleague,
  EvaluationRound,
  EvaluationRoundConnection,
  InstrumentVersion,
  PeerNomination,
  Period,
  PeriodProgress,
  RelationFeedback,
  Review,
  ReviewerAssignment,
  RoundProgress,
} from './models/round.models';
import { RoundResult, ValueGap } from './models/round-result.model';
import { RoundsService } from './rounds.service';
import { RoundErrors } from './rounds.errors';
import { AuthErrors } from '../auth/auth.errors';
import { AssignmentState, RoundStatus } from './models/enums';
import {
  discloseFeedback,
  disclosePeerNominations,
  discloseProgress,
  discloseResult,
  discloseReviewers,
  discloseValueGaps,
  mayNameReviewer,
  Viewer,
  viewerOf,
} from './round-disclosure';

@ObjectType()
export class OpenRoundsResult {
  @Field(() => Int) opened: number;
  @Field(() => Int, { description: 'Employees who already had a round in the period.' }) alreadyOpen: number;
  @Field(() => Int, { description: 'Employees skipped because they have no direct supervisor.' }) withoutSupervisor: number;
}

@Resolver(() => EvaluationRound)
export class RoundsResolver {
  constructor(private readonly rounds: RoundsService) {}

  @Query(() => [Period])
  periods(@CurrentActor() actor: Actor) {
    return this.rounds.periods(actor);
  }

  @Roles('ADMIN')
  @Mutation(() => Period)
  createPeriod(@CurrentActor() actor: Actor, @Args('input') input: CreatePeriodInput, @Context() ctx: GraphQLContext) {
    return this.rounds.createPeriod(actor, input, ctx.requestId);
  }

  @Query(() => EvaluationRound, { nullable: true })
  round(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.rounds.getRound(actor, id);
  }

  @Query(() => [EvaluationRound], { description: 'The caller’s own rounds, newest period first.' })
  myRounds(@CurrentActor() actor: Actor) {
    return this.rounds.myRounds(actor);
  }

  @Query(() => EvaluationRoundConnection, {
    description:
      'My results: a page of the caller’s SCORED rounds, newest period first (ask for result, valueGaps and feedback on each; the same disclosure rules as `round`).',
  })
  myResults(@CurrentActor() actor: Actor, @Args('page', { nullable: true, defaultValue: { first: 12 } }) page?: PageInput) {
    return this.rounds.myResults(actor, page ?? { first: 12 });
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Query(() => [EvaluationRound], { description: 'Rounds of the caller’s team (SUPERVISOR) or agency (ADMIN) in a period.' })
  teamRounds(@CurrentActor() actor: Actor, @Args('periodId', { type: () => ID }) periodId: string) {
    return this.rounds.teamRounds(actor, periodId);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Query(() => EvaluationRoundConnection, {
    description:
      "A page of a period's rounds by employee name: the agency's (ADMIN) or the caller's reports' (SUPERVISOR); `unitId` also covers the units below it (the unit each round opened in); `search` is part of a name or the start of a NIP.",
  })
  periodRounds(
    @CurrentActor() actor: Actor,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
    @Args('status', { type: () => RoundStatus, nullable: true }) status?: RoundStatus,
    @Args('search', { nullable: true }) search?: string,
    @Args('page', { nullable: true, defaultValue: { first: 50 } }) page?: PageInput,
  ) {
    return this.rounds.periodRounds(actor, { periodId, unitId, status, search }, page ?? { first: 50 });
  }

  @Roles('ADMIN')
  @Query(() => PeriodProgress, {
    description:
      "Counts of a period's rounds per status and of reviewer seats and submitted reviews; `unitId` also covers the units below it.",
  })
  periodProgress(
    @CurrentActor() actor: Actor,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ) {
    return this.rounds.periodProgress(actor, periodId, unitId);
  }

  @Query(() => [ReviewerAssignment], { description: 'Reviews the caller still has to write in open rounds.' })
  reviewsWaitingForMe(@CurrentActor() actor: Actor) {
    return this.rounds.reviewsWaitingForMe(actor);
  }

  @Query(() => [ReviewerAssignment], { description: 'Peer nominations waiting for the caller’s approval.' })
  nominationsWaitingForMe(@CurrentActor() actor: Actor) {
    return this.rounds.nominationsWaitingForMe(actor);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => EvaluationRound, {
    description: 'Opens the round of one employee in a period; the direct supervisor becomes a reviewer.',
  })
  openRound(@CurrentActor() actor: Actor, @Args('input') input: OpenRoundInput, @Context() ctx: GraphQLContext) {
    return this.rounds.openRound(actor, input, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => OpenRoundsResult, { description: 'Opens rounds for every active employee of a unit (ADMIN).' })
  openRoundsForUnit(@CurrentActor() actor: Actor, @Args('input') input: OpenRoundsForUnitInput, @Context() ctx: GraphQLContext) {
    return this.rounds.openRoundsForUnit(actor, input, ctx.requestId);
  }

  @Mutation(() => ReviewerAssignment, {
    description: 'Adds a reviewer. The supervisor (or ADMIN) assigns directly; the employee nominates peers for approval and may add SELF.',
  })
  assignReviewer(@CurrentActor() actor: Actor, @Args('input') input: AssignReviewerInput, @Context() ctx: GraphQLContext) {
    return this.rounds.assignReviewer(actor, input, ctx.requestId);
  }

  @Mutation(() => ReviewerAssignment, { description: 'The supervisor approves or rejects a peer nomination.' })
  decideNomination(@CurrentActor() actor: Actor, @Args('input') input: DecideNominationInput, @Context() ctx: GraphQLContext) {
    return this.rounds.decideNomination(actor, input, ctx.requestId);
  }

  @Mutation(() => Review, { description: 'Submits (or revises, until the round closes) the caller’s review.' })
  submitReview(@CurrentActor() actor: Actor, @Args('input') input: SubmitReviewInput) {
    return this.rounds.submitReview(actor, input);
  }

  @Mutation(() => EvaluationRound, {
    description: 'The supervisor (or ADMIN) closes the round and hands it to scoring. Closing again changes nothing.',
  })
  closeRound(@CurrentActor() actor: Actor, @Args('input') input: CloseRoundInput, @Context() ctx: GraphQLContext) {
    return this.rounds.closeRound(actor, input, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => EvaluationRound, { description: 'ADMIN reopens a closed round, with a reason.' })
  reopenRound(@CurrentActor() actor: Actor, @Args('input') input: ReopenRoundInput, @Context() ctx: GraphQLContext) {
    return this.rounds.reopenRound(actor, input, ctx.requestId);
  }

  @ResolveField(() => Employee)
  employee(@Parent() round: EvaluationRound, @Context() ctx: GraphQLContext) {
    return ctx.loaders.employee.load(round.employeeId);
  }

  @ResolveField(() => Period)
  period(@Parent() round: EvaluationRound, @Context() ctx: GraphQLContext) {
    return ctx.roundLoaders.period.load(round.periodId);
  }

  @ResolveField(() => InstrumentVersion, { description: 'The instrument version this round uses.' })
  instrument(@Parent() round: EvaluationRound, @Context() ctx: GraphQLContext) {
    return ctx.roundLoaders.instrument.load(round.instrumentVersionId);
  }

  @ResolveField(() => RoundProgress, {
    nullable: true,
    description:
      'Null for reviewers. Counts that tick per named peer or subordinate are null for the employee and their reporting line below the anonymity minimum.',
  })
  async progress(@Parent() round: EvaluationRound, @CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    const viewer = await viewerFor(actor, round, ctx);
    return viewer === 'REVIEWER' ? null : discloseProgress(await ctx.roundLoaders.progress.load(round.id), round, viewer);
  }

  @ResolveField(() => [ReviewerAssignment], {
    nullable: true,
    description: 'Who reviews: for the supervisor and ADMIN only (null for others).',
  })
  async reviewers(@Parent() round: EvaluationRound, @CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    const viewer = await viewerFor(actor, round, ctx);
    return viewer === 'MANAGER' ? discloseReviewers(await ctx.roundLoaders.assignments.load(round.id), viewer) : null;
  }

  @ResolveField(() => [PeerNomination], {
    nullable: true,
    description: 'The peers asked to review: for the employee (to follow their nominations), the supervisor and ADMIN; null for others.',
  })
  async peerNominations(
    @Parent() round: EvaluationRound,
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
  ): Promise<PeerNomination[] | null> {
    const viewer = await viewerFor(actor, round, ctx);
    if (viewer !== 'EMPLOYEE' && viewer !== 'MANAGER') return null;
    const stored = await ctx.roundLoaders.peerNominations.load(round.id);
    return disclosePeerNominations(
      stored.map(({ nominatedBy, ...n }) => ({ ...n, state: n.state as AssignmentState, nominatedByMe: nominatedBy === actor.id })),
      viewer,
    );
  }

  @Query(() => [Colleague], {
    description: 'Active colleagues of the caller’s agency by name (2–100 characters), to nominate as peers: name, position and unit only.',
  })
  colleagues(
    @CurrentActor() actor: Actor,
    @Args('search') search: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ) {
    return this.rounds.colleagues(actor, search, first);
  }

  @ResolveField(() => [RelationFeedback], {
    nullable: true,
    description: 'Comments per relation, without names; null for those who may not see the employee’s feedback.',
  })
  async feedback(@Parent() round: EvaluationRound, @CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    const viewer = await viewerFor(actor, round, ctx);
    return viewer === 'REVIEWER' ? null : discloseFeedback(await ctx.roundLoaders.comments.load(round.id), round, viewer);
  }

  @ResolveField(() => RoundResult, {
    nullable: true,
    description: 'Null until the worker has scored the round, and for reviewers. No figure of a source below its minimum.',
  })
  async result(@Parent() round: EvaluationRound, @CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    const viewer = await viewerFor(actor, round, ctx);
    return viewer === 'REVIEWER' ? null : discloseResult(await ctx.roundLoaders.result.load(round.id), round, viewer);
  }

  @ResolveField(() => [ValueGap], {
    nullable: true,
    description:
      'Self versus others per BerAKHLAK value once the round is scored; null before, and for reviewers. Peers and subordinates below their minimum are left out of “others”.',
  })
  async valueGaps(@Parent() round: EvaluationRound, @CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    const viewer = await viewerFor(actor, round, ctx);
    if (viewer === 'REVIEWER' || round.status !== RoundStatus.SCORED) return null;
    return discloseValueGaps(await ctx.roundLoaders.valueMeans.load(round.id), round, viewer, true);
  }

  @ResolveField(() => Review, { nullable: true, description: 'The caller’s own current review of this round.' })
  myReview(@Parent() round: EvaluationRound, @CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    return ctx.roundLoaders.myReview.load(`${round.id}:${actor.id}`);
  }
}

/**
 * The caller's viewer class for a round (see round-disclosure.ts). Only a SUPERVISOR who neither is
 * the employee nor manages the round needs the reporting line, which is batched per request.
 */
async function viewerFor(actor: Actor, round: EvaluationRound, ctx: GraphQLContext): Promise<Viewer> {
  const first = viewerOf(actor, round, false);
  if (first !== 'REVIEWER' || round.agencyId !== actor.agencyId || !isSupervisor(actor)) return first;
  return viewerOf(actor, round, await ctx.roundLoaders.reportsTo.load(`${actor.id}:${round.employeeId}`));
}

@Resolver(() => ReviewerAssignment)
export class ReviewerAssignmentResolver {
  @ResolveField(() => EvaluationRound)
  async round(@Parent() a: ReviewerAssignment, @CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    // Batched (a list of assignments costs one query); the same rule as RoundsService.getRound.
    const round = await ctx.roundLoaders.round.load(a.roundId);
    if (!round || round.agencyId !== actor.agencyId) throw RoundErrors.notFound('Putaran penilaian');
    if (a.reviewerId === actor.id && a.state !== AssignmentState.REJECTED) return round;
    if ((await viewerFor(actor, round, ctx)) !== 'REVIEWER') return round;
    throw AuthErrors.forbidden();
  }

  @ResolveField(() => Employee, { nullable: true, description: 'The reviewer: visible to themself, the supervisor and ADMIN.' })
  async reviewer(@Parent() a: ReviewerAssignment, @CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    if (a.reviewerId === actor.id) return ctx.loaders.employee.load(a.reviewerId);
    const round = await ctx.roundLoaders.round.load(a.roundId);
    if (!round || round.agencyId !== actor.agencyId) return null;
    return mayNameReviewer(await viewerFor(actor, round, ctx)) ? ctx.loaders.employee.load(a.reviewerId) : null;
  }
}

@Resolver(() => InstrumentVersion)
export class InstrumentResolver {
  constructor(private readonly rounds: RoundsService) {}

  @Roles('ADMIN')
  @Mutation(() => InstrumentVersion, { description: 'ADMIN: publishes a new instrument version; rounds already opened keep theirs.' })
  publishInstrument(@CurrentActor() actor: Actor, @Args('input') input: PublishInstrumentInput, @Context() ctx: GraphQLContext) {
    return this.rounds.publishInstrument(actor, input, ctx.requestId);
  }

  @Query(() => InstrumentVersion, { description: 'The BerAKHLAK instrument new rounds open with.' })
  async currentInstrument(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    return ctx.roundLoaders.instrument.load(await this.rounds.currentInstrumentId(actor.agencyId));
  }
}
