/**
 * ExpressRoute peering locations, their pricing zone and their "Local Azure regions", transcribed from
 * Microsoft's "ExpressRoute peering locations and connectivity partners" page
 * (MicrosoftDocs/azure-docs articles/expressroute/expressroute-locations-providers.md, ms.date 04/28/2026),
 * which research/pricing.md §3 also uses. The Zone column "refers to pricing". Local regions are the
 * regions ExpressRoute Local reaches from that location; an empty list means the page shows ✗ (no Local).
 *
 * Geopolitical regions come from MicrosoftDocs/azure-docs includes/expressroute-azure-regions-geopolitical-region.md
 * (ms.date 04/05/2024). That table is older than the locations page: where it does not list a location or
 * region, the value below is inferred (same country or continent as listed neighbours) and marked so.
 */

export const LOCATIONS_SOURCE =
  'Microsoft Learn: expressroute-locations-providers.md (ms.date 2026-04-28), zone and Local Azure regions columns';
export const GEOPOLITICAL_SOURCE =
  'Microsoft Learn: includes/expressroute-azure-regions-geopolitical-region.md (ms.date 2024-04-05)';
export const METRO_SOURCE =
  'Microsoft Learn: articles/expressroute/metro.md "About ExpressRoute Metro" (ms.date 2026-05-10), table "ExpressRoute Metro locations"';

/** [location, zone number, local Azure regions (display names), ER Direct offered] */
export type LocationRow = [string, 1 | 2 | 3 | 4, string[], boolean];

