import { describe, expect, it } from 'vitest';
import { CatalogueIndex, CIRCUIT_BANDWIDTHS_MBPS, LOCAL_BANDWIDTHS_MBPS, loadCatalogue, ZONES } from '../../src/pricing/catalogue.js';
import { estimateCosts, type EstimateOptions } from '../../src/pricing/estimate.js';
import type { CircuitCost } from '../../src/pricing/model.js';
import { circuit, circuitId, gatewayWithConnections, inventoryOf, port, type CircuitSpec } from './estate.js';

const catalogue = loadCatalogue();
const idx = new CatalogueIndex(catalogue);

/** A location (and ARM region) per zone, from research/pricing.md §3. */
const ZONE_SITE: Record<string, { peeringLocation: string; location: string }> = {
  'Zone 1': { peeringLocation: 'Amsterdam', location: 'westeurope' },
  'Zone 2': { peeringLocation: 'Tokyo', location: 'japaneast' },
  'Zone 3': { peeringLocation: 'Sao Paulo', location: 'brazilsouth' },
  'Zone 4': { peeringLocation: 'Queretaro (Mexico)', location: 'mexicocentral' },
  'US Gov': { peeringLocation: 'Chicago', location: 'usgovvirginia' },
};

function one(spec: CircuitSpec, egressGb?: number, extraRows: Record<string, unknown>[] = [], opts: Partial<EstimateOptions> = {}): CircuitCost {
  const usage = egressGb === undefined ? undefined : { circuits: { [spec.name]: { egressGbPerMonth: egressGb } }, gateways: {} };
  const s = estimateCosts(inventoryOf([circuit(spec), ...extraRows]), { catalogue, usage, ...opts });
  return s.costs.find((c) => c.resourceName === spec.name)!;
}

describe('the figures Microsoft confirms', () => {
  it('1 Gbps Standard Metered Zone 1 = $436/month, egress $0.025/GB, break-even ≈ 200 TB', () => {
    const c = one({ name: 'c', peeringLocation: 'Amsterdam', bandwidthMbps: 1000 }, 1024);
    expect(c.zone).toBe('Zone 1');
    expect(c.monthlyUsd.current).toBe(436 + 1024 * 0.025); // Microsoft's example: 1 TB = $25.60
    expect(c.egressUsd).toBe(25.6);
    expect(c.breakEvenGbPerMonth).toBe(210560); // (5,700 − 436) / 0.025; "more than 200 TB" (WAF)
    expect(c.breakEvenGbPerMonth! / 1024).toBeCloseTo(205.6, 1);
  });
});

describe('SKU values in any case (ARM compares them without case)', () => {
  it('premium / meteredData / amsterdam price as Premium MeteredData at Amsterdam', () => {
    const lower = one({ name: 'lc', tier: 'premium', family: 'meteredData', peeringLocation: 'amsterdam', bandwidthMbps: 1000 }, 1024);
    const canonical = one({ name: 'lc', tier: 'Premium', family: 'MeteredData', peeringLocation: 'Amsterdam', bandwidthMbps: 1000 }, 1024);
    expect(lower.priced).toBe('full');
    expect(lower.monthlyUsd).toEqual(canonical.monthlyUsd);
    expect(lower.billingModel).toBe('MeteredData');
  });
});

describe('every zone × tier × billing model × bandwidth', () => {
  for (const zone of ZONES)
    for (const tier of ['Standard', 'Premium'] as const)
      for (const family of ['MeteredData', 'UnlimitedData'] as const)
        it(`${tier} ${family} in ${zone}, all bandwidths`, () => {
          for (const bw of CIRCUIT_BANDWIDTHS_MBPS) {
            const c = one({ name: 'c', tier, family, bandwidthMbps: bw, ...ZONE_SITE[zone] }, 10000);
            const m = idx.circuitFee(tier, 'MeteredData', bw, zone)!.value;
            const u = idx.circuitFee(tier, 'UnlimitedData', bw, zone)!.value;
            const rate = idx.egressRate(zone)!.value;
            expect(c.zone, `${bw}`).toBe(zone);
            expect(c.monthlyUsd.metered, `${bw}`).toBeCloseTo(m + 10000 * rate, 2);
            expect(c.monthlyUsd.unlimited, `${bw}`).toBe(u);
            expect(c.monthlyUsd.current, `${bw}`).toBeCloseTo(family === 'MeteredData' ? m + 10000 * rate : u, 2);
            expect(c.breakEvenGbPerMonth, `${bw}`).toBe(Math.round((u - m) / rate));
          }
        });
  it('break-even is the same for Standard and Premium (the add-on is on both plans)', () => {
    const s = one({ name: 'c', tier: 'Standard', bandwidthMbps: 2000, peeringLocation: 'Tokyo', location: 'japaneast' });
    const p = one({ name: 'c', tier: 'Premium', bandwidthMbps: 2000, peeringLocation: 'Tokyo', location: 'japaneast' });
    expect(p.breakEvenGbPerMonth).toBe(s.breakEvenGbPerMonth);
  });
  it('marks the suspect 100 Mbps Zone 1 figure as unverified', () => {
    const c = one({ name: 'c', bandwidthMbps: 100 }, 0);
    expect(c.monthlyUsd.current).toBe(110);
    expect(c.unverified?.[0]).toMatch(/Standard Metered 100 Mbps Zone 1 fee \(\$110\): looks like a collection artefact/);
  });
});

