import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { InputError, describeValue } from '../util/errors.js';
import { packagePath } from '../util/paths.js';
import { schemaValidator, validateOrThrow } from '../util/schema.js';
import { readDataFile } from '../util/yaml.js';
import { walkFiles } from '../util/walk.js';
import { compileSafeRegex, MAX_CONDITION_DEPTH, OPERATORS, PARAM_REF } from './conditions.js';
import { getFunction } from './functions/index.js';
import './functions/builtin.js';
import { builtinCatalogue } from './builtin-catalogue.js';
import type { Condition, LeafCondition, RuleDefinition } from './model.js';
import { editDistance } from './select.js';
import { isModelField, modelFieldPaths } from '../inventory/fields.js';
import type { ResourceKind } from '../inventory/model.js';
import { compareText } from '../util/collate.js';

/** The built-in catalogue shipped with erscan. */
export const BUILTIN_RULES_DIR = packagePath('rules');

const RULE_FILE = /^(?!.*\.fixtures\.)[^.].*\.(ya?ml|json)$/i;

/** Rule files under a folder (recursively), sorted for deterministic order. */
export function listRuleFiles(dir: string): string[] {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new InputError(dir, '', 'a folder of rule files', 'no such folder');
  }
  if (!st.isDirectory()) throw new InputError(dir, '', 'a folder of rule files', 'a file');
  // The same walk as the inputs': symbolic links followed once each, a link that cannot be followed named.
  const errors: InputError[] = [];
  const out = walkFiles(dir, { accept: (name) => RULE_FILE.test(name), skipDir: (name) => name.startsWith('.'), errors });
  if (errors.length > 0) throw errors[0];
  return out;
}

/** What an operand read from a parameter must be, when the parameter's default is not that. */
function paramKindProblem(op: string, value: unknown, item: boolean): string | undefined {
  if (!item && (op === 'in' || op === 'notIn')) return Array.isArray(value) ? undefined : 'a list';
  if (Array.isArray(value) || (value !== null && typeof value === 'object')) return 'a single value (a text, a number, true, false or null)';
  if (op === 'matches' || op === 'startsWith') return typeof value === 'string' ? undefined : 'a text';
  if (/^(greater|less)/.test(op)) return typeof value === 'number' || typeof value === 'string' ? undefined : 'a number or a text';
  return undefined;
}

/**
 * Operands that read a rule parameter (`"{params.NAME}"`) must name one the rule declares, with a
 * default of the kind the operator needs: a misspelt name binds to nothing, and a leaf without an
 * operand holds on every resource (the rule would pass everywhere, silently).
 */
function checkParamRefs(file: string, c: LeafCondition, path: string, params: Record<string, unknown> | undefined): void {
  const check = (op: string, operand: unknown, at: string, item: boolean) => {
    const name = typeof operand === 'string' ? PARAM_REF.exec(operand)?.[1] : undefined;
    if (name === undefined) return;
    const known = Object.keys(params ?? {});
    if (!params || !Object.prototype.hasOwnProperty.call(params, name))
      throw new InputError(file, at, `a parameter the rule declares under \`parameters\` (${known.length ? known.join(', ') : 'it declares none'})`, JSON.stringify(operand));
    const want = paramKindProblem(op, params[name], item);
    if (want) throw new InputError(file, `$.parameters.${name}`, `${want}, since ${path}.${op} reads it`, describeValue(params[name]));
    if (op === 'matches') {
      try {
        compileSafeRegex(params[name] as string);
      } catch (e) {
        throw new InputError(file, `$.parameters.${name}`, 'a safe regular expression', `${JSON.stringify(params[name])} (${(e as Error).message})`);
      }
    }
  };
  for (const op of OPERATORS) {
    const operand = (c as unknown as Record<string, unknown>)[op];
    if (Array.isArray(operand)) operand.forEach((x, i) => check(op, x, `${path}.${op}[${i}]`, true));
    else check(op, operand, `${path}.${op}`, false);
  }
}

const PLURAL: Record<ResourceKind, string> = { circuit: 'circuits', peering: 'peerings', port: 'ports', link: 'port links', gateway: 'gateways', connection: 'connections' };

