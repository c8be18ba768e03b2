import { Injectable } from '@nestjs/common';
import {
  PeriodRecord,
  ResultsRepository,
  ReviewSeatRecord,
  RoundsRepository,
  TeamDashboardRowRecord,
  UnitsRepository,
  ReadDatabase,
} from '@k360/database';
import type { PredikatValue } from '@k360/scoring';
import { Actor } from '../auth/actor';
import { AuthErrors } from '../auth/auth.errors';
import { decodeNameCursor, encodeNameCursor } from '../common/name-page';
import type { ReviewerRelation } from '../rounds/models/enums';
import type { RoundResult } from '../rounds/models/round-result.model';
import { discloseProgress, disclosePendingReviewers, discloseResult } from '../rounds/round-disclosure';
import { PendingReviewer, TeamDashboard, TeamDashboardRow, TeamDashboardTotals, TeamUnitChoice } from './models/team-dashboard.models';
import { TeamDashboardErrors } from './team-dashboard.errors';
import { TeamDashboardPolicy } from './team-dashboard.policy';
import { PREDIKAT_ORDER, TEAM_DASHBOARD_PAGE_SIZE } from './team-dashboard.rules';

export interface TeamDashboardFilter {
  periodId: string;
  unitId?: string | null;
}

/** Every row of a dashboard (all pages), as the caller may see them, with the period. */
export interface TeamDashboardRows {
  period: PeriodRecord;
  rows: TeamDashboardRow[];
  /** The units the caller heads with those below (empty for ADMIN and for supervisors who head none). */
  headed: string[];
}

/**
 * The team dashboard: one set-based read per kind of fact, whatever the team's size (the period,
 * the units the caller heads, the rows, their results, their reviewer seats, the unit choices),
 * then disclosure per row in memory (round-disclosure.ts). Totals, the predikat distribution and
 * the waiting reviewers are over every row; the rows are paged by (employee name, round id).
 */
@Injectable()
export class TeamDashboardService {
  constructor(
    private readonly policy: TeamDashboardPolicy,
    private readonly rounds: RoundsRepository,
    private readonly results: ResultsRepository,
    private readonly units: UnitsRepository,
    private readonly reads: ReadDatabase,
  ) {}

  async dashboard(actor: Actor, filter: TeamDashboardFilter, page: { first?: number; after?: string | null } = {}): Promise<TeamDashboard> {
    const { rows, headed } = await this.allRows(actor, filter);
    const first = page.first ?? TEAM_DASHBOARD_PAGE_SIZE;
    let start = 0;
    if (page.after) {
      const after = decodeNameCursor(page.after);
      const at = rows.findIndex((r) => r.roundId === after.id);
      start =
        at >= 0 ? at + 1 : rows.findIndex((r) => r.employeeName > after.name || (r.employeeName === after.name && r.roundId > after.id));
      if (start < 0) start = rows.length;
    }
    const nodes = rows.slice(start, start + first);
    const last = nodes[nodes.length - 1];
    return {
      periodId: filter.periodId,
      unitId: filter.unitId ?? null,
      rows: {
        nodes,
        totalCount: rows.length,
        pageInfo: { hasNextPage: start + first < rows.length, endCursor: last ? encodeNameCursor(last.employeeName, last.roundId) : null },
      },
      predikatDistribution: PREDIKAT_ORDER.map((predikat) => ({ predikat, count: rows.filter((r) => r.predikat === predikat).length })),
      waitingReviewers: rows.flatMap((r) => r.pendingReviewers),
      totals: totalsOf(rows),
      unitChoices: await this.unitChoices(actor, headed),
    };
  }

  /** One row of the caller's dashboard (the drill-down), by round id; NOT_FOUND when it is not on their dashboard. */
  async member(actor: Actor, roundId: string): Promise<TeamDashboardRow> {
    const round = (await this.rounds.roundsByIds([roundId]))[0];
    if (!round || round.agencyId !== actor.agencyId) throw TeamDashboardErrors.notFound('Putaran penilaian');
    const { rows } = await this.allRows(actor, { periodId: round.periodId });
    const row = rows.find((r) => r.roundId === roundId);
    if (!row) throw TeamDashboardErrors.notFound('Putaran penilaian');
    return row;
  }

