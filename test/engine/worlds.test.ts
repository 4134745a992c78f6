import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import type { Circuit } from '../../src/inventory/model.js';
import { worldCount, worldsOf } from '../../src/inventory/worlds.js';

const circuitRow = (name: string) => ({
  id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/${name}`,
  name,
  type: 'Microsoft.Network/expressRouteCircuits',
  properties: { peerings: [{ name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', vlanId: 100 } }] },
});

describe('worldsOf', () => {
  it('gives one world, the inventory itself, when nothing has possible values', () => {
    const { inventory } = buildInventory([{ row: circuitRow('a') }]);
    const worlds = worldsOf(inventory)!;
    expect(worlds).toHaveLength(1);
    expect(worlds[0].inventory).toBe(inventory);
  });

  it('enumerates every combination, copying only the resources that branch', () => {
    const { inventory } = buildInventory([{ row: circuitRow('a') }, { row: circuitRow('b') }]);
    const [a, b] = inventory.circuits;
    a.possible = { tier: { values: ['Standard', 'Premium'], from: 'parameter skuTier (allowedValues)' } };
    a.peerings[0].possible = { vlanId: { values: [100, 200], from: 'parameter vlan (allowedValues)' } };
    expect(worldCount(inventory)).toBe(4);
    const worlds = worldsOf(inventory)!;
    expect(worlds).toHaveLength(4);
    const seen = worlds.map((w) => {
      const wa = w.inventory.byKey.get(a.key) as Circuit;
      // the circuit in the list, in byKey and the peering's parent agree
      expect(w.inventory.circuits.find((c) => c.key === a.key)).toBe(wa);
      expect(wa.possible).toBeUndefined();
      expect(w.inventory.byKey.get(a.peerings[0].key)).toBe(wa.peerings[0]);
      expect(w.inventory.byKey.get(b.key)).toBe(b);
      return `${wa.tier}/${wa.peerings[0].vlanId}`;
    });
    expect(seen.sort()).toEqual(['Premium/100', 'Premium/200', 'Standard/100', 'Standard/200']);
    // the original inventory is untouched
    expect(a.tier).toBeUndefined();
    expect(a.peerings[0].vlanId).toBe(100);
  });

  it('refuses more than max worlds', () => {
    const { inventory } = buildInventory([{ row: circuitRow('a') }]);
    inventory.circuits[0].possible = { tier: { values: ['Local', 'Standard', 'Premium'], from: 'p' }, billingModel: { values: ['MeteredData', 'UnlimitedData'], from: 'q' } };
    expect(worldsOf(inventory, { max: 5 })).toBeUndefined();
    expect(worldsOf(inventory, { max: 6 })).toHaveLength(6);
  });
});
