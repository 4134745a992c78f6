import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { runPipeline } from '../../src/cli/pipeline.js';
import { renderHtmlReport } from '../../src/reporters/html.js';
import type { Finding } from '../../src/findings/model.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { launchChromium } from './launch.js';

/**
 * The HTML report as a person uses it: headless Chromium opens the report of the demo estate,
 * filters and sorts the findings, and a screenshot is kept (test-artifacts/, and docs/img/ when
 * UPDATE_GOLDEN=1 or when it is missing). Any console error, page error or network request
 * other than the file itself fails the test. The browser is the Chromium that the npm package
 * @sparticuz/chromium carries (so `npm ci && npm test` needs nothing else), or ERSCAN_CHROMIUM.
 * ERSCAN_SKIP_BROWSER=1 skips it on a developer's machine; in CI (CI=true) it cannot be skipped.
 */

if (process.env.ERSCAN_SKIP_BROWSER === '1' && process.env.CI === 'true') throw new Error('ERSCAN_SKIP_BROWSER=1 is refused in CI: the browser test must run');
const SKIP = process.env.ERSCAN_SKIP_BROWSER === '1';
const ARTIFACTS = join(PACKAGE_ROOT, 'test-artifacts');
const DOCS_SHOT = join(PACKAGE_ROOT, 'docs', 'img', 'html-report.png');

