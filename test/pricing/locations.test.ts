import { describe, expect, it } from 'vitest';
import { allPeeringLocations, cloudOfRegion, isLocalRegion, peeringLocationInfo, regionGeopolitical, regionGeopoliticalInfo, unknownLocationReason } from '../../src/locations/index.js';

// research/pricing.md §3, verbatim lists (zone follows the peering location).
const ZONES: Record<string, string> = {
  'Zone 1':
    'Amsterdam, Amsterdam2, Atlanta, Atlanta2, Berlin, Brussels, Brussels2, Canberra, Canberra2, Chicago, Chicago2, Copenhagen, Dallas, Dallas2, Denver, Dublin, Dublin2, Frankfurt, Frankfurt2, Geneva, Las Vegas, London, London2, Los Angeles, Los Angeles2, Madrid, Madrid2, Marseille, Miami, Milan, Milan2, Minneapolis, Montreal, Munich, New York, Newport(Wales), Oslo, Paris, Paris2, Phoenix, Phoenix2, Portland, Quebec City, Quincy, San Antonio, Seattle, Silicon Valley, Silicon Valley2, Stavanger, Stockholm, Stockholm2, Toronto, Toronto2, Vancouver, Vienna, Vienna2, Warsaw, Washington DC, Washington DC2, Zurich, Zurich2',
  'Zone 2':
    'Auckland, Bangkok, Busan, Chennai, Chennai2, Hong Kong, Hong Kong2, Jakarta, Jakarta2, Kuala Lumpur, Kuala Lumpur2, Melbourne, Melbourne2, Mumbai, Mumbai2, Osaka, Perth, Pune, Seoul, Seoul2, Singapore, Singapore2, Sydney, Sydney2, Taipei, Taipei2, Tel Aviv, Tel Aviv2, Tokyo, Tokyo2, Tokyo3',
  'Zone 3': 'Abu Dhabi, Campinas, Cape Town, Doha, Doha2, Dubai, Dubai2, Johannesburg, Rio de Janeiro, Santiago, Sao Paulo, Sao Paulo2',
  'Zone 4': 'Queretaro (Mexico)',
};
// metro.md (ms.date 05/10/2026), table "ExpressRoute Metro locations": 28 locations.
const METROS =
  'Amsterdam Metro, Atlanta Metro, Brussels Metro, Chicago Metro, Copenhagen Metro, Dallas Metro, Dublin Metro, Hong Kong Metro, Frankfurt Metro, Jakarta Metro, Johannesburg Metro, Madrid Metro, Melbourne Metro, Milan Metro, Mumbai Metro, New York Metro, Paris Metro, Phoenix Metro, Oslo Metro, Silicon Valley Metro, Singapore Metro, Stockholm Metro, Sydney Metro, Taipei Metro, Toronto Metro, Vienna Metro, Zurich Metro, Washington DC Metro';
const US_GOV = 'Atlanta, Chicago, Dallas, New York, Phoenix, San Antonio, Silicon Valley, Seattle, Washington DC';

