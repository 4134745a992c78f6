import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { applyBaseline } from '../../src/findings/baseline.js';
import { FIXTURE_ROWS, fixtureFindings, IDS } from './fixture.js';

/**
 * Baselines end to end through the CLI: scan, change the estate, scan again with --baseline, and
 * check new / unchanged / fixed, the reports and the exit codes of --fail-on and --fail-on-new.
 */

type Row = { id: string; name: string; properties: Record<string, unknown>; subscriptionId?: string };
interface JsonReport {
  findings: { ruleId: string; resourceId: string; severity: string; baselineState?: string; suppression?: unknown }[];
  fixed?: { ruleId: string; resourceId: string }[];
  notices: string[];
}

let dir: string;
let stderr = '';

async function erscan(...argv: string[]): Promise<number> {
  process.exitCode = 0;
  await main(argv);
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return code;
}

const rows = (): Row[] => JSON.parse(readFileSync(FIXTURE_ROWS, 'utf8')) as Row[];
function writeRows(name: string, list: Row[]): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(list, null, 1));
  return file;
}
function setSku(list: Row[], name: string, sku: string): Row[] {
  const r = list.find((x) => x.name === name)!;
  r.properties.sku = { name: sku, tier: sku };
  return list;
}
const report = (out: string) => JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as JsonReport;
const red004 = (r: JsonReport, id: string) => r.findings.find((f) => f.ruleId === 'ERS-RED-004' && f.resourceId === id);
const GW_HUB = IDS.gwNeu.replace('ergw-neu-direct', 'ergw-weu-hub');

describe('--baseline and --fail-on-new through the CLI', () => {
  let baselineFile: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'erscan-baseline-'));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      stderr += String(s);
      return true;
    });
    const first = writeRows('estate.json', rows());
    expect(await erscan('scan', first, '--out', join(dir, 'r1'), '--format', 'json', '--fail-on', 'none')).toBe(0);
    baselineFile = join(dir, 'r1', 'report.json');
    // the starting point: the UltraPerformance gateway breaks ERS-RED-004, the hub gateway does not
    expect(red004(report(join(dir, 'r1')), IDS.gwNeu)).toBeDefined();
    expect(red004(report(join(dir, 'r1')), GW_HUB)).toBeUndefined();
  });

  afterEach(() => {
    stderr = '';
  });

  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('marks findings new or unchanged, lists fixed ones, in JSON, Markdown and SARIF', async () => {
    const changed = writeRows('changed.json', setSku(setSku(rows(), 'ergw-neu-direct', 'ErGw3AZ'), 'ergw-weu-hub', 'Standard'));
    const out = join(dir, 'r2');
    const code = await erscan('scan', changed, '--out', out, '--format', 'json,markdown,sarif', '--baseline', baselineFile, '--fail-on', 'high', '--fail-on-new');
    const r = report(out);
    expect(red004(r, GW_HUB)?.baselineState).toBe('new');
    expect(red004(r, IDS.gwNeu)).toBeUndefined();
    expect(r.fixed?.map((f) => `${f.ruleId} ${f.resourceId}`)).toEqual([`ERS-RED-004 ${IDS.gwNeu}`]);
    expect(r.findings.filter((f) => f.baselineState === 'new')).toHaveLength(1);
    expect(r.findings.filter((f) => f.baselineState !== 'new').every((f) => f.baselineState === 'unchanged')).toBe(true);
    // a new high finding fails the gate even with --fail-on-new
    expect(code).toBe(1);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain('**1 new**');
    expect(md).toContain('**1 fixed**');
    expect(md).toMatch(/### New findings\n\n[^\n]+\n[^\n]+\n\| High \| ERS-RED-004 gateway-zone-redundant-sku \| ergw-weu-hub \|/);
    const sarif = JSON.parse(readFileSync(join(out, 'report.sarif'), 'utf8')) as { runs: { results: { ruleId: string; baselineState?: string; properties: { resourceId: string } }[] }[] };
    expect(sarif.runs[0].results.find((x) => x.ruleId === 'ERS-RED-004' && x.properties.resourceId === GW_HUB)?.baselineState).toBe('new');
  });

  it('--fail-on-new passes an estate whose only debt is old, where --fail-on alone fails', async () => {
    const fixedOnly = writeRows('fixed-only.json', setSku(rows(), 'ergw-neu-direct', 'ErGw3AZ'));
    const out = join(dir, 'r3');
    expect(await erscan('scan', fixedOnly, '--out', out, '--format', 'json', '--baseline', baselineFile, '--fail-on', 'low', '--fail-on-new')).toBe(0);
    const r = report(out);
    expect(r.findings.filter((f) => f.baselineState === 'new')).toEqual([]);
    const debt = r.findings.some((f) => !f.suppression);
    // the same scan without --fail-on-new fails on the old findings (if the catalogue finds any)
    expect(await erscan('scan', fixedOnly, '--out', out, '--format', 'json', '--baseline', baselineFile, '--fail-on', 'low')).toBe(debt ? 1 : 0);
    expect(debt).toBe(true);
  });

  it('does not call findings fixed when their resources were not scanned this time', async () => {
    // scan only the DR subscription: the production findings were not looked at again
    const dr = rows().filter((x) => x.id.toLowerCase().includes('/subscriptions/11111111-2222-3333-4444-000000000102/'));
    expect(dr.length).toBeGreaterThan(0);
    const out = join(dir, 'r4');
    expect(await erscan('scan', writeRows('dr-only.json', dr), '--out', out, '--format', 'json', '--baseline', baselineFile, '--fail-on', 'none')).toBe(0);
    const r = report(out);
    expect(r.fixed).toEqual([]);
    expect(r.notices.join('\n')).toMatch(/finding\(s\) of the baseline were not re-evaluated/);
  });

  it('does not call findings fixed when their rule did not run', async () => {
    const config = join(dir, 'only-bgp.yaml');
    writeFileSync(config, 'rules:\n  include: [bgp]\n');
    const out = join(dir, 'r5');
    expect(await erscan('scan', join(dir, 'estate.json'), '--config', config, '--out', out, '--format', 'json', '--baseline', baselineFile, '--fail-on', 'none')).toBe(0);
    const r = report(out);
    expect(r.fixed).toEqual([]);
    expect(r.findings.every((f) => f.ruleId.startsWith('ERS-BGP-'))).toBe(true);
    expect(r.notices.join('\n')).toContain('ERS-RED-004');
  });

  it('rejects --fail-on-new without --baseline, and a SARIF file as the baseline', async () => {
    expect(await erscan('scan', join(dir, 'estate.json'), '--fail-on-new')).toBe(2);
    expect(stderr).toContain('--fail-on-new needs --baseline');
    stderr = '';
    expect(await erscan('scan', join(dir, 'estate.json'), '--baseline', join(dir, 'r2', 'report.sarif'), '--fail-on', 'none')).toBe(2);
    expect(stderr).toContain('$.schemaVersion');
    expect(stderr).toContain('this is a SARIF file');
  });
});

