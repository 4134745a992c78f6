// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  cloudOfRegion,
  isLocalRegion,
  peeringLocationInfo,
  regionGeopoliticalInfo
} from "./chunk-D3FX4D66.js";
import {
  readDataFile
} from "./chunk-PCQZUXPH.js";
import {
  REDACTED_KEYVAULT,
  scrubSecrets
} from "./chunk-26WM2ZHS.js";
import {
  schemaValidator,
  validateOrThrow
} from "./chunk-543HGEIV.js";
import {
  packagePath
} from "./chunk-54M4OODH.js";
import {
  InputError,
  describeValue
} from "./chunk-5MMV7F5T.js";

// dist/findings/model.js
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var CATEGORIES = ["redundancy", "sku", "bgp", "encryption", "cost", "hygiene"];
function severityRank(s) {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}
function atOrAbove(s, threshold) {
  return threshold !== "none" && severityRank(s) >= severityRank(threshold);
}

// dist/rules/loader.js
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";

// dist/rules/conditions.js
var OPERATORS = [
  "equals",
  "notEquals",
  "in",
  "notIn",
  "exists",
  "greater",
  "greaterOrEquals",
  "less",
  "lessOrEquals",
  "matches",
  "startsWith",
  "contains",
  "count"
];
var MAX_REGEX_INPUT = 2048;
var pathSegments = /* @__PURE__ */ new Map();
function getPath(value, path) {
  let segments = pathSegments.get(path);
  if (!segments) {
    segments = path.split(".");
    if (pathSegments.size < 1e4)
      pathSegments.set(path, segments);
  }
  let cur = value;
  for (const seg of segments) {
    if (cur === null || cur === void 0)
      return void 0;
    if (Array.isArray(cur) && /^\d+$/.test(seg))
      cur = cur[Number(seg)];
    else if (typeof cur === "object")
      cur = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : void 0;
    else
      return void 0;
  }
  return cur;
}
function compileSafeRegex(pattern) {
  if (pattern.length > 256)
    throw new Error("pattern longer than 256 characters");
  if (/\\[1-9]|\\k</.test(pattern))
    throw new Error("backreferences are not allowed");
  if (/\(\?[=!<]/.test(pattern))
    throw new Error("lookaround assertions are not allowed");
  vetGroups(pattern);
  if (/(?:\.|\\.|\]|[^\\()|])[*+]\??(?:\.|\\.|\[[^\]]*\]|[^\\()|*+?{])[*+]/.test(pattern))
    throw new Error("adjacent unbounded quantifiers are not allowed");
  return new RegExp(`^(?:${pattern})$`, "i");
}
var MAX_UNBOUNDED_QUANTIFIERS = 2;
function quantifierAt(p, j) {
  const c = p[j];
  let q;
  if (c === "*" || c === "+")
    q = { len: 1, repeats: true, unbounded: true };
  else if (c === "?")
    q = { len: 1, repeats: false, unbounded: false };
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(j));
    if (!m)
      return void 0;
    const max = m[2] === void 0 ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3]);
    q = { len: m[0].length, repeats: max > 1, unbounded: max > 64 };
  }
  if (q && p[j + q.len] === "?")
    q.len++;
  return q;
}
function vetGroups(p) {
  const stack = [{ quantified: false, alternation: false }];
  let unbounded = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    let closed;
    if (c === "\\")
      i++;
    else if (c === "[") {
      i++;
      if (p[i] === "^")
        i++;
      if (p[i] === "]")
        i++;
      while (i < p.length && p[i] !== "]")
        i += p[i] === "\\" ? 2 : 1;
    } else if (c === "(") {
      if (p[i + 1] === "?" && p[i + 2] === ":")
        i += 2;
      stack.push({ quantified: false, alternation: false });
      continue;
    } else if (c === "|") {
      stack[stack.length - 1].alternation = true;
      continue;
    } else if (c === ")") {
      if (stack.length < 2)
        return;
      closed = stack.pop();
    }
    const top = stack[stack.length - 1];
    const q = quantifierAt(p, i + 1);
    if (q) {
      if (closed && q.repeats && (closed.quantified || closed.alternation))
        throw new Error(closed.quantified ? "nested quantifiers are not allowed" : "alternation under a repeating quantifier is not allowed");
      if (q.unbounded && ++unbounded > MAX_UNBOUNDED_QUANTIFIERS)
        throw new Error(`more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded quantifiers (*, +, {n,}) are not allowed`);
      top.quantified = true;
      i += q.len;
    }
    if (closed) {
      top.quantified ||= closed.quantified;
      top.alternation ||= closed.alternation;
    }
  }
}
var regexCache = /* @__PURE__ */ new Map();
function regex(pattern) {
  let r = regexCache.get(pattern);
  if (!r) {
    r = compileSafeRegex(pattern);
    regexCache.set(pattern, r);
  }
  return r;
}
function looseEquals(a, b) {
  if (typeof a === "string" && typeof b === "string")
    return a.toLowerCase() === b.toLowerCase();
  if (typeof a === "number" && typeof b === "string" && /^-?\d+(\.\d+)?$/.test(b))
    return a === Number(b);
  return a === b;
}
function compare(a, b) {
  if (typeof a === "number" && typeof b === "number")
    return a - b;
  if (typeof a === "string" && typeof b === "string")
    return a.localeCompare(b);
  return void 0;
}
function describeExpected(leaf) {
  const fmt = (v) => Array.isArray(v) ? v.map((x) => String(x)).join(", ") : String(v);
  if (leaf.equals !== void 0)
    return fmt(leaf.equals);
  if (leaf.notEquals !== void 0)
    return `not ${fmt(leaf.notEquals)}`;
  if (leaf.in)
    return `one of ${fmt(leaf.in)}`;
  if (leaf.notIn)
    return `none of ${fmt(leaf.notIn)}`;
  if (leaf.exists !== void 0)
    return leaf.exists ? "a value" : "no value";
  if (leaf.greater !== void 0)
    return `more than ${leaf.greater}`;
  if (leaf.greaterOrEquals !== void 0)
    return `at least ${leaf.greaterOrEquals}`;
  if (leaf.less !== void 0)
    return `less than ${leaf.less}`;
  if (leaf.lessOrEquals !== void 0)
    return `at most ${leaf.lessOrEquals}`;
  if (leaf.matches !== void 0)
    return `a value matching ${leaf.matches}`;
  if (leaf.startsWith !== void 0)
    return `a value starting with ${leaf.startsWith}`;
  if (leaf.contains !== void 0)
    return `a list containing ${fmt(leaf.contains)}`;
  if (leaf.count) {
    const c = leaf.count;
    if (c.equals !== void 0)
      return `exactly ${c.equals}`;
    if (c.greaterOrEquals !== void 0)
      return `at least ${c.greaterOrEquals}`;
    if (c.greater !== void 0)
      return `more than ${c.greater}`;
    if (c.lessOrEquals !== void 0)
      return `at most ${c.lessOrEquals}`;
    if (c.less !== void 0)
      return `fewer than ${c.less}`;
  }
  return "a matching value";
}
function evalLeaf(leaf, value) {
  const v = getPath(value, leaf.field);
  if (leaf.exists !== void 0) {
    const present = v !== void 0 && v !== null && v !== "";
    if (present !== leaf.exists)
      return false;
  }
  if (leaf.equals !== void 0 && !looseEquals(v, leaf.equals))
    return false;
  if (leaf.notEquals !== void 0 && looseEquals(v, leaf.notEquals))
    return false;
  if (leaf.in && !leaf.in.some((x) => looseEquals(v, x)))
    return false;
  if (leaf.notIn && leaf.notIn.some((x) => looseEquals(v, x)))
    return false;
  const hasBound = leaf.greater !== void 0 || leaf.greaterOrEquals !== void 0 || leaf.less !== void 0 || leaf.lessOrEquals !== void 0;
  if (hasBound)
    for (const [op, want] of [
      ["greater", leaf.greater],
      ["greaterOrEquals", leaf.greaterOrEquals],
      ["less", leaf.less],
      ["lessOrEquals", leaf.lessOrEquals]
    ]) {
      if (want === void 0)
        continue;
      const c = compare(v, want);
      if (c === void 0)
        return false;
      if (op === "greater" && !(c > 0))
        return false;
      if (op === "greaterOrEquals" && !(c >= 0))
        return false;
      if (op === "less" && !(c < 0))
        return false;
      if (op === "lessOrEquals" && !(c <= 0))
        return false;
    }
  if (leaf.matches !== void 0) {
    if (typeof v !== "string" && typeof v !== "number")
      return false;
    const s = String(v);
    if (s.length > MAX_REGEX_INPUT || !regex(leaf.matches).test(s))
      return false;
  }
  if (leaf.startsWith !== void 0 && !(typeof v === "string" && v.toLowerCase().startsWith(leaf.startsWith.toLowerCase())))
    return false;
  if (leaf.contains !== void 0) {
    if (Array.isArray(v)) {
      if (!v.some((x) => looseEquals(x, leaf.contains)))
        return false;
    } else if (typeof v === "string" && typeof leaf.contains === "string") {
      if (!v.toLowerCase().includes(leaf.contains.toLowerCase()))
        return false;
    } else
      return false;
  }
  if (leaf.count) {
    const n = Array.isArray(v) ? v.length : v === void 0 || v === null ? 0 : void 0;
    if (n === void 0)
      return false;
    const c = leaf.count;
    if (c.equals !== void 0 && n !== c.equals)
      return false;
    if (c.greater !== void 0 && !(n > c.greater))
      return false;
    if (c.greaterOrEquals !== void 0 && !(n >= c.greaterOrEquals))
      return false;
    if (c.less !== void 0 && !(n < c.less))
      return false;
    if (c.lessOrEquals !== void 0 && !(n <= c.lessOrEquals))
      return false;
  }
  return true;
}
var MAX_CONDITION_DEPTH = 16;
function evaluate(cond, value, depth = 0) {
  if (depth > MAX_CONDITION_DEPTH)
    throw new Error(`condition nested deeper than ${MAX_CONDITION_DEPTH} levels`);
  if ("allOf" in cond) {
    for (const c of cond.allOf) {
      const r = evaluate(c, value, depth + 1);
      if (!r.ok)
        return r;
    }
    return { ok: true };
  }
  if ("anyOf" in cond) {
    let first;
    for (const c of cond.anyOf) {
      const r = evaluate(c, value, depth + 1);
      if (r.ok)
        return r;
      first ??= r;
    }
    return first ?? { ok: false };
  }
  if ("not" in cond) {
    const r = evaluate(cond.not, value, depth + 1);
    if (r.ok) {
      const leaf = firstLeaf(cond.not);
      return { ok: false, failure: leaf ? { field: leaf.field, actual: getPath(value, leaf.field), expected: `not ${describeExpected(leaf)}` } : void 0 };
    }
    return { ok: true };
  }
  if (evalLeaf(cond, value))
    return { ok: true };
  const ok = false;
  const actual = getPath(value, cond.field);
  return { ok, failure: { field: cond.field, actual: cond.count ? Array.isArray(actual) ? actual.length : 0 : actual, expected: describeExpected(cond) } };
}
function firstLeaf(c) {
  if ("allOf" in c)
    return c.allOf.map(firstLeaf).find(Boolean);
  if ("anyOf" in c)
    return c.anyOf.map(firstLeaf).find(Boolean);
  if ("not" in c)
    return firstLeaf(c.not);
  return c;
}
function fieldsOf(c) {
  if (!c)
    return [];
  if ("allOf" in c)
    return c.allOf.flatMap(fieldsOf);
  if ("anyOf" in c)
    return c.anyOf.flatMap(fieldsOf);
  if ("not" in c)
    return fieldsOf(c.not);
  return [c.field];
}

// dist/rules/functions/index.js
var registry = /* @__PURE__ */ new Map();
function registerFunction(name, fn) {
  if (registry.has(name))
    throw new Error(`rule function ${name} registered twice`);
  registry.set(name, fn);
}
function getFunction(name) {
  return registry.get(name);
}

// dist/rules/functions/cost.js
var circuitUnused = ({ inventory }) => {
  const out = [];
  for (const c of inventory.circuits) {
    if (c.serviceProviderProvisioningState?.toLowerCase() === "notprovisioned")
      continue;
    if (c.connectionKeys.length > 0)
      continue;
    if (c.authorizations.some((a) => a.useStatus?.toLowerCase() === "inuse"))
      continue;
    if (c.peerings.some((p) => p.peeringType?.toLowerCase() === "microsoftpeering" && p.state?.toLowerCase() !== "disabled"))
      continue;
    if (c.peerings.some((p) => p.globalReach.length > 0 || p.peeredConnectionCount > 0))
      continue;
    out.push({
      resource: c,
      actual: c.peerings.length === 0 ? "no peerings and no connections" : `${c.peerings.length} peering(s) but no connections, no redeemed authorization, no Microsoft peering and no Global Reach`,
      expected: "a circuit that carries traffic (a connection, Microsoft peering or Global Reach), or none at all"
    });
  }
  return out;
};
var globalReachUnused = ({ inventory }) => {
  const out = [];
  for (const c of inventory.circuits) {
    if (c.globalReachEnabled !== true)
      continue;
    const links = c.peerings.reduce((n, p) => n + p.globalReach.length + p.peeredConnectionCount, 0);
    if (links > 0)
      continue;
    out.push({ resource: c, actual: "globalReachEnabled = true with 0 Global Reach connections", expected: "Global Reach enabled only on circuits with a Global Reach connection" });
  }
  return out;
};

// dist/rules/functions/billing.js
var money = (n) => `$${n.toLocaleString("en-US", { maximumFractionDigits: 2 })}`;
var gb = (n) => `${Math.round(n).toLocaleString("en-US")} GB`;
var costAdvice = ({ inventory, params, cost }) => {
  if (!cost)
    return [];
  const kind = String(params.kind ?? "");
  const min = Number(params.minMonthlySavingsUsd ?? 0);
  const out = [];
  for (const c of cost.costs) {
    const r = c.recommendation;
    if (!r || r.kind !== kind || r.monthlySavingsUsd < min)
      continue;
    const resource = inventory.byKey.get(c.resourceId.toLowerCase());
    if (!resource)
      continue;
    const egress = c.egressSource === "none" ? "no declared egress" : `${gb(c.egressGbPerMonth)}/month (${c.egressSource})`;
    out.push({
      resource,
      actual: `${c.tier} ${c.billingModel} at ${money(c.monthlyUsd.current ?? 0)}/month with ${egress}${c.breakEvenGbPerMonth !== null ? ` against a break-even of ${gb(c.breakEvenGbPerMonth)}` : ""}`,
      expected: `${r.tier} ${r.billingModel}${r.bandwidthMbps ? ` ${r.bandwidthMbps / 1e3} Gbps` : ""}${r.requiresNewCircuit ? " (a new circuit)" : ""}`,
      details: { savings: money(r.monthlySavingsUsd), reason: r.reason, zone: c.zone ?? "unknown" }
    });
  }
  return out;
};
var costUnpriced = ({ inventory, cost }) => {
  if (!cost)
    return [];
  const out = [];
  for (const c of cost.costs) {
    if (c.monthlyUsd.current !== null)
      continue;
    const resource = inventory.byKey.get(c.resourceId.toLowerCase());
    if (!resource)
      continue;
    const why = (c.notes ?? []).find((n) => /not priced|not in/.test(n)) ?? "not priced";
    out.push({ resource, actual: why, expected: "a peering location, tier and bandwidth in the price catalogue" });
  }
  return out;
};

// dist/rules/functions/util.js
function lookup(inv, key, kind) {
  if (!key)
    return void 0;
  const r = inv.byKey.get(key);
  return r?.kind === kind ? r : void 0;
}
function circuitsOfGateway(inv, g) {
  const known = [];
  let outside = 0;
  for (const k of g.circuitKeys) {
    const c = lookup(inv, k, "circuit");
    if (c)
      known.push(c);
    else
      outside++;
  }
  return { known, outside };
}
function connectionsOf(inv, keys) {
  return keys.map((k) => lookup(inv, k, "connection")).filter((c) => c !== void 0);
}
function gatewaysOfCircuit(inv, c) {
  return c.gatewayKeys.map((k) => lookup(inv, k, "gateway")).filter((g) => g !== void 0);
}
function circuitsOfPort(inv, p) {
  return p.circuitKeys.map((k) => lookup(inv, k, "circuit")).filter((c) => c !== void 0);
}
function nameList(items, detail) {
  return items.map((i) => {
    const d = detail?.(i);
    return d ? `${i.name} (${d})` : i.name;
  }).sort().join(", ");
}
function lc(s) {
  return s?.toLowerCase();
}
function numParam(params, name, fallback) {
  const v = params[name];
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}
function listParam(params, name, fallback) {
  const v = params[name];
  return Array.isArray(v) ? v.map(String) : fallback;
}
function groupBy(items, key) {
  const m = /* @__PURE__ */ new Map();
  for (const it of items) {
    const k = key(it);
    if (k === void 0)
      continue;
    const list = m.get(k);
    if (list)
      list.push(it);
    else
      m.set(k, [it]);
  }
  return m;
}

// dist/rules/functions/encryption.js
var privatePeeringEncrypted = ({ inventory, params }) => {
  const tag = String(params.overlayTag ?? "erscan-encryption");
  const accepted = listParam(params, "acceptedValues", ["ipsec", "macsec"]).map((v) => v.toLowerCase());
  const acceptMacsec = params.acceptMacsec !== false;
  const out = [];
  for (const c of inventory.circuits) {
    if (!c.peerings.some((p) => p.peeringType?.toLowerCase() === "azureprivatepeering"))
      continue;
    const tagKey = Object.keys(c.tags).find((k) => k.toLowerCase() === tag.toLowerCase());
    const tagValue = tagKey ? c.tags[tagKey] : void 0;
    if (tagValue && accepted.includes(tagValue.toLowerCase()))
      continue;
    const port = lookup(inventory, c.portKey, "port");
    const macsec = port !== void 0 && port.links.length > 0 && port.links.every((l) => l.macsec.cknSecretConfigured && l.macsec.cakSecretConfigured);
    if (acceptMacsec && macsec)
      continue;
    out.push({
      resource: c,
      actual: `${c.isDirect ? port ? macsec ? "MACsec (not accepted by policy)" : `port ${port.name} without MACsec on every link` : "a Direct port outside the inventory" : "a provider circuit (MACsec not available)"}, tag ${tag}=${tagValue ?? "(not set)"}`,
      expected: `${acceptMacsec ? "MACsec on every link of its Direct port, or " : ""}an IPsec overlay declared with tag ${tag} = ${accepted.join(" | ")}`,
      status: c.isDirect && !port && !tagValue ? "unknown" : "fail"
    });
  }
  return out;
};

// dist/rules/functions/hygiene.js
var failedProvisioning = ({ inventory }) => {
  const out = [];
  const all = [...inventory.circuits, ...inventory.ports, ...inventory.gateways, ...inventory.connections];
  for (const r of all) {
    const state = "provisioningState" in r ? r.provisioningState : void 0;
    if (state?.toLowerCase() !== "failed")
      continue;
    out.push({ resource: r, actual: `provisioningState ${state}`, expected: "provisioningState Succeeded" });
  }
  return out;
};
var unusedAuthorizations = ({ inventory, params }) => {
  const max = numParam(params, "maxAvailable", 0);
  const out = [];
  for (const c of inventory.circuits) {
    const available = c.authorizations.filter((a) => a.useStatus?.toLowerCase() === "available");
    if (available.length <= max)
      continue;
    out.push({ resource: c, actual: `${available.length} unredeemed authorization(s): ${available.map((a) => a.name).sort().join(", ")}`, expected: `at most ${max} authorization(s) in state Available` });
  }
  return out;
};

