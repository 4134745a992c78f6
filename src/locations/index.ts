/**
 * Peering location → billing zone, Local regions, geopolitical region and physical sites; Azure region →
 * geopolitical region. The one location table that the analysis, the rules and the pricing model share.
 * Lookups are case-, space- and punctuation-insensitive ("washington dc", "WashingtonDC" and "Washington DC"
 * are one location). An unknown name returns `undefined`: callers report it, never guess.
 *
 * ExpressRoute Metro locations ("Amsterdam Metro", metro.md) are one circuit dual-homed across two sites of
 * one city: `sites` holds both, so redundancy checks see two peering sites and one metro.
 *
 * ExpressRoute Direct ports name their location as the expressRoutePortsLocations API does
 * ("Equinix-Amsterdam-AM5"); the lookup accepts those names too and answers with the peering location they map
 * to by facility (data.ts DIRECT_PORT_LOCATIONS): same zone, geography, Local regions and site, so a port at
 * "Equinix-Amsterdam-AM5" and a circuit at "Amsterdam" are one location. Reports print both (`label`).
 */
import type { Zone } from '../pricing/model.js';
import {
  CHINA_LOCATIONS,
  COMMERCIAL_LOCATIONS,
  DIRECT_PORT_LOCATIONS,
  DELISTED_LOCATIONS,
  DIRECT_PORT_SOURCE,
  GEOPOLITICAL_REGIONS,
  GEOPOLITICAL_SOURCE,
  INFERRED_LOCATION_GEOPOLITICAL,
  INFERRED_REGION_GEOPOLITICAL,
  LOCATIONS_SOURCE,
  METRO_LOCATIONS,
  METRO_SOURCE,
  METRO_ZONE_CONFLICTS,
  PORT_NAME_SOURCES,
  UNMAPPED_PORT_LOCATIONS,
  US_GOV_LOCATIONS,
  type PortNameSource,
} from './data.js';
import { compareText } from '../util/collate.js';

export { LOCATIONS_SOURCE, GEOPOLITICAL_SOURCE, METRO_SOURCE, DIRECT_PORT_SOURCE, PORT_NAME_SOURCES };

/** One physical peering site: a location of the providers page, or a facility only metro.md names. */
export interface PeeringSite {
  /** The join key for diversity checks: the peering location's normalised name, or the facility's. */
  key: string;
  /** How reports name it: the peering location, or "facility (Metro site)". */
  label: string;
  facility?: string;
}

export type Cloud = 'public' | 'usgov' | 'china';

/** How an ExpressRoute Direct port location name maps to its peering location (data.ts DIRECT_PORT_LOCATIONS). */
export interface DirectPortLocation {
  /** The port location as Azure names it ("Equinix-Amsterdam-AM5"). */
  name: string;
  /** The facility as the providers page's Address column names it ("Equinix AM5"). */
  facility: string;
  /**
   * `facility`: provider and facility code match; `provider-city`: the only location of that operator in that city;
   * `location-name`: the name carries the numbered peering location's own name (`CDC-Canberra2`) and the page names
   * that operator as its facility.
   */
  basis: 'facility' | 'provider-city' | 'location-name';
  /** Where the port location name is published. */
  seenIn: string[];
}

