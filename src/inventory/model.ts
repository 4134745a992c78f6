import type { PartialFields, PossibleValues, UnknownFields, Variants } from './facts.js';

/**
 * The one inventory model every source produces and every rule, the pricing model and every
 * reporter reads. Field names are normalised (camelCase, no `properties.` prefix) and values that
 * could not be read are `undefined` (never guessed). Secrets are never part of the model: only
 * booleans such as `sharedKeyConfigured` or `usesAuthorization` say whether one exists.
 */

/** Where a resource came from: a live crawl, a snapshot file, or a line in a template. */
export interface SourceRef {
  kind: 'graph' | 'snapshot' | 'arm' | 'terraform' | 'bicep';
  /** The input file, as the user named it (relative paths stay relative). */
  file?: string;
  /**
   * Template sources: the deployment this resource belongs to — one per (template, parameter file)
   * pair, e.g. `infra/main.json` or `infra/main.json with infra/main.prod.parameters.json`.
   */
  deployment?: string;
  /** Template sources: the parameter file that supplied values, when there was one. */
  parameterFile?: string;
  /** 1-based line and column of the resource's declaration (template sources). */
  line?: number;
  column?: number;
}

/** Canonical ARM resource types (as Azure spells them, not as Resource Graph lower-cases them). */
export const RESOURCE_TYPES = {
  circuit: 'Microsoft.Network/expressRouteCircuits',
  peering: 'Microsoft.Network/expressRouteCircuits/peerings',
  port: 'Microsoft.Network/expressRoutePorts',
  vnetGateway: 'Microsoft.Network/virtualNetworkGateways',
  vwanGateway: 'Microsoft.Network/expressRouteGateways',
  connection: 'Microsoft.Network/connections',
  vwanConnection: 'Microsoft.Network/expressRouteGateways/expressRouteConnections',
} as const;

/**
 * The connection types Azure allows (the `VirtualNetworkGatewayConnectionType` enum of the REST API spec,
 * Azure/azure-rest-api-specs specification/network/resource-manager/Microsoft.Network/stable/…/virtualNetworkGateway.json):
 * ExpressRoute, and the VPN types erscan does not scan. A `connectionType` that is none of them (any case)
 * is not known to be either.
 */
export const CONNECTION_TYPES = ['ExpressRoute', 'IPsec', 'Vnet2Vnet', 'VPNClient'] as const;

/** True for a connection type Azure allows other than ExpressRoute (an IPsec, VNet-to-VNet or VPN client connection). */
export function isOtherConnectionType(v: string): boolean {
  const t = v.toLowerCase();
  return t !== 'expressroute' && CONNECTION_TYPES.some((c) => c.toLowerCase() === t);
}

/** True for a `connectionType` text that is none of the types Azure allows (any case). */
export function isUnknownConnectionType(v: string): boolean {
  const t = v.toLowerCase();
  return !CONNECTION_TYPES.some((c) => c.toLowerCase() === t);
}

/**
 * The VNet gateway types Azure allows (the `VirtualNetworkGatewayType` enum of the REST API spec,
 * Azure/azure-rest-api-specs specification/network/resource-manager/Microsoft.Network/stable/2025-07-01/virtualNetworkGateway.json,
 * `VirtualNetworkGatewayPropertiesFormat.gatewayType`): ExpressRoute, and the types erscan does not scan. A `gatewayType`
 * that is none of them (any case) is not known to be either.
 */
export const GATEWAY_TYPES = ['Vpn', 'ExpressRoute', 'LocalGateway'] as const;

/** True for a gateway type Azure allows other than ExpressRoute (a VPN or a local gateway). */
export function isOtherGatewayType(v: string): boolean {
  const t = v.toLowerCase();
  return t !== 'expressroute' && GATEWAY_TYPES.some((g) => g.toLowerCase() === t);
}

/** True for a `gatewayType` text that is none of the types Azure allows (any case). */
export function isUnknownGatewayType(v: string): boolean {
  const t = v.toLowerCase();
  return !GATEWAY_TYPES.some((g) => g.toLowerCase() === t);
}

