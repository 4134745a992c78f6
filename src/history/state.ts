/**
 * The configuration of each resource as a flat, secret-free list of properties: what `erscan diff`
 * compares and what a JSON report records with `--record-inventory`. Property names follow ARM
 * (`sku.tier`, `macSecConfig.cipher`, `state`), so a change reads as it would in the portal; values
 * come from the normalised inventory (src/inventory/model.ts), where secrets are already gone. A
 * secret is only ever "configured" or "not configured" (src/inventory/secrets.ts): the value is
 * never read, so two different keys compare equal and no value can reach a diff or a report.
 */
import { isSecretProperty, REDACTED, REDACTED_KEYVAULT } from '../inventory/secrets.js';
import type { AnyResource, Circuit, Connection, Gateway, Inventory, Peering, Port, PortLink, ResourceBase } from '../inventory/model.js';

/** One property value: text, a number or a flag (lists are joined, sorted, into text). */
export type StateValue = string | number | boolean;

/** The recorded state of one resource. */
export interface ResourceState {
  /** ARM id as Azure spells it. */
  id: string;
  kind: AnyResource['kind'];
  /** Canonical ARM type. */
  type: string;
  /** Display name (`circuit/peering` for peerings, `port/link` for Direct links, as findings name them). */
  name: string;
  subscriptionId?: string;
  tenantId?: string;
  /** Property name → value; a property the source did not carry is absent. */
  properties: Record<string, StateValue>;
}

export const CONFIGURED = 'configured';
export const NOT_CONFIGURED = 'not configured';
/** A template value erscan could not resolve (src/inventory/facts.ts): compared as such, never guessed. */
export const UNKNOWN_VALUE = 'unknown (not resolved)';

type Props = Record<string, StateValue>;
type Spec<R> = [name: string, field: string, get: (r: R) => unknown];

/** Sorted, comma-separated text for a list; absent when the list is absent. */
function list(xs: readonly unknown[] | undefined): string | undefined {
  if (!xs) return undefined;
  return xs
    .filter((x) => x !== undefined && x !== null && x !== '')
    .map(String)
    .sort()
    .join(', ');
}

const configured = (v: boolean | undefined): string | undefined => (v === undefined ? undefined : v ? CONFIGURED : NOT_CONFIGURED);
/** Lower-cased ids are the inventory's join keys; shown as such (ARM ids compare case-insensitively). */
const ref = (key: string | undefined): string | undefined => key;

function fill<R extends ResourceBase>(r: R, specs: Spec<R>[], out: Props): void {
  for (const [name, field, get] of specs) {
    if (r.unknown && Object.prototype.hasOwnProperty.call(r.unknown, field)) {
      out[name] = UNKNOWN_VALUE;
      continue;
    }
    const possible = r.possible?.[field];
    if (possible) {
      out[name] = `one of ${list(possible.values.map((v) => (v === null ? 'null' : JSON.stringify(v))))}`;
      continue;
    }
    const v = get(r);
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[name] = v;
  }
}

/** Tags, one property each (`tags.owner`); a secret-shaped tag is only "configured". */
function tags(r: ResourceBase, out: Props): void {
  for (const k of Object.keys(r.tags).sort()) {
    const v = r.tags[k];
    out[`tags.${k}`] = isSecretProperty(k) || v === REDACTED || v === REDACTED_KEYVAULT ? CONFIGURED : v;
  }
}

const COMMON: Spec<ResourceBase>[] = [['location', 'location', (r) => r.location]];