describe('applyBaseline', () => {
  const findings = fixtureFindings();
  it('without a scope, every baseline finding that is gone is fixed', () => {
    const out = applyBaseline(findings.slice(1), findings);
    expect(out.fixed.map((f) => f.fingerprint)).toEqual([findings[0].fingerprint]);
    expect(out.findings.every((f) => f.baselineState === 'unchanged')).toBe(true);
    expect(out.fixed[0].baselineState).toBeUndefined();
  });

  it('with a scope, a deleted resource is fixed only when its subscription was read completely', () => {
    const gone = findings[1]; // ergw-neu-direct, subscription ...101
    const scope = { ruleIds: findings.map((f) => f.ruleId), resourceKeys: [] as string[], subscriptionIds: ['11111111-2222-3333-4444-000000000101'], coverageComplete: true };
    expect(applyBaseline([], [gone], scope).fixed).toHaveLength(1);
    expect(applyBaseline([], [gone], { ...scope, coverageComplete: false }).notEvaluated).toHaveLength(1);
    expect(applyBaseline([], [gone], { ...scope, subscriptionIds: [] }).notEvaluated).toHaveLength(1);
    expect(applyBaseline([], [gone], { ...scope, ruleIds: [], resourceKeys: [gone.resourceId.toLowerCase()] }).notEvaluated).toHaveLength(1);
    expect(applyBaseline([], [gone], { ...scope, subscriptionIds: [], coverageComplete: false, resourceKeys: [gone.resourceId.toLowerCase()] }).fixed).toHaveLength(1);
  });

  it('is independent of input order and duplicates', () => {
    const a = applyBaseline(findings.slice(2), [...findings, findings[0]]);
    const b = applyBaseline([...findings.slice(2)].reverse(), [...findings].reverse());
    expect(a.fixed.map((f) => f.fingerprint).sort()).toEqual(b.fixed.map((f) => f.fingerprint).sort());
    expect(a.fixed).toHaveLength(2);
  });
});
