// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  nestedDeeper
} from "./chunk-VQAVFDJZ.js";

// dist/util/objects.js
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function setOwn(o, k, v) {
  if (k === "__proto__")
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else
    o[k] = v;
}
var ownValue = (o, k) => Object.hasOwn(o, k) ? o[k] : void 0;

// dist/inventory/secrets.js
var REDACTED = "[redacted]";
var REDACTED_KEYVAULT = "[redacted:keyvault]";
var SECRET_PROPERTIES = new Set(["sharedKey", "authorizationKey", "serviceKey", "cknSecretIdentifier", "cakSecretIdentifier", "ckn", "cak", "secret", "password", "clientSecret", "primaryKey", "secondaryKey", "connectionString"].map((k) => k.toLowerCase()));
var SECRET_SHAPE = /(keys?|secrets?|passwords?|passwd|pwds?|psks?|passphrases?|tokens?|connectionstrings?|credentials?)(values?|text|plaintext|cleartext|plain|string|data|bytes|hex|b64|base64)?$/;
var FACT_PROPERTIES = new Set(["circuitKeys", "connectionKeys", "gatewayKeys"].map((k) => k.toLowerCase()));
var verdicts = /* @__PURE__ */ new Map();
function isSecretProperty(name) {
  let v = verdicts.get(name);
  if (v === void 0) {
    const n = name.toLowerCase().replace(/[_-]/g, "");
    v = SECRET_PROPERTIES.has(n) || SECRET_SHAPE.test(n) && !FACT_PROPERTIES.has(n);
    if (verdicts.size < 1e4)
      verdicts.set(name, v);
  }
  return v;
}
var SECRET_IN_STRING = /((?:^|[;\s"'])(?:AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd)\s*=\s*)([^;"'\r\n]+)|([?&]sig=)([^&\s"'#;]+)/gi;
function scrubString(s) {
  if (s.length < 5 || s.indexOf("=") === -1)
    return s;
  SECRET_IN_STRING.lastIndex = 0;
  if (!SECRET_IN_STRING.test(s))
    return s;
  const out = s.replace(SECRET_IN_STRING, (_m, name, _v, sig) => `${name ?? sig}${REDACTED}`);
  return out === s ? s : out;
}
var KEY_VAULT_URI = /^https:\/\/[a-z0-9-]+\.vault\.(azure\.net|usgovcloudapi\.net|azure\.cn|microsoftazure\.de)\//i;
function scrubSecrets(value) {
  return scrub(value, 0);
}
function scrubbedSecret(v) {
  if (v === void 0 || v === null || v === "")
    return v;
  if (typeof v === "string" && (v === REDACTED || v === REDACTED_KEYVAULT))
    return v;
  return typeof v === "string" && KEY_VAULT_URI.test(v) ? REDACTED_KEYVAULT : REDACTED;
}
function scrub(value, depth) {
  if (typeof value === "string")
    return scrubString(value);
  if (value === null || typeof value !== "object")
    return value;
  if (depth > 300)
    return void 0;
  if (Array.isArray(value)) {
    let out2;
    for (let i = 0; i < value.length; i++) {
      const v = scrub(value[i], depth + 1);
      if (v !== value[i] && !out2)
        out2 = value.slice(0, i);
      if (out2)
        out2.push(v);
    }
    return out2 ?? value;
  }
  const obj = value;
  const keys = Object.keys(obj);
  let out;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const s = isSecretProperty(k) ? scrubbedSecret(v) : scrub(v, depth + 1);
    if (s !== v && !out) {
      out = {};
      for (let j = 0; j < i; j++)
        setOwn(out, keys[j], obj[keys[j]]);
    }
    if (out)
      setOwn(out, k, s);
  }
  return out ?? value;
}
function scrubSecretsInPlace(value) {
  if (typeof value === "string")
    return scrubString(value);
  if (value !== null && typeof value === "object")
    scrubWalk(value, DROP_BELOW, false);
  return value;
}
function scrubSecretsInPlaceWithin(value, levels) {
  if (value === null || typeof value !== "object")
    return true;
  if (levels <= 0)
    return false;
  return scrubWalk(value, levels, true);
}
var DROP_BELOW = 301;
function scrubWalk(value, levels, check) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === "string")
        value[i] = scrubString(v);
      else if (v !== null && typeof v === "object") {
        if (levels <= 1) {
          if (check)
            return false;
          value[i] = void 0;
        } else if (!scrubWalk(v, levels - 1, check))
          return false;
      }
    }
    return true;
  }
  const obj = value;
  for (const k in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, k)) {
      if (check) {
        const v2 = obj[k];
        if (v2 !== null && typeof v2 === "object" && nestedDeeper(v2, levels - 1))
          return false;
      }
      continue;
    }
    const v = obj[k];
    if (isSecretProperty(k)) {
      if (check && v !== null && typeof v === "object" && nestedDeeper(v, levels - 1))
        return false;
      const s = scrubbedSecret(v);
      if (s !== v)
        setOwn(obj, k, s);
    } else if (typeof v === "string") {
      const s = scrubString(v);
      if (s !== v)
        setOwn(obj, k, s);
    } else if (v !== null && typeof v === "object") {
      if (levels <= 1) {
        if (check)
          return false;
        setOwn(obj, k, void 0);
      } else if (!scrubWalk(v, levels - 1, check))
        return false;
    }
  }
  return true;
}

export {
  isObj,
  setOwn,
  ownValue,
  REDACTED,
  REDACTED_KEYVAULT,
  isSecretProperty,
  scrubSecrets,
  scrubSecretsInPlace,
  scrubSecretsInPlaceWithin
};