export const COMMERCIAL_LOCATIONS: LocationRow[] = [
  ['Abu Dhabi', 3, ['UAE Central'], true],
  ['Amsterdam', 1, ['West Europe'], true],
  ['Amsterdam2', 1, ['West Europe'], true],
  ['Atlanta', 1, [], true],
  ['Atlanta2', 1, [], true],
  ['Auckland', 2, ['New Zealand North'], true],
  ['Bangkok', 2, [], true],
  ['Berlin', 1, ['Germany North'], true],
  ['Brussels', 1, [], true],
  ['Brussels2', 1, [], true],
  ['Busan', 2, ['Korea South'], false],
  ['Campinas', 3, ['Brazil South'], true],
  ['Canberra', 1, ['Australia Central'], true],
  ['Canberra2', 1, ['Australia Central 2'], true],
  ['Cape Town', 3, ['South Africa West'], true],
  ['Chennai', 2, ['South India'], true],
  ['Chennai2', 2, ['South India'], true],
  ['Chicago', 1, ['North Central US'], true],
  ['Chicago2', 1, ['North Central US'], true],
  ['Copenhagen', 1, [], true],
  ['Dallas', 1, [], true],
  ['Dallas2', 1, [], true],
  ['Denver', 1, ['West Central US'], true],
  ['Doha', 3, ['Qatar Central'], true],
  ['Doha2', 3, ['Qatar Central'], true],
  ['Dubai', 3, ['UAE North'], true],
  ['Dubai2', 3, ['UAE North'], false],
  ['Dublin', 1, ['North Europe'], true],
  ['Dublin2', 1, ['North Europe'], true],
  ['Frankfurt', 1, ['Germany West Central'], true],
  ['Frankfurt2', 1, ['Germany West Central'], true],
  ['Geneva', 1, ['Switzerland West'], true],
  ['Hong Kong', 2, ['East Asia'], true],
  ['Hong Kong2', 2, ['East Asia'], true],
  ['Jakarta', 2, ['Indonesia Central'], true],
  ['Jakarta2', 2, ['Indonesia Central'], true],
  ['Johannesburg', 3, ['South Africa North'], true],
  ['Kuala Lumpur', 2, ['Malaysia West'], true],
  ['Kuala Lumpur2', 2, ['Malaysia West'], true],
  ['Las Vegas', 1, [], true],
  ['London', 1, ['UK South'], true],
  ['London2', 1, ['UK South'], true],
  ['Los Angeles', 1, [], true],
  ['Los Angeles2', 1, [], true],
  ['Madrid', 1, ['Spain Central'], true],
  ['Madrid2', 1, ['Spain Central'], true],
  ['Marseille', 1, ['France South'], false],
  ['Melbourne', 2, ['Australia Southeast'], true],
  ['Melbourne2', 2, ['Australia Southeast'], true],
  ['Miami', 1, [], true],
  ['Milan', 1, ['Italy North'], true],
  ['Milan2', 1, ['Italy North'], true],
  ['Minneapolis', 1, [], true],
  ['Montreal', 1, [], true],
  ['Mumbai', 2, ['West India'], true],
  ['Mumbai2', 2, ['West India'], true],
  ['Munich', 1, [], true],
  ['New York', 1, [], true],
  ['Newport(Wales)', 1, ['UK West'], true],
  ['Osaka', 2, ['Japan West'], true],
  ['Oslo', 1, ['Norway East'], true],
  ['Paris', 1, ['France Central'], true],
  ['Paris2', 1, ['France Central'], true],
  ['Perth', 2, [], true],
  ['Phoenix', 1, ['West US 3'], true],
  ['Phoenix2', 1, ['West US 3'], true],
  ['Portland', 1, ['West US 2'], true],
  ['Pune', 2, ['Central India'], true],
  ['Quebec City', 1, ['Canada East'], true],
  ['Queretaro (Mexico)', 4, ['Mexico Central'], true],
  ['Quincy', 1, ['West US 2'], true],
  ['Rio de Janeiro', 3, ['Brazil Southeast'], true],
  ['San Antonio', 1, ['South Central US'], true],
  ['Santiago', 3, [], true],
  ['Sao Paulo', 3, ['Brazil South'], true],
  ['Sao Paulo2', 3, ['Brazil South'], true],
  ['Seattle', 1, ['West US 2'], true],
  ['Seoul', 2, ['Korea Central'], true],
  ['Seoul2', 2, ['Korea Central'], false],
  ['Silicon Valley', 1, ['West US'], true],
  ['Silicon Valley2', 1, ['West US'], true],
  ['Singapore', 2, ['Southeast Asia'], true],
  ['Singapore2', 2, ['Southeast Asia'], true],
  ['Stavanger', 1, ['Norway West'], true],
  ['Stockholm', 1, ['Sweden Central'], true],
  ['Stockholm2', 1, ['Sweden Central'], true],
  ['Sydney', 2, ['Australia East'], true],
  ['Sydney2', 2, ['Australia East'], true],
  ['Taipei', 2, ['Taiwan North'], true],
  ['Taipei2', 2, ['Taiwan North'], true],
  ['Tel Aviv', 2, ['Israel Central'], true],
  ['Tel Aviv2', 2, ['Israel Central'], true],
  ['Tokyo', 2, ['Japan East'], true],
  ['Tokyo2', 2, ['Japan East'], true],
  ['Tokyo3', 2, ['Japan East'], true],
  ['Toronto', 1, ['Canada Central'], true],
  ['Toronto2', 1, ['Canada Central'], true],
  ['Vancouver', 1, [], true],
  ['Vienna', 1, [], true],
  ['Vienna2', 1, [], true],
  ['Warsaw', 1, ['Poland Central'], true],
  ['Washington DC', 1, ['East US', 'East US 2'], true],
  ['Washington DC2', 1, ['East US', 'East US 2'], false],
  ['Zurich', 1, ['Switzerland North'], true],
  ['Zurich2', 1, ['Switzerland North'], true],
];

/**
 * One site of an ExpressRoute Metro location: the facility as metro.md names it, and the peering location of
 * expressroute-locations-providers.md at that facility when the page lists the same facility (undefined when
 * the facility is not a peering location of its own there, or the two pages name it differently).
 */
