import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { loadInputs } from '../../src/sources/index.js';
import { tempDir, writeJson } from '../helpers/cli.js';

// One peering read in two row files (exports taken at different times) whose Global Reach connection lists disagree:
// its `globalReach` is unknown, and the analysis keeps the first read's list. What only the dropped read lists must not
// be lost: ERS-SKU-009 is undecided where that read's count exceeds the limit, and a circuit only that read links to is
// undecided where its verdict depends on Global Reach, never judged without the link.
const rules = loadRules();
const S = '/subscriptions/00000000-0000-0000-0000-0000000000c1/resourceGroups/rg/providers/Microsoft.Network';
const gr = (peer: string, name: string) => ({
  id: `${S}/expressRouteCircuits/er1/peerings/AzurePrivatePeering/connections/${name}`,
  name,
  properties: { peerExpressRouteCircuitPeering: { id: `${S}/expressRouteCircuits/${peer}/peerings/AzurePrivatePeering` }, addressPrefix: '10.255.0.0/29', circuitConnectionStatus: 'Connected' },
});
const peering = (circuit: string, connections: unknown[]) => ({
  id: `${S}/expressRouteCircuits/${circuit}/peerings/AzurePrivatePeering`,
  name: 'AzurePrivatePeering',
  properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', azureASN: 12076, peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30', provisioningState: 'Succeeded', connections, peeredConnections: [] },
});
const circuit = (name: string, location: string, tier: string, connections: unknown[]) => ({
  id: `${S}/expressRouteCircuits/${name}`,
  name,
  type: 'microsoft.network/expressroutecircuits',
  location: 'westeurope',
  sku: { name: `${tier}_MeteredData`, tier, family: 'MeteredData' },
  properties: { serviceProviderProvisioningState: 'Provisioned', globalReachEnabled: true, allowClassicOperations: false, serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: location, bandwidthInMbps: 1000 }, peerings: [peering(name, connections)], authorizations: [] },
});

/** Findings of `ids` on the named circuit, the inventory read from two row files as `erscan scan a.json b.json` reads them. */
function scan(first: unknown[], second: unknown[], ids: string[], on: string) {
  const dir = tempDir('erscan-gr-two-reads-');
  const { output, errors } = loadInputs([writeJson(dir, 'a.json', first), writeJson(dir, 'b.json', second)]);
  expect(errors).toEqual([]);
  const found = runRules(buildInventory(output.raws).inventory, rules.filter((r) => ids.includes(r.id))).findings.filter((f) => f.resourceName === on);
  return Object.fromEntries(found.map((f) => [f.ruleId, { status: f.status ?? 'fail', message: f.message }]));
}

const many = Array.from({ length: 11 }, (_, i) => gr(`er-peer${i}`, `gr${i}`));
const REASON = /`globalReach` of (circuit er1's )?peering AzurePrivatePeering: the inputs disagree/;

describe('a peering whose reads in two row files list different Global Reach connections', () => {
  it.each([
    ['the first file lists none, the second 11', [], many],
    ['the first file lists 11, the second none', many, []],
  ])('Standard circuit, %s: ERS-SKU-009 is undecided, never a pass on the kept read\'s count', (_n, a, b) => {
    const f = scan([circuit('er1', 'Amsterdam', 'Standard', a)], [circuit('er1', 'Amsterdam', 'Standard', b)], ['ERS-SKU-009'], 'er1');
    expect(f['ERS-SKU-009']?.status).toBe('unknown');
    expect(f['ERS-SKU-009'].message).toMatch(REASON);
    expect(f['ERS-SKU-009'].message).not.toMatch(/11 Global Reach|\(11 links|0 Global Reach/);
  });

  it('both reads within the limit: ERS-SKU-009 has nothing to say', () => {
    const five = many.slice(0, 5);
    const six = many.slice(5, 11);
    expect(scan([circuit('er1', 'Amsterdam', 'Standard', five)], [circuit('er1', 'Amsterdam', 'Standard', six)], ['ERS-SKU-009'], 'er1')).toEqual({});
  });

  it.each([
    ['the first file lists none, the second gr1 to erb', [], [gr('erb', 'gr1')]],
    ['the first file lists gr1 to erb, the second none', [gr('erb', 'gr1')], []],
  ])('the circuit only one read links to, %s: ERS-SKU-003 on it is undecided, saying why', (_n, a, b) => {
    // er1 (Premium, Tokyo) links to erb (Standard, Amsterdam) in one read only: whether erb has Global Reach to Tokyo,
    // outside its geopolitical region, is not known.
    const erb = circuit('erb', 'Amsterdam', 'Standard', []);
    const f = scan([circuit('er1', 'Tokyo', 'Premium', a), erb], [circuit('er1', 'Tokyo', 'Premium', b)], ['ERS-SKU-003'], 'erb');
    expect(f['ERS-SKU-003']?.status).toBe('unknown');
    expect(f['ERS-SKU-003'].message).toMatch(/`globalReach` of circuit er1's peering AzurePrivatePeering: the inputs disagree/);
  });
});
