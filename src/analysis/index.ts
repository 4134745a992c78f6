/**
 * One analysis per circuit and per gateway (src/analysis/model.ts), a pure function of an inventory and its
 * declared or measured traffic, memoised per inventory object: the rules and the pricing model call
 * `analyse(inventory, traffic)` and get the same object back, and each possible world (src/inventory/worlds.ts)
 * is an inventory of its own, so it gets its own analysis.
 *
 * Facts and their Microsoft sources (cited again in the docs of the rules that use them):
 * - A Standard circuit reaches the Azure regions of its peering location's geopolitical region; Premium
 *   reaches every region (expressroute-faqs.md, ms.date 03/31/2026, "What is ExpressRoute premium?";
 *   includes/expressroute-azure-regions-geopolitical-region.md, ms.date 04/05/2024).
 * - Local and Standard circuits allow 10 links; Premium 20–100 by bandwidth; "Global Reach connections count
 *   against the limit of virtual network connections per ExpressRoute Circuit" (includes/expressroute-limits.md,
 *   ms.date 10/09/2023, reproduced in expressroute-faqs.md 03/31/2026).
 * - Microsoft 365 over Microsoft peering needs Premium (expressroute-faqs.md 03/31/2026).
 * - Local reaches only the Local Azure regions of its peering location and has no Global Reach
 *   (expressroute-faqs.md "ExpressRoute Local"; expressroute-locations-providers.md, ms.date 04/28/2026).
 * - ExpressRoute Metro: one circuit with its links in two peering locations of one city (metro.md, ms.date
 *   05/10/2026; expressroute-faqs.md "How is redundancy implemented for private peering?").
 */
import { lookup, type AnyResource, type Circuit, type Connection, type Gateway, type Inventory, type Peering, type Port } from '../inventory/model.js';
import { isTemplateResource, isUnknown, notKnown, unknownReason } from '../inventory/facts.js';
import { labelStandIns } from '../inventory/names.js';
import { cloudOfRegion, isLocalRegion, locationLabel, normaliseName, peeringLocationInfo, regionGeopoliticalInfo, unknownLocationReason, type PeeringLocationInfo } from '../locations/index.js';
import { matchUsage, type CircuitUsage } from '../pricing/usage.js';
import { exactLength } from '../util/lists.js';
import type {
  CircuitAnalysis,
  CircuitCarries,
  CircuitNeeds,
  CircuitReach,
  Decision,
  Egress,
  EstateAnalysis,
  GatewayAnalysis,
  GlobalReachLink,
  LinkLimit,
  PremiumNeed,
  Tier,
  TrafficInputs,
} from './model.js';

export * from './model.js';

/** Local and Standard circuits allow 10 VNet links and Global Reach connections together (includes/expressroute-limits.md). */
export const STANDARD_MAX_LINKS = 10;

/** Premium: links by circuit bandwidth (Mbps → limit), same table; 40 and 100 Gbps (Direct) allow 100. */
const PREMIUM_LINKS: [number, number][] = [
  [50, 20],
  [100, 25],
  [200, 25],
  [500, 40],
  [1000, 50],
  [2000, 60],
  [5000, 75],
  [10000, 100],
];

/** The link limit (VNet links + Global Reach connections) of a tier at a bandwidth; undefined when not known. */
export function linkLimitOf(tier: string | undefined, bandwidthMbps: number | undefined): number | undefined {
  const t = tier?.toLowerCase();
  if (t === 'standard' || t === 'local' || t === 'basic') return STANDARD_MAX_LINKS;
  if (t !== 'premium' || bandwidthMbps === undefined) return undefined;
  let limit = PREMIUM_LINKS[0][1];
  for (const [mbps, links] of PREMIUM_LINKS) if (bandwidthMbps >= mbps) limit = links;
  return limit;
}

const NOT_PROVISIONED = new Set(['notprovisioned', 'deprovisioned']);
// toLocaleString('en-US') builds a number format on every call: one cached format gives the same text
// (made on first use: building it costs some milliseconds, and most scans without traffic never need it).
let enUs: Intl.NumberFormat | undefined;
const gbText = (n: number) => `${(enUs ??= new Intl.NumberFormat('en-US')).format(Math.round(n))} GB`;

