import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import type { Circuit } from '../../src/inventory/model.js';
import { worldsOf } from '../../src/inventory/worlds.js';
import { evaluate3, readField } from '../../src/rules/conditions.js';
import { testRule } from '../../src/rules/fixtures.js';
import { loadRules } from '../../src/rules/loader.js';
import type { Condition } from '../../src/rules/model.js';
import { evaluateString, Possible, Unknown, type EvalContext, type Value } from '../../src/sources/template/arm/evaluate.js';
import { loadTemplates } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';
import { tempDir } from '../helpers/cli.js';

describe('Kleene conditions', () => {
  const r = { name: 'er1', tier: 'Local', unknown: { bandwidthMbps: '`bandwidthMbps` comes from parameter `bw`, which has no value here' }, connectionKeys: ['c1'], partial: { connectionKeys: '`connectionKeys` lists only what these files declare' } };
  const t = (c: Condition) => evaluate3(c, r).value;
  const bw: Condition = { field: 'bandwidthMbps', greaterOrEquals: 1000 };

  it.each<[string, Condition, boolean | undefined]>([
    ['a leaf on an unknown field is unknown', bw, undefined],
    ['even one that a missing value would satisfy', { field: 'bandwidthMbps', notIn: [1] }, undefined],
    ['allOf with one false operand is false', { allOf: [bw, { field: 'tier', equals: 'Standard' }] }, false],
    ['allOf with unknown and true is unknown', { allOf: [bw, { field: 'tier', equals: 'Local' }] }, undefined],
    ['anyOf with one true operand is true', { anyOf: [bw, { field: 'tier', equals: 'Local' }] }, true],
    ['anyOf with unknown and false is unknown', { anyOf: [bw, { field: 'tier', equals: 'Standard' }] }, undefined],
    ['not unknown is unknown', { not: bw }, undefined],
    ['not false is true', { not: { field: 'tier', equals: 'Standard' } }, true],
    ['a partial list that already reaches a lower bound is decided', { field: 'connectionKeys', count: { greaterOrEquals: 1 } }, true],
    ['a partial list that does not reach it yet is not', { field: 'connectionKeys', count: { greaterOrEquals: 2 } }, undefined],
    ['a partial list already over an upper bound fails', { field: 'connectionKeys', count: { lessOrEquals: 0 } }, false],
  ])('%s', (_l, c, want) => {
    expect(t(c)).toBe(want);
  });

  it('says which field is undecided and why', () => {
    expect(evaluate3({ allOf: [{ field: 'tier', equals: 'Local' }, bw] }, r).unknown).toEqual({ field: 'bandwidthMbps', reason: r.unknown.bandwidthMbps });
  });

  it('reads a child resource through its own facts', () => {
    const port = { links: [{ unknown: { 'macsec.cipher': 'why' }, macsec: { cipher: undefined } }] };
    expect(readField(port, 'links.0.macsec.cipher')).toEqual({ unknown: 'why' });
    expect(readField(port, 'links.1.macsec.cipher')).toEqual({ value: undefined });
  });
});

const ctx = (params: Record<string, Value>): EvalContext => ({
  scope: { subscriptionId: '{subscription}', resourceGroup: '{resourceGroup}' },
  parameter: (n) => params[n] ?? new Unknown(`parameter ${n} has no value`, n),
  variable: () => new Unknown('no variables'),
  copyIndex: () => 0,
});
const tier = new Possible(
  ['Local', 'Standard'].map((v) => ({ when: { t: v }, value: v })),
  [{ key: 't', label: 'parameter `tier`', values: ['Local', 'Standard'] }],
);

