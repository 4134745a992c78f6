import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/load.js';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { loadCatalogue } from '../../src/pricing/catalogue.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { scanSources } from '../../src/scan/run.js';
import type { SourceOutput } from '../../src/sources/types.js';

// A live vWAN gateway row without `properties.expressRouteConnections` (Microsoft's ExpressRouteGatewayGet.json
// response) does not say which circuits its hub connects: any circuit it can name (one with an Azure private peering)
// may be one of them, not only a circuit with no known connection. A Premium circuit whose one known connection stays
// in its geopolitical region may then be reached from a hub in another, where Premium is needed: ERS-SKU-002 is
// undecided, naming the hub, never a fail. Likewise beside a live connection row that names no circuit.
const rules = loadRules();
const rule = (id: string) => rules.find((r) => r.id === id)!;
const S = '/subscriptions/00000000-0000-0000-0000-0000000000b1/resourceGroups/rg/providers/Microsoft.Network';
const live = (row: Record<string, unknown>): RawResource => ({ row, source: { kind: 'graph', file: 'arm-list.json' } });
const circuit = (name: string, tier: string, model = 'MeteredData', bw = 1000) =>
  live({
    id: `${S}/expressRouteCircuits/${name}`,
    name,
    type: 'Microsoft.Network/expressRouteCircuits',
    location: 'westeurope',
    sku: { name: `${tier}_${model}`, tier, family: model },
    properties: {
      serviceProviderProvisioningState: 'Provisioned',
      globalReachEnabled: false,
      serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: bw },
      authorizations: [],
      peerings: [{ id: `${S}/expressRouteCircuits/${name}/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }],
    },
  });
const vnetGateway = live({ id: `${S}/virtualNetworkGateways/gw-weu`, name: 'gw-weu', type: 'Microsoft.Network/virtualNetworkGateways', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } } });
const vnetConnection = (c: string) =>
  live({ id: `${S}/connections/${c}-c`, name: `${c}-c`, type: 'Microsoft.Network/connections', location: 'westeurope', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${S}/virtualNetworkGateways/gw-weu` }, peer: { id: `${S}/expressRouteCircuits/${c}` } } });
