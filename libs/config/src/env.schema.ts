import proxyaddr from 'proxy-addr';
import { z } from 'zod';

const DEV_JWT_SECRET = 'kinerja360-development-secret-do-not-use-in-production';

const bool = (name: string) =>
  z.enum(['true', 'false', '1', '0'], { error: () => `${name} must be true or false` }).transform((v) => v === 'true' || v === '1');

const intInRange = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: () => `${name} must be an integer between ${min} and ${max}` })
    .transform((v) => Number(v))
    .refine((v) => v >= min && v <= max, { error: () => `${name} must be an integer between ${min} and ${max}` });

const urlWithProtocols = (name: string, protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        const u = new URL(v);
        return protocols.includes(u.protocol) && u.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { error: () => `${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );

/**
 * Every environment variable the product reads, all listed in docs/api.md; most are operational
 * knobs with safe defaults. Values arrive as strings and leave typed.
 */
export const envSchema = z
  .object({
    NODE_ENV: z
      .enum(['development', 'production', 'test'], { error: () => 'NODE_ENV must be development, production or test' })
      .default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: intInRange('PORT', 0, 65535).default(3000),
    WORKER_PORT: intInRange('WORKER_PORT', 0, 65535).default(3001),
    DATABASE_URL: urlWithProtocols('DATABASE_URL', ['postgres:', 'postgresql:']).optional(),
    /**
     * A streaming replica of DATABASE_URL for read-only queries that tolerate a little lag (public
     * pages, dashboards, reports). Unset: everything reads the primary.
     */
    DATABASE_READ_URL: urlWithProtocols('DATABASE_READ_URL', ['postgres:', 'postgresql:']).optional(),
    REDIS_URL: urlWithProtocols('REDIS_URL', ['redis:', 'rediss:']).optional(),
    /**
     * A Redis Cluster instead of one Redis: comma-separated seed nodes (host:port, IPv6 in brackets).
     * BullMQ, the rate limiter and every cache then use the cluster; the queue prefix's {hash tag}
     * keeps each queue in one slot. Credentials and TLS, when needed, come from REDIS_URL.
     */
    REDIS_CLUSTER_NODES: z
      .string()
      .optional()
      .transform((v) =>
        v === undefined
          ? undefined
          : v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
      )
      .refine(
        (nodes) => nodes === undefined || (nodes.length > 0 && nodes.every((n) => /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/.test(n))),
        {
          error: () => 'REDIS_CLUSTER_NODES must be comma-separated host:port pairs (IPv6 in brackets), e.g. 10.0.0.1:7000,10.0.0.2:7000',
        },
      ),
    QUEUE_BACKEND: z.enum(['redis', 'postgres'], { error: () => 'QUEUE_BACKEND must be redis or postgres' }).optional(),
    QUEUE_PREFIX: z
      .string()
      .regex(/^\{?[A-Za-z][A-Za-z0-9_]{0,40}\}?$/, {
        error: () => 'QUEUE_PREFIX must be letters, digits or _ (optionally in {braces}), at most 40 characters',
      })
      .default('{k360}'),
    JWT_SECRET: z
      .string()
      .min(32, { error: () => 'JWT_SECRET must be at least 32 characters' })
      .optional(),
    PUBLIC_RATE_LIMIT: intInRange('PUBLIC_RATE_LIMIT', 0, 1_000_000).default(30),
    /**
     * Hours in which only a client's first rating through one rating link counts at once; later
     * ones are stored held until an ADMIN releases them. 0 turns the hold off (as does
     * PUBLIC_RATE_LIMIT=0, which turns every public limit off: load tests only).
     */
    /**
     * Seconds a public page's answer (publicTransparency) is kept in the gateway's memory: a second
     * view within it makes no database query. 0 turns the cache off.
     */
    PUBLIC_CACHE_SECONDS: intInRange('PUBLIC_CACHE_SECONDS', 0, 3600).default(60),
    PUBLIC_CLIENT_WINDOW_HOURS: intInRange('PUBLIC_CLIENT_WINDOW_HOURS', 0, 24 * 30).default(6),
    /**
     * The submitPublicRating fast path (apps/gateway/src/public-ratings/submit-fast-path.ts), which
     * answers the mutation in front of Express with the DTO's checks. false: the full GraphQL stack
     * answers it (bench/ingest measures both).
     */
    PUBLIC_FAST_PATH: bool('PUBLIC_FAST_PATH').default(true),
    /**
     * Reverse proxies whose X-Forwarded-For is believed: comma-separated addresses or CIDRs (or
     * loopback, linklocal, uniquelocal). Unset: none, the client is the connection's peer.
     */
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .refine(
        (list) => {
          try {
            proxyaddr.compile(list);
            return true;
          } catch {
            return false;
          }
        },
        { error: () => 'TRUST_PROXY must be comma-separated IP addresses or CIDRs (e.g. 10.0.0.1,10.1.0.0/16)' },
      ),
    BOOTSTRAP_ADMIN_NIP: z
      .string()
      .regex(/^\d{18}$/, { error: () => 'BOOTSTRAP_ADMIN_NIP must be an 18-digit NIP' })
      .optional(),
    BOOTSTRAP_ADMIN_PASSWORD: z
      .string()
      .min(8, { error: () => 'BOOTSTRAP_ADMIN_PASSWORD must be at least 8 characters' })
      .optional(),
    PUBLIC_URL: urlWithProtocols('PUBLIC_URL', ['http:', 'https:']).optional(),
    /**
     * The agency whose ADMINs may open the queue dashboard (/admin/queues), which shows every
     * agency's jobs. Unset: any ADMIN while the database holds a single agency, nobody otherwise.
     */
    QUEUE_DASHBOARD_AGENCY_ID: z.uuid({ error: () => 'QUEUE_DASHBOARD_AGENCY_ID must be an agency id (UUID)' }).optional(),
    EMBEDDED: bool('EMBEDDED').default(false),
    DATA_DIR: z.string().min(1).default('.data'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: () => 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    SHUTDOWN_TIMEOUT_MS: intInRange('SHUTDOWN_TIMEOUT_MS', 100, 600_000).default(8000),
    /** How often the worker's reconcile sweep re-drives facts whose jobs may be lost (one run per interval across all workers). */
    RECONCILE_SWEEP_MS: intInRange('RECONCILE_SWEEP_MS', 500, 3_600_000).default(5000),
    /** How often rating partitions are prepared and spent allowances dropped (one run per interval across all workers). */
    PARTITION_UPKEEP_MS: intInRange('PARTITION_UPKEEP_MS', 1000, 7 * 24 * 3_600_000).default(6 * 3_600_000),
    /**
     * Months of citizen ratings kept attached: the upkeep detaches monthly partitions of public_rating
     * that ended longer ago (the table stays, listed in rating_partition_archive, for pg_dump and drop).
     * 0 keeps everything. At least 25 when set, so two years of SKM reports can still be recomputed.
     */
    RATING_RETENTION_MONTHS: intInRange('RATING_RETENTION_MONTHS', 0, 1200)
      .refine((v) => v === 0 || v >= 25, { error: () => 'RATING_RETENTION_MONTHS must be 0 (keep all) or at least 25' })
      .default(0),
    /** How often in-app reminders are computed (one run per interval across all workers; each reminder is created once). */
    REMINDERS_MS: intInRange('REMINDERS_MS', 500, 24 * 3_600_000).default(15 * 60_000),
    /**
     * SMTP server for email notifications (smtp:// or smtps://, credentials in the URL; nodemailer
     * query options such as ?ignoreTLS=true are honoured). Unset: no email is sent or claimed.
     */
    SMTP_URL: urlWithProtocols('SMTP_URL', ['smtp:', 'smtps:']).optional(),
    /** The From header of notification emails. */
    SMTP_FROM: z.string().min(3).max(254).default('Kinerja360 <no-reply@localhost>'),
    GRAPHQL_MAX_DEPTH: intInRange('GRAPHQL_MAX_DEPTH', 2, 50).default(8),
    LOGIN_MAX_FAILURES: intInRange('LOGIN_MAX_FAILURES', 1, 1000).default(10),
    LOGIN_LOCK_MINUTES: intInRange('LOGIN_LOCK_MINUTES', 1, 24 * 60).default(15),
    LOGIN_ADDRESS_MAX_FAILURES: intInRange('LOGIN_ADDRESS_MAX_FAILURES', 1, 100_000).default(20),
    ACCESS_TOKEN_TTL_SECONDS: intInRange('ACCESS_TOKEN_TTL_SECONDS', 30, 24 * 3600).default(900),
    REFRESH_TOKEN_TTL_DAYS: intInRange('REFRESH_TOKEN_TTL_DAYS', 1, 365).default(30),
    GRAPHQL_MAX_COMPLEXITY: intInRange('GRAPHQL_MAX_COMPLEXITY', 10, 1_000_000).default(2000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'JWT_SECRET is required when NODE_ENV=production' });
    }
    if (Boolean(env.BOOTSTRAP_ADMIN_NIP) !== Boolean(env.BOOTSTRAP_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.BOOTSTRAP_ADMIN_NIP ? 'BOOTSTRAP_ADMIN_PASSWORD' : 'BOOTSTRAP_ADMIN_NIP'],
        message: 'BOOTSTRAP_ADMIN_NIP and BOOTSTRAP_ADMIN_PASSWORD must be set together',
      });
    }
    if (env.QUEUE_BACKEND === 'redis' && env.EMBEDDED) {
      ctx.addIssue({ code: 'custom', path: ['QUEUE_BACKEND'], message: 'QUEUE_BACKEND=redis contradicts EMBEDDED=true' });
    }
  })
  .transform((env) => ({ ...env, JWT_SECRET: env.JWT_SECRET ?? DEV_JWT_SECRET }));

export type AppConfig = z.infer<typeof envSchema>;
