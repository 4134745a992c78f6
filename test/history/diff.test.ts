import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSides, loadSide, type Diff, type DiffSide } from '../../src/history/diff.js';
import { renderDiffConsole, renderDiffJson, renderDiffMarkdown } from '../../src/history/diff-render.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { PLANTED_SECRETS } from '../reporters/fixture.js';
import { expectGolden } from './golden.js';
import { buildHistory, estateOf, IDS, PLANTED, type History } from './history.js';
import { validateDiff } from './schemas.js';

/** Drift between two states of the evolving estate of test/history/history.ts. */

let h: History;
const snap = (w: number) => h.snapshots[w];
const report = (w: number) => h.reports[w];
const named = (side: DiffSide, source: string): DiffSide => ({ ...side, source });
const diff = (a: string, b: string) => diffSides(loadSide(a), loadSide(b), '0.1.0');
const changeOf = (d: Diff, id: string) => d.changed.find((c) => c.id.toLowerCase() === id.toLowerCase())?.changes;
const SECRETS = [...PLANTED, ...PLANTED_SECRETS];

beforeAll(async () => {
  h = await buildHistory(tempDir('erscan-diff-'));
}, 120_000);
afterAll(() => rmSync(h.dir, { recursive: true, force: true }));

describe('erscan diff of two snapshots', () => {
  it('lists the resources added and removed over the quarter', () => {
    const d = diff(snap(0), snap(11));
    expect(d.added.map((r) => `${r.kind} ${r.name}`)).toEqual(['circuit er-par-prod-01', 'peering er-par-prod-01/AzurePrivatePeering']);
    expect(d.removed.map((r) => `${r.kind} ${r.name}`)).toEqual(['circuit er-ams-prod-02']);
    expect(d.summary).toMatchObject({ added: 2, removed: 1, notCompared: 0 });
  });

  it("says a circuit's SKU changed, a peering was disabled, a link enabled, a gateway resized", () => {
    const d = diff(snap(0), snap(11));
    expect(changeOf(d, IDS.lon)).toEqual([
      { property: 'sku.name', before: 'Standard_UnlimitedData', after: 'Premium_UnlimitedData' },
      { property: 'sku.tier', before: 'Standard', after: 'Premium' },
    ]);
    expect(changeOf(d, IDS.amsPrivate)).toEqual([{ property: 'state', before: 'Enabled', after: 'Disabled' }]);
    expect(changeOf(d, IDS.amsLink2)).toEqual([{ property: 'adminState', before: 'Disabled', after: 'Enabled' }]);
    expect(changeOf(d, IDS.gwNeu)).toContainEqual({ property: 'sku.name', before: 'UltraPerformance', after: 'ErGw3AZ' });
  });

  it("says a Direct link's macSecConfig was removed, without a secret", () => {
    const d = diff(snap(5), snap(6));
    expect(d.summary).toMatchObject({ added: 0, removed: 0, changed: 1 });
    expect(changeOf(d, IDS.amsLink1)).toEqual([
      { property: 'macSecConfig', before: 'configured', after: 'not configured' },
      { property: 'macSecConfig.cakSecretIdentifier', before: 'configured', after: 'not configured' },
      { property: 'macSecConfig.cipher', before: 'GcmAes256', after: null },
      { property: 'macSecConfig.cknSecretIdentifier', before: 'configured', after: 'not configured' },
      { property: 'macSecConfig.sciState', before: 'Disabled', after: null },
      { property: 'macSecConfig.secretsInKeyVault', before: true, after: null },
    ]);
    const text = renderDiffConsole(d) + renderDiffMarkdown(d) + renderDiffJson(d);
    expect(text).toContain('macSecConfig: configured → not configured');
    for (const s of SECRETS) expect(text).not.toContain(s);
  });

  it('compares secrets only as configured or not: a rotated key is no drift', () => {
    const dir = h.dir;
    const before = estateOf(11);
    const after = estateOf(11);
    const md5 = (rows: typeof before) => (rows.find((r) => r.name === 'er-ams-prod-01')!.properties.peerings as { properties: Record<string, unknown> }[])[0].properties;
    md5(after).sharedKey = 'AnotherBgpMd5Key!';
    writeFileSync(join(dir, 'key-a.json'), JSON.stringify(before));
    writeFileSync(join(dir, 'key-b.json'), JSON.stringify(after));
    expect(diff(join(dir, 'key-a.json'), join(dir, 'key-b.json')).summary.changed).toBe(0);
    delete md5(after).sharedKey;
    writeFileSync(join(dir, 'key-c.json'), JSON.stringify(after));
    const d = diff(join(dir, 'key-a.json'), join(dir, 'key-c.json'));
    expect(d.changed.flatMap((c) => c.changes)).toEqual([{ property: 'sharedKey', before: 'configured', after: null }]);
    const text = renderDiffJson(d) + renderDiffConsole(d);
    for (const s of [...SECRETS, 'AnotherBgpMd5Key!']) expect(text).not.toContain(s);
  });

  it('lists resources behind a coverage gap as not compared, never as removed', () => {
    const rows = estateOf(11);
    const dr = '11111111-2222-3333-4444-000000000102';
    const file = join(h.dir, 'gap-snapshot.json');
    writeFileSync(
      file,
      JSON.stringify({
        erscanSnapshot: 1,
        generatedAt: '2026-03-30T06:00:00.000Z',
        coverage: { complete: false, gaps: [{ scope: `subscription ${dr}`, reason: 'AuthorizationFailed' }] },
        resources: rows.filter((r) => !r.id.includes(dr)),
      }),
    );
    const d = diff(snap(11), file);
    expect(d.removed).toEqual([]);
    expect(d.notCompared.length).toBeGreaterThan(0);
    expect(d.notCompared.every((r) => r.seenIn === 'old' && r.id.includes(dr) && r.reason === `the new side could not read subscription ${dr}: AuthorizationFailed`)).toBe(true);
    expect(d.new).toMatchObject({ generatedAt: '2026-03-30T06:00:00.000Z', coverageComplete: false });
    expect(d.notes[0]).toMatch(/^the new side \(.*gap-snapshot\.json\) has 1 coverage gap\(s\)/);
  });

  it("a side that read nothing (a failed week's report) removes and adds nothing: every resource is not compared", () => {
    const file = join(h.dir, 'failed-week.json');
    writeFileSync(file, JSON.stringify({ erscanSnapshot: 1, generatedAt: '2026-03-30T06:00:00.000Z', coverage: { complete: false, gaps: [{ scope: 'export.json', reason: 'expected valid JSON' }] }, resources: [] }));
    const d = diff(snap(11), file);
    expect(d.summary).toMatchObject({ added: 0, removed: 0, changed: 0 });
    expect(d.notCompared.length).toBe(loadSide(snap(11)).states.length);
    expect(d.notCompared[0].reason).toBe('the new side could not read anything: every input or scope was a gap (1, such as export.json: expected valid JSON)');
    const back = diff(file, snap(11));
    expect(back.summary).toMatchObject({ added: 0, removed: 0 });
    expect(back.notCompared.every((r) => r.seenIn === 'new')).toBe(true);
  });
});

