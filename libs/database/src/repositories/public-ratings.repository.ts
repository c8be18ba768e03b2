import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Citizen ratings: the rating sources (rating_link, kiosk and its pairing codes, service_ticket),
 * the intake (rating_idempotency, rating_allowance, public_rating and its monthly partitions,
 * public_rating_held, and the outbox row of each counted rating) and the reads of the service
 * point, its staff and officers the intake needs. The rules (which source may be used, what is
 * held, the windows) live in the gateway's public-ratings.service and libs/scoring's
 * public-rating-rules; this file only says how the rows are read and written.
 */

export type PublicSourceKind = 'link' | 'kiosk' | 'ticket';
export type RatingChannel = 'LINK' | 'KIOSK' | 'TICKET';
export type HoldReason = 'CLIENT_REPEAT' | 'KIOSK_REPEAT';

export interface RatingLinkRecord {
  id: string;
  agencyId: string;
  servicePointId: string;
  employeeId: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

export interface KioskRecord {
  id: string;
  agencyId: string;
  servicePointId: string;
  name: string;
  revokedAt: Date | null;
  lastSeenAt: Date | null;
  createdAt: Date;
}

export interface ServiceTicketRecord {
  id: string;
  agencyId: string;
  servicePointId: string;
  employeeId: string | null;
  issuedAt: Date;
  completedAt: Date | null;
  usedAt: Date | null;
  /**
   * The slip's number: 1, 2, 3... per service point per day in the agency's time zone, in the
   * order of issue (stored, drawn on insert from service_ticket_counter; never shared).
   */
  number: number;
}

/** A service point a staff member works at (the service desk). */
export interface DeskServicePointRecord {
  id: string;
  name: string;
  unitName: string;
}

export interface ServiceTicketPageRecord {
  nodes: ServiceTicketRecord[];
  hasNextPage: boolean;
  totalCount: number;
}

/** A rating source's row as the intake checks it (the fields a kind lacks are null). */
export interface RatingSourceRecord {
  kind: PublicSourceKind;
  id: string;
  agencyId: string;
  servicePointId: string;
  employeeId: string | null;
  /** Links and kiosks. */
  revokedAt: Date | null;
  /** Links. */
  expiresAt: Date | null;
  /** Tickets. */
  issuedAt: Date | null;
  usedAt: Date | null;
  servicePointArchivedAt: Date | null;
}

export interface HeldRatingRecord {
  id: string;
  agencyId: string;
  servicePointId: string;
  employeeId: string | null;
  channel: RatingChannel;
  sourceId: string;
  kind: 'IKM' | 'QUICK';
  /** U1..U9 (nulls for QUICK). */
  answers: Array<number | null>;
  score: number | null;
  comment: string | null;
  reason: HoldReason;
  clientTag: string;
  submittedAt: Date;
  receivedAt: Date;
}

/** What a decision on held ratings touched: the rating and its service point. */
export interface DecidedRatingRecord {
  id: string;
  servicePointId: string;
}

/** The allowance a rating must claim to count at once (see INTAKE). */
export interface RatingAllowanceClaim {
  key: string;
  /** The time compared: the server's for links, the kiosk's tap time for kiosks. */
  at: Date;
  gapSeconds: number;
  /** Every repeat (counted or not) moves the window on (kiosks). */
  slide: boolean;
  /** Why a rating that does not get the allowance is held. */
  reason: HoldReason;
}

/** One rating for the intake statement, with its idempotency key (scoped to the token). */
export interface IntakeRating {
  key: string;
  agencyId: string;
  servicePointId: string;
  employeeId: string | null;
  channel: RatingChannel;
  sourceId: string;
  kind: string;
  /** Nine entries, U1..U9 (nulls for QUICK). */
  answers: Array<number | null>;
  score: number | null;
  comment: string | null;
  respondent: Record<string, string> | null;
  submittedAt: Date;
  /** None: counted at once (tickets, or the public limits off). */
  allowance: RatingAllowanceClaim | null;
  /** Keyed hash of the client's address (groups a client's held ratings). */
  clientTag: string;
}

/** A rating written by an import (the demo's history): counted, with its outbox row. */
export interface ImportedRating {
  agencyId: string;
  servicePointId: string;
  employeeId: string | null;
  channel: RatingChannel;
  sourceId: string;
  kind: 'IKM' | 'QUICK';
  answers: Array<number | null>;
  score: number | null;
  comment: string | null;
  submittedAt: Date;
}

export interface ServicePointNamesRecord {
  name: string;
  unitName: string;
}

export interface OfficerRecord {
  id: string;
  name: string;
}

export interface KioskPairingRecord {
  code: string;
  expiresAt: Date;
}

export interface PairedKioskRecord {
  kioskId: string;
  name: string;
  revokedAt: Date | null;
  servicePointName: string;
}

/** A kiosk of an agency whose admin is known by NIP (the demo's import). */
export interface AgencyKioskRecord {
  id: string;
  agencyId: string;
  servicePointId: string;
}

const SOURCE_TABLE: Record<PublicSourceKind, string> = { link: 'rating_link', kiosk: 'kiosk', ticket: 'service_ticket' };

/**
 * Ratings in one statement, so one round trip and atomic: claim each idempotency key (scoped to
 * the token; a concurrent twin waits for this statement and then finds the key taken), claim the
 * client's allowance for each rating that has one, then store each rating where it belongs:
 * counted (public_rating, with its outbox row) when it needs no allowance or got it, held
 * (public_rating_held) otherwise. No idempotency claim, nothing stored and no allowance used.
 *
 * The allowance (rating_allowance, one row per client and link, or per kiosk, officer and answer)
 * is granted when the rating's time is at least gap_seconds from the row's last_at; links keep
 * last_at at their last counted rating (one counted rating per client per window), kiosks move it
 * to their newest tap either way. ON CONFLICT DO UPDATE locks the row, so concurrent statements
 * decide one after the other on the newest row; the caller never puts two ratings with the same
 * allowance key in one statement (which ON CONFLICT could not update twice).
 * One array parameter per column; answers the keys it claimed.
 */
const INTAKE = `
  WITH input AS (
    SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::uuid[], $7::text[],
                         $8::int[], $9::int[], $10::int[], $11::int[], $12::int[], $13::int[], $14::int[], $15::int[], $16::int[],
                         $17::int[], $18::text[], $19::jsonb[], $20::timestamptz[],
                         $22::text[], $23::timestamptz[], $24::int[], $25::boolean[], $26::text[], $27::text[])
      AS i(key, agency_id, service_point_id, employee_id, channel, source_id, kind, u1, u2, u3, u4, u5, u6, u7, u8, u9, score, comment, respondent, submitted_at,
           allow_key, allow_at, allow_gap, allow_slide, hold_reason, client_tag)
  ), claim AS (
    INSERT INTO rating_idempotency (key, rating_id) SELECT key, gen_random_uuid() FROM input ORDER BY key
    ON CONFLICT (key) DO NOTHING RETURNING key, rating_id
  ), allow AS (
    INSERT INTO rating_allowance AS a (key, last_at, gap_seconds, slide)
    SELECT i.allow_key, i.allow_at, i.allow_gap, i.allow_slide FROM claim c JOIN input i ON i.key = c.key
     WHERE i.allow_key IS NOT NULL ORDER BY i.allow_key
    ON CONFLICT (key) DO UPDATE SET
      granted = abs(extract(epoch FROM EXCLUDED.last_at - a.last_at)) >= EXCLUDED.gap_seconds,
      last_at = CASE WHEN EXCLUDED.slide THEN greatest(a.last_at, EXCLUDED.last_at)
                     WHEN abs(extract(epoch FROM EXCLUDED.last_at - a.last_at)) >= EXCLUDED.gap_seconds THEN EXCLUDED.last_at
                     ELSE a.last_at END,
      gap_seconds = EXCLUDED.gap_seconds, slide = EXCLUDED.slide
    RETURNING key, granted
  ), decided AS (
    SELECT c.rating_id, i.*, (i.allow_key IS NULL OR coalesce(al.granted, false)) AS counted
      FROM claim c JOIN input i ON i.key = c.key LEFT JOIN allow al ON al.key = i.allow_key
  ), ins AS (
    INSERT INTO public_rating (id, agency_id, service_point_id, employee_id, channel, source_id, kind, u1, u2, u3, u4, u5, u6, u7, u8, u9, score, comment, respondent, submitted_at)
    SELECT d.rating_id, d.agency_id, d.service_point_id, d.employee_id, d.channel, d.source_id, d.kind, d.u1, d.u2, d.u3, d.u4, d.u5, d.u6, d.u7, d.u8, d.u9, d.score, d.comment, d.respondent, d.submitted_at
      FROM decided d WHERE d.counted
    RETURNING id, service_point_id, employee_id, submitted_at, channel, source_id
  ), held AS (
    INSERT INTO public_rating_held (id, agency_id, service_point_id, employee_id, channel, source_id, kind, u1, u2, u3, u4, u5, u6, u7, u8, u9, score, comment, respondent, submitted_at, reason, client_tag)
    SELECT d.rating_id, d.agency_id, d.service_point_id, d.employee_id, d.channel, d.source_id, d.kind, d.u1, d.u2, d.u3, d.u4, d.u5, d.u6, d.u7, d.u8, d.u9, d.score, d.comment, d.respondent, d.submitted_at, d.hold_reason, d.client_tag
      FROM decided d WHERE NOT d.counted
    RETURNING id
  ), ob AS (
    INSERT INTO outbox (topic, dedupe_key, payload)
    SELECT $21, 'rating:' || id, jsonb_build_object('ratingId', id, 'servicePointId', service_point_id, 'employeeId', employee_id, 'submittedAt', submitted_at)
      FROM ins RETURNING id
  )
  SELECT key FROM claim`;

/**
 * Held ratings counted after all: each moves into public_rating (received now, so the worker's
 * sweep sees it too) with its outbox row, once: a rating already decided is left alone.
 */
const RELEASE = `
  WITH d AS (
    UPDATE public_rating_held SET decision = 'RELEASED', decided_at = now(), decided_by = $3
     WHERE id = ANY($1::uuid[]) AND agency_id = $2 AND decision IS NULL
    RETURNING *
  ), ins AS (
    INSERT INTO public_rating (id, agency_id, service_point_id, employee_id, channel, source_id, kind, u1, u2, u3, u4, u5, u6, u7, u8, u9, score, comment, respondent, submitted_at)
    SELECT id, agency_id, service_point_id, employee_id, channel, source_id, kind, u1, u2, u3, u4, u5, u6, u7, u8, u9, score, comment, respondent, submitted_at FROM d
    RETURNING id, service_point_id, employee_id, submitted_at
  ), ob AS (
    INSERT INTO outbox (topic, dedupe_key, payload)
    SELECT $4, 'rating:' || id, jsonb_build_object('ratingId', id, 'servicePointId', service_point_id, 'employeeId', employee_id, 'submittedAt', submitted_at)
      FROM ins RETURNING id
  )
  SELECT id, service_point_id FROM ins`;

/** Written inside a CTE statement, so the answer is plain rows (not TypeORM's [rows, count]). */
const REJECT = `
  WITH d AS (
    UPDATE public_rating_held SET decision = 'REJECTED', decided_at = now(), decided_by = $3
     WHERE id = ANY($1::uuid[]) AND agency_id = $2 AND decision IS NULL
    RETURNING id, service_point_id
  )
  SELECT id, service_point_id FROM d`;

/** One imported rating and its outbox row, in one statement. */
const IMPORT = `
  WITH ins AS (
    INSERT INTO public_rating (agency_id, service_point_id, employee_id, channel, source_id, kind, u1, u2, u3, u4, u5, u6, u7, u8, u9, score, comment, submitted_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
    RETURNING id, service_point_id, employee_id, submitted_at
  ), ob AS (
    INSERT INTO outbox (topic, dedupe_key, payload)
    SELECT $19, 'rating:' || id, jsonb_build_object('ratingId', id, 'servicePointId', service_point_id, 'employeeId', employee_id, 'submittedAt', submitted_at)
      FROM ins RETURNING id
  )
  SELECT id FROM ins`;

/**
 * Kiosks that just delivered ratings, as seen: outside the intake statement (a busy kiosk's row
 * lock would make concurrent batches queue, and deadlock across kiosks), and at most once a
 * minute per kiosk, so nearly every call changes nothing and locks nothing.
 */
const KIOSKS_SEEN = `UPDATE kiosk SET last_seen_at = now() WHERE id = ANY($1::uuid[]) AND (last_seen_at IS NULL OR last_seen_at < now() - interval '1 minute')`;

/**
 * Allowances that can no longer refuse anything: past their gap, plus the window in which late
 * ratings (a kiosk's backlog) can still arrive ($1 days).
 */
const ALLOWANCE_CLEANUP = `DELETE FROM rating_allowance WHERE last_at < now() - make_interval(secs => gap_seconds) - make_interval(days => $1)`;

/** Rows of an `UPDATE … RETURNING`: TypeORM answers `[rows, affectedCount]` for UPDATE and DELETE. */
function updated<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

type Row = Record<string, any>;

const toLink = (r: Row): RatingLinkRecord => ({
  id: r.id,
  agencyId: r.agency_id,
  servicePointId: r.service_point_id,
  employeeId: r.employee_id,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
  createdAt: r.created_at,
});

const toKiosk = (r: Row): KioskRecord => ({
  id: r.id,
  agencyId: r.agency_id,
  servicePointId: r.service_point_id,
  name: r.name,
  revokedAt: r.revoked_at,
  lastSeenAt: r.last_seen_at,
  createdAt: r.created_at,
});

const toTicket = (r: Row): ServiceTicketRecord => ({
  id: r.id,
  agencyId: r.agency_id,
  servicePointId: r.service_point_id,
  employeeId: r.employee_id,
  issuedAt: r.issued_at,
  completedAt: r.completed_at,
  usedAt: r.used_at,
  number: Number(r.number),
});

/**
 * A ticket row `t`; its `number` of the day is stored, drawn on insert from service_ticket_counter
 * (migration 1765900000000: one counter row per service point and local day, so concurrent issues
 * never share a number).
 */
const TICKET_COLUMNS = `t.*`;

const toHeld = (r: Row): HeldRatingRecord => ({
  id: r.id,
  agencyId: r.agency_id,
  servicePointId: r.service_point_id,
  employeeId: r.employee_id,
  channel: r.channel,
  sourceId: r.source_id,
  kind: r.kind,
  answers: [r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9],
  score: r.score,
  comment: r.comment,
  reason: r.reason,
  clientTag: r.client_tag,
  submittedAt: r.submitted_at,
  receivedAt: r.received_at,
});

@Injectable()
export class PublicRatingsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  // ---- the service point and its staff (reads) ----------------------------------------------

