/**
 * The trend as text: a short console summary, Markdown for a job summary, and the JSON document
 * (schemas/trend.schema.json). Pure functions of the trend.
 */
import { SEVERITIES } from '../findings/model.js';
import { mdEscape } from '../reporters/markdown.js';
import { SEVERITY_LABEL, usd } from '../reporters/format.js';
import { oneLine } from '../util/controls.js';
import { prefixOf } from '../util/money.js';
import { daysLabel, openLabel } from './age.js';
import type { Trend, TrendRun } from './trend.js';

const day = (iso: string) => iso.slice(0, 10);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function sum(runs: TrendRun[], key: 'new' | 'fixed'): number {
  return runs.reduce((n, r) => n + (r[key] ?? 0), 0);
}

function severityChange(first: TrendRun, last: TrendRun): string {
  const parts = SEVERITIES.filter((s) => first.findings.bySeverity[s] || last.findings.bySeverity[s]).map((s) => `${s} ${first.findings.bySeverity[s]} → ${last.findings.bySeverity[s]}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function costLine(first: TrendRun, last: TrendRun): string | undefined {
  if (first.cost.monthlyUsd === null && last.cost.monthlyUsd === null) return undefined;
  // each run's figures in its own report's currency (src/util/money.ts)
  const [a, b] = [prefixOf(first.cost.currency), prefixOf(last.cost.currency)];
  return `${usd(first.cost.monthlyUsd, a)} → ${usd(last.cost.monthlyUsd, b)} per month; potential savings ${usd(first.cost.potentialSavingsUsd, a)} → ${usd(last.cost.potentialSavingsUsd, b)} per month`;
}

function fixLine(t: Trend): string | undefined {
  const parts = t.timeToFix.filter((x) => x.fixed > 0).map((x) => `${x.severity} median ${daysLabel(Math.round(x.medianDays!))} (${x.fixed} fixed)`);
  return parts.length ? parts.join(', ') : undefined;
}

/** A few lines for the terminal (or a CI log). */
export function renderTrendConsole(t: Trend): string {
  const first = t.runs[0];
  const last = t.runs[t.runs.length - 1];
  const lines = [
    `erscan trend: ${plural(t.period.runs, 'report')} of ${t.scope.key}, ${day(t.period.from)} to ${day(t.period.to)} (${plural(t.period.days, 'day')})`,
    `Open findings: ${first.findings.open} → ${last.findings.open}${severityChange(first, last)}; ${sum(t.runs, 'new')} new and ${sum(t.runs, 'fixed')} fixed since the first report`,
  ];
  const cost = costLine(first, last);
  if (cost) lines.push(`Cost: ${cost}`);
  const oldest = t.oldestOpen[0];
  if (oldest) lines.push(`Oldest open: ${oldest.severity} ${oldest.ruleId} on ${oldest.resourceName}, ${openLabel(oldest.openDays)} (since ${day(oldest.firstSeen)})`);
  const fix = fixLine(t);
  lines.push(`Time to fix: ${fix ?? 'nothing was fixed in the period'}`);
  for (const n of t.notes) lines.push(`Note: ${n}`);
  // Each entry is one line: a line feed in a name from the inputs is written visibly, never a line of its own.
  return lines.map(oneLine).join('\n') + '\n';
}

/** Markdown for `$GITHUB_STEP_SUMMARY` or a wiki page: the headline, the runs, the oldest findings, time to fix. */
export function renderTrendMarkdown(t: Trend, limits = { runs: 26, oldest: 10 }): string {
  const first = t.runs[0];
  const last = t.runs[t.runs.length - 1];
  const out: string[] = [];
  out.push(`## erscan trend: ${mdEscape(t.scope.key)}`);
  out.push('');
  out.push(`${plural(t.period.runs, 'report')} from ${day(t.period.from)} to ${day(t.period.to)}. Open findings **${first.findings.open} → ${last.findings.open}**${severityChange(first, last)}; ${sum(t.runs, 'new')} new and ${sum(t.runs, 'fixed')} fixed since the first report.`);
  const cost = costLine(first, last);
  if (cost) out.push('', `**Cost:** ${cost}.`);
  const shown = t.runs.slice(-limits.runs);
  out.push('', '| Run | Critical | High | Medium | Low | Info | New | Fixed | Per month | Savings |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of shown) {
    const sev = SEVERITIES.map((s) => String(r.findings.bySeverity[s]));
    out.push(`| ${day(r.generatedAt)}${r.coverageComplete ? '' : ' (incomplete)'} | ${sev.join(' | ')} | ${r.new ?? '—'} | ${r.fixed ?? '—'} | ${usd(r.cost.monthlyUsd, prefixOf(r.cost.currency))} | ${usd(r.cost.potentialSavingsUsd, prefixOf(r.cost.currency))} |`);
  }
  if (t.runs.length > shown.length) out.push('', `The last ${shown.length} of ${t.runs.length} runs; trend.json and trend.html hold all of them.`);
  out.push('', '### Oldest open findings');
  if (t.oldestOpen.length === 0) out.push('', 'None: nothing is open.');
  else {
    out.push('', '| Severity | Rule | Resource | Open since | Age |', '| --- | --- | --- | --- | --- |');
    for (const f of t.oldestOpen.slice(0, limits.oldest)) out.push(`| ${SEVERITY_LABEL[f.severity]} | ${mdEscape(f.ruleId)} ${mdEscape(f.ruleName)} | ${mdEscape(f.resourceName)} | ${day(f.firstSeen)} | ${openLabel(f.openDays)} |`);
  }
  out.push('', '### Time to fix', '', '| Severity | Fixed | Median | Mean | Longest | Open now | Oldest open |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const x of t.timeToFix) {
    const d = (v: number | null) => (v === null ? '—' : daysLabel(Math.round(v)));
    out.push(`| ${SEVERITY_LABEL[x.severity]} | ${x.fixed} | ${d(x.medianDays)} | ${x.meanDays === null ? '—' : `${x.meanDays} days`} | ${d(x.maxDays)} | ${x.open} | ${d(x.oldestOpenDays)} |`);
  }
  if (t.notes.length) {
    out.push('');
    for (const n of t.notes) out.push(`> ${mdEscape(n)}`);
  }
  return out.join('\n') + '\n';
}

export function renderTrendJson(t: Trend): string {
  return JSON.stringify(t, null, 2) + '\n';
}