export type MetroSite = [facility: string, location: string | undefined];

/**
 * ExpressRoute Metro locations (metro.md, ms.date 05/10/2026): one circuit dual-homed across two peering
 * sites of one city ("the two unique peering locations within the same metropolitan region"; the portal
 * calls the pair "<City> Metro"). [name, zone, Local Azure regions, ER Direct, the two sites, the city whose
 * geopolitical region the metro shares]. Local region names are as metro.md prints them, except its typo
 * "Canda Central" (Toronto Metro), which is Canada Central.
 */
export type MetroRow = [string, 1 | 2 | 3 | 4, string[], boolean, [MetroSite, MetroSite], string];

export const METRO_LOCATIONS: MetroRow[] = [
  ['Amsterdam Metro', 1, ['West Europe'], true, [['Equinix AM5', 'Amsterdam'], ['Digital Realty AMS8', 'Amsterdam2']], 'Amsterdam'],
  ['Atlanta Metro', 1, [], true, [['Equinix AT1', 'Atlanta'], ['Digital Realty ATL14', 'Atlanta2']], 'Atlanta'],
  ['Brussels Metro', 1, ['Belgium Central'], false, [['Digital Realty BR4', 'Brussels'], ['LCL Brussels North', 'Brussels2']], 'Brussels'],
  ['Chicago Metro', 1, ['North Central US'], true, [['Equinix CH1', 'Chicago'], ['CoreSite CH1', 'Chicago2']], 'Chicago'],
  ['Copenhagen Metro', 1, ['Denmark East'], true, [['Digital Realty CPH1', 'Copenhagen'], ['Global Connect Copenhagen', undefined]], 'Copenhagen'],
  ['Dallas Metro', 1, [], true, [['Equinix DA6', 'Dallas'], ['Digital Realty DFW10', 'Dallas2']], 'Dallas'],
  ['Dublin Metro', 1, ['North Europe'], true, [['Equinix DB3', 'Dublin'], ['Digital Realty DUB02', 'Dublin2']], 'Dublin'],
  ['Hong Kong Metro', 2, ['East Asia'], true, [['Equinix HK1', 'Hong Kong'], ['iAdvantage MEGA-i', 'Hong Kong2']], 'Hong Kong'],
  ['Frankfurt Metro', 1, ['Germany West Central'], true, [['Digital Realty FRA11', 'Frankfurt'], ['Equinix FR7', 'Frankfurt2']], 'Frankfurt'],
  ['Jakarta Metro', 2, ['Indonesia Central'], true, [['NeutraDC HDC', 'Jakarta'], ['NTT GDC', 'Jakarta2']], 'Jakarta'],
  ['Johannesburg Metro', 3, ['South Africa North'], true, [['Teraco JT1', undefined], ['Africa Data Centres JHB1ADC', undefined]], 'Johannesburg'],
  ['Madrid Metro', 1, ['Spain Central'], true, [['Equinix MD2', 'Madrid2'], ['Digital Realty MAD1', 'Madrid']], 'Madrid'],
  ['Melbourne Metro', 2, ['Australia Southeast'], true, [['NextDC MEL01', 'Melbourne'], ['Equinix ME1/2', 'Melbourne2']], 'Melbourne'],
  ['Milan Metro', 1, ['Italy North'], true, [['Irideos Milan', 'Milan'], ['Data4Italy Milan', 'Milan2']], 'Milan'],
  ['Mumbai Metro', 2, ['West India'], true, [['TATA LVSB', undefined], ['Nxtra Data', undefined]], 'Mumbai'],
  ['New York Metro', 1, [], true, [['Equinix NY5', 'New York'], ['165 Halsey Street', undefined]], 'New York'],
  ['Paris Metro', 1, ['France Central'], true, [['Digital Realty PAR5', 'Paris'], ['Equinix PA4', 'Paris2']], 'Paris'],
  ['Phoenix Metro', 1, ['West US 3'], true, [['EdgeConnex POR01', undefined], ['PhoenixNAP', 'Phoenix2']], 'Phoenix'],
  ['Oslo Metro', 2, ['Norway East'], true, [['DigiPlex Ulven', 'Oslo'], ['Bulk Data IX', undefined]], 'Oslo'],
  ['Silicon Valley Metro', 1, ['West US'], true, [['Equinix SV10', undefined], ['CoreSite SV7', 'Silicon Valley2']], 'Silicon Valley'],
  ['Singapore Metro', 2, ['Southeast Asia'], true, [['Global Switch Tai Seng', 'Singapore2'], ['Equinix SG1', 'Singapore']], 'Singapore'],
  ['Stockholm Metro', 1, ['Sweden Central'], true, [['Equinix SK1', 'Stockholm'], ['Digital Realty STO6', 'Stockholm2']], 'Stockholm'],
  ['Sydney Metro', 2, ['Australia East'], true, [['Equinix SY2', 'Sydney'], ['NextDC S1', 'Sydney2']], 'Sydney'],
  ['Taipei Metro', 2, ['Taiwan North'], true, [['Chief Telecom', 'Taipei'], ['Chunghwa Telecom Co. Ltd', 'Taipei2']], 'Taipei'],
  ['Toronto Metro', 1, ['Canada Central'], true, [['Cologix TOR1', 'Toronto'], ['Allied King West', undefined]], 'Toronto'],
  ['Vienna Metro', 1, ['Austria East'], true, [['Digital Realty VIE1', 'Vienna'], ['NTT GDC', 'Vienna2']], 'Vienna'],
  ['Zurich Metro', 1, ['Switzerland North'], true, [['Digital Realty ZUR2', 'Zurich'], ['Equinix ZH5', 'Zurich2']], 'Zurich'],
  ['Washington DC Metro', 1, ['East US', 'East US 2'], true, [['Equinix DC6', 'Washington DC'], ['CoreSite VA3', undefined]], 'Washington DC'],
];

