import type { RawResource } from '../inventory/build.js';
import { isOtherConnectionType, isOtherGatewayType, type SourceRef } from '../inventory/model.js';
import type { UnreadConnection } from './types.js';
import { InputError, displayPath, jsonPath } from '../util/errors.js';
import { scrubSecretsInPlace, scrubSecretsInPlaceWithin } from '../inventory/secrets.js';
import { nestedDeeper } from '../util/json.js';
import { findKey } from '../util/keys.js';
import { lowerCased } from '../inventory/spelling.js';
import { isObj } from '../util/objects.js';

/**
 * The shape of the ARM rows erscan reads (Resource Graph rows, ARM GET/list responses, snapshot
 * resources), checked before the inventory builder sees them. The builder reads what it finds and
 * treats anything else as "not set"; without this check a field of the wrong type (`bandwidthInMbps:
 * "abc"`, `peer: "x"`, an id that is not an ARM resource id) would read as a missing value, the
 * coverage would look complete, and a rule would report something false.
 *
 * Per row:
 * - a row of a type erscan does not read (a storage account, a VPN gateway, an IPsec connection)
 *   is skipped and counted; it needs no id;
 * - an ExpressRoute row is checked field by field (only the fields erscan reads; `null` counts as
 *   absent, as ARM writes it). A row with a problem is left out, and each problem is an input
 *   error naming the file, the JSON path and the type expected; the rest of the file is read.
 *
 * Secret-bearing fields (`sharedKey`, `authorizationKey`, `serviceKey`, MACsec secret
 * identifiers) are checked for their type only; their values never appear in a message.
 */

/** What a field must hold. */
type Spec =
  | 'text'
  | 'number'
  /** A BGP AS number: a whole number that fits 32 bits (RFC 6793). */
  | 'asn'
  | 'boolean'
  | 'armId'
  | 'secret'
  | 'texts'
  | { object: Record<string, Spec> }
  | { list: Spec }
  | { map: Spec }
  /**
   * A SubResource `{ "id": … }`. `to`: the types (in ARM's spelling) the id may name: a reference to a resource of
   * another kind (a circuit's `expressRoutePort` naming a gateway) would join the resource to the wrong thing.
   * `emptyIsNone`: an empty text in the reference's place means "no reference" (see NONE_OR_REF).
   */
  | { ref: true; to: readonly string[]; emptyIsNone?: true };

const obj = (fields: Record<string, Spec>): Spec => ({ object: fields });
const list = (item: Spec): Spec => ({ list: item });
/** A SubResource: `{ "id": "<ARM id>" }` of a resource of one of the types named (in ARM's spelling). */
const ref = (...to: string[]): Spec => ({ ref: true, to });
const PEERING_REF = ref('Microsoft.Network/expressRouteCircuits/peerings');
const ROUTE_FILTER_REF = ref('Microsoft.Network/routeFilters');
/**
 * A read-only reference that ARM may write as an empty text when there is none: Microsoft's own example of
 * the circuit peerings list (azure-rest-api-specs, Microsoft.Network stable 2025-07-01,
 * examples/ExpressRouteCircuitPeeringList.json) gives a Microsoft peering `"expressRouteConnection": ""`, where
 * the private peering beside it has `{ "id": … }`. Read as no reference (the peering is not used by a vWAN
 * connection), not as a row of the wrong shape: refusing it would leave the whole peering unchecked. Only
 * where Microsoft documents it; an empty text elsewhere is still named.
 */
const NONE_OR_REF: Spec = { ref: true, to: ['Microsoft.Network/expressRouteGateways/expressRouteConnections'], emptyIsNone: true };

const MS_PEERING_CONFIG = obj({
  advertisedPublicPrefixes: 'texts',
  advertisedPublicPrefixesState: 'text',
  customerASN: 'asn',
  routingRegistryName: 'text',
  advertisedCommunities: 'texts',
});

/** An ExpressRoute Direct link's properties (inline in a port's `links`, or a `…/expressRoutePorts/…/links` row). */
const LINK_PROPERTIES = obj({
  adminState: 'text',
  connectorType: 'text',
  provisioningState: 'text',
  macSecConfig: obj({ cipher: 'text', cknSecretIdentifier: 'secret', cakSecretIdentifier: 'secret', sciState: 'text' }),
});

/** A Global Reach connection's properties (inline in a peering's `connections`, or a `…/peerings/connections` row). */
const GLOBAL_REACH_PROPERTIES = obj({ expressRouteCircuitPeering: PEERING_REF, peerExpressRouteCircuitPeering: PEERING_REF, addressPrefix: 'text', circuitConnectionStatus: 'text', authorizationKey: 'secret', provisioningState: 'text' });

const PEERING_PROPERTIES = obj({
  peeringType: 'text',
  state: 'text',
  azureASN: 'asn',
  peerASN: 'asn',
  vlanId: 'number',
  primaryPeerAddressPrefix: 'text',
  secondaryPeerAddressPrefix: 'text',
  sharedKey: 'secret',
  provisioningState: 'text',
  microsoftPeeringConfig: MS_PEERING_CONFIG,
  routeFilter: ROUTE_FILTER_REF,
  ipv6PeeringConfig: obj({ primaryPeerAddressPrefix: 'text', secondaryPeerAddressPrefix: 'text', state: 'text', routeFilter: ROUTE_FILTER_REF, microsoftPeeringConfig: MS_PEERING_CONFIG }),
  connections: list(obj({ id: 'armId', name: 'text', properties: GLOBAL_REACH_PROPERTIES })),
  peeredConnections: list(obj({})),
  expressRouteConnection: NONE_OR_REF,
});

const PEERING = obj({ id: 'armId', name: 'text', properties: PEERING_PROPERTIES });
const AUTHORIZATION_PROPERTIES = obj({ authorizationUseStatus: 'text', authorizationKey: 'secret' });

const VWAN_CONNECTION_PROPERTIES = obj({
  expressRouteCircuitPeering: PEERING_REF,
  routingWeight: 'number',
  expressRouteGatewayBypass: 'boolean',
  enablePrivateLinkFastPath: 'boolean',
  enableInternetSecurity: 'boolean',
  authorizationKey: 'secret',
  provisioningState: 'text',
});

