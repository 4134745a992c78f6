import { describe, expect, it } from 'vitest';
import type { RawResource } from '../../src/inventory/build.js';
import { buildInventory } from '../../src/inventory/build.js';
import { loadCatalogue } from '../../src/pricing/catalogue.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import { complianceTotals } from '../../src/reporters/cost-text.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { live, liveCircuit, liveConnection, NET } from '../helpers/live-rows.js';

// ERS-RED-004 (a gateway not on a zone-redundant SKU) carried no cost of compliance, which reads "the fix does not
// change the bill", yet moving a Standard gateway to ErGw1AZ costs $0.361/h instead of $0.19/h; and ERS-SKU-006 (the
// gateway carries less than its circuits) priced a resize in the gateway's own family (Standard → HighPerformance),
// which ERS-RED-004 rejects. One target per gateway now satisfies both: the cheapest zone-redundant SKU in the catalogue
// (ErGwScale priced per scale unit, billed at least its minimum) that carries what the gateway carries today and what
// its circuits need; both findings name that change, so the totals count it once.

const circuit = (name: string, mbps: number): RawResource => {
  const raw = liveCircuit(name);
  ((raw.row as { properties: { serviceProviderProperties: Record<string, unknown> } }).properties.serviceProviderProperties).bandwidthInMbps = mbps;
  return raw;
};
const gateway = (sku: string, location = 'eastus'): RawResource =>
  live({ id: `${NET}/virtualNetworkGateways/gw`, name: 'gw', type: 'Microsoft.Network/virtualNetworkGateways', location, properties: { gatewayType: 'ExpressRoute', sku: { name: sku, tier: sku }, allowRemoteVnetTraffic: false, allowVirtualWanTraffic: false } });
const catalogue = loadCatalogue();
const rules = loadRules().filter((r) => r.id === 'ERS-RED-004' || r.id === 'ERS-SKU-006');
function scan(raws: RawResource[]) {
  const inv = buildInventory(raws).inventory;
  const cost = estimateCosts(inv, { catalogue, usage: { circuits: {}, gateways: {} } });
  const findings = runRules(inv, rules, {}, cost).findings;
  const of = (id: string) => findings.find((f) => f.ruleId === id);
  return { findings, red: of('ERS-RED-004'), sku: of('ERS-SKU-006') };
}
const perMonth = (usdPerHour: number) => Math.round(usdPerHour * 730 * 100) / 100;

describe('one gateway SKU target for ERS-RED-004 and ERS-SKU-006', () => {
  it('prices ERS-RED-004 on a Standard gateway as the move to ErGw1AZ (cheaper than ErGwScale billed for 2 units)', () => {
    const s = scan([circuit('er-1g', 1000), gateway('Standard'), liveConnection('c', 'er-1g')]);
    expect(s.sku).toBeUndefined();
    expect(s.red).toMatchObject({ costImpactChange: 'resize-to-ErGw1AZ' });
    expect(s.red!.costImpactUsd).toBeCloseTo(perMonth(0.361) - perMonth(0.19), 2); // +$124.83
  });

  it('gives both findings one change on a Standard gateway behind a 10 Gbps circuit: ErGwScale with 10 units, cheaper than ErGw3AZ', () => {
    const s = scan([circuit('er-10g', 10000), gateway('Standard'), liveConnection('c', 'er-10g')]);
    // ErGw3AZ $2.151/h against ErGwScale 10 × $0.21/h = $2.10/h; not UltraPerformance (not zone-redundant, and not priced)
    expect(s.red).toMatchObject({ costImpactChange: 'resize-to-ErGwScale-10' });
    expect(s.sku).toMatchObject({ costImpactChange: 'resize-to-ErGwScale-10' });
    const usd = Math.round((perMonth(2.1) - perMonth(0.19)) * 100) / 100;
    expect(s.red!.costImpactUsd).toBeCloseTo(usd, 2);
    expect(s.sku!.costImpactUsd).toBeCloseTo(usd, 2);
    // The gateway's change counts once in a total that takes both findings.
    const [t] = complianceTotals(s.findings.map((f) => ({ ...f, severity: 'high' as const })));
    expect(t).toMatchObject({ findings: 2, unknown: 0 });
    expect(t.usd).toBeCloseTo(usd, 2);
  });

  it('says the price is not known when the cheapest target may be a SKU the catalogue does not price (ErGw2AZ), never $0', () => {
    const s = scan([circuit('er-2g', 2000), gateway('Standard'), liveConnection('c', 'er-2g')]);
    expect(s.red).toMatchObject({ costImpactUsd: null, costImpactChange: 'resize-to-ErGw2AZ' });
    expect(s.sku).toMatchObject({ costImpactUsd: null, costImpactChange: 'resize-to-ErGw2AZ' });
    const [t] = complianceTotals(s.findings.map((f) => ({ ...f, severity: 'high' as const })));
    expect(t).toMatchObject({ findings: 2, unknown: 1, usd: 0 });
  });

  it('keeps the throughput a HighPerformance gateway has (ErGw2AZ or ErGwScale with 2 units: not known which is cheaper)', () => {
    const s = scan([circuit('er-1g', 1000), gateway('HighPerformance'), liveConnection('c', 'er-1g')]);
    expect(s.red).toMatchObject({ costImpactUsd: null, costImpactChange: 'resize-to-ErGw2AZ' });
  });

  it('is null where today\'s SKU is not priced (UltraPerformance) or the region is not in the catalogue (Azure China)', () => {
    expect(scan([circuit('er-1g', 1000), gateway('UltraPerformance'), liveConnection('c', 'er-1g')]).red).toMatchObject({ costImpactUsd: null });
    expect(scan([circuit('er-1g', 1000), gateway('Standard', 'chinanorth2'), liveConnection('c', 'er-1g')]).red).toMatchObject({ costImpactUsd: null });
  });

  it('leaves a zone-redundant gateway in its family for ERS-SKU-006 alone (ErGw1AZ behind 10 Gbps: ErGwScale with 10 units)', () => {
    const s = scan([circuit('er-10g', 10000), gateway('ErGw1AZ'), liveConnection('c', 'er-10g')]);
    expect(s.red).toBeUndefined();
    expect(s.sku).toMatchObject({ costImpactChange: 'resize-to-ErGwScale-10' });
    expect(s.sku!.costImpactUsd).toBeCloseTo(Math.round((perMonth(2.1) - perMonth(0.361)) * 100) / 100, 2);
  });

  it('on a gateway with no connection, names the deletion ERS-COST-005 proposes, not a resize as well', () => {
    const s = scan([gateway('Standard')]);
    expect(s.red).toMatchObject({ costImpactChange: 'delete', costImpactUsd: -perMonth(0.19) });
  });
});
