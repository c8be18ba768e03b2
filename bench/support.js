'use strict';
// What every benchmark here needs: its own database, the product built and started as a user runs
// it (NODE_ENV=production, loopback only), an agency with an ADMIN, GraphQL calls, and a clean-up
// that drops the database and this run's Redis keys.
const { fork, execFileSync, spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '..');
const SERVER = 'postgres://postgres@127.0.0.1:5432';
const ADMIN = { nip: '198001012006041001', password: 'Bench12345' };

/** The value after `--name` on the command line, or `def`. */
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
};

/**
 * Builds if needed, creates a database of its own and an agency "Bench" whose ADMIN is `ADMIN`;
 * returns the apps' environment and `close({ keep })`, which drops both again.
 */
async function benchSetup(queue, extraEnv = {}) {
  require(path.join(ROOT, 'scripts/build-if-needed.js')).ensureBuilt();
  const db = `k360_bench_${randomBytes(3).toString('hex')}`;
  const prefix = `{k360bench_${randomBytes(3).toString('hex')}}`;
  const admin = new Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  const env = {
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    HOST: '127.0.0.1',
    PORT: '0',
    WORKER_PORT: '0',
    DATABASE_URL: `${SERVER}/${db}`,
    QUEUE_BACKEND: queue,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    ...(queue === 'redis' ? { REDIS_URL: 'redis://127.0.0.1:6379' } : {}),
    ...extraEnv,
  };
  execFileSync('node', ['scripts/run.js', 'agency:create', '--name', 'Bench', '--admin-nip', ADMIN.nip, '--admin-password', ADMIN.password], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, DATABASE_URL: env.DATABASE_URL, QUEUE_BACKEND: 'postgres', QUEUE_PREFIX: prefix },
    stdio: 'ignore',
  });
  const close = async ({ keep = false } = {}) => {
    if (keep) console.error(`kept ${env.DATABASE_URL}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
    if (queue === 'redis') await dropRedisKeys(prefix);
  };
  return { env, close };
}

/** Forks a built app (gateway or worker); resolves when it reports ready, with its port. */
function start(app, env) {
  return new Promise((resolve, reject) => {
    const proc = fork(path.join(ROOT, `dist/apps/${app}/src/main.js`), [], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    proc.on('message', (m) => m && m.type === 'ready' && resolve({ proc, port: m.port }));
    proc.on('exit', (code) => reject(new Error(`${app} exited with ${code}`)));
  });
}

/** SIGTERM, then SIGKILL after 10 s. */
function stop(app) {
  if (!app || app.proc.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      app.proc.kill('SIGKILL');
      resolve();
    }, 10_000);
    app.proc.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    app.proc.kill('SIGTERM');
  });
}

async function gql(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The ADMIN's access token. */
async function loginAdmin(url) {
  return (await gql(url, `mutation { login(nip: "${ADMIN.nip}", password: "${ADMIN.password}") { accessToken } }`)).login.accessToken;
}

/** Deletes this run's BullMQ keys (and only those: the prefix is random per run). */
async function dropRedisKeys(prefix) {
  const IORedis = require('ioredis');
  const redis = new IORedis({ host: '127.0.0.1', port: 6379, maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** The machine, for the results: cores, CPU model, memory, Node version. */
function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

/** A TCP port free on 127.0.0.1 right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Debian's HAProxy (/usr/sbin/haproxy) in front of gateways on loopback, configured as
 * docker/haproxy.cfg and test/support/haproxy.ts are (round robin, X-Forwarded-For, health checks on
 * /health); resolves with its url, its process and `close()`.
 */
async function startHaproxy(backendPorts) {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k360-bench-haproxy-'));
  const cfg = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(
    cfg,
    [
      'global',
      '  maxconn 4000',
      'defaults',
      '  mode http',
      '  timeout connect 5s',
      '  timeout client 60s',
      '  timeout server 60s',
      '  option forwardfor',
      'frontend web',
      `  bind 127.0.0.1:${port}`,
      '  stats enable',
      '  stats uri /haproxy-stats',
      '  default_backend gateways',
      'backend gateways',
      '  balance roundrobin',
      '  option httpchk GET /health',
      ...backendPorts.map((p, i) => `  server gw${i + 1} 127.0.0.1:${p} check inter 2s`),
      '',
    ].join('\n'),
  );
  const bin = fs.existsSync('/usr/sbin/haproxy') ? '/usr/sbin/haproxy' : 'haproxy';
  const proc = spawn(bin, ['-db', '-f', cfg], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d.toString()));
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`haproxy exited with ${proc.exitCode}: ${stderr}`);
    const up = await new Promise((res) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.destroy();
        res(true);
      });
      s.on('error', () => res(false));
    });
    if (up) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const close = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      const gone = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await gone;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url: `http://127.0.0.1:${port}`, port, proc, close };
}

module.exports = { ROOT, arg, benchSetup, start, stop, gql, loginAdmin, machine, freePort, startHaproxy };
