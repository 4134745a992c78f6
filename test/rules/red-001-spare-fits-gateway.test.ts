import { describe, expect, it } from 'vitest';
import type { RawResource } from '../../src/inventory/build.js';
import { buildInventory } from '../../src/inventory/build.js';
import { loadCatalogue } from '../../src/pricing/catalogue.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { liveCircuit, liveConnection, liveGateway } from '../helpers/live-rows.js';

// ERS-RED-001's fix may connect a circuit the inventory already has, "which can serve it as it is; no new circuit"
// ($0). In examples/estate it proposed er-direct-ams-01 (5 Gbps, ExpressRoute Direct) for ergw-gwc-dr, an ErGw1AZ
// (about 1 Gbps): once connected, ERS-SKU-006 fails the gateway ("expected a gateway SKU that carries at least
// 5 Gbps", +$1,306.70/month to resize), so the $0 fix was not one. A circuit larger than the gateway carries is no
// spare that serves it as it is: another that fits is proposed, or a new circuit.
const circuit = (name: string, location: string, mbps = 1000): RawResource => {
  const raw = liveCircuit(name, { location, state: 'Enabled' });
  ((raw.row as { properties: { serviceProviderProperties: Record<string, unknown> } }).properties.serviceProviderProperties).bandwidthInMbps = mbps;
  return raw;
};
const catalogue = loadCatalogue();
/** ERS-RED-001's findings, priced (the fix is worded only with prices). */
function red001(raws: RawResource[]): { status: string; message: string; change?: string; usd?: number | null }[] {
  const inv = buildInventory(raws).inventory;
  const cost = estimateCosts(inv, { catalogue, usage: { circuits: {}, gateways: {} } });
  return runRules(inv, loadRules().filter((r) => r.id === 'ERS-RED-001'), {}, cost).findings.map((f) => ({ status: f.status ?? 'fail', message: f.message, change: f.costImpactChange, usd: f.costImpactUsd }));
}

describe('ERS-RED-001 proposes only spare circuits the gateway can carry as they are', () => {
  it('passes over a 10 Gbps circuit for an ErGw1AZ and proposes the 1 Gbps one', () => {
    const f = red001([circuit('er-ams', 'Amsterdam'), circuit('er-a-big', 'London', 10000), circuit('er-lon', 'London'), liveGateway(), liveConnection('c1', 'er-ams')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0].usd).toBe(0);
    expect(f[0].message).toMatch(/\(connect er-lon \(London\), which the inventory already has/);
    expect(f[0].message).not.toContain('er-a-big');
  });

  it('proposes a new circuit when the only spare is larger than the gateway carries', () => {
    const f = red001([circuit('er-ams', 'Amsterdam'), circuit('er-a-big', 'London', 10000), liveGateway(), liveConnection('c1', 'er-ams')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0].message).toMatch(/\(one more 1 Gbps Standard Metered circuit in a second peering location/);
    expect(f[0].message).not.toContain('er-a-big');
  });
});
