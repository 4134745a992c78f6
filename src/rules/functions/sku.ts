import { linkLimitOf, STANDARD_MAX_LINKS } from '../../analysis/index.js';
import { lookup, type Circuit, type Connection, type Gateway, type Inventory } from '../../inventory/model.js';
import { circuitFixImpact, deleteResourceImpact, FIXED_SKU_MBPS, gatewayFix, isZoneRedundantSku, SCALE_UNIT_MBPS, type GatewayFix } from '../../pricing/impact.js';
import type { RuleFunction, Violation } from './index.js';
import { firstUnknown, isTemplateResource, isUnknown, reasonText, unknownReason } from '../../inventory/facts.js';
import { analysisOf, connectionGatewaysOf, costsOf, gatewayRelationsOf, lc, nameList, notKnown, numParam, pricingInputsOf, unreadCount, unreadText, connectionListOpen, type GatewayRelations } from './util.js';
import { compareText } from '../../util/collate.js';

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
  const sku = lc(g.skuName);
  if (sku === 'ergwscale') return units !== undefined ? units * SCALE_UNIT_MBPS : undefined;
  return sku === undefined ? undefined : FIXED_SKU_MBPS.get(sku);
}

const fmtMbps = (m: number) => (m >= 1000 ? `${m / 1000} Gbps` : `${m} Mbps`);

/**
 * The most a scale-unit gateway that sets its minimum but no maximum (`autoScaleConfiguration.bounds.max`) can
 * carry, in Mbps: what it does above its minimum then is documented nowhere (the REST API spec gives `bounds` only
 * as "Minimum and maximum number of scale units to deploy", with no `default`; "About ExpressRoute scalable
 * gateway" has the gateway autoscale "between the minimum and maximum scale units that you configure"), so it may
 * carry anything up to the most the gateway type supports: a Virtual WAN hub's gateway "up to 10 scale units = 20
 * Gbps" (virtual-wan-expressroute-about.md), ErGwScale 40 scale units of 1 Gbps (scalable-gateway.md). Undefined
 * for a gateway whose maximum is set (or not known), or that is not a scale-unit gateway.
 */
export function reachWithoutMaximumMbps(g: Gateway): number | undefined {
  if (g.maxScaleUnits !== undefined || g.minScaleUnits === undefined || firstUnknown(g, ['maxScaleUnits'])) return undefined;
  if (g.flavor === 'vwan') return 20000;
  return lc(g.skuName) === 'ergwscale' ? 40000 : undefined;
}

const GATEWAY_SIZE_FIELDS = ['skuName', 'maxScaleUnits', 'minScaleUnits'];
const BANDWIDTH_FIELDS = ['bandwidthMbps', 'bandwidthGbps'];

/** Scale units an ErGwScale gateway needs for FastPath (ERS-SKU-007's default `minScaleUnits`). */
const FASTPATH_MIN_SCALE_UNITS = 10;

/** Scale units a Virtual WAN hub's ExpressRoute gateway needs for FastPath (with an ExpressRoute Direct circuit). */
const VWAN_FASTPATH_MIN_SCALE_UNITS = 5;

/**
 * Why FastPath on a connection of this gateway to this circuit does not bypass the gateway (for the message), or
 * undefined where it does: on a VNet gateway only UltraPerformance, ErGw3AZ and ErGwScale with at least 10 scale units
 * support FastPath ("Ultra Performance, ErGw3AZ, ErGwScale - with a minimum of 10 scale units",
 * articles/expressroute/about-fastpath.md, ms.date 03/20/2025; ERS-SKU-007 flags the others); on a Virtual WAN hub's
 * gateway FastPath applies only to "ExpressRoute direct circuits connected to Virtual WAN ExpressRoute Gateways deployed
 * with a minimum of 5 scale units" (articles/virtual-wan/virtual-wan-expressroute-about.md, ms.date 03/26/2025,
 * "ExpressRoute FastPath in Virtual WAN"; expressroute-faqs.md, ms.date 03/31/2026). Anywhere else the traffic still
 * goes through the gateway. One function for the verdict and its words, so they cannot drift apart.
 */
