import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadRuns } from '../../src/history/reports.js';
import { computeTrend, orderRuns, type Trend } from '../../src/history/trend.js';
import { renderTrendHtml } from '../../src/history/trend-html.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { buildHistory, CATEGORY, type History } from '../history/history.js';
import { launchChromium } from './launch.js';

/**
 * trend.html and the age column of the HTML report as a person sees them: headless Chromium opens
 * the trend of a dozen weekly audits (test/history/history.ts) and the last week's report, checks
 * the charts and tables against the figures, sorts the findings by age, and keeps screenshots
 * (test-artifacts/, and docs/img/trend.png when UPDATE_GOLDEN=1 or when it is missing). Any console
 * error, page error or request other than the file itself fails the test.
 *
 * The browser comes from test/browser/launch.ts (the Chromium inside the `@sparticuz/chromium` npm
 * package, or ERSCAN_CHROMIUM). ERSCAN_SKIP_BROWSER=1 skips the file on a developer's machine; in CI
 * (CI=true) it cannot be skipped.
 */

if (process.env.ERSCAN_SKIP_BROWSER === '1' && process.env.CI === 'true') throw new Error('ERSCAN_SKIP_BROWSER=1 is refused in CI: the browser test must run');
const SKIP = process.env.ERSCAN_SKIP_BROWSER === '1';
const ARTIFACTS = join(PACKAGE_ROOT, 'test-artifacts');
const DOCS_SHOT = join(PACKAGE_ROOT, 'docs', 'img', 'trend.png');
describe.skipIf(SKIP)('trend.html and finding ages in Chromium', () => {
  let context: BrowserContext;
  let userDataDir: string;
  let h: History;
  let trend: Trend;
  let trendFile: string;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await buildHistory(mkdtempSync(join(tmpdir(), 'erscan-trend-browser-')));
    const loaded = loadRuns([join(h.dir, 'reports')]);
    trend = computeTrend(orderRuns(loaded.runs).runs, loaded.details.get(CATEGORY)!, { now: '2026-03-24T06:00:00.000Z', toolVersion: '0.1.0' });
    trendFile = join(ARTIFACTS, 'trend.html');
    writeFileSync(trendFile, renderTrendHtml(trend));
    userDataDir = mkdtempSync(join(tmpdir(), 'erscan-chromium-'));
    ({ context } = await launchChromium(userDataDir, { width: 1400, height: 1000 }));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    if (h) rmSync(h.dir, { recursive: true, force: true });
  });

  async function open(file: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`network request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(resolve(file)).href);
    return page;
  }

  it('shows the trend of twelve weekly audits: cards, charts and tables that match the figures', async () => {
    const page = await open(trendFile);
    const last = trend.runs[trend.runs.length - 1];
    expect((await page.textContent('#card-open .big'))?.trim()).toBe(String(last.findings.open));
    expect((await page.textContent('#card-oldest .big'))?.trim()).toBe('open 77 days');

    // one stacked bar per run, as tall as its open findings, segments per severity present
    const stacks = await page.$$eval('#chart-severity rect.hit', (rs) => rs.map((r) => r.getBoundingClientRect().height));
    expect(stacks).toHaveLength(12);
    const opens = trend.runs.map((r) => r.findings.open);
    const ratio = stacks[0] / opens[0];
    stacks.forEach((hgt, i) => expect(Math.abs(hgt - opens[i] * ratio)).toBeLessThan(0.6));
    const segments = await page.$$eval('#chart-severity rect.bar', (rs) => rs.length);
    expect(segments).toBe(trend.runs.reduce((n, r) => n + Object.values(r.findings.bySeverity).filter((c) => c > 0).length, 0));

    // new bars up and fixed bars down, one per run that had them
    const flow = await page.$$eval('#chart-flow rect.bar', (rs) => rs.map((r) => ({ kind: r.getAttribute('class'), title: r.querySelector('title')?.textContent })));
    expect(flow.filter((b) => b.kind === 'bar flow-new')).toHaveLength(trend.runs.filter((r) => r.new).length);
    expect(flow.filter((b) => b.kind === 'bar flow-fixed').map((b) => b.title)).toEqual(trend.runs.filter((r) => r.fixed).map((r) => `${r.generatedAt.slice(0, 10)}: ${r.fixed} fixed`));

    // the cost line passes through a point per run, higher on the page for a larger bill
    const dots = await page.$$eval('#chart-cost circle.dot-cost', (cs) => cs.map((c) => Number(c.getAttribute('cy'))));
    expect(dots).toHaveLength(12);
    const costs = trend.runs.map((r) => r.cost.monthlyUsd!);
    for (let i = 1; i < costs.length; i++) expect(Math.sign(dots[i - 1] - dots[i])).toBe(Math.sign(costs[i] - costs[i - 1]));

    // the tables
    const oldest = await page.$$eval('#oldest tbody tr', (trs) => trs.map((tr) => (tr.lastElementChild?.textContent ?? '').trim()));
    expect(oldest).toEqual(trend.oldestOpen.map((f) => (f.openDays < 1 ? 'open < 1 day' : `open ${f.openDays} day${f.openDays === 1 ? '' : 's'}`)));
    const high = await page.$$eval('#time-to-fix tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => (c.textContent ?? '').trim())).find((c) => c[0] === 'High'));
    expect(high).toEqual(['High', '5', '28 days', '43.4 days', '77 days', String(trend.timeToFix.find((x) => x.severity === 'high')!.open), '77 days']);
    expect(await page.$$eval('#runs-table tbody tr', (trs) => trs.length)).toBe(12);

    // nothing overflows the page sideways
    expect(await page.evaluate('document.scrollingElement.scrollWidth <= window.innerWidth')).toBe(true);

    await page.screenshot({ path: join(ARTIFACTS, 'trend.png'), fullPage: true });
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(DOCS_SHOT)) {
      mkdirSync(join(PACKAGE_ROOT, 'docs', 'img'), { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'trend-top.png') });
      copyFileSync(join(ARTIFACTS, 'trend-top.png'), DOCS_SHOT);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('sorts the findings of the last weekly report by age, oldest first, and back', async () => {
    const reportFile = join(ARTIFACTS, 'aged-report.html');
    copyFileSync(join(h.dir, 'reports', 'week-11', 'report.html'), reportFile);
    const page = await open(reportFile);
    const ages = async () =>
      page.$$eval('#findings-table tbody tr:not([hidden]) td.age', (tds) =>
        tds.map((td) => {
          const m = /open (\d+) day/.exec(td.textContent ?? '');
          return m ? Number(m[1]) : 0;
        }),
      );
    // written with --sort age: oldest first, and the Age header says so
    expect(await page.getAttribute('th[data-key="age"]', 'aria-sort')).toBe('descending');
    const first = await ages();
    expect(first.length).toBeGreaterThan(5);
    expect(first).toEqual([...first].sort((a, b) => b - a));
    expect(first[0]).toBe(77);
    // sort by severity, then by age again: a first click on Age puts the oldest first
    await page.click('th[data-key="sev"] button');
    expect(await page.getAttribute('th[data-key="age"]', 'aria-sort')).toBeNull();
    await page.click('th[data-key="age"] button');
    expect(await page.getAttribute('th[data-key="age"]', 'aria-sort')).toBe('descending');
    expect(await ages()).toEqual(first);
    await page.click('th[data-key="age"] button');
    expect(await page.getAttribute('th[data-key="age"]', 'aria-sort')).toBe('ascending');
    expect(await ages()).toEqual([...first].sort((a, b) => a - b));
    await page.close();
    expect(problems).toEqual([]);
  });
});
