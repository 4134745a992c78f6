/**
 * One story after the rules: a fix that uses a resource as it is keeps that resource. ERS-RED-001's fix for a
 * gateway served from one peering location may be to connect a circuit the estate already has elsewhere; when
 * that circuit carries nothing today, ERS-COST-003 and the cost advice would delete it. Both cannot be done, and
 * connecting it is the cheaper way (no new circuit): so the deleting finding says so and prices its fix as that
 * connection (no change on its own), and the cost view keeps the circuit (src/pricing/estimate.ts keepResources).
 *
 * Only open, decided findings keep anything by their fix: a suppressed one is an accepted risk whose fix nobody plans, and
 * an undecided one proposes nothing. A suppressed finding that deletes a resource (ERS-COST-001, -003, -005, -006) is a
 * decision to keep it, justified: the cost view keeps it too, with a note, and leaves its saving out of the potential
 * savings (as a dismissed Azure Advisor recommendation leaves Advisor's list). Pure apart from updating `cost`, which the scan owns.
 */
import { keepResources, type KeepReason } from '../pricing/estimate.js';
import type { CostSummary } from '../pricing/model.js';
import type { Finding } from './model.js';

export function keepWhatFixesUse(findings: Finding[], cost: CostSummary | undefined): Finding[] {
  const keptBy = new Map<string, Finding[]>();
  // A suppressed finding that deletes a resource is a decision to keep it: the cost view keeps it too (keepResources).
  const why = new Map<string, KeepReason>();
  for (const f of findings) {
    if (f.status === 'unknown') continue;
    if (f.suppression) {
      const key = f.resourceId.toLowerCase();
      if (f.costImpactChange === 'delete' && !why.has(key)) why.set(key, { kind: 'accepted', why: `${f.ruleId} is suppressed (${f.suppression.justification}${f.suppression.expires ? `, until ${f.suppression.expires}` : ''})` });
      continue;
    }
    for (const key of f.keeps ?? []) {
      const by = keptBy.get(key);
      if (by) by.push(f);
      else keptBy.set(key, [f]);
    }
  }
  const reasons = new Map<string, string>();
  const migrationKept = new Set<string>();
  for (const [key, by] of keptBy) {
    const rules = [...new Set(by.map((f) => f.ruleId))].join(', ');
    const names = by.slice(0, 3).map((f) => f.resourceName).join(', ') + (by.length > 3 ? ` and ${by.length - 3} more` : '');
    // ERS-RED-001's fix for a gateway the circuit is connected to already, through a Disabled private peering: enable it.
    // Or its provider provisions it (`provisions`: connected to that gateway already, not provisioned yet, ERS-RED-001's
    // `provision-circuit`): kept too, though not used "as it is" (keepResources says so, `provision`).
    const provisioning = by.every((f) => f.provisions?.includes(key));
    // ERS-RED-004's (and ERS-SKU-006's) fix for the old gateway of a gateway migration deletes that gateway and keeps the
    // new one of its VNet, to which it moves the connections (src/rules/functions/sku.ts, gatewayFixOf).
    const migrating = by.every((f) => f.costImpactChange === 'delete' && f.resourceId.toLowerCase() !== key);
    if (migrating) migrationKept.add(key);
    const enabling = !provisioning && by.every((f) => f.costImpactChange === 'enable-peering' || (f.costImpactChange === 'provision-circuit' && !f.provisions?.includes(key)));
    reasons.set(
      key,
      migrating
        ? `${rules} proposes moving the connections of ${names} to it (gateway migration)`
        : provisioning
        ? `${rules} proposes having its provider provision it (it is connected to ${names})`
        : enabling
          ? `${rules} proposes enabling its Azure private peering (it is connected to ${names})`
          : `${rules} proposes connecting it to ${names}`,
    );
    // A use by an open finding's fix is the stronger reason (it also changes the advice the circuit keeps).
    why.set(key, { kind: provisioning ? 'provision' : 'use', why: reasons.get(key)! });
  }
  if (cost && why.size > 0) keepResources(cost, why);
  if (reasons.size === 0) return findings;
  return findings.map((f) => {
    const key = f.resourceId.toLowerCase();
    const reason = f.costImpactChange === 'delete' ? reasons.get(key) : undefined;
    if (reason === undefined) return f;
    // Connecting it (or having it provisioned) fixes this finding too; that fix's price is the proposing finding's, not counted twice.
    const spares = migrationKept.has(key) ? '' : ' and spares a new circuit there';
    return { ...f, message: `${f.message} ${reason[0].toUpperCase()}${reason.slice(1)} instead, which fixes this finding too${spares}: keep it.`, costImpactUsd: 0, costImpactChange: why.get(key)?.kind === 'provision' ? 'provision-circuit' : migrationKept.has(key) ? 'migrate' : 'connect' };
  });
}
