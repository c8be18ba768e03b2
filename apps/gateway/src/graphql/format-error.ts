import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { inputViolationGraphQLError, retryableGraphQLError } from '@k360/database';
import { GRAPHQL_MAX_TOKENS, TOO_MANY_TOKENS } from './parse-limits';

const logger = new Logger('GraphQL');

/** Codes Nest's exception filter gives to HttpExceptions, mapped to the API's codes. */
const NEST_CODES: Record<string, string> = {
  BAD_REQUEST: 'BAD_USER_INPUT',
  UNAUTHORIZED: 'UNAUTHENTICATED',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'RATE_LIMITED',
};

/**
 * What a client sees of an error: message, path and a stable `extensions.code`. Unexpected
 * errors are logged with their stack and answered with a generic message, so no internals leak.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const rawCode = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  let code = NEST_CODES[rawCode] ?? rawCode;
  // graphql-js reports a variable of the wrong type (a score of 3.5 for an Int) without a code.
  if (
    code === 'INTERNAL_SERVER_ERROR' &&
    !formatted.path &&
    /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/.test(formatted.message)
  ) {
    code = 'BAD_USER_INPUT';
  }
  // A document over the parser's token limit (parse-limits.ts).
  if (code === 'GRAPHQL_PARSE_FAILED' && TOO_MANY_TOKENS.test(formatted.message)) {
    return {
      message: `Dokumen GraphQL terlalu besar (lebih dari ${GRAPHQL_MAX_TOKENS} token). / The GraphQL document has more than ${GRAPHQL_MAX_TOKENS} tokens.`,
      extensions: { code: 'QUERY_TOO_LARGE' },
    };
  }
  const original = unwrapResolverError(error);
  // Apollo's own refusals without a code but with a 4xx status (an APQ hash that does not match
  // its query, an unsupported APQ version) are the client's mistakes.
  const status = (original as { extensions?: { http?: { status?: number } } })?.extensions?.http?.status;
  if (code === 'INTERNAL_SERVER_ERROR' && !formatted.path && status !== undefined && status >= 400 && status < 500) {
    code = 'BAD_USER_INPUT';
  }
  if (code === 'INTERNAL_SERVER_ERROR') {
    // The database is down or restarting: a clear, retryable answer instead of an internal error.
    const transient = retryableGraphQLError(original, formatted.path);
    if (transient) return transient;
    // PostgreSQL refused a value the request supplied (a CHECK, a value too long): the client's mistake.
    const violation = inputViolationGraphQLError(original, formatted.path);
    if (violation) {
      // Worth a look: the input's own validation should have refused the value first.
      logger.warn(
        `Input refused by PostgreSQL (${String(violation.extensions.details[0] && (violation.extensions.details[0] as { field: string }).field)})`,
      );
      return violation;
    }
    logger.error(original instanceof Error ? original.message : String(original), original instanceof Error ? original.stack : undefined);
    return { message: 'Terjadi kesalahan internal. / Internal server error.', path: formatted.path, extensions: { code } };
  }
  const extensions: Record<string, unknown> = { code };
  if (formatted.extensions?.details) extensions.details = formatted.extensions.details;
  return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
}
