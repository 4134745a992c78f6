import {
  CONNECTION_TYPES,
  GATEWAY_TYPES,
  RESOURCE_TYPES,
  isUnknownConnectionType,
  isUnknownGatewayType,
  throughMistypedGateway,
  type AnyResource,
  type Authorization,
  type Circuit,
  type Connection,
  type Gateway,
  type GlobalReachConnection,
  type Inventory,
  type Ipv6PeeringConfig,
  type MicrosoftPeeringConfig,
  type Peering,
  type Port,
  type PortLink,
  type SourceRef,
  type Subscription,
  type CoverageGap,
  lookup,
} from './model.js';
import type { UnreadConnection } from '../sources/types.js';
import { applyExtras } from './extras.js';
import { REDACTED_KEYVAULT, scrubSecrets } from './secrets.js';
import { isPartial, isTemplateResource, isUnknown, liveConnectionsWithoutGateway, reasonText, unknownReason, type ChoiceInfo, type UnknownFields, type Variants } from './facts.js';
import { labelStandIns } from './names.js';
import { linkConnection, linkToPort } from './relations.js';
import { lowerCased } from './spelling.js';
import { armRegionName } from '../locations/index.js';
import { exactLength } from '../util/lists.js';
import { collectGarbage } from '../util/gc.js';
import { byNameThenKey, compareText } from '../util/collate.js';
import { isObj, ownValue, setOwn } from '../util/objects.js';

/** One open choice of a template deployment (a parameter's allowed values): see Variants. */
export interface RawChoice {
  key: string;
  label: string;
  values: unknown[];
}

/** The possible values of one raw path, each under the choices (choice key → value) that produce it. */
export interface RawPossible {
  cases: { when: Record<string, unknown>; value: unknown }[];
  choices: RawChoice[];
}

/** One ARM-shaped resource as a source read it (Resource Graph row, ARM GET, template, plan). */
export interface RawResource {
  row: Record<string, unknown>;
  source?: SourceRef;
  /** Property paths (relative to the row) that a template could not resolve. */
  unresolved?: string[];
  /**
   * Why each unresolved path is not known, completing "`field` …": `comes from parameter
   * \`bandwidthInMbps\`, which has no value here`. Paths without one are "not known before deployment".
   */
  reasons?: Record<string, string>;
  /** Paths (relative to the row) with a small set of possible values; left out of `row`. */
  possible?: Record<string, RawPossible>;
  /** Whether the resource is deployed at all, when a template cannot tell (a condition, a copy count). */
  deployed?: { unknown: string } | { possible: RawPossible };
  /** True when the source has already replaced the row's secrets (scrubSecretsInPlace, at read). */
  scrubbed?: boolean;
  /**
   * Paths (relative to the row) whose value is the documented default of an attribute the configuration leaves
   * unset (a Terraform provider's `Defaults to false`): a message says the value is that default.
   */
  defaulted?: string[];
}

type Obj = Record<string, unknown>;

/** Stand-ins for an absent object or list, read only (frozen): one each instead of a new one per missing field of every row. */
const NO_OBJECT: Obj = Object.freeze({});
const NO_LIST: unknown[] = Object.freeze([]) as unknown as unknown[];
/**
 * The empty relation list of a record that has none (read only, frozen): most records have none of
 * some relation (most peerings no Global Reach connection), and a list is replaced when its first
 * relation is added (withKey, src/inventory/relations.ts; the Global Reach child rows below), never
 * pushed to while empty. One list instead of two to five per circuit and gateway.
 */
const NO_KEYS: string[] = Object.freeze([]) as unknown as string[];
const NO_GLOBAL_REACH: GlobalReachConnection[] = Object.freeze([]) as unknown as GlobalReachConnection[];
const obj = (v: unknown): Obj => (isObj(v) ? v : NO_OBJECT);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : NO_LIST);
/** The strings of a list (anything else in it dropped). */
const strings = (v: unknown): string[] => arr(v).filter((z): z is string => typeof z === 'string');
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined);
function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}
const idOf = (v: unknown): string | undefined => str(obj(v).id);

/**
 * `str`, with one string per distinct short value: every row carries its own copy of words such as
 * `AzurePrivatePeering`, `ExpressRoute`, `Provisioned` or its location, and the inventory holds them
 * for the whole scan (10,000 circuits: ~4 MB of copies). Strings cannot go stale; the table is bounded.
 */
const words = new Map<string, string>();
/**
 * The words met last, by length and first and last letter: most are found here by one comparison of
 * a few characters, without hashing the row's copy for the table (which cost more than it saved).
 */
const recent: (string | undefined)[] = new Array(128).fill(undefined);
function word(v: unknown): string | undefined {
  if (typeof v !== 'string' || v === '') return undefined;
  // JSON.parse already holds values of up to 10 characters once (V8 internalises them); a long one is rarely repeated.
  if (v.length <= 10 || v.length > 40) return v;
  const slot = (v.length * 31 + v.charCodeAt(0) * 7 + v.charCodeAt(v.length - 1)) & 127;
  const last = recent[slot];
  if (last === v) return last;
  let known = words.get(v);
  if (known === undefined) {
    known = v;
    if (words.size < 10_000) words.set(v, v);
  }
  recent[slot] = known;
  return known;
}
const lower = (s: string | undefined): string | undefined => s?.toLowerCase();

/**
 * A resource's subscription id (`which` 0) or tenant id (1), one string per distinct id: collectScopes
 * then looks each resource's up by a string it has hashed before (a row's own copy cost a hash of its
 * 36 characters, and a cache miss, per lookup). Rows come grouped by subscription, so most repeat the
 * last id met (one comparison); others are `word`s. Strings cannot go stale.
 */
const lastScopeIds: (string | undefined)[] = [undefined, undefined];
function scopeId(v: unknown, which: 0 | 1): string | undefined {
  if (typeof v !== 'string' || v === '') return undefined;
  const last = lastScopeIds[which];
  if (v === last) return last;
  return (lastScopeIds[which] = word(v));
}


/** Strips `/peerings/...` (and anything below) from a circuit peering id. */
export function circuitIdFromPeeringId(id: string): string {
  const i = id.toLowerCase().indexOf('/peerings/');
  return i >= 0 ? id.slice(0, i) : id;
}

/** Parses subscription and resource group out of an ARM id. */
export function parseArmId(id: string): { subscriptionId?: string; resourceGroup?: string; name?: string } {
  const m = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?/i.exec(id);
  const trimmed = id.endsWith('/') ? id.replace(/\/+$/, '') : id;
  const last = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return { subscriptionId: m?.[1], resourceGroup: m?.[2], name: last || undefined };
}

/** Prefix length of a CIDR string (`10.0.0.0/30` → 30); undefined when not a CIDR. */
export function prefixLength(cidr: string | undefined): number | undefined {
  if (!cidr) return undefined;
  // `test`, then the one to three digits after the slash read by hand: no match array and no
  // substring per prefix (two per peering). `trim` returns the string itself when nothing is trimmed.
  const s = cidr.trim();
  if (!CIDR.test(s)) return undefined;
  let n = 0;
  for (let i = s.lastIndexOf('/') + 1; i < s.length; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

const CIDR = /^[0-9a-f:.]+\/\d{1,3}$/i;

function tagsOf(v: unknown): Record<string, string> {
  if (!isObj(v)) return {};
  // The row's own tags object when it is already what the copy would be (a plain object of texts,
  // as every parsed row has): no second object per resource to allocate and to keep for the scan.
  if (isCopyOfItself(v)) return v as Record<string, string>;
  const out: Record<string, string> = {};
  // Own enumerable keys in Object.entries order, without an entry array per tag nor a key array per
  // resource (for-in over own keys walks the same keys in the same order).
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
    const val = v[k];
    if (typeof val === 'string') out[k] = val;
  }
  return out;
}

/**
 * True when copying a tags object would give an equal object: a plain object (its prototype is
 * Object's), every own enumerable value a text, no inherited enumerable key and no `__proto__` key
 * (which the copy's assignment would turn into a prototype instead of a key).
 */
function isCopyOfItself(v: Obj): boolean {
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k) || typeof v[k] !== 'string' || k === '__proto__') return false;
  }
  return true;
}

// ------------------------------------------------------------------ unknown fields

/**
 * Where each inventory field is read from in the raw row, per resource kind: a field is unknown
 * when a path it is read from (or a parent of one) could not be resolved. `orElse` paths count
 * only when every `from` path is absent from the row (`tier` falls back to the SKU name).
 */
type FieldSources = Record<string, { from: string[]; orElse?: string[] }>;

const P = (...paths: string[]) => ({ from: paths.map((x) => `properties.${x}`) });
const COMMON: FieldSources = { name: { from: ['name'] }, location: { from: ['location'] }, tags: { from: ['tags'] } };
const MS_CONFIG = (prefix: string, at: string): FieldSources => ({
  [`${prefix}`]: { from: [at] },
  [`${prefix}.advertisedPublicPrefixes`]: { from: [`${at}.advertisedPublicPrefixes`] },
  [`${prefix}.advertisedPublicPrefixesState`]: { from: [`${at}.advertisedPublicPrefixesState`] },
  [`${prefix}.customerASN`]: { from: [`${at}.customerASN`] },
  [`${prefix}.routingRegistryName`]: { from: [`${at}.routingRegistryName`] },
  [`${prefix}.advertisedCommunities`]: { from: [`${at}.advertisedCommunities`] },
});
const SOURCES: Record<'circuit' | 'peering' | 'port' | 'link' | 'vnetGateway' | 'vwanGateway' | 'connection' | 'vwanConnection', FieldSources> = {
  circuit: {
    ...COMMON,
    skuName: { from: ['sku.name'] },
    tier: { from: ['sku.tier'], orElse: ['sku.name'] },
    billingModel: { from: ['sku.family'], orElse: ['sku.name'] },
    serviceProviderName: P('serviceProviderProperties.serviceProviderName'),
    peeringLocation: { from: ['properties.serviceProviderProperties.peeringLocation'], orElse: ['properties.expressRoutePort.id'] },
    bandwidthMbps: { from: ['properties.serviceProviderProperties.bandwidthInMbps'], orElse: ['properties.bandwidthInGbps'] },
    bandwidthGbps: P('bandwidthInGbps'),
    isDirect: P('expressRoutePort.id'),
    portKey: P('expressRoutePort.id'),
    serviceProviderProvisioningState: P('serviceProviderProvisioningState'),
    circuitProvisioningState: P('circuitProvisioningState'),
    provisioningState: P('provisioningState'),
    allowClassicOperations: P('allowClassicOperations'),
    globalReachEnabled: P('globalReachEnabled'),
    enableDirectPortRateLimit: P('enableDirectPortRateLimit'),
    authorizations: P('authorizations'),
    peerings: P('peerings'),
  },
  peering: {
    ...COMMON,
    peeringType: { from: ['properties.peeringType'], orElse: ['name'] },
    state: P('state'),
    azureASN: P('azureASN'),
    peerASN: P('peerASN'),
    vlanId: P('vlanId'),
    primaryPeerAddressPrefix: P('primaryPeerAddressPrefix'),
    secondaryPeerAddressPrefix: P('secondaryPeerAddressPrefix'),
    primaryPrefixLength: P('primaryPeerAddressPrefix'),
    secondaryPrefixLength: P('secondaryPeerAddressPrefix'),
    sharedKeyConfigured: P('sharedKey'),
    provisioningState: P('provisioningState'),
    ...MS_CONFIG('microsoftPeeringConfig', 'properties.microsoftPeeringConfig'),
    routeFilterId: P('routeFilter.id'),
    ipv6: P('ipv6PeeringConfig'),
    'ipv6.primaryPeerAddressPrefix': P('ipv6PeeringConfig.primaryPeerAddressPrefix'),
    'ipv6.secondaryPeerAddressPrefix': P('ipv6PeeringConfig.secondaryPeerAddressPrefix'),
    'ipv6.primaryPrefixLength': P('ipv6PeeringConfig.primaryPeerAddressPrefix'),
    'ipv6.secondaryPrefixLength': P('ipv6PeeringConfig.secondaryPeerAddressPrefix'),
    'ipv6.state': P('ipv6PeeringConfig.state'),
    'ipv6.routeFilterId': P('ipv6PeeringConfig.routeFilter.id'),
    ...MS_CONFIG('ipv6.microsoftPeeringConfig', 'properties.ipv6PeeringConfig.microsoftPeeringConfig'),
    globalReach: P('connections'),
    peeredConnectionCount: P('peeredConnections'),
    peeredConnections: P('peeredConnections'),
    vwanConnectionId: P('expressRouteConnection.id'),
  },
  port: {
    ...COMMON,
    peeringLocation: P('peeringLocation'),
    bandwidthGbps: P('bandwidthInGbps'),
    provisionedBandwidthGbps: P('provisionedBandwidthInGbps'),
    encapsulation: P('encapsulation'),
    billingType: P('billingType'),
    provisioningState: P('provisioningState'),
    hasIdentity: { from: ['identity.type'] },
    links: P('links'),
    circuitKeys: P('circuits'),
  },
  link: {
    ...COMMON,
    adminState: P('adminState'),
    connectorType: P('connectorType'),
    provisioningState: P('provisioningState'),
    'macsec.cipher': P('macSecConfig.cipher'),
    'macsec.cknSecretConfigured': P('macSecConfig.cknSecretIdentifier'),
    'macsec.cakSecretConfigured': P('macSecConfig.cakSecretIdentifier'),
    'macsec.secretsInKeyVault': P('macSecConfig.cknSecretIdentifier', 'macSecConfig.cakSecretIdentifier'),
    'macsec.sciState': P('macSecConfig.sciState'),
  },
  vnetGateway: {
    ...COMMON,
    gatewayType: P('gatewayType'),
    skuName: P('sku.name'),
    skuTier: P('sku.tier'),
    minScaleUnits: P('autoScaleConfiguration.bounds.min'),
    maxScaleUnits: P('autoScaleConfiguration.bounds.max'),
    zones: { from: ['zones'] },
    networkKey: P('ipConfigurations[0].properties.subnet.id'),
    adminState: P('adminState'),
    provisioningState: P('provisioningState'),
    allowRemoteVnetTraffic: P('allowRemoteVnetTraffic'),
    allowVirtualWanTraffic: P('allowVirtualWanTraffic'),
  },
  vwanGateway: {
    ...COMMON,
    minScaleUnits: P('autoScaleConfiguration.bounds.min'),
    maxScaleUnits: P('autoScaleConfiguration.bounds.max'),
    zones: { from: ['zones'] },
    networkKey: P('virtualHub.id'),
    provisioningState: P('provisioningState'),
    allowNonVirtualWanTraffic: P('allowNonVirtualWanTraffic'),
    connectionKeys: P('expressRouteConnections'),
  },
  connection: {
    ...COMMON,
    connectionType: P('connectionType'),
    gatewayKey: P('virtualNetworkGateway1.id'),
    circuitId: P('peer.id'),
    circuitKey: P('peer.id'),
    routingWeight: P('routingWeight'),
    fastPath: P('expressRouteGatewayBypass'),
    privateLinkFastPath: P('enablePrivateLinkFastPath'),
    usesAuthorization: P('authorizationKey'),
    connectionStatus: P('connectionStatus'),
    provisioningState: P('provisioningState'),
  },
  vwanConnection: {
    ...COMMON,
    circuitId: P('expressRouteCircuitPeering.id'),
    circuitKey: P('expressRouteCircuitPeering.id'),
    routingWeight: P('routingWeight'),
    fastPath: P('expressRouteGatewayBypass'),
    privateLinkFastPath: P('enablePrivateLinkFastPath'),
    enableInternetSecurity: P('enableInternetSecurity'),
    usesAuthorization: P('authorizationKey'),
    provisioningState: P('provisioningState'),
  },
};
type SourceKind = keyof typeof SOURCES;

/** Reads a raw path such as `properties.peerings[0].properties.vlanId`. */
function rawGet(row: unknown, path: string): unknown {
  let cur: unknown = row;
  const segs = rawSegments(path);
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (cur === null || cur === undefined) return undefined;
    if (Array.isArray(cur)) cur = /^\d+$/.test(seg) ? cur[Number(seg)] : undefined;
    else if (isObj(cur)) cur = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : undefined;
    else return undefined;
  }
  return cur;
}

/**
 * A raw path's segments (`properties.links[1].name` → properties, links, 1, name): the builder reads
 * the same few paths on every row of a large estate, so each is split once.
 */
const rawPathSegments = new Map<string, string[]>();
function rawSegments(path: string): string[] {
  let segs = rawPathSegments.get(path);
  if (!segs) {
    segs = path.match(/[^.[\]]+/g) ?? [];
    if (rawPathSegments.size < 10_000) rawPathSegments.set(path, segs);
  }
  return segs;
}

/** True when the unresolved path `u` is the source path `s` or one of its parents. */
const covers = (u: string, s: string) => s === u || s.startsWith(`${u}.`) || s.startsWith(`${u}[`);

const DEFAULT_REASON = 'is not known before deployment';

/** The inventory fields whose raw path holds a documented default the source did not set (RawResource.defaulted). */
function defaultedFieldsOf(kind: SourceKind, raw: RawResource): { defaulted?: Record<string, true> } {
  if (!raw.defaulted || raw.defaulted.length === 0) return {};
  const out: Record<string, true> = {};
  for (const [field, src] of Object.entries(SOURCES[kind])) if (src.from.some((s) => raw.defaulted!.includes(s))) out[field] = true;
  return Object.keys(out).length > 0 ? { defaulted: out } : {};
}

/** The inventory fields a resource could not resolve, with why (`\`tier\` comes from parameter …`). */
function unknownFieldsOf(kind: SourceKind, raw: RawResource): UnknownFields | undefined {
  const unresolved = raw.unresolved;
  const deployed = raw.deployed && 'unknown' in raw.deployed ? raw.deployed.unknown : undefined;
  if ((!unresolved || unresolved.length === 0) && deployed === undefined) return undefined;
  const out: UnknownFields = {};
  if (deployed !== undefined) out.deployed = deployed;
  for (const [field, src] of Object.entries(SOURCES[kind])) {
    let hit = unresolved?.find((u) => src.from.some((s) => covers(u, s)));
    if (!hit && src.orElse && src.from.every((s) => rawGet(raw.row, s) === undefined)) hit = unresolved?.find((u) => src.orElse!.some((s) => covers(u, s)));
    if (hit !== undefined) out[field] = `\`${field}\` ${raw.reasons?.[hit] ?? DEFAULT_REASON}`;
  }
  // One tag whose value the template leaves open (`"owner": "[parameters('owner')]"`): `tags.owner` is not
  // known, never "(not set)"; the resource's other tags are.
  for (let i = 0; unresolved && i < unresolved.length; i++) {
    const u = unresolved[i];
    if (/^tags\.[A-Za-z0-9_]+$/.test(u) && !Object.prototype.hasOwnProperty.call(out, u)) out[u] = `\`${u}\` ${raw.reasons?.[u] ?? DEFAULT_REASON}`;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Resource records are built as one object literal each, every field set in a fixed order (V8 gives
 * all records of a kind one hidden class: no object spreads, no fields added later). `source` sits
 * where it always did; `placeFacts` then takes it out when a row has none and puts a template's
 * `unknown` fields right after it, so records and their key order are what they were.
 */
function placeFacts<T extends object>(r: T, source: SourceRef | undefined, unknown: UnknownFields | undefined): T {
  if (source !== undefined && unknown === undefined) return r;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(r)) {
    if (k === 'source') {
      if (source !== undefined) out.source = source;
      if (unknown !== undefined) out.unknown = unknown;
    } else out[k] = (r as Record<string, unknown>)[k];
  }
  return out as T;
}

const ARM_SCOPE = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?/i;

/** Subscription and resource group from the id, needed only when the row does not carry both (Resource Graph rows do). */
function scopeOf(row: Obj, id: string): RegExpExecArray | null {
  return str(row.subscriptionId) !== undefined && str(row.resourceGroup) !== undefined ? null : ARM_SCOPE.exec(id);
}

/** `skuName.split('_')[part]` without the array: `Premium_MeteredData` → `Premium` (0), `MeteredData` (1). */
function skuPart(skuName: string, part: 0 | 1): string | undefined {
  const at = skuName.indexOf('_');
  if (part === 0) return at < 0 ? skuName : skuName.slice(0, at);
  if (at < 0) return undefined;
  const end = skuName.indexOf('_', at + 1);
  return end < 0 ? skuName.slice(at + 1) : skuName.slice(at + 1, end);
}

/** The last segment of an ARM id (trailing slashes ignored), or undefined when it is empty. */
function lastSegment(id: string): string | undefined {
  const trimmed = id.endsWith('/') ? id.replace(/\/+$/, '') : id;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || undefined;
}

function msConfig(v: unknown): MicrosoftPeeringConfig | undefined {
  if (!isObj(v)) return undefined;
  return {
    advertisedPublicPrefixes: arr(v.advertisedPublicPrefixes).filter((x): x is string => typeof x === 'string'),
    advertisedPublicPrefixesState: str(v.advertisedPublicPrefixesState),
    customerASN: num(v.customerASN),
    routingRegistryName: str(v.routingRegistryName),
    advertisedCommunities: arr(v.advertisedCommunities).filter((x): x is string => typeof x === 'string'),
  };
}

/** True when a raw carries template facts its children inherit (see childRaw); live rows carry none. */
const hasChildFacts = (raw: RawResource): boolean => (raw.unresolved !== undefined && raw.unresolved.length > 0) || (raw.deployed !== undefined && 'unknown' in raw.deployed);

/** The raw facts of a child element (`properties.peerings[0].`), relative to the child. */
function childRaw(raw: RawResource, row: Obj, list: string, i: number): RawResource {
  // Live rows carry no template facts: nothing to carry over (the common case, no strings built).
  if (!(raw.unresolved && raw.unresolved.length > 0) && !(raw.deployed && 'unknown' in raw.deployed)) return { row, source: raw.source };
  const prefix = `properties.${list}[${i}].`;
  const out: RawResource = { row, source: raw.source };
  if (raw.unresolved && raw.unresolved.length > 0) {
    const paths = raw.unresolved.filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length));
    if (paths.length > 0) {
      out.unresolved = paths;
      if (raw.reasons) out.reasons = Object.fromEntries(paths.map((u) => [u, raw.reasons![prefix + u]]).filter(([, r]) => r !== undefined));
    }
  }
  // A child of a resource that may not be deployed may not be deployed either.
  if (raw.deployed && 'unknown' in raw.deployed) out.deployed = raw.deployed;
  return out;
}

