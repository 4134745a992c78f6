import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { evaluateString, Unknown, type EvalContext } from '../../src/sources/template/arm/evaluate.js';
import { loadTemplates, type TemplateInput } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';
import { scan as scanInventory } from '../analysis/helpers.js';

const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const PARAMS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';

function input(file: string, doc: unknown, format: TemplateInput['format'] = 'arm-template'): TemplateInput {
  return { file, parsed: parseJson(file, JSON.stringify(doc, null, 2), true), format };
}
/** 1-based line of the first line matching `re` in the pretty-printed input. */
const lineIn = (i: TemplateInput, re: RegExp) => i.parsed.text.split('\n').findIndex((l) => re.test(l)) + 1;
const template = (resources: unknown, extra: Record<string, unknown> = {}) => ({ $schema: TEMPLATE_SCHEMA, contentVersion: '1.0.0.0', ...extra, resources });

const ctx: EvalContext = {
  scope: { subscriptionId: '{subscription}', resourceGroup: '{resourceGroup}' },
  parameter: (n) => ({ tier: 'Premium', family: 'MeteredData', list: ['a', 'b'], obj: { k: 'v' } })[n] ?? new Unknown(`parameter ${n} has no value`),
  variable: () => 'var',
  copyIndex: () => 1,
};

describe('ARM expressions', () => {
  it.each([
    ["[format('{0}_{1}', parameters('tier'), parameters('family'))]", 'Premium_MeteredData'],
    ["[concat('er-', parameters('list')[1])]", 'er-b'],
    ["[resourceId('Microsoft.Network/expressRouteCircuits/peerings', 'c1', 'AzurePrivatePeering')]", '/subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/expressRouteCircuits/c1/peerings/AzurePrivatePeering'],
    ["[resourceId('rg-net', 'Microsoft.Network/virtualNetworkGateways', 'gw')]", '/subscriptions/{subscription}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/gw'],
    ["[if(equals(parameters('tier'), 'Local'), 'UnlimitedData', parameters('family'))]", 'MeteredData'],
    ["[toLower(variables('x'))]", 'var'],
    ["[format('gw-{0:D2}', copyIndex(1))]", 'gw-02'],
    ["[createObject('id', parameters('obj').k)]", { id: 'v' }],
    ["[length(createArray(1, 2, 3))]", 3],
    ["[coalesce(null(), 'x')]", 'x'],
    ["[tryGet(parameters('obj'), 'missing')]", null],
    ["[[not an expression]", '[not an expression]'],
    ["[and(false, parameters('nope'))]", false],
  ])('%s', (expr, want) => {
    const v = expr.startsWith('[[') ? expr.slice(1) : evaluateString(expr, ctx);
    expect(v).toEqual(want);
  });

  it('leaves what only deployment knows unknown, with a reason and never a value', () => {
    for (const e of ["[reference('x').serviceKey]", "[uniqueString(resourceGroup().id)]", '[resourceGroup().location]', "[parameters('nope')]", "[listKeys('x', '2020-01-01')]"]) {
      const v = evaluateString(e, ctx);
      expect(v, e).toBeInstanceOf(Unknown);
      expect((v as Unknown).reason.length).toBeGreaterThan(0);
    }
    // An undecidable condition does not matter when both branches agree.
    expect(evaluateString("[if(equals(parameters('nope'), 1), 'Standard', 'Standard')]", ctx)).toBe('Standard');
  });
});

