#!/usr/bin/env node
// bench/page-size: the gzipped JavaScript and CSS each page loads (the QR page, the kiosk and the
// public IKM page: what a phone downloads on first visit), read from the built HTML.
// `node bench/page-size.js` (builds the pages when needed).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const root = path.resolve(__dirname, '..');
require(path.join(root, 'scripts/build-if-needed.js')).ensureBuilt({ quiet: true });
const dist = path.join(root, 'apps/web/dist');

const result = {};
for (const page of ['rate', 'kiosk', 'ikm']) {
  const html = fs.readFileSync(path.join(dist, `${page}.html`), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const sizes = files.map((f) => {
    const buf = fs.readFileSync(path.join(dist, f));
    return { file: f, bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
  });
  const js = sizes.filter((s) => s.file.endsWith('.js'));
  result[page] = {
    files: sizes,
    jsGzipBytes: js.reduce((a, s) => a + s.gzip, 0),
    totalGzipBytes: sizes.reduce((a, s) => a + s.gzip, 0),
  };
}
console.log(JSON.stringify(result, null, 2));
if (result.rate.jsGzipBytes > 100 * 1024) {
  console.error(`QR page JavaScript is ${result.rate.jsGzipBytes} bytes gzipped: over the 100 KB budget`);
  process.exit(1);
}
