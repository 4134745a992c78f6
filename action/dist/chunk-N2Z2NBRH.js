// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  readDataFile
} from "./chunk-26YZZ6NB.js";
import {
  schemaValidator,
  validateOrThrow
} from "./chunk-U7556RPZ.js";
import {
  InputError
} from "./chunk-5MMV7F5T.js";

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
  const suppressions = (raw.suppressions ?? []).map((s) => ({ ...s, file }));
  suppressions.forEach((s, i) => checkDate(file, `$.suppressions[${i}].expires`, s.expires));
  if (raw.suppressionsFile)
    suppressions.push(...loadSuppressionsFile(resolve(dir, raw.suppressionsFile)));
  return {
    rules: { ...raw.rules ?? {}, file },
    ruleDirs: (raw.ruleDirs ?? []).map((d) => resolve(dir, d)),
    suppressions,
    failOn: raw.failOn,
    usage: raw.usage ? resolve(dir, raw.usage) : void 0,
    ...raw.graph ? { graph: raw.graph } : {}
  };
}
function loadSuppressionsFile(file) {
  const data = readDataFile(file);
  validateOrThrow(schemaValidator("suppressions.schema.json"), data, file);
  const entries = data.suppressions;
  entries.forEach((s, i) => checkDate(file, `$.suppressions[${i}].expires`, s.expires));
  return entries.map((s) => ({ ...s, file }));
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
  loadSuppressionsFile
};
