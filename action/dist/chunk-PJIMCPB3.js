// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/cli/exit.js
var EXIT = {
  /** Ran; nothing at or above --fail-on. */
  OK: 0,
  /** Findings at or above --fail-on. */
  FINDINGS: 1,
  /** Bad usage or bad input. */
  BAD_INPUT: 2,
  /** Ran, but coverage is incomplete and --require-complete was given. */
  INCOMPLETE: 3
};

export {
  EXIT
};
