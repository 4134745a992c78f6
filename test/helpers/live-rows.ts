/**
 * Live rows (the shape of Resource Graph rows and ARM responses) for rule tests: circuits with one Azure private
 * peering, a VNet gateway `gw` and its connections, in one subscription and resource group; and one rule's findings.
 */
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

export const NET = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';

/** A row as a live source reads it (a Resource Graph row file). */
export const live = (row: Record<string, unknown>): RawResource => ({ row, source: { kind: 'graph', file: 'rows.json' } });

export interface LiveCircuitOpts {
  /** Connectivity provider (default Equinix); a provider circuit unless `port` is given. */
  provider?: string;
  /** Peering location (default Amsterdam). */
  location?: string;
  /** The private peering's `state`; left out of the row when not given. */
  state?: string;
  /** On this ExpressRoute Direct port (of NET), at `gbps`. */
  port?: string;
  gbps?: number;
  /** The circuit's peerings, instead of its one Azure private peering. */
  peerings?: unknown[];
}

/** A Standard metered circuit, provisioned at the provider, with one Azure private peering. */
export function liveCircuit(name: string, o: LiveCircuitOpts = {}): RawResource {
  return live({
    id: `${NET}/expressRouteCircuits/${name}`,
    name,
    type: 'Microsoft.Network/expressRouteCircuits',
    location: 'westeurope',
    sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
    properties: {
      serviceProviderProvisioningState: 'Provisioned',
      ...(o.port
        ? { expressRoutePort: { id: `${NET}/expressRoutePorts/${o.port}` }, bandwidthInGbps: o.gbps ?? 5 }
        : { serviceProviderProperties: { serviceProviderName: o.provider ?? 'Equinix', peeringLocation: o.location ?? 'Amsterdam', bandwidthInMbps: 1000 } }),
      authorizations: [],
      peerings: o.peerings ?? [{ id: `${NET}/expressRouteCircuits/${name}/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', ...(o.state ? { state: o.state } : {}), peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }],
    },
  });
}

/** The ErGw1AZ VNet gateway `gw` (VNet-to-VNet traffic off). */
export const liveGateway = (): RawResource =>
  live({ id: `${NET}/virtualNetworkGateways/gw`, name: 'gw', type: 'Microsoft.Network/virtualNetworkGateways', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' }, allowRemoteVnetTraffic: false, allowVirtualWanTraffic: false } });

/** A connection of `gw` to the circuit (FastPath off). */
export const liveConnection = (name: string, circuit: string): RawResource =>
  live({ id: `${NET}/connections/${name}`, name, type: 'Microsoft.Network/connections', location: 'westeurope', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${NET}/virtualNetworkGateways/gw` }, peer: { id: `${NET}/expressRouteCircuits/${circuit}` }, expressRouteGatewayBypass: false } });

/** One built-in rule's findings on the rows: status, message and the change its fix makes. */
export function ruleFindings(ruleId: string, raws: RawResource[]): { status: string; message: string; change?: string }[] {
  const rule = loadRules().find((r) => r.id === ruleId)!;
  return runRules(buildInventory(raws).inventory, [rule]).findings.map((f) => ({ status: f.status ?? 'fail', message: f.message, ...(f.costImpactChange ? { change: f.costImpactChange } : {}) }));
}
