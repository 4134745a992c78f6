import {
  RESOURCE_TYPES,
  type AnyResource,
  type Circuit,
  type Connection,
  type Gateway,
  type GlobalReachConnection,
  type Inventory,
  type MicrosoftPeeringConfig,
  type Peering,
  type Port,
  type PortLink,
  type SourceRef,
  type Subscription,
} from './model.js';
import { applyExtras } from './extras.js';
import { REDACTED_KEYVAULT, scrubSecrets } from './secrets.js';

/** One ARM-shaped resource as a source read it (Resource Graph row, ARM GET, template, plan). */
export interface RawResource {
  row: Record<string, unknown>;
  source?: SourceRef;
  /** Property paths (relative to the row) that a template could not resolve. */
  unresolved?: string[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined);
function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}
const idOf = (v: unknown): string | undefined => str(obj(v).id);
const lower = (s: string | undefined): string | undefined => s?.toLowerCase();

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
  const m = /^[0-9a-f:.]+\/(\d{1,3})$/i.exec(cidr.trim());
  return m ? Number(m[1]) : undefined;
}

function tagsOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(obj(v))) if (typeof val === 'string') out[k] = val;
  return out;
}

function base(raw: RawResource, id: string, kind: AnyResource['kind'], type: string) {
  const row = raw.row;
  const parsed = parseArmId(id);
  return {
    kind,
    id,
    key: id.toLowerCase(),
    name: str(row.name) ?? parsed.name ?? id,
    type,
    subscriptionId: str(row.subscriptionId) ?? parsed.subscriptionId,
    resourceGroup: str(row.resourceGroup) ?? parsed.resourceGroup,
    tenantId: str(row.tenantId),
    location: str(row.location),
    tags: tagsOf(row.tags),
    ...(raw.source ? { source: raw.source } : {}),
    ...(raw.unresolved && raw.unresolved.length > 0 ? { unresolved: raw.unresolved } : {}),
  };
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

/** The unresolved paths of a child element (`properties.peerings[0].`), relative to the child. */
function childUnresolved(paths: string[] | undefined, prefix: string): string[] | undefined {
  if (!paths || paths.length === 0) return undefined;
  const out = (paths ?? []).filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length));
  return out.length > 0 ? out : undefined;
}

function peeringFrom(raw: RawResource, circuitId: string, circuitName: string, unresolvedPrefix?: string): Peering {
  const row = raw.row;
  const name = str(row.name) ?? str(obj(row.properties).peeringType) ?? 'peering';
  const id = str(row.id) ?? `${circuitId}/peerings/${name}`;
  const p = obj(row.properties);
  const ipv6 = obj(p.ipv6PeeringConfig);
  const sharedKey = p.sharedKey;
  const unresolved = unresolvedPrefix ? childUnresolved(raw.unresolved, unresolvedPrefix) : raw.unresolved;
  const b = base({ ...raw, unresolved }, id, 'peering', RESOURCE_TYPES.peering);
  return {
    ...b,
    name,
    kind: 'peering',
    circuitKey: circuitId.toLowerCase(),
    circuitName,
    peeringType: str(p.peeringType) ?? (/^(AzurePrivatePeering|MicrosoftPeering|AzurePublicPeering)$/i.test(name) ? name : undefined),
    state: str(p.state),
    azureASN: num(p.azureASN),
    peerASN: num(p.peerASN),
    vlanId: num(p.vlanId),
    primaryPeerAddressPrefix: str(p.primaryPeerAddressPrefix),
    secondaryPeerAddressPrefix: str(p.secondaryPeerAddressPrefix),
    primaryPrefixLength: prefixLength(str(p.primaryPeerAddressPrefix)),
    secondaryPrefixLength: prefixLength(str(p.secondaryPeerAddressPrefix)),
    sharedKeyConfigured: sharedKey === undefined ? undefined : typeof sharedKey === 'string' && sharedKey !== '',
    provisioningState: str(p.provisioningState),
    microsoftPeeringConfig: msConfig(p.microsoftPeeringConfig),
    routeFilterId: idOf(p.routeFilter),
    ipv6: isObj(p.ipv6PeeringConfig)
      ? {
          primaryPeerAddressPrefix: str(ipv6.primaryPeerAddressPrefix),
          secondaryPeerAddressPrefix: str(ipv6.secondaryPeerAddressPrefix),
          primaryPrefixLength: prefixLength(str(ipv6.primaryPeerAddressPrefix)),
          secondaryPrefixLength: prefixLength(str(ipv6.secondaryPeerAddressPrefix)),
          state: str(ipv6.state),
          routeFilterId: idOf(ipv6.routeFilter),
          microsoftPeeringConfig: msConfig(ipv6.microsoftPeeringConfig),
        }
      : undefined,
    globalReach: arr(p.connections).map((c, i): GlobalReachConnection => {
      const co = obj(c);
      const cp = obj(co.properties);
      const peer = idOf(cp.peerExpressRouteCircuitPeering);
      return {
        id: str(co.id) ?? `${id}/connections/${str(co.name) ?? i}`,
        name: str(co.name) ?? `connection-${i}`,
        peerCircuitKey: peer ? circuitIdFromPeeringId(peer).toLowerCase() : undefined,
        addressPrefix: str(cp.addressPrefix),
        status: str(cp.circuitConnectionStatus),
      };
    }),
    peeredConnectionCount: arr(p.peeredConnections).length,
    vwanConnectionId: idOf(p.expressRouteConnection),
  };
}

