/**
 * The pricing model: for every circuit, what it costs now and under each billing model it could use,
 * the break-even egress and one recommendation; gateways and Direct ports as other costs, so the
 * estate has a monthly total. Pure: inventory + catalogue + usage/metrics in, CostSummary out.
 *
 *   metered   = fee(tier, Metered, bw, zone) + egressGB × rate(zone) + Global Reach
 *   unlimited = fee(tier, Unlimited, bw, zone) + Global Reach
 *   break-even GB = (fee(Unlimited) − fee(Metered)) / rate(zone)      (research/pricing.md §4)
 *
 * What a circuit needs (its tier, whether Local would do, whether Premium is needed) comes from the analysis
 * (src/analysis), which the rules read too: a recommendation never proposes a tier a finding forbids, and a
 * finding that requires a tier change (Premium for cross-geopolitical reach, Standard for a Local circuit
 * that reaches beyond its metro) always has its recommendation here, with its price.
 *
 * One-way doors (research/pricing.md §1; expressroute-circuit-peerings.md, ms.date 08/27/2026, "Circuit SKU
 * upgrade and downgrade"): Metered → Unlimited is an in-place change; Unlimited → Metered and bandwidth
 * downgrades are not supported, so that advice always says a new circuit is needed; Local → Standard or
 * Premium is allowed with the Unlimited plan.
 *
 * A figure with unpriced parts (the Direct Premium add-on, the Global Reach add-on) is a lower bound:
 * `priced: partial` names the missing parts, and totals say "at least".
 */
import { analyse, behindDisabledPeering, normaliseModel, portIdle, reachUndecidedReasons, type CircuitAnalysis, type Egress, type EstateAnalysis, type TrafficInputs } from '../analysis/index.js';
import { type Circuit, type Gateway, type Inventory, type Port } from '../inventory/model.js';
import { isTemplateResource, isUnknown, notKnown, unknownReason } from '../inventory/facts.js';
import { worldCount, worldsOf } from '../inventory/worlds.js';
import { cloudOfRegion, delistedLocationReason, peeringLocationInfo, unknownLocationReason } from '../locations/index.js';
import { BUNDLED_CATALOGUE, CatalogueIndex, CIRCUIT_BANDWIDTHS_MBPS, formatBandwidth, LOCAL_BANDWIDTHS_MBPS, localBandwidthFor, type BillingModel, type PriceCatalogue, type Quote, type Tier } from './catalogue.js';
import type { CircuitCost, CostGroupTotal, CostRecommendation, CostSummary, FixKind, OtherCost, RecommendationKind, Zone } from './model.js';
import { costById, deletionSaving, linkCostsToRecords } from './impact.js';
import { matchUsage } from './usage.js';
import { exactLength } from '../util/lists.js';
import { compareText } from '../util/collate.js';
import { sortById } from './sort-ids.js';
import { currencyPrefix, useCurrency } from '../util/money.js';

