/**
 * Gateway checks of issue 18 (sources in each rule's doc): zone-redundant SKUs where Azure offers
 * them (ERS-RED-004), FastPath where the gateway supports it (ERS-SKU-011), VNet-to-VNet traffic
 * over ExpressRoute (ERS-BGP-013) and metric alerts on circuits, ports and gateways (ERS-HYG-008).
 * Three-valued: a value a template leaves open makes the verdict unknown, never a pass or a fail.
 */
import { firstUnknown, isTemplateResource, isUnknown, reasonText, unknownReason } from '../../inventory/facts.js';
import type { AnyResource, Circuit, Gateway } from '../../inventory/model.js';
import type { RuleFunction, Violation } from './index.js';
import { gatewayFixOf } from './sku.js';
import { connectionGatewaysOf, pricingInputsOf, gatewayRelationsOf, lc, listParam, lookup, nameList, notKnown, numParam, privatePeeringDisabled, unreadCount } from './util.js';

const inList = (v: string | undefined, list: string[]) => v !== undefined && list.some((x) => x.toLowerCase() === v.toLowerCase());

/** The fields `firstUnknown` reads: one list, not a literal per resource. */
const SKU_NAME = ['skuName'];

/**
 * ExpressRoute VNet gateways use a zone-redundant SKU (`zoneRedundantSkus`). A gateway in an Azure
 * Extended Zone is checked only when one of those SKUs is offered there (`extendedZoneSkus`, a
 * parameter: the SKUs Azure offers in Extended Zones): a finding whose fix Azure does not offer
 * would be noise.
 */
export const gatewayZoneRedundantSku: RuleFunction = (ctx) => {
  const { inventory, params } = ctx;
  const priced = pricingInputsOf(ctx) !== undefined;
  const zoneRedundant = listParam(params, 'zoneRedundantSkus', ['ErGw1AZ', 'ErGw2AZ', 'ErGw3AZ', 'ErGwScale']);
  const extendedZoneSkus = listParam(params, 'extendedZoneSkus', ['Standard', 'HighPerformance', 'UltraPerformance']);
  const offeredInExtendedZones = zoneRedundant.filter((s) => inList(s, extendedZoneSkus));
  const out: Violation[] = [];
  for (let i = 0; i < inventory.gateways.length; i++) {
    const g = inventory.gateways[i];
    if (g.flavor !== 'vnet') continue;
    if (g.extendedLocation && offeredInExtendedZones.length === 0) continue;
    const unknown = firstUnknown(g, SKU_NAME);
    if (unknown) {
      out.push({ resource: g, actual: `a SKU that is not known here (${unknown.reason})`, expected: `a zone-redundant SKU (${zoneRedundant.join(', ')})`, status: 'unknown' });
      continue;
    }
    if (inList(g.skuName, zoneRedundant)) continue;
    const allowed = g.extendedLocation ? offeredInExtendedZones : zoneRedundant;
    const v: Violation = {
      resource: g,
      actual: `SKU ${g.skuName ?? '(not set)'}${g.extendedLocation ? ` in Extended Zone ${g.extendedLocation}` : ''}`,
      expected: `a zone-redundant SKU (${allowed.join(', ')})`,
    };
    // The cost of compliance: the gateway's one SKU change, which also carries what ERS-SKU-006 asks of it (the same
    // change its finding names, counted once in the totals). In an Extended Zone the catalogue prices no SKU: not known.
    const fix = g.extendedLocation ? undefined : gatewayFixOf(ctx, g, i);
    // A migration has deployed the zone-redundant gateway beside it already (gatewayFixOf): the fix is to finish it, which
    // keeps the new gateway (src/findings/kept.ts).
    if (fix?.migrateTo) {
      v.expected += `: ${fix.basis}`;
      v.keeps = [fix.migrateTo.key];
      v.costImpactChange = 'delete';
    }
    if (fix && fix.usd !== undefined) {
      v.costImpactUsd = fix.usd;
      v.costImpactChange = fix.change;
    } else if (priced) {
      v.costImpactUsd = null;
      v.costImpactChange = fix?.change ?? 'resize-to-zone-redundant';
    }
    out.push(v);
  }
  return out;
};

