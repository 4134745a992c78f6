/**
 * The analysis contract: what each circuit and gateway needs and carries, computed once per inventory and
 * read by both the rules (src/rules/functions) and the pricing model (src/pricing), so a finding and a
 * FinOps recommendation about the same circuit are derived from the same facts and cannot disagree.
 *
 * Every fact is three-valued: decided true, decided false, or undecided (`null`) with what is undecided and
 * why (a template parameter without a value, a region erscan does not know, a connection outside the
 * scanned scopes). Undecided facts are never turned into a value.
 */
import type { Circuit, Connection, Gateway, Inventory, Port } from '../inventory/model.js';
import type { PeeringLocationInfo, PeeringSite } from '../locations/index.js';
import type { EgressSource, Zone } from '../pricing/model.js';
import type { UsageData } from '../pricing/usage.js';
import type { SourceOutput } from '../sources/types.js';

export type Tier = 'Local' | 'Standard' | 'Premium';
export const TIERS: readonly Tier[] = ['Local', 'Standard', 'Premium'];

/** Declared and measured traffic: the inputs beside the inventory that the analysis reads. */
export interface TrafficInputs {
  /** The usage file (`--usage`): declared egress per circuit, scale units per gateway. */
  usage?: UsageData;
  /** Measured egress per lower-cased circuit id (SourceOutput.metrics). */
  metrics?: SourceOutput['metrics'];
  /** The user asked for measured egress (`--metrics`): it wins over the usage file. */
  preferMetrics?: boolean;
}

export type { EgressSource };

export interface Egress {
  gb: number;
  source: EgressSource;
  metric?: { metric?: string; days?: number };
  /** Declared Global Reach traffic (usage file), GB per month. */
  globalReachGb: number;
}

/**
 * A decision: `true` or `false` when the inventory decides it, `null` when it does not. `reasons` says why
 * it holds, why not, or (for `null`) what is undecided and why.
 */
export interface Decision {
  value: boolean | null;
  reasons: string[];
}

/**
 * Whether a circuit needs the Premium add-on:
 * - `needed`: a visible Premium feature is in use (reasons name it);
 * - `possible`: a feature that may need Premium is configured but not visible in full (Microsoft peering,
 *   which may carry Microsoft 365): no advice to drop Premium, no finding either way;
 * - `undecided`: a fact the answer depends on is unknown (reasons say which and why);
 * - `not-needed`: nothing visible needs it (the private peering's route count is never visible: reports say so).
 */
export interface PremiumNeed {
  verdict: 'needed' | 'possible' | 'undecided' | 'not-needed';
  reasons: string[];
}

export interface GlobalReachLink {
  name: string;
  /** The remote circuit when it is in the inventory. */
  peer?: Circuit;
  peerKey?: string;
  /** The peer's id as written (`peerKey` is lower-cased), for messages naming a peer outside the inventory. */
  peerId?: string;
  /** Whether the peer is in another geopolitical region (null: not known). */
  crossGeo: boolean | null;
}

export interface CircuitReach {
  /** Gateways reached through the circuit's connections (those in the inventory). */
  gateways: Gateway[];
  /** Gateways outside the geopolitical region of the circuit's peering location. */
  crossGeo: Gateway[];
  /** Gateways whose geopolitical region (or the circuit's) is not known. */
  undecidedGeo: Gateway[];
  /** Gateways outside the Local Azure regions of the peering location (all of them where Local is not offered). */
  outsideLocal: Gateway[];
  /** Gateways whose region is not known (so Local reach cannot be decided). */
  unknownRegion: Gateway[];
  /** Global Reach links this circuit initiated. */
  globalReach: GlobalReachLink[];
  /** Global Reach connections initiated by the other side (the count of the circuit's peered connections). */
  peeredGlobalReach: number;
  /**
   * Global Reach links that circuits in the inventory initiated towards this one (a template or plan
   * declares a connection on one side only; Azure lists it on the other as a peered connection), and
   * the circuit's peered connections from other circuits (in the inventory or not: `peer` unset).
   */
  inboundGlobalReach: GlobalReachLink[];
  /** Peer circuits, on either side of a Global Reach link, outside this circuit's geopolitical region. */
  crossGeoGlobalReach: Circuit[];
  /** The geopolitical region of the peering location. */
  geopolitical?: string;
  /** True when a geopolitical region used here is inferred (not in Microsoft's 2024 table). */
  inferredGeo: boolean;
}

export interface CircuitCarries {
  /** Connections (VNet and vWAN) to the circuit that are in the inventory. */
  connections: Connection[];
  /** VNet links: connections to gateways, in the inventory or known by key only. */
  vnetLinks: number;
  /** Global Reach connections, initiated here or by the peer. */
  globalReachLinks: number;
  /**
   * Global Reach connections that only other reads of a live peering list, where its reads disagree on the list (the
   * most its own peering's other reads list beyond the kept read, and the links another circuit's other reads make to
   * it): in no count here, as they may not be there; a link limit they would exceed is undecided (`unknown.globalReach`
   * is set then).
   */
  globalReachOtherReads: number;
  /** VNet links + Global Reach connections: what Microsoft counts against the per-circuit limit. */
  linksUsed: number;
  /** True when the link count is only a lower bound (template partial view, unknown connections). */
  linksLowerBound: boolean;
  microsoftPeering: boolean;
  /** An enabled Azure public peering (deprecated, but it carries traffic to Azure's public services while it exists). */
  publicPeering: boolean;
  redeemedAuthorizations: number;
  /**
   * vWAN ExpressRoute connections that a live circuit's own peerings name (`properties.expressRouteConnection.id`, as
   * ARM reports it) and that are not in the inventory: connections in scopes erscan did not read. Counted in `vnetLinks`.
   */
  vwanConnectionsOutside: number;
  egress: Egress;
  /** Evidence of connections erscan cannot see (traffic without a visible connection, redeemed authorizations, a template's partial view). */
  hidden: string[];
  /** Its connections in the inventory whose deployment is not known (a template condition left open): they may not exist. */
  conditional: Connection[];
  /** The circuit carries nothing: true (idle), false (reasons: what it carries), null (not decidable). */
  idle: Decision;
}

