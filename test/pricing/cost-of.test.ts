import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/pricing/catalogue.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import { circuitPricedAt, costById, costOf } from '../../src/pricing/impact.js';
import type { CostSummary } from '../../src/pricing/model.js';
import { circuit, gatewayWithConnections, inventoryOf, port } from './estate.js';

const catalogue = loadCatalogue();

describe('costOf', () => {
  it("finds each priced record's cost, as costById finds it by the record's id", () => {
    const inv = inventoryOf([
      port('p1', { billingType: 'MeteredData' }),
      circuit({ name: 'd1', port: 'p1', bandwidthGbps: 5 }),
      circuit({ name: 'er_b', tier: 'Premium' }),
      circuit({ name: 'er-a', peeringLocation: 'Tokyo', location: 'japaneast' }),
      ...gatewayWithConnections('gw1', 'westeurope', 'ErGw1AZ', ['er_b', 'er-a']),
    ]);
    const s = estimateCosts(inv, { catalogue });
    const records = [...inv.circuits, ...inv.gateways, ...inv.ports];
    expect(records.length).toBe(s.costs.length + s.otherCosts.length);
    for (const r of records) {
      expect(costOf(s, r)).toBeDefined();
      expect(costOf(s, r)).toBe(costById(s, r.id));
    }
    // By its place in its inventory list; a wrong place is only a hint that does not hold.
    for (const list of [inv.circuits, inv.gateways, inv.ports])
      list.forEach((r, i) => {
        expect(costOf(s, r, i)).toBe(costById(s, r.id));
        expect(costOf(s, r, i + 1)).toBe(costById(s, r.id));
      });
  });

  it('names the circuit each cost prices, as the inventory finds it by the lower-cased id', () => {
    const inv = inventoryOf([circuit({ name: 'zz' }), circuit({ name: 'AA' }), circuit({ name: 'mm', tier: 'Premium' })]);
    const s = estimateCosts(inv, { catalogue });
    s.costs.forEach((c, i) => expect(circuitPricedAt(s, i)).toBe(inv.byKey.get(c.resourceId.toLowerCase())));
  });

  it('looks a record up by its id in a summary the estimate did not make', () => {
    const inv = inventoryOf([circuit({ name: 'er1' })]);
    const s = { costs: [{ resourceId: inv.circuits[0].id.toUpperCase(), tag: 'c0' }], otherCosts: [] } as unknown as CostSummary;
    expect(costOf(s, inv.circuits[0])).toBe(s.costs[0]);
    expect(circuitPricedAt(s, 0)).toBeUndefined();
  });
});
