import { buildInventory, type RawResource } from '../inventory/build.js';
import { loadCatalogue, type PriceCatalogue } from '../pricing/catalogue.js';
import { estimateCosts } from '../pricing/estimate.js';
import type { CircuitUsage } from '../pricing/usage.js';
import { InputError } from '../util/errors.js';
import { readDataFile } from '../util/yaml.js';
import { runRules } from './engine.js';
import { fixturesFileFor, loadRules } from './loader.js';
import type { RuleDefinition } from './model.js';

/**
 * Pass/fail fixtures live beside each rule as `<ID>.fixtures.yaml`:
 *
 *   pass:
 *     - name: what this case shows
 *       resources: [ ARM-shaped rows, as Resource Graph returns them ]
 *       params: { optional rule parameters }
 *   fail:
 *     - name: ...
 *       resources: [ ... ]
 *       expect: [ names or ids of the resources that must be flagged ]  # optional
 *       status: fail | unknown                                          # optional
 */
export interface FixtureCase {
  name: string;
  resources: Record<string, unknown>[];
  params?: Record<string, unknown>;
  expect?: string[];
  status?: 'fail' | 'unknown';
  /** Declared egress per circuit name or id, as in a usage file's `circuits` (cost rules). */
  usage?: Record<string, CircuitUsage>;
}

export interface FixtureResult {
  ruleId: string;
  file: string;
  cases: number;
  problems: string[];
}

function readCases(file: string, key: 'pass' | 'fail', data: Record<string, unknown>): FixtureCase[] {
  const list = data[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new InputError(file, `$.${key}`, 'a list of cases');
  return list.map((c, i) => {
    const o = c as Record<string, unknown>;
    if (!o || typeof o !== 'object' || !Array.isArray(o.resources)) throw new InputError(file, `$.${key}[${i}].resources`, 'a list of resources');
    return { name: typeof o.name === 'string' ? o.name : `${key} case ${i + 1}`, resources: o.resources as Record<string, unknown>[], params: o.params as Record<string, unknown> | undefined, expect: o.expect as string[] | undefined, status: o.status as FixtureCase['status'], usage: (o.usage as { circuits?: Record<string, CircuitUsage> } | undefined)?.circuits };
  });
}

// Costs are computed for every case with the bundled catalogue, as the scan pipeline does, so cost rules
// (which read ctx.cost) can be tested; `usage:` on a case declares egress (`usage: { circuits: { name: {...} } }`).
let catalogue: PriceCatalogue | undefined;
const bundledCatalogue = () => (catalogue ??= loadCatalogue());

function runCase(rule: RuleDefinition, c: FixtureCase) {
  const raws: RawResource[] = c.resources.map((row) => ({ row }));
  const { inventory } = buildInventory(raws);
  return runRules(inventory, [rule], c.params ? { [rule.id]: c.params } : {}, estimateCosts(inventory, { catalogue: bundledCatalogue(), usage: { circuits: c.usage ?? {}, gateways: {} } })).findings;
}

/** Runs one rule's fixtures and lists what went wrong (an empty list means it passed). */
export function testRule(rule: RuleDefinition): FixtureResult {
  const problems: string[] = [];
  if (!rule.doc.trim()) problems.push(`no documentation: add ${rule.file.replace(/\.(ya?ml|json)$/i, '.md')}`);
  const file = fixturesFileFor(rule.file);
  if (!file) return { ruleId: rule.id, file: rule.file, cases: 0, problems: [...problems, `no fixtures: add ${rule.file.replace(/\.(ya?ml|json)$/i, '.fixtures.yaml')}`] };
  const data = readDataFile(file) as Record<string, unknown>;
  const pass = readCases(file, 'pass', data);
  const fail = readCases(file, 'fail', data);
  if (pass.length === 0) problems.push('no pass case');
  if (fail.length === 0) problems.push('no fail case');
  for (const c of pass) {
    const findings = runCase(rule, c);
    if (findings.length > 0) problems.push(`pass case "${c.name}" produced ${findings.length} finding(s): ${findings.map((f) => f.message).join(' | ')}`);
  }
  for (const c of fail) {
    const findings = runCase(rule, c);
    if (findings.length === 0) problems.push(`fail case "${c.name}" produced no finding`);
    for (const want of c.expect ?? []) {
      const w = want.toLowerCase();
      if (!findings.some((f) => f.resourceName.toLowerCase() === w || f.resourceId.toLowerCase() === w)) problems.push(`fail case "${c.name}" did not flag ${want}`);
    }
    if (c.status) for (const f of findings) if ((f.status ?? 'fail') !== c.status) problems.push(`fail case "${c.name}": expected status ${c.status}, got ${f.status ?? 'fail'} for ${f.resourceName}`);
  }
  return { ruleId: rule.id, file: rule.file, cases: pass.length + fail.length, problems };
}

/** Runs the fixtures of every rule in the given folders (default: the built-in catalogue). */
export function runFixtures(dirs?: string[]): FixtureResult[] {
  const rules = dirs ? loadRules(dirs, false) : loadRules();
  return rules.map(testRule);
}
