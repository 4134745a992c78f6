import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { loadTemplates, type TemplateInput } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';

/** Templates ARM refuses to deploy: refused with the file, the path and what was expected, never read with made-up values. */

const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const input = (file: string, doc: unknown): TemplateInput => ({ file, parsed: parseJson(file, JSON.stringify(doc, null, 2), true), format: 'arm-template' });
const template = (resources: unknown, extra: Record<string, unknown> = {}) => ({ $schema: TEMPLATE_SCHEMA, contentVersion: '1.0.0.0', ...extra, resources });
const load = (doc: unknown) => loadTemplates([input('main.json', doc)]);

const circuit = (extra: Record<string, unknown> = {}) => ({
  type: 'Microsoft.Network/expressRouteCircuits',
  apiVersion: '2024-05-01',
  name: 'er1',
  location: 'westeurope',
  sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
  properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } },
  ...extra,
});
const peeringProps = { peeringType: 'AzurePrivatePeering', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' };
const peering = (type: string, name: unknown, extra: Record<string, unknown> = {}) => ({ type, apiVersion: '2024-05-01', name, properties: peeringProps, ...extra });

describe('resource names without one segment per type segment (Learn: templates/child-resource-name-type)', () => {
  it('refuses a top-level child whose name lacks its parent segment: file, path, type, name and the segments expected', () => {
    const { errors, output } = load(template([circuit(), peering('Microsoft.Network/expressRouteCircuits/peerings', 'AzurePrivatePeering')]));
    expect(errors.map((e) => e.message)).toEqual([
      'main.json: at $.resources[1].name: expected a name of 2 segments (<expressRouteCircuits>/<peerings>) for type Microsoft.Network/expressRouteCircuits/peerings declared at the top level (ARM refuses a name without one segment per type segment: this template never deploys), found "AzurePrivatePeering" (1 segment)',
    ]);
    expect(output.raws).toEqual([]);
  });

  it('refuses a nested child with a short type whose name carries its parent, and a root resource with a name of two segments', () => {
    const nested = load(template([circuit({ resources: [peering('peerings', 'er1/AzurePrivatePeering')] })]));
    expect(nested.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^main\.json: at \$\.resources\[0\]\.resources\[0\]\.name: expected a name of 1 segment \(<peerings>\) for type peerings nested in its parent with a short type .*found "er1\/AzurePrivatePeering" \(2 segments\)$/)]);
    const root = load(template([circuit({ name: 'rg/er1' })]));
    expect(root.errors.map((e) => e.message)).toEqual([expect.stringMatching(/at \$\.resources\[0\]\.name: expected a name of 1 segment \(<expressRouteCircuits>\) .*found "rg\/er1" \(2 segments\)$/)]);
    // A nested child with its full type and a name longer than the type allows.
    const long = load(template([circuit({ resources: [peering('Microsoft.Network/expressRouteCircuits/peerings', 'er1/x/AzurePrivatePeering')] })]));
    expect(long.errors[0].message).toMatch(/expected a name of at most 2 segments .*found "er1\/x\/AzurePrivatePeering" \(3 segments\)$/);
  });

  it('reads the forms ARM accepts: full names at the top level, short names nested (short or full type), and evaluated names', () => {
    const { errors, output } = load(
      template(
        [
          circuit({ resources: [peering('peerings', 'AzurePrivatePeering')] }),
          circuit({ name: 'er2', resources: [peering('Microsoft.Network/expressRouteCircuits/peerings', 'AzurePrivatePeering')] }),
          circuit({ name: 'er3' }),
          peering('Microsoft.Network/expressRouteCircuits/peerings', "[format('{0}/{1}', 'er3', 'AzurePrivatePeering')]"),
        ],
      ),
    );
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.circuits.map((c) => [c.name, c.peerings.map((p) => p.name)])).toEqual([
      ['er1', ['AzurePrivatePeering']],
      ['er2', ['AzurePrivatePeering']],
      ['er3', ['AzurePrivatePeering']],
    ]);
  });

  it('leaves a name it cannot decide undecided, never refused', () => {
    const { errors } = load(template([circuit(), peering('Microsoft.Network/expressRouteCircuits/peerings', "[parameters('peeringName')]")], { parameters: { peeringName: { type: 'string' } } }));
    expect(errors).toEqual([]);
  });
});

