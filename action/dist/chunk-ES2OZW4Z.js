// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  compareText,
  readDataFile
} from "./chunk-X6A6OTOC.js";
import {
  schemaValidator,
  validateOrThrow
} from "./chunk-BAWUMSZC.js";
import {
  InputError,
  displayPath,
  jsonPath
} from "./chunk-UNOFXXSK.js";

// dist/pricing/usage.js
var MAX_GB_PER_MONTH = 13392e4;
function loadUsage(file) {
  const data = readDataFile(file);
  validateOrThrow(schemaValidator("usage.schema.json"), data, file);
  const d = data;
  refuseCaseTwins(file, "circuits", d.circuits);
  refuseCaseTwins(file, "gateways", d.gateways ?? {});
  return { file, circuits: d.circuits, gateways: d.gateways ?? {} };
}
function refuseCaseTwins(file, section, entries) {
  const seen = /* @__PURE__ */ new Map();
  for (const k of Object.keys(entries)) {
    const first = seen.get(k.toLowerCase());
    if (first === void 0)
      seen.set(k.toLowerCase(), k);
    else
      throw new InputError(file, jsonPath([section, k]), "one entry per resource (ARM ids and names are compared case-insensitively)", `the same key as ${JSON.stringify(first)} but for case`);
  }
}
function matchUsage(entries, resources, what, file) {
  const byKey = /* @__PURE__ */ new Map();
  const notices = [];
  const ids = new Set(resources.map((r) => r.key));
  const byName = /* @__PURE__ */ new Map();
  for (const r of resources) {
    const n = r.name.toLowerCase();
    byName.set(n, [...byName.get(n) ?? [], r]);
  }
  const where = file ? `usage file ${displayPath(file)}` : "usage file";
  const keys = Object.keys(entries).sort((a, b) => Number(b.startsWith("/")) - Number(a.startsWith("/")) || compareText(a, b));
  for (const k of keys) {
    const lk = k.toLowerCase();
    if (k.startsWith("/")) {
      if (ids.has(lk))
        byKey.set(lk, entries[k]);
      else
        notices.push(`${where}: ${what} "${k}" is not in the inventory; its usage is ignored`);
      continue;
    }
    const matches = byName.get(lk) ?? [];
    if (matches.length === 0)
      notices.push(`${where}: no ${what} is named "${k}"; its usage is ignored`);
    else if (matches.length > 1)
      notices.push(`${where}: ${matches.length} ${what}s are named "${k}"; use the ARM id as the key (usage not applied)`);
    else if (!byKey.has(matches[0].key))
      byKey.set(matches[0].key, entries[k]);
    else
      notices.push(`${where}: "${k}" names the ${what} the ARM id key ${matches[0].key} gives usage for; the id's entry is used`);
  }
  return { byKey, notices };
}

