import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

// A gateway's connection rides its circuit's Azure private peering: a connected circuit whose private peering is
// Disabled (ERS-BGP-004) carries none of the gateway's traffic, so it shares no Direct port with the gateway's paths
// (as ERS-RED-001 and ERS-RED-003 leave it out: test/rules/red-001-, red-003-disabled-private-peering.test.ts).
const S = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
const live = (row: Record<string, unknown>): RawResource => ({ row, source: { kind: 'graph', file: 'rows.json' } });
const port = live({ id: `${S}/expressRoutePorts/p1`, name: 'p1', type: 'Microsoft.Network/expressRoutePorts', location: 'westeurope', properties: { peeringLocation: 'Amsterdam', bandwidthInGbps: 10, encapsulation: 'QinQ', links: [{ name: 'link1', properties: { adminState: 'Enabled' } }, { name: 'link2', properties: { adminState: 'Enabled' } }], circuits: [{ id: `${S}/expressRouteCircuits/er-a` }, { id: `${S}/expressRouteCircuits/er-b` }] } });
const circuit = (name: string, state?: string) =>
  live({
    id: `${S}/expressRouteCircuits/${name}`,
    name,
    type: 'Microsoft.Network/expressRouteCircuits',
    location: 'westeurope',
    sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
    properties: {
      serviceProviderProvisioningState: 'Provisioned',
      expressRoutePort: { id: `${S}/expressRoutePorts/p1` },
      bandwidthInGbps: 5,
      authorizations: [],
      peerings: [{ id: `${S}/expressRouteCircuits/${name}/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', ...(state ? { state } : {}), peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }],
    },
  });
const gateway = live({ id: `${S}/virtualNetworkGateways/gw`, name: 'gw', type: 'Microsoft.Network/virtualNetworkGateways', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' }, allowRemoteVnetTraffic: false, allowVirtualWanTraffic: false } });
const connection = (name: string, c: string) =>
  live({ id: `${S}/connections/${name}`, name, type: 'Microsoft.Network/connections', location: 'westeurope', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${S}/virtualNetworkGateways/gw` }, peer: { id: `${S}/expressRouteCircuits/${c}` }, expressRouteGatewayBypass: false } });

function red002(raws: RawResource[]) {
  return runRules(buildInventory(raws).inventory, [loadRules().find((r) => r.id === 'ERS-RED-002')!]).findings.map((f) => ({ status: f.status ?? 'fail', message: f.message }));
}

describe('ERS-RED-002 and a circuit whose private peering is Disabled', () => {
  it('does not pair it: two circuits on one port, one with its private peering Disabled, share no port as paths of the gateway', () => {
    expect(red002([port, circuit('er-a', 'Enabled'), circuit('er-b', 'Disabled'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')])).toEqual([]);
  });

  it('still fails two enabled circuits on one port', () => {
    expect(red002([port, circuit('er-a', 'Enabled'), circuit('er-b', 'Enabled'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')]).map((x) => x.status)).toEqual(['fail']);
  });

  it('is undecided where the shared port rests on a private peering whose state the row does not carry (it may be Disabled)', () => {
    const f = red002([port, circuit('er-a', 'Enabled'), circuit('er-b'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/2 circuits on Direct port p1: er-a, er-b; whether the Azure private peering of er-b is enabled is not known \(.*state/);
  });
});
