/**
 * Microsoft peering set up over IPv6 only (no IPv4 primary/secondary subnet; an `ipv6PeeringConfig` with its own
 * `microsoftPeeringConfig` and route filter), and dual-stack peerings whose IPv6 half differs from their IPv4 half, as
 * live rows carry them. Learn (ExpressRoute routing requirements, IP addresses used for Microsoft peering): "a unique
 * /29 (IPv4) or /125 (IPv6) subnet or two /30 (IPv4) or /126 (IPv6) subnets", each family its own BGP sessions.
 */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../helpers/live-rows.js';
import { RF, V6, V4, msCircuit, configured6, configured4 } from '../helpers/ms-peering.js';

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

