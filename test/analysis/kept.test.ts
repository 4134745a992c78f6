import { describe, expect, it } from 'vitest';
import { emptyConfig, type Config } from '../../src/config/load.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import { complianceTotals } from '../../src/reporters/cost-text.js';
import { scanSources } from '../../src/scan/run.js';
import type { SourceOutput } from '../../src/sources/types.js';
import { bundled, circuitRow, connectionRow, gatewayRow } from './helpers.js';

/**
 * One story: ERS-RED-001's fix may connect a circuit the estate already has, which carries nothing today. ERS-COST-003
 * and the cost advice would delete it; the scan keeps it instead (src/findings/kept.ts), in the findings and the totals.
 */
const NOW = new Date('2026-12-01T00:00:00Z');
function scanOf(rows: Record<string, unknown>[], config: Config = emptyConfig(), gaps: SourceOutput['gaps'] = []) {
  const source: SourceOutput = { raws: rows.map((row) => ({ row, source: { kind: 'snapshot', file: 'rows.json' } })), subscriptions: [], gaps, notices: [] };
  return scanSources(source, { config, now: NOW, inputs: ['rows.json'], scanCategory: 'erscan/test', estimateCosts: (inv) => estimateCosts(inv, { catalogue: bundled(), usage: { circuits: {}, gateways: {} } }) });
}
// gw-weu is served from Amsterdam only; er-dub (Dublin) is provisioned, has its private peering and carries nothing.
const rows = () => [circuitRow('er-ams'), circuitRow('er-dub', { location: 'Dublin', region: 'northeurope' }), gatewayRow('gw-weu'), connectionRow('c-weu-ams', 'gw-weu', 'er-ams')];
const find = (r: ReturnType<typeof scanOf>, rule: string, name: string) => r.findings.filter((f) => f.ruleId === rule && f.resourceName === name);
const costOf = (r: ReturnType<typeof scanOf>, name: string) => r.cost!.costs.find((c) => c.resourceName === name)!;

