import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

// A live connection row (Resource Graph, a snapshot, an ARM GET) that does not carry `enablePrivateLinkFastPath` (a
// trimmed projection, an older API version) does not say whether Private Link FastPath is on: the REST API spec gives
// the property no `default` (VirtualNetworkGatewayConnectionPropertiesFormat, virtualNetworkGateway.json, stable
// 2025-07-01), so the verdicts that read it are undecided, never "Private Link FastPath off" (as for templates).
const rules = loadRules();
const rule = (id: string) => rules.find((r) => r.id === id)!;
const S = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
const live = (row: Record<string, unknown>, kind: 'graph' | 'snapshot' = 'graph'): RawResource => ({ row, source: { kind, file: 'rows.json' } });
const circuit = live({
  id: `${S}/expressRouteCircuits/er`,
  name: 'er',
  type: 'Microsoft.Network/expressRouteCircuits',
  location: 'westeurope',
  sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
  properties: { serviceProviderProvisioningState: 'Provisioned', serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 }, peerings: [], authorizations: [] },
});
const gateway = live({ id: `${S}/virtualNetworkGateways/gw3`, name: 'gw3', type: 'Microsoft.Network/virtualNetworkGateways', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw3AZ', tier: 'ErGw3AZ' } } });
const connection = (props: Record<string, unknown>, kind: 'graph' | 'snapshot' = 'graph') =>
  live({ id: `${S}/connections/c`, name: 'c', type: 'Microsoft.Network/connections', location: 'westeurope', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${S}/virtualNetworkGateways/gw3` }, peer: { id: `${S}/expressRouteCircuits/er` }, ...props } }, kind);

function sku011(raws: RawResource[]) {
  const r = { ...rule('ERS-SKU-011'), parameters: { ...rule('ERS-SKU-011').parameters, requirePrivateLinkFastPath: true } };
  return runRules(buildInventory(raws).inventory, [r]).findings.map((f) => ({ name: f.resourceName, status: f.status ?? 'fail', message: f.message }));
}

describe('a live connection row without enablePrivateLinkFastPath', () => {
  it.each(['graph', 'snapshot'] as const)('%s: leaves Private Link FastPath unknown in the inventory', (kind) => {
    const { inventory } = buildInventory([circuit, gateway, connection({ expressRouteGatewayBypass: true }, kind)]);
    const c = inventory.connections[0];
    expect(c.privateLinkFastPath).toBeUndefined();
    expect(c.unknown?.privateLinkFastPath).toMatch(/does not carry `properties.enablePrivateLinkFastPath`/);
  });

  it('ERS-SKU-011 requiring Private Link FastPath is undecided (never "Private Link FastPath off")', () => {
    const f = sku011([circuit, gateway, connection({ expressRouteGatewayBypass: true })]);
    expect(f.map((x) => [x.name, x.status])).toEqual([['c', 'unknown']]);
    expect(f[0].message).not.toMatch(/Private Link FastPath off/);
    expect(f[0].message).toMatch(/enablePrivateLinkFastPath/);
  });

  it('a row that says false is still Private Link FastPath off', () => {
    expect(sku011([circuit, gateway, connection({ expressRouteGatewayBypass: true, enablePrivateLinkFastPath: false })]).map((x) => [x.name, x.status])).toEqual([['c', 'fail']]);
  });

  it('FastPath set off: Private Link FastPath, which needs it, is not left open', () => {
    const { inventory } = buildInventory([circuit, gateway, connection({ expressRouteGatewayBypass: false })]);
    expect(inventory.connections[0].unknown?.privateLinkFastPath).toBeUndefined();
  });
});
