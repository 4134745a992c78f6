/**
 * Reach rules (ERS-SKU-002, -003, -004): what a circuit must reach against what its tier allows. They read
 * the circuit analysis (src/analysis), as the pricing model does, so a finding and the cost advice about the
 * same circuit cannot disagree; each finding that implies a tier change carries its cost (`costImpactUsd`).
 */
import { reachUndecidedReasons, typeOpenConnections, typeOpenText, type CircuitAnalysis } from '../../analysis/index.js';
import type { Circuit, Gateway } from '../../inventory/model.js';
import { cloudOfRegion, locationLabel, peeringLocationInfo, unknownLocationReason, type PeeringLocationInfo } from '../../locations/index.js';
import { circuitFixImpact } from '../../pricing/impact.js';
import type { RuleFunction, Violation } from './index.js';
import { analysisOf, costsOf, notKnown } from './util.js';

/** The circuit's peering location facts (undefined when the location is unknown to erscan). */
export function locationOf(c: Circuit): PeeringLocationInfo | undefined {
  return peeringLocationInfo(c.peeringLocation, cloudOfRegion(c.location));
}

const where = (g: Gateway) => `${g.name} (${g.location ?? 'unknown region'})`;
const inferredNote = (a: CircuitAnalysis) => (a.reach.inferredGeo ? " (geopolitical region inferred: not in Microsoft's 2024 table)" : '');
const tierUnknown = (a: CircuitAnalysis) => a.unknown.tier ?? a.unknown.skuName;

/** Where a circuit is, as a message says it: never "an unknown location" for one whose place is only not in the inventory. */
function placeOf(a: CircuitAnalysis): string {
  const geo = a.reach.geopolitical ?? 'unknown geopolitical region';
  // A Direct port location with the peering location it maps to: "at Equinix-Amsterdam-AM5 (Amsterdam, Europe)".
  if (a.location?.directPort) return `at ${a.location.directPort.name} (${a.location.name}, ${geo})`;
  if (a.locationName) return `at ${a.locationName} (${geo})`;
  if (a.unknown.peeringLocation) return 'at a peering location that is not known';
  if (a.circuit.isDirect && !a.port) return 'on an ExpressRoute Direct port that is not in the inventory';
  return 'with no peering location';
}

/** What a circuit carries, as a message says it; a template's lists hold what its files declare. */
function carriesOf(a: CircuitAnalysis): string {
  const n = a.carries.vnetLinks;
  const gr = a.carries.globalReachLinks;
  const gws = [...new Set(a.reach.gateways.map((g) => g.location ?? '?'))].sort();
  // Global Reach a peering's reads disagree on (`unknown.globalReach`): never one read's count.
  const grText = a.unknown.globalReach ? 'Global Reach connections not known' : gr === 0 ? 'no Global Reach connection' : `${gr} Global Reach connection(s)`;
  // Connections through a gateway whose gatewayType is none Azure allows are not counted: named, never "no connection".
  const typeOpen = typeOpenConnections(a);
  const counted = n === 0 ? (typeOpen.length > 0 ? '' : 'no connection') : `${n} connection(s)`;
  const open = typeOpen.map(typeOpenText).join(', ');
  const links = `${counted}${gws.length ? ` to gateways in ${gws.join(', ')}` : ''}${counted && open ? ', ' : ''}${open} and ${grText}`;
  // A live circuit with evidence of connections erscan did not read (redeemed authorizations, egress): what it
  // lists is what the scanned scopes hold, never "no connection" for one another tenant connects.
  return `with ${links}${a.template ? ' in these files' : a.carries.hidden.length > 0 ? ' in the scanned scopes' : ''}`;
}

/**
 * Premium is paid for without a visible need: no gateway outside the circuit's geopolitical region, no
 * cross-geopolitical Global Reach, no more links (VNet and Global Reach together) than Standard allows, and
 * no Microsoft peering (which could carry Microsoft 365, a Premium feature). The private peering's route
 * count (Premium above 4,000) is not in the inventory: the message says so.
 */
export const premiumWithoutNeed: RuleFunction = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const analyses = analysis.circuits();
  const out: Violation[] = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    const a = analyses[i];
    if (a.tier !== 'Premium') continue;
    // ARM is deleting it (CircuitAnalysis.beingDeleted): dropping its Premium presumes it stays, no advice to give.
    if (a.beingDeleted) continue;
    const need = a.needs.premium;
    if (need.verdict === 'needed' || need.verdict === 'possible') continue;
    // (Peerings a template leaves open or a live row does not list: whether one is a Microsoft peering is not known.
    // A Global Reach link whose peer's, or this circuit's, geopolitical region is not known may cross a border.)
    const grOpen = a.unknown.globalReach !== undefined || a.reach.globalReach.some((l) => l.crossGeo === null) || a.reach.inboundGlobalReach.some((l) => l.crossGeo === null);
    const actual = `Premium ${placeOf(a)} ${carriesOf(a)}, ${a.unknown.peerings ? 'no Microsoft peering known' : 'no Microsoft peering'} and ${grOpen ? 'cross-region Global Reach not known' : 'no cross-region Global Reach'}`;
    if (need.verdict === 'undecided') {
      out.push({ resource: c, actual, expected: `Standard unless a Premium feature is in use; undecided: ${need.reasons.join('; ')}`, status: 'unknown' });
      continue;
    }
    out.push({
      resource: c,
      actual,
      expected: 'Standard, unless the private peering advertises more than 4,000 routes (not visible in the inventory)',
      costImpactUsd: circuitFixImpact(costs, c, 'remove-premium', i),
      costImpactChange: 'remove-premium',
    });
  }
  return out;
};

