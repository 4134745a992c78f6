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
import { lookup, throughMistypedGateway, type AnyResource, type Circuit, type Connection, type Gateway, type Inventory, type Peering, type Port } from '../inventory/model.js';
import { isTemplateResource, isUnknown, notKnown, peeringsContradictConnections, reasonText, unknownReason } from '../inventory/facts.js';
import { labelStandIns, nameOfId } from '../inventory/names.js';
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
  eachInboundLink(inv, (to, link) => {
    const list = inbound.get(to) ?? [];
    list.push(link);
    inbound.set(to, list);
  });
  return inbound;
}

/** Each Global Reach link a circuit of the inventory declares towards another (by the other's key), in inventory order. */
function eachInboundLink(inv: Inventory, each: (to: string, link: { from: Circuit; name: string }) => void): void {
  // Index loops on the per-circuit paths of the analysis: it runs once per scan, mostly before the
  // optimising compiler has caught up, and there a for-of allocates an iterator and a result per element.
  for (let i = 0; i < inv.circuits.length; i++) {
    const from = inv.circuits[i];
    for (let j = 0; j < from.peerings.length; j++)
      for (let k = 0; k < from.peerings[j].globalReach.length; k++) {
        const gr = from.peerings[j].globalReach[k];
        if (!gr.peerCircuitKey || gr.peerCircuitKey === from.key) continue;
        each(gr.peerCircuitKey, { from, name: gr.name });
      }
  }
  // A peered connection names the circuit that initiated it: a link of that circuit's too, though its own
  // row may not list it (a trimmed row); withoutOwnLinks drops it where the row does.
  for (let i = 0; i < inv.circuits.length; i++) {
    const to = inv.circuits[i];
    for (let j = 0; j < to.peerings.length; j++)
      for (let k = 0; k < to.peerings[j].peeredConnections.length; k++) {
        const pc = to.peerings[j].peeredConnections[k];
        if (!pc.peerCircuitKey || pc.peerCircuitKey === to.key) continue;
        each(pc.peerCircuitKey, { from: to, name: pc.name });
      }
  }
}

/**
 * The analyser's form of `globalReachInbound`: keyed by the circuit records the links point to (those in the
 * inventory: a key no circuit has is never asked for), so each circuit's links are found by the record
 * instead of by its 140-character key (~40 ms of 100,000 circuits, where every circuit asks).
 */
type InboundByRecord = Map<Circuit, { from: Circuit; name: string }[]>;
function inboundByRecord(inv: Inventory): InboundByRecord {
  const inbound: InboundByRecord = new Map();
  eachInboundLink(inv, (to, link) => {
    const c = lookup(inv, to, 'circuit');
    if (c === undefined) return;
    const list = inbound.get(c);
    if (list) list.push(link);
    else inbound.set(c, [link]);
  });
  return inbound;
}

/**
 * Circuit → the live peerings of other circuits whose kept read does not link to it but another read of theirs does
 * (the reads disagree on the list: `globalReachOtherReads`, src/inventory/build.ts): links that may be there.
 */
type OtherReadLinks = Map<Circuit, { from: Circuit; peering: Peering }[]>;
function otherReadLinks(inv: Inventory): OtherReadLinks {
  const out: OtherReadLinks = new Map();
  for (let i = 0; i < inv.circuits.length; i++) {
    const from = inv.circuits[i];
    if (isTemplateResource(from)) continue;
    for (let j = 0; j < from.peerings.length; j++) {
      const p = from.peerings[j];
      if (p.globalReachOtherReads === undefined) continue;
      for (const list of p.globalReachOtherReads)
        for (const gr of list) {
          if (!gr.peerCircuitKey || gr.peerCircuitKey === from.key || p.globalReach.some((x) => x.peerCircuitKey === gr.peerCircuitKey)) continue;
          const to = lookup(inv, gr.peerCircuitKey, 'circuit');
          if (to === undefined) continue;
          const links = out.get(to);
          if (links === undefined) out.set(to, [{ from, peering: p }]);
          else if (!links.some((l) => l.from === from)) links.push({ from, peering: p });
        }
    }
  }
  return out;
}

/** The most Global Reach connections another read of one of the circuit's live peerings lists beyond its kept read's. */
function otherReadsBeyondKept(c: Circuit): number {
  let n = 0;
  for (let i = 0; i < c.peerings.length; i++) {
    const p = c.peerings[i];
    if (p.globalReachOtherReads === undefined) continue;
    let most = 0;
    for (const list of p.globalReachOtherReads) most = Math.max(most, list.length - p.globalReach.length);
    n += most;
  }
  return n;
}

/**
 * The links other circuits declare towards this one (a template or plan declares a link on one side;
 * Azure lists it on the other as a peered connection), less those to peers this circuit itself links
 * to (one link declared on both sides).
 */
export function inboundLinksOf(c: Circuit, inbound: InboundGlobalReach): { from: Circuit; name: string }[] {
  return withoutOwnLinks(c, inbound.get(c.key));
}

function withoutOwnLinks(c: Circuit, list: { from: Circuit; name: string }[] | undefined): { from: Circuit; name: string }[] {
  if (!list) return [];
  const own = new Set<string | undefined>();
  for (let i = 0; i < c.peerings.length; i++) for (const g of c.peerings[i].globalReach) own.add(g.peerCircuitKey);
  return list.filter((l) => !own.has(l.from.key));
}

/**
 * A circuit's connections through a gateway whose gatewayType is none Azure allows (src/inventory/build.ts,
 * markMistypedGateways): not known to be ExpressRoute connections, so not counted, and their gateway, which the inputs
 * hold, is not "outside the inventory". `typeOpenText` says one as a message names it.
 */
export function typeOpenConnections(a: CircuitAnalysis): Connection[] {
  if (a.unknown.connectionKeys === undefined && a.unknown.gatewayKeys === undefined) return NONE;
  const list = a.carries.connections;
  let out: Connection[] | undefined;
  for (let i = 0; i < list.length; i++) if (isUnknown(list[i], 'gatewayTypeNamed')) out = add(out, list[i]);
  return listOf(out);
}

export function typeOpenText(x: Connection): string {
  return `connection ${labelStandIns(x.name)}, whose ${reasonText(unknownReason(x, 'gatewayTypeNamed')!)}`;
}

/** True when a circuit's reason (`connectionKeys`, `gatewayKeys`) is the one one of these connections gives (typeOpenText says it). */
function saidByTypeOpen(reason: string, open: readonly Connection[]): boolean {
  return open.some((x) => reason.includes(throughMistypedGateway(x.name)));
}

/** How many of a circuit's gateways are outside the inventory (never one the inputs hold with a gatewayType Azure does not allow). */
function gatewaysOutside(a: CircuitAnalysis): number {
  const keys = a.circuit.gatewayKeys;
  let n = keys.length - a.reach.gateways.length;
  if (n <= 0) return n;
  const open = typeOpenConnections(a);
  const seen: string[] = [];
  for (let i = 0; i < open.length; i++) {
    const k = open[i].gatewayKey;
    if (k !== undefined && keys.includes(k) && !seen.includes(k)) {
      seen.push(k);
      n--;
    }
  }
  return n;
}

/** How many distinct keys a list holds: the size of its Set, without building one for the usual zero or one key. */
function distinctCount(keys: string[]): number {
  return keys.length < 2 ? keys.length : new Set(keys).size;
}

/*
 * ARM and the templates spell these values in one case ("MicrosoftPeering", "Disabled", "InUse"): the exact
 * spelling is tested first, so the usual value is not copied to lower case for each peering of each circuit.
 */
const isMicrosoftPeering = (p: Peering) => p.peeringType === 'MicrosoftPeering' || (p.peeringType !== 'AzurePrivatePeering' && p.peeringType?.toLowerCase() === 'microsoftpeering');
const isPublicPeering = (p: Peering) => p.peeringType === 'AzurePublicPeering' || (p.peeringType !== 'AzurePrivatePeering' && p.peeringType?.toLowerCase() === 'azurepublicpeering');
/**
 * The state of one address family of a peering: `enabled`, `disabled`, `open` (the input does not say it: a live row
 * without the field, reads that disagree) or `unset` (no value, and none marked unknown).
 */
export type FamilyState = 'enabled' | 'disabled' | 'open' | 'unset';

/**
 * The states of the address families a peering has, each with its own BGP sessions ("a unique /29 (IPv4) or /125 (IPv6)
 * subnet or two /30 (IPv4) or /126 (IPv6) subnets", expressroute-routing.md) and its own state: the peering's `state` is
 * the IPv4 side's (the Terraform provider sends `ipv4_enabled` as it), `ipv6PeeringConfig.state` the IPv6 side's (REST
 * API `Ipv6ExpressRouteCircuitPeeringConfig.state`, Enabled | Disabled; the portal's "Enable IPv4 Peering" and "Enable
 * IPv6 Peering", evaluate-circuit-resiliency.md). A peering set up over IPv6 only (no IPv4 subnet, an IPv6
 * configuration) has no IPv4 side; `ipv4` is then undefined, as `ipv6` is for a peering without an IPv6 configuration.
 */
