// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/util/collate.js
var COLLATOR = new Intl.Collator("en");
var compareText = COLLATOR.compare;

export {
  compareText
};
