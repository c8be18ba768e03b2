#!/usr/bin/env node
// Entry for `npm start`, `npm run demo` and the migration commands: builds the TypeScript when
// the sources are newer than the last build, then hands over to the launcher.
'use strict';
const { ensureBuilt } = require('./build-if-needed');

ensureBuilt();
const { run } = require('../dist/apps/launcher/src/main.js');
run(process.argv[2], process.argv.slice(3));