describe('possible values in template expressions', () => {
  it('follow functions case by case and stay tied to their choice', () => {
    const v = evaluateString("[format('{0}_{1}', parameters('tier'), if(equals(parameters('tier'), 'Local'), 'UnlimitedData', 'MeteredData'))]", ctx({ tier }));
    expect(v).toBeInstanceOf(Possible);
    expect((v as Possible).cases).toEqual([
      { when: { t: 'Local' }, value: 'Local_UnlimitedData' },
      { when: { t: 'Standard' }, value: 'Standard_MeteredData' },
    ]);
  });

  it('collapse to a plain value when every case agrees', () => {
    expect(evaluateString("[length(parameters('tier'))]", ctx({ tier }))).toBeInstanceOf(Possible);
    expect(evaluateString("[if(equals(parameters('tier'), 'Local'), 1, 1)]", ctx({ tier }))).toBe(1);
  });

  it('an if() whose condition is undecidable but whose branches are known is one of them', () => {
    const v = evaluateString("[if(equals(reference('x').kind, 'a'), 'ErGw1AZ', 'ErGw2AZ')]", ctx({}));
    expect(v).toBeInstanceOf(Possible);
    expect((v as Possible).cases.map((c) => c.value)).toEqual(['ErGw1AZ', 'ErGw2AZ']);
    expect((v as Possible).choices[0].label).toMatch(/^the condition of an if\(\) \(reference\(\) is evaluated only at deployment time\)$/);
    // With an unknown branch it stays unknown.
    expect(evaluateString("[if(equals(reference('x').kind, 'a'), parameters('nope'), 'ErGw2AZ')]", ctx({}))).toBeInstanceOf(Unknown);
  });

  it('names and ids built from a parameter without a value share one stand-in, so resources still join', () => {
    const name = evaluateString("[parameters('name')]", { ...ctx({}), parameter: (n) => new Unknown('no value', n, 'unresolved-abc') });
    expect(name).toEqual(new Unknown('no value', 'name', 'unresolved-abc'));
    const id = evaluateString("[resourceId('Microsoft.Network/expressRouteCircuits', parameters('name'))]", { ...ctx({}), parameter: (n) => new Unknown('no value', n, 'unresolved-abc') });
    expect((id as Unknown).symbol).toBe('/subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/expressRouteCircuits/unresolved-abc');
    // …but never leak into values: a length or a member read has no stand-in.
    expect((evaluateString("[length(parameters('name'))]", { ...ctx({}), parameter: (n) => new Unknown('no value', n, 'unresolved-abc') }) as Unknown).symbol).toBeUndefined();
  });
});