const CIRCUIT: Spec<Circuit>[] = [
  ['sku.name', 'skuName', (c) => c.skuName],
  ['sku.tier', 'tier', (c) => c.tier],
  ['sku.family', 'billingModel', (c) => c.billingModel],
  ['serviceProviderName', 'serviceProviderName', (c) => c.serviceProviderName],
  ['peeringLocation', 'peeringLocation', (c) => c.peeringLocation],
  ['bandwidthInMbps', 'bandwidthMbps', (c) => (c.isDirect ? undefined : c.bandwidthMbps)],
  ['bandwidthInGbps', 'bandwidthGbps', (c) => c.bandwidthGbps],
  ['expressRoutePort', 'portKey', (c) => ref(c.portKey)],
  ['serviceProviderProvisioningState', 'serviceProviderProvisioningState', (c) => c.serviceProviderProvisioningState],
  ['circuitProvisioningState', 'circuitProvisioningState', (c) => c.circuitProvisioningState],
  ['provisioningState', 'provisioningState', (c) => c.provisioningState],
  ['allowClassicOperations', 'allowClassicOperations', (c) => c.allowClassicOperations],
  ['globalReachEnabled', 'globalReachEnabled', (c) => c.globalReachEnabled],
  ['enableDirectPortRateLimit', 'enableDirectPortRateLimit', (c) => c.enableDirectPortRateLimit],
  ['authorizations', 'authorizations', (c) => list(c.authorizations.map((a) => (a.useStatus ? `${a.name} (${a.useStatus})` : a.name)))],
  ['diagnosticSettings', 'diagnosticSettingsCount', (c) => c.diagnosticSettingsCount],
  ['metricAlerts', 'metricAlertCount', (c) => c.metricAlertCount],
];

const PEERING: Spec<Peering>[] = [
  ['peeringType', 'peeringType', (p) => p.peeringType],
  ['state', 'state', (p) => p.state],
  ['azureASN', 'azureASN', (p) => p.azureASN],
  ['peerASN', 'peerASN', (p) => p.peerASN],
  ['vlanId', 'vlanId', (p) => p.vlanId],
  ['primaryPeerAddressPrefix', 'primaryPeerAddressPrefix', (p) => p.primaryPeerAddressPrefix],
  ['secondaryPeerAddressPrefix', 'secondaryPeerAddressPrefix', (p) => p.secondaryPeerAddressPrefix],
  ['sharedKey', 'sharedKeyConfigured', (p) => configured(p.sharedKeyConfigured)],
  ['provisioningState', 'provisioningState', (p) => p.provisioningState],
  ['routeFilter', 'routeFilterId', (p) => p.routeFilterId?.toLowerCase()],
  ['microsoftPeeringConfig.advertisedPublicPrefixes', 'microsoftPeeringConfig', (p) => list(p.microsoftPeeringConfig?.advertisedPublicPrefixes)],
  ['microsoftPeeringConfig.advertisedPublicPrefixesState', 'microsoftPeeringConfig', (p) => p.microsoftPeeringConfig?.advertisedPublicPrefixesState],
  ['microsoftPeeringConfig.advertisedCommunities', 'microsoftPeeringConfig', (p) => list(p.microsoftPeeringConfig?.advertisedCommunities)],
  ['microsoftPeeringConfig.customerASN', 'microsoftPeeringConfig', (p) => p.microsoftPeeringConfig?.customerASN],
  ['microsoftPeeringConfig.routingRegistryName', 'microsoftPeeringConfig', (p) => p.microsoftPeeringConfig?.routingRegistryName],
  ['ipv6PeeringConfig', 'ipv6', (p) => configured(p.ipv6 !== undefined)],
  ['ipv6PeeringConfig.state', 'ipv6', (p) => p.ipv6?.state],
  ['ipv6PeeringConfig.primaryPeerAddressPrefix', 'ipv6', (p) => p.ipv6?.primaryPeerAddressPrefix],
  ['ipv6PeeringConfig.secondaryPeerAddressPrefix', 'ipv6', (p) => p.ipv6?.secondaryPeerAddressPrefix],
  ['ipv6PeeringConfig.routeFilter', 'ipv6', (p) => p.ipv6?.routeFilterId?.toLowerCase()],
  ['connections', 'globalReach', (p) => list(p.globalReach.map((g) => `${g.name} → ${g.peerCircuitKey ?? '?'}${g.status ? ` (${g.status})` : ''}`))],
  ['peeredConnections', 'peeredConnectionCount', (p) => p.peeredConnectionCount],
  ['expressRouteConnection', 'vwanConnectionId', (p) => p.vwanConnectionId?.toLowerCase()],
];

