import { RESOURCE_TYPES } from '../../../inventory/model.js';
import { isSecretProperty, REDACTED_KEYVAULT } from '../../../inventory/secrets.js';
import { PLACEHOLDER_RESOURCE_GROUP, standInOf } from '../ids.js';
import { isObj, ownValue, setOwn } from '../../../util/objects.js';

/**
 * Maps Terraform resources (azurerm and AzAPI) to the ARM row shape Resource Graph returns, so the
 * inventory builder, every rule and the pricing model read them unchanged. Values Terraform knows
 * only after apply are left out and their row paths listed as unresolved, except read-only
 * attributes (provisioning states, ASNs Azure assigns): an ARM template cannot set those either,
 * so leaving them silently absent keeps verdicts the same across sources.
 */

export interface Instance {
  address: string;
  moduleAddress?: string;
  type: string;
  name: string;
  index?: string | number;
  values: Record<string, unknown>;
  /** `change.after_unknown`: `true` where a value is known only after apply. */
  unknown: unknown;
  /** `change.after_sensitive` (or `sensitive_values` of a state): `true` where a value is sensitive. */
  sensitive?: unknown;
  /** The plan creates this object (`create`, alone or in a replacement): nothing of it exists in Azure before apply. */
  creating?: boolean;
  /**
   * Its values are a plan's `planned_values`, read where the plan has no `resource_changes`: there Terraform omits a
   * value known only after apply, or sets it null, "making them indistinguishable from absent values" (Terraform's JSON
   * Output Format, values representation), and no `after_unknown` says which. A value absent or null there is not
   * known (it may be unset, or known only after apply), never read as unset. A state's `values` are complete: not so.
   */
  omitsUnknown?: boolean;
  jsonPath: (string | number)[];
  /** Where its `values` are, from `jsonPath` (`change.after` in resource_changes, `values` in planned_values and states). */
  valuesPath?: (string | number)[];
}

/**
 * A plan value of a shape the provider never writes (a block as a string or as one object, tags as a list): read as not
 * set, it would be judged as such ("the template does not set sku.tier"). The loader refuses the plan, naming where.
 */
export class PlanShapeError extends Error {
  constructor(
    readonly instance: Instance,
    readonly path: (string | number)[],
    readonly expected: string,
    readonly found: unknown,
  ) {
    super(`${instance.address} ${path.join('.')}: expected ${expected}`);
  }
}

const BLOCKS = 'a list of blocks (as the provider writes every block)';
const BLOCK = 'a block (an object)';

/** A block attribute (`link1`, `ip_configuration`, `ipv6`): its plan value, which must be a list where it is known. */
function blocks(x: Instance, ...path: (string | number)[]): V {
  const v = get(x, ...path);
  if (v !== null && v !== undefined && !opaque(v) && !Array.isArray(v)) throw new PlanShapeError(x, path, BLOCKS, v);
  return v;
}

export interface PlanIndex {
  instances: Instance[];
  byAddress: Map<string, Instance>;
  configFor(x: Instance): Record<string, unknown> | undefined;
  /** The call of module `name` made in the module at `moduleAddress` (undefined: the root module). */
  moduleCallFor(moduleAddress: string | undefined, name: string): Record<string, unknown> | undefined;
  /** The subscription its provider configuration deploys to (see providers.ts). */
  subscriptionFor(x: Instance): string;
  ids: Map<string, string>;
  /** Resources whose parent (a peering's or authorization's circuit) is named by several candidates: `address attr (candidates)`. */
  ambiguousParents: string[];
}

const UNKNOWN = Symbol('unknown');
/** A value the plan marks sensitive: never read into a row (it would reach reports), so never judged. */
const SENSITIVE = Symbol('sensitive');
/** A value absent or null in `planned_values` (see Instance.omitsUnknown): unset, or known only after apply. */
const OMITTED = Symbol('omitted');
type V = unknown; // a plan value, UNKNOWN, SENSITIVE, OMITTED or an AmbiguousId

/** A value erscan may not read: known only after apply (or perhaps so), or sensitive. */
const opaque = (v: V): boolean => v === UNKNOWN || v === SENSITIVE || v === OMITTED || v instanceof AmbiguousId;
/** A value the plan does not know (or may not know) yet: known only after apply, or left out of planned_values. */
const notKnownYet = (v: V): boolean => v === UNKNOWN || v === OMITTED;

const step = (m: unknown, seg: string | number): unknown => (m === undefined || m === null || typeof m !== 'object' ? undefined : (m as Record<string | number, unknown>)[seg]);

/**
 * Reads `values` at a path, answering UNKNOWN where `after_unknown` marks the value (or a parent)
 * and SENSITIVE where `after_sensitive` does. A secret attribute (`shared_key`, `authorization_key`,
 * `service_key`) is read even when sensitive: the scrubber keeps only whether one is configured.
 */
function get(x: Instance, ...path: (string | number)[]): V {
  let v: unknown = x.values;
  let u: unknown = x.unknown;
  let s: unknown = x.sensitive;
  const last = path[path.length - 1];
  const secret = typeof last === 'string' && (isSecretProperty(last) || /_secret_id$/.test(last));
  if (u === true) return UNKNOWN;
  if (s === true && !secret) return SENSITIVE;
  for (const [i, seg] of path.entries()) {
    u = step(u, seg);
    if (u === true) return UNKNOWN;
    s = step(s, seg);
    if (s === true && !secret) return SENSITIVE;
    // A block is a list of objects, a map an object: anything else there is a shape the provider never writes.
    if (v !== undefined && v !== null && (typeof seg === 'number' ? !Array.isArray(v) : !isObj(v))) throw new PlanShapeError(x, path.slice(0, i), typeof seg === 'number' ? BLOCKS : BLOCK, v);
    v = step(v, seg);
  }
  return x.omitsUnknown && (v === undefined || v === null) ? OMITTED : v;
}

const GLOBAL_REACH_TYPE = 'Microsoft.Network/expressRouteCircuits/peerings/connections';
const DIAGNOSTIC_SETTINGS_TYPE = 'Microsoft.Insights/diagnosticSettings';
/** Types whose diagnostic settings count (the rules about diagnostics read these kinds). */
const DIAGNOSED_TYPES = [RESOURCE_TYPES.circuit, RESOURCE_TYPES.port, RESOURCE_TYPES.vnetGateway, RESOURCE_TYPES.vwanGateway].map((t) => t.toLowerCase());

const ARM_TYPE_OF: Record<string, string> = {
  azurerm_express_route_circuit: RESOURCE_TYPES.circuit,
  azurerm_express_route_circuit_peering: RESOURCE_TYPES.peering,
  azurerm_express_route_circuit_authorization: 'Microsoft.Network/expressRouteCircuits/authorizations',
  azurerm_express_route_port: RESOURCE_TYPES.port,
  azurerm_virtual_network_gateway: RESOURCE_TYPES.vnetGateway,
  azurerm_virtual_network_gateway_connection: RESOURCE_TYPES.connection,
  azurerm_express_route_gateway: RESOURCE_TYPES.vwanGateway,
  azurerm_express_route_connection: RESOURCE_TYPES.vwanConnection,
  // Global Reach between two circuits' private peerings, and diagnostic settings on an ExpressRoute
  // resource: read so that a plan which declares them is judged with them (as an ARM template is).
  azurerm_express_route_circuit_connection: GLOBAL_REACH_TYPE,
  azurerm_monitor_diagnostic_setting: DIAGNOSTIC_SETTINGS_TYPE,
};

