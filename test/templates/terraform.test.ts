import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { loadTemplates } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';

const dir = mkdtempSync(join(tmpdir(), 'erscan-tf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const gw = (name: string, sku: unknown, index?: string) => ({
  address: `azurerm_virtual_network_gateway.gw${index !== undefined ? `["${index}"]` : ''}`,
  mode: 'managed',
  type: 'azurerm_virtual_network_gateway',
  name: 'gw',
  ...(index !== undefined ? { index } : {}),
  provider_name: 'registry.terraform.io/hashicorp/azurerm',
  change: {
    actions: ['create'],
    before: null,
    after: { name, resource_group_name: 'rg-net', location: 'uksouth', type: 'ExpressRoute', ...(sku === undefined ? {} : { sku }), ip_configuration: [] } as Record<string, unknown>,
    after_unknown: { id: true, ...(sku === undefined ? { sku: true } : {}) },
  },
});

function load(doc: unknown, file = join(dir, 'plan.json')) {
  return loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(doc, null, 2), true), format: 'terraform-plan' }]);
}

describe('Terraform plans', () => {
  it('skips resources the plan destroys and data sources; keeps creates, updates, replacements and no-ops', () => {
    const del = { ...gw('gw-gone', 'Standard'), address: 'azurerm_virtual_network_gateway.old', name: 'old' };
    del.change = { ...del.change, actions: ['delete'] };
    const noop = { ...gw('gw-kept', 'ErGw1AZ'), address: 'azurerm_virtual_network_gateway.kept', name: 'kept' };
    noop.change = { ...noop.change, actions: ['no-op'], after_unknown: {} as never, after: { ...noop.change.after, id: '/subscriptions/1111/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/gw-kept' } };
    const data = { ...gw('gw-data', 'Standard'), mode: 'data', address: 'data.azurerm_virtual_network_gateway.x' };
    const { output, errors } = load({ format_version: '1.2', resource_changes: [del, noop, data, gw('gw-new', 'Standard')] });
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.gateways.map((g) => g.id)).toEqual([
      '/subscriptions/1111/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/gw-kept', // the planned id when known
      '/subscriptions/{subscription}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/gw-new',
    ]);
    // What it destroys is said, never dropped in silence (a plan that only destroys checks nothing: exit 2 in the CLI).
    expect(output.notices).toContain(`${join(dir, 'plan.json')}: the plan destroys 1 ExpressRoute resource(s), not scanned (they do not exist after apply): azurerm_virtual_network_gateway.old`);
  });

  // A create_before_destroy replacement leaves the old object deposed: the plan lists it again under the same
  // address with `deposed` and `["delete"]`, beside the current object it keeps.
  it('names a deposed object the plan destroys as such, never its address as destroyed while its current object is scanned', () => {
    const current = { ...gw('gw-new', 'ErGw3AZ'), address: 'azurerm_virtual_network_gateway.hub', name: 'hub' };
    const old = { ...current, deposed: '00000001', change: { actions: ['delete'], before: { name: 'gw-old', type: 'ExpressRoute', sku: 'Standard' }, after: null, after_unknown: false } };
    const { output, errors } = load({ format_version: '1.2', resource_changes: [current, old] });
    expect(errors).toEqual([]);
    expect(buildInventory(output.raws).inventory.gateways.map((g) => g.name)).toEqual(['gw-new']);
    const notices = output.notices.join('\n');
    expect(notices).not.toMatch(/destroys 1 ExpressRoute resource/);
    expect(notices).toContain('the plan destroys 1 deposed object(s) (old objects of a create-before-destroy replacement), not scanned; the current object at that address is scanned where the plan keeps it: azurerm_virtual_network_gateway.hub');
  });

  // Terraform 1.7+ `removed { from = … lifecycle { destroy = false } }` plans `["forget"]`; a replacement under
  // `destroy = false` plans `["create", "forget"]` (the new object is created, the old one kept).
  it('names resources the plan forgets as forgotten (they keep existing in Azure), never as destroyed', () => {
    const withActions = (address: string, name: string, actions: string[], after: boolean) => {
      const g = { ...gw(name, 'Standard'), address: `azurerm_virtual_network_gateway.${address}`, name: address };
      g.change = { ...g.change, actions, before: { ...g.change.after, id: `/subscriptions/1111/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/${name}` } as never, after: after ? g.change.after : (null as never) };
      return g;
    };
    const { output, errors } = load({ format_version: '1.2', resource_changes: [withActions('kept', 'gw-kept', ['forget'], false), withActions('renewed', 'gw-renewed', ['create', 'forget'], true), gw('gw-new', 'Standard')] });
    expect(errors).toEqual([]);
    const file = join(dir, 'plan.json');
    expect(output.notices).toContain(
      `${file}: the plan forgets 2 ExpressRoute resource(s) (removed from Terraform state, not destroyed: they keep existing in Azure, managed by this configuration no more), not scanned: azurerm_virtual_network_gateway.kept, azurerm_virtual_network_gateway.renewed`,
    );
    expect(output.notices.join('\n')).not.toMatch(/destroys/);
    // The replacement's new object is what the plan creates: scanned.
    expect(buildInventory(output.raws).inventory.gateways.map((g) => g.name)).toEqual(['gw-new', 'gw-renewed']);
  });

  it('reports values known only after apply as unknown findings', () => {
    const { output } = load({ format_version: '1.2', resource_changes: [gw('gw-later', undefined)] });
    expect(output.raws[0].unresolved).toEqual(['properties.sku.name', 'properties.sku.tier']);
    expect(output.notices.join('\n')).toMatch(/2 values known only after apply/);
    const { inventory } = buildInventory(output.raws);
    const f = runRules(inventory, loadRules().filter((r) => r.id === 'ERS-RED-004')).findings;
    expect(f.map((x) => [x.resourceName, x.status])).toEqual([['gw-later', 'unknown']]);
  });

  it('points findings at the resource block in the .tf file beside the plan, else at the plan entry', () => {
    const plan = { format_version: '1.2', resource_changes: [gw('gw-a', 'Standard', 'a'), gw('gw-b', 'ErGw3AZ', 'b')], configuration: { root_module: { resources: [{ address: 'azurerm_virtual_network_gateway.gw', mode: 'managed', type: 'azurerm_virtual_network_gateway', name: 'gw', expressions: {} }] } } };
    const first = load(plan, join(dir, 'no-tf', 'plan.json'));
    // Without .tf files: the opening brace of each resource_changes entry in the plan.
    const planLines = JSON.stringify(plan, null, 2).split('\n');
    const entryLine = (addr: string) => planLines.findIndex((l) => l.includes(`"address": ${JSON.stringify(addr)}`));
    expect(first.output.raws.map((r) => [r.source?.file, r.source?.line])).toEqual([
      [join(dir, 'no-tf', 'plan.json'), entryLine('azurerm_virtual_network_gateway.gw["a"]')],
      [join(dir, 'no-tf', 'plan.json'), entryLine('azurerm_virtual_network_gateway.gw["b"]')],
    ]);
    expect(planLines[entryLine('azurerm_virtual_network_gateway.gw["a"]') - 1].trim()).toBe('{');
    writeFileSync(join(dir, 'gateways.tf'), 'locals {\n  skus = { a = "Standard", b = "ErGw3AZ" }\n}\n\n  resource "azurerm_virtual_network_gateway" "gw" {\n  for_each = local.skus\n}\n');
    const second = load(plan, join(dir, 'plan.json'));
    expect(second.output.raws.map((r) => [r.source?.file, r.source?.line, r.source?.column])).toEqual([
      [join(dir, 'gateways.tf'), 5, 3],
      [join(dir, 'gateways.tf'), 5, 3],
    ]);
  });

  it('maps AzAPI resources (body object or JSON string) and resolves parent ids through references', () => {
    const azapi = (name: string, body: unknown) => ({
      address: `azapi_resource.${name}`,
      mode: 'managed',
      type: 'azapi_resource',
      name,
      change: { actions: ['create'], after: { type: 'Microsoft.Network/virtualNetworkGateways@2024-05-01', name, location: 'uksouth', body }, after_unknown: { id: true, parent_id: true } },
    });
    const rg = { address: 'azurerm_resource_group.net', mode: 'managed', type: 'azurerm_resource_group', name: 'net', change: { actions: ['create'], after: { name: 'rg-net', location: 'uksouth' }, after_unknown: { id: true } } };
    const body = { properties: { gatewayType: 'ExpressRoute', sku: { name: 'HighPerformance', tier: 'HighPerformance' } } };
    const parent = { parent_id: { references: ['azurerm_resource_group.net.id', 'azurerm_resource_group.net'] } };
    const { output, errors } = load({
      format_version: '1.2',
      resource_changes: [rg, azapi('gw-obj', body), azapi('gw-str', JSON.stringify(body))],
      configuration: { root_module: { resources: ['gw-obj', 'gw-str'].map((n) => ({ address: `azapi_resource.${n}`, mode: 'managed', type: 'azapi_resource', name: n, expressions: parent })) } },
    });
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.gateways.map((g) => [g.id, g.skuName])).toEqual([
      ['/subscriptions/{subscription}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/gw-obj', 'HighPerformance'],
      ['/subscriptions/{subscription}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/gw-str', 'HighPerformance'],
    ]);
  });

  // azapi_resource's `identity` block is sent as the body's `identity` (Azure/terraform-provider-azapi docs/resources/resource.md).
  it('reads an AzAPI resource\'s identity block: a MACsec port with one is not reported without a managed identity (ERS-ENC-004)', () => {
    const kv = 'https://kv-er.vault.azure.net/secrets/';
    const link = (n: number) => ({ name: `link${n}`, properties: { adminState: 'Enabled', macSecConfig: { cipher: 'GcmAes256', cknSecretIdentifier: `${kv}ckn${n}`, cakSecretIdentifier: `${kv}cak${n}`, sciState: 'Disabled' } } });
    const port = (name: string, identity: unknown, unknown: Record<string, unknown> = {}) => ({
      address: `azapi_resource.${name}`, mode: 'managed', type: 'azapi_resource', name,
      change: {
        actions: ['create'], before: null,
        after: { type: 'Microsoft.Network/expressRoutePorts@2024-05-01', name, location: 'westeurope', parent_id: '/subscriptions/1111/resourceGroups/rg-er', tags: null, identity, body: { properties: { peeringLocation: 'Equinix-Amsterdam-AM5', bandwidthInGbps: 10, encapsulation: 'Dot1Q', billingType: 'MeteredData', links: [link(1), link(2)] } } },
        after_unknown: { id: true, output: true, ...unknown },
      },
    });
    const uai = '/subscriptions/1111/resourceGroups/rg-er/providers/Microsoft.ManagedIdentity/userAssignedIdentities/uai-port';
    const { output, errors } = load({
      format_version: '1.2',
      resource_changes: [
        port('with-identity', [{ type: 'UserAssigned', identity_ids: [uai] }], { identity: [{ identity_ids: [false], principal_id: true, tenant_id: true }] }),
        port('without', []),
        port('later', null, { identity: true }),
      ],
    });
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.ports.map((p) => [p.name, p.hasIdentity])).toEqual([
      ['later', false],
      ['with-identity', true],
      ['without', false],
    ]);
    const f = runRules(inventory, loadRules().filter((r) => r.id === 'ERS-ENC-004')).findings;
    expect(f.map((x) => [x.resourceName, x.status ?? 'fail'])).toEqual([
      ['later', 'unknown'],
      ['without', 'fail'],
    ]);
  });

  // azurerm_express_route_port's `link1`/`link2` are Optional+Computed blocks: a port created without them (the
  // provider's own example) has them known only after apply, and the provider sends no link then, so Azure creates
  // both as it creates every link (admin state Disabled, MACsec off).
  it('judges the links of a port created without link blocks as Azure creates them; a written block left unknown stays unknown', () => {
    const U = true;
    const port = (name: string, actions: string[], link1: unknown, link2: unknown) => ({
      address: `azurerm_express_route_port.${name}`, mode: 'managed', type: 'azurerm_express_route_port', name,
      change: {
        actions, before: actions.includes('create') ? null : { id: `/subscriptions/1111/resourceGroups/rg-er/providers/Microsoft.Network/expressRoutePorts/${name}` },
        after: { name, resource_group_name: 'rg-er', location: 'westeurope', peering_location: 'Equinix-Amsterdam-AM5', bandwidth_in_gbps: 10, encapsulation: 'Dot1Q', billing_type: 'MeteredData', identity: [], ...(link1 === U ? {} : { link1 }), ...(link2 === U ? {} : { link2 }) },
        after_unknown: { id: true, ...(link1 === U ? { link1: true } : { link1: [{ id: true }] }), ...(link2 === U ? { link2: true } : { link2: [{ id: true }] }) },
      },
    });
    const enabled = [{ admin_enabled: true, macsec_cipher: 'GcmAes256', macsec_ckn_keyvault_secret_id: 'https://kv-er.vault.azure.net/secrets/ckn', macsec_cak_keyvault_secret_id: 'https://kv-er.vault.azure.net/secrets/cak', macsec_sci_enabled: false }];
    const cfg = (name: string, expressions: Record<string, unknown>) => ({ address: `azurerm_express_route_port.${name}`, mode: 'managed', type: 'azurerm_express_route_port', name, expressions });
    const { output, errors } = load({
      format_version: '1.2',
      resource_changes: [
        port('bare', ['create'], U, U), // neither block written
        port('one', ['create'], enabled, U), // link1 written, link2 left to Azure
        port('written', ['create'], U, enabled), // link1 written with content known only after apply
        port('kept', ['update'], U, U), // an existing port: its links are Azure's as they are now, not known here
      ],
      configuration: {
        root_module: {
          resources: [cfg('bare', { name: { constant_value: 'bare' } }), cfg('one', { link1: [{ admin_enabled: { constant_value: true } }] }), cfg('written', { link1: [{ admin_enabled: { references: ['var.enable'] } }], link2: [{}] }), cfg('kept', {})],
        },
      },
    });
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.ports.map((p) => [p.name, p.links.map((l) => `${l.name}:${l.adminState ?? '?'}`).join(',')])).toEqual([
      ['bare', 'link1:Disabled,link2:Disabled'],
      ['kept', 'link1:?,link2:?'], // Azure's links, what they are now not known (not silent: the link rules are undecided)
      ['one', 'link1:Enabled,link2:Disabled'],
      ['written', 'link2:Enabled'],
    ]);
    const f = runRules(inventory, loadRules().filter((r) => ['ERS-ENC-001', 'ERS-RED-006', 'ERS-ENC-004'].includes(r.id))).findings;
    expect(f.map((x) => `${x.ruleId} ${x.resourceName} ${x.status ?? 'fail'}`).sort()).toEqual([
      'ERS-ENC-001 bare/link1 fail',
      'ERS-ENC-001 bare/link2 fail',
      'ERS-ENC-001 kept/link1 unknown',
      'ERS-ENC-001 kept/link2 unknown',
      'ERS-ENC-001 one/link2 fail',
      'ERS-ENC-004 kept unknown',
      'ERS-ENC-004 one fail', // MACsec on link1, no identity
      'ERS-ENC-004 written unknown',
      'ERS-RED-006 bare/link1 fail',
      'ERS-RED-006 bare/link2 fail',
      'ERS-RED-006 kept/link1 unknown',
      'ERS-RED-006 kept/link2 unknown',
      'ERS-RED-006 one/link2 fail',
    ]);
    const kept = f.find((x) => x.ruleId === 'ERS-ENC-001' && x.resourceName === 'kept/link1');
    expect(kept?.message).toMatch(/after apply/);
  });

  // The usual MACsec configuration: the CKN and CAK are Key Vault secrets the same plan creates, so their URIs
  // are known only after apply, while the configuration says they are set, to a Key Vault secret's URI.
  it('counts a MACsec secret identifier that is a Key Vault secret created in the plan as a configured Key Vault secret', () => {
    const link = { admin_enabled: true, macsec_cipher: 'GcmAes256', macsec_sci_enabled: false };
    const port = (address: string, moduleAddress?: string) => ({
      address, mode: 'managed', type: 'azurerm_express_route_port', name: 'erd', ...(moduleAddress ? { module_address: moduleAddress } : {}),
      change: {
        actions: ['create'], before: null,
        after: { name: moduleAddress ? 'erd-mod' : 'erd-root', resource_group_name: 'rg-er', location: 'westeurope', peering_location: 'Equinix-Amsterdam-AM5', bandwidth_in_gbps: 10, encapsulation: 'Dot1Q', identity: [{ type: 'UserAssigned' }], link1: [link], link2: [link] },
        after_unknown: { id: true, identity: [{ identity_ids: true }], link1: [{ macsec_ckn_keyvault_secret_id: true, macsec_cak_keyvault_secret_id: true }], link2: [{ macsec_ckn_keyvault_secret_id: true, macsec_cak_keyvault_secret_id: true }] },
      },
    });
    const kv = (name: string, attr = 'versionless_id') => ({ references: [`azurerm_key_vault_secret.${name}.${attr}`, `azurerm_key_vault_secret.${name}`] });
    const links = (ckn: unknown, cak: unknown) => [{ admin_enabled: { constant_value: true }, macsec_ckn_keyvault_secret_id: ckn, macsec_cak_keyvault_secret_id: cak }];
    const { output, errors } = load({
      format_version: '1.2',
      resource_changes: [port('azurerm_express_route_port.erd'), port('module.erd.azurerm_express_route_port.erd', 'module.erd')],
      configuration: {
        root_module: {
          resources: [{ address: 'azurerm_express_route_port.erd', mode: 'managed', type: 'azurerm_express_route_port', name: 'erd', expressions: { link1: links(kv('ckn'), kv('cak', 'id')), link2: links(kv('ckn', 'resource_id'), kv('cak')) } }],
          module_calls: {
            erd: {
              source: './erd',
              expressions: { ckn: kv('ckn'), cak: { references: ['var.cak_from_elsewhere'] } },
              module: { resources: [{ address: 'azurerm_express_route_port.erd', mode: 'managed', type: 'azurerm_express_route_port', name: 'erd', expressions: { link1: links({ references: ['var.ckn'] }, { references: ['var.ckn'] }), link2: links({ references: ['var.ckn'] }, { references: ['var.cak'] }) } }] },
            },
          },
        },
      },
    });
    expect(errors).toEqual([]);
    // No value is made up: the identifier is the scrubbed Key Vault marker every identifier becomes.
    expect(JSON.stringify(output.raws.map((r) => r.row))).not.toMatch(/vault\.azure\.net/);
    const { inventory } = buildInventory(output.raws);
    const f = runRules(inventory, loadRules().filter((r) => ['ERS-ENC-001', 'ERS-ENC-003'].includes(r.id))).findings;
    expect(f.map((x) => `${x.ruleId} ${x.resourceName} ${x.status ?? 'fail'}`).sort()).toEqual([
      // link2 of the module's port: its CAK is a variable given something else; link2 of the root port: its CKN
      // is the secret's resource_id, an ARM id (not a secret URI), known only after apply
      'ERS-ENC-001 erd-mod/link2 unknown',
      'ERS-ENC-001 erd-root/link2 unknown',
      'ERS-ENC-003 erd-mod/link2 unknown',
      'ERS-ENC-003 erd-root/link2 unknown',
    ]);
  });

  it('says a connection of a plan names a gateway known only after apply (not "at deployment", which is a template\'s)', () => {
    const conn = {
      address: 'azurerm_virtual_network_gateway_connection.cn', mode: 'managed', type: 'azurerm_virtual_network_gateway_connection', name: 'cn',
      change: { actions: ['create'], before: null, after: { name: 'cn-hub', resource_group_name: 'rg', location: 'westeurope', type: 'ExpressRoute', express_route_gateway_bypass: false }, after_unknown: { id: true, virtual_network_gateway_id: true, express_route_circuit_id: true } },
    };
    const { output, errors } = load({ format_version: '1.2', resource_changes: [gw('ergw-hub', 'ErGw1AZ'), conn] });
    expect(errors).toEqual([]);
    const f = runRules(buildInventory(output.raws).inventory, loadRules().filter((r) => r.id === 'ERS-COST-005')).findings;
    expect(f.map((x) => [x.resourceName, x.status])).toEqual([['ergw-hub', 'unknown']]);
    expect(f[0].message).toContain('(cn-hub names a gateway known only after apply)');
  });

  // The plugin SDK keeps an Optional attribute the configuration leaves out as its zero value once the resource
  // exists: a plan that keeps or updates circuits shows a Direct circuit with `bandwidth_in_mbps = 0` and a
  // provider circuit with `bandwidth_in_gbps = 0` and `express_route_port_id = ""`.
  it('reads neither the provider attributes of a Direct circuit nor the Direct ones of a provider circuit when the SDK left them zero', () => {
    const rg = '/subscriptions/1111/resourceGroups/rg-er/providers/Microsoft.Network';
    const keep = (address: string, type: string, after: Record<string, unknown>) => ({ address, mode: 'managed', type, name: address.split('.')[1], change: { actions: ['no-op'], before: after, after, after_unknown: {} } });
    const circuit = (name: string, v: Record<string, unknown>) =>
      keep(`azurerm_express_route_circuit.${name}`, 'azurerm_express_route_circuit', { id: `${rg}/expressRouteCircuits/${name}`, name, resource_group_name: 'rg-er', location: 'westeurope', sku: [{ tier: 'Standard', family: 'UnlimitedData' }], allow_classic_operations: false, authorization_key: '', rate_limiting_enabled: true, ...v });
    const conn = (name: string) =>
      keep(`azurerm_virtual_network_gateway_connection.${name}`, 'azurerm_virtual_network_gateway_connection', { id: `${rg}/connections/cn-${name}`, name: `cn-${name}`, resource_group_name: 'rg-er', location: 'westeurope', type: 'ExpressRoute', virtual_network_gateway_id: `${rg}/virtualNetworkGateways/ergw`, express_route_circuit_id: `${rg}/expressRouteCircuits/${name}`, express_route_gateway_bypass: false, private_link_fast_path_enabled: false, authorization_key: '', shared_key: '' });
    const { output, errors } = load({
      format_version: '1.2',
      resource_changes: [
        keep('azurerm_express_route_port.ams', 'azurerm_express_route_port', { id: `${rg}/expressRoutePorts/erd-ams`, name: 'erd-ams', resource_group_name: 'rg-er', location: 'westeurope', peering_location: 'Equinix-Amsterdam-AM5', bandwidth_in_gbps: 10, encapsulation: 'Dot1Q', billing_type: 'UnlimitedData', identity: [] }),
        circuit('direct', { express_route_port_id: `${rg}/expressRoutePorts/erd-ams`, bandwidth_in_gbps: 5, bandwidth_in_mbps: 0, peering_location: '', service_provider_name: '' }),
        circuit('provider', { express_route_port_id: '', bandwidth_in_gbps: 0, bandwidth_in_mbps: 1000, peering_location: 'Amsterdam2', service_provider_name: 'Megaport' }),
        keep('azurerm_virtual_network_gateway.ergw', 'azurerm_virtual_network_gateway', { id: `${rg}/virtualNetworkGateways/ergw`, name: 'ergw', resource_group_name: 'rg-er', location: 'westeurope', type: 'ExpressRoute', sku: 'ErGw1AZ', edge_zone: '', ip_configuration: [] }),
        conn('direct'),
        conn('provider'),
      ],
    });
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.circuits.map((c) => [c.name, c.isDirect, c.bandwidthMbps, c.bandwidthGbps, c.peeringLocation, c.serviceProviderName])).toEqual([
      ['direct', true, 5000, 5, 'Equinix-Amsterdam-AM5', undefined], // its port's location
      ['provider', false, 1000, undefined, 'Amsterdam2', 'Megaport'],
    ]);
    // The 5 Gbps Direct circuit behind a 1 Gbps gateway is found (it read as 0 Mbps, and passed).
    const f = runRules(inventory, loadRules().filter((r) => r.id === 'ERS-SKU-006')).findings;
    expect(f.map((x) => [x.resourceName, x.status ?? 'fail', x.message.includes('direct at 5 Gbps')])).toEqual([['ergw', 'fail', true]]);
  });

  // `terraform show -json` of a state (no plan file): the resources under `values`, with azurerm's own
  // ids (a diagnostic setting's is `<target>|<name>`, not an ARM id).
  it('reads a state (values), with Global Reach and diagnostic settings, and refuses a document with no resources at all', () => {
    const base = '/subscriptions/1111/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits';
    const res = (type: string, name: string, values: Record<string, unknown>) => ({ address: `${type}.${name}`, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/azurerm', schema_version: 0, values, sensitive_values: {} });
    const circuit = (name: string, location: string, peering: string, tier: string) =>
      res('azurerm_express_route_circuit', name, { id: `${base}/${name}`, name, resource_group_name: 'rg-er', location, service_provider_name: 'Equinix', peering_location: peering, bandwidth_in_mbps: 1000, sku: [{ tier, family: 'MeteredData' }], allow_classic_operations: false });
    const peering = (circuitName: string, key: string) =>
      res('azurerm_express_route_circuit_peering', key, { id: `${base}/${circuitName}/peerings/AzurePrivatePeering`, peering_type: 'AzurePrivatePeering', express_route_circuit_name: circuitName, resource_group_name: 'rg-er', peer_asn: 65001, vlan_id: 100, primary_peer_address_prefix: '10.0.0.0/30', secondary_peer_address_prefix: '10.0.0.4/30', ipv4_enabled: true });
    const state = {
      format_version: '1.0',
      terraform_version: '1.9.5',
      values: {
        root_module: {
          resources: [
            circuit('er-ams', 'westeurope', 'Amsterdam', 'Premium'),
            peering('er-ams', 'ams'),
            circuit('er-wdc', 'eastus', 'Washington DC', 'Standard'),
            peering('er-wdc', 'wdc'),
            res('azurerm_express_route_circuit_connection', 'gr', { id: `${base}/er-ams/peerings/AzurePrivatePeering/connections/gr-ams-wdc`, name: 'gr-ams-wdc', peering_id: `${base}/er-ams/peerings/AzurePrivatePeering`, peer_peering_id: `${base}/er-wdc/peerings/AzurePrivatePeering`, address_prefix_ipv4: '192.168.8.0/29' }),
            res('azurerm_monitor_diagnostic_setting', 'ams', { id: `${base}/er-ams|diag-er-ams`, name: 'diag-er-ams', target_resource_id: `${base}/er-ams`, log_analytics_workspace_id: '/subscriptions/1111/resourceGroups/rg-er/providers/Microsoft.OperationalInsights/workspaces/law' }),
            res('azurerm_monitor_diagnostic_setting', 'kv', { id: '/subscriptions/1111/resourceGroups/rg-er/providers/Microsoft.KeyVault/vaults/kv-er|diag-kv', name: 'diag-kv', target_resource_id: '/subscriptions/1111/resourceGroups/rg-er/providers/Microsoft.KeyVault/vaults/kv-er' }),
          ],
        },
      },
    };
    const { output, errors } = load(state, join(dir, 'state.json'));
    expect(errors).toEqual([]);
    const { inventory, notices } = buildInventory(output.raws);
    expect(notices.join('\n')).not.toMatch(/skipped/);
    const ams = inventory.circuits.find((c) => c.name === 'er-ams')!;
    expect(ams.diagnosticSettingsCount).toBe(1);
    expect(ams.peerings[0].globalReach.map((g) => g.peerCircuitKey)).toEqual([`${base}/er-wdc`.toLowerCase()]);
    // The Standard peer of a cross-geopolitical link needs Premium too (the link is declared on the other circuit).
    const sku003 = runRules(inventory, loadRules().filter((r) => r.id === 'ERS-SKU-003')).findings;
    expect(sku003.map((f) => [f.resourceName, f.status ?? 'fail'])).toEqual([['er-wdc', 'fail']]);
    expect(sku003[0].message).toMatch(/Global Reach to er-ams \(Amsterdam\) outside North America/);

    const none = load({ format_version: '1.0', terraform_version: '1.9.5' }, join(dir, 'empty.json'));
    expect(none.errors[0].message).toMatch(/empty\.json: at \$: expected a Terraform plan or state \(terraform show -json\) with resource_changes, planned_values or values, found none of them/);
  });

  it('reads a VNet gateway in an Extended Zone (edge_zone): no zone-redundant SKU exists there, so ERS-RED-004 does not ask for one', () => {
    const ez = gw('gw-edge', 'Standard');
    (ez.change.after as Record<string, unknown>).edge_zone = 'losangeles';
    const { output, errors } = load({ format_version: '1.2', resource_changes: [ez, gw('gw-region', 'Standard', 'r')] });
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.gateways.map((g) => [g.name, g.extendedLocation])).toEqual([
      ['gw-edge', 'losangeles'],
      ['gw-region', undefined],
    ]);
    const f = runRules(inventory, loadRules().filter((r) => r.id === 'ERS-RED-004')).findings;
    expect(f.map((x) => x.resourceName)).toEqual(['gw-region']);
  });

  // azurerm 4.81+: `minimum_scale_unit` / `maximum_scale_unit` (ErGwScale only; Optional and Computed,
  // so known only after apply on the other SKUs, which never use them).
  it('reads an ErGwScale gateway\'s scale units (minimum_scale_unit, maximum_scale_unit) and judges them as the ARM template\'s bounds', () => {
    const scale = gw('gw-scale', 'ErGwScale');
    Object.assign(scale.change.after, { minimum_scale_unit: 1, maximum_scale_unit: 1 });
    const az = gw('gw-az', 'ErGw1AZ', 'az');
    Object.assign(az.change.after_unknown, { minimum_scale_unit: true, maximum_scale_unit: true });
    const { output, errors } = load({ format_version: '1.2', resource_changes: [scale, az] });
    expect(errors).toEqual([]);
    expect(output.raws.map((r) => r.unresolved ?? [])).toEqual([[], []]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.gateways.map((g) => [g.name, g.minScaleUnits, g.maxScaleUnits])).toEqual([
      ['gw-az', undefined, undefined],
      ['gw-scale', 1, 1],
    ]);
    const f = runRules(inventory, loadRules().filter((r) => r.id === 'ERS-RED-005')).findings;
    expect(f.map((x) => [x.resourceName, x.status ?? 'fail'])).toEqual([['gw-scale', 'fail']]);
  });

  it('reads the names azurerm 4.x/5.x gives (bgp_enabled, internet_security_enabled) and resolves an IPv6 route filter through its reference', () => {
    const v5 = gw('gw-v5', 'ErGw1AZ');
    Object.assign(v5.change.after, { bgp_enabled: true });
    // azurerm 4.x has both names, each Optional and Computed: the one not set is known only after apply.
    const v4 = gw('gw-v4', 'ErGw1AZ', 'v4');
    Object.assign(v4.change.after, { bgp_enabled: true });
    Object.assign(v4.change.after_unknown, { enable_bgp: true });
    const erc = {
      address: 'azurerm_express_route_connection.c', mode: 'managed', type: 'azurerm_express_route_connection', name: 'c',
      change: { actions: ['create'], before: null, after: { name: 'erc', express_route_gateway_bypass_enabled: false, internet_security_enabled: true, routing_weight: 0, authorization_key: null }, after_unknown: { id: true, express_route_circuit_peering_id: true, express_route_gateway_id: true, routing: true } },
    };
    const rf = { address: 'azurerm_route_filter.rf', mode: 'managed', type: 'azurerm_route_filter', name: 'rf', change: { actions: ['create'], before: null, after: { name: 'rf-ms', resource_group_name: 'rg-er', location: 'westeurope' }, after_unknown: { id: true } } };
    const ms = {
      address: 'azurerm_express_route_circuit_peering.ms', mode: 'managed', type: 'azurerm_express_route_circuit_peering', name: 'ms',
      change: {
        actions: ['create'], before: null,
        after: { peering_type: 'MicrosoftPeering', express_route_circuit_name: 'er-ams', resource_group_name: 'rg-er', vlan_id: 200, peer_asn: 64512, ipv4_enabled: true, route_filter_id: null, microsoft_peering_config: [], ipv6: [{ enabled: true, primary_peer_address_prefix: '2001:db8::/126', secondary_peer_address_prefix: '2001:db8::4/126', route_filter_id: null, microsoft_peering: [] }] },
        after_unknown: { id: true, azure_asn: true, route_filter_id: true, ipv6: [{ route_filter_id: true, microsoft_peering: [] }], microsoft_peering_config: [] },
      },
    };
    const refs = { references: ['azurerm_route_filter.rf.id', 'azurerm_route_filter.rf'] };
    const { output, errors } = load({
      format_version: '1.2',
      resource_changes: [v5, v4, erc, rf, ms],
      configuration: { root_module: { resources: [{ address: 'azurerm_express_route_circuit_peering.ms', mode: 'managed', type: 'azurerm_express_route_circuit_peering', name: 'ms', expressions: { route_filter_id: refs, ipv6: [{ route_filter_id: refs }] } }] } },
    });
    expect(errors).toEqual([]);
    const props = output.raws.map((r) => r.row.properties as Record<string, unknown>);
    expect(props.slice(0, 3).map((p) => p.enableBgp ?? p.enableInternetSecurity)).toEqual([true, true, true]);
    const rfId = '/subscriptions/{subscription}/resourceGroups/rg-er/providers/Microsoft.Network/routeFilters/rf-ms';
    expect([(props[3].routeFilter as { id: string }).id, (props[3].ipv6PeeringConfig as { routeFilter: { id: string } }).routeFilter.id]).toEqual([rfId, rfId]);
    expect(output.raws.flatMap((r) => r.unresolved ?? [])).toEqual(['properties.expressRouteCircuitPeering.id']);
  });

  it('a value of the wrong type (remote_vnet_traffic_enabled = "yes") leaves the resource out, named, never read as not set', () => {
    const bad = gw('gw-bad', 'ErGw1AZ');
    (bad.change.after as Record<string, unknown>).remote_vnet_traffic_enabled = 'yes';
    const { output, errors } = load({ format_version: '1.2', resource_changes: [bad, gw('gw-ok', 'ErGw1AZ', 'ok')] });
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/plan\.json:\d+:\d+: at \$\.properties\.allowRemoteVnetTraffic: expected true or false, found "yes"; resource gw-bad is not read$/)]);
    expect(buildInventory(output.raws).inventory.gateways.map((g) => g.name)).toEqual(['gw-ok']);
  });

  // `terraform show -json` prints sensitive values in clear (after + after_sensitive, values +
  // sensitive_values): erscan never reads one into a row, so none reaches a report or a message.
  it('never reads a value the plan marks sensitive: named by its address, judged unknown, secrets still counted as configured', () => {
    const secret = gw('gw-SECRETNAME', 'ErGw1AZ');
    (secret.change.after as Record<string, unknown>).tags = { owner: 'SECRETTAG', env: 'prod' };
    (secret.change as Record<string, unknown>).after_sensitive = { name: true, sku: true, tags: { owner: true }, ip_configuration: [] };
    const { output, errors } = load({ format_version: '1.2', resource_changes: [secret] });
    expect(errors).toEqual([]);
    expect(JSON.stringify(output)).not.toMatch(/SECRET|ErGw1AZ/);
    expect(output.raws[0].row.tags).toEqual({ env: 'prod' });
    expect(output.raws[0].reasons?.['properties.sku.name']).toBe('is sensitive in the plan, so erscan does not read it (azurerm_virtual_network_gateway.gw)');
    expect(output.notices.join('\n')).toMatch(/3 values marked sensitive \(azurerm_virtual_network_gateway\.gw tags\.owner; .*\) not read, so never printed/);
    const { inventory } = buildInventory(output.raws);
    const f = runRules(inventory, loadRules().filter((r) => r.id === 'ERS-RED-004')).findings;
    expect(f.map((x) => [x.resourceName, x.status])).toEqual([['azurerm_virtual_network_gateway.gw', 'unknown']]);
    expect(JSON.stringify(f)).not.toMatch(/SECRET/);

    // A state: sensitive_values; a peering whose circuit name is sensitive still joins its circuit.
    const res = (type: string, name: string, values: Record<string, unknown>, sensitive: Record<string, unknown>) => ({ address: `${type}.${name}`, mode: 'managed', type, name, values, sensitive_values: sensitive });
    const state = {
      format_version: '1.0',
      values: {
        root_module: {
          resources: [
            res('azurerm_express_route_circuit', 'er', { name: 'er-SECRETNAME', resource_group_name: 'rg-er', location: 'westeurope', service_provider_name: 'Equinix', peering_location: 'Amsterdam', bandwidth_in_mbps: 1000, sku: [{ tier: 'Standard', family: 'MeteredData' }], service_key: 'SECRETKEY' }, { name: true, service_key: true, sku: [{}] }),
            res('azurerm_express_route_circuit_peering', 'p', { peering_type: 'AzurePrivatePeering', express_route_circuit_name: 'er-SECRETNAME', resource_group_name: 'rg-er', peer_asn: 65001, vlan_id: 100, primary_peer_address_prefix: '10.0.0.0/30', secondary_peer_address_prefix: '10.0.0.4/30', ipv4_enabled: true, shared_key: 'SECRETSHARED' }, { express_route_circuit_name: true, shared_key: true }),
          ],
        },
      },
    };
    const st = load(state, join(dir, 'state-sensitive.json'));
    expect(st.errors).toEqual([]);
    const built = buildInventory(st.output.raws).inventory;
    expect(JSON.stringify(built)).not.toMatch(/SECRET/);
    expect(built.circuits.map((c) => [c.name, c.tier, c.peerings.map((x) => x.sharedKeyConfigured)])).toEqual([['azurerm_express_route_circuit.er', 'Standard', [true]]]);
  });

  // azapi 2.x merge-patches `sensitive_body` into `body` for the request; it is write-only, so the plan shows it as null.
  // A peering whose MD5 key is set there was judged from the body alone: "the template sets no sharedKey" (ERS-BGP-010 failed).
  it('never judges an AzAPI resource by its body alone when a write-only sensitive_body may set its properties', () => {
    const file = join(__dirname, '../fixtures/iac/terraform-azapi-sensitive-body/plan.json');
    const { output, errors } = loadTemplates([{ file, parsed: parseJson(file, readFileSync(file, 'utf8'), true), format: 'terraform-plan' }]);
    expect(errors).toEqual([]);
    const peering = output.raws.find((r) => r.row.type === 'Microsoft.Network/expressRouteCircuits/peerings')!;
    expect(peering.unresolved).toEqual(['properties']);
    expect(peering.reasons?.properties).toBe('may be set by sensitive_body, which is merge-patched into the body and which the plan does not show (write-only) (azapi_resource.private)');
    expect(output.notices.join('\n')).toMatch(/1 AzAPI resource\(s\) set sensitive_body, which is write-only .* \(azapi_resource\.private\)/);
    // The circuit sets no sensitive_body: read from its body as before.
    expect(output.raws.find((r) => r.row.type === 'Microsoft.Network/expressRouteCircuits')!.unresolved).toBeUndefined();
    const { inventory } = buildInventory(output.raws);
    const md5 = runRules(inventory, loadRules().filter((r) => r.id === 'ERS-BGP-010').map((r) => ({ ...r, enabledByDefault: true }))).findings;
    expect(md5.map((f) => [f.resourceName, f.status])).toEqual([['er-ams/AzurePrivatePeering', 'unknown']]);
    // A sensitive_body the plan does carry (marked sensitive) is read as sensitive: its secret only as configured, never printed.
    const gr = output.raws.find((r) => r.row.type === 'Microsoft.Network/expressRouteCircuits/peerings/connections')!;
    expect(gr.unresolved).toEqual(['properties.addressPrefix']);
    expect(JSON.stringify(inventory)).not.toMatch(/GRKEY|192\.168\.9\./);
  });

  // `terraform show -json` of a state lists a create_before_destroy replacement's old object (`deposed_key`) under the
  // current object's address. It took the current object's id and was dropped as a "duplicate", never scanned.
  it('scans a deposed object a state holds as the resource of its own it is in Azure, named, never merged into the current one', () => {
    const file = join(__dirname, '../fixtures/iac/terraform-state-deposed/state.json');
    const { output, errors } = loadTemplates([{ file, parsed: parseJson(file, readFileSync(file, 'utf8'), true), format: 'terraform-plan' }]);
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.gateways.map((g) => [g.name, g.skuName]).sort()).toEqual([
      ['ergw-hub', 'Standard'],
      ['ergw-hub-az', 'ErGw1AZ'],
    ]);
    expect(output.notices).toContain(
      `${file}: the state holds 1 deposed object(s) (old objects of a create-before-destroy replacement that Terraform has not destroyed yet: they exist in Azure until its next apply), scanned as resources of their own: azurerm_virtual_network_gateway.hub (deposed object 4f2a9c1e)`,
    );
    const red004 = runRules(inventory, loadRules().filter((r) => r.id === 'ERS-RED-004')).findings;
    expect(red004.map((f) => [f.resourceName, f.status ?? 'fail'])).toEqual([['ergw-hub', 'fail']]);
  });

  // A for_each key with a slash, on resources whose names are known only after apply: the address stood in the id as
  // the name and split it, so both circuits were "primary\"]" (and the id's segments were no longer the circuit's).
  it('keeps a for_each key with a slash in one id segment where the address stands for a name known only after apply', () => {
    const file = join(__dirname, '../fixtures/iac/terraform-for-each-slash-key/plan.json');
    const { output, errors } = loadTemplates([{ file, parsed: parseJson(file, readFileSync(file, 'utf8'), true), format: 'terraform-plan' }]);
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.circuits.map((c) => [c.name, c.resourceGroup, c.peerings.map((p) => p.name)])).toEqual([
      ['azurerm_express_route_circuit.er["ams\u2215primary"]', 'rg-er', ['AzurePrivatePeering']],
      ['azurerm_express_route_circuit.er["lon\u2215primary"]', 'rg-er', ['AzurePrivatePeering']],
    ]);
    const hyg = runRules(inventory, loadRules().filter((r) => r.id === 'ERS-HYG-001')).findings;
    expect(hyg.map((f) => f.resourceName)).toEqual(['azurerm_express_route_circuit.er["lon\u2215primary"]']);
  });

  // azapi_update_resource patches a resource (what azurerm does not expose, or what it leaves at a default) and was
  // skipped in silence: a Direct circuit whose rate limiting it switches on failed ERS-RED-010.
  it('reads an azapi_update_resource onto the resource it patches; one whose target the plan does not say is a coverage gap', () => {
    const file = join(__dirname, '../fixtures/iac/terraform-azapi-update/plan.json');
    const { output, errors } = loadTemplates([{ file, parsed: parseJson(file, readFileSync(file, 'utf8'), true), format: 'terraform-plan' }]);
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.circuits.map((c) => [c.name, c.enableDirectPortRateLimit])).toEqual([['erc-ams', true]]);
    expect(runRules(inventory, loadRules().filter((r) => r.id === 'ERS-RED-010')).findings).toEqual([]);
    expect(output.notices).toContain(`${file}: 1 azapi_update_resource(s) change ExpressRoute resources these files do not declare, so nothing scanned: azapi_update_resource.hub_gateway`);
    expect(output.gaps.map((g) => g.reason)).toEqual([
      'azapi_update_resource.spoke_gateway (azapi_update_resource) changes a Microsoft.Network/virtualNetworkGateways resource the plan does not name (its resource_id is known only after apply): what it sets is not read, so findings on Microsoft.Network/virtualNetworkGateways resources may not hold',
    ]);
  });

  it('pairs for_each instances only when the reference is indexed by each.key; an incomplete or errored plan is a coverage gap', () => {
    const circuit = (key: string) => ({
      address: `azurerm_express_route_circuit.er["${key}"]`, mode: 'managed', type: 'azurerm_express_route_circuit', name: 'er', index: key,
      change: { actions: ['create'], before: null, after: { name: `er-${key}`, resource_group_name: 'rg', location: 'westeurope', service_provider_name: 'Equinix', peering_location: 'Amsterdam', bandwidth_in_mbps: 1000, sku: [{ tier: 'Standard', family: 'MeteredData' }] }, after_unknown: { id: true } },
    });
    const conn = (key: string) => ({
      address: `azurerm_virtual_network_gateway_connection.c["${key}"]`, mode: 'managed', type: 'azurerm_virtual_network_gateway_connection', name: 'c', index: key,
      change: { actions: ['create'], before: null, after: { name: `conn-${key}`, resource_group_name: 'rg', location: 'westeurope', type: 'ExpressRoute' }, after_unknown: { id: true, express_route_circuit_id: true, virtual_network_gateway_id: true } },
    });
    const plan = (refs: string[], extra: Record<string, unknown> = {}) => ({
      format_version: '1.2', ...extra,
      resource_changes: [circuit('a'), circuit('b'), conn('a')],
      configuration: { root_module: { resources: [{ address: 'azurerm_virtual_network_gateway_connection.c', mode: 'managed', type: 'azurerm_virtual_network_gateway_connection', name: 'c', expressions: { express_route_circuit_id: { references: refs } } }] } },
    });
    const peer = (o: ReturnType<typeof load>) => (o.output.raws[2].row.properties as Record<string, { id?: string } | undefined>).peer?.id;
    // express_route_circuit_id = azurerm_express_route_circuit.er[each.key].id
    expect(peer(load(plan(['azurerm_express_route_circuit.er', 'each.key'])))).toMatch(/expressRouteCircuits\/er-a$/);
    // express_route_circuit_id = azurerm_express_route_circuit.er[each.value.circuit].id: which one is not in the plan.
    const other = load(plan(['azurerm_express_route_circuit.er', 'each.value']));
    expect(peer(other)).toBeUndefined();
    expect(other.output.raws[2].reasons?.['properties.peer.id']).toBe('is known only after apply (azurerm_virtual_network_gateway_connection.c["a"])');

    const incomplete = load(plan(['azurerm_express_route_circuit.er', 'each.key'], { complete: false, deferred_changes: [{ reason: 'resource_config_unknown', resource_change: circuit('later') }] }));
    expect(incomplete.output.gaps.map((g) => g.reason)).toEqual(['the Terraform plan is not complete (deferred changes): resources it defers to a later plan are not scanned']);
    const errored = load(plan([], { errored: true }));
    expect(errored.output.gaps.map((g) => g.reason)).toEqual(['the Terraform plan errored: resources it did not reach are missing']);
  });

  // Modules: a connection in a module gets its ids through input variables (`var.circuit_id`); one in the
  // root reads a child module's output (`module.er["lon"].circuit_id`).
  it('follows references through module input variables (count.index pairs module instances) and module outputs', () => {
    const circuit = (address: string, moduleAddress: string | undefined, name: string, index?: number) => ({
      address, mode: 'managed', type: 'azurerm_express_route_circuit', name: address.split('.').slice(-1)[0].replace(/\[.*$/, ''), ...(moduleAddress ? { module_address: moduleAddress } : {}), ...(index !== undefined ? { index } : {}),
      change: { actions: ['create'], before: null, after: { name, resource_group_name: 'rg', location: 'westeurope', service_provider_name: 'Equinix', peering_location: 'Amsterdam', bandwidth_in_mbps: 1000, sku: [{ tier: 'Standard', family: 'MeteredData' }] }, after_unknown: { id: true } },
    });
    const conn = (address: string, moduleAddress: string | undefined, name: string) => ({
      address, mode: 'managed', type: 'azurerm_virtual_network_gateway_connection', name: address.split('.').slice(-1)[0], ...(moduleAddress ? { module_address: moduleAddress } : {}),
      change: { actions: ['create'], before: null, after: { name, resource_group_name: 'rg', location: 'westeurope', type: 'ExpressRoute' }, after_unknown: { id: true, express_route_circuit_id: true, virtual_network_gateway_id: true } },
    });
    const refs = (...r: string[]) => ({ references: r });
    const { output, errors } = load({
      format_version: '1.2',
      resource_changes: [
        circuit('azurerm_express_route_circuit.er[0]', undefined, 'er-0', 0),
        circuit('azurerm_express_route_circuit.er[1]', undefined, 'er-1', 1),
        conn('module.conn[0].azurerm_virtual_network_gateway_connection.this', 'module.conn[0]', 'conn-0'),
        conn('module.conn[1].azurerm_virtual_network_gateway_connection.this', 'module.conn[1]', 'conn-1'),
        circuit('module.er["lon"].azurerm_express_route_circuit.this', 'module.er["lon"]', 'er-lon'),
        circuit('module.er["ams"].azurerm_express_route_circuit.this', 'module.er["ams"]', 'er-ams'),
        conn('azurerm_virtual_network_gateway_connection.lon', undefined, 'conn-lon'),
      ],
      configuration: {
        root_module: {
          resources: [{ address: 'azurerm_virtual_network_gateway_connection.lon', mode: 'managed', type: 'azurerm_virtual_network_gateway_connection', name: 'lon', expressions: { express_route_circuit_id: refs('module.er["lon"].circuit_id', 'module.er["lon"]', 'module.er') } }],
          module_calls: {
            conn: {
              source: './modules/conn',
              expressions: { circuit_id: refs('azurerm_express_route_circuit.er', 'count.index') },
              module: { resources: [{ address: 'azurerm_virtual_network_gateway_connection.this', mode: 'managed', type: 'azurerm_virtual_network_gateway_connection', name: 'this', expressions: { express_route_circuit_id: refs('var.circuit_id') } }] },
            },
            er: { source: './modules/er', module: { outputs: { circuit_id: { expression: refs('azurerm_express_route_circuit.this.id', 'azurerm_express_route_circuit.this') } } } },
          },
        },
      },
    });
    expect(errors).toEqual([]);
    const peers = output.raws.filter((r) => r.row.type === 'Microsoft.Network/connections').map((r) => [r.row.name, (r.row.properties as { peer?: { id: string } }).peer?.id.split('/').pop()]);
    expect(peers).toEqual([
      ['conn-0', 'er-0'],
      ['conn-1', 'er-1'],
      ['conn-lon', 'er-lon'],
    ]);
  });

  it('reads format_version 0.2 (Terraform 1.0) and 1.x; refuses any other with the file, the version found and the versions read', () => {
    for (const version of ['0.2', '1.0', '1.2']) {
      const { output, errors } = load({ format_version: version, terraform_version: version === '0.2' ? '1.0.11' : '1.9.5', resource_changes: [gw('gw-new', 'Standard')] });
      expect(errors).toEqual([]);
      expect(output.raws).toHaveLength(1);
    }
    for (const version of ['0.1', '2.0', '0.20', 1.2]) {
      const { output, errors } = load({ format_version: version, resource_changes: [gw('gw-new', 'Standard')] });
      expect(output.raws).toEqual([]);
      expect(errors.map((e) => e.message)).toEqual([
        `${join(dir, 'plan.json')}: at $.format_version: expected a Terraform JSON plan of format_version 0.2 (Terraform 0.15 and 1.0) or 1.x (Terraform 1.1 and later), found ${typeof version === 'string' ? `"${version}"` : 'number 1.2'}`,
      ]);
    }
  });
});

