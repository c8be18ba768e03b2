import { Client } from 'pg';
import { startStack, Stack } from '../support/stack';
import { createPeriod, smallOrganisation } from '../support/org-fixtures';
import { currentQuarter, dbClient } from '../support/scoring-fixtures';
import { OUTBOX_TOPICS } from '../../libs/queue/src/queue.constants';
import { rssMb } from './fault-helpers';

const EVENTS = 100_000;
const SERVICE_POINTS = 200;
/** Generous: a worker that held the backlog (or its jobs) in memory would grow by far more. */
const MAX_GROWTH_MB = 150;
const DRAIN_BOUND_MS = 200_000;

/**
 * 100,000 ratings waiting in the outbox (as the gateway writes them: one `service_point.rated`
 * row per rating, interleaved over 200 service points) when the worker starts, e.g. after an
 * outage of the worker. It must relay and aggregate all of them within a bound, with its resident
 * memory flat: after warm-up (a tenth of the events relayed) the peak RSS may exceed the warm-up
 * RSS by at most MAX_GROWTH_MB.
 */
describe('a backlog of 100,000 aggregation events', () => {
  let stack: Stack;
  let db: Client;

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', ownDatabase: true, workers: 0 });
    db = await dbClient(stack);
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('drains completely within the bound, every service point aggregated exactly, with flat worker memory', async () => {
    const tSetup = Date.now();
    const org = await smallOrganisation(stack, 'Kota Uji Antrean');
    const periodId = await createPeriod(stack, org.admin.token, { name: 'Triwulan berjalan', kind: 'QUARTERLY', ...currentQuarter() });
    const agencyId = (await db.query(`SELECT agency_id FROM unit WHERE id = $1`, [org.units.kelA])).rows[0].agency_id;
    const points: string[] = (
      await db.query(
        `INSERT INTO service_point (agency_id, unit_id, name)
         SELECT $1, $2, 'Loket Antrean ' || n FROM generate_series(1, ${SERVICE_POINTS}) AS n RETURNING id`,
        [agencyId, org.units.kelA],
      )
    ).rows.map((r) => r.id);
    // The ratings and their outbox rows, exactly as the gateway's intake statement writes them
    // (in the last hour, so in the current period; every fourth one a QUICK score).
    await db.query(
      `WITH src AS (
         SELECT n / ${SERVICE_POINTS} + n AS n, ($3::uuid[])[1 + n % ${SERVICE_POINTS}] AS sp, gen_random_uuid() AS id,
                now() - make_interval(secs => n % 3600) AS at FROM generate_series(0, ${EVENTS - 1}) AS n
       ), ins AS (
         INSERT INTO public_rating (id, agency_id, service_point_id, channel, source_id, kind, u1, u2, u3, u4, u5, u6, u7, u8, u9, score, submitted_at)
         SELECT id, $1, sp, 'LINK', $2, CASE WHEN n % 4 = 3 THEN 'QUICK' ELSE 'IKM' END,
                CASE WHEN n % 4 = 3 THEN NULL ELSE 1 + n % 4 END, CASE WHEN n % 4 = 3 THEN NULL ELSE 1 + (n / 3) % 4 END,
                CASE WHEN n % 4 = 3 THEN NULL ELSE 1 + (n / 7) % 4 END, CASE WHEN n % 4 = 3 THEN NULL ELSE 1 + (n / 11) % 4 END,
                CASE WHEN n % 4 = 3 THEN NULL ELSE 4 END, CASE WHEN n % 4 = 3 THEN NULL ELSE 3 END,
                CASE WHEN n % 4 = 3 THEN NULL ELSE 1 + (n / 13) % 4 END, CASE WHEN n % 4 = 3 THEN NULL ELSE 2 END,
                CASE WHEN n % 4 = 3 THEN NULL ELSE 1 + (n / 5) % 4 END,
                CASE WHEN n % 4 = 3 THEN 1 + (n / 4) % 4 END, at
           FROM src ORDER BY n
         RETURNING id, service_point_id, submitted_at
       )
       INSERT INTO outbox (topic, dedupe_key, payload)
       SELECT $4, 'rating:' || id, jsonb_build_object('ratingId', id, 'servicePointId', service_point_id, 'employeeId', NULL, 'submittedAt', submitted_at)
         FROM ins`,
      [agencyId, org.servicePointA, points, OUTBOX_TOPICS.SERVICE_POINT_RATED],
    );
    const pending = async () => (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`)).rows[0].n as number;
    const relayed = async () =>
      (await db.query(`SELECT NOT EXISTS (SELECT 1 FROM outbox WHERE published_at IS NULL) AS done`)).rows[0].done as boolean;
    expect(await pending()).toBe(EVENTS);
    // What each service point's aggregate must say, computed here from the stored ratings.
    const expected = (
      await db.query(
        `SELECT service_point_id AS sp, count(*) FILTER (WHERE kind = 'IKM')::int AS respondents,
                count(*) FILTER (WHERE kind = 'QUICK')::int AS quick_count, coalesce(sum(score), 0)::bigint AS quick_sum,
                sum(u1 + u2 + u3 + u4 + u5 + u6 + u7 + u8 + u9)::float8 / (9 * count(*) FILTER (WHERE kind = 'IKM')) AS ikm
           FROM public_rating WHERE service_point_id = ANY($1::uuid[]) GROUP BY 1 ORDER BY 1`,
        [points],
      )
    ).rows;
    const aggregated = async () =>
      (
        await db.query(
          `SELECT service_point_id AS sp, respondents, quick_count, quick_sum, ikm FROM satisfaction_aggregate
            WHERE period_id = $1 AND service_point_id = ANY($2::uuid[]) ORDER BY 1`,
          [periodId, points],
        )
      ).rows;
    const same = (r: Record<string, any> | undefined, e: Record<string, any>) =>
      !!r &&
      r.sp === e.sp &&
      r.respondents === e.respondents &&
      r.quick_count === e.quick_count &&
      String(r.quick_sum) === String(e.quick_sum) &&
      Math.abs(r.ikm - e.ikm) < 1e-9;
    /** The first service point whose aggregate differs from what it must say, or undefined when all agree. */
    const difference = (rows: Array<Record<string, any>>) => {
      const i = expected.findIndex((e, k) => !same(rows[k], e));
      return i < 0 ? undefined : { got: rows[i], want: expected[i] };
    };
    const complete = (rows: Array<Record<string, any>>) => rows.length === expected.length && !difference(rows);

    const progress: string[] = [`setup ${Date.now() - tSetup} ms`];
    const t0 = Date.now();
    const worker = await stack.startWorker();
    const startRss = (await rssMb(worker.pid))!;
    const samples: Array<{ ms: number; rss: number }> = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const rss = await rssMb(worker.pid);
        if (rss !== undefined) samples.push({ ms: Date.now() - t0, rss });
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    let warmAt: number | undefined;
    let drainedAt: number | undefined;
    let relayedAt: number | undefined;
    try {
      for (;;) {
        const rows = await aggregated();
        if (warmAt === undefined) {
          const { n } = (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NOT NULL`)).rows[0];
          if (n >= EVENTS / 10) warmAt = Date.now() - t0;
        }
        if (relayedAt === undefined && (await relayed())) relayedAt = Date.now() - t0;
        if (relayedAt !== undefined && complete(rows)) {
          drainedAt = Date.now() - t0;
          break;
        }
        if (Date.now() - t0 > DRAIN_BOUND_MS) break;
        progress.push(
          `${Date.now() - t0} ms: relayed ${relayedAt !== undefined}, aggregates ${rows.length}, first difference ${JSON.stringify(difference(rows))}`,
        );
        await new Promise((r) => setTimeout(r, 1_000));
      }
    } finally {
      sampling = false;
      await sampler;
    }
    const warm = samples.find((s) => s.ms >= (warmAt ?? Infinity)) ?? samples[samples.length - 1];
    const peak = Math.max(...samples.filter((s) => s.ms >= warm.ms).map((s) => s.rss));
    const end = samples[samples.length - 1].rss;
    const peakOverall = Math.max(...samples.map((s) => s.rss));
    const figures =
      `aggregation-backlog: ${EVENTS} events over ${SERVICE_POINTS} service points; relayed in ${relayedAt} ms, ` +
      `aggregated in ${drainedAt} ms; RSS at ready ${startRss.toFixed(0)} MB, after warm-up (${warm.ms} ms) ${warm.rss.toFixed(0)} MB, ` +
      `peak ${peak.toFixed(0)} MB (+${(peak - warm.rss).toFixed(0)} MB; before warm-up included ${peakOverall.toFixed(0)} MB), at the end ${end.toFixed(0)} MB; ${samples.length} samples`;
    console.log(`${figures}\n${progress.filter((_, i) => i % 8 === 0).join('\n')}`);

    expect(await pending()).toBe(0);
    expect(drainedAt).toBeDefined();
    expect(complete(await aggregated())).toBe(true);
    expect(drainedAt!).toBeLessThan(DRAIN_BOUND_MS);
    expect(peak - warm.rss).toBeLessThan(MAX_GROWTH_MB);
    expect(worker.running()).toBe(true);
  }, 300_000);
});