function circuitFrom(raw: RawResource, id: string): Circuit {
  const row = raw.row;
  const p = obj(row.properties);
  const sku = obj(row.sku);
  const spp = obj(p.serviceProviderProperties);
  const b = base(raw, id, 'circuit', RESOURCE_TYPES.circuit);
  const skuName = str(sku.name);
  const [nameTier, nameFamily] = skuName ? skuName.split('_') : [];
  const portId = idOf(p.expressRoutePort);
  const bandwidthGbps = num(p.bandwidthInGbps);
  const bandwidthMbps = num(spp.bandwidthInMbps) ?? (bandwidthGbps !== undefined ? bandwidthGbps * 1000 : undefined);
  return {
    ...b,
    kind: 'circuit',
    skuName,
    tier: str(sku.tier) ?? str(nameTier),
    billingModel: str(sku.family) ?? str(nameFamily),
    serviceProviderName: str(spp.serviceProviderName),
    peeringLocation: str(spp.peeringLocation),
    bandwidthMbps,
    bandwidthGbps,
    isDirect: portId !== undefined,
    portKey: lower(portId),
    serviceProviderProvisioningState: str(p.serviceProviderProvisioningState),
    circuitProvisioningState: str(p.circuitProvisioningState),
    provisioningState: str(p.provisioningState),
    allowClassicOperations: bool(p.allowClassicOperations),
    globalReachEnabled: bool(p.globalReachEnabled),
    enableDirectPortRateLimit: bool(p.enableDirectPortRateLimit),
    authorizations: arr(p.authorizations).map((a, i) => ({
      name: str(obj(a).name) ?? `authorization-${i}`,
      useStatus: str(obj(obj(a).properties).authorizationUseStatus),
    })),
    peerings: arr(p.peerings).map((pr, i) =>
      peeringFrom({ row: obj(pr), source: raw.source, unresolved: raw.unresolved }, id, b.name, `properties.peerings[${i}].`),
    ),
    diagnosticSettingsCount: num(obj(row.erscan).diagnosticSettingsCount),
    connectionKeys: [],
    gatewayKeys: [],
  };
}

function portFrom(raw: RawResource, id: string): Port {
  const row = raw.row;
  const p = obj(row.properties);
  const b = base(raw, id, 'port', RESOURCE_TYPES.port);
  const identity = obj(row.identity);
  return {
    ...b,
    kind: 'port',
    peeringLocation: str(p.peeringLocation),
    bandwidthGbps: num(p.bandwidthInGbps),
    provisionedBandwidthGbps: num(p.provisionedBandwidthInGbps),
    encapsulation: str(p.encapsulation),
    billingType: str(p.billingType),
    provisioningState: str(p.provisioningState),
    diagnosticSettingsCount: num(obj(row.erscan).diagnosticSettingsCount),
    hasIdentity: str(identity.type) !== undefined && str(identity.type)!.toLowerCase() !== 'none',
    links: arr(p.links).map((l, i): PortLink => {
      const lo = obj(l);
      const lp = obj(lo.properties);
      const mc = obj(lp.macSecConfig);
      const name = str(lo.name) ?? `link${i + 1}`;
      const linkId = str(lo.id) ?? `${id}/links/${name}`;
      const ckn = str(mc.cknSecretIdentifier);
      const cak = str(mc.cakSecretIdentifier);
      const inVault = (s: string | undefined) => s === REDACTED_KEYVAULT || (s !== undefined && /\.vault\./i.test(s));
      return {
        ...base({ row: lo, source: raw.source, unresolved: childUnresolved(raw.unresolved, `properties.links[${i}].`) }, linkId, 'link', `${RESOURCE_TYPES.port}/links`),
        subscriptionId: b.subscriptionId,
        resourceGroup: b.resourceGroup,
        tenantId: b.tenantId,
        location: b.location,
        name,
        kind: 'link',
        portKey: b.key,
        portName: b.name,
        adminState: str(lp.adminState),
        connectorType: str(lp.connectorType),
        provisioningState: str(lp.provisioningState),
        macsec: {
          cipher: str(mc.cipher),
          cknSecretConfigured: ckn !== undefined,
          cakSecretConfigured: cak !== undefined,
          secretsInKeyVault: inVault(ckn) && inVault(cak),
          sciState: str(mc.sciState),
        },
      };
    }),
    circuitKeys: arr(p.circuits)
      .map((c) => lower(idOf(c)))
      .filter((k): k is string => k !== undefined),
  };
}