/**
 * How the reason a circuit's connections are not known begins when connection `name` reaches it through a VNet gateway
 * whose gatewayType is none Azure allows (src/inventory/build.ts, markMistypedGateways): the analysis finds such reasons
 * by it, as that connection's own text says them.
 */
export function throughMistypedGateway(name: string): string {
  return `connection ${name} names it through gateway `;
}

export type ResourceKind = 'circuit' | 'peering' | 'port' | 'link' | 'gateway' | 'connection';

export interface ResourceBase {
  kind: ResourceKind;
  /** ARM id as Azure spells it. */
  id: string;
  /** Lower-cased id: the join key. */
  key: string;
  name: string;
  /** Canonical ARM type, e.g. `Microsoft.Network/expressRouteCircuits`. */
  type: string;
  subscriptionId?: string;
  resourceGroup?: string;
  tenantId?: string;
  location?: string;
  tags: Record<string, string>;
  source?: SourceRef;
  /**
   * @deprecated Never set: the inventory builder maps the raw paths a template could not resolve to
   * inventory fields in `unknown` (read them with `isUnknown` / `firstUnknown`, src/inventory/facts.ts).
   * Kept so code written against the raw-path list still compiles; it always reads as empty.
   */
  unresolved?: string[];
  /** Inventory fields whose value the source could not tell, with why (src/inventory/facts.ts). */
  unknown?: UnknownFields;
  /** Inventory fields with a small set of possible values (template parameters; src/inventory/facts.ts). */
  possible?: PossibleValues;
  /** The same possible values by combination of the template's choices (src/inventory/facts.ts). */
  variants?: Variants;
  /** List fields that hold only what the scanned files declare (template sources; src/inventory/facts.ts). */
  partial?: PartialFields;
  /**
   * Template sources: `false` when the resource is not deployed (in a world where a condition or a
   * copy count rules it out). Unset means deployed; `unknown.deployed` says when that is not known.
   */
  deployed?: boolean;
}

export interface Authorization {
  name: string;
  useStatus?: string; // Available | InUse
  /**
   * Lower-cased id of the connection that redeemed it (`properties.connectionResourceUri`, read-only: "The reference to
   * the ExpressRoute connection resource using the authorization", ExpressRouteCircuitAuthorization on Learn). A live
   * row may leave it out; an InUse authorization without it may be any connection.
   */
  connectionKey?: string;
}

export interface GlobalReachConnection {
  id: string;
  name: string;
  /** Lower-cased id of the remote circuit (peering suffix stripped). */
  peerCircuitKey?: string;
  /** The remote circuit's id as the peering id writes it (peering suffix stripped), for messages. */
  peerCircuitId?: string;
  addressPrefix?: string;
  status?: string; // Connected | Connecting | Disconnected
}

export interface MicrosoftPeeringConfig {
  advertisedPublicPrefixes: string[];
  advertisedPublicPrefixesState?: string;
  customerASN?: number;
  routingRegistryName?: string;
  advertisedCommunities: string[];
}

export interface Ipv6PeeringConfig {
  primaryPeerAddressPrefix?: string;
  secondaryPeerAddressPrefix?: string;
  primaryPrefixLength?: number;
  secondaryPrefixLength?: number;
  state?: string;
  routeFilterId?: string;
  microsoftPeeringConfig?: MicrosoftPeeringConfig;
}