export interface PeeringLocationInfo {
  /** The peering location as Microsoft spells it (for a Direct port location: the one it maps to). */
  name: string;
  /**
   * How reports print the location: `name`, or for an ExpressRoute Direct port location the name the port
   * carries with the peering location it maps to, "Equinix-Amsterdam-AM5 (Amsterdam)".
   */
  label: string;
  /** Set when the name looked up is an ExpressRoute Direct port location. */
  directPort?: DirectPortLocation;
  cloud: Cloud;
  /** Pricing zone; null for China (a separate cloud priced in CNY, not in the catalogue). */
  zone: Zone | null;
  /** The metro: the location name without its trailing facility number ("Amsterdam2" → "Amsterdam"). */
  metro: string;
  /** ARM names of the Azure regions ExpressRoute Local reaches from here; empty: Local not offered. */
  localRegions: string[];
  /** The same regions as Microsoft displays them ("West Europe"). */
  localRegionNames: string[];
  /** Whether ExpressRoute Direct ports are offered here (page column "ER Direct"). */
  erDirect: boolean;
  geopolitical?: string;
  /** True when `geopolitical` is inferred (the 2024 table does not list this location). */
  geopoliticalInferred?: boolean;
  /** `metro`: an ExpressRoute Metro location (one circuit over two sites of a city); `standard` otherwise. */
  kind: 'standard' | 'metro';
  /** The physical sites a circuit here lands in: one, or two for a Metro location. */
  sites: PeeringSite[];
  /** The Microsoft page the row comes from (path and ms.date). */
  source: string;
  /** Set when Microsoft's pages disagree about the zone: what they say (the zone used is still `zone`). */
  zoneConflict?: string;
}

/** Folds case, spaces and punctuation: the join key for names typed by people and by ARM. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** "West US 2" → "westus2" (ARM region name). Also accepts ARM names unchanged. */
export function armRegionName(displayOrArm: string): string {
  return normaliseName(displayOrArm);
}

/** Spelling variants seen in ARM and templates for the same Microsoft location name. */
const ALIASES: Record<string, string> = {
  queretaro: 'Queretaro (Mexico)',
  newport: 'Newport(Wales)',
  newportwales: 'Newport(Wales)',
};

/** The geopolitical include spells India's regions "India West"; ARM says "westindia". */
const REGION_ALIASES: Record<string, string> = { indiawest: 'westindia', indiacentral: 'centralindia', indiasouth: 'southindia' };

const regionGeo = new Map<string, { geo: string; inferred: boolean }>();
const locationGeo = new Map<string, { geo: string; inferred: boolean }>();
for (const [geo, regions, locations] of GEOPOLITICAL_REGIONS) {
  for (const r of regions) regionGeo.set(armRegionName(r), { geo, inferred: false });
  for (const l of locations) locationGeo.set(normaliseName(l), { geo, inferred: false });
}
for (const [r, geo] of Object.entries(INFERRED_REGION_GEOPOLITICAL)) regionGeo.set(armRegionName(r), { geo, inferred: true });
for (const [l, geo] of Object.entries(INFERRED_LOCATION_GEOPOLITICAL)) locationGeo.set(normaliseName(l), { geo, inferred: true });

function metroOf(name: string): string {
  return name.replace(/\s+Metro$/i, '').replace(/\s*\d+$/, '').replace(/\s*\(.*\)$/, '').trim();
}

function build(name: string, cloud: Cloud, zone: Zone | null, localRegionNames: string[], erDirect: boolean): PeeringLocationInfo {
  const g = cloud === 'usgov' ? { geo: 'US Government cloud', inferred: false } : locationGeo.get(normaliseName(name));
  return {
    name,
    label: name,
    cloud,
    zone,
    metro: metroOf(name),
    localRegions: localRegionNames.map(armRegionName),
    localRegionNames,
    erDirect,
    ...(g ? { geopolitical: g.geo, ...(g.inferred ? { geopoliticalInferred: true } : {}) } : {}),
    kind: 'standard',
    sites: [{ key: normaliseName(name), label: name }],
    source: LOCATIONS_SOURCE,
  };
}