/** Microsoft's GET example shape: no `expressRouteConnections`. */
const listlessHub = live({ id: `${S}/expressRouteGateways/hubgw`, name: 'hubgw', type: 'Microsoft.Network/expressRouteGateways', location: 'westeurope', properties: { provisioningState: 'Succeeded', virtualHub: { id: `${S}/virtualHubs/vhub` }, autoScaleConfiguration: { bounds: { min: 2, max: 2 } }, allowNonVirtualWanTraffic: false } });
/** A live connection row whose `peer` is missing: its circuit is not known. */
const connectionWithoutCircuit = live({ id: `${S}/connections/orphan`, name: 'orphan', type: 'Microsoft.Network/connections', location: 'westeurope', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${S}/virtualNetworkGateways/gw-weu` } } });

function run(id: string, raws: RawResource[]) {
  return runRules(buildInventory(raws).inventory, [rule(id)]).findings.map((f) => ({ name: f.resourceName, status: f.status ?? 'fail', message: f.message }));
}

describe('ERS-SKU-002 beside a hub whose connections are not known', () => {
  const known = [circuit('er-prem', 'Premium'), vnetGateway, vnetConnection('er-prem')];

  it('fails on its own (control): one connection, in the circuit\'s geopolitical region', () => {
    expect(run('ERS-SKU-002', known).map((x) => [x.name, x.status])).toEqual([['er-prem', 'fail']]);
  });

  it('is undecided beside a live vWAN gateway row that does not list its connections, naming it', () => {
    const f = run('ERS-SKU-002', [...known, listlessHub]);
    expect(f.map((x) => [x.name, x.status])).toEqual([['er-prem', 'unknown']]);
    expect(f[0].message).toMatch(/hubgw/);
  });

  it('is undecided beside a live connection row that names no circuit, naming it', () => {
    const f = run('ERS-SKU-002', [...known, connectionWithoutCircuit]);
    expect(f.map((x) => [x.name, x.status])).toEqual([['er-prem', 'unknown']]);
    expect(f[0].message).toMatch(/orphan/);
  });
});

// Where Local would be the advice, a hub that may connect the circuit from outside the metro makes Local's sufficiency
// undecided: ERS-COST-103 is then an `unknown` finding naming why (never withdrawn, so a finding does not disappear
// when resources are added), and the cost view neither advises Local nor counts its saving.
describe('ERS-COST-103 when whether Local would do becomes undecided', () => {
  const catalogue = loadCatalogue();
  const estimate = (inv: Parameters<typeof estimateCosts>[0]) => estimateCosts(inv, { catalogue, usage: { circuits: { 'er-sao': { egressGbPerMonth: 40000 } }, gateways: {} } });
  const SP = '/subscriptions/00000000-0000-0000-0000-0000000000b1/resourceGroups/rg/providers/Microsoft.Network';
  const sao = live({
    id: `${SP}/expressRouteCircuits/er-sao`, name: 'er-sao', type: 'Microsoft.Network/expressRouteCircuits', location: 'brazilsouth',
    sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
    properties: { authorizations: [], serviceProviderProvisioningState: 'Provisioned', globalReachEnabled: false, serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Sao Paulo', bandwidthInMbps: 500 }, peerings: [{ id: `${SP}/expressRouteCircuits/er-sao/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }] },
  });
  const brs = live({ id: `${SP}/virtualNetworkGateways/gw-brs`, name: 'gw-brs', type: 'Microsoft.Network/virtualNetworkGateways', location: 'brazilsouth', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } } });
  const brsConn = live({ id: `${SP}/connections/gw-brs-c`, name: 'gw-brs-c', type: 'Microsoft.Network/connections', location: 'brazilsouth', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${SP}/virtualNetworkGateways/gw-brs` }, peer: { id: `${SP}/expressRouteCircuits/er-sao` } } });
  // The hub lives in another subscription: a resource the estate need not even know about.
  const hub = live({ id: '/subscriptions/00000000-0000-0000-0000-0000000000c2/resourceGroups/rg/providers/Microsoft.Network/expressRouteGateways/hubgw', name: 'hubgw', type: 'Microsoft.Network/expressRouteGateways', location: 'eastus', properties: { provisioningState: 'Succeeded', virtualHub: { id: '/subscriptions/00000000-0000-0000-0000-0000000000c2/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/vhub' }, autoScaleConfiguration: { bounds: { min: 2, max: 2 } } } });
  const scan = (raws: RawResource[]) => {
    const source: SourceOutput = { raws, subscriptions: [], gaps: [], notices: [] };
    return scanSources(source, { config: emptyConfig(), now: new Date('2026-11-01T00:00:00Z'), inputs: ['arm-list.json'], scanCategory: 'erscan/test', estimateCosts: estimate });
  };
  const cost103 = (r: ReturnType<typeof scan>) => r.findings.filter((f) => f.ruleId === 'ERS-COST-103').map((f) => ({ name: f.resourceName, status: f.status ?? 'fail', message: f.message, usd: f.costImpactUsd }));

  it('fails with the Local advice when every gateway is local (control)', () => {
    const r = scan([sao, brs, brsConn]);
    expect(cost103(r).map((x) => [x.name, x.status])).toEqual([['er-sao', 'fail']]);
    expect(r.cost!.costs[0].recommendation?.changes).toContain('move-to-local');
  });

  it('is undecided, naming why, beside a connected gateway whose region is not known; the cost view does not advise Local', () => {
    const nowhere = live({ id: `${SP}/virtualNetworkGateways/gw-x`, name: 'gw-x', type: 'Microsoft.Network/virtualNetworkGateways', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } } });
    const xConn = live({ id: `${SP}/connections/gw-x-c`, name: 'gw-x-c', type: 'Microsoft.Network/connections', location: 'brazilsouth', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${SP}/virtualNetworkGateways/gw-x` }, peer: { id: `${SP}/expressRouteCircuits/er-sao` } } });
    const r = scan([sao, brs, brsConn, nowhere, xConn]);
    const f = cost103(r);
    expect(f.map((x) => [x.name, x.status])).toEqual([['er-sao', 'unknown']]);
    expect(f[0].message).toMatch(/the region of gateway gw-x is not known/);
    expect(f[0].message).toMatch(/Local UnlimitedData 1 Gbps \(a new circuit\) would save \$3,890\/month/);
    expect(f[0].usd).toBeUndefined();
    expect(r.cost!.costs[0].recommendation?.changes ?? []).not.toContain('move-to-local');
  });

  it('is undecided, naming the hub, beside a hub whose connections are not known; the cost view does not advise Local', () => {
    const before = scan([sao, brs, brsConn]);
    const r = scan([sao, brs, brsConn, hub]);
    const f = cost103(r);
    expect(f.map((x) => [x.name, x.status])).toEqual([['er-sao', 'unknown']]);
    expect(f[0].message).toMatch(/hubgw/);
    expect(f[0].message).not.toMatch(/; every gateway it reaches is local/);
    // Not a sure saving: no cost of compliance, no Local advice, not in the potential savings.
    expect(f[0].usd).toBeUndefined();
    const c = r.cost!.costs.find((x) => x.resourceName === 'er-sao')!;
    expect(c.recommendation?.changes ?? []).not.toContain('move-to-local');
    expect(r.cost!.totals.potentialSavingsUsd).toBeLessThan(before.cost!.totals.potentialSavingsUsd);
  });
});

