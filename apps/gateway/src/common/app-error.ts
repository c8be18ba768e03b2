import { GraphQLError } from 'graphql';
import type { AuthErrorCode } from '../auth/auth.errors';
import type { OrgErrorCode } from '../organisation/organisation.errors';
import type { PublicErrorCode } from '../public-ratings/public-ratings.errors';
import type { ReportErrorCode } from '../reports/reports.errors';
import type { RoundErrorCode } from '../rounds/rounds.errors';
import type { SystemErrorCode } from '../system/system.errors';
import { namesAsValues, ValueOf } from './names';
import type { WorkPlanErrorCode } from '../work-plans/work-plans.errors';
import type { TeamDashboardErrorCode } from '../team-dashboard/team-dashboard.errors';
import type { SatisfactionErrorCode } from '../service-satisfaction/service-satisfaction.errors';
import type { RecognitionErrorCode } from '../recognition/recognition.errors';

/** Codes every client may rely on (docs/api.md); each feature lists its own in its `*.errors.ts`. */
export const BaseErrorCode = namesAsValues(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED']);
export type BaseErrorCode = ValueOf<typeof BaseErrorCode>;

/**
 * Every `extensions.code` an AppError may carry: the base codes and one list per feature (the
 * `*ErrorCode` object in each `*.errors.ts`). A code that is in none of them does not compile.
 */
export type ErrorCode =
  | BaseErrorCode
  | AuthErrorCode
  | OrgErrorCode
  | RoundErrorCode
  | PublicErrorCode
  | SystemErrorCode
  | WorkPlanErrorCode
  | TeamDashboardErrorCode
  | SatisfactionErrorCode
  | RecognitionErrorCode
  | ReportErrorCode;

/**
 * The one error type resolvers and services throw. Its `code` becomes `extensions.code`;
 * `details` (field names and reasons, never secrets) become `extensions.details`.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown> | Array<Record<string, unknown>>) {
    super(message, { extensions: { code, ...(details ? { details } : {}) } });
  }
}

/** NOT_FOUND, the same words in every feature: "<what> tidak ditemukan. / <what> not found.". */
export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} tidak ditemukan. / ${what} not found.`);
}

/** BAD_USER_INPUT about one input field: `extensions.details` is `[{ field, reasons: [reason] }]`. */
export function invalidField(field: string, message: string, reason: string): AppError {
  return new AppError('BAD_USER_INPUT', message, [{ field, reasons: [reason] }]);
}
