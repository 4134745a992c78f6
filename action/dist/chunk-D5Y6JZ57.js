// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  findKey,
  lowerCased,
  respellDeclared,
  templateRowProblems
} from "./chunk-FEM5HGRV.js";
import {
  REDACTED,
  REDACTED_KEYVAULT,
  isObj,
  isSecretProperty,
  ownValue,
  scrubSecrets,
  setOwn
} from "./chunk-FWDRETOA.js";
import {
  armRegionName,
  exactLength,
  isPartial,
  isTemplateResource,
  isUnknown,
  labelStandIns,
  linkConnection,
  linkToPort,
  liveConnectionsWithoutGateway,
  reasonText,
  standInOf,
  unknownReason
} from "./chunk-ES2OZW4Z.js";
import {
  CONNECTION_TYPES,
  GATEWAY_TYPES,
  RESOURCE_TYPES,
  isUnknownConnectionType,
  isUnknownGatewayType,
  lookup,
  throughMistypedGateway
} from "./chunk-RD47CNRY.js";
import {
  byNameThenKey,
  compareText
} from "./chunk-X6A6OTOC.js";
import {
  findNodeAtLocation,
  readText,
  repeatedKeys
} from "./chunk-VQAVFDJZ.js";
import {
  InputError,
  describeValue,
  jsonPath
} from "./chunk-UNOFXXSK.js";

// dist/inventory/extras.js
var obj = (v) => isObj(v) ? v : {};
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
var bool = (v) => typeof v === "boolean" ? v : v === "true" ? true : v === "false" ? false : void 0;
var count = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : void 0;
function applyExtras(r, row) {
  const ext = obj(row.erscan);
  const alerts = count(ext.metricAlertCount);
  if (alerts !== void 0)
    r.metricAlertCount = alerts;
  if (r.kind !== "gateway")
    return;
  const p = obj(row.properties);
  const zone = str(obj(row.extendedLocation).name);
  if (zone)
    r.extendedLocation = zone;
  if (r.flavor === "vnet") {
    const remote = bool(p.allowRemoteVnetTraffic);
    const vwan = bool(p.allowVirtualWanTraffic);
    if (remote !== void 0)
      r.allowRemoteVnetTraffic = remote;
    if (vwan !== void 0)
      r.allowVirtualWanTraffic = vwan;
    const configs = Array.isArray(p.ipConfigurations) ? p.ipConfigurations : [];
    const subnet = str(obj(obj(obj(configs[0]).properties).subnet).id);
    if (subnet)
      r.gatewaySubnetId = subnet;
    const gs = ext.gatewaySubnet;
    if (isObj(gs))
      r.gatewaySubnetNsgId = str(gs.networkSecurityGroupId) ?? null;
  } else {
    const nonVwan = bool(p.allowNonVirtualWanTraffic);
    if (nonVwan !== void 0)
      r.allowNonVirtualWanTraffic = nonVwan;
  }
  if (Array.isArray(ext.maintenanceConfigurationIds))
    r.maintenanceConfigurationIds = ext.maintenanceConfigurationIds.filter((x) => typeof x === "string");
}

// dist/util/gc.js
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var gc;
function collectGarbage() {
  if (gc === void 0) {
    try {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc");
    } catch {
      gc = null;
    }
  }
  gc?.();
}

// dist/inventory/build.js
var NO_OBJECT = Object.freeze({});
var NO_LIST = Object.freeze([]);
var NO_KEYS = Object.freeze([]);
var NO_GLOBAL_REACH = Object.freeze([]);
var obj2 = (v) => isObj(v) ? v : NO_OBJECT;
var arr = (v) => Array.isArray(v) ? v : NO_LIST;
var strings = (v) => arr(v).filter((z) => typeof z === "string");
var str2 = (v) => typeof v === "string" && v !== "" ? v : void 0;
var bool2 = (v) => typeof v === "boolean" ? v : v === "true" ? true : v === "false" ? false : void 0;
function num(v) {
  if (typeof v === "number" && Number.isFinite(v))
    return v;
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim()))
    return Number(v);
  return void 0;
}
var idOf = (v) => str2(obj2(v).id);
var words = /* @__PURE__ */ new Map();
var recent = new Array(128).fill(void 0);
function word(v) {
  if (typeof v !== "string" || v === "")
    return void 0;
  if (v.length <= 10 || v.length > 40)
    return v;
  const slot = v.length * 31 + v.charCodeAt(0) * 7 + v.charCodeAt(v.length - 1) & 127;
  const last = recent[slot];
  if (last === v)
    return last;
  let known = words.get(v);
  if (known === void 0) {
    known = v;
    if (words.size < 1e4)
      words.set(v, v);
  }
  recent[slot] = known;
  return known;
}
var lower = (s) => s?.toLowerCase();
var lastScopeIds = [void 0, void 0];
function scopeId(v, which) {
  if (typeof v !== "string" || v === "")
    return void 0;
  const last = lastScopeIds[which];
  if (v === last)
    return last;
  return lastScopeIds[which] = word(v);
}
function circuitIdFromPeeringId(id) {
  const i = id.toLowerCase().indexOf("/peerings/");
  return i >= 0 ? id.slice(0, i) : id;
}
function parseArmId(id) {
  const m = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?/i.exec(id);
  const trimmed = id.endsWith("/") ? id.replace(/\/+$/, "") : id;
  const last = trimmed.slice(trimmed.lastIndexOf("/") + 1);
  return { subscriptionId: m?.[1], resourceGroup: m?.[2], name: last || void 0 };
}
function prefixLength(cidr) {
  if (!cidr)
    return void 0;
  const s = cidr.trim();
  if (!CIDR.test(s))
    return void 0;
  let n = 0;
  for (let i = s.lastIndexOf("/") + 1; i < s.length; i++)
    n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}