function ipv6From(ipv6: Obj): Ipv6PeeringConfig {
  const primary = str(ipv6.primaryPeerAddressPrefix);
  const secondary = str(ipv6.secondaryPeerAddressPrefix);
  return {
    primaryPeerAddressPrefix: primary,
    secondaryPeerAddressPrefix: secondary,
    primaryPrefixLength: prefixLength(primary),
    secondaryPrefixLength: prefixLength(secondary),
    state: str(ipv6.state),
    routeFilterId: idOf(ipv6.routeFilter),
    microsoftPeeringConfig: msConfig(ipv6.microsoftPeeringConfig),
  };
}

const PEERING_TYPE_NAME = /^(AzurePrivatePeering|MicrosoftPeering|AzurePublicPeering)$/i;

/** `circuitKey` is the circuit's own key (its id lower-cased): one string for the circuit and all its peerings. */
function peeringFrom(raw: RawResource, circuitId: string, circuitKey: string, circuitName: string): Peering {
  return peeringOf(raw.row, raw.source, raw, circuitId, circuitKey, circuitName, undefined);
}

/**
 * A peering from its row; `facts` holds its template facts (undefined for a live row: no wrapper
 * object per inline peering). `circuitScope` is `ARM_SCOPE.exec(circuitId)` when the caller has it:
 * a peering whose id lies under its circuit's takes its subscription and resource group from it
 * (one regex per circuit instead of one per peering).
 */
function peeringOf(row: Obj, source: SourceRef | undefined, facts: RawResource | undefined, circuitId: string, circuitKey: string, circuitName: string, circuitScope: RegExpExecArray | null | undefined): Peering {
  const p = obj(row.properties);
  const name = word(row.name) ?? word(p.peeringType) ?? 'peering';
  const id = str(row.id) ?? `${circuitId}/peerings/${name}`;
  const scope = str(row.subscriptionId) !== undefined && str(row.resourceGroup) !== undefined ? null : scopeUnder(id, circuitId, circuitScope);
  const sharedKey = p.sharedKey;
  const primary = str(p.primaryPeerAddressPrefix);
  const secondary = str(p.secondaryPeerAddressPrefix);
  const connections = arr(p.connections);
  const globalReach: GlobalReachConnection[] = connections.length === 0 ? NO_GLOBAL_REACH : [];
  for (let i = 0; i < connections.length; i++) globalReach.push(globalReachFrom(obj(connections[i]), id, i, 'connections'));
  // The Global Reach connections other circuits initiated towards this one: ARM names the circuit on the other side.
  const peered = arr(p.peeredConnections);
  const peeredConnections: GlobalReachConnection[] = peered.length === 0 ? NO_GLOBAL_REACH : [];
  for (let i = 0; i < peered.length; i++) peeredConnections.push(globalReachFrom(obj(peered[i]), id, i, 'peerConnections'));
  const peering: Peering = {
    kind: 'peering',
    id,
    key: id.toLowerCase(),
    name,
    type: RESOURCE_TYPES.peering,
    subscriptionId: str(row.subscriptionId) ?? scope?.[1],
    resourceGroup: word(row.resourceGroup) ?? word(scope?.[2]),
    tenantId: str(row.tenantId),
    location: word(row.location),
    tags: tagsOf(row.tags),
    source,
    circuitKey,
    circuitName,
    peeringType: word(p.peeringType) ?? (PEERING_TYPE_NAME.test(name) ? name : undefined),
    state: str(p.state),
    azureASN: num(p.azureASN),
    peerASN: num(p.peerASN),
    vlanId: num(p.vlanId),
    primaryPeerAddressPrefix: primary,
    secondaryPeerAddressPrefix: secondary,
    primaryPrefixLength: prefixLength(primary),
    secondaryPrefixLength: prefixLength(secondary),
    sharedKeyConfigured: sharedKey === undefined ? undefined : typeof sharedKey === 'string' && sharedKey !== '',
    provisioningState: str(p.provisioningState),
    microsoftPeeringConfig: msConfig(p.microsoftPeeringConfig),
    routeFilterId: idOf(p.routeFilter),
    ipv6: isObj(p.ipv6PeeringConfig) ? ipv6From(p.ipv6PeeringConfig) : undefined,
    globalReach,
    peeredConnectionCount: peered.length,
    peeredConnections,
    vwanConnectionId: idOf(p.expressRouteConnection),
  };
  // A peering row with no address prefix at all (neither IPv4 subnet nor an IPv6 configuration) left its addressing
  // out: not known. One subnet of the two is a peering set up with one BGP session (ERS-BGP-001's finding), as
  // ARM returns it, and an IPv6-only peering has no IPv4 subnet.
  const ipv4Absent = primary === undefined && secondary === undefined && p.ipv6PeeringConfig == null;
  const ms = peering.peeringType?.toLowerCase() === 'microsoftpeering';
  // A Microsoft peering set up over IPv6 only (no IPv4 subnet, an IPv6 configuration: Learn's "/29 (IPv4) or /125 (IPv6)
  // subnet or two /30 (IPv4) or /126 (IPv6) subnets", expressroute-routing.md) has no IPv4 BGP session: a row without an
  // IPv4 `microsoftPeeringConfig` leaves out nothing. Its prefixes are in the IPv6 configuration's own
  // `microsoftPeeringConfig`, which a live row of an IPv6 Microsoft peering carries like the IPv4 one.
  const ipv6Only = primary === undefined && secondary === undefined && isObj(p.ipv6PeeringConfig);
  const ms6 = ms && isObj(p.ipv6PeeringConfig) ? p.ipv6PeeringConfig : undefined;
  return placeFacts(
    peering,
    source,
    // A template peering without `state`: the REST API spec gives `ExpressRoutePeeringState` no `default`
    // (expressRouteCircuit.json, stable 2025-07-01) and Microsoft Learn does not say what Azure sets then, so whether
    // the peering is enabled is not known (ERS-BGP-004 undecided), never "enabled".
    notSetInTemplate(source, absentFromLiveRow(source, facts === undefined ? undefined : unknownFieldsOf('peering', facts), 'peering', [
      p.vlanId == null && ['vlanId', 'properties.vlanId'],
      ipv4Absent && ['primaryPeerAddressPrefix', 'properties.primaryPeerAddressPrefix'],
      ipv4Absent && ['primaryPrefixLength', 'properties.primaryPeerAddressPrefix'],
      ipv4Absent && ['secondaryPeerAddressPrefix', 'properties.secondaryPeerAddressPrefix'],
      ipv4Absent && ['secondaryPrefixLength', 'properties.secondaryPeerAddressPrefix'],
      ms && !ipv6Only && p.microsoftPeeringConfig == null && ['microsoftPeeringConfig', 'properties.microsoftPeeringConfig'],
      ms && isObj(p.microsoftPeeringConfig) && p.microsoftPeeringConfig.advertisedPublicPrefixesState == null && ['microsoftPeeringConfig.advertisedPublicPrefixesState', 'properties.microsoftPeeringConfig.advertisedPublicPrefixesState'],
      ms6 !== undefined && ms6.microsoftPeeringConfig == null && ['ipv6.microsoftPeeringConfig', 'properties.ipv6PeeringConfig.microsoftPeeringConfig'],
      ms6 !== undefined && isObj(ms6.microsoftPeeringConfig) && ms6.microsoftPeeringConfig.advertisedPublicPrefixesState == null && ['ipv6.microsoftPeeringConfig.advertisedPublicPrefixesState', 'properties.ipv6PeeringConfig.microsoftPeeringConfig.advertisedPublicPrefixesState'],
      // A live peering row without `state` does not say whether the peering is enabled (ERS-BGP-004 undecided, never a pass).
      p.state == null && ['state', 'properties.state'],
      // Nor does an IPv6 configuration without its own `state` say whether the IPv6 sessions are (Enabled | Disabled).
      isObj(p.ipv6PeeringConfig) && p.ipv6PeeringConfig.state == null && ['ipv6.state', 'properties.ipv6PeeringConfig.state'],
    ]), [p.state == null && ['state', 'properties.state']]),
  );
}

/**
 * `ARM_SCOPE.exec(id)`, taken from the circuit id's match when the id lies under the circuit id and
 * that match ended on a '/' within it (its resource group found): the regex reads the same characters.
 */
function scopeUnder(id: string, circuitId: string, circuitScope: RegExpExecArray | null | undefined): RegExpExecArray | null {
  if (
    circuitScope != null &&
    circuitScope[2] !== undefined &&
    circuitScope[0].length < circuitId.length &&
    id.length > circuitId.length &&
    id.charCodeAt(circuitId.length) === 47 &&
    id.startsWith(circuitId)
  ) {
    return circuitScope;
  }
  return ARM_SCOPE.exec(id);
}

/** A Global Reach connection, from a peering's `connections` or a `…/peerings/connections` child resource. */
function globalReachFrom(co: Obj, peeringId: string, i: number, list: 'connections' | 'peerConnections'): GlobalReachConnection {
  const cp = obj(co.properties);
  const peer = idOf(cp.peerExpressRouteCircuitPeering);
  const peerCircuit = peer ? circuitIdFromPeeringId(peer) : undefined;
  return {
    id: str(co.id) ?? `${peeringId}/${list}/${str(co.name) ?? i}`,
    name: str(co.name) ?? `connection-${i}`,
    peerCircuitKey: peerCircuit?.toLowerCase(),
    peerCircuitId: peerCircuit,
    addressPrefix: str(cp.addressPrefix),
    status: str(cp.circuitConnectionStatus),
  };
}

/** The fields of a Global Reach connection two reads of it are compared on, each with the property Azure names it by. */
const GLOBAL_REACH_FIELDS = [
  ['peerCircuitKey', 'peerExpressRouteCircuitPeering'],
  ['addressPrefix', 'addressPrefix'],
  ['status', 'circuitConnectionStatus'],
] as const;

/** A Global Reach field's value as a message names it: the peer by its circuit's name (as the portal shows it; pass the id as written). */
function globalReachValue(field: (typeof GLOBAL_REACH_FIELDS)[number][0], v: string): string {
  return field === 'peerCircuitKey' ? `circuit ${labelStandIns(lastSegment(v) ?? v)}` : v;
}

/**
 * Two reads of one Global Reach connection (a peering's `connections` entry and a row of its own, rows of two exports,
 * or the lists of two reads of its peering): a field one read leaves out is taken from the other; a field the two give
 * different values for is left out of `kept` (never the first or the last read's value). Returns, for each field they
 * disagree on, the property Azure names it by and the two values as a message says them (`kept`'s first).
 */
function reconcileGlobalReach(kept: GlobalReachConnection, other: GlobalReachConnection): { property: string; kept: string; other: string }[] {
  const out: { property: string; kept: string; other: string }[] = [];
  for (const [field, property] of GLOBAL_REACH_FIELDS) {
    const a = kept[field];
    const b = other[field];
    if (b === undefined) continue;
    // The peer's id as written goes with its key (messages name the peer by it).
    const peer = field === 'peerCircuitKey';
    if (a === undefined) {
      kept[field] = b;
      if (peer) kept.peerCircuitId = other.peerCircuitId;
    } else if (a.toLowerCase() !== b.toLowerCase()) {
      out.push({ property, kept: globalReachValue(field, peer ? (kept.peerCircuitId ?? a) : a), other: globalReachValue(field, peer ? (other.peerCircuitId ?? b) : b) });
      kept[field] = undefined;
      if (peer) kept.peerCircuitId = undefined;
    }
  }
  return out;
}

/** Why a peering's Global Reach list is not known in full: two reads disagree on one of its connections. */
function globalReachDisagreementText(field: string, name: string, diffs: readonly { property: string; kept: string; other: string }[], whereKept: string, whereOther: string, which: string): string {
  return `\`${field}\`: the inputs disagree on Global Reach connection ${name} (${diffs.map((d) => `${d.property} ${d.other} in ${whereOther}, ${d.kept} in ${whereKept}`).join('; ')}), so ${which}`;
}

function circuitFrom(raw: RawResource, id: string): Circuit {
  const row = raw.row;
  const p = obj(row.properties);
  const sku = obj(row.sku);
  const spp = obj(p.serviceProviderProperties);
  const scope = scopeOf(row, id);
  const name = str(row.name) ?? lastSegment(id) ?? id;
  const skuName = word(sku.name);
  const tier = word(sku.tier) ?? (skuName ? word(skuPart(skuName, 0)) : undefined);
  const billingModel = word(sku.family) ?? (skuName ? word(skuPart(skuName, 1)) : undefined);
  const portId = idOf(p.expressRoutePort);
  const bandwidthGbps = num(p.bandwidthInGbps);
  // (Rows are checked at read to hold numbers up to 2^53; a row given straight to the builder may hold more: never Infinity.)
  const bandwidthMbps = num(spp.bandwidthInMbps) ?? (bandwidthGbps !== undefined && Number.isFinite(bandwidthGbps * 1000) ? bandwidthGbps * 1000 : undefined);
  // Lists built by `map`, of their exact length: an array grown by `push` from empty keeps room for
  // 17 items (~150 bytes), held for the whole scan by every circuit.
  const authorizations: Authorization[] = arr(p.authorizations).map((x, i) => {
    const a = obj(x);
    return authorizationOf(str(a.name) ?? `authorization-${i}`, obj(a.properties));
  });
  const key = id.toLowerCase();
  const peeringRows = arr(p.peerings);
  // Live rows: no child raw per peering, and the circuit id's scope matched once (see peeringOf).
  const facts = hasChildFacts(raw);
  const circuitScope = peeringRows.length > 0 ? (scope ?? ARM_SCOPE.exec(id)) : undefined;
  const peerings: Peering[] = peeringRows.map((x, i) => {
    const row = obj(x);
    return peeringOf(row, raw.source, facts ? childRaw(raw, row, 'peerings', i) : undefined, id, key, name, circuitScope);
  });
  const circuit: Circuit = {
    kind: 'circuit',
    id,
    key,
    name,
    type: RESOURCE_TYPES.circuit,
    subscriptionId: scopeId(row.subscriptionId, 0) ?? scope?.[1],
    resourceGroup: word(row.resourceGroup) ?? word(scope?.[2]),
    tenantId: scopeId(row.tenantId, 1),
    location: word(row.location),
    tags: tagsOf(row.tags),
    source: raw.source,
    skuName,
    tier,
    billingModel,
    serviceProviderName: word(spp.serviceProviderName),
    peeringLocation: word(spp.peeringLocation),
    bandwidthMbps,
    bandwidthGbps,
    isDirect: portId !== undefined,
    portKey: lower(portId),
    portId,
    serviceProviderProvisioningState: word(p.serviceProviderProvisioningState),
    circuitProvisioningState: str(p.circuitProvisioningState),
    provisioningState: str(p.provisioningState),
    allowClassicOperations: bool(p.allowClassicOperations),
    globalReachEnabled: bool(p.globalReachEnabled),
    enableDirectPortRateLimit: bool(p.enableDirectPortRateLimit),
    authorizations,
    peerings,
    diagnosticSettingsCount: num(obj(row.erscan).diagnosticSettingsCount),
    connectionKeys: NO_KEYS,
    gatewayKeys: NO_KEYS,
  };
  const skuAbsent = sku.name == null && sku.tier == null;
  // A circuit without a SKU, live or template: the spec (`ExpressRouteCircuitSku`) gives none by default.
  const skuOpen: Absent = skuAbsent ? [['skuName', 'sku.name'], ['tier', 'sku.tier'], sku.family == null && ['billingModel', 'sku.family']] : NO_ABSENT;
  const built = placeFacts(
    circuit,
    raw.source,
    notSetInTemplate(
      raw.source,
      withDirectRateLimit(raw.source, portId !== undefined && p.enableDirectPortRateLimit == null, withClassicOperations(raw.source, p.allowClassicOperations == null, absentFromLiveRow(raw.source, unknownFieldsOf('circuit', raw), 'circuit', [
        p.serviceProviderProvisioningState == null && ['serviceProviderProvisioningState', 'properties.serviceProviderProvisioningState'],
        // (Azure lists every authorization of a circuit, `[]` when none: a row without the list does not say whether one is redeemed.)
        p.authorizations == null && ['authorizations', 'properties.authorizations'],
        spp.bandwidthInMbps == null && p.bandwidthInGbps == null && ['bandwidthMbps', portId === undefined ? 'properties.serviceProviderProperties.bandwidthInMbps' : 'properties.bandwidthInGbps'],
        portId !== undefined && p.bandwidthInGbps == null && ['bandwidthGbps', 'properties.bandwidthInGbps'],
        // (A Direct circuit takes its location from its port; one whose row lacks the port reference may still be listed by the port.)
        portId === undefined && p.bandwidthInGbps == null && spp.peeringLocation == null && ['peeringLocation', 'properties.serviceProviderProperties.peeringLocation'],
        ...skuOpen,
      ]))),
      [
        ...skuOpen,
        // A Direct circuit without `enableDirectPortRateLimit`: Learn has rate limiting enabled per circuit ("Rate limiting
        // for ExpressRoute Direct circuits", rate-limit.md) and gives no default, nor does the spec.
        portId !== undefined && p.enableDirectPortRateLimit == null && ['enableDirectPortRateLimit', 'properties.enableDirectPortRateLimit'],
      ],
    ),
  );
  // Azure lists every peering of a circuit in `properties.peerings` (empty when it has none). A live row without
  // that list holds only the peerings read as rows of their own: "at least one" is decided by them, "none" is not.
  if (p.peerings == null && !isTemplateResource(raw)) built.partial = { peerings: '`peerings`: the circuit row does not carry `properties.peerings` (the list of its peerings), so only the peerings read as rows of their own are known' };
  return built;
}

/**
 * An authorization of a circuit: its name, `authorizationUseStatus` and the connection that redeemed it
 * (`connectionResourceUri`, lower-cased: compared with the inventory's keys). The key itself is a secret and never read.
 */
