import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { loadTemplates } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';
import { liveCircuit, liveConnection, liveGateway, ruleFindings } from '../helpers/live-rows.js';

// A gateway's connection rides its circuit's Azure private peering ("Ensure that you have Azure private peering configured
// for your circuit", expressroute-howto-linkvnet-portal-resource-manager.md). A live circuit row that lists no Azure private
// peering (only Microsoft peering, or no peering at all) while a connection links the circuit to a gateway contradicts that
// connection (two reads taken at different times): its peering list is not known in full (src/inventory/build.ts,
// markPeeringListsConnectionsContradict), as is that of a row without `properties.peerings`. Whether such a circuit is a
// path of the gateway is then not known: never counted as one for certain (a false "2 locations" pass, a false "shares a
// site" fail), nor left out as one without a private peering (a guess the other way).
const S = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
const microsoftPeering = (circuit: string) => ({ id: `${S}/expressRouteCircuits/${circuit}/peerings/MicrosoftPeering`, name: 'MicrosoftPeering', properties: { peeringType: 'MicrosoftPeering', state: 'Enabled', peerASN: 65001, vlanId: 200, primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30' } });
/** A circuit whose row lists `peerings` as given (left out of the row when undefined). */
function circuit(name: string, location: string, peerings: unknown[] | undefined, provider = 'Equinix'): RawResource {
  const r = liveCircuit(name, { location, state: 'Enabled', provider });
  const p = (r.row as { properties: Record<string, unknown> }).properties;
  if (peerings === undefined) delete p.peerings;
  else p.peerings = peerings;
  return r;
}
const enabled = (name: string, location: string, provider = 'Equinix') => liveCircuit(name, { location, state: 'Enabled', provider });
const gateway = liveGateway();
const connection = liveConnection;

const lists: [string, (name: string) => unknown[] | undefined, RegExp][] = [
  ['lists only Microsoft peering', (n) => [microsoftPeering(n)], /lists no Azure private peering \(only MicrosoftPeering\), yet connection c2 links it to a gateway/],
  ['lists no peering', () => [], /lists no peering .*yet connection c2 links it to a gateway/],
  ['does not carry its peerings', () => undefined, /does not carry `properties.peerings`/],
  // (A peering whose type the row does not say may be the private one, in a state not known.)
  ['lists a peering without its type', (n) => [{ id: `${S}/expressRouteCircuits/${n}/peerings/p1`, name: 'p1', properties: { state: 'Enabled', peerASN: 65001, vlanId: 100 } }], /type/],
];

describe.each(lists)('a connected circuit whose row %s', (_, peerings, why) => {
  it('ERS-RED-001: a second location resting on it is undecided, naming why (never a pass, never "enable its peering")', () => {
    const f = ruleFindings('ERS-RED-001', [enabled('er-ams', 'Amsterdam'), circuit('er-lon', 'London', peerings('er-lon')), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/whether the Azure private peering of er-lon is enabled is not known/);
    expect(f[0].message).toMatch(why);
    expect(f[0].message).not.toMatch(/enable the Azure private peering/);
    expect(f[0].change).not.toBe('enable-peering');
  });

  it('ERS-RED-003: a site shared with it is undecided (never a fail)', () => {
    const f = ruleFindings('ERS-RED-003', [enabled('er-a', 'Amsterdam'), circuit('er-b', 'Amsterdam', peerings('er-b')), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/2 circuits in Amsterdam: er-a, er-b; whether the Azure private peering of er-b is enabled is not known/);
  });

  it('ERS-RED-002: a Direct port shared with it is undecided (never a fail)', () => {
    const port = { row: { id: `${S}/expressRoutePorts/port1`, name: 'port1', type: 'Microsoft.Network/expressRoutePorts', location: 'westeurope', properties: { peeringLocation: 'Equinix-Amsterdam-AM5', bandwidthInGbps: 10, provisionedBandwidthInGbps: 10, encapsulation: 'QinQ', billingType: 'MeteredData', links: [] } }, source: { kind: 'graph', file: 'rows.json' } } as RawResource;
    const onPort = (name: string, list: unknown[] | undefined) => {
      const r = liveCircuit(name, { port: 'port1', state: 'Enabled' });
      const p = (r.row as { properties: Record<string, unknown> }).properties;
      if (list === undefined) delete p.peerings;
      else p.peerings = list;
      return r;
    };
    const f = ruleFindings('ERS-RED-002', [port, liveCircuit('er-a', { port: 'port1', state: 'Enabled' }), onPort('er-b', peerings('er-b')), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/whether the Azure private peering of er-b is enabled is not known/);
  });

  it('ERS-RED-008: a second provider resting on it is undecided (never a pass)', () => {
    const f = ruleFindings('ERS-RED-008', [enabled('er-a', 'Amsterdam', 'Equinix'), circuit('er-b', 'London', peerings('er-b'), 'Megaport'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/whether the Azure private peering of er-b is enabled is not known/);
  });
});

describe('a connected circuit whose row lists its private peering Enabled beside Microsoft peering', () => {
  it('is a path for certain: two locations pass, one shared site fails', () => {
    const both = (name: string, location: string) => circuit(name, location, [...((liveCircuit(name, { state: 'Enabled' }).row as { properties: { peerings: unknown[] } }).properties.peerings), microsoftPeering(name)]);
    expect(ruleFindings('ERS-RED-001', [enabled('er-ams', 'Amsterdam'), both('er-lon', 'London'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')])).toEqual([]);
    expect(ruleFindings('ERS-RED-003', [enabled('er-a', 'Amsterdam'), both('er-b', 'Amsterdam'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')]).map((x) => x.status)).toEqual(['fail']);
  });
});

describe('a template circuit whose files declare no Azure private peering', () => {
  // Its connection deploys only once the circuit has one, which another deployment declares, in a state these files do
  // not say: as undecided as a private peering declared without `state`.
  const T = "[resourceId('Microsoft.Network/expressRouteCircuits'";
  const templateCircuit = (name: string, location: string, peerings: boolean) => ({
    type: 'Microsoft.Network/expressRouteCircuits',
    apiVersion: '2023-09-01',
    name,
    location: 'westeurope',
    sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
    properties: {
      serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: location, bandwidthInMbps: 1000 },
      ...(peerings ? { peerings: [{ name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }] } : {}),
    },
  });
  const templateConnection = (name: string, circuit: string) => ({
    type: 'Microsoft.Network/connections',
    apiVersion: '2023-09-01',
    name,
    location: 'westeurope',
    dependsOn: [`${T}, '${circuit}')]`, "[resourceId('Microsoft.Network/virtualNetworkGateways', 'gw')]"],
    properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: "[resourceId('Microsoft.Network/virtualNetworkGateways', 'gw')]" }, peer: { id: `${T}, '${circuit}')]` }, expressRouteGatewayBypass: false },
  });
  const templateGateway = { type: 'Microsoft.Network/virtualNetworkGateways', apiVersion: '2023-09-01', name: 'gw', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' }, allowRemoteVnetTraffic: false, allowVirtualWanTraffic: false } };
  const red001 = (lonDeclared: boolean) => {
    const doc = { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources: [templateCircuit('er-ams', 'Amsterdam', true), templateCircuit('er-lon', 'London', lonDeclared), templateGateway, templateConnection('c1', 'er-ams'), templateConnection('c2', 'er-lon')] };
    const { output, errors } = loadTemplates([{ file: 'main.json', parsed: parseJson('main.json', JSON.stringify(doc), true), format: 'arm-template' }]);
    expect(errors).toEqual([]);
    const rule = loadRules().find((r) => r.id === 'ERS-RED-001')!;
    return runRules(buildInventory(output.raws).inventory, [rule]).findings.map((f) => ({ status: f.status ?? 'fail', message: f.message }));
  };

  it('ERS-RED-001: a second location resting on it is undecided, naming why', () => {
    const f = red001(false);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/whether the Azure private peering of er-lon is enabled is not known \(these files declare no Azure private peering of it/);
  });

  it('passes when the files declare it Enabled', () => {
    expect(red001(true)).toEqual([]);
  });
});
