import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

// A gateway's connection rides its circuit's Azure private peering: a connected circuit whose private peering is
// Disabled (ERS-BGP-004) carries none of the gateway's traffic, so it shares no site (ERS-RED-003) or port (ERS-RED-002)
// with the gateway's other circuits as a path of the gateway's (as ERS-RED-001 does not count its location:
// test/rules/red-001-disabled-private-peering.test.ts).
const S = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
const live = (row: Record<string, unknown>): RawResource => ({ row, source: { kind: 'graph', file: 'rows.json' } });
const circuit = (name: string, provider: string, location: string, state?: string) =>
  live({
    id: `${S}/expressRouteCircuits/${name}`,
    name,
    type: 'Microsoft.Network/expressRouteCircuits',
    location: 'westeurope',
    sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
    properties: {
      serviceProviderProvisioningState: 'Provisioned',
      serviceProviderProperties: { serviceProviderName: provider, peeringLocation: location, bandwidthInMbps: 1000 },
      authorizations: [],
      peerings: [{ id: `${S}/expressRouteCircuits/${name}/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', ...(state ? { state } : {}), peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }],
    },
  });
const gateway = live({ id: `${S}/virtualNetworkGateways/gw`, name: 'gw', type: 'Microsoft.Network/virtualNetworkGateways', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' }, allowRemoteVnetTraffic: false, allowVirtualWanTraffic: false } });
const connection = (name: string, c: string) =>
  live({ id: `${S}/connections/${name}`, name, type: 'Microsoft.Network/connections', location: 'westeurope', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${S}/virtualNetworkGateways/gw` }, peer: { id: `${S}/expressRouteCircuits/${c}` }, expressRouteGatewayBypass: false } });

function run(id: string, raws: RawResource[]) {
  return runRules(buildInventory(raws).inventory, [loadRules().find((r) => r.id === id)!]).findings.map((f) => ({ status: f.status ?? 'fail', message: f.message }));
}

describe('ERS-RED-003 and a circuit whose private peering is Disabled', () => {
  it('does not pair it: two Amsterdam circuits, one with its private peering Disabled, share no site as paths of the gateway', () => {
    expect(run('ERS-RED-003', [circuit('er-a', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-b', 'Equinix', 'Amsterdam', 'Disabled'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')])).toEqual([]);
  });

  it('still fails two enabled circuits in one site', () => {
    const f = run('ERS-RED-003', [circuit('er-a', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-b', 'Equinix', 'Amsterdam', 'Enabled'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
  });

  it('is undecided where the shared site rests on a private peering whose state the row does not carry (it may be Disabled)', () => {
    const f = run('ERS-RED-003', [circuit('er-a', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-b', 'Equinix', 'Amsterdam'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/2 circuits in Amsterdam: er-a, er-b; whether the Azure private peering of er-b is enabled is not known \(.*state/);
  });
});
