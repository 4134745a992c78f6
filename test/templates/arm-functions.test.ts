import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { loadTemplates, type TemplateInput } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';

/** User-defined functions (Learn: azure-resource-manager/templates/user-defined-functions). */

const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const input = (file: string, doc: unknown): TemplateInput => ({ file, parsed: parseJson(file, JSON.stringify(doc, null, 2), true), format: 'arm-template' });

const fn = (parameters: string[], value: unknown) => ({ parameters: parameters.map((name) => ({ name, type: 'string' })), output: { type: 'string', value } });
const circuitTemplate = (sku: Record<string, unknown>, members: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  $schema: TEMPLATE_SCHEMA,
  contentVersion: '1.0.0.0',
  parameters: { tier: { type: 'string', defaultValue: 'Premium' } },
  variables: { family: 'UnlimitedData' },
  functions: [{ namespace: 'contoso', members }],
  resources: [
    {
      type: 'Microsoft.Network/expressRouteCircuits',
      apiVersion: '2024-05-01',
      name: 'er1',
      location: 'westeurope',
      sku: { tier: "[parameters('tier')]", family: 'MeteredData', ...sku },
      properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } },
    },
  ],
  ...extra,
});
const load = (doc: unknown) => loadTemplates([input('main.json', doc)]);
const circuitOf = (doc: unknown) => {
  const { output, errors } = load(doc);
  expect(errors).toEqual([]);
  return { raw: output.raws[0], circuit: buildInventory(output.raws).inventory.circuits[0] };
};

describe('user-defined functions', () => {
  it("evaluates a call with its arguments: parameters() inside reads the function's own, not the template's of the same name", () => {
    const { circuit } = circuitOf(circuitTemplate({ name: "[contoso.skuName('Standard', 'MeteredData')]" }, { skuName: fn(['tier', 'family'], "[format('{0}_{1}', parameters('tier'), parameters('family'))]") }));
    expect(circuit.skuName).toBe('Standard_MeteredData');
    // Names are ARM's: case-insensitive namespace, member and parameter names; arguments from the caller's parameters.
    const { circuit: c2 } = circuitOf(circuitTemplate({ name: "[CONTOSO.SKUNAME(parameters('tier'))]" }, { skuName: fn(['Tier'], "[concat(parameters('TIER'), '_MeteredData')]") }));
    expect(c2.skuName).toBe('Premium_MeteredData');
  });

  it('evaluates an output that is an object, and a function of a nested inner-scoped template from its own functions', () => {
    const { circuit } = circuitOf(circuitTemplate({ name: "[contoso.sku('Premium').name]" }, { sku: { parameters: [{ name: 't', type: 'string' }], output: { type: 'object', value: { name: "[format('{0}_MeteredData', parameters('t'))]", literal: '[[x]' } } } }));
    expect(circuit.skuName).toBe('Premium_MeteredData');
    const inner = circuitTemplate({ name: "[contoso.skuName()]" }, { skuName: fn([], 'Standard_MeteredData') });
    const outer = { $schema: TEMPLATE_SCHEMA, contentVersion: '1.0.0.0', functions: [{ namespace: 'contoso', members: { skuName: fn([], 'Premium_MeteredData') } }], resources: [{ type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name: 'm', properties: { mode: 'Incremental', expressionEvaluationOptions: { scope: 'inner' }, template: inner } }] };
    expect(circuitOf(outer).circuit.skuName).toBe('Standard_MeteredData');
  });

  it("leaves undecided what ARM does not let a function do (variables(), calling another user-defined function), never the template's value", () => {
    const viaVariable = circuitOf(circuitTemplate({ name: "[contoso.skuName('Premium')]" }, { skuName: fn(['t'], "[format('{0}_{1}', parameters('t'), variables('family'))]") }));
    expect(viaVariable.circuit.skuName).toBeUndefined();
    expect(viaVariable.raw.reasons?.['sku.name']).toMatch(/user-defined function contoso\.skuName\(\) uses variables\(\), which ARM does not allow in one/);
    const nested = circuitOf(circuitTemplate({ name: "[contoso.skuName('Premium')]" }, { skuName: fn(['t'], "[contoso.family(parameters('t'))]"), family: fn(['t'], "[concat(parameters('t'), '_MeteredData')]") }));
    expect(nested.circuit.skuName).toBeUndefined();
    expect(nested.raw.reasons?.['sku.name']).toMatch(/contoso\.skuName\(\) calls contoso\.family\(\): a user-defined function calling another is not evaluated by erscan/);
    // An argument not known stays not known, with its reason.
    const open = circuitOf(circuitTemplate({ name: "[contoso.skuName(parameters('open'))]" }, { skuName: fn(['t'], "[concat(parameters('t'), '_MeteredData')]") }, { parameters: { open: { type: 'string' }, tier: { type: 'string', defaultValue: 'Premium' } } }));
    expect(open.raw.reasons?.['sku.name']).toMatch(/parameter `open`/);
  });

  it('keeps the stand-in of a name built from a parameter without a value, so ids built from the same parameter still join', () => {
    const doc = circuitTemplate({ name: 'Premium_MeteredData' }, { circuitName: fn(['site'], "[format('er-{0}', parameters('site'))]") }, { parameters: { site: { type: 'string' }, tier: { type: 'string', defaultValue: 'Premium' } } });
    const resources = doc.resources as Record<string, unknown>[];
    resources[0].name = "[contoso.circuitName(parameters('site'))]";
    resources.push({
      type: 'Microsoft.Network/expressRouteCircuits/peerings',
      apiVersion: '2024-05-01',
      name: "[format('{0}/AzurePrivatePeering', format('er-{0}', parameters('site')))]",
      properties: { peeringType: 'AzurePrivatePeering', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' },
    });
    const { output, errors } = load(doc);
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.circuits).toHaveLength(1);
    expect(inventory.circuits[0].peerings.map((p) => p.name)).toEqual(['AzurePrivatePeering']);
  });

  it('refuses a call ARM refuses: a function the template does not declare, another number of arguments, a parameter the function does not declare', () => {
    const members = { skuName: fn(['t'], "[concat(parameters('t'), '_MeteredData')]") };
    expect(load(circuitTemplate({ name: "[contoso.other('Premium')]" }, members)).errors[0].message).toMatch(/at \$\.resources\[0\]\.sku\.name: expected a user-defined function contoso\.other\(\) declared in the template's functions/);
    expect(load(circuitTemplate({ name: "[contoso.skuName('Premium', 'x')]" }, members)).errors[0].message).toMatch(/expected contoso\.skuName\(\) called with 1 argument, as it declares \(found 2\)/);
    expect(load(circuitTemplate({ name: "[contoso.skuName('Premium')]" }, { skuName: fn(['t'], "[parameters('tier')]") })).errors[0].message).toMatch(/expected a parameter named "tier" declared in the parameters of user-defined function contoso\.skuName\(\) \(a function reads only its own parameters\)/);
  });
});