const commercial = new Map<string, PeeringLocationInfo>();
for (const [name, zone, local, direct] of COMMERCIAL_LOCATIONS) commercial.set(normaliseName(name), build(name, 'public', `Zone ${zone}` as Zone, local, direct));
// Metro locations: the geopolitical region is the city's (metro.md: both sites are "within the same city"),
// marked inferred because the geopolitical table does not list Metro locations.
for (const [name, zone, local, direct, sites, city] of METRO_LOCATIONS) {
  const info = build(name, 'public', `Zone ${zone}` as Zone, local, direct);
  const cityGeo = locationGeo.get(normaliseName(city));
  commercial.set(normaliseName(name), {
    ...info,
    ...(cityGeo ? { geopolitical: cityGeo.geo, geopoliticalInferred: true } : {}),
    kind: 'metro',
    sites: sites.map(([facility, location]) => (location ? { key: normaliseName(location), label: location, facility } : { key: normaliseName(`${name} ${facility}`), label: `${facility} (${name} site)`, facility })),
    source: METRO_SOURCE,
    ...(METRO_ZONE_CONFLICTS[name] ? { zoneConflict: METRO_ZONE_CONFLICTS[name] } : {}),
  });
}
const usGov = new Map<string, PeeringLocationInfo>();
for (const [name, local] of US_GOV_LOCATIONS) usGov.set(normaliseName(name), build(name, 'usgov', 'US Gov', local, true));
const china = new Map<string, PeeringLocationInfo>();
for (const name of CHINA_LOCATIONS) china.set(normaliseName(name), build(name, 'china', null, [], true));

// Direct port locations of public Azure: the facts of the peering location they map to, named both ways.
// Their sites are the peering location's, so redundancy counts a port and a provider circuit there as one.
const directPorts = new Map<string, PeeringLocationInfo>();
for (const [port, location, facility, basis, seenIn] of DIRECT_PORT_LOCATIONS) {
  const base = commercial.get(normaliseName(location));
  if (!base || commercial.has(normaliseName(port))) throw new Error(`src/locations/data.ts: Direct port location ${port} maps to ${location}, which is not a peering location (or clashes with one)`);
  directPorts.set(normaliseName(port), {
    ...base,
    label: `${port} (${base.name})`,
    directPort: { name: port, facility, basis, seenIn: seenIn.map((k: PortNameSource) => PORT_NAME_SOURCES[k]) },
    source: `${base.source}; ${DIRECT_PORT_SOURCE}`,
  });
}
const unmappedPorts = new Map(Object.entries(UNMAPPED_PORT_LOCATIONS).map(([name, why]) => [normaliseName(name), { name, why }]));

/*
 * Lookups memoised by the name as written. An estate names a few dozen locations and regions across
 * thousands of resources, and every lookup otherwise folds the name with a regular expression and a new
 * string (at 10,000 circuits that was most of the analysis's location time). The tables are constants, so
 * an answer cannot go stale; a memo that reaches MEMO_LIMIT names is emptied, so input cannot grow it
 * without bound. `null` records "not known".
 */
const MEMO_LIMIT = 10_000;
const cloudByRegion = new Map<string, Cloud>();
const infoByName: Record<Cloud, Map<string, PeeringLocationInfo | null>> = { public: new Map(), usgov: new Map(), china: new Map() };
const geoByRegion = new Map<string, { readonly geopolitical: string; readonly inferred: boolean } | null>();
const armByRegion = new Map<string, string>();

function remember<V>(memo: Map<string, V>, name: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, value);
}

/** The cloud an ARM region belongs to (US Gov/DoD and China regions are separate clouds). */
export function cloudOfRegion(region: string | undefined): Cloud {
  const written = region ?? '';
  let cloud = cloudByRegion.get(written);
  if (cloud === undefined) {
    const r = normaliseName(written);
    cloud = r.startsWith('usgov') || r.startsWith('usdod') ? 'usgov' : r.startsWith('china') ? 'china' : 'public';
    remember(cloudByRegion, written, cloud);
  }
  return cloud;
}

/**
 * The peering location's facts, or `undefined` when the name is not a known location in that cloud.
 * `cloud` defaults to public Azure; pass `cloudOfRegion(circuit.location)` so a US Gov circuit at
 * "Chicago" is priced in the US Gov column, not Zone 1.
 */
export function peeringLocationInfo(name: string | undefined, cloud: Cloud = 'public'): PeeringLocationInfo | undefined {
  if (!name) return undefined;
  const memo = infoByName[cloud];
  let info = memo.get(name);
  if (info === undefined) remember(memo, name, (info = findPeeringLocation(name, cloud) ?? null));
  return info ?? undefined;
}

