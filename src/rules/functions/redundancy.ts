import type { Circuit, Gateway, Inventory } from '../../inventory/model.js';
import type { RuleFunction, Violation } from './index.js';

function circuitsOf(inv: Inventory, g: Gateway): { known: Circuit[]; outside: number } {
  const known: Circuit[] = [];
  let outside = 0;
  for (const k of g.circuitKeys) {
    const c = inv.byKey.get(k);
    if (c?.kind === 'circuit') known.push(c);
    else outside++;
  }
  return { known, outside };
}

/**
 * Every ExpressRoute gateway (VNet or vWAN hub) is served by at least `minCircuits` circuits in at
 * least `minLocations` distinct peering locations. Follows connections across subscriptions and
 * tenants. Circuits outside the inventory make the verdict unknown rather than compliant.
 */
export const gatewayPeeringLocationDiversity: RuleFunction = ({ inventory, params }) => {
  const minLocations = Number(params.minLocations ?? 2);
  const out: Violation[] = [];
  for (const g of inventory.gateways) {
    const { known, outside } = circuitsOf(inventory, g);
    const locations = new Set(known.map((c) => c.peeringLocation?.toLowerCase()).filter((l): l is string => !!l));
    if (locations.size >= minLocations) continue;
    const names = known.map((c) => `${c.name} (${c.peeringLocation ?? 'unknown location'})`);
    const actual =
      known.length === 0 && outside === 0
        ? 'no circuits'
        : `${locations.size} peering location${locations.size === 1 ? '' : 's'}: ${names.join(', ') || 'none in the inventory'}${outside ? ` and ${outside} circuit(s) outside the inventory` : ''}`;
    out.push({
      resource: g,
      actual,
      expected: `circuits in at least ${minLocations} different peering locations`,
      details: { circuits: known.length + outside, locations: locations.size },
      status: outside > 0 && locations.size + outside >= minLocations ? 'unknown' : 'fail',
    });
  }
  return out;
};
