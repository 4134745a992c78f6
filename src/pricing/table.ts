/**
 * The FinOps table `erscan cost` prints: one row per circuit, the other costs (gateways, Direct ports),
 * totals by subscription, tenant and estate, then the advice and the caveats (unverified figures,
 * unknown locations, missing usage). Pure: CostSummary in, text out.
 */
import { formatBandwidth } from './catalogue.js';
import type { CostGroupTotal, CostSummary } from './model.js';
import { adviceLine, costDeltaHeadline, otherAdviceLine } from '../reporters/cost-text.js';
import { currencyPrefix, useCurrency } from '../util/money.js';

const BOLD = '\x1b[1m';
const DIM = '\x1b[90m';
const YELLOW = '\x1b[33m';
const RESET = '\x1b[0m';

export interface TableOptions {
  color?: boolean;
  /** Inputs or scopes the scan could not read (coverage gaps): the totals leave out whatever they hold. */
  gaps?: number;
}

function money(n: number | null | undefined, prefix: string): string {
  if (n === null || n === undefined) return 'n/a';
  return `${prefix}${n.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 })}`;
}

function gbText(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

function tb(n: number): string {
  return `${(n / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} TB`;
}

function table(headers: string[], rows: string[][], rightAligned: Set<number>): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells: string[]) => cells.map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  return [fmt(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)];
}

function groupRows(groups: CostGroupTotal[], prefix: string, withTenant: boolean): string[][] {
  // A group with a resource priced in part is a lower bound, as that resource's own row says (≥).
  return groups.map((g) => [g.name ? `${g.name} (${g.id})` : g.id, ...(withTenant ? [g.tenantId ?? ''] : []), String(g.circuits), (g.partlyPriced ? '≥' : '') + money(g.monthlyUsd, prefix), money(g.potentialSavingsUsd, prefix), g.unpriced ? String(g.unpriced) : '']);
}