function vnetGatewayFrom(raw: RawResource, id: string): Gateway {
  const row = raw.row;
  const p = obj(row.properties);
  const sku = obj(p.sku);
  const bounds = obj(obj(p.autoScaleConfiguration).bounds);
  const subnet = idOf(obj(obj(arr(p.ipConfigurations)[0]).properties).subnet);
  return {
    ...base(raw, id, 'gateway', RESOURCE_TYPES.vnetGateway),
    kind: 'gateway',
    flavor: 'vnet',
    skuName: str(sku.name),
    skuTier: str(sku.tier),
    minScaleUnits: num(bounds.min),
    maxScaleUnits: num(bounds.max),
    zones: arr(row.zones).filter((z): z is string => typeof z === 'string'),
    networkKey: subnet ? subnet.replace(/\/subnets\/[^/]+$/i, '').toLowerCase() : undefined,
    adminState: str(p.adminState),
    provisioningState: str(p.provisioningState),
    diagnosticSettingsCount: num(obj(row.erscan).diagnosticSettingsCount),
    connectionKeys: [],
    circuitKeys: [],
  };
}

function vwanConnectionFrom(raw: RawResource, id: string, gateway: Gateway | undefined, gatewayId: string): Connection {
  const p = obj(raw.row.properties);
  const peeringId = idOf(p.expressRouteCircuitPeering);
  const circuitId = peeringId ? circuitIdFromPeeringId(peeringId) : undefined;
  const b = base(raw, id, 'connection', RESOURCE_TYPES.vwanConnection);
  return {
    ...b,
    tenantId: b.tenantId ?? gateway?.tenantId,
    location: b.location ?? gateway?.location,
    kind: 'connection',
    flavor: 'vwan',
    gatewayKey: gatewayId.toLowerCase(),
    circuitId,
    circuitKey: lower(circuitId),
    routingWeight: num(p.routingWeight),
    fastPath: bool(p.expressRouteGatewayBypass),
    privateLinkFastPath: bool(p.enablePrivateLinkFastPath),
    enableInternetSecurity: bool(p.enableInternetSecurity),
    usesAuthorization: str(p.authorizationKey) !== undefined,
    provisioningState: str(p.provisioningState),
  };
}

function vwanGatewayFrom(raw: RawResource, id: string): { gateway: Gateway; connections: Connection[] } {
  const row = raw.row;
  const p = obj(row.properties);
  const bounds = obj(obj(p.autoScaleConfiguration).bounds);
  const gateway: Gateway = {
    ...base(raw, id, 'gateway', RESOURCE_TYPES.vwanGateway),
    kind: 'gateway',
    flavor: 'vwan',
    skuName: 'ErGwScale(vWAN)',
    minScaleUnits: num(bounds.min),
    maxScaleUnits: num(bounds.max),
    zones: arr(row.zones).filter((z): z is string => typeof z === 'string'),
    networkKey: lower(idOf(p.virtualHub)),
    provisioningState: str(p.provisioningState),
    diagnosticSettingsCount: num(obj(row.erscan).diagnosticSettingsCount),
    connectionKeys: [],
    circuitKeys: [],
  };
  const connections = arr(p.expressRouteConnections).map((c, i) => {
    const co = obj(c);
    const name = str(co.name) ?? `connection-${i}`;
    return vwanConnectionFrom({ row: co, source: raw.source }, str(co.id) ?? `${id}/expressRouteConnections/${name}`, gateway, id);
  });
  return { gateway, connections };
}

