import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { ensureBuilt } from '../robustness/support.js';
import { validateReport } from '../helpers/report-schema.js';

/**
 * A baseline whose cost figures cannot be right (a negative monthly total, 1e999 read as Infinity) gave
 * a cost delta anyway: baselineMonthlyUsd -5000, or null (Infinity written as JSON), against the schema.
 * Such a baseline is not used for the cost delta, and a notice says why.
 */

const dir = tempDir('erscan-baseline-totals-');
const BASELINE = join(ROOT, 'examples', 'history', '2026-10-05', 'report.json');

beforeAll(() => ensureBuilt());

function scanAgainst(name: string, edit: (doc: Record<string, any>) => void, raw?: string) {
  const doc = JSON.parse(readFileSync(BASELINE, 'utf8'));
  edit(doc);
  const file = join(dir, name);
  writeFileSync(file, raw ? JSON.stringify(doc).replace('"@@"', raw) : JSON.stringify(doc));
  const out = join(dir, `out-${name}`);
  const r = runCli(['scan', join(ROOT, 'examples', 'estate'), '--baseline', file, '--fail-on', 'none', '--format', 'json', '--out', out]);
  return { ...r, file, report: r.code === 0 ? JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) : undefined };
}

describe('a baseline with impossible cost figures', () => {
  it.each([
    ['a negative total', (d: Record<string, any>) => (d.costTotals.monthlyUsd = -5000), undefined, '$.costTotals.monthlyUsd', 'number -5000'],
    ['an infinite total (1e999)', (d: Record<string, any>) => (d.costTotals.monthlyUsd = '@@'), '1e999', '$.costTotals.monthlyUsd', 'number Infinity'],
    ['a minus infinite total', (d: Record<string, any>) => (d.costTotals.monthlyUsd = '@@'), '-1e999', '$.costTotals.monthlyUsd', 'number -Infinity'],
    ['a total that is text', (d: Record<string, any>) => (d.costTotals.monthlyUsd = 'lots'), undefined, '$.costTotals.monthlyUsd', '"lots"'],
    ['a negative circuit cost', (d: Record<string, any>) => (d.costs[0].monthlyUsd.current = -1000), undefined, '$.costs[0].monthlyUsd', 'number -1000'],
    ['a negative gateway cost', (d: Record<string, any>) => (d.otherCosts[0].monthlyUsd = -1), undefined, '$.otherCosts[0].monthlyUsd', 'number -1'],
  ])('%s: no cost delta, and a notice names the file and the path', (_what, edit, raw, at, found) => {
    const r = scanAgainst('bad.json', edit, raw);
    expect(r.code).toBe(0);
    expect(r.report.costDelta).toBeUndefined();
    expect(validateReport(r.report)).toBe(true);
    const notice = r.report.notices.find((n: string) => n.includes(at));
    expect(notice).toBeDefined();
    expect(notice).toContain(`baseline ${r.file}: at ${at}: expected `);
    expect(notice).toContain(`found ${found}, so the report has no cost delta`);
  });

  it('a sound baseline still gives a delta', () => {
    const r = scanAgainst('good.json', () => {});
    expect(r.report.costDelta.baselineMonthlyUsd).toBe(43765.59);
  });
});
