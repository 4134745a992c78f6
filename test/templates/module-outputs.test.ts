import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { loadTemplates, type TemplateInput } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';

// Modules hand each other their outputs (Bicep: `gw.outputs.gatewayId`; compiled: `reference(…).outputs.gatewayId.value`):
// a connection module given the gateway module's output is linked to that gateway, as ARM would deploy it.

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const CIRCUIT = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-shared/providers/Microsoft.Network/expressRouteCircuits/er-shared';

const gatewayModule = (name: unknown, extra: Record<string, unknown> = {}, outputs: Record<string, unknown> = { gatewayId: { type: 'string', value: "[resourceId('Microsoft.Network/virtualNetworkGateways', parameters('name'))]" } }) => ({
  type: 'Microsoft.Resources/deployments',
  apiVersion: '2022-09-01',
  name,
  ...extra,
  properties: {
    mode: 'Incremental',
    expressionEvaluationOptions: { scope: 'inner' },
    parameters: { name: { value: 'ergw-hub' } },
    template: {
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: { name: { type: 'string' } },
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworkGateways',
          apiVersion: '2024-05-01',
          name: "[parameters('name')]",
          location: 'westeurope',
          properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw3AZ', tier: 'ErGw3AZ' }, ipConfigurations: [{ name: 'default', properties: { subnet: { id: "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-hub', 'GatewaySubnet')]" } } }] },
        },
      ],
      outputs,
    },
  },
});

const connectionModule = (gatewayId: string) => ({
  type: 'Microsoft.Resources/deployments',
  apiVersion: '2022-09-01',
  name: 'connModule',
  properties: {
    mode: 'Incremental',
    expressionEvaluationOptions: { scope: 'inner' },
    parameters: { gatewayId: { value: gatewayId } },
    template: {
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: { gatewayId: { type: 'string' } },
      resources: [
        {
          type: 'Microsoft.Network/connections',
          apiVersion: '2024-05-01',
          name: 'conn-hub',
          location: 'westeurope',
          properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: "[parameters('gatewayId')]" }, peer: { id: CIRCUIT }, expressRouteGatewayBypass: false },
        },
      ],
    },
  },
});

