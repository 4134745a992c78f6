// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/findings/model.js
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var CATEGORIES = ["redundancy", "sku", "bgp", "encryption", "cost", "hygiene"];
function severityRank(s) {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}
function atOrAbove(s, threshold) {
  return threshold !== "none" && severityRank(s) >= severityRank(threshold);
}

export {
  SEVERITIES,
  CATEGORIES,
  severityRank,
  atOrAbove
};