/** "`tier` comes from …": the reason a template could not tell a field, for messages. */
export function unknownField(field: string, why: string): string {
  return notKnown(field, why);
}

function normaliseTier(t: string | undefined): string | undefined {
  if (!t) return undefined;
  const l = t.toLowerCase();
  return l === 'local' ? 'Local' : l === 'standard' ? 'Standard' : l === 'premium' ? 'Premium' : l === 'basic' ? 'Basic' : t;
}

function tierOf(c: Circuit): string | undefined {
  return normaliseTier(c.tier ?? c.skuName?.split('_')[0]);
}

/** ARM compares SKU values without case (`meteredData` deploys as MeteredData): so do the analysis and prices. */
export function normaliseModel(m: string | undefined): string | undefined {
  if (!m) return undefined;
  const l = m.toLowerCase();
  return l === 'metereddata' ? 'MeteredData' : l === 'unlimiteddata' ? 'UnlimitedData' : m;
}

function modelOf(c: Circuit, port: Port | undefined): string | undefined {
  if (c.isDirect && port?.billingType) return normaliseModel(port.billingType);
  return normaliseModel(c.billingModel ?? c.skuName?.split('_')[1]);
}

/** Circuit key → the Global Reach links other circuits in the inventory declare towards it. */
export type InboundGlobalReach = Map<string, { from: Circuit; name: string }[]>;

export function globalReachInbound(inv: Inventory): InboundGlobalReach {
  const inbound: InboundGlobalReach = new Map();
  // Index loops on the per-circuit paths of the analysis: it runs once per scan, mostly before the
  // optimising compiler has caught up, and there a for-of allocates an iterator and a result per element.
  for (let i = 0; i < inv.circuits.length; i++) {
    const from = inv.circuits[i];
    for (let j = 0; j < from.peerings.length; j++)
      for (const gr of from.peerings[j].globalReach) {
        if (!gr.peerCircuitKey || gr.peerCircuitKey === from.key) continue;
        const list = inbound.get(gr.peerCircuitKey) ?? [];
        list.push({ from, name: gr.name });
        inbound.set(gr.peerCircuitKey, list);
      }
  }
  return inbound;
}

/**
 * The links other circuits declare towards this one (a template or plan declares a link on one side;
 * Azure lists it on the other as a peered connection), less those to peers this circuit itself links
 * to (one link declared on both sides).
 */
export function inboundLinksOf(c: Circuit, inbound: InboundGlobalReach): { from: Circuit; name: string }[] {
  const list = inbound.get(c.key);
  if (!list) return [];
  const own = new Set<string | undefined>();
  for (let i = 0; i < c.peerings.length; i++) for (const g of c.peerings[i].globalReach) own.add(g.peerCircuitKey);
  return list.filter((l) => !own.has(l.from.key));
}

/** How many distinct keys a list holds: the size of its Set, without building one for the usual zero or one key. */
function distinctCount(keys: string[]): number {
  return keys.length < 2 ? keys.length : new Set(keys).size;
}

/*
 * ARM and the templates spell these values in one case ("MicrosoftPeering", "Disabled", "InUse"): the exact
 * spelling is tested first, so the usual value is not copied to lower case for each peering of each circuit.
 */
const isMicrosoftPeering = (p: Peering) => p.peeringType === 'MicrosoftPeering' || p.peeringType?.toLowerCase() === 'microsoftpeering';
const isDisabled = (p: Peering) => p.state === 'Disabled' || p.state?.toLowerCase() === 'disabled';
const isRedeemed = (a: { useStatus?: string }) => a.useStatus === 'InUse' || a.useStatus?.toLowerCase() === 'inuse';

/** The circuit fields the analysis reads, in the order `unknown` lists them. */
const CIRCUIT_FIELDS = ['tier', 'skuName', 'billingModel', 'bandwidthMbps', 'peeringLocation', 'serviceProviderProvisioningState', 'connectionKeys', 'gatewayKeys', 'globalReachEnabled', 'peerings'];

/**
 * A location's Local regions as messages list them, joined once per location (not once per circuit). Keyed
 * on the location table's own objects, which never change, so the texts cannot go stale.
 */