function scan(doc: Record<string, unknown>) {
  const file = 'main.json';
  const input: TemplateInput = { file, parsed: parseJson(file, JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', ...doc }, null, 2), true), format: 'arm-template' };
  const { output, errors } = loadTemplates([input]);
  expect(errors).toEqual([]);
  const { inventory } = buildInventory(output.raws);
  const rules = loadRules().filter((r) => ['ERS-COST-005', 'ERS-SKU-011'].includes(r.id));
  const { findings } = runRules(inventory, rules);
  return { inventory, findings: findings.map((f) => `${f.ruleId} ${f.resourceName} ${f.status ?? 'fail'}`) };
}

describe("a module's outputs given to another module", () => {
  it.each([
    ['by resourceId', "[reference(resourceId('Microsoft.Resources/deployments', 'gwModule'), '2022-09-01').outputs.gatewayId.value]"],
    ['by name', "[reference('gwModule').outputs.gatewayId.value]"],
  ])('link the connection to the gateway (%s): the gateway has a connection, and FastPath off on ErGw3AZ fails', (_, ref) => {
    const { inventory, findings } = scan({ resources: [gatewayModule('gwModule'), connectionModule(ref)] });
    const [gw] = inventory.gateways;
    expect(inventory.connections[0].gatewayKey).toBe(gw.key);
    expect(findings).toEqual(['ERS-SKU-011 conn-hub fail']);
  });

  it('by symbolic name (languageVersion 2.0), the module named by a value known only at deployment', () => {
    const { inventory, findings } = scan({
      languageVersion: '2.0',
      resources: { hub: gatewayModule("[format('hub-{0}', uniqueString(deployment().name))]"), conn: connectionModule("[reference('hub').outputs.gatewayId.value]") },
    });
    expect(inventory.connections[0].gatewayKey).toBe(inventory.gateways[0].key);
    expect(findings).toEqual(['ERS-SKU-011 conn-hub fail']);
  });

  it("by the module's id built from deployment().name, which is the same wherever it is read in one deployment", () => {
    const { inventory } = scan({
      resources: [gatewayModule("[format('{0}-gw', deployment().name)]"), connectionModule("[reference(resourceId('Microsoft.Resources/deployments', format('{0}-gw', deployment().name))).outputs.gatewayId.value]")],
    });
    expect(inventory.connections[0].gatewayKey).toBe(inventory.gateways[0].key);
  });

  it('read before the module is declared (ARM deploys in dependency order, not document order), a chain of them too', () => {
    const ref = "[reference('gwModule').outputs.gatewayId.value]";
    const after = scan({ resources: [connectionModule(ref), gatewayModule('gwModule')] });
    expect(after.inventory.connections[0].gatewayKey).toBe(after.inventory.gateways[0].key);
    expect(after.findings).toEqual(['ERS-SKU-011 conn-hub fail']);
    // The connection reads a relay module's output, which reads the gateway module's: each declared after its reader.
    const relay = {
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: 'relay',
      properties: {
        mode: 'Incremental',
        expressionEvaluationOptions: { scope: 'inner' },
        parameters: { id: { value: "[reference('gwModule').outputs.gatewayId.value]" } },
        template: { $schema: SCHEMA, contentVersion: '1.0.0.0', parameters: { id: { type: 'string' } }, resources: [], outputs: { gatewayId: { type: 'string', value: "[parameters('id')]" } } },
      },
    };
    const chain = scan({ resources: [connectionModule("[reference('relay').outputs.gatewayId.value]"), relay, gatewayModule('gwModule')] });
    expect(chain.inventory.connections[0].gatewayKey).toBe(chain.inventory.gateways[0].key);
    expect(chain.findings).toEqual(['ERS-SKU-011 conn-hub fail']);
  });

  it("made by a copy loop (Bicep's output x array = [for …])", () => {
    const outputs = { gatewayIds: { type: 'array', copy: { count: 2, input: "[resourceId('Microsoft.Network/virtualNetworkGateways', if(equals(copyIndex(), 0), parameters('name'), 'other'))]" } } };
    const { inventory, findings } = scan({ resources: [gatewayModule('gwModule', {}, outputs), connectionModule("[reference('gwModule').outputs.gatewayIds.value[0]]")] });
    expect(inventory.connections[0].gatewayKey).toBe(inventory.gateways[0].key);
    expect(findings).toEqual(['ERS-SKU-011 conn-hub fail']);
  });

  it('a template walked again for a module declared later keeps one of each notice', () => {
    const file = 'main.json';
    const doc = { $schema: SCHEMA, contentVersion: '1.0.0.0', parameters: { n: { type: 'int' } }, resources: [connectionModule("[reference('gwModule').outputs.gatewayId.value]"), gatewayModule('gwModule'), { type: 'Microsoft.Network/expressRouteCircuits', apiVersion: '2024-05-01', name: 'er-x', location: 'westeurope', copy: { name: 'c', count: "[parameters('n')]" }, properties: {} }] };
    const { output } = loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(doc, null, 2), true), format: 'arm-template' }]);
    const copyNotices = output.notices.filter((n) => n.includes('copy count that cannot be resolved'));
    expect(copyNotices).toHaveLength(1);
    expect(output.raws.filter((r) => String(r.row.type).endsWith('connections'))).toHaveLength(1);
  });

  it('stay unknown where they are not known: a module deployed on a condition, two modules of one name, a secure output, the Full form', () => {
    const unknownGateway = (doc: Record<string, unknown>) => {
      const { inventory, findings } = scan(doc);
      expect(inventory.connections[0].gatewayKey).toBeUndefined();
      expect(inventory.connections[0].unknown?.gatewayKey).toMatch(/not known before deployment/);
      return findings;
    };
    const ref = "[reference('gwModule').outputs.gatewayId.value]";
    unknownGateway({ parameters: { deploy: { type: 'bool' } }, resources: [gatewayModule('gwModule', { condition: "[parameters('deploy')]" }), connectionModule(ref)] });
    unknownGateway({ resources: [gatewayModule('gwModule'), gatewayModule('gwModule', { resourceGroup: 'rg-other' }), connectionModule(ref)] });
    unknownGateway({ resources: [gatewayModule('gwModule', {}, { gatewayId: { type: 'securestring', value: "[resourceId('Microsoft.Network/virtualNetworkGateways', parameters('name'))]" } }), connectionModule(ref)] });
    unknownGateway({ resources: [gatewayModule('gwModule'), connectionModule("[reference('gwModule', '2022-09-01', 'Full').outputs.gatewayId.value]")] });
    // An output that reads its own module's outputs (a cycle ARM refuses) is not known, and the scan ends.
    unknownGateway({ resources: [gatewayModule('gwModule', {}, { gatewayId: { type: 'string', value: "[reference('gwModule').outputs.gatewayId.value]" } }), connectionModule(ref)] });
    // An output that reads a deployed resource is not known either.
    const findings = unknownGateway({ resources: [gatewayModule('gwModule', {}, { gatewayId: { type: 'string', value: "[reference(resourceId('Microsoft.Network/virtualNetworkGateways', parameters('name'))).id]" } }), connectionModule(ref)] });
    expect(findings).toContain('ERS-SKU-011 conn-hub unknown');
  });
});