const PORT: Spec<Port>[] = [
  ['peeringLocation', 'peeringLocation', (p) => p.peeringLocation],
  ['bandwidthInGbps', 'bandwidthGbps', (p) => p.bandwidthGbps],
  ['provisionedBandwidthInGbps', 'provisionedBandwidthGbps', (p) => p.provisionedBandwidthGbps],
  ['encapsulation', 'encapsulation', (p) => p.encapsulation],
  ['billingType', 'billingType', (p) => p.billingType],
  ['provisioningState', 'provisioningState', (p) => p.provisioningState],
  ['identity', 'hasIdentity', (p) => configured(p.hasIdentity)],
  ['diagnosticSettings', 'diagnosticSettingsCount', (p) => p.diagnosticSettingsCount],
  ['metricAlerts', 'metricAlertCount', (p) => p.metricAlertCount],
];

const LINK: Spec<PortLink>[] = [
  ['adminState', 'adminState', (l) => l.adminState],
  ['connectorType', 'connectorType', (l) => l.connectorType],
  ['provisioningState', 'provisioningState', (l) => l.provisioningState],
  // Whether the link has any MACsec configuration at all: a removed macSecConfig reads "configured → not configured".
  ['macSecConfig', 'macsec', (l) => configured(l.macsec.cipher !== undefined || l.macsec.cknSecretConfigured || l.macsec.cakSecretConfigured)],
  ['macSecConfig.cipher', 'macsec.cipher', (l) => l.macsec.cipher],
  ['macSecConfig.cknSecretIdentifier', 'macsec.cknSecretConfigured', (l) => configured(l.macsec.cknSecretConfigured)],
  ['macSecConfig.cakSecretIdentifier', 'macsec.cakSecretConfigured', (l) => configured(l.macsec.cakSecretConfigured)],
  ['macSecConfig.secretsInKeyVault', 'macsec.secretsInKeyVault', (l) => (l.macsec.cknSecretConfigured || l.macsec.cakSecretConfigured ? l.macsec.secretsInKeyVault : undefined)],
  ['macSecConfig.sciState', 'macsec.sciState', (l) => l.macsec.sciState],
];

const GATEWAY: Spec<Gateway>[] = [
  ['sku.name', 'skuName', (g) => g.skuName],
  ['sku.tier', 'skuTier', (g) => g.skuTier],
  ['zones', 'zones', (g) => (g.zones.length ? list(g.zones) : undefined)],
  ['autoScaleConfiguration.bounds.min', 'minScaleUnits', (g) => g.minScaleUnits],
  ['autoScaleConfiguration.bounds.max', 'maxScaleUnits', (g) => g.maxScaleUnits],
  [/* VNet or vWAN hub */ 'network', 'networkKey', (g) => g.networkKey],
  ['adminState', 'adminState', (g) => g.adminState],
  ['provisioningState', 'provisioningState', (g) => g.provisioningState],
  ['diagnosticSettings', 'diagnosticSettingsCount', (g) => g.diagnosticSettingsCount],
  ['metricAlerts', 'metricAlertCount', (g) => g.metricAlertCount],
  ['allowRemoteVnetTraffic', 'allowRemoteVnetTraffic', (g) => g.allowRemoteVnetTraffic],
  ['allowVirtualWanTraffic', 'allowVirtualWanTraffic', (g) => g.allowVirtualWanTraffic],
  ['allowNonVirtualWanTraffic', 'allowNonVirtualWanTraffic', (g) => g.allowNonVirtualWanTraffic],
  ['extendedLocation', 'extendedLocation', (g) => g.extendedLocation],
  ['maintenanceConfigurations', 'maintenanceConfigurationIds', (g) => list(g.maintenanceConfigurationIds?.map((id) => id.toLowerCase()))],
  ['gatewaySubnet', 'gatewaySubnetId', (g) => g.gatewaySubnetId?.toLowerCase()],
  // read and none attached reads "none"; not read (a source without it) is absent
  ['gatewaySubnet.networkSecurityGroup', 'gatewaySubnetNsgId', (g) => (g.gatewaySubnetNsgId === null ? 'none' : g.gatewaySubnetNsgId?.toLowerCase())],
];