describe('advice and one-way doors', () => {
  it('Metered above break-even → switch to Unlimited in place, saying it is one-way', () => {
    const c = one({ name: 'c' }, 300000);
    expect(c.recommendation).toMatchObject({ kind: 'switch-to-unlimited', billingModel: 'UnlimitedData', tier: 'Standard', monthlySavingsUsd: 436 + 7500 - 5700 });
    expect(c.recommendation!.reason).toMatch(/one-way/);
    expect(c.recommendation!.requiresNewCircuit).toBeUndefined();
  });
  it('Unlimited far below break-even → a new Metered circuit, never a plain switch', () => {
    const c = one({ name: 'c', family: 'UnlimitedData' }, 10000);
    expect(c.recommendation).toMatchObject({ kind: 'new-metered-circuit', billingModel: 'MeteredData', requiresNewCircuit: true, monthlySavingsUsd: 5700 - 436 - 250 });
    expect(c.recommendation!.reason).toMatch(/does not support changing Unlimited → Metered: a new Metered circuit would be needed/);
  });
  it('a new Metered circuit for a Standard circuit whose Premium need is undecided says which tier to order if it turns out needed', () => {
    const c = one({ name: 'c', family: 'UnlimitedData' }, 10000, gatewayWithConnections('gw', 'marscentral', 'ErGw1AZ', ['c']));
    expect(c.recommendation).toMatchObject({ kind: 'new-metered-circuit', tier: 'Standard', requiresNewCircuit: true });
    expect(c.recommendation!.reason).toMatch(/Whether it needs Premium is undecided \(.*marscentral.*\): if it does, order the new circuit as Premium Metered, \$[\d,.]+\/month$/);
    // Decided: no such sentence.
    expect(one({ name: 'c', family: 'UnlimitedData' }, 10000, gatewayWithConnections('gw', 'westeurope', 'ErGw1AZ', ['c'])).recommendation!.reason).not.toMatch(/Whether it needs Premium/);
  });
  it('the advice of one change saves what fixCosts (and the finding that reads it) says that change does, to the cent', () => {
    // 13,837 GB × $0.025 = $345.925: a half cent, which `current − cost` and `cost − current` round apart ($10,182.08 against -$10,182.07).
    const c = one({ name: 'c', family: 'UnlimitedData', bandwidthMbps: 2000, peeringLocation: 'Washington DC', location: 'eastus' }, 13837);
    expect(c.monthlyUsd.metered).toBe(1217.93);
    expect(c.fixCosts!['new-metered-circuit']).toBe(-10182.07);
    expect(c.recommendation).toMatchObject({ changes: ['new-metered-circuit'], monthlySavingsUsd: 10182.07 });
    expect(c.recommendation!.reason).toContain('Standard Metered would cost $1,217.93/month against $11,400 now');
  });
  it('Unlimited a little below break-even → no advice, a note with the would-be saving', () => {
    const c = one({ name: 'c', family: 'UnlimitedData' }, 150000);
    expect(c.recommendation).toBeNull();
    expect(c.notes!.join('\n')).toMatch(/not supported in place; a new Metered circuit would save \$1,514\/month, too little/);
  });
  it('never advises a bandwidth downgrade', () => {
    for (const family of ['MeteredData', 'UnlimitedData']) {
      const c = one({ name: 'c', family, bandwidthMbps: 10000 }, 1);
      expect(c.recommendation?.bandwidthMbps ?? 10000).toBeGreaterThanOrEqual(10000);
    }
  });
  it('Metered below break-even → keep', () => {
    expect(one({ name: 'c' }, 1000).recommendation).toBeNull();
  });
  it('missing usage: egress 0, source none, no billing-model advice, a note', () => {
    // Connected (a circuit that carries nothing is advised for deletion, as ERS-COST-003 says).
    const gw = gatewayWithConnections('gw', 'northeurope', 'ErGw1AZ', ['c']);
    const c = one({ name: 'c' }, undefined, gw);
    expect(c.egressSource).toBe('none');
    expect(c.egressGbPerMonth).toBe(0);
    expect(c.monthlyUsd.current).toBe(436);
    expect(c.recommendation).toBeNull();
    expect(c.notes!.join('\n')).toMatch(/no egress declared or measured: the metered figure has no egress charge; Unlimited pays off above 210,560 GB/);
    expect(one({ name: 'c', family: 'UnlimitedData' }, undefined, gw).recommendation).toBeNull();
  });
  it('a provisioned circuit that carries nothing: the advice is to delete it, as ERS-COST-003 says, never a cheaper plan', () => {
    for (const [family, egress] of [['MeteredData', undefined], ['UnlimitedData', 0]] as const) {
      const c = one({ name: 'c', family }, egress);
      expect(c.waste).toBe(true);
      expect(c.recommendation).toMatchObject({ kind: 'delete-unused', changes: ['delete-unused'], monthlySavingsUsd: c.monthlyUsd.current });
      expect(c.recommendation!.reason).toMatch(/carries nothing/);
    }
  });
  it('a never-provisioned circuit carries no traffic: egress a usage file gives it is not priced, and a notice says so', () => {
    const rows = [circuit({ name: 'c', state: 'NotProvisioned' })];
    const s = estimateCosts(inventoryOf(rows), { catalogue, usage: { circuits: { c: { egressGbPerMonth: 300_000 } }, gateways: {} } });
    expect(s.costs[0].monthlyUsd.current).toBe(436);
    expect(s.costs[0].recommendation).toMatchObject({ kind: 'delete-unprovisioned', monthlySavingsUsd: 436 });
    expect((s.notices ?? []).join('\n')).toMatch(/c: the usage file gives it 300,000 GB\/month of traffic, but its provider status is NotProvisioned/);
  });
  it('Global Reach enabled without a link still carries the add-on ("for enabling this feature"), as ERS-COST-004 says: priced in part while the add-on has no price', () => {
    const row = circuit({ name: 'c' });
    (row.properties as Record<string, unknown>).globalReachEnabled = true;
    const c = estimateCosts(inventoryOf([row]), { catalogue, usage: { circuits: { c: { egressGbPerMonth: 1000 } }, gateways: {} } }).costs[0];
    expect(c.priced).toBe('partial');
    expect(c.missing).toEqual(['Global Reach add-on']);
  });
  it('a never-provisioned circuit is billed for nothing until provisioned, and the advice says so without calling it waste (it may be days old)', () => {
    for (const state of ['NotProvisioned', 'Deprovisioned']) {
      const c = one({ name: 'c', state }, 0);
      expect(c.waste).toBe(true);
      expect(c.recommendation).toMatchObject({ kind: 'delete-unprovisioned', monthlySavingsUsd: 436 });
      expect(c.recommendation!.reason).toMatch(/carries nothing until the provider provisions it/);
      expect(c.recommendation!.reason).not.toMatch(/waste/);
    }
  });
});

