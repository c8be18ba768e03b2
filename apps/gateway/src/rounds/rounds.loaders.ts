import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import {
  AssignmentRecord,
  CommentRecord,
  InstrumentVersionRecord,
  PeerNominationRecord,
  PeriodRecord,
  ResultsRepository,
  ReviewRecord,
  RoundProgressRecord,
  RoundRecord,
  RoundsRepository,
  ValueMeanRecord,
} from '@k360/database';
import { RoundResult } from './models/round-result.model';

/** "a:b" keys split into pairs. */
const split = (key: string) => {
  const [a, b] = key.split(':');
  return [a, b] as const;
};

/**
 * Per-request DataLoaders for round lists (team pages show many rounds at once): every per-round
 * field of EvaluationRound (and the visibility check behind it) costs one query per request and
 * field, whatever the number of rounds. Each loader is one batch method of RoundsRepository or
 * ResultsRepository (one statement per batch).
 */
export function createRoundLoaders(ds: DataSource) {
  const rounds = new RoundsRepository(ds);
  const results = new ResultsRepository(ds);
  return {
    period: new DataLoader<string, PeriodRecord | null>((ids) => rounds.periodsByIds(ids)),
    instrument: new DataLoader<string, InstrumentVersionRecord | null>((ids) => rounds.instrumentsByIds(ids)),
    /** Rounds by id, any agency: callers compare agencyId with the actor's. */
    round: new DataLoader<string, RoundRecord | null>((ids) => rounds.roundsByIds(ids)),
    /** Keys "supervisorId:employeeId": true when the employee reports to the supervisor, directly or through others. */
    reportsTo: new DataLoader<string, boolean>((keys) =>
      rounds.reportsTo(keys.map(split).map(([supervisorId, employeeId]) => ({ supervisorId, employeeId }))),
    ),
    progress: new DataLoader<string, RoundProgressRecord>((ids) => rounds.progressOfRounds(ids)),
    /**
     * The stored result of each scored round (computed by the worker), or null; undisclosed. A
     * stored result always has its hasil kerja rating (closing requires one), as RoundResult says.
     */
    result: new DataLoader<string, RoundResult | null>(async (ids) => (await results.resultsOfRounds(ids)) as Array<RoundResult | null>),
    /** Per round, each relation's mean item score per value over the current reviews; undisclosed. */
    valueMeans: new DataLoader<string, ValueMeanRecord[]>((ids) => results.valueMeansOfRounds(ids)),
    /** Current reviews' comments per round, in an order unrelated to who wrote them; undisclosed. */
    comments: new DataLoader<string, CommentRecord[]>((ids) => rounds.commentsOfRounds(ids)),
    /** Every assignment of each round with its submitted flag; undisclosed. */
    assignments: new DataLoader<string, AssignmentRecord[]>((ids) => rounds.assignmentsOfRounds(ids)),
    /** The PEER rows of each round (no submitted flag; `nominatedByMe` is derived in the resolver); undisclosed. */
    peerNominations: new DataLoader<string, PeerNominationRecord[]>((ids) => rounds.peerNominationsOfRounds(ids)),
    /** Keys "roundId:reviewerId": that reviewer's current review of the round with its scores, or null. */
    myReview: new DataLoader<string, ReviewRecord | null>((keys) =>
      rounds.currentReviewsOf(keys.map(split).map(([roundId, reviewerId]) => ({ roundId, reviewerId }))),
    ),
  };
}

export type RoundLoaders = ReturnType<typeof createRoundLoaders>;