/**
 * Properties recorded since version 2 of `recordedInventory` (the rules of issue 18 read them). A report
 * of version 1 did not record them: `erscan diff` against one does not call them changed.
 */
export const RECORDED_SINCE_V2: ReadonlySet<string> = new Set([
  'circuit:metricAlerts',
  'port:metricAlerts',
  ...['metricAlerts', 'allowRemoteVnetTraffic', 'allowVirtualWanTraffic', 'allowNonVirtualWanTraffic', 'extendedLocation', 'maintenanceConfigurations', 'gatewaySubnet', 'gatewaySubnet.networkSecurityGroup'].map((p) => `gateway:${p}`),
]);

/**
 * Properties not every source carries, whose absence says only that the side's source did not read them: what
 * the live crawl reads beside the Resource Graph rows (diagnostic settings, metric alerts, maintenance
 * assignments, the GatewaySubnet's NSG), which exports and ARM responses do not hold and templates hold only where
 * they declare them (diagnostic settings, maintenance assignments), and a
 * connection's runtime `connectionStatus`, which Resource Graph rows may lack. Against a side that has them,
 * `erscan diff` does not call them changed (src/history/diff.ts).
 */
export const NOT_CARRIED_BY_EVERY_SOURCE: ReadonlySet<string> = new Set(['diagnosticSettings', 'metricAlerts', 'maintenanceConfigurations', 'gatewaySubnet.networkSecurityGroup', 'connectionStatus']);

const CONNECTION: Spec<Connection>[] = [
  ['gateway', 'gatewayKey', (c) => c.gatewayKey],
  ['circuit', 'circuitKey', (c) => c.circuitKey],
  ['routingWeight', 'routingWeight', (c) => c.routingWeight],
  ['expressRouteGatewayBypass', 'fastPath', (c) => c.fastPath],
  ['enablePrivateLinkFastPath', 'privateLinkFastPath', (c) => c.privateLinkFastPath],
  ['enableInternetSecurity', 'enableInternetSecurity', (c) => c.enableInternetSecurity],
  ['authorizationKey', 'usesAuthorization', (c) => configured(c.usesAuthorization)],
  ['connectionStatus', 'connectionStatus', (c) => c.connectionStatus],
  ['provisioningState', 'provisioningState', (c) => c.provisioningState],
];

function displayName(r: AnyResource): string {
  if (r.kind === 'peering') return `${r.circuitName}/${r.name}`;
  if (r.kind === 'link') return `${r.portName}/${r.name}`;
  return r.name;
}

/** The recorded state of one resource. */
export function stateOf(r: AnyResource): ResourceState {
  const properties: Props = {};
  fill(r, COMMON, properties);
  switch (r.kind) {
    case 'circuit':
      fill(r, CIRCUIT, properties);
      break;
    case 'peering':
      fill(r, PEERING, properties);
      break;
    case 'port':
      fill(r, PORT, properties);
      break;
    case 'link':
      fill(r, LINK, properties);
      break;
    case 'gateway':
      fill(r, GATEWAY, properties);
      break;
    case 'connection':
      fill(r, CONNECTION, properties);
      break;
  }
  tags(r, properties);
  return {
    id: r.id,
    kind: r.kind,
    type: r.type,
    name: displayName(r),
    ...(r.subscriptionId ? { subscriptionId: r.subscriptionId } : {}),
    ...(r.tenantId ? { tenantId: r.tenantId } : {}),
    properties,
  };
}

/** Every resource of the inventory (circuits, peerings, ports, links, gateways, connections), sorted by lower-cased id. */
export function inventoryStates(inv: Inventory): ResourceState[] {
  const keys = [...inv.byKey.keys()].sort();
  return keys.map((k) => stateOf(inv.byKey.get(k)!));
}