export interface EstimateOptions extends TrafficInputs {
  catalogue: PriceCatalogue;
  /** The catalogue file, when it is not the bundled one (shown in the report). */
  catalogueFile?: string;
  /**
   * Unlimited circuits are advised to move to a new Metered circuit only when egress is below this
   * fraction of the break-even (default 0.5): a new circuit costs a migration, so small savings are not worth it.
   */
  newCircuitBelowBreakEvenFraction?: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
// toLocaleString with options builds a new Intl.NumberFormat on every call (about 50 µs): with
// several figures per circuit that dominated the estimate of a large estate. Same output, cached.
// An estate repeats the same few prices thousands of times: each figure is formatted once per format.
const numberFormats = new Map<string, { format: Intl.NumberFormat; done: Map<number, string> }>();
function formatNumber(n: number, minFraction: number, maxFraction: number): string {
  const key = `${minFraction}/${maxFraction}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = { format: new Intl.NumberFormat('en-US', { minimumFractionDigits: minFraction, maximumFractionDigits: maxFraction }), done: new Map() }));
  let text = f.done.get(n);
  if (text === undefined) {
    text = f.format.format(n);
    if (f.done.size < 100_000) f.done.set(n, text);
  }
  return text;
}
/**
 * Money in messages. The prefix follows the catalogue's currency (src/util/money.ts); it is set at the start of
 * the (synchronous) estimateCosts call, so one run never mixes currencies.
 */
const usd = (n: number) => `${currencyPrefix()}${formatNumber(n, n % 1 === 0 ? 0 : 2, Math.abs(n) < 1 ? 4 : 2)}`;
/** A rate exactly as the catalogue has it (per hour, per GB): `$2.151`, never rounded to `$2.15`. */
const rate = (n: number) => `${currencyPrefix()}${formatNumber(n, n % 1 === 0 ? 0 : 2, 6)}`;
const gb = (n: number) => `${formatNumber(Math.round(n), 0, 3)} GB`;
type TextKey = string | number | null | undefined;
/**
 * Notes repeated across an estate (thousands of circuits share a handful of texts: the same missing figure,
 * the same break-even, the same lower bound) are worded once per estimate and shared, strings being
 * immutable: one copy instead of one per circuit, each kept for the whole scan (fewer objects for the
 * garbage collector to copy). Made anew by each estimate (its texts carry the estimate's currency).
 */
class SharedTexts {
  private readonly texts = new Map<(a: never, b: never) => string, Map<TextKey, Map<TextKey, string>>>();
  /** `word(a, b)`, worded once per estimate. */
  of<A extends TextKey, B extends TextKey>(word: (a: A, b: B) => string, a: A, b: B): string {
    let byA = this.texts.get(word);
    if (!byA) this.texts.set(word, (byA = new Map()));
    let byB = byA.get(a);
    if (!byB) byA.set(a, (byB = new Map()));
    let text = byB.get(b);
    if (text === undefined) {
      text = word(a, b);
      if (byB.size < 10_000) byB.set(b, text);
    }
    return text;
  }
}
let sharedTexts = new SharedTexts();

const noEgressNote = (breakEven: number | null) => `no egress declared or measured: the metered figure has no egress charge${breakEven !== null ? `; Unlimited pays off above ${gb(breakEven)}/month` : ''}`;
const partlyPricedNote = (missing: string, current: number) => `partly priced: ${missing} not priced, so ${usd(current)} is a lower bound`;
const globalReachAddOnNote = (unverified: string | undefined) => `Global Reach add-on not priced: ${unverified ?? 'no figure in the catalogue'}`;
const noLocalPriceNote = (bw: number, zone: string) => `no Local price for ${formatBandwidth(bw)} in ${zone} in the catalogue: not priced`;
const configuredUnitsNote = (configured: number) => `${configured} scale unit(s): the configured minimum (autoscale may bill more; declare gateways.<id>.scaleUnits in the usage file)`;
// Minimum and maximum alike: the gateway does not scale (scalable-gateway.md: "Fixed-size gateway: Set both the minimum and maximum scale units to the same value").
const fixedUnitsNote = (units: number) => `${units} scale unit(s): fixed (the configured minimum and maximum)`;
// A minimum and no maximum: whether the gateway scales above its minimum then is not documented (reachWithoutMaximumMbps).
const noMaximumNote = (configured: number) => `${configured} scale unit(s): the configured minimum; no maximum is set, and whether the gateway scales (and bills) above its minimum then is not documented (declare gateways.<id>.scaleUnits in the usage file)`;

const modelName = (m: string) => (m === 'MeteredData' ? 'Metered' : m === 'UnlimitedData' ? 'Unlimited' : m);

/** Collects the figures behind one estimate: their sources and the unverified marks, worded for a report. */
class Trail {
  /**
   * Distinct sources in first-use order (an array, not a Set: one estimate names a handful, and 10,000 Sets
   * cost more than they save). Both lists are made on their first entry, at length one (most estimates have
   * one source and no unverified figure): no empty lists per circuit, and the one-entry list is the report's.
   */
  sources?: string[];
  unverified?: string[];
  /** `what` names the figure for an unverified mark: a function where the name is built, so it is built only for such a figure. */
  use(q: Quote | undefined, what: string | (() => string), asRate = false): number | null {
    if (!q) return null;
    if (!this.sources) this.sources = [q.source];
    else if (!this.sources.includes(q.source)) this.sources.push(q.source);
    if (q.unverified) this.note(`${typeof what === 'string' ? what : what()} (${asRate ? rate(q.value) : usd(q.value)}): ${q.unverified}`);
    return q.value;
  }
  note(line: string): void {
    if (!this.unverified) this.unverified = [line];
    else if (!this.unverified.includes(line)) this.unverified.push(line);
  }
  /** The sources as reports list them: sorted (a copy, unless there is only one). */
  sortedSources(): string[] | undefined {
    const s = this.sources;
    return s === undefined || s.length === 1 ? s : s.slice().sort();
  }
}

function describeEgress(e: Egress): string {
  if (e.source === 'usage') return `declared egress ${gb(e.gb)}/month (usage file)`;
  if (e.source === 'metrics') return `measured egress ${gb(e.gb)}/month (Azure Monitor${e.metric?.metric ? ` ${e.metric.metric}` : ''}${e.metric?.days ? `, last ${e.metric.days} days` : ''})`;
  return 'no egress declared or measured';
}

const ROUTE_COUNT_NOTE = 'erscan cannot see the route count (Standard allows 4,000 private-peering routes, Premium 10,000): check it before turning Premium off';

function emptyCost(a: CircuitAnalysis, tier: string, model: string, zone: Zone | null, notes: string[]): CircuitCost {
  const c = a.circuit;
  const eg = a.carries.egress;
  const cost: CircuitCost = {
    resourceId: c.id,
    resourceName: c.name,
    subscriptionId: c.subscriptionId,
    tenantId: c.tenantId,
    zone,
    tier,
    billingModel: model,
    bandwidthMbps: a.bandwidthMbps ?? 0,
    egressGbPerMonth: eg.gb,
    egressSource: eg.source,
    monthlyUsd: { current: null, metered: null, unlimited: null, local: null },
    breakEvenGbPerMonth: null,
    recommendation: null,
    notes,
    priced: 'none',
  };
  // Optional fields appended in this order (assignments: no spread per circuit).
  if (a.locationName) cost.peeringLocation = a.locationName;
  if (a.location?.directPort) cost.mappedPeeringLocation = a.location.name;
  if (c.isDirect) cost.isDirect = true;
  if (eg.metric) cost.egressMetric = eg.metric;
  return cost;
}

/**
 * Whether Local is an option, at which bandwidth and fee. Why Local would do (or whether it would is
 * undecided) is the analysis' `needs.localSuffices` (`localWhy`): worded only where a note or a
 * recommendation says it. Nothing says why Local is no option, so that is one shared answer.
 */
interface LocalOption {
  eligible: boolean | null;
  bandwidthMbps?: number;
  fee?: number | null;
  /** Local would do (or may), but the catalogue has no price for it: said, never dropped as if Local were no option. */
  unpriced?: boolean;
}

const NOT_LOCAL: LocalOption = Object.freeze({ eligible: false });
const localWhy = (a: CircuitAnalysis) => a.needs.localSuffices.reasons.join('; ');


/** ExpressRoute Local: offered where the analysis says Local would do, at the smallest Local bandwidth ≥ the circuit's. */
function localOption(a: CircuitAnalysis, zone: Zone, bw: number, idx: CatalogueIndex, trail: Trail): LocalOption {
  // No Local here, none at this bandwidth, no price for it, or the analysis says Local would not do.
  if (a.location!.localRegions.length === 0) return NOT_LOCAL;
  const localBw = localBandwidthFor(bw);
  if (!localBw) return NOT_LOCAL;
  const q = idx.circuitFee('Local', 'UnlimitedData', localBw, zone);
  const s = a.needs.localSuffices;
  if (s.value === false) return NOT_LOCAL;
  if (!q) return { eligible: false, bandwidthMbps: localBw, unpriced: true };
  if (s.value === null) return { eligible: null, bandwidthMbps: localBw, fee: q.value };
  const fee = trail.use(q, () => `Local ${formatBandwidth(localBw)} ${zone} fee`);
  return { eligible: true, bandwidthMbps: localBw, fee };
}

const TIER_FIELDS = ['tier', 'skuName', 'billingModel', 'bandwidthMbps', 'peeringLocation'];
const POSSIBLE_FIELDS = ['tier', 'billingModel', 'bandwidthMbps', 'peeringLocation'] as const;

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/**
 * The zone where a circuit's Global Reach traffic enters its destinations: the peers of the links it declared and of
 * those its peers declared (listed on it as peered connections). Known only when every link's peer is known and all
 * of them are in one zone (how the traffic splits between links is not known); otherwise why not.
 */
function globalReachDestinationZone(a: CircuitAnalysis): { zone: Zone | null; why: string } {
  const unknown = { zone: null, why: 'the destination circuit or its zone is unknown' };
  const links = [...a.reach.globalReach, ...a.reach.inboundGlobalReach];
  if (links.length === 0) return unknown;
  const zones = new Set<Zone>();
  for (const l of links) {
    const z = l.peer ? peeringLocationInfo(l.peer.peeringLocation, cloudOfRegion(l.peer.location))?.zone : undefined;
    if (!z) return unknown;
    zones.add(z);
  }
  if (zones.size > 1) return { zone: null, why: `the destinations are in ${[...zones].sort().join(' and ')}, and how the traffic splits between them is not known` };
  return { zone: [...zones][0], why: '' };
}

function estimateCircuit(a: CircuitAnalysis, idx: CatalogueIndex, opts: EstimateOptions, notices: string[]): CircuitCost {
  const c = a.circuit;
  const tier = a.tier ?? 'unknown';
  const model = a.billingModel ?? 'unknown';
  const eg = a.carries.egress;
  const notes: string[] = [];
  const trail = new Trail();
  const loc = a.location;
  const zone = a.zone;

  if (eg.source === 'usage') notes.push('egress from the usage file');
  if (eg.source === 'metrics') notes.push(`egress measured by Azure Monitor${eg.metric?.days ? ` over the last ${eg.metric.days} days` : ''}`);
  // A value the source could not tell is never guessed: the circuit is not priced (the report names why).
  // (Most circuits have no unknown field and no possible values: their checks are skipped.)
  const undecided = hasKeys(a.unknown) ? TIER_FIELDS.filter((f) => a.unknown[f] !== undefined) : [];
  if (undecided.length > 0) {
    for (const f of undecided) notes.push(`${notKnown(f, a.unknown[f])}: not priced`);
    return finish(emptyCost(a, tier, model, zone, notes), trail);
  }
  if (c.possible)
    for (const f of POSSIBLE_FIELDS) {
      const p = c.possible[f];
      if (p) notes.push(`\`${f}\` is one of ${p.values.map(String).join(', ')} (${p.from}): priced per value (see the range)`);
    }
  if (!a.locationName) {
    notes.push(
      c.isDirect && !a.port
        ? 'its peering location is that of its ExpressRoute Direct port, which is not in the inventory: the billing zone follows the peering location, so this circuit is not priced'
        : 'no peering location: the billing zone follows the peering location, so this circuit is not priced',
    );
    return finish(emptyCost(a, tier, model, null, notes), trail);
  }
  const cloud = cloudOfRegion(c.location);
  if (!loc) {
    const delisted = c.isDirect ? undefined : delistedLocationReason(a.locationName);
    notes.push(`${c.isDirect ? unknownLocationReason(a.locationName, true, cloud) : `peering location "${a.locationName}" is not in erscan's zone map${cloud !== 'public' ? ` for the ${cloud === 'usgov' ? 'US Government' : 'China'} cloud` : ''}${delisted ? `: ${delisted}` : ''}`}: not priced (no zone is guessed)`);
    // A Direct circuit's location is its port's: the analysis names the port once (src/analysis, unmappedPortNotices).
    if (!(c.isDirect && a.port) && !peeringLocationInfo(a.locationName, 'public') && !peeringLocationInfo(a.locationName, 'usgov')) notices.push(`${c.name}: unknown peering location "${a.locationName}" (not priced)`);
    return finish(emptyCost(a, tier, model, null, notes), trail);
  }
  if (!zone) {
    notes.push(`${loc.name} is in the Azure China cloud, which is priced separately in CNY: not in the catalogue`);
    return finish(emptyCost(a, tier, model, null, notes), trail);
  }
  const out = emptyCost(a, tier, model, zone, notes);
  if (loc.zoneConflict) trail.note(`zone of ${loc.label} (${zone}): ${loc.zoneConflict}`);
  if (loc.kind === 'metro') trail.note(`${loc.name} is an ExpressRoute Metro location: priced as a ${zone} circuit (metro.md gives the zone; the catalogue has no Metro-specific meter)`);
  const bw = a.bandwidthMbps;
  if (!bw) {
    notes.push('bandwidth unknown: not priced');
    return finish(out, trail);
  }
  if (tier !== 'Standard' && tier !== 'Premium' && tier !== 'Local') {
    notes.push(`SKU tier "${tier}" is not in the catalogue (Local, Standard, Premium): not priced`);
    return finish(out, trail);
  }
  if (model !== 'MeteredData' && model !== 'UnlimitedData') {
    notes.push(`billing model "${model}" is not MeteredData or UnlimitedData: not priced`);
    return finish(out, trail);
  }
  const missing: string[] = [];
  const egressRate = trail.use(idx.egressRate(zone), () => `${zone} egress per GB`, true);
  // A metered circuit's bill needs the rate (its egress, or that none is declared, is priced at it): not priced without it.
  if (egressRate === null) notes.push(`no egress price for ${zone} in the catalogue${model === 'MeteredData' && tier !== 'Local' ? ': not priced' : ''}`);

  // Global Reach: add-on per circuit + GB out at this zone + GB in at the peer's zone; not covered by Unlimited.
  // The add-on is "for enabling this feature on each ExpressRoute circuit" (includes/expressroute-global-reach-faq-include.md):
  // a circuit with Global Reach enabled carries it with or without a link (ERS-COST-004 says so of an unused one).
  const grConfigured = a.carries.globalReachLinks > 0 || a.circuit.globalReachEnabled === true;
  let gr = 0;
  if (grConfigured || eg.globalReachGb > 0) {
    out.globalReachGbPerMonth = eg.globalReachGb;
    const addOn = idx.globalReachAddOn(zone, bw);
    const addOnUsd = trail.use(addOn.quote, 'Global Reach add-on');
    if (grConfigured && addOnUsd === null) {
      notes.push(sharedTexts.of(globalReachAddOnNote, addOn.figure?.unverified, undefined));
      missing.push('Global Reach add-on');
    }
    gr += addOnUsd ?? 0;
    if (eg.globalReachGb > 0) {
      const outRate = trail.use(idx.globalReachPerGb(zone, 'out'), () => `Global Reach outbound per GB in ${zone}`, true);
      // The destination is the peer of a link this circuit declared, or of one the peer declared (listed on this
      // circuit as a peered connection): either way the traffic leaves this circuit and enters the peer.
      // Every link's destination counts: the traffic's split between links is not known, so the inbound charge is
      // priced only when every link has a known peer and all the peers are in one zone.
      const { zone: peerZone, why: peerWhy } = globalReachDestinationZone(a);
      const inRate = peerZone ? trail.use(idx.globalReachPerGb(peerZone, 'in'), () => `Global Reach inbound per GB in ${peerZone}`, true) : null;
      if (outRate === null) {
        notes.push(`Global Reach outbound traffic (${gb(eg.globalReachGb)}/month) not priced: no per-GB figure for ${zone}`);
        missing.push(`Global Reach outbound traffic (${gb(eg.globalReachGb)}/month)`);
      }
      if (inRate === null) {
        notes.push(`Global Reach inbound charge at the destination not priced: ${peerZone ? `no per-GB figure for ${peerZone}` : peerWhy}`);
        missing.push(`Global Reach inbound charge at the destination (${gb(eg.globalReachGb)}/month)`);
      }
      gr += (outRate ?? 0) * eg.globalReachGb + (inRate ?? 0) * eg.globalReachGb;
    }
    out.globalReachUsd = round2(gr);
  }

  if (c.isDirect) return finish(beingDeletedAdvice(a, estimateDirectCircuit(a, out, tier, model, zone, egressRate, gr, missing, idx, trail)), trail);

  if (!CIRCUIT_BANDWIDTHS_MBPS.includes(bw) && tier !== 'Local') {
    notes.push(`no catalogue price for ${formatBandwidth(bw)} circuits (provider circuits are 50 Mbps to 10 Gbps)`);
    return finish(out, trail);
  }
  // Local circuits are compared with the Standard plans (Local has no Metered plan).
  const planTier: Tier = tier === 'Premium' ? 'Premium' : 'Standard';
  const meteredFee = trail.use(idx.circuitFee(planTier, 'MeteredData', bw, zone), () => `${planTier} Metered ${formatBandwidth(bw)} ${zone} fee`);
  const unlimitedFee = trail.use(idx.circuitFee(planTier, 'UnlimitedData', bw, zone), () => `${planTier} Unlimited ${formatBandwidth(bw)} ${zone} fee`);
  const egressUsd = egressRate === null ? null : egressRate * eg.gb;
  const metered = meteredFee === null || egressUsd === null ? null : meteredFee + egressUsd + gr;
  const unlimited = unlimitedFee === null ? null : unlimitedFee + gr;
  out.monthlyUsd.metered = metered === null ? null : round2(metered);
  out.monthlyUsd.unlimited = unlimited === null ? null : round2(unlimited);
  if (meteredFee !== null && unlimitedFee !== null && egressRate) out.breakEvenGbPerMonth = Math.round((unlimitedFee - meteredFee) / egressRate);

  const local = localOption(a, zone, bw, idx, trail);
  let localFee: number | null = null;
  if (tier === 'Local') {
    const q = LOCAL_BANDWIDTHS_MBPS.includes(bw) ? idx.circuitFee('Local', 'UnlimitedData', bw, zone) : undefined;
    localFee = trail.use(q, () => `Local ${formatBandwidth(bw)} ${zone} fee`);
    if (localFee === null) notes.push(sharedTexts.of(noLocalPriceNote, bw, zone));
    out.monthlyUsd.local = localFee;
    // Local includes egress, but not the Global Reach charges (Local has no Global Reach: a finding says so).
    out.monthlyUsd.current = localFee === null ? null : round2(localFee + gr);
    out.egressUsd = 0;
    notes.push('Local includes egress; metered and unlimited show the Standard plans at the same bandwidth for comparison');
  } else {
    if (local.eligible) out.monthlyUsd.local = local.fee ?? null;
    else if (local.eligible === null && local.fee != null) notes.push(`Local at ${loc.label} (${formatBandwidth(local.bandwidthMbps!)}) would cost ${usd(local.fee)}/month, but whether Local would do is undecided: ${localWhy(a)}`);
    else if (local.unpriced) notes.push(`no Local price for ${formatBandwidth(local.bandwidthMbps!)} in ${zone} in the catalogue: Local at ${loc.label} is not priced as an alternative (${a.needs.localSuffices.value ? 'it would do' : 'whether it would do is undecided'}: ${localWhy(a)})`);
    out.monthlyUsd.current = model === 'MeteredData' ? out.monthlyUsd.metered : out.monthlyUsd.unlimited;
    out.egressUsd = model === 'MeteredData' ? (egressUsd === null ? null : round2(egressUsd)) : 0;
    // Why it is not priced, when its own fee is the missing figure (reports and ERS-COST-104 say it).
    if ((model === 'MeteredData' ? meteredFee : unlimitedFee) === null) notes.push(`no catalogue price for ${planTier} ${modelName(model)} ${formatBandwidth(bw)} in ${zone}: not priced`);
  }
  if (eg.source === 'none' && model === 'MeteredData') notes.push(sharedTexts.of(noEgressNote, out.breakEvenGbPerMonth, undefined));
  if (out.monthlyUsd.current !== null) setPriced(out, missing);

  premiumFields(a, out);
  // A circuit without a peering has no BGP session and carries nothing now (ERS-COST-002): egress declared or measured
  // for it (a plan's, or last month's before its peerings went) is no ground for a billing-model change, one of them one-way.
  const unpeered = eg.source !== 'none' && !a.template && !a.unknown.peerings && c.peerings.length === 0;
  // (ERS-COST-002 says so of a provisioned circuit only: one the provider has not provisioned is ERS-COST-001's.)
  const byRule = c.serviceProviderProvisioningState?.toLowerCase() === 'provisioned' ? ' (ERS-COST-002)' : '';
  if (unpeered) notes.push(`the circuit has no peering, so it carries nothing now${byRule}: ${describeEgress(eg)} is not weighed for a billing-model change`);
  const context: RecommendContext = { tier, model, bw, zone, egressRate, gr, eg: unpeered ? { ...eg, source: 'none' } : eg, local, idx, opts };
  out.fixCosts = fixCostsOf(a, out, context);
  out.recommendation = recommend(a, out, context);
  return finish(beingDeletedAdvice(a, out), trail);
}

