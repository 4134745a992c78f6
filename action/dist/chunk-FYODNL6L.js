// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  allPeeringLocations,
  armRegionName,
  cloudOfRegion,
  delistedLocationReason,
  exactLength,
  isLocalRegion,
  isTemplateResource,
  isUnknown,
  labelStandIns,
  linkRelations,
  locationLabel,
  matchUsage,
  nameOfId,
  normaliseName,
  notKnown,
  peeringLocationInfo,
  peeringsContradictConnections,
  reasonText,
  regionGeopoliticalInfo,
  unknownLocationReason,
  unknownReason
} from "./chunk-ES2OZW4Z.js";
import {
  currencyPrefix,
  prefixOf,
  useCurrency
} from "./chunk-6DM37KYG.js";
import {
  lookup,
  throughMistypedGateway
} from "./chunk-RD47CNRY.js";
import {
  BUNDLED_CATALOGUE,
  CIRCUIT_BANDWIDTHS_MBPS,
  CatalogueIndex,
  LOCAL_BANDWIDTHS_MBPS,
  formatBandwidth,
  localBandwidthFor
} from "./chunk-SHTQVT5S.js";
import {
  compareText
} from "./chunk-X6A6OTOC.js";

// dist/analysis/index.js
var STANDARD_MAX_LINKS = 10;
var PREMIUM_LINKS = [
  [50, 20],
  [100, 25],
  [200, 25],
  [500, 40],
  [1e3, 50],
  [2e3, 60],
  [5e3, 75],
  [1e4, 100]
];
function linkLimitOf(tier, bandwidthMbps) {
  const t = tier?.toLowerCase();
  if (t === "standard" || t === "local" || t === "basic")
    return STANDARD_MAX_LINKS;
  if (t !== "premium" || bandwidthMbps === void 0)
    return void 0;
  let limit = PREMIUM_LINKS[0][1];
  for (const [mbps, links] of PREMIUM_LINKS)
    if (bandwidthMbps >= mbps)
      limit = links;
  return limit;
}
var NOT_PROVISIONED = /* @__PURE__ */ new Set(["notprovisioned", "deprovisioned"]);
var enUs;
var gbText = (n) => `${(enUs ??= new Intl.NumberFormat("en-US")).format(Math.round(n))} GB`;
function unknownField(field, why) {
  return notKnown(field, why);
}
function normaliseTier(t) {
  if (!t)
    return void 0;
  const l = t.toLowerCase();
  return l === "local" ? "Local" : l === "standard" ? "Standard" : l === "premium" ? "Premium" : l === "basic" ? "Basic" : t;
}
function tierOf(c) {
  return normaliseTier(c.tier ?? c.skuName?.split("_")[0]);
}
function normaliseModel(m) {
  if (!m)
    return void 0;
  const l = m.toLowerCase();
  return l === "metereddata" ? "MeteredData" : l === "unlimiteddata" ? "UnlimitedData" : m;
}
function modelOf(c, port) {
  if (c.isDirect && port?.billingType)
    return normaliseModel(port.billingType);
  return normaliseModel(c.billingModel ?? c.skuName?.split("_")[1]);
}
function globalReachInbound(inv) {
  const inbound = /* @__PURE__ */ new Map();
  eachInboundLink(inv, (to, link) => {
    const list = inbound.get(to) ?? [];
    list.push(link);
    inbound.set(to, list);
  });
  return inbound;
}
function eachInboundLink(inv, each) {
  for (let i = 0; i < inv.circuits.length; i++) {
    const from = inv.circuits[i];
    for (let j = 0; j < from.peerings.length; j++)
      for (let k = 0; k < from.peerings[j].globalReach.length; k++) {
        const gr = from.peerings[j].globalReach[k];
        if (!gr.peerCircuitKey || gr.peerCircuitKey === from.key)
          continue;
        each(gr.peerCircuitKey, { from, name: gr.name });
      }
  }
  for (let i = 0; i < inv.circuits.length; i++) {
    const to = inv.circuits[i];
    for (let j = 0; j < to.peerings.length; j++)
      for (let k = 0; k < to.peerings[j].peeredConnections.length; k++) {
        const pc = to.peerings[j].peeredConnections[k];
        if (!pc.peerCircuitKey || pc.peerCircuitKey === to.key)
          continue;
        each(pc.peerCircuitKey, { from: to, name: pc.name });
      }
  }
}
function inboundByRecord(inv) {
  const inbound = /* @__PURE__ */ new Map();
  eachInboundLink(inv, (to, link) => {
    const c = lookup(inv, to, "circuit");
    if (c === void 0)
      return;
    const list = inbound.get(c);
    if (list)
      list.push(link);
    else
      inbound.set(c, [link]);
  });
  return inbound;
}
function otherReadLinks(inv) {
  const out = /* @__PURE__ */ new Map();
  for (let i = 0; i < inv.circuits.length; i++) {
    const from = inv.circuits[i];
    if (isTemplateResource(from))
      continue;
    for (let j = 0; j < from.peerings.length; j++) {
      const p = from.peerings[j];
      if (p.globalReachOtherReads === void 0)
        continue;
      for (const list of p.globalReachOtherReads)
        for (const gr of list) {
          if (!gr.peerCircuitKey || gr.peerCircuitKey === from.key || p.globalReach.some((x) => x.peerCircuitKey === gr.peerCircuitKey))
            continue;
          const to = lookup(inv, gr.peerCircuitKey, "circuit");
          if (to === void 0)
            continue;
          const links = out.get(to);
          if (links === void 0)
            out.set(to, [{ from, peering: p }]);
          else if (!links.some((l) => l.from === from))
            links.push({ from, peering: p });
        }
    }
  }
  return out;
}
function otherReadsBeyondKept(c) {
  let n = 0;
  for (let i = 0; i < c.peerings.length; i++) {
    const p = c.peerings[i];
    if (p.globalReachOtherReads === void 0)
      continue;
    let most = 0;
    for (const list of p.globalReachOtherReads)
      most = Math.max(most, list.length - p.globalReach.length);
    n += most;
  }
  return n;
}
function inboundLinksOf(c, inbound) {
  return withoutOwnLinks(c, inbound.get(c.key));
}
function withoutOwnLinks(c, list) {
  if (!list)
    return [];
  const own = /* @__PURE__ */ new Set();
  for (let i = 0; i < c.peerings.length; i++)
    for (const g of c.peerings[i].globalReach)
      own.add(g.peerCircuitKey);
  return list.filter((l) => !own.has(l.from.key));
}
function typeOpenConnections(a) {
  if (a.unknown.connectionKeys === void 0 && a.unknown.gatewayKeys === void 0)
    return NONE;
  const list = a.carries.connections;
  let out;
  for (let i = 0; i < list.length; i++)
    if (isUnknown(list[i], "gatewayTypeNamed"))
      out = add(out, list[i]);
  return listOf(out);
}
function typeOpenText(x) {
  return `connection ${labelStandIns(x.name)}, whose ${reasonText(unknownReason(x, "gatewayTypeNamed"))}`;
}
function saidByTypeOpen(reason, open) {
  return open.some((x) => reason.includes(throughMistypedGateway(x.name)));
}
function gatewaysOutside(a) {
  const keys = a.circuit.gatewayKeys;
  let n = keys.length - a.reach.gateways.length;
  if (n <= 0)
    return n;
  const open = typeOpenConnections(a);
  const seen = [];
  for (let i = 0; i < open.length; i++) {
    const k = open[i].gatewayKey;
    if (k !== void 0 && keys.includes(k) && !seen.includes(k)) {
      seen.push(k);
      n--;
    }
  }
  return n;
}
function distinctCount(keys) {
  return keys.length < 2 ? keys.length : new Set(keys).size;
}
var isMicrosoftPeering = (p) => p.peeringType === "MicrosoftPeering" || p.peeringType !== "AzurePrivatePeering" && p.peeringType?.toLowerCase() === "microsoftpeering";
var isPublicPeering = (p) => p.peeringType === "AzurePublicPeering" || p.peeringType !== "AzurePrivatePeering" && p.peeringType?.toLowerCase() === "azurepublicpeering";
function peeringFamilies(p) {
  const v6 = p.ipv6;
  const ipv6Only = v6 !== void 0 && p.primaryPeerAddressPrefix === void 0 && p.secondaryPeerAddressPrefix === void 0 && !isUnknown(p, "primaryPeerAddressPrefix") && !isUnknown(p, "secondaryPeerAddressPrefix");
  const ipv4 = ipv6Only ? void 0 : familyState(p.state, isUnknown(p, "state"));
  if (v6 === void 0)
    return { ipv4 };
  return { ipv4, ipv6: familyState(v6.state, isUnknown(p, "ipv6.state")) };
}
function familyState(state, open) {
  if (open)
    return "open";
  if (state === void 0)
    return "unset";
  return state === "Disabled" || state.toLowerCase() === "disabled" ? "disabled" : "enabled";
}
function sessionsCarry(p) {
  const f = peeringFamilies(p);
  if (f.ipv4 === "enabled" || f.ipv4 === "unset" || f.ipv6 === "enabled" || f.ipv6 === "unset")
    return true;
  return f.ipv4 === "open" || f.ipv6 === "open" ? null : false;
}
var carriesOpen = (p) => (isMicrosoftPeering(p) || isPublicPeering(p)) && sessionsCarry(p) === null;
var openStateField = (p) => peeringFamilies(p).ipv4 === "open" ? "state" : "ipv6.state";
function privatePeeringDisabled(c) {
  let disabled = false;
  for (const p of c.peerings) {
    if (p.peeringType?.toLowerCase() !== "azureprivatepeering")
      continue;
    const f = peeringFamilies(p);
    if (f.ipv4 !== void 0 && f.ipv4 !== "disabled" || f.ipv6 !== void 0 && f.ipv6 !== "disabled")
      return false;
    disabled = true;
  }
  return disabled;
}
var isRedeemed = (a) => a.useStatus === "InUse" || a.useStatus?.toLowerCase() === "inuse";
var CIRCUIT_FIELDS = ["tier", "skuName", "billingModel", "bandwidthMbps", "peeringLocation", "serviceProviderProvisioningState", "connectionKeys", "gatewayKeys", "globalReachEnabled", "peerings", "authorizations"];
var GATEWAY_FIELDS = ["skuName", "location", "connectionKeys", "circuitKeys", "minScaleUnits", "maxScaleUnits"];
var regionTexts = /* @__PURE__ */ new WeakMap();
function localRegionsText(location) {
  let t = regionTexts.get(location);
  if (!t)
    regionTexts.set(location, t = { comma: location.localRegionNames.join(", "), slash: location.localRegionNames.join(" / ") });
  return t;
}
var where = (g) => `${g.name} (${g.location ?? "unknown region"})`;
var NONE = Object.freeze([]);
var NO_UNKNOWN = Object.freeze({});
var NO_EGRESS = Object.freeze({ gb: 0, source: "none", globalReachGb: 0 });
function add(list, x) {
  if (list === void 0)
    return [x];
  list.push(x);
  return list;
}
function listOf(list) {
  return list === void 0 ? NONE : list.length === 1 ? list : exactLength(list);
}
var SUFFICIENT = [];
for (const standard of [true, false, null])
  for (const local of [true, false, null])
    SUFFICIENT.push(Object.freeze({ Premium: true, Standard: standard, Local: local }));
