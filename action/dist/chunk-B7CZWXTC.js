// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  walkFiles
} from "./chunk-SNJAJXSP.js";
import {
  FIXED_SKU_MBPS,
  SCALE_UNIT_MBPS,
  STANDARD_MAX_LINKS,
  analyse,
  behindDisabledPeering,
  circuitBeingDeleted,
  circuitFixImpact,
  circuitPricedAt,
  conditionalNames,
  connectCircuitsImpact,
  costOf,
  costsFor,
  deleteResourceImpact,
  estimateInputsOf,
  gatewayFix,
  isZoneRedundantSku,
  metroKey,
  peeringFamilies,
  portIdle,
  privatePeeringDisabled,
  reachUndecidedReasons,
  secondCircuitImpact,
  typeOpenConnections,
  typeOpenText
} from "./chunk-FYODNL6L.js";
import {
  cloudOfRegion,
  firstUnknown,
  isLocalRegion,
  isPartial,
  isTemplateResource,
  isUnknown,
  liveConnectionsWithoutGateway,
  locationLabel,
  nameOfId,
  notKnown,
  reasonText,
  regionGeopolitical,
  unknownLocationReason,
  unknownReason
} from "./chunk-ES2OZW4Z.js";
import {
  prefixOf
} from "./chunk-6DM37KYG.js";
import {
  lookup
} from "./chunk-RD47CNRY.js";
import {
  localBandwidthFor
} from "./chunk-SHTQVT5S.js";
import {
  byNameThenKey,
  compareText,
  readDataFile
} from "./chunk-X6A6OTOC.js";
import {
  schemaValidator,
  validateOrThrow
} from "./chunk-BAWUMSZC.js";
import {
  packagePath
} from "./chunk-U5NJNZAI.js";
import {
  editDistance
} from "./chunk-2ZF4RDC5.js";
import {
  InputError,
  UsageError,
  describeValue
} from "./chunk-UNOFXXSK.js";

// dist/rules/loader.js
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
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
var PARAM_REF = /^\{params\.([A-Za-z0-9_]+)\}$/;
var MAX_REGEX_INPUT = 2048;
var pathSegments = /* @__PURE__ */ new Map();
function segmentsOf(path) {
  let segments = pathSegments.get(path);
  if (!segments) {
    segments = path.split(".").map(interned);
    if (pathSegments.size < 1e4)
      pathSegments.set(path, segments);
  }
  return segments;
}
function getPath(value, path) {
  let cur = value;
  const segments = segmentsOf(path);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (cur === null || cur === void 0)
      return void 0;
    if (Array.isArray(cur) && /^\d+$/.test(seg))
      cur = cur[Number(seg)];
    else if (i === 1 && segments[0] === "tags")
      cur = tagValue(cur, seg);
    else if (typeof cur === "object")
      cur = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : void 0;
    else
      return void 0;
  }
  return cur;
}
function tagValue(tags, name) {
  if (tags === null || typeof tags !== "object" || Array.isArray(tags))
    return void 0;
  const t = tags;
  if (Object.prototype.hasOwnProperty.call(t, name))
    return t[name];
  const lower = name.toLowerCase();
  for (const k of Object.keys(t))
    if (k.toLowerCase() === lower)
      return t[k];
  return void 0;
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
var MAX_REGEX_WAYS = (MAX_REGEX_INPUT + 1) ** MAX_UNBOUNDED_QUANTIFIERS;
function quantifierAt(p, j) {
  const c = p[j];
  let q;
  if (c === "*" || c === "+")
    q = { len: 1, repeats: true, unbounded: true, max: Infinity };
  else if (c === "?")
    q = { len: 1, repeats: false, unbounded: false, max: 1 };
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(j));
    if (!m)
      return void 0;
    const max = m[2] === void 0 ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3]);
    q = { len: m[0].length, repeats: max > 1, unbounded: max > 64, max };
  }
  if (q && p[j + q.len] === "?")
    q.len++;
  return q;
}
function vetGroups(p) {
  const stack = [{ quantified: false, alternation: false, branches: 1 }];
  let unbounded = 0;
  let ways = 1;
  const choices = (n) => {
    ways *= n;
    if (ways > MAX_REGEX_WAYS)
      throw new Error(`quantifiers and alternations that together allow more than ${MAX_REGEX_WAYS} ways to match (such as a{0,60}a{0,60}a{0,60}a{0,60}) are not allowed`);
  };
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
      stack.push({ quantified: false, alternation: false, branches: 1 });
      continue;
    } else if (c === "|") {
      stack[stack.length - 1].alternation = true;
      stack[stack.length - 1].branches++;
      continue;
    } else if (c === ")") {
      if (stack.length < 2)
        return;
      closed = stack.pop();
      choices(closed.branches);
    }
    const top = stack[stack.length - 1];
    const q = quantifierAt(p, i + 1);
    if (q) {
      if (closed && q.repeats && (closed.quantified || closed.alternation))
        throw new Error(closed.quantified ? "nested quantifiers are not allowed" : "alternation under a repeating quantifier is not allowed");
      if (q.unbounded && ++unbounded > MAX_UNBOUNDED_QUANTIFIERS)
        throw new Error(`more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded quantifiers (*, +, {n,}) are not allowed`);
      choices(q.max === Infinity ? MAX_REGEX_INPUT + 1 : q.max + 1);
      top.quantified = true;
      i += q.len;
    }
    if (closed) {
      top.quantified ||= closed.quantified;
      top.alternation ||= closed.alternation;
    }
  }
  choices(stack[0].branches);
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
  if (typeof a === "number" && typeof b === "string" && NUMERIC.test(b))
    return a - Number(b);
  if (typeof a === "string" && typeof b === "string")
    return compareText(a, b);
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
  return evalLeafOn(leaf, getPath(value, leaf.field));
}
function evalLeafOn(leaf, v) {
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
    for (let i = 0; i < cond.allOf.length; i++) {
      const r = evaluate(cond.allOf[i], value, depth + 1);
      if (!r.ok)
        return r;
    }
    return { ok: true };
  }
  if ("anyOf" in cond) {
    let first;
    for (let i = 0; i < cond.anyOf.length; i++) {
      const r = evaluate(cond.anyOf[i], value, depth + 1);
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
function interned(s) {
  return Object.keys({ [s]: 0 })[0] ?? s;
}
function ownField(cur, seg) {
  return cur !== null && typeof cur === "object" && Object.hasOwn(cur, seg) ? cur[seg] : void 0;
}
function plainField(path) {
  return path.includes(".") || /^\d+$/.test(path) ? void 0 : interned(path);
}
function compilePath(path) {
  const field = plainField(path);
  if (field !== void 0)
    return (v) => ownField(v, field);
  const segs = path.split(".").map(interned);
  const nums = segs.map((s) => /^\d+$/.test(s) ? Number(s) : -1);
  const tags = segs[0] === "tags";
  const step = (cur, i) => {
    if (cur === null || cur === void 0)
      return void 0;
    if (nums[i] >= 0 && Array.isArray(cur))
      return cur[nums[i]];
    if (i === 1 && tags)
      return tagValue(cur, segs[1]);
    if (typeof cur === "object")
      return hasOwn(cur, segs[i]) ? cur[segs[i]] : void 0;
    return void 0;
  };
  if (segs.length === 1)
    return (v) => step(v, 0);
  if (segs.length === 2 && nums[0] < 0 && nums[1] < 0 && !tags) {
    const [a, b] = segs;
    return (v) => ownField(ownField(v, a), b);
  }
  if (segs.length === 2)
    return (v) => step(step(v, 0), 1);
  return (v) => {
    let cur = v;
    for (let i = 0; i < segs.length; i++) {
      if (cur === null || cur === void 0)
        return void 0;
      cur = step(cur, i);
    }
    return cur;
  };
}
var NUMERIC = /^-?\d+(\.\d+)?$/;
function looseEqualsTo(x) {
  if (typeof x === "string") {
    const lower = x.toLowerCase();
    const n = NUMERIC.test(x) ? Number(x) : void 0;
    if (/^[\x00-\x7f]*$/.test(lower)) {
      const len = lower.length;
      return (v) => typeof v === "string" ? v === x || v.length === len && v.toLowerCase() === lower : typeof v === "number" && n !== void 0 && v === n;
    }
    return (v) => typeof v === "string" ? v === x || v.toLowerCase() === lower : typeof v === "number" && n !== void 0 && v === n;
  }
  return (v) => v === x;
}
function anyOf(eqs, v) {
  for (let i = 0; i < eqs.length; i++)
    if (eqs[i](v))
      return true;
  return false;
}
function compileLeafTest(leaf) {
  const tests = [];
  if (leaf.exists !== void 0) {
    const want = leaf.exists;
    tests.push((v) => (v !== void 0 && v !== null && v !== "") === want);
  }
  if (leaf.equals !== void 0)
    tests.push(looseEqualsTo(leaf.equals));
  if (leaf.notEquals !== void 0) {
    const eq = looseEqualsTo(leaf.notEquals);
    tests.push((v) => !eq(v));
  }
  if (leaf.in) {
    const eqs = leaf.in.map(looseEqualsTo);
    tests.push((v) => anyOf(eqs, v));
  }
  if (leaf.notIn) {
    const eqs = leaf.notIn.map(looseEqualsTo);
    tests.push((v) => !anyOf(eqs, v));
  }
  for (const [op, want] of [
    ["greater", leaf.greater],
    ["greaterOrEquals", leaf.greaterOrEquals],
    ["less", leaf.less],
    ["lessOrEquals", leaf.lessOrEquals]
  ]) {
    if (want === void 0)
      continue;
    tests.push((v) => {
      const c = compare(v, want);
      if (c === void 0)
        return false;
      return op === "greater" ? c > 0 : op === "greaterOrEquals" ? c >= 0 : op === "less" ? c < 0 : c <= 0;
    });
  }
  if (leaf.matches !== void 0) {
    const pattern = leaf.matches;
    tests.push((v) => {
      if (typeof v !== "string" && typeof v !== "number")
        return false;
      const s = String(v);
      return !(s.length > MAX_REGEX_INPUT || !regex(pattern).test(s));
    });
  }
  if (leaf.startsWith !== void 0) {
    const prefix = leaf.startsWith.toLowerCase();
    tests.push((v) => typeof v === "string" && v.toLowerCase().startsWith(prefix));
  }
  if (leaf.contains !== void 0) {
    const c = leaf.contains;
    const eq = looseEqualsTo(c);
    const sub = typeof c === "string" ? c.toLowerCase() : void 0;
    tests.push((v) => {
      if (Array.isArray(v))
        return v.some((x) => eq(x));
      if (typeof v === "string" && sub !== void 0)
        return v.toLowerCase().includes(sub);
      return false;
    });
  }
  if (leaf.count) {
    const c = leaf.count;
    tests.push((v) => {
      const n = Array.isArray(v) ? v.length : v === void 0 || v === null ? 0 : void 0;
      if (n === void 0)
        return false;
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
      return true;
    });
  }
  if (tests.length === 0)
    return () => true;
  if (tests.length === 1)
    return tests[0];
  return (v) => {
    for (let i = 0; i < tests.length; i++)
      if (!tests[i](v))
        return false;
    return true;
  };
}
function compileCondition(cond, depth = 0) {
  if (depth > MAX_CONDITION_DEPTH)
    return () => {
      throw new Error(`condition nested deeper than ${MAX_CONDITION_DEPTH} levels`);
    };
  if ("allOf" in cond) {
    const parts = cond.allOf.map((c) => compileCondition(c, depth + 1));
    return (v) => {
      for (let i = 0; i < parts.length; i++)
        if (!parts[i](v))
          return false;
      return true;
    };
  }
  if ("anyOf" in cond) {
    const parts = cond.anyOf.map((c) => compileCondition(c, depth + 1));
    return (v) => {
      for (let i = 0; i < parts.length; i++)
        if (parts[i](v))
          return true;
      return false;
    };
  }
  if ("not" in cond) {
    const inner = compileCondition(cond.not, depth + 1);
    return (v) => !inner(v);
  }
  const test = compileLeafTest(cond);
  const field = plainField(cond.field);
  if (field !== void 0)
    return (v) => test(ownField(v, field));
  const get = compilePath(cond.field);
  return (v) => test(get(v));
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
var hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function readField(root, path) {
  const segments = segmentsOf(path);
  let cur = root;
  for (let i = 0; i <= segments.length; i++) {
    if (cur !== null && typeof cur === "object" && !Array.isArray(cur)) {
      const f = cur;
      if ((f.unknown || f.possible || f.partial) && i < segments.length) {
        let prefix = "";
        for (let j = i; j < segments.length; j++) {
          prefix = j === i ? segments[j] : `${prefix}.${segments[j]}`;
          if (f.unknown && hasOwn(f.unknown, prefix))
            return { unknown: f.unknown[prefix] };
          if (f.possible && hasOwn(f.possible, prefix))
            return { unknown: `\`${prefix}\` has several possible values (${f.possible[prefix].from})` };
        }
        if (f.partial && hasOwn(f.partial, prefix))
          return { partial: f.partial[prefix], value: getPath(cur, prefix) };
      }
    }
    if (i === segments.length)
      break;
    const seg = segments[i];
    if (cur === null || cur === void 0)
      return { value: void 0 };
    if (Array.isArray(cur) && /^\d+$/.test(seg))
      cur = cur[Number(seg)];
    else if (i === 1 && segments[0] === "tags")
      cur = tagValue(cur, seg);
    else if (typeof cur === "object")
      cur = hasOwn(cur, seg) ? cur[seg] : void 0;
    else
      return { value: void 0 };
  }
  return { value: cur };
}
function partialLeaf(leaf, v, reason) {
  const n = Array.isArray(v) ? v.length : typeof v === "number" ? v : v === void 0 || v === null ? 0 : void 0;
  const undecided = { value: void 0, unknown: { field: leaf.field, reason } };
  if (n === void 0)
    return undecided;
  const bounds = leaf.count ?? leaf;
  const fail = (expected) => ({ value: false, failure: { field: leaf.field, actual: `at least ${n}`, expected } });
  const num = (b) => typeof b === "number" ? b : typeof b === "string" && NUMERIC.test(b) ? Number(b) : void 0;
  const greater = num(bounds.greater);
  const greaterOrEquals = num(bounds.greaterOrEquals);
  const less = num(bounds.less);
  const lessOrEquals = num(bounds.lessOrEquals);
  let value = true;
  const and = (t) => {
    if (t === false || value === false)
      value = false;
    else if (t === void 0)
      value = void 0;
  };
  if (bounds.greater !== void 0)
    and(greater !== void 0 && n > greater ? true : void 0);
  if (bounds.greaterOrEquals !== void 0)
    and(greaterOrEquals !== void 0 && n >= greaterOrEquals ? true : void 0);
  if (less !== void 0 && n >= less)
    return fail(describeExpected(leaf));
  if (lessOrEquals !== void 0 && n > lessOrEquals)
    return fail(describeExpected(leaf));
  if (bounds.less !== void 0 || bounds.lessOrEquals !== void 0)
    and(void 0);
  if (leaf.count?.equals !== void 0) {
    if (n > leaf.count.equals)
      return fail(describeExpected(leaf));
    and(void 0);
  }
  if (leaf.exists !== void 0) {
    if (n > 0 && !leaf.exists)
      return fail(describeExpected(leaf));
    and(n > 0 ? true : void 0);
  }
  if (leaf.contains !== void 0)
    and(Array.isArray(v) && v.some((x) => looseEquals(x, leaf.contains)) ? true : void 0);
  const other = leaf.equals !== void 0 || leaf.notEquals !== void 0 || leaf.in || leaf.notIn || leaf.matches !== void 0 || leaf.startsWith !== void 0;
  if (other)
    and(void 0);
  return value === void 0 ? undecided : { value };
}
function leaf3(leaf, resource) {
  const fact = readField(resource, leaf.field);
  if ("unknown" in fact)
    return { value: void 0, unknown: { field: leaf.field, reason: fact.unknown } };
  if ("partial" in fact)
    return partialLeaf(leaf, fact.value, fact.partial);
  if (evalLeafOn(leaf, fact.value))
    return { value: true };
  const actual = fact.value;
  return { value: false, failure: { field: leaf.field, actual: leaf.count ? Array.isArray(actual) ? actual.length : 0 : actual, expected: describeExpected(leaf) } };
}
function evaluate3(cond, resource, depth = 0) {
  if (depth > MAX_CONDITION_DEPTH)
    throw new Error(`condition nested deeper than ${MAX_CONDITION_DEPTH} levels`);
  if ("allOf" in cond) {
    let undecided;
    for (const c of cond.allOf) {
      const r = evaluate3(c, resource, depth + 1);
      if (r.value === false)
        return r;
      if (r.value === void 0)
        undecided ??= r;
    }
    return undecided ?? { value: true };
  }
  if ("anyOf" in cond) {
    let undecided;
    let first;
    for (const c of cond.anyOf) {
      const r = evaluate3(c, resource, depth + 1);
      if (r.value === true)
        return r;
      if (r.value === void 0)
        undecided ??= r;
      else
        first ??= r;
    }
    return undecided ?? first ?? { value: false };
  }
  if ("not" in cond) {
    const r = evaluate3(cond.not, resource, depth + 1);
    if (r.value === void 0)
      return r;
    if (r.value) {
      const leaf = firstLeaf(cond.not);
      return { value: false, failure: leaf ? { field: leaf.field, actual: getPath(resource, leaf.field), expected: `not ${describeExpected(leaf)}` } : void 0 };
    }
    return { value: true };
  }
  return leaf3(cond, resource);
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

// dist/rules/functions/util.js
function analysisOf(ctx) {
  return analyse(ctx.inventory, estimateInputsOf(ctx.cost));
}
function pricingInputsOf(ctx) {
  return estimateInputsOf(ctx.cost);
}
function costsOf(ctx) {
  const opts = estimateInputsOf(ctx.cost);
  return opts ? costsFor(ctx.inventory, opts) : ctx.cost;
}
var gatewayRelations = /* @__PURE__ */ new WeakMap();
function gatewayRelationsOf(inv) {
  let list = gatewayRelations.get(inv);
  if (list)
    return list;
  list = new Array(inv.gateways.length);
  for (let i = 0; i < inv.gateways.length; i++) {
    const g = inv.gateways[i];
    const { known, outside } = circuitsOfGateway(inv, g);
    list[i] = { known, outside, connections: connectionsOf(inv, g.connectionKeys) };
  }
  gatewayRelations.set(inv, list);
  return list;
}
var connectionGateways = /* @__PURE__ */ new WeakMap();
function connectionGatewaysOf(inv) {
  let list = connectionGateways.get(inv);
  if (list)
    return list;
  list = new Array(inv.connections.length);
  for (let i = 0; i < inv.connections.length; i++)
    list[i] = lookup(inv, inv.connections[i].gatewayKey, "gateway");
  connectionGateways.set(inv, list);
  return list;
}
function circuitsOfGateway(inv, g) {
  const known = [];
  let outside = 0;
  for (let i = 0; i < g.circuitKeys.length; i++) {
    const c = lookup(inv, g.circuitKeys[i], "circuit");
    if (c)
      known.push(c);
    else
      outside++;
  }
  return { known, outside };
}
function connectionsOf(inv, keys) {
  const out = [];
  for (let i = 0; i < keys.length; i++) {
    const c = lookup(inv, keys[i], "connection");
    if (c !== void 0)
      out.push(c);
  }
  return out;
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
function equalsLower(s, lower) {
  return s != null && s.length === lower.length && s.toLowerCase() === lower;
}
function lc(s) {
  return s?.toLowerCase();
}
function numParam(params, name, fallback, min = -Infinity) {
  const v = params[name];
  const n = typeof v === "number" && Number.isFinite(v) ? v : fallback;
  if (n < min)
    throw new UsageError(`rule parameter ${name}: expected a number of at least ${min}, found ${n}`);
  return n;
}
function listParam(params, name, fallback) {
  const v = params[name];
  return Array.isArray(v) ? v.map(String) : fallback;
}
function groupBy(items, key) {
  const m = /* @__PURE__ */ new Map();
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
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
function unnamedGatewayConnections(inv) {
  const names = [];
  let terraform = 0;
  for (const c of inv.connections)
    if (c.flavor === "vnet" && unknownReason(c, "gatewayKey") !== void 0) {
      names.push(c.name);
      if (c.source?.kind === "terraform")
        terraform++;
    }
  if (names.length === 0)
    return "";
  const list = `${names.slice(0, 3).join(", ")}${names.length > 3 ? ` and ${names.length - 3} more` : ""}`;
  const when = terraform === names.length ? "only after apply" : terraform === 0 ? "only at deployment" : "only at deployment or after apply";
  return ` known to be its own (${list} name${names.length === 1 ? "s" : ""} a gateway known ${when})`;
}
function unreadText(r) {
  const names = r.unreadConnections ?? [];
  return `${names.length} connection(s) whose row${names.length === 1 ? "" : "s"} could not be read (${names.slice(0, 3).join("; ")}${names.length > 3 ? "; \u2026" : ""})`;
}
function connectionListOpen(g) {
  return isTemplateResource(g) || unreadCount(g) > 0 ? void 0 : unknownReason(g, "connectionKeys");
}
function unreadCount(r) {
  return isTemplateResource(r) ? 0 : r.unreadConnections?.length ?? 0;
}

// dist/rules/functions/cost.js
var NOT_DECIDABLE = "not decidable from these files: another deployment may";
var circuitNotProvisioned = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const analyses = analysis.circuits();
  const out = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    const why = unknownReason(c, "serviceProviderProvisioningState");
    if (why !== void 0)
      continue;
    if (!analyses[i].billedForNothing)
      continue;
    if (analyses[i].beingDeleted)
      continue;
    out.push({ resource: c, actual: c.serviceProviderProvisioningState, costImpactUsd: circuitFixImpact(costs, c, "delete", i), costImpactChange: "delete" });
  }
  return out;
};
var circuitUnused = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const analyses = analysis.circuits();
  const out = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    const state = c.serviceProviderProvisioningState?.toLowerCase();
    if (state !== void 0 && state !== "provisioned")
      continue;
    const idle = analyses[i].carries.idle;
    if (idle.value === false)
      continue;
    if (analyses[i].beingDeleted)
      continue;
    if (idle.value === null) {
      out.push({ resource: c, actual: idle.reasons.join("; "), expected: "a circuit that carries traffic, or none at all (undecided)", status: "unknown" });
      continue;
    }
    const down = behindDisabledPeering(analyses[i]);
    out.push({
      resource: c,
      actual: idle.reasons.join("; "),
      expected: down === void 0 ? "a circuit that carries traffic (a connection, Microsoft peering, Global Reach or egress), or none at all" : "a circuit that carries traffic (enable its Azure private peering if its connections are still needed, or delete the circuit)",
      costImpactUsd: circuitFixImpact(costs, c, "delete", i),
      costImpactChange: "delete"
    });
  }
  return out;
};
var globalReachUnused = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const analyses = analysis.circuits();
  const out = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    if (c.globalReachEnabled !== true)
      continue;
    if (analyses[i].beingDeleted)
      continue;
    const grOpen = analyses[i].unknown.globalReach;
    if (grOpen !== void 0) {
      out.push({ resource: c, actual: "globalReachEnabled = true with Global Reach connections not known", expected: `a Global Reach connection; undecided: ${grOpen}`, status: "unknown" });
      continue;
    }
    if (analyses[i].carries.globalReachLinks > 0)
      continue;
    if (isTemplateResource(c)) {
      out.push({ resource: c, actual: "globalReachEnabled = true with no Global Reach connection in these files", expected: `a Global Reach connection (${NOT_DECIDABLE} create one)`, status: "unknown" });
      continue;
    }
    const cost = costs ? costOf(costs, c, i) : void 0;
    const addOnKnown = cost && !cost.missing?.includes("Global Reach add-on") && cost.globalReachUsd !== void 0;
    out.push({
      resource: c,
      actual: "globalReachEnabled = true with 0 Global Reach connections",
      expected: "Global Reach enabled only on circuits with a Global Reach connection",
      costImpactUsd: !costs ? void 0 : addOnKnown ? -(cost.globalReachUsd ?? 0) : null,
      costImpactChange: "disable-global-reach"
    });
  }
  return out;
};
var gatewayUnused = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const gatewayAnalyses = analysis.gateways();
  const out = [];
  const unnamedText = unnamedGatewayConnections(ctx.inventory);
  for (let i = 0; i < ctx.inventory.gateways.length; i++) {
    const g = ctx.inventory.gateways[i];
    const ga = gatewayAnalyses[i];
    if (ga.idle.value === false)
      continue;
    if (ga.idle.value === null) {
      if (ga.conditional.length > 0) {
        out.push({ resource: g, actual: "connections that may not be deployed", expected: `at least one connection; undecided: ${ga.idle.reasons.join("; ")}`, status: "unknown" });
        continue;
      }
      const none = g.flavor === "vnet" && unnamedText ? `no connection in these files${unnamedText}` : "no connection in these files";
      if (ga.template)
        out.push({ resource: g, actual: none, expected: `at least one connection (${NOT_DECIDABLE} connect it)`, status: "unknown" });
      else
        out.push({ resource: g, actual: "connections that are not known", expected: `at least one connection; undecided: ${ga.idle.reasons.join("; ")}`, status: "unknown" });
      continue;
    }
    out.push({ resource: g, actual: "0 connections", expected: "at least one connection", costImpactUsd: deleteResourceImpact(costs, g, i), costImpactChange: "delete" });
  }
  return out;
};
var portUnused = (ctx) => {
  const costs = costsOf(ctx);
  const out = [];
  for (let i = 0; i < ctx.inventory.ports.length; i++) {
    const p = ctx.inventory.ports[i];
    const idle = portIdle(p);
    if (idle.value === false)
      continue;
    if (idle.why !== void 0) {
      out.push({ resource: p, actual: "circuits that are not known", expected: `at least one circuit; undecided: ${idle.why}`, status: "unknown" });
      continue;
    }
    if (idle.value === null) {
      out.push({ resource: p, actual: "no circuit in these files", expected: `at least one circuit (${NOT_DECIDABLE} create one on it)`, status: "unknown" });
      continue;
    }
    out.push({ resource: p, actual: "0 circuits", expected: "at least one circuit", costImpactUsd: deleteResourceImpact(costs, p, i), costImpactChange: "delete" });
  }
  return out;
};

// dist/rules/functions/billing.js
var twoDecimals = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
var money = (n, cost) => `${prefixOf(cost.priceCatalogue.currency)}${twoDecimals.format(n)}`;
var gb = (n) => `${Math.round(n).toLocaleString("en-US")} GB`;
var costAdvice = (ctx) => {
  const cost = costsOf(ctx);
  if (!cost)
    return [];
  const kind = String(ctx.params.kind ?? "");
  const fix = kind === "delete-unprovisioned" || kind === "delete-unused" ? "delete" : kind;
  const min = Number(ctx.params.minMonthlySavingsUsd ?? 0);
  const out = [];
  for (let i = 0; i < cost.costs.length; i++) {
    const c = cost.costs[i];
    const r = c.recommendation;
    if (!r || !(r.changes ?? [r.kind]).includes(kind)) {
      if (kind === "move-to-local") {
        const v = localUndecided(ctx, cost, i, min);
        if (v)
          out.push(v);
      }
      continue;
    }
    const impact = c.fixCosts?.[fix];
    const saving = impact === void 0 || impact === null ? null : -impact;
    if (saving !== null && saving < min)
      continue;
    const resource = circuitPricedAt(cost, i) ?? ctx.inventory.byKey.get(c.resourceId.toLowerCase());
    if (!resource)
      continue;
    const egress = c.egressSource === "none" ? "no declared egress" : `${gb(c.egressGbPerMonth)}/month (${c.egressSource})`;
    const step = r.required ? (r.changes ?? []).find((k) => k !== kind && (k === "add-premium" || k === "upgrade-from-local")) : void 0;
    const stepUsd = step ? c.fixCosts?.[step] : void 0;
    const compliant = step && typeof stepUsd === "number" && c.monthlyUsd.current !== null ? ` (${money(c.monthlyUsd.current + stepUsd, cost)}/month once it is ${r.tier}, as a finding requires)` : "";
    const alsoDrops = kind !== "remove-premium" && !r.required && (r.changes ?? []).includes("remove-premium");
    const together = alsoDrops ? `; with Premium dropped too, as advised, ${r.monthlySavingsUsd === null ? "an unknown amount" : money(r.monthlySavingsUsd, cost)}/month in all` : "";
    out.push({
      resource,
      actual: `${c.tier} ${c.billingModel} at ${money(c.monthlyUsd.current ?? 0, cost)}/month${c.priced === "partial" ? " (at least)" : ""}${compliant} with ${egress}${c.breakEvenGbPerMonth !== null ? ` against a break-even of ${gb(c.breakEvenGbPerMonth)}` : ""}`,
      expected: `${r.tier} ${r.billingModel}${r.bandwidthMbps ? ` ${r.bandwidthMbps / 1e3} Gbps` : ""}${r.requiresNewCircuit ? " (a new circuit)" : ""}${together}`,
      details: { savings: saving === null ? "an unknown amount" : money(saving, cost), reason: r.reason, zone: c.zone ?? "unknown", reach: LOCAL_REACH },
      costImpactUsd: impact ?? null,
      costImpactChange: fix
    });
  }
  return out;
};
var LOCAL_REACH = "every gateway it reaches is local to its peering location, and";
function localUndecided(ctx, cost, i, min) {
  const c = cost.costs[i];
  const r = c.recommendation;
  const impact = c.fixCosts?.["move-to-local"];
  if (typeof impact !== "number" || c.tier === "Local" || c.monthlyUsd.current === null)
    return void 0;
  const saving = -impact;
  if (saving < 0.01 || saving < min || r?.required || r && (r.kind === "delete-unused" || r.kind === "delete-unprovisioned"))
    return void 0;
  if (r && r.monthlySavingsUsd !== null && saving <= r.monthlySavingsUsd)
    return void 0;
  const resource = circuitPricedAt(cost, i) ?? ctx.inventory.byKey.get(c.resourceId.toLowerCase());
  if (!resource || resource.kind !== "circuit")
    return void 0;
  const ca = analysisOf(ctx).circuit(resource);
  if (ca.beingDeleted)
    return void 0;
  const suffices = ca.needs.localSuffices;
  if (suffices.value !== null)
    return void 0;
  const egress = c.egressSource === "none" ? "no declared egress" : `${gb(c.egressGbPerMonth)}/month (${c.egressSource})`;
  const bw = localBandwidthFor(c.bandwidthMbps);
  return {
    resource,
    actual: `${c.tier} ${c.billingModel} at ${money(c.monthlyUsd.current, cost)}/month${c.priced === "partial" ? " (at least)" : ""} with ${egress}${c.breakEvenGbPerMonth !== null ? ` against a break-even of ${gb(c.breakEvenGbPerMonth)}` : ""}`,
    expected: `Local UnlimitedData${bw ? ` ${bw / 1e3} Gbps` : ""} (a new circuit)`,
    details: { savings: money(saving, cost), reach: `whether every gateway it reaches is local to its peering location is undecided (${suffices.reasons.join("; ")}); if it is,`, zone: c.zone ?? "unknown" },
    status: "unknown"
  };
}
var OPEN_FIELD_NOTE = /^`(tier|skuName|billingModel|bandwidthMbps|peeringLocation)`/;
var NOT_KNOWN_NOTE = /is not known \(/;
var PORT_OUTSIDE_NOTE = /ExpressRoute Direct port, which is not in the inventory/;
var NOT_PRICED_NOTE = /not priced|not in|no catalogue price|no price/;
var isUndecidedNote = (n) => OPEN_FIELD_NOTE.test(n) || NOT_KNOWN_NOTE.test(n);
var isNotPricedNote = (n) => NOT_PRICED_NOTE.test(n);
var costUnpriced = (ctx) => {
  const cost = costsOf(ctx);
  if (!cost)
    return [];
  const out = [];
  for (let i = 0; i < cost.costs.length; i++) {
    const c = cost.costs[i];
    if (c.priced === "full" || c.monthlyUsdRange)
      continue;
    const resource = circuitPricedAt(cost, i) ?? ctx.inventory.byKey.get(c.resourceId.toLowerCase());
    if (!resource)
      continue;
    if (c.priced === "partial") {
      out.push({ resource, actual: `priced in part (${c.missing?.join(", ") ?? "some parts"} not priced, so ${money(c.monthlyUsd.current ?? 0, cost)} is a lower bound)`, expected: "every part of its cost in the price catalogue" });
      continue;
    }
    const undecided = (c.notes ?? []).find(isUndecidedNote);
    const portOutside = isTemplateResource(resource) && (c.notes ?? []).find((n) => PORT_OUTSIDE_NOTE.test(n));
    if (undecided || portOutside) {
      const why2 = undecided ?? `${portOutside} (not decidable from these files: the port may be deployed by another file)`;
      out.push({ resource, actual: why2, expected: "a peering location, tier and bandwidth in the price catalogue (undecided)", status: "unknown" });
      continue;
    }
    const why = (c.notes ?? []).find(isNotPricedNote) ?? "not priced";
    out.push({ resource, actual: why, expected: "a peering location, tier and bandwidth in the price catalogue" });
  }
  return out;
};

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
    const tagValue2 = tagKey ? c.tags[tagKey] : void 0;
    if (tagValue2 && accepted.includes(tagValue2.toLowerCase()))
      continue;
    const tagsWhy = tagValue2 === void 0 ? unknownReason(c, "tags") : void 0;
    const port = lookup(inventory, c.portKey, "port");
    const macsec = port !== void 0 && port.links.length > 0 && port.links.every((l) => l.macsec.cknSecretConfigured && l.macsec.cakSecretConfigured);
    if (acceptMacsec && macsec)
      continue;
    const macsecWhy = acceptMacsec && port ? port.links.map((l) => unknownReason(l, "macsec.cknSecretConfigured") ?? unknownReason(l, "macsec.cakSecretConfigured")).find((w) => w !== void 0) : void 0;
    out.push({
      resource: c,
      actual: `${c.isDirect ? port ? macsec ? "MACsec (not accepted by policy)" : macsecWhy ? `port ${port.name} whose links' MACsec is not known (${macsecWhy})` : `port ${port.name} without MACsec on every link` : "a Direct port outside the inventory" : "a provider circuit (MACsec not available)"}, ${tagsWhy ? `tag ${tag} not known (${tagsWhy})` : tagValue2 !== void 0 ? `tag ${tag}=${tagValue2}` : `no tag ${tag}`}`,
      expected: `${acceptMacsec ? "MACsec on every link of its Direct port, or " : ""}an IPsec overlay declared with tag ${tag} = ${accepted.join(" | ")}`,
      status: tagsWhy || macsecWhy || c.isDirect && !port && !tagValue2 ? "unknown" : "fail"
    });
  }
  return out;
};

// dist/rules/functions/hygiene.js
var failedProvisioning = ({ inventory }) => {
  const out = [];
  for (const list of [inventory.circuits, inventory.ports, inventory.gateways, inventory.connections]) {
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      const state = "provisioningState" in r ? r.provisioningState : void 0;
      if (!equalsLower(state, "failed"))
        continue;
      out.push({ resource: r, actual: `provisioningState ${state}`, expected: "provisioningState Succeeded" });
    }
  }
  return out;
};
var unusedAuthorizations = ({ inventory, params }) => {
  const max = numParam(params, "maxAvailable", 0, 0);
  const out = [];
  for (let i = 0; i < inventory.circuits.length; i++) {
    const c = inventory.circuits[i];
    const why = unknownReason(c, "authorizations");
    if (why !== void 0) {
      out.push({ resource: c, actual: "authorizations whose state is not known", expected: `at most ${max} authorization(s) in state Available; undecided: ${why}`, status: "unknown" });
      continue;
    }
    if (c.authorizations.length <= max)
      continue;
    const available = c.authorizations.filter((a) => a.useStatus?.toLowerCase() === "available");
    if (available.length > max) {
      out.push({ resource: c, actual: `${available.length} unredeemed authorization(s): ${available.map((a) => a.name).sort().join(", ")}`, expected: `at most ${max} authorization(s) in state Available` });
      continue;
    }
    const unsaid = c.authorizations.filter((a) => a.useStatus === void 0);
    if (available.length + unsaid.length > max)
      out.push({
        resource: c,
        actual: `${available.length} unredeemed authorization(s) and ${unsaid.length} whose state the input does not say (${unsaid.map((a) => a.name).sort().join(", ")}: no \`authorizationUseStatus\`)`,
        expected: `at most ${max} authorization(s) in state Available (undecided)`,
        status: "unknown"
      });
  }
  return out;
};
var UNDECIDED_STATUS = {
  unknown: "Azure reports the status as Unknown, so whether the connection carries traffic is not known",
  connecting: "Connecting is a transitional state: the connection was not connected when read, and whether it connects is not known"
};
var connectionConnected = ({ inventory }) => {
  const out = [];
  for (let i = 0; i < inventory.connections.length; i++) {
    const c = inventory.connections[i];
    if (c.flavor !== "vnet")
      continue;
    const status = c.connectionStatus;
    if (status === void 0)
      continue;
    const lower = status.toLowerCase();
    if (lower === "connected")
      continue;
    if (lower === "notconnected") {
      out.push({ resource: c, actual: status, expected: "Connected" });
      continue;
    }
    const why = UNDECIDED_STATUS[lower] ?? `"${status}" is none of the statuses Azure documents (Unknown, Connecting, Connected, NotConnected), so erscan cannot read it as Connected`;
    out.push({ resource: c, actual: status, expected: `Connected (undecided: ${why})`, status: "unknown" });
  }
  return out;
};

// dist/rules/functions/geography.js
var where = (g) => `${g.name} (${g.location ?? "unknown region"})`;
var inferredNote = (a) => a.reach.inferredGeo ? " (geopolitical region inferred: not in Microsoft's 2024 table)" : "";
var tierUnknown = (a) => a.unknown.tier ?? a.unknown.skuName;
function placeOf(a) {
  const geo = a.reach.geopolitical ?? "unknown geopolitical region";
  if (a.location?.directPort)
    return `at ${a.location.directPort.name} (${a.location.name}, ${geo})`;
  if (a.locationName)
    return `at ${a.locationName} (${geo})`;
  if (a.unknown.peeringLocation)
    return "at a peering location that is not known";
  if (a.circuit.isDirect && !a.port)
    return "on an ExpressRoute Direct port that is not in the inventory";
  return "with no peering location";
}
function carriesOf(a) {
  const n = a.carries.vnetLinks;
  const gr = a.carries.globalReachLinks;
  const gws = [...new Set(a.reach.gateways.map((g) => g.location ?? "?"))].sort();
  const grText = a.unknown.globalReach ? "Global Reach connections not known" : gr === 0 ? "no Global Reach connection" : `${gr} Global Reach connection(s)`;
  const typeOpen = typeOpenConnections(a);
  const counted = n === 0 ? typeOpen.length > 0 ? "" : "no connection" : `${n} connection(s)`;
  const open = typeOpen.map(typeOpenText).join(", ");
  const links = `${counted}${gws.length ? ` to gateways in ${gws.join(", ")}` : ""}${counted && open ? ", " : ""}${open} and ${grText}`;
  return `with ${links}${a.template ? " in these files" : a.carries.hidden.length > 0 ? " in the scanned scopes" : ""}`;
}
var premiumWithoutNeed = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const analyses = analysis.circuits();
  const out = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    const a = analyses[i];
    if (a.tier !== "Premium")
      continue;
    if (a.beingDeleted)
      continue;
    const need = a.needs.premium;
    if (need.verdict === "needed" || need.verdict === "possible")
      continue;
    const grOpen = a.unknown.globalReach !== void 0 || a.reach.globalReach.some((l) => l.crossGeo === null) || a.reach.inboundGlobalReach.some((l) => l.crossGeo === null);
    const actual = `Premium ${placeOf(a)} ${carriesOf(a)}, ${a.unknown.peerings ? "no Microsoft peering known" : "no Microsoft peering"} and ${grOpen ? "cross-region Global Reach not known" : "no cross-region Global Reach"}`;
    if (need.verdict === "undecided") {
      out.push({ resource: c, actual, expected: `Standard unless a Premium feature is in use; undecided: ${need.reasons.join("; ")}`, status: "unknown" });
      continue;
    }
    out.push({
      resource: c,
      actual,
      expected: "Standard, unless the private peering advertises more than 4,000 routes (not visible in the inventory)",
      costImpactUsd: circuitFixImpact(costs, c, "remove-premium", i),
      costImpactChange: "remove-premium"
    });
  }
  return out;
};
var premiumRequiredForReach = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const analyses = analysis.circuits();
  const out = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    const a = analyses[i];
    const r = a.reach;
    const grOpen = a.unknown.globalReach !== void 0;
    const crossGeoGlobalReach = grOpen ? [] : r.crossGeoGlobalReach;
    if (r.crossGeo.length === 0 && crossGeoGlobalReach.length === 0) {
      if (a.tier !== "Standard" && tierUnknown(a) === void 0)
        continue;
      if (r.gateways.length === 0 && r.globalReach.length === 0 && r.inboundGlobalReach.length === 0 && c.gatewayKeys.length === 0 && !grOpen)
        continue;
      const open = reachUndecidedReasons(a);
      if (open.length === 0)
        continue;
      const unknownTier2 = tierUnknown(a);
      out.push({
        resource: c,
        actual: `${a.tier === "Standard" ? "Standard circuit" : "circuit"} ${placeOf(a)} ${carriesOf(a)}`,
        expected: `Premium, or connections only within ${r.geopolitical ?? "its geopolitical region"}; undecided: ${[...unknownTier2 !== void 0 ? [notKnown("tier", unknownTier2)] : [], ...open].join("; ")}`,
        status: "unknown"
      });
      continue;
    }
    const parts = [
      ...r.crossGeo.length ? [`connected to gateway(s) ${r.crossGeo.map(where).join(", ")} outside ${r.geopolitical}`] : [],
      ...crossGeoGlobalReach.length ? [`with Global Reach to ${crossGeoGlobalReach.map((p) => `${p.name} (${p.peeringLocation ? locationLabel(p.peeringLocation, cloudOfRegion(p.location)) : "?"})`).join(", ")} outside ${r.geopolitical}`] : []
    ];
    const unknownTier = tierUnknown(a);
    if (unknownTier !== void 0) {
      out.push({ resource: c, actual: `circuit at ${a.locationLabel} ${parts.join("; ")}${inferredNote(a)}`, expected: `Premium, or connections only within ${r.geopolitical}; undecided: ${notKnown("tier", unknownTier)}`, status: "unknown" });
      continue;
    }
    if (a.tier !== "Standard")
      continue;
    out.push({
      resource: c,
      actual: `Standard circuit at ${a.locationLabel} ${parts.join("; ")}${inferredNote(a)}`,
      expected: `Premium, or connections only within ${r.geopolitical}`,
      costImpactUsd: circuitFixImpact(costs, c, "add-premium", i),
      costImpactChange: "add-premium"
    });
  }
  return out;
};
var localCircuitReach = (ctx) => {
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const analyses = analysis.circuits();
  const out = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    const a = analyses[i];
    if (a.tier !== "Local")
      continue;
    const b = a.needs.beyondLocal;
    if (b.value === false)
      continue;
    const loc = a.location;
    if (b.value === null) {
      if (a.reach.gateways.length > 0 || a.unknown.globalReachEnabled || a.unknown.globalReach)
        out.push({ resource: c, actual: loc ? a.reach.gateways.length > 0 ? `connected to gateways whose Local reach is undecided` : "Global Reach not known" : a.locationName ? `at ${a.locationName}: ${unknownLocationReason(a.locationName, c.isDirect === true, cloudOfRegion(c.location))}` : placeOf(a), expected: `gateways only in the Azure regions local to the peering location; undecided: ${b.reasons.join("; ")}`, status: "unknown" });
      continue;
    }
    const local = loc && loc.localRegionNames.length ? loc.localRegionNames.join(", ") : "none (Local is not offered there)";
    const tier = a.needs.requiredTier ?? "Standard";
    const open = tier === "Standard" && a.needs.premium.verdict === "undecided" ? reachUndecidedReasons(a) : [];
    out.push({
      resource: c,
      actual: b.reasons.join("; "),
      expected: `gateways only in the regions local to ${loc?.label ?? a.locationName}: ${local}; no Global Reach (or upgrade to ${open.length > 0 ? `at least ${tier} (Premium too if it reaches beyond its geopolitical region; undecided: ${open.join("; ")})` : tier}, which Azure allows in place with the Unlimited plan)`,
      costImpactUsd: circuitFixImpact(costs, c, "upgrade-from-local", i),
      costImpactChange: "upgrade-from-local"
    });
  }
  return out;
};

// dist/rules/functions/bgp.js
var IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
function parseIpv4(s) {
  const m = IPV4.exec(s);
  if (!m)
    return void 0;
  let v = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255)
      return void 0;
    v = v * 256 + octet;
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
function digitAt(s, i) {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}
var INVALID = "invalid";
var NOT_PLAIN = -1;
var BAD_PREFIX = -2;
function ipv4Plain(s) {
  let i = 0;
  let v4 = 0;
  for (let part = 0; part < 5; part++) {
    let n = 0;
    const start = i;
    for (let d = digitAt(s, i); d >= 0 && i - start < 3; d = digitAt(s, ++i))
      n = n * 10 + d;
    if (i === start || digitAt(s, i) >= 0)
      return NOT_PLAIN;
    if (part < 4) {
      if (n > 255 || s.charCodeAt(i) !== (part < 3 ? 46 : 47))
        return NOT_PLAIN;
      v4 = v4 * 256 + n;
      i++;
    } else {
      if (i !== s.length)
        return NOT_PLAIN;
      if (n > 32)
        return BAD_PREFIX;
      const size = 2 ** (32 - n);
      return Math.floor(v4 / size) * size * 64 + n;
    }
  }
  return NOT_PLAIN;
}
var plainFirst = (e) => (e - e % 64) / 64;
var plainLast = (e) => plainFirst(e) + 2 ** (32 - e % 64) - 1;
function ipv4Span(s) {
  const e = ipv4Plain(s);
  if (e === NOT_PLAIN)
    return void 0;
  if (e === BAD_PREFIX)
    return INVALID;
  return { family: 4, first: plainFirst(e), last: plainLast(e) };
}
function parseSpan(cidr) {
  const plain = ipv4Span(cidr);
  if (plain)
    return plain === INVALID ? void 0 : plain;
  const m = /^([^/]+)\/(\d{1,3})$/.exec(cidr.trim());
  if (!m)
    return void 0;
  const len = Number(m[2]);
  const v4 = parseIpv4(m[1]);
  if (v4 !== void 0) {
    if (len > 32)
      return void 0;
    const size2 = 2 ** (32 - len);
    const first2 = Math.floor(v4 / size2) * size2;
    return { family: 4, first: first2, last: first2 + size2 - 1 };
  }
  const v6 = parseIpv6(m[1]);
  if (v6 === void 0 || len > 128)
    return void 0;
  const size = 1n << BigInt(128 - len);
  const first = v6 / size * size;
  return { family: 6, first, last: first + size - 1n };
}
function addSubnets(subnets, p) {
  addSubnet(subnets, p, "primary", p.primaryPeerAddressPrefix);
  addSubnet(subnets, p, "secondary", p.secondaryPeerAddressPrefix);
  if (!p.ipv6)
    return;
  addSubnet(subnets, p, "IPv6 primary", p.ipv6.primaryPeerAddressPrefix);
  addSubnet(subnets, p, "IPv6 secondary", p.ipv6.secondaryPeerAddressPrefix);
}
function addSubnet(subnets, peering, which, cidr) {
  if (!cidr)
    return;
  const i = subnets.n++;
  subnets.peering[i] = peering;
  subnets.which[i] = which;
  subnets.cidr[i] = cidr;
  const plain = ipv4Plain(cidr);
  if (plain >= 0) {
    subnets.family[i] = 4;
    subnets.first[i] = plainFirst(plain);
    subnets.last[i] = plainLast(plain);
    return;
  }
  const span = plain === NOT_PLAIN ? parseSpan(cidr) : void 0;
  subnets.family[i] = span ? span.family : 0;
  subnets.first[i] = span ? span.first : 0;
  subnets.last[i] = span ? span.last : 0;
}
var labelOf = (subnets, i) => `${subnets.peering[i].name} ${subnets.which[i]}`;
function rowsOverlap(subnets, i, j) {
  const f = subnets.family[i];
  return f !== 0 && f === subnets.family[j] && subnets.first[i] <= subnets.last[j] && subnets.first[j] <= subnets.last[i];
}
var peeringPrefixesDistinct = ({ inventory }) => {
  const out = [];
  const subnets = { n: 0, peering: [], which: [], cidr: [], family: [], first: [], last: [] };
  const flagged = [];
  const circuits = inventory.circuits;
  for (let c = 0; c < circuits.length; c++) {
    const peerings = circuits[c].peerings;
    subnets.n = 0;
    flagged.length = 0;
    for (let k = 0; k < peerings.length; k++)
      addSubnets(subnets, peerings[k]);
    const n = subnets.n;
    for (let i = 0; i < n; i++) {
      if (subnets.family[i] !== 0)
        continue;
      const p = subnets.peering[i];
      if (!flagged.includes(p.key))
        flagged.push(p.key);
      out.push({ resource: p, actual: `${labelOf(subnets, i)} subnet ${subnets.cidr[i]} is not a valid CIDR`, expected: "a valid IPv4 /30 or IPv6 /126 subnet" });
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (!rowsOverlap(subnets, i, j))
          continue;
        const b = subnets.peering[j];
        if (flagged.includes(b.key))
          continue;
        flagged.push(b.key);
        out.push({ resource: b, actual: `${labelOf(subnets, j)} subnet ${subnets.cidr[j]} overlaps ${labelOf(subnets, i)} subnet ${subnets.cidr[i]}`, expected: "distinct, non-overlapping primary and secondary subnets" });
      }
    }
  }
  return out;
};
var peeringMd5Configured = ({ inventory, params }) => {
  const types = listParam(params, "peeringTypes", ["AzurePrivatePeering", "MicrosoftPeering"]).map((t) => t.toLowerCase());
  const out = [];
  const circuits = inventory.circuits;
  for (let i = 0; i < circuits.length; i++) {
    const c = circuits[i];
    for (let j = 0; j < c.peerings.length; j++) {
      const p = c.peerings[j];
      if (!p.peeringType || !types.includes(p.peeringType.toLowerCase()))
        continue;
      if (p.sharedKeyConfigured === true)
        continue;
      const expected = "an MD5 shared key on both BGP sessions";
      if (p.sharedKeyConfigured === false) {
        out.push({ resource: p, actual: "not configured (sharedKey is empty)", expected });
      } else if (isUnknown(p, "sharedKeyConfigured")) {
        out.push({ resource: p, actual: `not known here (${unknownReason(p, "sharedKeyConfigured")})`, expected, status: "unknown" });
      } else if (isTemplateResource(p)) {
        out.push({ resource: p, actual: "not configured (the template sets no sharedKey)", expected });
      } else {
        out.push({ resource: p, actual: "not visible in this input (Resource Graph and ARM reads may omit sharedKey)", expected, status: "unknown" });
      }
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
  const circuits = inventory.circuits;
  for (let i = 0; i < circuits.length; i++) {
    const c = circuits[i];
    for (let j = 0; j < c.peerings.length; j++) {
      const p = c.peerings[j];
      if (p.vlanId === void 0) {
        if (isUnknown(p, "vlanId"))
          flag({ resource: p, actual: unknownReason(p, "vlanId"), expected: "a VLAN id from 1 to 4094", status: "unknown" });
        else
          flag({ resource: p, actual: "no VLAN id", expected: "a VLAN id from 1 to 4094" });
      } else if (!Number.isInteger(p.vlanId) || p.vlanId < 1 || p.vlanId > 4094)
        flag({ resource: p, actual: `VLAN ${p.vlanId}`, expected: "a VLAN id from 1 to 4094" });
    }
    flagSharedVlans(c.peerings, (p, first) => flag({ resource: p, actual: `VLAN ${String(first.vlanId)}, also used by ${first.name} of circuit ${c.name}`, expected: "a VLAN id unique among the peerings of the circuit" }));
  }
  for (const port of inventory.ports) {
    const encapsulationWhy = port.encapsulation === void 0 ? unknownReason(port, "encapsulation") : void 0;
    if (port.encapsulation?.toLowerCase() !== "dot1q" && encapsulationWhy === void 0)
      continue;
    const peerings = circuitsOfPort(inventory, port).flatMap((c) => c.peerings).sort((a, b) => compareText(a.circuitName, b.circuitName) || compareText(a.circuitKey, b.circuitKey) || byNameThenKey(a, b));
    for (const [vlan, ps] of groupBy(peerings, (p) => p.vlanId !== void 0 ? String(p.vlanId) : void 0)) {
      if (ps.length < 2)
        continue;
      for (const p of ps.slice(1)) {
        if (p.circuitKey === ps[0].circuitKey)
          continue;
        if (encapsulationWhy !== void 0)
          flag({ resource: p, actual: `VLAN ${vlan}, also used by ${ps[0].circuitName}/${ps[0].name} on port ${port.name}`, expected: `a VLAN id unique across the circuits of the port if it is Dot1Q; undecided: ${encapsulationWhy}`, status: "unknown" });
        else
          flag({ resource: p, actual: `VLAN ${vlan}, also used by ${ps[0].circuitName}/${ps[0].name} on Dot1Q port ${port.name}`, expected: "a VLAN id unique across the circuits of a Dot1Q ExpressRoute Direct port" });
      }
    }
  }
  return out;
};
function sameVlan(a, b) {
  if (a === b)
    return true;
  if (typeof a === "number" && typeof b === "number")
    return a !== a && b !== b;
  return String(a) === String(b);
}
function flagSharedVlans(peerings, also) {
  const n = peerings.length;
  for (let i = 0; i < n; i++) {
    const head = peerings[i];
    if (head.vlanId === void 0)
      continue;
    let earlier = false;
    for (let k = 0; k < i && !earlier; k++)
      earlier = peerings[k].vlanId !== void 0 && sameVlan(peerings[k].vlanId, head.vlanId);
    if (earlier)
      continue;
    for (let j = i + 1; j < n; j++)
      if (peerings[j].vlanId !== void 0 && sameVlan(peerings[j].vlanId, head.vlanId))
        also(peerings[j], head);
  }
}
function isPrivateAsn(asn) {
  return asn >= 64512 && asn <= 65534 || asn >= 42e8 && asn <= 4294967294;
}
var PEER_ASN = ["peerASN"];
var V4_SUBNETS = ["primaryPeerAddressPrefix", "secondaryPeerAddressPrefix"];
var FAMILIES = [
  { label: "", state: (p) => p.microsoftPeeringConfig?.advertisedPublicPrefixesState, fields: ["microsoftPeeringConfig", "microsoftPeeringConfig.advertisedPublicPrefixesState"] },
  { label: "IPv6 ", state: (p) => p.ipv6?.microsoftPeeringConfig?.advertisedPublicPrefixesState, fields: ["ipv6", "ipv6.microsoftPeeringConfig", "ipv6.microsoftPeeringConfig.advertisedPublicPrefixesState"] }
];
var microsoftPeeringAsn = ({ inventory, params }) => {
  const acceptValidated = params.acceptValidatedPrivateAsn !== false;
  const out = [];
  const circuits = inventory.circuits;
  for (let i = 0; i < circuits.length; i++) {
    const c = circuits[i];
    for (let j = 0; j < c.peerings.length; j++) {
      const p = c.peerings[j];
      if (!equalsLower(p.peeringType, "microsoftpeering"))
        continue;
      const asnUnknown = firstUnknown(p, PEER_ASN);
      if (asnUnknown) {
        out.push({ resource: p, actual: `a peer ASN that is not known here (${asnUnknown.reason})`, expected: "a public ASN, or a private one whose prefixes Microsoft validated", status: "unknown" });
        continue;
      }
      if (p.peerASN === void 0 || !isPrivateAsn(p.peerASN))
        continue;
      if (!acceptValidated) {
        out.push({ resource: p, actual: `private ASN ${p.peerASN}`, expected: "a public ASN (policy: acceptValidatedPrivateAsn is false, so a manually validated private ASN does not count)" });
        continue;
      }
      const ipv6Only = p.primaryPeerAddressPrefix === void 0 && p.secondaryPeerAddressPrefix === void 0 && p.ipv6 !== void 0 && firstUnknown(p, V4_SUBNETS) === void 0;
      const failed = [];
      const open = [];
      for (const fam of FAMILIES) {
        if (fam.label === "" ? ipv6Only : p.ipv6 === void 0 && !isUnknown(p, "ipv6"))
          continue;
        const state = fam.state(p);
        if (state?.toLowerCase() === "configured")
          continue;
        const unknown = state === void 0 ? firstUnknown(p, fam.fields) : void 0;
        if (unknown)
          open.push(`${fam.label}advertised public prefixes whose validation state is not known here (${unknown.reason})`);
        else if (state === void 0 && isTemplateResource(p))
          open.push(`${fam.label}advertised public prefixes whose validation state is only known once deployed`);
        else
          failed.push(`${fam.label}advertised public prefixes ${state ? `in state ${state}` : "in no reported state"}`);
      }
      if (failed.length === 0 && open.length === 0)
        continue;
      out.push({
        resource: p,
        actual: `private ASN ${p.peerASN} with ${(failed.length > 0 ? failed : open).join(" and ")}`,
        expected: "a public ASN registered for the prefixes, or the private ASN with its prefixes validated manually by Microsoft (advertisedPublicPrefixesState Configured)",
        ...failed.length === 0 ? { status: "unknown" } : {}
      });
    }
  }
  return out;
};

// dist/rules/functions/sku.js
function gatewayCapacityMbps(g) {
  const units = g.maxScaleUnits ?? g.minScaleUnits;
  if (g.flavor === "vwan")
    return units !== void 0 ? units * 2e3 : void 0;
  const sku = lc(g.skuName);
  if (sku === "ergwscale")
    return units !== void 0 ? units * SCALE_UNIT_MBPS : void 0;
  return sku === void 0 ? void 0 : FIXED_SKU_MBPS.get(sku);
}
var fmtMbps = (m) => m >= 1e3 ? `${m / 1e3} Gbps` : `${m} Mbps`;
function reachWithoutMaximumMbps(g) {
  if (g.maxScaleUnits !== void 0 || g.minScaleUnits === void 0 || firstUnknown(g, ["maxScaleUnits"]))
    return void 0;
  if (g.flavor === "vwan")
    return 2e4;
  return lc(g.skuName) === "ergwscale" ? 4e4 : void 0;
}
var GATEWAY_SIZE_FIELDS = ["skuName", "maxScaleUnits", "minScaleUnits"];
var BANDWIDTH_FIELDS = ["bandwidthMbps", "bandwidthGbps"];
var FASTPATH_MIN_SCALE_UNITS = 10;
var VWAN_FASTPATH_MIN_SCALE_UNITS = 5;
function fastPathRefusal(g, c) {
  if (g.flavor === "vwan") {
    if (c.isDirect === true && (g.minScaleUnits ?? 0) >= VWAN_FASTPATH_MIN_SCALE_UNITS)
      return void 0;
    return `a Virtual WAN hub gateway applies it only to ExpressRoute Direct circuits on a gateway of at least ${VWAN_FASTPATH_MIN_SCALE_UNITS} scale units${c.isDirect ? "" : ` and ${c.name} is a provider circuit`}`;
  }
  return vnetFastPathRefusal(g);
}
function vnetFastPathRefusal(g) {
  const sku = lc(g.skuName);
  if (sku === "ultraperformance" || sku === "ergw3az")
    return void 0;
  if (sku === "ergwscale")
    return (g.minScaleUnits ?? 0) >= FASTPATH_MIN_SCALE_UNITS ? void 0 : `an ErGwScale gateway supports it only with at least ${FASTPATH_MIN_SCALE_UNITS} scale units`;
  return "this SKU does not support it";
}
function fastPathOn(g, conn) {
  if (conn.fastPath === true)
    return true;
  return g.flavor === "vwan" && conn.fastPath === void 0 && !firstUnknown(conn, ["fastPath"]);
}
function circuitsThroughGateway(rel, g, surely = false) {
  const conns = rel.connections;
  const out = [];
  for (let i = 0; i < rel.known.length; i++) {
    const c = rel.known[i];
    const honoured = fastPathRefusal(g, c) === void 0;
    for (let j = 0; j < conns.length; j++)
      if (conns[j].circuitKey === c.key && (!fastPathOn(g, conns[j]) || !honoured) && !(surely && honoured && firstUnknown(conns[j], ["fastPath"]))) {
        out.push(c);
        break;
      }
  }
  return out;
}
function outsideBypassGateway(inv, rel, g) {
  if (g.flavor !== "vnet" || vnetFastPathRefusal(g) !== void 0)
    return false;
  let n = 0;
  for (let j = 0; j < rel.connections.length; j++) {
    const conn = rel.connections[j];
    if (conn.circuitKey !== void 0 && lookup(inv, conn.circuitKey, "circuit"))
      continue;
    if (conn.fastPath !== true)
      return false;
    n++;
  }
  return n >= rel.outside;
}
function fastPathOpenTo(rel, c) {
  for (let j = 0; j < rel.connections.length; j++) {
    const open = rel.connections[j].circuitKey === c.key ? firstUnknown(rel.connections[j], ["fastPath"]) : void 0;
    if (open)
      return { name: rel.connections[j].name, reason: open.reason };
  }
  return void 0;
}
function usesFastPath(rel, c) {
  for (let j = 0; j < rel.connections.length; j++)
    if (rel.connections[j].circuitKey === c.key && rel.connections[j].fastPath === true)
      return true;
  return false;
}
function largestCircuit(circuits) {
  let best;
  for (let i = 0; i < circuits.length; i++) {
    const c = circuits[i];
    if (c.bandwidthMbps === void 0)
      continue;
    if (!best || (best.bandwidthMbps - c.bandwidthMbps || compareText(c.name, best.name)) < 0)
      best = c;
  }
  return best;
}
function firstBandwidthUnknown(circuits) {
  for (let i = 0; i < circuits.length; i++) {
    const c = circuits[i];
    const u = firstUnknown(c, BANDWIDTH_FIELDS);
    if (u)
      return { c, u };
  }
  return void 0;
}
var throughputVerdicts = /* @__PURE__ */ new WeakMap();
function throughputVerdictsOf(inventory) {
  let t = throughputVerdicts.get(inventory);
  if (!t)
    throughputVerdicts.set(inventory, t = checkThroughput(inventory));
  return t;
}
function gatewayFixOf(ctx, g, at) {
  const capacity = gatewayCapacityMbps(g);
  if (capacity === void 0 || g.flavor !== "vnet")
    return void 0;
  if (analysisOf(ctx).gateways()[at]?.idle.value === true) {
    const usd = deleteResourceImpact(costsOf(ctx), g, at);
    return { usd, basis: "the gateway has no connection: deleting it (ERS-COST-005) settles its SKU", change: "delete" };
  }
  const need = throughputVerdictsOf(ctx.inventory).needMbps[at];
  const zoneRedundant = !g.extendedLocation && !firstUnknown(g, ["skuName"]) && !isZoneRedundantSku(g.skuName);
  const mbps = Math.max(capacity, need ?? 0);
  const target = zoneRedundant ? migrationTargetOf(ctx.inventory, g, mbps) : void 0;
  if (target)
    return {
      usd: pricingInputsOf(ctx) ? deleteResourceImpact(costsOf(ctx), g, at) : void 0,
      basis: `finish the gateway migration to ${target.name} (${target.skuName}, zone-redundant, in the same virtual network): move the connections to it and delete ${g.name} (${GATEWAY_MIGRATION})`,
      change: "delete",
      migrateTo: target
    };
  return gatewayFix(g, { zoneRedundant, mbps }, costsOf(ctx), pricingInputsOf(ctx), at);
}
var GATEWAY_MIGRATION = "https://learn.microsoft.com/azure/expressroute/gateway-migration";
var gatewaysByNetwork = /* @__PURE__ */ new WeakMap();
function migrationTargetOf(inventory, g, mbps) {
  if (g.flavor !== "vnet" || g.networkKey === void 0 || isUnknown(g, "networkKey") || isTemplateResource(g))
    return void 0;
  let by = gatewaysByNetwork.get(inventory);
  if (!by) {
    by = /* @__PURE__ */ new Map();
    for (const x of inventory.gateways) {
      if (x.flavor !== "vnet" || x.networkKey === void 0 || isUnknown(x, "networkKey") || isTemplateResource(x))
        continue;
      const list = by.get(x.networkKey);
      if (list)
        list.push(x);
      else
        by.set(x.networkKey, [x]);
    }
    gatewaysByNetwork.set(inventory, by);
  }
  for (const o of by.get(g.networkKey) ?? []) {
    if (o === g || firstUnknown(o, ["skuName"]) || !isZoneRedundantSku(o.skuName))
      continue;
    const state = lc(o.provisioningState);
    if (state === "deleting" || state === "failed")
      continue;
    const carries = gatewayCapacityMbps(o);
    if (carries === void 0 || carries < mbps)
      continue;
    return o;
  }
  return void 0;
}
var gatewayThroughputForCircuits = (ctx) => {
  const t = throughputVerdictsOf(ctx.inventory);
  const out = [];
  for (const { v, at } of t.out) {
    const x = { ...v };
    if (t.needMbps[at] !== void 0) {
      const fix = gatewayFixOf(ctx, ctx.inventory.gateways[at], at);
      if (fix && fix.usd !== void 0) {
        x.costImpactUsd = fix.usd;
        x.costImpactChange = fix.change;
      }
      if (fix?.migrateTo) {
        x.keeps = [fix.migrateTo.key];
        x.costImpactChange = "delete";
      }
    }
    out.push(x);
  }
  return out;
};
function checkThroughput(inventory) {
  const rels = gatewayRelationsOf(inventory);
  const out = [];
  const needMbps = new Array(inventory.gateways.length).fill(void 0);
  const push = (at, v) => out.push({ v, at });
  for (let i = 0; i < inventory.gateways.length; i++) {
    const g = inventory.gateways[i];
    const capacity = gatewayCapacityMbps(g);
    const viaGateway = circuitsThroughGateway(rels[i], g);
    const biggest = largestCircuit(viaGateway);
    const gwUnknown = firstUnknown(g, GATEWAY_SIZE_FIELDS);
    const bwUnknown = firstBandwidthUnknown(viaGateway);
    const beyond = isTemplateResource(g) ? "these files" : "the inventory";
    if (capacity === void 0) {
      const away = rels[i].outside > 0 ? `${rels[i].outside} circuit(s) outside ${beyond}` : "";
      if (gwUnknown && (viaGateway.length > 0 || away))
        push(i, { resource: g, actual: `connected to ${[viaGateway.length > 0 ? nameList(viaGateway) : "", away].filter(Boolean).join(" and ")}`, expected: `a gateway SKU that carries the circuits behind it; undecided: ${notKnown(gwUnknown.field, gwUnknown.reason)}`, status: "unknown" });
      continue;
    }
    if (bwUnknown && (!biggest || biggest.bandwidthMbps <= capacity)) {
      push(i, { resource: g, actual: `${g.skuName ?? "unknown SKU"}, about ${fmtMbps(capacity)}, connected to ${bwUnknown.c.name}`, expected: `a gateway SKU that carries ${bwUnknown.c.name}; undecided: ${notKnown(bwUnknown.u.field, bwUnknown.u.reason, bwUnknown.c.name)}`, status: "unknown" });
      continue;
    }
    if (!biggest || biggest.bandwidthMbps <= capacity) {
      const unread = unreadCount(g);
      if (unread > 0) {
        push(i, {
          resource: g,
          actual: `${g.skuName ?? "unknown SKU"}, about ${fmtMbps(capacity)}${biggest ? `, connected to ${biggest.name} at ${fmtMbps(biggest.bandwidthMbps)}` : ""}, and ${unreadText(g)}`,
          expected: "a gateway SKU that carries the circuits behind it; undecided: the circuits of those connections, and their bandwidth, are not known",
          status: "unknown"
        });
        continue;
      }
      const listOpen = connectionListOpen(g);
      if (listOpen !== void 0) {
        push(i, {
          resource: g,
          actual: `${g.skuName ?? "unknown SKU"}, about ${fmtMbps(capacity)}, connected to ${biggest ? `${biggest.name} at ${fmtMbps(biggest.bandwidthMbps)} and to ` : ""}the circuits of connections that are not known`,
          expected: `a gateway SKU that carries the circuits behind it; undecided: ${notKnown("connectionKeys", listOpen)}`,
          status: "unknown"
        });
        continue;
      }
      const outside = rels[i].outside;
      if (outside > 0 && !outsideBypassGateway(inventory, rels[i], g))
        push(i, {
          resource: g,
          actual: `${g.skuName ?? "unknown SKU"}, about ${fmtMbps(capacity)}, connected to ${outside} circuit(s) outside ${beyond}${biggest ? ` and to ${biggest.name} at ${fmtMbps(biggest.bandwidthMbps)}` : ""}`,
          expected: `a gateway SKU that carries the circuits behind it; undecided: the bandwidth of the circuit(s) outside ${beyond} is not known`,
          status: "unknown"
        });
      continue;
    }
    const surely = largestCircuit(circuitsThroughGateway(rels[i], g, true));
    if (!surely || surely.bandwidthMbps <= capacity) {
      const open = fastPathOpenTo(rels[i], biggest);
      push(i, {
        resource: g,
        actual: `${g.skuName ?? "unknown SKU"}, about ${fmtMbps(capacity)}, connected to ${biggest.name} at ${fmtMbps(biggest.bandwidthMbps)}`,
        expected: `a gateway SKU that carries at least ${fmtMbps(biggest.bandwidthMbps)}, or FastPath on the connection; undecided: ${notKnown("fastPath", open.reason, `connection ${open.name}`)}`,
        status: "unknown"
      });
      continue;
    }
    const big = surely;
    const reach = reachWithoutMaximumMbps(g);
    if (reach !== void 0 && big.bandwidthMbps <= reach) {
      push(i, {
        resource: g,
        actual: `${g.skuName ?? "unknown SKU"} with a minimum of ${g.minScaleUnits} scale unit(s) (about ${fmtMbps(capacity)}) and no maximum set, connected to ${big.name} at ${fmtMbps(big.bandwidthMbps)}`,
        expected: `a gateway that carries at least ${fmtMbps(big.bandwidthMbps)}; undecided: the gateway does not set \`autoScaleConfiguration.bounds.max\`, and whether it scales above its minimum then is not documented`,
        status: "unknown"
      });
      continue;
    }
    const refusal = fastPathRefusal(g, big);
    const honoured = refusal === void 0;
    needMbps[i] = big.bandwidthMbps;
    const v = {
      resource: g,
      actual: `${g.skuName ?? "unknown SKU"}${g.minScaleUnits !== void 0 || g.maxScaleUnits !== void 0 ? ` (${g.minScaleUnits ?? "?"}\u2013${g.maxScaleUnits ?? "?"} scale units)` : ""}, about ${fmtMbps(capacity)}${reach !== void 0 ? ` (at most ${fmtMbps(reach)} whatever its maximum)` : ""}, connected to ${big.name} at ${fmtMbps(big.bandwidthMbps)}${refusal !== void 0 && usesFastPath(rels[i], big) ? ` (FastPath is on, but ${refusal}: the traffic still goes through the gateway)` : ""}`,
      // FastPath is an alternative only where the gateway supports it for this circuit (about-fastpath.md; Virtual WAN:
      // Direct circuits, 5 scale units); on a VNet gateway ERS-SKU-007 would flag it elsewhere.
      expected: `a gateway SKU that carries at least ${fmtMbps(big.bandwidthMbps)}${honoured ? " (or FastPath on the connection)" : ""}`,
      details: { capacityMbps: capacity, circuit: big.name, circuitMbps: big.bandwidthMbps }
    };
    out.push({ v, at: i });
  }
  return { out, needMbps };
}
function onProviderCircuit(inv, c) {
  const circuit = c.circuitKey === void 0 ? void 0 : lookup(inv, c.circuitKey, "circuit");
  return circuit !== void 0 && circuit.isDirect === false && !firstUnknown(circuit, ["isDirect", "portKey"]);
}
var fastPathSupported = ({ inventory, params }) => {
  const minUnits = numParam(params, "minScaleUnits", 10, 1);
  const gateways = connectionGatewaysOf(inventory);
  const out = [];
  for (let i = 0; i < inventory.connections.length; i++) {
    const c = inventory.connections[i];
    const fastPathOpen = firstUnknown(c, ["fastPath"]);
    const privateLinkUnset = firstUnknown(c, ["privateLinkFastPath"]);
    const privateLinkOpen = privateLinkUnset && !onProviderCircuit(inventory, c) ? privateLinkUnset : void 0;
    if ((c.privateLinkFastPath === true || privateLinkOpen) && c.fastPath !== true) {
      if (c.privateLinkFastPath === true && !fastPathOpen) {
        out.push({ resource: c, actual: "Private Link FastPath enabled without FastPath", expected: "FastPath (expressRouteGatewayBypass) enabled whenever Private Link FastPath is" });
        continue;
      }
      const open = fastPathOpen ?? privateLinkOpen;
      out.push({
        resource: c,
        actual: `Private Link FastPath ${privateLinkOpen ? "perhaps " : ""}enabled, FastPath ${fastPathOpen ? "not known" : "off"}`,
        expected: `FastPath (expressRouteGatewayBypass) enabled whenever Private Link FastPath is; undecided: ${notKnown(open.field, open.reason)}`,
        status: "unknown"
      });
      continue;
    }
    if (c.fastPath !== true && !fastPathOpen || c.flavor !== "vnet")
      continue;
    const when = fastPathOpen ? `; undecided: ${notKnown(fastPathOpen.field, fastPathOpen.reason)}, and this holds if it is on` : "";
    const enabled = fastPathOpen ? "FastPath, if enabled," : "FastPath enabled";
    const g = gateways[i];
    if (!g && c.gatewayTypeNamed !== void 0)
      continue;
    const typeOpen = g ? void 0 : unknownReason(c, "gatewayTypeNamed");
    if (typeOpen !== void 0) {
      out.push({ resource: c, actual: `${fastPathOpen ? "FastPath not known" : "FastPath enabled"}; ${reasonText(typeOpen)}`, expected: `a gateway of SKU UltraPerformance, ErGw3AZ or ErGwScale with at least ${minUnits} scale units; undecided`, status: "unknown" });
      continue;
    }
    if (!g) {
      out.push({ resource: c, actual: `${fastPathOpen ? "FastPath not known" : "FastPath enabled"}; its gateway is outside the inventory`, expected: `a gateway of SKU UltraPerformance, ErGw3AZ or ErGwScale with at least ${minUnits} scale units`, status: "unknown" });
      continue;
    }
    const undecided = firstUnknown(g, ["skuName", "minScaleUnits"]);
    const sku = lc(g.skuName);
    if (sku === "ultraperformance" || sku === "ergw3az")
      continue;
    if (undecided && (g.skuName === void 0 || sku === "ergwscale")) {
      out.push({ resource: c, actual: `${enabled} on gateway ${g.name}`, expected: `a gateway of SKU UltraPerformance, ErGw3AZ or ErGwScale with at least ${minUnits} scale units; undecided: ${notKnown(undecided.field, undecided.reason)}`, status: "unknown" });
      continue;
    }
    if (sku === "ergwscale" && (g.minScaleUnits ?? 0) >= minUnits)
      continue;
    out.push({
      resource: c,
      actual: `${enabled} on gateway ${g.name} of SKU ${g.skuName ?? "(not set)"}${sku === "ergwscale" ? ` with minimum ${g.minScaleUnits ?? "(not set)"} scale units` : ""}`,
      expected: `a gateway of SKU UltraPerformance, ErGw3AZ or ErGwScale with at least ${minUnits} scale units${when}`,
      details: { gateway: g.name },
      ...fastPathOpen ? { status: "unknown" } : {}
    });
  }
  return out;
};
var circuitConnectionLimit = (ctx) => {
  const analysis = analysisOf(ctx);
  const analyses = analysis.circuits();
  const costs = costsOf(ctx);
  const out = [];
  for (let i = 0; i < ctx.inventory.circuits.length; i++) {
    const c = ctx.inventory.circuits[i];
    const a = analyses[i];
    const used = a.carries.linksUsed;
    const unread = unreadCount(c);
    const otherReads = a.carries.globalReachOtherReads;
    if (used + unread + otherReads <= STANDARD_MAX_LINKS)
      continue;
    const grOpen = a.unknown.globalReach;
    const links = grOpen !== void 0 ? `${a.carries.vnetLinks} VNet link(s)${a.carries.linksLowerBound ? " at least" : ""} and Global Reach connections not known` : `${a.carries.vnetLinks} VNet link(s) and ${a.carries.globalReachLinks} Global Reach connection(s) (${used} links${a.carries.linksLowerBound ? " at least" : ""})`;
    const bw = a.bandwidthMbps !== void 0 ? fmtMbps(a.bandwidthMbps) : "unknown bandwidth";
    const limit = a.linkLimit.current;
    if (limit === void 0) {
      const why = a.unknown.tier ?? a.unknown.skuName ?? a.unknown.bandwidthMbps;
      if (a.tier === "Premium" && used <= 100 && why === void 0 && a.bandwidthMbps === void 0) {
        out.push({ resource: c, actual: `${links} on a Premium circuit of unknown bandwidth`, expected: "at most the Premium limit of its bandwidth (20 to 100); undecided: the bandwidth is not known", status: "unknown" });
      } else if (why !== void 0) {
        out.push({ resource: c, actual: `${links} on a circuit whose ${a.unknown.bandwidthMbps ? "bandwidth" : "tier"} is not known`, expected: `at most ${STANDARD_MAX_LINKS} links on Local or Standard (more on Premium); undecided: ${why}`, status: "unknown" });
      }
      continue;
    }
    if (grOpen !== void 0 && a.carries.vnetLinks <= limit) {
      if (used + unread + otherReads > limit)
        out.push({ resource: c, actual: `${links} on a ${a.tier} circuit of ${bw}`, expected: `at most ${limit} links (VNet links and Global Reach connections together); undecided: ${grOpen}`, status: "unknown" });
      continue;
    }
    if (used <= limit) {
      if (used + unread > limit)
        out.push({ resource: c, actual: `${links} on a ${a.tier} circuit of ${bw}, and ${unreadText(c)}`, expected: `at most ${limit} links (VNet links and Global Reach connections together); undecided: whether those connections link this circuit is not known`, status: "unknown" });
      continue;
    }
    const premium = a.tier === "Premium";
    out.push({
      resource: c,
      actual: `${links} on a ${a.tier} circuit of ${bw}`,
      expected: `at most ${limit} links (VNet links and Global Reach connections together)${premium ? "" : `; Premium raises the limit to ${a.linkLimit.premium ?? "up to 100"}`}`,
      details: grOpen !== void 0 ? { connections: a.carries.vnetLinks, limit } : { connections: a.carries.vnetLinks, globalReach: a.carries.globalReachLinks, links: used, limit },
      ...premium ? {} : a.tier === "Local" ? { costImpactUsd: circuitFixImpact(costs, c, "upgrade-from-local", i), costImpactChange: "upgrade-from-local" } : { costImpactUsd: circuitFixImpact(costs, c, "add-premium", i), costImpactChange: "add-premium" }
    });
  }
  return out;
};

// dist/rules/functions/redundancy.js
var gatewayPeeringLocationDiversity = (ctx) => {
  const { inventory, params } = ctx;
  const minLocations = numParam(params, "minLocations", 2, 1);
  const by = params.distinctBy === "metro" ? "metro" : "location";
  const analysis = analysisOf(ctx);
  const opts = pricingInputsOf(ctx);
  const gatewayAnalyses = analysis.gateways();
  const out = [];
  const unnamedText = unnamedGatewayConnections(inventory);
  const strays = liveConnectionsWithoutGateway(inventory.connections);
  const room = /* @__PURE__ */ new Map();
  for (let i = 0; i < inventory.gateways.length; i++) {
    const g = inventory.gateways[i];
    const ga = gatewayAnalyses[i];
    if (ga.idle.value === true)
      continue;
    const { enabled: known, disabled } = splitDisabled(ga.circuits);
    const outside = ga.circuitsOutside;
    const unnamed = ga.circuitsUnnamed;
    const places = disabled.length === 0 ? by === "metro" ? ga.metros : new Set(ga.sites.keys()) : placesOf(known, by, analysis);
    const count = places.size;
    const disabledText = disabledPeeringText(disabled, (c) => analysis.circuit(c).locationLabel ?? "unknown location");
    const unit = by === "metro" ? "metro" : "peering location";
    if (count >= minLocations) {
      const { staying, going } = splitGoing(known);
      if (going.length > 0 && placesOf(staying, by, analysis).size < minLocations) {
        const locationOf = (c) => analysis.circuit(c).locationLabel ?? "unknown location";
        out.push({
          resource: g,
          actual: `${count} ${unit}s: ${nameList(known, locationOf)}; ${goingText(going, locationOf)}`,
          expected: `circuits in at least ${minLocations} different ${unit}s that are not being deleted; undecided`,
          status: "unknown"
        });
        continue;
      }
      const { sure: sure2, unsure: unsure2 } = splitUnsure(known);
      if (unsure2.length > 0 && placesOf(sure2, by, analysis).size < minLocations) {
        out.push({
          resource: g,
          actual: `${count} ${unit}s: ${nameList(known, (c) => analysis.circuit(c).locationLabel ?? "unknown location")}${ga.template ? " in these files" : ""}; ${unsureStateText(unsure2)}`,
          expected: `circuits in at least ${minLocations} different ${unit}s whose private peering is enabled; undecided`,
          status: "unknown"
        });
        continue;
      }
      const unplaced = known.filter((c) => unplacedDirect(analysis.circuit(c)));
      if (unplaced.length === 0)
        continue;
      const placed = /* @__PURE__ */ new Set();
      for (const c of known) {
        const a = analysis.circuit(c);
        if (unplacedDirect(a))
          continue;
        if (by === "metro") {
          const m = metroKey(a);
          if (m)
            placed.add(m);
        } else
          for (const site of a.sites)
            placed.add(site.key);
      }
      if (Math.max(placed.size, 1) >= minLocations)
        continue;
      const names2 = nameList(known, (c) => analysis.circuit(c).locationLabel ?? "unknown location");
      out.push({
        resource: g,
        actual: `${count} ${unit} names: ${names2}${ga.template ? " in these files" : ""}; ${unplacedText(unplaced, analysis)}`,
        expected: `circuits in at least ${minLocations} different ${unit}s; undecided`,
        status: "unknown"
      });
      continue;
    }
    const names = nameList(known, (c) => {
      const a = analysis.circuit(c);
      return a.location?.kind === "metro" ? `${a.location.name}: ${a.sites.map((x) => x.label).join(" + ")}` : a.locationLabel ?? "unknown location";
    });
    if (known.length === 0 && outside === 0 && unnamed === 0 && disabled.length === 0) {
      const via = ga.connections > 0 ? ` (its ${ga.connections === 1 ? "connection here names" : `${ga.connections} connections here name`} no circuit known before deployment)` : g.flavor === "vnet" ? unnamedText : "";
      if (ga.template)
        out.push({ resource: g, actual: `no circuit in these files${via}`, expected: `circuits in at least ${minLocations} different ${unit}s (not decidable from these files: another deployment may connect circuits to it)`, status: "unknown" });
      else
        out.push({ resource: g, actual: "circuits that are not known", expected: `circuits in at least ${minLocations} different ${unit}s; undecided: ${ga.idle.reasons.join("; ")}`, status: "unknown" });
      continue;
    }
    const scope = ga.template ? "these files" : "the inventory";
    const plural = count === 1 ? "" : "s";
    const strayOpen = [];
    const strayKnown = [];
    const maybe = new Set(places);
    if (g.flavor === "vnet" && !ga.template)
      for (const x of strayCircuits(strays, known)) {
        const c = x.circuitKey === void 0 ? void 0 : lookup(inventory, x.circuitKey, "circuit");
        const a = c ? analysis.circuit(c) : void 0;
        const keys = a === void 0 ? [] : by === "metro" ? [metroKey(a)].filter((k) => k !== void 0) : a.sites.map((site) => site.key);
        if (keys.length === 0) {
          strayOpen.push(x);
          continue;
        }
        for (const k of keys)
          maybe.add(k);
        strayKnown.push(`${c.name} (${a.locationLabel ?? a.locationName}), whose connection ${x.name} names no gateway`);
      }
    const listOpen = connectionListOpen(g);
    const outsideText = [
      ...listOpen !== void 0 ? [listOpenText(listOpen)] : [],
      ...outside > 0 ? [`${outside} circuit(s) outside ${scope}`] : [],
      ...unnamed > 0 ? [`the circuit(s) of ${unnamed} connection(s) here that name none (${reasonText(unknownReason(g, "circuitKeys") ?? "")})`] : [],
      ...strayOpen.length > 0 ? [`the circuit(s) of ${strayOpen.length} connection(s) that name no gateway and may be this one's (${strayOpen.slice(0, 3).map((x) => x.name).join(", ")}${strayOpen.length > 3 ? ", \u2026" : ""})`] : [],
      ...ga.circuitsUnread > 0 ? [`the circuit(s) of ${unreadText(g)}`] : []
    ].join(" and ");
    const open0 = outside + unnamed + strayOpen.length + ga.circuitsUnread + (listOpen !== void 0 ? 1 : 0);
    const whose = `${outsideText}, whose ${unit} is not known`;
    const strayText = strayKnown.length > 0 ? `; it may also be served by ${strayKnown.slice(0, 3).join("; ")}${strayKnown.length > 3 ? "; \u2026" : ""}` : "";
    const { sure, unsure } = ga.template ? { sure: known, unsure: [] } : splitUnsure(known);
    const atMost = unsure.length > 0 && placesOf(sure, by, analysis).size < count;
    const unlocatedCircuits = known.filter((c) => {
      const a = analysis.circuit(c);
      return by === "metro" ? !(a.location?.metro ?? a.locationName) : a.sites.length === 0;
    });
    const unlocatedText = unlocatedCircuits.length === 0 ? "" : `; the ${unit} of ${unlocatedCircuits.length === 1 ? "1 circuit is" : `${unlocatedCircuits.length} circuits are`} not known`;
    const counted = `${atMost ? "at most " : ""}${count}${unlocatedCircuits.length > 0 ? " known" : ""} ${unit}${plural}`;
    const actual = (open0 === 0 ? known.length === 0 ? `no circuit whose private peering is enabled${ga.template ? " in these files" : ""}` : `${counted}: ${names}${ga.template ? " in these files" : ""}` : known.length === 0 ? `${whose}, and no circuit in ${scope}` : `${counted} in ${scope}: ${names}, and ${whose}`) + unlocatedText + (atMost ? `; ${unsureStateText(unsure)}` : "") + disabledText + strayText;
    const mayNotDeploy = ga.conditional.length > 0 && ga.conditional.length === ga.connections ? `; its connection(s) here may not be deployed (${conditionalNames(ga.conditional)})` : "";
    if (ga.template) {
      out.push({ resource: g, actual: `${actual}${mayNotDeploy}`, expected: `circuits in at least ${minLocations} different ${unit}s (not decidable from these files: another deployment may connect a circuit elsewhere)`, status: "unknown" });
      continue;
    }
    const biggest = [...known].sort((a, b) => (b.bandwidthMbps ?? 0) - (a.bandwidthMbps ?? 0) || compareText(a.name, b.name))[0];
    const costs = biggest ? costsOf(ctx) : void 0;
    const model = biggest ? analysis.circuit(biggest) : void 0;
    const advice = costs ? costOf(costs, biggest, model.index)?.recommendation ?? null : null;
    const spare = ga.template ? [] : spareCircuits(ctx, g, known, maybe, minLocations, by, room);
    const enablable = disabled.length === 0 || ga.template ? [] : disabled.filter((c) => canServeOnceEnabled(analysis.circuit(c)));
    const enableOnly = enablable.length > 0 && placesOf([...known, ...enablable], by, analysis).size >= minLocations;
    const provisionable = enableOnly || disabled.length === 0 || ga.template ? [] : disabled.filter((c) => canServeOnceProvisioned(analysis.circuit(c)));
    const provision = provisionable.length > 0 && placesOf([...known, ...enablable, ...provisionable], by, analysis).size >= minLocations;
    const enable = enableOnly || provision;
    const revived = provision ? [...provisionable, ...enablable] : enablable;
    const provisionText = provision ? `have the provider provision ${nameList(provisionable, (c) => analysis.circuit(c).locationLabel ?? "unknown location")}, already connected to it (${provisioningStatesText(provisionable)}) and billed already: no new circuit, nothing more a month${enablable.length > 0 ? `, and enable the Azure private peering of ${nameList(enablable)}, already connected to it` : ""}` : "";
    const second = provision ? { usd: opts ? 0 : void 0, basis: provisionText } : enable ? { usd: opts ? 0 : void 0, basis: `enable the Azure private peering of ${nameList(enablable)}, already connected to it: no new circuit` } : spare.length > 0 ? connectImpact(ctx, g, spare, by) : secondCircuitImpact(model, opts, advice, { region: g.location, taken: maybe, by });
    const unlocated = unlocatedCircuits.length;
    const open = open0 + unlocated;
    const undecided = maybe.size + (by === "metro" ? 1 : 2) * open >= minLocations;
    out.push({
      resource: g,
      actual,
      expected: `circuits in at least ${minLocations} different ${unit}s${undecided || second.usd === void 0 && !enable ? "" : ` (${second.basis})`}`,
      details: { circuits: known.length + open0, locations: count },
      status: undecided ? "unknown" : "fail",
      // The price of the fix where it is known, undecided or not (null means a price is missing: docs/reports.md).
      costImpactUsd: second.usd,
      costImpactChange: provision ? "provision-circuit" : enable ? "enable-peering" : "add-circuit",
      // Its fix connects these as they are: none of them is then to be deleted (src/findings/kept.ts).
      ...!undecided && (enable || spare.length > 0) ? { keeps: (enable ? revived : spare).map((c) => c.key), ...provision ? { provisions: provisionable.map((c) => c.key) } : {} } : {}
    });
  }
  return out;
};
function disabledPeeringText(disabled, detail) {
  if (disabled.length === 0)
    return "";
  const peering = disabled.filter(privatePeeringDisabled);
  let text = "";
  if (peering.length > 0) {
    const one = peering.length === 1;
    text += `; ${nameList(peering, detail)} ${one ? "is" : "are"} connected, but ${one ? "its" : "their"} private peering is Disabled (ERS-BGP-004): none of the gateway's traffic goes over ${one ? "it" : "them"}`;
  }
  for (const [state, circuits] of groupBy(disabled.filter((c) => !peering.includes(c)), (c) => c.serviceProviderProvisioningState)) {
    const one = circuits.length === 1;
    text += `; ${nameList(circuits, detail)} ${one ? "is" : "are"} connected, but ${one ? "its" : "their"} provider provisioning state is ${state} (ERS-RED-007): none of the gateway's traffic goes over ${one ? "it" : "them"}`;
  }
  return text;
}
function notProvisionedAtProvider(c) {
  const state = c.serviceProviderProvisioningState;
  return state !== void 0 && lc(state) !== "provisioned" && !isTemplateResource(c) && !isUnknown(c, "serviceProviderProvisioningState");
}
function splitDisabled(circuits) {
  const disabled = circuits.filter((c) => privatePeeringDisabled(c) || notProvisionedAtProvider(c));
  return { enabled: disabled.length === 0 ? circuits : circuits.filter((c) => !disabled.includes(c)), disabled };
}
function splitUnsure(circuits) {
  const unsure = circuits.filter(privatePeeringStateUnknown);
  return { sure: unsure.length === 0 ? circuits : circuits.filter((c) => !unsure.includes(c)), unsure };
}
function splitGoing(circuits) {
  const going = circuits.filter(circuitBeingDeleted);
  return { staying: going.length === 0 ? circuits : circuits.filter((c) => !going.includes(c)), going };
}
function goingText(going, detail) {
  const one = going.length === 1;
  return `${nameList(going, detail)} ${one ? "is" : "are"} being deleted (provisioningState Deleting): ${one ? "it carries" : "they carry"} the gateway's traffic only until the deletion completes`;
}
var listOpenText = (why) => `the circuit(s) of connections not known (${reasonText(why)})`;
function canServeOnceEnabled(a) {
  const c = a.circuit;
  return !isTemplateResource(c) && !a.beingDeleted && lc(c.serviceProviderProvisioningState) === "provisioned" && !isUnknown(c, "serviceProviderProvisioningState") && a.needs.requiredTier === void 0 && Object.keys(a.unknown).length === 0;
}
function canServeOnceProvisioned(a) {
  const c = a.circuit;
  const state = lc(c.serviceProviderProvisioningState);
  return (state === "notprovisioned" || state === "provisioning") && !a.beingDeleted && notProvisionedAtProvider(c) && !privatePeeringDisabled(c) && !privatePeeringStateUnknown(c) && a.needs.requiredTier === void 0 && Object.keys(a.unknown).length === 0;
}
function provisioningStatesText(circuits) {
  const states = [...new Set(circuits.map((c) => c.serviceProviderProvisioningState))];
  return circuits.length === 1 ? `its provider provisioning state is ${states[0]}` : `their provider provisioning states are ${states.join(", ")}`;
}
function privatePeeringStateUnknown(c) {
  return privatePeeringOpen(c) !== void 0;
}
function privatePeeringOpen(c) {
  let open;
  let typed = false;
  for (const p of c.peerings) {
    const type = lc(p.peeringType);
    if (type === "azureprivatepeering" && !isUnknown(p, "peeringType")) {
      typed = true;
      const f = peeringFamilies(p);
      if (f.ipv4 === "enabled" || f.ipv6 === "enabled")
        return void 0;
      if (f.ipv4 === "open" || f.ipv4 === "unset")
        open ??= unknownReason(p, "state") ?? "its private peering does not say its state";
      else if (f.ipv6 === "open" || f.ipv6 === "unset")
        open ??= unknownReason(p, "ipv6.state") ?? "its private peering does not say the state of its IPv6 side";
    } else if (type === void 0 || isUnknown(p, "peeringType"))
      open ??= unknownReason(p, "peeringType") ?? `the type of its peering ${p.name} is not known (it may be the private one)`;
  }
  if (open !== void 0 || typed)
    return open;
  if (isTemplateResource(c))
    return "these files declare no Azure private peering of it: another deployment may, in any state";
  return unknownReason(c, "peerings") ?? (isPartial(c, "peerings") ? c.partial.peerings : void 0);
}
function unsureStateText(unsure) {
  const reasons = [...new Set(unsure.map((c) => reasonText(privatePeeringStateReason(c))))];
  const why = reasons.length === 1 ? reasons[0] : unsure.map((c) => `${c.name}: ${reasonText(privatePeeringStateReason(c))}`).join("; ");
  return `whether the Azure private peering of ${nameList(unsure)} is enabled is not known (${why}), and a circuit whose private peering is Disabled, or that has none, carries none of the gateway's traffic`;
}
function privatePeeringStateReason(c) {
  return privatePeeringOpen(c) ?? "its private peering does not say its state";
}
var familyEnabled = (f) => f.ipv4 === "enabled" || f.ipv6 === "enabled";
function placesOf(circuits, by, analysis) {
  const out = /* @__PURE__ */ new Set();
  for (const c of circuits) {
    const a = analysis.circuit(c);
    if (by === "metro") {
      const m = metroKey(a);
      if (m)
        out.add(m);
    } else
      for (const site of a.sites)
        out.add(site.key);
  }
  return out;
}
function unplacedDirect(a) {
  return a.circuit.isDirect && a.location === void 0 && a.locationName !== void 0;
}
function unplacedText(unplaced, analysis) {
  const ports = [...new Set(unplaced.map((c) => analysis.circuit(c).locationName))];
  return `the ExpressRoute Direct port location${ports.length === 1 ? "" : "s"} ${ports.join(", ")} (of ${nameList(unplaced)}) ${ports.length === 1 ? "is" : "are"} not in erscan's table of port locations (none is guessed from the name), so whether ${ports.length === 1 ? "it is" : "they are"} the same peering location as another circuit's is not known`;
}
function spareCircuits(ctx, g, known, have, minLocations, by, room) {
  if (!g.location || isUnknown(g, "location"))
    return [];
  const candidates = spareCandidates(ctx, by).get(`${g.tenantId ?? ""}|${cloudOfRegion(g.location)}|${regionGeopolitical(g.location) ?? ""}`);
  if (!candidates)
    return [];
  const seen = new Set(have);
  const picked = [];
  const capacity = gatewayCapacityMbps(g);
  for (const x of candidates) {
    if (seen.size >= minLocations)
      break;
    if (known.includes(x.circuit))
      continue;
    if (capacity !== void 0 && x.circuit.bandwidthMbps !== void 0 && x.circuit.bandwidthMbps > capacity)
      continue;
    if (x.tier === "Local" && !(x.location !== void 0 && x.noGlobalReach && isLocalRegion(x.location, g.location)))
      continue;
    if (!x.keys.some((k) => !seen.has(k)))
      continue;
    if ((room.get(x.circuit) ?? x.room) <= 0)
      continue;
    for (const k of x.keys)
      seen.add(k);
    picked.push(x);
  }
  if (seen.size < minLocations)
    return [];
  for (const x of picked)
    room.set(x.circuit, (room.get(x.circuit) ?? x.room) - 1);
  return picked.map((x) => x.circuit);
}
var spareIndex = /* @__PURE__ */ new WeakMap();
function spareCandidates(ctx, by) {
  const perMode = spareIndex.get(ctx.inventory) ?? /* @__PURE__ */ new Map();
  spareIndex.set(ctx.inventory, perMode);
  const cached = perMode.get(by);
  if (cached)
    return cached;
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const out = /* @__PURE__ */ new Map();
  const circuits = [...ctx.inventory.circuits].sort((a, b) => compareText(a.name, b.name));
  for (const c of circuits) {
    if (isTemplateResource(c) || lc(c.serviceProviderProvisioningState) !== "provisioned")
      continue;
    if (!c.peerings.some((p) => lc(p.peeringType) === "azureprivatepeering" && familyEnabled(peeringFamilies(p))))
      continue;
    const a = analysis.circuit(c);
    if (a.beingDeleted || a.needs.requiredTier !== void 0 || Object.keys(a.unknown).length > 0)
      continue;
    const advised = costs ? costOf(costs, c, a.index)?.recommendation?.tier : void 0;
    const tier = advised ?? (a.tier === "Premium" && a.needs.premium.verdict === "not-needed" ? "Standard" : a.tier);
    if (a.reach.geopolitical === void 0)
      continue;
    if (tier !== "Premium" && tier !== "Standard" && tier !== "Local")
      continue;
    const limit = a.linkLimit.current;
    if (limit === void 0 || a.carries.linksLowerBound || a.carries.linksUsed + a.carries.redeemedAuthorizations >= limit)
      continue;
    const keys = by === "metro" ? [metroKey(a)].filter((k) => k !== void 0) : a.sites.map((site) => site.key);
    if (keys.length === 0)
      continue;
    const bucket = `${c.tenantId ?? ""}|${cloudOfRegion(c.location)}|${a.reach.geopolitical}`;
    const list = out.get(bucket) ?? out.set(bucket, []).get(bucket);
    list.push({ circuit: c, tier, location: a.location, noGlobalReach: a.carries.globalReachLinks === 0, keys, room: limit - a.carries.linksUsed - a.carries.redeemedAuthorizations });
  }
  perMode.set(by, out);
  return out;
}
function connectImpact(ctx, g, spare, by) {
  const analysis = analysisOf(ctx);
  const unit = by === "metro" ? "metro" : "peering location";
  const idle = spare.filter((c) => analysis.circuit(c).carries.idle.value === true);
  const single = spare.filter(singleBgpSession);
  const serves = single.length === 0 ? `which can serve it as ${spare.length === 1 ? "it is" : "they are"}` : `which can serve it (the private peering of ${nameList(single)} ${single.length === 1 ? "has" : "have"} one BGP session (ERS-BGP-001))`;
  const what = `connect ${nameList([...spare], (c) => analysis.circuit(c).locationLabel)}, which the inventory already has in another ${unit} and ${serves}; no new circuit${idle.length ? `, and ${nameList(idle)}, which carries nothing now (ERS-COST-003), is then kept rather than deleted` : ""}`;
  return connectCircuitsImpact(g, spare.length, what, pricingInputsOf(ctx));
}
function singleBgpSession(c) {
  const one = (a, b) => a === void 0 !== (b === void 0);
  return c.peerings.some((p) => lc(p.peeringType) === "azureprivatepeering" && !isUnknown(p, "primaryPeerAddressPrefix") && !isUnknown(p, "secondaryPeerAddressPrefix") && !isUnknown(p, "ipv6") && (one(p.primaryPeerAddressPrefix, p.secondaryPeerAddressPrefix) || one(p.ipv6?.primaryPeerAddressPrefix, p.ipv6?.secondaryPeerAddressPrefix)));
}
function strayCircuits(strays, known) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const x of strays) {
    const key = x.circuitKey;
    if (key !== void 0 && (seen.has(key) || known.some((c) => c.key === key)))
      continue;
    if (key !== void 0)
      seen.add(key);
    out.push(x);
  }
  return out;
}
var gatewayCircuitsSharePort = ({ inventory }) => {
  const rels = gatewayRelationsOf(inventory);
  const out = [];
  for (let i = 0; i < inventory.gateways.length; i++) {
    const g = inventory.gateways[i];
    const known = splitDisabled(rels[i].known).enabled;
    const before = out.length;
    const unread = unreadCount(g);
    if (known.length >= 2) {
      for (const [portKey, circuits] of groupBy(known, (c) => c.portKey)) {
        if (circuits.length < 2)
          continue;
        const port = lookup(inventory, portKey, "port");
        const portName = port?.name ?? nameOfId(circuits.find((c) => c.portId !== void 0)?.portId ?? portKey);
        const { sure, unsure } = splitUnsure(circuits);
        if (sure.length < 2) {
          out.push({
            resource: g,
            actual: `${circuits.length} circuits on Direct port ${portName}: ${nameList(circuits)}; ${unsureStateText(unsure)}`,
            expected: "each circuit of the gateway whose private peering is enabled on a different ExpressRoute Direct port; undecided",
            status: "unknown"
          });
          continue;
        }
        out.push({
          resource: g,
          actual: `${circuits.length} circuits on Direct port ${portName}: ${nameList(circuits)}`,
          expected: "each circuit of the gateway on a different ExpressRoute Direct port",
          details: { port: portName, circuits: nameList(circuits) }
        });
      }
    }
    const onPorts = known.filter((c) => c.isDirect || c.portKey !== void 0);
    if (out.length === before && unread > 0 && onPorts.length + unread >= 2)
      out.push({
        resource: g,
        actual: `${onPorts.length > 0 ? `circuits on Direct ports ${nameList(onPorts)}` : "no circuit known on a Direct port"}, and ${unreadText(g)}`,
        expected: "each circuit of the gateway on a different ExpressRoute Direct port; undecided: the circuits of those connections are not known",
        status: "unknown"
      });
  }
  return out;
};
function unreadMayShareLocation(g, known, analysis) {
  const circuits = known.length === 0 ? "no circuit known" : `${known.length} circuit${known.length === 1 ? "" : "s"} known: ${nameList(known, (c) => analysis.circuit(c).locationLabel ?? "unknown location")}`;
  return {
    resource: g,
    actual: `${circuits}, and ${unreadText(g)}`,
    expected: "each circuit of the gateway in a different peering location; undecided: the circuits of those connections are not known",
    status: "unknown"
  };
}
var gatewayCircuitsShareLocation = (ctx) => {
  const analysis = analysisOf(ctx);
  const rels = gatewayRelationsOf(ctx.inventory);
  const out = [];
  for (let i = 0; i < ctx.inventory.gateways.length; i++) {
    const g = ctx.inventory.gateways[i];
    const known = splitDisabled(rels[i].known).enabled;
    const unread = unreadCount(g);
    if (known.length < 2 && unread > 0 && known.length + unread >= 2) {
      out.push(unreadMayShareLocation(g, known, analysis));
      continue;
    }
    if (known.length < 2)
      continue;
    const bySite = /* @__PURE__ */ new Map();
    for (let k = 0; k < known.length; k++) {
      const c = known[k];
      const sites = analysis.circuit(c).sites;
      for (let j = 0; j < sites.length; j++) {
        const s = sites[j];
        const e = bySite.get(s.key) ?? { label: s.label, circuits: [] };
        if (!e.circuits.includes(c))
          e.circuits.push(c);
        bySite.set(s.key, e);
      }
    }
    const seen = /* @__PURE__ */ new Set();
    const before = out.length;
    for (const { label, circuits } of bySite.values()) {
      if (circuits.length < 2)
        continue;
      const key = circuits.map((c) => c.key).sort().join("|");
      if (seen.has(key))
        continue;
      seen.add(key);
      const ports = new Set(circuits.map((c) => analysis.circuit(c).location?.directPort?.name));
      const one = ports.size === 1 && !ports.has(void 0) ? analysis.circuit(circuits[0]).location.label : void 0;
      const said = (c) => {
        const loc = analysis.circuit(c).location;
        return loc?.kind === "metro" ? analysis.circuit(c).locationName : one ? void 0 : loc?.directPort?.name;
      };
      const { sure, unsure } = splitUnsure(circuits);
      if (sure.length < 2) {
        out.push({
          resource: g,
          actual: `${circuits.length} circuits in ${one ?? label}: ${nameList(circuits, said)}; ${unsureStateText(unsure)}`,
          expected: "each circuit of the gateway whose private peering is enabled in a different peering location; undecided",
          status: "unknown"
        });
        continue;
      }
      out.push({
        resource: g,
        actual: `${circuits.length} circuits in ${one ?? label}: ${nameList(circuits, said)}`,
        expected: "each circuit of the gateway in a different peering location",
        details: { location: one ?? label, circuits: nameList(circuits) }
      });
    }
    if (out.length === before && unread > 0) {
      out.push(unreadMayShareLocation(g, known, analysis));
      continue;
    }
    if (out.length === before) {
      const unplaced = known.filter((c) => unplacedDirect(analysis.circuit(c)));
      if (unplaced.length > 0)
        out.push({
          resource: g,
          actual: `${known.length} circuits: ${nameList(known, (c) => analysis.circuit(c).locationLabel ?? "unknown location")}; ${unplacedText(unplaced, analysis)}`,
          expected: "each circuit of the gateway in a different peering location; undecided",
          status: "unknown"
        });
    }
  }
  return out;
};
var gatewayProviderDiversity = ({ inventory, params }) => {
  const minProviders = numParam(params, "minProviders", 2, 1);
  const rels = gatewayRelationsOf(inventory);
  const out = [];
  for (let i = 0; i < inventory.gateways.length; i++) {
    const g = inventory.gateways[i];
    const connected = rels[i].known;
    const { enabled: known, disabled } = splitDisabled(connected);
    const unread = unreadCount(g);
    const listOpen = connectionListOpen(g);
    const outside = rels[i].outside + unread + (listOpen !== void 0 ? 1 : 0);
    if (connected.length + outside < 2)
      continue;
    const providerOf = (c) => c.serviceProviderName ?? (c.isDirect ? "ExpressRoute Direct" : "unknown provider");
    const disabledText = disabledPeeringText(disabled, providerOf);
    const undecided = known.map((c) => ({ c, u: firstUnknown(c, ["serviceProviderName"]) })).find((x) => x.u);
    const providersOf = (cs) => new Set(cs.map((c) => lc(c.serviceProviderName) ?? (c.isDirect ? "expressroute direct" : void 0)).filter((p) => !!p));
    const providers = providersOf(known);
    if (providers.size >= minProviders) {
      const { staying, going } = splitGoing(known);
      if (going.length > 0 && providersOf(staying).size < minProviders) {
        out.push({
          resource: g,
          actual: `${providers.size} providers: ${nameList(known, providerOf)}; ${goingText(going, providerOf)}`,
          expected: `circuits from at least ${minProviders} connectivity providers that are not being deleted; undecided`,
          status: "unknown"
        });
        continue;
      }
      const { sure, unsure } = splitUnsure(known);
      if (unsure.length > 0 && providersOf(sure).size < minProviders)
        out.push({
          resource: g,
          actual: `${providers.size} providers: ${nameList(known, providerOf)}; ${unsureStateText(unsure)}`,
          expected: `circuits from at least ${minProviders} connectivity providers whose private peering is enabled; undecided`,
          status: "unknown"
        });
      continue;
    }
    if (undecided || isTemplateResource(g)) {
      out.push({
        resource: g,
        actual: `${providers.size} provider${providers.size === 1 ? "" : "s"} known: ${nameList(known, providerOf)}${disabledText}`,
        expected: `circuits from at least ${minProviders} connectivity providers; undecided: ${undecided ? notKnown("serviceProviderName", undecided.u.reason, undecided.c.name) : "not decidable from these files (another deployment may connect a circuit from another provider)"}`,
        status: "unknown"
      });
      continue;
    }
    out.push({
      resource: g,
      actual: `${known.length === 0 ? "0 providers (no circuit whose private peering is enabled)" : `${providers.size} provider${providers.size === 1 ? "" : "s"}: ${nameList(known, providerOf)}`}${disabledText}${unread > 0 ? `, and ${unreadText(g)}` : ""}${listOpen !== void 0 ? `, and ${listOpenText(listOpen)}` : ""}`,
      expected: `circuits from at least ${minProviders} connectivity providers`,
      status: outside > 0 && providers.size + outside >= minProviders ? "unknown" : "fail"
    });
  }
  return out;
};
function circuitNameAsWritten(p, key) {
  return nameOfId(p.circuitIds?.find((x) => x.toLowerCase() === key) ?? key);
}
var portOversubscription = ({ inventory, params }) => {
  const maxRatio = numParam(params, "maxRatio", 1, 0);
  const out = [];
  for (const p of inventory.ports) {
    if (p.bandwidthGbps === void 0) {
      const why = unknownReason(p, "bandwidthGbps");
      const circuits2 = circuitsOfPort(inventory, p);
      if (why !== void 0 && (circuits2.length > 0 || (p.provisionedBandwidthGbps ?? 0) > 0)) {
        const known2 = circuits2.reduce((n, c) => n + (c.bandwidthGbps ?? (c.bandwidthMbps ?? 0) / 1e3), 0);
        out.push({ resource: p, actual: `${Math.max(known2, p.provisionedBandwidthGbps ?? 0)} Gbps of circuits`, expected: `at most ${maxRatio} \xD7 the port bandwidth; undecided: ${why}`, status: "unknown" });
      }
      continue;
    }
    const circuits = circuitsOfPort(inventory, p);
    const known = circuits.reduce((n, c) => n + (c.bandwidthGbps ?? (c.bandwidthMbps ?? 0) / 1e3), 0);
    const provisioned = Math.max(known, p.provisionedBandwidthGbps ?? 0);
    const limit = p.bandwidthGbps * maxRatio;
    if (provisioned <= limit) {
      const u = circuits.map((c) => ({ c, u: firstUnknown(c, ["bandwidthGbps", "bandwidthMbps"]) })).find((x) => x.u);
      if (u) {
        out.push({ resource: p, actual: `at least ${provisioned} Gbps of circuits`, expected: `at most ${limit} Gbps on a ${p.bandwidthGbps} Gbps port; undecided: ${notKnown(u.u.field, u.u.reason, u.c.name)}`, status: "unknown" });
        continue;
      }
      const provisionedWhy = unknownReason(p, "provisionedBandwidthGbps");
      const away = provisionedWhy === void 0 ? [] : p.circuitKeys.filter((k) => lookup(inventory, k, "circuit") === void 0);
      if (away.length > 0)
        out.push({
          resource: p,
          actual: `at least ${provisioned} Gbps of circuits${circuits.length ? ` (${nameList(circuits, (c) => (c.bandwidthGbps ?? (c.bandwidthMbps ?? 0) / 1e3) + " Gbps")})` : ""}, and ${away.length} circuit(s) outside the inventory (${away.map((k) => circuitNameAsWritten(p, k)).sort().join(", ")})`,
          expected: `at most ${limit} Gbps on a ${p.bandwidthGbps} Gbps port; undecided: ${notKnown("provisionedBandwidthGbps", provisionedWhy)}`,
          status: "unknown"
        });
      continue;
    }
    out.push({
      resource: p,
      actual: `${provisioned} Gbps of circuits${circuits.length ? ` (${nameList(circuits, (c) => (c.bandwidthGbps ?? (c.bandwidthMbps ?? 0) / 1e3) + " Gbps")})` : ""}`,
      expected: `at most ${limit} Gbps on a ${p.bandwidthGbps} Gbps port`,
      details: { provisionedGbps: provisioned, portGbps: p.bandwidthGbps }
    });
  }
  return out;
};

// dist/rules/functions/gateways.js
var inList = (v, list) => v !== void 0 && list.some((x) => x.toLowerCase() === v.toLowerCase());
var SKU_NAME = ["skuName"];
var gatewayZoneRedundantSku = (ctx) => {
  const { inventory, params } = ctx;
  const priced = pricingInputsOf(ctx) !== void 0;
  const zoneRedundant = listParam(params, "zoneRedundantSkus", ["ErGw1AZ", "ErGw2AZ", "ErGw3AZ", "ErGwScale"]);
  const extendedZoneSkus = listParam(params, "extendedZoneSkus", ["Standard", "HighPerformance", "UltraPerformance"]);
  const offeredInExtendedZones = zoneRedundant.filter((s) => inList(s, extendedZoneSkus));
  const out = [];
  for (let i = 0; i < inventory.gateways.length; i++) {
    const g = inventory.gateways[i];
    if (g.flavor !== "vnet")
      continue;
    if (g.extendedLocation && offeredInExtendedZones.length === 0)
      continue;
    const unknown = firstUnknown(g, SKU_NAME);
    if (unknown) {
      out.push({ resource: g, actual: `a SKU that is not known here (${unknown.reason})`, expected: `a zone-redundant SKU (${zoneRedundant.join(", ")})`, status: "unknown" });
      continue;
    }
    if (inList(g.skuName, zoneRedundant))
      continue;
    const allowed = g.extendedLocation ? offeredInExtendedZones : zoneRedundant;
    const v = {
      resource: g,
      actual: `SKU ${g.skuName ?? "(not set)"}${g.extendedLocation ? ` in Extended Zone ${g.extendedLocation}` : ""}`,
      expected: `a zone-redundant SKU (${allowed.join(", ")})`
    };
    const fix = g.extendedLocation ? void 0 : gatewayFixOf(ctx, g, i);
    if (fix?.migrateTo) {
      v.expected += `: ${fix.basis}`;
      v.keeps = [fix.migrateTo.key];
      v.costImpactChange = "delete";
    }
    if (fix && fix.usd !== void 0) {
      v.costImpactUsd = fix.usd;
      v.costImpactChange = fix.change;
    } else if (priced) {
      v.costImpactUsd = null;
      v.costImpactChange = fix?.change ?? "resize-to-zone-redundant";
    }
    out.push(v);
  }
  return out;
};
function supportsFastPath(g, minScaleUnits) {
  const sku = lc(g.skuName);
  if (sku === void 0)
    return void 0;
  if (sku === "ultraperformance" || sku === "ergw3az")
    return true;
  if (sku === "ergwscale")
    return g.minScaleUnits === void 0 ? void 0 : g.minScaleUnits >= minScaleUnits;
  return false;
}
var fastPathWhereSupported = ({ inventory, params }) => {
  const minUnits = numParam(params, "minScaleUnits", 10, 1);
  const requirePrivateLink = params.requirePrivateLinkFastPath === true;
  const out = [];
  const what = `FastPath (expressRouteGatewayBypass)${requirePrivateLink ? " and Private Link FastPath" : ""} enabled`;
  const expected = `${what}, as the gateway supports it`;
  const ifSupported = `${what} if the gateway supports it (UltraPerformance, ErGw3AZ, or ErGwScale with at least ${minUnits} scale units)`;
  const gateways = connectionGatewaysOf(inventory);
  for (let i = 0; i < inventory.connections.length; i++) {
    const c = inventory.connections[i];
    if (c.flavor !== "vnet")
      continue;
    const g = gateways[i];
    if (!g) {
      if (c.gatewayTypeNamed !== void 0)
        continue;
      const typeOpen = unknownReason(c, "gatewayTypeNamed");
      if (typeOpen !== void 0) {
        if (c.fastPath !== true)
          out.push({ resource: c, actual: reasonText(typeOpen), expected: `${ifSupported}; undecided`, status: "unknown" });
        continue;
      }
      const unnamed = unknownReason(c, "gatewayKey");
      const actual = unnamed ? `the gateway it names ${unnamed.replace(/^`gatewayKey` /, "")}` : "its gateway is not in these files";
      if (isTemplateResource(c) && c.fastPath !== true)
        out.push({ resource: c, actual, expected: `${ifSupported}; not decidable from these files`, status: "unknown" });
      continue;
    }
    const circuit = lookup(inventory, c.circuitKey, "circuit");
    if (circuit !== void 0 && privatePeeringDisabled(circuit))
      continue;
    const skuUnknown = firstUnknown(g, ["skuName", "minScaleUnits"]);
    const supported = supportsFastPath(g, minUnits);
    if (supported === false)
      continue;
    const fieldUnknown = firstUnknown(c, ["fastPath", ...requirePrivateLink ? ["privateLinkFastPath"] : []]);
    const missing = c.fastPath !== true || requirePrivateLink && c.privateLinkFastPath !== true;
    if (!missing && !fieldUnknown)
      continue;
    if (supported === void 0 || skuUnknown || fieldUnknown) {
      const why = fieldUnknown ?? skuUnknown;
      out.push({
        resource: c,
        actual: why ? notKnown(why.field, why.reason, why === skuUnknown ? `gateway ${g.name}` : void 0) : `gateway ${g.name} of SKU ${g.skuName ?? "(not set)"} with ${g.minScaleUnits === void 0 ? "no minimum" : `minimum ${g.minScaleUnits}`} scale units`,
        // The gateway's support is known (only the connection's flag is open): said as it is.
        expected: `${supported === true && !skuUnknown ? expected : ifSupported}; undecided`,
        status: "unknown"
      });
      continue;
    }
    out.push({
      resource: c,
      actual: `FastPath ${c.fastPath === true ? "on but Private Link FastPath off" : "off"} on gateway ${g.name} of SKU ${g.skuName}${lc(g.skuName) === "ergwscale" ? ` (minimum ${g.minScaleUnits} scale units)` : ""}`,
      expected,
      details: { gateway: g.name }
    });
  }
  return out;
};
var vnetToVnetOverExpressRoute = ({ inventory }) => {
  const rels = gatewayRelationsOf(inventory);
  const out = [];
  for (let i = 0; i < inventory.gateways.length; i++) {
    const g = inventory.gateways[i];
    if (g.flavor !== "vnet")
      continue;
    const remoteUnknown = firstUnknown(g, ["allowRemoteVnetTraffic"]);
    const vwanUnknown = firstUnknown(g, ["allowVirtualWanTraffic"]);
    const remote = !remoteUnknown && g.allowRemoteVnetTraffic === true;
    const vwan = !vwanUnknown && g.allowVirtualWanTraffic === true;
    if (!remote && !vwan && !remoteUnknown && !vwanUnknown)
      continue;
    const peers = /* @__PURE__ */ new Map();
    const outside = [];
    for (const circuit of rels[i].known) {
      for (const gk of circuit.gatewayKeys) {
        if (gk === g.key)
          continue;
        const other = lookup(inventory, gk, "gateway");
        if (other && other.flavor === "vnet" && g.networkKey !== void 0 && other.networkKey === g.networkKey && !isUnknown(g, "networkKey") && !isUnknown(other, "networkKey"))
          continue;
        if (other)
          peers.set(other.key, other);
        else
          outside.push(gk);
      }
      if (redeemedElsewhere(inventory, circuit) > 0)
        outside.push(circuit.key);
    }
    for (let k = 0; k < rels[i].outside; k++)
      outside.push(g.key);
    const vnetPeers = [...peers.values()].filter((p) => p.flavor === "vnet");
    const vwanPeers = [...peers.values()].filter((p) => p.flavor === "vwan");
    const sharing = [...remote ? vnetPeers : [], ...vwan ? vwanPeers : []];
    const flags = [remote ? "allowRemoteVnetTraffic" : "", vwan ? "allowVirtualWanTraffic" : ""].filter(Boolean).join(" and ");
    const expected = "VNet-to-VNet traffic over VNet peering (or Virtual WAN), with allowRemoteVnetTraffic and allowVirtualWanTraffic off";
    if (sharing.length > 0) {
      out.push({ resource: g, actual: `${flags} on, and its circuits also serve ${nameList(sharing, (p) => p.flavor === "vwan" ? "vWAN hub gateway" : void 0)}`, expected, details: { flags } });
      continue;
    }
    const unread = unreadCount(g) > 0 || rels[i].known.some((c) => unreadCount(c) > 0);
    const partialView = isTemplateResource(g) || outside.length > 0 || unread;
    const open = remoteUnknown && (vnetPeers.length > 0 || partialView) ? remoteUnknown : vwanUnknown && (vwanPeers.length > 0 || partialView) ? vwanUnknown : void 0;
    if (open) {
      out.push({ resource: g, actual: notKnown(open.field, open.reason), expected, status: "unknown" });
    } else if ((remote || vwan) && partialView) {
      out.push({ resource: g, actual: `${flags} on; whether another gateway shares its circuits is not decidable from this input`, expected, status: "unknown" });
    }
  }
  return out;
};
function redeemedElsewhere(inventory, c) {
  if (isTemplateResource(c))
    return 0;
  let redeemed = 0;
  let named;
  for (const a of c.authorizations) {
    if (lc(a.useStatus) !== "inuse")
      continue;
    if (a.connectionKey !== void 0 && c.connectionKeys.includes(a.connectionKey))
      (named ??= []).push(a.connectionKey);
    else
      redeemed++;
  }
  if (redeemed === 0)
    return 0;
  for (const k of c.connectionKeys)
    if (!named?.includes(k) && lookup(inventory, k, "connection")?.usesAuthorization)
      redeemed--;
  return redeemed;
}
var METRIC_EXAMPLES = {
  circuit: "BGP and ARP availability and throughput (bits in and out per second)",
  port: "admin state, line protocol, Rx and Tx light levels and throughput (bits in and out per second)",
  gateway: "CPU utilization, packets per second and throughput (bits per second)"
};
var metricAlertsConfigured = ({ inventory, params }) => {
  const min = numParam(params, "minAlerts", 1, 1);
  const out = [];
  for (const list of [inventory.circuits, inventory.ports, inventory.gateways]) {
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (r.kind !== "circuit" && r.kind !== "port" && r.kind !== "gateway")
        continue;
      if (r.metricAlertCount === void 0 || r.metricAlertCount >= min)
        continue;
      const what = r.kind === "circuit" ? "Circuit" : r.kind === "port" ? "ExpressRoute Direct port" : r.flavor === "vwan" ? "vWAN ExpressRoute gateway" : "Gateway";
      out.push({ resource: r, actual: `${r.metricAlertCount} metric alert rule(s)`, expected: `at least ${min} metric alert rule(s) scoped to it`, details: { what, examples: METRIC_EXAMPLES[r.kind] } });
    }
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
registerFunction("microsoftPeeringAsn", microsoftPeeringAsn);
registerFunction("privatePeeringEncrypted", privatePeeringEncrypted);
registerFunction("circuitUnused", circuitUnused);
registerFunction("globalReachUnused", globalReachUnused);
registerFunction("circuitNotProvisioned", circuitNotProvisioned);
registerFunction("gatewayUnused", gatewayUnused);
registerFunction("portUnused", portUnused);
registerFunction("failedProvisioning", failedProvisioning);
registerFunction("premiumWithoutNeed", premiumWithoutNeed);
registerFunction("premiumRequiredForReach", premiumRequiredForReach);
registerFunction("localCircuitReach", localCircuitReach);
registerFunction("unusedAuthorizations", unusedAuthorizations);
registerFunction("connectionConnected", connectionConnected);
registerFunction("costAdvice", costAdvice);
registerFunction("costUnpriced", costUnpriced);
registerFunction("gatewayZoneRedundantSku", gatewayZoneRedundantSku);
registerFunction("fastPathWhereSupported", fastPathWhereSupported);
registerFunction("vnetToVnetOverExpressRoute", vnetToVnetOverExpressRoute);
registerFunction("metricAlertsConfigured", metricAlertsConfigured);

// dist/rules/builtin-catalogue.js
var builtinCatalogue = { digest: "9843467d7a041373dc772f11165f58696ba972e126d45903309dc1d946829ee5", files: 59, json: '[{"id":"ERS-BGP-001","name":"peering-both-subnets","title":"Peerings define both the primary and the secondary BGP subnet","category":"bgp","severity":"high","pillar":"reliability","tags":["peering","bgp"],"resource":"peering","assert":{"allOf":[{"anyOf":[{"allOf":[{"field":"primaryPeerAddressPrefix","exists":true},{"field":"secondaryPeerAddressPrefix","exists":true}]},{"allOf":[{"field":"primaryPeerAddressPrefix","exists":false},{"field":"secondaryPeerAddressPrefix","exists":false},{"anyOf":[{"field":"ipv6.primaryPeerAddressPrefix","exists":true},{"field":"ipv6.secondaryPeerAddressPrefix","exists":true}]}]}]},{"anyOf":[{"allOf":[{"field":"ipv6.primaryPeerAddressPrefix","exists":true},{"field":"ipv6.secondaryPeerAddressPrefix","exists":true}]},{"allOf":[{"field":"ipv6.primaryPeerAddressPrefix","exists":false},{"field":"ipv6.secondaryPeerAddressPrefix","exists":false}]}]}]},"message":"Peering {name} of circuit {circuitName} has {field} {actual}; expected both a primary and a secondary subnet (/30 for IPv4, /126 for IPv6), one per BGP session.","remediation":"Set both primaryPeerAddressPrefix and secondaryPeerAddressPrefix (two /30 subnets from your address space), and for IPv6 both subnets of ipv6PeeringConfig (two /126), so that both links of the circuit carry a BGP session.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm","https://learn.microsoft.com/azure/expressroute/expressroute-howto-add-ipv6-portal","https://learn.microsoft.com/azure/expressroute/expressroute-routing"],"references":{"APRL":["expressRouteCircuits f06a2bbe-5839-d447-9f39-fc3d20562d88 (configuration side of active-active)","expressRoutePorts 859886df-3996-4eab-8439-c1a38c416e0e (configuration side of active-active)"]},"doc":"# ERS-BGP-001 peering-both-subnets\\n\\n**Every peering has both BGP subnets: primary and secondary.**\\n\\n## Why\\nEach peering is a pair of BGP sessions, one on each link of the circuit, and Microsoft\'s\\navailability SLA holds only when both sessions are set up. Without the secondary subnet there is one\\nsession: the circuit\'s built-in link redundancy is lost without any alarm.\\n\\n## What is checked\\n`properties.peerings[].properties.primaryPeerAddressPrefix` and `secondaryPeerAddressPrefix` are both\\nset, and so are `ipv6PeeringConfig.primaryPeerAddressPrefix` and `secondaryPeerAddressPrefix` where\\nthe peering has IPv6. An IPv6-only peering (no IPv4 subnet, both IPv6 subnets) complies: Learn lets\\na new circuit enable IPv6 private peering alone. Whether both sessions are actually *up* is not in Resource Graph (it needs the ARP/route-table\\nAPIs or the BgpAvailability metric): erscan checks the configuration side only.\\n\\n## How to fix\\nSet both subnets (two /30s, or a /29 split in two) and configure both sessions on your edge.\\n\\n## Sources\\n- IPv6 private peering next to IPv4 (\\"Both\\") or alone (\\"only enable IPv6 Private Peering on your new\\n  circuit by selecting \\\\\\"IPv6\\\\\\"\\"), with \\"a pair of /126 IPv6 subnets \u2026 for your primary link and\\n  secondary links\\": [Add IPv6 support for private peering using the Azure portal](https://learn.microsoft.com/azure/expressroute/expressroute-howto-add-ipv6-portal) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-add-ipv6-portal.md`, ms.date 12/11/2023).\\n- One subnet per link, first address yours, second Microsoft\'s; \\"You must set up both BGP sessions for\\n  the availability SLA to be valid\\": [ExpressRoute routing requirements](https://learn.microsoft.com/azure/expressroute/expressroute-routing#ip-addresses-used-for-peering) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-routing.md`, ms.date 03/12/2026).\\n- Each peering is a pair of independent BGP sessions for high availability: [ExpressRoute circuits and peering](https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings#circuits) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-circuit-peerings.md`, ms.date 08/27/2026).\\n\\n## Equivalent checks\\nAPRL v2 `azure-resources/Network/expressRouteCircuits/recommendations.yaml`, `aprlGuid: f06a2bbe-5839-d447-9f39-fc3d20562d88` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71) (\\"both connections active-active\\") covers the\\nruntime side; APRL marks it as not verifiable from Resource Graph.\\n","file":"bgp/ERS-BGP-001.yaml"},{"id":"ERS-BGP-002","name":"peering-subnet-size","title":"BGP subnets are /30 (IPv4) and /126 (IPv6)","category":"bgp","severity":"medium","pillar":"reliability","tags":["peering","bgp","addressing"],"resource":"peering","where":{"anyOf":[{"field":"primaryPeerAddressPrefix","exists":true},{"field":"secondaryPeerAddressPrefix","exists":true},{"field":"ipv6","exists":true}]},"assert":{"allOf":[{"anyOf":[{"field":"primaryPeerAddressPrefix","exists":false},{"field":"primaryPrefixLength","equals":30}]},{"anyOf":[{"field":"secondaryPeerAddressPrefix","exists":false},{"field":"secondaryPrefixLength","equals":30}]},{"anyOf":[{"field":"ipv6.primaryPeerAddressPrefix","exists":false},{"field":"ipv6.primaryPrefixLength","equals":126}]},{"anyOf":[{"field":"ipv6.secondaryPeerAddressPrefix","exists":false},{"field":"ipv6.secondaryPrefixLength","equals":126}]}]},"message":"Peering {name} of circuit {circuitName} has {field} {actual}; expected /30 subnets for IPv4 and /126 for IPv6.","remediation":"Use one /30 per BGP session for IPv4 (or /126 for IPv6); Azure uses the second usable address of each subnet and you the first.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-routing","https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm"],"doc":"# ERS-BGP-002 peering-subnet-size\\n\\n**BGP subnets are exactly /30 (IPv4) or /126 (IPv6).**\\n\\n## Why\\nExpressRoute takes a /30 (IPv4) or /126 (IPv6) per session: the first address is yours, the second\\nMicrosoft\'s. A /29 or /125 is split into two such subnets before it is passed to the provisioning\\nAPIs, so a peering\'s own subnets are /30 or /126.\\n\\n## What is checked\\nThe message names the first subnet of the wrong size. The prefix length of `primaryPeerAddressPrefix` / `secondaryPeerAddressPrefix` (must be 30) and of\\n`ipv6PeeringConfig.primaryPeerAddressPrefix` / `secondaryPeerAddressPrefix` (must be 126), where set.\\nMissing subnets are ERS-BGP-001\'s finding.\\n\\n## Sources\\n- /30 (IPv4) and /126 (IPv6) per link, for private and Microsoft peering: [ExpressRoute routing requirements](https://learn.microsoft.com/azure/expressroute/expressroute-routing#ip-addresses-used-for-peering) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-routing.md`, ms.date 03/12/2026).\\n","file":"bgp/ERS-BGP-002.yaml"},{"id":"ERS-BGP-003","name":"peering-subnets-distinct","title":"BGP subnets are valid, distinct and do not overlap","category":"bgp","severity":"medium","pillar":"reliability","tags":["peering","bgp","addressing"],"resource":"estate","function":"peeringPrefixesDistinct","message":"Peering {name} of circuit {circuitName}: {actual}; expected {expected}.","remediation":"Give every BGP session its own /30 (or /126) that overlaps no other peering subnet of the circuit.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-routing"],"doc":"# ERS-BGP-003 peering-subnets-distinct\\n\\n**Primary and secondary subnets are valid CIDRs that overlap neither each other nor the subnets of\\nthe circuit\'s other peerings.**\\n\\n## Why\\nThe primary and secondary links each need their own /30 (or /126); Microsoft peering needs \\"a unique\\n/29 or two /30 subnets for each peering\\". Overlapping or identical subnets make the second session\\ncollide with the first or clash between private and Microsoft peering.\\n\\n## What is checked\\nFor every circuit, all IPv4 and IPv6 primary/secondary subnets of all its peerings are parsed as\\nCIDRs and compared pairwise (a circuit has at most a handful).\\n\\n## Sources\\n- First subnet for the primary link, second for the secondary; a unique subnet per peering per\\n  circuit: [ExpressRoute routing requirements](https://learn.microsoft.com/azure/expressroute/expressroute-routing#ip-addresses-used-for-peering) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-routing.md`, ms.date 03/12/2026).\\n","file":"bgp/ERS-BGP-003.yaml"},{"id":"ERS-BGP-004","name":"peering-enabled","title":"Peerings are enabled","category":"bgp","severity":"medium","pillar":"reliability","tags":["peering","bgp"],"resource":"peering","assert":{"allOf":[{"field":"state","notEquals":"Disabled"},{"anyOf":[{"field":"ipv6.state","notEquals":"Disabled"},{"field":"ipv6","exists":false}]}]},"message":"Peering {name} of circuit {circuitName} has {field} {actual}; expected Enabled (both BGP sessions up on the Azure side).","remediation":"Enable the peering (state Enabled), or delete it if it is no longer used.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm"],"doc":"# ERS-BGP-004 peering-enabled\\n\\n**Peerings are not administratively disabled.**\\n\\n## Why\\nA peering\'s `state` can be set to `Disabled`, which brings its BGP sessions down on the Microsoft\\nside while the configuration stays. Left in place, it looks configured in every inventory while\\ncarrying nothing.\\n\\n## What is checked\\n`properties.peerings[].properties.state` is not `Disabled` (the peering state enum is\\n`Disabled | Enabled`), and, where the peering has an IPv6 configuration, so is its own\\n`properties.ipv6PeeringConfig.state` (the IPv6 sessions\' state, the same `Disabled | Enabled`): a dual-stack or\\nIPv6-only peering whose IPv6 state is `Disabled` is a finding naming `ipv6.state`. A live row whose IPv6\\nconfiguration does not carry its `state` is **unknown** (never \\"enabled\\"). Live BGP session state is not in Resource Graph and is not checked. A template peering\\nthat does not set `state` is **unknown**: the REST API spec gives `ExpressRoutePeeringState` no `default`\\n(`specification/network/resource-manager/Microsoft.Network/stable/2025-07-01/expressRouteCircuit.json`) and Microsoft\\nLearn does not say what Azure sets then. A live peering (Resource Graph, a snapshot, an ARM response) whose row\\ndoes not carry `state` (a trimmed export, a projection that leaves it out) is **unknown** for the same reason. (An `azurerm_express_route_circuit_peering` is read from the plan\'s\\n`ipv4_enabled`, the value the provider sends as the state.)\\n\\n## Sources\\n- `ExpressRoutePeeringState` (`Disabled`, `Enabled`) on the peering: Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/expressRouteCircuit.json` (Azure/azure-rest-api-specs).\\n- Peerings are configured and enabled per circuit; each peering is a redundant pair of BGP sessions:\\n  [ExpressRoute circuits and peering](https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings#routingdomains) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-circuit-peerings.md`, ms.date 08/27/2026); configuring and updating a peering: [Configure peering for an ExpressRoute circuit (PowerShell)](https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-routing-arm.md`, ms.date 04/22/2024).\\n- The IPv6 configuration\'s own state: `Ipv6ExpressRouteCircuitPeeringConfig.state` (\\"The state of peering\\",\\n  `Enabled | Disabled`) in the same spec, and in the SDK reference generated from it:\\n  [Ipv6ExpressRouteCircuitPeeringConfig](https://learn.microsoft.com/javascript/api/@azure-rest/arm-network/ipv6expressroutecircuitpeeringconfig).\\n  Microsoft peering over IPv4, IPv6 or both, each family with its own subnets and BGP sessions (\\"a unique `/29` (IPv4)\\n  or `/125` (IPv6) subnet or two `/30` (IPv4) or `/126` (IPv6) subnets\\"): [ExpressRoute routing requirements](https://learn.microsoft.com/azure/expressroute/expressroute-routing#ip-addresses-used-for-microsoft-peering).\\n","file":"bgp/ERS-BGP-004.yaml"},{"id":"ERS-BGP-005","name":"microsoft-peering-route-filter","title":"Microsoft peering has a route filter attached","category":"bgp","severity":"high","pillar":"reliability","tags":["peering","microsoft-peering","bgp"],"resource":"peering","where":{"field":"peeringType","equals":"MicrosoftPeering"},"assert":{"allOf":[{"anyOf":[{"field":"routeFilterId","exists":true},{"allOf":[{"field":"primaryPeerAddressPrefix","exists":false},{"field":"secondaryPeerAddressPrefix","exists":false},{"field":"ipv6","exists":true}]}]},{"anyOf":[{"field":"ipv6.routeFilterId","exists":true},{"field":"ipv6","exists":false}]}]},"message":"Microsoft peering of circuit {circuitName} has no route filter ({field} not set); expected a route filter with the BGP communities of the services you use. A Microsoft peering configured on or after 1 August 2017 receives no prefixes until one is attached; one configured before that date receives all Microsoft 365 service prefixes without one, unfiltered.","remediation":"Create a route filter with the BGP communities of the services you use and attach it to the Microsoft peering.","links":["https://learn.microsoft.com/azure/expressroute/how-to-routefilter-portal","https://learn.microsoft.com/azure/expressroute/expressroute-faqs#route-filters-for-microsoft-peering"],"doc":"# ERS-BGP-005 microsoft-peering-route-filter\\n\\n**Microsoft peering has a route filter.**\\n\\n## Why\\nA route filter selects the services (BGP communities) whose prefixes Microsoft advertises over\\nMicrosoft peering. What happens without one depends on when the peering was configured:\\n- configured **on or after 1 August 2017**: no prefixes are advertised until a route filter is\\n  attached; the peering is up, billed and carries nothing;\\n- configured **before 1 August 2017**: all Microsoft Office service prefixes are advertised even\\n  without a route filter, unfiltered (every service\'s prefixes, whether or not you use them).\\n\\nEither way a route filter is what makes the advertised routes a choice. erscan cannot tell from the\\nresource when its peering was configured, so the finding is kept for both and the message says both.\\n\\n## What is checked\\nPeerings of type `MicrosoftPeering`: a route filter for each address family the peering has.\\n- IPv4: `properties.routeFilter.id` is set, unless the peering is IPv6-only (no IPv4\\n  `primaryPeerAddressPrefix` or `secondaryPeerAddressPrefix`, and an `ipv6PeeringConfig`): with no\\n  IPv4 subnet there is no IPv4 BGP session to filter.\\n- IPv6: where the peering has an `ipv6PeeringConfig`, its own `routeFilter.id` is set. Azure keeps a\\n  separate route filter reference per family (`ipv6PeeringConfig.routeFilter`, and a route filter\'s\\n  `ipv6Peerings` beside its `peerings`), so a dual-stack peering whose filter is attached to IPv4 only\\n  is a finding that names `ipv6.routeFilterId`.\\n\\n## How to fix\\nCreate a route filter with the BGP communities of the services you use and attach it to the\\nMicrosoft peering (Microsoft 365 communities also need authorization for Microsoft 365 over\\nExpressRoute).\\n\\n## Sources\\n- The 1 August 2017 behaviour, before and after: [Configure route filters for Microsoft peering](https://learn.microsoft.com/azure/expressroute/how-to-routefilter-portal) (MicrosoftDocs/azure-docs `articles/expressroute/how-to-routefilter-portal.md`, ms.date 01/31/2025) (\\"Important\\" note), and [ExpressRoute FAQ](https://learn.microsoft.com/azure/expressroute/expressroute-faqs#route-filters-for-microsoft-peering) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-faqs.md`, ms.date 03/31/2026)\\n  (\\"I have Microsoft peering at one location\u2026\\").\\n- Microsoft peering over IPv4, IPv6 or both, each family with its own subnets and BGP sessions: \\"You\\n  must use a unique `/29` (IPv4) or `/125` (IPv6) subnet or two `/30` (IPv4) or `/126` (IPv6) subnets to\\n  set up the BGP peering\\": [ExpressRoute routing requirements, IP addresses used for Microsoft peering](https://learn.microsoft.com/azure/expressroute/expressroute-routing#ip-addresses-used-for-microsoft-peering)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-routing.md`).\\n- A route filter reference per family: `Ipv6ExpressRouteCircuitPeeringConfig.routeFilter` (\\"The reference\\n  to the RouteFilter resource\\") beside the peering\'s own `routeFilter`, and `ipv6Peerings` beside `peerings`\\n  on the route filter: [Microsoft.Network routeFilters (template reference)](https://learn.microsoft.com/azure/templates/microsoft.network/routefilters)\\n  and the Azure REST API spec `expressRouteCircuit.json` / `routeFilter.json` (Azure/azure-rest-api-specs);\\n  `Set-AzExpressRouteCircuitPeeringConfig -RouteFilter \u2026 -PeerAddressType IPv4 | IPv6` sets one family\'s:\\n  [Set-AzExpressRouteCircuitPeeringConfig](https://learn.microsoft.com/powershell/module/az.network/set-azexpressroutecircuitpeeringconfig).\\n","file":"bgp/ERS-BGP-005.yaml"},{"id":"ERS-BGP-006","name":"microsoft-peering-public-asn","title":"Microsoft peering uses a public ASN, or a private one whose prefixes Microsoft validated","category":"bgp","severity":"medium","pillar":"operational-excellence","tags":["peering","microsoft-peering","bgp","asn"],"resource":"estate","function":"microsoftPeeringAsn","parameters":{"acceptValidatedPrivateAsn":true},"message":"Microsoft peering of circuit {circuitName} uses {actual}; expected {expected}.","remediation":"Peer with a public AS number registered in a routing registry (ARIN, RIPE NCC, APNIC, \u2026) for your public prefixes; or, to keep the private ASN, open a support case for manual validation of the prefixes and ASN (Microsoft asks for a Letter of Authorization). Microsoft strips private ASNs from the AS path, so AS-path prepending with them has no effect.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-routing#microsoft-peering","https://learn.microsoft.com/azure/expressroute/expressroute-faqs#why-does-the-advertised-public-prefixes-status-show-validation-needed-while-configuring-microsoft-peering"],"doc":"# ERS-BGP-006 microsoft-peering-public-asn\\n\\n**Microsoft peering uses a public ASN, or a private one whose prefixes Microsoft validated.**\\n\\n## Why\\nMicrosoft validates the public prefixes advertised over Microsoft peering against the peer ASN in a\\nrouting registry (ARIN, RIPE NCC, APNIC, \u2026). A private ASN (64512\u201365534, 4200000000\u20134294967294) is\\n**allowed** on Microsoft peering, but cannot be validated against a registry: it needs **manual\\nvalidation** through a support case (Microsoft asks for documents such as a Letter of\\nAuthorization). Until that is done the prefixes stay in `ValidationNeeded`. Microsoft also strips\\nprivate ASNs from the AS path of received prefixes, so AS-path prepending with them has no effect.\\n\\n## What is checked\\nPeerings of type `MicrosoftPeering` whose `peerASN` is private:\\n- compliant when `microsoftPeeringConfig.advertisedPublicPrefixesState` is `Configured` (manual\\n  validation completed), unless the policy requires a public ASN regardless;\\n- otherwise a finding that names the ASN and the prefix state.\\nThe state is read-only: in templates (and inputs without it) the verdict is **unknown**.\\n\\nEach address family the peering has is validated on its own: the IPv4\\n`microsoftPeeringConfig.advertisedPublicPrefixesState` where the peering has IPv4 (an IPv4 subnet, or\\nno IPv6 configuration), and `ipv6PeeringConfig.microsoftPeeringConfig.advertisedPublicPrefixesState`\\nwhere it has an IPv6 configuration. A dual-stack peering whose IPv4 prefixes are validated but whose\\nIPv6 prefixes are not (`ValidationNeeded`) is a finding that names the IPv6 state. An IPv6-only\\npeering (no IPv4 `primaryPeerAddressPrefix` or `secondaryPeerAddressPrefix`) has no IPv4 BGP session:\\nits IPv4 configuration, absent from the row or reported empty as `NotConfigured`, neither fails it nor\\nleaves it undecided; its IPv6 state decides. A live row that does not carry a family\'s configuration\\nor state leaves the verdict **unknown**, unless another family is already a finding.\\n\\n## Parameters\\n- `acceptValidatedPrivateAsn` (default `true`). Set `false` for the stricter policy \\"Microsoft\\n  peering always uses a public ASN\\": every private ASN is then a finding.\\n\\n## Sources\\n- \\"You can use a private AS number with Microsoft peering, but it requires manual validation\\"; \\"Microsoft\\n  removes private AS numbers in the AS PATH for the received prefixes\\"; registries: [ExpressRoute routing requirements](https://learn.microsoft.com/azure/expressroute/expressroute-routing#microsoft-peering) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-routing.md`, ms.date 03/12/2026).\\n- Peer ASN may be private or public on Microsoft peering (customer ASN public only):\\n  [ExpressRoute circuits and peering](https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings#peeringcompare) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-circuit-peerings.md`, ms.date 08/27/2026).\\n- *Validation needed* and the manual-validation support case: [ExpressRoute FAQ](https://learn.microsoft.com/azure/expressroute/expressroute-faqs#why-does-the-advertised-public-prefixes-status-show-validation-needed-while-configuring-microsoft-peering) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-faqs.md`, ms.date 03/31/2026).\\n- Microsoft peering over IPv4, IPv6 or both, each family with its own subnets and BGP sessions: \\"You\\n  must use a unique `/29` (IPv4) or `/125` (IPv6) subnet or two `/30` (IPv4) or `/126` (IPv6) subnets to\\n  set up the BGP peering\\": [ExpressRoute routing requirements, IP addresses used for Microsoft peering](https://learn.microsoft.com/azure/expressroute/expressroute-routing#ip-addresses-used-for-microsoft-peering)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-routing.md`). Each family\'s prefixes are\\n  validated on their own (`-PeerAddressType IPv4 | IPv6`): [Add-AzExpressRouteCircuitMicrosoftPeeringPrefixConfig](https://learn.microsoft.com/powershell/module/az.network/add-azexpressroutecircuitmicrosoftpeeringprefixconfig);\\n  `Ipv6ExpressRouteCircuitPeeringConfig.microsoftPeeringConfig` carries its own\\n  `advertisedPublicPrefixesState` (Azure REST API spec `expressRouteCircuit.json`, Azure/azure-rest-api-specs).\\n- Private ASN ranges (usable 64512\u201365514, 65521\u201365534; 65515\u201365520 reserved by Azure): [VPN Gateway FAQ, BGP](https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq#bgp) (MicrosoftDocs/azure-docs `includes/vpn-gateway-faq-bgp-include.md`, ms.date 09/17/2020).\\n","file":"bgp/ERS-BGP-006.yaml"},{"id":"ERS-BGP-007","name":"microsoft-peering-prefixes-validated","title":"Microsoft peering\'s advertised public prefixes are validated","category":"bgp","severity":"medium","pillar":"reliability","tags":["peering","microsoft-peering","bgp"],"deployedState":true,"resource":"peering","where":{"field":"peeringType","equals":"MicrosoftPeering"},"assert":{"allOf":[{"anyOf":[{"field":"microsoftPeeringConfig.advertisedPublicPrefixesState","equals":"Configured"},{"allOf":[{"field":"primaryPeerAddressPrefix","exists":false},{"field":"secondaryPeerAddressPrefix","exists":false},{"field":"ipv6.microsoftPeeringConfig","exists":true}]}]},{"anyOf":[{"field":"ipv6.microsoftPeeringConfig.advertisedPublicPrefixesState","equals":"Configured"},{"field":"ipv6.microsoftPeeringConfig","exists":false}]}]},"message":"Microsoft peering of circuit {circuitName} has {field} {actual}; expected Configured (prefixes validated by Microsoft).","remediation":"Complete prefix validation (routing registry entries, or the signed validation process for prefixes registered elsewhere); until then Microsoft ignores the advertised prefixes.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-routing","https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-portal-resource-manager"],"doc":"# ERS-BGP-007 microsoft-peering-prefixes-validated\\n\\n**Microsoft validated the public prefixes advertised over Microsoft peering.**\\n\\n## Why\\nMicrosoft checks that the advertised public prefixes and the peer (or customer) ASN are assigned to\\nyou in a routing registry. When the automatic validation cannot complete, the state is *Validation\\nneeded* and you must validate manually with a support case. Until then the prefixes are not\\naccepted.\\n\\n## What is checked\\n`properties.microsoftPeeringConfig.advertisedPublicPrefixesState` is `Configured`, and so is\\n`properties.ipv6PeeringConfig.microsoftPeeringConfig.advertisedPublicPrefixesState` where the peering\\nhas an IPv6 Microsoft peering configuration (its advertised IPv6 prefixes are validated the same\\nway). An IPv6-only Microsoft peering (no IPv4 `primaryPeerAddressPrefix` or\\n`secondaryPeerAddressPrefix`, and an `ipv6PeeringConfig.microsoftPeeringConfig`) is decided by its\\nIPv6 configuration alone: with no IPv4 subnet there is no IPv4 BGP session to advertise IPv4\\nprefixes over, so an absent IPv4 `microsoftPeeringConfig`, or one Azure reports as `NotConfigured`,\\nneither fails it nor leaves it undecided. A live row that does not carry the IPv6 state is\\nundecided; so is a live row whose `ipv6PeeringConfig` (of a Microsoft peering) does not carry its own\\n`microsoftPeeringConfig`: the IPv6 prefixes are then not known, never \\"none to validate\\". Not evaluated on\\ntemplates (read-only state).\\n\\n## Sources\\n- Validation against the Internet Routing Registry, *Validation needed*, manual validation: [ExpressRoute FAQ](https://learn.microsoft.com/azure/expressroute/expressroute-faqs#why-does-the-advertised-public-prefixes-status-show-validation-needed-while-configuring-microsoft-peering) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-faqs.md`, ms.date 03/31/2026).\\n- Registries and manual validation for prefixes registered elsewhere: [ExpressRoute routing requirements](https://learn.microsoft.com/azure/expressroute/expressroute-routing#microsoft-peering) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-routing.md`, ms.date 03/12/2026).\\n- Microsoft peering set up over IPv4 or IPv6: \\"You must use a unique `/29` (IPv4) or `/125` (IPv6)\\n  subnet or two `/30` (IPv4) or `/126` (IPv6) subnets to set up the BGP peering\\", each subnet pair\\n  carrying its own BGP sessions: [ExpressRoute routing requirements, IP addresses used for Microsoft peering](https://learn.microsoft.com/azure/expressroute/expressroute-routing#ip-addresses-used-for-microsoft-peering)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-routing.md`). (The\\n  [workflows page](https://learn.microsoft.com/azure/expressroute/expressroute-workflows) lists\\n  Microsoft peering\'s IPv6 subnets as optional beside its IPv4 ones; this rule does not judge whether a\\n  peering should also have IPv4: it asks only that the prefixes advertised over the sessions the\\n  peering has are validated.)\\n- IPv6 advertised prefixes have their own validation (\\"Adds prefix validation properties required to\\n  validate the advertised public prefixes in Microsoft peering\\", `-PeerAddressType` IPv4 or IPv6):\\n  [Add-AzExpressRouteCircuitMicrosoftPeeringPrefixConfig](https://learn.microsoft.com/powershell/module/az.network/add-azexpressroutecircuitmicrosoftpeeringprefixconfig);\\n  `Ipv6ExpressRouteCircuitPeeringConfig.microsoftPeeringConfig` is an `ExpressRouteCircuitPeeringConfig`\\n  with its own `advertisedPublicPrefixesState` in the REST API spec below.\\n- The state enum (`NotConfigured | Configuring | Configured | ValidationNeeded`): Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/expressRouteCircuit.json` (Azure/azure-rest-api-specs).\\n","file":"bgp/ERS-BGP-007.yaml"},{"id":"ERS-BGP-008","name":"peer-asn-not-reserved","title":"The peer ASN is not one Azure reserves","category":"bgp","severity":"high","pillar":"reliability","tags":["peering","bgp","asn"],"resource":"peering","where":{"field":"peerASN","exists":true},"assert":{"allOf":[{"field":"peerASN","notIn":[0,8074,8075,12076,23456,4294967295]},{"not":{"allOf":[{"field":"peerASN","greaterOrEquals":65515},{"field":"peerASN","lessOrEquals":65520}]}},{"not":{"allOf":[{"field":"peerASN","greaterOrEquals":64496},{"field":"peerASN","lessOrEquals":64511}]}},{"not":{"allOf":[{"field":"peerASN","greaterOrEquals":65535},{"field":"peerASN","lessOrEquals":65551}]}}]},"message":"Peering {name} of circuit {circuitName} uses peer ASN {peerASN}; expected an ASN that Azure and IANA do not reserve (not 8074, 8075, 12076, 65515\u201365520, 0, 23456, 64496\u201364511, 65535\u201365551 or 4294967295).","remediation":"Renumber the customer edge\'s BGP ASN. 12076 is Microsoft\'s side of every ExpressRoute session, 8074 and 8075 are Microsoft\'s public ASNs, 65515\u201365520 are used inside Azure (gateways, Route Server, vWAN), and 64496\u201364511 and 65535\u201365551 are IANA\'s documentation and last-ASN reservations.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-routing#autonomous-system-numbers-asn","https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq#bgp"],"doc":"# ERS-BGP-008 peer-asn-not-reserved\\n\\n**The peer ASN is not one that Azure or IANA reserves.**\\n\\n## Why\\nAzure uses some ASNs itself, and IANA reserves others; a customer edge numbered with one of them\\ncollides with Azure\'s side of the session or is refused in the AS path:\\n- Azure: 12076 (Microsoft\'s ASN for Azure public, Azure private and Microsoft peering), 8074 and\\n  8075 (Microsoft\'s other public ASNs), 65515\u201365520 (reserved for internal use: gateways, Route\\n  Server, vWAN);\\n- IANA: 0 and 23456 (AS_TRANS), 64496\u201364511 (documentation), 65535\u201365551 (last 16-bit ASN and\\n  documentation) and 4294967295 (last 32-bit ASN).\\n\\n## What is checked\\n`properties.peerings[].properties.peerASN` is none of the numbers above, on every peering type.\\n\\n## How to fix\\nRenumber the customer edge\'s BGP ASN.\\n\\n## Sources\\n- 12076 and 65515\u201365520 (\\"Microsoft uses AS 12076 for Azure public, Azure private, and Microsoft peering. Microsoft\\n  reserves ASNs from 65,515 to 65,520 for internal use\\"), and for Microsoft peering \\"AS numbers 64496 through 64511\\n  reserved by IANA for documentation purposes aren\'t allowed in the path\\": [ExpressRoute routing requirements](https://learn.microsoft.com/azure/expressroute/expressroute-routing#autonomous-system-numbers-asn) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-routing.md`, ms.date 03/12/2026).\\n- The same Azure and IANA lists, \\"You can\'t use the ranges reserved by Azure or IANA\\": the Virtual WAN FAQ\\n  (https://learn.microsoft.com/azure/virtual-wan/virtual-wan-faq) and the Route Server FAQ\\n  (https://learn.microsoft.com/azure/route-server/route-server-faq).\\n- Azure-reserved public ASNs 8074, 8075, 12076 and private 65515, 65517\u201365520; IANA-reserved 23456,\\n  64496\u201364511, 65535\u201365551: [VPN Gateway FAQ, BGP](https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq#bgp) (MicrosoftDocs/azure-docs `includes/vpn-gateway-faq-bgp-include.md`, ms.date 09/17/2020).\\n- 0, 23456 and 4294967295 are IANA\'s special-purpose ASNs (IANA special registry, RFC 7607, RFC 6793,\\n  RFC 7300), linked from the VPN Gateway FAQ above.\\n","file":"bgp/ERS-BGP-008.yaml"},{"id":"ERS-BGP-009","name":"azure-public-peering-deprecated","title":"Circuits do not use the deprecated Azure public peering","category":"bgp","severity":"high","pillar":"operational-excellence","tags":["peering","legacy"],"resource":"peering","assert":{"field":"peeringType","notEquals":"AzurePublicPeering"},"message":"Circuit {circuitName} still has an Azure public peering ({name}); expected Microsoft peering with a route filter instead. Azure public peering is deprecated (not available for new circuits) and Microsoft gives 31 March 2024 as its retirement date.","remediation":"Create a Microsoft peering with a route filter for the services you need, move traffic, then delete the Azure public peering.","links":["https://learn.microsoft.com/azure/expressroute/about-public-peering","https://learn.microsoft.com/azure/expressroute/how-to-move-peering","https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings"],"doc":"# ERS-BGP-009 azure-public-peering-deprecated\\n\\n**No circuit keeps an Azure public peering.**\\n\\n## Why\\nAzure public peering is deprecated: it is not available for new circuits, which have private and\\nMicrosoft peering only, and Microsoft set its retirement for 31 March 2024 (a date now past). Azure\\nPaaS services such as Storage and SQL Database are reachable through Microsoft peering, with route\\nfilters; Microsoft documents the move from public to Microsoft peering with no downtime.\\n\\n## What is checked\\n`properties.peerings[].properties.peeringType` is not `AzurePublicPeering`.\\n\\n## Sources\\n- \\"Public Peering (deprecated for new circuits, will be retired on March 31, 2024)\\": the peering\\n  comparison on [Create and manage ExpressRoute public peering](https://learn.microsoft.com/azure/expressroute/about-public-peering#compare)\\n  (MicrosoftDocs/azure-docs `includes/expressroute-peering-comparison.md`); \\"Public peering is deprecated.\\n  You cannot create public peering on new ExpressRoute circuits\\", same page.\\n- \\"Public peering for ExpressRoute is being retired on March 31, 2024\\"; \\"Support: No new public peering\\n  deployments. Public peering will be retired on March 31, 2024\\"; \\"ExpressRoute supports using Microsoft\\n  peering with route filters for Azure PaaS services, such as Azure storage and Azure SQL Database\\"; the\\n  move with no downtime:\\n  [Move a public peering to Microsoft peering](https://learn.microsoft.com/azure/expressroute/how-to-move-peering)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/how-to-move-peering.md`, ms.date 04/07/2023).\\n- New circuits have two peerings, private and Microsoft; \\"An ExpressRoute circuit has two routing\\n  domains/peerings: Azure Private and Microsoft\\" (the page no longer lists public peering): [ExpressRoute circuits and peering](https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings#circuits) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-circuit-peerings.md`, ms.date 08/27/2026).\\n- [ExpressRoute routing requirements](https://learn.microsoft.com/azure/expressroute/expressroute-routing) (MicrosoftDocs/azure-docs\\n  `articles/expressroute/expressroute-routing.md`, ms.date 03/12/2026) no longer has its \\"Public peering\\n  (deprecated - not available for new circuits)\\" section (it had it at ms.date 09/06/2023); its BGP\\n  communities section still names \\"public (deprecated)\\" peering.\\n","file":"bgp/ERS-BGP-009.yaml"},{"id":"ERS-BGP-010","name":"peering-md5-required","title":"BGP sessions use an MD5 key (policy choice)","category":"bgp","severity":"medium","pillar":"security","tags":["peering","bgp","policy"],"resource":"estate","function":"peeringMd5Configured","enabledByDefault":false,"parameters":{"peeringTypes":["AzurePrivatePeering","MicrosoftPeering"]},"message":"Peering {name} of circuit {circuitName}: MD5 key {actual}; expected {expected}.","remediation":"Configure the same MD5 shared key on the peering and on both customer-edge BGP sessions. erscan reads only whether a key exists, never its value.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm"],"doc":"# ERS-BGP-010 peering-md5-required\\n\\n**Off by default.** Where policy demands it, BGP sessions are protected with an MD5 key.\\n\\n## Why\\nMD5 authentication protects the BGP session\'s TCP connection. ExpressRoute supports it on private and\\nMicrosoft peering but does not require it (\\"Authentication of BGP sessions isn\'t required\\"):\\nwhether it is needed is the customer\'s policy, hence off by default.\\n\\n## What is checked\\nPeerings whose type is in `peeringTypes`: `properties.sharedKey` is present. The key is a secret:\\nerscan replaces it with a marker when reading the input and keeps only a yes/no. Resource Graph\\nand some ARM reads omit `sharedKey`; then the result is **unknown**, never a pass. A template\\ndeclares the whole peering: one without `sharedKey` deploys it without a key (there is no default),\\na finding; a key from a parameter with no value in the scanned files is **unknown**.\\n\\n## Parameters\\n- `peeringTypes` (default `[AzurePrivatePeering, MicrosoftPeering]`).\\n\\nEnable with `rules.enable: [ERS-BGP-010]` in the config (`rules.include` would run this rule alone).\\n\\n## Sources\\n- \\"Authentication of BGP sessions isn\'t required. If necessary, you can configure an MD5 hash\\":\\n  [ExpressRoute routing requirements](https://learn.microsoft.com/azure/expressroute/expressroute-routing#dynamic-route-exchange) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-routing.md`, ms.date 03/12/2026).\\n- MD5 hash support on both peerings: [ExpressRoute circuits and peering](https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings#peeringcompare) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-circuit-peerings.md`, ms.date 08/27/2026).\\n","file":"bgp/ERS-BGP-010.yaml"},{"id":"ERS-BGP-011","name":"vlan-ids-valid-unique","title":"VLAN ids are valid and unique per circuit (and per Dot1Q port)","category":"bgp","severity":"high","pillar":"reliability","tags":["peering","vlan","direct"],"resource":"estate","function":"vlanIdsValid","message":"Peering {name} of circuit {circuitName}: {actual}; expected {expected}.","remediation":"Give each peering its own VLAN id from 1 to 4094; on a Dot1Q ExpressRoute Direct port keep VLAN ids unique across all circuits of the port (or use QinQ).","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm","https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about"],"doc":"# ERS-BGP-011 vlan-ids-valid-unique\\n\\n**VLAN ids are in 1\u20134094 and unique where they must be.**\\n\\n## Why\\nEach peering is a VLAN (802.1Q tag) on the circuit\'s links. Two peerings on one tag, or a tag outside\\n1\u20134094, cannot be provisioned. On ExpressRoute Direct ports with `Dot1Q` encapsulation \\"a C-Tag used\\non a peering must be unique across all circuits and peerings on the ExpressRoute Direct port pair\\";\\nwith `QinQ` each circuit has its own outer S-tag and the C-Tag need only be unique on the circuit.\\n\\n## What is checked\\nPer circuit: each peering\'s `vlanId` is set and in range, and no two peerings share it. Per Direct\\nport with `encapsulation: Dot1Q`: no two circuits\' peerings share a VLAN id. A VLAN id a template\\ncould not resolve is reported as unknown, and so is a shared VLAN id on a port whose encapsulation is not known (a\\nlive row without it, or a template that does not set it: the REST API spec gives `encapsulation` no `default`,\\nand Microsoft Learn has it chosen when the port is created).\\n\\n## Sources\\n- Dot1Q and QinQ tag uniqueness on ExpressRoute Direct: [About ExpressRoute Direct](https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about#vlan-tagging) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-erdirect-about.md`, ms.date 03/02/2026).\\n- Each peering has its own VLAN id: [Configure peering for an ExpressRoute circuit (PowerShell)](https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-routing-arm.md`, ms.date 04/22/2024).\\n- The 1\u20134094 range is IEEE 802.1Q\'s usable VLAN id range (0 and 4095 are reserved by the standard).\\n","file":"bgp/ERS-BGP-011.yaml"},{"id":"ERS-BGP-012","name":"vwan-gateway-non-vwan-traffic","title":"vWAN ExpressRoute gateways do not accept traffic from non-Virtual WAN networks over ExpressRoute","category":"bgp","severity":"medium","pillar":"reliability","tags":["gateway","vwan","routing"],"resource":"gateway","where":{"field":"flavor","equals":"vwan"},"assert":{"field":"allowNonVirtualWanTraffic","notEquals":true},"message":"vWAN ExpressRoute gateway {name} has allowNonVirtualWanTraffic {actual}; expected it off, so that traffic between Virtual WAN and VNets behind ExpressRoute virtual network gateways does not hairpin through the circuits\' peering location.","remediation":"Turn \\"Allow traffic from non Virtual WAN networks\\" off on the hub\'s ExpressRoute gateway and connect those VNets to the Virtual WAN hub (or peer them) instead.","links":["https://learn.microsoft.com/azure/expressroute/virtual-network-connectivity-guidance","https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#virtual-network-to-virtual-network-connectivity"],"references":{"APRL":["expressRouteGateways 560a76a7-8f64-4ce3-ad27-d174468861a1"]},"doc":"# ERS-BGP-012 vwan-gateway-non-vwan-traffic\\n\\n**vWAN ExpressRoute gateways do not accept traffic from non-Virtual WAN networks.**\\n\\n## Why\\n`allowNonVirtualWanTraffic` lets a Virtual WAN hub\'s ExpressRoute gateway accept traffic from VNets\\nthat reach the same circuit through their own ExpressRoute virtual network gateways. That traffic\\nthen hairpins through the circuit\'s peering location (the MSEE) instead of taking a direct path:\\nhigher latency, and the gateways\' bandwidth limits in the data path. Microsoft recommends VNet\\npeering (or connecting the VNets to the hub) for VNet-to-VNet traffic.\\n\\n## What is checked\\n`Microsoft.Network/expressRouteGateways`: `properties.allowNonVirtualWanTraffic` is not `true`.\\n\\nA gateway that does not say (an ARM/Bicep template that leaves the property out, a live row that does not carry\\nit) is **unknown**, never \\"off\\": the REST API spec gives the property no `default`, and Microsoft\'s pages do not\\nsettle what Azure applies. Learn says VNet-to-VNet connectivity over ExpressRoute is \\"disabled\\" by default and, on\\nthe same pages, that it happens \\"by default\\" (see Sources); the ExpressRoute team\'s announcement of these settings\\nsays gateways that existed before them keep accepting that traffic; and a template may update a gateway that exists.\\nA Terraform plan holds what azurerm sends: `allow_non_virtual_wan_traffic` \\"Defaults to `false`\\", sent on every\\ncreate and update (`pointer.To(d.Get(\\"allow_non_virtual_wan_traffic\\").(bool))`), so there it is known.\\n\\n## Sources\\n- Why not (gateway in the data path, MSEE latency), and contradictory defaults: \\"When multiple virtual networks\\n  are linked to an ExpressRoute circuit, VNet to VNet connectivity is enabled. Although this behavior happens by\\n  default when linking virtual networks to the same ExpressRoute circuit, Microsoft doesn\'t recommend this\\n  solution\\", then \\"By default, VNet to VNet and VNet to Virtual WAN connectivity is disabled through an\\n  ExpressRoute circuit\\": [Connectivity between virtual networks over Azure ExpressRoute](https://learn.microsoft.com/azure/expressroute/virtual-network-connectivity-guidance) (MicrosoftDocs/azure-docs `articles/expressroute/virtual-network-connectivity-guidance.md`, read 2026-12-02).\\n- The same contradiction: \\"By default, virtual network-to-virtual network (VNet-to-VNet) and VNet-to-Virtual WAN\\n  connectivity is disabled through an ExpressRoute circuit for all gateway SKUs\\" and, in \\"VNet-to-VNet\\n  connectivity over ExpressRoute\\", \\"By default, connectivity between virtual networks is enabled when you link\\n  multiple virtual networks to the same ExpressRoute circuit\\": [About ExpressRoute virtual network gateways](https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-about-virtual-network-gateways.md`, ms.date 11/06/2025).\\n- Existing gateways: \\"Pre-existing VNG resources will keep the existing behaviour of accepting all network prefix\\n  advertisements, including those originating from other Virtual Networks and Virtual WAN Hubs\\": [Customisation controls for connectivity between Virtual Networks over ExpressRoute](https://techcommunity.microsoft.com/t5/azure-networking-blog/customisation-controls-for-connectivity-between-virtual-networks/ba-p/4147722) (Azure Networking Blog).\\n- Terraform: `allow_non_virtual_wan_traffic` \\"Defaults to `false`\\" ([azurerm_express_route_gateway](https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/express_route_gateway)).\\n- `allowNonVirtualWanTraffic` (\\"Configures this gateway to accept traffic from non Virtual WAN\\n  networks\\") on `ExpressRouteGatewayProperties`: Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/virtualWan.json` (Azure/azure-rest-api-specs).\\n\\n## Equivalent checks\\nAPRL v2 `azure-resources/Network/expressRouteGateways/recommendations.yaml`, `aprlGuid: 560a76a7-8f64-4ce3-ad27-d174468861a1` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71) (\\"Avoid using ExpressRoute circuits for VNet to VNet\\ncommunication\\"; its query flags the same property).\\n","file":"bgp/ERS-BGP-012.yaml"},{"id":"ERS-BGP-013","name":"vnet-to-vnet-over-expressroute","title":"VNet-to-VNet traffic does not run over ExpressRoute circuits","category":"bgp","severity":"medium","pillar":"reliability","tags":["gateway","routing","estate"],"resource":"estate","function":"vnetToVnetOverExpressRoute","message":"Gateway {name}: {actual}; expected {expected}.","remediation":"Connect the VNets with VNet peering (or Virtual WAN) and turn off \\"Allow traffic from remote virtual networks\\" (allowRemoteVnetTraffic) and \\"Allow traffic from remote Virtual WAN networks\\" (allowVirtualWanTraffic) on the ExpressRoute gateway.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#virtual-network-to-virtual-network-connectivity","https://learn.microsoft.com/azure/expressroute/virtual-network-connectivity-guidance"],"references":{"APRL":["virtualNetworkGateways 194c14ac-0d7a-5a48-ae32-75fa450ee564"]},"doc":"# ERS-BGP-013 vnet-to-vnet-over-expressroute\\n\\n**VNet-to-VNet traffic does not run over ExpressRoute circuits.**\\n\\n## Why\\nWhen several VNets are linked to one circuit, their gateways can be set to accept traffic from the\\nother VNets (`allowRemoteVnetTraffic`) or from Virtual WAN (`allowVirtualWanTraffic`). Traffic\\nbetween them then leaves Azure for the circuit\'s peering location and comes back: the ExpressRoute\\ngateways are in the data path (bandwidth and flow limits) and the MSEE hop adds latency. Microsoft\\nrecommends VNet peering instead.\\n\\n## What is checked\\nEstate-level, across subscriptions and tenants: an ExpressRoute virtual network gateway with\\n`allowRemoteVnetTraffic` on while one of its circuits also serves another VNet gateway, or with\\n`allowVirtualWanTraffic` on while one of its circuits also serves a vWAN hub\'s ExpressRoute\\ngateway. Another ExpressRoute gateway of the **same** VNet (its GatewaySubnet in the same virtual network) is not\\nanother VNet: the guided gateway migration deploys \\"a second virtual network gateway in the same GatewaySubnet\\", and\\n\\"during the migration process, there will be two virtual network gateways in operation within the same GatewaySubnet\\"\\n([About migrating to an availability zone-enabled ExpressRoute virtual network gateway](https://learn.microsoft.com/azure/expressroute/gateway-migration),\\nMicrosoftDocs/azure-docs `articles/expressroute/gateway-migration.md`, ms.date 04/26/2024), both connected to the\\nVNet\'s circuits; a gateway whose VNet is not known is taken as another VNet\'s. A flag on without such sharing does not\\nroute any VNet-to-VNet traffic and is not reported on a live estate; in templates (a partial view), or when a circuit serves gateways outside\\nthe inventory, it is **unknown**: so it is when the gateway\'s circuit is itself outside the inventory (the\\ncircuit owner\'s subscription or tenant was not scanned), or has more authorizations `InUse` than its\\nconnections in the inventory redeem (a connection in a scope erscan did not read, such as a partner\\ntenant\'s gateway, uses it; [expressroute-howto-linkvnet-arm](https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm):\\nauthorizations connect VNets in other subscriptions).\\n\\nEach flag is judged on its own: one known to be on while a gateway of its kind shares the circuit fails, whatever\\nthe other. A flag the gateway does not state (an ARM/Bicep template that leaves it out, a live row that does not\\ncarry it) is **unknown**, never \\"off\\", where it could matter (a gateway of its kind shares the circuit, or may: a\\ntemplate, or a circuit serving gateways outside the inventory). The REST API spec gives neither flag a `default`,\\nand Microsoft\'s pages disagree on what Azure applies (see Sources): Learn says VNet-to-VNet connectivity over\\nExpressRoute is both \\"disabled\\" and \\"enabled\\" by default, the ExpressRoute team\'s announcement says gateways that\\nexisted before the settings keep accepting that traffic, and a template may update a gateway that exists. A\\nTerraform plan holds what azurerm sends: `remote_vnet_traffic_enabled` and `virtual_wan_traffic_enabled`\\n\\"Defaults to `false`\\", sent on create (`d.Get(...)`), so there they are known.\\n\\n## Sources\\n- Why not to use it, and the gateway settings that enable it: [Connectivity between virtual networks over Azure ExpressRoute](https://learn.microsoft.com/azure/expressroute/virtual-network-connectivity-guidance) (MicrosoftDocs/azure-docs `articles/expressroute/virtual-network-connectivity-guidance.md`, read 2026-12-02), which says both \\"this behavior happens by default when linking virtual networks to the same ExpressRoute circuit\\" and \\"By default, VNet to VNet and VNet to Virtual WAN connectivity is disabled through an ExpressRoute circuit\\".\\n- [About ExpressRoute virtual network gateways](https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-about-virtual-network-gateways.md`, ms.date 11/06/2025): \\"By default, virtual network-to-virtual network (VNet-to-VNet) and VNet-to-Virtual WAN connectivity is disabled through an ExpressRoute circuit for all gateway SKUs\\", and further down \\"By default, connectivity between virtual networks is enabled when you link multiple virtual networks to the same ExpressRoute circuit\\".\\n- [Configure a virtual network gateway for ExpressRoute using the Azure portal](https://learn.microsoft.com/azure/expressroute/expressroute-howto-add-gateway-portal-resource-manager#enable-vnet-to-vnet-or-vnet-to-virtual-wan-traffic) (ms.date 07/25/2025): \\"By default, virtual network-to-virtual network (VNet-to-VNet) and VNet-to-Virtual WAN traffic is disabled through ExpressRoute\\", and the two settings (\\"Allow traffic from remote virtual networks\\", \\"Allow traffic from remote Virtual WAN network\\").\\n- Existing gateways: \\"Pre-existing VNG resources will keep the existing behaviour of accepting all network prefix advertisements, including those originating from other Virtual Networks and Virtual WAN Hubs\\": [Customisation controls for connectivity between Virtual Networks over ExpressRoute](https://techcommunity.microsoft.com/t5/azure-networking-blog/customisation-controls-for-connectivity-between-virtual-networks/ba-p/4147722) (Azure Networking Blog).\\n- Terraform: `remote_vnet_traffic_enabled`, `virtual_wan_traffic_enabled` \\"Defaults to `false`\\" ([azurerm_virtual_network_gateway](https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/virtual_network_gateway)).\\n- `allowRemoteVnetTraffic` (\\"Configure this gateway to accept traffic from other Azure Virtual\\n  Networks\\") and `allowVirtualWanTraffic` (\\"\u2026from remote Virtual WAN networks\\") on\\n  `VirtualNetworkGatewayPropertiesFormat`: Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/virtualNetworkGateway.json` (Azure/azure-rest-api-specs).\\n\\n## Equivalent checks\\nAPRL v2 `azure-resources/Network/virtualNetworkGateways/recommendations.yaml`, `aprlGuid: 194c14ac-0d7a-5a48-ae32-75fa450ee564` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71) (\\"Avoid using ExpressRoute circuits for VNet to VNet\\ncommunication\\"; its query is \\"under-development\\" in APRL).\\n","file":"bgp/ERS-BGP-013.yaml"},{"id":"ERS-COST-001","name":"circuit-not-provisioned","title":"Circuits are not billed while never provisioned at the provider","category":"cost","severity":"medium","pillar":"cost-optimization","tags":["circuit","provider","billing"],"deployedState":true,"resource":"estate","function":"circuitNotProvisioned","message":"Circuit {name} is billed but its provider provisioning state is {actual}; expected Provisioned, or delete the circuit.","remediation":"Complete provisioning with the provider (share the service key), or delete the circuit: billing starts when the circuit resource is created, not when the provider provisions it.","links":["https://learn.microsoft.com/azure/expressroute/plan-manage-cost","https://learn.microsoft.com/azure/expressroute/expressroute-workflows"],"references":{"Advisor":["Azure Advisor cost recommendation for ExpressRoute circuits that are not provisioned (no id published)"]},"doc":"# ERS-COST-001 circuit-not-provisioned\\n\\n**No circuit is paid for while it sits unprovisioned.**\\n\\n## Why\\nExpressRoute bills a circuit from the moment the resource is created, whether or not the provider has\\nprovisioned it, and goes on billing until the circuit is deleted. Circuits ordered for a project that\\nstalled keep billing their monthly fee. Azure Advisor makes the same recommendation. A circuit the\\nprovider still holds (`Provisioning`, `Provisioned`) bills until the provider deprovisions it; one in\\n`NotProvisioned` can be deleted at once, which stops its billing.\\n\\n## What is checked\\n`properties.serviceProviderProvisioningState` is `NotProvisioned` or `Deprovisioned` (live resources\\nonly: a template declares no provider state). The finding carries `costImpactUsd`, the circuit\'s\\nmonthly cost saved by deleting it; the cost view\'s advice is the same (\\"delete the circuit\\").\\n\\n## Sources\\n- \\"ExpressRoute circuits are charged from the moment they\'re created. To reduce unnecessary cost,\\n  deprovision the circuit with the service provider and delete the ExpressRoute circuit from your\\n  subscription\\"; \\"Azure Advisor can detect ExpressRoute circuits that have been deployed for a\\n  significant time but have a provider status of *Not Provisioned*\\": [Architecture best practices for Azure ExpressRoute](https://learn.microsoft.com/azure/well-architected/service-guides/azure-expressroute#cost-optimization)\\n  (MicrosoftDocs/well-architected `well-architected/service-guides/azure-expressroute.md`, ms.date 08/17/2025).\\n- \\"Your ExpressRoute circuit is billed from the moment a service key is issued\\" (the service key comes\\n  with the circuit resource); \\"If the ExpressRoute circuit service provider provisioning state is\\n  **Provisioning** or **Provisioned** you must work with your service provider to deprovision the circuit\\n  on their side. We continue to reserve resources and bill you until the service provider completes\\n  deprovisioning the circuit and notifies us\\"; \\"If the service provider has deprovisioned the circuit\\n  meaning the service provider provisioning state gets set to **Not provisioned**, you can delete the\\n  circuit. The billing for the circuit will then stop\\": [Quickstart: Create and modify an ExpressRoute circuit using Azure PowerShell](https://learn.microsoft.com/azure/expressroute/expressroute-howto-circuit-arm#delete)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-circuit-arm.md`, ms.date 12/27/2022); the\\n  same \\"billed from the moment a service key is issued\\" on [Create and modify an ExpressRoute circuit](https://learn.microsoft.com/azure/expressroute/expressroute-howto-circuit-portal-resource-manager)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-circuit-portal-resource-manager.md`).\\n- [Plan and manage costs for Azure ExpressRoute](https://learn.microsoft.com/azure/expressroute/plan-manage-cost)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/plan-manage-cost.md`, ms.date 01/31/2025) describes the\\n  billing model but does not say when circuit billing starts.\\n- The provider states (\\"Possible values include: \'NotProvisioned\', \'Provisioning\', \'Provisioned\',\\n  \'Deprovisioning\'\\"): [ExpressRouteCircuit.ServiceProviderProvisioningState](https://learn.microsoft.com/dotnet/api/microsoft.azure.management.network.models.expressroutecircuit.serviceproviderprovisioningstate).\\n  erscan also reads a `Deprovisioned` value as not provisioned; that list does not have it.\\n","file":"cost/ERS-COST-001.yaml"},{"id":"ERS-COST-002","name":"circuit-without-peerings","title":"Provisioned circuits have at least one peering","category":"cost","severity":"low","pillar":"cost-optimization","tags":["circuit","billing"],"deployedState":true,"resource":"circuit","where":{"field":"serviceProviderProvisioningState","equals":"Provisioned"},"assert":{"field":"peerings","count":{"greaterOrEquals":1}},"message":"Circuit {name} is provisioned and billed but has {actual} peerings; expected at least one peering, or delete the circuit.","remediation":"Configure private (or Microsoft) peering, or delete the circuit if it is no longer needed; if your provider manages Layer 3 (an IPVPN) for you, ask it which peerings it configured first.","links":["https://learn.microsoft.com/azure/expressroute/plan-manage-cost","https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm"],"doc":"# ERS-COST-002 circuit-without-peerings\\n\\n**A provisioned circuit has at least one peering.**\\n\\n## Why\\nWithout a peering no BGP session exists and the circuit carries nothing, while its monthly fee runs.\\n\\n## What is checked\\nCircuits with `serviceProviderProvisioningState == Provisioned`: `properties.peerings` is not empty\\n(inline peerings, or peering child resources in the input). A peering row of its own that the circuit\'s row does not\\nlist (its `properties.peerings` says `[]`, say) is a peering Azure reports: it counts, and a notice says the circuit\\nrow did not list it (the two were read at different times, or the row\'s list was cut); the same holds for\\nauthorization rows and `properties.authorizations`.\\n\\nA circuit row that lists no Azure private peering (`peerings: []`) while a connection in the inputs names the circuit\\n(a VNet connection whose `peer` is the circuit, a vWAN connection whose `expressRouteCircuitPeering` is one of its\\npeerings), or while one of its authorizations is redeemed (`authorizationUseStatus` InUse: a connection in another\\nsubscription uses the circuit, the same page\'s \\"Connect a virtual network in a different subscription to a circuit\\"),\\ncontradicts itself: linking a VNet to a circuit needs its Azure private peering (\\"Ensure that you have Azure\\nprivate peering configured for your circuit\\", [Link a virtual network to an ExpressRoute circuit](https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm),\\nMicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-linkvnet-arm.md`, Prerequisites). Its peering list is\\nthen not known in full: the result is **unknown**, naming the connection, never \\"0 peerings\\" (the peerings it does list\\nstill count: one listed peering passes). ERS-COST-003 and ERS-SKU-002 read the same list, and are undecided with it.\\n\\nCircuits of a provider that offers managed Layer 3 services: \\"your connectivity provider configures and manages network\\nrouting for you\\" and \\"We currently do not advertise peerings configured by service providers through the service\\nmanagement portal\\" ([Configure peering for an ExpressRoute circuit](https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm),\\n`articles/expressroute/expressroute-howto-routing-arm.md`, ms.date 04/22/2024). Neither Learn nor the REST API spec says\\nwhether such peerings appear in the circuit\'s `properties.peerings` (the ARM and Resource Graph view erscan reads); the\\nprovider configures them through the `expressRouteCrossConnections` resource, \\"a shadow resource to the ExpressRoute\\ncircuit\\" ([cross-connections-api-development](https://learn.microsoft.com/azure/expressroute/cross-connections-api-development)).\\nerscan does not know a provider\'s service model, so it does not guess: a circuit whose row lists no peering and that\\nnothing in the inputs connects fails, as Azure reports it; if your provider manages Layer 3 for you, check the peerings\\nwith the provider before deleting the circuit. A connection to it (above) makes the result unknown.\\n","file":"cost/ERS-COST-002.yaml"},{"id":"ERS-COST-003","name":"circuit-unused","title":"Provisioned circuits carry traffic for something (a connection, Microsoft peering, Global Reach or egress)","category":"cost","severity":"medium","pillar":"cost-optimization","tags":["circuit","billing","estate"],"deployedState":true,"resource":"estate","function":"circuitUnused","message":"Circuit {name} has {actual}; expected {expected}.","remediation":"Connect the circuit, or delete it (and the provider service) if it is no longer needed; check the other tenants it may serve through authorizations first.","links":["https://learn.microsoft.com/azure/expressroute/plan-manage-cost"],"doc":"# ERS-COST-003 circuit-unused\\n\\n**A provisioned circuit is used: by a VNet or vWAN connection, a redeemed authorization, Microsoft\\npeering, Global Reach, or traffic.**\\n\\n## Why\\nCircuits outlive the projects that ordered them. A circuit with none of these carries no traffic but\\nbills its fee every month: \\"ExpressRoute circuits are charged from the moment they\'re created\\" ([Architecture\\nbest practices for Azure ExpressRoute](https://learn.microsoft.com/azure/well-architected/service-guides/azure-expressroute#cost-optimization),\\nMicrosoftDocs/well-architected `well-architected/service-guides/azure-expressroute.md`, ms.date 08/17/2025); the billing\\nmodel: [Plan and manage costs for Azure ExpressRoute](https://learn.microsoft.com/azure/expressroute/plan-manage-cost)\\n(MicrosoftDocs/azure-docs `articles/expressroute/plan-manage-cost.md`, ms.date 01/31/2025).\\n\\n## What is checked\\nEstate-level, across subscriptions and tenants (the circuit analysis, `src/analysis`): circuits whose\\nprovider state is `Provisioned` (`NotProvisioned` and `Deprovisioned` are ERS-COST-001; a circuit the\\nprovider is still provisioning or deprovisioning cannot carry anything yet) with no connection in the inventory, no authorization in state\\n`InUse` (which means a connection exists in a scope erscan did not read), no enabled Microsoft peering,\\nno enabled Azure public peering (deprecated, ERS-BGP-009, but it carries traffic to Azure\'s public services\\nuntil it is moved: \\"you can access the public IP ranges used in Azure over the circuit\\",\\n[about-public-peering](https://learn.microsoft.com/azure/expressroute/about-public-peering)),\\nno Global Reach connection in either direction and **no declared or measured egress**: traffic proves a\\nconnection exists in a scope the scan did not read (another tenant\'s gateway through an authorization,\\nsay), so such a circuit is not idle, and a note in the report says its connection is outside the\\nscanned scopes. An authorization whose state the input does not say (a row without\\n`authorizationUseStatus`, which Azure always reports, or two reads of the circuit that disagree on its\\nauthorizations) may be `InUse`: the result is then **unknown**, naming it, and the cost view keeps the\\ncircuit, never \\"delete it\\"; so does a row without `properties.authorizations` (Azure lists them, `[]` when\\nthere are none). So is a row without `properties.peerings` (Azure lists every peering of a circuit\\nthere; a Resource Graph projection may leave it out): a Microsoft peering may carry its traffic, so the result is\\n**unknown**, as ERS-COST-002\'s is. Deployed state only: template resources are not checked.\\n\\nA connection (or a redeemed authorization) counts as traffic only when the circuit row does not contradict it. A\\nlive row that lists no peering, or no Azure private peering, while a connection links the circuit to a gateway cannot\\nboth be true: a VNet connection rides the circuit\'s private peering (\\"Ensure that you have Azure private peering\\nconfigured for your circuit\\", [Link a virtual network to an ExpressRoute circuit](https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm)),\\nand the private peering cannot be deleted under its connections (\\"You must ensure that all virtual network connections\\nand ExpressRoute Global Reach connections are removed\\", [Configure peering for an ExpressRoute circuit, To delete Azure private peering](https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-portal-resource-manager)):\\nthe two were read at different times. Whether the connection carries anything is then not known: the result is\\n**unknown**, naming the connection and the peering list, never a pass (\\"carries traffic\\") nor \\"delete it\\", and the cost\\nview neither calls the circuit idle nor advises deleting it. An enabled Microsoft peering the row lists, or egress,\\nstill decides that the circuit carries traffic.\\n\\nA connection (or a redeemed authorization) rides the circuit\'s Azure private peering; where that peering is known to be\\n`Disabled` (ERS-BGP-004), none of them carry traffic. Disabling a peering disconnects its BGP sessions: \\"Deselect the\\ncheckbox next to **Enable IPv4 Peering** or **Enable IPv6 Peering** to disconnect the Border Gateway Protocol (BGP)\\npeering\\" ([Evaluate the resiliency of multi-site redundant ExpressRoute circuits](https://learn.microsoft.com/azure/expressroute/evaluate-circuit-resiliency),\\nMicrosoftDocs/azure-docs `articles/expressroute/evaluate-circuit-resiliency.md`, ms.date 03/22/2024: \\"When you disable\\nthe peering, Azure disconnects the private peering connection on the first circuit\\"). A circuit whose only use is such connections, with no enabled Microsoft or Azure public\\npeering, no Global Reach and no egress, therefore carries nothing and **fails**, as ERS-RED-001 (no path for its\\ngateways) and ERS-SKU-011 (no FastPath asked) already read it; connections erscan cannot list, or authorizations whose\\nstate is not said, would ride the same peering and leave nothing open. The message names the Disabled peering and\\nwhat rides it, and the fix is either way: enable the peering if its connections are still needed (Learn disables one\\non purpose to test a failover, and re-enables it after), or delete the circuit. Where ERS-RED-001 proposes enabling it\\nto give a gateway its second location, the circuit is kept as described below (`costImpactChange` `connect`, no saving),\\nand the cost view\'s advice says the same as the finding. A private peering whose state is not known is not read as\\nDisabled. (Global Reach, which links private peerings, still counts as a use here.)\\n\\nEach address family of a peering has its own BGP sessions and its own state: the peering\'s `state` is the IPv4 side\'s\\n(the Terraform provider\'s `ipv4_enabled`), `ipv6PeeringConfig.state` the IPv6 side\'s\\n([Ipv6ExpressRouteCircuitPeeringConfig](https://learn.microsoft.com/javascript/api/@azure-rest/arm-network/ipv6expressroutecircuitpeeringconfig),\\n`Enabled | Disabled`; \\"Enable IPv4 Peering or Enable IPv6 Peering\\" in the page above). A Microsoft (or Azure public)\\npeering carries traffic where a family it has is enabled: an IPv6-only one (no IPv4 subnet) by its IPv6 state alone, a\\ndual-stack one whose IPv4 side is Disabled by its IPv6 side. One whose only undisabled family does not say its state\\n(a live row without `ipv6PeeringConfig.state`) leaves the result **unknown**, naming the field. A private peering is\\nDisabled only where every family it has is.\\n\\nConnections erscan cannot list leave open only the circuits they could name. A live connection whose row names no\\ncircuit, or a vWAN gateway whose row does not carry `properties.expressRouteConnections` (Microsoft\'s own GET and PUT\\nresponse examples leave it out: `ExpressRouteGatewayGet.json`, `ExpressRouteGatewayCreate.json`, azure-rest-api-specs\\n`specification/network/resource-manager/Microsoft.Network/stable/2025-07-01/examples`), may connect a circuit with an\\nAzure private peering, or one whose peerings are not known: its result is **unknown**, naming the gateway or the\\nconnection. A circuit whose row lists its peerings, none of them private (`peerings: []`), cannot be the target of\\nsuch a connection, and keeps its decided result: a VNet connection rides the circuit\'s private peering (\\"Ensure that you\\nhave Azure private peering configured for your circuit\\", [Link a virtual network to an ExpressRoute circuit](https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm),\\nMicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-linkvnet-arm.md`), and a vWAN connection names the\\ncircuit peering it uses (`-ExpressRouteCircuitPeeringId` is mandatory in every parameter set of\\n[New-AzExpressRouteConnection](https://learn.microsoft.com/powershell/module/az.network/new-azexpressrouteconnection);\\nMicrosoft\'s `ExpressRouteConnectionCreate.json` example, same folder, names `\u2026/peerings/AzurePrivatePeering`). Learn\'s\\nVirtual WAN pages do not say in so many words that the peering must be the private one; a circuit with no peering at\\nall can be named by no connection either way.\\n\\nThe finding carries `costImpactUsd`: the circuit\'s monthly cost, saved by deleting it. When an open ERS-RED-001\\nfinding proposes connecting this circuit to a gateway served from one peering location, that is the cheaper\\nway out (no new circuit for the gateway): the message says so, `costImpactUsd` is 0 (`costImpactChange`\\n`connect`), and the cost view keeps the circuit (its delete advice and saving withdrawn, with a note).\\n","file":"cost/ERS-COST-003.yaml"},{"id":"ERS-COST-004","name":"global-reach-unused","title":"Global Reach is enabled only where a Global Reach connection exists","category":"cost","severity":"low","pillar":"cost-optimization","tags":["circuit","global-reach","billing"],"resource":"estate","function":"globalReachUnused","message":"Circuit {name} has {actual}; expected {expected}.","remediation":"Disable Global Reach on the circuit (or create the intended Global Reach connection); its add-on and transfer pricing are only worth paying when it links on-premises sites.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-global-reach","https://learn.microsoft.com/azure/expressroute/plan-manage-cost"],"doc":"# ERS-COST-004 global-reach-unused\\n\\n**Global Reach is not enabled on circuits that have no Global Reach connection.**\\n\\n## Why\\nGlobal Reach links two circuits so on-premises sites talk through Microsoft\'s backbone. It is billed as a\\nper-circuit add-on plus transfer (\\"There\'s an Add-on fee for enabling this feature on each ExpressRoute\\ncircuit. Traffic between your on-premises networks enabled by ExpressRoute Global Reach gets billed for an\\negress rate at the source and for an ingress rate at the destination\\": [ExpressRoute FAQ, Global Reach](https://learn.microsoft.com/azure/expressroute/expressroute-faqs#globalreach),\\nMicrosoftDocs/azure-docs `articles/expressroute/expressroute-faqs.md`, ms.date 03/31/2026), and widens the\\ncircuit\'s routing domain. Enabled and unused, it is cost and attack surface without benefit.\\n\\n## What is checked\\nCircuits with `properties.globalReachEnabled == true` and no Global Reach connection on any peering\\n(neither `connections[]` it initiated nor `peeredConnections[]` initiated by the other side). In a\\ntemplate the connection may be declared in another file: the result is **unknown** (\\"not decidable from\\nthese files\\"). `costImpactUsd` is the add-on saved, null while the catalogue has no add-on price.\\n","file":"cost/ERS-COST-004.yaml"},{"id":"ERS-COST-005","name":"gateway-without-connections","title":"ExpressRoute gateways have at least one connection","category":"cost","severity":"medium","pillar":"cost-optimization","tags":["gateway","billing"],"resource":"estate","function":"gatewayUnused","message":"Gateway {name} ({skuName}) is billed by the hour whether or not it carries traffic, and has {actual}; expected {expected}.","remediation":"Connect the gateway to a circuit, or delete it.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways","https://learn.microsoft.com/azure/expressroute/plan-manage-cost"],"doc":"# ERS-COST-005 gateway-without-connections\\n\\n**An ExpressRoute gateway is connected to at least one circuit.**\\n\\n## Why\\nExpressRoute gateways bill per hour by SKU (and vWAN gateways per scale unit), whether or not they carry\\ntraffic: \\"Creating an ExpressRoute circuit may involve creating an ExpressRoute gateway, charged hourly plus\\nthe circuit cost\\"; \\"Deleting an ExpressRoute circuit but keeping the gateway will still incur charges until\\nthe gateway is deleted\\" ([Plan and manage costs for Azure ExpressRoute](https://learn.microsoft.com/azure/expressroute/plan-manage-cost),\\nMicrosoftDocs/azure-docs `articles/expressroute/plan-manage-cost.md`, ms.date 01/31/2025). A gateway left\\nbehind after a migration costs the same as one in use.\\n\\n## What is checked\\nConnections resolved to each gateway across the estate (VNet connections whose `virtualNetworkGateway1`\\nis the gateway, and vWAN `expressRouteConnections`), from the gateway analysis (`src/analysis`). A\\nconnection in a scope erscan did not read would not be seen: scan the whole estate before deleting. A\\ngateway from a template with no connection in the scanned files is **unknown** (\\"not decidable from these\\nfiles\\"), never \\"unused\\"; so is one whose only connections in the files are deployed on a condition\\nleft open (they may not exist). A vWAN gateway row from Resource Graph or an ARM GET lists its\\nconnections in `properties.expressRouteConnections` (`[]` when it has none): a row without that\\nproperty (Microsoft\'s own GET example leaves it out) gives **unknown**, never \\"0 connections\\".\\nERS-RED-001 does not ask for more circuits on a gateway this rule reports.\\n\\nThe finding carries `costImpactUsd`: the gateway\'s monthly cost, saved by deleting it. The cost view advises the\\nsame from the same verdict (`otherCosts[].recommendation`, kind `delete-unused`), and its potential savings count it.\\n","file":"cost/ERS-COST-005.yaml"},{"id":"ERS-COST-006","name":"direct-port-without-circuits","title":"ExpressRoute Direct ports carry at least one circuit","category":"cost","severity":"medium","pillar":"cost-optimization","tags":["direct","port","billing"],"resource":"estate","function":"portUnused","message":"ExpressRoute Direct port {name} ({bandwidthGbps} Gbps at {peeringLocation}) is billed (from 45 days after creation at the latest) whether or not it is used, and has {actual}; expected {expected}.","remediation":"Create the circuits the port was ordered for, or delete the port.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about","https://learn.microsoft.com/azure/expressroute/plan-manage-cost"],"doc":"# ERS-COST-006 direct-port-without-circuits\\n\\n**An ExpressRoute Direct port has at least one circuit.**\\n\\n## Why\\nThe port pair is billed once its links are enabled, and in any case from 45 days after the port resource\\nis created: \\"ExpressRoute Direct\'s port pairs gets billed 45 days into the creation of the ExpressRoute\\nDirect resource or when one or both of the links get enabled, whichever comes first\\", and \\"You\'ll stop\\nbeing charged for ExpressRoute Direct\'s port pairs after you delete the direct ports and remove the\\ncross-connects\\" ([ExpressRoute FAQ, ExpressRoute Direct](https://learn.microsoft.com/azure/expressroute/expressroute-faqs#expressRouteDirect),\\nMicrosoftDocs/azure-docs `articles/expressroute/expressroute-faqs.md`, ms.date 03/31/2026). A port without circuits is the most expensive\\nidle resource in ExpressRoute.\\n\\n## What is checked\\n`properties.circuits[]` of the port, together with circuits in the inventory whose `expressRoutePort`\\npoints at it. A port from a template with no circuit in the scanned files is **unknown** (\\"not decidable\\nfrom these files\\"). `costImpactUsd` is the port fee saved (null while the catalogue has no port price). The cost view advises the same from\\nthe same verdict (`otherCosts[].recommendation`, kind `delete-unused`), and its potential savings count it.\\n","file":"cost/ERS-COST-006.yaml"},{"id":"ERS-COST-101","name":"metered-above-break-even","title":"Metered circuits carry less egress than the Unlimited break-even","category":"cost","severity":"medium","pillar":"cost-optimization","tags":["circuit","billing","egress","finops"],"resource":"estate","function":"costAdvice","parameters":{"kind":"switch-to-unlimited","minMonthlySavingsUsd":0},"message":"Circuit {name} is {actual}; Unlimited would save {details.savings}/month ({expected}). Metered \u2192 Unlimited is in place but one-way.","remediation":"Switch the data plan to Unlimited (in place, no downtime) once the egress is known to stay above the break-even: the change cannot be undone (Unlimited \u2192 Metered is not supported).","links":["https://learn.microsoft.com/azure/expressroute/plan-manage-cost","https://learn.microsoft.com/azure/expressroute/expressroute-howto-circuit-arm"],"doc":"# ERS-COST-101 metered-above-break-even\\n\\n**A Metered circuit whose declared or measured egress is above the break-even would cost less on Unlimited.**\\n\\n## Why\\nMetered circuits pay a lower monthly fee plus every GB out at the zone rate; Unlimited pays a flat fee.\\nAbove the break-even, `(Unlimited fee \u2212 Metered fee) / egress rate`, Metered costs more. For 1 Gbps\\nStandard in Zone 1 that is (5,700 \u2212 436) / 0.025 = 210,560 GB a month (Microsoft: \\"more than 200 TB\\").\\n\\n## What is checked\\nThe pricing model\'s estimate (`erscan cost`): egress comes from the usage file, or from Azure Monitor when\\n`--metrics` is given. Circuits without declared or measured egress are never flagged.\\nNor is a circuit without a peering: it has no BGP session and carries nothing now (ERS-COST-002 says so),\\nso egress declared or measured for it (a plan\'s, or last month\'s) is no ground for a change of data plan.\\n\\n## Parameters\\n- `minMonthlySavingsUsd` (default `0`): flag a circuit only when the switch to Unlimited on its own saves at least this\\n  much a month (in the price catalogue\'s currency); a saving that cannot be priced is always reported.\\n- `kind` names the change this rule reports and cannot be set in a config (exit 2): its message is written for it.\\n\\n## How to fix\\nSwitch the data plan to Unlimited. It is an in-place change without downtime, but **one-way**: Azure does\\nnot support Unlimited \u2192 Metered, so make sure the traffic is lasting, not a migration peak.\\n\\nThe rule reads the cost view\'s recommendation, which is built on the same circuit analysis as the reach\\nrules: it fires when the advice includes this change (also when the change comes with a tier change a\\nfinding requires, for example Premium added and the plan switched). `costImpactUsd` is this change on\\nits own; the advice\'s saving is the sum of its changes.\\n\\n## Sources\\n- One-way plan change: \\"Allowed workflow: \u2026 Change from *MeteredData* to *UnlimitedData*\\"; \\"Unsupported\\n  workflow: Change from *UnlimitedData* to *MeteredData*\\": [ExpressRoute circuits and peering](https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings#circuit-sku-upgrade-and-downgrade)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-circuit-peerings.md`, ms.date 08/27/2026); \\"You can\\n  do the following tasks with no downtime: \u2026 Change the metering plan from Metered Data to Unlimited Data.\\n  Changing the metering plan from Unlimited Data to Metered Data isn\'t supported\\": [Quickstart: Create and modify an ExpressRoute circuit using Azure PowerShell](https://learn.microsoft.com/azure/expressroute/expressroute-howto-circuit-arm#modify)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-circuit-arm.md`, ms.date 12/27/2022).\\n- Metered pays egress per GB, Unlimited includes it: \\"Outbound data transfer is included only for Unlimited\\n  plans. Metered plans charge per GB based on the peering location\\": [Plan and manage costs for Azure ExpressRoute](https://learn.microsoft.com/azure/expressroute/plan-manage-cost)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/plan-manage-cost.md`, ms.date 01/31/2025).\\n","file":"cost/ERS-COST-101.yaml"},{"id":"ERS-COST-102","name":"unlimited-far-below-break-even","title":"Unlimited circuits are not far below the Metered break-even","category":"cost","severity":"low","pillar":"cost-optimization","tags":["circuit","billing","egress","finops","one-way-door"],"resource":"estate","function":"costAdvice","parameters":{"kind":"new-metered-circuit","minMonthlySavingsUsd":0},"message":"Circuit {name} is {actual}; a new Metered circuit would save {details.savings}/month. Azure cannot change Unlimited \u2192 Metered in place.","remediation":"Unlimited \u2192 Metered is not supported: order a new Metered circuit, move the connections to it, then delete this circuit. Weigh the saving against the migration; the estimator only advises it below half the break-even.","links":["https://learn.microsoft.com/azure/expressroute/plan-manage-cost","https://learn.microsoft.com/azure/expressroute/expressroute-howto-circuit-arm"],"doc":"# ERS-COST-102 unlimited-far-below-break-even\\n\\n**An Unlimited circuit whose egress is far below the break-even pays for traffic it does not send.**\\n\\n## Why\\nUnlimited\'s flat fee only pays off above the break-even. Far below it, Metered would cost much less.\\n\\n## What is checked\\nThe pricing model\'s estimate: flagged when egress is below half the break-even (declared in the usage file\\nor measured with `--metrics`) and a Metered circuit would cost less. Circuits without egress data are not flagged.\\nNor is a circuit without a peering: it has no BGP session and carries nothing now (ERS-COST-002 says so),\\nso egress declared or measured for it (a plan\'s, or last month\'s) is no ground for a change of data plan.\\n\\n## Parameters\\n- `minMonthlySavingsUsd` (default `0`): flag a circuit only when the new Metered circuit on its own saves at least this\\n  much a month (in the price catalogue\'s currency); a saving that cannot be priced is always reported.\\n- `kind` names the change this rule reports and cannot be set in a config (exit 2): its message is written for it.\\n\\n## How to fix\\nAzure does **not** support changing Unlimited \u2192 Metered. The saving needs a **new Metered circuit**: order\\nit with the provider, move the connections, then delete this circuit. The finding states the monthly saving\\nso it can be weighed against that migration.\\n\\nThe rule reads the cost view\'s recommendation, which is built on the same circuit analysis as the reach\\nrules: it fires when the advice includes this change (also when the change comes with a tier change a\\nfinding requires, for example Premium added and the plan switched). `costImpactUsd` is this change on\\nits own; the advice\'s saving is the sum of its changes.\\n\\n## Sources\\n- One-way plan change: \\"Allowed workflow: \u2026 Change from *MeteredData* to *UnlimitedData*\\"; \\"Unsupported\\n  workflow: Change from *UnlimitedData* to *MeteredData*\\": [ExpressRoute circuits and peering](https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings#circuit-sku-upgrade-and-downgrade)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-circuit-peerings.md`, ms.date 08/27/2026); \\"You can\\n  do the following tasks with no downtime: \u2026 Change the metering plan from Metered Data to Unlimited Data.\\n  Changing the metering plan from Unlimited Data to Metered Data isn\'t supported\\": [Quickstart: Create and modify an ExpressRoute circuit using Azure PowerShell](https://learn.microsoft.com/azure/expressroute/expressroute-howto-circuit-arm#modify)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-circuit-arm.md`, ms.date 12/27/2022).\\n- Metered pays egress per GB, Unlimited includes it: \\"Outbound data transfer is included only for Unlimited\\n  plans. Metered plans charge per GB based on the peering location\\": [Plan and manage costs for Azure ExpressRoute](https://learn.microsoft.com/azure/expressroute/plan-manage-cost)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/plan-manage-cost.md`, ms.date 01/31/2025).\\n","file":"cost/ERS-COST-102.yaml"},{"id":"ERS-COST-103","name":"local-sku-cheaper","title":"Circuits whose traffic stays in the metro use ExpressRoute Local when it is cheaper","category":"cost","severity":"low","pillar":"cost-optimization","tags":["circuit","billing","local","finops"],"resource":"estate","function":"costAdvice","parameters":{"kind":"move-to-local","minMonthlySavingsUsd":0},"message":"Circuit {name} is {actual}; {details.reach} {expected} would save {details.savings}/month.","remediation":"Move to the Local SKU (Unlimited, egress included, 1\u201310 Gbps) only if nothing needs regions outside the metro or Global Reach. Azure does not change a Standard or Premium circuit to Local in place: order a new Local circuit with the provider, move the connections to it, then delete the old circuit.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-faqs","https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers"],"doc":"# ERS-COST-103 local-sku-cheaper\\n\\n**A circuit whose gateways are all in the Azure region(s) local to its peering location could use ExpressRoute Local.**\\n\\n## Why\\nLocal includes egress in its fee and costs less than Standard Unlimited, but it reaches only the local\\nregion(s) of its peering location and has no Global Reach (Microsoft\'s locations page, \\"Local Azure regions\\").\\n\\n## What is checked\\nThe pricing model\'s estimate: the peering location offers Local, every connected gateway is in a local\\nregion, the circuit has no Global Reach, and Local (at the smallest Local bandwidth of at least the\\ncircuit\'s, 1\u201310 Gbps) costs less than the circuit does now.\\n\\n## Parameters\\n- `minMonthlySavingsUsd` (default `0`): flag a circuit only when the move to Local on its own saves at least this\\n  much a month (in the price catalogue\'s currency); a saving that cannot be priced is always reported.\\n- `kind` names the change this rule reports and cannot be set in a config (exit 2): its message is written for it.\\n\\n## How to fix\\nMove to the Local SKU if nothing will need another region. Local starts at 1 Gbps, so a smaller circuit\\nmoves up in bandwidth. The move is a new circuit: Azure changes a circuit\'s SKU in place only from Standard\\nto Premium, Premium to Standard and Local to Standard or Premium, so the advice is marked\\n`requiresNewCircuit` and the message says \\"(a new circuit)\\": order a Local circuit, move the connections,\\nthen delete the old one.\\n\\nThe rule reads the cost view\'s recommendation, which is built on the same circuit analysis as the reach\\nrules: it fires when the advice includes this change (also when the change comes with a tier change a\\nfinding requires, for example Premium added and the plan switched). `costImpactUsd` is this change on\\nits own; the advice\'s saving is the sum of its changes.\\n\\nWhere whether Local would do is undecided (a connected gateway whose region is not known, a live vWAN gateway\\nrow that does not list its connections, or a connection that names no circuit, which may connect the circuit\\nfrom outside the metro, or add links beyond the 10 Local allows: how many is not known, even where its region is a\\nLocal one), the cost view keeps the Local option priced (`fixCosts.move-to-local`) but does not\\nadvise it, and the finding is `unknown` where Local would otherwise be the advice, naming why it is undecided.\\nSuch a finding carries no `costImpactUsd`: a saving that may not be there is not counted.\\n\\n## Sources\\n- \\"The price of ExpressRoute Local includes data transfer fees\\"; a Local circuit has the Standard features\\n  except \\"Scope of access to Azure regions is limited to one or two Azure regions in or near the same metro\\n  as the ExpressRoute peering location\\" and \\"ExpressRoute Global Reach isn\'t available on Local\\":\\n  [ExpressRoute FAQ, ExpressRoute Local](https://learn.microsoft.com/azure/expressroute/expressroute-faqs#expressroute-local)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-faqs.md`, ms.date 03/31/2026).\\n- Local is Unlimited only: \\"A *Local* circuit is always *UnlimitedData*\\": [Quickstart: Create and modify an ExpressRoute circuit using Azure PowerShell](https://learn.microsoft.com/azure/expressroute/expressroute-howto-circuit-arm)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-circuit-arm.md`, ms.date 12/27/2022); \\"Local\\n  SKU includes an Unlimited data plan\\": [Plan and manage costs for Azure ExpressRoute](https://learn.microsoft.com/azure/expressroute/plan-manage-cost)\\n  (ms.date 01/31/2025). Moving from Local: \\"Upgrade from Local to Standard or Premium SKU (using Azure CLI or\\n  Azure PowerShell, with billing type as **unlimited**)\\": [ExpressRoute circuits and peering](https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings#circuit-sku-upgrade-and-downgrade) (ms.date 08/27/2026).\\n  The same \\"Allowed workflow\\" list (Standard \u2192 Premium, Local \u2192 Standard or Premium, Metered \u2192 Unlimited,\\n  Premium \u2192 Standard) has no change to Local, so moving to Local needs a new circuit.\\n- The Local bandwidths (1, 2, 5 and 10 Gbps, `LOCAL_BANDWIDTHS_MBPS` in `src/pricing/catalogue.ts`) rest on\\n  the Retail Prices API data of research/pricing.md \xA72.1, not on a Microsoft Learn page: none\\n  was found that lists them.\\n","file":"cost/ERS-COST-103.yaml"},{"id":"ERS-COST-104","name":"circuit-cost-unknown","title":"Every circuit can be priced in full (known peering location, tier and bandwidth; every part in the catalogue)","category":"cost","severity":"info","pillar":"cost-optimization","tags":["circuit","billing","finops","coverage"],"resource":"estate","function":"costUnpriced","message":"Circuit {name} is not fully priced: {actual}; expected {expected}.","remediation":"Check the peering location\'s spelling against Microsoft\'s locations page; if it is a new location, add it to erscan\'s zone map (src/locations) with its source. A retired tier (Basic) has no price.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers"],"doc":"# ERS-COST-104 circuit-cost-unknown\\n\\n**Every circuit can be priced in full; one the estimator cannot price, or can price only in part, is\\nreported, never guessed.**\\n\\n## Why\\nThe billing zone follows the peering location, not the Azure region. erscan never guesses a zone: a\\npeering location that is not in its location table (or a retired tier, or an unknown bandwidth) leaves\\nthe circuit out of the estate total. A circuit whose cost has unpriced parts (the Premium add-on on\\nExpressRoute Direct, the Global Reach add-on) is counted with its known parts only, so the total is a\\nlower bound (\\"at least\\").\\n\\n## What is checked\\nCircuits whose cost is `priced: none` (the reason is in the message) or `priced: partial` (the missing\\nparts are named). A value a template leaves unknown makes the result **unknown**; one with several\\npossible values is priced as a range and not reported.\\n\\n## How to fix\\nCorrect the peering location\'s spelling, or add the new location to `src/locations` with its zone and\\nsource; run `erscan prices refresh` to fill prices the bundled catalogue lacks.\\n","file":"cost/ERS-COST-104.yaml"},{"id":"ERS-ENC-001","name":"direct-link-macsec-enabled","title":"MACsec is configured on every ExpressRoute Direct link","category":"encryption","severity":"high","pillar":"security","tags":["direct","macsec","link"],"resource":"link","assert":{"allOf":[{"field":"macsec.cknSecretConfigured","equals":true},{"field":"macsec.cakSecretConfigured","equals":true}]},"message":"Link {name} of ExpressRoute Direct port {portName} has MACsec secret identifiers configured: CKN {macsec.cknSecretConfigured}, CAK {macsec.cakSecretConfigured}; expected both configured (true), so the physical link is encrypted.","remediation":"Store a CKN and a CAK in Key Vault, give the port a managed identity with access, and set macSecConfig (cknSecretIdentifier, cakSecretIdentifier, cipher) on both links; configure the same on your routers.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec","https://learn.microsoft.com/azure/expressroute/expressroute-about-encryption"],"references":{"WellArchitected":["Azure ExpressRoute service guide, Security: Configure MACsec for ExpressRoute Direct ports"]},"doc":"# ERS-ENC-001 direct-link-macsec-enabled\\n\\n**Both links of every ExpressRoute Direct port are MACsec-encrypted.**\\n\\n## Why\\nTraffic over ExpressRoute is private but not encrypted. On ExpressRoute Direct the customer owns the\\nphysical links to Microsoft\'s edge routers and can encrypt them at layer 2 with MACsec (IEEE\\n802.1AE), with a CAK and CKN kept in Azure Key Vault. MACsec is configured per link.\\n\\n## What is checked\\nEach `properties.links[].properties.macSecConfig` of an ExpressRoute Direct port has both\\n`cknSecretIdentifier` and `cakSecretIdentifier` set. The identifiers are Key Vault secret URIs: erscan\\nkeeps only whether they are set and whether they point into Key Vault, never the values.\\n\\n## Sources\\n- Configuring MACsec per link (CKN/CAK secret identifiers, cipher, port identity): [Configure MACsec on ExpressRoute Direct ports](https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-macsec.md`, ms.date 12/27/2022).\\n- `macSecConfig` on each `ExpressRouteLink`: Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/expressRoutePort.json` (Azure/azure-rest-api-specs).\\n","file":"encryption/ERS-ENC-001.yaml"},{"id":"ERS-ENC-002","name":"macsec-cipher-allowed","title":"MACsec uses a 256-bit GCM-AES cipher","category":"encryption","severity":"high","pillar":"security","tags":["direct","macsec","link"],"resource":"link","where":{"anyOf":[{"field":"macsec.cknSecretConfigured","equals":true},{"field":"macsec.cakSecretConfigured","equals":true}]},"assert":{"field":"macsec.cipher","in":"{params.allowedCiphers}"},"parameters":{"allowedCiphers":["GcmAes256","GcmAesXpn256"]},"message":"Link {name} of ExpressRoute Direct port {portName} uses MACsec cipher {actual}; expected one of {params.allowedCiphers}.","remediation":"Set macSecConfig.cipher to GcmAesXpn256 (extended packet numbering, which Microsoft recommends to avoid the intermittent session drops seen with non-XPN ciphers on high-speed links) or GcmAes256, matching the cipher on your routers.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec"],"doc":"# ERS-ENC-002 macsec-cipher-allowed\\n\\n**MACsec uses one of the allowed ciphers (by default the 256-bit ones).**\\n\\n## Why\\nExpressRoute Direct links accept `GcmAes128`, `GcmAes256`, `GcmAesXpn128` and `GcmAesXpn256`. Which\\nof them an organisation accepts is its policy (many baselines require 256-bit keys; the XPN variants\\nuse 64-bit packet numbers, and Microsoft recommends them on high-speed links), hence a parameter.\\n\\n## What is checked\\nLinks with a MACsec secret identifier (CKN or CAK) set: `macSecConfig.cipher` is in `allowedCiphers`. A missing cipher is\\nreported: as undecided where the input does not say it (a live row without it; a template that sets the secrets\\nbut not the cipher, for which Azure then picks a cipher that the REST API spec, `ExpressRouteLinkMacSecConfig` with\\nno `default`, and Microsoft Learn do not name).\\n\\n## Parameters\\n- `allowedCiphers` (default `[GcmAes256, GcmAesXpn256]`). Example policy: `[GcmAesXpn256]`.\\n\\n## Sources\\n- The cipher enum `ExpressRouteLinkMacSecCipher` (`GcmAes128`, `GcmAes256`, `GcmAesXpn128`,\\n  `GcmAesXpn256`): Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/expressRoutePort.json` (Azure/azure-rest-api-specs).\\n- \\"You can configure both XPN and Non-XPN ciphers: GcmAes128, GcmAes256, GcmAesXpn128, GcmAesXpn256\\";\\n  \\"The recommendation is to configure encryption with xpn ciphers to avoid intermittent session drops\\n  observed with non-xpn ciphers on high speed links\\"; setting `MacSecConfig.Cipher` on both links (the\\n  example uses `GcmAes256`): [Configure MACsec on ExpressRoute Direct ports](https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-macsec.md`, ms.date 12/27/2022).\\n","file":"encryption/ERS-ENC-002.yaml"},{"id":"ERS-ENC-003","name":"macsec-secrets-in-key-vault","title":"MACsec CKN and CAK are Azure Key Vault secrets","category":"encryption","severity":"high","pillar":"security","tags":["direct","macsec","key-vault","link"],"resource":"link","where":{"anyOf":[{"field":"macsec.cknSecretConfigured","equals":true},{"field":"macsec.cakSecretConfigured","equals":true}]},"assert":{"field":"macsec.secretsInKeyVault","equals":true},"message":"Link {name} of ExpressRoute Direct port {portName} has a MACsec secret identifier that is not an Azure Key Vault secret URI; expected the CKN and CAK in Key Vault.","remediation":"Store the CKN and CAK as Key Vault secrets and reference them by their secret identifiers (https://<vault>.vault.azure.net/secrets/<name>).","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec"],"doc":"# ERS-ENC-003 macsec-secrets-in-key-vault\\n\\n**MACsec secrets are referenced from Azure Key Vault.**\\n\\n## Why\\nExpressRoute reads the MACsec CAK and CKN from Key Vault secrets through the port\'s user-assigned\\nidentity; the link\'s `macSecConfig` holds their secret identifiers. Keys kept elsewhere are outside\\nthe vault\'s access control, rotation and audit.\\n\\n## What is checked\\nLinks with a MACsec secret identifier set: each of `cknSecretIdentifier` and `cakSecretIdentifier` that is\\nset is a Key Vault secret URI (`*.vault.azure.net`, and the sovereign-cloud equivalents). A link that lacks\\none of the two is ERS-ENC-001\'s finding (MACsec needs both), not this rule\'s. erscan replaces the\\nidentifiers with a marker on read and never prints them.\\n\\n## Sources\\n- CAK and CKN stored as Key Vault secrets, referenced by `CknSecretIdentifier` /\\n  `CakSecretIdentifier`: [Configure MACsec on ExpressRoute Direct ports](https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-macsec.md`, ms.date 12/27/2022).\\n","file":"encryption/ERS-ENC-003.yaml"},{"id":"ERS-ENC-004","name":"direct-port-identity-for-macsec","title":"Ports with MACsec have a managed identity for Key Vault","category":"encryption","severity":"high","pillar":"security","tags":["direct","macsec","identity","port"],"resource":"port","where":{"anyOf":[{"field":"links.0.macsec.cknSecretConfigured","equals":true},{"field":"links.0.macsec.cakSecretConfigured","equals":true},{"field":"links.1.macsec.cknSecretConfigured","equals":true},{"field":"links.1.macsec.cakSecretConfigured","equals":true}]},"assert":{"field":"hasIdentity","equals":true},"message":"ExpressRoute Direct port {name} has MACsec configured but no managed identity; expected a user-assigned identity with get access to the Key Vault secrets.","remediation":"Assign a user-assigned managed identity to the port and grant it get permission on the CKN/CAK secrets.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec"],"doc":"# ERS-ENC-004 direct-port-identity-for-macsec\\n\\n**A port whose links use MACsec has a managed identity.**\\n\\n## Why\\nThe port reads the CKN and CAK from Key Vault with a user-assigned managed identity that has GET\\npermission on the secrets. Without it, ExpressRoute cannot read the MACsec keys.\\n\\n## What is checked\\nPorts with a MACsec secret identifier (CKN or CAK) on any link: the top-level `identity.type` is set and not `None`.\\n\\n## Sources\\n- Create a user identity, grant it GET on the secrets, set it on the port (`New-AzExpressRoutePortIdentity`),\\n  and remove it when MACsec is disabled: [Configure MACsec on ExpressRoute Direct ports](https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-macsec.md`, ms.date 12/27/2022).\\n","file":"encryption/ERS-ENC-004.yaml"},{"id":"ERS-ENC-005","name":"private-peering-encrypted-end-to-end","title":"Private-peering traffic is encrypted where policy requires it (policy choice)","category":"encryption","severity":"high","pillar":"security","tags":["circuit","ipsec","macsec","policy"],"resource":"estate","function":"privatePeeringEncrypted","enabledByDefault":false,"parameters":{"overlayTag":"erscan-encryption","acceptedValues":["ipsec","macsec"],"acceptMacsec":true},"message":"Circuit {name} carries private peering over {actual}; expected {expected}.","remediation":"Run an IPsec overlay over private peering (a VPN gateway with private IP, or Virtual WAN with encrypted ExpressRoute) and tag the circuit accordingly, or on ExpressRoute Direct enable MACsec on both links.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-about-encryption","https://learn.microsoft.com/azure/vpn-gateway/site-to-site-vpn-private-peering","https://learn.microsoft.com/azure/virtual-wan/vpn-over-expressroute"],"doc":"# ERS-ENC-005 private-peering-encrypted-end-to-end\\n\\n**Off by default.** Where policy requires encryption in transit, every circuit with private peering\\nis covered by MACsec (ExpressRoute Direct) or an IPsec overlay.\\n\\n## Why\\nExpressRoute is private, not encrypted. Two designs encrypt it: MACsec on ExpressRoute Direct\\n(hop-by-hop on the physical link) and IPsec tunnels over private peering (end to end, for provider\\ncircuits too). Whether encryption is required is the customer\'s policy, hence off by default.\\n\\n## What is checked\\nCircuits with an `AzurePrivatePeering`:\\n- compliant when the circuit is on a Direct port whose links all have MACsec (and `acceptMacsec`\\n  is true), or\\n- when the circuit carries the tag `overlayTag` (default `erscan-encryption`) with a value in\\n  `acceptedValues`: the IPsec overlay is a VPN or vWAN resource, not an ExpressRoute one, so it is\\n  not in erscan\'s inventory and the circuit declares it.\\nA Direct circuit whose port is outside the inventory (and without the tag) is **unknown**.\\n\\n## Parameters\\n- `overlayTag`, `acceptedValues`, `acceptMacsec` (set `false` to require IPsec end to end).\\n\\nEnable with `rules.enable: [ERS-ENC-005]` (see `examples/erscan.yaml`; `rules.include` would run this rule alone).\\n\\n## Sources\\n- MACsec on ExpressRoute Direct: [Configure MACsec on ExpressRoute Direct ports](https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-macsec.md`, ms.date 12/27/2022).\\n- ErGwScale does not support IPsec over ExpressRoute (a reason the overlay may need another gateway):\\n  [About ExpressRoute scalable gateway](https://learn.microsoft.com/azure/expressroute/scalable-gateway) (MicrosoftDocs/azure-docs `articles/expressroute/scalable-gateway.md`, ms.date 11/06/2025).\\n","file":"encryption/ERS-ENC-005.yaml"},{"id":"ERS-HYG-001","name":"classic-operations-disabled","title":"Classic operations are disabled on circuits","category":"hygiene","severity":"low","pillar":"security","tags":["circuit","legacy"],"resource":"circuit","assert":{"field":"allowClassicOperations","notEquals":true},"message":"Circuit {name} has allowClassicOperations {actual}; expected false unless classic (ASM) VNets still use the circuit.","remediation":"Set allowClassicOperations to false once no classic (ASM) VNet is linked to the circuit.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-move"],"doc":"# ERS-HYG-001 classic-operations-disabled\\n\\n**Circuits do not allow classic (Azure Service Manager) operations.**\\n\\n## Why\\n`allowClassicOperations` lets VNets of the classic deployment model be linked to the circuit. Keep it\\non only while classic VNets still use the circuit.\\n\\n## What is checked\\n`properties.allowClassicOperations` is not `true`. A template circuit that leaves it out passes: a circuit\\ncreated in the Resource Manager deployment model has no classic access unless it is set (\\"ExpressRoute circuits\\nthat were created in the Resource Manager deployment model don\'t have access to the classic deployment model by\\ndefault\\"). A live circuit row (Resource Graph, a snapshot, an ARM response) that does not carry it is **unknown**:\\na circuit moved from the classic model is \\"accessible from both deployment models by default\\", and a row that\\nleaves the property out (a trimmed export, a projection that does not select it) does not say which model the\\ncircuit was created in. The REST API spec gives the property no `default`.\\n\\n## Sources\\n- The default: [Moving ExpressRoute circuits from the classic to the Resource Manager deployment model](https://learn.microsoft.com/azure/expressroute/expressroute-move#expressroute-circuits-that-are-created-in-the-resource-manager-deployment-model)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-move.md`, ms.date 06/30/2023, read again 2026-12-02:\\n  the wording quoted is that version\'s; the earlier one, commit 00a142ac, said \\"will not have access\\" and \\"will be\\n  accessible\\", the same facts. \\"Access to the classic deployment model is controlled by the **allowClassicOperations**\\n  parameter in the ExpressRoute circuit\\").\\n- `allowClassicOperations` (\\"Allow classic operations\\") on `ExpressRouteCircuitPropertiesFormat`:\\n  Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/expressRouteCircuit.json` (Azure/azure-rest-api-specs).\\n- Circuit SKU and setting changes on existing circuits: [ExpressRoute circuits and peering](https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings#circuit-sku-upgrade-and-downgrade) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-circuit-peerings.md`, ms.date 08/27/2026).\\n","file":"hygiene/ERS-HYG-001.yaml"},{"id":"ERS-HYG-002","name":"circuit-diagnostic-settings","title":"Circuits send resource logs and metrics to a diagnostic setting","category":"hygiene","severity":"low","pillar":"operational-excellence","tags":["circuit","monitoring"],"resource":"circuit","requires":["diagnosticSettings"],"where":{"field":"diagnosticSettingsCount","exists":true},"assert":{"field":"diagnosticSettingsCount","greater":0},"message":"Circuit {name} has {actual} diagnostic settings; expected at least one, so that logs and metrics reach Log Analytics (or storage or an event hub) for alerting.","remediation":"Add a diagnostic setting (for example with the built-in \\"Enable logging by category group\\" Azure Policy initiatives) that sends logs and metrics to your Log Analytics workspace, and alert on BGP and ARP availability.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-monitoring-metrics-alerts","https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"],"references":{"APRL":["expressRouteCircuits 9771a435-d031-814e-9827-9b5fdafc0f87 (monitoring and alerting)"]},"doc":"# ERS-HYG-002 circuit-diagnostic-settings\\n\\n**Circuits have at least one diagnostic setting.**\\n\\n## Why\\nWithout a diagnostic setting, the circuit\'s resource logs are not collected at all (Azure generates them,\\nbut only a diagnostic setting collects them), and its platform metrics stay in Azure Monitor Metrics\\nonly; neither can feed Log Analytics queries, workbooks or long-term investigations.\\n\\n## What is checked\\n`erscan.diagnosticSettingsCount` on the circuit is at least 1. Diagnostic settings are not part of\\nthe resource\'s Resource Graph row: `erscan collect` and `scan --graph` read them through ARM\\n(`GET {circuitId}/providers/Microsoft.Insights/diagnosticSettings?api-version=2021-05-01-preview`)\\nand record the count. Where the input does not carry it (a Resource Graph export, a template) the\\nrule is reported as **not evaluated** in a notice (`requires: [diagnosticSettings]`), never passed.\\n\\n## Sources\\n- The metrics per resource type today (circuits: ARP and BGP availability, BitsIn/OutPerSecond; gateways: CPU\\n  utilization, packets per second, routes, flows, \\"We highly recommended you set alerts for each of these\\n  metrics\\"; Direct ports: AdminState, LineProtocol, Rx/TxLightLevel): [Azure ExpressRoute monitoring data reference](https://learn.microsoft.com/azure/expressroute/monitor-expressroute-reference)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/monitor-expressroute-reference.md`, ms.date 07/11/2024).\\n- Circuit logs and metrics and their export through diagnostic settings: [ExpressRoute monitoring, metrics and alerts](https://learn.microsoft.com/azure/expressroute/expressroute-monitoring-metrics-alerts) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-monitoring-metrics-alerts.md`, ms.date 08/22/2019).\\n- \\"Azure resources generate resource logs automatically, but you must create a diagnostic setting to\\n  collect them\\": [Collect resource logs from an Azure resource](https://learn.microsoft.com/azure/azure-monitor/essentials/tutorial-resource-logs)\\n  (MicrosoftDocs/azure-docs `articles/azure-monitor/essentials/tutorial-resource-logs.md`, ms.date 08/08/2023).\\n- Diagnostic settings and the List API: https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings\\n  (MicrosoftDocs/azure-docs `articles/azure-monitor/essentials/diagnostic-settings.md`).\\n\\n## Equivalent checks\\nAPRL v2 `azure-resources/Network/expressRouteCircuits/recommendations.yaml`, `aprlGuid: 9771a435-d031-814e-9827-9b5fdafc0f87` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71) (\\"Configure monitoring and alerting for ExpressRoute\\ncircuits\\"); its alerting half is ERS-HYG-008.\\n","file":"hygiene/ERS-HYG-002.yaml"},{"id":"ERS-HYG-003","name":"gateway-diagnostic-settings","title":"Gateways send resource logs and metrics to a diagnostic setting","category":"hygiene","severity":"low","pillar":"operational-excellence","tags":["gateway","monitoring"],"resource":"gateway","requires":["diagnosticSettings"],"where":{"field":"diagnosticSettingsCount","exists":true},"assert":{"field":"diagnosticSettingsCount","greater":0},"message":"Gateway {name} has {actual} diagnostic settings; expected at least one, so that logs and metrics reach Log Analytics (or storage or an event hub) for alerting.","remediation":"Add a diagnostic setting (for example with the built-in \\"Enable logging by category group\\" Azure Policy initiatives) that sends logs and metrics to your Log Analytics workspace, and alert on BGP and ARP availability.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-monitoring-metrics-alerts","https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"],"references":{"APRL":["virtualNetworkGateways 1c34faa8-8b99-974c-adbf-71922eae943c (monitoring and alerting)"]},"doc":"# ERS-HYG-003 gateway-diagnostic-settings\\n\\n**ExpressRoute gateways (VNet and vWAN) have at least one diagnostic setting.**\\n\\n## Why\\nWithout a diagnostic setting, the gateway\'s resource logs are not collected at all (Azure generates them,\\nbut only a diagnostic setting collects them), and its platform metrics stay in Azure Monitor Metrics\\nonly; neither can feed Log Analytics queries, workbooks or long-term investigations.\\n\\n## What is checked\\n`erscan.diagnosticSettingsCount` on the gateway is at least 1. Diagnostic settings are not part of\\nthe resource\'s Resource Graph row: `erscan collect` and `scan --graph` read them through ARM\\n(`GET {gatewayId}/providers/Microsoft.Insights/diagnosticSettings?api-version=2021-05-01-preview`)\\nand record the count. Where the input does not carry it (a Resource Graph export, a template) the\\nrule is reported as **not evaluated** in a notice (`requires: [diagnosticSettings]`), never passed.\\n\\n## Sources\\n- The metrics per resource type today (circuits: ARP and BGP availability, BitsIn/OutPerSecond; gateways: CPU\\n  utilization, packets per second, routes, flows, \\"We highly recommended you set alerts for each of these\\n  metrics\\"; Direct ports: AdminState, LineProtocol, Rx/TxLightLevel): [Azure ExpressRoute monitoring data reference](https://learn.microsoft.com/azure/expressroute/monitor-expressroute-reference)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/monitor-expressroute-reference.md`, ms.date 07/11/2024).\\n- Gateway metrics and their export through diagnostic settings: [ExpressRoute monitoring, metrics and alerts](https://learn.microsoft.com/azure/expressroute/expressroute-monitoring-metrics-alerts) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-monitoring-metrics-alerts.md`, ms.date 08/22/2019).\\n- \\"Azure resources generate resource logs automatically, but you must create a diagnostic setting to\\n  collect them\\": [Collect resource logs from an Azure resource](https://learn.microsoft.com/azure/azure-monitor/essentials/tutorial-resource-logs)\\n  (MicrosoftDocs/azure-docs `articles/azure-monitor/essentials/tutorial-resource-logs.md`, ms.date 08/08/2023).\\n- Diagnostic settings and the List API: https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings\\n  (MicrosoftDocs/azure-docs `articles/azure-monitor/essentials/diagnostic-settings.md`).\\n\\n## Equivalent checks\\nAPRL v2 `azure-resources/Network/virtualNetworkGateways/recommendations.yaml`, `aprlGuid: 1c34faa8-8b99-974c-adbf-71922eae943c` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71) (\\"Monitor health for ExpressRoute gateway\\") and\\nAPRL v2 `azure-resources/Network/expressRouteGateways/recommendations.yaml`, `aprlGuid: 17e8d380-e4b4-41a1-9b37-2e4df9fd5125` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71); its alerting half is ERS-HYG-008.\\n","file":"hygiene/ERS-HYG-003.yaml"},{"id":"ERS-HYG-004","name":"unused-authorizations","title":"Circuits do not keep unredeemed authorization keys","category":"hygiene","severity":"low","pillar":"security","tags":["circuit","authorization"],"deployedState":true,"resource":"estate","function":"unusedAuthorizations","parameters":{"maxAvailable":0},"message":"Circuit {name} has {actual}; expected {expected}.","remediation":"Delete authorizations that are no longer waiting to be redeemed; create one when a connection is about to be made.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm"],"doc":"# ERS-HYG-004 unused-authorizations\\n\\n**Authorization keys are not left lying around.**\\n\\n## Why\\nAn authorization key lets whoever holds it connect a VNet (in any subscription or tenant) to the\\ncircuit. Keys created \\"for later\\" and never redeemed (`authorizationUseStatus: Available`) are\\nstanding credentials to a private network path.\\n\\n## What is checked\\n`properties.authorizations[].properties.authorizationUseStatus` (or authorization child resources):\\nthe number in state `Available` is at most `maxAvailable` (default 0). The keys themselves are\\nsecrets and are dropped on read. Azure reports every authorization\'s `authorizationUseStatus`\\n(`Available` or `InUse`); an authorization the input gives without it may be unredeemed, so where it\\ncould break the limit the result is **unknown**, naming it, never a pass. So it is when the circuit is read\\ntwice (two exports, a tenant\'s and a Lighthouse partner\'s) and the reads disagree on its authorizations:\\nwhich are `Available` now is not known, and the message gives both lists, names and states only.\\n\\n## Parameters\\n- `maxAvailable` (default `0`).\\n\\n## Sources\\n- Authorizations, `authorizationKey` and `authorizationUseStatus` (`Available | InUse`) on\\n  `ExpressRouteCircuitAuthorization`: Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/expressRouteCircuit.json` (Azure/azure-rest-api-specs).\\n- Connecting a VNet in another subscription by creating an authorization and redeeming its key:\\n  https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-cli (MicrosoftDocs/azure-docs\\n  `articles/expressroute/expressroute-howto-linkvnet-cli.md`, ms.date 09/15/2023).\\n","file":"hygiene/ERS-HYG-004.yaml"},{"id":"ERS-HYG-005","name":"provisioning-not-failed","title":"ExpressRoute resources are not left in a failed provisioning state","category":"hygiene","severity":"medium","pillar":"operational-excellence","tags":["estate","provisioning"],"deployedState":true,"resource":"estate","function":"failedProvisioning","message":"{name} has {actual}; expected {expected}.","remediation":"Re-apply the last configuration (a PUT of the same resource usually clears the state) or open a support case; a failed resource may not carry its intended configuration.","links":["https://learn.microsoft.com/azure/networking/troubleshoot-failed-state"],"doc":"# ERS-HYG-005 provisioning-not-failed\\n\\n**No circuit, port, gateway or connection is in provisioning state `Failed`.**\\n\\n## Why\\n`Failed` means the last operation on the resource did not complete. The state is metadata: the\\nresource may go on carrying traffic, but it may not carry the configuration that was last applied,\\nand changes to it or to resources that depend on it can fail until the state is cleared (usually\\nby re-applying the configuration with a PUT).\\n\\n## What is checked\\n`properties.provisioningState` of circuits, ExpressRoute Direct ports, gateways and connections.\\nDeployed state: not evaluated on templates.\\n\\n## Sources\\n- `ProvisioningState` (`Succeeded | Updating | Deleting | Failed`) on every Network resource:\\n  Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/network.json`.\\n- What a failed provisioning state means (metadata; not necessarily non-functional) and how to clear it:\\n  https://learn.microsoft.com/azure/networking/troubleshoot-failed-state (MicrosoftDocs/azure-docs\\n  `articles/networking/troubleshoot-failed-state.md`, ms.date 04/08/2022).\\n","file":"hygiene/ERS-HYG-005.yaml"},{"id":"ERS-HYG-006","name":"connection-connected","title":"ExpressRoute connections are reported as connected","category":"hygiene","severity":"medium","pillar":"reliability","tags":["connection"],"deployedState":true,"resource":"connection","requires":["connectionStatus"],"function":"connectionConnected","message":"Connection {name} has connectionStatus {actual}; expected {expected}.","remediation":"Check that the circuit is provisioned and its private peering configured, that the authorization is valid, and that the gateway is healthy; recreate the connection if needed.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-troubleshooting-expressroute-overview","https://learn.microsoft.com/rest/api/network-gateway/virtual-network-gateway-connections/get"],"doc":"# ERS-HYG-006 connection-connected\\n\\n**Connections the input reports on are connected.**\\n\\n## Why\\nA connection in `NotConnected` attaches nothing: the VNet has no path over that circuit, while\\nredundancy counts elsewhere still include it.\\n\\n## What is checked\\n`properties.connectionStatus` of ExpressRoute VNet gateway connections, one of `Unknown`,\\n`Connecting`, `Connected` and `NotConnected` (an open enum: Azure may add values). Microsoft\\ndocuments these values by name only, so each is read for what its name says and no more:\\n\\n| `connectionStatus` | verdict |\\n| --- | --- |\\n| `Connected` | pass |\\n| `NotConnected` | fail |\\n| `Connecting` | unknown: a transitional state; the connection was not connected when read, and whether it connects is not known |\\n| `Unknown` | unknown: Azure itself does not know the status |\\n| any other value | unknown: erscan cannot read it as `Connected` |\\n\\nNone of them but `Connected` passes. The status is runtime state: it is absent in templates (the\\nrule is not evaluated there) and may be absent from Resource Graph rows. Connections whose input\\ncarries no status (no `properties.connectionStatus`, or an empty one) are named in a notice\\n(`requires: [connectionStatus]`: \\"not evaluated\\", or \\"partly evaluated\\" when other connections carry\\none) instead of being passed silently.\\n\\n## Sources\\n- `connectionStatus` (`Unknown | Connecting | Connected | NotConnected`, \\"Virtual Network Gateway\\n  connection status\\", no description per value): Virtual Network Gateway Connections - Get,\\n  https://learn.microsoft.com/rest/api/network-gateway/virtual-network-gateway-connections/get ;\\n  the enum `VirtualNetworkGatewayConnectionStatus` (`x-ms-enum` `modelAsString: true`, so values\\n  beyond these four may appear) on `VirtualNetworkGatewayConnectionPropertiesFormat`: Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/virtualNetworkGateway.json` (Azure/azure-rest-api-specs).\\n- Verifying connectivity of a circuit and its connections: https://learn.microsoft.com/azure/expressroute/expressroute-troubleshooting-expressroute-overview\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-troubleshooting-expressroute-overview.md`, ms.date 11/18/2024).\\n","file":"hygiene/ERS-HYG-006.yaml"},{"id":"ERS-HYG-007","name":"port-diagnostic-settings","title":"ExpressRoute Direct ports send resource logs and metrics to a diagnostic setting","category":"hygiene","severity":"low","pillar":"operational-excellence","tags":["port","monitoring"],"resource":"port","requires":["diagnosticSettings"],"where":{"field":"diagnosticSettingsCount","exists":true},"assert":{"field":"diagnosticSettingsCount","greater":0},"message":"ExpressRoute Direct port {name} has {actual} diagnostic settings; expected at least one, so that logs and metrics reach Log Analytics (or storage or an event hub) for alerting.","remediation":"Add a diagnostic setting (for example with the built-in \\"Enable logging by category group\\" Azure Policy initiatives) that sends logs and metrics to your Log Analytics workspace, and alert on BGP and ARP availability.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-monitoring-metrics-alerts","https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"],"references":{"APRL":["expressRoutePorts 55815823-d588-4cb7-a5b8-ae581837356e (monitoring and alerting)"]},"doc":"# ERS-HYG-007 port-diagnostic-settings\\n\\n**ExpressRoute Direct ports have at least one diagnostic setting.**\\n\\n## Why\\nWithout a diagnostic setting, the port\'s resource logs are not collected at all (Azure generates them,\\nbut only a diagnostic setting collects them), and its platform metrics stay in Azure Monitor Metrics\\nonly; neither can feed Log Analytics queries, workbooks or long-term investigations.\\n\\n## What is checked\\n`erscan.diagnosticSettingsCount` on the port is at least 1. Diagnostic settings are not part of\\nthe resource\'s Resource Graph row: `erscan collect` and `scan --graph` read them through ARM\\n(`GET {portId}/providers/Microsoft.Insights/diagnosticSettings?api-version=2021-05-01-preview`)\\nand record the count. Where the input does not carry it (a Resource Graph export, a template) the\\nrule is reported as **not evaluated** in a notice (`requires: [diagnosticSettings]`), never passed.\\n\\n## Sources\\n- The metrics per resource type today (circuits: ARP and BGP availability, BitsIn/OutPerSecond; gateways: CPU\\n  utilization, packets per second, routes, flows, \\"We highly recommended you set alerts for each of these\\n  metrics\\"; Direct ports: AdminState, LineProtocol, Rx/TxLightLevel): [Azure ExpressRoute monitoring data reference](https://learn.microsoft.com/azure/expressroute/monitor-expressroute-reference)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/monitor-expressroute-reference.md`, ms.date 07/11/2024).\\n- Port metrics (AdminState, LineProtocol, BitsIn/OutPerSecond per Link, Rx/TxLightLevel), exportable through diagnostic settings: [Supported metrics for Microsoft.Network/expressRoutePorts](https://learn.microsoft.com/azure/azure-monitor/reference/supported-metrics/microsoft-network-expressrouteports-metrics) (MicrosoftDocs/azure-docs `articles/azure-monitor/reference/supported-metrics/includes/microsoft-network-expressrouteports-metrics-include.md`, ms.date 07/12/2023).\\n- \\"Azure resources generate resource logs automatically, but you must create a diagnostic setting to\\n  collect them\\": [Collect resource logs from an Azure resource](https://learn.microsoft.com/azure/azure-monitor/essentials/tutorial-resource-logs)\\n  (MicrosoftDocs/azure-docs `articles/azure-monitor/essentials/tutorial-resource-logs.md`, ms.date 08/08/2023).\\n- Diagnostic settings and the List API: https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings\\n  (MicrosoftDocs/azure-docs `articles/azure-monitor/essentials/diagnostic-settings.md`).\\n\\n## Equivalent checks\\nAPRL v2 `azure-resources/Network/expressRoutePorts/recommendations.yaml`, `aprlGuid: 55815823-d588-4cb7-a5b8-ae581837356e` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71) (\\"Configure monitoring and alerting for ExpressRoute Ports\\"); its alerting half is ERS-HYG-008.\\n","file":"hygiene/ERS-HYG-007.yaml"},{"id":"ERS-HYG-008","name":"metric-alerts","title":"Circuits, ExpressRoute Direct ports and gateways have metric alerts","category":"hygiene","severity":"low","pillar":"operational-excellence","tags":["circuit","port","gateway","monitoring"],"resource":"estate","function":"metricAlertsConfigured","requires":["metricAlerts"],"parameters":{"minAlerts":1},"message":"{details.what} {name} has {actual}; expected {expected} (for example on {details.examples}).","remediation":"Create Azure Monitor metric alert rules scoped to the circuit (BgpAvailability, ArpAvailability, BitsInPerSecond/BitsOutPerSecond), the Direct port (AdminState, LineProtocol, RxLightLevel/TxLightLevel) and the gateway (ExpressRouteGatewayCpuUtilization, ExpressRouteGatewayPacketsPerSecond); Azure Monitor Baseline Alerts (AMBA) ships them as policies.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-monitoring-metrics-alerts","https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-create-metric-alert-rule"],"references":{"APRL":["expressRouteCircuits 9771a435-d031-814e-9827-9b5fdafc0f87 (alerting half)","expressRoutePorts 55815823-d588-4cb7-a5b8-ae581837356e (alerting half)","virtualNetworkGateways 1c34faa8-8b99-974c-adbf-71922eae943c (alerting half)","expressRouteGateways 17e8d380-e4b4-41a1-9b37-2e4df9fd5125"]},"doc":"# ERS-HYG-008 metric-alerts\\n\\n**Circuits, ExpressRoute Direct ports and gateways have metric alert rules.**\\n\\n## Why\\nMetrics without alerts are noticed only after an outage. ExpressRoute exposes BGP and ARP\\navailability and throughput per circuit, admin state, line protocol and light levels per Direct\\nport link, and CPU, packets per second and flows per gateway; an alert rule scoped to the resource\\nturns a dropped BGP session or a saturated gateway into a page.\\n\\n## What is checked\\nFor every circuit, Direct port and gateway (VNet and vWAN): the number of **enabled** metric alert\\nrules (`microsoft.insights/metricalerts`) whose scopes hold it (its id, or its resource group or\\nsubscription with `targetResourceType` of its type, as multi-resource alerts are scoped) is at least\\n`minAlerts`. The live crawl reads the alert rules from Resource Graph with the ExpressRoute query;\\ninputs without them report the rule as **not evaluated** (`requires: [metricAlerts]`). An alert rule\\nkept in another subscription than its target is counted only when that subscription was crawled.\\n\\n## Parameters\\n- `minAlerts` (default `1`).\\n\\n## Sources\\n- The metrics per resource type today (circuits: ARP and BGP availability, BitsIn/OutPerSecond; gateways: CPU\\n  utilization, packets per second, routes, flows, \\"We highly recommended you set alerts for each of these\\n  metrics\\"; Direct ports: AdminState, LineProtocol, Rx/TxLightLevel): [Azure ExpressRoute monitoring data reference](https://learn.microsoft.com/azure/expressroute/monitor-expressroute-reference)\\n  (MicrosoftDocs/azure-docs `articles/expressroute/monitor-expressroute-reference.md`, ms.date 07/11/2024).\\n- The metrics to alert on for circuits, ports and gateways: [ExpressRoute monitoring, metrics and alerts](https://learn.microsoft.com/azure/expressroute/expressroute-monitoring-metrics-alerts) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-monitoring-metrics-alerts.md`, ms.date 08/22/2019); port metrics: [Supported metrics for Microsoft.Network/expressRoutePorts](https://learn.microsoft.com/azure/azure-monitor/reference/supported-metrics/microsoft-network-expressrouteports-metrics) (MicrosoftDocs/azure-docs `articles/azure-monitor/reference/supported-metrics/includes/microsoft-network-expressrouteports-metrics-include.md`, ms.date 07/12/2023).\\n- Metric alert rules and their scopes: https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-create-metric-alert-rule\\n  (MicrosoftDocs/azure-docs `articles/azure-monitor/alerts/alerts-create-metric-alert-rule.md`).\\n\\n## Equivalent checks\\nThe alerting half of APRL v2 `azure-resources/Network/expressRouteCircuits/recommendations.yaml`, `aprlGuid: 9771a435-d031-814e-9827-9b5fdafc0f87` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71),\\n`expressRoutePorts 55815823`, `virtualNetworkGateways 1c34faa8`; APRL v2 `azure-resources/Network/expressRouteGateways/recommendations.yaml`, `aprlGuid: 17e8d380-e4b4-41a1-9b37-2e4df9fd5125` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71)\\n(its query looks for `microsoft.insights/metricalerts` whose scopes hold the gateway, as this rule does).\\n","file":"hygiene/ERS-HYG-008.yaml"},{"id":"ERS-RED-001","name":"gateway-peering-location-diversity","title":"Every ExpressRoute gateway is served by circuits in at least two peering locations","category":"redundancy","severity":"high","pillar":"reliability","tags":["gateway","estate","geo-redundancy"],"resource":"estate","function":"gatewayPeeringLocationDiversity","parameters":{"minLocations":2,"distinctBy":"location"},"message":"Gateway {name} is served by {actual}; expected {expected}.","remediation":"Connect the gateway to a second circuit in another peering location (a different metro for disaster recovery), with its own provider or ExpressRoute Direct port, and weight the connections for active-passive or active-active use.","links":["https://learn.microsoft.com/azure/expressroute/designing-for-disaster-recovery-with-expressroute-privatepeering","https://learn.microsoft.com/azure/expressroute/designing-for-high-availability-with-expressroute","https://learn.microsoft.com/azure/well-architected/service-guides/azure-expressroute"],"references":{"APRL":["virtualNetworkGateways d37db635-157f-584d-9bce-4f6fc8c65ce5","expressRouteGateways 9987c813-d687-4163-a511-95f31bc5e536","expressRouteCircuits 4d703025-dafc-f840-a183-5dc440456134"]},"doc":"# ERS-RED-001 gateway-peering-location-diversity\\n\\n**Every ExpressRoute gateway (VNet gateway or vWAN hub gateway) is served by circuits in at least two peering locations.**\\n\\n## Why\\nA circuit has two links, but both end in one peering location. A facility outage, a fibre cut into\\nthe building or a provider failure there takes every circuit of that location down at once. Only a\\nsecond circuit in another peering location keeps the VNets behind the gateway reachable.\\n\\n## What is checked\\nThis is an estate-level check that no single-resource tool makes: erscan follows every connection\\n(`properties.virtualNetworkGateway1` \u2192 `properties.peer` for VNet gateways, inline\\n`expressRouteConnections[].properties.expressRouteCircuitPeering` for vWAN) across subscriptions and\\ntenants, and counts the distinct `serviceProviderProperties.peeringLocation` (or, for ExpressRoute\\nDirect circuits, the port\'s `peeringLocation`) of the circuits that reach each gateway.\\nA circuit the provider has not provisioned (`serviceProviderProvisioningState` `NotProvisioned`, `Provisioning` or\\n`Deprovisioning`, ERS-RED-007) is not counted either, and the message names it with its state: \\"The ExpressRoute circuit\\nmust be in a Provisioned state in order to configure peering\\" ([ExpressRoute workflows for circuit provisioning and\\ncircuit states](https://learn.microsoft.com/azure/expressroute/expressroute-workflows), MicrosoftDocs/azure-docs\\n`articles/expressroute/expressroute-workflows.md`), so none of the gateway\'s traffic goes over it (a state the input\\ndoes not give is not taken for one). Where such circuits (`NotProvisioned` or `Provisioning`) would make up the\\nlocations once provisioned (a location the gateway lacks, a private peering not `Disabled` and whose state is known,\\nno other tier needed to reach what they are connected to, nothing about them unknown), the fix is to have the provider\\nprovision them (`costImpactChange: provision-circuit`, 0, nothing more a month: a circuit is billed from creation, ERS-COST-001), and\\nERS-COST-001 and the cost view keep them rather than delete them; otherwise (a `Deprovisioning` circuit among them) the\\nfix proposed is another circuit, as below.\\nA circuit ARM is deleting (`provisioningState` `Deleting`: [Express Route Circuits - Get](https://learn.microsoft.com/rest/api/expressroute/express-route-circuits/get),\\nProvisioningState) carries the gateway\'s traffic only until the deletion completes: where the gateway has enough\\nlocations only with such circuits, the result is **unknown**, naming them (never a pass); such a circuit is never the\\none proposed to connect, enable or provision.\\nA circuit whose Azure private peering is `Disabled` (ERS-BGP-004: its BGP sessions are down on the Microsoft side) is\\nnot counted: a gateway\'s connection rides the circuit\'s private peering (\\"Ensure that you have Azure private peering\\nconfigured for your circuit\\", [Link a virtual network to ExpressRoute circuits](https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-portal-resource-manager),\\nMicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-linkvnet-portal-resource-manager.md`), so none of the\\ngateway\'s traffic goes over it. (A dual-stack private peering is Disabled only where its IPv6 side,\\n`ipv6PeeringConfig.state`, is too: an IPv6 side that is Enabled carries the connection\'s IPv6 traffic, and one whose state\\nthe row does not carry may, as below.) The message names it, and where enabling it would make up the locations the fix is that\\n(`costImpactChange: enable-peering`, no new circuit), for circuits that then serve the gateway as they are: provisioned\\nat the provider (ERS-RED-007), needing no other tier to reach what they are connected to (ERS-SKU-003), nothing about\\nthem unknown; otherwise the fix is another circuit, as below. A private peering whose state the input does not carry (a\\nrow that leaves `state` out, a template that does not set it) may be `Disabled`: where the gateway has enough locations\\nonly with such circuits, the result is **unknown**, naming them; where it has enough without them, it passes; where it\\nhas too few even with them, it fails \\"at most N\\" locations, naming them (a template\'s finding, undecided anyway, does not).\\nSo is a connected circuit whose list of peerings holds no Azure private peering but is not known in full: a live row\\nthat lists none contradicts the connection, which needs it (nor can a private peering be deleted under its connections:\\n\\"You must ensure that all virtual network connections and ExpressRoute Global Reach connections are removed\\",\\n[Configure peering for an ExpressRoute circuit](https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-portal-resource-manager#deleteprivate)),\\nso the two reads were taken at different times (src/inventory/build.ts); a row without `properties.peerings`; a template\\nwhose files declare no private peering of it. Such a circuit is never left out as one without private peering (and never\\noffered the \\"enable its peering\\" fix), nor counted as a location for certain.\\nLocations are counted per circuit, never per connection: two connections of one gateway to the same circuit\\n(the same `virtualNetworkGateway1` and `peer`) are one circuit in one location, not a second path. Microsoft\\nLearn does not say whether Azure accepts such a pair (expressroute-howto-linkvnet-arm: \\"create a new connection\\nobject for each ExpressRoute circuit you\'re connecting to\\"), so erscan does not refuse it; it only never counts it twice.\\n\\n**ExpressRoute Direct port locations**: a Direct port names its location as the\\n`expressRoutePortsLocations` API does (`Equinix-Amsterdam-AM5`, `Equinix-Ashburn-DC2`; Get-AzExpressRoutePortsLocation\\nin MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-erdirect.md`, ms.date 07/10/2025).\\nerscan maps it by facility to the peering location of `articles/expressroute/expressroute-locations-providers.md`\\n(ms.date 04/28/2026) whose Address column names the same facility (Equinix AM5 \u2192 Amsterdam), so a port at\\n`Equinix-Amsterdam-AM5` and a provider circuit at `Amsterdam` are **one** peering location, and the message\\nprints both names (`Equinix-Amsterdam-AM5 (Amsterdam)`). A port location erscan does not map counts as a\\nlocation of its own name, and the scan reports it (docs/pricing.md, \\"ExpressRoute Direct port locations\\");\\nsince that name may be the peering location of another of the gateway\'s circuits, a gateway that reaches the\\ncount only through such a name is **unknown**, never a pass.\\n\\nWhen some circuits are outside the inventory (for example in a tenant that was not scanned) and they\\ncould make up the difference, the finding is reported as **unknown**, not as a pass. Where such a\\ncircuit is is not known, and any of them may be a Metro circuit (two peering locations, below): with\\n`distinctBy: location`, one circuit outside can make up two locations. The message names them as\\ncircuits outside the inventory whose location is not known, never as \\"0 locations\\".\\nSo does a live vWAN gateway row that does not list its connections (no `properties.expressRouteConnections`,\\nas in Microsoft\'s `ExpressRouteGatewayGet.json` and `ExpressRouteGatewayCreate.json` examples, azure-rest-api-specs\\nMicrosoft.Network stable 2025-07-01): the connection rows of its own that name it (`ExpressRouteConnectionGet.json`,\\none connection) are some of its connections, not all, so a gateway short of locations is **unknown**.\\n\\n**ExpressRoute Metro**: a Metro circuit (`Amsterdam Metro`, 28 locations in\\nMicrosoftDocs/azure-docs `articles/expressroute/metro.md`, ms.date 05/10/2026) is one circuit \\"with the\\nphysical links residing in two separate locations in the same city\\" (`articles/expressroute/expressroute-faqs.md`,\\nms.date 03/31/2026): it counts as **two peering locations** and **one metro**. A gateway served by one\\nMetro circuit passes with `distinctBy: location` and fails with `distinctBy: metro` (a city-wide event\\ntakes both sites; Microsoft\'s resiliency guidance ranks Metro below two circuits in two locations).\\n\\n**Gateways with no connection** (none deployed for sure: a connection on a template condition left\\nopen may not exist, and the message says so) are not reported here: ERS-COST-005 reports them (delete the gateway),\\nand asking for a second circuit on a gateway that carries nothing would contradict it. A gateway from a\\ntemplate is a partial view: with fewer locations than required in the scanned files, the result is\\n**unknown** (\\"not decidable from these files\\"), since another deployment may connect more circuits.\\n\\nThe finding carries `costImpactUsd`: a second circuit of the same tier (the tier the circuit needs, if a\\nfinding requires another), bandwidth and billing model as the largest circuit serving the gateway, priced\\nin that circuit\'s zone (a second location in another zone costs differently; a metered second circuit\\nwithout egress, which is split rather than added; a Direct circuit needs a second port pair, which the\\nbundled catalogue does not price: null). A second Local circuit is proposed only where another peering location\\n(another metro, with `distinctBy: metro`) offers ExpressRoute Local for the gateway\'s region (the \\"Local Azure\\nregions\\" column of articles/expressroute/expressroute-locations-providers.md): Japan West is Osaka\'s alone, so a\\ngateway there served by a Local circuit at Osaka is told of a Standard (Unlimited) circuit, which ERS-SKU-004\\nwould not fail, and the message says why.\\nWhen the inventory already has a provisioned circuit in another location of the same geopolitical region\\nwith room for one more link, the fix named is to connect it instead (no new circuit; a circuit proposed to one\\ngateway has one link fewer for the next, so none is offered to more gateways than it can take); only a circuit with an\\nAzure private peering that is not `Disabled` counts, since a gateway connection rides that peering (\\"Ensure\\nthat you have Azure private peering configured for your circuit\\",\\n[Link a virtual network to ExpressRoute circuits](https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-portal-resource-manager)).\\nA circuit proposed this way that carries nothing today is kept, not deleted, across the report (one story):\\nits ERS-COST-003 finding says connecting it fixes that finding too (`costImpactUsd` 0, `costImpactChange`\\n`connect`), and the cost view withdraws its delete advice and does not count that saving. A suppressed or\\nundecided ERS-RED-001 finding proposes nothing, so the delete advice stands.\\n\\n## Parameters\\n- `minLocations` (default `2`): distinct locations required.\\n- `distinctBy` (`location` or `metro`, default `location`): with `metro`, \\"Amsterdam\\", \\"Amsterdam2\\"\\n  and \\"Amsterdam Metro\\" count as one site.\\n\\n## How to fix\\nOrder a second circuit in another peering location and connect it to the same gateway. Use\\nconnection `routingWeight` or AS-path prepending to choose active-passive or active-active.\\n\\n## Equivalent checks\\nAPRL `d37db635-157f-584d-9bce-4f6fc8c65ce5` (virtualNetworkGateways), `9987c813-d687-4163-a511-95f31bc5e536`\\n(expressRouteGateways), `4d703025-dafc-f840-a183-5dc440456134` (expressRouteCircuits). No PSRule,\\nAzure Policy or Checkov rule checks this.\\n","file":"redundancy/ERS-RED-001.yaml"},{"id":"ERS-RED-002","name":"gateway-circuits-distinct-ports","title":"Circuits that back each other up do not share an ExpressRoute Direct port","category":"redundancy","severity":"high","pillar":"reliability","tags":["gateway","direct","estate"],"resource":"estate","function":"gatewayCircuitsSharePort","message":"Gateway {name} has {actual}; expected {expected}.","remediation":"Move one of the circuits to an ExpressRoute Direct port in another peering location (or to a provider circuit), so that one port pair failing does not take both paths down.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about","https://learn.microsoft.com/azure/expressroute/designing-for-disaster-recovery-with-expressroute-privatepeering"],"references":{"APRL":["virtualNetworkGateways d37db635-157f-584d-9bce-4f6fc8c65ce5 (related)"]},"doc":"# ERS-RED-002 gateway-circuits-distinct-ports\\n\\n**Two circuits serving the same gateway are not carved out of the same ExpressRoute Direct port.**\\n\\n## Why\\nCircuits on one ExpressRoute Direct port share its two physical links, its router pair and its\\nfacility. Connecting both to one gateway looks redundant in the portal but fails together.\\n\\n## What is checked\\nFor every gateway, the circuits reached through its connections are grouped by\\n`properties.expressRoutePort.id` (or the port\'s `properties.circuits[]`). A port that carries two or\\nmore of them is reported once per gateway. Estate-level: circuits and ports may sit in other\\nsubscriptions.\\nA connected circuit the provider has not provisioned (`serviceProviderProvisioningState` other than `Provisioned`,\\nERS-RED-007) is left out, as ERS-RED-001 leaves it out (see its doc: none of the gateway\'s traffic goes over it).\\nA connected circuit whose Azure private peering is `Disabled` (ERS-BGP-004) is left out, as ERS-RED-001 leaves it out\\nof its locations: a gateway\'s connection rides the circuit\'s private peering (\\"Ensure that you have Azure private\\npeering configured for your circuit\\", [Link a virtual network to ExpressRoute circuits](https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-portal-resource-manager),\\nMicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-linkvnet-portal-resource-manager.md`), so it is no path\\nof the gateway\'s. A shared port that rests on a circuit whose private peering state the input does not carry (a row that\\nleaves `state` out) is **unknown**, naming it: it may be `Disabled`.\\nSo is one that rests on a connected circuit whose peering list holds no private peering but is not known in full\\n(see ERS-RED-001).\\n\\n## How to fix\\nProvision the second circuit on another Direct port, ideally in another peering location, or use a\\nprovider circuit as the second path.\\n\\n## Equivalent checks\\nNone as an automated check; APRL\'s peering-location diversity guidance implies it.\\n","file":"redundancy/ERS-RED-002.yaml"},{"id":"ERS-RED-003","name":"gateway-circuits-distinct-locations","title":"Circuits that back each other up are not in the same peering location","category":"redundancy","severity":"medium","pillar":"reliability","tags":["gateway","estate","geo-redundancy"],"resource":"estate","function":"gatewayCircuitsShareLocation","message":"Gateway {name} has {actual}; expected {expected}.","remediation":"Move one of the circuits to another peering location, or accept the design explicitly with a suppression that names the reason (for example a second pair in another location).","links":["https://learn.microsoft.com/azure/expressroute/designing-for-disaster-recovery-with-expressroute-privatepeering","https://learn.microsoft.com/azure/expressroute/designing-for-high-availability-with-expressroute"],"references":{"APRL":["virtualNetworkGateways d37db635-157f-584d-9bce-4f6fc8c65ce5 (related)"]},"doc":"# ERS-RED-003 gateway-circuits-distinct-locations\\n\\n**No two circuits serving the same gateway are in the same peering location.**\\n\\n## Why\\nERS-RED-001 asks for at least two locations. A gateway can pass it and still have two of its\\ncircuits side by side in one building (for example three circuits: two in Amsterdam, one in London):\\nthe Amsterdam pair adds capacity, not resilience, and the failure of that site removes two of three\\npaths at once.\\n\\n## What is checked\\nFor every gateway, circuits are grouped by peering location (provider `peeringLocation`, or the\\nDirect port\'s). A location with two or more circuits is reported once per gateway.\\nA connected circuit the provider has not provisioned (`serviceProviderProvisioningState` other than `Provisioned`,\\nERS-RED-007) is left out, as ERS-RED-001 leaves it out (see its doc: none of the gateway\'s traffic goes over it).\\nA connected circuit whose Azure private peering is `Disabled` (ERS-BGP-004) is left out, as ERS-RED-001 leaves it out\\nof its locations: a gateway\'s connection rides the circuit\'s private peering (\\"Ensure that you have Azure private\\npeering configured for your circuit\\", [Link a virtual network to ExpressRoute circuits](https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-portal-resource-manager),\\nMicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-linkvnet-portal-resource-manager.md`), so it is no path\\nof the gateway\'s (ERS-RED-001 reports the gateway\'s single location and proposes the fix). A shared location that rests on\\na circuit whose private peering state the input does not carry (a row that leaves `state` out) is **unknown**, naming it:\\nit may be `Disabled`. So is one that rests on a connected circuit whose peering list holds no private peering but is\\nnot known in full (see ERS-RED-001).\\n\\nA Direct port\'s location is an ExpressRoute Direct port location (`Equinix-Amsterdam-AM5`), mapped by\\nfacility to its peering location (Amsterdam: Equinix AM5 in the Address column of\\n`articles/expressroute/expressroute-locations-providers.md`, ms.date 04/28/2026): a Direct circuit there and\\na provider circuit at `Amsterdam` share the site (\\"2 circuits in Amsterdam: er-direct\\n(Equinix-Amsterdam-AM5), er-provider\\"), and so do two ports at `Equinix-Ashburn-DC2` and\\n`Equinix-Ashburn-DC6` (both facilities of Washington DC). A port location erscan does not map may be any\\npeering location: a gateway with a circuit on such a port and no pair found for certain is **unknown**,\\nnever a pass.\\n\\n## How to fix\\nMove one circuit to another peering location, or, where the pair is intentional (capacity), record\\nthat decision as a suppression with a justification and an expiry date.\\n\\n## Equivalent checks\\nNone as an automated check.\\n\\n## ExpressRoute Metro\\nA Metro circuit lands in both sites of its metro (\\"dual-homed connections to two distinct ExpressRoute\\npeering locations within the same city\\", articles/expressroute/metro.md, ms.date 05/10/2026): it shares a\\nsite with any other circuit of the gateway at either of them (an `Amsterdam Metro` circuit and an\\n`Amsterdam2` circuit share Amsterdam2). Two Metro circuits in one metro are reported once.\\n","file":"redundancy/ERS-RED-003.yaml"},{"id":"ERS-RED-004","name":"gateway-zone-redundant-sku","title":"ExpressRoute virtual network gateways use a zone-redundant SKU","category":"redundancy","severity":"high","pillar":"reliability","tags":["gateway","availability-zones"],"resource":"estate","function":"gatewayZoneRedundantSku","parameters":{"zoneRedundantSkus":["ErGw1AZ","ErGw2AZ","ErGw3AZ","ErGwScale"],"extendedZoneSkus":["Standard","HighPerformance","UltraPerformance"]},"message":"Gateway {name} uses {actual}; expected {expected}.","remediation":"Move the gateway to an availability zone-enabled SKU with the ExpressRoute gateway migration experience (Standard \u2192 ErGw1AZ, HighPerformance \u2192 ErGw2AZ, UltraPerformance \u2192 ErGw3AZ), which creates the new gateway beside the old one; the same migration moves a Standard, HighPerformance or UltraPerformance gateway to ErGwScale where the region offers it (the scalable gateway page lists the regions that do not).","links":["https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#gateway-skus","https://learn.microsoft.com/azure/expressroute/gateway-migration"],"references":{"PSRule":["Azure.VNG.ERAvailabilityZoneSKU"],"APRL":["virtualNetworkGateways bbe668b7-eb5c-c746-8b82-70afdedf0cae"],"AzurePolicy":["da8a2248-6b4a-44a7-96bf-bf1c0dd208c3 [Preview]: Virtual network gateways should be Zone Redundant (audits any SKU whose tier does not end in AZ, so it also flags ErGwScale)"]},"doc":"# ERS-RED-004 gateway-zone-redundant-sku\\n\\n**ExpressRoute virtual network gateways use a zone-redundant SKU.**\\n\\n## Why\\nThe SKUs `Standard`, `HighPerformance` and `UltraPerformance` do not distribute the gateway across\\navailability zones; `ErGw1Az`, `ErGw2Az`, `ErGw3Az` and `ErGwScale` (the \\"Az-enabled\\" SKUs) do,\\nwhich keeps the gateway, and every circuit behind it, up through a zone failure. Microsoft\\nrecommends the Az-enabled SKUs and offers a migration that creates the new gateway beside the old one.\\n\\n## What is checked\\nExpressRoute gateways of type `Microsoft.Network/virtualNetworkGateways` (`gatewayType:\\nExpressRoute`): `properties.sku.name` is one of `zoneRedundantSkus`. vWAN ExpressRoute gateways are\\nnot checked. Minimum scale units of `ErGwScale` are ERS-RED-005\'s policy.\\n\\nGateways in an **Azure Extended Zone** (`extendedLocation` set) are checked only when one of\\n`zoneRedundantSkus` is also in `extendedZoneSkus`: a finding whose fix Azure does not offer there is\\nnoise, not a high-severity risk. A SKU a template leaves open is **unknown**.\\n\\n## Parameters\\n- `zoneRedundantSkus` (default `[ErGw1AZ, ErGw2AZ, ErGw3AZ, ErGwScale]`, from the sources below).\\n- `extendedZoneSkus` (default `[Standard, HighPerformance, UltraPerformance]`): the gateway SKUs\\n  offered in Azure Extended Zones. **Not confirmed from Microsoft\'s documentation**: issue 18 states\\n  it, but no azure-docs page found lists ExpressRoute gateway SKUs for Extended Zones (the Extended\\n  Zones overview, `articles/extended-zones/overview.md`, ms.date 12/08/2025, lists ExpressRoute among\\n  the services but no SKUs). Add an Az SKU here once Microsoft offers one there.\\n\\n## How to fix\\nUse the ExpressRoute gateway migration (Standard \u2192 ErGw1AZ, HighPerformance \u2192 ErGw2AZ,\\nUltraPerformance \u2192 ErGw3AZ), or migrate to ErGwScale with the same tool (an Az-enabled gateway\\nupgrades to ErGwScale in place; a Standard/HighPerformance/UltraPerformance gateway \\"must use the\\nmigration tool\\").\\n\\n## Cost of compliance\\nThe finding carries `costImpactUsd`, the monthly change of moving the gateway to the cheapest zone-redundant SKU in the\\nprice catalogue that carries what it carries today (Standard 1 Gbps, HighPerformance 2 Gbps, UltraPerformance 10 Gbps)\\nand, where ERS-SKU-006 fails it, its largest circuit: the smallest ErGw*AZ that does, or ErGwScale with enough 1-Gbps\\nscale units (billed at least at the catalogue\'s minimum), whichever is cheaper. Standard \u2192 ErGw1AZ at the bundled\\ncatalogue\'s USD 0.19 \u2192 0.361 an hour adds USD 124.83 a month. ERS-SKU-006 on the same gateway names the same change\\n(`costImpactChange`, e.g. `resize-to-ErGw1AZ`), so the report\'s totals count the gateway once. It is `null` (not\\nknown, never zero) where today\'s SKU or a candidate that may be the cheapest has no price (UltraPerformance and ErGw2AZ\\nin the bundled catalogue, an Azure China region), and for a gateway in an Extended Zone. A gateway with no connection\\ntakes ERS-COST-005\'s deletion instead (`delete`), which settles its SKU too.\\n\\n**A migration under way.** \\"During the migration process, there will be two virtual network gateways in operation\\nwithin the same GatewaySubnet\\" ([About migrating to an availability zone-enabled ExpressRoute virtual network\\ngateway](https://learn.microsoft.com/azure/expressroute/gateway-migration)). Where the failing gateway\'s VNet (from its\\nGatewaySubnet, `ipConfigurations[].properties.subnet.id`) holds another live ExpressRoute gateway of a zone-redundant SKU\\nthat carries what this one must (not `Deleting` or `Failed`), the zone-redundant gateway exists already: the fix is to\\nfinish the migration, moving the connections to it and deleting the old gateway. The message says so, naming the new\\ngateway and citing the page; `costImpactUsd` is the old gateway\'s monthly figure saved (`costImpactChange: delete`, so\\nERS-SKU-006 on the old gateway names the same change and the totals count it once), never a resize. The new gateway is\\nkept: an ERS-COST-005 finding on it (not connected yet) says the migration moves the connections to it\\n(`costImpactChange: migrate`, 0) and the cost view withdraws its advice to delete it. Gateways whose VNet is not known\\nare not taken for a pair.\\n\\n## Sources\\n- The SKU families: \\"You can upgrade your gateway to a higher-capacity SKU within the same SKU family (non-availability\\n  zone or availability zone-enabled)\\", and \\"To move an eligible Standard, HighPerformance, or UltraPerformance gateway to\\n  an availability zone-enabled SKU, use the ExpressRoute gateway migration experience\\": [About ExpressRoute virtual network gateways](https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#gwsku) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-about-virtual-network-gateways.md`, ms.date 09/05/2026).\\n  \\"For enhanced reliability and high availability, we recommend migrating to an Az-enabled SKU\\": [About ExpressRoute gateway migration](https://learn.microsoft.com/azure/expressroute/gateway-migration) (`articles/expressroute/gateway-migration.md`, ms.date 05/19/2025).\\n  The sentence that Standard/HighPerformance/UltraPerformance \\"don\'t support the distribution of the gateway across\\n  multiple availability zones\\" was in the version of 04/26/2024 of that page and is no longer in it; no page found today\\n  says otherwise (the \\"always zone redundant\\" of the auto-assigned public IP section of the gateways page is about the\\n  public IP of new gateways, and names no SKU), so the rule keeps the two families apart.\\n- Moving to ErGwScale (\\"If your gateway uses the Standard, High Performance, or Ultra Performance SKU,\\n  you must use the migration tool to move to ErGwScale\\"): [About ExpressRoute scalable gateway](https://learn.microsoft.com/azure/expressroute/scalable-gateway) (MicrosoftDocs/azure-docs `articles/expressroute/scalable-gateway.md`, ms.date 11/06/2025).\\n- Gateway SKUs and upgrade paths (\\"To move an eligible Standard, HighPerformance, or UltraPerformance\\n  gateway to an availability zone-enabled SKU, use the ExpressRoute gateway migration experience\\"): [About ExpressRoute virtual network gateways](https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#gwsku) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-about-virtual-network-gateways.md`, ms.date 09/05/2026).\\n\\n## Equivalent checks\\nPSRule for Azure `Azure.VNG.ERAvailabilityZoneSKU` (AZR-000273; its list omits ErGwScale);\\nAPRL v2 `azure-resources/Network/virtualNetworkGateways/recommendations.yaml`, `aprlGuid: bbe668b7-eb5c-c746-8b82-70afdedf0cae` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71); Azure Policy built-in `built-in-policies/policyDefinitions/Resilience/Network_virtualNetworkGateways_ZoneRedundant_Audit.json` (`da8a2248-6b4a-44a7-96bf-bf1c0dd208c3`, Azure/azure-policy)\\n(\\"[Preview]: Virtual network gateways should be Zone Redundant\\": audits SKU tiers not ending in `AZ`,\\nso it also flags ErGwScale, which this rule accepts).\\n","file":"redundancy/ERS-RED-004.yaml"},{"id":"ERS-RED-005","name":"scalable-gateway-min-units","title":"Scalable ExpressRoute gateways (ErGwScale) keep at least two scale units (policy choice)","category":"redundancy","severity":"low","pillar":"reliability","tags":["gateway","availability-zones","ergwscale","policy"],"resource":"gateway","enabledByDefault":false,"where":{"allOf":[{"field":"flavor","equals":"vnet"},{"field":"skuName","equals":"ErGwScale"}]},"assert":{"field":"minScaleUnits","greaterOrEquals":"{params.minScaleUnits}"},"parameters":{"minScaleUnits":2},"message":"Gateway {name} (ErGwScale) has a minimum of {actual} scale unit(s); expected at least {params.minScaleUnits} (policy: ERS-RED-005).","remediation":"Set properties.autoScaleConfiguration.bounds.min to the policy\'s minimum (2 or more enables autoscaling; a minimum of 1 is a fixed 1-unit gateway of about 1 Gbps and 4 circuit connections).","links":["https://learn.microsoft.com/azure/expressroute/scalable-gateway","https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#gatewayfeaturesupport"],"references":{"APRL":["virtualNetworkGateways bbe668b7-eb5c-c746-8b82-70afdedf0cae (related: zone-redundant SKUs)"]},"doc":"# ERS-RED-005 scalable-gateway-min-units\\n\\n**Policy choice, off by default.** An ErGwScale gateway keeps a minimum number of scale units.\\n\\n## Why\\nWith `autoScaleConfiguration.bounds.min` of 1 an ErGwScale gateway may run as a single scale unit:\\nabout 1 Gbps, at most 4 circuit connections, no FastPath. A minimum of 2 or more enables autoscaling.\\nAn earlier version of this rule said that one scale unit is **not zone-redundant**; no Microsoft\\npage says so (scalable-gateway.md describes the ranges, limits and autoscaling but not zone\\nplacement per unit), so the rule is now a policy parameter: off by default and low.\\n\\n## What is checked\\nVirtual network gateways of type ExpressRoute with `properties.sku.name == ErGwScale`:\\n`properties.autoScaleConfiguration.bounds.min` must be at least `minScaleUnits` (default 2). A gateway\\nwhose minimum erscan does not know is **unknown**, never reported with a made-up value: a template that\\nleaves the bounds out (or to a parameter without a value), or a live row that does not carry them (a\\ntrimmed export, a projection). Microsoft documents no default: scalable-gateway.md gives the minimum and\\nmaximum as settings to choose (fixed: min = max; autoscaling: min 2 or higher), and the REST API spec\\ngives `bounds.min` no `default`. vWAN hub gateways are not checked here.\\n\\n## Parameters\\n- `minScaleUnits` (default `2`). Enable with `rules.enable: [ERS-RED-005]`.\\n\\n## Sources\\n- Fixed scaling (min = max) and autoscaling (min 2 or higher), scale unit range 1\u201340, 1 Gbps per\\n  unit: [About ExpressRoute scalable gateway](https://learn.microsoft.com/azure/expressroute/scalable-gateway) (MicrosoftDocs/azure-docs `articles/expressroute/scalable-gateway.md`, ms.date 11/06/2025).\\n- Maximum circuit connections and FastPath by scale units (4 with 1 unit, 8 with 2, 16 and FastPath\\n  with 10): [About ExpressRoute virtual network gateways](https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#gatewayfeaturesupport) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-about-virtual-network-gateways.md`, ms.date 09/05/2026).\\n","file":"redundancy/ERS-RED-005.yaml"},{"id":"ERS-RED-006","name":"direct-port-links-enabled","title":"Both links of an ExpressRoute Direct port are admin-enabled","category":"redundancy","severity":"high","pillar":"reliability","tags":["direct","port"],"resource":"link","where":{"not":{"field":"portWithoutCircuits","equals":true}},"assert":{"field":"adminState","equals":"Enabled"},"message":"Link {name} of ExpressRoute Direct port {portName} has adminState {actual}; expected Enabled.","remediation":"Enable the link (Set-AzExpressRoutePort with Links[n].AdminState = \\"Enabled\\", or the portal) once the cross-connection is in place; a disabled link leaves every circuit on the port without its second path.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-howto-erdirect","https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about"],"references":{"APRL":["expressRoutePorts 60077378-7cb1-4b35-89bb-393884d9921d"]},"doc":"# ERS-RED-006 direct-port-links-enabled\\n\\n**Both links of an ExpressRoute Direct port are enabled.**\\n\\n## Why\\nAn ExpressRoute Direct resource is a pair of ports on separate Microsoft edge routers, so that\\nmaintenance or a failure on one does not cause a loss of service. A link with\\n`adminState: Disabled` is administratively down: circuits on the port run on one link only.\\n\\n## What is checked\\nEach `properties.links[]` element of a `Microsoft.Network/expressRoutePorts` resource:\\n`properties.adminState` must be `Enabled`. Not on a live port that carries no circuit (none in its\\n`circuits`, none pointing at it): ERS-COST-006 asks to delete that port, and enabling its links would\\nonly start its billing (the port pair is billed once its links are enabled, and in any case from 45 days\\nafter it is created: `includes/expressroute-direct-faq-include.md`, as ERS-COST-006 cites),\\nso the two rules never give contradicting advice. A port in a template is checked as before: its\\ncircuits may come from other files. A template link declared without `adminState` is deployed Disabled\\n(the state Azure gives both links of a new port: the port output in \\"How to configure ExpressRoute\\nDirect\\" shows `\\"adminState\\": \\"Disabled\\"` on link1 and link2); the message says \\"Disabled (the default\\nwhen not set)\\". A live row without `adminState` is undecided (Azure reports it on every link).\\n\\n## How to fix\\nEnable the link once the cross-connect is done (`$erDirect.Links[n].AdminState = \\"Enabled\\"`).\\n\\n## Sources\\n- Bringing links up from Administrative Down (`Links[0].AdminState = \\"Enabled\\"`): [Configure MACsec on ExpressRoute Direct ports](https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-macsec.md`, ms.date 10/22/2019).\\n- A new port\'s links are `Disabled` until enabled: [How to configure ExpressRoute Direct](https://learn.microsoft.com/azure/expressroute/expressroute-howto-erdirect) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-erdirect.md`).\\n- ExpressRoute Direct\'s dual ports for active-active connectivity: [About ExpressRoute Direct](https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-erdirect-about.md`, ms.date 03/02/2026).\\n- `adminState` (`Enabled | Disabled`) on `ExpressRouteLinkPropertiesFormat`: Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/expressRoutePort.json` (Azure/azure-rest-api-specs).\\n\\n## Equivalent checks\\nAPRL v2 `azure-resources/Network/expressRoutePorts/recommendations.yaml`, `aprlGuid: 60077378-7cb1-4b35-89bb-393884d9921d` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71) (\\"The Admin State of both Links of an ExpressRoute Direct should be in Enabled state\\").\\n","file":"redundancy/ERS-RED-006.yaml"},{"id":"ERS-RED-007","name":"circuit-provisioned-at-provider","title":"Circuits that gateways rely on are provisioned at the provider","category":"redundancy","severity":"high","pillar":"reliability","tags":["circuit","provider"],"deployedState":true,"resource":"circuit","where":{"anyOf":[{"field":"connectionKeys","count":{"greaterOrEquals":1}},{"field":"peerings.0.vwanConnectionId","exists":true},{"field":"peerings.1.vwanConnectionId","exists":true},{"field":"peerings.2.vwanConnectionId","exists":true}]},"assert":{"field":"serviceProviderProvisioningState","equals":"Provisioned"},"message":"Circuit {name} is connected to a gateway but its provider provisioning state is {actual}; expected Provisioned.","remediation":"Ask the connectivity provider to complete provisioning with the circuit\'s service key (or complete the ExpressRoute Direct setup); until then the connection carries no traffic and the gateway has one path fewer than it appears to have.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-workflows","https://learn.microsoft.com/azure/expressroute/designing-for-high-availability-with-expressroute"],"doc":"# ERS-RED-007 circuit-provisioned-at-provider\\n\\n**A circuit that a gateway is connected to is provisioned at the provider.**\\n\\n## Why\\nA connection to a circuit whose `serviceProviderProvisioningState` is `NotProvisioned`,\\n`Provisioning` or `Deprovisioning` shows up in inventories as a path to on-premises, but carries no\\ntraffic: the provider has not (or no longer) set up its side. Redundancy counted on it is imaginary.\\n\\n## What is checked\\nCircuits with at least one connection (VNet or vWAN, resolved across the estate), or a live peering that\\nnames the vWAN connection that uses it (`properties.expressRouteConnection.id`, which Azure reports on the\\npeering even when that connection, in a hub of another subscription say, is not in the input):\\n`properties.serviceProviderProvisioningState` must be `Provisioned`. (A circuit has at most three peerings:\\nprivate and Microsoft peering, and the deprecated Azure public peering on older circuits.) Circuits with no connection are\\nleft to ERS-COST-001. Deployed state: not evaluated on templates.\\nA vWAN gateway whose row does not list its connections (Microsoft\'s `ExpressRouteGatewayGet.json` leaves the list\\nout) may connect any circuit with an Azure private peering, or whose peerings are not known: for those the result is\\n**unknown**. A circuit whose row lists no private peering (`peerings: []`, as a circuit the provider has not provisioned\\nhas) cannot be the target of a connection, so the rule does not apply to it (sources in ERS-COST-003\'s doc).\\n\\n## How to fix\\nComplete provisioning with the provider (give them the service key), or remove the connection.\\n\\n## Sources\\n- Peerings of a circuit: \\"New ExpressRoute circuits can include two independent peerings: Private peering and Microsoft\\n  peering\\" ([ExpressRoute circuits and peering](https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings),\\n  MicrosoftDocs/azure-docs `articles/expressroute/expressroute-circuit-peerings.md`); Azure public peering is deprecated and\\n  exists only on circuits created before ([Create and manage ExpressRoute public peering](https://learn.microsoft.com/azure/expressroute/about-public-peering),\\n  `articles/expressroute/about-public-peering.md`). The peering\'s read-only `expressRouteConnection` `{ \\"id\\" }` names the\\n  vWAN `expressRouteGateways/*/expressRouteConnections/*` that uses it (`../shared/research/graph.md`), as the private peering\\n  of Microsoft\'s example `specification/network/resource-manager/Microsoft.Network/stable/2025-07-01/examples/ExpressRouteCircuitPeeringList.json`\\n  shows (Azure/azure-rest-api-specs).\\n- Circuit provisioning states and the provider workflow: https://learn.microsoft.com/azure/expressroute/expressroute-workflows\\n  (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-workflows.md`); the service key is the\\n  only information exchanged with the provider: [ExpressRoute circuits and peering](https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings#circuits) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-circuit-peerings.md`, ms.date 08/27/2026).\\n- `ServiceProviderProvisioningState` enum: Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/expressRouteCircuit.json` (Azure/azure-rest-api-specs).\\n","file":"redundancy/ERS-RED-007.yaml"},{"id":"ERS-RED-008","name":"gateway-provider-diversity","title":"A gateway\'s circuits come from more than one connectivity provider (policy choice)","category":"redundancy","severity":"medium","pillar":"reliability","tags":["gateway","estate","provider","policy"],"resource":"estate","function":"gatewayProviderDiversity","enabledByDefault":false,"parameters":{"minProviders":2},"message":"Gateway {name} has circuits from {actual}; expected {expected}.","remediation":"Order the second circuit from another connectivity provider (or use ExpressRoute Direct for one path) so that a provider-wide outage or change does not take both paths.","links":["https://learn.microsoft.com/azure/expressroute/designing-for-disaster-recovery-with-expressroute-privatepeering"],"doc":"# ERS-RED-008 gateway-provider-diversity\\n\\n**Off by default.** Where policy asks for provider diversity, a gateway\'s circuits come from at least\\n`minProviders` connectivity providers.\\n\\n## Why\\nTwo circuits from one provider share its backbone, its change windows and its support desk. Some\\norganisations require provider diversity for critical paths; others accept one provider. erscan\\nleaves the decision to the config.\\n\\n## What is checked\\nFor every gateway with two or more circuits: distinct\\n`properties.serviceProviderProperties.serviceProviderName` values (ExpressRoute Direct circuits count\\nas the provider \\"ExpressRoute Direct\\"). Circuits outside the inventory make the result unknown, as does a live\\nvWAN gateway row that does not list its connections (no `properties.expressRouteConnections`): the connections\\nknown to name it are then not all of its own.\\nA connected circuit the provider has not provisioned (`serviceProviderProvisioningState` other than `Provisioned`,\\nERS-RED-007) is left out, as ERS-RED-001 leaves it out (see its doc: none of the gateway\'s traffic goes over it).\\nA connected circuit whose Azure private peering is `Disabled` (ERS-BGP-004) is not counted, as ERS-RED-001 does not\\ncount its location: a gateway\'s connection rides the circuit\'s private peering (\\"Ensure that you have Azure private\\npeering configured for your circuit\\", [Link a virtual network to ExpressRoute circuits](https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-portal-resource-manager),\\nMicrosoftDocs/azure-docs `articles/expressroute/expressroute-howto-linkvnet-portal-resource-manager.md`), so its provider\\ncarries none of the gateway\'s traffic. The message names it.\\n\\n## Parameters\\n- `minProviders` (default `2`).\\n\\nEnable it with `rules.enable: [ERS-RED-008]` (or `tag:policy`) in the config (`rules.include` would run this rule alone).\\n\\n## Equivalent checks\\nNone as an automated check.\\n\\n## Undecided\\nA circuit whose provider a template leaves unknown, or a gateway from a template (a partial view: another\\ndeployment may connect a circuit from another provider), makes the result **unknown** with the reason,\\nnever a pass or a failure. So does a pass that rests on a circuit whose private peering state the input does not carry\\n(a row that leaves `state` out): it may be `Disabled`; or on a connected circuit whose peering list holds no private\\npeering but is not known in full (see ERS-RED-001). Where the gateway has enough providers without such circuits, it\\npasses.\\n","file":"redundancy/ERS-RED-008.yaml"},{"id":"ERS-RED-009","name":"direct-port-not-oversubscribed","title":"Circuits on an ExpressRoute Direct port fit in one link","category":"redundancy","severity":"medium","pillar":"reliability","tags":["direct","port","capacity"],"resource":"estate","function":"portOversubscription","parameters":{"maxRatio":1},"message":"ExpressRoute Direct port {name} carries {actual}; expected {expected}.","remediation":"Move circuits to another port or reduce their bandwidth so that their sum fits on one link of the pair; circuits beyond one link\'s bandwidth can be provisioned, but a link failure then drops traffic.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about"],"references":{"APRL":["expressRoutePorts 0bee356b-7348-4799-8cab-0c71ffe13018"]},"doc":"# ERS-RED-009 direct-port-not-oversubscribed\\n\\n**The circuits on an ExpressRoute Direct port add up to no more than the port\'s bandwidth.**\\n\\n## Why\\nCircuits can be provisioned on a Direct port beyond the bandwidth of one link, counting on both.\\nWhen one link is down (a failure, or the maintenance each link of the pair gets in turn), the survivor\\ncarries everything and cannot carry more than one link\'s bandwidth.\\n\\n## What is checked\\nFor each port: the larger of `properties.provisionedBandwidthInGbps` and the sum of the\\n`bandwidthInGbps` of the circuits in the inventory on that port, against `bandwidthInGbps \xD7 maxRatio`.\\nA live port row without `provisionedBandwidthInGbps` (a trimmed projection; Microsoft\'s ExpressRoutePorts Get example,\\nazure-rest-api-specs Microsoft.Network stable 2025-07-01, carries it) whose `properties.circuits` names circuits outside the\\ninventory does not say what they add: where the known circuits fit, the port is **unknown**, naming those circuits, never a pass.\\n\\n## Parameters\\n- `maxRatio` (default `1`).\\n\\n## Sources\\n- Port pairs of 10, 100 or 400 Gbps and the circuit sizes each offers: [About ExpressRoute Direct](https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about#expressroute-using-a-service-provider-and-expressroute-direct) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-erdirect-about.md`, ms.date 03/02/2026).\\n- \\"dual 400-Gbps, 100-Gbps or 10-Gbps connectivity that supports active-active connectivity\\", and\\n  \\"Active/Active redundant connections\\": [About ExpressRoute Direct](https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-erdirect-about.md`, ms.date 03/02/2026).\\n- Over-subscription up to twice the port and why not to rely on it (older versions of About\\n  ExpressRoute Direct said \\"up to the subscribed Bandwidth of 20Gbps or 200Gbps\\"; the version of\\n  03/02/2026 no longer states a figure, so the remediation names none):\\n  APRL v2 `azure-resources/Network/expressRoutePorts/recommendations.yaml`, `aprlGuid: 0bee356b-7348-4799-8cab-0c71ffe13018` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71) (\\"Ensure ExpressRoute Direct is not over-subscribed\\").\\n","file":"redundancy/ERS-RED-009.yaml"},{"id":"ERS-RED-010","name":"direct-circuit-rate-limit","title":"ExpressRoute Direct circuits do not switch rate limiting off","category":"redundancy","severity":"low","pillar":"reliability","tags":["direct","circuit","capacity"],"resource":"circuit","where":{"field":"isDirect","equals":true},"assert":{"field":"enableDirectPortRateLimit","notEquals":false},"message":"ExpressRoute Direct circuit {name} has enableDirectPortRateLimit {actual}; expected rate limiting enabled so one circuit cannot starve the others on the port.","remediation":"Enable rate limiting on the circuit (properties.enableDirectPortRateLimit = true) so each circuit is held to its provisioned bandwidth.","links":["https://learn.microsoft.com/azure/expressroute/rate-limit"],"references":{"APRL":["expressRouteCircuits d40c769d-2f08-4980-8d8f-a386946276e6"]},"doc":"# ERS-RED-010 direct-circuit-rate-limit\\n\\n**ExpressRoute Direct circuits keep rate limiting enabled.**\\n\\n## Why\\nCircuits on a Direct port share its bandwidth. Rate limiting holds each circuit to its bandwidth so\\nthat one circuit cannot congest the others on the port.\\n\\n## What is checked\\nCircuits on an ExpressRoute Direct port: `properties.enableDirectPortRateLimit` must not be `false`. A live row\\nthat does not carry it (an export of an API version before the property, a trimmed projection; Microsoft\'s own\\nDirect circuit example, `ExpressRouteCircuitCreateOnExpressRoutePort.json`, carries it) is undecided, never a pass:\\nLearn has rate limiting switched on by a box at creation or later per circuit and says no default. (APRL\'s query\\nlets an absent value pass; erscan does not guess it.) A template that does not set it is undecided for the same\\nreason: neither Learn nor the REST API spec gives a default, so what Azure deploys then is not known. So is a\\nDirect circuit a Terraform plan creates with `rate_limiting_enabled = false` (azurerm\'s default): the provider sends\\nthe attribute on create only when it is `true`, so Azure\'s undocumented default applies.\\n\\n## Sources\\n- Rate limiting per ExpressRoute Direct circuit (enable or disable at the circuit level): [Rate limiting for ExpressRoute Direct circuits](https://learn.microsoft.com/azure/expressroute/rate-limit) (MicrosoftDocs/azure-docs `articles/expressroute/rate-limit.md`, ms.date 11/15/2023);\\n  [About ExpressRoute Direct](https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about#rate-limiting-on-the-circuit) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-erdirect-about.md`, ms.date 03/02/2026).\\n- `enableDirectPortRateLimit` on `ExpressRouteCircuitPropertiesFormat`: Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/expressRouteCircuit.json` (Azure/azure-rest-api-specs).\\n\\n## Equivalent checks\\nAPRL v2 `azure-resources/Network/expressRouteCircuits/recommendations.yaml`, `aprlGuid: d40c769d-2f08-4980-8d8f-a386946276e6` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71) (\\"Implement rate-limiting across ExpressRoute Direct Circuits\\").\\n","file":"redundancy/ERS-RED-010.yaml"},{"id":"ERS-RED-011","name":"gateway-customer-maintenance","title":"ExpressRoute gateways have a customer-controlled maintenance configuration","category":"redundancy","severity":"medium","pillar":"reliability","tags":["gateway","maintenance"],"resource":"gateway","requires":["maintenanceConfigurations"],"where":{"field":"maintenanceConfigurationIds","exists":true},"assert":{"field":"maintenanceConfigurationIds","count":{"greaterOrEquals":1}},"message":"Gateway {name} has {actual} maintenance configuration assignment(s); expected a customer-controlled maintenance configuration (scope Network gateways), so that gateway updates run in your maintenance window.","remediation":"Create a maintenance configuration with scope \\"Network gateways\\" and a schedule of at least five hours, then assign it to the gateway (New-AzConfigurationAssignment, or the portal\'s Maintenance configurations).","links":["https://learn.microsoft.com/azure/expressroute/customer-controlled-gateway-maintenance","https://learn.microsoft.com/azure/expressroute/expressroute-faqs#customer-controlled"],"references":{"APRL":["virtualNetworkGateways 3e115044-a3aa-433e-be01-ce17d67e50da"],"PSRule":["Azure.VNG.MaintenanceConfig"]},"doc":"# ERS-RED-011 gateway-customer-maintenance\\n\\n**ExpressRoute gateways have a customer-controlled maintenance configuration.**\\n\\n## Why\\nMicrosoft updates ExpressRoute gateways for functionality, reliability, performance and security;\\nduring maintenance the gateway\'s capacity is reduced and private-endpoint connections may drop. A\\nmaintenance configuration (scope \\"Network gateways\\") assigned to the gateway schedules those updates\\nin your own window.\\n\\n## What is checked\\nExpressRoute VNet gateways and vWAN ExpressRoute gateways: at least one maintenance configuration\\nassignment (`microsoft.maintenance/configurationassignments` whose `resourceId` is the gateway), as\\nthe live crawl reads them from Resource Graph\'s `maintenanceresources` table, or as an ARM template\\ndeclares them (`Microsoft.Maintenance/configurationAssignments` whose `scope` is the gateway, or nested in\\nit, with a `maintenanceConfigurationId`; one deployed only on a condition, or whose configuration is\\nknown only at deployment, leaves the verdict undecided). Inputs without them (Resource Graph exports,\\nTerraform plans, a template gateway with none declared, to which another deployment may assign one)\\nreport the rule as **not evaluated** (`requires: [maintenanceConfigurations]`).\\n\\n## Sources\\n- Customer-controlled maintenance for `virtualNetworkGateways` and `expressRouteGateways`, and the\\n  configuration assignment (`New-AzConfigurationAssignment`): [Configure customer-controlled gateway maintenance for ExpressRoute](https://learn.microsoft.com/azure/expressroute/customer-controlled-gateway-maintenance) (MicrosoftDocs/azure-docs `articles/expressroute/customer-controlled-gateway-maintenance.md`, ms.date 03/11/2025: scope \\"Network gateways\\", \\"The maintenance window needs to be a minimum of 5 Hours\\").\\n- The assignment declared in a template: `Microsoft.Maintenance/configurationAssignments` is an extension resource applied to another resource with `scope`, and carries `properties.maintenanceConfigurationId`: [Microsoft.Maintenance configurationAssignments (template reference)](https://learn.microsoft.com/azure/templates/microsoft.maintenance/configurationassignments) (API version 2023-04-01).\\n- Reduced capacity and private-endpoint interruptions during gateway maintenance: [About ExpressRoute virtual network gateways](https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#private-endpoint-connectivity-and-planned-maintenance-events) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-about-virtual-network-gateways.md`, ms.date 09/05/2026).\\n\\n## Equivalent checks\\nAPRL v2 `azure-resources/Network/virtualNetworkGateways/recommendations.yaml`, `aprlGuid: 3e115044-a3aa-433e-be01-ce17d67e50da` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71) (\\"Configure customer-controlled ExpressRoute gateway\\nmaintenance\\"; its query joins the same table); PSRule for Azure `Azure.VNG.MaintenanceConfig`.\\n","file":"redundancy/ERS-RED-011.yaml"},{"id":"ERS-RED-012","name":"gateway-subnet-without-nsg","title":"The GatewaySubnet of an ExpressRoute gateway has no network security group","category":"redundancy","severity":"high","pillar":"reliability","tags":["gateway","subnet","nsg"],"resource":"gateway","requires":["gatewaySubnetNsg"],"where":{"field":"flavor","equals":"vnet"},"assert":{"field":"gatewaySubnetNsgId","exists":false},"message":"Gateway {name} sits in a GatewaySubnet with network security group {gatewaySubnetNsgId}; expected no NSG on the gateway subnet, which Azure does not support for ExpressRoute and VPN gateways.","remediation":"Remove the network security group association from the GatewaySubnet (filter traffic in the workload subnets instead), and deny it with the built-in Azure Policy \\"Gateway subnets should not be configured with a network security group\\".","links":["https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#gateway-subnet"],"references":{"AzurePolicy":["35f9c03a-cc27-418e-9c0c-539ff999d010 Gateway subnets should not be configured with a network security group (deny)"]},"doc":"# ERS-RED-012 gateway-subnet-without-nsg\\n\\n**The GatewaySubnet of an ExpressRoute gateway has no network security group.**\\n\\n## Why\\n\\"NSGs on the gateway subnet aren\'t supported. Associating a network security group to this subnet\\nmight cause your virtual network gateway (VPN and ExpressRoute gateways) to stop functioning as\\nexpected.\\" Azure Policy ships a built-in that denies it.\\n\\n## What is checked\\nExpressRoute virtual network gateways: the subnet of their IP configuration (`GatewaySubnet`) has no\\n`networkSecurityGroup`. The subnet is a property of the virtual network: the live crawl reads the\\nVNets that have a GatewaySubnet with the ExpressRoute query; inputs without them report the rule as\\n**not evaluated** (`requires: [gatewaySubnetNsg]`).\\n\\nARM templates (and what `bicep build` emits) carry the GatewaySubnets they declare, in either form ARM\\naccepts: inline in the virtual network\'s `properties.subnets[]` (the Azure quickstart templates; a Bicep\\n`for` loop compiles to a property copy loop named `subnets`) or as a `Microsoft.Network/virtualNetworks/subnets`\\nresource (top level or nested in the network; Azure Verified Modules\' subnet module). The gateway\'s\\n`ipConfigurations[0].properties.subnet.id` names the subnet; a subnet declared without `networkSecurityGroup`\\nhas none (pass). Where the template leaves it open (a parameter without a value, such as AVM\'s\\n`networkSecurityGroupResourceId`; a network deployed on a condition not known here; a `subnets` list not known\\nbefore deployment; or two declarations of the subnet with different NSGs), the verdict is **unknown**. A\\ngateway whose subnet no scanned file declares (an existing network, another deployment) stays **not\\nevaluated**. Terraform plans are not read for it.\\n\\n## Sources\\n- NSGs on the gateway subnet are not supported: [About ExpressRoute virtual network gateways](https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#gateway-subnet) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-about-virtual-network-gateways.md`, ms.date 09/05/2026).\\n- Azure Policy built-in `built-in-policies/policyDefinitions/Network/NetworkSecurityGroupOnGatewaySubnet_Deny.json` (`35f9c03a-cc27-418e-9c0c-539ff999d010`, Azure/azure-policy) (\\"Gateway subnets\\n  should not be configured with a network security group\\": denies `networkSecurityGroup.id` on a\\n  subnet named `GatewaySubnet`).\\n\\n## Equivalent checks\\nAzure Policy `35f9c03a-cc27-418e-9c0c-539ff999d010` (deny at deployment time).\\n","file":"redundancy/ERS-RED-012.yaml"},{"id":"ERS-SKU-001","name":"circuit-legacy-basic-tier","title":"Circuits do not use the legacy Basic tier","category":"sku","severity":"high","pillar":"operational-excellence","tags":["circuit","legacy"],"resource":"circuit","assert":{"field":"tier","notIn":["Basic"]},"message":"Circuit {name} uses SKU tier {actual}; expected Local, Standard or Premium.","remediation":"Recreate or upgrade the circuit to the Standard tier (or Local/Premium as the reach requires); Basic is a legacy tier (the SKUs Microsoft documents today are Local, Standard and Premium), and a Basic circuit with a cross-region connection blocks gateway migration until its SKU is upgraded.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-faqs","https://learn.microsoft.com/azure/expressroute/expressroute-howto-circuit-arm"],"doc":"# ERS-SKU-001 circuit-legacy-basic-tier\\n\\n**No circuit uses the legacy `Basic` SKU tier.**\\n\\n## Why\\n`Basic` is a legacy circuit tier (the ARM enum still has it). Microsoft\'s pages document the\\nLocal, Standard and Premium SKUs only, and the gateway migration page says a Basic circuit with a\\ncross-region connection is an unsupported configuration until the circuit SKU is upgraded. No\\nMicrosoft Learn page found gives a retirement date for the Basic circuit tier, so the rule does not\\nsay it is retired.\\n\\n## What is checked\\n`sku.tier` (or the tier part of `sku.name`) is not `Basic`. A template circuit declared without a SKU is undecided: the\\nREST API spec (`ExpressRouteCircuitSku`) gives none by default.\\n\\n## How to fix\\nUpgrade the SKU to Standard (an in-place change for most circuits) or recreate the circuit.\\n\\n## Sources\\n- \\"ExpressRoute Direct supports Local, Standard and Premium SKU\'s\\": [About ExpressRoute Direct](https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about#circuit-skus) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-erdirect-about.md`, ms.date 03/02/2026).\\n- \\"If the Prepare step fails because your Basic SKU circuit has a cross-region connection, abort the\\n  gateway migration and upgrade the circuit SKU before trying again. This configuration is\\n  unsupported\\": [About ExpressRoute gateway migration](https://learn.microsoft.com/azure/expressroute/gateway-migration#faq) (MicrosoftDocs/azure-docs `articles/expressroute/gateway-migration.md`, ms.date 05/19/2025).\\n\\n## Equivalent checks\\nListed in research as an Azure Policy/APRL topic; no built-in policy id could be confirmed.\\n","file":"sku/ERS-SKU-001.yaml"},{"id":"ERS-SKU-002","name":"premium-without-need","title":"Premium is used only where a Premium feature is needed","category":"sku","severity":"medium","pillar":"cost-optimization","tags":["circuit","premium","estate","geography"],"resource":"estate","function":"premiumWithoutNeed","message":"Circuit {name}: {actual}; expected {expected}.","remediation":"If the private peering advertises fewer than 4,000 routes and no Microsoft 365 traffic or cross-geopolitical reach is planned, downgrade the circuit from Premium to Standard (an in-place SKU change) to drop the Premium add-on charge.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-faqs","https://learn.microsoft.com/azure/expressroute/plan-manage-cost","https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers"],"references":{"WellArchitected":["Azure ExpressRoute service guide, Cost Optimization: Determine circuit SKU and bandwidth required"]},"doc":"# ERS-SKU-002 premium-without-need\\n\\n**The Premium add-on is paid for only where one of its features is in use.**\\n\\n## Why\\nPremium costs a fixed monthly add-on on top of the circuit (\\"ExpressRoute premium charges apply on top\\nof ExpressRoute circuit charges\\", articles/expressroute/expressroute-faqs.md (MicrosoftDocs/azure-docs, ms.date 03/31/2026)). It is needed for: VNets in another geopolitical region\\nthan the peering location; more VNet links and Global Reach connections than the 10 of Standard; more\\nthan 4,000 routes on private peering (up to 10,000); Microsoft 365 over Microsoft peering (same FAQ,\\n\\"What is ExpressRoute premium?\\"). Circuits upgraded \\"just in case\\" pay for none of these.\\n\\n## What is checked\\nPremium circuits whose need the circuit analysis (`src/analysis`, shared with the cost view) finds\\n**not needed**:\\n- every gateway the circuit reaches (through VNet and vWAN connections, across the estate) is in the\\n  geopolitical region of its peering location (articles/expressroute/expressroute-locations-providers.md (ms.date 04/28/2026); includes/expressroute-azure-regions-geopolitical-region.md (ms.date 04/05/2024); ExpressRoute Metro locations\\n  take their city\'s region, articles/expressroute/metro.md (ms.date 05/10/2026));\\n- no Global Reach link goes to a circuit in another geopolitical region;\\n- VNet links **and Global Reach connections together** are at most 10: \\"Global Reach connections count\\n  against the limit of virtual network connections per ExpressRoute Circuit\\" (includes/expressroute-limits.md (MicrosoftDocs/azure-docs, ms.date 10/09/2023, reproduced in expressroute-faqs.md, ms.date 03/31/2026));\\n- the circuit has no Microsoft peering (which might carry Microsoft 365; its route filter\'s communities\\n  are not in the inventory, so any Microsoft peering counts as a possible need, and the rule passes).\\n\\nA Direct circuit\'s peering location is its port\'s ExpressRoute Direct port location (`Equinix-Ashburn-DC2`),\\nmapped by facility to the peering location it is at (Washington DC: Equinix DC2 in the Address column of\\narticles/expressroute/expressroute-locations-providers.md (ms.date 04/28/2026); names from\\narticles/expressroute/expressroute-howto-erdirect.md (ms.date 07/10/2025)); the message prints both\\n(`Equinix-Ashburn-DC2 (Washington DC, North America)`). A port location erscan does not map is never guessed:\\nthe result is **unknown**, naming it.\\n\\nThe private peering\'s route count is **not visible** from Resource Graph: the message says so.\\nThe result is **unknown** (with what is undecided and why) when a gateway region or the peering\\nlocation has no known geopolitical region, a Global Reach peer is outside the inventory or of unknown\\nlocation (whichever circuit initiated the link: a peered connection names the circuit that did), the circuit\\nhas redeemed authorizations or traffic without a visible connection (connections in scopes erscan did\\nnot read; an authorization whose `connectionResourceUri`, \\"the reference to the ExpressRoute connection resource using\\nthe authorization\\" ([ExpressRouteCircuitAuthorization](https://learn.microsoft.com/javascript/api/@azure/arm-network/expressroutecircuitauthorization),\\n`AuthorizationPropertiesFormat` in the REST API spec), names a connection of this circuit that the inputs hold is that\\nconnection, already counted, and leaves nothing open), its row does not list its peerings (no `properties.peerings`: a Microsoft peering may be among them;\\nthe message says \\"no Microsoft peering known\\"), a template value it depends on is not known, or the circuit comes from a template (a partial\\nview: \\"not decidable from these files\\").\\nA vWAN gateway whose row does not list its connections (or a live connection that names no circuit) leaves open\\nthe circuits it could connect, those with an Azure private peering or whose peerings are not known, whether or not\\nconnections to them are known: the hub (or the connection\'s gateway) may connect the circuit from another\\ngeopolitical region, or add links beyond the 10 Standard allows (how many connections it holds is not known, even\\nwhere its own region is the circuit\'s), so the result is **unknown**, naming the gateway (or the connection); a circuit whose\\nrow lists no private peering cannot be the target of a connection and is decided (sources in ERS-COST-003\'s doc). A\\ncircuit row that lists no private peering while a connection in the inputs names the circuit contradicts itself (a\\nconnection needs the private peering): its peerings are then not known in full, and the result is **unknown**, naming\\nthe connection (as ERS-COST-002\'s).\\n\\nThe finding carries `costImpactUsd`: Premium\'s add-on dropped at the current plan (null on\\nExpressRoute Direct, whose Premium add-on is not published); the cost view advises the same change.\\n\\n## How to fix\\nDowngrade to Standard once you have confirmed the route count (Azure rejects the downgrade while\\nthe circuit uses a Premium feature; \\"Downgrade from Premium SKU to Standard\\" is an allowed in-place\\nchange, articles/expressroute/expressroute-circuit-peerings.md (ms.date 08/27/2026), \\"Circuit SKU upgrade and downgrade\\").\\n","file":"sku/ERS-SKU-002.yaml"},{"id":"ERS-SKU-003","name":"premium-required-for-reach","title":"Standard circuits reach only VNets in their own geopolitical region","category":"sku","severity":"high","pillar":"reliability","tags":["circuit","premium","estate","geography"],"resource":"estate","function":"premiumRequiredForReach","message":"Circuit {name}: {actual}; expected {expected}.","remediation":"Upgrade the circuit to Premium, or connect the remote VNet through a circuit (or gateway) in its own geopolitical region.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-faqs","https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers","https://learn.microsoft.com/azure/expressroute/expressroute-global-reach"],"doc":"# ERS-SKU-003 premium-required-for-reach\\n\\n**A Standard circuit connects only to gateways in the geopolitical region of its peering location.**\\n\\n## Why\\nStandard gives access to every Azure region in the peering location\'s geopolitical region (Europe,\\nNorth America, \u2026); \\"connectivity across geopolitical regions isn\'t supported on the standard ExpressRoute\\nSKU\\" (includes/expressroute-azure-regions-geopolitical-region.md (ms.date 04/05/2024)), and Premium\'s \\"global connectivity\\" lets a VNet in one geopolitical region link to a\\ncircuit in another (articles/expressroute/expressroute-faqs.md (MicrosoftDocs/azure-docs, ms.date 03/31/2026)). Azure refuses such a connection on Standard, and a template or Terraform\\nplan that declares one fails at deployment. Global Reach between circuits in different geopolitical\\nregions needs Premium too: \\"If two ExpressRoute circuits are in different geopolitical regions, you need\\nExpressRoute Premium for both circuits\\" (includes/expressroute-global-reach-faq-include.md\\n(MicrosoftDocs/azure-docs, ms.date 09/24/2018), \\"Do I need ExpressRoute Premium for ExpressRoute Global\\nReach?\\").\\n\\n## What is checked\\nStandard circuits (from the circuit analysis, `src/analysis`); estate-level: every gateway reached\\nthrough connections, and every Global Reach peer circuit in the inventory, whichever side declares the\\nlink (a template or Terraform plan declares it on one circuit; Azure shows it on the other as a peered\\nconnection, and both circuits need Premium). Geopolitical regions come\\nfrom includes/expressroute-azure-regions-geopolitical-region.md (ms.date 04/05/2024) and articles/expressroute/expressroute-locations-providers.md (ms.date 04/28/2026); ExpressRoute Metro locations take their city\'s region (articles/expressroute/metro.md (ms.date 05/10/2026));\\nvalues erscan had to infer are flagged in the message. A Direct circuit\'s peering location is its port\'s ExpressRoute Direct port location (`Equinix-Ashburn-DC2`), mapped by facility to the peering location it is at (Washington DC: Equinix DC2 in the Address column of articles/expressroute/expressroute-locations-providers.md (ms.date 04/28/2026); names from articles/expressroute/expressroute-howto-erdirect.md (ms.date 07/10/2025)), whose geopolitical region it takes; the message prints both (`Equinix-Ashburn-DC2 (Washington DC)`). A port location erscan does not map has no geopolitical region here, so no verdict is drawn from a guess (the scan reports the port location). When the circuit\'s tier is not known (a template\\nparameter without a value) the result is **unknown**, naming the parameter; so it is when a Standard circuit\\nreaches a place whose geopolitical region erscan cannot tell (a region or peering location not in its tables,\\na gateway outside the inventory, a Global Reach peer whose location is not known or that is outside the\\ninventory, whichever side initiated the link), naming the place: never a\\npass. A live vWAN gateway whose row does not list its connections (or a live connection that names no circuit)\\nmay connect any circuit with an Azure private peering, but only from its own region (the gateway\'s `location`;\\nthe connection\'s gateway\'s): the result stays decided where that region is in the circuit\'s geopolitical region,\\nand is **unknown**, naming the gateway (or connection), where it is not, or is not known. More links than Standard\\nallows is ERS-SKU-009.\\n\\nThe finding carries `costImpactUsd`: Premium added at the current plan, bandwidth and zone; the cost\\nview\'s advice for the circuit is then a Premium plan (`required: true`), the cheapest one that complies.\\n\\n## How to fix\\nUpgrade to Premium (an in-place change, articles/expressroute/expressroute-circuit-peerings.md (ms.date 08/27/2026), \\"Circuit SKU upgrade and downgrade\\"), or reach the remote region through a circuit of\\nits own.\\n","file":"sku/ERS-SKU-003.yaml"},{"id":"ERS-SKU-004","name":"local-circuit-reach","title":"Local circuits reach only the Azure regions local to their peering location","category":"sku","severity":"high","pillar":"reliability","tags":["circuit","local","estate","geography"],"resource":"estate","function":"localCircuitReach","message":"Local circuit {name}: {actual}; expected {expected}.","remediation":"Connect only VNets in the local region(s), or upgrade the circuit to Standard (which reaches the whole geopolitical region and supports Global Reach).","links":["https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers","https://learn.microsoft.com/azure/expressroute/expressroute-faqs"],"doc":"# ERS-SKU-004 local-circuit-reach\\n\\n**An ExpressRoute Local circuit connects only to gateways in the Azure regions local to its peering\\nlocation, and has no Global Reach.**\\n\\n## Why\\nLocal is cheaper because egress is included, but \\"a Local circuit at an ExpressRoute peering location\\ngives you access only to one or two Azure regions in or near the same metro\\", and \\"ExpressRoute Global\\nReach isn\'t available on Local\\" (articles/expressroute/expressroute-faqs.md (MicrosoftDocs/azure-docs, ms.date 03/31/2026), \\"ExpressRoute Local\\"). A gateway in any other region\\nis outside what the circuit gives access to (the FAQ does not say how Azure treats such a connection, only\\nwhich regions the circuit reaches), so a design that relies on it has no path there.\\n\\n## What is checked\\nCircuits with tier Local (from the circuit analysis, `src/analysis`): every gateway they reach\\n(estate-level, through connections) must be in one of the peering location\'s \\"Local Azure regions\\"\\n(articles/expressroute/expressroute-locations-providers.md (ms.date 04/28/2026); for ExpressRoute Metro locations, the Metro table of articles/expressroute/metro.md (ms.date 05/10/2026), which also names regions\\nnewer than the 2024 table such as Belgium Central, Denmark East and Austria East), and no Global Reach\\nmay be configured or enabled. A peering location erscan does not know, or a gateway whose region is not\\nknown, makes the result **unknown**. So does a live vWAN gateway whose row does not list its connections (or a\\nlive connection that names no circuit), which may connect the circuit, where its region (the gateway\'s `location`,\\nthe connection\'s gateway\'s) is not among the Local regions or is not known; one in a Local region changes nothing.\\nA Direct circuit\'s Local regions are those of the peering location its port location maps to by facility\\n(`Equinix-Ashburn-DC2` \u2192 Washington DC: East US, East US 2; articles/expressroute/expressroute-howto-erdirect.md\\n(ms.date 07/10/2025) for the name, the Address column of expressroute-locations-providers.md for the facility).\\n\\nThe finding carries `costImpactUsd`: Local \u2192 Standard (or Premium, if the reach needs it) with the\\nUnlimited plan, which is how Azure allows the upgrade in place (\\"Upgrade from Local to Standard or\\nPremium SKU \u2026 with billing type as unlimited\\", articles/expressroute/expressroute-circuit-peerings.md (ms.date 08/27/2026), \\"Circuit SKU upgrade and downgrade\\"). The cost view advises the same change.\\nWhere the geopolitical region of a place the circuit reaches is not known (a region erscan\'s tables do\\nnot hold), Standard is only the least it needs: the finding and the cost advice say \\"at least Standard\\",\\nPremium too if the reach crosses its geopolitical region, naming what is not known.\\n\\n## How to fix\\nUpgrade the circuit to Standard (Unlimited), or move the VNets to the local region.\\n","file":"sku/ERS-SKU-004.yaml"},{"id":"ERS-SKU-005","name":"local-tier-constraints","title":"Local circuits are Unlimited, 1 to 10 Gbps, and without Global Reach","category":"sku","severity":"high","pillar":"operational-excellence","tags":["circuit","local"],"resource":"circuit","where":{"field":"tier","equals":"Local"},"assert":{"allOf":[{"field":"billingModel","equals":"UnlimitedData"},{"anyOf":[{"allOf":[{"field":"bandwidthMbps","greaterOrEquals":"{params.minProviderBandwidthMbps}"},{"field":"bandwidthMbps","lessOrEquals":"{params.maxProviderBandwidthMbps}"}]},{"field":"isDirect","equals":true}]},{"field":"globalReachEnabled","notEquals":true}]},"parameters":{"minProviderBandwidthMbps":1000,"maxProviderBandwidthMbps":10000},"message":"Local circuit {name} has {field} {actual}; expected {expected} (Local is billed as UnlimitedData and has no Global Reach; provider Local circuits are {params.minProviderBandwidthMbps}\u2013{params.maxProviderBandwidthMbps} Mbps).","remediation":"Declare Local circuits as Local_UnlimitedData with Global Reach off (and, through a provider, 1, 2, 5 or 10 Gbps), or use the Standard tier. ExpressRoute Direct circuits may be Local at the sizes their port offers.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-faqs#expressroute-local","https://learn.microsoft.com/azure/expressroute/plan-manage-cost#local-vs-standard-vs-premium","https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about#circuit-skus"],"doc":"# ERS-SKU-005 local-tier-constraints\\n\\n**Local circuits respect the tier\'s constraints.**\\n\\n## Why\\nExpressRoute Local is always billed with the Unlimited data plan, and Global Reach is not available\\non it. Circuits through a connectivity provider are Local only at 1 to 10 Gbps; ExpressRoute Direct\\nsupports the Local SKU at the circuit sizes its ports offer (up to 400 Gbps on a 400 Gbps port), so\\nthe bandwidth bounds apply to provider circuits only.\\n\\n## What is checked\\nCircuits with `sku.tier == Local`: `sku.family == UnlimitedData`; `globalReachEnabled` not `true`;\\nand, for provider circuits (not on an ExpressRoute Direct port), bandwidth between\\n`minProviderBandwidthMbps` and `maxProviderBandwidthMbps`.\\n\\n`globalReachEnabled` is a status Azure reports, not the switch that configures Global Reach: the REST API spec\\ndescribes it only as \\"Flag denoting global reach status.\\" (no `default`), and Azure PowerShell introduced it as a\\nread-only field (\\"Added readonly field GlobalReachEnabled in ExpressRoute\\", Az.Network ChangeLog, beside the\\ndeprecation of `AllowGlobalReach`). Global Reach is configured by connections on the circuit\'s private peering\\n(`peerings/connections`, [Configure ExpressRoute Global Reach](https://learn.microsoft.com/azure/expressroute/expressroute-howto-set-global-reach)).\\nSo a template that leaves the flag out says nothing about Global Reach, and this check does not read its absence as\\na value: a Local circuit fails here only where the input states `globalReachEnabled: true` (Azure\'s status on a live\\nrow, or what the file itself declares). Global Reach connections declared on a Local circuit, in the same files\\n(either circuit\'s side), are judged by ERS-SKU-004 (\\"Global Reach configured (Local has none)\\"), which reads them\\nfrom the same circuit model; nothing else can add one later, since \\"ExpressRoute Global Reach isn\'t available on\\nLocal\\" (see Sources).\\n\\n## Parameters\\n- `minProviderBandwidthMbps` (default `1000`) and `maxProviderBandwidthMbps` (default `10000`): the\\n  1\u201310 Gbps offer for provider Local circuits. **Not found in MicrosoftDocs/azure-docs**: it comes\\n  from the Azure ExpressRoute pricing page (Local is priced only at 1, 2, 5 and 10 Gbps; see\\n  `../shared/research/pricing.md`) and provider documentation, hence parameters.\\n\\n## Sources\\n- \\"With Local SKU, you\'re automatically charged with an Unlimited data plan\\": [Plan and manage costs for Azure ExpressRoute](https://learn.microsoft.com/azure/expressroute/plan-manage-cost#local-vs-standard-vs-premium) (MicrosoftDocs/azure-docs `articles/expressroute/plan-manage-cost.md`, ms.date 11/30/2020).\\n- \\"ExpressRoute Global Reach isn\'t available on Local\\": [ExpressRoute FAQ](https://learn.microsoft.com/azure/expressroute/expressroute-faqs#what-features-are-available-and-what-arent-on-expressroute-local) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-faqs.md`, ms.date 03/31/2026).\\n- `globalReachEnabled` (\\"Flag denoting global reach status.\\", no `default`) on `ExpressRouteCircuitPropertiesFormat`: Azure REST API spec `specification/network/resource-manager/Microsoft.Network/stable/2025-03-01/expressRouteCircuit.json` (Azure/azure-rest-api-specs); \\"Added readonly field GlobalReachEnabled in ExpressRoute\\": Azure PowerShell `src/Network/Network/ChangeLog.md` (Azure/azure-powershell), also in the [Azure PowerShell release notes](https://learn.microsoft.com/powershell/azure/release-notes-azureps).\\n- \\"ExpressRoute Direct supports Local, Standard and Premium SKUs\\", and the circuit sizes per port:\\n  [About ExpressRoute Direct](https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about#circuit-skus) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-erdirect-about.md`, ms.date 03/02/2026).\\n","file":"sku/ERS-SKU-005.yaml"},{"id":"ERS-SKU-006","name":"gateway-throughput-for-circuit","title":"The gateway SKU can carry the bandwidth of the circuits behind it","category":"sku","severity":"medium","pillar":"performance-efficiency","tags":["gateway","capacity","estate"],"resource":"estate","function":"gatewayThroughputForCircuits","message":"Gateway {name} is {actual}; expected {expected}.","remediation":"Resize the gateway (ErGw2AZ about 2 Gbps, ErGw3AZ about 10 Gbps, ErGwScale 1 Gbps per scale unit, where the region offers it) or enable FastPath on the connection where the SKU supports it.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways","https://learn.microsoft.com/azure/expressroute/about-fastpath","https://learn.microsoft.com/azure/expressroute/scalable-gateway"],"doc":"# ERS-SKU-006 gateway-throughput-for-circuit\\n\\n**A gateway is sized for the largest circuit that sends data through it.**\\n\\n## Why\\nTraffic from on-premises into a VNet passes the ExpressRoute gateway unless FastPath is on. A\\n10 Gbps circuit behind an `ErGw1AZ` (about 1 Gbps) is capped at the gateway, whatever is paid for\\nthe circuit.\\n\\n## What is checked\\nFor each gateway, the largest connected circuit (estate-level) whose connection to this gateway\\ndoes not use FastPath (FastPath counts only where the gateway supports it: \\"The ExpressRoute virtual network\\ngateway must be one of the following SKUs to configure ExpressRoute FastPath: Ultra Performance, ErGw3AZ, ErGwScale -\\nwith a minimum of 10 scale units\\", [About ExpressRoute FastPath](https://learn.microsoft.com/azure/expressroute/about-fastpath#gateways),\\nMicrosoftDocs/azure-docs `articles/expressroute/about-fastpath.md`, ms.date 03/20/2025, as ERS-SKU-007 checks; on a\\nVirtual WAN hub\'s gateway FastPath \\"is enabled by default for ExpressRoute direct circuits connected to Virtual WAN\\nExpressRoute Gateways deployed with a minimum of 5 scale units\\",\\n[Virtual WAN and ExpressRoute](https://learn.microsoft.com/azure/virtual-wan/virtual-wan-expressroute-about#expressroute-fastpath-in-virtual-wan)\\n(`articles/virtual-wan/virtual-wan-expressroute-about.md`, ms.date 03/26/2025; the same in expressroute-faqs.md, ms.date 03/31/2026, \\"How do I\\nenable FastPath for Virtual WAN?\\"), so FastPath on a hub connection counts only for an ExpressRoute Direct circuit on a\\nhub gateway of at least 5 scale units, and there it is on without configuration (\\"No additional configuration is\\nrequired\\", the same FAQ): a hub connection a template declares without `expressRouteGatewayBypass` counts as FastPath\\non (one that sets it `false`, a flag the REST API spec describes as \\"Enable FastPath to vWan Firewall hub\\" and gives no\\n`default`, `ExpressRouteConnectionProperties` in `virtualWan.json`, is read as off), while a live hub connection row\\n(Resource Graph, a snapshot) that does not carry it (a projection or an export that leaves it out) does not say whether\\nFastPath is on: undecided, as for a VNet connection; anywhere else the traffic still goes through the gateway, the message says why, and the\\nfinding names FastPath as an alternative only where the gateway supports it for that circuit), against the gateway\'s approximate throughput from Microsoft\'s\\n\\"estimated performance by gateway SKU\\" (MicrosoftDocs/azure-docs `includes/expressroute-gateway-performance-include.md`, ms.date 2024-07-09): Standard/ErGw1AZ 1 Gbps, HighPerformance/ErGw2AZ 2 Gbps,\\nUltraPerformance/ErGw3AZ 10 Gbps, ErGwScale 1 Gbps per (maximum) scale unit (the same figures in the\\n\\"Maximum supported limits\\" table of `articles/expressroute/expressroute-about-virtual-network-gateways.md`, ms.date\\n09/05/2026), vWAN 2 Gbps per scale unit (\\"One scale unit = 2 Gbps\\", the same page). Gateways with an unknown SKU are skipped. An ErGwScale or vWAN gateway whose scale units are not\\nknown (a template that does not set `autoScaleConfiguration.bounds`: neither the REST API spec nor Microsoft Learn\\ndocuments what Azure deploys then) is undecided. So is one that sets its minimum but no maximum\\n(`autoScaleConfiguration.bounds.max`), as Microsoft\'s own list example of hub gateways does, behind a circuit larger\\nthan its minimum carries: the REST API spec has `autoScaleConfiguration` as \\"Configuration for auto scaling\\" with\\n`bounds` the \\"Minimum and maximum number of scale units to deploy\\" and no `default` for either\\n(`ExpressRouteGatewayProperties`, `virtualWan.json`; `VirtualNetworkGatewayAutoScaleBounds`,\\n`virtualNetworkGateway.json`, stable 2025-07-01), and [About ExpressRoute scalable gateway](https://learn.microsoft.com/azure/expressroute/scalable-gateway)\\nhas the gateway autoscale \\"between the minimum and maximum scale units that you configure\\": what it does above its\\nminimum when no maximum is set is not documented, so a failure on the minimum alone would not be true. It still fails\\nwhen the circuit is larger than the gateway type can ever carry: a hub gateway \\"up to 10 scale units = 20 Gbps\\"\\n([About ExpressRoute connections in Azure Virtual WAN](https://learn.microsoft.com/azure/virtual-wan/virtual-wan-expressroute-about#expressroute-gateway-performance)),\\nErGwScale 40 Gbps (About ExpressRoute scalable gateway). The gateway\'s cost (docs/pricing.md) bills that minimum and\\nsays the same: \\"no maximum is set, and whether the gateway scales (and bills) above its minimum then is not\\ndocumented\\"; a gateway whose minimum and maximum are equal is billed as fixed, one with a larger maximum at its\\nminimum (\\"autoscale may bill more\\"), and this rule judges it on its maximum, what it can reach. A connection whose FastPath is not known (a Terraform connection\\nthat does not set `express_route_gateway_bypass`, which the plan knows only after apply; a template value known only at\\ndeployment) to a gateway that honours FastPath for its circuit may take that circuit off the gateway: where only such\\ncircuits are too big for the gateway the finding is undecided, naming the connection; where a circuit whose traffic\\nsurely goes through the gateway is too big, it fails on that circuit. A circuit connected to the gateway but\\noutside the inventory (deployed by another file, or in a scope that was not read) has a bandwidth erscan does not\\nknow, up to 100 Gbps on ExpressRoute Direct: where nothing else fails, the gateway is undecided, naming how many\\nsuch circuits it has, never passed in silence; except on a VNet gateway whose SKU honours FastPath, with FastPath on\\nin every connection to them (their traffic bypasses it). A hub gateway is undecided there too: it honours FastPath\\nonly for ExpressRoute Direct circuits, which such a circuit may or may not be. So is a live vWAN gateway row that\\ndoes not list its connections (no `properties.expressRouteConnections`, as in Microsoft\'s `ExpressRouteGatewayGet.json`\\nexample, azure-rest-api-specs Microsoft.Network stable 2025-07-01) where nothing else fails: the circuits known to be\\nbehind it are not all of its own.\\n\\nA connected circuit whose private peering is `Disabled` counts too, although no traffic passes it\\ntoday. This is deliberate: ERS-RED-001 advises enabling that peering to give the gateway a second\\npeering location, and the gateway must carry the circuit once it is enabled, so following that\\nadvice never leaves the gateway undersized.\\n\\nThe finding carries `costImpactUsd`: the gateway\'s one SKU change, shared with ERS-RED-004 (both findings name it\\nin `costImpactChange`, so the totals count it once), against today\'s price. It is the cheapest SKU in the catalogue\\nthat carries the circuit and is zone-redundant where ERS-RED-004 fails the gateway: the smallest ErGw*AZ that\\ncarries it, or ErGwScale with enough 1-Gbps scale units (billed at least at the catalogue\'s minimum), whichever is\\ncheaper (a Standard gateway behind a 10 Gbps circuit: ErGwScale with 10 units, cheaper than ErGw3AZ). An ErGwScale\\ngateway gets more scale units; a Standard/HighPerformance/UltraPerformance gateway in an Extended Zone, which\\nERS-RED-004 leaves alone, the next SKU of its family. Null (never zero) when today\'s SKU, or a candidate that may be the\\ncheapest, has no price in the catalogue (ErGw2AZ and UltraPerformance in the bundled one).\\n","file":"sku/ERS-SKU-006.yaml"},{"id":"ERS-SKU-007","name":"fastpath-supported-gateway","title":"FastPath is enabled only on gateway SKUs that support it","category":"sku","severity":"medium","pillar":"performance-efficiency","tags":["connection","fastpath","estate"],"resource":"estate","function":"fastPathSupported","parameters":{"minScaleUnits":10},"message":"Connection {name}: {actual}; expected {expected}.","remediation":"Resize the gateway to ErGw3AZ (or ErGwScale with enough scale units), or turn FastPath off on the connection so the setting reflects what the data path does.","links":["https://learn.microsoft.com/azure/expressroute/about-fastpath","https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways"],"doc":"# ERS-SKU-007 fastpath-supported-gateway\\n\\n**FastPath (`expressRouteGatewayBypass`) is set only where the gateway supports it.**\\n\\n## Why\\nFastPath sends on-premises traffic straight to VMs, bypassing the gateway. It is supported on\\n`UltraPerformance`, `ErGw3AZ` and `ErGwScale` with enough scale units. On other SKUs the flag has no\\neffect: the design believes the gateway is bypassed while it is in fact the bottleneck. Private Link\\nFastPath (`enablePrivateLinkFastPath`) additionally requires FastPath itself.\\n\\n## What is checked\\nVNet gateway connections with `properties.expressRouteGatewayBypass == true`: the gateway they\\nattach to (resolved across the estate) must be UltraPerformance, ErGw3AZ, or ErGwScale with\\n`autoScaleConfiguration.bounds.min \u2265 minScaleUnits`. A gateway outside the inventory gives an\\nunknown result. Any connection with Private Link FastPath but not FastPath is reported, a Virtual WAN hub\\nconnection too; the gateway SKU behind a vWAN connection is not checked. A FastPath flag known only at deployment (a template value from another\\ndeployment\'s output, a Terraform value known only after apply) is undecided where the gateway does not\\nsupport FastPath, and where Private Link FastPath is on: never a pass, nor \\"without FastPath\\". So is a template\\nconnection that leaves `expressRouteGatewayBypass` (or `enablePrivateLinkFastPath`, unless FastPath is set `false`)\\nout: the REST API spec gives neither a `default` (`VirtualNetworkGatewayConnectionPropertiesFormat`,\\n`specification/network/resource-manager/Microsoft.Network/stable/2025-07-01/virtualNetworkGateway.json`) and Microsoft\\nLearn does not say what Azure deploys then (ERS-SKU-011 says why). So is a live connection row, of a VNet or a Virtual WAN hub connection, that does\\nnot carry `expressRouteGatewayBypass` (or `enablePrivateLinkFastPath`, unless FastPath is set `false`): whether it is\\non is not known, never \\"off\\". A connection to a circuit the inputs hold as a\\nprovider circuit (not on an ExpressRoute Direct port) leaves nothing undecided about Private Link FastPath: it is\\navailable \\"only for ExpressRoute Direct\\" ([About ExpressRoute FastPath](https://learn.microsoft.com/azure/expressroute/about-fastpath),\\nthe availability table: \\"Private endpoint and Private Link over ExpressRoute FastPath | Limited general availability and\\nonly for ExpressRoute Direct\\").\\n\\n## Parameters\\n- `minScaleUnits` (default `10`).\\n\\n## Sources\\n- The gateway SKUs that support FastPath (\\"The ExpressRoute virtual network gateway must be one of the following SKUs\\n  to configure ExpressRoute FastPath: Ultra Performance, ErGw3AZ, ErGwScale - with a minimum of 10 scale units\\"):\\n  [About ExpressRoute FastPath](https://learn.microsoft.com/azure/expressroute/about-fastpath#gateways) (MicrosoftDocs/azure-docs\\n  `articles/expressroute/about-fastpath.md`, ms.date 03/20/2025); the same in the feature table (\\"ErGwScale: Yes (minimum\\n  10 scale units)\\") of [About ExpressRoute virtual network gateways](https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#gatewayfeaturesupport)\\n  (`articles/expressroute/expressroute-about-virtual-network-gateways.md`, ms.date 09/05/2026).\\n- Private Link FastPath needs FastPath: \\"bypass the ExpressRoute gateway when accessing private-links. ExpressRoute\\n  FastPath (expressRouteGatewayBypass) must be enabled\\", [VirtualNetworkGatewayConnection.EnablePrivateLinkFastPath](https://learn.microsoft.com/dotnet/api/microsoft.azure.management.network.models.virtualnetworkgatewayconnection.enableprivatelinkfastpath)\\n  (the property\'s description in the .NET SDK reference on Learn).\\n- The gateway SKU behind a vWAN connection is not checked: on a Virtual WAN hub FastPath is enabled by default for ExpressRoute Direct circuits\\n  on a hub gateway of at least 5 scale units (`articles/virtual-wan/virtual-wan-expressroute-about.md`, ms.date 03/26/2025);\\n  ERS-SKU-006 takes that into account.\\n","file":"sku/ERS-SKU-007.yaml"},{"id":"ERS-SKU-008","name":"gateway-legacy-basic-sku","title":"ExpressRoute gateways do not use the legacy Basic SKU","category":"sku","severity":"high","pillar":"reliability","tags":["gateway","legacy"],"resource":"gateway","where":{"field":"flavor","equals":"vnet"},"assert":{"field":"skuName","notIn":["Basic"]},"message":"Gateway {name} uses SKU {actual}; expected a current ExpressRoute SKU (ErGw1AZ, ErGw2AZ, ErGw3AZ or ErGwScale).","remediation":"Redeploy the gateway with a current zone-redundant SKU; Basic is not supported for ExpressRoute.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways"],"references":{"PSRule":["Azure.VNG.ERLegacySKU"]},"doc":"# ERS-SKU-008 gateway-legacy-basic-sku\\n\\n**An ExpressRoute virtual network gateway does not use the `Basic` SKU.**\\n\\n## Why\\n`Basic` is a legacy gateway SKU with no zone redundancy, and it is not among the SKUs an ExpressRoute\\ngateway can use. ERS-RED-004 flags every non-zone-redundant SKU; this rule singles out `Basic` because it\\nis not merely legacy but not an ExpressRoute SKU at all.\\n\\n## What is checked\\nExpressRoute virtual network gateways: `properties.sku.name` is not `Basic`.\\n\\n## Sources\\n- \\"ExpressRoute virtual network gateways can use the following SKUs: ErGwScale, Standard,\\n  HighPerformance, UltraPerformance, ErGw1Az, ErGw2Az, ErGw3Az\\" (no Basic): [About ExpressRoute virtual network gateways](https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#gwsku) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-about-virtual-network-gateways.md`, ms.date 09/05/2026).\\n\\n## Equivalent checks\\nPSRule for Azure `Azure.VNG.ERLegacySKU` (AZR-000271).\\n","file":"sku/ERS-SKU-008.yaml"},{"id":"ERS-SKU-009","name":"circuit-connection-limit","title":"Circuits stay within the link limit of their tier and bandwidth (VNet links and Global Reach connections together)","category":"sku","severity":"high","pillar":"reliability","tags":["circuit","limits","estate"],"resource":"estate","function":"circuitConnectionLimit","message":"Circuit {name} has {actual}; expected {expected}.","remediation":"Upgrade to Premium (or a larger Premium bandwidth) or consolidate VNets behind fewer gateways (hub and spoke, vWAN).","links":["https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#expressroute-limits","https://learn.microsoft.com/azure/expressroute/expressroute-faqs"],"doc":"# ERS-SKU-009 circuit-connection-limit\\n\\n**A circuit has no more links (VNet links and Global Reach connections together) than its tier and\\nbandwidth allow.**\\n\\n## Why\\nLocal and Standard circuits accept 10 links. Premium raises the limit with bandwidth: 20 at 50 Mbps,\\n25 at 100\u2013200 Mbps, 40 at 500 Mbps, 50 at 1 Gbps, 60 at 2 Gbps, 75 at 5 Gbps, 100 at 10 Gbps and above (the table\\nstops at 100 Gbps; for the 200 and 400 Gbps circuits of a 400 Gbps Direct port erscan uses 100, the most the FAQ gives\\nany Premium circuit: \\"up to 10 virtual networks connections on a standard ExpressRoute circuit, and up to 100 on a\\npremium ExpressRoute circuit\\", expressroute-faqs.md, ms.date 03/31/2026).\\n\\"Global Reach connections count against the limit of virtual network connections per ExpressRoute\\nCircuit\\" (includes/expressroute-limits.md (MicrosoftDocs/azure-docs, ms.date 10/09/2023, reproduced in expressroute-faqs.md, ms.date 03/31/2026)). A template that declares more will not deploy; an estate close to the limit\\ncannot grow.\\n\\n## What is checked\\nConnections resolved to each circuit across the estate (VNet and vWAN) plus its Global Reach\\nconnections (those it initiated and those the peer initiated), against the limit above. A Standard\\ncircuit with 9 VNets and 3 Global Reach links fails; a Premium circuit with 8 VNets and 4 Global Reach\\nlinks passes, and is not told to drop Premium (ERS-SKU-002). An unknown tier or bandwidth makes the\\nresult **unknown**; in a template the count is a lower bound (other files may add links). A live peering read more\\nthan once (two exports, a circuit row and a peering row) whose reads list different Global Reach connections leaves\\nthe count not known: the result is **unknown** where either read\'s count, with the VNet links, exceeds the limit, and\\nnothing is said where both are within it.\\n\\nThe finding carries `costImpactUsd` on Local and Standard circuits: Premium added (or Local upgraded).\\n\\n## How to fix\\nUpgrade to Premium (or a larger Premium bandwidth) or consolidate VNets behind fewer gateways (hub and\\nspoke, vWAN).\\n","file":"sku/ERS-SKU-009.yaml"},{"id":"ERS-SKU-010","name":"circuit-bandwidth-offered","title":"Circuit bandwidth is one of the sizes ExpressRoute offers","category":"sku","severity":"low","pillar":"operational-excellence","tags":["circuit"],"resource":"circuit","assert":{"allOf":[{"anyOf":[{"field":"bandwidthMbps","in":[50,100,200,500,1000,2000,5000,10000]},{"field":"isDirect","equals":true}]},{"anyOf":[{"field":"bandwidthGbps","in":[1,2,5,10,40,100,200,400]},{"field":"isDirect","equals":false}]}]},"message":"Circuit {name} has {field} {actual}; expected a provider size (50, 100, 200, 500 Mbps, 1, 2, 5, 10 Gbps) or a Direct size (1, 2, 5, 10, 40, 100, 200, 400 Gbps).","remediation":"Choose an offered bandwidth; provider circuits can be resized upwards in place.","links":["https://learn.microsoft.com/azure/expressroute/expressroute-faqs","https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about"],"doc":"# ERS-SKU-010 circuit-bandwidth-offered\\n\\n**Circuit bandwidth is an offered size.**\\n\\n## Why\\nProvider circuits come in 50, 100, 200, 500 Mbps and 1, 2, 5, 10 Gbps; ExpressRoute Direct circuits\\nin 1, 2, 5, 10, 40, 100, 200 and 400 Gbps (1 and 2 Gbps only on 10 Gbps ports, 40 and 100 Gbps on\\n100 and 400 Gbps ports, 200 and 400 Gbps only on 400 Gbps ports; the rule does not check the size\\nagainst the port). Any other value in a template or plan fails at deployment, and a missing value\\ncannot be priced.\\n\\n## What is checked\\nProvider circuits: `serviceProviderProperties.bandwidthInMbps`; Direct circuits: `bandwidthInGbps`.\\n\\n## Sources\\n- Provider bandwidths (\\"Supported bandwidth offers: 50 Mbps, 100 Mbps, 200 Mbps, 500 Mbps, 1 Gbps,\\n  2 Gbps, 5 Gbps, 10 Gbps\\"): [ExpressRoute FAQ](https://learn.microsoft.com/azure/expressroute/expressroute-faqs#what-connection-speeds-are-supported-by-expressroute) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-faqs.md`).\\n- Direct circuit sizes per port (\\"on 10-Gbps ExpressRoute Direct: 1, 2, 5, 10 Gbps\\"; \\"on 100-Gbps\\n  ExpressRoute Direct: 5, 10, 40, 100 Gbps\\"; \\"on 400-Gbps ExpressRoute Direct: 5, 10, 40, 100, 200,\\n  400 Gbps\\"; \\"400-Gbps is available in limited ExpressRoute peering locations and requires\\n  enrollment\\"): [About ExpressRoute Direct](https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-erdirect-about.md`, ms.date 03/02/2026).\\n","file":"sku/ERS-SKU-010.yaml"},{"id":"ERS-SKU-011","name":"fastpath-where-supported","title":"FastPath is enabled on connections whose gateway supports it","category":"sku","severity":"low","pillar":"performance-efficiency","tags":["connection","fastpath","estate"],"resource":"estate","function":"fastPathWhereSupported","parameters":{"minScaleUnits":10,"requirePrivateLinkFastPath":false},"message":"Connection {name}: {actual}; expected {expected}.","remediation":"Enable FastPath on the connection (expressRouteGatewayBypass, \\"FastPath\\" in the portal\'s connection configuration) so that on-premises traffic reaches the VMs without passing the gateway; check FastPath\'s limitations first (traffic to internal load balancers, PaaS services and DNS Private Resolvers in spoke virtual networks still goes through the gateway; Private Link over FastPath is for ExpressRoute Direct only).","links":["https://learn.microsoft.com/azure/expressroute/about-fastpath","https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#gatewayfeaturesupport"],"references":{"APRL":["connections f6a14b32-a727-4ace-b5fa-7b1c6bdff402"]},"doc":"# ERS-SKU-011 fastpath-where-supported\\n\\n**FastPath is enabled on connections whose gateway supports it.**\\n\\n## Why\\nFastPath sends on-premises traffic straight to the VMs, bypassing the ExpressRoute gateway: less\\ngateway load, better data-path performance and resiliency. It is the reverse of ERS-SKU-007 (FastPath\\non a SKU that ignores it). FastPath has limitations (traffic to internal load balancers, PaaS services and DNS\\nPrivate Resolvers in spoke virtual networks still goes through the gateway; virtual network peering, UDR and Private\\nLink over FastPath are for ExpressRoute Direct only), hence low severity.\\n\\n## What is checked\\nExpressRoute VNet-gateway connections whose gateway supports FastPath (UltraPerformance, ErGw3AZ,\\nor ErGwScale with at least `minScaleUnits` minimum scale units): `expressRouteGatewayBypass` is\\n`true` (and `enablePrivateLinkFastPath` when `requirePrivateLinkFastPath`). A value a template leaves\\nopen, or a gateway outside the template\'s files, is **unknown**. So is a template connection that does not set\\n`expressRouteGatewayBypass`: the REST API spec gives the property no `default` (\\"Bypass ExpressRoute Gateway for\\ndata forwarding\\", `VirtualNetworkGatewayConnectionPropertiesFormat` in\\n`specification/network/resource-manager/Microsoft.Network/stable/2025-07-01/virtualNetworkGateway.json`,\\nAzure/azure-rest-api-specs) and Microsoft Learn describes FastPath only \\"when enabled\\" (About ExpressRoute FastPath),\\nso what Azure deploys without it is not documented: the finding never says \\"FastPath off\\" for it. The same holds for\\n`enablePrivateLinkFastPath` left out (no `default` either), unless `expressRouteGatewayBypass` is set `false` (the\\nspec: \\"ExpressRoute FastPath (expressRouteGatewayBypass) must be enabled\\").\\nA live connection row (Resource Graph, an ARM response) that does not carry `expressRouteGatewayBypass` (a query\\nprojection or an export that leaves it out) does not say whether FastPath is on either: **unknown**, never \\"FastPath off\\";\\nnor does one without `enablePrivateLinkFastPath` say whether Private Link FastPath is (when `requirePrivateLinkFastPath`),\\nunless the row sets `expressRouteGatewayBypass` `false`.\\nA connection to a circuit whose Azure private peering is known to be `Disabled` (ERS-BGP-004) carries none of the\\ngateway\'s traffic, so FastPath on it gains nothing: the rule says nothing about it (as ERS-RED-001 does not count such a\\ncircuit as a path). One whose private peering state is not known is checked as before.\\n\\n## Parameters\\n- `minScaleUnits` (default `10`, from the feature table below).\\n- `requirePrivateLinkFastPath` (default `false`; APRL\'s query also asks for it, but Microsoft offers\\n  it only for limited scenarios on ExpressRoute Direct).\\n\\n## Sources\\n- FastPath support by gateway SKU (\\"Ultra Performance/ErGw3Az: Yes\\"; \\"ErGwScale: Yes (minimum 10\\n  scale units)\\"): [About ExpressRoute virtual network gateways](https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#gatewayfeaturesupport) (MicrosoftDocs/azure-docs `articles/expressroute/expressroute-about-virtual-network-gateways.md`, ms.date 09/05/2026).\\n- What FastPath does, its limitations (\\"Azure Internal Load Balancer: ExpressRoute FastPath doesn\'t support Azure internal\\n  load balancers or Azure PaaS services in spoke virtual networks\\"; \\"it doesn\'t support DNS Private Resolvers in spoke\\n  virtual networks\\"; the Basic load balancer limitation of older versions is gone), the features for ExpressRoute Direct\\n  only, and the SKUs (\\"Ultra Performance, ErGw3AZ, ErGwScale - with a minimum of 10 scale units\\"): [About ExpressRoute FastPath](https://learn.microsoft.com/azure/expressroute/about-fastpath#limitations) (MicrosoftDocs/azure-docs `articles/expressroute/about-fastpath.md`, ms.date 03/20/2025).\\n\\n## Equivalent checks\\nAPRL v2 `azure-resources/Network/connections/recommendations.yaml`, `aprlGuid: f6a14b32-a727-4ace-b5fa-7b1c6bdff402` (Azure/Azure-Proactive-Resiliency-Library-v2 @9b93db71) (\\"For better data path performance enable FastPath on ExpressRoute Connections\\").\\n","file":"sku/ERS-SKU-011.yaml"}]' };

// dist/inventory/fields.js
var SOURCE = { kind: "value", file: "value", deployment: "value", parameterFile: "value", line: "value", column: "value" };
var BASE = {
  kind: "value",
  id: "value",
  key: "value",
  name: "value",
  type: "value",
  subscriptionId: "value",
  resourceGroup: "value",
  tenantId: "value",
  location: "value",
  tags: "tags",
  source: { object: SOURCE },
  unresolved: "internal",
  unknown: "internal",
  possible: "internal",
  variants: "internal",
  partial: "internal",
  deployed: "value"
};
var MICROSOFT_PEERING = {
  advertisedPublicPrefixes: "values",
  advertisedPublicPrefixesState: "value",
  customerASN: "value",
  routingRegistryName: "value",
  advertisedCommunities: "values"
};
var IPV6 = {
  primaryPeerAddressPrefix: "value",
  secondaryPeerAddressPrefix: "value",
  primaryPrefixLength: "value",
  secondaryPrefixLength: "value",
  state: "value",
  routeFilterId: "value",
  microsoftPeeringConfig: { object: MICROSOFT_PEERING }
};
var GLOBAL_REACH = { id: "value", name: "value", peerCircuitKey: "value", peerCircuitId: "internal", addressPrefix: "value", status: "value" };
var PEERING = {
  ...BASE,
  kind: "value",
  circuitKey: "value",
  circuitName: "value",
  peeringType: "value",
  state: "value",
  azureASN: "value",
  peerASN: "value",
  vlanId: "value",
  primaryPeerAddressPrefix: "value",
  secondaryPeerAddressPrefix: "value",
  primaryPrefixLength: "value",
  secondaryPrefixLength: "value",
  sharedKeyConfigured: "value",
  provisioningState: "value",
  microsoftPeeringConfig: { object: MICROSOFT_PEERING },
  routeFilterId: "value",
  ipv6: { object: IPV6 },
  globalReach: { listOf: GLOBAL_REACH },
  globalReachOtherReads: "internal",
  peeredConnectionCount: "value",
  peeredConnections: { listOf: GLOBAL_REACH },
  vwanConnectionId: "value"
};
var AUTHORIZATION = { name: "value", useStatus: "value", connectionKey: "value" };
var CIRCUIT = {
  ...BASE,
  kind: "value",
  skuName: "value",
  tier: "value",
  billingModel: "value",
  serviceProviderName: "value",
  peeringLocation: "value",
  bandwidthMbps: "value",
  bandwidthGbps: "value",
  isDirect: "value",
  portKey: "value",
  portId: "internal",
  serviceProviderProvisioningState: "value",
  circuitProvisioningState: "value",
  provisioningState: "value",
  allowClassicOperations: "value",
  globalReachEnabled: "value",
  enableDirectPortRateLimit: "value",
  authorizations: { listOf: AUTHORIZATION },
  peerings: { listOf: PEERING },
  diagnosticSettingsCount: "value",
  connectionKeys: "values",
  gatewayKeys: "values",
  unreadConnections: "internal",
  peeringsContradictConnections: "internal",
  openGatewayRegions: "internal",
  metricAlertCount: "value"
};
var MACSEC = { cipher: "value", cknSecretConfigured: "value", cakSecretConfigured: "value", secretsInKeyVault: "value", sciState: "value" };
var LINK = {
  ...BASE,
  kind: "value",
  portKey: "value",
  portName: "value",
  adminState: "value",
  connectorType: "value",
  provisioningState: "value",
  macsec: { object: MACSEC },
  portWithoutCircuits: "value",
  defaulted: "internal"
};
var PORT = {
  ...BASE,
  kind: "value",
  peeringLocation: "value",
  bandwidthGbps: "value",
  provisionedBandwidthGbps: "value",
  encapsulation: "value",
  billingType: "value",
  provisioningState: "value",
  diagnosticSettingsCount: "value",
  hasIdentity: "value",
  links: { listOf: LINK },
  circuitKeys: "values",
  circuitIds: "internal",
  metricAlertCount: "value"
};
var GATEWAY = {
  ...BASE,
  kind: "value",
  flavor: "value",
  gatewayType: "value",
  skuName: "value",
  skuTier: "value",
  minScaleUnits: "value",
  maxScaleUnits: "value",
  zones: "values",
  networkKey: "value",
  adminState: "value",
  provisioningState: "value",
  diagnosticSettingsCount: "value",
  connectionKeys: "values",
  circuitKeys: "values",
  unreadConnections: "internal",
  extendedLocation: "value",
  allowRemoteVnetTraffic: "value",
  allowVirtualWanTraffic: "value",
  allowNonVirtualWanTraffic: "value",
  maintenanceConfigurationIds: "values",
  gatewaySubnetId: "value",
  gatewaySubnetNsgId: "value",
  metricAlertCount: "value"
};
var CONNECTION = {
  ...BASE,
  kind: "value",
  flavor: "value",
  connectionType: "value",
  gatewayKey: "value",
  circuitId: "value",
  circuitKey: "value",
  routingWeight: "value",
  fastPath: "value",
  privateLinkFastPath: "value",
  enableInternetSecurity: "value",
  usesAuthorization: "value",
  connectionStatus: "value",
  gatewayTypeNamed: "value",
  provisioningState: "value",
  defaulted: "internal"
};
var FIELDS = { circuit: CIRCUIT, peering: PEERING, port: PORT, link: LINK, gateway: GATEWAY, connection: CONNECTION };
var LIST_STEP = /^(\d+|length)$/;
function isModelField(kind, path) {
  let shape = { object: FIELDS[kind] };
  const steps = path.split(".");
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (shape === "value" || shape === "internal")
      return false;
    if (shape === "tags")
      return i === steps.length - 1;
    if (shape === "values") {
      if (!LIST_STEP.test(step))
        return false;
      shape = "value";
    } else if ("listOf" in shape) {
      if (!LIST_STEP.test(step))
        return false;
      shape = step === "length" ? "value" : { object: shape.listOf };
    } else {
      if (!Object.hasOwn(shape.object, step))
        return false;
      shape = shape.object[step];
    }
  }
  return shape !== "internal";
}
function modelFieldPaths(kind) {
  const out = [];
  const walk = (table, prefix, depth) => {
    for (const [key, shape] of Object.entries(table)) {
      const path = prefix + key;
      if (shape === "internal")
        continue;
      if (shape === "tags")
        out.push(`${path}.NAME`);
      else if (shape === "value" || shape === "values")
        out.push(path);
      else if ("object" in shape) {
        out.push(path);
        walk(shape.object, `${path}.`, depth);
      } else {
        out.push(path);
        if (depth < 1)
          walk(shape.listOf, `${path}.0.`, depth + 1);
      }
    }
  };
  walk(FIELDS[kind], "", 0);
  return out;
}

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
  const errors = [];
  const out = walkFiles(dir, { accept: (name) => RULE_FILE.test(name), skipDir: (name) => name.startsWith("."), errors });
  if (errors.length > 0)
    throw errors[0];
  return out;
}
function paramKindProblem(op, value, item) {
  if (!item && (op === "in" || op === "notIn"))
    return Array.isArray(value) ? void 0 : "a list";
  if (Array.isArray(value) || value !== null && typeof value === "object")
    return "a single value (a text, a number, true, false or null)";
  if (op === "matches" || op === "startsWith")
    return typeof value === "string" ? void 0 : "a text";
  if (/^(greater|less)/.test(op))
    return typeof value === "number" || typeof value === "string" ? void 0 : "a number or a text";
  return void 0;
}
function checkParamRefs(file, c, path, params) {
  const check = (op, operand, at, item) => {
    const name = typeof operand === "string" ? PARAM_REF.exec(operand)?.[1] : void 0;
    if (name === void 0)
      return;
    const known = Object.keys(params ?? {});
    if (!params || !Object.prototype.hasOwnProperty.call(params, name))
      throw new InputError(file, at, `a parameter the rule declares under \`parameters\` (${known.length ? known.join(", ") : "it declares none"})`, JSON.stringify(operand));
    const want = paramKindProblem(op, params[name], item);
    if (want)
      throw new InputError(file, `$.parameters.${name}`, `${want}, since ${path}.${op} reads it`, describeValue(params[name]));
    if (op === "matches") {
      try {
        compileSafeRegex(params[name]);
      } catch (e) {
        throw new InputError(file, `$.parameters.${name}`, "a safe regular expression", `${JSON.stringify(params[name])} (${e.message})`);
      }
    }
  };
  for (const op of OPERATORS) {
    const operand = c[op];
    if (Array.isArray(operand))
      operand.forEach((x, i) => check(op, x, `${path}.${op}[${i}]`, true));
    else
      check(op, operand, `${path}.${op}`, false);
  }
}
var PLURAL = { circuit: "circuits", peering: "peerings", port: "ports", link: "port links", gateway: "gateways", connection: "connections" };
function closestModelFields(kind, field) {
  const lastOf = (p) => p.slice(p.lastIndexOf(".") + 1);
  const want = field.replace(/^properties\./i, "").toLowerCase();
  const scored = modelFieldPaths(kind).map((path) => {
    const known = path.toLowerCase();
    return { path, d: Math.min(editDistance(want, known), editDistance(want.replaceAll(".", ""), known.replaceAll(".", "")) + 1, editDistance(lastOf(want), lastOf(known)) + 2) };
  });
  const best = Math.min(...scored.map((x) => x.d));
  return scored.filter((x) => x.d === best).map((x) => x.path).sort().slice(0, 3);
}
function checkField(file, field, at, kind) {
  if (isModelField(kind, field))
    return;
  const elsewhere = Object.keys(PLURAL).filter((k) => k !== kind && isModelField(k, field));
  const also = elsewhere.length ? `; \`${field}\` is a field of ${elsewhere.map((k) => PLURAL[k]).join(" and ")}, set \`resource\` to match` : "";
  throw new InputError(file, at, `a field ${PLURAL[kind]} have in erscan's inventory model (the closest: ${closestModelFields(kind, field).map((f) => `\`${f}\``).join(", ")}; docs/rules.md, "Writing a rule")${also}`, `${JSON.stringify(field)}, which no ${kind} has`);
}
function checkCondition(file, c, path, params, kind, depth = 0) {
  if (depth > MAX_CONDITION_DEPTH)
    throw new InputError(file, path, `a condition nested at most ${MAX_CONDITION_DEPTH} levels deep (allOf/anyOf/not)`, "deeper nesting");
  if ("allOf" in c)
    return c.allOf.forEach((x, i) => checkCondition(file, x, `${path}.allOf[${i}]`, params, kind, depth + 1));
  if ("anyOf" in c)
    return c.anyOf.forEach((x, i) => checkCondition(file, x, `${path}.anyOf[${i}]`, params, kind, depth + 1));
  if ("not" in c)
    return checkCondition(file, c.not, `${path}.not`, params, kind, depth + 1);
  if (kind !== "estate")
    checkField(file, c.field, `${path}.field`, kind);
  const ops = OPERATORS.filter((op) => c[op] !== void 0);
  if (ops.length === 0)
    throw new InputError(file, path, `an operator beside "field" (one of ${OPERATORS.join(", ")})`);
  checkParamRefs(file, c, path, params);
  if (c.matches !== void 0 && !PARAM_REF.test(c.matches)) {
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
  if (rule.resource === "estate" && rule.assert)
    throw new InputError(file, "$.resource", "the kind of resource the assert checks (circuit, peering, port, link, gateway or connection): `estate` is for rules with a built-in `function`", '"estate"');
  if (rule.where)
    checkCondition(file, rule.where, "$.where", rule.parameters, rule.resource);
  if (rule.assert)
    checkCondition(file, rule.assert, "$.assert", rule.parameters, rule.resource);
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
  for (const dir of extraDirs) {
    const files = listRuleFiles(dir);
    if (files.length === 0)
      throw new InputError(dir, "", "a folder of rules (<ID>.yaml files)", "no rule files");
    for (const file of files) {
      const rule = loadRuleFile(file);
      if (includeBuiltin && /^ERS-/i.test(rule.id) && !byId.has(rule.id))
        throw new InputError(file, "$.id", "an id with a prefix of your own (for example ACME-ER-001): ERS- ids belong to erscan's catalogue", `"${rule.id}", which the catalogue does not have`);
      add(rule);
    }
  }
  return [...byId.values()].sort((a, b) => compareText(a.id, b.id));
}
function fixturesFileFor(ruleFile) {
  const base = ruleFile.replace(/\.(ya?ml|json)$/i, "");
  for (const ext of [".fixtures.yaml", ".fixtures.yml", ".fixtures.json"])
    if (existsSync(base + ext))
      return base + ext;
  return void 0;
}
function ruleFileLabel(rule) {
  return basename(rule.file);
}

export {
  PARAM_REF,
  getPath,
  evaluate,
  compileCondition,
  fieldsOf,
  readField,
  evaluate3,
  getFunction,
  BUILTIN_RULES_DIR,
  listRuleFiles,
  closestModelFields,
  loadRuleFile,
  catalogueDigest,
  loadRules,
  fixturesFileFor,
  ruleFileLabel
};
