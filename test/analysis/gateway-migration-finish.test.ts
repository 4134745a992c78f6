/**
 * ERS-RED-004 on the old gateway of a gateway migration: "during the migration process, there will be two virtual network
 * gateways in operation within the same GatewaySubnet" (About migrating to an availability zone-enabled ExpressRoute
 * virtual network gateway, https://learn.microsoft.com/azure/expressroute/gateway-migration), the old one of a non-AZ SKU
 * and the new one zone-redundant. The zone-redundant gateway exists already: the fix is to finish the migration (move
 * the connections to it and delete the old gateway), which saves the old gateway's bill, not to resize the old one to
 * ErGw1AZ (+$124.83 a month, a third gateway's worth of advice). ERS-SKU-006's fix on the old gateway names the same
 * change, and the totals count it once. A new gateway that cannot carry what the old one must (ERS-SKU-006's need), or
 * whose VNet is not known, leaves the resize. Rows written by hand to the documented shape (an audit of live Resource
 * Graph rows; the GatewaySubnet in `properties.ipConfigurations[].properties.subnet.id`).
 */
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/load.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import { complianceTotals } from '../../src/reporters/cost-text.js';
import { scanSources } from '../../src/scan/run.js';
import type { SourceOutput } from '../../src/sources/types.js';
import { bundled, circuitRow, connectionRow, gatewayRow, SUB } from './helpers.js';

function scanOf(rows: Record<string, unknown>[]) {
  const source: SourceOutput = { raws: rows.map((row) => ({ row, source: { kind: 'snapshot', file: 'rows.json' } })), subscriptions: [], gaps: [], notices: [] };
  return scanSources(source, { config: emptyConfig(), now: new Date('2026-12-01T00:00:00Z'), inputs: ['rows.json'], scanCategory: 'erscan/test', estimateCosts: (inv) => estimateCosts(inv, { catalogue: bundled(), usage: { circuits: {}, gateways: {} } }) });
}
const find = (r: ReturnType<typeof scanOf>, rule: string, name?: string) => r.findings.filter((f) => f.ruleId === rule && (name === undefined || f.resourceName === name));
const subnet = (vnet: string) => ({ ipConfigurations: [{ name: 'default', properties: { subnet: { id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/${vnet}/subnets/GatewaySubnet` } } }] });
const otherCost = (r: ReturnType<typeof scanOf>, name: string) => r.cost!.otherCosts.find((o) => o.resourceName === name)!;
const circuits = () => [circuitRow('er-ams'), circuitRow('er-lon', { location: 'London' })];

describe('ERS-RED-004 on the old gateway of a migration: finish the migration, not resize it', () => {
  it('both gateways connected: the fix deletes the old one (its bill saved), citing the gateway migration page; totals count no resize', () => {
    const r = scanOf([
      ...circuits(),
      gatewayRow('gw-old', 'westeurope', 'Standard', { adminState: 'Enabled', ...subnet('vnet-hub') }),
      gatewayRow('gw-new', 'westeurope', 'ErGw1AZ', { adminState: 'Disabled', ...subnet('vnet-hub') }),
      connectionRow('c1', 'gw-old', 'er-ams'), connectionRow('c2', 'gw-old', 'er-lon'), connectionRow('c3', 'gw-new', 'er-ams'), connectionRow('c4', 'gw-new', 'er-lon'),
    ]);
    const [f] = find(r, 'ERS-RED-004', 'gw-old');
    expect(f.status).toBeUndefined();
    expect(f.message).toContain('finish the gateway migration to gw-new (ErGw1AZ, zone-redundant, in the same virtual network): move the connections to it and delete gw-old (https://learn.microsoft.com/azure/expressroute/gateway-migration)');
    const old = otherCost(r, 'gw-old').monthlyUsd!;
    expect(f).toMatchObject({ costImpactUsd: -old, costImpactChange: 'delete' });
    expect(f.message).not.toMatch(/resize/);
    expect(find(r, 'ERS-RED-004', 'gw-new')).toEqual([]);
    const high = complianceTotals(r.findings).find((t) => t.severity === 'high')!;
    expect(high.usd).toBe(-old);
  });

  it('the new gateway not connected yet: ERS-COST-005 does not delete it beside the fix that moves the connections to it', () => {
    const r = scanOf([
      ...circuits(),
      gatewayRow('gw-old', 'westeurope', 'Standard', { adminState: 'Enabled', ...subnet('vnet-hub') }),
      gatewayRow('gw-new', 'westeurope', 'ErGw1AZ', { adminState: 'Disabled', ...subnet('vnet-hub') }),
      connectionRow('c1', 'gw-old', 'er-ams'), connectionRow('c2', 'gw-old', 'er-lon'),
    ]);
    const [f] = find(r, 'ERS-RED-004', 'gw-old');
    expect(f).toMatchObject({ costImpactChange: 'delete' });
    const [idle] = find(r, 'ERS-COST-005', 'gw-new');
    expect(idle.message).toMatch(/ERS-RED-004 proposes moving the connections of gw-old to it \(gateway migration\) instead, which fixes this finding too: keep it\.$/);
    expect(idle).toMatchObject({ costImpactUsd: 0 });
    expect(otherCost(r, 'gw-new').recommendation).toBeUndefined();
    expect(r.cost!.totals.potentialSavingsUsd).toBe(0);
  });

  it('gateways of different VNets, or a new gateway too small for the circuits: the resize, as before', () => {
    const r = scanOf([
      ...circuits(),
      gatewayRow('gw-old', 'westeurope', 'Standard', subnet('vnet-hub')),
      gatewayRow('gw-other', 'westeurope', 'ErGw1AZ', subnet('vnet-spoke')),
      connectionRow('c1', 'gw-old', 'er-ams'), connectionRow('c2', 'gw-other', 'er-lon'),
    ]);
    expect(find(r, 'ERS-RED-004', 'gw-old')[0]).toMatchObject({ costImpactChange: 'resize-to-ErGw1AZ' });
    const big = scanOf([
      circuitRow('er-ams', { bandwidthMbps: 10000 }), circuitRow('er-lon', { location: 'London', bandwidthMbps: 10000 }),
      gatewayRow('gw-old', 'westeurope', 'UltraPerformance', subnet('vnet-hub')),
      gatewayRow('gw-new', 'westeurope', 'ErGw1AZ', subnet('vnet-hub')),
      connectionRow('c1', 'gw-old', 'er-ams'), connectionRow('c2', 'gw-old', 'er-lon'), connectionRow('c3', 'gw-new', 'er-ams'),
    ]);
    expect(find(big, 'ERS-RED-004', 'gw-old')[0].costImpactChange).not.toBe('delete');
  });
});
