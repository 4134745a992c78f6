/**
 * One story after the rules: a fix that uses a resource as it is keeps that resource. ERS-RED-001's fix for a
 * gateway served from one peering location may be to connect a circuit the estate already has elsewhere; when
 * that circuit carries nothing today, ERS-COST-003 and the cost advice would delete it. Both cannot be done, and
 * connecting it is the cheaper way (no new circuit): so the deleting finding says so and prices its fix as that
 * connection (no change on its own), and the cost view keeps the circuit (src/pricing/estimate.ts keepCircuits).
 *
 * Only open, decided findings keep anything: a suppressed one is an accepted risk whose fix nobody plans, and an
 * undecided one proposes nothing. Pure apart from updating `cost`, which the scan owns.
 */
import { keepCircuits } from '../pricing/estimate.js';
import type { CostSummary } from '../pricing/model.js';
import type { Finding } from './model.js';

export function keepWhatFixesUse(findings: Finding[], cost: CostSummary | undefined): Finding[] {
  const keptBy = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.keeps || f.status === 'unknown' || f.suppression) continue;
    for (const key of f.keeps) {
      const by = keptBy.get(key);
      if (by) by.push(f);
      else keptBy.set(key, [f]);
    }
  }
  if (keptBy.size === 0) return findings;
  const reasons = new Map<string, string>();
  for (const [key, by] of keptBy) {
    const rules = [...new Set(by.map((f) => f.ruleId))].join(', ');
    const names = by.slice(0, 3).map((f) => f.resourceName).join(', ') + (by.length > 3 ? ` and ${by.length - 3} more` : '');
    reasons.set(key, `${rules} proposes connecting it to ${names}`);
  }
  if (cost) keepCircuits(cost, reasons);
  return findings.map((f) => {
    const reason = f.costImpactChange === 'delete' ? reasons.get(f.resourceId.toLowerCase()) : undefined;
    if (reason === undefined) return f;
    // Connecting it fixes this finding too; that connection's price is the proposing finding's, not counted twice.
    return { ...f, message: `${f.message} ${reason[0].toUpperCase()}${reason.slice(1)} instead, which fixes this finding too and spares a new circuit there: keep it.`, costImpactUsd: 0, costImpactChange: 'connect' };
  });
}
