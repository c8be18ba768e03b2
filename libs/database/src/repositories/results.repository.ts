import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  CoreValueKey,
  HasilKerjaSourceValue,
  IKM_ELEMENT_CODES,
  IkmAggregates,
  PredikatValue,
  RatingValue,
  ReviewerSourceValue,
  RoundHasilKerjaIndicator,
  RoundSourceResult,
} from '@k360/scoring';

/**
 * Results of 360° rounds: the round_result table (its only home: the column list is known here and
 * nowhere else), and what the scoring worker reads to compute a result, per source: the reviewers'
 * means of a round's current reviews, and the public (IKM) ratings attributed to the employee in the
 * round's period, aggregated in SQL; and the round facts hasil kerja is computed from
 * (roundSubject, for HasilKerjaService).
 */

/** What the scoring worker stored for a round. */
export interface RoundResultRecord {
  roundId: string;
  policyCode: string;
  perilakuScore: number | null;
  perilakuRating: RatingValue | null;
  hasilKerjaScore: number | null;
  hasilKerjaRating: RatingValue | null;
  /** KPI: computed from the employee's agreed plan; SUPERVISOR: the supervisor's rating (no agreed plan with data). */
  hasilKerjaSource: HasilKerjaSourceValue;
  /** The supervisor's reason for a rating other than the computed one (KPI only); null otherwise. */
  overrideReason: string | null;
  /** The per-indicator detail hasilKerjaScore was computed from (empty without an agreed plan). */
  hasilKerjaIndicators: RoundHasilKerjaIndicator[];
  predikat: PredikatValue | null;
  sources: RoundSourceResult[];
  /** What the result was computed from (reviews and ratings counted, their newest instants). */
  watermark: ResultWatermark;
  /** The close of the round it was computed for. */
  closeCount: number;
  computedAt: Date;
}

export interface ResultWatermark {
  reviews: number;
  lastReviewAt: Date | string | null;
  publicRespondents: number;
  lastRatingAt: Date | string | null;
}

export type NewRoundResult = Omit<RoundResultRecord, 'computedAt'>;

/** One current review of a round: its relation, the mean of its scores, how many, and when. */
export interface ReviewerMean {
  relation: ReviewerSourceValue;
  mean: number;
  items: number;
  submittedAt: Date;
}

/** The public (IKM) ratings of an employee in a time range, aggregated per element. */
export interface PublicRatingAggregates extends IkmAggregates {
  /** Each respondent's mean over the nine elements (1–4), unordered; empty without respondents. */
  respondentMeans: number[];
  /** When the newest of them was received, or null. */
  lastReceivedAt: Date | null;
}

/** One relation's mean item score for one BerAKHLAK value in a round's current reviews (each reviewer weighs the same). */
export interface ValueMeanRecord {
  relation: ReviewerSourceValue;
  value: CoreValueKey;
  mean: number;
  /** Reviewers of the relation who scored the value. */
  reviewers: number;
}

/** A scored round of a period in a unit tree, with what disclosure and ranking need (undisclosed). */
export interface ScoredRoundRecord {
  roundId: string;
  agencyId: string;
  employeeId: string;
  employeeName: string;
  employeeNip: string;
  positionAtOpen: string;
  unitIdAtOpen: string;
  unitName: string;
  supervisorId: string | null;
  policy: Record<string, unknown>;
  result: RoundResultRecord;
}

const RESULT_COLUMNS = `round_id, policy_code, perilaku_score, perilaku_rating, hasil_kerja_score, hasil_kerja_rating, predikat, sources, watermark, close_count,
  hasil_kerja_source, override_reason, hasil_kerja_indicators, computed_at`;

/** The round facts hasil kerja needs (HasilKerjaService.forPeriod), with what the supervisor gave at close. */
export interface RoundHasilKerjaSubject {
  agencyId: string;
  employeeId: string;
  /** The period's first and last day, YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  /** As stored at close: the rating that stands and, for an override, its reason. */
  hasilKerjaRating: RatingValue | null;
  overrideReason: string | null;
}

interface ResultRow {
  round_id: string;
  policy_code: string;
  perilaku_score: number | null;
  perilaku_rating: RatingValue | null;
  hasil_kerja_score: number | null;
  hasil_kerja_rating: RatingValue | null;
  predikat: PredikatValue | null;
  sources: RoundSourceResult[];
  watermark: ResultWatermark;
  close_count: number;
  hasil_kerja_source: HasilKerjaSourceValue;
  override_reason: string | null;
  hasil_kerja_indicators: RoundHasilKerjaIndicator[];
  computed_at: Date;
}

