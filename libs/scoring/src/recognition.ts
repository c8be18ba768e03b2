/**
 * Recognition and development (issue 15): who is an award candidate, what a reader of "my results"
 * learns from self versus others per BerAKHLAK value, and which catalogue courses fit an employee's
 * weakest values. Pure rules over figures already disclosed (the gateway applies round-disclosure.ts
 * first): a source hidden below its anonymity minimum never reaches these functions with a score.
 */
import { CORE_VALUES, CoreValueKey } from './core-values';
import { ARCAMANIK_360_V1, ReviewSourceValue } from './policy';
import { PredikatValue } from './predikat';
import { itemMeanToScore } from './sources';

/**
 * The minimum evidence an award candidate's round must carry (project default; the field reports —
 * Mamuju, Tanjungbalai — tie awards to a periodic appraisal that includes the supervisor, colleagues
 * and the citizens served, and name no figures):
 * - the direct supervisor's review counted;
 * - at least `minPeers` peer reviews, counted and disclosed (the anonymity minimum: 3);
 * - the public source counted (at least the policy's minimum of citizens' ratings, 5 by default);
 * - predikat at least BAIK (PermenPANRB 6/2022: SANGAT_BAIK or BAIK).
 */
export const AWARD_EVIDENCE_RULE = Object.freeze({
  requireSupervisor: true,
  minPeers: ARCAMANIK_360_V1.anonymityMin,
  requirePublic: true,
  predikat: Object.freeze(['SANGAT_BAIK', 'BAIK'] as PredikatValue[]),
});

/** How many candidates a unit lists by default, and at most. */
export const AWARD_CANDIDATES_DEFAULT_LIMIT = 10;
export const AWARD_CANDIDATES_MAX_LIMIT = 100;

/** Why a round misses the evidence rule (stable codes; the pages word them). */
export type AwardGap = 'NO_SUPERVISOR' | 'TOO_FEW_PEERS' | 'NO_PUBLIC' | 'PREDIKAT_BELOW_BAIK' | 'NOT_DISCLOSED';

/** One source as disclosed to the viewer: score null when hidden or below its minimum. */
export interface DisclosedSource {
  source: ReviewSourceValue;
  count: number;
  score: number | null;
  counted: boolean;
  weight: number;
}

export interface AwardRoundInput {
  roundId: string;
  employeeId: string;
  employeeName: string;
  perilakuScore: number | null;
  hasilKerjaScore: number | null;
  predikat: PredikatValue | null;
  sources: readonly DisclosedSource[];
}

/** A source that put the candidate there: counted, disclosed, with its score and weight. */
export interface AwardReason {
  source: ReviewSourceValue;
  count: number;
  score: number;
  weight: number;
}

export interface AwardCandidate extends AwardRoundInput {
  rank: number;
  reasons: AwardReason[];
}

const disclosedCounted = (s: DisclosedSource) => s.counted && s.score !== null;

/** What the round lacks against AWARD_EVIDENCE_RULE; empty when it qualifies. */
export function awardEvidenceGaps(round: AwardRoundInput): AwardGap[] {
  const gaps: AwardGap[] = [];
  const by = (source: ReviewSourceValue) => round.sources.find((s) => s.source === source);
  const supervisor = by('SUPERVISOR');
  const peers = by('PEER');
  const pub = by('PUBLIC');
  if (round.predikat === null || round.perilakuScore === null) gaps.push('NOT_DISCLOSED');
  if (AWARD_EVIDENCE_RULE.requireSupervisor && !(supervisor && disclosedCounted(supervisor))) gaps.push('NO_SUPERVISOR');
  if (!(peers && disclosedCounted(peers) && peers.count >= AWARD_EVIDENCE_RULE.minPeers)) gaps.push('TOO_FEW_PEERS');
  if (AWARD_EVIDENCE_RULE.requirePublic && !(pub && disclosedCounted(pub))) gaps.push('NO_PUBLIC');
  if (round.predikat !== null && !AWARD_EVIDENCE_RULE.predikat.includes(round.predikat)) gaps.push('PREDIKAT_BELOW_BAIK');
  return gaps;
}

