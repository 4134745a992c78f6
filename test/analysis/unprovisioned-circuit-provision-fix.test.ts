/**
 * ERS-RED-001's fix where a gateway's missing peering location is a circuit already connected to it that its provider
 * has not provisioned (serviceProviderProvisioningState NotProvisioned or Provisioning): "The ExpressRoute circuit must
 * be in a Provisioned state in order to configure peering" (ExpressRoute workflows for circuit provisioning and circuit
 * states, https://learn.microsoft.com/azure/expressroute/expressroute-workflows), so it carries nothing today (ERS-RED-007);
 * once the provider provisions it, it does, and it is billed from creation already (ERS-COST-001, "billing starts when
 * the circuit resource is created", plan-manage-cost). The fix is then to have the provider provision it ($0 more a
 * month), not one more circuit, and ERS-COST-001 and the cost view do not delete it beside that fix. Where that
 * circuit would not give the missing location (same location, private peering Disabled, provider deprovisioning it),
 * the fix stays one more circuit. Rows written by hand to the documented shape (an audit of live Resource Graph rows).
 */
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/load.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import { complianceTotals } from '../../src/reporters/cost-text.js';
import { scanSources } from '../../src/scan/run.js';
import type { SourceOutput } from '../../src/sources/types.js';
import { bundled, circuitRow, connectionRow, gatewayRow } from './helpers.js';

function scanOf(rows: Record<string, unknown>[]) {
  const source: SourceOutput = { raws: rows.map((row) => ({ row, source: { kind: 'snapshot', file: 'rows.json' } })), subscriptions: [], gaps: [], notices: [] };
  return scanSources(source, { config: emptyConfig(), now: new Date('2026-12-01T00:00:00Z'), inputs: ['rows.json'], scanCategory: 'erscan/test', estimateCosts: (inv) => estimateCosts(inv, { catalogue: bundled(), usage: { circuits: {}, gateways: {} } }) });
}
const find = (r: ReturnType<typeof scanOf>, rule: string, name: string) => r.findings.filter((f) => f.ruleId === rule && f.resourceName === name);
const rowsWith = (lon: Record<string, unknown>) => [circuitRow('er-ams'), lon, gatewayRow('gw'), connectionRow('c1', 'gw', 'er-ams'), connectionRow('c2', 'gw', 'er-lon')];
const disabledPeering = (row: Record<string, unknown>) => {
  const p = (row.properties as { peerings: { properties: { state: string } }[] }).peerings[0];
  p.properties.state = 'Disabled';
  return row;
};

describe('ERS-RED-001: a connected circuit the provider has not provisioned, at the missing location, is provisioned, not replaced', () => {
  for (const state of ['NotProvisioned', 'Provisioning']) {
    it(`${state}: the fix is to have the provider provision it, at no more a month; ERS-COST-001 and the cost view keep it`, () => {
      const r = scanOf(rowsWith(circuitRow('er-lon', { location: 'London', state })));
      const [red] = find(r, 'ERS-RED-001', 'gw');
      expect(red.status).toBeUndefined();
      expect(red.message).toContain(`have the provider provision er-lon (London), already connected to it (its provider provisioning state is ${state}) and billed already: no new circuit`);
      expect(red.message).not.toMatch(/one more .* circuit/);
      expect(red).toMatchObject({ costImpactUsd: 0, costImpactChange: 'provision-circuit' });
      if (state === 'NotProvisioned') {
        // ERS-COST-001 (delete it, or have it provisioned): provisioning is the way that fixes both.
        const [cost] = find(r, 'ERS-COST-001', 'er-lon');
        expect(cost.message).toMatch(/ERS-RED-001 proposes having its provider provision it \(it is connected to gw\) instead, which fixes this finding too and spares a new circuit there: keep it\.$/);
        expect(cost).toMatchObject({ costImpactUsd: 0 });
        const lon = r.cost!.costs.find((c) => c.resourceName === 'er-lon')!;
        expect(lon.recommendation).toBeNull();
        expect(lon.notes?.at(-1)).toBe('kept, not deleted: ERS-RED-001 proposes having its provider provision it (it is connected to gw); deleting it would save $436/month, but a new circuit would then be needed there');
        expect(r.cost!.totals.potentialSavingsUsd).toBe(0);
      }
      // Fixing every finding neither adds a circuit nor deletes the one the fix provisions.
      for (const t of complianceTotals(r.findings)) expect(t.usd).toBe(0);
    });
  }

  it('a circuit in the same peering location gives no second one: one more circuit, as before', () => {
    const r = scanOf(rowsWith(circuitRow('er-lon', { location: 'Amsterdam', state: 'NotProvisioned' })));
    const [red] = find(r, 'ERS-RED-001', 'gw');
    expect(red.message).toMatch(/one more 1 Gbps Standard Metered circuit in a second peering location/);
    expect(red).toMatchObject({ costImpactUsd: 436, costImpactChange: 'add-circuit' });
  });

  it('one whose private peering is Disabled too, or that the provider is deprovisioning: one more circuit, as before', () => {
    for (const lon of [disabledPeering(circuitRow('er-lon', { location: 'London', state: 'NotProvisioned' })), circuitRow('er-lon', { location: 'London', state: 'Deprovisioning' })]) {
      const r = scanOf(rowsWith(lon));
      const [red] = find(r, 'ERS-RED-001', 'gw');
      expect(red).toMatchObject({ costImpactUsd: 436, costImpactChange: 'add-circuit' });
    }
  });
});