// dist/locations/data.js
var LOCATIONS_SOURCE = "Microsoft Learn: expressroute-locations-providers.md (ms.date 2026-04-28), zone and Local Azure regions columns";
var METRO_SOURCE = 'Microsoft Learn: articles/expressroute/metro.md "About ExpressRoute Metro" (ms.date 2026-05-10), table "ExpressRoute Metro locations"';
var COMMERCIAL_LOCATIONS = [
  ["Abu Dhabi", 3, ["UAE Central"], true],
  ["Amsterdam", 1, ["West Europe"], true],
  ["Amsterdam2", 1, ["West Europe"], true],
  ["Atlanta", 1, [], true],
  ["Atlanta2", 1, [], true],
  ["Auckland", 2, ["New Zealand North"], true],
  ["Bangkok", 2, [], true],
  ["Berlin", 1, ["Germany North"], true],
  ["Brussels", 1, [], true],
  ["Brussels2", 1, [], true],
  ["Busan", 2, ["Korea South"], false],
  ["Campinas", 3, ["Brazil South"], true],
  ["Canberra", 1, ["Australia Central"], true],
  ["Canberra2", 1, ["Australia Central 2"], true],
  ["Cape Town", 3, ["South Africa West"], true],
  ["Chennai", 2, ["South India"], true],
  ["Chennai2", 2, ["South India"], true],
  ["Chicago", 1, ["North Central US"], true],
  ["Chicago2", 1, ["North Central US"], true],
  ["Copenhagen", 1, [], true],
  ["Dallas", 1, [], true],
  ["Dallas2", 1, [], true],
  ["Denver", 1, ["West Central US"], true],
  ["Doha", 3, ["Qatar Central"], true],
  ["Doha2", 3, ["Qatar Central"], true],
  ["Dubai", 3, ["UAE North"], true],
  ["Dubai2", 3, ["UAE North"], false],
  ["Dublin", 1, ["North Europe"], true],
  ["Dublin2", 1, ["North Europe"], true],
  ["Frankfurt", 1, ["Germany West Central"], true],
  ["Frankfurt2", 1, ["Germany West Central"], true],
  ["Geneva", 1, ["Switzerland West"], true],
  ["Hong Kong", 2, ["East Asia"], true],
  ["Hong Kong2", 2, ["East Asia"], true],
  ["Jakarta", 2, ["Indonesia Central"], true],
  ["Jakarta2", 2, ["Indonesia Central"], true],
  ["Johannesburg", 3, ["South Africa North"], true],
  ["Kuala Lumpur", 2, ["Malaysia West"], true],
  ["Kuala Lumpur2", 2, ["Malaysia West"], true],
  ["Las Vegas", 1, [], true],
  ["London", 1, ["UK South"], true],
  ["London2", 1, ["UK South"], true],
  ["Los Angeles", 1, [], true],
  ["Los Angeles2", 1, [], true],
  ["Madrid", 1, ["Spain Central"], true],
  ["Madrid2", 1, ["Spain Central"], true],
  ["Marseille", 1, ["France South"], false],
  ["Melbourne", 2, ["Australia Southeast"], true],
  ["Melbourne2", 2, ["Australia Southeast"], true],
  ["Miami", 1, [], true],
  ["Milan", 1, ["Italy North"], true],
  ["Milan2", 1, ["Italy North"], true],
  ["Minneapolis", 1, [], true],
  ["Montreal", 1, [], true],
  ["Mumbai", 2, ["West India"], true],
  ["Mumbai2", 2, ["West India"], true],
  ["Munich", 1, [], true],
  ["New York", 1, [], true],
  ["Newport(Wales)", 1, ["UK West"], true],
  ["Osaka", 2, ["Japan West"], true],
  ["Oslo", 1, ["Norway East"], true],
  ["Paris", 1, ["France Central"], true],
  ["Paris2", 1, ["France Central"], true],
  ["Perth", 2, [], true],
  ["Phoenix", 1, ["West US 3"], true],
  ["Phoenix2", 1, ["West US 3"], true],
  ["Portland", 1, ["West US 2"], true],
  ["Pune", 2, ["Central India"], true],
  ["Quebec City", 1, ["Canada East"], true],
  ["Queretaro (Mexico)", 4, ["Mexico Central"], true],
  ["Quincy", 1, ["West US 2"], true],
  ["Rio de Janeiro", 3, ["Brazil Southeast"], true],
  ["San Antonio", 1, ["South Central US"], true],
  ["Santiago", 3, [], true],
  ["Sao Paulo", 3, ["Brazil South"], true],
  ["Sao Paulo2", 3, ["Brazil South"], true],
  ["Seattle", 1, ["West US 2"], true],
  ["Seoul", 2, ["Korea Central"], true],
  ["Seoul2", 2, ["Korea Central"], false],
  ["Silicon Valley", 1, ["West US"], true],
  ["Silicon Valley2", 1, ["West US"], true],
  ["Singapore", 2, ["Southeast Asia"], true],
  ["Singapore2", 2, ["Southeast Asia"], true],
  ["Stavanger", 1, ["Norway West"], true],
  ["Stockholm", 1, ["Sweden Central"], true],
  ["Stockholm2", 1, ["Sweden Central"], true],
  ["Sydney", 2, ["Australia East"], true],
  ["Sydney2", 2, ["Australia East"], true],
  ["Taipei", 2, ["Taiwan North"], true],
  ["Taipei2", 2, ["Taiwan North"], true],
  ["Tel Aviv", 2, ["Israel Central"], true],
  ["Tel Aviv2", 2, ["Israel Central"], true],
  ["Tokyo", 2, ["Japan East"], true],
  ["Tokyo2", 2, ["Japan East"], true],
  ["Tokyo3", 2, ["Japan East"], true],
  ["Toronto", 1, ["Canada Central"], true],
  ["Toronto2", 1, ["Canada Central"], true],
  ["Vancouver", 1, [], true],
  ["Vienna", 1, [], true],
  ["Vienna2", 1, [], true],
  ["Warsaw", 1, ["Poland Central"], true],
  ["Washington DC", 1, ["East US", "East US 2"], true],
  ["Washington DC2", 1, ["East US", "East US 2"], false],
  ["Zurich", 1, ["Switzerland North"], true],
  ["Zurich2", 1, ["Switzerland North"], true]
];
var METRO_LOCATIONS = [
  ["Amsterdam Metro", 1, ["West Europe"], true, [["Equinix AM5", "Amsterdam"], ["Digital Realty AMS8", "Amsterdam2"]], "Amsterdam"],
  ["Atlanta Metro", 1, [], true, [["Equinix AT1", "Atlanta"], ["Digital Realty ATL14", "Atlanta2"]], "Atlanta"],
  ["Brussels Metro", 1, ["Belgium Central"], false, [["Digital Realty BR4", "Brussels"], ["LCL Brussels North", "Brussels2"]], "Brussels"],
  ["Chicago Metro", 1, ["North Central US"], true, [["Equinix CH1", "Chicago"], ["CoreSite CH1", "Chicago2"]], "Chicago"],
  ["Copenhagen Metro", 1, ["Denmark East"], true, [["Digital Realty CPH1", "Copenhagen"], ["Global Connect Copenhagen", void 0]], "Copenhagen"],
  ["Dallas Metro", 1, [], true, [["Equinix DA6", "Dallas"], ["Digital Realty DFW10", "Dallas2"]], "Dallas"],
  ["Dublin Metro", 1, ["North Europe"], true, [["Equinix DB3", "Dublin"], ["Digital Realty DUB02", "Dublin2"]], "Dublin"],
  ["Hong Kong Metro", 2, ["East Asia"], true, [["Equinix HK1", "Hong Kong"], ["iAdvantage MEGA-i", "Hong Kong2"]], "Hong Kong"],
  ["Frankfurt Metro", 1, ["Germany West Central"], true, [["Digital Realty FRA11", "Frankfurt"], ["Equinix FR7", "Frankfurt2"]], "Frankfurt"],
  ["Jakarta Metro", 2, ["Indonesia Central"], true, [["NeutraDC HDC", "Jakarta"], ["NTT GDC", "Jakarta2"]], "Jakarta"],
  ["Johannesburg Metro", 3, ["South Africa North"], true, [["Teraco JT1", void 0], ["Africa Data Centres JHB1ADC", void 0]], "Johannesburg"],
  ["Madrid Metro", 1, ["Spain Central"], true, [["Equinix MD2", "Madrid2"], ["Digital Realty MAD1", "Madrid"]], "Madrid"],
  ["Melbourne Metro", 2, ["Australia Southeast"], true, [["NextDC MEL01", "Melbourne"], ["Equinix ME1/2", "Melbourne2"]], "Melbourne"],
  ["Milan Metro", 1, ["Italy North"], true, [["Irideos Milan", "Milan"], ["Data4Italy Milan", "Milan2"]], "Milan"],
  ["Mumbai Metro", 2, ["West India"], true, [["TATA LVSB", void 0], ["Nxtra Data", void 0]], "Mumbai"],
  ["New York Metro", 1, [], true, [["Equinix NY5", "New York"], ["165 Halsey Street", void 0]], "New York"],
  ["Paris Metro", 1, ["France Central"], true, [["Digital Realty PAR5", "Paris"], ["Equinix PA4", "Paris2"]], "Paris"],
  ["Phoenix Metro", 1, ["West US 3"], true, [["EdgeConnex POR01", void 0], ["PhoenixNAP", "Phoenix2"]], "Phoenix"],
  ["Oslo Metro", 2, ["Norway East"], true, [["DigiPlex Ulven", "Oslo"], ["Bulk Data IX", void 0]], "Oslo"],
  ["Silicon Valley Metro", 1, ["West US"], true, [["Equinix SV10", void 0], ["CoreSite SV7", "Silicon Valley2"]], "Silicon Valley"],
  ["Singapore Metro", 2, ["Southeast Asia"], true, [["Global Switch Tai Seng", "Singapore2"], ["Equinix SG1", "Singapore"]], "Singapore"],
  ["Stockholm Metro", 1, ["Sweden Central"], true, [["Equinix SK1", "Stockholm"], ["Digital Realty STO6", "Stockholm2"]], "Stockholm"],
  ["Sydney Metro", 2, ["Australia East"], true, [["Equinix SY2", "Sydney"], ["NextDC S1", "Sydney2"]], "Sydney"],
  ["Taipei Metro", 2, ["Taiwan North"], true, [["Chief Telecom", "Taipei"], ["Chunghwa Telecom Co. Ltd", "Taipei2"]], "Taipei"],
  ["Toronto Metro", 1, ["Canada Central"], true, [["Cologix TOR1", "Toronto"], ["Allied King West", void 0]], "Toronto"],
  ["Vienna Metro", 1, ["Austria East"], true, [["Digital Realty VIE1", "Vienna"], ["NTT GDC", "Vienna2"]], "Vienna"],
  ["Zurich Metro", 1, ["Switzerland North"], true, [["Digital Realty ZUR2", "Zurich"], ["Equinix ZH5", "Zurich2"]], "Zurich"],
  ["Washington DC Metro", 1, ["East US", "East US 2"], true, [["Equinix DC6", "Washington DC"], ["CoreSite VA3", void 0]], "Washington DC"]
];
var METRO_ZONE_CONFLICTS = {
  "Oslo Metro": "metro.md (2026-05-10) gives Oslo Metro Zone 2, while expressroute-locations-providers.md (2026-04-28) gives its site Oslo Zone 1"
};
var US_GOV_LOCATIONS = [
  ["Atlanta", []],
  ["Chicago", []],
  ["Dallas", []],
  ["New York", []],
  ["Phoenix", ["US Gov Arizona"]],
  ["San Antonio", ["US Gov Texas"]],
  ["Silicon Valley", []],
  ["Seattle", []],
  ["Washington DC", ["US DoD East", "US Gov Virginia"]]
];
var CHINA_LOCATIONS = ["Beijing", "Beijing2", "Shanghai", "Shanghai2"];
var GEOPOLITICAL_REGIONS = [
  ["Australia Government", ["Australia Central", "Australia Central 2"], ["Canberra", "Canberra2"]],
  [
    "Europe",
    ["France Central", "France South", "Germany North", "Germany West Central", "Italy North", "North Europe", "Norway East", "Norway West", "Poland Central", "Sweden Central", "Switzerland North", "Switzerland West", "UK West", "UK South", "West Europe"],
    ["Amsterdam", "Amsterdam2", "Berlin", "Copenhagen", "Dublin", "Dublin2", "Frankfurt", "Frankfurt2", "Geneva", "London", "London2", "Madrid", "Madrid2", "Marseille", "Milan", "Milan2", "Munich", "Newport(Wales)", "Oslo", "Paris", "Paris2", "Stavanger", "Stockholm", "Warsaw", "Zurich", "Zurich2"]
  ],
  [
    "North America",
    ["East US", "West US", "East US 2", "West US 2", "West US 3", "Central US", "South Central US", "North Central US", "West Central US", "Canada Central", "Canada East"],
    ["Atlanta", "Chicago", "Chicago2", "Dallas", "Denver", "Las Vegas", "Los Angeles", "Los Angeles2", "Miami", "Minneapolis", "Montreal", "New York", "Phoenix", "Quebec City", "Queretaro (Mexico)", "Quincy", "San Antonio", "Seattle", "Silicon Valley", "Silicon Valley2", "Toronto", "Toronto2", "Vancouver", "Washington DC", "Washington DC2"]
  ],
  ["Asia", ["East Asia", "Southeast Asia"], ["Bangkok", "Hong Kong", "Hong Kong2", "Jakarta", "Kuala Lumpur", "Singapore", "Singapore2", "Taipei"]],
  ["India", ["West India", "Central India", "South India"], ["Chennai", "Chennai2", "Mumbai", "Mumbai2", "Pune"]],
  ["Israel", ["Israel Central"], ["Tel Aviv", "Tel Aviv2"]],
  ["Japan", ["Japan West", "Japan East"], ["Osaka", "Tokyo", "Tokyo2", "Tokyo3"]],
  ["Oceania", ["Australia East", "Australia Southeast"], ["Auckland", "Melbourne", "Perth", "Sydney", "Sydney2"]],
  ["South Korea", ["Korea Central", "Korea South"], ["Busan", "Seoul", "Seoul2"]],
  ["UAE", ["UAE Central", "UAE North"], ["Abu Dhabi", "Dubai", "Dubai2"]],
  ["South Africa", ["South Africa West", "South Africa North"], ["Cape Town", "Johannesburg"]],
  ["South America", ["Brazil South"], ["Campinas", "Rio de Janeiro", "Sao Paulo", "Sao Paulo2", "Santiago"]],
  ["Qatar", ["Qatar Central"], ["Doha", "Doha2"]],
  ["US Government cloud", ["US Gov Arizona", "US Gov Iowa", "US Gov Texas", "US Gov Virginia", "US DoD Central", "US DoD East"], []],
  ["China East", ["China East", "China East 2"], ["Shanghai", "Shanghai2"]],
  ["China North", ["China North", "China North 2", "China North 3"], ["Beijing", "Beijing2"]]
];
var INFERRED_LOCATION_GEOPOLITICAL = {
  Atlanta2: "North America",
  Dallas2: "North America",
  Phoenix2: "North America",
  Portland: "North America",
  Brussels: "Europe",
  Brussels2: "Europe",
  Stockholm2: "Europe",
  Vienna: "Europe",
  Vienna2: "Europe",
  Jakarta2: "Asia",
  "Kuala Lumpur2": "Asia",
  Taipei2: "Asia",
  Melbourne2: "Oceania"
};
var INFERRED_REGION_GEOPOLITICAL = {
  // Local regions of Metro locations (metro.md, 2026-05-10) that the 2024 table predates.
  "Belgium Central": "Europe",
  "Denmark East": "Europe",
  "Austria East": "Europe",
  "Spain Central": "Europe",
  "Mexico Central": "North America",
  "New Zealand North": "Oceania",
  "Indonesia Central": "Asia",
  "Malaysia West": "Asia",
  "Taiwan North": "Asia",
  "Brazil Southeast": "South America"
};
var DIRECT_PORT_SOURCE = "erscan's table of ExpressRoute Direct port locations (src/locations/data.ts), mapped by facility to expressroute-locations-providers.md (ms.date 2026-04-28)";
var PORT_NAME_SOURCES = {
  erdirect: 'MicrosoftDocs/azure-docs articles/expressroute/expressroute-howto-erdirect.md "Create Azure ExpressRoute Direct" (ms.date 07/10/2025), example output of Get-AzExpressRoutePortsLocation and az network express-route port location list',
  gcp: 'Google Cloud, Cross-Cloud Interconnect "Choose your locations" for Azure (docs.cloud.google.com/network-connectivity/docs/interconnect/how-to/cci/azure/choose-locations, last updated 2026-04-02), column "Remote location \u2026 Microsoft Azure"',
  avm: "Azure Verified Modules and azurerm tests that deploy Direct ports: Azure/bicep-registry-modules avm/res/network/express-route-port (tests/e2e, README), Azure/terraform-azurerm-avm-res-network-expressroutecircuit (examples), hashicorp/terraform-provider-azurerm (express_route_port acceptance tests)",
  hoover: `hooverken/ARMPowershell Get-ExpressRouteLocationSpeedOfferings/README.md ("the official port name for the location, like Equinix-Paris-PA4"; a Microsoft engineer's script over Get-AzExpressRoutePortsLocation)`
};
var DIRECT_PORT_LOCATIONS = [
  // North America
  ["Equinix-Ashburn-DC2", "Washington DC", "Equinix DC2", "facility", ["erdirect", "gcp"]],
  ["Equinix-Ashburn-DC6", "Washington DC", "Equinix DC6", "facility", ["gcp"]],
  // The page marks Washington DC2 "ER Direct ✗"; Google's table lists this port location all the same.
  ["CoreSite-Reston-VA2", "Washington DC2", "Coresite VA2", "facility", ["gcp"]],
  ["Equinix-New-York-NY5", "New York", "Equinix NY5", "facility", ["erdirect"]],
  ["Equinix-Chicago-CH1", "Chicago", "Equinix CH1", "facility", ["gcp"]],
  ["Equinix-Dallas-DA3", "Dallas", "Equinix DA3", "facility", ["erdirect", "gcp"]],
  ["CyrusOne-San-Antonio-1", "San Antonio", "CyrusOne SA1", "provider-city", ["gcp"]],
  ["Switch-Las-Vegas", "Las Vegas", "Switch LV", "provider-city", ["gcp"]],
  ["Equinix-San-Jose-SV1", "Silicon Valley", "Equinix SV1", "facility", ["erdirect"]],
  ["CoreSite-Santa-Clara-SV7", "Silicon Valley2", "Coresite SV7", "facility", ["gcp"]],
  ["Equinix-Seattle-SE2", "Seattle", "Equinix SE2", "facility", ["erdirect", "gcp", "avm"]],
  ["EdgeConneX-Portland-POR01", "Portland", "EdgeConnex POR01", "facility", ["gcp"]],
  ["Cologix-Montreal-MTL3", "Montreal", "Cologix MTL3", "facility", ["gcp"]],
  ["Cologix-Toronto-TOR1", "Toronto", "Cologix TOR1", "facility", ["gcp"]],
  // Europe
  ["Equinix-Amsterdam-AM5", "Amsterdam", "Equinix AM5", "facility", ["gcp", "avm"]],
  ["Equinix-London-LD5", "London", "Equinix LD5", "facility", ["gcp", "avm"]],
  ["Interxion-Frankfurt-FRA11", "Frankfurt", "Digital Realty(Interxion) FRA11", "facility", ["gcp"]],
  ["Equinix-Frankfurt-FR7", "Frankfurt2", "Equinix FR7", "facility", ["gcp"]],
  ["Interxion-Paris-PAR5", "Paris", "Digital Realty(Interxion) PAR5", "facility", ["gcp"]],
  // The page's Address cell reads "Equinix" and links to Equinix PA4; metro.md names the Paris2 site "Equinix PA4".
  ["Equinix-Paris-PA4", "Paris2", "Equinix PA4", "facility", ["hoover"]],
  ["Interxion-Zurich-ZUR2", "Zurich", "Digital Realty(Interxion) ZUR2", "facility", ["gcp"]],
  // Asia Pacific
  ["Airtel-Chennai2-CLS", "Chennai2", "Airtel", "provider-city", ["avm"]],
  // CDC runs both Canberra and Canberra2 (the page's Address column reads "CDC" for each): the name's "Canberra2" tells which.
  ["CDC-Canberra2", "Canberra2", "CDC", "location-name", ["avm"]],
  ["Tata-Mumbai-LVSB", "Mumbai", "Tata Communications", "provider-city", ["gcp"]],
  ["Equinix-Hong-Kong-HK1", "Hong Kong", "Equinix HK1", "facility", ["gcp"]],
  ["Equinix-Osaka-OS1", "Osaka", "Equinix OS1", "facility", ["gcp"]],
  ["Equinix-Tokyo-TY4", "Tokyo", "Equinix TY4", "facility", ["gcp"]],
  ["KINX-Seoul-Gasan", "Seoul", "KINX Gasan IDC", "facility", ["gcp"]],
  ["Equinix-Singapore-SG1", "Singapore", "Equinix SG1", "facility", ["gcp"]],
  ["Global-Switch-Singapore", "Singapore2", "Global Switch Tai Seng", "provider-city", ["gcp"]],
  ["Equinix-Sydney-SY2", "Sydney", "Equinix SY2", "facility", ["gcp"]],
  ["NextDC-Sydney-S1", "Sydney2", "NextDC S1", "facility", ["gcp"]]
];
var UNMAPPED_PORT_LOCATIONS = {
  // Name from PORT_NAME_SOURCES.gcp.
  "CoreSite-Reston-VA3": "expressroute-locations-providers.md (2026-04-28) lists no peering location at CoreSite VA3 (metro.md names it as a site of Washington DC Metro, not as a peering location of its own)",
  // Name from PORT_NAME_SOURCES.avm (azurerm's express_route_port acceptance tests deploy a port there); the Bicep sample
  // of Microsoft Learn's template reference for Microsoft.Network/expressRouteCircuits/peerings/connections (2024-10-01)
  // deploys one there beside one at Airtel-Chennai2-CLS.
  "CDC-Canberra": 'expressroute-locations-providers.md (2026-04-28) gives CDC as the facility of both Canberra and Canberra2, and "Canberra" in the name is the city of both (CDC also names CDC-Canberra2 and CDC-Canberra-CBR20 there), so the name does not tell which',
  // Name from hooverken/ARMPowershell Get-ExpressRouteLocationSpeedOfferings.ps1 (a location Get-AzExpressRoutePortsLocation lists).
  "CDC-Canberra-CBR20": "expressroute-locations-providers.md (2026-04-28) gives CDC as the facility of both Canberra and Canberra2, so the operator does not tell which one"
};
var DELISTED_LOCATIONS = [
  // MicrosoftDocs/azure-docs articles/expressroute/expressroute-locations-providers.md, ms.date 08/28/2023:
  // "Bogota | Equinix BG1 | 4 | n/a | Supported"; absent from the 04/28/2026 version.
  ["Bogota", "an older version of Microsoft's peering locations page (ms.date 08/28/2023) listed it, the current one (04/28/2026) does not; the old page's zone is not used"]
];

