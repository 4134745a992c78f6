/**
 * Resources billed for nothing (ERS-COST-001, -003, -004, -005, -006). They read the analysis (what a
 * circuit or gateway carries) and carry the monthly saving of the fix (`costImpactUsd`, from the same
 * estimate the cost view shows). Template resources are partial views of an estate: a gateway or circuit
 * with no connection in the scanned files is "not decidable from these files", never "unused".
 */
import { isTemplateResource, unknownReason } from '../../inventory/facts.js';
import { behindDisabledPeering, portIdle } from '../../analysis/index.js';
import { circuitFixImpact, costOf, deleteResourceImpact } from '../../pricing/impact.js';
import type { CircuitCost } from '../../pricing/model.js';
import type { RuleFunction, Violation } from './index.js';
import { analysisOf, costsOf, unnamedGatewayConnections } from './util.js';

/** What a template resource's finding says when other files may hold what the rule looks for. */
const NOT_DECIDABLE = 'not decidable from these files: another deployment may';

/** Provider state NotProvisioned or Deprovisioned: billed from creation (rules/cost/ERS-COST-001.md), for nothing. */
export const circuitNotProvisioned: RuleFunction = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const analyses = analysis.circuits();
  const out: Violation[] = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    const why = unknownReason(c, 'serviceProviderProvisioningState');
    if (why !== undefined) continue; // a template declares no provider state: deployed state only
    if (!analyses[i].billedForNothing) continue;
    // ARM is deleting it already: deleting it is no advice to give (the cost view says so, BEING_DELETED_NOTE).
    if (analyses[i].beingDeleted) continue;
    out.push({ resource: c, actual: c.serviceProviderProvisioningState, costImpactUsd: circuitFixImpact(costs, c, 'delete', i), costImpactChange: 'delete' });
  }
  return out;
};

/**
 * A provisioned circuit that nothing uses: no VNet or vWAN connection in the inventory, no authorization
 * redeemed elsewhere (`InUse`: a connection in a scope erscan did not read), no enabled Microsoft peering,
 * no Global Reach link and no declared or measured egress (traffic proves a connection outside the scanned
 * scopes). It is billed every month all the same. Connections that ride an Azure private peering that is Disabled carry
 * nothing (its BGP sessions are down): they are no use, and the fix is then to enable it or delete the circuit.
 */
export const circuitUnused: RuleFunction = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const analyses = analysis.circuits();
  const out: Violation[] = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    // Provisioned circuits only: NotProvisioned and Deprovisioned are ERS-COST-001's; one the provider is still
    // provisioning (or deprovisioning) cannot carry anything yet, and is not "unused"
    const state = c.serviceProviderProvisioningState?.toLowerCase();
    if (state !== undefined && state !== 'provisioned') continue;
    const idle = analyses[i].carries.idle;
    if (idle.value === false) continue;
    // ARM is deleting it already (CircuitAnalysis.beingDeleted): no advice to delete it.
    if (analyses[i].beingDeleted) continue;
    if (idle.value === null) {
      out.push({ resource: c, actual: idle.reasons.join('; '), expected: 'a circuit that carries traffic, or none at all (undecided)', status: 'unknown' });
      continue;
    }
    // Connected, but through an Azure private peering that is Disabled: enabling it is the other way out (ERS-RED-001
    // proposes it where it makes up a gateway's locations, and the scan then keeps the circuit: src/findings/kept.ts).
    const down = behindDisabledPeering(analyses[i]);
    out.push({
      resource: c,
      actual: idle.reasons.join('; '),
      expected: down === undefined
        ? 'a circuit that carries traffic (a connection, Microsoft peering, Global Reach or egress), or none at all'
        : 'a circuit that carries traffic (enable its Azure private peering if its connections are still needed, or delete the circuit)',
      costImpactUsd: circuitFixImpact(costs, c, 'delete', i),
      costImpactChange: 'delete',
    });
  }
  return out;
};