const PREDIKAT_ORDER: Record<PredikatValue, number> = { SANGAT_BAIK: 0, BAIK: 1, BUTUH_PERBAIKAN: 2, KURANG: 3, SANGAT_KURANG: 4 };

/**
 * The award candidates among `rounds`: those meeting the evidence rule, best first — predikat
 * (SANGAT_BAIK before BAIK), then perilaku score, then hasil kerja score (none last), then name and
 * round id (a stable order for ties) — at most `limit`, each with its reasons (the counted sources,
 * heaviest weight first).
 */
export function rankAwardCandidates(rounds: readonly AwardRoundInput[], limit = AWARD_CANDIDATES_DEFAULT_LIMIT): AwardCandidate[] {
  if (!Number.isInteger(limit) || limit < 1 || limit > AWARD_CANDIDATES_MAX_LIMIT) {
    throw new RangeError(`award candidates: limit must be an integer within 1–${AWARD_CANDIDATES_MAX_LIMIT}, got ${limit}`);
  }
  return rounds
    .filter((r) => awardEvidenceGaps(r).length === 0)
    .sort(
      (a, b) =>
        PREDIKAT_ORDER[a.predikat as PredikatValue] - PREDIKAT_ORDER[b.predikat as PredikatValue] ||
        (b.perilakuScore as number) - (a.perilakuScore as number) ||
        (b.hasilKerjaScore ?? -Infinity) - (a.hasilKerjaScore ?? -Infinity) ||
        a.employeeName.localeCompare(b.employeeName, 'id') ||
        (a.roundId < b.roundId ? -1 : a.roundId > b.roundId ? 1 : 0),
    )
    .slice(0, limit)
    .map((r, i) => ({
      ...r,
      rank: i + 1,
      reasons: r.sources
        .filter(disclosedCounted)
        .map((s) => ({ source: s.source, count: s.count, score: s.score as number, weight: s.weight }))
        .sort((a, b) => b.weight - a.weight),
    }));
}

// ---------------------------------------------------------------------------------------------
// Per-value figures: self versus others, weakest values

/** One reviewer source's mean item score (1–5) per BerAKHLAK value, as disclosed (hidden sources absent). */
export type ValueMeans = Partial<Record<CoreValueKey, number>>;

/** The reviewer sources "others" are made of (never SELF; PUBLIC has no per-value items). */
export const OTHER_REVIEWER_SOURCES = ['SUPERVISOR', 'PEER', 'SUBORDINATE'] as const;
export type OtherReviewerSource = (typeof OTHER_REVIEWER_SOURCES)[number];

/**
 * Per value, the mean of the disclosed other sources' means (each source weighs the same, as the
 * 360° result treats each source as one voice; a hidden source is simply absent); null where no
 * other source scored the value.
 */
export function othersValueMeans(sources: Readonly<Partial<Record<OtherReviewerSource, ValueMeans>>>): Record<CoreValueKey, number | null> {
  return Object.fromEntries(
    CORE_VALUES.map((v) => {
      const means = OTHER_REVIEWER_SOURCES.map((s) => sources[s]?.[v]).filter((m): m is number => m !== undefined);
      return [v, means.length ? means.reduce((a, b) => a + b, 0) / means.length : null];
    }),
  ) as Record<CoreValueKey, number | null>;
}

export interface ValueGap {
  value: CoreValueKey;
  /** Mean item score 1–5; null without a self-review. */
  self: number | null;
  /** Mean of the disclosed other sources (1–5); null when none is disclosed. */
  others: number | null;
  /** self − others on the 1–5 scale; null unless both exist. */
  gap: number | null;
}

