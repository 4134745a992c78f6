import { basename } from 'node:path';
import { describeValue, InputError, jsonPath } from '../../../util/errors.js';
import { findKey } from '../../../util/keys.js';
import { PARAMETER_KEYS, TEMPLATE_KEYS, withArmKeys } from './template.js';
import { isObj } from '../../../util/objects.js';

/**
 * What Azure Resource Manager checks of a deployment's parameter values before it deploys, so that a
 * scan never judges a deployment ARM would refuse:
 *
 * - a parameter file names only parameters the template declares ("If your parameter file contains
 *   extra parameters that don't match the template's parameters, you receive an error", and its
 *   values have the template's types: learn.microsoft.com/azure/azure-resource-manager/templates/parameter-files);
 * - a value passed in is one of the parameter's `allowedValues` ("The deployment fails during
 *   validation if a value is passed in for the parameter that isn't one of the allowed values"), within
 *   `minValue`/`maxValue` (int) and `minLength`/`maxLength` (string, array):
 *   learn.microsoft.com/azure/azure-resource-manager/templates/parameters;
 * - user-defined types (`$ref` to `definitions`) carry the same constraints, and objects and arrays
 *   their `properties` (each required unless `nullable`), `additionalProperties`, `discriminator`,
 *   `prefixItems` and `items`: learn.microsoft.com/azure/azure-resource-manager/templates/definitions.
 *
 * Learn does not say whether the allowed-values check ignores letter case, nor whether a template's
 * own default is checked: a value that matches an allowed value only in case, and a default that
 * breaks its parameter's constraints, are reported as notices (ARM may refuse the deployment) and
 * scanned as given, never refused on a guess.
 */

type Obj = Record<string, unknown>;
type Path = (string | number)[];

interface Problem {
  path: Path;
  expected: string;
  found: string;
  /** The allowed value the value matches but for letter case, as shown (ARM's handling is not documented). */
  twin?: string;
}

/** A type definition with its `$ref` chain resolved: the referring object's own keys win. */
function resolve(def: unknown, definitions: Obj, depth = 0): Obj {
  if (!isObj(def)) return {};
  const ref = typeof def.$ref === 'string' ? /^#\/definitions\/(.+)$/.exec(def.$ref)?.[1] : undefined;
  if (ref === undefined || depth > 32) return def;
  const key = findKey(definitions, ref);
  const { $ref: _ignored, ...own } = def;
  return { ...resolve(key === undefined ? undefined : definitions[key], definitions, depth + 1), ...own };
}

/** A short, secret-free description of a value that names its JSON type. */
function found(v: unknown, secure: boolean): string {
  if (typeof v === 'string') return secure ? 'a string' : describeValue(v).startsWith('"') ? `the string ${describeValue(v)}` : describeValue(v);
  if (secure && (typeof v === 'number' || typeof v === 'boolean')) return `a ${typeof v}`;
  return describeValue(v).replace(/^(number|boolean) /, (m) => (m === 'number ' ? 'the number ' : ''));
}

