import { describe, expect, it } from 'vitest';
import { computeTrend, groupByScope, orderRuns } from '../../src/history/trend.js';
import { renderTrendConsole, renderTrendJson, renderTrendMarkdown } from '../../src/history/trend-render.js';
import { renderTrendHtml } from '../../src/history/trend-html.js';
import { expectGolden } from './golden.js';
import { validateTrend } from './schemas.js';
import { at, fixtureDetails, fixtureRuns } from './trend-fixture.js';

/** The trend computation on hand-made runs, and its renderings as golden files. */

const NOW = '2026-03-03T08:00:00.000Z';
const trend = () => computeTrend(fixtureRuns(), fixtureDetails(), { now: NOW, toolVersion: '0.1.0' });

describe('computeTrend', () => {
  const t = trend();

  it('counts open findings by severity per run, suppressed and undecided apart', () => {
    expect(t.runs.map((r) => r.findings.open)).toEqual([2, 2, 3, 1, 2]);
    expect(t.runs.map((r) => r.findings.bySeverity.critical)).toEqual([0, 0, 1, 1, 0]);
    expect(t.runs.map((r) => r.findings.suppressed)).toEqual([1, 1, 1, 1, 1]);
    expect(t.runs[4].findings).toEqual({ open: 2, bySeverity: { critical: 0, high: 1, medium: 0, low: 0, info: 1 }, suppressed: 1, undecided: 1 });
  });

  it('counts new and fixed per run; a run with a coverage gap fixes nothing', () => {
    expect(t.runs.map((r) => r.new)).toEqual([null, 0, 1, 0, 1]);
    expect(t.runs.map((r) => r.fixed)).toEqual([null, 0, 0, 0, 2]);
  });

  it('keeps cost, savings and the price date per run', () => {
    expect(t.runs.map((r) => r.cost.monthlyUsd)).toEqual([12_000, 12_500, 13_000, 13_500, 14_000]);
    expect(t.runs.map((r) => r.cost.potentialSavingsUsd)).toEqual([2_400, 2_400, 2_400, 800, 800]);
    expect(t.runs[4].cost.priceDate).toBe('2026-04-01');
  });

  it("lists the oldest open findings, with the report's own firstSeen when it goes further back", () => {
    expect(t.oldestOpen.map((f) => [f.ruleId, f.firstSeen, f.openDays])).toEqual([
      ['ERS-RED-004', '2025-12-01T06:00:00.000Z', 91],
      ['ERS-SKU-006', at(4), 0],
    ]);
  });

  it('measures time to fix per severity from first seen to the run that found the fix', () => {
    const bySev = Object.fromEntries(t.timeToFix.map((x) => [x.severity, x]));
    expect(bySev.critical).toEqual({ severity: 'critical', fixed: 1, medianDays: 14, meanDays: 14, maxDays: 14, open: 0, oldestOpenDays: null });
    expect(bySev.medium).toEqual({ severity: 'medium', fixed: 1, medianDays: 28, meanDays: 28, maxDays: 28, open: 0, oldestOpenDays: null });
    expect(bySev.high).toEqual({ severity: 'high', fixed: 0, medianDays: null, meanDays: null, maxDays: null, open: 1, oldestOpenDays: 91 });
    expect(bySev.low).toMatchObject({ fixed: 0, open: 0 });
  });

  it('says what the reader must know: the gap, the price change', () => {
    expect(t.notes).toEqual([
      '1 of 5 run(s) had incomplete coverage: findings they did not see were not counted as fixed',
      'the price catalogue changed during the period (2026-01-01 → 2026-04-01): part of a cost change may be a price change',
    ]);
  });

  it('is the same whatever the order of the reports', () => {
    const shuffled = orderRuns([...fixtureRuns()].reverse());
    expect(computeTrend(shuffled.runs, fixtureDetails(), { now: NOW, toolVersion: '0.1.0' })).toEqual(t);
  });

  it('starts a new stretch when a fixed finding comes back', () => {
    const runs = fixtureRuns();
    runs.push({ ...runs[4], file: 'w5.json', generatedAt: at(5), findings: [...runs[4].findings, { fingerprint: 'C', severity: 'critical', suppressed: false, undecided: false, firstSeen: at(2) }] });
    const again = computeTrend(runs, fixtureDetails(), { now: NOW, toolVersion: '0.1.0' });
    expect(again.runs[5].new).toBe(1);
    // C was fixed at week 4: a firstSeen from its earlier stretch does not carry over
    expect(again.oldestOpen.find((f) => f.ruleId === 'ERS-ENC-001')?.firstSeen).toBe(at(5));
  });

  it('validates against schemas/trend.schema.json', () => {
    const doc = JSON.parse(renderTrendJson(t));
    expect(validateTrend(doc), JSON.stringify(validateTrend.errors)).toBe(true);
    expect(validateTrend({ ...doc, runs: [] })).toBe(false);
  });
});

