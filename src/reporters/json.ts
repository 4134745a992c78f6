import { SEVERITIES, type Finding } from '../findings/model.js';
import type { ScanResult } from '../scan/result.js';
import { recordInventory } from '../history/record.js';
import { jsonChunks, MappedList } from '../util/json-chunks.js';
import type { ChunkedReporter, ReportOptions, Reporter } from './types.js';

/**
 * One finding as the JSON contract spells it (design.md); internal fields are left out. Built by
 * assignment in the order the report prints its keys (no object spreads: one per finding, tens of
 * thousands in a large scan).
 */
export function findingToJson(f: Finding): Record<string, unknown> {
  const o: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    category: f.category,
    severity: f.severity,
    resourceId: f.resourceId,
    resourceType: f.resourceType,
    resourceName: f.resourceName,
  };
  if (f.subscriptionId) o.subscriptionId = f.subscriptionId;
  if (f.tenantId) o.tenantId = f.tenantId;
  o.message = f.message;
  if (f.location) o.location = { file: f.location.file, line: f.location.line, column: f.location.column };
  if (f.source?.parameterFile) o.parameterFile = f.source.parameterFile;
  o.fingerprint = f.fingerprint;
  if (f.status === 'unknown') o.status = 'unknown';
  if (f.suppression) o.suppression = f.suppression;
  if (f.baselineState) o.baselineState = f.baselineState;
  if (f.firstSeen) o.firstSeen = f.firstSeen;
  if (f.lastSeen) o.lastSeen = f.lastSeen;
  if (f.openDays !== undefined) o.openDays = f.openDays;
  if (f.costImpactUsd !== undefined) {
    o.costImpactUsd = f.costImpactUsd;
    if (f.costImpactChange) o.costImpactChange = f.costImpactChange;
  }
  return o;
}

/** Counts of unsuppressed findings by severity. */
export function severityCounts(findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const f of findings) if (!f.suppression) counts[f.severity]++;
  return counts;
}

/** How the report's long lists are made: as arrays, or (for the streaming writer) as they are written. */
type ListOf = <T, U>(items: readonly T[], map: (item: T) => U) => U[] | MappedList<T, U>;
const asArray: ListOf = (items, map) => items.map((x) => map(x));
const asWritten: ListOf = (items, map) => new MappedList(items, (x) => map(x));

/** The JSON report: exactly the contract of design.md, plus additive fields. */
export function toJsonReport(result: ScanResult, options: ReportOptions = {}, listOf: ListOf = asArray): Record<string, unknown> {
  const cost = result.cost;
  return {
    schemaVersion: 1,
    tool: result.tool,
    generatedAt: result.generatedAt,
    coverage: { complete: result.coverage.complete, gaps: result.coverage.gaps.map((g) => ({ scope: g.scope, reason: g.reason })) },
    inventory: result.counts,
    findings: listOf(result.findings, findingToJson),
    ...(result.fixed ? { fixed: listOf(result.fixed, findingToJson) } : {}),
    ...(result.notEvaluated?.length ? { notEvaluated: listOf(result.notEvaluated, findingToJson) } : {}),
    costs: cost ? cost.costs : [],
    ...(cost ? { otherCosts: cost.otherCosts, costTotals: cost.totals, priceCatalogue: cost.priceCatalogue } : {}),
    ...(cost?.costDelta ? { costDelta: cost.costDelta } : {}),
    summary: {
      bySeverity: severityCounts(result.findings),
      suppressed: result.findings.filter((f) => f.suppression).length,
      ...(result.fixed ? { new: result.findings.filter((f) => f.baselineState === 'new').length, fixed: result.fixed.length } : {}),
      rules: result.rules.length,
    },
    scanCategory: result.scanCategory,
    inputs: result.inputs,
    notices: result.notices,
    ...(options.recordInventory ? { recordedInventory: recordInventory(result.inventory) } : {}),
    ...(result.suppressions ? { suppressions: result.suppressions } : {}),
  };
}

export const renderJson: Reporter = (result, options) => JSON.stringify(toJsonReport(result, options), null, 2) + '\n';

/** The same bytes as `renderJson`, in pieces, for writing a large report without one giant string. */
export const renderJsonChunks: ChunkedReporter = (result, options) => jsonChunks(jsonReportValue(result, options));

/** The JSON report as a value to serialise, its long lists made as they are serialised. */
export function jsonReportValue(result: ScanResult, options: ReportOptions = {}): Record<string, unknown> {
  return toJsonReport(result, options, asWritten);
}