const TYPE_WORDS: Record<string, [string, (v: unknown) => boolean]> = {
  string: ['a string', (v) => typeof v === 'string'],
  securestring: ['a string', (v) => typeof v === 'string'],
  int: ['an integer', (v) => typeof v === 'number' && Number.isInteger(v)],
  bool: ['true or false', (v) => typeof v === 'boolean'],
  object: ['an object', isObj],
  secureobject: ['an object', isObj],
  array: ['an array', Array.isArray],
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const shown = (values: unknown[]) => values.map((x) => (typeof x === 'string' ? JSON.stringify(x) : String(x))).join(', ');

/** The constraints `value` breaks, with the path below the value's own path. */
function check(value: unknown, typeDef: unknown, definitions: Obj, path: Path, secure: boolean, out: Problem[]): void {
  const t = resolve(typeDef, definitions);
  // null is "not given" for a nullable type; for others ARM's handling is not documented here: not judged.
  if (value === null || value === undefined) return;
  const type = typeof t.type === 'string' ? t.type.toLowerCase() : '';
  secure ||= type.startsWith('secure');
  const typed = TYPE_WORDS[type];
  if (typed && !typed[1](value)) {
    out.push({ path, expected: `${typed[0]} (type ${String(t.type)})`, found: found(value, secure) });
    return;
  }
  const allowed = t.allowedValues;
  if (Array.isArray(allowed) && allowed.length > 0 && !Array.isArray(value) && !isObj(value) && !allowed.some((a) => same(a, value))) {
    const twin = typeof value === 'string' ? allowed.find((a): a is string => typeof a === 'string' && a.toLowerCase() === value.toLowerCase()) : undefined;
    out.push({
      path,
      expected: secure ? 'one of the allowed values' : `one of the allowed values (${shown(allowed)})`,
      found: found(value, secure),
      twin: twin === undefined ? undefined : secure ? 'one of the allowed values' : `its allowed value ${JSON.stringify(twin)}`,
    });
  }
  if (typeof value === 'number') {
    if (typeof t.minValue === 'number' && value < t.minValue) out.push({ path, expected: `at least ${t.minValue} (minValue)`, found: found(value, secure) });
    if (typeof t.maxValue === 'number' && value > t.maxValue) out.push({ path, expected: `at most ${t.maxValue} (maxValue)`, found: found(value, secure) });
  }
  if (typeof value === 'string' || Array.isArray(value)) {
    const unit = typeof value === 'string' ? 'characters' : 'items';
    const has = `${secure && typeof value === 'string' ? 'a string' : found(value, secure)}${Array.isArray(value) ? '' : ` (${value.length} character${value.length === 1 ? '' : 's'})`}`;
    if (typeof t.minLength === 'number' && value.length < t.minLength) out.push({ path, expected: `at least ${t.minLength} ${unit} (minLength)`, found: has });
    if (typeof t.maxLength === 'number' && value.length > t.maxLength) out.push({ path, expected: `at most ${t.maxLength} ${unit} (maxLength)`, found: has });
  }
  if (isObj(value)) {
    let shape = t;
    const disc = t.discriminator;
    if (isObj(disc) && typeof disc.propertyName === 'string' && isObj(disc.mapping)) {
      const k = findKey(value, disc.propertyName);
      const tag = k === undefined ? undefined : value[k];
      const mk = typeof tag === 'string' ? findKey(disc.mapping, tag) : undefined;
      if (mk === undefined) {
        out.push({ path: [...path, disc.propertyName], expected: `one of ${shown(Object.keys(disc.mapping))}`, found: k === undefined ? 'nothing' : found(tag, secure) });
        return;
      }
      shape = { ...t, ...resolve(disc.mapping[mk], definitions) };
    }
    const props = isObj(shape.properties) ? shape.properties : {};
    for (const [name, def] of Object.entries(props)) {
      const k = findKey(value, name);
      if (k === undefined) {
        if (resolve(def, definitions).nullable !== true) out.push({ path: [...path, name], expected: 'a value (the property is required by its type)', found: 'nothing' });
      } else check(value[k], def, definitions, [...path, k], secure, out);
    }
    const extra = Object.keys(value).filter((k) => findKey(props, k) === undefined && !(isObj(disc) && typeof disc.propertyName === 'string' && k.toLowerCase() === disc.propertyName.toLowerCase()));
    if (shape.additionalProperties === false) {
      for (const k of extra) out.push({ path: [...path, k], expected: `no property beyond ${shown(Object.keys(props)) || 'none'} (additionalProperties: false)`, found: found(value[k], secure) });
    } else if (isObj(shape.additionalProperties)) {
      for (const k of extra) check(value[k], shape.additionalProperties, definitions, [...path, k], secure, out);
    }
  }
  if (Array.isArray(value)) {
    const prefix = Array.isArray(t.prefixItems) ? t.prefixItems : [];
    prefix.forEach((def, i) => {
      if (i < value.length) check(value[i], def, definitions, [...path, i], secure, out);
    });
    if (prefix.length > 0 && value.length < prefix.length) out.push({ path, expected: `${prefix.length} items (prefixItems)`, found: `${value.length}` });
    if (t.items === false && value.length > prefix.length) out.push({ path, expected: `at most ${prefix.length} items (items: false)`, found: `${value.length}` });
    else if (isObj(t.items)) for (let i = prefix.length; i < value.length; i++) check(value[i], t.items, definitions, [...path, i], secure, out);
  }
}

/** Whether a template value holds an expression anywhere (it is evaluated, not read as written). */
function hasExpression(v: unknown): boolean {
  if (typeof v === 'string') return v.startsWith('[');
  if (Array.isArray(v)) return v.some(hasExpression);
  if (isObj(v)) return Object.values(v).some(hasExpression);
  return false;
}

/** A nested deployment whose parameter values are checked: where its declaration is in the template file. */
export interface NestedDeployment {
  at: Path;
}

export interface ParameterCheck {
  /** Values ARM would refuse: the deployment is not scanned. */
  errors: InputError[];
  /** What ARM may refuse (its handling is not documented): scanned as given, and said. */
  notices: string[];
}

/**
 * Checks a parameter file's values (or, with none, the defaults a deployment would use) against the
 * template's parameter declarations, as ARM does before a deployment starts.
 */
export function checkParameters(templateFile: string, template: unknown, parameterFile?: string, parameterDoc?: unknown, nested?: NestedDeployment): ParameterCheck {
  const res: ParameterCheck = { errors: [], notices: [] };
  if (!isObj(template)) return res;
  // Keys as ARM reads them, whatever their letter case (`"Parameters"`, `"AllowedValues"`); two keys of one
  // object that differ only in case are refused when the template is read (template.ts), so not judged here.
  let decls: Obj;
  let definitions: Obj;
  try {
    const doc = withArmKeys(templateFile, template, TEMPLATE_KEYS, []);
    const raw = isObj(doc.parameters) ? doc.parameters : {};
    decls = Object.fromEntries(Object.entries(raw).map(([k, d]) => [k, isObj(d) ? withArmKeys(templateFile, d, PARAMETER_KEYS, ['parameters', k]) : d]));
    definitions = isObj(doc.definitions) ? doc.definitions : {};
  } catch (e) {
    if (e instanceof InputError) return res;
    throw e;
  }
  const given = parameterFile !== undefined && isObj(parameterDoc) && isObj(parameterDoc.parameters) ? parameterDoc.parameters : {};
  const tname = nested ? `the template of the nested deployment at ${jsonPath(nested.at)}` : basename(templateFile);
  // Paths of the values: in the parameter file, or (a nested deployment) in the template that gives them.
  const where = (path: Path) => jsonPath(nested ? [...nested.at, 'properties', ...path] : path);
  for (const [name, entry] of Object.entries(given)) {
    const key = findKey(decls, name);
    if (key === undefined) {
      const names = Object.keys(decls);
      const list = names.length === 0 ? 'none' : names.length <= 8 ? names.join(', ') : `${names.slice(0, 8).join(', ')}, …`;
      res.errors.push(new InputError(parameterFile!, where(['parameters', name]), `only parameters that ${tname} declares (${list}): ARM refuses a parameter file that names others`, `"${name}", which it does not declare`));
      continue;
    }
    if (!isObj(entry) || !('value' in entry)) continue; // a Key Vault reference: never read
    const problems: Problem[] = [];
    check(entry.value, decls[key], definitions, ['parameters', name, 'value'], false, problems);
    for (const p of problems) {
      if (p.twin !== undefined) {
        res.notices.push(
          `${parameterFile}: parameter ${key} (${where(p.path)}) is ${p.found}, which matches ${p.twin} only if letter case is ignored; Microsoft Learn does not say whether ARM's allowed-values check ignores case, so ARM may refuse this deployment. It is scanned with the value as given`,
        );
      } else res.errors.push(new InputError(parameterFile!, where(p.path), `${p.expected} for parameter ${key} of ${tname} (ARM refuses the deployment otherwise)`, p.found));
    }
  }
  // A nested template's own defaults are said once, for the template that holds it (not per deployment of it).
  if (nested) return res;
  for (const [key, decl] of Object.entries(decls)) {
    if (findKey(given, key) !== undefined || !isObj(decl) || !('defaultValue' in decl) || hasExpression(decl.defaultValue)) continue;
    const problems: Problem[] = [];
    check(decl.defaultValue, decl, definitions, ['parameters', key, 'defaultValue'], false, problems);
    for (const p of problems) {
      res.notices.push(
        `${templateFile}: parameter ${key}'s default at ${jsonPath(p.path)} is ${p.found}; its declaration expects ${p.expected}. Microsoft Learn does not say whether ARM checks a default against its parameter's constraints, so ARM may refuse this deployment${parameterFile ? ` (with ${parameterFile})` : ''}; it is scanned with the default as written`,
      );
    }
  }
  return res;
}
