import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIRECT_PORT_LOCATIONS, METRO_LOCATIONS, UNMAPPED_PORT_LOCATIONS } from '../../src/locations/data.js';
import { allDirectPortLocations, allPeeringLocations, locationLabel, normaliseName, peeringLocationInfo, unknownLocationReason } from '../../src/locations/index.js';
import { circuitRow, connectionRow, costOf, findingsOf, gatewayRow, portRow, scan, SUB } from './helpers.js';

/**
 * ExpressRoute Direct ports name their location as the expressRoutePortsLocations API does
 * ("Equinix-Ashburn-DC2"); erscan maps those names by facility to the peering locations of Microsoft's
 * providers page (src/locations/data.ts DIRECT_PORT_LOCATIONS), so a Direct circuit is priced in its zone,
 * has a geography and Local regions, and counts as the same site as a provider circuit there.
 */

/** A Direct port in `region` at `location`, for the estates below. */
const port = (name: string, location: string, region = 'eastus', billingType = 'MeteredData') => ({ ...portRow(name, location, billingType), location: region });

describe('the location table: Direct port locations', () => {
  it('maps Equinix-Ashburn-DC2 to Washington DC (Equinix DC2): its zone, geography, Local regions, metro and site', () => {
    const dc2 = peeringLocationInfo('Equinix-Ashburn-DC2')!;
    const dc = peeringLocationInfo('Washington DC')!;
    expect(dc2).toMatchObject({ name: 'Washington DC', label: 'Equinix-Ashburn-DC2 (Washington DC)', zone: 'Zone 1', geopolitical: 'North America', localRegions: ['eastus', 'eastus2'], metro: 'Washington DC', kind: 'standard' });
    expect(dc2.sites).toEqual(dc.sites);
    expect(dc2.directPort).toMatchObject({ name: 'Equinix-Ashburn-DC2', facility: 'Equinix DC2', basis: 'facility' });
    expect(dc2.directPort!.seenIn.join(' ')).toContain('expressroute-howto-erdirect.md');
    expect(dc.label).toBe('Washington DC');
    expect(dc.directPort).toBeUndefined();
  });

  it('accepts both names, case-, space- and punctuation-insensitively', () => {
    expect(peeringLocationInfo('equinix ashburn dc2')?.label).toBe('Equinix-Ashburn-DC2 (Washington DC)');
    expect(peeringLocationInfo('EQUINIX-AMSTERDAM-AM5')?.name).toBe('Amsterdam');
    expect(peeringLocationInfo('Amsterdam')?.name).toBe('Amsterdam');
    expect(locationLabel('Equinix-Amsterdam-AM5')).toBe('Equinix-Amsterdam-AM5 (Amsterdam)');
    expect(locationLabel('Amsterdam2')).toBe('Amsterdam2');
    expect(locationLabel('Atlantis')).toBe('Atlantis');
  });

  it('maps CDC-Canberra2 to Canberra2 by the numbered name it carries, and names why CDC-Canberra maps to no single location', () => {
    // Both names are published (azurerm's express_route_port acceptance tests deploy ports there); the providers page
    // gives CDC as the facility of Canberra and of Canberra2.
    expect(peeringLocationInfo('CDC-Canberra2')).toMatchObject({ name: 'Canberra2', label: 'CDC-Canberra2 (Canberra2)', zone: 'Zone 1', geopolitical: 'Australia Government', localRegions: ['australiacentral2'] });
    expect(peeringLocationInfo('CDC-Canberra2')!.directPort).toMatchObject({ name: 'CDC-Canberra2', facility: 'CDC', basis: 'location-name' });
    expect(peeringLocationInfo('CDC-Canberra2')!.sites).toEqual(peeringLocationInfo('Canberra2')!.sites);
    expect(peeringLocationInfo('CDC-Canberra')).toBeUndefined();
    expect(unknownLocationReason('CDC-Canberra', true)).toMatch(/CDC-Canberra maps to no single peering location: .*CDC as the facility of both Canberra and Canberra2, and "Canberra" in the name is the city of both/);
  });

  it('never guesses: unpublished names, names that map to no single location and other clouds are unknown', () => {
    // Built from real parts, but not a published port location: not derived from its facility code.
    expect(peeringLocationInfo('Equinix-Washington-DC-DC2')).toBeUndefined();
    expect(peeringLocationInfo('Equinix-Frankfurt-FR5')).toBeUndefined();
    for (const name of Object.keys(UNMAPPED_PORT_LOCATIONS)) expect(peeringLocationInfo(name), name).toBeUndefined();
    expect(peeringLocationInfo('Equinix-Ashburn-DC2', 'usgov')).toBeUndefined();
    expect(unknownLocationReason('CDC-Canberra-CBR20', true)).toMatch(/maps to no single peering location: .*CDC as the facility of both Canberra and Canberra2/);
    expect(unknownLocationReason('Equinix-Washington-DC-DC2', true)).toBe("the ExpressRoute Direct port location Equinix-Washington-DC-DC2 is not in erscan's table of port locations (none is guessed from the name)");
    expect(unknownLocationReason('Lagos', false)).toBe("the peering location Lagos is not in erscan's location table");
    expect(unknownLocationReason('Equinix-Ashburn-DC2', true, 'usgov')).toMatch(/public Azure only, not in the US Government cloud/);
  });

  it('does not add port locations to the list of peering locations', () => {
    expect(allPeeringLocations().some((l) => l.directPort)).toBe(false);
    expect(allDirectPortLocations().map((l) => l.directPort!.name)).toEqual(DIRECT_PORT_LOCATIONS.map((r) => r[0]).sort((a, b) => a.localeCompare(b)));
  });

  describe('every row is consistent with the facility it cites', () => {
    for (const [name, location, facility, basis] of DIRECT_PORT_LOCATIONS) {
      it(`${name} → ${location} (${facility}, ${basis})`, () => {
        const parts = name.split('-');
        const facilityKey = normaliseName(facility);
        // The operator the name starts with runs the facility the page names ("Interxion" is Digital Realty(Interxion)).
        expect(facilityKey).toContain(normaliseName(parts[0]));
        if (basis === 'facility') {
          // The facility code (or name) the port location ends with is the one the page names.
          expect(facilityKey).toContain(normaliseName(parts[parts.length - 1]));
        } else if (basis === 'provider-city') {
          // Matched by operator and city: the name carries the city (metro) of the peering location.
          expect(normaliseName(name)).toContain(normaliseName(peeringLocationInfo(location)!.metro));
        } else {
          // Matched by the peering location's own numbered name ("Canberra2"), which no city has.
          expect(location).toMatch(/\d$/);
          expect(normaliseName(name)).toContain(normaliseName(location));
        }
        expect(peeringLocationInfo(name)?.name).toBe(location);
        // No two port locations of one table row set map differently, and none shadows a peering location.
        expect(peeringLocationInfo(name)?.directPort?.name).toBe(name);
      });
    }
    it('agrees with metro.md wherever a Metro site names the same facility (an independent transcription)', () => {
      const code = (s: string) => normaliseName(s.split(/[\s-]/).pop()!);
      let compared = 0;
      for (const [name, location] of DIRECT_PORT_LOCATIONS)
        for (const [, , , , sites] of METRO_LOCATIONS)
          for (const [facility, site] of sites)
            if (site && code(facility) === code(name) && normaliseName(facility).startsWith(normaliseName(name.split('-')[0]).slice(0, 5))) {
              compared++;
              expect(site, `${name} / metro.md ${facility}`).toBe(location);
            }
      expect(compared).toBeGreaterThanOrEqual(8);
    });
  });
});