const BOUNDS = obj({ bounds: obj({ min: 'number', max: 'number' }) });

/** Fields every ExpressRoute row may carry (the Resource Graph envelope). */
const ENVELOPE: Record<string, Spec> = {
  name: 'text',
  subscriptionId: 'text',
  resourceGroup: 'text',
  tenantId: 'text',
  location: 'text',
  tags: { map: 'text' },
  zones: 'texts',
  extendedLocation: obj({ name: 'text' }),
  erscan: obj({ diagnosticSettingsCount: 'number' }),
};

/** The fields erscan reads, per lower-cased ARM type. */
const TYPES: Record<string, Record<string, Spec>> = {
  'microsoft.network/expressroutecircuits': {
    sku: obj({ name: 'text', tier: 'text', family: 'text' }),
    properties: obj({
      serviceProviderProperties: obj({ serviceProviderName: 'text', peeringLocation: 'text', bandwidthInMbps: 'number' }),
      bandwidthInGbps: 'number',
      expressRoutePort: ref('Microsoft.Network/expressRoutePorts'),
      serviceKey: 'secret',
      serviceProviderProvisioningState: 'text',
      circuitProvisioningState: 'text',
      provisioningState: 'text',
      allowClassicOperations: 'boolean',
      globalReachEnabled: 'boolean',
      enableDirectPortRateLimit: 'boolean',
      authorizations: list(obj({ name: 'text', properties: AUTHORIZATION_PROPERTIES })),
      peerings: list(PEERING),
    }),
  },
  'microsoft.network/expressroutecircuits/peerings': { properties: PEERING_PROPERTIES },
  'microsoft.network/expressroutecircuits/authorizations': { properties: AUTHORIZATION_PROPERTIES },
  // A Global Reach connection as a resource of its own (an ARM GET or list of a peering's connections: Microsoft's
  // ExpressRouteCircuitConnectionGet and ...List examples, which carry no `type`): read, so that one whose circuit is
  // not in the input is a coverage gap rather than a row of "a type erscan does not scan".
  'microsoft.network/expressroutecircuits/peerings/connections': { properties: GLOBAL_REACH_PROPERTIES },
  'microsoft.network/expressrouteports': {
    identity: obj({ type: 'text' }),
    properties: obj({
      peeringLocation: 'text',
      bandwidthInGbps: 'number',
      provisionedBandwidthInGbps: 'number',
      encapsulation: 'text',
      billingType: 'text',
      provisioningState: 'text',
      links: list(obj({ id: 'armId', name: 'text', properties: LINK_PROPERTIES })),
      circuits: list(ref('Microsoft.Network/expressRouteCircuits')),
    }),
  },
  // A Direct port's link as a resource of its own (Microsoft's ExpressRouteLinkGet and ...List examples, which carry no
  // `type`): read, so that one whose port is not in the input is a coverage gap, not "a type erscan does not scan".
  'microsoft.network/expressrouteports/links': { properties: LINK_PROPERTIES },
  'microsoft.network/virtualnetworkgateways': {
    properties: obj({
      gatewayType: 'text',
      sku: obj({ name: 'text', tier: 'text' }),
      autoScaleConfiguration: BOUNDS,
      ipConfigurations: list(obj({ properties: obj({ subnet: ref('Microsoft.Network/virtualNetworks/subnets') }) })),
      adminState: 'text',
      allowRemoteVnetTraffic: 'boolean',
      allowVirtualWanTraffic: 'boolean',
      provisioningState: 'text',
    }),
  },
  'microsoft.network/expressroutegateways': {
    properties: obj({
      autoScaleConfiguration: BOUNDS,
      virtualHub: ref('Microsoft.Network/virtualHubs'),
      allowNonVirtualWanTraffic: 'boolean',
      provisioningState: 'text',
      expressRouteConnections: list(obj({ id: 'armId', name: 'text', properties: VWAN_CONNECTION_PROPERTIES })),
    }),
  },
  'microsoft.network/expressroutegateways/expressrouteconnections': { properties: VWAN_CONNECTION_PROPERTIES },
  'microsoft.network/connections': {
    properties: obj({
      connectionType: 'text',
      virtualNetworkGateway1: ref('Microsoft.Network/virtualNetworkGateways'),
      peer: ref('Microsoft.Network/expressRouteCircuits'),
      routingWeight: 'number',
      expressRouteGatewayBypass: 'boolean',
      enablePrivateLinkFastPath: 'boolean',
      authorizationKey: 'secret',
      connectionStatus: 'text',
      provisioningState: 'text',
    }),
  },
};

/** The ARM types erscan reads (lower-cased). */
export const READ_TYPES: readonly string[] = Object.keys(TYPES);

export interface RowProblem {
  /** JSON path segments from the row. */
  path: (string | number)[];
  expected: string;
  found: string;
}


const ARM_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+(\/[^/]+\/[^/]+)+$/i;

/** True for an ARM resource id of a resource in a resource group (`/subscriptions/…/resourceGroups/…/providers/Ns/type/name…`). */
export function isArmResourceId(id: string): boolean {
  if (id.length > 4096 || !ARM_ID.test(id)) return false;
  // No empty, `.` or `..` segment (none without a `/.`: one scan of the id decides for almost every id).
  return !id.includes('/.') || !(id.includes('//') || id.includes('/./') || id.includes('/../') || id.endsWith('/.') || id.endsWith('/..'));
}

/** The resource type an ARM id names (`microsoft.network/expressroutecircuits/peerings`), lower-cased. */
export function armIdType(id: string): string | undefined {
  return armIdTypeAsWritten(id)?.toLowerCase();
}

/**
 * The resource type an ARM id names, as the id spells it (`Microsoft.Network/expressRouteGateways/expressRouteConnections`),
 * or undefined when the id names no resource type.
 */
export function armIdTypeAsWritten(id: string): string | undefined {
  const at = id.toLowerCase().lastIndexOf('/providers/');
  if (at < 0) return undefined;
  const parts = id.slice(at + '/providers/'.length).split('/');
  if (parts.length < 3 || parts.length % 2 === 0) return undefined;
  return [parts[0], ...parts.slice(1).filter((_, i) => i % 2 === 0)].join('/');
}

