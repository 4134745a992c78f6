import { describe, expect, it } from 'vitest';
import { liveCircuit, liveConnection, liveGateway, ruleFindings } from '../helpers/live-rows.js';

// A gateway's connection rides its circuit's Azure private peering: a connected circuit whose private peering is
// Disabled (ERS-BGP-004) carries none of the gateway's traffic, so it shares no site (ERS-RED-003) or port (ERS-RED-002)
// with the gateway's other circuits as a path of the gateway's (as ERS-RED-001 does not count its location:
// test/rules/red-001-disabled-private-peering.test.ts).
const circuit = (name: string, provider: string, location: string, state?: string) => liveCircuit(name, { provider, location, state });
const gateway = liveGateway();
const connection = liveConnection;
const run = ruleFindings;

describe('ERS-RED-003 and a circuit whose private peering is Disabled', () => {
  it('does not pair it: two Amsterdam circuits, one with its private peering Disabled, share no site as paths of the gateway', () => {
    expect(run('ERS-RED-003', [circuit('er-a', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-b', 'Equinix', 'Amsterdam', 'Disabled'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')])).toEqual([]);
  });

  it('still fails two enabled circuits in one site', () => {
    const f = run('ERS-RED-003', [circuit('er-a', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-b', 'Equinix', 'Amsterdam', 'Enabled'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
  });

  it('is undecided where the shared site rests on a private peering whose state the row does not carry (it may be Disabled)', () => {
    const f = run('ERS-RED-003', [circuit('er-a', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-b', 'Equinix', 'Amsterdam'), gateway, connection('c1', 'er-a'), connection('c2', 'er-b')]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/2 circuits in Amsterdam: er-a, er-b; whether the Azure private peering of er-b is enabled is not known \(.*state/);
  });
});
