import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildInventory } from '../../src/inventory/build.js';
import { loadCatalogue } from '../../src/pricing/catalogue.js';
import { costDelta, loadBaselineCosts } from '../../src/pricing/delta.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import type { CostDelta } from '../../src/pricing/model.js';
import { circuitRow, connectionRow, gatewayRow } from '../analysis/helpers.js';

/**
 * The cost of a change through the CLI: scan an estate, then the same estate with a circuit added, one
 * removed and one changed, with the first JSON report as --baseline; costDelta must be right to the dollar
 * in the JSON report, the Markdown summary (which opens with it) and the HTML report.
 */

let dir: string;
const out: string[] = [];

async function erscan(...argv: string[]): Promise<number> {
  process.exitCode = 0;
  await main(argv);
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return code;
}

function estate(name: string, rows: Record<string, unknown>[]): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(rows, null, 1));
  return file;
}

const before = () => [
  circuitRow('er-keep', { bandwidthMbps: 1000 }), // Standard Metered 1 Gbps Zone 1: $436 + 1,000 GB × $0.025 = $461
  circuitRow('er-remove', { location: 'London', region: 'uksouth', family: 'UnlimitedData' }), // Standard Unlimited 1 Gbps Zone 1: $5,700
  circuitRow('er-change', { location: 'Frankfurt', region: 'germanywestcentral', bandwidthMbps: 500 }), // Standard Metered 500 Mbps: $290
  gatewayRow('gw'), // ErGw1AZ: $0.361 × 730 = $263.53
  connectionRow('c-keep', 'gw', 'er-keep'),
  connectionRow('c-remove', 'gw', 'er-remove'),
  connectionRow('c-change', 'gw', 'er-change'),
];
const after = () => [
  circuitRow('er-keep', { bandwidthMbps: 1000 }),
  circuitRow('er-change', { location: 'Frankfurt', region: 'germanywestcentral', bandwidthMbps: 500, tier: 'Premium' }), // Premium Metered 500 Mbps: $690
  circuitRow('er-lon-new', { location: 'London', region: 'uksouth', family: 'UnlimitedData', bandwidthMbps: 2000 }), // Standard Unlimited 2 Gbps: $11,400
  gatewayRow('gw'),
  connectionRow('c-keep', 'gw', 'er-keep'),
  connectionRow('c-change', 'gw', 'er-change'),
  connectionRow('c-new', 'gw', 'er-lon-new'),
];

