import type { RawChoice, RawPossible, RawResource } from '../../../inventory/build.js';
import type { CoverageGap, SourceRef } from '../../../inventory/model.js';
import { isSecretProperty, REDACTED } from '../../../inventory/secrets.js';
import { InputError, describeValue, jsonPath } from '../../../util/errors.js';
import type { ParsedJson } from '../../../util/json.js';
import { isFullType, labelPlaceholders, PLACEHOLDER_RESOURCE_GROUP, PLACEHOLDER_SUBSCRIPTION, resourceGroupResourceId, standInOf } from '../ids.js';
import { labelStandIns } from '../../../inventory/names.js';
import { findKey } from '../../../util/keys.js';
import { positionOf } from '../location.js';
import { isExpression, unescapeLiteral } from './expression.js';
import { describeCycle, findDependencyCycle, findDuplicateDeclaration, type DependencyNode } from './dependencies.js';
import { respellDeclared } from '../../validate.js';
import { checkParameters } from './params.js';
import { containsUnknown, evaluateString, hoist, lift, MAX_CASES, Possible, TemplateError, Unknown, type Case, type Choice, type EvalContext, type EvalScope, type Obj, type UserFunction, type Value } from './evaluate.js';
import { isObj } from '../../../util/objects.js';
import { LEFT_OUT_MARK } from '../../types.js';

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
  // Global Reach declared as a child resource of a circuit's peering
  'microsoft.network/expressroutecircuits/peerings/connections',
]);

/**
 * A virtual network and its subnets: only the subnet named GatewaySubnet is read (ERS-RED-012 reads the network
 * security group on it), declared inline in the network's `properties.subnets[]` or as a subnet resource.
 */
const VIRTUAL_NETWORK = 'microsoft.network/virtualnetworks';
const SUBNET = 'microsoft.network/virtualnetworks/subnets';
const SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets';
const isGatewaySubnetName = (name: string) => name.split('/').pop()!.toLowerCase() === 'gatewaysubnet';

/** Extension resources erscan reads when they are attached to an ExpressRoute resource. */
const DIAGNOSTIC_SETTINGS = 'microsoft.insights/diagnosticsettings';
/** `Microsoft.Network/expressRouteCircuits/providers/diagnosticSettings` (the older, name-scoped form). */
const isProviderDiagnosticSettings = (lowerType: string) => lowerType.endsWith('/providers/diagnosticsettings');
/**
 * A maintenance configuration assigned to a resource (an extension resource: `scope` names the gateway, or it is
 * nested in it), as learn.microsoft.com/azure/templates/microsoft.maintenance/configurationassignments declares it.
 */
const MAINTENANCE_ASSIGNMENTS = 'microsoft.maintenance/configurationassignments';
/** `Microsoft.Network/virtualNetworkGateways/providers/configurationAssignments` (the name-scoped form). */
const isProviderMaintenanceAssignment = (lowerType: string) => lowerType.endsWith('/providers/configurationassignments');
/** Extension resources erscan reads, by the type their declarations name in full. */
const EXTENSION_TYPES: Record<string, string> = {
  [DIAGNOSTIC_SETTINGS]: 'Microsoft.Insights/diagnosticSettings',
  [MAINTENANCE_ASSIGNMENTS]: 'Microsoft.Maintenance/configurationAssignments',
};

/** Top-level keys of a resource declaration that become part of the row. */
const ROW_KEYS = ['location', 'sku', 'kind', 'zones', 'tags', 'identity', 'extendedLocation', 'properties'];

/** ARM's own limits: at most 800 copies per loop; we also bound nested deployment depth. */
export const MAX_COPY_COUNT = 800;
const MAX_DEPLOYMENT_DEPTH = 10;
/** Walks of one template when modules read the outputs of modules declared after them (see TemplateLoader.load). */
const MAX_WALKS = 4;

type Path = (string | number)[];

/** A parameter value supplied from outside the template (parameter file or nested deployment). */
export type SuppliedParameters = Map<string, Value>;

/**
 * A parameter value given by a Key Vault reference (`"reference": { "keyVault": …, "secretName": … }`): a
 * secret erscan never reads, whatever the parameter's type. The parameter reads it as a value not known
 * here (a secret property it fills counts as configured), never as a value.
 */
const KEY_VAULT_REFERENCE = new Unknown('its value is a Key Vault secret (never read)', undefined, undefined, true);

/** Reads a parameter file's `parameters` into values; Key Vault references are never read. */
export function readParameterFile(file: string, doc: unknown): SuppliedParameters {
  const out: SuppliedParameters = new Map();
  const params = isObj(doc) ? doc.parameters : undefined;
  if (params === undefined) return out;
  if (!isObj(params)) throw new InputError(file, '$.parameters', 'an object of parameter values', describeValue(params));
  for (const [name, entry] of Object.entries(params)) {
    if (!isObj(entry)) throw new InputError(file, jsonPath(['parameters', name]), 'an object with "value" or "reference"', describeValue(entry));
    if ('value' in entry) out.set(name.toLowerCase(), entry.value as Value);
    // A Key Vault reference is a secret we must never read; it is configured, so it counts as set.
    else if ('reference' in entry) out.set(name.toLowerCase(), KEY_VAULT_REFERENCE);
    else throw new InputError(file, jsonPath(['parameters', name]), 'an object with "value" or "reference"', 'neither');
  }
  return out;
}

interface Shared {
  paramCache: Map<string, Value>;
  varCache: Map<string, Value>;
  evaluating: Set<string>;
  /** `deployment().name` of the deployment whose template this is, when its parent declares it (a nested deployment). */
  deploymentName?: Value;
}

interface Loop {
  name?: string;
  index: Value;
  resource: boolean;
}

/**
 * Whether the template loader reads more of a declaration of this (lower-cased, full) type than its own keys
 * (name, type, condition, dependsOn…): its properties, SKU, scope or nested template. A key written twice
 * inside a declaration of another type (a Key Vault's network rules) changes nothing erscan judges.
 */
export function readsDeclarationsOf(lowerType: string): boolean {
  return lowerType === 'microsoft.resources/deployments' || ER_TYPES.has(lowerType) || EXTENSION_TYPES[lowerType] !== undefined || isProviderDiagnosticSettings(lowerType) || isProviderMaintenanceAssignment(lowerType) || lowerType === SUBNET || lowerType === VIRTUAL_NETWORK;
}

/** Keys of a template, of a resource declaration and of a nested deployment's properties, as ARM documents them. */
export const TEMPLATE_KEYS = ['$schema', 'contentVersion', 'apiProfile', 'languageVersion', 'definitions', 'parameters', 'variables', 'functions', 'resources', 'outputs', 'metadata'];
const DECLARATION_KEYS = ['type', 'name', 'apiVersion', 'condition', 'copy', 'dependsOn', 'resources', 'existing', 'scope', 'subscriptionId', 'resourceGroup', 'comments', 'plan', 'managedBy', ...ROW_KEYS];
export const PARAMETER_KEYS = ['type', 'defaultValue', 'allowedValues', 'minValue', 'maxValue', 'minLength', 'maxLength', 'nullable', 'metadata', '$ref'];
const DEPLOYMENT_KEYS = ['mode', 'template', 'templateLink', 'parameters', 'parametersLink', 'expressionEvaluationOptions', 'debugSetting', 'onErrorDeployment'];

/**
 * `o` with the keys of `keys` spelled as ARM documents them: ARM reads a template's keys whatever their
 * letter case (a resource with `"Properties"` or `"SKU"` deploys as with `properties` and `sku`;
 * "ARM will first try to match the property case then fallback to any case":
 * github.com/Azure/PSRule.Rules.Azure/issues/794). Two keys that differ only in case are refused (input
 * error naming the path): Learn does not say which one ARM reads (Bicep refuses such names:
 * github.com/Azure/bicep/pull/11457).
 */