/** True when the gateway supports FastPath (expressroute-about-virtual-network-gateways.md, feature table). */
export function supportsFastPath(g: Gateway, minScaleUnits: number): boolean | undefined {
  const sku = lc(g.skuName);
  if (sku === undefined) return undefined;
  if (sku === 'ultraperformance' || sku === 'ergw3az') return true;
  if (sku === 'ergwscale') return g.minScaleUnits === undefined ? undefined : g.minScaleUnits >= minScaleUnits;
  return false;
}

/**
 * The reverse of ERS-SKU-007: ExpressRoute connections to a gateway that supports FastPath
 * (UltraPerformance, ErGw3AZ, ErGwScale with at least `minScaleUnits`) have it turned on
 * (`expressRouteGatewayBypass`), and Private Link FastPath too when `requirePrivateLinkFastPath`.
 */
export const fastPathWhereSupported: RuleFunction = ({ inventory, params }) => {
  const minUnits = numParam(params, 'minScaleUnits', 10, 1);
  const requirePrivateLink = params.requirePrivateLinkFastPath === true;
  const out: Violation[] = [];
  // The same for every connection: written once.
  const what = `FastPath (expressRouteGatewayBypass)${requirePrivateLink ? ' and Private Link FastPath' : ''} enabled`;
  const expected = `${what}, as the gateway supports it`;
  // Undecided: the message never says the gateway supports it.
  const ifSupported = `${what} if the gateway supports it (UltraPerformance, ErGw3AZ, or ErGwScale with at least ${minUnits} scale units)`;
  const gateways = connectionGatewaysOf(inventory);
  for (let i = 0; i < inventory.connections.length; i++) {
    const c = inventory.connections[i];
    if (c.flavor !== 'vnet') continue;
    const g = gateways[i];
    if (!g) {
      // A gateway the inputs hold as a VPN gateway: no ExpressRoute gateway, no FastPath to ask for (a notice names it).
      if (c.gatewayTypeNamed !== undefined) continue;
      // A gateway whose gatewayType is none Azure allows: whether it is an ExpressRoute gateway is not known (a notice names it).
      const typeOpen = unknownReason(c, 'gatewayTypeNamed');
      if (typeOpen !== undefined) {
        if (c.fastPath !== true) out.push({ resource: c, actual: reasonText(typeOpen), expected: `${ifSupported}; undecided`, status: 'unknown' });
        continue;
      }
      // Only a template may leave the gateway out of view; a live connection's gateway is in its own scope.
      // A gateway id known only at deployment (another deployment's output) may name a gateway these files hold: never "not in these files" then.
      const unnamed = unknownReason(c, 'gatewayKey');
      const actual = unnamed ? `the gateway it names ${unnamed.replace(/^`gatewayKey` /, '')}` : 'its gateway is not in these files';
      if (isTemplateResource(c) && c.fastPath !== true) out.push({ resource: c, actual, expected: `${ifSupported}; not decidable from these files`, status: 'unknown' });
      continue;
    }
    // A circuit whose private peering is Disabled carries none of the connection's traffic (ERS-BGP-004; ERS-RED-001
    // does not count it as a path): FastPath on it gains nothing, so nothing is asked of it.
    const circuit = lookup(inventory, c.circuitKey, 'circuit');
    if (circuit !== undefined && privatePeeringDisabled(circuit)) continue;
    const skuUnknown = firstUnknown(g, ['skuName', 'minScaleUnits']);
    const supported = supportsFastPath(g, minUnits);
    if (supported === false) continue;
    const fieldUnknown = firstUnknown(c, ['fastPath', ...(requirePrivateLink ? ['privateLinkFastPath'] : [])]);
    const missing = c.fastPath !== true || (requirePrivateLink && c.privateLinkFastPath !== true);
    if (!missing && !fieldUnknown) continue;
    if (supported === undefined || skuUnknown || fieldUnknown) {
      const why = fieldUnknown ?? skuUnknown;
      out.push({
        resource: c,
        actual: why ? notKnown(why.field, why.reason, why === skuUnknown ? `gateway ${g.name}` : undefined) : `gateway ${g.name} of SKU ${g.skuName ?? '(not set)'} with ${g.minScaleUnits === undefined ? 'no minimum' : `minimum ${g.minScaleUnits}`} scale units`,
        // The gateway's support is known (only the connection's flag is open): said as it is.
        expected: `${supported === true && !skuUnknown ? expected : ifSupported}; undecided`,
        status: 'unknown',
      });
      continue;
    }
    out.push({
      resource: c,
      actual: `FastPath ${c.fastPath === true ? 'on but Private Link FastPath off' : 'off'} on gateway ${g.name} of SKU ${g.skuName}${lc(g.skuName) === 'ergwscale' ? ` (minimum ${g.minScaleUnits} scale units)` : ''}`,
      expected,
      details: { gateway: g.name },
    });
  }
  return out;
};