  /** A service point of the agency: whether it is archived, or null when there is none. */
  async servicePointOfAgency(
    servicePointId: string,
    agencyId: string,
    m: EntityManager = this.ds.manager,
  ): Promise<{ id: string; archivedAt: Date | null } | null> {
    const [sp] = await m.query(`SELECT id, archived_at FROM service_point WHERE id = $1 AND agency_id = $2`, [servicePointId, agencyId]);
    return sp ? { id: sp.id, archivedAt: sp.archived_at } : null;
  }

  /** Is the employee on the service point's staff (`activeOnly`: and an active employee)? */
  async isStaffOf(servicePointId: string, employeeId: string, activeOnly: boolean, m: EntityManager = this.ds.manager): Promise<boolean> {
    const [row] = activeOnly
      ? await m.query(
          `SELECT 1 AS hit FROM service_point_staff s JOIN employee e ON e.id = s.employee_id WHERE s.service_point_id = $1 AND s.employee_id = $2 AND e.active`,
          [servicePointId, employeeId],
        )
      : await m.query(`SELECT 1 AS hit FROM service_point_staff WHERE service_point_id = $1 AND employee_id = $2`, [
          servicePointId,
          employeeId,
        ]);
    return Boolean(row);
  }

  /** The service point's name and its unit's, or null. */
  async servicePointNames(servicePointId: string, m: EntityManager = this.ds.manager): Promise<ServicePointNamesRecord | null> {
    const [sp] = await m.query(
      `SELECT sp.name, u.name AS unit_name FROM service_point sp JOIN unit u ON u.id = sp.unit_id WHERE sp.id = $1`,
      [servicePointId],
    );
    return sp ? { name: sp.name, unitName: sp.unit_name } : null;
  }

