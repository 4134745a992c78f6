import type { AnyResource } from '../../inventory/model.js';
import type { RuleFunction, Violation } from './index.js';
import { numParam } from './util.js';

/** Circuits, ports, gateways and connections whose last ARM operation failed. */
export const failedProvisioning: RuleFunction = ({ inventory }) => {
  const out: Violation[] = [];
  const all: AnyResource[] = [...inventory.circuits, ...inventory.ports, ...inventory.gateways, ...inventory.connections];
  for (const r of all) {
    const state = 'provisioningState' in r ? r.provisioningState : undefined;
    if (state?.toLowerCase() !== 'failed') continue;
    out.push({ resource: r, actual: `provisioningState ${state}`, expected: 'provisioningState Succeeded' });
  }
  return out;
};

/**
 * Authorizations created but never redeemed (`Available`): each is a bearer credential that lets
 * anyone holding the key connect a VNet to the circuit. Only the count is read; keys never are.
 */
export const unusedAuthorizations: RuleFunction = ({ inventory, params }) => {
  const max = numParam(params, 'maxAvailable', 0);
  const out: Violation[] = [];
  for (const c of inventory.circuits) {
    const available = c.authorizations.filter((a) => a.useStatus?.toLowerCase() === 'available');
    if (available.length <= max) continue;
    out.push({ resource: c, actual: `${available.length} unredeemed authorization(s): ${available.map((a) => a.name).sort().join(', ')}`, expected: `at most ${max} authorization(s) in state Available` });
  }
  return out;
};
