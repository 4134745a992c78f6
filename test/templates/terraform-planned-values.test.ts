import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { loadTemplates } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';

const dir = mkdtempSync(join(tmpdir(), 'erscan-tf-pv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(doc: unknown, name: string) {
  const file = join(dir, name);
  return loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(doc, null, 2), true), format: 'terraform-plan' }]);
}

const SUB = '/subscriptions/1111/resourceGroups/rg-net/providers/Microsoft.Network';
const res = (type: string, name: string, values: Record<string, unknown>) => ({
  address: `${type}.${name}`,
  mode: 'managed',
  type,
  name,
  provider_name: 'registry.terraform.io/hashicorp/azurerm',
  schema_version: 0,
  values,
  sensitive_values: {},
});
const circuit = res('azurerm_express_route_circuit', 'er', {
  id: `${SUB}/expressRouteCircuits/er-ams`,
  name: 'er-ams',
  resource_group_name: 'rg-net',
  location: 'westeurope',
  service_provider_name: 'Equinix',
  peering_location: 'Amsterdam',
  bandwidth_in_mbps: 1000,
  bandwidth_in_gbps: null,
  express_route_port_id: null,
  allow_classic_operations: false,
  sku: [{ tier: 'Standard', family: 'MeteredData' }],
});
const gateway = res('azurerm_virtual_network_gateway', 'gw', {
  id: `${SUB}/virtualNetworkGateways/gw-ams`,
  name: 'gw-ams',
  resource_group_name: 'rg-net',
  location: 'westeurope',
  type: 'ExpressRoute',
  sku: 'ErGw3AZ',
  active_active: false,
  ip_configuration: [{ name: 'default', private_ip_address_allocation: 'Dynamic' }],
});
/** A connection that does not state `express_route_gateway_bypass` (Optional and Computed in azurerm). */
const connection = (extra: Record<string, unknown>) =>
  res('azurerm_virtual_network_gateway_connection', 'c', {
    name: 'conn-ams',
    resource_group_name: 'rg-net',
    location: 'westeurope',
    type: 'ExpressRoute',
    virtual_network_gateway_id: `${SUB}/virtualNetworkGateways/gw-ams`,
    express_route_circuit_id: `${SUB}/expressRouteCircuits/er-ams`,
    private_link_fast_path_enabled: false,
    ...extra,
  });

const sku011 = (raws: Parameters<typeof buildInventory>[0]) => runRules(buildInventory(raws).inventory, loadRules().filter((r) => r.id === 'ERS-SKU-011')).findings;

