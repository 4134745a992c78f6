/**
 * ERS-RED-001 sizes the second circuit on the gateway's largest circuit; where that circuit's tier or billing model is
 * not known (two reads of it disagree, as a Resource Graph export and an ARM list taken at different times can), the
 * message says which parts are not known instead of printing `?` for them (here the tier, and the billing model the
 * analysis leaves open with the SKU name). Rows written by hand (the same circuit read twice
 * with another SKU).
 */
import { describe, expect, it } from 'vitest';
import { circuitRow, connectionRow, findingsOf, gatewayRow, scan } from './helpers.js';

describe('the second circuit ERS-RED-001 proposes, sized on a circuit whose SKU is not known', () => {
  it('names the parts not known, never "?"', () => {
    const s = scan([circuitRow('er-a', { tier: 'Premium' }), circuitRow('er-a', { tier: 'Standard' }), gatewayRow('gw'), connectionRow('c', 'gw', 'er-a')]);
    const [f] = findingsOf(s, 'ERS-RED-001', 'gw');
    expect(f.message).not.toMatch(/\?/);
    expect(f.message).toMatch(/one more 1 Gbps circuit in a second peering location: its tier and billing model are not known/);
    expect(f.costImpactUsd).toBeNull();
  });
});
