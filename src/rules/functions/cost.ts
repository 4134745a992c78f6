import type { RuleFunction, Violation } from './index.js';

/**
 * A provisioned circuit that nothing uses: no VNet or vWAN connection in the inventory, no
 * authorization redeemed elsewhere (`InUse`: a connection in a scope erscan did not read), no
 * enabled Microsoft peering and no Global Reach link. It is billed every month all the same.
 */
export const circuitUnused: RuleFunction = ({ inventory }) => {
  const out: Violation[] = [];
  for (const c of inventory.circuits) {
    if (c.serviceProviderProvisioningState?.toLowerCase() === 'notprovisioned') continue; // ERS-COST-001
    if (c.connectionKeys.length > 0) continue;
    if (c.authorizations.some((a) => a.useStatus?.toLowerCase() === 'inuse')) continue;
    if (c.peerings.some((p) => p.peeringType?.toLowerCase() === 'microsoftpeering' && p.state?.toLowerCase() !== 'disabled')) continue;
    if (c.peerings.some((p) => p.globalReach.length > 0 || p.peeredConnectionCount > 0)) continue;
    out.push({
      resource: c,
      actual: c.peerings.length === 0 ? 'no peerings and no connections' : `${c.peerings.length} peering(s) but no connections, no redeemed authorization, no Microsoft peering and no Global Reach`,
      expected: 'a circuit that carries traffic (a connection, Microsoft peering or Global Reach), or none at all',
    });
  }
  return out;
};

/** Global Reach is enabled on the circuit but no Global Reach connection uses it. */
export const globalReachUnused: RuleFunction = ({ inventory }) => {
  const out: Violation[] = [];
  for (const c of inventory.circuits) {
    if (c.globalReachEnabled !== true) continue;
    const links = c.peerings.reduce((n, p) => n + p.globalReach.length + p.peeredConnectionCount, 0);
    if (links > 0) continue;
    out.push({ resource: c, actual: 'globalReachEnabled = true with 0 Global Reach connections', expected: 'Global Reach enabled only on circuits with a Global Reach connection' });
  }
  return out;
};