function authorizationOf(name: string, p: Record<string, unknown>): Authorization {
  // (Typed a URI in the SDKs: an ARM id, or the same id as a full management URL, is read as the id; no examples give a value.)
  const uri = str(p.connectionResourceUri);
  const by = uri === undefined ? undefined : (/^https?:\/\/[^/]+(\/subscriptions\/[^?#]*)/i.exec(uri)?.[1] ?? uri.replace(/[?#].*$/, ''));
  return by === undefined ? { name, useStatus: str(p.authorizationUseStatus) } : { name, useStatus: str(p.authorizationUseStatus), connectionKey: by.toLowerCase() };
}

/** The fields every record starts with, in base()'s order (ports and links, built rarely, still use it). */
function base(raw: RawResource, id: string, kind: AnyResource['kind'], type: string, sourceKind: SourceKind) {
  const row = raw.row;
  const parsed = parseArmId(id);
  const unknown = unknownFieldsOf(sourceKind, raw);
  return {
    kind,
    id,
    key: id.toLowerCase(),
    name: str(row.name) ?? parsed.name ?? id,
    type,
    subscriptionId: scopeId(row.subscriptionId, 0) ?? parsed.subscriptionId,
    resourceGroup: str(row.resourceGroup) ?? parsed.resourceGroup,
    tenantId: scopeId(row.tenantId, 1),
    location: word(row.location),
    tags: tagsOf(row.tags),
    ...(raw.source ? { source: raw.source } : {}),
    ...(unknown ? { unknown } : {}),
  };
}

/**
 * The two links Azure creates with every ExpressRoute Direct port: `link1` and `link2`, admin state
 * Disabled until the customer enables them, MACsec off until secrets are set. A template that
 * declares fewer links still gets both. Sources: "How to configure ExpressRoute Direct" (the
 * port's two links, each AdminState Disabled after creation),
 * https://learn.microsoft.com/azure/expressroute/expressroute-howto-erdirect (azure-docs
 * articles/expressroute/expressroute-howto-erdirect.md); "About ExpressRoute encryption" ("MACsec
 * is disabled on ExpressRoute Direct ports by default"),
 * https://learn.microsoft.com/azure/expressroute/expressroute-about-encryption (azure-docs
 * articles/expressroute/expressroute-about-encryption.md, ms.date 11/15/2023).
 */
export const DIRECT_PORT_DEFAULT_LINKS = ['link1', 'link2'] as const;

function linkFrom(raw: RawResource, port: { id: string; key: string; name: string; subscriptionId?: string; resourceGroup?: string; tenantId?: string; location?: string }, i: number): PortLink {
  const lo = raw.row;
  const lp = obj(lo.properties);
  const mc = obj(lp.macSecConfig);
  const name = str(lo.name) ?? `link${i + 1}`;
  const linkId = str(lo.id) ?? `${port.id}/links/${name}`;
  const ckn = str(mc.cknSecretIdentifier);
  const cak = str(mc.cakSecretIdentifier);
  const inVault = (s: string | undefined) => s === REDACTED_KEYVAULT || (s !== undefined && /\.vault\./i.test(s));
  const b = base(raw, linkId, 'link', `${RESOURCE_TYPES.port}/links`, 'link');
  const adminStateDefaulted = lp.adminState == null && isTemplateResource(raw) && b.unknown?.adminState === undefined;
  const cipherAbsent = (ckn !== undefined || cak !== undefined) && mc.cipher == null;
  // A template that sets MACsec secrets without a cipher: Azure picks one, which the spec and Learn do not name.
  const unknown = notSetInTemplate(
    raw.source,
    absentFromLiveRow(raw.source, b.unknown, 'ExpressRoute Direct link', [lp.adminState == null && ['adminState', 'properties.adminState'], cipherAbsent && ['macsec.cipher', 'properties.macSecConfig.cipher']]),
    [cipherAbsent && ['macsec.cipher', 'properties.macSecConfig.cipher']],
  );
  return {
    ...b,
    ...(unknown ? { unknown } : {}),
    subscriptionId: port.subscriptionId,
    resourceGroup: port.resourceGroup,
    tenantId: port.tenantId,
    location: port.location,
    name,
    kind: 'link',
    portKey: port.key,
    portName: port.name,
    // A template that declares a link without its admin state deploys it Disabled (its state after creation,
    // DIRECT_PORT_DEFAULT_LINKS); one whose value is left open keeps it unknown.
    adminState: str(lp.adminState) ?? (adminStateDefaulted ? 'Disabled' : undefined),
    ...(adminStateDefaulted ? { defaulted: { adminState: true as const } } : {}),
    connectorType: str(lp.connectorType),
    provisioningState: str(lp.provisioningState),
    macsec: {
      cipher: str(mc.cipher),
      cknSecretConfigured: ckn !== undefined,
      cakSecretConfigured: cak !== undefined,
      // Every secret identifier the link has is a Key Vault secret URI (one that is missing is ERS-ENC-001's).
      secretsInKeyVault: (ckn !== undefined || cak !== undefined) && (ckn === undefined || inVault(ckn)) && (cak === undefined || inVault(cak)),
      sciState: str(mc.sciState),
    },
  };
}

/**
 * A link read as a row of its own (an ARM GET or list of a port's links) beside its live port. The port's row lists its
 * links too: the row is the same link (matched by name, any case), a second read of it, and where the two reads
 * disagree the value is not known (markDisagreements; returns the fields, `link1.adminState`, for the notice). A port
 * row without `properties.links` has two links whose fields are not known (see portFrom): a link row read beside it
 * makes that link known, and once no such link is left, the port's list of links is known.
 */
function linkRowOf(port: Port, raw: RawResource): string[] {
  const name = (str(raw.row.name) ?? parseArmId(str(raw.row.id) ?? '').name ?? '').toLowerCase();
  const at = port.links.findIndex((l) => l.name.toLowerCase() === name);
  const link = linkFrom(raw, port, at >= 0 ? at : port.links.length);
  const placeholder = linkNotInRow;
  if (at >= 0 && !placeholder(port.links[at])) return markDisagreements(port.links[at], link).map((f) => `${port.links[at].name}.${f}`);
  if (at >= 0) port.links[at] = link;
  else port.links.push(link);
  if (port.unknown?.links !== undefined && !port.links.some(placeholder)) forgetUnknown(port, 'links');
  return [];
}

/** A field once unknown that is now known: its reason goes (and `unknown` with its last one). */
function forgetUnknown(r: AnyResource, field: string): void {
  if (r.unknown === undefined) return;
  const { [field]: _, ...rest } = r.unknown;
  if (Object.keys(rest).length > 0) r.unknown = rest;
  else delete r.unknown;
}

/** What the links of a port row without `properties.links` are told (portFrom), to know them again (linkRowOf). */
const LINKS_NOT_CARRIED = 'the port row does not carry `properties.links`';

/** What a link that a live port row's `properties.links` leaves out is told (portFrom), to know it again (linkRowOf). */
const LINK_NOT_LISTED = 'so this link is not in the row';

/** The fields of a link (SOURCES.link, less those every resource has) that a port row without its links leaves unknown. */
const LINK_FIELDS = ['adminState', 'connectorType', 'provisioningState', 'macsec.cipher', 'macsec.cknSecretConfigured', 'macsec.cakSecretConfigured', 'macsec.secretsInKeyVault', 'macsec.sciState'] as const;

function portFrom(raw: RawResource, id: string): Port {
  const row = raw.row;
  const p = obj(row.properties);
  const b = base(raw, id, 'port', RESOURCE_TYPES.port, 'port');
  const identity = obj(row.identity);
  const links = arr(p.links).map((l, i) => linkFrom(childRaw(raw, obj(l), 'links', i), b, i));
  // A live port row reports its peering location, bandwidth, billing type, encapsulation and links (Microsoft's
  // ExpressRoutePorts Get and List examples carry them all): a row without one (a trimmed export, a projection)
  // does not say it. Not `circuits`: ARM leaves it out of a port that has none (the output of "How to configure
  // ExpressRoute Direct", expressroute-howto-erdirect, shows `"circuits": null`).
  const unknown = absentFromLiveRow(raw.source, b.unknown, 'ExpressRoute Direct port', [
    p.peeringLocation == null && ['peeringLocation', 'properties.peeringLocation'],
    p.bandwidthInGbps == null && ['bandwidthGbps', 'properties.bandwidthInGbps'],
    p.provisionedBandwidthInGbps == null && ['provisionedBandwidthGbps', 'properties.provisionedBandwidthInGbps'],
    p.encapsulation == null && ['encapsulation', 'properties.encapsulation'],
    p.billingType == null && ['billingType', 'properties.billingType'],
    p.links == null && ['links', 'properties.links'],
  ]);
  // A template port without its encapsulation (Dot1Q or QinQ, chosen at creation; no default documented): ERS-BGP-011
  // cannot tell whether VLAN ids must be unique across the port's circuits.
  const portUnknown = notSetInTemplate(raw.source, unknown, [p.encapsulation == null && ['encapsulation', 'properties.encapsulation']]);
  // Every port has its two links (see DIRECT_PORT_DEFAULT_LINKS): a live row without its list still has them,
  // with nothing known about them.
  if (p.links == null && unknown?.links !== undefined && !isTemplateResource(b)) {
    for (const name of DIRECT_PORT_DEFAULT_LINKS) {
      const link = linkFrom({ row: { name, properties: {} }, source: raw.source }, b, links.length);
      const why = `${LINKS_NOT_CARRIED}, which Azure reports for every ExpressRoute Direct port (each has two links, ${DIRECT_PORT_DEFAULT_LINKS.join(' and ')})`;
      link.unknown = Object.fromEntries(LINK_FIELDS.map((f) => [f, `\`${f}\`: ${why}`]));
      links.push(link);
    }
  }
  // A live row whose list holds fewer than the port's two links (an export or a projection that cut the list): the links
  // it leaves out are there all the same, with nothing known about them. Without them, the link rules (MACsec on both
  // links, admin state) would judge only the links listed and pass the port on them.
  let linksCut: string | undefined;
  if (Array.isArray(p.links) && links.length < DIRECT_PORT_DEFAULT_LINKS.length && !isTemplateResource(b)) {
    const why = `the port row lists ${links.length} link${links.length === 1 ? '' : 's'} in \`properties.links\`, and every ExpressRoute Direct port has two (${DIRECT_PORT_DEFAULT_LINKS.join(' and ')}), ${LINK_NOT_LISTED}`;
    for (const name of DIRECT_PORT_DEFAULT_LINKS) {
      if (links.length >= DIRECT_PORT_DEFAULT_LINKS.length) break;
      if (links.some((l) => l.name.toLowerCase() === name)) continue;
      const link = linkFrom({ row: { name, properties: {} }, source: raw.source }, b, links.length);
      link.unknown = Object.fromEntries(LINK_FIELDS.map((f) => [f, `\`${f}\`: ${why}`]));
      links.push(link);
    }
    linksCut = `\`links\`: the port row lists ${links.length === 0 ? 'none' : `only ${arr(p.links).length}`} of its two links in \`properties.links\``;
  }
  // A template port whose `links` the template leaves open (a parameter without a value): Azure still
  // creates its two links, and what the template gives them (admin state, MACsec) is not known. Without
  // them, the link rules would judge nothing on this port and say nothing (a silent pass).
  if (isTemplateResource(b) && b.unknown?.links !== undefined && links.length === 0) {
    const why = b.unknown.links.replace(/^`links` /, '');
    for (const name of DIRECT_PORT_DEFAULT_LINKS) {
      const deployed = raw.deployed && 'unknown' in raw.deployed ? { deployed: raw.deployed } : {};
      links.push(linkFrom({ row: { name, properties: {} }, source: raw.source, unresolved: ['properties'], reasons: { properties: why }, ...deployed }, b, links.length));
    }
  }
  // Templates create the port: Azure adds the links it does not declare (see DIRECT_PORT_DEFAULT_LINKS).
  if (isTemplateResource(b) && !b.unknown?.links && links.length < DIRECT_PORT_DEFAULT_LINKS.length) {
    for (const name of DIRECT_PORT_DEFAULT_LINKS) {
      if (links.length >= DIRECT_PORT_DEFAULT_LINKS.length) break;
      if (links.some((l) => l.name.toLowerCase() === name)) continue;
      // (Declared without `adminState`: read as the default, Disabled, and said to be the default.)
      links.push(linkFrom({ row: { name, properties: {} }, source: raw.source, ...(raw.deployed && 'unknown' in raw.deployed ? { deployed: raw.deployed } : {}) }, b, links.length));
    }
  }
  return {
    ...b,
    ...(portUnknown || linksCut ? { unknown: linksCut ? { ...portUnknown, links: linksCut } : portUnknown } : {}),
    kind: 'port',
    peeringLocation: str(p.peeringLocation),
    bandwidthGbps: num(p.bandwidthInGbps),
    provisionedBandwidthGbps: num(p.provisionedBandwidthInGbps),
    encapsulation: str(p.encapsulation),
    billingType: str(p.billingType),
    provisioningState: str(p.provisioningState),
    diagnosticSettingsCount: num(obj(row.erscan).diagnosticSettingsCount),
    hasIdentity: str(identity.type) !== undefined && str(identity.type)!.toLowerCase() !== 'none',
    links,
    circuitKeys: arr(p.circuits)
      .map((c) => lower(idOf(c)))
      .filter((k): k is string => k !== undefined),
    circuitIds: arr(p.circuits)
      .map((c) => idOf(c))
      .filter((k): k is string => k !== undefined),
  };
}

function vnetGatewayFrom(raw: RawResource, id: string): Gateway {
  const row = raw.row;
  const p = obj(row.properties);
  const sku = obj(p.sku);
  const bounds = obj(obj(p.autoScaleConfiguration).bounds);
  const subnet = idOf(obj(obj(arr(p.ipConfigurations)[0]).properties).subnet);
  const scope = scopeOf(row, id);
  const gateway: Gateway = {
    kind: 'gateway',
    id,
    key: id.toLowerCase(),
    name: str(row.name) ?? lastSegment(id) ?? id,
    type: RESOURCE_TYPES.vnetGateway,
    subscriptionId: scopeId(row.subscriptionId, 0) ?? scope?.[1],
    resourceGroup: word(row.resourceGroup) ?? word(scope?.[2]),
    tenantId: scopeId(row.tenantId, 1),
    location: word(row.location),
    tags: tagsOf(row.tags),
    source: raw.source,
    flavor: 'vnet',
    gatewayType: word(p.gatewayType),
    skuName: word(sku.name),
    skuTier: word(sku.tier),
    minScaleUnits: num(bounds.min),
    maxScaleUnits: num(bounds.max),
    zones: strings(row.zones),
    networkKey: subnet ? subnet.replace(/\/subnets\/[^/]+$/i, '').toLowerCase() : undefined,
    adminState: str(p.adminState),
    provisioningState: str(p.provisioningState),
    diagnosticSettingsCount: num(obj(row.erscan).diagnosticSettingsCount),
    connectionKeys: NO_KEYS,
    circuitKeys: NO_KEYS,
  };
  return placeFacts(
    gateway,
    raw.source,
    // An ErGwScale gateway declared without its scale units (`autoScaleConfiguration.bounds`): what Azure deploys
    // then is not documented ("About ExpressRoute scalable gateway", scalable-gateway.md, gives min and max as settings).
    // A live row without them (a trimmed export, a projection) does not say them either: not known, never "(not set)".
    withTrafficFlags(
      raw.source,
      absentFrom(
        raw.source,
        absentFromLiveRow(raw.source, unknownFieldsOf('vnetGateway', raw), 'virtual network gateway', [
          p.gatewayType == null && ['gatewayType', 'properties.gatewayType'],
          sku.name == null && ['skuName', 'properties.sku.name'],
          sku.name == null && sku.tier == null && ['skuTier', 'properties.sku.tier'],
        ]),
        undefined,
        word(sku.name)?.toLowerCase() === 'ergwscale'
          ? [bounds.min == null && ['minScaleUnits', 'properties.autoScaleConfiguration.bounds.min'], bounds.min == null && bounds.max == null && ['maxScaleUnits', 'properties.autoScaleConfiguration.bounds']]
          : [],
      ),
      [
        bool(p.allowRemoteVnetTraffic) === undefined && ['allowRemoteVnetTraffic', 'properties.allowRemoteVnetTraffic'],
        bool(p.allowVirtualWanTraffic) === undefined && ['allowVirtualWanTraffic', 'properties.allowVirtualWanTraffic'],
      ],
    ),
  );
}

/**
 * The gateway settings that let VNet-to-VNet (or VNet-to-Virtual WAN) traffic cross an ExpressRoute circuit
 * (`allowRemoteVnetTraffic`, `allowVirtualWanTraffic` on a VNet gateway, `allowNonVirtualWanTraffic` on a vWAN hub's
 * gateway), left out of a template or missing from a live row: not known, never "off". The REST API spec gives them no
 * `default`, and Microsoft's pages disagree on what Azure applies: "By default, virtual network-to-virtual network
 * (VNet-to-VNet) and VNet-to-Virtual WAN connectivity is disabled through an ExpressRoute circuit for all gateway SKUs"
 * and, further down the same page, "By default, connectivity between virtual networks is enabled when you link multiple
 * virtual networks to the same ExpressRoute circuit" (expressroute-about-virtual-network-gateways.md, ms.date
 * 11/06/2025); the ExpressRoute team's announcement of the settings says pre-existing gateways keep accepting that
 * traffic (techcommunity "Customisation controls for connectivity between Virtual Networks over ExpressRoute"), and a
 * template may update a gateway that exists. (A Terraform plan holds the value azurerm sends: `false` unless set.)
 */
function withTrafficFlags(source: SourceRef | undefined, unknown: UnknownFields | undefined, absent: readonly (readonly [string, string] | false)[]): UnknownFields | undefined {
  return withAbsent(unknown, absent, (path) =>
    isTemplateResource({ source })
      ? `the template does not set \`${path}\`, and Microsoft's documentation does not settle what Azure applies then (Learn says VNet-to-VNet traffic over ExpressRoute is disabled by default and, elsewhere, enabled by default; gateways created before the setting keep accepting it)`
      : `the input row does not carry \`${path}\``,
  );
}

function vwanConnectionFrom(raw: RawResource, id: string, gateway: Gateway | undefined, gatewayId: string): Connection {
  const row = raw.row;
  const p = obj(row.properties);
  const peeringId = idOf(p.expressRouteCircuitPeering);
  const circuitId = peeringId ? circuitIdFromPeeringId(peeringId) : undefined;
  const scope = scopeOf(row, id);
  const connection: Connection = {
    kind: 'connection',
    id,
    key: id.toLowerCase(),
    name: str(row.name) ?? lastSegment(id) ?? id,
    type: RESOURCE_TYPES.vwanConnection,
    subscriptionId: scopeId(row.subscriptionId, 0) ?? scope?.[1],
    resourceGroup: word(row.resourceGroup) ?? word(scope?.[2]),
    tenantId: scopeId(row.tenantId, 1) ?? gateway?.tenantId,
    location: word(row.location) ?? gateway?.location,
    tags: tagsOf(row.tags),
    source: raw.source,
    flavor: 'vwan',
    gatewayKey: gateway !== undefined && gateway.id === gatewayId ? gateway.key : gatewayId.toLowerCase(),
    circuitId,
    circuitKey: circuitId === undefined ? undefined : circuitId.toLowerCase(),
    routingWeight: num(p.routingWeight),
    fastPath: bool(p.expressRouteGatewayBypass),
    privateLinkFastPath: bool(p.enablePrivateLinkFastPath),
    enableInternetSecurity: bool(p.enableInternetSecurity),
    usesAuthorization: str(p.authorizationKey) !== undefined,
    provisioningState: str(p.provisioningState),
    ...defaultedFieldsOf('vwanConnection', raw),
  };
  return placeFacts(
    connection,
    raw.source,
    // A live row without `expressRouteGatewayBypass` or `enablePrivateLinkFastPath` (a Resource Graph projection that
    // leaves them out, an export of an older API version) does not say whether FastPath or Private Link FastPath is
    // on: unknown, never "off" nor Learn's vWAN FastPath default (ERS-SKU-006, ERS-SKU-007), as for a VNet connection
    // (connectionFrom); Private Link FastPath stays known off where the row sets FastPath off, which it needs
    // ("ExpressRoute FastPath (expressRouteGatewayBypass) must be enabled"). Templates are read as before: the REST API
    // spec gives neither property a `default` (ExpressRouteConnectionProperties, virtualWan.json, stable 2024-10-01:
    // "Enable FastPath to vWan Firewall hub." and "Bypass the ExpressRoute gateway when accessing private-links."),
    // and a template's hub connection that leaves FastPath out takes the default Learn documents for Virtual WAN
    // (fastPathOn, src/rules/functions/sku.ts).
    absentFromLiveRow(
      raw.source,
      absentFromLiveRow(raw.source, unknownFieldsOf('vwanConnection', raw), 'ExpressRoute connection', [
        circuitId === undefined && ['circuitKey', 'properties.expressRouteCircuitPeering.id'],
        circuitId === undefined && ['circuitId', 'properties.expressRouteCircuitPeering.id'],
      ]),
      undefined,
      [
        p.expressRouteGatewayBypass == null && ['fastPath', 'properties.expressRouteGatewayBypass'],
        p.enablePrivateLinkFastPath == null && p.expressRouteGatewayBypass !== false && ['privateLinkFastPath', 'properties.enablePrivateLinkFastPath'],
      ],
    ),
  );
}

function vwanGatewayFrom(raw: RawResource, id: string): { gateway: Gateway; connections: Connection[] } {
  const row = raw.row;
  const p = obj(row.properties);
  const bounds = obj(obj(p.autoScaleConfiguration).bounds);
  const scope = scopeOf(row, id);
  const gateway: Gateway = placeFacts(
    {
      kind: 'gateway',
      id,
      key: id.toLowerCase(),
      name: str(row.name) ?? lastSegment(id) ?? id,
      type: RESOURCE_TYPES.vwanGateway,
      subscriptionId: scopeId(row.subscriptionId, 0) ?? scope?.[1],
      resourceGroup: word(row.resourceGroup) ?? word(scope?.[2]),
      tenantId: scopeId(row.tenantId, 1),
      location: word(row.location),
      tags: tagsOf(row.tags),
      source: raw.source,
      flavor: 'vwan',
      skuName: 'ErGwScale(vWAN)',
      minScaleUnits: num(bounds.min),
      maxScaleUnits: num(bounds.max),
      zones: strings(row.zones),
      networkKey: lower(idOf(p.virtualHub)),
      provisioningState: str(p.provisioningState),
      diagnosticSettingsCount: num(obj(row.erscan).diagnosticSettingsCount),
      connectionKeys: NO_KEYS,
      circuitKeys: NO_KEYS,
    },
    raw.source,
    // Its scale units: Microsoft's own GET example leaves `autoScaleConfiguration` out, and its list example gives
    // `bounds.min` alone (a row without `max` is an ordinary one, read as before).
    // A template's gateway without them: the spec (virtualWan.json) and Learn give no default either.
    withTrafficFlags(
      raw.source,
      absentFrom(raw.source, withoutConnectionList(raw, p, unknownFieldsOf('vwanGateway', raw)), undefined, [
        bounds.min == null && ['minScaleUnits', 'properties.autoScaleConfiguration.bounds.min'],
        bounds.min == null && bounds.max == null && ['maxScaleUnits', 'properties.autoScaleConfiguration.bounds'],
      ]),
      [bool(p.allowNonVirtualWanTraffic) === undefined && ['allowNonVirtualWanTraffic', 'properties.allowNonVirtualWanTraffic']],
    ),
  );
  const connections: Connection[] = [];
  const rows = arr(p.expressRouteConnections);
  for (let i = 0; i < rows.length; i++) {
    const co = obj(rows[i]);
    const name = str(co.name) ?? `connection-${i}`;
    connections.push(vwanConnectionFrom(childRaw(raw, co, 'expressRouteConnections', i), str(co.id) ?? `${id}/expressRouteConnections/${name}`, gateway, id));
  }
  return { gateway, connections };
}

/**
 * A live row (Resource Graph, an ARM GET, a snapshot) that lacks a property Azure reports on every
 * resource of its kind (a trimmed export, a projection, an older API version) does not say its value:
 * the field is unknown, never "(not set)", "0" or "none". `absent` lists [field, raw path] for the
 * properties this row lacks. Properties whose absence is what Azure returns when they are unset (a
 * route filter, an identity, MACsec secret identifiers, a Direct port reference) are not listed: there
 * absence means "none". Templates declare what they deploy and are left as they are.
 */
function absentFromLiveRow(source: SourceRef | undefined, unknown: UnknownFields | undefined, what: string | undefined, absent: readonly (readonly [string, string] | false)[]): UnknownFields | undefined {
  if (isTemplateResource({ source })) return unknown;
  return withAbsent(unknown, absent, (path) => `the input row does not carry \`${path}\`${what ? `, which Azure reports for every ${what}` : ''}`);
}

/**
 * A live Direct circuit row without `enableDirectPortRateLimit` (an export of an API version before the property, a
 * trimmed projection): whether rate limiting is on is not known, never "not switched off". Learn's "Rate limiting for
 * ExpressRoute Direct circuits" (rate-limit.md) has it enabled by a box at creation or later on an existing circuit,
 * with no default said; Microsoft's own Direct circuit examples (ExpressRouteCircuitCreateOnExpressRoutePort.json,
 * stable 2025-07-01) carry it. Nothing is said of provider circuits, which have no such setting.
 */
function withDirectRateLimit(source: SourceRef | undefined, absent: boolean, unknown: UnknownFields | undefined): UnknownFields | undefined {
  if (!absent) return unknown;
  return absentFromLiveRow(source, unknown, undefined, [['enableDirectPortRateLimit', 'properties.enableDirectPortRateLimit']]);
}

/**
 * A live circuit row without `allowClassicOperations` (an export or projection that leaves it out): whether classic
 * (ASM) operations are allowed is not known, never "not allowed" (ERS-HYG-001 undecided, not a pass). Templates are
 * left to their own reading (notSetInTemplate and the template sources).
 */
function withClassicOperations(source: SourceRef | undefined, absent: boolean, unknown: UnknownFields | undefined): UnknownFields | undefined {
  if (!absent) return unknown;
  return absentFromLiveRow(source, unknown, undefined, [['allowClassicOperations', 'properties.allowClassicOperations']]);
}

/** Properties whose absence leaves them unknown in a live row and in a template alike, each said with its own reason. */
function absentFrom(source: SourceRef | undefined, unknown: UnknownFields | undefined, what: string | undefined, absent: Absent): UnknownFields | undefined {
  return isTemplateResource({ source }) ? notSetInTemplate(source, unknown, absent) : absentFromLiveRow(source, unknown, what, absent);
}

/** `unknown` with each [field, raw path] of `absent` not already in it, said as `` `field`: `` and `why(path)`. */
function withAbsent(unknown: UnknownFields | undefined, absent: readonly (readonly [string, string] | false)[], why: (path: string) => string): UnknownFields | undefined {
  let out = unknown;
  for (let i = 0; i < absent.length; i++) {
    const a = absent[i];
    if (a === false || (out !== undefined && Object.prototype.hasOwnProperty.call(out, a[0]))) continue;
    out = { ...out, [a[0]]: `\`${a[0]}\`: ${why(a[1])}` };
  }
  return out;
}

/**
 * A template (ARM, Bicep, a Terraform plan) that leaves out a property Azure then sets to a value that neither
 * the REST API spec (no `default` in `specification/network/resource-manager/Microsoft.Network/stable/2024-10-01/
 * expressRoutePort.json`, `virtualNetworkGateway.json`, `virtualWan.json`) nor Microsoft Learn documents: the field
 * is unknown, never "(not set)" or an assumed value. `absent` lists [field, raw path] as in absentFromLiveRow.
 * Properties whose absence means "none" or whose default is documented (a link's admin state, DIRECT_PORT_DEFAULT_LINKS)
 * are not listed. Live rows are left as they are (absentFromLiveRow handles them).
 */
function notSetInTemplate(source: SourceRef | undefined, unknown: UnknownFields | undefined, absent: readonly (readonly [string, string] | false)[]): UnknownFields | undefined {
  if (!isTemplateResource({ source })) return unknown;
  return withAbsent(unknown, absent, (path) => `the template does not set \`${path}\`, and the default Azure applies then is not documented`);
}

/**
 * A vWAN gateway row of a live source (Resource Graph, an ARM GET) lists its connections in
 * `properties.expressRouteConnections` (empty when it has none). A row without that property, or with it
 * null (an export that left it out, Microsoft's own GET example) does not say how many it has: its connections
 * are not known, never "0". A template declares what it deploys: there the list is what these files hold.
 */
function withoutConnectionList(raw: RawResource, p: Obj, unknown: UnknownFields | undefined): UnknownFields | undefined {
  if (p.expressRouteConnections != null || isTemplateResource(raw)) return unknown;
  return { ...unknown, connectionKeys: '`connectionKeys`: the gateway row does not carry `properties.expressRouteConnections` (the list of its connections), so its connections are not known' };
}

function connectionFrom(raw: RawResource, id: string): Connection {
  const row = raw.row;
  const p = obj(row.properties);
  const circuitId = idOf(p.peer);
  const gatewayId = idOf(p.virtualNetworkGateway1);
  const scope = scopeOf(row, id);
  const connection: Connection = {
    kind: 'connection',
    id,
    key: id.toLowerCase(),
    name: str(row.name) ?? lastSegment(id) ?? id,
    type: RESOURCE_TYPES.connection,
    subscriptionId: scopeId(row.subscriptionId, 0) ?? scope?.[1],
    resourceGroup: word(row.resourceGroup) ?? word(scope?.[2]),
    tenantId: scopeId(row.tenantId, 1),
    location: word(row.location),
    tags: tagsOf(row.tags),
    source: raw.source,
    flavor: 'vnet',
    connectionType: word(p.connectionType),
    gatewayKey: gatewayId === undefined ? undefined : gatewayId.toLowerCase(),
    circuitId,
    circuitKey: circuitId === undefined ? undefined : circuitId.toLowerCase(),
    routingWeight: num(p.routingWeight),
    fastPath: bool(p.expressRouteGatewayBypass),
    privateLinkFastPath: bool(p.enablePrivateLinkFastPath),
    usesAuthorization: str(p.authorizationKey) !== undefined,
    connectionStatus: str(p.connectionStatus),
    provisioningState: str(p.provisioningState),
    ...defaultedFieldsOf('connection', raw),
  };
  return placeFacts(
    connection,
    raw.source,
    // A template connection without `expressRouteGatewayBypass` (FastPath): the REST API spec gives the property no
    // `default` (VirtualNetworkGatewayConnectionPropertiesFormat, virtualNetworkGateway.json, stable 2025-07-01) and
    // Microsoft Learn says only what FastPath does "when enabled" (about-fastpath.md): off is not documented, so it is
    // not known, never "FastPath off". The same for `enablePrivateLinkFastPath`, unless FastPath is set off: the spec
    // says Private Link FastPath needs it ("ExpressRoute FastPath (expressRouteGatewayBypass) must be enabled").
    // A live row without `expressRouteGatewayBypass` (a Resource Graph projection that leaves it out, an export of an
    // older API version) does not say whether FastPath is on either: unknown, never "off" (ERS-SKU-007, ERS-SKU-011).
    // Nor does one without `enablePrivateLinkFastPath` say whether Private Link FastPath is (the spec gives it no
    // `default` either: "Bypass the ExpressRoute gateway when accessing private-links. ExpressRoute FastPath
    // (expressRouteGatewayBypass) must be enabled."), unless the row sets FastPath off, which it needs.
    absentFrom(
      raw.source,
      absentFromLiveRow(raw.source, unknownFieldsOf('connection', raw), 'ExpressRoute connection', [
        p.connectionType == null && ['connectionType', 'properties.connectionType'],
        circuitId === undefined && ['circuitKey', 'properties.peer.id'],
        circuitId === undefined && ['circuitId', 'properties.peer.id'],
        gatewayId === undefined && ['gatewayKey', 'properties.virtualNetworkGateway1.id'],
      ]),
      undefined,
      [
        p.expressRouteGatewayBypass == null && ['fastPath', 'properties.expressRouteGatewayBypass'],
        p.enablePrivateLinkFastPath == null && p.expressRouteGatewayBypass !== false && ['privateLinkFastPath', 'properties.enablePrivateLinkFastPath'],
      ],
    ),
  );
}

// ------------------------------------------------------------------ possible values

/** Most combinations of a resource's choices built; beyond it its possible values become unknown. */
export const MAX_VARIANTS = 64;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Sets a raw path (`properties.links[1].properties.adminState`), creating containers on the way (keys are data: see setOwn). */
function rawSet(row: Obj, path: string, value: unknown): void {
  const segs = rawSegments(path);
  let cur: Record<string | number, unknown> = row;
  segs.forEach((seg, i) => {
    const key: string | number = /^\d+$/.test(seg) && Array.isArray(cur) ? Number(seg) : seg;
    if (i === segs.length - 1) {
      setOwn(cur, key, value);
      return;
    }
    const next = ownValue(cur, key);
    if (next === null || typeof next !== 'object') setOwn(cur, key, /^\d+$/.test(segs[i + 1]) ? [] : {});
    cur = cur[key] as Record<string | number, unknown>;
  });
}

interface RowVariant {
  when: Record<string, unknown>;
  row: Obj;
  /** False when the resource is not deployed under these choices. */
  deployed: boolean;
}

/**
 * The rows of a raw resource under each combination of its choices, or undefined when it has no
 * possible values. Over MAX_VARIANTS combinations, the possible paths become unresolved instead.
 */
function expandVariants(raw: RawResource, notices: string[]): { variants: RowVariant[]; choices: Record<string, ChoiceInfo> } | undefined {
  const deployed = raw.deployed && 'possible' in raw.deployed ? raw.deployed.possible : undefined;
  // Live rows have no possible values: answered without an object and an entry list per row.
  if (raw.possible === undefined && !deployed) return undefined;
  const entries = Object.entries(raw.possible ?? {});
  if (entries.length === 0 && !deployed) return undefined;
  const choices: Record<string, ChoiceInfo> = {};
  for (const p of [...entries.map(([, x]) => x), ...(deployed ? [deployed] : [])]) for (const c of p.choices) choices[c.key] ??= { label: c.label, values: c.values };
  const keys = Object.keys(choices).sort();
  const count = keys.reduce((n, k) => n * Math.max(1, choices[k].values.length), 1);
  if (count > MAX_VARIANTS) {
    const labels = [...new Set(keys.map((k) => choices[k].label))].join(', ');
    notices.push(`${String(raw.row.name ?? raw.row.id)}: ${count} combinations of ${labels} (more than ${MAX_VARIANTS}); the values that depend on them are treated as unknown`);
    raw.unresolved = [...(raw.unresolved ?? []), ...entries.map(([path]) => path)];
    raw.reasons = { ...(raw.reasons ?? {}), ...Object.fromEntries(entries.map(([path]) => [path, `depends on ${labels}, which allow more than ${MAX_VARIANTS} combinations`])) };
    delete raw.possible;
    if (deployed) raw.deployed = { unknown: `whether it is deployed depends on ${labels}, which allow more than ${MAX_VARIANTS} combinations` };
    return undefined;
  }
  const assignments: Record<string, unknown>[] = [{}];
  for (const k of keys) {
    const next: Record<string, unknown>[] = [];
    for (const a of assignments) for (const v of choices[k].values) next.push({ ...a, [k]: v });
    assignments.splice(0, assignments.length, ...next);
  }
  const pick = (p: RawPossible, when: Record<string, unknown>) => p.cases.find((c) => Object.entries(c.when).every(([k, v]) => sameJson(when[k], v)));
  const variants = assignments.map((when): RowVariant => {
    const row = structuredClone(raw.row);
    for (const [path, p] of entries) {
      const c = pick(p, when);
      if (c) rawSet(row, path, structuredClone(c.value));
    }
    const d = deployed ? pick(deployed, when) : undefined;
    return { when, row: scrubSecrets(row), deployed: d === undefined || d.value !== false };
  });
  return { variants, choices };
}

/** Fields of a built resource that are compared between variants (children are merged one by one). */
const NOT_FIELDS = new Set(['kind', 'id', 'key', 'type', 'source', 'unknown', 'possible', 'variants', 'partial', 'peerings', 'links']);

function flatten(o: Obj, prefix: string, out: Map<string, unknown>): void {
  for (const [k, v] of Object.entries(o)) {
    if (prefix === '' && NOT_FIELDS.has(k)) continue;
    if (isObj(v)) flatten(v, `${prefix}${k}.`, out);
    else out.set(`${prefix}${k}`, v);
  }
}

function setField(o: Obj, path: string, value: unknown): void {
  const segs = path.split('.');
  let cur = o;
  for (let i = 0; i < segs.length - 1; i++) {
    const next = cur[segs[i]];
    if (!isObj(next)) cur[segs[i]] = {};
    cur = cur[segs[i]] as Obj;
  }
  if (value === undefined) delete cur[segs[segs.length - 1]];
  else cur[segs[segs.length - 1]] = value;
}

/**
 * One resource from its builds under each combination of choices: fields that differ become
 * `possible` (with `variants` keeping which choices give which value) and are left unset on the
 * resource; children present under every combination are merged the same way, others make the
 * parent's list unknown.
 */
function mergeVariants<T extends AnyResource>(built: T[], variants: RowVariant[], choices: Record<string, ChoiceInfo>): T {
  const merged = built[0];
  const maps = built.map((b) => {
    const m = new Map<string, unknown>();
    flatten(b as unknown as Obj, '', m);
    return m;
  });
  const paths = new Set(maps.flatMap((m) => [...m.keys()]));
  const sets: Record<string, unknown>[] = built.map(() => ({}));
  const possible: NonNullable<AnyResource['possible']> = {};
  const keys = Object.keys(choices);
  for (const path of [...paths].sort()) {
    const values = maps.map((m) => m.get(path));
    if (values.every((v) => sameJson(v, values[0]))) continue;
    if (merged.unknown && Object.prototype.hasOwnProperty.call(merged.unknown, path)) continue;
    values.forEach((v, i) => (sets[i][path] = v));
    const distinct: unknown[] = [];
    for (const v of values) if (!distinct.some((d) => sameJson(d, v))) distinct.push(v);
    // The choices this field depends on: those that change it when everything else stays.
    const matters = keys.filter((k) => {
      const groups = new Map<string, unknown[]>();
      variants.forEach((v, i) => {
        const rest = JSON.stringify(keys.filter((x) => x !== k).map((x) => v.when[x]));
        groups.set(rest, [...(groups.get(rest) ?? []), values[i]]);
      });
      return [...groups.values()].some((g) => g.some((x) => !sameJson(x, g[0])));
    });
    possible[path] = { values: distinct, from: [...new Set(matters.map((k) => choices[k].label))].join(' and ') };
    setField(merged as unknown as Obj, path, undefined);
  }
  if (variants.some((v) => !v.deployed)) {
    variants.forEach((v, i) => (sets[i].deployed = v.deployed));
    const matters = keys.filter((k) => variants.some((v) => !v.deployed));
    possible.deployed = { values: [true, false], from: [...new Set(matters.map((k) => choices[k].label))].join(' and ') };
  }
  // Children (peerings of a circuit, links of a port): merged by key.
  for (const list of ['peerings', 'links'] as const) {
    const lists = built.map((b) => (b as unknown as Record<string, AnyResource[] | undefined>)[list]);
    if (!lists[0]) continue;
    const keysIn = lists.map((l) => new Set((l ?? []).map((c) => c.key)));
    const common = lists[0].filter((c) => keysIn.every((s) => s.has(c.key)));
    const out = common.map((c) => mergeVariants(lists.map((l) => l!.find((x) => x.key === c.key)!), variants, choices));
    (merged as unknown as Record<string, AnyResource[]>)[list] = out;
    if (keysIn.some((s) => s.size !== common.length)) {
      const labels = [...new Set(keys.map((k) => choices[k].label))].join(' and ');
      merged.unknown = { ...(merged.unknown ?? {}), [list]: `\`${list}\` depend on ${labels}` };
    }
  }
  if (Object.keys(possible).length > 0) {
    merged.possible = possible;
    merged.variants = { choices, cases: variants.map((v, i) => ({ when: v.when, set: sets[i] })) };
  }
  return merged;
}

/** Builds a resource from a raw row, once per combination of its choices when it has possible values. */
function buildVaried<T extends AnyResource>(raw: RawResource, notices: string[], build: (r: RawResource) => T): T {
  const expanded = expandVariants(raw, notices);
  if (!expanded) return build(raw);
  const built = expanded.variants.map((v) => build({ ...raw, row: v.row, possible: undefined, deployed: raw.deployed && 'unknown' in raw.deployed ? raw.deployed : undefined }));
  return mergeVariants(built, expanded.variants, expanded.choices);
}

/** A vWAN ExpressRoute gateway and its inline connections, merged across the combinations of its choices. */
function vwanGatewayVaried(raw: RawResource, id: string, notices: string[]): { gateway: Gateway; connections: Connection[] } {
  const expanded = expandVariants(raw, notices);
  if (!expanded) return vwanGatewayFrom(raw, id);
  const builds = expanded.variants.map((v) => vwanGatewayFrom({ ...raw, row: v.row, possible: undefined, deployed: raw.deployed && 'unknown' in raw.deployed ? raw.deployed : undefined }, id));
  const gateway = mergeVariants(
    builds.map((b) => b.gateway),
    expanded.variants,
    expanded.choices,
  );
  const keysIn = builds.map((b) => new Set(b.connections.map((c) => c.key)));
  const common = builds[0].connections.filter((c) => keysIn.every((k) => k.has(c.key)));
  const connections = common.map((c) => mergeVariants(builds.map((b) => b.connections.find((x) => x.key === c.key)!), expanded.variants, expanded.choices));
  if (keysIn.some((k) => k.size !== common.length)) gateway.unknown = { ...(gateway.unknown ?? {}), connectionKeys: '`connectionKeys` depend on the template parameters' };
  return { gateway, connections };
}

/** True when a VNet gateway or connection is of the ExpressRoute type in at least one variant (or not known). */
function maybeExpressRoute(raw: RawResource, path: string): boolean {
  const declared = str(rawGet(raw.row, path));
  if (declared !== undefined) return declared.toLowerCase() === 'expressroute';
  const p = raw.possible?.[path];
  if (p) return p.cases.some((c) => typeof c.value === 'string' && c.value.toLowerCase() === 'expressroute');
  // A gateway of a VPN-only SKU (VpnGw1…VpnGw5, their AZ forms) is a VPN gateway whatever the row leaves out.
  if (path === 'properties.gatewayType' && /^vpngw/i.test(str(rawGet(raw.row, 'properties.sku.name')) ?? '')) return false;
  return true; // unset (live rows always carry it) or unresolved: scanned, with the type unknown
}

// ------------------------------------------------------------------ templates in the context of a live estate

// A placeholder, or the stand-in of a value the template leaves open (a module's `resourceGroup: [parameters('rg')]`).
const PLACEHOLDER_SCOPE = /^\/subscriptions\/(?:\{[^}]*\}|unresolved:)|\/resourceGroups\/(?:\{[^}]*\}|unresolved:)/i;

/** `microsoft.network/expressroutecircuits|er1` for an ARM id (type and names, lower-cased). */
function typeAndNames(id: string): string | undefined {
  const i = id.toLowerCase().lastIndexOf('/providers/');
  if (i < 0) return undefined;
  const segs = id.slice(i + '/providers/'.length).toLowerCase().split('/');
  if (segs.length < 3 || segs.length % 2 === 0) return undefined;
  const types = [segs[0], ...segs.slice(1).filter((_, j) => j % 2 === 0)];
  const names = segs.slice(1).filter((_, j) => j % 2 === 1);
  return `${types.join('/')}|${names.join('/')}`;
}

/**
 * The live id a template id stands for: the id itself (or the resource it is a child of) matched by
 * type and name against exactly one live resource, when the template could not know its
 * subscription and resource group (placeholders). Undefined otherwise.
 */
function liveIdFor(id: string, liveByName: Map<string, string[]>): string | undefined {
  const qualified = QUALIFIED_SCOPE.exec(id);
  if (qualified) return liveIdOfPlain(qualified[1] + id.slice(qualified[0].length), liveByName);
  if (!PLACEHOLDER_SCOPE.test(id)) return undefined;
  for (const { base, rest } of selfAndParents(id)) {
    const k = typeAndNames(base);
    const matches = k ? liveByName.get(k) : undefined;
    if (matches?.length === 1) return matches[0] + rest;
    if (matches && matches.length > 1) return undefined;
  }
  return undefined;
}

/**
 * `Namespace/type/name[/type/name…]`: the resource an id names, then each parent, each with the rest of the id
 * after it (`/peerings/x`, empty for the resource itself).
 */
function* selfAndParents(id: string): Generator<{ base: string; rest: string }> {
  const i = id.toLowerCase().lastIndexOf('/providers/');
  if (i < 0) return;
  const segs = id.slice(i + '/providers/'.length).split('/');
  for (let end = segs.length; end >= 3; end -= 2) {
    yield { base: `${id.slice(0, i)}/providers/${segs.slice(0, end).join('/')}`, rest: end < segs.length ? `/${segs.slice(end).join('/')}` : '' };
  }
}

/**
 * A resource group qualified by the parameter file of one of a template's deployments (`…/resourceGroups/rg-hub{main.prod}`,
 * src/sources/template/index.ts): the template names the group itself, so the id stands for the live resource of the plain id,
 * as an unqualified one does.
 */
const QUALIFIED_SCOPE = /^(\/subscriptions\/[^/{]+\/resourceGroups\/[^/{]+)\{[^}/]*\}/i;

/** The live id equal (case aside) to `plain`, or to the resource it is a child of (with the rest of `plain` after it). */
function liveIdOfPlain(plain: string, liveByName: Map<string, string[]>): string | undefined {
  for (const { base, rest } of selfAndParents(plain)) {
    const k = typeAndNames(base);
    const match = k ? liveByName.get(k)?.find((x) => x.toLowerCase() === base.toLowerCase()) : undefined;
    if (match) return match + rest;
  }
  return undefined;
}

function replaceIds(v: unknown, liveByName: Map<string, string[]>, hits: Map<string, string>): unknown {
  if (typeof v === 'string') {
    if (!v.startsWith('/subscriptions/')) return v;
    const live = liveIdFor(v, liveByName);
    if (live) hits.set(v, live);
    return live ?? v;
  }
  if (Array.isArray(v)) return v.map((x) => replaceIds(x, liveByName, hits));
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replaceIds(x, liveByName, hits)]));
  return v;
}