describe('ARM templates', () => {
  it('reads nested child resources, child peerings declared separately, copy loops and parameter defaults', () => {
    const doc = template(
      [
        {
          type: 'Microsoft.Network/expressRouteCircuits',
          apiVersion: '2023-09-01',
          name: "[format('er-{0}', parameters('sites')[copyIndex()])]",
          location: 'westeurope',
          copy: { name: 'circuits', count: "[length(parameters('sites'))]" },
          sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
          properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: "[parameters('sites')[copyIndex()]]", bandwidthInMbps: 1000 } },
          resources: [
            {
              type: 'peerings',
              apiVersion: '2023-09-01',
              name: 'AzurePrivatePeering',
              properties: { peeringType: 'AzurePrivatePeering', peerASN: 65001, vlanId: "[add(100, copyIndex())]", primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' },
            },
          ],
        },
        {
          type: 'Microsoft.Network/expressRouteCircuits/peerings',
          apiVersion: '2023-09-01',
          name: "[format('{0}/{1}', 'er-Amsterdam', 'MicrosoftPeering')]",
          properties: { peeringType: 'MicrosoftPeering', peerASN: 64512, vlanId: 300 },
        },
      ],
      { parameters: { sites: { type: 'array', defaultValue: ['Amsterdam', 'London'] } } },
    );
    const er = input('infra/er.json', doc);
    const { output, errors } = loadTemplates([er]);
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.circuits.map((c) => [c.name, c.peeringLocation, c.peerings.map((p) => `${p.name}:${p.vlanId}`).sort()])).toEqual([
      ['er-Amsterdam', 'Amsterdam', ['AzurePrivatePeering:100', 'MicrosoftPeering:300']],
      ['er-London', 'London', ['AzurePrivatePeering:101']],
    ]);
    const amsterdam = inventory.circuits[0];
    expect(amsterdam.id).toBe('/subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/expressRouteCircuits/er-Amsterdam');
    // Both copies point at the declaration: the opening brace of the resource object.
    const declared = lineIn(er, /"type": "Microsoft\.Network\/expressRouteCircuits"/) - 1;
    expect(amsterdam.source).toEqual({ kind: 'arm', file: 'infra/er.json', line: declared, column: 5, deployment: 'infra/er.json' });
    expect(inventory.circuits[1].source).toEqual(amsterdam.source);
    // The nested peering points at its own declaration (inside the circuit's resources).
    const nested = amsterdam.peerings.find((p) => p.name === 'AzurePrivatePeering')!;
    expect(nested.source!.line).toBeGreaterThan(amsterdam.source!.line!);
  });

  it('pairs x.parameters.json with x.json, and an explicit parameter file with the one template in its folder', () => {
    const gw = (skuParam: string) =>
      template(
        [
          {
            type: 'Microsoft.Network/virtualNetworkGateways',
            apiVersion: '2023-09-01',
            name: "[parameters('name')]",
            location: 'westeurope',
            properties: { gatewayType: 'ExpressRoute', sku: { name: `[parameters('${skuParam}')]`, tier: `[parameters('${skuParam}')]` } },
          },
        ],
        { parameters: { name: { type: 'string', defaultValue: 'gw-default' }, [skuParam]: { type: 'string' } } },
      );
    const params = (values: Record<string, unknown>) => ({ $schema: PARAMS_SCHEMA, contentVersion: '1.0.0.0', parameters: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])) });
    const { output, errors } = loadTemplates([
      input('a/main.json', gw('sku')),
      input('a/main.parameters.json', params({ name: 'gw-a', sku: 'ErGw2AZ' }), 'arm-parameters'),
      input('b/gateway.json', gw('gatewaySku')),
      input('b/prod.json', params({ name: 'gw-b', gatewaySku: 'Standard' }), 'arm-parameters'),
      input('c/orphan.parameters.json', params({ x: 1 }), 'arm-parameters'),
    ]);
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.gateways.map((g) => `${g.name}=${g.skuName}`).sort()).toEqual(['gw-a=ErGw2AZ', 'gw-b=Standard']);
    expect(output.notices.join('\n')).toMatch(/c\/orphan\.parameters\.json: parameter file not used/);
  });

  it("uses a parameter file with the template its metadata.template names (PSRule for Azure's link), whatever the file names", () => {
    const gw = template(
      [{ type: 'Microsoft.Network/virtualNetworkGateways', apiVersion: '2023-09-01', name: "[parameters('name')]", location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: "[parameters('sku')]", tier: "[parameters('sku')]" } } }],
      { parameters: { name: { type: 'string' }, sku: { type: 'string' } } },
    );
    const linked = (template: string, values: Record<string, unknown>) => ({ $schema: PARAMS_SCHEMA, contentVersion: '1.0.0.0', metadata: { template }, parameters: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])) });
    const { output, errors } = loadTemplates([
      input('tests/Resources.Gateway.Template.json', gw),
      input('tests/Resources.Other.Template.json', template([])),
      input('tests/Resources.Gateway.Parameters.json', linked('./Resources.Gateway.Template.json', { name: 'gw-linked', sku: 'ErGw1AZ' }), 'arm-parameters'),
      input('deploy/prod.json', linked('~/tests/Resources.Gateway.Template.json', { name: 'gw-home', sku: 'ErGw2AZ' }), 'arm-parameters'),
      // Named, but not scanned: not used, and not paired by name or folder either.
      input('other/main.json', gw),
      input('other/main.parameters.json', linked('./elsewhere.json', { name: 'gw-never', sku: 'Standard' }), 'arm-parameters'),
    ]);
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.gateways.map((g) => `${g.name}=${g.skuName ?? '?'}`).sort()).toEqual(['gw-home=ErGw2AZ', 'gw-linked=ErGw1AZ', expect.stringMatching(/=\?$/)]);
    expect(output.notices.join('\n')).toMatch(/other\/main\.parameters\.json: parameter file not used: its metadata\.template names .*elsewhere\.json, which is not among the templates scanned/);
  });

  it('reports unresolvable values as unknown findings, never as compliant, and names the path', () => {
    const doc = template([
      {
        type: 'Microsoft.Network/virtualNetworkGateways',
        apiVersion: '2023-09-01',
        name: 'gw-runtime',
        location: '[resourceGroup().location]',
        properties: { gatewayType: 'ExpressRoute', sku: { name: "[reference('skuSource').sku]", tier: 'ErGw1AZ' } },
      },
    ]);
    const { output } = loadTemplates([input('t.json', doc)]);
    expect(output.raws[0].unresolved?.sort()).toEqual(['location', 'properties.sku.name']);
    expect(output.notices.join('\n')).toMatch(/2 values could not be resolved statically.*properties\.sku\.name/);
    const rules = loadRules().filter((r) => r.id === 'ERS-RED-004');
    const { inventory } = buildInventory(output.raws);
    const findings = runRules(inventory, rules).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0].status).toBe('unknown');
  });

  it('reads Bicep-built languageVersion 2.0 templates with inner-scoped module deployments', () => {
    const inner = template(
      {
        circuit: {
          type: 'Microsoft.Network/expressRouteCircuits',
          apiVersion: '2023-04-01',
          name: "[parameters('name')]",
          location: 'northeurope',
          sku: { name: "[format('{0}_{1}', parameters('tier'), 'MeteredData')]", tier: "[parameters('tier')]", family: 'MeteredData' },
          properties: {
            copy: [{ name: 'authorizations', count: "[length(parameters('auths'))]", input: { name: "[parameters('auths')[copyIndex('authorizations')]]" } }],
            serviceProviderProperties: { serviceProviderName: 'Colt', peeringLocation: 'Dublin', bandwidthInMbps: 1000 },
            peerings: "[if(parameters('peering'), createArray(createObject('name', 'AzurePrivatePeering', 'properties', createObject('peeringType', 'AzurePrivatePeering', 'sharedKey', parameters('sharedKey'), 'vlanId', 42))), null())]",
          },
        },
      },
      { languageVersion: '2.0', parameters: { name: { type: 'string' }, tier: { type: 'string', defaultValue: 'Standard' }, auths: { type: 'array', defaultValue: [] }, peering: { type: 'bool', defaultValue: false }, sharedKey: { type: 'securestring', defaultValue: '' } } },
    );
    const main = template(
      {
        mod: {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'circuit',
          resourceGroup: 'rg-connectivity',
          properties: {
            expressionEvaluationOptions: { scope: 'inner' },
            mode: 'Incremental',
            parameters: { name: { value: 'er-dub' }, tier: { value: 'Premium' }, auths: { value: ['a1', 'a2'] }, peering: { value: true }, sharedKey: { reference: { keyVault: { id: '/subscriptions/x/resourceGroups/y/providers/Microsoft.KeyVault/vaults/kv' }, secretName: 'md5' } } },
            template: inner,
          },
        },
      },
      { languageVersion: '2.0' },
    );
    const mainInput = input('main.json', main);
    const { output, errors } = loadTemplates([mainInput]);
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    const c = inventory.circuits[0];
    expect(c.id).toBe('/subscriptions/{subscription}/resourceGroups/rg-connectivity/providers/Microsoft.Network/expressRouteCircuits/er-dub');
    expect([c.skuName, c.tier, c.authorizations.map((a) => a.name)]).toEqual(['Premium_MeteredData', 'Premium', ['a1', 'a2']]);
    expect(c.peerings.map((p) => [p.name, p.vlanId, p.sharedKeyConfigured])).toEqual([['AzurePrivatePeering', 42, true]]);
    expect(c.source?.line).toBe(lineIn(mainInput, /^\s*"circuit": \{/)); // the symbolic name inside the module's template
  });

  it("keeps a module's resources in the resource group and subscription a parameter leaves open: never merged with its parent's, joined by ids built from the same parameters", () => {
    const circuit = (tier: string, classic: boolean) => ({
      type: 'Microsoft.Network/expressRouteCircuits',
      apiVersion: '2023-09-01',
      name: 'er-1',
      location: 'westeurope',
      sku: { name: `${tier}_MeteredData`, tier, family: 'MeteredData' },
      properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 }, allowClassicOperations: classic },
    });
    const doc = template(
      [
        circuit('Premium', false),
        {
          type: 'Microsoft.Network/connections',
          apiVersion: '2023-09-01',
          name: 'conn',
          location: 'westeurope',
          properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: "[resourceId('Microsoft.Network/virtualNetworkGateways', 'gw')]" }, peer: { id: "[resourceId(parameters('hubSub'), parameters('hubRg'), 'Microsoft.Network/expressRouteCircuits', 'er-1')]" } },
        },
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'hub',
          subscriptionId: "[parameters('hubSub')]",
          resourceGroup: "[parameters('hubRg')]",
          properties: { mode: 'Incremental', expressionEvaluationOptions: { scope: 'inner' }, template: template([circuit('Standard', true)]) },
        },
      ],
      { parameters: { hubSub: { type: 'string' }, hubRg: { type: 'string' } } },
    );
    const { output, errors } = loadTemplates([input('main.json', doc)]);
    expect(errors).toEqual([]);
    const { inventory, notices } = buildInventory(output.raws);
    expect(notices.join('\n')).not.toMatch(/duplicate/);
    expect(inventory.circuits.map((c) => c.tier).sort()).toEqual(['Premium', 'Standard']);
    const hub = inventory.circuits.find((c) => c.tier === 'Standard')!;
    expect(hub.id).toMatch(/^\/subscriptions\/unresolved:hubSub:[0-9a-f]{8}\/resourceGroups\/unresolved:hubRg:[0-9a-f]{8}\//);
    expect(inventory.connections[0].circuitKey).toBe(hub.key);
    expect(inventory.subscriptions).toEqual([]); // a stand-in is no subscription
    expect(runRules(inventory, loadRules().filter((r) => r.id === 'ERS-HYG-001')).findings.map((f) => f.resourceId)).toEqual([hub.id]);
  });

  it("resolves resourceId() and resourceGroup() in an outer-scoped module as its parent does, and deploys its resources to the module's resource group (Learn: scope-functions)", () => {
    const doc = template([
      { type: 'Microsoft.Network/virtualNetworkGateways', apiVersion: '2023-09-01', name: 'gw-hub', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } } },
      {
        type: 'Microsoft.Resources/deployments',
        apiVersion: '2022-09-01',
        name: 'circuits',
        resourceGroup: 'rg-circuits',
        properties: {
          mode: 'Incremental', // no expressionEvaluationOptions: outer, ARM's default
          template: template([
            { type: 'Microsoft.Network/expressRouteCircuits', apiVersion: '2023-09-01', name: 'er-ams', location: 'westeurope', sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' }, properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } } },
            {
              type: 'Microsoft.Network/connections',
              apiVersion: '2023-09-01',
              name: "[format('{0}-conn', resourceGroup().name)]",
              location: 'westeurope',
              properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: "[resourceId('Microsoft.Network/virtualNetworkGateways', 'gw-hub')]" }, peer: { id: "[resourceId('rg-circuits', 'Microsoft.Network/expressRouteCircuits', 'er-ams')]" } },
            },
          ]),
        },
      },
    ]);
    const { output, errors } = loadTemplates([input('main.json', doc)]);
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    const [c, g, conn] = [inventory.circuits[0], inventory.gateways[0], inventory.connections[0]];
    expect(c.id).toBe('/subscriptions/{subscription}/resourceGroups/rg-circuits/providers/Microsoft.Network/expressRouteCircuits/er-ams');
    expect(conn.id).toBe('/subscriptions/{subscription}/resourceGroups/rg-circuits/providers/Microsoft.Network/connections/{resourceGroup}-conn');
    expect([conn.gatewayKey, conn.circuitKey]).toEqual([g.key, c.key]);
  });

  it('prices a scale-unit gateway whose minimum a parameter leaves to a choice per choice (a range), never at its maximum or with "none configured"', () => {
    const min = "[if(equals(parameters('env'), 'prod'), 2, 1)]";
    const doc = template(
      [
        { type: 'Microsoft.Network/expressRouteGateways', apiVersion: '2023-09-01', name: 'ergw-vwan', location: 'westeurope', properties: { virtualHub: { id: "[resourceId('Microsoft.Network/virtualHubs', 'hub1')]" }, autoScaleConfiguration: { bounds: { min } } } },
        { type: 'Microsoft.Network/virtualNetworkGateways', apiVersion: '2023-09-01', name: 'gw-scale', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGwScale', tier: 'ErGwScale' }, autoScaleConfiguration: { bounds: { min, max: 4 } } } },
      ],
      { parameters: { env: { type: 'string', allowedValues: ['dev', 'prod'] } } },
    );
    const { output, errors } = loadTemplates([input('main.json', doc)]);
    expect(errors).toEqual([]);
    const { cost } = scanInventory(buildInventory(output.raws).inventory);
    const of = (name: string) => cost.otherCosts.find((o) => o.resourceName === name)!;
    for (const name of ['ergw-vwan', 'gw-scale']) {
      expect(of(name).monthlyUsd, name).toBeNull();
      expect(of(name).notes!.join('\n'), name).toMatch(/`minScaleUnits` is one of 1, 2 \(parameter `env`\): priced per value \(see the range\)/);
      expect(of(name).notes!.join('\n'), name).not.toMatch(/none configured|the configured minimum/);
    }
    // vWAN: 1 or 2 scale units; ErGwScale: 1 or 2 configured, 2 billed at least in both (never the maximum, 4)
    expect(of('ergw-vwan').monthlyUsdRange).toEqual({ min: 306.6, max: 613.2 });
    expect(of('gw-scale').monthlyUsdRange).toEqual({ min: 306.6, max: 306.6 });
  });

  it('counts a Global Reach child connection to a circuit a parameter leaves open, as the inline form does: a link whose peer is not known', () => {
    const doc = template(
      [
        {
          type: 'Microsoft.Network/expressRouteCircuits',
          apiVersion: '2023-09-01',
          name: 'er-std',
          location: 'westeurope',
          sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
          properties: {
            serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 },
            globalReachEnabled: true,
            peerings: [{ name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', peerASN: 65010, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }],
          },
        },
        {
          type: 'Microsoft.Network/expressRouteCircuits/peerings/connections',
          apiVersion: '2023-09-01',
          name: 'er-std/AzurePrivatePeering/gr-child',
          properties: { expressRouteCircuitPeering: { id: "[resourceId('Microsoft.Network/expressRouteCircuits/peerings', 'er-std', 'AzurePrivatePeering')]" }, peerExpressRouteCircuitPeering: { id: "[concat(parameters('peerCircuitId'), '/peerings/AzurePrivatePeering')]" }, addressPrefix: '10.2.0.0/29' },
        },
      ],
      { parameters: { peerCircuitId: { type: 'string' } } },
    );
    const { output, errors } = loadTemplates([input('main.json', doc)]);
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.circuits[0].peerings[0].globalReach.map((g) => [g.name, g.peerCircuitKey])).toEqual([['gr-child', undefined]]);
    const { findings } = scanInventory(inventory);
    // Global Reach is used (ERS-COST-004 has nothing to say); a Standard circuit's link to a circuit not known may cross a geopolitical border.
    expect(findings.filter((f) => f.ruleId === 'ERS-COST-004')).toEqual([]);
    const sku003 = findings.filter((f) => f.ruleId === 'ERS-SKU-003');
    expect(sku003.map((f) => f.status)).toEqual(['unknown']);
    expect(sku003[0].message).toMatch(/1 Global Reach connection\(s\) in these files.*undecided: the circuit Global Reach connection gr-child links to is not known/);
  });

  it('deploys the copies every allowed copy count deploys for sure, and the others on the counts that deploy them', () => {
    const doc = template(
      [
        {
          copy: { name: 'basic', count: "[parameters('n')]" },
          type: 'Microsoft.Network/expressRouteCircuits',
          apiVersion: '2023-09-01',
          name: "[format('er-x-{0}', copyIndex())]",
          location: 'westeurope',
          sku: { name: 'Basic_MeteredData', tier: 'Basic', family: 'MeteredData' },
          properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Paris', bandwidthInMbps: 1000 } },
        },
      ],
      { parameters: { n: { type: 'int', allowedValues: [1, 2] } } },
    );
    const { output, errors } = loadTemplates([input('main.json', doc)]);
    expect(errors).toEqual([]);
    expect(output.notices.join('\n')).not.toMatch(/copy count that cannot be resolved/);
    const { findings } = scanInventory(buildInventory(output.raws).inventory);
    const sku001 = findings.filter((f) => f.ruleId === 'ERS-SKU-001').map((f) => [f.resourceName, f.status]);
    expect(sku001).toEqual([
      ['er-x-0', undefined],
      ['er-x-1', 'unknown'],
    ]);
    expect(findings.find((f) => f.ruleId === 'ERS-SKU-001' && f.resourceName === 'er-x-1')!.message).toMatch(/fails when parameter `n` is 2/);
  });

  it('rejects a malformed template with the file, the JSON path and what was expected', () => {
    const { errors } = loadTemplates([input('bad.json', template([{ type: 'Microsoft.Network/expressRouteCircuits', name: "[concat('a']" }]))]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^bad\.json: at \$\.resources\[0\]\.name: expected a valid template expression/);
    const undeclared = loadTemplates([input('p.json', template([{ type: 'Microsoft.Network/expressRouteCircuits', name: "[parameters('missing')]" }]))]);
    expect(undeclared.errors[0].message).toMatch(/at \$\.resources\[0\]\.name: expected a parameter named "missing"/);
    const tooMany = loadTemplates([input('c.json', template([{ type: 'Microsoft.Network/expressRouteCircuits', name: 'x', copy: { name: 'l', count: 801 } }]))]);
    expect(tooMany.errors[0].message).toMatch(/copy\.count: expected at most 800 copies/);
  });

  it('never echoes secret values in notices or errors', () => {
    const secret = 'Sup3rSecretMd5Key!';
    const doc = template(
      [
        {
          type: 'Microsoft.Network/expressRouteCircuits/peerings',
          name: 'c1/AzurePrivatePeering',
          properties: { peeringType: 'AzurePrivatePeering', sharedKey: "[parameters('key')]", vlanId: "[reference('x').vlan]" },
        },
        { type: 'Microsoft.Network/connections', name: 'conn', properties: { connectionType: 'ExpressRoute', authorizationKey: "[parameters('key')]", peer: { id: "[parameters('nope')]" } } },
      ],
      { parameters: { key: { type: 'securestring', defaultValue: secret } } },
    );
    const { output, errors } = loadTemplates([input('s.json', doc)]);
    const text = JSON.stringify({ notices: output.notices, errors: errors.map((e) => e.message), gaps: output.gaps });
    expect(text).not.toContain(secret);
    const { inventory } = buildInventory(output.raws);
    expect(JSON.stringify([...inventory.byKey.values()])).not.toContain(secret);
  });
});

