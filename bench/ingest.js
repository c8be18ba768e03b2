#!/usr/bin/env node
// bench/ingest: citizen ratings per second through the whole API (HTTP → GraphQL → validation →
// token check → rate limiter → transaction with idempotency key, rating row and outbox row)
// against a plain `pg` INSERT of the same rating row, both at the same concurrency, in one run;
// also a GraphQL operation that touches nothing (`{ __typename }`), the ceiling of the stack itself.
//
//   node bench/ingest.js [--requests 5000] [--concurrency 50] [--queue redis|postgres] [--client http|fetch] [--hold off|on]
//                        [--variants fast,full,route] [--rounds 2]
//
// The intake's ways in, each measured in the same run (--variants picks some):
//   fast  — the GraphQL mutation with the fast path on (PUBLIC_FAST_PATH=true, the default)
//   full  — the same mutation through the full stack (a second gateway, PUBLIC_FAST_PATH=false)
//   route — POST /api/public-ratings, the Nest route (on the second gateway)
// Both gateways run at once on the same database. Each round measures every variant, then the raw
// INSERT, one after the other, so slow and quiet moments of a shared machine fall on all of them;
// a variant's ratio is its rate ÷ the raw INSERT of the same round, averaged over the rounds.
// `api` in the output is the first variant listed.
//
// --hold on: the citizen limits and the per-client hold are on (PUBLIC_RATE_LIMIT high enough
// never to refuse, TRUST_PROXY=127.0.0.1) and every request comes from its own client
// (X-Forwarded-For), so each rating also claims its client's allowance: the intake's worst case.
// Off (default): PUBLIC_RATE_LIMIT=0, which turns the limits and the hold off.
//
// The load generator shares the machine with the gateway and PostgreSQL, so its own CPU counts:
// the timed HTTP phases use node:http with a keep-alive agent of CONCURRENCY sockets (--client
// fetch: the global fetch, about four times the client CPU per request). The raw phase uses the
// `pg` client. The output gives each side's client CPU per request.
//
// Needs PostgreSQL on 127.0.0.1:5432 (and Redis on 6379 for --queue redis). Creates and drops a
// database of its own; all traffic goes to 127.0.0.1.
'use strict';
const http = require('node:http');
const os = require('node:os');
const { randomUUID } = require('node:crypto');
const { Pool } = require('pg');
const { arg, benchSetup, start, stop, gql, loginAdmin, machine } = require('./support');

const REQUESTS = Number(arg('requests', 5000));
const CONCURRENCY = Number(arg('concurrency', 50));
const QUEUE = arg('queue', 'redis');
const CLIENT = arg('client', 'http');
if (!['http', 'fetch'].includes(CLIENT)) throw new Error('--client is http or fetch');
const VARIANTS = arg('variants', 'fast,full,route').split(',');
if (!VARIANTS.length || VARIANTS.some((v) => !['fast', 'full', 'route'].includes(v))) throw new Error('--variants: fast, full and/or route');
const ROUNDS = Number(arg('rounds', 2));
const HOLD = arg('hold', 'off');
if (!['on', 'off'].includes(HOLD)) throw new Error('--hold is on or off');
/** A client address of its own per request (10.0.0.0/8), believed because TRUST_PROXY names the loopback. */
const clientOf = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

async function runPool(n, concurrency, task) {
  let next = 0;
  const errors = [];
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        try {
          await task(i);
        } catch (e) {
          errors.push(e);
        }
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  return { seconds, perSecond: n / seconds, errors, clientCpuUsPerCall: (used.user + used.system) / n };
}

