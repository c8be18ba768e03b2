#!/usr/bin/env node
// bench/soak: mixed traffic at a fixed arrival rate through HAProxy in front of two gateways, with
// two workers, on one PostgreSQL and one Redis, for a bounded time; then a reconciliation: every
// acknowledged rating and review is counted exactly once, every closed round is SCORED once.
//
//   npm run soak -- [--minutes 10 | --seconds 60] [--rate 100] [--concurrency 64] [--keep]
//
// Open loop: operations are started at --rate per second in total whatever the answers' latency,
// with at most --concurrency in flight (an operation due while that many are in flight is not sent
// and is counted as `skipped`). The mix (of the operations due):
//   qr_rating     55 %  submitPublicRating through a service point's rating link (IKM 80 %, QUICK 20 %)
//   kiosk_rating  12 %  submitPublicRating with a kiosk's device token (from pairKiosk), QUICK
//   ticket        8 %   issueServiceTicket (ADMIN) then submitPublicRating through the ticket, IKM
//   dashboards    25 %  teamDashboard (camat or a lurah), servicePointSatisfaction and periodRounds (ADMIN)
// plus, at their own pace inside the same rate: every review seat (each round's supervisor and two
// peers) submitted in the first 80 % of the run, and each round closed once its seats are done.
//
// PUBLIC_RATE_LIMIT=0: the citizen limits (per token, per client, the hold of repeats) are off,
// because every rating comes from this one machine; RATE_LIMITED answers would still be counted
// apart from other errors. ACCESS_TOKEN_TTL_SECONDS=86400 so the staff tokens outlive the run.
//
// Output (stdout): JSON lines — {"type":"sample"} every 5 s (RSS of each gateway, worker and
// HAProxy from /proc/<pid>/status, their CPU % over the last 5 s, the 1-minute load average; PostgreSQL connections to the run's database (pg_stat_activity)
// and of the four apps; the apps' Redis connections, and CLIENT LIST's count for the whole server),
// {"type":"window"} every 10 s (p95 per operation in that window), then a summary table, and
// "reconciliation: exact" or the differences. Exit 1 when not exact or when any error other than
// rate limiting occurred. Needs PostgreSQL on 127.0.0.1:5432, Redis on 127.0.0.1:6379 and haproxy;
// all traffic goes to 127.0.0.1; the database and the run's Redis keys are dropped at the end.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const { randomUUID } = require('node:crypto');
const { Client } = require('pg');
const { arg, benchSetup, start, stop, gql, loginAdmin, machine, startHaproxy } = require('./support');

const SECONDS = arg('seconds') ? Number(arg('seconds')) : Number(arg('minutes', 1)) * 60;
const RATE = Number(arg('rate', 100));
const CONCURRENCY = Number(arg('concurrency', 64));
const KEEP = process.argv.includes('--keep');
const SETTLE_MS = 180_000;
const SAMPLE_MS = 5_000;
const WINDOW_MS = 10_000;
const STAFF = 35;
const SERVICE_POINTS = 6;
const KELURAHAN = ['Sukamiskin', 'Cisaranten Kulon', 'Cisaranten Bina Harapan', 'Sindangjaya'];
const VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];
const PASSWORD = 'Sandi12345';
const RATE_LIMIT_CODES = new Set(['RATE_LIMITED']);
if (!(SECONDS > 0) || !(RATE > 0) || !(CONCURRENCY > 0)) throw new Error('--minutes/--seconds, --rate and --concurrency must be positive');

/** Valid, distinct NIPs (birth date, TMT CPNS, sex, serial), from a random start. */
let nipCounter = Math.floor(Math.random() * 50_000_000);
function nip() {
  const n = nipCounter++;
  const serial = (n % 999) + 1;
  const rest = Math.floor(n / 999);
  const day = Math.floor(rest / 2) % 9000;
  const birth = new Date(Date.UTC(1965, 0, 1) + day * 86_400_000);
  const pad = (v, w) => String(v).padStart(w, '0');
  return `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}${birth.getUTCFullYear() + 22}${pad((day % 12) + 1, 2)}${(rest % 2) + 1}${pad(serial, 3)}`;
}