describe('peering location → billing zone', () => {
  for (const [zone, list] of Object.entries(ZONES)) {
    for (const name of list.split(', ')) {
      it(`${name} is ${zone}`, () => expect(peeringLocationInfo(name)?.zone).toBe(zone));
    }
  }
  it('covers exactly the locations of pricing.md and the Metro locations of metro.md (no extra, none missing)', () => {
    const expected = [...Object.values(ZONES).flatMap((l) => l.split(', ')), ...METROS.split(', ')].sort();
    expect(allPeeringLocations().map((l) => l.name).sort()).toEqual(expected);
  });
  for (const name of US_GOV.split(', ')) {
    it(`US Gov ${name} is priced in the US Gov column`, () => expect(peeringLocationInfo(name, 'usgov')?.zone).toBe('US Gov'));
  }
  it('is case-, space- and punctuation-insensitive', () => {
    expect(peeringLocationInfo('washington dc')?.name).toBe('Washington DC');
    expect(peeringLocationInfo('WASHINGTONDC2')?.name).toBe('Washington DC2');
    expect(peeringLocationInfo(' silicon  valley ')?.name).toBe('Silicon Valley');
    expect(peeringLocationInfo('Queretaro')?.zone).toBe('Zone 4');
    expect(peeringLocationInfo('Newport (Wales)')?.name).toBe('Newport(Wales)');
  });
  it('reports unknown locations as undefined, never a guess', () => {
    expect(peeringLocationInfo('Atlantis')).toBeUndefined();
    expect(peeringLocationInfo('')).toBeUndefined();
    expect(peeringLocationInfo(undefined)).toBeUndefined();
    expect(peeringLocationInfo('Slough')).toBeUndefined(); // an exchange location, not a peering location
    expect(peeringLocationInfo('Vienna', 'usgov')).toBeUndefined();
  });
  it('a location an older Learn page listed and the current one does not (Bogota) stays unknown, and says why', () => {
    expect(peeringLocationInfo('Bogota')).toBeUndefined();
    expect(peeringLocationInfo('Bogota', 'usgov')).toBeUndefined();
    expect(unknownLocationReason('bogota', false)).toBe(
      "the peering location bogota is not in erscan's location table: an older version of Microsoft's peering locations page (ms.date 08/28/2023) listed it, the current one (04/28/2026) does not; the old page's zone is not used",
    );
    expect(unknownLocationReason('Atlantis', false)).toBe("the peering location Atlantis is not in erscan's location table");
  });
  it('China locations are known but have no USD zone', () => {
    expect(peeringLocationInfo('Shanghai2', 'china')).toMatchObject({ zone: null, cloud: 'china' });
    expect(peeringLocationInfo('Shanghai2')).toBeUndefined();
  });
});

describe('Local regions and metros', () => {
  it('maps the pricing.md examples', () => {
    expect(peeringLocationInfo('Amsterdam')?.localRegions).toEqual(['westeurope']);
    expect(peeringLocationInfo('London')?.localRegions).toEqual(['uksouth']);
    expect(peeringLocationInfo('Frankfurt')?.localRegions).toEqual(['germanywestcentral']);
    expect(peeringLocationInfo('Washington DC')?.localRegions).toEqual(['eastus', 'eastus2']);
    expect(peeringLocationInfo('Seattle')?.localRegions).toEqual(['westus2']);
    expect(peeringLocationInfo('Tokyo')?.localRegions).toEqual(['japaneast']);
    expect(peeringLocationInfo('Sydney')?.localRegions).toEqual(['australiaeast']);
  });
  it('has no Local at the ✗ locations', () => {
    for (const n of ['Atlanta', 'Dallas', 'Los Angeles', 'Miami', 'New York', 'Perth', 'Santiago', 'Vancouver', 'Vienna']) expect(peeringLocationInfo(n)?.localRegions, n).toEqual([]);
  });
  it('derives the metro from the name', () => {
    expect(peeringLocationInfo('Amsterdam2')?.metro).toBe('Amsterdam');
    expect(peeringLocationInfo('Silicon Valley2')?.metro).toBe('Silicon Valley');
    expect(peeringLocationInfo('Queretaro (Mexico)')?.metro).toBe('Queretaro');
  });
  it('answers isLocalRegion with ARM or display names', () => {
    const dc = peeringLocationInfo('Washington DC')!;
    expect(isLocalRegion(dc, 'East US 2')).toBe(true);
    expect(isLocalRegion(dc, 'eastus2')).toBe(true);
    expect(isLocalRegion(dc, 'westus2')).toBe(false);
    expect(isLocalRegion(dc, undefined)).toBe(false);
  });
  it('knows US Gov Local regions', () => {
    expect(peeringLocationInfo('Washington DC', 'usgov')?.localRegions).toEqual(['usdodeast', 'usgovvirginia']);
  });
});