const regionTexts = new WeakMap<PeeringLocationInfo, { comma: string; slash: string }>();
function localRegionsText(location: PeeringLocationInfo): { comma: string; slash: string } {
  let t = regionTexts.get(location);
  if (!t) regionTexts.set(location, (t = { comma: location.localRegionNames.join(', '), slash: location.localRegionNames.join(' / ') }));
  return t;
}

const where = (g: Gateway) => `${g.name} (${g.location ?? 'unknown region'})`;

class Analyser implements EstateAnalysis {
  readonly notices: string[] = [];
  private readonly circuitCache = new Map<string, CircuitAnalysis>();
  private readonly gatewayCache = new Map<string, GatewayAnalysis>();
  private readonly usage: Map<string, CircuitUsage>;
  private inbound?: InboundGlobalReach;

  constructor(
    readonly inventory: Inventory,
    readonly traffic: TrafficInputs | undefined,
  ) {
    if (traffic?.usage) {
      const m = matchUsage(traffic.usage.circuits, inventory.circuits, 'circuit', traffic.usage.file);
      this.usage = m.byKey;
      this.notices.push(...m.notices);
    } else this.usage = new Map();
    this.notices.push(...unmappedPortNotices(inventory));
  }

  // Made once: the pricing model and the circuit and gateway rules read them by index.
  private circuitList?: CircuitAnalysis[];
  private gatewayList?: GatewayAnalysis[];

  circuits(): readonly CircuitAnalysis[] {
    return (this.circuitList ??= this.inventory.circuits.map((c) => this.circuit(c)));
  }

  gateways(): readonly GatewayAnalysis[] {
    return (this.gatewayList ??= this.inventory.gateways.map((g) => this.gateway(g)));
  }

  circuit(c: Circuit): CircuitAnalysis {
    let a = this.circuitCache.get(c.key);
    if (!a) {
      a = this.analyseCircuit(c);
      this.circuitCache.set(c.key, a);
    }
    return a;
  }

  gateway(g: Gateway): GatewayAnalysis {
    let a = this.gatewayCache.get(g.key);
    if (!a) {
      a = this.analyseGateway(g);
      this.gatewayCache.set(g.key, a);
    }
    return a;
  }

  private egressOf(c: Circuit): Egress {
    const u = this.usage.get(c.key);
    const m = this.traffic?.metrics?.[c.key];
    const globalReachGb = u?.globalReachGbPerMonth ?? 0;
    const fromMetrics = (): Egress => ({ gb: m!.egressGbPerMonth, source: 'metrics', metric: { metric: m!.metric, days: m!.days }, globalReachGb });
    if (m && this.traffic?.preferMetrics) return fromMetrics();
    if (u?.egressGbPerMonth !== undefined) return { gb: u.egressGbPerMonth, source: 'usage', globalReachGb };
    if (m) return fromMetrics();
    return { gb: 0, source: 'none', globalReachGb };
  }

  private locationOf(c: Circuit, port: Port | undefined): { name?: string; info?: PeeringLocationInfo } {
    const name = c.peeringLocation ?? port?.peeringLocation;
    return { name, info: peeringLocationInfo(name, cloudOfRegion(c.location)) };
  }

