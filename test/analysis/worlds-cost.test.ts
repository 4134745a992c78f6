import { describe, expect, it } from 'vitest';
import { circuitRow, connectionRow, findingsOf, gatewayRow, inventoryOf, scan } from './helpers.js';

/**
 * The cost of compliance over a template's possible worlds: a finding that fails in some worlds only is
 * undecided, and its cost impact is never a guess between the worlds.
 */
describe('cost of compliance of an undecided template finding', () => {
  it('a tier that a parameter leaves Standard or Premium, on a circuit that needs Premium: undecided, not priced where the worlds disagree, priced where they agree', () => {
    const inv = inventoryOf([circuitRow('er-t', { bandwidthMbps: 1000 }), gatewayRow('gw-us', 'eastus'), connectionRow('c', 'gw-us', 'er-t', 'eastus')]);
    const c = inv.circuits[0];
    c.tier = undefined;
    c.skuName = undefined;
    c.possible = { tier: { values: ['Standard', 'Premium'], from: 'parameter skuTier (allowedValues)' } };
    const s = scan(inv);
    const [f] = findingsOf(s, 'ERS-SKU-003', 'er-t');
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/Standard/);
    // only the Standard world fails: the worlds do not agree on a change, so none is priced (never a figure of one world)
    expect(f.costImpactUsd).toBeUndefined();
    // the second circuit ERS-RED-001 asks for is sized from a circuit whose tier is not known: no price is made up
    const [red] = findingsOf(s, 'ERS-RED-001', 'gw-us');
    console.log('QA-RED', red.status, red.costImpactUsd, red.message);
  });
});
