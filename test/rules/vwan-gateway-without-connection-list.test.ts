import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

// A live vWAN gateway row that does not carry `properties.expressRouteConnections` (Microsoft's ExpressRouteGatewayGet.json
// and ExpressRouteGatewayCreate.json response, Microsoft.Network stable 2025-07-01) does not say which connections it has.
// A connection row of its own naming the gateway (ExpressRouteConnectionGet/List, one connection of it) is one of them,
// not all: the circuits the rules count for the gateway are then a lower bound, and a verdict that a second circuit
// would change ("served by 1 peering location", "1 provider") is undecided, never a fail.
const rules = loadRules();
const rule = (id: string) => rules.find((r) => r.id === id)!;
const S = '/subscriptions/00000000-0000-0000-0000-0000000000b1/resourceGroups/rg/providers/Microsoft.Network';
const live = (row: Record<string, unknown>): RawResource => ({ row, source: { kind: 'graph', file: 'arm-list.json' } });
const circuit = (name: string, provider: string) =>
  live({
    id: `${S}/expressRouteCircuits/${name}`,
    name,
    type: 'Microsoft.Network/expressRouteCircuits',
    location: 'westeurope',
    sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
    properties: {
      serviceProviderProvisioningState: 'Provisioned',
      serviceProviderProperties: { serviceProviderName: provider, peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 },
      authorizations: [],
      peerings: [{ id: `${S}/expressRouteCircuits/${name}/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }],
    },
  });
const gateway = (props: Record<string, unknown>) =>
  live({ id: `${S}/expressRouteGateways/ergw`, name: 'ergw', type: 'Microsoft.Network/expressRouteGateways', location: 'westeurope', properties: { provisioningState: 'Succeeded', virtualHub: { id: `${S}/virtualHubs/vhub` }, autoScaleConfiguration: { bounds: { min: 2, max: 2 } }, allowNonVirtualWanTraffic: false, ...props } });
/** A connection row of its own (Microsoft's examples carry no `type`: the sources give it the type its id names). */
const connectionRow = (name: string, c: string) =>
  live({ id: `${S}/expressRouteGateways/ergw/expressRouteConnections/${name}`, name, type: 'Microsoft.Network/expressRouteGateways/expressRouteConnections', properties: { provisioningState: 'Succeeded', expressRouteCircuitPeering: { id: `${S}/expressRouteCircuits/${c}/peerings/AzurePrivatePeering` }, routingWeight: 0, expressRouteGatewayBypass: false, enablePrivateLinkFastPath: false } });
const listed = (name: string, c: string) => ({ id: `${S}/expressRouteGateways/ergw/expressRouteConnections/${name}`, name, properties: { expressRouteCircuitPeering: { id: `${S}/expressRouteCircuits/${c}/peerings/AzurePrivatePeering` }, expressRouteGatewayBypass: false } });

function run(id: string, raws: RawResource[]) {
  return runRules(buildInventory(raws).inventory, [rule(id)]).findings.map((f) => ({ name: f.resourceName, status: f.status ?? 'fail', message: f.message }));
}

describe('a live vWAN gateway row without its connection list, and a connection row of its own', () => {
  const raws = [circuit('er-ams', 'Equinix'), gateway({}), connectionRow('conn1', 'er-ams')];

  it('ERS-RED-001 is undecided: other connections of the gateway may reach circuits in other peering locations', () => {
    const f = run('ERS-RED-001', raws);
    expect(f.map((x) => [x.name, x.status])).toEqual([['ergw', 'unknown']]);
    expect(f[0].message).toMatch(/does not carry `properties.expressRouteConnections`/);
  });

  it('ERS-RED-008 is undecided for two circuits of one provider (a third, of another, may be behind a connection not known)', () => {
    const two = [circuit('er-ams', 'Equinix'), circuit('er-ams2', 'Equinix'), gateway({}), connectionRow('conn1', 'er-ams'), connectionRow('conn2', 'er-ams2')];
    const f = run('ERS-RED-008', two);
    expect(f.map((x) => [x.name, x.status])).toEqual([['ergw', 'unknown']]);
    expect(f[0].message).toMatch(/does not carry `properties.expressRouteConnections`/);
  });

  it('a gateway row that lists its connections is still decided (fail)', () => {
    expect(run('ERS-RED-001', [circuit('er-ams', 'Equinix'), gateway({ expressRouteConnections: [listed('conn1', 'er-ams')] })]).map((x) => [x.name, x.status])).toEqual([['ergw', 'fail']]);
    const two = [circuit('er-ams', 'Equinix'), circuit('er-ams2', 'Equinix'), gateway({ expressRouteConnections: [listed('conn1', 'er-ams'), listed('conn2', 'er-ams2')] })];
    expect(run('ERS-RED-008', two).map((x) => [x.name, x.status])).toEqual([['ergw', 'fail']]);
  });
});

describe('ERS-SKU-006 on a live vWAN gateway row without its connection list', () => {
  it('is undecided when the circuits known to be behind it fit (a connection not known may bring a larger one)', () => {
    const f = run('ERS-SKU-006', [circuit('er-ams', 'Equinix'), gateway({}), connectionRow('conn1', 'er-ams')]);
    expect(f.map((x) => [x.name, x.status])).toEqual([['ergw', 'unknown']]);
    expect(f[0].message).toMatch(/, about 4 Gbps, connected to er-ams at 1 Gbps and to the circuits of connections that are not known; /);
    expect(f[0].message).toMatch(/does not carry `properties.expressRouteConnections`/);
  });

  it('is undecided with no connection known at all, and says nothing for a gateway row that lists its connections and whose circuits fit', () => {
    const none = run('ERS-SKU-006', [circuit('er-ams', 'Equinix'), gateway({})]);
    expect(none.map((x) => [x.name, x.status])).toEqual([['ergw', 'unknown']]);
    expect(none[0].message).toMatch(/, about 4 Gbps, connected to the circuits of connections that are not known; /);
    expect(run('ERS-SKU-006', [circuit('er-ams', 'Equinix'), gateway({ expressRouteConnections: [listed('conn1', 'er-ams')] })])).toEqual([]);
  });
});
