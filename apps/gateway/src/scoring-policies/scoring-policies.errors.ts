import type { ScoringPolicyViolation } from '@k360/scoring';
import { AppError } from '../common/app-error';

/**
 * Errors of scoring policies. A draft that breaks the rules is the base BAD_USER_INPUT (as every
 * invalid input), with one `extensions.details` entry per broken rule: `{ field, code, reasons }`,
 * `code` being a stable rule code of libs/scoring's SCORING_POLICY_RULE_CODES, or
 * SOURCES_NOT_EACH_ONCE for the list of sources (docs/api.md "Scoring policies").
 */
export const SOURCES_NOT_EACH_ONCE = 'SOURCES_NOT_EACH_ONCE';

export const ScoringPolicyErrors = {
  invalid: (violations: readonly ScoringPolicyViolation[]) =>
    new AppError(
      'BAD_USER_INPUT',
      `Kebijakan penilaian tidak memenuhi aturan: ${violations.map((v) => `${v.field} (${v.code})`).join('; ')}. / The scoring policy breaks these rules: ${violations
        .map((v) => `${v.field}: ${v.message}`)
        .join('; ')}.`,
      violations.map((v) => ({ field: v.field, code: v.code, reasons: [v.message] })),
    ),
  sourcesNotEachOnce: () =>
    new AppError(
      'BAD_USER_INPUT',
      'Kebijakan harus memuat SUPERVISOR, PEER, PUBLIC dan SUBORDINATE, masing-masing tepat sekali. / The policy needs SUPERVISOR, PEER, PUBLIC and SUBORDINATE, each once.',
      [{ field: 'sources', code: SOURCES_NOT_EACH_ONCE, reasons: ['SUPERVISOR, PEER, PUBLIC and SUBORDINATE, each once'] }],
    ),
};