describe('a resource group known only after apply', () => {
  const circuit = (address: string, extra: Record<string, unknown>) => ({
    address,
    mode: 'managed',
    type: 'azurerm_express_route_circuit',
    name: 'this',
    provider_name: 'registry.terraform.io/hashicorp/azurerm',
    change: {
      actions: ['create'],
      before: null,
      after: { name: 'er-1', location: 'westeurope', service_provider_name: 'Equinix', peering_location: 'Amsterdam', bandwidth_in_mbps: 1000, sku: [{ tier: 'Standard', family: 'MeteredData' }], ...extra },
      after_unknown: { id: true, resource_group_name: true },
    },
  });
  it('never merges two circuits of one name in two such groups (a module called twice): both are scanned', () => {
    const { output, errors } = load({ format_version: '1.2', resource_changes: [circuit('module.a.azurerm_express_route_circuit.this', { allow_classic_operations: false }), circuit('module.b.azurerm_express_route_circuit.this', { allow_classic_operations: true })] });
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws, []);
    expect(inventory.circuits.map((c) => c.allowClassicOperations).sort()).toEqual([false, true]);
    const ids = inventory.circuits.map((c) => c.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => !id.includes('{resourceGroup}'))).toBe(true);
  });
});

// Two `provider "azurerm"` blocks (one `alias = "hub"`) deploy to two subscriptions: each resource is placed in
// its own provider configuration's (configuration.provider_config[key].expressions.subscription_id).
describe('provider configurations (aliased azurerm providers)', () => {
  const circuit = (address: string, extra: Record<string, unknown> = {}) => ({
    address, mode: 'managed', type: 'azurerm_express_route_circuit', name: address.split('.').pop()!, ...(address.startsWith('module.') ? { module_address: address.split('.').slice(0, 2).join('.') } : {}),
    change: { actions: ['create'], before: null, after: { name: 'er-1', resource_group_name: 'rg-er', location: 'westeurope', service_provider_name: 'Equinix', peering_location: 'Amsterdam', bandwidth_in_mbps: 1000, sku: [{ tier: 'Standard', family: 'MeteredData' }], ...extra }, after_unknown: { id: true } },
  });
  const cfg = (address: string, key: string | undefined, expressions: Record<string, unknown> = {}) => ({ address, mode: 'managed', type: address.split('.').slice(-2)[0], name: address.split('.').pop(), ...(key ? { provider_config_key: key } : {}), expressions });
  const provider = (alias: string | undefined, subscription: unknown) => ({ name: 'azurerm', full_name: 'registry.terraform.io/hashicorp/azurerm', ...(alias ? { alias } : {}), ...(subscription === undefined ? {} : { expressions: { subscription_id: subscription } }) });
  const SUB = '11111111-1111-1111-1111-111111111111';
  const subOf = (id: string) => id.split('/')[2];

  it('places each resource in its provider configuration\'s subscription; references across them still resolve', () => {
    const conn = {
      address: 'azurerm_virtual_network_gateway_connection.c', mode: 'managed', type: 'azurerm_virtual_network_gateway_connection', name: 'c',
      change: { actions: ['create'], before: null, after: { name: 'conn-1', resource_group_name: 'rg-er', location: 'westeurope', type: 'ExpressRoute' }, after_unknown: { id: true, express_route_circuit_id: true, virtual_network_gateway_id: true } },
    };
    const peering = {
      address: 'azurerm_express_route_circuit_peering.p', mode: 'managed', type: 'azurerm_express_route_circuit_peering', name: 'p',
      change: { actions: ['create'], before: null, after: { express_route_circuit_name: 'er-1', resource_group_name: 'rg-er', peering_type: 'AzurePrivatePeering', peer_asn: 65001, vlan_id: 100, primary_peer_address_prefix: '10.0.0.0/30', secondary_peer_address_prefix: '10.0.0.4/30' }, after_unknown: { id: true } },
    };
    const plan = (hubSubscription: unknown) => ({
      format_version: '1.2',
      resource_changes: [circuit('azurerm_express_route_circuit.primary', { allow_classic_operations: false }), circuit('azurerm_express_route_circuit.secondary', { allow_classic_operations: true }), conn, peering],
      configuration: {
        provider_config: { azurerm: provider(undefined, { constant_value: SUB }), 'azurerm.hub': provider('hub', hubSubscription) },
        root_module: {
          resources: [
            cfg('azurerm_express_route_circuit.primary', 'azurerm'),
            cfg('azurerm_express_route_circuit.secondary', 'azurerm.hub'),
            cfg('azurerm_virtual_network_gateway_connection.c', 'azurerm', { express_route_circuit_id: { references: ['azurerm_express_route_circuit.secondary.id', 'azurerm_express_route_circuit.secondary'] } }),
            // express_route_circuit_name = "er-1" with provider = azurerm.hub: the hub's er-1, never the other subscription's.
            cfg('azurerm_express_route_circuit_peering.p', 'azurerm.hub'),
          ],
        },
      },
    });
    const { output, errors } = load(plan({ references: ['var.hub_subscription_id'] }));
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    // Two circuits of one name and group, never merged into one.
    expect(inventory.circuits.map((c) => [subOf(c.id), c.allowClassicOperations])).toEqual([
      [SUB, false],
      [expect.stringMatching(/^unresolved:var\.hub_subscription_id:[0-9a-f]{8}$/), true],
    ]);
    const hub = inventory.circuits[1];
    expect(inventory.connections[0].id.startsWith(`/subscriptions/${SUB}/`)).toBe(true);
    expect(inventory.connections[0].circuitId).toBe(hub.id);
    expect(hub.peerings.map((p) => p.peeringType)).toEqual(['AzurePrivatePeering']);
    expect(inventory.circuits[0].peerings).toEqual([]);
    // The stand-in is stable (the same plan gives the same id) and the finding names its subscription.
    expect(buildInventory(load(plan({ references: ['var.hub_subscription_id'] })).output.raws).inventory.circuits[1].id).toBe(hub.id);
    const f = runRules(inventory, loadRules().filter((r) => r.id === 'ERS-HYG-001')).findings;
    expect(f.map((x) => [x.resourceId, x.subscriptionId])).toEqual([[hub.id, subOf(hub.id)]]);
    // A constant in both is the real subscription of each.
    const constant = buildInventory(load(plan({ constant_value: '22222222-2222-2222-2222-222222222222' })).output.raws).inventory;
    expect(constant.circuits.map((c) => subOf(c.id))).toEqual([SUB, '22222222-2222-2222-2222-222222222222']);
  });

  it('gives a stand-in per provider configuration (distinct, shared by its resources); none set is the placeholder', () => {
    const { output, errors } = load({
      format_version: '1.2',
      resource_changes: ['a', 'b', 'c', 'd', 'e'].map((n) => circuit(`azurerm_express_route_circuit.${n}`, { name: `er-${n}` })),
      configuration: {
        provider_config: {
          azurerm: provider(undefined, undefined),
          'azurerm.one': provider('one', { references: ['local.subscriptions["one"]', 'local.subscriptions'] }),
          'azurerm.two': provider('two', { references: ['local.subscriptions["two"]', 'local.subscriptions'] }),
        },
        root_module: { resources: [cfg('azurerm_express_route_circuit.a', 'azurerm'), cfg('azurerm_express_route_circuit.b', 'azurerm.one'), cfg('azurerm_express_route_circuit.c', 'azurerm.one'), cfg('azurerm_express_route_circuit.d', 'azurerm.two'), cfg('azurerm_express_route_circuit.e', undefined)] },
      },
    });
    expect(errors).toEqual([]);
    const byName = new Map(buildInventory(output.raws).inventory.circuits.map((c) => [c.name, subOf(c.id)]));
    const subs = ['er-a', 'er-b', 'er-c', 'er-d', 'er-e'].map((n) => byName.get(n));
    expect(subs[0]).toBe('{subscription}');
    expect(subs[1]).toMatch(/^unresolved:[0-9a-f]{8}$/);
    expect(subs[2]).toBe(subs[1]);
    expect(subs[3]).toMatch(/^unresolved:[0-9a-f]{8}$/);
    expect(subs[3]).not.toBe(subs[1]);
    expect(subs[4]).toBe('{subscription}');
    // Two aliases that read the same variable set the same subscription: one stand-in for both.
    const same = load({
      format_version: '1.2',
      resource_changes: ['a', 'b'].map((n) => circuit(`azurerm_express_route_circuit.${n}`, { name: `er-${n}` })),
      configuration: {
        provider_config: { azurerm: provider(undefined, { references: ['var.subscription_id'] }), 'azurerm.hub': provider('hub', { references: ['var.subscription_id'] }) },
        root_module: { resources: [cfg('azurerm_express_route_circuit.a', 'azurerm'), cfg('azurerm_express_route_circuit.b', 'azurerm.hub')] },
      },
    });
    const sameSubs = buildInventory(same.output.raws).inventory.circuits.map((c) => subOf(c.id));
    expect(sameSubs[0]).toMatch(/^unresolved:var\.subscription_id:[0-9a-f]{8}$/);
    expect(sameSubs[1]).toBe(sameSubs[0]);
  });

  it('reads a module\'s own provider block (module.x:azurerm), one passed to it, and never guesses one the plan does not list', () => {
    const { output, errors } = load({
      format_version: '1.2',
      resource_changes: [circuit('module.spoke.azurerm_express_route_circuit.this'), circuit('module.legacy.azurerm_express_route_circuit.this'), circuit('module.passed.azurerm_express_route_circuit.this')],
      configuration: {
        provider_config: {
          azurerm: provider(undefined, { constant_value: SUB }),
          'azurerm.hub': provider('hub', { constant_value: '33333333-3333-3333-3333-333333333333' }),
          'module.spoke:azurerm': { ...provider(undefined, { constant_value: '44444444-4444-4444-4444-444444444444' }), module_address: 'module.spoke' },
        },
        root_module: {
          module_calls: {
            spoke: { source: './spoke', module: { resources: [cfg('azurerm_express_route_circuit.this', 'module.spoke:azurerm')] } },
            // A key the plan does not list (older Terraform): inherited or passed, the plan does not say; the
            // configurations of azurerm disagree, so a stand-in of its own.
            legacy: { source: './legacy', module: { resources: [cfg('azurerm_express_route_circuit.this', 'module.legacy:azurerm')] } },
            // providers = { azurerm = azurerm.hub }: Terraform writes the key of the configuration passed in.
            passed: { source: './passed', module: { resources: [cfg('azurerm_express_route_circuit.this', 'azurerm.hub')] } },
          },
        },
      },
    });
    expect(errors).toEqual([]);
    const subs = output.raws.map((r) => subOf(String(r.row.id)));
    expect(subs).toEqual(['44444444-4444-4444-4444-444444444444', expect.stringMatching(/^unresolved:[0-9a-f]{8}$/), '33333333-3333-3333-3333-333333333333']);
    expect(buildInventory(output.raws).inventory.circuits).toHaveLength(3);
    // Where every azurerm configuration sets the same subscription, an unlisted key is that subscription.
    const single = load({
      format_version: '1.2',
      resource_changes: [circuit('module.legacy.azurerm_express_route_circuit.this')],
      configuration: { provider_config: { azurerm: provider(undefined, { constant_value: SUB }) }, root_module: { module_calls: { legacy: { source: './legacy', module: { resources: [cfg('azurerm_express_route_circuit.this', 'module.legacy:azurerm')] } } } } },
    });
    expect(single.output.raws.map((r) => subOf(String(r.row.id)))).toEqual([SUB]);
  });
});

