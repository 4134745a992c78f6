/**
 * Ages of findings, in whole days, as the reports show them ("open 94 days"). The arithmetic is in
 * src/findings/baseline.ts (`daysBetween`); this is the wording and the ordering.
 */
import type { Finding } from '../findings/model.js';

/** "open 94 days", "open 1 day", "open < 1 day". */
export function openLabel(days: number): string {
  if (days < 1) return 'open < 1 day';
  return `open ${days} day${days === 1 ? '' : 's'}`;
}

/** "94 days", "1 day", "< 1 day": how long a fixed finding was open. */
export function daysLabel(days: number): string {
  if (days < 1) return '< 1 day';
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** True when the findings carry ages (the scan ran with a baseline). */
export function hasAges(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.openDays !== undefined);
}

/** Oldest first; findings without an age last; ties keep their order (the report's severity order). */
export function byAge<T extends Pick<Finding, 'openDays'>>(findings: readonly T[]): T[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (b.f.openDays ?? -1) - (a.f.openDays ?? -1) || a.i - b.i)
    .map((x) => x.f);
}
