/**
 * `s.toLowerCase()`, remembered by spelling, for short values that every row of an estate repeats in
 * a string of its own (ARM types such as `microsoft.network/expressroutecircuits`): `toLowerCase`
 * makes a new string each time even when nothing changes; a lookup by the spelling makes none. A
 * pure function of its text (nothing can go stale); the table is bounded, longer texts are not kept.
 */
const lowered = new Map<string, string>();

export function lowerCased(s: string): string {
  let l = lowered.get(s);
  if (l === undefined) {
    l = s.toLowerCase();
    if (s.length <= 200 && lowered.size < 1_000) lowered.set(s, l);
  }
  return l;
}