const ER_ARM_TYPES = new Set([...Object.values(ARM_TYPE_OF)].map((t) => t.toLowerCase()));

/** ARM type of an `azapi_resource` (`Microsoft.Network/expressRouteCircuits@2024-05-01` → without the version). */
function azapiType(x: Instance): string | undefined {
  const t = x.values.type;
  return typeof t === 'string' ? t.replace(/@.*$/, '') : undefined;
}

export function isMappedType(x: Instance): boolean {
  if (x.type in ARM_TYPE_OF) return true;
  if (x.type === 'azapi_resource') {
    const t = azapiType(x);
    return t !== undefined && ER_ARM_TYPES.has(t.toLowerCase());
  }
  return false;
}

class RowBuilder {
  readonly row: Record<string, unknown> = {};
  readonly unresolved: string[] = [];
  /** The unresolved paths whose plan value is sensitive (the others are known only after apply). */
  readonly sensitive: string[] = [];
  /** The unresolved paths absent or null in planned_values (Instance.omitsUnknown). */
  readonly omitted: string[] = [];
  /** Row paths holding the provider's documented default of an attribute the configuration does not set. */
  readonly defaulted: string[] = [];
  /** Why an unresolved path is not known, where it is neither known only after apply nor sensitive. */
  readonly reasons = new Map<string, string>();
  /** The unresolved paths an azapi `sensitive_body` (write-only) may set. */
  readonly writeOnly: string[] = [];
  /** The unresolved paths whose expression references several candidates (AmbiguousId), with those candidates. */
  readonly ambiguous = new Map<string, string>();
  /** Records a row path as not known from the plan, for `reason` (completing "`path` …"). */
  open(path: string, reason: string): void {
    this.unresolved.push(path);
    this.reasons.set(path, reason);
  }
  /** Sets a row path (`properties.links[0].properties.adminState`); UNKNOWN or SENSITIVE records it unresolved. */
  set(path: string, v: V, readOnly = false): void {
    if (v instanceof AmbiguousId) {
      if (!readOnly) {
        this.open(path, v.reason);
        this.ambiguous.set(path, v.candidates);
      }
      return;
    }
    if (opaque(v)) {
      if (!readOnly) this.unresolved.push(path);
      if (!readOnly && v === SENSITIVE) this.sensitive.push(path);
      if (!readOnly && v === OMITTED) this.omitted.push(path);
      return;
    }
    if (v === null || v === undefined) return;
    setPath(this.row, path, v);
  }
}

/**
 * Sets a row path. Keys are data: a body's `__proto__` key (an own property of what JSON.parse returns) is defined as
 * an own property, never assigned and never followed to a prototype (`body.__proto__.x` set `x` on every object).
 */
function setPath(target: Record<string, unknown>, path: string, v: unknown): void {
  const segs = path.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let cur: Record<string | number, unknown> = target;
  segs.forEach((seg, i) => {
    const key: string | number = seg.startsWith('[') ? Number(seg.slice(1, -1)) : seg;
    if (i === segs.length - 1) {
      setOwn(cur, key, v);
      return;
    }
    const nextIsIndex = segs[i + 1].startsWith('[');
    const at = ownValue(cur, key);
    if (at === undefined || at === null || typeof at !== 'object') setOwn(cur, key, nextIsIndex ? [] : {});
    cur = cur[key] as Record<string | number, unknown>;
  });
}

/**
 * An attribute azurerm renamed (`enable_bgp` → `bgp_enabled`): the new name's value, else the old
 * one's. Where a provider carries both (4.x, each Optional and Computed), the one the configuration
 * sets is known and the other known only after apply.
 */
function renamed(x: Instance, current: string, old: string): V {
  const v = get(x, current);
  if (!(old in x.values) || (current in x.values && !opaque(v) && v !== null)) return v;
  const w = get(x, old);
  return current in x.values && (opaque(w) || w === null) ? v : w;
}

const map = (v: V, f: (x: unknown) => unknown): V => (opaque(v) ? v : v === null || v === undefined ? undefined : f(v));
const enabled = (v: V): V => map(v, (b) => (b === true ? 'Enabled' : b === false ? 'Disabled' : undefined));

/**
 * A relation an expression does not settle: it references several candidates (`coalesce(var.peering_id,
 * azurerm_express_route_circuit_peering.this.id)`, `var.a != null ? var.a : x.id`, `try(a.id, b.id)`), and the plan
 * holds only the references, not the expression, so which one it takes is not known. Never one picked of them.
 */
class Ambiguous {
  constructor(readonly candidates: string[]) {}
  reason(address: string): string {
    return `comes from an expression that references more than one candidate (${this.candidates.join(', ')}), and the plan does not say which one it takes (${address})`;
  }
}
type Resolved = Instance | Ambiguous | undefined;

/** An id whose expression is Ambiguous: not known, for `reason` (completing "`path` …"). */
class AmbiguousId {
  constructor(
    readonly reason: string,
    readonly candidates: string,
  ) {}
}

/** A target instance named by a configuration reference such as `azurerm_express_route_circuit.er[0].id`. */
function referencedInstance(x: Instance, attr: string | (string | number)[], index: PlanIndex, types: string[]): Resolved {
  const cfg = index.configFor(x);
  // Block attributes live in lists of blocks: expressions.ip_configuration[0].subnet_id.
  let expr: unknown = cfg?.expressions;
  for (const seg of typeof attr === 'string' ? [attr] : attr) {
    if (Array.isArray(expr)) expr = typeof seg === 'number' ? (expr[seg] ?? expr[0]) : undefined;
    else expr = isObj(expr) ? expr[String(seg)] : undefined;
  }
  return resolveReferences(referencesOf(expr), x.moduleAddress, x.index, index, types, 0);
}

const referencesOf = (expr: unknown): string[] => (isObj(expr) && Array.isArray(expr.references) ? (expr.references as unknown[]).filter((r): r is string => typeof r === 'string') : []);

/** References that only index or locate (`count.index`, `each.key`, `path.module`): they name no value an id comes from. */
const INDEX_ONLY = /^(?:count\.index|each\.key|path\.|terraform\.|self\b)/;

/**
 * The subjects an expression's references name, one for each thing it reads a value from. Terraform lists each
 * reference with its shorter forms (`x["a"].id`, `x["a"]`, `x`; `module.m["a"].out`, `module.m["a"]`, `module.m`;
 * `each.value.k`, `each.value`), which name the same subject: `x` beside `x["a"]` is the resource containing it.
 * A resource written with a computed index (`x[each.key].id`) is listed as `x` alone, with the index's references.
 */
function subjectsOf(refs: string[]): string[] {
  const subjects: string[] = [];
  const add = (s: string) => {
    if (!subjects.includes(s)) subjects.push(s);
  };
  for (const ref of refs) {
    if (INDEX_ONLY.test(ref)) continue;
    const variable = /^(var|local)\.([A-Za-z0-9_-]+)/.exec(ref);
    if (variable) add(`${variable[1]}.${variable[2]}`);
    else if (/^each\.value\b/.test(ref)) add('each.value');
    else {
      const output = /^(module\.[A-Za-z0-9_-]+(?:\[[^\]]+\])?)(?:\.([A-Za-z0-9_-]+))?/.exec(ref);
      if (output) add(output[2] ? `${output[1]}.${output[2]}` : output[1]);
      else {
        const resource = /^((?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+)(\[[^\]]+\])?/.exec(ref);
        if (resource) add(`${resource[1]}${resource[2] ?? ''}`);
      }
    }
  }
  // Containers: a resource (module call) beside one of its instances (outputs) names that one.
  return subjects.filter((s) => !subjects.some((o) => o !== s && (o.startsWith(`${s}[`) || (s.startsWith('module.') && o.startsWith(`${s}.`)))));
}

