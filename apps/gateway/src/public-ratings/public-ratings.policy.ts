import { Injectable } from '@nestjs/common';
import { PublicRatingsRepository } from '@k360/database';
import { Actor, isAdmin } from '../auth/actor';

/**
 * Who may do what with the citizen-rating intake, in one place (the per-record rules; the role an
 * operation needs is declared on its resolver method with @Roles and decided by the AuthGuard
 * before input validation):
 * - ADMIN: rating links, kiosks and their pairing codes, held ratings, recomputing the IKM
 *   (declared ADMIN-only on the resolvers);
 * - service tickets: ADMIN, or staff of the ticket's service point;
 * - citizens (public): the rating page's context and submitting a rating, with a valid token.
 */
@Injectable()
export class PublicRatingsPolicy {
  constructor(private readonly ratings: PublicRatingsRepository) {}

  /** May the caller work the counter of this service point (issue and complete tickets): ADMIN or its staff. */
  async mayServeAt(actor: Actor, servicePointId: string): Promise<boolean> {
    if (isAdmin(actor)) return true;
    return this.ratings.isStaffOf(servicePointId, actor.id, false);
  }
}
