#!/usr/bin/env node
// bench/row-sizes: bytes on disk per row (heap + every index) of the tables that grow with traffic,
// measured on a scratch database migrated from dist/, for the capacity model in SCALING.md.
//
//   node bench/row-sizes.js [--rows 200000]
//
// Needs PostgreSQL on 127.0.0.1:5432. Creates and drops a database of its own. Rows:
// - public_rating (real table, this month's partition): 90 % IKM (U1..U9), 10 % QUICK; half with an
//   employee; 10 % with a 120-character comment; 70 % with a 4-field respondent profile
//   (the mix is an assumption, stated in SCALING.md); rating_idempotency (a UUID key) and outbox
//   (the intake's payload) one row each per rating, as the intake statement writes them.
// - review path: copies of evaluation_round, reviewer_assignment, review and review_score made
//   with LIKE … INCLUDING ALL (same columns, defaults, checks and indexes, no foreign keys, so no
//   employees are needed): one round per employee, six assignments and six reviews per round
//   (two 200-character texts each), seven scores per review.
// Sizes are after VACUUM ANALYZE, so they include page fill, tuple headers and line pointers.
'use strict';
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');
const { ROOT, arg } = require('./support');

const ROWS = Number(arg('rows', 200_000));
const SERVER = 'postgres://postgres@127.0.0.1:5432';

async function sizes(db, table) {
  const { rows } = await db.query(
    `SELECT coalesce(sum(pg_relation_size(c.oid)), 0)::bigint AS heap,
            coalesce(sum(pg_indexes_size(c.oid)), 0)::bigint AS indexes,
            coalesce(sum(pg_total_relation_size(c.oid) - pg_relation_size(c.oid) - pg_indexes_size(c.oid)), 0)::bigint AS toast_fsm_vm
       FROM pg_class c
      WHERE (c.oid = $1::regclass OR c.oid IN (SELECT relid FROM pg_partition_tree($1::regclass))) AND c.relkind = 'r'`,
    [table],
  );
  const [{ n }] = (await db.query(`SELECT count(*)::bigint AS n FROM ${table}`)).rows;
  const r = rows[0];
  const per = (x) => Math.round((Number(x) / Number(n)) * 10) / 10;
  return { table, rows: Number(n), heapBytesPerRow: per(r.heap), indexBytesPerRow: per(r.indexes), otherBytesPerRow: per(r.toast_fsm_vm), totalBytesPerRow: per(Number(r.heap) + Number(r.indexes) + Number(r.toast_fsm_vm)) };
}

