// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  readDataFile
} from "./chunk-X6A6OTOC.js";
import {
  pathMismatch
} from "./chunk-HGZGRQEX.js";
import {
  schemaValidator,
  validateOrThrow
} from "./chunk-BAWUMSZC.js";
import {
  InputError,
  displayPath
} from "./chunk-UNOFXXSK.js";

// dist/config/load.js
import { dirname, resolve } from "node:path";
function emptyConfig() {
  return { rules: {}, ruleDirs: [], suppressions: [] };
}
function loadConfig(file) {
  const data = readDataFile(file);
  validateOrThrow(schemaValidator("config.schema.json"), data, file);
  const dir = dirname(file);
  const raw = data;
  const listed = Array.isArray(raw.suppressions) ? raw.suppressions : raw.suppressions?.entries ?? [];
  const base = Array.isArray(raw.suppressions) ? "$.suppressions" : "$.suppressions.entries";
  const allowPermanent = !Array.isArray(raw.suppressions) && raw.suppressions?.allowPermanent === true;
  const suppressions = listed.map((s, i) => ({ ...s, file, at: `${base}[${i}]` }));
  suppressions.forEach((s) => checkDate(file, `${s.at}.expires`, s.expires));
  if (raw.usage)
    namedPath(file, "$.usage", raw.usage, "file", "a usage file");
  (raw.ruleDirs ?? []).forEach((d, i) => namedPath(file, `$.ruleDirs[${i}]`, d, "folder", "a folder of rule files"));
  if (raw.suppressionsFile)
    suppressions.push(...loadSuppressionsFile(namedPath(file, "$.suppressionsFile", raw.suppressionsFile, "file", "a suppressions file")));
  return {
    rules: { ...raw.rules ?? {}, file },
    ruleDirs: (raw.ruleDirs ?? []).map((d) => resolve(dir, d)),
    suppressions,
    ...allowPermanent ? { allowPermanentSuppressions: true } : {},
    failOn: raw.failOn,
    ...raw.failOnUnknown !== void 0 ? { failOnUnknown: raw.failOnUnknown } : {},
    usage: raw.usage ? resolve(dir, raw.usage) : void 0,
    ...raw.graph ? { graph: raw.graph } : {}
  };
}
function namedPath(configFile, at, value, kind, what) {
  const abs = resolve(dirname(configFile), value);
  const found = pathMismatch(abs, kind);
  if (found)
    throw new InputError(configFile, at, `${what} (a path relative to the config file)`, `${JSON.stringify(value)} (${displayPath(abs)}): ${found}`);
  return abs;
}
function loadSuppressionsFile(file) {
  const data = readDataFile(file);
  validateOrThrow(schemaValidator("suppressions.schema.json"), data, file);
  const entries = data.suppressions;
  entries.forEach((s, i) => checkDate(file, `$.suppressions[${i}].expires`, s.expires));
  return entries.map((s, i) => ({ ...s, file, at: `$.suppressions[${i}]` }));
}
function checkSuppressionExpiry(config) {
  if (config.allowPermanentSuppressions)
    return;
  for (const s of config.suppressions) {
    if (s.expires !== void 0)
      continue;
    throw new InputError(s.file ?? "config", `${s.at ?? "$.suppressions"}.expires`, "an expiry date YYYY-MM-DD (a suppression without one needs suppressions.allowPermanent: true in the config)", "nothing");
  }
}
function checkDate(file, path, value) {
  if (value === void 0)
    return;
  const d = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    throw new InputError(file, path, "a calendar date YYYY-MM-DD", JSON.stringify(value));
}

export {
  emptyConfig,
  loadConfig,
  loadSuppressionsFile,
  checkSuppressionExpiry
};