/** The note of a circuit ARM is deleting (beingDeletedAdvice); the cost rules say nothing of it (src/rules/functions). */
export const BEING_DELETED_NOTE = 'ARM is deleting this circuit (provisioningState Deleting): no advice that presumes it stays is given; it is billed until the deletion completes';

/**
 * A circuit ARM is deleting (CircuitAnalysis.beingDeleted): no advice that presumes it stays (move it to Local, change
 * its plan, drop its Premium) nor one to delete it, which is under way; its bill is not waste to save (the deletion
 * saves it), and a note says why. Its figure stays in the monthly total: it is billed until the deletion completes.
 */
function beingDeletedAdvice(a: CircuitAnalysis, out: CircuitCost): CircuitCost {
  if (!a.beingDeleted) return out;
  out.recommendation = null;
  adviceIfKept.delete(out);
  delete out.waste;
  out.notes!.push(BEING_DELETED_NOTE);
  return out;
}

function setPriced(out: CircuitCost, missing: string[]): void {
  out.priced = missing.length ? 'partial' : 'full';
  if (missing.length) {
    out.missing = missing;
    out.notes!.push(sharedTexts.of(partlyPricedNote, missing.length === 1 ? missing[0] : missing.join(', '), out.monthlyUsd.current ?? 0));
  }
}

function premiumFields(a: CircuitAnalysis, out: CircuitCost): void {
  const p = a.needs.premium;
  if (a.tier !== 'Premium' && !a.needs.requiredTier) return;
  out.premiumNeeded = p.verdict === 'needed' ? true : p.verdict === 'not-needed' ? false : null;
  out.premiumReasons = p.verdict === 'not-needed' ? [...p.reasons, ROUTE_COUNT_NOTE] : p.reasons;
}

/** Circuits on Direct ports: Standard is included in the port fee, Premium is an add-on, egress is per circuit. */
function estimateDirectCircuit(a: CircuitAnalysis, out: CircuitCost, tier: string, model: string, zone: Zone, egressRate: number | null, gr: number, missing: string[], idx: CatalogueIndex, trail: Trail): CircuitCost {
  const notes = out.notes!;
  // Egress is billed per circuit only on the Metered plan: an Unlimited (or Local) circuit's figure has none, and its note says so.
  notes.push(
    `ExpressRoute Direct circuit: the port pair carries the fee (see the port); Standard circuits are included, Premium is an add-on, ${model === 'MeteredData' ? 'egress is billed per circuit at the zone rate' : `egress is billed per circuit at the zone rate on Metered circuits (this one is ${tier === 'Local' ? 'Local' : 'Unlimited'}: no egress charge)`}`,
  );
  const addOn = idx.directPremiumAddOn();
  const addOnUsd = trail.use(addOn.quote, 'Direct Premium add-on');
  let fee = 0;
  if (tier === 'Premium') {
    if (addOnUsd === null) {
      notes.push(`Premium add-on on Direct not priced: ${addOn.unverified ?? 'no figure in the catalogue'}`);
      missing.push('Premium add-on on ExpressRoute Direct');
    } else fee = addOnUsd;
  }
  const egressUsd = model === 'MeteredData' ? (egressRate === null ? null : egressRate * a.carries.egress.gb) : 0;
  out.egressUsd = egressUsd === null ? null : round2(egressUsd);
  out.monthlyUsd.current = egressUsd === null ? null : round2(fee + egressUsd + gr);
  if (out.monthlyUsd.current !== null) setPriced(out, missing);
  premiumFields(a, out);
  const current = out.monthlyUsd.current;
  out.fixCosts = {
    ...(tier === 'Premium' && a.needs.premium.verdict !== 'needed' ? { 'remove-premium': addOnUsd === null ? null : -addOnUsd } : {}),
    ...(tier === 'Standard' ? { 'add-premium': addOnUsd } : {}),
    delete: current === null || out.priced !== 'full' ? null : -current,
  };
  const unused = current !== null ? unusedAdvice(a, out, model, tier, current) : null;
  const advice = directAdvice(a, out, tier, model, addOnUsd, addOn.unverified);
  if (unused) {
    out.recommendation = unused;
    adviceIfKept.set(out, { advice, notes: [] });
  } else out.recommendation = advice;
  return out;
}

/** A Direct circuit's advice other than deleting one that carries nothing (see estimateDirectCircuit). */
function directAdvice(a: CircuitAnalysis, out: CircuitCost, tier: string, model: string, addOnUsd: number | null, addOnUnverified: string | undefined): CostRecommendation | null {
  const p = a.needs.premium;
  const current = out.monthlyUsd.current;
  if (a.billedForNothing && current !== null) {
    out.waste = true;
    return {
      kind: 'delete-unprovisioned',
      changes: ['delete-unprovisioned'],
      billingModel: model,
      tier,
      monthlySavingsUsd: out.priced === 'full' ? current : null,
      reason: `the provider status is ${a.circuit.serviceProviderProvisioningState}: the circuit is billed from creation whether or not it carries traffic; delete it, or finish provisioning`,
    };
  }
  if (tier === 'Premium' && p.verdict === 'not-needed') {
    return {
      kind: 'remove-premium',
      changes: ['remove-premium'],
      billingModel: model,
      tier: 'Standard',
      monthlySavingsUsd: addOnUsd,
      reason: `the Premium add-on does not look needed (${[...p.reasons, ROUTE_COUNT_NOTE].join('; ')}); it can be turned off in place without downtime${addOnUsd === null ? `. The saving is not known: the Premium add-on on ExpressRoute Direct is not priced (${addOnUnverified ?? 'no figure in the catalogue'})` : ''}`,
    };
  }
  if (a.needs.requiredTier === 'Premium') {
    return {
      kind: 'add-premium',
      changes: ['add-premium'],
      required: true,
      billingModel: model,
      tier: 'Premium',
      monthlySavingsUsd: addOnUsd === null ? null : -addOnUsd,
      reason: `required: Premium is needed (${p.reasons.join('; ')})${addOnUsd === null ? `; the Premium add-on on ExpressRoute Direct is not priced, so its cost is not known` : `; it adds ${usd(addOnUsd)}/month`}`,
    };
  }
  return null;
}

interface PlanContext {
  tier: string;
  model: string;
  bw: number;
  zone: Zone;
  egressRate: number | null;
  gr: number;
  eg: Egress;
  local: LocalOption;
  idx: CatalogueIndex;
}