export function renderCostTable(summary: CostSummary, options: TableOptions = {}): string {
  const c = (code: string, s: string) => (options.color ? `${code}${s}${RESET}` : s);
  const cur = summary.priceCatalogue.currency;
  // The table's figures and the advice it quotes (src/reporters/cost-text.ts) in the catalogue's currency.
  useCurrency(cur);
  const p = currencyPrefix();
  const lines: string[] = [];
  const cat = summary.priceCatalogue;
  lines.push(c(BOLD, 'ExpressRoute cost estimate') + ` (prices effective ${cat.effectiveDate}, ${cur}, per month${cat.file ? `, catalogue ${cat.file}` : ''})`);
  lines.push(c(DIM, `Source: ${cat.source}`));
  lines.push('');

  const rows = summary.costs.map((k) => [
    k.resourceName ?? k.resourceId,
    k.peeringLocation ? (k.mappedPeeringLocation ? `${k.peeringLocation} (${k.mappedPeeringLocation})` : k.peeringLocation) : '?',
    k.zone ?? 'unknown',
    `${k.tier}/${k.billingModel.replace('Data', '')}${k.isDirect ? ' (Direct)' : ''}`,
    k.bandwidthMbps ? formatBandwidth(k.bandwidthMbps) : '?',
    k.egressSource === 'none' ? '- (none)' : `${gbText(k.egressGbPerMonth)} (${k.egressSource})`,
    (k.priced === 'partial' ? '≥' : '') + (k.monthlyUsd.current === null && k.monthlyUsdRange ? `${money(k.monthlyUsdRange.min, p)}–${money(k.monthlyUsdRange.max, p)}` : money(k.monthlyUsd.current, p)) + (k.unverified?.length ? '*' : ''),
    money(k.monthlyUsd.metered, p),
    money(k.monthlyUsd.unlimited, p),
    k.monthlyUsd.local === null ? '-' : money(k.monthlyUsd.local, p),
    k.breakEvenGbPerMonth === null ? '-' : `${gbText(k.breakEvenGbPerMonth)} (${tb(k.breakEvenGbPerMonth)})`,
    adviceLine(k),
  ]);
  lines.push(c(BOLD, `Circuits (${summary.costs.length})`));
  lines.push(...table(['circuit', 'location', 'zone', 'tier/model', 'bandwidth', 'egress GB/mo (source)', 'current', 'metered', 'unlimited', 'local', 'break-even GB/mo', 'advice'], rows, new Set([5, 6, 7, 8, 9, 10])));

  if (summary.otherCosts.length > 0) {
    lines.push('');
    lines.push(c(BOLD, `Gateways and Direct ports (${summary.otherCosts.length})`));
    const orows = summary.otherCosts.map((o) => [o.resourceName ?? o.resourceId, o.resourceType.split('/').pop() ?? o.resourceType, (o.priced === 'partial' ? '≥' : '') + money(o.monthlyUsd, p) + (o.unverified?.length ? '*' : ''), o.basis]);
    lines.push(...table(['resource', 'type', 'monthly', 'basis'], orows, new Set([2])));
  }

  lines.push('');
  lines.push(c(BOLD, 'Totals'));
  const head = ['subscription', 'tenant', 'circuits', 'monthly', 'potential savings', 'unpriced'];
  if (summary.bySubscription?.length) lines.push(...table(head, groupRows(summary.bySubscription, p, true), new Set([2, 3, 4, 5])));
  if (summary.byTenant?.length) {
    lines.push('');
    lines.push(...table(['tenant', 'circuits', 'monthly', 'potential savings', 'unpriced'], groupRows(summary.byTenant, p, false), new Set([1, 2, 3, 4])));
  }
  lines.push('');
  const unpriced = summary.totals.unpriced ?? 0;
  const partly = summary.totals.partlyPriced ?? 0;
  lines.push(
    c(BOLD, `Estate: ${summary.totals.atLeast ? 'at least ' : ''}${money(summary.totals.monthlyUsd, p)}/month`) +
      `, potential savings ${money(summary.totals.potentialSavingsUsd, p)}/month` +
      (options.gaps ? c(YELLOW, ` (${options.gaps} input(s) or scope(s) not read: what they hold is in no total above)`) : '') +
      (unpriced ? c(YELLOW, ` (${unpriced} resource(s) not priced and not in the total)`) : '') +
      (partly ? c(YELLOW, ` (${partly} resource(s) priced in part: only their priced parts are in the total)`) : ''),
  );
  if (summary.costDelta) lines.push(c(BOLD, `${costDeltaHeadline(summary.costDelta)}.`));
  if (summary.totals.requiredChangesUsd) lines.push(`Required tier changes (findings require them) add ${money(summary.totals.requiredChangesUsd, p)}/month where priced.`);

  const advised = summary.costs.filter((k) => k.recommendation);
  const otherAdvised = summary.otherCosts.filter((o) => o.recommendation);
  if (advised.length + otherAdvised.length > 0) {
    lines.push('');
    lines.push(c(BOLD, 'Advice'));
    for (const k of advised) lines.push(`- ${k.resourceName}: ${adviceLine(k)}. ${k.recommendation!.reason}${k.recommendation!.requiresNewCircuit ? ' [needs a new circuit]' : ''}`);
    for (const o of otherAdvised) lines.push(`- ${o.resourceName ?? o.resourceId}: ${otherAdviceLine(o)}. ${o.recommendation!.reason}`);
  }

  const unverified = [...new Set([...summary.costs.flatMap((k) => k.unverified ?? []), ...summary.otherCosts.flatMap((o) => o.unverified ?? [])])].sort();
  if (unverified.length > 0) {
    lines.push('');
    lines.push(c(YELLOW, '* Estimates marked * use figures that are not confirmed:'));
    for (const u of unverified) lines.push(`  - ${u}`);
  }
  const caveats = summary.costs.filter((k) => k.monthlyUsd.current === null || k.priced === 'partial' || k.egressSource === 'none');
  if (caveats.length > 0 || summary.notices?.length) {
    lines.push('');
    lines.push(c(BOLD, 'Notes'));
    for (const n of summary.notices ?? []) lines.push(`- ${n}`);
    for (const k of summary.costs.filter((x) => x.monthlyUsd.current === null)) lines.push(`- ${k.resourceName}: ${(k.notes ?? []).filter((n) => /not priced|not in/.test(n)).join('; ') || 'not priced'}`);
    for (const k of summary.costs.filter((x) => x.priced === 'partial')) lines.push(`- ${k.resourceName}: priced in part (≥ means at least): ${(k.missing ?? []).join(', ')} not priced`);
  }
  lines.push('');
  lines.push(c(DIM, 'Egress source: usage = the usage file, metrics = Azure Monitor (measured), none = nothing declared (metered cost excludes egress). Unlimited → Metered and bandwidth downgrades need a new circuit.'));
  return lines.join('\n') + '\n';
}