describe('--baseline: the cost of a change, through the CLI', () => {
  let delta: CostDelta;
  let md: string;
  let html: string;
  let json: Record<string, unknown>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'erscan-delta-'));
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
    const usage = join(dir, 'usage.json');
    writeFileSync(usage, JSON.stringify({ circuits: { 'er-keep': { egressGbPerMonth: 1000 } } }));
    expect(await erscan('scan', estate('before.json', before()), '--usage', usage, '--out', join(dir, 'r1'), '--format', 'json', '--fail-on', 'none')).toBe(0);
    expect(await erscan('scan', estate('after.json', after()), '--usage', usage, '--baseline', join(dir, 'r1', 'report.json'), '--out', join(dir, 'r2'), '--format', 'json,markdown,html', '--fail-on', 'none')).toBe(0);
    json = JSON.parse(readFileSync(join(dir, 'r2', 'report.json'), 'utf8')) as Record<string, unknown>;
    delta = json.costDelta as CostDelta;
    md = readFileSync(join(dir, 'r2', 'report.md'), 'utf8');
    html = readFileSync(join(dir, 'r2', 'report.html'), 'utf8');
  });
  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('JSON: the totals and each resource, to the dollar', () => {
    expect(delta).toMatchObject({ baselineMonthlyUsd: 6714.53, currentMonthlyUsd: 12814.53, deltaUsd: 6100 });
    expect(delta.deltaUsd).toBe(Math.round((delta.currentMonthlyUsd - delta.baselineMonthlyUsd) * 100) / 100);
    const by = Object.fromEntries(delta.resources.map((r) => [r.name, r]));
    expect(Object.keys(by).sort()).toEqual(['er-change', 'er-lon-new', 'er-remove']); // er-keep and the gateway did not change
    expect(by['er-lon-new']).toMatchObject({ change: 'added', beforeUsd: null, afterUsd: 11400, deltaUsd: 11400, reason: 'new 2 Gbps Standard Unlimited circuit in Zone 1' });
    expect(by['er-remove']).toMatchObject({ change: 'removed', beforeUsd: 5700, afterUsd: null, deltaUsd: -5700, reason: 'removed 1 Gbps Standard Unlimited circuit in Zone 1' });
    expect(by['er-change']).toMatchObject({ change: 'changed', beforeUsd: 290, afterUsd: 690, deltaUsd: 400, reason: '500 Mbps Standard Metered circuit in Zone 1 → 500 Mbps Premium Metered circuit in Zone 1' });
    expect(by['er-lon-new'].resourceId).toMatch(/expressRouteCircuits\/er-lon-new$/);
  });

  it('Markdown: the summary opens with it, then lists each resource', () => {
    expect(md.split('\n')[0]).toBe(
      '**This change adds $6,100/month: er-lon-new, new 2 Gbps Standard Unlimited circuit in Zone 1; er-remove, removed 1 Gbps Standard Unlimited circuit in Zone 1; er-change, 500 Mbps Standard Metered circuit in Zone 1 → 500 Mbps Premium Metered circuit in Zone 1**',
    );
    expect(md).toContain('$6,715 → $12,815 per month');
    expect(md).toContain('| er-lon-new | added | n/a | $11,400 | +$11,400 | new 2 Gbps Standard Unlimited circuit in Zone 1 |');
    expect(md).toContain('| er-remove | removed | $5,700 | n/a | -$5,700 | removed 1 Gbps Standard Unlimited circuit in Zone 1 |');
    expect(md).toContain('| er-change | changed | $290 | $690 | +$400 |');
  });

  it('HTML: the headline and each resource', () => {
    expect(html).toContain('<strong>This change adds $6,100/month: er-lon-new, new 2 Gbps Standard Unlimited circuit in Zone 1;');
    expect(html).toContain('($6,715 → $12,815 per month, against ');
    expect(html).toMatch(/<td title="[^"]*er-lon-new">er-lon-new<\/td><td>added<\/td><td class="num">n\/a<\/td><td class="num">\$11,400<\/td><td class="num">\+\$11,400<\/td>/);
    expect(html).toMatch(/er-remove<\/td><td>removed<\/td><td class="num">\$5,700<\/td><td class="num">n\/a<\/td><td class="num">-\$5,700<\/td>/);
    expect(html).toMatch(/er-change<\/td><td>changed<\/td><td class="num">\$290<\/td><td class="num">\$690<\/td><td class="num">\+\$400<\/td>/);
    expect(html).toMatch(/<div class="big">\+\$6,100<\/div><div>per month against the baseline<\/div>/);
  });

  it('validates against the report schema', async () => {
    const { schemaValidator } = await import('../../src/util/schema.js');
    const validate = schemaValidator('report.schema.json');
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('an older baseline without per-resource costs gives a clear notice and no delta', async () => {
    const old = JSON.parse(readFileSync(join(dir, 'r1', 'report.json'), 'utf8')) as Record<string, unknown>;
    delete old.otherCosts;
    delete old.priceCatalogue;
    delete old.costTotals;
    old.costs = [];
    writeFileSync(join(dir, 'old.json'), JSON.stringify(old));
    expect(await erscan('scan', join(dir, 'after.json'), '--baseline', join(dir, 'old.json'), '--out', join(dir, 'r3'), '--format', 'json,markdown', '--fail-on', 'none')).toBe(0);
    const r3 = JSON.parse(readFileSync(join(dir, 'r3', 'report.json'), 'utf8')) as { costDelta?: unknown; notices: string[] };
    expect(r3.costDelta).toBeUndefined();
    expect(r3.notices.join('\n')).toMatch(/baseline .*old\.json carries no per-resource costs .*: no cost delta; scan the baseline again with this version to get one/);
    expect(readFileSync(join(dir, 'r3', 'report.md'), 'utf8')).not.toMatch(/^\*\*This change/);
  });
});

