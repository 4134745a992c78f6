import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

// ERS-SKU-003 on a Standard circuit whose Global Reach crosses its geopolitical region (two circuits linked as in
// Microsoft's ExpressRouteCircuitConnectionGet.json): the message reads as a sentence ("… at Silicon Valley with Global
// Reach to …"), not "… at Silicon Valley Global Reach to …".
const S = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
const live = (row: Record<string, unknown>): RawResource => ({ row, source: { kind: 'graph', file: 'rows.json' } });
const circuit = (name: string, location: string, connections: unknown[]) =>
  live({
    id: `${S}/expressRouteCircuits/${name}`,
    name,
    type: 'Microsoft.Network/expressRouteCircuits',
    location: 'westus',
    sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
    properties: {
      serviceProviderProvisioningState: 'Provisioned',
      serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: location, bandwidthInMbps: 1000 },
      authorizations: [],
      peerings: [{ id: `${S}/expressRouteCircuits/${name}/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30', connections } }],
    },
  });
const globalReach = {
  id: `${S}/expressRouteCircuits/ckt-sv/peerings/AzurePrivatePeering/connections/gr1`,
  name: 'gr1',
  properties: { expressRouteCircuitPeering: { id: `${S}/expressRouteCircuits/ckt-sv/peerings/AzurePrivatePeering` }, peerExpressRouteCircuitPeering: { id: `${S}/expressRouteCircuits/ckt-ams/peerings/AzurePrivatePeering` }, addressPrefix: '192.168.8.0/29', circuitConnectionStatus: 'Connected' },
};

describe('ERS-SKU-003 on Global Reach across geopolitical regions', () => {
  it('says "with Global Reach to"', () => {
    const { inventory } = buildInventory([circuit('ckt-sv', 'Silicon Valley', [globalReach]), circuit('ckt-ams', 'Amsterdam', [])]);
    const f = runRules(inventory, [loadRules().find((r) => r.id === 'ERS-SKU-003')!]).findings.find((x) => x.resourceName === 'ckt-sv')!;
    expect(f.message).toBe('Circuit ckt-sv: Standard circuit at Silicon Valley with Global Reach to ckt-ams (Amsterdam) outside North America; expected Premium, or connections only within North America.');
  });
});