/**
 * Template resources in the context of a live estate. A template cannot know the subscription or
 * resource group it deploys to, so its ids (and its references built with `resourceId()`) carry
 * placeholders; one whose type and name match exactly one live resource is taken to be that
 * resource, and becomes its live id. A template resource with the id of a live one replaces it: the
 * template is the state the change deploys. Template rows come first, so they win.
 */
function joinTemplatesToLive(raws: RawResource[], notices: string[]): RawResource[] {
  const live = raws.filter((r) => !isTemplateResource(r));
  const templates = raws.filter((r) => isTemplateResource(r));
  const liveByName = new Map<string, string[]>();
  for (const r of live) {
    const id = str(r.row.id);
    const k = id ? typeAndNames(id) : undefined;
    if (k) liveByName.set(k, [...(liveByName.get(k) ?? []), id!]);
  }
  const hits = new Map<string, string>();
  const rewritten = templates.map((r) => {
    const row = replaceIds(r.row, liveByName, hits) as Obj;
    return row === r.row ? r : { ...r, row };
  });
  const liveKeys = new Set(live.map((r) => str(r.row.id)?.toLowerCase()).filter((k): k is string => k !== undefined));
  const standIns = rewritten.filter((r) => liveKeys.has(str(r.row.id)?.toLowerCase() ?? '')).map((r) => `${String(r.row.name)} (${r.source?.file ?? 'template'})`);
  const n = standIns.length;
  notices.push(
    `${rewritten.length} resource${rewritten.length === 1 ? '' : 's'} from templates and ${live.length} from the live estate; ` +
      (n > 0 ? `${n} template resource${n === 1 ? '' : 's'} stand${n === 1 ? 's' : ''} for ${n === 1 ? 'a live one and replaces it' : 'live ones and replace them'} (the template is what the change deploys): ${standIns.slice(0, 5).join(', ')}${n > 5 ? ', …' : ''}` : 'no template resource stands for a live one') +
      (hits.size > 0 ? `; template references resolved to live resources by type and name: ${[...new Set(hits.values())].map((x) => x.slice(x.lastIndexOf('/') + 1)).slice(0, 5).join(', ')}${hits.size > 5 ? ', …' : ''}` : ''),
  );
  return [...rewritten, ...live];
}