const toResult = (r: ResultRow): RoundResultRecord => ({
  roundId: r.round_id,
  policyCode: r.policy_code,
  perilakuScore: r.perilaku_score,
  perilakuRating: r.perilaku_rating,
  hasilKerjaScore: r.hasil_kerja_score,
  hasilKerjaRating: r.hasil_kerja_rating,
  hasilKerjaSource: r.hasil_kerja_source,
  overrideReason: r.override_reason,
  hasilKerjaIndicators: r.hasil_kerja_indicators,
  predikat: r.predikat,
  sources: r.sources,
  watermark: r.watermark,
  closeCount: r.close_count,
  computedAt: r.computed_at,
});

@Injectable()
export class ResultsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The stored result of each round, or null, in the order of `roundIds` (one statement). */
  async resultsOfRounds(roundIds: readonly string[], m: EntityManager = this.ds.manager): Promise<Array<RoundResultRecord | null>> {
    const rows: ResultRow[] = await m.query(`SELECT ${RESULT_COLUMNS} FROM round_result WHERE round_id = ANY($1::uuid[])`, [roundIds]);
    const map = new Map(rows.map((r) => [r.round_id, toResult(r)]));
    return roundIds.map((id) => map.get(id) ?? null);
  }

  /**
   * Per round, each relation's mean item score per value over the current reviews, in the order of
   * `roundIds` (one statement). Undisclosed: callers apply round-disclosure.ts.
   */
  async valueMeansOfRounds(roundIds: readonly string[], m: EntityManager = this.ds.manager): Promise<ValueMeanRecord[][]> {
    const rows: Array<{ round_id: string; relation: ReviewerSourceValue; core_value: CoreValueKey; mean: number; reviewers: number }> =
      await m.query(
        `SELECT cr.round_id, cr.relation, s.core_value, avg(s.score)::float8 AS mean, count(*)::int AS reviewers
           FROM current_review cr JOIN review_score s ON s.review_id = cr.id
          WHERE cr.round_id = ANY($1::uuid[])
          GROUP BY cr.round_id, cr.relation, s.core_value`,
        [roundIds],
      );
    const by = new Map<string, ValueMeanRecord[]>();
    for (const r of rows) {
      const list = by.get(r.round_id) ?? [];
      list.push({ relation: r.relation, value: r.core_value, mean: r.mean, reviewers: r.reviewers });
      by.set(r.round_id, list);
    }
    return roundIds.map((id) => by.get(id) ?? []);
  }

  /**
   * The scored rounds of the agency's period opened in `unitId` or a unit below it (the whole agency
   * without a unit), with employee, unit and stored result; `predikat` narrows to those predikats.
   * One statement; undisclosed (callers apply round-disclosure.ts), unordered.
   */
  async scoredRoundsInUnitTree(
    q: { agencyId: string; periodId: string; unitId: string | null; predikat?: readonly PredikatValue[] },
    m: EntityManager = this.ds.manager,
  ): Promise<ScoredRoundRecord[]> {
    const params: unknown[] = [q.agencyId, q.periodId];
    const where = [`r.agency_id = $1`, `r.period_id = $2`, `r.status = 'SCORED'`];
    if (q.unitId) {
      params.push(q.unitId);
      where.push(`r.unit_id_at_open IN (WITH RECURSIVE sub AS (SELECT id FROM unit WHERE id = $3 AND agency_id = $1
         UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)`);
    }
    if (q.predikat) {
      params.push(q.predikat);
      where.push(`rr.predikat = ANY($${params.length}::text[])`);
    }
    const rows: Array<
      ResultRow & {
        agency_id: string;
        employee_id: string;
        employee_name: string;
        employee_nip: string;
        position_at_open: string;
        unit_id_at_open: string;
        unit_name: string;
        supervisor_id: string | null;
        policy: Record<string, unknown>;
      }
    > = await m.query(
      `SELECT ${RESULT_COLUMNS.split(',')
        .map((c) => `rr.${c.trim()}`)
        .join(', ')},
              r.agency_id, r.employee_id, e.name AS employee_name, e.nip AS employee_nip, r.position_at_open, r.unit_id_at_open,
              u.name AS unit_name, r.supervisor_id, r.policy
         FROM evaluation_round r
         JOIN round_result rr ON rr.round_id = r.id
         JOIN employee e ON e.id = r.employee_id
         JOIN unit u ON u.id = r.unit_id_at_open
        WHERE ${where.join(' AND ')}`,
      params,
    );
    return rows.map((r) => ({
      roundId: r.round_id,
      agencyId: r.agency_id,
      employeeId: r.employee_id,
      employeeName: r.employee_name,
      employeeNip: r.employee_nip,
      positionAtOpen: r.position_at_open,
      unitIdAtOpen: r.unit_id_at_open,
      unitName: r.unit_name,
      supervisorId: r.supervisor_id,
      policy: r.policy,
      result: toResult(r),
    }));
  }

  /**
   * Writes the round's result, replacing the one stored (one row per round; computed_at is now).
   * The statement starts with `INSERT INTO round_result` (test/reliability looks for it while it waits).
   */
  async save(r: NewRoundResult, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(
      `INSERT INTO round_result (${RESULT_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now())
       ON CONFLICT (round_id) DO UPDATE SET policy_code = EXCLUDED.policy_code, perilaku_score = EXCLUDED.perilaku_score,
         perilaku_rating = EXCLUDED.perilaku_rating, hasil_kerja_score = EXCLUDED.hasil_kerja_score, hasil_kerja_rating = EXCLUDED.hasil_kerja_rating,
         predikat = EXCLUDED.predikat, sources = EXCLUDED.sources, watermark = EXCLUDED.watermark, close_count = EXCLUDED.close_count,
         hasil_kerja_source = EXCLUDED.hasil_kerja_source, override_reason = EXCLUDED.override_reason,
         hasil_kerja_indicators = EXCLUDED.hasil_kerja_indicators, computed_at = now()`,
      [
        r.roundId,
        r.policyCode,
        r.perilakuScore,
        r.perilakuRating,
        r.hasilKerjaScore,
        r.hasilKerjaRating,
        r.predikat,
        JSON.stringify(r.sources),
        JSON.stringify(r.watermark),
        r.closeCount,
        r.hasilKerjaSource,
        r.overrideReason,
        JSON.stringify(r.hasilKerjaIndicators),
      ],
    );
  }

  /** The round's agency, employee, period days and close-time hasil kerja, or null for an unknown round. */
  async roundSubject(roundId: string, m: EntityManager = this.ds.manager): Promise<RoundHasilKerjaSubject | null> {
    const [r]: Array<{
      agency_id: string;
      employee_id: string;
      starts_on: string;
      ends_on: string;
      hasil_kerja_rating: RatingValue | null;
      override_reason: string | null;
    }> = await m.query(
      `SELECT r.agency_id, r.employee_id, p.starts_on::text, p.ends_on::text, r.hasil_kerja_rating, r.override_reason
         FROM evaluation_round r JOIN period p ON p.id = r.period_id WHERE r.id = $1`,
      [roundId],
    );
    return r
      ? {
          agencyId: r.agency_id,
          employeeId: r.employee_id,
          startsOn: r.starts_on.slice(0, 10),
          endsOn: r.ends_on.slice(0, 10),
          hasilKerjaRating: r.hasil_kerja_rating,
          overrideReason: r.override_reason,
        }
      : null;
  }

  /** The mean of each current review of the round (one entry per review). */
  async reviewerMeans(roundId: string, m: EntityManager = this.ds.manager): Promise<ReviewerMean[]> {
    const rows: Array<{ relation: ReviewerSourceValue; mean: number; items: number; last: Date }> = await m.query(
      `SELECT cr.relation, avg(s.score)::float8 AS mean, count(*)::int AS items, max(cr.submitted_at) AS last
         FROM current_review cr JOIN review_score s ON s.review_id = cr.id
        WHERE cr.round_id = $1
        GROUP BY cr.id, cr.relation`,
      [roundId],
    );
    return rows.map((r) => ({ relation: r.relation, mean: r.mean, items: r.items, submittedAt: r.last }));
  }

  /**
   * The IKM ratings attributed to the employee submitted in [startsAt, endsAt) (PostgreSQL
   * timestamptz text, as RoundsRepository.lockForScoring gives them): per element the sum and
   * count of the answers, and each respondent's mean.
   */
  async publicRatingAggregates(
    employeeId: string,
    startsAt: string,
    endsAt: string,
    m: EntityManager = this.ds.manager,
  ): Promise<PublicRatingAggregates> {
    const sums = IKM_ELEMENT_CODES.map((c, i) => `sum(u${i + 1})::int AS "s_${c}", count(u${i + 1})::int AS "c_${c}"`).join(', ');
    const [pub]: Array<Record<string, number | null> & { respondents: number; means: string[] | null; last: Date | null }> = await m.query(
      `SELECT count(*)::int AS respondents, ${sums},
              array_agg((u1 + u2 + u3 + u4 + u5 + u6 + u7 + u8 + u9) / 9.0) AS means, max(received_at) AS last
         FROM public_rating
        WHERE employee_id = $1 AND kind = 'IKM' AND submitted_at >= $2::timestamptz AND submitted_at < $3::timestamptz`,
      [employeeId, startsAt, endsAt],
    );
    return {
      respondents: pub.respondents,
      elements: Object.fromEntries(
        IKM_ELEMENT_CODES.map((c) => [c, { sum: Number(pub[`s_${c}`] ?? 0), count: Number(pub[`c_${c}`] ?? 0) }]),
      ) as IkmAggregates['elements'],
      respondentMeans: (pub.means ?? []).map(Number),
      lastReceivedAt: pub.last,
    };
  }
}
