// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  RESOURCE_TYPES
} from "./chunk-RVICQST4.js";
import {
  REDACTED
} from "./chunk-DVCDTIEM.js";
import {
  MAX_INPUT_BYTES,
  findNodeAtLocation,
  parseJson,
  readText,
  withSyntaxTree
} from "./chunk-NHHP4CGJ.js";
import {
  schemaValidator,
  validateOrThrow
} from "./chunk-U7556RPZ.js";
import {
  InputError,
  describeValue,
  jsonPath
} from "./chunk-5MMV7F5T.js";

// dist/sources/index.js
import { readdirSync as readdirSync2, statSync as statSync3 } from "node:fs";
import { join as join5, relative as relative2 } from "node:path";

// dist/sources/detect.js
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function detectFormat(doc) {
  if (Array.isArray(doc))
    return "rows";
  if (!isObj(doc))
    return "unknown";
  if ("erscanSnapshot" in doc)
    return "snapshot";
  const schema = typeof doc.$schema === "string" ? doc.$schema.toLowerCase() : "";
  if (schema.includes("deploymenttemplate") || Array.isArray(doc.resources) && "contentVersion" in doc && !schema.includes("parameters"))
    return "arm-template";
  if (schema.includes("deploymentparameters") || schema.includes("parameters.json"))
    return "arm-parameters";
  if ("format_version" in doc && ("planned_values" in doc || "resource_changes" in doc || "terraform_version" in doc))
    return "terraform-plan";
  if ("data" in doc && ("skip_token" in doc || "total_records" in doc))
    return "graph-cli";
  if ("data" in doc && ("totalRecords" in doc || "resultTruncated" in doc))
    return "graph-rest";
  if (Array.isArray(doc.value))
    return "arm-list";
  if (typeof doc.id === "string" && typeof doc.type === "string")
    return "arm-resource";
  return "unknown";
}
var FORMAT_DESCRIPTIONS = 'an erscan snapshot, Resource Graph output (az graph query JSON or an array of rows), an ARM GET/list response ({"value": [...]}), an ARM template or parameter file, or a Terraform plan (terraform show -json)';

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
  }
  return out;
}

// dist/sources/rows.js
var isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function loadRows(file, doc, format) {
  const out = emptyOutput();
  const source = { kind: "snapshot", file };
  let rows;
  let base;
  switch (format) {
    case "rows":
      rows = doc;
      base = [];
      break;
    case "graph-cli":
    case "graph-rest": {
      const d = doc.data;
      if (isObj2(d) && Array.isArray(d.columns) && Array.isArray(d.rows)) {
        rows = tableToObjects(file, d.columns, d.rows);
      } else if (Array.isArray(d)) {
        rows = d;
      } else {
        throw new InputError(file, "$.data", "an array of rows or a table {columns, rows}", describeValue(d));
      }
      base = ["data"];
      const o = doc;
      if (o.skip_token || o.$skipToken || o.skipToken) {
        out.gaps.push({ scope: file, reason: "Resource Graph output is one page of several (it carries a skip token): later pages were not read" });
      }
      if (o.resultTruncated === "true" || o.resultTruncated === true) {
        out.gaps.push({ scope: file, reason: "Resource Graph reported resultTruncated: the result set is incomplete" });
      }
      break;
    }
    case "arm-list":
      rows = doc.value;
      base = ["value"];
      if (typeof doc.nextLink === "string") {
        out.gaps.push({ scope: file, reason: "ARM list response has a nextLink: later pages were not read" });
      }
      break;
    case "arm-resource":
      rows = [doc];
      base = [];
      break;
    default:
      throw new Error(`loadRows cannot read ${format}`);
  }
  rows.forEach((row, i) => {
    const at = format === "arm-resource" ? [] : [...base, i];
    if (!isObj2(row))
      throw new InputError(file, jsonPath(at), "a resource object", describeValue(row));
    if (typeof row.id !== "string" || row.id === "")
      throw new InputError(file, jsonPath([...at, "id"]), "an ARM resource id (string)", describeValue(row.id));
    if (typeof row.type !== "string" || row.type === "")
      throw new InputError(file, jsonPath([...at, "type"]), "an ARM resource type (string)", describeValue(row.type));
    const raw = { row, source };
    out.raws.push(raw);
  });
  return out;
}
function tableToObjects(file, columns, rows) {
  const names = columns.map((c, i) => {
    const n = isObj2(c) ? c.name : void 0;
    if (typeof n !== "string")
      throw new InputError(file, jsonPath(["data", "columns", i, "name"]), "a column name", describeValue(n));
    return n;
  });
  return rows.map((r, i) => {
    if (!Array.isArray(r))
      throw new InputError(file, jsonPath(["data", "rows", i]), "an array of cell values", describeValue(r));
    const o = {};
    names.forEach((n, j) => o[n] = r[j]);
    return o;
  });
}

// dist/sources/snapshot.js
function loadSnapshot(file, doc) {
  validateOrThrow(schemaValidator("snapshot.schema.json"), doc, file);
  const snap = doc;
  const out = emptyOutput();
  out.raws = snap.resources.map((row) => ({ row, source: { kind: "snapshot", file } }));
  out.subscriptions = snap.subscriptions ?? [];
  out.gaps = snap.coverage?.gaps ?? [];
  if (snap.metrics)
    out.metrics = Object.fromEntries(Object.entries(snap.metrics).map(([k, v]) => [k.toLowerCase(), v]));
  return out;
}

// dist/sources/template/index.js
import { basename, dirname as dirname2 } from "node:path";

// dist/sources/template/arm/template.js
import { createHash } from "node:crypto";