/** The self-versus-others gap per value, in the instrument's order. */
export function valueGaps(self: ValueMeans | null, others: Record<CoreValueKey, number | null>): ValueGap[] {
  return CORE_VALUES.map((value) => {
    const s = self?.[value] ?? null;
    const o = others[value];
    return { value, self: s, others: o, gap: s !== null && o !== null ? s - o : null };
  });
}

/**
 * A value needs development when the others' score for it (0–100, as perilaku) falls below the
 * perilaku SESUAI threshold of the default policy (65: below it a whole perilaku is DI_BAWAH
 * EKSPEKTASI), i.e. a mean item score below 3.6.
 */
export const TRAINING_VALUE_THRESHOLD = ARCAMANIK_360_V1.perilaku.sesuai;
/** At most this many of an employee's weakest values get suggestions. */
export const TRAINING_MAX_VALUES = 2;

export interface WeakValue {
  value: CoreValueKey;
  /** The others' mean item score (1–5) and its 0–100 score. */
  mean: number;
  score: number;
}

/** The values below TRAINING_VALUE_THRESHOLD, lowest first (ties in the instrument's order), at most TRAINING_MAX_VALUES. */
export function weakestValues(others: Record<CoreValueKey, number | null>): WeakValue[] {
  return CORE_VALUES.map((value, order) => ({ value, order, mean: others[value] }))
    .filter((v): v is { value: CoreValueKey; order: number; mean: number } => v.mean !== null)
    .map((v) => ({ ...v, score: itemMeanToScore(v.mean) }))
    .filter((v) => v.score < TRAINING_VALUE_THRESHOLD)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, TRAINING_MAX_VALUES)
    .map(({ value, mean, score }) => ({ value, mean, score }));
}

export interface CatalogueCourse {
  id: string;
  title: string;
  coreValue: CoreValueKey;
  /** A KPI indicator name the course also serves (matched case-insensitively), or null. */
  indicator: string | null;
  active: boolean;
}

export interface CourseSuggestion<C extends CatalogueCourse = CatalogueCourse> {
  course: C;
  /** The weak value it serves. */
  value: CoreValueKey;
  /** The employee's indicator (below target) the course names, when it does; such courses come first. */
  indicatorMatched: string | null;
}

/** Normalises an indicator name for matching: trimmed, single spaces, lower case. */
const indicatorKey = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The active catalogue courses for the employee's weak values, weakest value first; within a value,
 * courses naming one of the employee's indicators below target first, then by title.
 */
export function suggestCourses<C extends CatalogueCourse>(
  weak: readonly WeakValue[],
  weakIndicators: readonly string[],
  catalogue: readonly C[],
): Array<CourseSuggestion<C>> {
  const indicators = new Map(weakIndicators.map((n) => [indicatorKey(n), n]));
  return weak.flatMap((w) =>
    catalogue
      .filter((c) => c.active && c.coreValue === w.value)
      .map((course) => ({
        course,
        value: w.value,
        indicatorMatched: course.indicator ? (indicators.get(indicatorKey(course.indicator)) ?? null) : null,
      }))
      .sort(
        (a, b) =>
          Number(b.indicatorMatched !== null) - Number(a.indicatorMatched !== null) || a.course.title.localeCompare(b.course.title, 'id'),
      ),
  );
}

/** An indicator is "below target" for course matching when its capaian is under this (100%). */
export const TRAINING_INDICATOR_CAPAIAN_BELOW = 1;

/** A catalogue course's field limits (the migration's CHECKs say the same; titles and names trimmed). */
export const TRAINING_COURSE_LIMITS = Object.freeze({
  titleMin: 3,
  titleMax: 200,
  providerMin: 2,
  providerMax: 200,
  indicatorMax: 200,
  /** Hours: more than 0, at most this, one decimal. */
  hoursMax: 1000,
});

/** A course's hours: a finite number from 0.1 to TRAINING_COURSE_LIMITS.hoursMax with at most one decimal. */
export function isCourseHours(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (value < 0.1 || value > TRAINING_COURSE_LIMITS.hoursMax) return false;
  return Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
}
