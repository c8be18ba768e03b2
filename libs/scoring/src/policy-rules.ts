/**
 * The rules an agency's own scoring policy must meet before an ADMIN may publish it (issue 13,
 * "Scoring policy per agency"; docs/domain.md "Scoring policy per agency"). Pure: the gateway
 * calls `scoringPolicyViolations` on the ADMIN's draft, refuses it with every violation's stable
 * code, and stores `buildScoringPolicy(draft, version)` as the version's snapshot.
 *
 * What an ADMIN may change and within which bounds:
 * - weights of SUPERVISOR, PEER, PUBLIC and SUBORDINATE: finite, 0 ≤ w ≤ MAX_POLICY_WEIGHT, at
 *   least one > 0 (they are relative: renormalised over the sources that counted). SELF is never
 *   weighted (its weight stays 0 whatever the draft says; the draft has no SELF).
 * - minimum raters per source: integers 1 … MAX_POLICY_MIN_COUNT (PUBLIC counts ratings).
 * - anonymity minimum: an integer ≥ ANONYMITY_MIN_FLOOR (the project default, 3), ≤
 *   MAX_POLICY_ANONYMITY_MIN. PEER and SUBORDINATE minimums may not be below it: a source counted
 *   below its anonymity minimum would have its figures (and the perilaku score built from them)
 *   withheld from everyone (apps/gateway/src/rounds/round-disclosure.ts), so such a policy is
 *   refused rather than published.
 * - thresholds: perilaku 0 < sesuai < diAtas ≤ 100 (P is on 0–100); hasil kerja
 *   0 < sesuai < diAtas ≤ 100 × capaianCap (the highest H the cap allows, so DI_ATAS stays reachable).
 * - capaian cap: 1 ≤ cap ≤ 2.
 * - code: the policy's name without its version, upper-case letters, digits and `_`
 *   (e.g. `KEC_ARCAMANIK_360`); the published version's code is `<code>_V<version>`.
 */
import { ARCAMANIK_360_V1, ScoringPolicy } from './policy';

/** The sources an agency's policy weighs (SELF is shown, never weighted). */
export const POLICY_SOURCES = ['SUPERVISOR', 'PEER', 'PUBLIC', 'SUBORDINATE'] as const;
export type PolicySourceValue = (typeof POLICY_SOURCES)[number];

/** Sources whose reviewers are anonymous to the employee: their minimum is at least the anonymity minimum. */
export const ANONYMOUS_POLICY_SOURCES: readonly PolicySourceValue[] = ['PEER', 'SUBORDINATE'];

/** The anonymity minimum no agency may go below: the project default's. */
export const ANONYMITY_MIN_FLOOR = ARCAMANIK_360_V1.anonymityMin;
export const MAX_POLICY_WEIGHT = 100;
export const MAX_POLICY_MIN_COUNT = 1000;
export const MAX_POLICY_ANONYMITY_MIN = 100;
export const CAPAIAN_CAP_RANGE = { min: 1, max: 2 } as const;
/** Code without version: 2 to 40 characters, A–Z, 0–9 and `_`, starting with a letter, not ending in `_V<n>`. */
export const POLICY_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;

export const SCORING_POLICY_RULE_CODES = [
  /** The code is not 2–40 characters of A–Z, 0–9 and `_` starting with a letter, or ends in `_V<n>` (the version is added). */
  'INVALID_POLICY_CODE',
  /** A weight is not a finite number in [0, MAX_POLICY_WEIGHT]. */
  'INVALID_WEIGHT',
  /** Every weight is 0: no source could count. */
  'NO_POSITIVE_WEIGHT',
  /** A minimum number of raters is not an integer in [1, MAX_POLICY_MIN_COUNT]. */
  'INVALID_MIN_COUNT',
  /** The anonymity minimum is not an integer in [ANONYMITY_MIN_FLOOR, MAX_POLICY_ANONYMITY_MIN]. */
  'INVALID_ANONYMITY_MIN',
  /** A PEER or SUBORDINATE minimum is below the anonymity minimum. */
  'MIN_COUNT_BELOW_ANONYMITY',
  /** A threshold is not finite, not above 0, or above the highest score it rates (100; 100 × cap for hasil kerja). */
  'THRESHOLD_OUT_OF_RANGE',
  /** sesuai is not below diAtas. */
  'THRESHOLDS_NOT_ORDERED',
  /** The capaian cap is not a finite number in [1, 2]. */
  'INVALID_CAP',
] as const;
export type ScoringPolicyRuleCode = (typeof SCORING_POLICY_RULE_CODES)[number];

