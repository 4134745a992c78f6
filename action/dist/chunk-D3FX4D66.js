// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/locations/data.js
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
  "Spain Central": "Europe",
  "Mexico Central": "North America",
  "New Zealand North": "Oceania",
  "Indonesia Central": "Asia",
  "Malaysia West": "Asia",
  "Taiwan North": "Asia",
  "Brazil Southeast": "South America"
};

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
  return name.replace(/\s*\d+$/, "").replace(/\s*\(.*\)$/, "").trim();
}
function build(name, cloud, zone, localRegionNames, erDirect) {
  const g = cloud === "usgov" ? { geo: "US Government cloud", inferred: false } : locationGeo.get(normaliseName(name));
  return {
    name,
    cloud,
    zone,
    metro: metroOf(name),
    localRegions: localRegionNames.map(armRegionName),
    localRegionNames,
    erDirect,
    ...g ? { geopolitical: g.geo, ...g.inferred ? { geopoliticalInferred: true } : {} } : {}
  };
}
var commercial = /* @__PURE__ */ new Map();
for (const [name, zone, local, direct] of COMMERCIAL_LOCATIONS)
  commercial.set(normaliseName(name), build(name, "public", `Zone ${zone}`, local, direct));
var usGov = /* @__PURE__ */ new Map();
for (const [name, local] of US_GOV_LOCATIONS)
  usGov.set(normaliseName(name), build(name, "usgov", "US Gov", local, true));
var china = /* @__PURE__ */ new Map();
for (const name of CHINA_LOCATIONS)
  china.set(normaliseName(name), build(name, "china", null, [], true));
function cloudOfRegion(region) {
  const r = normaliseName(region ?? "");
  if (r.startsWith("usgov") || r.startsWith("usdod"))
    return "usgov";
  if (r.startsWith("china"))
    return "china";
  return "public";
}
function peeringLocationInfo(name, cloud = "public") {
  if (!name)
    return void 0;
  let key = normaliseName(name);
  if (ALIASES[key])
    key = normaliseName(ALIASES[key]);
  const table = cloud === "usgov" ? usGov : cloud === "china" ? china : commercial;
  return table.get(key);
}
function regionGeopoliticalInfo(region) {
  if (!region)
    return void 0;
  let key = armRegionName(region);
  if (REGION_ALIASES[key])
    key = REGION_ALIASES[key];
  const g = regionGeo.get(key);
  return g ? { geopolitical: g.geo, inferred: g.inferred } : void 0;
}
function isLocalRegion(location, region) {
  return !!region && location.localRegions.includes(armRegionName(region));
}

export {
  cloudOfRegion,
  peeringLocationInfo,
  regionGeopoliticalInfo,
  isLocalRegion
};
