// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/util/paths.js
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
function packagePath(...parts) {
  return join(PACKAGE_ROOT, ...parts);
}

export {
  PACKAGE_ROOT,
  packagePath
};