/**
 * The price of the circuit at another tier and billing model (same bandwidth and zone), or null; rounded to the cent
 * as `monthlyUsd` is, so the advice, `fixCosts` and the findings that read them price one change at one figure.
 */
function planCost(t: Tier, m: BillingModel, x: PlanContext): number | null {
  const fee = x.idx.circuitFee(t, m, x.bw, x.zone);
  // The egress rate prices Metered plans only: Unlimited includes egress.
  if (!fee || (m === 'MeteredData' && x.egressRate === null)) return null;
  return round2(fee.value + (m === 'MeteredData' ? x.egressRate! * x.eg.gb : 0) + x.gr);
}

/** The monthly change of the bill from `current` to `v`, or null when either is not known. */
const change = (v: number | null, current: number | null) => (v === null || current === null ? null : round2(v - current));

/** Each single change on its own: the monthly change of the bill (cost of compliance). */
function fixCostsOf(a: CircuitAnalysis, out: CircuitCost, x: PlanContext): Partial<Record<FixKind, number | null>> {
  const current = out.monthlyUsd.current;
  const fixes: Partial<Record<FixKind, number | null>> = {};
  // Dropping Premium is not a change to price where it is needed (ERS-SKU-003/009 would fail again).
  if (x.tier === 'Premium' && a.needs.premium.verdict !== 'needed') fixes['remove-premium'] = change(planCost('Standard', x.model as BillingModel, x), current);
  if (x.tier === 'Standard') fixes['add-premium'] = change(planCost('Premium', x.model as BillingModel, x), current);
  if (x.tier === 'Local') {
    // Azure allows Local → Standard or Premium only with the Unlimited plan.
    const target: Tier = a.needs.requiredTier === 'Premium' ? 'Premium' : 'Standard';
    fixes['upgrade-from-local'] = change(planCost(target, 'UnlimitedData', x), current);
  }
  if (x.tier !== 'Local' && x.model === 'MeteredData' && x.eg.source !== 'none') fixes['switch-to-unlimited'] = change(out.monthlyUsd.unlimited, current);
  if (x.tier !== 'Local' && x.model === 'UnlimitedData' && x.eg.source !== 'none') fixes['new-metered-circuit'] = change(out.monthlyUsd.metered, current);
  // Priced also where whether Local would do is undecided (`eligible` null): the option is kept, marked undecided, so
  // ERS-COST-103 says it as an `unknown` finding; the advice (changeAdvice) proposes Local only where it would do.
  if (x.tier !== 'Local' && x.local.eligible !== false && x.local.fee != null) fixes['move-to-local'] = change(x.local.fee, current);
  fixes.delete = current === null || out.priced !== 'full' ? null : -current;
  return fixes;
}

interface RecommendContext extends PlanContext {
  opts: EstimateOptions;
}

/** A plan the advice may propose: the tier change and the billing-model change it takes (its `changes`, in that order). */
interface Option {
  tier: string;
  model: string;
  cost: number | null;
  kind: RecommendationKind;
  tierChange?: RecommendationKind;
  modelChange?: RecommendationKind;
  requiresNewCircuit: boolean;
  bandwidthMbps?: number;
}

/*
 * The tiers and billing models advice may use, as shared lists (recommend reads them, never changes them):
 * a list or two per circuit fewer.
 */
const ONE_TIER: Record<Tier, readonly Tier[]> = { Local: ['Local'], Standard: ['Standard'], Premium: ['Premium'] };
const PREMIUM_OR_STANDARD: readonly Tier[] = ['Premium', 'Standard'];
const ONE_MODEL: Record<BillingModel, readonly BillingModel[]> = { MeteredData: ['MeteredData'], UnlimitedData: ['UnlimitedData'] };
const BOTH_MODELS: Record<BillingModel, readonly BillingModel[]> = { MeteredData: ['MeteredData', 'UnlimitedData'], UnlimitedData: ['UnlimitedData', 'MeteredData'] };

/** The change of tier from the circuit's to `t`, if any. */
function tierChange(t: string, x: PlanContext): RecommendationKind | undefined {
  return t === x.tier ? undefined : x.tier === 'Local' ? 'upgrade-from-local' : t === 'Premium' ? 'add-premium' : 'remove-premium';
}

/** Cheapest first (an unknown price last), then one that keeps the circuit before one that needs a new circuit. */
const byCost = (p: Option, q: Option) => (p.cost ?? Infinity) - (q.cost ?? Infinity) || Number(p.requiresNewCircuit) - Number(q.requiresNewCircuit);

/** An option that saves at least a cent a month. */
const saves = (o: Option, current: number) => o.cost !== null && current - o.cost >= 0.01;

/** Its `changes`: the tier change, then the billing-model change. */
function changesOf(o: Option): RecommendationKind[] {
  return o.tierChange && o.modelChange ? [o.tierChange, o.modelChange] : o.tierChange ? [o.tierChange] : o.modelChange ? [o.modelChange] : [];
}

/** "the Premium add-on does not look needed (…)": the analysis' reasons and the route-count caveat, as `[...reasons, note].join('; ')` joined them. */
function premiumNotNeededText(a: CircuitAnalysis): string {
  const r = a.needs.premium.reasons;
  return `the Premium add-on does not look needed (${r.length ? `${r.join('; ')}; ` : ''}${ROUTE_COUNT_NOTE}); it can be turned off in place without downtime`;
}

function recommend(a: CircuitAnalysis, out: CircuitCost, x: RecommendContext): CostRecommendation | null {
  const c = a.circuit;
  const current = out.monthlyUsd.current;
  if (current === null) return null;
  if (a.billedForNothing) {
    out.waste = true;
    return {
      kind: 'delete-unprovisioned',
      changes: ['delete-unprovisioned'],
      billingModel: x.model,
      tier: x.tier,
      monthlySavingsUsd: out.priced === 'full' ? current : null,
      reason: `the provider status is ${c.serviceProviderProvisioningState}: the circuit is billed from creation whether or not it carries traffic, so its ${usd(current)}/month carries nothing until the provider provisions it; finish provisioning with the provider, or delete it`,
    };
  }
  const unused = unusedAdvice(a, out, x.model, x.tier, current);
  if (unused) {
    // Kept instead (a finding's fix connects it), it still needs what its tier lacks or does not need: that advice,
    // without a billing-model change (what it will carry once connected is not known).
    const notes: string[] = [];
    adviceIfKept.set(out, { advice: changeAdvice(a, out, { ...x, eg: { ...x.eg, source: 'none' } }, current, notes), notes });
    return unused;
  }
  return changeAdvice(a, out, x, current, out.notes!);
}