/**
 * Whether input variable `name` of the module at `moduleAddress` has a value known at plan: a root module's variable
 * (set by the caller of Terraform), or a module's whose call sets it to a constant, to nothing but such variables and
 * instance keys, or does not set it (its default). Such a variable names no resource a value known only after apply
 * comes from: it selects (`var.create ? x[0].id : null`) or is null (`coalesce(var.peering_id, x.id)`, not set).
 */
function variableKnown(moduleAddress: string | undefined, name: string, index: PlanIndex, depth: number): boolean {
  if (!moduleAddress) return true;
  const call = depth < 20 ? /^(?:(.*)\.)?module\.([A-Za-z0-9_-]+)(?:\[(.+)\])?$/.exec(moduleAddress) : null;
  if (!call) return false;
  const given = index.moduleCallFor(call[1], call[2])?.expressions;
  const expr = isObj(given) ? given[name] : undefined;
  if (expr === undefined) return true;
  if (!isObj(expr)) return false;
  if (!Array.isArray(expr.references)) return 'constant_value' in expr;
  return subjectsOf(referencesOf(expr)).every((s) => {
    const v = /^var\.([A-Za-z0-9_-]+)$/.exec(s);
    return v !== null && variableKnown(call[1], v[1], index, depth + 1);
  });
}

/**
 * The instance that references made in module `moduleAddress` name. A module's input variable
 * (`var.circuit_id`) is what its call gives it, read in the calling module, where `count.index` and
 * `each.key` are the module instance's own key; a child module's output is its expression, read in
 * the child. Only an expression that names one subject (or several that all name one instance) resolves;
 * one naming several, of which one or more name an instance, is Ambiguous (never one of them picked).
 */
function resolveReferences(refs: string[], moduleAddress: string | undefined, ownIndex: string | number | undefined, index: PlanIndex, types: string[], depth: number): Resolved {
  const prefix = moduleAddress ? `${moduleAddress}.` : '';
  const subjects = subjectsOf(refs).filter((s) => {
    const v = /^var\.([A-Za-z0-9_-]+)$/.exec(s);
    return !(v && variableKnown(moduleAddress, v[1], index, depth));
  });
  const resolveOne = (subject: string): Resolved => {
    const variable = /^var\.([A-Za-z0-9_-]+)$/.exec(subject);
    if (variable) {
      const call = moduleAddress && depth < 20 ? /^(?:(.*)\.)?module\.([A-Za-z0-9_-]+)(?:\[(.+)\])?$/.exec(moduleAddress) : null;
      if (!call) return undefined;
      const [, parent, name, key] = call;
      const given = index.moduleCallFor(parent, name)?.expressions;
      return resolveReferences(referencesOf(isObj(given) ? given[variable[1]] : undefined), parent, instanceKey(key), index, types, depth + 1);
    }
    // A child module's output (`module.er.circuit_id`, `module.er["ams"].circuit_id`): its expression, read in that module instance.
    const output = depth < 20 ? /^module\.([A-Za-z0-9_-]+)(\[[^\]]+\])?\.([A-Za-z0-9_-]+)$/.exec(subject) : null;
    if (output) {
      const [, name, key, out] = output;
      const outputs = step(step(index.moduleCallFor(moduleAddress, name), 'module'), 'outputs');
      const base = `${prefix}module.${name}`;
      const keyed = index.instances.some((i) => i.address.startsWith(`${base}[`));
      const own = typeof ownIndex === 'number' ? `[${ownIndex}]` : typeof ownIndex === 'string' ? `[${JSON.stringify(ownIndex)}]` : undefined;
      const child = key ?? (!keyed ? '' : own !== undefined && refs.includes(typeof ownIndex === 'number' ? 'count.index' : 'each.key') ? own : undefined);
      return child === undefined ? undefined : resolveReferences(referencesOf(step(step(outputs, out), 'expression')), `${base}${child}`, undefined, index, types, depth + 1);
    }
    const m = /^([a-z0-9_]+)\.([A-Za-z0-9_-]+)(\[[^\]]+\])?$/.exec(subject);
    if (!m || !types.includes(m[1])) return undefined;
    const base = `${prefix}${m[1]}.${m[2]}`;
    if (m[3]) return index.byAddress.get(`${base}${m[3]}`);
    const candidates = index.instances.filter((i) => i.address === base || i.address.startsWith(`${base}[`));
    if (candidates.length === 1) return candidates[0];
    // `for_each`/`count` on both sides, indexed by this instance's own key (`er[each.key]`,
    // `er[count.index]`): pair instances by their key. Any other index (`er[each.value.circuit]`)
    // names an instance the plan does not say: unknown, never the one that happens to share a key.
    const ownKey = typeof ownIndex === 'number' ? 'count.index' : 'each.key';
    if (ownIndex !== undefined && refs.includes(ownKey)) return candidates.find((c) => c.index === ownIndex);
    return undefined;
  };
  const found = subjects.map(resolveOne);
  if (found.length === 1) return found[0];
  const instances = found.filter((f): f is Instance => f !== undefined && !(f instanceof Ambiguous));
  if (instances.length > 0 && found.every((f) => f === instances[0])) return instances[0];
  // Several subjects: unknown which one the value is; named as such where one of them names a resource.
  if (found.some((f) => f !== undefined)) return new Ambiguous(subjects.map((s) => (/^(?:var|local|each)\./.test(s) ? (moduleAddress ? `${s} in ${moduleAddress}` : s) : `${prefix}${s}`)));
  return undefined;
}

/** A module instance's key as the plan writes it in an address (`[0]`, `["ams"]`). */
function instanceKey(key: string | undefined): string | number | undefined {
  if (key === undefined) return undefined;
  if (/^\d+$/.test(key)) return Number(key);
  try {
    const k: unknown = JSON.parse(key);
    return typeof k === 'string' ? k : undefined;
  } catch {
    return undefined;
  }
}

const CIRCUIT_TYPES = ['azurerm_express_route_circuit', 'azapi_resource'];
const ID_SOURCES: Record<string, string[]> = {
  express_route_circuit_id: CIRCUIT_TYPES,
  express_route_port_id: ['azurerm_express_route_port', 'azapi_resource'],
  virtual_network_gateway_id: ['azurerm_virtual_network_gateway', 'azapi_resource'],
  express_route_gateway_id: ['azurerm_express_route_gateway', 'azapi_resource'],
  express_route_circuit_peering_id: ['azurerm_express_route_circuit_peering', 'azapi_resource'],
  virtual_hub_id: ['azurerm_virtual_hub', 'azapi_resource'],
  subnet_id: ['azurerm_subnet', 'azapi_resource'],
  public_ip_address_id: ['azurerm_public_ip', 'azapi_resource'],
  route_filter_id: ['azurerm_route_filter', 'azapi_resource'],
  peering_id: ['azurerm_express_route_circuit_peering', 'azapi_resource'],
  peer_peering_id: ['azurerm_express_route_circuit_peering', 'azapi_resource'],
  target_resource_id: ['azurerm_express_route_circuit', 'azurerm_express_route_port', 'azurerm_virtual_network_gateway', 'azurerm_express_route_gateway', 'azapi_resource'],
  parent_id: ['azurerm_resource_group', 'azurerm_express_route_circuit', 'azurerm_express_route_gateway', 'azapi_resource'],
};