// dist/rules/functions/geography.js
function locationOf(c) {
  return peeringLocationInfo(c.peeringLocation, cloudOfRegion(c.location));
}
function reachOf(inv, c) {
  const loc = locationOf(c);
  const circuitGeo = loc?.geopolitical;
  let inferred = loc?.geopoliticalInferred === true;
  const crossGeo = [];
  const undecided = [];
  for (const g of gatewaysOfCircuit(inv, c)) {
    const gi = regionGeopoliticalInfo(g.location);
    if (!circuitGeo || !gi)
      undecided.push(g);
    else if (gi.geopolitical !== circuitGeo) {
      crossGeo.push(g);
      inferred ||= gi.inferred;
    }
  }
  const crossGeoGlobalReach = [];
  for (const p of c.peerings) {
    for (const gr of p.globalReach) {
      const peer = lookup(inv, gr.peerCircuitKey, "circuit");
      const peerGeo = peer ? locationOf(peer)?.geopolitical : void 0;
      if (peer && circuitGeo && peerGeo && peerGeo !== circuitGeo)
        crossGeoGlobalReach.push(peer);
    }
  }
  return { crossGeo, undecided, crossGeoGlobalReach, circuitGeo, inferred };
}
var where = (g) => `${g.name} (${g.location ?? "unknown region"})`;
var inferredNote = (r) => r.inferred ? " (geopolitical region inferred: not in Microsoft's 2024 table)" : "";
var premiumWithoutNeed = ({ inventory, params }) => {
  const standardLinks = typeof params.standardMaxLinks === "number" ? params.standardMaxLinks : 10;
  const out = [];
  for (const c of inventory.circuits) {
    if (lc(c.tier) !== "premium")
      continue;
    const r = reachOf(inventory, c);
    if (r.crossGeo.length > 0 || r.crossGeoGlobalReach.length > 0)
      continue;
    if (c.connectionKeys.length > standardLinks)
      continue;
    if (c.peerings.some((p) => lc(p.peeringType) === "microsoftpeering"))
      continue;
    const undecided = r.undecided.length > 0;
    out.push({
      resource: c,
      actual: `Premium at ${c.peeringLocation ?? "an unknown location"} (${r.circuitGeo ?? "unknown geopolitical region"}) with ${c.connectionKeys.length} connection(s)${c.connectionKeys.length ? ` to gateways in ${[...new Set(gatewaysOfCircuit(inventory, c).map((g) => g.location ?? "?"))].sort().join(", ")}` : ""}, no Microsoft peering and no cross-region Global Reach`,
      expected: `Standard, unless the private peering advertises more than 4,000 routes (not visible in the inventory)${undecided ? `; undecided: the geopolitical region of ${r.undecided.map(where).join(", ")} or of the peering location is unknown` : ""}`,
      status: undecided ? "unknown" : "fail"
    });
  }
  return out;
};
var premiumRequiredForReach = ({ inventory }) => {
  const out = [];
  for (const c of inventory.circuits) {
    if (lc(c.tier) !== "standard")
      continue;
    const r = reachOf(inventory, c);
    if (r.crossGeo.length === 0 && r.crossGeoGlobalReach.length === 0)
      continue;
    const parts = [
      ...r.crossGeo.length ? [`connected to gateway(s) ${r.crossGeo.map(where).join(", ")} outside ${r.circuitGeo}`] : [],
      ...r.crossGeoGlobalReach.length ? [`Global Reach to ${r.crossGeoGlobalReach.map((p) => `${p.name} (${p.peeringLocation})`).join(", ")} outside ${r.circuitGeo}`] : []
    ];
    out.push({ resource: c, actual: `Standard circuit at ${c.peeringLocation} ${parts.join("; ")}${inferredNote(r)}`, expected: `Premium, or connections only within ${r.circuitGeo}` });
  }
  return out;
};
var localCircuitReach = ({ inventory }) => {
  const out = [];
  for (const c of inventory.circuits) {
    if (lc(c.tier) !== "local")
      continue;
    const loc = locationOf(c);
    const gateways = gatewaysOfCircuit(inventory, c);
    if (!loc) {
      if (gateways.length > 0)
        out.push({ resource: c, actual: `peering location ${c.peeringLocation ?? "(not set)"} is not in erscan's location table`, expected: "gateways only in the Azure regions local to the peering location", status: "unknown" });
      continue;
    }
    const outside = gateways.filter((g) => !isLocalRegion(loc, g.location));
    const globalReach = c.peerings.some((p) => p.globalReach.length > 0);
    if (outside.length === 0 && !globalReach)
      continue;
    const local = loc.localRegionNames.length ? loc.localRegionNames.join(", ") : "none (Local is not offered there)";
    out.push({
      resource: c,
      actual: [outside.length ? `connected to gateway(s) ${outside.map(where).join(", ")}` : "", globalReach ? "Global Reach configured" : ""].filter(Boolean).join("; "),
      expected: `gateways only in the regions local to ${loc.name}: ${local}; no Global Reach (or upgrade to Standard)`
    });
  }
  return out;
};

// dist/rules/functions/bgp.js
function parseIpv4(s) {
  const parts = s.split(".");
  if (parts.length !== 4)
    return void 0;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255)
      return void 0;
    v = (v << 8n) + BigInt(Number(p));
  }
  return v;
}
function parseIpv6(s) {
  if (!/^[0-9a-f:]+$/i.test(s) || s.split("::").length > 2)
    return void 0;
  const [head, tail] = s.includes("::") ? s.split("::") : [s, void 0];
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const missing = 8 - h.length - t.length;
  if (tail === void 0 ? h.length !== 8 : missing < 1)
    return void 0;
  const groups = [...h, ...Array(tail === void 0 ? 0 : missing).fill("0"), ...t];
  let v = 0n;
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(g))
      return void 0;
    v = (v << 16n) + BigInt(parseInt(g, 16));
  }
  return v;
}
function parseCidr(cidr) {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(cidr.trim());
  if (!m)
    return void 0;
  const len = Number(m[2]);
  const v4 = parseIpv4(m[1]);
  if (v4 !== void 0) {
    if (len > 32)
      return void 0;
    const size2 = 1n << BigInt(32 - len);
    const first2 = v4 / size2 * size2;
    return { family: 4, first: first2, last: first2 + size2 - 1n };
  }
  const v6 = parseIpv6(m[1]);
  if (v6 === void 0 || len > 128)
    return void 0;
  const size = 1n << BigInt(128 - len);
  const first = v6 / size * size;
  return { family: 6, first, last: first + size - 1n };
}
function overlap(a, b) {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}
function subnetsOf(p) {
  const out = [];
  const add = (label, cidr) => cidr && out.push({ label: `${p.name} ${label}`, cidr });
  add("primary", p.primaryPeerAddressPrefix);
  add("secondary", p.secondaryPeerAddressPrefix);
  add("IPv6 primary", p.ipv6?.primaryPeerAddressPrefix);
  add("IPv6 secondary", p.ipv6?.secondaryPeerAddressPrefix);
  return out;
}
var peeringPrefixesDistinct = ({ inventory }) => {
  const out = [];
  for (const c of inventory.circuits) {
    const all = c.peerings.flatMap((p) => subnetsOf(p).map((s) => ({ ...s, peering: p, range: parseCidr(s.cidr) })));
    const flagged = /* @__PURE__ */ new Set();
    for (const s of all) {
      if (s.range)
        continue;
      flagged.add(s.peering.key);
      out.push({ resource: s.peering, actual: `${s.label} subnet ${s.cidr} is not a valid CIDR`, expected: "a valid IPv4 /30 or IPv6 /126 subnet" });
    }
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const a = all[i];
        const b = all[j];
        if (!a.range || !b.range || !overlap(a.range, b.range) || flagged.has(b.peering.key))
          continue;
        flagged.add(b.peering.key);
        out.push({ resource: b.peering, actual: `${b.label} subnet ${b.cidr} overlaps ${a.label} subnet ${a.cidr}`, expected: "distinct, non-overlapping primary and secondary subnets" });
      }
    }
  }
  return out;
};
var peeringMd5Configured = ({ inventory, params }) => {
  const types = listParam(params, "peeringTypes", ["AzurePrivatePeering", "MicrosoftPeering"]).map((t) => t.toLowerCase());
  const out = [];
  for (const c of inventory.circuits) {
    for (const p of c.peerings) {
      if (!p.peeringType || !types.includes(p.peeringType.toLowerCase()))
        continue;
      if (p.sharedKeyConfigured === true)
        continue;
      out.push({
        resource: p,
        actual: p.sharedKeyConfigured === false ? "no MD5 key" : "not visible in this input (Resource Graph and ARM reads may omit sharedKey)",
        expected: "an MD5 shared key on both BGP sessions",
        status: p.sharedKeyConfigured === false ? "fail" : "unknown"
      });
    }
  }
  return out;
};
var vlanIdsValid = ({ inventory }) => {
  const out = [];
  const flagged = /* @__PURE__ */ new Set();
  const flag = (v) => {
    if (flagged.has(v.resource.key))
      return;
    flagged.add(v.resource.key);
    out.push(v);
  };
  for (const c of inventory.circuits) {
    for (const p of c.peerings) {
      if (p.vlanId === void 0) {
        if (p.unresolved?.some((u) => u === "properties.vlanId"))
          flag({ resource: p, actual: "VLAN unresolved", expected: "a VLAN id from 1 to 4094", status: "unknown" });
        else
          flag({ resource: p, actual: "no VLAN id", expected: "a VLAN id from 1 to 4094" });
      } else if (!Number.isInteger(p.vlanId) || p.vlanId < 1 || p.vlanId > 4094)
        flag({ resource: p, actual: `VLAN ${p.vlanId}`, expected: "a VLAN id from 1 to 4094" });
    }
    for (const [vlan, ps] of groupBy(c.peerings, (p) => p.vlanId !== void 0 ? String(p.vlanId) : void 0)) {
      if (ps.length < 2)
        continue;
      for (const p of ps.slice(1))
        flag({ resource: p, actual: `VLAN ${vlan}, also used by ${ps[0].name} of circuit ${c.name}`, expected: "a VLAN id unique among the peerings of the circuit" });
    }
  }
  for (const port of inventory.ports) {
    if (port.encapsulation?.toLowerCase() !== "dot1q")
      continue;
    const peerings = circuitsOfPort(inventory, port).flatMap((c) => c.peerings);
    for (const [vlan, ps] of groupBy(peerings, (p) => p.vlanId !== void 0 ? String(p.vlanId) : void 0)) {
      if (ps.length < 2)
        continue;
      for (const p of ps.slice(1)) {
        if (p.circuitKey === ps[0].circuitKey)
          continue;
        flag({ resource: p, actual: `VLAN ${vlan}, also used by ${ps[0].circuitName}/${ps[0].name} on Dot1Q port ${port.name}`, expected: "a VLAN id unique across the circuits of a Dot1Q ExpressRoute Direct port" });
      }
    }
  }
  return out;
};

// dist/rules/functions/redundancy.js
function siteOf(c, by) {
  if (by === "metro")
    return lc(locationOf(c)?.metro ?? c.peeringLocation?.replace(/\s*\d+$/, ""));
  return lc(c.peeringLocation);
}
var gatewayPeeringLocationDiversity = ({ inventory, params }) => {
  const minLocations = numParam(params, "minLocations", 2);
  const by = params.distinctBy === "metro" ? "metro" : "location";
  const out = [];
  for (const g of inventory.gateways) {
    const { known, outside } = circuitsOfGateway(inventory, g);
    const locations = new Set(known.map((c) => siteOf(c, by)).filter((l) => !!l));
    if (locations.size >= minLocations)
      continue;
    const names = nameList(known, (c) => c.peeringLocation ?? "unknown location");
    const unit = by === "metro" ? "metro" : "peering location";
    const actual = known.length === 0 && outside === 0 ? "no circuits" : `${locations.size} ${unit}${locations.size === 1 ? "" : "s"}: ${names || "none in the inventory"}${outside ? ` and ${outside} circuit(s) outside the inventory` : ""}`;
    out.push({
      resource: g,
      actual,
      expected: `circuits in at least ${minLocations} different ${unit}s`,
      details: { circuits: known.length + outside, locations: locations.size },
      status: outside > 0 && locations.size + outside >= minLocations ? "unknown" : "fail"
    });
  }
  return out;
};
var gatewayCircuitsSharePort = ({ inventory }) => {
  const out = [];
  for (const g of inventory.gateways) {
    const { known } = circuitsOfGateway(inventory, g);
    for (const [portKey, circuits] of groupBy(known, (c) => c.portKey)) {
      if (circuits.length < 2)
        continue;
      const port = lookup(inventory, portKey, "port");
      out.push({
        resource: g,
        actual: `${circuits.length} circuits on Direct port ${port?.name ?? portKey}: ${nameList(circuits)}`,
        expected: "each circuit of the gateway on a different ExpressRoute Direct port",
        details: { port: port?.name ?? portKey, circuits: nameList(circuits) }
      });
    }
  }
  return out;
};
var gatewayCircuitsShareLocation = ({ inventory }) => {
  const out = [];
  for (const g of inventory.gateways) {
    const { known } = circuitsOfGateway(inventory, g);
    for (const [, circuits] of groupBy(known, (c) => lc(c.peeringLocation))) {
      if (circuits.length < 2)
        continue;
      const location = circuits[0].peeringLocation;
      out.push({
        resource: g,
        actual: `${circuits.length} circuits in ${location}: ${nameList(circuits)}`,
        expected: "each circuit of the gateway in a different peering location",
        details: { location, circuits: nameList(circuits) }
      });
    }
  }
  return out;
};
var gatewayProviderDiversity = ({ inventory, params }) => {
  const minProviders = numParam(params, "minProviders", 2);
  const out = [];
  for (const g of inventory.gateways) {
    const { known, outside } = circuitsOfGateway(inventory, g);
    if (known.length + outside < 2)
      continue;
    const providers = new Set(known.map((c) => lc(c.serviceProviderName) ?? (c.isDirect ? "expressroute direct" : void 0)).filter((p) => !!p));
    if (providers.size >= minProviders)
      continue;
    out.push({
      resource: g,
      actual: `${providers.size} provider${providers.size === 1 ? "" : "s"}: ${nameList(known, (c) => c.serviceProviderName ?? (c.isDirect ? "ExpressRoute Direct" : "unknown provider"))}`,
      expected: `circuits from at least ${minProviders} connectivity providers`,
      status: outside > 0 && providers.size + outside >= minProviders ? "unknown" : "fail"
    });
  }
  return out;
};
var portOversubscription = ({ inventory, params }) => {
  const maxRatio = numParam(params, "maxRatio", 1);
  const out = [];
  for (const p of inventory.ports) {
    if (p.bandwidthGbps === void 0)
      continue;
    const circuits = circuitsOfPort(inventory, p);
    const known = circuits.reduce((n, c) => n + (c.bandwidthGbps ?? (c.bandwidthMbps ?? 0) / 1e3), 0);
    const provisioned = Math.max(known, p.provisionedBandwidthGbps ?? 0);
    const limit = p.bandwidthGbps * maxRatio;
    if (provisioned <= limit)
      continue;
    out.push({
      resource: p,
      actual: `${provisioned} Gbps of circuits${circuits.length ? ` (${nameList(circuits, (c) => (c.bandwidthGbps ?? (c.bandwidthMbps ?? 0) / 1e3) + " Gbps")})` : ""}`,
      expected: `at most ${limit} Gbps on a ${p.bandwidthGbps} Gbps port`,
      details: { provisionedGbps: provisioned, portGbps: p.bandwidthGbps }
    });
  }
  return out;
};

// dist/rules/functions/sku.js
function gatewayCapacityMbps(g) {
  const units = g.maxScaleUnits ?? g.minScaleUnits;
  if (g.flavor === "vwan")
    return units !== void 0 ? units * 2e3 : void 0;
  switch (lc(g.skuName)) {
    case "basic":
      return 500;
    case "standard":
    case "ergw1az":
      return 1e3;
    case "highperformance":
    case "ergw2az":
      return 2e3;
    case "ultraperformance":
    case "ergw3az":
      return 1e4;
    case "ergwscale":
      return units !== void 0 ? units * 1e3 : void 0;
    default:
      return void 0;
  }
}
var fmtMbps = (m) => m >= 1e3 ? `${m / 1e3} Gbps` : `${m} Mbps`;
var gatewayThroughputForCircuits = ({ inventory }) => {
  const out = [];
  for (const g of inventory.gateways) {
    const capacity = gatewayCapacityMbps(g);
    if (capacity === void 0)
      continue;
    const conns = connectionsOf(inventory, g.connectionKeys);
    const { known } = circuitsOfGateway(inventory, g);
    const viaGateway = known.filter((c) => conns.some((x) => x.circuitKey === c.key && x.fastPath !== true));
    const biggest = viaGateway.filter((c) => c.bandwidthMbps !== void 0).sort((a, b) => b.bandwidthMbps - a.bandwidthMbps || a.name.localeCompare(b.name))[0];
    if (!biggest || biggest.bandwidthMbps <= capacity)
      continue;
    out.push({
      resource: g,
      actual: `${g.skuName ?? "unknown SKU"}${g.minScaleUnits !== void 0 || g.maxScaleUnits !== void 0 ? ` (${g.minScaleUnits ?? "?"}\u2013${g.maxScaleUnits ?? "?"} scale units)` : ""}, about ${fmtMbps(capacity)}, connected to ${biggest.name} at ${fmtMbps(biggest.bandwidthMbps)}`,
      expected: `a gateway SKU that carries at least ${fmtMbps(biggest.bandwidthMbps)} (or FastPath on the connection)`,
      details: { capacityMbps: capacity, circuit: biggest.name, circuitMbps: biggest.bandwidthMbps }
    });
  }
  return out;
};
var fastPathSupported = ({ inventory, params }) => {
  const minUnits = numParam(params, "minScaleUnits", 10);
  const out = [];
  for (const c of inventory.connections) {
    if (c.privateLinkFastPath === true && c.fastPath !== true) {
      out.push({ resource: c, actual: "Private Link FastPath enabled without FastPath", expected: "FastPath (expressRouteGatewayBypass) enabled whenever Private Link FastPath is" });
      continue;
    }
    if (c.fastPath !== true || c.flavor !== "vnet")
      continue;
    const g = lookup(inventory, c.gatewayKey, "gateway");
    if (!g) {
      out.push({ resource: c, actual: "FastPath enabled; its gateway is outside the inventory", expected: `a gateway of SKU UltraPerformance, ErGw3AZ or ErGwScale with at least ${minUnits} scale units`, status: "unknown" });
      continue;
    }
    const sku = lc(g.skuName);
    if (sku === "ultraperformance" || sku === "ergw3az")
      continue;
    if (sku === "ergwscale" && (g.minScaleUnits ?? 0) >= minUnits)
      continue;
    out.push({
      resource: c,
      actual: `FastPath enabled on gateway ${g.name} of SKU ${g.skuName ?? "(not set)"}${sku === "ergwscale" ? ` with minimum ${g.minScaleUnits ?? "(not set)"} scale units` : ""}`,
      expected: `a gateway of SKU UltraPerformance, ErGw3AZ or ErGwScale with at least ${minUnits} scale units`,
      details: { gateway: g.name }
    });
  }
  return out;
};
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
function maxVnetLinks(c) {
  const tier = lc(c.tier);
  if (tier === "standard" || tier === "local" || tier === "basic")
    return 10;
  if (tier !== "premium")
    return void 0;
  if (c.bandwidthMbps === void 0)
    return void 0;
  let limit = PREMIUM_LINKS[0][1];
  for (const [mbps, links] of PREMIUM_LINKS)
    if (c.bandwidthMbps >= mbps)
      limit = links;
  return limit;
}
var circuitConnectionLimit = ({ inventory }) => {
  const out = [];
  for (const c of inventory.circuits) {
    const limit = maxVnetLinks(c);
    if (limit === void 0 || c.connectionKeys.length <= limit)
      continue;
    out.push({
      resource: c,
      actual: `${c.connectionKeys.length} connections on a ${c.tier} circuit of ${c.bandwidthMbps !== void 0 ? fmtMbps(c.bandwidthMbps) : "unknown bandwidth"}`,
      expected: `at most ${limit} VNet connections${lc(c.tier) === "premium" ? "" : " (Premium raises the limit)"}`,
      details: { connections: c.connectionKeys.length, limit }
    });
  }
  return out;
};

