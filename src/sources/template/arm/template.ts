import { createHash } from 'node:crypto';
import type { RawResource } from '../../../inventory/build.js';
import type { SourceRef } from '../../../inventory/model.js';
import { REDACTED } from '../../../inventory/secrets.js';
import { InputError, describeValue, jsonPath } from '../../../util/errors.js';
import type { ParsedJson } from '../../../util/json.js';
import { isFullType, PLACEHOLDER_RESOURCE_GROUP, PLACEHOLDER_SUBSCRIPTION, resourceGroupResourceId } from '../ids.js';
import { positionOf } from '../location.js';
import { isExpression, unescapeLiteral } from './expression.js';
import { evaluateString, TemplateError, Unknown, type EvalContext, type EvalScope, type Obj, type Value } from './evaluate.js';

/**
 * Reads the ExpressRoute resources of one ARM deployment template (also what `bicep build` emits:
 * languageVersion 2.0 symbolic resources and inline nested deployments for modules) into
 * ARM-shaped rows, evaluating parameters, variables, copy loops, conditions and the template
 * functions that can be decided statically.
 */

/** Resource types erscan reads from templates (lower-cased). */
const ER_TYPES = new Set([
  'microsoft.network/expressroutecircuits',
  'microsoft.network/expressroutecircuits/peerings',
  'microsoft.network/expressroutecircuits/authorizations',
  'microsoft.network/expressrouteports',
  'microsoft.network/virtualnetworkgateways',
  'microsoft.network/connections',
  'microsoft.network/expressroutegateways',
  'microsoft.network/expressroutegateways/expressrouteconnections',
]);

/** Top-level keys of a resource declaration that become part of the row. */
const ROW_KEYS = ['location', 'sku', 'kind', 'zones', 'tags', 'identity', 'extendedLocation', 'properties'];

/** ARM's own limits: at most 800 copies per loop; we also bound nested deployment depth. */
export const MAX_COPY_COUNT = 800;
const MAX_DEPLOYMENT_DEPTH = 10;

type Path = (string | number)[];
const isPlainObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A parameter value supplied from outside the template (parameter file or nested deployment). */
export type SuppliedParameters = Map<string, Value>;

/** Reads a parameter file's `parameters` into values; Key Vault references become a redaction marker. */
export function readParameterFile(file: string, doc: unknown): SuppliedParameters {
  const out: SuppliedParameters = new Map();
  const params = isPlainObj(doc) ? doc.parameters : undefined;
  if (params === undefined) return out;
  if (!isPlainObj(params)) throw new InputError(file, '$.parameters', 'an object of parameter values', describeValue(params));
  for (const [name, entry] of Object.entries(params)) {
    if (!isPlainObj(entry)) throw new InputError(file, jsonPath(['parameters', name]), 'an object with "value" or "reference"', describeValue(entry));
    if ('value' in entry) out.set(name.toLowerCase(), entry.value as Value);
    // A Key Vault reference is a secret we must never read; it is configured, so it counts as set.
    else if ('reference' in entry) out.set(name.toLowerCase(), REDACTED);
    else throw new InputError(file, jsonPath(['parameters', name]), 'an object with "value" or "reference"', 'neither');
  }
  return out;
}

interface Shared {
  paramCache: Map<string, Value>;
  varCache: Map<string, Value>;
  evaluating: Set<string>;
}

interface Loop {
  name?: string;
  index: Value;
  resource: boolean;
}

function findKey(o: Record<string, unknown> | undefined, name: string): string | undefined {
  if (!o) return undefined;
  if (Object.prototype.hasOwnProperty.call(o, name)) return name;
  return Object.keys(o).find((k) => k.toLowerCase() === name.toLowerCase());
}

/** The evaluation context of one template (or one inner-scoped nested deployment). */
class TemplateScope implements EvalContext {
  constructor(
    readonly loader: TemplateLoader,
    readonly template: Record<string, unknown>,
    readonly templatePath: Path,
    readonly supplied: SuppliedParameters,
    readonly scope: EvalScope,
    readonly loops: Loop[] = [],
    readonly shared: Shared = { paramCache: new Map(), varCache: new Map(), evaluating: new Set() },
  ) {}

