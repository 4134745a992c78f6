import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runMain } from '../helpers/main.js';

/**
 * A price catalogue in another currency (`erscan prices refresh --currency EUR`): every figure erscan words is
 * in that currency (`EUR 1,234`, `+EUR 750`, `-EUR 436`), in finding messages, notes, advice, the console, the
 * Markdown and HTML reports (chart ticks too), the cost table and the trend, never `$`; the bundled USD catalogue
 * keeps `$`. Scans run in one process (as here, and in `erscan trend`) each word figures in their own currency.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const ESTATE = join(ROOT, 'examples', 'estate');
const USAGE = join(ROOT, 'examples', 'usage.json');
/** A dollar figure: `$436`, `+$750`, `-$436`, `$0.21`. */
const DOLLAR_FIGURE = /\$\d/;

const run = runMain;

afterEach(() => vi.restoreAllMocks());

let dir: string;
let eur: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'erscan-currency-'));
  // The bundled catalogue in EUR. Its notes quote Microsoft's dollar figures (data, not erscan's wording): a
  // catalogue refreshed in EUR has none, so they are reworded here and every `$` left is erscan's.
  const cat = JSON.parse(readFileSync(join(ROOT, 'prices', 'catalogue.json'), 'utf8'), (_k, v) => (typeof v === 'string' ? v.replace(/\$(?=\d)/g, 'USD ') : v));
  delete cat.$schema;
  cat.currency = 'EUR';
  eur = join(dir, 'eur.json');
  writeFileSync(eur, JSON.stringify(cat));
});