  /** The active staff of a service point, by name. */
  async activeOfficers(servicePointId: string, m: EntityManager = this.ds.manager): Promise<OfficerRecord[]> {
    const rows: Array<{ id: string; name: string }> = await m.query(
      `SELECT e.id, e.name FROM service_point_staff s JOIN employee e ON e.id = s.employee_id WHERE s.service_point_id = $1 AND e.active ORDER BY e.name`,
      [servicePointId],
    );
    return rows.map((r) => ({ id: r.id, name: r.name }));
  }

  /** An employee's id and name (the officer a link or ticket is for), or null. */
  async officer(employeeId: string, m: EntityManager = this.ds.manager): Promise<OfficerRecord | null> {
    const [row] = await m.query(`SELECT id, name FROM employee WHERE id = $1`, [employeeId]);
    return row ? { id: row.id, name: row.name } : null;
  }

  /** The staff of a service point (any employee state), by id. */
  async staffIds(servicePointId: string, m: EntityManager = this.ds.manager): Promise<string[]> {
    const rows: Array<{ employee_id: string }> = await m.query(
      `SELECT employee_id FROM service_point_staff WHERE service_point_id = $1 ORDER BY employee_id`,
      [servicePointId],
    );
    return rows.map((r) => r.employee_id);
  }