describe('a Direct circuit at Equinix-Ashburn-DC2', () => {
  const rows = (tier: string) => [
    port('erd-iad', 'Equinix-Ashburn-DC2'),
    circuitRow('er-iad', { port: 'erd-iad', tier, family: 'MeteredData', region: 'eastus', bandwidthGbps: 10 }),
    gatewayRow('gw-eus', 'eastus'),
    connectionRow('c1', 'gw-eus', 'er-iad', 'eastus'),
  ];
  const s = scan(rows('Standard'), { 'er-iad': { egressGbPerMonth: 1000 } });

  it('is priced in Zone 1, the zone of the peering location its port location maps to', () => {
    const c = costOf(s, 'er-iad');
    expect(c).toMatchObject({ zone: 'Zone 1', peeringLocation: 'Equinix-Ashburn-DC2', mappedPeeringLocation: 'Washington DC', isDirect: true, priced: 'full' });
    // Standard is included in the port fee; metered egress is billed at the Zone 1 rate
    expect(c.monthlyUsd.current).toBeGreaterThan(0);
    expect(c.egressUsd).toBe(c.monthlyUsd.current);
    const p = s.cost.otherCosts.find((o) => o.resourceName === 'erd-iad')!;
    // The port pair is priced in the same zone (the bundled catalogue has no verified port-pair fee: `missing` says so).
    expect(p.basis).toBe('ExpressRoute Direct 10 Gbps port pair, Metered, Zone 1');
    expect(p.notes?.join(' ')).not.toMatch(/zone map|not in erscan|port location/);
    expect(s.cost.notices ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/Equinix-Ashburn-DC2/)]));
  });

  it('has a known geography: Premium is judged (not undecided) and the message names both locations', () => {
    const [f] = findingsOf(scan(rows('Premium')), 'ERS-SKU-002', 'er-iad');
    expect(f.status).toBeUndefined();
    expect(f.message).toContain('Premium at Equinix-Ashburn-DC2 (Washington DC, North America) with 1 connection(s) to gateways in eastus');
  });

  it('needs Premium for a gateway in Europe (the port location is in North America)', () => {
    const far = scan([port('erd-iad', 'Equinix-Ashburn-DC2'), circuitRow('er-iad', { port: 'erd-iad', tier: 'Standard', region: 'eastus' }), gatewayRow('gw-weu', 'westeurope'), connectionRow('c1', 'gw-weu', 'er-iad', 'westeurope')]);
    const [f] = findingsOf(far, 'ERS-SKU-003', 'er-iad');
    expect(f.message).toContain('Standard circuit at Equinix-Ashburn-DC2 (Washington DC) connected to gateway(s) gw-weu (westeurope) outside North America');
    expect(f.status).toBeUndefined();
  });
});