describe.skipIf(SKIP)('HTML report in Chromium', () => {
  let context: BrowserContext;
  let userDataDir: string;
  let reportFile: string;
  let demoFindings: Finding[];
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // named relative to the working directory, as a user would type them (the report shows them)
    const estate = relative(process.cwd(), join(PACKAGE_ROOT, 'examples', 'estate')) || '.';
    const usage = relative(process.cwd(), join(PACKAGE_ROOT, 'examples', 'usage.json'));
    const { result } = await runPipeline({ inputs: [estate], ...(existsSync(usage) ? { usage } : {}), failOn: 'none' }, new Date('2026-03-01T06:00:00Z'));
    demoFindings = result.findings;
    reportFile = join(ARTIFACTS, 'demo-report.html');
    writeFileSync(reportFile, renderHtmlReport(result));
    userDataDir = mkdtempSync(join(tmpdir(), 'erscan-chromium-profile-'));
    const launched = await launchChromium(userDataDir, { width: 1400, height: 1000 });
    context = launched.context;
    console.log(`browser: ${launched.executable} (${launched.origin}), ${context.browser()?.version() ?? 'version unknown'}`);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
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

  const visibleCells = (page: Page, col: number) =>
    page.$$eval(`#findings-table tbody tr:not([hidden]) td:nth-child(${col})`, (tds) => tds.map((td) => (td.textContent ?? '').trim()));

  it('opens the demo report, filters and sorts the findings, without a console error', async () => {
    const page = await open(reportFile);
    const active = demoFindings.filter((f) => !f.suppression);
    expect(active.length).toBeGreaterThan(0);
    // suppressed findings are hidden until asked for
    await expect.poll(() => page.textContent('#shown')).toContain(`Showing ${active.length} of ${demoFindings.length} findings`);

    // filter by the most common severity: only rows of that severity remain
    const counts = new Map<string, number>();
    for (const f of active) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    const [sev, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    await page.selectOption('#f-sev', sev);
    expect(await page.textContent('#shown')).toContain(`Showing ${n} of`);
    const sevCells = await visibleCells(page, 1);
    expect(sevCells).toHaveLength(n);
    expect(new Set(sevCells.map((s) => s.toLowerCase()))).toEqual(new Set([sev]));

    // and by rule as well
    const rule = active.find((f) => f.severity === sev)!.ruleId;
    await page.selectOption('#f-rule', rule);
    const both = active.filter((f) => f.severity === sev && f.ruleId === rule).length;
    expect((await visibleCells(page, 2)).every((c) => c.startsWith(rule))).toBe(true);
    expect(await visibleCells(page, 2)).toHaveLength(both);

    // text search narrows further; clearing restores everything
    await page.click('#f-reset');
    await expect.poll(() => page.textContent('#shown')).toContain(`Showing ${active.length} of`);
    const name = active[active.length - 1].resourceName;
    await page.fill('#f-q', name);
    // the search matches anywhere in a row (resource, message, rule…)
    await expect.poll(() => page.textContent('#shown')).not.toContain(`Showing ${active.length} of`);
    const rowsText = await page.$$eval('#findings-table tbody tr:not([hidden])', (trs) => trs.map((tr) => (tr.textContent ?? '').toLowerCase()));
    expect(rowsText.length).toBeGreaterThan(0);
    expect(rowsText.every((t) => t.includes(name.toLowerCase()))).toBe(true);
    await page.click('#f-reset');

    // sort by rule: ascending, then descending on a second click
    await page.click('th[data-key="rule"] button');
    const asc = (await visibleCells(page, 2)).map((c) => c.split(/\s/)[0]);
    expect(asc).toEqual([...asc].sort());
    expect(await page.getAttribute('th[data-key="rule"]', 'aria-sort')).toBe('ascending');
    await page.click('th[data-key="rule"] button');
    const desc = (await visibleCells(page, 2)).map((c) => c.split(/\s/)[0]);
    expect(desc).toEqual([...asc].sort().reverse());
    // back to severity order: most severe first
    await page.click('th[data-key="sev"] button');
    expect(await page.getAttribute('th[data-key="sev"]', 'aria-sort')).toBe('descending');
    const order = ['critical', 'high', 'medium', 'low', 'info'];
    const ranks = (await visibleCells(page, 1)).map((s) => order.indexOf(s.toLowerCase()));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    // a finding's rule link lands on the rule's documentation in the report
    const href = await page.getAttribute('#findings-table tbody tr:not([hidden]) td:nth-child(2) a', 'href');
    expect(await page.locator(href!).count()).toBe(1);

    const shot = join(ARTIFACTS, 'html-report.png');
    await page.screenshot({ path: shot });
    await page.screenshot({ path: join(ARTIFACTS, 'html-report-full.png'), fullPage: true });
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(DOCS_SHOT)) {
      mkdirSync(join(PACKAGE_ROOT, 'docs', 'img'), { recursive: true });
      copyFileSync(shot, DOCS_SHOT);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('stays usable with 10,000 findings', async () => {
    const { result } = await runPipeline({ inputs: [join(PACKAGE_ROOT, 'examples', 'estate')], failOn: 'none' }, new Date('2026-03-01T06:00:00Z'));
    const base = result.findings.length ? result.findings : demoFindings;
    expect(base.length).toBeGreaterThan(0);
    const sevs = ['critical', 'high', 'medium', 'low', 'info'] as const;
    result.findings = Array.from({ length: 10_000 }, (_, i) => {
      const f = base[i % base.length];
      return { ...f, severity: sevs[i % 5], resourceId: `${f.resourceId}-${i}`, resourceName: `${f.resourceName}-${i}`, fingerprint: `${f.fingerprint}-${i}`, suppression: undefined };
    });
    const file = join(ARTIFACTS, 'large-report.html');
    writeFileSync(file, renderHtmlReport(result));
    const t0 = Date.now();
    const page = await open(file);
    await expect.poll(() => page.textContent('#shown')).toContain('Showing the first 500 of 10000 matching findings');
    const loaded = Date.now() - t0;
    const t1 = Date.now();
    await page.selectOption('#f-sev', 'high');
    await expect.poll(() => page.textContent('#shown')).toContain('Showing the first 500 of 2000 matching findings');
    const filtered = Date.now() - t1;
    const t2 = Date.now();
    await page.click('th[data-key="res"] button');
    expect(await page.getAttribute('th[data-key="res"]', 'aria-sort')).toBe('ascending');
    const sorted = Date.now() - t2;
    expect(await visibleCells(page, 1)).toHaveLength(500);
    const t3 = Date.now();
    await page.click('#show-all');
    await expect.poll(() => page.textContent('#shown')).toContain('Showing 2000 of 10000');
    const showAll = Date.now() - t3;
    expect(await visibleCells(page, 1)).toHaveLength(2000);
    console.log(`10,000 findings in Chromium: open ${loaded} ms, filter ${filtered} ms, sort ${sorted} ms, show all 2,000 matches ${showAll} ms`);
    // Timings are printed, never asserted (benchmarks measure speed; bench/ and docs/benchmarks.md).
    await page.close();
    expect(problems).toEqual([]);
  }, 120_000);
});
