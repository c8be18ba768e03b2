import { createHmac, randomInt } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@k360/config';
import {
  AuditService,
  HeldRatingRecord,
  IntakeRating,
  KioskRecord,
  OutboxRepository,
  PublicRatingsRepository,
  RatingAllowanceClaim,
  RatingLinkRecord,
  RatingSourceRecord,
  ServiceTicketRecord,
} from '@k360/database';
import {
  COMMENT_MAX_CHARACTERS,
  commentLength,
  ratingShapeProblem,
  respondentToStore,
  submittedAtProblem,
} from '@k360/scoring';
import { normaliseText } from '@k360/organisation';
import { OUTBOX_TOPICS, RateLimiter, ticketCompletedKey } from '@k360/queue';
import { Actor } from '../auth/actor';
import { AuthErrors } from '../auth/auth.errors';
import { PublicRatingsPolicy } from './public-ratings.policy';
import { isUuid } from '../common/uuid';
import { AppError, invalidField } from '../common/app-error';
import { CreateRatingLinkInput, IssueServiceTicketInput, RegisterKioskInput, SubmitPublicRatingInput } from './dto/public-rating.inputs';
import {
  DeskServicePoint,
  HeldRating,
  Kiosk,
  PublicRatingContext,
  PublicRatingReceipt,
  PublicTokenKindGql,
  RatingKind,
  RatingLink,
  ServiceTicket,
  ServiceTicketConnection,
} from './models/public-rating.models';
import { PublicErrors } from './public-ratings.errors';
import { PublicTokenKind, PublicTokens } from './public-tokens';
import { Batcher } from './batcher';

const TICKET_VALID_DAYS = 7;
/** The service desk's list of open tickets: at most this many a page. */
const OPEN_TICKETS_PAGE_MAX = 100;
/** A kiosk pairing code is valid this long (and once). */
const PAIRING_CODE_VALID_MINUTES = 10;
const CHANNEL: Record<PublicTokenKind, 'LINK' | 'KIOSK' | 'TICKET'> = { link: 'LINK', kiosk: 'KIOSK', ticket: 'TICKET' };

/** Two taps of the same face on one kiosk closer than this are one citizen's repeat (as HappyOrNot does). */
const KIOSK_REPEAT_SECONDS = 5;

/*
 * How ratings are stored (one statement per batch: idempotency claim, allowance claim, counted
 * with its outbox row or held) is PublicRatingsRepository.intake, in libs/database. What a rating
 * must claim to count at once is decided here (allowanceFor).
 */


interface Source {
  kind: PublicTokenKind;
  id: string;
  agencyId: string;
  servicePointId: string;
  employeeId: string | null;
}

/**
 * Citizen ratings: rating links, kiosks and one-time tickets, and the intake of ratings through
 * them. Intake is built to be retried safely (idempotency keys), single-use where it must be
 * (tickets, under concurrency too), limited per token and per address, and append-only.
 */