describe('circular dependsOn (Learn: templates/resource-dependency)', () => {
  const gateway = (name: string, extra: Record<string, unknown> = {}) => ({
    type: 'Microsoft.Network/virtualNetworkGateways',
    apiVersion: '2024-05-01',
    name,
    location: 'westeurope',
    properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } },
    ...extra,
  });
  const erId = "[resourceId('Microsoft.Network/expressRouteCircuits', 'er1')]";

  it('refuses a circle of names and resourceId() forms, naming each resource around it', () => {
    const { errors, output } = load(
      template([
        circuit({ dependsOn: ["[resourceId('Microsoft.Network/expressRouteCircuits/peerings', 'er1', 'AzurePrivatePeering')]"] }),
        peering('Microsoft.Network/expressRouteCircuits/peerings', 'er1/AzurePrivatePeering', { dependsOn: ['er1'] }),
      ]),
    );
    expect(errors.map((e) => e.message)).toEqual([
      'main.json: at $.resources[0].dependsOn: expected dependsOn without a circle (ARM refuses a template whose resources depend on each other in a circle: it never deploys), found the circle $.resources[0] (Microsoft.Network/expressRouteCircuits er1) → $.resources[1] (Microsoft.Network/expressRouteCircuits/peerings er1/AzurePrivatePeering) → $.resources[0] (Microsoft.Network/expressRouteCircuits er1)',
    ]);
    expect(output.raws).toEqual([]);
  });

  it('refuses a longer circle through a Namespace/type/name path and a copy loop, and a resource that depends on itself', () => {
    const three = load(
      template([
        circuit({ dependsOn: ['Microsoft.Network/virtualNetworkGateways/gw-0'] }),
        gateway("[format('gw-{0}', copyIndex())]", { copy: { name: 'gateways', count: 2 }, dependsOn: ['other'] }),
        gateway('other', { dependsOn: [erId] }),
      ]),
    );
    expect(three.errors[0].message).toMatch(/found the circle \$\.resources\[0\] \(Microsoft\.Network\/expressRouteCircuits er1\) → \$\.resources\[1\] \(Microsoft\.Network\/virtualNetworkGateways gw-0\) → \$\.resources\[2\] \(Microsoft\.Network\/virtualNetworkGateways other\) → \$\.resources\[0\]/);
    const loop = load(template([circuit({ dependsOn: ['gateways'] }), gateway("[format('gw-{0}', copyIndex())]", { copy: { name: 'gateways', count: 2 }, dependsOn: [erId] })]));
    expect(loop.errors[0].message).toMatch(/found the circle .*er1\) → .*gw-0\) → .*er1\)$/);
    const self = load(template([circuit({ dependsOn: [erId] })]));
    expect(self.errors[0].message).toMatch(/found the circle \$\.resources\[0\] \(Microsoft\.Network\/expressRouteCircuits er1\) → \$\.resources\[0\]/);
  });

  it('refuses a circle of symbolic names (languageVersion 2.0), and a circle inside a nested deployment', () => {
    const symbolic = load(template({ er: circuit({ dependsOn: ['gw'] }), gw: gateway('gw1', { dependsOn: ['er'] }) }, { languageVersion: '2.0' }));
    expect(symbolic.errors[0].message).toMatch(/at \$\.resources\.er\.dependsOn: .*found the circle \$\.resources\.er \(Microsoft\.Network\/expressRouteCircuits er1\) → \$\.resources\.gw \(Microsoft\.Network\/virtualNetworkGateways gw1\) → \$\.resources\.er/);
    const inner = template([circuit({ dependsOn: ['gw1'] }), gateway('gw1', { dependsOn: ['er1'] })]);
    const nested = load(template([{ type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name: 'er', properties: { mode: 'Incremental', expressionEvaluationOptions: { scope: 'inner' }, template: inner } }]));
    expect(nested.errors[0].message).toMatch(/at \$\.resources\[0\]\.properties\.template\.resources\[0\]\.dependsOn: .*found the circle/);
  });

  it('reads templates whose dependencies go one way: copies in sequence, a parent and its children, the same name in two deployments', () => {
    const { errors, output } = load(
      template([
        circuit(),
        peering('Microsoft.Network/expressRouteCircuits/peerings', 'er1/AzurePrivatePeering', { dependsOn: [erId, 'er1'] }),
        // Each copy waits for the one before it (not a circle, though the declaration names itself).
        gateway("[format('gw-{0}', copyIndex())]", { copy: { name: 'gateways', count: 3 }, dependsOn: ["[if(equals(copyIndex(), 0), 'er1', format('gw-{0}', sub(copyIndex(), 1)))]"] }),
        // A nested deployment's resources depend only on its own: er1 there is not er1 here.
        { type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name: 'other', dependsOn: ['er1'], properties: { mode: 'Incremental', expressionEvaluationOptions: { scope: 'inner' }, template: template([circuit({ dependsOn: ['gw1'] }), gateway('gw1')]) } },
      ]),
    );
    expect(errors).toEqual([]);
    expect(output.raws.length).toBeGreaterThan(0);
    // The copies' own dependencies are read: the circuit waiting for the last copy closes a circle.
    const closed = load(template([circuit({ dependsOn: ['gw-2'] }), gateway("[format('gw-{0}', copyIndex())]", { copy: { name: 'gateways', count: 3 }, dependsOn: ["[if(equals(copyIndex(), 0), 'er1', format('gw-{0}', sub(copyIndex(), 1)))]"] })]));
    expect(closed.errors[0].message).toMatch(/er1\) → .*gw-2\) → .*gw-1\) → .*gw-0\) → .*er1\)$/);
  });

  it('refuses no circle that depends on a value or a deployment not known here', () => {
    const parameters = { name: { type: 'string' }, deploy: { type: 'bool' }, count: { type: 'int' } };
    // A name not known: er1 may or may not be the parameter's value.
    const unknownName = load(template([circuit({ dependsOn: ["[parameters('name')]"] }), gateway('gw1', { dependsOn: ['er1'] })], { parameters }));
    expect(unknownName.errors).toEqual([]);
    // The gateway is deployed on a condition not known here: when it is not, ARM drops the dependency.
    const conditional = load(template([circuit({ dependsOn: ['gw1'] }), gateway('gw1', { condition: "[parameters('deploy')]", dependsOn: ['er1'] })], { parameters }));
    expect(conditional.errors).toEqual([]);
    // A name two declarations share names neither for sure.
    const shared = load(template([circuit({ dependsOn: ['x'] }), gateway('x', { dependsOn: ['er1'] }), { type: 'Microsoft.Network/publicIPAddresses', apiVersion: '2024-05-01', name: 'x', location: 'westeurope' }]));
    expect(shared.errors).toEqual([]);
    // A parameter's value names the same resource wherever it is used: a circle built from it is one.
    const sameParameter = load(template([circuit({ name: "[parameters('name')]", dependsOn: ['gw1'] }), gateway('gw1', { dependsOn: ["[resourceId('Microsoft.Network/expressRouteCircuits', parameters('name'))]"] })], { parameters }));
    expect(sameParameter.errors[0].message).toMatch(/found the circle \$\.resources\[0\] \(Microsoft\.Network\/expressRouteCircuits ‹name›\) → \$\.resources\[1\]/);
  });
});