  private analyseCircuit(c: Circuit): CircuitAnalysis {
    const inv = this.inventory;
    const template = isTemplateResource(c);
    const unknown: Record<string, string> = {};
    if (c.unknown !== undefined)
      for (const f of CIRCUIT_FIELDS) {
        const why = unknownReason(c, f);
        if (why !== undefined) unknown[f] = why;
      }
    const port = lookup(inv, c.portKey, 'port');
    // A Direct circuit's location is its port's: a port location a template leaves open leaves the circuit's open too.
    if (unknown.peeringLocation === undefined && !c.peeringLocation && port) {
      const why = unknownReason(port, 'peeringLocation');
      if (why !== undefined) unknown.peeringLocation = why;
    }
    const tier = unknown.tier || unknown.skuName ? undefined : tierOf(c);
    const billingModel = unknown.billingModel || unknown.skuName ? undefined : modelOf(c, port);
    const bandwidthMbps = unknown.bandwidthMbps ? undefined : c.bandwidthMbps;
    const loc = unknown.peeringLocation ? {} : this.locationOf(c, port);
    const location = loc.info;
    const egress = this.egressOf(c);
    const reach = this.reachOf(c, location);
    const carries = this.carriesOf(c, egress, template, unknown, reach);
    const linkLimit: LinkLimit = { current: linkLimitOf(tier, bandwidthMbps), premium: linkLimitOf('Premium', bandwidthMbps), standard: STANDARD_MAX_LINKS };
    const needs = this.needsOf(c, tier, unknown, location, loc.name, reach, carries);
    const state = (c.serviceProviderProvisioningState ?? '').toLowerCase();
    // Assigned in the order of the fields above (no object spreads: one analysis per circuit).
    const a = { circuit: c, template, unknown } as CircuitAnalysis;
    if (tier) a.tier = tier;
    if (billingModel) a.billingModel = billingModel;
    if (bandwidthMbps !== undefined) a.bandwidthMbps = bandwidthMbps;
    if (port) a.port = port;
    if (loc.name) {
      a.locationName = loc.name;
      a.locationLabel = location?.label ?? loc.name;
    }
    if (location) a.location = location;
    a.zone = location?.zone ?? null;
    a.sites = location?.sites ?? (loc.name ? [{ key: normaliseName(loc.name), label: loc.name }] : []);
    a.reach = reach;
    a.carries = carries;
    a.linkLimit = linkLimit;
    a.needs = needs;
    a.billedForNothing = !unknown.serviceProviderProvisioningState && NOT_PROVISIONED.has(state);
    if (carries.idle.value === false && carries.connections.length === 0 && c.connectionKeys.length === 0 && egress.gb > 0 && !template) {
      this.notices.push(`${c.name} is not idle: it carries ${gbText(egress.gb)}/month (${egress.source === 'usage' ? 'usage file' : 'Azure Monitor'}), but no connection to it is in the scanned scopes: its connection is outside them (another tenant's or subscription's gateway, through an authorization for example)`);
    }
    return a;
  }

  private reachOf(c: Circuit, location: PeeringLocationInfo | undefined): CircuitReach {
    const inv = this.inventory;
    const geo = location?.geopolitical;
    let inferredGeo = location?.geopoliticalInferred === true;
    const gateways: Gateway[] = [];
    for (let i = 0; i < c.gatewayKeys.length; i++) {
      const g = lookup(inv, c.gatewayKeys[i], 'gateway');
      if (g) gateways.push(g);
    }
    const crossGeo: Gateway[] = [];
    const undecidedGeo: Gateway[] = [];
    const outsideLocal: Gateway[] = [];
    const unknownRegion: Gateway[] = [];
    for (let i = 0; i < gateways.length; i++) {
      const g = gateways[i];
      if (!g.location || isUnknown(g, 'location')) {
        unknownRegion.push(g);
        undecidedGeo.push(g);
        continue;
      }
      const gi = regionGeopoliticalInfo(g.location);
      if (!geo || !gi) undecidedGeo.push(g);
      else if (gi.geopolitical !== geo) {
        crossGeo.push(g);
        inferredGeo ||= gi.inferred;
      }
      if (location && !isLocalRegion(location, g.location)) outsideLocal.push(g);
    }
    const globalReach: GlobalReachLink[] = [];
    const crossGeoGlobalReach: Circuit[] = [];
    let peeredGlobalReach = 0;
    for (let i = 0; i < c.peerings.length; i++) {
      const p = c.peerings[i];
      peeredGlobalReach += p.peeredConnectionCount;
      for (const gr of p.globalReach) globalReach.push(this.linkTo(geo, gr.name, lookup(inv, gr.peerCircuitKey, 'circuit'), gr.peerCircuitKey));
    }
    this.inbound ??= globalReachInbound(inv);
    const inboundGlobalReach: GlobalReachLink[] = [];
    for (const l of inboundLinksOf(c, this.inbound)) inboundGlobalReach.push(this.linkTo(geo, l.name, l.from, l.from.key));
    // Peers on either side of a link, outbound first (the order messages name them in).
    for (const l of globalReach) if (l.crossGeo === true && l.peer) crossGeoGlobalReach.push(l.peer);
    for (const l of inboundGlobalReach) if (l.crossGeo === true && l.peer) crossGeoGlobalReach.push(l.peer);
    // Keys in the order of CircuitReach, `geopolitical` only when known.
    const reach = {
      gateways: exactLength(gateways),
      crossGeo: exactLength(crossGeo),
      undecidedGeo: exactLength(undecidedGeo),
      outsideLocal: exactLength(outsideLocal),
      unknownRegion: exactLength(unknownRegion),
      globalReach: exactLength(globalReach),
      peeredGlobalReach,
      inboundGlobalReach: exactLength(inboundGlobalReach),
      crossGeoGlobalReach: exactLength(crossGeoGlobalReach),
    } as CircuitReach;
    if (geo) reach.geopolitical = geo;
    reach.inferredGeo = inferredGeo;
    return reach;
  }

