import { describe, expect, it } from 'vitest';
import type { RawResource } from '../../src/inventory/build.js';
import { liveCircuit, liveConnection, liveGateway, ruleFindings } from '../helpers/live-rows.js';

// A gateway's connection rides its circuit's Azure private peering. A private peering whose `state` is `Disabled`
// (ERS-BGP-004: its BGP sessions are down on the Microsoft side) carries none of the gateway's traffic: a circuit in a
// second peering location with its private peering Disabled is no second path, and ERS-RED-001 does not count it.
const circuit = (name: string, location: string, state?: string) => liveCircuit(name, { location, state });
const gateway = liveGateway();
const connection = liveConnection;
const red001 = (raws: RawResource[]) => ruleFindings('ERS-RED-001', raws);

describe('ERS-RED-001 and a circuit whose private peering is Disabled', () => {
  it('does not count it: a gateway on Amsterdam and on a London circuit whose private peering is Disabled fails', () => {
    const f = red001([circuit('er-ams', 'Amsterdam', 'Enabled'), circuit('er-lon', 'London', 'Disabled'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0].message).toMatch(/^Gateway gw is served by 1 peering location: er-ams \(Amsterdam\); er-lon \(London\) is connected, but its private peering is Disabled/);
    // The fix is to enable it, not a new circuit.
    expect(f[0].message).toMatch(/expected circuits in at least 2 different peering locations \(enable the Azure private peering of er-lon, already connected to it: no new circuit\)\.$/);
    expect(f[0].change).toBe('enable-peering');
  });

  it('fails a gateway whose only circuits have it Disabled, naming them', () => {
    const f = red001([circuit('er-lon', 'London', 'Disabled'), gateway, connection('c2', 'er-lon')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0].message).toMatch(/^Gateway gw is served by no circuit whose private peering is enabled; er-lon \(London\) is connected, but its private peering is Disabled/);
  });

  it('still passes two enabled circuits in two locations', () => {
    expect(red001([circuit('er-ams', 'Amsterdam', 'Enabled'), circuit('er-lon', 'London', 'Enabled'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')])).toEqual([]);
  });

  it('is undecided where the second location rests on a private peering whose state the row does not carry (it may be Disabled)', () => {
    const f = red001([circuit('er-ams', 'Amsterdam', 'Enabled'), circuit('er-lon', 'London'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/whether the Azure private peering of er-lon is enabled is not known \(.*state/);
    expect(f[0].message).not.toMatch(/Disabled \(ERS-BGP-004\)/);
    // Enough locations without it: nothing rests on the unknown state.
    expect(red001([circuit('er-ams', 'Amsterdam', 'Enabled'), circuit('er-lon', 'London', 'Enabled'), circuit('er-par', 'Paris'), gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon'), connection('c3', 'er-par')])).toEqual([]);
  });

  it('fails a gateway on one circuit whose private peering state is not known (one location either way), saying the state is not known', () => {
    const f = red001([circuit('er-ams', 'Amsterdam'), gateway, connection('c1', 'er-ams')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
    // Served by 1 location if it is enabled, by none if Disabled: "at most 1", and why.
    expect(f[0].message).toMatch(/^Gateway gw is served by at most 1 peering location: er-ams \(Amsterdam\); whether the Azure private peering of er-ams is enabled is not known \(.*state/);
    // A circuit whose state is known reads as before.
    expect(red001([circuit('er-ams', 'Amsterdam', 'Enabled'), gateway, connection('c1', 'er-ams')])[0].message).toMatch(/^Gateway gw is served by 1 peering location: er-ams \(Amsterdam\); expected/);
  });

  it('proposes enabling the peering only of a circuit that then serves the gateway as it is (provisioned at the provider)', () => {
    const notProvisioned = circuit('er-lon', 'London', 'Disabled');
    (notProvisioned.row as { properties: Record<string, unknown> }).properties.serviceProviderProvisioningState = 'NotProvisioned';
    const f = red001([circuit('er-ams', 'Amsterdam', 'Enabled'), notProvisioned, gateway, connection('c1', 'er-ams'), connection('c2', 'er-lon')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0].message).not.toMatch(/enable the Azure private peering/);
    expect(f[0].change).toBe('add-circuit');
  });
});