export function withArmKeys(file: string, o: Record<string, unknown>, keys: readonly string[], at: Path): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  const written = new Map<string, string>();
  for (const k of Object.keys(o)) {
    const lower = k.toLowerCase();
    const key = keys.find((c) => c.toLowerCase() === lower);
    if (key === undefined) continue;
    const before = written.get(key);
    if (before !== undefined) throw new InputError(file, jsonPath([...at, key]), `one key for "${key}" (ARM reads keys whatever their letter case, and which of two it reads is not documented)`, `both "${before}" and "${k}"`);
    written.set(key, k);
    if (key !== k) {
      out ??= { ...o };
      delete out[k];
      out[key] = o[k];
    }
  }
  return out ?? o;
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
    /**
     * Where its resources are deployed. `scope` is what its expressions resolve `resourceGroup()`,
     * `subscription()` and `resourceId()` against: the same, except in a nested deployment with outer
     * evaluation scope (ARM's default) that targets another resource group or subscription, whose
     * expressions resolve to the parent's ("Set the property to outer to resolve to the scope of the
     * parent template": learn.microsoft.com/azure/azure-resource-manager/templates/scope-functions).
     */
    readonly deployTo: EvalScope = scope,
  ) {}

  withLoop(loop: Loop): TemplateScope {
    return new TemplateScope(this.loader, this.template, this.templatePath, this.supplied, this.scope, [...this.loops, loop], this.shared, this.deployTo);
  }

  /** Parameters and variables never see the loops of the resource that reads them. */
  private bare(): TemplateScope {
    return this.loops.length === 0 ? this : new TemplateScope(this.loader, this.template, this.templatePath, this.supplied, this.scope, [], this.shared, this.deployTo);
  }

  parameter(name: string): Value {
    const decls = isObj(this.template.parameters) ? this.template.parameters : undefined;
    const key = findKey(decls, name);
    if (key === undefined) throw new TemplateError(`a parameter named "${name}" declared in the template's parameters`);
    const cacheKey = key.toLowerCase();
    if (this.shared.paramCache.has(cacheKey)) return this.shared.paramCache.get(cacheKey)!;
    let v: Value;
    // Its keys as ARM reads them, whatever their case: a `"Type": "SecureString"` parameter is secure.
    const declared = isObj(decls![key]) ? withArmKeys(this.loader.file, decls![key] as Record<string, unknown>, PARAMETER_KEYS, [...this.templatePath, 'parameters', key]) : decls![key];
    const type = isObj(declared) && typeof declared.type === 'string' ? declared.type.toLowerCase() : '';
    // A secure parameter's value (its default, or one a parameter file gives) is never read: it would
    // reach names, messages and reports. What it decides is not known here.
    const secure = type === 'securestring' || type === 'secureobject';
    // (An empty value holds no secret: '' or {} is read, so an optional secret left empty is "not configured".)
    const empty = (x: unknown) => x === '' || x === null || (isObj(x) && Object.keys(x).length === 0);
    // (A value given as not known, such as another deployment's output, holds no secret: it stays as it is.)
    const hasValue = this.supplied.has(cacheKey) ? !empty(this.supplied.get(cacheKey)) && !(this.supplied.get(cacheKey) instanceof Unknown) : isObj(declared) && 'defaultValue' in declared && !empty(declared.defaultValue);
    if (secure && hasValue) v = new Unknown(`parameter "${key}" is secure (its value is never read)`, key, this.parameterStandIn(key), true);
    else if (this.supplied.has(cacheKey)) {
      v = this.supplied.get(cacheKey)!;
      if (v === KEY_VAULT_REFERENCE) v = new Unknown(`parameter "${key}" is given by a Key Vault reference (its value is never read)`, key, this.parameterStandIn(key), true);
      // null for a parameter that is not nullable: Learn does not say whether ARM refuses it, uses the
      // default or deploys null, so what it decides is not known.
      if (v === null && !this.nullable(isObj(declared) ? declared : {}))
        v = new Unknown(`parameter "${key}" is given null but is not nullable`, key, this.parameterStandIn(key), false, true);
    }
    else {
      const decl = declared;
      if (isObj(decl) && 'defaultValue' in decl) {
        v = this.guarded(`parameter ${key}`, () => this.loader.evalValue(decl.defaultValue, this.bare(), [...this.templatePath, 'parameters', key, 'defaultValue']));
      } else {
        v = this.withoutValue(key, isObj(decl) ? decl : {});
      }
    }
    this.shared.paramCache.set(cacheKey, v);
    return v;
  }

  /** A declaration's own property, else its `$ref` definition's (Bicep user-defined types carry the type, nullable and allowedValues). */
  private declared(decl: Record<string, unknown>): (name: string) => unknown {
    const ref = typeof decl.$ref === 'string' ? /^#\/definitions\/(.+)$/.exec(decl.$ref)?.[1] : undefined;
    const defs = isObj(this.template.definitions) ? this.template.definitions : {};
    const def = ref !== undefined && isObj(defs[ref]) ? (defs[ref] as Record<string, unknown>) : {};
    return (name: string) => (name in decl ? decl[name] : def[name]);
  }

  private nullable(decl: Record<string, unknown>): boolean {
    return this.declared(decl)('nullable') === true;
  }

  /**
   * A parameter that neither the parameter file nor a default gives a value: when it is nullable
   * (Bicep `param x string?`), `null` where a parameter file (or a parent deployment) leaves it out
   * and unknown where no parameter file is scanned; else one of a small set when its `allowedValues`
   * (or `bool`) say so, else unknown.
   */
  private withoutValue(key: string, decl: Record<string, unknown>): Value {
    const prop = this.declared(decl);
    if (prop('nullable') === true) {
      // Left out by a parameter file (or by the parent of a nested deployment, which gives all its
      // values), a nullable parameter is null. A template scanned without a parameter file is not a
      // deployment that leaves out every optional value: like a parameter without a default, its
      // value is whatever the deployment supplies (null if it supplies none), not known here.
      if (this.templatePath.length === 0 && this.loader.parameterFile === undefined)
        return new Unknown(`parameter "${key}" has no value (nullable, no default and no parameter file)`, key, this.parameterStandIn(key), false, false, true);
      return null;
    }
    const type = String(prop('type') ?? '').toLowerCase();
    // Secrets are never enumerated (their allowed values would end up in messages).
    if (type.startsWith('secure')) return new Unknown(`parameter "${key}" has no value (no default and no parameter file value)`, key);
    const allowed = prop('allowedValues');
    const choice = (values: Value[]): Value => {
      const c: Choice = { key: this.choiceKey(`parameters.${key}`), label: `parameter \`${key}\``, values };
      return new Possible(
        values.map((value) => ({ when: { [c.key]: value }, value })),
        [c],
      );
    };
    if (Array.isArray(allowed) && type !== 'array' && type !== 'object' && allowed.length >= 1 && allowed.length <= MAX_CASES && allowed.every((x) => x === null || ['string', 'number', 'boolean'].includes(typeof x))) {
      return allowed.length === 1 ? (allowed[0] as Value) : choice(allowed as Value[]);
    }
    if (type === 'bool') return choice([true, false]);
    // Names and ids built from it keep a stand-in that is the same everywhere in this deployment.
    return new Unknown(`parameter "${key}" has no value (no default and no parameter file value)`, key, this.parameterStandIn(key));
  }

  /** The stand-in of a parameter whose value is not read here: the same wherever it builds a name or an id in this deployment. */
  private parameterStandIn(key: string): string {
    return standInOf(this.choiceKey(`parameters.${key}`), key);
  }

  /** A choice key unique to this deployment and (nested) template. */
  choiceKey(local: string): string {
    return `${this.loader.deployment}#${this.templatePath.join('.')}#${local}`;
  }

  deploymentOutputs(target: string): Value | undefined {
    return this.loader.deploymentOutputs(target);
  }

  get deploymentName(): Value | undefined {
    return this.shared.deploymentName;
  }

  variable(name: string): Value {
    const vars = isObj(this.template.variables) ? this.template.variables : undefined;
    const cacheKey = name.toLowerCase();
    if (this.shared.varCache.has(cacheKey)) return this.shared.varCache.get(cacheKey)!;
    let v: Value;
    const key = findKey(vars, name);
    if (key !== undefined && key !== 'copy') {
      v = this.guarded(`variable ${key}`, () => this.loader.evalValue(vars![key], this.bare(), [...this.templatePath, 'variables', key]));
    } else {
      // Variable loops: "copy": [{ "name": "x", "count": n, "input": ... }] defines variable x.
      const loops = Array.isArray(vars?.copy) ? vars!.copy : [];
      const i = loops.findIndex((l) => isObj(l) && typeof l.name === 'string' && l.name.toLowerCase() === cacheKey);
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

  /**
   * The template's user-defined function `namespace.member` (names compared as ARM does, ignoring case):
   * `functions: [{ namespace, members: { member: { parameters: [{ name, type }], output: { type, value } } } }]`
   * (learn.microsoft.com/azure/azure-resource-manager/templates/user-defined-functions).
   */
  userFunction(name: string): UserFunction | undefined {
    const dot = name.indexOf('.');
    const [namespace, member] = [name.slice(0, dot).toLowerCase(), name.slice(dot + 1)];
    const at = [...this.templatePath, 'functions'];
    const functions = this.template.functions;
    if (functions === undefined) return undefined;
    if (!Array.isArray(functions)) throw new InputError(this.loader.file, jsonPath(at), 'an array of function namespaces', describeValue(functions));
    for (const [i, ns] of functions.entries()) {
      if (!isObj(ns) || typeof ns.namespace !== 'string' || ns.namespace.toLowerCase() !== namespace || !isObj(ns.members)) continue;
      const key = findKey(ns.members, member);
      if (key === undefined) continue;
      const decl = ns.members[key];
      const fnAt = [...at, i, 'members', key];
      if (!isObj(decl) || !isObj(decl.output) || !('value' in decl.output)) throw new InputError(this.loader.file, jsonPath(fnAt), 'a function with "output": { "type", "value" }', describeValue(decl));
      const params = decl.parameters ?? [];
      if (!Array.isArray(params) || !params.every((p) => isObj(p) && typeof p.name === 'string')) throw new InputError(this.loader.file, jsonPath([...fnAt, 'parameters']), 'an array of parameters, each with a "name"', describeValue(params));
      return { parameters: params.map((p) => (p as { name: string }).name), output: decl.output.value };
    }
    return undefined;
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
  /** Parts of the deployment not read (a linked template, deployments nested too deep): what they deploy is not checked. */
  gaps: CoverageGap[];
}

/**
 * Maps a resource declaration's path in the compiled template (`['resources', 'circuit']`, or through a
 * module's nested deployment `['resources', 'gw', 'properties', 'template', 'resources', 'conn']`) to
 * where its source declares it (a .bicep file), or undefined to keep the compiled JSON position.
 */
export type SourceLocator = (at: (string | number)[]) => Pick<SourceRef, 'kind' | 'file' | 'line' | 'column'> | undefined;

/** How one deployment of a template is named and scoped. */
export interface DeploymentOptions {
  /**
   * The resource group placeholder of this deployment's ids. A template scanned with several
   * parameter files is several deployments: each gets its own placeholder
   * (`{resourceGroup:main.prod}`), so their resources never merge.
   */
  resourceGroup?: string;
}

/** The deployment label of a template run: `main.json`, or `main.json with main.prod.parameters.json`. */
export function deploymentLabel(file: string, parameterFile?: string): string {
  return parameterFile ? `${file} with ${parameterFile}` : file;
}

/** Loads one template with optional parameter values; throws InputError on a malformed template. */
export function loadArmTemplate(file: string, parsed: ParsedJson, supplied: SuppliedParameters, parameterFile?: string, locate?: SourceLocator, deployment: DeploymentOptions = {}): TemplateLoadResult {
  return new TemplateLoader(file, parsed, parameterFile, locate, deployment).load(supplied);
}

class TemplateLoader {
  readonly raws: RawResource[] = [];
  readonly notices: string[] = [];
  readonly gaps: CoverageGap[] = [];
  private readonly unresolvedDetails: string[] = [];
  private unresolvedCount = 0;
  /** ExpressRoute declarations (and modules holding them) that a false condition leaves out, described for a notice. */
  private readonly leftOut: string[] = [];
  /** Names this deployment in ids of unresolved names, choice keys and findings. */
  readonly deployment: string;
  /**
   * The outputs of the nested deployments walked so far (`{ outputs: … }`, evaluated when first read), by
   * `name:<name>` and `symbol:<symbolic name>`, lower-cased; null where two deployments share the key
   * (then not known).
   */
  private readonly outputs = new Map<string, { read: () => Value } | null>();
  /**
   * The outputs of the previous walk, for a module read before it is declared (ARM deploys in dependency
   * order, not document order): see `load`.
   */
  private ahead = new Map<string, { read: () => Value } | null>();
  /** Keys `reference()` looked up in this walk that neither this walk nor the previous one had (yet). */
  private readonly missed = new Set<string>();
  /** The outputs this walk read from the previous walk, in the order read. */
  private readonly readAhead: Value[] = [];
  /** Every resource instance this walk declared, with its dependsOn (see dependencies.ts). */
  private readonly dependencies: DependencyNode[] = [];
  /** The deployment whose resources are being walked (0: the template itself; then each nested deployment, each copy apart). */
  private instance = 0;
  private instances = 0;

  constructor(
    readonly file: string,
    readonly parsed: ParsedJson,
    readonly parameterFile: string | undefined,
    readonly locate?: SourceLocator,
    readonly options: DeploymentOptions = {},
  ) {
    this.deployment = deploymentLabel(file, parameterFile);
  }

  load(supplied: SuppliedParameters): TemplateLoadResult {
    if (!isObj(this.parsed.value)) throw new InputError(this.file, '$', 'an ARM template object', describeValue(this.parsed.value));
    const doc = withArmKeys(this.file, this.parsed.value, TEMPLATE_KEYS, []);
    // A module may read the outputs of one declared after it. Such a template is walked again with the
    // outputs of the walk before, until neither its resources nor the outputs read ahead change (a chain
    // of modules each reading the next needs a walk per link), at most MAX_WALKS times; what is still not
    // known then stays unknown.
    const before = this.notices.length;
    let previous: string | undefined;
    for (let walk = 1; ; walk++) {
      this.raws.length = 0;
      this.notices.length = before;
      this.gaps.length = 0;
      this.unresolvedDetails.length = 0;
      this.unresolvedCount = 0;
      this.leftOut.length = 0;
      this.outputs.clear();
      this.missed.clear();
      this.readAhead.length = 0;
      this.dependencies.length = 0;
      this.instance = 0;
      this.instances = 0;
      const scope = new TemplateScope(this, doc, [], supplied, { subscriptionId: PLACEHOLDER_SUBSCRIPTION, resourceGroup: this.options.resourceGroup ?? PLACEHOLDER_RESOURCE_GROUP });
      this.walk(doc.resources, ['resources'], scope, undefined, 0);
      const forward = this.readAhead.length > 0 || [...this.missed].some((k) => this.outputs.has(k));
      if (!forward || walk === MAX_WALKS) break;
      const now = JSON.stringify([this.raws, this.readAhead]);
      if (now === previous) break;
      previous = now;
      this.ahead = new Map(this.outputs);
    }
    // ARM refuses a template whose resources depend on each other in a circle: so does erscan.
    const cycle = findDependencyCycle(this.dependencies);
    if (cycle) {
      throw new InputError(
        this.file,
        `${cycle[0].at}.dependsOn`,
        'dependsOn without a circle (ARM refuses a template whose resources depend on each other in a circle: it never deploys)',
        `the circle ${labelStandIns(describeCycle(cycle))}`,
      );
    }
    // ARM refuses a template that declares one resource twice ("The resource '…' is defined multiple times in a
    // template"): the second declaration's values were dropped in silence (a Global Reach sample's two circuits,
    // peerings and ports of one name merged, the second port's location lost).
    const twice = findDuplicateDeclaration(this.dependencies);
    if (twice) {
      const [first, second] = twice;
      throw new InputError(
        this.file,
        second.at,
        `each resource declared once in a deployment (ARM refuses a template that declares one resource twice: "The resource … is defined multiple times in a template"; it never deploys)`,
        `${labelStandIns(`${second.type} ${second.name ?? ''}`)} declared again, first at ${first.at}`,
      );
    }
    if (this.leftOut.length > 0) {
      // Said, not silent: with these values the template deploys none of them, so nothing about them is checked (a
      // landing zone template scanned with its defaults, which switch its ExpressRoute gateway off, held "no ExpressRoute resources").
      const n = this.leftOut.length;
      const shown = this.leftOut.slice(0, 3).join('; ');
      this.notices.push(
        `${this.deployment}: ${n} ExpressRoute declaration${n === 1 ? ' is' : 's are'} ${LEFT_OUT_MARK} (${n === 1 ? 'its condition is' : 'their conditions are'} false), so not checked: ${shown}${n > 3 ? `; and ${n - 3} more` : ''}${this.parameterFile ? '' : ' (a parameter file <name>.parameters.json beside the template supplies values)'}`,
      );
    }
    if (this.unresolvedCount > 0) {
      const shown = this.unresolvedDetails.slice(0, 3).join('; ');
      this.notices.push(
        `${this.file}: ${this.unresolvedCount} value${this.unresolvedCount === 1 ? '' : 's'} could not be resolved statically (${shown}${this.unresolvedDetails.length > 3 ? '; …' : ''}); rules that read them report "unknown"${this.parameterFile ? '' : ' (a parameter file <name>.parameters.json beside the template supplies values)'}`,
      );
    }
    return { raws: this.raws, notices: this.notices.map(labelStandIns), gaps: this.gaps.map((g) => ({ scope: labelStandIns(g.scope), reason: g.reason })) };
  }

  /** `reference(target)` of a nested deployment walked before (see EvalContext.deploymentOutputs). */
  deploymentOutputs(target: string): Value | undefined {
    const id = /\/providers\/microsoft\.resources\/deployments\/([^/]+)$/i.exec(target);
    const keys = id ? [`name:${id[1].toLowerCase()}`] : target.includes('/') ? [] : [`symbol:${target.toLowerCase()}`, `name:${target.toLowerCase()}`];
    // Declared before it in this walk, else further on (known from the walk before, if there was one).
    for (const outputs of [this.outputs, this.ahead]) {
      for (const key of keys) {
        const v = outputs.get(key);
        if (v === undefined) continue;
        const value = v === null ? new Unknown(`reference() names ${target}, which two deployments in these files are named`) : v.read();
        if (outputs === this.ahead) this.readAhead.push(value);
        return value;
      }
    }
    for (const key of keys) this.missed.add(key);
    return undefined;
  }

  /**
   * Records a nested deployment's outputs, evaluated in its scope, under its name and symbolic name. An
   * output that cannot be evaluated here (deployment-time values, an expression erscan does not evaluate)
   * is not known; a secure output is never read.
   */
  private recordOutputs(template: Record<string, unknown>, scope: TemplateScope, templateAt: Path, name: string | undefined, symbol: string | undefined): void {
    const decls = isObj(template.outputs) ? template.outputs : {};
    // Evaluated when first read: outputs nothing refers to are never evaluated.
    let record: Value | undefined;
    let reading = false;
    const read = (): Value => {
      if (record !== undefined) return record;
      // An output that reads its own deployment's outputs (ARM refuses the cycle) is not known, never a loop.
      if (reading) return new Unknown('reference() of a deployment inside its own outputs (a cycle)');
      reading = true;
      const outputs: Obj = {};
      for (const [k, d] of Object.entries(decls)) {
        if (!isObj(d)) continue;
        const type = typeof d.type === 'string' ? d.type : null;
        let value: Value;
        if (type !== null && type.toLowerCase().startsWith('secure')) value = new Unknown(`output ${k} is secure (never read)`);
        else {
          try {
            // An output copy loop (`"copy": {"count", "input"}`, Bicep's `output x array = [for …]`): copyIndex() is its index.
            value = isObj(d.copy) ? this.expandCopy(d.copy, scope, [...templateAt, 'outputs', k, 'copy'], true) : this.evalValue(d.value, scope, [...templateAt, 'outputs', k, 'value']);
          } catch (e) {
            // An output erscan cannot evaluate is not known where it is read, never an error of the template.
            if (!(e instanceof InputError)) throw e;
            value = new Unknown(`output ${k} cannot be evaluated statically`);
          }
        }
        outputs[k] = { type, value };
      }
      record = { outputs };
      reading = false;
      return record;
    };
    for (const key of [...(name !== undefined ? [`name:${name.toLowerCase()}`] : []), ...(symbol !== undefined ? [`symbol:${symbol.toLowerCase()}`] : [])]) {
      this.outputs.set(key, this.outputs.has(key) ? null : { read });
    }
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
    if (isObj(raw)) {
      const out: Obj = {};
      for (const [k, v] of Object.entries(raw)) {
        if (k === 'copy' && Array.isArray(v) && v.every((l) => isObj(l) && typeof l.name === 'string' && 'input' in l)) {
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

  /**
   * `{name, count, input}`: an array of `count` inputs evaluated with copyIndex(name); an output's loop
   * (`unnamed`: `{count, input}`) is the one copyIndex() without a name reads.
   */
  expandCopy(loop: Record<string, unknown>, scope: TemplateScope, at: Path, unnamed = false): Value {
    const count = this.evalValue(loop.count, scope, [...at, 'count']);
    return lift([count], ([n]) => {
      if (n instanceof Unknown) return n;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new InputError(this.file, jsonPath([...at, 'count']), 'a whole number of copies', describeValue(n));
      if (n > MAX_COPY_COUNT) throw new InputError(this.file, jsonPath([...at, 'count']), `at most ${MAX_COPY_COUNT} copies (the ARM limit)`, String(n));
      const out: Value[] = [];
      for (let i = 0; i < n; i++) out.push(this.evalValue(loop.input, scope.withLoop(unnamed ? { index: i, resource: true } : { name: loop.name as string, index: i, resource: false }), [...at, 'input']));
      return out;
    });
  }

  private walk(resources: unknown, at: Path, scope: TemplateScope, parent: Parent | undefined, depth: number, existence?: Existence): void {
    if (resources === undefined) return;
    let entries: [string | number, unknown][];
    if (Array.isArray(resources)) entries = resources.map((r, i) => [i, r]);
    else if (isObj(resources)) entries = Object.entries(resources); // languageVersion 2.0: symbolic names
    else throw new InputError(this.file, jsonPath(at), 'an array (or, with languageVersion 2.0, an object) of resources', describeValue(resources));
    for (const [key, declared] of entries) {
      const declAt = [...at, key];
      if (!isObj(declared)) throw new InputError(this.file, jsonPath(declAt), 'a resource object', describeValue(declared));
      const decl = withArmKeys(this.file, declared, DECLARATION_KEYS, declAt);
      if (decl.existing === true) continue; // a reference to a resource deployed elsewhere
      if (typeof decl.type !== 'string' || decl.type === '') throw new InputError(this.file, jsonPath([...declAt, 'type']), 'a resource type string', describeValue(decl.type));
      const copy = decl.copy;
      if (isObj(copy)) {
        const count = this.evalValue(copy.count, scope, [...declAt, 'copy', 'count']);
        const loopName = typeof copy.name === 'string' ? copy.name : undefined;
        if (count instanceof Possible && count.cases.every((c) => typeof c.value === 'number' && Number.isInteger(c.value) && c.value >= 0 && c.value <= MAX_COPY_COUNT)) {
          // A count with a few possible values (a parameter's allowedValues): copy i is deployed where the count
          // exceeds i, so the copies every choice deploys are deployed for sure, and the others on their choices.
          const max = Math.max(...count.cases.map((c) => c.value as number));
          for (let i = 0; i < max; i++) {
            const here = lift([count], ([n]) => (n as number) > i);
            const ex = here instanceof Possible ? andPossible(existence, here) : existence;
            if (ex !== false) this.declare(decl, declAt, scope.withLoop({ name: loopName, index: i, resource: true }), parent, depth, ex);
          }
          continue;
        }
        if (count instanceof Unknown || count instanceof Possible) {
          if (isScanned(decl.type, decl) && !isLinked(decl)) this.notices.push(`${this.file}: ${jsonPath(declAt)} (${decl.type}) has a copy count that cannot be resolved statically; one representative instance is scanned`);
          const why = count instanceof Unknown ? count.because : `depends on ${labelsOf(count.choices)}`;
          const index = new Unknown('the copy index of a loop whose count is not known');
          this.declare(decl, declAt, scope.withLoop({ name: loopName, index, resource: true }), parent, depth, { unknown: `whether it is deployed (and how many copies) is not known: its copy count ${why}` });
          continue;
        }
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new InputError(this.file, jsonPath([...declAt, 'copy', 'count']), 'a whole number of copies', describeValue(count));
        if (count > MAX_COPY_COUNT) throw new InputError(this.file, jsonPath([...declAt, 'copy', 'count']), `at most ${MAX_COPY_COUNT} copies (the ARM limit)`, String(count));
        for (let i = 0; i < count; i++) this.declare(decl, declAt, scope.withLoop({ name: loopName, index: i, resource: true }), parent, depth, existence);
      } else {
        this.declare(decl, declAt, scope, parent, depth, existence);
      }
    }
  }

  /** One instance of a resource declaration (one copy of a loop). */
  private declare(decl: Record<string, unknown>, at: Path, scope: TemplateScope, parent: Parent | undefined, depth: number, existence?: Existence): void {
    if ('condition' in decl) {
      const cond = this.evalValue(decl.condition, scope, [...at, 'condition']);
      if (cond === false) {
        this.noteLeftOut(decl, at, scope, parent);
        return;
      }
      if (cond instanceof Unknown) {
        if (isScanned(String(decl.type), decl) && !isLinked(decl)) this.notices.push(`${this.file}: ${jsonPath(at)} (${String(decl.type)}) is deployed on a condition that cannot be resolved statically; it is scanned and its verdicts are "unknown"`);
        if (!existence || 'possible' in existence) existence = { unknown: `whether it is deployed is not known: its condition ${cond.because}` };
      } else if (cond instanceof Possible) {
        const both = andPossible(existence, cond);
        if (both === false) return;
        existence = both;
      } else if (cond !== true) throw new InputError(this.file, jsonPath([...at, 'condition']), 'a boolean condition', describeValue(cond));
    }
    const declaredType = decl.type as string;
    const nameValue = this.evalValue(decl.name, scope, [...at, 'name']);
    const unresolvedName = typeof nameValue !== 'string';
    // An unresolvable name still needs an id that is stable from run to run and unique to this
    // deployment: a parameter's stand-in symbol (shared with every id built from it), else a hash of
    // the deployment, the declaration and the copy index.
    let name: string;
    if (typeof nameValue === 'string') name = nameValue;
    else if (nameValue instanceof Unknown && nameValue.symbol !== undefined) name = nameValue.symbol;
    else {
      const loops = scope.loops.map((l) => (typeof l.index === 'number' ? l.index : '?')).join(',');
      name = standInOf(`${this.deployment}|${jsonPath(at)}|${loops}|${JSON.stringify(decl.name ?? '')}`);
    }
    if (typeof nameValue === 'string') this.checkNameSegments(declaredType, nameValue, parent !== undefined, at);
    let type = declaredType;
    let fullName = name;
    if (parent) {
      if (!isFullType(declaredType)) {
        type = `${parent.type}/${declaredType}`;
        fullName = `${parent.name}/${name}`;
      } else if (EXTENSION_TYPES[declaredType.toLowerCase()] === undefined && name.split('/').length < declaredType.split('/').length - 1) {
        fullName = `${parent.name}/${name}`;
      }
    }
    // An extension resource: one with a `scope`, the `…/providers/…` form, or one of another namespace nested in a resource (a lock,
    // diagnostic settings, a role assignment). A nested deployment that names its resource group or subscription is
    // itself deployed there (Bicep's modules of one name at different scopes), where its id here does not say.
    const extension =
      'scope' in decl ||
      'resourceGroup' in decl ||
      'subscriptionId' in decl ||
      type.split('/').some((t) => t.toLowerCase() === 'providers') ||
      EXTENSION_TYPES[type.toLowerCase()] !== undefined ||
      (parent !== undefined && isFullType(declaredType) && declaredType.split('/')[0].toLowerCase() !== parent.type.split('/')[0].toLowerCase());
    this.recordDependencies(decl, at, scope, type, nameValue, fullName, existence, extension);
    const lowerType = type.toLowerCase();
    if (lowerType === 'microsoft.resources/deployments') {
      // Its outputs are known when it is deployed for sure: by its name (one not known before deployment that
      // is the same wherever it is built, a stand-in, names it too) and by its symbolic name (languageVersion 2.0).
      const named = typeof nameValue === 'string' || (nameValue instanceof Unknown && nameValue.symbol !== undefined);
      const symbol = scope.loops.length === 0 && at.length >= 2 && at[at.length - 2] === 'resources' && typeof at[at.length - 1] === 'string' ? (at[at.length - 1] as string) : undefined;
      const keys = existence === undefined && (named || symbol !== undefined) ? { name: named ? name : undefined, symbol } : undefined;
      this.nestedDeployment(decl, at, scope, depth, existence, keys, named ? nameValue : undefined);
      return;
    }
    const why = unresolvedName ? (nameValue instanceof Unknown ? nameValue.because : 'has several possible values') : undefined;
    if (ER_TYPES.has(lowerType)) this.emit(decl, at, scope, type, resourceGroupResourceId(scope.deployTo, type, fullName), fullName, why, existence);
    else if (isProviderDiagnosticSettings(lowerType)) this.emit(decl, at, scope, 'Microsoft.Insights/diagnosticSettings', resourceGroupResourceId(scope.deployTo, type, fullName), name.split('/').pop()!, why, existence);
    else if (isProviderMaintenanceAssignment(lowerType)) this.emit(decl, at, scope, 'Microsoft.Maintenance/configurationAssignments', resourceGroupResourceId(scope.deployTo, type, fullName), name.split('/').pop()!, why, existence);
    else if (EXTENSION_TYPES[lowerType] !== undefined) this.extensionResource(EXTENSION_TYPES[lowerType], decl, at, scope, parent, name, why, existence);
    else if (lowerType === SUBNET && !unresolvedName && isGatewaySubnetName(fullName)) this.gatewaySubnet(at, scope, fullName, existence, () => this.evalValue(decl.properties, scope, [...at, 'properties']));
    else if (lowerType === VIRTUAL_NETWORK && !unresolvedName) this.inlineGatewaySubnet(decl, at, scope, fullName, existence);
    if (decl.resources !== undefined) this.walk(decl.resources, [...at, 'resources'], scope, { type, name: fullName }, depth, existence);
  }

  /**
   * An ExpressRoute declaration (or a module holding one) that its false condition leaves out, for the notice in
   * `load`. A VNet gateway or connection whose type is known not to be ExpressRoute (a VPN gateway) is not one.
   */
  private noteLeftOut(decl: Record<string, unknown>, at: Path, scope: TemplateScope, parent: Parent | undefined): void {
    const declaredType = String(decl.type);
    const type = parent && !isFullType(declaredType) ? `${parent.type}/${declaredType}` : declaredType;
    const lowerType = type.toLowerCase();
    const module = lowerType === 'microsoft.resources/deployments';
    const props = isObj(decl.properties) ? decl.properties : undefined;
    const templateKey = findKey(props, 'template');
    // A linked template may hold anything: only a module whose own template declares ExpressRoute resources counts.
    if (module ? !(templateKey !== undefined && isObj(props![templateKey]) && isScanned(type, decl)) : !ER_TYPES.has(lowerType)) return;
    const quiet = <T>(read: () => T): T | undefined => {
      try {
        return read();
      } catch (e) {
        if (e instanceof InputError) return undefined;
        throw e;
      }
    };
    for (const key of ['gatewayType', 'connectionType']) {
      const k = findKey(props, key);
      if (k === undefined) continue;
      const kind = quiet(() => this.evalValue(props![k], scope, [...at, 'properties', k]));
      if (typeof kind === 'string' && kind.toLowerCase() !== 'expressroute') return;
    }
    const name = quiet(() => this.evalValue(decl.name, scope, [...at, 'name']));
    const what = module ? 'a module holding ExpressRoute resources' : type.split('/').slice(1).join('/');
    const shownName = typeof name === 'string' ? labelPlaceholders(name) : name instanceof Unknown ? name.symbol : undefined;
    this.leftOut.push(`${what}${shownName !== undefined ? ` ${shownName}` : ''} at ${jsonPath(at)}`);
  }

  /** One resource instance and its dependsOn, for the circle ARM refuses (see dependencies.ts). */
  private recordDependencies(decl: Record<string, unknown>, at: Path, scope: TemplateScope, type: string, nameValue: Value, fullName: string, existence: Existence | undefined, extension: boolean): void {
    const templateAt = lastTemplateAt(at);
    const decided = typeof nameValue === 'string' || (nameValue instanceof Unknown && nameValue.symbol !== undefined);
    const dependsOn: (string | undefined)[] = [];
    if (Array.isArray(decl.dependsOn)) {
      decl.dependsOn.forEach((entry, i) => {
        let v: Value;
        try {
          v = this.evalValue(entry, scope, [...at, 'dependsOn', i]);
        } catch (e) {
          // An entry erscan cannot evaluate decides no dependency (its own problems are not this check's).
          if (!(e instanceof InputError)) throw e;
          v = null;
        }
        dependsOn.push(typeof v === 'string' ? v : v instanceof Unknown ? v.symbol : undefined);
      });
    }
    const ids = decided ? [...new Set([scope.scope, scope.deployTo].map((s) => resourceGroupResourceId(s, type, fullName).toLowerCase()))] : [];
    const key = at[at.length - 1];
    this.dependencies.push({
      graph: jsonPath(templateAt),
      at: jsonPath(at),
      type,
      name: decided ? fullName : undefined,
      declaredName: typeof nameValue === 'string' ? nameValue : undefined,
      ids,
      symbol: at.length === templateAt.length + 2 && typeof key === 'string' ? key : undefined,
      loop: isObj(decl.copy) && typeof decl.copy.name === 'string' ? decl.copy.name : undefined,
      dependsOn,
      maybe: existence !== undefined,
      deployment: this.instance,
      // An extension resource is named within the resource it extends: its id here leaves that out, so it is never
      // said to be a duplicate.
      target: decided && !extension ? resourceGroupResourceId(scope.deployTo, type, fullName).toLowerCase() : undefined,
    });
  }

  /**
   * ARM refuses a resource whose name has not one segment per segment of its type: declared at the top
   * level, `Microsoft.Network/expressRouteCircuits/peerings` needs `circuit/peering`; nested in its parent
   * with the short type `peerings`, one segment (learn.microsoft.com/azure/azure-resource-manager/templates/child-resource-name-type).
   * Such a template never deploys, so it is refused, never read with a made-up id. A nested child with its
   * full type takes its parent's name before its own (read as ARM composes it): only a name longer than
   * its type allows is refused. The older extension form (`…/providers/diagnosticSettings`) is not checked.
   */
  private checkNameSegments(declaredType: string, name: string, nested: boolean, at: Path): void {
    const typeSegs = declaredType.split('/');
    if (typeSegs.some((t) => t.toLowerCase() === 'providers')) return;
    const full = isFullType(declaredType);
    const expected = full ? typeSegs.length - 1 : typeSegs.length;
    const found = name.split('/').length;
    if (found === expected || (nested && full && found < expected)) return;
    const where = !nested ? 'declared at the top level' : full ? 'nested in its parent (or its full name)' : 'nested in its parent with a short type';
    const plural = (n: number) => `${n} segment${n === 1 ? '' : 's'}`;
    const form = full ? typeSegs.slice(1).map((t) => `<${t}>`).join('/') : typeSegs.map((t) => `<${t}>`).join('/');
    throw new InputError(
      this.file,
      jsonPath([...at, 'name']),
      `a name of ${nested && full ? `at most ${plural(expected)}` : plural(expected)} (${form}) for type ${declaredType} ${where} (ARM refuses a name without one segment per type segment: this template never deploys)`,
      `"${name}" (${plural(found)})`,
    );
  }

  /**
   * An extension resource erscan reads (`Microsoft.Insights/diagnosticSettings`, `Microsoft.Maintenance/configurationAssignments`)
   * attached to a resource by `scope` (or by nesting it in the resource).
   */
  private extensionResource(extType: string, decl: Record<string, unknown>, at: Path, scope: TemplateScope, parent: Parent | undefined, name: string, why: string | undefined, existence: Existence | undefined): void {
    let target: string | undefined;
    if ('scope' in decl) {
      const v = this.evalValue(decl.scope, scope, [...at, 'scope']);
      const text = typeof v === 'string' ? v : v instanceof Unknown && v.symbol !== undefined ? v.symbol : undefined;
      if (text === undefined) {
        this.notices.push(`${this.file}: ${jsonPath(at)} (${extType}) has a scope that cannot be resolved statically; it is not counted`);
        return;
      }
      // A full id, or a resource-group-relative `Microsoft.Network/expressRouteCircuits/er1`.
      if (text.startsWith('/')) target = text;
      else {
        const segs = text.split('/');
        const typeSegs = Math.ceil((segs.length + 1) / 2);
        const relType = segs.slice(0, 1).concat(segs.slice(1).filter((_, i) => i % 2 === 0)).join('/');
        const names = segs.slice(1).filter((_, i) => i % 2 === 1);
        target = typeSegs > 1 && isFullType(relType) ? resourceGroupResourceId(scope.deployTo, relType, names.join('/')) : undefined;
      }
    } else if (parent) target = resourceGroupResourceId(scope.deployTo, parent.type, parent.name);
    if (!target) return;
    if (!ER_TYPES.has(armTypeOf(target) ?? '')) return; // settings of other resources are not erscan's
    this.emit(decl, at, scope, extType, `${target.replace(/\/$/, '')}/providers/${extType}/${name}`, name, why, existence);
  }

  /**
   * The GatewaySubnet a virtual network declares inline (`properties.subnets[]`, the shape of the Azure quickstart
   * templates), read as the subnet resource it deploys (`<network>/subnets/GatewaySubnet`), as a subnet declared as a
   * resource of its own is read (`gatewaySubnet`). Subnets the template leaves open (a parameter without a value, a
   * name not known before deployment) give a subnet whose properties are unknown, so the NSG on a gateway's subnet
   * there is unknown, never "none".
   */
  private inlineGatewaySubnet(decl: Record<string, unknown>, at: Path, scope: TemplateScope, vnetName: string, existence: Existence | undefined): void {
    this.gatewaySubnet(at, scope, `${vnetName}/GatewaySubnet`, existence, () => {
      const subnets = this.subnetsOf(decl.properties, scope, [...at, 'properties']);
      if (subnets === undefined || subnets === null) return undefined;
      if (subnets instanceof Unknown) return new Unknown(`its virtual network's \`subnets\` ${subnets.because}`);
      if (subnets instanceof Possible) return new Unknown(`its virtual network's \`subnets\` depends on ${labelsOf(subnets.choices)}`);
      if (!Array.isArray(subnets)) return undefined;
      let unnamed: string | undefined;
      for (const entry of subnets) {
        if (entry instanceof Unknown) {
          unnamed ??= `a subnet of its virtual network ${entry.because}`;
          continue;
        }
        if (!isObj(entry) || entry instanceof Possible) {
          if (entry instanceof Possible) unnamed ??= `a subnet of its virtual network depends on ${labelsOf(entry.choices)}`;
          continue;
        }
        const nameKey = findKey(entry, 'name');
        const name = nameKey === undefined ? undefined : entry[nameKey];
        if (typeof name === 'string') {
          if (!isGatewaySubnetName(name)) continue;
          const propsKey = findKey(entry, 'properties');
          return propsKey === undefined ? {} : entry[propsKey];
        }
        unnamed ??= name instanceof Unknown ? `the name of a subnet of its virtual network ${name.because}` : name instanceof Possible ? `the name of a subnet of its virtual network depends on ${labelsOf(name.choices)}` : undefined;
      }
      return unnamed === undefined ? undefined : new Unknown(unnamed);
    });
  }

  /**
   * A GatewaySubnet as a row of Microsoft.Network/virtualNetworks/subnets holding only what ERS-RED-012 reads, its
   * `networkSecurityGroup` (so a value no rule reads, such as its address prefix, is never reported as unresolved).
   * `read` gives the subnet's evaluated properties, or undefined when the network declares no GatewaySubnet. Properties
   * that cannot be evaluated here (a value of the wrong type) make the NSG unknown, with why: never an input error of a
   * resource erscan did not read before, nor "not declared".
   */
  private gatewaySubnet(at: Path, scope: TemplateScope, fullName: string, existence: Existence | undefined, read: () => Value | undefined): void {
    let props: Value | undefined;
    try {
      props = read();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      props = new Unknown(`erscan could not evaluate them: ${e.message}`);
    }
    if (props === undefined) return;
    const nsgKey = isObj(props) && !(props instanceof Possible) ? findKey(props, 'networkSecurityGroup') : undefined;
    const properties: Value = props instanceof Unknown || props instanceof Possible ? props : nsgKey !== undefined ? { networkSecurityGroup: (props as Obj)[nsgKey] } : {};
    this.emit({}, at, scope, SUBNET_TYPE, resourceGroupResourceId(scope.deployTo, SUBNET_TYPE, fullName), fullName, undefined, existence, { properties });
  }

  /** A virtual network's `properties.subnets`, evaluated (a property copy loop named `subnets` too); undefined when it declares none. */
  private subnetsOf(props: unknown, scope: TemplateScope, at: Path): Value | undefined {
    if (typeof props === 'string') {
      const v = this.evalValue(props, scope, at);
      if (v instanceof Unknown || v instanceof Possible) return v;
      const k = isObj(v) ? findKey(v, 'subnets') : undefined;
      return k === undefined ? undefined : (v as Obj)[k];
    }
    if (!isObj(props)) return undefined;
    const copyKey = findKey(props, 'copy');
    const loops = copyKey === undefined ? undefined : props[copyKey];
    if (Array.isArray(loops)) {
      const i = loops.findIndex((l) => isObj(l) && typeof l.name === 'string' && l.name.toLowerCase() === 'subnets' && 'input' in l);
      if (i >= 0) return this.expandCopy(loops[i] as Record<string, unknown>, scope, [...at, copyKey!, i]);
    }
    const k = findKey(props, 'subnets');
    return k === undefined ? undefined : this.evalValue(props[k], scope, [...at, k]);
  }

  private emit(decl: Record<string, unknown>, at: Path, scope: TemplateScope, type: string, id: string, fullName: string, unresolvedName: string | undefined, existence: Existence | undefined, evaluated?: Record<string, Value>): void {
    // The name as users see it: a stand-in's label (`‹name›`), never the stand-in (src/inventory/names.ts).
    const row: Record<string, unknown> = { id, name: labelPlaceholders(labelStandIns(fullName.split('/').pop()!)), type };
    const facts: RowFacts = { unresolved: [], possible: {} };
    if (unresolvedName) facts.unresolved.push({ path: 'name', reason: unresolvedName });
    for (const k of ROW_KEYS) {
      if (!(k in (evaluated ?? decl))) continue;
      // The fields erscan reads, spelled as ARM documents them (ARM reads them whatever their letter case).
      const { value, clashes } = respellDeclared(type, k, evaluated ? evaluated[k] : this.evalValue(decl[k], scope, [...at, k]));
      if (clashes.length > 0) {
        const [c] = clashes;
        throw new InputError(this.file, jsonPath([...at, k, ...c.path]), `one key for property "${c.path[c.path.length - 1]}" (ARM reads property names whatever their letter case, and which of two a deployment uses is not documented)`, `both ${c.keys.map((x) => `"${x}"`).join(' and ')}`);
      }
      const v = toRow(value as Value, k, facts);
      if (v !== OMIT) row[k] = v;
    }
    // A VNet gateway declared without a SKU: what Azure makes of it is not in the template, and erscan
    // assumes no default (rules on the SKU are undecided, the gateway is not priced).
    // The same for a SKU declared without its name (`{ tier: 'ErGw2AZ' }`): the rules and the price read the name.
    const skuOpen = (path: string) => path === 'properties' || path.startsWith('properties.sku');
    if (type.toLowerCase() === 'microsoft.network/virtualnetworkgateways' && isObj(row.properties) && !facts.unresolved.some((u) => skuOpen(u.path)) && !Object.keys(facts.possible).some(skuOpen)) {
      const sku = row.properties.sku;
      if (sku === undefined) facts.unresolved.push({ path: 'properties.sku', reason: 'is not set in the template: Azure applies its default SKU, which erscan does not assume' });
      else if (isObj(sku) && sku.name === undefined) facts.unresolved.push({ path: 'properties.sku.name', reason: 'is not set in the template (only `sku.tier` is): which SKU Azure deploys then is not in the template, and erscan assumes none' });
      // An empty name (the Azure landing zone hub template's when neither of its SKU parameters is given, as its
      // portal leaves both for a region outside its list) names no SKU: read as "not set", ERS-RED-004 failed
      // "uses SKU (not set)". What Azure makes of it (a refusal, a default) is not in the template.
      else if (isObj(sku) && (sku.name === '' || sku.name === null)) facts.unresolved.push({ path: 'properties.sku.name', reason: `is ${sku.name === '' ? 'an empty string' : 'null'} in the template, which names no SKU: whether Azure refuses it or deploys a default SKU is not in the template, and erscan assumes neither` });
    }
    const mapped = this.locate?.(at);
    const pos = mapped ?? positionOf(this.parsed, at) ?? { line: 1, column: 1 };
    const source: SourceRef = { kind: mapped?.kind ?? 'arm', file: mapped?.file ?? this.file, line: pos.line, column: pos.column, deployment: this.deployment };
    if (this.parameterFile) source.parameterFile = this.parameterFile;
    const raw: RawResource = { row, source };
    if (facts.unresolved.length > 0) {
      raw.unresolved = facts.unresolved.map((u) => u.path);
      raw.reasons = Object.fromEntries(facts.unresolved.map((u) => [u.path, u.reason]));
      this.unresolvedCount += facts.unresolved.length;
      for (const u of facts.unresolved) if (this.unresolvedDetails.length < 10) this.unresolvedDetails.push(`${row.name} ${u.path}: ${u.reason}`);
    }
    if (Object.keys(facts.possible).length > 0) raw.possible = facts.possible;
    if (existence) {
      if ('unknown' in existence) raw.deployed = { unknown: existence.unknown };
      else {
        const p = rawPossible(existence.possible);
        raw.deployed = p instanceof Unknown ? { unknown: `whether it is deployed ${p.because}` } : { possible: p };
      }
    }
    this.raws.push(raw);
  }

  private nestedDeployment(decl: Record<string, unknown>, at: Path, scope: TemplateScope, depth: number, existence?: Existence, keys?: { name: string | undefined; symbol: string | undefined }, nameValue?: Value): void {
    const props = isObj(decl.properties) ? withArmKeys(this.file, decl.properties, DEPLOYMENT_KEYS, [...at, 'properties']) : {};
    if (props.templateLink !== undefined) {
      // What a linked template deploys is never read: a part of the deployment not checked, so coverage is not complete.
      this.gaps.push({ scope: `${this.file}: ${jsonPath(at)}`, reason: 'a nested deployment that links to another template (templateLink), which erscan does not read: what it deploys is not checked (scan the linked file, or compile with bicep build)' });
      return;
    }
    if (!isObj(props.template)) return;
    const template = withArmKeys(this.file, props.template, TEMPLATE_KEYS, [...at, 'properties', 'template']);
    if (depth >= MAX_DEPLOYMENT_DEPTH) {
      this.gaps.push({ scope: `${this.file}: ${jsonPath(at)}`, reason: `deployments nested more than ${MAX_DEPLOYMENT_DEPTH} levels deep, which are not read: what they deploy is not checked` });
      return;
    }
    const evalScope = (key: 'subscriptionId' | 'resourceGroup', fallback: string): string => {
      if (!(key in decl)) return fallback;
      const v = this.evalValue(decl[key], scope, [...at, key]);
      if (typeof v === 'string') return v !== '' ? v : fallback;
      // Not known here (a parameter without a value, a deployment-time value): the module may deploy to
      // another resource group or subscription than its parent's, so its resources never merge with the
      // parent's. A parameter's stand-in is the same wherever it is used in this deployment.
      if (v instanceof Unknown && v.symbol !== undefined) return v.symbol;
      const loops = scope.loops.map((l) => (typeof l.index === 'number' ? l.index : '?')).join(',');
      return standInOf(`${this.deployment}|${jsonPath([...at, key])}|${loops}`);
    };
    // Without a resource group or subscription of its own, a nested deployment deploys where its parent does.
    const inner: EvalScope = { subscriptionId: evalScope('subscriptionId', scope.deployTo.subscriptionId), resourceGroup: evalScope('resourceGroup', scope.deployTo.resourceGroup) };
    const templateAt = [...at, 'properties', 'template'];
    const innerScoped = isObj(props.expressionEvaluationOptions) && String(props.expressionEvaluationOptions.scope).toLowerCase() === 'inner';
    let next: TemplateScope;
    if (innerScoped) {
      const supplied: SuppliedParameters = new Map();
      const params = isObj(props.parameters) ? props.parameters : {};
      // The values as ARM checks them before it deploys the nested template (as a parameter file's: src/sources/template/arm/params.ts);
      // only values known here are judged.
      const given: Record<string, unknown> = {};
      for (const [name, entry] of Object.entries(params)) {
        if (!isObj(entry)) continue;
        if ('value' in entry) {
          const v = this.evalValue(entry.value, scope, [...at, 'properties', 'parameters', name, 'value']);
          supplied.set(name.toLowerCase(), v);
          given[name] = isKnown(v) ? { value: v } : {};
        } else if ('reference' in entry) {
          supplied.set(name.toLowerCase(), KEY_VAULT_REFERENCE);
          given[name] = {};
        }
      }
      const refused = checkParameters(this.file, template, this.file, { parameters: given }, { at });
      if (refused.errors.length > 0) throw refused.errors[0];
      this.notices.push(...refused.notices.filter((n) => !this.notices.includes(n)));
      // Its own deployment: `deployment().name` in it is the name its parent gives it.
      next = new TemplateScope(this, template, templateAt, supplied, inner, [], { paramCache: new Map(), varCache: new Map(), evaluating: new Set(), deploymentName: nameValue });
    } else {
      // Outer scope: the inner template's expressions read the outer template's parameters and variables, and
      // resolve resourceGroup(), subscription() and resourceId() as the parent's do; its resources deploy to its target.
      next = new TemplateScope(this, scope.template, scope.templatePath, scope.supplied, scope.scope, scope.loops, scope.shared, inner);
    }
    // Each nested deployment (each copy of one) is a deployment of its own: a resource it declares again is no duplicate.
    const outer = this.instance;
    this.instance = ++this.instances;
    try {
      this.walk(template.resources, [...templateAt, 'resources'], next, undefined, depth + 1, existence);
    } finally {
      this.instance = outer;
    }
    if (keys) this.recordOutputs(template, next, templateAt, keys.name, keys.symbol);
  }
}

/** A value known here, all through: no part of it unknown or one of several possibilities. */
function isKnown(v: Value): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) return v.every(isKnown);
  if (v instanceof Unknown || v instanceof Possible) return false;
  return Object.values(v).every(isKnown);
}

/**
 * Declarations whose unresolved copy counts and conditions are worth a notice: what erscan reads, and
 * deployments that hold it (a module deploying public IP addresses is not worth one; a linked template
 * may hold anything).
 */
function isScanned(type: string, decl?: Record<string, unknown>, depth = 0): boolean {
  const t = type.toLowerCase();
  if (t === 'microsoft.resources/deployments') {
    const props = decl && isObj(decl.properties) ? decl.properties : undefined;
    const template = props && isObj(props.template) ? props.template : undefined;
    if (!template || depth > MAX_DEPLOYMENT_DEPTH) return true;
    const resources = Array.isArray(template.resources) ? template.resources : isObj(template.resources) ? Object.values(template.resources) : [];
    // What a module holds: ExpressRoute resources (diagnostic settings and children of other resources are its own).
    // An `existing` one is a reference to a resource deployed elsewhere (AVM's gateway NAT rule module names its
    // gateway so), not one this module deploys.
    return resources.some((r) => isObj(r) && typeof r.type === 'string' && r.existing !== true && (ER_TYPES.has(r.type.toLowerCase()) || (r.type.toLowerCase() === 'microsoft.resources/deployments' && isScanned(r.type, r, depth + 1))));
  }
  return ER_TYPES.has(t) || EXTENSION_TYPES[t] !== undefined || isProviderDiagnosticSettings(t) || isProviderMaintenanceAssignment(t) || !isFullType(type);
}

/**
 * A nested deployment of a linked template (`templateLink`): never read, and a coverage gap that says so, so the
 * notices that say a declaration "is scanned" (an open condition or copy count) are not said of it (the Azure
 * landing zone template links its 40-odd modules, some on conditions read only at deployment).
 */
function isLinked(decl: Record<string, unknown>): boolean {
  if (String(decl.type).toLowerCase() !== 'microsoft.resources/deployments' || !isObj(decl.properties)) return false;
  return findKey(decl.properties, 'templateLink') !== undefined;
}

/** The path of the template a resource declaration at `at` belongs to: `[]`, or a nested deployment's `[…, 'properties', 'template']`. */
function lastTemplateAt(at: Path): Path {
  for (let i = at.length - 2; i >= 1; i--) if (at[i] === 'template' && at[i - 1] === 'properties' && at[i + 1] === 'resources') return at.slice(0, i + 1);
  return [];
}

/** Whether a resource declaration is deployed, when that depends on something not known here. */
type Existence = { unknown: string } | { possible: Possible };

/** Deployed where `existence` says and `cond` (a possible boolean) holds; false when that is never. */
function andPossible(existence: Existence | undefined, cond: Possible): Existence | undefined | false {
  if (!existence) return { possible: cond };
  if (!('possible' in existence)) return existence;
  const both = lift([existence.possible, cond], ([a, b]) => a === true && b === true);
  return both instanceof Possible ? { possible: both } : both === false ? false : both instanceof Unknown ? { unknown: `whether it is deployed ${both.because}` } : existence;
}

interface RowFacts {
  unresolved: { path: string; reason: string }[];
  possible: Record<string, RawPossible>;
}

const labelsOf = (choices: Choice[]) => [...new Set(choices.map((c) => c.label))].join(', ');

/** The lower-cased resource type of an ARM id (`…/providers/Microsoft.Network/expressRouteCircuits/er1` → its type). */
function armTypeOf(id: string): string | undefined {
  const i = id.toLowerCase().lastIndexOf('/providers/');
  if (i < 0) return undefined;
  const segs = id.slice(i + '/providers/'.length).split('/');
  return [segs[0], ...segs.slice(1).filter((_, j) => j % 2 === 0)].join('/').toLowerCase();
}

/** A Possible as plain JSON cases (nested possible members flattened), or an Unknown when a case is not known. */
function rawPossible(p: Possible): RawPossible | Unknown {
  const flat = lift([p], ([v]) => hoist(v));
  const cases: Case[] = flat instanceof Possible ? flat.cases : [{ when: {}, value: flat }];
  for (const c of cases) {
    const u = findUnknown(c.value);
    if (u) return u;
  }
  const choices: RawChoice[] = (flat instanceof Possible ? flat.choices : p.choices).map((c) => ({ key: c.key, label: c.label, values: c.values as unknown[] }));
  return { cases: cases.map((c) => ({ when: c.when as Record<string, unknown>, value: c.value as unknown })), choices };
}

function findUnknown(v: Value): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (!containsUnknown(v)) return undefined;
  if (Array.isArray(v)) for (const x of v) { const u = findUnknown(x); if (u) return u; }
  else if (v && typeof v === 'object' && !(v instanceof Possible)) for (const x of Object.values(v)) { const u = findUnknown(x); if (u) return u; }
  return undefined;
}



const OMIT = Symbol('omit');

/** A row path holds an id (`properties.peer.id`, `scope`): a stand-in symbol may take its place. */
const isIdPath = (path: string) => path.endsWith('.id') || path === 'scope';

/**
 * Turns an evaluated value into plain row JSON: unknown values are left out and their row-relative
 * paths (`sku.tier`, `properties.peerings[0].properties.vlanId`) recorded with why; possible values
 * are left out and recorded with their cases. Unknown array members are dropped and the array's own
 * path is recorded, so the indices of known members stay right; a possible member keeps its place.
 */
function toRow(v: Value, path: string, facts: RowFacts): unknown {
  if (v instanceof Unknown) {
    // A secret property a secure parameter fills is configured; its value is never read (scrubbed as any secret).
    if (v.secure && isSecretProperty(path.slice(path.lastIndexOf('.') + 1))) return REDACTED;
    if (v.symbol !== undefined && v.symbol.startsWith('/') && isIdPath(path)) return v.symbol;
    facts.unresolved.push({ path, reason: v.because });
    return OMIT;
  }
  if (v instanceof Possible) {
    const p = rawPossible(v);
    if (p instanceof Unknown) facts.unresolved.push({ path, reason: p.because });
    else facts.possible[path] = p;
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
      const r = toRow(x, `${path}[${out.length}]`, facts);
      out.push(r === OMIT ? null : r);
    }
    if (dropped) facts.unresolved.push({ path, reason: dropped.because });
    return out;
  }
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const r = toRow(x, `${path}.${k}`, facts);
      if (r !== OMIT) out[k] = r;
    }
    return out;
  }
  return v;
}
