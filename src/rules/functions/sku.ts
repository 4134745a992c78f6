import type { Circuit, Gateway } from '../../inventory/model.js';
import type { RuleFunction, Violation } from './index.js';
import { circuitsOfGateway, connectionsOf, lc, lookup, numParam } from './util.js';

/**
 * Approximate throughput of an ExpressRoute gateway in Mbps, from Microsoft's "About ExpressRoute
 * virtual network gateways" (estimated performance by gateway SKU; checked against the docs include
 * expressroute-gateway-performance-include.md, ms.date 2024-07-09): Standard/ErGw1AZ 1 Gbps,
 * HighPerformance/ErGw2AZ 2 Gbps, UltraPerformance/ErGw3AZ 10 Gbps, ErGwScale 1 Gbps per scale unit;
 * a vWAN hub's ExpressRoute gateway carries 2 Gbps per scale unit. Undefined when the SKU is unknown.
 */
export function gatewayCapacityMbps(g: Gateway): number | undefined {
  const units = g.maxScaleUnits ?? g.minScaleUnits;
  if (g.flavor === 'vwan') return units !== undefined ? units * 2000 : undefined;
  switch (lc(g.skuName)) {
    case 'basic':
      return 500;
    case 'standard':
    case 'ergw1az':
      return 1000;
    case 'highperformance':
    case 'ergw2az':
      return 2000;
    case 'ultraperformance':
    case 'ergw3az':
      return 10000;
    case 'ergwscale':
      return units !== undefined ? units * 1000 : undefined;
    default:
      return undefined;
  }
}

const fmtMbps = (m: number) => (m >= 1000 ? `${m / 1000} Gbps` : `${m} Mbps`);

/** The gateway can carry the bandwidth of the largest circuit it is connected to (without FastPath). */
export const gatewayThroughputForCircuits: RuleFunction = ({ inventory }) => {
  const out: Violation[] = [];
  for (const g of inventory.gateways) {
    const capacity = gatewayCapacityMbps(g);
    if (capacity === undefined) continue;
    const conns = connectionsOf(inventory, g.connectionKeys);
    const { known } = circuitsOfGateway(inventory, g);
    // Circuits whose every connection to this gateway uses FastPath bypass the gateway for data.
    const viaGateway = known.filter((c) => conns.some((x) => x.circuitKey === c.key && x.fastPath !== true));
    const biggest = viaGateway.filter((c) => c.bandwidthMbps !== undefined).sort((a, b) => b.bandwidthMbps! - a.bandwidthMbps! || a.name.localeCompare(b.name))[0];
    if (!biggest || biggest.bandwidthMbps! <= capacity) continue;
    out.push({
      resource: g,
      actual: `${g.skuName ?? 'unknown SKU'}${g.minScaleUnits !== undefined || g.maxScaleUnits !== undefined ? ` (${g.minScaleUnits ?? '?'}–${g.maxScaleUnits ?? '?'} scale units)` : ''}, about ${fmtMbps(capacity)}, connected to ${biggest.name} at ${fmtMbps(biggest.bandwidthMbps!)}`,
      expected: `a gateway SKU that carries at least ${fmtMbps(biggest.bandwidthMbps!)} (or FastPath on the connection)`,
      details: { capacityMbps: capacity, circuit: biggest.name, circuitMbps: biggest.bandwidthMbps },
    });
  }
  return out;
};

/**
 * FastPath (`expressRouteGatewayBypass`) is only honoured on UltraPerformance, ErGw3AZ and ErGwScale
 * with at least `minScaleUnits` scale units; Private Link FastPath needs FastPath itself.
 */
export const fastPathSupported: RuleFunction = ({ inventory, params }) => {
  const minUnits = numParam(params, 'minScaleUnits', 10);
  const out: Violation[] = [];
  for (const c of inventory.connections) {
    if (c.privateLinkFastPath === true && c.fastPath !== true) {
      out.push({ resource: c, actual: 'Private Link FastPath enabled without FastPath', expected: 'FastPath (expressRouteGatewayBypass) enabled whenever Private Link FastPath is' });
      continue;
    }
    if (c.fastPath !== true || c.flavor !== 'vnet') continue;
    const g = lookup(inventory, c.gatewayKey, 'gateway');
    if (!g) {
      out.push({ resource: c, actual: 'FastPath enabled; its gateway is outside the inventory', expected: `a gateway of SKU UltraPerformance, ErGw3AZ or ErGwScale with at least ${minUnits} scale units`, status: 'unknown' });
      continue;
    }
    const sku = lc(g.skuName);
    if (sku === 'ultraperformance' || sku === 'ergw3az') continue;
    if (sku === 'ergwscale' && (g.minScaleUnits ?? 0) >= minUnits) continue;
    out.push({
      resource: c,
      actual: `FastPath enabled on gateway ${g.name} of SKU ${g.skuName ?? '(not set)'}${sku === 'ergwscale' ? ` with minimum ${g.minScaleUnits ?? '(not set)'} scale units` : ''}`,
      expected: `a gateway of SKU UltraPerformance, ErGw3AZ or ErGwScale with at least ${minUnits} scale units`,
      details: { gateway: g.name },
    });
  }
  return out;
};

/**
 * Maximum VNet links per circuit (Microsoft "ExpressRoute limits"): 10 for Standard and Local; for
 * Premium it grows with bandwidth (50 Mbps: 20 … 10 Gbps and above: 100).
 */
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

export function maxVnetLinks(c: Circuit): number | undefined {
  const tier = lc(c.tier);
  if (tier === 'standard' || tier === 'local' || tier === 'basic') return 10;
  if (tier !== 'premium') return undefined;
  if (c.bandwidthMbps === undefined) return undefined;
  let limit = PREMIUM_LINKS[0][1];
  for (const [mbps, links] of PREMIUM_LINKS) if (c.bandwidthMbps >= mbps) limit = links;
  return limit;
}

/** The number of connections on a circuit stays within the limit for its tier and bandwidth. */
export const circuitConnectionLimit: RuleFunction = ({ inventory }) => {
  const out: Violation[] = [];
  for (const c of inventory.circuits) {
    const limit = maxVnetLinks(c);
    if (limit === undefined || c.connectionKeys.length <= limit) continue;
    out.push({
      resource: c,
      actual: `${c.connectionKeys.length} connections on a ${c.tier} circuit of ${c.bandwidthMbps !== undefined ? fmtMbps(c.bandwidthMbps) : 'unknown bandwidth'}`,
      expected: `at most ${limit} VNet connections${lc(c.tier) === 'premium' ? '' : ' (Premium raises the limit)'}`,
      details: { connections: c.connectionKeys.length, limit },
    });
  }
  return out;
};
