import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/sources/index.js';
import { CLIENT_SECRET, TEST_CA_FILE, startFakeAzure, type FakeAzure, type FakeConfig } from '../fakes/fake-azure.mjs';

/**
 * The example estate served by the fake Azure and crawled as a user would (`collect`, then `scan` of the
 * snapshot, and `scan --graph`): the same rows, now behind Resource Graph, ARM and Azure Monitor, with the
 * diagnostic settings, metric alerts, maintenance assignments and GatewaySubnet NSGs that the example's
 * snapshot carries served where the live crawl reads them. The findings must be those of scanning the
 * files, except where the crawl reads data the files do not carry (then it may find more, never less).
 */
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'erscan.js');
const dir = mkdtempSync(join(tmpdir(), 'erscan-example-live-'));
let fake: FakeAzure | undefined;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

type Row = Record<string, any>;

/** The fake's configuration from the example estate's files. */
function fakeOfExample(): { cfg: FakeConfig; home: string; tenants: string[] } {
  const { output } = loadInputs([join(root, 'examples', 'estate')]);
  // Subscriptions: the snapshot's, and those of the rows of the other files (with their rows' tenant)
  const subscriptions = new Map(output.subscriptions.map((s) => [s.subscriptionId.toLowerCase(), { subscriptionId: s.subscriptionId, name: s.name, tenantId: s.tenantId! }]));
  for (const { row } of output.raws as { row: Row }[]) {
    const sub = /^\/subscriptions\/([^/]+)/i.exec(row.id)![1];
    if (!subscriptions.has(sub.toLowerCase()) && row.tenantId) subscriptions.set(sub.toLowerCase(), { subscriptionId: sub, name: undefined, tenantId: row.tenantId });
  }
  const tenantOfSub = new Map([...subscriptions.values()].map((s) => [s.subscriptionId.toLowerCase(), s.tenantId]));
  const resources: Row[] = [];
  const diagnosticSettings: Record<string, number> = {};
  const maintenanceAssignments: Row[] = [];
  for (const { row } of output.raws as { row: Row }[]) {
    const sub = /^\/subscriptions\/([^/]+)/i.exec(row.id)![1];
    const { erscan, ...plain } = row;
    const r: Row = { ...plain, type: String(row.type).toLowerCase(), subscriptionId: sub, tenantId: row.tenantId ?? tenantOfSub.get(sub.toLowerCase()) };
    resources.push(r);
    if (!erscan) continue;
    const rg = `/subscriptions/${sub}/resourceGroups/${/resourceGroups\/([^/]+)/i.exec(row.id)![1]}`;
    if (typeof erscan.diagnosticSettingsCount === 'number') diagnosticSettings[row.id.toLowerCase()] = erscan.diagnosticSettingsCount;
    for (let i = 0; i < (erscan.metricAlertCount ?? 0); i++)
      resources.push({ id: `${rg}/providers/Microsoft.Insights/metricAlerts/${row.name}-${i}`, name: `${row.name}-${i}`, type: 'microsoft.insights/metricalerts', subscriptionId: sub, tenantId: r.tenantId, properties: { enabled: true, scopes: [row.id] } });
    for (const mc of erscan.maintenanceConfigurationIds ?? [])
      maintenanceAssignments.push({ id: `${row.id}/providers/Microsoft.Maintenance/configurationAssignments/${mc.split('/').pop()}`, name: mc.split('/').pop(), properties: { resourceId: row.id, maintenanceConfigurationId: mc } });
    if (erscan.gatewaySubnet) {
      const subnet = erscan.gatewaySubnet.id as string;
      const vnet = subnet.replace(/\/subnets\/[^/]+$/i, '');
      resources.push({ id: vnet, name: vnet.split('/').pop(), type: 'microsoft.network/virtualnetworks', subscriptionId: sub, tenantId: r.tenantId, properties: { subnets: [{ id: subnet, name: 'GatewaySubnet', properties: erscan.gatewaySubnet.networkSecurityGroupId ? { networkSecurityGroup: { id: erscan.gatewaySubnet.networkSecurityGroupId } } : {} }] } });
    }
  }
  const tenants = [...new Set([...subscriptions.values()].map((s) => s.tenantId))].sort();
  const cfg: FakeConfig = {
    tenants: tenants.map((id) => ({ id })),
    subscriptions: [...subscriptions.values()].map((s) => ({ subscriptionId: s.subscriptionId, ...(s.name ? { name: s.name } : {}), tenantId: s.tenantId })),
    resources,
    diagnosticSettings,
    maintenanceAssignments,
    quota: { limit: 15, windowMs: 1000 },
  };
  const home = subscriptions.get('11111111-2222-3333-4444-000000000101')!.tenantId;
  return { cfg, home, tenants };
}

