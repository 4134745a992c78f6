import { describe, expect, it } from 'vitest';
import type { RawResource } from '../../src/inventory/build.js';
import { live, liveCircuit, liveConnection, liveGateway, NET, ruleFindings } from '../helpers/live-rows.js';

// A gateway's connection rides its circuit's Azure private peering: a connected circuit whose private peering is
// Disabled (ERS-BGP-004) carries none of the gateway's traffic, so it shares no Direct port with the gateway's paths
// (as ERS-RED-001 and ERS-RED-003 leave it out: test/rules/red-001-, red-003-disabled-private-peering.test.ts).
const port = live({ id: `${NET}/expressRoutePorts/p1`, name: 'p1', type: 'Microsoft.Network/expressRoutePorts', location: 'westeurope', properties: { peeringLocation: 'Amsterdam', bandwidthInGbps: 10, encapsulation: 'QinQ', links: [{ name: 'link1', properties: { adminState: 'Enabled' } }, { name: 'link2', properties: { adminState: 'Enabled' } }], circuits: [{ id: `${NET}/expressRouteCircuits/er-a` }, { id: `${NET}/expressRouteCircuits/er-b` }] } });
const circuit = (name: string, state?: string) => liveCircuit(name, { port: 'p1', gbps: 5, state });
const gateway = liveGateway();
const connection = liveConnection;
const red002 = (raws: RawResource[]) => ruleFindings('ERS-RED-002', raws);

describe('ERS-RED-002 and a circuit whose private peering is Disabled', () => {
  it('does not pair it: two circuits on one port, one with its private peering Disabled, share no port as paths of the gateway', () => {
    expect(red002([port, circuit('er-a', 'Enabled'), circuit('er-b', 'Disabled'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')])).toEqual([]);
  });

  it('still fails two enabled circuits on one port', () => {
    expect(red002([port, circuit('er-a', 'Enabled'), circuit('er-b', 'Enabled'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')]).map((x) => x.status)).toEqual(['fail']);
  });

  it('is undecided where the shared port rests on a private peering whose state the row does not carry (it may be Disabled)', () => {
    const f = red002([port, circuit('er-a', 'Enabled'), circuit('er-b'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/2 circuits on Direct port p1: er-a, er-b; whether the Azure private peering of er-b is enabled is not known \(.*state/);
  });
});