export interface BuildResult {
  inventory: Inventory;
  /** Notes about rows that were skipped, merged or of an unknown type. */
  notices: string[];
  /**
   * Rows that were read but not checked, per file: children (peerings, Global Reach connections) whose
   * parent is not in the input. What a scan did not check is never a pass: the coverage says so.
   */
  gaps: CoverageGap[];
}

/** A template resource whose name (and so which parent it is under) the template leaves open. */
const nameOpen = (raw: RawResource) => raw.unresolved?.includes('name') === true;

/** One gap per file and kind of child skipped there (file → "peering(s) … were" → their ids). */
function orphanGaps(orphans: Map<string, Map<string, string[]>>): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  for (const [file, byWhat] of orphans) {
    for (const [what, ids] of byWhat) {
      // Ids are shown with their labels, never with the stand-in of a name a template leaves open.
      const shown = ids.slice(0, 3).map(labelStandIns).join(', ') + (ids.length > 3 ? ', …' : '');
      gaps.push({ scope: file, reason: `${ids.length} ${what} not checked (${shown})` });
    }
  }
  return gaps;
}

/** Why a template resource's relation lists may be incomplete (see PartialFields). */
const PARTIAL = {
  connections: 'lists only the connections declared in the scanned files; others may be deployed from other files (not decidable from these files)',
  circuits: 'lists only the circuits declared in the scanned files; others may be deployed from other files (not decidable from these files)',
  globalReach: 'lists only the Global Reach connections declared in the scanned files; others may be deployed from other files (not decidable from these files)',
  authorizations: 'lists only the authorizations declared in the scanned files; others may be created from other files (not decidable from these files)',
  diagnostics: 'counts only the diagnostic settings declared in the scanned files; others may be deployed from other files or by Azure Policy (not decidable from these files)',
  maintenance: 'lists only the maintenance configuration assignments declared in the scanned files; others may be assigned from other files (not decidable from these files)',
};

/**
 * Normalises raw ARM-shaped resources from any source into the inventory and resolves relations.
 * Duplicate ids (overlapping scopes, the same resource in two files) are merged: the first wins,
 * except that a template's declaration replaces the live resource it stands for.
 * Runs in time linear in the number of resources.
 */
