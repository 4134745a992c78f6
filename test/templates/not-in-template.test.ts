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
  it('nor does one whose SKU gives only its tier: the rules are undecided (never "(not set)") and the price is not taken from the tier', async () => {
    const { loadRules } = await import('../../src/rules/loader.js');
    const { runRules } = await import('../../src/rules/engine.js');
    const { estimateCosts } = await import('../../src/pricing/estimate.js');
    const { loadCatalogue } = await import('../../src/pricing/catalogue.js');
    const file = 'main.json';
    const doc = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [{ type: 'Microsoft.Network/virtualNetworkGateways', apiVersion: '2024-05-01', name: 'ergw-tier', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { tier: 'ErGw2AZ' } } }],
    };
    const { output } = loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(doc), true), format: 'arm-template' }]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.gateways[0].unknown?.skuName).toMatch(/not set in the template \(only `sku.tier` is\)/);
    const rules = loadRules().filter((r) => ['ERS-RED-004', 'ERS-SKU-008'].includes(r.id));
    const { findings } = runRules(inventory, rules);
    expect(findings.map((f) => `${f.ruleId} ${f.status}`).sort()).toEqual(['ERS-RED-004 unknown', 'ERS-SKU-008 unknown']);
    expect(findings.map((f) => f.message).join('\n')).not.toMatch(/\(not set\)/);
    expect(estimateCosts(inventory, { catalogue: loadCatalogue() }).otherCosts[0]).toMatchObject({ monthlyUsd: null, priced: 'none' });
  });
});

describe('a VNet gateway whose SKU name is an empty string', () => {
  // The Azure landing zone hub template picks its ExpressRoute gateway SKU from two parameters, and gives ''
  // when neither is set (its portal shows neither for a region outside its list).
  it('has a SKU that is not known: the rules are undecided, never "uses SKU (not set)", and the gateway is not priced', async () => {
    const { loadRules } = await import('../../src/rules/loader.js');
    const { runRules } = await import('../../src/rules/engine.js');
    const { estimateCosts } = await import('../../src/pricing/estimate.js');
    const { loadCatalogue } = await import('../../src/pricing/catalogue.js');
    const file = 'main.json';
    const doc = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { erAzSku: { type: 'string', defaultValue: '' }, erRegionalSku: { type: 'string', defaultValue: '' } },
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworkGateways',
          apiVersion: '2024-05-01',
          name: 'ergw-empty',
          location: 'westindia',
          properties: { gatewayType: 'ExpressRoute', sku: { name: "[if(empty(parameters('erRegionalSku')), parameters('erAzSku'), parameters('erRegionalSku'))]", tier: "[if(empty(parameters('erRegionalSku')), parameters('erAzSku'), parameters('erRegionalSku'))]" } },
        },
      ],
    };
    const { output } = loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(doc), true), format: 'arm-template' }]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.gateways[0].unknown?.skuName).toMatch(/an empty string in the template, which names no SKU/);
    const rules = loadRules().filter((r) => ['ERS-RED-004', 'ERS-SKU-008'].includes(r.id));
    const { findings } = runRules(inventory, rules);
    expect(findings.map((f) => `${f.ruleId} ${f.status}`).sort()).toEqual(['ERS-RED-004 unknown', 'ERS-SKU-008 unknown']);
    expect(findings.map((f) => f.message).join('\n')).not.toMatch(/\(not set\)/);
    expect(estimateCosts(inventory, { catalogue: loadCatalogue() }).otherCosts[0]).toMatchObject({ monthlyUsd: null, priced: 'none' });
  });
});

describe('a secure parameter', () => {
  it('is never read: its default or a parameter file value never reaches a name, a value or a message', () => {
    const file = 'main.json';
    const doc = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { key: { type: 'securestring', defaultValue: 'ZZsecretDefaultZZ' }, asn: { type: 'secureObject', defaultValue: { n: 65001 } } },
      resources: [
        { type: 'Microsoft.Network/connections', apiVersion: '2024-05-01', name: "[concat('conn-', parameters('key'))]", location: 'westeurope', properties: { connectionType: 'ExpressRoute', authorizationKey: "[parameters('key')]", routingWeight: "[parameters('asn').n]" } },
      ],
    };
    const paramsFile = 'main.parameters.json';
    const params = { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', contentVersion: '1.0.0.0', parameters: { key: { value: 'ZZsecretSuppliedZZ' } } };
    const template = { file, parsed: parseJson(file, JSON.stringify(doc), true), format: 'arm-template' as const };
    for (const inputs of [[template], [template, { file: paramsFile, parsed: parseJson(paramsFile, JSON.stringify(params), true), format: 'arm-parameters' as const }]]) {
      const { output } = loadTemplates(inputs);
      const text = JSON.stringify(output);
      expect(text).not.toMatch(/ZZsecret/);
      expect(text).not.toMatch(/65001/);
      expect(buildInventory(output.raws).inventory.connections[0].name).toBe('conn-‹key›');
    }
  });
});

