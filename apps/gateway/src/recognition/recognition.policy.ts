import { Injectable } from '@nestjs/common';
import { Actor, isAdmin } from '../auth/actor';

/**
 * Who may do what with recognition and development (issue 15), in one place:
 * - award candidates, training suggestions and their CSV exports: ADMIN (agency HR, BKPSDM) only,
 *   of their own agency; they are the agency's decision, and list names with scores;
 * - the training catalogue: ADMIN maintains it (create, edit, switch off); ADMIN reads it.
 * The GraphQL operations declare the role with @Roles (decided before input validation); the CSV
 * routes ask `mayExport` before reading their query parameters. What each round shows inside a
 * list is still round-disclosure.ts (ADMIN is a MANAGER there: no figure below a source's minimum).
 */
@Injectable()
export class RecognitionPolicy {
  mayExport(actor: Actor | null): actor is Actor {
    return actor !== null && isAdmin(actor);
  }

  mayManageCatalogue(actor: Actor): boolean {
    return isAdmin(actor);
  }
}
