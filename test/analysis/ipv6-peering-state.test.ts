/**
 * A peering's address families each have their own BGP sessions and their own state: the peering's `state` is the IPv4
 * side's (the Terraform provider sends `ipv4_enabled` as it), `ipv6PeeringConfig.state` the IPv6 side's (REST API:
 * `Ipv6ExpressRouteCircuitPeeringConfig.state`, Enabled | Disabled; Learn's portal steps: "Deselect the checkbox next to
 * Enable IPv4 Peering or Enable IPv6 Peering to disconnect the Border Gateway Protocol (BGP) peering",
 * evaluate-circuit-resiliency.md). A peering carries traffic where a family it has is enabled: an IPv6-only peering
 * (no IPv4 subnet) by its IPv6 state alone; one whose families are all Disabled carries nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/index.js';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { NET, liveCircuit, liveConnection, liveGateway, ruleFindings } from '../helpers/live-rows.js';
import { V4, V6, configured4, configured6, msCircuit } from '../helpers/ms-peering.js';

const carries = (raw: RawResource) => {
  const a = analyse(buildInventory([raw]).inventory).circuits()[0];
  return { microsoftPeering: a.carries.microsoftPeering, idle: a.carries.idle.value, reasons: a.carries.idle.reasons };
};
const cost003 = (raws: RawResource[]) => ruleFindings('ERS-COST-003', raws);

describe('Microsoft peering carries traffic by the state of each address family it has', () => {
  it('an IPv6-only peering whose IPv4 state is Disabled (ipv4_enabled false) but IPv6 state Enabled carries traffic: no ERS-COST-003', () => {
    const raw = () => msCircuit('v6', { state: 'Disabled', ipv6PeeringConfig: V6(configured6, { state: 'Enabled' }) });
    expect(carries(raw())).toMatchObject({ microsoftPeering: true, idle: false });
    expect(cost003([raw()])).toEqual([]);
  });

  it('a dual-stack peering with IPv4 Disabled and IPv6 Enabled carries traffic', () => {
    expect(carries(msCircuit('ds', { state: 'Disabled', ...V4, microsoftPeeringConfig: configured4, ipv6PeeringConfig: V6(configured6, { state: 'Enabled' }) }))).toMatchObject({ microsoftPeering: true, idle: false });
  });

  it('an IPv6-only peering whose IPv6 state is Disabled carries nothing, whatever its (IPv4) `state` says: ERS-COST-003 fails', () => {
    const raw = () => msCircuit('v6off', { state: 'Enabled', ipv6PeeringConfig: V6(configured6, { state: 'Disabled' }) });
    expect(carries(raw())).toMatchObject({ microsoftPeering: false, idle: true });
    expect(cost003([raw()]).map((f) => f.status)).toEqual(['fail']);
  });

  it('a dual-stack peering with both families Disabled carries nothing; with IPv4 Enabled it carries', () => {
    expect(carries(msCircuit('off', { state: 'Disabled', ...V4, microsoftPeeringConfig: configured4, ipv6PeeringConfig: V6(configured6, { state: 'Disabled' }) }))).toMatchObject({ microsoftPeering: false, idle: true });
    expect(carries(msCircuit('on4', { state: 'Enabled', ...V4, microsoftPeeringConfig: configured4, ipv6PeeringConfig: V6(configured6, { state: 'Disabled' }) }))).toMatchObject({ microsoftPeering: true, idle: false });
  });

  it('an IPv6-only live row without the IPv6 state: whether it carries traffic is not known (ERS-COST-003 undecided, naming `ipv6.state`)', () => {
    const v6 = V6(configured6) as Record<string, unknown>;
    delete v6.state;
    const raw = () => msCircuit('v6t', { state: 'Enabled', ipv6PeeringConfig: v6 });
    expect(carries(raw())).toMatchObject({ microsoftPeering: false, idle: null });
    const f = cost003([raw()]);
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0].message).toMatch(/Microsoft peering MicrosoftPeering, whose IPv6 state is not known \(`ipv6\.state`/);
  });

  it('a dual-stack peering with IPv4 Disabled and the IPv6 state not known is undecided, never "carries nothing"', () => {
    const v6 = V6(configured6) as Record<string, unknown>;
    delete v6.state;
    expect(carries(msCircuit('dst', { state: 'Disabled', ...V4, microsoftPeeringConfig: configured4, ipv6PeeringConfig: v6 }))).toMatchObject({ microsoftPeering: false, idle: null });
  });
});

describe('an Azure private peering is Disabled only where every address family it has is', () => {
  const privateDs = (name: string, v4: string, v6?: string) =>
    liveCircuit(name, {
      peerings: [{ id: `${NET}/expressRouteCircuits/${name}/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: v4, peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30', ipv6PeeringConfig: { primaryPeerAddressPrefix: '2001:db8::/126', secondaryPeerAddressPrefix: '2001:db8::4/126', ...(v6 ? { state: v6 } : {}) } } }],
    });
  it('IPv4 Disabled, IPv6 Enabled: its connection carries traffic (no ERS-COST-003), and it is a path of its gateway (ERS-RED-001 counts it)', () => {
    const rows = () => [privateDs('er-lon', 'Disabled', 'Enabled'), liveCircuit('er-ams', { state: 'Enabled' }), liveGateway(), liveConnection('c1', 'er-ams'), liveConnection('c2', 'er-lon')];
    // er-lon is in Amsterdam too (liveCircuit's default): one location either way; what matters is how it is read.
    expect(cost003(rows())).toEqual([]);
    expect(ruleFindings('ERS-RED-001', rows())[0].message).not.toMatch(/Disabled/);
  });
  it('both families Disabled: Disabled, as before', () => {
    expect(cost003([privateDs('er-lon', 'Disabled', 'Disabled'), liveGateway(), liveConnection('c', 'er-lon')]).map((f) => f.message)).toEqual([expect.stringMatching(/riding its Azure private peering AzurePrivatePeering, which is Disabled/)]);
  });
  it('IPv4 Disabled, IPv6 state not in the row: not known, so never "Disabled" (ERS-RED-001 says its state is not known)', () => {
    const rows = () => [privateDs('er-lon', 'Disabled'), liveGateway(), liveConnection('c', 'er-lon')];
    expect(cost003(rows())).toEqual([]);
    const [red] = ruleFindings('ERS-RED-001', rows());
    expect(red.message).toMatch(/whether the Azure private peering of er-lon is enabled is not known \(.*ipv6PeeringConfig\.state/);
  });
});
