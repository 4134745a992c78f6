import type { FindingDetail, Run, RunFinding } from '../../src/history/reports.js';
import type { Severity } from '../../src/findings/model.js';

/**
 * Hand-made runs for the trend's unit and golden tests, independent of the rule catalogue and the
 * pricing model (the history tests run the real scan). Four weekly runs of one scope:
 * - A (high) open throughout; B (medium) fixed in run 3; C (critical) new in run 2, fixed in run 4;
 * - D (low) suppressed throughout; E (info, undecided) new in run 4;
 * - run 3 has a coverage gap and does not see A: A stays open.
 */

export const T0 = Date.parse('2026-02-02T06:00:00.000Z');
export const at = (week: number) => new Date(T0 + week * 7 * 86_400_000).toISOString();

const f = (fingerprint: string, severity: Severity, extra: Partial<RunFinding> = {}): RunFinding => ({ fingerprint, severity, suppressed: false, undecided: false, ...extra });

function run(week: number, findings: RunFinding[], extra: Partial<Run> = {}): Run {
  return {
    file: `audits/2026-w${String(6 + week).padStart(2, '0')}/report.json`,
    generatedAt: at(week),
    toolVersion: '0.1.0',
    scope: 'erscan/contoso <prod>',
    scanCategory: 'erscan/contoso <prod>',
    inputs: ['snapshot.json'],
    coverageComplete: true,
    inventory: { circuits: 4 + (week >= 2 ? 1 : 0), peerings: 5, ports: 1, gateways: 2, connections: 4, subscriptions: 2, tenants: 1 },
    findings,
    monthlyUsd: 12_000 + week * 500,
    potentialSavingsUsd: week >= 3 ? 800 : 2_400,
    currency: 'USD',
    priceDate: '2026-01-01',
    ...extra,
  };
}

export function fixtureRuns(): Run[] {
  return [
    // the first report was itself scanned with a baseline: A's firstSeen goes back before the period
    run(0, [f('A', 'high', { firstSeen: '2025-12-01T06:00:00.000Z' }), f('B', 'medium'), f('D', 'low', { suppressed: true })]),
    run(1, [f('A', 'high'), f('B', 'medium'), f('D', 'low', { suppressed: true })]),
    run(2, [f('A', 'high'), f('B', 'medium'), f('C', 'critical'), f('D', 'low', { suppressed: true })]),
    run(3, [f('C', 'critical'), f('D', 'low', { suppressed: true })], { coverageComplete: false }),
    run(4, [f('A', 'high'), f('D', 'low', { suppressed: true }), f('E', 'info', { undecided: true })], { priceDate: '2026-04-01' }),
  ];
}

const detail = (ruleId: string, severity: Severity, resourceName: string, message: string): FindingDetail => ({
  ruleId,
  ruleName: ruleId.toLowerCase(),
  category: 'redundancy',
  severity,
  resourceId: `/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/${resourceName}`,
  resourceName,
  message,
  from: at(4),
});

export function fixtureDetails(): Map<string, FindingDetail> {
  return new Map([
    ['A', detail('ERS-RED-004', 'high', 'er-ams <01>', 'Gateway uses SKU <b>Standard</b> & more; expected a zone-redundant SKU.')],
    ['B', detail('ERS-BGP-002', 'medium', 'er-lon-01', 'No MD5 key.')],
    ['C', detail('ERS-ENC-001', 'critical', 'erdirect-ams', 'No MACsec.')],
    ['D', detail('ERS-HYG-001', 'low', 'er-fra-01', 'No owner tag.')],
    ['E', detail('ERS-SKU-006', 'info', 'er-par-01', 'Undecided.')],
  ]);
}