// dist/sources/template/ids.js
var PLACEHOLDER_SUBSCRIPTION = "{subscription}";
var PLACEHOLDER_RESOURCE_GROUP = "{resourceGroup}";
function isFullType(s) {
  return /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+\/[A-Za-z0-9]/.test(s);
}
function providerPath(type, names) {
  const segs = type.split("/");
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
    const [base, type, ...names] = args;
    if (base === void 0 || type === void 0)
      return { error: "needs a resource id, a type and names" };
    const p2 = providerPath(type, names);
    return typeof p2 === "string" ? `${base.replace(/\/$/, "")}${p2}` : p2;
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
  const node = findNodeAtLocation(parsed.tree, path);
  if (!node)
    return void 0;
  const at = node.parent?.type === "property" ? node.parent : node;
  return parsed.lines.position(at.offset);
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
      const lower = name.toLowerCase();
      if (lower === "true" || lower === "false")
        return { kind: "literal", value: lower === "true" };
      if (lower === "null")
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

// dist/sources/template/arm/evaluate.js
var Unknown = class {
  reason;
  constructor(reason) {
    this.reason = reason;
  }
};
var isObj3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Unknown);
function containsUnknown(v) {
  if (v instanceof Unknown)
    return true;
  if (Array.isArray(v))
    return v.some(containsUnknown);
  if (isObj3(v))
    return Object.values(v).some(containsUnknown);
  return false;
}
var TemplateError = class extends Error {
};
function deepEqual(a, b) {
  if (a === b)
    return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj3(a) && isObj3(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
function getMember(target, key) {
  if (target instanceof Unknown)
    return target;
  if (isObj3(target)) {
    if (Object.prototype.hasOwnProperty.call(target, key))
      return target[key];
    const found = Object.keys(target).find((k) => k.toLowerCase() === key.toLowerCase());
    return found !== void 0 ? target[found] : new Unknown(`property "${key}" is not defined`);
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
      return getMember(evaluate(e.target, ctx), e.property);
    case "index":
      return getIndex(evaluate(e.target, ctx), evaluate(e.index, ctx));
    case "call":
      return call(e.name, e.args, ctx);
  }
}
function call(rawName, argExprs, ctx) {
  const name = rawName.toLowerCase();
  if (name === "if") {
    if (argExprs.length !== 3)
      throw new TemplateError("if() with three arguments");
    const cond = evaluate(argExprs[0], ctx);
    if (typeof cond === "boolean")
      return evaluate(argExprs[cond ? 1 : 2], ctx);
    const a = evaluate(argExprs[1], ctx);
    const b = evaluate(argExprs[2], ctx);
    if (!containsUnknown(a) && deepEqual(a, b))
      return a;
    return cond instanceof Unknown ? cond : new Unknown("if() condition is not a boolean");
  }
  if (name === "and" || name === "or") {
    let unknown2;
    for (const a of argExprs) {
      const v = evaluate(a, ctx);
      if (v instanceof Unknown)
        unknown2 ??= v;
      else if (typeof v !== "boolean")
        return new Unknown(`${rawName}() of a value that is not a boolean`);
      else if (name === "and" && !v)
        return false;
      else if (name === "or" && v)
        return true;
    }
    return unknown2 ?? name === "and";
  }
  if (name === "coalesce") {
    for (const a of argExprs) {
      const v = evaluate(a, ctx);
      if (v instanceof Unknown)
        return v;
      if (v !== null)
        return v;
    }
    return null;
  }
  if (DEPLOYMENT_TIME.has(name) || name.startsWith("list"))
    return new Unknown(`${rawName}() is evaluated only at deployment time`);
  if (name.includes("."))
    return new Unknown(`user-defined function ${rawName}() is not evaluated by erscan`);
  const args = argExprs.map((a) => evaluate(a, ctx));
  const str = (i) => typeof args[i] === "string" ? args[i] : void 0;
  const unknown = firstUnknown(args);
  switch (name) {
    case "parameters": {
      if (unknown)
        return unknown;
      const n = str(0);
      if (n === void 0)
        throw new TemplateError("parameters('name') with a string name");
      return ctx.parameter(n);
    }
    case "variables": {
      if (unknown)
        return unknown;
      const n = str(0);
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
      if (args.some((a) => isObj3(a) || Array.isArray(a)))
        return new Unknown("concat() of mixed arrays and strings");
      return args.map(toText).join("");
    }
    case "format": {
      const f = str(0);
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
      const s = str(0);
      if (s === void 0)
        return new Unknown("json() of a value that is not a string");
      try {
        return JSON.parse(s);
      } catch {
        return new Unknown("json() of text that is not JSON");
      }
    }
    case "tolower":
      return str(0)?.toLowerCase() ?? new Unknown("toLower() of a value that is not a string");
    case "toupper":
      return str(0)?.toUpperCase() ?? new Unknown("toUpper() of a value that is not a string");
    case "trim":
      return str(0)?.trim() ?? new Unknown("trim() of a value that is not a string");
    case "replace": {
      const [s, a, b] = [str(0), str(1), str(2)];
      return s !== void 0 && a !== void 0 && b !== void 0 ? s.split(a).join(b) : new Unknown("replace() of values that are not strings");
    }
    case "substring": {
      const s = str(0);
      const start = typeof args[1] === "number" ? args[1] : 0;
      const len = typeof args[2] === "number" ? args[2] : void 0;
      return s === void 0 ? new Unknown("substring() of a value that is not a string") : s.substr(start, len ?? s.length - start);
    }
    case "padleft": {
      const s = typeof args[0] === "number" ? String(args[0]) : str(0);
      const width = args[1];
      const pad = str(2) ?? " ";
      return s !== void 0 && typeof width === "number" ? s.padStart(width, pad) : new Unknown("padLeft() of unexpected values");
    }
    case "startswith":
    case "endswith": {
      const [s, p] = [str(0), str(1)];
      if (s === void 0 || p === void 0)
        return new Unknown(`${rawName}() of values that are not strings`);
      return name === "startswith" ? s.toLowerCase().startsWith(p.toLowerCase()) : s.toLowerCase().endsWith(p.toLowerCase());
    }
    case "indexof":
    case "lastindexof": {
      const [s, p] = [str(0), str(1)];
      if (s === void 0 || p === void 0)
        return new Unknown(`${rawName}() of values that are not strings`);
      return name === "indexof" ? s.toLowerCase().indexOf(p.toLowerCase()) : s.toLowerCase().lastIndexOf(p.toLowerCase());
    }
    case "split": {
      const s = str(0);
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
      const d = str(1) ?? "";
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
      if (isObj3(v))
        return Object.keys(v).length === 0;
      return false;
    }
    case "length": {
      const v = args[0];
      if (typeof v === "string" || Array.isArray(v))
        return v.length;
      if (isObj3(v))
        return Object.keys(v).length;
      return new Unknown("length() of a value that has no length");
    }
    case "contains": {
      const [c, item] = args;
      if (typeof c === "string" && (typeof item === "string" || typeof item === "number"))
        return c.includes(String(item));
      if (Array.isArray(c))
        return containsUnknown(c) ? new Unknown("contains() of an array with unknown members") : c.some((x) => deepEqual(x, item));
      if (isObj3(c) && typeof item === "string")
        return Object.keys(c).some((k) => k.toLowerCase() === item.toLowerCase());
      return new Unknown("contains() of unexpected values");
    }
    case "createarray":
    case "array":
      return name === "array" && Array.isArray(args[0]) ? args[0] : args;
    case "createobject": {
      if (args.length % 2 !== 0)
        throw new TemplateError("createObject() with key/value pairs");
      const out = {};
      for (let i = 0; i < args.length; i += 2) {
        const k = args[i];
        if (typeof k !== "string")
          return new Unknown("createObject() with a key that is not a string");
        out[k] = args[i + 1];
      }
      return out;
    }
    case "union": {
      if (args.every(isObj3))
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
    case "tryget": {
      let cur = args[0];
      for (const k of args.slice(1)) {
        if (cur === null)
          return null;
        if (isObj3(cur) && typeof k === "string") {
          const found = Object.keys(cur).find((x) => x.toLowerCase() === k.toLowerCase());
          cur = found === void 0 ? null : cur[found];
        } else if (Array.isArray(cur) && typeof k === "number")
          cur = k >= 0 && k < cur.length ? cur[k] : null;
        else
          return new Unknown("tryGet() of unexpected values");
        if (cur instanceof Unknown)
          return cur;
      }
      return cur;
    }
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
      if (!isObj3(v))
        return new Unknown("items() of a value that is not an object");
      return Object.keys(v).sort((a, b) => a.localeCompare(b)).map((key) => ({ key, value: v[key] }));
    }
    case "objectkeys": {
      const v = args[0];
      return isObj3(v) ? Object.keys(v) : new Unknown("objectKeys() of a value that is not an object");
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
      const c = typeof a === "number" ? a - b : a.localeCompare(b);
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
  "microsoft.network/expressroutegateways/expressrouteconnections"
]);
var ROW_KEYS = ["location", "sku", "kind", "zones", "tags", "identity", "extendedLocation", "properties"];
var MAX_COPY_COUNT = 800;
var MAX_DEPLOYMENT_DEPTH = 10;
var isPlainObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function readParameterFile(file, doc) {
  const out = /* @__PURE__ */ new Map();
  const params = isPlainObj(doc) ? doc.parameters : void 0;
  if (params === void 0)
    return out;
  if (!isPlainObj(params))
    throw new InputError(file, "$.parameters", "an object of parameter values", describeValue(params));
  for (const [name, entry] of Object.entries(params)) {
    if (!isPlainObj(entry))
      throw new InputError(file, jsonPath(["parameters", name]), 'an object with "value" or "reference"', describeValue(entry));
    if ("value" in entry)
      out.set(name.toLowerCase(), entry.value);
    else if ("reference" in entry)
      out.set(name.toLowerCase(), REDACTED);
    else
      throw new InputError(file, jsonPath(["parameters", name]), 'an object with "value" or "reference"', "neither");
  }
  return out;
}
function findKey(o, name) {
  if (!o)
    return void 0;
  if (Object.prototype.hasOwnProperty.call(o, name))
    return name;
  return Object.keys(o).find((k) => k.toLowerCase() === name.toLowerCase());
}
var TemplateScope = class _TemplateScope {
  loader;
  template;
  templatePath;
  supplied;
  scope;
  loops;
  shared;
  constructor(loader, template, templatePath, supplied, scope, loops = [], shared = { paramCache: /* @__PURE__ */ new Map(), varCache: /* @__PURE__ */ new Map(), evaluating: /* @__PURE__ */ new Set() }) {
    this.loader = loader;
    this.template = template;
    this.templatePath = templatePath;
    this.supplied = supplied;
    this.scope = scope;
    this.loops = loops;
    this.shared = shared;
  }
  withLoop(loop) {
    return new _TemplateScope(this.loader, this.template, this.templatePath, this.supplied, this.scope, [...this.loops, loop], this.shared);
  }
  /** Parameters and variables never see the loops of the resource that reads them. */
  bare() {
    return this.loops.length === 0 ? this : new _TemplateScope(this.loader, this.template, this.templatePath, this.supplied, this.scope, [], this.shared);
  }
  parameter(name) {
    const decls = isPlainObj(this.template.parameters) ? this.template.parameters : void 0;
    const key = findKey(decls, name);
    if (key === void 0)
      throw new TemplateError(`a parameter named "${name}" declared in the template's parameters`);
    const cacheKey = key.toLowerCase();
    if (this.shared.paramCache.has(cacheKey))
      return this.shared.paramCache.get(cacheKey);
    let v;
    if (this.supplied.has(cacheKey))
      v = this.supplied.get(cacheKey);
    else {
      const decl = decls[key];
      if (isPlainObj(decl) && "defaultValue" in decl) {
        v = this.guarded(`parameter ${key}`, () => this.loader.evalValue(decl.defaultValue, this.bare(), [...this.templatePath, "parameters", key, "defaultValue"]));
      } else {
        v = new Unknown(`parameter "${key}" has no value (no default and no parameter file value)`);
      }
    }
    this.shared.paramCache.set(cacheKey, v);
    return v;
  }
  variable(name) {
    const vars = isPlainObj(this.template.variables) ? this.template.variables : void 0;
    const cacheKey = name.toLowerCase();
    if (this.shared.varCache.has(cacheKey))
      return this.shared.varCache.get(cacheKey);
    let v;
    const key = findKey(vars, name);
    if (key !== void 0 && key !== "copy") {
      v = this.guarded(`variable ${key}`, () => this.loader.evalValue(vars[key], this.bare(), [...this.templatePath, "variables", key]));
    } else {
      const loops = Array.isArray(vars?.copy) ? vars.copy : [];
      const i = loops.findIndex((l) => isPlainObj(l) && typeof l.name === "string" && l.name.toLowerCase() === cacheKey);
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
  copyIndex(loop) {
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const l = this.loops[i];
      if (loop === void 0 ? l.resource : l.name?.toLowerCase() === loop.toLowerCase())
        return l.index;
    }
    throw new TemplateError(loop ? `copyIndex('${loop}') inside a copy loop named ${loop}` : "copyIndex() inside a resource copy loop");
  }
};
function loadArmTemplate(file, parsed, supplied, parameterFile, locate) {
  return new TemplateLoader(file, parsed, parameterFile, locate).load(supplied);
}
var TemplateLoader = class {
  file;
  parsed;
  parameterFile;
  locate;
  raws = [];
  notices = [];
  unresolvedDetails = [];
  unresolvedCount = 0;
  constructor(file, parsed, parameterFile, locate) {
    this.file = file;
    this.parsed = parsed;
    this.parameterFile = parameterFile;
    this.locate = locate;
  }
  load(supplied) {
    const doc = this.parsed.value;
    if (!isPlainObj(doc))
      throw new InputError(this.file, "$", "an ARM template object", describeValue(doc));
    const decls = isPlainObj(doc.parameters) ? doc.parameters : {};
    for (const name of supplied.keys()) {
      if (findKey(decls, name) === void 0)
        this.notices.push(`${this.parameterFile ?? this.file}: parameter "${name}" is not declared by ${this.file}; ignored`);
    }
    const scope = new TemplateScope(this, doc, [], supplied, { subscriptionId: PLACEHOLDER_SUBSCRIPTION, resourceGroup: PLACEHOLDER_RESOURCE_GROUP });
    this.walk(doc.resources, ["resources"], scope, void 0, 0);
    if (this.unresolvedCount > 0) {
      const shown2 = this.unresolvedDetails.slice(0, 3).join("; ");
      this.notices.push(`${this.file}: ${this.unresolvedCount} value${this.unresolvedCount === 1 ? "" : "s"} could not be resolved statically (${shown2}${this.unresolvedDetails.length > 3 ? "; \u2026" : ""}); rules that read them report "unknown"${this.parameterFile ? "" : " (a parameter file <name>.parameters.json beside the template supplies values)"}`);
    }
    return { raws: this.raws, notices: this.notices };
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
    if (isPlainObj(raw)) {
      const out = {};
      for (const [k, v] of Object.entries(raw)) {
        if (k === "copy" && Array.isArray(v) && v.every((l) => isPlainObj(l) && typeof l.name === "string" && "input" in l)) {
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
  /** `{name, count, input}`: an array of `count` inputs evaluated with copyIndex(name). */
  expandCopy(loop, scope, at) {
    const count = this.evalValue(loop.count, scope, [...at, "count"]);
    if (count instanceof Unknown)
      return count;
    if (typeof count !== "number" || !Number.isInteger(count) || count < 0)
      throw new InputError(this.file, jsonPath([...at, "count"]), "a whole number of copies", describeValue(count));
    if (count > MAX_COPY_COUNT)
      throw new InputError(this.file, jsonPath([...at, "count"]), `at most ${MAX_COPY_COUNT} copies (the ARM limit)`, String(count));
    const out = [];
    for (let i = 0; i < count; i++)
      out.push(this.evalValue(loop.input, scope.withLoop({ name: loop.name, index: i, resource: false }), [...at, "input"]));
    return out;
  }
  walk(resources, at, scope, parent, depth) {
    if (resources === void 0)
      return;
    let entries;
    if (Array.isArray(resources))
      entries = resources.map((r, i) => [i, r]);
    else if (isPlainObj(resources))
      entries = Object.entries(resources);
    else
      throw new InputError(this.file, jsonPath(at), "an array (or, with languageVersion 2.0, an object) of resources", describeValue(resources));
    for (const [key, decl] of entries) {
      const declAt = [...at, key];
      if (!isPlainObj(decl))
        throw new InputError(this.file, jsonPath(declAt), "a resource object", describeValue(decl));
      if (decl.existing === true)
        continue;
      if (typeof decl.type !== "string" || decl.type === "")
        throw new InputError(this.file, jsonPath([...declAt, "type"]), "a resource type string", describeValue(decl.type));
      const copy = decl.copy;
      if (isPlainObj(copy)) {
        const count = this.evalValue(copy.count, scope, [...declAt, "copy", "count"]);
        const loopName = typeof copy.name === "string" ? copy.name : void 0;
        if (count instanceof Unknown) {
          this.notices.push(`${this.file}: ${jsonPath(declAt)} (${decl.type}) has a copy count that cannot be resolved statically; one representative instance is scanned`);
          this.declare(decl, declAt, scope.withLoop({ name: loopName, index: count, resource: true }), parent, depth);
          continue;
        }
        if (typeof count !== "number" || !Number.isInteger(count) || count < 0)
          throw new InputError(this.file, jsonPath([...declAt, "copy", "count"]), "a whole number of copies", describeValue(count));
        if (count > MAX_COPY_COUNT)
          throw new InputError(this.file, jsonPath([...declAt, "copy", "count"]), `at most ${MAX_COPY_COUNT} copies (the ARM limit)`, String(count));
        for (let i = 0; i < count; i++)
          this.declare(decl, declAt, scope.withLoop({ name: loopName, index: i, resource: true }), parent, depth);
      } else {
        this.declare(decl, declAt, scope, parent, depth);
      }
    }
  }
  /** One instance of a resource declaration (one copy of a loop). */
  declare(decl, at, scope, parent, depth) {
    if ("condition" in decl) {
      const cond = this.evalValue(decl.condition, scope, [...at, "condition"]);
      if (cond === false)
        return;
      if (cond instanceof Unknown)
        this.notices.push(`${this.file}: ${jsonPath(at)} (${String(decl.type)}) is deployed on a condition that cannot be resolved statically; it is scanned as if deployed`);
    }
    const declaredType = decl.type;
    const nameValue = this.evalValue(decl.name, scope, [...at, "name"]);
    const unresolvedName = typeof nameValue !== "string";
    const name = unresolvedName ? `unresolved-${createHash("sha256").update(JSON.stringify(decl.name ?? "")).digest("hex").slice(0, 8)}` : nameValue;
    let type = declaredType;
    let fullName = name;
    if (parent) {
      if (!isFullType(declaredType)) {
        type = `${parent.type}/${declaredType}`;
        fullName = `${parent.name}/${name}`;
      } else if (name.split("/").length < declaredType.split("/").length - 1) {
        fullName = `${parent.name}/${name}`;
      }
    }
    const lowerType = type.toLowerCase();
    if (lowerType === "microsoft.resources/deployments") {
      this.nestedDeployment(decl, at, scope, depth);
      return;
    }
    if (ER_TYPES.has(lowerType))
      this.emit(decl, at, scope, type, fullName, unresolvedName);
    if (decl.resources !== void 0)
      this.walk(decl.resources, [...at, "resources"], scope, { type, name: fullName }, depth);
  }
  emit(decl, at, scope, type, fullName, unresolvedName) {
    const id = resourceGroupResourceId(scope.scope, type, fullName);
    const row = { id, name: fullName.split("/").pop(), type };
    const unresolved = [];
    if (unresolvedName)
      unresolved.push({ path: "name", reason: "the name is computed at deployment time" });
    for (const k of ROW_KEYS) {
      if (!(k in decl))
        continue;
      const v = toRow(this.evalValue(decl[k], scope, [...at, k]), k, unresolved);
      if (v !== OMIT)
        row[k] = v;
    }
    const mapped = this.locate?.(at);
    const pos = mapped ?? positionOf(this.parsed, at) ?? { line: 1, column: 1 };
    const raw = { row, source: { kind: mapped?.kind ?? "arm", file: mapped?.file ?? this.file, line: pos.line, column: pos.column } };
    if (unresolved.length > 0) {
      raw.unresolved = unresolved.map((u) => u.path);
      this.unresolvedCount += unresolved.length;
      for (const u of unresolved)
        if (this.unresolvedDetails.length < 10)
          this.unresolvedDetails.push(`${row.name} ${u.path}: ${u.reason}`);
    }
    this.raws.push(raw);
  }
  nestedDeployment(decl, at, scope, depth) {
    const props = isPlainObj(decl.properties) ? decl.properties : {};
    if (props.templateLink !== void 0) {
      this.notices.push(`${this.file}: ${jsonPath(at)} links to a template by URI; linked templates are not read (run bicep build or scan the linked file)`);
      return;
    }
    if (!isPlainObj(props.template))
      return;
    if (depth >= MAX_DEPLOYMENT_DEPTH) {
      this.notices.push(`${this.file}: ${jsonPath(at)} nests deployments more than ${MAX_DEPLOYMENT_DEPTH} levels deep; deeper levels are not read`);
      return;
    }
    const evalScope = (key, fallback) => {
      if (!(key in decl))
        return fallback;
      const v = this.evalValue(decl[key], scope, [...at, key]);
      return typeof v === "string" && v !== "" ? v : fallback;
    };
    const inner = { subscriptionId: evalScope("subscriptionId", scope.scope.subscriptionId), resourceGroup: evalScope("resourceGroup", scope.scope.resourceGroup) };
    const templateAt = [...at, "properties", "template"];
    const innerScoped = isPlainObj(props.expressionEvaluationOptions) && String(props.expressionEvaluationOptions.scope).toLowerCase() === "inner";
    let next;
    if (innerScoped) {
      const supplied = /* @__PURE__ */ new Map();
      const params = isPlainObj(props.parameters) ? props.parameters : {};
      for (const [name, entry] of Object.entries(params)) {
        if (!isPlainObj(entry))
          continue;
        if ("value" in entry)
          supplied.set(name.toLowerCase(), this.evalValue(entry.value, scope, [...at, "properties", "parameters", name, "value"]));
        else if ("reference" in entry)
          supplied.set(name.toLowerCase(), REDACTED);
      }
      next = new TemplateScope(this, props.template, templateAt, supplied, inner);
    } else {
      next = new TemplateScope(this, scope.template, scope.templatePath, scope.supplied, inner, scope.loops, scope.shared);
    }
    this.walk(props.template.resources, [...templateAt, "resources"], next, void 0, depth + 1);
  }
};
var OMIT = /* @__PURE__ */ Symbol("omit");
function toRow(v, path, unresolved) {
  if (v instanceof Unknown) {
    unresolved.push({ path, reason: v.reason });
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
      out.push(toRow(x, `${path}[${out.length}]`, unresolved));
    }
    if (dropped)
      unresolved.push({ path, reason: dropped.reason });
    return out;
  }
  if (v !== null && typeof v === "object") {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const r = toRow(x, `${path}.${k}`, unresolved);
      if (r !== OMIT)
        out[k] = r;
    }
    return out;
  }
  return v;
}

// dist/sources/template/terraform/plan.js
import { dirname } from "node:path";

// dist/sources/template/terraform/hcl.js
import { readdirSync, readFileSync, statSync } from "node:fs";
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
      out.push({ file, lines: readFileSync(file, "utf8").split("\n") });
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
var UNKNOWN = /* @__PURE__ */ Symbol("unknown");
var isObj4 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function get(x, ...path) {
  let v = x.values;
  let u = x.unknown;
  if (u === true)
    return UNKNOWN;
  for (const seg of path) {
    u = u === void 0 || u === null || typeof u !== "object" ? void 0 : u[seg];
    if (u === true)
      return UNKNOWN;
    v = v === void 0 || v === null || typeof v !== "object" ? void 0 : v[seg];
  }
  return v;
}
var ARM_TYPE_OF = {
  azurerm_express_route_circuit: RESOURCE_TYPES.circuit,
  azurerm_express_route_circuit_peering: RESOURCE_TYPES.peering,
  azurerm_express_route_circuit_authorization: "Microsoft.Network/expressRouteCircuits/authorizations",
  azurerm_express_route_port: RESOURCE_TYPES.port,
  azurerm_virtual_network_gateway: RESOURCE_TYPES.vnetGateway,
  azurerm_virtual_network_gateway_connection: RESOURCE_TYPES.connection,
  azurerm_express_route_gateway: RESOURCE_TYPES.vwanGateway,
  azurerm_express_route_connection: RESOURCE_TYPES.vwanConnection
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
  /** Sets a row path (`properties.links[0].properties.adminState`); UNKNOWN records it unresolved. */
  set(path, v, readOnly = false) {
    if (v === UNKNOWN) {
      if (!readOnly)
        this.unresolved.push(path);
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
      cur[key] = v;
      return;
    }
    const nextIsIndex = segs[i + 1].startsWith("[");
    if (cur[key] === void 0 || cur[key] === null || typeof cur[key] !== "object")
      cur[key] = nextIsIndex ? [] : {};
    cur = cur[key];
  });
}
var map = (v, f) => v === UNKNOWN ? UNKNOWN : v === null || v === void 0 ? void 0 : f(v);
var enabled = (v) => map(v, (b) => b === true ? "Enabled" : b === false ? "Disabled" : void 0);
function referencedInstance(x, attr, index, types) {
  const cfg = index.configFor(x);
  let expr = cfg?.expressions;
  for (const seg of typeof attr === "string" ? [attr] : attr) {
    if (Array.isArray(expr))
      expr = typeof seg === "number" ? expr[seg] ?? expr[0] : void 0;
    else
      expr = isObj4(expr) ? expr[String(seg)] : void 0;
  }
  const refs = isObj4(expr) && Array.isArray(expr.references) ? expr.references.filter((r) => typeof r === "string") : [];
  const prefix = x.moduleAddress ? `${x.moduleAddress}.` : "";
  for (const ref of refs) {
    const m = /^([a-z0-9_]+)\.([A-Za-z0-9_-]+)(\[[^\]]+\])?/.exec(ref);
    if (!m || !types.includes(m[1]))
      continue;
    const base = `${prefix}${m[1]}.${m[2]}`;
    if (m[3]) {
      const exact = index.byAddress.get(`${base}${m[3]}`);
      if (exact)
        return exact;
      continue;
    }
    const candidates2 = index.instances.filter((i) => i.address === base || i.address.startsWith(`${base}[`));
    if (candidates2.length === 1)
      return candidates2[0];
    if (x.index !== void 0) {
      const same = candidates2.find((c) => c.index === x.index);
      if (same)
        return same;
    }
  }
  return void 0;
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
  parent_id: ["azurerm_resource_group", "azurerm_express_route_circuit", "azurerm_express_route_gateway", "azapi_resource"]
};
function idAttr(x, attr, index, ...path) {
  const v = get(x, ...path.length ? path : [attr]);
  if (v !== UNKNOWN)
    return v;
  const target = referencedInstance(x, path.length ? path : attr, index, ID_SOURCES[attr] ?? []);
  return target ? idOf(target, index) : UNKNOWN;
}
var ARM_SEGMENT = {
  azurerm_resource_group: "",
  azurerm_virtual_hub: "Microsoft.Network/virtualHubs",
  azurerm_virtual_network: "Microsoft.Network/virtualNetworks",
  azurerm_public_ip: "Microsoft.Network/publicIPAddresses",
  azurerm_route_filter: "Microsoft.Network/routeFilters"
};
function idOf(x, index) {
  const cached = index.ids.get(x.address);
  if (cached)
    return cached;
  index.ids.set(x.address, `/unresolved/${x.address}`);
  const id = computeId(x, index);
  index.ids.set(x.address, id);
  return id;
}
function computeId(x, index) {
  const planned = get(x, "id");
  if (typeof planned === "string" && planned.startsWith("/"))
    return planned;
  const name = get(x, "name");
  const nameOrAddress = typeof name === "string" && name !== "" ? name : x.address;
  const rgValue = get(x, "resource_group_name");
  const rg = typeof rgValue === "string" && rgValue !== "" ? rgValue : PLACEHOLDER_RESOURCE_GROUP;
  const rgId = `/subscriptions/${PLACEHOLDER_SUBSCRIPTION}/resourceGroups/${rg}`;
  switch (x.type) {
    case "azurerm_resource_group":
      return `/subscriptions/${PLACEHOLDER_SUBSCRIPTION}/resourceGroups/${nameOrAddress}`;
    case "azurerm_subnet": {
      const vnet = get(x, "virtual_network_name");
      return `${rgId}/providers/Microsoft.Network/virtualNetworks/${typeof vnet === "string" ? vnet : `${x.address}-vnet`}/subnets/${nameOrAddress}`;
    }
    case "azurerm_express_route_circuit_peering": {
      const circuit = circuitIdForChild(x, index, rgId);
      const pt = get(x, "peering_type");
      return `${circuit}/peerings/${typeof pt === "string" ? pt : x.address}`;
    }
    case "azurerm_express_route_circuit_authorization":
      return `${circuitIdForChild(x, index, rgId)}/authorizations/${nameOrAddress}`;
    case "azurerm_express_route_connection": {
      const gw = idAttr(x, "express_route_gateway_id", index);
      const base = typeof gw === "string" ? gw : `${rgId}/providers/${RESOURCE_TYPES.vwanGateway}/${x.address}-gateway`;
      return `${base}/expressRouteConnections/${nameOrAddress}`;
    }
    case "azapi_resource": {
      const type = azapiType(x) ?? "Microsoft.Resources/unknown";
      const parent = idAttr(x, "parent_id", index);
      const segs = type.split("/");
      if (typeof parent === "string") {
        return segs.length > 2 ? `${parent}/${segs[segs.length - 1]}/${nameOrAddress}` : `${parent}/providers/${type}/${nameOrAddress}`;
      }
      return `/subscriptions/${PLACEHOLDER_SUBSCRIPTION}/resourceGroups/${PLACEHOLDER_RESOURCE_GROUP}/providers/${type}/${nameOrAddress}`;
    }
  }
  const armType = ARM_TYPE_OF[x.type] ?? ARM_SEGMENT[x.type];
  if (armType)
    return `${rgId}/providers/${armType}/${nameOrAddress}`;
  return `${rgId}/providers/terraform/${x.address}`;
}
function circuitIdForChild(x, index, rgId) {
  const byRef = referencedInstance(x, "express_route_circuit_name", index, ["azurerm_express_route_circuit"]);
  if (byRef)
    return idOf(byRef, index);
  const circuitName = get(x, "express_route_circuit_name");
  const rg = get(x, "resource_group_name");
  if (typeof circuitName === "string") {
    const same = index.instances.find((i) => i.type === "azurerm_express_route_circuit" && get(i, "name") === circuitName && (typeof rg !== "string" || get(i, "resource_group_name") === rg));
    if (same)
      return idOf(same, index);
    return `${rgId}/providers/${RESOURCE_TYPES.circuit}/${circuitName}`;
  }
  return `${rgId}/providers/${RESOURCE_TYPES.circuit}/${x.address}-circuit`;
}
function common(rb, x, index, armType) {
  const id = idOf(x, index);
  rb.row.id = id;
  rb.row.type = armType;
  rb.row.name = id.split("/").pop();
  rb.set("location", get(x, "location"));
  const tags = get(x, "tags");
  if (tags !== UNKNOWN && isObj4(tags))
    rb.row.tags = tags;
}
function msPeeringConfig(rb, prefix, x, ...path) {
  const block = get(x, ...path);
  if (block === UNKNOWN)
    return rb.set(prefix, UNKNOWN);
  if (!Array.isArray(block) || block.length === 0)
    return;
  rb.set(`${prefix}.advertisedPublicPrefixes`, get(x, ...path, 0, "advertised_public_prefixes"));
  rb.set(`${prefix}.advertisedCommunities`, get(x, ...path, 0, "advertised_communities"));
  rb.set(`${prefix}.customerASN`, get(x, ...path, 0, "customer_asn"));
  rb.set(`${prefix}.routingRegistryName`, get(x, ...path, 0, "routing_registry_name"));
  rb.set(`${prefix}.advertisedPublicPrefixesState`, get(x, ...path, 0, "advertised_public_prefixes_state"), true);
}
var MAPPERS = {
  azurerm_express_route_circuit(rb, x, index) {
    const tier = get(x, "sku", 0, "tier");
    const family = get(x, "sku", 0, "family");
    rb.set("sku.name", tier === UNKNOWN || family === UNKNOWN ? UNKNOWN : typeof tier === "string" && typeof family === "string" ? `${tier}_${family}` : void 0);
    rb.set("sku.tier", tier);
    rb.set("sku.family", family);
    rb.set("properties.serviceProviderProperties.serviceProviderName", get(x, "service_provider_name"));
    rb.set("properties.serviceProviderProperties.peeringLocation", get(x, "peering_location"));
    rb.set("properties.serviceProviderProperties.bandwidthInMbps", get(x, "bandwidth_in_mbps"));
    rb.set("properties.allowClassicOperations", get(x, "allow_classic_operations"));
    rb.set("properties.expressRoutePort.id", idAttr(x, "express_route_port_id", index));
    rb.set("properties.bandwidthInGbps", get(x, "bandwidth_in_gbps"));
    rb.set("properties.authorizationKey", get(x, "authorization_key"));
    const rateLimit = "rate_limiting_enabled" in x.values ? get(x, "rate_limiting_enabled") : get(x, "enable_rate_limiting");
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
    const ipv6 = get(x, "ipv6");
    if (ipv6 === UNKNOWN)
      rb.set("properties.ipv6PeeringConfig", UNKNOWN);
    else if (Array.isArray(ipv6) && ipv6.length > 0) {
      rb.set("properties.ipv6PeeringConfig.primaryPeerAddressPrefix", get(x, "ipv6", 0, "primary_peer_address_prefix"));
      rb.set("properties.ipv6PeeringConfig.secondaryPeerAddressPrefix", get(x, "ipv6", 0, "secondary_peer_address_prefix"));
      rb.set("properties.ipv6PeeringConfig.state", enabled(get(x, "ipv6", 0, "enabled")));
      rb.set("properties.ipv6PeeringConfig.routeFilter.id", get(x, "ipv6", 0, "route_filter_id"));
      msPeeringConfig(rb, "properties.ipv6PeeringConfig.microsoftPeeringConfig", x, "ipv6", 0, "microsoft_peering");
    }
  },
  azurerm_express_route_circuit_authorization(rb, x) {
    rb.set("properties.authorizationUseStatus", get(x, "authorization_use_status"), true);
  },
  azurerm_express_route_port(rb, x) {
    rb.set("properties.peeringLocation", get(x, "peering_location"));
    rb.set("properties.bandwidthInGbps", get(x, "bandwidth_in_gbps"));
    rb.set("properties.encapsulation", get(x, "encapsulation"));
    rb.set("properties.billingType", get(x, "billing_type"));
    const identity = get(x, "identity");
    if (identity === UNKNOWN)
      rb.set("identity", UNKNOWN);
    else if (Array.isArray(identity) && identity.length > 0)
      rb.set("identity.type", get(x, "identity", 0, "type"));
    let n = 0;
    for (const link of ["link1", "link2"]) {
      const block = get(x, link);
      if (block === UNKNOWN) {
        rb.set("properties.links", UNKNOWN);
        continue;
      }
      if (!Array.isArray(block) || block.length === 0)
        continue;
      const at = `properties.links[${n++}]`;
      rb.set(`${at}.name`, link);
      rb.set(`${at}.properties.adminState`, enabled(get(x, link, 0, "admin_enabled")));
      rb.set(`${at}.properties.macSecConfig.cipher`, get(x, link, 0, "macsec_cipher"));
      rb.set(`${at}.properties.macSecConfig.cknSecretIdentifier`, get(x, link, 0, "macsec_ckn_keyvault_secret_id"));
      rb.set(`${at}.properties.macSecConfig.cakSecretIdentifier`, get(x, link, 0, "macsec_cak_keyvault_secret_id"));
      rb.set(`${at}.properties.macSecConfig.sciState`, enabled(get(x, link, 0, "macsec_sci_enabled")));
      rb.set(`${at}.properties.connectorType`, get(x, link, 0, "connector_type"), true);
    }
  },
  azurerm_virtual_network_gateway(rb, x, index) {
    rb.set("properties.gatewayType", get(x, "type"));
    rb.set("properties.sku.name", get(x, "sku"));
    rb.set("properties.sku.tier", get(x, "sku"));
    rb.set("properties.activeActive", get(x, "active_active"));
    rb.set("properties.enableBgp", get(x, "enable_bgp"));
    rb.set("properties.vpnType", get(x, "vpn_type"));
    const ipc = get(x, "ip_configuration");
    if (ipc === UNKNOWN)
      rb.set("properties.ipConfigurations", UNKNOWN);
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
    rb.set("properties.enableInternetSecurity", get(x, "enable_internet_security"));
    rb.set("properties.expressRouteGatewayBypass", get(x, "express_route_gateway_bypass_enabled"));
    rb.set("properties.enablePrivateLinkFastPath", get(x, "private_link_fast_path_enabled"));
    rb.set("properties.authorizationKey", get(x, "authorization_key"));
  }
};
function azapiBody(rb, x) {
  const body = get(x, "body");
  if (body === UNKNOWN)
    return rb.set("properties", UNKNOWN);
  let doc = body;
  if (typeof body === "string") {
    try {
      doc = JSON.parse(body);
    } catch {
      return rb.set("properties", UNKNOWN);
    }
  }
  if (!isObj4(doc))
    return;
  const bodyUnknown = typeof body === "string" ? void 0 : isObj4(x.unknown) ? x.unknown.body : void 0;
  const walk = (v, u, path) => {
    if (u === true)
      return rb.set(path, UNKNOWN);
    if (isObj4(v))
      for (const [k, c] of Object.entries(v))
        walk(c, isObj4(u) ? u[k] : void 0, path ? `${path}.${k}` : k);
    else if (Array.isArray(v))
      v.forEach((c, i) => walk(c, Array.isArray(u) ? u[i] : void 0, `${path}[${i}]`));
    else
      rb.set(path, v);
  };
  walk(doc, bodyUnknown, "");
}
function mapInstance(x, index) {
  const rb = new RowBuilder();
  if (x.type === "azapi_resource") {
    const type = azapiType(x);
    azapiBody(rb, x);
    common(rb, x, index, type);
    return { row: rb.row, unresolved: rb.unresolved };
  }
  const armType = ARM_TYPE_OF[x.type];
  const mapper = MAPPERS[x.type];
  if (!armType || !mapper)
    return void 0;
  common(rb, x, index, armType);
  mapper(rb, x, index);
  return { row: rb.row, unresolved: rb.unresolved };
}

// dist/sources/template/terraform/plan.js
var isObj5 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function moduleConfigKey(moduleAddress) {
  if (!moduleAddress)
    return "";
  return moduleAddress.replace(/\[[^\]]*\]/g, "");
}
function indexConfiguration(doc, planDir) {
  const out = /* @__PURE__ */ new Map();
  const walk = (mod, key, dir, depth) => {
    if (!isObj5(mod) || depth > 20)
      return;
    const resources = /* @__PURE__ */ new Map();
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
      if (isObj5(r) && typeof r.type === "string" && typeof r.name === "string" && r.mode !== "data")
        resources.set(`${r.type}.${r.name}`, r);
    }
    out.set(key, { resources, dir });
    if (isObj5(mod.module_calls)) {
      for (const [name, call2] of Object.entries(mod.module_calls)) {
        if (!isObj5(call2))
          continue;
        const childDir = dir !== void 0 && typeof call2.source === "string" ? moduleDir(dir, call2.source) : void 0;
        walk(call2.module, key ? `${key}.module.${name}` : `module.${name}`, childDir, depth + 1);
      }
    }
  };
  const config = isObj5(doc.configuration) ? doc.configuration : {};
  walk(config.root_module, "", planDir, 0);
  return out;
}
function loadTerraformPlan(file, parsed) {
  const doc = parsed.value;
  if (!isObj5(doc))
    throw new InputError(file, "$", "a Terraform plan object", describeValue(doc));
  const fv = doc.format_version;
  if (typeof fv !== "string" || !/^1\.\d+/.test(fv))
    throw new InputError(file, "$.format_version", "a Terraform JSON plan of format_version 1.x", describeValue(fv));
  const notices = [];
  const gaps = [];
  if (doc.errored === true)
    gaps.push({ scope: file, reason: "the Terraform plan errored: resources it did not reach are missing" });
  else if (doc.complete === false)
    notices.push(`${file}: the Terraform plan is not complete (deferred changes); resources it does not list are not scanned`);
  const instances = [];
  if (Array.isArray(doc.resource_changes)) {
    doc.resource_changes.forEach((rc, i) => {
      if (!isObj5(rc))
        throw new InputError(file, `$.resource_changes[${i}]`, "a resource change object", describeValue(rc));
      if (rc.mode === "data" || typeof rc.type !== "string" || typeof rc.address !== "string")
        return;
      const change = isObj5(rc.change) ? rc.change : {};
      const actions = Array.isArray(change.actions) ? change.actions : [];
      if (actions.length > 0 && actions.every((a) => a === "delete" || a === "forget"))
        return;
      instances.push({
        address: rc.address,
        moduleAddress: typeof rc.module_address === "string" ? rc.module_address : void 0,
        type: rc.type,
        name: typeof rc.name === "string" ? rc.name : "",
        index: rc.index,
        values: isObj5(change.after) ? change.after : {},
        unknown: change.after_unknown ?? {},
        jsonPath: ["resource_changes", i]
      });
    });
  } else if (isObj5(doc.planned_values)) {
    const walk = (mod, at, depth) => {
      if (!isObj5(mod) || depth > 20)
        return;
      (Array.isArray(mod.resources) ? mod.resources : []).forEach((r, i) => {
        if (!isObj5(r) || r.mode === "data" || typeof r.type !== "string" || typeof r.address !== "string")
          return;
        const m = /^(.*)\.[^.[]+\.[^.[]+(\[[^\]]*\])?$/.exec(r.address);
        instances.push({
          address: r.address,
          moduleAddress: m && m[1].startsWith("module.") ? m[1] : void 0,
          type: r.type,
          name: typeof r.name === "string" ? r.name : "",
          index: r.index,
          values: isObj5(r.values) ? r.values : {},
          unknown: {},
          jsonPath: [...at, "resources", i]
        });
      });
      (Array.isArray(mod.child_modules) ? mod.child_modules : []).forEach((c, i) => walk(c, [...at, "child_modules", i], depth + 1));
    };
    walk(doc.planned_values.root_module, ["planned_values", "root_module"], 0);
  }
  const config = indexConfiguration(doc, dirname(file));
  const index = {
    instances,
    byAddress: new Map(instances.map((x) => [x.address, x])),
    configFor: (x) => config.get(moduleConfigKey(x.moduleAddress))?.resources.get(`${x.type}.${x.name}`),
    ids: /* @__PURE__ */ new Map()
  };
  const raws = [];
  let unresolvedCount = 0;
  const details = [];
  for (const x of instances) {
    if (!isMappedType(x))
      continue;
    const mapped = mapInstance(x, index);
    if (!mapped)
      continue;
    const dir = config.get(moduleConfigKey(x.moduleAddress))?.dir;
    const block = dir !== void 0 ? locateResourceBlock(dir, x.type, x.name) : void 0;
    const pos = block ?? { file, ...positionOf(parsed, x.jsonPath) ?? { line: 1, column: 1 } };
    const raw = { row: mapped.row, source: { kind: "terraform", file: pos.file, line: pos.line, column: pos.column } };
    if (mapped.unresolved.length > 0) {
      raw.unresolved = mapped.unresolved;
      unresolvedCount += mapped.unresolved.length;
      for (const u of mapped.unresolved)
        if (details.length < 10)
          details.push(`${x.address} ${u}`);
    }
    raws.push(raw);
  }
  if (unresolvedCount > 0) {
    notices.push(`${file}: ${unresolvedCount} value${unresolvedCount === 1 ? "" : "s"} known only after apply (${details.slice(0, 3).join("; ")}${details.length > 3 ? "; \u2026" : ""}); rules that read them report "unknown"`);
  }
  return { raws, notices, gaps };
}

// dist/sources/template/index.js
function loadTemplates(inputs) {
  const output = emptyOutput();
  const errors = [];
  const templates = inputs.filter((i) => i.format === "arm-template");
  const parameterFiles = inputs.filter((i) => i.format === "arm-parameters");
  const plans = inputs.filter((i) => i.format === "terraform-plan");
  const pairs = pairParameterFiles(templates, parameterFiles, output.notices);
  for (const t of templates) {
    const params = pairs.get(t) ?? [];
    const runs = [];
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
    for (const run2 of runs) {
      try {
        const r = loadArmTemplate(t.file, t.parsed, run2.supplied, run2.file, t.locate);
        output.raws.push(...r.raws);
        output.notices.push(...r.notices);
      } catch (e) {
        if (!(e instanceof InputError))
          throw e;
        errors.push(e);
      }
    }
  }
  for (const p of plans) {
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
  return { output, errors };
}
var stem = (file) => basename(file).replace(/\.(json|bicep)$/i, "");
function pairParameterFiles(templates, parameterFiles, notices) {
  const pairs = /* @__PURE__ */ new Map();
  const add = (t, p) => pairs.set(t, [...pairs.get(t) ?? [], p]);
  const unpaired = [];
  for (const p of parameterFiles) {
    if (p.template) {
      add(p.template, p);
      continue;
    }
    const base = stem(p.file).replace(/\.parameters$/i, "");
    const candidates2 = /\.parameters$/i.test(stem(p.file)) ? [base, base.replace(/\.[^.]+$/, "")] : [];
    const dir = dirname2(p.file);
    const byName = candidates2.map((c) => templates.find((t) => dirname2(t.file) === dir && stem(t.file).toLowerCase() === c.toLowerCase())).find(Boolean);
    if (byName)
      add(byName, p);
    else
      unpaired.push(p);
  }
  for (const p of unpaired) {
    const dir = dirname2(p.file);
    const inFolder = templates.filter((t) => dirname2(t.file) === dir);
    if (inFolder.length === 1)
      add(inFolder[0], p);
    else
      notices.push(`${p.file}: parameter file not used: name it <template>.parameters.json beside its template${inFolder.length > 1 ? ` (${inFolder.length} templates in its folder)` : " (no template in its folder)"}`);
  }
  for (const list2 of pairs.values())
    list2.sort((a, b) => a.file.localeCompare(b.file));
  return pairs;
}

// dist/sources/template/bicep/index.js
import { existsSync } from "node:fs";
import { basename as basename2, dirname as dirname4, join as join4, normalize, resolve as resolve2 } from "node:path";

// dist/sources/template/bicep/compiler.js
import { spawnSync } from "node:child_process";
import { statSync as statSync2 } from "node:fs";
import { homedir } from "node:os";
import { delimiter, isAbsolute, join as join2, relative, resolve } from "node:path";
var DEFAULT_TIMEOUT_SECONDS = 120;
var INSTALL_HINT = 'install the Bicep CLI (https://aka.ms/bicep-install, or "az bicep install" with the Azure CLI) or pass --bicep PATH; or scan the compiled JSON instead (bicep build main.bicep writes main.json)';
function timeoutMs(env = process.env) {
  const s = Number(env.ERSCAN_BICEP_TIMEOUT);
  return Number.isFinite(s) && s > 0 ? Math.round(s * 1e3) : DEFAULT_TIMEOUT_SECONDS * 1e3;
}
function isFile(p) {
  try {
    return statSync2(p).isFile();
  } catch {
    return false;
  }
}
function onPath(name, env, platform) {
  const path = env.PATH ?? env.Path ?? "";
  const file = platform === "win32" ? `${name}.exe` : name;
  for (const dir of path.split(platform === "win32" ? ";" : delimiter)) {
    if (!dir || !isAbsolute(dir))
      continue;
    const p = join2(dir, file);
    if (isFile(p))
      return p;
  }
  return void 0;
}
function candidates(lookup) {
  const env = lookup.env ?? process.env;
  const platform = lookup.platform ?? process.platform;
  if (lookup.bicep !== void 0)
    return [{ kind: "bicep", command: resolve(lookup.bicep), how: "--bicep" }];
  const out = [];
  const bicep = onPath("bicep", env, platform);
  if (bicep)
    out.push({ kind: "bicep", command: bicep, how: "bicep on PATH" });
  const configDir = env.AZURE_CONFIG_DIR || join2(env.HOME || env.USERPROFILE || homedir(), ".azure");
  const azBicep = join2(configDir, "bin", platform === "win32" ? "bicep.exe" : "bicep");
  if (isFile(azBicep))
    out.push({ kind: "bicep", command: azBicep, how: `the Azure CLI's Bicep (${azBicep})` });
  const az = onPath("az", env, platform);
  if (az)
    out.push({ kind: "az", command: az, how: "az bicep" });
  return out;
}
function run(command, args, env, limitMs) {
  const r = spawnSync(command, args, {
    encoding: "utf8",
    env,
    timeout: limitMs,
    killSignal: "SIGKILL",
    maxBuffer: MAX_INPUT_BYTES,
    windowsHide: true,
    shell: false,
    stdio: ["ignore", "pipe", "pipe"]
  });
  let error;
  if (r.error) {
    const code = r.error.code;
    error = code === "ETIMEDOUT" ? `did not finish within ${Math.round(limitMs / 1e3)} s` : code === "ENOENT" ? "not found" : code === "EACCES" ? "not executable (permission denied)" : code ?? r.error.message;
  } else if (r.signal)
    error = `was stopped by ${r.signal}`;
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", error };
}
function findCompiler(lookup = {}) {
  const env = lookup.env ?? process.env;
  const tried = [];
  for (const c of candidates(lookup)) {
    if (c.how === "--bicep" && !isFile(c.command)) {
      tried.push(`--bicep ${lookup.bicep}: no such file`);
      continue;
    }
    const r = c.kind === "az" ? run(c.command, ["bicep", "version", "--only-show-errors"], env, timeoutMs(env)) : run(c.command, ["--version"], env, timeoutMs(env));
    const text = `${r.stdout}
${r.stderr}`;
    const version = /Bicep CLI version\s+([0-9][^\s(]*)/i.exec(text)?.[1];
    if (!r.error && r.status === 0 && (version || c.kind === "bicep"))
      return { ...c, version: version ?? firstLine(r.stdout) };
    tried.push(`${c.how} (${c.command}) ${r.error ?? `exited ${r.status}: ${firstLine(r.stderr) || firstLine(r.stdout) || "no output"}`}`);
  }
  return { missing: tried.length ? `none usable (${tried.join("; ")})` : "none" };
}
function firstLine(s) {
  return (s.split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? "").slice(0, 200);
}
function maskLiterals(message) {
  return message.replace(/'([^'\n]*)'/g, (all, inner) => {
    const quotable = inner.length <= 24 && /^[A-Za-z0-9 ._/@:-]*$/.test(inner) && !(inner.length >= 12 && /\d/.test(inner) && /[A-Za-z]/.test(inner)) && !/\d{5,}|[0-9a-f]{8}-/i.test(inner);
    return quotable ? all : "'\u2026'";
  });
}
var DIAGNOSTIC = /^(.*?)\((\d+),(\d+)(?:,\d+,\d+)?\)\s*:\s*Error\s+([A-Za-z][\w-]*)\s*:\s*(.*?)(?:\s+\[https?:[^\]]*\])?\s*$/;
function compileFile(compiler, shown2, mode, env = process.env) {
  const abs = resolve(shown2);
  const args = compiler.kind === "az" ? ["bicep", mode, "--file", abs, "--stdout", "--only-show-errors"] : [mode, "--stdout", abs];
  const limit = timeoutMs(env);
  const r = run(compiler.command, args, env, limit);
  const what = compiler.kind === "az" ? `az bicep ${mode}` : `bicep ${mode}`;
  const expected = mode === "build" ? "a Bicep file that compiles" : "a Bicep parameters file that compiles";
  if (r.error)
    return { error: new InputError(shown2, "", expected, `${what} ${r.error}`) };
  if (r.status !== 0) {
    for (const line of r.stderr.split(/\r?\n/)) {
      const m = DIAGNOSTIC.exec(line.trim());
      if (!m)
        continue;
      const [, where, l, c, code, msg] = m;
      const diagFile = where ? displayPath(where, shown2, abs) : shown2;
      return { error: new InputError(`${diagFile}:${l}:${c}`, "", expected, `${code}: ${maskLiterals(msg)} (${what})`) };
    }
    const detail = firstLine(r.stderr) || firstLine(r.stdout) || "no message";
    return { error: new InputError(shown2, "", expected, `${what} exited ${r.status}: ${maskLiterals(detail)}`) };
  }
  return { stdout: r.stdout };
}
function displayPath(where, shown2, abs) {
  const w = where.trim();
  if (resolve(w) === abs)
    return shown2;
  if (isAbsolute(w)) {
    const rel = relative(process.cwd(), w);
    return rel && !rel.startsWith("..") ? rel : w;
  }
  return w;
}

// dist/sources/template/bicep/locate.js
import { dirname as dirname3, join as join3 } from "node:path";
var isObj6 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function localModulePath(from, path) {
  if (!path || /^(br|ts)[:/]/i.test(path) || /^[a-z][a-z0-9+.-]*:\/\//i.test(path))
    return void 0;
  return join3(dirname3(from), path);
}
var DEPLOYMENTS = "microsoft.resources/deployments";
function compiledType(d) {
  return d.kind === "module" ? DEPLOYMENTS : d.fullType?.toLowerCase();
}
function conditioned(d) {
  for (let x = d; x; x = x.parent)
    if (x.condition)
      return true;
  return false;
}
function loopVariables(d) {
  const out = /* @__PURE__ */ new Set();
  for (let x = d; x; x = x.parent)
    for (const v of x.loopVariables)
      out.add(v);
  return out;
}
var norm = (s) => s.replace(/^[/\s]+|[/\s]+$/g, "");
var KEYWORDS = /* @__PURE__ */ new Set(["true", "false", "null", "if", "for", "in"]);
function bicepNameTokens(d, symbols) {
  const out = /* @__PURE__ */ new Set();
  const loops = loopVariables(d);
  const walk = (toks) => {
    toks.forEach((t, i) => {
      if (t.kind === "string") {
        for (const p of t.parts ?? []) {
          const n = norm(p);
          if (n)
            out.add(`s:${n}`);
        }
        for (const h of t.holes ?? [])
          walk(h);
      } else if (t.kind === "ident") {
        const prev = toks[i - 1];
        const next = toks[i + 1];
        if (next?.kind === "punct" && next.text === "(")
          return;
        if (prev?.kind === "punct" && (prev.text === "." || prev.text === ".?" || prev.text === "::"))
          return;
        if (KEYWORDS.has(t.text) || loops.has(t.text) || symbols.has(t.text))
          return;
        out.add(`i:${t.text}`);
      }
    });
  };
  walk(d.nameTokens ?? []);
  return out;
}
function compiledNameTokens(name) {
  const out = /* @__PURE__ */ new Set();
  if (typeof name !== "string")
    return out;
  if (!isExpression(name)) {
    const n = norm(unescapeLiteral(name));
    if (n)
      out.add(`s:${n}`);
    return out;
  }
  let expr;
  try {
    expr = parseExpression(name);
  } catch {
    return out;
  }
  const walk = (e) => {
    if (e.kind === "literal") {
      if (typeof e.value === "string") {
        const n = norm(e.value);
        if (n)
          out.add(`s:${n}`);
      }
    } else if (e.kind === "call") {
      const fn = e.name.toLowerCase();
      const first = e.args[0];
      if ((fn === "parameters" || fn === "variables") && first?.kind === "literal" && typeof first.value === "string") {
        out.add(`i:${first.value}`);
        return;
      }
      if (fn === "format" && first?.kind === "literal" && typeof first.value === "string") {
        for (const piece of first.value.split(/\{\d+(?::[^}]*)?\}/)) {
          const n = norm(piece.replace(/\{\{/g, "{").replace(/\}\}/g, "}"));
          if (n)
            out.add(`s:${n}`);
        }
        e.args.slice(1).forEach(walk);
        return;
      }
      e.args.forEach(walk);
    } else if (e.kind === "member")
      walk(e.target);
    else {
      walk(e.target);
      walk(e.index);
    }
  };
  walk(expr);
  return out;
}
function matchArray(resources, file, moduleParams) {
  const decls = file.declarations.filter((d) => !d.existing && compiledType(d));
  const symbols = new Set(file.declarations.map((d) => d.name));
  const rankOfDecl = /* @__PURE__ */ new Map();
  const countByType = /* @__PURE__ */ new Map();
  for (const d of decls) {
    const t = compiledType(d);
    rankOfDecl.set(d, countByType.get(t) ?? 0);
    countByType.set(t, (countByType.get(t) ?? 0) + 1);
  }
  const declTokens = new Map(decls.map((d) => [d, bicepNameTokens(d, symbols)]));
  const pairs = [];
  const seenByType = /* @__PURE__ */ new Map();
  resources.forEach((r, index) => {
    if (!isObj6(r) || typeof r.type !== "string")
      return;
    const type = r.type.toLowerCase();
    const rank = seenByType.get(type) ?? 0;
    seenByType.set(type, rank + 1);
    const compiled = compiledNameTokens(r.name);
    const copyName = isObj6(r.copy) && typeof r.copy.name === "string" ? r.copy.name : void 0;
    for (const d of decls) {
      if (compiledType(d) !== type)
        continue;
      let score = 0;
      if (copyName !== void 0)
        score += copyName === d.name ? 1e3 : d.loop ? -50 : -200;
      else if (d.loop)
        score -= 200;
      if (r.condition !== void 0 !== conditioned(d))
        score -= 20;
      const bt = declTokens.get(d);
      let missing = 0;
      let shared = 0;
      for (const t of bt)
        if (compiled.has(t))
          shared++;
        else
          missing++;
      score += missing === 0 ? 10 + 5 * shared : 3 * shared - 10 * missing;
      if (d.kind === "module") {
        const want = moduleParams(d);
        const tpl = isObj6(r.properties) && isObj6(r.properties.template) ? r.properties.template : void 0;
        const have = tpl && isObj6(tpl.parameters) ? Object.keys(tpl.parameters) : void 0;
        if (want && have) {
          const a = new Set(want);
          const inter = have.filter((k) => a.has(k)).length;
          const union = (/* @__PURE__ */ new Set([...want, ...have])).size;
          score += union === 0 ? 40 : Math.round(40 * inter / union);
        }
      }
      if (typeof r.apiVersion === "string" && d.apiVersion && r.apiVersion === d.apiVersion)
        score += 1;
      pairs.push({ r: index, d, score, rankGap: Math.abs(rank - rankOfDecl.get(d)) });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.rankGap - b.rankGap || a.r - b.r || a.d.at.offset - b.d.at.offset);
  const out = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const p of pairs) {
    if (out.has(p.r) || used.has(p.d))
      continue;
    out.set(p.r, p.d);
    used.add(p.d);
  }
  return out;
}
function bicepLocator(opts) {
  const tables = /* @__PURE__ */ new WeakMap();
  const declarationFor = (template, key, file, fileName) => {
    const resources = template.resources;
    if (Array.isArray(resources) && typeof key === "number") {
      let table = tables.get(resources);
      if (!table) {
        table = matchArray(resources, file, (d) => {
          const target = localModulePath(fileName, d.path);
          const f = target && /\.bicep$/i.test(target) ? opts.load(target) : void 0;
          return f?.params.map((p) => p.name);
        });
        tables.set(resources, table);
      }
      return table.get(key);
    }
    if (isObj6(resources) && typeof key === "string")
      return file.declarations.find((d) => d.symbolicName === key);
    return void 0;
  };
  return (at) => {
    let fileName = opts.entry;
    let file = opts.load(fileName);
    let template = opts.compiled;
    let anchor;
    let i = 0;
    while (file && isObj6(template) && at[i] === "resources" && i + 1 < at.length) {
      const key = at[i + 1];
      const decl = declarationFor(template, key, file, fileName);
      if (!decl)
        break;
      anchor = { kind: "bicep", file: fileName, line: decl.at.line, column: decl.at.column };
      i += 2;
      const element = template.resources[key];
      if (!(at[i] === "properties" && at[i + 1] === "template" && at[i + 2] === "resources"))
        break;
      const target = decl.kind === "module" ? localModulePath(fileName, decl.path) : void 0;
      const next = target && /\.bicep$/i.test(target) ? opts.load(target) : void 0;
      if (!next || !target)
        break;
      fileName = target;
      file = next;
      template = isObj6(element) && isObj6(element.properties) ? element.properties.template : void 0;
      i += 2;
    }
    if (anchor)
      return anchor;
    return opts.fallback ? { kind: "bicep", file: opts.entry, line: opts.fallback.line, column: opts.fallback.column } : void 0;
  };
}

// dist/sources/template/bicep/scanner.js
var isIdentStart = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_";
var isIdentPart = (c) => isIdentStart(c) || c >= "0" && c <= "9";
var isDigit = (c) => c >= "0" && c <= "9";
var OPENERS = { "{": "}", "[": "]", "(": ")" };
var CLOSERS = /* @__PURE__ */ new Set(["}", "]", ")"]);
var Lexer = class {
  text;
  problems = [];
  constructor(text) {
    this.text = text;
  }
  lex() {
    return this.tokens(0, false).tokens;
  }
  /**
   * Tokens from `i` to the end (or, in an interpolation, to its closing brace: `end` is then the
   * offset of that `}`).
   */
  tokens(i, interpolation) {
    const t = this.text;
    const out = [];
    let depth = 0;
    while (i < t.length) {
      const c = t[i];
      if (c === " " || c === "	" || c === "\f" || c === "\v" || c === "\xA0" || c === "\uFEFF") {
        i++;
      } else if (c === "\n" || c === "\r") {
        if (interpolation) {
          this.problems.push({ offset: i, message: "an interpolation `${\u2026}` that is never closed on its line" });
          return { tokens: out, end: i };
        }
        const start = i;
        i += c === "\r" && t[i + 1] === "\n" ? 2 : 1;
        out.push({ kind: "newline", text: "\n", start, end: i });
      } else if (c === "/" && t[i + 1] === "/") {
        while (i < t.length && t[i] !== "\n" && t[i] !== "\r")
          i++;
      } else if (c === "/" && t[i + 1] === "*") {
        const close = t.indexOf("*/", i + 2);
        if (close < 0) {
          this.problems.push({ offset: i, message: "a block comment that is never closed" });
          i = t.length;
        } else
          i = close + 2;
      } else if (c === "'") {
        const s = t.startsWith("'''", i) ? this.multiline(i) : this.string(i);
        out.push(s);
        i = s.end;
      } else if (isIdentStart(c)) {
        const start = i;
        while (i < t.length && isIdentPart(t[i]))
          i++;
        out.push({ kind: "ident", text: t.slice(start, i), start, end: i });
      } else if (isDigit(c)) {
        const start = i;
        while (i < t.length && isDigit(t[i]))
          i++;
        out.push({ kind: "number", text: t.slice(start, i), start, end: i });
      } else {
        if (interpolation) {
          if (c === "{")
            depth++;
          else if (c === "}") {
            if (depth === 0)
              return { tokens: out, end: i };
            depth--;
          }
        }
        const two = t.slice(i, i + 2);
        const text = two === "::" || two === "??" || two === "==" || two === "!=" || two === "<=" || two === ">=" || two === "&&" || two === "||" || two === "=>" || two === ".?" ? two : c;
        out.push({ kind: "punct", text, start: i, end: i + text.length });
        i += text.length;
      }
    }
    if (interpolation)
      this.problems.push({ offset: i, message: "an interpolation `${\u2026}` that is never closed" });
    return { tokens: out, end: i };
  }
  /** A single-line string `'…'` with escapes and `${…}` interpolations. */
  string(start) {
    const t = this.text;
    const parts = [];
    const holes = [];
    let cur = "";
    let i = start + 1;
    for (; ; ) {
      if (i >= t.length || t[i] === "\n" || t[i] === "\r") {
        this.problems.push({ offset: start, message: "a string that is never closed on its line" });
        break;
      }
      const c = t[i];
      if (c === "\\") {
        const n = t[i + 1];
        if (n === "u" && t[i + 2] === "{") {
          const close = t.indexOf("}", i + 3);
          const cp = close > 0 ? parseInt(t.slice(i + 3, close), 16) : NaN;
          if (Number.isFinite(cp) && cp >= 0 && cp <= 1114111) {
            cur += String.fromCodePoint(cp);
            i = close + 1;
            continue;
          }
        }
        const map2 = { n: "\n", r: "\r", t: "	", "\\": "\\", "'": "'", $: "$" };
        if (n !== void 0 && n !== "\n" && n !== "\r") {
          cur += map2[n] ?? n;
          i += 2;
        } else
          i++;
      } else if (c === "'") {
        i++;
        break;
      } else if (c === "$" && t[i + 1] === "{") {
        parts.push(cur);
        cur = "";
        const hole = this.tokens(i + 2, true);
        holes.push(hole.tokens);
        i = t[hole.end] === "}" ? hole.end + 1 : hole.end;
      } else {
        cur += c;
        i++;
      }
    }
    parts.push(cur);
    return { kind: "string", text: t.slice(start, i), start, end: i, parts, holes };
  }
  /** A multi-line string `'''…'''`: no escapes, no interpolation; a newline right after the opening is not content. */
  multiline(start) {
    const t = this.text;
    let close = t.indexOf("'''", start + 3);
    if (close < 0) {
      this.problems.push({ offset: start, message: "a multi-line string ''' that is never closed" });
      close = t.length;
    }
    let end = close + 3;
    while (t[end] === "'")
      end++;
    let content = t.slice(start + 3, Math.min(end - 3, t.length));
    content = content.replace(/^\r?\n/, "");
    return { kind: "string", text: t.slice(start, Math.min(end, t.length)), start, end: Math.min(end, t.length), parts: [content], holes: [], multiline: true };
  }
};
function positionFinder(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10)
      starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10)
      starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset)
        lo = mid;
      else
        hi = mid - 1;
    }
    return { offset, line: lo + 1, column: offset - starts[lo] + 1 };
  };
}
function plainString(tok) {
  if (!tok || tok.kind !== "string" || !tok.parts || tok.parts.length !== 1)
    return void 0;
  return tok.parts[0];
}
function structure(tokens, problems) {
  const depth = new Array(tokens.length);
  const match = new Array(tokens.length).fill(-1);
  const stack = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.kind === "punct" && OPENERS[tok.text]) {
      depth[i] = stack.length;
      stack.push(i);
    } else if (tok.kind === "punct" && CLOSERS.has(tok.text)) {
      let k = stack.length - 1;
      while (k >= 0 && OPENERS[tokens[stack[k]].text] !== tok.text)
        k--;
      if (k < 0) {
        problems.push({ offset: tok.start, message: `a "${tok.text}" with no matching opening bracket` });
        depth[i] = stack.length;
        continue;
      }
      if (k !== stack.length - 1)
        problems.push({ offset: tokens[stack[stack.length - 1]].start, message: `a "${tokens[stack[stack.length - 1]].text}" that is never closed` });
      const open = stack[k];
      stack.length = k;
      match[open] = i;
      match[i] = open;
      depth[i] = stack.length;
    } else
      depth[i] = stack.length;
  }
  for (const open of stack)
    problems.push({ offset: tokens[open].start, message: `a "${tokens[open].text}" that is never closed` });
  return { depth, match };
}
var STATEMENT_KEYWORDS = /* @__PURE__ */ new Set(["import", "using", "extends", "extension", "provider", "targetScope"]);
function scanBicep(text) {
  const lexer = new Lexer(text);
  const tokens = lexer.lex();
  const rawProblems = lexer.problems;
  const { depth, match } = structure(tokens, rawProblems);
  const position = positionFinder(text);
  const declarations = [];
  const params = [];
  let using;
  let targetScope;
  const imports = [];
  const roles = /* @__PURE__ */ new Map();
  const skipNewlines = (i2, limit = tokens.length) => {
    while (i2 < limit && tokens[i2].kind === "newline")
      i2++;
    return i2;
  };
  const isPunct = (i2, p) => tokens[i2]?.kind === "punct" && tokens[i2].text === p;
  const isIdent = (i2, name) => tokens[i2]?.kind === "ident" && (name === void 0 || tokens[i2].text === name);
  const startsItem = (i2) => {
    if (i2 === 0)
      return true;
    const prev = tokens[i2 - 1];
    return prev.kind === "newline" || prev.kind === "punct" && (prev.text === "{" || prev.text === ",");
  };
  const skipDecorators = (i2, limit) => {
    while (isPunct(i2, "@")) {
      let j = i2 + 1;
      while (isIdent(j) && isPunct(j + 1, ".") && isIdent(j + 2))
        j += 2;
      if (!isIdent(j))
        return i2;
      j++;
      if (isPunct(j, "(") && match[j] > j)
        j = match[j] + 1;
      i2 = skipNewlines(j, limit);
    }
    return i2;
  };
  const endOfItem = (i2, d, limit) => {
    let j = i2;
    while (j < limit) {
      const tok = tokens[j];
      if (depth[j] === d && (tok.kind === "newline" || tok.kind === "punct" && tok.text === ",")) {
        const next = skipNewlines(j, limit);
        if (tok.kind === "newline" && next < limit && depth[next] === d && tokens[next].kind === "punct" && (tokens[next].text === "?" || tokens[next].text === ":")) {
          j = next;
          continue;
        }
        return j;
      }
      if (tok.kind === "punct" && OPENERS[tok.text] && match[j] > j)
        j = match[j] + 1;
      else
        j++;
    }
    return limit;
  };
  const parseValue = (i2, limit) => {
    i2 = skipNewlines(i2, limit);
    let loop = false;
    let condition = false;
    const loopVariables2 = [];
    let body;
    let end = i2 + 1;
    if (isPunct(i2, "[") && match[i2] > i2) {
      end = match[i2] + 1;
      let j = skipNewlines(i2 + 1, match[i2]);
      if (isIdent(j, "for")) {
        loop = true;
        j++;
        if (isPunct(j, "(") && match[j] > j) {
          for (let k2 = j + 1; k2 < match[j]; k2++)
            if (tokens[k2].kind === "ident")
              loopVariables2.push(tokens[k2].text);
        } else if (isIdent(j))
          loopVariables2.push(tokens[j].text);
      }
      let k = match[i2] - 1;
      while (k > i2 && tokens[k].kind === "newline")
        k--;
      if (isPunct(k, "}") && match[k] > i2)
        body = [match[k], k];
      for (let m = i2 + 1; m < (body ? body[0] : match[i2]); m++)
        if (depth[m] === depth[i2] + 1 && isIdent(m, "if") && isPunct(skipNewlines(m + 1), "("))
          condition = true;
    } else if (isIdent(i2, "if") && isPunct(skipNewlines(i2 + 1, limit), "(")) {
      condition = true;
      const open = skipNewlines(i2 + 1, limit);
      const close = match[open];
      if (close > open) {
        const b = skipNewlines(close + 1, limit);
        if (isPunct(b, "{") && match[b] > b)
          body = [b, match[b]];
        end = body ? body[1] + 1 : close + 1;
      }
    } else if (isPunct(i2, "{") && match[i2] > i2) {
      body = [i2, match[i2]];
      end = match[i2] + 1;
    } else {
      end = endOfItem(i2, depth[i2] ?? 0, limit);
    }
    return { loop, loopVariables: loopVariables2, condition, body, end };
  };
  const readBody = (decl, body) => {
    const [open, close] = body;
    const d = depth[open] + 1;
    let i2 = open + 1;
    while (i2 < close) {
      i2 = skipNewlines(i2, close);
      if (i2 >= close)
        break;
      if (depth[i2] !== d || !startsItem(i2)) {
        i2++;
        continue;
      }
      const start = skipDecorators(i2, close);
      if (decl.kind === "resource" && isIdent(start, "resource") && isIdent(start + 1) && tokens[start + 2]?.kind === "string") {
        const child = parseResource(start, close, decl);
        i2 = child ? child.range[1] : start + 1;
        continue;
      }
      if (isIdent(start) && isPunct(start + 1, ":")) {
        const valueStart = start + 2;
        const valueEnd = endOfItem(valueStart, d, close);
        const key = tokens[start].text;
        if (key === "name")
          decl.nameTokens = tokens.slice(valueStart, valueEnd).filter((t) => t.kind !== "newline");
        else if (key === "parent") {
          const v = tokens.slice(valueStart, valueEnd).filter((t) => t.kind !== "newline");
          if (v.length === 1 && v[0].kind === "ident")
            decl.parentSymbol = v[0].text;
        }
        i2 = valueEnd;
        continue;
      }
      i2 = endOfItem(start, d, close);
      if (i2 === start)
        i2++;
    }
  };
  const parseResource = (i2, limit, parent) => {
    const nameTok = tokens[i2 + 1];
    const typeTok = tokens[i2 + 2];
    const typeString = plainString(typeTok);
    let j = i2 + 3;
    let existing = false;
    if (isIdent(j, "existing")) {
      existing = true;
      j++;
    }
    if (!isPunct(j, "="))
      return void 0;
    roles.set(typeTok.start, "type");
    const value = parseValue(j + 1, limit);
    const [declaredType, apiVersion] = typeString !== void 0 ? splitType(typeString) : [void 0, void 0];
    const decl = {
      kind: "resource",
      name: nameTok.text,
      symbolicName: parent ? `${parent.symbolicName}::${nameTok.text}` : nameTok.text,
      at: position(tokens[i2].start),
      declaredType,
      apiVersion: apiVersion ?? parent?.apiVersion,
      existing,
      loop: value.loop,
      loopVariables: value.loopVariables,
      condition: value.condition,
      parent,
      children: [],
      range: [i2, value.end]
    };
    if (declaredType !== void 0) {
      decl.fullType = parent && !isQualifiedType(declaredType) ? parent.fullType ? `${parent.fullType}/${declaredType}` : void 0 : declaredType;
    }
    declarations.push(decl);
    parent?.children.push(decl);
    if (existing) {
      for (let k = i2; k < value.end; k++)
        if (tokens[k].kind === "string")
          roles.set(tokens[k].start, "existing");
    }
    if (value.body)
      readBody(decl, value.body);
    return decl;
  };
  const parseModule = (i2, limit) => {
    const nameTok = tokens[i2 + 1];
    const pathTok = tokens[i2 + 2];
    if (!isPunct(i2 + 3, "="))
      return void 0;
    roles.set(pathTok.start, "path");
    const value = parseValue(i2 + 4, limit);
    const decl = {
      kind: "module",
      name: nameTok.text,
      symbolicName: nameTok.text,
      at: position(tokens[i2].start),
      existing: false,
      loop: value.loop,
      loopVariables: value.loopVariables,
      condition: value.condition,
      path: plainString(pathTok),
      children: [],
      range: [i2, value.end]
    };
    declarations.push(decl);
    if (value.body)
      readBody(decl, value.body);
    return decl;
  };
  let i = 0;
  while (i < tokens.length) {
    i = skipNewlines(i);
    if (i >= tokens.length)
      break;
    if (depth[i] !== 0 || !startsItem(i)) {
      i++;
      continue;
    }
    i = skipDecorators(i, tokens.length);
    if (i >= tokens.length)
      break;
    const kw = tokens[i].kind === "ident" ? tokens[i].text : "";
    if (kw === "resource" && isIdent(i + 1) && tokens[i + 2]?.kind === "string") {
      const d = parseResource(i, tokens.length);
      if (d) {
        i = d.range[1];
        continue;
      }
    } else if (kw === "module" && isIdent(i + 1) && tokens[i + 2]?.kind === "string") {
      const d = parseModule(i, tokens.length);
      if (d) {
        i = d.range[1];
        continue;
      }
    } else if (kw === "param" && isIdent(i + 1)) {
      params.push({ name: tokens[i + 1].text, at: position(tokens[i].start) });
    } else if (kw === "using" && tokens[i + 1]?.kind === "string") {
      const p = plainString(tokens[i + 1]);
      if (p !== void 0)
        using = { path: p, at: position(tokens[i].start) };
    } else if (kw === "targetScope") {
      const k = skipNewlines(i + 1);
      if (isPunct(k, "="))
        targetScope = plainString(tokens[skipNewlines(k + 1)]);
    }
    const end = endOfItem(i, 0, tokens.length);
    if (STATEMENT_KEYWORDS.has(kw)) {
      for (let k = i; k < end; k++) {
        if (tokens[k].kind !== "string")
          continue;
        roles.set(tokens[k].start, kw === "targetScope" ? "target" : "path");
        const p = plainString(tokens[k]);
        if (kw === "import" && p !== void 0 && isIdent(k - 1, "from"))
          imports.push(p);
      }
    }
    i = end > i ? end : i + 1;
  }
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k].kind === "ident" && /^load[A-Z]/.test(tokens[k].text) && isPunct(k + 1, "(") && tokens[k + 2].kind === "string")
      roles.set(tokens[k + 2].start, "path");
  }
  const literals = [];
  const numbers = [];
  const collect = (list2, insideRole) => {
    for (const tok of list2) {
      if (tok.kind === "string") {
        const role = insideRole ?? roles.get(tok.start) ?? "value";
        literals.push({ value: tok.parts.join(""), at: position(tok.start), role, interpolated: (tok.holes?.length ?? 0) > 0, multiline: !!tok.multiline });
        if (tok.holes)
          for (const h of tok.holes)
            collect(h, role === "value" ? void 0 : role);
      } else if (tok.kind === "number") {
        numbers.push({ value: tok.text, at: position(tok.start), role: insideRole ?? "value" });
      }
    }
  };
  collect(tokens);
  for (const d of declarations) {
    if (!d.existing)
      continue;
    const from = tokens[d.range[0]].start;
    const to = tokens[Math.min(d.range[1], tokens.length) - 1].end;
    for (const n of numbers)
      if (n.at.offset >= from && n.at.offset < to)
        n.role = "existing";
  }
  const problems = rawProblems.map((p) => ({ at: position(p.offset), message: p.message }));
  return { text, tokens, declarations, params, imports, using, targetScope, literals, numbers, problems, position };
}
function splitType(s) {
  const at = s.lastIndexOf("@");
  return at < 0 ? [s, void 0] : [s.slice(0, at), s.slice(at + 1)];
}
function isQualifiedType(type) {
  return /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+\//.test(type);
}