/**
 * The lower-cased ARM types erscan reads, and those its references may name (`ipConfigurations[].subnet` names a
 * subnet, `virtualHub` a hub): each has patterns below, so that no check of an id of one of them falls back to
 * `armIdType` (the id lower-cased, split and joined again).
 */
const PATTERN_TYPES: string[] = (() => {
  const types = new Set(Object.keys(TYPES));
  const walk = (spec: Spec): void => {
    if (typeof spec === 'string') return;
    if ('ref' in spec) for (const t of spec.to) types.add(t.toLowerCase());
    else if ('list' in spec) walk(spec.list);
    else if ('map' in spec) walk(spec.map);
    else for (const k of Object.keys(spec.object)) walk(spec.object[k]);
  };
  for (const fields of [ENVELOPE, ...Object.values(TYPES)]) for (const k of Object.keys(fields)) walk(fields[k]);
  // (A namespace of letters and dots, as ARM_ID's, and names without `/`: what ARM_ID_OF_TYPE relies on.)
  return [...types].filter((t) => /^[a-z][a-z0-9]*(\.[a-z0-9]+)+(\/[a-z0-9]+)+$/.test(t));
})();

/** `…/providers/Ns/type/name…` of a type (a pattern's source), each type of a child with its parent's name between. */
function typeTail(type: string): string {
  const [ns, ...types] = type.split('/');
  const esc = (t: string) => t.replace(/\./g, '\\.');
  const pairs = types.map((t, i) => `\\/${esc(t)}\\/${i < types.length - 1 ? '(?!providers\\/)' : ''}[^/]+`).join('');
  return `\\/providers\\/${esc(ns)}${pairs}$`;
}

/**
 * Per ARM type erscan reads (or its references name), a pattern that an id of that type matches (`…/providers/Ns/type/name`,
 * each type of a child with its parent's name between, ignoring ASCII case), so that the check of a
 * row's id against its type need not build `armIdType` (the id lower-cased, split and joined again).
 * A match means `armIdType(id) === type`: no name before the last segment may be `providers` (the
 * last `/providers/` is the one matched) and the id holds no `İ` (the one letter whose lower case is
 * longer, which shifts `armIdType`'s positions); an id that does not match is checked by `armIdType`.
 */
const ID_OF_TYPE = new Map(PATTERN_TYPES.map((type) => [type, new RegExp(typeTail(type), 'i')]));

/**
 * Per type of ID_OF_TYPE, the same pattern anchored after a subscription and a resource group
 * (`/subscriptions/x/resourceGroups/y/providers/Ns/type/name…`): an id that matches it, holds no `/.`
 * and no `İ` and is at most 4096 characters long is an ARM resource id (isArmResourceId: the namespace
 * is one of letters and dots, each segment after it one name) of that type (isIdOfType), found by one
 * pattern instead of two. An id that does not is checked by those two, as before.
 */
const ARM_ID_OF_TYPE = new Map(PATTERN_TYPES.map((type) => [type, new RegExp(`^\\/subscriptions\\/[^/]+\\/resourceGroups\\/[^/]+${typeTail(type)}`, 'i')]));

/** `isArmResourceId(id) && isIdOfType(id, type)`, for the types of ID_OF_TYPE (see ARM_ID_OF_TYPE). */
function isArmIdOfType(id: string, type: string): boolean {
  const pattern = ARM_ID_OF_TYPE.get(type);
  if (pattern !== undefined && id.length <= 4096 && !id.includes('/.') && !id.includes('\u0130') && pattern.test(id)) return true;
  return isArmResourceId(id) && isIdOfType(id, type);
}

/** `isArmResourceId(id) && namesOneOf(id, types)`. */
function isArmIdOfOneOf(id: string, types: readonly string[]): boolean {
  if (types.length === 1) return isArmIdOfType(id, types[0]);
  return isArmResourceId(id) && namesOneOf(id, types);
}

/** True when an ARM id names a resource of one of the (lower-cased) types. */
function namesOneOf(id: string, types: readonly string[]): boolean {
  for (let i = 0; i < types.length; i++) if (isIdOfType(id, types[i])) return true;
  return false;
}

/** `armIdType(id) === type`, for a type erscan reads (see ID_OF_TYPE). */
export function isIdOfType(id: string, type: string): boolean {
  const pattern = ID_OF_TYPE.get(type);
  if (pattern !== undefined && !id.includes('\u0130') && pattern.test(id)) return true;
  return armIdType(id) === type;
}

const EXPECTED: Record<string, string> = {
  text: 'text (a JSON string)',
  number: 'a number from 0 to 9007199254740991',
  asn: 'a BGP AS number: a whole number from 0 to 4294967295',
  boolean: 'true or false',
  armId: 'an ARM resource id (/subscriptions/…/resourceGroups/…/providers/…)',
  secret: 'text (a JSON string)',
  texts: 'a list of texts',
};

/** A short description of a found value; never the value itself when it may be a secret or an id. */
function foundOf(v: unknown, quoteText: boolean): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') {
    // What Windows PowerShell's ConvertTo-Json writes for an object or a list nested deeper than its -Depth
    // (2 unless told): the shape says what happened, and the text is the value's type name or its fields.
    if (/^@\{.*\}$/s.test(v) || /^System\.[A-Za-z.]+(\[\])?$/.test(v)) return `text of ${v.length} characters in its place, as PowerShell's ConvertTo-Json writes what lies deeper than its -Depth (2 unless told: export with -Depth 100)`;
    if (!quoteText) return `text of ${v.length} characters`;
    // Only short words are quoted (as describeValue does): a value in the wrong place may be a
    // secret, and a long, GUID-like or token-like one never reaches a message.
    const quotable = /^[A-Za-z0-9 ._:/-]{0,24}$/.test(v) && !/[0-9a-f]{8}-|\d{5,}/i.test(v) && !(v.length >= 12 && /\d/.test(v) && /[A-Za-z]/.test(v));
    return quotable ? JSON.stringify(v) : `text of ${v.length} characters`;
  }
  if (typeof v === 'number') return quoteText ? `the number ${v}` : 'a number';
  return `${typeof v} ${quoteText ? String(v) : ''}`.trim();
}