/**
 * The fields of `kind` closest to a field it does not have (the nearest and any as near, at most
 * three): by the whole path, by the path without its dots (`sku.name`: `skuName`) and by its last
 * step (`properties.bandwidthInMbps`: `bandwidthMbps`), a leading ARM `properties.` dropped.
 */
export function closestModelFields(kind: ResourceKind, field: string): string[] {
  const lastOf = (p: string) => p.slice(p.lastIndexOf('.') + 1);
  const want = field.replace(/^properties\./i, '').toLowerCase();
  const scored = modelFieldPaths(kind).map((path) => {
    const known = path.toLowerCase();
    return { path, d: Math.min(editDistance(want, known), editDistance(want.replaceAll('.', ''), known.replaceAll('.', '')) + 1, editDistance(lastOf(want), lastOf(known)) + 2) };
  });
  const best = Math.min(...scored.map((x) => x.d));
  // the nearest, and those as near (at most three)
  return scored
    .filter((x) => x.d === best)
    .map((x) => x.path)
    .sort()
    .slice(0, 3);
}

/**
 * A leaf's field must be one resources of the rule's kind have (src/inventory/model.ts): a misspelt
 * or made-up field (`sku.teir`, an ARM path such as `properties.bandwidthInMbps`) is never there, and
 * the rule would pass or say nothing on every resource, silently.
 */
