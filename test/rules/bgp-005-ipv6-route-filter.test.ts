/**
 * Microsoft peering set up over IPv6 only (no IPv4 primary/secondary subnet; an `ipv6PeeringConfig` with its own
 * `microsoftPeeringConfig` and route filter), and dual-stack peerings whose IPv6 half differs from their IPv4 half, as
 * live rows carry them. Learn (ExpressRoute routing requirements, IP addresses used for Microsoft peering): "a unique
 * /29 (IPv4) or /125 (IPv6) subnet or two /30 (IPv4) or /126 (IPv6) subnets", each family its own BGP sessions.
 */
import { describe, expect, it } from 'vitest';
import { NET, live, ruleFindings } from '../helpers/live-rows.js';
import type { RawResource } from '../../src/inventory/build.js';

const RF = { id: `${NET}/routeFilters/rf` };
const V6 = (ms: Record<string, unknown> | undefined, o: { routeFilter?: boolean; state?: string } = {}) => ({
  primaryPeerAddressPrefix: '2001:db8:1::/126',
  secondaryPeerAddressPrefix: '2001:db8:1::4/126',
  state: o.state ?? 'Enabled',
  ...(o.routeFilter === false ? {} : { routeFilter: RF }),
  ...(ms ? { microsoftPeeringConfig: ms } : {}),
});
const V4 = { primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30' };

/** A provider circuit `name` with one Microsoft peering of the given properties (peeringType, state, vlanId, peerASN set). */
function msCircuit(name: string, props: Record<string, unknown>): RawResource {
  return live({
    id: `${NET}/expressRouteCircuits/${name}`,
    name,
    type: 'Microsoft.Network/expressRouteCircuits',
    location: 'westeurope',
    sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
    properties: {
      serviceProviderProvisioningState: 'Provisioned',
      serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 },
      authorizations: [],
      peerings: [{ id: `${NET}/expressRouteCircuits/${name}/peerings/MicrosoftPeering`, name: 'MicrosoftPeering', properties: { peeringType: 'MicrosoftPeering', state: 'Enabled', vlanId: 200, peerASN: 396982, ...props } }],
    },
  });
}

const configured6 = { advertisedPublicPrefixes: ['2001:db8:2::/48'], advertisedPublicPrefixesState: 'Configured' };
const validation6 = { advertisedPublicPrefixes: ['2001:db8:2::/48'], advertisedPublicPrefixesState: 'ValidationNeeded' };
const configured4 = { advertisedPublicPrefixes: ['203.0.113.64/27'], advertisedPublicPrefixesState: 'Configured' };
const empty4 = { advertisedPublicPrefixes: [], advertisedPublicPrefixesState: 'NotConfigured' };

describe('ERS-BGP-005 (route filter) on IPv6-only and dual-stack Microsoft peerings', () => {
  it('an IPv6-only peering whose IPv6 configuration has the route filter passes', () => {
    expect(ruleFindings('ERS-BGP-005', [msCircuit('v6', { ipv6PeeringConfig: V6(configured6) })])).toEqual([]);
  });
  it('an IPv6-only peering with no route filter fails', () => {
    const f = ruleFindings('ERS-BGP-005', [msCircuit('v6n', { ipv6PeeringConfig: V6(configured6, { routeFilter: false }) })]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
  });
  it('a dual-stack peering with a route filter on IPv4 only fails for its IPv6 sessions', () => {
    const f = ruleFindings('ERS-BGP-005', [msCircuit('ds', { ...V4, routeFilter: RF, microsoftPeeringConfig: configured4, ipv6PeeringConfig: V6(configured6, { routeFilter: false }) })]);
    expect(f).toHaveLength(1);
    expect(f[0].status).toBe('fail');
    expect(f[0].message).toMatch(/no route filter \(ipv6\.routeFilterId not set\)/);
  });
  it('a dual-stack peering with a route filter on both families passes', () => {
    expect(ruleFindings('ERS-BGP-005', [msCircuit('ds2', { ...V4, routeFilter: RF, microsoftPeeringConfig: configured4, ipv6PeeringConfig: V6(configured6) })])).toEqual([]);
  });
  it('an IPv4 peering without a route filter still fails', () => {
    expect(ruleFindings('ERS-BGP-005', [msCircuit('v4', { ...V4, microsoftPeeringConfig: configured4 })]).map((x) => x.status)).toEqual(['fail']);
  });
});