describe('Premium add-on', () => {
  it('questioned when every gateway is in the same geopolitical region', () => {
    const c = one({ name: 'c', tier: 'Premium', bandwidthMbps: 1000 }, 1000, gatewayWithConnections('gw', 'northeurope', 'ErGw1AZ', ['c']));
    expect(c.premiumNeeded).toBe(false);
    expect(c.recommendation).toMatchObject({ kind: 'remove-premium', tier: 'Standard', billingModel: 'MeteredData', monthlySavingsUsd: 750 });
    expect(c.recommendation!.reason).toMatch(/route count/);
  });
  it('kept when a gateway is in another geopolitical region', () => {
    const c = one({ name: 'c', tier: 'Premium' }, 1000, gatewayWithConnections('gw', 'eastus', 'ErGw1AZ', ['c']));
    expect(c.premiumNeeded).toBe(true);
    expect(c.premiumReasons![0]).toMatch(/connected to gateway\(s\) gw \(eastus\) outside Europe/);
    expect(c.recommendation).toBeNull();
  });
  it('undecided (kept) with Microsoft peering, unknown regions or cross-region Global Reach', () => {
    expect(one({ name: 'c', tier: 'Premium', microsoftPeering: true }, 1000).premiumNeeded).toBeNull();
    expect(one({ name: 'c', tier: 'Premium' }, 1000, gatewayWithConnections('gw', 'atlantis', 'ErGw1AZ', ['c'])).premiumNeeded).toBeNull();
    const cross = one({ name: 'c', tier: 'Premium', globalReachTo: 'tokyo' }, 1000, [circuit({ name: 'tokyo', peeringLocation: 'Tokyo', location: 'japaneast' })]);
    expect(cross.premiumNeeded).toBe(true);
  });
  it('undecided (kept, no advice) with Global Reach the other circuit initiated, to a circuit outside the inputs or in another geopolitical region', () => {
    const peered = (to: string) => {
      const row = circuit({ name: 'c', tier: 'Premium' });
      const pp = ((row.properties as { peerings: { properties: Record<string, unknown> }[] }).peerings[0]).properties;
      pp.peeredConnections = [{ name: 'gr', id: `${circuitId('c')}/peerings/AzurePrivatePeering/peerConnections/gr`, properties: { peerExpressRouteCircuitPeering: { id: `${circuitId(to)}/peerings/AzurePrivatePeering` }, circuitConnectionStatus: 'Connected' } }];
      return row;
    };
    const gw = gatewayWithConnections('gw', 'northeurope', 'ErGw1AZ', ['c']);
    const outside = estimateCosts(inventoryOf([peered('far'), ...gw]), { catalogue }).costs.find((x) => x.resourceName === 'c')!;
    expect(outside.premiumNeeded).toBeNull();
    expect(outside.recommendation).toBeNull();
    const tokyo = estimateCosts(inventoryOf([peered('tokyo'), circuit({ name: 'tokyo', tier: 'Premium', peeringLocation: 'Tokyo', location: 'japaneast' }), ...gw]), { catalogue }).costs.find((x) => x.resourceName === 'c')!;
    expect(tokyo.premiumNeeded).toBe(true);
    expect(tokyo.recommendation).toBeNull();
  });
  it('more than 10 VNet links need Premium', () => {
    const rows = Array.from({ length: 11 }, (_, i) => gatewayWithConnections(`gw${i}`, 'westeurope', 'ErGw1AZ', ['c'])).flat();
    expect(one({ name: 'c', tier: 'Premium' }, 1000, rows).premiumNeeded).toBe(true);
  });
});

describe('a live Direct port row without its peering location, bandwidth or billing type', () => {
  it('says those fields are not in the input, never "(none)"', () => {
    const row = port('p-bare');
    const props = row.properties as Record<string, unknown>;
    delete props.peeringLocation;
    delete props.bandwidthInGbps;
    delete props.billingType;
    const o = estimateCosts(inventoryOf([row]), { catalogue }).otherCosts.find((x) => x.resourceName === 'p-bare')!;
    expect(o.monthlyUsd).toBeNull();
    expect(o.notes!.join(' | ')).not.toMatch(/\(none\)|unknown\) or billing type/);
    expect(o.notes!.join(' | ')).toMatch(/`peeringLocation`: the input row does not carry `properties.peeringLocation`/);
    expect(o.notes!.join(' | ')).toMatch(/`bandwidthGbps`: the input row does not carry `properties.bandwidthInGbps`.*: not priced/);
  });

  it('names a billing type it cannot price, and only what is wrong', () => {
    const row = port('p-odd');
    (row.properties as Record<string, unknown>).billingType = 'Hourly';
    const o = estimateCosts(inventoryOf([row]), { catalogue }).otherCosts.find((x) => x.resourceName === 'p-odd')!;
    expect(o.monthlyUsd).toBeNull();
    expect(o.notes).toContain('billing type "Hourly" (expected MeteredData or UnlimitedData): not priced');
  });
});

