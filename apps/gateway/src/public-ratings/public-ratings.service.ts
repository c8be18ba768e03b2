import { createHmac, randomInt } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { AuditService } from '@k360/database';
import {
  COMMENT_MAX_CHARACTERS,
  UUID_PATTERN,
  commentLength,
  ratingShapeProblem,
  respondentToStore,
  submittedAtProblem,
} from '@k360/scoring';
import { normaliseText } from '@k360/organisation';
import { OUTBOX_TOPICS, RateLimiter } from '@k360/queue';
import { Actor } from '../auth/actor';
import { AuthErrors } from '../auth/auth.errors';
import { PublicRatingsPolicy } from './public-ratings.policy';
import { returning } from '../common/sql';
import { AppError } from '../common/app-error';
import { CreateRatingLinkInput, IssueServiceTicketInput, RegisterKioskInput, SubmitPublicRatingInput } from './dto/public-rating.inputs';
import {
  HeldRating,
  Kiosk,
  PublicRatingContext,
  PublicRatingReceipt,
  PublicTokenKindGql,
  RatingKind,
  RatingLink,
  ServiceTicket,
} from './models/public-rating.models';
import { PublicErrors } from './public-ratings.errors';
import { PublicTokenKind, PublicTokens } from './public-tokens';
import { Batcher } from './batcher';

const TICKET_VALID_DAYS = 7;
/** The one rule for ids (libs/scoring/src/public-rating-rules.ts). */
const UUID = UUID_PATTERN;
const SOURCE_TABLE: Record<PublicTokenKind, string> = { link: 'rating_link', kiosk: 'kiosk', ticket: 'service_ticket' };
const CHANNEL: Record<PublicTokenKind, 'LINK' | 'KIOSK' | 'TICKET'> = { link: 'LINK', kiosk: 'KIOSK', ticket: 'TICKET' };

type SourceRow = Record<string, any>;

/** The columns of one rating to store, and its idempotency key (scoped to the token). */
interface IntakeRow {
  key: string;
  agencyId: string;
  servicePointId: string;
  employeeId: string | null;
  channel: 'LINK' | 'KIOSK' | 'TICKET';
  sourceId: string;
  kind: string;
  answers: Array<number | null>;
  score: number | null;
  comment: string | null;
  respondent: string | null;
  submittedAt: Date;
  /**
   * The allowance this rating must claim to count at once (see ALLOWANCE), or none (tickets, or
   * with the public limits off): without the claim it is stored held, for an ADMIN to decide.
   */
  allowance: Allowance | null;
  /** Keyed hash of the client's address: groups a client's held ratings without storing the address. */
  clientTag: string;
}

interface Allowance {
  key: string;
  /** The time compared: the server's for links, the kiosk's tap time for kiosks. */
  at: Date;
  gapSeconds: number;
  /** Kiosks: every repeat (counted or not) moves the window on, so a finger drumming on one face counts once. */
  slide: boolean;
  /** Why a rating that does not get the allowance is held. */
  reason: 'CLIENT_REPEAT' | 'KIOSK_REPEAT';
}

