import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { buildHistory, type History } from './history.js';
import { validateTrend } from './schemas.js';

/**
 * `erscan trend` as a user runs it (the built CLI): a folder of weekly reports in, trend.html,
 * trend.json and a console summary out; bad input gives one line and exit 2.
 */

let h: History;
let other: History;
let dir: string;

beforeAll(async () => {
  dir = tempDir('erscan-trend-cli-');
  h = await buildHistory(join(dir, 'contoso'));
  other = await buildHistory(join(dir, 'fabrikam'), { weeks: 3, category: 'erscan/fabrikam-weekly' });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The lines of stderr that are errors (the CLI prints a usage hint after usage errors only). */
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('erscan: error:'));

describe('erscan trend', () => {
  it('makes trend.html and trend.json of a folder of reports and prints a summary', () => {
    const out = join(dir, 'trend-out');
    const r = runCli(['trend', join('contoso', 'reports'), '--out', out], { cwd: dir });
    expect(r.stderr).toContain('erscan: wrote');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('erscan trend: 12 reports of erscan/contoso-weekly, 2026-01-05 to 2026-03-23 (77 days)');
    expect(r.stdout).toMatch(/^Open findings: \d+ → \d+ \(.*\); \d+ new and \d+ fixed since the first report$/m);
    expect(r.stdout).toMatch(/^Oldest open: \w+ [A-Z-]+\d+ on .*, open 77 days \(since 2026-01-05\)$/m);
    expect(r.stdout).toMatch(/^Time to fix: high median 28 days \(5 fixed\)/m);
    const trend = JSON.parse(readFileSync(join(out, 'trend.json'), 'utf8'));
    expect(validateTrend(trend), JSON.stringify(validateTrend.errors)).toBe(true);
    expect(trend.runs).toHaveLength(12);
    // the file names are as found in the folder, relative to where erscan ran
    expect(trend.runs[0].report).toBe(join('contoso', 'reports', 'week-00', 'report.json'));
    const html = readFileSync(join(out, 'trend.html'), 'utf8');
    expect(html).toContain('<h1>ExpressRoute audit trend</h1>');
    expect(existsSync(join(out, 'trend.md'))).toBe(false);
  });

  it('files in any order give the same figures as the folder', () => {
    const files = [...h.reports].reverse();
    const a = runCli(['trend', ...files, '--out', join(dir, 'by-files'), '--format', 'json']);
    const b = runCli(['trend', join(h.dir, 'reports'), '--out', join(dir, 'by-folder'), '--format', 'json']);
    expect([a.code, b.code]).toEqual([0, 0]);
    const strip = (file: string) => {
      const t = JSON.parse(readFileSync(file, 'utf8'));
      return { ...t, generatedAt: 'x', runs: t.runs.map((r: { report: string }) => ({ ...r, report: 'x' })) };
    };
    expect(strip(join(dir, 'by-files', 'trend.json'))).toEqual(strip(join(dir, 'by-folder', 'trend.json')));
    expect(a.stdout).toBe('');
  });

  it('writes Markdown for a job summary on request', () => {
    const r = runCli(['trend', join(h.dir, 'reports'), '--out', join(dir, 'md'), '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'md', 'trend.md'), 'utf8')).toMatch(/^## erscan trend: erscan\/contoso-weekly\n/);
  });

  it('refuses reports of different scopes in one line, and keeps them apart on request', () => {
    const mixed = runCli(['trend', join(h.dir, 'reports'), join(other.dir, 'reports'), '--out', join(dir, 'mixed')]);
    expect(mixed.code).toBe(2);
    const lines = errorLines(mixed.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `erscan: error: ${other.reports[0]}: at $.scanCategory: expected the scope of the other reports, "erscan/contoso-weekly" (12 reports, e.g. ${h.reports[0]}), ` +
        'found "erscan/fabrikam-weekly" (3 reports): a trend never mixes scopes; choose one with --scope, or write one trend per scope with --each-scope',
    );
    expect(existsSync(join(dir, 'mixed'))).toBe(false);

    const one = runCli(['trend', join(h.dir, 'reports'), join(other.dir, 'reports'), '--out', join(dir, 'one'), '--scope', 'erscan/fabrikam-weekly', '--format', 'json']);
    expect(one.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'one', 'trend.json'), 'utf8')).runs).toHaveLength(3);

    const each = runCli(['trend', join(h.dir, 'reports'), join(other.dir, 'reports'), '--out', join(dir, 'each'), '--each-scope', '--format', 'json,html']);
    expect(each.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'each', 'erscan-contoso-weekly', 'trend.json'), 'utf8')).runs).toHaveLength(12);
    expect(JSON.parse(readFileSync(join(dir, 'each', 'erscan-fabrikam-weekly', 'trend.json'), 'utf8')).runs).toHaveLength(3);
    expect(existsSync(join(dir, 'each', 'erscan-fabrikam-weekly', 'trend.html'))).toBe(true);

    const unknown = runCli(['trend', join(h.dir, 'reports'), '--scope', 'erscan/nope']);
    expect(unknown.code).toBe(2);
    expect(errorLines(unknown.stderr)).toEqual(['erscan: error: --scope "erscan/nope": no report has this scope; the reports\' scopes are "erscan/contoso-weekly" (12 reports)']);
  });

  it('refuses a report of another schema version in one line', () => {
    const bad = join(dir, 'v2');
    cpSync(join(h.dir, 'reports'), bad, { recursive: true });
    const file = join(bad, 'week-04', 'report.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"schemaVersion": 1', '"schemaVersion": 2'));
    const r = runCli(['trend', bad, '--out', join(dir, 'v2-out')]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([`erscan: error: ${file}: at $.schemaVersion: expected an erscan JSON report of schemaVersion 1 (this erscan reads no other), found number 2`]);
    expect(existsSync(join(dir, 'v2-out'))).toBe(false);
  });

  it('refuses a truncated report in one line that says where it ends', () => {
    const file = join(dir, 'truncated.json');
    const text = readFileSync(h.reports[3], 'utf8');
    writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    const r = runCli(['trend', h.reports[0], file]);
    expect(r.code).toBe(2);
    const lines = errorLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^erscan: error: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: expected valid JSON, found \\w+`));
  });

  it('refuses a file that is not a report, and a folder without reports', () => {
    const r = runCli(['trend', h.snapshots[0]]);
    expect(r.code).toBe(2);
    const rows = (JSON.parse(readFileSync(h.snapshots[0], 'utf8')) as unknown[]).length;
    expect(errorLines(r.stderr)).toEqual([`erscan: error: ${h.snapshots[0]}: at $: expected an erscan JSON report, found an array of ${rows}`]);
    const empty = join(dir, 'no-reports');
    mkdirSync(empty, { recursive: true });
    cpSync(h.snapshots[0], join(empty, 'snapshot.json'));
    const e = runCli(['trend', empty]);
    expect(e.code).toBe(2);
    expect(errorLines(e.stderr)).toEqual([`erscan: error: ${empty}: expected a folder holding erscan JSON reports, found 1 JSON file(s), none of them an erscan report`]);
  });

  it('counts a copy of a report once and says so', () => {
    const copies = join(dir, 'copies');
    cpSync(join(h.dir, 'reports'), join(copies, 'weekly'), { recursive: true });
    mkdirSync(join(copies, 'latest'), { recursive: true });
    cpSync(h.reports[11], join(copies, 'latest', 'report.json'));
    const r = runCli(['trend', copies, '--format', 'console,json', '--out', join(dir, 'copies-out')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'copies-out', 'trend.json'), 'utf8')).runs).toHaveLength(12);
    expect(r.stdout).toMatch(/Note: .*weekly\/week-11\/report\.json is a copy of .*latest\/report\.json \(same time, same findings\): counted once/);
  });

  it('the scan options work through the CLI: --baseline ages, --sort age, --record-inventory', () => {
    const out = join(dir, 'scan-aged');
    const r = runCli(['scan', h.snapshots[11], '--out', out, '--format', 'json,markdown,html', '--fail-on', 'none', '--baseline', h.reports[10], '--sort', 'age', '--record-inventory']);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.recordedInventory.version).toBe(2);
    // ages come from the baseline chain: week 10's report carries week 0's firstSeen forward
    const oldest = Math.max(...report.findings.map((f: { openDays: number }) => f.openDays));
    expect(oldest).toBeGreaterThanOrEqual(70);
    expect(report.findings.every((f: { firstSeen?: string }) => typeof f.firstSeen === 'string')).toBe(true);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('### Oldest findings');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<th scope="col" data-key="age" aria-sort="descending">');
    const bad = runCli(['scan', h.snapshots[11], '--sort', 'newest']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/sort.*"newest"/);
  });

  it('--each-scope gives scopes that differ only in punctuation folders of their own', () => {
    const base = join(dir, 'punct');
    for (const [i, scope] of ['erscan/a b', 'erscan/a-b'].entries()) {
      mkdirSync(join(base, String(i)), { recursive: true });
      writeFileSync(join(base, String(i), 'report.json'), readFileSync(h.reports[i], 'utf8').replaceAll('"erscan/contoso-weekly"', JSON.stringify(scope)));
    }
    const r = runCli(['trend', base, '--each-scope', '--format', 'json', '--out', join(dir, 'punct-out')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'punct-out', 'erscan-a-b', 'trend.json'), 'utf8')).scope.key).toBe('erscan/a b');
    expect(JSON.parse(readFileSync(join(dir, 'punct-out', 'erscan-a-b-2', 'trend.json'), 'utf8')).scope.key).toBe('erscan/a-b');
  });
});

describe('trend and diff check --out before reading, as scan does', () => {
  it('a file where the folder should be, or a folder that cannot be made: exit 2 and one line, never a hang', () => {
    const file = join(dir, 'not-a-folder.txt');
    writeFileSync(file, 'x');
    const reports = join('contoso', 'reports');
    const week = (n: number) => h.reports[n];
    for (const args of [
      ['trend', reports, '--out', file],
      ['diff', week(0), week(1), '--out', file],
      ['trend', reports, '--out', '/proc/erscan-cannot-be-made'],
      ['diff', week(0), week(1), '--out', '/proc/erscan-cannot-be-made'],
    ]) {
      const r = runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(errorLines(r.stderr)).toHaveLength(1);
      expect(errorLines(r.stderr)[0]).toMatch(/^erscan: error: --out .*: expected a folder/);
    }
  });
});

describe('trend reads folders as scan does: symbolic links followed once, a broken one named', () => {
  it('a report linked into the folder counts; a broken link is exit 2 naming it', () => {
    const folder = join(dir, 'linked');
    mkdirSync(folder, { recursive: true });
    symlinkSync(h.reports[0], join(folder, 'week-00.json'));
    symlinkSync(h.reports[1], join(folder, 'week-01.json'));
    symlinkSync(h.reports[1], join(folder, 'again.json')); // the same file twice: read once
    const r = runCli(['trend', folder, '--format', 'json', '--out', join(dir, 'linked-out')]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'linked-out', 'trend.json'), 'utf8')).runs).toHaveLength(2);
    symlinkSync(join(dir, 'no-such-report.json'), join(folder, 'week-02.json'));
    const broken = runCli(['trend', folder, '--format', 'json', '--out', join(dir, 'linked-out')]);
    expect(broken.code).toBe(2);
    expect(errorLines(broken.stderr)).toEqual([`erscan: error: ${join(folder, 'week-02.json')}: expected a symbolic link to a readable file or folder, found a broken link (its target does not exist)`]);
  });
});

describe('trend refuses a report whose scope is not text, naming the path', () => {
  it('scanCategory 42', () => {
    const file = join(dir, 'scope-42.json');
    const doc = JSON.parse(readFileSync(h.reports[0], 'utf8'));
    doc.scanCategory = 42;
    writeFileSync(file, JSON.stringify(doc));
    const r = runCli(['trend', file, '--format', 'console']);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([`erscan: error: ${file}: at $.scanCategory: expected the scope of the scan (text), found number 42`]);
  });
});