var threeValued = (v) => v === true ? 0 : v === false ? 1 : 2;
var sufficientFor = (standard, local) => SUFFICIENT[threeValued(standard) * 3 + threeValued(local)];
var linkLimits = /* @__PURE__ */ new Map();
function linkLimitFor(tier, bandwidthMbps) {
  let byBandwidth = linkLimits.get(tier);
  if (!byBandwidth)
    linkLimits.set(tier, byBandwidth = /* @__PURE__ */ new Map());
  let l = byBandwidth.get(bandwidthMbps);
  if (!l)
    byBandwidth.set(bandwidthMbps, l = Object.freeze({ current: linkLimitOf(tier, bandwidthMbps), premium: linkLimitOf("Premium", bandwidthMbps), standard: STANDARD_MAX_LINKS }));
  return l;
}
var Worded = class {
  words;
  get reasons() {
    return this.words ??= this.word();
  }
};
var CircuitIdle = class extends Worded {
  value;
  a;
  constructor(value, a) {
    super();
    this.value = value;
    this.a = a;
  }
  word() {
    return idleReasons(this.value, this.a);
  }
};
var PremiumDecision = class extends Worded {
  verdict;
  a;
  constructor(verdict, a) {
    super();
    this.verdict = verdict;
    this.a = a;
  }
  word() {
    return premiumReasons(this.verdict, this.a);
  }
};
var BeyondLocal = class extends Worded {
  value;
  a;
  constructor(value, a) {
    super();
    this.value = value;
    this.a = a;
  }
  word() {
    return beyondLocalReasons(this.value, this.a);
  }
};
var LocalSuffices = class extends Worded {
  value;
  because;
  a;
  constructor(value, because, a) {
    super();
    this.value = value;
    this.because = because;
    this.a = a;
  }
  word() {
    return localSufficesReasons(this.because, this.a);
  }
};
function metroKey(a) {
  return (a.location?.metro ?? a.locationName?.replace(/\s+Metro$/i, "").replace(/\s*\d+$/, ""))?.toLowerCase();
}
var GatewayIdle = class extends Worded {
  value;
  ga;
  constructor(value, ga) {
    super();
    this.value = value;
    this.ga = ga;
  }
  word() {
    const ga = this.ga;
    if (this.value === false)
      return [`${ga.connections} connection(s)`];
    if (this.value === null && ga.conditional.length > 0)
      return [conditionalText(ga.conditional)];
    if (this.value === null)
      return ga.template ? ["no connection to it in these files: not decidable from these files (other deployments may connect it)"] : [unknownField("connectionKeys", ga.unknown.connectionKeys)];
    return ["no connection uses this gateway"];
  }
};
function portIdle(p) {
  if (p.circuitKeys.length > 0)
    return { value: false };
  const why = unknownReason(p, "circuitKeys");
  if (why !== void 0)
    return { value: null, why };
  if (isTemplateResource(p))
    return { value: null };
  return { value: true };
}
var NO_CONNECTIONS = [];
function conditionalConnections(inv, keys) {
  let out;
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < keys.length; i++) {
    if (seen.has(keys[i]))
      continue;
    seen.add(keys[i]);
    const x = lookup(inv, keys[i], "connection");
    if (x && isUnknown(x, "deployed"))
      out = add(out, x);
  }
  return out ?? NO_CONNECTIONS;
}
function conditionalNames(conditional) {
  return conditional.slice(0, 3).map((x) => labelStandIns(x.name)).join(", ") + (conditional.length > 3 ? ", \u2026" : "");
}
function conditionalText(conditional) {
  const names = conditionalNames(conditional);
  const why = unknownReason(conditional[0], "deployed");
  return `its only connection(s) in these files (${names}) may not be deployed${why ? ` (${why})` : ""}: not decidable from these files`;
}
var Carries = class {
  a;
  connections;
  vnetLinks;
  globalReachLinks;
  globalReachOtherReads;
  linksUsed;
  linksLowerBound;
  microsoftPeering;
  publicPeering;
  redeemedAuthorizations;
  vwanConnectionsOutside;
  egress;
  hasHidden;
  conditional;
  idle;
  hiddenWords;
  constructor(a, connections, vnetLinks, globalReachLinks, globalReachOtherReads, linksUsed, linksLowerBound, microsoftPeering, publicPeering, redeemedAuthorizations, vwanConnectionsOutside, egress, hasHidden, conditional) {
    this.a = a;
    this.connections = connections;
    this.vnetLinks = vnetLinks;
    this.globalReachLinks = globalReachLinks;
    this.globalReachOtherReads = globalReachOtherReads;
    this.linksUsed = linksUsed;
    this.linksLowerBound = linksLowerBound;
    this.microsoftPeering = microsoftPeering;
    this.publicPeering = publicPeering;
    this.redeemedAuthorizations = redeemedAuthorizations;
    this.vwanConnectionsOutside = vwanConnectionsOutside;
    this.egress = egress;
    this.hasHidden = hasHidden;
    this.conditional = conditional;
  }
  get hidden() {
    return this.hiddenWords ??= hiddenReasons(this.a);
  }
};
var egressFrom = (e) => e.source === "usage" ? "usage file" : "Azure Monitor";
function hiddenReasons(a) {
  const k = a.carries;
  const hidden = [];
  if (k.redeemedAuthorizations > 0)
    hidden.push(`${k.redeemedAuthorizations} redeemed authorization(s): connections in scopes erscan did not read may use the circuit`);
  if (k.vwanConnectionsOutside > 0)
    hidden.push(vwanOutsideText(k.vwanConnectionsOutside));
  if (k.vnetLinks === 0 && k.egress.gb > 0 && !a.template)
    hidden.push(`it carries ${gbText(k.egress.gb)}/month (${egressFrom(k.egress)}) with no connection in the scanned scopes: its connection is outside them`);
  if (a.template)
    hidden.push("not decidable from these files: other deployments may connect it to more gateways or circuits");
  const ck = a.unknown.connectionKeys;
  if (ck && !saidByTypeOpen(ck, typeOpenConnections(a)))
    hidden.push(unknownField("connectionKeys", ck));
  if (a.unknown.peerings && !a.template)
    hidden.push(unknownField("peerings", a.unknown.peerings));
  const open = openAuthorizations(a);
  if (open)
    hidden.push(`${open}: a connection in a scope erscan did not read may use the circuit`);
  return hidden.length === 0 ? NONE : exactLength(hidden);
}
function openAuthorizations(a) {
  if (a.template)
    return void 0;
  if (a.unknown.authorizations)
    return unknownField("authorizations", a.unknown.authorizations);
  const unsaid = a.circuit.authorizations.filter((x) => x.useStatus === void 0);
  if (unsaid.length === 0)
    return void 0;
  return `${unsaid.length} authorization(s) whose state the input does not say (${unsaid.map((x) => x.name).sort().join(", ")}: no \`authorizationUseStatus\`)`;
}
var vwanOutsideText = (n) => `${n} vWAN connection(s) in scopes erscan did not read (its peering names them in \`expressRouteConnection\`)`;
function idleReasons(value, a) {
  const c = a.circuit;
  const k = a.carries;
  const unknown = a.unknown;
  if (value === false) {
    const carried = [];
    if (k.vnetLinks > k.vwanConnectionsOutside)
      carried.push(`${k.vnetLinks - k.vwanConnectionsOutside} connection(s)`);
    if (k.vwanConnectionsOutside > 0)
      carried.push(vwanOutsideText(k.vwanConnectionsOutside));
    if (k.redeemedAuthorizations > 0)
      carried.push(`${k.redeemedAuthorizations} redeemed authorization(s) (a connection in a scope erscan did not read)`);
    if (k.microsoftPeering)
      carried.push("an enabled Microsoft peering");
    if (k.publicPeering)
      carried.push("an enabled Azure public peering");
    if (k.globalReachLinks > 0 && !unknown.globalReach)
      carried.push(`${k.globalReachLinks} Global Reach connection(s)`);
    if (k.egress.gb > 0)
      carried.push(`${gbText(k.egress.gb)}/month of egress (${egressFrom(k.egress)})${k.vnetLinks === 0 ? "; its connection is outside the scanned scopes" : ""}`);
    return exactLength(carried);
  }
  if (value === null && k.conditional.length > 0)
    return [conditionalText(k.conditional)];
  if (value === null) {
    if (a.template)
      return ["no connection, Microsoft peering or Global Reach in these files: not decidable from these files (other deployments may connect it)"];
    if (!unknown.connectionKeys && peeringsContradictConnections(c)) {
      const users = [k.vnetLinks > 0 ? `${k.vnetLinks} connection(s)` : "", k.redeemedAuthorizations > 0 ? `${k.redeemedAuthorizations} redeemed authorization(s)` : ""].filter(Boolean).join(" and ");
      return [`${users || "a connection"}, but whether ${k.vnetLinks + k.redeemedAuthorizations === 1 ? "it carries" : "they carry"} traffic is not known (${unknownField("peerings", unknown.peerings ?? c.partial.peerings)})`];
    }
    if (unknown.connectionKeys || unknown.peerings)
      return [`no connection, Microsoft peering or Global Reach known (${unknownField(unknown.connectionKeys ? "connectionKeys" : "peerings", unknown.connectionKeys ?? unknown.peerings)})`];
    if (unknown.globalReach)
      return [`no connection or Microsoft peering, and its Global Reach connections are not known (${unknown.globalReach})`];
    const open = c.peerings.find(carriesOpen);
    if (open) {
      const field = openStateField(open);
      return [`no connection or Global Reach in the input, and ${isMicrosoftPeering(open) ? "Microsoft" : "Azure public"} peering ${open.name}, whose ${field === "state" ? "" : "IPv6 "}state is not known (${unknownField(field, unknownReason(open, field))}): whether it carries traffic is not known`];
    }
    return [`no connection, Microsoft peering, Global Reach or egress in the input, but an authorization a connection in a scope erscan did not read may have redeemed (${openAuthorizations(a)})`];
  }
  const egress = k.egress.source === "none" ? "no declared or measured egress" : `0 GB/month of egress (${egressFrom(k.egress)})`;
  const down = behindDisabledPeering(a);
  if (down !== void 0)
    return [`${down}, which is Disabled (ERS-BGP-004: its BGP sessions are down, so no traffic passes), and no Microsoft peering, no Global Reach and ${egress}`];
  return [c.peerings.length === 0 ? "no peerings and no connections" : `${c.peerings.length} peering(s) but no connections, no redeemed authorization, no Microsoft peering, no Global Reach and ${egress}`];
}
function behindDisabledPeering(a) {
  const k = a.carries;
  if (k.idle.value !== true || a.template)
    return void 0;
  const c = a.circuit;
  if (!privatePeeringDisabled(c))
    return void 0;
  const users = [
    k.vnetLinks > 0 ? `${k.vnetLinks} connection(s)` : "",
    k.redeemedAuthorizations > 0 ? `${k.redeemedAuthorizations} redeemed authorization(s)` : "",
    a.unknown.connectionKeys !== void 0 || openAuthorizations(a) !== void 0 ? "any connection not known" : ""
  ].filter(Boolean);
  if (users.length === 0)
    return void 0;
  const names = c.peerings.filter((p) => p.peeringType?.toLowerCase() === "azureprivatepeering").map((p) => labelStandIns(p.name));
  return `${users.join(" and ")} riding its Azure private peering ${names.join(", ")}`;
}
function peerName(l) {
  return nameOfId(l.peerId ?? l.peerKey);
}
function locationMissing(a) {
  const c = a.circuit;
  if (a.locationName)
    return unknownLocationReason(a.locationName, c.isDirect === true, cloudOfRegion(c.location));
  if (c.isDirect && c.portKey && !a.port) {
    return `its peering location is that of ExpressRoute Direct port ${nameOfId(c.portId ?? c.portKey)}, which is not in the inventory`;
  }
  return "the circuit has no peering location";
}
function gatewaysMayBeBeyondGeo(a) {
  if (a.unknown.gatewayKeys === void 0)
    return false;
  const regions = a.circuit.openGatewayRegions;
  const geo = a.reach.geopolitical;
  if (regions === void 0 || geo === void 0)
    return true;
  for (let i = 0; i < regions.length; i++)
    if (regionGeopoliticalInfo(regions[i])?.geopolitical !== geo)
      return true;
  return false;
}
function gatewaysMayBeBeyondLocal(a) {
  if (a.unknown.gatewayKeys === void 0)
    return false;
  const regions = a.circuit.openGatewayRegions;
  const location = a.location;
  if (regions === void 0 || location === void 0)
    return true;
  for (let i = 0; i < regions.length; i++)
    if (!isLocalRegion(location, regions[i]))
      return true;
  return false;
}
function premiumVerdict(a) {
  const reach = a.reach;
  const k = a.carries;
  const grKnown = a.unknown.globalReach === void 0;
  if (reach.crossGeo.length > 0 || grKnown && reach.crossGeoGlobalReach.length > 0 || (grKnown ? k.linksUsed : k.vnetLinks) > STANDARD_MAX_LINKS)
    return "needed";
  if (k.microsoftPeering || a.circuit.peerings.some(isMicrosoftPeering))
    return "possible";
  return premiumUndecided(a) ? "undecided" : "not-needed";
}
function premiumUndecided(a) {
  const reach = a.reach;
  if (a.unknown.peeringLocation || !a.location || !reach.geopolitical)
    return true;
  if (reach.undecidedGeo.length > 0 || a.unknown.globalReach !== void 0)
    return true;
  for (let i = 0; i < reach.globalReach.length; i++)
    if (reach.globalReach[i].crossGeo === null)
      return true;
  for (let i = 0; i < reach.inboundGlobalReach.length; i++)
    if (reach.inboundGlobalReach[i].crossGeo === null)
      return true;
  return a.circuit.gatewayKeys.length > reach.gateways.length || gatewaysMayBeBeyondGeo(a) || a.carries.hasHidden;
}
function premiumReasons(verdict, a) {
  const reach = a.reach;
  const k = a.carries;
  const geo = reach.geopolitical;
  if (verdict === "needed") {
    const needed = [];
    if (reach.crossGeo.length)
      needed.push(`connected to gateway(s) ${reach.crossGeo.map(where).join(", ")} outside ${geo}`);
    if (reach.crossGeoGlobalReach.length && !a.unknown.globalReach)
      needed.push(`Global Reach to ${reach.crossGeoGlobalReach.map((p) => `${p.name} (${p.peeringLocation ? locationLabel(p.peeringLocation, cloudOfRegion(p.location)) : "?"})`).join(", ")} outside ${geo}`);
    if (a.unknown.globalReach) {
      if (k.vnetLinks > STANDARD_MAX_LINKS)
        needed.push(`${k.vnetLinks} VNet link(s), more than the ${STANDARD_MAX_LINKS} Local and Standard allow`);
    } else if (k.linksUsed > STANDARD_MAX_LINKS)
      needed.push(`${k.vnetLinks} VNet link(s) and ${k.globalReachLinks} Global Reach connection(s) make ${k.linksUsed}, more than the ${STANDARD_MAX_LINKS} Local and Standard allow`);
    return exactLength(needed);
  }
  if (verdict === "possible")
    return ["Microsoft peering is configured (Microsoft 365 over ExpressRoute needs Premium)"];
  if (verdict === "not-needed")
    return [reach.gateways.length > 0 ? `all ${reach.gateways.length} connected gateway(s) are in ${geo}, ${k.linksUsed} link(s) (VNet and Global Reach), no Microsoft peering, no cross-region Global Reach` : "no connection, Microsoft peering or Global Reach needs it"];
  const undecided = reachUndecidedReasons(a);
  const hidden = k.hidden;
  const same = gatewaysMayBeBeyondGeo(a) && sameReason(a.unknown.gatewayKeys, a.unknown.connectionKeys) ? unknownField("connectionKeys", a.unknown.connectionKeys) : void 0;
  for (let i = 0; i < hidden.length; i++)
    if (hidden[i] !== same)
      undecided.push(hidden[i]);
  return exactLength(undecided);
}
function sameReason(x, y) {
  if (x === void 0 || y === void 0)
    return false;
  const why = (r) => r.replace(/^`[^`]+`: /, "");
  return why(x) === why(y);
}
function reachUndecidedReasons(a) {
  const c = a.circuit;
  const reach = a.reach;
  const geo = reach.geopolitical;
  const undecided = [];
  const location = a.location;
  if (a.unknown.peeringLocation)
    undecided.push(unknownField("peeringLocation", a.unknown.peeringLocation));
  else if (!location)
    undecided.push(locationMissing(a));
  else if (!geo)
    undecided.push(`the geopolitical region of ${location.label} is not known`);
  for (let i = 0; i < reach.undecidedGeo.length; i++) {
    const g = reach.undecidedGeo[i];
    if (g.location && !isUnknown(g, "location") && regionGeopoliticalInfo(g.location))
      continue;
    undecided.push(g.location && !isUnknown(g, "location") ? `the geopolitical region of gateway ${where(g)} is not known` : `the region of gateway ${g.name} is not known${unknownReason(g, "location") ? ` (${unknownReason(g, "location")})` : ""}`);
  }
  for (let i = 0; i < reach.globalReach.length; i++) {
    const l = reach.globalReach[i];
    if (l.crossGeo === null && !(l.peer && !geo))
      undecided.push(l.peer ? `the geopolitical region of Global Reach peer ${l.peer.name} is not known` : l.peerKey ? `Global Reach peer circuit ${peerName(l)} is not in the inventory` : `the circuit Global Reach connection ${l.name} links to is not known`);
  }
  for (let i = 0; i < reach.inboundGlobalReach.length; i++) {
    const l = reach.inboundGlobalReach[i];
    if (l.crossGeo !== null || l.peer && !geo)
      continue;
    if (l.peer)
      undecided.push(`the geopolitical region of Global Reach peer ${l.peer.name} is not known`);
    else
      undecided.push(l.peerKey ? `Global Reach peer circuit ${peerName(l)} (peered connection ${l.name}, which it initiated) is not in the inventory` : `the circuit that initiated peered connection ${l.name} is not named`);
  }
  const outside = gatewaysOutside(a);
  if (outside > 0)
    undecided.push(`${outside} connected gateway(s) are outside the inventory`);
  const typeOpen = typeOpenConnections(a);
  for (let i = 0; i < typeOpen.length; i++)
    undecided.push(typeOpenText(typeOpen[i]));
  const gk = a.unknown.gatewayKeys;
  if (gk && gatewaysMayBeBeyondGeo(a) && !saidByTypeOpen(gk, typeOpen))
    undecided.push(unknownField("gatewayKeys", gk));
  if (a.unknown.globalReach)
    undecided.push(a.unknown.globalReach);
  return undecided;
}
function beyondLocalOf(a) {
  const location = a.location;
  const reach = a.reach;
  if (location && (location.localRegions.length === 0 || reach.outsideLocal.length > 0) || a.carries.globalReachLinks > 0 && !a.unknown.globalReach || a.circuit.globalReachEnabled === true)
    return true;
  return !location && reach.gateways.length > 0 || reach.unknownRegion.length > 0 || a.unknown.globalReachEnabled || gatewaysMayBeBeyondLocal(a) || a.unknown.globalReach ? null : false;
}
function beyondLocalReasons(value, a) {
  const location = a.location;
  const reach = a.reach;
  if (value === true) {
    const beyond = [];
    if (location && location.localRegions.length === 0)
      beyond.push(`ExpressRoute Local is not offered at ${location.label}`);
    else if (location && reach.outsideLocal.length)
      beyond.push(`connected to gateway(s) ${reach.outsideLocal.map(where).join(", ")} outside the Local region(s) of ${location.label}: ${localRegionsText(location).comma}`);
    if (a.carries.globalReachLinks > 0 && !a.unknown.globalReach)
      beyond.push("Global Reach configured (Local has none)");
    else if (a.circuit.globalReachEnabled === true)
      beyond.push("Global Reach enabled (Local has none)");
    return exactLength(beyond);
  }
  if (value === false)
    return ["every connected gateway is in a Local region and there is no Global Reach"];
  const undecided = [];
  if (!location && reach.gateways.length > 0)
    undecided.push(a.unknown.peeringLocation ? unknownField("peeringLocation", a.unknown.peeringLocation) : locationMissing(a));
  for (let i = 0; i < reach.unknownRegion.length; i++)
    undecided.push(`the region of gateway ${reach.unknownRegion[i].name} is not known`);
  if (a.unknown.globalReachEnabled)
    undecided.push(unknownField("globalReachEnabled", a.unknown.globalReachEnabled));
  if (a.unknown.gatewayKeys && gatewaysMayBeBeyondLocal(a))
    undecided.push(unknownField("gatewayKeys", a.unknown.gatewayKeys));
  if (a.unknown.globalReach)
    undecided.push(a.unknown.globalReach);
  return exactLength(undecided);
}
function localSufficesOf(a, premium, beyondLocal) {
  const reach = a.reach;
  if (beyondLocal === true)
    return 0;
  if (premium === "needed")
    return 1;
  if (!a.location)
    return 2;
  if (reach.gateways.length === 0)
    return 3;
  if (beyondLocal === null)
    return 4;
  if (premium === "possible")
    return 5;
  if (a.carries.hasHidden || a.circuit.gatewayKeys.length > reach.gateways.length || gatewaysMayBeBeyondLocal(a))
    return 6;
  return 7;
}
var localSufficesValue = (because) => because === 0 || because === 1 ? false : because === 7 ? true : null;
function localSufficesReasons(because, a) {
  const needs = a.needs;
  const location = a.location;
  const reach = a.reach;
  switch (because) {
    case 0:
    case 4:
      return needs.beyondLocal.reasons;
    case 1:
    case 5:
      return needs.premium.reasons;
    case 2:
      return needs.beyondLocal.value === null ? needs.beyondLocal.reasons : [locationMissing(a)];
    case 3:
      return [`no connected gateway in the inventory, so erscan cannot tell whether all traffic stays in ${localRegionsText(location).slash}`];
    case 6:
      return [
        ...a.carries.hidden,
        ...gatewaysOutside(a) > 0 ? ["connected gateways outside the inventory"] : [],
        ...a.unknown.gatewayKeys && gatewaysMayBeBeyondLocal(a) ? [unknownField("gatewayKeys", a.unknown.gatewayKeys)] : []
      ];
    case 7:
      return [`all ${reach.gateways.length} connected gateway(s) are in ${localRegionsText(location).slash}, the Local region(s) of ${location.label}`];
  }
}
function measuredEgress(m, globalReachGb) {
  return { gb: m.egressGbPerMonth, source: "metrics", metric: { metric: m.metric, days: m.days }, globalReachGb };
}
var Analyser = class {
  inventory;
  traffic;
  notices = [];
  /*
   * Analyses by record. The records of one inventory have distinct keys (their lower-cased ids:
   * src/inventory/model.ts), so a record stands for its key; a map keyed by the record objects (whose hash
   * is a number kept in the object, compared by identity) costs a fraction of one keyed by 140-character
   * keys, which misses the cache to read each key's hash and text at 100,000 circuits (~0.1 s there).
   */
  circuitCache = /* @__PURE__ */ new Map();
  gatewayCache = /* @__PURE__ */ new Map();
  usage;
  inbound;
  otherReads;
  constructor(inventory, traffic) {
    this.inventory = inventory;
    this.traffic = traffic;
    if (traffic?.usage) {
      const m = matchUsage(traffic.usage.circuits, inventory.circuits, "circuit", traffic.usage.file);
      this.usage = m.byKey;
      this.notices.push(...m.notices);
    } else
      this.usage = /* @__PURE__ */ new Map();
    this.notices.push(...unmappedPortNotices(inventory));
  }
  /** Circuits on Direct ports whose SKU family differs from the port's billing type: one notice names them all. */
  portBilledNames;
  portBilledAt = -1;
  portBilled(name) {
    const names = this.portBilledNames ??= [];
    names.push(name);
    if (this.portBilledAt < 0)
      this.portBilledAt = this.notices.push("") - 1;
    const shown = names.slice(0, 5).join(", ") + (names.length > 5 ? ", \u2026" : "");
    this.notices[this.portBilledAt] = `${names.length} circuit(s) on ExpressRoute Direct ports have a SKU family (MeteredData/UnlimitedData) other than their port's billing type; each is priced as its port bills (the port's billing type decides how data on it is billed): ${shown}`;
  }
  // Made once: the pricing model and the circuit and gateway rules read them by index.
  circuitList;
  gatewayList;
  circuits() {
    if (this.circuitList === void 0) {
      const circuits = this.inventory.circuits;
      const list = new Array(circuits.length);
      for (let i = 0; i < circuits.length; i++) {
        const a = list[i] = this.circuit(circuits[i]);
        if (a.index === -1)
          a.index = i;
      }
      this.circuitList = list;
    }
    return this.circuitList;
  }
  gateways() {
    return this.gatewayList ??= this.inventory.gateways.map((g) => this.gateway(g));
  }
  circuit(c) {
    let a = this.circuitCache.get(c);
    if (!a) {
      a = this.analyseCircuit(c);
      this.circuitCache.set(c, a);
    }
    return a;
  }
  gateway(g) {
    let a = this.gatewayCache.get(g);
    if (!a) {
      a = this.analyseGateway(g);
      this.gatewayCache.set(g, a);
    }
    return a;
  }
  egressOf(c) {
    const u = this.usage.size === 0 ? void 0 : this.usage.get(c.key);
    const m = this.traffic?.metrics?.[c.key];
    const globalReachGb = u?.globalReachGbPerMonth ?? 0;
    if (m && this.traffic?.preferMetrics)
      return measuredEgress(m, globalReachGb);
    if (u?.egressGbPerMonth !== void 0)
      return { gb: u.egressGbPerMonth, source: "usage", globalReachGb };
    if (m)
      return measuredEgress(m, globalReachGb);
    return globalReachGb === 0 ? NO_EGRESS : { gb: 0, source: "none", globalReachGb };
  }
  analyseCircuit(c) {
    const inv = this.inventory;
    const template = isTemplateResource(c);
    let unknown;
    if (c.unknown !== void 0)
      for (let i = 0; i < CIRCUIT_FIELDS.length; i++) {
        const why = unknownReason(c, CIRCUIT_FIELDS[i]);
        if (why !== void 0)
          (unknown ??= {})[CIRCUIT_FIELDS[i]] = why;
      }
    if (!template && c.partial?.peerings !== void 0 && unknown?.peerings === void 0)
      (unknown ??= {}).peerings = c.partial.peerings;
    if (!template && unknown?.globalReach === void 0)
      for (let i = 0; i < c.peerings.length; i++) {
        const p = c.peerings[i];
        if (p.unknown === void 0)
          continue;
        const field = isUnknown(p, "globalReach") ? "globalReach" : isUnknown(p, "peeredConnections") ? "peeredConnections" : void 0;
        if (field === void 0)
          continue;
        (unknown ??= {}).globalReach = notKnown(field, unknownReason(p, field), `peering ${p.name}`);
        break;
      }
    if (!template && unknown?.globalReach === void 0) {
      this.inbound ??= inboundByRecord(inv);
      const from = this.inbound.size > 0 ? this.inbound.get(c) : void 0;
      for (let i = 0; from !== void 0 && i < from.length && unknown?.globalReach === void 0; i++) {
        const o = from[i].from;
        if (isTemplateResource(o))
          continue;
        const p = o.peerings.find((x) => isUnknown(x, "globalReach"));
        if (p !== void 0)
          (unknown ??= {}).globalReach = notKnown("globalReach", unknownReason(p, "globalReach"), `circuit ${o.name}'s peering ${p.name}`);
      }
    }
    if (!template && unknown?.globalReach === void 0) {
      this.otherReads ??= otherReadLinks(inv);
      const o = this.otherReads.size > 0 ? this.otherReads.get(c)?.[0] : void 0;
      if (o !== void 0)
        (unknown ??= {}).globalReach = notKnown("globalReach", unknownReason(o.peering, "globalReach"), `circuit ${o.from.name}'s peering ${o.peering.name}`);
    }
    const port = lookup(inv, c.portKey, "port");
    if (unknown?.peeringLocation === void 0 && !c.peeringLocation && port) {
      const why = unknownReason(port, "peeringLocation");
      if (why !== void 0)
        (unknown ??= {}).peeringLocation = `\`peeringLocation\`: that of its ExpressRoute Direct port ${port.name}: ${reasonText(why)}`;
    }
    unknown ??= NO_UNKNOWN;
    const tier = unknown.tier || unknown.skuName ? void 0 : tierOf(c);
    const billingModel = unknown.billingModel || unknown.skuName ? void 0 : tier === "Local" && c.isDirect ? "UnlimitedData" : modelOf(c, port);
    if (billingModel && c.isDirect && port?.billingType && tier !== "Local") {
      const own = normaliseModel(c.billingModel ?? c.skuName?.split("_")[1]);
      if (own && own !== billingModel)
        this.portBilled(c.name);
    }
    const bandwidthMbps = unknown.bandwidthMbps ? void 0 : c.bandwidthMbps;
    const locationName = unknown.peeringLocation ? void 0 : c.peeringLocation ?? port?.peeringLocation;
    const location = unknown.peeringLocation ? void 0 : peeringLocationInfo(locationName, cloudOfRegion(c.location));
    const state = c.serviceProviderProvisioningState;
    const a = {
      circuit: c,
      template,
      unknown,
      tier: tier || void 0,
      billingModel: billingModel || void 0,
      bandwidthMbps,
      port,
      locationName: locationName || void 0,
      locationLabel: locationName ? location?.label ?? locationName : void 0,
      location,
      zone: location?.zone ?? null,
      sites: location?.sites ?? (locationName ? [{ key: normaliseName(locationName), label: locationName }] : NONE),
      reach: this.reachOf(c, location),
      carries: null,
      linkLimit: linkLimitFor(tier, bandwidthMbps),
      needs: null,
      billedForNothing: !unknown.serviceProviderProvisioningState && state !== void 0 && NOT_PROVISIONED.has(state.toLowerCase()),
      beingDeleted: circuitBeingDeleted(c),
      index: -1
    };
    let declared = this.egressOf(c);
    if (a.billedForNothing && (declared.gb > 0 || declared.globalReachGb > 0)) {
      this.notices.push(`${c.name}: the ${egressFrom(declared)} gives it ${gbText(declared.gb + declared.globalReachGb)}/month of traffic, but its provider status is ${state}: no traffic flows on a circuit that is not provisioned, so it is priced without it (check the ${egressFrom(declared)})`);
      declared = { gb: 0, source: declared.source, globalReachGb: 0 };
    }
    const carries = this.carriesOf(a, declared);
    a.carries = carries;
    a.needs = this.needsOf(a, tier);
    const egress = carries.egress;
    if (carries.idle.value === false && carries.connections.length === 0 && c.connectionKeys.length === 0 && egress.gb > 0 && !template) {
      this.notices.push(`${c.name} is not idle: it carries ${gbText(egress.gb)}/month (${egressFrom(egress)}), but no connection to it is in the scanned scopes: its connection is outside them (another tenant's or subscription's gateway, through an authorization for example)`);
    }
    return a;
  }
  reachOf(c, location) {
    const inv = this.inventory;
    const geo = location?.geopolitical;
    let inferredGeo = location?.geopoliticalInferred === true;
    let gateways;
    for (let i = 0; i < c.gatewayKeys.length; i++) {
      const g = lookup(inv, c.gatewayKeys[i], "gateway");
      if (g)
        gateways = add(gateways, g);
    }
    let crossGeo;
    let undecidedGeo;
    let outsideLocal;
    let unknownRegion;
    if (gateways)
      for (let i = 0; i < gateways.length; i++) {
        const g = gateways[i];
        if (!g.location || isUnknown(g, "location")) {
          unknownRegion = add(unknownRegion, g);
          undecidedGeo = add(undecidedGeo, g);
          continue;
        }
        const gi = regionGeopoliticalInfo(g.location);
        if (!geo || !gi)
          undecidedGeo = add(undecidedGeo, g);
        else if (gi.geopolitical !== geo) {
          crossGeo = add(crossGeo, g);
          inferredGeo ||= gi.inferred;
        }
        if (location && !isLocalRegion(location, g.location))
          outsideLocal = add(outsideLocal, g);
      }
    let globalReach;
    let peeredGlobalReach = 0;
    for (let i = 0; i < c.peerings.length; i++) {
      const p = c.peerings[i];
      peeredGlobalReach += p.peeredConnectionCount;
      for (let j = 0; j < p.globalReach.length; j++) {
        const gr = p.globalReach[j];
        globalReach = add(globalReach, this.linkTo(geo, gr.name, lookup(inv, gr.peerCircuitKey, "circuit"), gr.peerCircuitKey, gr.peerCircuitId));
      }
    }
    this.inbound ??= inboundByRecord(inv);
    let inboundGlobalReach;
    const inbound = this.inbound.size > 0 ? withoutOwnLinks(c, this.inbound.get(c)) : [];
    for (let i = 0; i < inbound.length; i++)
      inboundGlobalReach = add(inboundGlobalReach, this.linkTo(geo, inbound[i].name, inbound[i].from, inbound[i].from.key));
    if (peeredGlobalReach > 0) {
      let unnamed = peeredGlobalReach - inbound.length;
      for (let i = 0; i < c.peerings.length; i++)
        for (let j = 0; j < c.peerings[i].peeredConnections.length; j++) {
          const pc = c.peerings[i].peeredConnections[j];
          const key = pc.peerCircuitKey;
          if (key !== void 0 && (inbound.some((l) => l.from.key === key) || globalReach?.some((l) => l.peerKey === key)))
            continue;
          if (key === void 0 && unnamed <= 0)
            continue;
          if (key === void 0)
            unnamed--;
          inboundGlobalReach = add(inboundGlobalReach, this.linkTo(geo, pc.name, lookup(inv, key, "circuit"), key, pc.peerCircuitId));
        }
    }
    let crossGeoGlobalReach;
    if (globalReach) {
      for (let i = 0; i < globalReach.length; i++)
        if (globalReach[i].crossGeo === true && globalReach[i].peer)
          crossGeoGlobalReach = add(crossGeoGlobalReach, globalReach[i].peer);
    }
    if (inboundGlobalReach) {
      for (let i = 0; i < inboundGlobalReach.length; i++)
        if (inboundGlobalReach[i].crossGeo === true && inboundGlobalReach[i].peer)
          crossGeoGlobalReach = add(crossGeoGlobalReach, inboundGlobalReach[i].peer);
    }
    return {
      gateways: listOf(gateways),
      crossGeo: listOf(crossGeo),
      undecidedGeo: listOf(undecidedGeo),
      outsideLocal: listOf(outsideLocal),
      unknownRegion: listOf(unknownRegion),
      globalReach: listOf(globalReach),
      peeredGlobalReach,
      inboundGlobalReach: listOf(inboundGlobalReach),
      crossGeoGlobalReach: listOf(crossGeoGlobalReach),
      geopolitical: geo || void 0,
      inferredGeo
    };
  }
  /** A Global Reach link of a circuit in geopolitical region `geo` (a method, not a closure per circuit). */
  linkTo(geo, name, peer, peerKey, peerId) {
    const peerLoc = peer ? peeringLocationInfo(peer.peeringLocation ?? lookup(this.inventory, peer.portKey, "port")?.peeringLocation, cloudOfRegion(peer.location)) : void 0;
    const crossGeo = geo && peerLoc?.geopolitical ? peerLoc.geopolitical !== geo : null;
    const link = { name };
    if (peer)
      link.peer = peer;
    if (peerKey)
      link.peerKey = peerKey;
    if (peerKey && !peer && peerId)
      link.peerId = peerId;
    link.crossGeo = crossGeo;
    return link;
  }
  carriesOf(a, egress) {
    const inv = this.inventory;
    const c = a.circuit;
    const reach = a.reach;
    const { template, unknown } = a;
    let connections;
    for (let i = 0; i < c.connectionKeys.length; i++) {
      const x = lookup(inv, c.connectionKeys[i], "connection");
      if (x)
        connections = add(connections, x);
    }
    let vwanOutside;
    for (let i = 0; !template && i < c.peerings.length; i++) {
      const ref = c.peerings[i].vwanConnectionId?.toLowerCase();
      if (ref === void 0 || c.connectionKeys.includes(ref) || lookup(inv, ref, "connection") || vwanOutside?.includes(ref))
        continue;
      (vwanOutside ??= []).push(ref);
    }
    const vwanConnectionsOutside = vwanOutside?.length ?? 0;
    let typeOpen = 0;
    if (connections !== void 0 && unknown.connectionKeys !== void 0) {
      for (let i = 0; i < connections.length; i++)
        if (isUnknown(connections[i], "gatewayTypeNamed"))
          typeOpen++;
    }
    const vnetLinks = distinctCount(c.connectionKeys) - typeOpen + vwanConnectionsOutside;
    const globalReachLinks = reach.globalReach.length + Math.max(reach.peeredGlobalReach, reach.inboundGlobalReach.length);
    let otherReads = 0;
    if (!template) {
      this.otherReads ??= otherReadLinks(inv);
      const towards = this.otherReads.size > 0 ? this.otherReads.get(c) : void 0;
      otherReads = otherReadsBeyondKept(c) + (towards?.filter((l) => !reach.inboundGlobalReach.some((x) => x.peer === l.from) && !reach.globalReach.some((x) => x.peer === l.from)).length ?? 0);
    }
    let microsoftPeering = false;
    for (let i = 0; i < c.peerings.length && !microsoftPeering; i++)
      microsoftPeering = isMicrosoftPeering(c.peerings[i]) && sessionsCarry(c.peerings[i]) === true;
    let publicPeering = false;
    for (let i = 0; i < c.peerings.length && !publicPeering; i++)
      publicPeering = isPublicPeering(c.peerings[i]) && sessionsCarry(c.peerings[i]) === true;
    const peeringOpen = !template && c.peerings.some(carriesOpen);
    let redeemedAuthorizations = 0;
    let authorizationsOpen = !template && unknown.authorizations !== void 0;
    for (let i = 0; i < c.authorizations.length; i++) {
      const auth = c.authorizations[i];
      if (isRedeemed(auth)) {
        if (!template && auth.connectionKey !== void 0 && c.connectionKeys.includes(auth.connectionKey))
          continue;
        redeemedAuthorizations++;
      } else if (!template && auth.useStatus === void 0)
        authorizationsOpen = true;
    }
    const hasHidden = redeemedAuthorizations > 0 || vwanConnectionsOutside > 0 || vnetLinks === 0 && egress.gb > 0 && !template || template || !!unknown.connectionKeys || !!unknown.peerings || authorizationsOpen;
    const linksLowerBound = template || unknown.connectionKeys !== void 0 || unknown.peerings !== void 0;
    const conditional = template ? conditionalConnections(inv, c.connectionKeys) : NO_CONNECTIONS;
    const carries = new Carries(a, listOf(connections), vnetLinks, globalReachLinks, otherReads, vnetLinks + globalReachLinks, linksLowerBound, microsoftPeering, publicPeering, redeemedAuthorizations, vwanConnectionsOutside, egress, hasHidden, conditional);
    const contradicted = !template && peeringsContradictConnections(c);
    const privateDown = !template && unknown.peerings === void 0 && privatePeeringDisabled(c);
    const carriesSomething = !contradicted && !privateDown && (vnetLinks > conditional.length || redeemedAuthorizations > 0) || microsoftPeering || publicPeering || globalReachLinks > 0 && !unknown.globalReach || egress.gb > 0;
    carries.idle = new CircuitIdle(carriesSomething ? false : template || !privateDown && (unknown.connectionKeys || authorizationsOpen) || unknown.peerings || unknown.globalReach || peeringOpen ? null : true, a);
    return carries;
  }
  needsOf(a, tier) {
    const verdict = premiumVerdict(a);
    const beyond = beyondLocalOf(a);
    const because = localSufficesOf(a, verdict, beyond);
    const local = localSufficesValue(because);
    const premium = new PremiumDecision(verdict, a);
    const beyondLocal = new BeyondLocal(beyond, a);
    const localSuffices = new LocalSuffices(local, because, a);
    const standard = verdict === "needed" ? false : verdict === "not-needed" ? true : null;
    const sufficient = sufficientFor(standard, local);
    let requiredTier;
    if (tier === "Standard" && standard === false)
      requiredTier = "Premium";
    else if (tier === "Local" && (beyond === true || standard === false))
      requiredTier = standard === false ? "Premium" : "Standard";
    return requiredTier ? { premium, beyondLocal, localSuffices, sufficient, requiredTier } : { premium, beyondLocal, localSuffices, sufficient };
  }
  analyseGateway(g) {
    const inv = this.inventory;
    const template = isTemplateResource(g);
    let unknown;
    if (g.unknown !== void 0)
      for (let i = 0; i < GATEWAY_FIELDS.length; i++) {
        const why = unknownReason(g, GATEWAY_FIELDS[i]);
        if (why !== void 0)
          (unknown ??= {})[GATEWAY_FIELDS[i]] = why;
      }
    unknown ??= NO_UNKNOWN;
    let circuits;
    let circuitsOutside = 0;
    for (let i = 0; i < g.circuitKeys.length; i++) {
      const c = lookup(inv, g.circuitKeys[i], "circuit");
      if (c)
        circuits = add(circuits, c);
      else
        circuitsOutside++;
    }
    let circuitsUnnamed = 0;
    if (unknown.circuitKeys !== void 0 && !template)
      for (let i = 0; i < g.connectionKeys.length; i++) {
        const x = lookup(inv, g.connectionKeys[i], "connection");
        if (x && isUnknown(x, "circuitKey"))
          circuitsUnnamed++;
      }
    const unread = template ? 0 : g.unreadConnections?.length ?? 0;
    const sites = /* @__PURE__ */ new Map();
    const metros = /* @__PURE__ */ new Set();
    if (circuits)
      for (let i = 0; i < circuits.length; i++) {
        const a = this.circuit(circuits[i]);
        for (let j = 0; j < a.sites.length; j++) {
          const s = a.sites[j];
          if (!sites.has(s.key))
            sites.set(s.key, s.label);
        }
        const metro = metroKey(a);
        if (metro)
          metros.add(metro);
      }
    const connections = distinctCount(g.connectionKeys);
    const conditional = template ? conditionalConnections(inv, g.connectionKeys) : NO_CONNECTIONS;
    const ga = { gateway: g, template, unknown, circuits: listOf(circuits), circuitsOutside, circuitsUnnamed, circuitsUnread: unread, connections, conditional, sites, metros, idle: null };
    ga.idle = new GatewayIdle(connections > conditional.length ? false : template || unknown.connectionKeys ? null : true, ga);
    return ga;
  }
};
function unmappedPortNotices(inv) {
  const out = [];
  for (const p of inv.ports) {
    if (!p.peeringLocation || isUnknown(p, "peeringLocation"))
      continue;
    const cloud = cloudOfRegion(p.location);
    if (peeringLocationInfo(p.peeringLocation, cloud))
      continue;
    const n = p.circuitKeys.length;
    out.push(`ExpressRoute Direct port ${labelStandIns(p.name)}: ${unknownLocationReason(p.peeringLocation, true, cloud)}; ${n ? `the port and its ${n} circuit(s) are` : "the port is"} not priced, and ${n ? "their" : "its"} zone, geopolitical region and Local regions are not known (no location is guessed)`);
  }
  return out;
}
var NO_TRAFFIC = {};
var cache = /* @__PURE__ */ new WeakMap();
function analyse(inventory, traffic) {
  const t = traffic ?? NO_TRAFFIC;
  let byTraffic = cache.get(inventory);
  if (!byTraffic)
    cache.set(inventory, byTraffic = /* @__PURE__ */ new WeakMap());
  let a = byTraffic.get(t);
  if (!a) {
    a = new Analyser(inventory, traffic);
    byTraffic.set(t, a);
    a.circuits();
  }
  return a;
}
function circuitBeingDeleted(c) {
  return c.provisioningState !== void 0 && c.provisioningState.toLowerCase() === "deleting" && !isTemplateResource(c) && !isUnknown(c, "provisioningState");
}