describe('figures in the catalogue currency', () => {
  it('a EUR catalogue: no dollar figure in the console, Markdown, HTML, JSON or SARIF report; EUR ones instead', async () => {
    const out = join(dir, 'eur');
    const r = await run(['scan', ESTATE, '--usage', USAGE, '--prices', eur, '--format', 'console,json,sarif,markdown,html', '--out', out, '--no-color']);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(DOLLAR_FIGURE);
    // the cost of a fix beside a finding, the totals, the cost of compliance
    expect(r.out).toMatch(/\[fix: \+EUR \d[\d,]*\/month\]/);
    expect(r.out).toMatch(/\[fix: -EUR \d[\d,]*\/month\]/);
    expect(r.out).toMatch(/^Monthly cost: (at least )?EUR \d[\d,]* .*potential savings EUR \d[\d,]*\/month$/m);
    expect(r.out).toMatch(/^Fixing every high finding (adds|saves) EUR \d/m);
    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(json.priceCatalogue.currency).toBe('EUR');
    // finding messages (ERS-COST-1NN savings, ERS-SKU gateway bases, ERS-RED second circuits), notes and advice
    expect(readFileSync(join(out, 'report.json'), 'utf8')).not.toMatch(DOLLAR_FIGURE);
    expect(json.findings.some((f: { ruleId: string; message: string }) => /^ERS-COST-10\d$/.test(f.ruleId) && /would save EUR \d/.test(f.message))).toBe(true);
    expect(json.costs.some((c: { recommendation?: { reason: string } }) => /EUR \d/.test(c.recommendation?.reason ?? ''))).toBe(true);
    expect(readFileSync(join(out, 'report.sarif'), 'utf8')).not.toMatch(DOLLAR_FIGURE);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).not.toMatch(DOLLAR_FIGURE);
    expect(md).toMatch(/\*\*Cost:\*\* (at least )?EUR \d/);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toMatch(DOLLAR_FIGURE);
    // the break-even charts' axis
    expect(html).toMatch(/<text class="tick"[^>]*>EUR \d+(\.\d)?k<\/text>/);
  });

  it('the USD catalogue keeps dollars', async () => {
    const out = join(dir, 'usd');
    const r = await run(['scan', ESTATE, '--usage', USAGE, '--format', 'console,markdown,html', '--out', out, '--no-color']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[fix: \+\$\d[\d,]*\/month\]/);
    expect(r.out).toMatch(/^Monthly cost: (at least )?\$\d/m);
    expect(r.out).not.toMatch(/EUR \d/);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/<text class="tick"[^>]*>\$\d+(\.\d)?k<\/text>/);
  });

  it('scans in one process each word figures in their own currency', async () => {
    const usd1 = await run(['scan', ESTATE, '--usage', USAGE, '--format', 'console', '--no-color']);
    const eur1 = await run(['scan', ESTATE, '--usage', USAGE, '--prices', eur, '--format', 'console', '--no-color']);
    const usd2 = await run(['scan', ESTATE, '--usage', USAGE, '--format', 'console', '--no-color']);
    expect(usd2.out).toBe(usd1.out);
    expect(usd1.out).not.toMatch(/EUR \d/);
    expect(eur1.out).not.toMatch(DOLLAR_FIGURE);
    // the same estate at the same list prices: the same figures, in EUR
    expect(eur1.out).toBe(usd1.out.replace(/\$(?=\d)/g, 'EUR '));
    const eurCost = await run(['cost', ESTATE, '--usage', USAGE, '--prices', eur, '--no-color']);
    const usdCost = await run(['cost', ESTATE, '--usage', USAGE, '--no-color']);
    expect(eurCost.out).not.toMatch(DOLLAR_FIGURE);
    expect(eurCost.out).toMatch(/: saves EUR \d[\d,]*\/month/);
    expect(usdCost.out).not.toMatch(/EUR \d/);
    expect(usdCost.out).toMatch(/: saves \$\d[\d,]*\/month/);
  });

  it('a baseline priced in another currency gives no cost delta, and says why', async () => {
    const base = join(dir, 'base-usd');
    await run(['scan', ESTATE, '--format', 'json', '--out', base]);
    const r = await run(['scan', ESTATE, '--prices', eur, '--baseline', join(base, 'report.json'), '--format', 'console,json', '--out', join(dir, 'eur-vs-usd'), '--no-color']);
    expect(r.out).toContain('is priced in USD, this scan in EUR: no cost delta (figures in two currencies are not compared)');
    expect(r.out).not.toMatch(/This change (adds|saves)/);
    const json = JSON.parse(readFileSync(join(dir, 'eur-vs-usd', 'report.json'), 'utf8'));
    expect(json.costDelta).toBeUndefined();
    // the same currency: a delta, in it
    const eurBase = join(dir, 'base-eur');
    await run(['scan', ESTATE, '--prices', eur, '--format', 'json', '--out', eurBase]);
    const same = await run(['scan', ESTATE, '--usage', USAGE, '--prices', eur, '--baseline', join(eurBase, 'report.json'), '--format', 'console', '--no-color']);
    expect(same.out).toMatch(/^This change (adds|saves) EUR \d/m);
    expect(same.out).not.toMatch(DOLLAR_FIGURE);
    // a gateway's basis names its price (`ErGw1AZ: EUR 0.361/h × 730 h`): the same price is no change
    const none = await run(['scan', ESTATE, '--prices', eur, '--baseline', join(eurBase, 'report.json'), '--format', 'console', '--no-color']);
    expect(none.out).toMatch(/^No change to the monthly cost against the baseline\.$/m);
  });

  it('the trend words each run in its report currency; a mixed axis has no unit and the change across currencies is not shown', async () => {
    const a = join(dir, 'hist', 'a');
    const b = join(dir, 'hist', 'b');
    const u = join(dir, 'hist', 'u');
    // in this order (a trend orders its runs by time)
    await run(['scan', ESTATE, '--format', 'json', '--out', u]);
    await run(['scan', ESTATE, '--prices', eur, '--format', 'json', '--out', a]);
    await run(['scan', ESTATE, '--usage', USAGE, '--prices', eur, '--format', 'json', '--out', b]);
    const t = join(dir, 'trend-eur');
    const r = await run(['trend', join(a, 'report.json'), join(b, 'report.json'), '--out', t, '--format', 'console,json,html,markdown']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Cost: EUR \d[\d,]* → EUR \d[\d,]* per month; potential savings EUR \d/m);
    for (const f of ['trend.md', 'trend.html']) expect(readFileSync(join(t, f), 'utf8')).not.toMatch(DOLLAR_FIGURE);
    const html = readFileSync(join(t, 'trend.html'), 'utf8');
    expect(html).toMatch(/>EUR \d+k<\/text>/);
    expect(html).toMatch(/\+EUR \d[\d,]* since the first report/);
    // a USD report, then a EUR one
    const m = join(dir, 'trend-mixed');
    const mixed = await run(['trend', join(u, 'report.json'), join(b, 'report.json'), '--out', m, '--format', 'console,html']);
    expect(mixed.out).toMatch(/^Cost: \$\d[\d,]* → EUR \d[\d,]* per month; potential savings \$\d[\d,]* → EUR \d/m);
    expect(mixed.out).toContain('the reports price in different currencies (EUR, USD)');
    const mhtml = readFileSync(join(m, 'trend.html'), 'utf8');
    expect(mhtml).not.toMatch(/[+−](\$|EUR )\d[\d,]* since the first report/);
    expect(mhtml).toMatch(/>\d+k<\/text>/);
  });

  it('a trend report whose currency is no currency code is bad input', async () => {
    const doc = JSON.parse(readFileSync(join(dir, 'hist', 'a', 'report.json'), 'utf8'));
    doc.priceCatalogue.currency = '€|x';
    const bad = join(dir, 'bad-currency.json');
    writeFileSync(bad, JSON.stringify(doc));
    const r = await run(['trend', bad, '--out', join(dir, 'trend-bad')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad-currency\.json: at \$\.priceCatalogue\.currency: expected the currency code of its figures/);
  });
});