  withLoop(loop: Loop): TemplateScope {
    return new TemplateScope(this.loader, this.template, this.templatePath, this.supplied, this.scope, [...this.loops, loop], this.shared);
  }

  /** Parameters and variables never see the loops of the resource that reads them. */
  private bare(): TemplateScope {
    return this.loops.length === 0 ? this : new TemplateScope(this.loader, this.template, this.templatePath, this.supplied, this.scope, [], this.shared);
  }

  parameter(name: string): Value {
    const decls = isPlainObj(this.template.parameters) ? this.template.parameters : undefined;
    const key = findKey(decls, name);
    if (key === undefined) throw new TemplateError(`a parameter named "${name}" declared in the template's parameters`);
    const cacheKey = key.toLowerCase();
    if (this.shared.paramCache.has(cacheKey)) return this.shared.paramCache.get(cacheKey)!;
    let v: Value;
    if (this.supplied.has(cacheKey)) v = this.supplied.get(cacheKey)!;
    else {
      const decl = decls![key];
      if (isPlainObj(decl) && 'defaultValue' in decl) {
        v = this.guarded(`parameter ${key}`, () => this.loader.evalValue(decl.defaultValue, this.bare(), [...this.templatePath, 'parameters', key, 'defaultValue']));
      } else {
        v = new Unknown(`parameter "${key}" has no value (no default and no parameter file value)`);
      }
    }
    this.shared.paramCache.set(cacheKey, v);
    return v;
  }

  variable(name: string): Value {
    const vars = isPlainObj(this.template.variables) ? this.template.variables : undefined;
    const cacheKey = name.toLowerCase();
    if (this.shared.varCache.has(cacheKey)) return this.shared.varCache.get(cacheKey)!;
    let v: Value;
    const key = findKey(vars, name);
    if (key !== undefined && key !== 'copy') {
      v = this.guarded(`variable ${key}`, () => this.loader.evalValue(vars![key], this.bare(), [...this.templatePath, 'variables', key]));
    } else {
      // Variable loops: "copy": [{ "name": "x", "count": n, "input": ... }] defines variable x.
      const loops = Array.isArray(vars?.copy) ? vars!.copy : [];
      const i = loops.findIndex((l) => isPlainObj(l) && typeof l.name === 'string' && l.name.toLowerCase() === cacheKey);
      if (i < 0) throw new TemplateError(`a variable named "${name}" declared in the template's variables`);
      const at = [...this.templatePath, 'variables', 'copy', i];
      v = this.guarded(`variable ${name}`, () => this.loader.expandCopy(loops[i] as Record<string, unknown>, this.bare(), at));
    }
    this.shared.varCache.set(cacheKey, v);
    return v;
  }

  private guarded(what: string, fn: () => Value): Value {
    if (this.shared.evaluating.has(what)) throw new TemplateError(`no circular reference (${what} refers to itself)`);
    this.shared.evaluating.add(what);
    try {
      return fn();
    } finally {
      this.shared.evaluating.delete(what);
    }
  }

  copyIndex(loop: string | undefined): Value {
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const l = this.loops[i];
      if (loop === undefined ? l.resource : l.name?.toLowerCase() === loop.toLowerCase()) return l.index;
    }
    throw new TemplateError(loop ? `copyIndex('${loop}') inside a copy loop named ${loop}` : 'copyIndex() inside a resource copy loop');
  }
}

interface Parent {
  type: string;
  name: string;
}

export interface TemplateLoadResult {
  raws: RawResource[];
  notices: string[];
}

/**
 * Maps a resource declaration's path in the compiled template (`['resources', 'circuit']`, or through a
 * module's nested deployment `['resources', 'gw', 'properties', 'template', 'resources', 'conn']`) to
 * where its source declares it (a .bicep file), or undefined to keep the compiled JSON position.
 */
export type SourceLocator = (at: (string | number)[]) => Pick<SourceRef, 'kind' | 'file' | 'line' | 'column'> | undefined;

/** Loads one template with optional parameter values; throws InputError on a malformed template. */
export function loadArmTemplate(file: string, parsed: ParsedJson, supplied: SuppliedParameters, parameterFile?: string, locate?: SourceLocator): TemplateLoadResult {
  return new TemplateLoader(file, parsed, parameterFile, locate).load(supplied);
}