var CIDR = /^[0-9a-f:.]+\/\d{1,3}$/i;
function tagsOf(v) {
  if (!isObj(v))
    return {};
  if (isCopyOfItself(v))
    return v;
  const out = {};
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k))
      continue;
    const val = v[k];
    if (typeof val === "string")
      out[k] = val;
  }
  return out;
}
function isCopyOfItself(v) {
  if (Object.getPrototypeOf(v) !== Object.prototype)
    return false;
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k) || typeof v[k] !== "string" || k === "__proto__")
      return false;
  }
  return true;
}
var P = (...paths) => ({ from: paths.map((x) => `properties.${x}`) });
var COMMON = { name: { from: ["name"] }, location: { from: ["location"] }, tags: { from: ["tags"] } };
var MS_CONFIG = (prefix, at) => ({
  [`${prefix}`]: { from: [at] },
  [`${prefix}.advertisedPublicPrefixes`]: { from: [`${at}.advertisedPublicPrefixes`] },
  [`${prefix}.advertisedPublicPrefixesState`]: { from: [`${at}.advertisedPublicPrefixesState`] },
  [`${prefix}.customerASN`]: { from: [`${at}.customerASN`] },
  [`${prefix}.routingRegistryName`]: { from: [`${at}.routingRegistryName`] },
  [`${prefix}.advertisedCommunities`]: { from: [`${at}.advertisedCommunities`] }
});
var SOURCES = {
  circuit: {
    ...COMMON,
    skuName: { from: ["sku.name"] },
    tier: { from: ["sku.tier"], orElse: ["sku.name"] },
    billingModel: { from: ["sku.family"], orElse: ["sku.name"] },
    serviceProviderName: P("serviceProviderProperties.serviceProviderName"),
    peeringLocation: { from: ["properties.serviceProviderProperties.peeringLocation"], orElse: ["properties.expressRoutePort.id"] },
    bandwidthMbps: { from: ["properties.serviceProviderProperties.bandwidthInMbps"], orElse: ["properties.bandwidthInGbps"] },
    bandwidthGbps: P("bandwidthInGbps"),
    isDirect: P("expressRoutePort.id"),
    portKey: P("expressRoutePort.id"),
    serviceProviderProvisioningState: P("serviceProviderProvisioningState"),
    circuitProvisioningState: P("circuitProvisioningState"),
    provisioningState: P("provisioningState"),
    allowClassicOperations: P("allowClassicOperations"),
    globalReachEnabled: P("globalReachEnabled"),
    enableDirectPortRateLimit: P("enableDirectPortRateLimit"),
    authorizations: P("authorizations"),
    peerings: P("peerings")
  },
  peering: {
    ...COMMON,
    peeringType: { from: ["properties.peeringType"], orElse: ["name"] },
    state: P("state"),
    azureASN: P("azureASN"),
    peerASN: P("peerASN"),
    vlanId: P("vlanId"),
    primaryPeerAddressPrefix: P("primaryPeerAddressPrefix"),
    secondaryPeerAddressPrefix: P("secondaryPeerAddressPrefix"),
    primaryPrefixLength: P("primaryPeerAddressPrefix"),
    secondaryPrefixLength: P("secondaryPeerAddressPrefix"),
    sharedKeyConfigured: P("sharedKey"),
    provisioningState: P("provisioningState"),
    ...MS_CONFIG("microsoftPeeringConfig", "properties.microsoftPeeringConfig"),
    routeFilterId: P("routeFilter.id"),
    ipv6: P("ipv6PeeringConfig"),
    "ipv6.primaryPeerAddressPrefix": P("ipv6PeeringConfig.primaryPeerAddressPrefix"),
    "ipv6.secondaryPeerAddressPrefix": P("ipv6PeeringConfig.secondaryPeerAddressPrefix"),
    "ipv6.primaryPrefixLength": P("ipv6PeeringConfig.primaryPeerAddressPrefix"),
    "ipv6.secondaryPrefixLength": P("ipv6PeeringConfig.secondaryPeerAddressPrefix"),
    "ipv6.state": P("ipv6PeeringConfig.state"),
    "ipv6.routeFilterId": P("ipv6PeeringConfig.routeFilter.id"),
    ...MS_CONFIG("ipv6.microsoftPeeringConfig", "properties.ipv6PeeringConfig.microsoftPeeringConfig"),
    globalReach: P("connections"),
    peeredConnectionCount: P("peeredConnections"),
    peeredConnections: P("peeredConnections"),
    vwanConnectionId: P("expressRouteConnection.id")
  },
  port: {
    ...COMMON,
    peeringLocation: P("peeringLocation"),
    bandwidthGbps: P("bandwidthInGbps"),
    provisionedBandwidthGbps: P("provisionedBandwidthInGbps"),
    encapsulation: P("encapsulation"),
    billingType: P("billingType"),
    provisioningState: P("provisioningState"),
    hasIdentity: { from: ["identity.type"] },
    links: P("links"),
    circuitKeys: P("circuits")
  },
  link: {
    ...COMMON,
    adminState: P("adminState"),
    connectorType: P("connectorType"),
    provisioningState: P("provisioningState"),
    "macsec.cipher": P("macSecConfig.cipher"),
    "macsec.cknSecretConfigured": P("macSecConfig.cknSecretIdentifier"),
    "macsec.cakSecretConfigured": P("macSecConfig.cakSecretIdentifier"),
    "macsec.secretsInKeyVault": P("macSecConfig.cknSecretIdentifier", "macSecConfig.cakSecretIdentifier"),
    "macsec.sciState": P("macSecConfig.sciState")
  },
  vnetGateway: {
    ...COMMON,
    gatewayType: P("gatewayType"),
    skuName: P("sku.name"),
    skuTier: P("sku.tier"),
    minScaleUnits: P("autoScaleConfiguration.bounds.min"),
    maxScaleUnits: P("autoScaleConfiguration.bounds.max"),
    zones: { from: ["zones"] },
    networkKey: P("ipConfigurations[0].properties.subnet.id"),
    adminState: P("adminState"),
    provisioningState: P("provisioningState"),
    allowRemoteVnetTraffic: P("allowRemoteVnetTraffic"),
    allowVirtualWanTraffic: P("allowVirtualWanTraffic")
  },
  vwanGateway: {
    ...COMMON,
    minScaleUnits: P("autoScaleConfiguration.bounds.min"),
    maxScaleUnits: P("autoScaleConfiguration.bounds.max"),
    zones: { from: ["zones"] },
    networkKey: P("virtualHub.id"),
    provisioningState: P("provisioningState"),
    allowNonVirtualWanTraffic: P("allowNonVirtualWanTraffic"),
    connectionKeys: P("expressRouteConnections")
  },
  connection: {
    ...COMMON,
    connectionType: P("connectionType"),
    gatewayKey: P("virtualNetworkGateway1.id"),
    circuitId: P("peer.id"),
    circuitKey: P("peer.id"),
    routingWeight: P("routingWeight"),
    fastPath: P("expressRouteGatewayBypass"),
    privateLinkFastPath: P("enablePrivateLinkFastPath"),
    usesAuthorization: P("authorizationKey"),
    connectionStatus: P("connectionStatus"),
    provisioningState: P("provisioningState")
  },
  vwanConnection: {
    ...COMMON,
    circuitId: P("expressRouteCircuitPeering.id"),
    circuitKey: P("expressRouteCircuitPeering.id"),
    routingWeight: P("routingWeight"),
    fastPath: P("expressRouteGatewayBypass"),
    privateLinkFastPath: P("enablePrivateLinkFastPath"),
    enableInternetSecurity: P("enableInternetSecurity"),
    usesAuthorization: P("authorizationKey"),
    provisioningState: P("provisioningState")
  }
};
function rawGet(row, path) {
  let cur = row;
  const segs = rawSegments(path);
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (cur === null || cur === void 0)
      return void 0;
    if (Array.isArray(cur))
      cur = /^\d+$/.test(seg) ? cur[Number(seg)] : void 0;
    else if (isObj(cur))
      cur = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : void 0;
    else
      return void 0;
  }
  return cur;
}
var rawPathSegments = /* @__PURE__ */ new Map();
function rawSegments(path) {
  let segs = rawPathSegments.get(path);
  if (!segs) {
    segs = path.match(/[^.[\]]+/g) ?? [];
    if (rawPathSegments.size < 1e4)
      rawPathSegments.set(path, segs);
  }
  return segs;
}
var covers = (u, s) => s === u || s.startsWith(`${u}.`) || s.startsWith(`${u}[`);
var DEFAULT_REASON = "is not known before deployment";
function defaultedFieldsOf(kind, raw) {
  if (!raw.defaulted || raw.defaulted.length === 0)
    return {};
  const out = {};
  for (const [field, src] of Object.entries(SOURCES[kind]))
    if (src.from.some((s) => raw.defaulted.includes(s)))
      out[field] = true;
  return Object.keys(out).length > 0 ? { defaulted: out } : {};
}
function unknownFieldsOf(kind, raw) {
  const unresolved = raw.unresolved;
  const deployed = raw.deployed && "unknown" in raw.deployed ? raw.deployed.unknown : void 0;
  if ((!unresolved || unresolved.length === 0) && deployed === void 0)
    return void 0;
  const out = {};
  if (deployed !== void 0)
    out.deployed = deployed;
  for (const [field, src] of Object.entries(SOURCES[kind])) {
    let hit = unresolved?.find((u) => src.from.some((s) => covers(u, s)));
    if (!hit && src.orElse && src.from.every((s) => rawGet(raw.row, s) === void 0))
      hit = unresolved?.find((u) => src.orElse.some((s) => covers(u, s)));
    if (hit !== void 0)
      out[field] = `\`${field}\` ${raw.reasons?.[hit] ?? DEFAULT_REASON}`;
  }
  for (let i = 0; unresolved && i < unresolved.length; i++) {
    const u = unresolved[i];
    if (/^tags\.[A-Za-z0-9_]+$/.test(u) && !Object.prototype.hasOwnProperty.call(out, u))
      out[u] = `\`${u}\` ${raw.reasons?.[u] ?? DEFAULT_REASON}`;
  }
  return Object.keys(out).length > 0 ? out : void 0;
}
function placeFacts(r, source, unknown) {
  if (source !== void 0 && unknown === void 0)
    return r;
  const out = {};
  for (const k of Object.keys(r)) {
    if (k === "source") {
      if (source !== void 0)
        out.source = source;
      if (unknown !== void 0)
        out.unknown = unknown;
    } else
      out[k] = r[k];
  }
  return out;
}
var ARM_SCOPE = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?/i;
function scopeOf(row, id) {
  return str2(row.subscriptionId) !== void 0 && str2(row.resourceGroup) !== void 0 ? null : ARM_SCOPE.exec(id);
}
function skuPart(skuName, part) {
  const at = skuName.indexOf("_");
  if (part === 0)
    return at < 0 ? skuName : skuName.slice(0, at);
  if (at < 0)
    return void 0;
  const end = skuName.indexOf("_", at + 1);
  return end < 0 ? skuName.slice(at + 1) : skuName.slice(at + 1, end);
}
function lastSegment(id) {
  const trimmed = id.endsWith("/") ? id.replace(/\/+$/, "") : id;
  return trimmed.slice(trimmed.lastIndexOf("/") + 1) || void 0;
}
function msConfig(v) {
  if (!isObj(v))
    return void 0;
  return {
    advertisedPublicPrefixes: arr(v.advertisedPublicPrefixes).filter((x) => typeof x === "string"),
    advertisedPublicPrefixesState: str2(v.advertisedPublicPrefixesState),
    customerASN: num(v.customerASN),
    routingRegistryName: str2(v.routingRegistryName),
    advertisedCommunities: arr(v.advertisedCommunities).filter((x) => typeof x === "string")
  };
}
var hasChildFacts = (raw) => raw.unresolved !== void 0 && raw.unresolved.length > 0 || raw.deployed !== void 0 && "unknown" in raw.deployed;
function childRaw(raw, row, list, i) {
  if (!(raw.unresolved && raw.unresolved.length > 0) && !(raw.deployed && "unknown" in raw.deployed))
    return { row, source: raw.source };
  const prefix = `properties.${list}[${i}].`;
  const out = { row, source: raw.source };
  if (raw.unresolved && raw.unresolved.length > 0) {
    const paths = raw.unresolved.filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length));
    if (paths.length > 0) {
      out.unresolved = paths;
      if (raw.reasons)
        out.reasons = Object.fromEntries(paths.map((u) => [u, raw.reasons[prefix + u]]).filter(([, r]) => r !== void 0));
    }
  }
  if (raw.deployed && "unknown" in raw.deployed)
    out.deployed = raw.deployed;
  return out;
}
function ipv6From(ipv6) {
  const primary = str2(ipv6.primaryPeerAddressPrefix);
  const secondary = str2(ipv6.secondaryPeerAddressPrefix);
  return {
    primaryPeerAddressPrefix: primary,
    secondaryPeerAddressPrefix: secondary,
    primaryPrefixLength: prefixLength(primary),
    secondaryPrefixLength: prefixLength(secondary),
    state: str2(ipv6.state),
    routeFilterId: idOf(ipv6.routeFilter),
    microsoftPeeringConfig: msConfig(ipv6.microsoftPeeringConfig)
  };
}
var PEERING_TYPE_NAME = /^(AzurePrivatePeering|MicrosoftPeering|AzurePublicPeering)$/i;
function peeringFrom(raw, circuitId, circuitKey, circuitName) {
  return peeringOf(raw.row, raw.source, raw, circuitId, circuitKey, circuitName, void 0);
}
function peeringOf(row, source, facts, circuitId, circuitKey, circuitName, circuitScope) {
  const p = obj2(row.properties);
  const name = word(row.name) ?? word(p.peeringType) ?? "peering";
  const id = str2(row.id) ?? `${circuitId}/peerings/${name}`;
  const scope = str2(row.subscriptionId) !== void 0 && str2(row.resourceGroup) !== void 0 ? null : scopeUnder(id, circuitId, circuitScope);
  const sharedKey = p.sharedKey;
  const primary = str2(p.primaryPeerAddressPrefix);
  const secondary = str2(p.secondaryPeerAddressPrefix);
  const connections = arr(p.connections);
  const globalReach = connections.length === 0 ? NO_GLOBAL_REACH : [];
  for (let i = 0; i < connections.length; i++)
    globalReach.push(globalReachFrom(obj2(connections[i]), id, i, "connections"));
  const peered = arr(p.peeredConnections);
  const peeredConnections = peered.length === 0 ? NO_GLOBAL_REACH : [];
  for (let i = 0; i < peered.length; i++)
    peeredConnections.push(globalReachFrom(obj2(peered[i]), id, i, "peerConnections"));
  const peering = {
    kind: "peering",
    id,
    key: id.toLowerCase(),
    name,
    type: RESOURCE_TYPES.peering,
    subscriptionId: str2(row.subscriptionId) ?? scope?.[1],
    resourceGroup: word(row.resourceGroup) ?? word(scope?.[2]),
    tenantId: str2(row.tenantId),
    location: word(row.location),
    tags: tagsOf(row.tags),
    source,
    circuitKey,
    circuitName,
    peeringType: word(p.peeringType) ?? (PEERING_TYPE_NAME.test(name) ? name : void 0),
    state: str2(p.state),
    azureASN: num(p.azureASN),
    peerASN: num(p.peerASN),
    vlanId: num(p.vlanId),
    primaryPeerAddressPrefix: primary,
    secondaryPeerAddressPrefix: secondary,
    primaryPrefixLength: prefixLength(primary),
    secondaryPrefixLength: prefixLength(secondary),
    sharedKeyConfigured: sharedKey === void 0 ? void 0 : typeof sharedKey === "string" && sharedKey !== "",
    provisioningState: str2(p.provisioningState),
    microsoftPeeringConfig: msConfig(p.microsoftPeeringConfig),
    routeFilterId: idOf(p.routeFilter),
    ipv6: isObj(p.ipv6PeeringConfig) ? ipv6From(p.ipv6PeeringConfig) : void 0,
    globalReach,
    peeredConnectionCount: peered.length,
    peeredConnections,
    vwanConnectionId: idOf(p.expressRouteConnection)
  };
  const ipv4Absent = primary === void 0 && secondary === void 0 && p.ipv6PeeringConfig == null;
  const ms = peering.peeringType?.toLowerCase() === "microsoftpeering";
  const ipv6Only = primary === void 0 && secondary === void 0 && isObj(p.ipv6PeeringConfig);
  const ms6 = ms && isObj(p.ipv6PeeringConfig) ? p.ipv6PeeringConfig : void 0;
  return placeFacts(
    peering,
    source,
    // A template peering without `state`: the REST API spec gives `ExpressRoutePeeringState` no `default`
    // (expressRouteCircuit.json, stable 2025-07-01) and Microsoft Learn does not say what Azure sets then, so whether
    // the peering is enabled is not known (ERS-BGP-004 undecided), never "enabled".
    notSetInTemplate(source, absentFromLiveRow(source, facts === void 0 ? void 0 : unknownFieldsOf("peering", facts), "peering", [
      p.vlanId == null && ["vlanId", "properties.vlanId"],
      ipv4Absent && ["primaryPeerAddressPrefix", "properties.primaryPeerAddressPrefix"],
      ipv4Absent && ["primaryPrefixLength", "properties.primaryPeerAddressPrefix"],
      ipv4Absent && ["secondaryPeerAddressPrefix", "properties.secondaryPeerAddressPrefix"],
      ipv4Absent && ["secondaryPrefixLength", "properties.secondaryPeerAddressPrefix"],
      ms && !ipv6Only && p.microsoftPeeringConfig == null && ["microsoftPeeringConfig", "properties.microsoftPeeringConfig"],
      ms && isObj(p.microsoftPeeringConfig) && p.microsoftPeeringConfig.advertisedPublicPrefixesState == null && ["microsoftPeeringConfig.advertisedPublicPrefixesState", "properties.microsoftPeeringConfig.advertisedPublicPrefixesState"],
      ms6 !== void 0 && ms6.microsoftPeeringConfig == null && ["ipv6.microsoftPeeringConfig", "properties.ipv6PeeringConfig.microsoftPeeringConfig"],
      ms6 !== void 0 && isObj(ms6.microsoftPeeringConfig) && ms6.microsoftPeeringConfig.advertisedPublicPrefixesState == null && ["ipv6.microsoftPeeringConfig.advertisedPublicPrefixesState", "properties.ipv6PeeringConfig.microsoftPeeringConfig.advertisedPublicPrefixesState"],
      // A live peering row without `state` does not say whether the peering is enabled (ERS-BGP-004 undecided, never a pass).
      p.state == null && ["state", "properties.state"],
      // Nor does an IPv6 configuration without its own `state` say whether the IPv6 sessions are (Enabled | Disabled).
      isObj(p.ipv6PeeringConfig) && p.ipv6PeeringConfig.state == null && ["ipv6.state", "properties.ipv6PeeringConfig.state"]
    ]), [p.state == null && ["state", "properties.state"]])
  );
}
function scopeUnder(id, circuitId, circuitScope) {
  if (circuitScope != null && circuitScope[2] !== void 0 && circuitScope[0].length < circuitId.length && id.length > circuitId.length && id.charCodeAt(circuitId.length) === 47 && id.startsWith(circuitId)) {
    return circuitScope;
  }
  return ARM_SCOPE.exec(id);
}
function globalReachFrom(co, peeringId, i, list) {
  const cp = obj2(co.properties);
  const peer = idOf(cp.peerExpressRouteCircuitPeering);
  const peerCircuit = peer ? circuitIdFromPeeringId(peer) : void 0;
  return {
    id: str2(co.id) ?? `${peeringId}/${list}/${str2(co.name) ?? i}`,
    name: str2(co.name) ?? `connection-${i}`,
    peerCircuitKey: peerCircuit?.toLowerCase(),
    peerCircuitId: peerCircuit,
    addressPrefix: str2(cp.addressPrefix),
    status: str2(cp.circuitConnectionStatus)
  };
}
var GLOBAL_REACH_FIELDS = [
  ["peerCircuitKey", "peerExpressRouteCircuitPeering"],
  ["addressPrefix", "addressPrefix"],
  ["status", "circuitConnectionStatus"]
];
function globalReachValue(field, v) {
  return field === "peerCircuitKey" ? `circuit ${labelStandIns(lastSegment(v) ?? v)}` : v;
}
function reconcileGlobalReach(kept, other) {
  const out = [];
  for (const [field, property] of GLOBAL_REACH_FIELDS) {
    const a = kept[field];
    const b = other[field];
    if (b === void 0)
      continue;
    const peer = field === "peerCircuitKey";
    if (a === void 0) {
      kept[field] = b;
      if (peer)
        kept.peerCircuitId = other.peerCircuitId;
    } else if (a.toLowerCase() !== b.toLowerCase()) {
      out.push({ property, kept: globalReachValue(field, peer ? kept.peerCircuitId ?? a : a), other: globalReachValue(field, peer ? other.peerCircuitId ?? b : b) });
      kept[field] = void 0;
      if (peer)
        kept.peerCircuitId = void 0;
    }
  }
  return out;
}
function globalReachDisagreementText(field, name, diffs, whereKept, whereOther, which) {
  return `\`${field}\`: the inputs disagree on Global Reach connection ${name} (${diffs.map((d) => `${d.property} ${d.other} in ${whereOther}, ${d.kept} in ${whereKept}`).join("; ")}), so ${which}`;
}
function circuitFrom(raw, id) {
  const row = raw.row;
  const p = obj2(row.properties);
  const sku = obj2(row.sku);
  const spp = obj2(p.serviceProviderProperties);
  const scope = scopeOf(row, id);
  const name = str2(row.name) ?? lastSegment(id) ?? id;
  const skuName = word(sku.name);
  const tier = word(sku.tier) ?? (skuName ? word(skuPart(skuName, 0)) : void 0);
  const billingModel = word(sku.family) ?? (skuName ? word(skuPart(skuName, 1)) : void 0);
  const portId = idOf(p.expressRoutePort);
  const bandwidthGbps = num(p.bandwidthInGbps);
  const bandwidthMbps = num(spp.bandwidthInMbps) ?? (bandwidthGbps !== void 0 && Number.isFinite(bandwidthGbps * 1e3) ? bandwidthGbps * 1e3 : void 0);
  const authorizations = arr(p.authorizations).map((x, i) => {
    const a = obj2(x);
    return authorizationOf(str2(a.name) ?? `authorization-${i}`, obj2(a.properties));
  });
  const key = id.toLowerCase();
  const peeringRows = arr(p.peerings);
  const facts = hasChildFacts(raw);
  const circuitScope = peeringRows.length > 0 ? scope ?? ARM_SCOPE.exec(id) : void 0;
  const peerings = peeringRows.map((x, i) => {
    const row2 = obj2(x);
    return peeringOf(row2, raw.source, facts ? childRaw(raw, row2, "peerings", i) : void 0, id, key, name, circuitScope);
  });
  const circuit = {
    kind: "circuit",
    id,
    key,
    name,
    type: RESOURCE_TYPES.circuit,
    subscriptionId: scopeId(row.subscriptionId, 0) ?? scope?.[1],
    resourceGroup: word(row.resourceGroup) ?? word(scope?.[2]),
    tenantId: scopeId(row.tenantId, 1),
    location: word(row.location),
    tags: tagsOf(row.tags),
    source: raw.source,
    skuName,
    tier,
    billingModel,
    serviceProviderName: word(spp.serviceProviderName),
    peeringLocation: word(spp.peeringLocation),
    bandwidthMbps,
    bandwidthGbps,
    isDirect: portId !== void 0,
    portKey: lower(portId),
    portId,
    serviceProviderProvisioningState: word(p.serviceProviderProvisioningState),
    circuitProvisioningState: str2(p.circuitProvisioningState),
    provisioningState: str2(p.provisioningState),
    allowClassicOperations: bool2(p.allowClassicOperations),
    globalReachEnabled: bool2(p.globalReachEnabled),
    enableDirectPortRateLimit: bool2(p.enableDirectPortRateLimit),
    authorizations,
    peerings,
    diagnosticSettingsCount: num(obj2(row.erscan).diagnosticSettingsCount),
    connectionKeys: NO_KEYS,
    gatewayKeys: NO_KEYS
  };
  const skuAbsent = sku.name == null && sku.tier == null;
  const skuOpen = skuAbsent ? [["skuName", "sku.name"], ["tier", "sku.tier"], sku.family == null && ["billingModel", "sku.family"]] : NO_ABSENT;
  const built = placeFacts(circuit, raw.source, notSetInTemplate(raw.source, withDirectRateLimit(raw.source, portId !== void 0 && p.enableDirectPortRateLimit == null, withClassicOperations(raw.source, p.allowClassicOperations == null, absentFromLiveRow(raw.source, unknownFieldsOf("circuit", raw), "circuit", [
    p.serviceProviderProvisioningState == null && ["serviceProviderProvisioningState", "properties.serviceProviderProvisioningState"],
    // (Azure lists every authorization of a circuit, `[]` when none: a row without the list does not say whether one is redeemed.)
    p.authorizations == null && ["authorizations", "properties.authorizations"],
    spp.bandwidthInMbps == null && p.bandwidthInGbps == null && ["bandwidthMbps", portId === void 0 ? "properties.serviceProviderProperties.bandwidthInMbps" : "properties.bandwidthInGbps"],
    portId !== void 0 && p.bandwidthInGbps == null && ["bandwidthGbps", "properties.bandwidthInGbps"],
    // (A Direct circuit takes its location from its port; one whose row lacks the port reference may still be listed by the port.)
    portId === void 0 && p.bandwidthInGbps == null && spp.peeringLocation == null && ["peeringLocation", "properties.serviceProviderProperties.peeringLocation"],
    ...skuOpen
  ]))), [
    ...skuOpen,
    // A Direct circuit without `enableDirectPortRateLimit`: Learn has rate limiting enabled per circuit ("Rate limiting
    // for ExpressRoute Direct circuits", rate-limit.md) and gives no default, nor does the spec.
    portId !== void 0 && p.enableDirectPortRateLimit == null && ["enableDirectPortRateLimit", "properties.enableDirectPortRateLimit"]
  ]));
  if (p.peerings == null && !isTemplateResource(raw))
    built.partial = { peerings: "`peerings`: the circuit row does not carry `properties.peerings` (the list of its peerings), so only the peerings read as rows of their own are known" };
  return built;
}
function authorizationOf(name, p) {
  const uri = str2(p.connectionResourceUri);
  const by = uri === void 0 ? void 0 : /^https?:\/\/[^/]+(\/subscriptions\/[^?#]*)/i.exec(uri)?.[1] ?? uri.replace(/[?#].*$/, "");
  return by === void 0 ? { name, useStatus: str2(p.authorizationUseStatus) } : { name, useStatus: str2(p.authorizationUseStatus), connectionKey: by.toLowerCase() };
}
function base(raw, id, kind, type, sourceKind) {
  const row = raw.row;
  const parsed = parseArmId(id);
  const unknown = unknownFieldsOf(sourceKind, raw);
  return {
    kind,
    id,
    key: id.toLowerCase(),
    name: str2(row.name) ?? parsed.name ?? id,
    type,
    subscriptionId: scopeId(row.subscriptionId, 0) ?? parsed.subscriptionId,
    resourceGroup: str2(row.resourceGroup) ?? parsed.resourceGroup,
    tenantId: scopeId(row.tenantId, 1),
    location: word(row.location),
    tags: tagsOf(row.tags),
    ...raw.source ? { source: raw.source } : {},
    ...unknown ? { unknown } : {}
  };
}
var DIRECT_PORT_DEFAULT_LINKS = ["link1", "link2"];
function linkFrom(raw, port, i) {
  const lo = raw.row;
  const lp = obj2(lo.properties);
  const mc = obj2(lp.macSecConfig);
  const name = str2(lo.name) ?? `link${i + 1}`;
  const linkId = str2(lo.id) ?? `${port.id}/links/${name}`;
  const ckn = str2(mc.cknSecretIdentifier);
  const cak = str2(mc.cakSecretIdentifier);
  const inVault = (s) => s === REDACTED_KEYVAULT || s !== void 0 && /\.vault\./i.test(s);
  const b = base(raw, linkId, "link", `${RESOURCE_TYPES.port}/links`, "link");
  const adminStateDefaulted = lp.adminState == null && isTemplateResource(raw) && b.unknown?.adminState === void 0;
  const cipherAbsent = (ckn !== void 0 || cak !== void 0) && mc.cipher == null;
  const unknown = notSetInTemplate(raw.source, absentFromLiveRow(raw.source, b.unknown, "ExpressRoute Direct link", [lp.adminState == null && ["adminState", "properties.adminState"], cipherAbsent && ["macsec.cipher", "properties.macSecConfig.cipher"]]), [cipherAbsent && ["macsec.cipher", "properties.macSecConfig.cipher"]]);
  return {
    ...b,
    ...unknown ? { unknown } : {},
    subscriptionId: port.subscriptionId,
    resourceGroup: port.resourceGroup,
    tenantId: port.tenantId,
    location: port.location,
    name,
    kind: "link",
    portKey: port.key,
    portName: port.name,
    // A template that declares a link without its admin state deploys it Disabled (its state after creation,
    // DIRECT_PORT_DEFAULT_LINKS); one whose value is left open keeps it unknown.
    adminState: str2(lp.adminState) ?? (adminStateDefaulted ? "Disabled" : void 0),
    ...adminStateDefaulted ? { defaulted: { adminState: true } } : {},
    connectorType: str2(lp.connectorType),
    provisioningState: str2(lp.provisioningState),
    macsec: {
      cipher: str2(mc.cipher),
      cknSecretConfigured: ckn !== void 0,
      cakSecretConfigured: cak !== void 0,
      // Every secret identifier the link has is a Key Vault secret URI (one that is missing is ERS-ENC-001's).
      secretsInKeyVault: (ckn !== void 0 || cak !== void 0) && (ckn === void 0 || inVault(ckn)) && (cak === void 0 || inVault(cak)),
      sciState: str2(mc.sciState)
    }
  };
}
function linkRowOf(port, raw) {
  const name = (str2(raw.row.name) ?? parseArmId(str2(raw.row.id) ?? "").name ?? "").toLowerCase();
  const at = port.links.findIndex((l) => l.name.toLowerCase() === name);
  const link = linkFrom(raw, port, at >= 0 ? at : port.links.length);
  const placeholder = linkNotInRow;
  if (at >= 0 && !placeholder(port.links[at]))
    return markDisagreements(port.links[at], link).map((f) => `${port.links[at].name}.${f}`);
  if (at >= 0)
    port.links[at] = link;
  else
    port.links.push(link);
  if (port.unknown?.links !== void 0 && !port.links.some(placeholder))
    forgetUnknown(port, "links");
  return [];
}
function forgetUnknown(r, field) {
  if (r.unknown === void 0)
    return;
  const { [field]: _, ...rest } = r.unknown;
  if (Object.keys(rest).length > 0)
    r.unknown = rest;
  else
    delete r.unknown;
}
var LINKS_NOT_CARRIED = "the port row does not carry `properties.links`";
var LINK_NOT_LISTED = "so this link is not in the row";
var LINK_FIELDS = ["adminState", "connectorType", "provisioningState", "macsec.cipher", "macsec.cknSecretConfigured", "macsec.cakSecretConfigured", "macsec.secretsInKeyVault", "macsec.sciState"];
function portFrom(raw, id) {
  const row = raw.row;
  const p = obj2(row.properties);
  const b = base(raw, id, "port", RESOURCE_TYPES.port, "port");
  const identity = obj2(row.identity);
  const links = arr(p.links).map((l, i) => linkFrom(childRaw(raw, obj2(l), "links", i), b, i));
  const unknown = absentFromLiveRow(raw.source, b.unknown, "ExpressRoute Direct port", [
    p.peeringLocation == null && ["peeringLocation", "properties.peeringLocation"],
    p.bandwidthInGbps == null && ["bandwidthGbps", "properties.bandwidthInGbps"],
    p.provisionedBandwidthInGbps == null && ["provisionedBandwidthGbps", "properties.provisionedBandwidthInGbps"],
    p.encapsulation == null && ["encapsulation", "properties.encapsulation"],
    p.billingType == null && ["billingType", "properties.billingType"],
    p.links == null && ["links", "properties.links"]
  ]);
  const portUnknown = notSetInTemplate(raw.source, unknown, [p.encapsulation == null && ["encapsulation", "properties.encapsulation"]]);
  if (p.links == null && unknown?.links !== void 0 && !isTemplateResource(b)) {
    for (const name of DIRECT_PORT_DEFAULT_LINKS) {
      const link = linkFrom({ row: { name, properties: {} }, source: raw.source }, b, links.length);
      const why = `${LINKS_NOT_CARRIED}, which Azure reports for every ExpressRoute Direct port (each has two links, ${DIRECT_PORT_DEFAULT_LINKS.join(" and ")})`;
      link.unknown = Object.fromEntries(LINK_FIELDS.map((f) => [f, `\`${f}\`: ${why}`]));
      links.push(link);
    }
  }
  let linksCut;
  if (Array.isArray(p.links) && links.length < DIRECT_PORT_DEFAULT_LINKS.length && !isTemplateResource(b)) {
    const why = `the port row lists ${links.length} link${links.length === 1 ? "" : "s"} in \`properties.links\`, and every ExpressRoute Direct port has two (${DIRECT_PORT_DEFAULT_LINKS.join(" and ")}), ${LINK_NOT_LISTED}`;
    for (const name of DIRECT_PORT_DEFAULT_LINKS) {
      if (links.length >= DIRECT_PORT_DEFAULT_LINKS.length)
        break;
      if (links.some((l) => l.name.toLowerCase() === name))
        continue;
      const link = linkFrom({ row: { name, properties: {} }, source: raw.source }, b, links.length);
      link.unknown = Object.fromEntries(LINK_FIELDS.map((f) => [f, `\`${f}\`: ${why}`]));
      links.push(link);
    }
    linksCut = `\`links\`: the port row lists ${links.length === 0 ? "none" : `only ${arr(p.links).length}`} of its two links in \`properties.links\``;
  }
  if (isTemplateResource(b) && b.unknown?.links !== void 0 && links.length === 0) {
    const why = b.unknown.links.replace(/^`links` /, "");
    for (const name of DIRECT_PORT_DEFAULT_LINKS) {
      const deployed = raw.deployed && "unknown" in raw.deployed ? { deployed: raw.deployed } : {};
      links.push(linkFrom({ row: { name, properties: {} }, source: raw.source, unresolved: ["properties"], reasons: { properties: why }, ...deployed }, b, links.length));
    }
  }
  if (isTemplateResource(b) && !b.unknown?.links && links.length < DIRECT_PORT_DEFAULT_LINKS.length) {
    for (const name of DIRECT_PORT_DEFAULT_LINKS) {
      if (links.length >= DIRECT_PORT_DEFAULT_LINKS.length)
        break;
      if (links.some((l) => l.name.toLowerCase() === name))
        continue;
      links.push(linkFrom({ row: { name, properties: {} }, source: raw.source, ...raw.deployed && "unknown" in raw.deployed ? { deployed: raw.deployed } : {} }, b, links.length));
    }
  }
  return {
    ...b,
    ...portUnknown || linksCut ? { unknown: linksCut ? { ...portUnknown, links: linksCut } : portUnknown } : {},
    kind: "port",
    peeringLocation: str2(p.peeringLocation),
    bandwidthGbps: num(p.bandwidthInGbps),
    provisionedBandwidthGbps: num(p.provisionedBandwidthInGbps),
    encapsulation: str2(p.encapsulation),
    billingType: str2(p.billingType),
    provisioningState: str2(p.provisioningState),
    diagnosticSettingsCount: num(obj2(row.erscan).diagnosticSettingsCount),
    hasIdentity: str2(identity.type) !== void 0 && str2(identity.type).toLowerCase() !== "none",
    links,
    circuitKeys: arr(p.circuits).map((c) => lower(idOf(c))).filter((k) => k !== void 0),
    circuitIds: arr(p.circuits).map((c) => idOf(c)).filter((k) => k !== void 0)
  };
}
function vnetGatewayFrom(raw, id) {
  const row = raw.row;
  const p = obj2(row.properties);
  const sku = obj2(p.sku);
  const bounds = obj2(obj2(p.autoScaleConfiguration).bounds);
  const subnet = idOf(obj2(obj2(arr(p.ipConfigurations)[0]).properties).subnet);
  const scope = scopeOf(row, id);
  const gateway = {
    kind: "gateway",
    id,
    key: id.toLowerCase(),
    name: str2(row.name) ?? lastSegment(id) ?? id,
    type: RESOURCE_TYPES.vnetGateway,
    subscriptionId: scopeId(row.subscriptionId, 0) ?? scope?.[1],
    resourceGroup: word(row.resourceGroup) ?? word(scope?.[2]),
    tenantId: scopeId(row.tenantId, 1),
    location: word(row.location),
    tags: tagsOf(row.tags),
    source: raw.source,
    flavor: "vnet",
    gatewayType: word(p.gatewayType),
    skuName: word(sku.name),
    skuTier: word(sku.tier),
    minScaleUnits: num(bounds.min),
    maxScaleUnits: num(bounds.max),
    zones: strings(row.zones),
    networkKey: subnet ? subnet.replace(/\/subnets\/[^/]+$/i, "").toLowerCase() : void 0,
    adminState: str2(p.adminState),
    provisioningState: str2(p.provisioningState),
    diagnosticSettingsCount: num(obj2(row.erscan).diagnosticSettingsCount),
    connectionKeys: NO_KEYS,
    circuitKeys: NO_KEYS
  };
  return placeFacts(
    gateway,
    raw.source,
    // An ErGwScale gateway declared without its scale units (`autoScaleConfiguration.bounds`): what Azure deploys
    // then is not documented ("About ExpressRoute scalable gateway", scalable-gateway.md, gives min and max as settings).
    // A live row without them (a trimmed export, a projection) does not say them either: not known, never "(not set)".
    withTrafficFlags(raw.source, absentFrom(raw.source, absentFromLiveRow(raw.source, unknownFieldsOf("vnetGateway", raw), "virtual network gateway", [
      p.gatewayType == null && ["gatewayType", "properties.gatewayType"],
      sku.name == null && ["skuName", "properties.sku.name"],
      sku.name == null && sku.tier == null && ["skuTier", "properties.sku.tier"]
    ]), void 0, word(sku.name)?.toLowerCase() === "ergwscale" ? [bounds.min == null && ["minScaleUnits", "properties.autoScaleConfiguration.bounds.min"], bounds.min == null && bounds.max == null && ["maxScaleUnits", "properties.autoScaleConfiguration.bounds"]] : []), [
      bool2(p.allowRemoteVnetTraffic) === void 0 && ["allowRemoteVnetTraffic", "properties.allowRemoteVnetTraffic"],
      bool2(p.allowVirtualWanTraffic) === void 0 && ["allowVirtualWanTraffic", "properties.allowVirtualWanTraffic"]
    ])
  );
}
function withTrafficFlags(source, unknown, absent) {
  return withAbsent(unknown, absent, (path) => isTemplateResource({ source }) ? `the template does not set \`${path}\`, and Microsoft's documentation does not settle what Azure applies then (Learn says VNet-to-VNet traffic over ExpressRoute is disabled by default and, elsewhere, enabled by default; gateways created before the setting keep accepting it)` : `the input row does not carry \`${path}\``);
}
function vwanConnectionFrom(raw, id, gateway, gatewayId) {
  const row = raw.row;
  const p = obj2(row.properties);
  const peeringId = idOf(p.expressRouteCircuitPeering);
  const circuitId = peeringId ? circuitIdFromPeeringId(peeringId) : void 0;
  const scope = scopeOf(row, id);
  const connection = {
    kind: "connection",
    id,
    key: id.toLowerCase(),
    name: str2(row.name) ?? lastSegment(id) ?? id,
    type: RESOURCE_TYPES.vwanConnection,
    subscriptionId: scopeId(row.subscriptionId, 0) ?? scope?.[1],
    resourceGroup: word(row.resourceGroup) ?? word(scope?.[2]),
    tenantId: scopeId(row.tenantId, 1) ?? gateway?.tenantId,
    location: word(row.location) ?? gateway?.location,
    tags: tagsOf(row.tags),
    source: raw.source,
    flavor: "vwan",
    gatewayKey: gateway !== void 0 && gateway.id === gatewayId ? gateway.key : gatewayId.toLowerCase(),
    circuitId,
    circuitKey: circuitId === void 0 ? void 0 : circuitId.toLowerCase(),
    routingWeight: num(p.routingWeight),
    fastPath: bool2(p.expressRouteGatewayBypass),
    privateLinkFastPath: bool2(p.enablePrivateLinkFastPath),
    enableInternetSecurity: bool2(p.enableInternetSecurity),
    usesAuthorization: str2(p.authorizationKey) !== void 0,
    provisioningState: str2(p.provisioningState),
    ...defaultedFieldsOf("vwanConnection", raw)
  };
  return placeFacts(
    connection,
    raw.source,
    // A live row without `expressRouteGatewayBypass` or `enablePrivateLinkFastPath` (a Resource Graph projection that
    // leaves them out, an export of an older API version) does not say whether FastPath or Private Link FastPath is
    // on: unknown, never "off" nor Learn's vWAN FastPath default (ERS-SKU-006, ERS-SKU-007), as for a VNet connection
    // (connectionFrom); Private Link FastPath stays known off where the row sets FastPath off, which it needs
    // ("ExpressRoute FastPath (expressRouteGatewayBypass) must be enabled"). Templates are read as before: the REST API
    // spec gives neither property a `default` (ExpressRouteConnectionProperties, virtualWan.json, stable 2024-10-01:
    // "Enable FastPath to vWan Firewall hub." and "Bypass the ExpressRoute gateway when accessing private-links."),
    // and a template's hub connection that leaves FastPath out takes the default Learn documents for Virtual WAN
    // (fastPathOn, src/rules/functions/sku.ts).
    absentFromLiveRow(raw.source, absentFromLiveRow(raw.source, unknownFieldsOf("vwanConnection", raw), "ExpressRoute connection", [
      circuitId === void 0 && ["circuitKey", "properties.expressRouteCircuitPeering.id"],
      circuitId === void 0 && ["circuitId", "properties.expressRouteCircuitPeering.id"]
    ]), void 0, [
      p.expressRouteGatewayBypass == null && ["fastPath", "properties.expressRouteGatewayBypass"],
      p.enablePrivateLinkFastPath == null && p.expressRouteGatewayBypass !== false && ["privateLinkFastPath", "properties.enablePrivateLinkFastPath"]
    ])
  );
}
function vwanGatewayFrom(raw, id) {
  const row = raw.row;
  const p = obj2(row.properties);
  const bounds = obj2(obj2(p.autoScaleConfiguration).bounds);
  const scope = scopeOf(row, id);
  const gateway = placeFacts(
    {
      kind: "gateway",
      id,
      key: id.toLowerCase(),
      name: str2(row.name) ?? lastSegment(id) ?? id,
      type: RESOURCE_TYPES.vwanGateway,
      subscriptionId: scopeId(row.subscriptionId, 0) ?? scope?.[1],
      resourceGroup: word(row.resourceGroup) ?? word(scope?.[2]),
      tenantId: scopeId(row.tenantId, 1),
      location: word(row.location),
      tags: tagsOf(row.tags),
      source: raw.source,
      flavor: "vwan",
      skuName: "ErGwScale(vWAN)",
      minScaleUnits: num(bounds.min),
      maxScaleUnits: num(bounds.max),
      zones: strings(row.zones),
      networkKey: lower(idOf(p.virtualHub)),
      provisioningState: str2(p.provisioningState),
      diagnosticSettingsCount: num(obj2(row.erscan).diagnosticSettingsCount),
      connectionKeys: NO_KEYS,
      circuitKeys: NO_KEYS
    },
    raw.source,
    // Its scale units: Microsoft's own GET example leaves `autoScaleConfiguration` out, and its list example gives
    // `bounds.min` alone (a row without `max` is an ordinary one, read as before).
    // A template's gateway without them: the spec (virtualWan.json) and Learn give no default either.
    withTrafficFlags(raw.source, absentFrom(raw.source, withoutConnectionList(raw, p, unknownFieldsOf("vwanGateway", raw)), void 0, [
      bounds.min == null && ["minScaleUnits", "properties.autoScaleConfiguration.bounds.min"],
      bounds.min == null && bounds.max == null && ["maxScaleUnits", "properties.autoScaleConfiguration.bounds"]
    ]), [bool2(p.allowNonVirtualWanTraffic) === void 0 && ["allowNonVirtualWanTraffic", "properties.allowNonVirtualWanTraffic"]])
  );
  const connections = [];
  const rows = arr(p.expressRouteConnections);
  for (let i = 0; i < rows.length; i++) {
    const co = obj2(rows[i]);
    const name = str2(co.name) ?? `connection-${i}`;
    connections.push(vwanConnectionFrom(childRaw(raw, co, "expressRouteConnections", i), str2(co.id) ?? `${id}/expressRouteConnections/${name}`, gateway, id));
  }
  return { gateway, connections };
}
function absentFromLiveRow(source, unknown, what, absent) {
  if (isTemplateResource({ source }))
    return unknown;
  return withAbsent(unknown, absent, (path) => `the input row does not carry \`${path}\`${what ? `, which Azure reports for every ${what}` : ""}`);
}
function withDirectRateLimit(source, absent, unknown) {
  if (!absent)
    return unknown;
  return absentFromLiveRow(source, unknown, void 0, [["enableDirectPortRateLimit", "properties.enableDirectPortRateLimit"]]);
}
function withClassicOperations(source, absent, unknown) {
  if (!absent)
    return unknown;
  return absentFromLiveRow(source, unknown, void 0, [["allowClassicOperations", "properties.allowClassicOperations"]]);
}
function absentFrom(source, unknown, what, absent) {
  return isTemplateResource({ source }) ? notSetInTemplate(source, unknown, absent) : absentFromLiveRow(source, unknown, what, absent);
}
function withAbsent(unknown, absent, why) {
  let out = unknown;
  for (let i = 0; i < absent.length; i++) {
    const a = absent[i];
    if (a === false || out !== void 0 && Object.prototype.hasOwnProperty.call(out, a[0]))
      continue;
    out = { ...out, [a[0]]: `\`${a[0]}\`: ${why(a[1])}` };
  }
  return out;
}
function notSetInTemplate(source, unknown, absent) {
  if (!isTemplateResource({ source }))
    return unknown;
  return withAbsent(unknown, absent, (path) => `the template does not set \`${path}\`, and the default Azure applies then is not documented`);
}
function withoutConnectionList(raw, p, unknown) {
  if (p.expressRouteConnections != null || isTemplateResource(raw))
    return unknown;
  return { ...unknown, connectionKeys: "`connectionKeys`: the gateway row does not carry `properties.expressRouteConnections` (the list of its connections), so its connections are not known" };
}
function connectionFrom(raw, id) {
  const row = raw.row;
  const p = obj2(row.properties);
  const circuitId = idOf(p.peer);
  const gatewayId = idOf(p.virtualNetworkGateway1);
  const scope = scopeOf(row, id);
  const connection = {
    kind: "connection",
    id,
    key: id.toLowerCase(),
    name: str2(row.name) ?? lastSegment(id) ?? id,
    type: RESOURCE_TYPES.connection,
    subscriptionId: scopeId(row.subscriptionId, 0) ?? scope?.[1],
    resourceGroup: word(row.resourceGroup) ?? word(scope?.[2]),
    tenantId: scopeId(row.tenantId, 1),
    location: word(row.location),
    tags: tagsOf(row.tags),
    source: raw.source,
    flavor: "vnet",
    connectionType: word(p.connectionType),
    gatewayKey: gatewayId === void 0 ? void 0 : gatewayId.toLowerCase(),
    circuitId,
    circuitKey: circuitId === void 0 ? void 0 : circuitId.toLowerCase(),
    routingWeight: num(p.routingWeight),
    fastPath: bool2(p.expressRouteGatewayBypass),
    privateLinkFastPath: bool2(p.enablePrivateLinkFastPath),
    usesAuthorization: str2(p.authorizationKey) !== void 0,
    connectionStatus: str2(p.connectionStatus),
    provisioningState: str2(p.provisioningState),
    ...defaultedFieldsOf("connection", raw)
  };
  return placeFacts(
    connection,
    raw.source,
    // A template connection without `expressRouteGatewayBypass` (FastPath): the REST API spec gives the property no
    // `default` (VirtualNetworkGatewayConnectionPropertiesFormat, virtualNetworkGateway.json, stable 2025-07-01) and
    // Microsoft Learn says only what FastPath does "when enabled" (about-fastpath.md): off is not documented, so it is
    // not known, never "FastPath off". The same for `enablePrivateLinkFastPath`, unless FastPath is set off: the spec
    // says Private Link FastPath needs it ("ExpressRoute FastPath (expressRouteGatewayBypass) must be enabled").
    // A live row without `expressRouteGatewayBypass` (a Resource Graph projection that leaves it out, an export of an
    // older API version) does not say whether FastPath is on either: unknown, never "off" (ERS-SKU-007, ERS-SKU-011).
    // Nor does one without `enablePrivateLinkFastPath` say whether Private Link FastPath is (the spec gives it no
    // `default` either: "Bypass the ExpressRoute gateway when accessing private-links. ExpressRoute FastPath
    // (expressRouteGatewayBypass) must be enabled."), unless the row sets FastPath off, which it needs.
    absentFrom(raw.source, absentFromLiveRow(raw.source, unknownFieldsOf("connection", raw), "ExpressRoute connection", [
      p.connectionType == null && ["connectionType", "properties.connectionType"],
      circuitId === void 0 && ["circuitKey", "properties.peer.id"],
      circuitId === void 0 && ["circuitId", "properties.peer.id"],
      gatewayId === void 0 && ["gatewayKey", "properties.virtualNetworkGateway1.id"]
    ]), void 0, [
      p.expressRouteGatewayBypass == null && ["fastPath", "properties.expressRouteGatewayBypass"],
      p.enablePrivateLinkFastPath == null && p.expressRouteGatewayBypass !== false && ["privateLinkFastPath", "properties.enablePrivateLinkFastPath"]
    ])
  );
}
var MAX_VARIANTS = 64;
var sameJson = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
function rawSet(row, path, value) {
  const segs = rawSegments(path);
  let cur = row;
  segs.forEach((seg, i) => {
    const key = /^\d+$/.test(seg) && Array.isArray(cur) ? Number(seg) : seg;
    if (i === segs.length - 1) {
      setOwn(cur, key, value);
      return;
    }
    const next = ownValue(cur, key);
    if (next === null || typeof next !== "object")
      setOwn(cur, key, /^\d+$/.test(segs[i + 1]) ? [] : {});
    cur = cur[key];
  });
}
function expandVariants(raw, notices) {
  const deployed = raw.deployed && "possible" in raw.deployed ? raw.deployed.possible : void 0;
  if (raw.possible === void 0 && !deployed)
    return void 0;
  const entries = Object.entries(raw.possible ?? {});
  if (entries.length === 0 && !deployed)
    return void 0;
  const choices = {};
  for (const p of [...entries.map(([, x]) => x), ...deployed ? [deployed] : []])
    for (const c of p.choices)
      choices[c.key] ??= { label: c.label, values: c.values };
  const keys = Object.keys(choices).sort();
  const count2 = keys.reduce((n, k) => n * Math.max(1, choices[k].values.length), 1);
  if (count2 > MAX_VARIANTS) {
    const labels = [...new Set(keys.map((k) => choices[k].label))].join(", ");
    notices.push(`${String(raw.row.name ?? raw.row.id)}: ${count2} combinations of ${labels} (more than ${MAX_VARIANTS}); the values that depend on them are treated as unknown`);
    raw.unresolved = [...raw.unresolved ?? [], ...entries.map(([path]) => path)];
    raw.reasons = { ...raw.reasons ?? {}, ...Object.fromEntries(entries.map(([path]) => [path, `depends on ${labels}, which allow more than ${MAX_VARIANTS} combinations`])) };
    delete raw.possible;
    if (deployed)
      raw.deployed = { unknown: `whether it is deployed depends on ${labels}, which allow more than ${MAX_VARIANTS} combinations` };
    return void 0;
  }
  const assignments = [{}];
  for (const k of keys) {
    const next = [];
    for (const a of assignments)
      for (const v of choices[k].values)
        next.push({ ...a, [k]: v });
    assignments.splice(0, assignments.length, ...next);
  }
  const pick = (p, when) => p.cases.find((c) => Object.entries(c.when).every(([k, v]) => sameJson(when[k], v)));
  const variants = assignments.map((when) => {
    const row = structuredClone(raw.row);
    for (const [path, p] of entries) {
      const c = pick(p, when);
      if (c)
        rawSet(row, path, structuredClone(c.value));
    }
    const d = deployed ? pick(deployed, when) : void 0;
    return { when, row: scrubSecrets(row), deployed: d === void 0 || d.value !== false };
  });
  return { variants, choices };
}
var NOT_FIELDS = /* @__PURE__ */ new Set(["kind", "id", "key", "type", "source", "unknown", "possible", "variants", "partial", "peerings", "links"]);
function flatten(o, prefix, out) {
  for (const [k, v] of Object.entries(o)) {
    if (prefix === "" && NOT_FIELDS.has(k))
      continue;
    if (isObj(v))
      flatten(v, `${prefix}${k}.`, out);
    else
      out.set(`${prefix}${k}`, v);
  }
}
function setField(o, path, value) {
  const segs = path.split(".");
  let cur = o;
  for (let i = 0; i < segs.length - 1; i++) {
    const next = cur[segs[i]];
    if (!isObj(next))
      cur[segs[i]] = {};
    cur = cur[segs[i]];
  }
  if (value === void 0)
    delete cur[segs[segs.length - 1]];
  else
    cur[segs[segs.length - 1]] = value;
}
function mergeVariants(built, variants, choices) {
  const merged = built[0];
  const maps = built.map((b) => {
    const m = /* @__PURE__ */ new Map();
    flatten(b, "", m);
    return m;
  });
  const paths = new Set(maps.flatMap((m) => [...m.keys()]));
  const sets = built.map(() => ({}));
  const possible = {};
  const keys = Object.keys(choices);
  for (const path of [...paths].sort()) {
    const values = maps.map((m) => m.get(path));
    if (values.every((v) => sameJson(v, values[0])))
      continue;
    if (merged.unknown && Object.prototype.hasOwnProperty.call(merged.unknown, path))
      continue;
    values.forEach((v, i) => sets[i][path] = v);
    const distinct = [];
    for (const v of values)
      if (!distinct.some((d) => sameJson(d, v)))
        distinct.push(v);
    const matters = keys.filter((k) => {
      const groups = /* @__PURE__ */ new Map();
      variants.forEach((v, i) => {
        const rest = JSON.stringify(keys.filter((x) => x !== k).map((x) => v.when[x]));
        groups.set(rest, [...groups.get(rest) ?? [], values[i]]);
      });
      return [...groups.values()].some((g) => g.some((x) => !sameJson(x, g[0])));
    });
    possible[path] = { values: distinct, from: [...new Set(matters.map((k) => choices[k].label))].join(" and ") };
    setField(merged, path, void 0);
  }
  if (variants.some((v) => !v.deployed)) {
    variants.forEach((v, i) => sets[i].deployed = v.deployed);
    const matters = keys.filter((k) => variants.some((v) => !v.deployed));
    possible.deployed = { values: [true, false], from: [...new Set(matters.map((k) => choices[k].label))].join(" and ") };
  }
  for (const list of ["peerings", "links"]) {
    const lists = built.map((b) => b[list]);
    if (!lists[0])
      continue;
    const keysIn = lists.map((l) => new Set((l ?? []).map((c) => c.key)));
    const common2 = lists[0].filter((c) => keysIn.every((s) => s.has(c.key)));
    const out = common2.map((c) => mergeVariants(lists.map((l) => l.find((x) => x.key === c.key)), variants, choices));
    merged[list] = out;
    if (keysIn.some((s) => s.size !== common2.length)) {
      const labels = [...new Set(keys.map((k) => choices[k].label))].join(" and ");
      merged.unknown = { ...merged.unknown ?? {}, [list]: `\`${list}\` depend on ${labels}` };
    }
  }
  if (Object.keys(possible).length > 0) {
    merged.possible = possible;
    merged.variants = { choices, cases: variants.map((v, i) => ({ when: v.when, set: sets[i] })) };
  }
  return merged;
}
function buildVaried(raw, notices, build) {
  const expanded = expandVariants(raw, notices);
  if (!expanded)
    return build(raw);
  const built = expanded.variants.map((v) => build({ ...raw, row: v.row, possible: void 0, deployed: raw.deployed && "unknown" in raw.deployed ? raw.deployed : void 0 }));
  return mergeVariants(built, expanded.variants, expanded.choices);
}
function vwanGatewayVaried(raw, id, notices) {
  const expanded = expandVariants(raw, notices);
  if (!expanded)
    return vwanGatewayFrom(raw, id);
  const builds = expanded.variants.map((v) => vwanGatewayFrom({ ...raw, row: v.row, possible: void 0, deployed: raw.deployed && "unknown" in raw.deployed ? raw.deployed : void 0 }, id));
  const gateway = mergeVariants(builds.map((b) => b.gateway), expanded.variants, expanded.choices);
  const keysIn = builds.map((b) => new Set(b.connections.map((c) => c.key)));
  const common2 = builds[0].connections.filter((c) => keysIn.every((k) => k.has(c.key)));
  const connections = common2.map((c) => mergeVariants(builds.map((b) => b.connections.find((x) => x.key === c.key)), expanded.variants, expanded.choices));
  if (keysIn.some((k) => k.size !== common2.length))
    gateway.unknown = { ...gateway.unknown ?? {}, connectionKeys: "`connectionKeys` depend on the template parameters" };
  return { gateway, connections };
}
function maybeExpressRoute(raw, path) {
  const declared = str2(rawGet(raw.row, path));
  if (declared !== void 0)
    return declared.toLowerCase() === "expressroute";
  const p = raw.possible?.[path];
  if (p)
    return p.cases.some((c) => typeof c.value === "string" && c.value.toLowerCase() === "expressroute");
  if (path === "properties.gatewayType" && /^vpngw/i.test(str2(rawGet(raw.row, "properties.sku.name")) ?? ""))
    return false;
  return true;
}
var PLACEHOLDER_SCOPE = /^\/subscriptions\/(?:\{[^}]*\}|unresolved:)|\/resourceGroups\/(?:\{[^}]*\}|unresolved:)/i;
function typeAndNames(id) {
  const i = id.toLowerCase().lastIndexOf("/providers/");
  if (i < 0)
    return void 0;
  const segs = id.slice(i + "/providers/".length).toLowerCase().split("/");
  if (segs.length < 3 || segs.length % 2 === 0)
    return void 0;
  const types = [segs[0], ...segs.slice(1).filter((_, j) => j % 2 === 0)];
  const names = segs.slice(1).filter((_, j) => j % 2 === 1);
  return `${types.join("/")}|${names.join("/")}`;
}
function liveIdFor(id, liveByName) {
  const qualified = QUALIFIED_SCOPE.exec(id);
  if (qualified)
    return liveIdOfPlain(qualified[1] + id.slice(qualified[0].length), liveByName);
  if (!PLACEHOLDER_SCOPE.test(id))
    return void 0;
  for (const { base: base2, rest } of selfAndParents(id)) {
    const k = typeAndNames(base2);
    const matches = k ? liveByName.get(k) : void 0;
    if (matches?.length === 1)
      return matches[0] + rest;
    if (matches && matches.length > 1)
      return void 0;
  }
  return void 0;
}
function* selfAndParents(id) {
  const i = id.toLowerCase().lastIndexOf("/providers/");
  if (i < 0)
    return;
  const segs = id.slice(i + "/providers/".length).split("/");
  for (let end = segs.length; end >= 3; end -= 2) {
    yield { base: `${id.slice(0, i)}/providers/${segs.slice(0, end).join("/")}`, rest: end < segs.length ? `/${segs.slice(end).join("/")}` : "" };
  }
}
var QUALIFIED_SCOPE = /^(\/subscriptions\/[^/{]+\/resourceGroups\/[^/{]+)\{[^}/]*\}/i;
function liveIdOfPlain(plain2, liveByName) {
  for (const { base: base2, rest } of selfAndParents(plain2)) {
    const k = typeAndNames(base2);
    const match = k ? liveByName.get(k)?.find((x) => x.toLowerCase() === base2.toLowerCase()) : void 0;
    if (match)
      return match + rest;
  }
  return void 0;
}
function replaceIds(v, liveByName, hits) {
  if (typeof v === "string") {
    if (!v.startsWith("/subscriptions/"))
      return v;
    const live = liveIdFor(v, liveByName);
    if (live)
      hits.set(v, live);
    return live ?? v;
  }
  if (Array.isArray(v))
    return v.map((x) => replaceIds(x, liveByName, hits));
  if (isObj(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replaceIds(x, liveByName, hits)]));
  return v;
}
function joinTemplatesToLive(raws, notices) {
  const live = raws.filter((r) => !isTemplateResource(r));
  const templates = raws.filter((r) => isTemplateResource(r));
  const liveByName = /* @__PURE__ */ new Map();
  for (const r of live) {
    const id = str2(r.row.id);
    const k = id ? typeAndNames(id) : void 0;
    if (k)
      liveByName.set(k, [...liveByName.get(k) ?? [], id]);
  }
  const hits = /* @__PURE__ */ new Map();
  const rewritten = templates.map((r) => {
    const row = replaceIds(r.row, liveByName, hits);
    return row === r.row ? r : { ...r, row };
  });
  const liveKeys = new Set(live.map((r) => str2(r.row.id)?.toLowerCase()).filter((k) => k !== void 0));
  const standIns = rewritten.filter((r) => liveKeys.has(str2(r.row.id)?.toLowerCase() ?? "")).map((r) => `${String(r.row.name)} (${r.source?.file ?? "template"})`);
  const n = standIns.length;
  notices.push(`${rewritten.length} resource${rewritten.length === 1 ? "" : "s"} from templates and ${live.length} from the live estate; ` + (n > 0 ? `${n} template resource${n === 1 ? "" : "s"} stand${n === 1 ? "s" : ""} for ${n === 1 ? "a live one and replaces it" : "live ones and replace them"} (the template is what the change deploys): ${standIns.slice(0, 5).join(", ")}${n > 5 ? ", \u2026" : ""}` : "no template resource stands for a live one") + (hits.size > 0 ? `; template references resolved to live resources by type and name: ${[...new Set(hits.values())].map((x) => x.slice(x.lastIndexOf("/") + 1)).slice(0, 5).join(", ")}${hits.size > 5 ? ", \u2026" : ""}` : ""));
  return [...rewritten, ...live];
}
var nameOpen = (raw) => raw.unresolved?.includes("name") === true;
function orphanGaps(orphans) {
  const gaps = [];
  for (const [file, byWhat] of orphans) {
    for (const [what, ids] of byWhat) {
      const shown2 = ids.slice(0, 3).map(labelStandIns).join(", ") + (ids.length > 3 ? ", \u2026" : "");
      gaps.push({ scope: file, reason: `${ids.length} ${what} not checked (${shown2})` });
    }
  }
  return gaps;
}
var PARTIAL = {
  connections: "lists only the connections declared in the scanned files; others may be deployed from other files (not decidable from these files)",
  circuits: "lists only the circuits declared in the scanned files; others may be deployed from other files (not decidable from these files)",
  globalReach: "lists only the Global Reach connections declared in the scanned files; others may be deployed from other files (not decidable from these files)",
  authorizations: "lists only the authorizations declared in the scanned files; others may be created from other files (not decidable from these files)",
  diagnostics: "counts only the diagnostic settings declared in the scanned files; others may be deployed from other files or by Azure Policy (not decidable from these files)",
  maintenance: "lists only the maintenance configuration assignments declared in the scanned files; others may be assigned from other files (not decidable from these files)"
};
function buildInventory(raws, subscriptions = [], opts = {}) {
  const notices = [];
  const inv = { circuits: [], ports: [], gateways: [], connections: [], subscriptions: [], tenants: [], byKey: /* @__PURE__ */ new Map() };
  const childPeerings = [];
  const childVwanConnections = [];
  const childAuthorizations = [];
  const childGlobalReach = [];
  const childDiagnostics = [];
  const childLinks = [];
  const childMaintenance = [];
  const childSubnets = [];
  const mistyped = [];
  const mistypedGateways = [];
  const otherGateways = /* @__PURE__ */ new Map();
  let unknownTypes = 0;
  const orphans = /* @__PURE__ */ new Map();
  const orphan = (raw, what, id) => {
    const file = raw.source?.file ?? "(input)";
    const byWhat = orphans.get(file) ?? orphans.set(file, /* @__PURE__ */ new Map()).get(file);
    (byWhat.get(what) ?? byWhat.set(what, []).get(what)).push(id);
  };
  let duplicates = 0;
  const duplicateNames = [];
  const disagreeing = [];
  let anyTemplate = false;
  let anyLive = false;
  for (let i = 0; i < raws.length; i++) {
    if (isTemplateResource(raws[i]))
      anyTemplate = true;
    else
      anyLive = true;
    if (anyTemplate && anyLive)
      break;
  }
  if (anyTemplate && anyLive)
    raws = joinTemplatesToLive(raws, notices);
  const add = (r) => {
    const existing = inv.byKey.get(r.key);
    if (existing) {
      if (isTemplateResource(existing) && !isTemplateResource(r))
        return false;
      duplicates++;
      const oneDeployment = existing.source?.file === r.source?.file && existing.source?.deployment === r.source?.deployment;
      if (duplicateNames.length < 5 && (!oneDeployment || isTemplateResource(existing) && existing.source?.line !== r.source?.line)) {
        duplicateNames.push(`${r.name} (${declaredAt(existing, oneDeployment)} and ${declaredAt(r, oneDeployment)})`);
      }
      const live = !isTemplateResource(existing) && !isTemplateResource(r);
      const templates = isTemplateResource(existing) && isTemplateResource(r) && !existing.variants && !r.variants;
      if (existing.kind === r.kind && existing.type === r.type && (live || templates)) {
        const fields = markDisagreements(existing, r);
        if (fields.length > 0)
          disagreeing.push(`${r.name}: ${fields.join(", ")}`);
      }
      return false;
    }
    inv.byKey.set(r.key, r);
    return true;
  };
  for (let i = 0; i < raws.length; i++) {
    const raw0 = raws[i];
    if (opts.consume)
      raws[i] = void 0;
    const row = raw0.scrubbed ? raw0.row : scrubSecrets(raw0.row);
    const live = raw0.unresolved === void 0 && raw0.reasons === void 0 && raw0.possible === void 0 && raw0.deployed === void 0 && raw0.defaulted === void 0;
    const raw = live && raw0.scrubbed ? raw0 : live ? { row, source: raw0.source } : { ...raw0, row };
    const id = str2(raw.row.id);
    const type = lowerCased(str2(raw.row.type) ?? "");
    if (!id) {
      unknownTypes++;
      continue;
    }
    switch (type) {
      case "microsoft.network/expressroutecircuits": {
        const c = buildVaried(raw, notices, (r) => circuitFrom(r, id));
        applyExtras(c, raw.row);
        if (add(c))
          inv.circuits.push(c);
        break;
      }
      case "microsoft.network/expressroutecircuits/peerings":
        childPeerings.push(raw);
        break;
      case "microsoft.network/expressroutecircuits/authorizations":
        childAuthorizations.push(raw);
        break;
      case "microsoft.network/expressroutecircuits/peerings/connections":
        childGlobalReach.push(raw);
        break;
      case "microsoft.insights/diagnosticsettings":
        childDiagnostics.push(raw);
        break;
      case "microsoft.network/expressrouteports/links":
        childLinks.push(raw);
        break;
      case "microsoft.maintenance/configurationassignments":
        childMaintenance.push(raw);
        break;
      case "microsoft.network/virtualnetworks/subnets":
        if (isTemplateResource(raw))
          childSubnets.push(raw);
        else
          unknownTypes++;
        break;
      case "microsoft.network/expressrouteports": {
        const p = buildVaried(raw, notices, (r) => portFrom(r, id));
        applyExtras(p, raw.row);
        if (add(p))
          inv.ports.push(p);
        break;
      }
      case "microsoft.network/virtualnetworkgateways": {
        const declaredType = str2(rawGet(raw.row, "properties.gatewayType"));
        if (declaredType !== void 0 && isUnknownGatewayType(declaredType) && !raw.unresolved?.some((u) => covers(u, "properties.gatewayType"))) {
          mistypedGateways.push({ raw, id, declared: declaredType });
          break;
        }
        if (!maybeExpressRoute(raw, "properties.gatewayType")) {
          otherGateways.set(id.toLowerCase(), { type: str2(rawGet(raw.row, "properties.gatewayType")) ?? "Vpn", name: str2(raw.row.name) ?? lastSegment(id) ?? id });
          break;
        }
        const g = buildVaried(raw, notices, (r) => vnetGatewayFrom(r, id));
        applyExtras(g, raw.row);
        if (add(g))
          inv.gateways.push(g);
        break;
      }
      case "microsoft.network/expressroutegateways": {
        const { gateway, connections } = vwanGatewayVaried(raw, id, notices);
        applyExtras(gateway, raw.row);
        if (add(gateway)) {
          inv.gateways.push(gateway);
          for (let j = 0; j < connections.length; j++)
            if (add(connections[j]))
              inv.connections.push(connections[j]);
        }
        break;
      }
      case "microsoft.network/expressroutegateways/expressrouteconnections":
        childVwanConnections.push(raw);
        break;
      case "microsoft.network/connections": {
        const declared = str2(rawGet(raw.row, "properties.connectionType"));
        if (declared !== void 0 && isUnknownConnectionType(declared)) {
          mistyped.push({ raw, id, declared });
          break;
        }
        if (!maybeExpressRoute(raw, "properties.connectionType"))
          break;
        const c = buildVaried(raw, notices, (r) => connectionFrom(r, id));
        if (add(c))
          inv.connections.push(c);
        break;
      }
      default:
        unknownTypes++;
    }
  }
  const circuitByKey = (k) => {
    const r = inv.byKey.get(k);
    return r?.kind === "circuit" ? r : void 0;
  };
  const unlisted = new UnlistedChildren();
  for (const raw of childPeerings) {
    const id = str2(raw.row.id);
    const circuit = circuitByKey(circuitIdFromPeeringId(id).toLowerCase());
    if (!circuit) {
      const why = nameOpen(raw) ? "is not known before deployment" : "is not in the input";
      notices.push(`peering ${id} skipped: its circuit ${why}`);
      orphan(raw, `peering(s) whose circuit ${why} were`, id);
      continue;
    }
    if (isTemplateResource(circuit) && !isTemplateResource(raw))
      continue;
    const peering = buildVaried(raw, notices, (r) => peeringFrom(r, circuit.id, circuit.key, circuit.name));
    const existing = circuit.peerings.findIndex((p) => p.key === peering.key);
    if (existing >= 0) {
      const before = circuit.peerings[existing];
      circuit.peerings[existing] = peering;
      if (!isTemplateResource(before) && !isTemplateResource(peering) && !before.variants && !peering.variants) {
        const fields = markDisagreements(peering, before);
        if (fields.length > 0)
          disagreeing.push(`${circuit.name}: ${fields.map((f) => `${peering.name}.${f}`).join(", ")}`);
      }
    } else {
      if (listsOwn(circuit, raw, "peerings"))
        unlisted.note(circuit, `peering ${peering.name}`);
      circuit.peerings.push(peering);
    }
  }
  const authorizationFiles = /* @__PURE__ */ new Map();
  for (const raw of childAuthorizations) {
    const id = str2(raw.row.id);
    const circuit = circuitByKey(id.replace(/\/authorizations\/[^/]+$/i, "").toLowerCase());
    if (!circuit) {
      const why = nameOpen(raw) ? "is not known before deployment" : "is not in the input";
      notices.push(`authorization ${id} skipped: its circuit ${why}`);
      orphan(raw, `authorization(s) whose circuit ${why} were`, id);
      continue;
    }
    if (raw.deployed) {
      circuit.unknown = { ...circuit.unknown ?? {}, authorizations: `\`authorizations\` include one that is deployed only in some cases (${deployedWhy(raw)})` };
      continue;
    }
    const authorization = authorizationOf(str2(raw.row.name) ?? parseArmId(id).name ?? "authorization", obj2(raw.row.properties));
    const same2 = circuit.authorizations.findIndex((a) => a.name.toLowerCase() === authorization.name.toLowerCase());
    if (same2 >= 0) {
      const before = circuit.authorizations[same2];
      circuit.authorizations[same2] = authorization;
      if (!isTemplateResource(circuit) && !isTemplateResource(raw)) {
        const was = before.useStatus;
        if (authorization.connectionKey === void 0 && before.connectionKey !== void 0)
          authorization.connectionKey = before.connectionKey;
        if (authorization.useStatus === void 0)
          authorization.useStatus = was;
        else if (was !== void 0 && was.toLowerCase() !== authorization.useStatus.toLowerCase()) {
          const where = (x) => authorizationFiles.get(x) ?? circuit.source?.file ?? "an input";
          if (!isUnknown(circuit, "authorizations"))
            circuit.unknown = {
              ...circuit.unknown,
              authorizations: `\`authorizations\`: the inputs disagree on authorization ${authorization.name} (authorizationUseStatus ${was} in ${where(before)}, ${authorization.useStatus} in ${raw.source?.file ?? "an input"}), so which is current is not known`
            };
          authorization.useStatus = void 0;
          disagreeing.push(`${circuit.name}: authorization ${authorization.name}.authorizationUseStatus`);
        }
      }
    } else {
      if (listsOwn(circuit, raw, "authorizations"))
        unlisted.note(circuit, `authorization ${authorization.name}`);
      circuit.authorizations.push(authorization);
    }
    if (raw.source?.file !== void 0)
      authorizationFiles.set(authorization, raw.source.file);
  }
  unlisted.notice(notices);
  const globalReachFiles = /* @__PURE__ */ new Map();
  for (const raw of childGlobalReach) {
    const id = str2(raw.row.id);
    const peeringKey = id.replace(/\/connections\/[^/]+$/i, "").toLowerCase();
    const circuit = circuitByKey(circuitIdFromPeeringId(id).toLowerCase());
    const peering = circuit?.peerings.find((p) => p.key === peeringKey);
    if (!peering) {
      const why = nameOpen(raw) ? "is not known before deployment" : "is not in the input";
      notices.push(`Global Reach connection ${id} skipped: its circuit peering ${why}`);
      orphan(raw, `Global Reach connection(s) whose circuit peering ${why} were`, id);
      continue;
    }
    if (raw.deployed || raw.possible) {
      peering.unknown = { ...peering.unknown ?? {}, globalReach: `\`globalReach\`: Global Reach connection ${str2(raw.row.name) ?? id} is declared, but ${deployedWhy(raw)}` };
      continue;
    }
    if (raw.unresolved?.some((u) => covers(u, "properties.peerExpressRouteCircuitPeering.id")))
      peering.unknown = { ...peering.unknown ?? {}, globalReach: `\`globalReach\`: Global Reach connection ${str2(raw.row.name) ?? id} is declared, but the circuit it links to is not known before deployment` };
    const gr = globalReachFrom(raw.row, peering.id, peering.globalReach.length, "connections");
    const same2 = peering.globalReach.findIndex((x) => x.id.toLowerCase() === gr.id.toLowerCase());
    if (same2 >= 0) {
      const before = peering.globalReach[same2];
      peering.globalReach[same2] = gr;
      if (!isTemplateResource(peering) && !isTemplateResource(raw)) {
        const diffs = reconcileGlobalReach(gr, before);
        if (diffs.length > 0) {
          if (!isUnknown(peering, "globalReach"))
            peering.unknown = { ...peering.unknown, globalReach: globalReachDisagreementText("globalReach", gr.name, diffs, raw.source?.file ?? "an input", globalReachFiles.get(before) ?? peering.source?.file ?? "an input", "which is current is not known") };
          disagreeing.push(`${circuit.name}: ${diffs.map((d) => `${peering.name}.connections[${gr.name}].${d.property}`).join(", ")}`);
        }
      }
    } else if (peering.globalReach.length === 0)
      peering.globalReach = [gr];
    else
      peering.globalReach.push(gr);
    if (raw.source?.file !== void 0)
      globalReachFiles.set(gr, raw.source.file);
  }
  for (const raw of childVwanConnections) {
    const id = str2(raw.row.id);
    const gatewayId = id.replace(/\/expressRouteConnections\/[^/]+$/i, "");
    const gw = inv.byKey.get(gatewayId.toLowerCase());
    const c = buildVaried(raw, notices, (r) => vwanConnectionFrom(r, id, gw?.kind === "gateway" ? gw : void 0, gw?.id ?? gatewayId));
    if (add(c))
      inv.connections.push(c);
  }
  for (const raw of childLinks) {
    const id = str2(raw.row.id);
    const port = inv.byKey.get(id.replace(/\/links\/[^/]+$/i, "").toLowerCase());
    if (port?.kind !== "port") {
      notices.push(`ExpressRoute Direct link ${id} skipped: its port is not in the input`);
      orphan(raw, "ExpressRoute Direct link(s) whose port is not in the input were", id);
      continue;
    }
    if (isTemplateResource(port))
      continue;
    const fields = linkRowOf(port, raw);
    if (fields.length > 0)
      disagreeing.push(`${port.name}: ${fields.join(", ")}`);
  }
  for (let i = 0; i < inv.circuits.length; i++) {
    const peerings = inv.circuits[i].peerings;
    for (let j = 0; j < peerings.length; j++) {
      const p = peerings[j];
      if (!inv.byKey.has(p.key))
        inv.byKey.set(p.key, p);
      for (let g = 0; g < p.globalReach.length; g++) {
        const gr = p.globalReach[g];
        if (gr.peerCircuitKey)
          gr.peerCircuitKey = sameKey(inv, gr.peerCircuitKey);
      }
      if (p.globalReachOtherReads !== void 0) {
        for (const list of p.globalReachOtherReads)
          for (const gr of list)
            if (gr.peerCircuitKey)
              gr.peerCircuitKey = sameKey(inv, gr.peerCircuitKey);
      }
    }
  }
  for (const port of inv.ports)
    for (const l of port.links)
      if (!inv.byKey.has(l.key))
        inv.byKey.set(l.key, l);
  for (let i = 0; i < inv.circuits.length; i++)
    if (inv.circuits[i].peerings.length > 1)
      inv.circuits[i].peerings.sort(byNameThenKey);
  for (let i = 0; i < inv.ports.length; i++)
    if (inv.ports[i].links.length > 1)
      inv.ports[i].links.sort(byNameThenKey);
  countDiagnosticSettings(inv, childDiagnostics, notices);
  assignMaintenance(inv, childMaintenance, notices);
  attachGatewaySubnets(inv, childSubnets);
  resolveRelations(inv);
  markMistypedConnections(inv, mistyped, notices);
  markMistypedGateways(inv, mistypedGateways, notices);
  if (opts.unread !== void 0 && opts.unread.length > 0)
    markUnreadConnections(inv, opts.unread);
  if (opts.pagesNotRead !== void 0 && opts.pagesNotRead.length > 0)
    markPagesNotRead(inv, opts.pagesNotRead);
  if (opts.globalReachPagesNotRead !== void 0 && opts.globalReachPagesNotRead.length > 0)
    markGlobalReachPagesNotRead(inv, opts.globalReachPagesNotRead);
  connectionsOnOtherGateways(inv, otherGateways, notices);
  markLinksOfPortsWithoutCircuits(inv);
  collectScopes(inv, subscriptions);
  if (anyTemplate && !anyLive)
    markPartialViews(inv);
  if (duplicates > 0) {
    notices.push(`${duplicates} duplicate resource${duplicates === 1 ? "" : "s"} merged (same id seen more than once)${duplicateNames.length > 0 ? `: ${duplicateNames.join("; ")}; the first declaration is scanned${disagreeing.length > 0 ? ", less the values the declarations disagree on (below)" : ""}` : ""}`);
  }
  if (disagreeing.length > 0)
    notices.push(`${disagreeing.length} resource${disagreeing.length === 1 ? " is" : "s are"} read more than once with different values (${disagreeing.slice(0, 5).join("; ")}${disagreeing.length > 5 ? "; \u2026" : ""}): which value is current is not known, so those fields are unknown and the verdicts that need them undecided`);
  if (unknownTypes > 0)
    notices.push(`${unknownTypes} row${unknownTypes === 1 ? "" : "s"} without an id or of a type erscan does not scan were skipped`);
  if (opts.consume && raws.length >= COLLECT_FROM)
    collectGarbage();
  return { inventory: inv, notices: notices.map(labelStandIns), gaps: orphanGaps(orphans) };
}
var COLLECT_FROM = 5e3;
function deployedWhy(raw) {
  if (raw.deployed && "unknown" in raw.deployed)
    return raw.deployed.unknown;
  const choices = [...raw.deployed && "possible" in raw.deployed ? raw.deployed.possible.choices : [], ...Object.values(raw.possible ?? {}).flatMap((p) => p.choices)];
  const labels = [...new Set(choices.map((c) => c.label))].join(" and ");
  return raw.deployed ? `whether it is deployed depends on ${labels || "the template parameters"}` : `its values depend on ${labels || "the template parameters"}`;
}
function attachedTo(id, extensionType) {
  const i = id.toLowerCase().lastIndexOf(`/providers/${extensionType}/`);
  return i > 0 ? id.slice(0, i).toLowerCase() : void 0;
}
function countDiagnosticSettings(inv, raws, notices) {
  const counts = /* @__PURE__ */ new Map();
  for (const raw of raws) {
    const target = attachedTo(str2(raw.row.id) ?? "", "microsoft.insights/diagnosticsettings");
    const r = target ? inv.byKey.get(target) : void 0;
    if (!r || r.kind !== "circuit" && r.kind !== "port" && r.kind !== "gateway") {
      if (isTemplateResource(raw))
        notices.push(`diagnostic setting ${str2(raw.row.id) ?? ""} skipped: the resource it is attached to is not in the input`);
      continue;
    }
    const c = counts.get(r.key) ?? { certain: 0, maybe: 0 };
    if (raw.deployed || raw.possible) {
      c.maybe++;
      c.why ??= deployedWhy(raw);
    } else
      c.certain++;
    counts.set(r.key, c);
  }
  for (const [key, c] of counts) {
    const r = inv.byKey.get(key);
    r.diagnosticSettingsCount = (r.diagnosticSettingsCount ?? 0) + c.certain;
    if (isTemplateResource(r)) {
      r.partial = {
        ...r.partial ?? {},
        diagnosticSettingsCount: c.maybe > 0 ? `\`diagnosticSettingsCount\` ${c.certain} certain; ${c.maybe} more declared here, but ${c.why}` : `\`diagnosticSettingsCount\` ${PARTIAL.diagnostics}`
      };
    }
  }
}
function connectionsOnOtherGateways(inv, otherGateways, notices) {
  if (otherGateways.size === 0)
    return;
  for (const c of inv.connections) {
    if (c.flavor !== "vnet" || c.gatewayKey === void 0 || inv.byKey.has(c.gatewayKey))
      continue;
    const other = otherGateways.get(c.gatewayKey);
    if (other === void 0)
      continue;
    c.gatewayTypeNamed = other.type;
    notices.push(`ExpressRoute connection ${c.name} names gateway ${other.name}, which the inputs hold as a gateway of type ${other.type}: an ExpressRoute connection needs a gateway of type ExpressRoute (learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm), so no rule on its gateway applies`);
  }
}
function assignMaintenance(inv, raws, notices) {
  const found2 = /* @__PURE__ */ new Map();
  for (const raw of raws) {
    const id = str2(raw.row.id) ?? "";
    const target = attachedTo(id, "microsoft.maintenance/configurationassignments");
    const g = target ? inv.byKey.get(target) : void 0;
    if (!g || g.kind !== "gateway" || !isTemplateResource(g)) {
      notices.push(`maintenance configuration assignment ${id} skipped: the gateway it is assigned to is not declared in the scanned templates`);
      continue;
    }
    const config = str2(rawGet(raw.row, "properties.maintenanceConfigurationId"));
    const open = (p) => p === "properties" || p === "properties.maintenanceConfigurationId";
    const configOpen = (raw.unresolved ?? []).some(open) || Object.keys(raw.possible ?? {}).some(open);
    if (config === void 0 && !configOpen)
      continue;
    const f = found2.get(g.key) ?? { ids: [], maybe: 0 };
    if (config !== void 0 && raw.deployed === void 0 && !configOpen)
      f.ids.push(config);
    else {
      f.maybe++;
      f.why ??= config === void 0 && raw.deployed === void 0 ? `its configuration ${raw.reasons?.["properties.maintenanceConfigurationId"] ?? "is not known before deployment"}` : deployedWhy(raw);
    }
    found2.set(g.key, f);
  }
  for (const [key, f] of found2) {
    const g = inv.byKey.get(key);
    g.maintenanceConfigurationIds = f.ids;
    g.partial = {
      ...g.partial ?? {},
      maintenanceConfigurationIds: f.maybe > 0 ? `\`maintenanceConfigurationIds\` ${f.ids.length} certain; ${f.maybe} more declared here, but ${f.why}` : `\`maintenanceConfigurationIds\` ${PARTIAL.maintenance}`
    };
  }
}
function attachGatewaySubnets(inv, raws) {
  if (raws.length === 0)
    return;
  const byId = /* @__PURE__ */ new Map();
  for (const raw of raws) {
    const id = str2(raw.row.id)?.toLowerCase();
    if (id)
      (byId.get(id) ?? byId.set(id, []).get(id)).push(raw);
  }
  for (const g of inv.gateways) {
    if (g.flavor !== "vnet" || !isTemplateResource(g) || g.gatewaySubnetId === void 0 || g.gatewaySubnetNsgId !== void 0 || isUnknown(g, "gatewaySubnetNsgId"))
      continue;
    const declared = byId.get(g.gatewaySubnetId.toLowerCase());
    if (!declared)
      continue;
    const values = /* @__PURE__ */ new Set();
    let open;
    for (const raw of declared) {
      const nsg = subnetNsgOf(raw);
      if ("open" in nsg)
        open ??= nsg.open;
      else
        values.add(nsg.id);
    }
    if (open === void 0 && values.size > 1)
      open = `its declarations name different network security groups (${[...values].map((v) => v ?? "none").join(", ")}), and which deploys last is not known`;
    if (open !== void 0)
      g.unknown = { ...g.unknown, gatewaySubnetNsgId: `\`gatewaySubnetNsgId\`: the GatewaySubnet ${labelStandIns(g.gatewaySubnetId)}: ${open}` };
    else
      g.gatewaySubnetNsgId = [...values][0];
  }
}
function subnetNsgOf(raw) {
  if (raw.deployed)
    return { open: deployedWhy(raw) };
  const nsgPath = (p) => p === "properties" || p.toLowerCase().startsWith("properties.networksecuritygroup");
  const unresolved = (raw.unresolved ?? []).find(nsgPath);
  if (unresolved !== void 0)
    return { open: raw.reasons?.[unresolved] ?? "is not known before deployment" };
  if (Object.keys(raw.possible ?? {}).some(nsgPath))
    return { open: deployedWhy(raw) };
  const props = raw.row.properties;
  if (!isObj(props))
    return { id: null };
  const nsg = props[Object.keys(props).find((k) => k.toLowerCase() === "networksecuritygroup") ?? ""];
  if (nsg === void 0 || nsg === null)
    return { id: null };
  const id = isObj(nsg) ? nsg[Object.keys(nsg).find((k) => k.toLowerCase() === "id") ?? ""] : void 0;
  return typeof id === "string" && id !== "" ? { id } : { open: "names a network security group without an id" };
}
function markPartialViews(inv) {
  const mark = (r, fields) => {
    if (!isTemplateResource(r))
      return;
    const entries = Object.entries(fields).map(([f, why]) => [f, `\`${f}\` ${why}`]);
    r.partial = { ...Object.fromEntries(entries), ...r.partial ?? {} };
  };
  for (const c of inv.circuits) {
    mark(c, { connectionKeys: PARTIAL.connections, gatewayKeys: PARTIAL.connections, authorizations: PARTIAL.authorizations });
    for (const p of c.peerings)
      mark(p, { globalReach: PARTIAL.globalReach, peeredConnectionCount: PARTIAL.globalReach, peeredConnections: PARTIAL.globalReach });
  }
  for (const g of inv.gateways)
    mark(g, { connectionKeys: PARTIAL.connections, circuitKeys: PARTIAL.connections });
  for (const p of inv.ports)
    mark(p, { circuitKeys: PARTIAL.circuits });
}
function sameKey(inv, key) {
  return filedUnder(inv, key)?.key ?? key;
}
function filedUnder(inv, key) {
  const r = inv.byKey.get(key);
  return r !== void 0 && r.key === key ? r : void 0;
}
var NO_ABSENT = [];
var ALWAYS_SET = /* @__PURE__ */ new Set(["isDirect", "hasIdentity", "usesAuthorization", "peeredConnectionCount", "flavor", "circuitKey", "circuitName", "portKey", "portName"]);
var NOT_COMPARED = /* @__PURE__ */ new Set(["kind", "id", "key", "name", "type", "source", "unknown", "unreadConnections", "globalReachOtherReads", "possible", "variants", "partial", "deployed", "unresolved", "peerings", "links", "connectionKeys", "gatewayKeys", "circuitKeys", "portKey"]);
var NOT_READ_WHEN_ABSENT = /* @__PURE__ */ new Set(["tenantId", "subscriptionId", "resourceGroup", "diagnosticSettingsCount", "metricAlertCount", "maintenanceConfigurationIds", "gatewaySubnetNsgId", "connectionStatus"]);
var TAGS_NOT_PROJECTED = "is not in the input: the Resource Graph query behind";
function tagsNotProjected(file) {
  return `${TAGS_NOT_PROJECTED} ${file} projects no \`tags\` column`;
}
function tagsNotCarried(r) {
  return r.unknown?.tags?.startsWith(`\`tags\` ${TAGS_NOT_PROJECTED} `) === true;
}
var takenFrom = /* @__PURE__ */ new WeakMap();
function sameReadValue(f, x, y) {
  if (f === "location" && typeof x === "string" && typeof y === "string")
    return armRegionName(x) === armRegionName(y);
  return JSON.stringify(x ?? null).toLowerCase() === JSON.stringify(y ?? null).toLowerCase();
}
function declaredAt(r, withLine) {
  const at = r.source?.deployment ?? r.source?.file ?? "input";
  return withLine && r.source?.line !== void 0 ? `${at} line ${r.source.line}` : at;
}
function markDisagreements(kept, other) {
  const out = [];
  const a = kept;
  const b = other;
  const oneDeployment = isTemplateResource(kept) && isTemplateResource(other) && kept.source?.file === other.source?.file && kept.source?.deployment === other.source?.deployment;
  const where = (r, f) => takenFrom.get(r)?.[f] ?? (isTemplateResource(r) ? declaredAt(r, oneDeployment) : void 0) ?? r.source?.file ?? "an input";
  const which = isTemplateResource(kept) ? "which deploys last is not known" : "which is current is not known";
  const show = (f, v) => v === void 0 ? "not given" : f === "authorizations" && kept.kind === "circuit" ? (
    // Each authorization by name and state, as the engineer reads them in the portal (never JSON).
    `[${v.map((x) => `${x.name} ${x.useStatus ?? "(no authorizationUseStatus)"}`).join(", ")}]`
  ) : (f === "globalReach" || f === "peeredConnections") && kept.kind === "peering" ? (
    // Each Global Reach connection by name and the circuit it links to, as the portal shows them (never JSON).
    `[${v.map((x) => `${x.name}${x.peerCircuitKey !== void 0 ? ` to ${globalReachValue("peerCircuitKey", x.peerCircuitId ?? x.peerCircuitKey)}` : ""}`).join(", ")}]`
  ) : JSON.stringify(v);
  for (const f of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (f === "tags" && (tagsNotCarried(kept) || tagsNotCarried(other))) {
      if (tagsNotCarried(kept) && !isUnknown(other, "tags")) {
        a.tags = b.tags;
        forgetUnknown(kept, "tags");
        takenFrom.set(kept, { ...takenFrom.get(kept), tags: where(other, "tags") });
      }
      continue;
    }
    if (f === "globalReach" && kept.kind === "peering" && other.kind === "peering" && !isUnknown(other, f) && !sameConnections(kept.globalReach, other.globalReach))
      (kept.globalReachOtherReads ??= []).push(other.globalReach, ...other.globalReachOtherReads ?? []);
    if (NOT_COMPARED.has(f) || isUnknown(kept, f))
      continue;
    if ((f === "globalReach" || f === "peeredConnections") && kept.kind === "peering" && other.kind === "peering" && !isUnknown(other, f)) {
      const mine = kept[f];
      const theirs = new Map(other[f].map((x) => [x.id.toLowerCase(), x]));
      const property = f === "globalReach" ? "connections" : "peeredConnections";
      for (let i = 0; i < mine.length; i++) {
        const y = theirs.get(mine[i].id.toLowerCase());
        if (y === void 0)
          continue;
        const diffs = reconcileGlobalReach(mine[i], y);
        if (diffs.length === 0)
          continue;
        if (!isUnknown(kept, f))
          kept.unknown = { ...kept.unknown, [f]: globalReachDisagreementText(f, mine[i].name, diffs, where(kept, f), where(other, f), which) };
        for (const d of diffs)
          out.push(`${property}[${mine[i].name}].${d.property}`);
      }
      if (sameConnections(mine, other[f]))
        continue;
    }
    let why;
    if (isUnknown(other, f)) {
      why = `${where(other, f)} also declares it, where it ${reasonText(unknownReason(other, f))}, and ${where(kept, f)} gives ${show(f, a[f])}: ${which}`;
    } else {
      if (NOT_READ_WHEN_ABSENT.has(f) && (a[f] === void 0 || b[f] === void 0)) {
        if (a[f] === void 0 && b[f] !== void 0) {
          a[f] = b[f];
          takenFrom.set(kept, { ...takenFrom.get(kept), [f]: where(other, f) });
        }
        continue;
      }
      if (sameReadValue(f, a[f], b[f]))
        continue;
      why = `the inputs disagree (${show(f, a[f])} in ${where(kept, f)}, ${show(f, b[f])} in ${where(other, f)}), so ${which}`;
    }
    kept.unknown = { ...kept.unknown, [f]: `\`${f}\`: ${why}` };
    if ((a[f] === null || typeof a[f] !== "object") && !ALWAYS_SET.has(f))
      a[f] = void 0;
    out.push(f);
  }
  const children = (r) => r.kind === "circuit" ? r.peerings : r.kind === "port" ? r.links : [];
  const others = new Map(children(other).map((x) => [x.key, x]));
  const list = children(kept);
  for (let i = 0; i < list.length; i++) {
    const x = list[i];
    const y = others.get(x.key);
    if (!y)
      continue;
    if (x.kind === "link" && y.kind === "link" && (linkNotInRow(x) || linkNotInRow(y))) {
      if (linkNotInRow(x) && !linkNotInRow(y))
        list[i] = y;
      continue;
    }
    for (const f of markDisagreements(x, y))
      out.push(`${x.name}.${f}`);
  }
  if (kept.kind === "port" && isUnknown(kept, "links") && !kept.links.some(linkNotInRow) && !isTemplateResource(kept))
    forgetUnknown(kept, "links");
  return out;
}
function sameConnections(mine, theirs) {
  const ids = new Set(theirs.map((x) => x.id.toLowerCase()));
  return mine.length === ids.size && mine.every((x) => ids.has(x.id.toLowerCase()));
}
function linkNotInRow(l) {
  const why = l.unknown?.adminState;
  return why !== void 0 && (why.includes(LINKS_NOT_CARRIED) || why.includes(LINK_NOT_LISTED));
}
function noteUnnamedEnds(conn, circuit, gateway, unnamed) {
  const circuitWhy = unknownReason(conn, "circuitKey");
  if (circuitWhy !== void 0) {
    unnamed ??= conn.name;
    if (gateway?.kind === "gateway" && !isUnknown(gateway, "circuitKeys"))
      gateway.unknown = { ...gateway.unknown, circuitKeys: `\`circuitKeys\`: connection ${conn.name}: ${reasonText(circuitWhy)}` };
  }
  const gatewayWhy = unknownReason(conn, "gatewayKey");
  if (gatewayWhy !== void 0 && circuit?.kind === "circuit" && !isUnknown(circuit, "gatewayKeys"))
    circuit.unknown = { ...circuit.unknown, gatewayKeys: `\`gatewayKeys\`: connection ${conn.name} names no gateway (${reasonText(gatewayWhy)})` };
  return unnamed;
}
function readAt(src) {
  return `${src?.file ?? "(input)"}${src?.line !== void 0 ? `:${src.line}:${src.column ?? 1}` : ""}`;
}
function markMistypedConnections(inv, mistyped, notices) {
  const allowed = CONNECTION_TYPES.join(", ");
  for (const { raw, id, declared } of mistyped) {
    const p = obj2(raw.row.properties);
    const name = labelStandIns(str2(raw.row.name) ?? lastSegment(id) ?? id);
    const named = (ref) => ref === void 0 ? void 0 : inv.byKey.get(ref.toLowerCase());
    const circuit = named(idOf(p.peer));
    const gateway = named(idOf(p.virtualNetworkGateway1));
    const why = `connection ${name} names it, but its connectionType "${declared}" is none of ${allowed}, so whether it is one of its ExpressRoute connections is not known`;
    const ends = [];
    if (circuit?.kind === "circuit") {
      ends.push(`circuit ${circuit.name}`);
      if (!isUnknown(circuit, "connectionKeys"))
        circuit.unknown = { ...circuit.unknown, connectionKeys: `\`connectionKeys\`: ${why}` };
    }
    if (gateway?.kind === "gateway" && gateway.flavor === "vnet") {
      ends.push(`gateway ${gateway.name}`);
      if (!isUnknown(gateway, "connectionKeys"))
        gateway.unknown = { ...gateway.unknown, connectionKeys: `\`connectionKeys\`: ${why}` };
    }
    const where = readAt(raw.source);
    notices.push(`${where}: connection ${name} (${id}) is not scanned: its \`properties.connectionType\` is "${declared}", which is none of the connection types Azure allows (${allowed}), so it is not known to be an ExpressRoute connection or a VPN one${ends.length > 0 ? `; what ${ends.join(" and ")} carry is undecided` : ""}`);
  }
}
function markMistypedGateways(inv, mistyped, notices) {
  const allowed = GATEWAY_TYPES.join(", ");
  for (const { raw, id, declared } of mistyped) {
    const name = labelStandIns(str2(raw.row.name) ?? lastSegment(id) ?? id);
    const key = id.toLowerCase();
    const through = `${name}, whose gatewayType "${declared}" is none of ${allowed}`;
    const connections = [];
    const circuits = [];
    for (const c of inv.connections) {
      if (c.flavor !== "vnet" || c.gatewayKey !== key)
        continue;
      connections.push(c.name);
      if (!isUnknown(c, "gatewayTypeNamed"))
        c.unknown = { ...c.unknown, gatewayTypeNamed: `\`gatewayTypeNamed\`: gateway ${name} could not be read as an ExpressRoute gateway (its gatewayType "${declared}" is none of ${allowed})` };
      const circuit = c.circuitKey === void 0 ? void 0 : inv.byKey.get(c.circuitKey);
      if (circuit?.kind !== "circuit")
        continue;
      if (!circuits.includes(circuit.name))
        circuits.push(circuit.name);
      const why = `${throughMistypedGateway(c.name)}${through}, so whether it is one of its ExpressRoute connections is not known`;
      if (!isUnknown(circuit, "connectionKeys"))
        circuit.unknown = { ...circuit.unknown, connectionKeys: `\`connectionKeys\`: ${why}` };
      if (!isUnknown(circuit, "gatewayKeys"))
        circuit.unknown = { ...circuit.unknown, gatewayKeys: `\`gatewayKeys\`: ${why}` };
      delete circuit.openGatewayRegions;
    }
    const where = readAt(raw.source);
    const ends = [connections.length > 0 && `connection ${connections.join(", ")}`, circuits.length > 0 && `circuit ${circuits.join(", ")}`].filter((x) => typeof x === "string");
    notices.push(`${where}: gateway ${name} (${id}) is not scanned: its \`properties.gatewayType\` is "${declared}", which is none of the gateway types Azure allows (${allowed}), so it is not known to be an ExpressRoute gateway or a VPN one${ends.length > 0 ? `; what ${ends.join(" and ")} carry through it is undecided` : ""}`);
  }
}
function markLinksOfPortsWithoutCircuits(inv) {
  for (let i = 0; i < inv.ports.length; i++) {
    const p = inv.ports[i];
    if (p.circuitKeys.length > 0 || isTemplateResource(p) || p.unknown?.deployed !== void 0 || isUnknown(p, "circuitKeys"))
      continue;
    for (let j = 0; j < p.links.length; j++)
      p.links[j].portWithoutCircuits = true;
  }
}
function listsOwn(circuit, raw, field) {
  return !isTemplateResource(circuit) && !isTemplateResource(raw) && !isUnknown(circuit, field) && !isPartial(circuit, field);
}
var UnlistedChildren = class {
  byCircuit = /* @__PURE__ */ new Map();
  note(circuit, what) {
    const list = this.byCircuit.get(circuit);
    if (list)
      list.push(what);
    else
      this.byCircuit.set(circuit, [what]);
  }
  notice(notices) {
    if (this.byCircuit.size === 0)
      return;
    const shown2 = [...this.byCircuit].slice(0, 5).map(([c, what]) => `${c.name}: ${what.join(", ")}`);
    const n = this.byCircuit.size;
    notices.push(`${n} circuit row${n === 1 ? " does" : "s do"} not list peerings or authorizations that the inputs hold as rows of their own (${shown2.join("; ")}${n > 5 ? "; \u2026" : ""}), though Azure lists every one of a circuit in its \`properties.peerings\` and \`properties.authorizations\`: those rows are resources Azure reports, so they are scanned as the circuit's; the circuit row and those rows were read at different times, or the circuit row's lists were cut (check the export)`);
  }
};
function mayBePrivatePeering(p) {
  return p.peeringType === void 0 || p.peeringType.toLowerCase() === "azureprivatepeering" || isUnknown(p, "peeringType");
}
function mayBeLinked(c) {
  if (isUnknown(c, "peerings") || isPartial(c, "peerings"))
    return true;
  for (let i = 0; i < c.peerings.length; i++)
    if (mayBePrivatePeering(c.peerings[i]))
      return true;
  return false;
}
function markPeeringListsConnectionsContradict(inv) {
  for (let i = 0; i < inv.circuits.length; i++) {
    const c = inv.circuits[i];
    if (isTemplateResource(c))
      continue;
    const redeemed = c.connectionKeys.length === 0 && !isUnknown(c, "authorizations") ? c.authorizations.find((a) => a.useStatus?.toLowerCase() === "inuse") : void 0;
    if (c.connectionKeys.length === 0 && redeemed === void 0 || mayBeLinked(c))
      continue;
    const conn = c.connectionKeys.length > 0 ? inv.byKey.get(c.connectionKeys[0]) : void 0;
    const user = redeemed !== void 0 ? `its authorization ${redeemed.name} is redeemed (InUse) by a connection` : `connection ${conn?.name ?? c.connectionKeys[0]} links it to a gateway`;
    const listed = c.peerings.length === 0 ? "peering (`properties.peerings` is empty)" : `Azure private peering (only ${c.peerings.map((p) => p.name).join(", ")})`;
    c.peeringsContradictConnections = true;
    c.partial = {
      ...c.partial,
      peerings: `\`peerings\`: the circuit row lists no ${listed}, yet ${user}, which needs the circuit's Azure private peering (expressroute-howto-linkvnet-arm): the row contradicts the connections (read at another time?), so its peerings are not known in full`
    };
  }
}
function markUnreadConnections(inv, unread) {
  const open = (r, fields, u, what) => openConnectionFields(r, fields, `${u.label} could not be read (a coverage gap), and ${what}, so its connections are not known in full`);
  const anyCircuit = [];
  const anyGateway = [];
  for (const u of unread) {
    if (u.circuitKey === null)
      anyCircuit.push(u);
    else {
      const c = lookup(inv, u.circuitKey, "circuit");
      if (c && !isTemplateResource(c)) {
        open(c, ["connectionKeys", "gatewayKeys"], u, "it names this circuit");
        (c.unreadConnections ??= []).push(u.label);
      }
    }
    if (u.gatewayKey === null)
      anyGateway.push(u);
    else {
      const g = lookup(inv, u.gatewayKey, "gateway");
      if (g && !isTemplateResource(g)) {
        open(g, ["connectionKeys", "circuitKeys"], u, "it names this gateway");
        (g.unreadConnections ??= []).push(u.label);
      }
    }
  }
  const shared = (list) => list.map((u) => u.label);
  const withShared = (r, names) => {
    r.unreadConnections = r.unreadConnections === void 0 ? names : [...r.unreadConnections, ...names];
  };
  if (anyCircuit.length > 0) {
    const names = shared(anyCircuit);
    for (const c of inv.circuits)
      if (!isTemplateResource(c) && mayBeLinked(c)) {
        open(c, ["connectionKeys", "gatewayKeys"], anyCircuit[0], "the circuit it names cannot be read: it may be this one");
        withShared(c, names);
      }
  }
  for (const flavor of ["vnet", "vwan"]) {
    const list = anyGateway.filter((u) => u.flavor === flavor);
    if (list.length === 0)
      continue;
    const names = shared(list);
    for (const g of inv.gateways)
      if (g.flavor === flavor && !isTemplateResource(g)) {
        open(g, ["connectionKeys", "circuitKeys"], list[0], "the gateway it names cannot be read: it may be this one");
        withShared(g, names);
      }
  }
}
function markPagesNotRead(inv, files) {
  const why = `${files[0]}${files.length > 1 ? ` (and ${files.length - 1} more file${files.length === 2 ? "" : "s"} like it)` : ""}: the pages not read may hold its connections, so they are not known in full`;
  for (const c of inv.circuits)
    if (!isTemplateResource(c) && mayBeLinked(c))
      openConnectionFields(c, ["connectionKeys", "gatewayKeys"], why);
  for (const g of inv.gateways)
    if (!isTemplateResource(g))
      openConnectionFields(g, ["connectionKeys", "circuitKeys"], why);
}
function markGlobalReachPagesNotRead(inv, pages) {
  for (const { peeringKey, why } of pages) {
    const circuit = lookup(inv, circuitIdFromPeeringId(peeringKey).toLowerCase(), "circuit");
    const peering = circuit?.peerings.find((p) => p.key === peeringKey);
    if (peering === void 0 || isTemplateResource(peering) || isUnknown(peering, "globalReach"))
      continue;
    peering.unknown = { ...peering.unknown, globalReach: `\`globalReach\`: ${why}` };
  }
}
function openConnectionFields(r, fields, why) {
  for (const f of fields)
    if (!isUnknown(r, f))
      r.unknown = { ...r.unknown, [f]: `\`${f}\`: ${why}` };
  if (r.kind === "circuit" && r.openGatewayRegions !== void 0 && fields.includes("gatewayKeys"))
    delete r.openGatewayRegions;
}
function resolveRelations(inv) {
  let unnamed;
  for (let i = 0; i < inv.connections.length; i++) {
    const conn = inv.connections[i];
    const circuit = conn.circuitKey ? filedUnder(inv, conn.circuitKey) : void 0;
    if (circuit) {
      conn.circuitKey = circuit.key;
      if (conn.circuitId === circuit.id)
        conn.circuitId = circuit.id;
    }
    const gateway = conn.gatewayKey ? filedUnder(inv, conn.gatewayKey) : void 0;
    if (gateway)
      conn.gatewayKey = gateway.key;
    linkConnection(conn, circuit, gateway);
    if (conn.unknown !== void 0 && !isTemplateResource(conn))
      unnamed = noteUnnamedEnds(conn, circuit, gateway, unnamed);
  }
  markPeeringListsConnectionsContradict(inv);
  let open = unnamed !== void 0 ? `connection ${unnamed} names no circuit, and may be this one's` : void 0;
  let regions = [];
  const regionOf = (g) => {
    const at = g?.kind === "gateway" && !isUnknown(g, "location") ? g.location : void 0;
    if (at === void 0 || regions === void 0)
      regions = void 0;
    else if (!regions.includes(at))
      regions.push(at);
  };
  if (unnamed !== void 0)
    for (let i = 0; i < inv.connections.length; i++) {
      const conn = inv.connections[i];
      if (!isTemplateResource(conn) && isUnknown(conn, "circuitKey"))
        regionOf(conn.gatewayKey === void 0 ? void 0 : lookup(inv, conn.gatewayKey, "gateway"));
    }
  for (let i = 0; i < inv.gateways.length; i++) {
    const g = inv.gateways[i];
    if (g.flavor !== "vwan" || isTemplateResource(g) || !isUnknown(g, "connectionKeys"))
      continue;
    open ??= `vWAN gateway ${g.name} does not list its connections, and one may be this circuit's`;
    regionOf(g);
  }
  if (open !== void 0)
    for (let i = 0; i < inv.circuits.length; i++) {
      const c = inv.circuits[i];
      if (isTemplateResource(c) || !mayBeLinked(c))
        continue;
      const bounded = regions !== void 0 && !isUnknown(c, "gatewayKeys");
      openConnectionFields(c, ["connectionKeys", "gatewayKeys"], open);
      if (bounded)
        c.openGatewayRegions = regions;
    }
  const noGateway = liveConnectionsWithoutGateway(inv.connections)[0]?.name;
  if (noGateway !== void 0)
    for (let i = 0; i < inv.gateways.length; i++) {
      const g = inv.gateways[i];
      if (g.flavor === "vnet" && g.connectionKeys.length === 0 && !isTemplateResource(g) && !isUnknown(g, "connectionKeys"))
        g.unknown = { ...g.unknown, connectionKeys: `\`connectionKeys\`: connection ${noGateway} names no gateway, and may be this one's` };
    }
  for (let i = 0; i < inv.circuits.length; i++) {
    const c = inv.circuits[i];
    const port = c.portKey ? filedUnder(inv, c.portKey) : void 0;
    if (port)
      c.portKey = port.key;
    linkToPort(c, port);
  }
  const trimmed = (list) => list.length > 2 ? exactLength(list) : list;
  for (let i = 0; i < inv.circuits.length; i++) {
    const c = inv.circuits[i];
    c.connectionKeys = trimmed(c.connectionKeys);
    c.gatewayKeys = trimmed(c.gatewayKeys);
  }
  for (let i = 0; i < inv.gateways.length; i++) {
    const g = inv.gateways[i];
    g.connectionKeys = trimmed(g.connectionKeys);
    g.circuitKeys = trimmed(g.circuitKeys);
  }
  for (const port of inv.ports) {
    for (let i = 0; i < port.circuitKeys.length; i++)
      port.circuitKeys[i] = sameKey(inv, port.circuitKeys[i]);
    for (const k of port.circuitKeys) {
      const c = inv.byKey.get(k);
      if (c?.kind === "circuit" && !c.portKey) {
        c.portKey = port.key;
        c.isDirect = true;
      }
      if (c?.kind === "circuit" && !c.peeringLocation) {
        if (port.peeringLocation)
          c.peeringLocation = port.peeringLocation;
        else if (isUnknown(port, "peeringLocation") && !isUnknown(c, "peeringLocation"))
          c.unknown = { ...c.unknown, peeringLocation: `\`peeringLocation\`: that of its ExpressRoute Direct port ${port.name}: ${reasonText(unknownReason(port, "peeringLocation"))}` };
      }
    }
  }
}
function collectScopes(inv, subscriptions) {
  const subs = /* @__PURE__ */ new Map();
  for (const s of subscriptions)
    subs.set(s.subscriptionId.toLowerCase(), { ...s });
  const tenants = /* @__PURE__ */ new Set();
  const resources = [...inv.circuits, ...inv.ports, ...inv.gateways, ...inv.connections];
  const lowered = /* @__PURE__ */ new Map();
  const lowerId = (id) => {
    let k = lowered.get(id);
    if (k === void 0)
      lowered.set(id, k = id.toLowerCase());
    return k;
  };
  let lastId;
  let lastSub;
  const subscriptionOf2 = (id) => {
    if (id !== lastId) {
      lastId = id;
      lastSub = subs.get(lowerId(id));
    }
    return lastSub;
  };
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i];
    if (r.subscriptionId && !(r.subscriptionId.charCodeAt(0) === 123 && /^\{.*\}$/.test(r.subscriptionId)) && !r.subscriptionId.startsWith("unresolved:")) {
      const s = subscriptionOf2(r.subscriptionId);
      if (!s)
        subs.set(lowerId(r.subscriptionId), lastSub = { subscriptionId: r.subscriptionId, tenantId: r.tenantId });
      else if (!s.tenantId && r.tenantId)
        s.tenantId = r.tenantId;
    }
  }
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i];
    if (r.subscriptionId) {
      const s = subscriptionOf2(r.subscriptionId);
      if (!r.tenantId && s?.tenantId)
        r.tenantId = s.tenantId;
      if (s !== void 0 && s.subscriptionId === r.subscriptionId)
        r.subscriptionId = s.subscriptionId;
      if (s !== void 0 && s.tenantId !== void 0 && s.tenantId === r.tenantId)
        r.tenantId = s.tenantId;
    }
    if (r.kind === "circuit")
      for (let j = 0; j < r.peerings.length; j++)
        r.peerings[j].tenantId ??= r.tenantId;
    if (r.kind === "port")
      for (const l of r.links)
        l.tenantId ??= r.tenantId;
  }
  for (const s of subs.values())
    if (s.tenantId)
      tenants.add(s.tenantId.toLowerCase());
  inv.subscriptions = [...subs.values()].sort((a, b) => compareText(a.subscriptionId, b.subscriptionId));
  inv.tenants = [...tenants].sort().map((tenantId) => ({ tenantId }));
  const byId = (a, b) => a.key < b.key ? -1 : a.key === b.key ? 0 : 1;
  inv.circuits.sort(byId);
  inv.ports.sort(byId);
  inv.gateways.sort(byId);
  inv.connections.sort(byId);
}