  /** A Global Reach link of a circuit in geopolitical region `geo` (a method, not a closure per circuit). */
  private linkTo(geo: string | undefined, name: string, peer: Circuit | undefined, peerKey: string | undefined): GlobalReachLink {
    const peerLoc = peer ? peeringLocationInfo(peer.peeringLocation ?? lookup(this.inventory, peer.portKey, 'port')?.peeringLocation, cloudOfRegion(peer.location)) : undefined;
    const crossGeo = geo && peerLoc?.geopolitical ? peerLoc.geopolitical !== geo : null;
    // Keys in the order { name, peer?, peerKey?, crossGeo }, assigned without spreads.
    const link = { name } as GlobalReachLink;
    if (peer) link.peer = peer;
    if (peerKey) link.peerKey = peerKey;
    link.crossGeo = crossGeo;
    return link;
  }

  private carriesOf(c: Circuit, egress: Egress, template: boolean, unknown: Record<string, string>, reach: CircuitReach): CircuitCarries {
    const inv = this.inventory;
    const connections: Connection[] = [];
    for (let i = 0; i < c.connectionKeys.length; i++) {
      const x = lookup(inv, c.connectionKeys[i], 'connection');
      if (x) connections.push(x);
    }
    const vnetLinks = distinctCount(c.connectionKeys);
    // Links initiated by the other side: Azure lists them as peered connections; a template or plan
    // declares them only on the other circuit (counted when that circuit is in the inventory).
    const globalReachLinks = reach.globalReach.length + Math.max(reach.peeredGlobalReach, reach.inboundGlobalReach.length);
    const microsoftPeering = c.peerings.some((p) => isMicrosoftPeering(p) && !isDisabled(p));
    let redeemedAuthorizations = 0;
    for (let i = 0; i < c.authorizations.length; i++) if (isRedeemed(c.authorizations[i])) redeemedAuthorizations++;
    const hidden: string[] = [];
    if (redeemedAuthorizations > 0) hidden.push(`${redeemedAuthorizations} redeemed authorization(s): connections in scopes erscan did not read may use the circuit`);
    if (vnetLinks === 0 && egress.gb > 0 && !template)
      hidden.push(`it carries ${gbText(egress.gb)}/month (${egress.source === 'usage' ? 'usage file' : 'Azure Monitor'}) with no connection in the scanned scopes: its connection is outside them`);
    if (template) hidden.push('not decidable from these files: other deployments may connect it to more gateways or circuits');
    if (unknown.connectionKeys) hidden.push(unknownField('connectionKeys', unknown.connectionKeys));
    const linksLowerBound = template || unknown.connectionKeys !== undefined || unknown.peerings !== undefined;

    const carried: string[] = [];
    if (vnetLinks > 0) carried.push(`${vnetLinks} connection(s)`);
    if (redeemedAuthorizations > 0) carried.push(`${redeemedAuthorizations} redeemed authorization(s) (a connection in a scope erscan did not read)`);
    if (microsoftPeering) carried.push('an enabled Microsoft peering');
    if (globalReachLinks > 0) carried.push(`${globalReachLinks} Global Reach connection(s)`);
    if (egress.gb > 0) carried.push(`${gbText(egress.gb)}/month of egress (${egress.source === 'usage' ? 'usage file' : 'Azure Monitor'})${vnetLinks === 0 ? '; its connection is outside the scanned scopes' : ''}`);
    let idle: Decision;
    if (carried.length > 0) idle = { value: false, reasons: exactLength(carried) };
    else if (template) idle = { value: null, reasons: ['no connection, Microsoft peering or Global Reach in these files: not decidable from these files (other deployments may connect it)'] };
    else if (unknown.connectionKeys || unknown.peerings) idle = { value: null, reasons: [unknownField(unknown.connectionKeys ? 'connectionKeys' : 'peerings', unknown.connectionKeys ?? unknown.peerings)] };
    else
      idle = {
        value: true,
        reasons: [c.peerings.length === 0 ? 'no peerings and no connections' : `${c.peerings.length} peering(s) but no connections, no redeemed authorization, no Microsoft peering, no Global Reach and no declared or measured egress`],
      };
    return { connections: exactLength(connections), vnetLinks, globalReachLinks, linksUsed: vnetLinks + globalReachLinks, linksLowerBound, microsoftPeering, redeemedAuthorizations, egress, hidden: exactLength(hidden), idle };
  }