  // ---- rating links --------------------------------------------------------------------------

  async insertRatingLink(
    link: { agencyId: string; servicePointId: string; employeeId: string | null; expiresAt: Date | null; createdBy: string },
    m: EntityManager = this.ds.manager,
  ): Promise<RatingLinkRecord> {
    const [row] = await m.query(
      `INSERT INTO rating_link (agency_id, service_point_id, employee_id, expires_at, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [link.agencyId, link.servicePointId, link.employeeId, link.expiresAt, link.createdBy],
    );
    return toLink(row);
  }

  /** The agency's links (of one service point), newest first, at most 500. */
  async ratingLinks(agencyId: string, servicePointId: string | null, m: EntityManager = this.ds.manager): Promise<RatingLinkRecord[]> {
    const rows: Row[] = await m.query(
      `SELECT * FROM rating_link WHERE agency_id = $1 AND ($2::uuid IS NULL OR service_point_id = $2) ORDER BY created_at DESC LIMIT 500`,
      [agencyId, servicePointId],
    );
    return rows.map(toLink);
  }

  /** Revokes a link of the agency (an already revoked one keeps its time); null when there is none. */
  async revokeRatingLink(id: string, agencyId: string, m: EntityManager = this.ds.manager): Promise<RatingLinkRecord | null> {
    const [row] = updated<Row>(
      await m.query(`UPDATE rating_link SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND agency_id = $2 RETURNING *`, [
        id,
        agencyId,
      ]),
    );
    return row ? toLink(row) : null;
  }

  // ---- kiosks ---------------------------------------------------------------------------------

  async insertKiosk(
    kiosk: { agencyId: string; servicePointId: string; name: string; createdBy: string },
    m: EntityManager = this.ds.manager,
  ): Promise<KioskRecord> {
    const [row] = await m.query(`INSERT INTO kiosk (agency_id, service_point_id, name, created_by) VALUES ($1, $2, $3, $4) RETURNING *`, [
      kiosk.agencyId,
      kiosk.servicePointId,
      kiosk.name,
      kiosk.createdBy,
    ]);
    return toKiosk(row);
  }

  /** The agency's kiosks (of one service point), by name. */
  async kiosks(agencyId: string, servicePointId: string | null, m: EntityManager = this.ds.manager): Promise<KioskRecord[]> {
    const rows: Row[] = await m.query(
      `SELECT * FROM kiosk WHERE agency_id = $1 AND ($2::uuid IS NULL OR service_point_id = $2) ORDER BY name, id`,
      [agencyId, servicePointId],
    );
    return rows.map(toKiosk);
  }

  /** A kiosk of the agency, or null; `forUpdate` locks its row until the transaction ends. */
  async kiosk(id: string, agencyId: string, forUpdate = false, m: EntityManager = this.ds.manager): Promise<KioskRecord | null> {
    const [row] = await m.query(`SELECT * FROM kiosk WHERE id = $1 AND agency_id = $2${forUpdate ? ' FOR UPDATE' : ''}`, [id, agencyId]);
    return row ? toKiosk(row) : null;
  }

  async renameKiosk(id: string, name: string, m: EntityManager = this.ds.manager): Promise<KioskRecord | null> {
    const [row] = updated<Row>(await m.query(`UPDATE kiosk SET name = $2 WHERE id = $1 RETURNING *`, [id, name]));
    return row ? toKiosk(row) : null;
  }

  /** Revokes a kiosk of the agency (an already revoked one keeps its time); null when there is none. */
  async revokeKiosk(id: string, agencyId: string, m: EntityManager = this.ds.manager): Promise<KioskRecord | null> {
    const [row] = updated<Row>(
      await m.query(`UPDATE kiosk SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND agency_id = $2 RETURNING *`, [
        id,
        agencyId,
      ]),
    );
    return row ? toKiosk(row) : null;
  }

  /** Kiosks that just delivered ratings, as seen (at most once a minute per kiosk; see KIOSKS_SEEN). */
  async markKiosksSeen(kioskIds: string[], m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(KIOSKS_SEEN, [kioskIds]);
  }

  /**
   * A pairing code for the kiosk, valid `validMinutes`, unless the code is taken by a live one
   * (a spent or expired holder of the code is removed first): null then, so the caller draws again.
   */
  async addPairingCode(
    code: string,
    kioskId: string,
    createdBy: string,
    validMinutes: number,
    m: EntityManager = this.ds.manager,
  ): Promise<KioskPairingRecord | null> {
    await m.query(`DELETE FROM kiosk_pairing WHERE code = $1 AND (used_at IS NOT NULL OR expires_at < now())`, [code]);
    const rows: Array<{ code: string; expires_at: Date }> = await m.query(
      `INSERT INTO kiosk_pairing (code, kiosk_id, expires_at, created_by) VALUES ($1, $2, now() + make_interval(mins => $4), $3)
       ON CONFLICT (code) DO NOTHING RETURNING code, expires_at`,
      [code, kioskId, createdBy, validMinutes],
    );
    return rows.length ? { code: rows[0].code, expiresAt: rows[0].expires_at } : null;
  }

  /** Uses a live pairing code (once): its kiosk, with the names the tablet shows, or null. */
  async usePairingCode(code: string, m: EntityManager = this.ds.manager): Promise<PairedKioskRecord | null> {
    const [row] = await m.query(
      `WITH used AS (
         UPDATE kiosk_pairing SET used_at = now() WHERE code = $1 AND used_at IS NULL AND expires_at > now() RETURNING kiosk_id
       )
       SELECT k.id, k.name, k.revoked_at, sp.name AS sp_name FROM used JOIN kiosk k ON k.id = used.kiosk_id JOIN service_point sp ON sp.id = k.service_point_id`,
      [code],
    );
    return row ? { kioskId: row.id, name: row.name, revokedAt: row.revoked_at, servicePointName: row.sp_name } : null;
  }

  // ---- service tickets ---------------------------------------------------------------------

  /** Issues a ticket; the database draws its number of the day (see TICKET_COLUMNS). */
  async insertServiceTicket(
    ticket: { agencyId: string; servicePointId: string; employeeId: string | null; createdBy: string },
    m: EntityManager = this.ds.manager,
  ): Promise<ServiceTicketRecord> {
    const [row] = await m.query(
      `INSERT INTO service_ticket (agency_id, service_point_id, employee_id, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [ticket.agencyId, ticket.servicePointId, ticket.employeeId, ticket.createdBy],
    );
    return (await this.serviceTicket(row.id, ticket.agencyId, m)) as ServiceTicketRecord;
  }

  async serviceTicket(id: string, agencyId: string, m: EntityManager = this.ds.manager): Promise<ServiceTicketRecord | null> {
    const [row] = await m.query(
      `SELECT ${TICKET_COLUMNS} FROM service_ticket t JOIN agency a ON a.id = t.agency_id WHERE t.id = $1 AND t.agency_id = $2`,
      [id, agencyId],
    );
    return row ? toTicket(row) : null;
  }

  /** The service on the ticket is finished (the first completion time stays). */
  async completeServiceTicket(id: string, m: EntityManager = this.ds.manager): Promise<ServiceTicketRecord | null> {
    const [row] = updated<Row>(
      await m.query(`UPDATE service_ticket SET completed_at = coalesce(completed_at, now()) WHERE id = $1 RETURNING id, agency_id`, [id]),
    );
    return row ? this.serviceTicket(row.id, row.agency_id, m) : null;
  }

  /** The service points (not archived) the employee is staff of, by name. */
  async deskServicePoints(employeeId: string, agencyId: string, m: EntityManager = this.ds.manager): Promise<DeskServicePointRecord[]> {
    const rows: Row[] = await m.query(
      `SELECT sp.id, sp.name, u.name AS unit_name
         FROM service_point_staff s JOIN service_point sp ON sp.id = s.service_point_id JOIN unit u ON u.id = sp.unit_id
        WHERE s.employee_id = $1 AND sp.agency_id = $2 AND sp.archived_at IS NULL
        ORDER BY sp.name, sp.id`,
      [employeeId, agencyId],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, unitName: r.unit_name }));
  }

  /**
   * The service point's tickets issued today (the agency's local day) and not completed, by number
   * (the order of issue); a page of `first` after the ticket `afterId` (keyset on the number).
   */
  async openServiceTicketsToday(
    servicePointId: string,
    agencyId: string,
    page: { first: number; afterId: string | null },
    m: EntityManager = this.ds.manager,
  ): Promise<ServiceTicketPageRecord> {
    const today = `t.service_point_id = $1 AND t.agency_id = $2 AND t.completed_at IS NULL
       AND t.local_day = (now() AT TIME ZONE a.time_zone)::date`;
    const rows: Row[] = await m.query(
      `SELECT ${TICKET_COLUMNS} FROM service_ticket t JOIN agency a ON a.id = t.agency_id
        WHERE ${today}
          AND ($3::uuid IS NULL OR t.number > (SELECT number FROM service_ticket WHERE id = $3::uuid))
        ORDER BY t.number LIMIT $4`,
      [servicePointId, agencyId, page.afterId, page.first + 1],
    );
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM service_ticket t JOIN agency a ON a.id = t.agency_id WHERE ${today}`, [
      servicePointId,
      agencyId,
    ]);
    return { nodes: rows.slice(0, page.first).map(toTicket), hasNextPage: rows.length > page.first, totalCount: n };
  }

  /** Claims a ticket for its one rating: false when it was used already. */
  async useServiceTicket(id: string, m: EntityManager = this.ds.manager): Promise<boolean> {
    const rows = updated(await m.query(`UPDATE service_ticket SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id`, [id]));
    return rows.length > 0;
  }

  // ---- intake -------------------------------------------------------------------------------

  /** The source rows of one kind with their service point's archive time, in one SELECT. */
  async ratingSources(kind: PublicSourceKind, ids: string[], m: EntityManager = this.ds.manager): Promise<RatingSourceRecord[]> {
    const rows: Row[] = await m.query(
      `SELECT t.*, sp.archived_at AS sp_archived_at FROM ${SOURCE_TABLE[kind]} t JOIN service_point sp ON sp.id = t.service_point_id WHERE t.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => ({
      kind,
      id: r.id,
      agencyId: r.agency_id,
      servicePointId: r.service_point_id,
      employeeId: r.employee_id ?? null,
      revokedAt: r.revoked_at ?? null,
      expiresAt: r.expires_at ?? null,
      issuedAt: r.issued_at ?? null,
      usedAt: r.used_at ?? null,
      servicePointArchivedAt: r.sp_archived_at,
    }));
  }

  /** Has a rating with this idempotency key been stored (counted or held)? */
  async idempotencyKeyTaken(key: string, m: EntityManager = this.ds.manager): Promise<boolean> {
    const [row] = await m.query(`SELECT 1 AS hit FROM rating_idempotency WHERE key = $1`, [key]);
    return Boolean(row);
  }

  /**
   * Stores ratings with the INTAKE statement (one round trip; counted with their outbox rows under
   * `topic`, or held); answers the keys claimed now (a key not answered was stored before).
   * Two ratings of one call must not share an allowance key.
   */
  async intake(rows: IntakeRating[], topic: string, m: EntityManager = this.ds.manager): Promise<Set<string>> {
    const col = <T>(f: (r: IntakeRating) => T) => rows.map(f);
    const claimed: Array<{ key: string }> = await m.query(INTAKE, [
      col((r) => r.key),
      col((r) => r.agencyId),
      col((r) => r.servicePointId),
      col((r) => r.employeeId),
      col((r) => r.channel),
      col((r) => r.sourceId),
      col((r) => r.kind),
      ...Array.from({ length: 9 }, (_, i) => col((r) => r.answers[i] ?? null)),
      col((r) => r.score),
      col((r) => r.comment),
      col((r) => (r.respondent ? JSON.stringify(r.respondent) : null)),
      col((r) => r.submittedAt),
      topic,
      col((r) => r.allowance?.key ?? null),
      col((r) => r.allowance?.at ?? null),
      col((r) => r.allowance?.gapSeconds ?? null),
      col((r) => r.allowance?.slide ?? null),
      col((r) => r.allowance?.reason ?? null),
      col((r) => r.clientTag),
    ]);
    return new Set(claimed.map((c) => c.key));
  }

  /** A counted rating written by an import, with its outbox row under `topic`; answers its id. */
  async importRating(r: ImportedRating, topic: string, m: EntityManager = this.ds.manager): Promise<string> {
    const [row] = await m.query(IMPORT, [
      r.agencyId,
      r.servicePointId,
      r.employeeId,
      r.channel,
      r.sourceId,
      r.kind,
      ...Array.from({ length: 9 }, (_, i) => r.answers[i] ?? null),
      r.score,
      r.comment,
      r.submittedAt,
      topic,
    ]);
    return row.id;
  }

  /** Counted ratings from these sources (kiosks, links, tickets). */
  async countRatingsFrom(sourceIds: string[], m: EntityManager = this.ds.manager): Promise<number> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM public_rating WHERE source_id = ANY($1::uuid[])`, [sourceIds]);
    return n;
  }

  /** The live kiosks of the agency of the employee with this NIP, by name. */
  async liveKiosksOfAgencyOf(nip: string, m: EntityManager = this.ds.manager): Promise<AgencyKioskRecord[]> {
    const rows: Array<{ id: string; agency_id: string; service_point_id: string }> = await m.query(
      `SELECT k.id, k.agency_id, k.service_point_id FROM kiosk k
        WHERE k.agency_id = (SELECT agency_id FROM employee WHERE nip = $1) AND k.revoked_at IS NULL ORDER BY k.name`,
      [nip],
    );
    return rows.map((r) => ({ id: r.id, agencyId: r.agency_id, servicePointId: r.service_point_id }));
  }

  // ---- held ratings -------------------------------------------------------------------------

  /** The agency's undecided held ratings (of one service point), oldest first, at most 1,000. */
  async undecidedHeldRatings(
    agencyId: string,
    servicePointId: string | null,
    m: EntityManager = this.ds.manager,
  ): Promise<HeldRatingRecord[]> {
    const rows: Row[] = await m.query(
      `SELECT * FROM public_rating_held WHERE agency_id = $1 AND decision IS NULL AND ($2::uuid IS NULL OR service_point_id = $2)
        ORDER BY received_at, id LIMIT 1000`,
      [agencyId, servicePointId],
    );
    return rows.map(toHeld);
  }

  /**
   * Counts undecided held ratings of the agency after all (each into public_rating with its outbox
   * row under `topic`), in one statement; answers those released now.
   */
  async releaseHeldRatings(
    ids: string[],
    agencyId: string,
    decidedBy: string,
    topic: string,
    m: EntityManager = this.ds.manager,
  ): Promise<DecidedRatingRecord[]> {
    const rows: Array<{ id: string; service_point_id: string }> = await m.query(RELEASE, [ids, agencyId, decidedBy, topic]);
    return rows.map((r) => ({ id: r.id, servicePointId: r.service_point_id }));
  }

  /** Rejects undecided held ratings of the agency; answers those rejected now. */
  async rejectHeldRatings(
    ids: string[],
    agencyId: string,
    decidedBy: string,
    m: EntityManager = this.ds.manager,
  ): Promise<DecidedRatingRecord[]> {
    const rows: Array<{ id: string; service_point_id: string }> = await m.query(REJECT, [ids, agencyId, decidedBy]);
    return rows.map((r) => ({ id: r.id, servicePointId: r.service_point_id }));
  }

  // ---- upkeep -------------------------------------------------------------------------------

  /**
   * Creates the monthly partitions of public_rating from this month to `monthsAhead` months on
   * (those missing), one upkeep at a time (a transaction-scoped advisory lock).
   */
  async ensurePartitions(monthsAhead: number, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(
      `SELECT pg_advisory_xact_lock(hashtext('public_rating_partitions')),
              ensure_public_rating_partition((date_trunc('month', now()) + make_interval(months => m))::date)
         FROM generate_series(0, $1::int) AS m`,
      [monthsAhead],
    );
  }

  /**
   * Retention: detaches the monthly partitions of public_rating whose month began more than
   * `keepMonths` months before this month, and records each in rating_partition_archive (its rows
   * stay in the detached table until an operator archives and drops it). One upkeep at a time; a
   * detach waits at most 5 s for its lock, so the rating intake is never held up for long.
   * Answers the detached tables' names, oldest first.
   */
  async detachPartitionsOlderThan(keepMonths: number): Promise<string[]> {
    if (!Number.isInteger(keepMonths) || keepMonths < 1) throw new RangeError(`keepMonths must be a positive integer, got ${keepMonths}`);
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('public_rating_partitions'))`);
      await m.query(`SET LOCAL lock_timeout = '5s'`);
      const old: Array<{ name: string; month: string }> = await m.query(
        `SELECT c.relname AS name, to_char(to_date(substr(c.relname, 15), 'YYYY_MM'), 'YYYY-MM-DD') AS month
           FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
          WHERE i.inhparent = 'public_rating'::regclass AND c.relname ~ '^public_rating_[0-9]{4}_[0-9]{2}$'
            AND to_date(substr(c.relname, 15), 'YYYY_MM') < (date_trunc('month', now()) - make_interval(months => $1::int))::date
          ORDER BY 1`,
        [keepMonths],
      );
      for (const p of old) {
        // The name matched ^public_rating_\d{4}_\d{2}$ above: safe to quote as an identifier.
        const [{ n }] = await m.query(`SELECT count(*)::bigint AS n FROM "${p.name}"`);
        await m.query(`ALTER TABLE public_rating DETACH PARTITION "${p.name}"`);
        await m.query(
          `INSERT INTO rating_partition_archive (table_name, month, row_count) VALUES ($1, $2, $3) ON CONFLICT (table_name) DO NOTHING`,
          [p.name, p.month, n],
        );
      }
      return old.map((p) => p.name);
    });
  }

  /** Drops allowances past their gap plus `lateWindowDays` (when late ratings can still arrive); answers how many. */
  async dropSpentAllowances(lateWindowDays: number, m: EntityManager = this.ds.manager): Promise<number> {
    const result = await m.query(ALLOWANCE_CLEANUP, [lateWindowDays]);
    return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
  }
}