export function peeringFamilies(p: Peering): { ipv4?: FamilyState; ipv6?: FamilyState } {
  const v6 = p.ipv6;
  const ipv6Only = v6 !== undefined && p.primaryPeerAddressPrefix === undefined && p.secondaryPeerAddressPrefix === undefined && !isUnknown(p, 'primaryPeerAddressPrefix') && !isUnknown(p, 'secondaryPeerAddressPrefix');
  const ipv4 = ipv6Only ? undefined : familyState(p.state, isUnknown(p, 'state'));
  if (v6 === undefined) return { ipv4 };
  return { ipv4, ipv6: familyState(v6.state, isUnknown(p, 'ipv6.state')) };
}

function familyState(state: string | undefined, open: boolean): FamilyState {
  if (open) return 'open';
  if (state === undefined) return 'unset';
  return state === 'Disabled' || state.toLowerCase() === 'disabled' ? 'disabled' : 'enabled';
}

/**
 * Whether a Microsoft or Azure public peering carries traffic: true where a family it has is not Disabled (a state
 * not given and not marked unknown counts as enabled, as it always has for the IPv4 side), null where none is and one
 * is not known (a live row without `state`, or without `ipv6PeeringConfig.state`): it then makes a circuit neither used
 * nor idle (a template's circuit is undecided on its use anyway); false where every family it has is Disabled.
 */
function sessionsCarry(p: Peering): boolean | null {
  const f = peeringFamilies(p);
  if (f.ipv4 === 'enabled' || f.ipv4 === 'unset' || f.ipv6 === 'enabled' || f.ipv6 === 'unset') return true;
  return f.ipv4 === 'open' || f.ipv6 === 'open' ? null : false;
}

/** A live Microsoft or Azure public peering whose traffic is not known (sessionsCarry null). */
const carriesOpen = (p: Peering) => (isMicrosoftPeering(p) || isPublicPeering(p)) && sessionsCarry(p) === null;

/** The field whose value is not known that leaves an open peering's traffic so (carriesOpen): its IPv4 `state` first. */
const openStateField = (p: Peering) => (peeringFamilies(p).ipv4 === 'open' ? 'state' : 'ipv6.state');
/**
 * The circuit's Azure private peering is known to be Disabled (and it has none enabled): its BGP sessions are down
 * ("Deselect the checkbox next to Enable IPv4 Peering or Enable IPv6 Peering to disconnect the Border Gateway Protocol
 * (BGP) peering", evaluate-circuit-resiliency.md), so none of the connections riding it carry traffic (ERS-BGP-004):
 * ERS-RED-* rules do not count it as a path, ERS-SKU-011 asks no FastPath of them, and ERS-COST-003 and the cost view
 * do not count them as a use (`behindDisabledPeering`).
 */
export function privatePeeringDisabled(c: Circuit): boolean {
  let disabled = false;
  for (const p of c.peerings) {
    if (p.peeringType?.toLowerCase() !== 'azureprivatepeering') continue;
    // Every address family it has (peeringFamilies): an IPv6 side that is Enabled, or whose state is not known, carries
    // (or may carry) the connections' IPv6 traffic.
    const f = peeringFamilies(p);
    if ((f.ipv4 !== undefined && f.ipv4 !== 'disabled') || (f.ipv6 !== undefined && f.ipv6 !== 'disabled')) return false;
    disabled = true;
  }
  return disabled;
}
const isRedeemed = (a: { useStatus?: string }) => a.useStatus === 'InUse' || a.useStatus?.toLowerCase() === 'inuse';

/** The circuit fields the analysis reads, in the order `unknown` lists them. */
const CIRCUIT_FIELDS = ['tier', 'skuName', 'billingModel', 'bandwidthMbps', 'peeringLocation', 'serviceProviderProvisioningState', 'connectionKeys', 'gatewayKeys', 'globalReachEnabled', 'peerings', 'authorizations'];
/** The gateway fields the analysis reads, in the order `unknown` lists them. */
const GATEWAY_FIELDS = ['skuName', 'location', 'connectionKeys', 'circuitKeys', 'minScaleUnits', 'maxScaleUnits'];

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

/*
 * Shared values for what most circuits have none of (no unknown field, no egress, empty lists): one frozen
 * object each instead of a new one per circuit (tens of thousands fewer objects for the garbage collector to
 * copy at 10,000 circuits). Frozen: an analysis is read, never changed, and a change would throw.
 */
const NONE = Object.freeze([]) as unknown as never[];
const NO_UNKNOWN: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_EGRESS: Egress = Object.freeze({ gb: 0, source: 'none', globalReachGb: 0 });

/**
 * `list` with `x` added: a list of one is made at its length (most of the analysis' lists hold one entry),
 * a longer one grows by `push`. For lists that `listOf` then keeps.
 */
function add<T>(list: T[] | undefined, x: T): T[] {
  if (list === undefined) return [x];
  list.push(x);
  return list;
}

/** A list `add` made, kept by the analysis: at its length (src/util/lists.ts), or the shared empty list. */
function listOf<T>(list: T[] | undefined): T[] {
  return list === undefined ? NONE : list.length === 1 ? list : exactLength(list);
}

/** The nine possible `sufficient` records (Standard and Local each true, false or null), shared. */
const SUFFICIENT: Record<Tier, boolean | null>[] = [];
for (const standard of [true, false, null])
  for (const local of [true, false, null]) SUFFICIENT.push(Object.freeze({ Premium: true, Standard: standard, Local: local }));
const threeValued = (v: boolean | null) => (v === true ? 0 : v === false ? 1 : 2);
// Premium is the superset: it reaches every region and allows the most links.
const sufficientFor = (standard: boolean | null, local: boolean | null) => SUFFICIENT[threeValued(standard) * 3 + threeValued(local)];

/** Link limits by tier and bandwidth, shared: an estate has a handful of combinations. */
const linkLimits = new Map<string | undefined, Map<number | undefined, LinkLimit>>();
function linkLimitFor(tier: string | undefined, bandwidthMbps: number | undefined): LinkLimit {
  let byBandwidth = linkLimits.get(tier);
  if (!byBandwidth) linkLimits.set(tier, (byBandwidth = new Map()));
  let l = byBandwidth.get(bandwidthMbps);
  if (!l) byBandwidth.set(bandwidthMbps, (l = Object.freeze({ current: linkLimitOf(tier, bandwidthMbps), premium: linkLimitOf('Premium', bandwidthMbps), standard: STANDARD_MAX_LINKS })));
  return l;
}

/*
 * Reasons worded when read. Every decision is made up front, but its reasons (the texts findings and
 * recommendations quote) are built on first read and kept: most circuits' texts were never read, and
 * building them all was a large share of the analysis' allocations, kept for the whole scan. The texts are
 * built from the finished analysis, which never changes, so they are the words building them up front gave.
 */
abstract class Worded {
  private words?: string[];
  get reasons(): string[] {
    return (this.words ??= this.word());
  }
  protected abstract word(): string[];
}

/** `carries.idle`: whether a circuit carries nothing. */
class CircuitIdle extends Worded implements Decision {
  constructor(
    readonly value: boolean | null,
    private readonly a: CircuitAnalysis,
  ) {
    super();
  }
  protected word(): string[] {
    return idleReasons(this.value, this.a);
  }
}

/** `needs.premium`. */
class PremiumDecision extends Worded implements PremiumNeed {
  constructor(
    readonly verdict: PremiumNeed['verdict'],
    private readonly a: CircuitAnalysis,
  ) {
    super();
  }
  protected word(): string[] {
    return premiumReasons(this.verdict, this.a);
  }
}

/** `needs.beyondLocal`. */
class BeyondLocal extends Worded implements Decision {
  constructor(
    readonly value: boolean | null,
    private readonly a: CircuitAnalysis,
  ) {
    super();
  }
  protected word(): string[] {
    return beyondLocalReasons(this.value, this.a);
  }
}

/** Why Local would do or not (`needs.localSuffices`): which of the checks of `localSufficesOf` decided it. */
const enum LocalBecause {
  BeyondLocal,
  PremiumNeeded,
  NoLocation,
  NoGateway,
  BeyondUndecided,
  PremiumPossible,
  Hidden,
  AllLocal,
}

class LocalSuffices extends Worded implements Decision {
  constructor(
    readonly value: boolean | null,
    private readonly because: LocalBecause,
    private readonly a: CircuitAnalysis,
  ) {
    super();
  }
  protected word(): string[] {
    return localSufficesReasons(this.because, this.a);
  }
}

