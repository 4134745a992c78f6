import type { Circuit, Gateway, Inventory } from '../../inventory/model.js';
import { cloudOfRegion, peeringLocationInfo, regionGeopoliticalInfo, isLocalRegion, type PeeringLocationInfo } from '../../locations/index.js';
import type { RuleFunction, Violation } from './index.js';
import { gatewaysOfCircuit, lc, lookup } from './util.js';

/** The circuit's peering location facts (undefined when the location is unknown to erscan). */
export function locationOf(c: Circuit): PeeringLocationInfo | undefined {
  return peeringLocationInfo(c.peeringLocation, cloudOfRegion(c.location));
}

interface Reach {
  /** Gateways in another geopolitical region than the circuit's peering location. */
  crossGeo: Gateway[];
  /** Gateways whose region (or the circuit's location) has no known geopolitical region. */
  undecided: Gateway[];
  /** Global Reach peers in another geopolitical region. */
  crossGeoGlobalReach: Circuit[];
  circuitGeo?: string;
  inferred: boolean;
}

function reachOf(inv: Inventory, c: Circuit): Reach {
  const loc = locationOf(c);
  const circuitGeo = loc?.geopolitical;
  let inferred = loc?.geopoliticalInferred === true;
  const crossGeo: Gateway[] = [];
  const undecided: Gateway[] = [];
  for (const g of gatewaysOfCircuit(inv, c)) {
    const gi = regionGeopoliticalInfo(g.location);
    if (!circuitGeo || !gi) undecided.push(g);
    else if (gi.geopolitical !== circuitGeo) {
      crossGeo.push(g);
      inferred ||= gi.inferred;
    }
  }
  const crossGeoGlobalReach: Circuit[] = [];
  for (const p of c.peerings) {
    for (const gr of p.globalReach) {
      const peer = lookup(inv, gr.peerCircuitKey, 'circuit');
      const peerGeo = peer ? locationOf(peer)?.geopolitical : undefined;
      if (peer && circuitGeo && peerGeo && peerGeo !== circuitGeo) crossGeoGlobalReach.push(peer);
    }
  }
  return { crossGeo, undecided, crossGeoGlobalReach, circuitGeo, inferred };
}

const where = (g: Gateway) => `${g.name} (${g.location ?? 'unknown region'})`;
const inferredNote = (r: Reach) => (r.inferred ? ' (geopolitical region inferred: not in Microsoft\'s 2024 table)' : '');

/**
 * Premium is paid for without a visible need: no connection to a gateway outside the circuit's
 * geopolitical region, no cross-geopolitical Global Reach, no more VNet links than Standard allows,
 * and no Microsoft peering (which could carry Microsoft 365, a Premium feature). The private
 * peering's route count (Premium above 4,000) is not in the inventory: the message says so.
 */
export const premiumWithoutNeed: RuleFunction = ({ inventory, params }) => {
  const standardLinks = typeof params.standardMaxLinks === 'number' ? params.standardMaxLinks : 10;
  const out: Violation[] = [];
  for (const c of inventory.circuits) {
    if (lc(c.tier) !== 'premium') continue;
    const r = reachOf(inventory, c);
    if (r.crossGeo.length > 0 || r.crossGeoGlobalReach.length > 0) continue;
    if (c.connectionKeys.length > standardLinks) continue;
    if (c.peerings.some((p) => lc(p.peeringType) === 'microsoftpeering')) continue;
    const undecided = r.undecided.length > 0;
    out.push({
      resource: c,
      actual: `Premium at ${c.peeringLocation ?? 'an unknown location'} (${r.circuitGeo ?? 'unknown geopolitical region'}) with ${c.connectionKeys.length} connection(s)${c.connectionKeys.length ? ` to gateways in ${[...new Set(gatewaysOfCircuit(inventory, c).map((g) => g.location ?? '?'))].sort().join(', ')}` : ''}, no Microsoft peering and no cross-region Global Reach`,
      expected: `Standard, unless the private peering advertises more than 4,000 routes (not visible in the inventory)${undecided ? `; undecided: the geopolitical region of ${r.undecided.map(where).join(', ')} or of the peering location is unknown` : ''}`,
      status: undecided ? 'unknown' : 'fail',
    });
  }
  return out;
};

/**
 * A Standard circuit reaches only VNets in its own geopolitical region, and Global Reach across
 * geopolitical regions needs Premium on both circuits. Azure refuses such a connection; templates
 * and plans can still declare one.
 */
export const premiumRequiredForReach: RuleFunction = ({ inventory }) => {
  const out: Violation[] = [];
  for (const c of inventory.circuits) {
    if (lc(c.tier) !== 'standard') continue;
    const r = reachOf(inventory, c);
    if (r.crossGeo.length === 0 && r.crossGeoGlobalReach.length === 0) continue;
    const parts = [
      ...(r.crossGeo.length ? [`connected to gateway(s) ${r.crossGeo.map(where).join(', ')} outside ${r.circuitGeo}`] : []),
      ...(r.crossGeoGlobalReach.length ? [`Global Reach to ${r.crossGeoGlobalReach.map((p) => `${p.name} (${p.peeringLocation})`).join(', ')} outside ${r.circuitGeo}`] : []),
    ];
    out.push({ resource: c, actual: `Standard circuit at ${c.peeringLocation} ${parts.join('; ')}${inferredNote(r)}`, expected: `Premium, or connections only within ${r.circuitGeo}` });
  }
  return out;
};

/** A Local circuit reaches only the Azure regions local to its peering location, and has no Global Reach. */
export const localCircuitReach: RuleFunction = ({ inventory }) => {
  const out: Violation[] = [];
  for (const c of inventory.circuits) {
    if (lc(c.tier) !== 'local') continue;
    const loc = locationOf(c);
    const gateways = gatewaysOfCircuit(inventory, c);
    if (!loc) {
      if (gateways.length > 0)
        out.push({ resource: c, actual: `peering location ${c.peeringLocation ?? '(not set)'} is not in erscan's location table`, expected: 'gateways only in the Azure regions local to the peering location', status: 'unknown' });
      continue;
    }
    const outside = gateways.filter((g) => !isLocalRegion(loc, g.location));
    const globalReach = c.peerings.some((p) => p.globalReach.length > 0);
    if (outside.length === 0 && !globalReach) continue;
    const local = loc.localRegionNames.length ? loc.localRegionNames.join(', ') : 'none (Local is not offered there)';
    out.push({
      resource: c,
      actual: [outside.length ? `connected to gateway(s) ${outside.map(where).join(', ')}` : '', globalReach ? 'Global Reach configured' : ''].filter(Boolean).join('; '),
      expected: `gateways only in the regions local to ${loc.name}: ${local}; no Global Reach (or upgrade to Standard)`,
    });
  }
  return out;
};