// dist/sources/types.js
function emptyOutput() {
  return { raws: [], subscriptions: [], gaps: [], notices: [] };
}
function mergeOutputs(outputs) {
  const out = emptyOutput();
  for (const o of outputs) {
    for (const r of o.raws)
      out.raws.push(r);
    out.subscriptions.push(...o.subscriptions);
    out.gaps.push(...o.gaps);
    out.notices.push(...o.notices);
    if (o.metrics)
      out.metrics = { ...out.metrics ?? {}, ...o.metrics };
    if (o.unread && o.unread.length > 0)
      (out.unread ??= []).push(...o.unread);
    if (o.pagesNotRead && o.pagesNotRead.length > 0)
      (out.pagesNotRead ??= []).push(...o.pagesNotRead);
    if (o.globalReachPagesNotRead && o.globalReachPagesNotRead.length > 0)
      (out.globalReachPagesNotRead ??= []).push(...o.globalReachPagesNotRead);
  }
  return out;
}
var LEFT_OUT_MARK = "not deployed with the values scanned";
var declaresLeftOut = (notices) => notices.some((n) => n.includes(LEFT_OUT_MARK));

// dist/sources/template/index.js
import { basename as basename2, dirname as dirname2, resolve as resolve3 } from "node:path";

// dist/sources/template/ids.js
var PLACEHOLDER_SUBSCRIPTION = "{subscription}";
var PLACEHOLDER_RESOURCE_GROUP = "{resourceGroup}";
function labelPlaceholders(name) {
  if (!name.includes("{"))
    return name;
  return name.replace(/\{resourceGroup(?::[^}]*)?\}/g, "\u2039resourceGroup().name\u203A").replace(/\{subscription\}/g, "\u2039subscription().subscriptionId\u203A");
}
function isFullType(s) {
  return /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+\/[A-Za-z0-9]/.test(s);
}
function providerPath(type, names) {
  const segs = type.replace(/\/+$/, "").split("/");
  const types = segs.slice(1);
  if (types.length !== names.length)
    return { error: `expects ${types.length} name segment(s) for type ${type}, found ${names.length}` };
  let out = `/providers/${segs[0]}`;
  types.forEach((t, i) => out += `/${t}/${names[i]}`);
  return out;
}
function resourceGroupResourceId(scope, type, name) {
  const names = name.split("/");
  const p = providerPath(type, names);
  const path = typeof p === "string" ? p : `/providers/${type}/${name}`;
  return `/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroup}${path}`;
}
function resourceIdFor(fn, args, scope) {
  if (fn === "extensionresourceid") {
    const [base2, type, ...names] = args;
    if (base2 === void 0 || type === void 0)
      return { error: "needs a resource id, a type and names" };
    const p2 = providerPath(type, names);
    return typeof p2 === "string" ? `${base2.replace(/\/$/, "")}${p2}` : p2;
  }
  const typeAt = args.findIndex(isFullType);
  if (typeAt < 0)
    return { error: "needs a resource type such as Microsoft.Network/expressRouteCircuits" };
  const before = args.slice(0, typeAt);
  const p = providerPath(args[typeAt], args.slice(typeAt + 1));
  if (typeof p !== "string")
    return p;
  if (fn === "tenantresourceid")
    return p;
  if (fn === "subscriptionresourceid") {
    if (before.length > 1)
      return { error: "takes at most a subscription id before the type" };
    return `/subscriptions/${before[0] ?? scope.subscriptionId}${p}`;
  }
  if (before.length > 2)
    return { error: "takes at most a subscription id and a resource group name before the type" };
  const sub = before.length === 2 ? before[0] : scope.subscriptionId;
  const rg = before.length >= 1 ? before[before.length - 1] : scope.resourceGroup;
  return `/subscriptions/${sub}/resourceGroups/${rg}${p}`;
}

