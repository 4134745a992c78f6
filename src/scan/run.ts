import { buildInventory } from '../inventory/build.js';
import { countInventory, type Inventory } from '../inventory/model.js';
import type { CostSummary } from '../pricing/model.js';
import type { Config } from '../config/load.js';
import { applyBaseline, notEvaluatedNotice } from '../findings/baseline.js';
import type { Finding } from '../findings/model.js';
import { applySuppressions, refuseSuppressionsOfNoRule } from '../findings/suppressions.js';
import { keepWhatFixesUse } from '../findings/kept.js';
import { runRules } from '../rules/engine.js';
import { loadRules } from '../rules/loader.js';
import { applyRequirements } from '../rules/requires.js';
import { selectRules, unknownSelectors } from '../rules/select.js';
import { declaresLeftOut, LEFT_OUT_MARK, type SourceOutput } from '../sources/types.js';
import type { ScanResult } from './result.js';
import { TOOL_VERSION } from '../version.js';
import { costDeltaAgainst } from '../pricing/delta.js';

export interface ScanOptions {
  config: Config;
  /** Extra rule folders from the command line (in addition to the config's). */
  ruleDirs?: string[];
  /** Findings of an earlier report, for new/unchanged/fixed. */
  baseline?: { file: string; findings: Finding[] };
  /** ISO timestamp; the only time-dependent field of a report. */
  now: Date;
  inputs: string[];
  scanCategory: string;
  /** The pricing model, run on the inventory before the rules so cost rules can read its estimates. */
  estimateCosts?: (inventory: Inventory) => CostSummary;
}

/**
 * The notice of an empty estate: when templates declare ExpressRoute resources that the values scanned do not
 * deploy, it says so (the Azure landing zone connectivity templates switch their gateways off by default), so
 * "no ExpressRoute resources" is never read as "nothing here to check".
 */
export function nothingCheckedNotice(notices: string[], gaps = false): string {
  const head = gaps ? 'no ExpressRoute resource could be read from the inputs (what could not be read is listed as coverage gaps)' : 'the inputs hold no ExpressRoute resources';
  return `${head}: nothing was checked${declaresLeftOut(notices) ? ` (the templates declare some that are ${LEFT_OUT_MARK}, named in the notes: scan with the parameter values that deploy them)` : ''}`;
}

/**
 * The pipeline after the sources: inventory → rules → suppressions → baseline. Pure apart from
 * reading rule files; the clock comes in through `now`.
 */
export function scanSources(source: SourceOutput, opts: ScanOptions): ScanResult {
  const { inventory, notices: buildNotices, gaps: unchecked } = buildInventory(source.raws, source.subscriptions, { consume: true, unread: source.unread, pagesNotRead: source.pagesNotRead, globalReachPagesNotRead: source.globalReachPagesNotRead });
  // What was read but could not be checked (a peering without its circuit) is a gap like what could not be read.
  const gaps = unchecked.length === 0 ? source.gaps : [...source.gaps, ...unchecked];
  // The raw rows are not needed once normalised; letting them go early keeps the heap (and the
  // garbage collector's work in the rules and reporters) to the inventory's size on large estates.
  source.raws = [];
  const allRules = loadRules([...opts.config.ruleDirs, ...(opts.ruleDirs ?? [])]);
  // Rules whose data the input does not carry are reported as not evaluated (src/rules/requires.ts).
  const selected = selectRules(allRules, opts.config.rules);
  const required = applyRequirements(inventory, selected);
  const rules = required.rules;
  const notices = [...source.notices, ...buildNotices, ...required.notices];
  // An empty estate is reported as such, so a clean report is never mistaken for a clean estate. Where something
  // could not be read (ExpressRoute rows refused, a file of no known format), the inputs may hold some: never said they hold none.
  if (inventory.byKey.size === 0) notices.push(nothingCheckedNotice(notices, gaps.length > 0));
  for (const s of unknownSelectors(allRules, opts.config.rules)) notices.push(`config names "${s}", which matches no rule`);
  const cost = opts.estimateCosts?.(inventory);
  // What was not read is not in the total either: with coverage gaps it is a lower bound.
  if (cost && gaps.length > 0) cost.totals.atLeast = true;
  if (cost && opts.baseline) {
    // The cost of the change: this scan's costs per resource against the baseline report's.
    const delta = costDeltaAgainst(opts.baseline.file, cost, gaps.length === 0);
    if ('notice' in delta) cost.notices = [...(cost.notices ?? []), delta.notice];
    else cost.costDelta = delta;
  }
  const engine = runRules(inventory, rules, opts.config.rules.parameters ?? {}, cost, { estimateCosts: opts.estimateCosts });
  notices.push(...engine.notices);
  const today = opts.now.toISOString().slice(0, 10);
  // A suppression of every rule the config selects, on every resource, suppresses everything this scan can find.
  refuseSuppressionsOfNoRule(opts.config.suppressions, allRules);
  const suppressed = applySuppressions(engine.findings, opts.config.suppressions, today, selected.map((r) => r.id));
  notices.push(...suppressed.notices);
  // A fix that connects a circuit as it is keeps it: no other finding or cost advice deletes it (one story).
  let findings = keepWhatFixesUse(suppressed.findings, cost);
  let fixed: Finding[] | undefined;
  let notEvaluated: Finding[] = [];
  if (opts.baseline) {
    // Only what this scan looked at again can be "fixed" (see applyBaseline).
    const b = applyBaseline(findings, opts.baseline.findings, {
      ruleIds: rules.map((r) => r.id),
      resourceKeys: inventory.byKey.keys(),
      subscriptionIds: [...inventory.subscriptions.map((s) => s.subscriptionId), ...[...inventory.byKey.values()].flatMap((r) => (r.subscriptionId ? [r.subscriptionId] : []))],
      coverageComplete: gaps.length === 0,
      skipped: required.skipped,
    }, opts.now.toISOString());
    const skipped = notEvaluatedNotice(b.notEvaluated);
    if (skipped) notices.push(skipped);
    findings = b.findings;
    fixed = b.fixed;
    notEvaluated = b.notEvaluated;
  }
  return {
    tool: { name: 'erscan', version: TOOL_VERSION },
    generatedAt: opts.now.toISOString(),
    scanCategory: opts.scanCategory,
    inputs: opts.inputs,
    coverage: { complete: gaps.length === 0, gaps },
    inventory,
    counts: countInventory(inventory),
    findings,
    ...(fixed ? { fixed, baselineFile: opts.baseline!.file } : {}),
    ...(notEvaluated.length > 0 ? { notEvaluated } : {}),
    rules,
    notices,
    ...(cost ? { cost } : {}),
    ...(suppressed.uses.length > 0 ? { suppressions: suppressed.uses } : {}),
    // Rules selected, resources read, and no rule ran: a pass of nothing (src/cli/commands/scan.ts refuses it).
    ...(rules.length === 0 && selected.length > 0 && inventory.byKey.size > 0 ? { noRuleEvaluated: required.notEvaluated } : {}),
  };
}
