// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/util/paths.js
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
function packagePath(...parts) {
  return join(PACKAGE_ROOT, ...parts);
}
function repositoryRootOf(dir, cache = /* @__PURE__ */ new Map()) {
  const seen = [];
  let root;
  for (let d = dir; ; ) {
    if (cache.has(d)) {
      root = cache.get(d);
      break;
    }
    seen.push(d);
    if (existsSync(join(d, ".git"))) {
      root = d;
      break;
    }
    const up = dirname(d);
    if (up === d)
      break;
    d = up;
  }
  for (const d of seen)
    cache.set(d, root);
  return root;
}

export {
  PACKAGE_ROOT,
  packagePath,
  repositoryRootOf
};
