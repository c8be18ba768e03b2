import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * PDF reports (issue 15): the request, its progress while the worker renders it, and the PDF once
 * READY. The gateway requests and reads; the worker starts, advances, completes or fails.
 */

export type ReportKindValue = 'EMPLOYEE_ROUND' | 'SERVICE_POINT_SKM';
export type ReportStatusValue = 'QUEUED' | 'RUNNING' | 'READY' | 'FAILED';

/** A report as stored, without its bytes. */
export interface ReportRecord {
  id: string;
  agencyId: string;
  requestedBy: string;
  kind: ReportKindValue;
  roundId: string | null;
  servicePointId: string | null;
  periodId: string | null;
  /** "<employee> · <period>" or "<service point> · <period>". */
  subject: string;
  status: ReportStatusValue;
  progress: number;
  errorCode: string | null;
  fileName: string | null;
  sizeBytes: number | null;
  pageCount: number | null;
  attempts: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  updatedAt: Date;
}

export interface NewReport {
  agencyId: string;
  requestedBy: string;
  kind: ReportKindValue;
  roundId: string | null;
  servicePointId: string | null;
  periodId: string | null;
}

/** A READY report's file. */
export interface ReportFile {
  agencyId: string;
  requestedBy: string;
  fileName: string;
  pdf: Buffer;
}

/** What the report is about, in words: "<employee> · <period>" or "<service point> · <period>". */
const SUBJECT = `coalesce(
  (SELECT e.name || ' · ' || p.name FROM evaluation_round r JOIN employee e ON e.id = r.employee_id JOIN period p ON p.id = r.period_id WHERE r.id = report.round_id),
  (SELECT sp.name || ' · ' || p.name FROM service_point sp JOIN period p ON p.id = report.period_id WHERE sp.id = report.service_point_id), '') AS subject`;

const COLUMNS = `report.id, report.agency_id, report.requested_by, report.kind, report.round_id, report.service_point_id, report.period_id,
  report.status, report.progress, report.error_code, report.file_name, report.size_bytes, report.page_count, report.attempts,
  report.created_at, report.started_at, report.finished_at, report.updated_at, ${SUBJECT}`;

interface Row {
  id: string;
  agency_id: string;
  requested_by: string;
  kind: ReportKindValue;
  round_id: string | null;
  service_point_id: string | null;
  period_id: string | null;
  subject: string;
  status: ReportStatusValue;
  progress: number;
  error_code: string | null;
  file_name: string | null;
  size_bytes: number | null;
  page_count: number | null;
  attempts: number;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  updated_at: Date;
}

function toRecord(r: Row): ReportRecord {
  return {
    id: r.id,
    agencyId: r.agency_id,
    requestedBy: r.requested_by,
    kind: r.kind,
    roundId: r.round_id,
    servicePointId: r.service_point_id,
    periodId: r.period_id,
    subject: r.subject,
    status: r.status,
    progress: r.progress,
    errorCode: r.error_code,
    fileName: r.file_name,
    sizeBytes: r.size_bytes,
    pageCount: r.page_count,
    attempts: r.attempts,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    updatedAt: r.updated_at,
  };
}

