import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

const rules = loadRules();
const rule = (id: string) => rules.find((r) => r.id === id)!;
const gwId = '/subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/virtualNetworkGateways/gw';
const circuitId = '/subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/expressRouteCircuits/er';

function scan(raws: RawResource[], ids: string[]) {
  const { inventory } = buildInventory(raws);
  return { inventory, findings: runRules(inventory, ids.map(rule)).findings };
}

describe('values a template could not resolve', () => {
  it('map raw ARM paths to the normalised fields rules read, per resource kind, with why', () => {
    const { inventory } = buildInventory([
      { row: { id: gwId, type: 'Microsoft.Network/virtualNetworkGateways', properties: { gatewayType: 'ExpressRoute', allowVirtualWanTraffic: false } }, source: { kind: 'arm', file: 't.json', line: 3, column: 5 }, unresolved: ['properties.sku.name', 'properties.autoScaleConfiguration.bounds.min', 'properties.allowRemoteVnetTraffic'], reasons: { 'properties.sku.name': 'comes from parameter `gwSku`, which has no value here' } },
      { row: { id: circuitId, type: 'Microsoft.Network/expressRouteCircuits', properties: {} }, source: { kind: 'arm', file: 't.json', line: 9, column: 5 }, unresolved: ['sku.name'] },
    ]);
    // A gateway's SKU name is its skuName; a circuit's feeds tier and billing model when sku.tier/family are absent.
    expect(Object.keys(inventory.gateways[0].unknown!).sort()).toEqual(['allowRemoteVnetTraffic', 'minScaleUnits', 'skuName']);
    // A flag the template sets from a value not known here says so (not "the template does not set it").
    expect(inventory.gateways[0].unknown!.allowRemoteVnetTraffic).toBe('`allowRemoteVnetTraffic` is not known before deployment');
    expect(inventory.gateways[0].unknown!.skuName).toBe('`skuName` comes from parameter `gwSku`, which has no value here');
    expect(inventory.gateways[0].unknown!.minScaleUnits).toBe('`minScaleUnits` is not known before deployment');
    expect(Object.keys(inventory.circuits[0].unknown!).sort()).toEqual(['billingModel', 'skuName', 'tier']);
  });

  it('make a rule that reads them report unknown, never a pass or a plain fail', () => {
    const { findings } = scan(
      [{ row: { id: gwId, type: 'Microsoft.Network/virtualNetworkGateways', properties: { gatewayType: 'ExpressRoute' } }, source: { kind: 'arm', file: 't.json', line: 3, column: 5 }, unresolved: ['properties.sku.name'] }],
      ['ERS-RED-004'],
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].status).toBe('unknown');
    expect(findings[0].location).toEqual({ file: 't.json', line: 3, column: 5 });
  });

  it('report unknown even where the condition would hold on the missing value (notIn, notEquals)', () => {
    // ERS-SKU-001: tier notIn [Basic]: a missing tier would pass; unresolved must not.
    const { findings } = scan(
      [{ row: { id: circuitId, type: 'Microsoft.Network/expressRouteCircuits', properties: {} }, source: { kind: 'arm', file: 't.json', line: 9, column: 5 }, unresolved: ['sku'] }],
      ['ERS-SKU-001'],
    );
    expect(findings.map((f) => [f.ruleId, f.status])).toEqual([['ERS-SKU-001', 'unknown']]);
  });

  it('leave rules that read other fields decided as usual', () => {
    const { findings } = scan(
      [{ row: { id: gwId, type: 'Microsoft.Network/virtualNetworkGateways', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ' } } }, source: { kind: 'arm', file: 't.json', line: 3, column: 5 }, unresolved: ['location'] }],
      ['ERS-RED-004'],
    );
    expect(findings).toEqual([]);
  });
});

describe('deployed state', () => {
  const circuit = (kind: 'arm' | 'snapshot'): RawResource => ({
    row: { id: circuitId, type: 'Microsoft.Network/expressRouteCircuits', sku: { name: 'Standard_MeteredData' }, properties: { serviceProviderProperties: { peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } } },
    source: { kind, file: 'x.json', line: 1, column: 1 },
  });
  const connection: RawResource = {
    row: { id: '/subscriptions/{subscription}/resourceGroups/rg/providers/Microsoft.Network/connections/c', type: 'Microsoft.Network/connections', properties: { connectionType: 'ExpressRoute', peer: { id: circuitId }, virtualNetworkGateway1: { id: gwId } } },
  };
  it('is not judged on templates (a circuit in a template has no provider provisioning state yet)', () => {
    expect(scan([circuit('arm'), connection], ['ERS-RED-007']).findings).toEqual([]);
  });
  it('is judged on resources read from Azure', () => {
    expect(scan([circuit('snapshot'), connection], ['ERS-RED-007']).findings).toHaveLength(1);
  });
});