// dist/inventory/worlds.js
var MAX_WORLDS = 64;
var sameJson = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
var fieldSlot = (r, field) => `${r.key}#${field}`;
function looseFields(r) {
  if (!r.possible)
    return [];
  const fields = Object.keys(r.possible);
  if (!r.variants)
    return fields;
  const covered = new Set(r.variants.cases.flatMap((c) => Object.keys(c.set)));
  return fields.filter((f) => !covered.has(f));
}
function slotsOfResource(r, relevant) {
  if (!r.possible)
    return [];
  const slots = [];
  if (r.variants) {
    const fields = Object.keys(r.possible).filter((f) => !relevant || relevant(f));
    if (fields.length > 0) {
      for (const [key, c] of Object.entries(r.variants.choices)) {
        const matters = r.variants.cases.some((a) => r.variants.cases.some((b) => !sameJson(a.when[key], b.when[key]) && fields.some((f) => f in a.set && f in b.set && !sameJson(a.set[f], b.set[f]))));
        if (matters)
          slots.push({ key, label: c.label, values: c.values });
      }
    }
  }
  for (const field of looseFields(r).sort()) {
    if (relevant && !relevant(field))
      continue;
    const p = r.possible[field];
    slots.push({ key: fieldSlot(r, field), label: `\`${field}\` of ${r.name} (${p.from})`, values: p.values });
  }
  return slots;
}
function setPath(target, path, value) {
  const segs = path.split(".");
  let cur = target;
  for (let i = 0; i < segs.length - 1; i++) {
    const next = cur[segs[i]];
    const copy = next && typeof next === "object" ? Array.isArray(next) ? [...next] : { ...next } : {};
    cur[segs[i]] = copy;
    cur = copy;
  }
  cur[segs[segs.length - 1]] = value;
}
function applyAssignment(r, assignment, out = []) {
  let copy;
  if (r.possible) {
    copy = { ...r };
    const remaining = {};
    if (r.variants) {
      const matching = r.variants.cases.filter((c) => Object.entries(c.when).every(([k, v]) => !assignment.has(k) || sameJson(assignment.get(k), v)));
      const fields = new Set(matching.flatMap((c) => Object.keys(c.set)));
      for (const f of fields) {
        const values = matching.map((c) => c.set[f]);
        if (values.every((v) => sameJson(v, values[0]))) {
          setPath(copy, f, values[0]);
          out.push({ resourceKey: r.key, resourceName: r.name, field: f, value: values[0], from: r.possible[f]?.from ?? "" });
        } else {
          const distinct = [];
          for (const v of values)
            if (!distinct.some((d) => sameJson(d, v)))
              distinct.push(v);
          remaining[f] = { values: distinct, from: r.possible[f]?.from ?? "" };
        }
      }
    }
    for (const f of looseFields(r)) {
      const k = fieldSlot(r, f);
      if (assignment.has(k)) {
        setPath(copy, f, assignment.get(k));
        out.push({ resourceKey: r.key, resourceName: r.name, field: f, value: assignment.get(k), from: r.possible[f].from });
      } else
        remaining[f] = r.possible[f];
    }
    delete copy.possible;
    delete copy.variants;
    if (Object.keys(remaining).length > 0)
      copy.possible = remaining;
  }
  const children = r.kind === "circuit" ? "peerings" : r.kind === "port" ? "links" : void 0;
  if (children) {
    const list = r[children];
    let changed = false;
    const next = list.map((c) => {
      const x = applyAssignment(c, assignment, out);
      if (x)
        changed = true;
      return x ?? c;
    });
    if (changed) {
      copy ??= { ...r };
      copy[children] = next;
    }
  }
  return copy;
}
function assignments(slots) {
  let out = [/* @__PURE__ */ new Map()];
  for (const s of slots) {
    const next = [];
    for (const a of out)
      for (const v of s.values)
        next.push(new Map(a).set(s.key, v));
    out = next;
  }
  return out;
}
function uniqueSlots(resources, relevant) {
  const byKey = /* @__PURE__ */ new Map();
  for (const r of resources) {
    if (!r.possible)
      continue;
    for (const s of slotsOfResource(r, relevant ? (f) => relevant(r, f) : void 0))
      if (!byKey.has(s.key))
        byKey.set(s.key, s);
  }
  return [...byKey.values()].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
var countOf = (slots) => slots.reduce((n, s) => n * Math.max(1, s.values.length), 1);
function worldCount(inv, only) {
  return countOf(uniqueSlots([...inv.byKey.values()].filter((r) => !only || only(r))));
}
function inWorld(r) {
  if (r.deployed === false)
    return false;
  if (r.kind === "gateway" && r.flavor === "vnet" && r.gatewayType !== void 0 && r.gatewayType.toLowerCase() !== "expressroute")
    return false;
  if (r.kind === "connection" && r.flavor === "vnet" && r.connectionType !== void 0 && r.connectionType.toLowerCase() !== "expressroute")
    return false;
  return true;
}
var RELATION_FIELDS = /* @__PURE__ */ new Set(["gatewayKey", "circuitKey", "circuitId", "portKey", "isDirect", "circuitKeys", "deployed", "gatewayType", "connectionType"]);
function relink(inv) {
  const byKey = new Map(inv.byKey);
  const present = (k) => byKey.has(k);
  const circuits = inv.circuits.map((c) => {
    const copy = { ...c, connectionKeys: [], gatewayKeys: [] };
    byKey.set(c.key, copy);
    return copy;
  });
  const gateways = inv.gateways.map((g) => {
    const copy = { ...g, connectionKeys: [], circuitKeys: [] };
    byKey.set(g.key, copy);
    return copy;
  });
  const ports = inv.ports.map((p) => {
    const copy = { ...p, circuitKeys: p.circuitKeys.filter(present) };
    byKey.set(p.key, copy);
    return copy;
  });
  linkRelations(inv.connections, circuits, byKey);
  return { ...inv, circuits, gateways, ports, byKey };
}
function materialise(inv, assignment, choices) {
  if (assignment.size === 0)
    return inv;
  const byKey = new Map(inv.byKey);
  let relations = false;
  const top = [...inv.circuits, ...inv.ports, ...inv.gateways, ...inv.connections];
  for (const r of top) {
    const before = choices.length;
    const copy = applyAssignment(r, assignment, choices);
    if (!copy)
      continue;
    byKey.set(r.key, copy);
    if (copy.kind === "circuit")
      for (const p of copy.peerings)
        byKey.set(p.key, p);
    if (copy.kind === "port")
      for (const l of copy.links)
        byKey.set(l.key, l);
    if (choices.slice(before).some((c) => RELATION_FIELDS.has(c.field)))
      relations = true;
  }
  const pick = (list) => list.map((r) => byKey.get(r.key));
  let world = { ...inv, circuits: pick(inv.circuits), ports: pick(inv.ports), gateways: pick(inv.gateways), connections: pick(inv.connections), byKey };
  const gone = [...world.circuits, ...world.ports, ...world.gateways, ...world.connections].filter((r) => !inWorld(r));
  const goneChildren = [...world.circuits.flatMap((c) => c.peerings), ...world.ports.flatMap((p) => p.links)].filter((r) => !inWorld(r));
  if (gone.length > 0 || goneChildren.length > 0) {
    relations = true;
    const out = new Set([...gone, ...goneChildren].map((r) => r.key));
    for (const k of out)
      byKey.delete(k);
    const keep = (list) => list.filter((r) => !out.has(r.key));
    const circuits = keep(world.circuits).map((c) => {
      if (!c.peerings.some((p) => out.has(p.key)))
        return c;
      const copy = { ...c, peerings: keep(c.peerings) };
      byKey.set(c.key, copy);
      return copy;
    });
    const ports = keep(world.ports).map((p) => {
      if (!p.links.some((l) => out.has(l.key)))
        return p;
      const copy = { ...p, links: keep(p.links) };
      byKey.set(p.key, copy);
      return copy;
    });
    world = { ...world, circuits, ports, gateways: keep(world.gateways), connections: keep(world.connections), byKey };
  }
  return relations ? relink(world) : world;
}
function assigned(slots, assignment) {
  return slots.filter((s) => assignment.has(s.key)).map((s) => ({ key: s.key, label: s.label, value: assignment.get(s.key), values: s.values }));
}
function worldsOf(inv, opts = {}) {
  const slots = uniqueSlots([...inv.byKey.values()].filter((r) => !opts.only || opts.only(r)));
  if (slots.length === 0)
    return [{ inventory: inv, choices: [], assignment: [] }];
  if (countOf(slots) > (opts.max ?? MAX_WORLDS))
    return void 0;
  return assignments(slots).map((a) => {
    const choices = [];
    return { inventory: materialise(inv, a, choices), choices, assignment: assigned(slots, a) };
  });
}
function resourceWorlds(r, relevant, max = MAX_WORLDS) {
  if (!r.possible && !(r.kind === "circuit" ? r.peerings.some((p) => p.possible) : r.kind === "port" ? r.links.some((l) => l.possible) : false))
    return [{ resource: r, assignment: [] }];
  const holders = [r, ...r.kind === "circuit" ? r.peerings : r.kind === "port" ? r.links : []];
  const slots = uniqueSlots(holders, relevant);
  if (slots.length === 0)
    return [{ resource: r, assignment: [] }];
  if (countOf(slots) > max)
    return void 0;
  return assignments(slots).map((a) => ({ resource: applyAssignment(r, a) ?? r, assignment: assigned(slots, a) }));
}
function collapsePossible(inv, why) {
  const byKey = new Map(inv.byKey);
  const collapse = (r) => {
    let copy = r;
    if (r.possible) {
      copy = { ...r, unknown: { ...r.unknown ?? {} } };
      for (const f of Object.keys(r.possible))
        copy.unknown[f] ??= why(r, f);
      delete copy.possible;
      delete copy.variants;
    }
    if (copy.kind === "circuit" && copy.peerings.some((p) => p.possible))
      copy = { ...copy, peerings: copy.peerings.map(collapse) };
    if (copy.kind === "port" && copy.links.some((l) => l.possible))
      copy = { ...copy, links: copy.links.map(collapse) };
    if (copy !== r) {
      byKey.set(r.key, copy);
      if (copy.kind === "circuit")
        for (const p of copy.peerings)
          byKey.set(p.key, p);
      if (copy.kind === "port")
        for (const l of copy.links)
          byKey.set(l.key, l);
    }
    return copy;
  };
  return { ...inv, circuits: inv.circuits.map(collapse), ports: inv.ports.map(collapse), gateways: inv.gateways.map(collapse), connections: inv.connections.map(collapse), byKey };
}

// dist/pricing/impact.js
var round2 = (n) => Math.round(n * 100) / 100;
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(opts) {
  let i = indexes.get(opts);
  if (!i)
    indexes.set(opts, i = new CatalogueIndex(opts.catalogue));
  return i;
}
var byId = /* @__PURE__ */ new WeakMap();
function costById(costs, resourceId) {
  let m = byId.get(costs);
  if (!m)
    byId.set(costs, m = indexCosts(costs));
  return m.exact.get(resourceId) ?? m.lower.get(resourceId.toLowerCase());
}
function indexCosts(costs) {
  const lower = /* @__PURE__ */ new Map();
  let collide = false;
  const lowerAdd = (c) => {
    const k = c.resourceId.toLowerCase();
    if (!collide && lower.has(k))
      collide = true;
    lower.set(k, c);
  };
  for (const c of costs.costs)
    lowerAdd(c);
  for (const o of costs.otherCosts)
    lowerAdd(o);
  const exact = /* @__PURE__ */ new Map();
  if (!collide) {
    for (const c of costs.costs)
      exact.set(c.resourceId, c);
    for (const o of costs.otherCosts)
      exact.set(o.resourceId, o);
  } else {
    for (const c of costs.costs)
      exact.set(c.resourceId, lower.get(c.resourceId.toLowerCase()));
    for (const o of costs.otherCosts)
      exact.set(o.resourceId, lower.get(o.resourceId.toLowerCase()));
  }
  return { lower, exact };
}
var priced = /* @__PURE__ */ new WeakMap();
function linkCostsToRecords(summary, records) {
  priced.set(summary, { records });
}
function costOf(costs, r, at = -1) {
  const linked = priced.get(costs);
  if (linked !== void 0) {
    const x = linked.records;
    if (at >= 0) {
      if (x.circuits[at] === r)
        return x.circuitCosts[at];
      if (x.gateways[at] === r)
        return x.gatewayCosts[at];
      if (x.ports[at] === r)
        return x.portCosts[at];
    }
    const c = (linked.byRecord ??= recordMap(x)).get(r);
    if (c !== void 0)
      return c;
  }
  return costById(costs, r.id);
}
function circuitPricedAt(costs, i) {
  return priced.get(costs)?.records.sortedCircuits[i];
}
function recordMap(x) {
  const m = /* @__PURE__ */ new Map();
  for (let i = 0; i < x.circuits.length; i++)
    m.set(x.circuits[i], x.circuitCosts[i]);
  for (let i = 0; i < x.gateways.length; i++)
    m.set(x.gateways[i], x.gatewayCosts[i]);
  for (let i = 0; i < x.ports.length; i++)
    m.set(x.ports[i], x.portCosts[i]);
  return m;
}
function circuitFixImpact(costs, circuit, fix, at) {
  if (!costs)
    return void 0;
  const c = costOf(costs, circuit, at);
  const v = c?.fixCosts?.[fix];
  return v === void 0 ? null : v;
}
function deleteResourceImpact(costs, resource, at) {
  if (!costs)
    return void 0;
  const o = costOf(costs, resource, at);
  if (!o || !("basis" in o))
    return null;
  const saving = deletionSaving(o);
  return saving === null ? null : -saving;
}
function deletionSaving(o) {
  return o.monthlyUsd === null || o.priced !== "full" ? null : o.monthlyUsd;
}
function secondCircuitImpact(model, opts, advice, elsewhere) {
  if (!opts)
    return { usd: void 0, basis: "no price catalogue in this scan" };
  if (!model)
    return { usd: null, basis: "no circuit serving the gateway is in the inventory to size a second one on" };
  const premium = model.needs.premium.verdict;
  let tier = model.needs.requiredTier ?? (model.tier === "Basic" ? premium === "needed" ? "Premium" : "Standard" : model.tier === "Premium" && premium === "not-needed" ? "Standard" : model.tier);
  let noLocal = "";
  if (tier === "Local" && elsewhere) {
    const serving = allPeeringLocations(cloudOfRegion(model.circuit.location)).filter((l) => isLocalRegion(l, elsewhere.region));
    const other = serving.some((l) => elsewhere.by === "metro" ? !elsewhere.taken.has(l.metro.toLowerCase()) : l.sites.some((x) => !elsewhere.taken.has(x.key)));
    if (!other) {
      tier = "Standard";
      const arm = elsewhere.region ? armRegionName(elsewhere.region) : void 0;
      const region = serving[0]?.localRegionNames.find((n) => armRegionName(n) === arm) ?? elsewhere.region;
      noLocal = !elsewhere.region ? ": the gateway's region is not known, so whether another peering location offers ExpressRoute Local for it is not known either: Standard" : serving.length === 0 ? `: no peering location offers ExpressRoute Local for ${region}, so Standard` : `: no other ${elsewhere.by === "metro" ? "metro" : "peering location"} offers ExpressRoute Local for ${region} (${serving.map((l) => l.name).join(", ")} only), so Standard`;
    }
  }
  const changes = advice?.changes ?? (advice?.kind ? [advice.kind] : []);
  const m = (
    // Local has one plan, Unlimited (a Local circuit that says Metered is ERS-SKU-005's).
    tier === "Local" || noLocal || model.needs.requiredTier && model.tier === "Local" ? "UnlimitedData" : changes.includes("new-metered-circuit") ? "MeteredData" : changes.includes("switch-to-unlimited") ? "UnlimitedData" : model.billingModel
  );
  const bw = tier === "Local" && model.bandwidthMbps ? localBandwidthFor(model.bandwidthMbps) ?? model.bandwidthMbps : model.bandwidthMbps;
  const zone = model.zone;
  const plan = m === "MeteredData" ? "Metered" : m === "UnlimitedData" ? "Unlimited" : m;
  const what = `one more ${[bw ? formatBandwidth(bw) : void 0, tier, plan].filter((x) => x !== void 0).join(" ")} circuit in a second peering location${noLocal}`;
  if (model.circuit.isDirect)
    return { usd: null, basis: `${what}, on an ExpressRoute Direct port pair there, which is not priced` };
  const open = [!zone && "zone", !bw && "bandwidth", !tier && "tier", !m && "billing model"].filter((x) => typeof x === "string");
  if (!zone || !bw || !tier || !m)
    return { usd: null, basis: `${what}: its ${open.length === 1 ? open[0] : `${open.slice(0, -1).join(", ")} and ${open[open.length - 1]}`} ${open.length === 1 ? "is" : "are"} not known` };
  const idx = indexOf(opts);
  const q = tier === "Local" ? idx.circuitFee("Local", "UnlimitedData", bw, zone) : tier === "Standard" || tier === "Premium" ? idx.circuitFee(tier, m, bw, zone) : void 0;
  if (!q)
    return { usd: null, basis: `${what}, in ${zone}: not in the catalogue` };
  return { usd: round2(q.value), basis: `${what}, priced in ${zone} (the zone of ${model.location?.label ?? model.locationName}; a location in another zone is priced differently${m === "MeteredData" ? "; egress is split between the circuits, not added" : ""})` };
}
function connectCircuitsImpact(g, count, what, opts) {
  if (!opts)
    return { usd: void 0, basis: what };
  if (g.flavor !== "vwan")
    return { usd: 0, basis: what };
  const idx = indexOf(opts);
  const cu = idx.vwan("connectionUnit", g.location);
  if (!cu.quote || cu.otherRegion)
    return { usd: null, basis: `${what}; ${count} more vWAN connection unit(s), not priced for ${g.location ?? "this region"} in the catalogue` };
  return { usd: round2(count * cu.quote.value * idx.hoursPerMonth), basis: `${what}; ${count} more vWAN connection unit(s) at ${prefixOf(opts.catalogue.currency)}${cu.quote.value}/h` };
}
var AZ_LADDER = [["ErGw1AZ", 1e3], ["ErGw2AZ", 2e3], ["ErGw3AZ", 1e4]];
var LEGACY_LADDER = [["Standard", 1e3], ["HighPerformance", 2e3], ["UltraPerformance", 1e4]];
var FIXED_SKU_MBPS = new Map([...AZ_LADDER, ...LEGACY_LADDER, ["Basic", 500]].map(([sku, mbps]) => [sku.toLowerCase(), mbps]));
var SCALE_UNIT_MBPS = 1e3;
var SCALE_MAX_UNITS = 40;
var AZ_FAMILY = /* @__PURE__ */ new Set(["ergw1az", "ergw2az", "ergw3az", "ergwscale"]);
function isZoneRedundantSku(sku) {
  return sku !== void 0 && AZ_FAMILY.has(sku.toLowerCase());
}
var smallestCarrying = (ladder, mbps) => ladder.find((x) => x[1] >= mbps)?.[0];
function gatewayCandidates(g, need) {
  if (g.flavor !== "vnet")
    return [];
  const sku = g.skuName?.toLowerCase();
  const units = Math.max(1, Math.ceil(need.mbps / SCALE_UNIT_MBPS));
  const scale = units <= SCALE_MAX_UNITS ? [{ sku: "ErGwScale", units }] : [];
  if (sku === "ergwscale")
    return scale;
  if (need.zoneRedundant || isZoneRedundantSku(sku)) {
    const az = smallestCarrying(AZ_LADDER, need.mbps);
    return [...az ? [{ sku: az }] : [], ...scale];
  }
  if (sku === "standard" || sku === "highperformance" || sku === "ultraperformance" || sku === "basic") {
    const legacy = smallestCarrying(LEGACY_LADDER, need.mbps);
    return legacy ? [{ sku: legacy }] : [];
  }
  return [];
}
var changeOf = (t) => `resize-to-${t.sku}${t.units ? `-${t.units}` : ""}`;
function gatewayFix(g, need, costs, opts, at) {
  const candidates = gatewayCandidates(g, need);
  if (candidates.length === 0)
    return { usd: opts ? null : void 0, basis: `no ${need.zoneRedundant ? "zone-redundant " : ""}gateway SKU carries ${need.mbps} Mbps`, change: `resize-to-${need.zoneRedundant ? "zone-redundant" : "larger"}` };
  if (!opts)
    return { usd: void 0, basis: "no price catalogue in this scan", change: changeOf(candidates[0]) };
  const idx = indexOf(opts);
  const cur = prefixOf(opts.catalogue.currency);
  const priced2 = candidates.map((t) => {
    const p = idx.gateway(t.sku, g.location);
    if (!p.quote)
      return { t, monthly: null, text: `${t.sku} (not priced in the catalogue)` };
    const units = p.per === "scaleUnit" ? Math.max(t.units ?? 1, p.figure?.billedMinimumUnits ?? 1) : 1;
    const where2 = p.otherRegion ? `, observed in ${p.otherRegion}` : "";
    return { t, monthly: units * p.quote.value * idx.hoursPerMonth, text: `${t.sku}${p.per === "scaleUnit" ? ` with ${units} scale unit(s)` : ""} at ${cur}${p.quote.value}/h${where2}` };
  });
  const unpriced = priced2.filter((x) => x.monthly === null);
  const best = unpriced.length > 0 ? priced2[0] : priced2.reduce((a, b) => b.monthly < a.monthly ? b : a);
  const change2 = changeOf(best.t);
  if (unpriced.length > 0)
    return { usd: null, basis: priced2.length > 1 ? `the cheaper of ${priced2.map((x) => x.text).join(" and ")} is not known` : `${best.text}`, change: change2 };
  const now = costs ? costOf(costs, g, at) : void 0;
  const others = priced2.filter((x) => x !== best).map((x) => x.text);
  const against = others.length ? ` (cheaper than ${others.join(", ")})` : "";
  if (!now || now.monthlyUsd === null)
    return { usd: null, basis: `${best.text}${against}; ${g.skuName ?? "the current SKU"} is not priced`, change: change2 };
  return { usd: round2(best.monthly - now.monthlyUsd), basis: `${best.text}${against} against ${now.basis}`, change: change2 };
}

// dist/pricing/sort-ids.js
var PLAIN_ID = /^[a-z0-9./_-]*$/;
var byCodeUnits = (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
function sortById(items, lowerIds) {
  const keyed = new Array(items.length);
  let plain = true;
  for (let i = 0; i < items.length; i++) {
    const id = lowerIds !== void 0 ? lowerIds[i] : items[i].resourceId.toLowerCase();
    if (plain && !PLAIN_ID.test(id))
      plain = false;
    keyed[i] = { id, item: items[i], at: i };
  }
  let unique = true;
  if (plain) {
    for (let i = 0; i < keyed.length; i++)
      if (keyed[i].id.includes("_"))
        keyed[i].id = keyed[i].id.replaceAll("_", " ");
    keyed.sort((a, b) => byCodeUnits(a, b) || (unique = false, 0));
  } else
    keyed.sort((a, b) => {
      const r = compareText(a.id, b.id);
      if (r === 0)
        unique = false;
      return r;
    });
  const sorted = new Array(keyed.length);
  const order = new Array(keyed.length);
  for (let i = 0; i < keyed.length; i++) {
    sorted[i] = keyed[i].item;
    order[i] = keyed[i].at;
  }
  return { sorted, order, unique };
}

// dist/pricing/estimate.js
var round22 = (n) => Math.round(n * 100) / 100;
var numberFormats = /* @__PURE__ */ new Map();
function formatNumber(n, minFraction, maxFraction) {
  const key = `${minFraction}/${maxFraction}`;
  let f = numberFormats.get(key);
  if (!f)
    numberFormats.set(key, f = { format: new Intl.NumberFormat("en-US", { minimumFractionDigits: minFraction, maximumFractionDigits: maxFraction }), done: /* @__PURE__ */ new Map() });
  let text = f.done.get(n);
  if (text === void 0) {
    text = f.format.format(n);
    if (f.done.size < 1e5)
      f.done.set(n, text);
  }
  return text;
}
var usd = (n) => `${currencyPrefix()}${formatNumber(n, n % 1 === 0 ? 0 : 2, Math.abs(n) < 1 ? 4 : 2)}`;
var rate = (n) => `${currencyPrefix()}${formatNumber(n, n % 1 === 0 ? 0 : 2, 6)}`;
var gb = (n) => `${formatNumber(Math.round(n), 0, 3)} GB`;
var SharedTexts = class {
  texts = /* @__PURE__ */ new Map();
  /** `word(a, b)`, worded once per estimate. */
  of(word, a, b) {
    let byA = this.texts.get(word);
    if (!byA)
      this.texts.set(word, byA = /* @__PURE__ */ new Map());
    let byB = byA.get(a);
    if (!byB)
      byA.set(a, byB = /* @__PURE__ */ new Map());
    let text = byB.get(b);
    if (text === void 0) {
      text = word(a, b);
      if (byB.size < 1e4)
        byB.set(b, text);
    }
    return text;
  }
};
var sharedTexts = new SharedTexts();
var noEgressNote = (breakEven) => `no egress declared or measured: the metered figure has no egress charge${breakEven !== null ? `; Unlimited pays off above ${gb(breakEven)}/month` : ""}`;
var partlyPricedNote = (missing, current) => `partly priced: ${missing} not priced, so ${usd(current)} is a lower bound`;
var globalReachAddOnNote = (unverified) => `Global Reach add-on not priced: ${unverified ?? "no figure in the catalogue"}`;
var noLocalPriceNote = (bw, zone) => `no Local price for ${formatBandwidth(bw)} in ${zone} in the catalogue: not priced`;
var configuredUnitsNote = (configured) => `${configured} scale unit(s): the configured minimum (autoscale may bill more; declare gateways.<id>.scaleUnits in the usage file)`;
var fixedUnitsNote = (units) => `${units} scale unit(s): fixed (the configured minimum and maximum)`;
var noMaximumNote = (configured) => `${configured} scale unit(s): the configured minimum; no maximum is set, and whether the gateway scales (and bills) above its minimum then is not documented (declare gateways.<id>.scaleUnits in the usage file)`;
var modelName = (m) => m === "MeteredData" ? "Metered" : m === "UnlimitedData" ? "Unlimited" : m;
var Trail = class {
  /**
   * Distinct sources in first-use order (an array, not a Set: one estimate names a handful, and 10,000 Sets
   * cost more than they save). Both lists are made on their first entry, at length one (most estimates have
   * one source and no unverified figure): no empty lists per circuit, and the one-entry list is the report's.
   */
  sources;
  unverified;
  /** `what` names the figure for an unverified mark: a function where the name is built, so it is built only for such a figure. */
  use(q, what, asRate = false) {
    if (!q)
      return null;
    if (!this.sources)
      this.sources = [q.source];
    else if (!this.sources.includes(q.source))
      this.sources.push(q.source);
    if (q.unverified)
      this.note(`${typeof what === "string" ? what : what()} (${asRate ? rate(q.value) : usd(q.value)}): ${q.unverified}`);
    return q.value;
  }
  note(line) {
    if (!this.unverified)
      this.unverified = [line];
    else if (!this.unverified.includes(line))
      this.unverified.push(line);
  }
  /** The sources as reports list them: sorted (a copy, unless there is only one). */
  sortedSources() {
    const s = this.sources;
    return s === void 0 || s.length === 1 ? s : s.slice().sort();
  }
};
function describeEgress(e) {
  if (e.source === "usage")
    return `declared egress ${gb(e.gb)}/month (usage file)`;
  if (e.source === "metrics")
    return `measured egress ${gb(e.gb)}/month (Azure Monitor${e.metric?.metric ? ` ${e.metric.metric}` : ""}${e.metric?.days ? `, last ${e.metric.days} days` : ""})`;
  return "no egress declared or measured";
}
var ROUTE_COUNT_NOTE = "erscan cannot see the route count (Standard allows 4,000 private-peering routes, Premium 10,000): check it before turning Premium off";
function emptyCost(a, tier, model, zone, notes) {
  const c = a.circuit;
  const eg = a.carries.egress;
  const cost = {
    resourceId: c.id,
    resourceName: c.name,
    subscriptionId: c.subscriptionId,
    tenantId: c.tenantId,
    zone,
    tier,
    billingModel: model,
    bandwidthMbps: a.bandwidthMbps ?? 0,
    egressGbPerMonth: eg.gb,
    egressSource: eg.source,
    monthlyUsd: { current: null, metered: null, unlimited: null, local: null },
    breakEvenGbPerMonth: null,
    recommendation: null,
    notes,
    priced: "none"
  };
  if (a.locationName)
    cost.peeringLocation = a.locationName;
  if (a.location?.directPort)
    cost.mappedPeeringLocation = a.location.name;
  if (c.isDirect)
    cost.isDirect = true;
  if (eg.metric)
    cost.egressMetric = eg.metric;
  return cost;
}
var NOT_LOCAL = Object.freeze({ eligible: false });
var localWhy = (a) => a.needs.localSuffices.reasons.join("; ");
function localOption(a, zone, bw, idx, trail) {
  if (a.location.localRegions.length === 0)
    return NOT_LOCAL;
  const localBw = localBandwidthFor(bw);
  if (!localBw)
    return NOT_LOCAL;
  const q = idx.circuitFee("Local", "UnlimitedData", localBw, zone);
  const s = a.needs.localSuffices;
  if (s.value === false)
    return NOT_LOCAL;
  if (!q)
    return { eligible: false, bandwidthMbps: localBw, unpriced: true };
  if (s.value === null)
    return { eligible: null, bandwidthMbps: localBw, fee: q.value };
  const fee = trail.use(q, () => `Local ${formatBandwidth(localBw)} ${zone} fee`);
  return { eligible: true, bandwidthMbps: localBw, fee };
}
var TIER_FIELDS = ["tier", "skuName", "billingModel", "bandwidthMbps", "peeringLocation"];
var POSSIBLE_FIELDS = ["tier", "billingModel", "bandwidthMbps", "peeringLocation"];
function hasKeys(o) {
  for (const _ in o)
    return true;
  return false;
}
function globalReachDestinationZone(a) {
  const unknown = { zone: null, why: "the destination circuit or its zone is unknown" };
  const links = [...a.reach.globalReach, ...a.reach.inboundGlobalReach];
  if (links.length === 0)
    return unknown;
  const zones = /* @__PURE__ */ new Set();
  for (const l of links) {
    const z = l.peer ? peeringLocationInfo(l.peer.peeringLocation, cloudOfRegion(l.peer.location))?.zone : void 0;
    if (!z)
      return unknown;
    zones.add(z);
  }
  if (zones.size > 1)
    return { zone: null, why: `the destinations are in ${[...zones].sort().join(" and ")}, and how the traffic splits between them is not known` };
  return { zone: [...zones][0], why: "" };
}
function estimateCircuit(a, idx, opts, notices) {
  const c = a.circuit;
  const tier = a.tier ?? "unknown";
  const model = a.billingModel ?? "unknown";
  const eg = a.carries.egress;
  const notes = [];
  const trail = new Trail();
  const loc = a.location;
  const zone = a.zone;
  if (eg.source === "usage")
    notes.push("egress from the usage file");
  if (eg.source === "metrics")
    notes.push(`egress measured by Azure Monitor${eg.metric?.days ? ` over the last ${eg.metric.days} days` : ""}`);
  const undecided = hasKeys(a.unknown) ? TIER_FIELDS.filter((f) => a.unknown[f] !== void 0) : [];
  if (undecided.length > 0) {
    for (const f of undecided)
      notes.push(`${notKnown(f, a.unknown[f])}: not priced`);
    return finish(emptyCost(a, tier, model, zone, notes), trail);
  }
  if (c.possible)
    for (const f of POSSIBLE_FIELDS) {
      const p = c.possible[f];
      if (p)
        notes.push(`\`${f}\` is one of ${p.values.map(String).join(", ")} (${p.from}): priced per value (see the range)`);
    }
  if (!a.locationName) {
    notes.push(c.isDirect && !a.port ? "its peering location is that of its ExpressRoute Direct port, which is not in the inventory: the billing zone follows the peering location, so this circuit is not priced" : "no peering location: the billing zone follows the peering location, so this circuit is not priced");
    return finish(emptyCost(a, tier, model, null, notes), trail);
  }
  const cloud = cloudOfRegion(c.location);
  if (!loc) {
    const delisted = c.isDirect ? void 0 : delistedLocationReason(a.locationName);
    notes.push(`${c.isDirect ? unknownLocationReason(a.locationName, true, cloud) : `peering location "${a.locationName}" is not in erscan's zone map${cloud !== "public" ? ` for the ${cloud === "usgov" ? "US Government" : "China"} cloud` : ""}${delisted ? `: ${delisted}` : ""}`}: not priced (no zone is guessed)`);
    if (!(c.isDirect && a.port) && !peeringLocationInfo(a.locationName, "public") && !peeringLocationInfo(a.locationName, "usgov"))
      notices.push(`${c.name}: unknown peering location "${a.locationName}" (not priced)`);
    return finish(emptyCost(a, tier, model, null, notes), trail);
  }
  if (!zone) {
    notes.push(`${loc.name} is in the Azure China cloud, which is priced separately in CNY: not in the catalogue`);
    return finish(emptyCost(a, tier, model, null, notes), trail);
  }
  const out = emptyCost(a, tier, model, zone, notes);
  if (loc.zoneConflict)
    trail.note(`zone of ${loc.label} (${zone}): ${loc.zoneConflict}`);
  if (loc.kind === "metro")
    trail.note(`${loc.name} is an ExpressRoute Metro location: priced as a ${zone} circuit (metro.md gives the zone; the catalogue has no Metro-specific meter)`);
  const bw = a.bandwidthMbps;
  if (!bw) {
    notes.push("bandwidth unknown: not priced");
    return finish(out, trail);
  }
  if (tier !== "Standard" && tier !== "Premium" && tier !== "Local") {
    notes.push(`SKU tier "${tier}" is not in the catalogue (Local, Standard, Premium): not priced`);
    return finish(out, trail);
  }
  if (model !== "MeteredData" && model !== "UnlimitedData") {
    notes.push(`billing model "${model}" is not MeteredData or UnlimitedData: not priced`);
    return finish(out, trail);
  }
  const missing = [];
  const egressRate = trail.use(idx.egressRate(zone), () => `${zone} egress per GB`, true);
  if (egressRate === null)
    notes.push(`no egress price for ${zone} in the catalogue${model === "MeteredData" && tier !== "Local" ? ": not priced" : ""}`);
  const grConfigured = a.carries.globalReachLinks > 0 || a.circuit.globalReachEnabled === true;
  let gr = 0;
  if (grConfigured || eg.globalReachGb > 0) {
    out.globalReachGbPerMonth = eg.globalReachGb;
    const addOn = idx.globalReachAddOn(zone, bw);
    const addOnUsd = trail.use(addOn.quote, "Global Reach add-on");
    if (grConfigured && addOnUsd === null) {
      notes.push(sharedTexts.of(globalReachAddOnNote, addOn.figure?.unverified, void 0));
      missing.push("Global Reach add-on");
    }
    gr += addOnUsd ?? 0;
    if (eg.globalReachGb > 0) {
      const outRate = trail.use(idx.globalReachPerGb(zone, "out"), () => `Global Reach outbound per GB in ${zone}`, true);
      const { zone: peerZone, why: peerWhy } = globalReachDestinationZone(a);
      const inRate = peerZone ? trail.use(idx.globalReachPerGb(peerZone, "in"), () => `Global Reach inbound per GB in ${peerZone}`, true) : null;
      if (outRate === null) {
        notes.push(`Global Reach outbound traffic (${gb(eg.globalReachGb)}/month) not priced: no per-GB figure for ${zone}`);
        missing.push(`Global Reach outbound traffic (${gb(eg.globalReachGb)}/month)`);
      }
      if (inRate === null) {
        notes.push(`Global Reach inbound charge at the destination not priced: ${peerZone ? `no per-GB figure for ${peerZone}` : peerWhy}`);
        missing.push(`Global Reach inbound charge at the destination (${gb(eg.globalReachGb)}/month)`);
      }
      gr += (outRate ?? 0) * eg.globalReachGb + (inRate ?? 0) * eg.globalReachGb;
    }
    out.globalReachUsd = round22(gr);
  }
  if (c.isDirect)
    return finish(beingDeletedAdvice(a, estimateDirectCircuit(a, out, tier, model, zone, egressRate, gr, missing, idx, trail)), trail);
  if (!CIRCUIT_BANDWIDTHS_MBPS.includes(bw) && tier !== "Local") {
    notes.push(`no catalogue price for ${formatBandwidth(bw)} circuits (provider circuits are 50 Mbps to 10 Gbps)`);
    return finish(out, trail);
  }
  const planTier = tier === "Premium" ? "Premium" : "Standard";
  const meteredFee = trail.use(idx.circuitFee(planTier, "MeteredData", bw, zone), () => `${planTier} Metered ${formatBandwidth(bw)} ${zone} fee`);
  const unlimitedFee = trail.use(idx.circuitFee(planTier, "UnlimitedData", bw, zone), () => `${planTier} Unlimited ${formatBandwidth(bw)} ${zone} fee`);
  const egressUsd = egressRate === null ? null : egressRate * eg.gb;
  const metered = meteredFee === null || egressUsd === null ? null : meteredFee + egressUsd + gr;
  const unlimited = unlimitedFee === null ? null : unlimitedFee + gr;
  out.monthlyUsd.metered = metered === null ? null : round22(metered);
  out.monthlyUsd.unlimited = unlimited === null ? null : round22(unlimited);
  if (meteredFee !== null && unlimitedFee !== null && egressRate)
    out.breakEvenGbPerMonth = Math.round((unlimitedFee - meteredFee) / egressRate);
  const local = localOption(a, zone, bw, idx, trail);
  let localFee = null;
  if (tier === "Local") {
    const q = LOCAL_BANDWIDTHS_MBPS.includes(bw) ? idx.circuitFee("Local", "UnlimitedData", bw, zone) : void 0;
    localFee = trail.use(q, () => `Local ${formatBandwidth(bw)} ${zone} fee`);
    if (localFee === null)
      notes.push(sharedTexts.of(noLocalPriceNote, bw, zone));
    out.monthlyUsd.local = localFee;
    out.monthlyUsd.current = localFee === null ? null : round22(localFee + gr);
    out.egressUsd = 0;
    notes.push("Local includes egress; metered and unlimited show the Standard plans at the same bandwidth for comparison");
  } else {
    if (local.eligible)
      out.monthlyUsd.local = local.fee ?? null;
    else if (local.eligible === null && local.fee != null)
      notes.push(`Local at ${loc.label} (${formatBandwidth(local.bandwidthMbps)}) would cost ${usd(local.fee)}/month, but whether Local would do is undecided: ${localWhy(a)}`);
    else if (local.unpriced)
      notes.push(`no Local price for ${formatBandwidth(local.bandwidthMbps)} in ${zone} in the catalogue: Local at ${loc.label} is not priced as an alternative (${a.needs.localSuffices.value ? "it would do" : "whether it would do is undecided"}: ${localWhy(a)})`);
    out.monthlyUsd.current = model === "MeteredData" ? out.monthlyUsd.metered : out.monthlyUsd.unlimited;
    out.egressUsd = model === "MeteredData" ? egressUsd === null ? null : round22(egressUsd) : 0;
    if ((model === "MeteredData" ? meteredFee : unlimitedFee) === null)
      notes.push(`no catalogue price for ${planTier} ${modelName(model)} ${formatBandwidth(bw)} in ${zone}: not priced`);
  }
  if (eg.source === "none" && model === "MeteredData")
    notes.push(sharedTexts.of(noEgressNote, out.breakEvenGbPerMonth, void 0));
  if (out.monthlyUsd.current !== null)
    setPriced(out, missing);
  premiumFields(a, out);
  const unpeered = eg.source !== "none" && !a.template && !a.unknown.peerings && c.peerings.length === 0;
  const byRule = c.serviceProviderProvisioningState?.toLowerCase() === "provisioned" ? " (ERS-COST-002)" : "";
  if (unpeered)
    notes.push(`the circuit has no peering, so it carries nothing now${byRule}: ${describeEgress(eg)} is not weighed for a billing-model change`);
  const context = { tier, model, bw, zone, egressRate, gr, eg: unpeered ? { ...eg, source: "none" } : eg, local, idx, opts };
  out.fixCosts = fixCostsOf(a, out, context);
  out.recommendation = recommend(a, out, context);
  return finish(beingDeletedAdvice(a, out), trail);
}
var BEING_DELETED_NOTE = "ARM is deleting this circuit (provisioningState Deleting): no advice that presumes it stays is given; it is billed until the deletion completes";
function beingDeletedAdvice(a, out) {
  if (!a.beingDeleted)
    return out;
  out.recommendation = null;
  adviceIfKept.delete(out);
  delete out.waste;
  out.notes.push(BEING_DELETED_NOTE);
  return out;
}
function setPriced(out, missing) {
  out.priced = missing.length ? "partial" : "full";
  if (missing.length) {
    out.missing = missing;
    out.notes.push(sharedTexts.of(partlyPricedNote, missing.length === 1 ? missing[0] : missing.join(", "), out.monthlyUsd.current ?? 0));
  }
}
function premiumFields(a, out) {
  const p = a.needs.premium;
  if (a.tier !== "Premium" && !a.needs.requiredTier)
    return;
  out.premiumNeeded = p.verdict === "needed" ? true : p.verdict === "not-needed" ? false : null;
  out.premiumReasons = p.verdict === "not-needed" ? [...p.reasons, ROUTE_COUNT_NOTE] : p.reasons;
}
function estimateDirectCircuit(a, out, tier, model, zone, egressRate, gr, missing, idx, trail) {
  const notes = out.notes;
  notes.push(`ExpressRoute Direct circuit: the port pair carries the fee (see the port); Standard circuits are included, Premium is an add-on, ${model === "MeteredData" ? "egress is billed per circuit at the zone rate" : `egress is billed per circuit at the zone rate on Metered circuits (this one is ${tier === "Local" ? "Local" : "Unlimited"}: no egress charge)`}`);
  const addOn = idx.directPremiumAddOn();
  const addOnUsd = trail.use(addOn.quote, "Direct Premium add-on");
  let fee = 0;
  if (tier === "Premium") {
    if (addOnUsd === null) {
      notes.push(`Premium add-on on Direct not priced: ${addOn.unverified ?? "no figure in the catalogue"}`);
      missing.push("Premium add-on on ExpressRoute Direct");
    } else
      fee = addOnUsd;
  }
  const egressUsd = model === "MeteredData" ? egressRate === null ? null : egressRate * a.carries.egress.gb : 0;
  out.egressUsd = egressUsd === null ? null : round22(egressUsd);
  out.monthlyUsd.current = egressUsd === null ? null : round22(fee + egressUsd + gr);
  if (out.monthlyUsd.current !== null)
    setPriced(out, missing);
  premiumFields(a, out);
  const current = out.monthlyUsd.current;
  out.fixCosts = {
    ...tier === "Premium" && a.needs.premium.verdict !== "needed" ? { "remove-premium": addOnUsd === null ? null : -addOnUsd } : {},
    ...tier === "Standard" ? { "add-premium": addOnUsd } : {},
    delete: current === null || out.priced !== "full" ? null : -current
  };
  const unused = current !== null ? unusedAdvice(a, out, model, tier, current) : null;
  const advice = directAdvice(a, out, tier, model, addOnUsd, addOn.unverified);
  if (unused) {
    out.recommendation = unused;
    adviceIfKept.set(out, { advice, notes: [] });
  } else
    out.recommendation = advice;
  return out;
}
function directAdvice(a, out, tier, model, addOnUsd, addOnUnverified) {
  const p = a.needs.premium;
  const current = out.monthlyUsd.current;
  if (a.billedForNothing && current !== null) {
    out.waste = true;
    return {
      kind: "delete-unprovisioned",
      changes: ["delete-unprovisioned"],
      billingModel: model,
      tier,
      monthlySavingsUsd: out.priced === "full" ? current : null,
      reason: `the provider status is ${a.circuit.serviceProviderProvisioningState}: the circuit is billed from creation whether or not it carries traffic; delete it, or finish provisioning`
    };
  }
  if (tier === "Premium" && p.verdict === "not-needed") {
    return {
      kind: "remove-premium",
      changes: ["remove-premium"],
      billingModel: model,
      tier: "Standard",
      monthlySavingsUsd: addOnUsd,
      reason: `the Premium add-on does not look needed (${[...p.reasons, ROUTE_COUNT_NOTE].join("; ")}); it can be turned off in place without downtime${addOnUsd === null ? `. The saving is not known: the Premium add-on on ExpressRoute Direct is not priced (${addOnUnverified ?? "no figure in the catalogue"})` : ""}`
    };
  }
  if (a.needs.requiredTier === "Premium") {
    return {
      kind: "add-premium",
      changes: ["add-premium"],
      required: true,
      billingModel: model,
      tier: "Premium",
      monthlySavingsUsd: addOnUsd === null ? null : -addOnUsd,
      reason: `required: Premium is needed (${p.reasons.join("; ")})${addOnUsd === null ? `; the Premium add-on on ExpressRoute Direct is not priced, so its cost is not known` : `; it adds ${usd(addOnUsd)}/month`}`
    };
  }
  return null;
}
function planCost(t, m, x) {
  const fee = x.idx.circuitFee(t, m, x.bw, x.zone);
  if (!fee || m === "MeteredData" && x.egressRate === null)
    return null;
  return round22(fee.value + (m === "MeteredData" ? x.egressRate * x.eg.gb : 0) + x.gr);
}
var change = (v, current) => v === null || current === null ? null : round22(v - current);
function fixCostsOf(a, out, x) {
  const current = out.monthlyUsd.current;
  const fixes = {};
  if (x.tier === "Premium" && a.needs.premium.verdict !== "needed")
    fixes["remove-premium"] = change(planCost("Standard", x.model, x), current);
  if (x.tier === "Standard")
    fixes["add-premium"] = change(planCost("Premium", x.model, x), current);
  if (x.tier === "Local") {
    const target = a.needs.requiredTier === "Premium" ? "Premium" : "Standard";
    fixes["upgrade-from-local"] = change(planCost(target, "UnlimitedData", x), current);
  }
  if (x.tier !== "Local" && x.model === "MeteredData" && x.eg.source !== "none")
    fixes["switch-to-unlimited"] = change(out.monthlyUsd.unlimited, current);
  if (x.tier !== "Local" && x.model === "UnlimitedData" && x.eg.source !== "none")
    fixes["new-metered-circuit"] = change(out.monthlyUsd.metered, current);
  if (x.tier !== "Local" && x.local.eligible !== false && x.local.fee != null)
    fixes["move-to-local"] = change(x.local.fee, current);
  fixes.delete = current === null || out.priced !== "full" ? null : -current;
  return fixes;
}
var ONE_TIER = { Local: ["Local"], Standard: ["Standard"], Premium: ["Premium"] };
var PREMIUM_OR_STANDARD = ["Premium", "Standard"];
var ONE_MODEL = { MeteredData: ["MeteredData"], UnlimitedData: ["UnlimitedData"] };
var BOTH_MODELS = { MeteredData: ["MeteredData", "UnlimitedData"], UnlimitedData: ["UnlimitedData", "MeteredData"] };
function tierChange(t, x) {
  return t === x.tier ? void 0 : x.tier === "Local" ? "upgrade-from-local" : t === "Premium" ? "add-premium" : "remove-premium";
}
var byCost = (p, q) => (p.cost ?? Infinity) - (q.cost ?? Infinity) || Number(p.requiresNewCircuit) - Number(q.requiresNewCircuit);
var saves = (o, current) => o.cost !== null && current - o.cost >= 0.01;
function changesOf(o) {
  return o.tierChange && o.modelChange ? [o.tierChange, o.modelChange] : o.tierChange ? [o.tierChange] : o.modelChange ? [o.modelChange] : [];
}
function premiumNotNeededText(a) {
  const r = a.needs.premium.reasons;
  return `the Premium add-on does not look needed (${r.length ? `${r.join("; ")}; ` : ""}${ROUTE_COUNT_NOTE}); it can be turned off in place without downtime`;
}
function recommend(a, out, x) {
  const c = a.circuit;
  const current = out.monthlyUsd.current;
  if (current === null)
    return null;
  if (a.billedForNothing) {
    out.waste = true;
    return {
      kind: "delete-unprovisioned",
      changes: ["delete-unprovisioned"],
      billingModel: x.model,
      tier: x.tier,
      monthlySavingsUsd: out.priced === "full" ? current : null,
      reason: `the provider status is ${c.serviceProviderProvisioningState}: the circuit is billed from creation whether or not it carries traffic, so its ${usd(current)}/month carries nothing until the provider provisions it; finish provisioning with the provider, or delete it`
    };
  }
  const unused = unusedAdvice(a, out, x.model, x.tier, current);
  if (unused) {
    const notes = [];
    adviceIfKept.set(out, { advice: changeAdvice(a, out, { ...x, eg: { ...x.eg, source: "none" } }, current, notes), notes });
    return unused;
  }
  return changeAdvice(a, out, x, current, out.notes);
}
function changeAdvice(a, out, x, current, notes) {
  const required = a.needs.requiredTier;
  if (x.tier === "Local" && !required)
    return null;
  const known = x.eg.source !== "none";
  const fraction = x.opts.newCircuitBelowBreakEvenFraction ?? 0.5;
  const breakEven = out.breakEvenGbPerMonth;
  const tiers = required ? ONE_TIER[required] : x.tier === "Premium" && a.needs.sufficient.Standard === true ? PREMIUM_OR_STANDARD : ONE_TIER[x.tier];
  const own = x.model;
  const models = x.tier === "Local" ? ONE_MODEL.UnlimitedData : known && (own === "MeteredData" || own === "UnlimitedData" && breakEven !== null && x.eg.gb < breakEven * fraction) ? BOTH_MODELS[own] : ONE_MODEL[own];
  const options = [];
  for (let i = 0; i < tiers.length; i++)
    for (let j = 0; j < models.length; j++) {
      const t = tiers[i];
      const m = models[j];
      if (t === x.tier && m === x.model)
        continue;
      const requiresNewCircuit = x.model === "UnlimitedData" && m === "MeteredData";
      const modelChange = m === x.model || x.tier === "Local" ? void 0 : requiresNewCircuit ? "new-metered-circuit" : "switch-to-unlimited";
      const tc = tierChange(t, x);
      const first = tc ?? modelChange;
      const kind = first === "add-premium" || first === "upgrade-from-local" ? first : modelChange ?? first;
      options.push({ tier: t, model: m, cost: planCost(t, m, x), kind, tierChange: tc, modelChange, requiresNewCircuit });
    }
  if (!required && x.local.eligible && x.local.fee != null)
    options.push({ tier: "Local", model: "UnlimitedData", cost: x.local.fee, kind: "move-to-local", tierChange: "move-to-local", requiresNewCircuit: true, bandwidthMbps: x.local.bandwidthMbps });
  let best;
  for (let i = 0; i < options.length; i++) {
    const o = options[i];
    if ((required || saves(o, current)) && (best === void 0 || byCost(o, best) < 0))
      best = o;
  }
  if (!best && !required && tiers === PREMIUM_OR_STANDARD)
    best = options.find((o) => o.tierChange === "remove-premium" && o.model === x.model && o.cost === null);
  if (!best) {
    if (known && x.model === "UnlimitedData" && breakEven !== null && x.eg.gb < breakEven && out.monthlyUsd.metered !== null && out.monthlyUsd.metered < current)
      notes.push(`${describeEgress(x.eg)} is below the break-even ${gb(breakEven)}, but Unlimited \u2192 Metered is not supported in place; a new Metered circuit would save ${usd(round22(current - out.monthlyUsd.metered))}/month, too little to advise a migration (threshold: below ${Math.round(fraction * 100)}% of the break-even)`);
    return null;
  }
  const saving = best.cost === null ? null : 0 - change(best.cost, current);
  const parts = [];
  if (required) {
    const why = required === "Premium" ? a.needs.premium.reasons : a.needs.beyondLocal.reasons;
    const open = required === "Standard" && a.needs.premium.verdict === "undecided" ? reachUndecidedReasons(a) : [];
    parts.push(`required: ${x.tier} is not enough for what this circuit does (${why.join("; ")}), so it needs ${open.length > 0 ? `at least ${required} (Premium too if it reaches beyond its geopolitical region; undecided: ${open.join("; ")})` : required}`);
    if (x.tier === "Local")
      parts.push(`Azure changes Local to ${required} in place only with the Unlimited plan`);
  }
  if (best.kind === "move-to-local") {
    parts.push(`${localWhy(a)}: a Local ${formatBandwidth(best.bandwidthMbps)} circuit (Unlimited, egress included) costs ${usd(best.cost)}/month against ${usd(current)} now`);
    if (best.bandwidthMbps !== x.bw)
      parts.push(`Local starts at 1 Gbps, so this is a bandwidth increase from ${formatBandwidth(x.bw)}`);
    parts.push("Local reaches only the local region(s) and has no Global Reach");
    parts.push(`Azure does not change a ${x.tier} circuit to Local in place: a new Local circuit would be needed (order it with the provider, move the connections, delete this one)`);
  } else {
    if (best.modelChange === "switch-to-unlimited")
      parts.push(`${describeEgress(x.eg)} is above the break-even ${gb(breakEven ?? 0)}: Unlimited costs less than Metered here. Metered \u2192 Unlimited is an in-place change without downtime, but it is one-way (Unlimited \u2192 Metered is not supported)`);
    if (best.requiresNewCircuit) {
      parts.push(`${describeEgress(x.eg)} is far below the break-even ${gb(breakEven ?? 0)}, so Metered would cost less. Azure does not support changing Unlimited \u2192 Metered: a new Metered circuit would be needed (order it with the provider, move the connections, delete this one)`);
    }
    if (best.tierChange === "remove-premium")
      parts.push(premiumNotNeededText(a));
    parts.push(best.cost === null ? `the catalogue has no price for ${best.tier} ${modelName(best.model)} ${formatBandwidth(x.bw)} in ${x.zone}, so what it costs is not known` : `${best.tier} ${modelName(best.model)} would cost ${usd(round22(best.cost))}/month against ${usd(current)} now`);
    if (best.requiresNewCircuit && best.tier === "Standard" && a.needs.premium.verdict === "undecided") {
      const premium = planCost("Premium", best.model, x);
      parts.push(`Whether it needs Premium is undecided (${a.needs.premium.reasons.join("; ")}): if it does, order the new circuit as Premium ${modelName(best.model)}${premium === null ? " (not priced here)" : `, ${usd(round22(premium))}/month`}`);
    }
  }
  if (x.tier !== "Local" && x.local.unpriced)
    parts.push(`Local ${formatBandwidth(x.local.bandwidthMbps)} is not weighed: the catalogue has no price for it in ${x.zone}`);
  for (let i = 0; i < options.length; i++) {
    const o = options[i];
    if (o !== best && saves(o, current))
      notes.push(`also possible: ${o.tier} ${modelName(o.model)}${o.bandwidthMbps && o.bandwidthMbps !== x.bw ? ` ${formatBandwidth(o.bandwidthMbps)}` : ""} at ${usd(round22(o.cost))}/month (saves ${usd(round22(current - o.cost))})${o.requiresNewCircuit ? ", needs a new circuit" : ""}`);
  }
  const advice = { kind: best.kind, changes: changesOf(best) };
  if (required)
    advice.required = true;
  advice.billingModel = best.model;
  advice.tier = best.tier;
  advice.monthlySavingsUsd = saving;
  advice.reason = parts.join(". ");
  if (best.requiresNewCircuit)
    advice.requiresNewCircuit = true;
  if (best.bandwidthMbps && best.bandwidthMbps !== x.bw)
    advice.bandwidthMbps = best.bandwidthMbps;
  return advice;
}
function unusedAdvice(a, out, model, tier, current) {
  if (a.billedForNothing || a.carries.idle.value !== true)
    return null;
  const state = a.circuit.serviceProviderProvisioningState?.toLowerCase();
  if (state !== void 0 && state !== "provisioned")
    return null;
  out.waste = true;
  return {
    kind: "delete-unused",
    changes: ["delete-unused"],
    billingModel: model,
    tier,
    monthlySavingsUsd: out.priced === "full" ? current : null,
    reason: `the circuit carries nothing (${a.carries.idle.reasons.join("; ")}): it is billed whether or not it is used, so its ${usd(current)}/month is waste; ${behindDisabledPeering(a) === void 0 ? "delete it, once no connection in a scope erscan did not read uses it" : "enable its Azure private peering if its connections are still needed, or delete it"}`
  };
}
function finish(out, trail) {
  if (out.notes.length > 0)
    out.notes = exactLength(out.notes);
  if (trail.unverified)
    out.unverified = trail.unverified;
  if (trail.sources)
    out.priceSources = trail.sortedSources();
  return out;
}
function billedUnits(g, declared, billedMinimum) {
  if (declared !== void 0)
    return { units: Math.max(declared, billedMinimum ?? 1), note: `${Math.max(declared, billedMinimum ?? 1)} scale unit(s) from the usage file${billedMinimum && declared < billedMinimum ? ` (at least the ${billedMinimum} billed)` : ""}` };
  if (isUnknown(g, "minScaleUnits"))
    return { units: null, note: `${notKnown("minScaleUnits", unknownReason(g, "minScaleUnits"))}: not priced` };
  const open = g.possible?.minScaleUnits;
  if (open)
    return { units: null, note: `\`minScaleUnits\` is one of ${open.values.map(String).join(", ")} (${open.from}): priced per value (see the range)` };
  const configured = g.minScaleUnits ?? g.maxScaleUnits;
  if (configured === void 0) {
    const units = billedMinimum ?? 1;
    return { units, note: `${units} scale unit(s): none configured, so the billed minimum is used` };
  }
  if (billedMinimum !== void 0 && configured < billedMinimum)
    return { units: billedMinimum, note: `${billedMinimum} scale unit(s) billed: the configured minimum is ${configured}, below the ${billedMinimum} units the catalogue says are billed at least` };
  if (g.minScaleUnits !== void 0 && g.maxScaleUnits === g.minScaleUnits)
    return { units: configured, note: sharedTexts.of(fixedUnitsNote, configured, void 0) };
  if (g.minScaleUnits !== void 0 && g.maxScaleUnits === void 0 && !isUnknown(g, "maxScaleUnits"))
    return { units: configured, note: sharedTexts.of(noMaximumNote, configured, void 0) };
  return { units: configured, note: sharedTexts.of(configuredUnitsNote, configured, void 0) };
}
function gatewayCost(g, idx, gwUsage) {
  const trail = new Trail();
  const notes = [];
  const hours = idx.hoursPerMonth;
  const declared = gwUsage.size === 0 ? void 0 : gwUsage.get(g.key)?.scaleUnits;
  if (cloudOfRegion(g.location) === "china")
    return otherCost(g, null, g.flavor === "vwan" ? "vWAN ExpressRoute gateway" : `${g.skuName ?? g.skuTier ?? "ExpressRoute"} gateway`, "none", [`${g.location} is in the Azure China cloud, which is priced separately in CNY: not in the catalogue`]);
  if (g.flavor === "vwan") {
    const su = idx.vwan("scaleUnit", g.location);
    const cu = idx.vwan("connectionUnit", g.location);
    const suPrice = trail.use(su.quote, "vWAN ExpressRoute scale unit per hour", true);
    const cuPrice = trail.use(cu.quote, "vWAN ExpressRoute connection unit per hour", true);
    const connsOpen = unknownReason(g, "connectionKeys");
    const conns = g.connectionKeys.length;
    const { units, note } = billedUnits(g, declared, void 0);
    for (const [what, r] of [["scale unit", su], ["connection unit", cu]])
      if (r.otherRegion)
        notes.push(`no ${what} price for ${g.location ?? "this region"}: the ${r.otherRegion} price is used (region prices differ; run erscan prices refresh)`);
    notes.push(note);
    if (connsOpen !== void 0)
      notes.push(`${notKnown("connectionKeys", connsOpen)}: its connection units (one per connection) are not priced`);
    if (suPrice === null || cuPrice === null || units === null) {
      if (suPrice === null || cuPrice === null)
        notes.push("vWAN ExpressRoute prices missing from the catalogue: not priced");
      return otherCost(g, null, `${units ?? "?"} scale unit(s) + ${connsOpen !== void 0 ? "?" : conns} connection unit(s)`, "none", notes, trail);
    }
    if (connsOpen !== void 0) {
      const o = otherCost(g, round22(units * suPrice * hours), `${units} scale unit(s) \xD7 ${rate(suPrice)}/h \xD7 ${hours} h, + connection units not known`, "partial", notes, trail);
      o.missing = ["vWAN ExpressRoute connection units (its connections are not known)"];
      return o;
    }
    return otherCost(g, round22((units * suPrice + conns * cuPrice) * hours), `${units} scale unit(s) \xD7 ${rate(suPrice)}/h + ${conns} connection unit(s) \xD7 ${rate(cuPrice)}/h, \xD7 ${hours} h`, "full", notes, trail);
  }
  const skuUnknown = unknownReason(g, "skuName");
  if (skuUnknown)
    return otherCost(g, null, "gateway SKU not known", "none", [`\`skuName\` is not known (${skuUnknown}): not priced`]);
  const sku = g.skuName ?? g.skuTier;
  if (!sku)
    return otherCost(g, null, "gateway SKU unknown", "none", ["gateway SKU unknown: not priced"]);
  const p = idx.gateway(sku, g.location);
  const price = trail.use(p.quote, () => `${sku} gateway per hour`, true);
  if (price === null)
    return otherCost(g, null, `${sku} gateway`, "none", [`no price for gateway SKU ${sku}${p.figure?.unverified ? `: ${p.figure.unverified}` : " in the catalogue"}`], trail);
  if (p.otherRegion) {
    trail.note(`${sku} gateway per hour (${rate(price)}): observed in ${p.otherRegion}, applied to ${g.location ?? "an unknown region"} (no price for that region in the catalogue; run erscan prices refresh)`);
    notes.push(`no gateway price for ${g.location ?? "this region"}: the ${p.otherRegion} price is used (region prices differ; run erscan prices refresh)`);
  }
  let n = 1;
  if (p.per === "scaleUnit") {
    const b = billedUnits(g, declared, p.figure?.billedMinimumUnits);
    notes.push(b.note);
    if (b.units === null)
      return otherCost(g, null, `${sku} gateway`, "none", notes, trail);
    n = b.units;
  }
  if (g.connectionKeys.length === 0 && !isTemplateResource(g))
    notes.push("no connection uses this gateway: it is billed for nothing");
  notes.push("billed per hour while the gateway exists, with or without circuits (it keeps accruing after a circuit is deleted)");
  return otherCost(g, round22(n * price * hours), p.per === "scaleUnit" ? `${sku}: ${n} scale unit(s) \xD7 ${rate(price)}/h \xD7 ${hours} h` : `${sku}: ${rate(price)}/h \xD7 ${hours} h`, "full", notes, trail);
}
function ifDeployed(r, o) {
  if (o.monthlyUsd === null)
    return o;
  const typeOpen = r.kind === "gateway" && r.flavor === "vnet" && (isUnknown(r, "gatewayType") || r.possible?.gatewayType !== void 0);
  const when = deployedOnlyIf(r) ?? (typeOpen ? `it is an ExpressRoute gateway only for some values of its type (${isUnknown(r, "gatewayType") ? notKnown("gatewayType", unknownReason(r, "gatewayType")) : `\`gatewayType\` is one of ${r.possible.gatewayType.values.map(String).join(", ")} (${r.possible.gatewayType.from})`})` : void 0);
  if (when === void 0)
    return o;
  return { ...o, monthlyUsd: null, priced: "none", notes: [...o.notes ?? [], notInTotal(when, o.monthlyUsd)] };
}
function circuitIfDeployed(c, out) {
  const current = out.monthlyUsd.current;
  if (current === null)
    return out;
  const when = deployedOnlyIf(c);
  if (when === void 0)
    return out;
  return { ...out, monthlyUsd: { ...out.monthlyUsd, current: null }, priced: "none", notes: [...out.notes ?? [], notInTotal(when, current)] };
}
function deployedOnlyIf(r) {
  if (isUnknown(r, "deployed"))
    return `whether it is deployed is not known (${unknownReason(r, "deployed").replace(/^`deployed`:? /, "")})`;
  return r.possible?.deployed ? `it is deployed only for some choices (${r.possible.deployed.from})` : void 0;
}
var notInTotal = (when, monthlyUsd) => `${when}: ${usd(monthlyUsd)}/month if it is, nothing otherwise; not in the total`;
function trailFields(trail) {
  return { ...trail.unverified ? { unverified: trail.unverified } : {}, ...trail.sources ? { priceSources: trail.sortedSources() } : {} };
}
function otherCost(r, monthlyUsd, basis, priced2, notes, trail) {
  const o = { resourceId: r.id, resourceName: r.name, resourceType: r.type, subscriptionId: r.subscriptionId, tenantId: r.tenantId, monthlyUsd, basis, priced: priced2, notes };
  if (trail) {
    if (trail.unverified)
      o.unverified = trail.unverified;
    if (trail.sources)
      o.priceSources = trail.sortedSources();
  }
  return o;
}
function portCost(p, idx, circuitCostOf) {
  const trail = new Trail();
  const notes = [];
  const base = { resourceId: p.id, resourceName: p.name, resourceType: p.type, subscriptionId: p.subscriptionId, tenantId: p.tenantId, monthlyUsd: null, basis: "", priced: "none" };
  const loc = peeringLocationInfo(p.peeringLocation, cloudOfRegion(p.location));
  const zone = loc?.zone ?? null;
  const open = (f) => isUnknown(p, f) ? notKnown(f, unknownReason(p, f)) : void 0;
  if (!loc)
    notes.push(open("peeringLocation") ?? (p.peeringLocation ? `${unknownLocationReason(p.peeringLocation, true, cloudOfRegion(p.location))}: no zone is guessed` : `peering location "(none)" is not in erscan's zone map`));
  let egress = 0;
  let localEgress = 0;
  for (let i = 0; i < p.circuitKeys.length; i++) {
    const cc = circuitCostOf(p.circuitKeys[i]);
    if (cc?.tier === "Local")
      localEgress += cc.egressGbPerMonth;
    else
      egress += cc?.egressGbPerMonth ?? 0;
  }
  if (localEgress > 0)
    notes.push(`${gb(localEgress)}/month of egress of Local circuits on this port is left out of its egress (Local includes it)`);
  const billing = normaliseModel(p.billingType) ?? "unknown";
  const gbps = p.bandwidthGbps;
  if (p.circuitKeys.length === 0)
    notes.push(`no circuit ${isTemplateResource(p) ? "in these files " : ""}uses this port pair, but it is billed (from 45 days after creation, or from the first enabled link)`);
  if (p.links.length > 0 && p.links.every((l) => l.adminState?.toLowerCase() === "disabled"))
    notes.push("all links are disabled: billing still starts 45 days after the port was created");
  if (!gbps || billing !== "MeteredData" && billing !== "UnlimitedData") {
    const why = [
      open("bandwidthGbps") ?? (!gbps ? gbps === void 0 ? "no port bandwidth" : `port bandwidth ${gbps} Gbps` : void 0),
      open("billingType") ?? (billing !== "MeteredData" && billing !== "UnlimitedData" ? p.billingType ? `billing type "${p.billingType}" (expected MeteredData or UnlimitedData)` : "no billing type (MeteredData or UnlimitedData; Azure documents no default)" : void 0)
    ].filter(Boolean);
    notes.push(`${why.join("; ")}: not priced`);
    return { ...base, basis: "ExpressRoute Direct port pair", notes, egressGbPerMonth: egress };
  }
  const fee = idx.directPort(gbps, billing, zone);
  const price = trail.use(fee.quote, `Direct ${gbps} Gbps ${modelName(billing)} port pair`);
  const otherModel = billing === "MeteredData" ? "UnlimitedData" : "MeteredData";
  const other = idx.directPort(gbps, otherModel, zone).quote;
  const egressRate = zone ? idx.egressRate(zone)?.value : void 0;
  let breakEven = null;
  if (price !== null && other && egressRate) {
    const [m, u] = billing === "MeteredData" ? [price, other.value] : [other.value, price];
    breakEven = Math.round((u - m) / egressRate);
    notes.push(`port-level break-even: ${gb(breakEven)}/month of circuit egress (${gb(egress)} declared or measured)`);
  }
  if (price === null)
    notes.push(`port pair not priced: ${fee.figure?.unverified ?? "no figure in the catalogue"}`);
  return {
    ...base,
    monthlyUsd: price,
    basis: `ExpressRoute Direct ${gbps} Gbps port pair, ${modelName(billing)}${zone ? `, ${zone}` : ""}`,
    notes,
    egressGbPerMonth: egress,
    breakEvenGbPerMonth: breakEven,
    priced: price === null ? "none" : "full",
    ...price === null ? { missing: [`Direct ${gbps} Gbps ${modelName(billing)} port pair`] } : {},
    ...trailFields(trail)
  };
}
var GroupSums = class {
  id;
  monthlyUsd = 0;
  potentialSavingsUsd = 0;
  circuits = 0;
  unpriced = 0;
  partlyPriced = 0;
  constructor(id) {
    this.id = id;
  }
  /** One cost's figures (a circuit's or another resource's): its monthly price (null: not priced), whether in part, its saving. */
  add(monthly, partial, saving) {
    if (monthly === null)
      this.unpriced++;
    else
      this.monthlyUsd += monthly;
    if (partial)
      this.partlyPriced++;
    this.potentialSavingsUsd += saving;
  }
};
var Groups = class {
  byId = /* @__PURE__ */ new Map();
  // Costs come sorted by id, so mostly a subscription's (and a tenant's) one after another: the last group is
  // checked before the map.
  last;
  of(id) {
    const last = this.last;
    if (last !== void 0 && last.id === id)
      return last;
    let g = this.byId.get(id);
    if (g === void 0)
      this.byId.set(id, g = new GroupSums(id));
    return this.last = g;
  }
  /** The report's entries, by id (the keys in the order reports print them). */
  totals(names) {
    const out = [];
    for (const g of this.byId.values()) {
      const info = names.size > 0 ? names.get(g.id) : void 0;
      const t = { id: g.id };
      if (info?.name)
        t.name = info.name;
      if (info?.tenantId)
        t.tenantId = info.tenantId;
      t.monthlyUsd = round22(g.monthlyUsd);
      t.potentialSavingsUsd = round22(g.potentialSavingsUsd);
      t.circuits = g.circuits;
      t.unpriced = g.unpriced;
      t.partlyPriced = g.partlyPriced;
      out.push(t);
    }
    return out.sort((a, b) => compareText(a.id, b.id));
  }
};
function totalsAndGroups(costs, otherCosts, subNames) {
  const bySubscription = new Groups();
  const byTenant = new Groups();
  let monthly = 0;
  let savings = 0;
  let unpriced = 0;
  let partlyPriced = 0;
  let required = 0;
  let requiredUsd = 0;
  for (let i = 0; i < costs.length; i++) {
    const c = costs[i];
    const current = c.monthlyUsd.current;
    const partial = c.priced === "partial";
    const fix = requiredFixOf(c);
    const saving = Math.max(0, (c.recommendation?.monthlySavingsUsd ?? 0) + (fix ?? 0));
    monthly += current ?? 0;
    if (current === null)
      unpriced++;
    if (partial)
      partlyPriced++;
    savings += saving;
    if (fix !== void 0) {
      required++;
      requiredUsd += fix;
    }
    const s = bySubscription.of(c.subscriptionId ?? "(unknown)");
    const t = byTenant.of(c.tenantId ?? "(unknown)");
    s.circuits++;
    t.circuits++;
    s.add(current, partial, saving);
    t.add(current, partial, saving);
  }
  for (let i = 0; i < otherCosts.length; i++) {
    const o = otherCosts[i];
    const cost = o.monthlyUsd;
    const partial = o.priced === "partial";
    const saving = otherSaving(o);
    monthly += cost ?? 0;
    if (cost === null)
      unpriced++;
    if (partial)
      partlyPriced++;
    savings += saving;
    const s = bySubscription.of(o.subscriptionId ?? "(unknown)");
    const t = byTenant.of(o.tenantId ?? "(unknown)");
    s.add(cost, partial, saving);
    t.add(cost, partial, saving);
  }
  const totals = { monthlyUsd: round22(monthly), potentialSavingsUsd: round22(savings), unpriced, partlyPriced, atLeast: unpriced + partlyPriced > 0 };
  if (required > 0)
    totals.requiredChangesUsd = round22(requiredUsd);
  return { totals, bySubscription: bySubscription.totals(subNames), byTenant: byTenant.totals(NO_NAMES) };
}
var NO_NAMES = /* @__PURE__ */ new Map();
function countUnverifiedFigures(cat) {
  const all = [...cat.circuits, ...cat.egress, ...cat.premiumAddOn, ...cat.directPorts, ...cat.globalReach.addOn, ...cat.globalReach.perGb, ...cat.gateways, ...cat.vwan, ...cat.directPremiumAddOn ? [cat.directPremiumAddOn] : []];
  return all.filter((f) => f.unverified).length;
}
var inputsBySummary = /* @__PURE__ */ new WeakMap();
var memo = /* @__PURE__ */ new WeakMap();
function estimateInputsOf(summary) {
  return summary ? inputsBySummary.get(summary) : void 0;
}
function costsFor(inv, opts) {
  let byOpts = memo.get(inv);
  if (!byOpts)
    memo.set(inv, byOpts = /* @__PURE__ */ new WeakMap());
  let s = byOpts.get(opts);
  if (!s)
    byOpts.set(opts, s = estimateOne(inv, opts));
  return s;
}
function estimateCosts(inv, opts) {
  const summary = costsFor(inv, opts);
  addWorldRanges(inv, opts, summary);
  return summary;
}
function estimateOne(inv, opts) {
  const idx = new CatalogueIndex(opts.catalogue);
  useCurrency(opts.catalogue.currency);
  sharedTexts = new SharedTexts();
  const analysis = analyse(inv, opts);
  const notices = [...analysis.notices];
  const gatewayUsage = opts.usage ? matchUsage(opts.usage.gateways, inv.gateways, "gateway", opts.usage.file) : { byKey: /* @__PURE__ */ new Map(), notices: [] };
  notices.push(...gatewayUsage.notices);
  const analyses = analysis.circuits();
  const records = new Array(analyses.length);
  const keys = new Array(analyses.length);
  const inOrder = new Array(analyses.length);
  const onPorts = circuitKeysOnPorts(inv);
  for (let i = 0; i < analyses.length; i++) {
    const c = records[i] = analyses[i].circuit;
    keys[i] = c.key;
    inOrder[i] = circuitIfDeployed(c, estimateCircuit(analyses[i], idx, opts, notices));
    if (onPorts !== void 0 && onPorts.has(c.key))
      onPorts.set(c.key, inOrder[i]);
  }
  const circuits = sortById(inOrder, keys);
  const costs = circuits.sorted;
  const circuitCostOf = circuits.unique ? (key) => onPorts?.get(key) : circuitCostsByLowerId(costs);
  const gatewayCosts = new Array(inv.gateways.length);
  const gatewayAnalyses = inv.gateways.length > 0 ? analysis.gateways() : [];
  for (let i = 0; i < inv.gateways.length; i++) {
    gatewayCosts[i] = ifDeployed(inv.gateways[i], gatewayCost(inv.gateways[i], idx, gatewayUsage.byKey));
    if (gatewayAnalyses[i].idle.value === true)
      adviseDeletion(gatewayCosts[i], "no connection uses this gateway, which is billed by the hour whether or not it carries traffic: delete it, or connect it to a circuit (ERS-COST-005)");
  }
  const portCosts = new Array(inv.ports.length);
  for (let i = 0; i < inv.ports.length; i++) {
    portCosts[i] = ifDeployed(inv.ports[i], portCost(inv.ports[i], idx, circuitCostOf));
    if (portIdle(inv.ports[i]).value === true)
      adviseDeletion(portCosts[i], "no circuit is on this port pair, which is billed from 45 days after its creation whether or not it is used: delete it, or create circuits on it (ERS-COST-006)");
  }
  const others = sortById(gatewayCosts.concat(portCosts), keysOf(inv.gateways, inv.ports));
  const otherCosts = others.sorted;
  const withoutUsage = meteredWithoutEgress(costs);
  if (withoutUsage.length > 0)
    notices.push(`${withoutUsage.length} metered circuit(s) have no declared or measured egress: their cost excludes egress (${withoutUsage.join(", ")})`);
  const subNames = new Map(inv.subscriptions.map((s) => [s.subscriptionId, { name: s.name, tenantId: s.tenantId }]));
  const sums = totalsAndGroups(costs, otherCosts, subNames);
  const summary = {
    costs,
    otherCosts,
    totals: sums.totals,
    priceCatalogue: {
      effectiveDate: opts.catalogue.effectiveDate,
      currency: opts.catalogue.currency,
      source: opts.catalogue.source,
      ...opts.catalogueFile && opts.catalogueFile !== BUNDLED_CATALOGUE ? { file: opts.catalogueFile } : {},
      unverifiedFigures: countUnverifiedFigures(opts.catalogue)
    },
    bySubscription: sums.bySubscription,
    byTenant: sums.byTenant,
    notices
  };
  inputsBySummary.set(summary, opts);
  if (circuits.unique && others.unique) {
    const sortedCircuits = new Array(records.length);
    for (let i = 0; i < records.length; i++)
      sortedCircuits[i] = records[circuits.order[i]];
    linkCostsToRecords(summary, { circuits: records, circuitCosts: inOrder, gateways: inv.gateways, gatewayCosts, ports: inv.ports, portCosts, sortedCircuits });
  }
  return summary;
}
function adviseDeletion(o, reason) {
  o.recommendation = { kind: "delete-unused", monthlySavingsUsd: deletionSaving(o), reason };
  o.waste = true;
}
function otherSaving(o) {
  return Math.max(0, o.recommendation?.monthlySavingsUsd ?? 0);
}
function circuitKeysOnPorts(inv) {
  let m;
  for (let i = 0; i < inv.ports.length; i++) {
    const keys = inv.ports[i].circuitKeys;
    for (let j = 0; j < keys.length; j++)
      (m ??= /* @__PURE__ */ new Map()).set(keys[j], void 0);
  }
  return m;
}
var adviceIfKept = /* @__PURE__ */ new WeakMap();
function keepResources(summary, why) {
  useCurrency(summary.priceCatalogue.currency);
  let changed = false;
  const savedText = (saving) => saving === null ? "an amount not known" : `${usd(saving)}/month`;
  for (const c of summary.costs) {
    const reason = why.get(c.resourceId.toLowerCase());
    const r = c.recommendation;
    if (reason === void 0 || !(r?.kind === "delete-unused" || reason.kind !== "use" && r?.kind === "delete-unprovisioned"))
      continue;
    const kept = r.kind === "delete-unused" ? adviceIfKept.get(c) : void 0;
    const note = reason.kind === "use" ? `kept, not deleted: ${reason.why}, which uses it as it is; deleting it would save ${savedText(r.monthlySavingsUsd)}, but a new circuit would then be needed there` : reason.kind === "provision" ? `kept, not deleted: ${reason.why}; deleting it would save ${savedText(r.monthlySavingsUsd)}, but a new circuit would then be needed there` : `kept, not deleted: ${reason.why}; deleting it would save ${savedText(r.monthlySavingsUsd)}`;
    c.notes = [...c.notes ?? [], note, ...kept?.notes ?? []];
    c.recommendation = kept?.advice ?? null;
    if (reason.kind === "use")
      delete c.waste;
    changed = true;
  }
  for (const o of summary.otherCosts) {
    const reason = why.get(o.resourceId.toLowerCase());
    if (reason?.kind !== "accepted" && reason?.kind !== "use" || o.recommendation?.kind !== "delete-unused")
      continue;
    o.notes = [...o.notes ?? [], `kept, not deleted: ${reason.why}; deleting it would save ${savedText(o.recommendation.monthlySavingsUsd)}`];
    delete o.recommendation;
    if (reason.kind === "use")
      delete o.waste;
    changed = true;
  }
  if (!changed)
    return;
  const sums = totalsAndGroups(summary.costs, summary.otherCosts, new Map(summary.bySubscription?.map((g) => [g.id, { name: g.name, tenantId: g.tenantId }])));
  summary.totals = { ...sums.totals, atLeast: summary.totals.atLeast };
  if (summary.bySubscription)
    summary.bySubscription = sums.bySubscription;
  if (summary.byTenant)
    summary.byTenant = sums.byTenant;
}
function meteredWithoutEgress(costs) {
  const names = [];
  for (let i = 0; i < costs.length; i++) {
    const c = costs[i];
    if (c.egressSource === "none" && c.billingModel === "MeteredData" && c.monthlyUsd.current !== null)
      names.push(c.resourceName);
  }
  return names;
}
function requiredFixOf(c) {
  if (c.recommendation?.required !== true)
    return void 0;
  const fix = c.fixCosts?.[c.tier === "Local" ? "upgrade-from-local" : "add-premium"];
  return typeof fix === "number" ? fix : void 0;
}
function keysOf(a, b) {
  const keys = new Array(a.length + b.length);
  for (let i = 0; i < a.length; i++)
    keys[i] = a[i].key;
  for (let i = 0; i < b.length; i++)
    keys[a.length + i] = b[i].key;
  return keys;
}
function circuitCostsByLowerId(costs) {
  const byKey = /* @__PURE__ */ new Map();
  for (let i = 0; i < costs.length; i++)
    byKey.set(costs[i].resourceId.toLowerCase(), costs[i]);
  return (key) => byKey.get(key);
}
function hasPossibleValues(inv) {
  let any = false;
  inv.byKey.forEach((r) => {
    if (r.possible)
      any = true;
  });
  return any;
}
function addWorldRanges(inv, opts, summary) {
  if (!hasPossibleValues(inv) || worldCount(inv) <= 1)
    return;
  const worlds = worldsOf(inv);
  if (!worlds) {
    summary.notices = [...summary.notices ?? [], `the templates' possible values make more than 64 combinations: resources with possible values are not priced`];
    return;
  }
  const perWorld = worlds.map((w) => costsFor(w.inventory, opts));
  const range = (values) => values.every((v) => v !== null) ? { min: Math.min(...values), max: Math.max(...values) } : void 0;
  for (const c of summary.costs) {
    const values = perWorld.map((s) => {
      const there = costById(s, c.resourceId);
      return there === void 0 ? 0 : there.monthlyUsd.current;
    });
    const r = range(values);
    if (r && (c.monthlyUsd.current === null || r.min !== r.max))
      c.monthlyUsdRange = r;
  }
  for (const o of summary.otherCosts) {
    const values = perWorld.map((s) => {
      const there = costById(s, o.resourceId);
      return there === void 0 ? 0 : there.monthlyUsd;
    });
    const r = range(values);
    if (r && (o.monthlyUsd === null || r.min !== r.max))
      o.monthlyUsdRange = r;
  }
}

export {
  STANDARD_MAX_LINKS,
  globalReachInbound,
  inboundLinksOf,
  typeOpenConnections,
  typeOpenText,
  peeringFamilies,
  privatePeeringDisabled,
  metroKey,
  portIdle,
  conditionalNames,
  behindDisabledPeering,
  reachUndecidedReasons,
  analyse,
  circuitBeingDeleted,
  MAX_WORLDS,
  inWorld,
  worldsOf,
  resourceWorlds,
  collapsePossible,
  costOf,
  circuitPricedAt,
  circuitFixImpact,
  deleteResourceImpact,
  secondCircuitImpact,
  connectCircuitsImpact,
  FIXED_SKU_MBPS,
  SCALE_UNIT_MBPS,
  isZoneRedundantSku,
  gatewayFix,
  estimateInputsOf,
  costsFor,
  estimateCosts,
  keepResources
};