function fastPathRefusal(g: Gateway, c: Circuit): string | undefined {
  if (g.flavor === 'vwan') {
    if (c.isDirect === true && (g.minScaleUnits ?? 0) >= VWAN_FASTPATH_MIN_SCALE_UNITS) return undefined;
    return `a Virtual WAN hub gateway applies it only to ExpressRoute Direct circuits on a gateway of at least ${VWAN_FASTPATH_MIN_SCALE_UNITS} scale units${c.isDirect ? '' : ` and ${c.name} is a provider circuit`}`;
  }
  return vnetFastPathRefusal(g);
}

/** Why a VNet gateway's SKU does not honour FastPath, for any circuit (undefined when it does). */
function vnetFastPathRefusal(g: Gateway): string | undefined {
  const sku = lc(g.skuName);
  if (sku === 'ultraperformance' || sku === 'ergw3az') return undefined;
  if (sku === 'ergwscale') return (g.minScaleUnits ?? 0) >= FASTPATH_MIN_SCALE_UNITS ? undefined : `an ErGwScale gateway supports it only with at least ${FASTPATH_MIN_SCALE_UNITS} scale units`;
  return 'this SKU does not support it';
}

/**
 * Whether the connection's FastPath is on: its `expressRouteGatewayBypass`, or on a Virtual WAN hub's gateway a
 * connection that does not set it, where FastPath "is enabled by default for ExpressRoute direct circuits connected to
 * Virtual WAN ExpressRoute Gateways deployed with a minimum of 5 scale units. No additional configuration is required"
 * (expressroute-faqs.md, "How do I enable FastPath for Virtual WAN?"; the same note in virtual-wan-expressroute-about.md):
 * whether the gateway honours it for the circuit is fastPathRefusal's. A hub connection that sets the flag `false`
 * (whose spec description is "Enable FastPath to vWan Firewall hub") is read as off, as before.
 */
function fastPathOn(g: Gateway, conn: Connection): boolean {
  if (conn.fastPath === true) return true;
  return g.flavor === 'vwan' && conn.fastPath === undefined && !firstUnknown(conn, ['fastPath']);
}

/**
 * The gateway's circuits in the inventory whose data goes through it: those with a connection to it
 * that does not use FastPath, or whose FastPath the gateway does not honour for that circuit (a circuit whose every
 * connection to it uses FastPath that the gateway honours bypasses it). In `circuitKeys` order; one small
 * loop per gateway instead of the arrays and closures of filter/some.
 */
function circuitsThroughGateway(rel: GatewayRelations, g: Gateway, surely = false): Circuit[] {
  const conns = rel.connections;
  const out: Circuit[] = [];
  for (let i = 0; i < rel.known.length; i++) {
    const c = rel.known[i];
    const honoured = fastPathRefusal(g, c) === undefined;
    for (let j = 0; j < conns.length; j++)
      // `surely`: a connection whose FastPath is not known (a Terraform value known only after apply, a template
      // parameter) may bypass the gateway where it honours FastPath: not counted.
      if (conns[j].circuitKey === c.key && (!fastPathOn(g, conns[j]) || !honoured) && !(surely && honoured && firstUnknown(conns[j], ['fastPath']))) {
        out.push(c);
        break;
      }
  }
  return out;
}

/**
 * Whether every circuit of the gateway outside the inventory surely bypasses it: a VNet gateway whose SKU honours
 * FastPath for any circuit, with FastPath on in each connection to them. (A hub gateway honours it only for ExpressRoute
 * Direct circuits, which a circuit outside the inventory may or may not be.)
 */
function outsideBypassGateway(inv: Inventory, rel: GatewayRelations, g: Gateway): boolean {
  if (g.flavor !== 'vnet' || vnetFastPathRefusal(g) !== undefined) return false;
  let n = 0;
  for (let j = 0; j < rel.connections.length; j++) {
    const conn = rel.connections[j];
    if (conn.circuitKey !== undefined && lookup(inv, conn.circuitKey, 'circuit')) continue;
    if (conn.fastPath !== true) return false;
    n++;
  }
  return n >= rel.outside;
}

/** The first connection of the gateway to this circuit whose FastPath is not known, with why. */
function fastPathOpenTo(rel: GatewayRelations, c: Circuit): { name: string; reason: string } | undefined {
  for (let j = 0; j < rel.connections.length; j++) {
    const open = rel.connections[j].circuitKey === c.key ? firstUnknown(rel.connections[j], ['fastPath']) : undefined;
    if (open) return { name: rel.connections[j].name, reason: open.reason };
  }
  return undefined;
}

