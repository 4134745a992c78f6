// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  REDACTED_KEYVAULT,
  scrubSecrets
} from "./chunk-DVCDTIEM.js";

// dist/inventory/model.js
var RESOURCE_TYPES = {
  circuit: "Microsoft.Network/expressRouteCircuits",
  peering: "Microsoft.Network/expressRouteCircuits/peerings",
  port: "Microsoft.Network/expressRoutePorts",
  vnetGateway: "Microsoft.Network/virtualNetworkGateways",
  vwanGateway: "Microsoft.Network/expressRouteGateways",
  connection: "Microsoft.Network/connections",
  vwanConnection: "Microsoft.Network/expressRouteGateways/expressRouteConnections"
};
function allPeerings(inv) {
  return inv.circuits.flatMap((c) => c.peerings);
}
function allLinks(inv) {
  return inv.ports.flatMap((p) => p.links);
}
function countInventory(inv) {
  return {
    circuits: inv.circuits.length,
    peerings: inv.circuits.reduce((n, c) => n + c.peerings.length, 0),
    ports: inv.ports.length,
    gateways: inv.gateways.length,
    connections: inv.connections.length,
    subscriptions: inv.subscriptions.length,
    tenants: inv.tenants.length
  };
}

// dist/inventory/extras.js
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
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