/** The current calendar quarter in WIB, so ratings submitted now fall in it. */
function currentQuarter() {
  const today = new Date(Date.now() + 7 * 3600_000);
  const q = Math.floor(today.getUTCMonth() / 3);
  const end = new Date(Date.UTC(today.getUTCFullYear(), q * 3 + 3, 0));
  return { startsOn: `${today.getUTCFullYear()}-${String(q * 3 + 1).padStart(2, '0')}-01`, endsOn: end.toISOString().slice(0, 10) };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY + 8 });

/** One GraphQL call over keep-alive HTTP; resolves with { data } or { code } (never rejects). */
function call(url, query, variables, token) {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve) => {
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          try {
            const json = JSON.parse(text);
            if (json.errors?.length) resolve({ code: json.errors[0].extensions?.code ?? 'GRAPHQL_ERROR', message: json.errors[0].message });
            else if (res.statusCode !== 200) resolve({ code: `HTTP_${res.statusCode}` });
            else resolve({ data: json.data });
          } catch {
            resolve({ code: `HTTP_${res.statusCode}`, message: text.slice(0, 200) });
          }
        });
        res.on('error', (e) => resolve({ code: 'NETWORK', message: e.message }));
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ code: e.message === 'timeout' ? 'TIMEOUT' : 'NETWORK', message: e.message }));
    req.end(body);
  });
}

const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : null);
const ms = (v) => (v === null ? '—' : v.toFixed(1));

/** The whole organisation, through the API (the balancer). */
async function seed(url) {
  const admin = await loginAdmin(url);
  const q = (query, variables, token = admin) => gql(url, query, variables, token);
  const [root] = (await q(`{ units { id } }`, {})).units;
  const unit = async (name, kind, parentId) => (await q(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: { name, kind, parentId } })).createUnit.id;
  const person = async (name, position, unitId, supervisorId, roles) => {
    const n = nip();
    const { id } = (
      await q(`mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }`, {
        i: { nip: n, name, position, unitId, supervisorId, roles, password: PASSWORD },
      })
    ).createEmployee;
    const token = (await gql(url, `mutation($n: String!, $p: String!) { login(nip: $n, password: $p) { accessToken } }`, { n, p: PASSWORD })).login.accessToken;
    return { id, token, unitId };
  };
  const kecamatan = await unit('Kecamatan Arcamanik', 'KECAMATAN', root.id);
  const kel = [];
  for (const k of KELURAHAN) kel.push(await unit(`Kelurahan ${k}`, 'KELURAHAN', kecamatan));
  const camat = await person('Camat Arcamanik', 'Camat', kecamatan, null, ['SUPERVISOR', 'EMPLOYEE']);
  const lurah = [];
  for (let k = 0; k < kel.length; k++) lurah.push(await person(`Lurah ${KELURAHAN[k]}`, 'Lurah', kel[k], camat.id, ['SUPERVISOR', 'EMPLOYEE']));
  const staff = [];
  for (let i = 0; i < STAFF; i++) {
    const k = i % kel.length;
    staff.push({ ...(await person(`Staf ${KELURAHAN[k]} ${i + 1}`, 'Pengadministrasi Umum', kel[k], lurah[k].id, ['EMPLOYEE'])), k, supervisor: lurah[k] });
  }
  const sps = [];
  for (let s = 0; s < SERVICE_POINTS; s++) {
    const k = s % kel.length;
    const id = (await q(`mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`, { i: { name: `Loket ${s + 1} ${KELURAHAN[k]}`, unitId: kel[k] } }))
      .createServicePoint.id;
    const officers = staff.filter((p) => p.k === k);
    for (const o of officers) await q(`mutation($i: ServicePointStaffInput!) { assignServicePointStaff(input: $i) { id } }`, { i: { servicePointId: id, employeeId: o.id } });
    const link = (await q(`mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { token } }`, { i: { servicePointId: id } })).createRatingLink.token;
    const kiosk = (await q(`mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { id } }`, { i: { servicePointId: id, name: `Kios ${s + 1}` } })).registerKiosk.id;
    const { code } = (await q(`mutation($k: ID!) { createKioskPairingCode(kioskId: $k) { code } }`, { k: kiosk })).createKioskPairingCode;
    const device = (await gql(url, `mutation($c: String!) { pairKiosk(code: $c) { deviceToken } }`, { c: code })).pairKiosk.deviceToken;
    sps.push({ id, link, device, officers: officers.map((o) => o.id) });
  }
  const periodId = (await q(`mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id } }`, { i: { name: 'Triwulan soak', kind: 'QUARTERLY', ...currentQuarter() } })).createPeriod.id;
  // A round for each lurah and staff member, opened by their supervisor; two peers from the same
  // kelurahan (the other lurah for a lurah) assigned to each. Seats: supervisor first, then peers.
  const rounds = [];
  const people = [...lurah.map((l, k) => ({ ...l, k, supervisor: camat, peers: lurah.filter((_, j) => j !== k) })), ...staff];
  for (const p of people) {
    const roundId = (await q(`mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`, { i: { employeeId: p.id, periodId } }, p.supervisor.token)).openRound.id;
    const pool = p.peers ?? staff.filter((o) => o.k === p.k && o.id !== p.id);
    const start = rounds.length % Math.max(1, pool.length);
    const peers = [pool[start % pool.length], pool[(start + 1) % pool.length]];
    for (const r of peers)
      await q(`mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id } }`, { i: { roundId, reviewerId: r.id, relation: 'PEER' } }, p.supervisor.token);
    rounds.push({ id: roundId, supervisorToken: p.supervisor.token, seats: [{ token: p.supervisor.token, supervisor: true }, ...peers.map((r) => ({ token: r.token, supervisor: false }))] });
  }
  return { admin, camat, lurah, sps, periodId, rounds };
}