/** Whether a connection of the gateway to this circuit has FastPath on. */
function usesFastPath(rel: GatewayRelations, c: Circuit): boolean {
  for (let j = 0; j < rel.connections.length; j++) if (rel.connections[j].circuitKey === c.key && rel.connections[j].fastPath === true) return true;
  return false;
}

/** The circuit of the largest known bandwidth (the first by name among equals), as the first after a stable sort would be. */
function largestCircuit(circuits: Circuit[]): Circuit | undefined {
  let best: Circuit | undefined;
  for (let i = 0; i < circuits.length; i++) {
    const c = circuits[i];
    if (c.bandwidthMbps === undefined) continue;
    if (!best || (best.bandwidthMbps! - c.bandwidthMbps || compareText(c.name, best.name)) < 0) best = c; // the sort's comparator
  }
  return best;
}

/** The first circuit whose bandwidth a template leaves unknown, with why. */
function firstBandwidthUnknown(circuits: Circuit[]): { c: Circuit; u: { field: string; reason: string } } | undefined {
  for (let i = 0; i < circuits.length; i++) {
    const c = circuits[i];
    const u = firstUnknown(c, BANDWIDTH_FIELDS);
    if (u) return { c, u };
  }
  return undefined;
}

/**
 * ERS-SKU-006's verdicts, worked out once per inventory (a world of a template estate is one of its own): its
 * violations without their cost, the gateway each names (its place in `inventory.gateways`), and per gateway the
 * throughput (Mbps) a failing gateway must reach, which ERS-RED-004's fix must meet too (gatewayFixOf).
 */
interface ThroughputVerdicts {
  out: { v: Violation; at: number }[];
  needMbps: (number | undefined)[];
}
const throughputVerdicts = new WeakMap<Inventory, ThroughputVerdicts>();
function throughputVerdictsOf(inventory: Inventory): ThroughputVerdicts {
  let t = throughputVerdicts.get(inventory);
  if (!t) throughputVerdicts.set(inventory, (t = checkThroughput(inventory)));
  return t;
}

/**
 * A VNet gateway's one SKU change, meeting every finding about its SKU at once: zone-redundant where ERS-RED-004 fails
 * it (a known SKU outside ErGw1AZ/ErGw2AZ/ErGw3AZ/ErGwScale, not in an Extended Zone, where Azure offers none of them),
 * and carrying what it carries today or, where ERS-SKU-006 fails it, the largest circuit behind it. ERS-RED-004 and
 * ERS-SKU-006 both price their finding with it and name the same change, so the totals count it once. Undefined for a
 * gateway whose capacity is not known; for a gateway with no connection, the deletion ERS-COST-005 proposes.
 */
export function gatewayFixOf(ctx: Parameters<RuleFunction>[0], g: Gateway, at: number): GatewayFix | undefined {
  const capacity = gatewayCapacityMbps(g);
  if (capacity === undefined || g.flavor !== 'vnet') return undefined;
  // A gateway with no connection is deleted by ERS-COST-005's fix, which settles its SKU too: it is not also resized.
  if (analysisOf(ctx).gateways()[at]?.idle.value === true) {
    const usd = deleteResourceImpact(costsOf(ctx), g, at);
    return { usd, basis: 'the gateway has no connection: deleting it (ERS-COST-005) settles its SKU', change: 'delete' };
  }
  const need = throughputVerdictsOf(ctx.inventory).needMbps[at];
  const zoneRedundant = !g.extendedLocation && !firstUnknown(g, ['skuName']) && !isZoneRedundantSku(g.skuName);
  const mbps = Math.max(capacity, need ?? 0);
  // The zone-redundant gateway a migration has deployed beside it already (same VNet): finish the migration, deleting this
  // one, rather than resize it (a zone-redundant gateway would then be paid for twice).
  const target = zoneRedundant ? migrationTargetOf(ctx.inventory, g, mbps) : undefined;
  if (target)
    return {
      usd: pricingInputsOf(ctx) ? deleteResourceImpact(costsOf(ctx), g, at) : undefined,
      basis: `finish the gateway migration to ${target.name} (${target.skuName}, zone-redundant, in the same virtual network): move the connections to it and delete ${g.name} (${GATEWAY_MIGRATION})`,
      change: 'delete',
      migrateTo: target,
    };
  return gatewayFix(g, { zoneRedundant, mbps }, costsOf(ctx), pricingInputsOf(ctx), at);
}