// dist/sources/template/location.js
function positionOf(parsed, path) {
  if (!parsed.tree)
    return void 0;
  const node = findNodeAtLocation(parsed.tree, path) ?? findIgnoringCase(parsed.tree, path);
  if (!node)
    return void 0;
  const at = node.parent?.type === "property" ? node.parent : node;
  return parsed.lines.position(at.offset);
}
function findIgnoringCase(tree, path) {
  let node = tree;
  for (const seg of path) {
    if (!node?.children)
      return void 0;
    if (typeof seg === "number") {
      node = node.type === "array" ? node.children[seg] : void 0;
    } else {
      if (node.type !== "object")
        return void 0;
      const lower3 = seg.toLowerCase();
      const prop = node.children.find((p) => typeof p.children?.[0]?.value === "string" && p.children[0].value.toLowerCase() === lower3);
      node = prop?.children?.[1];
    }
  }
  return node;
}

// dist/sources/template/arm/expression.js
var ExpressionSyntaxError = class extends Error {
};
var MAX_EXPRESSION_LENGTH = 24576;
var MAX_DEPTH = 128;
function isExpression(s) {
  return s.length >= 2 && s.startsWith("[") && !s.startsWith("[[") && s.endsWith("]");
}
function unescapeLiteral(s) {
  return s.startsWith("[[") ? s.slice(1) : s;
}
function parseExpression(source) {
  if (source.length > MAX_EXPRESSION_LENGTH)
    throw new ExpressionSyntaxError(`expression longer than ${MAX_EXPRESSION_LENGTH} characters`);
  const text = isExpression(source) ? source.slice(1, -1) : source;
  let pos = 0;
  const fail = (what) => {
    throw new ExpressionSyntaxError(`${what} at character ${pos + 1} of the expression`);
  };
  const skipWs = () => {
    while (pos < text.length && /\s/.test(text[pos]))
      pos++;
  };
  const peek = () => {
    skipWs();
    return text[pos];
  };
  const expect = (c) => {
    if (peek() !== c)
      fail(`expected "${c}"`);
    pos++;
  };
  const ident = () => {
    skipWs();
    const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(pos));
    if (!m)
      return fail("expected a name");
    pos += m[0].length;
    return m[0];
  };
  const primary = (depth) => {
    const c = peek();
    if (c === "'") {
      pos++;
      let out = "";
      for (; ; ) {
        if (pos >= text.length)
          fail("unterminated string");
        const ch = text[pos++];
        if (ch === "'") {
          if (text[pos] === "'") {
            out += "'";
            pos++;
          } else
            break;
        } else
          out += ch;
      }
      return { kind: "literal", value: out };
    }
    if (c !== void 0 && /[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(text.slice(pos));
      if (!m)
        return fail("expected a number");
      pos += m[0].length;
      return { kind: "literal", value: Number(m[0]) };
    }
    let name = ident();
    if (text[pos] === "." && /^\.[A-Za-z_$][A-Za-z0-9_$]*\s*\(/.test(text.slice(pos))) {
      pos++;
      name = `${name}.${ident()}`;
    }
    if (peek() !== "(") {
      const lower3 = name.toLowerCase();
      if (lower3 === "true" || lower3 === "false")
        return { kind: "literal", value: lower3 === "true" };
      if (lower3 === "null")
        return { kind: "literal", value: null };
      return fail(`expected "(" after ${name}`);
    }
    pos++;
    const args = [];
    if (peek() !== ")") {
      for (; ; ) {
        args.push(expr(depth + 1));
        if (peek() === ",") {
          pos++;
          continue;
        }
        break;
      }
    }
    expect(")");
    return { kind: "call", name, args };
  };
  const expr = (depth) => {
    if (depth > MAX_DEPTH)
      fail(`expression nested more than ${MAX_DEPTH} levels`);
    let e = primary(depth);
    for (; ; ) {
      const c = peek();
      if (c === ".") {
        pos++;
        e = { kind: "member", target: e, property: ident() };
      } else if (c === "[") {
        pos++;
        const index = expr(depth + 1);
        expect("]");
        e = { kind: "index", target: e, index };
      } else
        return e;
    }
  };
  const result = expr(0);
  skipWs();
  if (pos < text.length)
    fail(`unexpected "${text[pos]}"`);
  return result;
}

// dist/sources/template/arm/dependencies.js
var lower2 = (s) => s?.toLowerCase();
function typedPath(entry) {
  const segs = entry.split("/");
  if (segs.length < 3 || segs.length % 2 === 0 || !/^[a-z0-9]+(\.[a-z0-9]+)+$/i.test(segs[0]))
    return void 0;
  const types = segs.slice(1).filter((_, i) => i % 2 === 0);
  const names = segs.slice(1).filter((_, i) => i % 2 === 1);
  return { type: [segs[0], ...types].join("/").toLowerCase(), name: names.join("/").toLowerCase() };
}
function resolve(entry, from, nodes) {
  const e = entry.toLowerCase();
  const bySymbol = nodes.filter((n) => n.symbol !== void 0 && lower2(n.symbol) === e);
  if (bySymbol.length > 0)
    return bySymbol;
  const byLoop = nodes.filter((n) => n.loop !== void 0 && lower2(n.loop) === e);
  if (byLoop.length > 0)
    return byLoop.some((n) => n.at === from.at) ? void 0 : byLoop;
  let matches;
  if (e.startsWith("/"))
    matches = nodes.filter((n) => n.ids.includes(e));
  else {
    const typed = typedPath(e);
    matches = typed ? nodes.filter((n) => n.type.toLowerCase() === typed.type && lower2(n.name) === typed.name) : nodes.filter((n) => lower2(n.name) === e || lower2(n.declaredName) === e);
  }
  if (new Set(matches.map((n) => n.at)).size > 1)
    return void 0;
  return matches;
}
function labelOf(n) {
  return `${n.at} (${n.type} ${n.name ?? "whose name is not known"})`;
}
function findDependencyCycle(nodes) {
  const graphs = /* @__PURE__ */ new Map();
  for (const n of nodes) {
    const members = graphs.get(n.graph);
    if (members)
      members.push(n);
    else
      graphs.set(n.graph, [n]);
  }
  for (const members of graphs.values()) {
    const edges = /* @__PURE__ */ new Map();
    for (const n of members) {
      const out = /* @__PURE__ */ new Set();
      if (!n.maybe) {
        for (const entry of n.dependsOn) {
          if (entry === void 0)
            continue;
          for (const m of resolve(entry, n, members) ?? [])
            if (!m.maybe)
              out.add(m);
        }
      }
      edges.set(n, out);
    }
    const state = /* @__PURE__ */ new Map();
    const path = [];
    const visit = (n) => {
      state.set(n, "open");
      path.push(n);
      for (const m of edges.get(n)) {
        if (state.get(m) === "open")
          return [...path.slice(path.indexOf(m)), m];
        if (state.get(m) === void 0) {
          const found2 = visit(m);
          if (found2)
            return found2;
        }
      }
      path.pop();
      state.set(n, "done");
      return void 0;
    };
    for (const n of members) {
      if (state.get(n) !== void 0)
        continue;
      const found2 = visit(n);
      if (found2)
        return found2;
    }
  }
  return void 0;
}
function describeCycle(cycle) {
  return cycle.map(labelOf).join(" \u2192 ");
}
function findDuplicateDeclaration(nodes) {
  const seen = /* @__PURE__ */ new Map();
  for (const n of nodes) {
    if (n.maybe || n.target === void 0)
      continue;
    const key = `${n.deployment ?? 0}|${n.target}`;
    const first = seen.get(key);
    if (first)
      return [first, n];
    seen.set(key, n);
  }
  return void 0;
}

// dist/sources/template/arm/params.js
import { basename } from "node:path";
function resolve2(def, definitions, depth = 0) {
  if (!isObj(def))
    return {};
  const ref = typeof def.$ref === "string" ? /^#\/definitions\/(.+)$/.exec(def.$ref)?.[1] : void 0;
  if (ref === void 0 || depth > 32)
    return def;
  const key = findKey(definitions, ref);
  const { $ref: _ignored, ...own } = def;
  return { ...resolve2(key === void 0 ? void 0 : definitions[key], definitions, depth + 1), ...own };
}
function found(v, secure) {
  if (typeof v === "string")
    return secure ? "a string" : describeValue(v).startsWith('"') ? `the string ${describeValue(v)}` : describeValue(v);
  if (secure && (typeof v === "number" || typeof v === "boolean"))
    return `a ${typeof v}`;
  return describeValue(v).replace(/^(number|boolean) /, (m) => m === "number " ? "the number " : "");
}
var TYPE_WORDS = {
  string: ["a string", (v) => typeof v === "string"],
  securestring: ["a string", (v) => typeof v === "string"],
  int: ["an integer", (v) => typeof v === "number" && Number.isInteger(v)],
  bool: ["true or false", (v) => typeof v === "boolean"],
  object: ["an object", isObj],
  secureobject: ["an object", isObj],
  array: ["an array", Array.isArray]
};
var same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
var shown = (values) => values.map((x) => typeof x === "string" ? JSON.stringify(x) : String(x)).join(", ");
function check(value, typeDef, definitions, path, secure, out) {
  const t = resolve2(typeDef, definitions);
  if (value === null || value === void 0)
    return;
  const type = typeof t.type === "string" ? t.type.toLowerCase() : "";
  secure ||= type.startsWith("secure");
  const typed = TYPE_WORDS[type];
  if (typed && !typed[1](value)) {
    out.push({ path, expected: `${typed[0]} (type ${String(t.type)})`, found: found(value, secure) });
    return;
  }
  const allowed = t.allowedValues;
  if (Array.isArray(allowed) && allowed.length > 0 && !Array.isArray(value) && !isObj(value) && !allowed.some((a) => same(a, value))) {
    const twin = typeof value === "string" ? allowed.find((a) => typeof a === "string" && a.toLowerCase() === value.toLowerCase()) : void 0;
    out.push({
      path,
      expected: secure ? "one of the allowed values" : `one of the allowed values (${shown(allowed)})`,
      found: found(value, secure),
      twin: twin === void 0 ? void 0 : secure ? "one of the allowed values" : `its allowed value ${JSON.stringify(twin)}`
    });
  }
  if (typeof value === "number") {
    if (typeof t.minValue === "number" && value < t.minValue)
      out.push({ path, expected: `at least ${t.minValue} (minValue)`, found: found(value, secure) });
    if (typeof t.maxValue === "number" && value > t.maxValue)
      out.push({ path, expected: `at most ${t.maxValue} (maxValue)`, found: found(value, secure) });
  }
  if (typeof value === "string" || Array.isArray(value)) {
    const unit = typeof value === "string" ? "characters" : "items";
    const has = `${secure && typeof value === "string" ? "a string" : found(value, secure)}${Array.isArray(value) ? "" : ` (${value.length} character${value.length === 1 ? "" : "s"})`}`;
    if (typeof t.minLength === "number" && value.length < t.minLength)
      out.push({ path, expected: `at least ${t.minLength} ${unit} (minLength)`, found: has });
    if (typeof t.maxLength === "number" && value.length > t.maxLength)
      out.push({ path, expected: `at most ${t.maxLength} ${unit} (maxLength)`, found: has });
  }
  if (isObj(value)) {
    let shape = t;
    const disc = t.discriminator;
    if (isObj(disc) && typeof disc.propertyName === "string" && isObj(disc.mapping)) {
      const k = findKey(value, disc.propertyName);
      const tag = k === void 0 ? void 0 : value[k];
      const mk = typeof tag === "string" ? findKey(disc.mapping, tag) : void 0;
      if (mk === void 0) {
        out.push({ path: [...path, disc.propertyName], expected: `one of ${shown(Object.keys(disc.mapping))}`, found: k === void 0 ? "nothing" : found(tag, secure) });
        return;
      }
      shape = { ...t, ...resolve2(disc.mapping[mk], definitions) };
    }
    const props = isObj(shape.properties) ? shape.properties : {};
    for (const [name, def] of Object.entries(props)) {
      const k = findKey(value, name);
      if (k === void 0) {
        if (resolve2(def, definitions).nullable !== true)
          out.push({ path: [...path, name], expected: "a value (the property is required by its type)", found: "nothing" });
      } else
        check(value[k], def, definitions, [...path, k], secure, out);
    }
    const extra = Object.keys(value).filter((k) => findKey(props, k) === void 0 && !(isObj(disc) && typeof disc.propertyName === "string" && k.toLowerCase() === disc.propertyName.toLowerCase()));
    if (shape.additionalProperties === false) {
      for (const k of extra)
        out.push({ path: [...path, k], expected: `no property beyond ${shown(Object.keys(props)) || "none"} (additionalProperties: false)`, found: found(value[k], secure) });
    } else if (isObj(shape.additionalProperties)) {
      for (const k of extra)
        check(value[k], shape.additionalProperties, definitions, [...path, k], secure, out);
    }
  }
  if (Array.isArray(value)) {
    const prefix = Array.isArray(t.prefixItems) ? t.prefixItems : [];
    prefix.forEach((def, i) => {
      if (i < value.length)
        check(value[i], def, definitions, [...path, i], secure, out);
    });
    if (prefix.length > 0 && value.length < prefix.length)
      out.push({ path, expected: `${prefix.length} items (prefixItems)`, found: `${value.length}` });
    if (t.items === false && value.length > prefix.length)
      out.push({ path, expected: `at most ${prefix.length} items (items: false)`, found: `${value.length}` });
    else if (isObj(t.items))
      for (let i = prefix.length; i < value.length; i++)
        check(value[i], t.items, definitions, [...path, i], secure, out);
  }
}
function hasExpression(v) {
  if (typeof v === "string")
    return v.startsWith("[");
  if (Array.isArray(v))
    return v.some(hasExpression);
  if (isObj(v))
    return Object.values(v).some(hasExpression);
  return false;
}
function checkParameters(templateFile, template, parameterFile, parameterDoc, nested) {
  const res = { errors: [], notices: [] };
  if (!isObj(template))
    return res;
  let decls;
  let definitions;
  try {
    const doc = withArmKeys(templateFile, template, TEMPLATE_KEYS, []);
    const raw = isObj(doc.parameters) ? doc.parameters : {};
    decls = Object.fromEntries(Object.entries(raw).map(([k, d]) => [k, isObj(d) ? withArmKeys(templateFile, d, PARAMETER_KEYS, ["parameters", k]) : d]));
    definitions = isObj(doc.definitions) ? doc.definitions : {};
  } catch (e) {
    if (e instanceof InputError)
      return res;
    throw e;
  }
  const given = parameterFile !== void 0 && isObj(parameterDoc) && isObj(parameterDoc.parameters) ? parameterDoc.parameters : {};
  const tname = nested ? `the template of the nested deployment at ${jsonPath(nested.at)}` : basename(templateFile);
  const where = (path) => jsonPath(nested ? [...nested.at, "properties", ...path] : path);
  for (const [name, entry] of Object.entries(given)) {
    const key = findKey(decls, name);
    if (key === void 0) {
      const names = Object.keys(decls);
      const list = names.length === 0 ? "none" : names.length <= 8 ? names.join(", ") : `${names.slice(0, 8).join(", ")}, \u2026`;
      res.errors.push(new InputError(parameterFile, where(["parameters", name]), `only parameters that ${tname} declares (${list}): ARM refuses a parameter file that names others`, `"${name}", which it does not declare`));
      continue;
    }
    if (!isObj(entry) || !("value" in entry))
      continue;
    const problems = [];
    check(entry.value, decls[key], definitions, ["parameters", name, "value"], false, problems);
    for (const p of problems) {
      if (p.twin !== void 0) {
        res.notices.push(`${parameterFile}: parameter ${key} (${where(p.path)}) is ${p.found}, which matches ${p.twin} only if letter case is ignored; Microsoft Learn does not say whether ARM's allowed-values check ignores case, so ARM may refuse this deployment. It is scanned with the value as given`);
      } else
        res.errors.push(new InputError(parameterFile, where(p.path), `${p.expected} for parameter ${key} of ${tname} (ARM refuses the deployment otherwise)`, p.found));
    }
  }
  if (nested)
    return res;
  for (const [key, decl] of Object.entries(decls)) {
    if (findKey(given, key) !== void 0 || !isObj(decl) || !("defaultValue" in decl) || hasExpression(decl.defaultValue))
      continue;
    const problems = [];
    check(decl.defaultValue, decl, definitions, ["parameters", key, "defaultValue"], false, problems);
    for (const p of problems) {
      res.notices.push(`${templateFile}: parameter ${key}'s default at ${jsonPath(p.path)} is ${p.found}; its declaration expects ${p.expected}. Microsoft Learn does not say whether ARM checks a default against its parameter's constraints, so ARM may refuse this deployment${parameterFile ? ` (with ${parameterFile})` : ""}; it is scanned with the default as written`);
    }
  }
  return res;
}

// dist/sources/template/arm/evaluate.js
var Unknown = class {
  reason;
  parameter;
  symbol;
  secure;
  givenNull;
  optional;
  constructor(reason, parameter, symbol, secure, givenNull, optional) {
    this.reason = reason;
    this.parameter = parameter;
    this.symbol = symbol;
    this.secure = secure;
    this.givenNull = givenNull;
    this.optional = optional;
  }
  /** What a field that holds this value "is": `comes from parameter \`x\`, which has no value here`. */
  get because() {
    if (this.secure && this.parameter !== void 0 && this.reason.includes("Key Vault reference"))
      return `comes from parameter \`${this.parameter}\`, given by a Key Vault reference whose value erscan never reads`;
    if (this.secure && this.parameter !== void 0)
      return `comes from secure parameter \`${this.parameter}\`, whose value erscan never reads`;
    if (this.givenNull && this.parameter !== void 0)
      return `comes from parameter \`${this.parameter}\`, which is given null here but is not nullable (Microsoft Learn does not say what ARM deploys then)`;
    if (this.optional && this.parameter !== void 0)
      return `comes from parameter \`${this.parameter}\`, which has no value here (it is supplied at deployment; null if omitted)`;
    return this.parameter !== void 0 ? `comes from parameter \`${this.parameter}\`, which has no value here` : `is not known before deployment (${this.reason})`;
  }
};
var Possible = class {
  cases;
  choices;
  constructor(cases, choices) {
    this.cases = cases;
    this.choices = choices;
  }
};
var MAX_CASES = 64;
var isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Possible);
function containsUnknown(v) {
  if (v instanceof Unknown)
    return true;
  if (v instanceof Possible)
    return v.cases.some((c) => containsUnknown(c.value));
  if (Array.isArray(v))
    return v.some(containsUnknown);
  if (isObj2(v))
    return Object.values(v).some(containsUnknown);
  return false;
}
function containsPossible(v) {
  if (v instanceof Possible)
    return true;
  if (Array.isArray(v))
    return v.some(containsPossible);
  if (isObj2(v))
    return Object.values(v).some(containsPossible);
  return false;
}
function mergeWhen(a, b) {
  let out;
  for (const [k, v] of Object.entries(b)) {
    if (Object.prototype.hasOwnProperty.call(a, k)) {
      if (!deepEqual(a[k], v))
        return void 0;
    } else
      (out ??= { ...a })[k] = v;
  }
  return out ?? a;
}
function possibleOf(cases, choices) {
  const kept = [];
  for (const c of cases)
    if (!kept.some((k) => deepEqual(k.value, c.value) && deepEqual(k.when, c.when)))
      kept.push(c);
  if (kept.length === 0)
    return new Unknown("no combination of the possible values applies");
  if (kept.every((c) => deepEqual(c.value, kept[0].value)))
    return kept[0].value;
  const used = new Set(kept.flatMap((c) => Object.keys(c.when)));
  const byKey = /* @__PURE__ */ new Map();
  for (const ch of choices)
    if (used.has(ch.key) && !byKey.has(ch.key))
      byKey.set(ch.key, ch);
  return new Possible(kept, [...byKey.values()]);
}
var choiceLabels = (choices) => [...new Set([...choices].map((c) => c.label))].join(", ");
function lift(args, f) {
  if (!args.some((a) => a instanceof Possible))
    return f(args);
  let combos = [{ when: {}, vals: args.slice() }];
  const choices = /* @__PURE__ */ new Map();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!(a instanceof Possible))
      continue;
    for (const c of a.choices)
      choices.set(c.key, c);
    const next = [];
    for (const combo of combos) {
      for (const pc of a.cases) {
        const when = mergeWhen(combo.when, pc.when);
        if (!when)
          continue;
        const vals = combo.vals.slice();
        vals[i] = pc.value;
        next.push({ when, vals });
      }
    }
    combos = next;
    if (combos.length > MAX_CASES)
      return new Unknown(`depends on more than ${MAX_CASES} combinations of ${choiceLabels(choices.values())}`);
  }
  const out = [];
  for (const c of combos) {
    const v = f(c.vals);
    if (v instanceof Unknown)
      return v;
    if (v instanceof Possible) {
      for (const ch of v.choices)
        choices.set(ch.key, ch);
      for (const pc of v.cases) {
        const when = mergeWhen(c.when, pc.when);
        if (when)
          out.push({ when, value: pc.value });
      }
    } else
      out.push({ when: c.when, value: v });
    if (out.length > MAX_CASES)
      return new Unknown(`depends on more than ${MAX_CASES} combinations of ${choiceLabels(choices.values())}`);
  }
  return possibleOf(out, choices.values());
}
function hoist(v) {
  if (v === null || typeof v !== "object" || v instanceof Unknown || v instanceof Possible || !containsPossible(v))
    return v;
  if (Array.isArray(v))
    return lift(v.map(hoist), (vals) => vals);
  const keys = Object.keys(v);
  return lift(keys.map((k) => hoist(v[k])), (vals) => Object.fromEntries(keys.map((k, i) => [k, vals[i]])));
}
var TemplateError = class extends Error {
};
function lambdaOf(e) {
  if (!e || e.kind !== "call" || e.name.toLowerCase() !== "lambda" || e.args.length < 2)
    return void 0;
  const params = e.args.slice(0, -1).map((a) => a.kind === "literal" && typeof a.value === "string" ? a.value : void 0);
  if (params.some((x) => x === void 0))
    return void 0;
  return { params, body: e.args[e.args.length - 1] };
}
function applyLambda(lambda, args, ctx) {
  const inner = Object.create(ctx);
  inner.lambdaVars = new Map(ctx.lambdaVars ?? []);
  lambda.params.forEach((name, i) => inner.lambdaVars.set(name.toLowerCase(), args[i] ?? null));
  return evaluate(lambda.body, inner);
}
var MAX_LAMBDA_ITEMS = 800;
function lambdaCall(name, rawName, argExprs, ctx) {
  const lambdas = argExprs.map(lambdaOf);
  const data = argExprs.map((a, i) => lambdas[i] ? null : evaluate(a, ctx));
  const fn = lambdas.find(Boolean);
  if (!fn)
    throw new TemplateError(`${rawName}() with a lambda argument`);
  const first = data[0];
  if (first instanceof Unknown)
    return plain(first);
  return lift([first], ([subject]) => {
    if (name === "mapvalues") {
      if (!isObj2(subject))
        return new Unknown("mapValues() of a value that is not an object");
      return Object.fromEntries(Object.entries(subject).map(([k, v]) => [k, applyLambda(fn, [v], ctx)]));
    }
    if (!Array.isArray(subject))
      return new Unknown(`${rawName}() of a value that is not an array`);
    if (subject.length > MAX_LAMBDA_ITEMS)
      return new Unknown(`${rawName}() of more than ${MAX_LAMBDA_ITEMS} items`);
    switch (name) {
      case "map":
        return subject.map((x, i) => applyLambda(fn, [x, i], ctx));
      case "filter": {
        const out = [];
        for (let i = 0; i < subject.length; i++) {
          const keep = applyLambda(fn, [subject[i], i], ctx);
          if (typeof keep !== "boolean")
            return keep instanceof Unknown ? keep : new Unknown("filter() with a condition that is not known");
          if (keep)
            out.push(subject[i]);
        }
        return out;
      }
      case "reduce": {
        let acc = data[1] ?? null;
        if (acc instanceof Unknown)
          return acc;
        for (let i = 0; i < subject.length; i++) {
          acc = applyLambda(fn, [acc, subject[i], i], ctx);
          if (acc instanceof Unknown || acc instanceof Possible)
            return acc instanceof Unknown ? acc : new Unknown("reduce() over values with several possibilities");
        }
        return acc;
      }
      case "toobject": {
        const valueFn = lambdas[2];
        const out = {};
        for (const x of subject) {
          const k = applyLambda(fn, [x], ctx);
          if (typeof k !== "string")
            return k instanceof Unknown ? k : new Unknown("toObject() with a key that is not a known string");
          out[k] = valueFn ? applyLambda(valueFn, [x], ctx) : x;
        }
        return out;
      }
    }
    return new Unknown(`function ${rawName}() is not evaluated by erscan`);
  });
}
var LAMBDA_FUNCTIONS = /* @__PURE__ */ new Set(["map", "filter", "reduce", "toobject", "mapvalues"]);
function deepEqual(a, b) {
  if (a === b)
    return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj2(a) && isObj2(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
function getMember(target, key) {
  if (target instanceof Unknown)
    return target;
  if (isObj2(target)) {
    const found2 = findKey(target, key);
    return found2 !== void 0 ? target[found2] : new Unknown(`property "${key}" is not defined`);
  }
  return new Unknown(`property "${key}" read from a value that is not an object`);
}
function getIndex(target, index) {
  if (target instanceof Unknown)
    return target;
  if (index instanceof Unknown)
    return index;
  if (Array.isArray(target) && typeof index === "number") {
    return index >= 0 && index < target.length ? target[index] : new Unknown(`index ${index} is outside the array`);
  }
  if (typeof index === "string")
    return getMember(target, index);
  return new Unknown("index of a value that is not an array or object");
}
var firstUnknown = (args) => args.find((a) => a instanceof Unknown);
var plain = (u) => u.symbol === void 0 ? u : new Unknown(u.reason, u.parameter, void 0, u.secure, u.givenNull, u.optional);
var plainIfUnknown = (v) => v instanceof Unknown ? plain(v) : v;
var SYMBOLIC = /* @__PURE__ */ new Set(["format", "concat", "resourceid", "subscriptionresourceid", "tenantresourceid", "extensionresourceid", "string", "tolower", "toupper", "trim"]);
function formatString(fmt, args) {
  let out = "";
  const re = /\{(\d+)(?::([A-Za-z])(\d*))?\}|\{\{|\}\}/g;
  let last = 0;
  for (let m = re.exec(fmt); m; m = re.exec(fmt)) {
    out += fmt.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === "{{") {
      out += "{";
      continue;
    }
    if (m[0] === "}}") {
      out += "}";
      continue;
    }
    const v = args[Number(m[1])];
    if (v === void 0)
      return new Unknown(`format() has no argument ${m[1]}`);
    if (v instanceof Unknown)
      return v;
    const spec = m[2]?.toUpperCase();
    if (!spec)
      out += toText(v);
    else if (spec === "D" && typeof v === "number")
      out += String(Math.trunc(v)).padStart(Number(m[3] || 0), "0");
    else if (spec === "N" && typeof v === "number")
      out += v.toFixed(Number(m[3] || 0));
    else
      return new Unknown(`format specifier ${m[2]}${m[3]} is not evaluated by erscan`);
  }
  return out + fmt.slice(last);
}
function tryGetPath(cur, keys) {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (cur === null)
      return null;
    if (cur instanceof Unknown)
      return cur;
    if (cur instanceof Possible)
      return lift([cur], ([c]) => tryGetPath(c, keys.slice(i)));
    if (isObj2(cur) && typeof k === "string") {
      const found2 = Object.keys(cur).find((x) => x.toLowerCase() === k.toLowerCase());
      cur = found2 === void 0 ? null : cur[found2];
    } else if (Array.isArray(cur) && typeof k === "number")
      cur = k >= 0 && k < cur.length ? cur[k] : null;
    else
      return new Unknown("tryGet() of unexpected values");
  }
  return cur;
}
function toText(v) {
  if (typeof v === "string")
    return v;
  if (v === null)
    return "";
  if (typeof v === "object")
    return JSON.stringify(v);
  return String(v);
}
var DEPLOYMENT_TIME = /* @__PURE__ */ new Set(["reference", "uniquestring", "guid", "newguid", "utcnow", "deployment", "environment", "pickzones", "managementgroup", "tenant", "listkeys", "listsecrets", "listaccountsas", "listservicesas", "subscriptionresourceidfromdeployment"]);
var DETERMINISTIC = /* @__PURE__ */ new Set(["uniquestring", "guid"]);
function deterministic(rawName, argExprs, ctx) {
  const reason = `${rawName}() is evaluated only at deployment time`;
  const args = argExprs.map((a) => evaluate(a, ctx));
  if (!ctx.choiceKey || !args.every((a) => typeof a === "string" || a instanceof Unknown && a.symbol !== void 0))
    return new Unknown(reason);
  const text = args.map((a) => typeof a === "string" ? a : a.symbol).join("|");
  return new Unknown(reason, void 0, standInFor(ctx.choiceKey(`${rawName.toLowerCase()}(${text})`), `${rawName}()`));
}
function deploymentNameOf(ctx) {
  if (ctx.deploymentName !== void 0)
    return ctx.deploymentName;
  if (!ctx.choiceKey)
    return void 0;
  return new Unknown("deployment() is evaluated only at deployment time", void 0, standInFor(ctx.choiceKey("deployment().name"), "deployment().name"));
}
function userFunctionCall(rawName, argExprs, ctx) {
  if (ctx.inUserFunction !== void 0)
    return new Unknown(`user-defined function ${ctx.inUserFunction}() calls ${rawName}(): a user-defined function calling another is not evaluated by erscan`);
  if (!ctx.userFunction)
    return new Unknown(`user-defined function ${rawName}() is not evaluated here`);
  const fn = ctx.userFunction(rawName);
  if (fn === void 0)
    throw new TemplateError(`a user-defined function ${rawName}() declared in the template's functions`);
  if (argExprs.length !== fn.parameters.length)
    throw new TemplateError(`${rawName}() called with ${fn.parameters.length} argument${fn.parameters.length === 1 ? "" : "s"}, as it declares (found ${argExprs.length})`);
  const args = argExprs.map((a) => evaluate(a, ctx));
  const bound = new Map(fn.parameters.map((p, i) => [p.toLowerCase(), args[i]]));
  const notAllowed = (what) => new Unknown(`user-defined function ${rawName}() uses ${what}, which ARM does not allow in one`);
  const callKey = `${rawName.toLowerCase()}(${JSON.stringify(args.map((a) => a instanceof Unknown ? a.symbol ?? a.reason : a instanceof Possible ? a.choices.map((c) => c.key) : a))})`;
  const inner = {
    scope: ctx.scope,
    parameter: (n) => {
      if (!bound.has(n.toLowerCase()))
        throw new TemplateError(`a parameter named "${n}" declared in the parameters of user-defined function ${rawName}() (a function reads only its own parameters)`);
      return bound.get(n.toLowerCase());
    },
    variable: () => notAllowed("variables()"),
    copyIndex: () => notAllowed("copyIndex()"),
    choiceKey: ctx.choiceKey && ((local) => ctx.choiceKey(local.startsWith("if(") ? `${callKey}#${local}` : local)),
    deploymentName: deploymentNameOf(ctx),
    inUserFunction: rawName
  };
  return evaluateDeclared(fn.output, inner);
}
function evaluateDeclared(raw, ctx) {
  if (typeof raw === "string")
    return isExpression(raw) ? evaluateString(raw, ctx) : unescapeLiteral(raw);
  if (Array.isArray(raw))
    return raw.map((x) => evaluateDeclared(x, ctx));
  if (isObj2(raw))
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, evaluateDeclared(v, ctx)]));
  return raw === void 0 ? null : raw;
}
function standInFor(choiceKey, label) {
  return standInOf(choiceKey, label);
}
function evaluateString(source, ctx) {
  let expr;
  try {
    expr = parseExpression(source);
  } catch (e) {
    throw new TemplateError(`a valid template expression (${e.message})`);
  }
  return evaluate(expr, ctx);
}
function evaluate(e, ctx) {
  switch (e.kind) {
    case "literal":
      return e.value;
    case "member":
      return lift([plainIfUnknown(evaluate(e.target, ctx))], ([t]) => getMember(t, e.property));
    case "index":
      return lift([plainIfUnknown(evaluate(e.target, ctx)), plainIfUnknown(evaluate(e.index, ctx))], ([t, i]) => getIndex(t, i));
    case "call":
      return call(e.name, e.args, ctx);
  }
}
var DEEP = /* @__PURE__ */ new Set(["equals", "contains", "union", "intersection", "string", "join", "min", "max"]);
var STRUCTURAL = /* @__PURE__ */ new Set(["createobject", "createarray"]);
function ifOverPossible(cond, branch) {
  const taken = /* @__PURE__ */ new Map();
  return lift([cond], ([c]) => {
    if (typeof c !== "boolean")
      return new Unknown("if() condition is not a boolean");
    if (!taken.has(c))
      taken.set(c, branch(c));
    return taken.get(c);
  });
}
function call(rawName, argExprs, ctx) {
  const name = rawName.toLowerCase();
  if (name === "if") {
    if (argExprs.length !== 3)
      throw new TemplateError("if() with three arguments");
    const cond = evaluate(argExprs[0], ctx);
    if (typeof cond === "boolean")
      return evaluate(argExprs[cond ? 1 : 2], ctx);
    if (cond instanceof Possible)
      return ifOverPossible(cond, (which) => evaluate(argExprs[which ? 1 : 2], ctx));
    const a = evaluate(argExprs[1], ctx);
    const b = evaluate(argExprs[2], ctx);
    if (!containsUnknown(a) && !containsPossible(a) && deepEqual(a, b))
      return a;
    if (!(cond instanceof Unknown))
      return new Unknown("if() condition is not a boolean");
    if (containsUnknown(a) || containsUnknown(b))
      return cond;
    const local = `if(${JSON.stringify(argExprs[0])})`;
    const choice = { key: ctx.choiceKey ? ctx.choiceKey(local) : local, label: `the condition of an if() (${cond.reason})`, values: [true, false] };
    return lift([new Possible([{ when: { [choice.key]: true }, value: true }, { when: { [choice.key]: false }, value: false }], [choice])], ([c]) => c ? a : b);
  }
  if (name === "and" || name === "or") {
    let unknown2;
    const open = [];
    for (const a of argExprs) {
      const v = evaluate(a, ctx);
      if (v instanceof Unknown)
        unknown2 ??= v;
      else if (v instanceof Possible)
        open.push(v);
      else if (typeof v !== "boolean")
        return new Unknown(`${rawName}() of a value that is not a boolean`);
      else if (name === "and" && !v)
        return false;
      else if (name === "or" && v)
        return true;
    }
    if (open.length === 0)
      return unknown2 ?? name === "and";
    return lift(open, (vals) => {
      if (vals.some((x) => typeof x !== "boolean"))
        return new Unknown(`${rawName}() of a value that is not a boolean`);
      if (vals.some((x) => x === (name === "or")))
        return name === "or";
      return unknown2 ?? name === "and";
    });
  }
  if (name === "coalesce") {
    const from = (i) => {
      if (i >= argExprs.length)
        return null;
      return lift([evaluate(argExprs[i], ctx)], ([v]) => v instanceof Unknown || v !== null ? v : from(i + 1));
    };
    return from(0);
  }
  if (DETERMINISTIC.has(name))
    return deterministic(rawName, argExprs, ctx);
  if (name === "reference" && ctx.deploymentOutputs && (argExprs.length === 1 || argExprs.length === 2)) {
    const target = evaluate(argExprs[0], ctx);
    const text = typeof target === "string" ? target : target instanceof Unknown ? target.symbol : void 0;
    const outputs = text !== void 0 ? ctx.deploymentOutputs(text) : void 0;
    if (outputs !== void 0)
      return outputs;
  }
  if (name === "deployment" && argExprs.length === 0 && ctx.choiceKey) {
    const reason = "deployment() is evaluated only at deployment time";
    return { name: deploymentNameOf(ctx) ?? new Unknown(reason), location: new Unknown(reason), properties: new Unknown(reason) };
  }
  if (DEPLOYMENT_TIME.has(name) || name.startsWith("list"))
    return new Unknown(`${rawName}() is evaluated only at deployment time`);
  if (name.includes("."))
    return userFunctionCall(rawName, argExprs, ctx);
  if (LAMBDA_FUNCTIONS.has(name))
    return lambdaCall(name, rawName, argExprs, ctx);
  if (name === "lambdavariables") {
    const v = argExprs.length === 1 ? evaluate(argExprs[0], ctx) : void 0;
    if (typeof v !== "string")
      throw new TemplateError("lambdaVariables('name') with a string name");
    const bound = ctx.lambdaVars?.get(v.toLowerCase());
    if (bound === void 0)
      throw new TemplateError(`lambdaVariables('${v}') inside a lambda that declares ${v}`);
    return bound;
  }
  const evaluated = argExprs.map((a) => evaluate(a, ctx));
  if (STRUCTURAL.has(name))
    return apply(name, rawName, evaluated.map(plainIfUnknown), ctx);
  const unknown = firstUnknown(evaluated);
  if (unknown) {
    if (SYMBOLIC.has(name) && !evaluated.some((a) => a instanceof Possible) && evaluated.every((a) => !(a instanceof Unknown) || a.symbol !== void 0)) {
      const text = apply(name, rawName, evaluated.map((a) => a instanceof Unknown ? a.symbol : a), ctx);
      if (typeof text === "string")
        return new Unknown(unknown.reason, unknown.parameter, text, unknown.secure, unknown.givenNull, unknown.optional);
    }
    return plain(unknown);
  }
  const args = DEEP.has(name) ? evaluated.map(hoist) : evaluated;
  return lift(args, (vals) => apply(name, rawName, vals, ctx));
}
function apply(name, rawName, args, ctx) {
  const str3 = (i) => typeof args[i] === "string" ? args[i] : void 0;
  if (name === "createarray")
    return args;
  if (name === "createobject") {
    if (args.length % 2 !== 0)
      throw new TemplateError("createObject() with key/value pairs");
    const out = {};
    for (let i = 0; i < args.length; i += 2) {
      const k = args[i];
      if (k instanceof Unknown)
        return k;
      if (typeof k !== "string")
        return new Unknown("createObject() with a key that is not a string");
      out[k] = args[i + 1];
    }
    return out;
  }
  const unknown = firstUnknown(args);
  switch (name) {
    case "parameters": {
      if (unknown)
        return unknown;
      const n = str3(0);
      if (n === void 0)
        throw new TemplateError("parameters('name') with a string name");
      return ctx.parameter(n);
    }
    case "variables": {
      if (unknown)
        return unknown;
      const n = str3(0);
      if (n === void 0)
        throw new TemplateError("variables('name') with a string name");
      return ctx.variable(n);
    }
    case "copyindex": {
      if (unknown)
        return unknown;
      let loop;
      let offset = 0;
      for (const a of args) {
        if (typeof a === "string")
          loop = a;
        else if (typeof a === "number")
          offset = a;
      }
      const i = ctx.copyIndex(loop);
      return typeof i === "number" ? i + offset : i;
    }
    case "resourcegroup":
      return {
        id: `/subscriptions/${ctx.scope.subscriptionId}/resourceGroups/${ctx.scope.resourceGroup}`,
        name: ctx.scope.resourceGroup,
        type: "Microsoft.Resources/resourceGroups",
        location: new Unknown("resourceGroup().location is known only at deployment time"),
        tags: new Unknown("resourceGroup().tags are known only at deployment time")
      };
    case "subscription":
      return {
        id: `/subscriptions/${ctx.scope.subscriptionId}`,
        subscriptionId: ctx.scope.subscriptionId,
        tenantId: new Unknown("subscription().tenantId is known only at deployment time"),
        displayName: new Unknown("subscription().displayName is known only at deployment time")
      };
    case "null":
      return null;
    case "true":
      return true;
    case "false":
      return false;
  }
  if (unknown)
    return unknown;
  switch (name) {
    case "resourceid":
    case "subscriptionresourceid":
    case "tenantresourceid":
    case "extensionresourceid": {
      if (!args.every((a) => typeof a === "string"))
        return new Unknown(`${rawName}() of a value that is not a string`);
      const r = resourceIdFor(name, args, ctx.scope);
      if (typeof r !== "string")
        throw new TemplateError(`${rawName}() ${r.error}`);
      return r;
    }
    case "concat": {
      if (args.length > 0 && args.every((a) => Array.isArray(a) || a === null))
        return args.flatMap((a) => a === null ? [] : a);
      if (args.some((a) => isObj2(a) || Array.isArray(a)))
        return new Unknown("concat() of mixed arrays and strings");
      return args.map(toText).join("");
    }
    case "format": {
      const f = str3(0);
      if (args.slice(1).some((a) => typeof a === "object" && a !== null && containsPossible(a)))
        return new Unknown("format() of a value with several possible values");
      return f === void 0 ? new Unknown("format() without a format string") : formatString(f, args.slice(1));
    }
    case "string":
      return toText(args[0]);
    case "int": {
      const v = args[0];
      if (typeof v === "number")
        return Math.trunc(v);
      if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v))
        return Number(v);
      return new Unknown("int() of a value that is not a number");
    }
    case "bool": {
      const v = args[0];
      if (typeof v === "boolean")
        return v;
      if (typeof v === "string" && /^(true|false)$/i.test(v))
        return v.toLowerCase() === "true";
      if (typeof v === "number")
        return v !== 0;
      return new Unknown("bool() of a value that is not a boolean");
    }
    case "json": {
      const s = str3(0);
      if (s === void 0)
        return new Unknown("json() of a value that is not a string");
      try {
        return JSON.parse(s);
      } catch {
        return new Unknown("json() of text that is not JSON");
      }
    }
    case "tolower":
      return str3(0)?.toLowerCase() ?? new Unknown("toLower() of a value that is not a string");
    case "toupper":
      return str3(0)?.toUpperCase() ?? new Unknown("toUpper() of a value that is not a string");
    case "trim":
      return str3(0)?.trim() ?? new Unknown("trim() of a value that is not a string");
    case "replace": {
      const [s, a, b] = [str3(0), str3(1), str3(2)];
      return s !== void 0 && a !== void 0 && b !== void 0 ? s.split(a).join(b) : new Unknown("replace() of values that are not strings");
    }
    case "substring": {
      const s = str3(0);
      const start = typeof args[1] === "number" ? args[1] : 0;
      const len = typeof args[2] === "number" ? args[2] : void 0;
      return s === void 0 ? new Unknown("substring() of a value that is not a string") : s.substr(start, len ?? s.length - start);
    }
    case "padleft": {
      const s = typeof args[0] === "number" ? String(args[0]) : str3(0);
      const width = args[1];
      const pad = str3(2) ?? " ";
      return s !== void 0 && typeof width === "number" ? s.padStart(width, pad) : new Unknown("padLeft() of unexpected values");
    }
    case "startswith":
    case "endswith": {
      const [s, p] = [str3(0), str3(1)];
      if (s === void 0 || p === void 0)
        return new Unknown(`${rawName}() of values that are not strings`);
      return name === "startswith" ? s.toLowerCase().startsWith(p.toLowerCase()) : s.toLowerCase().endsWith(p.toLowerCase());
    }
    case "indexof":
    case "lastindexof": {
      const [s, p] = [str3(0), str3(1)];
      if (s === void 0 || p === void 0)
        return new Unknown(`${rawName}() of values that are not strings`);
      return name === "indexof" ? s.toLowerCase().indexOf(p.toLowerCase()) : s.toLowerCase().lastIndexOf(p.toLowerCase());
    }
    case "split": {
      const s = str3(0);
      const d = args[1];
      if (s === void 0)
        return new Unknown("split() of a value that is not a string");
      const delims = Array.isArray(d) ? d.filter((x) => typeof x === "string") : typeof d === "string" ? [d] : [];
      if (delims.length === 0)
        return [s];
      return s.split(new RegExp(delims.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")));
    }
    case "join": {
      const a = args[0];
      const d = str3(1) ?? "";
      return Array.isArray(a) && a.every((x) => !(x instanceof Unknown)) ? a.map(toText).join(d) : new Unknown("join() of a value that is not a known array");
    }
    case "equals":
      return containsUnknown(args[0]) || containsUnknown(args[1]) ? new Unknown("equals() of a value that is not known") : deepEqual(args[0], args[1]);
    case "not":
      return typeof args[0] === "boolean" ? !args[0] : new Unknown("not() of a value that is not a boolean");
    case "empty": {
      const v = args[0];
      if (v === null || v === "")
        return true;
      if (Array.isArray(v))
        return v.length === 0;
      if (isObj2(v))
        return Object.keys(v).length === 0;
      return false;
    }
    case "length": {
      const v = args[0];
      if (typeof v === "string" || Array.isArray(v))
        return v.length;
      if (isObj2(v))
        return Object.keys(v).length;
      return new Unknown("length() of a value that has no length");
    }
    case "contains": {
      const [c, item] = args;
      if (typeof c === "string" && (typeof item === "string" || typeof item === "number"))
        return c.includes(String(item));
      if (Array.isArray(c))
        return containsUnknown(c) ? new Unknown("contains() of an array with unknown members") : c.some((x) => deepEqual(x, item));
      if (isObj2(c) && typeof item === "string")
        return Object.keys(c).some((k) => k.toLowerCase() === item.toLowerCase());
      return new Unknown("contains() of unexpected values");
    }
    case "array":
      return Array.isArray(args[0]) ? args[0] : args;
    case "union": {
      if (args.every(isObj2))
        return Object.assign({}, ...args);
      if (args.every(Array.isArray)) {
        const out = [];
        for (const a of args)
          for (const x of a)
            if (!out.some((y) => deepEqual(x, y)))
              out.push(x);
        return out;
      }
      return new Unknown("union() of mixed values");
    }
    case "tryget":
      return tryGetPath(args[0], args.slice(1));
    case "first":
    case "last": {
      const v = args[0];
      if (typeof v === "string")
        return name === "first" ? v.slice(0, 1) : v.slice(-1);
      if (Array.isArray(v))
        return v.length === 0 ? null : v[name === "first" ? 0 : v.length - 1];
      return new Unknown(`${rawName}() of a value that is not an array or string`);
    }
    case "take":
    case "skip": {
      const [v, n] = args;
      if (typeof n !== "number" || !(typeof v === "string" || Array.isArray(v)))
        return new Unknown(`${rawName}() of unexpected values`);
      return name === "take" ? v.slice(0, Math.max(0, n)) : v.slice(Math.max(0, n));
    }
    case "range": {
      const [s, n] = args;
      if (typeof s !== "number" || typeof n !== "number" || n < 0 || n > 1e4)
        return new Unknown("range() of unexpected values");
      return Array.from({ length: n }, (_, i) => s + i);
    }
    case "items": {
      const v = args[0];
      if (!isObj2(v))
        return new Unknown("items() of a value that is not an object");
      return Object.keys(v).sort((a, b) => compareText(a, b)).map((key) => ({ key, value: v[key] }));
    }
    case "objectkeys": {
      const v = args[0];
      return isObj2(v) ? Object.keys(v) : new Unknown("objectKeys() of a value that is not an object");
    }
    case "min":
    case "max": {
      const nums = args.flatMap((a) => Array.isArray(a) ? a : [a]);
      if (!nums.every((x) => typeof x === "number") || nums.length === 0)
        return new Unknown(`${rawName}() of values that are not numbers`);
      return name === "min" ? Math.min(...nums) : Math.max(...nums);
    }
    case "add":
    case "sub":
    case "mul":
    case "div":
    case "mod": {
      const [a, b] = args;
      if (typeof a !== "number" || typeof b !== "number")
        return new Unknown(`${rawName}() of values that are not numbers`);
      if ((name === "div" || name === "mod") && b === 0)
        return new Unknown(`${rawName}() by zero`);
      return name === "add" ? a + b : name === "sub" ? a - b : name === "mul" ? a * b : name === "div" ? Math.trunc(a / b) : a % b;
    }
    case "greater":
    case "greaterorequals":
    case "less":
    case "lessorequals": {
      const [a, b] = args;
      if (!(typeof a === "number" && typeof b === "number" || typeof a === "string" && typeof b === "string"))
        return new Unknown(`${rawName}() of values that cannot be compared`);
      const c = typeof a === "number" ? a - b : compareText(a, b);
      return name === "greater" ? c > 0 : name === "greaterorequals" ? c >= 0 : name === "less" ? c < 0 : c <= 0;
    }
  }
  return new Unknown(`function ${rawName}() is not evaluated by erscan`);
}