describe('geopolitical regions', () => {
  it('maps Azure regions (ARM or display names)', () => {
    expect(regionGeopolitical('westeurope')).toBe('Europe');
    expect(regionGeopolitical('West Europe')).toBe('Europe');
    expect(regionGeopolitical('eastus2')).toBe('North America');
    expect(regionGeopolitical('centralindia')).toBe('India');
    expect(regionGeopolitical('australiacentral2')).toBe('Australia Government');
    expect(regionGeopolitical('usgovvirginia')).toBe('US Government cloud');
    expect(regionGeopolitical('atlantis')).toBeUndefined();
  });
  it('marks inferred regions', () => {
    expect(regionGeopoliticalInfo('spaincentral')).toEqual({ geopolitical: 'Europe', inferred: true });
    expect(regionGeopoliticalInfo('uksouth')).toEqual({ geopolitical: 'Europe', inferred: false });
  });
  it('gives every commercial location a geopolitical region', () => {
    for (const l of allPeeringLocations()) expect(l.geopolitical, l.name).toBeTruthy();
    expect(peeringLocationInfo('Vienna')?.geopoliticalInferred).toBe(true);
    expect(peeringLocationInfo('Tokyo')).toMatchObject({ geopolitical: 'Japan' });
  });
  it('tells the cloud from the region', () => {
    expect(cloudOfRegion('usgovvirginia')).toBe('usgov');
    expect(cloudOfRegion('usdodeast')).toBe('usgov');
    expect(cloudOfRegion('chinaeast2')).toBe('china');
    expect(cloudOfRegion('westeurope')).toBe('public');
    expect(cloudOfRegion(undefined)).toBe('public');
  });
});

describe('ExpressRoute Metro locations (metro.md, ms.date 05/10/2026)', () => {
  it('are known to pricing: the zone of the Metro row', () => {
    expect(peeringLocationInfo('Amsterdam Metro')).toMatchObject({ zone: 'Zone 1', kind: 'metro', geopolitical: 'Europe' });
    expect(peeringLocationInfo('Singapore Metro')?.zone).toBe('Zone 2');
    expect(peeringLocationInfo('Johannesburg Metro')?.zone).toBe('Zone 3');
    expect(peeringLocationInfo('amsterdammetro')?.name).toBe('Amsterdam Metro');
  });
  it('are one circuit over two sites of one city', () => {
    const ams = peeringLocationInfo('Amsterdam Metro')!;
    expect(ams.sites.map((s) => s.label)).toEqual(['Amsterdam', 'Amsterdam2']);
    expect(ams.metro).toBe('Amsterdam');
    expect(peeringLocationInfo('Amsterdam')!.sites.map((s) => s.key)).toEqual([ams.sites[0].key]);
    // a site that is not a peering location of its own on the providers page keeps its facility name
    expect(peeringLocationInfo('Copenhagen Metro')!.sites.map((s) => s.label)).toEqual(['Copenhagen', 'Global Connect Copenhagen (Copenhagen Metro site)']);
    for (const l of allPeeringLocations().filter((x) => x.kind === 'metro')) expect(new Set(l.sites.map((s) => s.key)).size, l.name).toBe(2);
  });
  it('bring their Local regions, including regions newer than the 2024 geopolitical table', () => {
    expect(peeringLocationInfo('Brussels Metro')?.localRegionNames).toEqual(['Belgium Central']);
    expect(peeringLocationInfo('Copenhagen Metro')?.localRegionNames).toEqual(['Denmark East']);
    expect(peeringLocationInfo('Vienna Metro')?.localRegionNames).toEqual(['Austria East']);
    expect(peeringLocationInfo('Toronto Metro')?.localRegions).toEqual(['canadacentral']); // metro.md misspells it "Canda Central"
    for (const r of ['Belgium Central', 'Denmark East', 'Austria East']) expect(regionGeopoliticalInfo(r), r).toEqual({ geopolitical: 'Europe', inferred: true });
    expect(peeringLocationInfo('Atlanta Metro')?.localRegions).toEqual([]);
  });
  it('report where Microsoft pages disagree about a zone', () => {
    expect(peeringLocationInfo('Oslo Metro')).toMatchObject({ zone: 'Zone 2' });
    expect(peeringLocationInfo('Oslo Metro')?.zoneConflict).toMatch(/Zone 2.*Oslo Zone 1/);
    expect(peeringLocationInfo('Amsterdam Metro')?.zoneConflict).toBeUndefined();
  });
  it('cite their page', () => {
    expect(peeringLocationInfo('Zurich Metro')?.source).toMatch(/metro\.md.*2026-05-10/);
    expect(peeringLocationInfo('Zurich')?.source).toMatch(/expressroute-locations-providers\.md.*2026-04-28/);
  });
});
