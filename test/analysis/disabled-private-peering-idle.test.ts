import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/load.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import { scanSources } from '../../src/scan/run.js';
import type { SourceOutput } from '../../src/sources/types.js';
import { bundled, circuitRow, connectionRow, gatewayRow } from './helpers.js';

/**
 * A circuit whose only use is connections riding its Azure private peering, which is Disabled, carries no traffic:
 * disabling the peering disconnects its BGP sessions ("Deselect the checkbox next to Enable IPv4 Peering or Enable IPv6
 * Peering to disconnect the Border Gateway Protocol (BGP) peering", Evaluate the resiliency of multi-site redundant
 * ExpressRoute circuits, learn.microsoft.com/azure/expressroute/evaluate-circuit-resiliency). ERS-COST-003 fails it (it
 * is billed for nothing), as ERS-RED-001 and ERS-SKU-011 already count no traffic over it; the fix is to enable the
 * peering or delete the circuit, and where ERS-RED-001 proposes enabling it, the circuit is kept (src/findings/kept.ts).
 */
const NOW = new Date('2026-12-01T00:00:00Z');
function scanOf(rows: Record<string, unknown>[], usage: { circuits: Record<string, unknown>; gateways: Record<string, unknown> } = { circuits: {}, gateways: {} }) {
  const source: SourceOutput = { raws: rows.map((row) => ({ row, source: { kind: 'snapshot', file: 'rows.json' } })), subscriptions: [], gaps: [], notices: [] };
  return scanSources(source, { config: emptyConfig(), now: NOW, inputs: ['rows.json'], scanCategory: 'erscan/test', estimateCosts: (inv) => estimateCosts(inv, { catalogue: bundled(), usage: usage as never }) });
}
/** A circuit whose Azure private peering has `state` (and, when given, an IPv6 configuration whose own state is `ipv6`). */
function withPrivateState(row: Record<string, unknown>, state: string, ipv6?: string): Record<string, unknown> {
  const peerings = (row.properties as { peerings: { properties: Record<string, unknown> }[] }).peerings;
  peerings[0].properties.state = state;
  if (ipv6 !== undefined) peerings[0].properties.ipv6PeeringConfig = { primaryPeerAddressPrefix: '2001:db8::/126', secondaryPeerAddressPrefix: '2001:db8::4/126', state: ipv6 };
  return row;
}
const find = (r: ReturnType<typeof scanOf>, rule: string, name: string) => r.findings.filter((f) => f.ruleId === rule && f.resourceName === name);
const costOf = (r: ReturnType<typeof scanOf>, name: string) => r.cost!.costs.find((c) => c.resourceName === name)!;

describe('ERS-COST-003 and a connected circuit whose Azure private peering is Disabled', () => {
  it('fails it: its connection carries nothing; enable the peering or delete the circuit, and the cost view says the same', () => {
    // gw is connected to er-lon only, whose private peering is Disabled: enabling it gives gw one location, not two, so
    // ERS-RED-001 proposes a new circuit and keeps nothing.
    const r = scanOf([withPrivateState(circuitRow('er-lon', { location: 'London', region: 'uksouth' }), 'Disabled'), gatewayRow('gw', 'uksouth'), connectionRow('c', 'gw', 'er-lon', 'uksouth')]);
    const [f] = find(r, 'ERS-COST-003', 'er-lon');
    expect(f?.status ?? 'fail').toBe('fail');
    expect(f.message).toContain('Circuit er-lon has 1 connection(s) riding its Azure private peering AzurePrivatePeering, which is Disabled');
    expect(f.message).toContain('enable its Azure private peering if its connections are still needed, or delete the circuit');
    expect(f).toMatchObject({ costImpactUsd: -436, costImpactChange: 'delete' });
    const lon = costOf(r, 'er-lon');
    expect(lon.recommendation?.kind).toBe('delete-unused');
    expect(lon.recommendation?.reason).toContain('which is Disabled');
    expect(lon.recommendation?.reason).toContain('enable its Azure private peering if its connections are still needed, or delete it');
  });

  it('where ERS-RED-001 proposes enabling that peering, the circuit is kept, not deleted', () => {
    const r = scanOf([circuitRow('er-ams'), withPrivateState(circuitRow('er-lon', { location: 'London' }), 'Disabled'), gatewayRow('gw'), connectionRow('c1', 'gw', 'er-ams'), connectionRow('c2', 'gw', 'er-lon')]);
    expect(find(r, 'ERS-RED-001', 'gw')[0]).toMatchObject({ costImpactChange: 'enable-peering' });
    const [f] = find(r, 'ERS-COST-003', 'er-lon');
    expect(f.message).toMatch(/ERS-RED-001 proposes enabling its Azure private peering \(it is connected to gw\) instead, which fixes this finding too and spares a new circuit there: keep it\.$/);
    expect(f).toMatchObject({ costImpactUsd: 0, costImpactChange: 'connect' });
    expect(costOf(r, 'er-lon').recommendation?.kind).not.toBe('delete-unused');
  });

  it('an enabled Microsoft peering, or egress, still carries traffic: no finding', () => {
    const ms = withPrivateState(circuitRow('er-lon', { location: 'London', region: 'uksouth', microsoftPeering: true }), 'Disabled');
    expect(find(scanOf([ms, gatewayRow('gw', 'uksouth'), connectionRow('c', 'gw', 'er-lon', 'uksouth')]), 'ERS-COST-003', 'er-lon')).toEqual([]);
    const plain = () => [withPrivateState(circuitRow('er-lon', { location: 'London', region: 'uksouth' }), 'Disabled'), gatewayRow('gw', 'uksouth'), connectionRow('c', 'gw', 'er-lon', 'uksouth')];
    expect(find(scanOf(plain(), { circuits: { 'er-lon': { egressGbPerMonth: 100 } }, gateways: {} }), 'ERS-COST-003', 'er-lon')).toEqual([]);
  });

  it('an enabled private peering carries its connection as before: no finding', () => {
    expect(find(scanOf([circuitRow('er-lon', { location: 'London', region: 'uksouth' }), gatewayRow('gw', 'uksouth'), connectionRow('c', 'gw', 'er-lon', 'uksouth')]), 'ERS-COST-003', 'er-lon')).toEqual([]);
  });
});
