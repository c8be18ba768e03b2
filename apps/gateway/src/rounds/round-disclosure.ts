import {
  ARCAMANIK_360_V1,
  OtherReviewerSource,
  othersValueMeans,
  ReviewSourceValue,
  ScoringPolicy,
  ValueGap,
  ValueMeans,
  valueGaps,
} from '@k360/scoring';
import { Actor, isAdmin } from '../auth/actor';
import type { ReviewerRelation } from './models/enums';
import type { RoundResult, SourceScore } from './models/round-result.model';
import type { PeerNomination, RelationFeedback, ReviewerAssignment, RoundProgress } from './models/round.models';

// Type-only imports of the GraphQL models: this module stays free of NestJS at run time (unit-testable).
const PEER = 'PEER' as ReviewerRelation;
const SUBORDINATE = 'SUBORDINATE' as ReviewerRelation;

/**
 * What of a round may be disclosed to whom: the one place that decides it (issue 11, finding 1;
 * docs/domain.md "Anonymity"). Every resolver that returns a round's result, progress, feedback,
 * reviewers or peer nominations hands the stored facts to these functions and returns their answer.
 *
 * Viewers (first match wins):
 * - EMPLOYEE: the reviewed employee (also when they hold ADMIN or SUPERVISOR);
 * - MANAGER: ADMIN of the agency, or the supervisor the round was opened under;
 * - LINE: a supervisor higher up the employee's reporting line (read-only);
 * - REVIEWER: anyone else who may open the round, i.e. an assigned reviewer.
 *
 * Rules:
 * 1. Below a source's minimum — PEER and SUBORDINATE: max(policy.minCount, policy.anonymityMin),
 *    default 3; PUBLIC: policy.minCount.PUBLIC, default 5 ratings — no figure computed from that
 *    source's scores is returned to anyone, supervisors and ADMIN included: `mean`, `score`, `sd`,
 *    `ci95` are null. Should a policy ever count a source below its anonymity minimum, the
 *    perilaku score, rating and predikat (computed from it) are withheld as well. `count` stays:
 *    it says how many submitted, not what they gave, and is only shown once the round is scored,
 *    so it no longer moves (docs/api.md keeps it non-null).
 * 2. Counts that tick each time a named person submits (progress.peersSubmitted,
 *    progress.subordinatesSubmitted, feedback.submitted of PEER and SUBORDINATE) are null for the
 *    EMPLOYEE and LINE while below the minimum. The MANAGER sees them, and which reviewer has
 *    submitted (reviewers[].submitted), because they chase late reviewers; they never see a score
 *    figure below the minimum (rule 1).
 * 3. Peer and subordinate comments are shown from the minimum on, never with names (as before).
 * 4. A REVIEWER learns nothing about the round's other reviewers: progress, result, feedback,
 *    reviewers and peerNominations are all null; they see their own review (myReview) only.
 * 5. reviewers (who reviews, whether they submitted) is for the MANAGER only; peerNominations
 *    (names and approval state, never whether they submitted) for the EMPLOYEE and the MANAGER.
 */
export type Viewer = 'EMPLOYEE' | 'MANAGER' | 'LINE' | 'REVIEWER';

export interface RoundFacts {
  agencyId: string;
  employeeId: string;
  supervisorId: string | null;
  policy: Record<string, unknown>;
}

/** The viewer class of `actor` for a round; `inReportingLine`: the employee reports to the actor, directly or not. */
export function viewerOf(actor: Actor, round: RoundFacts, inReportingLine: boolean): Viewer {
  if (round.agencyId !== actor.agencyId) return 'REVIEWER';
  if (round.employeeId === actor.id) return 'EMPLOYEE';
  if (isAdmin(actor) || round.supervisorId === actor.id) return 'MANAGER';
  if (inReportingLine) return 'LINE';
  return 'REVIEWER';
}

const ANONYMOUS = new Set<string>([PEER, SUBORDINATE]);

function policyOf(round: RoundFacts): ScoringPolicy {
  const p = round.policy as Partial<ScoringPolicy>;
  return {
    ...ARCAMANIK_360_V1,
    ...p,
    minCount: { ...ARCAMANIK_360_V1.minCount, ...(p.minCount ?? {}) },
  } as ScoringPolicy;
}

/** The fewest raters a source needs before any figure computed from it is disclosed. */
export function disclosureMinimum(round: RoundFacts, source: ReviewSourceValue | ReviewerRelation | string): number {
  const policy = policyOf(round);
  const minCount = Number(policy.minCount[source as ReviewSourceValue] ?? 1);
  const anonymityMin = Number(policy.anonymityMin ?? ARCAMANIK_360_V1.anonymityMin);
  return ANONYMOUS.has(source) ? Math.max(minCount, anonymityMin) : minCount;
}

/** The stored result as `viewer` may see it (rule 1, 4). */
/** A round result as stored (sources without the disclosure's minimum and status, which discloseResult adds). */
export type StoredRoundResult = Omit<RoundResult, 'sources'> & { sources: Array<Omit<SourceScore, 'minimum' | 'status'>> };

export function discloseResult(result: StoredRoundResult | null, round: RoundFacts, viewer: Viewer): RoundResult | null {
  if (!result || viewer === 'REVIEWER') return null;
  let countedBelowMinimum = false;
  const sources: SourceScore[] = result.sources.map((s) => {
    const minimum = disclosureMinimum(round, s.source);
    if (s.count >= minimum) return { ...s, minimum, status: s.counted ? 'COUNTED' : 'NOT_WEIGHTED' };
    if (s.counted) countedBelowMinimum = true;
    return { ...s, minimum, status: 'BELOW_MINIMUM', mean: null, score: null, sd: null, ci95: null };
  });
  if (!countedBelowMinimum) return { ...result, sources };
  return { ...result, perilakuScore: null, perilakuRating: null, predikat: null, sources };
}