describe('a declared value of the wrong type', () => {
  // It would read as "not set" and give a false finding (ERS-SKU-010: "bandwidthMbps (not set)").
  it('leaves the resource out and names the file, its line, the path and the type expected; the rest is read', () => {
    const circuit = (name: string, bandwidth: unknown) => ({
      type: 'Microsoft.Network/expressRouteCircuits',
      apiVersion: '2024-05-01',
      name,
      location: 'westeurope',
      sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
      properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: bandwidth } },
    });
    const doc = { $schema: TEMPLATE_SCHEMA, contentVersion: '1.0.0.0', resources: [circuit('er-bad', 'abc'), circuit('er-text', '1000'), circuit('er-good', 1000)] };
    const { output, errors } = loadTemplates([input('infra/azuredeploy.json', doc)]);
    expect(errors.map((e) => e.message)).toEqual([
      'infra/azuredeploy.json:5:5: at $.properties.serviceProviderProperties.bandwidthInMbps: expected a number from 0 to 9007199254740991, found "abc"; resource er-bad is not read',
    ]);
    // A number written as text deploys (ARM reads it as the number), and reads as one here too.
    expect(buildInventory(output.raws).inventory.circuits.map((c) => [c.name, c.bandwidthMbps])).toEqual([
      ['er-good', 1000],
      ['er-text', 1000],
    ]);
  });
});