/** The metro a circuit's peering location is in, lower-cased (`amsterdam` for Amsterdam, Amsterdam2 and Amsterdam Metro), if known. */
export function metroKey(a: CircuitAnalysis): string | undefined {
  return (a.location?.metro ?? a.locationName?.replace(/\s+Metro$/i, '').replace(/\s*\d+$/, ''))?.toLowerCase();
}

/** A gateway's `idle`. */
class GatewayIdle extends Worded implements Decision {
  constructor(
    readonly value: boolean | null,
    private readonly ga: GatewayAnalysis,
  ) {
    super();
  }
  protected word(): string[] {
    const ga = this.ga;
    if (this.value === false) return [`${ga.connections} connection(s)`];
    if (this.value === null && ga.conditional.length > 0) return [conditionalText(ga.conditional)];
    if (this.value === null) return ga.template ? ['no connection to it in these files: not decidable from these files (other deployments may connect it)'] : [unknownField('connectionKeys', ga.unknown.connectionKeys)];
    return ['no connection uses this gateway'];
  }
}

/**
 * Whether an ExpressRoute Direct port carries nothing: `true` when no circuit is on it (it is billed from 45 days
 * after creation whether or not it is used), `false` when one is, `null` when that is not decidable: the circuits
 * on it are not known (`why`), or a template is a partial view (another deployment may create a circuit on it).
 * ERS-COST-006 and the cost view's advice both read it.
 */
export function portIdle(p: Port): { value: boolean | null; why?: string } {
  if (p.circuitKeys.length > 0) return { value: false };
  const why = unknownReason(p, 'circuitKeys');
  if (why !== undefined) return { value: null, why };
  if (isTemplateResource(p)) return { value: null };
  return { value: true };
}

const NO_CONNECTIONS: Connection[] = [];

/** The connections of `keys` in the inventory whose deployment is not known (template conditions left open). */
function conditionalConnections(inv: Inventory, keys: readonly string[]): Connection[] {
  let out: Connection[] | undefined;
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    if (seen.has(keys[i])) continue;
    seen.add(keys[i]);
    const x = lookup(inv, keys[i], 'connection');
    if (x && isUnknown(x, 'deployed')) out = add(out, x);
  }
  return out ?? NO_CONNECTIONS;
}

/** The names of connections that may not be deployed, the first three, for messages. */
export function conditionalNames(conditional: Connection[]): string {
  return conditional.slice(0, 3).map((x) => labelStandIns(x.name)).join(', ') + (conditional.length > 3 ? ', …' : '');
}

/** Why connections that may not be deployed leave a resource's use undecided (names the first three, and why). */
function conditionalText(conditional: Connection[]): string {
  const names = conditionalNames(conditional);
  const why = unknownReason(conditional[0], 'deployed');
  return `its only connection(s) in these files (${names}) may not be deployed${why ? ` (${why})` : ''}: not decidable from these files`;
}

/** What a circuit carries (`CircuitCarries`), with the evidence of hidden connections worded when read. */
class Carries implements CircuitCarries {
  idle!: Decision;
  private hiddenWords?: string[];
  constructor(
    private readonly a: CircuitAnalysis,
    readonly connections: Connection[],
    readonly vnetLinks: number,
    readonly globalReachLinks: number,
    readonly globalReachOtherReads: number,
    readonly linksUsed: number,
    readonly linksLowerBound: boolean,
    readonly microsoftPeering: boolean,
    readonly publicPeering: boolean,
    readonly redeemedAuthorizations: number,
    readonly vwanConnectionsOutside: number,
    readonly egress: Egress,
    /** Whether `hidden` has an entry (decided without wording them). */
    readonly hasHidden: boolean,
    readonly conditional: Connection[],
  ) {}
  get hidden(): string[] {
    return (this.hiddenWords ??= hiddenReasons(this.a));
  }
}

const egressFrom = (e: Egress) => (e.source === 'usage' ? 'usage file' : 'Azure Monitor');

function hiddenReasons(a: CircuitAnalysis): string[] {
  const k = a.carries;
  const hidden: string[] = [];
  if (k.redeemedAuthorizations > 0) hidden.push(`${k.redeemedAuthorizations} redeemed authorization(s): connections in scopes erscan did not read may use the circuit`);
  if (k.vwanConnectionsOutside > 0) hidden.push(vwanOutsideText(k.vwanConnectionsOutside));
  if (k.vnetLinks === 0 && k.egress.gb > 0 && !a.template) hidden.push(`it carries ${gbText(k.egress.gb)}/month (${egressFrom(k.egress)}) with no connection in the scanned scopes: its connection is outside them`);
  if (a.template) hidden.push('not decidable from these files: other deployments may connect it to more gateways or circuits');
  // (A connectionKeys reason markMistypedGateways gave is said by its connection, reachUndecidedReasons: typeOpenText.)
  const ck = a.unknown.connectionKeys;
  if (ck && !saidByTypeOpen(ck, typeOpenConnections(a))) hidden.push(unknownField('connectionKeys', ck));
  if (a.unknown.peerings && !a.template) hidden.push(unknownField('peerings', a.unknown.peerings));
  const open = openAuthorizations(a);
  if (open) hidden.push(`${open}: a connection in a scope erscan did not read may use the circuit`);
  return hidden.length === 0 ? NONE : exactLength(hidden);
}

/**
 * A live circuit's authorizations that may be redeemed though the input does not say so (`undefined` when
 * there are none): Azure gives each one's `authorizationUseStatus`, and a row that leaves it out, or two reads
 * that disagree on the list, do not tell Available from InUse (src/inventory/build.ts, markDisagreements).
 */
function openAuthorizations(a: CircuitAnalysis): string | undefined {
  if (a.template) return undefined; // a template's authorizations are created Available; its partial view is said apart
  if (a.unknown.authorizations) return unknownField('authorizations', a.unknown.authorizations);
  const unsaid = a.circuit.authorizations.filter((x) => x.useStatus === undefined);
  if (unsaid.length === 0) return undefined;
  return `${unsaid.length} authorization(s) whose state the input does not say (${unsaid.map((x) => x.name).sort().join(', ')}: no \`authorizationUseStatus\`)`;
}

/** The vWAN connections a circuit's peerings name that are not in the inventory, as messages say them. */
const vwanOutsideText = (n: number) => `${n} vWAN connection(s) in scopes erscan did not read (its peering names them in \`expressRouteConnection\`)`;

function idleReasons(value: boolean | null, a: CircuitAnalysis): string[] {
  const c = a.circuit;
  const k = a.carries;
  const unknown = a.unknown;
  if (value === false) {
    const carried: string[] = [];
    if (k.vnetLinks > k.vwanConnectionsOutside) carried.push(`${k.vnetLinks - k.vwanConnectionsOutside} connection(s)`);
    if (k.vwanConnectionsOutside > 0) carried.push(vwanOutsideText(k.vwanConnectionsOutside));
    if (k.redeemedAuthorizations > 0) carried.push(`${k.redeemedAuthorizations} redeemed authorization(s) (a connection in a scope erscan did not read)`);
    if (k.microsoftPeering) carried.push('an enabled Microsoft peering');
    if (k.publicPeering) carried.push('an enabled Azure public peering');
    if (k.globalReachLinks > 0 && !unknown.globalReach) carried.push(`${k.globalReachLinks} Global Reach connection(s)`);
    if (k.egress.gb > 0) carried.push(`${gbText(k.egress.gb)}/month of egress (${egressFrom(k.egress)})${k.vnetLinks === 0 ? '; its connection is outside the scanned scopes' : ''}`);
    return exactLength(carried);
  }
  if (value === null && k.conditional.length > 0) return [conditionalText(k.conditional)];
  if (value === null) {
    if (a.template) return ['no connection, Microsoft peering or Global Reach in these files: not decidable from these files (other deployments may connect it)'];
    if (!unknown.connectionKeys && peeringsContradictConnections(c)) {
      const users = [k.vnetLinks > 0 ? `${k.vnetLinks} connection(s)` : '', k.redeemedAuthorizations > 0 ? `${k.redeemedAuthorizations} redeemed authorization(s)` : ''].filter(Boolean).join(' and ');
      return [`${users || 'a connection'}, but whether ${k.vnetLinks + k.redeemedAuthorizations === 1 ? 'it carries' : 'they carry'} traffic is not known (${unknownField('peerings', unknown.peerings ?? c.partial!.peerings)})`];
    }
    if (unknown.connectionKeys || unknown.peerings) return [`no connection, Microsoft peering or Global Reach known (${unknownField(unknown.connectionKeys ? 'connectionKeys' : 'peerings', unknown.connectionKeys ?? unknown.peerings)})`];
    if (unknown.globalReach) return [`no connection or Microsoft peering, and its Global Reach connections are not known (${unknown.globalReach})`];
    const open = c.peerings.find(carriesOpen);
    if (open) {
      const field = openStateField(open);
      return [`no connection or Global Reach in the input, and ${isMicrosoftPeering(open) ? 'Microsoft' : 'Azure public'} peering ${open.name}, whose ${field === 'state' ? '' : 'IPv6 '}state is not known (${unknownField(field, unknownReason(open, field)!)}): whether it carries traffic is not known`];
    }
    return [`no connection, Microsoft peering, Global Reach or egress in the input, but an authorization a connection in a scope erscan did not read may have redeemed (${openAuthorizations(a)})`];
  }
  const egress = k.egress.source === 'none' ? 'no declared or measured egress' : `0 GB/month of egress (${egressFrom(k.egress)})`;
  const down = behindDisabledPeering(a);
  if (down !== undefined) return [`${down}, which is Disabled (ERS-BGP-004: its BGP sessions are down, so no traffic passes), and no Microsoft peering, no Global Reach and ${egress}`];
  return [c.peerings.length === 0 ? 'no peerings and no connections' : `${c.peerings.length} peering(s) but no connections, no redeemed authorization, no Microsoft peering, no Global Reach and ${egress}`];
}