/** Submission progress as `viewer` may see it (rule 2, 4). */
export function discloseProgress(progress: RoundProgress, round: RoundFacts, viewer: Viewer): RoundProgress | null {
  if (viewer === 'REVIEWER') return null;
  if (viewer === 'MANAGER') return { ...progress };
  const shown = (n: number | null, relation: ReviewerRelation) => (n !== null && n >= disclosureMinimum(round, relation) ? n : null);
  return {
    ...progress,
    peersSubmitted: shown(progress.peersSubmitted, PEER),
    subordinatesSubmitted: shown(progress.subordinatesSubmitted, SUBORDINATE),
  };
}

/** One current review's comments, as stored (in an order unrelated to who wrote them). */
export interface StoredComment {
  relation: string;
  strengths: string | null;
  improvements: string | null;
}

const RELATIONS = ['SUPERVISOR', PEER, SUBORDINATE, 'SELF'] as ReviewerRelation[];

/** Comments per relation, never with names, as `viewer` may see them (rules 2, 3, 4). */
export function discloseFeedback(rows: readonly StoredComment[], round: RoundFacts, viewer: Viewer): RelationFeedback[] | null {
  if (viewer === 'REVIEWER') return null;
  return RELATIONS.map((relation) => {
    const mine = rows.filter((r) => r.relation === relation);
    const reached = mine.length >= disclosureMinimum(round, relation);
    const anonymous = ANONYMOUS.has(relation);
    const commentsVisible = !anonymous || reached;
    return {
      relation,
      submitted: anonymous && !reached && viewer !== 'MANAGER' ? null : mine.length,
      commentsVisible,
      comments: commentsVisible
        ? mine.filter((r) => r.strengths || r.improvements).map((r) => ({ strengths: r.strengths, improvements: r.improvements }))
        : [],
    };
  });
}

/** Who reviews and whether they submitted: the MANAGER only (rule 5). */
export function discloseReviewers(assignments: readonly ReviewerAssignment[], viewer: Viewer): ReviewerAssignment[] | null {
  return viewer === 'MANAGER' ? [...assignments] : null;
}

/** The peers asked to review, without submission state: the EMPLOYEE and the MANAGER (rule 5). */
export function disclosePeerNominations(nominations: readonly PeerNomination[], viewer: Viewer): PeerNomination[] | null {
  return viewer === 'EMPLOYEE' || viewer === 'MANAGER' ? [...nominations] : null;
}

/** Whether a reviewer's identity may be shown to `viewer` (the reviewer themself always sees their own). */
export function mayNameReviewer(viewer: Viewer): boolean {
  return viewer === 'MANAGER';
}

/** A reviewer seat that has not submitted yet, as stored (with the reviewer's name). */
export interface StoredPendingSeat {
  reviewerId: string;
  reviewerName: string;
  relation: string;
}

/**
 * Who still has to submit, for a team dashboard's "belum mengisi" list (rule 5, 2): the MANAGER
 * sees every pending seat (they chase late reviewers); the LINE only the seats that are not
 * anonymous (the supervisor's and the self-review), since naming the peers or subordinates who
 * have not submitted would tell them who has; everyone else nothing.
 */
export function disclosePendingReviewers<T extends StoredPendingSeat>(pending: readonly T[], viewer: Viewer): T[] {
  if (viewer === 'MANAGER') return [...pending];
  if (viewer === 'LINE') return pending.filter((s) => !ANONYMOUS.has(s.relation));
  return [];
}

/** One relation's stored per-value mean in a round (ResultsRepository.valueMeansOfRounds). */
export interface StoredValueMean {
  relation: string;
  value: string;
  mean: number;
  reviewers: number;
}

const OTHERS = new Set<string>(['SUPERVISOR', PEER, SUBORDINATE]);

/**
 * The self-versus-others gap per value as `viewer` may see it (rule 1 applied per value): a
 * relation below its minimum (counted in reviewers who submitted the round's reviews) is left out
 * of "others", so no per-value mean of too few peers or subordinates reaches anyone. Null for a
 * REVIEWER, and until the round is scored (`scored`: the reviewer counts no longer move).
 */
export function discloseValueGaps(rows: readonly StoredValueMean[], round: RoundFacts, viewer: Viewer, scored: boolean): ValueGap[] | null {
  if (viewer === 'REVIEWER' || !scored) return null;
  const submitted = new Map<string, number>();
  for (const r of rows) submitted.set(r.relation, Math.max(submitted.get(r.relation) ?? 0, r.reviewers));
  const shown = (relation: string) => (submitted.get(relation) ?? 0) >= disclosureMinimum(round, relation);
  const others: Partial<Record<OtherReviewerSource, ValueMeans>> = {};
  let self: ValueMeans | null = null;
  for (const r of rows) {
    if (!shown(r.relation)) continue;
    if (r.relation === 'SELF') (self ??= {})[r.value as keyof ValueMeans] = r.mean;
    else if (OTHERS.has(r.relation)) (others[r.relation as OtherReviewerSource] ??= {})[r.value as keyof ValueMeans] = r.mean;
  }
  return valueGaps(self, othersValueMeans(others));
}

/** The disclosed per-value means of the other reviewer sources (for training suggestions): as discloseValueGaps. */
export function discloseOthersValueMeans(rows: readonly StoredValueMean[], round: RoundFacts, viewer: Viewer) {
  const gaps = discloseValueGaps(rows, round, viewer, true);
  return gaps ? (Object.fromEntries(gaps.map((g) => [g.value, g.others])) as Record<ValueGap['value'], number | null>) : null;
}