export interface Peering extends ResourceBase {
  kind: 'peering';
  circuitKey: string;
  circuitName: string;
  peeringType?: string; // AzurePrivatePeering | MicrosoftPeering | AzurePublicPeering
  state?: string; // Enabled | Disabled
  azureASN?: number;
  peerASN?: number;
  vlanId?: number;
  primaryPeerAddressPrefix?: string;
  secondaryPeerAddressPrefix?: string;
  /** Prefix lengths parsed from the CIDRs (undefined when absent or not a CIDR). */
  primaryPrefixLength?: number;
  secondaryPrefixLength?: number;
  /** Whether an MD5 key was configured; the key itself is dropped at load time. */
  sharedKeyConfigured?: boolean;
  provisioningState?: string;
  microsoftPeeringConfig?: MicrosoftPeeringConfig;
  routeFilterId?: string;
  ipv6?: Ipv6PeeringConfig;
  /** Global Reach connections this circuit initiated. */
  globalReach: GlobalReachConnection[];
  /**
   * The lists of Global Reach connections that other live reads of this peering give where they differ from the kept
   * read's (`globalReach` is then unknown: src/inventory/build.ts, markDisagreements). The analysis weighs them too, so
   * no verdict is judged on the kept read's list alone (src/analysis/index.ts).
   */
  globalReachOtherReads?: GlobalReachConnection[][];
  /** Global Reach connections initiated by the other side. */
  peeredConnectionCount: number;
  /**
   * Those connections as ARM lists them (`properties.peeredConnections`): `peerCircuitKey` is the circuit
   * that initiated each (`peerExpressRouteCircuitPeering`), in the inventory or not.
   */
  peeredConnections: GlobalReachConnection[];
  /** vWAN expressRouteConnection id that uses this peering, when ARM reports it. */
  vwanConnectionId?: string;
}

export interface Circuit extends ResourceBase {
  kind: 'circuit';
  skuName?: string;
  /** Local | Standard | Premium | Basic */
  tier?: string;
  /** MeteredData | UnlimitedData */
  billingModel?: string;
  serviceProviderName?: string;
  peeringLocation?: string;
  /** Bandwidth in Mbps: provider bandwidth, or Direct `bandwidthInGbps` × 1000. */
  bandwidthMbps?: number;
  /** ExpressRoute Direct circuit bandwidth in Gbps (Direct circuits only). */
  bandwidthGbps?: number;
  /** True when the circuit sits on an ExpressRoute Direct port. */
  isDirect: boolean;
  portKey?: string;
  /** The ExpressRoute Direct port's id as the circuit writes it (`properties.expressRoutePort.id`), for messages: `portKey` is lower-cased. */
  portId?: string;
  serviceProviderProvisioningState?: string;
  circuitProvisioningState?: string;
  provisioningState?: string;
  allowClassicOperations?: boolean;
  globalReachEnabled?: boolean;
  enableDirectPortRateLimit?: boolean;
  authorizations: Authorization[];
  peerings: Peering[];
  /** Present only when the source carried diagnostic settings data for this circuit. */
  diagnosticSettingsCount?: number;
  /** Resolved: keys of connections (VNet and vWAN) that use this circuit. */
  connectionKeys: string[];
  /** Resolved: keys of gateways reached through those connections. */
  gatewayKeys: string[];
  /**
   * Connections that name this circuit (or may: their reference cannot be read) whose rows could not be read, as messages
   * name them (src/sources/types.ts, UnreadConnection); `connectionKeys` and `gatewayKeys` are then unknown.
   */
  unreadConnections?: string[];
  /**
   * Set on a live circuit whose row lists no peering, or no Azure private peering, while a connection (or a redeemed
   * authorization) uses it, which needs the private peering: the row and the connections contradict each other, and
   * `partial.peerings` says so (src/inventory/build.ts, markPeeringListsConnectionsContradict).
   */
  peeringsContradictConnections?: true;
  /**
   * Where `gatewayKeys` is not known only because a live vWAN gateway does not list its connections, or a live
   * connection names no circuit (src/inventory/build.ts, resolveRelations): the regions (`location`s) of those gateways,
   * the only regions a gateway such a connection adds can be in. Absent when one of them has no known region, or the
   * field is open for another reason too. The analysis (src/analysis) decides what it leaves open.
   */
  openGatewayRegions?: string[];
  /** Metric alert rules whose scopes hold this circuit; present only when the source read them (src/inventory/extras.ts). */
  metricAlertCount?: number;
}