describe('orderRuns and groupByScope', () => {
  it('drops an exact copy and flags two different reports of one time', () => {
    const runs = fixtureRuns();
    const copy = { ...runs[1], file: 'copy/report.json' };
    const other = { ...runs[2], file: 'other/report.json', generatedAt: runs[1].generatedAt };
    const o = orderRuns([copy, ...runs, other]);
    expect(o.runs).toHaveLength(5);
    expect(o.duplicates.map(([a, b]) => [a.file, b.file])).toEqual([['audits/2026-w07/report.json', 'copy/report.json']]);
    expect(o.clashes.map(([, b]) => b.file)).toEqual(['other/report.json']);
  });

  it('groups by scope', () => {
    const runs = fixtureRuns();
    const groups = groupByScope([...runs, { ...runs[0], scope: 'erscan/other', file: 'x.json' }]);
    expect([...groups.keys()]).toEqual(['erscan/contoso <prod>', 'erscan/other']);
  });
});

describe('trend renderings (golden files)', () => {
  it('console', () => expectGolden('trend.txt', renderTrendConsole(trend())));
  it('Markdown', () => expectGolden('trend.md', renderTrendMarkdown(trend())));
  it('JSON', () => expectGolden('trend.json', renderTrendJson(trend())));
  it('HTML', () => expectGolden('trend.html', renderTrendHtml(trend())));

  it('HTML is self-contained: no script, no external resource, a CSP that allows only its stylesheet', () => {
    const html = renderTrendHtml(trend());
    const markup = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
    expect(markup).not.toMatch(/<script|<link\b|\ssrc=|url\(/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; img-src data:; style-src &#x27;sha256-[A-Za-z0-9+/]+(&#x3D;)*&#x27;; base-uri/);
    for (const [, href] of markup.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#[a-z-]+$/);
  });

  it('HTML escapes what comes from the reports', () => {
    const html = renderTrendHtml(trend());
    expect(html).not.toContain('<b>Standard</b>');
    expect(html).toContain('Gateway uses SKU &lt;b&gt;Standard&lt;/b&gt; &amp; more');
    expect(html).toContain('erscan/contoso &lt;prod&gt;');
    expect(html).not.toContain('<prod>');
  });

  it('HTML draws a bar per severity present in each run, new and fixed bars, and the cost lines', () => {
    const html = renderTrendHtml(trend());
    const chart = (id: string) => html.slice(html.indexOf(`id="${id}"`), html.indexOf('</svg>', html.indexOf(`id="${id}"`)));
    // runs: A+B, A+B, A+B+C, C, A+E (suppressed D never drawn)
    expect(chart('chart-severity').match(/<rect class="bar sev-fill-/g)).toHaveLength(2 + 2 + 3 + 1 + 2);
    expect(chart('chart-severity')).toContain('<title>2026-02-16: 1 critical</title>');
    expect(chart('chart-flow').match(/class="bar flow-new"/g)).toHaveLength(2);
    expect(chart('chart-flow').match(/class="bar flow-fixed"/g)).toHaveLength(1);
    expect(chart('chart-flow')).toContain('<title>2026-03-02: 2 fixed</title>');
    expect(chart('chart-cost')).toMatch(/<path class="line-cost" d="M[\d.]+,[\d.]+( L[\d.]+,[\d.]+){4}"/);
    expect(chart('chart-cost')).toContain('<title>2026-03-02: monthly cost $14,000 (prices of 2026-04-01)</title>');
  });
});
