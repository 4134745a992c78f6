import type { RuleFunction, Violation } from './index.js';
import type { Circuit } from '../../inventory/model.js';
import { locationOf } from './geography.js';
import { circuitsOfGateway, circuitsOfPort, groupBy, lc, lookup, nameList, numParam } from './util.js';

/** The diversity key of a circuit: its peering location, or its metro ("Amsterdam2" → "Amsterdam"). */
function siteOf(c: Circuit, by: string): string | undefined {
  if (by === 'metro') return lc(locationOf(c)?.metro ?? c.peeringLocation?.replace(/\s*\d+$/, ''));
  return lc(c.peeringLocation);
}

/**
 * Every ExpressRoute gateway (VNet or vWAN hub) is served by circuits in at least `minLocations`
 * distinct peering locations. Follows connections across subscriptions and tenants. Circuits outside
 * the inventory make the verdict unknown rather than compliant.
 */
export const gatewayPeeringLocationDiversity: RuleFunction = ({ inventory, params }) => {
  const minLocations = numParam(params, 'minLocations', 2);
  const by = params.distinctBy === 'metro' ? 'metro' : 'location';
  const out: Violation[] = [];
  for (const g of inventory.gateways) {
    const { known, outside } = circuitsOfGateway(inventory, g);
    const locations = new Set(known.map((c) => siteOf(c, by)).filter((l): l is string => !!l));
    if (locations.size >= minLocations) continue;
    const names = nameList(known, (c) => c.peeringLocation ?? 'unknown location');
    const unit = by === 'metro' ? 'metro' : 'peering location';
    const actual =
      known.length === 0 && outside === 0
        ? 'no circuits'
        : `${locations.size} ${unit}${locations.size === 1 ? '' : 's'}: ${names || 'none in the inventory'}${outside ? ` and ${outside} circuit(s) outside the inventory` : ''}`;
    out.push({
      resource: g,
      actual,
      expected: `circuits in at least ${minLocations} different ${unit}s`,
      details: { circuits: known.length + outside, locations: locations.size },
      status: outside > 0 && locations.size + outside >= minLocations ? 'unknown' : 'fail',
    });
  }
  return out;
};

/** No two circuits serving the same gateway sit on the same ExpressRoute Direct port (pair). */
export const gatewayCircuitsSharePort: RuleFunction = ({ inventory }) => {
  const out: Violation[] = [];
  for (const g of inventory.gateways) {
    const { known } = circuitsOfGateway(inventory, g);
    for (const [portKey, circuits] of groupBy(known, (c) => c.portKey)) {
      if (circuits.length < 2) continue;
      const port = lookup(inventory, portKey, 'port');
      out.push({
        resource: g,
        actual: `${circuits.length} circuits on Direct port ${port?.name ?? portKey}: ${nameList(circuits)}`,
        expected: 'each circuit of the gateway on a different ExpressRoute Direct port',
        details: { port: port?.name ?? portKey, circuits: nameList(circuits) },
      });
    }
  }
  return out;
};

/** No two circuits serving the same gateway are in the same peering location. */
export const gatewayCircuitsShareLocation: RuleFunction = ({ inventory }) => {
  const out: Violation[] = [];
  for (const g of inventory.gateways) {
    const { known } = circuitsOfGateway(inventory, g);
    for (const [, circuits] of groupBy(known, (c) => lc(c.peeringLocation))) {
      if (circuits.length < 2) continue;
      const location = circuits[0].peeringLocation;
      out.push({
        resource: g,
        actual: `${circuits.length} circuits in ${location}: ${nameList(circuits)}`,
        expected: 'each circuit of the gateway in a different peering location',
        details: { location, circuits: nameList(circuits) },
      });
    }
  }
  return out;
};

/** A gateway's circuits come from at least `minProviders` connectivity providers (policy choice). */
export const gatewayProviderDiversity: RuleFunction = ({ inventory, params }) => {
  const minProviders = numParam(params, 'minProviders', 2);
  const out: Violation[] = [];
  for (const g of inventory.gateways) {
    const { known, outside } = circuitsOfGateway(inventory, g);
    if (known.length + outside < 2) continue; // single-circuit gateways are ERS-RED-001's finding
    // Direct circuits have no provider: the customer is the provider. Count them as "ExpressRoute Direct".
    const providers = new Set(known.map((c) => lc(c.serviceProviderName) ?? (c.isDirect ? 'expressroute direct' : undefined)).filter((p): p is string => !!p));
    if (providers.size >= minProviders) continue;
    out.push({
      resource: g,
      actual: `${providers.size} provider${providers.size === 1 ? '' : 's'}: ${nameList(known, (c) => c.serviceProviderName ?? (c.isDirect ? 'ExpressRoute Direct' : 'unknown provider'))}`,
      expected: `circuits from at least ${minProviders} connectivity providers`,
      status: outside > 0 && providers.size + outside >= minProviders ? 'unknown' : 'fail',
    });
  }
  return out;
};

/**
 * The circuits on an ExpressRoute Direct port do not add up to more than `maxRatio` × the port
 * bandwidth. Over-subscription up to 2× is allowed by Azure, but a link failure then leaves the
 * surviving link unable to carry the load.
 */
export const portOversubscription: RuleFunction = ({ inventory, params }) => {
  const maxRatio = numParam(params, 'maxRatio', 1);
  const out: Violation[] = [];
  for (const p of inventory.ports) {
    if (p.bandwidthGbps === undefined) continue;
    const circuits = circuitsOfPort(inventory, p);
    const known = circuits.reduce((n, c) => n + (c.bandwidthGbps ?? (c.bandwidthMbps ?? 0) / 1000), 0);
    const provisioned = Math.max(known, p.provisionedBandwidthGbps ?? 0);
    const limit = p.bandwidthGbps * maxRatio;
    if (provisioned <= limit) continue;
    out.push({
      resource: p,
      actual: `${provisioned} Gbps of circuits${circuits.length ? ` (${nameList(circuits, (c) => (c.bandwidthGbps ?? (c.bandwidthMbps ?? 0) / 1000) + ' Gbps')})` : ''}`,
      expected: `at most ${limit} Gbps on a ${p.bandwidthGbps} Gbps port`,
      details: { provisionedGbps: provisioned, portGbps: p.bandwidthGbps },
    });
  }
  return out;
};