/**
 * A Standard circuit reaches only VNets in its own geopolitical region, and Global Reach across geopolitical
 * regions needs Premium on both circuits. Azure refuses such a connection; templates and plans can still
 * declare one. (More links than Standard allows is ERS-SKU-009.)
 */
export const premiumRequiredForReach: RuleFunction = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const analyses = analysis.circuits();
  const out: Violation[] = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    const a = analyses[i];
    const r = a.reach;
    // Global Reach a peering's reads disagree on (`unknown.globalReach`): not known to cross a border (reachUndecidedReasons says why).
    const grOpen = a.unknown.globalReach !== undefined;
    const crossGeoGlobalReach = grOpen ? [] : r.crossGeoGlobalReach;
    if (r.crossGeo.length === 0 && crossGeoGlobalReach.length === 0) {
      // Nothing reached outside the region as far as erscan can tell: undecided (never a pass) when a
      // place reached has no known geopolitical region (a region or peering location not in erscan's
      // tables, a gateway outside the inventory) and the tier may be Standard.
      if (a.tier !== 'Standard' && tierUnknown(a) === undefined) continue;
      if (r.gateways.length === 0 && r.globalReach.length === 0 && r.inboundGlobalReach.length === 0 && c.gatewayKeys.length === 0 && !grOpen) continue;
      const open = reachUndecidedReasons(a);
      if (open.length === 0) continue;
      const unknownTier = tierUnknown(a);
      out.push({
        resource: c,
        actual: `${a.tier === 'Standard' ? 'Standard circuit' : 'circuit'} ${placeOf(a)} ${carriesOf(a)}`,
        expected: `Premium, or connections only within ${r.geopolitical ?? 'its geopolitical region'}; undecided: ${[...(unknownTier !== undefined ? [notKnown('tier', unknownTier)] : []), ...open].join('; ')}`,
        status: 'unknown',
      });
      continue;
    }
    const parts = [
      ...(r.crossGeo.length ? [`connected to gateway(s) ${r.crossGeo.map(where).join(', ')} outside ${r.geopolitical}`] : []),
      ...(crossGeoGlobalReach.length ? [`with Global Reach to ${crossGeoGlobalReach.map((p) => `${p.name} (${p.peeringLocation ? locationLabel(p.peeringLocation, cloudOfRegion(p.location)) : '?'})`).join(', ')} outside ${r.geopolitical}`] : []),
    ];
    const unknownTier = tierUnknown(a);
    if (unknownTier !== undefined) {
      out.push({ resource: c, actual: `circuit at ${a.locationLabel} ${parts.join('; ')}${inferredNote(a)}`, expected: `Premium, or connections only within ${r.geopolitical}; undecided: ${notKnown('tier', unknownTier)}`, status: 'unknown' });
      continue;
    }
    if (a.tier !== 'Standard') continue;
    out.push({
      resource: c,
      actual: `Standard circuit at ${a.locationLabel} ${parts.join('; ')}${inferredNote(a)}`,
      expected: `Premium, or connections only within ${r.geopolitical}`,
      costImpactUsd: circuitFixImpact(costs, c, 'add-premium', i),
      costImpactChange: 'add-premium',
    });
  }
  return out;
};

/** A Local circuit reaches only the Azure regions local to its peering location, and has no Global Reach. */
export const localCircuitReach: RuleFunction = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const analyses = analysis.circuits();
  const out: Violation[] = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    const a = analyses[i];
    if (a.tier !== 'Local') continue;
    const b = a.needs.beyondLocal;
    if (b.value === false) continue;
    const loc = a.location;
    if (b.value === null) {
      if (a.reach.gateways.length > 0 || a.unknown.globalReachEnabled || a.unknown.globalReach)
        out.push({ resource: c, actual: loc ? (a.reach.gateways.length > 0 ? `connected to gateways whose Local reach is undecided` : 'Global Reach not known') : a.locationName ? `at ${a.locationName}: ${unknownLocationReason(a.locationName, c.isDirect === true, cloudOfRegion(c.location))}` : placeOf(a), expected: `gateways only in the Azure regions local to the peering location; undecided: ${b.reasons.join('; ')}`, status: 'unknown' });
      continue;
    }
    const local = loc && loc.localRegionNames.length ? loc.localRegionNames.join(', ') : 'none (Local is not offered there)';
    const tier = a.needs.requiredTier ?? 'Standard';
    // Where the reach's geography is not known, Standard is the least, not the answer (as the cost advice says).
    const open = tier === 'Standard' && a.needs.premium.verdict === 'undecided' ? reachUndecidedReasons(a) : [];
    out.push({
      resource: c,
      actual: b.reasons.join('; '),
      expected: `gateways only in the regions local to ${loc?.label ?? a.locationName}: ${local}; no Global Reach (or upgrade to ${open.length > 0 ? `at least ${tier} (Premium too if it reaches beyond its geopolitical region; undecided: ${open.join('; ')})` : tier}, which Azure allows in place with the Unlimited plan)`,
      costImpactUsd: circuitFixImpact(costs, c, 'upgrade-from-local', i),
      costImpactChange: 'upgrade-from-local',
    });
  }
  return out;
};