// dist/locations/index.js
function normaliseName(name) {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function armRegionName(displayOrArm) {
  return normaliseName(displayOrArm);
}
var ALIASES = {
  queretaro: "Queretaro (Mexico)",
  newport: "Newport(Wales)",
  newportwales: "Newport(Wales)"
};
var REGION_ALIASES = { indiawest: "westindia", indiacentral: "centralindia", indiasouth: "southindia" };
var regionGeo = /* @__PURE__ */ new Map();
var locationGeo = /* @__PURE__ */ new Map();
for (const [geo, regions, locations] of GEOPOLITICAL_REGIONS) {
  for (const r of regions)
    regionGeo.set(armRegionName(r), { geo, inferred: false });
  for (const l of locations)
    locationGeo.set(normaliseName(l), { geo, inferred: false });
}
for (const [r, geo] of Object.entries(INFERRED_REGION_GEOPOLITICAL))
  regionGeo.set(armRegionName(r), { geo, inferred: true });
for (const [l, geo] of Object.entries(INFERRED_LOCATION_GEOPOLITICAL))
  locationGeo.set(normaliseName(l), { geo, inferred: true });
function metroOf(name) {
  return name.replace(/\s+Metro$/i, "").replace(/\s*\d+$/, "").replace(/\s*\(.*\)$/, "").trim();
}
function build(name, cloud, zone, localRegionNames, erDirect) {
  const g = cloud === "usgov" ? { geo: "US Government cloud", inferred: false } : locationGeo.get(normaliseName(name));
  return {
    name,
    label: name,
    cloud,
    zone,
    metro: metroOf(name),
    localRegions: localRegionNames.map(armRegionName),
    localRegionNames,
    erDirect,
    ...g ? { geopolitical: g.geo, ...g.inferred ? { geopoliticalInferred: true } : {} } : {},
    kind: "standard",
    sites: [{ key: normaliseName(name), label: name }],
    source: LOCATIONS_SOURCE
  };
}
var commercial = /* @__PURE__ */ new Map();
for (const [name, zone, local, direct] of COMMERCIAL_LOCATIONS)
  commercial.set(normaliseName(name), build(name, "public", `Zone ${zone}`, local, direct));
for (const [name, zone, local, direct, sites, city] of METRO_LOCATIONS) {
  const info = build(name, "public", `Zone ${zone}`, local, direct);
  const cityGeo = locationGeo.get(normaliseName(city));
  commercial.set(normaliseName(name), {
    ...info,
    ...cityGeo ? { geopolitical: cityGeo.geo, geopoliticalInferred: true } : {},
    kind: "metro",
    sites: sites.map(([facility, location]) => location ? { key: normaliseName(location), label: location, facility } : { key: normaliseName(`${name} ${facility}`), label: `${facility} (${name} site)`, facility }),
    source: METRO_SOURCE,
    ...METRO_ZONE_CONFLICTS[name] ? { zoneConflict: METRO_ZONE_CONFLICTS[name] } : {}
  });
}
var usGov = /* @__PURE__ */ new Map();
for (const [name, local] of US_GOV_LOCATIONS)
  usGov.set(normaliseName(name), build(name, "usgov", "US Gov", local, true));
var china = /* @__PURE__ */ new Map();
for (const name of CHINA_LOCATIONS)
  china.set(normaliseName(name), build(name, "china", null, [], true));
var directPorts = /* @__PURE__ */ new Map();
for (const [port, location, facility, basis, seenIn] of DIRECT_PORT_LOCATIONS) {
  const base = commercial.get(normaliseName(location));
  if (!base || commercial.has(normaliseName(port)))
    throw new Error(`src/locations/data.ts: Direct port location ${port} maps to ${location}, which is not a peering location (or clashes with one)`);
  directPorts.set(normaliseName(port), {
    ...base,
    label: `${port} (${base.name})`,
    directPort: { name: port, facility, basis, seenIn: seenIn.map((k) => PORT_NAME_SOURCES[k]) },
    source: `${base.source}; ${DIRECT_PORT_SOURCE}`
  });
}
var unmappedPorts = new Map(Object.entries(UNMAPPED_PORT_LOCATIONS).map(([name, why]) => [normaliseName(name), { name, why }]));
var MEMO_LIMIT = 1e4;
var cloudByRegion = /* @__PURE__ */ new Map();
var infoByName = { public: /* @__PURE__ */ new Map(), usgov: /* @__PURE__ */ new Map(), china: /* @__PURE__ */ new Map() };
var geoByRegion = /* @__PURE__ */ new Map();
var armByRegion = /* @__PURE__ */ new Map();
function remember(memo, name, value) {
  if (memo.size >= MEMO_LIMIT)
    memo.clear();
  memo.set(name, value);
}
function cloudOfRegion(region) {
  const written = region ?? "";
  let cloud = cloudByRegion.get(written);
  if (cloud === void 0) {
    const r = normaliseName(written);
    cloud = r.startsWith("usgov") || r.startsWith("usdod") ? "usgov" : r.startsWith("china") ? "china" : "public";
    remember(cloudByRegion, written, cloud);
  }
  return cloud;
}
function peeringLocationInfo(name, cloud = "public") {
  if (!name)
    return void 0;
  const memo = infoByName[cloud];
  let info = memo.get(name);
  if (info === void 0)
    remember(memo, name, info = findPeeringLocation(name, cloud) ?? null);
  return info ?? void 0;
}
function findPeeringLocation(name, cloud) {
  let key = normaliseName(name);
  if (ALIASES[key])
    key = normaliseName(ALIASES[key]);
  const table = cloud === "usgov" ? usGov : cloud === "china" ? china : commercial;
  return table.get(key) ?? (cloud === "public" ? directPorts.get(key) : void 0);
}
function locationLabel(name, cloud = "public") {
  return peeringLocationInfo(name, cloud)?.label ?? name;
}
function unknownLocationReason(name, direct, cloud = "public") {
  const unmapped = unmappedPorts.get(normaliseName(name));
  if (unmapped)
    return `the ExpressRoute Direct port location ${unmapped.name} maps to no single peering location: ${unmapped.why}`;
  if (cloud !== "public" && directPorts.has(normaliseName(name)))
    return `erscan maps the ExpressRoute Direct port location ${name} in public Azure only, not in the ${cloud === "usgov" ? "US Government" : "China"} cloud`;
  if (direct)
    return `the ExpressRoute Direct port location ${name} is not in erscan's table of port locations (none is guessed from the name)`;
  const delisted = delistedLocationReason(name);
  return `the peering location ${name} is not in erscan's location table${delisted ? `: ${delisted}` : ""}`;
}
var delistedByKey = new Map(DELISTED_LOCATIONS.map(([n, why]) => [normaliseName(n), why]));
function delistedLocationReason(name) {
  return delistedByKey.get(normaliseName(name));
}
function allPeeringLocations(cloud = "public") {
  const table = cloud === "usgov" ? usGov : cloud === "china" ? china : commercial;
  return [...table.values()].sort((a, b) => compareText(a.name, b.name));
}
function regionGeopolitical(region) {
  return regionGeopoliticalInfo(region)?.geopolitical;
}
function regionGeopoliticalInfo(region) {
  if (!region)
    return void 0;
  let info = geoByRegion.get(region);
  if (info === void 0) {
    let key = armRegionName(region);
    if (REGION_ALIASES[key])
      key = REGION_ALIASES[key];
    const g = regionGeo.get(key);
    remember(geoByRegion, region, info = g ? Object.freeze({ geopolitical: g.geo, inferred: g.inferred }) : null);
  }
  return info ?? void 0;
}
function isLocalRegion(location, region) {
  if (!region)
    return false;
  let arm = armByRegion.get(region);
  if (arm === void 0)
    remember(armByRegion, region, arm = armRegionName(region));
  return location.localRegions.includes(arm);
}

// dist/inventory/facts.js
function isUnknown(r, field) {
  return r.unknown !== void 0 && Object.prototype.hasOwnProperty.call(r.unknown, field);
}
function peeringsContradictConnections(c) {
  return c.peeringsContradictConnections === true;
}
function isPartial(r, field) {
  return r.partial !== void 0 && Object.prototype.hasOwnProperty.call(r.partial, field);
}
function unknownReason(r, field) {
  return isUnknown(r, field) ? r.unknown[field] : void 0;
}
function firstUnknown(r, fields) {
  if (!r.unknown)
    return void 0;
  for (const f of fields)
    if (isUnknown(r, f))
      return { field: f, reason: r.unknown[f] };
  return void 0;
}
function isTemplateResource(r) {
  const k = r.source?.kind;
  return k === "arm" || k === "terraform" || k === "bicep";
}
function notKnown(field, reason, of) {
  const tick = `\`${field}\``;
  if (reason.startsWith(`${tick} `) || reason.startsWith(`${tick}:`))
    return of ? `${tick} of ${of}${reason.slice(tick.length)}` : reason;
  return `${tick}${of ? ` of ${of}` : ""} is not known (${reason})`;
}
function reasonText(reason) {
  return reason.replace(/^`[^`]+`:? /, "");
}
function liveConnectionsWithoutGateway(connections) {
  const out = [];
  for (const c of connections)
    if (c.flavor === "vnet" && !isTemplateResource(c) && isUnknown(c, "gatewayKey"))
      out.push(c);
  return out;
}

// dist/inventory/names.js
import { createHash } from "node:crypto";
function standIn(hash, parameter) {
  const p = parameter?.replace(/[^A-Za-z0-9_.$()-]/g, "");
  return p ? `unresolved:${p}:${hash}` : `unresolved:${hash}`;
}
function standInOf(key, parameter) {
  return standIn(createHash("sha256").update(key).digest("hex").slice(0, 8), parameter);
}
var STAND_IN = /unresolved:(?:([A-Za-z0-9_.$()-]+?):)?([0-9a-f]{8})/g;
var UNKNOWN_NAME_LABEL = "\u2039name not known before deployment\u203A";
function labelStandIns(text) {
  if (!text.includes("unresolved:"))
    return text;
  return text.replace(STAND_IN, (_m, p) => p ? `\u2039${p}\u203A` : UNKNOWN_NAME_LABEL);
}
function nameOfId(id) {
  return labelStandIns(id.slice(id.lastIndexOf("/") + 1));
}
function phraseName(name) {
  const label = labelStandIns(name);
  if (label.charCodeAt(0) !== 8249)
    return label;
  const m = /^‹([^›]+)›$/.exec(label);
  if (!m)
    return label;
  if (label === UNKNOWN_NAME_LABEL)
    return "whose name is not known before deployment";
  return m[1].includes("(") ? `whose name comes from ${m[1]} at deployment` : `named by parameter \`${m[1]}\``;
}

// dist/util/lists.js
function exactLength(list) {
  return list.length === 0 ? list : list.slice();
}

// dist/inventory/relations.js
function withKey(list, v) {
  if (list.length === 0)
    return [v];
  if (list.length === 1)
    return list[0] === v ? list : [list[0], v];
  if (!list.includes(v))
    list.push(v);
  return list;
}
function linkConnection(conn, circuit, gateway) {
  if (circuit?.kind === "circuit") {
    circuit.connectionKeys = withKey(circuit.connectionKeys, conn.key);
    if (conn.gatewayKey)
      circuit.gatewayKeys = withKey(circuit.gatewayKeys, conn.gatewayKey);
  }
  if (gateway?.kind === "gateway") {
    gateway.connectionKeys = withKey(gateway.connectionKeys, conn.key);
    if (conn.circuitKey)
      gateway.circuitKeys = withKey(gateway.circuitKeys, conn.circuitKey);
  }
}
function linkToPort(circuit, port) {
  if (port?.kind === "port")
    port.circuitKeys = withKey(port.circuitKeys, circuit.key);
}
function linkRelations(connections, circuits, byKey) {
  for (let i = 0; i < connections.length; i++) {
    const conn = connections[i];
    linkConnection(conn, conn.circuitKey ? byKey.get(conn.circuitKey) : void 0, conn.gatewayKey ? byKey.get(conn.gatewayKey) : void 0);
  }
  for (let i = 0; i < circuits.length; i++) {
    const c = circuits[i];
    linkToPort(c, c.portKey ? byKey.get(c.portKey) : void 0);
  }
}

export {
  normaliseName,
  armRegionName,
  cloudOfRegion,
  peeringLocationInfo,
  locationLabel,
  unknownLocationReason,
  delistedLocationReason,
  allPeeringLocations,
  regionGeopolitical,
  regionGeopoliticalInfo,
  isLocalRegion,
  isUnknown,
  peeringsContradictConnections,
  isPartial,
  unknownReason,
  firstUnknown,
  isTemplateResource,
  notKnown,
  reasonText,
  liveConnectionsWithoutGateway,
  standInOf,
  labelStandIns,
  nameOfId,
  phraseName,
  MAX_GB_PER_MONTH,
  loadUsage,
  matchUsage,
  exactLength,
  linkConnection,
  linkToPort,
  linkRelations
};