function run(f: FakeAzure, home: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, env: { PATH: process.env.PATH, NO_COLOR: '1', NODE_EXTRA_CA_CERTS: TEST_CA_FILE, AZURE_AUTHORITY_HOST: f.url, AZURE_CLIENT_ID: '00000000-0000-0000-0000-00000000c11e', AZURE_TENANT_ID: home, AZURE_CLIENT_SECRET: CLIENT_SECRET }, timeout: 120_000 },
      (err, stdout, stderr) => res({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

interface Report {
  findings: { ruleId: string; resourceId: string }[];
  fixed?: { ruleId: string; resourceId: string }[];
  inventory: Record<string, number>;
  coverage: { complete: boolean; gaps: { scope: string }[] };
  costTotals: { monthlyUsd: number };
  notices: string[];
}
const readReport = (d: string): Report => JSON.parse(readFileSync(join(d, 'report.json'), 'utf8'));
const keys = (r: Report, filter: (ruleId: string) => boolean) => r.findings.filter((f) => filter(f.ruleId)).map((f) => `${f.ruleId} ${f.resourceId.toLowerCase()}`).sort();

describe('the example estate, crawled live from the fake Azure', () => {
  const live = ['--credential', 'env', '--arm-endpoint'];
  const usage = ['--usage', 'examples/usage.json'];
  // rules whose data (requires:) the Resource Graph and ARM exports of the example do not carry
  const REQ = /^ERS-(HYG-00[2378]|RED-01[12])$/;

  it('collect, then scan the snapshot: the findings and costs of the files, and more only where the crawl read more', async () => {
    const { cfg, home } = fakeOfExample();
    fake = await startFakeAzure(cfg);
    const snap = join(dir, 'estate.json');
    const c = await run(fake, home, ['collect', '--out', snap, ...live, fake.url]);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stderr).toMatch(/coverage complete/);

    const files = await run(fake, home, ['scan', 'examples/estate', ...usage, '--out', join(dir, 'files'), '--format', 'json', '--fail-on', 'none']);
    const crawled = await run(fake, home, ['scan', snap, ...usage, '--out', join(dir, 'crawled'), '--format', 'json,sarif', '--fail-on', 'none']);
    expect(files.code, files.stderr).toBe(0);
    expect(crawled.code, crawled.stderr).toBe(0);
    const a = readReport(join(dir, 'files'));
    const b = readReport(join(dir, 'crawled'));
    expect(b.inventory).toEqual(a.inventory);
    expect(b.coverage).toEqual({ complete: true, gaps: [] });
    expect(keys(b, (id) => !REQ.test(id))).toEqual(keys(a, (id) => !REQ.test(id)));
    const more = keys(b, (id) => REQ.test(id));
    for (const k of keys(a, (id) => REQ.test(id))) expect(more).toContain(k);
    // the crawl read every resource's diagnostic settings, alerts and maintenance: nothing left "not evaluated"
    expect(b.notices.join('\n')).not.toMatch(/not evaluated: ERS-HYG-00[2378]|partly evaluated: ERS-HYG-00[2378]/);
    expect(a.notices.join('\n')).toMatch(/partly evaluated: ERS-HYG-002/);
    expect(b.costTotals.monthlyUsd).toBe(a.costTotals.monthlyUsd);
    expect(fake.counters.diagnosticSettings).toBe(16 + 2 + 10); // circuits, Direct ports, gateways
    const sarif = JSON.parse(readFileSync(join(dir, 'crawled', 'report.sarif'), 'utf8'));
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(true);
  }, 120_000);

  it('scan --graph --metrics: measured egress, summed over links and peerings, replaces the declared figure in the cost view', async () => {
    const { cfg, home } = fakeOfExample();
    const ams = cfg.resources.find((r) => r.name === 'er-ams-prod-01')!.id.toLowerCase();
    // both links of both peerings at 100 Mbit/s: 400 Mbit/s leave Azure, 129,600 GB in 30 days
    const series = ['PrivatePeering', 'MicrosoftPeering'].flatMap((p) => ['Primary', 'Secondary'].map((d) => ({ dims: { PeeringType: p, DeviceRole: d }, average: 1e8 })));
    fake = await startFakeAzure({ ...cfg, metrics: { [ams]: series } });
    const r = await run(fake, home, ['scan', '--graph', ...live, fake.url, ...usage, '--metrics', '--out', join(dir, 'metrics'), '--format', 'json', '--fail-on', 'none']);
    expect(r.code, r.stderr).toBe(0);
    const costs = JSON.parse(readFileSync(join(dir, 'metrics', 'report.json'), 'utf8')).costs as { resourceName: string; egressGbPerMonth: number; egressSource: string }[];
    expect(costs.find((c) => c.resourceName === 'er-ams-prod-01')).toMatchObject({ egressGbPerMonth: 129600, egressSource: 'metrics' });
    // the others have no data in Azure Monitor: the usage file still speaks for them
    expect(costs.find((c) => c.resourceName === 'er-lon-prod-01')).toMatchObject({ egressGbPerMonth: 12000, egressSource: 'usage' });
  }, 120_000);

  it('scan --graph with a tenant that refuses sign-in: its resources are a gap, --require-complete exits 3, SARIF says so, and against a complete baseline nothing of it is "fixed"', async () => {
    const { cfg, home } = fakeOfExample();
    const northwind = cfg.subscriptions.find((s) => s.subscriptionId.startsWith('33333333'))!.tenantId;
    fake = await startFakeAzure(cfg);
    const full = await run(fake, home, ['scan', '--graph', ...live, fake.url, '--out', join(dir, 'full'), '--format', 'json', '--fail-on', 'none']);
    expect(full.code, full.stderr).toBe(0);
    await fake.stop();
    fake = await startFakeAzure({ ...cfg, tenants: cfg.tenants.map((t) => (t.id === northwind ? { ...t, loginFails: true } : t)) });
    const part = await run(fake, home, ['scan', '--graph', ...live, fake.url, '--out', join(dir, 'part'), '--format', 'json,sarif', '--fail-on', 'none', '--require-complete', '--baseline', join(dir, 'full', 'report.json')]);
    expect(part.code, part.stderr).toBe(3);
    // with file reports only, stderr still says why: the gap in one line (Entra ID's sentence), then the exit
    expect(part.stderr).toContain(`erscan: coverage gap: tenant ${northwind}: sign-in failed: AADSTS700016: Application with identifier '00000000-0000-0000-0000-00000000c11e' was not found in the directory '${northwind}'.\n`);
    expect(part.stderr).toContain('erscan: coverage is incomplete (1 gap), and --require-complete was given: exit 3');
    expect(part.stderr).not.toMatch(/Trace ID|Correlation ID/);
    const r = readReport(join(dir, 'part'));
    expect(r.coverage.complete).toBe(false);
    expect(r.coverage.gaps.map((g) => g.scope)).toEqual([`tenant ${northwind}`]);
    const nw = (f: { resourceId: string }) => f.resourceId.toLowerCase().startsWith('/subscriptions/33333333');
    expect(r.findings.some(nw)).toBe(false);
    expect(r.fixed!.some(nw)).toBe(false);
    expect(r.notices.join('\n')).toMatch(/finding\(s\) of the baseline were not re-evaluated/);
    const sarif = JSON.parse(readFileSync(join(dir, 'part', 'report.sarif'), 'utf8'));
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text).join('\n')).toContain(northwind);
  }, 120_000);
});
