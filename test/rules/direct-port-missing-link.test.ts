import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';

// Every ExpressRoute Direct port has two links (link1 and link2). A live port row whose `properties.links` lists fewer
// (an export or projection that cut the list) says nothing of the link it leaves out: the link verdicts (MACsec on both
// links, admin state) are undecided for it, never a pass on the one link read.
const rules = loadRules();
const rule = (id: string) => rules.find((r) => r.id === id)!;
const S = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
const live = (row: Record<string, unknown>): RawResource => ({ row, source: { kind: 'graph', file: 'rows.json' } });
const link = (name: string) => ({
  id: `${S}/expressRoutePorts/port1/links/${name}`,
  name,
  properties: { adminState: 'Enabled', connectorType: 'LC', provisioningState: 'Succeeded', macSecConfig: { cipher: 'GcmAes256', cknSecretIdentifier: 'https://kv.vault.azure.net/secrets/ckn', cakSecretIdentifier: 'https://kv.vault.azure.net/secrets/cak', sciState: 'Enabled' } },
});
const port = (links: unknown[]) =>
  live({
    id: `${S}/expressRoutePorts/port1`,
    name: 'port1',
    type: 'Microsoft.Network/expressRoutePorts',
    location: 'westeurope',
    identity: { type: 'UserAssigned' },
    properties: { peeringLocation: 'Equinix-Amsterdam-AM5', bandwidthInGbps: 10, provisionedBandwidthInGbps: 1, encapsulation: 'QinQ', billingType: 'MeteredData', provisioningState: 'Succeeded', links, circuits: [{ id: `${S}/expressRouteCircuits/erd` }] },
  });
const circuit = live({
  id: `${S}/expressRouteCircuits/erd`,
  name: 'erd',
  type: 'Microsoft.Network/expressRouteCircuits',
  location: 'westeurope',
  sku: { name: 'Premium_MeteredData', tier: 'Premium', family: 'MeteredData' },
  properties: { expressRoutePort: { id: `${S}/expressRoutePorts/port1` }, bandwidthInGbps: 1, enableDirectPortRateLimit: false, peerings: [], authorizations: [] },
});

function verdicts(ids: string[], raws: RawResource[]) {
  const { inventory } = buildInventory(raws);
  return runRules(inventory, ids.map(rule)).findings.map((f) => [f.ruleId, f.resourceName, f.status ?? 'fail']);
}

describe('a live ExpressRoute Direct port row that lists fewer than its two links', () => {
  it('has the link it leaves out, with nothing known about it', () => {
    const { inventory } = buildInventory([port([link('link1')]), circuit]);
    const links = inventory.ports[0].links;
    expect(links.map((l) => l.name)).toEqual(['link1', 'link2']);
    expect(links[1].unknown?.adminState).toMatch(/lists 1 link/);
    expect(links[1].unknown?.['macsec.cknSecretConfigured']).toBeDefined();
  });

  it('leaves MACsec (ERS-ENC-001) and the admin state (ERS-RED-006) undecided for the missing link', () => {
    const f = verdicts(['ERS-ENC-001', 'ERS-RED-006'], [port([link('link1')]), circuit]);
    expect(f).toEqual([
      ['ERS-ENC-001', 'port1/link2', 'unknown'],
      ['ERS-RED-006', 'port1/link2', 'unknown'],
    ]);
  });

  it('names the one missing when the row lists link2 only', () => {
    const { inventory } = buildInventory([port([link('link2')]), circuit]);
    expect(inventory.ports[0].links.map((l) => [l.name, l.unknown?.adminState === undefined])).toEqual([
      ['link1', false],
      ['link2', true],
    ]);
  });

  it('an empty list leaves both undecided; a link read as a row of its own fills the gap', () => {
    expect(verdicts(['ERS-ENC-001'], [port([]), circuit])).toEqual([
      ['ERS-ENC-001', 'port1/link1', 'unknown'],
      ['ERS-ENC-001', 'port1/link2', 'unknown'],
    ]);
    const row = live({ ...link('link2'), type: 'Microsoft.Network/expressRoutePorts/links' });
    expect(verdicts(['ERS-ENC-001', 'ERS-RED-006'], [port([link('link1')]), circuit, row])).toEqual([]);
  });

  it('a second read of the port that lists the link fills the gap, whichever comes first', () => {
    const cut = port([link('link1')]);
    const full = { ...port([link('link1'), link('link2')]), source: { kind: 'graph' as const, file: 'other.json' } };
    for (const raws of [
      [cut, full, circuit],
      [full, cut, circuit],
    ]) {
      const { inventory } = buildInventory(raws);
      expect(inventory.ports[0].links.map((l) => [l.name, l.adminState, l.unknown])).toEqual([
        ['link1', 'Enabled', undefined],
        ['link2', 'Enabled', undefined],
      ]);
      expect(inventory.ports[0].unknown?.links).toBeUndefined();
      expect(verdicts(['ERS-ENC-001', 'ERS-RED-006'], raws)).toEqual([]);
    }
  });

  it('a row that lists both links is judged on them', () => {
    expect(verdicts(['ERS-ENC-001', 'ERS-RED-006'], [port([link('link1'), link('link2')]), circuit])).toEqual([]);
  });
});
