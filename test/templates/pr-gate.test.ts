import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The PR-gating scenario, end to end through the real CLI: the main branch (before), a pull request
// that moves every ExpressRoute gateway to a non-zone-redundant SKU (after: ARM through its
// parameter file, Bicep-built JSON inline, Terraform in .tf and plan), and the same PR once fixed.
// Fixtures: test/fixtures/iac/pr/{before,after,fixed} (made by test/fixtures/iac/make-fixtures.mjs).

const root = join(import.meta.dirname, '..', '..');
const fixtures = 'test/fixtures/iac/pr';
let out: string;

function erscan(args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/erscan.js', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface SarifResult {
  ruleId: string;
  baselineState?: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } } }[];
}

/** Line of the first line of `file` that matches `pattern` (1-based): where the resource is declared. */
function lineOf(file: string, pattern: RegExp, after = 0): number {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const i = lines.findIndex((l, n) => n >= after && pattern.test(l));
  if (i < 0) throw new Error(`${pattern} not found in ${file}`);
  return i + 1;
}

beforeAll(() => {
  // The scenario runs the real CLI (bin/erscan.js → dist/), so build what is being tested.
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  out = mkdtempSync(join(tmpdir(), 'erscan-prgate-'));
}, 120_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('PR gating on templates and plans', () => {
  it('gates on the ExpressRoute gateway SKU rule alone: before passes, the PR fails, the fix passes', () => {
    const config = join(out, 'only-red-004.json');
    writeFileSync(config, JSON.stringify({ rules: { include: ['ERS-RED-004'] } }));
    const before = erscan(['scan', `${fixtures}/before`, '--format', 'json', '--out', join(out, 'only-before'), '--fail-on', 'high', '--config', config]);
    expect(before.stderr).not.toMatch(/error/i);
    expect(before.status).toBe(0);
    const after = erscan(['scan', `${fixtures}/after`, '--format', 'sarif,json', '--out', join(out, 'only-after'), '--fail-on', 'high', '--config', config]);
    expect(after.status).toBe(1);
    const fixed = erscan(['scan', `${fixtures}/fixed`, '--format', 'json', '--out', join(out, 'only-fixed'), '--fail-on', 'high', '--config', config]);
    expect(fixed.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'only-after', 'report.json'), 'utf8'));
    expect(report.findings.map((f: { resourceName: string }) => f.resourceName).sort()).toEqual(['ergw-neu-hub', 'ergw-sea-hub', 'ergw-weu-hub']);
  });

  it('with the whole catalogue and --baseline: new findings carry the right file and line in SARIF, exit 1; exit 0 once fixed', () => {
    const base = erscan(['scan', `${fixtures}/before`, '--format', 'json', '--out', join(out, 'before'), '--fail-on', 'none']);
    expect(base.status).toBe(0);
    const baseline = join(out, 'before', 'report.json');

    const pr = erscan(['scan', `${fixtures}/after`, '--format', 'sarif,markdown,json', '--out', join(out, 'after'), '--fail-on', 'high', '--baseline', baseline, '--fail-on-new']);
    expect(pr.status).toBe(1);
    const sarif = JSON.parse(readFileSync(join(out, 'after', 'report.sarif'), 'utf8'));
    const results: SarifResult[] = sarif.runs[0].results;
    const red004 = results.filter((r) => r.ruleId === 'ERS-RED-004');
    const where = red004.map((r) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}`).sort();

    const arm = `${fixtures}/after/arm/azuredeploy.json`;
    const bicep = `${fixtures}/after/bicep/main.json`;
    const tf = `${fixtures}/after/terraform/main.tf`;
    // Each finding points at the declaration of the gateway resource in the file the PR changed.
    const armLine = lineOf(arm, /"type": "Microsoft\.Network\/virtualNetworkGateways"/) - 1; // the resource object's opening brace
    const bicepLine = lineOf(bicep, /^ {4}"gateway": \{/);
    const tfLine = lineOf(tf, /^resource "azurerm_virtual_network_gateway" "er"/);
    expect(where).toEqual([`${arm}:${armLine}`, `${bicep}:${bicepLine}`, `${tf}:${tfLine}`].sort());
    expect(readFileSync(join(root, arm), 'utf8').split('\n')[armLine - 1].trim()).toBe('{');

    // Only the findings the PR introduced are new; the gate (--fail-on-new) fails because of them.
    const report = JSON.parse(readFileSync(join(out, 'after', 'report.json'), 'utf8'));
    const fresh = report.findings.filter((f: { baselineState?: string }) => f.baselineState === 'new');
    expect(fresh.map((f: { ruleId: string }) => f.ruleId)).toContain('ERS-RED-004');
    for (const f of fresh.filter((x: { ruleId: string }) => x.ruleId === 'ERS-RED-004')) {
      expect(f.location.file).toMatch(/after\/(arm|bicep|terraform)\//);
      expect(f.message).toMatch(/HighPerformance|Standard/);
    }
    expect(readFileSync(join(out, 'after', 'report.md'), 'utf8')).toMatch(/ERS-RED-004/);

    const fixed = erscan(['scan', `${fixtures}/fixed`, '--format', 'sarif,json', '--out', join(out, 'fixed'), '--fail-on', 'high', '--baseline', baseline, '--fail-on-new']);
    expect(fixed.status).toBe(0);
    const fixedReport = JSON.parse(readFileSync(join(out, 'fixed', 'report.json'), 'utf8'));
    expect(fixedReport.findings.filter((f: { baselineState?: string }) => f.baselineState === 'new')).toEqual([]);
    expect(fixedReport.findings.some((f: { ruleId: string }) => f.ruleId === 'ERS-RED-004')).toBe(false);
  });

  it('recognises file types by content and skips other files with a note', () => {
    const r = erscan(['scan', `${fixtures}/after`, '--fail-on', 'none', '--color', 'false']);
    expect(r.status).toBe(0);
    // arm/metadata.json is JSON of no known format: skipped with a note, never an error.
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.stdout).toMatch(/skipped 1 file of no known format: .*metadata\.json/);
    expect(r.stdout).toMatch(/5 circuits, 4 peerings, 0 Direct ports, 3 gateways and 5 connections/);
  });
});