describe('erscan diff of two reports', () => {
  it('gives what the diff of their inputs gives', () => {
    const byReports = diff(report(0), report(11));
    const bySnapshots = diff(snap(0), snap(11));
    const body = (d: Diff) => ({ ...d, old: undefined, new: undefined });
    expect(body(byReports)).toEqual(body(bySnapshots));
    expect(byReports.old).toMatchObject({ kind: 'report', generatedAt: '2026-01-05T06:00:00.000Z' });
    // and a report can be compared with a snapshot
    expect(body(diff(report(0), snap(11)))).toEqual(body(bySnapshots));
  });

  it('finds no drift between a week and itself', () => {
    const d = diff(report(10), snap(10));
    expect(d.summary).toMatchObject({ added: 0, removed: 0, changed: 0 });
    expect(renderDiffMarkdown(d)).toContain('No drift: every resource is as it was.');
  });

  it('validates against schemas/diff.schema.json', () => {
    const doc = JSON.parse(renderDiffJson(diff(report(0), report(11))));
    expect(validateDiff(doc), JSON.stringify(validateDiff.errors)).toBe(true);
    expect(validateDiff({ ...doc, changed: [{ ...doc.changed[0], changes: [] }] })).toBe(false);
  });
});

describe('diff renderings (golden files)', () => {
  const fixed = () => diffSides(named(loadSide(snap(0)), 'snapshots/week-00.json'), named(loadSide(report(11)), 'reports/week-11/report.json'), '0.1.0');
  it('console', () => expectGolden('diff.txt', renderDiffConsole(fixed())));
  it('Markdown', () => expectGolden('diff.md', renderDiffMarkdown(fixed())));
  it('cuts long lists and says where the rest is', () => {
    const d = fixed();
    expect(renderDiffConsole(d, 2)).toMatch(/… and \d+ more resources in diff\.json\n/);
    expect(renderDiffMarkdown(d, 1)).toContain('…and 1 more added in diff.json.');
  });
});

