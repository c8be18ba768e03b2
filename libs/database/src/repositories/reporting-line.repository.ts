import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A DRAFT or OPEN round whose supervisor a reporting-line change moves, as it was before. */
export interface RoundToMoveRecord {
  roundId: string;
  supervisorId: string | null;
  /** State of the round's SUPERVISOR seat, or null when it has none. */
  seatState: string | null;
  /** The SUPERVISOR seat has at least one review. */
  seatSubmitted: boolean;
}

/** A seat (reviewer_assignment) the new supervisor already holds on a round, besides SUPERVISOR. */
export interface PeerSeatRecord {
  id: string;
  roundId: string;
  submitted: boolean;
}

/**
 * The statements a reporting-line change runs on the employee's open rounds (evaluation_round,
 * reviewer_assignment; review is only read): see moveOpenRounds in the gateway's
 * organisation/reporting-line.ts for the rules. Lock order as submitReview: the supervisor seats
 * first, then the rounds.
 *
 * These tables belong to the rounds aggregate; the statements are kept here, apart, so they can
 * move into the rounds repository as they are.
 */
@Injectable()
export class ReportingLineRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Locks the SUPERVISOR seats of the employee's DRAFT and OPEN rounds (FOR UPDATE). */
  async lockSupervisorSeats(employeeId: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(
      `SELECT a.id FROM reviewer_assignment a JOIN evaluation_round r ON r.id = a.round_id
        WHERE r.employee_id = $1 AND r.status IN ('DRAFT', 'OPEN') AND a.relation = 'SUPERVISOR'
        FOR UPDATE OF a`,
      [employeeId],
    );
  }

  /**
   * Locks and returns the employee's DRAFT and OPEN rounds whose supervisor is not already
   * `supervisorId` (null: rounds that have one), by id, with their SUPERVISOR seat.
   */
  async lockRoundsToMove(
    employeeId: string,
    supervisorId: string | null,
    m: EntityManager = this.ds.manager,
  ): Promise<RoundToMoveRecord[]> {
    const rows: Array<{ id: string; supervisor_id: string | null; seat_state: string | null; seat_submitted: boolean }> = await m.query(
      `SELECT r.id, r.supervisor_id, a.state AS seat_state,
              EXISTS (SELECT 1 FROM review v WHERE v.assignment_id = a.id) AS seat_submitted
         FROM evaluation_round r
         LEFT JOIN reviewer_assignment a ON a.round_id = r.id AND a.relation = 'SUPERVISOR'
        WHERE r.employee_id = $1 AND r.status IN ('DRAFT', 'OPEN') AND r.supervisor_id IS DISTINCT FROM $2::uuid
        ORDER BY r.id
        FOR UPDATE OF r`,
      [employeeId, supervisorId],
    );
    return rows.map((r) => ({ roundId: r.id, supervisorId: r.supervisor_id, seatState: r.seat_state, seatSubmitted: r.seat_submitted }));
  }

  /** Locks and returns the other (non-SUPERVISOR) seats `reviewerId` holds on these rounds. */
  async lockPeerSeats(roundIds: readonly string[], reviewerId: string, m: EntityManager = this.ds.manager): Promise<PeerSeatRecord[]> {
    const rows: Array<{ id: string; round_id: string; submitted: boolean }> = await m.query(
      `SELECT a.id, a.round_id, EXISTS (SELECT 1 FROM review v WHERE v.assignment_id = a.id) AS submitted
         FROM reviewer_assignment a
        WHERE a.round_id = ANY($1::uuid[]) AND a.reviewer_id = $2 AND a.relation <> 'SUPERVISOR'
        FOR UPDATE`,
      [roundIds, reviewerId],
    );
    return rows.map((r) => ({ id: r.id, roundId: r.round_id, submitted: r.submitted }));
  }

  /** Deletes seats (ones without a review: reviews reference their seat). */
  async deleteSeats(seatIds: readonly string[], m: EntityManager = this.ds.manager): Promise<void> {
    if (!seatIds.length) return;
    await m.query(`DELETE FROM reviewer_assignment WHERE id = ANY($1::uuid[])`, [seatIds]);
  }

  /** Sets the rounds' supervisor (null: none, only an ADMIN manages them). */
  async setRoundSupervisor(roundIds: readonly string[], supervisorId: string | null, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE evaluation_round SET supervisor_id = $2 WHERE id = ANY($1::uuid[])`, [roundIds, supervisorId]);
  }

  /**
   * Gives each round's SUPERVISOR seat to `supervisorId`, APPROVED and decided by `actorId`:
   * the existing seat changes hands, a round without one gets one.
   */
  async giveSupervisorSeats(
    roundIds: readonly string[],
    supervisorId: string,
    actorId: string,
    m: EntityManager = this.ds.manager,
  ): Promise<void> {
    await m.query(
      `UPDATE reviewer_assignment SET reviewer_id = $2, state = 'APPROVED', decided_by = $3, decided_at = now()
        WHERE round_id = ANY($1::uuid[]) AND relation = 'SUPERVISOR'`,
      [roundIds, supervisorId, actorId],
    );
    await m.query(
      `INSERT INTO reviewer_assignment (round_id, reviewer_id, relation, state, nominated_by, decided_by, decided_at)
       SELECT t.id, $2, 'SUPERVISOR', 'APPROVED', $3, $3, now() FROM unnest($1::uuid[]) AS t(id)
        WHERE NOT EXISTS (SELECT 1 FROM reviewer_assignment a WHERE a.round_id = t.id AND a.relation = 'SUPERVISOR')`,
      [roundIds, supervisorId, actorId],
    );
  }

  /** Sets each round's SUPERVISOR seat REJECTED, decided by `actorId` (the line was cleared). */
  async rejectSupervisorSeats(roundIds: readonly string[], actorId: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(
      `UPDATE reviewer_assignment SET state = 'REJECTED', decided_by = $2, decided_at = now()
        WHERE round_id = ANY($1::uuid[]) AND relation = 'SUPERVISOR'`,
      [roundIds, actorId],
    );
  }
}
