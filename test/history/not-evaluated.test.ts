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