describe('erscan diff through the CLI', () => {
  const errorLines = (s: string) => s.split('\n').filter((l) => l.startsWith('erscan: error:'));

  it('prints the drift, writes diff.json and diff.md, and exits 1 on drift only when asked', () => {
    const out = join(h.dir, 'diff-out');
    const r = runCli(['diff', snap(5), snap(6), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 changed');
    expect(r.stdout).toContain('    macSecConfig: configured → not configured');
    const doc = JSON.parse(readFileSync(join(out, 'diff.json'), 'utf8'));
    expect(validateDiff(doc), JSON.stringify(validateDiff.errors)).toBe(true);
    expect(readFileSync(join(out, 'diff.md'), 'utf8')).toContain('| Direct link | erdirect-ams2/link1 | macSecConfig | configured | not configured |');
    expect(runCli(['diff', snap(5), snap(6), '--fail-on-drift']).code).toBe(1);
    expect(runCli(['diff', snap(10), report(10), '--fail-on-drift']).code).toBe(0);
  });

  it('refuses a report without a recorded inventory in one line', () => {
    const bare = join(h.dir, 'bare-report.json');
    const doc = JSON.parse(readFileSync(report(3), 'utf8'));
    delete doc.recordedInventory;
    writeFileSync(bare, JSON.stringify(doc));
    const r = runCli(['diff', bare, snap(4)]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([
      `erscan: error: ${bare}: at $.recordedInventory: expected a report that recorded its inventory (erscan scan --record-inventory), or a snapshot or Resource Graph export, found a report without one`,
    ]);
  });

  it('refuses a truncated file and a report of another schema version in one line', () => {
    const cut = join(h.dir, 'cut.json');
    const text = readFileSync(snap(2), 'utf8');
    writeFileSync(cut, text.slice(0, text.length - 40));
    const r = runCli(['diff', snap(1), cut]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toHaveLength(1);
    expect(errorLines(r.stderr)[0]).toMatch(/cut\.json:\d+:\d+: expected valid JSON, found \w+/);
    const v2 = join(h.dir, 'v2.json');
    writeFileSync(v2, readFileSync(report(2), 'utf8').replace('"schemaVersion": 1', '"schemaVersion": 2'));
    const s = runCli(['diff', v2, snap(2)]);
    expect(s.code).toBe(2);
    expect(errorLines(s.stderr)).toEqual([`erscan: error: ${v2}: at $.schemaVersion: expected an erscan JSON report of schemaVersion 1 (this erscan reads no other), found number 2`]);
  });
});
