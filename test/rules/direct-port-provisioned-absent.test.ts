import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

// ERS-RED-009 adds up the circuits on an ExpressRoute Direct port from the port row's `provisionedBandwidthInGbps` (what
// Azure has provisioned on it) and the circuits of the inventory on it. A live port row without
// `provisionedBandwidthInGbps` (a trimmed projection, an older API version) whose `circuits` names circuits outside the
// inventory does not say what they add up to: the verdict is undecided, never a pass on the circuits that are known.
const rules = loadRules();
const S = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
const live = (row: Record<string, unknown>): RawResource => ({ row, source: { kind: 'graph', file: 'rows.json' } });
const link = (name: string) => ({ id: `${S}/expressRoutePorts/port1/links/${name}`, name, properties: { adminState: 'Enabled' } });
const port = (props: Record<string, unknown>) =>
  live({
    id: `${S}/expressRoutePorts/port1`,
    name: 'port1',
    type: 'Microsoft.Network/expressRoutePorts',
    location: 'westeurope',
    properties: { peeringLocation: 'Equinix-Amsterdam-AM5', bandwidthInGbps: 10, encapsulation: 'QinQ', billingType: 'MeteredData', provisioningState: 'Succeeded', links: [link('link1'), link('link2')], ...props },
  });
const circuits = (...names: string[]) => names.map((n) => ({ id: `${S}/expressRouteCircuits/${n}` }));
const circuit = (name: string, gbps: number) =>
  live({
    id: `${S}/expressRouteCircuits/${name}`,
    name,
    type: 'Microsoft.Network/expressRouteCircuits',
    location: 'westeurope',
    sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
    properties: { expressRoutePort: { id: `${S}/expressRoutePorts/port1` }, bandwidthInGbps: gbps, peerings: [], authorizations: [] },
  });

function red009(raws: RawResource[]) {
  return runRules(buildInventory(raws).inventory, [rules.find((r) => r.id === 'ERS-RED-009')!]).findings.map((f) => ({ status: f.status ?? 'fail', message: f.message }));
}

describe('ERS-RED-009 on a live port row without provisionedBandwidthInGbps', () => {
  it('is undecided when its circuits list names circuits outside the inventory', () => {
    const f = red009([port({ circuits: circuits('erd1', 'erd-elsewhere') }), circuit('erd1', 5)]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/erd-elsewhere/);
    expect(f[0].message).toMatch(/provisionedBandwidthInGbps/);
  });

  it('still fails when the circuits known already exceed the port, and passes when every circuit it lists is known and fits', () => {
    expect(red009([port({ circuits: circuits('erd1', 'erd2', 'erd-elsewhere') }), circuit('erd1', 10), circuit('erd2', 5)]).map((x) => x.status)).toEqual(['fail']);
    expect(red009([port({ circuits: circuits('erd1') }), circuit('erd1', 5)])).toEqual([]);
  });

  it('a row that carries provisionedBandwidthInGbps decides with it', () => {
    expect(red009([port({ provisionedBandwidthInGbps: 5, circuits: circuits('erd1', 'erd-elsewhere') }), circuit('erd1', 2)])).toEqual([]);
    expect(red009([port({ provisionedBandwidthInGbps: 15, circuits: circuits('erd1', 'erd-elsewhere') }), circuit('erd1', 2)]).map((x) => x.status)).toEqual(['fail']);
  });
});