class TemplateLoader {
  readonly raws: RawResource[] = [];
  readonly notices: string[] = [];
  private readonly unresolvedDetails: string[] = [];
  private unresolvedCount = 0;

  constructor(
    readonly file: string,
    readonly parsed: ParsedJson,
    readonly parameterFile: string | undefined,
    readonly locate?: SourceLocator,
  ) {}

  load(supplied: SuppliedParameters): TemplateLoadResult {
    const doc = this.parsed.value;
    if (!isPlainObj(doc)) throw new InputError(this.file, '$', 'an ARM template object', describeValue(doc));
    const decls = isPlainObj(doc.parameters) ? doc.parameters : {};
    for (const name of supplied.keys()) {
      if (findKey(decls, name) === undefined) this.notices.push(`${this.parameterFile ?? this.file}: parameter "${name}" is not declared by ${this.file}; ignored`);
    }
    const scope = new TemplateScope(this, doc, [], supplied, { subscriptionId: PLACEHOLDER_SUBSCRIPTION, resourceGroup: PLACEHOLDER_RESOURCE_GROUP });
    this.walk(doc.resources, ['resources'], scope, undefined, 0);
    if (this.unresolvedCount > 0) {
      const shown = this.unresolvedDetails.slice(0, 3).join('; ');
      this.notices.push(
        `${this.file}: ${this.unresolvedCount} value${this.unresolvedCount === 1 ? '' : 's'} could not be resolved statically (${shown}${this.unresolvedDetails.length > 3 ? '; …' : ''}); rules that read them report "unknown"${this.parameterFile ? '' : ' (a parameter file <name>.parameters.json beside the template supplies values)'}`,
      );
    }
    return { raws: this.raws, notices: this.notices };
  }

  /** Evaluates a template value: expressions in strings, property copy loops in objects. */
  evalValue(raw: unknown, scope: TemplateScope, at: Path): Value {
    if (typeof raw === 'string') {
      if (!isExpression(raw)) return unescapeLiteral(raw);
      try {
        return evaluateString(raw, scope);
      } catch (e) {
        if (e instanceof TemplateError) throw new InputError(this.file, jsonPath(at), e.message);
        throw e;
      }
    }
    if (Array.isArray(raw)) return raw.map((x, i) => this.evalValue(x, scope, [...at, i]));
    if (isPlainObj(raw)) {
      const out: Obj = {};
      for (const [k, v] of Object.entries(raw)) {
        if (k === 'copy' && Array.isArray(v) && v.every((l) => isPlainObj(l) && typeof l.name === 'string' && 'input' in l)) {
          v.forEach((l, i) => {
            const loop = l as Record<string, unknown>;
            out[loop.name as string] = this.expandCopy(loop, scope, [...at, 'copy', i]);
          });
        } else out[k] = this.evalValue(v, scope, [...at, k]);
      }
      return out;
    }
    if (raw === undefined) return null;
    return raw as Value;
  }

  /** `{name, count, input}`: an array of `count` inputs evaluated with copyIndex(name). */
  expandCopy(loop: Record<string, unknown>, scope: TemplateScope, at: Path): Value {
    const count = this.evalValue(loop.count, scope, [...at, 'count']);
    if (count instanceof Unknown) return count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new InputError(this.file, jsonPath([...at, 'count']), 'a whole number of copies', describeValue(count));
    if (count > MAX_COPY_COUNT) throw new InputError(this.file, jsonPath([...at, 'count']), `at most ${MAX_COPY_COUNT} copies (the ARM limit)`, String(count));
    const out: Value[] = [];
    for (let i = 0; i < count; i++) out.push(this.evalValue(loop.input, scope.withLoop({ name: loop.name as string, index: i, resource: false }), [...at, 'input']));
    return out;
  }

