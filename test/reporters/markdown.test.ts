import { describe, expect, it } from 'vitest';
import { MD_LIMITS, mdEscape, renderMarkdown } from '../../src/reporters/markdown.js';
import type { Finding } from '../../src/findings/model.js';
import { fixtureFindings, fixtureResult, PLANTED_SECRETS } from './fixture.js';
import { expectGolden } from './golden.js';

describe('Markdown reporter', () => {
  it('matches the golden file (baseline and cost)', () => {
    expectGolden('report.md', renderMarkdown(fixtureResult(), {}));
  });

  it('matches the golden file without baseline or cost', () => {
    expectGolden('report-plain.md', renderMarkdown(fixtureResult({ baseline: false, cost: false }), {}));
  });

  it('leads with counts, new findings, the cost headline and fixed findings', () => {
    const md = renderMarkdown(fixtureResult(), {});
    // the cost of the change opens the PR comment
    expect(md.split('\n')[0]).toBe('**This change adds $5,264/month: er-lon-prod-01, new 1 Gbps Standard Unlimited circuit in Zone 1; ergw-gwc-dr, removed gateway (ErGw1AZ: $0.361/h × 730 h); er-ams-prod-01, egress 306,899 → 300,000 GB/month**');
    expect(md.split('\n')[2]).toBe('## erscan: 6 findings (1 critical, 2 high, 2 medium, 1 info)');
    expect(md).toContain('**Cost:** at least $77,437/month for the estate (1 input(s) or scope(s) not read, 1 resource(s) not priced, 1 priced in part)');
    expect(md).toContain('| er-lon-prod-01 | added | n/a | $5,700 | +$5,700 | new 1 Gbps Standard Unlimited circuit in Zone 1 |');
    expect(md).toContain('*(fix: -$400/month)*');
    expect(md).toContain('**4 new**, 2 unchanged, **1 fixed**');
    expect(md).toContain('potential savings **$2,475/month**');
    expect(md).toContain('### New findings');
    expect(md).toContain('### Fixed since the baseline');
    expect(md).toContain('Coverage incomplete');
  });

  it('escapes estate text so it cannot inject HTML or break a table', () => {
    const md = renderMarkdown(fixtureResult(), {});
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;alert("x")&lt;/script&gt; \\| er-lon-prod-01');
    expect(mdEscape('a|b\n*c* [x](y) <b>')).toBe('a\\|b \\*c\\* \\[x\\](y) &lt;b&gt;');
    // every table row has the same number of unescaped cell separators
    for (const line of md.split('\n').filter((l) => l.startsWith('| ') && l.includes('Rule'))) expect(line.replace(/\\\|/g, '').split('|').length).toBeGreaterThan(4);
    for (const s of PLANTED_SECRETS) expect(md).not.toContain(s);
  });

  it('stays bounded with many findings', () => {
    const base = fixtureFindings()[1];
    const many: Finding[] = Array.from({ length: 5000 }, (_, i) => ({ ...base, resourceName: `gw-${i}`, fingerprint: `fp${i}`, message: 'x'.repeat(1000) }));
    const md = renderMarkdown({ ...fixtureResult(), findings: many }, {});
    expect(md.length).toBeLessThan(65_536);
    expect(md).toContain(`…and ${5000 - MD_LIMITS.listed} more new findings`);
    expect(md).toContain(`…and ${5000 - MD_LIMITS.top} more findings`);
  });

  it('says so when there is nothing to report', () => {
    const md = renderMarkdown({ ...fixtureResult({ baseline: false, cost: false }), findings: [], notices: [], coverage: { complete: true, gaps: [] } }, {});
    expect(md).toContain('## erscan: 0 findings\n');
    expect(md).toContain('No findings.');
  });
});
