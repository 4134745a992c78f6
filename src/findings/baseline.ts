import { InputError, describeValue } from '../util/errors.js';
import { parseJson, readText } from '../util/json.js';
import { schemaValidator, validateOrThrow } from '../util/schema.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { SEVERITIES, type Finding } from './model.js';

/** A day in milliseconds (ages are whole days). */
const DAY_MS = 86_400_000;

/**
 * A date-time as the schemas state it (`format: date-time`, RFC 3339 section 5.6): ajv-formats' own check, the one
 * the schemas are validated with (a date that exists, hours 00-23, seconds, 60 only for a leap second at 23:59 UTC, a
 * zone). Date.parse alone took 2026-02-30 (as 2 March), hour 24 and times without seconds, which the schemas refuse.
 */
const rfc3339DateTime = fullFormats['date-time'] as { validate: (v: string) => boolean };

/** True when `v` is a date-time as the schemas state it (RFC 3339) that names an instant JavaScript can hold. */
export function isIsoDateTime(v: unknown): v is string {
  return typeof v === 'string' && rfc3339DateTime.validate(v) && !Number.isNaN(Date.parse(v));
}

/** Whole days from `from` to `to` (ISO-8601 date-times); never negative. */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS));
}

/**
 * Reads an earlier JSON report (schemaVersion 1) and returns its findings, each with `firstSeen`
 * resolved (the finding's own `firstSeen`, else the report's `generatedAt`) and `lastSeen` set to
 * the report's `generatedAt`, so a scan against it can carry the age of every finding forward.
 */
