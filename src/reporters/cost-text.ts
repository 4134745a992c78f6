/**
 * How the human-readable reporters (console cost table, HTML, Markdown) word costs: recommendation labels,
 * savings, the cost of compliance beside a finding and its totals, partial prices ("at least") and the cost
 * of a change. One wording for every format, so the numbers read the same everywhere.
 */
import { SEVERITIES, type Finding, type Severity } from '../findings/model.js';
import { formatBandwidth } from '../pricing/catalogue.js';
import type { CircuitCost, CostDelta, CostRecommendation, CostSummary, OtherCost } from '../pricing/model.js';
import { currencyPrefix } from '../util/money.js';

const whole = new Intl.NumberFormat('en-US');
/** A whole figure in the report's currency (src/util/money.ts): `$12,345`, `EUR 12,345` (`n/a` for null). */
export function money(n: number | null | undefined): string {
  return n === null || n === undefined ? 'n/a' : `${currencyPrefix()}${whole.format(Math.round(Math.abs(n)) * Math.sign(n) || 0)}`;
}
/** A signed whole figure, the sign first: `+$750`, `-$436`, `$0`, `+EUR 750`, `-EUR 436`. */
export function signedMoney(n: number): string {
  const r = Math.round(n);
  const p = currencyPrefix();
  return r > 0 ? `+${p}${whole.format(r)}` : r < 0 ? `-${p}${whole.format(-r)}` : `${p}0`;
}

const modelName = (m: string) => (m === 'MeteredData' ? 'Metered' : m === 'UnlimitedData' ? 'Unlimited' : m);

/** What the advice does, in a few words: "add Premium and switch to Unlimited", "delete the circuit (never provisioned)". */
export function recommendationLabel(r: CostRecommendation, c: Pick<CircuitCost, 'tier' | 'billingModel' | 'bandwidthMbps'>): string {
  const changes = r.changes ?? (r.kind ? [r.kind] : []);
  const words: string[] = [];
  for (const k of changes) {
    if (k === 'delete-unprovisioned') words.push(`delete the circuit (provider state not provisioned)`);
    else if (k === 'delete-unused') words.push('delete the circuit (it carries nothing)');
    else if (k === 'add-premium') words.push('add Premium');
    else if (k === 'remove-premium') words.push('drop Premium');
    else if (k === 'upgrade-from-local') words.push(`upgrade Local to ${r.tier} (${modelName(r.billingModel)})`);
    else if (k === 'switch-to-unlimited') words.push('switch to Unlimited');
    else if (k === 'new-metered-circuit') words.push(`a new ${r.tier} Metered circuit`);
    // A new circuit, as Unlimited → Metered is: Azure changes no SKU to Local in place.
    else if (k === 'move-to-local') words.push(`a new Local ${formatBandwidth(r.bandwidthMbps ?? c.bandwidthMbps)} circuit`);
  }
  return words.length ? words.join(' and ') : `${r.tier} ${modelName(r.billingModel)}`;
}

/** "saves $436/month", "adds $750/month", or "saving not known" (a price it needs is missing). */
export function savingsText(r: Pick<CostRecommendation, 'monthlySavingsUsd' | 'required'>): string {
  const s = r.monthlySavingsUsd;
  if (s === null) return r.required ? 'cost not known (a price it needs is missing)' : 'saving not known (a price it needs is missing)';
  return s >= 0 ? `saves ${money(s)}/month` : `adds ${money(-s)}/month`;
}

/** "Metered 1 Gbps: drop Premium: saves $750/month" style one-liner for tables. */
export function adviceLine(c: CircuitCost): string {
  const r = c.recommendation;
  if (!r) return c.monthlyUsd.current === null ? 'not priced' : 'keep';
  return `${recommendationLabel(r, c)}: ${savingsText(r)}${r.required ? ' (required)' : ''}`;
}

/** A gateway's or Direct port's advice in a few words ("delete the gateway (it carries nothing): saves $264/month"); undefined when it has none. */
export function otherAdviceLine(o: OtherCost): string | undefined {
  const r = o.recommendation;
  if (!r) return undefined;
  const what = /expressrouteports$/i.test(o.resourceType) ? 'port pair' : 'gateway';
  return `delete the ${what} (it carries nothing): ${savingsText(r)}`;
}

/** A resource's monthly figure: `$2,000`, `at least $2,000` (priced in part), `$153–$307` (a range), `n/a`. */
export function figure(value: number | null, priced: string | undefined, range?: { min: number; max: number }): string {
  if (value === null) return range ? `${money(range.min)}–${money(range.max)}` : 'n/a';
  if (range && range.min !== range.max) return `${money(range.min)}–${money(range.max)}`;
  return priced === 'partial' ? `at least ${money(value)}` : money(value);
}

/**
 * The estate total: `$52,437`, or `at least $52,437` when something is not priced, priced in part or not read
 * (`atLeast`, which a scan with coverage gaps sets); `not known` when the scan read nothing at all.
 */
export function totalText(s: CostSummary, readNothing = false): string {
  if (readNothing) return 'not known';
  return `${s.totals.atLeast ? 'at least ' : ''}${money(s.totals.monthlyUsd)}`;
}

