import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { applyRequirements } from '../../src/rules/requires.js';

// ERS-HYG-006 on live rows: only Connected passes, NotConnected fails, and Unknown, Connecting or a value outside the
// documented enum is undecided (never a silent pass); a row without a status is named in a notice.
const rule = loadRules().find((r) => r.id === 'ERS-HYG-006')!;
const S = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
const circuit = { id: `${S}/expressRouteCircuits/er`, name: 'er', type: 'Microsoft.Network/expressRouteCircuits', sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' }, properties: { serviceProviderProvisioningState: 'Provisioned', serviceProviderProperties: { peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 }, peerings: [] } };
const gateway = { id: `${S}/virtualNetworkGateways/gw`, name: 'gw', type: 'Microsoft.Network/virtualNetworkGateways', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ' } } };
const conn = (name: string, status?: unknown) => ({
  id: `${S}/connections/${name}`,
  name,
  type: 'Microsoft.Network/connections',
  properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: gateway.id }, peer: { id: circuit.id }, ...(status === undefined ? {} : { connectionStatus: status }) },
});

function scan(conns: Record<string, unknown>[]) {
  const { inventory } = buildInventory([circuit, gateway, ...conns].map((row) => ({ row, source: { kind: 'snapshot' as const, file: 'rows.json' } })));
  const req = applyRequirements(inventory, [rule]);
  const { findings } = runRules(inventory, req.rules);
  return { notices: req.notices, findings: findings.map((f) => ({ name: f.resourceName, status: f.status ?? 'fail', message: f.message })) };
}

describe('ERS-HYG-006 connectionStatus verdicts', () => {
  it('Connected passes, NotConnected fails, Unknown / Connecting / an undocumented value are unknown', () => {
    const out = scan([conn('c-ok', 'Connected'), conn('c-down', 'NotConnected'), conn('c-unknown', 'Unknown'), conn('c-connecting', 'Connecting'), conn('c-odd', 'Degraded')]);
    expect(out.notices).toEqual([]);
    const byName = Object.fromEntries(out.findings.map((f) => [f.name, f]));
    expect(Object.keys(byName).sort()).toEqual(['c-connecting', 'c-down', 'c-odd', 'c-unknown']);
    expect(byName['c-down']).toMatchObject({ status: 'fail', message: 'Connection c-down has connectionStatus NotConnected; expected Connected.' });
    expect(byName['c-unknown']).toMatchObject({ status: 'unknown' });
    expect(byName['c-unknown'].message).toMatch(/^Connection c-unknown has connectionStatus Unknown; expected Connected \(undecided: Azure reports the status as Unknown/);
    expect(byName['c-connecting'].status).toBe('unknown');
    expect(byName['c-connecting'].message).toMatch(/Connecting is a transitional state/);
    expect(byName['c-odd'].status).toBe('unknown');
    expect(byName['c-odd'].message).toMatch(/"Degraded" is none of the statuses Azure documents/);
  });
  it('a live row without a status (absent or empty) is named in a notice, never passed silently', () => {
    const out = scan([conn('c-ok', 'Connected'), conn('c-none'), conn('c-empty', '')]);
    expect(out.findings).toEqual([]);
    expect(out.notices).toEqual([expect.stringMatching(/^partly evaluated: ERS-HYG-006 skipped 2 connections of 3, for which the input does not carry the connection status/)]);
    const none = scan([conn('c-none')]);
    expect(none.notices).toEqual([expect.stringMatching(/^not evaluated: ERS-HYG-006 \(needs the connection status/)]);
  });
});
