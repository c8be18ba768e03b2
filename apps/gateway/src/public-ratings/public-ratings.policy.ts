import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** May the caller work the counter of this service point (issue and complete tickets): ADMIN or its staff. */
  async mayServeAt(actor: Actor, servicePointId: string): Promise<boolean> {
    if (isAdmin(actor)) return true;
    const [row] = await this.ds.query(`SELECT 1 AS hit FROM service_point_staff WHERE service_point_id = $1 AND employee_id = $2`, [
      servicePointId,
      actor.id,
    ]);
    return Boolean(row);
  }
}
