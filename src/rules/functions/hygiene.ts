import { unknownReason } from '../../inventory/facts.js';
import type { AnyResource } from '../../inventory/model.js';
import type { RuleFunction, Violation } from './index.js';
import { equalsLower, numParam } from './util.js';

/** Circuits, ports, gateways and connections whose last ARM operation failed. */
export const failedProvisioning: RuleFunction = ({ inventory }) => {
  const out: Violation[] = [];
  // List by list, not one spread copy of every resource.
  for (const list of [inventory.circuits, inventory.ports, inventory.gateways, inventory.connections] as AnyResource[][]) {
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      const state = 'provisioningState' in r ? r.provisioningState : undefined;
      if (!equalsLower(state, 'failed')) continue; // nearly every state is Succeeded: not lower-cased
      out.push({ resource: r, actual: `provisioningState ${state}`, expected: 'provisioningState Succeeded' });
    }
  }
  return out;
};

/**
 * Authorizations created but never redeemed (`Available`): each is a bearer credential that lets
 * anyone holding the key connect a VNet to the circuit. Only the count is read; keys never are.
 */
export const unusedAuthorizations: RuleFunction = ({ inventory, params }) => {
  const max = numParam(params, 'maxAvailable', 0, 0);
  const out: Violation[] = [];
  for (let i = 0; i < inventory.circuits.length; i++) {
    const c = inventory.circuits[i];
    // Two reads that disagree on the list (exports taken at different times): which authorizations are Available now is not known.
    const why = unknownReason(c, 'authorizations');
    if (why !== undefined) {
      out.push({ resource: c, actual: 'authorizations whose state is not known', expected: `at most ${max} authorization(s) in state Available; undecided: ${why}`, status: 'unknown' });
      continue;
    }
    if (c.authorizations.length <= max) continue; // too few to break the limit, whatever their state (no list made)
    const available = c.authorizations.filter((a) => a.useStatus?.toLowerCase() === 'available');
    if (available.length > max) {
      out.push({ resource: c, actual: `${available.length} unredeemed authorization(s): ${available.map((a) => a.name).sort().join(', ')}`, expected: `at most ${max} authorization(s) in state Available` });
      continue;
    }
    // Azure reports every authorization's `authorizationUseStatus` (Available or InUse): one the input leaves it out of
    // may be unredeemed, so it is never counted as redeemed.
    const unsaid = c.authorizations.filter((a) => a.useStatus === undefined);
    if (available.length + unsaid.length > max)
      out.push({
        resource: c,
        actual: `${available.length} unredeemed authorization(s) and ${unsaid.length} whose state the input does not say (${unsaid.map((a) => a.name).sort().join(', ')}: no \`authorizationUseStatus\`)`,
        expected: `at most ${max} authorization(s) in state Available (undecided)`,
        status: 'unknown',
      });
  }
  return out;
};

/**
 * What ERS-HYG-006 makes of each `connectionStatus` (VirtualNetworkGatewayConnectionStatus: Unknown, Connecting,
 * Connected, NotConnected, an open enum). Only `Connected` is healthy and only `NotConnected` is a failure; Azure
 * documents no more than the names, so the others are undecided, never passed.
 */
const UNDECIDED_STATUS: Record<string, string> = {
  unknown: 'Azure reports the status as Unknown, so whether the connection carries traffic is not known',
  connecting: 'Connecting is a transitional state: the connection was not connected when read, and whether it connects is not known',
};

/**
 * VNet gateway connections whose `connectionStatus` is not `Connected`: `NotConnected` fails; `Unknown`, `Connecting`
 * or a value outside the documented enum is unknown (never a silent pass). A connection whose input carries no status
 * is left to the rule's `requires: [connectionStatus]` notice (src/rules/requires.ts).
 */
export const connectionConnected: RuleFunction = ({ inventory }) => {
  const out: Violation[] = [];
  for (let i = 0; i < inventory.connections.length; i++) {
    const c = inventory.connections[i];
    if (c.flavor !== 'vnet') continue;
    const status = c.connectionStatus;
    if (status === undefined) continue;
    const lower = status.toLowerCase();
    if (lower === 'connected') continue;
    if (lower === 'notconnected') {
      out.push({ resource: c, actual: status, expected: 'Connected' });
      continue;
    }
    const why = UNDECIDED_STATUS[lower] ?? `"${status}" is none of the statuses Azure documents (Unknown, Connecting, Connected, NotConnected), so erscan cannot read it as Connected`;
    out.push({ resource: c, actual: status, expected: `Connected (undecided: ${why})`, status: 'unknown' });
  }
  return out;
};