/** What is left out of the total, for a note beside it (empty when nothing is); `gaps` counts the inputs or scopes not read. */
export function totalCaveat(s: CostSummary, gaps = 0): string {
  const parts: string[] = [];
  if (gaps > 0) parts.push(`${gaps} input(s) or scope(s) not read`);
  if (s.totals.unpriced) parts.push(`${s.totals.unpriced} resource(s) not priced`);
  if (s.totals.partlyPriced) parts.push(`${s.totals.partlyPriced} priced in part`);
  return parts.join(', ');
}

/** The cost of compliance beside a finding: `+$750/month`, `-$436/month`, `price not known`; undefined when the fix costs nothing. */
export function impactText(f: Pick<Finding, 'costImpactUsd'>): string | undefined {
  if (f.costImpactUsd === undefined) return undefined;
  if (f.costImpactUsd === null) return 'price not known';
  return `${signedMoney(f.costImpactUsd)}/month`;
}

export interface ComplianceTotal {
  severity: Severity;
  /** Sum of the priced fixes (each change counted once). */
  usd: number;
  /** Findings of this severity whose fix changes the bill. */
  findings: number;
  /** Of those, the distinct changes whose price is not known. */
  unknown: number;
}

/**
 * The cost of fixing every unsuppressed failing finding of each severity. A change named by two findings (a
 * circuit that needs Premium for its reach and for its link count) is counted once.
 */
export function complianceTotals(findings: Finding[]): ComplianceTotal[] {
  const out: ComplianceTotal[] = [];
  for (const severity of SEVERITIES) {
    const seen = new Map<string, number | null>();
    let count = 0;
    const counted = (f: Finding) => f.severity === severity && !f.suppression && f.status !== 'unknown' && f.costImpactUsd !== undefined;
    // A resource these findings delete takes no other fix (deleting an unprovisioned circuit settles its Premium): its delete alone is counted.
    const deleted = new Set<string>();
    for (const f of findings) if (counted(f) && f.costImpactChange === 'delete') deleted.add(f.resourceId.toLowerCase());
    for (const f of findings) {
      if (!counted(f)) continue;
      count++;
      const resource = f.resourceId.toLowerCase();
      if (deleted.has(resource) && f.costImpactChange !== 'delete') continue;
      const key = `${resource}|${f.costImpactChange ?? f.ruleId}`;
      if (!seen.has(key)) seen.set(key, f.costImpactUsd!);
    }
    if (count === 0) continue;
    const values = [...seen.values()];
    out.push({ severity, usd: Math.round(values.reduce<number>((n, v) => n + (v ?? 0), 0) * 100) / 100, findings: count, unknown: values.filter((v) => v === null).length });
  }
  return out;
}

/** "Fixing every high finding adds $5,250/month (1 fix has no price)". */
export function complianceSentence(t: ComplianceTotal): string {
  const verb = t.usd > 0 ? `adds ${money(t.usd)}/month` : t.usd < 0 ? `saves ${money(-t.usd)}/month` : t.unknown ? 'has no priced effect' : 'changes nothing on the bill';
  return `Fixing every ${t.severity} finding ${verb}${t.unknown ? ` (${t.unknown} fix${t.unknown === 1 ? ' has' : 'es have'} no price, not counted)` : ''}`;
}

/** "This change adds $5,700/month: er-lon-new, new 1 Gbps Standard Unlimited circuit in Zone 1" (the Markdown headline). */
export function costDeltaHeadline(d: CostDelta, maxItems = 3): string {
  const verb =
    d.deltaUsd === null
      ? d.deltaRangeUsd
        ? `changes the bill by ${signedMoney(d.deltaRangeUsd.min)} to ${signedMoney(d.deltaRangeUsd.max)}/month`
        : 'changes the bill by an unknown amount'
      : d.deltaUsd > 0
        ? `adds ${money(d.deltaUsd)}/month`
        : d.deltaUsd < 0
          ? `saves ${money(-d.deltaUsd)}/month`
          : 'leaves the monthly cost as it was';
  const items = d.resources.slice(0, maxItems).map((r) => `${r.name}, ${r.reason}`);
  const more = d.resources.length > maxItems ? `; and ${d.resources.length - maxItems} more` : '';
  // nothing priced changed: say so plainly (resources whose changes cancel out are still listed)
  if (d.deltaUsd === 0 && items.length === 0) return 'No change to the monthly cost against the baseline';
  return `This change ${verb}${items.length ? `: ${items.join('; ')}${more}` : ''}`;
}

/** A resource's delta in a table: `+$5,700`, `-$436`, `+$0 to +$750`, `unknown`. */
export function deltaCell(r: Pick<CostDelta['resources'][number], 'deltaUsd' | 'deltaRangeUsd'>): string {
  if (r.deltaUsd !== null) return signedMoney(r.deltaUsd);
  if (r.deltaRangeUsd) return `${signedMoney(r.deltaRangeUsd.min)} to ${signedMoney(r.deltaRangeUsd.max)}`;
  return 'unknown';
}
