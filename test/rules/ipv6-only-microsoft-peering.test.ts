/**
 * Microsoft peering set up over IPv6 only (no IPv4 primary/secondary subnet; an `ipv6PeeringConfig` with its own
 * `microsoftPeeringConfig` and route filter), and dual-stack peerings whose IPv6 half differs from their IPv4 half, as
 * live rows carry them. Learn (ExpressRoute routing requirements, IP addresses used for Microsoft peering): "a unique
 * /29 (IPv4) or /125 (IPv6) subnet or two /30 (IPv4) or /126 (IPv6) subnets", each family its own BGP sessions.
 */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../helpers/live-rows.js';
import { RF, V6, V4, msCircuit, configured6, validation6, configured4, empty4 } from '../helpers/ms-peering.js';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';


describe('ERS-BGP-006 (private peer ASN) on IPv6-only and dual-stack Microsoft peerings', () => {
  it('an IPv6-only peering with a private ASN and validated IPv6 prefixes passes (no IPv4 configuration to report)', () => {
    expect(ruleFindings('ERS-BGP-006', [msCircuit('v6', { peerASN: 65010, ipv6PeeringConfig: V6(configured6) })])).toEqual([]);
  });
  it('an IPv6-only peering whose row also carries an empty IPv4 configuration (NotConfigured) passes', () => {
    expect(ruleFindings('ERS-BGP-006', [msCircuit('v6e', { peerASN: 65010, microsoftPeeringConfig: empty4, ipv6PeeringConfig: V6(configured6) })])).toEqual([]);
  });
  it('an IPv6-only peering with a private ASN whose IPv6 prefixes need validation fails, naming the IPv6 state', () => {
    const f = ruleFindings('ERS-BGP-006', [msCircuit('v6v', { peerASN: 65010, ipv6PeeringConfig: V6(validation6) })]);
    expect(f).toHaveLength(1);
    expect(f[0].status).toBe('fail');
    expect(f[0].message).toMatch(/IPv6 advertised public prefixes in state ValidationNeeded/);
  });
  it('an IPv6-only live row without the IPv6 validation state is undecided', () => {
    const f = ruleFindings('ERS-BGP-006', [msCircuit('v6t', { peerASN: 65010, ipv6PeeringConfig: V6({ advertisedPublicPrefixes: ['2001:db8:2::/48'] }) })]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
  });
  it('a dual-stack peering with a private ASN: IPv4 prefixes validated but IPv6 ones ValidationNeeded fails', () => {
    const f = ruleFindings('ERS-BGP-006', [msCircuit('ds', { peerASN: 65010, ...V4, microsoftPeeringConfig: configured4, ipv6PeeringConfig: V6(validation6) })]);
    expect(f).toHaveLength(1);
    expect(f[0].status).toBe('fail');
    expect(f[0].message).toMatch(/IPv6 advertised public prefixes in state ValidationNeeded/);
  });
  it('a dual-stack peering with a private ASN and both families validated passes', () => {
    expect(ruleFindings('ERS-BGP-006', [msCircuit('ds2', { peerASN: 65010, ...V4, microsoftPeeringConfig: configured4, ipv6PeeringConfig: V6(configured6) })])).toEqual([]);
  });
  it('an IPv4 live row without microsoftPeeringConfig stays undecided (Azure reports it for every IPv4 Microsoft peering)', () => {
    const f = ruleFindings('ERS-BGP-006', [msCircuit('v4t', { peerASN: 65010, ...V4 })]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
  });
});

describe('the other BGP rules on an IPv6-only Microsoft peering (live row, no IPv4 configuration)', () => {
  const v6only = () => [msCircuit('v6', { ipv6PeeringConfig: V6(configured6) })];
  for (const id of ['ERS-BGP-001', 'ERS-BGP-002', 'ERS-BGP-003', 'ERS-BGP-004', 'ERS-BGP-007', 'ERS-BGP-011']) {
    it(`${id} passes`, () => {
      expect(ruleFindings(id, v6only())).toEqual([]);
    });
  }
});

describe('what a live Microsoft peering row leaves not known', () => {
  const unknownOf = (raw: RawResource) => Object.keys(buildInventory([raw]).inventory.circuits[0].peerings[0].unknown ?? {});
  it('an IPv6-only peering without an IPv4 microsoftPeeringConfig leaves nothing out (no IPv4 session)', () => {
    expect(unknownOf(msCircuit('v6', { ipv6PeeringConfig: V6(configured6) }))).toEqual([]);
  });
  it('an IPv6 configuration of a Microsoft peering without its microsoftPeeringConfig leaves the IPv6 prefixes not known', () => {
    expect(unknownOf(msCircuit('v6', { ipv6PeeringConfig: V6(undefined) }))).toEqual(['ipv6.microsoftPeeringConfig']);
    expect(unknownOf(msCircuit('ds', { ...V4, microsoftPeeringConfig: configured4, ipv6PeeringConfig: V6(undefined) }))).toEqual(['ipv6.microsoftPeeringConfig']);
  });
  it('an IPv4 peering without microsoftPeeringConfig still leaves it not known', () => {
    expect(unknownOf(msCircuit('v4', { ...V4 }))).toEqual(['microsoftPeeringConfig']);
  });
  it('ERS-BGP-007 on a dual-stack row whose IPv6 configuration lacks microsoftPeeringConfig is undecided, not passed', () => {
    expect(ruleFindings('ERS-BGP-007', [msCircuit('ds', { ...V4, routeFilter: RF, microsoftPeeringConfig: configured4, ipv6PeeringConfig: V6(undefined) })]).map((x) => x.status)).toEqual(['unknown']);
  });
});

describe('ERS-BGP-004 (peering enabled) and the IPv6 sessions\' own state', () => {
  it('a dual-stack peering whose IPv6 configuration is Disabled fails, naming ipv6.state', () => {
    const f = ruleFindings('ERS-BGP-004', [msCircuit('ds', { ...V4, routeFilter: RF, microsoftPeeringConfig: configured4, ipv6PeeringConfig: V6(configured6, { state: 'Disabled' }) })]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0].message).toMatch(/ipv6\.state/);
  });
  it('an IPv6-only peering whose IPv6 configuration is Disabled fails', () => {
    expect(ruleFindings('ERS-BGP-004', [msCircuit('v6d', { ipv6PeeringConfig: V6(configured6, { state: 'Disabled' }) })]).map((x) => x.status)).toEqual(['fail']);
  });
  it('a live row whose IPv6 configuration does not carry its state is undecided, never "enabled"', () => {
    const cfg = V6(configured6) as Record<string, unknown>;
    delete cfg.state;
    const f = ruleFindings('ERS-BGP-004', [msCircuit('v6s', { ipv6PeeringConfig: cfg })]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/properties\.ipv6PeeringConfig\.state/);
  });
});
