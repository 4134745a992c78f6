/**
 * A circuit the provider has not provisioned (serviceProviderProvisioningState NotProvisioned, Provisioning, or
 * Deprovisioning) carries none of a gateway's traffic: "The ExpressRoute circuit must be in a Provisioned state in order
 * to configure peering" (ExpressRoute workflows for circuit provisioning and circuit states,
 * https://learn.microsoft.com/azure/expressroute/expressroute-workflows); ERS-RED-007 says the same of the circuit. So
 * it is no peering location of the gateway's (ERS-RED-001) and shares no site with its other circuits (ERS-RED-003),
 * as a circuit whose private peering is Disabled. Rows written by hand to the documented shape: the connection to it is
 * still there (a provider deprovisioned the circuit and its Azure configuration stayed).
 */
import { describe, expect, it } from 'vitest';
import { circuitRow, connectionRow, findingsOf, gatewayRow, scan } from './helpers.js';

describe('a connected circuit the provider has not provisioned is no path of the gateway', () => {
  for (const state of ['NotProvisioned', 'Provisioning', 'Deprovisioning']) {
    it(`ERS-RED-001 fails a gateway whose second location is a ${state} circuit`, () => {
      const s = scan([circuitRow('er-ams'), circuitRow('er-lon', { location: 'London', state }), gatewayRow('gw'), connectionRow('c1', 'gw', 'er-ams'), connectionRow('c2', 'gw', 'er-lon')]);
      const [f] = findingsOf(s, 'ERS-RED-001', 'gw');
      expect(f).toBeDefined();
      expect(f.status).toBeUndefined();
      expect(f.message).toMatch(new RegExp(`er-lon \\(London\\) is connected, but its provider provisioning state is ${state} \\(ERS-RED-007\\)`));
    });
  }

  it('a Provisioned second location passes, as before', () => {
    const s = scan([circuitRow('er-ams'), circuitRow('er-lon', { location: 'London' }), gatewayRow('gw'), connectionRow('c1', 'gw', 'er-ams'), connectionRow('c2', 'gw', 'er-lon')]);
    expect(findingsOf(s, 'ERS-RED-001', 'gw')).toEqual([]);
  });

  it('ERS-RED-003: a NotProvisioned circuit beside a provisioned one in the same location is no second path there', () => {
    const s = scan([circuitRow('er-a1'), circuitRow('er-a2', { state: 'NotProvisioned' }), gatewayRow('gw'), connectionRow('c1', 'gw', 'er-a1'), connectionRow('c2', 'gw', 'er-a2')]);
    expect(findingsOf(s, 'ERS-RED-003', 'gw')).toEqual([]);
    expect(findingsOf(s, 'ERS-RED-001', 'gw')).toHaveLength(1);
  });
});