/** The advice that changes the circuit's tier, billing model or plan (not deleting it); its notes go to `notes`. */
function changeAdvice(a: CircuitAnalysis, out: CircuitCost, x: RecommendContext, current: number, notes: string[]): CostRecommendation | null {
  const required = a.needs.requiredTier;
  if (x.tier === 'Local' && !required) return null;
  const known = x.eg.source !== 'none';
  const fraction = x.opts.newCircuitBelowBreakEvenFraction ?? 0.5;
  const breakEven = out.breakEvenGbPerMonth;
  // Tiers the advice may use: the one the circuit needs, or its own and (Premium) Standard when nothing needs Premium.
  const tiers = required ? ONE_TIER[required] : x.tier === 'Premium' && a.needs.sufficient.Standard === true ? PREMIUM_OR_STANDARD : ONE_TIER[x.tier as Tier];
  const own = x.model as BillingModel;
  const models =
    x.tier === 'Local'
      ? ONE_MODEL.UnlimitedData
      : known && (own === 'MeteredData' || (own === 'UnlimitedData' && breakEven !== null && x.eg.gb < breakEven * fraction))
        ? BOTH_MODELS[own]
        : ONE_MODEL[own];
  const options: Option[] = [];
  for (let i = 0; i < tiers.length; i++)
    for (let j = 0; j < models.length; j++) {
      const t = tiers[i];
      const m = models[j];
      if (t === x.tier && m === x.model) continue;
      const requiresNewCircuit = x.model === 'UnlimitedData' && m === 'MeteredData';
      const modelChange: RecommendationKind | undefined = m === x.model || x.tier === 'Local' ? undefined : requiresNewCircuit ? 'new-metered-circuit' : 'switch-to-unlimited';
      const tc = tierChange(t, x);
      const first = tc ?? modelChange;
      const kind = (first === 'add-premium' || first === 'upgrade-from-local' ? first : (modelChange ?? first)) as RecommendationKind;
      options.push({ tier: t, model: m, cost: planCost(t, m, x), kind, tierChange: tc, modelChange, requiresNewCircuit });
    }
  // Azure changes a circuit's SKU in place only Standard → Premium, Premium → Standard and Local → Standard or Premium
  // ("Circuit SKU upgrade and downgrade", expressroute-circuit-peerings.md): Local is a new circuit.
  if (!required && x.local.eligible && x.local.fee != null) options.push({ tier: 'Local', model: 'UnlimitedData', cost: x.local.fee, kind: 'move-to-local', tierChange: 'move-to-local', requiresNewCircuit: true, bandwidthMbps: x.local.bandwidthMbps });
  // A required change is advised whatever it costs (its price may be unknown); a saving only when it saves.
  // The first of the cheapest, as the first element of a stable sort by cost gives it.
  let best: Option | undefined;
  for (let i = 0; i < options.length; i++) {
    const o = options[i];
    if ((required || saves(o, current)) && (best === undefined || byCost(o, best) < 0)) best = o;
  }
  // Dropping Premium saves wherever both fees are priced, and ERS-SKU-002 asks for it: where the Standard fee is
  // missing from the catalogue, the advice stands with its saving unknown, never "keep" beside that finding.
  if (!best && !required && tiers === PREMIUM_OR_STANDARD) best = options.find((o) => o.tierChange === 'remove-premium' && o.model === x.model && o.cost === null);
  if (!best) {
    if (known && x.model === 'UnlimitedData' && breakEven !== null && x.eg.gb < breakEven && out.monthlyUsd.metered !== null && out.monthlyUsd.metered < current)
      notes.push(`${describeEgress(x.eg)} is below the break-even ${gb(breakEven)}, but Unlimited → Metered is not supported in place; a new Metered circuit would save ${usd(round2(current - out.monthlyUsd.metered))}/month, too little to advise a migration (threshold: below ${Math.round(fraction * 100)}% of the break-even)`);
    return null;
  }
  // The negated change of the bill, rounded as `fixCosts` rounds it (current − cost rounds a half cent the other
  // way): a finding pricing this change and the advice that makes it say the same figure.
  const saving = best.cost === null ? null : 0 - change(best.cost, current)!;
  const parts: string[] = [];
  if (required) {
    const why = required === 'Premium' ? a.needs.premium.reasons : a.needs.beyondLocal.reasons;
    // Standard is the least a Local circuit needs; where the reach's geography is not known, Premium may be needed too.
    const open = required === 'Standard' && a.needs.premium.verdict === 'undecided' ? reachUndecidedReasons(a) : [];
    parts.push(`required: ${x.tier} is not enough for what this circuit does (${why.join('; ')}), so it needs ${open.length > 0 ? `at least ${required} (Premium too if it reaches beyond its geopolitical region; undecided: ${open.join('; ')})` : required}`);
    if (x.tier === 'Local') parts.push(`Azure changes Local to ${required} in place only with the Unlimited plan`);
  }
  if (best.kind === 'move-to-local') {
    parts.push(`${localWhy(a)}: a Local ${formatBandwidth(best.bandwidthMbps!)} circuit (Unlimited, egress included) costs ${usd(best.cost!)}/month against ${usd(current)} now`);
    if (best.bandwidthMbps !== x.bw) parts.push(`Local starts at 1 Gbps, so this is a bandwidth increase from ${formatBandwidth(x.bw)}`);
    parts.push('Local reaches only the local region(s) and has no Global Reach');
    parts.push(`Azure does not change a ${x.tier} circuit to Local in place: a new Local circuit would be needed (order it with the provider, move the connections, delete this one)`);
  } else {
    if (best.modelChange === 'switch-to-unlimited')
      parts.push(`${describeEgress(x.eg)} is above the break-even ${gb(breakEven ?? 0)}: Unlimited costs less than Metered here. Metered → Unlimited is an in-place change without downtime, but it is one-way (Unlimited → Metered is not supported)`);
    if (best.requiresNewCircuit) {
      parts.push(`${describeEgress(x.eg)} is far below the break-even ${gb(breakEven ?? 0)}, so Metered would cost less. Azure does not support changing Unlimited → Metered: a new Metered circuit would be needed (order it with the provider, move the connections, delete this one)`);
    }
    if (best.tierChange === 'remove-premium') parts.push(premiumNotNeededText(a));
    parts.push(best.cost === null ? `the catalogue has no price for ${best.tier} ${modelName(best.model)} ${formatBandwidth(x.bw)} in ${x.zone}, so what it costs is not known` : `${best.tier} ${modelName(best.model)} would cost ${usd(round2(best.cost))}/month against ${usd(current)} now`);
    // A new circuit is ordered in a tier: where the Premium need is undecided (ERS-SKU-003 says so), the advice says which it may need.
    if (best.requiresNewCircuit && best.tier === 'Standard' && a.needs.premium.verdict === 'undecided') {
      const premium = planCost('Premium', best.model as BillingModel, x);
      parts.push(`Whether it needs Premium is undecided (${a.needs.premium.reasons.join('; ')}): if it does, order the new circuit as Premium ${modelName(best.model)}${premium === null ? ' (not priced here)' : `, ${usd(round2(premium))}/month`}`);
    }
  }
  // Local would do (or may) but has no price: the advice weighs only what is priced, and says what it left out.
  if (x.tier !== 'Local' && x.local.unpriced) parts.push(`Local ${formatBandwidth(x.local.bandwidthMbps!)} is not weighed: the catalogue has no price for it in ${x.zone}`);
  for (let i = 0; i < options.length; i++) {
    const o = options[i];
    if (o !== best && saves(o, current))
      notes.push(`also possible: ${o.tier} ${modelName(o.model)}${o.bandwidthMbps && o.bandwidthMbps !== x.bw ? ` ${formatBandwidth(o.bandwidthMbps)}` : ''} at ${usd(round2(o.cost!))}/month (saves ${usd(round2(current - o.cost!))})${o.requiresNewCircuit ? ', needs a new circuit' : ''}`);
  }
  // Keys in the order { kind, changes, required?, billingModel, tier, monthlySavingsUsd, reason,
  // requiresNewCircuit?, bandwidthMbps? }, assigned without spreads (one recommendation per circuit).
  const advice = { kind: best.kind, changes: changesOf(best) } as CostRecommendation;
  if (required) advice.required = true;
  advice.billingModel = best.model;
  advice.tier = best.tier;
  advice.monthlySavingsUsd = saving;
  advice.reason = parts.join('. ');
  if (best.requiresNewCircuit) advice.requiresNewCircuit = true;
  if (best.bandwidthMbps && best.bandwidthMbps !== x.bw) advice.bandwidthMbps = best.bandwidthMbps;
  return advice;
}

/**
 * A provisioned circuit that carries nothing for sure (the analysis' `carries.idle`, which ERS-COST-003 reads):
 * delete it, the same advice as the finding's, never a cheaper plan for a circuit nobody uses.
 */
function unusedAdvice(a: CircuitAnalysis, out: CircuitCost, model: string, tier: string, current: number): CostRecommendation | null {
  if (a.billedForNothing || a.carries.idle.value !== true) return null;
  const state = a.circuit.serviceProviderProvisioningState?.toLowerCase();
  if (state !== undefined && state !== 'provisioned') return null;
  out.waste = true;
  return {
    kind: 'delete-unused',
    changes: ['delete-unused'],
    billingModel: model,
    tier,
    monthlySavingsUsd: out.priced === 'full' ? current : null,
    reason: `the circuit carries nothing (${a.carries.idle.reasons.join('; ')}): it is billed whether or not it is used, so its ${usd(current)}/month is waste; ${behindDisabledPeering(a) === undefined ? 'delete it, once no connection in a scope erscan did not read uses it' : 'enable its Azure private peering if its connections are still needed, or delete it'}`,
  };
}

function finish(out: CircuitCost, trail: Trail): CircuitCost {
  // The notes at their length: a list grown by push keeps room for 17 (src/util/lists.ts), and each is kept for the scan.
  if (out.notes!.length > 0) out.notes = exactLength(out.notes!);
  if (trail.unverified) out.unverified = trail.unverified;
  if (trail.sources) out.priceSources = trail.sortedSources();
  return out;
}

/** Billed scale units of a scale-unit gateway: declared, else the configured minimum, never below the catalogue's billed minimum. */
function billedUnits(g: Gateway, declared: number | undefined, billedMinimum: number | undefined): { units: number | null; note: string } {
  if (declared !== undefined) return { units: Math.max(declared, billedMinimum ?? 1), note: `${Math.max(declared, billedMinimum ?? 1)} scale unit(s) from the usage file${billedMinimum && declared < billedMinimum ? ` (at least the ${billedMinimum} billed)` : ''}` };
  if (isUnknown(g, 'minScaleUnits')) return { units: null, note: `${notKnown('minScaleUnits', unknownReason(g, 'minScaleUnits')!)}: not priced` };
  // A minimum a template leaves to a choice: each world is priced on its own (the range), never the maximum or the
  // billed minimum as if it were the configured one.
  const open = g.possible?.minScaleUnits;
  if (open) return { units: null, note: `\`minScaleUnits\` is one of ${open.values.map(String).join(', ')} (${open.from}): priced per value (see the range)` };
  const configured = g.minScaleUnits ?? g.maxScaleUnits;
  if (configured === undefined) {
    const units = billedMinimum ?? 1;
    return { units, note: `${units} scale unit(s): none configured, so the billed minimum is used` };
  }
  if (billedMinimum !== undefined && configured < billedMinimum)
    return { units: billedMinimum, note: `${billedMinimum} scale unit(s) billed: the configured minimum is ${configured}, below the ${billedMinimum} units the catalogue says are billed at least` };
  if (g.minScaleUnits !== undefined && g.maxScaleUnits === g.minScaleUnits) return { units: configured, note: sharedTexts.of(fixedUnitsNote, configured, undefined) };
  if (g.minScaleUnits !== undefined && g.maxScaleUnits === undefined && !isUnknown(g, 'maxScaleUnits')) return { units: configured, note: sharedTexts.of(noMaximumNote, configured, undefined) };
  return { units: configured, note: sharedTexts.of(configuredUnitsNote, configured, undefined) };
}