  /** Why a circuit's peering location cannot be placed: never "(not set)" for one that is only not in the inventory. */
  private locationMissing(c: Circuit, locationName: string | undefined): string {
    if (locationName) return unknownLocationReason(locationName, c.isDirect === true, cloudOfRegion(c.location));
    if (c.isDirect && c.portKey && !lookup(this.inventory, c.portKey, 'port'))
      return `its peering location is that of ExpressRoute Direct port ${labelStandIns(c.portKey.slice(c.portKey.lastIndexOf('/') + 1))}, which is not in the inventory`;
    return 'the circuit has no peering location';
  }

  private needsOf(c: Circuit, tier: string | undefined, unknown: Record<string, string>, location: PeeringLocationInfo | undefined, locationName: string | undefined, reach: CircuitReach, carries: CircuitCarries): CircuitNeeds {
    // Premium
    const needed: string[] = [];
    const possible: string[] = [];
    const undecided: string[] = [];
    const geo = reach.geopolitical;
    if (unknown.peeringLocation) undecided.push(unknownField('peeringLocation', unknown.peeringLocation));
    else if (!location) undecided.push(this.locationMissing(c, locationName));
    else if (!geo) undecided.push(`the geopolitical region of ${location.label} is not known`);
    if (reach.crossGeo.length) needed.push(`connected to gateway(s) ${reach.crossGeo.map(where).join(', ')} outside ${geo}`);
    if (reach.crossGeoGlobalReach.length) needed.push(`Global Reach to ${reach.crossGeoGlobalReach.map((p) => `${p.name} (${p.peeringLocation ? locationLabel(p.peeringLocation, cloudOfRegion(p.location)) : '?'})`).join(', ')} outside ${geo}`);
    if (carries.linksUsed > STANDARD_MAX_LINKS)
      needed.push(`${carries.vnetLinks} VNet link(s) and ${carries.globalReachLinks} Global Reach connection(s) make ${carries.linksUsed}, more than the ${STANDARD_MAX_LINKS} Local and Standard allow`);
    if (carries.microsoftPeering || c.peerings.some(isMicrosoftPeering)) possible.push('Microsoft peering is configured (Microsoft 365 over ExpressRoute needs Premium)');
    for (let i = 0; i < reach.undecidedGeo.length; i++) {
      const g = reach.undecidedGeo[i];
      undecided.push(g.location && !isUnknown(g, 'location') ? `the geopolitical region of gateway ${where(g)} is not known` : `the region of gateway ${g.name} is not known${unknownReason(g, 'location') ? ` (${unknownReason(g, 'location')})` : ''}`);
    }
    for (let i = 0; i < reach.globalReach.length; i++) {
      const l = reach.globalReach[i];
      if (l.crossGeo === null) undecided.push(l.peer ? `the geopolitical region of Global Reach peer ${l.peer.name} is not known` : `Global Reach peer ${l.peerKey ? `circuit ${labelStandIns(l.peerKey.slice(l.peerKey.lastIndexOf('/') + 1))}` : l.name} is not in the inventory`);
    }
    if (c.gatewayKeys.length > reach.gateways.length) undecided.push(`${c.gatewayKeys.length - reach.gateways.length} connected gateway(s) are outside the inventory`);
    for (let i = 0; i < carries.hidden.length; i++) undecided.push(carries.hidden[i]);
    let premium: PremiumNeed;
    if (needed.length) premium = { verdict: 'needed', reasons: exactLength(needed) };
    else if (possible.length) premium = { verdict: 'possible', reasons: exactLength(possible) };
    else if (undecided.length) premium = { verdict: 'undecided', reasons: exactLength(undecided) };
    else
      premium = {
        verdict: 'not-needed',
        reasons: [
          reach.gateways.length > 0
            ? `all ${reach.gateways.length} connected gateway(s) are in ${geo}, ${carries.linksUsed} link(s) (VNet and Global Reach), no Microsoft peering, no cross-region Global Reach`
            : 'no connection, Microsoft peering or Global Reach needs it',
        ],
      };

    // Local is not enough
    const beyond: string[] = [];
    const beyondUndecided: string[] = [];
    if (location && location.localRegions.length === 0) beyond.push(`ExpressRoute Local is not offered at ${location.label}`);
    else if (location) {
      const outside = reach.outsideLocal;
      if (outside.length) beyond.push(`connected to gateway(s) ${outside.map(where).join(', ')} outside the Local region(s) of ${location.label}: ${localRegionsText(location).comma}`);
    } else if (reach.gateways.length > 0) beyondUndecided.push(unknown.peeringLocation ? unknownField('peeringLocation', unknown.peeringLocation) : this.locationMissing(c, locationName));
    if (carries.globalReachLinks > 0) beyond.push('Global Reach configured (Local has none)');
    else if (c.globalReachEnabled === true) beyond.push('Global Reach enabled (Local has none)');
    for (let i = 0; i < reach.unknownRegion.length; i++) beyondUndecided.push(`the region of gateway ${reach.unknownRegion[i].name} is not known`);
    if (unknown.globalReachEnabled) beyondUndecided.push(unknownField('globalReachEnabled', unknown.globalReachEnabled));
    const beyondLocal: Decision = beyond.length ? { value: true, reasons: exactLength(beyond) } : beyondUndecided.length ? { value: null, reasons: exactLength(beyondUndecided) } : { value: false, reasons: ['every connected gateway is in a Local region and there is no Global Reach'] };

    // Local would do
    let localSuffices: Decision;
    if (beyondLocal.value === true) localSuffices = { value: false, reasons: beyondLocal.reasons };
    else if (premium.verdict === 'needed') localSuffices = { value: false, reasons: premium.reasons };
    else if (!location) localSuffices = { value: null, reasons: beyondLocal.value === null ? beyondLocal.reasons : [this.locationMissing(c, locationName)] };
    else if (reach.gateways.length === 0) localSuffices = { value: null, reasons: [`no connected gateway in the inventory, so erscan cannot tell whether all traffic stays in ${localRegionsText(location).slash}`] };
    else if (beyondLocal.value === null) localSuffices = { value: null, reasons: beyondLocal.reasons };
    else if (premium.verdict === 'possible') localSuffices = { value: null, reasons: premium.reasons };
    else if (carries.hidden.length || c.gatewayKeys.length > reach.gateways.length)
      localSuffices = { value: null, reasons: [...carries.hidden, ...(c.gatewayKeys.length > reach.gateways.length ? ['connected gateways outside the inventory'] : [])] };
    else localSuffices = { value: true, reasons: [`all ${reach.gateways.length} connected gateway(s) are in ${localRegionsText(location).slash}, the Local region(s) of ${location.label}`] };

    const standard = premium.verdict === 'needed' ? false : premium.verdict === 'not-needed' ? true : null;
    const sufficient: Record<Tier, boolean | null> = {
      // Premium is the superset: it reaches every region and allows the most links.
      Premium: true,
      Standard: standard,
      Local: localSuffices.value,
    };
    // A Local circuit that reaches beyond its metro and a Standard circuit that needs Premium must change tier.
    let requiredTier: Tier | undefined;
    if (tier === 'Standard' && standard === false) requiredTier = 'Premium';
    else if (tier === 'Local' && (beyondLocal.value === true || standard === false)) requiredTier = standard === false ? 'Premium' : 'Standard';
    return requiredTier ? { premium, beyondLocal, localSuffices, sufficient, requiredTier } : { premium, beyondLocal, localSuffices, sufficient };
  }

