import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { validateTrend } from '../history/schemas.js';
import { validateReport } from '../helpers/report-schema.js';

/**
 * `npm run demo` as the README promises it: the example estate scanned against last month's report
 * (examples/history), then the trend of the history. The commands are read from package.json, so the
 * test runs what the README's first command runs (into a temporary folder instead of out/).
 */

interface F {
  ruleId: string;
  resourceName: string;
  message: string;
  status?: string;
  baselineState?: string;
  openDays?: number;
  firstSeen?: string;
}

const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.demo;
const out = tempDir('erscan-demo-');
const runs = script
  .split(' && ')
  .filter((c) => c.startsWith('node bin/erscan.js '))
  .map((c) => c.slice('node bin/erscan.js '.length).split(' ').map((a) => (a === 'out' ? out : a.startsWith('out/') ? join(out, a.slice(4)) : a)))
  .map((args) => ({ args, ...runCli(args) }));
const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { generatedAt: string; findings: F[]; fixed: F[]; costDelta: { deltaUsd: number; resources: { name: string; change: string; deltaUsd: number }[] }; costs: { resourceName: string; zone: string; peeringLocation?: string; mappedPeeringLocation?: string; isDirect?: boolean }[]; notices: string[] };
const of = (ruleId: string) => report.findings.filter((f) => f.ruleId === ruleId);

describe('npm run demo', () => {
  it('scans, then makes the trend, each exiting 0 with nothing on stderr but the files it wrote', () => {
    expect(runs.map((r) => r.args[0])).toEqual(['scan', 'trend']);
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/^erscan: wrote /m);
      expect(r.stderr).not.toMatch(/error/i);
    }
  });

  it('writes a report that passes its own schema', () => {
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it('exercises the rules added for issue 18', () => {
    for (const id of ['ERS-BGP-012', 'ERS-BGP-013', 'ERS-RED-011', 'ERS-RED-012', 'ERS-HYG-008', 'ERS-SKU-011']) expect(of(id).length, id).toBeGreaterThan(0);
    expect(of('ERS-BGP-013').map((f) => f.resourceName)).toEqual(['ergw-weu-hub']);
  });

  it('has a Metro circuit: priced in its zone, counted as two sites, shown with them', () => {
    expect(report.costs.find((c) => c.resourceName === 'er-ams-metro-nw-06')?.zone).toBe('Zone 1');
    // ergw-weu-nw is served by Queretaro and the Amsterdam Metro circuit (Amsterdam + Amsterdam2): no ERS-RED-001
    expect(of('ERS-RED-001').map((f) => f.resourceName)).not.toContain('ergw-weu-nw');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Amsterdam Metro (Metro: ');
  });

  it('names its Direct ports by real port locations, mapped by facility to the peering location that sets zone and geography', () => {
    const direct = report.costs.filter((c) => c.isDirect).map((c) => [c.resourceName, c.peeringLocation, c.mappedPeeringLocation, c.zone]);
    expect(direct).toEqual([
      ['er-direct-ams-01', 'Equinix-Amsterdam-AM5', 'Amsterdam', 'Zone 1'],
      ['er-direct-ams-02', 'Equinix-Amsterdam-AM5', 'Amsterdam', 'Zone 1'],
    ]);
    const sku002 = of('ERS-SKU-002').find((f) => f.resourceName === 'er-direct-ams-01')!;
    expect(sku002.status).toBeUndefined();
    expect(sku002.message).toContain('Premium at Equinix-Amsterdam-AM5 (Amsterdam, Europe)');
    expect(of('ERS-RED-003').map((f) => f.resourceName)).toContain('ergw-neu-direct');
    expect(of('ERS-COST-006').find((f) => f.resourceName === 'erdirect-lon2')?.message).toContain('(10 Gbps at Equinix-London-LD5 (London))');
    expect(report.notices.join('\n')).not.toMatch(/port location|Equinix-/);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<dd>Equinix-Amsterdam-AM5 (Amsterdam)</dd>');
  });

  it('carries ages from the history, lists new and fixed findings, and opens with the cost of the change', () => {
    expect(report.findings.every((f) => f.baselineState === 'new' || f.baselineState === 'unchanged')).toBe(true);
    expect(report.findings.filter((f) => f.baselineState === 'new').map((f) => `${f.ruleId} ${f.resourceName}`)).toEqual(['ERS-BGP-013 ergw-weu-hub']);
    // first seen in the August report, carried through October's
    expect(of('ERS-BGP-001')[0].firstSeen).toBe('2026-08-03T06:00:00.000Z');
    // whole days from then to this run (the demo is dated by the clock)
    expect(of('ERS-BGP-001')[0].openDays).toBe(Math.max(0, Math.floor((Date.parse(report.generatedAt) - Date.parse('2026-08-03T06:00:00.000Z')) / 86_400_000)));
    expect(report.fixed.map((f) => `${f.ruleId} ${f.resourceName}`).sort()).toEqual(['ERS-RED-001 ergw-weu-nw', 'ERS-RED-004 ergw-gwc-dr']);
    const delta = Object.fromEntries(report.costDelta.resources.map((r) => [r.name, r]));
    expect(delta['er-ams-metro-nw-06']).toMatchObject({ change: 'added', deltaUsd: 1186 });
    expect(delta['er-tlv-nw-04']).toMatchObject({ change: 'changed' });
    expect(delta['ergw-gwc-dr']).toMatchObject({ change: 'changed' });
    expect(report.costDelta.deltaUsd).toBeCloseTo(report.costDelta.resources.reduce((n, r) => n + r.deltaUsd, 0), 2);
    expect(readFileSync(join(out, 'report.md'), 'utf8').split('\n')[0]).toMatch(/^\*\*This change adds \$[\d,]+\/month: /);
  });

  it('writes the trend of the three reports, and erscan diff names what changed since October', () => {
    const trend = JSON.parse(readFileSync(join(out, 'trend.json'), 'utf8')) as { runs: unknown[] };
    expect(trend.runs).toHaveLength(3);
    expect(validateTrend(trend), JSON.stringify(validateTrend.errors)).toBe(true);
    const d = runCli(['diff', 'examples/history/2026-10-05/report.json', join(out, 'report.json')]);
    expect(d.code, d.stderr).toBe(0);
    expect(d.stdout).toContain('allowRemoteVnetTraffic: false → true');
    expect(d.stdout).toContain('bandwidthInMbps: 1000 → 2000');
    expect(d.stdout).toMatch(/\+ circuit er-ams-metro-nw-06/);
  });
  it('prices ERS-RED-004 on ergw-eus-lab as the move from Standard to ErGw1AZ ($0.19/h to $0.361/h), not as free', () => {
    const [f] = of('ERS-RED-004').filter((x) => x.resourceName === 'ergw-eus-lab') as (F & { costImpactUsd?: number | null; costImpactChange?: string })[];
    expect(f.costImpactChange).toBe('resize-to-ErGw1AZ');
    expect(f.costImpactUsd).toBeCloseTo(263.53 - 138.7, 2);
  });
});