describe('ExpressRoute Local', () => {
  it('prices Local circuits and includes egress', () => {
    for (const zone of ['Zone 1', 'Zone 2', 'Zone 3', 'US Gov'] as const)
      for (const bw of LOCAL_BANDWIDTHS_MBPS) {
        const c = one({ name: 'c', tier: 'Local', family: 'UnlimitedData', bandwidthMbps: bw, ...ZONE_SITE[zone] }, 999999);
        expect(c.monthlyUsd.current, `${zone} ${bw}`).toBe(idx.circuitFee('Local', 'UnlimitedData', bw, zone)!.value);
        expect(c.monthlyUsd.local).toBe(c.monthlyUsd.current);
        expect(c.egressUsd).toBe(0);
      }
  });
  it('offers Local when every gateway is in the local region, rounding up to 1 Gbps', () => {
    const c = one({ name: 'c', bandwidthMbps: 500, peeringLocation: 'Sao Paulo', location: 'brazilsouth' }, 40000, gatewayWithConnections('gw', 'brazilsouth', 'ErGw1AZ', ['c']));
    expect(c.monthlyUsd.local).toBe(2000);
    expect(c.recommendation).toMatchObject({ kind: 'move-to-local', tier: 'Local', bandwidthMbps: 1000, monthlySavingsUsd: 3890 }); // 290 + 40,000 × 0.14 − 2,000
  });
  it('moving to Local is a new circuit: Azure changes a SKU in place only Standard → Premium, Premium → Standard and Local → Standard/Premium', () => {
    // Standard Metered at Sao Paulo, 60,000 GB: Local ($2,000) is cheapest, Standard Unlimited ($8,700) is in place.
    const c = one({ name: 'c', bandwidthMbps: 1000, peeringLocation: 'Sao Paulo', location: 'brazilsouth' }, 60000, gatewayWithConnections('gw', 'brazilsouth', 'ErGw1AZ', ['c']));
    expect(c.recommendation).toMatchObject({ kind: 'move-to-local', tier: 'Local', requiresNewCircuit: true });
    expect(c.recommendation!.reason).toMatch(/Azure does not change a Standard circuit to Local in place: a new Local circuit would be needed/);
    // The in-place alternative stays in the notes, not marked as a new circuit.
    expect(c.notes).toContain('also possible: Standard Unlimited at $8,700/month (saves $136)');
  });
  it('no Local when a gateway is outside the metro, at ✗ locations or in Zone 4', () => {
    expect(one({ name: 'c' }, 1000, gatewayWithConnections('gw', 'northeurope', 'ErGw1AZ', ['c'])).monthlyUsd.local).toBeNull();
    expect(one({ name: 'c', peeringLocation: 'Dallas', location: 'southcentralus' }, 1000, gatewayWithConnections('gw', 'southcentralus', 'ErGw1AZ', ['c'])).monthlyUsd.local).toBeNull();
    const qro = one({ name: 'c', ...ZONE_SITE['Zone 4'] }, 1000, gatewayWithConnections('gw', 'mexicocentral', 'ErGw1AZ', ['c']));
    expect(qro.monthlyUsd.local).toBeNull();
    // Queretaro has a Local region (Mexico Central), the bundled catalogue no Zone 4 Local price: said, not dropped.
    expect(qro.notes).toContain('no Local price for 1 Gbps in Zone 4 in the catalogue: Local at Queretaro (Mexico) is not priced as an alternative (it would do: all 1 connected gateway(s) are in Mexico Central, the Local region(s) of Queretaro (Mexico))');
  });
  it('a Local price missing from the catalogue is said where Local would do, and the advice says it did not weigh it', () => {
    const noLocal = { ...catalogue, circuits: catalogue.circuits.filter((f) => f.tier !== 'Local') };
    const c = one({ name: 'c', bandwidthMbps: 500, peeringLocation: 'Sao Paulo', location: 'brazilsouth' }, 40000, gatewayWithConnections('gw', 'brazilsouth', 'ErGw1AZ', ['c']), { catalogue: noLocal });
    expect(c.monthlyUsd.local).toBeNull();
    expect(c.notes).toContain('no Local price for 1 Gbps in Zone 3 in the catalogue: Local at Sao Paulo is not priced as an alternative (it would do: all 1 connected gateway(s) are in Brazil South, the Local region(s) of Sao Paulo)');
    expect(c.recommendation).toMatchObject({ kind: 'switch-to-unlimited', monthlySavingsUsd: 690 });
    expect(c.recommendation!.reason).toMatch(/\. Local 1 Gbps is not weighed: the catalogue has no price for it in Zone 3$/);
    // A Local circuit whose own fee is missing says why it is not priced (the cost table lists only notes that say so).
    const own = one({ name: 'l', tier: 'Local', family: 'UnlimitedData', bandwidthMbps: 1000, peeringLocation: 'Sao Paulo', location: 'brazilsouth' }, 0, [], { catalogue: noLocal });
    expect(own.monthlyUsd.current).toBeNull();
    expect(own.notes).toContain('no Local price for 1 Gbps in Zone 3 in the catalogue: not priced');
  });
  it('without gateways in the inventory: Local price only in a note', () => {
    const c = one({ name: 'c' }, 1000);
    expect(c.monthlyUsd.local).toBeNull();
    expect(c.notes!.join('\n')).toMatch(/Local at Amsterdam \(1 Gbps\) would cost \$1,200\/month, but whether Local would do is undecided: no connected gateway/);
  });
});

