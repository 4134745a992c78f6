import { SEVERITIES, type Finding } from '../findings/model.js';
import type { ScanResult } from '../scan/result.js';
import { byAge, daysLabel, hasAges, openLabel } from '../history/age.js';
import { scannedText, SEVERITY_LABEL, usd } from './format.js';
import { visibleControls } from '../util/controls.js';
import { adviceLine, complianceSentence, complianceTotals, costDeltaHeadline, deltaCell, impactText, money, otherAdviceLine, totalCaveat, totalText } from './cost-text.js';
import { readNothing } from '../inventory/model.js';
import { severityCounts } from './json.js';
import type { Reporter } from './types.js';
import { useCurrency } from '../util/money.js';

/**
 * A Markdown summary for a PR comment or `$GITHUB_STEP_SUMMARY`: counts, the top findings, what is
 * new or fixed against the baseline, and the cost headline. It is bounded (a PR comment holds
 * 65,536 characters): lists are cut at a fixed length and point at the full reports.
 */

export const MD_LIMITS = { top: 10, listed: 25, messageChars: 300 } as const;

/** Escapes estate text for GitHub-flavoured Markdown, inside table cells too. */
export function mdEscape(text: string): string {
  return visibleControls(text.replace(/[\r\n]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // `[` and `]` escaped means no link or image can form, so `(`, `)` and `!` can stay as they are.
    .replace(/([\\`*_[\]|~])/g, '\\$1');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}




function findingsTable(findings: Finding[], withState: boolean, withAge = false): string[] {
  const lines = [
    `| Severity | Rule | Resource | Finding${withState ? ' | Baseline' : ''}${withAge ? ' | Age' : ''} |`,
    `| --- | --- | --- | ---${withState ? ' | ---' : ''}${withAge ? ' | ---' : ''} |`,
  ];
  for (const f of findings) {
    const where = f.location ? ` (${mdEscape(`${f.location.file}:${f.location.line}`)})` : '';
    const cells = [
      SEVERITY_LABEL[f.severity],
      `${mdEscape(f.ruleId)} ${mdEscape(f.ruleName)}`,
      `${mdEscape(f.resourceName)}${where}`,
      mdEscape(clip(f.message, MD_LIMITS.messageChars)) + (f.status === 'unknown' ? ' *(undecided)*' : '') + (impactText(f) ? ` *(fix: ${impactText(f)})*` : ''),
    ];
    if (withState) cells.push(f.baselineState ?? '');
    if (withAge) cells.push(f.openDays !== undefined ? openLabel(f.openDays) : '');
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}

function more(shown: number, total: number, what: string): string[] {
  return total > shown ? ['', `…and ${total - shown} more ${what} in the JSON and HTML reports.`] : [];
}

export const renderMarkdown: Reporter = (result: ScanResult, options = {}) => {
  useCurrency(result.cost?.priceCatalogue.currency);
  const out: string[] = [];
  const ages = hasAges(result.findings);
  const byOldest = ages && options.sortBy === 'age';
  const unsorted = result.findings.filter((f) => !f.suppression);
  const active = byOldest ? byAge(unsorted) : unsorted;
  const counts = severityCounts(result.findings);
  const baseline = result.fixed !== undefined;
  const newOnes = active.filter((f) => f.baselineState === 'new');
  const n = result.counts;

  const bySev = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  // The cost of the change opens the summary (the PR comment): what merging this adds to the monthly bill.
  const delta = result.cost?.costDelta;
  if (delta) out.push(`**${mdEscape(costDeltaHeadline(delta))}**`, '');
  out.push(`## erscan: ${active.length} finding${active.length === 1 ? '' : 's'}${bySev.length ? ` (${bySev.join(', ')})` : ''}`);
  out.push('');
  out.push(
    `Scanned ${scannedText(n)}. erscan ${mdEscape(result.tool.version)}, ${result.generatedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}.`,
  );
  if (!result.coverage.complete) {
    out.push('');
    out.push(`> **Coverage incomplete:** ${result.coverage.gaps.length} scope(s) could not be read or checked in full, so findings there are missing.`);
    for (const g of result.coverage.gaps.slice(0, 5)) out.push(`> - ${mdEscape(g.scope)}: ${mdEscape(clip(g.reason, 200))}`);
    if (result.coverage.gaps.length > 5) out.push(`> - …and ${result.coverage.gaps.length - 5} more`);
  }

  out.push('');
  out.push(`| Severity | Findings${baseline ? ' | New' : ''} |`);
  out.push(`| --- | ---:${baseline ? ' | ---:' : ''} |`);
  for (const s of SEVERITIES) {
    const isNew = newOnes.filter((f) => f.severity === s).length;
    out.push(`| ${SEVERITY_LABEL[s]} | ${counts[s]}${baseline ? ` | ${isNew}` : ''} |`);
  }
  const suppressed = result.findings.length - active.length;
  const tail: string[] = [];
  if (suppressed) tail.push(`${suppressed} suppressed (with a justification) and not counted.`);
  if (baseline) {
    const unchanged = active.filter((f) => f.baselineState === 'unchanged').length;
    tail.push(`Against the baseline${result.baselineFile ? ` ${mdEscape(result.baselineFile)}` : ''}: **${newOnes.length} new**, ${unchanged} unchanged, **${result.fixed!.length} fixed**.`);
    const oldest = ages ? byAge(active)[0] : undefined;
    if (oldest?.openDays !== undefined) tail.push(`Oldest open finding: ${mdEscape(oldest.ruleId)} on ${mdEscape(oldest.resourceName ?? oldest.resourceId)}, ${openLabel(oldest.openDays)} (since ${oldest.firstSeen!.slice(0, 10)}).`);
  }
  if (tail.length) out.push('', tail.join(' '));

  const cost = result.cost;
  if (cost) {
    out.push('');
    const caveat = totalCaveat(cost, result.coverage.gaps.length);
    const none = readNothing(result);
    out.push(
      `**Cost:** ${totalText(cost, none)}${none ? '' : '/month'} for the estate${caveat ? ` (${mdEscape(caveat)})` : ''}, ${mdEscape(cost.priceCatalogue.currency)} list prices of ${mdEscape(cost.priceCatalogue.effectiveDate)}; ` +
        `potential savings **${none ? 'not known' : `${usd(cost.totals.potentialSavingsUsd)}/month`}**.`,
    );
    const compliance = complianceTotals(result.findings).filter((t) => t.severity === 'critical' || t.severity === 'high');
    if (compliance.length) out.push('', `**Cost of compliance:** ${compliance.map((t) => mdEscape(complianceSentence(t))).join('. ')}.`);
    // Circuits' advice and the gateways' and Direct ports' (delete what carries nothing), largest first.
    const recs = [
      ...cost.costs.filter((c) => c.recommendation && c.recommendation.monthlySavingsUsd !== 0).map((c) => ({ c, line: adviceLine(c), r: c.recommendation! })),
      ...cost.otherCosts.filter((o) => o.recommendation && o.recommendation.monthlySavingsUsd !== 0).map((o) => ({ c: o, line: otherAdviceLine(o)!, r: o.recommendation! })),
    ].sort((a, b) => Math.abs(b.r.monthlySavingsUsd ?? 0) - Math.abs(a.r.monthlySavingsUsd ?? 0) || (a.c.resourceId < b.c.resourceId ? -1 : 1));
    // the FinOps advice is its own list, not part of the cost of compliance above it
    if (recs.length) out.push('', '**FinOps advice** (largest first):');
    for (const { c, line, r } of recs.slice(0, 3)) out.push(`- ${mdEscape(c.resourceName ?? c.resourceId)}: ${mdEscape(line)}. ${mdEscape(clip(r.reason, 200))}`);
    if (recs.length > 3) out.push(`- …and ${recs.length - 3} more recommendations in the reports.`);
    if (delta && delta.resources.length) {
      out.push('', `### Cost of this change`, '', `Against ${mdEscape(delta.baselineFile ?? 'the baseline')}: ${money(delta.baselineMonthlyUsd)} → ${money(delta.currentMonthlyUsd)} per month.`, '');
      out.push('| Resource | Change | Before | After | Delta | Why |', '| --- | --- | ---: | ---: | ---: | --- |');
      for (const r of delta.resources.slice(0, MD_LIMITS.listed)) out.push(`| ${mdEscape(r.name)} | ${r.change} | ${money(r.beforeUsd)} | ${money(r.afterUsd)} | ${deltaCell(r)} | ${mdEscape(clip(r.reason, 200))} |`);
      out.push(...more(MD_LIMITS.listed, delta.resources.length, 'changed resources'));
    }
  }

  if (baseline) {
    out.push('', '### New findings');
    if (newOnes.length === 0) out.push('', 'None: nothing new since the baseline.');
    else out.push('', ...findingsTable(newOnes.slice(0, MD_LIMITS.listed), false), ...more(MD_LIMITS.listed, newOnes.length, 'new findings'));
  }

  out.push('', byOldest ? '### Oldest findings' : baseline ? '### Top findings' : '### Findings');
  if (active.length === 0) out.push('', 'No findings.');
  else out.push('', ...findingsTable(active.slice(0, MD_LIMITS.top), baseline, ages), ...more(MD_LIMITS.top, active.length, 'findings'));

  if (baseline && result.fixed!.length > 0) {
    const fixedAges = hasAges(result.fixed!);
    out.push('', '### Fixed since the baseline', '');
    out.push(`| Severity | Rule | Resource${fixedAges ? ' | Was open' : ''} |`, `| --- | --- | ---${fixedAges ? ' | ---' : ''} |`);
    for (const f of result.fixed!.slice(0, MD_LIMITS.listed)) {
      const open = fixedAges ? ` | ${f.openDays !== undefined ? daysLabel(f.openDays) : ''}` : '';
      out.push(`| ${SEVERITY_LABEL[f.severity] ?? mdEscape(String(f.severity))} | ${mdEscape(f.ruleId)} ${mdEscape(f.ruleName ?? '')} | ${mdEscape(f.resourceName ?? f.resourceId)}${open} |`);
    }
    out.push(...more(MD_LIMITS.listed, result.fixed!.length, 'fixed findings'));
  }

  if (result.notices.length > 0) {
    out.push('', '<details><summary>Notes (' + result.notices.length + ')</summary>', '');
    for (const note of result.notices.slice(0, MD_LIMITS.listed)) out.push(`- ${mdEscape(clip(note, MD_LIMITS.messageChars))}`);
    out.push(...more(MD_LIMITS.listed, result.notices.length, 'notes'));
    out.push('', '</details>');
  }
  return out.join('\n') + '\n';
};
