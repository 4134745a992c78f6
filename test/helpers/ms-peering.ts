/**
 * Live Microsoft peerings over IPv4, IPv6 or both, for rule tests: a provider circuit with one Microsoft peering, and the
 * IPv4/IPv6 halves of its configuration (Learn, ExpressRoute routing requirements: each family its own subnets and BGP
 * sessions).
 */
import type { RawResource } from '../../src/inventory/build.js';
import { NET, liveCircuit } from './live-rows.js';

export const RF = { id: `${NET}/routeFilters/rf` };
export const V6 = (ms: Record<string, unknown> | undefined, o: { routeFilter?: boolean; state?: string } = {}) => ({
  primaryPeerAddressPrefix: '2001:db8:1::/126',
  secondaryPeerAddressPrefix: '2001:db8:1::4/126',
  state: o.state ?? 'Enabled',
  ...(o.routeFilter === false ? {} : { routeFilter: RF }),
  ...(ms ? { microsoftPeeringConfig: ms } : {}),
});
export const V4 = { primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30' };

/** A provider circuit `name` with one Microsoft peering of the given properties (peeringType, state, vlanId, peerASN set). */
export function msCircuit(name: string, props: Record<string, unknown>): RawResource {
  return liveCircuit(name, {
    peerings: [{ id: `${NET}/expressRouteCircuits/${name}/peerings/MicrosoftPeering`, name: 'MicrosoftPeering', properties: { peeringType: 'MicrosoftPeering', state: 'Enabled', vlanId: 200, peerASN: 396982, ...props } }],
  });
}

export const configured6 = { advertisedPublicPrefixes: ['2001:db8:2::/48'], advertisedPublicPrefixesState: 'Configured' };
export const validation6 = { advertisedPublicPrefixes: ['2001:db8:2::/48'], advertisedPublicPrefixesState: 'ValidationNeeded' };
export const configured4 = { advertisedPublicPrefixes: ['203.0.113.64/27'], advertisedPublicPrefixesState: 'Configured' };
export const empty4 = { advertisedPublicPrefixes: [], advertisedPublicPrefixesState: 'NotConfigured' };