function findPeeringLocation(name: string, cloud: Cloud): PeeringLocationInfo | undefined {
  let key = normaliseName(name);
  if (ALIASES[key]) key = normaliseName(ALIASES[key]);
  const table = cloud === 'usgov' ? usGov : cloud === 'china' ? china : commercial;
  // Port location names are public Azure's (the sources list no US Government or China port locations).
  return table.get(key) ?? (cloud === 'public' ? directPorts.get(key) : undefined);
}

/** Every ExpressRoute Direct port location erscan maps, sorted by name. */
export function allDirectPortLocations(): PeeringLocationInfo[] {
  return [...directPorts.values()].sort((a, b) => compareText(a.directPort!.name, b.directPort!.name));
}

/**
 * How a message prints a location name: a Direct port location with the peering location it maps to
 * ("Equinix-Amsterdam-AM5 (Amsterdam)"), any other name as given.
 */
export function locationLabel(name: string, cloud: Cloud = 'public'): string {
  return peeringLocationInfo(name, cloud)?.label ?? name;
}

/**
 * Why a location name has no facts, for notes and messages: an ExpressRoute Direct port location that
 * erscan does not map (and why, where it knows), or a peering location not in its table.
 */
export function unknownLocationReason(name: string, direct: boolean, cloud: Cloud = 'public'): string {
  const unmapped = unmappedPorts.get(normaliseName(name));
  if (unmapped) return `the ExpressRoute Direct port location ${unmapped.name} maps to no single peering location: ${unmapped.why}`;
  if (cloud !== 'public' && directPorts.has(normaliseName(name)))
    return `erscan maps the ExpressRoute Direct port location ${name} in public Azure only, not in the ${cloud === 'usgov' ? 'US Government' : 'China'} cloud`;
  if (direct) return `the ExpressRoute Direct port location ${name} is not in erscan's table of port locations (none is guessed from the name)`;
  const delisted = delistedLocationReason(name);
  return `the peering location ${name} is not in erscan's location table${delisted ? `: ${delisted}` : ''}`;
}

const delistedByKey = new Map(DELISTED_LOCATIONS.map(([n, why]) => [normaliseName(n), why]));

/** Why a peering location Microsoft's current page does not list is not mapped, when an older version listed it (data.ts DELISTED_LOCATIONS). */
export function delistedLocationReason(name: string): string | undefined {
  return delistedByKey.get(normaliseName(name));
}

/** Every known location of a cloud, sorted by name. */
export function allPeeringLocations(cloud: Cloud = 'public'): PeeringLocationInfo[] {
  const table = cloud === 'usgov' ? usGov : cloud === 'china' ? china : commercial;
  return [...table.values()].sort((a, b) => compareText(a.name, b.name));
}

/** Geopolitical region of an Azure region (ARM or display name), or undefined when not listed. */
export function regionGeopolitical(region: string | undefined): string | undefined {
  return regionGeopoliticalInfo(region)?.geopolitical;
}

/** The answer is shared between calls (memoised per region name): callers read it, never change it. */
export function regionGeopoliticalInfo(region: string | undefined): { readonly geopolitical: string; readonly inferred: boolean } | undefined {
  if (!region) return undefined;
  let info = geoByRegion.get(region);
  if (info === undefined) {
    let key = armRegionName(region);
    if (REGION_ALIASES[key]) key = REGION_ALIASES[key];
    const g = regionGeo.get(key);
    remember(geoByRegion, region, (info = g ? Object.freeze({ geopolitical: g.geo, inferred: g.inferred }) : null));
  }
  return info ?? undefined;
}

/** True when ExpressRoute Local at this location reaches the given Azure region. */
export function isLocalRegion(location: PeeringLocationInfo, region: string | undefined): boolean {
  if (!region) return false;
  let arm = armByRegion.get(region);
  if (arm === undefined) remember(armByRegion, region, (arm = armRegionName(region)));
  return location.localRegions.includes(arm);
}
