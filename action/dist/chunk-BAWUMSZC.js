// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  packagePath
} from "./chunk-U5NJNZAI.js";
import {
  InputError,
  describeValue
} from "./chunk-UNOFXXSK.js";
import {
  __require
} from "./chunk-TASHP5U3.js";

// dist/util/schema.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// dist/util/schema-validators.js
var compiledValidators = {
  "config.schema.json": { digest: "bd8dd095995461db99a97bacf78eac7d63264c8631abd079fac2b7c211a86381", get validate() {
    return __require("./schema-validators/config.cjs");
  } },
  "diff.schema.json": { digest: "49f903774798e085ebab365b793c136f2716139e02fe242e54cbd07825faf419", get validate() {
    return __require("./schema-validators/diff.cjs");
  } },
  "prices.schema.json": { digest: "70df72f22774ea6e66f6ba200068285fdb0decce1a68b9c08e27d8969318a4d8", get validate() {
    return __require("./schema-validators/prices.cjs");
  } },
  "report.schema.json": { digest: "7bf67a8204ce41ef274938912212cdd456fec1943a6575e88039c49cedfefcc4", get validate() {
    return __require("./schema-validators/report.cjs");
  } },
  "rule.schema.json": { digest: "6e236f10b066a45de435c21c1fd85dd9ef056dac4ecc96055fb5a9e959fccfa1", get validate() {
    return __require("./schema-validators/rule.cjs");
  } },
  "snapshot.schema.json": { digest: "4fe944f0b4ae46534cf966d3b58b483ac8a2e6ed251aad131405dfa9514695d7", get validate() {
    return __require("./schema-validators/snapshot.cjs");
  } },
  "suppressions.schema.json": { digest: "cb17686fe2b89802919cc2ceee07efa4976f9303f313313355d8da52dccd36fc", get validate() {
    return __require("./schema-validators/suppressions.cjs");
  } },
  "trend.schema.json": { digest: "d6baf0db825e8acc98ab63bc85d7963326fe7c3a24e1300c27ff3a475988b0fa", get validate() {
    return __require("./schema-validators/trend.cjs");
  } },
  "usage.schema.json": { digest: "0df6060189e9d723d85675528ab6673f0578f0822932caf2014c0769f0c95e8c", get validate() {
    return __require("./schema-validators/usage.cjs");
  } }
};

// dist/util/schema.js
var AJV_OPTIONS = { allErrors: true, strict: false };
var ajv;
var compiled = /* @__PURE__ */ new Map();
function instance(name) {
  if (!ajv) {
    let AjvClass;
    let addFormats;
    try {
      AjvClass = __require("ajv").Ajv;
      addFormats = __require("ajv-formats");
    } catch (e) {
      if (e?.code !== "MODULE_NOT_FOUND")
        throw e;
      throw new Error(`schemas/${name} changed after erscan was built and ajv is not installed to compile it: rebuild erscan (npm run build)`);
    }
    ajv = new AjvClass(AJV_OPTIONS);
    addFormats(ajv);
  }
  return ajv;
}
function schemaDigest(text) {
  return createHash("sha256").update(text).digest("hex");
}
function schemaValidator(name) {
  let v = compiled.get(name);
  if (!v) {
    const text = readFileSync(packagePath("schemas", name), "utf8");
    const pre = compiledValidators?.[name];
    v = pre && pre.digest === schemaDigest(text) ? pre.validate : instance(name).compile(JSON.parse(text));
    compiled.set(name, v);
  }
  return v;
}
function toJsonPath(instancePath) {
  if (!instancePath)
    return "$";
  return "$" + instancePath.split("/").slice(1).map((seg) => seg.replace(/~1/g, "/").replace(/~0/g, "~")).map((seg) => /^\d+$/.test(seg) ? `[${seg}]` : /^[A-Za-z_$][\w$]*$/.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`).join("");
}
function valueAt(data, instancePath) {
  let cur = data;
  for (const seg of instancePath.split("/").slice(1)) {
    if (cur === null || typeof cur !== "object")
      return void 0;
    cur = cur[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return cur;
}
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function expectation(err) {
  const p = err.params;
  switch (err.keyword) {
    case "required":
      return `a property "${String(p.missingProperty)}"`;
    case "type":
      return `a value of type ${String(p.type)}`;
    case "enum":
      return `one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `the value ${JSON.stringify(p.allowedValue)}`;
    case "additionalProperties":
      return `no property "${String(p.additionalProperty)}" (not part of the format)`;
    case "pattern":
      return `a string matching ${String(p.pattern)}`;
    // Plain words for every other keyword: ajv's own wording ("must NOT have fewer than 10
    // characters") never reaches the user.
    case "minLength":
      return `a text of at least ${plural(Number(p.limit), "character")}`;
    case "maxLength":
      return `a text of at most ${plural(Number(p.limit), "character")}`;
    case "minimum":
    case "exclusiveMinimum":
      return `a number ${err.keyword === "minimum" ? "of at least" : "above"} ${String(p.limit)}`;
    case "maximum":
    case "exclusiveMaximum":
      return `a number ${err.keyword === "maximum" ? "of at most" : "below"} ${String(p.limit)}`;
    case "minItems":
      return `a list of at least ${plural(Number(p.limit), "item")}`;
    case "maxItems":
      return `a list of at most ${plural(Number(p.limit), "item")}`;
    case "minProperties":
      return `an object with at least ${plural(Number(p.limit), "property", "properties")}`;
    case "maxProperties":
      return `an object with at most ${plural(Number(p.limit), "property", "properties")}`;
    case "uniqueItems":
      return `a list without duplicates (items ${String(p.j)} and ${String(p.i)} are equal)`;
    case "format":
      return `a ${String(p.format)} value`;
    case "multipleOf":
      return `a multiple of ${String(p.multipleOf)}`;
    case "propertyNames":
      return `property names of the documented form (${JSON.stringify(p.propertyName)} is not)`;
    default:
      return "a value of the documented form";
  }
}
function mostUsefulError(errors) {
  const plain = errors.filter((e) => !/\/(oneOf|anyOf)\//.test(e.schemaPath) && e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  const pool = plain.length > 0 ? plain : errors;
  return pool.reduce((best, e) => e.instancePath.split("/").length < best.instancePath.split("/").length ? e : best, pool[0]);
}
function validateOrThrow(validate, data, file, only) {
  if (validate(data))
    return;
  const errors = only ? validate.errors.filter((e) => only.test(e.instancePath)) : validate.errors;
  if (errors.length === 0)
    return;
  const err = mostUsefulError(errors);
  const path = err.keyword === "additionalProperties" ? err.instancePath : err.instancePath;
  const found = err.keyword === "required" || err.keyword === "additionalProperties" ? void 0 : describeValue(valueAt(data, err.instancePath));
  throw new InputError(file, toJsonPath(path), expectation(err), found);
}

export {
  AJV_OPTIONS,
  schemaDigest,
  schemaValidator,
  toJsonPath,
  expectation,
  validateOrThrow
};
