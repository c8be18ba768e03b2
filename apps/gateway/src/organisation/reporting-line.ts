import { EntityManager } from 'typeorm';
import { AuditService, RoundsRepository } from '@k360/database';
import { OrgErrors } from './organisation.errors';

export interface ReportingLineChange {
  employeeId: string;
  /** The new direct supervisor, or null when the line was cleared. */
  supervisorId: string | null;
  actorId: string;
  agencyId: string;
  requestId?: string;
}

/**
 * Rights on a round follow the current reporting line. A round stores the supervisor it was
 * opened under (evaluation_round.supervisor_id, who may manage and close it) and gives that
 * supervisor the round's one SUPERVISOR reviewer seat. When an employee's supervisor changes,
 * this moves every round of theirs that is still DRAFT or OPEN, in the caller's transaction:
 *
 * - the round's supervisor_id becomes the new supervisor (null when the line is cleared: then
 *   only an ADMIN manages it until a supervisor is set);
 * - the SUPERVISOR seat (reviewer_assignment) moves to the new supervisor, APPROVED; with no new
 *   supervisor it is set REJECTED, so the former one can neither read the round nor revise;
 * - a review the former supervisor already submitted stays on record under the seat (it is a
 *   fact: its row keeps their reviewer_id). It remains the round's supervisor review until the new
 *   supervisor submits theirs, which becomes the seat's next revision and replaces it; the worker
 *   scores the seat's current revision, as before (current_review is per assignment). The seat
 *   counts as not submitted meanwhile: closeRound needs a current revision by the round's current
 *   supervisor, so the new one must assess before closing (rounds.service.ts);
 * - if the new supervisor holds another seat on the round (a peer) without a review, that seat
 *   goes; if they already reviewed as a peer, the change is refused (SUPERVISOR_ALREADY_REVIEWER)
 *   rather than let one person count twice;
 * - one ROUND_SUPERVISOR_REASSIGNED audit entry per round.
 *
 * CLOSED and SCORED rounds keep the supervisor they were closed by (the record of who assessed).
 * Returns how many rounds moved. The statements (and their locks) are RoundsRepository's.
 */
export async function moveOpenRounds(
  m: EntityManager,
  deps: { audit: AuditService; rounds: RoundsRepository },
  change: ReportingLineChange,
): Promise<number> {
  const { employeeId, supervisorId, actorId } = change;
  const { audit, rounds: repo } = deps;
  // Lock order as submitReview: the supervisor seats first, then the rounds.
  await repo.lockSupervisorSeats(employeeId, m);
  const rounds = await repo.lockRoundsToMove(employeeId, supervisorId, m);
  if (!rounds.length) return 0;
  const ids = rounds.map((r) => r.roundId);
  let removedPeerSeats: Array<{ roundId: string }> = [];
  if (supervisorId) {
    const clashes = await repo.lockPeerSeats(ids, supervisorId, m);
    if (clashes.some((c) => c.submitted)) throw OrgErrors.supervisorAlreadyReviewer();
    if (clashes.length) {
      await repo.deleteSeats(
        clashes.map((c) => c.id),
        m,
      );
      removedPeerSeats = clashes;
    }
  }
  await repo.setRoundSupervisor(ids, supervisorId, m);
  if (supervisorId) await repo.giveSupervisorSeats(ids, supervisorId, actorId, m);
  else await repo.rejectSupervisorSeats(ids, actorId, m);
  for (const r of rounds) {
    await audit
      .forEmployee({ id: actorId, agencyId: change.agencyId }, change.requestId)
      .record(m, 'ROUND_SUPERVISOR_REASSIGNED', 'evaluation_round', r.roundId, {
        before: { supervisorId: r.supervisorId, supervisorReviewSubmitted: r.seatSubmitted, seatState: r.seatState },
        after: {
          supervisorId,
          reason: 'REPORTING_LINE_CHANGED',
          employeeId,
          removedPeerSeat: removedPeerSeats.some((c) => c.roundId === r.roundId),
        },
      });
  }
  return rounds.length;
}
