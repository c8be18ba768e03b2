import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * In-app notifications (issue 14): reminders to one employee that something waits for them. The
 * reminder job computes them set-wise from the rounds' state; the table's unique `dedupe_key` makes
 * each reminder once (per subject and kind; DEADLINE_SOON per subject and agency-local day), so
 * running the job twice, or on two workers at once, creates nothing twice.
 */
export type NotificationKindValue =
  'REVIEW_WAITING' | 'NOMINATION_TO_DECIDE' | 'ROUND_READY_TO_CLOSE' | 'DEADLINE_SOON' | 'NOMINATION_DECIDED' | 'SATISFACTION_LOW';

export const NOTIFICATION_DEDUPE_UQ = 'notification_dedupe_uq';

export interface NotificationRecord {
  id: string;
  agencyId: string;
  employeeId: string;
  kind: NotificationKindValue;
  roundId: string | null;
  assignmentId: string | null;
  periodId: string | null;
  /** The service point it is about (SATISFACTION_LOW). */
  servicePointId: string | null;
  createdAt: Date;
  readAt: Date | null;
  /** Opaque keyset position of this row (newest first), for `after`. */
  cursor: string;
}

/** What each kind of notification says (Bahasa Indonesia), in the app and in its email. */
export const NOTIFICATION_MESSAGES: Record<NotificationKindValue, string> = {
  REVIEW_WAITING: 'Ada penilaian 360 yang menunggu Anda isi.',
  NOMINATION_TO_DECIDE: 'Ada usulan penilai rekan kerja yang menunggu keputusan Anda.',
  ROUND_READY_TO_CLOSE: 'Semua penilaian sudah masuk: putaran penilaian siap Anda tutup.',
  DEADLINE_SOON: 'Batas waktu penilaian tinggal dua hari lagi atau kurang; masih ada penilaian yang belum dikirim.',
  NOMINATION_DECIDED: 'Atasan Anda sudah memutuskan usulan penilai rekan kerja Anda.',
  SATISFACTION_LOW:
    'Kepuasan warga menurun: banyak penilaian buruk masuk di salah satu titik layanan unit Anda dalam 24 jam terakhir. Baca komentar warga dan rencanakan tindak lanjut.',
};

/** A notification claimed for email: its recipient's address and name. */
export interface NotificationEmailRecord {
  id: string;
  kind: NotificationKindValue;
  email: string;
  name: string;
}

/** How many reminders one run created, per kind (SATISFACTION_LOW is not a reminder: the aggregation creates it). */
export type ReminderCounts = Record<Exclude<NotificationKindValue, 'SATISFACTION_LOW'>, number>;

interface NotificationRow {
  id: string;
  agency_id: string;
  employee_id: string;
  kind: NotificationKindValue;
  round_id: string | null;
  assignment_id: string | null;
  period_id: string | null;
  service_point_id: string | null;
  created_at: Date;
  read_at: Date | null;
  created_at_text: string;
}

const COLUMNS = `id, agency_id, employee_id, kind, round_id, assignment_id, period_id, service_point_id, created_at, read_at,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at_text`;

const encodeCursor = (createdAt: string, id: string): string => Buffer.from(`${createdAt}|${id}`, 'utf8').toString('base64url');

/** The keyset position of a cursor, or null when it is not one of ours. */
export function decodeNotificationCursor(cursor: string): { createdAt: string; id: string } | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(text);
  return m ? { createdAt: m[1], id: m[2] } : null;
}

const toNotification = (r: NotificationRow): NotificationRecord => ({
  id: r.id,
  agencyId: r.agency_id,
  employeeId: r.employee_id,
  kind: r.kind,
  roundId: r.round_id,
  assignmentId: r.assignment_id,
  periodId: r.period_id,
  servicePointId: r.service_point_id,
  createdAt: r.created_at,
  readAt: r.read_at,
  cursor: encodeCursor(r.created_at_text, r.id),
});

/** Rows of an `UPDATE … RETURNING` through TypeORM's `query()`, which answers `[rows, affectedCount]` for that command. */
function updated<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/** The approved seat `a` waits: its current holder has no review in it (a moved SUPERVISOR seat's former holder's does not count). */
const SEAT_WAITING = `NOT EXISTS (SELECT 1 FROM review v WHERE v.assignment_id = a.id AND v.reviewer_id = a.reviewer_id)`;