describe('a circuit ERS-RED-001 proposes to connect is kept, not deleted', () => {
  it('ERS-COST-003 says connecting it fixes it too, and prices no deletion; the cost view keeps it and counts no saving', () => {
    const r = scanOf(rows());
    const [red] = find(r, 'ERS-RED-001', 'gw-weu');
    expect(red.status).not.toBe('unknown');
    expect(red.message).toContain('connect er-dub (Dublin)');
    const [idle] = find(r, 'ERS-COST-003', 'er-dub');
    expect(idle.message).toMatch(/ERS-RED-001 proposes connecting it to gw-weu instead, which fixes this finding too and spares a new circuit there: keep it\.$/);
    expect(idle).toMatchObject({ costImpactUsd: 0, costImpactChange: 'connect' });
    const dub = costOf(r, 'er-dub');
    expect(dub.recommendation).toBeNull();
    expect(dub.notes?.at(-1)).toBe('kept, not deleted: ERS-RED-001 proposes connecting it to gw-weu, which uses it as it is; deleting it would save $436/month, but a new circuit would then be needed there');
    expect(r.cost!.totals.potentialSavingsUsd).toBe(0);
    expect(r.cost!.bySubscription!.reduce((n, g) => n + g.potentialSavingsUsd, 0)).toBe(0);
    // Fixing every finding: connect er-dub ($0); no "saves $436" beside it.
    expect(complianceTotals(r.findings).map((t) => t.usd)).toEqual([0, 0]);
    // The internal list never reaches a report.
    expect(JSON.stringify(r.findings.map((f) => ({ ...f, keeps: undefined })))).not.toContain('keeps');
  });

  it('a suppressed ERS-RED-001 keeps nothing: the idle circuit is still to be deleted, and its saving counted', () => {
    const config = { ...emptyConfig(), suppressions: [{ ruleId: 'ERS-RED-001', resource: '**/virtualNetworkGateways/gw-weu', justification: 'single site accepted', expires: '2099-01-01' }] };
    const r = scanOf(rows(), config);
    expect(find(r, 'ERS-RED-001', 'gw-weu')[0].suppression).toBeDefined();
    const [idle] = find(r, 'ERS-COST-003', 'er-dub');
    expect(idle).toMatchObject({ costImpactUsd: -436, costImpactChange: 'delete' });
    expect(idle.message).not.toContain('ERS-RED-001');
    expect(costOf(r, 'er-dub').recommendation?.kind).toBe('delete-unused');
    expect(r.cost!.totals.potentialSavingsUsd).toBe(436);
  });

  it('kept, it has the advice a circuit in use has: Premium dropped where nothing needs it, as ERS-SKU-002 says, with the same saving', () => {
    // er-dub is Premium, and gw-weu (West Europe) is in its geopolitical region: connected, it still needs no Premium.
    const premium = [circuitRow('er-ams'), circuitRow('er-dub', { location: 'Dublin', region: 'northeurope', tier: 'Premium' }), gatewayRow('gw-weu'), connectionRow('c-weu-ams', 'gw-weu', 'er-ams')];
    const r = scanOf(premium);
    expect(find(r, 'ERS-COST-003', 'er-dub')[0]).toMatchObject({ costImpactChange: 'connect' });
    const [drop] = find(r, 'ERS-SKU-002', 'er-dub');
    expect(drop).toMatchObject({ costImpactChange: 'remove-premium', costImpactUsd: -750 });
    const dub = costOf(r, 'er-dub');
    expect(dub.recommendation).toMatchObject({ changes: ['remove-premium'], tier: 'Standard', monthlySavingsUsd: 750 });
    expect(dub.notes?.join('\n')).toContain('kept, not deleted: ERS-RED-001 proposes connecting it to gw-weu');
    // Kept for a use, its bill is not waste; the saving of dropping Premium is counted, in the estate and its subscription.
    expect(dub.waste).toBeUndefined();
    expect(r.cost!.totals.potentialSavingsUsd).toBe(750);
    expect(r.cost!.bySubscription!.reduce((n, g) => n + g.potentialSavingsUsd, 0)).toBe(750);
  });

  it('with an input not read, the total stays a lower bound when a circuit is kept', () => {
    const r = scanOf(rows(), emptyConfig(), [{ scope: 'bad.json', reason: 'bad.json: at $[0].id: expected an ARM resource id' }]);
    expect(costOf(r, 'er-dub').notes?.at(-1)).toMatch(/^kept, not deleted/);
    expect(r.cost!.totals.atLeast).toBe(true);
  });

  it('a circuit that is used is proposed without touching any advice', () => {
    const used = [...rows(), gatewayRow('gw-neu', 'northeurope'), connectionRow('c-neu-dub', 'gw-neu', 'er-dub', 'northeurope')];
    const r = scanOf(used);
    expect(find(r, 'ERS-RED-001', 'gw-weu')[0].message).toContain('connect er-dub (Dublin)');
    expect(find(r, 'ERS-COST-003', 'er-dub')).toEqual([]);
    expect(costOf(r, 'er-dub').notes?.join()).not.toContain('kept, not deleted');
  });
});

describe('a circuit ERS-RED-001 proposes to enable the private peering of', () => {
  it('is kept with that reason, not "connecting it" (it is connected already)', async () => {
    const { keepWhatFixesUse } = await import('../../src/findings/kept.js');
    const base = { ruleName: 'x', category: 'cost', severity: 'medium', resourceType: 'Microsoft.Network/expressRouteCircuits', fingerprint: 'f' } as const;
    const lonId = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er-lon';
    const red = { ...base, ruleId: 'ERS-RED-001', resourceId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw', resourceName: 'gw', message: 'm', costImpactUsd: 0, costImpactChange: 'enable-peering', keeps: [lonId.toLowerCase()] };
    const idle = { ...base, ruleId: 'ERS-COST-003', resourceId: lonId, resourceName: 'er-lon', message: 'Circuit er-lon carries nothing.', costImpactUsd: -436, costImpactChange: 'delete' };
    const [, kept] = keepWhatFixesUse([red, idle] as never, undefined);
    expect(kept.message).toBe('Circuit er-lon carries nothing. ERS-RED-001 proposes enabling its Azure private peering (it is connected to gw) instead, which fixes this finding too and spares a new circuit there: keep it.');
  });
});