/**
 * An id attribute: its planned value, else the id of the resource the configuration refers to, else (where its
 * expression references several candidates) an AmbiguousId saying which.
 */
function idAttr(x: Instance, attr: string, index: PlanIndex, ...path: (string | number)[]): V {
  const v = get(x, ...(path.length ? path : [attr]));
  if (!opaque(v)) return v;
  const target = referencedInstance(x, path.length ? path : attr, index, ID_SOURCES[attr] ?? []);
  if (target instanceof Ambiguous) return new AmbiguousId(target.reason(x.address), target.candidates.join(', '));
  return target ? idOf(target, index) : v;
}

const ARM_SEGMENT: Record<string, string> = {
  azurerm_resource_group: '',
  azurerm_virtual_hub: 'Microsoft.Network/virtualHubs',
  azurerm_virtual_network: 'Microsoft.Network/virtualNetworks',
  azurerm_public_ip: 'Microsoft.Network/publicIPAddresses',
  azurerm_route_filter: 'Microsoft.Network/routeFilters',
};

/**
 * The id of a plan resource: the planned id when Terraform knows it, else a stable synthetic id
 * from the names the plan does know (`/subscriptions/{subscription}/resourceGroups/<rg>/providers/...`),
 * else one from the resource address.
 */
export function idOf(x: Instance, index: PlanIndex): string {
  const cached = index.ids.get(x.address);
  if (cached) return cached;
  index.ids.set(x.address, `/unresolved/${addressSegment(x.address)}`); // guards against reference cycles
  const id = computeId(x, index);
  index.ids.set(x.address, id);
  return id;
}

/**
 * A resource address as one segment of a synthetic id (where the plan does not know the name): a `for_each` key may
 * hold `/` (`er["ams/primary"]`), which would split the id into other segments (another type, a name of `primary"]`,
 * two resources of one name). Written with U+2215 (∕), which reads the same.
 */
const addressSegment = (address: string): string => address.replace(/\//g, '\u2215');

function computeId(x: Instance, index: PlanIndex): string {
  // azurerm's id of a diagnostic setting is `<target id>|<name>`, not an ARM id: always build the ARM one.
  if (x.type === 'azurerm_monitor_diagnostic_setting') {
    const target = idAttr(x, 'target_resource_id', index);
    const name = get(x, 'name');
    return typeof target === 'string' ? `${target}/providers/${DIAGNOSTIC_SETTINGS_TYPE}/${typeof name === 'string' && name !== '' ? name : addressSegment(x.address)}` : `/unresolved/${addressSegment(x.address)}`;
  }
  const planned = get(x, 'id');
  if (typeof planned === 'string' && planned.startsWith('/')) return planned;
  const name = get(x, 'name');
  const nameOrAddress = typeof name === 'string' && name !== '' ? name : addressSegment(x.address);
  const rgValue = get(x, 'resource_group_name');
  const rg = typeof rgValue === 'string' && rgValue !== '' ? rgValue : opaque(rgValue) ? unknownResourceGroup(x, index) : PLACEHOLDER_RESOURCE_GROUP;
  const subscription = index.subscriptionFor(x);
  const rgId = `/subscriptions/${subscription}/resourceGroups/${rg}`;
  switch (x.type) {
    case 'azurerm_resource_group':
      return `/subscriptions/${subscription}/resourceGroups/${nameOrAddress}`;
    case 'azurerm_subnet': {
      const vnet = get(x, 'virtual_network_name');
      return `${rgId}/providers/Microsoft.Network/virtualNetworks/${typeof vnet === 'string' ? vnet : `${addressSegment(x.address)}-vnet`}/subnets/${nameOrAddress}`;
    }
    case 'azurerm_express_route_circuit_peering': {
      const circuit = circuitIdForChild(x, index, rgId);
      const pt = get(x, 'peering_type');
      return `${circuit}/peerings/${typeof pt === 'string' ? pt : addressSegment(x.address)}`;
    }
    case 'azurerm_express_route_circuit_authorization':
      return `${circuitIdForChild(x, index, rgId)}/authorizations/${nameOrAddress}`;
    case 'azurerm_express_route_connection': {
      const gw = idAttr(x, 'express_route_gateway_id', index);
      const base = typeof gw === 'string' ? gw : `${rgId}/providers/${RESOURCE_TYPES.vwanGateway}/${addressSegment(x.address)}-gateway`;
      return `${base}/expressRouteConnections/${nameOrAddress}`;
    }
    case 'azurerm_express_route_circuit_connection': {
      const peering = idAttr(x, 'peering_id', index);
      const base = typeof peering === 'string' ? peering : `${rgId}/providers/${RESOURCE_TYPES.circuit}/${addressSegment(x.address)}-circuit/peerings/AzurePrivatePeering`;
      return `${base}/connections/${nameOrAddress}`;
    }
    case 'azapi_resource': {
      const type = azapiType(x) ?? 'Microsoft.Resources/unknown';
      const parent = idAttr(x, 'parent_id', index);
      if (parent instanceof AmbiguousId) index.ambiguousParents.push(`${x.address} parent_id (${parent.candidates})`);
      const segs = type.split('/');
      if (typeof parent === 'string') {
        return segs.length > 2 ? `${parent}/${segs[segs.length - 1]}/${nameOrAddress}` : `${parent}/providers/${type}/${nameOrAddress}`;
      }
      return `/subscriptions/${subscription}/resourceGroups/${PLACEHOLDER_RESOURCE_GROUP}/providers/${type}/${nameOrAddress}`;
    }
  }
  const armType = ARM_TYPE_OF[x.type] ?? ARM_SEGMENT[x.type];
  if (armType) return `${rgId}/providers/${armType}/${nameOrAddress}`;
  return `${rgId}/providers/terraform/${addressSegment(x.address)}`;
}

/** The circuit a peering or authorization belongs to: by reference, else by name in the plan, else synthetic. */
/**
 * A stand-in for a resource group known only after apply (or sensitive): the resource may be in another group than
 * any other resource of the plan, so it never takes the shared placeholder, where two circuits of one name in two
 * such groups (a module called twice) would merge as one resource and one's findings be lost. Resources naming the
 * same `azurerm_resource_group` share its stand-in.
 */
function unknownResourceGroup(x: Instance, index: PlanIndex): string {
  const group = referencedInstance(x, 'resource_group_name', index, ['azurerm_resource_group']);
  return standInOf(`terraform|${group && !(group instanceof Ambiguous) ? group.address : x.address}|resource_group_name`);
}

function circuitIdForChild(x: Instance, index: PlanIndex, rgId: string): string {
  const byRef = referencedInstance(x, 'express_route_circuit_name', index, ['azurerm_express_route_circuit']);
  if (byRef && !(byRef instanceof Ambiguous)) return idOf(byRef, index);
  // Several candidates: the circuit only by a name the plan knows, else none of them (the resource is then under a
  // circuit of its own address, which the input does not hold: a coverage gap, said with the candidates).
  const ambiguous = byRef instanceof Ambiguous ? () => index.ambiguousParents.push(`${x.address} express_route_circuit_name (${byRef.candidates.join(', ')})`) : () => undefined;
  // Names are compared as planned even when sensitive (the comparison prints nothing); a sensitive
  // name never becomes part of an id.
  const unknownName = (i: Instance, attr: string) => notKnownYet(get(i, attr));
  const circuitName = unknownName(x, 'express_route_circuit_name') ? undefined : x.values.express_route_circuit_name;
  const rg = unknownName(x, 'resource_group_name') ? undefined : x.values.resource_group_name;
  if (typeof circuitName === 'string') {
    const same = index.instances.find(
      (i) =>
        i.type === 'azurerm_express_route_circuit' &&
        !unknownName(i, 'name') &&
        i.values.name === circuitName &&
        // a circuit of the same name deployed by another provider configuration is in another subscription
        index.subscriptionFor(i) === index.subscriptionFor(x) &&
        (typeof rg !== 'string' || (!unknownName(i, 'resource_group_name') && i.values.resource_group_name === rg)),
    );
    if (same) return idOf(same, index);
    ambiguous();
    if (get(x, 'express_route_circuit_name') === SENSITIVE) return `${rgId}/providers/${RESOURCE_TYPES.circuit}/${addressSegment(x.address)}-circuit`;
    return `${rgId}/providers/${RESOURCE_TYPES.circuit}/${circuitName}`;
  }
  ambiguous();
  return `${rgId}/providers/${RESOURCE_TYPES.circuit}/${addressSegment(x.address)}-circuit`;
}

function common(rb: RowBuilder, x: Instance, index: PlanIndex, armType: string): void {
  const id = idOf(x, index);
  rb.row.id = id;
  rb.row.type = armType;
  rb.row.name = id.split('/').pop();
  rb.set('location', get(x, 'location'));
  const tags = get(x, 'tags');
  // Tags known only after apply (or left out of planned_values, or sensitive): not known, never "no tags".
  if (opaque(tags)) return rb.set('tags', tags);
  if (tags !== null && tags !== undefined && !isObj(tags)) throw new PlanShapeError(x, ['tags'], 'a map of tags (an object)', tags);
  if (isObj(tags)) {
    rb.row.tags = {};
    for (const k of Object.keys(tags)) rb.set(`tags.${k}`, get(x, 'tags', k));
    // A tag whose value is known only after apply is left out of `after` and marked in `after_unknown.tags` alone: not
    // known, never absent (a rule on it would fail).
    const unknownTags = step(x.unknown, 'tags');
    if (isObj(unknownTags)) for (const [k, u] of Object.entries(unknownTags)) if (u === true && !Object.hasOwn(tags, k)) rb.set(`tags.${k}`, UNKNOWN);
  }
}

function msPeeringConfig(rb: RowBuilder, prefix: string, x: Instance, ...path: (string | number)[]): void {
  const block = blocks(x, ...path);
  if (opaque(block)) return rb.set(prefix, block);
  if (!Array.isArray(block) || block.length === 0) return;
  rb.set(`${prefix}.advertisedPublicPrefixes`, get(x, ...path, 0, 'advertised_public_prefixes'));
  rb.set(`${prefix}.advertisedCommunities`, get(x, ...path, 0, 'advertised_communities'));
  rb.set(`${prefix}.customerASN`, get(x, ...path, 0, 'customer_asn'));
  rb.set(`${prefix}.routingRegistryName`, get(x, ...path, 0, 'routing_registry_name'));
  rb.set(`${prefix}.advertisedPublicPrefixesState`, get(x, ...path, 0, 'advertised_public_prefixes_state'), true);
}

/** The `identity` block (azurerm, and azapi, which sends it as the body's `identity`): its type. */
function identityBlock(rb: RowBuilder, x: Instance): void {
  const identity = blocks(x, 'identity');
  if (opaque(identity)) rb.set('identity', identity);
  else if (Array.isArray(identity) && identity.length > 0) rb.set('identity.type', get(x, 'identity', 0, 'type'));
}

type Mapper = (rb: RowBuilder, x: Instance, index: PlanIndex) => void;

/** Whether the plan's configuration holds the resource and its expressions do not set `attr` (without it, nothing says). */
function unsetInConfiguration(x: Instance, index: PlanIndex, attr: string): boolean {
  const cfg = index.configFor(x);
  if (!cfg) return false;
  return !(isObj(cfg.expressions) && attr in cfg.expressions);
}

/**
 * Whether a link block of a port the plan creates is one the configuration does not write: the configuration's
 * resource is in the plan and has no `link1`/`link2` block (a block written with unknown content stays unknown).
 * Without the configuration nothing says which it is.
 */
function linkLeftToAzure(x: Instance, index: PlanIndex, link: string): boolean {
  if (!x.creating) return false;
  const cfg = index.configFor(x);
  if (!cfg) return false;
  const expressions = isObj(cfg.expressions) ? cfg.expressions : {};
  return !(link in expressions);
}

/** `azurerm_key_vault_secret.x.id` or `.versionless_id` (also of a data source, of an instance): a Key Vault secret URI. */
const KEY_VAULT_SECRET_URI = /^(?:data\.)?azurerm_key_vault_secret\.[A-Za-z0-9_-]+(?:\[[^\]]+\])?\.(?:id|versionless_id)$/;
/** The secret resource itself, which Terraform lists beside the attribute read from it. */
const KEY_VAULT_SECRET = /^(?:data\.)?azurerm_key_vault_secret\.[A-Za-z0-9_-]+(?:\[[^\]]+\])?$/;

