import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/main.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'estate');

/** A week whose scan read nothing (every input a gap) priced nothing: its cost is not known, never $0. */
describe('a scan that read nothing', () => {
  it('words its cost as not known, and the trend charts no $0 for it; a partial scan is a lower bound', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'erscan-nothing-'));
    writeFileSync(join(dir, 'broken.json'), '{"data": [');
    mkdirSync(join(dir, 'reports'));
    const failed = await runMain(['scan', join(dir, 'broken.json'), '--out', join(dir, 'failed'), '--format', 'json,console,markdown', '--no-color']);
    expect(failed.code).toBe(2);
    expect(failed.out).toContain('Monthly cost: not known (1 input(s) or scope(s) not read)');
    expect(failed.out).toContain('potential savings not known');
    expect(readFileSync(join(dir, 'failed', 'report.md'), 'utf8')).toContain('**Cost:** not known for the estate (1 input(s) or scope(s) not read)');
    const report = JSON.parse(readFileSync(join(dir, 'failed', 'report.json'), 'utf8'));
    expect(report.costTotals).toMatchObject({ monthlyUsd: 0, atLeast: true });
    writeFileSync(join(dir, 'reports', 'failed.json'), JSON.stringify({ ...report, scanCategory: 'erscan/weekly', generatedAt: '2026-11-30T06:00:00.000Z' }));

    // A scan that read one input of two: what it read is priced, as a lower bound.
    const partial = await runMain(['scan', EXAMPLE, join(dir, 'broken.json'), '--out', join(dir, 'partial'), '--format', 'json,console', '--no-color']);
    expect(partial.code).toBe(2);
    expect(partial.out).toMatch(/Monthly cost: at least \$[\d,]+ \(1 input\(s\) or scope\(s\) not read/);
    const good = await runMain(['scan', EXAMPLE, '--out', join(dir, 'good'), '--format', 'json', '--fail-on', 'none']);
    expect(good.code).toBe(0);
    const goodReport = JSON.parse(readFileSync(join(dir, 'good', 'report.json'), 'utf8'));
    expect(goodReport.costTotals.monthlyUsd).toBeGreaterThan(0);
    writeFileSync(join(dir, 'reports', 'good.json'), JSON.stringify({ ...goodReport, scanCategory: 'erscan/weekly', generatedAt: '2026-11-23T06:00:00.000Z' }));

    const t = await runMain(['trend', join(dir, 'reports'), '--out', join(dir, 'trend'), '--format', 'json']);
    expect(t.err).not.toContain('error');
    expect(t.code).toBe(0);
    const trend = JSON.parse(readFileSync(join(dir, 'trend', 'trend.json'), 'utf8'));
    expect(trend.runs.map((r: { coverageComplete: boolean; cost: { monthlyUsd: number | null } }) => [r.coverageComplete, r.cost.monthlyUsd === null])).toEqual([
      [true, false],
      [false, true],
    ]);
  });
});