describe('the cost of a change with unknown or several possible template values', () => {
  const catalogue = loadCatalogue();
  const inv = (rows: Record<string, unknown>[]) => buildInventory(rows.map((row) => ({ row }))).inventory;

  it('a value with several possible values makes the delta a range, never a guess', () => {
    const base = estimateCosts(inv([circuitRow('er-a', { family: 'UnlimitedData' })]), { catalogue });
    writeFileSync(join(tmpdir(), 'erscan-delta-base.json'), JSON.stringify({ schemaVersion: 1, findings: [], costs: base.costs, otherCosts: base.otherCosts, costTotals: base.totals, priceCatalogue: base.priceCatalogue }));
    const changed = inv([circuitRow('er-a', { family: 'UnlimitedData' })]);
    changed.circuits[0].tier = undefined;
    changed.circuits[0].skuName = undefined;
    changed.circuits[0].possible = { tier: { values: ['Standard', 'Premium'], from: 'parameter erSkuTier (allowedValues)' } };
    const b = loadBaselineCosts(join(tmpdir(), 'erscan-delta-base.json'));
    if ('notice' in b) throw new Error(b.notice);
    const d = costDelta(b, estimateCosts(changed, { catalogue }));
    expect(d.deltaUsd).toBeNull();
    expect(d.deltaRangeUsd).toEqual({ min: 0, max: 750 }); // Standard Unlimited $5,700 or Premium Unlimited $6,450
    expect(d.resources[0]).toMatchObject({ name: 'er-a', change: 'changed', deltaUsd: null, deltaRangeUsd: { min: 0, max: 750 } });
  });

  it('a value nobody knows makes the delta unknown', () => {
    const b = loadBaselineCosts(join(tmpdir(), 'erscan-delta-base.json'));
    if ('notice' in b) throw new Error(b.notice);
    const changed = inv([circuitRow('er-a', { family: 'UnlimitedData' })]);
    changed.circuits[0].bandwidthMbps = undefined;
    changed.circuits[0].unknown = { bandwidthMbps: 'from parameter bandwidth, which has no value here' };
    const d = costDelta(b, estimateCosts(changed, { catalogue }));
    expect(d.deltaUsd).toBeNull();
    expect(d.deltaRangeUsd).toBeUndefined();
    expect(d.resources[0]).toMatchObject({ deltaUsd: null });
    expect(d.resources[0].reason).toMatch(/price not known now/);
    expect(d.notes!.join()).toMatch(/1 resource\(s\) changed by an amount that is not known: er-a/);
    rmSync(join(tmpdir(), 'erscan-delta-base.json'), { force: true });
  });
});

