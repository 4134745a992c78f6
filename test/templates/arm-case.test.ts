import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { loadTemplates, type TemplateInput } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';

/** ARM reads a template's keys, property names and resource types whatever their letter case. */

const input = (file: string, doc: unknown): TemplateInput => ({ file, parsed: parseJson(file, JSON.stringify(doc, null, 2), true), format: 'arm-template' });
const load = (doc: unknown) => loadTemplates([input('main.json', doc)]);

const asWritten = {
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  resources: [
    {
      type: 'Microsoft.Network/expressRouteCircuits',
      apiVersion: '2024-05-01',
      name: 'er1',
      location: 'westeurope',
      sku: { name: 'Premium_MeteredData', tier: 'Premium', family: 'MeteredData' },
      properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 }, allowClassicOperations: true },
      resources: [{ type: 'peerings', apiVersion: '2024-05-01', name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }],
    },
  ],
};
const shouted = {
  $schema: asWritten.$schema,
  ContentVersion: '1.0.0.0',
  Parameters: { Tier: { Type: 'string', defaultValue: 'Premium' } },
  RESOURCES: [
    {
      Type: 'microsoft.network/EXPRESSROUTECIRCUITS',
      apiVersion: '2024-05-01',
      Name: 'er1',
      Location: 'westeurope',
      SKU: { Name: "[format('{0}_MeteredData', parameters('tier'))]", Tier: "[parameters('TIER')]", FAMILY: 'MeteredData' },
      Properties: { ServiceProviderProperties: { serviceProviderName: 'Equinix', PEERINGLOCATION: 'Amsterdam', BandwidthInMbps: 1000 }, AllowClassicOperations: true },
      Resources: [{ Type: 'Peerings', apiVersion: '2024-05-01', Name: 'AzurePrivatePeering', Properties: { PeeringType: 'AzurePrivatePeering', peerAsn: 65001, VlanId: 100, PrimaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }],
    },
  ],
};

function verdicts(doc: unknown) {
  const { output, errors } = load(doc);
  expect(errors).toEqual([]);
  const { inventory } = buildInventory(output.raws);
  const findings = runRules(inventory, loadRules()).findings;
  return { inventory, findings: findings.map((f) => `${f.ruleId}:${f.status ?? 'fail'}`).sort() };
}

describe('letter case of keys and types (ARM reads them whatever their case)', () => {
  it('reads "SKU", "Properties", "Tier" and a type in another case as ARM does: the same resources and the same verdicts as the template spelled as documented', () => {
    const documented = verdicts(asWritten);
    const other = verdicts(shouted);
    const c = other.inventory.circuits[0];
    expect([c.skuName, c.tier, c.bandwidthMbps, c.peeringLocation, c.allowClassicOperations]).toEqual(['Premium_MeteredData', 'Premium', 1000, 'Amsterdam', true]);
    expect(c.peerings.map((p) => [p.name, p.vlanId, p.peerASN])).toEqual([['AzurePrivatePeering', 100, 65001]]);
    expect(other.findings).toEqual(documented.findings);
    // The classic-operations finding is there (it was silently missed when "AllowClassicOperations" was not read).
    expect(other.findings).toContain('ERS-HYG-001:fail');
  });

  it('keeps the line of a resource whose keys are in another case', () => {
    const parsed = input('main.json', shouted);
    const { output } = loadTemplates([parsed]);
    const peering = output.raws.find((r) => /peerings$/i.test(String(r.row.type)))!;
    expect(peering.source?.line).toBe(parsed.parsed.text.split('\n').findIndex((l) => l.includes('"Type": "Peerings"')));
  });

  it('refuses an object holding two keys that differ only in case, naming the path: which one ARM reads is not documented', () => {
    const twoTiers = JSON.parse(JSON.stringify(asWritten));
    twoTiers.resources[0].sku.Tier = 'Standard';
    expect(load(twoTiers).errors.map((e) => e.message)).toEqual([
      'main.json: at $.resources[0].sku.tier: expected one key for property "tier" (ARM reads property names whatever their letter case, and which of two a deployment uses is not documented), found both "tier" and "Tier"',
    ]);
    const twoProperties = JSON.parse(JSON.stringify(asWritten));
    twoProperties.resources[0].Properties = {};
    expect(load(twoProperties).errors[0].message).toMatch(/at \$\.resources\[0\]\.properties: expected one key for "properties" .*found both "properties" and "Properties"/);
    const twoResources = { ...asWritten, Resources: [] };
    expect(load(twoResources).errors[0].message).toMatch(/at \$\.resources: expected one key for "resources" .*found both "resources" and "Resources"/);
  });

  it('leaves keys erscan does not read, and tag names (data, not property names), as they are', () => {
    const doc = JSON.parse(JSON.stringify(asWritten));
    doc.resources[0].tags = { Env: 'prod', env: 'test' };
    doc.resources[0].properties.SomethingElse = 1;
    doc.resources[0].properties.somethingelse = 2;
    const { output, errors } = load(doc);
    expect(errors).toEqual([]);
    const circuit = output.raws.find((r) => /expressRouteCircuits$/i.test(String(r.row.type)))!;
    expect(circuit.row.tags).toEqual({ Env: 'prod', env: 'test' });
  });
});

describe('parameter declarations in another letter case', () => {
  it('a "Type": "SecureString" parameter is secure: its default is never read into a name or a report', () => {
    const doc = JSON.parse(JSON.stringify(asWritten));
    doc.parameters = { circuitName: { Type: 'SecureString', DefaultValue: 'planted-secret-0001' }, tier: { TYPE: 'string', ALLOWEDVALUES: ['Standard', 'Premium'] } };
    doc.resources[0].name = "[parameters('circuitName')]";
    doc.resources[0].sku = { name: "[format('{0}_MeteredData', parameters('tier'))]", tier: "[parameters('tier')]", family: 'MeteredData' };
    const { output, errors } = load(doc);
    expect(errors).toEqual([]);
    expect(JSON.stringify(output)).not.toContain('planted-secret-0001');
    // Its allowed values are read too: the tier is one of two, never unknown.
    const circuit = output.raws.find((r) => /expressRouteCircuits$/i.test(String(r.row.type)))!;
    expect(Object.keys(circuit.possible ?? {})).toContain('sku.tier');
  });

  it('a parameter file value outside "AllowedValues" is refused as ARM refuses it, whatever the declaration keys\' case', () => {
    const doc = JSON.parse(JSON.stringify(asWritten));
    doc.Parameters = { tier: { Type: 'string', AllowedValues: ['Standard', 'Premium'] } };
    doc.resources[0].sku = { name: "[format('{0}_MeteredData', parameters('tier'))]", tier: "[parameters('tier')]", family: 'MeteredData' };
    const parameters = { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', contentVersion: '1.0.0.0', parameters: { tier: { value: 'Local' } } };
    const { output, errors } = loadTemplates([input('main.json', doc), { ...input('main.parameters.json', parameters), format: 'arm-parameters' }]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^main\.parameters\.json: at \$\.parameters\.tier\.value: expected one of the allowed values \("Standard", "Premium"\) for parameter tier of main\.json/)]);
    expect(output.raws).toEqual([]);
  });
});