// azurerm sends rate_limiting_enabled on create only when it is true (d.GetOk is not ok for false): a Direct circuit
// the plan creates with it false (the default, or written) gets Azure's default, which is documented nowhere.
// ERS-RED-010 failed "rate limiting off" on it; it is undecided now. A circuit that exists holds what Azure reported.
describe('rate limiting of a Direct circuit a plan creates with it false', () => {
  const rg = '/subscriptions/1111/resourceGroups/rg-er/providers/Microsoft.Network';
  const port = `${rg}/expressRoutePorts/erd-ams`;
  const after = (name: string) => ({ name, resource_group_name: 'rg-er', location: 'westeurope', sku: [{ tier: 'Standard', family: 'UnlimitedData' }], express_route_port_id: port, bandwidth_in_gbps: 5, rate_limiting_enabled: false, allow_classic_operations: false });
  const change = (actions: string[], name: string) => ({
    address: `azurerm_express_route_circuit.${name}`, mode: 'managed', type: 'azurerm_express_route_circuit', name,
    change: { actions, before: actions.includes('create') ? null : { ...after(name), id: `${rg}/expressRouteCircuits/${name}` }, after: actions.includes('create') ? after(name) : { ...after(name), id: `${rg}/expressRouteCircuits/${name}` }, after_unknown: actions.includes('create') ? { id: true } : {} },
  });
  it('is undecided on a circuit being created, and read as off on one that exists', () => {
    const { output, errors } = load({ format_version: '1.2', resource_changes: [change(['create'], 'er-new'), change(['no-op'], 'er-old')] });
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    const f = runRules(inventory, loadRules().filter((r) => r.id === 'ERS-RED-010')).findings;
    expect(f.map((x) => [x.resourceName, x.status ?? 'fail']).sort()).toEqual([['er-new', 'unknown'], ['er-old', 'fail']]);
    expect(f.find((x) => x.resourceName === 'er-new')!.message).toContain('which the provider does not send when it creates the circuit');
  });
});
