import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { InstrumentVersion, Period, RoundProgress } from './models/round.models';
import { toPeriod } from './rounds.mappers';

/** Per-request DataLoaders for round lists (team pages show many rounds at once). */
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
           CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM review v WHERE v.assignment_id = a.id) AS done) s
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
  };
}

export type RoundLoaders = ReturnType<typeof createRoundLoaders>;
