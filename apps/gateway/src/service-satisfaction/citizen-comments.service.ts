import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AuditService,
  CitizenCommentRecord,
  CitizenCommentsRepository,
  decodeCommentCursor,
  FollowUpRepository,
  ServicePointsRepository,
  UnitsRepository,
} from '@k360/database';
import { COMMENTS_PAGE_DEFAULT, COMMENTS_PAGE_MAX } from '@k360/scoring';
import { Actor } from '../auth/actor';
import { AuthErrors } from '../auth/auth.errors';
import { CitizenCommentsArgs } from './dto/citizen-comments.inputs';
import { CitizenComment, CitizenCommentConnection } from './models/citizen-comment.model';
import { SatisfactionScope, ServiceSatisfactionPolicy } from './service-satisfaction.policy';
import { SatisfactionErrors } from './service-satisfaction.errors';

const toModel = (c: CitizenCommentRecord): CitizenComment => ({
  id: c.id,
  submittedAt: c.submittedAt,
  channel: c.channel,
  kind: c.kind,
  overall: c.overall,
  comment: c.comment,
  servicePointId: c.servicePointId,
  servicePointName: c.servicePointName,
  unitId: c.unitId,
  unitName: c.unitName,
  status: c.status,
  handledAt: c.handledAt,
  handledNote: c.handledNote,
  hiddenAt: c.hiddenAt,
  hiddenReason: c.hiddenReason,
});

/**
 * Citizens' comments for unit heads and ADMIN (issue 15): the list (filters, ILIKE search, keyset
 * pages on the server) and the three marks (handled, hidden with a reason, unhidden). A mark that
 * is already so is a no-op answered with the comment as it is (a retry is harmless and writes no
 * second audit row); each change is one audit row, in its transaction.
 */
@Injectable()
export class CitizenCommentsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly comments: CitizenCommentsRepository,
    private readonly servicePoints: ServicePointsRepository,
    private readonly units: UnitsRepository,
    private readonly periods: FollowUpRepository,
    private readonly policy: ServiceSatisfactionPolicy,
    private readonly audit: AuditService,
  ) {}

  private async headScope(actor: Actor): Promise<SatisfactionScope> {
    const scope = await this.policy.scope(actor);
    if (!this.policy.headsAnything(scope)) throw SatisfactionErrors.notUnitHead();
    return scope;
  }

  async list(actor: Actor, args: CitizenCommentsArgs): Promise<CitizenCommentConnection> {
    const scope = await this.headScope(actor);
    if (args.servicePointId) {
      const sp = await this.servicePoints.findInAgency(actor.agencyId, args.servicePointId);
      if (!sp) throw SatisfactionErrors.servicePointNotFound();
      if (!this.policy.covers(scope, sp.unitId)) throw AuthErrors.forbidden();
    }
    if (args.unitId) {
      const unit = await this.units.findInAgency(actor.agencyId, args.unitId);
      if (!unit) throw SatisfactionErrors.unitNotFound();
      if (!this.policy.covers(scope, unit.id)) throw AuthErrors.forbidden();
    }
    if (args.periodId && !(await this.periods.findPeriod(actor.agencyId, args.periodId))) throw SatisfactionErrors.periodNotFound();
    const after = args.page?.after ? decodeCommentCursor(args.page.after) : null;
    if (args.page?.after && !after) throw SatisfactionErrors.badCursor();
    const page = await this.comments.list({
      agencyId: actor.agencyId,
      unitIds: scope.wholeAgency ? null : scope.unitIds,
      servicePointId: args.servicePointId,
      unitId: args.unitId,
      periodId: args.periodId,
      search: args.search,
      status: args.status,
      first: Math.min(args.page?.first ?? COMMENTS_PAGE_DEFAULT, COMMENTS_PAGE_MAX),
      after,
    });
    return {
      nodes: page.nodes.map(toModel),
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  markHandled(actor: Actor, id: string, note: string | null | undefined, requestId?: string): Promise<CitizenComment> {
    return this.change(actor, id, requestId, async (m, c) => {
      if (!(await this.comments.markHandled(actor.agencyId, c.id, actor.id, note ?? null, m))) return null;
      return { action: 'COMMENT_HANDLED', change: { before: { status: c.status }, after: { handled: true, note: note ?? null } } };
    });
  }

  hide(actor: Actor, id: string, reason: string, requestId?: string): Promise<CitizenComment> {
    return this.change(actor, id, requestId, async (m, c) => {
      if (!(await this.comments.hide(actor.agencyId, c.id, actor.id, reason, m))) return null;
      return { action: 'COMMENT_HIDDEN', change: { before: { status: c.status }, after: { status: 'HIDDEN', reason } } };
    });
  }

  unhide(actor: Actor, id: string, requestId?: string): Promise<CitizenComment> {
    return this.change(actor, id, requestId, async (m, c) => {
      if (!(await this.comments.unhide(actor.agencyId, c.id, m))) return null;
      return {
        action: 'COMMENT_UNHIDDEN',
        change: { before: { status: 'HIDDEN', reason: c.hiddenReason }, after: { status: c.handledAt ? 'HANDLED' : 'OPEN' } },
      };
    });
  }

  /** Finds the comment (NOT_FOUND outside the agency), checks the scope, applies the mark and audits it when it changed anything. */
  private async change(
    actor: Actor,
    id: string,
    requestId: string | undefined,
    apply: (
      m: import('typeorm').EntityManager,
      c: CitizenCommentRecord,
    ) => Promise<{ action: string; change: { before: Record<string, unknown>; after: Record<string, unknown> } } | null>,
  ): Promise<CitizenComment> {
    const scope = await this.headScope(actor);
    return this.ds.transaction(async (m) => {
      const comment = await this.comments.findInAgency(actor.agencyId, id, m);
      if (!comment) throw SatisfactionErrors.commentNotFound();
      if (!this.policy.covers(scope, comment.unitId)) throw AuthErrors.forbidden();
      const done = await apply(m, comment);
      if (done) await this.audit.forEmployee(actor, requestId).record(m, done.action, 'public_rating', comment.id, done.change);
      return toModel((await this.comments.findInAgency(actor.agencyId, id, m)) as CitizenCommentRecord);
    });
  }
}