export function loadBaseline(file: string): Finding[] {
  const doc = parseJson(file, readText(file)).value as Record<string, unknown>;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new InputError(file, '$', 'an erscan JSON report', describeValue(doc));
  if (doc.schemaVersion !== 1) {
    // The most likely mix-up in a pipeline: pointing --baseline at the SARIF file of the last run.
    const sarif = typeof doc.$schema === 'string' && /sarif/i.test(doc.$schema) ? ' (this is a SARIF file: use the report.json of the earlier run)' : '';
    // A report a newer erscan wrote is no damaged file: said as what it is, and what to do.
    if (Number.isInteger(doc.schemaVersion) && (doc.schemaVersion as number) > 1) throw new InputError(file, '$.schemaVersion', 'an erscan JSON report with schemaVersion 1 (the one this erscan reads)', `version ${String(doc.schemaVersion)}, which a newer erscan wrote: upgrade erscan to read it`);
    throw new InputError(file, '$.schemaVersion', `an erscan JSON report with schemaVersion 1${sarif}`, describeValue(doc.schemaVersion));
  }
  if (!isIsoDateTime(doc.generatedAt)) throw new InputError(file, '$.generatedAt', 'the time of the report (an ISO-8601 date-time)', describeValue(doc.generatedAt));
  const generatedAt = doc.generatedAt;
  if (!Array.isArray(doc.findings)) throw new InputError(file, '$.findings', 'an array of findings', describeValue(doc.findings));
  // The baseline's own not-evaluated findings (its scan could not look at them again) are still open
  // as far as anyone knows: carried on, so a gap week does not make them new the week after.
  if (doc.notEvaluated !== undefined && !Array.isArray(doc.notEvaluated)) throw new InputError(file, '$.notEvaluated', 'an array of findings', describeValue(doc.notEvaluated));
  const read = (list: unknown[], at: string, carried: boolean) => list.map((f, i) => {
    const o = f as Record<string, unknown>;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new InputError(file, `${at}[${i}]`, 'a finding object', describeValue(o));
    for (const key of ['fingerprint', 'ruleId', 'resourceId'] as const) {
      if (typeof o[key] !== 'string' || o[key] === '') throw new InputError(file, `${at}[${i}].${key}`, `a ${key} string`, describeValue(o[key]));
    }
    // a fixed finding is written back as it was: what the report schema would refuse is refused here
    if (!(SEVERITIES as readonly unknown[]).includes(o.severity)) throw new InputError(file, `${at}[${i}].severity`, `one of ${SEVERITIES.join(', ')}`, describeValue(o.severity));
    for (const key of ['ruleName', 'category', 'resourceType', 'message'] as const) {
      if (typeof o[key] !== 'string') throw new InputError(file, `${at}[${i}].${key}`, `a ${key} string`, describeValue(o[key]));
    }
    if (o.firstSeen !== undefined && !isIsoDateTime(o.firstSeen)) throw new InputError(file, `${at}[${i}].firstSeen`, 'an ISO-8601 date-time', describeValue(o.firstSeen));
    // A firstSeen after the report itself cannot be right: the report saw the finding then.
    const firstSeen = typeof o.firstSeen === 'string' && Date.parse(o.firstSeen) < Date.parse(generatedAt) ? o.firstSeen : generatedAt;
    if (carried && o.lastSeen !== undefined && !isIsoDateTime(o.lastSeen)) throw new InputError(file, `${at}[${i}].lastSeen`, 'an ISO-8601 date-time', describeValue(o.lastSeen));
    // a carried finding was last seen open by an earlier report, not by this one
    const lastSeen = carried && typeof o.lastSeen === 'string' && Date.parse(o.lastSeen) <= Date.parse(generatedAt) ? o.lastSeen : generatedAt;
    return { ...(o as unknown as Finding), firstSeen: Date.parse(firstSeen) <= Date.parse(lastSeen) ? firstSeen : lastSeen, lastSeen };
  });
  const findings = [...read(doc.findings, '$.findings', false), ...read(doc.notEvaluated ?? [], '$.notEvaluated', true)];
  // Each finding as the report schema states it (a fixed one is written back into the new report as it
  // was); the rest of an older report is not held to today's schema.
  validateOrThrow(schemaValidator('report.schema.json'), doc, file, /^\/(findings|notEvaluated)\//);
  return findings;
}

/**
 * What this scan looked at, so a baseline finding that was simply not looked at again (its rule did
 * not run, or its resource lies outside this scan's inputs or behind a coverage gap) is not
 * reported as fixed.
 */
export interface BaselineScope {
  /** Ids of the rules that ran. */
  ruleIds: Iterable<string>;
  /** Lower-cased ARM ids of every resource in this scan's inventory. */
  resourceKeys: Iterable<string>;
  /** Subscriptions this scan read (any case). */
  subscriptionIds: Iterable<string>;
  /** True when every scope of the inputs was read. */
  coverageComplete: boolean;
  /**
   * Rules that ran on some resources only (src/rules/requires.ts: the input does not carry their data for
   * the others): rule id → lower-cased ids of the resources left out.
   */
  skipped?: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface BaselineOutcome {
  /** This scan's findings, each marked `new` or `unchanged`. */
  findings: Finding[];
  /** Baseline findings that were looked at again and no longer occur. */
  fixed: Finding[];
  /** Baseline findings this scan could not re-evaluate (neither fixed nor still open). */
  notEvaluated: Finding[];
}

function subscriptionOf(resourceId: string): string | undefined {
  return /^\/subscriptions\/([^/]+)/i.exec(resourceId)?.[1]?.toLowerCase();
}

/**
 * Marks findings new or unchanged against the baseline (by fingerprint: rule id and lower-cased ARM
 * id) and lists the baseline's fixed findings. Without `scope`, every baseline finding that no
 * longer occurs counts as fixed. With it, one counts as fixed only when its rule ran on its resource
 * (not left out for lack of data) and either the resource is still in the inventory (the rule passed
 * on it) or the resource is gone from a subscription this scan read completely (it was deleted).
 *
 * With `scannedAt` (this scan's ISO-8601 time), every finding also gets its age: `firstSeen` carried
 * from the baseline (or `scannedAt` for a new one) and `openDays`; fixed findings keep `firstSeen`
 * and `lastSeen` and say how many days they were open.
 */
export function applyBaseline(findings: Finding[], baseline: Finding[], scope?: BaselineScope, scannedAt?: string): BaselineOutcome {
  const before = new Map<string, Finding>();
  for (const f of baseline) {
    const seen = before.get(f.fingerprint);
    // duplicates (a hand-merged baseline): the earliest firstSeen wins
    if (!seen || (f.firstSeen && (!seen.firstSeen || Date.parse(f.firstSeen) < Date.parse(seen.firstSeen)))) before.set(f.fingerprint, f);
  }
  const now = new Set(findings.map((f) => f.fingerprint));
  const aged = (f: Finding, firstSeen: string | undefined): Finding => {
    if (scannedAt === undefined) return f;
    const since = firstSeen ?? scannedAt;
    return { ...f, firstSeen: since, openDays: daysBetween(since, scannedAt) };
  };
  const marked = findings.map((f) => {
    const old = before.get(f.fingerprint);
    return aged({ ...f, baselineState: old ? ('unchanged' as const) : ('new' as const) }, old ? old.firstSeen ?? old.lastSeen : undefined);
  });
  const rules = scope ? new Set(scope.ruleIds) : undefined;
  const resources = scope ? new Set(scope.resourceKeys) : undefined;
  const subscriptions = scope ? new Set([...scope.subscriptionIds].map((s) => s.toLowerCase())) : undefined;
  const reEvaluated = (f: Finding): boolean => {
    if (!scope) return true;
    if (!rules!.has(f.ruleId)) return false;
    if (scope.skipped?.get(f.ruleId)?.has(f.resourceId.toLowerCase())) return false;
    if (resources!.has(f.resourceId.toLowerCase())) return true;
    const sub = subscriptionOf(f.resourceId);
    return scope.coverageComplete && sub !== undefined && subscriptions!.has(sub);
  };
  const seen = new Set<string>();
  const fixed: Finding[] = [];
  const notEvaluated: Finding[] = [];
  for (const f of baseline) {
    if (now.has(f.fingerprint) || seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    const { baselineState: _state, suppression: _s, openDays: _d, ...rest } = before.get(f.fingerprint) ?? f;
    (reEvaluated(f) ? fixed : notEvaluated).push(scannedAt !== undefined && rest.firstSeen ? { ...rest, openDays: daysBetween(rest.firstSeen, scannedAt) } : (rest as Finding));
  }
  return { findings: marked, fixed, notEvaluated };
}

/** The notice for baseline findings this scan could not re-evaluate (none when there are none). */
export function notEvaluatedNotice(notEvaluated: Finding[]): string | undefined {
  if (notEvaluated.length === 0) return undefined;
  const rules = [...new Set(notEvaluated.map((f) => f.ruleId))].sort();
  return (
    `${notEvaluated.length} finding(s) of the baseline were not re-evaluated (their rule did not run, or their resource is outside this scan's inputs or coverage), ` +
    `so they are listed neither as fixed nor as open: rules ${rules.slice(0, 10).join(', ')}${rules.length > 10 ? `, and ${rules.length - 10} more` : ''}`
  );
}