// Finite, not negative, and no larger than integers stay exact: nothing erscan reads is larger
// (bandwidths, ASNs, VLAN ids, weights, counts), and nothing can overflow a sum or a price.
const isNumber = (v: unknown) => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= Number.MAX_SAFE_INTEGER;
};
const isAsn = (v: unknown) => isNumber(v) && Number.isInteger(Number(v)) && Number(v) <= 4294967295;
const isBoolean = (v: unknown) => typeof v === 'boolean' || v === 'true' || v === 'false';

/** A JSON path built only when a problem needs it (most rows have none). */
type Path = { up: Path; key: string | number } | undefined;
const at = (up: Path, key: string | number): Path => ({ up, key });
function segments(p: Path): (string | number)[] {
  const out: (string | number)[] = [];
  for (let q = p; q; q = q.up) out.push(q.key);
  return out.reverse();
}

function check(v: unknown, spec: Spec, path: Path, out: RowProblem[]): void {
  if (v === undefined || v === null || out.length >= 20) return;
  const problem = (expected: string, quote = true): void => void out.push({ path: segments(path), expected, found: foundOf(v, quote) });
  if (typeof spec === 'string') {
    switch (spec) {
      case 'text':
        if (typeof v !== 'string') problem(EXPECTED.text);
        return;
      case 'secret':
        if (typeof v !== 'string') problem(EXPECTED.secret, false);
        return;
      case 'number':
        if (!isNumber(v)) problem(EXPECTED.number);
        return;
      case 'asn':
        if (!isAsn(v)) problem(EXPECTED.asn);
        return;
      case 'boolean':
        if (!isBoolean(v)) problem(EXPECTED.boolean);
        return;
      case 'armId':
        if (typeof v !== 'string' || !isArmResourceId(v)) problem(EXPECTED.armId, false);
        return;
      case 'texts':
        if (!Array.isArray(v)) return problem(EXPECTED.texts);
        for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') out.push({ path: segments(at(path, i)), expected: EXPECTED.text, found: foundOf(v[i], true) });
        return;
    }
  }
  if ('ref' in spec) {
    if (spec.emptyIsNone && v === '') return;
    if (!isObj(v)) return problem('an object {"id": "<ARM resource id>"}', false);
    if (v.id === undefined || v.id === null) return;
    if (typeof v.id === 'string' && isArmResourceId(v.id) && !namesOneOf(v.id, spec.to.map((t) => t.toLowerCase())))
      out.push({ path: segments(at(path, 'id')), expected: `the id of a ${spec.to.join(' or ')} resource`, found: `an id of a ${armIdTypeAsWritten(v.id) ?? 'resource of no known type'}` });
    else check(v.id, 'armId', at(path, 'id'), out);
    return;
  }
  if ('list' in spec) {
    if (!Array.isArray(v)) return problem('a list', false);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x === null || x === undefined) out.push({ path: segments(at(path, i)), expected: 'an object', found: foundOf(x, true) });
      else check(x, spec.list, at(path, i), out);
    }
    return;
  }
  if ('map' in spec) {
    if (!isObj(v)) return problem('an object', false);
    for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k) && v[k] !== undefined && v[k] !== null) check(v[k], spec.map, at(path, k), out);
    return;
  }
  // Text in a container's place (an authorization, a MACsec configuration, a link) may be a secret: never quoted.
  if (!isObj(v)) return problem('an object', false);
  const fields = spec.object;
  // A path node only for the fields present (most of a spec's fields are absent from most rows).
  for (const k in fields) {
    const x = v[k];
    if (x !== undefined && x !== null) check(x, fields[k], at(path, k), out);
  }
}

/** A field check compiled from its Spec: `check(v, spec, path, out)` without reading the spec again. */
type FieldCheck = (v: unknown, path: Path, out: RowProblem[]) => void;

const problemAt = (out: RowProblem[], path: Path, expected: string, v: unknown, quote = true): void => void out.push({ path: segments(path), expected, found: foundOf(v, quote) });

/** `check` for one spec, its shape worked out once (the fields of a type are checked on every row); same problems, same order. */
function compileSpec(spec: Spec): FieldCheck {
  if (typeof spec === 'string' && spec !== 'texts') {
    const leaf: FieldCheck =
      spec === 'text'
        ? (v, path, out) => {
            if (typeof v !== 'string') problemAt(out, path, EXPECTED.text, v);
          }
        : spec === 'secret'
          ? (v, path, out) => {
              if (typeof v !== 'string') problemAt(out, path, EXPECTED.secret, v, false);
            }
          : spec === 'number'
            ? (v, path, out) => {
                if (!isNumber(v)) problemAt(out, path, EXPECTED.number, v);
              }
          : spec === 'asn'
            ? (v, path, out) => {
                if (!isAsn(v)) problemAt(out, path, EXPECTED.asn, v);
              }
            : spec === 'boolean'
              ? (v, path, out) => {
                  if (!isBoolean(v)) problemAt(out, path, EXPECTED.boolean, v);
                }
              : (v, path, out) => {
                  if (typeof v !== 'string' || !isArmResourceId(v)) problemAt(out, path, EXPECTED.armId, v, false);
                };
    return (v, path, out) => {
      if (v === undefined || v === null || out.length >= 20) return;
      leaf(v, path, out);
    };
  }
  if (typeof spec === 'string' || 'ref' in spec || 'map' in spec) return (v, path, out) => check(v, spec, path, out);
  if ('list' in spec) {
    const item = compileSpec(spec.list);
    return (v, path, out) => {
      if (v === undefined || v === null || out.length >= 20) return;
      if (!Array.isArray(v)) return problemAt(out, path, 'a list', v, false);
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x === null || x === undefined) out.push({ path: segments(at(path, i)), expected: 'an object', found: foundOf(x, true) });
        else if (out.length < 20) item(x, at(path, i), out);
      }
    };
  }
  const fields = Object.entries(spec.object).map(([k, f]) => ({ k, f: compileSpec(f) }));
  return (v, path, out) => {
    if (v === undefined || v === null || out.length >= 20) return;
    if (!isObj(v)) return problemAt(out, path, 'an object', v, false);
    for (let i = 0; i < fields.length; i++) {
      const x = v[fields[i].k];
      // A path node only for the fields present (most of a spec's fields are absent from most rows).
      if (x !== undefined && x !== null && out.length < 20) fields[i].f(x, at(path, fields[i].k), out);
    }
  };
}

