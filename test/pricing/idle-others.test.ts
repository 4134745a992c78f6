import { describe, expect, it } from 'vitest';
import { emptyConfig, type SuppressionEntry } from '../../src/config/load.js';
import { loadCatalogue } from '../../src/pricing/catalogue.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import { renderCostTable } from '../../src/pricing/table.js';
import { renderHtml } from '../../src/reporters/html.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { scanSources } from '../../src/scan/run.js';
import { circuit, gatewayWithConnections, inventoryOf, port } from './estate.js';

/**
 * A gateway no connection uses and a Direct port pair with no circuit are billed for nothing: ERS-COST-005 and
 * ERS-COST-006 say delete them, with the bill as the fix's saving. The cost view advises the same, and its potential
 * savings count it (it said "potential savings $0/month" beside "[fix: -$307/month]").
 */
const catalogue = loadCatalogue();
const usage = { circuits: {}, gateways: {} };

const rows = [
  circuit({ name: 'used', peeringLocation: 'Amsterdam', location: 'westeurope' }),
  ...gatewayWithConnections('gw-used', 'westeurope', 'ErGw1AZ', ['used']),
  ...gatewayWithConnections('gw-idle', 'westeurope', 'ErGw1AZ', []),
  port('port-idle', { peeringLocation: 'Equinix-Amsterdam-AM5' }),
];