  private analyseGateway(g: Gateway): GatewayAnalysis {
    const inv = this.inventory;
    const template = isTemplateResource(g);
    const unknown: Record<string, string> = {};
    for (const f of ['skuName', 'location', 'connectionKeys', 'circuitKeys', 'minScaleUnits', 'maxScaleUnits']) {
      const why = unknownReason(g, f);
      if (why !== undefined) unknown[f] = why;
    }
    const circuits: Circuit[] = [];
    let circuitsOutside = 0;
    for (let i = 0; i < g.circuitKeys.length; i++) {
      const c = lookup(inv, g.circuitKeys[i], 'circuit');
      if (c) circuits.push(c);
      else circuitsOutside++;
    }
    const sites = new Map<string, string>();
    const metros = new Set<string>();
    for (let i = 0; i < circuits.length; i++) {
      const a = this.circuit(circuits[i]);
      for (let j = 0; j < a.sites.length; j++) {
        const s = a.sites[j];
        if (!sites.has(s.key)) sites.set(s.key, s.label);
      }
      const metro = a.location?.metro ?? a.locationName?.replace(/\s+Metro$/i, '').replace(/\s*\d+$/, '');
      if (metro) metros.add(metro.toLowerCase());
    }
    const connections = distinctCount(g.connectionKeys);
    let idle: Decision;
    if (connections > 0) idle = { value: false, reasons: [`${connections} connection(s)`] };
    else if (template) idle = { value: null, reasons: ['no connection to it in these files: not decidable from these files (other deployments may connect it)'] };
    else if (unknown.connectionKeys) idle = { value: null, reasons: [unknownField('connectionKeys', unknown.connectionKeys)] };
    else idle = { value: true, reasons: ['no connection uses this gateway'] };
    return { gateway: g, template, unknown, circuits: exactLength(circuits), circuitsOutside, connections, sites, metros, idle };
  }
}

