import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CommentStatus } from '@k360/scoring';
import { PERIOD_BOUNDS_SQL } from '../period-bounds';
import { escapeLike } from './employees.repository';

/**
 * Citizens' comments (issue 15): the free text of public_rating rows (append-only, never changed
 * here) and what staff did with each (comment_state: handled with a note, hidden with a reason).
 * Reads give the rating's date, channel, service point and overall score only: never the
 * respondent profile, the officer, the link or kiosk it came through, or anything else that could
 * identify the citizen.
 */

export interface CitizenCommentRecord {
  /** The rating's id. */
  id: string;
  agencyId: string;
  submittedAt: Date;
  channel: 'LINK' | 'KIOSK' | 'TICKET';
  kind: 'IKM' | 'QUICK';
  /** 1–4: the mean of the nine answers (IKM) or the QUICK score. */
  overall: number;
  comment: string;
  servicePointId: string;
  servicePointName: string;
  unitId: string;
  unitName: string;
  status: CommentStatus;
  handledAt: Date | null;
  handledNote: string | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
}

export interface CitizenCommentQuery {
  agencyId: string;
  /** The units whose service points the caller may read; null: the whole agency. */
  unitIds: string[] | null;
  servicePointId?: string | null;
  /** A unit and every unit below it. */
  unitId?: string | null;
  periodId?: string | null;
  /** Matched anywhere in the comment, case-insensitively (ILIKE). */
  search?: string | null;
  status?: CommentStatus | null;
  first: number;
  after?: { submittedAt: string; id: string } | null;
}

export interface CitizenCommentPage {
  nodes: CitizenCommentRecord[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

interface CommentRow {
  id: string;
  agency_id: string;
  submitted_at: string;
  submitted_at_text: string;
  channel: CitizenCommentRecord['channel'];
  kind: CitizenCommentRecord['kind'];
  overall: number;
  comment: string;
  sp_id: string;
  sp_name: string;
  unit_id: string;
  unit_name: string;
  handled_at: string | null;
  handled_note: string | null;
  hidden_at: string | null;
  hidden_reason: string | null;
}

const encodeCursor = (at: string, id: string) => Buffer.from(`${at}|${id}`, 'utf8').toString('base64url');

/** The keyset position of a cursor, or null when it is not one of ours. */
export function decodeCommentCursor(cursor: string): { submittedAt: string; id: string } | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(text);
  return m ? { submittedAt: m[1], id: m[2] } : null;
}

const date = (v: string | null) => (v === null ? null : new Date(v));

function toComment(r: CommentRow): CitizenCommentRecord {
  const status: CommentStatus = r.hidden_at ? 'HIDDEN' : r.handled_at ? 'HANDLED' : 'OPEN';
  return {
    id: r.id,
    agencyId: r.agency_id,
    submittedAt: new Date(r.submitted_at),
    channel: r.channel,
    kind: r.kind,
    overall: Number(r.overall),
    comment: r.comment,
    servicePointId: r.sp_id,
    servicePointName: r.sp_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    status,
    handledAt: date(r.handled_at),
    handledNote: r.handled_note,
    hiddenAt: date(r.hidden_at),
    hiddenReason: r.hidden_reason,
  };
}

/** The columns a comment is read with (`r` rating, `sp` service point, `u` unit, `s` its state). Only these leave the database. */
const COMMENT_COLUMNS = `r.id, r.agency_id, r.submitted_at, to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS submitted_at_text,
  r.channel, r.kind,
  CASE WHEN r.kind = 'IKM' THEN (r.u1 + r.u2 + r.u3 + r.u4 + r.u5 + r.u6 + r.u7 + r.u8 + r.u9)::float8 / 9 ELSE r.score::float8 END AS overall,
  r.comment, sp.id AS sp_id, sp.name AS sp_name, u.id AS unit_id, u.name AS unit_name,
  s.handled_at, s.handled_note, s.hidden_at, s.hidden_reason`;

const STATUS_SQL: Record<CommentStatus, string> = {
  OPEN: 's.hidden_at IS NULL AND s.handled_at IS NULL',
  HANDLED: 's.hidden_at IS NULL AND s.handled_at IS NOT NULL',
  HIDDEN: 's.hidden_at IS NOT NULL',
};

/** Rows of an `UPDATE … RETURNING` through TypeORM's `query()`, which answers `[rows, affectedCount]` for that command. */
function updated<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

@Injectable()
export class CitizenCommentsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * A page of comments, newest first, and how many match in all. Filters are ANDed; a periodId
   * or unitId of another agency matches nothing.
   */
  async list(q: CitizenCommentQuery, m: EntityManager = this.ds.manager): Promise<CitizenCommentPage> {
    const params: unknown[] = [q.agencyId];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = [`r.agency_id = $1`, `r.comment IS NOT NULL`, `btrim(r.comment) <> ''`];
    const ctes: string[] = [];
    if (q.unitIds) where.push(`sp.unit_id = ANY(${p(q.unitIds)}::uuid[])`);
    if (q.servicePointId) where.push(`sp.id = ${p(q.servicePointId)}::uuid`);
    if (q.unitId) {
      ctes.push(`sub AS (SELECT id FROM unit WHERE id = ${p(q.unitId)}::uuid AND agency_id = $1
                          UNION ALL SELECT c.id FROM unit c JOIN sub ON c.parent_id = sub.id)`);
      where.push(`sp.unit_id IN (SELECT id FROM sub)`);
    }
    if (q.periodId) {
      ctes.push(
        `per AS (SELECT ${PERIOD_BOUNDS_SQL} FROM period p JOIN agency a ON a.id = p.agency_id WHERE p.id = ${p(q.periodId)}::uuid AND p.agency_id = $1)`,
      );
      where.push(`r.submitted_at >= (SELECT starts_at::timestamptz FROM per) AND r.submitted_at < (SELECT ends_at::timestamptz FROM per)`);
    }
    if (q.search) where.push(`r.comment ILIKE ${p('%' + escapeLike(q.search) + '%')}`);
    if (q.status) where.push(STATUS_SQL[q.status]);
    const cursor = q.after ? `WHERE (x.submitted_at, x.id) < (${p(q.after.submittedAt)}::timestamptz, ${p(q.after.id)}::uuid)` : '';
    const limit = p(q.first + 1);
    const [row] = await m.query(
      `WITH ${ctes.length ? `RECURSIVE ${ctes.join(', ')},` : ''}
       matching AS (
         SELECT ${COMMENT_COLUMNS}
           FROM public_rating r
           JOIN service_point sp ON sp.id = r.service_point_id
           JOIN unit u ON u.id = sp.unit_id
           LEFT JOIN comment_state s ON s.rating_id = r.id
          WHERE ${where.join(' AND ')})
       SELECT (SELECT count(*) FROM matching)::int AS total,
              coalesce((SELECT json_agg(y) FROM (SELECT * FROM matching x ${cursor} ORDER BY x.submitted_at DESC, x.id DESC LIMIT ${limit}) y), '[]'::json) AS rows`,
      params,
    );
    const rows = row.rows as CommentRow[];
    const page = rows.slice(0, q.first);
    const last = page[page.length - 1];
    return {
      nodes: page.map(toComment),
      totalCount: row.total,
      hasNextPage: rows.length > q.first,
      endCursor: last ? encodeCursor(last.submitted_at_text, last.id) : null,
    };
  }

