#!/usr/bin/env node
// bench/aggregate: the worker's full-period IKM recompute (ADMIN `recomputeSatisfaction`: one
// `aggregate-period` job for the agency: one GROUP BY over the period's ratings, computeIkm per
// service point, one upsert into satisfaction_aggregate) against one hand-written SQL GROUP BY
// over the same rows, in one run, with a check that both computed the same numbers; the
// closeRound → SCORED latency on an idle system; and the worker's peak RSS.
//
//   node bench/aggregate.js [--ratings 1000000] [--points 1000] [--queue redis|postgres] [--rounds 50] [--recomputes 2] [--keep]
//
// Needs PostgreSQL on 127.0.0.1:5432 (and Redis on 6379 for --queue redis). Creates and drops a
// database of its own (and deletes its own Redis keys); all traffic goes to 127.0.0.1.
//
// Order: rounds first (idle system, nothing else queued), then the ratings are loaded with one
// INSERT … SELECT … FROM generate_series straight into public_rating (no outbox rows, so the relay
// starts nothing), VACUUM ANALYZE and CHECKPOINT, then SQL, recompute, SQL, recompute, SQL
// (interleaved, so drift from other load on the machine hits both sides). Every stored aggregate is
// then compared with the hand-written query's row, and the worker's own SELECT is timed without
// the queue (workerQueryOnlyMs) to tell the query's cost from the job machinery's.
'use strict';
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');
const { ROOT, arg, benchSetup, start, stop, gql, loginAdmin, machine } = require('./support');

const RATINGS = Number(arg('ratings', 1_000_000));
const POINTS = Number(arg('points', 1000));
const QUEUE = arg('queue', 'redis');
const ROUNDS = Number(arg('rounds', 50));
const RECOMPUTES = Number(arg('recomputes', 2));
/** --keep: leave the database (and print its URL) for EXPLAIN by hand. */
const KEEP = process.argv.includes('--keep');
const WARMUP_ROUNDS = 3;
/** Every 10th generated rating is a QUICK one (score 1–4), the others IKM (U1..U9). */
const QUICK_EVERY = 10;
const VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => Number(process.hrtime.bigint()) / 1e6;
const round1 = (x) => Math.round(x * 10) / 10;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Valid, distinct NIPs (birth date, TMT CPNS, sex, serial), as test/support/org-fixtures.ts makes them. */
let nipCounter = 1000;
function nextNip() {
  const n = nipCounter++;
  const serial = (n % 999) + 1;
  const rest = Math.floor(n / 999);
  const day = Math.floor(rest / 2) % 9000;
  const birth = new Date(Date.UTC(1965, 0, 1) + day * 86_400_000);
  const pad = (v, w) => String(v).padStart(w, '0');
  return `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}${birth.getUTCFullYear() + 22}${pad((day % 12) + 1, 2)}${(rest % 2) + 1}${pad(serial, 3)}`;
}

/** Peak and current resident set of a process, in MiB, from /proc/<pid>/status. */
function memoryOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { vmHWMMiB: round1(kib('VmHWM') / 1024), vmRSSMiB: round1(kib('VmRSS') / 1024) };
}

/** The last full calendar quarter before today (its months have partitions: the migration makes -12..+3). */
function previousQuarter() {
  const d = new Date();
  const q = Math.floor(d.getUTCMonth() / 3);
  const start = new Date(Date.UTC(d.getUTCFullYear(), (q - 1) * 3, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 0));
  const iso = (x) => x.toISOString().slice(0, 10);
  return { startsOn: iso(start), endsOn: iso(end) };
}

// ---------------------------------------------------------------------------------------------
// 2. closeRound → SCORED