/** POST a JSON body to /graphql or `path` (from client `i` with --hold on); resolves with the response text. */
function post(url, body, i, path = '/graphql') {
  const from = HOLD === 'on' && i !== undefined ? { 'x-forwarded-for': clientOf(i) } : {};
  if (CLIENT === 'fetch')
    return fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...from }, body }).then((r) => r.text());
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}${path}`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...from } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve(text));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

async function main() {
  const limits = HOLD === 'on' ? { PUBLIC_RATE_LIMIT: '1000000', TRUST_PROXY: '127.0.0.1' } : { PUBLIC_RATE_LIMIT: '0' };
  const { env, close } = await benchSetup(QUEUE, limits);
  let gateway;
  let second;
  try {
    gateway = await start('gateway', { ...env, PUBLIC_FAST_PATH: 'true' });
    second = await start('gateway', { ...env, PUBLIC_FAST_PATH: 'false' });
    const url = `http://127.0.0.1:${gateway.port}`;
    const url2 = `http://127.0.0.1:${second.port}`;
    const t = await loginAdmin(url);
    const [root] = (await gql(url, `{ units { id } }`, {}, t)).units;
    const unit = (await gql(url, `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: { name: 'Kelurahan Bench', kind: 'KELURAHAN', parentId: root.id } }, t)).createUnit.id;
    const sp = (await gql(url, `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`, { i: { name: 'Loket Bench', unitId: unit } }, t)).createServicePoint.id;
    const link = (await gql(url, `mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { id token } }`, { i: { servicePointId: sp } }, t)).createRatingLink;
    const answers = [4, 4, 3, 4, 3, 4, 4, 3, 4];
    const rating = (i) => ({ token: link.token, idempotencyKey: randomUUID(), kind: 'IKM', answers, comment: `bench ${i}` });
    const graphqlBody = (i) =>
      JSON.stringify({
        query: 'mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } }',
        variables: { i: rating(i) },
      });
    const stored = (json) => {
      const receipt = json.data ? json.data.submitPublicRating : json;
      if (!receipt || receipt.accepted !== true || receipt.duplicate !== false) throw new Error(JSON.stringify(json.errors ?? json));
    };
    const send = {
      fast: (i) => post(url, graphqlBody(i), i),
      full: (i) => post(url2, graphqlBody(i), i),
      route: (i) => post(url2, JSON.stringify(rating(i)), i, '/api/public-ratings'),
    };
    const pool = new Pool({ connectionString: env.DATABASE_URL, max: CONCURRENCY });
    const { rows: [ids] } = await pool.query(`SELECT agency_id FROM service_point WHERE id = $1`, [sp]);
    const results = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    const raws = [];
    let offset = REQUESTS;
    for (let round = 0; round < ROUNDS; round++) {
      for (const v of VARIANTS) {
        // Warm-up: JIT, pools, prepared plans.
        await runPool(200, CONCURRENCY, async () => send[v]((offset += 1)));
        results[v].push(await runPool(REQUESTS, CONCURRENCY, async () => stored(JSON.parse(await send[v]((offset += 1))))));
      }
      await runPool(200, CONCURRENCY, (i) => insert(pool, ids.agency_id, sp, link.id, answers, i));
      raws.push(await runPool(REQUESTS, CONCURRENCY, (i) => insert(pool, ids.agency_id, sp, link.id, answers, i)));
    }
    await pool.end();

    // The ceiling of the HTTP + GraphQL stack itself: an operation that touches nothing.
    const noop = await runPool(REQUESTS, CONCURRENCY, async () => {
      const json = JSON.parse(await post(url2, '{"query":"{ __typename }"}'));
      if (!json.data) throw new Error(JSON.stringify(json));
    });

    const stats = (r) => ({ perSecond: Math.round(r.perSecond), seconds: +r.seconds.toFixed(2), errors: r.errors.length, clientCpuUsPerCall: Math.round(r.clientCpuUsPerCall) });
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const raw = { perSecond: mean(raws.map((r) => r.perSecond)), seconds: mean(raws.map((r) => r.seconds)), errors: raws.flatMap((r) => r.errors), clientCpuUsPerCall: mean(raws.map((r) => r.clientCpuUsPerCall)) };
    const summary = (rs) => ({
      perSecond: rs.map((r) => Math.round(r.perSecond)),
      ratio: rs.map((r, k) => +(r.perSecond / raws[k].perSecond).toFixed(3)),
      meanRatio: +mean(rs.map((r, k) => r.perSecond / raws[k].perSecond)).toFixed(3),
      errors: rs.reduce((n, r) => n + r.errors.length, 0),
      clientCpuUsPerCall: Math.round(mean(rs.map((r) => r.clientCpuUsPerCall))),
    });
    const variants = Object.fromEntries(VARIANTS.map((v) => [v, summary(results[v])]));
    const api = results[VARIANTS[0]].at(-1);
    console.log(JSON.stringify({ requests: REQUESTS, concurrency: CONCURRENCY, rounds: ROUNDS, queue: QUEUE, client: CLIENT, hold: HOLD, variants, rawInsert: { perSecond: raws.map((r) => Math.round(r.perSecond)) }, api: stats(api), graphqlNoop: stats(noop), ratio: variants[VARIANTS[0]].meanRatio, noopRatio: +(noop.perSecond / raw.perSecond).toFixed(3), loadAverage: os.loadavg().map((l) => +l.toFixed(2)), machine: machine() }, null, 2));
    for (const v of VARIANTS) for (const r of results[v]) if (r.errors.length) console.error(`first ${v} error:`, r.errors[0].message);
  } finally {
    agent.destroy();
    await stop(second);
    await stop(gateway);
    await close();
  }
}

function insert(pool, agencyId, sp, sourceId, a, i) {
  return pool.query(
    `INSERT INTO public_rating (agency_id, service_point_id, channel, source_id, kind, u1, u2, u3, u4, u5, u6, u7, u8, u9, comment, submitted_at)
     VALUES ($1, $2, 'LINK', $3, 'IKM', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now())`,
    [agencyId, sp, sourceId, ...a, `raw ${i}`],
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