/**
 * VNet-to-VNet traffic over ExpressRoute: a VNet gateway that accepts traffic from remote VNets
 * (`allowRemoteVnetTraffic`) or from Virtual WAN (`allowVirtualWanTraffic`) while one of its circuits
 * also serves another VNet gateway (or a vWAN hub). Then VNet-to-VNet traffic hairpins through the
 * circuit's peering location instead of VNet peering.
 */
export const vnetToVnetOverExpressRoute: RuleFunction = ({ inventory }) => {
  const rels = gatewayRelationsOf(inventory);
  const out: Violation[] = [];
  for (let i = 0; i < inventory.gateways.length; i++) {
    const g = inventory.gateways[i];
    if (g.flavor !== 'vnet') continue;
    // Each flag on its own: one known on while its kind of gateway shares the circuit fails, whatever the other is.
    const remoteUnknown = firstUnknown(g, ['allowRemoteVnetTraffic']);
    const vwanUnknown = firstUnknown(g, ['allowVirtualWanTraffic']);
    const remote = !remoteUnknown && g.allowRemoteVnetTraffic === true;
    const vwan = !vwanUnknown && g.allowVirtualWanTraffic === true;
    if (!remote && !vwan && !remoteUnknown && !vwanUnknown) continue;
    const peers = new Map<string, Gateway>();
    const outside: string[] = [];
    for (const circuit of rels[i].known) {
      for (const gk of circuit.gatewayKeys) {
        if (gk === g.key) continue;
        const other = lookup(inventory, gk, 'gateway');
        // Another ExpressRoute gateway of the same VNet (one GatewaySubnet: the second gateway of a gateway migration,
        // https://learn.microsoft.com/azure/expressroute/gateway-migration) carries no VNet-to-VNet traffic with it.
        if (other && other.flavor === 'vnet' && g.networkKey !== undefined && other.networkKey === g.networkKey && !isUnknown(g, 'networkKey') && !isUnknown(other, 'networkKey')) continue;
        if (other) peers.set(other.key, other);
        else outside.push(gk);
      }
      // More authorizations InUse than its connections in the inventory redeem: a connection in a scope erscan did not
      // read (another tenant's gateway, say) uses the circuit too.
      if (redeemedElsewhere(inventory, circuit) > 0) outside.push(circuit.key);
    }
    // Circuits outside the inventory (the circuit owner's scope was not read): the gateways they serve are not known.
    for (let k = 0; k < rels[i].outside; k++) outside.push(g.key);
    const vnetPeers = [...peers.values()].filter((p) => p.flavor === 'vnet');
    const vwanPeers = [...peers.values()].filter((p) => p.flavor === 'vwan');
    const sharing = [...(remote ? vnetPeers : []), ...(vwan ? vwanPeers : [])];
    const flags = [remote ? 'allowRemoteVnetTraffic' : '', vwan ? 'allowVirtualWanTraffic' : ''].filter(Boolean).join(' and ');
    const expected = 'VNet-to-VNet traffic over VNet peering (or Virtual WAN), with allowRemoteVnetTraffic and allowVirtualWanTraffic off';
    if (sharing.length > 0) {
      out.push({ resource: g, actual: `${flags} on, and its circuits also serve ${nameList(sharing, (p) => (p.flavor === 'vwan' ? 'vWAN hub gateway' : undefined))}`, expected, details: { flags } });
      continue;
    }
    // Connections whose rows could not be read naming the gateway or one of its circuits: another gateway may share them.
    const unread = unreadCount(g) > 0 || rels[i].known.some((c) => unreadCount(c) > 0);
    const partialView = isTemplateResource(g) || outside.length > 0 || unread;
    // A flag not known matters where a gateway of its kind shares the circuit, or may (a partial view).
    const open = remoteUnknown && (vnetPeers.length > 0 || partialView) ? remoteUnknown : vwanUnknown && (vwanPeers.length > 0 || partialView) ? vwanUnknown : undefined;
    if (open) {
      out.push({ resource: g, actual: notKnown(open.field, open.reason), expected, status: 'unknown' });
    } else if ((remote || vwan) && partialView) {
      // The circuit's other gateways are not in these files (or outside the scanned scope).
      out.push({ resource: g, actual: `${flags} on; whether another gateway shares its circuits is not decidable from this input`, expected, status: 'unknown' });
    }
  }
  return out;
};