@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * A new QUEUED report, or (created false) the one the same person already has QUEUED or RUNNING
   * for the same subject. Concurrent identical requests make one row (report_active_uq).
   */
  async request(r: NewReport, m: EntityManager = this.ds.manager): Promise<{ report: ReportRecord; created: boolean }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const [inserted]: Row[] = await m.query(
        `INSERT INTO report (agency_id, requested_by, kind, round_id, service_point_id, period_id)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (requested_by, subject_key) WHERE status IN ('QUEUED', 'RUNNING') DO NOTHING
         RETURNING ${COLUMNS}`,
        [r.agencyId, r.requestedBy, r.kind, r.roundId, r.servicePointId, r.periodId],
      );
      if (inserted) return { report: toRecord(inserted), created: true };
      const [active]: Row[] = await m.query(
        `SELECT ${COLUMNS} FROM report
          WHERE requested_by = $1 AND kind = $2 AND round_id IS NOT DISTINCT FROM $3 AND service_point_id IS NOT DISTINCT FROM $4
            AND period_id IS NOT DISTINCT FROM $5 AND status IN ('QUEUED', 'RUNNING')`,
        [r.requestedBy, r.kind, r.roundId, r.servicePointId, r.periodId],
      );
      // Finished between the two statements: ask again (a new one is then made).
      if (active) return { report: toRecord(active), created: false };
    }
    throw new Error('report request: no row after three attempts');
  }

  async byId(id: string, m: EntityManager = this.ds.manager): Promise<ReportRecord | null> {
    const [r]: Row[] = await m.query(`SELECT ${COLUMNS} FROM report WHERE id = $1::uuid`, [id]);
    return r ? toRecord(r) : null;
  }

  /** The file of a READY report, or null (unknown, not ready). */
  async file(id: string, m: EntityManager = this.ds.manager): Promise<ReportFile | null> {
    const [r]: Array<{ agency_id: string; requested_by: string; file_name: string; pdf: Buffer }> = await m.query(
      `SELECT agency_id, requested_by, file_name, pdf FROM report WHERE id = $1::uuid AND status = 'READY'`,
      [id],
    );
    return r ? { agencyId: r.agency_id, requestedBy: r.requested_by, fileName: r.file_name, pdf: r.pdf } : null;
  }

  /**
   * A page of the person's reports, newest first; `after` is the last row's (created_at, id) of the
   * previous page. Also answers how many there are.
   */
  async pageOf(
    requestedBy: string,
    first: number,
    after: { createdAt: string; id: string } | null,
    m: EntityManager = this.ds.manager,
  ): Promise<{ rows: ReportRecord[]; hasNextPage: boolean; totalCount: number; cursors: string[] }> {
    const rows: Array<Row & { cursor_at: string; total: number }> = await m.query(
      `SELECT ${COLUMNS}, report.created_at::text AS cursor_at, (SELECT count(*)::int FROM report WHERE requested_by = $1) AS total
         FROM report
        WHERE requested_by = $1 AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $2`,
      [requestedBy, first + 1, after?.createdAt ?? null, after?.id ?? null],
    );
    const page = rows.slice(0, first);
    const totalCount =
      rows[0]?.total ?? (await m.query(`SELECT count(*)::int AS n FROM report WHERE requested_by = $1`, [requestedBy]))[0].n;
    return { rows: page.map(toRecord), hasNextPage: rows.length > first, totalCount, cursors: page.map((r) => r.cursor_at) };
  }

  // ---- the worker ---------------------------------------------------------------------------

  /**
   * Marks the report RUNNING (again, on a retry) and counts the attempt; null when it is READY,
   * FAILED or unknown (the job then has nothing to do: a repeated job is harmless).
   */
  async start(id: string, m: EntityManager = this.ds.manager): Promise<ReportRecord | null> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [[r]]: [Row[], number] = await m.query(
      `UPDATE report SET status = 'RUNNING', progress = 0, attempts = attempts + 1, started_at = coalesce(started_at, now()), updated_at = now()
        WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING ${COLUMNS}`,
      [id],
    );
    return r ? toRecord(r) : null;
  }

  /** Progress of a RUNNING report (never backwards). */
  async progress(id: string, progress: number, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE report SET progress = greatest(progress, $2), updated_at = now() WHERE id = $1 AND status = 'RUNNING'`, [
      id,
      Math.max(0, Math.min(99, Math.round(progress))),
    ]);
  }

  /** Stores the PDF: READY, 100%. False when the report was not RUNNING. */
  async complete(id: string, pdf: Buffer, fileName: string, pageCount: number, m: EntityManager = this.ds.manager): Promise<boolean> {
    const [rows]: [unknown[], number] = await m.query(
      `UPDATE report SET status = 'READY', progress = 100, pdf = $2::bytea, size_bytes = octet_length($2::bytea), file_name = $3, page_count = $4,
              finished_at = now(), updated_at = now()
        WHERE id = $1 AND status = 'RUNNING' RETURNING id`,
      [id, pdf, fileName, pageCount],
    );
    return rows.length > 0;
  }

  /** FAILED with a stable code (the page shows its words). */
  async fail(id: string, errorCode: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(
      `UPDATE report SET status = 'FAILED', error_code = $2, finished_at = now(), updated_at = now() WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')`,
      [id, errorCode],
    );
  }
}
