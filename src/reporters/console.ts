import { SEVERITIES, type Finding, type Severity } from '../findings/model.js';
import type { ScanResult } from '../scan/result.js';
import { severityCounts } from './json.js';
import { scannedText, usd } from './format.js';
import { oneLine } from '../util/controls.js';
import { impactText, complianceSentence, complianceTotals, costDeltaHeadline, totalCaveat, totalText } from './cost-text.js';
import { readNothing } from '../inventory/model.js';
import type { Reporter } from './types.js';
import { useCurrency } from '../util/money.js';

const COLORS: Record<Severity, string> = { critical: '\x1b[35m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[90m' };
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';

/** How many findings the console lists before summarising the rest (the reports hold them all). */
export const CONSOLE_FINDING_LIMIT = 50;


const clean = oneLine;

export const renderConsole: Reporter = (result, options) => {
  useCurrency(result.cost?.priceCatalogue.currency);
  const c = (code: string, s: string) => (options.color ? `${code}${s}${RESET}` : s);
  const lines: string[] = [];
  const n = result.counts;
  lines.push(c(BOLD, `erscan ${result.tool.version}`) + ` scanned ${scannedText(n)}`);
  if (!result.coverage.complete) {
    lines.push(c(COLORS.high, `Coverage incomplete: ${result.coverage.gaps.length} scope(s) could not be read or checked in full`));
    for (const g of result.coverage.gaps.slice(0, 10)) lines.push(`  - ${clean(g.scope)}: ${clean(g.reason)}`);
    if (result.coverage.gaps.length > 10) lines.push(`  … and ${result.coverage.gaps.length - 10} more (see the JSON report)`);
  }
  const active = result.findings.filter((f) => !f.suppression);
  const counts = severityCounts(result.findings);
  // Undecided findings (a template leaves a value open) are listed, but they are not failures: say so.
  const undecided = active.filter((f) => f.status === 'unknown').length;
  lines.push('');
  lines.push(
    `Findings: ${active.length}` +
      (active.length ? ` (${SEVERITIES.filter((s) => counts[s] > 0).map((s) => c(COLORS[s], `${counts[s]} ${s}`)).join(', ')})` : '') +
      (undecided ? `, of which ${undecided} undecided (not failures: they gate only with --fail-on-unknown)` : '') +
      (result.findings.length > active.length ? `, ${result.findings.length - active.length} suppressed` : '') +
      (result.fixed ? `; against the baseline: ${active.filter((f) => f.baselineState === 'new').length} new, ${result.fixed.length} fixed` : ''),
  );
  const shown: Finding[] = active.slice(0, CONSOLE_FINDING_LIMIT);
  for (const f of shown) {
    const where = f.location ? ` ${clean(f.location.file)}:${f.location.line}` : '';
    const tag = (f.status === 'unknown' ? ' [undecided]' : '') + (f.baselineState === 'new' ? ' [new]' : '');
    lines.push(`  ${c(COLORS[f.severity], f.severity.toUpperCase().padEnd(8))} ${f.ruleId} ${clean(f.resourceName)}${where}${tag}`);
    lines.push(`           ${clean(f.message)}${f.costImpactUsd !== undefined ? ` [fix: ${impactText(f)}]` : ''}`);
  }
  if (active.length > shown.length) lines.push(`  … and ${active.length - shown.length} more in the reports`);
  const cost = result.cost;
  if (cost) {
    lines.push('');
    const caveat = totalCaveat(cost, result.coverage.gaps.length);
    const none = readNothing(result);
    lines.push(`Monthly cost: ${totalText(cost, none)}${caveat ? ` (${caveat})` : ''} (prices of ${cost.priceCatalogue.effectiveDate}); potential savings ${none ? 'not known' : `${usd(cost.totals.potentialSavingsUsd)}/month`}`);
    for (const t of complianceTotals(result.findings).filter((x) => x.severity === 'critical' || x.severity === 'high')) lines.push(`${complianceSentence(t)}.`);
    if (cost.costDelta) lines.push(`${costDeltaHeadline(cost.costDelta)}.`);
  }
  if (result.notices.length) {
    lines.push('');
    lines.push('Notes:');
    for (const note of result.notices) lines.push(`  - ${clean(note)}`);
  }
  return lines.join('\n') + '\n';
};
