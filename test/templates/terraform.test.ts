import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

  it('rejects an unsupported plan format with the file and path', () => {
    const { errors } = load({ format_version: '2.0', resource_changes: [] });
    expect(errors[0].message).toMatch(/plan\.json: at \$\.format_version: expected a Terraform JSON plan of format_version 1\.x, found "2\.0"/);
  });
});