describe('a Direct circuit on a port at CDC-Canberra2', () => {
  it('is priced in Zone 1 as Canberra2, with the Local region Canberra2 reaches, and no notice about its port location', () => {
    const s = scan([
      port('erd-cbr2', 'CDC-Canberra2', 'australiacentral2'),
      circuitRow('er-cbr2', { port: 'erd-cbr2', tier: 'Standard', family: 'MeteredData', region: 'australiacentral2', bandwidthGbps: 10 }),
      gatewayRow('gw-auc2', 'australiacentral2'),
      connectionRow('c1', 'gw-auc2', 'er-cbr2', 'australiacentral2'),
    ]);
    expect(costOf(s, 'er-cbr2')).toMatchObject({ zone: 'Zone 1', peeringLocation: 'CDC-Canberra2', mappedPeeringLocation: 'Canberra2', isDirect: true });
    expect(s.cost.otherCosts.find((o) => o.resourceName === 'erd-cbr2')!.basis).toBe('ExpressRoute Direct 10 Gbps port pair, Metered, Zone 1');
    expect(s.cost.notices ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/CDC-Canberra2/)]));
  });
});

describe('a Direct port whose location erscan cannot map', () => {
  const rows = (location: string) => [
    port('erd-x', location),
    circuitRow('er-x', { port: 'erd-x', tier: 'Premium', region: 'eastus' }),
    gatewayRow('gw-eus', 'eastus'),
    connectionRow('c1', 'gw-eus', 'er-x', 'eastus'),
  ];

  it('is reported once, naming the port and the location, and neither the port nor its circuit is priced', () => {
    const s = scan(rows('CoreSite-Reston-VA3'));
    const notices = (s.cost.notices ?? []).filter((n) => n.includes('CoreSite-Reston-VA3'));
    expect(notices).toEqual([
      'ExpressRoute Direct port erd-x: the ExpressRoute Direct port location CoreSite-Reston-VA3 maps to no single peering location: expressroute-locations-providers.md (2026-04-28) lists no peering location at CoreSite VA3 (metro.md names it as a site of Washington DC Metro, not as a peering location of its own); the port and its 1 circuit(s) are not priced, and their zone, geopolitical region and Local regions are not known (no location is guessed)',
    ]);
    const c = costOf(s, 'er-x');
    expect(c).toMatchObject({ zone: null, priced: 'none', peeringLocation: 'CoreSite-Reston-VA3' });
    expect(c.monthlyUsd.current).toBeNull();
    expect(c.mappedPeeringLocation).toBeUndefined();
    expect(c.notes?.join(' ')).toContain('maps to no single peering location');
    expect(s.cost.otherCosts.find((o) => o.resourceName === 'erd-x')?.monthlyUsd).toBeNull();
  });

  it('leaves the reach rules undecided rather than guessing a geography', () => {
    const s = scan(rows('Equinix-Washington-DC-DC2'));
    const [f] = findingsOf(s, 'ERS-SKU-002', 'er-x');
    expect(f.status).toBe('unknown');
    expect(f.message).toContain("the ExpressRoute Direct port location Equinix-Washington-DC-DC2 is not in erscan's table of port locations (none is guessed from the name)");
    expect(s.cost.notices).toEqual(expect.arrayContaining([expect.stringMatching(/^ExpressRoute Direct port erd-x: .*Equinix-Washington-DC-DC2/)]));
    // the circuit's own "unknown peering location" notice would repeat the port's
    expect((s.cost.notices ?? []).filter((n) => n.includes('Equinix-Washington-DC-DC2'))).toHaveLength(1);
  });
});