  /** One comment of the agency by its rating's id, or null (unknown, another agency's, or a rating without a comment). */
  async findInAgency(agencyId: string, ratingId: string, m: EntityManager = this.ds.manager): Promise<CitizenCommentRecord | null> {
    const [row]: CommentRow[] = await m.query(
      `SELECT ${COMMENT_COLUMNS}
         FROM public_rating r
         JOIN service_point sp ON sp.id = r.service_point_id
         JOIN unit u ON u.id = sp.unit_id
         LEFT JOIN comment_state s ON s.rating_id = r.id
        WHERE r.id = $1 AND r.agency_id = $2 AND r.comment IS NOT NULL AND btrim(r.comment) <> ''`,
      [ratingId, agencyId],
    );
    return row ? toComment(row) : null;
  }

  /** Marks the comment handled unless it already is; answers true when this call marked it. */
  async markHandled(
    agencyId: string,
    ratingId: string,
    by: string,
    note: string | null,
    m: EntityManager = this.ds.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO comment_state (rating_id, agency_id, handled_at, handled_by, handled_note) VALUES ($1, $2, now(), $3, $4)
       ON CONFLICT (rating_id) DO UPDATE SET handled_at = now(), handled_by = EXCLUDED.handled_by, handled_note = EXCLUDED.handled_note, updated_at = now()
        WHERE comment_state.handled_at IS NULL
       RETURNING rating_id`,
      [ratingId, agencyId, by, note],
    );
    return rows.length > 0;
  }

  /** Hides the comment unless it already is hidden; answers true when this call hid it. */
  async hide(agencyId: string, ratingId: string, by: string, reason: string, m: EntityManager = this.ds.manager): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO comment_state (rating_id, agency_id, hidden_at, hidden_by, hidden_reason) VALUES ($1, $2, now(), $3, $4)
       ON CONFLICT (rating_id) DO UPDATE SET hidden_at = now(), hidden_by = EXCLUDED.hidden_by, hidden_reason = EXCLUDED.hidden_reason, updated_at = now()
        WHERE comment_state.hidden_at IS NULL
       RETURNING rating_id`,
      [ratingId, agencyId, by, reason],
    );
    return rows.length > 0;
  }

  /** Shows a hidden comment again (its handled mark stays); answers true when this call unhid it. */
  async unhide(agencyId: string, ratingId: string, m: EntityManager = this.ds.manager): Promise<boolean> {
    const rows = updated<unknown>(
      await m.query(
        `UPDATE comment_state SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL, updated_at = now()
          WHERE rating_id = $1 AND agency_id = $2 AND hidden_at IS NOT NULL
          RETURNING rating_id`,
        [ratingId, agencyId],
      ),
    );
    return rows.length > 0;
  }
}