// dist/rules/functions/builtin.js
registerFunction("gatewayPeeringLocationDiversity", gatewayPeeringLocationDiversity);
registerFunction("gatewayCircuitsSharePort", gatewayCircuitsSharePort);
registerFunction("gatewayCircuitsShareLocation", gatewayCircuitsShareLocation);
registerFunction("gatewayProviderDiversity", gatewayProviderDiversity);
registerFunction("portOversubscription", portOversubscription);
registerFunction("gatewayThroughputForCircuits", gatewayThroughputForCircuits);
registerFunction("fastPathSupported", fastPathSupported);
registerFunction("circuitConnectionLimit", circuitConnectionLimit);
registerFunction("peeringPrefixesDistinct", peeringPrefixesDistinct);
registerFunction("peeringMd5Configured", peeringMd5Configured);
registerFunction("vlanIdsValid", vlanIdsValid);
registerFunction("privatePeeringEncrypted", privatePeeringEncrypted);
registerFunction("circuitUnused", circuitUnused);
registerFunction("globalReachUnused", globalReachUnused);
registerFunction("failedProvisioning", failedProvisioning);
registerFunction("premiumWithoutNeed", premiumWithoutNeed);
registerFunction("premiumRequiredForReach", premiumRequiredForReach);
registerFunction("localCircuitReach", localCircuitReach);
registerFunction("unusedAuthorizations", unusedAuthorizations);
registerFunction("costAdvice", costAdvice);
registerFunction("costUnpriced", costUnpriced);

