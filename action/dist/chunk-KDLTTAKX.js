// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  severityRank
} from "./chunk-IBHIKH4K.js";
import {
  PARAM_REF,
  compileCondition,
  evaluate,
  evaluate3,
  fieldsOf,
  getFunction,
  getPath,
  readField
} from "./chunk-B7CZWXTC.js";
import {
  MAX_WORLDS,
  collapsePossible,
  inWorld,
  resourceWorlds,
  worldsOf
} from "./chunk-FYODNL6L.js";
import {
  cloudOfRegion,
  isTemplateResource,
  labelStandIns,
  locationLabel,
  phraseName
} from "./chunk-ES2OZW4Z.js";
import {
  useCurrency
} from "./chunk-6DM37KYG.js";
import {
  allLinks,
  allPeerings
} from "./chunk-RD47CNRY.js";
import {
  UsageError
} from "./chunk-UNOFXXSK.js";

// dist/rules/engine.js
import { hash } from "node:crypto";
function fingerprintOfLower(ruleId, lowerId) {
  return hash("sha256", `${ruleId}|${lowerId}`, "hex").slice(0, 32);
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
function failureActual(r, failure) {
  if (!failure?.field || !r.defaulted?.[failure.field])
    return failure?.actual;
  return `${show(failure.actual)} (the default when not set)`;
}
var NAME_PLACEHOLDERS = /* @__PURE__ */ new Set(["name", "circuitName", "portName"]);
function showOpen(ctx, path) {
  if (!ctx.unknown && !ctx.possible)
    return void 0;
  const fact = readField(ctx, path);
  if (!("unknown" in fact))
    return void 0;
  const possible = ctx.possible?.[path];
  if (possible)
    return `\u2039${possible.values.map(show).join(" or ")}\u203A`;
  const param = /comes from parameter `([^`]+)`/.exec(fact.unknown)?.[1];
  if (param)
    return `\u2039${param}\u203A`;
  return isTemplateResource(ctx) ? "\u2039not known before deployment\u203A" : "\u2039not in the input\u203A";
}
var PLACEHOLDER = /\{([A-Za-z0-9_.]+)\}/g;
var templateParts = /* @__PURE__ */ new Map();
function partsOf(template) {
  let parts = templateParts.get(template);
  if (parts)
    return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last)
      parts.push(template.slice(last, m.index));
    parts.push({ text: m[0], path: m[1], head: m[1].split(".")[0], isName: NAME_PLACEHOLDERS.has(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < template.length)
    parts.push(template.slice(last));
  if (templateParts.size < 1e4)
    templateParts.set(template, parts);
  return parts;
}
function fill(p, ctx) {
  const v = getPath(ctx, p.path);
  if (v === void 0 && !(p.head in ctx))
    return p.text;
  return placeholderText(p, v, ctx.location, showOpen(ctx, p.path));
}
function placeholderText(p, v, region, open) {
  if (p.isName && typeof v === "string")
    return phraseName(v);
  if (open !== void 0)
    return open;
  if (p.path === "peeringLocation" && typeof v === "string")
    return locationLabel(v, cloudOfRegion(region));
  return show(v);
}
function renderMessage(template, ctx) {
  const parts = partsOf(template);
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    out += typeof p === "string" ? p : fill(p, ctx);
  }
  return out;
}
function renderFor(template, r, extras) {
  if (r.unknown || r.possible)
    return renderMessage(template, Object.assign(messageContext(r), extras));
  const parts = partsOf(template);
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    out += typeof p === "string" ? p : fillFrom(p, r, extras);
  }
  return out;
}
function fillFrom(p, r, extras) {
  const { path, head } = p;
  const inExtras = hasOwn(extras, head);
  const v = getPathBelow(inExtras ? extras[head] : hasOwn(r, head) ? r[head] : void 0, path);
  if (v === void 0 && !(inExtras || head in r))
    return p.text;
  return placeholderText(p, v, r.location);
}
var hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function getPathBelow(first, path) {
  const dot = path.indexOf(".");
  if (dot < 0 || first === void 0)
    return first;
  return path.startsWith("tags.") ? getPath({ tags: first }, path) : getPath(first, path.slice(dot + 1));
}
function displayName(r) {
  if (r.kind === "peering")
    return labelStandIns(`${r.circuitName}/${r.name}`);
  if (r.kind === "link")
    return labelStandIns(`${r.portName}/${r.name}`);
  return labelStandIns(r.name);
}
function subjectOf(r) {
  switch (r.kind) {
    case "circuit":
      return `Circuit ${phraseName(r.name)}`;
    case "peering":
      return `Peering ${phraseName(r.name)} of circuit ${phraseName(r.circuitName)}`;
    case "port":
      return `ExpressRoute Direct port ${phraseName(r.name)}`;
    case "link":
      return `Link ${phraseName(r.name)} of ExpressRoute Direct port ${phraseName(r.portName)}`;
    case "gateway":
      return `Gateway ${phraseName(r.name)}`;
    case "connection":
      return `Connection ${phraseName(r.name)}`;
  }
}
function multiDeploymentFiles(inv) {
  const deployments = /* @__PURE__ */ new Map();
  for (const r of inv.byKey.values()) {
    const s = r.source;
    if (!s?.file || !s.deployment)
      continue;
    const set = deployments.get(s.file) ?? /* @__PURE__ */ new Set();
    set.add(s.deployment);
    deployments.set(s.file, set);
  }
  return new Set([...deployments].filter(([, d]) => d.size > 1).map(([f]) => f));
}
function makeFinding(rule, r, lowerId, message, status, multi, extras) {
  if (!r.source && status === "fail" && r.subscriptionId && r.tenantId)
    return liveFinding(rule, r, lowerId, labelStandIns(message), extras);
  const loc = r.source && r.source.file && r.source.line ? { file: r.source.file, line: r.source.line, column: r.source.column ?? 1 } : void 0;
  const said = labelStandIns(message);
  const withParameters = r.source?.parameterFile && r.source.file && multi?.has(r.source.file) ? `${said} (parameters: ${r.source.parameterFile})` : said;
  const f = { ruleId: rule.id, ruleName: rule.name, category: rule.category, severity: rule.severity, resourceId: r.id, resourceType: r.type, resourceName: displayName(r) };
  if (r.subscriptionId)
    f.subscriptionId = r.subscriptionId;
  if (r.tenantId)
    f.tenantId = r.tenantId;
  f.message = withParameters;
  if (loc)
    f.location = loc;
  if (r.source)
    f.source = r.source;
  f.fingerprint = fingerprintOfLower(rule.id, lowerId);
  if (status === "unknown")
    f.status = status;
  return extras ? Object.assign(f, extras) : f;
}
function liveFinding(rule, r, lowerId, message, extras) {
  const f = {
    ruleId: rule.id,
    ruleName: rule.name,
    category: rule.category,
    severity: rule.severity,
    resourceId: r.id,
    resourceType: r.type,
    resourceName: displayName(r),
    subscriptionId: r.subscriptionId,
    tenantId: r.tenantId,
    message,
    fingerprint: fingerprintOfLower(rule.id, lowerId)
  };
  return extras ? Object.assign(f, extras) : f;
}
function messageContext(r) {
  return { ...r };
}
var NO_DETAILS = Object.freeze({});
var MAX_FINDINGS_PER_RULE = 1e6;
function onlyTagsUnknown(r) {
  if (isTemplateResource(r) || r.possible || r.partial || r.deployed !== void 0 || r.unknown === void 0)
    return false;
  for (const k in r.unknown)
    if (k !== "tags")
      return false;
  if (r.kind === "circuit")
    return !r.peerings.some(hasFacts);
  if (r.kind === "port")
    return !r.links.some(hasFacts);
  return true;
}
var readsTags = (fields) => fields.some((f) => f === "tags" || f.startsWith("tags."));
function hasFacts(r) {
  if (r.unknown || r.possible || r.partial || r.deployed !== void 0)
    return true;
  if (r.kind === "circuit")
    return r.peerings.some(hasFacts);
  if (r.kind === "port")
    return r.links.some(hasFacts);
  return false;
}
function applies(r) {
  if (!inWorld(r))
    return { value: false };
  for (const field of ["deployed", ...r.kind === "gateway" && r.flavor === "vnet" ? ["gatewayType"] : r.kind === "connection" && r.flavor === "vnet" ? ["connectionType"] : []]) {
    const fact = readField(r, field);
    if ("unknown" in fact)
      return { value: void 0, unknown: { field, reason: field === "gatewayType" ? `whether it is an ExpressRoute gateway is not known: ${fact.unknown}` : field === "connectionType" ? `whether it is an ExpressRoute connection is not known: ${fact.unknown}` : fact.unknown } };
  }
  return { value: true };
}
var EXTRA_KEYS = ["costImpactUsd", "costImpactChange", "keeps", "provisions"];
function extrasOf(v) {
  const bag = v;
  let out;
  for (let i = 0; i < EXTRA_KEYS.length; i++) {
    const k = EXTRA_KEYS[i];
    if (bag[k] !== void 0)
      (out ??= {})[k] = bag[k];
  }
  return out;
}
function describeChoices(selected, all) {
  const parts = [];
  const keys = /* @__PURE__ */ new Map();
  for (const a of all)
    for (const c of a)
      keys.set(c.key, c);
  for (const [key, c] of keys) {
    const values = [];
    for (const a of selected) {
      const v = a.find((x) => x.key === key)?.value;
      if (!values.some((x) => JSON.stringify(x) === JSON.stringify(v)))
        values.push(v);
    }
    if (values.length >= c.values.length)
      continue;
    const others = c.values.filter((v) => !values.some((x) => JSON.stringify(x) === JSON.stringify(v)));
    parts.push(values.length > 2 && others.length < values.length ? `${c.label} is none of ${others.map(show).join(", ")}` : `${c.label} is ${values.map(show).join(" or ")}`);
  }
  return parts.join(" and ");
}
function describeWorld(world, among) {
  return world.filter((c) => among.some((a) => JSON.stringify(a.find((x) => x.key === c.key)?.value) !== JSON.stringify(c.value))).map((c) => `${c.label} is ${show(c.value)}`).join(" and ");
}
var labelsOf = (all) => [...new Set(all.flatMap((a) => a.map((c) => `${c.label} (${c.values.map(show).join(", ")})`)))].join(" and ");
function combine(rule, r, verdicts, worlds) {
  const fails = verdicts.filter((v) => v.kind === "fail");
  const unknowns = verdicts.filter((v) => v.kind === "unknown");
  if (fails.length === 0 && unknowns.length === 0)
    return void 0;
  const worldsOf2 = (kind) => verdicts.map((v, i) => v.kind === kind ? worlds[i] : void 0).filter((w) => w !== void 0);
  if (fails.length === verdicts.length) {
    const messages = [...new Set(fails.map((f) => f.message))];
    const extras = fails.every((f) => JSON.stringify(f.extras) === JSON.stringify(fails[0].extras)) ? fails[0].extras : void 0;
    if (worlds.length <= 1 || worlds.every((w) => w.length === 0))
      return { status: "fail", message: messages[0], extras };
    const every = `for every allowed value of ${labelsOf(worlds)}`;
    if (messages.length === 1)
      return { status: "fail", message: `${messages[0]} (${every})`, extras };
    return { status: "fail", message: `In every case (${every}): ${messages.slice(0, 3).join(" | ")}${messages.length > 3 ? " | \u2026" : ""}`, extras };
  }
  if (fails.length === 0) {
    const texts = unknowns.map((u) => u.message ?? `${subjectOf(r)}: cannot decide "${rule.title}": ${u.reason}.`);
    const extras = verdicts.length === 1 ? unknowns[0].extras : void 0;
    const undecidedWorlds = worldsOf2("unknown");
    const same = texts.every((t) => t === texts[0]);
    const others = unknowns.length < verdicts.length;
    if (same && !others)
      return { status: "unknown", message: texts[0], extras };
    const when2 = others ? describeChoices(undecidedWorlds, worlds) : "";
    const example2 = same ? "" : describeWorld(undecidedWorlds[0], undecidedWorlds);
    const head = `${subjectOf(r)}: undecided ${when2 ? `when ${when2}` : others ? "for some choices of the template" : `for every allowed value of ${labelsOf(undecidedWorlds)}`}${others ? ", and it holds or does not apply otherwise" : ""}.`;
    return { status: "unknown", message: `${head} ${example2 ? `For example, when ${example2}: ` : ""}${texts[0]}`, extras };
  }
  const failing = worldsOf2("fail");
  const when = describeChoices(failing, worlds) || "some choices of the template";
  const undecided = unknowns.length > 0 ? `; otherwise undecided: ${unknowns[0].reason}` : " and holds otherwise";
  const example = fails.every((f) => f.message === fails[0].message) ? "" : describeWorld(failing[0], failing);
  return { status: "unknown", message: `${subjectOf(r)}: "${rule.title}" fails when ${when}${undecided}. ${example ? `For example, when ${example}` : "When it fails"}: ${fails[0].message}` };
}
function verdictOf(rule, r, where, assert, params) {
  const ap = applies(r);
  if (ap.value === false)
    return { kind: "na" };
  const wh = where ? evaluate3(where, r) : { value: true };
  if (wh.value === false)
    return { kind: "na" };
  const as = evaluate3(assert, r);
  if (as.value === true)
    return { kind: "pass" };
  if (ap.value === true && wh.value === true && as.value === false) {
    const ctx = { ...r, params, field: as.failure?.field, actual: failureActual(r, as.failure), expected: rule.expected ?? as.failure?.expected ?? "" };
    return { kind: "fail", message: renderMessage(rule.message, ctx) };
  }
  const reason = ap.value === void 0 ? ap.unknown.reason : wh.value === void 0 ? wh.unknown.reason : as.unknown.reason;
  return { kind: "unknown", reason };
}
function reads(ruleFields, r, holder, field) {
  if (field === "deployed" || field === "gatewayType" || field === "connectionType")
    return true;
  const related = (f, p) => f === p || f.startsWith(`${p}.`) || p.startsWith(`${f}.`);
  if (holder === r)
    return ruleFields.some((f) => related(f, field));
  const list = holder.kind === "peering" ? "peerings" : "links";
  return ruleFields.some((f) => f.startsWith(`${list}.`) && related(f.split(".").slice(2).join("."), field));
}
var tooMany = (r, field) => `\`${field}\` has one of ${r.possible?.[field]?.values.length ?? "several"} possible values (${r.possible?.[field]?.from ?? "template parameters"}), in more combinations than erscan evaluates (${MAX_WORLDS})`;
function conditionOnFacts(rule, r, where, assert, fields, params) {
  let worlds = resourceWorlds(r, (holder, field) => reads(fields, r, holder, field));
  if (!worlds) {
    const collapsed = collapsePossible({ circuits: [], ports: [], gateways: [], connections: [], subscriptions: [], tenants: [], byKey: /* @__PURE__ */ new Map([[r.key, r]]) }, tooMany).byKey.get(r.key);
    worlds = [{ resource: collapsed, assignment: [] }];
  }
  const verdicts = worlds.map((w) => verdictOf(rule, w.resource, where, assert, params));
  return combine(rule, r, verdicts, worlds.map((w) => w.assignment));
}
function relatedChoiceKeys(inv, r) {
  const related = [r];
  const add = (k) => {
    const x = k ? inv.byKey.get(k) : void 0;
    if (x)
      related.push(x);
  };
  if (r.kind === "circuit") {
    related.push(...r.peerings);
    r.connectionKeys.forEach(add);
    r.gatewayKeys.forEach(add);
    add(r.portKey);
  } else if (r.kind === "gateway") {
    r.connectionKeys.forEach(add);
    r.circuitKeys.forEach(add);
  } else if (r.kind === "port") {
    related.push(...r.links);
    r.circuitKeys.forEach(add);
  } else if (r.kind === "connection") {
    add(r.gatewayKey);
    add(r.circuitKey);
  } else if (r.kind === "peering")
    add(r.circuitKey);
  else if (r.kind === "link")
    add(r.portKey);
  const keys = /* @__PURE__ */ new Set();
  for (const x of related) {
    for (const k of Object.keys(x.variants?.choices ?? {}))
      keys.add(k);
    for (const f of Object.keys(x.possible ?? {}))
      keys.add(`${x.key}#${f}`);
  }
  return keys;
}
function functionWorlds(inv, notices) {
  const worlds = worldsOf(inv);
  if (worlds)
    return worlds;
  notices.push(`the templates leave more than ${MAX_WORLDS} combinations of parameter values open: estate-level rules treat the values with several possibilities as unknown`);
  return [{ inventory: collapsePossible(inv, tooMany), choices: [], assignment: [] }];
}
function functionOnFacts(rule, inv, worlds, where, params, costs, emit) {
  const fn = getFunction(rule.function);
  if (worlds.length === 1 && worlds[0].inventory === inv && worlds[0].assignment.length === 0)
    return functionOnOneWorld(rule, fn, inv, where, params, costs[0], emit);
  const byResource = /* @__PURE__ */ new Map();
  worlds.forEach((w, i) => {
    for (const v of withRuleId(rule, () => fn({ inventory: w.inventory, params, rule, cost: costs[i] }))) {
      if (rule.deployedState && isTemplateResource(v.resource))
        continue;
      let verdict;
      const wh = where ? evaluate3(where, v.resource) : { value: true };
      if (wh.value === false)
        continue;
      const ctx = { ...v.resource, params, details: v.details ?? {}, actual: v.actual, expected: v.expected ?? rule.expected ?? "" };
      const message = renderMessage(rule.message, ctx);
      const extras = extrasOf(v);
      if ((v.status ?? "fail") === "unknown")
        verdict = { kind: "unknown", reason: message, message, extras };
      else if (wh.value === void 0)
        verdict = { kind: "unknown", reason: wh.unknown.reason };
      else
        verdict = { kind: "fail", message, extras };
      const list = byResource.get(v.resource.key) ?? worlds.map(() => ({ kind: "pass" }));
      list[i] = verdict;
      byResource.set(v.resource.key, list);
    }
  });
  for (const [key, verdicts] of byResource) {
    const r = inv.byKey.get(key) ?? worlds.map((w) => w.inventory.byKey.get(key)).find(Boolean);
    const present = worlds.map((w) => w.inventory.byKey.has(key) && inWorld(w.inventory.byKey.get(key)));
    const vs = verdicts.filter((_, i) => present[i]);
    const keys = relatedChoiceKeys(inv, r);
    const ws = worlds.filter((_, i) => present[i]).map((w) => w.assignment.filter((c) => keys.has(c.key)));
    const absent = present.some((p) => !p);
    let out = combine(rule, r, absent ? [...vs, { kind: "na" }] : vs, absent ? [...ws, []] : ws);
    if (!out)
      continue;
    const ap = applies(r);
    if (out.status === "fail" && ap.value === void 0)
      out = { status: "unknown", message: `${subjectOf(r)}: cannot decide "${rule.title}": ${ap.unknown.reason}. If it is: ${out.message}` };
    emit(r, out.message, out.status, out.extras);
  }
}
function functionOnOneWorld(rule, fn, inv, where, params, cost, emit) {
  const last = /* @__PURE__ */ new Map();
  const violations = withRuleId(rule, () => fn({ inventory: inv, params, rule, cost }));
  for (let i = 0; i < violations.length; i++) {
    const v = violations[i];
    if (rule.deployedState && isTemplateResource(v.resource))
      continue;
    const wh = where ? evaluate3(where, v.resource) : void 0;
    if (wh?.value === false)
      continue;
    last.set(v.resource.key, { v, whereOpen: wh !== void 0 && wh.value === void 0 ? wh.unknown.reason : void 0 });
  }
  for (const [key, { v, whereOpen }] of last) {
    const r = inv.byKey.get(key);
    if (r === void 0 || !inWorld(r))
      continue;
    let status;
    let message;
    let extras;
    if ((v.status ?? "fail") !== "unknown" && whereOpen !== void 0) {
      status = "unknown";
      message = `${subjectOf(r)}: cannot decide "${rule.title}": ${whereOpen}.`;
    } else {
      status = v.status ?? "fail";
      message = renderFor(rule.message, v.resource, { params, details: v.details ?? NO_DETAILS, actual: v.actual, expected: v.expected ?? rule.expected ?? "" });
      extras = extrasOf(v);
    }
    if (status === "fail") {
      const ap = applies(r);
      if (ap.value === void 0) {
        emit(r, `${subjectOf(r)}: cannot decide "${rule.title}": ${ap.unknown.reason}. If it is: ${message}`, "unknown");
        continue;
      }
    }
    emit(r, message, status, extras);
  }
}
function runRules(inv, rules, paramsByRule = {}, cost, opts = {}) {
  useCurrency(cost?.priceCatalogue.currency);
  const findings = [];
  const notices = [];
  const children = {};
  let factful = false;
  for (const list of [inv.circuits, inv.ports, inv.gateways, inv.connections]) {
    for (let i = 0; i < list.length && !factful; i++)
      factful = hasFacts(list[i]) && !onlyTagsUnknown(list[i]);
  }
  let worlds;
  let worldCosts = [];
  const multi = factful ? multiDeploymentFiles(inv) : void 0;
  const factFlags = /* @__PURE__ */ new Map();
  const factFlagsOf = (list) => {
    if (!factful)
      return void 0;
    let flags = factFlags.get(list);
    if (!flags) {
      flags = new Uint8Array(list.length);
      for (let i = 0; i < list.length; i++)
        flags[i] = hasFacts(list[i]) ? 1 : 0;
      factFlags.set(list, flags);
    }
    return flags;
  };
  const lowerIds = [];
  for (const rule of rules) {
    const params = { ...rule.parameters ?? {}, ...paramsByRule[rule.id] ?? {} };
    let produced = 0;
    const emit = (r, message, status, extras) => {
      if (produced++ >= MAX_FINDINGS_PER_RULE)
        return;
      const lowerId = r.key;
      findings.push(makeFinding(rule, r, lowerId, message, status, multi, extras));
      lowerIds.push(lowerId);
    };
    if (rule.function) {
      const fn = getFunction(rule.function);
      if (!fn)
        throw new Error(`rule ${rule.id}: unknown function ${rule.function}`);
      const where = rule.where ? bindParams(rule.where, params) : void 0;
      if (factful) {
        if (!worlds) {
          worlds = functionWorlds(inv, notices);
          worldCosts = worlds.map((w) => w.assignment.length > 0 && opts.estimateCosts ? opts.estimateCosts(w.inventory) : cost);
        }
        functionOnFacts(rule, inv, worlds, where, params, worldCosts, emit);
      } else {
        const violations = withRuleId(rule, () => fn({ inventory: inv, params, rule, cost }));
        const whereTest = where ? compileCondition(where) : void 0;
        for (let i = 0; i < violations.length; i++) {
          const v = violations[i];
          if (rule.deployedState && isTemplateResource(v.resource))
            continue;
          if (whereTest && !whereTest(v.resource))
            continue;
          const extras = { params, details: v.details ?? NO_DETAILS, actual: v.actual, expected: v.expected ?? rule.expected ?? "" };
          emit(v.resource, renderFor(rule.message, v.resource, extras), v.status ?? "fail", extrasOf(v));
        }
      }
    } else if (rule.assert) {
      const where = rule.where ? bindParams(rule.where, params) : void 0;
      const assert = bindParams(rule.assert, params);
      const ruleFields = [...fieldsOf(where), ...fieldsOf(assert)];
      const tagFacts = !factful && readsTags(ruleFields);
      const fields = factful || tagFacts ? ruleFields : [];
      const whereTest = where ? compileCondition(where) : void 0;
      const assertTest = compileCondition(assert);
      const resources = resourcesOfKind(inv, rule.resource, children);
      if (!/^ERS-/i.test(rule.id) && resources.length > 0) {
        for (const field of /* @__PURE__ */ new Set([...fieldsOf(where), ...fieldsOf(assert)])) {
          if (!resources.some((r) => getPath(r, field) !== void 0 || (r.unknown !== void 0 || r.possible !== void 0) && "unknown" in readField(r, field)))
            notices.push(`rule ${rule.id} reads \`${field}\`, which no ${rule.resource} in the inputs holds (a misspelt field?): its verdicts rest on a value that is never there`);
        }
      }
      const withFacts = factFlagsOf(resources);
      for (let i = 0; i < resources.length; i++) {
        const r = resources[i];
        if (rule.deployedState && isTemplateResource(r))
          continue;
        if (withFacts !== void 0 && withFacts[i] === 1 || tagFacts && r.unknown?.tags !== void 0) {
          const out = conditionOnFacts(rule, r, where, assert, fields, params);
          if (out)
            emit(r, out.message, out.status);
          continue;
        }
        if (whereTest && !whereTest(r))
          continue;
        if (assertTest(r))
          continue;
        const res = evaluate(assert, r);
        const extras = { params, field: res.failure?.field, actual: failureActual(r, res.failure), expected: rule.expected ?? res.failure?.expected ?? "" };
        emit(r, renderFor(rule.message, r, extras), "fail");
      }
    }
    if (produced > MAX_FINDINGS_PER_RULE)
      notices.push(`rule ${rule.id} produced ${produced} findings; only the first ${MAX_FINDINGS_PER_RULE} are reported`);
  }
  return { findings: sortByKeys(findings, lowerIds), notices };
}
function withRuleId(rule, run) {
  try {
    return run();
  } catch (e) {
    if (e instanceof UsageError)
      throw new UsageError(`${rule.id}: ${e.message}`);
    throw e;
  }
}
function sortByKeys(findings, lowerIds) {
  const n = findings.length;
  const rank = new Array(n);
  const order = new Array(n);
  for (let i = 0; i < n; i++) {
    rank[i] = severityRank(findings[i].severity);
    order[i] = i;
  }
  order.sort((a, b) => {
    const ra = findings[a].ruleId;
    const rb = findings[b].ruleId;
    const ia = lowerIds[a];
    const ib = lowerIds[b];
    return rank[b] - rank[a] || (ra < rb ? -1 : ra > rb ? 1 : 0) || (ia < ib ? -1 : ia > ib ? 1 : 0) || a - b;
  });
  const sorted = order.map((i) => findings[i]);
  for (let i = 0; i < n; i++)
    findings[i] = sorted[i];
  return findings;
}

export {
  runRules
};
