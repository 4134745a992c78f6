// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  packagePath
} from "./chunk-54M4OODH.js";
import {
  InputError,
  describeValue
} from "./chunk-5MMV7F5T.js";
import {
  __require
} from "./chunk-TASHP5U3.js";

// dist/util/schema.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// dist/util/schema-validators.js
var compiledValidators = {
  "config.schema.json": { digest: "3382fd720e8070247bb1a006aa67411de852fe95cc2ac01bdf1f0fd34ec18d40", get validate() {
    return __require("./schema-validators/config.cjs");
  } },
  "prices.schema.json": { digest: "f71e78124dd01f0c4b546aed27daa3da15ad47c9e0d43da36d77d33c11c77fd6", get validate() {
    return __require("./schema-validators/prices.cjs");
  } },
  "report.schema.json": { digest: "39fe0b32c352846d2eb41e88f12d1a0a420df41a88af568b2144fc231c1e9ce6", get validate() {
    return __require("./schema-validators/report.cjs");
  } },
  "rule.schema.json": { digest: "91f7f45e1e9754931a6285c35c64de5b88b90a956f1ffc76ac1a8cf1dbd8244c", get validate() {
    return __require("./schema-validators/rule.cjs");
  } },
  "snapshot.schema.json": { digest: "d07b1e957740e1cc8120f5b535ff8afdf2da913fe6c1a0670aa38d04dda0284c", get validate() {
    return __require("./schema-validators/snapshot.cjs");
  } },
  "suppressions.schema.json": { digest: "cb17686fe2b89802919cc2ceee07efa4976f9303f313313355d8da52dccd36fc", get validate() {
    return __require("./schema-validators/suppressions.cjs");
  } },
  "usage.schema.json": { digest: "207868c9965a863d9d9333ff6fdc9cf3cacea14753ef297fd7d20caf13145df8", get validate() {
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
    default:
      return err.message ?? err.keyword;
  }
}
function mostUsefulError(errors) {
  const plain = errors.filter((e) => !/\/(oneOf|anyOf)\//.test(e.schemaPath) && e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  const pool = plain.length > 0 ? plain : errors;
  return pool.reduce((best, e) => e.instancePath.split("/").length < best.instancePath.split("/").length ? e : best, pool[0]);
}
function validateOrThrow(validate, data, file) {
  if (validate(data))
    return;
  const err = mostUsefulError(validate.errors);
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