/** About migrating to an availability zone-enabled ExpressRoute virtual network gateway. */
const GATEWAY_MIGRATION = 'https://learn.microsoft.com/azure/expressroute/gateway-migration';

/** Live VNet gateways by their virtual network (`networkKey`, lower-cased), where it is known: one pass per inventory. */
const gatewaysByNetwork = new WeakMap<Inventory, Map<string, Gateway[]>>();

/**
 * The other ExpressRoute gateway of `g`'s virtual network that a gateway migration deploys beside a gateway of a non-AZ SKU
 * ("During the migration process, there will be two virtual network gateways in operation within the same
 * GatewaySubnet", About migrating to an availability zone-enabled ExpressRoute virtual network gateway,
 * https://learn.microsoft.com/azure/expressroute/gateway-migration): a live one of a zone-redundant SKU (ErGw1AZ, ErGw2AZ,
 * ErGw3AZ, ErGwScale) whose VNet is known to be `g`'s, not being deleted nor failed, that carries `mbps` (what `g` must
 * carry). Undefined when there is none, or `g`'s VNet is not known.
 */
export function migrationTargetOf(inventory: Inventory, g: Gateway, mbps: number): Gateway | undefined {
  if (g.flavor !== 'vnet' || g.networkKey === undefined || isUnknown(g, 'networkKey') || isTemplateResource(g)) return undefined;
  let by = gatewaysByNetwork.get(inventory);
  if (!by) {
    by = new Map();
    for (const x of inventory.gateways) {
      if (x.flavor !== 'vnet' || x.networkKey === undefined || isUnknown(x, 'networkKey') || isTemplateResource(x)) continue;
      const list = by.get(x.networkKey);
      if (list) list.push(x);
      else by.set(x.networkKey, [x]);
    }
    gatewaysByNetwork.set(inventory, by);
  }
  for (const o of by.get(g.networkKey) ?? []) {
    if (o === g || firstUnknown(o, ['skuName']) || !isZoneRedundantSku(o.skuName)) continue;
    const state = lc(o.provisioningState);
    if (state === 'deleting' || state === 'failed') continue;
    const carries = gatewayCapacityMbps(o);
    if (carries === undefined || carries < mbps) continue;
    return o;
  }
  return undefined;
}

/** ERS-SKU-006: the gateway can carry the bandwidth of the largest circuit it is connected to (without FastPath). */
export const gatewayThroughputForCircuits: RuleFunction = (ctx) => {
  const t = throughputVerdictsOf(ctx.inventory);
  const out: Violation[] = [];
  for (const { v, at } of t.out) {
    const x: Violation = { ...v };
    if (t.needMbps[at] !== undefined) {
      const fix = gatewayFixOf(ctx, ctx.inventory.gateways[at], at);
      if (fix && fix.usd !== undefined) {
        x.costImpactUsd = fix.usd;
        x.costImpactChange = fix.change;
      }
      // Its fix finishes a gateway migration (gatewayFixOf): the new gateway is kept (src/findings/kept.ts).
      if (fix?.migrateTo) {
        x.keeps = [fix.migrateTo.key];
        x.costImpactChange = 'delete';
      }
    }
    out.push(x);
  }
  return out;
};