async function main() {
  require(path.join(ROOT, 'scripts/build-if-needed.js')).ensureBuilt();
  const { runPendingMigrations } = require(path.join(ROOT, 'dist/libs/database/src/data-source.js'));
  const name = `k360_rowsize_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const db = new Client({ connectionString: `${SERVER}/${name}` });
  try {
    await runPendingMigrations(`${SERVER}/${name}`);
    await db.connect();
    const [{ id: agencyId }] = (await db.query(`INSERT INTO agency (name) VALUES ('Row sizes') RETURNING id`)).rows;
    const [{ id: unitId }] = (await db.query(`INSERT INTO unit (agency_id, name, kind) VALUES ($1, 'Kota', 'AGENCY') RETURNING id`, [agencyId])).rows;
    await db.query(`INSERT INTO service_point (agency_id, unit_id, name) SELECT $1, $2, 'Loket ' || p FROM generate_series(1, 150) p`, [agencyId, unitId]);

    const answer = (seed) => `CASE WHEN g % 10 <> 9 THEN 1 + (hashint8extended(g, ${seed}) & 3) END`;
    await db.query(
      `INSERT INTO public_rating (agency_id, service_point_id, employee_id, channel, source_id, kind, u1, u2, u3, u4, u5, u6, u7, u8, u9, score, comment, respondent, submitted_at, received_at)
       SELECT $1, sp.ids[1 + (hashint8extended(g, 1) & 2147483647) % 150],
              CASE WHEN g % 2 = 0 THEN gen_random_uuid() END,
              (ARRAY['LINK', 'KIOSK', 'TICKET'])[1 + g % 3], gen_random_uuid(),
              CASE WHEN g % 10 = 9 THEN 'QUICK' ELSE 'IKM' END,
              ${[11, 12, 13, 14, 15, 16, 17, 18, 19].map(answer).join(', ')},
              CASE WHEN g % 10 = 9 THEN 1 + (hashint8extended(g, 20) & 3) END,
              CASE WHEN g % 10 = 3 THEN repeat('Pelayanan cukup cepat. ', 6) END,
              CASE WHEN g % 10 < 7 THEN '{"ageBand":"AGE_30_39","sex":"PEREMPUAN","education":"SMA","occupation":"WIRAUSAHA"}'::jsonb END,
              t.at, t.at
         FROM (SELECT array_agg(id) AS ids FROM service_point WHERE agency_id = $1) sp,
              generate_series(0, $2::int - 1) g,
              LATERAL (SELECT date_trunc('month', now()) + (g::float8 / $2) * interval '27 days' AS at) t`,
      [agencyId, ROWS],
    );
    await db.query(`INSERT INTO rating_idempotency (key, rating_id) SELECT gen_random_uuid()::text, id FROM public_rating`);
    await db.query(
      `INSERT INTO outbox (topic, dedupe_key, payload, published_at)
       SELECT 'rating.submitted', 'rating:' || id, jsonb_build_object('ratingId', id, 'servicePointId', service_point_id, 'employeeId', employee_id, 'submittedAt', submitted_at), now()
         FROM public_rating`,
    );

    // The review path, on copies without foreign keys.
    for (const t of ['evaluation_round', 'reviewer_assignment', 'review', 'review_score']) {
      await db.query(`CREATE TABLE size_${t} (LIKE ${t} INCLUDING ALL)`);
    }
    const employees = Math.round(ROWS / 40);
    await db.query(
      `INSERT INTO size_evaluation_round (agency_id, employee_id, period_id, status, position_at_open, unit_id_at_open, supervisor_id, policy,
                                          instrument_version_id, hasil_kerja_rating, opened_by, closed_at, closed_by, close_count, scored_at)
       SELECT $1, gen_random_uuid(), $2, 'SCORED', 'Pengadministrasi Umum', $3, gen_random_uuid(),
              '{"code":"PERMENPAN_6_2022","weights":{"SUPERVISOR":0.6,"PEER":0.2,"SUBORDINATE":0.2}}'::jsonb,
              gen_random_uuid(), 'SESUAI_EKSPEKTASI', gen_random_uuid(), now(), gen_random_uuid(), 1, now()
         FROM generate_series(1, $4::int)`,
      [agencyId, unitId, unitId, employees],
    );
    await db.query(
      `INSERT INTO size_reviewer_assignment (round_id, reviewer_id, relation, state, nominated_by, decided_by, decided_at)
       SELECT r.id, gen_random_uuid(), (ARRAY['SUPERVISOR', 'PEER', 'PEER', 'SUBORDINATE', 'SUBORDINATE', 'SELF'])[k], 'APPROVED',
              gen_random_uuid(), gen_random_uuid(), now()
         FROM size_evaluation_round r, generate_series(1, 6) k`,
    );
    await db.query(
      `INSERT INTO size_review (round_id, assignment_id, reviewer_id, relation, revision, strengths, improvements)
       SELECT a.round_id, a.id, a.reviewer_id, a.relation, 1, repeat('Sigap dan teliti. ', 11), repeat('Arsip dirapikan. ', 12)
         FROM size_reviewer_assignment a`,
    );
    await db.query(
      `INSERT INTO size_review_score (review_id, core_value, score)
       SELECT r.id, v, 1 + (hashint8extended(k, 1) & 3)
         FROM size_review r, unnest(ARRAY['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF']) WITH ORDINALITY AS x(v, k)`,
    );
    await db.query(`VACUUM (ANALYZE)`);

    const out = [];
    for (const t of ['public_rating', 'rating_idempotency', 'outbox', 'size_evaluation_round', 'size_reviewer_assignment', 'size_review', 'size_review_score']) {
      out.push(await sizes(db, t));
    }
    const [{ v }] = (await db.query(`SELECT current_setting('server_version') AS v`)).rows;
    const [{ avg }] = (await db.query(`SELECT round(avg(pg_column_size(p.*)), 1) AS avg FROM public_rating p`)).rows;
    console.log(JSON.stringify({ postgres: v, ratings: ROWS, publicRatingAvgTupleDataBytes: Number(avg), tables: out }, null, 2));
    console.table(out.map((r) => ({ ...r, table: r.table.replace(/^size_/, '') })));
  } finally {
    await db.end().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
