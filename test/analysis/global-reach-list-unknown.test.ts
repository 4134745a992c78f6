import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

// A peering read twice whose reads list different sets of Global Reach connections (a circuit row whose nested peering
// lists gr1 to er-tok, and the same peering as a row of its own listing none): the peering's `globalReach` is unknown
// (src/inventory/build.ts, markDisagreements), so every verdict that depends on the list is undecided, saying why, never
// judged on one read's list; verdicts that do not depend on it stay as they are.
const rules = loadRules();
const IDS = ['ERS-SKU-002', 'ERS-SKU-003', 'ERS-SKU-004', 'ERS-SKU-009', 'ERS-COST-003', 'ERS-COST-004'];
const S = '/subscriptions/00000000-0000-0000-0000-0000000000b1/resourceGroups/rg/providers/Microsoft.Network';
const live = (row: Record<string, unknown>, file = 'rows.json'): RawResource => ({ row, source: { kind: 'graph', file } });
const gr = (peer: string, name = 'gr1') => ({
  id: `${S}/expressRouteCircuits/er1/peerings/AzurePrivatePeering/connections/${name}`,
  name,
  properties: { peerExpressRouteCircuitPeering: { id: `${S}/expressRouteCircuits/${peer}/peerings/AzurePrivatePeering` }, addressPrefix: '10.255.0.0/29', circuitConnectionStatus: 'Connected' },
});
const peering = (connections: unknown[]) => ({
  id: `${S}/expressRouteCircuits/er1/peerings/AzurePrivatePeering`,
  name: 'AzurePrivatePeering',
  properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', azureASN: 12076, peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30', provisioningState: 'Succeeded', connections, peeredConnections: [] },
});
const peeringRow = (connections: unknown[]) => live({ ...peering(connections), type: 'Microsoft.Network/expressRouteCircuits/peerings' });
const circuit = (name: string, location: string, tier: string, peerings: unknown[], globalReachEnabled = true) =>
  live({
    id: `${S}/expressRouteCircuits/${name}`,
    name,
    type: 'microsoft.network/expressroutecircuits',
    location: 'westeurope',
    sku: { name: `${tier}_${tier === 'Local' ? 'UnlimitedData' : 'MeteredData'}`, tier, family: tier === 'Local' ? 'UnlimitedData' : 'MeteredData' },
    properties: { serviceProviderProvisioningState: 'Provisioned', globalReachEnabled, serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: location, bandwidthInMbps: 1000 }, peerings, authorizations: [] },
  });
const tok = circuit('er-tok', 'Tokyo', 'Premium', []);

function run(raws: RawResource[]) {
  const { inventory } = buildInventory([...raws, tok]);
  const found = runRules(
    inventory,
    rules.filter((r) => IDS.includes(r.id)),
  ).findings.filter((f) => f.resourceName === 'er1');
  return Object.fromEntries(found.map((f) => [f.ruleId, { status: f.status ?? 'fail', message: f.message }]));
}

const REASON = /`globalReach` of peering AzurePrivatePeering: the inputs disagree/;

