// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/inventory/model.js
var RESOURCE_TYPES = {
  circuit: "Microsoft.Network/expressRouteCircuits",
  peering: "Microsoft.Network/expressRouteCircuits/peerings",
  port: "Microsoft.Network/expressRoutePorts",
  vnetGateway: "Microsoft.Network/virtualNetworkGateways",
  vwanGateway: "Microsoft.Network/expressRouteGateways",
  connection: "Microsoft.Network/connections",
  vwanConnection: "Microsoft.Network/expressRouteGateways/expressRouteConnections"
};
var CONNECTION_TYPES = ["ExpressRoute", "IPsec", "Vnet2Vnet", "VPNClient"];
function isOtherConnectionType(v) {
  const t = v.toLowerCase();
  return t !== "expressroute" && CONNECTION_TYPES.some((c) => c.toLowerCase() === t);
}
function isUnknownConnectionType(v) {
  const t = v.toLowerCase();
  return !CONNECTION_TYPES.some((c) => c.toLowerCase() === t);
}
var GATEWAY_TYPES = ["Vpn", "ExpressRoute", "LocalGateway"];
function isOtherGatewayType(v) {
  const t = v.toLowerCase();
  return t !== "expressroute" && GATEWAY_TYPES.some((g) => g.toLowerCase() === t);
}
function isUnknownGatewayType(v) {
  const t = v.toLowerCase();
  return !GATEWAY_TYPES.some((g) => g.toLowerCase() === t);
}
function throughMistypedGateway(name) {
  return `connection ${name} names it through gateway `;
}
function lookup(inv, key, kind) {
  if (!key)
    return void 0;
  const r = inv.byKey.get(key);
  return r?.kind === kind ? r : void 0;
}
function allPeerings(inv) {
  return inv.circuits.flatMap((c) => c.peerings);
}
function allLinks(inv) {
  return inv.ports.flatMap((p) => p.links);
}
function readNothing(r) {
  const n = r.counts;
  return !r.coverage.complete && n.circuits + n.ports + n.gateways + n.connections === 0;
}
function countInventory(inv) {
  return {
    circuits: inv.circuits.length,
    peerings: inv.circuits.reduce((n, c) => n + c.peerings.length, 0),
    ports: inv.ports.length,
    gateways: inv.gateways.length,
    connections: inv.connections.length,
    subscriptions: inv.subscriptions.length,
    tenants: inv.tenants.length
  };
}

export {
  RESOURCE_TYPES,
  CONNECTION_TYPES,
  isOtherConnectionType,
  isUnknownConnectionType,
  GATEWAY_TYPES,
  isOtherGatewayType,
  isUnknownGatewayType,
  throughMistypedGateway,
  lookup,
  allPeerings,
  allLinks,
  readNothing,
  countInventory
};