  /** Every row of the caller's dashboard for the filter, disclosed: what the page pages and the export writes. */
  async allRows(actor: Actor, filter: TeamDashboardFilter): Promise<TeamDashboardRows> {
    const scope = this.policy.scope(actor);
    if (!scope) throw AuthErrors.forbidden();
    const period = await this.rounds.findPeriod(filter.periodId, actor.agencyId);
    if (!period) throw TeamDashboardErrors.notFound('Periode');
    const headed = scope.kind === 'team' ? await this.units.headedUnitTree(actor.id) : [];
    if (filter.unitId) {
      if (!(await this.units.findInAgency(actor.agencyId, filter.unitId))) throw TeamDashboardErrors.notFound('Unit');
      if (!this.policy.mayPickUnit(actor, filter.unitId, headed)) throw TeamDashboardErrors.unitNotHeaded();
    }
    // The dashboard's bulk reads tolerate replication lag: the replica answers them when there is one.
    const { records, results, seats } = await this.reads.read(async (m) => {
      const records = await this.rounds.teamDashboardRows(
        {
          agencyId: actor.agencyId,
          periodId: period.id,
          viewerId: actor.id,
          team: scope.kind === 'team' ? { headedUnitIds: headed } : null,
          unitId: filter.unitId ?? null,
        },
        m,
      );
      const ids = records.map((r) => r.round.id);
      const [results, seats] = ids.length
        ? await Promise.all([this.results.resultsOfRounds(ids, m), this.rounds.reviewSeatsOfRounds(ids, m)])
        : [[], []];
      return { records, results, seats };
    });
    const rows = records.map((rec, i) => this.row(actor, rec, results[i] as RoundResult | null, seats[i]));
    return { period, rows, headed };
  }

  private row(actor: Actor, rec: TeamDashboardRowRecord, stored: RoundResult | null, seats: ReviewSeatRecord[]): TeamDashboardRow {
    const { round } = rec;
    const viewer = this.policy.viewerOf(actor, round);
    const result = round.status === 'SCORED' ? discloseResult(stored, round, viewer) : null;
    const of = (relation: string) => seats.filter((s) => s.relation === relation);
    const done = (list: ReviewSeatRecord[]) => list.filter((s) => s.submitted).length;
    const progress = discloseProgress(
      {
        supervisorSubmitted: done(of('SUPERVISOR')) > 0,
        peersApproved: of('PEER').length,
        peersSubmitted: done(of('PEER')),
        nominationsPending: 0,
        subordinatesApproved: of('SUBORDINATE').length,
        subordinatesSubmitted: done(of('SUBORDINATE')),
        selfSubmitted: done(of('SELF')) > 0,
      },
      round,
      viewer,
    );
    // The sum would tell a peer or subordinate count the viewer may not see (a relation without seats tells nothing).
    const hidden =
      !progress ||
      (progress.peersApproved > 0 && progress.peersSubmitted === null) ||
      (progress.subordinatesApproved > 0 && progress.subordinatesSubmitted === null);
    const pending: PendingReviewer[] =
      round.status === 'OPEN'
        ? disclosePendingReviewers(
            seats.filter((s) => !s.submitted),
            viewer,
          ).map((s) => ({
            roundId: round.id,
            reviewerId: s.reviewerId,
            reviewerName: s.reviewerName,
            relation: s.relation as ReviewerRelation,
            employeeId: round.employeeId,
            employeeName: rec.employeeName,
          }))
        : [];
    return {
      roundId: round.id,
      employeeId: round.employeeId,
      employeeName: rec.employeeName,
      employeeNip: rec.employeeNip,
      position: round.positionAtOpen,
      unitId: round.unitIdAtOpen,
      unitName: rec.unitName,
      status: round.status,
      managed: viewer === 'MANAGER',
      reviewsExpected: seats.length,
      reviewsSubmitted: hidden ? null : done(seats),
      perilakuScore: result?.perilakuScore ?? null,
      perilakuRating: result?.perilakuRating ?? null,
      hasilKerjaScore: result?.hasilKerjaScore ?? null,
      hasilKerjaRating: result?.hasilKerjaRating ?? null,
      predikat: (result?.predikat ?? null) as PredikatValue | null,
      sources: result?.sources ?? [],
      pendingReviewers: pending,
    };
  }

  private async unitChoices(actor: Actor, headed: readonly string[]): Promise<TeamUnitChoice[]> {
    const scope = this.policy.scope(actor);
    if (scope?.kind !== 'agency' && headed.length === 0) return [];
    const paths = await this.units.livePaths(actor.agencyId);
    return paths
      .filter((u) => scope?.kind === 'agency' || headed.includes(u.id))
      .sort((a, b) => a.path.localeCompare(b.path, 'id'))
      .map((u) => ({ id: u.id, name: u.name, path: u.path }));
  }
}

function totalsOf(rows: readonly TeamDashboardRow[]): TeamDashboardTotals {
  const shown = rows.filter((r) => r.reviewsSubmitted !== null);
  const status = (s: string) => rows.filter((r) => r.status === s).length;
  return {
    people: rows.length,
    draft: status('DRAFT'),
    open: status('OPEN'),
    closed: status('CLOSED'),
    scored: status('SCORED'),
    reviewsExpected: shown.reduce((n, r) => n + r.reviewsExpected, 0),
    reviewsSubmitted: shown.reduce((n, r) => n + (r.reviewsSubmitted ?? 0), 0),
    rowsWithHiddenCounts: rows.length - shown.length,
  };
}
