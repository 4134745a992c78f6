/**
 * The trend of one scope over a series of reports: findings by severity, new and fixed, cost and
 * potential savings per run, the oldest open findings and the time to fix per severity. A pure
 * function of the runs (src/history/reports.ts) and the time the trend is made.
 *
 * How findings are followed from run to run (by fingerprint: rule id and lower-cased ARM id):
 * - a finding is **new** in a run when the previous run did not have it (the first run has no new
 *   or fixed: nothing came before it);
 * - it is **fixed** in a run that no longer has it, if that run read its whole scope (complete
 *   coverage) and did not list it as not evaluated; a run with a coverage gap cannot tell fixed from
 *   unseen, so the finding stays open until a complete run settles it;
 * - it is **first seen** at the earliest run of its current open stretch, or earlier when the
 *   report itself says so (`firstSeen`, written by a scan with --baseline); a finding that comes back
 *   after a fix starts a new stretch;
 * - **time to fix** is from first seen to the run that found it fixed (the fix happened between the
 *   last run that saw it and that run).
 * New and fixed count every finding, suppressed or not (suppressing is not fixing); the charts of
 * open findings count unsuppressed ones, as the reports do.
 */
import { daysBetween } from '../findings/baseline.js';
import { SEVERITIES, severityRank, type Severity } from '../findings/model.js';
import type { FindingDetail, InventoryCounts, Run } from './reports.js';

export const TREND_VERSION = 1;

export type SeverityCounts = Record<Severity, number>;

export interface TrendRun {
  generatedAt: string;
  /** The report file this run was read from. */
  report: string;
  toolVersion: string;
  coverageComplete: boolean;
  findings: { open: number; bySeverity: SeverityCounts; suppressed: number; undecided: number };
  /** null for the first run (nothing to compare with). */
  new: number | null;
  fixed: number | null;
  cost: { monthlyUsd: number | null; potentialSavingsUsd: number | null; currency: string | null; priceDate: string | null };
  inventory: InventoryCounts | null;
}

/** An open finding with its age: what is shown about it (src/history/reports.ts), without where that came from. */
export interface OpenFinding extends Omit<FindingDetail, 'from'> {
  fingerprint: string;
  firstSeen: string;
  openDays: number;
}

export interface TimeToFix {
  severity: Severity;
  /** Findings fixed during the period. */
  fixed: number;
  medianDays: number | null;
  meanDays: number | null;
  maxDays: number | null;
  /** Findings open (unsuppressed) in the last run, and the age of the oldest. */
  open: number;
  oldestOpenDays: number | null;
}

export interface Trend {
  trendVersion: typeof TREND_VERSION;
  tool: { name: 'erscan'; version: string };
  generatedAt: string;
  scope: { key: string; scanCategory: string | null; inputs: string[] };
  period: { from: string; to: string; runs: number; days: number };
  runs: TrendRun[];
  /** The longest-open findings of the last run (unsuppressed), oldest first. */
  oldestOpen: OpenFinding[];
  timeToFix: TimeToFix[];
  notes: string[];
}

export interface TrendOptions {
  /** The time the trend is made (ISO-8601); the only clock input. */
  now: string;
  toolVersion: string;
  /** How many of the oldest open findings to list (default 20). */
  top?: number;
  /** Notes from reading the reports (skipped files…). */
  notes?: string[];
}

const zeroCounts = (): SeverityCounts => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

/** Runs sorted by time, exact duplicates (same time, same findings) dropped; two different reports of one time are refused by the caller. */
export function orderRuns(runs: Run[]): { runs: Run[]; duplicates: [Run, Run][]; clashes: [Run, Run][] } {
  const sorted = [...runs].sort((a, b) => Date.parse(a.generatedAt) - Date.parse(b.generatedAt) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const out: Run[] = [];
  const duplicates: [Run, Run][] = [];
  const clashes: [Run, Run][] = [];
  const sameFindings = (a: Run, b: Run) => {
    if (a.findings.length !== b.findings.length) return false;
    const fa = a.findings.map((f) => f.fingerprint).sort();
    const fb = b.findings.map((f) => f.fingerprint).sort();
    return fa.every((x, i) => x === fb[i]);
  };
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && Date.parse(prev.generatedAt) === Date.parse(r.generatedAt)) {
      if (sameFindings(prev, r)) duplicates.push([prev, r]);
      else clashes.push([prev, r]);
      continue;
    }
    out.push(r);
  }
  return { runs: out, duplicates, clashes };
}

