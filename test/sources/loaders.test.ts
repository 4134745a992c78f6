import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { detectFormat } from '../../src/sources/detect.js';
import { loadInputs } from '../../src/sources/index.js';
import { ROOT, tempDir, writeJson } from '../helpers/cli.js';

const sample = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sample-circuit.json'), 'utf8')) as Record<string, unknown>;
const gateway = {
  id: '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-connectivity/providers/Microsoft.Network/virtualNetworkGateways/gw1',
  name: 'gw1',
  type: 'microsoft.network/virtualnetworkgateways',
  properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ' } },
};
const connection = {
  id: '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-connectivity/providers/Microsoft.Network/connections/c1',
  name: 'c1',
  type: 'microsoft.network/connections',
  properties: {
    connectionType: 'ExpressRoute',
    virtualNetworkGateway1: { id: gateway.id },
    // Casing differs from the circuit's id on purpose: joins are case-insensitive.
    peer: { id: (sample.id as string).toUpperCase().replace('/SUBSCRIPTIONS/', '/subscriptions/') },
    authorizationKey: 'planted-auth-key-0001',
  },
};

function loadOne(value: unknown) {
  const dir = tempDir();
  const file = writeJson(dir, 'input.json', value);
  return { file, ...loadInputs([file]) };
}

describe('format detection', () => {
  it.each([
    [{ erscanSnapshot: 1, resources: [] }, 'snapshot'],
    [{ count: 0, data: [], skip_token: null, total_records: 0 }, 'graph-cli'],
    [{ totalRecords: 0, count: 0, resultTruncated: 'false', data: [] }, 'graph-rest'],
    [[], 'rows'],
    [{ value: [] }, 'arm-list'],
    [{ id: '/subscriptions/x', type: 'Microsoft.Network/expressRouteCircuits' }, 'arm-resource'],
    [{ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources: [] }, 'arm-template'],
    [{ format_version: '1.2', terraform_version: '1.9.0', planned_values: {} }, 'terraform-plan'],
    [{ resource: { azurerm_express_route_circuit: { er: { name: 'er-1' } } }, '//': 'a comment' }, 'terraform-config'],
    [{ variable: { location: { default: 'westeurope' } } }, 'terraform-config'],
    [{ resource: [] }, 'unknown'],
    [{ hello: 'world' }, 'unknown'],
    [42, 'unknown'],
  ])('%j is %s', (doc, format) => {
    expect(detectFormat(doc)).toBe(format);
  });
});

