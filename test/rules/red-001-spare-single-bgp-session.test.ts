import { describe, expect, it } from 'vitest';
import type { RawResource } from '../../src/inventory/build.js';
import { buildInventory } from '../../src/inventory/build.js';
import { loadCatalogue } from '../../src/pricing/catalogue.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { liveCircuit, liveConnection, liveGateway } from '../helpers/live-rows.js';

// ERS-RED-001's fix may connect a spare circuit "which can serve it as it is". In examples/estate it proposed
// er-fra-dr-01, whose private peering has no secondary subnet (one BGP session: ERS-BGP-001 fails on it): it serves
// the gateway, but not "as it is" without a finding of its own. The message names that finding instead.
const circuit = (name: string, location: string): RawResource => liveCircuit(name, { location, state: 'Enabled' });
const singleSession = (name: string, location: string): RawResource => {
  const raw = circuit(name, location);
  const peering = (raw.row as { properties: { peerings: { properties: Record<string, unknown> }[] } }).properties.peerings[0];
  delete peering.properties.secondaryPeerAddressPrefix;
  return raw;
};
const catalogue = loadCatalogue();
function red001(raws: RawResource[]): { status: string; message: string }[] {
  const inv = buildInventory(raws).inventory;
  const cost = estimateCosts(inv, { catalogue, usage: { circuits: {}, gateways: {} } });
  return runRules(inv, loadRules().filter((r) => r.id === 'ERS-RED-001'), {}, cost).findings.map((f) => ({ status: f.status ?? 'fail', message: f.message }));
}

describe('ERS-RED-001 and a spare circuit whose private peering has one BGP session', () => {
  it('does not call it usable "as it is", and names its ERS-BGP-001 finding', () => {
    const f = red001([circuit('er-ams', 'Amsterdam'), singleSession('er-lon', 'London'), liveGateway(), liveConnection('c1', 'er-ams')]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0].message).toMatch(/\(connect er-lon \(London\), which the inventory already has/);
    expect(f[0].message).not.toMatch(/as it is/);
    expect(f[0].message).toMatch(/the private peering of er-lon has one BGP session \(ERS-BGP-001\)/);
  });

  it('still says "as it is" of a spare with both BGP sessions', () => {
    const f = red001([circuit('er-ams', 'Amsterdam'), circuit('er-lon', 'London'), liveGateway(), liveConnection('c1', 'er-ams')]);
    expect(f[0].message).toMatch(/which can serve it as it is; no new circuit/);
  });
});