/**
 * One notice per ExpressRoute Direct port whose location erscan cannot place (a port location name it does
 * not map, or maps to no single peering location): its circuits have no zone, geography or Local regions, and
 * are not priced. A location a template leaves open is said where it is used, not here.
 */
function unmappedPortNotices(inv: Inventory): string[] {
  const out: string[] = [];
  for (const p of inv.ports) {
    if (!p.peeringLocation || isUnknown(p, 'peeringLocation')) continue;
    const cloud = cloudOfRegion(p.location);
    if (peeringLocationInfo(p.peeringLocation, cloud)) continue;
    const n = p.circuitKeys.length;
    out.push(`ExpressRoute Direct port ${labelStandIns(p.name)}: ${unknownLocationReason(p.peeringLocation, true, cloud)}; ${n ? `the port and its ${n} circuit(s) are` : 'the port is'} not priced, and ${n ? 'their' : 'its'} zone, geopolitical region and Local regions are not known (no location is guessed)`);
  }
  return out;
}

const NO_TRAFFIC: TrafficInputs = {};
const cache = new WeakMap<Inventory, WeakMap<TrafficInputs, EstateAnalysis>>();

/**
 * The analysis of an inventory with its declared or measured traffic. Memoised per inventory object and
 * traffic object: calling it again (from another rule, or from the pricing model) returns the same analysis.
 */
export function analyse(inventory: Inventory, traffic?: TrafficInputs): EstateAnalysis {
  const t = traffic ?? NO_TRAFFIC;
  let byTraffic = cache.get(inventory);
  if (!byTraffic) cache.set(inventory, (byTraffic = new WeakMap()));
  let a = byTraffic.get(t);
  if (!a) {
    a = new Analyser(inventory, traffic);
    byTraffic.set(t, a);
    // Circuit notices (traffic through unread scopes) are collected as circuits are analysed: do them all now.
    (a as Analyser).circuits();
  }
  return a;
}
