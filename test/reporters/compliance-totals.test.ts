import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/model.js';
import { complianceTotals } from '../../src/reporters/cost-text.js';

const finding = (ruleId: string, resourceId: string, costImpactUsd: number | null, costImpactChange: string): Finding =>
  ({ ruleId, ruleName: ruleId, category: 'cost', severity: 'high', resourceId, resourceType: 'Microsoft.Network/expressRouteCircuits', resourceName: 'c', message: '', fingerprint: ruleId, costImpactUsd, costImpactChange }) as unknown as Finding;

describe('the cost of fixing every finding of a severity', () => {
  it('counts only the deletion of a resource those findings delete, never a fix it no longer needs', () => {
    const c = '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/expressRouteCircuits/c';
    const other = '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/expressRouteCircuits/d';
    const [high] = complianceTotals([finding('ERS-COST-001', c, -436, 'delete'), finding('ERS-SKU-003', c, 750, 'add-premium'), finding('ERS-SKU-003', other, 750, 'add-premium')]);
    expect(high).toMatchObject({ severity: 'high', usd: 314, findings: 3 }); // −436 for c, +750 for d
  });
});