// dist/sources/template/bicep/twin.js
var isObj7 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function haystackOf(doc) {
  const out = [];
  const fromExpr = (e) => {
    if (e.kind === "literal")
      out.push(String(e.value));
    else if (e.kind === "call")
      e.args.forEach(fromExpr);
    else if (e.kind === "member") {
      fromExpr(e.target);
      out.push(e.property);
    } else {
      fromExpr(e.target);
      fromExpr(e.index);
    }
  };
  const walk = (v) => {
    if (typeof v === "string") {
      out.push(unescapeLiteral(v));
      if (isExpression(v)) {
        try {
          fromExpr(parseExpression(v));
        } catch {
        }
      }
    } else if (typeof v === "number" || typeof v === "boolean")
      out.push(String(v));
    else if (Array.isArray(v))
      v.forEach(walk);
    else if (isObj7(v)) {
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        walk(x);
      }
    }
  };
  walk(doc);
  return out.join("\0");
}
function shown(value) {
  if (value.length > 24 || !/^[A-Za-z0-9 ._/@-]*$/.test(value))
    return void 0;
  if (value.length >= 12 && /\d/.test(value) && /[A-Za-z]/.test(value))
    return void 0;
  if (/\d{5,}|[0-9a-f]{8}-/i.test(value))
    return void 0;
  return value;
}
function compareTwin(entry, compiled, load) {
  const diffs = [];
  const haystack = haystackOf(compiled);
  const checkedLiterals = /* @__PURE__ */ new Set();
  const visit = (fileName, file2, template, depth) => {
    if (!isObj7(template) || depth > 10)
      return;
    const params = isObj7(template.parameters) ? Object.keys(template.parameters) : [];
    const declared = new Set(file2.params.map((p) => p.name));
    for (const p of file2.params)
      if (!params.includes(p.name))
        diffs.push({ file: fileName, line: p.at.line, what: `parameter ${p.name} is not in the compiled template` });
    for (const p of params)
      if (!declared.has(p))
        diffs.push({ file: fileName, line: 1, what: `the compiled template has a parameter ${p} that the source no longer declares` });
    const resources = template.resources;
    const symbolic = isObj7(resources);
    const symbols = file2.declarations.filter((d) => symbolic || !d.existing);
    if (symbolic) {
      const keys = new Set(Object.keys(resources));
      for (const d of symbols)
        if (!keys.has(d.symbolicName))
          diffs.push({ file: fileName, line: d.at.line, what: `${d.kind} ${d.symbolicName} is not in the compiled template` });
      const names = new Set(symbols.map((d) => d.symbolicName));
      for (const k of keys)
        if (!names.has(k))
          diffs.push({ file: fileName, line: 1, what: `the compiled template has a declaration ${k} that the source no longer has` });
    } else if (Array.isArray(resources)) {
      const count = (types) => types.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), /* @__PURE__ */ new Map());
      const want = count(symbols.map((d) => d.kind === "module" ? "microsoft.resources/deployments" : (d.fullType ?? "?").toLowerCase()));
      const have = count(resources.filter(isObj7).map((r) => String(r.type).toLowerCase()));
      for (const [t, n] of want)
        if ((have.get(t) ?? 0) !== n && t !== "?")
          diffs.push({ file: fileName, line: symbols.find((d) => (d.kind === "module" ? "microsoft.resources/deployments" : d.fullType?.toLowerCase()) === t).at.line, what: `${n} declaration(s) of ${t} in the source, ${have.get(t) ?? 0} in the compiled template` });
      for (const [t, n] of have)
        if (!want.has(t))
          diffs.push({ file: fileName, line: 1, what: `the compiled template has ${n} ${t} that the source does not declare` });
    }
    if (!checkedLiterals.has(fileName)) {
      checkedLiterals.add(fileName);
      for (const l of file2.literals) {
        if (l.multiline || l.role !== "value" && l.role !== "type")
          continue;
        const pieces = l.role === "type" ? l.value.split("@") : l.interpolated ? [] : [l.value];
        for (const piece of pieces) {
          if (piece === "" || haystack.includes(piece))
            continue;
          const s = shown(piece);
          diffs.push({ file: fileName, line: l.at.line, what: s !== void 0 ? `the source has '${s}', which the compiled template lacks` : "the source has a string the compiled template lacks" });
        }
      }
      for (const n of file2.numbers) {
        if (n.role !== "value")
          continue;
        if (!new RegExp(`(^|[^0-9.])${n.value}(?![0-9])`).test(haystack))
          diffs.push({ file: fileName, line: n.at.line, what: `the source has the number ${n.value}, which the compiled template lacks` });
      }
    }
    for (const d of file2.declarations) {
      if (d.kind !== "module")
        continue;
      const target = localModulePath(fileName, d.path);
      const child = target && /\.bicep$/i.test(target) ? load(target) : void 0;
      if (!child || !target)
        continue;
      let element;
      if (symbolic)
        element = resources[d.symbolicName];
      else if (Array.isArray(resources)) {
        const table = matchArray(resources, file2, (m) => {
          const t = localModulePath(fileName, m.path);
          return t && /\.bicep$/i.test(t) ? load(t)?.params.map((p) => p.name) : void 0;
        });
        for (const [i, decl] of table)
          if (decl === d)
            element = resources[i];
      }
      const nested = isObj7(element) && isObj7(element.properties) ? element.properties.template : void 0;
      visit(target, child, nested, depth + 1);
    }
  };
  const file = load(entry);
  if (file)
    visit(entry, file, compiled, 0);
  return diffs;
}