  private walk(resources: unknown, at: Path, scope: TemplateScope, parent: Parent | undefined, depth: number): void {
    if (resources === undefined) return;
    let entries: [string | number, unknown][];
    if (Array.isArray(resources)) entries = resources.map((r, i) => [i, r]);
    else if (isPlainObj(resources)) entries = Object.entries(resources); // languageVersion 2.0: symbolic names
    else throw new InputError(this.file, jsonPath(at), 'an array (or, with languageVersion 2.0, an object) of resources', describeValue(resources));
    for (const [key, decl] of entries) {
      const declAt = [...at, key];
      if (!isPlainObj(decl)) throw new InputError(this.file, jsonPath(declAt), 'a resource object', describeValue(decl));
      if (decl.existing === true) continue; // a reference to a resource deployed elsewhere
      if (typeof decl.type !== 'string' || decl.type === '') throw new InputError(this.file, jsonPath([...declAt, 'type']), 'a resource type string', describeValue(decl.type));
      const copy = decl.copy;
      if (isPlainObj(copy)) {
        const count = this.evalValue(copy.count, scope, [...declAt, 'copy', 'count']);
        const loopName = typeof copy.name === 'string' ? copy.name : undefined;
        if (count instanceof Unknown) {
          this.notices.push(`${this.file}: ${jsonPath(declAt)} (${decl.type}) has a copy count that cannot be resolved statically; one representative instance is scanned`);
          this.declare(decl, declAt, scope.withLoop({ name: loopName, index: count, resource: true }), parent, depth);
          continue;
        }
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new InputError(this.file, jsonPath([...declAt, 'copy', 'count']), 'a whole number of copies', describeValue(count));
        if (count > MAX_COPY_COUNT) throw new InputError(this.file, jsonPath([...declAt, 'copy', 'count']), `at most ${MAX_COPY_COUNT} copies (the ARM limit)`, String(count));
        for (let i = 0; i < count; i++) this.declare(decl, declAt, scope.withLoop({ name: loopName, index: i, resource: true }), parent, depth);
      } else {
        this.declare(decl, declAt, scope, parent, depth);
      }
    }
  }

  /** One instance of a resource declaration (one copy of a loop). */
  private declare(decl: Record<string, unknown>, at: Path, scope: TemplateScope, parent: Parent | undefined, depth: number): void {
    if ('condition' in decl) {
      const cond = this.evalValue(decl.condition, scope, [...at, 'condition']);
      if (cond === false) return;
      if (cond instanceof Unknown) this.notices.push(`${this.file}: ${jsonPath(at)} (${String(decl.type)}) is deployed on a condition that cannot be resolved statically; it is scanned as if deployed`);
    }
    const declaredType = decl.type as string;
    const nameValue = this.evalValue(decl.name, scope, [...at, 'name']);
    const unresolvedName = typeof nameValue !== 'string';
    // An unresolvable name still needs a stable id: derive it from the expression text.
    const name = unresolvedName ? `unresolved-${createHash('sha256').update(JSON.stringify(decl.name ?? '')).digest('hex').slice(0, 8)}` : nameValue;
    let type = declaredType;
    let fullName = name;
    if (parent) {
      if (!isFullType(declaredType)) {
        type = `${parent.type}/${declaredType}`;
        fullName = `${parent.name}/${name}`;
      } else if (name.split('/').length < declaredType.split('/').length - 1) {
        fullName = `${parent.name}/${name}`;
      }
    }
    const lowerType = type.toLowerCase();
    if (lowerType === 'microsoft.resources/deployments') {
      this.nestedDeployment(decl, at, scope, depth);
      return;
    }
    if (ER_TYPES.has(lowerType)) this.emit(decl, at, scope, type, fullName, unresolvedName);
    if (decl.resources !== undefined) this.walk(decl.resources, [...at, 'resources'], scope, { type, name: fullName }, depth);
  }

