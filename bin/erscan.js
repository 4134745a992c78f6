#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli (built to dist/cli).
import module from 'node:module';

// Node 22.1+ caches compiled code between runs (a faster start); Node 20 has no such cache.
module.enableCompileCache?.();

import('../dist/cli/main.js')
  .then((m) => m.main())
  .catch((e) => {
    if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist')) {
      process.stderr.write('erscan: not built yet: run `npm run build` first\n');
    } else {
      process.stderr.write(`erscan: ${e && e.message ? e.message : e}\n`);
    }
    process.exitCode = 70;
  });
