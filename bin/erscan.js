#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli, built to dist/cli and bundled with its dependencies into
// dist/bundle/ by `npm run build` (scripts/bundle.mjs): a few files to load instead of ~400, so a start
// spares Node's module resolution. Without the bundle, or when dist/cli was compiled after it (a bare
// `tsc`), dist/cli is run.
import { statSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ caches compiled code between runs (a faster start); Node 20 has no such cache.
module.enableCompileCache?.();

const mtime = (rel) => {
  try {
    return statSync(new URL(rel, import.meta.url)).mtimeMs;
  } catch {
    return undefined;
  }
};
const bundled = mtime('../dist/bundle/erscan.js');
const entry = bundled !== undefined && bundled >= (mtime('../dist/cli/main.js') ?? 0) ? '../dist/bundle/erscan.js' : '../dist/cli/main.js';

import(entry)
  .then((m) => m.main())
  .catch((e) => {
    if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist')) {
      process.stderr.write('erscan: not built yet: run `npm run build` first\n');
    } else {
      process.stderr.write(`erscan: ${e && e.message ? e.message : e}\n`);
    }
    process.exitCode = 70;
  });
