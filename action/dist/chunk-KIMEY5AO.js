// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  readDataFile
} from "./chunk-KGH5L7TX.js";
import {
  compareText
} from "./chunk-7OX6WNOG.js";
import {
  schemaValidator,
  validateOrThrow
} from "./chunk-JVJJTZ5E.js";
import {
  displayPath
} from "./chunk-UNOFXXSK.js";

// dist/pricing/usage.js
var MAX_GB_PER_MONTH = 13392e4;
function loadUsage(file) {
  const data = readDataFile(file);
  validateOrThrow(schemaValidator("usage.schema.json"), data, file);
  const d = data;
  return { file, circuits: d.circuits, gateways: d.gateways ?? {} };
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
  }
  return { byKey, notices };
}

// dist/inventory/facts.js
function isUnknown(r, field) {
  return r.unknown !== void 0 && Object.prototype.hasOwnProperty.call(r.unknown, field);
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
function standIn(hash, parameter) {
  const p = parameter?.replace(/[^A-Za-z0-9_.$()-]/g, "");
  return p ? `unresolved:${p}:${hash}` : `unresolved:${hash}`;
}
var STAND_IN = /unresolved:(?:([A-Za-z0-9_.$()-]+?):)?([0-9a-f]{8})/g;
var UNKNOWN_NAME_LABEL = "\u2039name not known before deployment\u203A";
function labelStandIns(text) {
  if (!text.includes("unresolved:"))
    return text;
  return text.replace(STAND_IN, (_m, p) => p ? `\u2039${p}\u203A` : UNKNOWN_NAME_LABEL);
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
function lookup(inv, key, kind) {
  if (!key)
    return void 0;
  const r = inv.byKey.get(key);
  return r?.kind === kind ? r : void 0;
}
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
  RESOURCE_TYPES,
  lookup,
  allPeerings,
  allLinks,
  countInventory,
  isUnknown,
  unknownReason,
  firstUnknown,
  isTemplateResource,
  notKnown,
  reasonText,
  liveConnectionsWithoutGateway,
  standIn,
  labelStandIns,
  phraseName,
  MAX_GB_PER_MONTH,
  loadUsage,
  matchUsage,
  exactLength,
  linkConnection,
  linkToPort,
  linkRelations
};