// dist/sources/template/bicep/index.js
var isBicepFile = (file) => /\.bicep$/i.test(file);
var isBicepParamFile = (file) => /\.bicepparam$/i.test(file);
var isObj8 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function isBicepGenerated(doc) {
  const gen = isObj8(doc) && isObj8(doc.metadata) && isObj8(doc.metadata._generator) ? doc.metadata._generator : void 0;
  return typeof gen?.name === "string" && gen.name.toLowerCase() === "bicep";
}
var twinPath = (bicep) => join4(dirname4(bicep), `${basename2(bicep).replace(/\.bicep$/i, "")}.json`);
function list(files, max = 5) {
  return files.slice(0, max).join(", ") + (files.length > max ? `, \u2026 (${files.length} in all)` : "");
}
function withBicepSources(bicepFiles, jsonInputs, options = {}) {
  const env = options.env ?? process.env;
  const errors = [];
  const gaps = [];
  const notices = [];
  const keyOf = (f) => resolve2(f);
  const scans = /* @__PURE__ */ new Map();
  const load = (file) => {
    const key = keyOf(file);
    if (!scans.has(key)) {
      let scan;
      try {
        scan = scanBicep(readText(file));
      } catch (e) {
        if (!(e instanceof InputError))
          throw e;
      }
      scans.set(key, scan);
    }
    return scans.get(key);
  };
  const jsonByKey = new Map(jsonInputs.map((t) => [keyOf(t.file), t]));
  const consumed = /* @__PURE__ */ new Set();
  const out = [];
  const units = /* @__PURE__ */ new Map();
  const params = [];
  const usingTargets = /* @__PURE__ */ new Set();
  const addUnit = (file) => {
    const key = keyOf(file);
    if (units.has(key))
      return;
    let text;
    try {
      text = readText(file);
    } catch (e) {
      if (!(e instanceof InputError))
        throw e;
      errors.push(e);
      return;
    }
    const scan = scanBicep(text);
    scans.set(key, scan);
    units.set(key, { file: normalize(file), key, scan });
  };
  for (const f of [...bicepFiles].sort()) {
    if (isBicepParamFile(f)) {
      let text;
      try {
        text = readText(f);
      } catch (e) {
        if (!(e instanceof InputError))
          throw e;
        errors.push(e);
        continue;
      }
      params.push({ file: normalize(f), scan: scanBicep(text) });
    } else
      addUnit(f);
  }
  for (const p of params) {
    const target = localModulePath(p.file, p.scan.using?.path);
    if (target && isBicepFile(target) && existsSync(target)) {
      addUnit(target);
      usingTargets.add(keyOf(target));
    }
  }
  const twinOf = (file) => {
    const path = twinPath(file);
    const key = keyOf(path);
    const known = jsonByKey.get(key);
    if (known)
      return known.format === "arm-template" && isBicepGenerated(known.parsed.value) ? known : void 0;
    if (!existsSync(path))
      return void 0;
    try {
      const parsed = parseJson(path, readText(path));
      if (!isBicepGenerated(parsed.value))
        return void 0;
      return { file: path, parsed: withSyntaxTree(path, parsed), format: "arm-template" };
    } catch (e) {
      if (!(e instanceof InputError))
        throw e;
      return void 0;
    }
  };
  for (const u of units.values()) {
    u.twin = twinOf(u.file);
    if (u.twin)
      consumed.add(jsonByKey.get(keyOf(u.twin.file)) ?? u.twin);
    for (const d of u.scan.declarations) {
      const target = d.kind === "module" ? localModulePath(u.file, d.path) : void 0;
      const json = target && /\.json$/i.test(target) ? jsonByKey.get(keyOf(target)) : void 0;
      if (json && json.format === "arm-template")
        consumed.add(json);
    }
  }
  const referrers = /* @__PURE__ */ new Map();
  const refsOf = (file, scan) => [...scan.declarations.filter((d) => d.kind === "module").map((d) => localModulePath(file, d.path)), ...scan.imports.map((p) => localModulePath(file, p))].filter((t) => !!t && isBicepFile(t));
  for (const u of units.values()) {
    for (const t of refsOf(u.file, u.scan)) {
      const k = keyOf(t);
      if (k === u.key || !units.has(k))
        continue;
      if (!referrers.has(k))
        referrers.set(k, /* @__PURE__ */ new Set());
      referrers.get(k).add(u.key);
    }
  }
  const closure = (u) => {
    const seen = /* @__PURE__ */ new Set();
    const stack = [u.file];
    while (stack.length) {
      const f = stack.pop();
      const scan = load(f);
      if (!scan)
        continue;
      for (const t of refsOf(f, scan)) {
        const k = keyOf(t);
        if (seen.has(k))
          continue;
        seen.add(k);
        stack.push(t);
      }
    }
    return seen;
  };
  let compiler;
  const getCompiler = () => compiler ??= findCompiler({ bicep: options.bicep, env });
  const uncompiled = [];
  const compiledWith = /* @__PURE__ */ new Set();
  const twinsRead = [];
  const withLocator = (u, input, fallbackToEntry) => ({
    ...input,
    locate: bicepLocator({ entry: u.file, compiled: input.parsed.value, load, fallback: fallbackToEntry ? { offset: 0, line: 1, column: 1 } : void 0 })
  });
  const checkTwin = (u, compiledFromSource) => {
    if (!u.twin)
      return;
    const diffs = compareTwin(u.file, u.twin.parsed.value, load);
    if (diffs.length === 0)
      return;
    const shown2 = diffs.slice(0, 3).map((d) => `${d.file === u.file ? "" : `${d.file} `}line ${d.line}: ${d.what}`).join("; ");
    notices.push(`${u.twin.file} looks older than ${u.file} (${shown2}${diffs.length > 3 ? `; ${diffs.length - 3} more` : ""}): ` + (compiledFromSource ? `erscan compiled ${u.file}, so the findings reflect the source; rebuild the JSON to keep it in step` : `the findings come from the JSON as committed; rebuild it (bicep build ${u.file}) or install the Bicep compiler so erscan compiles the source`));
  };
  const scanUnit = (u) => {
    const c = getCompiler();
    if ("missing" in c) {
      if (u.twin) {
        u.input = withLocator(u, u.twin, false);
        u.state = "ok";
        twinsRead.push(u.twin.file);
        checkTwin(u, false);
      } else {
        uncompiled.push(u.file);
        u.state = "failed";
      }
      return;
    }
    const r = compileFile(c, u.file, "build", env);
    if ("error" in r) {
      errors.push(r.error);
      if (u.twin) {
        u.input = withLocator(u, u.twin, false);
        u.state = "ok";
        notices.push(`${u.file} could not be compiled; its committed compiled form ${u.twin.file} was scanned instead`);
        checkTwin(u, false);
      } else
        u.state = "failed";
      return;
    }
    let parsed;
    try {
      parsed = withSyntaxTree(u.file, parseJson(u.file, r.stdout));
    } catch (e) {
      if (!(e instanceof InputError))
        throw e;
      errors.push(new InputError(u.file, "", "the Bicep compiler to print a JSON template", "other output"));
      u.state = "failed";
      return;
    }
    if (!isObj8(parsed.value) || !Array.isArray(parsed.value.resources) && !isObj8(parsed.value.resources)) {
      errors.push(new InputError(u.file, "", "the Bicep compiler to print an ARM template", describeValue(parsed.value)));
      u.state = "failed";
      return;
    }
    compiledWith.add(u.file);
    u.input = withLocator(u, { file: u.file, parsed, format: "arm-template" }, true);
    u.state = "ok";
    checkTwin(u, true);
  };
  const covered = /* @__PURE__ */ new Set();
  for (let round = 0; ; round++) {
    const pending = [...units.values()].filter((u) => !u.state && !covered.has(u.key));
    if (pending.length === 0)
      break;
    let roots = pending.filter((u) => usingTargets.has(u.key) || [...referrers.get(u.key) ?? []].every((r) => units.get(r).state === "failed"));
    if (roots.length === 0)
      roots = [pending[0]];
    for (const u of roots) {
      scanUnit(u);
      if (u.state === "ok")
        for (const k of closure(u))
          covered.add(k);
      const failedBy = [...referrers.get(u.key) ?? []].map((r) => units.get(r).file);
      if (round > 0 && u.state === "ok" && failedBy.length > 0)
        notices.push(`${u.file} is a module of ${list(failedBy)}, which could not be scanned; it was scanned as a deployment of its own (parameters without a default are unknown)`);
    }
  }
  for (const u of units.values())
    if (u.input)
      out.push(u.input);
  for (const p of params) {
    const using = p.scan.using;
    if (!using) {
      notices.push(`${p.file}: a Bicep parameters file with no \`using\` declaration; not used`);
      continue;
    }
    const target = localModulePath(p.file, using.path);
    let template;
    if (target && isBicepFile(target)) {
      const u = units.get(keyOf(target));
      if (!u) {
        errors.push(new InputError(`${p.file}:${using.at.line}:${using.at.column}`, "", "a `using` path to a Bicep file", `${using.path} (no such file)`));
        continue;
      }
      if (!u.input) {
        const c2 = getCompiler();
        if ("missing" in c2)
          uncompiled.push(p.file);
        else
          gaps.push({ scope: p.file, reason: `not scanned: its template ${u.file} could not be compiled` });
        continue;
      }
      template = u.input;
    } else if (target && /\.json$/i.test(target)) {
      template = jsonByKey.get(keyOf(target));
      if (!template) {
        try {
          const parsed = parseJson(target, readText(target));
          template = { file: target, parsed: withSyntaxTree(target, parsed), format: "arm-template" };
          out.push(template);
        } catch (e) {
          if (!(e instanceof InputError))
            throw e;
          errors.push(e);
          continue;
        }
      }
    } else if (using.path.toLowerCase() === "none") {
      notices.push(`${p.file}: \`using none\` names no template; not used`);
      continue;
    }
    const c = getCompiler();
    if ("missing" in c) {
      uncompiled.push(p.file);
      continue;
    }
    const r = compileFile(c, p.file, "build-params", env);
    if ("error" in r) {
      errors.push(r.error);
      continue;
    }
    const doc = parseBuildParams(p.file, r.stdout);
    if (doc instanceof InputError) {
      errors.push(doc);
      continue;
    }
    if (!template) {
      if (!doc.templateJson) {
        notices.push(`${p.file}: its template ${using.path} is not a local file and the compiler did not return it; not scanned`);
        continue;
      }
      const at = using.at;
      template = { file: p.file, parsed: doc.templateJson, format: "arm-template", locate: () => ({ kind: "bicep", file: p.file, line: at.line, column: at.column }) };
      out.push(template);
    }
    compiledWith.add(p.file);
    out.push({ file: p.file, parsed: doc.parameters, format: "arm-parameters", template });
  }
  if (uncompiled.length > 0) {
    const why = compiler && "missing" in compiler ? compiler.missing : "none";
    const [first, ...rest] = uncompiled;
    errors.push(new InputError(first, "", `a Bicep compiler (bicep on PATH, az bicep, or --bicep PATH) to read ${uncompiled.length === 1 ? "it" : `it and ${rest.length} more Bicep file${rest.length === 1 ? "" : "s"} (${list(rest, 3)})`}`, `${why}: ${INSTALL_HINT}`));
    for (const f of rest)
      gaps.push({ scope: f, reason: `not scanned: no Bicep compiler (${why})` });
  }
  if (compiler && !("missing" in compiler) && compiledWith.size > 0)
    notices.push(`compiled ${compiledWith.size} Bicep file${compiledWith.size === 1 ? "" : "s"} with ${compiler.how}${compiler.version ? ` (Bicep ${compiler.version})` : ""}`);
  if (twinsRead.length > 0)
    notices.push(`read ${list(twinsRead)} as the compiled form of the Bicep beside ${twinsRead.length === 1 ? "it" : "them"} (no compiler needed); findings point at the .bicep lines`);
  const replaced = /* @__PURE__ */ new Map();
  for (const t of jsonInputs) {
    if (consumed.has(t))
      continue;
    if (t.format === "arm-template" && !t.locate && isBicepGenerated(t.parsed.value)) {
      const source = join4(dirname4(t.file), `${basename2(t.file).replace(/\.json$/i, "")}.bicep`);
      const scan = existsSync(source) ? load(source) : void 0;
      if (scan) {
        const u = { file: source, key: keyOf(source), scan, twin: t };
        const located = withLocator(u, t, false);
        replaced.set(t, located);
        out.push(located);
        checkTwin(u, false);
        continue;
      }
    }
    out.push(t);
  }
  for (const i of out)
    if (i.template && replaced.has(i.template))
      i.template = replaced.get(i.template);
  for (const u of units.values()) {
    const p = u.scan.problems[0];
    if (p && u.input)
      notices.push(`${u.file}:${p.at.line}:${p.at.column}: ${p.message}; findings in this file may point at the nearest declaration`);
  }
  return { templates: out, errors, gaps, notices };
}
function parseBuildParams(file, stdout) {
  let envelope;
  try {
    envelope = parseJson(file, stdout);
  } catch {
    return new InputError(file, "", "the Bicep compiler to print JSON parameters", "other output");
  }
  const v = envelope.value;
  if (isObj8(v) && typeof v.parametersJson === "string") {
    try {
      const parameters = parseJson(file, v.parametersJson);
      const templateJson = typeof v.templateJson === "string" && v.templateJson.trim() ? withSyntaxTree(file, parseJson(file, v.templateJson)) : void 0;
      return { parameters, templateJson };
    } catch {
      return new InputError(file, "$.parametersJson", "a JSON parameters document", "text that is not JSON");
    }
  }
  if (isObj8(v) && isObj8(v.parameters))
    return { parameters: envelope };
  return new InputError(file, "$", "a compiled parameters document (parametersJson)", describeValue(v));
}