/**
 * Whether the configuration sets the attribute at `path` to a Key Vault secret's URI and nothing else: every
 * reference of its expression is an `azurerm_key_vault_secret`'s `id` or `versionless_id` (a module's input
 * variable is followed to what its call gives it). Its `resource_id` (an ARM id, not a secret URI) or any other
 * value does not count.
 */
function keyVaultSecretUri(x: Instance, index: PlanIndex, path: (string | number)[]): boolean {
  let expr: unknown = index.configFor(x)?.expressions;
  for (const seg of path) expr = Array.isArray(expr) ? (typeof seg === 'number' ? expr[seg] : undefined) : isObj(expr) ? expr[String(seg)] : undefined;
  let refs = referencesOf(expr);
  let moduleAddress = x.moduleAddress;
  for (let depth = 0; depth < 20; depth++) {
    const other = refs.filter((r) => !KEY_VAULT_SECRET_URI.test(r) && !KEY_VAULT_SECRET.test(r));
    if (other.length === 0) return refs.some((r) => KEY_VAULT_SECRET_URI.test(r));
    const variable = other.length === 1 && refs.length === 1 ? /^var\.([A-Za-z0-9_-]+)$/.exec(other[0]) : null;
    const call = variable && moduleAddress ? /^(?:(.*)\.)?module\.([A-Za-z0-9_-]+)(?:\[.+\])?$/.exec(moduleAddress) : null;
    if (!variable || !call) return false;
    const given = index.moduleCallFor(call[1], call[2])?.expressions;
    refs = referencesOf(isObj(given) ? given[variable[1]] : undefined);
    moduleAddress = call[1];
  }
  return false;
}