@Injectable()
export class PublicRatingsService {
  private readonly logger = new Logger('PublicRatings');
  private readonly tokens: PublicTokens;
  /** Token rows looked up for concurrent submissions, one query per batch. */
  private readonly sourceRows: Batcher<{ kind: PublicTokenKind; id: string }, RatingSourceRecord | null>;
  /** Ratings (links and kiosks) stored for concurrent submissions, one statement per batch. */
  private readonly intakes: Batcher<IntakeRating, boolean>;
  /** Keys the hash that stands for a client's address (clientTag). */
  private readonly clientKey: Buffer;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly ratings: PublicRatingsRepository,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly policy: PublicRatingsPolicy,
    private readonly outbox: OutboxRepository,
  ) {
    this.tokens = new PublicTokens(config.JWT_SECRET);
    this.sourceRows = new Batcher((keys) => this.loadSourceRows(keys), { maxBatch: 200, maxInFlight: 4 });
    this.intakes = new Batcher((rows) => this.intakeBatch(rows), {
      maxBatch: 200,
      maxInFlight: 4,
      conflictKey: (r) => [r.key, r.allowance?.key ?? null],
    });
    this.clientKey = createHmac('sha256', config.JWT_SECRET).update('kinerja360/rating-client/v1').digest();
    if (config.NODE_ENV === 'production' && config.PUBLIC_RATE_LIMIT === 0)
      this.logger.warn('PUBLIC_RATE_LIMIT=0: no public rate limit and no per-client hold of repeated ratings (load tests only)');
  }

  /**
   * Where citizens open links: PUBLIC_URL, else this gateway on loopback at the port it really
   * listens on (PORT=0 picks a free one).
   */
  private get baseUrl(): string {
    if (this.config.PUBLIC_URL) return this.config.PUBLIC_URL.replace(/\/$/, '');
    const address = this.adapterHost.httpAdapter?.getHttpServer()?.address();
    const port = address && typeof address === 'object' ? address.port : this.config.PORT;
    return `http://127.0.0.1:${port}`;
  }

  private links(path: string) {
    const url = `${this.baseUrl}/${path}`;
    return { url, qrSvgUrl: `${url}/qr.svg`, qrPngUrl: `${url}/qr.png` };
  }

  /** A live service point of the caller's agency; with an officer, one who staffs it. */
  private async servicePoint(m: EntityManager, actor: Actor, servicePointId: string, employeeId?: string | null) {
    const sp = await this.ratings.servicePointOfAgency(servicePointId, actor.agencyId, m);
    if (!sp || sp.archivedAt) throw PublicErrors.notFound('Titik layanan');
    if (employeeId && !(await this.ratings.isStaffOf(servicePointId, employeeId, true, m))) throw PublicErrors.officerNotStaff();
  }

  // ---- rating links -------------------------------------------------------------------------

  private toLink(r: RatingLinkRecord): RatingLink {
    const token = this.tokens.sign('link', r.id);
    return {
      id: r.id,
      token,
      ...this.links(`r/${token}`),
      servicePointId: r.servicePointId,
      employeeId: r.employeeId,
      expiresAt: r.expiresAt,
      revokedAt: r.revokedAt,
      createdAt: r.createdAt,
    };
  }

  async createRatingLink(actor: Actor, input: CreateRatingLinkInput, requestId?: string): Promise<RatingLink> {
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw PublicErrors.bad('expiresAt', 'expiresAt harus di masa depan');
    return this.ds.transaction(async (m) => {
      await this.servicePoint(m, actor, input.servicePointId, input.employeeId);
      const row = await this.ratings.insertRatingLink(
        {
          agencyId: actor.agencyId,
          servicePointId: input.servicePointId,
          employeeId: input.employeeId ?? null,
          expiresAt: input.expiresAt ?? null,
          createdBy: actor.id,
        },
        m,
      );
      await this.audit.forEmployee(actor, requestId).record(m, 'RATING_LINK_CREATED', 'rating_link', row.id, {
        after: { servicePointId: row.servicePointId, employeeId: row.employeeId, expiresAt: row.expiresAt },
      });
      return this.toLink(row);
    });
  }

  async ratingLinks(actor: Actor, servicePointId?: string): Promise<RatingLink[]> {
    const rows = await this.ratings.ratingLinks(actor.agencyId, servicePointId ?? null);
    return rows.map((r) => this.toLink(r));
  }

  async revokeRatingLink(actor: Actor, id: string, requestId?: string): Promise<RatingLink> {
    return this.ds.transaction(async (m) => {
      const row = await this.ratings.revokeRatingLink(id, actor.agencyId, m);
      if (!row) throw PublicErrors.notFound('Tautan penilaian');
      await this.audit.forEmployee(actor, requestId).record(m, 'RATING_LINK_REVOKED', 'rating_link', id);
      return this.toLink(row);
    });
  }

  // ---- kiosks -------------------------------------------------------------------------------

  private toKiosk(r: KioskRecord, withToken = false): Kiosk {
    return {
      id: r.id,
      name: r.name,
      servicePointId: r.servicePointId,
      deviceToken: withToken ? this.tokens.sign('kiosk', r.id) : null,
      revokedAt: r.revokedAt,
      lastSeenAt: r.lastSeenAt,
      createdAt: r.createdAt,
    };
  }

  async registerKiosk(actor: Actor, input: RegisterKioskInput, requestId?: string): Promise<Kiosk> {
    return this.ds.transaction(async (m) => {
      await this.servicePoint(m, actor, input.servicePointId);
      const row = await this.ratings.insertKiosk(
        { agencyId: actor.agencyId, servicePointId: input.servicePointId, name: input.name.trim(), createdBy: actor.id },
        m,
      );
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'KIOSK_REGISTERED', 'kiosk', row.id, { after: { name: row.name, servicePointId: row.servicePointId } });
      return this.toKiosk(row, true);
    });
  }

  async kiosks(actor: Actor, servicePointId?: string): Promise<Kiosk[]> {
    const rows = await this.ratings.kiosks(actor.agencyId, servicePointId ?? null);
    return rows.map((r) => this.toKiosk(r));
  }

  async renameKiosk(actor: Actor, id: string, name: string, requestId?: string): Promise<Kiosk> {
    if (name.trim().length < 2 || name.trim().length > 100) throw PublicErrors.bad('name', 'nama kios 2–100 karakter');
    return this.ds.transaction(async (m) => {
      const before = await this.ratings.kiosk(id, actor.agencyId, true, m);
      if (!before) throw PublicErrors.notFound('Kios');
      const row = (await this.ratings.renameKiosk(id, name.trim(), m)) as KioskRecord;
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'KIOSK_RENAMED', 'kiosk', id, { before: { name: before.name }, after: { name: row.name } });
      return this.toKiosk(row);
    });
  }

  async revokeKiosk(actor: Actor, id: string, requestId?: string): Promise<Kiosk> {
    return this.ds.transaction(async (m) => {
      const row = await this.ratings.revokeKiosk(id, actor.agencyId, m);
      if (!row) throw PublicErrors.notFound('Kios');
      await this.audit.forEmployee(actor, requestId).record(m, 'KIOSK_REVOKED', 'kiosk', id);
      return this.toKiosk(row);
    });
  }

  /** ADMIN: a six-digit code, valid 10 minutes and once, that pairs the kiosk's tablet. */
  async createKioskPairingCode(actor: Actor, kioskId: string): Promise<{ code: string; expiresAt: Date }> {
    const kiosk = await this.ratings.kiosk(kioskId, actor.agencyId);
    if (!kiosk) throw PublicErrors.notFound('Kios');
    if (kiosk.revokedAt) throw PublicErrors.kioskRevoked();
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const pairing = await this.ratings.addPairingCode(code, kioskId, actor.id, PAIRING_CODE_VALID_MINUTES);
      if (pairing) return pairing;
    }
    throw new Error('no free pairing code after 5 attempts');
  }

  /** Public: a kiosk exchanges its pairing code (once) for its device token. */
  async pairKiosk(code: string, clientAddress: string): Promise<{ deviceToken: string; kioskName: string; servicePointName: string }> {
    const limited = await this.limiter.hit([`pair:${clientAddress}`], 10);
    if (!limited.allowed) throw PublicErrors.rateLimited(limited.retryAfterSeconds);
    if (!/^\d{6}$/.test(String(code).trim())) throw PublicErrors.invalidPairingCode();
    const k = await this.ratings.usePairingCode(String(code).trim());
    if (!k) throw PublicErrors.invalidPairingCode();
    if (k.revokedAt) throw PublicErrors.kioskRevoked();
    return { deviceToken: this.tokens.sign('kiosk', k.kioskId), kioskName: k.name, servicePointName: k.servicePointName };
  }

  // ---- tickets ------------------------------------------------------------------------------

  private toTicket(r: ServiceTicketRecord): ServiceTicket {
    const token = this.tokens.sign('ticket', r.id);
    return {
      id: r.id,
      token,
      ...this.links(`t/${token}`),
      servicePointId: r.servicePointId,
      employeeId: r.employeeId,
      issuedAt: r.issuedAt,
      completedAt: r.completedAt,
      usedAt: r.usedAt,
      number: r.number,
    };
  }

  /** The service desk: the service points the caller is staff of (not archived). */
  async deskServicePoints(actor: Actor): Promise<DeskServicePoint[]> {
    return this.ratings.deskServicePoints(actor.id, actor.agencyId);
  }

  /** The service desk: today's open tickets of a service point whose counter the caller may serve. */
  async openServiceTickets(actor: Actor, servicePointId: string, first: number, after: string | null): Promise<ServiceTicketConnection> {
    if (!(await this.policy.mayServeAt(actor, servicePointId))) throw AuthErrors.forbidden();
    if (!Number.isInteger(first) || first < 1 || first > OPEN_TICKETS_PAGE_MAX)
      throw invalidField('first', `first harus 1 sampai ${OPEN_TICKETS_PAGE_MAX}. / first must be 1 to ${OPEN_TICKETS_PAGE_MAX}.`, `1..${OPEN_TICKETS_PAGE_MAX}`);
    const page = await this.ratings.openServiceTicketsToday(servicePointId, actor.agencyId, { first, afterId: after });
    const nodes = page.nodes.map((r) => this.toTicket(r));
    return {
      nodes,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: nodes.length ? nodes[nodes.length - 1].id : null },
    };
  }

  /** Issued at the counter (ADMIN or staff of the service point) when the citizen takes a number. */
  async issueServiceTicket(actor: Actor, input: IssueServiceTicketInput): Promise<ServiceTicket> {
    if (!(await this.policy.mayServeAt(actor, input.servicePointId))) throw AuthErrors.forbidden();
    return this.ds.transaction(async (m) => {
      await this.servicePoint(m, actor, input.servicePointId, input.employeeId);
      const row = await this.ratings.insertServiceTicket(
        { agencyId: actor.agencyId, servicePointId: input.servicePointId, employeeId: input.employeeId ?? null, createdBy: actor.id },
        m,
      );
      return this.toTicket(row);
    });
  }

  /**
   * Marks the service on a ticket as finished: issued → completed is the completion time KPIs use.
   * A ticket with an officer gets an outbox row (topic SERVICE_TICKET_COMPLETED) in the same
   * transaction, so the officer's automatic indicators of that month are recomputed even if the
   * gateway dies right after the commit; completing again adds nothing (one row per ticket).
   */
  async completeServiceTicket(actor: Actor, ticketId: string): Promise<ServiceTicket> {
    const ticket = await this.ratings.serviceTicket(ticketId, actor.agencyId);
    if (!ticket) throw PublicErrors.notFound('Tiket');
    if (!(await this.policy.mayServeAt(actor, ticket.servicePointId))) throw AuthErrors.forbidden();
    return this.ds.transaction(async (m) => {
      const row = (await this.ratings.completeServiceTicket(ticketId, m)) as ServiceTicketRecord;
      if (row.employeeId && row.completedAt)
        await this.outbox.add(
          OUTBOX_TOPICS.SERVICE_TICKET_COMPLETED,
          ticketCompletedKey(row.id),
          { ticketId: row.id, employeeId: row.employeeId, completedAt: row.completedAt.toISOString() },
          m,
        );
      return this.toTicket(row);
    });
  }

  // ---- held ratings -------------------------------------------------------------------------

  private toHeld(r: HeldRatingRecord): HeldRating {
    return {
      id: r.id,
      servicePointId: r.servicePointId,
      employeeId: r.employeeId,
      channel: r.channel,
      kind: r.kind as RatingKind,
      reason: r.reason,
      clientTag: r.clientTag,
      answers: r.kind === 'IKM' ? (r.answers as number[]) : null,
      score: r.score,
      comment: r.comment,
      submittedAt: r.submittedAt,
      receivedAt: r.receivedAt,
    };
  }

  /** ADMIN: the agency's undecided held ratings (of one service point), oldest first, at most 1,000. */
  async heldRatings(actor: Actor, servicePointId?: string | null): Promise<HeldRating[]> {
    if (servicePointId && !isUuid(servicePointId)) throw PublicErrors.bad('servicePointId', 'servicePointId harus UUID');
    const rows = await this.ratings.undecidedHeldRatings(actor.agencyId, servicePointId ?? null);
    return rows.map((r) => this.toHeld(r));
  }

  /**
   * ADMIN: held ratings of the agency counted after all (released) or never (rejected), audited
   * with their ids. Ratings of another agency or already decided are left alone; answers how many
   * were decided now.
   */
  async decideHeldRatings(actor: Actor, ids: string[], decision: 'RELEASED' | 'REJECTED', requestId?: string): Promise<number> {
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > 1000 || ids.some((id) => !isUuid(id)))
      throw PublicErrors.bad('ids', 'ids: 1–1.000 UUID penilaian yang ditahan');
    const unique = [...new Set(ids)];
    return this.ds.transaction(async (m) => {
      const rows =
        decision === 'RELEASED'
          ? await this.ratings.releaseHeldRatings(unique, actor.agencyId, actor.id, OUTBOX_TOPICS.SERVICE_POINT_RATED, m)
          : await this.ratings.rejectHeldRatings(unique, actor.agencyId, actor.id, m);
      if (rows.length) {
        await this.audit
          .forEmployee(actor, requestId)
          .record(m, decision === 'RELEASED' ? 'HELD_RATINGS_RELEASED' : 'HELD_RATINGS_REJECTED', 'public_rating_held', rows[0].id, {
            after: { ids: rows.map((r) => r.id), servicePointIds: [...new Set(rows.map((r) => r.servicePointId))] },
          });
      }
      return rows.length;
    });
  }

  // ---- intake -------------------------------------------------------------------------------

  /** What a token stands for, or the reason it cannot be used (INVALID_TOKEN, TOKEN_EXPIRED, …). */
  private async resolve(token: string): Promise<Source> {
    const parsed = this.tokens.verify(token);
    if (!parsed) throw PublicErrors.invalidToken();
    return this.resolveParsed(parsed);
  }

  /** The checks of `resolve` on the token's row, read fresh (batched with concurrent lookups). */
  private async resolveParsed(parsed: { kind: PublicTokenKind; id: string }): Promise<Source> {
    const row = await this.sourceRows.add(parsed);
    if (!row || row.servicePointArchivedAt) throw PublicErrors.invalidToken();
    if (parsed.kind === 'link') {
      if (row.revokedAt) throw PublicErrors.revoked();
      if (row.expiresAt && new Date(row.expiresAt).getTime() <= Date.now()) throw PublicErrors.expired();
    } else if (parsed.kind === 'kiosk') {
      if (row.revokedAt) throw PublicErrors.kioskRevoked();
    } else {
      if (row.usedAt) throw PublicErrors.ticketUsed();
      if (new Date(row.issuedAt as Date).getTime() + TICKET_VALID_DAYS * 86_400_000 <= Date.now()) throw PublicErrors.expired();
    }
    return {
      kind: parsed.kind,
      id: parsed.id,
      agencyId: row.agencyId,
      servicePointId: row.servicePointId,
      employeeId: row.employeeId ?? null,
    };
  }

  /** One SELECT per token kind for all the lookups gathered in a batch. */
  private async loadSourceRows(keys: Array<{ kind: PublicTokenKind; id: string }>): Promise<Array<RatingSourceRecord | null>> {
    const found = new Map<string, RatingSourceRecord>();
    for (const kind of ['link', 'kiosk', 'ticket'] as const) {
      const ids = [...new Set(keys.filter((k) => k.kind === kind).map((k) => k.id))];
      if (!ids.length) continue;
      for (const r of await this.ratings.ratingSources(kind, ids)) found.set(`${kind}:${r.id}`, r);
    }
    return keys.map((k) => found.get(`${k.kind}:${k.id}`) ?? null);
  }

  async context(token: string): Promise<PublicRatingContext> {
    const source = await this.resolve(token);
    const sp = (await this.ratings.servicePointNames(source.servicePointId))!;
    const officers = await this.ratings.activeOfficers(source.servicePointId);
    const officer = source.employeeId ? await this.ratings.officer(source.employeeId) : null;
    return {
      kind: { link: PublicTokenKindGql.LINK, kiosk: PublicTokenKindGql.KIOSK, ticket: PublicTokenKindGql.TICKET }[source.kind],
      servicePointId: source.servicePointId,
      servicePointName: sp.name,
      unitName: sp.unitName,
      officer: officer ?? null,
      officers: source.kind === 'kiosk' ? officers : [],
    };
  }

  /**
   * The intake's rules the DTO cannot check (they span fields or need the token's channel), and the
   * comment as stored; every rule is libs/scoring/src/public-rating-rules.ts's. Returns the columns to store.
   */
  private validate(input: SubmitPublicRatingInput, source: Source) {
    const shape = ratingShapeProblem(input.kind, input.answers, input.score);
    if (shape) throw PublicErrors.badRating(shape.field, shape.problem);
    if (input.employeeId && source.kind !== 'kiosk') throw PublicErrors.badRating('employeeId', 'OFFICER_KIOSK_ONLY');
    const now = Date.now();
    // Links and tickets are online: a rating is made when it arrives, whatever the client says.
    // Only a kiosk keeps ratings while offline and sends when each was made (within RATING_MAX_AGE_DAYS).
    let submittedAt = new Date(now);
    if (source.kind === 'kiosk' && input.submittedAt) {
      submittedAt = input.submittedAt;
      const late = submittedAtProblem(submittedAt, now);
      if (late) throw PublicErrors.badRating('submittedAt', late);
    }
    // Plain text: NFC, no bidi, zero-width or C0 controls (normaliseText), counted in code points
    // as the column's CHECK counts (commentLength). The DTO counted it the same way already; this
    // holds for callers that come without it.
    const comment = normaliseText(input.comment)?.trim() || null;
    if (comment && commentLength(comment) > COMMENT_MAX_CHARACTERS) throw PublicErrors.badRating('comment', 'COMMENT_TOO_LONG');
    return {
      answers: input.kind === RatingKind.IKM ? input.answers! : null,
      score: input.kind === RatingKind.QUICK ? input.score! : null,
      submittedAt,
      comment,
      respondent: respondentToStore(input.respondent),
    };
  }

  async submit(input: SubmitPublicRatingInput, clientAddress: string): Promise<PublicRatingReceipt> {
    const limit = this.config.PUBLIC_RATE_LIMIT;
    // The address and the token are counted in one round trip to the counter store; a token that
    // is not genuine is refused after counting the address only.
    const parsed = this.tokens.verify(input.token);
    const limited = await this.limiter.hit(
      parsed ? [`ip:${clientAddress}`, `${parsed.kind}:${parsed.id}`] : [`ip:${clientAddress}`],
      limit,
    );
    if (!limited.allowed) throw PublicErrors.rateLimited(limited.retryAfterSeconds);
    if (!parsed) throw PublicErrors.invalidToken();
    const source = await this.resolveParsed(parsed).catch(async (err: unknown) => {
      // A retry of the submission that used the ticket (its answer was lost on the way) is a
      // duplicate, not an error: the same idempotency key is already stored for this ticket.
      if (parsed.kind === 'ticket' && err instanceof AppError && err.extensions.code === 'TICKET_USED') {
        if (await this.ratings.idempotencyKeyTaken(`ticket:${parsed.id}:${input.idempotencyKey}`)) return null;
      }
      throw err;
    });
    if (!source) return { accepted: true, duplicate: true };
    const v = this.validate(input, source);

    let employeeId = source.employeeId;
    if (source.kind === 'kiosk' && input.employeeId) {
      if (!(await this.ratings.isStaffOf(source.servicePointId, input.employeeId, true))) throw PublicErrors.officerNotStaff();
      employeeId = input.employeeId;
    }
    const a = v.answers ?? [];
    const row: IntakeRating = {
      key: `${source.kind}:${source.id}:${input.idempotencyKey}`,
      agencyId: source.agencyId,
      servicePointId: source.servicePointId,
      employeeId,
      channel: CHANNEL[source.kind],
      sourceId: source.id,
      kind: input.kind,
      answers: Array.from({ length: 9 }, (_, i) => a[i] ?? null),
      score: v.score,
      comment: v.comment,
      respondent: v.respondent,
      submittedAt: v.submittedAt,
      allowance: null,
      clientTag: this.clientTag(clientAddress),
    };
    row.allowance = this.allowanceFor(row);
    if (source.kind !== 'ticket') {
      const inserted = await this.intakes.add(row);
      return { accepted: true, duplicate: !inserted };
    }
    // A ticket is single-use: claim it in the same transaction, so that of any number of
    // concurrent submissions exactly one commits; the others answer duplicate when they carry
    // its idempotency key (parallel retries) and TICKET_USED otherwise.
    return this.ds.transaction(async (m) => {
      if (await this.ratings.idempotencyKeyTaken(row.key, m)) return { accepted: true, duplicate: true };
      if (!(await this.ratings.useServiceTicket(source.id, m))) {
        // Used meanwhile: by a twin with this very key (a retry sent in parallel; its commit is
        // visible to this new statement) it is a duplicate, by another key it is TICKET_USED.
        if (await this.ratings.idempotencyKeyTaken(row.key, m)) return { accepted: true, duplicate: true };
        throw PublicErrors.ticketUsed();
      }
      if (!(await this.intake([row], m))[0]) return { accepted: true, duplicate: true };
      return { accepted: true, duplicate: false };
    });
  }

  /** A short keyed hash of the client's address: the same client gives the same tag, the tag gives no address. */
  private clientTag(clientAddress: string): string {
    return createHmac('sha256', this.clientKey).update(clientAddress).digest('base64url').slice(0, 16);
  }

  /**
   * What a rating must claim to count at once. Links: a client's first rating per link per
   * PUBLIC_CLIENT_WINDOW_HOURS. Kiosks: a tap of another face, or of the same one at least
   * KIOSK_REPEAT_SECONDS from the previous tap of it. Tickets are single-use: nothing to claim.
   * With PUBLIC_RATE_LIMIT=0 (every public limit off, load tests only) nothing is held.
   */
  private allowanceFor(row: IntakeRating): RatingAllowanceClaim | null {
    if (this.config.PUBLIC_RATE_LIMIT === 0) return null;
    if (row.channel === 'LINK') {
      const hours = this.config.PUBLIC_CLIENT_WINDOW_HOURS;
      if (hours === 0) return null;
      return {
        key: `link:${row.sourceId}:${row.clientTag}`,
        at: row.submittedAt,
        gapSeconds: hours * 3600,
        slide: false,
        reason: 'CLIENT_REPEAT',
      };
    }
    if (row.channel === 'KIOSK') {
      const answer = row.kind === 'IKM' ? row.answers.join('') : String(row.score);
      return {
        key: `kiosk:${row.sourceId}:${row.employeeId ?? ''}:${row.kind}:${answer}`,
        at: row.submittedAt,
        gapSeconds: KIOSK_REPEAT_SECONDS,
        slide: true,
        reason: 'KIOSK_REPEAT',
      };
    }
    return null;
  }

  /**
   * Stores ratings (counted or held, PublicRatingsRepository.intake: one statement); answers, per
   * rating, true when stored and false for a repeated key. Whether a rating was held is not
   * answered: the citizen is thanked either way, so a client cannot learn which of its ratings count.
   */
  private async intake(rows: IntakeRating[], m: EntityManager = this.ds.manager): Promise<boolean[]> {
    const keys = await this.ratings.intake(rows, OUTBOX_TOPICS.SERVICE_POINT_RATED, m);
    const kiosks = [...new Set(rows.filter((r) => r.channel === 'KIOSK' && keys.has(r.key)).map((r) => r.sourceId))];
    // A failure here must not refuse ratings that are already stored.
    if (kiosks.length) await this.ratings.markKiosksSeen(kiosks).catch((e: Error) => this.logger.warn(`kiosk last seen: ${e.message}`));
    return rows.map((r) => keys.has(r.key));
  }

  /**
   * The link and kiosk ratings gathered in a batch, in one statement (one round trip and one
   * commit for all of them). Keys are claimed in key order, so two batches never wait on each
   * other's keys crosswise. Should the statement fail (a row the database refuses), each rating
   * is retried on its own so that one rating's error is answered to its sender only.
   */
  private async intakeBatch(rows: IntakeRating[]): Promise<Array<boolean | Error>> {
    const alone = (r: IntakeRating) =>
      this.intake([r]).then(
        ([stored]) => stored,
        (e: Error) => e,
      );
    if (rows.length === 1) return [await alone(rows[0])];
    try {
      return await this.intake(rows);
    } catch {
      return Promise.all(rows.map(alone));
    }
  }

  /** A QR code may be printed for any genuine token; the page itself says whether it still works. */
  verifyForQr(token: string, kind: PublicTokenKind): string | null {
    const parsed = this.tokens.verify(token);
    if (!parsed || parsed.kind !== kind) return null;
    return `${this.baseUrl}/${kind === 'ticket' ? 't' : 'r'}/${token}`;
  }
}
