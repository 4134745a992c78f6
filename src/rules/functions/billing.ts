/**
 * Billing-model rules (ERS-COST-1NN): they read the pricing model's estimate of the inventory they run on
 * (re-priced per possible world with the scan's catalogue and usage), so a scan without costs yields no
 * finding here. The estimator decides (from the same circuit analysis the reach rules read); these rules turn
 * its recommendations into findings with the saving in the message and as `costImpactUsd`.
 */
import { circuitPricedAt } from '../../pricing/impact.js';
import { localBandwidthFor } from '../../pricing/catalogue.js';
import type { CostRecommendation, CostSummary, FixKind } from '../../pricing/model.js';
import type { RuleFunction, Violation } from './index.js';
import { analysisOf, costsOf } from './util.js';
import { isTemplateResource } from '../../inventory/facts.js';
import { prefixOf } from '../../util/money.js';

// One formatter for the process: toLocaleString with options builds an Intl.NumberFormat per call
// (tens of µs), and these rules format a figure or two per circuit. Same text.
const twoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** A figure in the estimate's currency (`$2,236`, `EUR 2,236`; src/util/money.ts). */
const money = (n: number, cost: CostSummary) => `${prefixOf(cost.priceCatalogue.currency)}${twoDecimals.format(n)}`;
const gb = (n: number) => `${Math.round(n).toLocaleString('en-US')} GB`;

/**
 * Circuits whose recommendation includes the change named by `params.kind`
 * (switch-to-unlimited | new-metered-circuit | move-to-local | remove-premium | delete-unprovisioned | delete-unused), where
 * that change on its own saves at least `params.minMonthlySavingsUsd` (default 0).
 */
export const costAdvice: RuleFunction = (ctx) => {
  const cost = costsOf(ctx);
  if (!cost) return [];
  const kind = String(ctx.params.kind ?? '');
  const fix = (kind === 'delete-unprovisioned' || kind === 'delete-unused' ? 'delete' : kind) as FixKind;
  const min = Number(ctx.params.minMonthlySavingsUsd ?? 0);
  const out: Violation[] = [];
  for (let i = 0; i < cost.costs.length; i++) {
    const c = cost.costs[i];
    const r: CostRecommendation | null = c.recommendation;
    if (!r || !(r.changes ?? [r.kind]).includes(kind as CostRecommendation['kind'])) {
      if (kind === 'move-to-local') {
        const v = localUndecided(ctx, cost, i, min);
        if (v) out.push(v);
      }
      continue;
    }
    const impact = c.fixCosts?.[fix];
    const saving = impact === undefined || impact === null ? null : -impact;
    if (saving !== null && saving < min) continue;
    const resource = circuitPricedAt(cost, i) ?? ctx.inventory.byKey.get(c.resourceId.toLowerCase());
    if (!resource) continue;
    const egress = c.egressSource === 'none' ? 'no declared egress' : `${gb(c.egressGbPerMonth)}/month (${c.egressSource})`;
    // A saving measured from the tier a finding requires (Premium added first), not from today's bill: say so.
    const step = r.required ? (r.changes ?? []).find((k) => k !== kind && (k === 'add-premium' || k === 'upgrade-from-local')) : undefined;
    const stepUsd = step ? c.fixCosts?.[step as FixKind] : undefined;
    const compliant = step && typeof stepUsd === 'number' && c.monthlyUsd.current !== null ? ` (${money(c.monthlyUsd.current + stepUsd, cost)}/month once it is ${r.tier}, as a finding requires)` : '';
    // The saving is this change on its own; where the advice also drops Premium, its plan saves more: say so, so the
    // figure is not read as the advised plan's (Premium Metered → Standard Unlimited: $2,236 alone, $2,986 in all).
    const alsoDrops = kind !== 'remove-premium' && !r.required && (r.changes ?? []).includes('remove-premium');
    const together = alsoDrops ? `; with Premium dropped too, as advised, ${r.monthlySavingsUsd === null ? 'an unknown amount' : money(r.monthlySavingsUsd, cost)}/month in all` : '';
    out.push({
      resource,
      actual: `${c.tier} ${c.billingModel} at ${money(c.monthlyUsd.current ?? 0, cost)}/month${c.priced === 'partial' ? ' (at least)' : ''}${compliant} with ${egress}${c.breakEvenGbPerMonth !== null ? ` against a break-even of ${gb(c.breakEvenGbPerMonth)}` : ''}`,
      expected: `${r.tier} ${r.billingModel}${r.bandwidthMbps ? ` ${r.bandwidthMbps / 1000} Gbps` : ''}${r.requiresNewCircuit ? ' (a new circuit)' : ''}${together}`,
      details: { savings: saving === null ? 'an unknown amount' : money(saving, cost), reason: r.reason, zone: c.zone ?? 'unknown', reach: LOCAL_REACH },
      costImpactUsd: impact ?? null,
      costImpactChange: fix,
    });
  }
  return out;
};

/** What ERS-COST-103's message says of a circuit's reach where Local would do (`{details.reach}`). */
const LOCAL_REACH = 'every gateway it reaches is local to its peering location, and';