/** True when a present value (not null or undefined) has no problem: `check` finds none, and no path is built. */
type FieldOk = (v: unknown) => boolean;

const isText = (v: unknown) => typeof v === 'string';
const isArmIdText = (v: unknown) => typeof v === 'string' && isArmResourceId(v);

/**
 * `check` as a yes/no question, compiled from a Spec: almost every row has no problem, and this
 * answers for it without the JSON path nodes and problem records `check` keeps on the way. A row
 * with a problem is then checked again by the compiled checks, which name each problem.
 */
function compileOk(spec: Spec): FieldOk {
  if (typeof spec === 'string') {
    switch (spec) {
      case 'text':
      case 'secret':
        return isText;
      case 'number':
        return isNumber;
      case 'asn':
        return isAsn;
      case 'boolean':
        return isBoolean;
      case 'armId':
        return isArmIdText;
      case 'texts':
        return (v) => {
          if (!Array.isArray(v)) return false;
          for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
          return true;
        };
    }
  }
  if ('ref' in spec) {
    const to = spec.to.map((t) => t.toLowerCase());
    return (v) => (spec.emptyIsNone === true && v === '') || (isObj(v) && (v.id === undefined || v.id === null || (typeof v.id === 'string' && isArmIdOfOneOf(v.id, to))));
  }
  if ('list' in spec) {
    const item = compileOk(spec.list);
    return (v) => {
      if (!Array.isArray(v)) return false;
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x === null || x === undefined || !item(x)) return false;
      }
      return true;
    };
  }
  if ('map' in spec) {
    const item = compileOk(spec.map);
    return (v) => {
      if (!isObj(v)) return false;
      for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k) && v[k] !== undefined && v[k] !== null && !item(v[k])) return false;
      return true;
    };
  }
  return objectOk(new Map(Object.keys(spec.object).map((k) => [k, compileOk(spec.object[k])])));
}

/**
 * The yes/no check of an object from the checks of its fields by name. It walks the row's own keys
 * and looks each up here, rather than reading every field of the spec from the row: most fields of
 * a spec are absent from most rows, and a read of an absent property is a slow miss (a circuit row
 * carries ~12 of its ~21 checked fields). Keys the spec does not name are not checked, as before.
 */
function objectOk(fields: ReadonlyMap<string, FieldOk>): FieldOk {
  return (v) => {
    if (!isObj(v)) return false;
    for (const k in v) {
      const ok = fields.get(k);
      if (ok === undefined) continue;
      const x = v[k];
      if (x !== undefined && x !== null && !ok(x)) return false;
    }
    return true;
  };
}

/** The yes/no check of a row of a type: its envelope's fields and its type's in one walk of its keys. */
function rowOk(fields: Record<string, Spec>): FieldOk {
  const checks = new Map<string, FieldOk>();
  for (const k of Object.keys(ENVELOPE)) checks.set(k, compileOk(ENVELOPE[k]));
  for (const k of Object.keys(fields)) {
    const own = compileOk(fields[k]);
    const envelope = checks.get(k);
    checks.set(k, envelope === undefined ? own : (v) => envelope(v) && own(v));
  }
  return objectOk(checks);
}

/** The envelope's checks, and each type's, compiled once (as yes/no questions, and naming each problem). */
const ENVELOPE_CHECK = compileSpec({ object: ENVELOPE });
const TYPE_CHECKS = new Map(Object.entries(TYPES).map(([type, fields]) => [type, compileSpec({ object: fields })]));
const ROW_OKS = new Map(Object.entries(TYPES).map(([type, fields]) => [type, rowOk(fields)]));

export type RowCheck =
  /** An ExpressRoute row erscan reads; `problems` is empty when it can be read. */
  | { kind: 'read'; type: string; problems: RowProblem[] }
  /** A row of a type erscan does not read (or a VPN gateway, a non-ExpressRoute connection). */
  | { kind: 'foreign'; type: string }
  /** Not a resource row at all (not an object, or no type). */
  | { kind: 'invalid'; problems: RowProblem[] };

/** What a live row without `properties` is told it lacks. */
const NO_PROPERTIES = "an object of the resource's properties";
/**
 * The same, for a row with `provisioningState` at its top: ARM keeps it in `properties`, and the Azure CLI's
 * `az network … list/show` lift every property to the top (a shape erscan does not read: it cannot tell a
 * property left out from one lifted).
 */
const LIFTED_PROPERTIES = `${NO_PROPERTIES} (this row has them at its top, as \`az network … list\` and \`show\` write them: export with \`az graph query\` or \`az rest\`, which keep ARM's shape)`;

/**
 * The keys by which an Azure PowerShell object names itself where an ARM row has `id` and `type`:
 * `Get-AzResource` writes `ResourceId`, `Id`, `ResourceType`, `Type`, `Name` and `Properties` (the
 * shape of PSRule for Azure's test data), `Get-AzExpressRouteCircuit` and the other network cmdlets
 * `Id` and `Name` with every property lifted beside them.
 */
const POWERSHELL_KEYS = ['ResourceId', 'Id', 'ResourceType', 'Type', 'Name', 'Properties'];

/**
 * A row that has no `type` but names itself with PowerShell's keys: a row of a type erscan does not
 * read (by its `ResourceType`/`Type`, else the type its `ResourceId`/`Id` names) is skipped as any
 * other; one erscan reads is refused with what it is and how to export it instead. Undefined for a
 * row that is not such an object (or whose type it does not say).
 */
