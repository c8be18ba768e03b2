import { Injectable, Logger } from '@nestjs/common';
import {
  AgenciesRepository,
  EmployeesRepository,
  FollowUpRepository,
  ReportRecord,
  ReportsRepository,
  ResultsRepository,
  RoundsRepository,
  SatisfactionReportRepository,
  SatisfactionRepository,
  UnitsRepository,
} from '@k360/database';
import {
  buildSatisfactionReport,
  EmployeeRoundReportModel,
  renderEmployeeReport,
  renderSkmReport,
  RenderedPdf,
  ReportFailure,
  safeFileName,
  SKM_TREND_PERIODS,
  sourceNote,
  valueTable,
} from '@k360/reports';
// The one rule of what a round discloses to whom (pure, no NestJS at run time): the PDF shows what the result page shows.
import { FOLLOW_UP_STATUS_LABELS, IKM_ELEMENTS } from '@k360/scoring';
import { discloseFeedback, discloseResult, disclosureMinimum, viewerOf } from '../../../gateway/src/rounds/round-disclosure';
import type { StoredRoundResult } from '../../../gateway/src/rounds/round-disclosure';

/** A report that can never be made (no retry helps): the row is FAILED with this code. */
export class ReportGivenUp extends Error {
  constructor(readonly code: ReportFailure) {
    super(code);
  }
}

/**
 * Makes a report's PDF: reads what it is about (with the requester's disclosure for round
 * reports), renders it with libs/reports and stores it, moving the row's progress along.
 */
@Injectable()
export class ReportGenerationService {
  private readonly logger = new Logger('Reports');

  constructor(
    private readonly reports: ReportsRepository,
    private readonly rounds: RoundsRepository,
    private readonly results: ResultsRepository,
    private readonly employees: EmployeesRepository,
    private readonly units: UnitsRepository,
    private readonly agencies: AgenciesRepository,
    private readonly skm: SatisfactionReportRepository,
    private readonly satisfaction: SatisfactionRepository,
    private readonly followUps: FollowUpRepository,
  ) {}

  /** 'ready', or 'skipped' for a report that is not QUEUED/RUNNING (a repeated job). */
  async generate(reportId: string, lastAttempt: boolean): Promise<'ready' | 'skipped' | 'failed'> {
    const report = await this.reports.start(reportId);
    if (!report) return 'skipped';
    const progress = (p: number) => void this.reports.progress(reportId, p).catch(() => undefined);
    try {
      await this.reports.progress(reportId, 10);
      const { rendered, fileName } =
        report.kind === 'EMPLOYEE_ROUND' ? await this.employeeReport(report, progress) : await this.skmReport(report, progress);
      await this.reports.progress(reportId, 95);
      await this.reports.complete(reportId, rendered.pdf, fileName, rendered.pageCount);
      return 'ready';
    } catch (err) {
      if (err instanceof ReportGivenUp) {
        await this.reports.fail(reportId, err.code);
        return 'failed';
      }
      this.logger.warn(`report ${reportId}: ${(err as Error).message}`);
      if (lastAttempt) await this.reports.fail(reportId, 'RENDER_FAILED');
      throw err;
    }
  }

