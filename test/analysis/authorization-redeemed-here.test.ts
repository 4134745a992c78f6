/**
 * An authorization whose `connectionResourceUri` names a connection the inputs hold (the usual hub-and-spoke estate: the
 * circuit in the hub subscription, the spoke's connection redeeming its authorization, both in the scan) is that
 * connection, already counted: it is not "a connection in a scope erscan did not read". The property is the read-only
 * "reference to the ExpressRoute connection resource using the authorization" (ExpressRouteCircuitAuthorization,
 * https://learn.microsoft.com/javascript/api/@azure/arm-network/expressroutecircuitauthorization; the REST API spec's
 * `AuthorizationPropertiesFormat.connectionResourceUri`). Rows written by hand to that documented shape.
 */
import { describe, expect, it } from 'vitest';
import { circuitRow, connectionRow, costOf, findingsOf, gatewayRow, ids, scan } from './helpers.js';

function redeemedBy(row: Record<string, unknown>, connections: (string | undefined)[]): Record<string, unknown> {
  const properties = row.properties as Record<string, unknown>;
  properties.authorizations = connections.map((c, i) => ({
    id: `${row.id as string}/authorizations/auth${i}`,
    name: `auth${i}`,
    properties: { authorizationUseStatus: 'InUse', provisioningState: 'Succeeded', ...(c === undefined ? {} : { connectionResourceUri: c }) },
  }));
  return row;
}

const OUTSIDE = '/subscriptions/99999999-0000-0000-0000-000000000009/resourceGroups/rg-spoke/providers/Microsoft.Network/connections/cn-elsewhere';

describe('authorizations redeemed by a connection in the inventory', () => {
  it('a Premium circuit whose only redeemed authorization is a connection erscan read: Premium is decided not needed', () => {
    const s = scan([redeemedBy(circuitRow('er-p', { tier: 'Premium' }), [ids.connection('c')]), gatewayRow('gw'), connectionRow('c', 'gw', 'er-p')]);
    const [f] = findingsOf(s, 'ERS-SKU-002', 'er-p');
    expect(f.status).toBeUndefined();
    expect(f.message).not.toMatch(/redeemed authorization/);
    expect(costOf(s, 'er-p').recommendation?.changes).toContain('remove-premium');
  });

  it('the id is compared case-insensitively (Resource Graph lower-cases some ids)', () => {
    const s = scan([redeemedBy(circuitRow('er-p', { tier: 'Premium' }), [ids.connection('c').toLowerCase()]), gatewayRow('gw'), connectionRow('c', 'gw', 'er-p')]);
    expect(findingsOf(s, 'ERS-SKU-002', 'er-p')[0].status).toBeUndefined();
  });

  it('the same id given as a full management URL is read as the id', () => {
    const url = `https://management.azure.com${ids.connection('c')}?api-version=2025-03-01`;
    const s = scan([redeemedBy(circuitRow('er-p', { tier: 'Premium' }), [url]), gatewayRow('gw'), connectionRow('c', 'gw', 'er-p')]);
    expect(findingsOf(s, 'ERS-SKU-002', 'er-p')[0].status).toBeUndefined();
  });

  it('one that names a connection outside the inventory, or none, stays a connection erscan did not read', () => {
    for (const uri of [OUTSIDE, undefined]) {
      const s = scan([redeemedBy(circuitRow('er-p', { tier: 'Premium' }), [ids.connection('c'), uri]), gatewayRow('gw'), connectionRow('c', 'gw', 'er-p')]);
      const [f] = findingsOf(s, 'ERS-SKU-002', 'er-p');
      expect(f.status).toBe('unknown');
      expect(f.message).toMatch(/1 redeemed authorization\(s\): connections in scopes erscan did not read/);
    }
  });

  it('one that names a connection of the inventory that links another circuit is not taken as this circuit\'s', () => {
    const s = scan([
      redeemedBy(circuitRow('er-p', { tier: 'Premium' }), [ids.connection('c2')]),
      circuitRow('er-other'),
      gatewayRow('gw'),
      connectionRow('c', 'gw', 'er-p'),
      connectionRow('c2', 'gw', 'er-other'),
    ]);
    expect(findingsOf(s, 'ERS-SKU-002', 'er-p')[0].status).toBe('unknown');
  });

  it('ERS-BGP-013: the connection that redeemed it, in the inventory, is no gateway elsewhere sharing the circuit', () => {
    const gw = gatewayRow('gw', 'westeurope', 'ErGw1AZ', { allowRemoteVnetTraffic: true });
    const rows = (uri: string) => [redeemedBy(circuitRow('er-a'), [uri]), gw, connectionRow('c', 'gw', 'er-a')];
    expect(findingsOf(scan(rows(ids.connection('c'))), 'ERS-BGP-013', 'gw')).toEqual([]);
    expect(findingsOf(scan(rows(OUTSIDE)), 'ERS-BGP-013', 'gw').map((f) => f.status)).toEqual(['unknown']);
  });
});