export function buildInventory(raws: RawResource[], subscriptions: Subscription[] = [], opts: { consume?: boolean; unread?: readonly UnreadConnection[]; pagesNotRead?: readonly string[]; globalReachPagesNotRead?: readonly { peeringKey: string; why: string }[] } = {}): BuildResult {
  const notices: string[] = [];
  const inv: Inventory = { circuits: [], ports: [], gateways: [], connections: [], subscriptions: [], tenants: [], byKey: new Map() };
  const childPeerings: RawResource[] = [];
  const childVwanConnections: RawResource[] = [];
  const childAuthorizations: RawResource[] = [];
  const childGlobalReach: RawResource[] = [];
  const childDiagnostics: RawResource[] = [];
  const childLinks: RawResource[] = [];
  const childMaintenance: RawResource[] = [];
  const childSubnets: RawResource[] = [];
  /** Connections whose `connectionType` is none Azure allows (markMistypedConnections). */
  const mistyped: { raw: RawResource; id: string; declared: string }[] = [];
  /** VNet gateways whose `gatewayType` is none Azure allows (markMistypedGateways). */
  const mistypedGateways: { raw: RawResource; id: string; declared: string }[] = [];
  /** VNet gateways of another type (VPN gateways), by key, with their type: read only to name them where a connection names one. */
  const otherGateways = new Map<string, { type: string; name: string }>();
  let unknownTypes = 0;
  const orphans = new Map<string, Map<string, string[]>>();
  const orphan = (raw: RawResource, what: string, id: string) => {
    const file = raw.source?.file ?? '(input)';
    const byWhat = orphans.get(file) ?? orphans.set(file, new Map()).get(file)!;
    (byWhat.get(what) ?? byWhat.set(what, []).get(what)!).push(id);
  };
  let duplicates = 0;
  const duplicateNames: string[] = [];
  /** Duplicates whose inputs disagree on a field (`er-1: tier, billingModel`), for the notice. */
  const disagreeing: string[] = [];

  // Live rows have no template facts: the checks below cost one pass over the inputs.
  let anyTemplate = false;
  let anyLive = false;
  for (let i = 0; i < raws.length; i++) {
    if (isTemplateResource(raws[i])) anyTemplate = true;
    else anyLive = true;
    if (anyTemplate && anyLive) break;
  }
  if (anyTemplate && anyLive) raws = joinTemplatesToLive(raws, notices);

  const add = (r: AnyResource): boolean => {
    const existing = inv.byKey.get(r.key);
    if (existing) {
      // A template declaration that stands for a live resource replaces it (said in a notice above).
      if (isTemplateResource(existing) && !isTemplateResource(r)) return false;
      duplicates++;
      // Two declarations in one deployment (a nested deployment that declares its parent's resource again) are told apart by line.
      const oneDeployment = existing.source?.file === r.source?.file && existing.source?.deployment === r.source?.deployment;
      if (duplicateNames.length < 5 && (!oneDeployment || (isTemplateResource(existing) && existing.source?.line !== r.source?.line))) {
        duplicateNames.push(`${r.name} (${declaredAt(existing, oneDeployment)} and ${declaredAt(r, oneDeployment)})`);
      }
      // Two live reads of one resource that disagree (exports taken at different times): neither is known to be current.
      // Two templates (deployments) that declare one resource with different values: which deploys last is not known
      // either (the Azure landing zone hub-and-spoke and NVA hub templates both declare the hub's ExpressRoute gateway;
      // the second's regional SKU was dropped in silence). A resource with per-choice values is kept as it was.
      const live = !isTemplateResource(existing) && !isTemplateResource(r);
      // Within one deployment too: ARM refuses one resource declared twice in a template, so such a pair is a nested
      // deployment declaring its parent's resource again (the later one deployed over the first: a Premium upgrade
      // in a nested deployment was dropped in silence, and the circuit judged and priced as Standard).
      const templates = isTemplateResource(existing) && isTemplateResource(r) && !existing.variants && !r.variants;
      if (existing.kind === r.kind && existing.type === r.type && (live || templates)) {
        const fields = markDisagreements(existing, r);
        if (fields.length > 0) disagreeing.push(`${r.name}: ${fields.join(', ')}`);
      }
      return false;
    }
    inv.byKey.set(r.key, r);
    return true;
  };

  for (let i = 0; i < raws.length; i++) {
    const raw0 = raws[i];
    // With `consume`, each row is let go once read, so the parsed input is freed as the inventory grows.
    if (opts.consume) (raws as (RawResource | undefined)[])[i] = undefined;
    const row = raw0.scrubbed ? raw0.row : scrubSecrets(raw0.row);
    // A live row (no template facts) needs only its row and source: no copy of the raw's other fields.
    // A row scrubbed at read is the raw itself (no copy at all).
    const live = raw0.unresolved === undefined && raw0.reasons === undefined && raw0.possible === undefined && raw0.deployed === undefined && raw0.defaulted === undefined;
    const raw: RawResource = live && raw0.scrubbed ? raw0 : live ? { row, source: raw0.source } : { ...raw0, row };
    const id = str(raw.row.id);
    const type = lowerCased(str(raw.row.type) ?? '');
    if (!id) {
      unknownTypes++;
      continue;
    }
    switch (type) {
      case 'microsoft.network/expressroutecircuits': {
        const c = buildVaried(raw, notices, (r) => circuitFrom(r, id));
        applyExtras(c, raw.row);
        if (add(c)) inv.circuits.push(c);
        break;
      }
      case 'microsoft.network/expressroutecircuits/peerings':
        childPeerings.push(raw);
        break;
      case 'microsoft.network/expressroutecircuits/authorizations':
        childAuthorizations.push(raw);
        break;
      case 'microsoft.network/expressroutecircuits/peerings/connections':
        childGlobalReach.push(raw);
        break;
      case 'microsoft.insights/diagnosticsettings':
        childDiagnostics.push(raw);
        break;
      case 'microsoft.network/expressrouteports/links':
        childLinks.push(raw);
        break;
      case 'microsoft.maintenance/configurationassignments':
        childMaintenance.push(raw);
        break;
      case 'microsoft.network/virtualnetworks/subnets':
        // Only templates give subnets as rows (their GatewaySubnets: src/sources/template/arm/template.ts).
        if (isTemplateResource(raw)) childSubnets.push(raw);
        else unknownTypes++;
        break;
      case 'microsoft.network/expressrouteports': {
        const p = buildVaried(raw, notices, (r) => portFrom(r, id));
        applyExtras(p, raw.row);
        if (add(p)) inv.ports.push(p);
        break;
      }
      case 'microsoft.network/virtualnetworkgateways': {
        // A type Azure does not allow is not known to be a VPN gateway, nor an ExpressRoute one (markMistypedGateways).
        const declaredType = str(rawGet(raw.row, 'properties.gatewayType'));
        if (declaredType !== undefined && isUnknownGatewayType(declaredType) && !raw.unresolved?.some((u) => covers(u, 'properties.gatewayType'))) {
          mistypedGateways.push({ raw, id, declared: declaredType });
          break;
        }
        if (!maybeExpressRoute(raw, 'properties.gatewayType')) {
          // VPN gateways are out of scope; a connection that names one is told so (below).
          otherGateways.set(id.toLowerCase(), { type: str(rawGet(raw.row, 'properties.gatewayType')) ?? 'Vpn', name: str(raw.row.name) ?? lastSegment(id) ?? id });
          break;
        }
        const g = buildVaried(raw, notices, (r) => vnetGatewayFrom(r, id));
        applyExtras(g, raw.row);
        if (add(g)) inv.gateways.push(g);
        break;
      }
      case 'microsoft.network/expressroutegateways': {
        const { gateway, connections } = vwanGatewayVaried(raw, id, notices);
        applyExtras(gateway, raw.row);
        if (add(gateway)) {
          inv.gateways.push(gateway);
          for (let j = 0; j < connections.length; j++) if (add(connections[j])) inv.connections.push(connections[j]);
        }
        break;
      }
      case 'microsoft.network/expressroutegateways/expressrouteconnections':
        childVwanConnections.push(raw);
        break;
      case 'microsoft.network/connections': {
        // A type Azure does not allow is not known to be a VPN connection, nor an ExpressRoute one (markMistypedConnections).
        const declared = str(rawGet(raw.row, 'properties.connectionType'));
        if (declared !== undefined && isUnknownConnectionType(declared)) {
          mistyped.push({ raw, id, declared });
          break;
        }
        if (!maybeExpressRoute(raw, 'properties.connectionType')) break;
        const c = buildVaried(raw, notices, (r) => connectionFrom(r, id));
        if (add(c)) inv.connections.push(c);
        break;
      }
      default:
        unknownTypes++;
    }
  }

  const circuitByKey = (k: string) => {
    const r = inv.byKey.get(k);
    return r?.kind === 'circuit' ? r : undefined;
  };

  const unlisted = new UnlistedChildren();
  for (const raw of childPeerings) {
    const id = str(raw.row.id)!;
    const circuit = circuitByKey(circuitIdFromPeeringId(id).toLowerCase());
    if (!circuit) {
      // A template that leaves the name open (`format('{0}/{1}', parameters('name'), …)` without a value) does
      // not say which circuit it is on: not "not in the input", which would say the circuit is missing.
      const why = nameOpen(raw) ? 'is not known before deployment' : 'is not in the input';
      notices.push(`peering ${id} skipped: its circuit ${why}`);
      orphan(raw, `peering(s) whose circuit ${why} were`, id);
      continue;
    }
    // A live circuit replaced by its template declaration keeps the template's peerings.
    if (isTemplateResource(circuit) && !isTemplateResource(raw)) continue;
    const peering = buildVaried(raw, notices, (r) => peeringFrom(r, circuit.id, circuit.key, circuit.name));
    const existing = circuit.peerings.findIndex((p) => p.key === peering.key);
    if (existing >= 0) {
      const before = circuit.peerings[existing];
      circuit.peerings[existing] = peering; // the child resource carries the fuller definition
      // Two live reads of one peering (nested in its circuit's row and a row of its own, or rows of two exports) that
      // disagree: neither is known to be current, so the fields they disagree on are unknown (never the last read's).
      if (!isTemplateResource(before) && !isTemplateResource(peering) && !before.variants && !peering.variants) {
        const fields = markDisagreements(peering, before);
        if (fields.length > 0) disagreeing.push(`${circuit.name}: ${fields.map((f) => `${peering.name}.${f}`).join(', ')}`);
      }
    } else {
      // A live circuit row lists every peering in `properties.peerings`: one it does not list, read as a row of its own, is
      // a peering Azure reports all the same (it counts), and the two reads disagree (unlisted, for the notice).
      if (listsOwn(circuit, raw, 'peerings')) unlisted.note(circuit, `peering ${peering.name}`);
      circuit.peerings.push(peering);
    }
  }
  /** The file each authorization read as a row of its own came from (for the notice of a later read that disagrees). */
  const authorizationFiles = new Map<Authorization, string>();
  for (const raw of childAuthorizations) {
    const id = str(raw.row.id)!;
    const circuit = circuitByKey(id.replace(/\/authorizations\/[^/]+$/i, '').toLowerCase());
    if (!circuit) {
      // Not checked (ERS-HYG-004 reads a circuit's authorizations), so never dropped in silence: a gap, as a peering is.
      const why = nameOpen(raw) ? 'is not known before deployment' : 'is not in the input';
      notices.push(`authorization ${id} skipped: its circuit ${why}`);
      orphan(raw, `authorization(s) whose circuit ${why} were`, id);
      continue;
    }
    if (raw.deployed) {
      circuit.unknown = { ...(circuit.unknown ?? {}), authorizations: `\`authorizations\` include one that is deployed only in some cases (${deployedWhy(raw)})` };
      continue;
    }
    const authorization = authorizationOf(str(raw.row.name) ?? parseArmId(id).name ?? 'authorization', obj(raw.row.properties));
    // The circuit's row lists its authorizations too (ARM GET of a circuit embeds them): the child read beside it is the same one.
    const same = circuit.authorizations.findIndex((a) => a.name.toLowerCase() === authorization.name.toLowerCase());
    if (same >= 0) {
      const before = circuit.authorizations[same];
      circuit.authorizations[same] = authorization;
      // Two live reads of one authorization (nested in its circuit's row and a row of its own, or rows of two exports): a
      // state one read leaves out is taken from the other; two states that differ leave it unknown, never the last read's.
      if (!isTemplateResource(circuit) && !isTemplateResource(raw)) {
        const was = before.useStatus;
        if (authorization.connectionKey === undefined && before.connectionKey !== undefined) authorization.connectionKey = before.connectionKey;
        if (authorization.useStatus === undefined) authorization.useStatus = was;
        else if (was !== undefined && was.toLowerCase() !== authorization.useStatus.toLowerCase()) {
          const where = (x: Authorization) => authorizationFiles.get(x) ?? circuit.source?.file ?? 'an input';
          if (!isUnknown(circuit, 'authorizations'))
            circuit.unknown = {
              ...circuit.unknown,
              authorizations: `\`authorizations\`: the inputs disagree on authorization ${authorization.name} (authorizationUseStatus ${was} in ${where(before)}, ${authorization.useStatus} in ${raw.source?.file ?? 'an input'}), so which is current is not known`,
            };
          authorization.useStatus = undefined;
          disagreeing.push(`${circuit.name}: authorization ${authorization.name}.authorizationUseStatus`);
        }
      }
    } else {
      if (listsOwn(circuit, raw, 'authorizations')) unlisted.note(circuit, `authorization ${authorization.name}`);
      circuit.authorizations.push(authorization);
    }
    if (raw.source?.file !== undefined) authorizationFiles.set(authorization, raw.source.file);
  }
  unlisted.notice(notices);
  /** The file each Global Reach connection read as a row of its own came from (for the notice of a later read that disagrees). */
  const globalReachFiles = new Map<GlobalReachConnection, string>();
  for (const raw of childGlobalReach) {
    const id = str(raw.row.id)!;
    const peeringKey = id.replace(/\/connections\/[^/]+$/i, '').toLowerCase();
    const circuit = circuitByKey(circuitIdFromPeeringId(id).toLowerCase());
    const peering = circuit?.peerings.find((p) => p.key === peeringKey);
    if (!peering) {
      const why = nameOpen(raw) ? 'is not known before deployment' : 'is not in the input';
      notices.push(`Global Reach connection ${id} skipped: its circuit peering ${why}`);
      orphan(raw, `Global Reach connection(s) whose circuit peering ${why} were`, id);
      continue;
    }
    if (raw.deployed || raw.possible) {
      peering.unknown = { ...(peering.unknown ?? {}), globalReach: `\`globalReach\`: Global Reach connection ${str(raw.row.name) ?? id} is declared, but ${deployedWhy(raw)}` };
      continue;
    }
    // Deployed for sure, to a circuit not known before deployment: a Global Reach connection all the same (it
    // fills a link and needs Global Reach), whose peer (and so its geography) is not known.
    if (raw.unresolved?.some((u) => covers(u, 'properties.peerExpressRouteCircuitPeering.id')))
      peering.unknown = { ...(peering.unknown ?? {}), globalReach: `\`globalReach\`: Global Reach connection ${str(raw.row.name) ?? id} is declared, but the circuit it links to is not known before deployment` };
    const gr = globalReachFrom(raw.row, peering.id, peering.globalReach.length, 'connections');
    // The peering's row lists its connections too (ARM GET and list responses of a circuit or a peering embed them):
    // the row read beside it is the same connection, never a second one.
    const same = peering.globalReach.findIndex((x) => x.id.toLowerCase() === gr.id.toLowerCase());
    if (same >= 0) {
      const before = peering.globalReach[same];
      peering.globalReach[same] = gr;
      // Two live reads of one Global Reach connection (its peering's `connections` entry and a row of its own, or rows
      // of two exports) that disagree: the fields they disagree on are unknown (never the last read's), and so is the
      // peering's list of them, said in the 'read more than once' notice; a field one read leaves out is the other's.
      if (!isTemplateResource(peering) && !isTemplateResource(raw)) {
        const diffs = reconcileGlobalReach(gr, before);
        if (diffs.length > 0) {
          if (!isUnknown(peering, 'globalReach'))
            peering.unknown = { ...peering.unknown, globalReach: globalReachDisagreementText('globalReach', gr.name, diffs, raw.source?.file ?? 'an input', globalReachFiles.get(before) ?? peering.source?.file ?? 'an input', 'which is current is not known') };
          disagreeing.push(`${circuit!.name}: ${diffs.map((d) => `${peering.name}.connections[${gr.name}].${d.property}`).join(', ')}`);
        }
      }
    }
    // A peering without inline connections holds the shared empty list: replaced, not pushed to.
    else if (peering.globalReach.length === 0) peering.globalReach = [gr];
    else peering.globalReach.push(gr);
    if (raw.source?.file !== undefined) globalReachFiles.set(gr, raw.source.file);
  }
  for (const raw of childVwanConnections) {
    const id = str(raw.row.id)!;
    const gatewayId = id.replace(/\/expressRouteConnections\/[^/]+$/i, '');
    const gw = inv.byKey.get(gatewayId.toLowerCase());
    const c = buildVaried(raw, notices, (r) => vwanConnectionFrom(r, id, gw?.kind === 'gateway' ? gw : undefined, gw?.id ?? gatewayId));
    if (add(c)) inv.connections.push(c);
  }
  for (const raw of childLinks) {
    const id = str(raw.row.id)!;
    const port = inv.byKey.get(id.replace(/\/links\/[^/]+$/i, '').toLowerCase());
    if (port?.kind !== 'port') {
      // Not checked (MACsec, admin state), so never dropped in silence: a gap, as a peering without its circuit is.
      notices.push(`ExpressRoute Direct link ${id} skipped: its port is not in the input`);
      orphan(raw, 'ExpressRoute Direct link(s) whose port is not in the input were', id);
      continue;
    }
    // A template port stands for the live one (what the change deploys): its links are the template's.
    if (isTemplateResource(port)) continue;
    const fields = linkRowOf(port, raw);
    if (fields.length > 0) disagreeing.push(`${port.name}: ${fields.join(', ')}`);
  }
  // Indexed loops over the large lists here and below: until V8 optimises them (late, with the
  // scan's tiering: src/util/tiering.ts) a for-of loop allocates an iterator result per element.
  for (let i = 0; i < inv.circuits.length; i++) {
    const peerings = inv.circuits[i].peerings;
    for (let j = 0; j < peerings.length; j++) {
      const p = peerings[j];
      if (!inv.byKey.has(p.key)) inv.byKey.set(p.key, p);
      // Global Reach peers filed under the very key string of their circuit (see sameKey).
      for (let g = 0; g < p.globalReach.length; g++) {
        const gr = p.globalReach[g];
        if (gr.peerCircuitKey) gr.peerCircuitKey = sameKey(inv, gr.peerCircuitKey);
      }
      if (p.globalReachOtherReads !== undefined) for (const list of p.globalReachOtherReads) for (const gr of list) if (gr.peerCircuitKey) gr.peerCircuitKey = sameKey(inv, gr.peerCircuitKey);
    }
  }
  for (const port of inv.ports) for (const l of port.links) if (!inv.byKey.has(l.key)) inv.byKey.set(l.key, l);
  // Children in name order, not the input's: Azure lists a circuit's peerings and a port's links in an order of
  // its own, and a rule that names "the first" of them, or a report that lists them, must not follow it.
  for (let i = 0; i < inv.circuits.length; i++) if (inv.circuits[i].peerings.length > 1) inv.circuits[i].peerings.sort(byNameThenKey);
  for (let i = 0; i < inv.ports.length; i++) if (inv.ports[i].links.length > 1) inv.ports[i].links.sort(byNameThenKey);

  countDiagnosticSettings(inv, childDiagnostics, notices);
  assignMaintenance(inv, childMaintenance, notices);
  attachGatewaySubnets(inv, childSubnets);
  resolveRelations(inv);
  markMistypedConnections(inv, mistyped, notices);
  markMistypedGateways(inv, mistypedGateways, notices);
  if (opts.unread !== undefined && opts.unread.length > 0) markUnreadConnections(inv, opts.unread);
  if (opts.pagesNotRead !== undefined && opts.pagesNotRead.length > 0) markPagesNotRead(inv, opts.pagesNotRead);
  if (opts.globalReachPagesNotRead !== undefined && opts.globalReachPagesNotRead.length > 0) markGlobalReachPagesNotRead(inv, opts.globalReachPagesNotRead);
  connectionsOnOtherGateways(inv, otherGateways, notices);
  markLinksOfPortsWithoutCircuits(inv);
  collectScopes(inv, subscriptions);
  // Without a live estate, a template is a partial view: relations may be declared in other files.
  if (anyTemplate && !anyLive) markPartialViews(inv);

  if (duplicates > 0) {
    notices.push(
      `${duplicates} duplicate resource${duplicates === 1 ? '' : 's'} merged (same id seen more than once)${duplicateNames.length > 0 ? `: ${duplicateNames.join('; ')}; the first declaration is scanned${disagreeing.length > 0 ? ', less the values the declarations disagree on (below)' : ''}` : ''}`,
    );
  }
  if (disagreeing.length > 0)
    notices.push(
      `${disagreeing.length} resource${disagreeing.length === 1 ? ' is' : 's are'} read more than once with different values (${disagreeing.slice(0, 5).join('; ')}${disagreeing.length > 5 ? '; …' : ''}): which value is current is not known, so those fields are unknown and the verdicts that need them undecided`,
    );
  if (unknownTypes > 0) notices.push(`${unknownTypes} row${unknownTypes === 1 ? '' : 's'} without an id or of a type erscan does not scan were skipped`);
  // With `consume`, the rows of a large estate (and the texts they were parsed from) are all garbage
  // now, but the collector would keep them until the heap grows well past them: collected here, the
  // next stages reuse their memory instead of growing the process (10,000 circuits: peak RSS ~337 ->
  // ~300 MB, for one full collection of a heap that holds little more than the inventory).
  if (opts.consume && raws.length >= COLLECT_FROM) collectGarbage();
  // Ids in notices may hold a template's stand-in names: show their labels (src/inventory/names.ts).
  return { inventory: inv, notices: notices.map(labelStandIns), gaps: orphanGaps(orphans) };
}

/** Rows from which a consumed input is collected at once (see buildInventory). */
const COLLECT_FROM = 5_000;

/** Why a child resource (a diagnostic setting, a Global Reach connection) is deployed only in some cases. */
function deployedWhy(raw: RawResource): string {
  if (raw.deployed && 'unknown' in raw.deployed) return raw.deployed.unknown;
  const choices = [...(raw.deployed && 'possible' in raw.deployed ? raw.deployed.possible.choices : []), ...Object.values(raw.possible ?? {}).flatMap((p) => p.choices)];
  const labels = [...new Set(choices.map((c) => c.label))].join(' and ');
  return raw.deployed ? `whether it is deployed depends on ${labels || 'the template parameters'}` : `its values depend on ${labels || 'the template parameters'}`;
}

/**
 * The key (lower-cased ARM id) of the resource an extension resource is attached to: its id with
 * `/providers/<extension type>/<name>` stripped (`extensionType` lower-cased, such as
 * `microsoft.insights/diagnosticsettings`); undefined for an id of another kind.
 */
function attachedTo(id: string, extensionType: string): string | undefined {
  const i = id.toLowerCase().lastIndexOf(`/providers/${extensionType}/`);
  return i > 0 ? id.slice(0, i).toLowerCase() : undefined;
}

/**
 * Diagnostic settings declared in templates count for the resource they are attached to. Settings
 * that are deployed only in some cases (a condition, a copy count, a parameter) make the count a
 * lower bound; a template resource with no setting declared keeps no count (Azure Policy and other
 * files may add one: not decidable from these files).
 */
function countDiagnosticSettings(inv: Inventory, raws: RawResource[], notices: string[]): void {
  const counts = new Map<string, { certain: number; maybe: number; why?: string }>();
  for (const raw of raws) {
    const target = attachedTo(str(raw.row.id) ?? '', 'microsoft.insights/diagnosticsettings');
    const r = target ? inv.byKey.get(target) : undefined;
    if (!r || (r.kind !== 'circuit' && r.kind !== 'port' && r.kind !== 'gateway')) {
      if (isTemplateResource(raw)) notices.push(`diagnostic setting ${str(raw.row.id) ?? ''} skipped: the resource it is attached to is not in the input`);
      continue;
    }
    const c = counts.get(r.key) ?? { certain: 0, maybe: 0 };
    if (raw.deployed || raw.possible) {
      c.maybe++;
      c.why ??= deployedWhy(raw);
    } else c.certain++;
    counts.set(r.key, c);
  }
  for (const [key, c] of counts) {
    const r = inv.byKey.get(key) as Circuit | Port | Gateway;
    r.diagnosticSettingsCount = (r.diagnosticSettingsCount ?? 0) + c.certain;
    if (isTemplateResource(r)) {
      r.partial = {
        ...(r.partial ?? {}),
        diagnosticSettingsCount: c.maybe > 0 ? `\`diagnosticSettingsCount\` ${c.certain} certain; ${c.maybe} more declared here, but ${c.why}` : `\`diagnosticSettingsCount\` ${PARTIAL.diagnostics}`,
      };
    }
  }
}

/**
 * ExpressRoute connections that name a VNet gateway the inputs hold as another type (a VPN gateway: a template
 * such as PSRule for Azure's docs/examples/resources/vng.json declares one with an ExpressRoute connection). "A
 * virtual network gateway for ExpressRoute uses the GatewayType ExpressRoute, not VPN"
 * (learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm): the connection has no ExpressRoute
 * gateway, which a notice says, and the rules on its gateway say nothing (never "its gateway is not in these files").
 */
function connectionsOnOtherGateways(inv: Inventory, otherGateways: Map<string, { type: string; name: string }>, notices: string[]): void {
  if (otherGateways.size === 0) return;
  for (const c of inv.connections) {
    if (c.flavor !== 'vnet' || c.gatewayKey === undefined || inv.byKey.has(c.gatewayKey)) continue;
    const other = otherGateways.get(c.gatewayKey);
    if (other === undefined) continue;
    c.gatewayTypeNamed = other.type;
    notices.push(
      `ExpressRoute connection ${c.name} names gateway ${other.name}, which the inputs hold as a gateway of type ${other.type}: an ExpressRoute connection needs a gateway of type ExpressRoute (learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm), so no rule on its gateway applies`,
    );
  }
}

/**
 * Maintenance configuration assignments declared in templates (only templates give them as rows: a
 * live export of them is not read, src/sources/validate.ts) assign their configuration to the gateway
 * they are attached to. A template gateway then lists the configurations assigned for sure; one
 * deployed only in some cases, or whose configuration is not known before deployment, makes the list
 * a lower bound. A template gateway with none declared keeps none: another deployment may assign one
 * (not decidable from these files, and the rule is reported as not evaluated: src/rules/requires.ts).
 * An assignment without a configuration id assigns nothing.
 */
function assignMaintenance(inv: Inventory, raws: RawResource[], notices: string[]): void {
  const found = new Map<string, { ids: string[]; maybe: number; why?: string }>();
  for (const raw of raws) {
    const id = str(raw.row.id) ?? '';
    const target = attachedTo(id, 'microsoft.maintenance/configurationassignments');
    const g = target ? inv.byKey.get(target) : undefined;
    if (!g || g.kind !== 'gateway' || !isTemplateResource(g)) {
      notices.push(`maintenance configuration assignment ${id} skipped: the gateway it is assigned to is not declared in the scanned templates`);
      continue;
    }
    const config = str(rawGet(raw.row, 'properties.maintenanceConfigurationId'));
    const open = (p: string) => p === 'properties' || p === 'properties.maintenanceConfigurationId';
    const configOpen = (raw.unresolved ?? []).some(open) || Object.keys(raw.possible ?? {}).some(open);
    if (config === undefined && !configOpen) continue;
    const f = found.get(g.key) ?? { ids: [], maybe: 0 };
    if (config !== undefined && raw.deployed === undefined && !configOpen) f.ids.push(config);
    else {
      f.maybe++;
      f.why ??= config === undefined && raw.deployed === undefined ? `its configuration ${raw.reasons?.['properties.maintenanceConfigurationId'] ?? 'is not known before deployment'}` : deployedWhy(raw);
    }
    found.set(g.key, f);
  }
  for (const [key, f] of found) {
    const g = inv.byKey.get(key) as Gateway;
    g.maintenanceConfigurationIds = f.ids;
    g.partial = {
      ...(g.partial ?? {}),
      maintenanceConfigurationIds: f.maybe > 0 ? `\`maintenanceConfigurationIds\` ${f.ids.length} certain; ${f.maybe} more declared here, but ${f.why}` : `\`maintenanceConfigurationIds\` ${PARTIAL.maintenance}`,
    };
  }
}

/**
 * The GatewaySubnets templates declare (a virtual network's inline `properties.subnets[]` or a
 * Microsoft.Network/virtualNetworks/subnets resource) give the network security group on the subnet of the
 * template VNet gateways whose IP configuration names them: its id, `null` when the subnet declares none (the
 * subnet is deployed as declared), or unknown with why when the template leaves it open (a parameter without a
 * value, a condition, a subnet list not known before deployment) or two declarations of the subnet disagree.
 * A gateway whose subnet no scanned file declares keeps it unread (ERS-RED-012 is reported as not evaluated).
 */
function attachGatewaySubnets(inv: Inventory, raws: RawResource[]): void {
  if (raws.length === 0) return;
  const byId = new Map<string, RawResource[]>();
  for (const raw of raws) {
    const id = str(raw.row.id)?.toLowerCase();
    if (id) (byId.get(id) ?? byId.set(id, []).get(id)!).push(raw);
  }
  for (const g of inv.gateways) {
    if (g.flavor !== 'vnet' || !isTemplateResource(g) || g.gatewaySubnetId === undefined || g.gatewaySubnetNsgId !== undefined || isUnknown(g, 'gatewaySubnetNsgId')) continue;
    const declared = byId.get(g.gatewaySubnetId.toLowerCase());
    if (!declared) continue;
    const values = new Set<string | null>();
    let open: string | undefined;
    for (const raw of declared) {
      const nsg = subnetNsgOf(raw);
      if ('open' in nsg) open ??= nsg.open;
      else values.add(nsg.id);
    }
    if (open === undefined && values.size > 1) open = `its declarations name different network security groups (${[...values].map((v) => v ?? 'none').join(', ')}), and which deploys last is not known`;
    if (open !== undefined) g.unknown = { ...g.unknown, gatewaySubnetNsgId: `\`gatewaySubnetNsgId\`: the GatewaySubnet ${labelStandIns(g.gatewaySubnetId)}: ${open}` };
    else g.gatewaySubnetNsgId = [...values][0];
  }
}

