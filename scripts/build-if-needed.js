'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const stamp = path.join(root, 'dist', '.build-stamp');
const inputs = ['apps', 'libs'];
const webRoot = path.join(root, 'apps', 'web');
const webStamp = path.join(webRoot, 'dist', '.build-stamp');
const extraInputs = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function newestMtime(dir, skipWeb = true) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.name === 'node_modules' || entry.name === 'dist' || (dir !== webRoot && full === webRoot && skipWeb)) continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full, skipWeb));
    else if (/\.(ts|tsx|json|html|css|js)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function sourcesMtime() {
  let newest = 0;
  for (const d of inputs) if (fs.existsSync(path.join(root, d))) newest = Math.max(newest, newestMtime(path.join(root, d)));
  for (const f of extraInputs) if (fs.existsSync(path.join(root, f))) newest = Math.max(newest, fs.statSync(path.join(root, f)).mtimeMs);
  return newest;
}

/** True when dist/ is missing or older than any source file. */
function isStale() {
  if (!fs.existsSync(stamp)) return true;
  return sourcesMtime() > fs.statSync(stamp).mtimeMs;
}

/** The pages (apps/web, React + Vite) build on their own: only when their sources changed. */
function ensureWebBuilt(quiet) {
  const fresh = fs.existsSync(webStamp) && newestMtime(webRoot, false) <= fs.statSync(webStamp).mtimeMs;
  if (fresh) return false;
  if (!quiet) process.stderr.write('Building Kinerja360 pages (Vite)...\n');
  // Always the production bundle: under jest NODE_ENV is "test", and Vite would then ship React's
  // development build (about twice the size) to the pages the tests and page-size measure.
  execFileSync(
    path.join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--config', path.join(webRoot, 'vite.config.mts'), '--logLevel', 'warn'],
    {
      cwd: webRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  fs.writeFileSync(webStamp, new Date().toISOString() + '\n');
  return true;
}

function ensureBuilt({ quiet = false } = {}) {
  ensureWebBuilt(quiet);
  if (!isStale()) return false;
  if (!quiet) process.stderr.write('Building Kinerja360 (TypeScript)...\n');
  // Build beside dist/ and swap it in at the end, so a process starting meanwhile (a second
  // `npm start`, a test run) never sees a half-written or alias-less build.
  const tmp = path.join(root, `.dist-build-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  const bin = (name) => path.join(root, 'node_modules', '.bin', name);
  try {
    execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', tmp], { cwd: root, stdio: 'inherit' });
    execFileSync(bin('tsc-alias'), ['-p', 'tsconfig.build.json', '--outDir', tmp], { cwd: root, stdio: 'inherit' });
    fs.writeFileSync(path.join(tmp, '.build-stamp'), new Date().toISOString() + '\n');
    const old = path.join(root, `.dist-old-${process.pid}`);
    if (fs.existsSync(path.join(root, 'dist'))) fs.renameSync(path.join(root, 'dist'), old);
    fs.renameSync(tmp, path.join(root, 'dist'));
    fs.rmSync(old, { recursive: true, force: true });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return true;
}

module.exports = { ensureBuilt, isStale };

if (require.main === module) ensureBuilt();
