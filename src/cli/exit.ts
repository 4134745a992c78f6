/** Exit codes (design.md). */
export const EXIT = {
  /** Ran; nothing at or above --fail-on. */
  OK: 0,
  /** Findings at or above --fail-on. */
  FINDINGS: 1,
  /** Bad usage or bad input. */
  BAD_INPUT: 2,
  /** Ran, but coverage is incomplete and --require-complete was given. */
  INCOMPLETE: 3,
} as const;