describe('loading each input format', () => {
  it('reads az graph query output and resolves relations across rows', () => {
    const { output, errors } = loadOne({ count: 3, data: [sample, gateway, connection], skip_token: null, total_records: 3 });
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws, output.subscriptions);
    expect(inventory.circuits).toHaveLength(1);
    const circuit = inventory.circuits[0];
    expect(circuit.peerings.map((p) => p.peeringType)).toEqual(['AzurePrivatePeering', 'MicrosoftPeering']);
    expect(circuit.peerings[0].primaryPrefixLength).toBe(30);
    expect(circuit.peerings[0].globalReach[0].peerCircuitKey).toContain('er-eastus-peer');
    expect(circuit.connectionKeys).toEqual([connection.id.toLowerCase()]);
    expect(circuit.gatewayKeys).toEqual([gateway.id.toLowerCase()]);
    expect(inventory.gateways[0].circuitKeys).toEqual([circuit.key]);
    expect(inventory.connections[0].usesAuthorization).toBe(true);
    expect(inventory.tenants).toEqual([{ tenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' }]);
  });

  it('reads the Resource Graph REST response, in table format too', () => {
    const table = {
      totalRecords: 1,
      count: 1,
      resultTruncated: 'false',
      data: { columns: [{ name: 'id', type: 'string' }, { name: 'type', type: 'string' }, { name: 'name', type: 'string' }, { name: 'properties', type: 'object' }], rows: [[gateway.id, gateway.type, gateway.name, gateway.properties]] },
    };
    const { output, errors } = loadOne(table);
    expect(errors).toEqual([]);
    expect(buildInventory(output.raws).inventory.gateways[0].skuName).toBe('ErGw1AZ');
  });

  it('reads a plain array of rows, an ARM list and a single ARM GET', () => {
    for (const doc of [[sample], { value: [sample] }, sample]) {
      const { output, errors } = loadOne(doc);
      expect(errors).toEqual([]);
      expect(buildInventory(output.raws).inventory.circuits[0].name).toBe('er-westus-equinix');
    }
  });

  it("reads ARM GET and list rows that carry no type (the ExpressRouteConnection model has none; Microsoft's peering list example leaves it out) by the type their id names", () => {
    const gatewayId = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-hub/providers/Microsoft.Network/expressRouteGateways/ergw-hub';
    const vwanConnection = { id: `${gatewayId}/expressRouteConnections/conn-1`, name: 'conn-1', properties: { expressRouteCircuitPeering: { id: `${sample.id as string}/peerings/AzurePrivatePeering` }, routingWeight: 0 } };
    expect(detectFormat(vwanConnection)).toBe('arm-resource');
    const one = loadOne(vwanConnection);
    expect(one.errors).toEqual([]);
    expect(buildInventory(one.output.raws).inventory.connections.map((c) => c.name)).toEqual(['conn-1']);
    const { name: _n, type: _t, ...untyped } = sample;
    const list = loadOne({ value: [{ ...untyped, name: 'er-untyped' }] });
    expect(list.errors).toEqual([]);
    expect(buildInventory(list.output.raws).inventory.circuits.map((c) => c.name)).toEqual(['er-untyped']);
    // A row with neither type nor an id is still refused, naming what is missing.
    const bad = loadOne({ value: [{ name: 'x', properties: {} }] });
    expect(bad.errors.map((e) => e.message).join()).toMatch(/\$\.value\[0\]\.type: expected an ARM resource type/);
  });

  it("reads a peering whose expressRouteConnection is an empty text (Microsoft's peerings list example gives one so) as used by no vWAN connection, and still names an empty text elsewhere", () => {
    const circuitId = sample.id as string;
    const peering = (name: string, extra: Record<string, unknown>) => ({
      id: `${circuitId}/peerings/${name}`,
      name,
      properties: { peeringType: name, vlanId: name === 'MicrosoftPeering' ? 300 : 200, peerASN: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30', ...extra },
    });
    const hubConnection = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg1/providers/Microsoft.Network/expressRouteGateways/gw/expressRouteConnections/c1';
    const { output, errors } = loadOne({ value: [peering('MicrosoftPeering', { expressRouteConnection: '' }), peering('AzurePrivatePeering', { expressRouteConnection: { id: hubConnection } })] });
    expect(errors).toEqual([]);
    expect(output.gaps).toEqual([]);
    const { inventory, gaps } = buildInventory([...loadOne([{ ...sample, properties: { ...(sample.properties as object), peerings: [] } }]).output.raws, ...output.raws]);
    expect(gaps).toEqual([]);
    const byName = Object.fromEntries(inventory.circuits[0].peerings.map((p) => [p.name, p]));
    expect(byName.MicrosoftPeering.vwanConnectionId).toBeUndefined();
    expect(byName.MicrosoftPeering.unknown?.vwanConnectionId).toBeUndefined();
    expect(byName.AzurePrivatePeering.vwanConnectionId).toBe(hubConnection);
    // An empty text where another reference is expected is still a row of the wrong shape.
    const bad = loadOne({ value: [peering('MicrosoftPeering', { routeFilter: '' })] });
    expect(bad.errors.map((e) => e.message).join()).toMatch(/\$\.value\[0\]\.properties\.routeFilter: expected an object \{"id": "<ARM resource id>"\}, found text of 0 characters/);
  });

  it('a peering whose circuit is not in the input is a coverage gap (not checked), not a silent pass', () => {
    const peeringId = `${sample.id as string}/peerings/AzurePrivatePeering`;
    const { output } = loadOne({ value: [{ id: peeringId, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', vlanId: 100, peerASN: 65001 } }] });
    const { gaps, notices } = buildInventory(output.raws);
    expect(notices.join()).toMatch(/skipped: its circuit is not in the input/);
    expect(gaps).toHaveLength(1);
    expect(gaps[0].reason).toMatch(/^1 peering\(s\) whose circuit is not in the input were not checked \(.*AzurePrivatePeering\)$/);
    expect(buildInventory(loadOne([sample]).output.raws).gaps).toEqual([]);
  });

  it("an authorization whose circuit is not in the input (Microsoft's authorizations list, read alone) is a coverage gap, not dropped in silence", () => {
    const authId = `${sample.id as string}/authorizations/MyAuthorization1`;
    const { output, errors } = loadOne({ value: [{ id: authId, name: 'MyAuthorization1', properties: { provisioningState: 'Succeeded', authorizationKey: 'planted-auth-key-0002', authorizationUseStatus: 'Available' } }] });
    expect(errors).toEqual([]);
    const { gaps, notices } = buildInventory(output.raws);
    expect(notices.join()).toMatch(/authorization .*MyAuthorization1 skipped: its circuit is not in the input/);
    expect(gaps.map((g) => g.reason)).toEqual([`1 authorization(s) whose circuit is not in the input were not checked (${authId})`]);
    // With its circuit, it is checked (ERS-HYG-004 reads it) and nothing is missing.
    const both = buildInventory([...loadOne([{ ...sample, properties: { ...(sample.properties as object), authorizations: [] } }]).output.raws, ...output.raws]);
    expect(both.gaps).toEqual([]);
    expect(both.inventory.circuits[0].authorizations).toEqual([{ name: 'MyAuthorization1', useStatus: 'Available' }]);
  });

  it("reads Global Reach connection rows (Microsoft's circuit connections GET and list carry no type): a gap without their circuit, the same connection as the circuit's own with it", () => {
    const circuitId = sample.id as string;
    const peeringId = `${circuitId}/peerings/AzurePrivatePeering`;
    const remote = '/subscriptions/22222222-2222-3333-4444-555555555555/resourceGroups/rg-peer/providers/Microsoft.Network/expressRouteCircuits/er-remote/peerings/AzurePrivatePeering';
    const conn = {
      id: `${peeringId}/connections/gr-1`,
      name: 'gr-1',
      properties: { expressRouteCircuitPeering: { id: peeringId }, peerExpressRouteCircuitPeering: { id: remote }, authorizationKey: 'planted-auth-key-0003', addressPrefix: '10.0.0.0/29', circuitConnectionStatus: 'Connected', provisioningState: 'Succeeded' },
    };
    const alone = loadOne({ value: [conn] });
    expect(alone.errors).toEqual([]);
    expect(alone.output.notices.join()).not.toMatch(/a type erscan does not scan/);
    expect(buildInventory(alone.output.raws).gaps.map((g) => g.reason)).toEqual([`1 Global Reach connection(s) whose circuit peering is not in the input were not checked (${conn.id})`]);
    // Beside its circuit, whose peering lists the same connection (as ARM's GET of a circuit does): one connection, no gap.
    const peering = { name: 'AzurePrivatePeering', id: peeringId, properties: { peeringType: 'AzurePrivatePeering', vlanId: 100, peerASN: 65001, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30', connections: [{ ...conn, id: conn.id.toUpperCase().replace('/SUBSCRIPTIONS/', '/subscriptions/') }] } };
    const circuitRows = loadOne([{ ...sample, properties: { ...(sample.properties as object), peerings: [peering] } }]).output.raws;
    const both = buildInventory([...circuitRows, ...loadOne({ value: [conn] }).output.raws]);
    expect(both.gaps).toEqual([]);
    const gr = both.inventory.circuits[0].peerings[0].globalReach;
    expect(gr.map((g) => [g.name, g.peerCircuitKey, g.status])).toEqual([['gr-1', remote.replace(/\/peerings\/.*$/, '').toLowerCase(), 'Connected']]);
  });

  it("reads Direct link rows (Microsoft's ExpressRouteLink GET and list carry no type): a gap without their port, the port's own links with it", () => {
    const portId = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-connectivity/providers/Microsoft.Network/expressRoutePorts/erd-1';
    const circuitRef = [{ id: sample.id as string }];
    const port = (properties: Record<string, unknown>) => ({ id: portId, name: 'erd-1', type: 'Microsoft.Network/expressRoutePorts', location: 'westeurope', properties: { peeringLocation: 'Equinix-Amsterdam-AM5', bandwidthInGbps: 10, provisionedBandwidthInGbps: 0, encapsulation: 'QinQ', billingType: 'MeteredData', circuits: circuitRef, ...properties } });
    const linkRow = (name: string, adminState: string) => ({ id: `${portId}/links/${name}`, name, properties: { provisioningState: 'Succeeded', connectorType: 'LC', adminState } });
    const links = { value: [linkRow('link1', 'Enabled'), linkRow('link2', 'Disabled')] };
    const alone = loadOne(links);
    expect(alone.errors).toEqual([]);
    expect(alone.output.notices.join()).not.toMatch(/a type erscan does not scan/);
    expect(buildInventory(alone.output.raws).gaps.map((g) => g.reason)).toEqual([`2 ExpressRoute Direct link(s) whose port is not in the input were not checked (${portId}/links/link1, ${portId}/links/link2)`]);
    // Beside a port row without its links, the link rows make them known (and the port's list with them).
    const filled = buildInventory([...loadOne(port({})).output.raws, ...loadOne(links).output.raws]);
    expect(filled.gaps).toEqual([]);
    const p = filled.inventory.ports[0];
    expect(p.links.map((l) => [l.name, l.adminState, l.unknown])).toEqual([
      ['link1', 'Enabled', undefined],
      ['link2', 'Disabled', undefined],
    ]);
    expect(p.unknown?.links).toBeUndefined();
    // Beside a port row that lists them: the same links, and a value the two reads give differently is not known.
    const listed = { links: [{ ...linkRow('link1', 'Enabled') }, { ...linkRow('link2', 'Enabled') }] };
    const both = buildInventory([...loadOne(port(listed)).output.raws, ...loadOne(links).output.raws]);
    expect(both.inventory.ports[0].links.map((l) => [l.name, l.adminState])).toEqual([
      ['link1', 'Enabled'],
      ['link2', undefined],
    ]);
    expect(both.inventory.ports[0].links[1].unknown?.adminState).toMatch(/the inputs disagree/);
    expect(both.notices.join('\n')).toMatch(/erd-1: link2\.adminState/);
  });

  it('never takes an input that does not say it is whole for a whole one: a snapshot without coverage or incomplete without a gap, an export with fewer rows than its total', () => {
    const noCoverage = loadOne({ erscanSnapshot: 1, resources: [gateway] });
    expect(noCoverage.output.gaps.map((g) => g.reason)).toEqual(['the snapshot does not say whether its crawl was complete (it has no coverage)']);
    const incomplete = loadOne({ erscanSnapshot: 1, resources: [gateway], coverage: { complete: false, gaps: [] } });
    expect(incomplete.output.gaps.map((g) => g.reason)).toEqual(['the snapshot says its crawl was incomplete, without naming a gap']);
    const complete = loadOne({ erscanSnapshot: 1, resources: [gateway], coverage: { complete: true, gaps: [] } });
    expect(complete.output.gaps).toEqual([]);
    const page = loadOne({ count: 1, data: [gateway], total_records: 500, skip_token: null });
    expect(page.output.gaps.map((g) => g.reason)).toEqual(['Resource Graph output holds 1 row(s) of the 500 its query found: the other rows were not read']);
    expect(loadOne({ count: 1, data: [gateway], total_records: 1, skip_token: null }).output.gaps).toEqual([]);
    // An ARM list response's nextLink: a link is a page not read; an empty one (or null) links to nothing, the last page.
    expect(loadOne({ value: [gateway], nextLink: 'https://management.azure.com/subscriptions/s/providers/Microsoft.Network/virtualNetworkGateways?api-version=2025-07-01&$skiptoken=x' }).output.gaps.map((g) => g.reason)).toEqual(['ARM list response has a nextLink: later pages were not read']);
    expect(loadOne({ value: [gateway], nextLink: '' }).output.gaps).toEqual([]);
    expect(loadOne({ value: [gateway], nextLink: null }).output.gaps).toEqual([]);
  });

  it('reads an erscan snapshot with its subscriptions and coverage', () => {
    const { output, errors } = loadOne({
      erscanSnapshot: 1,
      subscriptions: [{ subscriptionId: '11111111-2222-3333-4444-555555555555', name: 'conn', tenantId: 't1' }],
      coverage: { complete: false, gaps: [{ scope: 'tenant t2', reason: 'login failed' }] },
      resources: [{ ...gateway }],
    });
    expect(errors).toEqual([]);
    expect(output.gaps).toEqual([{ scope: 'tenant t2', reason: 'login failed' }]);
    const { inventory } = buildInventory(output.raws, output.subscriptions);
    expect(inventory.gateways[0].tenantId).toBe('t1');
    expect(inventory.subscriptions[0].name).toBe('conn');
  });

  it('records a coverage gap for a one-page Resource Graph export with a skip token', () => {
    const { output } = loadOne({ count: 1, data: [gateway], skip_token: 'abc', total_records: 5000 });
    expect(output.gaps[0].reason).toMatch(/skip token/);
  });

  it('accepts a UTF-8 byte order mark', () => {
    const dir = tempDir();
    const file = join(dir, 'bom.json');
    writeFileSync(file, '\ufeff' + JSON.stringify([gateway]));
    expect(loadInputs([file]).errors).toEqual([]);
  });

  it('drops secrets at load time: the inventory keeps only that one existed', () => {
    const row = structuredClone(sample) as { properties: { peerings: { properties: Record<string, unknown> }[] } };
    row.properties.peerings[0].properties.sharedKey = 'planted-md5-secret';
    const { output } = loadOne([row, connection]);
    const { inventory } = buildInventory(output.raws);
    const text = JSON.stringify([...inventory.byKey.values()]);
    expect(text).not.toContain('planted-md5-secret');
    expect(text).not.toContain('planted-auth-key-0001');
    expect(text).not.toContain('946a1918-b7a2-4917-b43c-8c4cdaee006a'); // Global Reach authorizationKey in the sample
    expect(text).not.toContain('a1410692-0000-4ceb-b94a-b90b94d398d1'); // serviceKey in the sample
    expect(inventory.circuits[0].peerings[0].sharedKeyConfigured).toBe(true);
  });

  it('merges duplicate rows (same id in two casings, two files) and says so', () => {
    const dir = tempDir();
    const a = writeJson(dir, 'a.json', [gateway]);
    const b = writeJson(dir, 'b.json', [{ ...gateway, id: gateway.id.toUpperCase().replace('/SUBSCRIPTIONS/', '/subscriptions/') }]);
    const { output } = loadInputs([a, b]);
    const { inventory, notices } = buildInventory(output.raws);
    expect(inventory.gateways).toHaveLength(1);
    expect(notices.join()).toMatch(/duplicate/);
  });

  it('refuses a circuit with fields of the wrong type, naming the first (never reads them as "not set")', () => {
    const { output, errors } = loadOne([
      { id: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/expressRouteCircuits/odd', type: 'Microsoft.Network/expressRouteCircuits', sku: 'Premium', properties: { peerings: 'none', serviceProviderProperties: { bandwidthInMbps: '1000', peeringLocation: 7 } } },
      { ...gateway },
    ]);
    // Text in an object's place is never quoted: there it may be a secret (an authorization key for an authorization).
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/input\.json: at \$\[0\]\.sku: expected an object, found text of 7 characters; this row is not read \(and 2 more problems in this row\)$/)]);
    const secret = loadOne([{ id: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/expressRouteCircuits/c', type: 'Microsoft.Network/expressRouteCircuits', properties: { authorizations: ['ZZkeyZZ'], peerings: [] } }]);
    expect(JSON.stringify(secret.errors.map((e) => e.message))).not.toMatch(/ZZkeyZZ/);
    expect(output.raws.map((r) => r.row.id)).toEqual([gateway.id]); // the rest of the file is read
    expect(output.gaps).toHaveLength(1);
  });

  it('refuses an ExpressRoute row without properties (a port without them would pass every MACsec check), naming it', () => {
    const { output, errors } = loadOne([{ id: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/expressRoutePorts/p', type: 'Microsoft.Network/expressRoutePorts', name: 'p' }, gateway]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/input\.json: at \$\[0\]\.properties: expected an object of the resource's properties, found nothing; this row is not read$/)]);
    expect(output.raws).toHaveLength(1);
  });

  it('says what went wrong with an Azure CLI or PowerShell export it cannot read', () => {
    // `az network express-route list` lifts the properties to the top of each row.
    const lifted = loadOne([{ id: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/expressRouteCircuits/c', type: 'Microsoft.Network/expressRouteCircuits', name: 'c', provisioningState: 'Succeeded', serviceProviderProvisioningState: 'NotProvisioned' }, gateway]);
    expect(lifted.errors.map((e) => e.message)).toEqual([expect.stringMatching(/at \$\[0\]\.properties: expected an object of the resource's properties \(this row has them at its top, as `az network … list` and `show` write them: export with `az graph query` or `az rest`, which keep ARM's shape\), found nothing; this row is not read$/)]);
    // ConvertTo-Json without -Depth writes nested objects and lists as text.
    const row = JSON.parse(JSON.stringify(sample)) as { properties: Record<string, unknown> };
    row.properties.serviceProviderProperties = '@{serviceProviderName=Equinix; peeringLocation=Amsterdam; bandwidthInMbps=1000}';
    row.properties.peerings = 'System.Object[]';
    const cut = loadOne([row, gateway]);
    expect(cut.errors.map((e) => e.message)).toEqual([expect.stringMatching(/at \$\[0\]\.properties\.serviceProviderProperties: expected an object, found text of 79 characters in its place, as PowerShell's ConvertTo-Json writes what lies deeper than its -Depth \(2 unless told: export with -Depth 100\); this row is not read \(and 1 more problem in this row\)$/)]);
    expect(cut.output.raws).toHaveLength(1);
  });

  it('names Azure PowerShell objects (PascalCase ResourceId/ResourceType/Properties, as Get-AzResource and PSRule for Azure\'s test data write them) instead of saying they have no type, and skips those of other types', () => {
    const sub = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Network';
    // Get-AzResource -ExpandProperties | ConvertTo-Json -Depth 100: ARM's properties under PowerShell's envelope.
    const psGateway = (name: string, gatewayType: string) => ({
      ResourceId: `${sub}/virtualNetworkGateways/${name}`,
      Id: `${sub}/virtualNetworkGateways/${name}`,
      Name: name,
      ResourceType: 'Microsoft.Network/virtualNetworkGateways',
      Type: 'Microsoft.Network/virtualNetworkGateways',
      Location: 'westeurope',
      ResourceGroupName: 'test-rg',
      SubscriptionId: '00000000-0000-0000-0000-000000000000',
      Tags: null,
      Properties: { gatewayType, sku: { name: 'Standard', tier: 'Standard' } },
    });
    const psVnet = { ResourceId: `${sub}/virtualNetworks/vnet-a`, Name: 'vnet-a', ResourceType: 'Microsoft.Network/virtualNetworks', Properties: {} };
    const { output, errors } = loadOne([psVnet, psGateway('gw-vpn', 'Vpn'), psGateway('gw-er', 'ExpressRoute'), gateway]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /input\.json: at \$\[2\]: expected a resource in ARM's shape \(`id`, `type`, `properties`\), as `az graph query` and `az rest` export it, found an Azure PowerShell object of Microsoft\.Network\/virtualNetworkGateways \(PowerShell's `ResourceId`, `Id`, `ResourceType`, `Type`, `Name`, `Properties` where ARM has `id`, `type`: what `Get-AzResource` or `Get-AzExpressRouteCircuit` piped to ConvertTo-Json write\), which erscan does not read; this row is not read$/,
      ),
    ]);
    // The VNet and the VPN gateway are of types erscan does not scan: skipped and counted, not errors.
    expect(output.notices.join('\n')).toMatch(/2 rows of a type erscan does not scan were skipped \(1 microsoft\.network\/virtualnetworkgateways \(Vpn\), 1 microsoft\.network\/virtualnetworks\)/);
    expect(output.raws.map((r) => r.row.id)).toEqual([gateway.id]);
    expect(output.gaps).toHaveLength(1);
    // Get-AzExpressRouteCircuit | ConvertTo-Json: one object, its type named only by its id.
    const psCircuit = { Name: 'er1', ResourceGroupName: 'rg', Id: `${sub}/expressRouteCircuits/er1`, ProvisioningState: 'Succeeded', Sku: { Name: 'Standard_MeteredData', Tier: 'Standard', Family: 'MeteredData' }, ServiceProviderProperties: { PeeringLocation: 'Amsterdam', BandwidthInMbps: 1000 } };
    expect(loadOne(psCircuit).errors.map((e) => e.message)).toEqual([expect.stringMatching(/input\.json: at \$: expected a resource in ARM's shape .*, found an Azure PowerShell object of Microsoft\.Network\/expressRouteCircuits \(PowerShell's `Id`, `Name` where ARM has `id`, `type`.*\), which erscan does not read$/)]);
    expect(loadOne([psCircuit]).errors.map((e) => e.message)).toEqual([expect.stringMatching(/at \$\[0\]: expected a resource in ARM's shape .*Azure PowerShell object of Microsoft\.Network\/expressRouteCircuits.*; this row is not read$/)]);
  });

  it("refuses PSRule for Azure's expansion of a template (Export-AzRuleTemplateData: _PSRule.source names the template), whose subscription, resource group and location are PSRule's stand-ins, instead of reading it as deployed", () => {
    // Read as deployed, the gateway's stand-in location (eastus, PSRule's resourceGroup().location) failed a Standard
    // circuit at Amsterdam on ERS-SKU-003 ("connected to gateway(s) gw (eastus) outside Europe").
    const sub = '/subscriptions/ffffffff-ffff-ffff-ffff-ffffffffffff/resourceGroups/ps-rule-test-rg/providers/Microsoft.Network';
    const from = (line: number) => ({ path: 'resources[0]', source: [{ file: 'main.json', line, position: 5, type: 'Template' }, { file: 'main.parameters.json', type: 'Parameter' }] });
    const expanded = [
      { type: 'Microsoft.Network/expressRouteCircuits', apiVersion: '2024-05-01', name: 'er-ams', location: 'westeurope', id: `${sub}/expressRouteCircuits/er-ams`, sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' }, properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 }, peerings: [] }, _PSRule: from(10) },
      { type: 'Microsoft.Network/virtualNetworkGateways', apiVersion: '2024-05-01', name: 'gw', location: 'eastus', id: `${sub}/virtualNetworkGateways/gw`, properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } }, _PSRule: from(20) },
      { type: 'Microsoft.Network/virtualNetworkGateways', apiVersion: '2024-05-01', name: 'vpn', location: 'eastus', id: `${sub}/virtualNetworkGateways/vpn`, properties: { gatewayType: 'Vpn', sku: { name: 'VpnGw1AZ' } }, _PSRule: from(30) },
    ];
    const { output, errors } = loadOne(expanded);
    expect(errors.map((e) => e.message)).toEqual(
      [0, 1].map((i) => expect.stringMatching(new RegExp(`input\\.json: at \\$\\[${i}\\]\\._PSRule: expected a deployed resource \\(Resource Graph, an ARM response\\) or the ARM template itself, found a resource of PSRule for Azure's expansion of a template \\(Export-AzRuleTemplateData\\), whose subscription, resource group and location .* are PSRule's stand-ins, not Azure's: scan the template and its parameter file.*; this row is not read$`))),
    );
    expect(output.raws).toEqual([]);
    expect(output.gaps).toHaveLength(2);
    // A row of a live export that merely has such a key, without a template source, is read as it is.
    const live = loadOne([{ ...gateway, _PSRule: { path: 'x' } }]);
    expect([live.errors, live.output.raws.length]).toEqual([[], 1]);
  });

  it('refuses a BGP AS number that does not fit 32 bits, naming it', () => {
    const row = JSON.parse(JSON.stringify(sample)) as { properties: { peerings: { properties: Record<string, unknown> }[] } };
    row.properties.peerings[0].properties.peerASN = 99999999999;
    const { errors } = loadOne([row]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/\.peerASN: expected a BGP AS number: a whole number from 0 to 4294967295, found the number 99999999999; this row is not read$/)]);
  });

  it('accepts numbers and booleans written as text, as ARM exports sometimes do', () => {
    const { output, errors } = loadOne([
      { id: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/expressRouteCircuits/texty', type: 'Microsoft.Network/expressRouteCircuits', properties: { allowClassicOperations: 'false', serviceProviderProperties: { bandwidthInMbps: '1000' } } },
    ]);
    expect(errors).toEqual([]);
    expect(buildInventory(output.raws).inventory.circuits[0].bandwidthMbps).toBe(1000);
  });
});

describe('bad input', () => {
  const cases: [string, string | unknown, RegExp][] = [
    ['invalid JSON', '{"value": [ {"id": 1,, } ]}', /bad\.json:1:\d+: expected valid JSON/],
    ['truncated JSON', '{"value": [ {"id": "/subscriptions/x"', /bad\.json:1:\d+: expected valid JSON/],
    ['an empty file', '', /bad\.json: expected JSON, found an empty file/],
    ['a document of no known format', { hello: 'world' }, /bad\.json: at \$: expected an erscan snapshot, Resource Graph output/],
    ['a row that is not an object', { value: [gateway, 42] }, /at \$\.value\[1\]: expected a resource object, found the number 42; this row is not read/],
    ['an ExpressRoute row without an id', [{ type: 'microsoft.network/connections' }], /at \$\[0\]\.id: expected an ARM resource id \(\/subscriptions\/…\/resourceGroups\/…\/providers\/…\), found nothing; this row is not read/],
    ['a snapshot breaking its schema', { erscanSnapshot: 1, resources: [{ id: 'not-an-arm-id', type: 'x' }] }, /at \$\.resources\[0\]\.id: expected a string matching \^\//],
    ['a snapshot of another version', { erscanSnapshot: 2, resources: [] }, /at \$\.erscanSnapshot: expected a snapshot of format version 1 \(the one this erscan reads\), found version 2, which a newer erscan wrote/],
  ];
  it.each(cases)('%s: names the file, the path and what was expected', (_label, content, message) => {
    const dir = tempDir();
    const file = writeJson(dir, 'bad.json', content);
    const { errors, output } = loadInputs([file]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(message);
    expect(output.gaps).toHaveLength(1);
  });

  it('a missing file', () => {
    const { errors } = loadInputs(['/nonexistent/estate.json']);
    expect(errors[0].message).toBe('/nonexistent/estate.json: expected a readable file, found no such file');
  });

  it('bytes that are not UTF-8', () => {
    const dir = tempDir();
    const file = join(dir, 'latin1.json');
    writeFileSync(file, Buffer.from([0x5b, 0x22, 0xe9, 0x22, 0x5d]));
    expect(loadInputs([file]).errors[0].message).toMatch(/expected UTF-8 text/);
  });

  it('UTF-16 with its byte-order mark (Windows PowerShell 5.1 writes it) is read; broken UTF-16 is named', () => {
    const dir = tempDir();
    const text = JSON.stringify([sample]);
    const le = join(dir, 'le.json');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = join(dir, 'be.json');
    const swapped = Buffer.from(text, 'utf16le');
    swapped.swap16();
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]));
    const both = loadInputs([le, be]);
    expect(both.errors).toEqual([]);
    expect(both.output.raws.filter((r) => /expressroutecircuits$/i.test(r.row.type as string))).toHaveLength(2);
    const broken = join(dir, 'broken.json');
    // A lone high surrogate.
    writeFileSync(broken, Buffer.from([0xff, 0xfe, 0x5b, 0x00, 0x00, 0xd8, 0x5d, 0x00]));
    expect(loadInputs([broken]).errors[0].message).toMatch(/broken\.json: expected UTF-16LE text \(the file starts with its byte-order mark\), found bytes that are not valid UTF-16LE$/);
  });

  it('UTF-16 without its byte-order mark is named as such (was "found a character that cannot start a JSON value" at 1:2)', () => {
    const dir = tempDir();
    const le = join(dir, 'le-nobom.json');
    writeFileSync(le, Buffer.from(JSON.stringify([sample]), 'utf16le'));
    const be = join(dir, 'be-nobom.json');
    const swapped = Buffer.from(JSON.stringify([sample]), 'utf16le');
    swapped.swap16();
    writeFileSync(be, swapped);
    const { errors } = loadInputs([le, be]);
    expect(errors.map((e) => e.message)).toEqual([
      `${le}: expected UTF-8 text, or UTF-16 that starts with its byte-order mark, found UTF-16LE text without a byte-order mark (save it as UTF-8, or with the mark)`,
      `${be}: expected UTF-8 text, or UTF-16 that starts with its byte-order mark, found UTF-16BE text without a byte-order mark (save it as UTF-8, or with the mark)`,
    ]);
  });

  it('JSON nested too deeply', () => {
    const dir = tempDir();
    const file = writeJson(dir, 'deep.json', '['.repeat(5000) + ']'.repeat(5000));
    expect(loadInputs([file]).errors[0].message).toMatch(/expected JSON nested at most 256 levels deep/);
  });

  it('a good file beside a bad one: the good one is loaded, the bad one is a gap', () => {
    const dir = tempDir();
    const good = writeJson(dir, 'good.json', [gateway]);
    const bad = writeJson(dir, 'bad.json', '{');
    const { output, errors } = loadInputs([good, bad]);
    expect(errors).toHaveLength(1);
    expect(output.raws).toHaveLength(1);
    expect(output.gaps).toEqual([{ scope: bad, reason: errors[0].message }]);
  });

  it('a folder skips files of no known format with a note', () => {
    const dir = tempDir();
    writeJson(dir, 'estate.json', [gateway]);
    writeJson(dir, 'package.json', { name: 'x' });
    writeFileSync(join(dir, 'notes.json'), 'not json at all');
    const { output, errors } = loadInputs([dir]);
    expect(errors).toEqual([]);
    expect(output.raws).toHaveLength(1);
    expect(output.notices.join()).toMatch(/skipped 2 files of no known format/);
  });

  it('a folder never skips a file that names ExpressRoute resource types: it is read as a file of its own is (its problem named, a gap)', () => {
    const dir = tempDir();
    writeJson(dir, 'estate.json', [gateway]);
    writeFileSync(join(dir, 'export.json'), `// exported by a script\n${JSON.stringify([connection])}`);
    writeJson(dir, 'wrapped.json', { rows: [connection] });
    const { output, errors } = loadInputs([dir]);
    expect(output.raws).toHaveLength(1);
    expect(errors.map((e) => e.message).sort()).toEqual([
      expect.stringMatching(/export\.json:1:1: expected valid JSON, found a comment/),
      expect.stringMatching(/wrapped\.json: at \$: expected an erscan snapshot, .* found a document of no known format/),
    ]);
    expect(output.gaps).toHaveLength(2);
  });
});

// erscan reads Terraform plans (terraform show -json plan.out), never configuration: a .tf or .tf.json file is
// never skipped in silence.
describe('Terraform configuration instead of a plan', () => {
  const hcl = 'terraform {\n  required_providers {\n    azurerm = { source = "hashicorp/azurerm" }\n  }\n}\n\nresource "azurerm_express_route_circuit" "er" {\n  name = "er-1"\n}\n';
  const tfJson = { resource: { azurerm_express_route_circuit: { er: { name: 'er-1', sku: { tier: 'Standard', family: 'MeteredData' } } } } };
  const plan = (dir: string) =>
    writeJson(dir, 'plan.json', {
      format_version: '1.2',
      resource_changes: [{ address: 'azurerm_virtual_network_gateway.gw', mode: 'managed', type: 'azurerm_virtual_network_gateway', name: 'gw', change: { actions: ['create'], after: { name: 'gw', resource_group_name: 'rg', location: 'westeurope', type: 'ExpressRoute', sku: 'ErGw1AZ' }, after_unknown: { id: true } } }],
      configuration: { root_module: { module_calls: { er: { source: './modules/er', module: {} } } } },
    });

  it('named on its own (.tf or .tf.json), an input error saying erscan reads plans', () => {
    const dir = tempDir();
    const tf = join(dir, 'main.tf');
    writeFileSync(tf, hcl);
    const json = writeJson(dir, 'main.tf.json', tfJson);
    for (const file of [tf, json]) {
      const { errors, output } = loadInputs([file]);
      expect(errors.map((e) => e.message)).toEqual([`${file}: expected a Terraform plan in JSON (terraform plan -out plan.out, then terraform show -json plan.out > plan.json), found Terraform configuration, which erscan does not read (it reads plans)`]);
      expect(output.gaps).toHaveLength(1);
    }
    // Recognised by content: a plan written to a .tf.json file is read.
    expect(loadInputs([plan(dir)]).errors).toEqual([]);
  });

  it('in a folder, a coverage gap where it declares ExpressRoute resources, a note where not; the folders a plan was made from are scanned through it', () => {
    const dir = tempDir();
    plan(dir);
    // The plan's own folder and its local module (./modules/er): scanned through the plan, nothing said.
    writeFileSync(join(dir, 'main.tf'), hcl);
    mkdirSync(join(dir, 'modules', 'er'), { recursive: true });
    writeFileSync(join(dir, 'modules', 'er', 'main.tf'), hcl);
    // Another root module, without a plan: its ExpressRoute resources are not scanned.
    mkdirSync(join(dir, 'stacks', 'hub'), { recursive: true });
    writeFileSync(join(dir, 'stacks', 'hub', 'main.tf'), hcl);
    writeJson(join(dir, 'stacks', 'hub'), 'variables.tf.json', { variable: { location: { default: 'westeurope' } } });
    // A module of registry ExpressRoute modules is one too; storage alone is a note.
    mkdirSync(join(dir, 'stacks', 'spoke'));
    writeFileSync(join(dir, 'stacks', 'spoke', 'main.tf'), 'module "er" {\n  source = "Azure/avm-res-network-expressroutecircuit/azurerm"\n}\n');
    mkdirSync(join(dir, 'stacks', 'storage'));
    writeFileSync(join(dir, 'stacks', 'storage', 'main.tf'), 'resource "azurerm_storage_account" "sa" {\n  name = "st1"\n}\n');
    const { output, errors } = loadInputs([dir]);
    expect(errors).toEqual([]);
    expect(output.raws).toHaveLength(1);
    const how = 'erscan reads the Terraform plan in JSON (terraform plan -out plan.out, then terraform show -json plan.out > plan.json) made from it';
    expect(output.gaps).toEqual([
      { scope: join(dir, 'stacks', 'hub'), reason: `Terraform configuration (main.tf, variables.tf.json) not read, so the ExpressRoute resources it declares are not scanned: ${how}` },
      { scope: join(dir, 'stacks', 'spoke'), reason: `Terraform configuration (main.tf) not read, so the ExpressRoute resources it declares are not scanned: ${how}` },
    ]);
    expect(output.notices).toContain(`Terraform configuration not read in 1 folder declaring no ExpressRoute resource (erscan reads plans: terraform show -json plan.out > plan.json): ${join(dir, 'stacks', 'storage')}`);
    expect(output.notices.join('\n')).not.toMatch(/no known format/);
  });
});

describe('parameter values without the parameter file frame', () => {
  it('are never skipped in silence in a folder: the file is named, with what is expected (exit 2)', () => {
    const dir = tempDir();
    const circuit = { type: 'Microsoft.Network/expressRouteCircuits', apiVersion: '2024-05-01', name: 'er', location: 'westeurope', sku: { name: "[format('{0}_MeteredData', parameters('tier'))]", tier: "[parameters('tier')]", family: 'MeteredData' }, properties: {} };
    writeJson(dir, 'main.json', { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', parameters: { tier: { type: 'string', defaultValue: 'Standard' } }, resources: [circuit] });
    const file = writeJson(dir, 'main.parameters.json', { tier: { value: 'Premium' } });
    const { errors } = loadInputs([dir]);
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe(file);
    expect(errors[0].message).toMatch(/expected a deployment parameter file with "\$schema" \(https:\/\/schema\.management\.azure\.com\/schemas\/2019-04-01\/deploymentParameters\.json#\), "contentVersion" and "parameters", found parameter values without them/);
  });

  it('beside templates that declare no ExpressRoute resource, in a folder, are a notice (nothing judged depends on them); named on their own, an error', () => {
    const dir = tempDir();
    writeJson(dir, 'main.json', { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', parameters: { name: { type: 'string' } }, resources: [{ type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: "[parameters('name')]", location: 'westeurope' }] });
    const file = writeJson(dir, 'main.parameters.json', { name: { value: 'st1' } });
    const inFolder = loadInputs([dir]);
    expect(inFolder.errors).toEqual([]);
    expect(inFolder.output.notices.join('\n')).toMatch(/main\.parameters\.json.*found parameter values without them.*\(no template in its folder declares ExpressRoute resources\)/);
    expect(loadInputs([file]).errors).toHaveLength(1);
  });
});

describe('parameter values ARM would refuse, for a template with no ExpressRoute resource', () => {
  it('are a notice, not a coverage gap: the template holds nothing erscan judges', () => {
    const dir = tempDir();
    writeJson(dir, 'main.json', { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', parameters: { name: { type: 'string' } }, resources: [{ type: 'Microsoft.Network/routeServers', apiVersion: '2023-09-01', name: "[parameters('name')]", location: 'westeurope' }] });
    writeJson(dir, 'main.parameters.json', { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', contentVersion: '1.0.0.0', parameters: { name: { value: 'rs' }, bgpName: { value: 'x' } } });
    const { errors, output } = loadInputs([dir]);
    expect(errors).toEqual([]);
    expect(output.gaps).toEqual([]);
    expect(output.notices.join('\n')).toMatch(/main\.parameters\.json: at \$\.parameters\.bgpName: expected only parameters that main\.json declares.*\(not scanned; the template declares no ExpressRoute resource\)/);
  });
});

describe('Azure Policy documents (not templates, not read)', () => {
  const rule = { if: { field: 'type', equals: 'Microsoft.Network/expressRouteCircuits' }, then: { effect: 'audit' } };
  const definition = { properties: { displayName: 'ER Premium', policyType: 'Custom', mode: 'All', parameters: {}, policyRule: rule }, id: '/providers/Microsoft.Authorization/policyDefinitions/er', type: 'Microsoft.Authorization/policyDefinitions', name: 'er' };
  const initiative = { properties: { displayName: 'ER', policyDefinitions: [{ policyDefinitionId: definition.id, parameters: {} }] }, type: 'Microsoft.Authorization/policySetDefinitions', name: 'er-set' };

  it.each([
    ['a definition with its envelope', definition],
    ['a definition without id or type', { name: 'er', properties: { mode: 'All', parameters: {}, policyRule: rule } }],
    ['the properties alone', { mode: 'Indexed', parameters: {}, policyRule: rule }],
    ['the rule alone (azurepolicy.rules.json)', rule],
    ['an initiative', initiative],
    ['an initiative without its type', { properties: initiative.properties }],
  ])('%s is recognised as a policy document', (_label, doc) => {
    expect(detectFormat(doc)).toBe('azure-policy');
  });

  it('documents that only look alike are not', () => {
    expect(detectFormat({ if: 1, then: 2 })).toBe('unknown');
    expect(detectFormat({ if: {}, then: { effect: 'audit' }, else: {} })).toBe('unknown');
    expect(detectFormat({ properties: { policyDefinitions: [] } })).toBe('unknown');
    expect(detectFormat({ id: '/subscriptions/x', type: 'Microsoft.Network/expressRouteCircuits', properties: {} })).toBe('arm-resource');
  });

  it('named on its own: an input error that says what it is (exit 2), never a template error', () => {
    const dir = tempDir();
    const file = writeJson(dir, 'azurepolicy.json', definition);
    const { errors, output } = loadInputs([file]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/azurepolicy\.json: at \$: expected an erscan snapshot, .* found an Azure Policy definition, which erscan does not read/)]);
    expect(output.gaps).toHaveLength(1);
  });

  it('in a folder: skipped with a note naming each one, and the rest is scanned', () => {
    const dir = tempDir();
    writeJson(dir, 'estate.json', [gateway]);
    writeJson(dir, 'azurepolicy.json', { properties: { mode: 'All', policyRule: rule } });
    writeJson(dir, 'azurepolicy.rules.json', rule);
    const { errors, output } = loadInputs([dir]);
    expect(errors).toEqual([]);
    expect(output.raws).toHaveLength(1);
    expect(output.notices.join('\n')).toMatch(/skipped 2 Azure Policy documents \(policy definitions, initiatives or rules: not ARM templates or resources, and erscan does not read them\): .*azurepolicy\.json, .*azurepolicy\.rules\.json/);
    expect(output.notices.join('\n')).not.toMatch(/no known format/);
  });

  it('a folder of nothing but policy documents read nothing: an error, never a clean estate', () => {
    const dir = tempDir();
    writeJson(dir, 'azurepolicy.json', definition);
    writeJson(dir, 'package.json', { name: 'x' });
    const { errors } = loadInputs([dir]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/found only files erscan does not read \(1 Azure Policy document, 1 of no known format\)$/)]);
  });
});