// dist/sources/template/arm/template.js
var ER_TYPES = /* @__PURE__ */ new Set([
  "microsoft.network/expressroutecircuits",
  "microsoft.network/expressroutecircuits/peerings",
  "microsoft.network/expressroutecircuits/authorizations",
  "microsoft.network/expressrouteports",
  "microsoft.network/virtualnetworkgateways",
  "microsoft.network/connections",
  "microsoft.network/expressroutegateways",
  "microsoft.network/expressroutegateways/expressrouteconnections",
  // Global Reach declared as a child resource of a circuit's peering
  "microsoft.network/expressroutecircuits/peerings/connections"
]);
var VIRTUAL_NETWORK = "microsoft.network/virtualnetworks";
var SUBNET = "microsoft.network/virtualnetworks/subnets";
var SUBNET_TYPE = "Microsoft.Network/virtualNetworks/subnets";
var isGatewaySubnetName = (name) => name.split("/").pop().toLowerCase() === "gatewaysubnet";
var DIAGNOSTIC_SETTINGS = "microsoft.insights/diagnosticsettings";
var isProviderDiagnosticSettings = (lowerType) => lowerType.endsWith("/providers/diagnosticsettings");
var MAINTENANCE_ASSIGNMENTS = "microsoft.maintenance/configurationassignments";
var isProviderMaintenanceAssignment = (lowerType) => lowerType.endsWith("/providers/configurationassignments");
var EXTENSION_TYPES = {
  [DIAGNOSTIC_SETTINGS]: "Microsoft.Insights/diagnosticSettings",
  [MAINTENANCE_ASSIGNMENTS]: "Microsoft.Maintenance/configurationAssignments"
};
var ROW_KEYS = ["location", "sku", "kind", "zones", "tags", "identity", "extendedLocation", "properties"];
var MAX_COPY_COUNT = 800;
var MAX_DEPLOYMENT_DEPTH = 10;
var MAX_WALKS = 4;
var KEY_VAULT_REFERENCE = new Unknown("its value is a Key Vault secret (never read)", void 0, void 0, true);
function readParameterFile(file, doc) {
  const out = /* @__PURE__ */ new Map();
  const params = isObj(doc) ? doc.parameters : void 0;
  if (params === void 0)
    return out;
  if (!isObj(params))
    throw new InputError(file, "$.parameters", "an object of parameter values", describeValue(params));
  for (const [name, entry] of Object.entries(params)) {
    if (!isObj(entry))
      throw new InputError(file, jsonPath(["parameters", name]), 'an object with "value" or "reference"', describeValue(entry));
    if ("value" in entry)
      out.set(name.toLowerCase(), entry.value);
    else if ("reference" in entry)
      out.set(name.toLowerCase(), KEY_VAULT_REFERENCE);
    else
      throw new InputError(file, jsonPath(["parameters", name]), 'an object with "value" or "reference"', "neither");
  }
  return out;
}
function readsDeclarationsOf(lowerType) {
  return lowerType === "microsoft.resources/deployments" || ER_TYPES.has(lowerType) || EXTENSION_TYPES[lowerType] !== void 0 || isProviderDiagnosticSettings(lowerType) || isProviderMaintenanceAssignment(lowerType) || lowerType === SUBNET || lowerType === VIRTUAL_NETWORK;
}
var TEMPLATE_KEYS = ["$schema", "contentVersion", "apiProfile", "languageVersion", "definitions", "parameters", "variables", "functions", "resources", "outputs", "metadata"];
var DECLARATION_KEYS = ["type", "name", "apiVersion", "condition", "copy", "dependsOn", "resources", "existing", "scope", "subscriptionId", "resourceGroup", "comments", "plan", "managedBy", ...ROW_KEYS];
var PARAMETER_KEYS = ["type", "defaultValue", "allowedValues", "minValue", "maxValue", "minLength", "maxLength", "nullable", "metadata", "$ref"];
var DEPLOYMENT_KEYS = ["mode", "template", "templateLink", "parameters", "parametersLink", "expressionEvaluationOptions", "debugSetting", "onErrorDeployment"];
function withArmKeys(file, o, keys, at) {
  let out;
  const written = /* @__PURE__ */ new Map();
  for (const k of Object.keys(o)) {
    const lower3 = k.toLowerCase();
    const key = keys.find((c) => c.toLowerCase() === lower3);
    if (key === void 0)
      continue;
    const before = written.get(key);
    if (before !== void 0)
      throw new InputError(file, jsonPath([...at, key]), `one key for "${key}" (ARM reads keys whatever their letter case, and which of two it reads is not documented)`, `both "${before}" and "${k}"`);
    written.set(key, k);
    if (key !== k) {
      out ??= { ...o };
      delete out[k];
      out[key] = o[k];
    }
  }
  return out ?? o;
}
var TemplateScope = class _TemplateScope {
  loader;
  template;
  templatePath;
  supplied;
  scope;
  loops;
  shared;
  deployTo;
  constructor(loader, template, templatePath, supplied, scope, loops = [], shared = { paramCache: /* @__PURE__ */ new Map(), varCache: /* @__PURE__ */ new Map(), evaluating: /* @__PURE__ */ new Set() }, deployTo = scope) {
    this.loader = loader;
    this.template = template;
    this.templatePath = templatePath;
    this.supplied = supplied;
    this.scope = scope;
    this.loops = loops;
    this.shared = shared;
    this.deployTo = deployTo;
  }
  withLoop(loop) {
    return new _TemplateScope(this.loader, this.template, this.templatePath, this.supplied, this.scope, [...this.loops, loop], this.shared, this.deployTo);
  }
  /** Parameters and variables never see the loops of the resource that reads them. */
  bare() {
    return this.loops.length === 0 ? this : new _TemplateScope(this.loader, this.template, this.templatePath, this.supplied, this.scope, [], this.shared, this.deployTo);
  }
  parameter(name) {
    const decls = isObj(this.template.parameters) ? this.template.parameters : void 0;
    const key = findKey(decls, name);
    if (key === void 0)
      throw new TemplateError(`a parameter named "${name}" declared in the template's parameters`);
    const cacheKey = key.toLowerCase();
    if (this.shared.paramCache.has(cacheKey))
      return this.shared.paramCache.get(cacheKey);
    let v;
    const declared = isObj(decls[key]) ? withArmKeys(this.loader.file, decls[key], PARAMETER_KEYS, [...this.templatePath, "parameters", key]) : decls[key];
    const type = isObj(declared) && typeof declared.type === "string" ? declared.type.toLowerCase() : "";
    const secure = type === "securestring" || type === "secureobject";
    const empty = (x) => x === "" || x === null || isObj(x) && Object.keys(x).length === 0;
    const hasValue = this.supplied.has(cacheKey) ? !empty(this.supplied.get(cacheKey)) && !(this.supplied.get(cacheKey) instanceof Unknown) : isObj(declared) && "defaultValue" in declared && !empty(declared.defaultValue);
    if (secure && hasValue)
      v = new Unknown(`parameter "${key}" is secure (its value is never read)`, key, this.parameterStandIn(key), true);
    else if (this.supplied.has(cacheKey)) {
      v = this.supplied.get(cacheKey);
      if (v === KEY_VAULT_REFERENCE)
        v = new Unknown(`parameter "${key}" is given by a Key Vault reference (its value is never read)`, key, this.parameterStandIn(key), true);
      if (v === null && !this.nullable(isObj(declared) ? declared : {}))
        v = new Unknown(`parameter "${key}" is given null but is not nullable`, key, this.parameterStandIn(key), false, true);
    } else {
      const decl = declared;
      if (isObj(decl) && "defaultValue" in decl) {
        v = this.guarded(`parameter ${key}`, () => this.loader.evalValue(decl.defaultValue, this.bare(), [...this.templatePath, "parameters", key, "defaultValue"]));
      } else {
        v = this.withoutValue(key, isObj(decl) ? decl : {});
      }
    }
    this.shared.paramCache.set(cacheKey, v);
    return v;
  }
  /** A declaration's own property, else its `$ref` definition's (Bicep user-defined types carry the type, nullable and allowedValues). */
  declared(decl) {
    const ref = typeof decl.$ref === "string" ? /^#\/definitions\/(.+)$/.exec(decl.$ref)?.[1] : void 0;
    const defs = isObj(this.template.definitions) ? this.template.definitions : {};
    const def = ref !== void 0 && isObj(defs[ref]) ? defs[ref] : {};
    return (name) => name in decl ? decl[name] : def[name];
  }
  nullable(decl) {
    return this.declared(decl)("nullable") === true;
  }
  /**
   * A parameter that neither the parameter file nor a default gives a value: when it is nullable
   * (Bicep `param x string?`), `null` where a parameter file (or a parent deployment) leaves it out
   * and unknown where no parameter file is scanned; else one of a small set when its `allowedValues`
   * (or `bool`) say so, else unknown.
   */
  withoutValue(key, decl) {
    const prop = this.declared(decl);
    if (prop("nullable") === true) {
      if (this.templatePath.length === 0 && this.loader.parameterFile === void 0)
        return new Unknown(`parameter "${key}" has no value (nullable, no default and no parameter file)`, key, this.parameterStandIn(key), false, false, true);
      return null;
    }
    const type = String(prop("type") ?? "").toLowerCase();
    if (type.startsWith("secure"))
      return new Unknown(`parameter "${key}" has no value (no default and no parameter file value)`, key);
    const allowed = prop("allowedValues");
    const choice = (values) => {
      const c = { key: this.choiceKey(`parameters.${key}`), label: `parameter \`${key}\``, values };
      return new Possible(values.map((value) => ({ when: { [c.key]: value }, value })), [c]);
    };
    if (Array.isArray(allowed) && type !== "array" && type !== "object" && allowed.length >= 1 && allowed.length <= MAX_CASES && allowed.every((x) => x === null || ["string", "number", "boolean"].includes(typeof x))) {
      return allowed.length === 1 ? allowed[0] : choice(allowed);
    }
    if (type === "bool")
      return choice([true, false]);
    return new Unknown(`parameter "${key}" has no value (no default and no parameter file value)`, key, this.parameterStandIn(key));
  }
  /** The stand-in of a parameter whose value is not read here: the same wherever it builds a name or an id in this deployment. */
  parameterStandIn(key) {
    return standInOf(this.choiceKey(`parameters.${key}`), key);
  }
  /** A choice key unique to this deployment and (nested) template. */
  choiceKey(local) {
    return `${this.loader.deployment}#${this.templatePath.join(".")}#${local}`;
  }
  deploymentOutputs(target) {
    return this.loader.deploymentOutputs(target);
  }
  get deploymentName() {
    return this.shared.deploymentName;
  }
  variable(name) {
    const vars = isObj(this.template.variables) ? this.template.variables : void 0;
    const cacheKey = name.toLowerCase();
    if (this.shared.varCache.has(cacheKey))
      return this.shared.varCache.get(cacheKey);
    let v;
    const key = findKey(vars, name);
    if (key !== void 0 && key !== "copy") {
      v = this.guarded(`variable ${key}`, () => this.loader.evalValue(vars[key], this.bare(), [...this.templatePath, "variables", key]));
    } else {
      const loops = Array.isArray(vars?.copy) ? vars.copy : [];
      const i = loops.findIndex((l) => isObj(l) && typeof l.name === "string" && l.name.toLowerCase() === cacheKey);
      if (i < 0)
        throw new TemplateError(`a variable named "${name}" declared in the template's variables`);
      const at = [...this.templatePath, "variables", "copy", i];
      v = this.guarded(`variable ${name}`, () => this.loader.expandCopy(loops[i], this.bare(), at));
    }
    this.shared.varCache.set(cacheKey, v);
    return v;
  }
  guarded(what, fn) {
    if (this.shared.evaluating.has(what))
      throw new TemplateError(`no circular reference (${what} refers to itself)`);
    this.shared.evaluating.add(what);
    try {
      return fn();
    } finally {
      this.shared.evaluating.delete(what);
    }
  }
  /**
   * The template's user-defined function `namespace.member` (names compared as ARM does, ignoring case):
   * `functions: [{ namespace, members: { member: { parameters: [{ name, type }], output: { type, value } } } }]`
   * (learn.microsoft.com/azure/azure-resource-manager/templates/user-defined-functions).
   */
  userFunction(name) {
    const dot = name.indexOf(".");
    const [namespace, member] = [name.slice(0, dot).toLowerCase(), name.slice(dot + 1)];
    const at = [...this.templatePath, "functions"];
    const functions = this.template.functions;
    if (functions === void 0)
      return void 0;
    if (!Array.isArray(functions))
      throw new InputError(this.loader.file, jsonPath(at), "an array of function namespaces", describeValue(functions));
    for (const [i, ns] of functions.entries()) {
      if (!isObj(ns) || typeof ns.namespace !== "string" || ns.namespace.toLowerCase() !== namespace || !isObj(ns.members))
        continue;
      const key = findKey(ns.members, member);
      if (key === void 0)
        continue;
      const decl = ns.members[key];
      const fnAt = [...at, i, "members", key];
      if (!isObj(decl) || !isObj(decl.output) || !("value" in decl.output))
        throw new InputError(this.loader.file, jsonPath(fnAt), 'a function with "output": { "type", "value" }', describeValue(decl));
      const params = decl.parameters ?? [];
      if (!Array.isArray(params) || !params.every((p) => isObj(p) && typeof p.name === "string"))
        throw new InputError(this.loader.file, jsonPath([...fnAt, "parameters"]), 'an array of parameters, each with a "name"', describeValue(params));
      return { parameters: params.map((p) => p.name), output: decl.output.value };
    }
    return void 0;
  }
  copyIndex(loop) {
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const l = this.loops[i];
      if (loop === void 0 ? l.resource : l.name?.toLowerCase() === loop.toLowerCase())
        return l.index;
    }
    throw new TemplateError(loop ? `copyIndex('${loop}') inside a copy loop named ${loop}` : "copyIndex() inside a resource copy loop");
  }
};
function deploymentLabel(file, parameterFile) {
  return parameterFile ? `${file} with ${parameterFile}` : file;
}
function loadArmTemplate(file, parsed, supplied, parameterFile, locate, deployment = {}) {
  return new TemplateLoader(file, parsed, parameterFile, locate, deployment).load(supplied);
}
var TemplateLoader = class {
  file;
  parsed;
  parameterFile;
  locate;
  options;
  raws = [];
  notices = [];
  gaps = [];
  unresolvedDetails = [];
  unresolvedCount = 0;
  /** ExpressRoute declarations (and modules holding them) that a false condition leaves out, described for a notice. */
  leftOut = [];
  /** Names this deployment in ids of unresolved names, choice keys and findings. */
  deployment;
  /**
   * The outputs of the nested deployments walked so far (`{ outputs: … }`, evaluated when first read), by
   * `name:<name>` and `symbol:<symbolic name>`, lower-cased; null where two deployments share the key
   * (then not known).
   */
  outputs = /* @__PURE__ */ new Map();
  /**
   * The outputs of the previous walk, for a module read before it is declared (ARM deploys in dependency
   * order, not document order): see `load`.
   */
  ahead = /* @__PURE__ */ new Map();
  /** Keys `reference()` looked up in this walk that neither this walk nor the previous one had (yet). */
  missed = /* @__PURE__ */ new Set();
  /** The outputs this walk read from the previous walk, in the order read. */
  readAhead = [];
  /** Every resource instance this walk declared, with its dependsOn (see dependencies.ts). */
  dependencies = [];
  /** The deployment whose resources are being walked (0: the template itself; then each nested deployment, each copy apart). */
  instance = 0;
  instances = 0;
  constructor(file, parsed, parameterFile, locate, options = {}) {
    this.file = file;
    this.parsed = parsed;
    this.parameterFile = parameterFile;
    this.locate = locate;
    this.options = options;
    this.deployment = deploymentLabel(file, parameterFile);
  }
  load(supplied) {
    if (!isObj(this.parsed.value))
      throw new InputError(this.file, "$", "an ARM template object", describeValue(this.parsed.value));
    const doc = withArmKeys(this.file, this.parsed.value, TEMPLATE_KEYS, []);
    const before = this.notices.length;
    let previous;
    for (let walk = 1; ; walk++) {
      this.raws.length = 0;
      this.notices.length = before;
      this.gaps.length = 0;
      this.unresolvedDetails.length = 0;
      this.unresolvedCount = 0;
      this.leftOut.length = 0;
      this.outputs.clear();
      this.missed.clear();
      this.readAhead.length = 0;
      this.dependencies.length = 0;
      this.instance = 0;
      this.instances = 0;
      const scope = new TemplateScope(this, doc, [], supplied, { subscriptionId: PLACEHOLDER_SUBSCRIPTION, resourceGroup: this.options.resourceGroup ?? PLACEHOLDER_RESOURCE_GROUP });
      this.walk(doc.resources, ["resources"], scope, void 0, 0);
      const forward = this.readAhead.length > 0 || [...this.missed].some((k) => this.outputs.has(k));
      if (!forward || walk === MAX_WALKS)
        break;
      const now = JSON.stringify([this.raws, this.readAhead]);
      if (now === previous)
        break;
      previous = now;
      this.ahead = new Map(this.outputs);
    }
    const cycle = findDependencyCycle(this.dependencies);
    if (cycle) {
      throw new InputError(this.file, `${cycle[0].at}.dependsOn`, "dependsOn without a circle (ARM refuses a template whose resources depend on each other in a circle: it never deploys)", `the circle ${labelStandIns(describeCycle(cycle))}`);
    }
    const twice = findDuplicateDeclaration(this.dependencies);
    if (twice) {
      const [first, second] = twice;
      throw new InputError(this.file, second.at, `each resource declared once in a deployment (ARM refuses a template that declares one resource twice: "The resource \u2026 is defined multiple times in a template"; it never deploys)`, `${labelStandIns(`${second.type} ${second.name ?? ""}`)} declared again, first at ${first.at}`);
    }
    if (this.leftOut.length > 0) {
      const n = this.leftOut.length;
      const shown2 = this.leftOut.slice(0, 3).join("; ");
      this.notices.push(`${this.deployment}: ${n} ExpressRoute declaration${n === 1 ? " is" : "s are"} ${LEFT_OUT_MARK} (${n === 1 ? "its condition is" : "their conditions are"} false), so not checked: ${shown2}${n > 3 ? `; and ${n - 3} more` : ""}${this.parameterFile ? "" : " (a parameter file <name>.parameters.json beside the template supplies values)"}`);
    }
    if (this.unresolvedCount > 0) {
      const shown2 = this.unresolvedDetails.slice(0, 3).join("; ");
      this.notices.push(`${this.file}: ${this.unresolvedCount} value${this.unresolvedCount === 1 ? "" : "s"} could not be resolved statically (${shown2}${this.unresolvedDetails.length > 3 ? "; \u2026" : ""}); rules that read them report "unknown"${this.parameterFile ? "" : " (a parameter file <name>.parameters.json beside the template supplies values)"}`);
    }
    return { raws: this.raws, notices: this.notices.map(labelStandIns), gaps: this.gaps.map((g) => ({ scope: labelStandIns(g.scope), reason: g.reason })) };
  }
  /** `reference(target)` of a nested deployment walked before (see EvalContext.deploymentOutputs). */
  deploymentOutputs(target) {
    const id = /\/providers\/microsoft\.resources\/deployments\/([^/]+)$/i.exec(target);
    const keys = id ? [`name:${id[1].toLowerCase()}`] : target.includes("/") ? [] : [`symbol:${target.toLowerCase()}`, `name:${target.toLowerCase()}`];
    for (const outputs of [this.outputs, this.ahead]) {
      for (const key of keys) {
        const v = outputs.get(key);
        if (v === void 0)
          continue;
        const value = v === null ? new Unknown(`reference() names ${target}, which two deployments in these files are named`) : v.read();
        if (outputs === this.ahead)
          this.readAhead.push(value);
        return value;
      }
    }
    for (const key of keys)
      this.missed.add(key);
    return void 0;
  }
  /**
   * Records a nested deployment's outputs, evaluated in its scope, under its name and symbolic name. An
   * output that cannot be evaluated here (deployment-time values, an expression erscan does not evaluate)
   * is not known; a secure output is never read.
   */
  recordOutputs(template, scope, templateAt, name, symbol) {
    const decls = isObj(template.outputs) ? template.outputs : {};
    let record;
    let reading = false;
    const read = () => {
      if (record !== void 0)
        return record;
      if (reading)
        return new Unknown("reference() of a deployment inside its own outputs (a cycle)");
      reading = true;
      const outputs = {};
      for (const [k, d] of Object.entries(decls)) {
        if (!isObj(d))
          continue;
        const type = typeof d.type === "string" ? d.type : null;
        let value;
        if (type !== null && type.toLowerCase().startsWith("secure"))
          value = new Unknown(`output ${k} is secure (never read)`);
        else {
          try {
            value = isObj(d.copy) ? this.expandCopy(d.copy, scope, [...templateAt, "outputs", k, "copy"], true) : this.evalValue(d.value, scope, [...templateAt, "outputs", k, "value"]);
          } catch (e) {
            if (!(e instanceof InputError))
              throw e;
            value = new Unknown(`output ${k} cannot be evaluated statically`);
          }
        }
        outputs[k] = { type, value };
      }
      record = { outputs };
      reading = false;
      return record;
    };
    for (const key of [...name !== void 0 ? [`name:${name.toLowerCase()}`] : [], ...symbol !== void 0 ? [`symbol:${symbol.toLowerCase()}`] : []]) {
      this.outputs.set(key, this.outputs.has(key) ? null : { read });
    }
  }
  /** Evaluates a template value: expressions in strings, property copy loops in objects. */
  evalValue(raw, scope, at) {
    if (typeof raw === "string") {
      if (!isExpression(raw))
        return unescapeLiteral(raw);
      try {
        return evaluateString(raw, scope);
      } catch (e) {
        if (e instanceof TemplateError)
          throw new InputError(this.file, jsonPath(at), e.message);
        throw e;
      }
    }
    if (Array.isArray(raw))
      return raw.map((x, i) => this.evalValue(x, scope, [...at, i]));
    if (isObj(raw)) {
      const out = {};
      for (const [k, v] of Object.entries(raw)) {
        if (k === "copy" && Array.isArray(v) && v.every((l) => isObj(l) && typeof l.name === "string" && "input" in l)) {
          v.forEach((l, i) => {
            const loop = l;
            out[loop.name] = this.expandCopy(loop, scope, [...at, "copy", i]);
          });
        } else
          out[k] = this.evalValue(v, scope, [...at, k]);
      }
      return out;
    }
    if (raw === void 0)
      return null;
    return raw;
  }
  /**
   * `{name, count, input}`: an array of `count` inputs evaluated with copyIndex(name); an output's loop
   * (`unnamed`: `{count, input}`) is the one copyIndex() without a name reads.
   */
  expandCopy(loop, scope, at, unnamed = false) {
    const count2 = this.evalValue(loop.count, scope, [...at, "count"]);
    return lift([count2], ([n]) => {
      if (n instanceof Unknown)
        return n;
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
        throw new InputError(this.file, jsonPath([...at, "count"]), "a whole number of copies", describeValue(n));
      if (n > MAX_COPY_COUNT)
        throw new InputError(this.file, jsonPath([...at, "count"]), `at most ${MAX_COPY_COUNT} copies (the ARM limit)`, String(n));
      const out = [];
      for (let i = 0; i < n; i++)
        out.push(this.evalValue(loop.input, scope.withLoop(unnamed ? { index: i, resource: true } : { name: loop.name, index: i, resource: false }), [...at, "input"]));
      return out;
    });
  }
  walk(resources, at, scope, parent, depth, existence) {
    if (resources === void 0)
      return;
    let entries;
    if (Array.isArray(resources))
      entries = resources.map((r, i) => [i, r]);
    else if (isObj(resources))
      entries = Object.entries(resources);
    else
      throw new InputError(this.file, jsonPath(at), "an array (or, with languageVersion 2.0, an object) of resources", describeValue(resources));
    for (const [key, declared] of entries) {
      const declAt = [...at, key];
      if (!isObj(declared))
        throw new InputError(this.file, jsonPath(declAt), "a resource object", describeValue(declared));
      const decl = withArmKeys(this.file, declared, DECLARATION_KEYS, declAt);
      if (decl.existing === true)
        continue;
      if (typeof decl.type !== "string" || decl.type === "")
        throw new InputError(this.file, jsonPath([...declAt, "type"]), "a resource type string", describeValue(decl.type));
      const copy = decl.copy;
      if (isObj(copy)) {
        const count2 = this.evalValue(copy.count, scope, [...declAt, "copy", "count"]);
        const loopName = typeof copy.name === "string" ? copy.name : void 0;
        if (count2 instanceof Possible && count2.cases.every((c) => typeof c.value === "number" && Number.isInteger(c.value) && c.value >= 0 && c.value <= MAX_COPY_COUNT)) {
          const max = Math.max(...count2.cases.map((c) => c.value));
          for (let i = 0; i < max; i++) {
            const here = lift([count2], ([n]) => n > i);
            const ex = here instanceof Possible ? andPossible(existence, here) : existence;
            if (ex !== false)
              this.declare(decl, declAt, scope.withLoop({ name: loopName, index: i, resource: true }), parent, depth, ex);
          }
          continue;
        }
        if (count2 instanceof Unknown || count2 instanceof Possible) {
          if (isScanned(decl.type, decl) && !isLinked(decl))
            this.notices.push(`${this.file}: ${jsonPath(declAt)} (${decl.type}) has a copy count that cannot be resolved statically; one representative instance is scanned`);
          const why = count2 instanceof Unknown ? count2.because : `depends on ${labelsOf(count2.choices)}`;
          const index = new Unknown("the copy index of a loop whose count is not known");
          this.declare(decl, declAt, scope.withLoop({ name: loopName, index, resource: true }), parent, depth, { unknown: `whether it is deployed (and how many copies) is not known: its copy count ${why}` });
          continue;
        }
        if (typeof count2 !== "number" || !Number.isInteger(count2) || count2 < 0)
          throw new InputError(this.file, jsonPath([...declAt, "copy", "count"]), "a whole number of copies", describeValue(count2));
        if (count2 > MAX_COPY_COUNT)
          throw new InputError(this.file, jsonPath([...declAt, "copy", "count"]), `at most ${MAX_COPY_COUNT} copies (the ARM limit)`, String(count2));
        for (let i = 0; i < count2; i++)
          this.declare(decl, declAt, scope.withLoop({ name: loopName, index: i, resource: true }), parent, depth, existence);
      } else {
        this.declare(decl, declAt, scope, parent, depth, existence);
      }
    }
  }
  /** One instance of a resource declaration (one copy of a loop). */
  declare(decl, at, scope, parent, depth, existence) {
    if ("condition" in decl) {
      const cond = this.evalValue(decl.condition, scope, [...at, "condition"]);
      if (cond === false) {
        this.noteLeftOut(decl, at, scope, parent);
        return;
      }
      if (cond instanceof Unknown) {
        if (isScanned(String(decl.type), decl) && !isLinked(decl))
          this.notices.push(`${this.file}: ${jsonPath(at)} (${String(decl.type)}) is deployed on a condition that cannot be resolved statically; it is scanned and its verdicts are "unknown"`);
        if (!existence || "possible" in existence)
          existence = { unknown: `whether it is deployed is not known: its condition ${cond.because}` };
      } else if (cond instanceof Possible) {
        const both = andPossible(existence, cond);
        if (both === false)
          return;
        existence = both;
      } else if (cond !== true)
        throw new InputError(this.file, jsonPath([...at, "condition"]), "a boolean condition", describeValue(cond));
    }
    const declaredType = decl.type;
    const nameValue = this.evalValue(decl.name, scope, [...at, "name"]);
    const unresolvedName = typeof nameValue !== "string";
    let name;
    if (typeof nameValue === "string")
      name = nameValue;
    else if (nameValue instanceof Unknown && nameValue.symbol !== void 0)
      name = nameValue.symbol;
    else {
      const loops = scope.loops.map((l) => typeof l.index === "number" ? l.index : "?").join(",");
      name = standInOf(`${this.deployment}|${jsonPath(at)}|${loops}|${JSON.stringify(decl.name ?? "")}`);
    }
    if (typeof nameValue === "string")
      this.checkNameSegments(declaredType, nameValue, parent !== void 0, at);
    let type = declaredType;
    let fullName = name;
    if (parent) {
      if (!isFullType(declaredType)) {
        type = `${parent.type}/${declaredType}`;
        fullName = `${parent.name}/${name}`;
      } else if (EXTENSION_TYPES[declaredType.toLowerCase()] === void 0 && name.split("/").length < declaredType.split("/").length - 1) {
        fullName = `${parent.name}/${name}`;
      }
    }
    const extension = "scope" in decl || "resourceGroup" in decl || "subscriptionId" in decl || type.split("/").some((t) => t.toLowerCase() === "providers") || EXTENSION_TYPES[type.toLowerCase()] !== void 0 || parent !== void 0 && isFullType(declaredType) && declaredType.split("/")[0].toLowerCase() !== parent.type.split("/")[0].toLowerCase();
    this.recordDependencies(decl, at, scope, type, nameValue, fullName, existence, extension);
    const lowerType = type.toLowerCase();
    if (lowerType === "microsoft.resources/deployments") {
      const named = typeof nameValue === "string" || nameValue instanceof Unknown && nameValue.symbol !== void 0;
      const symbol = scope.loops.length === 0 && at.length >= 2 && at[at.length - 2] === "resources" && typeof at[at.length - 1] === "string" ? at[at.length - 1] : void 0;
      const keys = existence === void 0 && (named || symbol !== void 0) ? { name: named ? name : void 0, symbol } : void 0;
      this.nestedDeployment(decl, at, scope, depth, existence, keys, named ? nameValue : void 0);
      return;
    }
    const why = unresolvedName ? nameValue instanceof Unknown ? nameValue.because : "has several possible values" : void 0;
    if (ER_TYPES.has(lowerType))
      this.emit(decl, at, scope, type, resourceGroupResourceId(scope.deployTo, type, fullName), fullName, why, existence);
    else if (isProviderDiagnosticSettings(lowerType))
      this.emit(decl, at, scope, "Microsoft.Insights/diagnosticSettings", resourceGroupResourceId(scope.deployTo, type, fullName), name.split("/").pop(), why, existence);
    else if (isProviderMaintenanceAssignment(lowerType))
      this.emit(decl, at, scope, "Microsoft.Maintenance/configurationAssignments", resourceGroupResourceId(scope.deployTo, type, fullName), name.split("/").pop(), why, existence);
    else if (EXTENSION_TYPES[lowerType] !== void 0)
      this.extensionResource(EXTENSION_TYPES[lowerType], decl, at, scope, parent, name, why, existence);
    else if (lowerType === SUBNET && !unresolvedName && isGatewaySubnetName(fullName))
      this.gatewaySubnet(at, scope, fullName, existence, () => this.evalValue(decl.properties, scope, [...at, "properties"]));
    else if (lowerType === VIRTUAL_NETWORK && !unresolvedName)
      this.inlineGatewaySubnet(decl, at, scope, fullName, existence);
    if (decl.resources !== void 0)
      this.walk(decl.resources, [...at, "resources"], scope, { type, name: fullName }, depth, existence);
  }
  /**
   * An ExpressRoute declaration (or a module holding one) that its false condition leaves out, for the notice in
   * `load`. A VNet gateway or connection whose type is known not to be ExpressRoute (a VPN gateway) is not one.
   */
  noteLeftOut(decl, at, scope, parent) {
    const declaredType = String(decl.type);
    const type = parent && !isFullType(declaredType) ? `${parent.type}/${declaredType}` : declaredType;
    const lowerType = type.toLowerCase();
    const module = lowerType === "microsoft.resources/deployments";
    const props = isObj(decl.properties) ? decl.properties : void 0;
    const templateKey = findKey(props, "template");
    if (module ? !(templateKey !== void 0 && isObj(props[templateKey]) && isScanned(type, decl)) : !ER_TYPES.has(lowerType))
      return;
    const quiet = (read) => {
      try {
        return read();
      } catch (e) {
        if (e instanceof InputError)
          return void 0;
        throw e;
      }
    };
    for (const key of ["gatewayType", "connectionType"]) {
      const k = findKey(props, key);
      if (k === void 0)
        continue;
      const kind = quiet(() => this.evalValue(props[k], scope, [...at, "properties", k]));
      if (typeof kind === "string" && kind.toLowerCase() !== "expressroute")
        return;
    }
    const name = quiet(() => this.evalValue(decl.name, scope, [...at, "name"]));
    const what = module ? "a module holding ExpressRoute resources" : type.split("/").slice(1).join("/");
    const shownName = typeof name === "string" ? labelPlaceholders(name) : name instanceof Unknown ? name.symbol : void 0;
    this.leftOut.push(`${what}${shownName !== void 0 ? ` ${shownName}` : ""} at ${jsonPath(at)}`);
  }
  /** One resource instance and its dependsOn, for the circle ARM refuses (see dependencies.ts). */
  recordDependencies(decl, at, scope, type, nameValue, fullName, existence, extension) {
    const templateAt = lastTemplateAt(at);
    const decided = typeof nameValue === "string" || nameValue instanceof Unknown && nameValue.symbol !== void 0;
    const dependsOn = [];
    if (Array.isArray(decl.dependsOn)) {
      decl.dependsOn.forEach((entry, i) => {
        let v;
        try {
          v = this.evalValue(entry, scope, [...at, "dependsOn", i]);
        } catch (e) {
          if (!(e instanceof InputError))
            throw e;
          v = null;
        }
        dependsOn.push(typeof v === "string" ? v : v instanceof Unknown ? v.symbol : void 0);
      });
    }
    const ids = decided ? [...new Set([scope.scope, scope.deployTo].map((s) => resourceGroupResourceId(s, type, fullName).toLowerCase()))] : [];
    const key = at[at.length - 1];
    this.dependencies.push({
      graph: jsonPath(templateAt),
      at: jsonPath(at),
      type,
      name: decided ? fullName : void 0,
      declaredName: typeof nameValue === "string" ? nameValue : void 0,
      ids,
      symbol: at.length === templateAt.length + 2 && typeof key === "string" ? key : void 0,
      loop: isObj(decl.copy) && typeof decl.copy.name === "string" ? decl.copy.name : void 0,
      dependsOn,
      maybe: existence !== void 0,
      deployment: this.instance,
      // An extension resource is named within the resource it extends: its id here leaves that out, so it is never
      // said to be a duplicate.
      target: decided && !extension ? resourceGroupResourceId(scope.deployTo, type, fullName).toLowerCase() : void 0
    });
  }
  /**
   * ARM refuses a resource whose name has not one segment per segment of its type: declared at the top
   * level, `Microsoft.Network/expressRouteCircuits/peerings` needs `circuit/peering`; nested in its parent
   * with the short type `peerings`, one segment (learn.microsoft.com/azure/azure-resource-manager/templates/child-resource-name-type).
   * Such a template never deploys, so it is refused, never read with a made-up id. A nested child with its
   * full type takes its parent's name before its own (read as ARM composes it): only a name longer than
   * its type allows is refused. The older extension form (`…/providers/diagnosticSettings`) is not checked.
   */
  checkNameSegments(declaredType, name, nested, at) {
    const typeSegs = declaredType.split("/");
    if (typeSegs.some((t) => t.toLowerCase() === "providers"))
      return;
    const full = isFullType(declaredType);
    const expected = full ? typeSegs.length - 1 : typeSegs.length;
    const found2 = name.split("/").length;
    if (found2 === expected || nested && full && found2 < expected)
      return;
    const where = !nested ? "declared at the top level" : full ? "nested in its parent (or its full name)" : "nested in its parent with a short type";
    const plural = (n) => `${n} segment${n === 1 ? "" : "s"}`;
    const form = full ? typeSegs.slice(1).map((t) => `<${t}>`).join("/") : typeSegs.map((t) => `<${t}>`).join("/");
    throw new InputError(this.file, jsonPath([...at, "name"]), `a name of ${nested && full ? `at most ${plural(expected)}` : plural(expected)} (${form}) for type ${declaredType} ${where} (ARM refuses a name without one segment per type segment: this template never deploys)`, `"${name}" (${plural(found2)})`);
  }
  /**
   * An extension resource erscan reads (`Microsoft.Insights/diagnosticSettings`, `Microsoft.Maintenance/configurationAssignments`)
   * attached to a resource by `scope` (or by nesting it in the resource).
   */
  extensionResource(extType, decl, at, scope, parent, name, why, existence) {
    let target;
    if ("scope" in decl) {
      const v = this.evalValue(decl.scope, scope, [...at, "scope"]);
      const text = typeof v === "string" ? v : v instanceof Unknown && v.symbol !== void 0 ? v.symbol : void 0;
      if (text === void 0) {
        this.notices.push(`${this.file}: ${jsonPath(at)} (${extType}) has a scope that cannot be resolved statically; it is not counted`);
        return;
      }
      if (text.startsWith("/"))
        target = text;
      else {
        const segs = text.split("/");
        const typeSegs = Math.ceil((segs.length + 1) / 2);
        const relType = segs.slice(0, 1).concat(segs.slice(1).filter((_, i) => i % 2 === 0)).join("/");
        const names = segs.slice(1).filter((_, i) => i % 2 === 1);
        target = typeSegs > 1 && isFullType(relType) ? resourceGroupResourceId(scope.deployTo, relType, names.join("/")) : void 0;
      }
    } else if (parent)
      target = resourceGroupResourceId(scope.deployTo, parent.type, parent.name);
    if (!target)
      return;
    if (!ER_TYPES.has(armTypeOf(target) ?? ""))
      return;
    this.emit(decl, at, scope, extType, `${target.replace(/\/$/, "")}/providers/${extType}/${name}`, name, why, existence);
  }
  /**
   * The GatewaySubnet a virtual network declares inline (`properties.subnets[]`, the shape of the Azure quickstart
   * templates), read as the subnet resource it deploys (`<network>/subnets/GatewaySubnet`), as a subnet declared as a
   * resource of its own is read (`gatewaySubnet`). Subnets the template leaves open (a parameter without a value, a
   * name not known before deployment) give a subnet whose properties are unknown, so the NSG on a gateway's subnet
   * there is unknown, never "none".
   */
  inlineGatewaySubnet(decl, at, scope, vnetName, existence) {
    this.gatewaySubnet(at, scope, `${vnetName}/GatewaySubnet`, existence, () => {
      const subnets = this.subnetsOf(decl.properties, scope, [...at, "properties"]);
      if (subnets === void 0 || subnets === null)
        return void 0;
      if (subnets instanceof Unknown)
        return new Unknown(`its virtual network's \`subnets\` ${subnets.because}`);
      if (subnets instanceof Possible)
        return new Unknown(`its virtual network's \`subnets\` depends on ${labelsOf(subnets.choices)}`);
      if (!Array.isArray(subnets))
        return void 0;
      let unnamed;
      for (const entry of subnets) {
        if (entry instanceof Unknown) {
          unnamed ??= `a subnet of its virtual network ${entry.because}`;
          continue;
        }
        if (!isObj(entry) || entry instanceof Possible) {
          if (entry instanceof Possible)
            unnamed ??= `a subnet of its virtual network depends on ${labelsOf(entry.choices)}`;
          continue;
        }
        const nameKey = findKey(entry, "name");
        const name = nameKey === void 0 ? void 0 : entry[nameKey];
        if (typeof name === "string") {
          if (!isGatewaySubnetName(name))
            continue;
          const propsKey = findKey(entry, "properties");
          return propsKey === void 0 ? {} : entry[propsKey];
        }
        unnamed ??= name instanceof Unknown ? `the name of a subnet of its virtual network ${name.because}` : name instanceof Possible ? `the name of a subnet of its virtual network depends on ${labelsOf(name.choices)}` : void 0;
      }
      return unnamed === void 0 ? void 0 : new Unknown(unnamed);
    });
  }
  /**
   * A GatewaySubnet as a row of Microsoft.Network/virtualNetworks/subnets holding only what ERS-RED-012 reads, its
   * `networkSecurityGroup` (so a value no rule reads, such as its address prefix, is never reported as unresolved).
   * `read` gives the subnet's evaluated properties, or undefined when the network declares no GatewaySubnet. Properties
   * that cannot be evaluated here (a value of the wrong type) make the NSG unknown, with why: never an input error of a
   * resource erscan did not read before, nor "not declared".
   */
  gatewaySubnet(at, scope, fullName, existence, read) {
    let props;
    try {
      props = read();
    } catch (e) {
      if (!(e instanceof InputError))
        throw e;
      props = new Unknown(`erscan could not evaluate them: ${e.message}`);
    }
    if (props === void 0)
      return;
    const nsgKey = isObj(props) && !(props instanceof Possible) ? findKey(props, "networkSecurityGroup") : void 0;
    const properties = props instanceof Unknown || props instanceof Possible ? props : nsgKey !== void 0 ? { networkSecurityGroup: props[nsgKey] } : {};
    this.emit({}, at, scope, SUBNET_TYPE, resourceGroupResourceId(scope.deployTo, SUBNET_TYPE, fullName), fullName, void 0, existence, { properties });
  }
  /** A virtual network's `properties.subnets`, evaluated (a property copy loop named `subnets` too); undefined when it declares none. */
  subnetsOf(props, scope, at) {
    if (typeof props === "string") {
      const v = this.evalValue(props, scope, at);
      if (v instanceof Unknown || v instanceof Possible)
        return v;
      const k2 = isObj(v) ? findKey(v, "subnets") : void 0;
      return k2 === void 0 ? void 0 : v[k2];
    }
    if (!isObj(props))
      return void 0;
    const copyKey = findKey(props, "copy");
    const loops = copyKey === void 0 ? void 0 : props[copyKey];
    if (Array.isArray(loops)) {
      const i = loops.findIndex((l) => isObj(l) && typeof l.name === "string" && l.name.toLowerCase() === "subnets" && "input" in l);
      if (i >= 0)
        return this.expandCopy(loops[i], scope, [...at, copyKey, i]);
    }
    const k = findKey(props, "subnets");
    return k === void 0 ? void 0 : this.evalValue(props[k], scope, [...at, k]);
  }
  emit(decl, at, scope, type, id, fullName, unresolvedName, existence, evaluated) {
    const row = { id, name: labelPlaceholders(labelStandIns(fullName.split("/").pop())), type };
    const facts = { unresolved: [], possible: {} };
    if (unresolvedName)
      facts.unresolved.push({ path: "name", reason: unresolvedName });
    for (const k of ROW_KEYS) {
      if (!(k in (evaluated ?? decl)))
        continue;
      const { value, clashes } = respellDeclared(type, k, evaluated ? evaluated[k] : this.evalValue(decl[k], scope, [...at, k]));
      if (clashes.length > 0) {
        const [c] = clashes;
        throw new InputError(this.file, jsonPath([...at, k, ...c.path]), `one key for property "${c.path[c.path.length - 1]}" (ARM reads property names whatever their letter case, and which of two a deployment uses is not documented)`, `both ${c.keys.map((x) => `"${x}"`).join(" and ")}`);
      }
      const v = toRow(value, k, facts);
      if (v !== OMIT)
        row[k] = v;
    }
    const skuOpen = (path) => path === "properties" || path.startsWith("properties.sku");
    if (type.toLowerCase() === "microsoft.network/virtualnetworkgateways" && isObj(row.properties) && !facts.unresolved.some((u) => skuOpen(u.path)) && !Object.keys(facts.possible).some(skuOpen)) {
      const sku = row.properties.sku;
      if (sku === void 0)
        facts.unresolved.push({ path: "properties.sku", reason: "is not set in the template: Azure applies its default SKU, which erscan does not assume" });
      else if (isObj(sku) && sku.name === void 0)
        facts.unresolved.push({ path: "properties.sku.name", reason: "is not set in the template (only `sku.tier` is): which SKU Azure deploys then is not in the template, and erscan assumes none" });
      else if (isObj(sku) && (sku.name === "" || sku.name === null))
        facts.unresolved.push({ path: "properties.sku.name", reason: `is ${sku.name === "" ? "an empty string" : "null"} in the template, which names no SKU: whether Azure refuses it or deploys a default SKU is not in the template, and erscan assumes neither` });
    }
    const mapped = this.locate?.(at);
    const pos = mapped ?? positionOf(this.parsed, at) ?? { line: 1, column: 1 };
    const source = { kind: mapped?.kind ?? "arm", file: mapped?.file ?? this.file, line: pos.line, column: pos.column, deployment: this.deployment };
    if (this.parameterFile)
      source.parameterFile = this.parameterFile;
    const raw = { row, source };
    if (facts.unresolved.length > 0) {
      raw.unresolved = facts.unresolved.map((u) => u.path);
      raw.reasons = Object.fromEntries(facts.unresolved.map((u) => [u.path, u.reason]));
      this.unresolvedCount += facts.unresolved.length;
      for (const u of facts.unresolved)
        if (this.unresolvedDetails.length < 10)
          this.unresolvedDetails.push(`${row.name} ${u.path}: ${u.reason}`);
    }
    if (Object.keys(facts.possible).length > 0)
      raw.possible = facts.possible;
    if (existence) {
      if ("unknown" in existence)
        raw.deployed = { unknown: existence.unknown };
      else {
        const p = rawPossible(existence.possible);
        raw.deployed = p instanceof Unknown ? { unknown: `whether it is deployed ${p.because}` } : { possible: p };
      }
    }
    this.raws.push(raw);
  }
  nestedDeployment(decl, at, scope, depth, existence, keys, nameValue) {
    const props = isObj(decl.properties) ? withArmKeys(this.file, decl.properties, DEPLOYMENT_KEYS, [...at, "properties"]) : {};
    if (props.templateLink !== void 0) {
      this.gaps.push({ scope: `${this.file}: ${jsonPath(at)}`, reason: "a nested deployment that links to another template (templateLink), which erscan does not read: what it deploys is not checked (scan the linked file, or compile with bicep build)" });
      return;
    }
    if (!isObj(props.template))
      return;
    const template = withArmKeys(this.file, props.template, TEMPLATE_KEYS, [...at, "properties", "template"]);
    if (depth >= MAX_DEPLOYMENT_DEPTH) {
      this.gaps.push({ scope: `${this.file}: ${jsonPath(at)}`, reason: `deployments nested more than ${MAX_DEPLOYMENT_DEPTH} levels deep, which are not read: what they deploy is not checked` });
      return;
    }
    const evalScope = (key, fallback) => {
      if (!(key in decl))
        return fallback;
      const v = this.evalValue(decl[key], scope, [...at, key]);
      if (typeof v === "string")
        return v !== "" ? v : fallback;
      if (v instanceof Unknown && v.symbol !== void 0)
        return v.symbol;
      const loops = scope.loops.map((l) => typeof l.index === "number" ? l.index : "?").join(",");
      return standInOf(`${this.deployment}|${jsonPath([...at, key])}|${loops}`);
    };
    const inner = { subscriptionId: evalScope("subscriptionId", scope.deployTo.subscriptionId), resourceGroup: evalScope("resourceGroup", scope.deployTo.resourceGroup) };
    const templateAt = [...at, "properties", "template"];
    const innerScoped = isObj(props.expressionEvaluationOptions) && String(props.expressionEvaluationOptions.scope).toLowerCase() === "inner";
    let next;
    if (innerScoped) {
      const supplied = /* @__PURE__ */ new Map();
      const params = isObj(props.parameters) ? props.parameters : {};
      const given = {};
      for (const [name, entry] of Object.entries(params)) {
        if (!isObj(entry))
          continue;
        if ("value" in entry) {
          const v = this.evalValue(entry.value, scope, [...at, "properties", "parameters", name, "value"]);
          supplied.set(name.toLowerCase(), v);
          given[name] = isKnown(v) ? { value: v } : {};
        } else if ("reference" in entry) {
          supplied.set(name.toLowerCase(), KEY_VAULT_REFERENCE);
          given[name] = {};
        }
      }
      const refused = checkParameters(this.file, template, this.file, { parameters: given }, { at });
      if (refused.errors.length > 0)
        throw refused.errors[0];
      this.notices.push(...refused.notices.filter((n) => !this.notices.includes(n)));
      next = new TemplateScope(this, template, templateAt, supplied, inner, [], { paramCache: /* @__PURE__ */ new Map(), varCache: /* @__PURE__ */ new Map(), evaluating: /* @__PURE__ */ new Set(), deploymentName: nameValue });
    } else {
      next = new TemplateScope(this, scope.template, scope.templatePath, scope.supplied, scope.scope, scope.loops, scope.shared, inner);
    }
    const outer = this.instance;
    this.instance = ++this.instances;
    try {
      this.walk(template.resources, [...templateAt, "resources"], next, void 0, depth + 1, existence);
    } finally {
      this.instance = outer;
    }
    if (keys)
      this.recordOutputs(template, next, templateAt, keys.name, keys.symbol);
  }
};
function isKnown(v) {
  if (v === null || typeof v !== "object")
    return true;
  if (Array.isArray(v))
    return v.every(isKnown);
  if (v instanceof Unknown || v instanceof Possible)
    return false;
  return Object.values(v).every(isKnown);
}
function isScanned(type, decl, depth = 0) {
  const t = type.toLowerCase();
  if (t === "microsoft.resources/deployments") {
    const props = decl && isObj(decl.properties) ? decl.properties : void 0;
    const template = props && isObj(props.template) ? props.template : void 0;
    if (!template || depth > MAX_DEPLOYMENT_DEPTH)
      return true;
    const resources = Array.isArray(template.resources) ? template.resources : isObj(template.resources) ? Object.values(template.resources) : [];
    return resources.some((r) => isObj(r) && typeof r.type === "string" && r.existing !== true && (ER_TYPES.has(r.type.toLowerCase()) || r.type.toLowerCase() === "microsoft.resources/deployments" && isScanned(r.type, r, depth + 1)));
  }
  return ER_TYPES.has(t) || EXTENSION_TYPES[t] !== void 0 || isProviderDiagnosticSettings(t) || isProviderMaintenanceAssignment(t) || !isFullType(type);
}
function isLinked(decl) {
  if (String(decl.type).toLowerCase() !== "microsoft.resources/deployments" || !isObj(decl.properties))
    return false;
  return findKey(decl.properties, "templateLink") !== void 0;
}
function lastTemplateAt(at) {
  for (let i = at.length - 2; i >= 1; i--)
    if (at[i] === "template" && at[i - 1] === "properties" && at[i + 1] === "resources")
      return at.slice(0, i + 1);
  return [];
}
function andPossible(existence, cond) {
  if (!existence)
    return { possible: cond };
  if (!("possible" in existence))
    return existence;
  const both = lift([existence.possible, cond], ([a, b]) => a === true && b === true);
  return both instanceof Possible ? { possible: both } : both === false ? false : both instanceof Unknown ? { unknown: `whether it is deployed ${both.because}` } : existence;
}
var labelsOf = (choices) => [...new Set(choices.map((c) => c.label))].join(", ");
function armTypeOf(id) {
  const i = id.toLowerCase().lastIndexOf("/providers/");
  if (i < 0)
    return void 0;
  const segs = id.slice(i + "/providers/".length).split("/");
  return [segs[0], ...segs.slice(1).filter((_, j) => j % 2 === 0)].join("/").toLowerCase();
}
function rawPossible(p) {
  const flat = lift([p], ([v]) => hoist(v));
  const cases = flat instanceof Possible ? flat.cases : [{ when: {}, value: flat }];
  for (const c of cases) {
    const u = findUnknown(c.value);
    if (u)
      return u;
  }
  const choices = (flat instanceof Possible ? flat.choices : p.choices).map((c) => ({ key: c.key, label: c.label, values: c.values }));
  return { cases: cases.map((c) => ({ when: c.when, value: c.value })), choices };
}
function findUnknown(v) {
  if (v instanceof Unknown)
    return v;
  if (!containsUnknown(v))
    return void 0;
  if (Array.isArray(v))
    for (const x of v) {
      const u = findUnknown(x);
      if (u)
        return u;
    }
  else if (v && typeof v === "object" && !(v instanceof Possible))
    for (const x of Object.values(v)) {
      const u = findUnknown(x);
      if (u)
        return u;
    }
  return void 0;
}
var OMIT = /* @__PURE__ */ Symbol("omit");
var isIdPath = (path) => path.endsWith(".id") || path === "scope";
function toRow(v, path, facts) {
  if (v instanceof Unknown) {
    if (v.secure && isSecretProperty(path.slice(path.lastIndexOf(".") + 1)))
      return REDACTED;
    if (v.symbol !== void 0 && v.symbol.startsWith("/") && isIdPath(path))
      return v.symbol;
    facts.unresolved.push({ path, reason: v.because });
    return OMIT;
  }
  if (v instanceof Possible) {
    const p = rawPossible(v);
    if (p instanceof Unknown)
      facts.unresolved.push({ path, reason: p.because });
    else
      facts.possible[path] = p;
    return OMIT;
  }
  if (Array.isArray(v)) {
    const out = [];
    let dropped;
    for (const x of v) {
      if (x instanceof Unknown) {
        dropped ??= x;
        continue;
      }
      const r = toRow(x, `${path}[${out.length}]`, facts);
      out.push(r === OMIT ? null : r);
    }
    if (dropped)
      facts.unresolved.push({ path, reason: dropped.because });
    return out;
  }
  if (v !== null && typeof v === "object") {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const r = toRow(x, `${path}.${k}`, facts);
      if (r !== OMIT)
        out[k] = r;
    }
    return out;
  }
  return v;
}