/** The network security group a template's GatewaySubnet row declares (`null`: none), or why it is not known. */
function subnetNsgOf(raw: RawResource): { id: string | null } | { open: string } {
  if (raw.deployed) return { open: deployedWhy(raw) };
  const nsgPath = (p: string) => p === 'properties' || p.toLowerCase().startsWith('properties.networksecuritygroup');
  const unresolved = (raw.unresolved ?? []).find(nsgPath);
  if (unresolved !== undefined) return { open: raw.reasons?.[unresolved] ?? 'is not known before deployment' };
  if (Object.keys(raw.possible ?? {}).some(nsgPath)) return { open: deployedWhy(raw) };
  const props = raw.row.properties;
  if (!isObj(props)) return { id: null };
  const nsg = props[Object.keys(props).find((k) => k.toLowerCase() === 'networksecuritygroup') ?? ''];
  if (nsg === undefined || nsg === null) return { id: null };
  const id = isObj(nsg) ? nsg[Object.keys(nsg).find((k) => k.toLowerCase() === 'id') ?? ''] : undefined;
  return typeof id === 'string' && id !== '' ? { id } : { open: 'names a network security group without an id' };
}

/** Relation lists of template resources hold only what the scanned files declare (see PartialFields). */
function markPartialViews(inv: Inventory): void {
  const mark = (r: AnyResource, fields: Record<string, string>) => {
    if (!isTemplateResource(r)) return;
    const entries = Object.entries(fields).map(([f, why]) => [f, `\`${f}\` ${why}`]);
    r.partial = { ...Object.fromEntries(entries), ...(r.partial ?? {}) };
  };
  for (const c of inv.circuits) {
    mark(c, { connectionKeys: PARTIAL.connections, gatewayKeys: PARTIAL.connections, authorizations: PARTIAL.authorizations });
    for (const p of c.peerings) mark(p, { globalReach: PARTIAL.globalReach, peeredConnectionCount: PARTIAL.globalReach, peeredConnections: PARTIAL.globalReach });
  }
  for (const g of inv.gateways) mark(g, { connectionKeys: PARTIAL.connections, circuitKeys: PARTIAL.connections });
  for (const p of inv.ports) mark(p, { circuitKeys: PARTIAL.circuits });
}

/**
 * Relations hold the very strings their resources are filed under in `byKey` (equal text either way):
 * the analysis and the rules look relations up hundreds of thousands of times in a large estate, and a
 * lookup with the key's own string skips comparing its ~150 characters.
 */
function sameKey(inv: Inventory, key: string): string {
  return filedUnder(inv, key)?.key ?? key;
}

/** The resource filed under exactly this key (equal text), or undefined. */
function filedUnder(inv: Inventory, key: string): AnyResource | undefined {
  const r = inv.byKey.get(key);
  return r !== undefined && r.key === key ? r : undefined;
}


type Absent = readonly (readonly [string, string] | false)[];
const NO_ABSENT: Absent = [];

/** Plain fields every record of their kind has (src/inventory/model.ts): never dropped, only marked unknown. */
const ALWAYS_SET = new Set(['isDirect', 'hasIdentity', 'usesAuthorization', 'peeredConnectionCount', 'flavor', 'circuitKey', 'circuitName', 'portKey', 'portName']);

/** Fields `markDisagreements` leaves out: identity, where it was read, what is already open, and relations (built later). */
const NOT_COMPARED = new Set(['kind', 'id', 'key', 'name', 'type', 'source', 'unknown', 'unreadConnections', 'globalReachOtherReads', 'possible', 'variants', 'partial', 'deployed', 'unresolved', 'peerings', 'links', 'connectionKeys', 'gatewayKeys', 'circuitKeys', 'portKey']);

/**
 * Fields whose absence from a read says only that its source does not carry them, never a value: the tenant
 * (ARM GET and list responses have none), the subscription and resource group columns a Resource Graph query may
 * leave out of its projection, what the live crawl reads beside a resource's row (diagnostic settings,
 * metric alerts, maintenance assignments, the GatewaySubnet's NSG: src/inventory/extras.ts) and a connection's runtime
 * `connectionStatus` (ARM GET reports it, Resource Graph rows may not). A read without one is no disagreement
 * with a read that has it: the value is taken from the read that carries it.
 */
const NOT_READ_WHEN_ABSENT = new Set(['tenantId', 'subscriptionId', 'resourceGroup', 'diagnosticSettingsCount', 'metricAlertCount', 'maintenanceConfigurationIds', 'gatewaySubnetNsgId', 'connectionStatus']);
const TAGS_NOT_PROJECTED = 'is not in the input: the Resource Graph query behind';

/** Why the tags of a Resource Graph row are not known: its query projects no `tags` column (src/sources/rows.ts). */
export function tagsNotProjected(file: string): string {
  return `${TAGS_NOT_PROJECTED} ${file} projects no \`tags\` column`;
}

/** True when a live read's tags are not known because its Resource Graph query projects none. */
function tagsNotCarried(r: AnyResource): boolean {
  return r.unknown?.tags?.startsWith(`\`tags\` ${TAGS_NOT_PROJECTED} `) === true;
}

/** The file each such value was taken from, where it is not the kept read's own (for the notice of a later disagreement). */
const takenFrom = new WeakMap<AnyResource, Record<string, string>>();

/** Two values of a field that Azure reads alike: case aside, and a region by its display or programmatic name (`West Europe`, `westeurope`). */
function sameReadValue(f: string, x: unknown, y: unknown): boolean {
  if (f === 'location' && typeof x === 'string' && typeof y === 'string') return armRegionName(x) === armRegionName(y);
  return JSON.stringify(x ?? null).toLowerCase() === JSON.stringify(y ?? null).toLowerCase();
}

/**
 * Two live reads of one resource of one kind (the same id in two exports or snapshots): each field whose values
 * differ becomes unknown on the one kept (`kept`), with both values and where each was read; the same for the
 * peerings or links the two share. Returns the fields that differ, for the notice.
 */
/** Where a declaration is: its deployment (or file), and its line where two declarations share the deployment. */
function declaredAt(r: AnyResource, withLine: boolean): string {
  const at = r.source?.deployment ?? r.source?.file ?? 'input';
  return withLine && r.source?.line !== undefined ? `${at} line ${r.source.line}` : at;
}

function markDisagreements(kept: AnyResource, other: AnyResource): string[] {
  const out: string[] = [];
  const a = kept as unknown as Record<string, unknown>;
  const b = other as unknown as Record<string, unknown>;
  const oneDeployment = isTemplateResource(kept) && isTemplateResource(other) && kept.source?.file === other.source?.file && kept.source?.deployment === other.source?.deployment;
  const where = (r: AnyResource, f: string) => takenFrom.get(r)?.[f] ?? (isTemplateResource(r) ? declaredAt(r, oneDeployment) : undefined) ?? r.source?.file ?? 'an input';
  // Two templates: the one a deployment leaves the resource with is the one deployed last.
  const which = isTemplateResource(kept) ? 'which deploys last is not known' : 'which is current is not known';
  const show = (f: string, v: unknown) =>
    v === undefined
      ? 'not given'
      : f === 'authorizations' && kept.kind === 'circuit'
        ? // Each authorization by name and state, as the engineer reads them in the portal (never JSON).
          `[${(v as Authorization[]).map((x) => `${x.name} ${x.useStatus ?? '(no authorizationUseStatus)'}`).join(', ')}]`
        : (f === 'globalReach' || f === 'peeredConnections') && kept.kind === 'peering'
          ? // Each Global Reach connection by name and the circuit it links to, as the portal shows them (never JSON).
            `[${(v as GlobalReachConnection[]).map((x) => `${x.name}${x.peerCircuitKey !== undefined ? ` to ${globalReachValue('peerCircuitKey', x.peerCircuitId ?? x.peerCircuitKey)}` : ''}`).join(', ')}]`
          : JSON.stringify(v);
  for (const f of new Set([...Object.keys(a), ...Object.keys(b)])) {
    // Tags one read does not carry (its Resource Graph query projects none) are no disagreement: they are
    // taken from a read that has them, and stay unknown when none has.
    if (f === 'tags' && (tagsNotCarried(kept) || tagsNotCarried(other))) {
      if (tagsNotCarried(kept) && !isUnknown(other, 'tags')) {
        a.tags = b.tags;
        forgetUnknown(kept, 'tags');
        takenFrom.set(kept, { ...takenFrom.get(kept), tags: where(other, 'tags') });
      }
      continue;
    }
    // Another read's list of Global Reach connections that is not the kept one's (a connection one lists and the other
    // does not), kept beside it, the one after a first disagreement too: the analysis weighs what each read says.
    if (f === 'globalReach' && kept.kind === 'peering' && other.kind === 'peering' && !isUnknown(other, f) && !sameConnections(kept.globalReach, other.globalReach))
      (kept.globalReachOtherReads ??= []).push(other.globalReach, ...(other.globalReachOtherReads ?? []));
    if (NOT_COMPARED.has(f) || isUnknown(kept, f)) continue;
    // A peering's Global Reach connections, compared one by one: those both reads list are reconciled field by field
    // (reconcileGlobalReach); the list as a whole disagrees only where one read lists a connection the other does not.
    if ((f === 'globalReach' || f === 'peeredConnections') && kept.kind === 'peering' && other.kind === 'peering' && !isUnknown(other, f)) {
      const mine = kept[f];
      const theirs = new Map(other[f].map((x) => [x.id.toLowerCase(), x]));
      const property = f === 'globalReach' ? 'connections' : 'peeredConnections';
      for (let i = 0; i < mine.length; i++) {
        const y = theirs.get(mine[i].id.toLowerCase());
        if (y === undefined) continue;
        const diffs = reconcileGlobalReach(mine[i], y);
        if (diffs.length === 0) continue;
        if (!isUnknown(kept, f)) kept.unknown = { ...kept.unknown, [f]: globalReachDisagreementText(f, mine[i].name, diffs, where(kept, f), where(other, f), which) };
        for (const d of diffs) out.push(`${property}[${mine[i].name}].${d.property}`);
      }
      if (sameConnections(mine, other[f])) continue;
    }
    let why: string;
    if (isUnknown(other, f)) {
      // A value the other declaration leaves open (a parameter without a value) may be anything: open here too.
      why = `${where(other, f)} also declares it, where it ${reasonText(unknownReason(other, f)!)}, and ${where(kept, f)} gives ${show(f, a[f])}: ${which}`;
    } else {
      if (NOT_READ_WHEN_ABSENT.has(f) && (a[f] === undefined || b[f] === undefined)) {
        if (a[f] === undefined && b[f] !== undefined) {
          a[f] = b[f];
          takenFrom.set(kept, { ...takenFrom.get(kept), [f]: where(other, f) });
        }
        continue;
      }
      // (Azure reads names, SKUs and states case-insensitively: a case-only difference is no disagreement.)
      if (sameReadValue(f, a[f], b[f])) continue;
      why = `the inputs disagree (${show(f, a[f])} in ${where(kept, f)}, ${show(f, b[f])} in ${where(other, f)}), so ${which}`;
    }
    kept.unknown = { ...kept.unknown, [f]: `\`${f}\`: ${why}` };
    // A plain value is dropped (never read as if known); a list, an object or a field every record has stays in place
    // (code walks it, or reads it without a check), marked unknown.
    if ((a[f] === null || typeof a[f] !== 'object') && !ALWAYS_SET.has(f)) a[f] = undefined;
    out.push(f);
  }
  const children = (r: AnyResource): AnyResource[] => (r.kind === 'circuit' ? r.peerings : r.kind === 'port' ? r.links : []);
  const others = new Map(children(other).map((x) => [x.key, x]));
  const list = children(kept);
  for (let i = 0; i < list.length; i++) {
    const x = list[i];
    const y = others.get(x.key);
    if (!y) continue;
    // A link one read's port row does not list (its list cut, or no list: portFrom) is no value to disagree with: the
    // other read's link is taken where the kept one is such a stand-in, and the stand-in is passed over otherwise.
    if (x.kind === 'link' && y.kind === 'link' && (linkNotInRow(x) || linkNotInRow(y))) {
      if (linkNotInRow(x) && !linkNotInRow(y)) list[i] = y;
      continue;
    }
    for (const f of markDisagreements(x, y)) out.push(`${x.name}.${f}`);
  }
  if (kept.kind === 'port' && isUnknown(kept, 'links') && !kept.links.some(linkNotInRow) && !isTemplateResource(kept)) forgetUnknown(kept, 'links');
  return out;
}

/** Two reads' lists of Global Reach connections name the same connections (by id, case aside, whatever their order). */
function sameConnections(mine: readonly GlobalReachConnection[], theirs: readonly GlobalReachConnection[]): boolean {
  const ids = new Set(theirs.map((x) => x.id.toLowerCase()));
  return mine.length === ids.size && mine.every((x) => ids.has(x.id.toLowerCase()));
}

/** A link a live port row does not list (its list cut, or no list at all): a stand-in with nothing known (portFrom). */
function linkNotInRow(l: PortLink): boolean {
  const why = l.unknown?.adminState;
  return why !== undefined && (why.includes(LINKS_NOT_CARRIED) || why.includes(LINK_NOT_LISTED));
}

/**
 * A live connection that does not name its circuit or its gateway (its row lacks the reference: an
 * unknown field) leaves the other end's list open: the gateway's circuits, or the circuit's gateways,
 * are not known in full, so no verdict counts them as complete. Returns the name of the first
 * connection that names no circuit (`unnamed` as given when this one does).
 */
function noteUnnamedEnds(conn: Connection, circuit: AnyResource | undefined, gateway: AnyResource | undefined, unnamed: string | undefined): string | undefined {
  const circuitWhy = unknownReason(conn, 'circuitKey');
  if (circuitWhy !== undefined) {
    unnamed ??= conn.name;
    if (gateway?.kind === 'gateway' && !isUnknown(gateway, 'circuitKeys')) gateway.unknown = { ...gateway.unknown, circuitKeys: `\`circuitKeys\`: connection ${conn.name}: ${reasonText(circuitWhy)}` };
  }
  const gatewayWhy = unknownReason(conn, 'gatewayKey');
  if (gatewayWhy !== undefined && circuit?.kind === 'circuit' && !isUnknown(circuit, 'gatewayKeys'))
    circuit.unknown = { ...circuit.unknown, gatewayKeys: `\`gatewayKeys\`: connection ${conn.name} names no gateway (${reasonText(gatewayWhy)})` };
  return unnamed;
}

/** Where a resource was read, as a notice names it: the file, and the line and column of a template's declaration. */
function readAt(src: SourceRef | undefined): string {
  return `${src?.file ?? '(input)'}${src?.line !== undefined ? `:${src.line}:${src.column ?? 1}` : ''}`;
}

/**
 * Connections whose `connectionType` is none of the types Azure allows (CONNECTION_TYPES: a typo, a value from another
 * tool) are neither scanned as ExpressRoute connections nor set aside as VPN ones, whatever the source (rows, a
 * template, a plan): a notice names the file, the resource and the property, and the circuit and VNet gateway the
 * connection names have their connections not known in full (`connectionKeys`), so no verdict calls them unconnected
 * or idle, as a live connection that names no circuit leaves them (resolveRelations).
 */
function markMistypedConnections(inv: Inventory, mistyped: readonly { raw: RawResource; id: string; declared: string }[], notices: string[]): void {
  const allowed = CONNECTION_TYPES.join(', ');
  for (const { raw, id, declared } of mistyped) {
    const p = obj(raw.row.properties);
    const name = labelStandIns(str(raw.row.name) ?? lastSegment(id) ?? id);
    const named = (ref: string | undefined) => (ref === undefined ? undefined : inv.byKey.get(ref.toLowerCase()));
    const circuit = named(idOf(p.peer));
    const gateway = named(idOf(p.virtualNetworkGateway1));
    const why = `connection ${name} names it, but its connectionType "${declared}" is none of ${allowed}, so whether it is one of its ExpressRoute connections is not known`;
    const ends: string[] = [];
    if (circuit?.kind === 'circuit') {
      ends.push(`circuit ${circuit.name}`);
      if (!isUnknown(circuit, 'connectionKeys')) circuit.unknown = { ...circuit.unknown, connectionKeys: `\`connectionKeys\`: ${why}` };
    }
    if (gateway?.kind === 'gateway' && gateway.flavor === 'vnet') {
      ends.push(`gateway ${gateway.name}`);
      if (!isUnknown(gateway, 'connectionKeys')) gateway.unknown = { ...gateway.unknown, connectionKeys: `\`connectionKeys\`: ${why}` };
    }
    const where = readAt(raw.source);
    notices.push(
      `${where}: connection ${name} (${id}) is not scanned: its \`properties.connectionType\` is "${declared}", which is none of the connection types Azure allows (${allowed}), so it is not known to be an ExpressRoute connection or a VPN one${ends.length > 0 ? `; what ${ends.join(' and ')} carry is undecided` : ''}`,
    );
  }
}

/**
 * VNet gateways whose `gatewayType` is none of the types Azure allows (GATEWAY_TYPES: a typo, a value from another
 * tool) are neither scanned as ExpressRoute gateways nor set aside as VPN ones, whatever the source (rows, a template, a
 * plan): a notice names the file, the gateway, the property, the value and the types Azure allows. The connections that
 * name it are not known to reach an ExpressRoute gateway (`unknown.gatewayTypeNamed`: the rules on their gateway are
 * undecided), and the circuits those connections name have their connections and gateways not known in full
 * (`connectionKeys`, `gatewayKeys`: the analysis does not count such a connection), so no verdict that counts them is
 * judged, as for a connection whose own type is none Azure allows (markMistypedConnections).
 */
function markMistypedGateways(inv: Inventory, mistyped: readonly { raw: RawResource; id: string; declared: string }[], notices: string[]): void {
  const allowed = GATEWAY_TYPES.join(', ');
  for (const { raw, id, declared } of mistyped) {
    const name = labelStandIns(str(raw.row.name) ?? lastSegment(id) ?? id);
    const key = id.toLowerCase();
    const through = `${name}, whose gatewayType "${declared}" is none of ${allowed}`;
    const connections: string[] = [];
    const circuits: string[] = [];
    for (const c of inv.connections) {
      if (c.flavor !== 'vnet' || c.gatewayKey !== key) continue;
      connections.push(c.name);
      if (!isUnknown(c, 'gatewayTypeNamed'))
        // (Worded to follow "connection X, whose …" where a circuit's messages name the connection: src/analysis/index.ts, typeOpenText.)
        c.unknown = { ...c.unknown, gatewayTypeNamed: `\`gatewayTypeNamed\`: gateway ${name} could not be read as an ExpressRoute gateway (its gatewayType "${declared}" is none of ${allowed})` };
      const circuit = c.circuitKey === undefined ? undefined : inv.byKey.get(c.circuitKey);
      if (circuit?.kind !== 'circuit') continue;
      if (!circuits.includes(circuit.name)) circuits.push(circuit.name);
      const why = `${throughMistypedGateway(c.name)}${through}, so whether it is one of its ExpressRoute connections is not known`;
      if (!isUnknown(circuit, 'connectionKeys')) circuit.unknown = { ...circuit.unknown, connectionKeys: `\`connectionKeys\`: ${why}` };
      if (!isUnknown(circuit, 'gatewayKeys')) circuit.unknown = { ...circuit.unknown, gatewayKeys: `\`gatewayKeys\`: ${why}` };
      delete circuit.openGatewayRegions; // open for this reason too (resolveRelations)
    }
    const where = readAt(raw.source);
    const ends = [connections.length > 0 && `connection ${connections.join(', ')}`, circuits.length > 0 && `circuit ${circuits.join(', ')}`].filter((x): x is string => typeof x === 'string');
    notices.push(
      `${where}: gateway ${name} (${id}) is not scanned: its \`properties.gatewayType\` is "${declared}", which is none of the gateway types Azure allows (${allowed}), so it is not known to be an ExpressRoute gateway or a VPN one${ends.length > 0 ? `; what ${ends.join(' and ')} carry through it is undecided` : ''}`,
    );
  }
}