async function measureRounds(url, adminToken, rootUnitId, periodId) {
  const unit = (await gql(url, `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: { name: 'Kecamatan Bench', kind: 'KECAMATAN', parentId: rootUnitId } }, adminToken)).createUnit.id;
  const password = 'Bench12345';
  const supNip = nextNip();
  const sup = (await gql(url, `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }`, { i: { nip: supNip, name: 'Camat Bench', position: 'Camat', unitId: unit, roles: ['SUPERVISOR', 'EMPLOYEE'], password } }, adminToken)).createEmployee.id;
  const staff = [];
  for (let i = 0; i < WARMUP_ROUNDS + ROUNDS; i++) {
    const e = await gql(url, `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }`, { i: { nip: nextNip(), name: `Staf Bench ${i}`, position: 'Staf', unitId: unit, supervisorId: sup } }, adminToken);
    staff.push(e.createEmployee.id);
  }
  const t = (await gql(url, `mutation { login(nip: "${supNip}", password: "${password}") { accessToken } }`)).login.accessToken;
  const scores = VALUES.map((value, i) => ({ value, score: 1 + ((i * 3) % 5) }));
  const latencies = [];
  const closeCalls = [];
  const roundIds = [];
  for (const [i, employeeId] of staff.entries()) {
    const roundId = (await gql(url, `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`, { i: { employeeId, periodId } }, t)).openRound.id;
    await gql(url, `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`, { i: { roundId, scores, strengths: 'Pelayanan cepat dan ramah.', improvements: 'Arsip perlu dirapikan.' } }, t);
    const sent = now();
    const closed = await gql(url, `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`, { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, t);
    const answered = now();
    let status = closed.closeRound.status;
    while (status !== 'SCORED') {
      if (now() - sent > 15_000) throw new Error(`round ${roundId} not SCORED after 15 s (status ${status})`);
      await sleep(10);
      status = (await gql(url, `query($id: ID!) { round(id: $id) { status } }`, { id: roundId }, t)).round.status;
    }
    if (i < WARMUP_ROUNDS) continue;
    latencies.push(now() - sent);
    closeCalls.push(answered - sent);
    roundIds.push(roundId);
  }
  return { latencies, closeCalls, roundIds };
}

function latencyStats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: Math.round(pct(s, 50)), p95: Math.round(pct(s, 95)), max: Math.round(s[s.length - 1]), min: Math.round(s[0]) };
}

// ---------------------------------------------------------------------------------------------
// 1. Recompute vs SQL

/** Units and service points straight in SQL (what createUnit / createServicePoint would insert). */
async function createServicePoints(db, agencyId, rootUnitId) {
  const perUnit = 50;
  const units = Math.ceil(POINTS / perUnit);
  await db.query(
    `INSERT INTO unit (agency_id, parent_id, name, kind) SELECT $1, $2, 'Kelurahan Bench ' || u, 'KELURAHAN' FROM generate_series(1, $3) u`,
    [agencyId, rootUnitId, units],
  );
  await db.query(
    `INSERT INTO service_point (agency_id, unit_id, name)
     SELECT $1, u.id, 'Loket ' || lpad(p::text, 5, '0')
       FROM generate_series(0, $2 - 1) p
       JOIN unit u ON u.agency_id = $1 AND u.name = 'Kelurahan Bench ' || (p / $3 + 1)`,
    [agencyId, POINTS, perUnit],
  );
}

/**
 * RATINGS rows inside the period, submitted_at rising with g over the whole period (arrival order,
 * so one service point's rows are spread over the table as in production), the service point and
 * the answers from hashes of g (deterministic), plus two rows per service point just outside the
 * period (one second before it starts, and exactly at its exclusive end) that neither side may count.
 */
async function loadRatings(db, agencyId, period) {
  const answer = (seed) => `CASE WHEN g % ${QUICK_EVERY} <> ${QUICK_EVERY - 1} THEN (ARRAY[1, 2, 3, 3, 3, 4, 4, 4])[1 + (hashint8extended(g, ${seed}) & 7)] END`;
  const started = now();
  await db.query(
    `INSERT INTO public_rating (agency_id, service_point_id, channel, source_id, kind, u1, u2, u3, u4, u5, u6, u7, u8, u9, score, submitted_at, received_at)
     SELECT $1, sp.ids[1 + (hashint8extended(g, 1) & 2147483647) % $3], 'LINK', $4,
            CASE WHEN g % ${QUICK_EVERY} = ${QUICK_EVERY - 1} THEN 'QUICK' ELSE 'IKM' END,
            ${[11, 12, 13, 14, 15, 16, 17, 18, 19].map(answer).join(', ')},
            CASE WHEN g % ${QUICK_EVERY} = ${QUICK_EVERY - 1} THEN 1 + (hashint8extended(g, 20) & 3) END,
            t.at, t.at + (hashint8extended(g, 21) & 63) * interval '1 second'
       FROM (SELECT array_agg(id ORDER BY name) AS ids FROM service_point WHERE agency_id = $1) sp,
            generate_series(0, $2::int - 1) g,
            LATERAL (SELECT $5::timestamptz + (g::float8 / $2) * ($6::timestamptz - $5::timestamptz) AS at) t`,
    [agencyId, RATINGS, POINTS, randomUUID(), period.startsAt, period.endsAt],
  );
  const insertSeconds = (now() - started) / 1000;
  await db.query(
    `INSERT INTO public_rating (agency_id, service_point_id, channel, source_id, kind, u1, u2, u3, u4, u5, u6, u7, u8, u9, submitted_at)
     SELECT $1, sp.id, 'LINK', $2, 'IKM', 1, 1, 1, 1, 1, 1, 1, 1, 1, at
       FROM service_point sp, (VALUES ($3::timestamptz - interval '1 second'), ($4::timestamptz)) v(at)
      WHERE sp.agency_id = $1`,
    [agencyId, randomUUID(), period.startsAt, period.endsAt],
  );
  const vacuumStarted = now();
  await db.query(`VACUUM (ANALYZE) public_rating`);
  // Flush the load's dirty pages now, so that no checkpoint writes them out during the timings.
  await db.query(`CHECKPOINT`);
  const vacuumSeconds = (now() - vacuumStarted) / 1000;
  const [{ bytes }] = (await db.query(`SELECT sum(pg_total_relation_size(relid))::bigint AS bytes FROM pg_partition_tree('public_rating')`)).rows;
  return { insertSeconds, vacuumSeconds, tableMiB: Math.round(Number(bytes) / 2 ** 20) };
}

const SUMS = Array.from({ length: 9 }, (_, i) => `sum(u${i + 1})::int AS s${i + 1}, count(u${i + 1})::int AS c${i + 1}`).join(', ');
/** The hand-written query: one pass over the period's ratings, every service point at once. */
const HAND_WRITTEN = `
  SELECT service_point_id, count(*) FILTER (WHERE kind = 'IKM')::int AS respondents, ${SUMS},
         count(*) FILTER (WHERE kind = 'QUICK')::int AS quick_count, coalesce(sum(score), 0)::bigint AS quick_sum, max(received_at) AS watermark
    FROM public_rating
   WHERE submitted_at >= $1::timestamptz AND submitted_at < $2::timestamptz
   GROUP BY service_point_id`;

async function timeSql(db, period) {
  const started = now();
  const { rows } = await db.query(HAND_WRITTEN, [period.startsAt, period.endsAt]);
  return { ms: now() - started, rows };
}

async function timeRecompute(db, url, adminToken, periodId) {
  const { rows: [{ since }] } = await db.query(`SELECT clock_timestamp() AS since`);
  const started = now();
  const jobs = (await gql(url, `mutation($p: ID!) { recomputeSatisfaction(periodId: $p) }`, { p: periodId }, adminToken)).recomputeSatisfaction;
  const enqueuedMs = now() - started;
  if (jobs !== POINTS) throw new Error(`recomputeSatisfaction covers ${jobs} service points, expected ${POINTS}`);
  for (;;) {
    const { rows: [{ n }] } = await db.query(`SELECT count(*)::int AS n FROM satisfaction_aggregate WHERE period_id = $1 AND updated_at >= $2`, [periodId, since]);
    if (n === POINTS) break;
    if (now() - started > 600_000) throw new Error(`recompute: only ${n} of ${POINTS} aggregates after 10 min`);
    await sleep(20);
  }
  return { ms: now() - started, enqueuedMs };
}

/**
 * Diagnosis, not a baseline: the worker's own query (SatisfactionRepository's AGGREGATE_POINTS, the
 * same text, loaded from dist/) run directly for the whole agency, as the job does, with no queue,
 * no Nest and no upsert. What is left of the worker's time is the job machinery and the upsert.
 */
async function timeWorkerQueryOnly(url, period) {
  const { AGGREGATE_POINTS } = require(path.join(ROOT, 'dist/libs/database/src/repositories/satisfaction.repository.js'));
  const db = new Client({ connectionString: url, application_name: 'bench-aggregate' });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT id, agency_id FROM service_point ORDER BY id`);
    const started = now();
    await db.query(AGGREGATE_POINTS, [rows.map((r) => r.id), period.startsAt, period.endsAt, rows[0].agency_id, true]);
    return now() - started;
  } finally {
    await db.end();
  }
}