export interface CircuitNeeds {
  premium: PremiumNeed;
  /** Local is not enough (Standard or Premium needed): gateways outside the Local regions, Global Reach. */
  beyondLocal: Decision;
  /** Local would do: offered here, every gateway local, no Global Reach, nothing that may need Premium. */
  localSuffices: Decision;
  /** Whether each tier is enough for what the circuit does: true, false, or null (undecided). */
  sufficient: Record<Tier, boolean | null>;
  /**
   * The tier the circuit must move to because its own tier is not enough (Premium for cross-geopolitical
   * reach or more links than Standard allows, Standard for a Local circuit that reaches beyond its metro);
   * undefined when the current tier is enough or undecided.
   */
  requiredTier?: Tier;
}

export interface LinkLimit {
  /** The limit of the circuit's own tier and bandwidth (undefined when the tier or bandwidth is unknown). */
  current?: number;
  /** The limit a Premium circuit of this bandwidth would have. */
  premium?: number;
  /** Local and Standard circuits: 10. */
  standard: number;
}

export interface CircuitAnalysis {
  circuit: Circuit;
  /** A template resource: a partial view of the estate (src/inventory/facts.ts). */
  template: boolean;
  /** Fields this analysis reads whose value the source could not tell: field → why. */
  unknown: Record<string, string>;
  tier?: string;
  billingModel?: string;
  bandwidthMbps?: number;
  port?: Port;
  /** The peering location as the circuit (or its Direct port) names it. */
  locationName?: string;
  /**
   * How messages print it: `locationName`, or for an ExpressRoute Direct port location the port location with
   * the peering location it maps to, "Equinix-Amsterdam-AM5 (Amsterdam)".
   */
  locationLabel?: string;
  /** Its facts, or undefined when erscan does not know the location. */
  location?: PeeringLocationInfo;
  zone: Zone | null;
  /** The physical sites the circuit lands in: one, or two for an ExpressRoute Metro location. */
  sites: PeeringSite[];
  reach: CircuitReach;
  carries: CircuitCarries;
  linkLimit: LinkLimit;
  needs: CircuitNeeds;
  /** Provider state NotProvisioned or Deprovisioned: billed from creation for nothing. */
  billedForNothing: boolean;
  /**
   * ARM is deleting it: its `provisioningState` (Deleting, Failed, Succeeded, Updating: ProvisioningState, Express Route
   * Circuits - Get, https://learn.microsoft.com/rest/api/expressroute/express-route-circuits/get) is Deleting, read from a
   * live row. Advice that presumes it stays is not given for it (src/pricing/estimate.ts, the cost rules), and no check
   * passes on it as a lasting path (ERS-RED-001).
   */
  beingDeleted: boolean;
  /**
   * The circuit's place in `inventory.circuits`, set when `circuits()` lists it (-1 until then, and for one
   * outside it; a reader then finds the cost through the map instead): where the estimate keeps its cost,
   * so a rule holding only the analysis finds the cost without a map (src/pricing/impact.ts, costOf).
   */
  index: number;
}

export interface GatewayAnalysis {
  gateway: Gateway;
  template: boolean;
  unknown: Record<string, string>;
  /** Circuits serving the gateway that are in the inventory. */
  circuits: Circuit[];
  /** Circuits connected to it that are outside the inventory. */
  circuitsOutside: number;
  /** Its live connections that name no circuit (their rows lack the reference): each serves a circuit not known. */
  circuitsUnnamed: number;
  /** Connections naming it (or that may) whose rows could not be read: each may serve a circuit not known to be its own. */
  circuitsUnread: number;
  connections: number;
  /** Its connections in the inventory whose deployment is not known (a template condition left open): they may not exist. */
  conditional: Connection[];
  /** Distinct peering sites (key → label) of the circuits in the inventory; a Metro circuit adds two. */
  sites: Map<string, string>;
  /** Distinct metros (cities) of those circuits. */
  metros: Set<string>;
  /** The gateway carries nothing: true (no connection), false, null (not decidable from these files). */
  idle: Decision;
}

export interface EstateAnalysis {
  inventory: Inventory;
  traffic?: TrafficInputs;
  circuit(c: Circuit): CircuitAnalysis;
  gateway(g: Gateway): GatewayAnalysis;
  /** Every circuit's analysis in `inventory.circuits` order: the same list at every call (read it, never change it). */
  circuits(): readonly CircuitAnalysis[];
  /** Every gateway's analysis in `inventory.gateways` order: the same list at every call (read it, never change it). */
  gateways(): readonly GatewayAnalysis[];
  /** Things the user should know that belong to no single finding (usage keys that match nothing, traffic through unread scopes). */
  notices: string[];
}
