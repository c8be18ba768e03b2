import { EntityManager } from 'typeorm';
import { AuditService } from '@k360/database';
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
 * Returns how many rounds moved.
 */
export async function moveOpenRounds(m: EntityManager, audit: AuditService, change: ReportingLineChange): Promise<number> {
  const { employeeId, supervisorId, actorId } = change;
  // Lock order as submitReview: the supervisor seats first, then the rounds.
  await m.query(
    `SELECT a.id FROM reviewer_assignment a JOIN evaluation_round r ON r.id = a.round_id
      WHERE r.employee_id = $1 AND r.status IN ('DRAFT', 'OPEN') AND a.relation = 'SUPERVISOR'
      FOR UPDATE OF a`,
    [employeeId],
  );
  const rounds: Array<{ id: string; supervisor_id: string | null; seat_state: string | null; seat_submitted: boolean }> = await m.query(
    `SELECT r.id, r.supervisor_id, a.state AS seat_state,
            EXISTS (SELECT 1 FROM review v WHERE v.assignment_id = a.id) AS seat_submitted
       FROM evaluation_round r
       LEFT JOIN reviewer_assignment a ON a.round_id = r.id AND a.relation = 'SUPERVISOR'
      WHERE r.employee_id = $1 AND r.status IN ('DRAFT', 'OPEN') AND r.supervisor_id IS DISTINCT FROM $2::uuid
      ORDER BY r.id
      FOR UPDATE OF r`,
    [employeeId, supervisorId],
  );
  if (!rounds.length) return 0;
  const ids = rounds.map((r) => r.id);
  let removedPeerSeats: Array<{ round_id: string }> = [];
  if (supervisorId) {
    const clashes: Array<{ id: string; round_id: string; submitted: boolean }> = await m.query(
      `SELECT a.id, a.round_id, EXISTS (SELECT 1 FROM review v WHERE v.assignment_id = a.id) AS submitted
         FROM reviewer_assignment a
        WHERE a.round_id = ANY($1::uuid[]) AND a.reviewer_id = $2 AND a.relation <> 'SUPERVISOR'
        FOR UPDATE`,
      [ids, supervisorId],
    );
    if (clashes.some((c) => c.submitted)) throw OrgErrors.supervisorAlreadyReviewer();
    if (clashes.length) {
      await m.query(`DELETE FROM reviewer_assignment WHERE id = ANY($1::uuid[])`, [clashes.map((c) => c.id)]);
      removedPeerSeats = clashes;
    }
  }
  await m.query(`UPDATE evaluation_round SET supervisor_id = $2 WHERE id = ANY($1::uuid[])`, [ids, supervisorId]);
  if (supervisorId) {
    await m.query(
      `UPDATE reviewer_assignment SET reviewer_id = $2, state = 'APPROVED', decided_by = $3, decided_at = now()
        WHERE round_id = ANY($1::uuid[]) AND relation = 'SUPERVISOR'`,
      [ids, supervisorId, actorId],
    );
    await m.query(
      `INSERT INTO reviewer_assignment (round_id, reviewer_id, relation, state, nominated_by, decided_by, decided_at)
       SELECT t.id, $2, 'SUPERVISOR', 'APPROVED', $3, $3, now() FROM unnest($1::uuid[]) AS t(id)
        WHERE NOT EXISTS (SELECT 1 FROM reviewer_assignment a WHERE a.round_id = t.id AND a.relation = 'SUPERVISOR')`,
      [ids, supervisorId, actorId],
    );
  } else {
    await m.query(
      `UPDATE reviewer_assignment SET state = 'REJECTED', decided_by = $2, decided_at = now()
        WHERE round_id = ANY($1::uuid[]) AND relation = 'SUPERVISOR'`,
      [ids, actorId],
    );
  }
  for (const r of rounds) {
    await audit
      .forEmployee({ id: actorId, agencyId: change.agencyId }, change.requestId)
      .record(m, 'ROUND_SUPERVISOR_REASSIGNED', 'evaluation_round', r.id, {
        before: { supervisorId: r.supervisor_id, supervisorReviewSubmitted: r.seat_submitted, seatState: r.seat_state },
        after: {
          supervisorId,
          reason: 'REPORTING_LINE_CHANGED',
          employeeId,
          removedPeerSeat: removedPeerSeats.some((c) => c.round_id === r.id),
        },
      });
  }
  return rounds.length;
}