// dist/sources/detect.js
var ARM_RESOURCE_ID = /^\/subscriptions\/[^/]+\/.*providers\/[^/]+\/[^/]+\/[^/]+/i;
function detectFormat(doc) {
  if (Array.isArray(doc))
    return "rows";
  if (!isObj(doc))
    return "unknown";
  if ("erscanSnapshot" in doc)
    return "snapshot";
  if (erscanOutputKind(doc) !== void 0)
    return "erscan-output";
  const schema = typeof doc.$schema === "string" ? doc.$schema.toLowerCase() : "";
  if (schema.includes("deploymenttemplate") || Array.isArray(doc.resources) && "contentVersion" in doc && !schema.includes("parameters"))
    return "arm-template";
  if (schema.includes("deploymentparameters") || schema.includes("parameters.json"))
    return "arm-parameters";
  if ("format_version" in doc && ("planned_values" in doc || "resource_changes" in doc || "terraform_version" in doc))
    return "terraform-plan";
  if (isTerraformJsonConfiguration(doc))
    return "terraform-config";
  if (azurePolicyKind(doc) !== void 0)
    return "azure-policy";
  if ("data" in doc && ("skip_token" in doc || "total_records" in doc))
    return "graph-cli";
  if ("data" in doc && ("totalRecords" in doc || "resultTruncated" in doc))
    return "graph-rest";
  if (Array.isArray(doc.value))
    return "arm-list";
  if (typeof doc.id === "string" && typeof doc.type === "string")
    return "arm-resource";
  if (typeof doc.id === "string" && doc.type === void 0 && isObj(doc.properties) && ARM_RESOURCE_ID.test(doc.id))
    return "arm-resource";
  return "unknown";
}
function erscanOutputKind(doc) {
  if (!isObj(doc) || !isObj(doc.tool) || doc.tool.name !== "erscan")
    return void 0;
  if ("schemaVersion" in doc && Array.isArray(doc.findings))
    return "an erscan JSON report";
  if ("trendVersion" in doc)
    return "an erscan trend (trend.json)";
  if ("diffVersion" in doc)
    return "an erscan diff (diff.json)";
  return void 0;
}
var POLICY_DEFINITION = "an Azure Policy definition";
var POLICY_INITIATIVE = "an Azure Policy initiative (policy set definition)";
function azurePolicyKind(doc) {
  if (!isObj(doc))
    return void 0;
  const type = typeof doc.type === "string" ? doc.type.toLowerCase() : "";
  if (type === "microsoft.authorization/policydefinitions")
    return POLICY_DEFINITION;
  if (type === "microsoft.authorization/policysetdefinitions")
    return POLICY_INITIATIVE;
  const props = isObj(doc.properties) ? doc.properties : doc;
  if (isObj(props.policyRule))
    return POLICY_DEFINITION;
  if (Array.isArray(props.policyDefinitions) && props.policyDefinitions.length > 0 && props.policyDefinitions.every((d) => isObj(d) && typeof d.policyDefinitionId === "string"))
    return POLICY_INITIATIVE;
  if (isObj(doc.if) && isObj(doc.then) && "effect" in doc.then && Object.keys(doc).every((k) => k === "if" || k === "then"))
    return "an Azure Policy rule";
  return void 0;
}
function isUnframedParameters(doc) {
  if (!isObj(doc) || typeof doc.$schema === "string")
    return false;
  const values = isObj(doc.parameters) && Object.keys(doc).every((k) => ["parameters", "contentVersion"].includes(k)) ? doc.parameters : doc;
  const entries = Object.values(values);
  return entries.length > 0 && entries.every((e) => isObj(e) && ("value" in e || "reference" in e) && Object.keys(e).every((k) => ["value", "reference", "metadata"].includes(k)));
}
var FORMAT_DESCRIPTIONS = 'an erscan snapshot, Resource Graph output (az graph query JSON or an array of rows), an ARM GET/list response ({"value": [...]}), an ARM template or parameter file, or a Terraform plan or state (terraform show -json)';
var NAMES_EXPRESSROUTE = /microsoft\.network\/(?:expressroute(?:circuits|ports|gateways)|virtualnetworkgateways|connections)\b/i;
function declaresExpressRoute(template) {
  return NAMES_EXPRESSROUTE.test(JSON.stringify(template));
}
var TERRAFORM_BLOCKS = ["resource", "data", "module", "provider", "terraform", "variable", "output", "locals", "moved", "import", "removed", "check", "ephemeral"];
function isTerraformJsonConfiguration(doc) {
  const keys = Object.keys(doc).filter((k) => k !== "//");
  return keys.length > 0 && keys.every((k) => TERRAFORM_BLOCKS.includes(k) && isObj(doc[k]));
}
var HCL_BLOCK = new RegExp(`^[ \\t]*(?:${TERRAFORM_BLOCKS.join("|")})(?:\\s+(?:"[^"\\n]*"|[A-Za-z_][\\w-]*))*\\s*\\{`, "m");
function isTerraformHcl(text) {
  return HCL_BLOCK.test(text);
}
var TERRAFORM_NAMES_EXPRESSROUTE = /express_?route|azurerm_virtual_network_gateway|microsoft\.network\/(?:virtualnetworkgateways|connections)\b/i;
var TERRAFORM_PLAN_EXPECTED = "a Terraform plan in JSON (terraform plan -out plan.out, then terraform show -json plan.out > plan.json)";