const TEMPLATE = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
function loadTemplate(doc: unknown, file = 'main.json', parameters?: Record<string, unknown>): RawResource[] {
  const inputs: Parameters<typeof loadTemplates>[0] = [{ file, parsed: parseJson(file, JSON.stringify(doc, null, 2), true), format: 'arm-template' }];
  if (parameters) {
    const pf = file.replace(/\.json$/, '.parameters.json');
    const pdoc = { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', contentVersion: '1.0.0.0', parameters };
    inputs.push({ file: pf, parsed: parseJson(pf, JSON.stringify(pdoc, null, 2), true), format: 'arm-parameters' });
  }
  const { output, errors } = loadTemplates(inputs);
  expect(errors).toEqual([]);
  return output.raws;
}

describe('parameters without a value', () => {
  const doc = (parameters: Record<string, unknown>, value: string) => ({
    $schema: TEMPLATE,
    contentVersion: '1.0.0.0',
    parameters,
    resources: [{ type: 'Microsoft.Network/expressRouteCircuits', apiVersion: '2024-05-01', name: 'er', location: 'westeurope', properties: { globalReachEnabled: value } }],
  });

  it('nullable → null where a parameter file leaves it out, unknown without one; allowedValues and bool → possible; else unknown with the parameter named', () => {
    // A parameter file (or a parent deployment) that does not give it deploys null.
    expect(loadTemplate(doc({ x: { type: 'bool', nullable: true } }, "[parameters('x')]"), 'main.json', {})[0].row.properties).toEqual({ globalReachEnabled: null });
    // Scanned on its own, the deployment supplies it (or not): not known, never assumed left out.
    const n = loadTemplate(doc({ x: { type: 'bool', nullable: true } }, "[parameters('x')]"))[0];
    expect(n.reasons).toEqual({ 'properties.globalReachEnabled': 'comes from parameter `x`, which has no value here (it is supplied at deployment; null if omitted)' });
    // Nullable through its type definition (`$ref`), as Bicep emits user-defined types.
    const r = loadTemplate({ ...doc({ x: { $ref: '#/definitions/t' } }, "[parameters('x')]"), definitions: { t: { type: 'bool', nullable: true } } })[0];
    expect(r.reasons).toEqual({ 'properties.globalReachEnabled': 'comes from parameter `x`, which has no value here (it is supplied at deployment; null if omitted)' });
    const b = loadTemplate(doc({ x: { type: 'bool' } }, "[parameters('x')]"))[0];
    expect(b.possible?.['properties.globalReachEnabled'].cases.map((c) => c.value)).toEqual([true, false]);
    const a = loadTemplate(doc({ x: { type: 'string', allowedValues: ['true'] } }, "[parameters('x')]"))[0];
    expect(a.row.properties).toEqual({ globalReachEnabled: 'true' }); // one allowed value is the value
    const u = loadTemplate(doc({ x: { type: 'string' } }, "[parameters('x')]"))[0];
    expect(u.reasons).toEqual({ 'properties.globalReachEnabled': 'comes from parameter `x`, which has no value here' });
  });

  it('a nested deployment (a module) whose parent leaves a nullable parameter out deploys null, with or without a parameter file', () => {
    const inner = doc({ x: { type: 'bool', nullable: true } }, "[parameters('x')]");
    const outer = {
      $schema: TEMPLATE,
      contentVersion: '1.0.0.0',
      resources: [{ type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name: 'mod', properties: { mode: 'Incremental', expressionEvaluationOptions: { scope: 'inner' }, parameters: {}, template: inner } }],
    };
    const circuit = loadTemplate(outer).find((r) => String(r.row.type).toLowerCase() === 'microsoft.network/expressroutecircuits')!;
    expect([circuit.row.properties, circuit.reasons]).toEqual([{ globalReachEnabled: null }, undefined]);
  });

  it('a default applies when no parameter file gives a value', () => {
    expect(loadTemplate(doc({ x: { type: 'bool', defaultValue: true, allowedValues: [true, false] } }, "[parameters('x')]"))[0].row.properties).toEqual({ globalReachEnabled: true });
  });
});

describe('possible worlds by template choice', () => {
  it('pairs only the values the template can produce together', () => {
    const raws = loadTemplate({
      $schema: TEMPLATE,
      contentVersion: '1.0.0.0',
      parameters: { tier: { type: 'string', allowedValues: ['Local', 'Standard', 'Premium'] }, family: { type: 'string', allowedValues: ['MeteredData', 'UnlimitedData'] } },
      resources: [
        {
          type: 'Microsoft.Network/expressRouteCircuits',
          apiVersion: '2024-05-01',
          name: 'er',
          location: 'westeurope',
          sku: { tier: "[parameters('tier')]", family: "[if(equals(parameters('tier'), 'Local'), 'UnlimitedData', parameters('family'))]" },
          properties: {},
        },
      ],
    });
    const { inventory } = buildInventory(raws);
    const worlds = worldsOf(inventory)!;
    expect(worlds).toHaveLength(6); // tier × family, as choices
    const pairs = new Set(worlds.map((w) => `${(w.inventory.circuits[0] as Circuit).tier}/${(w.inventory.circuits[0] as Circuit).billingModel}`));
    expect([...pairs].sort()).toEqual(['Local/UnlimitedData', 'Premium/MeteredData', 'Premium/UnlimitedData', 'Standard/MeteredData', 'Standard/UnlimitedData']);
    expect(worlds[0].assignment.map((a) => a.label).sort()).toEqual(['parameter `family`', 'parameter `tier`']);
  });

  it('drops a resource from the worlds where it is not deployed or not an ExpressRoute gateway', () => {
    const raws = loadTemplate({
      $schema: TEMPLATE,
      contentVersion: '1.0.0.0',
      parameters: { deploy: { type: 'bool' }, kind: { type: 'string', allowedValues: ['Vpn', 'ExpressRoute'] } },
      resources: [
        { condition: "[parameters('deploy')]", type: 'Microsoft.Network/expressRouteCircuits', apiVersion: '2024-05-01', name: 'er', location: 'westeurope', properties: {} },
        { type: 'Microsoft.Network/virtualNetworkGateways', apiVersion: '2024-05-01', name: 'gw', location: 'westeurope', properties: { gatewayType: "[parameters('kind')]" } },
      ],
    });
    const { inventory } = buildInventory(raws);
    expect(inventory.circuits[0].possible?.deployed).toEqual({ values: [true, false], from: 'parameter `deploy`' });
    const shapes = worldsOf(inventory)!.map((w) => `${w.inventory.circuits.length}c${w.inventory.gateways.length}g`);
    expect(shapes.sort()).toEqual(['0c0g', '0c1g', '1c0g', '1c1g']);
  });
});

describe('the rule fixture runner', () => {
  function ruleFolder(fixtures: string, message = 'Circuit {name} has billing model {billingModel}; expected {expected}.'): string {
    const dir = join(tempDir('erscan-fixtures-'), 'rules');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'XR-001.yaml'),
      [
        'id: XR-001',
        'name: local-unlimited',
        'title: Local circuits are Unlimited',
        'category: sku',
        'severity: high',
        'pillar: cost-optimization',
        'tags: [circuit]',
        'resource: circuit',
        'where: { field: tier, equals: Local }',
        'assert: { field: billingModel, equals: UnlimitedData }',
        `message: "${message}"`,
        'expected: UnlimitedData',
        'remediation: Use UnlimitedData.',
        'links: [https://learn.microsoft.com/azure/expressroute/expressroute-faqs]',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'XR-001.md'), '# XR-001\n\n## Why\nLocal is Unlimited only.\n');
    writeFileSync(join(dir, 'XR-001.fixtures.yaml'), fixtures);
    return dir;
  }
  const template = (params: Record<string, unknown>, family: string) =>
    JSON.stringify({
      $schema: TEMPLATE,
      contentVersion: '1.0.0.0',
      parameters: params,
      resources: [{ type: 'Microsoft.Network/expressRouteCircuits', apiVersion: '2024-05-01', name: 'er-fixture', location: 'westeurope', sku: { tier: "[parameters('tier')]", family }, properties: {} }],
    });

  it('runs template cases through the template loader with expected status and message', () => {
    const dir = ruleFolder(
      [
        'pass:',
        `  - name: never Local`,
        `    template: ${template({ tier: { type: 'string', allowedValues: ['Standard', 'Premium'] } }, 'MeteredData')}`,
        `  - name: Local given by the parameter file, Unlimited`,
        `    template: ${template({ tier: { type: 'string' } }, 'UnlimitedData')}`,
        '    parameters: { tier: Local }',
        'fail:',
        `  - name: Local is one allowed value`,
        `    template: ${template({ tier: { type: 'string', allowedValues: ['Local', 'Standard'] } }, 'MeteredData')}`,
        '    status: unknown',
        '    message: "fails when parameter `tier` is Local"',
        `  - name: Local by the parameter file`,
        `    template: ${template({ tier: { type: 'string' } }, 'MeteredData')}`,
        '    parameters: { tier: Local }',
        '    status: fail',
        '    expect: [er-fixture]',
        '    message: "has billing model MeteredData"',
      ].join('\n'),
    );
    const [rule] = loadRules([dir], false);
    expect(testRule(rule)).toMatchObject({ cases: 4, problems: [] });
  });

  it('reports a wrong status or message, and leftover placeholder braces', () => {
    const dir = ruleFolder(
      ['pass: [{ name: none, resources: [] }]', 'fail:', `  - name: Local is one allowed value`, `    template: ${template({ tier: { type: 'string', allowedValues: ['Local', 'Standard'] } }, 'MeteredData')}`, '    status: fail', '    message: "for every allowed value"'].join('\n'),
    );
    const problems = testRule(loadRules([dir], false)[0]).problems;
    expect(problems).toEqual([expect.stringMatching(/expected status fail, got unknown/), expect.stringMatching(/expected the message to contain "for every allowed value"/)]);
    const braces = ruleFolder(['pass: [{ name: none, resources: [] }]', 'fail:', '  - name: metered Local', `    template: ${template({ tier: { type: 'string', defaultValue: 'Local' } }, 'MeteredData')}`].join('\n'), 'Circuit {{name}} is metered.');
    expect(testRule(loadRules([braces], false)[0]).problems).toEqual([expect.stringMatching(/leftover placeholder brace: Circuit \{er-fixture\} is metered/)]);
  });
});

