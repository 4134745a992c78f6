import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/index.js';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';

/**
 * What a live circuit row's own lists (`properties.peerings`, `properties.authorizations`) say, against the other rows
 * of the inputs: a vWAN gateway that does not list its connections (Microsoft's ExpressRouteGatewayGet.json), a
 * connection that names the circuit, peering and authorization rows of their own.
 */
const S = '/subscriptions/00000000-0000-0000-0000-0000000000a1/resourceGroups/rg/providers/Microsoft.Network';
const live = (row: Record<string, unknown>): RawResource => ({ row, source: { kind: 'graph', file: 'rows.json' } });
const privatePeering = (circuit: string) => ({
  id: `${S}/expressRouteCircuits/${circuit}/peerings/AzurePrivatePeering`,
  name: 'AzurePrivatePeering',
  type: 'Microsoft.Network/expressRouteCircuits/peerings',
  properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' },
});
const circuit = (name: string, props: Record<string, unknown>) =>
  live({
    id: `${S}/expressRouteCircuits/${name}`,
    name,
    type: 'microsoft.network/expressroutecircuits',
    location: 'westeurope',
    sku: { name: 'Premium_MeteredData', tier: 'Premium', family: 'MeteredData' },
    properties: { serviceProviderProvisioningState: 'Provisioned', serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 }, ...props },
  });
/** ExpressRouteGatewayGet.json (2025-07-01): no `expressRouteConnections`. */
const vwanGateway = live({ id: `${S}/expressRouteGateways/ergw`, name: 'ergw', type: 'microsoft.network/expressroutegateways', location: 'westeurope', properties: { provisioningState: 'Succeeded', virtualHub: { id: `${S}/virtualHubs/vhub` }, allowNonVirtualWanTraffic: false } });
const vnetGateway = live({ id: `${S}/virtualNetworkGateways/gw`, name: 'gw', type: 'microsoft.network/virtualnetworkgateways', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } } });
const connectionTo = (c: string) =>
  live({ id: `${S}/connections/conn1`, name: 'conn1', type: 'microsoft.network/connections', location: 'westeurope', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${S}/virtualNetworkGateways/gw` }, peer: { id: `${S}/expressRouteCircuits/${c}` } } });

describe('a vWAN gateway that does not list its connections', () => {
  const { inventory } = buildInventory([circuit('er-none', { peerings: [], authorizations: [] }), circuit('er-private', { peerings: [privatePeering('er-private')], authorizations: [] }), circuit('er-nolist', { authorizations: [] }), vwanGateway]);
  const a = analyse(inventory);
  const byName = (n: string) => a.circuit(inventory.circuits.find((c) => c.name === n)!);

  it('leaves open only the circuits one of its connections could name (a private peering, or peerings not known)', () => {
    expect(byName('er-private').unknown.connectionKeys).toMatch(/vWAN gateway ergw does not list its connections/);
    expect(byName('er-nolist').unknown.connectionKeys).toMatch(/vWAN gateway ergw does not list its connections/);
    expect(byName('er-none').unknown.connectionKeys).toBeUndefined();
  });

  it('so a circuit without peerings is idle (rules and the cost view read this), and one with a private peering is undecided', () => {
    expect(byName('er-none').carries.idle.value).toBe(true);
    expect(byName('er-none').needs.premium.verdict).toBe('not-needed');
    expect(byName('er-private').carries.idle.value).toBeNull();
    expect(byName('er-nolist').carries.idle.value).toBeNull();
  });
});

describe('a circuit row that lists no private peering while a connection names the circuit', () => {
  it('is contradicted (a connection needs the private peering): its peering list is not known in full', () => {
    const { inventory } = buildInventory([circuit('er-contra', { peerings: [], authorizations: [] }), vnetGateway, connectionTo('er-contra')]);
    const c = inventory.circuits[0];
    expect(c.partial?.peerings).toMatch(/lists no peering .*yet connection conn1 links it to a gateway/);
    const ca = analyse(inventory).circuit(c);
    expect(ca.unknown.peerings).toBe(c.partial?.peerings);
    expect(ca.needs.premium.verdict).toBe('undecided');
  });

  it('so is a row that lists no peering while one of its authorizations is redeemed (a connection in another subscription uses it)', () => {
    const { inventory } = buildInventory([circuit('er-auth', { peerings: [], authorizations: [{ name: 'to-spoke', properties: { authorizationUseStatus: 'InUse' } }] })]);
    const c = inventory.circuits[0];
    expect(c.partial?.peerings).toMatch(/lists no peering .*yet its authorization to-spoke is redeemed \(InUse\) by a connection/);
    expect(analyse(inventory).circuit(c).unknown.peerings).toBe(c.partial?.peerings);
    // An authorization not redeemed says nothing of the peering.
    const available = buildInventory([circuit('er-avail', { peerings: [], authorizations: [{ name: 'spare', properties: { authorizationUseStatus: 'Available' } }] })]);
    expect(available.inventory.circuits[0].partial).toBeUndefined();
  });

  it('is not when the row lists its private peering', () => {
    const { inventory } = buildInventory([circuit('er-ok', { peerings: [privatePeering('er-ok')], authorizations: [] }), vnetGateway, connectionTo('er-ok')]);
    expect(inventory.circuits[0].partial).toBeUndefined();
  });
});

describe('peering and authorization rows that their circuit row does not list', () => {
  const peeringRow = live(privatePeering('er-x'));
  const authorizationRow = live({ id: `${S}/expressRouteCircuits/er-x/authorizations/auth1`, name: 'auth1', type: 'Microsoft.Network/expressRouteCircuits/authorizations', properties: { authorizationUseStatus: 'InUse' } });

  it('count, and a notice says the circuit row did not list them', () => {
    const { inventory, notices } = buildInventory([circuit('er-x', { peerings: [], authorizations: [] }), peeringRow, authorizationRow]);
    expect(inventory.circuits[0].peerings.map((p) => p.name)).toEqual(['AzurePrivatePeering']);
    expect(inventory.circuits[0].authorizations).toEqual([{ name: 'auth1', useStatus: 'InUse' }]);
    const notice = notices.find((n) => n.includes('do not list') || n.includes('does not list'));
    expect(notice).toMatch(/^1 circuit row does not list peerings or authorizations that the inputs hold as rows of their own \(er-x: peering AzurePrivatePeering, authorization auth1\)/);
  });

  it('say nothing when the circuit row lists them, or carries no list (only rows of their own are then known)', () => {
    const listed = buildInventory([circuit('er-x', { peerings: [privatePeering('er-x')], authorizations: [{ name: 'auth1', properties: { authorizationUseStatus: 'InUse' } }] }), peeringRow, authorizationRow]);
    expect(listed.notices.join('\n')).not.toMatch(/not list peerings or authorizations/);
    const noList = buildInventory([circuit('er-x', {}), peeringRow, authorizationRow]);
    expect(noList.notices.join('\n')).not.toMatch(/not list peerings or authorizations/);
    expect(noList.inventory.circuits[0].peerings).toHaveLength(1);
  });
});