/** Global Reach is enabled on the circuit but no Global Reach connection uses it. */
export const globalReachUnused: RuleFunction = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const analyses = analysis.circuits();
  const out: Violation[] = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    if (c.globalReachEnabled !== true) continue;
    // ARM is deleting the circuit (CircuitAnalysis.beingDeleted): no advice that presumes it stays.
    if (analyses[i].beingDeleted) continue;
    // A peering whose reads list different Global Reach connections: whether one uses it is not known (never one read's list).
    const grOpen = analyses[i].unknown.globalReach;
    if (grOpen !== undefined) {
      out.push({ resource: c, actual: 'globalReachEnabled = true with Global Reach connections not known', expected: `a Global Reach connection; undecided: ${grOpen}`, status: 'unknown' });
      continue;
    }
    if (analyses[i].carries.globalReachLinks > 0) continue;
    if (isTemplateResource(c)) {
      out.push({ resource: c, actual: 'globalReachEnabled = true with no Global Reach connection in these files', expected: `a Global Reach connection (${NOT_DECIDABLE} create one)`, status: 'unknown' });
      continue;
    }
    // The saving is the Global Reach add-on, which the bundled catalogue does not price: null unless a refreshed catalogue has it.
    const cost = costs ? (costOf(costs, c, i) as CircuitCost | undefined) : undefined;
    const addOnKnown = cost && !cost.missing?.includes('Global Reach add-on') && cost.globalReachUsd !== undefined;
    out.push({
      resource: c,
      actual: 'globalReachEnabled = true with 0 Global Reach connections',
      expected: 'Global Reach enabled only on circuits with a Global Reach connection',
      costImpactUsd: !costs ? undefined : addOnKnown ? -(cost!.globalReachUsd ?? 0) : null,
      costImpactChange: 'disable-global-reach',
    });
  }
  return out;
};

/** An ExpressRoute gateway with no connection: billed by the hour whether or not it carries traffic. */
export const gatewayUnused: RuleFunction = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const gatewayAnalyses = analysis.gateways();
  const out: Violation[] = [];
  // Connections whose gateway is known only at deployment may be any VNet gateway's (unnamedGatewayConnections).
  const unnamedText = unnamedGatewayConnections(ctx.inventory);
  for (let i = 0; i < ctx.inventory.gateways.length; i++) {
    const g = ctx.inventory.gateways[i];
    const ga = gatewayAnalyses[i];
    if (ga.idle.value === false) continue;
    if (ga.idle.value === null) {
      // A template is a partial view: connections are often deployed by another file.
      if (ga.conditional.length > 0) {
        out.push({ resource: g, actual: 'connections that may not be deployed', expected: `at least one connection; undecided: ${ga.idle.reasons.join('; ')}`, status: 'unknown' });
        continue;
      }
      const none = g.flavor === 'vnet' && unnamedText ? `no connection in these files${unnamedText}` : 'no connection in these files';
      if (ga.template) out.push({ resource: g, actual: none, expected: `at least one connection (${NOT_DECIDABLE} connect it)`, status: 'unknown' });
      else out.push({ resource: g, actual: 'connections that are not known', expected: `at least one connection; undecided: ${ga.idle.reasons.join('; ')}`, status: 'unknown' });
      continue;
    }
    out.push({ resource: g, actual: '0 connections', expected: 'at least one connection', costImpactUsd: deleteResourceImpact(costs, g, i), costImpactChange: 'delete' });
  }
  return out;
};

/** An ExpressRoute Direct port pair with no circuit: billed from 45 days after creation whether or not it is used. */
export const portUnused: RuleFunction = (ctx) => {
  const costs = costsOf(ctx);
  const out: Violation[] = [];
  for (let i = 0; i < ctx.inventory.ports.length; i++) {
    const p = ctx.inventory.ports[i];
    const idle = portIdle(p);
    if (idle.value === false) continue;
    if (idle.why !== undefined) {
      out.push({ resource: p, actual: 'circuits that are not known', expected: `at least one circuit; undecided: ${idle.why}`, status: 'unknown' });
      continue;
    }
    if (idle.value === null) {
      out.push({ resource: p, actual: 'no circuit in these files', expected: `at least one circuit (${NOT_DECIDABLE} create one on it)`, status: 'unknown' });
      continue;
    }
    out.push({ resource: p, actual: '0 circuits', expected: 'at least one circuit', costImpactUsd: deleteResourceImpact(costs, p, i), costImpactChange: 'delete' });
  }
  return out;
};