describe('redundancy across a Direct port and a provider circuit at the same facility', () => {
  const rows = (providerAt: string) => [
    port('erd-ams', 'Equinix-Amsterdam-AM5', 'westeurope'),
    circuitRow('er-direct', { port: 'erd-ams' }),
    circuitRow('er-provider', { location: providerAt }),
    gatewayRow('gw'),
    connectionRow('c1', 'gw', 'er-direct'),
    connectionRow('c2', 'gw', 'er-provider'),
  ];

  it('is one location: ERS-RED-001 and ERS-RED-003 fail, naming both names of the site', () => {
    const s = scan(rows('Amsterdam'));
    expect(findingsOf(s, 'ERS-RED-001', 'gw')[0].message).toContain('is served by 1 peering location: er-direct (Equinix-Amsterdam-AM5 (Amsterdam)), er-provider (Amsterdam)');
    expect(findingsOf(s, 'ERS-RED-003', 'gw')[0].message).toContain('has 2 circuits in Amsterdam: er-direct (Equinix-Amsterdam-AM5), er-provider;');
    expect(s.inventory.circuits.find((c) => c.name === 'er-direct')?.peeringLocation).toBe('Equinix-Amsterdam-AM5');
  });

  it('is two locations when the provider circuit is at Amsterdam2 (another facility), still one metro', () => {
    const s = scan(rows('Amsterdam2'));
    expect(findingsOf(s, 'ERS-RED-001', 'gw')).toEqual([]);
    expect(findingsOf(s, 'ERS-RED-003', 'gw')).toEqual([]);
  });
});

