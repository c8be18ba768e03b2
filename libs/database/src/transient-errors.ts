/**
 * Errors that say "the database is not reachable right now" rather than "this request is wrong":
 * a PostgreSQL restart, failover or crash recovery, a connection dropped under a query, a full
 * pool. The same request, retried a little later with the same idempotency key, can succeed; so
 * clients get SERVICE_UNAVAILABLE with `retryable: true` instead of INTERNAL_SERVER_ERROR.
 */

/** SQLSTATEs of connection loss and of a server that is shutting down, starting or recovering. */
const TRANSIENT_SQLSTATES = new Set([
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
  '57P01', // admin_shutdown (pg_ctl stop/restart -m fast)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, in recovery)
  '53300', // too_many_connections
]);

/** Socket-level codes node-postgres passes through when the server is gone. */
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** node-postgres and its pool say these without a code. */
const TRANSIENT_MESSAGES = [
  /^Connection terminated/i,
  /^timeout exceeded when trying to connect/i,
  /^Client has encountered a connection error and is not queryable/i,
  /^Cannot use a pool after calling end on the pool/i,
  /^Client was closed and is not queryable/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

/** True when `err` (or what it wraps: TypeORM's driverError, a cause) is a transient database error. */
export function isTransientDatabaseError(err: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const o = e as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof o.code === 'string' && (TRANSIENT_SQLSTATES.has(o.code) || TRANSIENT_NODE_CODES.has(o.code))) return true;
    if (typeof o.message === 'string' && TRANSIENT_MESSAGES.some((re) => re.test(o.message as string))) return true;
    e = o.driverError ?? o.cause;
  }
  return false;
}

/** The API's answer to a transient database error: a stable code, a hint to retry, nothing internal. */
export const SERVICE_UNAVAILABLE = {
  code: 'SERVICE_UNAVAILABLE',
  message: 'Layanan sedang tidak tersedia, silakan coba lagi sebentar. / Service temporarily unavailable, please retry.',
} as const;

/**
 * The GraphQL error to answer for `original` when it is transient, else undefined. Used by the
 * gateway's formatError before it treats an error as internal.
 */
export function retryableGraphQLError(
  original: unknown,
  path: ReadonlyArray<string | number> | undefined,
): { message: string; path?: ReadonlyArray<string | number>; extensions: { code: string; retryable: true } } | undefined {
  if (!isTransientDatabaseError(original)) return undefined;
  return { message: SERVICE_UNAVAILABLE.message, path, extensions: { code: SERVICE_UNAVAILABLE.code, retryable: true } };
}