describe('gateways and Direct ports that carry nothing, in the cost view', () => {
  it('advises deleting an idle gateway for its bill, and counts it in every potential-savings total', () => {
    const s = estimateCosts(inventoryOf(rows), { catalogue, usage });
    const idle = s.otherCosts.find((o) => o.resourceName === 'gw-idle')!;
    const used = s.otherCosts.find((o) => o.resourceName === 'gw-used')!;
    expect(idle.priced).toBe('full');
    expect(idle.monthlyUsd).toBeGreaterThan(0);
    expect(idle.recommendation).toMatchObject({ kind: 'delete-unused', monthlySavingsUsd: idle.monthlyUsd });
    expect(idle.recommendation!.reason).toMatch(/no connection uses this gateway/);
    expect(idle.waste).toBe(true);
    expect(used.recommendation).toBeUndefined();
    expect(used.waste).toBeUndefined();
    const circuitSavings = s.costs.reduce((a, c) => a + Math.max(0, c.recommendation?.monthlySavingsUsd ?? 0), 0);
    const portSaving = s.otherCosts.find((o) => o.resourceName === 'port-idle')!.recommendation!.monthlySavingsUsd ?? 0;
    expect(s.totals.potentialSavingsUsd).toBeCloseTo(circuitSavings + idle.monthlyUsd! + portSaving, 2);
    expect(s.bySubscription!.reduce((a, g) => a + g.potentialSavingsUsd, 0)).toBeCloseTo(s.totals.potentialSavingsUsd, 2);
    expect(s.byTenant!.reduce((a, g) => a + g.potentialSavingsUsd, 0)).toBeCloseTo(s.totals.potentialSavingsUsd, 2);
  });

  it('advises deleting a Direct port pair with no circuit; its saving is null unless the port is priced in full', () => {
    const s = estimateCosts(inventoryOf(rows), { catalogue, usage });
    const p = s.otherCosts.find((o) => o.resourceName === 'port-idle')!;
    expect(p.recommendation?.kind).toBe('delete-unused');
    expect(p.recommendation!.monthlySavingsUsd).toBe(p.priced === 'full' ? p.monthlyUsd : null);
    expect(p.recommendation!.reason).toMatch(/no circuit is on this port pair/);
  });

  it('a template gateway with no connection in its files is not advised away (another deployment may connect it)', () => {
    const inv = inventoryOf(rows);
    for (const g of inv.gateways) g.source = { kind: 'arm', file: 'main.json' };
    for (const p of inv.ports) p.source = { kind: 'arm', file: 'main.json' };
    const s = estimateCosts(inv, { catalogue, usage });
    expect(s.otherCosts.filter((o) => o.recommendation)).toEqual([]);
  });

  const scanOf = (scanned: Record<string, unknown>[], suppressions: SuppressionEntry[] = []) => {
    const source = { raws: scanned.map((row) => ({ row, source: { kind: 'snapshot' as const, file: 'rows.json' } })), subscriptions: [], gaps: [], notices: [] };
    return scanSources(source, { config: { ...emptyConfig(), suppressions }, now: new Date('2026-12-01T00:00:00Z'), inputs: ['rows.json'], scanCategory: 'erscan/test', estimateCosts: (inv) => estimateCosts(inv, { catalogue, usage }) });
  };

  it('the finding and the advice agree, and every report shows the advice', () => {
    const result = scanOf(rows);
    const finding = result.findings.find((f) => f.ruleId === 'ERS-COST-005')!;
    const idle = result.cost!.otherCosts.find((o) => o.resourceName === 'gw-idle')!;
    expect(finding.resourceName).toBe('gw-idle');
    expect(finding.costImpactUsd).toBe(-idle.recommendation!.monthlySavingsUsd!);
    const port = result.findings.find((f) => f.ruleId === 'ERS-COST-006')!;
    const portAdvice = result.cost!.otherCosts.find((o) => o.resourceName === 'port-idle')!.recommendation!;
    expect(port.costImpactUsd).toBe(portAdvice.monthlySavingsUsd === null ? null : -portAdvice.monthlySavingsUsd);

    const saves = `delete the gateway (it carries nothing): saves $${Math.round(idle.monthlyUsd!)}/month`;
    expect(renderCostTable(result.cost!)).toContain(`- gw-idle: ${saves}.`);
    expect(renderMarkdown(result, {})).toContain(`gw-idle: ${saves}.`);
    expect(renderHtml(result, {})).toContain(saves);
  });

  it('a suppressed finding that deletes a resource keeps it in the cost view: no advice to delete it, a note, not in the savings', () => {
    const idleCircuit = circuit({ name: 'spare', peeringLocation: 'Amsterdam', location: 'westeurope' });
    (idleCircuit.properties as { peerings: unknown[] }).peerings = [];
    const scanned = [...rows, idleCircuit];
    const before = scanOf(scanned);
    const spareBefore = before.cost!.costs.find((c) => c.resourceName === 'spare')!;
    expect(spareBefore.recommendation?.kind).toBe('delete-unused');
    const gatewayId = before.cost!.otherCosts.find((o) => o.resourceName === 'gw-idle')!.resourceId;
    const suppressions: SuppressionEntry[] = [
      { ruleId: 'ERS-COST-003', resource: spareBefore.resourceId, justification: 'cold standby for DR', expires: '2027-06-30' },
      { ruleId: 'ERS-COST-005', resource: gatewayId, justification: 'hub gateway for the spoke migration', expires: '2027-03-31' },
    ];
    const after = scanOf(scanned, suppressions);
    const spare = after.cost!.costs.find((c) => c.resourceName === 'spare')!;
    const gw = after.cost!.otherCosts.find((o) => o.resourceName === 'gw-idle')!;
    expect(after.findings.filter((f) => f.suppression).map((f) => f.ruleId).sort()).toEqual(['ERS-COST-003', 'ERS-COST-005']);
    expect(spare.recommendation?.kind).not.toBe('delete-unused');
    expect(spare.notes).toContain(`kept, not deleted: ERS-COST-003 is suppressed (cold standby for DR, until 2027-06-30); deleting it would save $${Math.round(spareBefore.monthlyUsd.current!).toLocaleString('en-US')}/month`);
    expect(gw.recommendation).toBeUndefined();
    expect(gw.notes?.some((n) => n.startsWith('kept, not deleted: ERS-COST-005 is suppressed (hub gateway for the spoke migration, until 2027-03-31)'))).toBe(true);
    const saved = (spareBefore.recommendation!.monthlySavingsUsd ?? 0) + (before.cost!.otherCosts.find((o) => o.resourceName === 'gw-idle')!.recommendation!.monthlySavingsUsd ?? 0);
    expect(after.cost!.totals.potentialSavingsUsd).toBeCloseTo(before.cost!.totals.potentialSavingsUsd - saved + Math.max(0, spare.recommendation?.monthlySavingsUsd ?? 0), 2);
    expect(after.cost!.totals.monthlyUsd).toBe(before.cost!.totals.monthlyUsd);
  });
});