describe('a template that declares no ExpressRoute resource', () => {
  it('is not a coverage gap when ARM would refuse it: what is wrong is said in a notice, as for its refused parameter values', () => {
    const storage = template([
      { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'sa1', location: 'westeurope', dependsOn: ["[resourceId('Microsoft.Storage/storageAccounts/blobServices', 'sa1', 'default')]"] },
      { type: 'Microsoft.Storage/storageAccounts/blobServices', apiVersion: '2023-01-01', name: 'sa1/default', dependsOn: ["[resourceId('Microsoft.Storage/storageAccounts', 'sa1')]"] },
    ]);
    const badName = template([{ type: 'Microsoft.Storage/storageAccounts/blobServices/containers', apiVersion: '2023-01-01', name: 'c1' }]);
    const { errors, output } = loadTemplates([input('er.json', template([circuit()])), input('cycle.json', storage), input('name.json', badName)]);
    expect(errors).toEqual([]);
    expect(buildInventory(output.raws).inventory.circuits.map((c) => c.name)).toEqual(['er1']);
    expect(output.notices.filter((n) => n.endsWith('(not scanned; the template declares no ExpressRoute resource)')).map((n) => n.split(':')[0]).sort()).toEqual(['cycle.json', 'name.json']);
    // The same faults in a template that declares a circuit stay errors (its resources are not judged).
    expect(load(template([circuit(), ...(badName.resources as unknown[])])).errors).toHaveLength(1);
  });
});

