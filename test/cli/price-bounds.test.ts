import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorLines, ROOT, runCli, tempDir, writeJson } from '../helpers/cli.js';
import { ensureBuilt } from '../robustness/support.js';
import { validateReport } from '../helpers/report-schema.js';

/**
 * A price catalogue of one's own (`--prices`, what `erscan prices refresh` writes) with figures out of any
 * real range is refused by the prices schema, so no report prints `$∞` or "savings $NaN/month" (a price of
 * 1e308 did); the largest figures the schema allows still give finite totals in every report.
 */
const catalogue = () => JSON.parse(readFileSync(join(ROOT, 'prices/catalogue.json'), 'utf8')) as Record<string, any>;
const dir = tempDir('erscan-price-bounds-');

/** Every figure of the catalogue (a number under a key naming a price) set by `f`. */
function everyPrice(v: unknown, f: (key: string, x: number) => number | undefined): void {
  if (v === null || typeof v !== 'object') return;
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'number') {
      const y = f(k, x);
      if (y !== undefined) (v as Record<string, unknown>)[k] = y;
    } else everyPrice(x, f);
  }
}
const isPrice = (k: string) => /usd|price/i.test(k);

beforeAll(() => ensureBuilt());

describe('price catalogue figures out of range', () => {
  it.each([
    ['a monthly fee of 1e308', (c: Record<string, any>) => void (c.circuits[0].monthlyUsd = 1e308), 'at $.circuits[0].monthlyUsd: expected a number of at most 1000000000000, found number 1e+308'],
    ['hours in a month of 1e308', (c: Record<string, any>) => void (c.hoursPerMonth = 1e308), 'at $.hoursPerMonth: expected a number of at most 744, found number 1e+308'],
    ['0.001 GB in a TB', (c: Record<string, any>) => void (c.gbPerTb = 0.001), 'at $.gbPerTb: expected a number of at least 1000, found number 0.001'],
  ])('%s is exit 2, one line', (_, change, message) => {
    const c = catalogue();
    change(c);
    const file = writeJson(dir, 'prices.json', c);
    const r = runCli(['cost', 'examples/estate', '--prices', file]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([`erscan: error: ${file}: ${message}`]);
    expect(r.stdout).not.toMatch(/∞|Infinity|NaN/);
  });

  it('the largest figures the schema allows, with the largest usage: every report renders finite figures and the JSON report passes its schema', () => {
    const c = catalogue();
    c.hoursPerMonth = 744;
    everyPrice(c, (k, x) => (isPrice(k) && x > 0 ? 1e12 : undefined));
    const prices = writeJson(dir, 'max-prices.json', c);
    const estate = JSON.parse(readFileSync(join(ROOT, 'examples/usage.json'), 'utf8')) as { circuits: Record<string, unknown> };
    const usage = writeJson(dir, 'max-usage.json', { circuits: Object.fromEntries(Object.keys(estate.circuits).map((k) => [k, { egressGbPerMonth: 133920000, globalReachGbPerMonth: 133920000 }])) });
    const out = tempDir('erscan-prices-max-');
    const r = runCli(['scan', 'examples/estate', '--prices', prices, '--usage', usage, '--out', out, '--format', 'console,json,sarif,html,markdown', '--fail-on', 'none']);
    expect(errorLines(r.stderr)).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Monthly cost: at least \$\d/);
    // (the HTML report's own script uses Infinity as a value: only what it shows is checked)
    for (const text of [r.stdout, ...readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8').replace(/<script[\s\S]*?<\/script>/g, ''))]) expect(text).not.toMatch(/\$∞|Infinity|NaN/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });
});