/** Two taps of the same face on one kiosk closer than this are one citizen's repeat (as HappyOrNot does). */
const KIOSK_REPEAT_SECONDS = 5;

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
 * decide one after the other on the newest row; the batcher never puts two ratings with the same
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
 * ADMIN releases held ratings: each moves into public_rating (received now, so the worker's
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

const REJECT = `
  UPDATE public_rating_held SET decision = 'REJECTED', decided_at = now(), decided_by = $3
   WHERE id = ANY($1::uuid[]) AND agency_id = $2 AND decision IS NULL
  RETURNING id, service_point_id`;

/**
 * Kiosks that just delivered ratings, as seen: outside the intake statement (a busy kiosk's row
 * lock would make concurrent batches queue, and deadlock across kiosks), and at most once a
 * minute per kiosk, so nearly every call changes nothing and locks nothing.
 */
const KIOSKS_SEEN = `UPDATE kiosk SET last_seen_at = now() WHERE id = ANY($1::uuid[]) AND (last_seen_at IS NULL OR last_seen_at < now() - interval '1 minute')`;

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
  private readonly sourceRows: Batcher<{ kind: PublicTokenKind; id: string }, SourceRow | null>;
  /** Ratings (links and kiosks) stored for concurrent submissions, one statement per batch. */
  private readonly intakes: Batcher<IntakeRow, boolean>;
  /** Keys the hash that stands for a client's address (clientTag). */
  private readonly clientKey: Buffer;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly policy: PublicRatingsPolicy,
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
    const [sp] = await m.query(`SELECT id, archived_at FROM service_point WHERE id = $1 AND agency_id = $2`, [
      servicePointId,
      actor.agencyId,
    ]);
    if (!sp || sp.archived_at) throw PublicErrors.notFound('Titik layanan');
    if (employeeId) {
      const [staff] = await m.query(
        `SELECT 1 AS hit FROM service_point_staff s JOIN employee e ON e.id = s.employee_id WHERE s.service_point_id = $1 AND s.employee_id = $2 AND e.active`,
        [servicePointId, employeeId],
      );
      if (!staff) throw PublicErrors.officerNotStaff();
    }
  }

  // ---- rating links -------------------------------------------------------------------------

  private toLink(r: Record<string, any>): RatingLink {
    const token = this.tokens.sign('link', r.id);
    return {
      id: r.id,
      token,
      ...this.links(`r/${token}`),
      servicePointId: r.service_point_id,
      employeeId: r.employee_id,
      expiresAt: r.expires_at,
      revokedAt: r.revoked_at,
      createdAt: r.created_at,
    };
  }

  async createRatingLink(actor: Actor, input: CreateRatingLinkInput, requestId?: string): Promise<RatingLink> {
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw PublicErrors.bad('expiresAt', 'expiresAt harus di masa depan');
    return this.ds.transaction(async (m) => {
      await this.servicePoint(m, actor, input.servicePointId, input.employeeId);
      const [row] = await m.query(
        `INSERT INTO rating_link (agency_id, service_point_id, employee_id, expires_at, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [actor.agencyId, input.servicePointId, input.employeeId ?? null, input.expiresAt ?? null, actor.id],
      );
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'RATING_LINK_CREATED', 'rating_link', row.id, {
          after: { servicePointId: row.service_point_id, employeeId: row.employee_id, expiresAt: row.expires_at },
        });
      return this.toLink(row);
    });
  }

  async ratingLinks(actor: Actor, servicePointId?: string): Promise<RatingLink[]> {
    const rows = await this.ds.query(
      `SELECT * FROM rating_link WHERE agency_id = $1 AND ($2::uuid IS NULL OR service_point_id = $2) ORDER BY created_at DESC LIMIT 500`,
      [actor.agencyId, servicePointId ?? null],
    );
    return rows.map((r: Record<string, any>) => this.toLink(r));
  }

  async revokeRatingLink(actor: Actor, id: string, requestId?: string): Promise<RatingLink> {
    return this.revoke(actor, 'rating_link', id, 'RATING_LINK_REVOKED', requestId).then((r) => this.toLink(r));
  }

  // ---- kiosks -------------------------------------------------------------------------------

  private toKiosk(r: Record<string, any>, withToken = false): Kiosk {
    return {
      id: r.id,
      name: r.name,
      servicePointId: r.service_point_id,
      deviceToken: withToken ? this.tokens.sign('kiosk', r.id) : null,
      revokedAt: r.revoked_at,
      lastSeenAt: r.last_seen_at,
      createdAt: r.created_at,
    };
  }

  async registerKiosk(actor: Actor, input: RegisterKioskInput, requestId?: string): Promise<Kiosk> {
    return this.ds.transaction(async (m) => {
      await this.servicePoint(m, actor, input.servicePointId);
      const [row] = await m.query(`INSERT INTO kiosk (agency_id, service_point_id, name, created_by) VALUES ($1, $2, $3, $4) RETURNING *`, [
        actor.agencyId,
        input.servicePointId,
        input.name.trim(),
        actor.id,
      ]);
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'KIOSK_REGISTERED', 'kiosk', row.id, { after: { name: row.name, servicePointId: row.service_point_id } });
      return this.toKiosk(row, true);
    });
  }

  async kiosks(actor: Actor, servicePointId?: string): Promise<Kiosk[]> {
    const rows = await this.ds.query(
      `SELECT * FROM kiosk WHERE agency_id = $1 AND ($2::uuid IS NULL OR service_point_id = $2) ORDER BY name, id`,
      [actor.agencyId, servicePointId ?? null],
    );
    return rows.map((r: Record<string, any>) => this.toKiosk(r));
  }

  async renameKiosk(actor: Actor, id: string, name: string, requestId?: string): Promise<Kiosk> {
    if (name.trim().length < 2 || name.trim().length > 100) throw PublicErrors.bad('name', 'nama kios 2–100 karakter');
    return this.ds.transaction(async (m) => {
      const [before] = await m.query(`SELECT * FROM kiosk WHERE id = $1 AND agency_id = $2 FOR UPDATE`, [id, actor.agencyId]);
      if (!before) throw PublicErrors.notFound('Kios');
      const [row] = returning<Record<string, any>>(
        await m.query(`UPDATE kiosk SET name = $2 WHERE id = $1 RETURNING *`, [id, name.trim()]),
      );
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'KIOSK_RENAMED', 'kiosk', id, { before: { name: before.name }, after: { name: row.name } });
      return this.toKiosk(row);
    });
  }

  async revokeKiosk(actor: Actor, id: string, requestId?: string): Promise<Kiosk> {
    return this.revoke(actor, 'kiosk', id, 'KIOSK_REVOKED', requestId).then((r) => this.toKiosk(r));
  }

  private async revoke(
    actor: Actor,
    table: 'kiosk' | 'rating_link',
    id: string,
    action: string,
    requestId?: string,
  ): Promise<Record<string, any>> {
    return this.ds.transaction(async (m) => {
      const [row] = returning<Record<string, any>>(
        await m.query(`UPDATE ${table} SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND agency_id = $2 RETURNING *`, [
          id,
          actor.agencyId,
        ]),
      );
      if (!row) throw PublicErrors.notFound(table === 'kiosk' ? 'Kios' : 'Tautan penilaian');
      await this.audit.forEmployee(actor, requestId).record(m, action, table, id);
      return row;
    });
  }

  /** ADMIN: a six-digit code, valid 10 minutes and once, that pairs the kiosk's tablet. */
  async createKioskPairingCode(actor: Actor, kioskId: string): Promise<{ code: string; expiresAt: Date }> {
    const [kiosk] = await this.ds.query(`SELECT revoked_at FROM kiosk WHERE id = $1 AND agency_id = $2`, [kioskId, actor.agencyId]);
    if (!kiosk) throw PublicErrors.notFound('Kios');
    if (kiosk.revoked_at) throw PublicErrors.kioskRevoked();
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      await this.ds.query(`DELETE FROM kiosk_pairing WHERE code = $1 AND (used_at IS NOT NULL OR expires_at < now())`, [code]);
      const rows = await this.ds.query(
        `INSERT INTO kiosk_pairing (code, kiosk_id, expires_at, created_by) VALUES ($1, $2, now() + interval '10 minutes', $3)
         ON CONFLICT (code) DO NOTHING RETURNING code, expires_at`,
        [code, kioskId, actor.id],
      );
      if (rows.length) return { code: rows[0].code, expiresAt: rows[0].expires_at };
    }
    throw new Error('no free pairing code after 5 attempts');
  }

  /** Public: a kiosk exchanges its pairing code (once) for its device token. */
  async pairKiosk(code: string, clientAddress: string): Promise<{ deviceToken: string; kioskName: string; servicePointName: string }> {
    const limited = await this.limiter.hit([`pair:${clientAddress}`], 10);
    if (!limited.allowed) throw PublicErrors.rateLimited(limited.retryAfterSeconds);
    if (!/^\d{6}$/.test(String(code).trim())) throw PublicErrors.invalidPairingCode();
    const [row] = returning<{ kiosk_id: string }>(
      await this.ds.query(
        `UPDATE kiosk_pairing SET used_at = now() WHERE code = $1 AND used_at IS NULL AND expires_at > now() RETURNING kiosk_id`,
        [String(code).trim()],
      ),
    );
    if (!row) throw PublicErrors.invalidPairingCode();
    const [k] = await this.ds.query(
      `SELECT k.name, k.revoked_at, sp.name AS sp_name FROM kiosk k JOIN service_point sp ON sp.id = k.service_point_id WHERE k.id = $1`,
      [row.kiosk_id],
    );
    if (k.revoked_at) throw PublicErrors.kioskRevoked();
    return { deviceToken: this.tokens.sign('kiosk', row.kiosk_id), kioskName: k.name, servicePointName: k.sp_name };
  }

  // ---- tickets ------------------------------------------------------------------------------

  private toTicket(r: Record<string, any>): ServiceTicket {
    const token = this.tokens.sign('ticket', r.id);
    return {
      id: r.id,
      token,
      ...this.links(`t/${token}`),
      servicePointId: r.service_point_id,
      employeeId: r.employee_id,
      issuedAt: r.issued_at,
      completedAt: r.completed_at,
      usedAt: r.used_at,
    };
  }

  /** Issued at the counter (ADMIN or staff of the service point) when the citizen takes a number. */
  async issueServiceTicket(actor: Actor, input: IssueServiceTicketInput): Promise<ServiceTicket> {
    if (!(await this.policy.mayServeAt(actor, input.servicePointId))) throw AuthErrors.forbidden();
    return this.ds.transaction(async (m) => {
      await this.servicePoint(m, actor, input.servicePointId, input.employeeId);
      const [row] = await m.query(
        `INSERT INTO service_ticket (agency_id, service_point_id, employee_id, created_by) VALUES ($1, $2, $3, $4) RETURNING *`,
        [actor.agencyId, input.servicePointId, input.employeeId ?? null, actor.id],
      );
      return this.toTicket(row);
    });
  }

  /** Marks the service on a ticket as finished: issued → completed is the completion time KPIs use. */
  async completeServiceTicket(actor: Actor, ticketId: string): Promise<ServiceTicket> {
    const [ticket] = await this.ds.query(`SELECT * FROM service_ticket WHERE id = $1 AND agency_id = $2`, [ticketId, actor.agencyId]);
    if (!ticket) throw PublicErrors.notFound('Tiket');
    if (!(await this.policy.mayServeAt(actor, ticket.service_point_id))) throw AuthErrors.forbidden();
    const [row] = returning<Record<string, any>>(
      await this.ds.query(`UPDATE service_ticket SET completed_at = coalesce(completed_at, now()) WHERE id = $1 RETURNING *`, [ticketId]),
    );
    return this.toTicket(row);
  }

  // ---- held ratings -------------------------------------------------------------------------

  private toHeld(r: Record<string, any>): HeldRating {
    const answers = [r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9];
    return {
      id: r.id,
      servicePointId: r.service_point_id,
      employeeId: r.employee_id,
      channel: r.channel,
      kind: r.kind,
      reason: r.reason,
      clientTag: r.client_tag,
      answers: r.kind === 'IKM' ? answers : null,
      score: r.score,
      comment: r.comment,
      submittedAt: r.submitted_at,
      receivedAt: r.received_at,
    };
  }

  /** ADMIN: the agency's undecided held ratings (of one service point), oldest first, at most 1,000. */
  async heldRatings(actor: Actor, servicePointId?: string | null): Promise<HeldRating[]> {
    if (servicePointId && !UUID.test(servicePointId)) throw PublicErrors.bad('servicePointId', 'servicePointId harus UUID');
    const rows = await this.ds.query(
      `SELECT * FROM public_rating_held WHERE agency_id = $1 AND decision IS NULL AND ($2::uuid IS NULL OR service_point_id = $2)
        ORDER BY received_at, id LIMIT 1000`,
      [actor.agencyId, servicePointId ?? null],
    );
    return rows.map((r: Record<string, any>) => this.toHeld(r));
  }

  /**
   * ADMIN: held ratings of the agency counted after all (released) or never (rejected), audited
   * with their ids. Ratings of another agency or already decided are left alone; answers how many
   * were decided now.
   */
  async decideHeldRatings(actor: Actor, ids: string[], decision: 'RELEASED' | 'REJECTED', requestId?: string): Promise<number> {
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > 1000 || ids.some((id) => typeof id !== 'string' || !UUID.test(id)))
      throw PublicErrors.bad('ids', 'ids: 1–1.000 UUID penilaian yang ditahan');
    const unique = [...new Set(ids)];
    return this.ds.transaction(async (m) => {
      const rows: Array<{ id: string; service_point_id: string }> =
        decision === 'RELEASED'
          ? await m.query(RELEASE, [unique, actor.agencyId, actor.id, OUTBOX_TOPICS.SERVICE_POINT_RATED])
          : returning(await m.query(REJECT, [unique, actor.agencyId, actor.id]));
      if (rows.length) {
        await this.audit
          .forEmployee(actor, requestId)
          .record(m, decision === 'RELEASED' ? 'HELD_RATINGS_RELEASED' : 'HELD_RATINGS_REJECTED', 'public_rating_held', rows[0].id, {
            after: { ids: rows.map((r) => r.id), servicePointIds: [...new Set(rows.map((r) => r.service_point_id))] },
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
    if (!row || row.sp_archived_at) throw PublicErrors.invalidToken();
    if (parsed.kind === 'link') {
      if (row.revoked_at) throw PublicErrors.revoked();
      if (row.expires_at && new Date(row.expires_at).getTime() <= Date.now()) throw PublicErrors.expired();
    } else if (parsed.kind === 'kiosk') {
      if (row.revoked_at) throw PublicErrors.kioskRevoked();
    } else {
      if (row.used_at) throw PublicErrors.ticketUsed();
      if (new Date(row.issued_at).getTime() + TICKET_VALID_DAYS * 86_400_000 <= Date.now()) throw PublicErrors.expired();
    }
    return {
      kind: parsed.kind,
      id: parsed.id,
      agencyId: row.agency_id,
      servicePointId: row.service_point_id,
      employeeId: row.employee_id ?? null,
    };
  }

  /** One SELECT per token kind for all the lookups gathered in a batch. */
  private async loadSourceRows(keys: Array<{ kind: PublicTokenKind; id: string }>): Promise<Array<SourceRow | null>> {
    const found = new Map<string, SourceRow>();
    for (const kind of ['link', 'kiosk', 'ticket'] as const) {
      const ids = [...new Set(keys.filter((k) => k.kind === kind).map((k) => k.id))];
      if (!ids.length) continue;
      const rows: SourceRow[] = await this.ds.query(
        `SELECT t.*, sp.archived_at AS sp_archived_at FROM ${SOURCE_TABLE[kind]} t JOIN service_point sp ON sp.id = t.service_point_id WHERE t.id = ANY($1::uuid[])`,
        [ids],
      );
      for (const r of rows) found.set(`${kind}:${r.id}`, r);
    }
    return keys.map((k) => found.get(`${k.kind}:${k.id}`) ?? null);
  }

  async context(token: string): Promise<PublicRatingContext> {
    const source = await this.resolve(token);
    const [sp] = await this.ds.query(
      `SELECT sp.name, u.name AS unit_name FROM service_point sp JOIN unit u ON u.id = sp.unit_id WHERE sp.id = $1`,
      [source.servicePointId],
    );
    const officers: Array<{ id: string; name: string }> = await this.ds.query(
      `SELECT e.id, e.name FROM service_point_staff s JOIN employee e ON e.id = s.employee_id WHERE s.service_point_id = $1 AND e.active ORDER BY e.name`,
      [source.servicePointId],
    );
    const [officer] = source.employeeId ? await this.ds.query(`SELECT id, name FROM employee WHERE id = $1`, [source.employeeId]) : [];
    return {
      kind: { link: PublicTokenKindGql.LINK, kiosk: PublicTokenKindGql.KIOSK, ticket: PublicTokenKindGql.TICKET }[source.kind],
      servicePointId: source.servicePointId,
      servicePointName: sp.name,
      unitName: sp.unit_name,
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
        const [dup] = await this.ds.query(`SELECT 1 AS hit FROM rating_idempotency WHERE key = $1`, [
          `ticket:${parsed.id}:${input.idempotencyKey}`,
        ]);
        if (dup) return null;
      }
      throw err;
    });
    if (!source) return { accepted: true, duplicate: true };
    const v = this.validate(input, source);

    let employeeId = source.employeeId;
    if (source.kind === 'kiosk' && input.employeeId) {
      const [staff] = await this.ds.query(
        `SELECT 1 AS hit FROM service_point_staff s JOIN employee e ON e.id = s.employee_id WHERE s.service_point_id = $1 AND s.employee_id = $2 AND e.active`,
        [source.servicePointId, input.employeeId],
      );
      if (!staff) throw PublicErrors.officerNotStaff();
      employeeId = input.employeeId;
    }
    const a = v.answers ?? [];
    const row: IntakeRow = {
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
      respondent: v.respondent ? JSON.stringify(v.respondent) : null,
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
      const [dup] = await m.query(`SELECT 1 AS hit FROM rating_idempotency WHERE key = $1`, [row.key]);
      if (dup) return { accepted: true, duplicate: true };
      const used = returning(
        await m.query(`UPDATE service_ticket SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id`, [source.id]),
      );
      if (!used.length) {
        // Used meanwhile: by a twin with this very key (a retry sent in parallel; its commit is
        // visible to this new statement) it is a duplicate, by another key it is TICKET_USED.
        const [twin] = await m.query(`SELECT 1 AS hit FROM rating_idempotency WHERE key = $1`, [row.key]);
        if (twin) return { accepted: true, duplicate: true };
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
  private allowanceFor(row: IntakeRow): Allowance | null {
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
   * Stores ratings with INTAKE (counted or held); answers, per rating, true when stored and
   * false for a repeated key. Whether a rating was held is not answered: the citizen is thanked
   * either way, so a client cannot learn which of its ratings count.
   */
  private async intake(rows: IntakeRow[], m: EntityManager = this.ds.manager): Promise<boolean[]> {
    const col = <T>(f: (r: IntakeRow) => T) => rows.map(f);
    const claimed: Array<{ key: string }> = await m.query(INTAKE, [
      col((r) => r.key),
      col((r) => r.agencyId),
      col((r) => r.servicePointId),
      col((r) => r.employeeId),
      col((r) => r.channel),
      col((r) => r.sourceId),
      col((r) => r.kind),
      ...Array.from({ length: 9 }, (_, i) => col((r) => r.answers[i])),
      col((r) => r.score),
      col((r) => r.comment),
      col((r) => r.respondent),
      col((r) => r.submittedAt),
      OUTBOX_TOPICS.SERVICE_POINT_RATED,
      col((r) => r.allowance?.key ?? null),
      col((r) => r.allowance?.at ?? null),
      col((r) => r.allowance?.gapSeconds ?? null),
      col((r) => r.allowance?.slide ?? null),
      col((r) => r.allowance?.reason ?? null),
      col((r) => r.clientTag),
    ]);
    const keys = new Set(claimed.map((c) => c.key));
    const kiosks = [...new Set(rows.filter((r) => r.channel === 'KIOSK' && keys.has(r.key)).map((r) => r.sourceId))];
    // A failure here must not refuse ratings that are already stored.
    if (kiosks.length) await this.ds.query(KIOSKS_SEEN, [kiosks]).catch((e: Error) => this.logger.warn(`kiosk last seen: ${e.message}`));
    return rows.map((r) => keys.has(r.key));
  }

  /**
   * The link and kiosk ratings gathered in a batch, in one statement (one round trip and one
   * commit for all of them). Keys are claimed in key order, so two batches never wait on each
   * other's keys crosswise. Should the statement fail (a row the database refuses), each rating
   * is retried on its own so that one rating's error is answered to its sender only.
   */
  private async intakeBatch(rows: IntakeRow[]): Promise<Array<boolean | Error>> {
    const alone = (r: IntakeRow) =>
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