/** The trend of one scope. `runs` must be of one scope, sorted by time, without duplicates (see orderRuns). */
export function computeTrend(runs: Run[], details: Map<string, FindingDetail>, opts: TrendOptions): Trend {
  if (runs.length === 0) throw new Error('computeTrend needs at least one run');
  interface Open {
    firstSeen: string;
    severity: Severity;
  }
  const open = new Map<string, Open>();
  /** When each fingerprint was last found fixed (a report's firstSeen before that is from an earlier stretch). */
  const fixedAt = new Map<string, string>();
  const fixDays = new Map<Severity, number[]>(SEVERITIES.map((s) => [s, []]));
  const out: TrendRun[] = [];
  let previous: Set<string> | undefined;

  for (const run of runs) {
    const t = run.generatedAt;
    const tMs = Date.parse(t);
    const current = new Set<string>();
    const bySeverity = zeroCounts();
    let suppressed = 0;
    let undecided = 0;
    let fresh = 0;
    for (const f of run.findings) {
      if (current.has(f.fingerprint)) continue; // a report lists a finding once; be safe with hand-merged files
      current.add(f.fingerprint);
      if (f.suppressed) suppressed++;
      else {
        bySeverity[f.severity]++;
        if (f.undecided) undecided++;
      }
      const o = open.get(f.fingerprint);
      if (o) {
        o.severity = f.severity;
        continue;
      }
      if (previous) fresh++;
      // a new open stretch: from this run, or from the report's own firstSeen when that is earlier
      // (and later than the last fix of this finding, which ended the previous stretch)
      let since = t;
      const own = f.firstSeen;
      if (own && Date.parse(own) < tMs) {
        const fix = fixedAt.get(f.fingerprint);
        if (!fix || Date.parse(own) > Date.parse(fix)) since = own;
      }
      open.set(f.fingerprint, { firstSeen: since, severity: f.severity });
    }
    let fixed = 0;
    // settle every open finding this run does not have (also those a gap kept open earlier), except
    // those its scan says it could not look at again (notEvaluated: a rule that did not run on them)
    if (run.coverageComplete) {
      const unseen = new Set(run.notEvaluated);
      for (const [fp, o] of open) {
        if (current.has(fp) || unseen.has(fp)) continue;
        fixed++;
        fixDays.get(o.severity)!.push(daysBetween(o.firstSeen, t));
        fixedAt.set(fp, t);
        open.delete(fp);
      }
    }
    out.push({
      generatedAt: t,
      report: run.file,
      toolVersion: run.toolVersion,
      coverageComplete: run.coverageComplete,
      findings: { open: SEVERITIES.reduce((n, s) => n + bySeverity[s], 0), bySeverity, suppressed, undecided },
      new: previous ? fresh : null,
      fixed: previous ? fixed : null,
      cost: { monthlyUsd: run.monthlyUsd, potentialSavingsUsd: run.potentialSavingsUsd, currency: run.currency ?? null, priceDate: run.priceDate ?? null },
      inventory: run.inventory ?? null,
    });
    previous = current;
  }

  const last = runs[runs.length - 1];
  const lastTime = last.generatedAt;
  const openNow: OpenFinding[] = [];
  for (const f of last.findings) {
    if (f.suppressed) continue;
    const o = open.get(f.fingerprint);
    const d = details.get(f.fingerprint);
    if (!o || !d) continue;
    openNow.push({
      fingerprint: f.fingerprint,
      ruleId: d.ruleId,
      ruleName: d.ruleName,
      category: d.category,
      severity: f.severity,
      resourceId: d.resourceId,
      resourceName: d.resourceName,
      message: d.message,
      firstSeen: o.firstSeen,
      openDays: daysBetween(o.firstSeen, lastTime),
    });
  }
  openNow.sort(
    (a, b) =>
      Date.parse(a.firstSeen) - Date.parse(b.firstSeen) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.resourceId.toLowerCase() < b.resourceId.toLowerCase() ? -1 : a.resourceId.toLowerCase() > b.resourceId.toLowerCase() ? 1 : 0),
  );

  const timeToFix: TimeToFix[] = SEVERITIES.map((severity) => {
    const days = fixDays.get(severity)!.sort((a, b) => a - b);
    const openOfSeverity = openNow.filter((f) => f.severity === severity);
    return {
      severity,
      fixed: days.length,
      medianDays: median(days),
      meanDays: days.length ? Math.round((days.reduce((n, d) => n + d, 0) / days.length) * 10) / 10 : null,
      maxDays: days.length ? days[days.length - 1] : null,
      open: openOfSeverity.length,
      oldestOpenDays: openOfSeverity.length ? Math.max(...openOfSeverity.map((f) => f.openDays)) : null,
    };
  });

  const notes = [...(opts.notes ?? [])];
  const gaps = runs.filter((r) => !r.coverageComplete).length;
  if (gaps) notes.push(`${gaps} of ${runs.length} run(s) had incomplete coverage: findings they did not see were not counted as fixed`);
  const currencies = new Set(runs.map((r) => r.currency).filter(Boolean));
  if (currencies.size > 1) notes.push(`the reports price in different currencies (${[...currencies].sort().join(', ')}): compare cost across runs with care`);
  const priceDates = [...new Set(runs.map((r) => r.priceDate).filter((d): d is string => !!d))];
  if (priceDates.length > 1) notes.push(`the price catalogue changed during the period (${priceDates.join(' → ')}): part of a cost change may be a price change`);
  const versions = [...new Set(runs.map((r) => r.toolVersion))];
  if (versions.length > 1) notes.push(`the reports come from ${versions.length} erscan versions (${versions.join(', ')}): rule changes between versions also add and fix findings`);

  return {
    trendVersion: TREND_VERSION,
    tool: { name: 'erscan', version: opts.toolVersion },
    generatedAt: opts.now,
    scope: { key: last.scope, scanCategory: last.scanCategory ?? null, inputs: last.inputs },
    period: { from: runs[0].generatedAt, to: lastTime, runs: runs.length, days: daysBetween(runs[0].generatedAt, lastTime) },
    runs: out,
    oldestOpen: openNow.slice(0, opts.top ?? 20),
    timeToFix,
    notes,
  };
}

/** Runs grouped by scope (sorted by scope key), each group ordered by time. */
export function groupByScope(runs: Run[]): Map<string, Run[]> {
  const groups = new Map<string, Run[]>();
  for (const r of [...runs].sort((a, b) => (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0))) {
    let g = groups.get(r.scope);
    if (!g) groups.set(r.scope, (g = []));
    g.push(r);
  }
  return groups;
}
