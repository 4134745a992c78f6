// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  closestNames
} from "./chunk-2ZF4RDC5.js";
import {
  InputError,
  displayPath
} from "./chunk-UNOFXXSK.js";

// dist/util/glob.js
var GlobError = class extends Error {
};
var MAX_ALTERNATIVES = 64;
function compileGlob(pattern, segments) {
  if (/[@!+*?]\(/.test(pattern))
    throw new GlobError("extglobs such as @(a|b) are not supported (use {a,b})");
  const compiled = expandBraces(pattern).map((alt) => {
    const segs = (segments ? alt.split("/") : [alt]).map(segmentOf);
    const stars = segs.filter((g) => g.globstar).length;
    const shape = stars === 0 ? "fixed" : stars === 1 && segs.at(-1).globstar ? "head" : stars === 1 && segs[0].globstar ? "tail" : "table";
    return { prefix: literalPrefix(alt, segments), segs, shape };
  });
  return (subject) => {
    let parts;
    for (const c of compiled) {
      if (!subject.startsWith(c.prefix))
        continue;
      parts ??= segments ? subject.split("/") : [subject];
      if (c.shape === "fixed" ? c.segs.length === parts.length && matchRun(c.segs, 0, c.segs.length, parts, 0) : matches(c.shape, c.segs, parts))
        return true;
    }
    return false;
  };
}
function literalPrefix(alt, segments) {
  const first = alt.search(/[*?[\\]/);
  if (first < 0)
    return segments ? alt.slice(0, Math.max(0, alt.lastIndexOf("/"))) : alt;
  return segments ? alt.slice(0, Math.max(0, alt.lastIndexOf("/", first))) : alt.slice(0, first);
}
function matchRun(segs, from, to, parts, at) {
  for (let i = from; i < to; i++)
    if (!matchOne(segs[i], parts[at + i - from]))
      return false;
  return true;
}
function matchOne(seg, part) {
  if (seg.globstar)
    return true;
  if (seg.literal !== void 0)
    return seg.literal === part;
  return seg.any === true || matchTokens(seg.tokens, part);
}
function matches(shape, segs, parts) {
  const n = segs.length - 1;
  if (shape === "head")
    return parts.length >= n && matchRun(segs, 0, n, parts, 0);
  if (shape === "tail")
    return parts.length >= n && matchRun(segs, 1, segs.length, parts, parts.length - n);
  return matchSegments(segs, parts);
}
function expandBraces(pattern) {
  let out = [pattern];
  for (let round = 0; ; round++) {
    const next = [];
    let changed = false;
    for (const p of out) {
      const b = firstBrace(p);
      if (!b) {
        next.push(p);
        continue;
      }
      changed = true;
      for (const alt of b.alternatives)
        next.push(p.slice(0, b.start) + alt + p.slice(b.end + 1));
      if (next.length > MAX_ALTERNATIVES)
        throw new GlobError(`at most ${MAX_ALTERNATIVES} alternatives in {\u2026} braces`);
    }
    out = next;
    if (!changed)
      return out;
  }
}
function firstBrace(p) {
  for (let start = 0; start < p.length; start++) {
    if (p[start] === "\\") {
      start++;
      continue;
    }
    if (p[start] !== "{")
      continue;
    let depth = 0;
    const commas = [];
    for (let i = start; i < p.length; i++) {
      const c = p[i];
      if (c === "\\") {
        i++;
        continue;
      }
      if (c === "{")
        depth++;
      else if (c === "," && depth === 1)
        commas.push(i);
      else if (c === "}" && --depth === 0) {
        if (commas.length === 0)
          break;
        const cuts = [start, ...commas, i];
        return { start, end: i, alternatives: cuts.slice(0, -1).map((c0, k) => p.slice(c0 + 1, cuts[k + 1])) };
      }
    }
  }
  return void 0;
}
function segmentOf(text) {
  if (text === "**")
    return { globstar: true };
  const tokens = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length)
      tokens.push({ k: "lit", c: text[++i] });
    else if (c === "*") {
      if (tokens.at(-1)?.k !== "star")
        tokens.push({ k: "star" });
    } else if (c === "?")
      tokens.push({ k: "one" });
    else if (c === "[") {
      const cls = classAt(text, i);
      if (cls) {
        tokens.push(cls.token);
        i = cls.end;
      } else
        tokens.push({ k: "lit", c });
    } else
      tokens.push({ k: "lit", c });
  }
  if (tokens.every((t) => t.k === "lit"))
    return { globstar: false, tokens, literal: tokens.map((t) => t.c).join("") };
  return { globstar: false, tokens, ...tokens.length === 1 && tokens[0].k === "star" ? { any: true } : {} };
}
function classAt(text, i) {
  let j = i + 1;
  const not = text[j] === "!" || text[j] === "^";
  if (not)
    j++;
  const ranges = [];
  let first = true;
  for (; j < text.length; j++) {
    let c = text[j];
    if (c === "]" && !first)
      return { token: { k: "class", not, ranges }, end: j };
    first = false;
    if (c === "\\" && j + 1 < text.length)
      c = text[++j];
    if (text[j + 1] === "-" && j + 2 < text.length && text[j + 2] !== "]") {
      let hi = text[j + 2];
      j += 2;
      if (hi === "\\" && j + 1 < text.length)
        hi = text[++j];
      ranges.push([c, hi]);
    } else
      ranges.push([c, c]);
  }
  return void 0;
}
function one(t, c) {
  if (t.k === "one")
    return true;
  if (t.k === "lit")
    return t.c === c;
  if (t.k === "class")
    return t.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== t.not;
  return false;
}
function matchTokens(tokens, s) {
  let p = 0;
  let i = 0;
  let starP = -1;
  let starI = 0;
  while (i < s.length) {
    if (p < tokens.length && tokens[p].k === "star") {
      starP = p++;
      starI = i;
    } else if (p < tokens.length && one(tokens[p], s[i])) {
      p++;
      i++;
    } else if (starP >= 0) {
      p = starP + 1;
      i = ++starI;
    } else
      return false;
  }
  while (p < tokens.length && tokens[p].k === "star")
    p++;
  return p === tokens.length;
}
function matchSegments(segs, parts) {
  const S = parts.length;
  let below = Array.from({ length: S + 1 }, (_, j) => j === S);
  for (let p = segs.length - 1; p >= 0; p--) {
    const seg = segs[p];
    const row = new Array(S + 1).fill(false);
    for (let j = S; j >= 0; j--) {
      if (seg.globstar)
        row[j] = below[j] || j < S && row[j + 1];
      else
        row[j] = j < S && below[j + 1] && matchOne(seg, parts[j]);
    }
    below = row;
  }
  return below[0];
}

