import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { phraseName } from '../../src/inventory/names.js';
import { loadTemplates } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';

// A name built from resourceGroup().name (a parameter defaulting to it, as public lab templates do) is not
// known before deployment: names show it as a label, never the id placeholder `{resourceGroup}` as if it were the value.
describe('names built from the deployment scope', () => {
  it('show ‹resourceGroup().name› where ids keep their placeholder', () => {
    const file = 'main.json';
    const doc = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { prefixName: { type: 'string', defaultValue: '[resourceGroup().name]' } },
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworkGateways',
          apiVersion: '2024-05-01',
          name: "[concat(parameters('prefixName'), '-gw-er')]",
          location: 'westeurope',
          properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } },
        },
      ],
    };
    const { output, errors } = loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(doc), true), format: 'arm-template' }]);
    expect(errors).toEqual([]);
    const [gw] = buildInventory(output.raws).inventory.gateways;
    expect(gw.name).toBe('‹resourceGroup().name›-gw-er');
    expect(gw.id).toMatch(/\/resourceGroups\/\{resourceGroup\}\/providers\/Microsoft\.Network\/virtualNetworkGateways\/\{resourceGroup\}-gw-er$/);
    expect(phraseName('‹resourceGroup().name›')).toBe('whose name comes from resourceGroup().name at deployment');
  });
});

describe('a VNet gateway declared without a SKU', () => {
  it('has a SKU that is not known (Azure applies its default; erscan assumes none), so every rule on the SKU is undecided alike', async () => {
    const { loadRules } = await import('../../src/rules/loader.js');
    const { runRules } = await import('../../src/rules/engine.js');
    const file = 'main.json';
    const doc = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [{ type: 'Microsoft.Network/virtualNetworkGateways', apiVersion: '2024-05-01', name: 'ergw-nosku', location: 'westeurope', properties: { gatewayType: 'ExpressRoute' } }],
    };
    const { output } = loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(doc), true), format: 'arm-template' }]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.gateways[0].unknown?.skuName).toMatch(/not set in the template/);
    const rules = loadRules().filter((r) => ['ERS-RED-004', 'ERS-SKU-008'].includes(r.id));
    const { findings } = runRules(inventory, rules);
    expect(findings.map((f) => `${f.ruleId} ${f.status}`).sort()).toEqual(['ERS-RED-004 unknown', 'ERS-SKU-008 unknown']);
  });
});