/** The period `p`'s review deadline is from today to `$1` days ahead in the agency `ag`'s time zone. */
const DEADLINE_SOON_WINDOW = `p.review_deadline BETWEEN (now() AT TIME ZONE ag.time_zone)::date AND (now() AT TIME ZONE ag.time_zone)::date + $1::int`;

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  // ---- the reminder job ---------------------------------------------------------------------------

  /**
   * Creates every reminder due now, in six set-wise statements, and answers how many were new:
   * - REVIEW_WAITING to each reviewer with a waiting seat: an approved seat of an OPEN round whose
   *   current holder has submitted no review in it (the SUPERVISOR seat moves to a new supervisor
   *   with a reporting-line change; the former one's review does not count for the new holder).
   *   Once per seat and holder;
   * - NOMINATION_TO_DECIDE to the supervisor of an OPEN round with a NOMINATED reviewer (once per nomination);
   * - ROUND_READY_TO_CLOSE to the supervisor of an OPEN round whose every approved seat is reviewed
   *   by its holder (once per round and opening: a reopened round may remind again);
   * - DEADLINE_SOON to each reviewer with a waiting seat in a period whose review deadline is from
   *   today to `deadlineSoonDays` ahead, in the agency's time zone (once per seat and local day);
   *   and to the supervisor of each OPEN round of such a period that is not ready to close (a seat
   *   of someone else waits) while their own seat in it does not (that one reminds them already):
   *   once per round, supervisor and local day, with no assignment;
   * - NOMINATION_DECIDED to the employee of an OPEN round when the supervisor approved or rejected
   *   a peer the employee nominated (once per nomination and decision).
   */
  async createReminders(deadlineSoonDays: number, m: EntityManager = this.ds.manager): Promise<ReminderCounts> {
    const create = async (select: string, params: unknown[] = []): Promise<number> => {
      const rows: unknown[] = await m.query(
        `INSERT INTO notification (agency_id, employee_id, kind, round_id, assignment_id, period_id, dedupe_key)
         ${select}
         ON CONFLICT ON CONSTRAINT ${NOTIFICATION_DEDUPE_UQ} DO NOTHING RETURNING id`,
        params,
      );
      return rows.length;
    };
    // Only active employees are reminded (an inactive one cannot sign in to read it).
    const REVIEW_WAITING = await create(`
      SELECT r.agency_id, a.reviewer_id, 'REVIEW_WAITING', r.id, a.id, r.period_id, 'REVIEW_WAITING:' || a.id || ':' || a.reviewer_id
        FROM reviewer_assignment a
        JOIN evaluation_round r ON r.id = a.round_id
        JOIN employee e ON e.id = a.reviewer_id AND e.active
       WHERE r.status = 'OPEN' AND a.state = 'APPROVED'
         AND ${SEAT_WAITING}`);
    const NOMINATION_TO_DECIDE = await create(`
      SELECT r.agency_id, r.supervisor_id, 'NOMINATION_TO_DECIDE', r.id, a.id, r.period_id,
             'NOMINATION_TO_DECIDE:' || a.id || ':' || r.supervisor_id
        FROM reviewer_assignment a
        JOIN evaluation_round r ON r.id = a.round_id
        JOIN employee e ON e.id = r.supervisor_id AND e.active
       WHERE r.status = 'OPEN' AND a.state = 'NOMINATED'`);
    const ROUND_READY_TO_CLOSE = await create(`
      SELECT r.agency_id, r.supervisor_id, 'ROUND_READY_TO_CLOSE', r.id, NULL::uuid, r.period_id,
             'ROUND_READY_TO_CLOSE:' || r.id || ':' || r.close_count || ':' || r.supervisor_id
        FROM evaluation_round r
        JOIN employee e ON e.id = r.supervisor_id AND e.active
       WHERE r.status = 'OPEN'
         AND EXISTS (SELECT 1 FROM reviewer_assignment s
                      WHERE s.round_id = r.id AND s.relation = 'SUPERVISOR' AND s.reviewer_id = r.supervisor_id)
         AND NOT EXISTS (SELECT 1 FROM reviewer_assignment a
                          WHERE a.round_id = r.id AND a.state = 'APPROVED'
                            AND ${SEAT_WAITING})`);
    const DEADLINE_SOON = await create(
      `
      SELECT r.agency_id, a.reviewer_id, 'DEADLINE_SOON', r.id, a.id, r.period_id,
             'DEADLINE_SOON:' || a.id || ':' || a.reviewer_id || ':' || (now() AT TIME ZONE ag.time_zone)::date
        FROM reviewer_assignment a
        JOIN evaluation_round r ON r.id = a.round_id
        JOIN employee e ON e.id = a.reviewer_id AND e.active
        JOIN period p ON p.id = r.period_id
        JOIN agency ag ON ag.id = r.agency_id
       WHERE r.status = 'OPEN' AND a.state = 'APPROVED'
         AND ${SEAT_WAITING}
         AND ${DEADLINE_SOON_WINDOW}`,
      [deadlineSoonDays],
    );
    const DEADLINE_SOON_TEAM = await create(
      `
      SELECT r.agency_id, r.supervisor_id, 'DEADLINE_SOON', r.id, NULL::uuid, r.period_id,
             'DEADLINE_SOON:round:' || r.id || ':' || r.supervisor_id || ':' || (now() AT TIME ZONE ag.time_zone)::date
        FROM evaluation_round r
        JOIN employee e ON e.id = r.supervisor_id AND e.active
        JOIN period p ON p.id = r.period_id
        JOIN agency ag ON ag.id = r.agency_id
       WHERE r.status = 'OPEN'
         AND ${DEADLINE_SOON_WINDOW}
         AND EXISTS (SELECT 1 FROM reviewer_assignment a
                      WHERE a.round_id = r.id AND a.state = 'APPROVED' AND a.reviewer_id <> r.supervisor_id
                        AND ${SEAT_WAITING})
         AND NOT EXISTS (SELECT 1 FROM reviewer_assignment a
                          WHERE a.round_id = r.id AND a.state = 'APPROVED' AND a.reviewer_id = r.supervisor_id
                            AND ${SEAT_WAITING})`,
      [deadlineSoonDays],
    );
    const NOMINATION_DECIDED = await create(`
      SELECT r.agency_id, r.employee_id, 'NOMINATION_DECIDED', r.id, a.id, r.period_id,
             'NOMINATION_DECIDED:' || a.id || ':' || a.state || ':' || r.employee_id
        FROM reviewer_assignment a
        JOIN evaluation_round r ON r.id = a.round_id
        JOIN employee e ON e.id = r.employee_id AND e.active
       WHERE r.status = 'OPEN' AND a.relation = 'PEER' AND a.state IN ('APPROVED', 'REJECTED')
         AND a.nominated_by = r.employee_id AND a.decided_at IS NOT NULL`);
    return {
      REVIEW_WAITING,
      NOMINATION_TO_DECIDE,
      ROUND_READY_TO_CLOSE,
      DEADLINE_SOON: DEADLINE_SOON + DEADLINE_SOON_TEAM,
      NOMINATION_DECIDED,
    };
  }

  // ---- the low-satisfaction alert (libs/scoring satisfaction-alert) --------------------------------

  /**
   * SATISFACTION_LOW to each listed employee about a service point, at most once per service point,
   * recipient and agency-local day (dedupe key), so however many ratings arrive and however many
   * workers check, a head is alerted once a day. Answers how many were new.
   */
  async createSatisfactionLow(servicePointId: string, employeeIds: readonly string[], m: EntityManager = this.ds.manager): Promise<number> {
    const rows: unknown[] = await m.query(
      `INSERT INTO notification (agency_id, employee_id, kind, service_point_id, dedupe_key)
       SELECT sp.agency_id, e.id, 'SATISFACTION_LOW', sp.id,
              'SATISFACTION_LOW:' || sp.id || ':' || e.id || ':' || (now() AT TIME ZONE ag.time_zone)::date
         FROM service_point sp
         JOIN agency ag ON ag.id = sp.agency_id
         JOIN employee e ON e.agency_id = sp.agency_id AND e.active AND e.id = ANY($2::uuid[])
        WHERE sp.id = $1
       ON CONFLICT ON CONSTRAINT ${NOTIFICATION_DEDUPE_UQ} DO NOTHING RETURNING id`,
      [servicePointId, employeeIds],
    );
    return rows.length;
  }

  // ---- the email channel ------------------------------------------------------------------------

  /**
   * Claims up to `limit` notifications not yet emailed whose recipient (active) has an email
   * address: stamps their emailed_at and answers them. Rows another worker is claiming are skipped
   * (FOR UPDATE SKIP LOCKED), so two workers never claim one row; a claimed row is never claimed again
   * unless releaseEmail gives it back.
   */
  async claimForEmail(limit: number, m: EntityManager = this.ds.manager): Promise<NotificationEmailRecord[]> {
    return updated<NotificationEmailRecord>(
      await m.query(
        `UPDATE notification n SET emailed_at = now()
           FROM employee e
          WHERE e.id = n.employee_id
            AND n.id IN (SELECT c.id FROM notification c
                           JOIN employee ce ON ce.id = c.employee_id AND ce.active AND ce.email IS NOT NULL
                          WHERE c.emailed_at IS NULL
                          ORDER BY c.created_at, c.id
                          LIMIT $1
                          FOR UPDATE OF c SKIP LOCKED)
            AND n.emailed_at IS NULL
          RETURNING n.id, n.kind, e.email, e.name`,
        [limit],
      ),
    );
  }

  /** Gives a claimed notification back (its email could not be sent), so a later run retries it. */
  async releaseEmail(id: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE notification SET emailed_at = NULL WHERE id = $1`, [id]);
  }

  // ---- the recipient's reads and writes -----------------------------------------------------------

  /** The employee's notifications, newest first, `first` after the cursor position. */
  async ofRecipient(
    q: { agencyId: string; employeeId: string; unreadOnly: boolean; first: number; after: { createdAt: string; id: string } | null },
    m: EntityManager = this.ds.manager,
  ): Promise<NotificationRecord[]> {
    const rows: NotificationRow[] = await m.query(
      `SELECT ${COLUMNS} FROM notification
        WHERE agency_id = $1 AND employee_id = $2 AND (NOT $3::boolean OR read_at IS NULL)
          AND ($4::timestamptz IS NULL OR (created_at, id) < ($4::timestamptz, $5::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $6`,
      [q.agencyId, q.employeeId, q.unreadOnly, q.after?.createdAt ?? null, q.after?.id ?? null, q.first],
    );
    return rows.map(toNotification);
  }

  async unreadCount(agencyId: string, employeeId: string, m: EntityManager = this.ds.manager): Promise<number> {
    const [row] = await m.query(
      `SELECT count(*)::int AS n FROM notification WHERE agency_id = $1 AND employee_id = $2 AND read_at IS NULL`,
      [agencyId, employeeId],
    );
    return row.n as number;
  }

  /** Marks the employee's own unread notifications among `ids` read; others' ids are ignored. Answers the ids marked. */
  async markRead(agencyId: string, employeeId: string, ids: readonly string[], m: EntityManager = this.ds.manager): Promise<string[]> {
    const rows = updated<{ id: string }>(
      await m.query(
        `UPDATE notification SET read_at = now()
          WHERE agency_id = $1 AND employee_id = $2 AND id = ANY($3::uuid[]) AND read_at IS NULL
          RETURNING id`,
        [agencyId, employeeId, ids],
      ),
    );
    return rows.map((r) => r.id);
  }

  /** Marks every unread notification of the employee read; answers how many. */
  async markAllRead(agencyId: string, employeeId: string, m: EntityManager = this.ds.manager): Promise<number> {
    const rows = updated<{ id: string }>(
      await m.query(`UPDATE notification SET read_at = now() WHERE agency_id = $1 AND employee_id = $2 AND read_at IS NULL RETURNING id`, [
        agencyId,
        employeeId,
      ]),
    );
    return rows.length;
  }
}