  private async skmReport(report: ReportRecord, progress: (p: number) => void) {
    const subject = await this.skm.subject(report.servicePointId!, report.periodId!, report.agencyId);
    if (!subject) throw new ReportGivenUp('SUBJECT_NOT_FOUND');
    const [aggregate, profile, trend, agencyName, actions] = await Promise.all([
      this.satisfaction.aggregate(subject.servicePointId, subject.periodId),
      this.skm.profile(subject.servicePointId, subject.periodId),
      this.skm.trend(subject.servicePointId, subject.periodId, SKM_TREND_PERIODS),
      this.agencies.nameOf(report.agencyId),
      this.followUps.list(subject.servicePointId, subject.periodId),
    ]);
    const owners = new Map((await this.employees.findByIds([...new Set(actions.map((a) => a.ownerId))])).map((e) => [e.id, e.name]));
    // The rencana tindak lanjut as the unit head keeps it (an internal report: owners named).
    const followUp = actions.map((a) => ({
      element: IKM_ELEMENTS.find((e) => e.code === a.elementCode)?.name ?? a.elementCode,
      action: a.action,
      owner: owners.get(a.ownerId) ?? '',
      dueOn: a.dueOn,
      status: FOLLOW_UP_STATUS_LABELS[a.status],
    }));
    const data = buildSatisfactionReport({
      servicePoint: { id: subject.servicePointId, name: subject.servicePointName, unitName: subject.unitName },
      period: { id: subject.periodId, name: subject.periodName, startsOn: subject.startsOn, endsOn: subject.endsOn },
      aggregate,
      profile,
      trend,
    });
    progress(40);
    const rendered: RenderedPdf = await renderSkmReport(
      { ...data, agencyName: agencyName ?? '', generatedAt: new Date(), followUp },
      (p) => progress(40 + p / 2),
    );
    return { rendered, fileName: safeFileName('Laporan-SKM', subject.servicePointName, subject.periodName) };
  }

  private async employeeReport(report: ReportRecord, progress: (p: number) => void) {
    const [round] = await this.rounds.roundsByIds([report.roundId!]);
    if (!round || round.agencyId !== report.agencyId) throw new ReportGivenUp('SUBJECT_NOT_FOUND');
    if (round.status !== 'SCORED') throw new ReportGivenUp('ROUND_NOT_SCORED');
    const [[stored], [employee, requester], [unit], [period], [comments], means, agencyName] = await Promise.all([
      this.results.resultsOfRounds([round.id]),
      this.employees
        .findByIds([round.employeeId, report.requestedBy])
        .then((list) => [list.find((e) => e.id === round.employeeId), list.find((e) => e.id === report.requestedBy)]),
      this.units.findByIds([round.unitIdAtOpen]),
      this.rounds.periodsByIds([round.periodId]),
      this.rounds.commentsOfRounds([round.id]),
      this.rounds.valueMeansOfRound(round.id),
      this.agencies.nameOf(round.agencyId),
    ]);
    if (!stored || !employee || !requester || !period) throw new ReportGivenUp('SUBJECT_NOT_FOUND');
    // The requester's view of the round, as the round result page gives it to them.
    const viewer = viewerOf(
      { id: requester.id, agencyId: requester.agencyId, roles: requester.roles, sessionId: '', nip: '', name: '' },
      round,
      false,
    );
    const result = discloseResult(stored as StoredRoundResult, round, viewer);
    const feedback = discloseFeedback(comments, round, viewer) ?? [];
    if (!result) throw new ReportGivenUp('SUBJECT_NOT_FOUND');
    progress(40);
    const minimum = (source: string) => disclosureMinimum(round, source);
    const model: EmployeeRoundReportModel = {
      agencyName: agencyName ?? '',
      generatedAt: new Date(),
      employee: { name: employee.name, nip: employee.nip, position: round.positionAtOpen },
      unitName: unit?.name ?? '',
      period: { name: period.name, startsOn: period.startsOn, endsOn: period.endsOn },
      result: {
        predikat: result.predikat,
        perilakuScore: result.perilakuScore,
        perilakuRating: result.perilakuRating,
        hasilKerjaScore: result.hasilKerjaScore,
        hasilKerjaRating: result.hasilKerjaRating,
        hasilKerjaSource: result.hasilKerjaSource,
      },
      sources: result.sources.map((s) => ({
        source: s.source,
        count: s.count,
        mean: s.mean,
        score: s.score,
        weight: s.weight,
        counted: s.counted,
        note: sourceNote(s, minimum(s.source)),
      })),
      ...valueTable(means, minimum),
      feedback: feedback.map((f) => ({
        relation: f.relation,
        submitted: f.submitted,
        commentsVisible: f.commentsVisible,
        comments: f.comments,
      })),
    };
    const rendered = await renderEmployeeReport(model, (p) => progress(40 + p / 2));
    return { rendered, fileName: safeFileName('Laporan-Kinerja', employee.name, period.name) };
  }
}
