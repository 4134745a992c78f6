import { mkdtempSync, rmSync } from 'node:fs';
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