function gatewayCost(g: Gateway, idx: CatalogueIndex, gwUsage: Map<string, { scaleUnits?: number }>): OtherCost {
  const trail = new Trail();
  const notes: string[] = [];
  const hours = idx.hoursPerMonth;
  const declared = gwUsage.size === 0 ? undefined : gwUsage.get(g.key)?.scaleUnits;
  // The catalogue's gateway and vWAN figures are public Azure's, in USD: a China region's are not in it (as its circuits' are not).
  if (cloudOfRegion(g.location) === 'china')
    return otherCost(g, null, g.flavor === 'vwan' ? 'vWAN ExpressRoute gateway' : `${g.skuName ?? g.skuTier ?? 'ExpressRoute'} gateway`, 'none', [`${g.location} is in the Azure China cloud, which is priced separately in CNY: not in the catalogue`]);
  if (g.flavor === 'vwan') {
    const su = idx.vwan('scaleUnit', g.location);
    const cu = idx.vwan('connectionUnit', g.location);
    const suPrice = trail.use(su.quote, 'vWAN ExpressRoute scale unit per hour', true);
    const cuPrice = trail.use(cu.quote, 'vWAN ExpressRoute connection unit per hour', true);
    // One connection unit per connection: a live gateway row that does not list its connections (Microsoft's own GET
    // and PUT response examples leave `expressRouteConnections` out) does not say how many are billed, never "0".
    const connsOpen = unknownReason(g, 'connectionKeys');
    const conns = g.connectionKeys.length;
    const { units, note } = billedUnits(g, declared, undefined);
    for (const [what, r] of [['scale unit', su], ['connection unit', cu]] as const) if (r.otherRegion) notes.push(`no ${what} price for ${g.location ?? 'this region'}: the ${r.otherRegion} price is used (region prices differ; run erscan prices refresh)`);
    notes.push(note);
    if (connsOpen !== undefined) notes.push(`${notKnown('connectionKeys', connsOpen)}: its connection units (one per connection) are not priced`);
    if (suPrice === null || cuPrice === null || units === null) {
      if (suPrice === null || cuPrice === null) notes.push('vWAN ExpressRoute prices missing from the catalogue: not priced');
      return otherCost(g, null, `${units ?? '?'} scale unit(s) + ${connsOpen !== undefined ? '?' : conns} connection unit(s)`, 'none', notes, trail);
    }
    if (connsOpen !== undefined) {
      const o = otherCost(g, round2(units * suPrice * hours), `${units} scale unit(s) × ${rate(suPrice)}/h × ${hours} h, + connection units not known`, 'partial', notes, trail);
      o.missing = ['vWAN ExpressRoute connection units (its connections are not known)'];
      return o;
    }
    return otherCost(g, round2((units * suPrice + conns * cuPrice) * hours), `${units} scale unit(s) × ${rate(suPrice)}/h + ${conns} connection unit(s) × ${rate(cuPrice)}/h, × ${hours} h`, 'full', notes, trail);
  }
  const skuUnknown = unknownReason(g, 'skuName');
  if (skuUnknown) return otherCost(g, null, 'gateway SKU not known', 'none', [`\`skuName\` is not known (${skuUnknown}): not priced`]);
  const sku = g.skuName ?? g.skuTier;
  if (!sku) return otherCost(g, null, 'gateway SKU unknown', 'none', ['gateway SKU unknown: not priced']);
  const p = idx.gateway(sku, g.location);
  const price = trail.use(p.quote, () => `${sku} gateway per hour`, true);
  if (price === null) return otherCost(g, null, `${sku} gateway`, 'none', [`no price for gateway SKU ${sku}${p.figure?.unverified ? `: ${p.figure.unverified}` : ' in the catalogue'}`], trail);
  if (p.otherRegion) {
    trail.note(`${sku} gateway per hour (${rate(price)}): observed in ${p.otherRegion}, applied to ${g.location ?? 'an unknown region'} (no price for that region in the catalogue; run erscan prices refresh)`);
    // On the cost line too, as a vWAN gateway's borrowed price is: a reader of the line sees it.
    notes.push(`no gateway price for ${g.location ?? 'this region'}: the ${p.otherRegion} price is used (region prices differ; run erscan prices refresh)`);
  }
  let n = 1;
  if (p.per === 'scaleUnit') {
    const b = billedUnits(g, declared, p.figure?.billedMinimumUnits);
    notes.push(b.note);
    if (b.units === null) return otherCost(g, null, `${sku} gateway`, 'none', notes, trail);
    n = b.units;
  }
  if (g.connectionKeys.length === 0 && !isTemplateResource(g)) notes.push('no connection uses this gateway: it is billed for nothing');
  notes.push('billed per hour while the gateway exists, with or without circuits (it keeps accruing after a circuit is deleted)');
  return otherCost(g, round2(n * price * hours), p.per === 'scaleUnit' ? `${sku}: ${n} scale unit(s) × ${rate(price)}/h × ${hours} h` : `${sku}: ${rate(price)}/h × ${hours} h`, 'full', notes, trail);
}

/**
 * A gateway or port that a template deploys only on a condition (or copy count) it leaves open, or a VNet gateway whose
 * type it leaves open (it is an ExpressRoute gateway only for one choice), is not known to cost anything: its figure is
 * what it costs if deployed, said in a note, never the estate's as if it were (the Azure landing zone hub template's
 * ExpressRoute gateway, deployed when `enableErGw` is Yes, was priced in full and counted in the total). With a few
 * possible choices, the range (src/pricing/estimate.ts addWorldRanges) runs from nothing.
 */