function connectionFrom(raw: RawResource, id: string): Connection {
  const p = obj(raw.row.properties);
  const circuitId = idOf(p.peer);
  return {
    ...base(raw, id, 'connection', RESOURCE_TYPES.connection),
    kind: 'connection',
    flavor: 'vnet',
    gatewayKey: lower(idOf(p.virtualNetworkGateway1)),
    circuitId,
    circuitKey: lower(circuitId),
    routingWeight: num(p.routingWeight),
    fastPath: bool(p.expressRouteGatewayBypass),
    privateLinkFastPath: bool(p.enablePrivateLinkFastPath),
    usesAuthorization: str(p.authorizationKey) !== undefined,
    connectionStatus: str(p.connectionStatus),
    provisioningState: str(p.provisioningState),
  };
}

export interface BuildResult {
  inventory: Inventory;
  /** Notes about rows that were skipped, merged or of an unknown type. */
  notices: string[];
}

/**
 * Normalises raw ARM-shaped resources from any source into the inventory and resolves relations.
 * Duplicate ids (overlapping scopes, the same resource in two files) are merged: the first wins.
 * Runs in time linear in the number of resources.
 */
export function buildInventory(raws: RawResource[], subscriptions: Subscription[] = [], opts: { consume?: boolean } = {}): BuildResult {
  const notices: string[] = [];
  const inv: Inventory = { circuits: [], ports: [], gateways: [], connections: [], subscriptions: [], tenants: [], byKey: new Map() };
  const childPeerings: RawResource[] = [];
  const childVwanConnections: RawResource[] = [];
  const childAuthorizations: RawResource[] = [];
  let unknownTypes = 0;
  let duplicates = 0;

  const add = (r: AnyResource): boolean => {
    if (inv.byKey.has(r.key)) {
      duplicates++;
      return false;
    }
    inv.byKey.set(r.key, r);
    return true;
  };

  for (let i = 0; i < raws.length; i++) {
    const raw0 = raws[i];
    // With `consume`, each row is let go once read, so the parsed input is freed as the inventory grows.
    if (opts.consume) (raws as (RawResource | undefined)[])[i] = undefined;
    const raw: RawResource = { ...raw0, row: scrubSecrets(raw0.row) };
    const id = str(raw.row.id);
    const type = (str(raw.row.type) ?? '').toLowerCase();
    if (!id) {
      unknownTypes++;
      continue;
    }
    switch (type) {
      case 'microsoft.network/expressroutecircuits': {
        const c = circuitFrom(raw, id);
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
      case 'microsoft.network/expressrouteports': {
        const p = portFrom(raw, id);
        applyExtras(p, raw.row);
        if (add(p)) inv.ports.push(p);
        break;
      }
      case 'microsoft.network/virtualnetworkgateways': {
        const gt = str(obj(raw.row.properties).gatewayType);
        if (gt !== undefined && gt.toLowerCase() !== 'expressroute') break; // VPN gateways are out of scope
        const g = vnetGatewayFrom(raw, id);
        applyExtras(g, raw.row);
        if (add(g)) inv.gateways.push(g);
        break;
      }
      case 'microsoft.network/expressroutegateways': {
        const { gateway, connections } = vwanGatewayFrom(raw, id);
        applyExtras(gateway, raw.row);
        if (add(gateway)) {
          inv.gateways.push(gateway);
          for (const c of connections) if (add(c)) inv.connections.push(c);
        }
        break;
      }
      case 'microsoft.network/expressroutegateways/expressrouteconnections':
        childVwanConnections.push(raw);
        break;
      case 'microsoft.network/connections': {
        const ct = str(obj(raw.row.properties).connectionType);
        if (ct !== undefined && ct.toLowerCase() !== 'expressroute') break;
        const c = connectionFrom(raw, id);
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

  for (const raw of childPeerings) {
    const id = str(raw.row.id)!;
    const circuit = circuitByKey(circuitIdFromPeeringId(id).toLowerCase());
    if (!circuit) {
      notices.push(`peering ${id} skipped: its circuit is not in the input`);
      continue;
    }
    const peering = peeringFrom(raw, circuit.id, circuit.name);
    const existing = circuit.peerings.findIndex((p) => p.key === peering.key);
    if (existing >= 0) circuit.peerings[existing] = peering; // the child resource carries the fuller definition
    else circuit.peerings.push(peering);
  }
  for (const raw of childAuthorizations) {
    const id = str(raw.row.id)!;
    const circuit = circuitByKey(id.replace(/\/authorizations\/[^/]+$/i, '').toLowerCase());
    if (circuit) circuit.authorizations.push({ name: str(raw.row.name) ?? parseArmId(id).name ?? 'authorization', useStatus: str(obj(raw.row.properties).authorizationUseStatus) });
  }
  for (const raw of childVwanConnections) {
    const id = str(raw.row.id)!;
    const gatewayId = id.replace(/\/expressRouteConnections\/[^/]+$/i, '');
    const gw = inv.byKey.get(gatewayId.toLowerCase());
    const c = vwanConnectionFrom(raw, id, gw?.kind === 'gateway' ? gw : undefined, gw?.id ?? gatewayId);
    if (add(c)) inv.connections.push(c);
  }
  for (const c of inv.circuits) for (const p of c.peerings) if (!inv.byKey.has(p.key)) inv.byKey.set(p.key, p);
  for (const port of inv.ports) for (const l of port.links) if (!inv.byKey.has(l.key)) inv.byKey.set(l.key, l);

  resolveRelations(inv);
  collectScopes(inv, subscriptions);

  if (duplicates > 0) notices.push(`${duplicates} duplicate resource${duplicates === 1 ? '' : 's'} merged (same id seen more than once)`);
  if (unknownTypes > 0) notices.push(`${unknownTypes} row${unknownTypes === 1 ? '' : 's'} without an id or of a type erscan does not scan were skipped`);
  return { inventory: inv, notices };
}

function pushUnique(list: string[], v: string): void {
  if (!list.includes(v)) list.push(v);
}

function resolveRelations(inv: Inventory): void {
  for (const conn of inv.connections) {
    const circuit = conn.circuitKey ? inv.byKey.get(conn.circuitKey) : undefined;
    const gateway = conn.gatewayKey ? inv.byKey.get(conn.gatewayKey) : undefined;
    if (circuit?.kind === 'circuit') {
      pushUnique(circuit.connectionKeys, conn.key);
      if (conn.gatewayKey) pushUnique(circuit.gatewayKeys, conn.gatewayKey);
    }
    if (gateway?.kind === 'gateway') {
      pushUnique(gateway.connectionKeys, conn.key);
      if (conn.circuitKey) pushUnique(gateway.circuitKeys, conn.circuitKey);
    }
  }
  for (const c of inv.circuits) {
    if (!c.portKey) continue;
    const port = inv.byKey.get(c.portKey);
    if (port?.kind === 'port') pushUnique(port.circuitKeys, c.key);
  }
  for (const port of inv.ports) {
    for (const k of port.circuitKeys) {
      const c = inv.byKey.get(k);
      if (c?.kind === 'circuit' && !c.portKey) {
        c.portKey = port.key;
        c.isDirect = true;
      }
      // Direct circuits carry no serviceProviderProperties: their peering location is the port's.
      if (c?.kind === 'circuit' && !c.peeringLocation && port.peeringLocation) c.peeringLocation = port.peeringLocation;
    }
  }
}

function collectScopes(inv: Inventory, subscriptions: Subscription[]): void {
  const subs = new Map<string, Subscription>();
  for (const s of subscriptions) subs.set(s.subscriptionId.toLowerCase(), { ...s });
  const tenants = new Set<string>();
  const resources: AnyResource[] = [...inv.circuits, ...inv.ports, ...inv.gateways, ...inv.connections];
  for (const r of resources) {
    // Template sources use a placeholder (`{subscription}`) until deployment: not a subscription.
    if (r.subscriptionId && !/^\{.*\}$/.test(r.subscriptionId)) {
      const k = r.subscriptionId.toLowerCase();
      const s = subs.get(k);
      if (!s) subs.set(k, { subscriptionId: r.subscriptionId, tenantId: r.tenantId });
      else if (!s.tenantId && r.tenantId) s.tenantId = r.tenantId;
    }
  }
  // Resources without a tenant id inherit the one their subscription declares.
  for (const r of resources) {
    if (!r.tenantId && r.subscriptionId) {
      const t = subs.get(r.subscriptionId.toLowerCase())?.tenantId;
      if (t) r.tenantId = t;
    }
    if (r.kind === 'circuit') for (const p of r.peerings) p.tenantId ??= r.tenantId;
    if (r.kind === 'port') for (const l of r.links) l.tenantId ??= r.tenantId;
  }
  for (const s of subs.values()) if (s.tenantId) tenants.add(s.tenantId.toLowerCase());
  inv.subscriptions = [...subs.values()].sort((a, b) => a.subscriptionId.localeCompare(b.subscriptionId));
  inv.tenants = [...tenants].sort().map((tenantId) => ({ tenantId }));
  const byId = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  inv.circuits.sort(byId);
  inv.ports.sort(byId);
  inv.gateways.sort(byId);
  inv.connections.sort(byId);
}
