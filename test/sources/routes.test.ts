import { describe, expect, it } from 'vitest';
import { diffSides, loadSide } from '../../src/history/diff.js';
import { buildInventory } from '../../src/inventory/build.js';
import { loadInputs } from '../../src/sources/index.js';
import { tempDir, writeJson } from '../helpers/cli.js';

/**
 * One estate read by different routes: an erscan snapshot (what the live crawl read beside the rows under
 * `erscan`), Resource Graph rows (no connectionStatus: runtime state) and ARM GET payloads (no tenant, regions
 * by display name, enums in other case, connectionStatus). What a route does not carry is not a value, and
 * spelling is not a value either: none of it may make a verdict undecided or read as a change.
 */
const TENANT = 'aaaaaaaa-0000-4000-8000-00000000000a';
const SUB = '11111111-0000-4000-8000-000000000001';
const rg = `/subscriptions/${SUB}/resourceGroups/rg-hub/providers/Microsoft.Network`;
const ids = { circuit: `${rg}/expressRouteCircuits/er-ams-01`, gateway: `${rg}/virtualNetworkGateways/ergw-weu`, connection: `${rg}/connections/conn-weu-ams` };

/** The ARM GET payloads (the truth). */
function arm(): Record<string, any>[] {
  return [
    {
      id: ids.circuit,
      name: 'er-ams-01',
      type: 'Microsoft.Network/expressRouteCircuits',
      location: 'westeurope',
      sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
      properties: {
        provisioningState: 'Succeeded',
        serviceProviderProvisioningState: 'Provisioned',
        circuitProvisioningState: 'Enabled',
        allowClassicOperations: false,
        serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 },
        authorizations: [],
        peerings: [{ id: `${ids.circuit}/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', azureASN: 12076, peerASN: 65010, vlanId: 100, primaryPeerAddressPrefix: '10.1.0.0/30', secondaryPeerAddressPrefix: '10.1.0.4/30', connections: [], peeredConnections: [] } }],
      },
    },
    {
      id: ids.gateway,
      name: 'ergw-weu',
      type: 'Microsoft.Network/virtualNetworkGateways',
      location: 'westeurope',
      zones: ['1', '2', '3'],
      properties: { provisioningState: 'Succeeded', gatewayType: 'ExpressRoute', sku: { name: 'ErGw2AZ', tier: 'ErGw2AZ' }, ipConfigurations: [{ name: 'default', properties: { subnet: { id: `${rg}/virtualNetworks/vnet-hub/subnets/GatewaySubnet` } } }], adminState: 'Enabled', allowRemoteVnetTraffic: false, allowVirtualWanTraffic: false },
    },
    {
      id: ids.connection,
      name: 'conn-weu-ams',
      type: 'Microsoft.Network/connections',
      location: 'westeurope',
      properties: { provisioningState: 'Succeeded', connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: ids.gateway }, peer: { id: ids.circuit }, routingWeight: 0, expressRouteGatewayBypass: false, connectionStatus: 'NotConnected' },
    },
  ];
}

/** Resource Graph rows of them: type lower-cased, tenant and subscription added, no connectionStatus. */
function rows(): Record<string, any>[] {
  return arm().map((r) => {
    const row: Record<string, any> = { ...structuredClone(r), type: r.type.toLowerCase(), tenantId: TENANT, subscriptionId: SUB, resourceGroup: 'rg-hub' };
    delete row.properties.connectionStatus;
    return row;
  });
}

/** The snapshot `erscan collect` writes of them: the rows, with what the crawl read beside them. */
function snapshot() {
  const erscan: Record<string, Record<string, unknown>> = {
    [ids.circuit]: { diagnosticSettingsCount: 1, metricAlertCount: 1 },
    [ids.gateway]: { diagnosticSettingsCount: 0, metricAlertCount: 0, maintenanceConfigurationIds: [], gatewaySubnet: { id: `${rg}/virtualNetworks/vnet-hub/subnets/GatewaySubnet`, networkSecurityGroupId: null } },
  };
  return {
    erscanSnapshot: 1,
    generatedAt: '2026-11-30T06:00:00Z',
    coverage: { complete: true, gaps: [] },
    subscriptions: [{ subscriptionId: SUB, name: 'sub-a', tenantId: TENANT, state: 'Enabled' }],
    resources: rows().map((r) => (erscan[r.id] ? { ...r, erscan: erscan[r.id] } : r)),
  };
}

/** ARM payloads as some clients spell them: regions by display name, enums in other case. */
function armSpelled(): Record<string, any>[] {
  return arm().map((r) => {
    const x = structuredClone(r);
    x.location = 'West Europe';
    if (x.sku?.family) x.sku = { ...x.sku, family: 'meteredData', tier: 'standard' };
    if (x.properties.gatewayType) x.properties.gatewayType = 'Expressroute';
    return x;
  });
}

function inventoryOf(...docs: unknown[]) {
  const dir = tempDir();
  const files = docs.map((d, i) => writeJson(dir, `route-${i}.json`, d));
  const loaded = loadInputs(files);
  expect(loaded.errors).toEqual([]);
  return buildInventory(loaded.output.raws, loaded.output.subscriptions);
}

describe('one resource read by two routes (a snapshot, Resource Graph rows, ARM GET payloads)', () => {
  it.each([
    ['snapshot and ARM GET', () => [snapshot(), { value: arm() }]],
    ['ARM GET and snapshot', () => [{ value: arm() }, snapshot()]],
    ['snapshot and ARM GET spelled otherwise', () => [snapshot(), { value: armSpelled() }]],
    ['Resource Graph rows and ARM GET spelled otherwise', () => [rows(), { value: armSpelled() }]],
  ])('%s: what one route does not carry is taken from the other, and spelling is no disagreement', (_, docs) => {
    const { inventory, notices } = inventoryOf(...docs());
    expect(notices.join('\n')).not.toMatch(/different values/);
    const circuit = inventory.circuits[0];
    const gateway = inventory.gateways[0];
    const connection = inventory.connections[0];
    for (const r of [circuit, gateway, connection, circuit.peerings[0]]) expect(r.unknown).toBeUndefined();
    // the tenant (ARM payloads have none) and the region
    expect(circuit.tenantId).toBe(TENANT);
    expect(gateway.tenantId).toBe(TENANT);
    expect(gateway.location?.replace(/\s/g, '').toLowerCase()).toBe('westeurope');
    // the connection status only ARM GET carries
    expect(connection.connectionStatus).toBe('NotConnected');
  });

  it('what the crawl read beside the rows (snapshot) stays known beside rows that do not carry it, in either order', () => {
    for (const docs of [[snapshot(), rows()], [rows(), snapshot()]]) {
      const { inventory, notices } = inventoryOf(...docs);
      expect(notices.join('\n')).not.toMatch(/different values/);
      const [circuit] = inventory.circuits;
      const [gateway] = inventory.gateways;
      expect(circuit.metricAlertCount).toBe(1);
      expect(circuit.diagnosticSettingsCount).toBe(1);
      expect(gateway).toMatchObject({ metricAlertCount: 0, maintenanceConfigurationIds: [], gatewaySubnetNsgId: null, diagnosticSettingsCount: 0 });
      expect(gateway.unknown).toBeUndefined();
    }
  });

  it('reads that do disagree still leave the field unknown: another region, another status, another NSG', () => {
    const other = arm().map((r) => ({ ...r, location: 'northeurope', properties: { ...r.properties, ...(r.properties.connectionStatus ? { connectionStatus: 'Connected' } : {}) } }));
    const snap = snapshot();
    const withNsg = snapshot();
    (withNsg.resources.find((r) => r.id === ids.gateway) as any).erscan.gatewaySubnet.networkSecurityGroupId = `${rg}/networkSecurityGroups/nsg-gw`;
    const { inventory, notices } = inventoryOf(snap, { value: other }, { value: arm() }, withNsg);
    expect(inventory.gateways[0].unknown?.location).toMatch(/the inputs disagree \("westeurope" in .*route-0\.json, "northeurope" in .*route-1\.json\)/);
    expect(inventory.connections[0].unknown?.connectionStatus).toMatch(/the inputs disagree \("Connected" in .*route-1\.json, "NotConnected" in .*route-2\.json\)/);
    expect(inventory.gateways[0].unknown?.gatewaySubnetNsgId).toMatch(/the inputs disagree \(null in .*route-0\.json, ".*nsg-gw" in .*route-3\.json\)/);
    expect(notices.join('\n')).toMatch(/read more than once with different values/);
  });
});

describe('erscan diff of two routes of one estate', () => {
  const sideOf = (doc: unknown, name: string) => loadSide(writeJson(tempDir(), name, doc));

  it.each([
    ['a snapshot and the Resource Graph rows', () => [snapshot(), rows()]],
    ['the Resource Graph rows and the ARM GET payloads', () => [rows(), { value: arm() }]],
    ['a snapshot and the ARM GET payloads spelled otherwise', () => [snapshot(), { value: armSpelled() }]],
    ['the ARM GET payloads and a snapshot', () => [{ value: arm() }, snapshot()]],
  ])('%s: no change; what one side did not read is not compared, and a note says so', (_, docs) => {
    const [a, b] = docs();
    const d = diffSides(sideOf(a, 'old.json'), sideOf(b, 'new.json'), 'test');
    expect(d.changed).toEqual([]);
    expect(d.summary).toMatchObject({ added: 0, removed: 0, changed: 0 });
    expect(d.notes.join('\n')).toMatch(/^not compared where one side did not read them: /m);
  });

  it('what both sides read still changes: diagnostic settings removed, a connection status changed, an NSG added', () => {
    const after = snapshot();
    const circuit = after.resources.find((r) => r.id === ids.circuit) as any;
    circuit.erscan.diagnosticSettingsCount = 0;
    const gateway = after.resources.find((r) => r.id === ids.gateway) as any;
    gateway.erscan.gatewaySubnet.networkSecurityGroupId = `${rg}/networkSecurityGroups/nsg-gw`;
    const d = diffSides(sideOf(snapshot(), 'old.json'), sideOf(after, 'new.json'), 'test');
    expect(d.changed.flatMap((c) => c.changes)).toEqual([
      { property: 'diagnosticSettings', before: 1, after: 0 },
      { property: 'gatewaySubnet.networkSecurityGroup', before: 'none', after: `${rg}/networkSecurityGroups/nsg-gw`.toLowerCase() },
    ]);
    expect(d.notes).toEqual([]);
    const connected = arm().map((r) => (r.id === ids.connection ? { ...r, properties: { ...r.properties, connectionStatus: 'Connected' } } : r));
    const c = diffSides(sideOf({ value: arm() }, 'old.json'), sideOf({ value: connected }, 'new.json'), 'test');
    expect(c.changed.flatMap((x) => x.changes)).toEqual([{ property: 'connectionStatus', before: 'NotConnected', after: 'Connected' }]);
  });
});

describe('ARM GET of a circuit beside the GET of its authorizations (az rest …/authorizations)', () => {
  it('counts each authorization once: the circuit embeds the same ones', () => {
    const circuit = arm()[0];
    const authorizations = ['auth-uk', 'auth-spare'].map((name, i) => ({ id: `${ids.circuit}/authorizations/${name}`, name, type: 'Microsoft.Network/expressRouteCircuits/authorizations', properties: { provisioningState: 'Succeeded', authorizationKey: 'planted-auth-key', authorizationUseStatus: i === 0 ? 'InUse' : 'Available' } }));
    circuit.properties.authorizations = authorizations;
    const { inventory } = inventoryOf({ value: [circuit] }, { value: authorizations.map((a) => ({ ...a, name: a.name.toUpperCase() })) });
    expect(inventory.circuits[0].authorizations.map((a) => `${a.name} ${a.useStatus}`)).toEqual(['AUTH-UK InUse', 'AUTH-SPARE Available']);
  });
});
