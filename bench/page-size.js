#!/usr/bin/env node
// bench/page-size: the gzipped JavaScript and CSS each page loads, read from Vite's manifest
// (apps/web/dist/.vite/manifest.json, `build.manifest: true`).
//  - every entry (rate, kiosk, ikm, staff): its own chunk and every chunk it imports statically,
//    what a phone downloads on first visit;
//  - every route chunk of the staff app (each lazy page, `import()` from src/staff): its own JS
//    and CSS, the chunks it imports, and what it adds over the staff entry (what following the
//    link downloads).
// Fails when the QR (rate) or kiosk page's gzipped JavaScript exceeds 100 KB.
// `node bench/page-size.js [--json]` (builds the pages when needed).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const root = path.resolve(__dirname, '..');
require(path.join(root, 'scripts/build-if-needed.js')).ensureBuilt({ quiet: true });
const dist = path.join(root, 'apps/web/dist');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const BUDGET = 100 * 1024;
const BUDGETED = ['rate', 'kiosk'];

const gzipCache = new Map();
function gzip(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length);
  return gzipCache.get(file);
}

/** The manifest keys a chunk loads before it runs: itself and its static imports, recursively. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}

/** The files of some chunks (JS and their CSS), gzipped. */
function measure(keys) {
  const js = new Set();
  const css = new Set();
  for (const key of keys) {
    js.add(manifest[key].file);
    for (const c of manifest[key].css ?? []) css.add(c);
  }
  const jsGzip = [...js].reduce((a, f) => a + gzip(f), 0);
  const cssGzip = [...css].reduce((a, f) => a + gzip(f), 0);
  return { files: [...js, ...css], jsGzipBytes: jsGzip, cssGzipBytes: cssGzip, totalGzipBytes: jsGzip + cssGzip };
}

const entries = {};
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry) continue;
  entries[path.basename(key, '.html')] = { key, ...measure(closure(key)) };
}

// The staff app's route chunks: the dynamic imports reachable from the staff entry.
const staffKey = entries.staff.key;
const staffLoaded = closure(staffKey);
const routes = {};
const queue = [...staffLoaded];
const visited = new Set(queue);
while (queue.length) {
  const key = queue.shift();
  for (const dyn of manifest[key].dynamicImports ?? []) {
    if (visited.has(dyn)) continue;
    visited.add(dyn);
    queue.push(dyn);
    const all = closure(dyn);
    const added = [...all].filter((k) => !staffLoaded.has(k));
    routes[dyn.replace(/^src\/staff\//, '')] = {
      own: measure([dyn]),
      imports: [...all].filter((k) => k !== dyn).map((k) => manifest[k].file),
      withImports: measure(all),
      overStaffEntry: measure(added),
    };
  }
}

const result = { entries, staffRoutes: routes };
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log('entry | JS gzip | JS+CSS gzip | files');
  for (const [name, e] of Object.entries(entries))
    console.log(`${name} | ${e.jsGzipBytes} B (${kb(e.jsGzipBytes)}) | ${e.totalGzipBytes} B | ${e.files.length}`);
  console.log('\nstaff route chunk | own JS+CSS gzip | with its imports | added over the staff entry | imports');
  for (const [name, r] of Object.entries(routes))
    console.log(
      `${name} | ${r.own.totalGzipBytes} B | ${r.withImports.totalGzipBytes} B | ${r.overStaffEntry.totalGzipBytes} B | ${r.imports.length}`,
    );
}
let failed = false;
for (const page of BUDGETED) {
  if (!entries[page]) {
    console.error(`no ${page} entry in the manifest`);
    failed = true;
  } else if (entries[page].jsGzipBytes > BUDGET) {
    console.error(`${page} page JavaScript is ${entries[page].jsGzipBytes} bytes gzipped: over the 100 KB budget`);
    failed = true;
  }
}
if (!Object.keys(routes).length) {
  console.error('no staff route chunks found (lazy pages) in the manifest');
  failed = true;
}
if (failed) process.exit(1);