// dist/sources/template/terraform/plan.js
import { dirname } from "node:path";

// dist/sources/template/terraform/hcl.js
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
function moduleDir(parentDir, source) {
  return /^\.\.?[\\/]/.test(source) ? join(parentDir, source) : void 0;
}
var MAX_TF_BYTES = 4 * 1024 * 1024;
var dirCache = /* @__PURE__ */ new Map();
function tfFiles(dir) {
  const cached = dirCache.get(dir);
  if (cached)
    return cached;
  const out = [];
  try {
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".tf")).sort()) {
      const file = join(dir, name);
      const st = statSync(file);
      if (!st.isFile() || st.size > MAX_TF_BYTES)
        continue;
      let text;
      try {
        text = readText(file);
      } catch {
        continue;
      }
      out.push({ file, lines: text.split(/\r\n|\r|\n/) });
    }
  } catch {
  }
  dirCache.set(dir, out);
  return out;
}
function locateResourceBlock(dir, type, name) {
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`^(\\s*)resource\\s+"${esc(type)}"\\s+"${esc(name)}"\\s*\\{`);
  for (const { file, lines } of tfFiles(dir)) {
    for (let i = 0; i < lines.length; i++) {
      const m = re.exec(lines[i]);
      if (m)
        return { file, line: i + 1, column: m[1].length + 1 };
    }
  }
  return void 0;
}

// dist/sources/template/terraform/mapping.js
var PlanShapeError = class extends Error {
  instance;
  path;
  expected;
  found;
  constructor(instance, path, expected, found2) {
    super(`${instance.address} ${path.join(".")}: expected ${expected}`);
    this.instance = instance;
    this.path = path;
    this.expected = expected;
    this.found = found2;
  }
};
var BLOCKS = "a list of blocks (as the provider writes every block)";
var BLOCK = "a block (an object)";
function blocks(x, ...path) {
  const v = get(x, ...path);
  if (v !== null && v !== void 0 && !opaque(v) && !Array.isArray(v))
    throw new PlanShapeError(x, path, BLOCKS, v);
  return v;
}
var UNKNOWN = /* @__PURE__ */ Symbol("unknown");
var SENSITIVE = /* @__PURE__ */ Symbol("sensitive");
var OMITTED = /* @__PURE__ */ Symbol("omitted");
var opaque = (v) => v === UNKNOWN || v === SENSITIVE || v === OMITTED || v instanceof AmbiguousId;
var notKnownYet = (v) => v === UNKNOWN || v === OMITTED;
var step = (m, seg) => m === void 0 || m === null || typeof m !== "object" ? void 0 : m[seg];
function get(x, ...path) {
  let v = x.values;
  let u = x.unknown;
  let s = x.sensitive;
  const last = path[path.length - 1];
  const secret = typeof last === "string" && (isSecretProperty(last) || /_secret_id$/.test(last));
  if (u === true)
    return UNKNOWN;
  if (s === true && !secret)
    return SENSITIVE;
  for (const [i, seg] of path.entries()) {
    u = step(u, seg);
    if (u === true)
      return UNKNOWN;
    s = step(s, seg);
    if (s === true && !secret)
      return SENSITIVE;
    if (v !== void 0 && v !== null && (typeof seg === "number" ? !Array.isArray(v) : !isObj(v)))
      throw new PlanShapeError(x, path.slice(0, i), typeof seg === "number" ? BLOCKS : BLOCK, v);
    v = step(v, seg);
  }
  return x.omitsUnknown && (v === void 0 || v === null) ? OMITTED : v;
}
var GLOBAL_REACH_TYPE = "Microsoft.Network/expressRouteCircuits/peerings/connections";
var DIAGNOSTIC_SETTINGS_TYPE = "Microsoft.Insights/diagnosticSettings";
var DIAGNOSED_TYPES = [RESOURCE_TYPES.circuit, RESOURCE_TYPES.port, RESOURCE_TYPES.vnetGateway, RESOURCE_TYPES.vwanGateway].map((t) => t.toLowerCase());
var ARM_TYPE_OF = {
  azurerm_express_route_circuit: RESOURCE_TYPES.circuit,
  azurerm_express_route_circuit_peering: RESOURCE_TYPES.peering,
  azurerm_express_route_circuit_authorization: "Microsoft.Network/expressRouteCircuits/authorizations",
  azurerm_express_route_port: RESOURCE_TYPES.port,
  azurerm_virtual_network_gateway: RESOURCE_TYPES.vnetGateway,
  azurerm_virtual_network_gateway_connection: RESOURCE_TYPES.connection,
  azurerm_express_route_gateway: RESOURCE_TYPES.vwanGateway,
  azurerm_express_route_connection: RESOURCE_TYPES.vwanConnection,
  // Global Reach between two circuits' private peerings, and diagnostic settings on an ExpressRoute
  // resource: read so that a plan which declares them is judged with them (as an ARM template is).
  azurerm_express_route_circuit_connection: GLOBAL_REACH_TYPE,
  azurerm_monitor_diagnostic_setting: DIAGNOSTIC_SETTINGS_TYPE
};
var ER_ARM_TYPES = new Set([...Object.values(ARM_TYPE_OF)].map((t) => t.toLowerCase()));
function azapiType(x) {
  const t = x.values.type;
  return typeof t === "string" ? t.replace(/@.*$/, "") : void 0;
}
function isMappedType(x) {
  if (x.type in ARM_TYPE_OF)
    return true;
  if (x.type === "azapi_resource") {
    const t = azapiType(x);
    return t !== void 0 && ER_ARM_TYPES.has(t.toLowerCase());
  }
  return false;
}
var RowBuilder = class {
  row = {};
  unresolved = [];
  /** The unresolved paths whose plan value is sensitive (the others are known only after apply). */
  sensitive = [];
  /** The unresolved paths absent or null in planned_values (Instance.omitsUnknown). */
  omitted = [];
  /** Row paths holding the provider's documented default of an attribute the configuration does not set. */
  defaulted = [];
  /** Why an unresolved path is not known, where it is neither known only after apply nor sensitive. */
  reasons = /* @__PURE__ */ new Map();
  /** The unresolved paths an azapi `sensitive_body` (write-only) may set. */
  writeOnly = [];
  /** The unresolved paths whose expression references several candidates (AmbiguousId), with those candidates. */
  ambiguous = /* @__PURE__ */ new Map();
  /** Records a row path as not known from the plan, for `reason` (completing "`path` …"). */
  open(path, reason) {
    this.unresolved.push(path);
    this.reasons.set(path, reason);
  }
  /** Sets a row path (`properties.links[0].properties.adminState`); UNKNOWN or SENSITIVE records it unresolved. */
  set(path, v, readOnly = false) {
    if (v instanceof AmbiguousId) {
      if (!readOnly) {
        this.open(path, v.reason);
        this.ambiguous.set(path, v.candidates);
      }
      return;
    }
    if (opaque(v)) {
      if (!readOnly)
        this.unresolved.push(path);
      if (!readOnly && v === SENSITIVE)
        this.sensitive.push(path);
      if (!readOnly && v === OMITTED)
        this.omitted.push(path);
      return;
    }
    if (v === null || v === void 0)
      return;
    setPath(this.row, path, v);
  }
};
function setPath(target, path, v) {
  const segs = path.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let cur = target;
  segs.forEach((seg, i) => {
    const key = seg.startsWith("[") ? Number(seg.slice(1, -1)) : seg;
    if (i === segs.length - 1) {
      setOwn(cur, key, v);
      return;
    }
    const nextIsIndex = segs[i + 1].startsWith("[");
    const at = ownValue(cur, key);
    if (at === void 0 || at === null || typeof at !== "object")
      setOwn(cur, key, nextIsIndex ? [] : {});
    cur = cur[key];
  });
}
function renamed(x, current, old) {
  const v = get(x, current);
  if (!(old in x.values) || current in x.values && !opaque(v) && v !== null)
    return v;
  const w = get(x, old);
  return current in x.values && (opaque(w) || w === null) ? v : w;
}
var map = (v, f) => opaque(v) ? v : v === null || v === void 0 ? void 0 : f(v);
var enabled = (v) => map(v, (b) => b === true ? "Enabled" : b === false ? "Disabled" : void 0);
var Ambiguous = class {
  candidates;
  constructor(candidates) {
    this.candidates = candidates;
  }
  reason(address) {
    return `comes from an expression that references more than one candidate (${this.candidates.join(", ")}), and the plan does not say which one it takes (${address})`;
  }
};
var AmbiguousId = class {
  reason;
  candidates;
  constructor(reason, candidates) {
    this.reason = reason;
    this.candidates = candidates;
  }
};
function referencedInstance(x, attr, index, types) {
  const cfg = index.configFor(x);
  let expr = cfg?.expressions;
  for (const seg of typeof attr === "string" ? [attr] : attr) {
    if (Array.isArray(expr))
      expr = typeof seg === "number" ? expr[seg] ?? expr[0] : void 0;
    else
      expr = isObj(expr) ? expr[String(seg)] : void 0;
  }
  return resolveReferences(referencesOf(expr), x.moduleAddress, x.index, index, types, 0);
}
var referencesOf = (expr) => isObj(expr) && Array.isArray(expr.references) ? expr.references.filter((r) => typeof r === "string") : [];
var INDEX_ONLY = /^(?:count\.index|each\.key|path\.|terraform\.|self\b)/;
function subjectsOf(refs) {
  const subjects = [];
  const add = (s) => {
    if (!subjects.includes(s))
      subjects.push(s);
  };
  for (const ref of refs) {
    if (INDEX_ONLY.test(ref))
      continue;
    const variable = /^(var|local)\.([A-Za-z0-9_-]+)/.exec(ref);
    if (variable)
      add(`${variable[1]}.${variable[2]}`);
    else if (/^each\.value\b/.test(ref))
      add("each.value");
    else {
      const output = /^(module\.[A-Za-z0-9_-]+(?:\[[^\]]+\])?)(?:\.([A-Za-z0-9_-]+))?/.exec(ref);
      if (output)
        add(output[2] ? `${output[1]}.${output[2]}` : output[1]);
      else {
        const resource = /^((?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+)(\[[^\]]+\])?/.exec(ref);
        if (resource)
          add(`${resource[1]}${resource[2] ?? ""}`);
      }
    }
  }
  return subjects.filter((s) => !subjects.some((o) => o !== s && (o.startsWith(`${s}[`) || s.startsWith("module.") && o.startsWith(`${s}.`))));
}
function variableKnown(moduleAddress, name, index, depth) {
  if (!moduleAddress)
    return true;
  const call2 = depth < 20 ? /^(?:(.*)\.)?module\.([A-Za-z0-9_-]+)(?:\[(.+)\])?$/.exec(moduleAddress) : null;
  if (!call2)
    return false;
  const given = index.moduleCallFor(call2[1], call2[2])?.expressions;
  const expr = isObj(given) ? given[name] : void 0;
  if (expr === void 0)
    return true;
  if (!isObj(expr))
    return false;
  if (!Array.isArray(expr.references))
    return "constant_value" in expr;
  return subjectsOf(referencesOf(expr)).every((s) => {
    const v = /^var\.([A-Za-z0-9_-]+)$/.exec(s);
    return v !== null && variableKnown(call2[1], v[1], index, depth + 1);
  });
}
function resolveReferences(refs, moduleAddress, ownIndex, index, types, depth) {
  const prefix = moduleAddress ? `${moduleAddress}.` : "";
  const subjects = subjectsOf(refs).filter((s) => {
    const v = /^var\.([A-Za-z0-9_-]+)$/.exec(s);
    return !(v && variableKnown(moduleAddress, v[1], index, depth));
  });
  const resolveOne = (subject) => {
    const variable = /^var\.([A-Za-z0-9_-]+)$/.exec(subject);
    if (variable) {
      const call2 = moduleAddress && depth < 20 ? /^(?:(.*)\.)?module\.([A-Za-z0-9_-]+)(?:\[(.+)\])?$/.exec(moduleAddress) : null;
      if (!call2)
        return void 0;
      const [, parent, name, key] = call2;
      const given = index.moduleCallFor(parent, name)?.expressions;
      return resolveReferences(referencesOf(isObj(given) ? given[variable[1]] : void 0), parent, instanceKey(key), index, types, depth + 1);
    }
    const output = depth < 20 ? /^module\.([A-Za-z0-9_-]+)(\[[^\]]+\])?\.([A-Za-z0-9_-]+)$/.exec(subject) : null;
    if (output) {
      const [, name, key, out] = output;
      const outputs = step(step(index.moduleCallFor(moduleAddress, name), "module"), "outputs");
      const base3 = `${prefix}module.${name}`;
      const keyed = index.instances.some((i) => i.address.startsWith(`${base3}[`));
      const own = typeof ownIndex === "number" ? `[${ownIndex}]` : typeof ownIndex === "string" ? `[${JSON.stringify(ownIndex)}]` : void 0;
      const child = key ?? (!keyed ? "" : own !== void 0 && refs.includes(typeof ownIndex === "number" ? "count.index" : "each.key") ? own : void 0);
      return child === void 0 ? void 0 : resolveReferences(referencesOf(step(step(outputs, out), "expression")), `${base3}${child}`, void 0, index, types, depth + 1);
    }
    const m = /^([a-z0-9_]+)\.([A-Za-z0-9_-]+)(\[[^\]]+\])?$/.exec(subject);
    if (!m || !types.includes(m[1]))
      return void 0;
    const base2 = `${prefix}${m[1]}.${m[2]}`;
    if (m[3])
      return index.byAddress.get(`${base2}${m[3]}`);
    const candidates = index.instances.filter((i) => i.address === base2 || i.address.startsWith(`${base2}[`));
    if (candidates.length === 1)
      return candidates[0];
    const ownKey = typeof ownIndex === "number" ? "count.index" : "each.key";
    if (ownIndex !== void 0 && refs.includes(ownKey))
      return candidates.find((c) => c.index === ownIndex);
    return void 0;
  };
  const found2 = subjects.map(resolveOne);
  if (found2.length === 1)
    return found2[0];
  const instances = found2.filter((f) => f !== void 0 && !(f instanceof Ambiguous));
  if (instances.length > 0 && found2.every((f) => f === instances[0]))
    return instances[0];
  if (found2.some((f) => f !== void 0))
    return new Ambiguous(subjects.map((s) => /^(?:var|local|each)\./.test(s) ? moduleAddress ? `${s} in ${moduleAddress}` : s : `${prefix}${s}`));
  return void 0;
}
function instanceKey(key) {
  if (key === void 0)
    return void 0;
  if (/^\d+$/.test(key))
    return Number(key);
  try {
    const k = JSON.parse(key);
    return typeof k === "string" ? k : void 0;
  } catch {
    return void 0;
  }
}
var CIRCUIT_TYPES = ["azurerm_express_route_circuit", "azapi_resource"];
var ID_SOURCES = {
  express_route_circuit_id: CIRCUIT_TYPES,
  express_route_port_id: ["azurerm_express_route_port", "azapi_resource"],
  virtual_network_gateway_id: ["azurerm_virtual_network_gateway", "azapi_resource"],
  express_route_gateway_id: ["azurerm_express_route_gateway", "azapi_resource"],
  express_route_circuit_peering_id: ["azurerm_express_route_circuit_peering", "azapi_resource"],
  virtual_hub_id: ["azurerm_virtual_hub", "azapi_resource"],
  subnet_id: ["azurerm_subnet", "azapi_resource"],
  public_ip_address_id: ["azurerm_public_ip", "azapi_resource"],
  route_filter_id: ["azurerm_route_filter", "azapi_resource"],
  peering_id: ["azurerm_express_route_circuit_peering", "azapi_resource"],
  peer_peering_id: ["azurerm_express_route_circuit_peering", "azapi_resource"],
  target_resource_id: ["azurerm_express_route_circuit", "azurerm_express_route_port", "azurerm_virtual_network_gateway", "azurerm_express_route_gateway", "azapi_resource"],
  parent_id: ["azurerm_resource_group", "azurerm_express_route_circuit", "azurerm_express_route_gateway", "azapi_resource"]
};
function idAttr(x, attr, index, ...path) {
  const v = get(x, ...path.length ? path : [attr]);
  if (!opaque(v))
    return v;
  const target = referencedInstance(x, path.length ? path : attr, index, ID_SOURCES[attr] ?? []);
  if (target instanceof Ambiguous)
    return new AmbiguousId(target.reason(x.address), target.candidates.join(", "));
  return target ? idOf2(target, index) : v;
}
var ARM_SEGMENT = {
  azurerm_resource_group: "",
  azurerm_virtual_hub: "Microsoft.Network/virtualHubs",
  azurerm_virtual_network: "Microsoft.Network/virtualNetworks",
  azurerm_public_ip: "Microsoft.Network/publicIPAddresses",
  azurerm_route_filter: "Microsoft.Network/routeFilters"
};
function idOf2(x, index) {
  const cached = index.ids.get(x.address);
  if (cached)
    return cached;
  index.ids.set(x.address, `/unresolved/${addressSegment(x.address)}`);
  const id = computeId(x, index);
  index.ids.set(x.address, id);
  return id;
}
var addressSegment = (address) => address.replace(/\//g, "\u2215");
function computeId(x, index) {
  if (x.type === "azurerm_monitor_diagnostic_setting") {
    const target = idAttr(x, "target_resource_id", index);
    const name2 = get(x, "name");
    return typeof target === "string" ? `${target}/providers/${DIAGNOSTIC_SETTINGS_TYPE}/${typeof name2 === "string" && name2 !== "" ? name2 : addressSegment(x.address)}` : `/unresolved/${addressSegment(x.address)}`;
  }
  const planned = get(x, "id");
  if (typeof planned === "string" && planned.startsWith("/"))
    return planned;
  const name = get(x, "name");
  const nameOrAddress = typeof name === "string" && name !== "" ? name : addressSegment(x.address);
  const rgValue = get(x, "resource_group_name");
  const rg = typeof rgValue === "string" && rgValue !== "" ? rgValue : opaque(rgValue) ? unknownResourceGroup(x, index) : PLACEHOLDER_RESOURCE_GROUP;
  const subscription = index.subscriptionFor(x);
  const rgId = `/subscriptions/${subscription}/resourceGroups/${rg}`;
  switch (x.type) {
    case "azurerm_resource_group":
      return `/subscriptions/${subscription}/resourceGroups/${nameOrAddress}`;
    case "azurerm_subnet": {
      const vnet = get(x, "virtual_network_name");
      return `${rgId}/providers/Microsoft.Network/virtualNetworks/${typeof vnet === "string" ? vnet : `${addressSegment(x.address)}-vnet`}/subnets/${nameOrAddress}`;
    }
    case "azurerm_express_route_circuit_peering": {
      const circuit = circuitIdForChild(x, index, rgId);
      const pt = get(x, "peering_type");
      return `${circuit}/peerings/${typeof pt === "string" ? pt : addressSegment(x.address)}`;
    }
    case "azurerm_express_route_circuit_authorization":
      return `${circuitIdForChild(x, index, rgId)}/authorizations/${nameOrAddress}`;
    case "azurerm_express_route_connection": {
      const gw = idAttr(x, "express_route_gateway_id", index);
      const base2 = typeof gw === "string" ? gw : `${rgId}/providers/${RESOURCE_TYPES.vwanGateway}/${addressSegment(x.address)}-gateway`;
      return `${base2}/expressRouteConnections/${nameOrAddress}`;
    }
    case "azurerm_express_route_circuit_connection": {
      const peering = idAttr(x, "peering_id", index);
      const base2 = typeof peering === "string" ? peering : `${rgId}/providers/${RESOURCE_TYPES.circuit}/${addressSegment(x.address)}-circuit/peerings/AzurePrivatePeering`;
      return `${base2}/connections/${nameOrAddress}`;
    }
    case "azapi_resource": {
      const type = azapiType(x) ?? "Microsoft.Resources/unknown";
      const parent = idAttr(x, "parent_id", index);
      if (parent instanceof AmbiguousId)
        index.ambiguousParents.push(`${x.address} parent_id (${parent.candidates})`);
      const segs = type.split("/");
      if (typeof parent === "string") {
        return segs.length > 2 ? `${parent}/${segs[segs.length - 1]}/${nameOrAddress}` : `${parent}/providers/${type}/${nameOrAddress}`;
      }
      return `/subscriptions/${subscription}/resourceGroups/${PLACEHOLDER_RESOURCE_GROUP}/providers/${type}/${nameOrAddress}`;
    }
  }
  const armType = ARM_TYPE_OF[x.type] ?? ARM_SEGMENT[x.type];
  if (armType)
    return `${rgId}/providers/${armType}/${nameOrAddress}`;
  return `${rgId}/providers/terraform/${addressSegment(x.address)}`;
}
function unknownResourceGroup(x, index) {
  const group = referencedInstance(x, "resource_group_name", index, ["azurerm_resource_group"]);
  return standInOf(`terraform|${group && !(group instanceof Ambiguous) ? group.address : x.address}|resource_group_name`);
}
function circuitIdForChild(x, index, rgId) {
  const byRef = referencedInstance(x, "express_route_circuit_name", index, ["azurerm_express_route_circuit"]);
  if (byRef && !(byRef instanceof Ambiguous))
    return idOf2(byRef, index);
  const ambiguous = byRef instanceof Ambiguous ? () => index.ambiguousParents.push(`${x.address} express_route_circuit_name (${byRef.candidates.join(", ")})`) : () => void 0;
  const unknownName = (i, attr) => notKnownYet(get(i, attr));
  const circuitName = unknownName(x, "express_route_circuit_name") ? void 0 : x.values.express_route_circuit_name;
  const rg = unknownName(x, "resource_group_name") ? void 0 : x.values.resource_group_name;
  if (typeof circuitName === "string") {
    const same2 = index.instances.find((i) => i.type === "azurerm_express_route_circuit" && !unknownName(i, "name") && i.values.name === circuitName && // a circuit of the same name deployed by another provider configuration is in another subscription
    index.subscriptionFor(i) === index.subscriptionFor(x) && (typeof rg !== "string" || !unknownName(i, "resource_group_name") && i.values.resource_group_name === rg));
    if (same2)
      return idOf2(same2, index);
    ambiguous();
    if (get(x, "express_route_circuit_name") === SENSITIVE)
      return `${rgId}/providers/${RESOURCE_TYPES.circuit}/${addressSegment(x.address)}-circuit`;
    return `${rgId}/providers/${RESOURCE_TYPES.circuit}/${circuitName}`;
  }
  ambiguous();
  return `${rgId}/providers/${RESOURCE_TYPES.circuit}/${addressSegment(x.address)}-circuit`;
}
function common(rb, x, index, armType) {
  const id = idOf2(x, index);
  rb.row.id = id;
  rb.row.type = armType;
  rb.row.name = id.split("/").pop();
  rb.set("location", get(x, "location"));
  const tags = get(x, "tags");
  if (opaque(tags))
    return rb.set("tags", tags);
  if (tags !== null && tags !== void 0 && !isObj(tags))
    throw new PlanShapeError(x, ["tags"], "a map of tags (an object)", tags);
  if (isObj(tags)) {
    rb.row.tags = {};
    for (const k of Object.keys(tags))
      rb.set(`tags.${k}`, get(x, "tags", k));
    const unknownTags = step(x.unknown, "tags");
    if (isObj(unknownTags)) {
      for (const [k, u] of Object.entries(unknownTags))
        if (u === true && !Object.hasOwn(tags, k))
          rb.set(`tags.${k}`, UNKNOWN);
    }
  }
}
function msPeeringConfig(rb, prefix, x, ...path) {
  const block = blocks(x, ...path);
  if (opaque(block))
    return rb.set(prefix, block);
  if (!Array.isArray(block) || block.length === 0)
    return;
  rb.set(`${prefix}.advertisedPublicPrefixes`, get(x, ...path, 0, "advertised_public_prefixes"));
  rb.set(`${prefix}.advertisedCommunities`, get(x, ...path, 0, "advertised_communities"));
  rb.set(`${prefix}.customerASN`, get(x, ...path, 0, "customer_asn"));
  rb.set(`${prefix}.routingRegistryName`, get(x, ...path, 0, "routing_registry_name"));
  rb.set(`${prefix}.advertisedPublicPrefixesState`, get(x, ...path, 0, "advertised_public_prefixes_state"), true);
}
function identityBlock(rb, x) {
  const identity = blocks(x, "identity");
  if (opaque(identity))
    rb.set("identity", identity);
  else if (Array.isArray(identity) && identity.length > 0)
    rb.set("identity.type", get(x, "identity", 0, "type"));
}
function unsetInConfiguration(x, index, attr) {
  const cfg = index.configFor(x);
  if (!cfg)
    return false;
  return !(isObj(cfg.expressions) && attr in cfg.expressions);
}
function linkLeftToAzure(x, index, link) {
  if (!x.creating)
    return false;
  const cfg = index.configFor(x);
  if (!cfg)
    return false;
  const expressions = isObj(cfg.expressions) ? cfg.expressions : {};
  return !(link in expressions);
}
var KEY_VAULT_SECRET_URI = /^(?:data\.)?azurerm_key_vault_secret\.[A-Za-z0-9_-]+(?:\[[^\]]+\])?\.(?:id|versionless_id)$/;
var KEY_VAULT_SECRET = /^(?:data\.)?azurerm_key_vault_secret\.[A-Za-z0-9_-]+(?:\[[^\]]+\])?$/;
function keyVaultSecretUri(x, index, path) {
  let expr = index.configFor(x)?.expressions;
  for (const seg of path)
    expr = Array.isArray(expr) ? typeof seg === "number" ? expr[seg] : void 0 : isObj(expr) ? expr[String(seg)] : void 0;
  let refs = referencesOf(expr);
  let moduleAddress = x.moduleAddress;
  for (let depth = 0; depth < 20; depth++) {
    const other = refs.filter((r) => !KEY_VAULT_SECRET_URI.test(r) && !KEY_VAULT_SECRET.test(r));
    if (other.length === 0)
      return refs.some((r) => KEY_VAULT_SECRET_URI.test(r));
    const variable = other.length === 1 && refs.length === 1 ? /^var\.([A-Za-z0-9_-]+)$/.exec(other[0]) : null;
    const call2 = variable && moduleAddress ? /^(?:(.*)\.)?module\.([A-Za-z0-9_-]+)(?:\[.+\])?$/.exec(moduleAddress) : null;
    if (!variable || !call2)
      return false;
    const given = index.moduleCallFor(call2[1], call2[2])?.expressions;
    refs = referencesOf(isObj(given) ? given[variable[1]] : void 0);
    moduleAddress = call2[1];
  }
  return false;
}
var MAPPERS = {
  azurerm_express_route_circuit(rb, x, index) {
    const tier = get(x, "sku", 0, "tier");
    const family = get(x, "sku", 0, "family");
    rb.set("sku.name", opaque(tier) ? tier : opaque(family) ? family : typeof tier === "string" && typeof family === "string" ? `${tier}_${family}` : void 0);
    rb.set("sku.tier", tier);
    rb.set("sku.family", family);
    const provider = get(x, "service_provider_name");
    const atProvider = typeof provider === "string" && provider !== "";
    const directSide = (v) => v === OMITTED && atProvider ? void 0 : v;
    const port = directSide(idAttr(x, "express_route_port_id", index));
    const direct = opaque(port) || typeof port === "string" && port !== "";
    const unlessZero = (v) => v === 0 || v === "" ? void 0 : v;
    const providerSide = (v) => direct ? unlessZero(v) : v;
    rb.set("properties.serviceProviderProperties.serviceProviderName", providerSide(get(x, "service_provider_name")));
    rb.set("properties.serviceProviderProperties.peeringLocation", providerSide(get(x, "peering_location")));
    rb.set("properties.serviceProviderProperties.bandwidthInMbps", providerSide(get(x, "bandwidth_in_mbps")));
    rb.set("properties.allowClassicOperations", get(x, "allow_classic_operations"));
    rb.set("properties.expressRoutePort.id", port);
    rb.set("properties.bandwidthInGbps", direct ? get(x, "bandwidth_in_gbps") : unlessZero(directSide(get(x, "bandwidth_in_gbps"))));
    rb.set("properties.authorizationKey", get(x, "authorization_key"));
    const rateLimit = renamed(x, "rate_limiting_enabled", "enable_rate_limiting");
    if (rateLimit === false && direct && (x.creating || x.omitsUnknown))
      rb.open("properties.enableDirectPortRateLimit", `is false in the plan, which the provider does not send when it creates the circuit (it sends the attribute only when true), and the default Azure applies then is not documented${x.creating ? "" : "; the plan has no resource_changes to say whether it creates the circuit"} (${x.address})`);
    else
      rb.set("properties.enableDirectPortRateLimit", rateLimit);
    rb.set("properties.serviceProviderProvisioningState", get(x, "service_provider_provisioning_state"), true);
    rb.set("properties.serviceKey", get(x, "service_key"), true);
  },
  azurerm_express_route_circuit_peering(rb, x, index) {
    rb.set("properties.peeringType", get(x, "peering_type"));
    rb.set("properties.state", enabled(get(x, "ipv4_enabled")));
    rb.set("properties.peerASN", get(x, "peer_asn"));
    rb.set("properties.vlanId", get(x, "vlan_id"));
    rb.set("properties.primaryPeerAddressPrefix", get(x, "primary_peer_address_prefix"));
    rb.set("properties.secondaryPeerAddressPrefix", get(x, "secondary_peer_address_prefix"));
    rb.set("properties.sharedKey", get(x, "shared_key"));
    rb.set("properties.azureASN", get(x, "azure_asn"), true);
    rb.set("properties.primaryAzurePort", get(x, "primary_azure_port"), true);
    rb.set("properties.secondaryAzurePort", get(x, "secondary_azure_port"), true);
    rb.set("properties.routeFilter.id", idAttr(x, "route_filter_id", index));
    msPeeringConfig(rb, "properties.microsoftPeeringConfig", x, "microsoft_peering_config");
    const ipv6 = blocks(x, "ipv6");
    if (opaque(ipv6))
      rb.set("properties.ipv6PeeringConfig", ipv6);
    else if (Array.isArray(ipv6) && ipv6.length > 0) {
      rb.set("properties.ipv6PeeringConfig.primaryPeerAddressPrefix", get(x, "ipv6", 0, "primary_peer_address_prefix"));
      rb.set("properties.ipv6PeeringConfig.secondaryPeerAddressPrefix", get(x, "ipv6", 0, "secondary_peer_address_prefix"));
      rb.set("properties.ipv6PeeringConfig.state", enabled(get(x, "ipv6", 0, "enabled")));
      rb.set("properties.ipv6PeeringConfig.routeFilter.id", idAttr(x, "route_filter_id", index, "ipv6", 0, "route_filter_id"));
      msPeeringConfig(rb, "properties.ipv6PeeringConfig.microsoftPeeringConfig", x, "ipv6", 0, "microsoft_peering");
    }
  },
  azurerm_express_route_circuit_authorization(rb, x) {
    rb.set("properties.authorizationUseStatus", get(x, "authorization_use_status"), true);
  },
  azurerm_express_route_port(rb, x, index) {
    rb.set("properties.peeringLocation", get(x, "peering_location"));
    rb.set("properties.bandwidthInGbps", get(x, "bandwidth_in_gbps"));
    rb.set("properties.encapsulation", get(x, "encapsulation"));
    rb.set("properties.billingType", get(x, "billing_type"));
    identityBlock(rb, x);
    let n = 0;
    for (const link of ["link1", "link2"]) {
      const block = blocks(x, link);
      if (block === UNKNOWN && linkLeftToAzure(x, index, link))
        continue;
      if (opaque(block)) {
        rb.set("properties.links", block);
        continue;
      }
      if (!Array.isArray(block) || block.length === 0)
        continue;
      const at = `properties.links[${n++}]`;
      rb.set(`${at}.name`, link);
      rb.set(`${at}.properties.adminState`, enabled(get(x, link, 0, "admin_enabled")));
      rb.set(`${at}.properties.macSecConfig.cipher`, get(x, link, 0, "macsec_cipher"));
      for (const [attr, prop] of [["macsec_ckn_keyvault_secret_id", "cknSecretIdentifier"], ["macsec_cak_keyvault_secret_id", "cakSecretIdentifier"]]) {
        const v = get(x, link, 0, attr);
        rb.set(`${at}.properties.macSecConfig.${prop}`, notKnownYet(v) && keyVaultSecretUri(x, index, [link, 0, attr]) ? REDACTED_KEYVAULT : v);
      }
      rb.set(`${at}.properties.macSecConfig.sciState`, enabled(get(x, link, 0, "macsec_sci_enabled")));
      rb.set(`${at}.properties.connectorType`, get(x, link, 0, "connector_type"), true);
    }
  },
  azurerm_virtual_network_gateway(rb, x, index) {
    rb.set("properties.gatewayType", get(x, "type"));
    rb.set("properties.sku.name", get(x, "sku"));
    rb.set("properties.sku.tier", get(x, "sku"));
    rb.set("properties.activeActive", get(x, "active_active"));
    rb.set("properties.enableBgp", renamed(x, "bgp_enabled", "enable_bgp"));
    rb.set("properties.vpnType", get(x, "vpn_type"));
    rb.set("properties.allowRemoteVnetTraffic", get(x, "remote_vnet_traffic_enabled"));
    rb.set("properties.allowVirtualWanTraffic", get(x, "virtual_wan_traffic_enabled"));
    const sku = get(x, "sku");
    if (typeof sku === "string" ? sku.toLowerCase() === "ergwscale" : opaque(sku)) {
      rb.set("properties.autoScaleConfiguration.bounds.min", get(x, "minimum_scale_unit"));
      rb.set("properties.autoScaleConfiguration.bounds.max", get(x, "maximum_scale_unit"));
    }
    const edgeZone = get(x, "edge_zone");
    if (opaque(edgeZone))
      rb.set("extendedLocation", edgeZone);
    else if (typeof edgeZone === "string" && edgeZone !== "") {
      rb.set("extendedLocation.name", edgeZone);
      rb.set("extendedLocation.type", "EdgeZone");
    }
    const ipc = blocks(x, "ip_configuration");
    if (opaque(ipc))
      rb.set("properties.ipConfigurations", ipc);
    else if (Array.isArray(ipc)) {
      ipc.forEach((_, i) => {
        const at = `properties.ipConfigurations[${i}]`;
        rb.set(`${at}.name`, get(x, "ip_configuration", i, "name"));
        rb.set(`${at}.properties.privateIPAllocationMethod`, get(x, "ip_configuration", i, "private_ip_address_allocation"));
        rb.set(`${at}.properties.subnet.id`, idAttr(x, "subnet_id", index, "ip_configuration", i, "subnet_id"));
        rb.set(`${at}.properties.publicIPAddress.id`, idAttr(x, "public_ip_address_id", index, "ip_configuration", i, "public_ip_address_id"));
      });
    }
  },
  azurerm_virtual_network_gateway_connection(rb, x, index) {
    rb.set("properties.connectionType", get(x, "type"));
    rb.set("properties.virtualNetworkGateway1.id", idAttr(x, "virtual_network_gateway_id", index));
    rb.set("properties.peer.id", idAttr(x, "express_route_circuit_id", index));
    rb.set("properties.routingWeight", get(x, "routing_weight"));
    rb.set("properties.expressRouteGatewayBypass", get(x, "express_route_gateway_bypass"));
    rb.set("properties.enablePrivateLinkFastPath", get(x, "private_link_fast_path_enabled"));
    rb.set("properties.authorizationKey", get(x, "authorization_key"));
  },
  azurerm_express_route_gateway(rb, x, index) {
    rb.set("properties.virtualHub.id", idAttr(x, "virtual_hub_id", index));
    rb.set("properties.autoScaleConfiguration.bounds.min", get(x, "scale_units"));
    rb.set("properties.allowNonVirtualWanTraffic", get(x, "allow_non_virtual_wan_traffic"));
  },
  azurerm_express_route_connection(rb, x, index) {
    rb.set("properties.expressRouteCircuitPeering.id", idAttr(x, "express_route_circuit_peering_id", index));
    rb.set("properties.routingWeight", get(x, "routing_weight"));
    rb.set("properties.enableInternetSecurity", renamed(x, "internet_security_enabled", "enable_internet_security"));
    const bypass = get(x, "express_route_gateway_bypass_enabled");
    rb.set("properties.expressRouteGatewayBypass", bypass);
    if (bypass === false && unsetInConfiguration(x, index, "express_route_gateway_bypass_enabled"))
      rb.defaulted.push("properties.expressRouteGatewayBypass");
    const privateLink = get(x, "private_link_fast_path_enabled");
    if ((x.creating || x.omitsUnknown) && bypass !== false && !opaque(privateLink) && privateLink !== true && unsetInConfiguration(x, index, "private_link_fast_path_enabled"))
      rb.open("properties.enablePrivateLinkFastPath", `is not set in the configuration, so the provider does not send it when it creates the connection, and the default Azure applies then is not documented${x.creating ? "" : "; the plan has no resource_changes to say whether it creates the connection"} (${x.address})`);
    else
      rb.set("properties.enablePrivateLinkFastPath", privateLink);
    rb.set("properties.authorizationKey", get(x, "authorization_key"));
  },
  azurerm_express_route_circuit_connection(rb, x, index) {
    rb.set("properties.expressRouteCircuitPeering.id", idAttr(x, "peering_id", index));
    rb.set("properties.peerExpressRouteCircuitPeering.id", idAttr(x, "peer_peering_id", index));
    rb.set("properties.addressPrefix", get(x, "address_prefix_ipv4"));
    rb.set("properties.authorizationKey", get(x, "authorization_key"));
    rb.set("properties.ipv6CircuitConnectionConfig.addressPrefix", get(x, "address_prefix_ipv6"));
  },
  // Only its existence counts (the diagnostics rules ask whether a resource has a setting at all).
  azurerm_monitor_diagnostic_setting() {
  }
};
function diagnosesExpressRoute(id) {
  const lower3 = id.toLowerCase();
  const at = lower3.lastIndexOf("/providers/microsoft.insights/diagnosticsettings/");
  if (at <= 0 || lower3.startsWith("/unresolved/"))
    return false;
  const type = /\/providers\/([^/]+\/[^/]+)\/[^/]+$/.exec(lower3.slice(0, at))?.[1];
  return type !== void 0 && DIAGNOSED_TYPES.includes(type);
}
function azapiBody(rb, x, index) {
  const body = get(x, "body");
  if (opaque(body))
    return rb.set("properties", body);
  let doc = body;
  if (typeof body === "string") {
    try {
      doc = JSON.parse(body);
    } catch {
      return rb.set("properties", UNKNOWN);
    }
  }
  if (!isObj(doc))
    return;
  const bodyUnknown = typeof body === "string" ? void 0 : isObj(x.unknown) ? x.unknown.body : void 0;
  const bodySensitive = typeof body === "string" ? void 0 : isObj(x.sensitive) ? x.sensitive.body : void 0;
  const walk = (v, u, s, path, key) => {
    if (u === true)
      return rb.set(path, UNKNOWN);
    if (s === true && !(typeof key === "string" && isSecretProperty(key)))
      return rb.set(path, SENSITIVE);
    if (isObj(v)) {
      for (const [k, c] of Object.entries(v))
        walk(c, step(u, k), step(s, k), path ? `${path}.${k}` : k, k);
      if (isObj(u)) {
        for (const [k, c] of Object.entries(u))
          if (!Object.hasOwn(v, k) && c === true)
            rb.set(path ? `${path}.${k}` : k, UNKNOWN);
      }
    } else if (Array.isArray(v))
      v.forEach((c, i) => walk(c, step(u, i), step(s, i), `${path}[${i}]`, i));
    else
      rb.set(path, x.omitsUnknown && v === null ? OMITTED : v);
  };
  walk(doc, bodyUnknown, bodySensitive, "", "");
  const bodyRefs = isObj(index.configFor(x)?.expressions) ? index.configFor(x).expressions.body : void 0;
  if (x.omitsUnknown && (bodyRefs === void 0 || referencesOf(bodyRefs).some((r) => !/^var\./.test(r)))) {
    rb.unresolved.push("properties");
    rb.omitted.push("properties");
  }
  const sensitiveBody = x.values.sensitive_body;
  const expressions = index.configFor(x)?.expressions;
  if (step(x.unknown, "sensitive_body") === true)
    rb.set("properties", UNKNOWN);
  else if (isObj(sensitiveBody)) {
    const secretWalk = (v, path, key) => {
      if (typeof key === "string" && isSecretProperty(key))
        return rb.set(path, v);
      if (isObj(v))
        for (const [k, c] of Object.entries(v))
          secretWalk(c, path ? `${path}.${k}` : k, k);
      else if (Array.isArray(v))
        v.forEach((c, i) => secretWalk(c, `${path}[${i}]`, i));
      else if (v !== null && v !== void 0)
        rb.set(path, SENSITIVE);
    };
    secretWalk(sensitiveBody, "", "");
  } else if ((sensitiveBody === null || sensitiveBody === void 0) && isObj(expressions) && expressions.sensitive_body !== void 0 && !isNullConstant(expressions.sensitive_body)) {
    rb.open("properties", `may be set by sensitive_body, which is merge-patched into the body and which the plan does not show (write-only) (${x.address})`);
    rb.writeOnly.push("properties");
  }
}
var isNullConstant = (expr) => isObj(expr) && "constant_value" in expr && expr.constant_value === null && !Array.isArray(expr.references);
function mapUpdate(x, index) {
  if (x.type !== "azapi_update_resource")
    return void 0;
  const type = azapiType(x);
  if (type === void 0 || !ER_ARM_TYPES.has(type.toLowerCase()))
    return void 0;
  const rb = new RowBuilder();
  azapiBody(rb, x, index);
  let target;
  const resourceId = get(x, "resource_id");
  if (typeof resourceId === "string" && resourceId.startsWith("/"))
    target = resourceId;
  else {
    const byRef = referencedInstance(x, "resource_id", index, UPDATE_TARGET_TYPES);
    if (byRef instanceof Ambiguous)
      target = void 0;
    else if (byRef)
      target = idOf2(byRef, index);
    else {
      const parent = idAttr(x, "parent_id", index);
      const name = get(x, "name");
      if (typeof parent === "string" && !parent.startsWith("/unresolved/") && typeof name === "string" && name !== "") {
        const segs = type.split("/");
        target = segs.length > 2 ? `${parent}/${segs[segs.length - 1]}/${name}` : `${parent}/providers/${type}/${name}`;
      }
    }
  }
  return { type, target, row: rb.row, unresolved: rb.unresolved, sensitive: rb.sensitive, omitted: rb.omitted, defaulted: rb.defaulted, reasons: rb.reasons, ambiguous: rb.ambiguous, writeOnly: rb.writeOnly };
}
var UPDATE_TARGET_TYPES = [...Object.keys(ARM_TYPE_OF), "azapi_resource"];
function mapInstance(x, index) {
  const rb = new RowBuilder();
  if (x.type === "azapi_resource") {
    const type = azapiType(x);
    azapiBody(rb, x, index);
    identityBlock(rb, x);
    common(rb, x, index, type);
    if (type.toLowerCase() === DIAGNOSTIC_SETTINGS_TYPE.toLowerCase() && !diagnosesExpressRoute(String(rb.row.id)))
      return void 0;
    return { row: rb.row, unresolved: rb.unresolved, sensitive: rb.sensitive, omitted: rb.omitted, defaulted: rb.defaulted, reasons: rb.reasons, ambiguous: rb.ambiguous, writeOnly: rb.writeOnly };
  }
  const armType = ARM_TYPE_OF[x.type];
  const mapper = MAPPERS[x.type];
  if (!armType || !mapper)
    return void 0;
  common(rb, x, index, armType);
  if (armType === DIAGNOSTIC_SETTINGS_TYPE && !diagnosesExpressRoute(String(rb.row.id)))
    return void 0;
  mapper(rb, x, index);
  return { row: rb.row, unresolved: rb.unresolved, sensitive: rb.sensitive, omitted: rb.omitted, defaulted: rb.defaulted, reasons: rb.reasons, ambiguous: rb.ambiguous, writeOnly: rb.writeOnly };
}