const MAPPERS: Record<string, Mapper> = {
  azurerm_express_route_circuit(rb, x, index) {
    const tier = get(x, 'sku', 0, 'tier');
    const family = get(x, 'sku', 0, 'family');
    rb.set('sku.name', opaque(tier) ? tier : opaque(family) ? family : typeof tier === 'string' && typeof family === 'string' ? `${tier}_${family}` : undefined);
    rb.set('sku.tier', tier);
    rb.set('sku.family', family);
    // A circuit is on a Direct port or at a provider: the provider's schema makes the two sets of attributes conflict
    // (ConflictsWith). The plugin SDK stores an attribute the configuration leaves out as its zero value ("" or 0)
    // once the circuit exists, so a plan that updates or keeps a circuit (and a state) carries the other set's
    // zero values: `bandwidth_in_mbps = 0` on a Direct circuit is no bandwidth of 0 Mbps, nor is
    // `bandwidth_in_gbps = 0` on a provider circuit. Those are not read.
    // A Direct-side attribute left out of planned_values (unset, or known only after apply) on a circuit that names
    // its provider: the two sets conflict (ConflictsWith), so it is unset.
    const provider = get(x, 'service_provider_name');
    const atProvider = typeof provider === 'string' && provider !== '';
    const directSide = (v: V): V => (v === OMITTED && atProvider ? undefined : v);
    const port = directSide(idAttr(x, 'express_route_port_id', index));
    const direct = opaque(port) || (typeof port === 'string' && port !== '');
    const unlessZero = (v: V): V => (v === 0 || v === '' ? undefined : v);
    const providerSide = (v: V): V => (direct ? unlessZero(v) : v);
    rb.set('properties.serviceProviderProperties.serviceProviderName', providerSide(get(x, 'service_provider_name')));
    rb.set('properties.serviceProviderProperties.peeringLocation', providerSide(get(x, 'peering_location')));
    rb.set('properties.serviceProviderProperties.bandwidthInMbps', providerSide(get(x, 'bandwidth_in_mbps')));
    rb.set('properties.allowClassicOperations', get(x, 'allow_classic_operations'));
    rb.set('properties.expressRoutePort.id', port);
    rb.set('properties.bandwidthInGbps', direct ? get(x, 'bandwidth_in_gbps') : unlessZero(directSide(get(x, 'bandwidth_in_gbps'))));
    rb.set('properties.authorizationKey', get(x, 'authorization_key'));
    // The provider sends rate limiting on create only when it is true (`if v, ok := d.GetOk("rate_limiting_enabled"); ok`,
    // and GetOk is not ok for false): a Direct circuit the plan creates with it false gets Azure's default, which neither
    // the REST API spec nor Microsoft Learn (rate-limit.md) documents. Not known then, never "off".
    // A plan read from planned_values (no resource_changes) does not say whether it creates the circuit: the same then.
    const rateLimit = renamed(x, 'rate_limiting_enabled', 'enable_rate_limiting');
    if (rateLimit === false && direct && (x.creating || x.omitsUnknown))
      rb.open(
        'properties.enableDirectPortRateLimit',
        `is false in the plan, which the provider does not send when it creates the circuit (it sends the attribute only when true), and the default Azure applies then is not documented${x.creating ? '' : "; the plan has no resource_changes to say whether it creates the circuit"} (${x.address})`,
      );
    else rb.set('properties.enableDirectPortRateLimit', rateLimit);
    rb.set('properties.serviceProviderProvisioningState', get(x, 'service_provider_provisioning_state'), true);
    rb.set('properties.serviceKey', get(x, 'service_key'), true);
  },
  azurerm_express_route_circuit_peering(rb, x, index) {
    rb.set('properties.peeringType', get(x, 'peering_type'));
    rb.set('properties.state', enabled(get(x, 'ipv4_enabled')));
    rb.set('properties.peerASN', get(x, 'peer_asn'));
    rb.set('properties.vlanId', get(x, 'vlan_id'));
    rb.set('properties.primaryPeerAddressPrefix', get(x, 'primary_peer_address_prefix'));
    rb.set('properties.secondaryPeerAddressPrefix', get(x, 'secondary_peer_address_prefix'));
    rb.set('properties.sharedKey', get(x, 'shared_key'));
    rb.set('properties.azureASN', get(x, 'azure_asn'), true);
    rb.set('properties.primaryAzurePort', get(x, 'primary_azure_port'), true);
    rb.set('properties.secondaryAzurePort', get(x, 'secondary_azure_port'), true);
    rb.set('properties.routeFilter.id', idAttr(x, 'route_filter_id', index));
    msPeeringConfig(rb, 'properties.microsoftPeeringConfig', x, 'microsoft_peering_config');
    const ipv6 = blocks(x, 'ipv6');
    if (opaque(ipv6)) rb.set('properties.ipv6PeeringConfig', ipv6);
    else if (Array.isArray(ipv6) && ipv6.length > 0) {
      rb.set('properties.ipv6PeeringConfig.primaryPeerAddressPrefix', get(x, 'ipv6', 0, 'primary_peer_address_prefix'));
      rb.set('properties.ipv6PeeringConfig.secondaryPeerAddressPrefix', get(x, 'ipv6', 0, 'secondary_peer_address_prefix'));
      rb.set('properties.ipv6PeeringConfig.state', enabled(get(x, 'ipv6', 0, 'enabled')));
      rb.set('properties.ipv6PeeringConfig.routeFilter.id', idAttr(x, 'route_filter_id', index, 'ipv6', 0, 'route_filter_id'));
      msPeeringConfig(rb, 'properties.ipv6PeeringConfig.microsoftPeeringConfig', x, 'ipv6', 0, 'microsoft_peering');
    }
  },
  azurerm_express_route_circuit_authorization(rb, x) {
    rb.set('properties.authorizationUseStatus', get(x, 'authorization_use_status'), true);
  },
  azurerm_express_route_port(rb, x, index) {
    rb.set('properties.peeringLocation', get(x, 'peering_location'));
    rb.set('properties.bandwidthInGbps', get(x, 'bandwidth_in_gbps'));
    rb.set('properties.encapsulation', get(x, 'encapsulation'));
    rb.set('properties.billingType', get(x, 'billing_type'));
    identityBlock(rb, x);
    let n = 0;
    for (const link of ['link1', 'link2']) {
      const block = blocks(x, link);
      // `link1`/`link2` are Optional and Computed: a port the plan creates without the block has it known only
      // after apply, and the provider sends no link of its own then (expandExpressRoutePortLinks), so Azure
      // creates that link as it creates every link: admin state Disabled, MACsec off (the Azure defaults of
      // DIRECT_PORT_DEFAULT_LINKS, added by the inventory as for a template that declares fewer links).
      if (block === UNKNOWN && linkLeftToAzure(x, index, link)) continue;
      if (opaque(block)) {
        rb.set('properties.links', block);
        continue;
      }
      if (!Array.isArray(block) || block.length === 0) continue;
      const at = `properties.links[${n++}]`;
      rb.set(`${at}.name`, link);
      rb.set(`${at}.properties.adminState`, enabled(get(x, link, 0, 'admin_enabled')));
      rb.set(`${at}.properties.macSecConfig.cipher`, get(x, link, 0, 'macsec_cipher'));
      for (const [attr, prop] of [['macsec_ckn_keyvault_secret_id', 'cknSecretIdentifier'], ['macsec_cak_keyvault_secret_id', 'cakSecretIdentifier']]) {
        const v = get(x, link, 0, attr);
        // A Key Vault secret the plan creates (or reads at apply) has its URI known only after apply, but the
        // identifier is set, and to a Key Vault secret URI: it counts as such (scrubbed, as every identifier is).
        rb.set(`${at}.properties.macSecConfig.${prop}`, notKnownYet(v) && keyVaultSecretUri(x, index, [link, 0, attr]) ? REDACTED_KEYVAULT : v);
      }
      rb.set(`${at}.properties.macSecConfig.sciState`, enabled(get(x, link, 0, 'macsec_sci_enabled')));
      rb.set(`${at}.properties.connectorType`, get(x, link, 0, 'connector_type'), true);
    }
  },
  azurerm_virtual_network_gateway(rb, x, index) {
    rb.set('properties.gatewayType', get(x, 'type'));
    rb.set('properties.sku.name', get(x, 'sku'));
    rb.set('properties.sku.tier', get(x, 'sku'));
    rb.set('properties.activeActive', get(x, 'active_active'));
    rb.set('properties.enableBgp', renamed(x, 'bgp_enabled', 'enable_bgp'));
    rb.set('properties.vpnType', get(x, 'vpn_type'));
    rb.set('properties.allowRemoteVnetTraffic', get(x, 'remote_vnet_traffic_enabled'));
    rb.set('properties.allowVirtualWanTraffic', get(x, 'virtual_wan_traffic_enabled'));
    // ErGwScale's scale units (azurerm 4.81+). The provider accepts them only on ErGwScale, where it
    // requires both; on other SKUs they are computed and unused, so left out rather than reported unknown.
    const sku = get(x, 'sku');
    if (typeof sku === 'string' ? sku.toLowerCase() === 'ergwscale' : opaque(sku)) {
      rb.set('properties.autoScaleConfiguration.bounds.min', get(x, 'minimum_scale_unit'));
      rb.set('properties.autoScaleConfiguration.bounds.max', get(x, 'maximum_scale_unit'));
    }
    const edgeZone = get(x, 'edge_zone');
    if (opaque(edgeZone)) rb.set('extendedLocation', edgeZone);
    else if (typeof edgeZone === 'string' && edgeZone !== '') {
      rb.set('extendedLocation.name', edgeZone);
      rb.set('extendedLocation.type', 'EdgeZone');
    }
    const ipc = blocks(x, 'ip_configuration');
    if (opaque(ipc)) rb.set('properties.ipConfigurations', ipc);
    else if (Array.isArray(ipc)) {
      ipc.forEach((_, i) => {
        const at = `properties.ipConfigurations[${i}]`;
        rb.set(`${at}.name`, get(x, 'ip_configuration', i, 'name'));
        rb.set(`${at}.properties.privateIPAllocationMethod`, get(x, 'ip_configuration', i, 'private_ip_address_allocation'));
        rb.set(`${at}.properties.subnet.id`, idAttr(x, 'subnet_id', index, 'ip_configuration', i, 'subnet_id'));
        rb.set(`${at}.properties.publicIPAddress.id`, idAttr(x, 'public_ip_address_id', index, 'ip_configuration', i, 'public_ip_address_id'));
      });
    }
  },
  azurerm_virtual_network_gateway_connection(rb, x, index) {
    rb.set('properties.connectionType', get(x, 'type'));
    rb.set('properties.virtualNetworkGateway1.id', idAttr(x, 'virtual_network_gateway_id', index));
    rb.set('properties.peer.id', idAttr(x, 'express_route_circuit_id', index));
    rb.set('properties.routingWeight', get(x, 'routing_weight'));
    rb.set('properties.expressRouteGatewayBypass', get(x, 'express_route_gateway_bypass'));
    rb.set('properties.enablePrivateLinkFastPath', get(x, 'private_link_fast_path_enabled'));
    rb.set('properties.authorizationKey', get(x, 'authorization_key'));
  },
  azurerm_express_route_gateway(rb, x, index) {
    rb.set('properties.virtualHub.id', idAttr(x, 'virtual_hub_id', index));
    rb.set('properties.autoScaleConfiguration.bounds.min', get(x, 'scale_units'));
    rb.set('properties.allowNonVirtualWanTraffic', get(x, 'allow_non_virtual_wan_traffic'));
  },
  azurerm_express_route_connection(rb, x, index) {
    rb.set('properties.expressRouteCircuitPeering.id', idAttr(x, 'express_route_circuit_peering_id', index));
    rb.set('properties.routingWeight', get(x, 'routing_weight'));
    rb.set('properties.enableInternetSecurity', renamed(x, 'internet_security_enabled', 'enable_internet_security'));
    const bypass = get(x, 'express_route_gateway_bypass_enabled');
    rb.set('properties.expressRouteGatewayBypass', bypass);
    // "Defaults to `false`" (the provider's documentation), and the provider sends it: the value Azure gets, said as that default.
    if (bypass === false && unsetInConfiguration(x, index, 'express_route_gateway_bypass_enabled')) rb.defaulted.push('properties.expressRouteGatewayBypass');
    // `private_link_fast_path_enabled` is sent only when the configuration sets it (`GetRawConfig()` not null): a
    // connection created without it gets Azure's default, which is documented nowhere. Not known then, unless FastPath
    // is off (sent, as above), which Private Link FastPath needs ("ExpressRoute FastPath (expressRouteGatewayBypass)
    // must be enabled", the REST API spec).
    const privateLink = get(x, 'private_link_fast_path_enabled');
    // (A plan read from planned_values does not say whether it creates the connection: the same then.)
    if ((x.creating || x.omitsUnknown) && bypass !== false && !opaque(privateLink) && privateLink !== true && unsetInConfiguration(x, index, 'private_link_fast_path_enabled'))
      rb.open(
        'properties.enablePrivateLinkFastPath',
        `is not set in the configuration, so the provider does not send it when it creates the connection, and the default Azure applies then is not documented${x.creating ? '' : "; the plan has no resource_changes to say whether it creates the connection"} (${x.address})`,
      );
    else rb.set('properties.enablePrivateLinkFastPath', privateLink);
    rb.set('properties.authorizationKey', get(x, 'authorization_key'));
  },
  azurerm_express_route_circuit_connection(rb, x, index) {
    rb.set('properties.expressRouteCircuitPeering.id', idAttr(x, 'peering_id', index));
    rb.set('properties.peerExpressRouteCircuitPeering.id', idAttr(x, 'peer_peering_id', index));
    rb.set('properties.addressPrefix', get(x, 'address_prefix_ipv4'));
    rb.set('properties.authorizationKey', get(x, 'authorization_key'));
    rb.set('properties.ipv6CircuitConnectionConfig.addressPrefix', get(x, 'address_prefix_ipv6'));
  },
  // Only its existence counts (the diagnostics rules ask whether a resource has a setting at all).
  azurerm_monitor_diagnostic_setting() {},
};