/** How many of a circuit's InUse authorizations no connection in the inventory redeems (0 for a template, whose list is partial). */
function redeemedElsewhere(inventory: Parameters<RuleFunction>[0]['inventory'], c: Circuit): number {
  if (isTemplateResource(c)) return 0;
  let redeemed = 0;
  // One whose `connectionResourceUri` names a connection of this circuit in the inventory is that connection.
  let named: string[] | undefined;
  for (const a of c.authorizations) {
    if (lc(a.useStatus) !== 'inuse') continue;
    if (a.connectionKey !== undefined && c.connectionKeys.includes(a.connectionKey)) (named ??= []).push(a.connectionKey);
    else redeemed++;
  }
  if (redeemed === 0) return 0;
  for (const k of c.connectionKeys) if (!named?.includes(k) && lookup(inventory, k, 'connection')?.usesAuthorization) redeemed--;
  return redeemed;
}

/**
 * Metrics each kind has, as the message's examples (monitor-expressroute-reference.md): BGP and ARP availability are a
 * circuit's; a Direct port has AdminState, LineProtocol, Rx/TxLightLevel and bits in/out; a gateway (VNet or vWAN)
 * CPU utilization, packets and bits per second.
 */
const METRIC_EXAMPLES: Record<'circuit' | 'port' | 'gateway', string> = {
  circuit: 'BGP and ARP availability and throughput (bits in and out per second)',
  port: 'admin state, line protocol, Rx and Tx light levels and throughput (bits in and out per second)',
  gateway: 'CPU utilization, packets per second and throughput (bits per second)',
};

/**
 * Circuits, ExpressRoute Direct ports and gateways have at least `minAlerts` metric alert rules
 * whose scopes hold them (where the input carries metric alerts; src/rules/requires.ts).
 */
export const metricAlertsConfigured: RuleFunction = ({ inventory, params }) => {
  const min = numParam(params, 'minAlerts', 1, 1);
  const out: Violation[] = [];
  // List by list, not one spread copy of every circuit, port and gateway.
  for (const list of [inventory.circuits, inventory.ports, inventory.gateways] as AnyResource[][]) {
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (r.kind !== 'circuit' && r.kind !== 'port' && r.kind !== 'gateway') continue;
      if (r.metricAlertCount === undefined || r.metricAlertCount >= min) continue;
      const what = r.kind === 'circuit' ? 'Circuit' : r.kind === 'port' ? 'ExpressRoute Direct port' : r.flavor === 'vwan' ? 'vWAN ExpressRoute gateway' : 'Gateway';
      out.push({ resource: r, actual: `${r.metricAlertCount} metric alert rule(s)`, expected: `at least ${min} metric alert rule(s) scoped to it`, details: { what, examples: METRIC_EXAMPLES[r.kind] } });
    }
  }
  return out;
};
