import { describe, expect, it } from 'vitest';
import { costById } from '../../src/pricing/impact.js';
import type { CostSummary } from '../../src/pricing/model.js';

/** A summary holding only what costById reads: resource ids. */
function summary(circuitIds: string[], otherIds: string[]): CostSummary {
  return {
    costs: circuitIds.map((resourceId, i) => ({ resourceId, tag: `c${i}` })),
    otherCosts: otherIds.map((resourceId, i) => ({ resourceId, tag: `o${i}` })),
  } as unknown as CostSummary;
}
const tag = (v: unknown) => (v as { tag?: string } | undefined)?.tag;

describe('costById', () => {
  it('finds a cost by its id spelt exactly or in any case (ARM ids are case-insensitive)', () => {
    const s = summary(['/subscriptions/S/resourceGroups/RG/providers/Microsoft.Network/expressRouteCircuits/A'], ['/subscriptions/s/resourcegroups/rg/providers/microsoft.network/virtualnetworkgateways/g']);
    expect(tag(costById(s, '/subscriptions/S/resourceGroups/RG/providers/Microsoft.Network/expressRouteCircuits/A'))).toBe('c0');
    expect(tag(costById(s, '/SUBSCRIPTIONS/s/resourcegroups/rg/providers/microsoft.network/expressroutecircuits/a'))).toBe('c0');
    expect(tag(costById(s, '/subscriptions/S/resourceGroups/RG/providers/Microsoft.Network/virtualNetworkGateways/G'))).toBe('o0');
    expect(costById(s, '/subscriptions/S/resourceGroups/RG/providers/Microsoft.Network/expressRouteCircuits/B')).toBeUndefined();
  });

  it('gives one answer for ids that differ only in case, whichever spelling is asked (the last listed wins)', () => {
    const s = summary(['/x/Circuit', '/x/circuit'], ['/x/CIRCUIT']);
    for (const id of ['/x/Circuit', '/x/circuit', '/x/CIRCUIT', '/X/cIrCuIt']) expect(tag(costById(s, id))).toBe('o0');
  });
});