/**
 * Where metro.md and the providers-by-location page disagree, the Metro row is used (it is the row for that
 * location) and the disagreement is reported with every estimate that depends on it.
 */
export const METRO_ZONE_CONFLICTS: Record<string, string> = {
  'Oslo Metro': 'metro.md (2026-05-10) gives Oslo Metro Zone 2, while expressroute-locations-providers.md (2026-04-28) gives its site Oslo Zone 1',
};

/** US Government cloud table of the same page (no zone column: priced as "US Gov Zone 1"). */
export const US_GOV_LOCATIONS: Array<[string, string[]]> = [
  ['Atlanta', []],
  ['Chicago', []],
  ['Dallas', []],
  ['New York', []],
  ['Phoenix', ['US Gov Arizona']],
  ['San Antonio', ['US Gov Texas']],
  ['Silicon Valley', []],
  ['Seattle', []],
  ['Washington DC', ['US DoD East', 'US Gov Virginia']],
];

/** China table of the same page: a separate cloud, priced in CNY, not in the catalogue. */
export const CHINA_LOCATIONS: string[] = ['Beijing', 'Beijing2', 'Shanghai', 'Shanghai2'];

/** Geopolitical regions: [name, Azure regions, ExpressRoute locations] as the include lists them. */
export const GEOPOLITICAL_REGIONS: Array<[string, string[], string[]]> = [
  ['Australia Government', ['Australia Central', 'Australia Central 2'], ['Canberra', 'Canberra2']],
  [
    'Europe',
    ['France Central', 'France South', 'Germany North', 'Germany West Central', 'Italy North', 'North Europe', 'Norway East', 'Norway West', 'Poland Central', 'Sweden Central', 'Switzerland North', 'Switzerland West', 'UK West', 'UK South', 'West Europe'],
    ['Amsterdam', 'Amsterdam2', 'Berlin', 'Copenhagen', 'Dublin', 'Dublin2', 'Frankfurt', 'Frankfurt2', 'Geneva', 'London', 'London2', 'Madrid', 'Madrid2', 'Marseille', 'Milan', 'Milan2', 'Munich', 'Newport(Wales)', 'Oslo', 'Paris', 'Paris2', 'Stavanger', 'Stockholm', 'Warsaw', 'Zurich', 'Zurich2'],
  ],
  [
    'North America',
    ['East US', 'West US', 'East US 2', 'West US 2', 'West US 3', 'Central US', 'South Central US', 'North Central US', 'West Central US', 'Canada Central', 'Canada East'],
    ['Atlanta', 'Chicago', 'Chicago2', 'Dallas', 'Denver', 'Las Vegas', 'Los Angeles', 'Los Angeles2', 'Miami', 'Minneapolis', 'Montreal', 'New York', 'Phoenix', 'Quebec City', 'Queretaro (Mexico)', 'Quincy', 'San Antonio', 'Seattle', 'Silicon Valley', 'Silicon Valley2', 'Toronto', 'Toronto2', 'Vancouver', 'Washington DC', 'Washington DC2'],
  ],
  ['Asia', ['East Asia', 'Southeast Asia'], ['Bangkok', 'Hong Kong', 'Hong Kong2', 'Jakarta', 'Kuala Lumpur', 'Singapore', 'Singapore2', 'Taipei']],
  ['India', ['West India', 'Central India', 'South India'], ['Chennai', 'Chennai2', 'Mumbai', 'Mumbai2', 'Pune']],
  ['Israel', ['Israel Central'], ['Tel Aviv', 'Tel Aviv2']],
  ['Japan', ['Japan West', 'Japan East'], ['Osaka', 'Tokyo', 'Tokyo2', 'Tokyo3']],
  ['Oceania', ['Australia East', 'Australia Southeast'], ['Auckland', 'Melbourne', 'Perth', 'Sydney', 'Sydney2']],
  ['South Korea', ['Korea Central', 'Korea South'], ['Busan', 'Seoul', 'Seoul2']],
  ['UAE', ['UAE Central', 'UAE North'], ['Abu Dhabi', 'Dubai', 'Dubai2']],
  ['South Africa', ['South Africa West', 'South Africa North'], ['Cape Town', 'Johannesburg']],
  ['South America', ['Brazil South'], ['Campinas', 'Rio de Janeiro', 'Sao Paulo', 'Sao Paulo2', 'Santiago']],
  ['Qatar', ['Qatar Central'], ['Doha', 'Doha2']],
  ['US Government cloud', ['US Gov Arizona', 'US Gov Iowa', 'US Gov Texas', 'US Gov Virginia', 'US DoD Central', 'US DoD East'], []],
  ['China East', ['China East', 'China East 2'], ['Shanghai', 'Shanghai2']],
  ['China North', ['China North', 'China North 2', 'China North 3'], ['Beijing', 'Beijing2']],
];

