import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { CORE_VALUES } from '@k360/scoring';
import { RoundResult } from './models/round-result.model';
import { InstrumentVersion, Period, Review, ReviewerAssignment, RoundProgress } from './models/round.models';
import type { StoredComment } from './round-disclosure';
import { ROUND_COLUMNS, RoundRow, toAssignment, toPeriod, toReview, toRound } from './rounds.mappers';

/** A peer nomination as stored; `nominatedByMe` depends on the caller and is derived in the resolver. */
export interface StoredNomination {
  id: string;
  reviewerId: string;
  reviewerName: string;
  reviewerPosition: string;
  state: string;
  nominatedBy: string | null;
  createdAt: Date;
}

/** Groups rows by a key, in the order of `ids`. */
function groupBy<T>(ids: readonly string[], rows: T[], key: (r: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return ids.map((id) => map.get(id) ?? []);
}

/** "a:b" keys split into two uuid arrays. */
const pairs = (keys: readonly string[]) => [keys.map((k) => k.split(':')[0]), keys.map((k) => k.split(':')[1])];

/**
 * Per-request DataLoaders for round lists (team pages show many rounds at once): every per-round
 * field of EvaluationRound (and the visibility check behind it) costs one query per request and
 * field, whatever the number of rounds.
 */
/**
 * A seat (assignment `a`) is done when its current revision is by the seat's reviewer. Only a
 * SUPERVISOR seat changes hands (reporting-line.ts); after that the former supervisor's review is
 * not the new one's, and closeRound waits for theirs (rounds.service.ts), so progress says so too.
 */
const SEAT_DONE = `coalesce((SELECT v.reviewer_id = a.reviewer_id FROM review v WHERE v.assignment_id = a.id ORDER BY v.revision DESC LIMIT 1), false)`;

export function createRoundLoaders(ds: DataSource) {
  return {
    period: new DataLoader<string, Period | null>(async (ids) => {
      const rows = await ds.query(
        `SELECT id, agency_id, name, kind, starts_on::text, ends_on::text FROM period WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      const map = new Map(rows.map((r: { id: string }) => [r.id, toPeriod(r as never)]));
      return ids.map((id) => (map.get(id) as Period) ?? null);
    }),
    instrument: new DataLoader<string, InstrumentVersion | null>(async (ids) => {
      const rows = await ds.query(`SELECT id, version, items, published_at FROM instrument_version WHERE id = ANY($1::uuid[])`, [ids]);
      const map = new Map<string, InstrumentVersion>(
        rows.map((r: { id: string; version: number; items: InstrumentVersion['items']; published_at: Date }) => [
          r.id,
          { id: r.id, version: r.version, items: r.items, publishedAt: r.published_at },
        ]),
      );
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** Rounds by id, any agency: callers compare agencyId with the actor's. */
    round: new DataLoader<string, ReturnType<typeof toRound> | null>(async (ids) => {
      const rows: RoundRow[] = await ds.query(`SELECT ${ROUND_COLUMNS} FROM evaluation_round r WHERE r.id = ANY($1::uuid[])`, [ids]);
      const map = new Map(rows.map((r) => [r.id, toRound(r)]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** Keys "supervisorId:employeeId": true when the employee reports to the supervisor, directly or through others. */
    reportsTo: new DataLoader<string, boolean>(async (keys) => {
      const [sups, emps] = pairs(keys);
      const rows: Array<{ k: number }> = await ds.query(
        `WITH RECURSIVE chain AS (
           SELECT t.k, t.sup, e.supervisor_id, 1 AS depth
             FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS t(sup, emp, k) JOIN employee e ON e.id = t.emp
           UNION ALL
           SELECT c.k, c.sup, e.supervisor_id, c.depth + 1 FROM chain c JOIN employee e ON e.id = c.supervisor_id WHERE c.depth < 100
         )
         SELECT DISTINCT k::int AS k FROM chain WHERE supervisor_id = sup`,
        [sups, emps],
      );
      const hit = new Set(rows.map((r) => Number(r.k)));
      return keys.map((_, i) => hit.has(i + 1));
    }),
    progress: new DataLoader<string, RoundProgress>(async (ids) => {
      const rows: Array<Record<string, any>> = await ds.query(
        `SELECT a.round_id,
                bool_or(a.relation = 'SUPERVISOR' AND s.done) AS supervisor_submitted,
                count(*) FILTER (WHERE a.relation = 'PEER' AND a.state = 'APPROVED')::int AS peers_approved,
                count(*) FILTER (WHERE a.relation = 'PEER' AND a.state = 'APPROVED' AND s.done)::int AS peers_submitted,
                count(*) FILTER (WHERE a.state = 'NOMINATED')::int AS nominations_pending,
                count(*) FILTER (WHERE a.relation = 'SUBORDINATE' AND a.state = 'APPROVED')::int AS subordinates_approved,
                count(*) FILTER (WHERE a.relation = 'SUBORDINATE' AND a.state = 'APPROVED' AND s.done)::int AS subordinates_submitted,
                bool_or(a.relation = 'SELF' AND s.done) AS self_submitted
           FROM reviewer_assignment a
           CROSS JOIN LATERAL (SELECT ${SEAT_DONE} AS done) s
          WHERE a.round_id = ANY($1::uuid[])
          GROUP BY a.round_id`,
        [ids],
      );
      const map = new Map(rows.map((r) => [r.round_id as string, r]));
      return ids.map((id) => {
        const r = map.get(id);
        return {
          supervisorSubmitted: Boolean(r?.supervisor_submitted),
          peersApproved: r?.peers_approved ?? 0,
          peersSubmitted: r?.peers_submitted ?? 0,
          nominationsPending: r?.nominations_pending ?? 0,
          subordinatesApproved: r?.subordinates_approved ?? 0,
          subordinatesSubmitted: r?.subordinates_submitted ?? 0,
          selfSubmitted: Boolean(r?.self_submitted),
        };
      });
    }),
    /** The stored result of each scored round (computed by the worker), or null; undisclosed. */
    result: new DataLoader<string, RoundResult | null>(async (ids) => {
      const rows: Array<Record<string, any>> = await ds.query(`SELECT * FROM round_result WHERE round_id = ANY($1::uuid[])`, [ids]);
      const map = new Map<string, RoundResult>(
        rows.map((r) => [
          r.round_id,
          {
            perilakuScore: r.perilaku_score,
            perilakuRating: r.perilaku_rating,
            hasilKerjaScore: r.hasil_kerja_score,
            hasilKerjaRating: r.hasil_kerja_rating,
            predikat: r.predikat,
            sources: r.sources,
            policyCode: r.policy_code,
            computedAt: r.computed_at,
          },
        ]),
      );
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** Current reviews' comments per round, in an order unrelated to who wrote them; undisclosed. */
    comments: new DataLoader<string, StoredComment[]>(async (ids) => {
      const rows: Array<StoredComment & { round_id: string }> = await ds.query(
        `SELECT round_id, relation, strengths, improvements FROM current_review WHERE round_id = ANY($1::uuid[]) ORDER BY md5(id::text)`,
        [ids],
      );
      return groupBy(ids, rows, (r) => r.round_id).map((list) =>
        list.map((r) => ({ relation: r.relation, strengths: r.strengths, improvements: r.improvements })),
      );
    }),
    /** Every assignment of each round with its submitted flag; undisclosed. */
    assignments: new DataLoader<string, ReviewerAssignment[]>(async (ids) => {
      const rows = await ds.query(
        `SELECT a.id, a.round_id, a.reviewer_id, a.relation, a.state, a.created_at,
                ${SEAT_DONE} AS submitted
           FROM reviewer_assignment a WHERE a.round_id = ANY($1::uuid[])
          ORDER BY CASE a.relation WHEN 'SUPERVISOR' THEN 0 WHEN 'PEER' THEN 1 WHEN 'SUBORDINATE' THEN 2 ELSE 3 END, a.created_at`,
        [ids],
      );
      return groupBy(ids, rows.map(toAssignment), (a) => a.roundId);
    }),
    /** The PEER rows of each round (no submitted flag); undisclosed. */
    peerNominations: new DataLoader<string, StoredNomination[]>(async (ids) => {
      const rows: Array<Record<string, any>> = await ds.query(
        `SELECT a.id, a.round_id, a.reviewer_id, e.name, e.position, a.state, a.nominated_by, a.created_at
           FROM reviewer_assignment a JOIN employee e ON e.id = a.reviewer_id
          WHERE a.round_id = ANY($1::uuid[]) AND a.relation = 'PEER'
          ORDER BY a.created_at, e.name`,
        [ids],
      );
      return groupBy(ids, rows, (r) => r.round_id).map((list) =>
        list.map((r) => ({
          id: r.id,
          reviewerId: r.reviewer_id,
          reviewerName: r.name,
          reviewerPosition: r.position,
          state: r.state,
          nominatedBy: r.nominated_by,
          createdAt: r.created_at,
        })),
      );
    }),
    /** Keys "roundId:reviewerId": that reviewer's current review of the round with its scores, or null. */
    myReview: new DataLoader<string, Review | null>(async (keys) => {
      const [rounds, reviewers] = pairs(keys);
      const rows: Array<Record<string, any>> = await ds.query(
        `SELECT cr.id, cr.round_id, cr.reviewer_id, cr.relation, cr.revision, cr.strengths, cr.improvements, cr.submitted_at,
                coalesce((SELECT json_agg(json_build_object('core_value', s.core_value, 'score', s.score))
                            FROM review_score s WHERE s.review_id = cr.id), '[]'::json) AS scores
           FROM current_review cr
           JOIN unnest($1::uuid[], $2::uuid[]) AS t(round_id, reviewer_id) ON cr.round_id = t.round_id AND cr.reviewer_id = t.reviewer_id`,
        [rounds, reviewers],
      );
      const map = new Map(rows.map((r) => [`${r.round_id}:${r.reviewer_id}`, r]));
      return keys.map((k) => {
        const r = map.get(k);
        if (!r) return null;
        const scores = [...(r.scores as Array<{ core_value: string; score: number }>)].sort(
          (a, b) => CORE_VALUES.indexOf(a.core_value as never) - CORE_VALUES.indexOf(b.core_value as never),
        );
        return toReview(r as never, scores);
      });
    }),
  };
}

export type RoundLoaders = ReturnType<typeof createRoundLoaders>;
