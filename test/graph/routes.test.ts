import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLIENT_SECRET, TEST_CA_FILE, startFakeAzure } from '../fakes/fake-azure.mjs';
import { TA, armEstate, fakeConfig, graphRow } from './route-estate.js';

/**
 * One estate, every route in: the live crawl (`scan --graph`, and `collect` then `scan` of the snapshot), the
 * Resource Graph rows of the same resources (az graph query output, the REST response, a plain array, the
 * table shape) and their ARM GET payloads (a list response; regions by display name and enums in other case,
 * as some clients write them). The verdicts must be the same; what a route cannot carry is "not evaluated"
 * there, never a verdict another route contradicts; `erscan diff` of any two routes shows no change; and
 * reading two routes together decides as much as the fuller one alone.
 */
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'erscan.js');
const dir = mkdtempSync(join(tmpdir(), 'erscan-routes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stderr: string; stdout: string }> {
  return new Promise((res) =>
    execFile(process.execPath, [bin, ...args], { cwd: dir, env: { PATH: process.env.PATH, NO_COLOR: '1', ...env }, timeout: 120_000 }, (err, stdout, stderr) =>
      res({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

interface Report {
  findings: { ruleId: string; resourceId: string; status?: string; message: string }[];
  notices: string[];
  costTotals: unknown;
}
const report = (name: string): Report => JSON.parse(readFileSync(join(dir, name, 'report.json'), 'utf8'));
/** Each finding as rule, lower-cased id, status and message. */
const verdicts = (r: Report, skip: RegExp = /^$/) =>
  r.findings
    .filter((f) => !skip.test(f.ruleId))
    .map((f) => `${f.ruleId} ${f.resourceId.toLowerCase()} ${f.status ?? 'fail'} ${f.message}`)
    .sort();
/** The rules whose data only the live crawl reads, and ERS-HYG-006 (connectionStatus: ARM GET carries it, Resource Graph rows do not). */
const CRAWL_ONLY = /^ERS-(HYG-00[23678]|RED-01[12])$/;
const scan = ['--format', 'json', '--fail-on', 'none', '--record-inventory'];

describe('one estate, every route in, the same verdicts', () => {
  it('live crawl, snapshot, Resource Graph exports and ARM GET payloads', async () => {
    const fake = await startFakeAzure(fakeConfig());
    const env = { NODE_EXTRA_CA_CERTS: TEST_CA_FILE, AZURE_AUTHORITY_HOST: fake.url, AZURE_CLIENT_ID: '00000000-0000-0000-0000-00000000c11e', AZURE_TENANT_ID: TA, AZURE_CLIENT_SECRET: CLIENT_SECRET };
    const live = ['--credential', 'env', '--arm-endpoint', fake.url];
    try {
      const graph = await run(['scan', '--graph', ...live, ...scan, '--out', 'graph'], env);
      expect(graph.code, graph.stderr).toBe(0);
      const collect = await run(['collect', '--out', 'snapshot.json', ...live], env);
      expect(collect.stderr).toMatch(/coverage complete/);
    } finally {
      await fake.stop();
    }
    const rows = armEstate().map(graphRow);
    mkdirSync(join(dir, 'in'));
    const inputs: Record<string, unknown> = {
      'rg-cli': { count: rows.length, data: rows, skip_token: null, total_records: rows.length },
      'rg-rest': { totalRecords: rows.length, count: rows.length, resultTruncated: 'false', data: rows, facets: [] },
      'rg-rows': rows,
      'rg-table': { totalRecords: rows.length, count: rows.length, resultTruncated: 'false', data: { columns: Object.keys(rows[0]).map((name) => ({ name, type: 'string' })), rows: rows.map((r) => Object.keys(rows[0]).map((c) => r[c])) }, facets: [] },
      'arm-list': { value: armEstate() },
      'arm-spelled': {
        value: armEstate().map((r) => ({ ...r, location: r.location === 'westeurope' ? 'West Europe' : 'UK South', ...(r.sku ? { sku: { ...r.sku, tier: r.sku.tier.toLowerCase(), family: r.sku.family.replace(/^./, (x: string) => x.toLowerCase()) } } : {}) })),
      },
    };
    for (const [name, doc] of Object.entries(inputs)) writeFileSync(join(dir, 'in', `${name}.json`), JSON.stringify(doc));
    const runs = await Promise.all([
      run(['scan', 'snapshot.json', ...scan, '--out', 'snapshot']),
      ...Object.keys(inputs).map((name) => run(['scan', `in/${name}.json`, ...scan, '--out', name])),
      run(['scan', 'snapshot.json', 'in/arm-spelled.json', ...scan, '--out', 'snapshot+arm']),
      run(['scan', 'in/rg-rows.json', 'in/arm-list.json', ...scan, '--out', 'rows+arm']),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);

    // the crawl, and the scan of its snapshot: the same report but for the time
    const crawled = report('graph');
    expect(verdicts(report('snapshot'))).toEqual(verdicts(crawled));
    expect(report('snapshot').notices.filter((n) => !/tenants discovered/.test(n))).toEqual(crawled.notices.filter((n) => !/tenants discovered/.test(n)));
    expect(crawled.findings.some((f) => CRAWL_ONLY.test(f.ruleId))).toBe(true);

    // the Resource Graph rows: the same verdicts, and the rest "not evaluated", never passed
    for (const name of ['rg-cli', 'rg-rest', 'rg-rows', 'rg-table']) {
      const r = report(name);
      expect(verdicts(r), name).toEqual(verdicts(crawled, CRAWL_ONLY));
      for (const id of ['ERS-HYG-002', 'ERS-HYG-003', 'ERS-HYG-007', 'ERS-HYG-008', 'ERS-RED-011', 'ERS-RED-012', 'ERS-HYG-006']) expect(r.notices.join('\n'), `${name} ${id}`).toMatch(new RegExp(`not evaluated: [^(]*${id}`));
    }
    // the ARM payloads: the connection status too (ERS-HYG-006); no tenant, so the advice may differ, not the verdicts
    const rule = (s: string) => s.split(' ').slice(0, 3).join(' ');
    for (const name of ['arm-list', 'arm-spelled']) {
      const r = report(name);
      expect(verdicts(r, CRAWL_ONLY).map(rule), name).toEqual(verdicts(crawled, CRAWL_ONLY).map(rule));
      expect(r.findings.filter((f) => f.ruleId === 'ERS-HYG-006').map((f) => f.resourceId)).toEqual([expect.stringMatching(/conn-uks-ams$/)]);
    }
    // two routes read together: nothing the fuller one decided becomes undecided, and ERS-HYG-006 is decided too
    const both = report('snapshot+arm');
    expect(both.notices.join('\n')).not.toMatch(/different values/);
    expect(verdicts(both, /^ERS-HYG-006$/)).toEqual(verdicts(crawled));
    expect(both.findings.filter((f) => f.ruleId === 'ERS-HYG-006')).toHaveLength(1);
    expect(report('rows+arm').notices.join('\n')).not.toMatch(/different values/);

    // erscan diff of any two routes: no change, and the properties one side did not read are not compared
    const pairs = [
      ['graph/report.json', 'snapshot/report.json'],
      ['snapshot.json', 'in/rg-cli.json'],
      ['snapshot.json', 'in/arm-spelled.json'],
      ['in/rg-table.json', 'in/arm-list.json'],
      ['rg-rows/report.json', 'arm-spelled/report.json'],
      ['arm-list/report.json', 'graph/report.json'],
    ];
    const diffs = await Promise.all(pairs.map(([a, b]) => run(['diff', a, b, '--fail-on-drift', '--format', 'console'])));
    diffs.forEach((d, i) => {
      expect(d.code, `${pairs[i].join(' → ')}: ${d.stdout}${d.stderr}`).toBe(0);
      expect(d.stdout).toMatch(/: 0 added, 0 removed, 0 changed, 18 unchanged/);
    });
    expect(diffs[1].stdout).toMatch(/Note: not compared where one side did not read them: diagnosticSettings \(7 resources\), gatewaySubnet\.networkSecurityGroup \(2 resources\), maintenanceConfigurations \(3 resources\), metricAlerts \(7 resources\)/);
    // no secret reached any report
    for (const name of ['graph', 'snapshot', 'rg-cli', 'arm-list', 'snapshot+arm']) expect(readFileSync(join(dir, name, 'report.json'), 'utf8')).not.toMatch(/planted-secret|kv-macsec\.vault/);
    expect(readFileSync(join(dir, 'snapshot.json'), 'utf8')).not.toMatch(/planted-secret|kv-macsec\.vault/);
  }, 180_000);
});