describe('ExpressRoute declarations that a false condition leaves out', () => {
  const doc = (condition: string) => ({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { enableHub: { type: 'string', defaultValue: 'No' }, hubRg: { type: 'string', defaultValue: 'rg-hub' } },
    resources: [
      {
        condition,
        type: 'Microsoft.Resources/deployments',
        apiVersion: '2022-09-01',
        name: 'hub',
        resourceGroup: "[parameters('hubRg')]",
        properties: {
          mode: 'Incremental',
          template: {
            $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
            contentVersion: '1.0.0.0',
            resources: [{ type: 'Microsoft.Network/expressRouteGateways', apiVersion: '2024-05-01', name: 'ergw-vwan', location: 'westeurope', properties: { virtualHub: { id: '/subscriptions/0/resourceGroups/rg-hub/providers/Microsoft.Network/virtualHubs/hub' } } }],
          },
        },
      },
    ],
  });
  const load = (condition: string) => {
    const file = 'main.json';
    return loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(doc(condition)), true), format: 'arm-template' }]).output;
  };
  it('are named in a notice (a module holding them, by its name and path), never left out in silence', () => {
    const output = load("[equals(parameters('enableHub'), 'vwan')]");
    expect(output.raws).toEqual([]);
    expect(output.notices).toContain(
      'main.json: 1 ExpressRoute declaration is not deployed with the values scanned (its condition is false), so not checked: a module holding ExpressRoute resources hub at $.resources[0] (a parameter file <name>.parameters.json beside the template supplies values)',
    );
  });
  it('are not said when the condition deploys them', () => {
    const output = load("[equals(parameters('enableHub'), 'No')]");
    expect(output.raws).toHaveLength(1);
    expect(output.notices.join('\n')).not.toMatch(/not deployed with the values scanned/);
  });
});

describe('two templates that declare one resource (the same id) with different values', () => {
  // Shaped like the Azure landing zone hub-and-spoke and NVA hub templates: both deploy the hub's ExpressRoute
  // gateway, by the same name, to the same resource group.
  const template = (sku: string) => ({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { sku: { type: 'string', defaultValue: sku }, open: { type: 'string' } },
    resources: [
      {
        type: 'Microsoft.Resources/deployments',
        apiVersion: '2022-09-01',
        name: 'hub',
        subscriptionId: '00000000-0000-0000-0000-000000000001',
        resourceGroup: 'rg-hub',
        properties: {
          mode: 'Incremental',
          template: {
            $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
            contentVersion: '1.0.0.0',
            resources: [
              {
                type: 'Microsoft.Network/virtualNetworkGateways',
                apiVersion: '2024-05-01',
                name: 'ergw-hub',
                location: 'westeurope',
                properties: { gatewayType: 'ExpressRoute', sku: { name: sku === 'open' ? "[parameters('open')]" : "[parameters('sku')]", tier: 'ErGw1AZ' }, allowRemoteVnetTraffic: false, allowVirtualWanTraffic: false },
              },
            ],
          },
        },
      },
    ],
  });
  const scan = async (a: string, b: string) => {
    const { loadRules } = await import('../../src/rules/loader.js');
    const { runRules } = await import('../../src/rules/engine.js');
    const inputs = [
      ['hub.json', a],
      ['nva.json', b],
    ].map(([file, sku]) => ({ file, parsed: parseJson(file, JSON.stringify(template(sku)), true), format: 'arm-template' as const }));
    const { inventory, notices } = buildInventory(loadTemplates(inputs).output.raws);
    const rules = loadRules().filter((r) => r.id === 'ERS-RED-004');
    return { gateways: inventory.gateways, notices, findings: runRules(inventory, rules).findings };
  };
  it('leave the values they disagree on unknown, naming both (the second was dropped in silence: a regional SKU never judged)', async () => {
    const { gateways, findings, notices } = await scan('ErGw1AZ', 'Standard');
    expect(gateways).toHaveLength(1);
    expect(gateways[0].unknown?.skuName).toBe('`skuName`: the inputs disagree ("ErGw1AZ" in hub.json, "Standard" in nva.json), so which deploys last is not known');
    expect(findings.map((f) => f.status)).toEqual(['unknown']);
    expect(notices.join('\n')).toMatch(/ergw-hub: skuName/);
  });
  it('leave a value one of them leaves open unknown too', async () => {
    const { gateways, findings } = await scan('ErGw1AZ', 'open');
    expect(gateways[0].unknown?.skuName).toMatch(/^`skuName`: nva\.json also declares it, where it comes from parameter `open`, which has no value here, and hub\.json gives "ErGw1AZ": which deploys last is not known$/);
    expect(findings.map((f) => f.status)).toEqual(['unknown']);
  });
  it('agree where they declare the same values: nothing is unknown', async () => {
    const { gateways, findings } = await scan('ErGw1AZ', 'ErGw1AZ');
    expect(gateways[0].unknown).toBeUndefined();
    expect(findings).toEqual([]);
  });
});