function powerShellRow(row: Record<string, unknown>): RowCheck | undefined {
  const text = (k: string) => (typeof row[k] === 'string' && (row[k] as string).trim() !== '' ? (row[k] as string).trim() : undefined);
  if (row.type !== undefined || row.id !== undefined) return undefined;
  const id = text('ResourceId') ?? text('Id');
  const named = text('ResourceType') ?? text('Type') ?? (id !== undefined && isArmResourceId(id) ? armIdTypeAsWritten(id) : undefined);
  if (named === undefined) return undefined;
  const type = lowerCased(named);
  if (!TYPES[type]) return { kind: 'foreign', type };
  const props = isObj(row.Properties) ? row.Properties : isObj(row.properties) ? row.properties : row;
  const kind = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const gatewayType = kind(props.gatewayType) ?? kind(props.GatewayType);
  const connectionType = kind(props.connectionType) ?? kind(props.ConnectionType);
  if (type === 'microsoft.network/virtualnetworkgateways' && gatewayType !== undefined && isOtherGatewayType(gatewayType)) return { kind: 'foreign', type: `${type} (${gatewayType})` };
  if (type === 'microsoft.network/connections' && connectionType !== undefined && isOtherConnectionType(connectionType)) return { kind: 'foreign', type: `${type} (${connectionType})` };
  const keys = POWERSHELL_KEYS.filter((k) => k in row).map((k) => `\`${k}\``);
  return {
    kind: 'read',
    type,
    problems: [{ path: [], expected: ARM_SHAPE, found: `an Azure PowerShell object of ${named} (PowerShell's ${keys.join(', ')} where ARM has \`id\`, \`type\`: what \`Get-AzResource\` or \`Get-AzExpressRouteCircuit\` piped to ConvertTo-Json write), which erscan does not read` }],
  };
}

const ARM_SHAPE = "a resource in ARM's shape (`id`, `type`, `properties`), as `az graph query` and `az rest` export it";

/**
 * For a document that is one Azure PowerShell object of an ExpressRoute resource (`Get-AzExpressRouteCircuit
 * | ConvertTo-Json`), what it is, as an input error says it; undefined for any other document.
 */
export function powerShellObjectProblem(doc: unknown): RowProblem | undefined {
  if (!isObj(doc)) return undefined;
  const c = powerShellRow(doc);
  return c?.kind === 'read' ? c.problems[0] : undefined;
}

/**
 * A resource of PSRule for Azure's expansion of an ARM template (`Export-AzRuleTemplateData`, and the files
 * PSRule writes when it expands templates): ARM's shape, with `_PSRule.source` naming the template and
 * parameter file it came from. It is not a deployed resource: PSRule fills what only a deployment knows
 * with stand-ins (its docs/commands/Export-AzRuleTemplateData.md: subscription
 * ffffffff-ffff-ffff-ffff-ffffffffffff, resource group ps-rule-test-rg in eastus, placeholder values for
 * `reference()` and `list*()`), which read as live state would judge a gateway or VNet in eastus.
 */
function isPsruleExpansion(row: Record<string, unknown>): boolean {
  const info = row._PSRule;
  if (!isObj(info) || !Array.isArray(info.source)) return false;
  return info.source.some((x) => isObj(x) && typeof x.type === 'string' && /^(template|parameter)$/i.test(x.type));
}

const PSRULE_EXPANSION: RowProblem = {
  path: ['_PSRule'],
  expected: 'a deployed resource (Resource Graph, an ARM response) or the ARM template itself',
  found:
    "a resource of PSRule for Azure's expansion of a template (Export-AzRuleTemplateData), whose subscription, resource group and location (ffffffff-ffff-ffff-ffff-ffffffffffff, ps-rule-test-rg, eastus unless configured) and reference() values are PSRule's stand-ins, not Azure's: scan the template and its parameter file, which erscan expands leaving what only the deployment knows unknown",
};

/** Classifies and checks one row. */
export function checkRow(row: unknown): RowCheck {
  if (!isObj(row)) return { kind: 'invalid', problems: [{ path: [], expected: 'a resource object', found: foundOf(row, true) }] };
  if (typeof row.type !== 'string' || row.type.trim() === '') return powerShellRow(row) ?? { kind: 'invalid', problems: [{ path: ['type'], expected: 'an ARM resource type (text such as "Microsoft.Network/expressRouteCircuits")', found: foundOf(row.type, true) }] };
  const type = lowerCased(row.type);
  const spec = TYPES[type];
  if (!spec) return { kind: 'foreign', type };
  const props = isObj(row.properties) ? row.properties : {};
  // VPN gateways and IPsec/VNet-to-VNet connections share the ARM type with ExpressRoute ones. A gateway or connection
  // whose type is none Azure allows is not known to be a VPN one: it is read, and the inventory says what is wrong with it.
  if (type === 'microsoft.network/virtualnetworkgateways' && typeof props.gatewayType === 'string' && isOtherGatewayType(props.gatewayType)) return { kind: 'foreign', type: `${type} (${props.gatewayType})` };
  if (type === 'microsoft.network/connections' && typeof props.connectionType === 'string' && isOtherConnectionType(props.connectionType)) return { kind: 'foreign', type: `${type} (${props.connectionType})` };
  if (isPsruleExpansion(row)) return { kind: 'read', type, problems: [PSRULE_EXPANSION] };
  const problems: RowProblem[] = [];
  // (The common case, an id of the row's type, found by one pattern.)
  if (typeof row.id === 'string' && isArmIdOfType(row.id, type)) {
    // the id names a resource of the row's type
  } else if (typeof row.id !== 'string' || !isArmResourceId(row.id)) {
    problems.push({ path: ['id'], expected: EXPECTED.armId, found: foundOf(row.id, typeof row.id !== 'string') });
  } else if (!isIdOfType(row.id, type)) {
    problems.push({ path: ['id'], expected: `the id of a ${row.type} resource (the id and the type must name the same kind of resource)`, found: `an id of a ${armIdType(row.id) ?? 'resource of no known type'}` });
  }
  // Every resource erscan reads carries its settings in `properties`: a row without them would pass every
  // check of a setting it does not hold (a port without links has no MACsec to check), so it is not read.
  // (Properties of the wrong kind are named with the other fields' problems below.)
  if (row.properties === undefined || row.properties === null) problems.push({ path: ['properties'], expected: 'provisioningState' in row ? LIFTED_PROPERTIES : NO_PROPERTIES, found: foundOf(row.properties, false) });
  // The problems are looked for only in a row that has one.
  if (!fieldsOk(row, type)) problems.push(...fieldProblems(row, type));
  return { kind: 'read', type, problems };
}

