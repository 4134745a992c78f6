import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

// A gateway's connection rides its circuit's Azure private peering: a connected circuit whose private peering is
// Disabled (ERS-BGP-004) carries none of the gateway's traffic, so its provider serves the gateway in nothing
// (as ERS-RED-001 does not count its location: test/rules/red-001-disabled-private-peering.test.ts).
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

function red008(raws: RawResource[]) {
  return runRules(buildInventory(raws).inventory, [loadRules().find((r) => r.id === 'ERS-RED-008')!]).findings.map((f) => ({ status: f.status ?? 'fail', message: f.message }));
}

describe('ERS-RED-008 and a circuit whose private peering is Disabled', () => {
  it('does not count its provider: Equinix (Enabled) and Megaport (Disabled) is one provider serving the gateway, naming the Disabled one', () => {
    const f = red008([circuit('er-ams', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-lon', 'Megaport', 'London', 'Disabled'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0].message).toMatch(/^Gateway gw has circuits from 1 provider: er-ams \(Equinix\); er-lon \(Megaport\) is connected, but its private peering is Disabled \(ERS-BGP-004\): none of the gateway's traffic goes over it; expected circuits from at least 2 connectivity providers\.$/);
  });

  it('fails a gateway whose circuits all have it Disabled, naming them', () => {
    const f = red008([circuit('er-ams', 'Equinix', 'Amsterdam', 'Disabled'), circuit('er-lon', 'Megaport', 'London', 'Disabled'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0].message).toMatch(/^Gateway gw has circuits from 0 providers \(no circuit whose private peering is enabled\); er-ams \(Equinix\), er-lon \(Megaport\) are connected, but their private peering is Disabled/);
  });

  it('still passes two enabled circuits from two providers', () => {
    expect(red008([circuit('er-ams', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-lon', 'Megaport', 'London', 'Enabled'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')])).toEqual([]);
  });

  it('is undecided where the second provider rests on a private peering whose state the row does not carry (it may be Disabled)', () => {
    const f = red008([circuit('er-ams', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-lon', 'Megaport', 'London'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/whether the Azure private peering of er-lon is enabled is not known \(.*state/);
    // Enough providers without it: nothing rests on the unknown state.
    expect(red008([circuit('er-ams', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-lon', 'Megaport', 'London', 'Enabled'), circuit('er-par', 'Colt', 'Paris'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon'), connection('c3', 'er-par')])).toEqual([]);
  });
});