describe('--baseline on templates: the cost of a pull request that changes a parameter file', () => {
  let tdir: string;
  beforeAll(() => {
    tdir = mkdtempSync(join(tmpdir(), 'erscan-delta-iac-'));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(tdir, { recursive: true, force: true });
  });

  it('prices the template values on both sides: a bandwidth and SKU change is a change to the dollar', async () => {
    const here = join(import.meta.dirname, '..', '..', 'examples', 'iac', 'arm');
    const template = readFileSync(join(here, 'expressroute.json'), 'utf8');
    const params = JSON.parse(readFileSync(join(here, 'expressroute.parameters.json'), 'utf8')) as { parameters: Record<string, { value: unknown }> };
    const base = join(tdir, 'base');
    const pr = join(tdir, 'pr');
    for (const [d, p] of [
      [base, params],
      [pr, { ...params, parameters: { ...params.parameters, bandwidthInMbps: { value: 2000 }, erSkuFamily: { value: 'UnlimitedData' } } }],
    ] as const) {
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'expressroute.json'), template);
      writeFileSync(join(d, 'expressroute.parameters.json'), JSON.stringify(p));
    }
    expect(await erscan('scan', base, '--out', join(tdir, 'r1'), '--format', 'json', '--fail-on', 'none')).toBe(0);
    expect(await erscan('scan', pr, '--baseline', join(tdir, 'r1', 'report.json'), '--out', join(tdir, 'r2'), '--format', 'json,markdown', '--fail-on', 'none')).toBe(0);
    const r = JSON.parse(readFileSync(join(tdir, 'r2', 'report.json'), 'utf8')) as { costDelta: CostDelta };
    // 1 Gbps Standard Metered ($436, no declared egress) → 2 Gbps Standard Unlimited ($11,400)
    expect(r.costDelta.deltaUsd).toBe(11400 - 436);
    expect(r.costDelta.resources).toEqual([
      expect.objectContaining({ name: 'er-ams-prod', change: 'changed', beforeUsd: 436, afterUsd: 11400, deltaUsd: 10964, reason: '1 Gbps Standard Metered circuit in Zone 1 → 2 Gbps Standard Unlimited circuit in Zone 1' }),
    ]);
    expect(readFileSync(join(tdir, 'r2', 'report.md'), 'utf8').split('\n')[0]).toBe('**This change adds $10,964/month: er-ams-prod, 1 Gbps Standard Metered circuit in Zone 1 → 2 Gbps Standard Unlimited circuit in Zone 1**');
  });
});

describe('the headline of a change that changes nothing', () => {
  it('says so plainly, not "this change does not change"', async () => {
    const { costDeltaHeadline } = await import('../../src/reporters/cost-text.js');
    expect(costDeltaHeadline({ baselineMonthlyUsd: 2023.4, currentMonthlyUsd: 2023.4, deltaUsd: 0, resources: [] })).toBe('No change to the monthly cost against the baseline');
  });
});

describe('a baseline whose cost part has the wrong shape: a note and no delta, never a crash or a report that fails its schema', () => {
  it.each([
    ['a monthly figure that is text', (r: Record<string, any>) => (r.costs[0].monthlyUsd = { current: 'lots' }), '$.costs[0].monthlyUsd: expected a monthly figure that is a finite number of at least 0, or null, found "lots"'],
    ['missing parts that are not a list', (r: Record<string, any>) => (r.costs[0].missing = 'x'), '$.costs[0].missing: expected a list of the parts not priced, found "x"'],
    ['a priced state erscan does not write', (r: Record<string, any>) => (r.otherCosts[0].priced = 'mostly'), '$.otherCosts[0].priced: expected full, partial or none, found "mostly"'],
  ])('%s', async (_what, spoil, path) => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { runCli, tempDir } = await import('../helpers/cli.js');
    const { schemaValidator } = await import('../../src/util/schema.js');
    const dir = tempDir('erscan-badbase-');
    expect(runCli(['scan', 'examples/estate', '--usage', 'examples/usage.json', '--out', join(dir, 'a'), '--format', 'json', '--fail-on', 'none']).code).toBe(0);
    const base = JSON.parse(readFileSync(join(dir, 'a', 'report.json'), 'utf8'));
    spoil(base);
    writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
    const r = runCli(['scan', 'examples/estate', '--usage', 'examples/usage.json', '--baseline', join(dir, 'base.json'), '--out', join(dir, 'b'), '--format', 'json', '--fail-on', 'none']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'b', 'report.json'), 'utf8'));
    expect(report.costDelta).toBeUndefined();
    expect(report.notices).toContain(`baseline ${join(dir, 'base.json')}: at ${path}, so the report has no cost delta`);
    const validate = schemaValidator('report.schema.json');
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});
