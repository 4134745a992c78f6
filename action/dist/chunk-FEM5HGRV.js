// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  isObj,
  scrubSecretsInPlace,
  scrubSecretsInPlaceWithin
} from "./chunk-FWDRETOA.js";
import {
  isOtherConnectionType,
  isOtherGatewayType
} from "./chunk-RD47CNRY.js";
import {
  nestedDeeper
} from "./chunk-VQAVFDJZ.js";
import {
  InputError,
  displayPath,
  jsonPath
} from "./chunk-UNOFXXSK.js";

// dist/util/keys.js
function findKey(o, name) {
  if (!o)
    return void 0;
  if (Object.prototype.hasOwnProperty.call(o, name))
    return name;
  const lower = name.toLowerCase();
  return Object.keys(o).find((k) => k.toLowerCase() === lower);
}

// dist/inventory/spelling.js
var lowered = /* @__PURE__ */ new Map();
function lowerCased(s) {
  let l = lowered.get(s);
  if (l === void 0) {
    l = s.toLowerCase();
    if (s.length <= 200 && lowered.size < 1e3)
      lowered.set(s, l);
  }
  return l;
}

// dist/sources/validate.js
var obj = (fields) => ({ object: fields });
var list = (item) => ({ list: item });
var ref = (...to) => ({ ref: true, to });
var PEERING_REF = ref("Microsoft.Network/expressRouteCircuits/peerings");
var ROUTE_FILTER_REF = ref("Microsoft.Network/routeFilters");
var NONE_OR_REF = { ref: true, to: ["Microsoft.Network/expressRouteGateways/expressRouteConnections"], emptyIsNone: true };
var MS_PEERING_CONFIG = obj({
  advertisedPublicPrefixes: "texts",
  advertisedPublicPrefixesState: "text",
  customerASN: "asn",
  routingRegistryName: "text",
  advertisedCommunities: "texts"
});
var LINK_PROPERTIES = obj({
  adminState: "text",
  connectorType: "text",
  provisioningState: "text",
  macSecConfig: obj({ cipher: "text", cknSecretIdentifier: "secret", cakSecretIdentifier: "secret", sciState: "text" })
});
var GLOBAL_REACH_PROPERTIES = obj({ expressRouteCircuitPeering: PEERING_REF, peerExpressRouteCircuitPeering: PEERING_REF, addressPrefix: "text", circuitConnectionStatus: "text", authorizationKey: "secret", provisioningState: "text" });
var PEERING_PROPERTIES = obj({
  peeringType: "text",
  state: "text",
  azureASN: "asn",
  peerASN: "asn",
  vlanId: "number",
  primaryPeerAddressPrefix: "text",
  secondaryPeerAddressPrefix: "text",
  sharedKey: "secret",
  provisioningState: "text",
  microsoftPeeringConfig: MS_PEERING_CONFIG,
  routeFilter: ROUTE_FILTER_REF,
  ipv6PeeringConfig: obj({ primaryPeerAddressPrefix: "text", secondaryPeerAddressPrefix: "text", state: "text", routeFilter: ROUTE_FILTER_REF, microsoftPeeringConfig: MS_PEERING_CONFIG }),
  connections: list(obj({ id: "armId", name: "text", properties: GLOBAL_REACH_PROPERTIES })),
  peeredConnections: list(obj({})),
  expressRouteConnection: NONE_OR_REF
});
var PEERING = obj({ id: "armId", name: "text", properties: PEERING_PROPERTIES });
var AUTHORIZATION_PROPERTIES = obj({ authorizationUseStatus: "text", authorizationKey: "secret" });
var VWAN_CONNECTION_PROPERTIES = obj({
  expressRouteCircuitPeering: PEERING_REF,
  routingWeight: "number",
  expressRouteGatewayBypass: "boolean",
  enablePrivateLinkFastPath: "boolean",
  enableInternetSecurity: "boolean",
  authorizationKey: "secret",
  provisioningState: "text"
});
var BOUNDS = obj({ bounds: obj({ min: "number", max: "number" }) });
var ENVELOPE = {
  name: "text",
  subscriptionId: "text",
  resourceGroup: "text",
  tenantId: "text",
  location: "text",
  tags: { map: "text" },
  zones: "texts",
  extendedLocation: obj({ name: "text" }),
  erscan: obj({ diagnosticSettingsCount: "number" })
};
var TYPES = {
  "microsoft.network/expressroutecircuits": {
    sku: obj({ name: "text", tier: "text", family: "text" }),
    properties: obj({
      serviceProviderProperties: obj({ serviceProviderName: "text", peeringLocation: "text", bandwidthInMbps: "number" }),
      bandwidthInGbps: "number",
      expressRoutePort: ref("Microsoft.Network/expressRoutePorts"),
      serviceKey: "secret",
      serviceProviderProvisioningState: "text",
      circuitProvisioningState: "text",
      provisioningState: "text",
      allowClassicOperations: "boolean",
      globalReachEnabled: "boolean",
      enableDirectPortRateLimit: "boolean",
      authorizations: list(obj({ name: "text", properties: AUTHORIZATION_PROPERTIES })),
      peerings: list(PEERING)
    })
  },
  "microsoft.network/expressroutecircuits/peerings": { properties: PEERING_PROPERTIES },
  "microsoft.network/expressroutecircuits/authorizations": { properties: AUTHORIZATION_PROPERTIES },
  // A Global Reach connection as a resource of its own (an ARM GET or list of a peering's connections: Microsoft's
  // ExpressRouteCircuitConnectionGet and ...List examples, which carry no `type`): read, so that one whose circuit is
  // not in the input is a coverage gap rather than a row of "a type erscan does not scan".
  "microsoft.network/expressroutecircuits/peerings/connections": { properties: GLOBAL_REACH_PROPERTIES },
  "microsoft.network/expressrouteports": {
    identity: obj({ type: "text" }),
    properties: obj({
      peeringLocation: "text",
      bandwidthInGbps: "number",
      provisionedBandwidthInGbps: "number",
      encapsulation: "text",
      billingType: "text",
      provisioningState: "text",
      links: list(obj({ id: "armId", name: "text", properties: LINK_PROPERTIES })),
      circuits: list(ref("Microsoft.Network/expressRouteCircuits"))
    })
  },
  // A Direct port's link as a resource of its own (Microsoft's ExpressRouteLinkGet and ...List examples, which carry no
  // `type`): read, so that one whose port is not in the input is a coverage gap, not "a type erscan does not scan".
  "microsoft.network/expressrouteports/links": { properties: LINK_PROPERTIES },
  "microsoft.network/virtualnetworkgateways": {
    properties: obj({
      gatewayType: "text",
      sku: obj({ name: "text", tier: "text" }),
      autoScaleConfiguration: BOUNDS,
      ipConfigurations: list(obj({ properties: obj({ subnet: ref("Microsoft.Network/virtualNetworks/subnets") }) })),
      adminState: "text",
      allowRemoteVnetTraffic: "boolean",
      allowVirtualWanTraffic: "boolean",
      provisioningState: "text"
    })
  },
  "microsoft.network/expressroutegateways": {
    properties: obj({
      autoScaleConfiguration: BOUNDS,
      virtualHub: ref("Microsoft.Network/virtualHubs"),
      allowNonVirtualWanTraffic: "boolean",
      provisioningState: "text",
      expressRouteConnections: list(obj({ id: "armId", name: "text", properties: VWAN_CONNECTION_PROPERTIES }))
    })
  },
  "microsoft.network/expressroutegateways/expressrouteconnections": { properties: VWAN_CONNECTION_PROPERTIES },
  "microsoft.network/connections": {
    properties: obj({
      connectionType: "text",
      virtualNetworkGateway1: ref("Microsoft.Network/virtualNetworkGateways"),
      peer: ref("Microsoft.Network/expressRouteCircuits"),
      routingWeight: "number",
      expressRouteGatewayBypass: "boolean",
      enablePrivateLinkFastPath: "boolean",
      authorizationKey: "secret",
      connectionStatus: "text",
      provisioningState: "text"
    })
  }
};
var READ_TYPES = Object.keys(TYPES);
var ARM_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+(\/[^/]+\/[^/]+)+$/i;
function isArmResourceId(id) {
  if (id.length > 4096 || !ARM_ID.test(id))
    return false;
  return !id.includes("/.") || !(id.includes("//") || id.includes("/./") || id.includes("/../") || id.endsWith("/.") || id.endsWith("/.."));
}
function armIdType(id) {
  return armIdTypeAsWritten(id)?.toLowerCase();
}
function armIdTypeAsWritten(id) {
  const at2 = id.toLowerCase().lastIndexOf("/providers/");
  if (at2 < 0)
    return void 0;
  const parts = id.slice(at2 + "/providers/".length).split("/");
  if (parts.length < 3 || parts.length % 2 === 0)
    return void 0;
  return [parts[0], ...parts.slice(1).filter((_, i) => i % 2 === 0)].join("/");
}
var PATTERN_TYPES = (() => {
  const types = new Set(Object.keys(TYPES));
  const walk = (spec) => {
    if (typeof spec === "string")
      return;
    if ("ref" in spec)
      for (const t of spec.to)
        types.add(t.toLowerCase());
    else if ("list" in spec)
      walk(spec.list);
    else if ("map" in spec)
      walk(spec.map);
    else
      for (const k of Object.keys(spec.object))
        walk(spec.object[k]);
  };
  for (const fields of [ENVELOPE, ...Object.values(TYPES)])
    for (const k of Object.keys(fields))
      walk(fields[k]);
  return [...types].filter((t) => /^[a-z][a-z0-9]*(\.[a-z0-9]+)+(\/[a-z0-9]+)+$/.test(t));
})();
function typeTail(type) {
  const [ns, ...types] = type.split("/");
  const esc = (t) => t.replace(/\./g, "\\.");
  const pairs = types.map((t, i) => `\\/${esc(t)}\\/${i < types.length - 1 ? "(?!providers\\/)" : ""}[^/]+`).join("");
  return `\\/providers\\/${esc(ns)}${pairs}$`;
}
var ID_OF_TYPE = new Map(PATTERN_TYPES.map((type) => [type, new RegExp(typeTail(type), "i")]));
var ARM_ID_OF_TYPE = new Map(PATTERN_TYPES.map((type) => [type, new RegExp(`^\\/subscriptions\\/[^/]+\\/resourceGroups\\/[^/]+${typeTail(type)}`, "i")]));
function isArmIdOfType(id, type) {
  const pattern = ARM_ID_OF_TYPE.get(type);
  if (pattern !== void 0 && id.length <= 4096 && !id.includes("/.") && !id.includes("\u0130") && pattern.test(id))
    return true;
  return isArmResourceId(id) && isIdOfType(id, type);
}
function isArmIdOfOneOf(id, types) {
  if (types.length === 1)
    return isArmIdOfType(id, types[0]);
  return isArmResourceId(id) && namesOneOf(id, types);
}
function namesOneOf(id, types) {
  for (let i = 0; i < types.length; i++)
    if (isIdOfType(id, types[i]))
      return true;
  return false;
}
function isIdOfType(id, type) {
  const pattern = ID_OF_TYPE.get(type);
  if (pattern !== void 0 && !id.includes("\u0130") && pattern.test(id))
    return true;
  return armIdType(id) === type;
}
var EXPECTED = {
  text: "text (a JSON string)",
  number: "a number from 0 to 9007199254740991",
  asn: "a BGP AS number: a whole number from 0 to 4294967295",
  boolean: "true or false",
  armId: "an ARM resource id (/subscriptions/\u2026/resourceGroups/\u2026/providers/\u2026)",
  secret: "text (a JSON string)",
  texts: "a list of texts"
};
function foundOf(v, quoteText) {
  if (v === void 0)
    return "nothing";
  if (v === null)
    return "null";
  if (Array.isArray(v))
    return `a list of ${v.length}`;
  if (typeof v === "object")
    return "an object";
  if (typeof v === "string") {
    if (/^@\{.*\}$/s.test(v) || /^System\.[A-Za-z.]+(\[\])?$/.test(v))
      return `text of ${v.length} characters in its place, as PowerShell's ConvertTo-Json writes what lies deeper than its -Depth (2 unless told: export with -Depth 100)`;
    if (!quoteText)
      return `text of ${v.length} characters`;
    const quotable = /^[A-Za-z0-9 ._:/-]{0,24}$/.test(v) && !/[0-9a-f]{8}-|\d{5,}/i.test(v) && !(v.length >= 12 && /\d/.test(v) && /[A-Za-z]/.test(v));
    return quotable ? JSON.stringify(v) : `text of ${v.length} characters`;
  }
  if (typeof v === "number")
    return quoteText ? `the number ${v}` : "a number";
  return `${typeof v} ${quoteText ? String(v) : ""}`.trim();
}
var isNumber = (v) => {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= Number.MAX_SAFE_INTEGER;
};
var isAsn = (v) => isNumber(v) && Number.isInteger(Number(v)) && Number(v) <= 4294967295;
var isBoolean = (v) => typeof v === "boolean" || v === "true" || v === "false";
var at = (up, key) => ({ up, key });
function segments(p) {
  const out = [];
  for (let q = p; q; q = q.up)
    out.push(q.key);
  return out.reverse();
}
function check(v, spec, path, out) {
  if (v === void 0 || v === null || out.length >= 20)
    return;
  const problem = (expected, quote = true) => void out.push({ path: segments(path), expected, found: foundOf(v, quote) });
  if (typeof spec === "string") {
    switch (spec) {
      case "text":
        if (typeof v !== "string")
          problem(EXPECTED.text);
        return;
      case "secret":
        if (typeof v !== "string")
          problem(EXPECTED.secret, false);
        return;
      case "number":
        if (!isNumber(v))
          problem(EXPECTED.number);
        return;
      case "asn":
        if (!isAsn(v))
          problem(EXPECTED.asn);
        return;
      case "boolean":
        if (!isBoolean(v))
          problem(EXPECTED.boolean);
        return;
      case "armId":
        if (typeof v !== "string" || !isArmResourceId(v))
          problem(EXPECTED.armId, false);
        return;
      case "texts":
        if (!Array.isArray(v))
          return problem(EXPECTED.texts);
        for (let i = 0; i < v.length; i++)
          if (typeof v[i] !== "string")
            out.push({ path: segments(at(path, i)), expected: EXPECTED.text, found: foundOf(v[i], true) });
        return;
    }
  }
  if ("ref" in spec) {
    if (spec.emptyIsNone && v === "")
      return;
    if (!isObj(v))
      return problem('an object {"id": "<ARM resource id>"}', false);
    if (v.id === void 0 || v.id === null)
      return;
    if (typeof v.id === "string" && isArmResourceId(v.id) && !namesOneOf(v.id, spec.to.map((t) => t.toLowerCase())))
      out.push({ path: segments(at(path, "id")), expected: `the id of a ${spec.to.join(" or ")} resource`, found: `an id of a ${armIdTypeAsWritten(v.id) ?? "resource of no known type"}` });
    else
      check(v.id, "armId", at(path, "id"), out);
    return;
  }
  if ("list" in spec) {
    if (!Array.isArray(v))
      return problem("a list", false);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x === null || x === void 0)
        out.push({ path: segments(at(path, i)), expected: "an object", found: foundOf(x, true) });
      else
        check(x, spec.list, at(path, i), out);
    }
    return;
  }
  if ("map" in spec) {
    if (!isObj(v))
      return problem("an object", false);
    for (const k in v)
      if (Object.prototype.hasOwnProperty.call(v, k) && v[k] !== void 0 && v[k] !== null)
        check(v[k], spec.map, at(path, k), out);
    return;
  }
  if (!isObj(v))
    return problem("an object", false);
  const fields = spec.object;
  for (const k in fields) {
    const x = v[k];
    if (x !== void 0 && x !== null)
      check(x, fields[k], at(path, k), out);
  }
}
var problemAt = (out, path, expected, v, quote = true) => void out.push({ path: segments(path), expected, found: foundOf(v, quote) });
function compileSpec(spec) {
  if (typeof spec === "string" && spec !== "texts") {
    const leaf = spec === "text" ? (v, path, out) => {
      if (typeof v !== "string")
        problemAt(out, path, EXPECTED.text, v);
    } : spec === "secret" ? (v, path, out) => {
      if (typeof v !== "string")
        problemAt(out, path, EXPECTED.secret, v, false);
    } : spec === "number" ? (v, path, out) => {
      if (!isNumber(v))
        problemAt(out, path, EXPECTED.number, v);
    } : spec === "asn" ? (v, path, out) => {
      if (!isAsn(v))
        problemAt(out, path, EXPECTED.asn, v);
    } : spec === "boolean" ? (v, path, out) => {
      if (!isBoolean(v))
        problemAt(out, path, EXPECTED.boolean, v);
    } : (v, path, out) => {
      if (typeof v !== "string" || !isArmResourceId(v))
        problemAt(out, path, EXPECTED.armId, v, false);
    };
    return (v, path, out) => {
      if (v === void 0 || v === null || out.length >= 20)
        return;
      leaf(v, path, out);
    };
  }
  if (typeof spec === "string" || "ref" in spec || "map" in spec)
    return (v, path, out) => check(v, spec, path, out);
  if ("list" in spec) {
    const item = compileSpec(spec.list);
    return (v, path, out) => {
      if (v === void 0 || v === null || out.length >= 20)
        return;
      if (!Array.isArray(v))
        return problemAt(out, path, "a list", v, false);
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x === null || x === void 0)
          out.push({ path: segments(at(path, i)), expected: "an object", found: foundOf(x, true) });
        else if (out.length < 20)
          item(x, at(path, i), out);
      }
    };
  }
  const fields = Object.entries(spec.object).map(([k, f]) => ({ k, f: compileSpec(f) }));
  return (v, path, out) => {
    if (v === void 0 || v === null || out.length >= 20)
      return;
    if (!isObj(v))
      return problemAt(out, path, "an object", v, false);
    for (let i = 0; i < fields.length; i++) {
      const x = v[fields[i].k];
      if (x !== void 0 && x !== null && out.length < 20)
        fields[i].f(x, at(path, fields[i].k), out);
    }
  };
}
var isText = (v) => typeof v === "string";
var isArmIdText = (v) => typeof v === "string" && isArmResourceId(v);
function compileOk(spec) {
  if (typeof spec === "string") {
    switch (spec) {
      case "text":
      case "secret":
        return isText;
      case "number":
        return isNumber;
      case "asn":
        return isAsn;
      case "boolean":
        return isBoolean;
      case "armId":
        return isArmIdText;
      case "texts":
        return (v) => {
          if (!Array.isArray(v))
            return false;
          for (let i = 0; i < v.length; i++)
            if (typeof v[i] !== "string")
              return false;
          return true;
        };
    }
  }
  if ("ref" in spec) {
    const to = spec.to.map((t) => t.toLowerCase());
    return (v) => spec.emptyIsNone === true && v === "" || isObj(v) && (v.id === void 0 || v.id === null || typeof v.id === "string" && isArmIdOfOneOf(v.id, to));
  }
  if ("list" in spec) {
    const item = compileOk(spec.list);
    return (v) => {
      if (!Array.isArray(v))
        return false;
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x === null || x === void 0 || !item(x))
          return false;
      }
      return true;
    };
  }
  if ("map" in spec) {
    const item = compileOk(spec.map);
    return (v) => {
      if (!isObj(v))
        return false;
      for (const k in v)
        if (Object.prototype.hasOwnProperty.call(v, k) && v[k] !== void 0 && v[k] !== null && !item(v[k]))
          return false;
      return true;
    };
  }
  return objectOk(new Map(Object.keys(spec.object).map((k) => [k, compileOk(spec.object[k])])));
}
function objectOk(fields) {
  return (v) => {
    if (!isObj(v))
      return false;
    for (const k in v) {
      const ok = fields.get(k);
      if (ok === void 0)
        continue;
      const x = v[k];
      if (x !== void 0 && x !== null && !ok(x))
        return false;
    }
    return true;
  };
}
function rowOk(fields) {
  const checks = /* @__PURE__ */ new Map();
  for (const k of Object.keys(ENVELOPE))
    checks.set(k, compileOk(ENVELOPE[k]));
  for (const k of Object.keys(fields)) {
    const own = compileOk(fields[k]);
    const envelope = checks.get(k);
    checks.set(k, envelope === void 0 ? own : (v) => envelope(v) && own(v));
  }
  return objectOk(checks);
}
var ENVELOPE_CHECK = compileSpec({ object: ENVELOPE });
var TYPE_CHECKS = new Map(Object.entries(TYPES).map(([type, fields]) => [type, compileSpec({ object: fields })]));
var ROW_OKS = new Map(Object.entries(TYPES).map(([type, fields]) => [type, rowOk(fields)]));
var NO_PROPERTIES = "an object of the resource's properties";
var LIFTED_PROPERTIES = `${NO_PROPERTIES} (this row has them at its top, as \`az network \u2026 list\` and \`show\` write them: export with \`az graph query\` or \`az rest\`, which keep ARM's shape)`;
var POWERSHELL_KEYS = ["ResourceId", "Id", "ResourceType", "Type", "Name", "Properties"];
function powerShellRow(row) {
  const text = (k) => typeof row[k] === "string" && row[k].trim() !== "" ? row[k].trim() : void 0;
  if (row.type !== void 0 || row.id !== void 0)
    return void 0;
  const id = text("ResourceId") ?? text("Id");
  const named = text("ResourceType") ?? text("Type") ?? (id !== void 0 && isArmResourceId(id) ? armIdTypeAsWritten(id) : void 0);
  if (named === void 0)
    return void 0;
  const type = lowerCased(named);
  if (!TYPES[type])
    return { kind: "foreign", type };
  const props = isObj(row.Properties) ? row.Properties : isObj(row.properties) ? row.properties : row;
  const kind = (v) => typeof v === "string" ? v : void 0;
  const gatewayType = kind(props.gatewayType) ?? kind(props.GatewayType);
  const connectionType = kind(props.connectionType) ?? kind(props.ConnectionType);
  if (type === "microsoft.network/virtualnetworkgateways" && gatewayType !== void 0 && isOtherGatewayType(gatewayType))
    return { kind: "foreign", type: `${type} (${gatewayType})` };
  if (type === "microsoft.network/connections" && connectionType !== void 0 && isOtherConnectionType(connectionType))
    return { kind: "foreign", type: `${type} (${connectionType})` };
  const keys = POWERSHELL_KEYS.filter((k) => k in row).map((k) => `\`${k}\``);
  return {
    kind: "read",
    type,
    problems: [{ path: [], expected: ARM_SHAPE, found: `an Azure PowerShell object of ${named} (PowerShell's ${keys.join(", ")} where ARM has \`id\`, \`type\`: what \`Get-AzResource\` or \`Get-AzExpressRouteCircuit\` piped to ConvertTo-Json write), which erscan does not read` }]
  };
}
var ARM_SHAPE = "a resource in ARM's shape (`id`, `type`, `properties`), as `az graph query` and `az rest` export it";
function powerShellObjectProblem(doc) {
  if (!isObj(doc))
    return void 0;
  const c = powerShellRow(doc);
  return c?.kind === "read" ? c.problems[0] : void 0;
}
function isPsruleExpansion(row) {
  const info = row._PSRule;
  if (!isObj(info) || !Array.isArray(info.source))
    return false;
  return info.source.some((x) => isObj(x) && typeof x.type === "string" && /^(template|parameter)$/i.test(x.type));
}
var PSRULE_EXPANSION = {
  path: ["_PSRule"],
  expected: "a deployed resource (Resource Graph, an ARM response) or the ARM template itself",
  found: "a resource of PSRule for Azure's expansion of a template (Export-AzRuleTemplateData), whose subscription, resource group and location (ffffffff-ffff-ffff-ffff-ffffffffffff, ps-rule-test-rg, eastus unless configured) and reference() values are PSRule's stand-ins, not Azure's: scan the template and its parameter file, which erscan expands leaving what only the deployment knows unknown"
};
function checkRow(row) {
  if (!isObj(row))
    return { kind: "invalid", problems: [{ path: [], expected: "a resource object", found: foundOf(row, true) }] };
  if (typeof row.type !== "string" || row.type.trim() === "")
    return powerShellRow(row) ?? { kind: "invalid", problems: [{ path: ["type"], expected: 'an ARM resource type (text such as "Microsoft.Network/expressRouteCircuits")', found: foundOf(row.type, true) }] };
  const type = lowerCased(row.type);
  const spec = TYPES[type];
  if (!spec)
    return { kind: "foreign", type };
  const props = isObj(row.properties) ? row.properties : {};
  if (type === "microsoft.network/virtualnetworkgateways" && typeof props.gatewayType === "string" && isOtherGatewayType(props.gatewayType))
    return { kind: "foreign", type: `${type} (${props.gatewayType})` };
  if (type === "microsoft.network/connections" && typeof props.connectionType === "string" && isOtherConnectionType(props.connectionType))
    return { kind: "foreign", type: `${type} (${props.connectionType})` };
  if (isPsruleExpansion(row))
    return { kind: "read", type, problems: [PSRULE_EXPANSION] };
  const problems = [];
  if (typeof row.id === "string" && isArmIdOfType(row.id, type)) {
  } else if (typeof row.id !== "string" || !isArmResourceId(row.id)) {
    problems.push({ path: ["id"], expected: EXPECTED.armId, found: foundOf(row.id, typeof row.id !== "string") });
  } else if (!isIdOfType(row.id, type)) {
    problems.push({ path: ["id"], expected: `the id of a ${row.type} resource (the id and the type must name the same kind of resource)`, found: `an id of a ${armIdType(row.id) ?? "resource of no known type"}` });
  }
  if (row.properties === void 0 || row.properties === null)
    problems.push({ path: ["properties"], expected: "provisioningState" in row ? LIFTED_PROPERTIES : NO_PROPERTIES, found: foundOf(row.properties, false) });
  if (!fieldsOk(row, type))
    problems.push(...fieldProblems(row, type));
  return { kind: "read", type, problems };
}
function fieldsOk(row, type) {
  return ROW_OKS.get(type)(row);
}
function fieldProblems(row, type) {
  const problems = [];
  ENVELOPE_CHECK(row, void 0, problems);
  TYPE_CHECKS.get(type)(row, void 0, problems);
  return problems;
}
function templateRowProblems(row) {
  const c = checkRow(row);
  return c.kind === "read" ? c.problems.filter((p) => p.expected !== EXPECTED.armId && !(p.path.length === 1 && (p.path[0] === "id" || p.path[0] === "properties" && (p.expected === NO_PROPERTIES || p.expected === LIFTED_PROPERTIES)))) : [];
}
var isPlainRecord = (v) => isObj(v) && Object.getPrototypeOf(v) === Object.prototype;
function respell(v, spec, path, clashes) {
  if (spec === void 0 || typeof spec === "string")
    return v;
  if (Array.isArray(v)) {
    if (!("list" in spec))
      return v;
    const out2 = v.map((x, i) => respell(x, spec.list, [...path, i], clashes));
    return out2.some((x, i) => x !== v[i]) ? out2 : v;
  }
  if (!isPlainRecord(v))
    return v;
  const fields = "object" in spec ? spec.object : "ref" in spec ? { id: "armId" } : void 0;
  if (!fields)
    return v;
  const out = {};
  const written = /* @__PURE__ */ new Map();
  let changed = false;
  for (const [k, x] of Object.entries(v)) {
    const field = findKey(fields, k);
    if (field === void 0) {
      out[k] = x;
      continue;
    }
    const before = written.get(field);
    if (before !== void 0)
      clashes.push({ path: [...path, field], keys: [before, k] });
    written.set(field, k);
    const r = respell(x, fields[field], [...path, field], clashes);
    if (field !== k || r !== x)
      changed = true;
    out[field] = r;
  }
  return changed ? out : v;
}
function respellDeclared(type, key, value) {
  const fields = TYPES[lowerCased(type)];
  const clashes = [];
  if (!fields)
    return { value, clashes };
  const spec = fields[key] ?? ENVELOPE[key];
  return { value: respell(value, spec, [], clashes), clashes };
}
function refKey(v, type) {
  if (!isObj(v) || typeof v.id !== "string" || !isArmResourceId(v.id) || !isIdOfType(v.id, type))
    return null;
  return v.id.toLowerCase();
}
var CONNECTION = "microsoft.network/connections";
var VWAN_CONNECTION = "microsoft.network/expressroutegateways/expressrouteconnections";
var VWAN_GATEWAY = "microsoft.network/expressroutegateways";
function vwanCircuitKey(props) {
  const peering = refKey(isObj(props) ? props.expressRouteCircuitPeering : void 0, "microsoft.network/expressroutecircuits/peerings");
  return peering === null ? null : peering.slice(0, peering.indexOf("/peerings/"));
}
function unreadConnectionsOf(row, type, label) {
  if (!isObj(row))
    return [];
  const props = row.properties;
  const id = typeof row.id === "string" && isArmResourceId(row.id) ? row.id.toLowerCase() : void 0;
  if (type === CONNECTION) {
    const p = isObj(props) ? props : {};
    return [{ label, flavor: "vnet", circuitKey: refKey(p.peer, "microsoft.network/expressroutecircuits"), gatewayKey: refKey(p.virtualNetworkGateway1, "microsoft.network/virtualnetworkgateways") }];
  }
  if (type === VWAN_CONNECTION) {
    const gatewayKey = id !== void 0 && isIdOfType(id, VWAN_CONNECTION) ? id.slice(0, id.lastIndexOf("/expressrouteconnections/")) : null;
    return [{ label, flavor: "vwan", circuitKey: vwanCircuitKey(props), gatewayKey }];
  }
  if (type === VWAN_GATEWAY) {
    const gatewayKey = id !== void 0 && isIdOfType(id, VWAN_GATEWAY) ? id : null;
    const list2 = isObj(props) ? props.expressRouteConnections : void 0;
    if (!Array.isArray(list2))
      return [{ label: `the connections of ${label}`, flavor: "vwan", circuitKey: null, gatewayKey }];
    return list2.map((x, i) => ({ label: `connection ${isObj(x) && typeof x.name === "string" ? x.name : i} of ${label}`, flavor: "vwan", circuitKey: vwanCircuitKey(isObj(x) ? x.properties : void 0), gatewayKey }));
  }
  return [];
}
function rowLabel(row, type, where) {
  const name = isObj(row) && typeof row.name === "string" && row.name !== "" ? ` ${row.name}` : "";
  const kind = type === VWAN_GATEWAY ? "vWAN gateway" : "connection";
  return `${kind}${name} (${where})`;
}
function validateRows(file, rows, at2, source, maxErrors = 5, opts = {}) {
  const out = { raws: [], unread: [], errors: [], foreign: /* @__PURE__ */ new Map(), rejected: 0 };
  const nesting = opts.nesting;
  const checkNesting = (row) => {
    if (nesting !== void 0 && row !== null && typeof row === "object" && nestedDeeper(row, nesting.levels))
      nesting.tooDeep();
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const c = checkRow(row);
    if (c.kind === "foreign") {
      checkNesting(row);
      out.foreign.set(c.type, (out.foreign.get(c.type) ?? 0) + 1);
      continue;
    }
    if (c.problems.length === 0) {
      if (opts.scrubInPlace) {
        if (nesting === void 0)
          scrubSecretsInPlace(row);
        else if (!scrubSecretsInPlaceWithin(row, nesting.levels))
          nesting.tooDeep();
        out.raws.push({ row, source, scrubbed: true });
      } else {
        checkNesting(row);
        out.raws.push({ row, source });
      }
      continue;
    }
    checkNesting(row);
    out.rejected++;
    if (c.kind === "read" && !c.problems.includes(PSRULE_EXPANSION)) {
      const unread = unreadConnectionsOf(row, c.type, rowLabel(row, c.type, `${displayPath(file)}, ${jsonPath(at2(i))}`));
      for (let k = 0; k < unread.length; k++)
        out.unread.push(unread[k]);
    }
    if (out.rejected > maxErrors)
      continue;
    const [p, ...others] = c.problems;
    const also = others.length > 0 ? ` (and ${others.length}${others.length >= 19 ? "+" : ""} more problem${others.length === 1 ? "" : "s"} in this row)` : "";
    out.errors.push(new InputError(file, jsonPath([...at2(i), ...p.path]), p.expected, `${p.found}; this row is not read${also}`));
  }
  const more = out.rejected - maxErrors;
  if (more > 0)
    out.errors.push(new InputError(file, jsonPath(at2(0).slice(0, -1)), "rows erscan can read", `${more} more row${more === 1 ? "" : "s"} that cannot be read (${out.rejected} left out in all)`));
  return out;
}
function foreignNotice(file, foreign) {
  const total = [...foreign.values()].reduce((a, b) => a + b, 0);
  if (total === 0)
    return void 0;
  const types = [...foreign.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t, n]) => `${n} ${t}`);
  return `${file}: ${total} row${total === 1 ? "" : "s"} of a type erscan does not scan ${total === 1 ? "was" : "were"} skipped (${types.slice(0, 5).join(", ")}${types.length > 5 ? ", \u2026" : ""})`;
}

export {
  lowerCased,
  findKey,
  isArmResourceId,
  armIdTypeAsWritten,
  powerShellObjectProblem,
  checkRow,
  templateRowProblems,
  respellDeclared,
  unreadConnectionsOf,
  rowLabel,
  validateRows,
  foreignNotice
};