/** `PortLink.portWithoutCircuits`: the links of live ports with no circuit (none listed, none pointing at it). */
function markLinksOfPortsWithoutCircuits(inv: Inventory): void {
  for (let i = 0; i < inv.ports.length; i++) {
    const p = inv.ports[i];
    // (A live row that lacks other fields, its billing type say, still says it has no circuit.)
    if (p.circuitKeys.length > 0 || isTemplateResource(p) || p.unknown?.deployed !== undefined || isUnknown(p, 'circuitKeys')) continue;
    for (let j = 0; j < p.links.length; j++) p.links[j].portWithoutCircuits = true;
  }
}

/**
 * Whether a live circuit row carries its own list of `field` (`peerings`, `authorizations`), which Azure fills with every
 * one the circuit has (`[]` when none), read beside a live row of one of them. (A row without the list holds only the rows
 * read on their own, and a template declares its children where it likes: neither is a disagreement.)
 */
function listsOwn(circuit: Circuit, raw: RawResource, field: 'peerings' | 'authorizations'): boolean {
  return !isTemplateResource(circuit) && !isTemplateResource(raw) && !isUnknown(circuit, field) && !isPartial(circuit, field);
}

/**
 * Peerings and authorizations read as rows of their own that their live circuit's row does not list. They are resources
 * Azure reports, so they count; the notice says the circuit row did not list them (the reads were taken at different
 * times, or the circuit row's lists were cut), as two reads of a Direct link that disagree are said.
 */
class UnlistedChildren {
  private readonly byCircuit = new Map<Circuit, string[]>();
  note(circuit: Circuit, what: string): void {
    const list = this.byCircuit.get(circuit);
    if (list) list.push(what);
    else this.byCircuit.set(circuit, [what]);
  }
  notice(notices: string[]): void {
    if (this.byCircuit.size === 0) return;
    const shown = [...this.byCircuit].slice(0, 5).map(([c, what]) => `${c.name}: ${what.join(', ')}`);
    const n = this.byCircuit.size;
    notices.push(
      `${n} circuit row${n === 1 ? ' does' : 's do'} not list peerings or authorizations that the inputs hold as rows of their own (${shown.join('; ')}${n > 5 ? '; …' : ''}), though Azure lists every one of a circuit in its \`properties.peerings\` and \`properties.authorizations\`: those rows are resources Azure reports, so they are scanned as the circuit's; the circuit row and those rows were read at different times, or the circuit row's lists were cut (check the export)`,
    );
  }
}

/** An Azure private peering, or a peering whose type is not known (it may be the private one). */
function mayBePrivatePeering(p: Peering): boolean {
  return p.peeringType === undefined || p.peeringType.toLowerCase() === 'azureprivatepeering' || isUnknown(p, 'peeringType');
}

/**
 * Whether a connection can name the circuit. A VNet gateway connection needs the circuit's Azure private peering ("Ensure
 * that you have Azure private peering configured for your circuit", expressroute-howto-linkvnet-arm.md,
 * expressroute-howto-linkvnet-portal-resource-manager.md); a vWAN connection names the circuit peering it uses
 * (`expressRouteCircuitPeering`, mandatory in New-AzExpressRouteConnection, `…/peerings/AzurePrivatePeering` in Microsoft's
 * ExpressRouteConnectionCreate.json example). So a circuit whose row lists its peerings, none of them private, cannot be
 * the target of one; a circuit whose peerings are not known (no list, or a list the inputs contradict) may be.
 */
function mayBeLinked(c: Circuit): boolean {
  if (isUnknown(c, 'peerings') || isPartial(c, 'peerings')) return true;
  for (let i = 0; i < c.peerings.length; i++) if (mayBePrivatePeering(c.peerings[i])) return true;
  return false;
}

/**
 * A live circuit that connections name (a VNet connection's `peer`, a vWAN connection's circuit peering) has an Azure
 * private peering (mayBeLinked): a row whose `properties.peerings` lists none contradicts them (two reads taken at
 * different times, say). Its list is then not known in full (`partial`): the peerings it lists are real, "none" or "no
 * private peering" is not decided, so no rule fails the circuit on that list and the analysis does not call it idle.
 */
function markPeeringListsConnectionsContradict(inv: Inventory): void {
  for (let i = 0; i < inv.circuits.length; i++) {
    const c = inv.circuits[i];
    if (isTemplateResource(c)) continue;
    // A redeemed authorization (`authorizationUseStatus` InUse) is a connection in another subscription that uses the
    // circuit (expressroute-howto-linkvnet-arm, "Connect a virtual network in a different subscription to a circuit"):
    // it needs the private peering as much as a connection the inputs hold.
    const redeemed = c.connectionKeys.length === 0 && !isUnknown(c, 'authorizations') ? c.authorizations.find((a) => a.useStatus?.toLowerCase() === 'inuse') : undefined;
    if ((c.connectionKeys.length === 0 && redeemed === undefined) || mayBeLinked(c)) continue;
    const conn = c.connectionKeys.length > 0 ? inv.byKey.get(c.connectionKeys[0]) : undefined;
    const user = redeemed !== undefined ? `its authorization ${redeemed.name} is redeemed (InUse) by a connection` : `connection ${conn?.name ?? c.connectionKeys[0]} links it to a gateway`;
    const listed = c.peerings.length === 0 ? 'peering (`properties.peerings` is empty)' : `Azure private peering (only ${c.peerings.map((p) => p.name).join(', ')})`;
    c.peeringsContradictConnections = true;
    c.partial = {
      ...c.partial,
      peerings: `\`peerings\`: the circuit row lists no ${listed}, yet ${user}, which needs the circuit's Azure private peering (expressroute-howto-linkvnet-arm): the row contradicts the connections (read at another time?), so its peerings are not known in full`,
    };
  }
}

/**
 * Connections whose rows could not be read (src/sources/validate.ts: a field of the wrong type; each a coverage gap) exist
 * all the same, or may: the live circuit and gateway each names have connections that are not known, so their lists
 * (`connectionKeys`, and what those reach: `gatewayKeys`, `circuitKeys`) are unknown, never complete without it. A
 * reference that cannot be read may name any live circuit that a connection can name (mayBeLinked), or any live gateway
 * of the connection's flavour. Each such circuit and gateway keeps the connections' names (`unreadConnections`).
 */
function markUnreadConnections(inv: Inventory, unread: readonly UnreadConnection[]): void {
  const open = (r: Circuit | Gateway, fields: readonly string[], u: UnreadConnection, what: string) =>
    openConnectionFields(r, fields, `${u.label} could not be read (a coverage gap), and ${what}, so its connections are not known in full`);
  // Those that name their circuit (gateway) are told to it alone; those whose reference cannot be read, to every one
  // they may name, all with one shared list of names (never a list per resource per row: a file of rows none of which
  // can be read would make that quadratic).
  const anyCircuit: UnreadConnection[] = [];
  const anyGateway: UnreadConnection[] = [];
  for (const u of unread) {
    if (u.circuitKey === null) anyCircuit.push(u);
    else {
      const c = lookup(inv, u.circuitKey, 'circuit');
      if (c && !isTemplateResource(c)) {
        open(c, ['connectionKeys', 'gatewayKeys'], u, 'it names this circuit');
        (c.unreadConnections ??= []).push(u.label);
      }
    }
    if (u.gatewayKey === null) anyGateway.push(u);
    else {
      const g = lookup(inv, u.gatewayKey, 'gateway');
      if (g && !isTemplateResource(g)) {
        open(g, ['connectionKeys', 'circuitKeys'], u, 'it names this gateway');
        (g.unreadConnections ??= []).push(u.label);
      }
    }
  }
  const shared = (list: UnreadConnection[]) => list.map((u) => u.label);
  const withShared = (r: Circuit | Gateway, names: string[]) => {
    r.unreadConnections = r.unreadConnections === undefined ? names : [...r.unreadConnections, ...names];
  };
  if (anyCircuit.length > 0) {
    const names = shared(anyCircuit);
    for (const c of inv.circuits)
      if (!isTemplateResource(c) && mayBeLinked(c)) {
        open(c, ['connectionKeys', 'gatewayKeys'], anyCircuit[0], 'the circuit it names cannot be read: it may be this one');
        withShared(c, names);
      }
  }
  for (const flavor of ['vnet', 'vwan'] as const) {
    const list = anyGateway.filter((u) => u.flavor === flavor);
    if (list.length === 0) continue;
    const names = shared(list);
    for (const g of inv.gateways)
      if (g.flavor === flavor && !isTemplateResource(g)) {
        open(g, ['connectionKeys', 'circuitKeys'], list[0], 'the gateway it names cannot be read: it may be this one');
        withShared(g, names);
      }
  }
}

/**
 * Rows read from a file that is one page of several (src/sources/rows.ts, `pagesNotRead`): the pages not read may hold
 * connections of any live circuit and gateway, so none is known to carry nothing, and what a gateway's (a circuit's)
 * connections bring is not known in full (as with a connection whose row cannot be read: markUnreadConnections).
 */
function markPagesNotRead(inv: Inventory, files: readonly string[]): void {
  const why = `${files[0]}${files.length > 1 ? ` (and ${files.length - 1} more file${files.length === 2 ? '' : 's'} like it)` : ''}: the pages not read may hold its connections, so they are not known in full`;
  for (const c of inv.circuits) if (!isTemplateResource(c) && mayBeLinked(c)) openConnectionFields(c, ['connectionKeys', 'gatewayKeys'], why);
  for (const g of inv.gateways) if (!isTemplateResource(g)) openConnectionFields(g, ['connectionKeys', 'circuitKeys'], why);
}

/**
 * Global Reach connections read from one page of a peering's list (src/sources/rows.ts, `globalReachPagesNotRead`): the
 * pages not read may hold more of them (a link across a geopolitical border, links past the tier's limit), so the
 * peering's list is not known in full, as when two reads of it disagree (the analysis reads `globalReach` the same way).
 */
function markGlobalReachPagesNotRead(inv: Inventory, pages: readonly { peeringKey: string; why: string }[]): void {
  for (const { peeringKey, why } of pages) {
    const circuit = lookup(inv, circuitIdFromPeeringId(peeringKey).toLowerCase(), 'circuit');
    const peering = circuit?.peerings.find((p) => p.key === peeringKey);
    if (peering === undefined || isTemplateResource(peering) || isUnknown(peering, 'globalReach')) continue;
    peering.unknown = { ...peering.unknown, globalReach: `\`globalReach\`: ${why}` };
  }
}

/** Marks the relation fields of a circuit or gateway not known, each saying why (a field already open keeps its reason). */
function openConnectionFields(r: Circuit | Gateway, fields: readonly string[], why: string): void {
  for (const f of fields) if (!isUnknown(r, f)) r.unknown = { ...r.unknown, [f]: `\`${f}\`: ${why}` };
  // Gateways open for another reason too may be anywhere: the regions of a hub that does not list its connections bound nothing then.
  if (r.kind === 'circuit' && r.openGatewayRegions !== undefined && fields.includes('gatewayKeys')) delete r.openGatewayRegions;
}

function resolveRelations(inv: Inventory): void {
  /** The first live connection that names no circuit (its row lacks the reference). */
  let unnamed: string | undefined;
  // Each key looked up once: its resource gives the key's string and is linked at once (what
  // linkRelations would do with a second lookup of the same keys: ~0.1 s at 100,000 circuits).
  for (let i = 0; i < inv.connections.length; i++) {
    const conn = inv.connections[i];
    const circuit = conn.circuitKey ? filedUnder(inv, conn.circuitKey) : undefined;
    if (circuit) {
      conn.circuitKey = circuit.key;
      // The circuit id as the connection spells it is most often the circuit's own id: held once.
      if (conn.circuitId === circuit.id) conn.circuitId = circuit.id;
    }
    const gateway = conn.gatewayKey ? filedUnder(inv, conn.gatewayKey) : undefined;
    if (gateway) conn.gatewayKey = gateway.key;
    linkConnection(conn, circuit, gateway);
    if (conn.unknown !== undefined && !isTemplateResource(conn)) unnamed = noteUnnamedEnds(conn, circuit, gateway, unnamed);
  }
  markPeeringListsConnectionsContradict(inv);
  // A live connection that names no circuit may be any circuit's, and so may a connection of a live vWAN gateway
  // whose row does not list them (withoutConnectionList): a circuit that carries no connection is then not known to be
  // idle, and one that carries some is not known to carry only those: the gateway behind such a connection may be in
  // another geopolitical region, or outside the metro (`gatewayKeys`), so neither "Premium is not needed" nor "Local
  // would do" is decided. Only a circuit such a connection can name, though: one with an Azure private peering, or whose
  // peerings are not known (mayBeLinked). A circuit whose row lists no private peering can be the target of neither.
  // Each such gateway's region is known where its row gives `location` (a vWAN gateway is in its hub's region; a
  // connection's gateway is in the inventory): the gateways such a connection adds to a circuit are in those regions only
  // (`openGatewayRegions`), which the analysis weighs against what the circuit must reach. One such gateway of no known
  // region bounds nothing.
  let open = unnamed !== undefined ? `connection ${unnamed} names no circuit, and may be this one's` : undefined;
  let regions: string[] | undefined = [];
  const regionOf = (g: AnyResource | undefined) => {
    const at = g?.kind === 'gateway' && !isUnknown(g, 'location') ? g.location : undefined;
    if (at === undefined || regions === undefined) regions = undefined;
    else if (!regions.includes(at)) regions.push(at);
  };
  if (unnamed !== undefined)
    for (let i = 0; i < inv.connections.length; i++) {
      const conn = inv.connections[i];
      if (!isTemplateResource(conn) && isUnknown(conn, 'circuitKey')) regionOf(conn.gatewayKey === undefined ? undefined : lookup(inv, conn.gatewayKey, 'gateway'));
    }
  for (let i = 0; i < inv.gateways.length; i++) {
    const g = inv.gateways[i];
    if (g.flavor !== 'vwan' || isTemplateResource(g) || !isUnknown(g, 'connectionKeys')) continue;
    open ??= `vWAN gateway ${g.name} does not list its connections, and one may be this circuit's`;
    regionOf(g);
  }
  if (open !== undefined)
    for (let i = 0; i < inv.circuits.length; i++) {
      const c = inv.circuits[i];
      if (isTemplateResource(c) || !mayBeLinked(c)) continue;
      const bounded = regions !== undefined && !isUnknown(c, 'gatewayKeys');
      openConnectionFields(c, ['connectionKeys', 'gatewayKeys'], open);
      if (bounded) c.openGatewayRegions = regions;
    }
  // Likewise a live connection that names no gateway may be any VNet gateway's (vWAN gateways list their own):
  // a VNet gateway that carries no connection is then not known to be idle.
  const noGateway = liveConnectionsWithoutGateway(inv.connections)[0]?.name;
  if (noGateway !== undefined)
    for (let i = 0; i < inv.gateways.length; i++) {
      const g = inv.gateways[i];
      if (g.flavor === 'vnet' && g.connectionKeys.length === 0 && !isTemplateResource(g) && !isUnknown(g, 'connectionKeys'))
        g.unknown = { ...g.unknown, connectionKeys: `\`connectionKeys\`: connection ${noGateway} names no gateway, and may be this one's` };
    }
  for (let i = 0; i < inv.circuits.length; i++) {
    const c = inv.circuits[i];
    const port = c.portKey ? filedUnder(inv, c.portKey) : undefined;
    if (port) c.portKey = port.key;
    linkToPort(c, port);
  }
  // The lists live as long as the scan: each at its length (~150 bytes less per list in a large estate).
  // Lists of up to two keys are made at their length (withKey, src/inventory/relations.ts).
  const trimmed = (list: string[]) => (list.length > 2 ? exactLength(list) : list);
  for (let i = 0; i < inv.circuits.length; i++) {
    const c = inv.circuits[i];
    c.connectionKeys = trimmed(c.connectionKeys);
    c.gatewayKeys = trimmed(c.gatewayKeys);
  }
  for (let i = 0; i < inv.gateways.length; i++) {
    const g = inv.gateways[i];
    g.connectionKeys = trimmed(g.connectionKeys);
    g.circuitKeys = trimmed(g.circuitKeys);
  }
  for (const port of inv.ports) {
    for (let i = 0; i < port.circuitKeys.length; i++) port.circuitKeys[i] = sameKey(inv, port.circuitKeys[i]);
    for (const k of port.circuitKeys) {
      const c = inv.byKey.get(k);
      if (c?.kind === 'circuit' && !c.portKey) {
        c.portKey = port.key;
        c.isDirect = true;
      }
      // Direct circuits carry no serviceProviderProperties: their peering location is the port's. Where the port's is not
      // known (a live row without it, reads that disagree, a template value), the circuit's is not either, never "(not set)".
      if (c?.kind === 'circuit' && !c.peeringLocation) {
        if (port.peeringLocation) c.peeringLocation = port.peeringLocation;
        else if (isUnknown(port, 'peeringLocation') && !isUnknown(c, 'peeringLocation'))
          c.unknown = { ...c.unknown, peeringLocation: `\`peeringLocation\`: that of its ExpressRoute Direct port ${port.name}: ${reasonText(unknownReason(port, 'peeringLocation')!)}` };
      }
    }
  }
}

function collectScopes(inv: Inventory, subscriptions: Subscription[]): void {
  const subs = new Map<string, Subscription>();
  for (const s of subscriptions) subs.set(s.subscriptionId.toLowerCase(), { ...s });
  const tenants = new Set<string>();
  const resources: AnyResource[] = [...inv.circuits, ...inv.ports, ...inv.gateways, ...inv.connections];
  // Each row spells its subscription id in a string of its own: lower-cased once per spelling, not
  // twice per resource (no new string per lookup).
  const lowered = new Map<string, string>();
  const lowerId = (id: string): string => {
    let k = lowered.get(id);
    if (k === undefined) lowered.set(id, (k = id.toLowerCase()));
    return k;
  };
  // Resources come grouped by subscription (and share its id's string: scopeId): a resource of the
  // last one's subscription takes its entry again without the two lookups (equal text, same entry).
  let lastId: string | undefined;
  let lastSub: Subscription | undefined;
  const subscriptionOf = (id: string): Subscription | undefined => {
    if (id !== lastId) {
      lastId = id;
      lastSub = subs.get(lowerId(id));
    }
    return lastSub;
  };
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i];
    // Template sources use a placeholder (`{subscription}`, or a stand-in where a parameter leaves a module's open) until deployment: not a subscription.
    if (r.subscriptionId && !(r.subscriptionId.charCodeAt(0) === 123 && /^\{.*\}$/.test(r.subscriptionId)) && !r.subscriptionId.startsWith('unresolved:')) {
      const s = subscriptionOf(r.subscriptionId);
      if (!s) subs.set(lowerId(r.subscriptionId), (lastSub = { subscriptionId: r.subscriptionId, tenantId: r.tenantId }));
      else if (!s.tenantId && r.tenantId) s.tenantId = r.tenantId;
    }
  }
  // Resources without a tenant id inherit the one their subscription declares.
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i];
    if (r.subscriptionId) {
      const s = subscriptionOf(r.subscriptionId);
      if (!r.tenantId && s?.tenantId) r.tenantId = s.tenantId;
      // Each row has its own copy of its subscription and tenant ids: the inventory holds one of each.
      if (s !== undefined && s.subscriptionId === r.subscriptionId) r.subscriptionId = s.subscriptionId;
      if (s !== undefined && s.tenantId !== undefined && s.tenantId === r.tenantId) r.tenantId = s.tenantId;
    }
    if (r.kind === 'circuit') for (let j = 0; j < r.peerings.length; j++) r.peerings[j].tenantId ??= r.tenantId;
    if (r.kind === 'port') for (const l of r.links) l.tenantId ??= r.tenantId;
  }
  for (const s of subs.values()) if (s.tenantId) tenants.add(s.tenantId.toLowerCase());
  inv.subscriptions = [...subs.values()].sort((a, b) => compareText(a.subscriptionId, b.subscriptionId));
  inv.tenants = [...tenants].sort().map((tenantId) => ({ tenantId }));
  // One ordering comparison per pair: keys differ (and `===` on two keys of different hashes is quick).
  const byId = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key === b.key ? 0 : 1);
  inv.circuits.sort(byId);
  inv.ports.sort(byId);
  inv.gateways.sort(byId);
  inv.connections.sort(byId);
}
