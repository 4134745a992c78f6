import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { loadTemplates } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';

const dir = mkdtempSync(join(tmpdir(), 'erscan-tf-fp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PORT = '/subscriptions/1111/resourceGroups/rg-net/providers/Microsoft.Network/expressRoutePorts/port-ams';
const created = (type: string, name: string, after: Record<string, unknown>, afterUnknown: Record<string, unknown>) => ({
  address: `${type}.${name}`,
  mode: 'managed',
  type,
  name,
  provider_name: 'registry.terraform.io/hashicorp/azurerm',
  change: { actions: ['create'], before: null, after, after_unknown: { id: true, ...afterUnknown }, after_sensitive: {} },
});
const cfg = (type: string, name: string, expressions: Record<string, unknown>) => ({ address: `${type}.${name}`, mode: 'managed', type, name, expressions });
const ref = (address: string) => ({ references: [`${address}.id`, address] });

/**
 * A 40 Gbps Direct circuit behind an ErGw3AZ gateway (about 10 Gbps, and it honours FastPath), connected by an
 * azurerm_virtual_network_gateway_connection that does not set `express_route_gateway_bypass`: Optional and
 * Computed in azurerm, so the plan marks it known only after apply.
 */
const plan = {
  format_version: '1.2',
  terraform_version: '1.9.5',
  resource_changes: [
    created(
      'azurerm_express_route_circuit',
      'er',
      { name: 'er-direct', resource_group_name: 'rg-net', location: 'westeurope', express_route_port_id: PORT, bandwidth_in_gbps: 40, service_provider_name: null, peering_location: null, bandwidth_in_mbps: null, allow_classic_operations: false, sku: [{ tier: 'Standard', family: 'MeteredData' }] },
      { service_key: true, service_provider_provisioning_state: true, sku: [{}] },
    ),
    created(
      'azurerm_virtual_network_gateway',
      'gw',
      { name: 'gw-ams', resource_group_name: 'rg-net', location: 'westeurope', type: 'ExpressRoute', sku: 'ErGw3AZ', active_active: false, edge_zone: null, ip_configuration: [{ name: 'default', private_ip_address_allocation: 'Dynamic' }] },
      { ip_configuration: [{ id: true, subnet_id: true, public_ip_address_id: true }], bgp_enabled: true, enable_bgp: true, vpn_type: true },
    ),
    created(
      'azurerm_virtual_network_gateway_connection',
      'c',
      { name: 'conn-ams', resource_group_name: 'rg-net', location: 'westeurope', type: 'ExpressRoute', private_link_fast_path_enabled: false, authorization_key: null },
      { virtual_network_gateway_id: true, express_route_circuit_id: true, express_route_gateway_bypass: true, routing_weight: true },
    ),
  ],
  configuration: {
    root_module: {
      resources: [cfg('azurerm_virtual_network_gateway_connection', 'c', { virtual_network_gateway_id: ref('azurerm_virtual_network_gateway.gw'), express_route_circuit_id: ref('azurerm_express_route_circuit.er') })],
    },
  },
};

describe('Terraform: a connection that does not set express_route_gateway_bypass', () => {
  it('leaves FastPath unknown, so no rule fails or passes on it (ERS-SKU-006, ERS-SKU-007, ERS-SKU-011)', () => {
    const file = join(dir, 'plan.json');
    const { output, errors } = loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(plan, null, 2), true), format: 'terraform-plan' }]);
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.connections[0].fastPath).toBeUndefined();
    expect(inventory.connections[0].unknown?.fastPath).toMatch(/known only after apply/);
    const findings = runRules(inventory, loadRules().filter((r) => ['ERS-SKU-006', 'ERS-SKU-007', 'ERS-SKU-011'].includes(r.id))).findings;
    // ERS-SKU-006 failed "expected a gateway SKU that carries at least 40 Gbps": FastPath on would take the circuit's
    // traffic off the gateway (the rule's own pass case), and the plan does not say whether it is on.
    expect(findings.map((f) => [f.ruleId, f.resourceName, f.status ?? 'fail'])).toEqual([
      ['ERS-SKU-006', 'gw-ams', 'unknown'],
      ['ERS-SKU-011', 'conn-ams', 'unknown'],
    ]);
    expect(findings[0].message).toContain('undecided: `fastPath` of connection conn-ams is known only after apply (azurerm_virtual_network_gateway_connection.c)');
  });
});

