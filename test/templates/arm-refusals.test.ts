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