describe('the CLI', () => {
  it('prints the notice for an unmapped port location and both names for a mapped one', async () => {
    const { runCli, tempDir, writeJson } = await import('../helpers/cli.js');
    const dir = tempDir('erscan-directloc-');
    const file = writeJson(dir, 'rows.json', [
      port('erd-iad', 'Equinix-Ashburn-DC2'),
      port('erd-va3', 'CoreSite-Reston-VA3'),
      circuitRow('er-iad', { port: 'erd-iad', region: 'eastus' }),
      { ...gatewayRow('gw-eus', 'eastus'), subscriptionId: SUB },
      connectionRow('c1', 'gw-eus', 'er-iad', 'eastus'),
    ]);
    const r = runCli(['scan', file, '--fail-on', 'none', '--out', dir, '--format', 'console,json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('ExpressRoute Direct port erd-va3: the ExpressRoute Direct port location CoreSite-Reston-VA3 maps to no single peering location');
    expect(r.stdout).toContain('Gateway gw-eus is served by 1 peering location: er-iad (Equinix-Ashburn-DC2 (Washington DC));');
    expect(r.stdout).toContain('ExpressRoute Direct port erd-va3 (10 Gbps at CoreSite-Reston-VA3) is billed (from 45 days after creation at the latest) whether or not it is used, and has 0 circuits');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { notices: string[]; costs: { resourceName: string; zone: string; peeringLocation: string; mappedPeeringLocation?: string }[] };
    expect(report.notices.filter((n) => n.includes('CoreSite-Reston-VA3'))).toHaveLength(1);
    expect(report.costs.find((c) => c.resourceName === 'er-iad')).toMatchObject({ zone: 'Zone 1', peeringLocation: 'Equinix-Ashburn-DC2', mappedPeeringLocation: 'Washington DC' });
    // the FinOps table prints the port location with the peering location that sets its zone
    const cost = runCli(['cost', file]);
    expect(cost.code, cost.stderr).toBe(0);
    expect(cost.stdout).toMatch(/er-iad\s+Equinix-Ashburn-DC2 \(Washington DC\)\s+Zone 1/);
  });
});

describe('a template that deploys a port and a Direct circuit on it', () => {
  /** An ARM template in the Azure Verified Modules' shape: the port location is a parameter. */
  const template = (parameter: Record<string, unknown>) => ({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { peeringLocation: { type: 'string', ...parameter } },
    resources: [
      { type: 'Microsoft.Network/ExpressRoutePorts', apiVersion: '2024-05-01', name: 'erport', location: 'eastus', properties: { peeringLocation: "[parameters('peeringLocation')]", bandwidthInGbps: 10, encapsulation: 'Dot1Q', billingType: 'MeteredData' } },
      {
        type: 'Microsoft.Network/expressRouteCircuits',
        apiVersion: '2024-05-01',
        name: 'er-direct',
        location: 'eastus',
        sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
        properties: { expressRoutePort: { id: "[resourceId('Microsoft.Network/ExpressRoutePorts', 'erport')]" }, bandwidthInGbps: 10 },
      },
    ],
  });
  const run = async (parameter: Record<string, unknown>) => {
    const { runCli, tempDir, writeJson } = await import('../helpers/cli.js');
    const dir = tempDir('erscan-directloc-iac-');
    const file = writeJson(dir, 'main.json', template(parameter));
    const r = runCli(['scan', file, '--fail-on', 'none', '--out', dir, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { notices: string[]; costs: { resourceName: string; zone: string | null; priced: string; mappedPeeringLocation?: string; notes?: string[] }[]; otherCosts: { resourceName: string; basis: string }[] };
  };

  it('prices the circuit in the zone of the port location its parameter gives (Equinix-Ashburn-DC2: Zone 1)', async () => {
    const report = await run({ defaultValue: 'Equinix-Ashburn-DC2' });
    expect(report.costs.find((c) => c.resourceName === 'er-direct')).toMatchObject({ zone: 'Zone 1', mappedPeeringLocation: 'Washington DC' });
    expect(report.notices.join('\n')).not.toMatch(/port location/);
  });

  it('leaves it unknown when the parameter has no value, as before: no zone, no notice about a port location', async () => {
    const report = await run({});
    const c = report.costs.find((x) => x.resourceName === 'er-direct')!;
    expect(c).toMatchObject({ zone: null, priced: 'none' });
    expect(c.notes?.join(' ')).toMatch(/`peeringLocation`.*parameter `peeringLocation`/);
    expect(report.notices.join('\n')).not.toMatch(/ExpressRoute Direct port erport/);
  });
});