describe('a peering whose two reads list different Global Reach connections', () => {
  // Both orders: the kept read is the one listing gr1, or the one listing none.
  const orders = (tier: string, enabled = true) => [
    ['nested lists gr1, the row none', [circuit('er1', 'Amsterdam', tier, [peering([gr('er-tok')])], enabled), peeringRow([])]],
    ['nested lists none, the row gr1', [circuit('er1', 'Amsterdam', tier, [peering([])], enabled), peeringRow([gr('er-tok')])]],
  ] as [string, RawResource[]][];

  it.each(orders('Standard'))('Standard, %s: ERS-SKU-003, ERS-COST-003 and ERS-COST-004 are undecided, saying why', (_n, raws) => {
    const f = run(raws);
    for (const id of ['ERS-SKU-003', 'ERS-COST-003', 'ERS-COST-004']) {
      expect(f[id]?.status, id).toBe('unknown');
      expect(f[id].message, id).toMatch(REASON);
    }
    // Each list by its connections and their peers, as the portal shows them, never JSON.
    expect(f['ERS-SKU-003'].message).toContain('[gr1 to circuit er-tok]');
    expect(f['ERS-SKU-003'].message).not.toContain('peerCircuitKey');
  });

  it.each(orders('Premium'))('Premium, %s: ERS-SKU-002 is undecided, saying why', (_n, raws) => {
    const f = run(raws);
    expect(f['ERS-SKU-002']?.status).toBe('unknown');
    expect(f['ERS-SKU-002'].message).toMatch(REASON);
    expect(f['ERS-SKU-002'].message).not.toMatch(/no Global Reach connection|1 Global Reach connection/);
  });

  it.each(orders('Local', false))('Local without globalReachEnabled, %s: ERS-SKU-004 is undecided, saying why', (_n, raws) => {
    const f = run(raws);
    expect(f['ERS-SKU-004']?.status).toBe('unknown');
    expect(f['ERS-SKU-004'].message).toMatch(REASON);
  });

  it.each(orders('Local'))('Local with globalReachEnabled, %s: ERS-SKU-004 fails on what does not depend on the list', (_n, raws) => {
    const f = run(raws);
    expect(f['ERS-SKU-004']?.status).toBe('fail');
    expect(f['ERS-SKU-004'].message).toContain('Global Reach enabled (Local has none)');
  });

  it('Standard, one read listing 11 Global Reach connections, the other none: ERS-SKU-009 is undecided, never a count from one read', () => {
    const many = Array.from({ length: 11 }, (_, i) => gr(`er-peer${i}`, `gr${i}`));
    for (const raws of [
      [circuit('er1', 'Amsterdam', 'Standard', [peering(many)]), peeringRow([])],
      [circuit('er1', 'Amsterdam', 'Standard', [peering([])]), peeringRow(many)],
    ]) {
      // Either read kept: the list of 11 the other read gives is weighed too (globalReachOtherReads).
      const f = run(raws);
      expect(f['ERS-SKU-009']?.status).toBe('unknown');
      expect(f['ERS-SKU-009'].message).toMatch(REASON);
      expect(f['ERS-SKU-009'].message).not.toMatch(/11 Global Reach|\(11 links/);
    }
  });

  it('the circuit a disagreeing list links to: ERS-SKU-003 on it is undecided, never judged on the other circuit\'s one read', () => {
    // er1 (Premium, Tokyo) links gr1 to erb (Standard, Amsterdam) in one read of its peering, none in the other; erb lists
    // no peered connection: whether erb has Global Reach to Tokyo is not known.
    const erb = live({ ...circuit('erb', 'Amsterdam', 'Standard', [{ ...peering([]), id: `${S}/expressRouteCircuits/erb/peerings/AzurePrivatePeering` }]).row });
    // (The read kept is the peering's row. Where it is the one listing none, the link to erb only the other read makes is
    // weighed all the same: globalReachOtherReads.)
    for (const raws of [
      [circuit('er1', 'Tokyo', 'Premium', [peering([])]), peeringRow([gr('erb')]), erb],
      [circuit('er1', 'Tokyo', 'Premium', [peering([gr('erb')])]), peeringRow([]), erb],
    ]) {
      const { inventory } = buildInventory([...raws, tok]);
      const f = runRules(inventory, rules.filter((r) => r.id === 'ERS-SKU-003')).findings.filter((x) => x.resourceName === 'erb');
      expect(f.map((x) => x.status ?? 'fail')).toEqual(['unknown']);
      expect(f[0].message).toMatch(/`globalReach` of circuit er1's peering AzurePrivatePeering: the inputs disagree/);
    }
  });

  it('reads that agree are judged as before', () => {
    const f = run([circuit('er1', 'Amsterdam', 'Standard', [peering([gr('er-tok')])]), peeringRow([gr('er-tok')])]);
    expect(f['ERS-SKU-003']?.status).toBe('fail');
    expect(f['ERS-COST-003']).toBeUndefined();
    expect(f['ERS-COST-004']).toBeUndefined();
  });
});