/** Every stored aggregate against the hand-written query's row, and the totals against the generator. */
async function check(db, periodId, sqlRows) {
  const { rows: stored } = await db.query(`SELECT * FROM satisfaction_aggregate WHERE period_id = $1`, [periodId]);
  const bySp = new Map(sqlRows.map((r) => [r.service_point_id, r]));
  const mismatches = [];
  for (const a of stored) {
    const s = bySp.get(a.service_point_id);
    const diffs = [];
    if (!s) diffs.push('no SQL row');
    else {
      if (a.respondents !== s.respondents) diffs.push(`respondents ${a.respondents} ≠ ${s.respondents}`);
      a.elements.forEach((e, i) => {
        if (e.code !== `U${i + 1}` || e.sum !== s[`s${i + 1}`] || e.count !== s[`c${i + 1}`]) diffs.push(`${e.code} ${e.sum}/${e.count} ≠ ${s[`s${i + 1}`]}/${s[`c${i + 1}`]}`);
      });
      const ikm = Array.from({ length: 9 }, (_, i) => s[`s${i + 1}`] / s[`c${i + 1}`]).reduce((x, y) => x + y, 0) / 9;
      if (Math.abs(a.ikm - ikm) > 1e-12 || Math.abs(a.ikm_converted - ikm * 25) > 1e-9) diffs.push(`ikm ${a.ikm} ≠ ${ikm}`);
      if (a.quick_count !== s.quick_count || String(a.quick_sum) !== String(s.quick_sum)) diffs.push(`quick ${a.quick_count}/${a.quick_sum} ≠ ${s.quick_count}/${s.quick_sum}`);
      if (new Date(a.watermark).getTime() !== new Date(s.watermark).getTime()) diffs.push(`watermark ${a.watermark} ≠ ${s.watermark}`);
    }
    if (diffs.length) mismatches.push({ servicePointId: a.service_point_id, diffs });
  }
  const quickExpected = Math.floor(RATINGS / QUICK_EVERY);
  const totals = sqlRows.reduce((t, r) => ({ respondents: t.respondents + r.respondents, quick: t.quick + r.quick_count }), { respondents: 0, quick: 0 });
  const storedTotals = stored.reduce((t, r) => ({ respondents: t.respondents + r.respondents, quick: t.quick + r.quick_count }), { respondents: 0, quick: 0 });
  return {
    compared: stored.length,
    sqlRows: sqlRows.length,
    mismatches: mismatches.length,
    firstMismatches: mismatches.slice(0, 3),
    totalsMatchGenerator:
      totals.respondents === RATINGS - quickExpected && totals.quick === quickExpected && storedTotals.respondents === totals.respondents && storedTotals.quick === totals.quick,
    mutu: Object.fromEntries(
      Object.entries(stored.reduce((m, r) => ({ ...m, [r.mutu]: (m[r.mutu] ?? 0) + 1 }), {})).sort(),
    ),
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { env, close } = await benchSetup(QUEUE);
  let gateway;
  let worker;
  let db;
  try {
    gateway = await start('gateway', env);
    worker = await start('worker', env);
    const memory = { afterBoot: memoryOf(worker.proc.pid) };
    const url = `http://127.0.0.1:${gateway.port}`;
    db = new Client({ connectionString: env.DATABASE_URL, application_name: 'bench-aggregate' });
    await db.connect();

    const t = await loginAdmin(url);
    const { rows: [root] } = await db.query(`SELECT id, agency_id FROM unit WHERE parent_id IS NULL`);
    const period = previousQuarter();
    const periodId = (await gql(url, `mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id } }`, { i: { name: 'Triwulan Bench', kind: 'QUARTERLY', ...period } }, t)).createPeriod.id;

    // 2. closeRound → SCORED, before any bulk data: an idle system.
    let rounds = null;
    if (ROUNDS > 0) {
      const r = await measureRounds(url, t, root.id, periodId);
      const { rows } = await db.query(
        `SELECT extract(epoch FROM scored_at - closed_at) * 1000 AS ms FROM evaluation_round WHERE id = ANY($1::uuid[])`,
        [r.roundIds],
      );
      rounds = {
        n: r.latencies.length,
        warmupExcluded: WARMUP_ROUNDS,
        closeToScoredMs: latencyStats(r.latencies),
        closeRoundCallMs: latencyStats(r.closeCalls),
        dbClosedAtToScoredAtMs: latencyStats(rows.map((x) => Number(x.ms))),
      };
      memory.afterRounds = memoryOf(worker.proc.pid);
    }

    // 1. Recompute vs SQL.
    await createServicePoints(db, root.agency_id, root.id);
    // The period's instants: local midnights in the agency's time zone (WIB), as the worker reads them.
    const { PERIOD_BOUNDS_SQL } = require(path.join(ROOT, 'dist/libs/database/src/period-bounds.js'));
    const { rows: [bounds] } = await db.query(`SELECT ${PERIOD_BOUNDS_SQL} FROM period p JOIN agency a ON a.id = p.agency_id WHERE p.id = $1`, [periodId]);
    Object.assign(period, { startsAt: bounds.starts_at, endsAt: bounds.ends_at });
    const load = await loadRatings(db, root.agency_id, period);
    const sql = [];
    const recompute = [];
    let last;
    for (let i = 0; i <= RECOMPUTES; i++) {
      last = await timeSql(db, period);
      sql.push(last.ms);
      if (i < RECOMPUTES) {
        recompute.push(await timeRecompute(db, url, t, periodId));
        await sleep(2000); // the jobs' tail (BullMQ bookkeeping, autovacuum of the aggregates) settles first
      }
    }
    const verification = await check(db, periodId, last.rows);
    const workerQueryOnlyMs = await timeWorkerQueryOnly(env.DATABASE_URL, period);
    memory.afterRecompute = memoryOf(worker.proc.pid);

    const sqlMedian = median(sql);
    console.log(
      JSON.stringify(
        {
          ratings: RATINGS,
          points: POINTS,
          queue: QUEUE,
          period,
          load: { insertSeconds: +load.insertSeconds.toFixed(1), vacuumAnalyzeSeconds: +load.vacuumSeconds.toFixed(1), tableAndIndexesMiB: load.tableMiB },
          recompute: {
            workerMs: recompute.map((r) => Math.round(r.ms)),
            enqueueCallMs: recompute.map((r) => Math.round(r.enqueuedMs)),
            handWrittenSqlMs: sql.map((x) => Math.round(x)),
            ratioToSqlMedian: recompute.map((r) => +(r.ms / sqlMedian).toFixed(2)),
            workerQueryOnlyMs: Math.round(workerQueryOnlyMs),
          },
          verification,
          rounds,
          workerMemory: memory,
          machine: machine(),
        },
        null,
        2,
      ),
    );
    if (verification.mismatches || !verification.totalsMatchGenerator) process.exitCode = 2;
  } finally {
    await db?.end().catch(() => undefined);
    await Promise.all([stop(worker), stop(gateway)]);
    await close({ keep: KEEP });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