/**
 * A diagnostic setting counts only on an ExpressRoute resource; one on another resource (a storage
 * account, a firewall) or on a target the plan cannot resolve is not part of the ExpressRoute estate.
 */
function diagnosesExpressRoute(id: string): boolean {
  const lower = id.toLowerCase();
  const at = lower.lastIndexOf('/providers/microsoft.insights/diagnosticsettings/');
  if (at <= 0 || lower.startsWith('/unresolved/')) return false;
  const type = /\/providers\/([^/]+\/[^/]+)\/[^/]+$/.exec(lower.slice(0, at))?.[1];
  return type !== undefined && DIAGNOSED_TYPES.includes(type);
}

/** `body` of an azapi_resource: an object (azapi 2.x) or a JSON string (azapi 1.x `jsonencode`). */
function azapiBody(rb: RowBuilder, x: Instance, index: PlanIndex): void {
  const body = get(x, 'body');
  if (opaque(body)) return rb.set('properties', body);
  let doc: unknown = body;
  if (typeof body === 'string') {
    try {
      doc = JSON.parse(body);
    } catch {
      return rb.set('properties', UNKNOWN);
    }
  }
  if (!isObj(doc)) return;
  const bodyUnknown = typeof body === 'string' ? undefined : isObj(x.unknown) ? x.unknown.body : undefined;
  const bodySensitive = typeof body === 'string' ? undefined : isObj(x.sensitive) ? x.sensitive.body : undefined;
  const walk = (v: unknown, u: unknown, s: unknown, path: string, key: string | number) => {
    if (u === true) return rb.set(path, UNKNOWN);
    if (s === true && !(typeof key === 'string' && isSecretProperty(key))) return rb.set(path, SENSITIVE);
    if (isObj(v)) {
      for (const [k, c] of Object.entries(v)) walk(c, step(u, k), step(s, k), path ? `${path}.${k}` : k, k);
      // Terraform leaves an attribute known only after apply out of `after` and marks it in `after_unknown` alone
      // (`expressRoutePort: {}` beside `expressRoutePort: { id: true }`): not known, never absent.
      if (isObj(u)) for (const [k, c] of Object.entries(u)) if (!Object.hasOwn(v, k) && c === true) rb.set(path ? `${path}.${k}` : k, UNKNOWN);
    }
    else if (Array.isArray(v)) v.forEach((c, i) => walk(c, step(u, i), step(s, i), `${path}[${i}]`, i));
    // planned_values set an unknown element of a list null (Instance.omitsUnknown): not known, never unset.
    else rb.set(path, x.omitsUnknown && v === null ? OMITTED : v);
  };
  walk(doc, bodyUnknown, bodySensitive, '', '');
  // planned_values leave out a body's values known only after apply (an id of a resource the plan creates): what the
  // body does not hold may be one of them, unless its expression names nothing but input variables (known at plan)
  // or the configuration is not there to say.
  const bodyRefs = isObj(index.configFor(x)?.expressions) ? (index.configFor(x)!.expressions as Record<string, unknown>).body : undefined;
  if (x.omitsUnknown && (bodyRefs === undefined || referencesOf(bodyRefs).some((r) => !/^var\./.test(r)))) {
    rb.unresolved.push('properties');
    rb.omitted.push('properties');
  }
  // `sensitive_body` (azapi 2.x) is merge-patched into `body` to make the request: what it sets is deployed, and
  // overrides the body. It is write-only (azapi 2.3+ on Terraform 1.11+: null in every plan and state), so a plan
  // that sets it does not say what it sets (commonly a peering's sharedKey or a connection's authorizationKey):
  // the properties are not known from the plan, never judged as the body alone says. Where the plan carries its
  // value (marked sensitive), it is read as a sensitive body: secrets only as configured, the rest not read.
  const sensitiveBody = x.values.sensitive_body;
  const expressions = index.configFor(x)?.expressions;
  if (step(x.unknown, 'sensitive_body') === true) rb.set('properties', UNKNOWN);
  else if (isObj(sensitiveBody)) {
    const secretWalk = (v: unknown, path: string, key: string | number): void => {
      if (typeof key === 'string' && isSecretProperty(key)) return rb.set(path, v);
      if (isObj(v)) for (const [k, c] of Object.entries(v)) secretWalk(c, path ? `${path}.${k}` : k, k);
      else if (Array.isArray(v)) v.forEach((c, i) => secretWalk(c, `${path}[${i}]`, i));
      else if (v !== null && v !== undefined) rb.set(path, SENSITIVE);
    };
    secretWalk(sensitiveBody, '', '');
  }
  else if ((sensitiveBody === null || sensitiveBody === undefined) && isObj(expressions) && expressions.sensitive_body !== undefined && !isNullConstant(expressions.sensitive_body)) {
    rb.open('properties', `may be set by sensitive_body, which is merge-patched into the body and which the plan does not show (write-only) (${x.address})`);
    rb.writeOnly.push('properties');
  }
}