// dist/rules/builtin-catalogue.js
var builtinCatalogue = { digest: "25ba128df17d018a243be13c88a5ef8974e05aa07ffbd4ba222eb26a3ea213a6", files: 53, json: '[{"id":"ERS-BGP-001","name":"peering-both-subnets","title":"Peerings define both the primary and the secondary BGP subnet","category":"bgp","severity":"high","pillar":"reliability","tags":["peering","bgp"],"resource":"peering","assert":{"allOf":[{"field":"primaryPeerAddressPrefix","exists":true},{"field":"secondaryPeerAddressPrefix","exists":true}]},"message":"Peering {name} of circuit {circuitName} has {field} {actual}; expected both a primary and a secondary /30 subnet, one per BGP session.","remediation":"Set both primaryPeerAddressPrefix and secondaryPeerAddressPrefix (two /30 subnets from your address space) so that both links of the circuit carry a BGP session.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm","https://learn.microsoft.com/azure/expressroute/expressroute-routing"],"references":{"APRL":["expressRouteCircuits f06a2bbe-5839-d447-9f39-fc3d20562d88 (configuration side of active-active)"]},"doc":"# ERS-BGP-001 peering-both-subnets\\n\\n**Every peering has both BGP subnets: primary and secondary.**\\n\\n## Why\\nEach peering runs two BGP sessions, one on each link of the circuit. Without the secondary subnet\\nthere is one session: the circuit\'s built-in link redundancy is lost without any alarm.\\n\\n## What is checked\\n`properties.peerings[].properties.primaryPeerAddressPrefix` and `secondaryPeerAddressPrefix` are both\\nset. Whether both sessions are actually *up* is not in Resource Graph (it needs the ARP/route-table\\nAPIs or the BgpAvailability metric): erscan checks the configuration side only.\\n\\n## Equivalent checks\\nAPRL `f06a2bbe-5839-d447-9f39-fc3d20562d88` (both connections active-active) covers the runtime side.\\n","file":"bgp/ERS-BGP-001.yaml"},{"id":"ERS-BGP-002","name":"peering-subnet-size","title":"BGP subnets are /30 (IPv4) and /126 (IPv6)","category":"bgp","severity":"medium","pillar":"reliability","tags":["peering","bgp","addressing"],"resource":"peering","where":{"anyOf":[{"field":"primaryPeerAddressPrefix","exists":true},{"field":"secondaryPeerAddressPrefix","exists":true},{"field":"ipv6","exists":true}]},"assert":{"allOf":[{"anyOf":[{"field":"primaryPeerAddressPrefix","exists":false},{"field":"primaryPrefixLength","equals":30}]},{"anyOf":[{"field":"secondaryPeerAddressPrefix","exists":false},{"field":"secondaryPrefixLength","equals":30}]},{"anyOf":[{"field":"ipv6.primaryPeerAddressPrefix","exists":false},{"field":"ipv6.primaryPrefixLength","equals":126}]},{"anyOf":[{"field":"ipv6.secondaryPeerAddressPrefix","exists":false},{"field":"ipv6.secondaryPrefixLength","equals":126}]}]},"message":"Peering {name} of circuit {circuitName} uses subnets {primaryPeerAddressPrefix} / {secondaryPeerAddressPrefix}; expected /30 subnets for IPv4 (and /126 for IPv6).","remediation":"Use one /30 per BGP session for IPv4 (or /126 for IPv6); Azure uses the second usable address of each subnet and you the first.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-routing","https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm"],"doc":"# ERS-BGP-002 peering-subnet-size\\n\\n**BGP subnets are exactly /30 (IPv4) or /126 (IPv6).**\\n\\n## Why\\nExpressRoute takes a /30 (IPv4) or /126 (IPv6) per session: the first usable address is yours, the\\nsecond Microsoft\'s. Other sizes are rejected by Azure or waste address space that is often shared\\nwith the provider.\\n\\n## What is checked\\nThe prefix length of `primaryPeerAddressPrefix` / `secondaryPeerAddressPrefix` (must be 30) and of\\n`ipv6PeeringConfig.primaryPeerAddressPrefix` / `secondaryPeerAddressPrefix` (must be 126), where set.\\nMissing subnets are ERS-BGP-001\'s finding.\\n","file":"bgp/ERS-BGP-002.yaml"},{"id":"ERS-BGP-003","name":"peering-subnets-distinct","title":"BGP subnets are valid, distinct and do not overlap","category":"bgp","severity":"medium","pillar":"reliability","tags":["peering","bgp","addressing"],"resource":"estate","function":"peeringPrefixesDistinct","message":"Peering {name}: {actual}; expected {expected}.","remediation":"Give every BGP session its own /30 (or /126) that overlaps no other peering subnet of the circuit.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-routing"],"doc":"# ERS-BGP-003 peering-subnets-distinct\\n\\n**Primary and secondary subnets are valid CIDRs that overlap neither each other nor the subnets of\\nthe circuit\'s other peerings.**\\n\\n## Why\\nOverlapping or identical subnets make the two BGP sessions collide (the secondary session never\\nestablishes) or clash between private and Microsoft peering. Azure rejects some of these at\\ndeployment; templates still carry them.\\n\\n## What is checked\\nFor every circuit, all IPv4 and IPv6 primary/secondary subnets of all its peerings are parsed as\\nCIDRs and compared pairwise (a circuit has at most a handful).\\n","file":"bgp/ERS-BGP-003.yaml"},{"id":"ERS-BGP-004","name":"peering-enabled","title":"Peerings are enabled","category":"bgp","severity":"medium","pillar":"reliability","tags":["peering","bgp"],"resource":"peering","assert":{"field":"state","notEquals":"Disabled"},"message":"Peering {name} of circuit {circuitName} is {actual}; expected Enabled (both BGP sessions up on the Azure side).","remediation":"Enable the peering (state Enabled), or delete it if it is no longer used.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm"],"doc":"# ERS-BGP-004 peering-enabled\\n\\n**Peerings are not administratively disabled.**\\n\\n## Why\\nA disabled peering shuts both BGP sessions on the Microsoft side. Left in place, it looks\\nconfigured in every inventory while carrying nothing.\\n\\n## What is checked\\n`properties.peerings[].properties.state` is not `Disabled`. Live BGP session state is not in\\nResource Graph and is not checked.\\n","file":"bgp/ERS-BGP-004.yaml"},{"id":"ERS-BGP-005","name":"microsoft-peering-route-filter","title":"Microsoft peering has a route filter attached","category":"bgp","severity":"high","pillar":"reliability","tags":["peering","microsoft-peering","bgp"],"resource":"peering","where":{"field":"peeringType","equals":"MicrosoftPeering"},"assert":{"field":"routeFilterId","exists":true},"message":"Microsoft peering of circuit {circuitName} has no route filter (routeFilter {actual}); expected a route filter, without which Microsoft advertises no routes.","remediation":"Create a route filter with the BGP communities of the services you use and attach it to the Microsoft peering.","links":["https://learn.microsoft.com/azure/expressroute/how-to-routefilter-portal","https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings"],"doc":"# ERS-BGP-005 microsoft-peering-route-filter\\n\\n**Microsoft peering has a route filter.**\\n\\n## Why\\nSince 2017 Microsoft peering advertises no prefixes until a route filter selects service\\ncommunities. A Microsoft peering without one is up, billed and useless.\\n\\n## What is checked\\nPeerings of type `MicrosoftPeering`: `properties.routeFilter.id` is set.\\n","file":"bgp/ERS-BGP-005.yaml"},{"id":"ERS-BGP-006","name":"microsoft-peering-public-asn","title":"Microsoft peering uses a public ASN","category":"bgp","severity":"medium","pillar":"operational-excellence","tags":["peering","microsoft-peering","bgp","asn"],"resource":"peering","where":{"field":"peeringType","equals":"MicrosoftPeering"},"assert":{"not":{"anyOf":[{"allOf":[{"field":"peerASN","greaterOrEquals":64512},{"field":"peerASN","lessOrEquals":65534}]},{"allOf":[{"field":"peerASN","greaterOrEquals":4200000000},{"field":"peerASN","lessOrEquals":4294967294}]}]}},"message":"Microsoft peering of circuit {circuitName} uses private ASN {peerASN}; expected a public ASN registered for the advertised public prefixes.","remediation":"Peer with a public AS number registered in a routing registry for your public prefixes (a private ASN needs manual validation and cannot be validated against the registry).","links":["https://learn.microsoft.com/azure/expressroute/expressroute-routing","https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-portal-resource-manager"],"doc":"# ERS-BGP-006 microsoft-peering-public-asn\\n\\n**Microsoft peering uses a public AS number.**\\n\\n## Why\\nOn Microsoft peering the public prefixes you advertise are validated against the routing registry\\n(ARIN, RIPE, \u2026) for the peer ASN. A private ASN (64512\u201365534, 4200000000\u20134294967294) cannot be\\nvalidated that way: prefixes stay in *validation needed* and Microsoft accepts none of them. Private\\npeering, in contrast, may use private ASNs (ERS-BGP-008 covers reserved ones).\\n\\n## What is checked\\nPeerings of type `MicrosoftPeering`: `properties.peerASN` is outside the private ranges.\\n","file":"bgp/ERS-BGP-006.yaml"},{"id":"ERS-BGP-007","name":"microsoft-peering-prefixes-validated","title":"Microsoft peering\'s advertised public prefixes are validated","category":"bgp","severity":"medium","pillar":"reliability","tags":["peering","microsoft-peering","bgp"],"deployedState":true,"resource":"peering","where":{"field":"peeringType","equals":"MicrosoftPeering"},"assert":{"field":"microsoftPeeringConfig.advertisedPublicPrefixesState","equals":"Configured"},"message":"Microsoft peering of circuit {circuitName} has advertisedPublicPrefixesState {actual}; expected Configured (prefixes validated by Microsoft).","remediation":"Complete prefix validation (routing registry entries, or the signed validation process for prefixes registered elsewhere); until then Microsoft ignores the advertised prefixes.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-routing","https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-portal-resource-manager"],"doc":"# ERS-BGP-007 microsoft-peering-prefixes-validated\\n\\n**Microsoft validated the public prefixes advertised over Microsoft peering.**\\n\\n## Why\\nMicrosoft accepts routes over Microsoft peering only for prefixes it has validated against the peer\\nASN. `advertisedPublicPrefixesState` of `ValidationNeeded` or `Configuring` means return traffic to\\nthose prefixes does not come back over ExpressRoute.\\n\\n## What is checked\\n`properties.microsoftPeeringConfig.advertisedPublicPrefixesState` is `Configured`.\\n","file":"bgp/ERS-BGP-007.yaml"},{"id":"ERS-BGP-008","name":"peer-asn-not-reserved","title":"The peer ASN is not one Azure reserves","category":"bgp","severity":"high","pillar":"reliability","tags":["peering","bgp","asn"],"resource":"peering","where":{"field":"peerASN","exists":true},"assert":{"field":"peerASN","notIn":[8074,8075,12076,65515,65516,65517,65518,65519,65520,0,23456]},"message":"Peering {name} of circuit {circuitName} uses peer ASN {actual}; expected an ASN that Azure does not reserve (not 8074, 8075, 12076, 65515\u201365520).","remediation":"Renumber the customer edge\'s BGP ASN; 12076 is Microsoft\'s side of every ExpressRoute session and 65515\u201365520 are used inside Azure (gateways, Route Server, vWAN).","links":["https://learn.microsoft.com/azure/expressroute/expressroute-routing","https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq#bgp"],"doc":"# ERS-BGP-008 peer-asn-not-reserved\\n\\n**The customer (peer) ASN is not one Azure reserves.**\\n\\n## Why\\nMicrosoft uses ASN 12076 on every ExpressRoute BGP session and 8074/8075 for its public services;\\n65515\u201365520 are used by Azure gateways, Route Server and Virtual WAN inside Azure. A peer with one of\\nthem sees its own ASN in the path (routes dropped by loop prevention) or collides with Azure-internal\\nrouting. 0 and 23456 (AS_TRANS) are not valid peer ASNs.\\n\\n## What is checked\\n`properties.peerings[].properties.peerASN`, where set.\\n","file":"bgp/ERS-BGP-008.yaml"},{"id":"ERS-BGP-009","name":"azure-public-peering-deprecated","title":"Circuits do not use the deprecated Azure public peering","category":"bgp","severity":"high","pillar":"operational-excellence","tags":["peering","legacy"],"resource":"peering","assert":{"field":"peeringType","notEquals":"AzurePublicPeering"},"message":"Circuit {circuitName} still has an Azure public peering ({name}); expected Microsoft peering with a route filter instead.","remediation":"Create a Microsoft peering with a route filter for the services you need, move traffic, then delete the Azure public peering.","links":["https://learn.microsoft.com/azure/expressroute/about-public-peering","https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings"],"doc":"# ERS-BGP-009 azure-public-peering-deprecated\\n\\n**No circuit keeps an Azure public peering.**\\n\\n## Why\\nAzure public peering is deprecated: it cannot be created on new circuits and is being retired in\\nfavour of Microsoft peering, which reaches the same public services with route filters and\\nprefix validation.\\n\\n## What is checked\\n`properties.peerings[].properties.peeringType` is not `AzurePublicPeering`.\\n","file":"bgp/ERS-BGP-009.yaml"},{"id":"ERS-BGP-010","name":"peering-md5-required","title":"BGP sessions use an MD5 key (policy choice)","category":"bgp","severity":"medium","pillar":"security","tags":["peering","bgp","policy"],"resource":"estate","function":"peeringMd5Configured","enabledByDefault":false,"parameters":{"peeringTypes":["AzurePrivatePeering","MicrosoftPeering"]},"message":"Peering {name} of circuit {circuitName}: MD5 key {actual}; expected {expected}.","remediation":"Configure the same MD5 shared key on the peering and on both customer-edge BGP sessions. erscan reads only whether a key exists, never its value.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm"],"doc":"# ERS-BGP-010 peering-md5-required\\n\\n**Off by default.** Where policy demands it, BGP sessions are protected with an MD5 key.\\n\\n## Why\\nMD5 authentication stops spoofed TCP segments from resetting or hijacking the BGP session. Some\\nsecurity baselines require it; others consider it of little value on a private cross-connect.\\n\\n## What is checked\\nPeerings whose type is in `peeringTypes`: `properties.sharedKey` is present. The key is a secret:\\nerscan replaces it with a marker when reading the input and keeps only a yes/no. Resource Graph\\nand some ARM reads omit `sharedKey`; then the result is **unknown**, never a pass.\\n\\n## Parameters\\n- `peeringTypes` (default `[AzurePrivatePeering, MicrosoftPeering]`).\\n\\nEnable with `rules.include: [ERS-BGP-010]` in the config.\\n","file":"bgp/ERS-BGP-010.yaml"},{"id":"ERS-BGP-011","name":"vlan-ids-valid-unique","title":"VLAN ids are valid and unique per circuit (and per Dot1Q port)","category":"bgp","severity":"high","pillar":"reliability","tags":["peering","vlan","direct"],"resource":"estate","function":"vlanIdsValid","message":"Peering {name} of circuit {circuitName}: {actual}; expected {expected}.","remediation":"Give each peering its own VLAN id from 1 to 4094; on a Dot1Q ExpressRoute Direct port keep VLAN ids unique across all circuits of the port (or use QinQ).","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm","https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about"],"doc":"# ERS-BGP-011 vlan-ids-valid-unique\\n\\n**VLAN ids are in 1\u20134094 and unique where they must be.**\\n\\n## Why\\nEach peering is a VLAN (802.1Q tag) on the circuit\'s links. Two peerings on one tag, or a tag outside\\n1\u20134094, cannot be provisioned by the provider. On ExpressRoute Direct ports with `Dot1Q`\\nencapsulation all circuits share the tag space of the port (with `QinQ` each circuit has its own\\nouter S-tag).\\n\\n## What is checked\\nPer circuit: each peering\'s `vlanId` is set and in range, and no two peerings share it. Per Direct\\nport with `encapsulation: Dot1Q`: no two circuits\' peerings share a VLAN id. A VLAN id a template\\ncould not resolve is reported as unknown.\\n","file":"bgp/ERS-BGP-011.yaml"},{"id":"ERS-COST-001","name":"circuit-not-provisioned","title":"Circuits are not billed while never provisioned at the provider","category":"cost","severity":"medium","pillar":"cost-optimization","tags":["circuit","provider","billing"],"deployedState":true,"resource":"circuit","assert":{"field":"serviceProviderProvisioningState","notEquals":"NotProvisioned"},"message":"Circuit {name} is billed but its provider provisioning state is {actual}; expected Provisioned, or delete the circuit.","remediation":"Complete provisioning with the provider (share the service key), or delete the circuit: billing starts when the circuit resource is created, not when the provider provisions it.","links":["https://learn.microsoft.com/azure/expressroute/plan-manage-cost","https://learn.microsoft.com/azure/expressroute/expressroute-workflows"],"references":{"Advisor":["Azure Advisor cost recommendation for ExpressRoute circuits that are not provisioned (no id published)"]},"doc":"# ERS-COST-001 circuit-not-provisioned\\n\\n**No circuit is paid for while it sits unprovisioned.**\\n\\n## Why\\nExpressRoute bills a circuit from the moment the resource is created, whether or not the provider\\nhas provisioned it. Circuits ordered for a project that stalled keep billing their monthly fee.\\nAzure Advisor makes the same recommendation.\\n\\n## What is checked\\n`properties.serviceProviderProvisioningState` is not `NotProvisioned`.\\n","file":"cost/ERS-COST-001.yaml"},{"id":"ERS-COST-002","name":"circuit-without-peerings","title":"Provisioned circuits have at least one peering","category":"cost","severity":"low","pillar":"cost-optimization","tags":["circuit","billing"],"deployedState":true,"resource":"circuit","where":{"field":"serviceProviderProvisioningState","equals":"Provisioned"},"assert":{"field":"peerings","count":{"greaterOrEquals":1}},"message":"Circuit {name} is provisioned and billed but has {actual} peerings; expected at least one peering, or delete the circuit.","remediation":"Configure private (or Microsoft) peering, or delete the circuit if it is no longer needed.","links":["https://learn.microsoft.com/azure/expressroute/plan-manage-cost","https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm"],"doc":"# ERS-COST-002 circuit-without-peerings\\n\\n**A provisioned circuit has at least one peering.**\\n\\n## Why\\nWithout a peering no BGP session exists and the circuit carries nothing, while its monthly fee runs.\\n\\n## What is checked\\nCircuits with `serviceProviderProvisioningState == Provisioned`: `properties.peerings` is not empty\\n(inline peerings, or peering child resources in the input).\\n","file":"cost/ERS-COST-002.yaml"},{"id":"ERS-COST-003","name":"circuit-unused","title":"Provisioned circuits carry traffic for something","category":"cost","severity":"medium","pillar":"cost-optimization","tags":["circuit","billing","estate"],"deployedState":true,"resource":"estate","function":"circuitUnused","message":"Circuit {name} has {actual}; expected {expected}.","remediation":"Connect the circuit, or delete it (and the provider service) if it is no longer needed; check the other tenants it may serve through authorizations first.","links":["https://learn.microsoft.com/azure/expressroute/plan-manage-cost"],"doc":"# ERS-COST-003 circuit-unused\\n\\n**A provisioned circuit is used: by a VNet or vWAN connection, a redeemed authorization, Microsoft\\npeering or Global Reach.**\\n\\n## Why\\nCircuits outlive the projects that ordered them. A circuit with none of these carries no traffic\\nbut bills its port fee every month.\\n\\n## What is checked\\nEstate-level, across subscriptions and tenants: circuits that are not `NotProvisioned` (that is\\nERS-COST-001) with no connection in the inventory, no authorization in state `InUse` (which means a\\nconnection exists in a scope erscan did not read), no enabled Microsoft peering and no Global Reach\\nconnection in either direction.\\n","file":"cost/ERS-COST-003.yaml"},{"id":"ERS-COST-004","name":"global-reach-unused","title":"Global Reach is enabled only where a Global Reach connection exists","category":"cost","severity":"low","pillar":"cost-optimization","tags":["circuit","global-reach","billing"],"resource":"estate","function":"globalReachUnused","message":"Circuit {name} has {actual}; expected {expected}.","remediation":"Disable Global Reach on the circuit (or create the intended Global Reach connection); its add-on and transfer pricing are only worth paying when it links on-premises sites.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-global-reach","https://learn.microsoft.com/azure/expressroute/plan-manage-cost"],"doc":"# ERS-COST-004 global-reach-unused\\n\\n**Global Reach is not enabled on circuits that have no Global Reach connection.**\\n\\n## Why\\nGlobal Reach links two circuits so on-premises sites talk through Microsoft\'s backbone. It is billed\\nas an add-on (plus transfer) and widens the circuit\'s routing domain. Enabled and unused, it is cost\\nand attack surface without benefit.\\n\\n## What is checked\\nCircuits with `properties.globalReachEnabled == true` and no Global Reach connection on any peering\\n(neither `connections[]` it initiated nor `peeredConnections[]` initiated by the other side).\\n","file":"cost/ERS-COST-004.yaml"},{"id":"ERS-COST-005","name":"gateway-without-connections","title":"ExpressRoute gateways have at least one connection","category":"cost","severity":"medium","pillar":"cost-optimization","tags":["gateway","billing"],"resource":"gateway","assert":{"field":"connectionKeys","count":{"greaterOrEquals":1}},"message":"Gateway {name} ({skuName}) has {actual} connections; expected at least one, since the gateway is billed by the hour whether or not it carries traffic.","remediation":"Connect the gateway to a circuit, or delete it.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways","https://learn.microsoft.com/azure/expressroute/plan-manage-cost"],"doc":"# ERS-COST-005 gateway-without-connections\\n\\n**An ExpressRoute gateway is connected to at least one circuit.**\\n\\n## Why\\nExpressRoute gateways bill per hour by SKU (and vWAN gateways per scale unit) from creation.\\nA gateway left behind after a migration costs the same as one in use.\\n\\n## What is checked\\nConnections resolved to each gateway across the estate (VNet connections whose\\n`virtualNetworkGateway1` is the gateway, and vWAN `expressRouteConnections`). A connection in a scope\\nerscan did not read would not be seen: scan the whole estate before deleting.\\n","file":"cost/ERS-COST-005.yaml"},{"id":"ERS-COST-006","name":"direct-port-without-circuits","title":"ExpressRoute Direct ports carry at least one circuit","category":"cost","severity":"medium","pillar":"cost-optimization","tags":["direct","port","billing"],"resource":"port","assert":{"field":"circuitKeys","count":{"greaterOrEquals":1}},"message":"ExpressRoute Direct port {name} ({bandwidthGbps} Gbps at {peeringLocation}) has {actual} circuits; expected at least one, since the port fee is billed (from 45 days after creation at the latest) whether or not it is used.","remediation":"Create the circuits the port was ordered for, or delete the port.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about","https://learn.microsoft.com/azure/expressroute/plan-manage-cost"],"doc":"# ERS-COST-006 direct-port-without-circuits\\n\\n**An ExpressRoute Direct port has at least one circuit.**\\n\\n## Why\\nThe port pair is billed once its links are enabled, and in any case from 45 days after the port\\nresource is created. A port without circuits is the most expensive idle resource in ExpressRoute.\\n\\n## What is checked\\n`properties.circuits[]` of the port, together with circuits in the inventory whose\\n`expressRoutePort` points at it.\\n","file":"cost/ERS-COST-006.yaml"},{"id":"ERS-COST-101","name":"metered-above-break-even","title":"Metered circuits carry less egress than the Unlimited break-even","category":"cost","severity":"medium","pillar":"cost-optimization","tags":["circuit","billing","egress","finops"],"resource":"estate","function":"costAdvice","parameters":{"kind":"switch-to-unlimited","minMonthlySavingsUsd":0},"message":"Circuit {name} is {actual}; Unlimited would save {details.savings}/month ({expected}). Metered \u2192 Unlimited is in place but one-way.","remediation":"Switch the data plan to Unlimited (in place, no downtime) once the egress is known to stay above the break-even: the change cannot be undone (Unlimited \u2192 Metered is not supported).","links":["https://learn.microsoft.com/azure/expressroute/plan-manage-cost","https://learn.microsoft.com/azure/expressroute/expressroute-howto-circuit-arm"],"doc":"# ERS-COST-101 metered-above-break-even\\n\\n**A Metered circuit whose declared or measured egress is above the break-even would cost less on Unlimited.**\\n\\n## Why\\nMetered circuits pay a lower monthly fee plus every GB out at the zone rate; Unlimited pays a flat fee.\\nAbove the break-even, `(Unlimited fee \u2212 Metered fee) / egress rate`, Metered costs more. For 1 Gbps\\nStandard in Zone 1 that is (5,700 \u2212 436) / 0.025 = 210,560 GB a month (Microsoft: \\"more than 200 TB\\").\\n\\n## What is checked\\nThe pricing model\'s estimate (`erscan cost`): egress comes from the usage file, or from Azure Monitor when\\n`--metrics` is given. Circuits without declared or measured egress are never flagged.\\n\\n## How to fix\\nSwitch the data plan to Unlimited. It is an in-place change without downtime, but **one-way**: Azure does\\nnot support Unlimited \u2192 Metered, so make sure the traffic is lasting, not a migration peak.\\n","file":"cost/ERS-COST-101.yaml"},{"id":"ERS-COST-102","name":"unlimited-far-below-break-even","title":"Unlimited circuits are not far below the Metered break-even","category":"cost","severity":"low","pillar":"cost-optimization","tags":["circuit","billing","egress","finops","one-way-door"],"resource":"estate","function":"costAdvice","parameters":{"kind":"new-metered-circuit","minMonthlySavingsUsd":0},"message":"Circuit {name} is {actual}; a new Metered circuit would save {details.savings}/month. Azure cannot change Unlimited \u2192 Metered in place.","remediation":"Unlimited \u2192 Metered is not supported: order a new Metered circuit, move the connections to it, then delete this circuit. Weigh the saving against the migration; the estimator only advises it below half the break-even.","links":["https://learn.microsoft.com/azure/expressroute/plan-manage-cost","https://learn.microsoft.com/azure/expressroute/expressroute-howto-circuit-arm"],"doc":"# ERS-COST-102 unlimited-far-below-break-even\\n\\n**An Unlimited circuit whose egress is far below the break-even pays for traffic it does not send.**\\n\\n## Why\\nUnlimited\'s flat fee only pays off above the break-even. Far below it, Metered would cost much less.\\n\\n## What is checked\\nThe pricing model\'s estimate: flagged when egress is below half the break-even (declared in the usage file\\nor measured with `--metrics`) and a Metered circuit would cost less. Circuits without egress data are not flagged.\\n\\n## How to fix\\nAzure does **not** support changing Unlimited \u2192 Metered. The saving needs a **new Metered circuit**: order\\nit with the provider, move the connections, then delete this circuit. The finding states the monthly saving\\nso it can be weighed against that migration.\\n","file":"cost/ERS-COST-102.yaml"},{"id":"ERS-COST-103","name":"local-sku-cheaper","title":"Circuits whose traffic stays in the metro use ExpressRoute Local when it is cheaper","category":"cost","severity":"low","pillar":"cost-optimization","tags":["circuit","billing","local","finops"],"resource":"estate","function":"costAdvice","parameters":{"kind":"move-to-local","minMonthlySavingsUsd":0},"message":"Circuit {name} is {actual}; every gateway it reaches is local to its peering location, and {expected} would save {details.savings}/month.","remediation":"Move to the Local SKU (Unlimited, egress included, 1\u201310 Gbps) only if nothing needs regions outside the metro or Global Reach; confirm the change path with the connectivity provider.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-faqs","https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers"],"doc":"# ERS-COST-103 local-sku-cheaper\\n\\n**A circuit whose gateways are all in the Azure region(s) local to its peering location could use ExpressRoute Local.**\\n\\n## Why\\nLocal includes egress in its fee and costs less than Standard Unlimited, but it reaches only the local\\nregion(s) of its peering location and has no Global Reach (Microsoft\'s locations page, \\"Local Azure regions\\").\\n\\n## What is checked\\nThe pricing model\'s estimate: the peering location offers Local, every connected gateway is in a local\\nregion, the circuit has no Global Reach, and Local (at the smallest Local bandwidth of at least the\\ncircuit\'s, 1\u201310 Gbps) costs less than the circuit does now.\\n\\n## How to fix\\nMove to the Local SKU if nothing will need another region. Local starts at 1 Gbps, so a smaller circuit\\nmoves up in bandwidth.\\n","file":"cost/ERS-COST-103.yaml"},{"id":"ERS-COST-104","name":"circuit-cost-unknown","title":"Every circuit can be priced (known peering location, tier and bandwidth)","category":"cost","severity":"info","pillar":"cost-optimization","tags":["circuit","billing","finops","coverage"],"resource":"estate","function":"costUnpriced","message":"Circuit {name} is not in the cost estimate: {actual}; expected {expected}.","remediation":"Check the peering location\'s spelling against Microsoft\'s locations page; if it is a new location, add it to erscan\'s zone map (src/locations) with its source. A retired tier (Basic) has no price.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers"],"doc":"# ERS-COST-104 circuit-cost-unknown\\n\\n**Every circuit can be priced; one the estimator cannot price is reported, never guessed.**\\n\\n## Why\\nThe billing zone follows the peering location, not the Azure region. erscan never guesses a zone: a\\npeering location that is not in its zone map (or a retired tier, or an unknown bandwidth) leaves the\\ncircuit out of the estate total, and this finding says so.\\n\\n## What is checked\\nCircuits whose current monthly cost is unknown in the pricing model\'s estimate, with the reason.\\n\\n## How to fix\\nCorrect the peering location\'s spelling, or add the new location to `src/locations` with its zone and source.\\n","file":"cost/ERS-COST-104.yaml"},{"id":"ERS-ENC-001","name":"direct-link-macsec-enabled","title":"MACsec is configured on every ExpressRoute Direct link","category":"encryption","severity":"high","pillar":"security","tags":["direct","macsec","link"],"resource":"link","assert":{"allOf":[{"field":"macsec.cknSecretConfigured","equals":true},{"field":"macsec.cakSecretConfigured","equals":true}]},"message":"Link {name} of ExpressRoute Direct port {portName} has no MACsec CKN and CAK secret identifiers configured; expected CKN and CAK secrets configured so the physical link is encrypted.","remediation":"Store a CKN and a CAK in Key Vault, give the port a managed identity with access, and set macSecConfig (cknSecretIdentifier, cakSecretIdentifier, cipher) on both links; configure the same on your routers.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec","https://learn.microsoft.com/azure/expressroute/expressroute-about-encryption"],"references":{"APRL":["Well-Architected ExpressRoute security: MACsec on ExpressRoute Direct"]},"doc":"# ERS-ENC-001 direct-link-macsec-enabled\\n\\n**Both links of every ExpressRoute Direct port are MACsec-encrypted.**\\n\\n## Why\\nTraffic over ExpressRoute is not encrypted by default. On ExpressRoute Direct the customer owns the\\nphysical links to Microsoft\'s edge and can encrypt them at layer 2 with MACsec (IEEE 802.1AE), with\\nkeys the customer holds in Key Vault. MACsec is off by default.\\n\\n## What is checked\\nEach `properties.links[].properties.macSecConfig` of an ExpressRoute Direct port has both\\n`cknSecretIdentifier` and `cakSecretIdentifier` set. The identifiers are Key Vault secret URIs: erscan\\nkeeps only whether they are set and whether they point into Key Vault, never the values.\\n","file":"encryption/ERS-ENC-001.yaml"},{"id":"ERS-ENC-002","name":"macsec-cipher-allowed","title":"MACsec uses a 256-bit GCM-AES cipher","category":"encryption","severity":"high","pillar":"security","tags":["direct","macsec","link"],"resource":"link","where":{"field":"macsec.cknSecretConfigured","equals":true},"assert":{"field":"macsec.cipher","in":"{params.allowedCiphers}"},"parameters":{"allowedCiphers":["GcmAes256","GcmAesXpn256"]},"message":"Link {name} of ExpressRoute Direct port {portName} uses MACsec cipher {actual}; expected one of {params.allowedCiphers}.","remediation":"Set macSecConfig.cipher to GcmAesXpn256 (extended packet numbering, preferred on 100 Gbps) or GcmAes256, matching the cipher on your routers.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec"],"doc":"# ERS-ENC-002 macsec-cipher-allowed\\n\\n**MACsec uses one of the allowed ciphers (by default the 256-bit ones).**\\n\\n## Why\\nExpressRoute Direct supports `GcmAes128`, `GcmAes256`, `GcmAesXpn128` and `GcmAesXpn256`. Most\\nbaselines require 256-bit keys; the XPN variants avoid packet-number exhaustion on fast links.\\n\\n## What is checked\\nLinks with MACsec configured: `macSecConfig.cipher` is in `allowedCiphers`. A missing cipher is\\nreported.\\n\\n## Parameters\\n- `allowedCiphers` (default `[GcmAes256, GcmAesXpn256]`). Example policy: `[GcmAesXpn256]`.\\n","file":"encryption/ERS-ENC-002.yaml"},{"id":"ERS-ENC-003","name":"macsec-secrets-in-key-vault","title":"MACsec CKN and CAK are Azure Key Vault secrets","category":"encryption","severity":"high","pillar":"security","tags":["direct","macsec","key-vault","link"],"resource":"link","where":{"field":"macsec.cknSecretConfigured","equals":true},"assert":{"field":"macsec.secretsInKeyVault","equals":true},"message":"Link {name} of ExpressRoute Direct port {portName} has MACsec secret identifiers that are not Azure Key Vault secret URIs; expected both CKN and CAK in Key Vault.","remediation":"Store the CKN and CAK as Key Vault secrets and reference them by their secret identifiers (https://<vault>.vault.azure.net/secrets/<name>).","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec"],"doc":"# ERS-ENC-003 macsec-secrets-in-key-vault\\n\\n**MACsec secrets are referenced from Azure Key Vault.**\\n\\n## Why\\nThe MACsec keys are the whole of the link\'s security. Azure expects them as Key Vault secrets that\\nthe port\'s managed identity reads; anything else (a literal, a URI elsewhere) means the keys live\\noutside the vault\'s access control, rotation and audit.\\n\\n## What is checked\\nLinks with MACsec configured: both `cknSecretIdentifier` and `cakSecretIdentifier` are Key Vault\\nsecret URIs (`*.vault.azure.net`, and the sovereign-cloud equivalents). erscan replaces the\\nidentifiers with a marker on read and never prints them.\\n","file":"encryption/ERS-ENC-003.yaml"},{"id":"ERS-ENC-004","name":"direct-port-identity-for-macsec","title":"Ports with MACsec have a managed identity for Key Vault","category":"encryption","severity":"high","pillar":"security","tags":["direct","macsec","identity","port"],"resource":"port","where":{"anyOf":[{"field":"links.0.macsec.cknSecretConfigured","equals":true},{"field":"links.1.macsec.cknSecretConfigured","equals":true}]},"assert":{"field":"hasIdentity","equals":true},"message":"ExpressRoute Direct port {name} has MACsec configured but no managed identity; expected a user-assigned identity with get access to the Key Vault secrets.","remediation":"Assign a user-assigned managed identity to the port and grant it get permission on the CKN/CAK secrets.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec"],"doc":"# ERS-ENC-004 direct-port-identity-for-macsec\\n\\n**A port whose links use MACsec has a managed identity.**\\n\\n## Why\\nThe port reads the CKN and CAK from Key Vault with its managed identity. Without one, MACsec cannot\\n(re)load its keys: a key rotation or a router restart leaves the link down or unencrypted.\\n\\n## What is checked\\nPorts with MACsec on any link: the top-level `identity.type` is set and not `None`.\\n","file":"encryption/ERS-ENC-004.yaml"},{"id":"ERS-ENC-005","name":"private-peering-encrypted-end-to-end","title":"Private-peering traffic is encrypted where policy requires it (policy choice)","category":"encryption","severity":"high","pillar":"security","tags":["circuit","ipsec","macsec","policy"],"resource":"estate","function":"privatePeeringEncrypted","enabledByDefault":false,"parameters":{"overlayTag":"erscan-encryption","acceptedValues":["ipsec","macsec"],"acceptMacsec":true},"message":"Circuit {name} carries private peering over {actual}; expected {expected}.","remediation":"Run an IPsec overlay over private peering (a VPN gateway with private IP, or Virtual WAN with encrypted ExpressRoute) and tag the circuit accordingly, or on ExpressRoute Direct enable MACsec on both links.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-about-encryption","https://learn.microsoft.com/azure/vpn-gateway/site-to-site-vpn-private-peering","https://learn.microsoft.com/azure/virtual-wan/vpn-over-expressroute"],"doc":"# ERS-ENC-005 private-peering-encrypted-end-to-end\\n\\n**Off by default.** Where policy requires encryption in transit, every circuit with private peering\\nis covered by MACsec (ExpressRoute Direct) or an IPsec overlay.\\n\\n## Why\\nExpressRoute is private, not encrypted. Regulated workloads often need encryption between the\\non-premises edge and Azure. Two designs exist: MACsec on ExpressRoute Direct (hop-by-hop on the\\nphysical link) and IPsec tunnels over private peering (end to end, for provider circuits too).\\n\\n## What is checked\\nCircuits with an `AzurePrivatePeering`:\\n- compliant when the circuit is on a Direct port whose links all have MACsec (and `acceptMacsec`\\n  is true), or\\n- when the circuit carries the tag `overlayTag` (default `erscan-encryption`) with a value in\\n  `acceptedValues`: the IPsec overlay is a VPN or vWAN resource, not an ExpressRoute one, so it is\\n  not in erscan\'s inventory and the circuit declares it.\\nA Direct circuit whose port is outside the inventory (and without the tag) is **unknown**.\\n\\n## Parameters\\n- `overlayTag`, `acceptedValues`, `acceptMacsec` (set `false` to require IPsec end to end).\\n\\nEnable with `rules.include: [ERS-ENC-005]` (see `examples/erscan.yaml`).\\n","file":"encryption/ERS-ENC-005.yaml"},{"id":"ERS-HYG-001","name":"classic-operations-disabled","title":"Classic operations are disabled on circuits","category":"hygiene","severity":"low","pillar":"security","tags":["circuit","legacy"],"resource":"circuit","assert":{"field":"allowClassicOperations","notEquals":true},"message":"Circuit {name} has allowClassicOperations {actual}; expected false unless classic (ASM) VNets still use the circuit.","remediation":"Set allowClassicOperations to false once no classic VNet is linked; classic deployment is retired.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-move"],"doc":"# ERS-HYG-001 classic-operations-disabled\\n\\n**Circuits do not allow classic (Azure Service Manager) operations.**\\n\\n## Why\\n`allowClassicOperations` lets the classic deployment model link VNets to the circuit. Classic is\\nretired; leaving the door open widens who can attach networks to the circuit.\\n\\n## What is checked\\n`properties.allowClassicOperations` is not `true`.\\n","file":"hygiene/ERS-HYG-001.yaml"},{"id":"ERS-HYG-002","name":"circuit-diagnostic-settings","title":"Circuits send resource logs and metrics to a diagnostic setting","category":"hygiene","severity":"low","pillar":"operational-excellence","tags":["circuit","monitoring"],"resource":"circuit","where":{"field":"diagnosticSettingsCount","exists":true},"assert":{"field":"diagnosticSettingsCount","greater":0},"message":"Circuit {{name}} has {{actual}} diagnostic settings; expected at least one, so that logs and metrics reach Log Analytics (or storage or an event hub) for alerting.","remediation":"Add a diagnostic setting (for example with the built-in \\"Enable logging by category group\\" Azure Policy initiatives) that sends logs and metrics to your Log Analytics workspace, and alert on BGP and ARP availability.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-monitoring-metrics-alerts","https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"],"references":{"APRL":["expressRouteCircuits 9771a435-d031-814e-9827-9b5fdafc0f87 (monitoring and alerting)"]},"doc":"# ERS-HYG-002 circuit-diagnostic-settings\\n\\n**Circuits have at least one diagnostic setting (checked only where the input says).**\\n\\n## Why\\nWithout a diagnostic setting, the circuit\'s resource logs and metrics are kept for a short time only\\nand cannot drive alerts or investigations (BGP/ARP availability, throughput, drops).\\n\\n## What is checked\\nDiagnostic settings are not part of the resource\'s Resource Graph row. erscan reads a count only when\\nthe input carries one (`erscan.diagnosticSettingsCount` on the row, as erscan snapshots record it);\\ncircuits without that data are **not** reported, rather than guessed.\\n\\n## Equivalent checks\\nAPRL monitoring recommendations for circuits; Azure Policy diagnostic-settings initiatives deploy them.\\n","file":"hygiene/ERS-HYG-002.yaml"},{"id":"ERS-HYG-003","name":"gateway-diagnostic-settings","title":"Gateways send resource logs and metrics to a diagnostic setting","category":"hygiene","severity":"low","pillar":"operational-excellence","tags":["gateway","monitoring"],"resource":"gateway","where":{"field":"diagnosticSettingsCount","exists":true},"assert":{"field":"diagnosticSettingsCount","greater":0},"message":"Gateway {{name}} has {{actual}} diagnostic settings; expected at least one, so that logs and metrics reach Log Analytics (or storage or an event hub) for alerting.","remediation":"Add a diagnostic setting (for example with the built-in \\"Enable logging by category group\\" Azure Policy initiatives) that sends logs and metrics to your Log Analytics workspace, and alert on BGP and ARP availability.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-monitoring-metrics-alerts","https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"],"references":{"APRL":["virtualNetworkGateways 1c34faa8-8b99-974c-adbf-71922eae943c (monitoring and alerting)"]},"doc":"# ERS-HYG-003 gateway-diagnostic-settings\\n\\n**Gateways have at least one diagnostic setting (checked only where the input says).**\\n\\n## Why\\nWithout a diagnostic setting, the gateway\'s resource logs and metrics are kept for a short time only\\nand cannot drive alerts or investigations (BGP/ARP availability, throughput, drops).\\n\\n## What is checked\\nDiagnostic settings are not part of the resource\'s Resource Graph row. erscan reads a count only when\\nthe input carries one (`erscan.diagnosticSettingsCount` on the row, as erscan snapshots record it);\\ngateways without that data are **not** reported, rather than guessed.\\n\\n## Equivalent checks\\nAPRL monitoring recommendations for gateways; Azure Policy diagnostic-settings initiatives deploy them.\\n","file":"hygiene/ERS-HYG-003.yaml"},{"id":"ERS-HYG-004","name":"unused-authorizations","title":"Circuits do not keep unredeemed authorization keys","category":"hygiene","severity":"low","pillar":"security","tags":["circuit","authorization"],"deployedState":true,"resource":"estate","function":"unusedAuthorizations","parameters":{"maxAvailable":0},"message":"Circuit {name} has {actual}; expected {expected}.","remediation":"Delete authorizations that are no longer waiting to be redeemed; create one when a connection is about to be made.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm"],"doc":"# ERS-HYG-004 unused-authorizations\\n\\n**Authorization keys are not left lying around.**\\n\\n## Why\\nAn authorization key lets whoever holds it connect a VNet (in any subscription or tenant) to the\\ncircuit. Keys created \\"for later\\" and never redeemed (`authorizationUseStatus: Available`) are\\nstanding credentials to a private network path.\\n\\n## What is checked\\n`properties.authorizations[].properties.authorizationUseStatus` (or authorization child resources):\\nthe number in state `Available` is at most `maxAvailable` (default 0). The keys themselves are\\nsecrets and are dropped on read.\\n","file":"hygiene/ERS-HYG-004.yaml"},{"id":"ERS-HYG-005","name":"provisioning-not-failed","title":"ExpressRoute resources are not left in a failed provisioning state","category":"hygiene","severity":"medium","pillar":"operational-excellence","tags":["estate","provisioning"],"deployedState":true,"resource":"estate","function":"failedProvisioning","message":"{name} has {actual}; expected {expected}.","remediation":"Re-apply the last configuration (a PUT of the same resource usually clears the state) or open a support case; a failed resource may not carry its intended configuration.","links":["https://learn.microsoft.com/azure/networking/troubleshoot-failed-state"],"doc":"# ERS-HYG-005 provisioning-not-failed\\n\\n**No circuit, port, gateway or connection is in provisioning state `Failed`.**\\n\\n## Why\\n`Failed` means the last operation on the resource did not complete. The resource may run with a\\nmix of old and new settings, and further changes may be refused until the state is cleared.\\n\\n## What is checked\\n`properties.provisioningState` of circuits, ExpressRoute Direct ports, gateways and connections.\\n","file":"hygiene/ERS-HYG-005.yaml"},{"id":"ERS-HYG-006","name":"connection-connected","title":"ExpressRoute connections are not reported as not connected","category":"hygiene","severity":"medium","pillar":"reliability","tags":["connection"],"deployedState":true,"resource":"connection","where":{"field":"connectionStatus","exists":true},"assert":{"field":"connectionStatus","notEquals":"NotConnected"},"message":"Connection {name} has connectionStatus {actual}; expected Connected (checked when the input carries a status).","remediation":"Check that the circuit is provisioned and its private peering configured, that the authorization is valid, and that the gateway is healthy; recreate the connection if needed.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-troubleshooting-expressroute-overview"],"doc":"# ERS-HYG-006 connection-connected\\n\\n**Connections the input reports on are connected.**\\n\\n## Why\\nA connection in `NotConnected` attaches nothing: the VNet has no path over that circuit, while\\nredundancy counts elsewhere still include it.\\n\\n## What is checked\\n`properties.connectionStatus` of VNet gateway connections, where present (a snapshot of the state at\\nread time; absent in templates).\\n","file":"hygiene/ERS-HYG-006.yaml"},{"id":"ERS-HYG-007","name":"port-diagnostic-settings","title":"ExpressRoute Direct ports send resource logs and metrics to a diagnostic setting","category":"hygiene","severity":"low","pillar":"operational-excellence","tags":["port","monitoring"],"resource":"port","where":{"field":"diagnosticSettingsCount","exists":true},"assert":{"field":"diagnosticSettingsCount","greater":0},"message":"ExpressRoute Direct port {{name}} has {{actual}} diagnostic settings; expected at least one, so that logs and metrics reach Log Analytics (or storage or an event hub) for alerting.","remediation":"Add a diagnostic setting (for example with the built-in \\"Enable logging by category group\\" Azure Policy initiatives) that sends logs and metrics to your Log Analytics workspace, and alert on BGP and ARP availability.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-monitoring-metrics-alerts","https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"],"references":{"APRL":["expressRoutePorts 55815823-d588-4cb7-a5b8-ae581837356e (monitoring and alerting)"]},"doc":"# ERS-HYG-007 port-diagnostic-settings\\n\\n**ExpressRoute Direct ports have at least one diagnostic setting (checked only where the input says).**\\n\\n## Why\\nWithout a diagnostic setting, the port\'s resource logs and metrics are kept for a short time only\\nand cannot drive alerts or investigations (BGP/ARP availability, throughput, drops).\\n\\n## What is checked\\nDiagnostic settings are not part of the resource\'s Resource Graph row. erscan reads a count only when\\nthe input carries one (`erscan.diagnosticSettingsCount` on the row, as erscan snapshots record it);\\nports without that data are **not** reported, rather than guessed.\\n\\n## Equivalent checks\\nAPRL monitoring recommendations for ports; Azure Policy diagnostic-settings initiatives deploy them.\\n","file":"hygiene/ERS-HYG-007.yaml"},{"id":"ERS-RED-001","name":"gateway-peering-location-diversity","title":"Every ExpressRoute gateway is served by circuits in at least two peering locations","category":"redundancy","severity":"high","pillar":"reliability","tags":["gateway","estate","geo-redundancy"],"resource":"estate","function":"gatewayPeeringLocationDiversity","parameters":{"minLocations":2,"distinctBy":"location"},"message":"Gateway {name} is served by {actual}; expected {expected}.","remediation":"Connect the gateway to a second circuit in another peering location (a different metro for disaster recovery), with its own provider or ExpressRoute Direct port, and weight the connections for active-passive or active-active use.","links":["https://learn.microsoft.com/azure/expressroute/designing-for-disaster-recovery-with-expressroute-privatepeering","https://learn.microsoft.com/azure/expressroute/designing-for-high-availability-with-expressroute","https://learn.microsoft.com/azure/well-architected/service-guides/azure-expressroute"],"references":{"APRL":["virtualNetworkGateways d37db635-157f-584d-9bce-4f6fc8c65ce5","expressRouteGateways 9987c813-d687-4163-a511-95f31bc5e536","expressRouteCircuits 4d703025-dafc-f840-a183-5dc440456134"]},"doc":"# ERS-RED-001 gateway-peering-location-diversity\\n\\n**Every ExpressRoute gateway (VNet gateway or vWAN hub gateway) is served by circuits in at least two peering locations.**\\n\\n## Why\\nA circuit has two links, but both end in one peering location. A facility outage, a fibre cut into\\nthe building or a provider failure there takes every circuit of that location down at once. Only a\\nsecond circuit in another peering location keeps the VNets behind the gateway reachable.\\n\\n## What is checked\\nThis is an estate-level check that no single-resource tool makes: erscan follows every connection\\n(`properties.virtualNetworkGateway1` \u2192 `properties.peer` for VNet gateways, inline\\n`expressRouteConnections[].properties.expressRouteCircuitPeering` for vWAN) across subscriptions and\\ntenants, and counts the distinct `serviceProviderProperties.peeringLocation` (or, for ExpressRoute\\nDirect circuits, the port\'s `peeringLocation`) of the circuits that reach each gateway.\\n\\nWhen some circuits are outside the inventory (for example in a tenant that was not scanned) and they\\ncould make up the difference, the finding is reported as **unknown**, not as a pass.\\n\\n## Parameters\\n- `minLocations` (default `2`): distinct locations required.\\n- `distinctBy` (`location` or `metro`, default `location`): with `metro`, \\"Amsterdam\\" and\\n  \\"Amsterdam2\\" count as one site.\\n\\n## How to fix\\nOrder a second circuit in another peering location and connect it to the same gateway. Use\\nconnection `routingWeight` or AS-path prepending to choose active-passive or active-active.\\n\\n## Equivalent checks\\nAPRL `d37db635-157f-584d-9bce-4f6fc8c65ce5` (virtualNetworkGateways), `9987c813-d687-4163-a511-95f31bc5e536`\\n(expressRouteGateways), `4d703025-dafc-f840-a183-5dc440456134` (expressRouteCircuits). No PSRule,\\nAzure Policy or Checkov rule checks this.\\n","file":"redundancy/ERS-RED-001.yaml"},{"id":"ERS-RED-002","name":"gateway-circuits-distinct-ports","title":"Circuits that back each other up do not share an ExpressRoute Direct port","category":"redundancy","severity":"high","pillar":"reliability","tags":["gateway","direct","estate"],"resource":"estate","function":"gatewayCircuitsSharePort","message":"Gateway {name} has {actual}; expected {expected}.","remediation":"Move one of the circuits to an ExpressRoute Direct port in another peering location (or to a provider circuit), so that one port pair failing does not take both paths down.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about","https://learn.microsoft.com/azure/expressroute/designing-for-disaster-recovery-with-expressroute-privatepeering"],"references":{"APRL":["virtualNetworkGateways d37db635-157f-584d-9bce-4f6fc8c65ce5 (related)"]},"doc":"# ERS-RED-002 gateway-circuits-distinct-ports\\n\\n**Two circuits serving the same gateway are not carved out of the same ExpressRoute Direct port.**\\n\\n## Why\\nCircuits on one ExpressRoute Direct port share its two physical links, its router pair and its\\nfacility. Connecting both to one gateway looks redundant in the portal but fails together.\\n\\n## What is checked\\nFor every gateway, the circuits reached through its connections are grouped by\\n`properties.expressRoutePort.id` (or the port\'s `properties.circuits[]`). A port that carries two or\\nmore of them is reported once per gateway. Estate-level: circuits and ports may sit in other\\nsubscriptions.\\n\\n## How to fix\\nProvision the second circuit on another Direct port, ideally in another peering location, or use a\\nprovider circuit as the second path.\\n\\n## Equivalent checks\\nNone as an automated check; APRL\'s peering-location diversity guidance implies it.\\n","file":"redundancy/ERS-RED-002.yaml"},{"id":"ERS-RED-003","name":"gateway-circuits-distinct-locations","title":"Circuits that back each other up are not in the same peering location","category":"redundancy","severity":"medium","pillar":"reliability","tags":["gateway","estate","geo-redundancy"],"resource":"estate","function":"gatewayCircuitsShareLocation","message":"Gateway {name} has {actual}; expected {expected}.","remediation":"Move one of the circuits to another peering location, or accept the design explicitly with a suppression that names the reason (for example a second pair in another location).","links":["https://learn.microsoft.com/azure/expressroute/designing-for-disaster-recovery-with-expressroute-privatepeering","https://learn.microsoft.com/azure/expressroute/designing-for-high-availability-with-expressroute"],"references":{"APRL":["virtualNetworkGateways d37db635-157f-584d-9bce-4f6fc8c65ce5 (related)"]},"doc":"# ERS-RED-003 gateway-circuits-distinct-locations\\n\\n**No two circuits serving the same gateway are in the same peering location.**\\n\\n## Why\\nERS-RED-001 asks for at least two locations. A gateway can pass it and still have two of its\\ncircuits side by side in one building (for example three circuits: two in Amsterdam, one in London):\\nthe Amsterdam pair adds capacity, not resilience, and the failure of that site removes two of three\\npaths at once.\\n\\n## What is checked\\nFor every gateway, circuits are grouped by peering location (provider `peeringLocation`, or the\\nDirect port\'s). A location with two or more circuits is reported once per gateway.\\n\\n## How to fix\\nMove one circuit to another peering location, or, where the pair is intentional (capacity), record\\nthat decision as a suppression with a justification and an expiry date.\\n\\n## Equivalent checks\\nNone as an automated check.\\n","file":"redundancy/ERS-RED-003.yaml"},{"id":"ERS-RED-004","name":"gateway-zone-redundant-sku","title":"ExpressRoute virtual network gateways use a zone-redundant SKU","category":"redundancy","severity":"high","pillar":"reliability","tags":["gateway","availability-zones"],"resource":"gateway","where":{"field":"flavor","equals":"vnet"},"assert":{"field":"skuName","in":["ErGw1AZ","ErGw2AZ","ErGw3AZ","ErGwScale"]},"message":"Gateway {name} uses SKU {skuName}; expected a zone-redundant SKU (ErGw1AZ, ErGw2AZ, ErGw3AZ or ErGwScale).","remediation":"Migrate the gateway to ErGw1AZ, ErGw2AZ, ErGw3AZ or ErGwScale with the gateway migration experience in the portal (Standard \u2192 ErGw1AZ, HighPerformance \u2192 ErGw2AZ, UltraPerformance \u2192 ErGw3AZ).","links":["https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways","https://learn.microsoft.com/azure/expressroute/gateway-migration"],"references":{"PSRule":["Azure.VNG.ERAvailabilityZoneSKU"],"APRL":["virtualNetworkGateways bbe668b7-eb5c-c746-8b82-70afdedf0cae"]},"doc":"# ERS-RED-004 gateway-zone-redundant-sku\\n\\n**ExpressRoute virtual network gateways use a zone-redundant SKU.**\\n\\n## Why\\nThe legacy gateway SKUs `Standard`, `HighPerformance` and `UltraPerformance` (and the retired `Basic`)\\nrun their instances without availability-zone placement: a zone failure in the region can take the\\ngateway, and every circuit behind it, down. The zone-redundant SKUs `ErGw1AZ`, `ErGw2AZ`, `ErGw3AZ`\\nand the scalable `ErGwScale` spread the gateway\'s instances across zones. Microsoft is retiring the\\nnon-AZ SKUs and migrating them.\\n\\n## What is checked\\nExpressRoute gateways of type `Microsoft.Network/virtualNetworkGateways` (`gatewayType: ExpressRoute`):\\n`properties.sku.name` must be one of `ErGw1AZ`, `ErGw2AZ`, `ErGw3AZ`, `ErGwScale`. vWAN ExpressRoute\\ngateways are zone-redundant by design and are not checked. Minimum scale units for `ErGwScale` are\\nchecked by ERS-RED-005.\\n\\n## How to fix\\nUse the portal\'s gateway migration (or deploy a new gateway beside the old one): `Standard` \u2192\\n`ErGw1AZ`, `HighPerformance` \u2192 `ErGw2AZ`, `UltraPerformance` \u2192 `ErGw3AZ`.\\n\\n## Equivalent checks\\nPSRule for Azure `Azure.VNG.ERAvailabilityZoneSKU` (AZR-000273; its list omits ErGwScale); APRL \\"Use Zone-redundant ExpressRoute gateway SKUs\\".\\n","file":"redundancy/ERS-RED-004.yaml"},{"id":"ERS-RED-005","name":"scalable-gateway-min-units","title":"Scalable ExpressRoute gateways (ErGwScale) keep at least two scale units","category":"redundancy","severity":"high","pillar":"reliability","tags":["gateway","availability-zones","ergwscale"],"resource":"gateway","where":{"allOf":[{"field":"flavor","equals":"vnet"},{"field":"skuName","equals":"ErGwScale"}]},"assert":{"field":"minScaleUnits","greaterOrEquals":"{params.minScaleUnits}"},"parameters":{"minScaleUnits":2},"message":"Gateway {name} (ErGwScale) has a minimum of {actual} scale unit(s); expected at least {params.minScaleUnits}.","remediation":"Set properties.autoScaleConfiguration.bounds.min to 2 or more, so the gateway keeps instances in more than one availability zone at all times.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways"],"references":{"APRL":["virtualNetworkGateways bbe668b7-eb5c-c746-8b82-70afdedf0cae (related: zone-redundant SKUs)"]},"doc":"# ERS-RED-005 scalable-gateway-min-units\\n\\n**An ErGwScale gateway keeps at least two scale units.**\\n\\n## Why\\n`ErGwScale` is zone-redundant only when it runs more than one scale unit: with a minimum of one, the\\ngateway may scale in to a single unit, and the zone redundancy that ERS-RED-004 checks for is gone\\nexactly when traffic is low (at night, during maintenance windows).\\n\\n## What is checked\\nVirtual network gateways of type ExpressRoute with `properties.sku.name == ErGwScale`:\\n`properties.autoScaleConfiguration.bounds.min` must be at least `minScaleUnits` (default 2). A missing\\nminimum is reported. vWAN hub gateways are zone-redundant by design and not checked here.\\n\\n## Parameters\\n- `minScaleUnits` (default `2`).\\n\\n## How to fix\\nRaise the minimum scale units to 2 or more in the gateway\'s configuration.\\n\\n## Equivalent checks\\nNone exactly; APRL\'s \\"Use Zone-redundant ExpressRoute gateway SKUs\\" (`bbe668b7-eb5c-c746-8b82-70afdedf0cae`) is related.\\n","file":"redundancy/ERS-RED-005.yaml"},{"id":"ERS-RED-006","name":"direct-port-links-enabled","title":"Both links of an ExpressRoute Direct port are admin-enabled","category":"redundancy","severity":"high","pillar":"reliability","tags":["direct","port"],"resource":"link","assert":{"field":"adminState","equals":"Enabled"},"message":"Link {name} of ExpressRoute Direct port {portName} has adminState {actual}; expected Enabled.","remediation":"Enable the link (Set-AzExpressRoutePort with Links[n].AdminState = \\"Enabled\\", or the portal) once the cross-connection is in place; a disabled link leaves every circuit on the port without its second path.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-erdirect","https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about"],"references":{"APRL":["expressRoutePorts 60077378-7cb1-4b35-89bb-393884d9921d"]},"doc":"# ERS-RED-006 direct-port-links-enabled\\n\\n**Both links of an ExpressRoute Direct port are enabled.**\\n\\n## Why\\nEach ExpressRoute Direct port is a pair of physical links to two Microsoft edge routers. A link with\\n`adminState: Disabled` is administratively off: circuits on the port run on one link, and a failure\\nor maintenance on the other takes them all down.\\n\\n## What is checked\\nEach `properties.links[]` element of a `Microsoft.Network/expressRoutePorts` resource:\\n`properties.adminState` must be `Enabled`.\\n\\n## How to fix\\nEnable the link after the cross-connect is done (the LOA is issued per link).\\n\\n## Equivalent checks\\nAPRL `60077378-7cb1-4b35-89bb-393884d9921d` (\\"The Admin State of both Links of an ExpressRoute Direct should be in Enabled state\\").\\n","file":"redundancy/ERS-RED-006.yaml"},{"id":"ERS-RED-007","name":"circuit-provisioned-at-provider","title":"Circuits that gateways rely on are provisioned at the provider","category":"redundancy","severity":"high","pillar":"reliability","tags":["circuit","provider"],"deployedState":true,"resource":"circuit","where":{"field":"connectionKeys","count":{"greaterOrEquals":1}},"assert":{"field":"serviceProviderProvisioningState","equals":"Provisioned"},"message":"Circuit {name} is connected to a gateway but its provider provisioning state is {actual}; expected Provisioned.","remediation":"Ask the connectivity provider to complete provisioning with the circuit\'s service key (or complete the ExpressRoute Direct setup); until then the connection carries no traffic and the gateway has one path fewer than it appears to have.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-workflows","https://learn.microsoft.com/azure/expressroute/designing-for-high-availability-with-expressroute"],"doc":"# ERS-RED-007 circuit-provisioned-at-provider\\n\\n**A circuit that a gateway is connected to is provisioned at the provider.**\\n\\n## Why\\nA connection to a circuit whose `serviceProviderProvisioningState` is `NotProvisioned`,\\n`Provisioning` or `Deprovisioning` shows up in inventories as a path to on-premises, but carries no\\ntraffic. Redundancy counted on it is imaginary.\\n\\n## What is checked\\nCircuits with at least one connection (VNet or vWAN, resolved across the estate):\\n`properties.serviceProviderProvisioningState` must be `Provisioned`. Circuits with no connection are\\nleft to ERS-COST-001 (billed but not provisioned).\\n\\n## How to fix\\nComplete provisioning with the provider (give them the service key), or remove the connection.\\n\\n## Equivalent checks\\nAPRL and Azure Advisor describe the provisioning workflow; no automated check for this combination.\\n","file":"redundancy/ERS-RED-007.yaml"},{"id":"ERS-RED-008","name":"gateway-provider-diversity","title":"A gateway\'s circuits come from more than one connectivity provider (policy choice)","category":"redundancy","severity":"medium","pillar":"reliability","tags":["gateway","estate","provider","policy"],"resource":"estate","function":"gatewayProviderDiversity","enabledByDefault":false,"parameters":{"minProviders":2},"message":"Gateway {name} has circuits from {actual}; expected {expected}.","remediation":"Order the second circuit from another connectivity provider (or use ExpressRoute Direct for one path) so that a provider-wide outage or change does not take both paths.","links":["https://learn.microsoft.com/azure/expressroute/designing-for-disaster-recovery-with-expressroute-privatepeering"],"doc":"# ERS-RED-008 gateway-provider-diversity\\n\\n**Off by default.** Where policy asks for provider diversity, a gateway\'s circuits come from at least\\n`minProviders` connectivity providers.\\n\\n## Why\\nTwo circuits from one provider share its backbone, its change windows and its support desk. Some\\norganisations require provider diversity for critical paths; others accept one provider. erscan\\nleaves the decision to the config.\\n\\n## What is checked\\nFor every gateway with two or more circuits: distinct\\n`properties.serviceProviderProperties.serviceProviderName` values (ExpressRoute Direct circuits count\\nas the provider \\"ExpressRoute Direct\\"). Circuits outside the inventory make the result unknown.\\n\\n## Parameters\\n- `minProviders` (default `2`).\\n\\nEnable it with `rules.include: [ERS-RED-008]` (or `tag:policy`) in the config.\\n\\n## Equivalent checks\\nNone as an automated check.\\n","file":"redundancy/ERS-RED-008.yaml"},{"id":"ERS-RED-009","name":"direct-port-not-oversubscribed","title":"Circuits on an ExpressRoute Direct port fit in one link","category":"redundancy","severity":"medium","pillar":"reliability","tags":["direct","port","capacity"],"resource":"estate","function":"portOversubscription","parameters":{"maxRatio":1},"message":"ExpressRoute Direct port {name} carries {actual}; expected {expected}.","remediation":"Move circuits to another port or reduce their bandwidth so that their sum fits on one link of the pair; Azure allows up to twice the port bandwidth, but a link failure then drops traffic.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about"],"references":{"APRL":["expressRoutePorts 0bee356b-7348-4799-8cab-0c71ffe13018"]},"doc":"# ERS-RED-009 direct-port-not-oversubscribed\\n\\n**The circuits on an ExpressRoute Direct port add up to no more than the port\'s bandwidth.**\\n\\n## Why\\nAzure lets you provision circuits up to twice a port\'s `bandwidthInGbps` (for example 20 Gbps of\\ncircuits on a 10 Gbps pair), counting on both links. When one link fails or is under maintenance, the\\nsurvivor cannot carry the load.\\n\\n## What is checked\\nFor each port: the larger of `properties.provisionedBandwidthInGbps` and the sum of the\\n`bandwidthInGbps` of the circuits in the inventory on that port, against `bandwidthInGbps \xD7 maxRatio`.\\n\\n## Parameters\\n- `maxRatio` (default `1`): set to `2` to accept Azure\'s over-subscription limit.\\n\\n## Equivalent checks\\nAPRL `0bee356b-7348-4799-8cab-0c71ffe13018` (\\"Ensure you do not over-subscribe an ExpressRoute Direct\\").\\n","file":"redundancy/ERS-RED-009.yaml"},{"id":"ERS-RED-010","name":"direct-circuit-rate-limit","title":"ExpressRoute Direct circuits do not switch rate limiting off","category":"redundancy","severity":"low","pillar":"reliability","tags":["direct","circuit","capacity"],"resource":"circuit","where":{"field":"isDirect","equals":true},"assert":{"field":"enableDirectPortRateLimit","notEquals":false},"message":"ExpressRoute Direct circuit {name} has enableDirectPortRateLimit {actual}; expected rate limiting enabled so one circuit cannot starve the others on the port.","remediation":"Enable rate limiting on the circuit (properties.enableDirectPortRateLimit = true) so each circuit is held to its provisioned bandwidth.","links":["https://learn.microsoft.com/azure/expressroute/rate-limit"],"references":{"APRL":["expressRouteCircuits d40c769d-2f08-4980-8d8f-a386946276e6"]},"doc":"# ERS-RED-010 direct-circuit-rate-limit\\n\\n**ExpressRoute Direct circuits keep rate limiting enabled.**\\n\\n## Why\\nCircuits on a Direct port share its bandwidth. Without rate limiting, one circuit can use more than\\nits provisioned bandwidth and congest its neighbours (often the production circuit).\\n\\n## What is checked\\nCircuits on an ExpressRoute Direct port: `properties.enableDirectPortRateLimit` must not be `false`\\n(an absent value, from older API versions, is not reported: the same test APRL\'s query makes).\\n\\n## Equivalent checks\\nAPRL `d40c769d-2f08-4980-8d8f-a386946276e6` (\\"Implement rate-limiting across ExpressRoute Direct Circuits\\").\\n","file":"redundancy/ERS-RED-010.yaml"},{"id":"ERS-SKU-001","name":"circuit-legacy-basic-tier","title":"Circuits do not use the retired Basic tier","category":"sku","severity":"high","pillar":"operational-excellence","tags":["circuit","legacy"],"resource":"circuit","assert":{"field":"tier","notIn":["Basic"]},"message":"Circuit {name} uses SKU tier {actual}; expected Local, Standard or Premium.","remediation":"Recreate or upgrade the circuit to the Standard tier (or Local/Premium as the reach requires); Basic is a retired tier with no support for current features.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-faqs","https://learn.microsoft.com/azure/expressroute/expressroute-howto-circuit-arm"],"doc":"# ERS-SKU-001 circuit-legacy-basic-tier\\n\\n**No circuit uses the legacy `Basic` SKU tier.**\\n\\n## Why\\n`Basic` is a legacy circuit tier from the classic era. Current features (Global Reach, FastPath,\\nMicrosoft peering route filters, the Local tier\'s pricing) assume Local, Standard or Premium.\\n\\n## What is checked\\n`sku.tier` (or the tier part of `sku.name`) is not `Basic`.\\n\\n## How to fix\\nUpgrade the SKU to Standard (an in-place change for most circuits) or recreate the circuit.\\n\\n## Equivalent checks\\nListed in research as an Azure Policy/APRL topic; no built-in policy id could be confirmed.\\n","file":"sku/ERS-SKU-001.yaml"},{"id":"ERS-SKU-002","name":"premium-without-need","title":"Premium is used only where a Premium feature is needed","category":"sku","severity":"medium","pillar":"cost-optimization","tags":["circuit","premium","estate","geography"],"resource":"estate","function":"premiumWithoutNeed","parameters":{"standardMaxLinks":10},"message":"Circuit {name}: {actual}; expected {expected}.","remediation":"If the private peering advertises fewer than 4,000 routes and no Microsoft 365 traffic or cross-geopolitical reach is planned, downgrade the circuit from Premium to Standard (an in-place SKU change) to drop the Premium add-on charge.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-faqs","https://learn.microsoft.com/azure/expressroute/plan-manage-cost","https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers"],"references":{"APRL":["Well-Architected ExpressRoute cost optimization: choose the SKU by need"]},"doc":"# ERS-SKU-002 premium-without-need\\n\\n**The Premium add-on is paid for only where one of its features is in use.**\\n\\n## Why\\nPremium costs a fixed monthly add-on on top of the circuit. It is needed for: VNets in another\\ngeopolitical region than the peering location; more than 10 VNet links; more than 4,000 routes on\\nprivate peering (up to 10,000); Microsoft 365 over Microsoft peering; Global Reach across\\ngeopolitical regions. Circuits upgraded \\"just in case\\" pay for none of these.\\n\\n## What is checked\\nPremium circuits (`sku.tier == Premium`) are reported when erscan sees no Premium need:\\n- every gateway the circuit reaches (through VNet and vWAN connections, across the estate) is in the\\n  same geopolitical region as the circuit\'s peering location (erscan\'s location tables, from\\n  Microsoft\'s \\"locations and providers\\" and \\"geopolitical regions\\" pages);\\n- no Global Reach link goes to a circuit in another geopolitical region;\\n- the circuit has no more than `standardMaxLinks` (10) connections;\\n- the circuit has no Microsoft peering (which might carry Microsoft 365; its route filter\'s\\n  communities are not in the inventory, so any Microsoft peering counts as a possible need).\\n\\nThe private peering\'s route count is **not visible** from Resource Graph: the message says so.\\nWhen a gateway region or the peering location has no known geopolitical region the result is\\n**unknown**.\\n\\n## Parameters\\n- `standardMaxLinks` (default `10`).\\n\\n## How to fix\\nDowngrade to Standard once you have confirmed the route count (Azure rejects the downgrade while\\nthe circuit uses a Premium feature).\\n","file":"sku/ERS-SKU-002.yaml"},{"id":"ERS-SKU-003","name":"premium-required-for-reach","title":"Standard circuits reach only VNets in their own geopolitical region","category":"sku","severity":"high","pillar":"reliability","tags":["circuit","premium","estate","geography"],"resource":"estate","function":"premiumRequiredForReach","message":"Circuit {name}: {actual}; expected {expected}.","remediation":"Upgrade the circuit to Premium, or connect the remote VNet through a circuit (or gateway) in its own geopolitical region.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-faqs","https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers","https://learn.microsoft.com/azure/expressroute/expressroute-global-reach"],"doc":"# ERS-SKU-003 premium-required-for-reach\\n\\n**A Standard circuit connects only to gateways in the geopolitical region of its peering location.**\\n\\n## Why\\nStandard gives access to every Azure region in the peering location\'s geopolitical region (Europe,\\nNorth America, \u2026). A connection to a gateway elsewhere needs Premium; Azure refuses to create it,\\nand a template or Terraform plan that declares one fails at deployment. Global Reach between\\ncircuits in different geopolitical regions needs Premium too.\\n\\n## What is checked\\nStandard circuits; estate-level: every gateway reached through connections, and every Global Reach\\npeer circuit in the inventory. Geopolitical regions come from Microsoft\'s \\"ExpressRoute locations\\"\\nand \\"geopolitical regions\\" pages (erscan\'s `src/locations`); values erscan had to infer are flagged\\nin the message.\\n\\n## How to fix\\nUpgrade to Premium, or reach the remote region through a circuit of its own.\\n","file":"sku/ERS-SKU-003.yaml"},{"id":"ERS-SKU-004","name":"local-circuit-reach","title":"Local circuits reach only the Azure regions local to their peering location","category":"sku","severity":"high","pillar":"reliability","tags":["circuit","local","estate","geography"],"resource":"estate","function":"localCircuitReach","message":"Local circuit {name} is {actual}; expected {expected}.","remediation":"Connect only VNets in the local region(s), or upgrade the circuit to Standard (which reaches the whole geopolitical region and supports Global Reach).","links":["https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers","https://learn.microsoft.com/azure/expressroute/expressroute-faqs"],"doc":"# ERS-SKU-004 local-circuit-reach\\n\\n**An ExpressRoute Local circuit connects only to gateways in the Azure regions local to its peering\\nlocation, and has no Global Reach.**\\n\\n## Why\\nLocal is cheaper because egress is included, but it reaches only the one or two Azure regions near\\nthe peering location (for example Amsterdam \u2192 West Europe) and does not support Global Reach. A\\nconnection to any other region fails, and a design that assumes it works has no path at all.\\n\\n## What is checked\\nCircuits with `sku.tier == Local`; every gateway they reach (estate-level, through connections) must\\nbe in one of the peering location\'s \\"Local Azure regions\\" (Microsoft\'s locations page, in erscan\'s\\n`src/locations`). A peering location erscan does not know makes the result unknown.\\n\\n## How to fix\\nUse Standard for the remote VNets, or move the VNets to the local region.\\n","file":"sku/ERS-SKU-004.yaml"},{"id":"ERS-SKU-005","name":"local-tier-constraints","title":"Local circuits are Unlimited, 1 to 10 Gbps, and without Global Reach","category":"sku","severity":"high","pillar":"operational-excellence","tags":["circuit","local"],"resource":"circuit","where":{"field":"tier","equals":"Local"},"assert":{"allOf":[{"field":"billingModel","equals":"UnlimitedData"},{"field":"bandwidthMbps","greaterOrEquals":1000},{"field":"bandwidthMbps","lessOrEquals":10000},{"field":"globalReachEnabled","notEquals":true}]},"message":"Local circuit {name} has {actual} where it needs {expected} (Local requires UnlimitedData, 1\u201310 Gbps and no Global Reach).","remediation":"Declare Local circuits as Local_UnlimitedData with 1, 2, 5 or 10 Gbps and Global Reach off, or use the Standard tier.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-faqs","https://learn.microsoft.com/azure/expressroute/plan-manage-cost"],"doc":"# ERS-SKU-005 local-tier-constraints\\n\\n**Local circuits respect the tier\'s constraints.**\\n\\n## Why\\nExpressRoute Local is offered only with unlimited data, only from 1 Gbps to 10 Gbps (provider\\ncircuits) or on ExpressRoute Direct, and without Global Reach. A template or plan that declares a\\nmetered or 500 Mbps Local circuit will not deploy; a live circuit that reports otherwise is out of\\nline with the tier.\\n\\n## What is checked\\nCircuits with `sku.tier == Local`: `sku.family == UnlimitedData`, bandwidth (provider\\n`bandwidthInMbps`, or Direct `bandwidthInGbps` \xD7 1000) between 1000 and 10000 Mbps, and\\n`globalReachEnabled` not `true`.\\n","file":"sku/ERS-SKU-005.yaml"},{"id":"ERS-SKU-006","name":"gateway-throughput-for-circuit","title":"The gateway SKU can carry the bandwidth of the circuits behind it","category":"sku","severity":"medium","pillar":"performance-efficiency","tags":["gateway","capacity","estate"],"resource":"estate","function":"gatewayThroughputForCircuits","message":"Gateway {name} is {actual}; expected {expected}.","remediation":"Resize the gateway (ErGw2AZ about 2 Gbps, ErGw3AZ about 10 Gbps, ErGwScale 1 Gbps per scale unit) or enable FastPath on the connection where the SKU supports it.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways","https://learn.microsoft.com/azure/expressroute/about-fastpath"],"doc":"# ERS-SKU-006 gateway-throughput-for-circuit\\n\\n**A gateway is sized for the largest circuit that sends data through it.**\\n\\n## Why\\nTraffic from on-premises into a VNet passes the ExpressRoute gateway unless FastPath is on. A\\n10 Gbps circuit behind an `ErGw1AZ` (about 1 Gbps) is capped at the gateway, whatever is paid for\\nthe circuit.\\n\\n## What is checked\\nFor each gateway, the largest connected circuit (estate-level) whose connection to this gateway\\ndoes not use FastPath, against the gateway\'s approximate throughput from Microsoft\'s\\n\\"estimated performance by gateway SKU\\" (MicrosoftDocs/azure-docs `includes/expressroute-gateway-performance-include.md`, ms.date 2024-07-09): Standard/ErGw1AZ 1 Gbps, HighPerformance/ErGw2AZ 2 Gbps,\\nUltraPerformance/ErGw3AZ 10 Gbps, ErGwScale 1 Gbps per (maximum) scale unit, vWAN 2 Gbps per\\nscale unit. Gateways with an unknown SKU are skipped.\\n","file":"sku/ERS-SKU-006.yaml"},{"id":"ERS-SKU-007","name":"fastpath-supported-gateway","title":"FastPath is enabled only on gateway SKUs that support it","category":"sku","severity":"medium","pillar":"performance-efficiency","tags":["connection","fastpath","estate"],"resource":"estate","function":"fastPathSupported","parameters":{"minScaleUnits":10},"message":"Connection {name}: {actual}; expected {expected}.","remediation":"Resize the gateway to ErGw3AZ (or ErGwScale with enough scale units), or turn FastPath off on the connection so the setting reflects what the data path does.","links":["https://learn.microsoft.com/azure/expressroute/about-fastpath","https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways"],"doc":"# ERS-SKU-007 fastpath-supported-gateway\\n\\n**FastPath (`expressRouteGatewayBypass`) is set only where the gateway supports it.**\\n\\n## Why\\nFastPath sends on-premises traffic straight to VMs, bypassing the gateway. It is supported on\\n`UltraPerformance`, `ErGw3AZ` and `ErGwScale` with enough scale units. On other SKUs the flag has no\\neffect: the design believes the gateway is bypassed while it is in fact the bottleneck. Private Link\\nFastPath (`enablePrivateLinkFastPath`) additionally requires FastPath itself.\\n\\n## What is checked\\nVNet gateway connections with `properties.expressRouteGatewayBypass == true`: the gateway they\\nattach to (resolved across the estate) must be UltraPerformance, ErGw3AZ, or ErGwScale with\\n`autoScaleConfiguration.bounds.min \u2265 minScaleUnits`. A gateway outside the inventory gives an\\nunknown result. Any connection with Private Link FastPath but not FastPath is reported. vWAN\\nconnections are not checked.\\n\\n## Parameters\\n- `minScaleUnits` (default `10`).\\n","file":"sku/ERS-SKU-007.yaml"},{"id":"ERS-SKU-008","name":"gateway-legacy-basic-sku","title":"ExpressRoute gateways do not use the legacy Basic SKU","category":"sku","severity":"high","pillar":"reliability","tags":["gateway","legacy"],"resource":"gateway","where":{"field":"flavor","equals":"vnet"},"assert":{"field":"skuName","notIn":["Basic"]},"message":"Gateway {name} uses SKU {actual}; expected a current ExpressRoute SKU (ErGw1AZ, ErGw2AZ, ErGw3AZ or ErGwScale).","remediation":"Redeploy the gateway with a current zone-redundant SKU; Basic is not supported for ExpressRoute.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways"],"references":{"PSRule":["Azure.VNG.ERLegacySKU"]},"doc":"# ERS-SKU-008 gateway-legacy-basic-sku\\n\\n**An ExpressRoute virtual network gateway does not use the `Basic` SKU.**\\n\\n## Why\\n`Basic` is a retired legacy SKU for ExpressRoute gateways with the lowest throughput and no zone\\nredundancy. ERS-RED-004 flags every non-zone-redundant SKU; this rule singles out `Basic` because it\\nis not merely legacy but unsupported.\\n\\n## What is checked\\nExpressRoute virtual network gateways: `properties.sku.name` is not `Basic`.\\n\\n## Equivalent checks\\nPSRule for Azure `Azure.VNG.ERLegacySKU` (AZR-000271).\\n","file":"sku/ERS-SKU-008.yaml"},{"id":"ERS-SKU-009","name":"circuit-connection-limit","title":"Circuits stay within the VNet link limit of their tier and bandwidth","category":"sku","severity":"high","pillar":"reliability","tags":["circuit","limits","estate"],"resource":"estate","function":"circuitConnectionLimit","message":"Circuit {name} has {actual}; expected {expected}.","remediation":"Upgrade to Premium (or a larger Premium bandwidth) or consolidate VNets behind fewer gateways (hub and spoke, vWAN).","links":["https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#expressroute-limits","https://learn.microsoft.com/azure/expressroute/expressroute-faqs"],"doc":"# ERS-SKU-009 circuit-connection-limit\\n\\n**A circuit has no more VNet connections than its tier and bandwidth allow.**\\n\\n## Why\\nStandard (and Local) circuits accept 10 VNet links. Premium raises the limit with bandwidth: 20 at\\n50 Mbps, 25 at 100\u2013200 Mbps, 40 at 500 Mbps, 50 at 1 Gbps, 60 at 2 Gbps, 75 at 5 Gbps, 100 at\\n10 Gbps and above (Microsoft \\"ExpressRoute limits\\"). A template that declares more will not deploy;\\nan estate close to the limit cannot grow.\\n\\n## What is checked\\nConnections resolved to each circuit across the estate (VNet and vWAN), against the limit above.\\n","file":"sku/ERS-SKU-009.yaml"},{"id":"ERS-SKU-010","name":"circuit-bandwidth-offered","title":"Circuit bandwidth is one of the sizes ExpressRoute offers","category":"sku","severity":"low","pillar":"operational-excellence","tags":["circuit"],"resource":"circuit","assert":{"anyOf":[{"allOf":[{"field":"isDirect","equals":false},{"field":"bandwidthMbps","in":[50,100,200,500,1000,2000,5000,10000]}]},{"allOf":[{"field":"isDirect","equals":true},{"field":"bandwidthGbps","in":[1,2,5,10,40,100]}]}]},"message":"Circuit {name} has bandwidth {bandwidthMbps} Mbps; expected a provider size (50, 100, 200, 500 Mbps, 1, 2, 5, 10 Gbps) or a Direct size (1, 2, 5, 10, 40, 100 Gbps).","remediation":"Choose an offered bandwidth; provider circuits can be resized upwards in place.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-faqs","https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about"],"doc":"# ERS-SKU-010 circuit-bandwidth-offered\\n\\n**Circuit bandwidth is an offered size.**\\n\\n## Why\\nProvider circuits come in 50, 100, 200, 500 Mbps and 1, 2, 5, 10 Gbps; ExpressRoute Direct circuits\\nin 1, 2, 5, 10, 40 and 100 Gbps (40/100 only on 100 Gbps ports). Any other value in a template or\\nplan fails at deployment, and a missing value cannot be priced.\\n\\n## What is checked\\nProvider circuits: `serviceProviderProperties.bandwidthInMbps`; Direct circuits: `bandwidthInGbps`.\\n","file":"sku/ERS-SKU-010.yaml"}]' };