// Terraform's JSON Output Format: planned_values hold "what is known so far ... with any as-yet-unknown values
// omitted", and in a values representation "any unknown values are omitted or set to null, making them
// indistinguishable from absent values"; a state "is always fully known".
describe('Terraform planned_values without resource_changes', () => {
  it('reads a value absent or null there as not known (never unset), where a state says it is unset', () => {
    const plan = { format_version: '1.2', terraform_version: '1.9.5', planned_values: { root_module: { resources: [circuit, gateway, connection({ authorization_key: null })] } } };
    const { output, errors } = load(plan, 'planned.json');
    expect(errors).toEqual([]);
    const f = sku011(output.raws);
    // FastPath was read as off ("FastPath off on gateway gw-ams"): a failure on a value the plan never stated.
    expect(f.map((x) => [x.resourceName, x.status ?? 'fail'])).toEqual([['conn-ams', 'unknown']]);
    expect(f[0].message).toContain('`fastPath` is absent or null in the plan\'s planned_values');
    expect(output.notices.join('\n')).toMatch(/the plan has no resource_changes, so erscan read its planned_values/);
    const { inventory } = buildInventory(output.raws);
    // null is unknown too (omitted or set to null), and a circuit at a provider is on no port (the two sets conflict).
    expect(inventory.connections[0].unknown?.usesAuthorization).toMatch(/absent or null in the plan's planned_values/);
    expect(inventory.circuits[0].isDirect).toBe(false);
    expect(inventory.circuits[0].bandwidthMbps).toBe(1000);
    expect(inventory.circuits[0].unknown?.bandwidthGbps).toBeUndefined();

    // The same resources in a state (complete): FastPath is what it holds, and it fails.
    const state = { format_version: '1.0', terraform_version: '1.9.5', values: { root_module: { resources: [circuit, gateway, connection({ express_route_gateway_bypass: false })] } } };
    const fromState = load(state, 'state.json');
    expect(fromState.errors).toEqual([]);
    expect(fromState.output.notices.join('\n')).not.toMatch(/planned_values/);
    expect(sku011(fromState.output.raws).map((x) => [x.resourceName, x.status ?? 'fail'])).toEqual([['conn-ams', 'fail']]);
  });

  it('reads an AzAPI body there as not known where its expression refers to other resources, known where it is constant', () => {
    const body = { properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${SUB}/virtualNetworkGateways/gw-ams` }, peer: { id: `${SUB}/expressRouteCircuits/er-ams` } } };
    const stated = { properties: { ...body.properties, expressRouteGatewayBypass: false } };
    const azapi = (name: string, b: unknown) => ({ ...res('azapi_resource', name, { type: 'Microsoft.Network/connections@2024-05-01', name, parent_id: '/subscriptions/1111/resourceGroups/rg-net', location: 'westeurope', body: b }), provider_name: 'registry.terraform.io/azure/azapi' });
    const cfg = (name: string, bodyExpr: unknown) => ({ address: `azapi_resource.${name}`, mode: 'managed', type: 'azapi_resource', name, expressions: { body: bodyExpr } });
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: { resources: [circuit, gateway, azapi('conn-ref', body), azapi('conn-const', stated)] } },
      configuration: {
        root_module: {
          resources: [cfg('conn-ref', { references: ['azurerm_virtual_network_gateway.gw.id', 'azurerm_virtual_network_gateway.gw', 'var.fastpath'] }), cfg('conn-const', { constant_value: stated })],
        },
      },
    };
    const { output, errors } = load(plan, 'azapi.json');
    expect(errors).toEqual([]);
    // The body that refers to another resource may lack a value known only after apply (expressRouteGatewayBypass =
    // azurerm_….x.attr): undecided. The constant body says all it sets: FastPath off, as it states.
    expect(sku011(output.raws).map((x) => [x.resourceName, x.status ?? 'fail'])).toEqual([
      ['conn-const', 'fail'],
      ['conn-ref', 'unknown'],
    ]);
  });
});

describe('Terraform state', () => {
  // A state's values are Azure's as of the last apply or refresh: a circuit the provider provisioned since still reads
  // NotProvisioned there. Rules on deployed state stay silent on it, and a notice says so (they ran on nothing, silently).
  it('is judged as a template, saying that rules on deployed state do not run on it', () => {
    const notProvisioned = { ...circuit, values: { ...circuit.values, service_provider_provisioning_state: 'NotProvisioned', service_key: 'k' } };
    const state = { format_version: '1.0', terraform_version: '1.9.5', values: { root_module: { resources: [notProvisioned, gateway, connection({ express_route_gateway_bypass: false })] } } };
    const { output, errors } = load(state, 'state-deployed.json');
    expect(errors).toEqual([]);
    expect(output.notices.join('\n')).toMatch(/state-deployed\.json: a Terraform state is judged as what this configuration deploys: rules on deployed state \(provisioning, connection status, authorization use, prefix validation\) do not run on it/);
    const { inventory } = buildInventory(output.raws);
    const deployedRules = loadRules().filter((r) => r.deployedState);
    expect(deployedRules.map((r) => r.id)).toContain('ERS-COST-001');
    expect(runRules(inventory, deployedRules).findings).toEqual([]);
    // A plan (planned_values here) gets no such notice.
    const plan = load({ format_version: '1.2', planned_values: state.values }, 'plan-deployed.json');
    expect(plan.output.notices.join('\n')).not.toMatch(/deployed state/);
  });
});

describe('Terraform tags the plan does not know', () => {
  // Rules are data: a user's rule on a tag (docs/rules.md) read "no owner tag" where the plan does not know the tags.
  it('leave a rule on a tag undecided, never failed, in resource_changes (known only after apply) and planned_values', () => {
    const rules = join(dir, 'tag-rules');
    mkdirSync(rules, { recursive: true });
    writeFileSync(
      join(rules, 'ACME-ER-020.yaml'),
      'id: ACME-ER-020\nname: owner-tag\ntitle: Circuits carry an owner tag\ncategory: hygiene\nseverity: low\npillar: operational-excellence\nresource: circuit\nassert: { field: tags.owner, exists: true }\nmessage: "Circuit {name} has no owner tag."\nremediation: Tag every circuit.\nlinks: [https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources]\n',
    );
    writeFileSync(join(rules, 'ACME-ER-020.md'), '# ACME-ER-020\n');
    const verdicts = (doc: unknown, name: string) => {
      const { output, errors } = load(doc, name);
      expect(errors).toEqual([]);
      return runRules(buildInventory(output.raws).inventory, loadRules([rules], false)).findings.map((f) => [f.resourceName, f.status ?? 'fail', f.message]);
    };
    const change = { address: circuit.address, mode: 'managed', type: circuit.type, name: circuit.name, change: { actions: ['create'], before: null, after: { ...circuit.values, id: undefined }, after_unknown: { id: true, tags: true }, after_sensitive: {} } };
    expect(verdicts({ format_version: '1.2', resource_changes: [change] }, 'tags-unknown.json')).toEqual([
      ['er-ams', 'unknown', 'Circuit er-ams: cannot decide "Circuits carry an owner tag": `tags` is known only after apply (azurerm_express_route_circuit.er).'],
    ]);
    expect(verdicts({ format_version: '1.2', planned_values: { root_module: { resources: [{ ...circuit, values: { ...circuit.values, tags: null } }] } } }, 'tags-omitted.json').map((v) => v.slice(0, 2))).toEqual([['er-ams', 'unknown']]);
    // A state is complete: null tags are no tags.
    expect(verdicts({ format_version: '1.0', values: { root_module: { resources: [{ ...circuit, values: { ...circuit.values, tags: null } }] } } }, 'tags-state.json').map((v) => v.slice(0, 2))).toEqual([['er-ams', 'fail']]);
  });
});