// The region of a hub that does not list its connections is known (its gateway's `location`), and so is that of the
// gateway of a connection that names no circuit: a circuit such a connection may link reaches that region only. The
// reach verdicts stay decided where that region changes nothing for the circuit (ERS-SKU-003: the hub in the circuit's
// geopolitical region; ERS-SKU-004: the hub in one of its Local regions), and are undecided, naming the hub, where it could.
describe('reach verdicts beside a hub whose connections are not known, where the hub\'s region is known', () => {
  const hubIn = (region: string | undefined) =>
    live({ id: `${S}/expressRouteGateways/hubgw`, name: 'hubgw', type: 'Microsoft.Network/expressRouteGateways', ...(region ? { location: region } : {}), properties: { provisioningState: 'Succeeded', virtualHub: { id: `${S}/virtualHubs/vhub` }, autoScaleConfiguration: { bounds: { min: 2, max: 2 } }, allowNonVirtualWanTraffic: false } });
  const std = [circuit('er-std', 'Standard'), vnetGateway, vnetConnection('er-std')];
  const loc = [circuit('er-loc', 'Local', 'UnlimitedData'), vnetGateway, vnetConnection('er-loc')];
  const statuses = (id: string, raws: RawResource[]) => run(id, raws).map((x) => [x.name, x.status]);
  /** A live connection whose `peer` is missing, through a VNet gateway in `region` (or one outside the inventory). */
  const orphanThrough = (region: string | undefined): RawResource[] => {
    const gw = live({ id: `${S}/virtualNetworkGateways/gw-orphan`, name: 'gw-orphan', type: 'Microsoft.Network/virtualNetworkGateways', location: region ?? 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } } });
    const conn = live({ id: `${S}/connections/orphan`, name: 'orphan', type: 'Microsoft.Network/connections', location: 'westeurope', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${S}/virtualNetworkGateways/gw-orphan` } } });
    return region === undefined ? [conn] : [gw, conn];
  };

  it('ERS-SKU-003 (Standard): decided beside a hub in its geopolitical region; undecided, naming the hub, beside one outside it or of unknown region', () => {
    expect(statuses('ERS-SKU-003', std)).toEqual([]);
    expect(statuses('ERS-SKU-003', [...std, hubIn('northeurope')])).toEqual([]);
    const far = run('ERS-SKU-003', [...std, hubIn('eastus')]);
    expect(far.map((x) => [x.name, x.status])).toEqual([['er-std', 'unknown']]);
    expect(far[0].message).toMatch(/hubgw/);
    expect(statuses('ERS-SKU-003', [...std, hubIn(undefined)])).toEqual([['er-std', 'unknown']]);
    // One hub of known region and one of another geopolitical region: the second may connect it.
    const other = live({ id: `${S}/expressRouteGateways/hubgw2`, name: 'hubgw2', type: 'Microsoft.Network/expressRouteGateways', location: 'eastus', properties: { provisioningState: 'Succeeded', virtualHub: { id: `${S}/virtualHubs/vhub2` } } });
    expect(statuses('ERS-SKU-003', [...std, hubIn('westeurope'), other])).toEqual([['er-std', 'unknown']]);
  });

  it('ERS-SKU-004 (Local): decided beside a hub in its Local region; undecided, naming the hub, beside one outside it', () => {
    expect(statuses('ERS-SKU-004', loc)).toEqual([]);
    expect(statuses('ERS-SKU-004', [...loc, hubIn('westeurope')])).toEqual([]);
    const near = run('ERS-SKU-004', [...loc, hubIn('northeurope')]);
    expect(near.map((x) => [x.name, x.status])).toEqual([['er-loc', 'unknown']]);
    expect(near[0].message).toMatch(/hubgw/);
  });

  it('a connection that names no circuit: its gateway\'s region bounds it the same way; a gateway outside the inventory does not', () => {
    expect(statuses('ERS-SKU-003', [...std, ...orphanThrough('westeurope')])).toEqual([]);
    expect(statuses('ERS-SKU-004', [...loc, ...orphanThrough('westeurope')])).toEqual([]);
    expect(statuses('ERS-SKU-003', [...std, ...orphanThrough('eastus')])).toEqual([['er-std', 'unknown']]);
    expect(statuses('ERS-SKU-004', [...loc, ...orphanThrough('northeurope')])).toEqual([['er-loc', 'unknown']]);
    expect(statuses('ERS-SKU-003', [...std, ...orphanThrough(undefined)])).toEqual([['er-std', 'unknown']]);
  });

  it('the connection list itself stays open: a circuit with no known connection is not "idle" beside a hub in its region', () => {
    const idle = circuit('er-idle', 'Standard');
    expect(statuses('ERS-COST-003', [idle])).toEqual([['er-idle', 'fail']]);
    expect(statuses('ERS-COST-003', [idle, hubIn('westeurope')])).toEqual([['er-idle', 'unknown']]);
  });

  it('where the gateways are open for another reason too (pages not read), the hub\'s region bounds nothing', () => {
    const inv = buildInventory([...std, hubIn('westeurope')], [], { pagesNotRead: ['connections.json'] }).inventory;
    const f = runRules(inv, [rule('ERS-SKU-003')]).findings.map((x) => [x.resourceName, x.status ?? 'fail']);
    expect(f).toEqual([['er-std', 'unknown']]);
  });
});
