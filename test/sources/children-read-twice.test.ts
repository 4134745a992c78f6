import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

// A peering or an authorization read twice (nested in its circuit's row and as a row of its own, or in two exports)
// whose reads disagree: which value is current is not known, so the fields they disagree on are unknown and the
// verdicts that read them undecided, never the first or the last read's value.
const rules = loadRules();
const rule = (id: string) => rules.find((r) => r.id === id)!;
const S = '/subscriptions/00000000-0000-0000-0000-0000000000a1/resourceGroups/rg/providers/Microsoft.Network';
const live = (row: Record<string, unknown>, file = 'rows.json'): RawResource => ({ row, source: { kind: 'graph', file } });
const peeringProps = (state: string) => ({ peeringType: 'AzurePrivatePeering', state, azureASN: 12076, peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30', provisioningState: 'Succeeded' });
const peering = (state: string) => ({ id: `${S}/expressRouteCircuits/er1/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: peeringProps(state) });
const circuit = (peerings: unknown[], authorizations: unknown[] = []) =>
  live({
    id: `${S}/expressRouteCircuits/er1`,
    name: 'er1',
    type: 'microsoft.network/expressroutecircuits',
    location: 'westeurope',
    sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
    properties: { serviceProviderProvisioningState: 'Provisioned', serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 }, peerings, authorizations },
  });
const peeringRow = (state: string, file?: string) => live({ ...peering(state), type: 'Microsoft.Network/expressRouteCircuits/peerings' }, file);
const authorization = (status: string) => ({ id: `${S}/expressRouteCircuits/er1/authorizations/auth1`, name: 'auth1', properties: { authorizationUseStatus: status } });
const authorizationRow = (status: string, file?: string) => live({ ...authorization(status), type: 'Microsoft.Network/expressRouteCircuits/authorizations' }, file);

function run(id: string, raws: RawResource[]) {
  const { inventory, notices } = buildInventory(raws);
  return { findings: runRules(inventory, [rule(id)]).findings.map((f) => [f.resourceName, f.status ?? 'fail']), inventory, notices };
}

describe('a peering read twice with different values', () => {
  it.each([
    ['nested Enabled, row Disabled', [circuit([peering('Enabled')]), peeringRow('Disabled')]],
    ['nested Disabled, row Enabled', [circuit([peering('Disabled')]), peeringRow('Enabled')]],
    ['two rows of its own', [circuit([]), peeringRow('Enabled', 'a.json'), peeringRow('Disabled', 'b.json')]],
    ['two rows of its own, the other way round', [circuit([]), peeringRow('Disabled', 'a.json'), peeringRow('Enabled', 'b.json')]],
  ])('%s: the state is unknown and ERS-BGP-004 undecided', (_name, raws) => {
    const { findings, inventory, notices } = run('ERS-BGP-004', raws as RawResource[]);
    const p = inventory.circuits[0].peerings;
    expect(p).toHaveLength(1);
    expect(p[0].state).toBeUndefined();
    expect(p[0].unknown?.state).toMatch(/the inputs disagree/);
    // Fields the reads agree on stay known.
    expect(p[0].peerASN).toBe(65001);
    expect(findings).toEqual([['er1/AzurePrivatePeering', 'unknown']]);
    expect(notices.join('\n')).toMatch(/read more than once with different values \(er1: AzurePrivatePeering\.state/);
  });

  it('two reads that agree are one peering, known', () => {
    const { findings, inventory } = run('ERS-BGP-004', [circuit([peering('Disabled')]), peeringRow('Disabled')]);
    expect(inventory.circuits[0].peerings[0].state).toBe('Disabled');
    expect(findings).toEqual([['er1/AzurePrivatePeering', 'fail']]);
  });
});

describe('an authorization read twice with different values', () => {
  it.each([
    ['nested Available, row InUse', [circuit([], [authorization('Available')]), authorizationRow('InUse')]],
    ['nested InUse, row Available', [circuit([], [authorization('InUse')]), authorizationRow('Available')]],
    ['two rows of its own', [circuit([]), authorizationRow('InUse', 'a.json'), authorizationRow('Available', 'b.json')]],
  ])('%s: its state is unknown and ERS-HYG-004 undecided', (_name, raws) => {
    const { findings, inventory } = run('ERS-HYG-004', raws as RawResource[]);
    const c = inventory.circuits[0];
    expect(c.authorizations.map((a) => [a.name, a.useStatus])).toEqual([['auth1', undefined]]);
    expect(c.unknown?.authorizations).toMatch(/disagree on authorization auth1 \(authorizationUseStatus/);
    expect(findings).toEqual([['er1', 'unknown']]);
  });

  it('two reads that agree are one authorization, known', () => {
    const { findings, inventory } = run('ERS-HYG-004', [circuit([], [authorization('Available')]), authorizationRow('Available')]);
    expect(inventory.circuits[0].authorizations.map((a) => a.useStatus)).toEqual(['Available']);
    expect(findings).toEqual([['er1', 'fail']]);
  });
});