export interface MacsecConfig {
  cipher?: string;
  /** True when the CKN/CAK secret identifiers are set (the identifiers themselves are dropped). */
  cknSecretConfigured: boolean;
  cakSecretConfigured: boolean;
  /** True when both identifiers reference Azure Key Vault secrets. */
  secretsInKeyVault: boolean;
  sciState?: string;
}

export interface PortLink extends ResourceBase {
  kind: 'link';
  portKey: string;
  portName: string;
  adminState?: string; // Enabled | Disabled
  connectorType?: string;
  provisioningState?: string;
  macsec: MacsecConfig;
  /**
   * True on the links of a live port that carries no circuit for sure (ERS-COST-006 asks to delete the
   * port): enabling them would only start the port's billing, so ERS-RED-006 does not ask for it.
   */
  portWithoutCircuits?: boolean;
  /**
   * Fields a template leaves unset that hold their documented default (`adminState`: Disabled, the state
   * Azure gives a link when the port is created): a message says the value is that default.
   */
  defaulted?: Record<string, true>;
}

export interface Port extends ResourceBase {
  kind: 'port';
  peeringLocation?: string;
  bandwidthGbps?: number;
  provisionedBandwidthGbps?: number;
  encapsulation?: string;
  billingType?: string;
  provisioningState?: string;
  /** Present only when the source carried diagnostic settings data for this port. */
  diagnosticSettingsCount?: number;
  hasIdentity: boolean;
  links: PortLink[];
  /** Keys of circuits on this port (from the port, and from circuits pointing at it). */
  circuitKeys: string[];
  /** The ids of the port's `properties.circuits` as written (`circuitKeys` are lower-cased), for messages naming one outside the inventory. */
  circuitIds?: string[];
  /** Metric alert rules whose scopes hold this port; present only when the source read them (src/inventory/extras.ts). */
  metricAlertCount?: number;
}

export interface Gateway extends ResourceBase {
  kind: 'gateway';
  /** `vnet`: a virtual network gateway of type ExpressRoute; `vwan`: a vWAN hub's ExpressRoute gateway. */
  flavor: 'vnet' | 'vwan';
  /**
   * VNet gateways: `ExpressRoute` as declared. Templates may leave it unknown or possibly `Vpn`; such a
   * gateway is scanned only in the worlds where it is an ExpressRoute gateway.
   */
  gatewayType?: string;
  skuName?: string;
  skuTier?: string;
  minScaleUnits?: number;
  maxScaleUnits?: number;
  zones: string[];
  /** Lower-cased VNet id (vnet flavour) or vWAN hub id (vwan flavour). */
  networkKey?: string;
  adminState?: string;
  provisioningState?: string;
  /** Present only when the source carried diagnostic settings data for this gateway. */
  diagnosticSettingsCount?: number;
  /** Resolved: keys of connections that attach this gateway to circuits. */
  connectionKeys: string[];
  /** Resolved: keys of circuits reached through those connections. */
  circuitKeys: string[];
  /**
   * Connections that name this gateway (or may: their reference cannot be read) whose rows could not be read, as messages
   * name them (src/sources/types.ts, UnreadConnection); `connectionKeys` and `circuitKeys` are then unknown.
   */
  unreadConnections?: string[];
  /** Azure Extended Zone the gateway is deployed to (`extendedLocation.name`), when it is in one. */
  extendedLocation?: string;
  /** VNet gateways: accepts traffic from other VNets over ExpressRoute (`allowRemoteVnetTraffic`). */
  allowRemoteVnetTraffic?: boolean;
  /** VNet gateways: accepts traffic from Virtual WAN over ExpressRoute (`allowVirtualWanTraffic`). */
  allowVirtualWanTraffic?: boolean;
  /** vWAN gateways: accepts traffic from non-Virtual WAN networks (`allowNonVirtualWanTraffic`). */
  allowNonVirtualWanTraffic?: boolean;
  /** Maintenance configurations assigned to the gateway; present only when the source read them. */
  maintenanceConfigurationIds?: string[];
  /** The VNet gateway's subnet (GatewaySubnet), from its IP configuration. */
  gatewaySubnetId?: string;
  /** NSG on the GatewaySubnet: an id, `null` when read and none is attached, undefined when not read. */
  gatewaySubnetNsgId?: string | null;
  /** Metric alert rules whose scopes hold this gateway; present only when the source read them. */
  metricAlertCount?: number;
}

