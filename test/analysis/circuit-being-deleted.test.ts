/**
 * A circuit whose ARM `provisioningState` is Deleting is being removed (ProvisioningState of Express Route Circuits -
 * Get, https://learn.microsoft.com/rest/api/expressroute/express-route-circuits/get: Deleting, Failed, Succeeded,
 * Updating). Advice that presumes it stays (move it to Local, switch its plan, drop its Premium, delete it) is not
 * given for it: the cost view says why, and the cost findings (ERS-COST-001/003/101/102/103, ERS-SKU-002) say nothing
 * of it, so no saving it would count is in the totals. A gateway whose second location is that circuit does not pass
 * ERS-RED-001 on it: undecided, saying why. Rows written by hand to the documented shape (an audit of live Resource
 * Graph rows).
 */
import { describe, expect, it } from 'vitest';
import { circuitRow, connectionRow, costOf, findingsOf, gatewayRow, scan } from './helpers.js';

const deleting = (row: Record<string, unknown>) => {
  (row.properties as Record<string, unknown>).provisioningState = 'Deleting';
  return row;
};
const ADVICE_RULES = ['ERS-COST-001', 'ERS-COST-003', 'ERS-COST-004', 'ERS-COST-101', 'ERS-COST-102', 'ERS-COST-103', 'ERS-SKU-002'];

describe('a circuit ARM is deleting gets no advice that presumes it stays', () => {
  it('Standard Unlimited in Amsterdam, all its gateways local (move to Local): no ERS-COST-103, no advice, a note that says why', () => {
    const live = scan([circuitRow('er-a', { family: 'UnlimitedData' }), gatewayRow('gw'), connectionRow('c', 'gw', 'er-a')]);
    expect(findingsOf(live, 'ERS-COST-103', 'er-a')).toHaveLength(1);
    const s = scan([deleting(circuitRow('er-a', { family: 'UnlimitedData' })), gatewayRow('gw'), connectionRow('c', 'gw', 'er-a')]);
    for (const rule of ADVICE_RULES) expect(findingsOf(s, rule, 'er-a')).toEqual([]);
    const c = costOf(s, 'er-a');
    expect(c.recommendation).toBeNull();
    expect(c.notes).toContain('ARM is deleting this circuit (provisioningState Deleting): no advice that presumes it stays is given; it is billed until the deletion completes');
    expect(s.cost.totals.potentialSavingsUsd).toBe(0);
  });

  it('Premium nothing needs, unused, not provisioned: none of the findings that would change or delete it', () => {
    for (const row of [circuitRow('er-p', { tier: 'Premium' }), circuitRow('er-u'), circuitRow('er-n', { state: 'NotProvisioned' })]) {
      const name = row.name as string;
      const s = scan([deleting(row)]);
      for (const rule of ADVICE_RULES) expect(findingsOf(s, rule, name)).toEqual([]);
      expect(costOf(s, name).recommendation).toBeNull();
      expect(costOf(s, name).waste).toBeUndefined();
    }
  });

  it('ERS-RED-001: a gateway whose second location is a circuit being deleted is undecided, not a pass', () => {
    const s = scan([circuitRow('er-ams'), deleting(circuitRow('er-lon', { location: 'London' })), gatewayRow('gw'), connectionRow('c1', 'gw', 'er-ams'), connectionRow('c2', 'gw', 'er-lon')]);
    const [f] = findingsOf(s, 'ERS-RED-001', 'gw');
    expect(f).toBeDefined();
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/er-lon \(London\) is being deleted \(provisioningState Deleting\)/);
  });

  it('ERS-RED-008: a gateway whose second provider is a circuit being deleted is undecided, not a pass', () => {
    const lon = deleting(circuitRow('er-lon', { location: 'London' }));
    ((lon.properties as Record<string, unknown>).serviceProviderProperties as Record<string, unknown>).serviceProviderName = 'Colt';
    const s = scan([circuitRow('er-ams'), lon, gatewayRow('gw'), connectionRow('c1', 'gw', 'er-ams'), connectionRow('c2', 'gw', 'er-lon')]);
    const [f] = findingsOf(s, 'ERS-RED-008', 'gw');
    expect(f).toBeDefined();
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/er-lon \(Colt\) is being deleted \(provisioningState Deleting\)/);
  });
});
