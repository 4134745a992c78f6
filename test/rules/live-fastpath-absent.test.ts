import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

// A live connection row (Resource Graph, an ARM GET) that does not carry `expressRouteGatewayBypass` (a trimmed projection,
// an older API version) does not say whether FastPath is on: the FastPath verdicts are undecided, never "FastPath off".
const rules = loadRules();
const rule = (id: string) => rules.find((r) => r.id === id)!;
const S = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
const live = (row: Record<string, unknown>): RawResource => ({ row, source: { kind: 'graph', file: 'rows.json' } });
const circuit = live({
  id: `${S}/expressRouteCircuits/er`,
  name: 'er',
  type: 'Microsoft.Network/expressRouteCircuits',
  location: 'westeurope',
  sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
  properties: { serviceProviderProvisioningState: 'Provisioned', serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 }, peerings: [], authorizations: [] },
});
const gateway = (name: string, sku: string) => live({ id: `${S}/virtualNetworkGateways/${name}`, name, type: 'Microsoft.Network/virtualNetworkGateways', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: sku, tier: sku } } });
const connection = (name: string, gw: string, props: Record<string, unknown> = {}) =>
  live({ id: `${S}/connections/${name}`, name, type: 'Microsoft.Network/connections', location: 'westeurope', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${S}/virtualNetworkGateways/${gw}` }, peer: { id: `${S}/expressRouteCircuits/er` }, ...props } });

function run(id: string, raws: RawResource[]) {
  return runRules(buildInventory(raws).inventory, [rule(id)]).findings.map((f) => ({ name: f.resourceName, status: f.status ?? 'fail', message: f.message }));
}

describe('a live connection row without expressRouteGatewayBypass', () => {
  it('leaves FastPath unknown in the inventory', () => {
    const { inventory } = buildInventory([circuit, gateway('gw3', 'ErGw3AZ'), connection('c', 'gw3')]);
    const c = inventory.connections[0];
    expect(c.fastPath).toBeUndefined();
    expect(c.unknown?.fastPath).toMatch(/does not carry `properties.expressRouteGatewayBypass`/);
  });

  it('ERS-SKU-011 is undecided on a gateway that supports FastPath (never "FastPath off")', () => {
    const f = run('ERS-SKU-011', [circuit, gateway('gw3', 'ErGw3AZ'), connection('c', 'gw3')]);
    expect(f.map((x) => [x.name, x.status])).toEqual([['c', 'unknown']]);
    expect(f[0].message).not.toMatch(/FastPath off/);
  });

  it('ERS-SKU-007 is undecided on a gateway that does not honour FastPath (it fails if FastPath is on)', () => {
    const f = run('ERS-SKU-007', [circuit, gateway('gw1', 'ErGw1AZ'), connection('c', 'gw1')]);
    expect(f.map((x) => [x.name, x.status])).toEqual([['c', 'unknown']]);
  });

  it('a row that says false is still FastPath off', () => {
    expect(run('ERS-SKU-011', [circuit, gateway('gw3', 'ErGw3AZ'), connection('c', 'gw3', { expressRouteGatewayBypass: false })]).map((x) => [x.name, x.status])).toEqual([['c', 'fail']]);
    expect(run('ERS-SKU-007', [circuit, gateway('gw1', 'ErGw1AZ'), connection('c', 'gw1', { expressRouteGatewayBypass: false })])).toEqual([]);
  });
});
