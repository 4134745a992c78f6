import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/load.js';
import { loadInputs } from '../../src/sources/index.js';
import { scanSources } from '../../src/scan/run.js';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import type { UnreadConnection } from '../../src/sources/types.js';

// A connection row erscan cannot read (a field of the wrong type: a coverage gap) still stands for a connection: the
// circuit and the gateway it names are not judged as if it did not exist. The verdicts that read their connections
// (a gateway or circuit without connections, redundancy, throughput) are undecided, never passed or failed without it.
const SUB = '00000000-0000-0000-0000-0000000000a1';
const S = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network`;
const env = { subscriptionId: SUB, resourceGroup: 'rg', tags: {} };
const privatePeering = (c: string) => ({ id: `${S}/expressRouteCircuits/${c}/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30', provisioningState: 'Succeeded' } });
const circuit = (name: string, location = 'Amsterdam') => ({
  ...env,
  id: `${S}/expressRouteCircuits/${name}`,
  name,
  type: 'microsoft.network/expressroutecircuits',
  location: 'westeurope',
  sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
  properties: { serviceProviderProvisioningState: 'Provisioned', provisioningState: 'Succeeded', serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: location, bandwidthInMbps: 1000 }, peerings: [privatePeering(name)], authorizations: [], globalReachEnabled: false, allowClassicOperations: false },
});
const gateway = (name: string) => ({ ...env, id: `${S}/virtualNetworkGateways/${name}`, name, type: 'microsoft.network/virtualnetworkgateways', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' }, provisioningState: 'Succeeded', allowRemoteVnetTraffic: false, allowVirtualWanTraffic: false } });
const connection = (name: string, gw: string, c: string, extra: Record<string, unknown> = {}) => ({
  ...env,
  id: `${S}/connections/${name}`,
  name,
  type: 'microsoft.network/connections',
  location: 'westeurope',
  properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${S}/virtualNetworkGateways/${gw}` }, peer: { id: `${S}/expressRouteCircuits/${c}` }, routingWeight: 0, expressRouteGatewayBypass: false, provisioningState: 'Succeeded', ...extra },
});

function scan(rows: unknown[]) {
  const dir = mkdtempSync(join(tmpdir(), 'erscan-unread-'));
  const file = join(dir, 'rows.json');
  writeFileSync(file, JSON.stringify(rows));
  const loaded = loadInputs([file]);
  const result = scanSources(loaded.output, { config: emptyConfig(), now: new Date('2026-01-01T00:00:00Z'), inputs: [file], scanCategory: 'test' });
  const verdict = (rule: string, name: string) => {
    const f = result.findings.filter((x) => x.ruleId === rule && x.resourceName === name);
    return f.length === 0 ? 'pass' : f.map((x) => x.status ?? 'fail').join(',');
  };
  return { result, verdict, loaded };
}

describe('a connection row that cannot be read', () => {
  // conn2 (gw2 → er2) has a routingWeight of the wrong type: the row is a coverage gap.
  const rows = [circuit('er1'), circuit('er2', 'London'), gateway('gw1'), gateway('gw2'), connection('conn1', 'gw1', 'er1'), connection('conn2', 'gw2', 'er2', { routingWeight: 'abc' })];

  it('is a coverage gap, and what it names is not known in full', () => {
    const { result, loaded } = scan(rows);
    expect(loaded.errors.map((e) => e.message).join('\n')).toMatch(/routingWeight/);
    expect(result.coverage.complete).toBe(false);
    const er2 = result.inventory.circuits.find((c) => c.name === 'er2')!;
    expect(er2.unknown?.connectionKeys).toMatch(/connection conn2 \(.*rows\.json, \$\[5\]\) could not be read/);
    const gw2 = result.inventory.gateways.find((g) => g.name === 'gw2')!;
    expect(gw2.unknown?.connectionKeys).toMatch(/connection conn2/);
    // What it does not name stays known.
    expect(result.inventory.circuits.find((c) => c.name === 'er1')!.unknown?.connectionKeys).toBeUndefined();
  });

  it('leaves its circuit and gateway undecided, not unused (ERS-COST-003, ERS-COST-005)', () => {
    const { verdict } = scan(rows);
    expect(verdict('ERS-COST-003', 'er2')).toBe('unknown');
    expect(verdict('ERS-COST-005', 'gw2')).toBe('unknown');
    // A circuit and a gateway with no connection at all still fail.
    const alone = scan([...rows, circuit('er3'), gateway('gw3')]);
    expect(alone.verdict('ERS-COST-003', 'er3')).toBe('fail');
    expect(alone.verdict('ERS-COST-005', 'gw3')).toBe('fail');
  });

  it('leaves the redundancy of a gateway it names undecided where it may add a circuit (ERS-RED-001, ERS-RED-003, ERS-SKU-006)', () => {
    // gw1: er1 read, and conn3 (gw1 → er2) not.
    const { verdict, result } = scan([...rows, connection('conn3', 'gw1', 'er2', { routingWeight: 'abc' })]);
    expect(verdict('ERS-RED-001', 'gw1')).toBe('unknown');
    expect(result.findings.find((f) => f.ruleId === 'ERS-RED-001' && f.resourceName === 'gw1')!.message).toMatch(/1 connection\(s\) whose row could not be read \(connection conn3/);
    expect(verdict('ERS-RED-003', 'gw1')).toBe('unknown');
    expect(verdict('ERS-SKU-006', 'gw1')).toBe('unknown');
    // Without the unread row: one location, a failure; one circuit the gateway carries, a pass.
    expect(scan(rows).verdict('ERS-RED-001', 'gw1')).toBe('fail');
    expect(scan(rows).verdict('ERS-RED-003', 'gw1')).toBe('pass');
    expect(scan(rows).verdict('ERS-SKU-006', 'gw1')).toBe('pass');
  });

  it('a reference that cannot be read may name any circuit and any gateway', () => {
    const { verdict, result } = scan([circuit('er1'), gateway('gw1'), connection('conn1', 'gw1', 'er1', { peer: 'er1', virtualNetworkGateway1: 7 })]);
    expect(verdict('ERS-COST-003', 'er1')).toBe('unknown');
    expect(verdict('ERS-COST-005', 'gw1')).toBe('unknown');
    expect(result.inventory.gateways[0].unknown?.connectionKeys).toMatch(/the gateway it names cannot be read: it may be this one/);
  });

  it('a vWAN connection row that cannot be read names its hub gateway (by its id) and its circuit (by the peering)', () => {
    const vwanGateway = { ...env, id: `${S}/expressRouteGateways/ergw`, name: 'ergw', type: 'microsoft.network/expressroutegateways', location: 'westeurope', properties: { provisioningState: 'Succeeded', virtualHub: { id: `${S}/virtualHubs/vhub` }, allowNonVirtualWanTraffic: false, autoScaleConfiguration: { bounds: { min: 1, max: 2 } }, expressRouteConnections: [] } };
    const vwanConnection = { ...env, id: `${S}/expressRouteGateways/ergw/expressRouteConnections/c1`, name: 'c1', type: 'microsoft.network/expressroutegateways/expressrouteconnections', properties: { expressRouteCircuitPeering: { id: `${S}/expressRouteCircuits/er1/peerings/AzurePrivatePeering` }, routingWeight: 'x' } };
    const { verdict } = scan([circuit('er1'), vwanGateway, vwanConnection]);
    expect(verdict('ERS-COST-003', 'er1')).toBe('unknown');
    expect(verdict('ERS-COST-005', 'ergw')).toBe('unknown');
  });
});

describe('rows left out that stand for no deployed connection', () => {
  it('a resource of PSRule\'s expansion of a template names nothing: it is refused, and leaves the estate as it is', () => {
    const expanded = { ...connection('conn9', 'gw1', 'er1'), _PSRule: { source: [{ file: 'main.json', type: 'Template' }] } };
    const { loaded, verdict } = scan([circuit('er1'), gateway('gw1'), expanded]);
    expect(loaded.errors.map((e) => e.message).join('\n')).toMatch(/PSRule/);
    expect(loaded.output.unread).toBeUndefined();
    expect(verdict('ERS-COST-005', 'gw1')).toBe('fail');
  });
});

describe('the other verdicts that count what a connection it names links', () => {
  const rules = loadRules();
  const run = (id: string, raws: RawResource[], unread: UnreadConnection[]) => {
    const { inventory } = buildInventory(raws, [], { unread });
    return runRules(inventory, [rules.find((r) => r.id === id)!]).findings.map((f) => [f.resourceName, f.status ?? 'fail']);
  };
  const live = (row: Record<string, unknown>): RawResource => ({ row, source: { kind: 'graph', file: 'rows.json' } });
  const key = (kind: string, name: string) => `${S}/${kind}/${name}`.toLowerCase();
  const unread = (gw: string | null, c: string | null): UnreadConnection => ({ label: 'connection cx (rows.json, $[9])', flavor: 'vnet', gatewayKey: gw && key('virtualNetworkGateways', gw), circuitKey: c && key('expressRouteCircuits', c) });

  it('ERS-BGP-013: a gateway that accepts VNet-to-VNet traffic, whose circuit an unread connection names, may share it', () => {
    const gw = { ...gateway('gw1'), properties: { ...gateway('gw1').properties, allowRemoteVnetTraffic: true } };
    const raws = [live(circuit('er1')), live(gw), live(gateway('gw2')), live(connection('conn1', 'gw1', 'er1'))];
    expect(run('ERS-BGP-013', raws, [])).toEqual([]);
    expect(run('ERS-BGP-013', raws, [unread('gw2', 'er1')])).toEqual([['gw1', 'unknown']]);
  });

  it('ERS-RED-002: two Direct circuits may share a port where an unread connection may bring the second', () => {
    const port = { ...env, id: `${S}/expressRoutePorts/p1`, name: 'p1', type: 'microsoft.network/expressrouteports', location: 'westeurope', properties: { peeringLocation: 'Equinix-Amsterdam-AM5', bandwidthInGbps: 10, provisionedBandwidthInGbps: 2, encapsulation: 'QinQ', billingType: 'MeteredData', links: [] } };
    const direct = (name: string) => ({ ...circuit(name), properties: { ...circuit(name).properties, serviceProviderProperties: undefined, expressRoutePort: { id: `${S}/expressRoutePorts/p1` }, bandwidthInGbps: 1, enableDirectPortRateLimit: false } });
    const raws = [live(port), live(direct('erd1')), live(direct('erd2')), live(gateway('gw1')), live(connection('conn1', 'gw1', 'erd1'))];
    expect(run('ERS-RED-002', raws, [])).toEqual([]);
    expect(run('ERS-RED-002', raws, [unread('gw1', 'erd2')])).toEqual([['gw1', 'unknown']]);
  });

  it('ERS-SKU-009: a circuit at its link limit with an unread connection naming it may be over it', () => {
    const raws = [live(circuit('er1')), live(gateway('gw1'))];
    for (let i = 0; i < 10; i++) raws.push(live(connection(`conn${i}`, 'gw1', 'er1')));
    expect(run('ERS-SKU-009', raws, [])).toEqual([]);
    expect(run('ERS-SKU-009', raws, [unread('gw1', 'er1')])).toEqual([['er1', 'unknown']]);
  });

  it('ERS-RED-003: a gateway an unread connection names, whatever number of circuits it is known to carry, is undecided in one wording', () => {
    const said = (raws: RawResource[], unreadOnes: UnreadConnection[]) => {
      const { inventory } = buildInventory(raws, [], { unread: unreadOnes });
      return runRules(inventory, [rules.find((r) => r.id === 'ERS-RED-003')!]).findings.map((f) => [f.status ?? 'fail', f.message]);
    };
    const expected = 'expected each circuit of the gateway in a different peering location; undecided: the circuits of those connections are not known.';
    const none = said([live(gateway('gw1'))], [unread('gw1', null), { ...unread('gw1', null), label: 'connection cy (rows.json, $[10])' }]);
    expect(none).toEqual([['unknown', expect.stringMatching(/^Gateway gw1 has no circuit known, and /)]]);
    const one = said([live(circuit('er1')), live(gateway('gw1')), live(connection('conn1', 'gw1', 'er1'))], [unread('gw1', null)]);
    expect(one).toEqual([['unknown', expect.stringMatching(/^Gateway gw1 has 1 circuit known: er1 \(Amsterdam\), and /)]]);
    const two = said([live(circuit('er1')), live(circuit('er2', 'London')), live(gateway('gw1')), live(connection('conn1', 'gw1', 'er1')), live(connection('conn2', 'gw1', 'er2'))], [unread('gw1', null)]);
    expect(two).toEqual([['unknown', expect.stringMatching(/^Gateway gw1 has 2 circuits known: er1 \(Amsterdam\), er2 \(London\), and /)]]);
    for (const [, message] of [...none, ...one, ...two]) expect(message).toContain(expected);
  });
});