// dist/findings/suppressions.js
var where = (e) => e.file ? displayPath(e.file) : "config";
var CIRCUIT_PROBE = "/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-a/providers/microsoft.network/expressroutecircuits/er-a";
var GATEWAY_PROBE = "/subscriptions/ffffffff-ffff-ffff-ffff-fffffffffff2/resourcegroups/net.prod(1)/providers/microsoft.network/virtualnetworkgateways/gw_b";
var CONNECTION_PROBE = "/subscriptions/12345678-1234-1234-1234-123456789abc/resourcegroups/x/providers/microsoft.network/connections/conn";
var RESOURCE_PROBES = [
  CIRCUIT_PROBE,
  `${CIRCUIT_PROBE}/peerings/azureprivatepeering`,
  GATEWAY_PROBE,
  "/subscriptions/{subscription}/resourcegroups/{resourcegroup}/providers/microsoft.network/expressrouteports/port-c/links/link1",
  "/subscriptions/12345678-1234-1234-1234-123456789abc/resourcegroups/x/providers/microsoft.network/expressroutegateways/hub/expressrouteconnections/c-1",
  CONNECTION_PROBE
];
var TOP_LEVEL_PROBES = [
  CIRCUIT_PROBE,
  GATEWAY_PROBE,
  CONNECTION_PROBE,
  "/subscriptions/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/resourcegroups/ports/providers/microsoft.network/expressrouteports/port-d",
  "/subscriptions/{subscription}/resourcegroups/{resourcegroup}/providers/microsoft.network/expressroutegateways/hub-e"
];
var MAX_RULE_PATTERN = 256;
var MAX_RESOURCE_PATTERN = 4096;
function globFor(e, key) {
  const pattern = e[key];
  const max = key === "ruleId" ? MAX_RULE_PATTERN : MAX_RESOURCE_PATTERN;
  const what = key === "ruleId" ? "a rule id or a glob over rule ids" : "an ARM id or a glob over ARM ids";
  const at = `${e.at ?? "$.suppressions"}.${key}`;
  if (pattern.length > max)
    throw new InputError(e.file ?? "config", at, `${what} of at most ${max} characters`, `${pattern.length} characters`);
  try {
    return compileGlob(pattern.toLowerCase(), key === "resource");
  } catch (err) {
    if (err instanceof GlobError)
      throw new InputError(e.file ?? "config", at, `${what}: ${err.message}`, JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 77)}...` : pattern));
    throw err;
  }
}
var ruleMatcher = (e) => {
  const m = globFor(e, "ruleId");
  return (id) => e.ruleId === "*" || e.ruleId.toLowerCase() === id.toLowerCase() || m(id.toLowerCase());
};
var resourceMatcher = (e) => {
  const m = globFor(e, "resource");
  return (id) => e.resource.toLowerCase() === id || m(id);
};
function refuseBlanketSuppressions(entries, ruleIds) {
  if (ruleIds.length === 0)
    return;
  for (const e of entries) {
    const rule = ruleMatcher(e);
    const resource = resourceMatcher(e);
    if (ruleIds.every(rule) && (RESOURCE_PROBES.every(resource) || TOP_LEVEL_PROBES.every(resource))) {
      throw new InputError(e.file ?? "config", e.at ?? "$.suppressions", "a suppression narrower than every rule on every resource (name a rule id, or an ARM id or a glob over some resources)", `ruleId ${JSON.stringify(e.ruleId)} on resource ${JSON.stringify(e.resource)}, which suppresses everything`);
    }
  }
}
function refuseSuppressionsOfNoRule(entries, rules) {
  if (rules.length === 0)
    return;
  for (const e of entries) {
    const rule = ruleMatcher(e);
    if (rules.some((r) => rule(r.id)))
      continue;
    const named = rules.find((r) => r.name === e.ruleId.toLowerCase());
    const near = named ? `the id of ${named.name} is ${named.id}` : `the closest known: ${closestNames(e.ruleId, rules.map((r) => r.id)).join(", ")}`;
    const pattern = JSON.stringify(e.ruleId.length > 80 ? `${e.ruleId.slice(0, 77)}...` : e.ruleId);
    throw new InputError(e.file ?? "config", `${e.at ?? "$.suppressions"}.ruleId`, `the id of a rule erscan has, or a glob over some (${near})`, pattern);
  }
}
function applySuppressions(findings, entries, today, ruleIds) {
  if (ruleIds)
    refuseBlanketSuppressions(entries, ruleIds);
  const notices = [];
  const compiled = entries.map((e) => ({
    e,
    matchRule: ruleMatcher(e),
    matchResource: resourceMatcher(e),
    expired: e.expires !== void 0 && e.expires < today,
    used: 0
  }));
  const suppress = (f) => {
    let id;
    let expired;
    let live;
    for (let i = 0; i < compiled.length; i++) {
      const c = compiled[i];
      if (!c.matchRule(f.ruleId))
        continue;
      if (!c.matchResource(id ??= f.resourceId.toLowerCase()))
        continue;
      c.used++;
      if (c.expired)
        expired ??= c;
      else
        live ??= c;
    }
    if (live)
      return { ...f, suppression: { justification: live.e.justification, ...live.e.expires ? { expires: live.e.expires } : {} } };
    return expired ? { ...f, message: `${f.message} (suppression expired on ${expired.e.expires}: "${expired.e.justification}")` } : f;
  };
  const out = compiled.length === 0 ? findings.slice() : findings.map(suppress);
  for (const c of compiled) {
    if (c.expired && c.used)
      notices.push(`expired suppression: ${c.e.ruleId} on ${c.e.resource} expired on ${c.e.expires}; ${c.used} finding${c.used === 1 ? " is" : "s are"} reported again (${where(c.e)})`);
    else if (c.expired)
      notices.push(`expired suppression: ${c.e.ruleId} on ${c.e.resource} expired on ${c.e.expires} and matches nothing: remove it (${where(c.e)})`);
    else if (!c.used)
      notices.push(`suppression of ${c.e.ruleId} on ${c.e.resource} matched no finding (${where(c.e)})`);
  }
  const uses = compiled.map((c) => ({
    ruleId: c.e.ruleId,
    resource: c.e.resource,
    justification: c.e.justification,
    ...c.e.expires ? { expires: c.e.expires } : {},
    ...c.e.file ? { file: displayPath(c.e.file) } : {},
    matched: c.used,
    state: c.expired ? "expired" : "active"
  }));
  return { findings: out, notices, uses };
}

export {
  MAX_RULE_PATTERN,
  MAX_RESOURCE_PATTERN,
  refuseBlanketSuppressions,
  refuseSuppressionsOfNoRule,
  applySuppressions
};