async function main() {
  const { env, close } = await benchSetup('redis', { PUBLIC_RATE_LIMIT: '0', ACCESS_TOKEN_TTL_SECONDS: '86400' });
  const database = env.DATABASE_URL.split('/').pop();
  const apps = [];
  let balancer;
  const db = new Client({ connectionString: env.DATABASE_URL, application_name: 'k360-soak-observer' });
  const IORedis = require('ioredis');
  const redis = new IORedis({ host: '127.0.0.1', port: 6379, maxRetriesPerRequest: 1, lazyConnect: true });
  let exact = false;
  let otherErrors = 0;
  try {
    const gw1 = await start('gateway', env);
    apps.push(['gateway1', gw1]);
    const gw2 = await start('gateway', env);
    apps.push(['gateway2', gw2]);
    apps.push(['worker1', await start('worker', env)]);
    apps.push(['worker2', await start('worker', env)]);
    balancer = await startHaproxy([gw1.port, gw2.port]);
    await db.connect();
    await redis.connect();
    const url = balancer.url;
    const seeded = Date.now();
    const org = await seed(url);
    console.error(`seeded in ${((Date.now() - seeded) / 1000).toFixed(1)} s: ${org.sps.length} service points, ${org.rounds.length} rounds, ${org.rounds.length * 3} review seats`);

    // ---- what was acknowledged -------------------------------------------------------------------
    const acked = { ikm: org.sps.map(() => 0), quick: org.sps.map(() => 0) };
    const reviewsAcked = new Map(org.rounds.map((r) => [r.id, 0]));
    const closedRounds = [];
    const lat = new Map(); // op -> all latencies (ms)
    const windows = new Map(); // op -> latencies of the current 10-s window
    const errors = new Map(); // `${op} ${code}` -> count
    let rateLimited = 0;
    const firstError = new Map();
    const record = (op, t0, res) => {
      const d = Number(process.hrtime.bigint() - t0) / 1e6;
      if (!lat.has(op)) lat.set(op, []);
      lat.get(op).push(d);
      if (!windows.has(op)) windows.set(op, []);
      windows.get(op).push(d);
      if (res.code) {
        const k = `${op} ${res.code}`;
        errors.set(k, (errors.get(k) ?? 0) + 1);
        if (RATE_LIMIT_CODES.has(res.code)) rateLimited++;
        else {
          otherErrors++;
          if (!firstError.has(k)) firstError.set(k, res.message);
        }
      }
      return res;
    };
    const timed = async (op, query, variables, token) => {
      const t0 = process.hrtime.bigint();
      return record(op, t0, await call(url, query, variables, token));
    };
    const SUBMIT = `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } }`;
    const answers = () => Array.from({ length: 9 }, () => 1 + Math.floor(Math.random() * 4));
    const rate = async (op, s, input) => {
      const res = await timed(op, SUBMIT, { i: { idempotencyKey: randomUUID(), ...input } });
      if (res.data?.submitPublicRating.accepted && !res.data.submitPublicRating.duplicate) acked[input.kind === 'IKM' ? 'ikm' : 'quick'][s]++;
    };
    const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];

    const ops = {
      qr_rating: async () => {
        const s = Math.floor(Math.random() * org.sps.length);
        if (Math.random() < 0.8) await rate('qr_rating', s, { token: org.sps[s].link, kind: 'IKM', answers: answers(), comment: 'soak' });
        else await rate('qr_rating', s, { token: org.sps[s].link, kind: 'QUICK', score: 1 + Math.floor(Math.random() * 4) });
      },
      kiosk_rating: async () => {
        const s = Math.floor(Math.random() * org.sps.length);
        await rate('kiosk_rating', s, { token: org.sps[s].device, kind: 'QUICK', score: 1 + Math.floor(Math.random() * 4), employeeId: pick(org.sps[s].officers) });
      },
      ticket: async () => {
        const s = Math.floor(Math.random() * org.sps.length);
        const res = await timed('ticket_issue', `mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { token } }`, { i: { servicePointId: org.sps[s].id, employeeId: pick(org.sps[s].officers) } }, org.admin);
        if (res.data) await rate('ticket_rating', s, { token: res.data.issueServiceTicket.token, kind: 'IKM', answers: answers() });
      },
      dashboard: async () => {
        const r = Math.random();
        if (r < 0.4) {
          const who = Math.random() < 0.5 ? org.camat.token : pick(org.lurah).token;
          await timed('dash_teamDashboard', `query($p: ID!) { teamDashboard(periodId: $p, page: { first: 50 }) { totals { people open closed } rows { totalCount nodes { employeeName predikat } } } }`, { p: org.periodId }, who);
        } else if (r < 0.7) {
          await timed('dash_servicePointSatisfaction', `query($s: ID!, $p: ID!) { servicePointSatisfaction(servicePointId: $s, periodId: $p) { respondents ikm ikmConverted mutu quickCount elements { code nrr } } }`, { s: pick(org.sps).id, p: org.periodId }, org.admin);
        } else {
          await timed('dash_periodRounds', `query($p: ID!) { periodRounds(periodId: $p, page: { first: 50 }) { totalCount nodes { id status employee { name } } } }`, { p: org.periodId }, org.admin);
        }
      },
    };
    const MIX = [
      ['qr_rating', 0.55],
      ['kiosk_rating', 0.12],
      ['ticket', 0.08],
      ['dashboard', 0.25],
    ];
    const chooseMix = () => {
      let r = Math.random();
      for (const [op, w] of MIX) if ((r -= w) < 0) return op;
      return 'dashboard';
    };

    // Review seats in round order, due evenly over the first 80 % of the run; a round is closable
    // once all its seats were tried and its supervisor's review was acknowledged.
    const seats = org.rounds.flatMap((r) => r.seats.map((s, i) => ({ round: r, ...s, last: i === r.seats.length - 1 })));
    let seatsStarted = 0;
    const closable = [];
    const seatsLeft = new Map(org.rounds.map((r) => [r.id, r.seats.length]));
    const supervisorDone = new Set();
    const review = async (seat) => {
      const res = await timed(
        seat.supervisor ? 'review_supervisor' : 'review_peer',
        `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
        {
          i: {
            roundId: seat.round.id,
            scores: VALUES.map((value) => ({ value, score: 2 + Math.floor(Math.random() * 4) })),
            strengths: 'Ramah dan cepat melayani.',
            improvements: 'Arsip perlu dirapikan.',
          },
        },
        seat.token,
      );
      if (res.data) {
        reviewsAcked.set(seat.round.id, reviewsAcked.get(seat.round.id) + 1);
        if (seat.supervisor) supervisorDone.add(seat.round.id);
      }
      seatsLeft.set(seat.round.id, seatsLeft.get(seat.round.id) - 1);
      if (seatsLeft.get(seat.round.id) === 0 && supervisorDone.has(seat.round.id)) closable.push(seat.round);
    };
    const closeRound = async (round) => {
      const res = await timed('close_round', `mutation($i: CloseRoundInput!) { closeRound(input: $i) { id status } }`, { i: { roundId: round.id, hasilKerjaRating: pick(['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI']) } }, round.supervisorToken);
      if (res.data) closedRounds.push(round.id);
    };

    // ---- samples: RSS and connections every 5 s; p95 per operation every 10 s ---------------------
    const pids = [...apps.map(([name, a]) => [name, a.proc.pid]), ['haproxy', balancer.proc.pid]];
    const rssMb = (pid) => {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
        return m ? +(Number(m[1]) / 1024).toFixed(1) : null;
      } catch {
        return null;
      }
    };
    /** TCP connections of our own processes to a loopback port (Redis is shared by other programs). */
    const connectionsTo = (port) => {
      const inodes = new Set();
      for (const [, pid] of pids.slice(0, 4)) {
        let fds = [];
        try {
          fds = fs.readdirSync(`/proc/${pid}/fd`);
        } catch {
          /* gone */
        }
        for (const fd of fds) {
          try {
            const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
            if (m) inodes.add(m[1]);
          } catch {
            /* closed meanwhile */
          }
        }
      }
      const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
      let n = 0;
      for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
        for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
          const f = line.trim().split(/\s+/);
          if (f.length > 9 && f[2].endsWith(hex) && f[3] === '01' && inodes.has(f[9])) n++;
        }
      }
      return n;
    };
    /** CPU seconds (user + system) a process has used, from /proc/<pid>/stat. */
    const ticks = (pid) => {
      try {
        const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(f[11]) + Number(f[12])) / 100;
      } catch {
        return null;
      }
    };
    let lastCpu = { at: Date.now(), cpu: Object.fromEntries(pids.map(([n, pid]) => [n, ticks(pid)])) };
    const t0 = Date.now();
    const samples = [];
    const sample = async () => {
      const pg = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [database]);
      const list = String(await redis.client('LIST')).split('\n').filter(Boolean);
      const now = { at: Date.now(), cpu: Object.fromEntries(pids.map(([n, pid]) => [n, ticks(pid)])) };
      const cpuPct = Object.fromEntries(pids.map(([n]) => [n, Math.round(((now.cpu[n] - lastCpu.cpu[n]) / ((now.at - lastCpu.at) / 1000)) * 100)]));
      lastCpu = now;
      const s = {
        type: 'sample',
        t: Math.round((Date.now() - t0) / 1000),
        rssMb: Object.fromEntries(pids.map(([n, pid]) => [n, rssMb(pid)])),
        cpuPct,
        loadAverage1m: +os.loadavg()[0].toFixed(2),
        pgConnections: pg.rows[0].n,
        pgConnectionsOfApps: connectionsTo(5432),
        redisClients: connectionsTo(6379),
        redisClientsServerWide: list.length,
        inFlight,
        done: [...lat.values()].reduce((a, x) => a + x.length, 0),
      };
      samples.push(s);
      console.log(JSON.stringify(s));
    };
    const windowRows = [];
    const flushWindow = () => {
      const row = { type: 'window', t: Math.round((Date.now() - t0) / 1000), p95: {}, n: {} };
      for (const [op, xs] of windows) {
        const sorted = xs.sort((a, b) => a - b);
        row.p95[op] = +quantile(sorted, 0.95).toFixed(1);
        row.n[op] = xs.length;
      }
      windows.clear();
      windowRows.push(row);
      console.log(JSON.stringify(row));
    };

    // ---- the open loop --------------------------------------------------------------------------
    let inFlight = 0;
    let issued = 0;
    let skipped = 0;
    const pending = new Set();
    const launch = (fn) => {
      inFlight++;
      const p = fn().finally(() => {
        inFlight--;
        pending.delete(p);
      });
      pending.add(p);
    };
    await sample();
    const sampler = setInterval(() => void sample().catch((e) => console.error('sample failed', e.message)), SAMPLE_MS);
    const windower = setInterval(flushWindow, WINDOW_MS);
    const endAt = t0 + SECONDS * 1000;
    await new Promise((resolve) => {
      const tick = setInterval(() => {
        const now = Date.now();
        if (now >= endAt) {
          clearInterval(tick);
          resolve();
          return;
        }
        const due = Math.floor(((now - t0) / 1000) * RATE) - issued;
        const elapsed = (now - t0) / (SECONDS * 1000);
        for (let i = 0; i < due; i++) {
          issued++;
          if (inFlight >= CONCURRENCY) {
            skipped++;
            continue;
          }
          if (closable.length) {
            const round = closable.shift();
            launch(() => closeRound(round));
          } else if (seatsStarted < seats.length && seatsStarted < Math.floor((elapsed / 0.8) * seats.length)) {
            const seat = seats[seatsStarted++];
            launch(() => review(seat));
          } else {
            launch(ops[chooseMix()]);
          }
        }
      }, 5);
    });
    const trafficSeconds = (Date.now() - t0) / 1000;
    await Promise.all([...pending]);
    // Rounds whose seats finished at the very end are closed now (they are part of the traffic).
    while (closable.length) await closeRound(closable.shift());
    clearInterval(windower);
    flushWindow();

    // ---- summary ------------------------------------------------------------------------------
    const summary = [...lat.entries()].sort().map(([op, xs]) => {
      const sorted = xs.slice().sort((a, b) => a - b);
      return { op, n: xs.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99), max: sorted.at(-1) };
    });
    console.log(`\nsoak: ${SECONDS} s at ${RATE} ops/s (concurrency ${CONCURRENCY}), ${issued} due, ${issued - skipped} sent, ${skipped} skipped (concurrency bound); traffic ${trafficSeconds.toFixed(1)} s`);
    console.log(`machine: ${machine()}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log('operation                         n     p50 ms   p95 ms   p99 ms   max ms');
    for (const r of summary) console.log(`${r.op.padEnd(30)} ${String(r.n).padStart(6)} ${ms(r.p50).padStart(9)} ${ms(r.p95).padStart(8)} ${ms(r.p99).padStart(8)} ${ms(r.max).padStart(8)}`);
    const ratings = summary.filter((r) => /rating$/.test(r.op)).flatMap((r) => lat.get(r.op)).sort((a, b) => a - b);
    console.log(`all ratings: n ${ratings.length}, p50 ${ms(quantile(ratings, 0.5))} ms, p95 ${ms(quantile(ratings, 0.95))} ms, p99 ${ms(quantile(ratings, 0.99))} ms`);
    console.log(`errors: ${errors.size ? [...errors.entries()].map(([k, n]) => `${k}: ${n}`).join(', ') : 'none'} (rate limited: ${rateLimited}, other: ${otherErrors})`);
    for (const [k, m] of firstError) console.log(`  first ${k}: ${m}`);
    const first = samples[0];
    const last = samples.at(-1);
    console.log(`RSS MB start → end: ${Object.keys(first.rssMb).map((n) => `${n} ${first.rssMb[n]} → ${last.rssMb[n]}`).join(', ')}`);
    console.log(`connections start → end: PostgreSQL ${first.pgConnections} → ${last.pgConnections} (apps' own ${first.pgConnectionsOfApps} → ${last.pgConnectionsOfApps}), Redis (apps' own) ${first.redisClients} → ${last.redisClients}`);

    // ---- reconciliation -------------------------------------------------------------------------
    clearInterval(sampler);
    const check = async () => {
      const diffs = [];
      const { rows: aggs } = await db.query(`SELECT service_point_id, respondents, quick_count FROM satisfaction_aggregate WHERE period_id = $1`, [org.periodId]);
      const { rows: stored } = await db.query(
        `SELECT service_point_id, count(*) FILTER (WHERE kind = 'IKM')::int AS ikm, count(*) FILTER (WHERE kind = 'QUICK')::int AS quick FROM public_rating GROUP BY 1`,
      );
      for (let s = 0; s < org.sps.length; s++) {
        const id = org.sps[s].id;
        const a = aggs.find((r) => r.service_point_id === id) ?? { respondents: 0, quick_count: 0 };
        const st = stored.find((r) => r.service_point_id === id) ?? { ikm: 0, quick: 0 };
        if (st.ikm !== acked.ikm[s] || st.quick !== acked.quick[s]) diffs.push(`service point ${s + 1}: stored IKM ${st.ikm} QUICK ${st.quick}, acknowledged ${acked.ikm[s]} / ${acked.quick[s]}`);
        if (a.respondents !== acked.ikm[s] || a.quick_count !== acked.quick[s])
          diffs.push(`service point ${s + 1}: aggregate respondents ${a.respondents} quick ${a.quick_count}, acknowledged IKM ${acked.ikm[s]} QUICK ${acked.quick[s]}`);
      }
      const { rows: reviews } = await db.query(
        `SELECT round_id, count(*)::int AS n, count(DISTINCT reviewer_id)::int AS reviewers FROM review WHERE round_id = ANY($1::uuid[]) GROUP BY 1`,
        [org.rounds.map((r) => r.id)],
      );
      for (const r of org.rounds) {
        const got = reviews.find((x) => x.round_id === r.id) ?? { n: 0, reviewers: 0 };
        if (got.n !== reviewsAcked.get(r.id) || got.reviewers !== got.n) diffs.push(`round ${r.id}: ${got.n} reviews (${got.reviewers} reviewers), acknowledged ${reviewsAcked.get(r.id)}`);
      }
      const { rows: scored } = await db.query(
        `SELECT r.id, r.status, (SELECT count(*)::int FROM round_result rr WHERE rr.round_id = r.id) AS results FROM evaluation_round r WHERE r.id = ANY($1::uuid[])`,
        [closedRounds],
      );
      for (const id of closedRounds) {
        const r = scored.find((x) => x.id === id);
        if (!r || r.status !== 'SCORED' || r.results !== 1) diffs.push(`round ${id}: closed, now ${r?.status} with ${r?.results} results`);
      }
      return diffs;
    };
    const settleStarted = Date.now();
    let diffs = await check();
    while (diffs.length && Date.now() - settleStarted < SETTLE_MS) {
      await new Promise((r) => setTimeout(r, 500));
      diffs = await check();
    }
    // The API tells the same: servicePointSatisfaction through the balancer, per service point.
    if (!diffs.length) {
      for (let s = 0; s < org.sps.length; s++) {
        const res = await call(url, `query($s: ID!, $p: ID!) { servicePointSatisfaction(servicePointId: $s, periodId: $p) { respondents quickCount } }`, { s: org.sps[s].id, p: org.periodId }, org.admin);
        const got = res.data?.servicePointSatisfaction;
        if (!got || got.respondents !== acked.ikm[s] || got.quickCount !== acked.quick[s])
          diffs.push(`service point ${s + 1}: API says ${JSON.stringify(got ?? res.code)}, acknowledged IKM ${acked.ikm[s]} QUICK ${acked.quick[s]}`);
      }
    }
    await sample();
    const totalIkm = acked.ikm.reduce((a, b) => a + b, 0);
    const totalQuick = acked.quick.reduce((a, b) => a + b, 0);
    const totalReviews = [...reviewsAcked.values()].reduce((a, b) => a + b, 0);
    console.log(
      `acknowledged: ${totalIkm} IKM and ${totalQuick} QUICK ratings, ${totalReviews} reviews, ${closedRounds.length} rounds closed; settled in ${((Date.now() - settleStarted) / 1000).toFixed(1)} s`,
    );
    exact = diffs.length === 0;
    if (exact) console.log('reconciliation: exact');
    else {
      console.log(`reconciliation: ${diffs.length} differences`);
      for (const d of diffs.slice(0, 50)) console.log(`  ${d}`);
    }
    console.log(JSON.stringify({ type: 'summary', seconds: SECONDS, rate: RATE, concurrency: CONCURRENCY, issued, skipped, operations: summary, errors: Object.fromEntries(errors), rateLimited, otherErrors, acknowledged: { ikm: totalIkm, quick: totalQuick, reviews: totalReviews, closedRounds: closedRounds.length }, exact, machine: machine() }));
  } finally {
    agent.destroy();
    redis.disconnect();
    await db.end().catch(() => {});
    await balancer?.close();
    for (const [, a] of apps.reverse()) await stop(a);
    await close({ keep: KEEP });
  }
  if (!exact || otherErrors > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