/**
 * For a circuit that carries nothing (`carries.idle` true) only because its connections ride an Azure private peering
 * that is Disabled: what rides it, as messages say it ("1 connection(s) riding its Azure private peering
 * AzurePrivatePeering"); undefined for any other circuit. Its fix is to enable the peering if those connections are
 * still needed, or delete the circuit: ERS-COST-003 and the cost view say both.
 */
export function behindDisabledPeering(a: CircuitAnalysis): string | undefined {
  const k = a.carries;
  if (k.idle.value !== true || a.template) return undefined;
  const c = a.circuit;
  if (!privatePeeringDisabled(c)) return undefined;
  const users = [
    k.vnetLinks > 0 ? `${k.vnetLinks} connection(s)` : '',
    k.redeemedAuthorizations > 0 ? `${k.redeemedAuthorizations} redeemed authorization(s)` : '',
    a.unknown.connectionKeys !== undefined || openAuthorizations(a) !== undefined ? 'any connection not known' : '',
  ].filter(Boolean);
  if (users.length === 0) return undefined;
  const names = c.peerings.filter((p) => p.peeringType?.toLowerCase() === 'azureprivatepeering').map((p) => labelStandIns(p.name));
  return `${users.join(' and ')} riding its Azure private peering ${names.join(', ')}`;
}

/** A Global Reach peer outside the inventory by its name as the peering id writes it (`peerKey` is lower-cased). */
function peerName(l: GlobalReachLink): string {
  return nameOfId(l.peerId ?? l.peerKey!);
}

/** Why a circuit's peering location cannot be placed: never "(not set)" for one that is only not in the inventory. */
function locationMissing(a: CircuitAnalysis): string {
  const c = a.circuit;
  if (a.locationName) return unknownLocationReason(a.locationName, c.isDirect === true, cloudOfRegion(c.location));
  // `a.port` is the circuit's port when the inventory has it.
  if (c.isDirect && c.portKey && !a.port) {
    // The port as the circuit writes its id (`portKey` is the lower-cased join key).
    return `its peering location is that of ExpressRoute Direct port ${nameOfId(c.portId ?? c.portKey)}, which is not in the inventory`;
  }
  return 'the circuit has no peering location';
}

/**
 * Whether the gateways a circuit's unknown `gatewayKeys` may add could be outside its geopolitical region (`beyondGeo`)
 * or outside the Local regions of its peering location (`beyondLocal`): true where they may be anywhere, false where
 * the field is known. Where it is open only because of a hub that does not list its connections, or a connection that
 * names no circuit, those gateways are in regions the inventory gives (`openGatewayRegions`, src/inventory/build.ts):
 * only a region outside the circuit's reach can change what it must reach. (Whether the circuit's connections are
 * known in full is `connectionKeys`, read apart: the idle, link-count and redundancy verdicts stay open on it.)
 */
function gatewaysMayBeBeyondGeo(a: CircuitAnalysis): boolean {
  if (a.unknown.gatewayKeys === undefined) return false;
  const regions = a.circuit.openGatewayRegions;
  const geo = a.reach.geopolitical;
  if (regions === undefined || geo === undefined) return true;
  for (let i = 0; i < regions.length; i++) if (regionGeopoliticalInfo(regions[i])?.geopolitical !== geo) return true;
  return false;
}

function gatewaysMayBeBeyondLocal(a: CircuitAnalysis): boolean {
  if (a.unknown.gatewayKeys === undefined) return false;
  const regions = a.circuit.openGatewayRegions;
  const location = a.location;
  if (regions === undefined || location === undefined) return true;
  for (let i = 0; i < regions.length; i++) if (!isLocalRegion(location, regions[i])) return true;
  return false;
}

/** Whether Premium is needed, possible, undecided or not needed: the checks `premiumReasons` words. */
function premiumVerdict(a: CircuitAnalysis): PremiumNeed['verdict'] {
  const reach = a.reach;
  const k = a.carries;
  // Global Reach a peering's reads disagree on (`unknown.globalReach`) is not known to be there: it needs nothing for sure.
  const grKnown = a.unknown.globalReach === undefined;
  if (reach.crossGeo.length > 0 || (grKnown && reach.crossGeoGlobalReach.length > 0) || (grKnown ? k.linksUsed : k.vnetLinks) > STANDARD_MAX_LINKS) return 'needed';
  if (k.microsoftPeering || a.circuit.peerings.some(isMicrosoftPeering)) return 'possible';
  return premiumUndecided(a) ? 'undecided' : 'not-needed';
}

function premiumUndecided(a: CircuitAnalysis): boolean {
  const reach = a.reach;
  if (a.unknown.peeringLocation || !a.location || !reach.geopolitical) return true;
  if (reach.undecidedGeo.length > 0 || a.unknown.globalReach !== undefined) return true;
  for (let i = 0; i < reach.globalReach.length; i++) if (reach.globalReach[i].crossGeo === null) return true;
  for (let i = 0; i < reach.inboundGlobalReach.length; i++) if (reach.inboundGlobalReach[i].crossGeo === null) return true;
  return a.circuit.gatewayKeys.length > reach.gateways.length || gatewaysMayBeBeyondGeo(a) || (a.carries as Carries).hasHidden;
}

function premiumReasons(verdict: PremiumNeed['verdict'], a: CircuitAnalysis): string[] {
  const reach = a.reach;
  const k = a.carries;
  const geo = reach.geopolitical;
  if (verdict === 'needed') {
    const needed: string[] = [];
    if (reach.crossGeo.length) needed.push(`connected to gateway(s) ${reach.crossGeo.map(where).join(', ')} outside ${geo}`);
    if (reach.crossGeoGlobalReach.length && !a.unknown.globalReach) needed.push(`Global Reach to ${reach.crossGeoGlobalReach.map((p) => `${p.name} (${p.peeringLocation ? locationLabel(p.peeringLocation, cloudOfRegion(p.location)) : '?'})`).join(', ')} outside ${geo}`);
    if (a.unknown.globalReach) {
      if (k.vnetLinks > STANDARD_MAX_LINKS) needed.push(`${k.vnetLinks} VNet link(s), more than the ${STANDARD_MAX_LINKS} Local and Standard allow`);
    } else if (k.linksUsed > STANDARD_MAX_LINKS) needed.push(`${k.vnetLinks} VNet link(s) and ${k.globalReachLinks} Global Reach connection(s) make ${k.linksUsed}, more than the ${STANDARD_MAX_LINKS} Local and Standard allow`);
    return exactLength(needed);
  }
  if (verdict === 'possible') return ['Microsoft peering is configured (Microsoft 365 over ExpressRoute needs Premium)'];
  if (verdict === 'not-needed')
    return [reach.gateways.length > 0 ? `all ${reach.gateways.length} connected gateway(s) are in ${geo}, ${k.linksUsed} link(s) (VNet and Global Reach), no Microsoft peering, no cross-region Global Reach` : 'no connection, Microsoft peering or Global Reach needs it'];
  const undecided = reachUndecidedReasons(a);
  const hidden = k.hidden;
  // A circuit's connections and gateways left open for one reason (a hub that does not list its connections, a
  // connection that names no circuit, unread rows: src/inventory/build.ts) say it once, as its gateways'.
  // (Said there only where those gateways may be outside its geopolitical region: reachUndecidedReasons.)
  const same = gatewaysMayBeBeyondGeo(a) && sameReason(a.unknown.gatewayKeys, a.unknown.connectionKeys) ? unknownField('connectionKeys', a.unknown.connectionKeys!) : undefined;
  for (let i = 0; i < hidden.length; i++) if (hidden[i] !== same) undecided.push(hidden[i]);
  return exactLength(undecided);
}

