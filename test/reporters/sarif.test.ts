import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { buildSarif, fileArtifact, gzipFits, pascalName, primaryLocationLineHash, pseudoPathForResource, renderSarif, SARIF_FAST_GZIP_LEVEL } from '../../src/reporters/sarif.js';
import type { Finding } from '../../src/findings/model.js';
import { fingerprintOf } from '../../src/rules/engine.js';
import { fixtureResult, IDS, PLANTED_SECRETS } from './fixture.js';
import { runPipeline } from '../../src/cli/pipeline.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { join, relative } from 'node:path';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expectGolden } from './golden.js';
import { lintForGitHub, multitoolPath, runMultitool, sarifSchemaValidator } from './sarif-validate.js';

const OPTS = { sourceRoot: '/repo' };

function render(result = fixtureResult(), opts: Parameters<typeof buildSarif>[1] = OPTS): { text: string; log: Log } {
  const text = renderSarif(result, opts);
  return { text, log: JSON.parse(text) as Log };
}

function schemaErrors(log: unknown): string[] {
  const validate = sarifSchemaValidator();
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Many findings on distinct live resources, for the limit tests. */
function manyFindings(n: number): Finding[] {
  const sev = ['critical', 'high', 'medium', 'low', 'info'] as const;
  return Array.from({ length: n }, (_, i) => {
    const severity = sev[i % 5];
    const resourceId = `/subscriptions/00000000-0000-0000-0000-00000000000${i % 3}/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er-${String(i).padStart(5, '0')}`;
    return {
      ruleId: 'ERS-HYG-001',
      ruleName: 'circuit-tags',
      category: 'hygiene',
      severity,
      resourceId,
      resourceType: 'Microsoft.Network/expressRouteCircuits',
      resourceName: `er-${i}`,
      message: `Circuit er-${i} has no owner tag; expected tags owner and costCentre.`,
      fingerprint: fingerprintOf('ERS-HYG-001', resourceId),
    } satisfies Finding;
  });
}

describe('SARIF reporter', () => {
  it('matches the golden file', () => {
    expectGolden('report.sarif', render().text);
  });

  it('validates against the OASIS SARIF 2.1.0 schema and the GitHub ingestion rules', () => {
    const { log } = render();
    expect(schemaErrors(log)).toEqual([]);
    expect(lintForGitHub(log)).toEqual([]);
    // the same without a baseline or costs, and with no findings at all
    const empty = { ...fixtureResult({ baseline: false, cost: false }), findings: [] };
    expect(schemaErrors(render(empty).log)).toEqual([]);
    expect(lintForGitHub(render(empty).log)).toEqual([]);
    expect(render(empty).log.runs[0].results).toEqual([]);
  });

  it('the schema check can fail (a result with a bad level is rejected)', () => {
    const { log } = render();
    (log.runs[0].results![0] as unknown as Record<string, unknown>).level = 'high';
    expect(schemaErrors(log).length).toBeGreaterThan(0);
    const noLoc = render().log;
    noLoc.runs[0].results![0].locations = [];
    expect(lintForGitHub(noLoc)).toContain('run 0 result 0: no physical location uri');
  });

  // The multitool ships for Linux in @microsoft/sarif-multitool-linux (installed by `npm ci`); it
  // must be there on Linux, and is only optional elsewhere.
  const multitool = multitoolPath();
  it('finds the SARIF multitool on Linux', () => {
    if (process.platform === 'linux') expect(multitool).toBeDefined();
  });
  it.skipIf(!multitool)('passes the SARIF multitool (validate --rule-kind "Gh;Sarif") with no errors', () => {
    const reported = runMultitool(multitool!, render().text);
    const errors = reported.filter((r) => r.level === 'error');
    expect(errors).toEqual([]);
    // The validator really runs: a broken log gets errors.
    const broken = render().log;
    broken.runs[0].results![0].locations = [];
    delete (broken as { $schema?: string }).$schema;
    const brokenErrors = runMultitool(multitool!, JSON.stringify(broken)).filter((r) => r.level === 'error');
    expect(brokenErrors.map((e) => e.ruleId)).toEqual(expect.arrayContaining(['GH1013']));
  });

  it('the demo estate, with the real rule catalogue, passes the schema, the GitHub lint and the multitool', async () => {
    // as npm run demo scans it (usage, last month's report as baseline) and with the example suppressions:
    // baseline states, suppressions and the cost of compliance all in the log
    const ex = (...p: string[]) => relative(process.cwd(), join(PACKAGE_ROOT, 'examples', ...p));
    const { result } = await runPipeline(
      { inputs: [ex('estate')], failOn: 'none', usage: ex('usage.json'), baseline: ex('history', '2026-10-05', 'report.json'), suppressions: ex('suppressions.yaml') },
      new Date('2026-11-30T06:00:00Z'),
    );
    const text = renderSarif(result, {});
    const log = JSON.parse(text) as Log;
    const results = log.runs[0].results!;
    expect(results.some((r) => r.baselineState === 'new') && results.some((r) => r.baselineState === 'unchanged')).toBe(true);
    expect(results.filter((r) => r.suppressions?.length).length).toBe(1);
    expect(results.some((r) => typeof r.properties?.costImpactUsd === 'number')).toBe(true);
    expect(results.every((r) => typeof r.properties?.firstSeen === 'string' && typeof r.properties?.openDays === 'number')).toBe(true);
    expect(log.runs[0].results!.length).toBe(result.findings.length);
    expect(log.runs[0].tool.driver.rules!.length).toBe(result.rules.length);
    expect(schemaErrors(log)).toEqual([]);
    expect(lintForGitHub(log)).toEqual([]);
    if (multitool) expect(runMultitool(multitool, text).filter((r) => r.level === 'error')).toEqual([]);
  });

  it('maps severities to levels and security-severity, with full rule metadata', () => {
    const { log } = render();
    const run = log.runs[0];
    const byId = new Map(run.tool.driver.rules!.map((r) => [r.id, r]));
    expect(byId.get('ERS-ENC-001')!.defaultConfiguration!.level).toBe('error');
    expect(byId.get('ERS-ENC-001')!.properties!['security-severity']).toBe('9.5');
    expect(byId.get('ERS-RED-004')!.properties!['security-severity']).toBe('8.0');
    expect(byId.get('ERS-BGP-002')!.defaultConfiguration!.level).toBe('warning');
    expect(byId.get('ERS-HYG-001')!.defaultConfiguration!.level).toBe('note');
    expect(byId.get('ERS-CST-001')!.properties!['security-severity']).toBe('1.0');
    const red = byId.get('ERS-RED-004')!;
    expect(red.name).toBe('GatewayZoneRedundantSku');
    expect(red.shortDescription!.text).toBe('ExpressRoute virtual network gateways use a zone-redundant SKU');
    expect(red.fullDescription!.text).toContain('gateway-zone-redundant-sku matters for the estate');
    expect(red.help!.markdown).toContain('## How to fix');
    expect(red.helpUri).toBe('https://github.com/erscan/erscan/blob/main/rules/redundancy/ERS-RED-004.md');
    expect(red.properties!.tags).toEqual(expect.arrayContaining(['category/redundancy', 'pillar/reliability']));
    expect(red.properties!.precision).toBe('very-high');
    expect(byId.get('ERS-BGP-002')!.properties!.precision).toBe('high');
    expect(byId.get('ERS-ENC-001')!.properties!.tags).toContain('security');
    // a user rule outside the catalogue points at its own first link
    expect(byId.get('ACME-SKU-001')!.helpUri).toBe('https://learn.microsoft.com/azure/expressroute/expressroute-introduction');
    expect(run.tool.driver.fullName).toBeTruthy();
    for (const res of run.results!) expect(run.tool.driver.rules![res.ruleIndex!].id).toBe(res.ruleId);
  });

  it('locates template findings on their line and live resources by ARM id', () => {
    const run = render().log.runs[0];
    const tpl = run.results!.find((r) => r.properties!.source === 'template')!;
    expect(tpl.locations![0].physicalLocation).toEqual({
      artifactLocation: { uri: 'infra/er%20(prod).json', uriBaseId: 'SRCROOT' },
      region: { startLine: 42, startColumn: 7 },
    });
    expect(tpl.partialFingerprints!.primaryLocationLineHash).toBeUndefined();
    const live = run.results!.find((r) => r.properties!.resourceId === IDS.gwNeu)!;
    expect(live.locations![0].physicalLocation!.artifactLocation!.uri).toBe(
      'azure/subscriptions/11111111-2222-3333-4444-000000000101/resourcegroups/rg-connectivity-prod/providers/microsoft.network/virtualnetworkgateways/ergw-neu-direct',
    );
    expect(live.locations![0].logicalLocations).toEqual([{ name: 'ergw-neu-direct', fullyQualifiedName: IDS.gwNeu, kind: 'resource' }]);
    expect(live.message.text).toContain(IDS.gwNeu);
    expect(live.partialFingerprints!.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/);
    expect(live.baselineState).toBe('new');
    expect(run.automationDetails!.id).toBe('erscan/fixtures/estate-rows.json/');
  });

  it('builds file URIs relative to the source root, absolute file: URIs outside it', () => {
    expect(fileArtifact('infra/main.json', '/repo')).toEqual({ uri: 'infra/main.json', uriBaseId: 'SRCROOT' });
    expect(fileArtifact('/repo/infra/a b.json', '/repo')).toEqual({ uri: 'infra/a%20b.json', uriBaseId: 'SRCROOT' });
    expect(fileArtifact('./x/../infra/main.json', '/repo').uri).toBe('infra/main.json');
    expect(fileArtifact('/elsewhere/main.json', '/repo')).toEqual({ uri: 'file:///elsewhere/main.json' });
    expect(pseudoPathForResource('/subscriptions/s/resourceGroups/rg (prod)/providers/X/y/z')).toBe('azure/subscriptions/s/resourcegroups/rg%20(prod)/providers/x/y/z');
    // One path whatever the case Azure spells the id in this week: the alert keeps its identity (and a dismissal).
    expect(pseudoPathForResource('/subscriptions/S/resourcegroups/RG-Net/providers/Microsoft.Network/expressRouteCircuits/ER-1')).toBe(pseudoPathForResource('/subscriptions/s/resourceGroups/rg-net/providers/microsoft.network/expressroutecircuits/er-1'));
    expect(pascalName('peering-md5')).toBe('PeeringMd5');
  });

  it('puts a template file relative to the root of its repository, whatever folder erscan ran in and however the file was named', () => {
    // Code scanning reads a relative path from the repository root, and shows nothing in a file reached
    // through a symlink. Run from a subfolder, erscan named infra/main.json `main.json`; run from
    // outside, `../repo/...` or a path from that folder.
    const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'erscan-sarif-root-')));
    const repo = join(tmp, 'repo');
    try {
      mkdirSync(join(repo, '.git'), { recursive: true });
      mkdirSync(join(repo, 'infra', 'net work'), { recursive: true });
      writeFileSync(join(repo, 'infra', 'net work', 'main.json'), '{}');
      symlinkSync(join(repo, 'infra', 'net work'), join(repo, 'current'));
      mkdirSync(join(tmp, 'norepo'));
      writeFileSync(join(tmp, 'norepo', 'main.json'), '{}');
      const base = fixtureResult();
      const tpl = base.findings.find((f) => f.location)!;
      const artifactFrom = (cwd: string, file: string) => {
        const was = process.cwd();
        process.chdir(cwd);
        try {
          const log = buildSarif({ ...base, findings: [{ ...tpl, location: { ...tpl.location!, file } }] });
          return log.runs[0].results![0].locations![0].physicalLocation!.artifactLocation;
        } finally {
          process.chdir(was);
        }
      };
      const want = { uri: 'infra/net%20work/main.json', uriBaseId: 'SRCROOT' };
      expect(artifactFrom(repo, 'infra/net work/main.json')).toEqual(want);
      expect(artifactFrom(join(repo, 'infra'), 'net work/main.json')).toEqual(want);
      expect(artifactFrom(join(repo, 'infra', 'net work'), 'main.json')).toEqual(want);
      expect(artifactFrom(tmp, 'repo/infra/net work/main.json')).toEqual(want);
      expect(artifactFrom(tmpdir(), join(repo, 'infra', 'net work', 'main.json'))).toEqual(want);
      expect(artifactFrom(repo, 'current/main.json')).toEqual(want);
      // in no repository: relative to the working directory, as before
      expect(artifactFrom(tmp, 'norepo/main.json')).toEqual({ uri: 'norepo/main.json', uriBaseId: 'SRCROOT' });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('gives findings of one rule on one template line distinct line hashes; a finding alone on its line is left to upload-sarif', () => {
    // upload-sarif hashes the text of the line, so two findings of one rule on one line (a minified
    // template, two peerings on one line) would get one primaryLocationLineHash: one alert in code scanning.
    const base = fixtureResult();
    const tpl = base.findings.find((f) => f.location)!;
    const other = tpl.resourceId.replace(/[^/]+$/, 'second-resource');
    const at = (line: number, resourceId: string, ruleId = tpl.ruleId): Finding => ({ ...tpl, ruleId, resourceId, fingerprint: fingerprintOf(ruleId, resourceId), location: { ...tpl.location!, line } });
    const hashes = (findings: Finding[], opts: Parameters<typeof buildSarif>[1] = OPTS) =>
      buildSarif({ ...base, findings }, opts).runs[0].results!.map((r) => [r.ruleId, r.properties!.resourceId, r.partialFingerprints!.primaryLocationLineHash]);
    const onOneLine = [at(42, tpl.resourceId), at(42, other), at(42, other, 'ERS-OTHER-001'), at(43, tpl.resourceId, 'ERS-OTHER-001')];
    const [a, b, alone, below] = hashes(onOneLine);
    expect(a[2]).toMatch(/^[0-9a-f]{16}:1$/);
    expect(b[2]).toMatch(/^[0-9a-f]{16}:1$/);
    expect(a[2]).not.toBe(b[2]);
    // another rule on that line, and that rule on the next line: each alone, so upload-sarif's hash stands
    expect(alone[2]).toBeUndefined();
    expect(below[2]).toBeUndefined();
    // The same hashes when the lines move, the input order changes, or GitHub's limit leaves one out.
    expect(hashes([at(7, other), at(7, tpl.resourceId)])).toEqual([b, a]);
    expect(hashes(onOneLine, { ...OPTS, maxResults: 1 })).toEqual([a]);
    // A template scanned once per parameter file: one resource, two deployments, two alerts.
    const withParameters = (file: string): Finding => ({ ...at(42, tpl.resourceId), source: { ...tpl.source!, kind: 'arm', parameterFile: file } });
    const [p1, p2] = hashes([withParameters('infra/prod.parameters.json'), withParameters('infra/dev.parameters.json')]);
    expect(p1[2]).not.toBe(p2[2]);
  });

  it('gives two gateways of a minified ARM template two line hashes per rule, end to end', async () => {
    const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'erscan-sarif-minified-')));
    try {
      const gw = (name: string) => ({ type: 'Microsoft.Network/virtualNetworkGateways', apiVersion: '2023-09-01', name, location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'Standard', tier: 'Standard' }, ipConfigurations: [] } });
      const file = join(tmp, 'min.json');
      writeFileSync(file, JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources: [gw('gw-a'), gw('gw-b')] }));
      const { result } = await runPipeline({ inputs: [file], failOn: 'none' }, new Date('2026-11-30T06:00:00Z'));
      const results = buildSarif(result, { sourceRoot: tmp }).runs[0].results!;
      const red004 = results.filter((r) => r.ruleId === 'ERS-RED-004');
      expect(red004.map((r) => [r.locations![0].physicalLocation!.region!.startLine, r.properties!.resourceName])).toEqual([
        [1, 'gw-a'],
        [1, 'gw-b'],
      ]);
      const lineHashes = results.map((r) => `${r.ruleId} ${r.partialFingerprints!.primaryLocationLineHash}`);
      expect(new Set(lineHashes).size).toBe(results.length);
      expect(results.every((r) => /^[0-9a-f]{16}:1$/.test(r.partialFingerprints!.primaryLocationLineHash!))).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('fingerprints are stable across input order and case, unique per rule and resource', () => {
    const a = fixtureResult();
    const b = fixtureResult();
    b.findings = [...b.findings].reverse();
    const hashes = (log: Log) => new Map(log.runs[0].results!.map((r) => [`${r.ruleId}|${r.properties!.resourceId}`, r.partialFingerprints]));
    expect(hashes(render(b).log)).toEqual(hashes(render(a).log));
    expect(primaryLocationLineHash('R-1', IDS.gwNeu)).toBe(primaryLocationLineHash('R-1', IDS.gwNeu.toUpperCase()));
    expect(primaryLocationLineHash('R-1', IDS.gwNeu)).not.toBe(primaryLocationLineHash('R-2', IDS.gwNeu));
    expect(primaryLocationLineHash('R-1', IDS.gwNeu)).not.toBe(primaryLocationLineHash('R-1', IDS.gwDr));
    const all = render().log.runs[0].results!.map((r) => r.partialFingerprints!['erscanFingerprint/v1']);
    expect(new Set(all).size).toBe(all.length);
  });

  it('reports suppressions as SARIF suppressions with the justification', () => {
    const res = render().log.runs[0].results!.find((r) => r.ruleId === 'ERS-HYG-001')!;
    expect(res.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Tagged by the <CMDB> sync & owned by NetOps', properties: { expires: '2026-12-31' } }]);
    expect(render().log.runs[0].results!.filter((r) => r.suppressions).length).toBe(1);
  });

  it('reports coverage gaps and notices as tool notifications; a run with gaps did not execute successfully', () => {
    const inv = render().log.runs[0].invocations![0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications!.map((n) => n.level)).toEqual(['error', 'note']);
    expect(inv.toolExecutionNotifications!.map((n) => n.message.text)).toEqual([
      'Coverage gap: subscription 11111111-2222-3333-4444-000000000199 could not be read or checked in full (AuthorizationFailed: the client has no read access <denied>).',
      'suppression of ERS-HYG-001 on er-old expired on 2026-01-31 (erscan.yaml)',
    ]);
  });

  it('truncates past the result limit, most severe first, with a warning', () => {
    const result = { ...fixtureResult({ baseline: false }), findings: manyFindings(50) };
    const { log } = render(result, { ...OPTS, maxResults: 20 });
    const run = log.runs[0];
    expect(run.results!.length).toBe(20);
    // 10 critical + 10 high survive; every medium/low/info is dropped
    expect(new Set(run.results!.map((r) => r.properties!.severity))).toEqual(new Set(['critical', 'high']));
    expect(run.invocations![0].toolExecutionNotifications![0].message.text).toMatch(/^30 of 50 findings were left out/);
    expect(run.properties!.truncated).toEqual({ totalFindings: 50, omitted: 30 });
    expect(schemaErrors(log)).toEqual([]);
  });

  it('stays under the gzipped size limit by dropping the least severe results', () => {
    const result = { ...fixtureResult({ baseline: false }), findings: manyFindings(400) };
    const full = gzipSync(renderSarif(result, OPTS)).length;
    const limit = Math.floor(full / 3);
    const text = JSON.stringify(buildSarif(result, { ...OPTS, maxGzipBytes: limit }), null, 2);
    expect(gzipSync(text).length).toBeLessThanOrEqual(limit);
    const run = (JSON.parse(text) as Log).runs[0];
    expect(run.results!.length).toBeGreaterThan(0);
    expect(run.results!.length).toBeLessThan(400);
    expect(run.results!.some((r) => r.properties!.severity === 'critical')).toBe(true);
    expect(run.invocations![0].toolExecutionNotifications![0].descriptor!.id).toBe('sarif-truncated');
  });

  it('measures the limit at gzip\'s fast level first, and lets the default level decide a log the fast level puts over it', () => {
    const result = { ...fixtureResult({ baseline: false }), findings: manyFindings(400) };
    const compact = JSON.stringify(buildSarif(result, OPTS));
    const fast = gzipSync(compact, { level: SARIF_FAST_GZIP_LEVEL }).length;
    const dflt = gzipSync(compact).length;
    // The default level compresses this log better than the fast one: a limit between the two.
    expect(dflt).toBeLessThan(fast);
    expect(gzipFits(compact, fast)).toBe(true);
    expect(gzipFits(compact, dflt)).toBe(true);
    expect(gzipFits(compact, dflt - 1)).toBe(false);
    // Between the two measures every result stays (the default level decides); below both, some go.
    expect(buildSarif(result, { ...OPTS, maxGzipBytes: dflt }).runs[0].results!.length).toBe(400);
    expect(buildSarif(result, { ...OPTS, maxGzipBytes: dflt - 1 }).runs[0].results!.length).toBeLessThan(400);
  });

  it('is deterministic and never contains a secret', () => {
    const a = render().text;
    expect(render().text).toBe(a);
    for (const s of PLANTED_SECRETS) expect(a).not.toContain(s);
  });
});