describe('one resource declared twice in one deployment ("The resource … is defined multiple times in a template")', () => {
  const fixture = (name: string) => input(name, JSON.parse(readFileSync(`test/fixtures/iac/duplicate-declarations/${name}`, 'utf8')));
  it('refuses the template, naming both declarations, never keeps the first in silence', () => {
    // Shaped like Microsoft's Global Reach sample (template reference, expressRouteCircuits/peerings/connections): two
    // ports (and circuits) of one name in different locations, of which only the first was read, as "merged".
    const { errors, output } = loadTemplates([fixture('twice.json')]);
    expect(errors.map((e) => e.message)).toEqual([
      'twice.json: at $.resources[1]: expected each resource declared once in a deployment (ARM refuses a template that declares one resource twice: "The resource … is defined multiple times in a template"; it never deploys), found Microsoft.Network/ExpressRoutePorts er-gr declared again, first at $.resources[0]',
    ]);
    expect(output.raws).toEqual([]);
  });

  it('reads what ARM deploys: copies of distinct names, extension resources of one name on different resources, declarations on conditions, and nested deployments that declare a resource again', () => {
    const { errors, output } = loadTemplates([fixture('once.json')]);
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws);
    expect(inventory.circuits.map((c) => `${c.name} ${c.tier}`).sort()).toEqual(['er-0 Standard', 'er-1 Standard', 'er-switch Standard']);
  });

  it('says nothing of a name not known here, or a declaration on a condition not known here', () => {
    const parameters = { name: { type: 'string' }, deploy: { type: 'bool' } };
    expect(load(template([circuit({ name: "[parameters('name')]" }), circuit({ name: "[concat('x', parameters('name'))]" })], { parameters })).errors).toEqual([]);
    expect(load(template([circuit(), circuit({ condition: "[parameters('deploy')]" })], { parameters })).errors).toEqual([]);
    // The same parameter twice names one resource whatever its value.
    expect(load(template([circuit({ name: "[parameters('name')]" }), circuit({ name: "[parameters('name')]" })], { parameters })).errors[0].message).toMatch(/found Microsoft\.Network\/expressRouteCircuits ‹name› declared again, first at \$\.resources\[0\]$/);
    // A copy loop whose copies share a name.
    expect(load(template([circuit({ copy: { name: 'c', count: 2 } })])).errors[0].message).toMatch(/at \$\.resources\[0\]: .*found Microsoft\.Network\/expressRouteCircuits er1 declared again, first at \$\.resources\[0\]$/);
  });
});

describe('a nested deployment that declares its parent\'s resource again (ARM deploys both, the later over the first)', () => {
  it('leaves the values they disagree on unknown, naming both lines, never keeps the first in silence', () => {
    // Before, the nested deployment's Premium tier and classic operations were dropped with "1 duplicate resource merged":
    // the circuit passed ERS-HYG-001 and was priced as Standard.
    const doc = JSON.parse(readFileSync('test/fixtures/iac/duplicate-declarations/nested-again.json', 'utf8'));
    const { errors, output } = loadTemplates([input('nested-again.json', doc)]);
    expect(errors).toEqual([]);
    const { inventory, notices } = buildInventory(output.raws);
    const [c] = inventory.circuits;
    expect(Object.keys(c.unknown ?? {}).sort()).toEqual(['allowClassicOperations', 'skuName', 'tier']);
    expect(c.unknown?.tier).toMatch(/the inputs disagree \("Standard" in nested-again\.json line \d+, "Premium" in nested-again\.json line \d+\), so which deploys last is not known/);
    expect(notices.some((n) => /1 duplicate resource merged .*: er-up \(nested-again\.json line \d+ and nested-again\.json line \d+\)/.test(n))).toBe(true);
  });
});