describe('unknown locations', () => {
  it('is reported, never guessed', () => {
    const s = estimateCosts(inventoryOf([circuit({ name: 'lagos', peeringLocation: 'Lagos' })]), { catalogue });
    const c = s.costs[0];
    expect(c.zone).toBeNull();
    expect(c.monthlyUsd).toEqual({ current: null, metered: null, unlimited: null, local: null });
    expect(c.notes!.join('\n')).toMatch(/"Lagos" is not in erscan's zone map: not priced \(no zone is guessed\)/);
    expect(s.notices).toContain('lagos: unknown peering location "Lagos" (not priced)');
    expect(s.totals).toMatchObject({ monthlyUsd: 0, unpriced: 1 });
  });
  it('a location Microsoft no longer lists (Bogota) is unknown: its zone on an older page is not used', () => {
    const s = estimateCosts(inventoryOf([circuit({ name: 'bog', peeringLocation: 'Bogota' })]), { catalogue });
    const c = s.costs[0];
    expect(c.zone).toBeNull();
    expect(c.monthlyUsd).toEqual({ current: null, metered: null, unlimited: null, local: null });
    const notes = c.notes!.join('\n');
    expect(notes).toMatch(/"Bogota" is not in erscan's zone map: an older version of Microsoft's peering locations page \(ms\.date 08\/28\/2023\) listed it, the current one \(04\/28\/2026\) does not; the old page's zone is not used: not priced \(no zone is guessed\)/);
    expect(s.notices).toContain('bog: unknown peering location "Bogota" (not priced)');
  });
  it('a commercial-only location in a US Gov region is not priced as Zone 1', () => {
    const c = one({ name: 'c', peeringLocation: 'Amsterdam', location: 'usgovvirginia' });
    expect(c.zone).toBeNull();
    expect(c.notes!.join('\n')).toMatch(/US Government cloud/);
  });
  it('China is a separate cloud priced in CNY', () => {
    expect(one({ name: 'c', peeringLocation: 'Shanghai', location: 'chinaeast2' }).notes!.join('\n')).toMatch(/China cloud/);
  });
});

describe('ExpressRoute Direct', () => {
  it('Standard circuits are included in the port; egress per circuit; the port is an other cost', () => {
    const rows = [port('p1', { billingType: 'MeteredData' }), circuit({ name: 'd1', port: 'p1', bandwidthGbps: 5 }), circuit({ name: 'd2', port: 'p1', bandwidthGbps: 5, tier: 'Premium' })];
    const s = estimateCosts(inventoryOf(rows), { catalogue, usage: { circuits: { d1: { egressGbPerMonth: 1000 }, d2: { egressGbPerMonth: 3000 } }, gateways: {} } });
    const d1 = s.costs.find((c) => c.resourceName === 'd1')!;
    expect(d1).toMatchObject({ isDirect: true, zone: 'Zone 1', egressUsd: 25 });
    expect(d1.monthlyUsd.current).toBe(25);
    expect(d1.monthlyUsd.metered).toBeNull();
    const d2 = s.costs.find((c) => c.resourceName === 'd2')!;
    expect(d2.notes!.join('\n')).toMatch(/Premium add-on on Direct not priced/);
    const p = s.otherCosts.find((o) => o.resourceName === 'p1')!;
    expect(p.monthlyUsd).toBeNull();
    expect(p.egressGbPerMonth).toBe(4000);
    expect(p.notes!.join('\n')).toMatch(/port pair not priced: ExpressRoute Direct port-pair fees were not found/);
  });
  it('an Unlimited Direct circuit: its note does not say egress is billed (its figure has none)', () => {
    // examples/estate: er-direct-ams-01 and -02 (UnlimitedData on an Unlimited port pair, 400,000 GB/month declared for
    // -01) were priced with no egress, beside a note that "egress is billed per circuit at the zone rate".
    const rows = [port('p1', { billingType: 'UnlimitedData' }), circuit({ name: 'du', port: 'p1', bandwidthGbps: 5, family: 'UnlimitedData' })];
    const s = estimateCosts(inventoryOf(rows), { catalogue, usage: { circuits: { du: { egressGbPerMonth: 400000 } }, gateways: {} } });
    const du = s.costs.find((c) => c.resourceName === 'du')!;
    expect(du).toMatchObject({ billingModel: 'UnlimitedData', egressUsd: 0 });
    const notes = du.notes!.join('\n');
    expect(du.notes).toContain(
      'ExpressRoute Direct circuit: the port pair carries the fee (see the port); Standard circuits are included, Premium is an add-on, egress is billed per circuit at the zone rate on Metered circuits (this one is Unlimited: no egress charge)',
    );
    expect(notes).not.toMatch(/egress is billed per circuit at the zone rate(?! on Metered)/);
  });
  it('a Local circuit on a Metered port pays no egress: Local is always billed Unlimited, egress included', () => {
    const rows = [port('p1', { billingType: 'MeteredData' }), circuit({ name: 'dl', port: 'p1', bandwidthGbps: 10, tier: 'Local', family: 'UnlimitedData' }), circuit({ name: 'ds', port: 'p1', bandwidthGbps: 5 })];
    const s = estimateCosts(inventoryOf(rows), { catalogue, usage: { circuits: { dl: { egressGbPerMonth: 1000 }, ds: { egressGbPerMonth: 1000 } }, gateways: {} } });
    const dl = s.costs.find((c) => c.resourceName === 'dl')!;
    expect(dl).toMatchObject({ tier: 'Local', billingModel: 'UnlimitedData', egressUsd: 0 });
    expect(dl.monthlyUsd.current).toBe(0);
    // The Standard circuit beside it is billed as its port bills.
    expect(s.costs.find((c) => c.resourceName === 'ds')).toMatchObject({ billingModel: 'MeteredData', egressUsd: 25 });
  });
  it('prices ports and their break-even when the catalogue has port fees', () => {
    const cat = structuredClone(catalogue);
    cat.directPorts = [
      { portBandwidthGbps: 10, billingType: 'MeteredData', monthlyUsd: 5000, source: 'none' },
      { portBandwidthGbps: 10, billingType: 'UnlimitedData', monthlyUsd: 9000, source: 'none' },
    ];
    const s = estimateCosts(inventoryOf([port('p1'), circuit({ name: 'd1', port: 'p1' })]), { catalogue: cat });
    const p = s.otherCosts[0];
    expect(p.monthlyUsd).toBe(5000);
    expect(p.breakEvenGbPerMonth).toBe(160000);
    expect(s.totals.monthlyUsd).toBe(5000);
  });
  it("the port-level break-even counts the egress the port's billing type prices: not a Local circuit's (egress included)", () => {
    const cat = structuredClone(catalogue);
    cat.directPorts = [
      { portBandwidthGbps: 10, billingType: 'MeteredData', monthlyUsd: 5000, source: 'none' },
      { portBandwidthGbps: 10, billingType: 'UnlimitedData', monthlyUsd: 9000, source: 'none' },
    ];
    const rows = [port('p1'), circuit({ name: 'd1', port: 'p1' }), circuit({ name: 'dl', port: 'p1', tier: 'Local', family: 'UnlimitedData' })];
    const s = estimateCosts(inventoryOf(rows), { catalogue: cat, usage: { circuits: { d1: { egressGbPerMonth: 1000 }, dl: { egressGbPerMonth: 500000 } }, gateways: {} } });
    const p = s.otherCosts.find((o) => o.resourceName === 'p1')!;
    expect(p.egressGbPerMonth).toBe(1000);
    expect(p.notes!.join('\n')).toMatch(/port-level break-even: 160,000 GB\/month of circuit egress \(1,000 GB declared or measured/);
  });
  it('an empty port pair is flagged as billed', () => {
    const s = estimateCosts(inventoryOf([port('p0')]), { catalogue });
    expect(s.otherCosts[0].notes!.join('\n')).toMatch(/no circuit uses this port pair, but it is billed/);
  });
  it('a port whose links are all disabled says so, whatever the case of adminState (ARM compares enum values without case)', () => {
    for (const state of ['Disabled', 'disabled', 'DISABLED']) {
      const row = port('p0');
      (row.properties as Record<string, unknown>).links = ['link1', 'link2'].map((name) => ({ name, properties: { adminState: state } }));
      expect(estimateCosts(inventoryOf([row]), { catalogue }).otherCosts[0].notes, state).toContain('all links are disabled: billing still starts 45 days after the port was created');
    }
  });
});

describe('Global Reach', () => {
  it('adds out (source zone) and in (destination zone) per GB on both plans, marked unverified', () => {
    const rows = [circuit({ name: 'a', globalReachTo: 'b' }), circuit({ name: 'b', peeringLocation: 'London', location: 'uksouth' })];
    const s = estimateCosts(inventoryOf(rows), { catalogue, usage: { circuits: { a: { egressGbPerMonth: 0, globalReachGbPerMonth: 10000 } }, gateways: {} } });
    const a = s.costs.find((c) => c.resourceName === 'a')!;
    expect(a.globalReachUsd).toBe(400);
    expect(a.monthlyUsd.metered).toBe(436 + 400);
    expect(a.monthlyUsd.unlimited).toBe(5700 + 400);
    expect(a.unverified!.join('\n')).toMatch(/Global Reach outbound per GB in Zone 1 \(\$0.02\): third-party/);
    expect(a.notes!.join('\n')).toMatch(/Global Reach add-on not priced/);
  });
  it('reports the inbound charge as unpriced when the destination zone has no figure', () => {
    const rows = [circuit({ name: 'a', globalReachTo: 'b' }), circuit({ name: 'b', peeringLocation: 'Tokyo', location: 'japaneast' })];
    const a = estimateCosts(inventoryOf(rows), { catalogue, usage: { circuits: { a: { globalReachGbPerMonth: 1000 } }, gateways: {} } }).costs.find((c) => c.resourceName === 'a')!;
    expect(a.globalReachUsd).toBe(20);
    expect(a.notes!.join('\n')).toMatch(/inbound charge at the destination not priced: no per-GB figure for Zone 2/);
  });
  it('prices the inbound charge only when every link has a known destination, all in one zone (the split between links is not known)', () => {
    const usage = { circuits: { a: { egressGbPerMonth: 0, globalReachGbPerMonth: 10000 } }, gateways: {} };
    const gr = (rows: Record<string, unknown>[]) => estimateCosts(inventoryOf(rows), { catalogue, usage }).costs.find((c) => c.resourceName === 'a')!;
    // a → b (London, Zone 1) and c → a, c in Tokyo (Zone 2): where the traffic enters is Zone 1 or Zone 2.
    const twoZones = gr([circuit({ name: 'a', globalReachTo: 'b' }), circuit({ name: 'b', peeringLocation: 'London', location: 'uksouth' }), circuit({ name: 'c', peeringLocation: 'Tokyo', location: 'japaneast', globalReachTo: 'a' })]);
    expect(twoZones.notes!.join('\n')).toMatch(/inbound charge at the destination not priced: the destinations are in Zone 1 and Zone 2, and how the traffic splits between them is not known/);
    expect(twoZones.missing).toContainEqual(expect.stringMatching(/inbound charge/));
    expect(twoZones.globalReachUsd).toBe(200); // the outbound charge alone (Zone 1, $0.02/GB)
    // b → a (London) and c → a, c in London too: one zone, priced.
    const oneZone = gr([circuit({ name: 'a' }), circuit({ name: 'b', peeringLocation: 'London', location: 'uksouth', globalReachTo: 'a' }), circuit({ name: 'c', peeringLocation: 'London', location: 'uksouth', globalReachTo: 'a' })]);
    expect(oneZone.globalReachUsd).toBe(400);
    expect(oneZone.missing ?? []).not.toContainEqual(expect.stringMatching(/inbound charge/));
  });
  it('prices the destination of a link the other circuit declared (Azure shows it on this one as a peered connection)', () => {
    // b declares the link; the traffic is a's: out at Zone 1 (a), in at Zone 1 (b), never "destination unknown".
    const rows = [circuit({ name: 'a' }), circuit({ name: 'b', peeringLocation: 'London', location: 'uksouth', globalReachTo: 'a' })];
    const a = estimateCosts(inventoryOf(rows), { catalogue, usage: { circuits: { a: { egressGbPerMonth: 0, globalReachGbPerMonth: 10000 } }, gateways: {} } }).costs.find((c) => c.resourceName === 'a')!;
    expect(a.notes!.join('\n')).not.toMatch(/destination circuit or its zone is unknown/);
    expect(a.globalReachUsd).toBe(400);
    expect(a.missing ?? []).not.toContainEqual(expect.stringMatching(/inbound charge/));
  });
});

describe('a circuit without peerings carries nothing (ERS-COST-002): no billing-model advice from its declared egress', () => {
  const bare = (spec: CircuitSpec) => {
    const row = circuit(spec);
    (row.properties as Record<string, unknown>).peerings = [];
    return row;
  };
  it('Metered above the break-even: no one-way switch to Unlimited, and the note says why', () => {
    const s = estimateCosts(inventoryOf([bare({ name: 'm' })]), { catalogue, usage: { circuits: { m: { egressGbPerMonth: 300000 } }, gateways: {} } });
    const m = s.costs.find((c) => c.resourceName === 'm')!;
    expect(m.recommendation?.changes ?? []).not.toContain('switch-to-unlimited');
    expect(m.fixCosts?.['switch-to-unlimited']).toBeUndefined();
    expect(m.notes).toContainEqual(expect.stringMatching(/no peering, so it carries nothing now \(ERS-COST-002\): .*not weighed/));
  });
  it('a circuit the provider has not provisioned: the note does not cite ERS-COST-002, which judges provisioned circuits only', () => {
    const s = estimateCosts(inventoryOf([bare({ name: 'n', state: 'NotProvisioned' })]), { catalogue, usage: { circuits: { n: { egressGbPerMonth: 300000 } }, gateways: {} } });
    const n = s.costs.find((c) => c.resourceName === 'n')!;
    expect(n.notes).toContainEqual(expect.stringMatching(/no peering, so it carries nothing now: .*not weighed/));
    expect(n.notes!.join('\n')).not.toMatch(/ERS-COST-002/);
  });
  it('Unlimited far below the break-even: no new Metered circuit', () => {
    const s = estimateCosts(inventoryOf([bare({ name: 'u', family: 'UnlimitedData' })]), { catalogue, usage: { circuits: { u: { egressGbPerMonth: 10 } }, gateways: {} } });
    const u = s.costs.find((c) => c.resourceName === 'u')!;
    expect(u.recommendation?.changes ?? []).not.toContain('new-metered-circuit');
  });
  it('with a peering, the same egress is weighed', () => {
    const s = estimateCosts(inventoryOf([circuit({ name: 'p' })]), { catalogue, usage: { circuits: { p: { egressGbPerMonth: 300000 } }, gateways: {} } });
    expect(s.costs[0].recommendation?.changes).toContain('switch-to-unlimited');
  });
});

describe('usage and metrics', () => {
  const key = circuitId('c').toLowerCase();
  it('the usage file wins unless the user asks for metrics', () => {
    const usage = { circuits: { c: { egressGbPerMonth: 100 } }, gateways: {} };
    const metrics = { [key]: { egressGbPerMonth: 200, days: 30, metric: 'BitsOutPerSecond' } };
    expect(one({ name: 'c' }, undefined, [], { usage, metrics })).toMatchObject({ egressSource: 'usage', egressGbPerMonth: 100 });
    expect(one({ name: 'c' }, undefined, [], { usage, metrics, preferMetrics: true })).toMatchObject({ egressSource: 'metrics', egressGbPerMonth: 200, egressMetric: { days: 30, metric: 'BitsOutPerSecond' } });
    expect(one({ name: 'c' }, undefined, [], { metrics })).toMatchObject({ egressSource: 'metrics', egressGbPerMonth: 200 });
  });
  it('matches ARM ids case-insensitively and reports keys that match nothing or several', () => {
    const rows = [circuit({ name: 'c' }), circuit({ name: 'dup', subscriptionId: '00000000-0000-0000-0000-0000000000a2' }), circuit({ name: 'dup' })];
    const s = estimateCosts(inventoryOf(rows), { catalogue, usage: { file: 'u.json', circuits: { [circuitId('c').toUpperCase()]: { egressGbPerMonth: 5 }, dup: { egressGbPerMonth: 1 }, ghost: { egressGbPerMonth: 1 } }, gateways: {} } });
    expect(s.costs.find((c) => c.resourceName === 'c')).toMatchObject({ egressSource: 'usage', egressGbPerMonth: 5 });
    expect(s.notices).toContain('usage file u.json: 2 circuits are named "dup"; use the ARM id as the key (usage not applied)');
    expect(s.notices).toContain('usage file u.json: no circuit is named "ghost"; its usage is ignored');
  });
});

describe('gateways and totals', () => {
  it('prices gateways by SKU and region, marking prices borrowed from another region', () => {
    const s = estimateCosts(inventoryOf([circuit({ name: 'c' }), ...gatewayWithConnections('gw', 'brazilsouth', 'ErGw1AZ', ['c']), ...gatewayWithConnections('gw2', 'westeurope', 'ErGw3AZ', ['c'])]), { catalogue });
    const gw = s.otherCosts.find((o) => o.resourceName === 'gw')!;
    expect(gw.monthlyUsd).toBe(263.53);
    expect(gw.unverified).toBeUndefined();
    const gw2 = s.otherCosts.find((o) => o.resourceName === 'gw2')!;
    expect(gw2.monthlyUsd).toBe(1570.23);
    expect(gw2.unverified![0]).toMatch(/observed in brazilsouth, applied to westeurope/);
    // As a vWAN gateway's borrowed price, the cost line's notes say so too (not only the unverified list).
    expect(gw2.notes).toContain('no gateway price for westeurope: the brazilsouth price is used (region prices differ; run erscan prices refresh)');
    expect(gw.notes!.join('\n')).not.toMatch(/price is used/);
    expect(s.totals.monthlyUsd).toBe(436 + 263.53 + 1570.23);
  });
  it('does not price a gateway in an Azure China region with public Azure USD figures (as its circuits are not)', () => {
    const s = estimateCosts(inventoryOf([...gatewayWithConnections('gwcn', 'chinaeast2', 'HighPerformance', []), ...gatewayWithConnections('gwscale', 'chinanorth3', 'ErGwScale', [])]), { catalogue });
    for (const name of ['gwcn', 'gwscale']) {
      const gw = s.otherCosts.find((o) => o.resourceName === name)!;
      expect(gw).toMatchObject({ monthlyUsd: null, priced: 'none' });
      expect(gw.notes!.join('\n')).toMatch(/Azure China cloud, which is priced separately in CNY/);
      expect(gw.unverified).toBeUndefined();
    }
    expect(s.totals).toMatchObject({ monthlyUsd: 0, unpriced: 2, atLeast: true });
  });
  it('ErGwScale bills scale units (usage overrides the configured minimum)', () => {
    const rows = [...gatewayWithConnections('gws', 'westeurope', 'ErGwScale', [], { autoScaleConfiguration: { bounds: { min: 2, max: 10 } } })];
    const inv = inventoryOf(rows);
    expect(estimateCosts(inv, { catalogue }).otherCosts[0].monthlyUsd).toBe(306.6);
    expect(estimateCosts(inv, { catalogue, usage: { circuits: {}, gateways: { gws: { scaleUnits: 4 } } } }).otherCosts[0].monthlyUsd).toBe(613.2);
  });
  it('the scale-unit note says what the bounds document: fixed when min = max, not documented above a minimum without a maximum', () => {
    const note = (bounds: Record<string, number>) => {
      const inv = inventoryOf([...gatewayWithConnections('gws', 'westeurope', 'ErGwScale', [], { autoScaleConfiguration: { bounds } })]);
      return estimateCosts(inv, { catalogue }).otherCosts[0].notes!.join('\n');
    };
    expect(note({ min: 4, max: 4 })).toMatch(/4 scale unit\(s\): fixed \(the configured minimum and maximum\)/);
    expect(note({ min: 4, max: 4 })).not.toMatch(/autoscale may bill more/);
    expect(note({ min: 4 })).toMatch(/4 scale unit\(s\): the configured minimum; no maximum is set, and whether the gateway scales \(and bills\) above its minimum then is not documented/);
    expect(note({ min: 4, max: 10 })).toMatch(/4 scale unit\(s\): the configured minimum \(autoscale may bill more/);
  });
  it('unknown gateway SKUs are not priced and counted', () => {
    const s = estimateCosts(inventoryOf(gatewayWithConnections('gw', 'westeurope', 'ErGw2AZ', [])), { catalogue });
    expect(s.otherCosts[0].monthlyUsd).toBeNull();
    expect(s.totals.unpriced).toBe(1);
  });
  it('totals by subscription and tenant add up to the estate', () => {
    const rows = [circuit({ name: 'a' }), circuit({ name: 'b', subscriptionId: '00000000-0000-0000-0000-0000000000a2', tenantId: 't2', state: 'NotProvisioned' })];
    const s = estimateCosts(inventoryOf(rows), { catalogue });
    expect(s.bySubscription!.map((g) => g.monthlyUsd)).toEqual([436, 436]);
    expect(s.byTenant!.reduce((n, g) => n + g.monthlyUsd, 0)).toBe(s.totals.monthlyUsd);
    // b is not provisioned and a carries nothing: both are advised for deletion.
    expect(s.totals.potentialSavingsUsd).toBe(872);
    expect(s.priceCatalogue).toMatchObject({ effectiveDate: '2026-07-21', currency: 'USD' });
    expect(s.priceCatalogue.unverifiedFigures).toBeGreaterThan(0);
  });
});

describe('a catalogue that lacks a figure: unknown and said, never "keep" beside a finding', () => {
  const without = (drop: { egressZone?: string; fee?: { tier: string; billingModel: string; bandwidthMbps: number; zone: string } }) => ({
    ...catalogue,
    egress: catalogue.egress.filter((e) => e.zone !== drop.egressZone),
    circuits: catalogue.circuits.filter((f) => !drop.fee || !(f.tier === drop.fee.tier && f.billingModel === drop.fee.billingModel && f.bandwidthMbps === drop.fee.bandwidthMbps && f.zone === drop.fee.zone)),
  });
  const estimate = (cat: typeof catalogue, spec: CircuitSpec, egressGb?: number) =>
    one(spec, egressGb, gatewayWithConnections('gw-neu', 'northeurope', 'ErGw1AZ', [spec.name]), { catalogue: cat });
  const premium: CircuitSpec = { name: 'p', tier: 'Premium', family: 'UnlimitedData', peeringLocation: 'Amsterdam', bandwidthMbps: 1000 };

  it('no egress rate: Unlimited plans are still priced (they include egress), so dropping Premium saves $750', () => {
    const c = estimate(without({ egressZone: 'Zone 1' }), premium, 50000);
    expect(c.monthlyUsd.current).toBe(6450);
    expect(c.recommendation?.kind).toBe('remove-premium');
    expect(c.recommendation?.monthlySavingsUsd).toBe(750);
    const local = estimate(without({ egressZone: 'Zone 1' }), { name: 'l', tier: 'Local', family: 'UnlimitedData', peeringLocation: 'Amsterdam', bandwidthMbps: 1000 });
    expect(local.recommendation?.kind).toBe('upgrade-from-local');
    expect(local.recommendation?.monthlySavingsUsd).toBe(-4500); // Standard Unlimited is priced: not "cost not known"
  });

  it('no Standard fee: the advice to drop Premium stands (ERS-SKU-002 asks for it) with its saving unknown', () => {
    // 150,000 GB/month: above half the break-even, so no new Metered circuit is on the table either.
    const c = estimate(without({ fee: { tier: 'Standard', billingModel: 'UnlimitedData', bandwidthMbps: 1000, zone: 'Zone 1' } }), premium, 150000);
    expect(c.recommendation?.kind).toBe('remove-premium');
    expect(c.recommendation?.monthlySavingsUsd).toBeNull();
    expect(c.recommendation?.reason).toContain('no price for Standard Unlimited 1 Gbps in Zone 1');
  });

  it('a circuit not priced says which figure is missing', () => {
    const metered = estimate(without({ egressZone: 'Zone 1' }), { name: 'm', peeringLocation: 'Amsterdam', bandwidthMbps: 1000 }, 1000);
    expect(metered.priced).toBe('none');
    expect(metered.notes).toContain('no egress price for Zone 1 in the catalogue: not priced');
    const unlimited = estimate(without({ fee: { tier: 'Standard', billingModel: 'UnlimitedData', bandwidthMbps: 1000, zone: 'Zone 1' } }), { name: 'u', family: 'UnlimitedData', peeringLocation: 'Amsterdam', bandwidthMbps: 1000 });
    expect(unlimited.priced).toBe('none');
    expect(unlimited.notes).toContain('no catalogue price for Standard Unlimited 1 Gbps in Zone 1: not priced');
  });
});

describe('vWAN ExpressRoute gateways', () => {
  const hub = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-hub/providers/Microsoft.Network/virtualHubs/hub1';
  const gatewayRow = (properties: Record<string, unknown>) => ({
    id: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-hub/providers/Microsoft.Network/expressRouteGateways/gw-hub',
    name: 'gw-hub',
    type: 'Microsoft.Network/expressRouteGateways',
    location: 'westeurope',
    properties: { provisioningState: 'Succeeded', virtualHub: { id: hub }, autoScaleConfiguration: { bounds: { min: 3 } }, allowNonVirtualWanTraffic: false, ...properties },
  });
  const costOf = (row: Record<string, unknown>) => estimateCosts(inventoryOf([row]), { catalogue }).otherCosts[0];

  it("a row that does not list its connections (Microsoft's GET and PUT response examples) is priced in part, never as if it had none", () => {
    const open = costOf(gatewayRow({}));
    expect(open.priced).toBe('partial');
    expect(open.missing).toEqual(['vWAN ExpressRoute connection units (its connections are not known)']);
    expect(open.basis).not.toMatch(/\b0 connection unit/);
    expect(open.notes?.join('\n')).toMatch(/`connectionKeys`: the gateway row does not carry `properties.expressRouteConnections`.*its connection units \(one per connection\) are not priced/);
    // With its list (here empty), the gateway is priced in full: its 3 scale units and its 0 connection units.
    const listed = costOf(gatewayRow({ expressRouteConnections: [] }));
    expect(listed.priced).toBe('full');
    expect(listed.basis).toMatch(/^3 scale unit\(s\) × .* \+ 0 connection unit\(s\) × /);
    expect(open.monthlyUsd).toBe(listed.monthlyUsd);
  });
});
