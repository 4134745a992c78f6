/**
 * The cost of a change (`--baseline`): this scan's costs per resource against the baseline report's, the way
 * Infracost prices a pull request, for ExpressRoute. Resources are matched by ARM id (case-insensitively):
 * added, removed, or changed (price or what is priced: tier, billing model, bandwidth, zone, SKU). Unknown
 * values are never guessed: a side that is not priced makes the delta unknown, a template value with several
 * possible values makes it a range (src/pricing/estimate.ts `monthlyUsdRange`).
 */
import { readFileSync } from 'node:fs';
import { formatBandwidth } from './catalogue.js';
import type { CircuitCost, CostDelta, CostDeltaResource, CostSummary, OtherCost } from './model.js';
import { compareText } from '../util/collate.js';
import { describeValue } from '../util/errors.js';
import { currencyPrefix, prefixOf, useCurrency } from '../util/money.js';

/** One resource's priced figure, as a report (this scan's or the baseline's) holds it. */
interface Priced {
  id: string;
  name: string;
  kind: 'circuit' | 'other';
  usd: number | null;
  priced: 'full' | 'partial' | 'none';
  missing: string[];
  range?: { min: number; max: number };
  /** What is priced, in words ("1 Gbps Standard Unlimited circuit in Zone 1"). */
  what: string;
  /** The attributes whose change is a change of the resource even at the same price. */
  attributes: Record<string, string>;
  egressGb?: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const whole = new Intl.NumberFormat('en-US');
/** A figure in this scan's currency (set by costDelta; src/util/money.ts). */
const money = (n: number) => `${currencyPrefix()}${whole.format(Math.round(n))}`;
/** The figures in a basis in `currency` (`$0.361`, `EUR 0.361`): a price change is not a change of what is priced. */
const figuresIn = (currency: string) => new RegExp(`${prefixOf(currency).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\d.,]+`, 'g');
const modelName = (m: string) => (m === 'MeteredData' ? 'Metered' : m === 'UnlimitedData' ? 'Unlimited' : m);

function pricedOf(c: Pick<CircuitCost, 'resourceId' | 'resourceName' | 'tier' | 'billingModel' | 'bandwidthMbps' | 'zone' | 'monthlyUsd' | 'isDirect' | 'egressGbPerMonth'> & { priced?: string; missing?: string[]; monthlyUsdRange?: { min: number; max: number } }): Priced {
  const bw = c.bandwidthMbps ? formatBandwidth(c.bandwidthMbps) : 'unknown-bandwidth';
  const usd = c.monthlyUsd?.current ?? null;
  return {
    id: c.resourceId,
    name: c.resourceName ?? c.resourceId.split('/').pop() ?? c.resourceId,
    kind: 'circuit',
    usd,
    priced: (c.priced as Priced['priced']) ?? (usd === null ? 'none' : 'full'),
    missing: c.missing ?? [],
    ...(c.monthlyUsdRange ? { range: c.monthlyUsdRange } : {}),
    what: `${bw} ${c.tier} ${modelName(c.billingModel)} ${c.isDirect ? 'ExpressRoute Direct circuit' : 'circuit'} in ${c.zone ?? 'an unknown zone'}`,
    attributes: { tier: c.tier, billingModel: c.billingModel, bandwidth: bw, zone: c.zone ?? 'unknown' },
    egressGb: c.egressGbPerMonth,
  };
}

function otherOf(o: Pick<OtherCost, 'resourceId' | 'resourceName' | 'resourceType' | 'monthlyUsd' | 'basis'> & { priced?: string; missing?: string[]; monthlyUsdRange?: { min: number; max: number } }, figures: RegExp): Priced {
  const type = o.resourceType.split('/').pop() ?? o.resourceType;
  return {
    id: o.resourceId,
    name: o.resourceName ?? o.resourceId.split('/').pop() ?? o.resourceId,
    kind: 'other',
    usd: o.monthlyUsd,
    priced: (o.priced as Priced['priced']) ?? (o.monthlyUsd === null ? 'none' : 'full'),
    missing: o.missing ?? [],
    ...(o.monthlyUsdRange ? { range: o.monthlyUsdRange } : {}),
    what: `${type === 'virtualNetworkGateways' ? 'gateway' : type === 'expressRoutePorts' ? 'ExpressRoute Direct port pair' : type === 'expressRouteGateways' ? 'vWAN ExpressRoute gateway' : type} (${o.basis})`,
    attributes: { basis: o.basis.replace(figures, '') },
  };
}

export interface BaselineCosts {
  file: string;
  resources: Priced[];
  monthlyUsd: number;
  catalogueDate?: string;
  /** The currency the baseline's figures are in (its `priceCatalogue.currency`). */
  currency: string;
  /** False when the baseline's scan had coverage gaps (`coverage.complete`). */
  coverageComplete?: boolean;
}

/**
 * The per-resource costs of an earlier JSON report, or a notice saying why there are none (a report written
 * before erscan priced resources, or by a scan without a cost estimate). The report itself was already
 * checked as a baseline (src/findings/baseline.ts); a cost part of the wrong shape is reported, not guessed.
 */
export function loadBaselineCosts(file: string): BaselineCosts | { notice: string } {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return { notice: `baseline ${file}: its costs could not be read, so the report has no cost delta` };
  }
  const costs = doc.costs;
  const others = doc.otherCosts;
  if (!Array.isArray(costs) || !Array.isArray(others) || typeof doc.priceCatalogue !== 'object' || doc.priceCatalogue === null)
    return { notice: `baseline ${file} carries no per-resource costs (it was written by an erscan that did not price gateways and ports, or by a scan without a cost estimate): no cost delta; scan the baseline again with this version to get one` };
  const resources: Priced[] = [];
  const bad = (path: string, expected = 'a cost entry with resourceId and monthlyUsd', found?: unknown) => ({
    notice: `baseline ${file}: at ${path}: expected ${expected}${found === NOTHING ? '' : `, found ${describeValue(found)}`}, so the report has no cost delta`,
  });
  const currency = (doc.priceCatalogue as { currency?: unknown }).currency;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return bad('$.priceCatalogue.currency', 'the currency code of its figures');
  const figures = figuresIn(currency);
  for (const [i, c] of costs.entries()) {
    const o = c as CircuitCost;
    if (!o || typeof o.resourceId !== 'string' || typeof o.monthlyUsd !== 'object' || o.monthlyUsd === null) return bad(`$.costs[${i}]`, undefined, NOTHING);
    const problem = costEntryProblem(o as unknown as Record<string, unknown>, (o.monthlyUsd as Record<string, unknown>).current, ['tier', 'billingModel', 'zone', 'resourceName']);
    if (problem) return bad(`$.costs[${i}].${problem.field}`, problem.expected, problem.found);
    resources.push(pricedOf(o));
  }
  for (const [i, c] of others.entries()) {
    const o = c as OtherCost;
    if (!o || typeof o.resourceId !== 'string' || typeof o.resourceType !== 'string' || !('monthlyUsd' in o)) return bad(`$.otherCosts[${i}]`, undefined, NOTHING);
    const problem = costEntryProblem(o as unknown as Record<string, unknown>, o.monthlyUsd, ['basis', 'resourceName']);
    if (problem) return bad(`$.otherCosts[${i}].${problem.field}`, problem.expected, problem.found);
    resources.push(otherOf({ ...o, basis: String(o.basis ?? '') }, figures));
  }
  const totals = doc.costTotals as { monthlyUsd?: unknown } | undefined;
  // A bill is never below zero nor endless (1e999 reads as Infinity): such a total cannot be compared with.
  if (totals?.monthlyUsd !== undefined && !(isNum(totals.monthlyUsd) && totals.monthlyUsd >= 0))
    return bad('$.costTotals.monthlyUsd', 'a monthly total that is a finite number of at least 0', totals.monthlyUsd);
  const monthlyUsd = typeof totals?.monthlyUsd === 'number' ? totals.monthlyUsd : round2(resources.reduce((n, r) => n + (r.usd ?? 0), 0));
  const catalogueDate = (doc.priceCatalogue as { effectiveDate?: unknown }).effectiveDate;
  const coverageComplete = (doc.coverage as { complete?: unknown } | undefined)?.complete !== false;
  return { file, resources, monthlyUsd, ...(typeof catalogueDate === 'string' ? { catalogueDate } : {}), currency, coverageComplete };
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** For `bad`: a problem with no value to show. */
const NOTHING = Symbol('nothing');

/**
 * What a baseline's cost entry must hold for its figures to be compared (a report of this schema always
 * does): the monthly figure a number or null, `priced` one of full, partial, none, `missing` a list of
 * text, a range of two numbers, the named fields text. The first field that is not, with what was expected.
 */
function costEntryProblem(o: Record<string, unknown>, usd: unknown, texts: string[]): { field: string; expected: string; found: unknown } | undefined {
  if (usd !== null && usd !== undefined && !(isNum(usd) && usd >= 0)) return { field: 'monthlyUsd', expected: 'a monthly figure that is a finite number of at least 0, or null', found: usd };
  if (o.priced !== undefined && !['full', 'partial', 'none'].includes(o.priced as string)) return { field: 'priced', expected: 'full, partial or none', found: o.priced };
  if (o.missing !== undefined && !(Array.isArray(o.missing) && o.missing.every((m) => typeof m === 'string'))) return { field: 'missing', expected: 'a list of the parts not priced', found: o.missing };
  const range = o.monthlyUsdRange as Record<string, unknown> | undefined;
  if (range !== undefined && !(range && isNum(range.min) && isNum(range.max))) return { field: 'monthlyUsdRange', expected: 'a range with min and max numbers', found: range };
  for (const f of ['bandwidthMbps', 'egressGbPerMonth']) if (o[f] !== undefined && o[f] !== null && !isNum(o[f])) return { field: f, expected: 'a number', found: o[f] };
  for (const f of texts) if (o[f] !== undefined && o[f] !== null && typeof o[f] !== 'string') return { field: f, expected: 'text', found: o[f] };
  return undefined;
}

function changedAttributes(before: Priced, after: Priced): string[] {
  const out: string[] = [];
  for (const k of Object.keys(after.attributes)) if (before.attributes[k] !== undefined && before.attributes[k] !== after.attributes[k]) out.push(k);
  return out;
}

/** The delta of one resource present on both sides; undefined when nothing changed. */
function changed(before: Priced, after: Priced): CostDeltaResource | undefined {
  const attrs = changedAttributes(before, after);
  const sameMissing = before.missing.join('|') === after.missing.join('|');
  const egressChanged = before.egressGb !== undefined && after.egressGb !== undefined && before.egressGb !== after.egressGb;
  let deltaUsd: number | null = null;
  let deltaRangeUsd: { min: number; max: number } | undefined;
  const bothFull = before.priced === 'full' && after.priced === 'full';
  // Both priced in part with the same parts missing: the unpriced parts are the same on both sides, so the
  // difference of the priced parts is the difference.
  const samePartial = before.priced === 'partial' && after.priced === 'partial' && sameMissing;
  if (before.usd !== null && after.usd !== null && (bothFull || samePartial)) deltaUsd = round2(after.usd - before.usd);
  else if (before.usd !== null && before.priced === 'full' && after.range) deltaRangeUsd = { min: round2(after.range.min - before.usd), max: round2(after.range.max - before.usd) };
  if (attrs.length === 0 && deltaUsd === 0 && !after.range) return undefined;
  if (attrs.length === 0 && deltaUsd === null && !deltaRangeUsd && before.usd === null && after.usd === null) return undefined; // unpriced on both sides, nothing changed
  const why: string[] = [];
  if (attrs.length) why.push(`${before.what} → ${after.what}`);
  else if (egressChanged) why.push(`egress ${whole.format(before.egressGb!)} → ${whole.format(after.egressGb!)} GB/month`);
  else why.push(after.what);
  if (deltaUsd === null && !deltaRangeUsd) why.push(after.usd === null ? `price not known now (${after.missing.join(', ') || 'not priced'})` : before.usd === null ? 'not priced in the baseline' : `priced in part on one side (${[...before.missing, ...after.missing].join(', ')})`);
  else if (before.priced === 'partial' && deltaUsd !== null) why.push(`priced parts only; ${after.missing.join(', ')} not priced on either side`);
  if (deltaRangeUsd) why.push('template values with several possible values: a range');
  return { resourceId: after.id, name: after.name, change: 'changed', beforeUsd: before.usd, afterUsd: after.usd, deltaUsd, ...(deltaRangeUsd ? { deltaRangeUsd } : {}), reason: why.join('; ') };
}

/** The cost delta of this scan's estimate against the baseline's. */
export function costDelta(baseline: BaselineCosts, current: CostSummary): CostDelta {
  useCurrency(current.priceCatalogue.currency);
  const figures = figuresIn(current.priceCatalogue.currency);
  const now = [...current.costs.map(pricedOf), ...current.otherCosts.map((o) => otherOf(o, figures))];
  const before = new Map(baseline.resources.map((r) => [r.id.toLowerCase(), r]));
  const after = new Map(now.map((r) => [r.id.toLowerCase(), r]));
  const resources: CostDeltaResource[] = [];
  for (const r of now) {
    const b = before.get(r.id.toLowerCase());
    if (b) {
      const d = changed(b, r);
      if (d) resources.push(d);
      continue;
    }
    const known = r.usd !== null && r.priced === 'full';
    resources.push({
      resourceId: r.id,
      name: r.name,
      change: 'added',
      beforeUsd: null,
      afterUsd: r.usd,
      deltaUsd: known ? r.usd : null,
      ...(!known && r.range ? { deltaRangeUsd: r.range } : {}),
      reason: `new ${r.what}${known ? '' : r.range ? ' (template values with several possible values: a range)' : r.priced === 'partial' ? ` (at least ${money(r.usd!)}: ${r.missing.join(', ')} not priced)` : ' (price not known)'}`,
    });
  }
  for (const b of baseline.resources) {
    if (after.has(b.id.toLowerCase())) continue;
    const known = b.usd !== null && b.priced === 'full';
    resources.push({
      resourceId: b.id,
      name: b.name,
      change: 'removed',
      beforeUsd: b.usd,
      afterUsd: null,
      deltaUsd: known ? -b.usd! : null,
      reason: `removed ${b.what}${known ? '' : ' (its price was not known)'}`,
    });
  }
  // The biggest changes first; ties by name, so the report is stable.
  const size = (r: CostDeltaResource) => Math.abs(r.deltaUsd ?? r.deltaRangeUsd?.max ?? 0);
  resources.sort((a, b) => size(b) - size(a) || compareText(a.name, b.name) || compareText(a.resourceId, b.resourceId));
  const unknown = resources.filter((r) => r.deltaUsd === null);
  const sum = round2(resources.reduce((n, r) => n + (r.deltaUsd ?? 0), 0));
  const ranged = unknown.length > 0 && unknown.every((r) => r.deltaRangeUsd);
  const notes: string[] = [];
  if (unknown.length) notes.push(`${unknown.length} resource(s) changed by an amount that is ${ranged ? 'a range (template values with several possible values)' : 'not known'}: ${unknown.map((r) => r.name).join(', ')}`);
  if (baseline.catalogueDate && baseline.catalogueDate !== current.priceCatalogue.effectiveDate)
    notes.push(`the baseline was priced with the catalogue of ${baseline.catalogueDate}, this scan with ${current.priceCatalogue.effectiveDate}: part of the delta may be a change of list prices`);
  return {
    baselineMonthlyUsd: round2(baseline.monthlyUsd),
    currentMonthlyUsd: current.totals.monthlyUsd,
    deltaUsd: unknown.length ? null : sum,
    ...(ranged ? { deltaRangeUsd: { min: round2(sum + unknown.reduce((n, r) => n + r.deltaRangeUsd!.min, 0)), max: round2(sum + unknown.reduce((n, r) => n + r.deltaRangeUsd!.max, 0)) } } : {}),
    resources,
    baselineFile: baseline.file,
    ...(notes.length ? { notes } : {}),
  };
}

/**
 * Loads the baseline's costs and computes the delta, or returns the notice that says why there is none.
 * `coverageComplete`: whether this scan read its whole scope. A side with a coverage gap cannot tell a
 * resource it did not see from one that is gone, so a delta that would list such a resource as added or
 * removed is not given (a gap is not a deletion).
 */
export function costDeltaAgainst(file: string, current: CostSummary, coverageComplete = true): CostDelta | { notice: string } {
  const b = loadBaselineCosts(file);
  if ('notice' in b) return b;
  // Figures in two currencies are not subtracted (the Retail Prices API converts at its own rate, per catalogue).
  if (b.currency !== current.priceCatalogue.currency)
    return { notice: `baseline ${file} is priced in ${b.currency}, this scan in ${current.priceCatalogue.currency}: no cost delta (figures in two currencies are not compared); scan the baseline again with this scan's price catalogue to get one` };
  const delta = costDelta(b, current);
  const unseen = (side: 'added' | 'removed') => delta.resources.filter((r) => r.change === side).map((r) => r.name);
  const removed = coverageComplete ? [] : unseen('removed');
  const added = b.coverageComplete === false ? unseen('added') : [];
  if (removed.length || added.length) {
    const why = [
      ...(removed.length ? [`this scan has coverage gaps and does not have ${removed.join(', ')}`] : []),
      ...(added.length ? [`baseline ${file} had coverage gaps and did not have ${added.join(', ')}`] : []),
    ];
    return { notice: `no cost delta: ${why.join('; ')}: a resource a scan could not read is not known to be added or removed` };
  }
  return delta;
}
