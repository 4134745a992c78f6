/**
 * A live circuit row that lists no peering (or no Azure private peering) while a connection links the circuit to a
 * gateway: the two reads contradict each other (a VNet connection rides the circuit's private peering,
 * expressroute-howto-linkvnet-arm; src/inventory/build.ts, markPeeringListsConnectionsContradict). Whether the
 * connection carries anything is then not known: the circuit is neither "carries traffic" (ERS-COST-003 passed it) nor
 * idle (never "delete it"); ERS-COST-003 is undecided and the cost view advises no deletion.
 */
import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { analyse } from '../../src/analysis/index.js';
import { loadCatalogue } from '../../src/pricing/catalogue.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import { NET, liveCircuit, liveConnection, liveGateway, ruleFindings } from '../helpers/live-rows.js';

const microsoftPeering = (circuit: string) => ({ id: `${NET}/expressRouteCircuits/${circuit}/peerings/MicrosoftPeering`, name: 'MicrosoftPeering', properties: { peeringType: 'MicrosoftPeering', state: 'Enabled', peerASN: 64496, vlanId: 200, primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30', routeFilter: { id: `${NET}/routeFilters/rf` } } });
function withPeerings(name: string, peerings: unknown[]): RawResource {
  const r = liveCircuit(name, { state: 'Enabled' });
  (r.row as { properties: Record<string, unknown> }).properties.peerings = peerings;
  return r;
}
const rows = (peerings: unknown[]) => [withPeerings('er', peerings), liveGateway(), liveConnection('c1', 'er')];

describe('a connected circuit whose row lists no peering', () => {
  it('ERS-COST-003 is undecided, saying the connection and the peering list contradict each other', () => {
    const f = ruleFindings('ERS-COST-003', rows([]));
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/connection c1/);
    expect(f[0].message).toMatch(/lists no peering/);
    expect(f[0].change).toBeUndefined();
  });

  it('the analysis calls it neither used nor idle, and the cost view advises no deletion', () => {
    const inv = buildInventory(rows([])).inventory;
    const a = analyse(inv).circuits()[0];
    expect(a.carries.idle.value).toBeNull();
    const s = estimateCosts(inv, { catalogue: loadCatalogue(), usage: { circuits: {}, gateways: {} } });
    const c = s.costs.find((x) => x.resourceName === 'er')!;
    expect(c.recommendation?.kind).not.toBe('delete-unused');
    expect(c.waste).toBeUndefined();
  });

  it('ERS-COST-001 says nothing of a provisioned circuit', () => {
    expect(ruleFindings('ERS-COST-001', rows([]))).toEqual([]);
  });
});

describe('a connected circuit whose row lists only an enabled Microsoft peering', () => {
  it('carries traffic all the same (its Microsoft peering is real): ERS-COST-003 passes', () => {
    expect(ruleFindings('ERS-COST-003', rows([microsoftPeering('er')]))).toEqual([]);
  });
});

describe('a connected circuit with its private peering', () => {
  it('carries traffic: ERS-COST-003 passes', () => {
    expect(ruleFindings('ERS-COST-003', [liveCircuit('er', { state: 'Enabled' }), liveGateway(), liveConnection('c1', 'er')])).toEqual([]);
  });
});