/** True when the fields of a row of a type erscan reads have no problem (the yes/no form: see compileOk). */
export function fieldsOk(row: Record<string, unknown>, type: string): boolean {
  return ROW_OKS.get(type)!(row);
}

/** The problems of the fields of a row of a type erscan reads, each named (none exactly when `fieldsOk`). */
export function fieldProblems(row: Record<string, unknown>, type: string): RowProblem[] {
  const problems: RowProblem[] = [];
  ENVELOPE_CHECK(row, undefined, problems);
  TYPE_CHECKS.get(type)!(row, undefined, problems);
  return problems;
}

/**
 * The field types of a row that a template or Terraform plan declares: the checks `checkRow` makes,
 * except that ids are not held to the ARM id form (before deployment they hold placeholders such as
 * `{subscription}`). None for a type erscan does not read, a VPN gateway or a non-ExpressRoute connection.
 */
export function templateRowProblems(row: Record<string, unknown>): RowProblem[] {
  const c = checkRow(row);
  // (A declaration may leave `properties` out: an authorization or a setting with defaults; ARM fills them in.)
  return c.kind === 'read' ? c.problems.filter((p) => p.expected !== EXPECTED.armId && !(p.path.length === 1 && (p.path[0] === 'id' || (p.path[0] === 'properties' && (p.expected === NO_PROPERTIES || p.expected === LIFTED_PROPERTIES))))) : [];
}

/** Two keys of one object that name the same field erscan reads in two letter cases: which one ARM uses is not known. */
export interface SpellingClash {
  /** The path of the field (in its documented spelling) from the value respelled. */
  path: (string | number)[];
  /** The keys, as written. */
  keys: string[];
}

const isPlainRecord = (v: unknown): v is Record<string, unknown> => isObj(v) && Object.getPrototypeOf(v) === Object.prototype;

function respell(v: unknown, spec: Spec | undefined, path: (string | number)[], clashes: SpellingClash[]): unknown {
  if (spec === undefined || typeof spec === 'string') return v;
  if (Array.isArray(v)) {
    if (!('list' in spec)) return v;
    const out = v.map((x, i) => respell(x, spec.list, [...path, i], clashes));
    return out.some((x, i) => x !== v[i]) ? out : v;
  }
  // (Only plain objects: a value a template leaves open is an object of its own kind, read as it is.)
  if (!isPlainRecord(v)) return v;
  const fields = 'object' in spec ? spec.object : 'ref' in spec ? { id: 'armId' as Spec } : undefined;
  if (!fields) return v;
  const out: Record<string, unknown> = {};
  const written = new Map<string, string>();
  let changed = false;
  for (const [k, x] of Object.entries(v)) {
    // The field `k` names: as written, else in another letter case (ARM's property names ignore case).
    const field = findKey(fields, k);
    if (field === undefined) {
      out[k] = x;
      continue;
    }
    const before = written.get(field);
    if (before !== undefined) clashes.push({ path: [...path, field], keys: [before, k] });
    written.set(field, k);
    const r = respell(x, fields[field], [...path, field], clashes);
    if (field !== k || r !== x) changed = true;
    out[field] = r;
  }
  return changed ? out : v;
}

/**
 * A declared value of a resource erscan reads (`key`: `sku`, `properties`, … of a row of `type`), with the
 * fields erscan reads spelled as ARM documents them. ARM reads property names whatever their letter case
 * (a template with `"SKU": { "Tier": "Premium" }` deploys a Premium circuit; "ARM will first try to match
 * the property case then fallback to any case": github.com/Azure/PSRule.Rules.Azure/issues/794), so a
 * rule never passes or fails because of a key's case. Two keys of one object naming the same field
 * (`"tier"` and `"Tier"`) are returned as clashes: Learn does not say which one a deployment uses (Bicep
 * refuses such names: github.com/Azure/bicep/pull/11457). Values of other types are returned as they are.
 */
export function respellDeclared(type: string, key: string, value: unknown): { value: unknown; clashes: SpellingClash[] } {
  const fields = TYPES[lowerCased(type)];
  const clashes: SpellingClash[] = [];
  if (!fields) return { value, clashes };
  const spec = fields[key] ?? ENVELOPE[key];
  return { value: respell(value, spec, [], clashes), clashes };
}

/** The lower-cased id of a SubResource `{ id }` of the given (lower-cased) type, or null when it cannot be read or there is none. */
function refKey(v: unknown, type: string): string | null {
  if (!isObj(v) || typeof v.id !== 'string' || !isArmResourceId(v.id) || !isIdOfType(v.id, type)) return null;
  return v.id.toLowerCase();
}

const CONNECTION = 'microsoft.network/connections';
const VWAN_CONNECTION = 'microsoft.network/expressroutegateways/expressrouteconnections';
const VWAN_GATEWAY = 'microsoft.network/expressroutegateways';

/** The vWAN connection's circuit, from the circuit peering it names (`…/expressRouteCircuits/er/peerings/…`), or null. */
function vwanCircuitKey(props: unknown): string | null {
  const peering = refKey(isObj(props) ? props.expressRouteCircuitPeering : undefined, 'microsoft.network/expressroutecircuits/peerings');
  return peering === null ? null : peering.slice(0, peering.indexOf('/peerings/'));
}

/**
 * The connections a row erscan cannot read stands for, with the circuit and gateway each names (see UnreadConnection):
 * a VNet gateway connection or a vWAN connection row, or a vWAN gateway row (its connections are listed in it). None
 * for a row of any other type. `label` names the row in messages.
 */
