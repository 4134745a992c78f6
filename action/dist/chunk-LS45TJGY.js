// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/util/objects.js
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

export {
  isObj
};