/**
 * Not in the 2024 geopolitical table; inferred from the country (same country or continent as listed
 * locations and regions). Marked unverified wherever they are used.
 */
export const INFERRED_LOCATION_GEOPOLITICAL: Record<string, string> = {
  Atlanta2: 'North America',
  Dallas2: 'North America',
  Phoenix2: 'North America',
  Portland: 'North America',
  Brussels: 'Europe',
  Brussels2: 'Europe',
  Stockholm2: 'Europe',
  Vienna: 'Europe',
  Vienna2: 'Europe',
  Jakarta2: 'Asia',
  'Kuala Lumpur2': 'Asia',
  Taipei2: 'Asia',
  Melbourne2: 'Oceania',
};

export const INFERRED_REGION_GEOPOLITICAL: Record<string, string> = {
  // Local regions of Metro locations (metro.md, 2026-05-10) that the 2024 table predates.
  'Belgium Central': 'Europe',
  'Denmark East': 'Europe',
  'Austria East': 'Europe',
  'Spain Central': 'Europe',
  'Mexico Central': 'North America',
  'New Zealand North': 'Oceania',
  'Indonesia Central': 'Asia',
  'Malaysia West': 'Asia',
  'Taiwan North': 'Asia',
  'Brazil Southeast': 'South America',
};