// dist/rules/loader.js
var BUILTIN_RULES_DIR = packagePath("rules");
var RULE_FILE = /^(?!.*\.fixtures\.)[^.].*\.(ya?ml|json)$/i;
function listRuleFiles(dir) {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new InputError(dir, "", "a folder of rule files", "no such folder");
  }
  if (!st.isDirectory())
    throw new InputError(dir, "", "a folder of rule files", "a file");
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory() && !e.name.startsWith("."))
        walk(p);
      else if (e.isFile() && RULE_FILE.test(e.name))
        out.push(p);
    }
  };
  walk(dir);
  return out;
}
function checkCondition(file, c, path, depth = 0) {
  if (depth > MAX_CONDITION_DEPTH)
    throw new InputError(file, path, `a condition nested at most ${MAX_CONDITION_DEPTH} levels deep (allOf/anyOf/not)`, "deeper nesting");
  if ("allOf" in c)
    return c.allOf.forEach((x, i) => checkCondition(file, x, `${path}.allOf[${i}]`, depth + 1));
  if ("anyOf" in c)
    return c.anyOf.forEach((x, i) => checkCondition(file, x, `${path}.anyOf[${i}]`, depth + 1));
  if ("not" in c)
    return checkCondition(file, c.not, `${path}.not`, depth + 1);
  const ops = OPERATORS.filter((op) => c[op] !== void 0);
  if (ops.length === 0)
    throw new InputError(file, path, `an operator beside "field" (one of ${OPERATORS.join(", ")})`);
  if (c.matches !== void 0) {
    try {
      compileSafeRegex(c.matches);
    } catch (e) {
      throw new InputError(file, `${path}.matches`, "a safe regular expression", `${JSON.stringify(c.matches)} (${e.message})`);
    }
  }
}
function docFileFor(file) {
  return file.replace(/\.(ya?ml|json)$/i, ".md");
}
function loadRuleFile(file) {
  const data = readDataFile(file);
  validateOrThrow(schemaValidator("rule.schema.json"), data, file);
  const rule = data;
  if (rule.where)
    checkCondition(file, rule.where, "$.where");
  if (rule.assert)
    checkCondition(file, rule.assert, "$.assert");
  if (rule.function && !getFunction(rule.function)) {
    throw new InputError(file, "$.function", "the name of a built-in rule function", JSON.stringify(rule.function));
  }
  const docFile = docFileFor(file);
  const doc = existsSync(docFile) ? readFileSync(docFile, "utf8") : "";
  return { ...rule, tags: rule.tags ?? [], doc, file };
}
function catalogueDigest(dir, files = listRuleFiles(dir)) {
  const h = createHash("sha256");
  for (const file of files) {
    const docFile = docFileFor(file);
    h.update(relative(dir, file).split(sep).join("/")).update("\0").update(readFileSync(file)).update("\0");
    if (existsSync(docFile))
      h.update(readFileSync(docFile));
    h.update("\0");
  }
  return h.digest("hex");
}
function loadBuiltinRules() {
  const files = listRuleFiles(BUILTIN_RULES_DIR);
  const compiled = builtinCatalogue;
  if (compiled && compiled.files === files.length && compiled.digest === catalogueDigest(BUILTIN_RULES_DIR, files)) {
    const rules = JSON.parse(compiled.json);
    if (rules.every((r) => !r.function || getFunction(r.function))) {
      return rules.map((r) => ({ ...r, file: join(BUILTIN_RULES_DIR, ...r.file.split("/")) }));
    }
  }
  return files.map(loadRuleFile);
}
function loadRules(extraDirs = [], includeBuiltin = true) {
  const byId = /* @__PURE__ */ new Map();
  const add = (rule) => {
    const prior = byId.get(rule.id);
    if (prior)
      throw new InputError(rule.file, "$.id", `a rule id not already used (${rule.id} is defined in ${prior.file})`);
    byId.set(rule.id, rule);
  };
  if (includeBuiltin)
    loadBuiltinRules().forEach(add);
  for (const dir of extraDirs)
    for (const file of listRuleFiles(dir))
      add(loadRuleFile(file));
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
function fixturesFileFor(ruleFile) {
  const base2 = ruleFile.replace(/\.(ya?ml|json)$/i, "");
  for (const ext of [".fixtures.yaml", ".fixtures.yml", ".fixtures.json"])
    if (existsSync(base2 + ext))
      return base2 + ext;
  return void 0;
}

// dist/rules/select.js
function selectorRank(rule, selector) {
  const s = selector.toLowerCase();
  if (s.startsWith("tag:"))
    return rule.tags.some((t) => t.toLowerCase() === s.slice(4)) ? 2 : 0;
  if (rule.id.toLowerCase() === s || rule.name === s)
    return 3;
  if (rule.tags.some((t) => t.toLowerCase() === s))
    return 2;
  if (rule.category === s)
    return 1;
  return 0;
}
function matches(rule, selector) {
  return selectorRank(rule, selector) > 0;
}
function severityFor(rule, overrides) {
  let best;
  for (const [selector, severity] of Object.entries(overrides ?? {})) {
    const rank = selectorRank(rule, selector);
    if (rank > 0 && (!best || rank > best.rank))
      best = { rank, severity };
  }
  return best?.severity;
}
var typeOf = (v) => Array.isArray(v) ? "list" : v === null ? "null" : typeof v;
function validateParameters(rules, config) {
  const file = config.file ?? "config";
  for (const [ruleId, params] of Object.entries(config.parameters ?? {})) {
    const rule = rules.find((r) => r.id.toLowerCase() === ruleId.toLowerCase());
    if (!rule)
      continue;
    const declared = rule.parameters ?? {};
    for (const [name, value] of Object.entries(params)) {
      const path = `$.rules.parameters["${ruleId}"].${name}`;
      if (!(name in declared)) {
        const known = Object.keys(declared);
        throw new InputError(file, path, known.length ? `a parameter of ${rule.id} (${known.join(", ")})` : `no parameters (${rule.id} takes none)`, name);
      }
      const want = typeOf(declared[name]);
      if (typeOf(value) !== want)
        throw new InputError(file, path, `a ${want} like the default ${JSON.stringify(declared[name])}`, describeValue(value));
      if (Array.isArray(value) && Array.isArray(declared[name]) && declared[name].length > 0) {
        const itemType = typeOf(declared[name][0]);
        value.forEach((v, i) => {
          if (typeOf(v) !== itemType)
            throw new InputError(file, `${path}[${i}]`, `a ${itemType}`, describeValue(v));
        });
      }
    }
  }
}
function selectRules(rules, config) {
  validateParameters(rules, config);
  const include = config.include ?? [];
  const enable = config.enable ?? [];
  const exclude = config.exclude ?? [];
  return rules.filter((r) => {
    const included = include.some((s) => matches(r, s));
    if (include.length > 0 && !included)
      return false;
    if (r.enabledByDefault === false && !included && !enable.some((s) => matches(r, s)))
      return false;
    return !exclude.some((s) => matches(r, s));
  }).map((r) => {
    const severity = severityFor(r, config.severity);
    return severity && severity !== r.severity ? { ...r, severity } : r;
  });
}
function unknownSelectors(rules, config) {
  const all = [...config.include ?? [], ...config.enable ?? [], ...config.exclude ?? [], ...Object.keys(config.severity ?? {}), ...Object.keys(config.parameters ?? {})];
  return [...new Set(all.filter((s) => !rules.some((r) => matches(r, s))))];
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

// dist/inventory/build.js
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var obj = (v) => isObj(v) ? v : {};
var arr = (v) => Array.isArray(v) ? v : [];
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
var bool = (v) => typeof v === "boolean" ? v : v === "true" ? true : v === "false" ? false : void 0;
function num(v) {
  if (typeof v === "number" && Number.isFinite(v))
    return v;
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim()))
    return Number(v);
  return void 0;
}
var idOf = (v) => str(obj(v).id);
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
  for (const [k, val] of Object.entries(obj(v)))
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
    name: str(row.name) ?? parsed.name ?? id,
    type,
    subscriptionId: str(row.subscriptionId) ?? parsed.subscriptionId,
    resourceGroup: str(row.resourceGroup) ?? parsed.resourceGroup,
    tenantId: str(row.tenantId),
    location: str(row.location),
    tags: tagsOf(row.tags),
    ...raw.source ? { source: raw.source } : {},
    ...raw.unresolved && raw.unresolved.length > 0 ? { unresolved: raw.unresolved } : {}
  };
}
function msConfig(v) {
  if (!isObj(v))
    return void 0;
  return {
    advertisedPublicPrefixes: arr(v.advertisedPublicPrefixes).filter((x) => typeof x === "string"),
    advertisedPublicPrefixesState: str(v.advertisedPublicPrefixesState),
    customerASN: num(v.customerASN),
    routingRegistryName: str(v.routingRegistryName),
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
  const name = str(row.name) ?? str(obj(row.properties).peeringType) ?? "peering";
  const id = str(row.id) ?? `${circuitId}/peerings/${name}`;
  const p = obj(row.properties);
  const ipv6 = obj(p.ipv6PeeringConfig);
  const sharedKey = p.sharedKey;
  const unresolved = unresolvedPrefix ? childUnresolved(raw.unresolved, unresolvedPrefix) : raw.unresolved;
  const b = base({ ...raw, unresolved }, id, "peering", RESOURCE_TYPES.peering);
  return {
    ...b,
    name,
    kind: "peering",
    circuitKey: circuitId.toLowerCase(),
    circuitName,
    peeringType: str(p.peeringType) ?? (/^(AzurePrivatePeering|MicrosoftPeering|AzurePublicPeering)$/i.test(name) ? name : void 0),
    state: str(p.state),
    azureASN: num(p.azureASN),
    peerASN: num(p.peerASN),
    vlanId: num(p.vlanId),
    primaryPeerAddressPrefix: str(p.primaryPeerAddressPrefix),
    secondaryPeerAddressPrefix: str(p.secondaryPeerAddressPrefix),
    primaryPrefixLength: prefixLength(str(p.primaryPeerAddressPrefix)),
    secondaryPrefixLength: prefixLength(str(p.secondaryPeerAddressPrefix)),
    sharedKeyConfigured: sharedKey === void 0 ? void 0 : typeof sharedKey === "string" && sharedKey !== "",
    provisioningState: str(p.provisioningState),
    microsoftPeeringConfig: msConfig(p.microsoftPeeringConfig),
    routeFilterId: idOf(p.routeFilter),
    ipv6: isObj(p.ipv6PeeringConfig) ? {
      primaryPeerAddressPrefix: str(ipv6.primaryPeerAddressPrefix),
      secondaryPeerAddressPrefix: str(ipv6.secondaryPeerAddressPrefix),
      primaryPrefixLength: prefixLength(str(ipv6.primaryPeerAddressPrefix)),
      secondaryPrefixLength: prefixLength(str(ipv6.secondaryPeerAddressPrefix)),
      state: str(ipv6.state),
      routeFilterId: idOf(ipv6.routeFilter),
      microsoftPeeringConfig: msConfig(ipv6.microsoftPeeringConfig)
    } : void 0,
    globalReach: arr(p.connections).map((c, i) => {
      const co = obj(c);
      const cp = obj(co.properties);
      const peer = idOf(cp.peerExpressRouteCircuitPeering);
      return {
        id: str(co.id) ?? `${id}/connections/${str(co.name) ?? i}`,
        name: str(co.name) ?? `connection-${i}`,
        peerCircuitKey: peer ? circuitIdFromPeeringId(peer).toLowerCase() : void 0,
        addressPrefix: str(cp.addressPrefix),
        status: str(cp.circuitConnectionStatus)
      };
    }),
    peeredConnectionCount: arr(p.peeredConnections).length,
    vwanConnectionId: idOf(p.expressRouteConnection)
  };
}
function circuitFrom(raw, id) {
  const row = raw.row;
  const p = obj(row.properties);
  const sku = obj(row.sku);
  const spp = obj(p.serviceProviderProperties);
  const b = base(raw, id, "circuit", RESOURCE_TYPES.circuit);
  const skuName = str(sku.name);
  const [nameTier, nameFamily] = skuName ? skuName.split("_") : [];
  const portId = idOf(p.expressRoutePort);
  const bandwidthGbps = num(p.bandwidthInGbps);
  const bandwidthMbps = num(spp.bandwidthInMbps) ?? (bandwidthGbps !== void 0 ? bandwidthGbps * 1e3 : void 0);
  return {
    ...b,
    kind: "circuit",
    skuName,
    tier: str(sku.tier) ?? str(nameTier),
    billingModel: str(sku.family) ?? str(nameFamily),
    serviceProviderName: str(spp.serviceProviderName),
    peeringLocation: str(spp.peeringLocation),
    bandwidthMbps,
    bandwidthGbps,
    isDirect: portId !== void 0,
    portKey: lower(portId),
    serviceProviderProvisioningState: str(p.serviceProviderProvisioningState),
    circuitProvisioningState: str(p.circuitProvisioningState),
    provisioningState: str(p.provisioningState),
    allowClassicOperations: bool(p.allowClassicOperations),
    globalReachEnabled: bool(p.globalReachEnabled),
    enableDirectPortRateLimit: bool(p.enableDirectPortRateLimit),
    authorizations: arr(p.authorizations).map((a, i) => ({
      name: str(obj(a).name) ?? `authorization-${i}`,
      useStatus: str(obj(obj(a).properties).authorizationUseStatus)
    })),
    peerings: arr(p.peerings).map((pr, i) => peeringFrom({ row: obj(pr), source: raw.source, unresolved: raw.unresolved }, id, b.name, `properties.peerings[${i}].`)),
    diagnosticSettingsCount: num(obj(row.erscan).diagnosticSettingsCount),
    connectionKeys: [],
    gatewayKeys: []
  };
}
function portFrom(raw, id) {
  const row = raw.row;
  const p = obj(row.properties);
  const b = base(raw, id, "port", RESOURCE_TYPES.port);
  const identity = obj(row.identity);
  return {
    ...b,
    kind: "port",
    peeringLocation: str(p.peeringLocation),
    bandwidthGbps: num(p.bandwidthInGbps),
    provisionedBandwidthGbps: num(p.provisionedBandwidthInGbps),
    encapsulation: str(p.encapsulation),
    billingType: str(p.billingType),
    provisioningState: str(p.provisioningState),
    diagnosticSettingsCount: num(obj(row.erscan).diagnosticSettingsCount),
    hasIdentity: str(identity.type) !== void 0 && str(identity.type).toLowerCase() !== "none",
    links: arr(p.links).map((l, i) => {
      const lo = obj(l);
      const lp = obj(lo.properties);
      const mc = obj(lp.macSecConfig);
      const name = str(lo.name) ?? `link${i + 1}`;
      const linkId = str(lo.id) ?? `${id}/links/${name}`;
      const ckn = str(mc.cknSecretIdentifier);
      const cak = str(mc.cakSecretIdentifier);
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
        adminState: str(lp.adminState),
        connectorType: str(lp.connectorType),
        provisioningState: str(lp.provisioningState),
        macsec: {
          cipher: str(mc.cipher),
          cknSecretConfigured: ckn !== void 0,
          cakSecretConfigured: cak !== void 0,
          secretsInKeyVault: inVault(ckn) && inVault(cak),
          sciState: str(mc.sciState)
        }
      };
    }),
    circuitKeys: arr(p.circuits).map((c) => lower(idOf(c))).filter((k) => k !== void 0)
  };
}
function vnetGatewayFrom(raw, id) {
  const row = raw.row;
  const p = obj(row.properties);
  const sku = obj(p.sku);
  const bounds = obj(obj(p.autoScaleConfiguration).bounds);
  const subnet = idOf(obj(obj(arr(p.ipConfigurations)[0]).properties).subnet);
  return {
    ...base(raw, id, "gateway", RESOURCE_TYPES.vnetGateway),
    kind: "gateway",
    flavor: "vnet",
    skuName: str(sku.name),
    skuTier: str(sku.tier),
    minScaleUnits: num(bounds.min),
    maxScaleUnits: num(bounds.max),
    zones: arr(row.zones).filter((z) => typeof z === "string"),
    networkKey: subnet ? subnet.replace(/\/subnets\/[^/]+$/i, "").toLowerCase() : void 0,
    adminState: str(p.adminState),
    provisioningState: str(p.provisioningState),
    diagnosticSettingsCount: num(obj(row.erscan).diagnosticSettingsCount),
    connectionKeys: [],
    circuitKeys: []
  };
}
function vwanConnectionFrom(raw, id, gateway, gatewayId) {
  const p = obj(raw.row.properties);
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
    fastPath: bool(p.expressRouteGatewayBypass),
    privateLinkFastPath: bool(p.enablePrivateLinkFastPath),
    enableInternetSecurity: bool(p.enableInternetSecurity),
    usesAuthorization: str(p.authorizationKey) !== void 0,
    provisioningState: str(p.provisioningState)
  };
}
function vwanGatewayFrom(raw, id) {
  const row = raw.row;
  const p = obj(row.properties);
  const bounds = obj(obj(p.autoScaleConfiguration).bounds);
  const gateway = {
    ...base(raw, id, "gateway", RESOURCE_TYPES.vwanGateway),
    kind: "gateway",
    flavor: "vwan",
    skuName: "ErGwScale(vWAN)",
    minScaleUnits: num(bounds.min),
    maxScaleUnits: num(bounds.max),
    zones: arr(row.zones).filter((z) => typeof z === "string"),
    networkKey: lower(idOf(p.virtualHub)),
    provisioningState: str(p.provisioningState),
    diagnosticSettingsCount: num(obj(row.erscan).diagnosticSettingsCount),
    connectionKeys: [],
    circuitKeys: []
  };
  const connections = arr(p.expressRouteConnections).map((c, i) => {
    const co = obj(c);
    const name = str(co.name) ?? `connection-${i}`;
    return vwanConnectionFrom({ row: co, source: raw.source }, str(co.id) ?? `${id}/expressRouteConnections/${name}`, gateway, id);
  });
  return { gateway, connections };
}
function connectionFrom(raw, id) {
  const p = obj(raw.row.properties);
  const circuitId = idOf(p.peer);
  return {
    ...base(raw, id, "connection", RESOURCE_TYPES.connection),
    kind: "connection",
    flavor: "vnet",
    gatewayKey: lower(idOf(p.virtualNetworkGateway1)),
    circuitId,
    circuitKey: lower(circuitId),
    routingWeight: num(p.routingWeight),
    fastPath: bool(p.expressRouteGatewayBypass),
    privateLinkFastPath: bool(p.enablePrivateLinkFastPath),
    usesAuthorization: str(p.authorizationKey) !== void 0,
    connectionStatus: str(p.connectionStatus),
    provisioningState: str(p.provisioningState)
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
    const id = str(raw.row.id);
    const type = (str(raw.row.type) ?? "").toLowerCase();
    if (!id) {
      unknownTypes++;
      continue;
    }
    switch (type) {
      case "microsoft.network/expressroutecircuits": {
        const c = circuitFrom(raw, id);
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
        if (add(p))
          inv.ports.push(p);
        break;
      }
      case "microsoft.network/virtualnetworkgateways": {
        const gt = str(obj(raw.row.properties).gatewayType);
        if (gt !== void 0 && gt.toLowerCase() !== "expressroute")
          break;
        const g = vnetGatewayFrom(raw, id);
        if (add(g))
          inv.gateways.push(g);
        break;
      }
      case "microsoft.network/expressroutegateways": {
        const { gateway, connections } = vwanGatewayFrom(raw, id);
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
        const ct = str(obj(raw.row.properties).connectionType);
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
    const id = str(raw.row.id);
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
    const id = str(raw.row.id);
    const circuit = circuitByKey(id.replace(/\/authorizations\/[^/]+$/i, "").toLowerCase());
    if (circuit)
      circuit.authorizations.push({ name: str(raw.row.name) ?? parseArmId(id).name ?? "authorization", useStatus: str(obj(raw.row.properties).authorizationUseStatus) });
  }
  for (const raw of childVwanConnections) {
    const id = str(raw.row.id);
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

// dist/rules/engine.js
import { createHash as createHash2 } from "node:crypto";
function fingerprintOf(ruleId, resourceId) {
  return createHash2("sha256").update(`${ruleId}|${resourceId.toLowerCase()}`).digest("hex").slice(0, 32);
}
function resourcesOfKind(inv, kind, children) {
  switch (kind) {
    case "circuit":
      return inv.circuits;
    case "peering":
      return children.peerings ??= allPeerings(inv);
    case "port":
      return inv.ports;
    case "link":
      return children.links ??= allLinks(inv);
    case "gateway":
      return inv.gateways;
    case "connection":
      return inv.connections;
    default:
      return [];
  }
}
var PARAM_REF = /^\{params\.([A-Za-z0-9_]+)\}$/;
function bindParams(cond, params) {
  const bind = (v) => {
    if (typeof v === "string") {
      const m = PARAM_REF.exec(v);
      return m ? params[m[1]] : v;
    }
    if (Array.isArray(v))
      return v.map(bind);
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, bind(x)]));
    return v;
  };
  return bind(cond);
}
function show(v) {
  if (v === void 0 || v === null || v === "")
    return "(not set)";
  if (Array.isArray(v))
    return v.length === 0 ? "(none)" : v.map(show).join(", ");
  if (typeof v === "object")
    return JSON.stringify(v);
  return String(v);
}
function renderMessage(template, ctx) {
  return template.replace(/\{([A-Za-z0-9_.]+)\}/g, (m, path) => {
    const v = getPath(ctx, path);
    return v === void 0 && !(path.split(".")[0] in ctx) ? m : show(v);
  });
}
function displayName(r) {
  if (r.kind === "peering")
    return `${r.circuitName}/${r.name}`;
  if (r.kind === "link")
    return `${r.portName}/${r.name}`;
  return r.name;
}
function makeFinding(rule, r, message, status) {
  const loc = r.source && r.source.file && r.source.line ? { file: r.source.file, line: r.source.line, column: r.source.column ?? 1 } : void 0;
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    category: rule.category,
    severity: rule.severity,
    resourceId: r.id,
    resourceType: r.type,
    resourceName: displayName(r),
    ...r.subscriptionId ? { subscriptionId: r.subscriptionId } : {},
    ...r.tenantId ? { tenantId: r.tenantId } : {},
    message: status === "unknown" ? `${message} (undecided: a value this rule reads could not be resolved from the template)` : message,
    ...loc ? { location: loc } : {},
    ...r.source ? { source: r.source } : {},
    fingerprint: fingerprintOf(rule.id, r.id),
    ...status === "unknown" ? { status } : {}
  };
}
var RAW_TO_FIELDS = {
  sku: ["skuName", "tier", "billingModel", "skuTier"],
  name: ["skuName", "tier", "billingModel"],
  tier: ["tier", "skuTier"],
  family: ["billingModel"],
  bandwidthInMbps: ["bandwidthMbps"],
  bandwidthInGbps: ["bandwidthGbps", "bandwidthMbps"],
  serviceProviderProperties: ["serviceProviderName", "peeringLocation", "bandwidthMbps"],
  expressRoutePort: ["portKey", "isDirect", "peeringLocation"],
  expressRouteGatewayBypass: ["fastPath"],
  enablePrivateLinkFastPath: ["privateLinkFastPath"],
  peer: ["circuitId", "circuitKey"],
  expressRouteCircuitPeering: ["circuitId", "circuitKey"],
  virtualNetworkGateway1: ["gatewayKey"],
  autoScaleConfiguration: ["minScaleUnits", "maxScaleUnits"],
  bounds: ["minScaleUnits", "maxScaleUnits"],
  min: ["minScaleUnits"],
  max: ["maxScaleUnits"],
  routeFilter: ["routeFilterId"],
  sharedKey: ["sharedKeyConfigured"],
  macSecConfig: ["cipher", "cknSecretConfigured", "cakSecretConfigured", "secretsInKeyVault", "sciState"],
  cknSecretIdentifier: ["cknSecretConfigured", "secretsInKeyVault"],
  cakSecretIdentifier: ["cakSecretConfigured", "secretsInKeyVault"],
  primaryPeerAddressPrefix: ["primaryPeerAddressPrefix", "primaryPrefixLength"],
  secondaryPeerAddressPrefix: ["secondaryPeerAddressPrefix", "secondaryPrefixLength"],
  ipConfigurations: ["networkKey"],
  virtualHub: ["networkKey"],
  identity: ["hasIdentity"],
  authorizationKey: ["usesAuthorization"]
};
function unresolvedFields(r) {
  const out = /* @__PURE__ */ new Set();
  for (const path of r.unresolved ?? []) {
    const segments = path.replace(/\[\d+\]/g, "").split(".").filter(Boolean);
    const leaf = segments[segments.length - 1];
    if (!leaf)
      continue;
    const key = leaf === "name" && segments[segments.length - 2] !== "sku" ? "" : leaf;
    for (const f of RAW_TO_FIELDS[key] ?? [leaf])
      out.add(f);
  }
  return out;
}
var unresolvedCache = /* @__PURE__ */ new WeakMap();
function readsUnresolved(r, fields) {
  if (!r.unresolved || r.unresolved.length === 0)
    return false;
  let missing = unresolvedCache.get(r);
  if (!missing)
    unresolvedCache.set(r, missing = unresolvedFields(r));
  return fields.some((f) => {
    const segs = f.split(".");
    return segs.some((s) => missing.has(s));
  });
}
function isTemplateResource(r) {
  return r.source?.kind === "arm" || r.source?.kind === "terraform";
}
var MAX_FINDINGS_PER_RULE = 1e6;
function runRules(inv, rules, paramsByRule = {}, cost) {
  const findings = [];
  const notices = [];
  const children = {};
  let anyUnresolved = false;
  for (const r of inv.byKey.values())
    if (r.unresolved && r.unresolved.length > 0) {
      anyUnresolved = true;
      break;
    }
  for (const rule of rules) {
    const params = { ...rule.parameters ?? {}, ...paramsByRule[rule.id] ?? {} };
    let produced = 0;
    const emit = (f) => {
      if (produced++ < MAX_FINDINGS_PER_RULE)
        findings.push(f);
    };
    if (rule.function) {
      const fn = getFunction(rule.function);
      if (!fn)
        throw new Error(`rule ${rule.id}: unknown function ${rule.function}`);
      const where2 = rule.where ? bindParams(rule.where, params) : void 0;
      const violations = fn({ inventory: inv, params, rule, cost });
      for (const v of violations) {
        if (rule.deployedState && isTemplateResource(v.resource))
          continue;
        if (where2 && !evaluate(where2, v.resource).ok)
          continue;
        const ctx = { ...v.resource, params, details: v.details ?? {}, actual: v.actual, expected: v.expected ?? rule.expected ?? "" };
        emit(makeFinding(rule, v.resource, renderMessage(rule.message, ctx), v.status ?? "fail"));
      }
    } else if (rule.assert) {
      const where2 = rule.where ? bindParams(rule.where, params) : void 0;
      const assert = bindParams(rule.assert, params);
      const fields = [...fieldsOf(where2), ...fieldsOf(assert)];
      for (const r of resourcesOfKind(inv, rule.resource, children)) {
        if (rule.deployedState && isTemplateResource(r))
          continue;
        const unknown = anyUnresolved && readsUnresolved(r, fields);
        if (!unknown && where2 && !evaluate(where2, r).ok)
          continue;
        const res = evaluate(assert, r);
        if (res.ok && !unknown)
          continue;
        const ctx = { ...r, params, field: res.failure?.field, actual: res.failure?.actual, expected: rule.expected ?? res.failure?.expected ?? "" };
        emit(makeFinding(rule, r, renderMessage(rule.message, ctx), unknown ? "unknown" : "fail"));
      }
    }
    if (produced > MAX_FINDINGS_PER_RULE)
      notices.push(`rule ${rule.id} produced ${produced} findings; only the first ${MAX_FINDINGS_PER_RULE} are reported`);
  }
  return { findings: sortFindings(findings), notices };
}
function compareFindings(a, b) {
  return severityRank(b.severity) - severityRank(a.severity) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.resourceId.toLowerCase() < b.resourceId.toLowerCase() ? -1 : a.resourceId.toLowerCase() > b.resourceId.toLowerCase() ? 1 : 0);
}
function sortFindings(findings) {
  return findings.sort(compareFindings);
}

export {
  SEVERITIES,
  CATEGORIES,
  severityRank,
  atOrAbove,
  RESOURCE_TYPES,
  countInventory,
  buildInventory,
  runRules,
  loadRules,
  fixturesFileFor,
  selectRules,
  unknownSelectors
};
