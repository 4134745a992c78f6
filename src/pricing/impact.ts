/**
 * The cost of compliance: what fixing a finding adds to or saves from the monthly bill, priced with the
 * same catalogue and the same estimate the cost view shows (so a finding's `costImpactUsd` and the cost
 * table agree). Each answer is a number (positive costs more, negative saves) or null when a price it needs
 * is missing; the `basis` says what was priced.
 */
import type { CircuitAnalysis } from '../analysis/index.js';
import type { AnyResource, Circuit, Gateway, Port } from '../inventory/model.js';
import { CatalogueIndex, formatBandwidth, localBandwidthFor, type BillingModel } from './catalogue.js';
import type { EstimateOptions } from './estimate.js';
import type { CircuitCost, CostRecommendation, CostSummary, FixKind, OtherCost } from './model.js';
import { prefixOf } from '../util/money.js';
import { allPeeringLocations, armRegionName, cloudOfRegion, isLocalRegion } from '../locations/index.js';

export interface Impact {
  /** undefined: the scan has no cost estimate at all (no impact is reported); null: a price is missing. */
  usd: number | null | undefined;
  basis: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const indexes = new WeakMap<EstimateOptions, CatalogueIndex>();
function indexOf(opts: EstimateOptions): CatalogueIndex {
  let i = indexes.get(opts);
  if (!i) indexes.set(opts, (i = new CatalogueIndex(opts.catalogue)));
  return i;
}

/**
 * Costs by resource id, built once per summary (for a summary the estimate did not link to its records, and
 * for an id with no record at hand): by lower-cased id (ids are case-insensitive), and by the exact id for the
 * common case of a lookup spelt as the cost was, which spares lower-casing the id at every call. The exact map
 * gives what the lower-cased one would.
 */
type CostIndex = { lower: Map<string, CircuitCost | OtherCost>; exact: Map<string, CircuitCost | OtherCost> };
const byId = new WeakMap<CostSummary, CostIndex>();
export function costById(costs: CostSummary, resourceId: string): CircuitCost | OtherCost | undefined {
  let m = byId.get(costs);
  if (!m) byId.set(costs, (m = indexCosts(costs)));
  return m.exact.get(resourceId) ?? m.lower.get(resourceId.toLowerCase());
}

/**
 * Builds both maps, lower-casing each id once (it was twice: ~10–20 ms at 10,000 circuits). When no two ids
 * collide case-insensitively (the normal case, seen while filling the lower-cased map) each id's cost is
 * its own item, so the exact map takes the items directly; on a collision the last listed wins for every
 * spelling, as the lower-cased map has it.
 */
function indexCosts(costs: CostSummary): CostIndex {
  const lower = new Map<string, CircuitCost | OtherCost>();
  let collide = false;
  const lowerAdd = (c: CircuitCost | OtherCost) => {
    const k = c.resourceId.toLowerCase();
    if (!collide && lower.has(k)) collide = true;
    lower.set(k, c);
  };
  for (const c of costs.costs) lowerAdd(c);
  for (const o of costs.otherCosts) lowerAdd(o);
  const exact = new Map<string, CircuitCost | OtherCost>();
  if (!collide) {
    for (const c of costs.costs) exact.set(c.resourceId, c);
    for (const o of costs.otherCosts) exact.set(o.resourceId, o);
  } else {
    for (const c of costs.costs) exact.set(c.resourceId, lower.get(c.resourceId.toLowerCase())!);
    for (const o of costs.otherCosts) exact.set(o.resourceId, lower.get(o.resourceId.toLowerCase())!);
  }
  return { lower, exact };
}

/** The records an estimate priced with their costs, in inventory order: `circuits[i]` is priced by `circuitCosts[i]`, and so on. */
export interface PricedRecords {
  circuits: readonly Circuit[];
  circuitCosts: readonly CircuitCost[];
  gateways: readonly Gateway[];
  gatewayCosts: readonly OtherCost[];
  ports: readonly Port[];
  portCosts: readonly OtherCost[];
  /** `sortedCircuits[i]` is the circuit `summary.costs[i]` prices. */
  sortedCircuits: readonly Circuit[];
}
const priced = new WeakMap<CostSummary, { records: PricedRecords; byRecord?: Map<AnyResource, CircuitCost | OtherCost> }>();

/**
 * Links a summary's costs to the records they price, for `costOf`. The estimate calls it only when no two of
 * its resource ids are equal without case (and the records of one inventory never share a key, their
 * lower-cased id: src/inventory/model.ts), so a record's own cost is what `costById(summary, record.id)` gives.
 */
export function linkCostsToRecords(summary: CostSummary, records: PricedRecords): void {
  priced.set(summary, { records });
}

/**
 * The cost of a resource of the inventory the summary priced, as `costById(costs, r.id)` gives it, found by
 * the record: at `at` when that is its place in its inventory list (rules looping over the inventory know
 * it), else in a map keyed by the records, made on the first such lookup. At 100,000 circuits `costById`'s
 * maps of 150,000 ids (each id lower-cased and hashed, the maps missing the cache at every access) cost
 * ~0.4 s on the first lookup; a map keyed by records (objects, whose hash is a number kept in the object)
 * ~0.08 s, and a lookup by place nothing.
 */
export function costOf(costs: CostSummary, r: AnyResource, at = -1): CircuitCost | OtherCost | undefined {
  const linked = priced.get(costs);
  if (linked !== undefined) {
    const x = linked.records;
    if (at >= 0) {
      if (x.circuits[at] === r) return x.circuitCosts[at];
      if (x.gateways[at] === r) return x.gatewayCosts[at];
      if (x.ports[at] === r) return x.portCosts[at];
    }
    const c = (linked.byRecord ??= recordMap(x)).get(r);
    if (c !== undefined) return c;
  }
  return costById(costs, r.id);
}

/**
 * The circuit `costs.costs[i]` prices, for rules that go through the costs: `inventory.byKey.get(id.toLowerCase())`
 * for the inventory the summary priced, without a lower-cased copy of each id and a lookup by it. Undefined for a
 * summary the estimate did not link to its records.
 */
export function circuitPricedAt(costs: CostSummary, i: number): Circuit | undefined {
  return priced.get(costs)?.records.sortedCircuits[i];
}

function recordMap(x: PricedRecords): Map<AnyResource, CircuitCost | OtherCost> {
  const m = new Map<AnyResource, CircuitCost | OtherCost>();
  for (let i = 0; i < x.circuits.length; i++) m.set(x.circuits[i], x.circuitCosts[i]);
  for (let i = 0; i < x.gateways.length; i++) m.set(x.gateways[i], x.gatewayCosts[i]);
  for (let i = 0; i < x.ports.length; i++) m.set(x.ports[i], x.portCosts[i]);
  return m;
}

/**
 * A circuit's single change (remove Premium, switch to Unlimited, delete …) as the estimate priced it; `at`:
 * the circuit's place in its inventory's list, when known (see costOf).
 */
export function circuitFixImpact(costs: CostSummary | undefined, circuit: Circuit, fix: FixKind, at?: number): number | null | undefined {
  if (!costs) return undefined;
  const c = costOf(costs, circuit, at) as CircuitCost | undefined;
  const v = c?.fixCosts?.[fix];
  return v === undefined ? null : v;
}

/** Deleting a gateway or a Direct port: its monthly figure saved (null when not priced, or priced in part). */
export function deleteResourceImpact(costs: CostSummary | undefined, resource: Gateway | Port, at?: number): number | null | undefined {
  if (!costs) return undefined;
  const o = costOf(costs, resource, at) as OtherCost | undefined;
  if (!o || !('basis' in o)) return null;
  const saving = deletionSaving(o);
  return saving === null ? null : -saving;
}

/**
 * What deleting a gateway or Direct port saves a month: its whole bill, when it is priced in full; null otherwise
 * (a figure priced in part is a lower bound). The finding's fix (deleteResourceImpact) and the cost view's advice
 * (src/pricing/estimate.ts) both take it from here.
 */
export function deletionSaving(o: OtherCost): number | null {
  return o.monthlyUsd === null || o.priced !== 'full' ? null : o.monthlyUsd;
}

/**
 * A second circuit for redundancy, sized on `model` (the largest circuit serving the gateway) as the findings
 * and the FinOps advice about that circuit would have it: the tier it needs (Premium where Standard cannot
 * reach, Standard for a Local circuit that reaches beyond its metro, for the retired Basic tier, and for a
 * Premium circuit whose add-on nothing needs), and the billing model the advice chose (`advice`: a new
 * Metered circuit where Unlimited is far below the break-even, Unlimited where Metered is above it), priced in
 * the zone of its peering location: the second location is not known, and a location in another zone costs
 * differently (the basis says so). A metered second circuit is priced without egress: the traffic is split
 * between the circuits, not added. Direct circuits need a second port pair, which the bundled catalogue does
 * not price.
 */
export function secondCircuitImpact(model: CircuitAnalysis | undefined, opts: EstimateOptions | undefined, advice?: CostRecommendation | null, elsewhere?: SecondSite): Impact {
  if (!opts) return { usd: undefined, basis: 'no price catalogue in this scan' };
  if (!model) return { usd: null, basis: 'no circuit serving the gateway is in the inventory to size a second one on' };
  // Never a tier or plan a finding or the advice rejects (ERS-SKU-001/002/003/004, ERS-COST-101/102).
  const premium = model.needs.premium.verdict;
  let tier =
    model.needs.requiredTier ??
    (model.tier === 'Basic' ? (premium === 'needed' ? 'Premium' : 'Standard') : model.tier === 'Premium' && premium === 'not-needed' ? 'Standard' : model.tier);
  // A second Local circuit must be at another location that offers Local for the gateway's region (ERS-SKU-004):
  // where none does (Japan West is Osaka's alone), the second circuit is Standard, on the Local circuit's plan.
  let noLocal = '';
  if (tier === 'Local' && elsewhere) {
    const serving = allPeeringLocations(cloudOfRegion(model.circuit.location)).filter((l) => isLocalRegion(l, elsewhere.region));
    const other = serving.some((l) => (elsewhere.by === 'metro' ? !elsewhere.taken.has(l.metro.toLowerCase()) : l.sites.some((x) => !elsewhere.taken.has(x.key))));
    if (!other) {
      tier = 'Standard';
      const arm = elsewhere.region ? armRegionName(elsewhere.region) : undefined;
      const region = serving[0]?.localRegionNames.find((n) => armRegionName(n) === arm) ?? elsewhere.region;
      noLocal = !elsewhere.region
        ? ": the gateway's region is not known, so whether another peering location offers ExpressRoute Local for it is not known either: Standard"
        : serving.length === 0
          ? `: no peering location offers ExpressRoute Local for ${region}, so Standard`
          : `: no other ${elsewhere.by === 'metro' ? 'metro' : 'peering location'} offers ExpressRoute Local for ${region} (${serving.map((l) => l.name).join(', ')} only), so Standard`;
    }
  }
  const changes = advice?.changes ?? (advice?.kind ? [advice.kind] : []);
  const m = (
    // Local has one plan, Unlimited (a Local circuit that says Metered is ERS-SKU-005's).
    tier === 'Local' || noLocal || (model.needs.requiredTier && model.tier === 'Local')
      ? 'UnlimitedData'
      : changes.includes('new-metered-circuit')
        ? 'MeteredData'
        : changes.includes('switch-to-unlimited')
          ? 'UnlimitedData'
          : model.billingModel
  ) as BillingModel | undefined;
  // Local is sold from 1 Gbps (ERS-SKU-005): a second Local circuit is the smallest Local size that carries the first's bandwidth, as priced.
  const bw = tier === 'Local' && model.bandwidthMbps ? (localBandwidthFor(model.bandwidthMbps) ?? model.bandwidthMbps) : model.bandwidthMbps;
  const zone = model.zone;
  // Only the parts known are said; the others are named as not known (never a `?` in a message).
  const plan = m === 'MeteredData' ? 'Metered' : m === 'UnlimitedData' ? 'Unlimited' : m;
  const what = `one more ${[bw ? formatBandwidth(bw) : undefined, tier, plan].filter((x) => x !== undefined).join(' ')} circuit in a second peering location${noLocal}`;
  if (model.circuit.isDirect) return { usd: null, basis: `${what}, on an ExpressRoute Direct port pair there, which is not priced` };
  const open = [!zone && 'zone', !bw && 'bandwidth', !tier && 'tier', !m && 'billing model'].filter((x): x is string => typeof x === 'string');
  if (!zone || !bw || !tier || !m) return { usd: null, basis: `${what}: its ${open.length === 1 ? open[0] : `${open.slice(0, -1).join(', ')} and ${open[open.length - 1]}`} ${open.length === 1 ? 'is' : 'are'} not known` };
  const idx = indexOf(opts);
  const q = tier === 'Local' ? idx.circuitFee('Local', 'UnlimitedData', bw, zone) : tier === 'Standard' || tier === 'Premium' ? idx.circuitFee(tier, m, bw, zone) : undefined;
  if (!q) return { usd: null, basis: `${what}, in ${zone}: not in the catalogue` };
  return { usd: round2(q.value), basis: `${what}, priced in ${zone} (the zone of ${model.location?.label ?? model.locationName}; a location in another zone is priced differently${m === 'MeteredData' ? '; egress is split between the circuits, not added' : ''})` };
}

/** Where a second circuit for a gateway may go: not at the sites (or metros) that already serve it, and reaching `region`. */
export interface SecondSite {
  region: string | undefined;
  taken: ReadonlySet<string>;
  by: 'metro' | 'location';
}

/**
 * Connecting `count` circuits the inventory already has to gateway `g`, described by `what`: a VNet gateway's
 * connection is not billed (the estimate prices circuits, gateways and ports, not connections); a vWAN hub's
 * gateway is billed one connection unit per connection, as the estimate prices it.
 */
export function connectCircuitsImpact(g: Gateway, count: number, what: string, opts: EstimateOptions | undefined): Impact {
  if (!opts) return { usd: undefined, basis: what };
  if (g.flavor !== 'vwan') return { usd: 0, basis: what };
  const idx = indexOf(opts);
  const cu = idx.vwan('connectionUnit', g.location);
  if (!cu.quote || cu.otherRegion) return { usd: null, basis: `${what}; ${count} more vWAN connection unit(s), not priced for ${g.location ?? 'this region'} in the catalogue` };
  return { usd: round2(count * cu.quote.value * idx.hoursPerMonth), basis: `${what}; ${count} more vWAN connection unit(s) at ${prefixOf(opts.catalogue.currency)}${cu.quote.value}/h` };
}

/** What a VNet gateway's SKU must give once every finding about it is fixed. */
export interface GatewayNeed {
  /** A zone-redundant SKU (ERS-RED-004 fails the gateway). */
  zoneRedundant: boolean;
  /** The throughput it must carry (Mbps): what it carries today, or more where its circuits need it (ERS-SKU-006). */
  mbps: number;
}

/** The one SKU change that meets a gateway's need, priced; `change` names it (`resize-to-ErGw1AZ`, `resize-to-ErGwScale-10`). */
export interface GatewayFix extends Impact {
  change: string;
  /**
   * The zone-redundant gateway of the same VNet that a gateway migration has deployed beside this one (migrationTargetOf,
   * src/rules/functions/sku.ts): the fix moves the connections to it and deletes this gateway (`change` is `delete`).
   */
  migrateTo?: Gateway;
}

/**
 * SKUs of one family and what each carries (Mbps), smallest first: the one table of a VNet gateway SKU's throughput,
 * which the rules read too (src/rules/functions/sku.ts, gatewayCapacityMbps, where the sources are).
 */
const AZ_LADDER: readonly (readonly [string, number])[] = [['ErGw1AZ', 1000], ['ErGw2AZ', 2000], ['ErGw3AZ', 10000]];
const LEGACY_LADDER: readonly (readonly [string, number])[] = [['Standard', 1000], ['HighPerformance', 2000], ['UltraPerformance', 10000]];
/** What a VNet gateway of a fixed-size SKU carries (Mbps), by SKU lower-cased: the ladders, and Basic (500 Mbps), never a target. */
export const FIXED_SKU_MBPS: ReadonlyMap<string, number> = new Map([...AZ_LADDER, ...LEGACY_LADDER, ['Basic', 500] as const].map(([sku, mbps]) => [sku.toLowerCase(), mbps]));
/** ErGwScale: 1 Gbps per scale unit, up to 40 units (About ExpressRoute scalable gateway). */
export const SCALE_UNIT_MBPS = 1000;
const SCALE_MAX_UNITS = 40;
const AZ_FAMILY = new Set(['ergw1az', 'ergw2az', 'ergw3az', 'ergwscale']);

/** True for the zone-redundant SKUs (ErGw1AZ, ErGw2AZ, ErGw3AZ, ErGwScale). */
export function isZoneRedundantSku(sku: string | undefined): boolean {
  return sku !== undefined && AZ_FAMILY.has(sku.toLowerCase());
}

const smallestCarrying = (ladder: readonly (readonly [string, number])[], mbps: number) => ladder.find((x) => x[1] >= mbps)?.[0];

/**
 * The SKUs that meet the need, one per way of meeting it: an ErGwScale gateway keeps its SKU with enough scale units;
 * a gateway that is or must become zone-redundant takes the smallest ErGw*AZ that carries the need, or ErGwScale with
 * enough 1-Gbps units; any other (a Standard, HighPerformance or UltraPerformance gateway in an Extended Zone, which
 * ERS-RED-004 leaves alone) the smallest SKU of its own family. Within a family the smaller SKU is the cheaper one.
 */
function gatewayCandidates(g: Gateway, need: GatewayNeed): { sku: string; units?: number }[] {
  if (g.flavor !== 'vnet') return [];
  const sku = g.skuName?.toLowerCase();
  const units = Math.max(1, Math.ceil(need.mbps / SCALE_UNIT_MBPS));
  const scale = units <= SCALE_MAX_UNITS ? [{ sku: 'ErGwScale', units }] : [];
  if (sku === 'ergwscale') return scale;
  if (need.zoneRedundant || isZoneRedundantSku(sku)) {
    const az = smallestCarrying(AZ_LADDER, need.mbps);
    return [...(az ? [{ sku: az }] : []), ...scale];
  }
  if (sku === 'standard' || sku === 'highperformance' || sku === 'ultraperformance' || sku === 'basic') {
    const legacy = smallestCarrying(LEGACY_LADDER, need.mbps);
    return legacy ? [{ sku: legacy }] : [];
  }
  return [];
}

const changeOf = (t: { sku: string; units?: number }) => `resize-to-${t.sku}${t.units ? `-${t.units}` : ''}`;

/**
 * The one SKU change for a gateway that meets every finding about its SKU at once (ERS-RED-004's zone redundancy,
 * ERS-SKU-006's throughput): the cheapest of the candidates in the catalogue, against today's price. Both rules take
 * it from here and name the same change, so the totals count the gateway's change once. Null where a price is not
 * known: today's SKU, or a candidate that might be the cheapest (ErGw2AZ has no price in the bundled catalogue).
 */
export function gatewayFix(g: Gateway, need: GatewayNeed, costs: CostSummary | undefined, opts: EstimateOptions | undefined, at?: number): GatewayFix {
  const candidates = gatewayCandidates(g, need);
  if (candidates.length === 0)
    return { usd: opts ? null : undefined, basis: `no ${need.zoneRedundant ? 'zone-redundant ' : ''}gateway SKU carries ${need.mbps} Mbps`, change: `resize-to-${need.zoneRedundant ? 'zone-redundant' : 'larger'}` };
  if (!opts) return { usd: undefined, basis: 'no price catalogue in this scan', change: changeOf(candidates[0]) };
  const idx = indexOf(opts);
  const cur = prefixOf(opts.catalogue.currency);
  const priced = candidates.map((t) => {
    const p = idx.gateway(t.sku, g.location);
    if (!p.quote) return { t, monthly: null as number | null, text: `${t.sku} (not priced in the catalogue)` };
    const units = p.per === 'scaleUnit' ? Math.max(t.units ?? 1, p.figure?.billedMinimumUnits ?? 1) : 1;
    const where = p.otherRegion ? `, observed in ${p.otherRegion}` : '';
    return { t, monthly: units * p.quote.value * idx.hoursPerMonth, text: `${t.sku}${p.per === 'scaleUnit' ? ` with ${units} scale unit(s)` : ''} at ${cur}${p.quote.value}/h${where}` };
  });
  const unpriced = priced.filter((x) => x.monthly === null);
  const best = unpriced.length > 0 ? priced[0] : priced.reduce((a, b) => (b.monthly! < a.monthly! ? b : a));
  const change = changeOf(best.t);
  if (unpriced.length > 0)
    return { usd: null, basis: priced.length > 1 ? `the cheaper of ${priced.map((x) => x.text).join(' and ')} is not known` : `${best.text}` , change };
  const now = costs ? (costOf(costs, g, at) as OtherCost | undefined) : undefined;
  const others = priced.filter((x) => x !== best).map((x) => x.text);
  const against = others.length ? ` (cheaper than ${others.join(', ')})` : '';
  if (!now || now.monthlyUsd === null) return { usd: null, basis: `${best.text}${against}; ${g.skuName ?? 'the current SKU'} is not priced`, change };
  return { usd: round2(best.monthly! - now.monthlyUsd), basis: `${best.text}${against} against ${now.basis}`, change };
}