/**
 * ExpressRoute Direct port locations. A Direct port (Microsoft.Network/expressRoutePorts) names its peering
 * location the way the `expressRoutePortsLocations` API lists it (`Get-AzExpressRoutePortsLocation`,
 * `az network express-route port location list`): provider-city-facility, e.g. `Equinix-Ashburn-DC2`, whose
 * address Microsoft's how-to gives as "21715 Filigree Court, DC2, Building F, Ashburn, VA 20147". The
 * providers page (expressroute-locations-providers.md) keys everything by peering location (`Washington DC`)
 * and names each one's facility in its Address column (`Equinix DC2`, `Equinix DC6`). A port location maps
 * to the peering location whose Address column names the same facility:
 *
 * - `facility`: the provider and the facility code (or facility name) in the port location name are the
 *   facility the page lists for that peering location, and for no other (`Equinix-Amsterdam-AM5` → Equinix
 *   AM5 → Amsterdam; `Interxion-Paris-PAR5` → Digital Realty(Interxion) PAR5 → Paris).
 * - `provider-city`: the page names the facility by its operator only (Tata Communications, Airtel, Switch LV,
 *   Global Switch Tai Seng, CyrusOne SA1), and that operator has exactly one peering location in that city
 *   on the page (`Tata-Mumbai-LVSB` → Mumbai, the one Tata Communications location of Mumbai; Mumbai2 is
 *   Airtel's).
 * - `location-name`: the page names the facility by its operator only and that operator has more than one
 *   peering location in the city, but the port location name carries the numbered name of one of them, a name
 *   no city has (`CDC-Canberra2` → Canberra2, whose facility the page gives as CDC). The same operator's name
 *   with the bare city (`CDC-Canberra`, `CDC-Canberra-CBR20`) is not mapped: the city is both locations'.
 *
 * The names themselves come from where they are published (a port location name is what Azure returns; it is
 * never built from a facility): Microsoft's how-to (PORT_NAME_SOURCES.erdirect), Google Cloud's Cross-Cloud
 * Interconnect location table, which lists each Azure port location "as it's known in Azure"
 * (PORT_NAME_SOURCES.gcp), and the Azure Verified Modules and azurerm provider tests that deploy ports
 * (PORT_NAME_SOURCES.avm). A name not in this table is not guessed from its parts: it stays unknown, the scan
 * reports it, and circuits on the port are not priced.
 */
export const DIRECT_PORT_SOURCE =
  "erscan's table of ExpressRoute Direct port locations (src/locations/data.ts), mapped by facility to expressroute-locations-providers.md (ms.date 2026-04-28)";

/** Where each port location name is published (cited by `PortLocationRow`). */
export const PORT_NAME_SOURCES = {
  erdirect:
    'MicrosoftDocs/azure-docs articles/expressroute/expressroute-howto-erdirect.md "Create Azure ExpressRoute Direct" (ms.date 07/10/2025), example output of Get-AzExpressRoutePortsLocation and az network express-route port location list',
  gcp: 'Google Cloud, Cross-Cloud Interconnect "Choose your locations" for Azure (docs.cloud.google.com/network-connectivity/docs/interconnect/how-to/cci/azure/choose-locations, last updated 2026-04-02), column "Remote location … Microsoft Azure"',
  avm: 'Azure Verified Modules and azurerm tests that deploy Direct ports: Azure/bicep-registry-modules avm/res/network/express-route-port (tests/e2e, README), Azure/terraform-azurerm-avm-res-network-expressroutecircuit (examples), hashicorp/terraform-provider-azurerm (express_route_port acceptance tests)',
  hoover:
    'hooverken/ARMPowershell Get-ExpressRouteLocationSpeedOfferings/README.md ("the official port name for the location, like Equinix-Paris-PA4"; a Microsoft engineer\'s script over Get-AzExpressRoutePortsLocation)',
} as const;