export function unreadConnectionsOf(row: unknown, type: string, label: string): UnreadConnection[] {
  if (!isObj(row)) return [];
  const props = row.properties;
  const id = typeof row.id === 'string' && isArmResourceId(row.id) ? row.id.toLowerCase() : undefined;
  if (type === CONNECTION) {
    // A row whose type says only "connections" and whose connectionType cannot be read may be an ExpressRoute one.
    const p = isObj(props) ? props : {};
    return [{ label, flavor: 'vnet', circuitKey: refKey(p.peer, 'microsoft.network/expressroutecircuits'), gatewayKey: refKey(p.virtualNetworkGateway1, 'microsoft.network/virtualnetworkgateways') }];
  }
  if (type === VWAN_CONNECTION) {
    const gatewayKey = id !== undefined && isIdOfType(id, VWAN_CONNECTION) ? id.slice(0, id.lastIndexOf('/expressrouteconnections/')) : null;
    return [{ label, flavor: 'vwan', circuitKey: vwanCircuitKey(props), gatewayKey }];
  }
  if (type === VWAN_GATEWAY) {
    const gatewayKey = id !== undefined && isIdOfType(id, VWAN_GATEWAY) ? id : null;
    const list = isObj(props) ? props.expressRouteConnections : undefined;
    // (A gateway with no connection has an empty list; a list that cannot be read may hold any.)
    if (!Array.isArray(list)) return [{ label: `the connections of ${label}`, flavor: 'vwan', circuitKey: null, gatewayKey }];
    return list.map((x, i) => ({ label: `connection ${isObj(x) && typeof x.name === 'string' ? x.name : i} of ${label}`, flavor: 'vwan' as const, circuitKey: vwanCircuitKey(isObj(x) ? x.properties : undefined), gatewayKey }));
  }
  return [];
}

/** How a message names a row that cannot be read: its kind and name, and where it was read (`rows.json, $[5]`, or a live scope). */
export function rowLabel(row: unknown, type: string, where: string): string {
  const name = isObj(row) && typeof row.name === 'string' && row.name !== '' ? ` ${row.name}` : '';
  const kind = type === VWAN_GATEWAY ? 'vWAN gateway' : 'connection';
  return `${kind}${name} (${where})`;
}

export interface ValidatedRows {
  /** The rows that can be read, ready for the inventory builder. */
  raws: RawResource[];
  /** Connections whose rows are left out (see UnreadConnection). */
  unread: UnreadConnection[];
  /** One input error per row left out, naming its first problem (at most `maxErrors`, then one that counts the rest). */
  errors: InputError[];
  /** Rows of types erscan does not read, by type. */
  foreign: Map<string, number>;
  /** Rows left out because of a problem. */
  rejected: number;
}

/**
 * Rows whose nesting is still to be checked (their file was parsed without: src/util/json.ts): each
 * row may nest `levels` levels (itself the first), and `tooDeep` throws the file's error otherwise.
 */
export interface RowNesting {
  levels: number;
  tooDeep: () => never;
}

/**
 * Checks the rows of one file. `at(i)` gives the JSON path of row `i` in the file (`['value', 3]`).
 * Rows with problems are left out; the others are returned for the inventory builder. With
 * `scrubInPlace` (rows nobody else holds), their secrets are replaced in place and the raws say so.
 * With `nesting`, every row's nesting is checked too (checking a row never walks deeper than its
 * known fields); a row too deep makes the whole file an error, as when parsing.
 */
export function validateRows(
  file: string,
  rows: unknown[],
  at: (i: number) => (string | number)[],
  source: SourceRef,
  maxErrors = 5,
  opts: { scrubInPlace?: boolean; nesting?: RowNesting } = {},
): ValidatedRows {
  const out: ValidatedRows = { raws: [], unread: [], errors: [], foreign: new Map(), rejected: 0 };
  const nesting = opts.nesting;
  const checkNesting = (row: unknown): void => {
    if (nesting !== undefined && row !== null && typeof row === 'object' && nestedDeeper(row, nesting.levels)) nesting.tooDeep();
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const c = checkRow(row);
    if (c.kind === 'foreign') {
      checkNesting(row);
      out.foreign.set(c.type, (out.foreign.get(c.type) ?? 0) + 1);
      continue;
    }
    if (c.problems.length === 0) {
      // Secrets scrubbed at read, where the rows are the loader's own (just parsed): in place, no copy;
      // the nesting checked in the same walk.
      if (opts.scrubInPlace) {
        if (nesting === undefined) scrubSecretsInPlace(row);
        else if (!scrubSecretsInPlaceWithin(row, nesting.levels)) nesting.tooDeep();
        out.raws.push({ row: row as Record<string, unknown>, source, scrubbed: true });
      } else {
        checkNesting(row);
        out.raws.push({ row: row as Record<string, unknown>, source });
      }
      continue;
    }
    checkNesting(row);
    out.rejected++;
    // What the connection (or a vWAN gateway's connections) names is then not known in full: never judged without it.
    // (Not a resource of PSRule's expansion of a template: it stands for no deployed connection, and names stand-ins.)
    if (c.kind === 'read' && !c.problems.includes(PSRULE_EXPANSION)) {
      const unread = unreadConnectionsOf(row, c.type, rowLabel(row, c.type, `${displayPath(file)}, ${jsonPath(at(i))}`));
      for (let k = 0; k < unread.length; k++) out.unread.push(unread[k]);
    }
    if (out.rejected > maxErrors) continue;
    const [p, ...others] = c.problems;
    const also = others.length > 0 ? ` (and ${others.length}${others.length >= 19 ? '+' : ''} more problem${others.length === 1 ? '' : 's'} in this row)` : '';
    out.errors.push(new InputError(file, jsonPath([...at(i), ...p.path]), p.expected, `${p.found}; this row is not read${also}`));
  }
  const more = out.rejected - maxErrors;
  if (more > 0) out.errors.push(new InputError(file, jsonPath(at(0).slice(0, -1)), 'rows erscan can read', `${more} more row${more === 1 ? '' : 's'} that cannot be read (${out.rejected} left out in all)`));
  return out;
}

/** The notice for skipped rows of other types (one per file), or undefined when there were none. */
export function foreignNotice(file: string, foreign: Map<string, number>): string | undefined {
  const total = [...foreign.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  const types = [...foreign.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t, n]) => `${n} ${t}`);
  return `${file}: ${total} row${total === 1 ? '' : 's'} of a type erscan does not scan ${total === 1 ? 'was' : 'were'} skipped (${types.slice(0, 5).join(', ')}${types.length > 5 ? ', …' : ''})`;
}
