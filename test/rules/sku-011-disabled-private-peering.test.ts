import { describe, expect, it } from 'vitest';
import type { RawResource } from '../../src/inventory/build.js';
import { live, liveCircuit, liveConnection, NET, ruleFindings } from '../helpers/live-rows.js';

// FastPath lets a connection's traffic bypass the gateway. A connection whose circuit's Azure private peering is
// Disabled (ERS-BGP-004) carries none of the gateway's traffic (as ERS-RED-001 leaves such a circuit out): FastPath on it
// gains nothing, and ERS-SKU-011 says nothing about it.
const gateway = live({ id: `${NET}/virtualNetworkGateways/gw`, name: 'gw', type: 'Microsoft.Network/virtualNetworkGateways', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw3AZ', tier: 'ErGw3AZ' }, allowRemoteVnetTraffic: false, allowVirtualWanTraffic: false } });
const sku011 = (raws: RawResource[]) => ruleFindings('ERS-SKU-011', raws);

describe('ERS-SKU-011 and a circuit whose private peering is Disabled', () => {
  it('says nothing about a connection whose circuit carries no traffic (private peering Disabled)', () => {
    expect(sku011([liveCircuit('er-lon', { location: 'London', state: 'Disabled' }), gateway, liveConnection('c1', 'er-lon')])).toEqual([]);
  });

  it('still fails a connection without FastPath to a circuit whose private peering is Enabled', () => {
    const f = sku011([liveCircuit('er-ams', { state: 'Enabled' }), gateway, liveConnection('c1', 'er-ams')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0].message).toMatch(/^Connection c1: FastPath off on gateway gw of SKU ErGw3AZ/);
  });
});
