import { describe, expect, it } from 'vitest';
import { readRecordedInventory, recordInventory } from '../../src/history/record.js';
import { CONFIGURED, inventoryStates, NOT_CONFIGURED, UNKNOWN_VALUE } from '../../src/history/state.js';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { toJsonReport } from '../../src/reporters/json.js';
import { InputError } from '../../src/util/errors.js';
import { fixtureResult, IDS, PLANTED_SECRETS } from '../reporters/fixture.js';
import { validateReport } from '../helpers/report-schema.js';

/** The compact inventory a JSON report records with --record-inventory. */

describe('resource states', () => {
  const states = inventoryStates(fixtureResult().inventory);
  const byName = new Map(states.map((s) => [s.name, s]));

  it('cover every resource, peerings and Direct links included, with ARM-named properties', () => {
    const inv = fixtureResult().inventory;
    expect(states).toHaveLength(inv.byKey.size);
    expect(byName.get('er-direct-ams-01')?.properties).toMatchObject({ 'sku.tier': 'Premium', expressRoutePort: IDS.port.toLowerCase() });
    expect(byName.get('ergw-neu-direct')?.properties['sku.name']).toBe('UltraPerformance');
    expect(byName.get('er-lon-prod-01/AzurePrivatePeering')?.properties).toMatchObject({ peeringType: 'AzurePrivatePeering', state: 'Enabled' });
  });

  it('say only "configured" or "not configured" for secrets', () => {
    const macsec = states.filter((s) => s.kind === 'link').map((s) => s.properties['macSecConfig.cknSecretIdentifier']);
    expect(macsec.length).toBeGreaterThan(0);
    expect(new Set(macsec)).toEqual(new Set([CONFIGURED, NOT_CONFIGURED]));
    const md5 = states.filter((s) => s.kind === 'peering').map((s) => s.properties.sharedKey);
    expect(md5.every((v) => v === undefined || v === CONFIGURED || v === NOT_CONFIGURED)).toBe(true);
    const text = JSON.stringify(states);
    for (const s of PLANTED_SECRETS) expect(text).not.toContain(s);
  });
});

describe('recordedInventory in the JSON report', () => {
  it('is there only when asked for, validates against the report schema, and reads back to the same states', () => {
    const result = fixtureResult();
    expect(toJsonReport(result)).not.toHaveProperty('recordedInventory');
    const report = JSON.parse(JSON.stringify(toJsonReport(result, { recordInventory: true }))) as Record<string, unknown>;
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const back = readRecordedInventory('report.json', report.recordedInventory);
    const sort = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(sort(back)).toEqual(sort(inventoryStates(result.inventory)));
    for (const s of PLANTED_SECRETS) expect(JSON.stringify(report)).not.toContain(s);
  });

  it('refuses a damaged record with the path inside the file', () => {
    const rec = JSON.parse(JSON.stringify(recordInventory(fixtureResult().inventory)));
    rec.kinds.circuit.rows[2].pop();
    expect(() => readRecordedInventory('r.json', rec)).toThrow(InputError);
    expect(() => readRecordedInventory('r.json', rec)).toThrow(/^r\.json: at \$\.recordedInventory\.kinds\.circuit\.rows\[2\]: expected a row of \d+ values, found an array of \d+$/);
    expect(() => readRecordedInventory('r.json', { version: 3, kinds: {} })).toThrow('r.json: at $.recordedInventory.version: expected recorded inventory version 1 or 2, found number 3');
    expect(() => readRecordedInventory('r.json', undefined)).toThrow('r.json: at $.recordedInventory: expected a recorded inventory (scan with --record-inventory), found nothing');
  });
});

describe('the recorded peering location of an ExpressRoute Direct circuit', () => {
  // A Direct circuit carries no serviceProviderProperties: its peering location is its port's. Where the port's is not
  // known (a live port row without `properties.peeringLocation`), the circuit's is not known either, never "(not set)".
  const S = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
  const live = (row: Record<string, unknown>): RawResource => ({ row, source: { kind: 'graph', file: 'rows.json' } });
  const port = (props: Record<string, unknown>) =>
    live({ id: `${S}/expressRoutePorts/port1`, name: 'port1', type: 'Microsoft.Network/expressRoutePorts', location: 'westeurope', properties: { bandwidthInGbps: 10, provisionedBandwidthInGbps: 1, encapsulation: 'QinQ', billingType: 'MeteredData', links: [], ...props } });
  const circuit = live({
    id: `${S}/expressRouteCircuits/erd`,
    name: 'erd',
    type: 'Microsoft.Network/expressRouteCircuits',
    location: 'westeurope',
    sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
    properties: { expressRoutePort: { id: `${S}/expressRoutePorts/port1` }, bandwidthInGbps: 1, peerings: [], authorizations: [] },
  });
  const recorded = (raws: RawResource[]) => inventoryStates(buildInventory(raws).inventory).find((s) => s.name === 'erd')?.properties.peeringLocation;

  it("is the port's when the port row says it", () => {
    expect(recorded([port({ peeringLocation: 'Equinix-Amsterdam-AM5' }), circuit])).toBe('Equinix-Amsterdam-AM5');
  });

  it('is unknown when the port row does not say it', () => {
    expect(recorded([port({}), circuit])).toBe(UNKNOWN_VALUE);
  });
});