function checkThroughput(inventory: Inventory): ThroughputVerdicts {
  const rels = gatewayRelationsOf(inventory);
  const out: { v: Violation; at: number }[] = [];
  const needMbps: (number | undefined)[] = new Array(inventory.gateways.length).fill(undefined);
  const push = (at: number, v: Violation) => out.push({ v, at });
  for (let i = 0; i < inventory.gateways.length; i++) {
    const g = inventory.gateways[i];
    const capacity = gatewayCapacityMbps(g);
    const viaGateway = circuitsThroughGateway(rels[i], g);
    const biggest = largestCircuit(viaGateway);
    // Three-valued: a SKU, scale unit or circuit bandwidth a template leaves unknown decides nothing.
    const gwUnknown = firstUnknown(g, GATEWAY_SIZE_FIELDS);
    const bwUnknown = firstBandwidthUnknown(viaGateway);
    // Where the gateway's circuits outside the inventory are: in files not scanned (a template) or scopes not read.
    const beyond = isTemplateResource(g) ? 'these files' : 'the inventory';
    if (capacity === undefined) {
      const away = rels[i].outside > 0 ? `${rels[i].outside} circuit(s) outside ${beyond}` : '';
      if (gwUnknown && (viaGateway.length > 0 || away))
        push(i, { resource: g, actual: `connected to ${[viaGateway.length > 0 ? nameList(viaGateway) : '', away].filter(Boolean).join(' and ')}`, expected: `a gateway SKU that carries the circuits behind it; undecided: ${notKnown(gwUnknown.field, gwUnknown.reason)}`, status: 'unknown' });
      continue;
    }
    if (bwUnknown && (!biggest || biggest.bandwidthMbps! <= capacity)) {
      push(i, { resource: g, actual: `${g.skuName ?? 'unknown SKU'}, about ${fmtMbps(capacity)}, connected to ${bwUnknown.c.name}`, expected: `a gateway SKU that carries ${bwUnknown.c.name}; undecided: ${notKnown(bwUnknown.u!.field, bwUnknown.u!.reason, bwUnknown.c.name)}`, status: 'unknown' });
      continue;
    }
    if (!biggest || biggest.bandwidthMbps! <= capacity) {
      // Connections naming it whose rows could not be read: the circuits they bring (up to 100 Gbps) are not known.
      const unread = unreadCount(g);
      if (unread > 0) {
        push(i, { resource: g,
          actual: `${g.skuName ?? 'unknown SKU'}, about ${fmtMbps(capacity)}${biggest ? `, connected to ${biggest.name} at ${fmtMbps(biggest.bandwidthMbps!)}` : ''}, and ${unreadText(g)}`,
          expected: 'a gateway SKU that carries the circuits behind it; undecided: the circuits of those connections, and their bandwidth, are not known',
          status: 'unknown',
        });
        continue;
      }
      // A live gateway row that does not list its connections (a vWAN gateway row without `expressRouteConnections`):
      // the circuits known to be behind it are some of its own, not all, and another (up to 100 Gbps) may not fit.
      const listOpen = connectionListOpen(g);
      if (listOpen !== undefined) {
        push(i, { resource: g,
          actual: `${g.skuName ?? 'unknown SKU'}, about ${fmtMbps(capacity)}, connected to ${biggest ? `${biggest.name} at ${fmtMbps(biggest.bandwidthMbps!)} and to ` : ''}the circuits of connections that are not known`,
          expected: `a gateway SKU that carries the circuits behind it; undecided: ${notKnown('connectionKeys', listOpen)}`,
          status: 'unknown',
        });
        continue;
      }
      // Circuits outside the inventory (another file deploys them, or another scope holds them): their bandwidth, up to
      // 100 Gbps on ExpressRoute Direct, is not known, so what the gateway carries fits is not decided; never a pass.
      const outside = rels[i].outside;
      if (outside > 0 && !outsideBypassGateway(inventory, rels[i], g))
        push(i, { resource: g,
          actual: `${g.skuName ?? 'unknown SKU'}, about ${fmtMbps(capacity)}, connected to ${outside} circuit(s) outside ${beyond}${biggest ? ` and to ${biggest.name} at ${fmtMbps(biggest.bandwidthMbps!)}` : ''}`,
          expected: `a gateway SKU that carries the circuits behind it; undecided: the bandwidth of the circuit(s) outside ${beyond} is not known`,
          status: 'unknown',
        });
      continue;
    }
    // Too big only with circuits whose FastPath, which this gateway honours for them, is not known: undecided.
    const surely = largestCircuit(circuitsThroughGateway(rels[i], g, true));
    if (!surely || surely.bandwidthMbps! <= capacity) {
      const open = fastPathOpenTo(rels[i], biggest)!;
      push(i, { resource: g,
        actual: `${g.skuName ?? 'unknown SKU'}, about ${fmtMbps(capacity)}, connected to ${biggest.name} at ${fmtMbps(biggest.bandwidthMbps!)}`,
        expected: `a gateway SKU that carries at least ${fmtMbps(biggest.bandwidthMbps!)}, or FastPath on the connection; undecided: ${notKnown('fastPath', open.reason, `connection ${open.name}`)}`,
        status: 'unknown',
      });
      continue;
    }
    // The failure names the largest circuit that surely goes through the gateway.
    const big = surely;
    // A gateway with a minimum and no maximum may scale above its minimum (not documented either way): a circuit
    // within what the gateway type can reach is undecided, never a failure on the minimum alone.
    const reach = reachWithoutMaximumMbps(g);
    if (reach !== undefined && big.bandwidthMbps! <= reach) {
      push(i, { resource: g,
        actual: `${g.skuName ?? 'unknown SKU'} with a minimum of ${g.minScaleUnits} scale unit(s) (about ${fmtMbps(capacity)}) and no maximum set, connected to ${big.name} at ${fmtMbps(big.bandwidthMbps!)}`,
        expected: `a gateway that carries at least ${fmtMbps(big.bandwidthMbps!)}; undecided: the gateway does not set \`autoScaleConfiguration.bounds.max\`, and whether it scales above its minimum then is not documented`,
        status: 'unknown',
      });
      continue;
    }
    const refusal = fastPathRefusal(g, big);
    const honoured = refusal === undefined;
    needMbps[i] = big.bandwidthMbps!;
    const v: Violation = {
      resource: g,
      actual: `${g.skuName ?? 'unknown SKU'}${g.minScaleUnits !== undefined || g.maxScaleUnits !== undefined ? ` (${g.minScaleUnits ?? '?'}–${g.maxScaleUnits ?? '?'} scale units)` : ''}, about ${fmtMbps(capacity)}${reach !== undefined ? ` (at most ${fmtMbps(reach)} whatever its maximum)` : ''}, connected to ${big.name} at ${fmtMbps(big.bandwidthMbps!)}${refusal !== undefined && usesFastPath(rels[i], big) ? ` (FastPath is on, but ${refusal}: the traffic still goes through the gateway)` : ''}`,
      // FastPath is an alternative only where the gateway supports it for this circuit (about-fastpath.md; Virtual WAN:
      // Direct circuits, 5 scale units); on a VNet gateway ERS-SKU-007 would flag it elsewhere.
      expected: `a gateway SKU that carries at least ${fmtMbps(big.bandwidthMbps!)}${honoured ? ' (or FastPath on the connection)' : ''}`,
      details: { capacityMbps: capacity, circuit: big.name, circuitMbps: big.bandwidthMbps },
    };
    out.push({ v, at: i });
  }
  return { out, needMbps };
}