/** What an ADMIN sends: everything of a ScoringPolicy but SELF and the versioned code. */
export interface ScoringPolicyDraft {
  code: string;
  weights: Record<PolicySourceValue, number>;
  minCount: Record<PolicySourceValue, number>;
  perilaku: { diAtas: number; sesuai: number };
  hasilKerja: { diAtas: number; sesuai: number };
  capaianCap: number;
  anonymityMin: number;
}

export interface ScoringPolicyViolation {
  code: ScoringPolicyRuleCode;
  /** The draft field concerned, as a dotted path (`weights.PEER`, `hasilKerja.diAtas`, `code`). */
  field: string;
  message: string;
}

export class ScoringPolicyError extends RangeError {
  override readonly name = 'ScoringPolicyError';

  constructor(readonly violations: readonly ScoringPolicyViolation[]) {
    super(violations.map((v) => `${v.code} (${v.field}): ${v.message}`).join('; '));
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isIntegerIn = (x: unknown, min: number, max: number): x is number =>
  Number.isInteger(x) && (x as number) >= min && (x as number) <= max;

function thresholdViolations(
  group: 'perilaku' | 'hasilKerja',
  thresholds: { diAtas: number; sesuai: number } | undefined,
  max: number,
): ScoringPolicyViolation[] {
  const out: ScoringPolicyViolation[] = [];
  for (const key of ['sesuai', 'diAtas'] as const) {
    const v = thresholds?.[key];
    if (!isFiniteNumber(v) || v <= 0 || v > max) {
      out.push({
        code: 'THRESHOLD_OUT_OF_RANGE',
        field: `${group}.${key}`,
        message: `must be a number above 0 and at most ${max}, got ${String(v)}`,
      });
    }
  }
  if (out.length === 0 && !(thresholds!.sesuai < thresholds!.diAtas)) {
    out.push({
      code: 'THRESHOLDS_NOT_ORDERED',
      field: group,
      message: `sesuai (${thresholds!.sesuai}) must be below diAtas (${thresholds!.diAtas})`,
    });
  }
  return out;
}

/**
 * Every rule the draft breaks, in a fixed order (code, weights, minimums, anonymity, thresholds,
 * cap); empty when it may be published. Never throws, whatever the draft holds.
 */
export function scoringPolicyViolations(draft: ScoringPolicyDraft): ScoringPolicyViolation[] {
  const out: ScoringPolicyViolation[] = [];
  const code = draft?.code;
  if (typeof code !== 'string' || !POLICY_CODE_PATTERN.test(code) || /_V\d+$/.test(code)) {
    out.push({
      code: 'INVALID_POLICY_CODE',
      field: 'code',
      message: 'must be 2–40 characters of A–Z, 0–9 and _, start with a letter, and not end in _V<number> (the version is added)',
    });
  }

  const weights = draft?.weights;
  for (const source of POLICY_SOURCES) {
    const w = weights?.[source];
    if (!isFiniteNumber(w) || w < 0 || w > MAX_POLICY_WEIGHT) {
      out.push({
        code: 'INVALID_WEIGHT',
        field: `weights.${source}`,
        message: `must be a number from 0 to ${MAX_POLICY_WEIGHT}, got ${String(w)}`,
      });
    }
  }
  if (POLICY_SOURCES.every((s) => isFiniteNumber(weights?.[s]) && weights[s] <= 0)) {
    out.push({ code: 'NO_POSITIVE_WEIGHT', field: 'weights', message: 'at least one source needs a weight above 0' });
  }

  const minCount = draft?.minCount;
  for (const source of POLICY_SOURCES) {
    const n = minCount?.[source];
    if (!isIntegerIn(n, 1, MAX_POLICY_MIN_COUNT)) {
      out.push({
        code: 'INVALID_MIN_COUNT',
        field: `minCount.${source}`,
        message: `must be a whole number from 1 to ${MAX_POLICY_MIN_COUNT}, got ${String(n)}`,
      });
    }
  }

  const anonymityMin = draft?.anonymityMin;
  if (!isIntegerIn(anonymityMin, ANONYMITY_MIN_FLOOR, MAX_POLICY_ANONYMITY_MIN)) {
    out.push({
      code: 'INVALID_ANONYMITY_MIN',
      field: 'anonymityMin',
      message: `must be a whole number from ${ANONYMITY_MIN_FLOOR} (the project default) to ${MAX_POLICY_ANONYMITY_MIN}, got ${String(anonymityMin)}`,
    });
  }
  const floor = isIntegerIn(anonymityMin, ANONYMITY_MIN_FLOOR, MAX_POLICY_ANONYMITY_MIN) ? anonymityMin : ANONYMITY_MIN_FLOOR;
  for (const source of ANONYMOUS_POLICY_SOURCES) {
    const n = minCount?.[source];
    if (isIntegerIn(n, 1, MAX_POLICY_MIN_COUNT) && n < floor) {
      out.push({
        code: 'MIN_COUNT_BELOW_ANONYMITY',
        field: `minCount.${source}`,
        message: `must be at least the anonymity minimum (${floor}), got ${n}`,
      });
    }
  }

  const cap = draft?.capaianCap;
  const capOk = isFiniteNumber(cap) && cap >= CAPAIAN_CAP_RANGE.min && cap <= CAPAIAN_CAP_RANGE.max;
  out.push(...thresholdViolations('perilaku', draft?.perilaku, 100));
  // With an invalid cap, the hasil-kerja thresholds are checked against the widest cap allowed.
  out.push(...thresholdViolations('hasilKerja', draft?.hasilKerja, 100 * (capOk ? cap : CAPAIAN_CAP_RANGE.max)));
  if (!capOk) {
    out.push({
      code: 'INVALID_CAP',
      field: 'capaianCap',
      message: `must be a number from ${CAPAIAN_CAP_RANGE.min} to ${CAPAIAN_CAP_RANGE.max}, got ${String(cap)}`,
    });
  }
  return out;
}

/** The code of an agency's published version: `<code>_V<version>`. */
export function versionedPolicyCode(code: string, version: number): string {
  return `${code}_V${version}`;
}

/**
 * The ScoringPolicy a valid draft publishes as `version` (the snapshot rounds take when they open):
 * SELF weight 0 and minimum 1, as in the default. Throws ScoringPolicyError with every violation
 * when the draft breaks a rule.
 */
export function buildScoringPolicy(draft: ScoringPolicyDraft, version: number): ScoringPolicy {
  const violations = scoringPolicyViolations(draft);
  if (violations.length) throw new ScoringPolicyError(violations);
  if (!Number.isInteger(version) || version < 2)
    throw new RangeError(`an agency's policy version starts at 2 (1 is the default), got ${version}`);
  const pick = (r: Record<PolicySourceValue, number>) => ({
    SUPERVISOR: r.SUPERVISOR,
    PEER: r.PEER,
    PUBLIC: r.PUBLIC,
    SUBORDINATE: r.SUBORDINATE,
  });
  return {
    code: versionedPolicyCode(draft.code, version),
    weights: { ...pick(draft.weights), SELF: 0 },
    minCount: { ...pick(draft.minCount), SELF: 1 },
    perilaku: { diAtas: draft.perilaku.diAtas, sesuai: draft.perilaku.sesuai },
    hasilKerja: { diAtas: draft.hasilKerja.diAtas, sesuai: draft.hasilKerja.sesuai },
    capaianCap: draft.capaianCap,
    anonymityMin: draft.anonymityMin,
  };
}