// dist/sources/index.js
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform", "dist", "out"]);
function listJsonFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync2(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join5(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith("."))
          walk(p);
      } else if (e.isFile() && /\.(json|bicep|bicepparam)$/i.test(e.name))
        out.push(p);
    }
  };
  walk(dir);
  return out;
}
function loadInputs(inputs, options = {}) {
  const errors = [];
  const outputs = [];
  const files = [];
  const templates = [];
  const skipped = [];
  const bicepFiles = [];
  const readOne = (file, fromDirectory) => {
    if (isBicepFile(file) || isBicepParamFile(file)) {
      bicepFiles.push(file);
      return;
    }
    try {
      const text = readText(file);
      if (fromDirectory && !/^\s*[[{]/.test(text)) {
        skipped.push(file);
        return;
      }
      const parsed = parseJson(file, text);
      const format = detectFormat(parsed.value);
      if (format === "unknown") {
        if (fromDirectory) {
          skipped.push(file);
          return;
        }
        throw new InputError(file, "$", FORMAT_DESCRIPTIONS, "a document of no known format");
      }
      files.push({ file, format });
      if (format === "arm-template" || format === "arm-parameters" || format === "terraform-plan") {
        templates.push({ file, parsed: withSyntaxTree(file, parsed), format });
      } else if (format === "snapshot") {
        outputs.push(loadSnapshot(file, parsed.value));
      } else {
        outputs.push(loadRows(file, parsed.value, format));
      }
    } catch (e) {
      if (!(e instanceof InputError))
        throw e;
      errors.push(e);
    }
  };
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync3(input).isDirectory();
    } catch {
    }
    if (isDir) {
      const found = listJsonFiles(input);
      if (found.length === 0)
        errors.push(new InputError(input, "", "a directory containing JSON inputs", "no .json files"));
      for (const f of found)
        readOne(f, true);
    } else {
      readOne(input, false);
    }
  }
  if (templates.length > 0 || bicepFiles.length > 0) {
    const bicep = withBicepSources(bicepFiles, templates, { bicep: options.bicep });
    const t = loadTemplates(bicep.templates);
    t.output.gaps.push(...bicep.gaps);
    t.output.notices.push(...bicep.notices);
    outputs.push(t.output);
    errors.push(...bicep.errors, ...t.errors);
  }
  const output = mergeOutputs(outputs.length ? outputs : [emptyOutput()]);
  for (const e of errors)
    output.gaps.push({ scope: e.file.replace(/:\d+:\d+$/, ""), reason: e.message });
  if (skipped.length > 0) {
    const shown2 = skipped.slice(0, 5).map((f) => relative2(".", f) || f);
    output.notices.push(`skipped ${skipped.length} file${skipped.length === 1 ? "" : "s"} of no known format: ${shown2.join(", ")}${skipped.length > 5 ? ", \u2026" : ""}`);
  }
  return { output, errors, files };
}

export {
  loadInputs
};