describe('parameter values ARM would refuse (Learn: templates/parameters, parameter-files, definitions)', () => {
  const circuit = (extra: Record<string, unknown> = {}) =>
    template(
      [
        {
          type: 'Microsoft.Network/expressRouteCircuits',
          apiVersion: '2023-09-01',
          name: "[parameters('circuitName')]",
          location: 'westeurope',
          sku: { name: "[format('{0}_MeteredData', parameters('circuitTier'))]", tier: "[parameters('circuitTier')]", family: 'MeteredData' },
          properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: "[parameters('bandwidthInMbps')]" } },
        },
      ],
      {
        parameters: {
          circuitName: { type: 'string', minLength: 3, maxLength: 20 },
          circuitTier: { type: 'string', defaultValue: 'Standard', allowedValues: ['Standard', 'Premium'] },
          bandwidthInMbps: { type: 'int', defaultValue: 1000, minValue: 50, maxValue: 10000 },
          allowClassic: { type: 'bool', defaultValue: false },
          adminKey: { type: 'securestring', minLength: 8, defaultValue: 'a-long-enough-key' },
        },
        ...extra,
      },
    );
  const params = (values: Record<string, unknown>) => ({ $schema: PARAMS_SCHEMA, contentVersion: '1.0.0.0', parameters: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])) });
  const scan = (doc: unknown, values: Record<string, unknown>) => loadTemplates([input('infra/main.json', doc), input('infra/main.parameters.json', params(values), 'arm-parameters')]);

  it.each([
    ['a value not among allowedValues', { circuitTier: 'Local' }, '$.parameters.circuitTier.value', /expected one of the allowed values \("Standard", "Premium"\) for parameter circuitTier of main\.json .*found the string "Local"/],
    ['a string for an int', { bandwidthInMbps: '1000' }, '$.parameters.bandwidthInMbps.value', /expected an integer \(type int\).*found the string "1000"/],
    ['a number for a bool', { allowClassic: 1 }, '$.parameters.allowClassic.value', /expected true or false \(type bool\).*found the number 1/],
    ['an object for a string', { circuitName: { a: 1 } }, '$.parameters.circuitName.value', /expected a string \(type string\).*found an object/],
    ['an int above maxValue', { bandwidthInMbps: 100000 }, '$.parameters.bandwidthInMbps.value', /expected at most 10000 \(maxValue\).*found the number 100000/],
    ['a string below minLength', { circuitName: 'e' }, '$.parameters.circuitName.value', /expected at least 3 characters \(minLength\).*found the string "e" \(1 character\)/],
    ['a parameter the template does not declare', { circuitSku: 'Premium' }, '$.parameters.circuitSku', /expected only parameters that main\.json declares \(circuitName, circuitTier, .*\): ARM refuses a parameter file that names others/],
  ])('%s: the deployment is not scanned; exit 2 names the parameter file, the path and what is expected', (_what, values, path, message) => {
    const { output, errors } = scan(circuit(), { circuitName: 'er-ams', ...values });
    expect(output.raws).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe('infra/main.parameters.json');
    expect(errors[0].jsonPath).toBe(path);
    expect(errors[0].message).toMatch(message);
  });

  it('never prints a secure value it refuses', () => {
    const { errors } = scan(circuit(), { circuitName: 'er-ams', adminKey: 'Sh0rt' });
    expect(errors[0].message).toMatch(/at \$\.parameters\.adminKey\.value: expected at least 8 characters \(minLength\).*found a string \(5 characters\)/);
    expect(errors[0].message).not.toContain('Sh0rt');
  });

  it('scans a value that matches an allowed value only in letter case as given, and says ARM may refuse it (Learn does not say)', () => {
    const { output, errors } = scan(circuit(), { circuitName: 'er-ams', circuitTier: 'premium' });
    expect(errors).toEqual([]);
    expect(buildInventory(output.raws).inventory.circuits[0].tier).toBe('premium');
    expect(output.notices.join('\n')).toMatch(/main\.parameters\.json: parameter circuitTier \(\$\.parameters\.circuitTier\.value\) is the string "premium", which matches its allowed value "Premium" only if letter case is ignored; Microsoft Learn does not say whether ARM's allowed-values check ignores case, so ARM may refuse this deployment/);
  });

  it('scans a default that breaks its own constraints as written, and says so', () => {
    const doc = circuit();
    (doc as unknown as { parameters: Record<string, Record<string, unknown>> }).parameters.bandwidthInMbps.defaultValue = 20000;
    const { output, errors } = scan(doc, { circuitName: 'er-ams' });
    expect(errors).toEqual([]);
    expect(buildInventory(output.raws).inventory.circuits[0].bandwidthMbps).toBe(20000);
    expect(output.notices.join('\n')).toMatch(/main\.json: parameter bandwidthInMbps's default at \$\.parameters\.bandwidthInMbps\.defaultValue is the number 20000; its declaration expects at most 10000 \(maxValue\)\. Microsoft Learn does not say whether ARM checks a default/);
  });

  it('leaves a required parameter without a value unknown, and reads Key Vault references as set, never checked or read', () => {
    const kv = { $schema: PARAMS_SCHEMA, contentVersion: '1.0.0.0', parameters: { adminKey: { reference: { keyVault: { id: '/subscriptions/x/resourceGroups/r/providers/Microsoft.KeyVault/vaults/v' }, secretName: 's' } } } };
    const { output, errors } = loadTemplates([input('infra/main.json', circuit()), input('infra/main.parameters.json', kv, 'arm-parameters')]);
    expect(errors).toEqual([]);
    expect(output.notices.join('\n')).toMatch(/comes from parameter `circuitName`, which has no value here/);
  });

  it('reads a Key Vault reference given to a parameter that is not secure as a value not known here, never as the text "[redacted]"', () => {
    const ref = { reference: { keyVault: { id: '/subscriptions/x/resourceGroups/r/providers/Microsoft.KeyVault/vaults/v' }, secretName: 's' } };
    const kv = { $schema: PARAMS_SCHEMA, contentVersion: '1.0.0.0', parameters: { circuitName: ref, bandwidthInMbps: ref } };
    const { output, errors } = loadTemplates([input('infra/main.json', circuit()), input('infra/main.parameters.json', kv, 'arm-parameters')]);
    expect(errors).toEqual([]);
    const { inventory, gaps } = buildInventory(output.raws);
    expect(gaps).toEqual([]);
    const c = inventory.circuits[0];
    expect([c.name, c.bandwidthMbps]).toEqual(['‹circuitName›', undefined]);
    expect(JSON.stringify([...inventory.byKey.values()])).not.toContain('[redacted]');
    expect(output.notices.join('\n')).toMatch(/properties\.serviceProviderProperties\.bandwidthInMbps: comes from parameter `bandwidthInMbps`, given by a Key Vault reference whose value erscan never reads/);
  });

  it('leaves a parameter given null that is not nullable unknown, saying why (Learn does not say what ARM deploys then)', () => {
    const { output, errors } = scan(circuit(), { circuitName: 'er-ams', bandwidthInMbps: null });
    expect(errors).toEqual([]);
    const c = buildInventory(output.raws).inventory.circuits[0];
    expect(c.bandwidthMbps).toBeUndefined();
    expect(output.notices.join('\n')).toMatch(/comes from parameter `bandwidthInMbps`, which is given null here but is not nullable \(Microsoft Learn does not say what ARM deploys then\)/);
  });

  it('checks user-defined types: allowedValues in a definition, required and extra properties, nullable', () => {
    const definitions = {
      tierType: { type: 'string', allowedValues: ['Standard', 'Premium'] },
      skuType: { type: 'object', properties: { tier: { $ref: '#/definitions/tierType' }, family: { type: 'string', nullable: true } }, additionalProperties: false },
    };
    const doc = template(
      [
        {
          type: 'Microsoft.Network/expressRouteCircuits',
          apiVersion: '2023-09-01',
          name: 'er-udt',
          location: 'westeurope',
          sku: { name: "[format('{0}_MeteredData', parameters('sku').tier)]", tier: "[parameters('sku').tier]", family: 'MeteredData' },
          properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } },
        },
      ],
      { languageVersion: '2.0', definitions, parameters: { sku: { $ref: '#/definitions/skuType', metadata: { description: 'SKU' } }, tier2: { $ref: '#/definitions/tierType', nullable: true } } },
    );
    const refused = (values: Record<string, unknown>) => scan(doc, values).errors.map((e) => `${e.jsonPath}: ${e.expected}`);
    expect(refused({ sku: { tier: 'Premium' }, tier2: null })).toEqual([]);
    expect(refused({ sku: { tier: 'Local' } })).toEqual([expect.stringMatching(/^\$\.parameters\.sku\.value\.tier: one of the allowed values \("Standard", "Premium"\)/)]);
    expect(refused({ sku: { family: 'MeteredData' } })).toEqual([expect.stringMatching(/^\$\.parameters\.sku\.value\.tier: a value \(the property is required by its type\)/)]);
    expect(refused({ sku: { tier: 'Standard', name: 'x' } })).toEqual([expect.stringMatching(/^\$\.parameters\.sku\.value\.name: no property beyond "tier", "family" \(additionalProperties: false\)/)]);
    expect(refused({ sku: { tier: 'Standard' }, tier2: 'Basic' })).toEqual([expect.stringMatching(/^\$\.parameters\.tier2\.value: one of the allowed values/)]);
  });

  it('refuses one parameter file and still scans the template with another', () => {
    const { output, errors } = loadTemplates([
      input('infra/main.json', circuit()),
      input('infra/main.bad.parameters.json', params({ circuitName: 'er-bad', circuitTier: 'Local' }), 'arm-parameters'),
      input('infra/main.good.parameters.json', params({ circuitName: 'er-good' }), 'arm-parameters'),
    ]);
    expect(errors.map((e) => e.file)).toEqual(['infra/main.bad.parameters.json']);
    expect(buildInventory(output.raws).inventory.circuits.map((c) => c.name)).toEqual(['er-good']);
  });

  // A nested deployment (inner scope, as Bicep modules compile) gives its template parameter values as a parameter
  // file does, and ARM checks them the same way. They were used as given: "Local" outside allowedValues failed
  // ERS-SKU-005 on a circuit ARM would never deploy, and the string "1000" was read as a bandwidth.
  const nested = (values: Record<string, unknown>) =>
    template([
      {
        type: 'Microsoft.Resources/deployments',
        apiVersion: '2022-09-01',
        name: 'er',
        properties: {
          mode: 'Incremental',
          expressionEvaluationOptions: { scope: 'inner' },
          parameters: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])),
          template: circuit(),
        },
      },
    ], { parameters: { outerTier: { type: 'string', defaultValue: 'Local' }, outerName: { type: 'string' } } });

  it.each([
    ['a value not among allowedValues', { circuitTier: 'Local' }, '$.resources[0].properties.parameters.circuitTier.value', /expected one of the allowed values \("Standard", "Premium"\) for parameter circuitTier .*found the string "Local"/],
    ['a value an expression makes, not among allowedValues', { circuitTier: "[parameters('outerTier')]" }, '$.resources[0].properties.parameters.circuitTier.value', /expected one of the allowed values .*found the string "Local"/],
    ['a string for an int', { bandwidthInMbps: '1000' }, '$.resources[0].properties.parameters.bandwidthInMbps.value', /expected an integer \(type int\).*found the string "1000"/],
    ['a parameter its template does not declare', { circuitSku: 'Premium' }, '$.resources[0].properties.parameters.circuitSku', /expected only parameters that .* declares/],
  ])('in a nested deployment, %s: the template is refused (exit 2), naming the path', (_what, values, path, message) => {
    const { output, errors } = scan(nested({ circuitName: 'er-ams', ...values }), {});
    expect(output.raws).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe('infra/main.json');
    expect(errors[0].jsonPath).toBe(path);
    expect(errors[0].message).toMatch(message);
  });

  it('in a nested deployment, a value not known here (a parameter without one) is not judged, and good values are scanned', () => {
    const { output, errors } = scan(nested({ circuitName: "[parameters('outerName')]", circuitTier: 'Premium', bandwidthInMbps: 2000 }), {});
    expect(errors).toEqual([]);
    expect(buildInventory(output.raws).inventory.circuits.map((c) => [c.tier, c.bandwidthMbps])).toEqual([['Premium', 2000]]);
  });
});

describe('parts of a deployment erscan does not read are coverage gaps', () => {
  const circuit = { type: 'Microsoft.Network/expressRouteCircuits', apiVersion: '2023-09-01', name: 'er-1', location: 'westeurope', sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' }, properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } } };
  it('a linked template (templateLink): what it deploys is not checked, so coverage is not complete; the rest is scanned', () => {
    const linked = { type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name: 'hub', properties: { mode: 'Incremental', templateLink: { uri: 'https://example.org/hub.json' } } };
    const { output, errors } = loadTemplates([input('main.json', template([circuit, linked]))]);
    expect(errors).toEqual([]);
    expect(output.raws.map((r) => r.row.name)).toEqual(['er-1']);
    expect(output.gaps).toEqual([{ scope: 'main.json: $.resources[1]', reason: expect.stringMatching(/^a nested deployment that links to another template \(templateLink\), which erscan does not read: what it deploys is not checked/) }]);
  });
});