/** Whether two fields' reasons (`\`gatewayKeys\`: why`, `\`connectionKeys\`: why`) give the same why. */
function sameReason(x: string | undefined, y: string | undefined): boolean {
  if (x === undefined || y === undefined) return false;
  const why = (r: string) => r.replace(/^`[^`]+`: /, '');
  return why(x) === why(y);
}

/**
 * Why the geopolitical regions a circuit reaches cannot be told: its own location's, a connected
 * gateway's (its region not known, not in erscan's table, or the gateway outside the inventory) or a
 * Global Reach peer's is not known. The undecided reasons of the Premium decision, less what the
 * inventory may hide (`carries.hidden`); ERS-SKU-003 reads them for a Standard circuit.
 */
export function reachUndecidedReasons(a: CircuitAnalysis): string[] {
  const c = a.circuit;
  const reach = a.reach;
  const geo = reach.geopolitical;
  const undecided: string[] = [];
  const location = a.location;
  if (a.unknown.peeringLocation) undecided.push(unknownField('peeringLocation', a.unknown.peeringLocation));
  else if (!location) undecided.push(locationMissing(a));
  else if (!geo) undecided.push(`the geopolitical region of ${location.label} is not known`);
  for (let i = 0; i < reach.undecidedGeo.length; i++) {
    const g = reach.undecidedGeo[i];
    // A gateway is undecided also where the circuit's own region is what is not known (said above): its own
    // region's is never said to be unknown when erscan knows it.
    if (g.location && !isUnknown(g, 'location') && regionGeopoliticalInfo(g.location)) continue;
    undecided.push(g.location && !isUnknown(g, 'location') ? `the geopolitical region of gateway ${where(g)} is not known` : `the region of gateway ${g.name} is not known${unknownReason(g, 'location') ? ` (${unknownReason(g, 'location')})` : ''}`);
  }
  for (let i = 0; i < reach.globalReach.length; i++) {
    const l = reach.globalReach[i];
    // (Where this circuit's own region is not known, that is the reason given above.)
    if (l.crossGeo === null && !(l.peer && !geo)) undecided.push(l.peer ? `the geopolitical region of Global Reach peer ${l.peer.name} is not known` : l.peerKey ? `Global Reach peer circuit ${peerName(l)} is not in the inventory` : `the circuit Global Reach connection ${l.name} links to is not known`);
  }
  // Global Reach the other circuit initiated (its connection, or this circuit's peered connection).
  for (let i = 0; i < reach.inboundGlobalReach.length; i++) {
    const l = reach.inboundGlobalReach[i];
    if (l.crossGeo !== null || (l.peer && !geo)) continue;
    if (l.peer) undecided.push(`the geopolitical region of Global Reach peer ${l.peer.name} is not known`);
    else undecided.push(l.peerKey ? `Global Reach peer circuit ${peerName(l)} (peered connection ${l.name}, which it initiated) is not in the inventory` : `the circuit that initiated peered connection ${l.name} is not named`);
  }
  const outside = gatewaysOutside(a);
  if (outside > 0) undecided.push(`${outside} connected gateway(s) are outside the inventory`);
  const typeOpen = typeOpenConnections(a);
  for (let i = 0; i < typeOpen.length; i++) undecided.push(typeOpenText(typeOpen[i]));
  // (A gatewayKeys reason markMistypedGateways gave, naming one of those connections, is said above by its connection;
  // one for another reason is said.)
  // (Gateways a hub of known region may add, all in this circuit's geopolitical region, change nothing here.)
  const gk = a.unknown.gatewayKeys;
  if (gk && gatewaysMayBeBeyondGeo(a) && !saidByTypeOpen(gk, typeOpen)) undecided.push(unknownField('gatewayKeys', gk));
  if (a.unknown.globalReach) undecided.push(a.unknown.globalReach);
  return undecided;
}

/** Local is not enough (true), undecided (null) or enough as far as reach goes (false): the checks `beyondLocalReasons` words. */
function beyondLocalOf(a: CircuitAnalysis): boolean | null {
  const location = a.location;
  const reach = a.reach;
  if ((location && (location.localRegions.length === 0 || reach.outsideLocal.length > 0)) || (a.carries.globalReachLinks > 0 && !a.unknown.globalReach) || a.circuit.globalReachEnabled === true) return true;
  return (!location && reach.gateways.length > 0) || reach.unknownRegion.length > 0 || a.unknown.globalReachEnabled || gatewaysMayBeBeyondLocal(a) || a.unknown.globalReach ? null : false;
}

function beyondLocalReasons(value: boolean | null, a: CircuitAnalysis): string[] {
  const location = a.location;
  const reach = a.reach;
  if (value === true) {
    const beyond: string[] = [];
    if (location && location.localRegions.length === 0) beyond.push(`ExpressRoute Local is not offered at ${location.label}`);
    else if (location && reach.outsideLocal.length) beyond.push(`connected to gateway(s) ${reach.outsideLocal.map(where).join(', ')} outside the Local region(s) of ${location.label}: ${localRegionsText(location).comma}`);
    if (a.carries.globalReachLinks > 0 && !a.unknown.globalReach) beyond.push('Global Reach configured (Local has none)');
    else if (a.circuit.globalReachEnabled === true) beyond.push('Global Reach enabled (Local has none)');
    return exactLength(beyond);
  }
  if (value === false) return ['every connected gateway is in a Local region and there is no Global Reach'];
  const undecided: string[] = [];
  if (!location && reach.gateways.length > 0) undecided.push(a.unknown.peeringLocation ? unknownField('peeringLocation', a.unknown.peeringLocation) : locationMissing(a));
  for (let i = 0; i < reach.unknownRegion.length; i++) undecided.push(`the region of gateway ${reach.unknownRegion[i].name} is not known`);
  if (a.unknown.globalReachEnabled) undecided.push(unknownField('globalReachEnabled', a.unknown.globalReachEnabled));
  if (a.unknown.gatewayKeys && gatewaysMayBeBeyondLocal(a)) undecided.push(unknownField('gatewayKeys', a.unknown.gatewayKeys));
  if (a.unknown.globalReach) undecided.push(a.unknown.globalReach);
  return exactLength(undecided);
}

/** Which check decides whether Local would do (`localSufficesReasons` words it, `localSufficesValue` gives the answer). */
function localSufficesOf(a: CircuitAnalysis, premium: PremiumNeed['verdict'], beyondLocal: boolean | null): LocalBecause {
  const reach = a.reach;
  if (beyondLocal === true) return LocalBecause.BeyondLocal;
  if (premium === 'needed') return LocalBecause.PremiumNeeded;
  if (!a.location) return LocalBecause.NoLocation;
  if (reach.gateways.length === 0) return LocalBecause.NoGateway;
  if (beyondLocal === null) return LocalBecause.BeyondUndecided;
  if (premium === 'possible') return LocalBecause.PremiumPossible;
  if ((a.carries as Carries).hasHidden || a.circuit.gatewayKeys.length > reach.gateways.length || gatewaysMayBeBeyondLocal(a)) return LocalBecause.Hidden;
  return LocalBecause.AllLocal;
}

const localSufficesValue = (because: LocalBecause): boolean | null =>
  because === LocalBecause.BeyondLocal || because === LocalBecause.PremiumNeeded ? false : because === LocalBecause.AllLocal ? true : null;

function localSufficesReasons(because: LocalBecause, a: CircuitAnalysis): string[] {
  const needs = a.needs;
  const location = a.location!;
  const reach = a.reach;
  switch (because) {
    case LocalBecause.BeyondLocal:
    case LocalBecause.BeyondUndecided:
      return needs.beyondLocal.reasons;
    case LocalBecause.PremiumNeeded:
    case LocalBecause.PremiumPossible:
      return needs.premium.reasons;
    case LocalBecause.NoLocation:
      return needs.beyondLocal.value === null ? needs.beyondLocal.reasons : [locationMissing(a)];
    case LocalBecause.NoGateway:
      return [`no connected gateway in the inventory, so erscan cannot tell whether all traffic stays in ${localRegionsText(location).slash}`];
    case LocalBecause.Hidden:
      return [
        ...a.carries.hidden,
        ...(gatewaysOutside(a) > 0 ? ['connected gateways outside the inventory'] : []),
        ...(a.unknown.gatewayKeys && gatewaysMayBeBeyondLocal(a) ? [unknownField('gatewayKeys', a.unknown.gatewayKeys)] : []),
      ];
    case LocalBecause.AllLocal:
      return [`all ${reach.gateways.length} connected gateway(s) are in ${localRegionsText(location).slash}, the Local region(s) of ${location.label}`];
  }
}

/** Measured egress (a function, not a closure per circuit). */
function measuredEgress(m: NonNullable<TrafficInputs['metrics']>[string], globalReachGb: number): Egress {
  return { gb: m.egressGbPerMonth, source: 'metrics', metric: { metric: m.metric, days: m.days }, globalReachGb };
}

class Analyser implements EstateAnalysis {
  readonly notices: string[] = [];
  /*
   * Analyses by record. The records of one inventory have distinct keys (their lower-cased ids:
   * src/inventory/model.ts), so a record stands for its key; a map keyed by the record objects (whose hash
   * is a number kept in the object, compared by identity) costs a fraction of one keyed by 140-character
   * keys, which misses the cache to read each key's hash and text at 100,000 circuits (~0.1 s there).
   */
  private readonly circuitCache = new Map<Circuit, CircuitAnalysis>();
  private readonly gatewayCache = new Map<Gateway, GatewayAnalysis>();
  private readonly usage: Map<string, CircuitUsage>;
  private inbound?: InboundByRecord;
  private otherReads?: OtherReadLinks;

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

  /** Circuits on Direct ports whose SKU family differs from the port's billing type: one notice names them all. */
  private portBilledNames?: string[];
  private portBilledAt = -1;
  private portBilled(name: string): void {
    const names = (this.portBilledNames ??= []);
    names.push(name);
    if (this.portBilledAt < 0) this.portBilledAt = this.notices.push('') - 1;
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
    this.notices[this.portBilledAt] = `${names.length} circuit(s) on ExpressRoute Direct ports have a SKU family (MeteredData/UnlimitedData) other than their port's billing type; each is priced as its port bills (the port's billing type decides how data on it is billed): ${shown}`;
  }

  // Made once: the pricing model and the circuit and gateway rules read them by index.
  private circuitList?: CircuitAnalysis[];
  private gatewayList?: GatewayAnalysis[];

  circuits(): readonly CircuitAnalysis[] {
    if (this.circuitList === undefined) {
      const circuits = this.inventory.circuits;
      const list = new Array<CircuitAnalysis>(circuits.length);
      for (let i = 0; i < circuits.length; i++) {
        const a = (list[i] = this.circuit(circuits[i]));
        if (a.index === -1) a.index = i;
      }
      this.circuitList = list;
    }
    return this.circuitList;
  }

  gateways(): readonly GatewayAnalysis[] {
    return (this.gatewayList ??= this.inventory.gateways.map((g) => this.gateway(g)));
  }

  circuit(c: Circuit): CircuitAnalysis {
    let a = this.circuitCache.get(c);
    if (!a) {
      a = this.analyseCircuit(c);
      this.circuitCache.set(c, a);
    }
    return a;
  }

  gateway(g: Gateway): GatewayAnalysis {
    let a = this.gatewayCache.get(g);
    if (!a) {
      a = this.analyseGateway(g);
      this.gatewayCache.set(g, a);
    }
    return a;
  }

  private egressOf(c: Circuit): Egress {
    const u = this.usage.size === 0 ? undefined : this.usage.get(c.key);
    const m = this.traffic?.metrics?.[c.key];
    const globalReachGb = u?.globalReachGbPerMonth ?? 0;
    if (m && this.traffic?.preferMetrics) return measuredEgress(m, globalReachGb);
    if (u?.egressGbPerMonth !== undefined) return { gb: u.egressGbPerMonth, source: 'usage', globalReachGb };
    if (m) return measuredEgress(m, globalReachGb);
    return globalReachGb === 0 ? NO_EGRESS : { gb: 0, source: 'none', globalReachGb };
  }

  private analyseCircuit(c: Circuit): CircuitAnalysis {
    const inv = this.inventory;
    const template = isTemplateResource(c);
    let unknown: Record<string, string> | undefined;
    if (c.unknown !== undefined)
      for (let i = 0; i < CIRCUIT_FIELDS.length; i++) {
        const why = unknownReason(c, CIRCUIT_FIELDS[i]);
        if (why !== undefined) (unknown ??= {})[CIRCUIT_FIELDS[i]] = why;
      }
    // A live row without `properties.peerings` holds only the peerings read as rows of their own (src/inventory/build.ts):
    // whether it has a Microsoft peering, which carries traffic and may need Premium, is not known. (A circuit said to
    // carry nothing, "delete it", with Premium not needed, while ERS-COST-002 said its peerings were not known.)
    if (!template && c.partial?.peerings !== undefined && unknown?.peerings === undefined) (unknown ??= {}).peerings = c.partial.peerings;
    // A live peering whose Global Reach connections (or peered connections) are not known in full (two reads that list
    // different ones, or disagree on one: src/inventory/build.ts, markDisagreements): the circuit's Global Reach is not
    // known, so no verdict that depends on it is judged on one read's list. (A template's lists are partial views, said apart.)
    if (!template && unknown?.globalReach === undefined)
      for (let i = 0; i < c.peerings.length; i++) {
        const p = c.peerings[i];
        if (p.unknown === undefined) continue;
        const field = isUnknown(p, 'globalReach') ? 'globalReach' : isUnknown(p, 'peeredConnections') ? 'peeredConnections' : undefined;
        if (field === undefined) continue;
        (unknown ??= {}).globalReach = notKnown(field, unknownReason(p, field)!, `peering ${p.name}`);
        break;
      }
    // A live circuit whose own peering's reads disagree on its Global Reach list may or may not link to this one:
    // this circuit's Global Reach is not known either (never judged on the other circuit's one read).
    if (!template && unknown?.globalReach === undefined) {
      this.inbound ??= inboundByRecord(inv);
      const from = this.inbound.size > 0 ? this.inbound.get(c) : undefined;
      for (let i = 0; from !== undefined && i < from.length && unknown?.globalReach === undefined; i++) {
        const o = from[i].from;
        if (isTemplateResource(o)) continue;
        const p = o.peerings.find((x) => isUnknown(x, 'globalReach'));
        if (p !== undefined) (unknown ??= {}).globalReach = notKnown('globalReach', unknownReason(p, 'globalReach')!, `circuit ${o.name}'s peering ${p.name}`);
      }
    }
    // A live circuit that only another read of a peering links to (the reads disagree on the list; the kept read does
    // not name this circuit): that link may be there, so this circuit's Global Reach is not known either.
    if (!template && unknown?.globalReach === undefined) {
      this.otherReads ??= otherReadLinks(inv);
      const o = this.otherReads.size > 0 ? this.otherReads.get(c)?.[0] : undefined;
      if (o !== undefined) (unknown ??= {}).globalReach = notKnown('globalReach', unknownReason(o.peering, 'globalReach')!, `circuit ${o.from.name}'s peering ${o.peering.name}`);
    }
    const port = lookup(inv, c.portKey, 'port');
    // A Direct circuit's location is its port's: a port location a template leaves open leaves the circuit's open too.
    if (unknown?.peeringLocation === undefined && !c.peeringLocation && port) {
      const why = unknownReason(port, 'peeringLocation');
      if (why !== undefined) (unknown ??= {}).peeringLocation = `\`peeringLocation\`: that of its ExpressRoute Direct port ${port.name}: ${reasonText(why)}`;
    }
    unknown ??= NO_UNKNOWN;
    const tier = unknown.tier || unknown.skuName ? undefined : tierOf(c);
    // A Local circuit is billed Unlimited, egress included, wherever it is ("With Local SKU, you're automatically charged
    // with an Unlimited data plan", plan-manage-cost.md): on a Metered Direct port too (a Local SKU declared Metered is ERS-SKU-005's).
    const billingModel = unknown.billingModel || unknown.skuName ? undefined : tier === 'Local' && c.isDirect ? 'UnlimitedData' : modelOf(c, port);
    // On ExpressRoute Direct the port pair's billing type decides how data is billed: a circuit whose SKU says otherwise is priced as its port bills, and said so.
    if (billingModel && c.isDirect && port?.billingType && tier !== 'Local') {
      const own = normaliseModel(c.billingModel ?? c.skuName?.split('_')[1]);
      if (own && own !== billingModel) this.portBilled(c.name);
    }
    const bandwidthMbps = unknown.bandwidthMbps ? undefined : c.bandwidthMbps;
    const locationName = unknown.peeringLocation ? undefined : (c.peeringLocation ?? port?.peeringLocation);
    const location = unknown.peeringLocation ? undefined : peeringLocationInfo(locationName, cloudOfRegion(c.location));
    const state = c.serviceProviderProvisioningState;
    // Every field in one literal, in the order of CircuitAnalysis (an optional one undefined when it has no
    // value): fields added later would go to a second store per object. What carries and needs word when
    // read comes from this finished analysis (above), so they are made with it and set after it.
    const a: CircuitAnalysis = {
      circuit: c,
      template,
      unknown,
      tier: tier || undefined,
      billingModel: billingModel || undefined,
      bandwidthMbps,
      port,
      locationName: locationName || undefined,
      locationLabel: locationName ? (location?.label ?? locationName) : undefined,
      location,
      zone: location?.zone ?? null,
      sites: location?.sites ?? (locationName ? [{ key: normaliseName(locationName), label: locationName }] : NONE),
      reach: this.reachOf(c, location),
      carries: null as unknown as CircuitCarries,
      linkLimit: linkLimitFor(tier, bandwidthMbps),
      needs: null as unknown as CircuitNeeds,
      billedForNothing: !unknown.serviceProviderProvisioningState && state !== undefined && NOT_PROVISIONED.has(state.toLowerCase()),
      beingDeleted: circuitBeingDeleted(c),
      index: -1,
    };
    let declared = this.egressOf(c);
    // No traffic flows on a circuit its provider has not provisioned: egress a usage file or metrics give it
    // is not billed (and would make its waste look larger than its fee).
    if (a.billedForNothing && (declared.gb > 0 || declared.globalReachGb > 0)) {
      this.notices.push(`${c.name}: the ${egressFrom(declared)} gives it ${gbText(declared.gb + declared.globalReachGb)}/month of traffic, but its provider status is ${state}: no traffic flows on a circuit that is not provisioned, so it is priced without it (check the ${egressFrom(declared)})`);
      declared = { gb: 0, source: declared.source, globalReachGb: 0 };
    }
    const carries = this.carriesOf(a, declared);
    a.carries = carries;
    a.needs = this.needsOf(a, tier);
    const egress = carries.egress;
    if (carries.idle.value === false && carries.connections.length === 0 && c.connectionKeys.length === 0 && egress.gb > 0 && !template) {
      this.notices.push(`${c.name} is not idle: it carries ${gbText(egress.gb)}/month (${egressFrom(egress)}), but no connection to it is in the scanned scopes: its connection is outside them (another tenant's or subscription's gateway, through an authorization for example)`);
    }
    return a;
  }

  private reachOf(c: Circuit, location: PeeringLocationInfo | undefined): CircuitReach {
    const inv = this.inventory;
    const geo = location?.geopolitical;
    let inferredGeo = location?.geopoliticalInferred === true;
    let gateways: Gateway[] | undefined;
    for (let i = 0; i < c.gatewayKeys.length; i++) {
      const g = lookup(inv, c.gatewayKeys[i], 'gateway');
      if (g) gateways = add(gateways, g);
    }
    // Lists made only when they get an entry (most circuits have none of most).
    let crossGeo: Gateway[] | undefined;
    let undecidedGeo: Gateway[] | undefined;
    let outsideLocal: Gateway[] | undefined;
    let unknownRegion: Gateway[] | undefined;
    if (gateways)
      for (let i = 0; i < gateways.length; i++) {
        const g = gateways[i];
        if (!g.location || isUnknown(g, 'location')) {
          unknownRegion = add(unknownRegion, g);
          undecidedGeo = add(undecidedGeo, g);
          continue;
        }
        const gi = regionGeopoliticalInfo(g.location);
        if (!geo || !gi) undecidedGeo = add(undecidedGeo, g);
        else if (gi.geopolitical !== geo) {
          crossGeo = add(crossGeo, g);
          inferredGeo ||= gi.inferred;
        }
        if (location && !isLocalRegion(location, g.location)) outsideLocal = add(outsideLocal, g);
      }
    let globalReach: GlobalReachLink[] | undefined;
    let peeredGlobalReach = 0;
    for (let i = 0; i < c.peerings.length; i++) {
      const p = c.peerings[i];
      peeredGlobalReach += p.peeredConnectionCount;
      for (let j = 0; j < p.globalReach.length; j++) {
        const gr = p.globalReach[j];
        globalReach = add(globalReach, this.linkTo(geo, gr.name, lookup(inv, gr.peerCircuitKey, 'circuit'), gr.peerCircuitKey, gr.peerCircuitId));
      }
    }
    this.inbound ??= inboundByRecord(inv);
    let inboundGlobalReach: GlobalReachLink[] | undefined;
    const inbound = this.inbound.size > 0 ? withoutOwnLinks(c, this.inbound.get(c)) : [];
    for (let i = 0; i < inbound.length; i++) inboundGlobalReach = add(inboundGlobalReach, this.linkTo(geo, inbound[i].name, inbound[i].from, inbound[i].from.key));
    // Peered connections (Global Reach another circuit initiated) whose circuit the inventory does not already
    // link to this one: their peer is looked up (its geography decides Premium), or is outside the inventory.
    if (peeredGlobalReach > 0) {
      let unnamed = peeredGlobalReach - inbound.length;
      for (let i = 0; i < c.peerings.length; i++)
        for (let j = 0; j < c.peerings[i].peeredConnections.length; j++) {
          const pc = c.peerings[i].peeredConnections[j];
          const key = pc.peerCircuitKey;
          if (key !== undefined && (inbound.some((l) => l.from.key === key) || globalReach?.some((l) => l.peerKey === key))) continue;
          if (key === undefined && unnamed <= 0) continue;
          if (key === undefined) unnamed--;
          inboundGlobalReach = add(inboundGlobalReach, this.linkTo(geo, pc.name, lookup(inv, key, 'circuit'), key, pc.peerCircuitId));
        }
    }
    // Peers on either side of a link, outbound first (the order messages name them in).
    let crossGeoGlobalReach: Circuit[] | undefined;
    if (globalReach) for (let i = 0; i < globalReach.length; i++) if (globalReach[i].crossGeo === true && globalReach[i].peer) crossGeoGlobalReach = add(crossGeoGlobalReach, globalReach[i].peer!);
    if (inboundGlobalReach) for (let i = 0; i < inboundGlobalReach.length; i++) if (inboundGlobalReach[i].crossGeo === true && inboundGlobalReach[i].peer) crossGeoGlobalReach = add(crossGeoGlobalReach, inboundGlobalReach[i].peer!);
    // Keys in the order of CircuitReach, all in one literal (`geopolitical` undefined when not known).
    return {
      gateways: listOf(gateways),
      crossGeo: listOf(crossGeo),
      undecidedGeo: listOf(undecidedGeo),
      outsideLocal: listOf(outsideLocal),
      unknownRegion: listOf(unknownRegion),
      globalReach: listOf(globalReach),
      peeredGlobalReach,
      inboundGlobalReach: listOf(inboundGlobalReach),
      crossGeoGlobalReach: listOf(crossGeoGlobalReach),
      geopolitical: geo || undefined,
      inferredGeo,
    };
  }

  /** A Global Reach link of a circuit in geopolitical region `geo` (a method, not a closure per circuit). */
  private linkTo(geo: string | undefined, name: string, peer: Circuit | undefined, peerKey: string | undefined, peerId?: string): GlobalReachLink {
    const peerLoc = peer ? peeringLocationInfo(peer.peeringLocation ?? lookup(this.inventory, peer.portKey, 'port')?.peeringLocation, cloudOfRegion(peer.location)) : undefined;
    const crossGeo = geo && peerLoc?.geopolitical ? peerLoc.geopolitical !== geo : null;
    // Keys in the order { name, peer?, peerKey?, peerId?, crossGeo }, assigned without spreads; the id as written only
    // for a peer outside the inventory (messages name one in the inventory by its name).
    const link = { name } as GlobalReachLink;
    if (peer) link.peer = peer;
    if (peerKey) link.peerKey = peerKey;
    if (peerKey && !peer && peerId) link.peerId = peerId;
    link.crossGeo = crossGeo;
    return link;
  }

  private carriesOf(a: CircuitAnalysis, egress: Egress): Carries {
    const inv = this.inventory;
    const c = a.circuit;
    const reach = a.reach;
    const { template, unknown } = a;
    let connections: Connection[] | undefined;
    for (let i = 0; i < c.connectionKeys.length; i++) {
      const x = lookup(inv, c.connectionKeys[i], 'connection');
      if (x) connections = add(connections, x);
    }
    // A live peering names the vWAN connection that uses it (`expressRouteConnection`): one not in the inventory is a
    // connection in a scope erscan did not read (a hub in another subscription), never "no connection".
    let vwanOutside: string[] | undefined;
    for (let i = 0; !template && i < c.peerings.length; i++) {
      const ref = c.peerings[i].vwanConnectionId?.toLowerCase();
      if (ref === undefined || c.connectionKeys.includes(ref) || lookup(inv, ref, 'connection') || vwanOutside?.includes(ref)) continue;
      (vwanOutside ??= []).push(ref);
    }
    const vwanConnectionsOutside = vwanOutside?.length ?? 0;
    // Connections through a gateway whose gatewayType is none Azure allows (src/inventory/build.ts, markMistypedGateways)
    // are not known to be ExpressRoute connections: not counted (the circuit's connectionKeys are unknown, saying why).
    let typeOpen = 0;
    if (connections !== undefined && unknown.connectionKeys !== undefined) for (let i = 0; i < connections.length; i++) if (isUnknown(connections[i], 'gatewayTypeNamed')) typeOpen++;
    const vnetLinks = distinctCount(c.connectionKeys) - typeOpen + vwanConnectionsOutside;
    // Links initiated by the other side: Azure lists them as peered connections; a template or plan
    // declares them only on the other circuit (counted when that circuit is in the inventory).
    const globalReachLinks = reach.globalReach.length + Math.max(reach.peeredGlobalReach, reach.inboundGlobalReach.length);
    // Links only other reads of a live peering list (its own, or another circuit's that names this one): counted apart.
    let otherReads = 0;
    if (!template) {
      this.otherReads ??= otherReadLinks(inv);
      const towards = this.otherReads.size > 0 ? this.otherReads.get(c) : undefined;
      otherReads = otherReadsBeyondKept(c) + (towards?.filter((l) => !reach.inboundGlobalReach.some((x) => x.peer === l.from) && !reach.globalReach.some((x) => x.peer === l.from)).length ?? 0);
    }
    let microsoftPeering = false;
    for (let i = 0; i < c.peerings.length && !microsoftPeering; i++) microsoftPeering = isMicrosoftPeering(c.peerings[i]) && sessionsCarry(c.peerings[i]) === true;
    // Azure public peering is deprecated (ERS-BGP-009) but carries traffic to Azure's public services until it is moved.
    let publicPeering = false;
    for (let i = 0; i < c.peerings.length && !publicPeering; i++) publicPeering = isPublicPeering(c.peerings[i]) && sessionsCarry(c.peerings[i]) === true;
    const peeringOpen = !template && c.peerings.some(carriesOpen);
    let redeemedAuthorizations = 0;
    // Authorizations a live row gives no state for (or two reads disagree on): each may be redeemed (`openAuthorizations`).
    let authorizationsOpen = !template && unknown.authorizations !== undefined;
    for (let i = 0; i < c.authorizations.length; i++) {
      const auth = c.authorizations[i];
      if (isRedeemed(auth)) {
        // Redeemed by a connection the inventory holds that links this circuit (`connectionResourceUri`): that connection,
        // counted among the VNet links, not one in a scope erscan did not read.
        if (!template && auth.connectionKey !== undefined && c.connectionKeys.includes(auth.connectionKey)) continue;
        redeemedAuthorizations++;
      } else if (!template && auth.useStatus === undefined) authorizationsOpen = true;
    }
    // The checks `hiddenReasons` words.
    const hasHidden = redeemedAuthorizations > 0 || vwanConnectionsOutside > 0 || (vnetLinks === 0 && egress.gb > 0 && !template) || template || !!unknown.connectionKeys || !!unknown.peerings || authorizationsOpen;
    const linksLowerBound = template || unknown.connectionKeys !== undefined || unknown.peerings !== undefined;
    const conditional = template ? conditionalConnections(inv, c.connectionKeys) : NO_CONNECTIONS;
    const carries = new Carries(a, listOf(connections), vnetLinks, globalReachLinks, otherReads, vnetLinks + globalReachLinks, linksLowerBound, microsoftPeering, publicPeering, redeemedAuthorizations, vwanConnectionsOutside, egress, hasHidden, conditional);
    // The checks `idleReasons` words (a connection on an open condition may not be deployed: it carries nothing for sure).
    // (Global Reach listed by one read of a peering whose reads disagree on the list is not known to be there.)
    // A live row that lists no (private) peering while connections use the circuit contradicts them (read at different
    // times: src/inventory/build.ts, markPeeringListsConnectionsContradict): whether those connections, or the redeemed
    // authorizations, carry anything is not known, so they make the circuit neither used nor idle.
    const contradicted = !template && peeringsContradictConnections(c);
    // Every connection (VNet or vWAN, in a scope erscan read or not: a redeemed authorization) rides the circuit's Azure
    // private peering: one known Disabled carries none of their traffic, so they are no use of the circuit, and those
    // not known (connectionKeys, authorizations whose state is not said) would be none either. (A live row that lists
    // its peerings only: a row without them may hold another peering, `unknown.peerings`.)
    const privateDown = !template && unknown.peerings === undefined && privatePeeringDisabled(c);
    const carriesSomething = (!contradicted && !privateDown && (vnetLinks > conditional.length || redeemedAuthorizations > 0)) || microsoftPeering || publicPeering || (globalReachLinks > 0 && !unknown.globalReach) || egress.gb > 0;
    carries.idle = new CircuitIdle(carriesSomething ? false : template || (!privateDown && (unknown.connectionKeys || authorizationsOpen)) || unknown.peerings || unknown.globalReach || peeringOpen ? null : true, a);
    return carries;
  }

  private needsOf(a: CircuitAnalysis, tier: string | undefined): CircuitNeeds {
    const verdict = premiumVerdict(a);
    const beyond = beyondLocalOf(a);
    const because = localSufficesOf(a, verdict, beyond);
    const local = localSufficesValue(because);
    const premium = new PremiumDecision(verdict, a);
    const beyondLocal = new BeyondLocal(beyond, a);
    const localSuffices = new LocalSuffices(local, because, a);
    const standard = verdict === 'needed' ? false : verdict === 'not-needed' ? true : null;
    const sufficient = sufficientFor(standard, local);
    // A Local circuit that reaches beyond its metro and a Standard circuit that needs Premium must change tier.
    let requiredTier: Tier | undefined;
    if (tier === 'Standard' && standard === false) requiredTier = 'Premium';
    else if (tier === 'Local' && (beyond === true || standard === false)) requiredTier = standard === false ? 'Premium' : 'Standard';
    return requiredTier ? { premium, beyondLocal, localSuffices, sufficient, requiredTier } : { premium, beyondLocal, localSuffices, sufficient };
  }

  private analyseGateway(g: Gateway): GatewayAnalysis {
    const inv = this.inventory;
    const template = isTemplateResource(g);
    let unknown: Record<string, string> | undefined;
    if (g.unknown !== undefined)
      for (let i = 0; i < GATEWAY_FIELDS.length; i++) {
        const why = unknownReason(g, GATEWAY_FIELDS[i]);
        if (why !== undefined) (unknown ??= {})[GATEWAY_FIELDS[i]] = why;
      }
    unknown ??= NO_UNKNOWN;
    let circuits: Circuit[] | undefined;
    let circuitsOutside = 0;
    for (let i = 0; i < g.circuitKeys.length; i++) {
      const c = lookup(inv, g.circuitKeys[i], 'circuit');
      if (c) circuits = add(circuits, c);
      else circuitsOutside++;
    }
    // Live connections that name no circuit (src/inventory/build.ts, noteUnnamedEnds): each serves some circuit, unknown.
    let circuitsUnnamed = 0;
    if (unknown.circuitKeys !== undefined && !template)
      for (let i = 0; i < g.connectionKeys.length; i++) {
        const x = lookup(inv, g.connectionKeys[i], 'connection');
        if (x && isUnknown(x, 'circuitKey')) circuitsUnnamed++;
      }
    // Connections that name it whose rows could not be read (src/inventory/build.ts, markUnreadConnections): each may serve
    // a circuit not known to be its own (ERS-RED-001 names them apart: `unreadConnections`).
    const unread = template ? 0 : (g.unreadConnections?.length ?? 0);
    const sites = new Map<string, string>();
    const metros = new Set<string>();
    if (circuits)
      for (let i = 0; i < circuits.length; i++) {
        const a = this.circuit(circuits[i]);
        for (let j = 0; j < a.sites.length; j++) {
          const s = a.sites[j];
          if (!sites.has(s.key)) sites.set(s.key, s.label);
        }
        const metro = metroKey(a);
        if (metro) metros.add(metro);
      }
    const connections = distinctCount(g.connectionKeys);
    const conditional = template ? conditionalConnections(inv, g.connectionKeys) : NO_CONNECTIONS;
    const ga: GatewayAnalysis = { gateway: g, template, unknown, circuits: listOf(circuits), circuitsOutside, circuitsUnnamed, circuitsUnread: unread, connections, conditional, sites, metros, idle: null as unknown as Decision };
    // A connection on an open condition may not be deployed: it does not make the gateway used.
    ga.idle = new GatewayIdle(connections > conditional.length ? false : template || unknown.connectionKeys ? null : true, ga);
    return ga;
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

/**
 * ARM is deleting the circuit: its `provisioningState` is Deleting (ProvisioningState: Deleting, Failed, Succeeded,
 * Updating; Express Route Circuits - Get, https://learn.microsoft.com/rest/api/expressroute/express-route-circuits/get),
 * read from a live row (a template declares no state; a state two reads disagree on is not taken for one).
 */
export function circuitBeingDeleted(c: Circuit): boolean {
  return c.provisioningState !== undefined && c.provisioningState.toLowerCase() === 'deleting' && !isTemplateResource(c) && !isUnknown(c, 'provisioningState');
}