export type PortNameSource = keyof typeof PORT_NAME_SOURCES;

/**
 * [port location as Azure names it, peering location of the providers page, the facility as that page's
 * Address column names it, how they were matched, where the port location name is published]
 */
export type PortLocationRow = [port: string, location: string, facility: string, basis: 'facility' | 'provider-city' | 'location-name', seenIn: PortNameSource[]];

export const DIRECT_PORT_LOCATIONS: PortLocationRow[] = [
  // North America
  ['Equinix-Ashburn-DC2', 'Washington DC', 'Equinix DC2', 'facility', ['erdirect', 'gcp']],
  ['Equinix-Ashburn-DC6', 'Washington DC', 'Equinix DC6', 'facility', ['gcp']],
  // The page marks Washington DC2 "ER Direct ✗"; Google's table lists this port location all the same.
  ['CoreSite-Reston-VA2', 'Washington DC2', 'Coresite VA2', 'facility', ['gcp']],
  ['Equinix-New-York-NY5', 'New York', 'Equinix NY5', 'facility', ['erdirect']],
  ['Equinix-Chicago-CH1', 'Chicago', 'Equinix CH1', 'facility', ['gcp']],
  ['Equinix-Dallas-DA3', 'Dallas', 'Equinix DA3', 'facility', ['erdirect', 'gcp']],
  ['CyrusOne-San-Antonio-1', 'San Antonio', 'CyrusOne SA1', 'provider-city', ['gcp']],
  ['Switch-Las-Vegas', 'Las Vegas', 'Switch LV', 'provider-city', ['gcp']],
  ['Equinix-San-Jose-SV1', 'Silicon Valley', 'Equinix SV1', 'facility', ['erdirect']],
  ['CoreSite-Santa-Clara-SV7', 'Silicon Valley2', 'Coresite SV7', 'facility', ['gcp']],
  ['Equinix-Seattle-SE2', 'Seattle', 'Equinix SE2', 'facility', ['erdirect', 'gcp', 'avm']],
  ['EdgeConneX-Portland-POR01', 'Portland', 'EdgeConnex POR01', 'facility', ['gcp']],
  ['Cologix-Montreal-MTL3', 'Montreal', 'Cologix MTL3', 'facility', ['gcp']],
  ['Cologix-Toronto-TOR1', 'Toronto', 'Cologix TOR1', 'facility', ['gcp']],
  // Europe
  ['Equinix-Amsterdam-AM5', 'Amsterdam', 'Equinix AM5', 'facility', ['gcp', 'avm']],
  ['Equinix-London-LD5', 'London', 'Equinix LD5', 'facility', ['gcp', 'avm']],
  ['Interxion-Frankfurt-FRA11', 'Frankfurt', 'Digital Realty(Interxion) FRA11', 'facility', ['gcp']],
  ['Equinix-Frankfurt-FR7', 'Frankfurt2', 'Equinix FR7', 'facility', ['gcp']],
  ['Interxion-Paris-PAR5', 'Paris', 'Digital Realty(Interxion) PAR5', 'facility', ['gcp']],
  // The page's Address cell reads "Equinix" and links to Equinix PA4; metro.md names the Paris2 site "Equinix PA4".
  ['Equinix-Paris-PA4', 'Paris2', 'Equinix PA4', 'facility', ['hoover']],
  ['Interxion-Zurich-ZUR2', 'Zurich', 'Digital Realty(Interxion) ZUR2', 'facility', ['gcp']],
  // Asia Pacific
  ['Airtel-Chennai2-CLS', 'Chennai2', 'Airtel', 'provider-city', ['avm']],
  // CDC runs both Canberra and Canberra2 (the page's Address column reads "CDC" for each): the name's "Canberra2" tells which.
  ['CDC-Canberra2', 'Canberra2', 'CDC', 'location-name', ['avm']],
  ['Tata-Mumbai-LVSB', 'Mumbai', 'Tata Communications', 'provider-city', ['gcp']],
  ['Equinix-Hong-Kong-HK1', 'Hong Kong', 'Equinix HK1', 'facility', ['gcp']],
  ['Equinix-Osaka-OS1', 'Osaka', 'Equinix OS1', 'facility', ['gcp']],
  ['Equinix-Tokyo-TY4', 'Tokyo', 'Equinix TY4', 'facility', ['gcp']],
  ['KINX-Seoul-Gasan', 'Seoul', 'KINX Gasan IDC', 'facility', ['gcp']],
  ['Equinix-Singapore-SG1', 'Singapore', 'Equinix SG1', 'facility', ['gcp']],
  ['Global-Switch-Singapore', 'Singapore2', 'Global Switch Tai Seng', 'provider-city', ['gcp']],
  ['Equinix-Sydney-SY2', 'Sydney', 'Equinix SY2', 'facility', ['gcp']],
  ['NextDC-Sydney-S1', 'Sydney2', 'NextDC S1', 'facility', ['gcp']],
];

