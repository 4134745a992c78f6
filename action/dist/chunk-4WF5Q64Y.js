// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/util/waits.js
var MAX_NAMED_WAIT_MS = 3e5;
function refusedWait(named, most) {
  return named !== void 0 && named > most ? `asked to wait ${Math.ceil(named / 1e3)} s, longer than the ${Math.ceil(most / 1e3)} s erscan waits` : void 0;
}

export {
  MAX_NAMED_WAIT_MS,
  refusedWait
};
