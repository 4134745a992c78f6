// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/util/collate.js
var COLLATOR = new Intl.Collator("en");
var compareText = COLLATOR.compare;
var byNameThenKey = (a, b) => compareText(a.name, b.name) || compareText(a.key, b.key);

export {
  compareText,
  byNameThenKey
};