function checkField(file: string, field: string, at: string, kind: ResourceKind): void {
  if (isModelField(kind, field)) return;
  const elsewhere = (Object.keys(PLURAL) as ResourceKind[]).filter((k) => k !== kind && isModelField(k, field));
  const also = elsewhere.length ? `; \`${field}\` is a field of ${elsewhere.map((k) => PLURAL[k]).join(' and ')}, set \`resource\` to match` : '';
  throw new InputError(file, at, `a field ${PLURAL[kind]} have in erscan's inventory model (the closest: ${closestModelFields(kind, field).map((f) => `\`${f}\``).join(', ')}; docs/rules.md, "Writing a rule")${also}`, `${JSON.stringify(field)}, which no ${kind} has`);
}

function checkCondition(file: string, c: Condition, path: string, params: Record<string, unknown> | undefined, kind: RuleDefinition['resource'], depth = 0): void {
  // The engine refuses deeper conditions at evaluation time; refuse them here, as bad input.
  if (depth > MAX_CONDITION_DEPTH) throw new InputError(file, path, `a condition nested at most ${MAX_CONDITION_DEPTH} levels deep (allOf/anyOf/not)`, 'deeper nesting');
  if ('allOf' in c) return c.allOf.forEach((x, i) => checkCondition(file, x, `${path}.allOf[${i}]`, params, kind, depth + 1));
  if ('anyOf' in c) return c.anyOf.forEach((x, i) => checkCondition(file, x, `${path}.anyOf[${i}]`, params, kind, depth + 1));
  if ('not' in c) return checkCondition(file, c.not, `${path}.not`, params, kind, depth + 1);
  if (kind !== 'estate') checkField(file, c.field, `${path}.field`, kind);
  const ops = OPERATORS.filter((op) => (c as unknown as Record<string, unknown>)[op] !== undefined);
  if (ops.length === 0) throw new InputError(file, path, `an operator beside "field" (one of ${OPERATORS.join(', ')})`);
  checkParamRefs(file, c, path, params);
  if (c.matches !== undefined && !PARAM_REF.test(c.matches)) {
    try {
      compileSafeRegex(c.matches);
    } catch (e) {
      throw new InputError(file, `${path}.matches`, 'a safe regular expression', `${JSON.stringify(c.matches)} (${(e as Error).message})`);
    }
  }
}

/** The `.md` doc beside a rule file. */
function docFileFor(file: string): string {
  return file.replace(/\.(ya?ml|json)$/i, '.md');
}

/** Loads and validates one rule file; its doc is the `.md` of the same name beside it. */
export function loadRuleFile(file: string): RuleDefinition {
  const data = readDataFile(file);
  validateOrThrow(schemaValidator('rule.schema.json'), data, file);
  const rule = data as Omit<RuleDefinition, 'doc' | 'file'>;
  // An `assert` runs on each resource of its kind, and an estate is none: the rule would pass everywhere, silently.
  if (rule.resource === 'estate' && rule.assert)
    throw new InputError(file, '$.resource', 'the kind of resource the assert checks (circuit, peering, port, link, gateway or connection): `estate` is for rules with a built-in `function`', '"estate"');
  if (rule.where) checkCondition(file, rule.where, '$.where', rule.parameters, rule.resource);
  if (rule.assert) checkCondition(file, rule.assert, '$.assert', rule.parameters, rule.resource);
  if (rule.function && !getFunction(rule.function)) {
    throw new InputError(file, '$.function', 'the name of a built-in rule function', JSON.stringify(rule.function));
  }
  const docFile = docFileFor(file);
  const doc = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '';
  return { ...rule, tags: rule.tags ?? [], doc, file };
}

/**
 * A digest of every rule file under a folder and its doc (names and bytes): what the compiled
 * catalogue was built from. Reading ~100 small files costs a few milliseconds; parsing them as YAML
 * and validating them costs ~150 ms, which the compiled catalogue spares at every start.
 */
export function catalogueDigest(dir: string, files = listRuleFiles(dir)): string {
  const h = createHash('sha256');
  for (const file of files) {
    const docFile = docFileFor(file);
    h.update(relative(dir, file).split(sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
    if (existsSync(docFile)) h.update(readFileSync(docFile));
    h.update('\0');
  }
  return h.digest('hex');
}

/**
 * The built-in rules: the catalogue compiled at build time while it still matches `rules/` (and every
 * rule function it names exists), else the rule files read and validated now. Each call returns
 * fresh objects, as reading the files did.
 */
function loadBuiltinRules(): RuleDefinition[] {
  const files = listRuleFiles(BUILTIN_RULES_DIR);
  const compiled = builtinCatalogue;
  if (compiled && compiled.files === files.length && compiled.digest === catalogueDigest(BUILTIN_RULES_DIR, files)) {
    const rules = JSON.parse(compiled.json) as RuleDefinition[];
    if (rules.every((r) => !r.function || getFunction(r.function))) {
      return rules.map((r) => ({ ...r, file: join(BUILTIN_RULES_DIR, ...r.file.split('/')) }));
    }
  }
  return files.map(loadRuleFile);
}

/** Loads the built-in catalogue and any extra folders; rule ids must be unique across all of them. */
export function loadRules(extraDirs: string[] = [], includeBuiltin = true): RuleDefinition[] {
  const byId = new Map<string, RuleDefinition>();
  const add = (rule: RuleDefinition) => {
    const prior = byId.get(rule.id);
    if (prior) throw new InputError(rule.file, '$.id', `a rule id not already used (${rule.id} is defined in ${prior.file})`);
    byId.set(rule.id, rule);
  };
  if (includeBuiltin) loadBuiltinRules().forEach(add);
  for (const dir of extraDirs) {
    const files = listRuleFiles(dir);
    // A rule folder that holds no rule is a wrong path, never "no extra rules".
    if (files.length === 0) throw new InputError(dir, '', 'a folder of rules (<ID>.yaml files)', 'no rule files');
    for (const file of files) {
      const rule = loadRuleFile(file);
      // ERS- ids name erscan's catalogue (rules/README.md): a user rule under one is a typo or a copy.
      if (includeBuiltin && /^ERS-/i.test(rule.id) && !byId.has(rule.id))
        throw new InputError(file, '$.id', "an id with a prefix of your own (for example ACME-ER-001): ERS- ids belong to erscan's catalogue", `"${rule.id}", which the catalogue does not have`);
      add(rule);
    }
  }
  return [...byId.values()].sort((a, b) => compareText(a.id, b.id));
}

/** The fixtures file that belongs to a rule file. */
export function fixturesFileFor(ruleFile: string): string | undefined {
  const base = ruleFile.replace(/\.(ya?ml|json)$/i, '');
  for (const ext of ['.fixtures.yaml', '.fixtures.yml', '.fixtures.json']) if (existsSync(base + ext)) return base + ext;
  return undefined;
}

export function ruleFileLabel(rule: RuleDefinition): string {
  return basename(rule.file);
}