/** The connection's circuit is in the inventory and surely a provider circuit (not on an ExpressRoute Direct port). */
function onProviderCircuit(inv: Inventory, c: Connection): boolean {
  const circuit = c.circuitKey === undefined ? undefined : lookup(inv, c.circuitKey, 'circuit');
  return circuit !== undefined && circuit.isDirect === false && !firstUnknown(circuit, ['isDirect', 'portKey']);
}

/**
 * FastPath (`expressRouteGatewayBypass`) is only honoured on UltraPerformance, ErGw3AZ and ErGwScale
 * with at least `minScaleUnits` scale units; Private Link FastPath needs FastPath itself.
 */
export const fastPathSupported: RuleFunction = ({ inventory, params }) => {
  const minUnits = numParam(params, 'minScaleUnits', 10, 1);
  const gateways = connectionGatewaysOf(inventory);
  const out: Violation[] = [];
  for (let i = 0; i < inventory.connections.length; i++) {
    const c = inventory.connections[i];
    // FastPath known only at deployment (a template parameter without a value, a Terraform value known only after
    // apply): what holds when it is on is undecided, never a pass nor a failure that says it is off.
    const fastPathOpen = firstUnknown(c, ['fastPath']);
    // Private Link FastPath a template leaves out: it is "only for ExpressRoute Direct" (about-fastpath.md, "Private
    // endpoint and Private Link over ExpressRoute FastPath | Limited general availability and only for ExpressRoute
    // Direct"), so on a connection to a circuit known to be a provider circuit it cannot be on, and nothing is undecided.
    const privateLinkUnset = firstUnknown(c, ['privateLinkFastPath']);
    const privateLinkOpen = privateLinkUnset && !onProviderCircuit(inventory, c) ? privateLinkUnset : undefined;
    if ((c.privateLinkFastPath === true || privateLinkOpen) && c.fastPath !== true) {
      if (c.privateLinkFastPath === true && !fastPathOpen) {
        out.push({ resource: c, actual: 'Private Link FastPath enabled without FastPath', expected: 'FastPath (expressRouteGatewayBypass) enabled whenever Private Link FastPath is' });
        continue;
      }
      // Private Link FastPath on (or perhaps on) while FastPath is not known (or off).
      const open = (fastPathOpen ?? privateLinkOpen)!;
      out.push({
        resource: c,
        actual: `Private Link FastPath ${privateLinkOpen ? 'perhaps ' : ''}enabled, FastPath ${fastPathOpen ? 'not known' : 'off'}`,
        expected: `FastPath (expressRouteGatewayBypass) enabled whenever Private Link FastPath is; undecided: ${notKnown(open.field, open.reason)}`,
        status: 'unknown',
      });
      continue;
    }
    if ((c.fastPath !== true && !fastPathOpen) || c.flavor !== 'vnet') continue;
    // Said of a FastPath flag that is not known: the finding holds only if it is on.
    const when = fastPathOpen ? `; undecided: ${notKnown(fastPathOpen.field, fastPathOpen.reason)}, and this holds if it is on` : '';
    const enabled = fastPathOpen ? 'FastPath, if enabled,' : 'FastPath enabled';
    const g = gateways[i];
    // A gateway the inputs hold as a VPN gateway: the connection has no ExpressRoute gateway (a notice names it).
    if (!g && c.gatewayTypeNamed !== undefined) continue;
    // A gateway whose gatewayType is none Azure allows: whether it is an ExpressRoute gateway, and of which SKU, is not known.
    const typeOpen = g ? undefined : unknownReason(c, 'gatewayTypeNamed');
    if (typeOpen !== undefined) {
      out.push({ resource: c, actual: `${fastPathOpen ? 'FastPath not known' : 'FastPath enabled'}; ${reasonText(typeOpen)}`, expected: `a gateway of SKU UltraPerformance, ErGw3AZ or ErGwScale with at least ${minUnits} scale units; undecided`, status: 'unknown' });
      continue;
    }
    if (!g) {
      out.push({ resource: c, actual: `${fastPathOpen ? 'FastPath not known' : 'FastPath enabled'}; its gateway is outside the inventory`, expected: `a gateway of SKU UltraPerformance, ErGw3AZ or ErGwScale with at least ${minUnits} scale units`, status: 'unknown' });
      continue;
    }
    const undecided = firstUnknown(g, ['skuName', 'minScaleUnits']);
    const sku = lc(g.skuName);
    if (sku === 'ultraperformance' || sku === 'ergw3az') continue;
    if (undecided && (g.skuName === undefined || sku === 'ergwscale')) {
      out.push({ resource: c, actual: `${enabled} on gateway ${g.name}`, expected: `a gateway of SKU UltraPerformance, ErGw3AZ or ErGwScale with at least ${minUnits} scale units; undecided: ${notKnown(undecided.field, undecided.reason)}`, status: 'unknown' });
      continue;
    }
    if (sku === 'ergwscale' && (g.minScaleUnits ?? 0) >= minUnits) continue;
    out.push({
      resource: c,
      actual: `${enabled} on gateway ${g.name} of SKU ${g.skuName ?? '(not set)'}${sku === 'ergwscale' ? ` with minimum ${g.minScaleUnits ?? '(not set)'} scale units` : ''}`,
      expected: `a gateway of SKU UltraPerformance, ErGw3AZ or ErGwScale with at least ${minUnits} scale units${when}`,
      details: { gateway: g.name },
      ...(fastPathOpen ? { status: 'unknown' as const } : {}),
    });
  }
  return out;
};

