import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

// A Global Reach connection read twice (a peering's `connections` entry and a row of type
// microsoft.network/expressroutecircuits/peerings/connections, two rows of two exports, or the peering or circuit read
// twice, each listing it) whose reads disagree: which value is current is not known, so the fields they disagree on
// are unknown and the verdicts that need them undecided, never the first or the last read's value (as for peerings and
// authorizations read twice).
const rules = loadRules();
const rule = (id: string) => rules.find((r) => r.id === id)!;
const S = '/subscriptions/00000000-0000-0000-0000-0000000000b1/resourceGroups/rg/providers/Microsoft.Network';
const live = (row: Record<string, unknown>, file = 'rows.json'): RawResource => ({ row, source: { kind: 'graph', file } });
const GR = `${S}/expressRouteCircuits/er1/peerings/AzurePrivatePeering/connections/gr1`;
const grProps = (peer: string, status = 'Connected') => ({ peerExpressRouteCircuitPeering: { id: `${S}/expressRouteCircuits/${peer}/peerings/AzurePrivatePeering` }, addressPrefix: '10.255.0.0/29', circuitConnectionStatus: status });
const grEntry = (peer: string, status?: string) => ({ id: GR, name: 'gr1', properties: grProps(peer, status) });
const grRow = (peer: string, status?: string, file?: string) => live({ ...grEntry(peer, status), type: 'Microsoft.Network/expressRouteCircuits/peerings/connections' }, file);
const peeringProps = (connections: unknown[]) => ({ peeringType: 'AzurePrivatePeering', state: 'Enabled', azureASN: 12076, peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30', provisioningState: 'Succeeded', connections, peeredConnections: [] });
const peering = (connections: unknown[]) => ({ id: `${S}/expressRouteCircuits/er1/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: peeringProps(connections) });
const peeringRow = (connections: unknown[], file?: string) => live({ ...peering(connections), type: 'Microsoft.Network/expressRouteCircuits/peerings' }, file);
const circuitRow = (name: string, location: string, tier: string, peerings: unknown[], file?: string) =>
  live(
    {
      id: `${S}/expressRouteCircuits/${name}`,
      name,
      type: 'microsoft.network/expressroutecircuits',
      location: 'westeurope',
      sku: { name: `${tier}_MeteredData`, tier, family: 'MeteredData' },
      properties: { serviceProviderProvisioningState: 'Provisioned', globalReachEnabled: true, serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: location, bandwidthInMbps: 1000 }, peerings, authorizations: [] },
    },
    file,
  );
const er1 = (connections: unknown[], file?: string) => circuitRow('er1', 'Amsterdam', 'Standard', [peering(connections)], file);
// The two circuits the reads name: one in the same geopolitical region (Europe), one outside it (Japan).
const peers = [circuitRow('er-ams2', 'Amsterdam2', 'Standard', []), circuitRow('er-tok', 'Tokyo', 'Premium', [])];

function run(raws: RawResource[]) {
  const { inventory, notices } = buildInventory([...raws, ...peers]);
  const findings = runRules(inventory, [rule('ERS-SKU-003')])
    .findings.filter((f) => f.resourceName === 'er1')
    .map((f) => [f.resourceName, f.status ?? 'fail']);
  const p = inventory.circuits.find((c) => c.name === 'er1')!.peerings[0];
  return { findings, peering: p, notices };
}

describe('a Global Reach connection read twice, its peer circuit different', () => {
  it.each([
    ['nested to Amsterdam2, row to Tokyo', [er1([grEntry('er-ams2')]), grRow('er-tok')]],
    ['nested to Tokyo, row to Amsterdam2', [er1([grEntry('er-tok')]), grRow('er-ams2')]],
    ['two rows of its own', [er1([]), grRow('er-ams2', undefined, 'a.json'), grRow('er-tok', undefined, 'b.json')]],
    ['two rows of its own, the other way round', [er1([]), grRow('er-tok', undefined, 'a.json'), grRow('er-ams2', undefined, 'b.json')]],
    ['its peering read twice (nested and a row)', [er1([grEntry('er-ams2')]), peeringRow([grEntry('er-tok')])]],
    ['its peering read twice, the other way round', [er1([grEntry('er-tok')]), peeringRow([grEntry('er-ams2')])]],
    ['its circuit read twice (two exports)', [er1([grEntry('er-ams2')], 'a.json'), er1([grEntry('er-tok')], 'b.json')]],
    ['its circuit read twice, the other way round', [er1([grEntry('er-tok')], 'a.json'), er1([grEntry('er-ams2')], 'b.json')]],
  ])('%s: the peer is unknown and ERS-SKU-003 undecided', (_name, raws) => {
    const { findings, peering, notices } = run(raws as RawResource[]);
    expect(peering.globalReach).toHaveLength(1);
    expect(peering.globalReach[0].peerCircuitKey).toBeUndefined();
    // Fields the reads agree on stay known.
    expect(peering.globalReach[0].addressPrefix).toBe('10.255.0.0/29');
    expect(peering.globalReach[0].status).toBe('Connected');
    expect(peering.unknown?.globalReach).toMatch(/disagree on Global Reach connection gr1/);
    expect(findings).toEqual([['er1', 'unknown']]);
    expect(notices.join('\n')).toMatch(/read more than once with different values \([^)]*er1: AzurePrivatePeering\.connections\[gr1\]\.peerExpressRouteCircuitPeering/);
  });

  it('two reads that agree are one connection, known', () => {
    const { findings, peering, notices } = run([er1([grEntry('er-tok')]), grRow('er-tok')]);
    expect(peering.globalReach.map((g) => g.peerCircuitKey)).toEqual([`${S}/expressRouteCircuits/er-tok`.toLowerCase()]);
    expect(peering.unknown?.globalReach).toBeUndefined();
    expect(findings).toEqual([['er1', 'fail']]);
    expect(notices.join('\n')).not.toMatch(/different values/);
  });
});

describe('a Global Reach connection read twice, its status different', () => {
  it.each([
    ['nested and a row', [er1([grEntry('er-ams2', 'Connected')]), grRow('er-ams2', 'Disconnected')]],
    ['two rows of its own', [er1([]), grRow('er-ams2', 'Disconnected', 'a.json'), grRow('er-ams2', 'Connected', 'b.json')]],
    ['its circuit read twice', [er1([grEntry('er-ams2', 'Connected')], 'a.json'), er1([grEntry('er-ams2', 'Disconnected')], 'b.json')]],
  ])('%s: the status is unknown, the peer known', (_name, raws) => {
    const { peering, notices } = run(raws as RawResource[]);
    expect(peering.globalReach.map((g) => [g.peerCircuitKey, g.status])).toEqual([[`${S}/expressRouteCircuits/er-ams2`.toLowerCase(), undefined]]);
    expect(peering.unknown?.globalReach).toMatch(/disagree on Global Reach connection gr1 \(circuitConnectionStatus/);
    expect(notices.join('\n')).toMatch(/er1: AzurePrivatePeering\.connections\[gr1\]\.circuitConnectionStatus/);
  });
});
