import { describe, expect, it } from 'vitest';
import type { RawResource } from '../../src/inventory/build.js';
import { liveCircuit, liveConnection, liveGateway, ruleFindings } from '../helpers/live-rows.js';

// A gateway's connection rides its circuit's Azure private peering: a connected circuit whose private peering is
// Disabled (ERS-BGP-004) carries none of the gateway's traffic, so its provider serves the gateway in nothing
// (as ERS-RED-001 does not count its location: test/rules/red-001-disabled-private-peering.test.ts).
const circuit = (name: string, provider: string, location: string, state?: string) => liveCircuit(name, { provider, location, state });
const gateway = liveGateway();
const connection = liveConnection;
const red008 = (raws: RawResource[]) => ruleFindings('ERS-RED-008', raws);

describe('ERS-RED-008 and a circuit whose private peering is Disabled', () => {
  it('does not count its provider: Equinix (Enabled) and Megaport (Disabled) is one provider serving the gateway, naming the Disabled one', () => {
    const f = red008([circuit('er-ams', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-lon', 'Megaport', 'London', 'Disabled'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0].message).toMatch(/^Gateway gw has circuits from 1 provider: er-ams \(Equinix\); er-lon \(Megaport\) is connected, but its private peering is Disabled \(ERS-BGP-004\): none of the gateway's traffic goes over it; expected circuits from at least 2 connectivity providers\.$/);
  });

  it('fails a gateway whose circuits all have it Disabled, naming them', () => {
    const f = red008([circuit('er-ams', 'Equinix', 'Amsterdam', 'Disabled'), circuit('er-lon', 'Megaport', 'London', 'Disabled'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0].message).toMatch(/^Gateway gw has circuits from 0 providers \(no circuit whose private peering is enabled\); er-ams \(Equinix\), er-lon \(Megaport\) are connected, but their private peering is Disabled/);
  });

  it('still passes two enabled circuits from two providers', () => {
    expect(red008([circuit('er-ams', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-lon', 'Megaport', 'London', 'Enabled'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')])).toEqual([]);
  });

  it('is undecided where the second provider rests on a private peering whose state the row does not carry (it may be Disabled)', () => {
    const f = red008([circuit('er-ams', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-lon', 'Megaport', 'London'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/whether the Azure private peering of er-lon is enabled is not known \(.*state/);
    // Enough providers without it: nothing rests on the unknown state.
    expect(red008([circuit('er-ams', 'Equinix', 'Amsterdam', 'Enabled'), circuit('er-lon', 'Megaport', 'London', 'Enabled'), circuit('er-par', 'Colt', 'Paris'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon'), connection('c3', 'er-par')])).toEqual([]);
  });
});
