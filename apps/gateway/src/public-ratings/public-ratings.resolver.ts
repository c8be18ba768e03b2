import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators';
import type { GraphQLContext } from '../graphql/graphql.context';
import { CreateRatingLinkInput, IssueServiceTicketInput, RegisterKioskInput, SubmitPublicRatingInput } from './dto/public-rating.inputs';
import {
  DeskServicePoint,
  HeldRating,
  Kiosk,
  KioskPairing,
  KioskPairingCode,
  PublicRatingContext,
  PublicRatingReceipt,
  RatingLink,
  ServiceTicket,
  ServiceTicketConnection,
} from './models/public-rating.models';
import { PublicRatingsService } from './public-ratings.service';

@Resolver()
export class PublicRatingsResolver {
  constructor(private readonly service: PublicRatingsService) {}

  @Roles('ADMIN')
  @Mutation(() => RatingLink, { description: 'ADMIN: a signed link (and QR code) for rating a service point, optionally one officer.' })
  createRatingLink(@CurrentActor() actor: Actor, @Args('input') input: CreateRatingLinkInput, @Context() ctx: GraphQLContext) {
    return this.service.createRatingLink(actor, input, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => RatingLink)
  revokeRatingLink(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext) {
    return this.service.revokeRatingLink(actor, id, ctx.requestId);
  }

  @Roles('ADMIN')
  @Query(() => [RatingLink], { description: 'ADMIN: the rating links of the agency (or of one service point).' })
  ratingLinks(@CurrentActor() actor: Actor, @Args('servicePointId', { type: () => ID, nullable: true }) servicePointId?: string) {
    return this.service.ratingLinks(actor, servicePointId);
  }

  @Roles('ADMIN')
  @Mutation(() => Kiosk, { description: 'ADMIN: registers a kiosk tablet; its deviceToken is in this answer only.' })
  registerKiosk(@CurrentActor() actor: Actor, @Args('input') input: RegisterKioskInput, @Context() ctx: GraphQLContext) {
    return this.service.registerKiosk(actor, input, ctx.requestId);
  }

  @Roles('ADMIN')
  @Query(() => [Kiosk], { description: 'ADMIN: kiosks with when each was last seen.' })
  kiosks(@CurrentActor() actor: Actor, @Args('servicePointId', { type: () => ID, nullable: true }) servicePointId?: string) {
    return this.service.kiosks(actor, servicePointId);
  }

  @Roles('ADMIN')
  @Mutation(() => Kiosk)
  renameKiosk(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('name') name: string,
    @Context() ctx: GraphQLContext,
  ) {
    return this.service.renameKiosk(actor, id, name, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => Kiosk, { description: 'ADMIN: a revoked kiosk can no longer submit ratings.' })
  revokeKiosk(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext) {
    return this.service.revokeKiosk(actor, id, ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => KioskPairingCode, { description: 'ADMIN: a six-digit code (10 minutes, single use) that pairs the kiosk tablet.' })
  createKioskPairingCode(@CurrentActor() actor: Actor, @Args('kioskId', { type: () => ID }) kioskId: string) {
    return this.service.createKioskPairingCode(actor, kioskId);
  }

  @Public()
  @Mutation(() => KioskPairing, { description: 'Public: the kiosk exchanges its pairing code for its device token.' })
  pairKiosk(@Args('code') code: string, @Context() ctx: GraphQLContext) {
    return this.service.pairKiosk(code, ctx.req.ip ?? 'unknown');
  }

  @Mutation(() => ServiceTicket, { description: 'Staff of the service point (or ADMIN): a one-time rating ticket for a queue slip.' })
  issueServiceTicket(@CurrentActor() actor: Actor, @Args('input') input: IssueServiceTicketInput) {
    return this.service.issueServiceTicket(actor, input);
  }

  @Mutation(() => ServiceTicket, { description: 'Records that the service on this ticket is finished (completion time).' })
  completeServiceTicket(@CurrentActor() actor: Actor, @Args('ticketId', { type: () => ID }) ticketId: string) {
    return this.service.completeServiceTicket(actor, ticketId);
  }

  @Query(() => [DeskServicePoint], { description: 'The service desk: the service points whose counter the caller works (staff of them).' })
  deskServicePoints(@CurrentActor() actor: Actor) {
    return this.service.deskServicePoints(actor);
  }

  @Query(() => ServiceTicketConnection, {
    description:
      'Staff of the service point (or ADMIN): its tickets issued today (agency time zone) and not completed, in the order of issue; page with `after` (a ticket id).',
  })
  openServiceTickets(
    @CurrentActor() actor: Actor,
    @Args('servicePointId', { type: () => ID }) servicePointId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => ID, nullable: true }) after?: string | null,
  ) {
    return this.service.openServiceTickets(actor, servicePointId, first, after ?? null);
  }

  @Public()
  @Query(() => PublicRatingContext, { description: 'Public: what a rating page shows for a token (service point, officers).' })
  publicRatingContext(@Args('token') token: string) {
    return this.service.context(token);
  }

  @Roles('ADMIN')
  @Query(() => [HeldRating], {
    description: 'ADMIN: held citizen ratings of the agency (or of one service point) awaiting a decision, oldest first, at most 1,000.',
  })
  heldRatings(@CurrentActor() actor: Actor, @Args('servicePointId', { type: () => ID, nullable: true }) servicePointId?: string) {
    return this.service.heldRatings(actor, servicePointId);
  }

  @Roles('ADMIN')
  @Mutation(() => Int, {
    description:
      'ADMIN: held ratings that count after all (audited); answers how many were released now (already decided ones are skipped).',
  })
  releaseHeldRatings(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID] }) ids: string[], @Context() ctx: GraphQLContext) {
    return this.service.decideHeldRatings(actor, ids, 'RELEASED', ctx.requestId);
  }

  @Roles('ADMIN')
  @Mutation(() => Int, { description: 'ADMIN: held ratings that will never count (audited); answers how many were rejected now.' })
  rejectHeldRatings(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID] }) ids: string[], @Context() ctx: GraphQLContext) {
    return this.service.decideHeldRatings(actor, ids, 'REJECTED', ctx.requestId);
  }

  @Public()
  @Mutation(() => PublicRatingReceipt, { description: 'Public: a citizen’s rating through a link, a kiosk or a ticket.' })
  submitPublicRating(@Args('input') input: SubmitPublicRatingInput, @Context() ctx: GraphQLContext) {
    return this.service.submit(input, ctx.req.ip ?? 'unknown');
  }
}
