import { describe, expect, it } from 'vitest';
import { recommendationLabel } from '../../src/reporters/cost-text.js';
import type { CostRecommendation } from '../../src/pricing/model.js';

describe('advice labels', () => {
  const circuit = { tier: 'Standard', billingModel: 'MeteredData', bandwidthMbps: 500 };
  it('a move to Local is labelled a new circuit, as a new Metered circuit is (Azure changes no SKU to Local in place)', () => {
    const r: CostRecommendation = { kind: 'move-to-local', changes: ['move-to-local'], tier: 'Local', billingModel: 'UnlimitedData', monthlySavingsUsd: 100, reason: '', requiresNewCircuit: true, bandwidthMbps: 1000 };
    expect(recommendationLabel(r, circuit)).toBe('a new Local 1 Gbps circuit');
    const m: CostRecommendation = { kind: 'new-metered-circuit', changes: ['new-metered-circuit'], tier: 'Standard', billingModel: 'MeteredData', monthlySavingsUsd: 100, reason: '', requiresNewCircuit: true };
    expect(recommendationLabel(m, circuit)).toBe('a new Standard Metered circuit');
  });
});
