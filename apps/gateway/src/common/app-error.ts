import { GraphQLError } from 'graphql';

/** Codes every client may rely on (docs/api.md); features add their own next to their service. */
export type BaseErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

/**
 * The one error type resolvers and services throw. Its `code` becomes `extensions.code`;
 * `details` (field names and reasons, never secrets) become `extensions.details`.
 */
export class AppError extends GraphQLError {
  constructor(code: string, message: string, details?: Record<string, unknown> | Array<Record<string, unknown>>) {
    super(message, { extensions: { code, ...(details ? { details } : {}) } });
  }
}
