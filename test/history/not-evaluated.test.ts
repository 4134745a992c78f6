import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeJson } from '../helpers/cli.js';

/**
 * A baseline finding whose rule this scan could not run on its resource (the input does not carry the
 * rule's data there: src/rules/requires.ts) was not looked at again: it is neither fixed nor open.
 */
const SUB = '00000000-0000-0000-0000-0000000000aa';
const circuit = (name: string, diag?: number) => ({
  id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/${name}`,
  name,
  type: 'microsoft.network/expressroutecircuits',
  subscriptionId: SUB,
  location: 'westeurope',
  sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
  properties: { serviceProviderProvisioningState: 'Provisioned', serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 }, peerings: [] },
  ...(diag === undefined ? {} : { erscan: { diagnosticSettingsCount: diag } }),
});
const snapshot = (resources: unknown[]) => ({
  erscanSnapshot: 1,
  tool: { name: 'erscan', version: '0.1.0' },
  generatedAt: '2026-11-01T00:00:00.000Z',
  cloud: 'AzureCloud',
  scope: { subscriptions: [SUB] },
  coverage: { complete: true, gaps: [] },
  subscriptions: [{ subscriptionId: SUB, name: 'net' }],
  resources,
});

describe('a rule run on some resources only never calls the others fixed', () => {
  it('ERS-HYG-002 on a circuit whose diagnostic settings this input does not carry: not re-evaluated, not fixed', () => {
    const dir = tempDir('erscan-noteval-');
    const week1 = writeJson(dir, 'week1.json', snapshot([circuit('er-a', 0), circuit('er-b', 0)]));
    const r1 = runCli(['scan', week1, '--out', join(dir, 'w1'), '--format', 'json', '--fail-on', 'none']);
    expect(r1.code, r1.stderr).toBe(0);
    const first = JSON.parse(readFileSync(join(dir, 'w1', 'report.json'), 'utf8'));
    expect(first.findings.filter((f: { ruleId: string }) => f.ruleId === 'ERS-HYG-002').map((f: { resourceName: string }) => f.resourceName)).toEqual(['er-a', 'er-b']);

    // week 2: er-b got a diagnostic setting; er-a's were not read this time
    const week2 = writeJson(dir, 'week2.json', snapshot([circuit('er-a'), circuit('er-b', 1)]));
    const r2 = runCli(['scan', week2, '--out', join(dir, 'w2'), '--format', 'json', '--fail-on', 'none', '--baseline', join(dir, 'w1', 'report.json')]);
    expect(r2.code, r2.stderr).toBe(0);
    const second = JSON.parse(readFileSync(join(dir, 'w2', 'report.json'), 'utf8'));
    const fixed = second.fixed.filter((f: { ruleId: string }) => f.ruleId === 'ERS-HYG-002').map((f: { resourceName: string }) => f.resourceName);
    expect(fixed).toEqual(['er-b']);
    expect(second.notices.join('\n')).toMatch(/partly evaluated: ERS-HYG-002 skipped 1 circuit of 2/);
    expect(second.notices.join('\n')).toMatch(/1 finding\(s\) of the baseline were not re-evaluated .*rules ERS-HYG-002/);
  });
});

describe('a week with a coverage gap does not break the chain of baselines', () => {
  const SUB_B = '00000000-0000-0000-0000-0000000000bb';
  const inB = (c: ReturnType<typeof circuit>) => ({ ...c, id: c.id.replace(SUB, SUB_B), subscriptionId: SUB_B });
  const estate = (gapB: boolean) => ({
    ...snapshot(gapB ? [circuit('er-a', 0)] : [circuit('er-a', 0), inB(circuit('er-b', 0))]),
    scope: { subscriptions: [SUB, SUB_B] },
    subscriptions: gapB ? [{ subscriptionId: SUB, name: 'net' }] : [{ subscriptionId: SUB, name: 'net' }, { subscriptionId: SUB_B, name: 'dr' }],
    coverage: gapB ? { complete: false, gaps: [{ scope: `subscription ${SUB_B}`, reason: 'not visible to the signed-in identity' }] } : { complete: true, gaps: [] },
  });
  const read = (dir: string, w: string) => JSON.parse(readFileSync(join(dir, w, 'report.json'), 'utf8'));
  type F = { resourceName: string; baselineState?: string; firstSeen?: string; lastSeen?: string };

  it("the gap week carries the findings it could not see; the week after, they are unchanged with their age, not new", () => {
    const dir = tempDir('erscan-gapchain-');
    const scan = (w: string, gapB: boolean, baseline?: string) => {
      const r = runCli(['scan', writeJson(dir, `${w}.json`, estate(gapB)), '--out', join(dir, w), '--format', 'json', '--fail-on', 'none', '--category', 'weekly', ...(baseline ? ['--baseline', join(dir, baseline, 'report.json')] : [])]);
      expect(r.code, r.stderr).toBe(0);
      return read(dir, w);
    };
    const w1 = scan('w1', false);
    const onB = (list: F[]) => list.filter((f) => f.resourceName === 'er-b');
    expect(onB(w1.findings).length).toBeGreaterThan(0);

    const w2 = scan('w2', true, 'w1');
    expect(w2.coverage.complete).toBe(false);
    expect(onB(w2.findings)).toEqual([]);
    expect(onB(w2.fixed)).toEqual([]);
    // carried: first seen and last seen by week 1
    expect(onB(w2.notEvaluated).length).toBe(onB(w1.findings).length);
    for (const f of onB(w2.notEvaluated)) expect([f.firstSeen, f.lastSeen]).toEqual([w1.generatedAt, w1.generatedAt]);

    const w3 = scan('w3', false, 'w2');
    expect(w3.summary.new).toBe(0);
    expect(w3.summary.fixed).toBe(0);
    expect(w3.notEvaluated).toBeUndefined();
    for (const f of onB(w3.findings)) expect([f.baselineState, f.firstSeen]).toEqual(['unchanged', w1.generatedAt]);

    // nor does the cost delta call er-b removed in the gap week, or added the week after
    expect(w2.costDelta).toBeUndefined();
    expect(w2.notices.join('\n')).toMatch(/no cost delta: this scan has coverage gaps and does not have er-b: a resource a scan could not read is not known to be added or removed/);
    expect(w3.costDelta).toBeUndefined();
    expect(w3.notices.join('\n')).toMatch(/no cost delta: baseline .*w2.report\.json had coverage gaps and did not have er-b/);
    // two complete weeks have their delta
    const w4 = scan('w4', false, 'w3');
    expect(w4.costDelta).toMatchObject({ deltaUsd: 0, resources: [] });

    // the trend of the three reports tells the same story as the reports
    const t = runCli(['trend', dir, '--out', join(dir, 'trend'), '--format', 'json']);
    expect(t.code, t.stderr).toBe(0);
    const trend = JSON.parse(readFileSync(join(dir, 'trend', 'trend.json'), 'utf8'));
    expect(trend.runs.map((r: { new: number | null; fixed: number | null }) => [r.new, r.fixed])).toEqual([[null, null], [0, 0], [0, 0], [0, 0]]);
  });

  it('a finding a complete scan could not re-evaluate (its rule lacked data) is not fixed in the trend either', () => {
    const dir = tempDir('erscan-noteval-trend-');
    const w1 = writeJson(dir, 'week1.json', snapshot([circuit('er-a', 0)]));
    expect(runCli(['scan', w1, '--out', join(dir, 'w1'), '--format', 'json', '--fail-on', 'none', '--category', 'weekly']).code).toBe(0);
    // week 2: the same estate, from an input without diagnostic settings (a Resource Graph export, say)
    const w2 = writeJson(dir, 'week2.json', snapshot([circuit('er-a')]));
    expect(runCli(['scan', w2, '--out', join(dir, 'w2'), '--format', 'json', '--fail-on', 'none', '--category', 'weekly', '--baseline', join(dir, 'w1', 'report.json')]).code).toBe(0);
    const second = read(dir, 'w2');
    expect(second.coverage.complete).toBe(true);
    expect(second.notEvaluated.map((f: { ruleId: string }) => f.ruleId)).toContain('ERS-HYG-002');
    const t = runCli(['trend', dir, '--out', join(dir, 'trend'), '--format', 'json']);
    expect(t.code, t.stderr).toBe(0);
    const trend = JSON.parse(readFileSync(join(dir, 'trend', 'trend.json'), 'utf8'));
    expect(trend.runs[1].fixed).toBe(second.summary.fixed);
  });
});