function ifDeployed(r: Gateway | Port, o: OtherCost): OtherCost {
  if (o.monthlyUsd === null) return o;
  const typeOpen = r.kind === 'gateway' && r.flavor === 'vnet' && (isUnknown(r, 'gatewayType') || r.possible?.gatewayType !== undefined);
  const when =
    deployedOnlyIf(r) ??
    (typeOpen
      ? `it is an ExpressRoute gateway only for some values of its type (${isUnknown(r, 'gatewayType') ? notKnown('gatewayType', unknownReason(r, 'gatewayType')!) : `\`gatewayType\` is one of ${r.possible!.gatewayType!.values.map(String).join(', ')} (${r.possible!.gatewayType!.from})`})`
      : undefined);
  if (when === undefined) return o;
  return { ...o, monthlyUsd: null, priced: 'none', notes: [...(o.notes ?? []), notInTotal(when, o.monthlyUsd)] };
}

/** The same for a circuit a template deploys only on a condition it leaves open. */
function circuitIfDeployed(c: Circuit, out: CircuitCost): CircuitCost {
  const current = out.monthlyUsd.current;
  if (current === null) return out;
  const when = deployedOnlyIf(c);
  if (when === undefined) return out;
  return { ...out, monthlyUsd: { ...out.monthlyUsd, current: null }, priced: 'none', notes: [...(out.notes ?? []), notInTotal(when, current)] };
}

/** Why a template resource may not be deployed (an open condition or copy count, or only some choices deploy it); undefined when it is. */
function deployedOnlyIf(r: Circuit | Gateway | Port): string | undefined {
  if (isUnknown(r, 'deployed')) return `whether it is deployed is not known (${unknownReason(r, 'deployed')!.replace(/^`deployed`:? /, '')})`;
  return r.possible?.deployed ? `it is deployed only for some choices (${r.possible.deployed.from})` : undefined;
}

/** The note of a resource that is priced but may not be deployed, and so is left out of the total. */
const notInTotal = (when: string, monthlyUsd: number) => `${when}: ${usd(monthlyUsd)}/month if it is, nothing otherwise; not in the total`;

function trailFields(trail: Trail): Pick<OtherCost, 'unverified' | 'priceSources'> {
  return { ...(trail.unverified ? { unverified: trail.unverified } : {}), ...(trail.sources ? { priceSources: trail.sortedSources() } : {}) };
}

/**
 * An other cost as `{ ...base, monthlyUsd, basis, notes, priced, ...trailFields(trail) }` made it
 * (base's keys first, in their order; then notes and the trail's fields), without spreads.
 */
function otherCost(r: Gateway | Port, monthlyUsd: number | null, basis: string, priced: OtherCost['priced'], notes: string[], trail?: Trail): OtherCost {
  const o: OtherCost = { resourceId: r.id, resourceName: r.name, resourceType: r.type, subscriptionId: r.subscriptionId, tenantId: r.tenantId, monthlyUsd, basis, priced, notes };
  if (trail) {
    if (trail.unverified) o.unverified = trail.unverified;
    if (trail.sources) o.priceSources = trail.sortedSources();
  }
  return o;
}

function portCost(p: Port, idx: CatalogueIndex, circuitCostOf: (key: string) => CircuitCost | undefined): OtherCost {
  const trail = new Trail();
  const notes: string[] = [];
  const base: OtherCost = { resourceId: p.id, resourceName: p.name, resourceType: p.type, subscriptionId: p.subscriptionId, tenantId: p.tenantId, monthlyUsd: null, basis: '', priced: 'none' };
  const loc = peeringLocationInfo(p.peeringLocation, cloudOfRegion(p.location));
  const zone = loc?.zone ?? null;
  // A value a template leaves open is said to be open, never "(none)" (src/inventory/facts.ts).
  const open = (f: string) => (isUnknown(p, f) ? notKnown(f, unknownReason(p, f)!) : undefined);
  if (!loc) notes.push(open('peeringLocation') ?? (p.peeringLocation ? `${unknownLocationReason(p.peeringLocation, true, cloudOfRegion(p.location))}: no zone is guessed` : 'peering location "(none)" is not in erscan\'s zone map'));
  // The egress a Metered port prices per GB: a Local circuit's is included in its plan, on any port, so left out.
  let egress = 0;
  let localEgress = 0;
  for (let i = 0; i < p.circuitKeys.length; i++) {
    const cc = circuitCostOf(p.circuitKeys[i]);
    if (cc?.tier === 'Local') localEgress += cc.egressGbPerMonth;
    else egress += cc?.egressGbPerMonth ?? 0;
  }
  if (localEgress > 0) notes.push(`${gb(localEgress)}/month of egress of Local circuits on this port is left out of its egress (Local includes it)`);
  const billing = (normaliseModel(p.billingType) ?? 'unknown') as BillingModel;
  const gbps = p.bandwidthGbps;
  if (p.circuitKeys.length === 0) notes.push(`no circuit ${isTemplateResource(p) ? 'in these files ' : ''}uses this port pair, but it is billed (from 45 days after creation, or from the first enabled link)`);
  if (p.links.length > 0 && p.links.every((l) => l.adminState?.toLowerCase() === 'disabled')) notes.push('all links are disabled: billing still starts 45 days after the port was created');
  if (!gbps || (billing !== 'MeteredData' && billing !== 'UnlimitedData')) {
    // Each reason once, naming the value found (a template that leaves billingType out: the spec and Learn give no default).
    const why = [
      open('bandwidthGbps') ?? (!gbps ? (gbps === undefined ? 'no port bandwidth' : `port bandwidth ${gbps} Gbps`) : undefined),
      open('billingType') ?? (billing !== 'MeteredData' && billing !== 'UnlimitedData' ? (p.billingType ? `billing type "${p.billingType}" (expected MeteredData or UnlimitedData)` : 'no billing type (MeteredData or UnlimitedData; Azure documents no default)') : undefined),
    ].filter(Boolean);
    notes.push(`${why.join('; ')}: not priced`);
    return { ...base, basis: 'ExpressRoute Direct port pair', notes, egressGbPerMonth: egress };
  }
  const fee = idx.directPort(gbps, billing, zone);
  const price = trail.use(fee.quote, `Direct ${gbps} Gbps ${modelName(billing)} port pair`);
  const otherModel: BillingModel = billing === 'MeteredData' ? 'UnlimitedData' : 'MeteredData';
  const other = idx.directPort(gbps, otherModel, zone).quote;
  const egressRate = zone ? idx.egressRate(zone)?.value : undefined;
  let breakEven: number | null = null;
  if (price !== null && other && egressRate) {
    const [m, u] = billing === 'MeteredData' ? [price, other.value] : [other.value, price];
    breakEven = Math.round((u - m) / egressRate);
    notes.push(`port-level break-even: ${gb(breakEven)}/month of circuit egress (${gb(egress)} declared or measured)`);
  }
  if (price === null) notes.push(`port pair not priced: ${fee.figure?.unverified ?? 'no figure in the catalogue'}`);
  return {
    ...base,
    monthlyUsd: price,
    basis: `ExpressRoute Direct ${gbps} Gbps port pair, ${modelName(billing)}${zone ? `, ${zone}` : ''}`,
    notes,
    egressGbPerMonth: egress,
    breakEvenGbPerMonth: breakEven,
    priced: price === null ? 'none' : 'full',
    ...(price === null ? { missing: [`Direct ${gbps} Gbps ${modelName(billing)} port pair`] } : {}),
    ...trailFields(trail),
  };
}

/** One subscription's or tenant's running sums (its report entry is made from them once every cost is added). */
class GroupSums {
  monthlyUsd = 0;
  potentialSavingsUsd = 0;
  circuits = 0;
  unpriced = 0;
  partlyPriced = 0;
  constructor(readonly id: string) {}
  /** One cost's figures (a circuit's or another resource's): its monthly price (null: not priced), whether in part, its saving. */
  add(monthly: number | null, partial: boolean, saving: number): void {
    if (monthly === null) this.unpriced++;
    else this.monthlyUsd += monthly;
    if (partial) this.partlyPriced++;
    this.potentialSavingsUsd += saving;
  }
}

/** The groups of one grouping (by subscription, by tenant), in first-seen order. */
class Groups {
  private readonly byId = new Map<string, GroupSums>();
  // Costs come sorted by id, so mostly a subscription's (and a tenant's) one after another: the last group is
  // checked before the map.
  private last?: GroupSums;
  of(id: string): GroupSums {
    const last = this.last;
    if (last !== undefined && last.id === id) return last;
    let g = this.byId.get(id);
    if (g === undefined) this.byId.set(id, (g = new GroupSums(id)));
    return (this.last = g);
  }
  /** The report's entries, by id (the keys in the order reports print them). */
  totals(names: Map<string, { name?: string; tenantId?: string }>): CostGroupTotal[] {
    const out: CostGroupTotal[] = [];
    for (const g of this.byId.values()) {
      const info = names.size > 0 ? names.get(g.id) : undefined;
      const t = { id: g.id } as CostGroupTotal;
      if (info?.name) t.name = info.name;
      if (info?.tenantId) t.tenantId = info.tenantId;
      t.monthlyUsd = round2(g.monthlyUsd);
      t.potentialSavingsUsd = round2(g.potentialSavingsUsd);
      t.circuits = g.circuits;
      t.unpriced = g.unpriced;
      t.partlyPriced = g.partlyPriced;
      out.push(t);
    }
    return out.sort((a, b) => compareText(a.id, b.id));
  }
}

/**
 * The estate's totals and its totals per subscription and per tenant, in one pass over the costs (there were
 * three, each working out every circuit's saving again): each sum adds the same figures in the same order, from
 * 0, so it is the same number.
 */
function totalsAndGroups(costs: CircuitCost[], otherCosts: OtherCost[], subNames: Map<string, { name?: string; tenantId?: string }>): { totals: CostSummary['totals']; bySubscription: CostGroupTotal[]; byTenant: CostGroupTotal[] } {
  const bySubscription = new Groups();
  const byTenant = new Groups();
  let monthly = 0;
  let savings = 0;
  let unpriced = 0;
  let partlyPriced = 0;
  let required = 0;
  let requiredUsd = 0;
  // Index loops: run once per scan, mostly unoptimised, where a for-of allocates per element.
  for (let i = 0; i < costs.length; i++) {
    const c = costs[i];
    const current = c.monthlyUsd.current;
    const partial = c.priced === 'partial';
    const fix = requiredFixOf(c);
    // What the circuit's advice adds to the potential savings, worked out once. A required change's advice is measured
    // from today's bill and includes the tier change, which the required total counts: the savings count only what the
    // advice saves beyond it (Standard Metered → Premium Unlimited: +750 required, 2,236 saved; together the advice's
    // 1,486), never the tier change twice. The estate's totals and each subscription's and tenant's count it the same way.
    const saving = Math.max(0, (c.recommendation?.monthlySavingsUsd ?? 0) + (fix ?? 0));
    monthly += current ?? 0;
    if (current === null) unpriced++;
    if (partial) partlyPriced++;
    savings += saving;
    if (fix !== undefined) {
      required++;
      requiredUsd += fix;
    }
    const s = bySubscription.of(c.subscriptionId ?? '(unknown)');
    const t = byTenant.of(c.tenantId ?? '(unknown)');
    s.circuits++;
    t.circuits++;
    s.add(current, partial, saving);
    t.add(current, partial, saving);
  }
  for (let i = 0; i < otherCosts.length; i++) {
    const o = otherCosts[i];
    const cost = o.monthlyUsd;
    const partial = o.priced === 'partial';
    const saving = otherSaving(o);
    monthly += cost ?? 0;
    if (cost === null) unpriced++;
    if (partial) partlyPriced++;
    savings += saving;
    const s = bySubscription.of(o.subscriptionId ?? '(unknown)');
    const t = byTenant.of(o.tenantId ?? '(unknown)');
    s.add(cost, partial, saving);
    t.add(cost, partial, saving);
  }
  // Keys in the order reports print them.
  const totals: CostSummary['totals'] = { monthlyUsd: round2(monthly), potentialSavingsUsd: round2(savings), unpriced, partlyPriced, atLeast: unpriced + partlyPriced > 0 };
  if (required > 0) totals.requiredChangesUsd = round2(requiredUsd);
  return { totals, bySubscription: bySubscription.totals(subNames), byTenant: byTenant.totals(NO_NAMES) };
}

const NO_NAMES = new Map<string, { name?: string; tenantId?: string }>();

export function countUnverifiedFigures(cat: PriceCatalogue): number {
  const all = [...cat.circuits, ...cat.egress, ...cat.premiumAddOn, ...cat.directPorts, ...cat.globalReach.addOn, ...cat.globalReach.perGb, ...cat.gateways, ...cat.vwan, ...(cat.directPremiumAddOn ? [cat.directPremiumAddOn] : [])];
  return all.filter((f) => f.unverified).length;
}

/** What `estimateCosts` was called with, per summary: rules re-price possible worlds with the same inputs. */
const inputsBySummary = new WeakMap<CostSummary, EstimateOptions>();
const memo = new WeakMap<Inventory, WeakMap<EstimateOptions, CostSummary>>();

/** The options a summary was estimated with (undefined for a summary built elsewhere, e.g. by a test). */
export function estimateInputsOf(summary: CostSummary | undefined): EstimateOptions | undefined {
  return summary ? inputsBySummary.get(summary) : undefined;
}

/**
 * The estimate of an inventory with the same options as an earlier summary, memoised per inventory: the
 * rules call it for each possible world (src/inventory/worlds.ts) and get the summary the pipeline already
 * computed for the estate itself.
 */
export function costsFor(inv: Inventory, opts: EstimateOptions): CostSummary {
  let byOpts = memo.get(inv);
  if (!byOpts) memo.set(inv, (byOpts = new WeakMap()));
  let s = byOpts.get(opts);
  if (!s) byOpts.set(opts, (s = estimateOne(inv, opts)));
  return s;
}

/** The pricing model over one inventory (each possible world of a template priced on its own; see `monthlyUsdRange`). */
export function estimateCosts(inv: Inventory, opts: EstimateOptions): CostSummary {
  const summary = costsFor(inv, opts);
  addWorldRanges(inv, opts, summary);
  return summary;
}

function estimateOne(inv: Inventory, opts: EstimateOptions): CostSummary {
  const idx = new CatalogueIndex(opts.catalogue);
  useCurrency(opts.catalogue.currency);
  sharedTexts = new SharedTexts();
  const analysis: EstateAnalysis = analyse(inv, opts);
  const notices: string[] = [...analysis.notices];
  const gatewayUsage = opts.usage ? matchUsage(opts.usage.gateways, inv.gateways, 'gateway', opts.usage.file) : { byKey: new Map<string, { scaleUnits?: number }>(), notices: [] };
  notices.push(...gatewayUsage.notices);

  // Costs in inventory order, each beside the record it prices (see PricedRecords): rules find a record's cost by it.
  const analyses = analysis.circuits();
  const records = new Array<Circuit>(analyses.length);
  const keys = new Array<string>(analyses.length);
  const inOrder = new Array<CircuitCost>(analyses.length);
  const onPorts = circuitKeysOnPorts(inv);
  for (let i = 0; i < analyses.length; i++) {
    const c = (records[i] = analyses[i].circuit);
    keys[i] = c.key;
    inOrder[i] = circuitIfDeployed(c, estimateCircuit(analyses[i], idx, opts, notices));
    if (onPorts !== undefined && onPorts.has(c.key)) onPorts.set(c.key, inOrder[i]);
  }
  // Sorted by the records' keys: their lower-cased ids (src/inventory/model.ts), made once by the inventory.
  const circuits = sortById(inOrder, keys);
  const costs = circuits.sorted;
  const circuitCostOf = circuits.unique ? (key: string) => onPorts?.get(key) : circuitCostsByLowerId(costs);
  const gatewayCosts = new Array<OtherCost>(inv.gateways.length);
  const gatewayAnalyses = inv.gateways.length > 0 ? analysis.gateways() : [];
  for (let i = 0; i < inv.gateways.length; i++) {
    gatewayCosts[i] = ifDeployed(inv.gateways[i], gatewayCost(inv.gateways[i], idx, gatewayUsage.byKey));
    // The same verdict as ERS-COST-005's (the analysis): a gateway no connection uses.
    if (gatewayAnalyses[i].idle.value === true) adviseDeletion(gatewayCosts[i], 'no connection uses this gateway, which is billed by the hour whether or not it carries traffic: delete it, or connect it to a circuit (ERS-COST-005)');
  }
  const portCosts = new Array<OtherCost>(inv.ports.length);
  for (let i = 0; i < inv.ports.length; i++) {
    portCosts[i] = ifDeployed(inv.ports[i], portCost(inv.ports[i], idx, circuitCostOf));
    // ERS-COST-006's verdict: a port pair with no circuit.
    if (portIdle(inv.ports[i]).value === true) adviseDeletion(portCosts[i], 'no circuit is on this port pair, which is billed from 45 days after its creation whether or not it is used: delete it, or create circuits on it (ERS-COST-006)');
  }
  const others = sortById(gatewayCosts.concat(portCosts), keysOf(inv.gateways, inv.ports));
  const otherCosts = others.sorted;

  const withoutUsage = meteredWithoutEgress(costs);
  if (withoutUsage.length > 0) notices.push(`${withoutUsage.length} metered circuit(s) have no declared or measured egress: their cost excludes egress (${withoutUsage.join(', ')})`);

  const subNames = new Map(inv.subscriptions.map((s) => [s.subscriptionId, { name: s.name, tenantId: s.tenantId }]));
  const sums = totalsAndGroups(costs, otherCosts, subNames);
  const summary: CostSummary = {
    costs,
    otherCosts,
    totals: sums.totals,
    priceCatalogue: {
      effectiveDate: opts.catalogue.effectiveDate,
      currency: opts.catalogue.currency,
      source: opts.catalogue.source,
      ...(opts.catalogueFile && opts.catalogueFile !== BUNDLED_CATALOGUE ? { file: opts.catalogueFile } : {}),
      unverifiedFigures: countUnverifiedFigures(opts.catalogue),
    },
    bySubscription: sums.bySubscription,
    byTenant: sums.byTenant,
    notices,
  };
  inputsBySummary.set(summary, opts);
  if (circuits.unique && others.unique) {
    const sortedCircuits = new Array<Circuit>(records.length);
    for (let i = 0; i < records.length; i++) sortedCircuits[i] = records[circuits.order[i]];
    linkCostsToRecords(summary, { circuits: records, circuitCosts: inOrder, gateways: inv.gateways, gatewayCosts, ports: inv.ports, portCosts, sortedCircuits });
  }
  return summary;
}

/** A gateway's or port's advice to delete it, as it carries nothing: its bill is waste, and deleting it saves what it costs (deletionSaving). */
function adviseDeletion(o: OtherCost, reason: string): void {
  o.recommendation = { kind: 'delete-unused', monthlySavingsUsd: deletionSaving(o), reason };
  o.waste = true;
}

/** What an advice on a gateway or port adds to the potential savings (a saving not known adds nothing). */
function otherSaving(o: OtherCost): number {
  return Math.max(0, o.recommendation?.monthlySavingsUsd ?? 0);
}

/**
 * The circuit keys the inventory's ports list, each to be given its circuit's cost: a port's egress is its
 * circuits'. When the estimate's ids are distinct without case, the cost is filed under the circuit's key
 * (its lower-cased id) only for these circuits, instead of a map of every circuit's lower-cased id (~90 ms at
 * 100,000 circuits). Undefined when no port lists a circuit.
 */
function circuitKeysOnPorts(inv: Inventory): Map<string, CircuitCost | undefined> | undefined {
  let m: Map<string, CircuitCost | undefined> | undefined;
  for (let i = 0; i < inv.ports.length; i++) {
    const keys = inv.ports[i].circuitKeys;
    for (let j = 0; j < keys.length; j++) (m ??= new Map()).set(keys[j], undefined);
  }
  return m;
}

/**
 * A circuit advised to be deleted because it carries nothing: its advice if a finding's fix keeps it instead
 * (keepResources), with the notes that advice writes. Only the estimate that priced the cost sets it.
 */
const adviceIfKept = new WeakMap<CircuitCost, { advice: CostRecommendation | null; notes: string[] }>();

/** Why the cost view keeps a resource its advice would delete (src/findings/kept.ts). */
export interface KeepReason {
  /**
   * `use`: a finding's fix uses it as it is (ERS-RED-001 connects it); `provision`: a finding's fix has its provider
   * provision it (ERS-RED-001, a circuit connected to the gateway that the provider has not provisioned yet);
   * `accepted`: the finding that deletes it is suppressed.
   */
  kind: 'use' | 'provision' | 'accepted';
  /** Said in the note: "ERS-RED-001 proposes connecting it to ergw-1", "ERS-COST-003 is suppressed (cold standby)". */
  why: string;
}

/**
 * Resources the cost view keeps rather than delete (`why`, by key). A circuit a finding's fix uses as it is (ERS-RED-001
 * connects a circuit the estate already has): its advice to delete it because it carries nothing is withdrawn, and it
 * gets the advice it has once kept. A circuit, gateway or Direct port whose deleting finding (ERS-COST-001, -003, -005,
 * -006) is suppressed, a decision the team has made and justified: its advice to delete it is withdrawn, as a dismissed
 * Azure Advisor recommendation leaves Advisor's list. Each keeps a note saying why and what deleting it would have
 * saved, and the totals are summed again without that saving, so the cost view and the findings tell one story.
 */
export function keepResources(summary: CostSummary, why: Map<string, KeepReason>): void {
  useCurrency(summary.priceCatalogue.currency);
  let changed = false;
  const savedText = (saving: number | null) => (saving === null ? 'an amount not known' : `${usd(saving)}/month`);
  for (const c of summary.costs) {
    const reason = why.get(c.resourceId.toLowerCase());
    const r = c.recommendation;
    if (reason === undefined || !(r?.kind === 'delete-unused' || (reason.kind !== 'use' && r?.kind === 'delete-unprovisioned'))) continue;
    // The advice it has once kept: what its tier needs or does not (Premium dropped where nothing needs it, as ERS-SKU-002 says).
    const kept = r.kind === 'delete-unused' ? adviceIfKept.get(c) : undefined;
    const note =
      reason.kind === 'use'
        ? `kept, not deleted: ${reason.why}, which uses it as it is; deleting it would save ${savedText(r.monthlySavingsUsd)}, but a new circuit would then be needed there`
        : reason.kind === 'provision'
          ? `kept, not deleted: ${reason.why}; deleting it would save ${savedText(r.monthlySavingsUsd)}, but a new circuit would then be needed there`
          : `kept, not deleted: ${reason.why}; deleting it would save ${savedText(r.monthlySavingsUsd)}`;
    c.notes = [...(c.notes ?? []), note, ...(kept?.notes ?? [])];
    c.recommendation = kept?.advice ?? null;
    // Kept for a use, its bill is no longer waste; kept by a decision, or until its provider provisions it, it still carries nothing.
    if (reason.kind === 'use') delete c.waste;
    changed = true;
  }
  for (const o of summary.otherCosts) {
    const reason = why.get(o.resourceId.toLowerCase());
    // A gateway a finding's fix moves connections to (the new gateway of a gateway migration, ERS-RED-004) or kept by a decision.
    if ((reason?.kind !== 'accepted' && reason?.kind !== 'use') || o.recommendation?.kind !== 'delete-unused') continue;
    o.notes = [...(o.notes ?? []), `kept, not deleted: ${reason.why}; deleting it would save ${savedText(o.recommendation.monthlySavingsUsd)}`];
    delete o.recommendation;
    if (reason.kind === 'use') delete o.waste;
    changed = true;
  }
  if (!changed) return;
  // Keeping changes advice, not what is priced or read: a total that is a lower bound (coverage gaps, which the scan
  // marks on the totals) stays one.
  const sums = totalsAndGroups(summary.costs, summary.otherCosts, new Map(summary.bySubscription?.map((g) => [g.id, { name: g.name, tenantId: g.tenantId }])));
  summary.totals = { ...sums.totals, atLeast: summary.totals.atLeast };
  if (summary.bySubscription) summary.bySubscription = sums.bySubscription;
  if (summary.byTenant) summary.byTenant = sums.byTenant;
}

/** The names of the metered circuits with a price and no declared or measured egress, in order. */
function meteredWithoutEgress(costs: CircuitCost[]): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  for (let i = 0; i < costs.length; i++) {
    const c = costs[i];
    if (c.egressSource === 'none' && c.billingModel === 'MeteredData' && c.monthlyUsd.current !== null) names.push(c.resourceName);
  }
  return names;
}

/** The tier change a finding requires of the circuit (Premium added, Local upgraded), priced on its own; undefined when none is required or its price is not known. */
function requiredFixOf(c: CircuitCost): number | undefined {
  if (c.recommendation?.required !== true) return undefined;
  const fix = c.fixCosts?.[c.tier === 'Local' ? 'upgrade-from-local' : 'add-premium'];
  return typeof fix === 'number' ? fix : undefined;
}

function keysOf(a: readonly Gateway[], b: readonly Port[]): string[] {
  const keys = new Array<string>(a.length + b.length);
  for (let i = 0; i < a.length; i++) keys[i] = a[i].key;
  for (let i = 0; i < b.length; i++) keys[a.length + i] = b[i].key;
  return keys;
}

/** Circuit costs by lower-cased id (the last sorted wins), when two ids are equal without case. */
function circuitCostsByLowerId(costs: CircuitCost[]): (key: string) => CircuitCost | undefined {
  const byKey = new Map<string, CircuitCost>();
  for (let i = 0; i < costs.length; i++) byKey.set(costs[i].resourceId.toLowerCase(), costs[i]);
  return (key) => byKey.get(key);
}

/**
 * Whether any resource has possible values. Without any, the inventory is its only world (worldCount is 1),
 * and this check spares a live estate worldCount's per-resource lists (some 7 MB of garbage at 10,000 circuits).
 */
function hasPossibleValues(inv: Inventory): boolean {
  let any = false;
  inv.byKey.forEach((r) => {
    if (r.possible) any = true;
  });
  return any;
}

/**
 * Template values with a small set of possible values (src/inventory/worlds.ts): each world is priced on its
 * own and every resource whose price differs between worlds, or is unknown in the estate itself, gets the
 * range. A value with no possible set stays unknown: never a guess.
 */
function addWorldRanges(inv: Inventory, opts: EstimateOptions, summary: CostSummary): void {
  if (!hasPossibleValues(inv) || worldCount(inv) <= 1) return;
  const worlds = worldsOf(inv);
  if (!worlds) {
    summary.notices = [...(summary.notices ?? []), `the templates' possible values make more than 64 combinations: resources with possible values are not priced`];
    return;
  }
  const perWorld = worlds.map((w) => costsFor(w.inventory, opts));
  const range = (values: (number | null)[]): { min: number; max: number } | undefined => (values.every((v): v is number => v !== null) ? { min: Math.min(...values), max: Math.max(...values) } : undefined);
  for (const c of summary.costs) {
    // A circuit missing from a world is not deployed there: it costs nothing there.
    const values = perWorld.map((s) => {
      const there = costById(s, c.resourceId) as CircuitCost | undefined;
      return there === undefined ? 0 : there.monthlyUsd.current;
    });
    const r = range(values);
    if (r && (c.monthlyUsd.current === null || r.min !== r.max)) c.monthlyUsdRange = r;
  }
  for (const o of summary.otherCosts) {
    // A gateway or port missing from a world is not deployed there (or not an ExpressRoute gateway): it costs nothing there.
    const values = perWorld.map((s) => {
      const there = costById(s, o.resourceId) as OtherCost | undefined;
      return there === undefined ? 0 : there.monthlyUsd;
    });
    const r = range(values);
    if (r && (o.monthlyUsd === null || r.min !== r.max)) o.monthlyUsdRange = r;
  }
}