/** A configuration expression that is the constant null (`sensitive_body = null`). */
const isNullConstant = (expr: unknown): boolean => isObj(expr) && 'constant_value' in expr && expr.constant_value === null && !Array.isArray(expr.references);

/**
 * An `azapi_update_resource` of an ExpressRoute type: it patches a resource that exists (created in the same plan, or
 * elsewhere) with its body, which azapi merges into what it reads back from Azure. The row holds only what it sets;
 * `target` is the id of the resource it patches (its `resource_id`, else `parent_id` and `name`), or undefined when
 * the plan does not say which.
 */
export function mapUpdate(
  x: Instance,
  index: PlanIndex,
): { type: string; target: string | undefined; row: Record<string, unknown>; unresolved: string[]; sensitive: string[]; omitted: string[]; defaulted: string[]; reasons: Map<string, string>; ambiguous: Map<string, string>; writeOnly: string[] } | undefined {
  if (x.type !== 'azapi_update_resource') return undefined;
  const type = azapiType(x);
  if (type === undefined || !ER_ARM_TYPES.has(type.toLowerCase())) return undefined;
  const rb = new RowBuilder();
  azapiBody(rb, x, index);
  let target: string | undefined;
  const resourceId = get(x, 'resource_id');
  if (typeof resourceId === 'string' && resourceId.startsWith('/')) target = resourceId;
  else {
    const byRef = referencedInstance(x, 'resource_id', index, UPDATE_TARGET_TYPES);
    if (byRef instanceof Ambiguous) target = undefined;
    else if (byRef) target = idOf(byRef, index);
    else {
      const parent = idAttr(x, 'parent_id', index);
      const name = get(x, 'name');
      if (typeof parent === 'string' && !parent.startsWith('/unresolved/') && typeof name === 'string' && name !== '') {
        const segs = type.split('/');
        target = segs.length > 2 ? `${parent}/${segs[segs.length - 1]}/${name}` : `${parent}/providers/${type}/${name}`;
      }
    }
  }
  return { type, target, row: rb.row, unresolved: rb.unresolved, sensitive: rb.sensitive, omitted: rb.omitted, defaulted: rb.defaulted, reasons: rb.reasons, ambiguous: rb.ambiguous, writeOnly: rb.writeOnly };
}

const UPDATE_TARGET_TYPES = [...Object.keys(ARM_TYPE_OF), 'azapi_resource'];

/** One plan resource as an ARM row with its unresolved paths, or undefined when out of scope. */
export function mapInstance(
  x: Instance,
  index: PlanIndex,
): { row: Record<string, unknown>; unresolved: string[]; sensitive: string[]; omitted: string[]; defaulted: string[]; reasons: Map<string, string>; ambiguous: Map<string, string>; writeOnly: string[] } | undefined {
  const rb = new RowBuilder();
  if (x.type === 'azapi_resource') {
    const type = azapiType(x)!;
    azapiBody(rb, x, index);
    identityBlock(rb, x);
    common(rb, x, index, type);
    if (type.toLowerCase() === DIAGNOSTIC_SETTINGS_TYPE.toLowerCase() && !diagnosesExpressRoute(String(rb.row.id))) return undefined;
    return { row: rb.row, unresolved: rb.unresolved, sensitive: rb.sensitive, omitted: rb.omitted, defaulted: rb.defaulted, reasons: rb.reasons, ambiguous: rb.ambiguous, writeOnly: rb.writeOnly };
  }
  const armType = ARM_TYPE_OF[x.type];
  const mapper = MAPPERS[x.type];
  if (!armType || !mapper) return undefined;
  common(rb, x, index, armType);
  if (armType === DIAGNOSTIC_SETTINGS_TYPE && !diagnosesExpressRoute(String(rb.row.id))) return undefined;
  mapper(rb, x, index);
  return { row: rb.row, unresolved: rb.unresolved, sensitive: rb.sensitive, omitted: rb.omitted, defaulted: rb.defaulted, reasons: rb.reasons, ambiguous: rb.ambiguous, writeOnly: rb.writeOnly };
}
