import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { loadCatalogue } from '../../src/pricing/catalogue.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import { loadTemplates } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';

// A template may deploy a gateway only on a condition (the Azure landing zone hub template's `enableErGw`), or leave
// open whether a VNet gateway is an ExpressRoute one: what it costs is then known only if it is deployed as one.
const gateway = (name: string, extra: Record<string, unknown>, gatewayType: unknown = 'ExpressRoute') => ({
  type: 'Microsoft.Network/virtualNetworkGateways',
  apiVersion: '2024-05-01',
  name,
  location: 'westeurope',
  ...extra,
  properties: { gatewayType, sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } },
});

function costs(resources: unknown[], parameters: Record<string, unknown>) {
  const doc = { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', parameters, resources };
  const { output } = loadTemplates([{ file: 'main.json', parsed: parseJson('main.json', JSON.stringify(doc), true), format: 'arm-template' }]);
  return estimateCosts(buildInventory(output.raws).inventory, { catalogue: loadCatalogue() });
}

describe('a gateway a template may not deploy (as an ExpressRoute gateway)', () => {
  it('on a condition with two choices: its figure is the range from nothing, said in a note, and not in the total', () => {
    const s = costs([gateway('gw-cond', { condition: "[equals(parameters('enableErGw'), 'Yes')]" }), gateway('gw-always', {})], { enableErGw: { type: 'string', allowedValues: ['Yes', 'No'] } });
    const cond = s.otherCosts.find((o) => o.resourceName === 'gw-cond')!;
    const always = s.otherCosts.find((o) => o.resourceName === 'gw-always')!;
    expect(always.monthlyUsd).toBeGreaterThan(0);
    expect(cond.monthlyUsd).toBeNull();
    expect(cond.monthlyUsdRange).toEqual({ min: 0, max: always.monthlyUsd });
    expect(cond.notes).toContain(`it is deployed only for some choices (parameter \`enableErGw\`): $${always.monthlyUsd}/month if it is, nothing otherwise; not in the total`);
    expect(s.totals).toMatchObject({ monthlyUsd: always.monthlyUsd, atLeast: true });
  });
  it('on a condition not known before deployment: not in the total, the figure if deployed said', () => {
    const s = costs([gateway('gw-open', { condition: "[parameters('deployIt')]" })], { deployIt: { type: 'string' } });
    expect(s.otherCosts[0]).toMatchObject({ monthlyUsd: null, priced: 'none' });
    expect(s.otherCosts[0].monthlyUsdRange).toBeUndefined();
    expect(s.otherCosts[0].notes?.at(-1)).toMatch(/^whether it is deployed is not known \(.*deployIt.*\): \$263\.53\/month if it is, nothing otherwise; not in the total$/);
    expect(s.totals).toMatchObject({ monthlyUsd: 0, atLeast: true });
  });
  it('whose type is Vpn or ExpressRoute by a choice: the same', () => {
    const s = costs([gateway('gw-type', {}, "[parameters('gatewayType')]")], { gatewayType: { type: 'string', allowedValues: ['Vpn', 'ExpressRoute'] } });
    expect(s.otherCosts[0]).toMatchObject({ monthlyUsd: null, monthlyUsdRange: { min: 0, max: 263.53 } });
    expect(s.otherCosts[0].notes?.at(-1)).toMatch(/^it is an ExpressRoute gateway only for some values of its type \(`gatewayType` is one of Vpn, ExpressRoute \(parameter `gatewayType`\)\): \$263\.53\/month if it is/);
  });
});

describe('a circuit a template deploys only on a condition it leaves open', () => {
  it('is not in the total: its note gives the figure if deployed, its range runs from nothing', () => {
    const circuit = {
      condition: "[equals(parameters('enableEr'), 'Yes')]",
      type: 'Microsoft.Network/expressRouteCircuits',
      apiVersion: '2024-05-01',
      name: 'er-cond',
      location: 'westeurope',
      sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
      properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } },
    };
    const s = costs([circuit], { enableEr: { type: 'string', allowedValues: ['Yes', 'No'] } });
    expect(s.costs[0]).toMatchObject({ priced: 'none', monthlyUsdRange: { min: 0, max: 436 } });
    expect(s.costs[0].monthlyUsd.current).toBeNull();
    expect(s.costs[0].notes).toContain('it is deployed only for some choices (parameter `enableEr`): $436/month if it is, nothing otherwise; not in the total');
    expect(s.totals).toMatchObject({ monthlyUsd: 0, atLeast: true });
  });
});