/**
 * A key written twice in one object: JSON.parse kept the last value in silence, so a template with
 * `"tier": "Standard", "tier": "Premium"` was judged Premium. ARM accepts such a template, but which value it
 * deploys is not documented (github.com/Azure/azure-quickstart-templates/issues/5855, open): refused, naming
 * the file, line and column and the path, as two keys that differ only in case are.
 */
describe('a key written twice in one object', () => {
  const PARAMS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';
  const raw = (file: string, text: string, format: TemplateInput['format'] = 'arm-template'): TemplateInput => ({ file, parsed: parseJson(file, text, true), format });
  const circuitText = JSON.stringify(asWritten, null, 2);

  it('in a resource erscan reads: the template is refused (exit 2), naming file, line and path', () => {
    const text = circuitText.replace('"tier": "Premium",', '"tier": "Standard",\n        "tier": "Premium",');
    const line = text.split('\n').findIndex((l) => l.includes('"tier": "Premium"')) + 1;
    const { output, errors } = loadTemplates([raw('main.json', text)]);
    expect(errors.map((e) => e.message)).toEqual([
      `main.json:${line}:9: at $.resources[0].sku.tier: expected each key once in its object (ARM accepts a key written twice, but which of its values a deployment uses is not documented), found "tier" a second time`,
    ]);
    expect(output.raws).toEqual([]);
  });

  it('in the parameters or variables a template reads: refused too', () => {
    const doc = { ...asWritten, variables: { location: 'westeurope' } };
    const text = JSON.stringify(doc, null, 2).replace('"location": "westeurope"\n  }', '"location": "westeurope",\n    "location": "northeurope"\n  }');
    expect(loadTemplates([raw('main.json', text)]).errors.map((e) => e.message)).toEqual([expect.stringMatching(/^main\.json:\d+:5: at \$\.variables\.location: expected each key once in its object/)]);
  });

  it('in a parameter file, exactly or in another letter case (ARM reads parameter names whatever their case): its deployment is refused', () => {
    const doc = JSON.parse(JSON.stringify(asWritten));
    doc.parameters = { tier: { type: 'string', allowedValues: ['Standard', 'Premium'] } };
    doc.resources[0].sku = { name: "[format('{0}_MeteredData', parameters('tier'))]", tier: "[parameters('tier')]", family: 'MeteredData' };
    const twice = `{\n  "$schema": "${PARAMS_SCHEMA}",\n  "contentVersion": "1.0.0.0",\n  "parameters": {\n    "tier": { "value": "Standard" },\n    "tier": { "value": "Premium" }\n  }\n}\n`;
    const exact = loadTemplates([input('main.json', doc), raw('main.parameters.json', twice, 'arm-parameters')]);
    expect(exact.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^main\.parameters\.json:6:5: at \$\.parameters\.tier: expected each key once in its object .*found "tier" a second time/)]);
    expect(exact.output.raws).toEqual([]);
    const cased = loadTemplates([input('main.json', doc), raw('main.parameters.json', twice.replace('"tier": { "value": "Premium" }', '"Tier": { "value": "Premium" }'), 'arm-parameters')]);
    expect(cased.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^main\.parameters\.json: at \$\.parameters\.tier: expected one key for parameter "tier" .*found both "tier" and "Tier"/)]);
    expect(cased.output.raws).toEqual([]);
  });

  it('inside a resource erscan does not read (two "copy" keys in a Key Vault, as a quickstart module has): left alone, the circuit is scanned', () => {
    const doc = JSON.parse(JSON.stringify(asWritten));
    doc.resources.push({ type: 'Microsoft.KeyVault/vaults', apiVersion: '2019-09-01', name: 'kv', location: 'westeurope', properties: { networkAcls: { copy: [{ name: 'ipRules', count: 0, input: {} }], COPYMARK: 1 } } });
    const text = JSON.stringify(doc, null, 2).replace(/"COPYMARK": 1/, '"copy": [{ "name": "virtualNetworkRules", "count": 0, "input": {} }]');
    const { output, errors } = loadTemplates([raw('main.json', text)]);
    expect(errors).toEqual([]);
    expect(output.raws.some((r) => /expressRouteCircuits$/i.test(String(r.row.type)))).toBe(true);
  });

  it('in a template that declares no ExpressRoute resource: a notice, not a gap', () => {
    const text = `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "variables": { "a": 1, "a": 2 },\n  "resources": []\n}\n`;
    const { output, errors } = loadTemplates([raw('storage.json', text)]);
    expect(errors).toEqual([]);
    expect(output.notices.join('\n')).toMatch(/storage\.json:4:26: at \$\.variables\.a: expected each key once in its object .*\(not scanned; the template declares no ExpressRoute resource\)/);
  });
});
