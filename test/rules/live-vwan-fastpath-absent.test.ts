import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { loadInputs } from '../../src/sources/index.js';
import { tempDir, writeJson } from '../helpers/cli.js';

// A live Virtual WAN ExpressRoute connection (properties.expressRouteConnections of a hub's gateway, in a Resource Graph
// row file or an erscan snapshot) that does not carry `expressRouteGatewayBypass` or `enablePrivateLinkFastPath` (a
// trimmed projection, an older API version) does not say whether FastPath or Private Link FastPath is on: the verdicts
// that read them are undecided, as for VNet connections (test/rules/live-fastpath-absent.test.ts), never judged on
// "off" or on Learn's vWAN default. Templates are unchanged.
const rules = loadRules();
const rule = (id: string) => rules.find((r) => r.id === id)!;
const S = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
const circuit = {
  id: `${S}/expressRouteCircuits/er-40g`,
  name: 'er-40g',
  type: 'Microsoft.Network/expressRouteCircuits',
  location: 'westeurope',
  sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
  properties: {
    authorizations: [],
    serviceProviderProvisioningState: 'Provisioned',
    peerings: [{ name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }],
    expressRoutePort: { id: `${S}/expressRoutePorts/port` },
    bandwidthInGbps: 40,
  },
};
const hub = (props: Record<string, unknown>) => ({
  id: `${S}/expressRouteGateways/hub5`,
  name: 'hub5',
  type: 'Microsoft.Network/expressRouteGateways',
  location: 'westeurope',
  properties: {
    autoScaleConfiguration: { bounds: { min: 5, max: 5 } },
    virtualHub: { id: `${S}/virtualHubs/hub-weu` },
    allowNonVirtualWanTraffic: false,
    expressRouteConnections: [{ id: `${S}/expressRouteGateways/hub5/expressRouteConnections/c`, name: 'c', properties: { expressRouteCircuitPeering: { id: `${S}/expressRouteCircuits/er-40g/peerings/AzurePrivatePeering` }, ...props } }],
  },
});

/** The raws of a row file or a snapshot holding the circuit and the hub gateway, read as `erscan scan` reads them. */
function load(kind: 'rows' | 'snapshot', props: Record<string, unknown>): RawResource[] {
  const rows = [circuit, hub(props)];
  const dir = tempDir('erscan-vwan-fastpath-');
  const file =
    kind === 'rows'
      ? writeJson(dir, 'rows.json', rows)
      : writeJson(dir, 'snapshot.json', { erscanSnapshot: 1, coverage: { complete: true, gaps: [] }, resources: rows });
  const { output, errors } = loadInputs([file]);
  expect(errors).toEqual([]);
  return output.raws;
}

function run(id: string, raws: RawResource[]) {
  return runRules(buildInventory(raws).inventory, [rule(id)]).findings.map((f) => ({ name: f.resourceName, status: f.status ?? 'fail', message: f.message }));
}

describe.each(['rows', 'snapshot'] as const)('%s: a live vWAN ExpressRoute connection without the FastPath flags', (kind) => {
  it('leaves FastPath and Private Link FastPath unknown in the inventory', () => {
    const c = buildInventory(load(kind, {})).inventory.connections[0];
    expect(c.flavor).toBe('vwan');
    expect(c.fastPath).toBeUndefined();
    expect(c.unknown?.fastPath).toMatch(/does not carry `properties.expressRouteGatewayBypass`/);
    expect(c.privateLinkFastPath).toBeUndefined();
    expect(c.unknown?.privateLinkFastPath).toMatch(/does not carry `properties.enablePrivateLinkFastPath`/);
  });

  it('ERS-SKU-006 (40 Gbps Direct circuit on a 5-unit hub gateway) is undecided, never a pass on FastPath taken as on', () => {
    const f = run('ERS-SKU-006', load(kind, {}));
    expect(f.map((x) => [x.name, x.status])).toEqual([['hub5', 'unknown']]);
    expect(f[0].message).toMatch(/expressRouteGatewayBypass/);
    expect(f[0].message).not.toMatch(/FastPath is on|FastPath off/);
  });

  it('ERS-SKU-007 with Private Link FastPath on is undecided, never "without FastPath"', () => {
    const f = run('ERS-SKU-007', load(kind, { enablePrivateLinkFastPath: true }));
    expect(f.map((x) => [x.name, x.status])).toEqual([['c', 'unknown']]);
    expect(f[0].message).not.toMatch(/without FastPath|FastPath off/);
  });

  it('a row that sets the flags is read as it says', () => {
    // FastPath set off: the 40 Gbps circuit goes through the 5-unit gateway (about 5 Gbps).
    expect(run('ERS-SKU-006', load(kind, { expressRouteGatewayBypass: false, enablePrivateLinkFastPath: false })).map((x) => [x.name, x.status])).toEqual([['hub5', 'fail']]);
    expect(run('ERS-SKU-006', load(kind, { expressRouteGatewayBypass: true, enablePrivateLinkFastPath: false }))).toEqual([]);
    expect(run('ERS-SKU-007', load(kind, { expressRouteGatewayBypass: false, enablePrivateLinkFastPath: true })).map((x) => [x.name, x.status])).toEqual([['c', 'fail']]);
    // FastPath set off: Private Link FastPath, which needs it, is not left open.
    expect(buildInventory(load(kind, { expressRouteGatewayBypass: false })).inventory.connections[0].unknown?.privateLinkFastPath).toBeUndefined();
  });
});

describe('a template vWAN ExpressRoute connection without the FastPath flags (unchanged)', () => {
  const arm = (row: Record<string, unknown>): RawResource => ({ row, source: { kind: 'arm', file: 'main.json' } });
  it('is not marked unknown, and ERS-SKU-006 still reads Learn\'s vWAN FastPath default', () => {
    const raws = [arm(circuit), arm(hub({}))];
    const c = buildInventory(raws).inventory.connections[0];
    expect(c.unknown?.fastPath).toBeUndefined();
    expect(c.unknown?.privateLinkFastPath).toBeUndefined();
    expect(run('ERS-SKU-006', raws)).toEqual([]);
  });
});