/**
 * Maximum links per circuit (includes/expressroute-limits.md, ms.date 10/09/2023): 10 for Standard and
 * Local; for Premium it grows with bandwidth (50 Mbps: 20 … 10 Gbps and above: 100). VNet links and Global
 * Reach connections count against the same limit. Kept as an export for callers of the old name.
 */
export function maxVnetLinks(c: Circuit): number | undefined {
  return linkLimitOf(c.tier, c.bandwidthMbps);
}

/**
 * The links on a circuit (connections to gateways and Global Reach connections, which Microsoft counts
 * against one limit) stay within the limit of its tier and bandwidth.
 */
export const circuitConnectionLimit: RuleFunction = (ctx) => {
  const analysis = analysisOf(ctx);
  const analyses = analysis.circuits();
  const costs = costsOf(ctx);
  const out: Violation[] = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    const a = analyses[i];
    const used = a.carries.linksUsed;
    // Connections naming it whose rows could not be read: links all the same (or may be), not counted in `used`.
    const unread = unreadCount(c);
    // Global Reach connections only another read of a peering lists (its reads disagree): they may be there too.
    const otherReads = a.carries.globalReachOtherReads;
    if (used + unread + otherReads <= STANDARD_MAX_LINKS) continue; // within every tier's limit
    // A peering whose reads list different Global Reach connections (`unknown.globalReach`): never one read's count.
    const grOpen = a.unknown.globalReach;
    const links = grOpen !== undefined ? `${a.carries.vnetLinks} VNet link(s)${a.carries.linksLowerBound ? ' at least' : ''} and Global Reach connections not known` : `${a.carries.vnetLinks} VNet link(s) and ${a.carries.globalReachLinks} Global Reach connection(s) (${used} links${a.carries.linksLowerBound ? ' at least' : ''})`;
    const bw = a.bandwidthMbps !== undefined ? fmtMbps(a.bandwidthMbps) : 'unknown bandwidth';
    const limit = a.linkLimit.current;
    if (limit === undefined) {
      const why = a.unknown.tier ?? a.unknown.skuName ?? a.unknown.bandwidthMbps;
      if (a.tier === 'Premium' && used <= 100 && why === undefined && a.bandwidthMbps === undefined) {
        out.push({ resource: c, actual: `${links} on a Premium circuit of unknown bandwidth`, expected: 'at most the Premium limit of its bandwidth (20 to 100); undecided: the bandwidth is not known', status: 'unknown' });
      } else if (why !== undefined) {
        out.push({ resource: c, actual: `${links} on a circuit whose ${a.unknown.bandwidthMbps ? 'bandwidth' : 'tier'} is not known`, expected: `at most ${STANDARD_MAX_LINKS} links on Local or Standard (more on Premium); undecided: ${why}`, status: 'unknown' });
      }
      continue;
    }
    if (grOpen !== undefined && a.carries.vnetLinks <= limit) {
      // Over the limit only with one read's Global Reach list: undecided, saying why.
      if (used + unread + otherReads > limit) out.push({ resource: c, actual: `${links} on a ${a.tier} circuit of ${bw}`, expected: `at most ${limit} links (VNet links and Global Reach connections together); undecided: ${grOpen}`, status: 'unknown' });
      continue;
    }
    if (used <= limit) {
      if (used + unread > limit)
        out.push({ resource: c, actual: `${links} on a ${a.tier} circuit of ${bw}, and ${unreadText(c)}`, expected: `at most ${limit} links (VNet links and Global Reach connections together); undecided: whether those connections link this circuit is not known`, status: 'unknown' });
      continue;
    }
    const premium = a.tier === 'Premium';
    out.push({
      resource: c,
      actual: `${links} on a ${a.tier} circuit of ${bw}`,
      expected: `at most ${limit} links (VNet links and Global Reach connections together)${premium ? '' : `; Premium raises the limit to ${a.linkLimit.premium ?? 'up to 100'}`}`,
      details: grOpen !== undefined ? { connections: a.carries.vnetLinks, limit } : { connections: a.carries.vnetLinks, globalReach: a.carries.globalReachLinks, links: used, limit },
      ...(premium
        ? {}
        : a.tier === 'Local'
          ? { costImpactUsd: circuitFixImpact(costs, c, 'upgrade-from-local', i), costImpactChange: 'upgrade-from-local' }
          : { costImpactUsd: circuitFixImpact(costs, c, 'add-premium', i), costImpactChange: 'add-premium' }),
    });
  }
  return out;
};
