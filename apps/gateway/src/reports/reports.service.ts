import { Injectable, Logger } from '@nestjs/common';
import { ReportRecord, ReportsRepository, RoundsRepository } from '@k360/database';
import { JobQueue } from '@k360/queue';
import { REPORT_FAILURES, REPORT_PAGE_MAX, ReportFailure } from '@k360/reports';
import { Actor } from '../auth/actor';
import { invalidField } from '../common/app-error';
import { isUuid } from '../common/uuid';
import { PageInput } from '../organisation/dto/employee.inputs';
import { SystemErrors } from '../system/system.errors';
import { RequestReportInput } from './dto/request-report.input';
import { Report, ReportConnection } from './models/report.model';
import { ReportErrors } from './reports.errors';
import { ReportsPolicy } from './reports.policy';
import { SatisfactionReportService } from './satisfaction-report.service';

/** Where a READY report is downloaded (GET, staff bearer token): ReportsController. */
export const reportDownloadPath = (id: string) => `/api/reports/${id}.pdf`;

export function toReport(r: ReportRecord): Report {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    progress: r.progress,
    subject: r.subject,
    roundId: r.roundId,
    servicePointId: r.servicePointId,
    periodId: r.periodId,
    errorCode: r.errorCode,
    errorMessage: r.errorCode ? (REPORT_FAILURES[r.errorCode as ReportFailure] ?? r.errorCode) : null,
    fileName: r.fileName,
    sizeBytes: r.sizeBytes,
    pageCount: r.pageCount,
    downloadUrl: r.status === 'READY' ? reportDownloadPath(r.id) : null,
    createdAt: r.createdAt,
    finishedAt: r.finishedAt,
  };
}

const cursorOf = (createdAt: string, id: string) => Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])) && isUuid(v[1]))
      return { createdAt: v[0], id: v[1] };
  } catch {
    /* fall through */
  }
  throw invalidField('after', 'Kursor halaman tidak valid. / Invalid page cursor.', 'invalid cursor');
}

/**
 * PDF reports: who may ask for which (ReportsPolicy), one row per request (the same person's
 * identical request while one is in the making returns that one), a job per row for the worker.
 */
@Injectable()
export class ReportsService {
  private readonly logger = new Logger('Reports');

  constructor(
    private readonly reports: ReportsRepository,
    private readonly rounds: RoundsRepository,
    private readonly policy: ReportsPolicy,
    private readonly skm: SatisfactionReportService,
    private readonly jobs: JobQueue,
  ) {}

  async request(actor: Actor, input: RequestReportInput): Promise<Report> {
    let subject: { roundId: string | null; servicePointId: string | null; periodId: string | null };
    if (input.kind === 'EMPLOYEE_ROUND') {
      if (!input.roundId) throw ReportErrors.missing('roundId');
      const [round] = await this.rounds.roundsByIds([input.roundId]);
      if (!round || round.agencyId !== actor.agencyId) throw ReportErrors.notFound('Putaran penilaian');
      if (!this.policy.mayReportRound(actor, round)) throw ReportErrors.notYourRound();
      if (round.status !== 'SCORED') throw ReportErrors.roundNotScored(round.status);
      subject = { roundId: round.id, servicePointId: null, periodId: null };
    } else {
      if (!input.servicePointId) throw ReportErrors.missing('servicePointId');
      if (!input.periodId) throw ReportErrors.missing('periodId');
      const s = await this.skm.authorise(actor, input.servicePointId, input.periodId);
      subject = { roundId: null, servicePointId: s.servicePointId, periodId: s.periodId };
    }
    const { report, created } = await this.reports.request({
      agencyId: actor.agencyId,
      requestedBy: actor.id,
      kind: input.kind,
      ...subject,
    });
    try {
      // Also for a report already in the making: the job id is the report's, so this adds nothing unless its job was lost.
      await this.jobs.enqueue('generate-report', { reportId: report.id });
    } catch (err) {
      if (created) {
        await this.reports.fail(report.id, 'QUEUE_UNAVAILABLE');
        throw SystemErrors.queueUnavailable(err);
      }
      this.logger.warn(`report ${report.id}: re-enqueue failed: ${(err as Error).message}`);
    }
    return toReport(report);
  }

  /** A report of the caller's (or, for ADMIN, of the agency); NOT_FOUND otherwise. */
  async get(actor: Actor, id: string): Promise<Report> {
    const r = await this.reports.byId(id);
    if (!r || !this.policy.mayReadReport(actor, r)) throw ReportErrors.notFound('Laporan');
    return toReport(r);
  }

  async mine(actor: Actor, page: PageInput): Promise<ReportConnection> {
    const first = Math.min(Math.max(page.first, 1), REPORT_PAGE_MAX);
    const { rows, hasNextPage, totalCount, cursors } = await this.reports.pageOf(
      actor.id,
      first,
      page.after ? decodeCursor(page.after) : null,
    );
    const last = rows.length - 1;
    return {
      nodes: rows.map(toReport),
      pageInfo: { hasNextPage, endCursor: last >= 0 ? cursorOf(cursors[last], rows[last].id) : null },
      totalCount,
    };
  }

  /** The PDF of a READY report the caller may read, or null (unknown, someone else's, not ready). */
  async file(actor: Actor, id: string): Promise<{ fileName: string; pdf: Buffer } | null> {
    const f = await this.reports.file(id);
    return f && this.policy.mayReadReport(actor, f) ? { fileName: f.fileName, pdf: f.pdf } : null;
  }
}