describe('Terraform: an azurerm_express_route_connection that does not set express_route_gateway_bypass_enabled', () => {
  // The provider documents "Defaults to `false`" and sends it: FastPath off is what Azure gets, said as that default.
  const vwanPlan = (expressions: Record<string, unknown>) => ({
    format_version: '1.2',
    resource_changes: [
      created('azurerm_express_route_gateway', 'hub', { name: 'ergw-hub', resource_group_name: 'rg-net', location: 'westeurope', scale_units: 1, allow_non_virtual_wan_traffic: false }, { virtual_hub_id: true }),
      created(
        'azurerm_express_route_connection',
        'v',
        {
          name: 'vconn',
          express_route_circuit_peering_id: `${PORT.replace(/expressRoutePorts\/port-ams$/, 'expressRouteCircuits/er-ams')}/peerings/AzurePrivatePeering`,
          routing_weight: 0,
          enable_internet_security: false,
          express_route_gateway_bypass_enabled: false,
          private_link_fast_path_enabled: null,
          authorization_key: null,
          routing: [{ associated_route_table_id: 'x', inbound_route_map_id: '', outbound_route_map_id: '', propagated_route_table: [] }],
        },
        { express_route_gateway_id: true },
      ),
    ],
    configuration: { root_module: { resources: [cfg('azurerm_express_route_connection', 'v', { express_route_gateway_id: ref('azurerm_express_route_gateway.hub'), ...expressions })] } },
  });
  const inventoryOf = (doc: unknown, name: string) => {
    const file = join(dir, name);
    const { output, errors } = loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(doc, null, 2), true), format: 'terraform-plan' }]);
    expect(errors).toEqual([]);
    return buildInventory(output.raws).inventory;
  };

  it('reads FastPath off as the default when not set, and as stated when the configuration sets it', () => {
    const inventory = inventoryOf(vwanPlan({}), 'vwan-unset.json');
    const unset = inventory.connections[0];
    expect([unset.fastPath, unset.defaulted]).toEqual([false, { fastPath: true }]);
    // A rule that reads it says so (rules are data: a user's rule on `fastPath`).
    const rules = join(dir, 'rules');
    mkdirSync(rules, { recursive: true });
    writeFileSync(
      join(rules, 'ACME-ER-010.yaml'),
      'id: ACME-ER-010\nname: vwan-fastpath\ntitle: Virtual WAN connections use FastPath\ncategory: sku\nseverity: low\npillar: performance-efficiency\nresource: connection\nwhere: { field: flavor, equals: vwan }\nassert: { field: fastPath, equals: true }\nmessage: "Connection {name} has fastPath {actual}; expected true."\nremediation: Enable FastPath.\nlinks: [https://learn.microsoft.com/azure/virtual-wan/virtual-wan-expressroute-about]\n',
    );
    writeFileSync(join(rules, 'ACME-ER-010.md'), '# ACME-ER-010\n');
    const f = runRules(inventory, loadRules([rules], false)).findings;
    expect(f.map((x) => x.message)).toEqual(['Connection vconn has fastPath false (the default when not set); expected true.']);
    const set = inventoryOf(vwanPlan({ express_route_gateway_bypass_enabled: { constant_value: false } }), 'vwan-set.json').connections[0];
    expect([set.fastPath, set.defaulted]).toEqual([false, undefined]);
  });
});

// azurerm sends private_link_fast_path_enabled only when the configuration sets it: a hub connection created with
// FastPath on and without it gets Azure's default, documented nowhere. It read as off (its plan value, false).
describe('Terraform: an azurerm_express_route_connection created with FastPath on and no private_link_fast_path_enabled', () => {
  const plan = (expressions: Record<string, unknown>) => ({
    format_version: '1.2',
    resource_changes: [
      created('azurerm_express_route_gateway', 'hub', { name: 'ergw-hub', resource_group_name: 'rg-net', location: 'westeurope', scale_units: 1, allow_non_virtual_wan_traffic: false }, { virtual_hub_id: true }),
      created('azurerm_express_route_connection', 'v', { name: 'vconn', express_route_circuit_peering_id: '/subscriptions/1111/resourceGroups/rg-net/providers/Microsoft.Network/expressRouteCircuits/er-ams/peerings/AzurePrivatePeering', routing_weight: 0, enable_internet_security: false, express_route_gateway_bypass_enabled: true, private_link_fast_path_enabled: false, authorization_key: null }, { express_route_gateway_id: true }),
    ],
    configuration: { root_module: { resources: [cfg('azurerm_express_route_connection', 'v', { express_route_gateway_id: ref('azurerm_express_route_gateway.hub'), express_route_gateway_bypass_enabled: { constant_value: true }, ...expressions })] } },
  });
  const connectionOf = (doc: unknown, name: string) => {
    const file = join(dir, name);
    const { output, errors } = loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(doc, null, 2), true), format: 'terraform-plan' }]);
    expect(errors).toEqual([]);
    return buildInventory(output.raws).inventory.connections[0];
  };
  it('has Private Link FastPath not known when the configuration leaves it out, and as written when it sets it', () => {
    const unset = connectionOf(plan({}), 'vwan-pl-unset.json');
    expect(unset.privateLinkFastPath).toBeUndefined();
    expect(unset.unknown?.privateLinkFastPath).toMatch(/the provider does not send it when it creates the connection/);
    const set = connectionOf(plan({ private_link_fast_path_enabled: { constant_value: false } }), 'vwan-pl-set.json');
    expect([set.privateLinkFastPath, set.unknown?.privateLinkFastPath]).toEqual([false, undefined]);
  });
});