describe('the same live resource read twice with different values', () => {
  const circuit = (file: string, tier: string, vlanId: number): RawResource => ({
    source: { kind: 'graph', file },
    row: {
      id: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er1',
      name: 'er1',
      type: 'Microsoft.Network/expressRouteCircuits',
      location: 'westeurope',
      sku: { name: `${tier}_MeteredData`, tier, family: 'MeteredData' },
      properties: {
        serviceProviderProvisioningState: 'Provisioned',
        serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 },
        authorizations: [],
        allowClassicOperations: false,
        peerings: [{ name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', peerASN: 65001, vlanId, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }],
      },
    },
  });

  it('leaves the fields they disagree on unknown, with both values, and says so; fields they agree on (case aside) are kept', () => {
    const { inventory, notices } = buildInventory([circuit('old.json', 'Standard', 100), circuit('new.json', 'premium', 100)]);
    const c = inventory.circuits[0];
    expect(c.tier).toBeUndefined();
    expect(c.unknown?.tier).toBe('`tier`: the inputs disagree ("Standard" in old.json, "premium" in new.json), so which is current is not known');
    expect(c.peeringLocation).toBe('Amsterdam');
    expect(c.peerings[0].vlanId).toBe(100);
    expect(notices.find((n) => /read more than once with different values/.test(n))).toMatch(/^1 resource is read more than once with different values \(er1: skuName, tier\)/);
    // The merge notice does not say the first read is scanned as it is.
    expect(notices.find((n) => /duplicate resource merged/.test(n))).toMatch(/the first declaration is scanned, less the values the declarations disagree on \(below\)$/);
    // A case-only difference is none.
    const same = buildInventory([circuit('a.json', 'Standard', 100), circuit('b.json', 'standard', 100)]);
    expect(same.inventory.circuits[0].unknown).toBeUndefined();
    expect(same.notices.some((n) => /different values/.test(n))).toBe(false);
    expect(same.notices.find((n) => /duplicate resource merged/.test(n))).toMatch(/the first declaration is scanned$/);
  });

  it('compares the peerings the two reads share', () => {
    const { inventory, notices } = buildInventory([circuit('old.json', 'Standard', 100), circuit('new.json', 'Standard', 200)]);
    const p = inventory.circuits[0].peerings[0];
    expect(p.vlanId).toBeUndefined();
    expect(p.unknown?.vlanId).toMatch(/^`vlanId`: the inputs disagree \(100 in old\.json, 200 in new\.json\)/);
    expect(notices.join('\n')).toMatch(/er1: AzurePrivatePeering\.vlanId/);
  });

  it('a tenantId, subscriptionId or resourceGroup column one export did not project is no disagreement: the other read gives it', () => {
    const withScope = circuit('tenant.json', 'Standard', 100);
    withScope.row = { ...withScope.row, tenantId: 'aaaaaaaa-0000-4000-8000-00000000000a', subscriptionId: '00000000-0000-0000-0000-000000000001', resourceGroup: 'rg' };
    for (const rows of [[circuit('lighthouse.json', 'Standard', 100), withScope], [withScope, circuit('lighthouse.json', 'Standard', 100)]]) {
      const { inventory, notices } = buildInventory(rows);
      const c = inventory.circuits[0];
      expect(c.tenantId).toBe('aaaaaaaa-0000-4000-8000-00000000000a');
      expect(c.unknown).toBeUndefined();
      expect(notices.some((n) => /different values/.test(n))).toBe(false);
      expect(inventory.tenants).toEqual([{ tenantId: 'aaaaaaaa-0000-4000-8000-00000000000a' }]);
    }
    // Two tenants named for one resource are a disagreement.
    const other = circuit('other.json', 'Standard', 100);
    other.row = { ...other.row, tenantId: 'bbbbbbbb-0000-4000-8000-00000000000b' };
    expect(buildInventory([withScope, other]).inventory.circuits[0].unknown?.tenantId).toMatch(/^`tenantId`: the inputs disagree/);
  });
});