// dist/sources/template/terraform/providers.js
function providerConfigKeys(configResource) {
  if (!configResource)
    return [];
  if (typeof configResource.provider_config_key === "string")
    return [configResource.provider_config_key];
  const keys = configResource.provider_config_keys;
  return Array.isArray(keys) ? keys.filter((k) => typeof k === "string") : [];
}
function subscriptionOfConfig(key, config) {
  const expr = isObj(config.expressions) ? config.expressions.subscription_id : void 0;
  if (!isObj(expr))
    return PLACEHOLDER_SUBSCRIPTION;
  if ("constant_value" in expr)
    return typeof expr.constant_value === "string" && expr.constant_value !== "" ? expr.constant_value : PLACEHOLDER_SUBSCRIPTION;
  const refs = Array.isArray(expr.references) ? expr.references.filter((r) => typeof r === "string") : [];
  const variable = refs.length === 1 && /^var\.[A-Za-z0-9_-]+$/.test(refs[0]) ? refs[0] : void 0;
  const module = key.includes(":") ? key.slice(0, key.lastIndexOf(":")) : "";
  return standInOf(refs.length > 0 ? `terraform|provider-subscription|${module}|${[...refs].sort().join(",")}` : `terraform|provider|${key}|subscription_id`, variable);
}
function subscriptionOfKey(providerConfigs, key) {
  const config = providerConfigs[key];
  if (isObj(config))
    return subscriptionOfConfig(key, config);
  const name = key.replace(/^.*:/, "").split(".")[0];
  const subs = new Set(Object.entries(providerConfigs).flatMap(([k, c]) => isObj(c) && c.name === name ? [subscriptionOfConfig(k, c)] : []));
  if (subs.size === 0)
    return PLACEHOLDER_SUBSCRIPTION;
  return subs.size === 1 ? [...subs][0] : standInOf(`terraform|provider|${key}|subscription_id`);
}
function subscriptionOf(providerConfigs, configResource, address) {
  const subs = [...new Set(providerConfigKeys(configResource).map((k) => subscriptionOfKey(providerConfigs, k)))];
  if (subs.length === 0)
    return PLACEHOLDER_SUBSCRIPTION;
  return subs.length === 1 ? subs[0] : standInOf(`terraform|${address}|subscription_id`);
}

// dist/sources/template/terraform/plan.js
function moduleConfigKey(moduleAddress) {
  if (!moduleAddress)
    return "";
  return moduleAddress.replace(/\[[^\]]*\]/g, "");
}
function indexConfiguration(doc, planDir) {
  const out = /* @__PURE__ */ new Map();
  const walk = (mod, key, dir, depth) => {
    if (!isObj(mod) || depth > 20)
      return;
    const resources = /* @__PURE__ */ new Map();
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
      if (isObj(r) && typeof r.type === "string" && typeof r.name === "string" && r.mode !== "data")
        resources.set(`${r.type}.${r.name}`, r);
    }
    const calls = /* @__PURE__ */ new Map();
    out.set(key, { resources, calls, dir });
    if (isObj(mod.module_calls)) {
      for (const [name, call2] of Object.entries(mod.module_calls)) {
        if (!isObj(call2))
          continue;
        calls.set(name, call2);
        const childDir = dir !== void 0 && typeof call2.source === "string" ? moduleDir(dir, call2.source) : void 0;
        walk(call2.module, key ? `${key}.module.${name}` : `module.${name}`, childDir, depth + 1);
      }
    }
  };
  const config = isObj(doc.configuration) ? doc.configuration : {};
  walk(config.root_module, "", planDir, 0);
  return out;
}
function planConfigurationDirs(file, doc) {
  const dirs = isObj(doc) ? [...indexConfiguration(doc, dirname(file)).values()].map((m) => m.dir) : [];
  return [dirname(file), ...dirs.filter((d) => d !== void 0)];
}
var READ_FORMAT_VERSIONS = /^(?:0\.2|1\.\d+)(?:\.\d+)?$/;
var READ_FORMAT_VERSIONS_TEXT = "format_version 0.2 (Terraform 0.15 and 1.0) or 1.x (Terraform 1.1 and later)";
function loadTerraformPlan(file, parsed) {
  const doc = parsed.value;
  if (!isObj(doc))
    throw new InputError(file, "$", "a Terraform plan object", describeValue(doc));
  const fv = doc.format_version;
  if (typeof fv !== "string" || !READ_FORMAT_VERSIONS.test(fv))
    throw new InputError(file, "$.format_version", `a Terraform JSON plan of ${READ_FORMAT_VERSIONS_TEXT}`, describeValue(fv));
  const notices = [];
  const gaps = [];
  if (doc.errored === true)
    gaps.push({ scope: file, reason: "the Terraform plan errored: resources it did not reach are missing" });
  else if (doc.complete === false)
    gaps.push({ scope: file, reason: "the Terraform plan is not complete (deferred changes): resources it defers to a later plan are not scanned" });
  const instances = [];
  const destroyed = [];
  const forgotten = [];
  const deposed = [];
  const stateDeposed = [];
  const isState = !Array.isArray(doc.resource_changes) && !isObj(doc.planned_values) && isObj(doc.values);
  if (doc.resource_changes !== void 0 && doc.resource_changes !== null && !Array.isArray(doc.resource_changes))
    throw new InputError(file, "$.resource_changes", "a list of resource changes", describeValue(doc.resource_changes));
  if (doc.configuration !== void 0 && doc.configuration !== null && !isObj(doc.configuration))
    throw new InputError(file, "$.configuration", "a configuration object", describeValue(doc.configuration));
  if (Array.isArray(doc.resource_changes)) {
    doc.resource_changes.forEach((rc, i) => {
      const at = `$.resource_changes[${i}]`;
      if (!isObj(rc))
        throw new InputError(file, at, "a resource change object", describeValue(rc));
      if (typeof rc.address !== "string")
        throw new InputError(file, `${at}.address`, "the resource's address (a string)", describeValue(rc.address));
      if (typeof rc.type !== "string")
        throw new InputError(file, `${at}.type`, "the resource's type (a string)", describeValue(rc.type));
      if (rc.mode === "data")
        return;
      if (!isObj(rc.change))
        throw new InputError(file, `${at}.change`, "a change object (actions, before, after)", describeValue(rc.change));
      const change = rc.change;
      if (!Array.isArray(change.actions) || change.actions.length === 0 || !change.actions.every((a) => typeof a === "string"))
        throw new InputError(file, `${at}.change.actions`, "a list of the actions the plan takes (create, update, delete, no-op, read, forget)", describeValue(change.actions));
      for (const key of ["before", "after"])
        if (change[key] !== void 0 && change[key] !== null && !isObj(change[key]))
          throw new InputError(file, `${at}.change.${key}`, `the resource's values ${key} the change (an object, or null)`, describeValue(change[key]));
      const actions = change.actions;
      const before = { address: rc.address, type: rc.type, name: "", values: isObj(change.before) ? change.before : {}, unknown: {}, jsonPath: [] };
      if (actions.includes("forget") && isMappedType(before))
        forgotten.push(rc.address);
      if (actions.length > 0 && actions.every((a) => a === "delete" || a === "forget")) {
        if (!actions.includes("forget") && isMappedType(before))
          (typeof rc.deposed === "string" ? deposed : destroyed).push(rc.address);
        return;
      }
      instances.push({
        address: rc.address,
        moduleAddress: typeof rc.module_address === "string" ? rc.module_address : void 0,
        type: rc.type,
        name: typeof rc.name === "string" ? rc.name : "",
        index: rc.index,
        values: isObj(change.after) ? change.after : {},
        unknown: change.after_unknown ?? {},
        sensitive: change.after_sensitive,
        creating: actions.includes("create"),
        jsonPath: ["resource_changes", i],
        valuesPath: ["change", "after"]
      });
    });
  } else if (isObj(doc.planned_values) || isObj(doc.values)) {
    const planned = isObj(doc.planned_values);
    const walk = (mod, at, depth) => {
      if (!isObj(mod) || depth > 20)
        return;
      for (const key2 of ["resources", "child_modules"])
        if (mod[key2] !== void 0 && mod[key2] !== null && !Array.isArray(mod[key2]))
          throw new InputError(file, jsonPath([...at, key2]), `a list of ${key2 === "resources" ? "resources" : "module instances"}`, describeValue(mod[key2]));
      (Array.isArray(mod.resources) ? mod.resources : []).forEach((r, i) => {
        const here = [...at, "resources", i];
        if (!isObj(r))
          throw new InputError(file, jsonPath(here), "a resource object", describeValue(r));
        if (typeof r.address !== "string")
          throw new InputError(file, jsonPath([...here, "address"]), "the resource's address (a string)", describeValue(r.address));
        if (typeof r.type !== "string")
          throw new InputError(file, jsonPath([...here, "type"]), "the resource's type (a string)", describeValue(r.type));
        if (r.mode === "data")
          return;
        if (r.values !== void 0 && r.values !== null && !isObj(r.values))
          throw new InputError(file, jsonPath([...here, "values"]), "the resource's values (an object)", describeValue(r.values));
        const m = /^(.*)\.[^.[]+\.[^.[]+(\[[^\]]*\])?$/.exec(r.address);
        const deposedKey = typeof r.deposed_key === "string" ? r.deposed_key : void 0;
        const address = deposedKey === void 0 ? r.address : `${r.address} (deposed object ${deposedKey})`;
        const x = {
          address,
          moduleAddress: m && m[1].startsWith("module.") ? m[1] : void 0,
          type: r.type,
          name: typeof r.name === "string" ? r.name : "",
          index: r.index,
          values: isObj(r.values) ? r.values : {},
          unknown: {},
          sensitive: r.sensitive_values,
          ...planned ? { omitsUnknown: true } : {},
          jsonPath: [...at, "resources", i],
          valuesPath: ["values"]
        };
        instances.push(x);
        if (deposedKey !== void 0 && isMappedType(x))
          stateDeposed.push(address);
      });
      (Array.isArray(mod.child_modules) ? mod.child_modules : []).forEach((c, i) => walk(c, [...at, "child_modules", i], depth + 1));
    };
    const key = planned ? "planned_values" : "values";
    walk(doc[key].root_module, [key, "root_module"], 0);
  } else {
    throw new InputError(file, "$", "a Terraform plan or state (terraform show -json) with resource_changes, planned_values or values", "none of them");
  }
  const config = indexConfiguration(doc, dirname(file));
  const providerConfigs = isObj(doc.configuration) && isObj(doc.configuration.provider_config) ? doc.configuration.provider_config : {};
  const subscriptions = /* @__PURE__ */ new Map();
  const index = {
    instances,
    byAddress: new Map(instances.map((x) => [x.address, x])),
    configFor: (x) => config.get(moduleConfigKey(x.moduleAddress))?.resources.get(`${x.type}.${x.name}`),
    moduleCallFor: (moduleAddress, name) => config.get(moduleConfigKey(moduleAddress))?.calls.get(name),
    // Asked again for each circuit a peering may name (mapping.ts): worked out once per resource.
    subscriptionFor: (x) => subscriptions.get(x) ?? subscriptions.set(x, subscriptionOf(providerConfigs, index.configFor(x), x.address)).get(x),
    ids: /* @__PURE__ */ new Map(),
    ambiguousParents: []
  };
  const raws = [];
  let unresolvedCount = 0;
  let sensitiveCount = 0;
  const omittedIn = [];
  const details = [];
  const sensitiveDetails = [];
  const writeOnly = [];
  const openDetails = [];
  const ambiguousDetails = [];
  const reasonOf = (m, u, address) => m.reasons.get(u) ?? (m.sensitive.includes(u) ? `is sensitive in the plan, so erscan does not read it (${address})` : m.omitted.includes(u) ? `is absent or null in the plan's planned_values, where Terraform leaves out values known only after apply, and the plan has no resource_changes to tell them from unset (${address})` : `is known only after apply (${address})`);
  const tally = (m, u, address) => {
    if (m.ambiguous.has(u))
      ambiguousDetails.push(`${address} ${u} (${m.ambiguous.get(u)})`);
    else if (m.writeOnly.includes(u)) {
      if (writeOnly.length < 10)
        writeOnly.push(address);
    } else if (m.reasons.has(u))
      openDetails.push(`${address} ${u}`);
    else if (m.sensitive.includes(u))
      sensitiveCount++;
    else if (m.omitted.includes(u)) {
      if (!omittedIn.includes(address))
        omittedIn.push(address);
    } else if (unresolvedCount++ < 10)
      details.push(`${address} ${u}`);
  };
  const listed = (addresses) => `${addresses.slice(0, 5).join(", ")}${addresses.length > 5 ? ", \u2026" : ""}`;
  const shaped = (read) => {
    try {
      return read();
    } catch (e) {
      if (!(e instanceof PlanShapeError))
        throw e;
      throw new InputError(file, jsonPath([...e.instance.jsonPath, ...e.instance.valuesPath ?? [], ...e.path]), e.expected, describeValue(e.found));
    }
  };
  for (const x of instances) {
    if (!isMappedType(x))
      continue;
    const mapped = shaped(() => mapInstance(x, index));
    if (!mapped)
      continue;
    const dir = config.get(moduleConfigKey(x.moduleAddress))?.dir;
    const block = dir !== void 0 ? locateResourceBlock(dir, x.type, x.name) : void 0;
    const pos = block ?? { file, ...positionOf(parsed, x.jsonPath) ?? { line: 1, column: 1 } };
    const raw = { row: mapped.row, source: { kind: "terraform", file: pos.file, line: pos.line, column: pos.column, deployment: file } };
    if (mapped.defaulted.length > 0)
      raw.defaulted = mapped.defaulted;
    if (mapped.unresolved.length > 0) {
      raw.unresolved = mapped.unresolved;
      raw.reasons = Object.fromEntries(mapped.unresolved.map((u) => [u, reasonOf(mapped, u, x.address)]));
      for (const u of mapped.unresolved)
        tally(mapped, u, x.address);
      for (const u of mapped.sensitive)
        if (sensitiveDetails.length < 10)
          sensitiveDetails.push(`${x.address} ${u}`);
    }
    raws.push(raw);
  }
  const updatedElsewhere = [];
  for (const x of instances) {
    const update = shaped(() => mapUpdate(x, index));
    if (!update)
      continue;
    const target = update.target === void 0 ? void 0 : raws.find((r) => String(r.row.id).toLowerCase() === update.target.toLowerCase());
    if (update.target === void 0) {
      gaps.push({ scope: file, reason: `${x.address} (azapi_update_resource) changes a ${update.type} resource the plan does not name (its resource_id is known only after apply): what it sets is not read, so findings on ${update.type} resources may not hold` });
      continue;
    }
    if (!target) {
      updatedElsewhere.push(x.address);
      continue;
    }
    const paths = leafPaths(update.row);
    mergeRow(target.row, update.row);
    if (target.unresolved)
      target.unresolved = target.unresolved.filter((u) => !paths.some((p) => u === p || u.startsWith(`${p}.`) || u.startsWith(`${p}[`)));
    for (const u of update.unresolved) {
      target.unresolved = [...target.unresolved ?? [], u];
      target.reasons = { ...target.reasons ?? {}, [u]: reasonOf(update, u, x.address) };
      tally(update, u, x.address);
    }
  }
  if (updatedElsewhere.length > 0)
    notices.push(`${file}: ${updatedElsewhere.length} azapi_update_resource(s) change ExpressRoute resources these files do not declare, so nothing scanned: ${listed(updatedElsewhere)}`);
  if (unresolvedCount > 0) {
    notices.push(`${file}: ${unresolvedCount} value${unresolvedCount === 1 ? "" : "s"} known only after apply (${details.slice(0, 3).join("; ")}${details.length > 3 ? "; \u2026" : ""}); rules that read them report "unknown"`);
  }
  ambiguousDetails.push(...index.ambiguousParents);
  if (ambiguousDetails.length > 0)
    notices.push(`${file}: ${ambiguousDetails.length} relation(s) between resources come from expressions that reference more than one candidate (a coalesce, a conditional, try), and the plan holds only the references, not which one is taken: not known, so rules that read them report "unknown" and a peering or authorization whose circuit is not known is not checked: ${ambiguousDetails.slice(0, 3).join("; ")}${ambiguousDetails.length > 3 ? "; \u2026" : ""}`);
  if (openDetails.length > 0)
    notices.push(`${file}: ${openDetails.length} value(s) not known from the plan, each for the reason its findings give (${openDetails.slice(0, 3).join("; ")}${openDetails.length > 3 ? "; \u2026" : ""}); rules that read them report "unknown"`);
  if (omittedIn.length > 0)
    notices.push(`${file}: the plan has no resource_changes, so erscan read its planned_values, where Terraform leaves out (or sets null) the values known only after apply and nothing tells them from unset: values absent or null there are not known, and rules that read them report "unknown" (${listed(omittedIn)}); scan the whole \`terraform show -json\` output of the plan to judge them`);
  if (sensitiveCount > 0) {
    notices.push(`${file}: ${sensitiveCount} value${sensitiveCount === 1 ? "" : "s"} marked sensitive (${sensitiveDetails.slice(0, 3).join("; ")}${sensitiveDetails.length > 3 ? "; \u2026" : ""}) not read, so never printed; rules that read them report "unknown"`);
  }
  if (writeOnly.length > 0)
    notices.push(`${file}: ${writeOnly.length} AzAPI resource(s) set sensitive_body, which is write-only (the plan does not show it) and merged into the body Azure receives: their properties are not known from the plan, and rules that read them report "unknown" (${writeOnly.slice(0, 3).join(", ")}${writeOnly.length > 3 ? ", \u2026" : ""})`);
  if (destroyed.length > 0)
    notices.push(`${file}: the plan destroys ${destroyed.length} ExpressRoute resource(s), not scanned (they do not exist after apply): ${listed(destroyed)}`);
  if (deposed.length > 0)
    notices.push(`${file}: the plan destroys ${deposed.length} deposed object(s) (old objects of a create-before-destroy replacement), not scanned; the current object at ${deposed.length === 1 ? "that address is" : "each of those addresses is"} scanned where the plan keeps it: ${listed(deposed)}`);
  if (isState && raws.length > 0)
    notices.push(`${file}: a Terraform state is judged as what this configuration deploys: rules on deployed state (provisioning, connection status, authorization use, prefix validation) do not run on it, since it holds Azure's values only as of Terraform's last apply or refresh and those change outside Terraform; scan the live estate (erscan collect, scan --graph) for them`);
  if (stateDeposed.length > 0)
    notices.push(`${file}: the state holds ${stateDeposed.length} deposed object(s) (old objects of a create-before-destroy replacement that Terraform has not destroyed yet: they exist in Azure until its next apply), scanned as resources of their own: ${listed(stateDeposed)}`);
  if (forgotten.length > 0)
    notices.push(`${file}: the plan forgets ${forgotten.length} ExpressRoute resource(s) (removed from Terraform state, not destroyed: they keep existing in Azure, managed by this configuration no more), not scanned: ${listed(forgotten)}`);
  return { raws, notices, gaps };
}
function leafPaths(row, prefix = "") {
  return Object.entries(row).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return isObj(v) ? leafPaths(v, path) : [path];
  });
}
function mergeRow(target, patch) {
  for (const [k, v] of Object.entries(patch)) {
    const cur = ownValue(target, k);
    if (isObj(v) && isObj(cur))
      mergeRow(cur, v);
    else
      setOwn(target, k, v);
  }
}

// dist/sources/template/index.js
function loadTemplates(inputs) {
  const output = emptyOutput();
  const errors = [];
  const templates = inputs.filter((i) => i.format === "arm-template");
  const parameterFiles = inputs.filter((i) => i.format === "arm-parameters");
  const plans = inputs.filter((i) => i.format === "terraform-plan");
  const pairs = pairParameterFiles(templates, parameterFiles, output.notices, errors);
  for (const t of templates) {
    const params = pairs.get(t) ?? [];
    const runs = [];
    const repeated = [...templateRepeatedKeys(t), ...params.flatMap(parameterRepeatedKeys)];
    if (repeated.length > 0) {
      if (declaresExpressRoute(t.parsed.value))
        errors.push(...repeated);
      else
        for (const e of repeated)
          output.notices.push(`${e.message} (not scanned; the template declares no ExpressRoute resource)`);
      continue;
    }
    let failed = false;
    for (const p of params) {
      try {
        runs.push({ supplied: readParameterFile(p.file, p.parsed.value), file: p.file });
      } catch (e) {
        if (!(e instanceof InputError))
          throw e;
        errors.push(e);
        failed = true;
      }
    }
    if (failed)
      continue;
    if (runs.length === 0)
      runs.push({ supplied: /* @__PURE__ */ new Map() });
    const loaded = [];
    for (const run of runs) {
      const checked = checkParameters(t.file, t.parsed.value, run.file, params.find((p) => p.file === run.file)?.parsed.value);
      for (const n of checked.notices)
        if (!output.notices.includes(n))
          output.notices.push(n);
      if (checked.errors.length > 0) {
        if (declaresExpressRoute(t.parsed.value))
          errors.push(...checked.errors);
        else
          for (const e of checked.errors)
            output.notices.push(`${e.message} (not scanned; the template declares no ExpressRoute resource)`);
        continue;
      }
      try {
        const qualifier = run.file ? stem(run.file).replace(/\.parameters$/i, "") : "";
        const resourceGroup = runs.length > 1 && run.file ? `{resourceGroup:${qualifier}}` : PLACEHOLDER_RESOURCE_GROUP;
        const r = loadArmTemplate(t.file, t.parsed, run.supplied, run.file, t.locate, { resourceGroup });
        loaded.push({ raws: r.raws, qualifier });
        output.notices.push(...r.notices);
        for (const g of r.gaps)
          if (!output.gaps.some((x) => x.scope === g.scope))
            output.gaps.push(g);
      } catch (e) {
        if (!(e instanceof InputError))
          throw e;
        const notice = `${e.message} (not scanned; the template declares no ExpressRoute resource)`;
        if (declaresExpressRoute(t.parsed.value))
          errors.push(e);
        else if (!output.notices.includes(notice))
          output.notices.push(notice);
      }
    }
    for (const raws of keepDeploymentsApart(loaded))
      output.raws.push(...raws);
  }
  for (const p of plans) {
    const repeated = planRepeatedKeys(p);
    if (repeated.length > 0) {
      if (TERRAFORM_NAMES_EXPRESSROUTE.test(p.parsed.text))
        errors.push(...repeated);
      else
        for (const e of repeated)
          output.notices.push(`${e.message} (not scanned; the plan declares no ExpressRoute resource)`);
      continue;
    }
    try {
      const r = loadTerraformPlan(p.file, p.parsed);
      output.raws.push(...r.raws);
      output.notices.push(...r.notices);
      output.gaps.push(...r.gaps);
    } catch (e) {
      if (!(e instanceof InputError))
        throw e;
      errors.push(e);
    }
  }
  output.raws = output.raws.filter((raw) => {
    const problems = templateRowProblems(raw.row);
    if (problems.length === 0)
      return true;
    const [p, ...others] = problems;
    const src = raw.source;
    const at = src?.line !== void 0 ? `${src.file}:${src.line}:${src.column ?? 1}` : src?.file ?? "";
    const also = others.length > 0 ? ` (and ${others.length} more problem${others.length === 1 ? "" : "s"} in it)` : "";
    errors.push(new InputError(at, jsonPath(p.path), p.expected, `${p.found}; resource ${labelStandIns(String(raw.row.name ?? raw.row.id))} is not read${also}`));
    return false;
  });
  return { output, errors };
}
var REPEATED_KEY = "each key once in its object (ARM accepts a key written twice, but which of its values a deployment uses is not documented)";
var PLAN_REPEATED_KEY = "each key once in its object (terraform show -json writes each key once; of a key written twice, which value the plan holds is not known)";
function repeatedKeyError(input, r, expected = REPEATED_KEY) {
  const at = input.parsed.lines.position(r.offset);
  return new InputError(`${input.file}:${at.line}:${at.column}`, jsonPath(r.path), expected, `${JSON.stringify(r.path[r.path.length - 1])} a second time`);
}
function planRepeatedKeys(p) {
  return repeatedKeys(p.parsed.tree).map((r) => repeatedKeyError(p, r, PLAN_REPEATED_KEY));
}
function templateRepeatedKeys(t) {
  return repeatedKeys(t.parsed.tree).filter((r) => {
    const inside = enclosingDeclaration(t.parsed.value, r.path);
    return inside === void 0 || inside.ownKey || inside.type === "" || readsDeclarationsOf(inside.type);
  }).map((r) => repeatedKeyError(t, r));
}
function parameterRepeatedKeys(p) {
  const out = repeatedKeys(p.parsed.tree).map((r) => repeatedKeyError(p, r));
  const doc = p.parsed.value;
  const params = isObj(doc) ? doc.parameters : void 0;
  if (isObj(params)) {
    const written = /* @__PURE__ */ new Map();
    for (const name of Object.keys(params)) {
      const before = written.get(name.toLowerCase());
      if (before !== void 0)
        out.push(new InputError(p.file, jsonPath(["parameters", before]), `one key for parameter "${before}" (ARM reads parameter names whatever their letter case, and which of two it uses is not documented)`, `both "${before}" and "${name}"`));
      else
        written.set(name.toLowerCase(), name);
    }
  }
  return out;
}
function enclosingDeclaration(doc, path) {
  let cur = doc;
  let level = "template";
  let found2;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const container = cur;
    cur = isObj(container) || Array.isArray(container) ? container[seg] : void 0;
    const isKey = (k) => typeof seg === "string" && seg.toLowerCase() === k;
    if (level !== "other" && isKey("resources") && i + 1 < path.length) {
      const decl = isObj(cur) || Array.isArray(cur) ? cur[path[i + 1]] : void 0;
      const typeKey = isObj(decl) ? findKey(decl, "type") : void 0;
      const declared = typeKey === void 0 ? void 0 : decl[typeKey];
      const parent = level === "declaration" ? found2?.type : void 0;
      const type = typeof declared !== "string" || declared.startsWith("[") || parent === "" && !isFullType(declared) ? "" : isFullType(declared) || parent === void 0 ? declared.toLowerCase() : `${parent}/${declared.toLowerCase()}`;
      found2 = { type, ownKey: i + 2 === path.length - 1 };
      cur = decl;
      i++;
      level = "declaration";
      continue;
    }
    if (level === "declaration" && found2?.type === "microsoft.resources/deployments" && isKey("properties") && typeof path[i + 1] === "string" && String(path[i + 1]).toLowerCase() === "template") {
      cur = isObj(cur) ? cur[path[i + 1]] : void 0;
      i++;
      level = "template";
      continue;
    }
    level = "other";
  }
  return found2;
}
var stem = (file) => basename2(file).replace(/\.(json|bicep)$/i, "");
function keepDeploymentsApart(loaded) {
  if (loaded.length < 2)
    return loaded.map((l) => l.raws);
  const declaredBy = /* @__PURE__ */ new Map();
  for (const l of loaded) {
    for (const id of new Set(l.raws.map((r) => typeof r.row.id === "string" ? r.row.id.toLowerCase() : void 0).filter((x) => x !== void 0))) {
      declaredBy.set(id, (declaredBy.get(id) ?? 0) + 1);
    }
  }
  const shared = [...declaredBy].filter(([, n]) => n > 1).map(([id]) => id);
  if (shared.length === 0)
    return loaded.map((l) => l.raws);
  return loaded.map(({ raws, qualifier }) => {
    const qualify = (s) => {
      const lower3 = s.toLowerCase();
      if (!shared.some((id) => lower3 === id || lower3.startsWith(`${id}/`)))
        return s;
      const m = /^\/subscriptions\/[^/]+(?:\/resourceGroups\/[^/]+)?/i.exec(s);
      return m ? `${m[0]}{${qualifier}}${s.slice(m[0].length)}` : s;
    };
    const walk = (v) => {
      if (typeof v === "string")
        return v.startsWith("/") ? qualify(v) : v;
      if (Array.isArray(v))
        return v.map(walk);
      if (isObj(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      return v;
    };
    return raws.map((raw) => {
      const row = walk(raw.row);
      if (!raw.possible)
        return { ...raw, row };
      const possible = Object.fromEntries(Object.entries(raw.possible).map(([path, p]) => [path, { ...p, cases: p.cases.map((c) => ({ ...c, value: walk(c.value) })) }]));
      return { ...raw, row, possible };
    });
  });
}
function linkedTemplatePath(p) {
  const doc = p.parsed.value;
  const named = doc !== null && typeof doc === "object" && doc.metadata !== null && typeof doc.metadata === "object" ? doc.metadata.template : void 0;
  if (typeof named !== "string" || named.trim() === "")
    return void 0;
  return named.startsWith("~/") ? resolve3(named.slice(2)) : resolve3(dirname2(p.file), named);
}
var takesParameters = (t) => {
  const doc = t.parsed.value;
  return isObj(doc) && isObj(doc.parameters) && Object.keys(doc.parameters).length > 0;
};
function distinctParameterFiles(parameterFiles) {
  const byPath = /* @__PURE__ */ new Map();
  const out = [];
  for (const p of parameterFiles) {
    if (p.template) {
      out.push(p);
      continue;
    }
    const key = resolve3(p.file);
    const seen = byPath.get(key);
    if (!seen) {
      byPath.set(key, p);
      out.push(p);
    } else if (p.explicit)
      seen.explicit = true;
  }
  return out;
}
var NAMES_ITS_TEMPLATE = 'a parameter file that says which template it is for: "metadata": { "template": "<path of the template>" } (relative to the parameter file), or the name <template>.parameters.json (or <template>.<anything>.parameters.json) beside its template';
function pairParameterFiles(templates, parameterFiles, notices, errors) {
  const pairs = /* @__PURE__ */ new Map();
  const add = (t, p) => pairs.set(t, [...pairs.get(t) ?? [], p]);
  const unpaired = [];
  for (const p of distinctParameterFiles(parameterFiles)) {
    if (p.template) {
      add(p.template, p);
      continue;
    }
    const named = linkedTemplatePath(p);
    if (named !== void 0) {
      const linked = templates.find((t) => resolve3(t.file) === named);
      if (linked)
        add(linked, p);
      else if (p.explicit)
        errors.push(new InputError(p.file, "$.metadata.template", `its template ${named} among the inputs (name it on the command line)`, "a template that is not scanned, so these values are not checked"));
      else
        notices.push(`${p.file}: parameter file not used: its metadata.template names ${named}, which is not among the templates scanned`);
      continue;
    }
    const base2 = stem(p.file).replace(/\.parameters$/i, "");
    const candidates = /\.parameters$/i.test(stem(p.file)) ? [base2, base2.replace(/\.[^.]+$/, "")] : [];
    const dir = dirname2(p.file);
    const byName = candidates.map((c) => templates.find((t) => dirname2(t.file) === dir && stem(t.file).toLowerCase() === c.toLowerCase())).find(Boolean);
    if (byName)
      add(byName, p);
    else
      unpaired.push(p);
  }
  const takingParameters = templates.filter(takesParameters);
  for (const p of unpaired) {
    const dir = dirname2(p.file);
    const inFolder = templates.filter((t) => dirname2(t.file) === dir);
    if (inFolder.length === 1)
      add(inFolder[0], p);
    else if (p.explicit && takingParameters.length === 1) {
      add(takingParameters[0], p);
      notices.push(`${p.file}: parameter file used with ${takingParameters[0].file}, the only template scanned that takes parameters (it names no template: "metadata": { "template": "\u2026" } or the name <template>.parameters.json beside it says which)`);
    } else if (p.explicit) {
      const found2 = takingParameters.length === 0 ? `no template scanned that takes parameters${templates.length > 0 ? ` (${templates.length} template${templates.length === 1 ? "" : "s"} scanned)` : ""}, so these values are not checked` : `${takingParameters.length} templates scanned that take parameters (${takingParameters.slice(0, 3).map((t) => t.file).join(", ")}${takingParameters.length > 3 ? ", \u2026" : ""}), none of which it names, so these values are not checked`;
      errors.push(new InputError(p.file, "", NAMES_ITS_TEMPLATE, found2));
    } else
      notices.push(`${p.file}: parameter file not used: name it <template>.parameters.json beside its template${inFolder.length > 1 ? ` (${inFolder.length} templates in its folder)` : " (no template in its folder)"}`);
  }
  for (const list of pairs.values())
    list.sort((a, b) => compareText(a.file, b.file));
  return pairs;
}

export {
  buildInventory,
  tagsNotProjected,
  emptyOutput,
  mergeOutputs,
  LEFT_OUT_MARK,
  declaresLeftOut,
  detectFormat,
  erscanOutputKind,
  azurePolicyKind,
  isUnframedParameters,
  FORMAT_DESCRIPTIONS,
  NAMES_EXPRESSROUTE,
  declaresExpressRoute,
  isTerraformHcl,
  TERRAFORM_NAMES_EXPRESSROUTE,
  TERRAFORM_PLAN_EXPECTED,
  isExpression,
  unescapeLiteral,
  parseExpression,
  planConfigurationDirs,
  loadTemplates
};