export interface Connection extends ResourceBase {
  kind: 'connection';
  flavor: 'vnet' | 'vwan';
  /** VNet connections: `ExpressRoute` as declared (templates may leave it unknown or possibly another type). */
  connectionType?: string;
  gatewayKey?: string;
  /** Circuit id as the connection spells it (it may be outside the inventory). */
  circuitId?: string;
  circuitKey?: string;
  routingWeight?: number;
  fastPath?: boolean;
  privateLinkFastPath?: boolean;
  enableInternetSecurity?: boolean;
  /** True when the connection redeems an authorization key (the key is dropped). */
  usesAuthorization: boolean;
  connectionStatus?: string;
  provisioningState?: string;
  /**
   * The type of the gateway the connection names, where the inputs hold that gateway and it is not an
   * ExpressRoute gateway (`Vpn`): the connection then has no ExpressRoute gateway, and the rules on one say nothing.
   */
  gatewayTypeNamed?: string;
  // (`unknown.gatewayTypeNamed`: the gateway it names has a `gatewayType` none Azure allows, so whether it is an
  // ExpressRoute gateway is not known: the rules on its gateway are undecided.)
  /** Fields a Terraform configuration leaves unset that hold the provider's documented default (see RawResource.defaulted). */
  defaulted?: Record<string, true>;
}

export interface Subscription {
  subscriptionId: string;
  name?: string;
  tenantId?: string;
  state?: string;
}

export interface Tenant {
  tenantId: string;
}

export interface CoverageGap {
  /** The scope that could not be read: a tenant, subscription batch, management group, file or page. */
  scope: string;
  reason: string;
}

export interface Inventory {
  circuits: Circuit[];
  ports: Port[];
  gateways: Gateway[];
  connections: Connection[];
  subscriptions: Subscription[];
  tenants: Tenant[];
  /** Lookup by lower-cased id for every resource, including peerings and port links. */
  byKey: Map<string, AnyResource>;
}

export type AnyResource = Circuit | Peering | Port | PortLink | Gateway | Connection;

/** Resolves a join key to a resource of the wanted kind (undefined when outside the inventory or of another kind). */
export function lookup<K extends AnyResource['kind']>(inv: Inventory, key: string | undefined, kind: K): Extract<AnyResource, { kind: K }> | undefined {
  if (!key) return undefined;
  const r = inv.byKey.get(key);
  return r?.kind === kind ? (r as Extract<AnyResource, { kind: K }>) : undefined;
}

export function allPeerings(inv: Inventory): Peering[] {
  return inv.circuits.flatMap((c) => c.peerings);
}

export function allLinks(inv: Inventory): PortLink[] {
  return inv.ports.flatMap((p) => p.links);
}

export interface InventoryCounts {
  circuits: number;
  peerings: number;
  ports: number;
  gateways: number;
  connections: number;
  subscriptions: number;
  tenants: number;
}

/**
 * A scan (or a report of one) that read nothing: its coverage is incomplete and it counted no resource (every input
 * or scope a gap). What it would cost, and what changed since, are then not known: never $0, never "all removed".
 */
export function readNothing(r: { coverage: { complete: boolean }; counts: InventoryCounts }): boolean {
  const n = r.counts;
  return !r.coverage.complete && n.circuits + n.ports + n.gateways + n.connections === 0;
}

export function countInventory(inv: Inventory): InventoryCounts {
  return {
    circuits: inv.circuits.length,
    peerings: inv.circuits.reduce((n, c) => n + c.peerings.length, 0),
    ports: inv.ports.length,
    gateways: inv.gateways.length,
    connections: inv.connections.length,
    subscriptions: inv.subscriptions.length,
    tenants: inv.tenants.length,
  };
}