/**
 * Port location names that are published but do not map to one peering location of the providers page:
 * reported with the reason, never guessed.
 */
export const UNMAPPED_PORT_LOCATIONS: Record<string, string> = {
  // Name from PORT_NAME_SOURCES.gcp.
  'CoreSite-Reston-VA3':
    'expressroute-locations-providers.md (2026-04-28) lists no peering location at CoreSite VA3 (metro.md names it as a site of Washington DC Metro, not as a peering location of its own)',
  // Name from PORT_NAME_SOURCES.avm (azurerm's express_route_port acceptance tests deploy a port there); the Bicep sample
  // of Microsoft Learn's template reference for Microsoft.Network/expressRouteCircuits/peerings/connections (2024-10-01)
  // deploys one there beside one at Airtel-Chennai2-CLS.
  'CDC-Canberra':
    'expressroute-locations-providers.md (2026-04-28) gives CDC as the facility of both Canberra and Canberra2, and "Canberra" in the name is the city of both (CDC also names CDC-Canberra2 and CDC-Canberra-CBR20 there), so the name does not tell which',
  // Name from hooverken/ARMPowershell Get-ExpressRouteLocationSpeedOfferings.ps1 (a location Get-AzExpressRoutePortsLocation lists).
  'CDC-Canberra-CBR20':
    'expressroute-locations-providers.md (2026-04-28) gives CDC as the facility of both Canberra and Canberra2, so the operator does not tell which one',
};

/**
 * Peering locations an older version of the providers-by-location page listed and the current one
 * (expressroute-locations-providers.md, ms.date 04/28/2026) does not. They stay unknown (no zone, no Local
 * regions, no geography): the old row is not evidence of today's zone (Jakarta was Zone 4 on the 2023 page and is
 * Zone 2 now). Only the reason a circuit there is unknown uses them. [name, why]
 */
export const DELISTED_LOCATIONS: Array<[string, string]> = [
  // MicrosoftDocs/azure-docs articles/expressroute/expressroute-locations-providers.md, ms.date 08/28/2023:
  // "Bogota | Equinix BG1 | 4 | n/a | Supported"; absent from the 04/28/2026 version.
  ['Bogota', "an older version of Microsoft's peering locations page (ms.date 08/28/2023) listed it, the current one (04/28/2026) does not; the old page's zone is not used"],
];
