/**
 * Billing-model rules (ERS-COST-1NN): they read the pricing model's estimates (`ctx.cost`), so a scan
 * without costs yields no finding here. Owned with src/pricing (the estimator decides; these rules
 * turn its recommendations into findings with the saving in the message).
 */
import type { CostRecommendation } from '../../pricing/model.js';
import type { RuleFunction, Violation } from './index.js';

const money = (n: number) => `$${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
const gb = (n: number) => `${Math.round(n).toLocaleString('en-US')} GB`;

/**
 * Circuits whose estimate carries a recommendation of the kind named by `params.kind`
 * (switch-to-unlimited | new-metered-circuit | move-to-local | remove-premium | delete-unprovisioned)
 * saving at least `params.minMonthlySavingsUsd` (default 0).
 */
export const costAdvice: RuleFunction = ({ inventory, params, cost }) => {
  if (!cost) return [];
  const kind = String(params.kind ?? '');
  const min = Number(params.minMonthlySavingsUsd ?? 0);
  const out: Violation[] = [];
  for (const c of cost.costs) {
    const r: CostRecommendation | null = c.recommendation;
    if (!r || r.kind !== kind || r.monthlySavingsUsd < min) continue;
    const resource = inventory.byKey.get(c.resourceId.toLowerCase());
    if (!resource) continue;
    const egress = c.egressSource === 'none' ? 'no declared egress' : `${gb(c.egressGbPerMonth)}/month (${c.egressSource})`;
    out.push({
      resource,
      actual: `${c.tier} ${c.billingModel} at ${money(c.monthlyUsd.current ?? 0)}/month with ${egress}${c.breakEvenGbPerMonth !== null ? ` against a break-even of ${gb(c.breakEvenGbPerMonth)}` : ''}`,
      expected: `${r.tier} ${r.billingModel}${r.bandwidthMbps ? ` ${r.bandwidthMbps / 1000} Gbps` : ''}${r.requiresNewCircuit ? ' (a new circuit)' : ''}`,
      details: { savings: money(r.monthlySavingsUsd), reason: r.reason, zone: c.zone ?? 'unknown' },
    });
  }
  return out;
};

/** Circuits the pricing model could not price (unknown peering location, tier or bandwidth). */
export const costUnpriced: RuleFunction = ({ inventory, cost }) => {
  if (!cost) return [];
  const out: Violation[] = [];
  for (const c of cost.costs) {
    if (c.monthlyUsd.current !== null) continue;
    const resource = inventory.byKey.get(c.resourceId.toLowerCase());
    if (!resource) continue;
    const why = (c.notes ?? []).find((n) => /not priced|not in/.test(n)) ?? 'not priced';
    out.push({ resource, actual: why, expected: 'a peering location, tier and bandwidth in the price catalogue' });
  }
  return out;
};