  private emit(decl: Record<string, unknown>, at: Path, scope: TemplateScope, type: string, fullName: string, unresolvedName: boolean): void {
    const id = resourceGroupResourceId(scope.scope, type, fullName);
    const row: Record<string, unknown> = { id, name: fullName.split('/').pop(), type };
    const unresolved: { path: string; reason: string }[] = [];
    if (unresolvedName) unresolved.push({ path: 'name', reason: 'the name is computed at deployment time' });
    for (const k of ROW_KEYS) {
      if (!(k in decl)) continue;
      const v = toRow(this.evalValue(decl[k], scope, [...at, k]), k, unresolved);
      if (v !== OMIT) row[k] = v;
    }
    const mapped = this.locate?.(at);
    const pos = mapped ?? positionOf(this.parsed, at) ?? { line: 1, column: 1 };
    const raw: RawResource = { row, source: { kind: mapped?.kind ?? 'arm', file: mapped?.file ?? this.file, line: pos.line, column: pos.column } };
    if (unresolved.length > 0) {
      raw.unresolved = unresolved.map((u) => u.path);
      this.unresolvedCount += unresolved.length;
      for (const u of unresolved) if (this.unresolvedDetails.length < 10) this.unresolvedDetails.push(`${row.name} ${u.path}: ${u.reason}`);
    }
    this.raws.push(raw);
  }

  private nestedDeployment(decl: Record<string, unknown>, at: Path, scope: TemplateScope, depth: number): void {
    const props = isPlainObj(decl.properties) ? decl.properties : {};
    if (props.templateLink !== undefined) {
      this.notices.push(`${this.file}: ${jsonPath(at)} links to a template by URI; linked templates are not read (run bicep build or scan the linked file)`);
      return;
    }
    if (!isPlainObj(props.template)) return;
    if (depth >= MAX_DEPLOYMENT_DEPTH) {
      this.notices.push(`${this.file}: ${jsonPath(at)} nests deployments more than ${MAX_DEPLOYMENT_DEPTH} levels deep; deeper levels are not read`);
      return;
    }
    const evalScope = (key: 'subscriptionId' | 'resourceGroup', fallback: string): string => {
      if (!(key in decl)) return fallback;
      const v = this.evalValue(decl[key], scope, [...at, key]);
      return typeof v === 'string' && v !== '' ? v : fallback;
    };
    const inner: EvalScope = { subscriptionId: evalScope('subscriptionId', scope.scope.subscriptionId), resourceGroup: evalScope('resourceGroup', scope.scope.resourceGroup) };
    const templateAt = [...at, 'properties', 'template'];
    const innerScoped = isPlainObj(props.expressionEvaluationOptions) && String(props.expressionEvaluationOptions.scope).toLowerCase() === 'inner';
    let next: TemplateScope;
    if (innerScoped) {
      const supplied: SuppliedParameters = new Map();
      const params = isPlainObj(props.parameters) ? props.parameters : {};
      for (const [name, entry] of Object.entries(params)) {
        if (!isPlainObj(entry)) continue;
        if ('value' in entry) supplied.set(name.toLowerCase(), this.evalValue(entry.value, scope, [...at, 'properties', 'parameters', name, 'value']));
        else if ('reference' in entry) supplied.set(name.toLowerCase(), REDACTED);
      }
      next = new TemplateScope(this, props.template, templateAt, supplied, inner);
    } else {
      // Outer scope: the inner template's expressions read the outer template's parameters and variables.
      next = new TemplateScope(this, scope.template, scope.templatePath, scope.supplied, inner, scope.loops, scope.shared);
    }
    this.walk(props.template.resources, [...templateAt, 'resources'], next, undefined, depth + 1);
  }
}

const OMIT = Symbol('omit');

/**
 * Turns an evaluated value into plain row JSON: unknown values are left out and their row-relative
 * paths (`sku.tier`, `properties.peerings[0].properties.vlanId`) recorded. Unknown array members
 * are dropped and the array's own path is recorded, so the indices of known members stay right.
 */
function toRow(v: Value, path: string, unresolved: { path: string; reason: string }[]): unknown {
  if (v instanceof Unknown) {
    unresolved.push({ path, reason: v.reason });
    return OMIT;
  }
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    let dropped: Unknown | undefined;
    for (const x of v) {
      if (x instanceof Unknown) {
        dropped ??= x;
        continue;
      }
      out.push(toRow(x, `${path}[${out.length}]`, unresolved));
    }
    if (dropped) unresolved.push({ path, reason: dropped.reason });
    return out;
  }
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const r = toRow(x, `${path}.${k}`, unresolved);
      if (r !== OMIT) out[k] = r;
    }
    return out;
  }
  return v;
}
