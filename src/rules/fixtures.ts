import { isAbsolute, relative, resolve } from 'node:path';
import { buildInventory, type RawResource } from '../inventory/build.js';
import { loadCatalogue, type PriceCatalogue } from '../pricing/catalogue.js';
import { estimateCosts } from '../pricing/estimate.js';
import type { CircuitUsage } from '../pricing/usage.js';
import { loadTemplates, type TemplateInput } from '../sources/template/index.js';
import { InputError, describeValue } from '../util/errors.js';
import { parseJson } from '../util/json.js';
import { readDataFile } from '../util/yaml.js';
import type { Finding } from '../findings/model.js';
import { phraseName } from '../inventory/names.js';
import { runRules } from './engine.js';
import { BUILTIN_RULES_DIR, fixturesFileFor, loadRules } from './loader.js';
import { checkRuleParameters } from './select.js';
import type { RuleDefinition } from './model.js';
import { isObj } from '../util/objects.js';

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
 *       status: fail | unknown                                          # optional, default fail
 *       message: text every finding's message must contain             # optional
 *
 * A case may give an ARM template instead of rows (three-valued cases: parameters without a value,
 * `allowedValues`, conditions): it runs through the real template loader, as `erscan scan` would.
 *
 *     - name: Local only when the parameter says so
 *       template: { $schema: …deploymentTemplate.json#, parameters: { … }, resources: [ … ] }
 *       parameters: { skuTier: Premium }      # optional: a parameter file's values
 *       status: unknown
 *       message: "fails when parameter `skuTier` is Local"
 *
 * Every finding of every case must render fully: no `{placeholder}` braces left, the resource's name
 * in the message (a name a template leaves open by its label or in words), never a stand-in name, and
 * no "(not set)" in an unknown finding.
 */
export interface FixtureCase {
  name: string;
  resources?: Record<string, unknown>[];
  /** An ARM template (object) run through the template loader instead of `resources`. */
  template?: Record<string, unknown>;
  /** Parameter values for `template`, as a parameter file gives them. */
  parameters?: Record<string, unknown>;
  params?: Record<string, unknown>;
  expect?: string[];
  status?: 'fail' | 'unknown';
  /** Text every finding's message must contain. */
  message?: string;
  /** Declared egress per circuit name or id, as in a usage file's `circuits` (cost rules). */
  usage?: Record<string, CircuitUsage>;
}

export interface FixtureResult {
  ruleId: string;
  file: string;
  cases: number;
  problems: string[];
}


/** The keys of a case (see FixtureCase): a misspelt one (`expects:`) was ignored, and the case checked less than it says. */
const CASE_KEYS = ['name', 'resources', 'template', 'parameters', 'params', 'expect', 'status', 'message', 'usage'];

function readCases(file: string, key: 'pass' | 'fail', data: Record<string, unknown>, rule: RuleDefinition): FixtureCase[] {
  const list = data[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new InputError(file, `$.${key}`, 'a list of cases');
  return list.map((c, i) => {
    const o = c as Record<string, unknown>;
    if (!o || typeof o !== 'object' || Array.isArray(o)) throw new InputError(file, `$.${key}[${i}]`, 'a case object');
    const stray = Object.keys(o).find((k) => !CASE_KEYS.includes(k));
    if (stray !== undefined) throw new InputError(file, `$.${key}[${i}].${stray}`, `one of the keys of a case (${CASE_KEYS.join(', ')})`, JSON.stringify(stray));
    if (o.params !== undefined) {
      if (!isObj(o.params)) throw new InputError(file, `$.${key}[${i}].params`, `an object of ${rule.id}'s parameter values`, describeValue(o.params));
      // A misspelt parameter would leave the case testing the default.
      checkRuleParameters(rule, o.params, file, `$.${key}[${i}].params`);
    }
    if (o.template !== undefined) {
      if (!isObj(o.template)) throw new InputError(file, `$.${key}[${i}].template`, 'an ARM template object');
      if (o.parameters !== undefined && !isObj(o.parameters)) throw new InputError(file, `$.${key}[${i}].parameters`, 'an object of parameter values');
    } else if (!Array.isArray(o.resources)) throw new InputError(file, `$.${key}[${i}].resources`, 'a list of resources (or a template)');
    if (o.status !== undefined && o.status !== 'fail' && o.status !== 'unknown') throw new InputError(file, `$.${key}[${i}].status`, 'fail or unknown');
    if (o.message !== undefined && typeof o.message !== 'string') throw new InputError(file, `$.${key}[${i}].message`, 'a string');
    // A single name would be read letter by letter: a list is asked for, as the format says.
    if (o.expect !== undefined && !(Array.isArray(o.expect) && o.expect.every((x) => typeof x === 'string')))
      throw new InputError(file, `$.${key}[${i}].expect`, 'a list of the names or ids of the resources that must be flagged', describeValue(o.expect));
    return {
      name: typeof o.name === 'string' ? o.name : `${key} case ${i + 1}`,
      resources: o.resources as Record<string, unknown>[] | undefined,
      template: o.template as Record<string, unknown> | undefined,
      parameters: o.parameters as Record<string, unknown> | undefined,
      params: o.params as Record<string, unknown> | undefined,
      expect: o.expect as string[] | undefined,
      status: o.status as FixtureCase['status'],
      message: o.message as string | undefined,
      usage: (o.usage as { circuits?: Record<string, CircuitUsage> } | undefined)?.circuits,
    };
  });
}

// Costs are computed for every case with the bundled catalogue, as the scan pipeline does, so cost rules
// (which read ctx.cost) can be tested; `usage:` on a case declares egress (`usage: { circuits: { name: {...} } }`).
let catalogue: PriceCatalogue | undefined;
const bundledCatalogue = () => (catalogue ??= loadCatalogue());

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'case';

/** The raw resources of a template case, loaded as `erscan scan` loads a template and its parameter file. */
function templateRaws(rule: RuleDefinition, c: FixtureCase): { raws: RawResource[]; problems: string[] } {
  const dir = `fixtures/${rule.id}/${slug(c.name)}`;
  const inputs: TemplateInput[] = [{ file: `${dir}/main.json`, parsed: parseJson(`${dir}/main.json`, JSON.stringify(c.template, null, 2), true), format: 'arm-template' }];
  if (c.parameters) {
    const doc = { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', contentVersion: '1.0.0.0', parameters: Object.fromEntries(Object.entries(c.parameters).map(([k, v]) => [k, { value: v }])) };
    inputs.push({ file: `${dir}/main.parameters.json`, parsed: parseJson(`${dir}/main.parameters.json`, JSON.stringify(doc, null, 2), true), format: 'arm-parameters' });
  }
  const { output, errors } = loadTemplates(inputs);
  return { raws: output.raws, problems: errors.map((e) => `case "${c.name}": the template is not valid: ${e.message}`) };
}

function runCase(rule: RuleDefinition, c: FixtureCase): { findings: Finding[]; problems: string[] } {
  const loaded = c.template ? templateRaws(rule, c) : { raws: (c.resources ?? []).map((row): RawResource => ({ row })), problems: [] };
  const { inventory } = buildInventory(loaded.raws);
  const estimate = (inv: typeof inventory) => estimateCosts(inv, { catalogue: bundledCatalogue(), usage: { circuits: c.usage ?? {}, gateways: {} } });
  return { findings: runRules(inventory, [rule], c.params ? { [rule.id]: c.params } : {}, estimate(inventory), { estimateCosts: estimate }).findings, problems: loaded.problems };
}

/** What every rendered message must satisfy: no placeholder left, and the resource named. */
function messageProblems(c: FixtureCase, f: Finding): string[] {
  const out: string[] = [];
  if (/[{}]/.test(f.message)) out.push(`case "${c.name}": the message for ${f.resourceName} has a leftover placeholder brace: ${f.message}`);
  // Child resources are named `parent/child`: the message names either (a name a template leaves open
  // by its label, `‹name›`, or in words, "named by parameter `name`").
  const names = f.resourceName.split('/');
  if (!names.some((n) => n && (f.message.includes(n) || f.message.includes(phraseName(n))))) out.push(`case "${c.name}": the message does not name ${f.resourceName}: ${f.message}`);
  if (/unresolved:/.test(`${f.message} ${f.resourceName}`)) out.push(`case "${c.name}": a stand-in name reached the finding (show its label): ${f.resourceName}: ${f.message}`);
  // An undecided verdict never asserts a value: "(not set)" would say the template sets none.
  if (f.status === 'unknown' && f.message.includes('(not set)')) out.push(`case "${c.name}": the unknown finding on ${f.resourceName} asserts a value ("(not set)"): ${f.message}`);
  if (c.message !== undefined && !f.message.includes(c.message)) out.push(`case "${c.name}": expected the message to contain "${c.message}", got: ${f.message}`);
  return out;
}

/** Runs one rule's fixtures and lists what went wrong (an empty list means it passed). */
export function testRule(rule: RuleDefinition): FixtureResult {
  const problems: string[] = [];
  if (!rule.doc.trim()) problems.push(`no documentation: add ${rule.file.replace(/\.(ya?ml|json)$/i, '.md')}`);
  const file = fixturesFileFor(rule.file);
  if (!file) return { ruleId: rule.id, file: rule.file, cases: 0, problems: [...problems, `no fixtures: add ${rule.file.replace(/\.(ya?ml|json)$/i, '.fixtures.yaml')}`] };
  const data = readDataFile(file) as Record<string, unknown>;
  if (!isObj(data)) throw new InputError(file, '$', 'an object with `pass` and `fail` lists of cases', describeValue(data));
  const stray = Object.keys(data).find((k) => k !== 'pass' && k !== 'fail');
  if (stray !== undefined) throw new InputError(file, `$.${stray}`, 'only `pass` and `fail` lists of cases', JSON.stringify(stray));
  const pass = readCases(file, 'pass', data, rule);
  const fail = readCases(file, 'fail', data, rule);
  if (pass.length === 0) problems.push('no pass case');
  if (fail.length === 0) problems.push('no fail case');
  for (const c of pass) {
    const { findings, problems: p } = runCase(rule, c);
    problems.push(...p);
    if (findings.length > 0) problems.push(`pass case "${c.name}" produced ${findings.length} finding(s): ${findings.map((f) => f.message).join(' | ')}`);
  }
  for (const c of fail) {
    const { findings, problems: p } = runCase(rule, c);
    problems.push(...p);
    if (findings.length === 0) problems.push(`fail case "${c.name}" produced no finding`);
    for (const want of c.expect ?? []) {
      const w = want.toLowerCase();
      if (!findings.some((f) => f.resourceName.toLowerCase() === w || f.resourceId.toLowerCase() === w || f.resourceName.toLowerCase().split('/').pop() === w)) problems.push(`fail case "${c.name}" did not flag ${want}`);
    }
    // A fail case fails unless it says `status: unknown`: an undecided finding is no failure.
    const status = c.status ?? 'fail';
    for (const f of findings) if ((f.status ?? 'fail') !== status) problems.push(`fail case "${c.name}": expected status ${status}${c.status ? '' : ' (a fail case without `status: unknown`)'}, got ${f.status ?? 'fail'} for ${f.resourceName}`);
    for (const f of findings) problems.push(...messageProblems(c, f));
  }
  return { ruleId: rule.id, file: rule.file, cases: pass.length + fail.length, problems };
}

/** Runs the fixtures of every rule in the given folders (default: the built-in catalogue). */
export function runFixtures(dirs?: string[]): FixtureResult[] {
  if (!dirs) return loadRules().map(testRule);
  // Folders of one's own get the checks `scan --rules` makes (ids unique across the catalogue and these
  // folders, no ERS- id of one's own): a rule that tests ok here is never refused by the scan.
  const own = dirs.filter((d) => !isWithin(resolve(d), BUILTIN_RULES_DIR));
  if (own.length > 0) loadRules(own);
  return loadRules(dirs, false).map(testRule);
}

function isWithin(path: string, dir: string): boolean {
  const rel = relative(resolve(dir), path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