// dist/inventory/build.js
var isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var obj2 = (v) => isObj2(v) ? v : {};
var arr = (v) => Array.isArray(v) ? v : [];
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
var lower = (s) => s?.toLowerCase();
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
  const m = /^[0-9a-f:.]+\/(\d{1,3})$/i.exec(cidr.trim());
  return m ? Number(m[1]) : void 0;
}
function tagsOf(v) {
  const out = {};
  for (const [k, val] of Object.entries(obj2(v)))
    if (typeof val === "string")
      out[k] = val;
  return out;
}
function base(raw, id, kind, type) {
  const row = raw.row;
  const parsed = parseArmId(id);
  return {
    kind,
    id,
    key: id.toLowerCase(),
    name: str2(row.name) ?? parsed.name ?? id,
    type,
    subscriptionId: str2(row.subscriptionId) ?? parsed.subscriptionId,
    resourceGroup: str2(row.resourceGroup) ?? parsed.resourceGroup,
    tenantId: str2(row.tenantId),
    location: str2(row.location),
    tags: tagsOf(row.tags),
    ...raw.source ? { source: raw.source } : {},
    ...raw.unresolved && raw.unresolved.length > 0 ? { unresolved: raw.unresolved } : {}
  };
}
function msConfig(v) {
  if (!isObj2(v))
    return void 0;
  return {
    advertisedPublicPrefixes: arr(v.advertisedPublicPrefixes).filter((x) => typeof x === "string"),
    advertisedPublicPrefixesState: str2(v.advertisedPublicPrefixesState),
    customerASN: num(v.customerASN),
    routingRegistryName: str2(v.routingRegistryName),
    advertisedCommunities: arr(v.advertisedCommunities).filter((x) => typeof x === "string")
  };
}
function childUnresolved(paths, prefix) {
  if (!paths || paths.length === 0)
    return void 0;
  const out = (paths ?? []).filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length));
  return out.length > 0 ? out : void 0;
}
function peeringFrom(raw, circuitId, circuitName, unresolvedPrefix) {
  const row = raw.row;
  const name = str2(row.name) ?? str2(obj2(row.properties).peeringType) ?? "peering";
  const id = str2(row.id) ?? `${circuitId}/peerings/${name}`;
  const p = obj2(row.properties);
  const ipv6 = obj2(p.ipv6PeeringConfig);
  const sharedKey = p.sharedKey;
  const unresolved = unresolvedPrefix ? childUnresolved(raw.unresolved, unresolvedPrefix) : raw.unresolved;
  const b = base({ ...raw, unresolved }, id, "peering", RESOURCE_TYPES.peering);
  return {
    ...b,
    name,
    kind: "peering",
    circuitKey: circuitId.toLowerCase(),
    circuitName,
    peeringType: str2(p.peeringType) ?? (/^(AzurePrivatePeering|MicrosoftPeering|AzurePublicPeering)$/i.test(name) ? name : void 0),
    state: str2(p.state),
    azureASN: num(p.azureASN),
    peerASN: num(p.peerASN),
    vlanId: num(p.vlanId),
    primaryPeerAddressPrefix: str2(p.primaryPeerAddressPrefix),
    secondaryPeerAddressPrefix: str2(p.secondaryPeerAddressPrefix),
    primaryPrefixLength: prefixLength(str2(p.primaryPeerAddressPrefix)),
    secondaryPrefixLength: prefixLength(str2(p.secondaryPeerAddressPrefix)),
    sharedKeyConfigured: sharedKey === void 0 ? void 0 : typeof sharedKey === "string" && sharedKey !== "",
    provisioningState: str2(p.provisioningState),
    microsoftPeeringConfig: msConfig(p.microsoftPeeringConfig),
    routeFilterId: idOf(p.routeFilter),
    ipv6: isObj2(p.ipv6PeeringConfig) ? {
      primaryPeerAddressPrefix: str2(ipv6.primaryPeerAddressPrefix),
      secondaryPeerAddressPrefix: str2(ipv6.secondaryPeerAddressPrefix),
      primaryPrefixLength: prefixLength(str2(ipv6.primaryPeerAddressPrefix)),
      secondaryPrefixLength: prefixLength(str2(ipv6.secondaryPeerAddressPrefix)),
      state: str2(ipv6.state),
      routeFilterId: idOf(ipv6.routeFilter),
      microsoftPeeringConfig: msConfig(ipv6.microsoftPeeringConfig)
    } : void 0,
    globalReach: arr(p.connections).map((c, i) => {
      const co = obj2(c);
      const cp = obj2(co.properties);
      const peer = idOf(cp.peerExpressRouteCircuitPeering);
      return {
        id: str2(co.id) ?? `${id}/connections/${str2(co.name) ?? i}`,
        name: str2(co.name) ?? `connection-${i}`,
        peerCircuitKey: peer ? circuitIdFromPeeringId(peer).toLowerCase() : void 0,
        addressPrefix: str2(cp.addressPrefix),
        status: str2(cp.circuitConnectionStatus)
      };
    }),
    peeredConnectionCount: arr(p.peeredConnections).length,
    vwanConnectionId: idOf(p.expressRouteConnection)
  };
}
function circuitFrom(raw, id) {
  const row = raw.row;
  const p = obj2(row.properties);
  const sku = obj2(row.sku);
  const spp = obj2(p.serviceProviderProperties);
  const b = base(raw, id, "circuit", RESOURCE_TYPES.circuit);
  const skuName = str2(sku.name);
  const [nameTier, nameFamily] = skuName ? skuName.split("_") : [];
  const portId = idOf(p.expressRoutePort);
  const bandwidthGbps = num(p.bandwidthInGbps);
  const bandwidthMbps = num(spp.bandwidthInMbps) ?? (bandwidthGbps !== void 0 ? bandwidthGbps * 1e3 : void 0);
  return {
    ...b,
    kind: "circuit",
    skuName,
    tier: str2(sku.tier) ?? str2(nameTier),
    billingModel: str2(sku.family) ?? str2(nameFamily),
    serviceProviderName: str2(spp.serviceProviderName),
    peeringLocation: str2(spp.peeringLocation),
    bandwidthMbps,
    bandwidthGbps,
    isDirect: portId !== void 0,
    portKey: lower(portId),
    serviceProviderProvisioningState: str2(p.serviceProviderProvisioningState),
    circuitProvisioningState: str2(p.circuitProvisioningState),
    provisioningState: str2(p.provisioningState),
    allowClassicOperations: bool2(p.allowClassicOperations),
    globalReachEnabled: bool2(p.globalReachEnabled),
    enableDirectPortRateLimit: bool2(p.enableDirectPortRateLimit),
    authorizations: arr(p.authorizations).map((a, i) => ({
      name: str2(obj2(a).name) ?? `authorization-${i}`,
      useStatus: str2(obj2(obj2(a).properties).authorizationUseStatus)
    })),
    peerings: arr(p.peerings).map((pr, i) => peeringFrom({ row: obj2(pr), source: raw.source, unresolved: raw.unresolved }, id, b.name, `properties.peerings[${i}].`)),
    diagnosticSettingsCount: num(obj2(row.erscan).diagnosticSettingsCount),
    connectionKeys: [],
    gatewayKeys: []
  };
}
function portFrom(raw, id) {
  const row = raw.row;
  const p = obj2(row.properties);
  const b = base(raw, id, "port", RESOURCE_TYPES.port);
  const identity = obj2(row.identity);
  return {
    ...b,
    kind: "port",
    peeringLocation: str2(p.peeringLocation),
    bandwidthGbps: num(p.bandwidthInGbps),
    provisionedBandwidthGbps: num(p.provisionedBandwidthInGbps),
    encapsulation: str2(p.encapsulation),
    billingType: str2(p.billingType),
    provisioningState: str2(p.provisioningState),
    diagnosticSettingsCount: num(obj2(row.erscan).diagnosticSettingsCount),
    hasIdentity: str2(identity.type) !== void 0 && str2(identity.type).toLowerCase() !== "none",
    links: arr(p.links).map((l, i) => {
      const lo = obj2(l);
      const lp = obj2(lo.properties);
      const mc = obj2(lp.macSecConfig);
      const name = str2(lo.name) ?? `link${i + 1}`;
      const linkId = str2(lo.id) ?? `${id}/links/${name}`;
      const ckn = str2(mc.cknSecretIdentifier);
      const cak = str2(mc.cakSecretIdentifier);
      const inVault = (s) => s === REDACTED_KEYVAULT || s !== void 0 && /\.vault\./i.test(s);
      return {
        ...base({ row: lo, source: raw.source, unresolved: childUnresolved(raw.unresolved, `properties.links[${i}].`) }, linkId, "link", `${RESOURCE_TYPES.port}/links`),
        subscriptionId: b.subscriptionId,
        resourceGroup: b.resourceGroup,
        tenantId: b.tenantId,
        location: b.location,
        name,
        kind: "link",
        portKey: b.key,
        portName: b.name,
        adminState: str2(lp.adminState),
        connectorType: str2(lp.connectorType),
        provisioningState: str2(lp.provisioningState),
        macsec: {
          cipher: str2(mc.cipher),
          cknSecretConfigured: ckn !== void 0,
          cakSecretConfigured: cak !== void 0,
          secretsInKeyVault: inVault(ckn) && inVault(cak),
          sciState: str2(mc.sciState)
        }
      };
    }),
    circuitKeys: arr(p.circuits).map((c) => lower(idOf(c))).filter((k) => k !== void 0)
  };
}
function vnetGatewayFrom(raw, id) {
  const row = raw.row;
  const p = obj2(row.properties);
  const sku = obj2(p.sku);
  const bounds = obj2(obj2(p.autoScaleConfiguration).bounds);
  const subnet = idOf(obj2(obj2(arr(p.ipConfigurations)[0]).properties).subnet);
  return {
    ...base(raw, id, "gateway", RESOURCE_TYPES.vnetGateway),
    kind: "gateway",
    flavor: "vnet",
    skuName: str2(sku.name),
    skuTier: str2(sku.tier),
    minScaleUnits: num(bounds.min),
    maxScaleUnits: num(bounds.max),
    zones: arr(row.zones).filter((z) => typeof z === "string"),
    networkKey: subnet ? subnet.replace(/\/subnets\/[^/]+$/i, "").toLowerCase() : void 0,
    adminState: str2(p.adminState),
    provisioningState: str2(p.provisioningState),
    diagnosticSettingsCount: num(obj2(row.erscan).diagnosticSettingsCount),
    connectionKeys: [],
    circuitKeys: []
  };
}
function vwanConnectionFrom(raw, id, gateway, gatewayId) {
  const p = obj2(raw.row.properties);
  const peeringId = idOf(p.expressRouteCircuitPeering);
  const circuitId = peeringId ? circuitIdFromPeeringId(peeringId) : void 0;
  const b = base(raw, id, "connection", RESOURCE_TYPES.vwanConnection);
  return {
    ...b,
    tenantId: b.tenantId ?? gateway?.tenantId,
    location: b.location ?? gateway?.location,
    kind: "connection",
    flavor: "vwan",
    gatewayKey: gatewayId.toLowerCase(),
    circuitId,
    circuitKey: lower(circuitId),
    routingWeight: num(p.routingWeight),
    fastPath: bool2(p.expressRouteGatewayBypass),
    privateLinkFastPath: bool2(p.enablePrivateLinkFastPath),
    enableInternetSecurity: bool2(p.enableInternetSecurity),
    usesAuthorization: str2(p.authorizationKey) !== void 0,
    provisioningState: str2(p.provisioningState)
  };
}
function vwanGatewayFrom(raw, id) {
  const row = raw.row;
  const p = obj2(row.properties);
  const bounds = obj2(obj2(p.autoScaleConfiguration).bounds);
  const gateway = {
    ...base(raw, id, "gateway", RESOURCE_TYPES.vwanGateway),
    kind: "gateway",
    flavor: "vwan",
    skuName: "ErGwScale(vWAN)",
    minScaleUnits: num(bounds.min),
    maxScaleUnits: num(bounds.max),
    zones: arr(row.zones).filter((z) => typeof z === "string"),
    networkKey: lower(idOf(p.virtualHub)),
    provisioningState: str2(p.provisioningState),
    diagnosticSettingsCount: num(obj2(row.erscan).diagnosticSettingsCount),
    connectionKeys: [],
    circuitKeys: []
  };
  const connections = arr(p.expressRouteConnections).map((c, i) => {
    const co = obj2(c);
    const name = str2(co.name) ?? `connection-${i}`;
    return vwanConnectionFrom({ row: co, source: raw.source }, str2(co.id) ?? `${id}/expressRouteConnections/${name}`, gateway, id);
  });
  return { gateway, connections };
}
function connectionFrom(raw, id) {
  const p = obj2(raw.row.properties);
  const circuitId = idOf(p.peer);
  return {
    ...base(raw, id, "connection", RESOURCE_TYPES.connection),
    kind: "connection",
    flavor: "vnet",
    gatewayKey: lower(idOf(p.virtualNetworkGateway1)),
    circuitId,
    circuitKey: lower(circuitId),
    routingWeight: num(p.routingWeight),
    fastPath: bool2(p.expressRouteGatewayBypass),
    privateLinkFastPath: bool2(p.enablePrivateLinkFastPath),
    usesAuthorization: str2(p.authorizationKey) !== void 0,
    connectionStatus: str2(p.connectionStatus),
    provisioningState: str2(p.provisioningState)
  };
}
function buildInventory(raws, subscriptions = [], opts = {}) {
  const notices = [];
  const inv = { circuits: [], ports: [], gateways: [], connections: [], subscriptions: [], tenants: [], byKey: /* @__PURE__ */ new Map() };
  const childPeerings = [];
  const childVwanConnections = [];
  const childAuthorizations = [];
  let unknownTypes = 0;
  let duplicates = 0;
  const add = (r) => {
    if (inv.byKey.has(r.key)) {
      duplicates++;
      return false;
    }
    inv.byKey.set(r.key, r);
    return true;
  };
  for (let i = 0; i < raws.length; i++) {
    const raw0 = raws[i];
    if (opts.consume)
      raws[i] = void 0;
    const raw = { ...raw0, row: scrubSecrets(raw0.row) };
    const id = str2(raw.row.id);
    const type = (str2(raw.row.type) ?? "").toLowerCase();
    if (!id) {
      unknownTypes++;
      continue;
    }
    switch (type) {
      case "microsoft.network/expressroutecircuits": {
        const c = circuitFrom(raw, id);
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
      case "microsoft.network/expressrouteports": {
        const p = portFrom(raw, id);
        applyExtras(p, raw.row);
        if (add(p))
          inv.ports.push(p);
        break;
      }
      case "microsoft.network/virtualnetworkgateways": {
        const gt = str2(obj2(raw.row.properties).gatewayType);
        if (gt !== void 0 && gt.toLowerCase() !== "expressroute")
          break;
        const g = vnetGatewayFrom(raw, id);
        applyExtras(g, raw.row);
        if (add(g))
          inv.gateways.push(g);
        break;
      }
      case "microsoft.network/expressroutegateways": {
        const { gateway, connections } = vwanGatewayFrom(raw, id);
        applyExtras(gateway, raw.row);
        if (add(gateway)) {
          inv.gateways.push(gateway);
          for (const c of connections)
            if (add(c))
              inv.connections.push(c);
        }
        break;
      }
      case "microsoft.network/expressroutegateways/expressrouteconnections":
        childVwanConnections.push(raw);
        break;
      case "microsoft.network/connections": {
        const ct = str2(obj2(raw.row.properties).connectionType);
        if (ct !== void 0 && ct.toLowerCase() !== "expressroute")
          break;
        const c = connectionFrom(raw, id);
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
  for (const raw of childPeerings) {
    const id = str2(raw.row.id);
    const circuit = circuitByKey(circuitIdFromPeeringId(id).toLowerCase());
    if (!circuit) {
      notices.push(`peering ${id} skipped: its circuit is not in the input`);
      continue;
    }
    const peering = peeringFrom(raw, circuit.id, circuit.name);
    const existing = circuit.peerings.findIndex((p) => p.key === peering.key);
    if (existing >= 0)
      circuit.peerings[existing] = peering;
    else
      circuit.peerings.push(peering);
  }
  for (const raw of childAuthorizations) {
    const id = str2(raw.row.id);
    const circuit = circuitByKey(id.replace(/\/authorizations\/[^/]+$/i, "").toLowerCase());
    if (circuit)
      circuit.authorizations.push({ name: str2(raw.row.name) ?? parseArmId(id).name ?? "authorization", useStatus: str2(obj2(raw.row.properties).authorizationUseStatus) });
  }
  for (const raw of childVwanConnections) {
    const id = str2(raw.row.id);
    const gatewayId = id.replace(/\/expressRouteConnections\/[^/]+$/i, "");
    const gw = inv.byKey.get(gatewayId.toLowerCase());
    const c = vwanConnectionFrom(raw, id, gw?.kind === "gateway" ? gw : void 0, gw?.id ?? gatewayId);
    if (add(c))
      inv.connections.push(c);
  }
  for (const c of inv.circuits)
    for (const p of c.peerings)
      if (!inv.byKey.has(p.key))
        inv.byKey.set(p.key, p);
  for (const port of inv.ports)
    for (const l of port.links)
      if (!inv.byKey.has(l.key))
        inv.byKey.set(l.key, l);
  resolveRelations(inv);
  collectScopes(inv, subscriptions);
  if (duplicates > 0)
    notices.push(`${duplicates} duplicate resource${duplicates === 1 ? "" : "s"} merged (same id seen more than once)`);
  if (unknownTypes > 0)
    notices.push(`${unknownTypes} row${unknownTypes === 1 ? "" : "s"} without an id or of a type erscan does not scan were skipped`);
  return { inventory: inv, notices };
}
function pushUnique(list, v) {
  if (!list.includes(v))
    list.push(v);
}
function resolveRelations(inv) {
  for (const conn of inv.connections) {
    const circuit = conn.circuitKey ? inv.byKey.get(conn.circuitKey) : void 0;
    const gateway = conn.gatewayKey ? inv.byKey.get(conn.gatewayKey) : void 0;
    if (circuit?.kind === "circuit") {
      pushUnique(circuit.connectionKeys, conn.key);
      if (conn.gatewayKey)
        pushUnique(circuit.gatewayKeys, conn.gatewayKey);
    }
    if (gateway?.kind === "gateway") {
      pushUnique(gateway.connectionKeys, conn.key);
      if (conn.circuitKey)
        pushUnique(gateway.circuitKeys, conn.circuitKey);
    }
  }
  for (const c of inv.circuits) {
    if (!c.portKey)
      continue;
    const port = inv.byKey.get(c.portKey);
    if (port?.kind === "port")
      pushUnique(port.circuitKeys, c.key);
  }
  for (const port of inv.ports) {
    for (const k of port.circuitKeys) {
      const c = inv.byKey.get(k);
      if (c?.kind === "circuit" && !c.portKey) {
        c.portKey = port.key;
        c.isDirect = true;
      }
      if (c?.kind === "circuit" && !c.peeringLocation && port.peeringLocation)
        c.peeringLocation = port.peeringLocation;
    }
  }
}
function collectScopes(inv, subscriptions) {
  const subs = /* @__PURE__ */ new Map();
  for (const s of subscriptions)
    subs.set(s.subscriptionId.toLowerCase(), { ...s });
  const tenants = /* @__PURE__ */ new Set();
  const resources = [...inv.circuits, ...inv.ports, ...inv.gateways, ...inv.connections];
  for (const r of resources) {
    if (r.subscriptionId && !/^\{.*\}$/.test(r.subscriptionId)) {
      const k = r.subscriptionId.toLowerCase();
      const s = subs.get(k);
      if (!s)
        subs.set(k, { subscriptionId: r.subscriptionId, tenantId: r.tenantId });
      else if (!s.tenantId && r.tenantId)
        s.tenantId = r.tenantId;
    }
  }
  for (const r of resources) {
    if (!r.tenantId && r.subscriptionId) {
      const t = subs.get(r.subscriptionId.toLowerCase())?.tenantId;
      if (t)
        r.tenantId = t;
    }
    if (r.kind === "circuit")
      for (const p of r.peerings)
        p.tenantId ??= r.tenantId;
    if (r.kind === "port")
      for (const l of r.links)
        l.tenantId ??= r.tenantId;
  }
  for (const s of subs.values())
    if (s.tenantId)
      tenants.add(s.tenantId.toLowerCase());
  inv.subscriptions = [...subs.values()].sort((a, b) => a.subscriptionId.localeCompare(b.subscriptionId));
  inv.tenants = [...tenants].sort().map((tenantId) => ({ tenantId }));
  const byId = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  inv.circuits.sort(byId);
  inv.ports.sort(byId);
  inv.gateways.sort(byId);
  inv.connections.sort(byId);
}

export {
  RESOURCE_TYPES,
  allPeerings,
  allLinks,
  countInventory,
  buildInventory
};