/**
 * ERS-COST-103 where whether Local would do is undecided (the analysis' `needs.localSuffices`: a gateway whose region is
 * not known, a hub whose connections are not known that may connect the circuit from outside the metro): the estimate
 * keeps the Local option, priced (`fixCosts['move-to-local']`) but never advised, and where Local would be the advice
 * were it known to do (it saves more than the advice, or there is none), the finding is `unknown`, naming why. It
 * carries no cost of compliance: a saving that may not be there is not counted as one.
 */
function localUndecided(ctx: Parameters<RuleFunction>[0], cost: CostSummary, i: number, min: number): Violation | undefined {
  const c = cost.costs[i];
  const r = c.recommendation;
  const impact = c.fixCosts?.['move-to-local'];
  if (typeof impact !== 'number' || c.tier === 'Local' || c.monthlyUsd.current === null) return undefined;
  const saving = -impact;
  // (Local is weighed only where no tier change is required, and never for a circuit advised to be deleted.)
  if (saving < 0.01 || saving < min || r?.required || (r && (r.kind === 'delete-unused' || r.kind === 'delete-unprovisioned'))) return undefined;
  // The advice picks the cheapest plan, one that keeps the circuit before a new one at the same price: Local (a new
  // circuit) would be the advice only where it saves more than the advice does.
  if (r && r.monthlySavingsUsd !== null && saving <= r.monthlySavingsUsd) return undefined;
  const resource = circuitPricedAt(cost, i) ?? ctx.inventory.byKey.get(c.resourceId.toLowerCase());
  if (!resource || resource.kind !== 'circuit') return undefined;
  const ca = analysisOf(ctx).circuit(resource);
  // ARM is deleting it (CircuitAnalysis.beingDeleted): moving it to Local presumes it stays, no advice to give.
  if (ca.beingDeleted) return undefined;
  const suffices = ca.needs.localSuffices;
  if (suffices.value !== null) return undefined;
  const egress = c.egressSource === 'none' ? 'no declared egress' : `${gb(c.egressGbPerMonth)}/month (${c.egressSource})`;
  const bw = localBandwidthFor(c.bandwidthMbps);
  return {
    resource,
    actual: `${c.tier} ${c.billingModel} at ${money(c.monthlyUsd.current!, cost)}/month${c.priced === 'partial' ? ' (at least)' : ''} with ${egress}${c.breakEvenGbPerMonth !== null ? ` against a break-even of ${gb(c.breakEvenGbPerMonth)}` : ''}`,
    expected: `Local UnlimitedData${bw ? ` ${bw / 1000} Gbps` : ''} (a new circuit)`,
    details: { savings: money(saving, cost), reach: `whether every gateway it reaches is local to its peering location is undecided (${suffices.reasons.join('; ')}); if it is,`, zone: c.zone ?? 'unknown' },
    status: 'unknown',
  };
}

// The notes costUnpriced reads, each pattern made once (a literal in a callback is a new RegExp at every
// call: several per unpriced circuit). None is global or sticky, so sharing them keeps no state.
const OPEN_FIELD_NOTE = /^`(tier|skuName|billingModel|bandwidthMbps|peeringLocation)`/;
const NOT_KNOWN_NOTE = /is not known \(/;
const PORT_OUTSIDE_NOTE = /ExpressRoute Direct port, which is not in the inventory/;
const NOT_PRICED_NOTE = /not priced|not in|no catalogue price|no price/;
const isUndecidedNote = (n: string) => OPEN_FIELD_NOTE.test(n) || NOT_KNOWN_NOTE.test(n);
const isNotPricedNote = (n: string) => NOT_PRICED_NOTE.test(n);

/** Circuits the pricing model could not price (unknown peering location, tier or bandwidth), or priced only in part. */
export const costUnpriced: RuleFunction = (ctx) => {
  const cost = costsOf(ctx);
  if (!cost) return [];
  const out: Violation[] = [];
  for (let i = 0; i < cost.costs.length; i++) {
    const c = cost.costs[i];
    if (c.priced === 'full' || c.monthlyUsdRange) continue;
    const resource = circuitPricedAt(cost, i) ?? ctx.inventory.byKey.get(c.resourceId.toLowerCase());
    if (!resource) continue;
    if (c.priced === 'partial') {
      out.push({ resource, actual: `priced in part (${c.missing?.join(', ') ?? 'some parts'} not priced, so ${money(c.monthlyUsd.current ?? 0, cost)} is a lower bound)`, expected: 'every part of its cost in the price catalogue' });
      continue;
    }
    // A value the template leaves open, or a Direct port other files deploy: priced once deployed, perhaps.
    const undecided = (c.notes ?? []).find(isUndecidedNote);
    const portOutside = isTemplateResource(resource) && (c.notes ?? []).find((n) => PORT_OUTSIDE_NOTE.test(n));
    if (undecided || portOutside) {
      const why = undecided ?? `${portOutside} (not decidable from these files: the port may be deployed by another file)`;
      out.push({ resource, actual: why, expected: 'a peering location, tier and bandwidth in the price catalogue (undecided)', status: 'unknown' });
      continue;
    }
    const why = (c.notes ?? []).find(isNotPricedNote) ?? 'not priced';
    out.push({ resource, actual: why, expected: 'a peering location, tier and bandwidth in the price catalogue' });
  }
  return out;
};
