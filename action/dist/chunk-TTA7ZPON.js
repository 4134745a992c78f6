// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  readDataFile
} from "./chunk-LV32CQDG.js";
import {
  schemaValidator,
  validateOrThrow
} from "./chunk-BCKHJA7M.js";
import {
  displayPath
} from "./chunk-73WTJT6Y.js";

// dist/pricing/usage.js
var MAX_GB_PER_MONTH = 3348e4;
function loadUsage(file) {
  const data = readDataFile(file);
  validateOrThrow(schemaValidator("usage.schema.json"), data, file);
  const d = data;
  return { file, circuits: d.circuits, gateways: d.gateways ?? {} };
}
function matchUsage(entries, resources, what, file) {
  const byKey = /* @__PURE__ */ new Map();
  const notices = [];
  const ids = new Set(resources.map((r) => r.key));
  const byName = /* @__PURE__ */ new Map();
  for (const r of resources) {
    const n = r.name.toLowerCase();
    byName.set(n, [...byName.get(n) ?? [], r]);
  }
  const where = file ? `usage file ${displayPath(file)}` : "usage file";
  const keys = Object.keys(entries).sort((a, b) => Number(b.startsWith("/")) - Number(a.startsWith("/")) || a.localeCompare(b));
  for (const k of keys) {
    const lk = k.toLowerCase();
    if (k.startsWith("/")) {
      if (ids.has(lk))
        byKey.set(lk, entries[k]);
      else
        notices.push(`${where}: ${what} "${k}" is not in the inventory; its usage is ignored`);
      continue;
    }
    const matches = byName.get(lk) ?? [];
    if (matches.length === 0)
      notices.push(`${where}: no ${what} is named "${k}"; its usage is ignored`);
    else if (matches.length > 1)
      notices.push(`${where}: ${matches.length} ${what}s are named "${k}"; use the ARM id as the key (usage not applied)`);
    else if (!byKey.has(matches[0].key))
      byKey.set(matches[0].key, entries[k]);
  }
  return { byKey, notices };
}

// dist/inventory/facts.js
function isUnknown(r, field) {
  return r.unknown !== void 0 && Object.prototype.hasOwnProperty.call(r.unknown, field);
}
function unknownReason(r, field) {
  return isUnknown(r, field) ? r.unknown[field] : void 0;
}
function firstUnknown(r, fields) {
  if (!r.unknown)
    return void 0;
  for (const f of fields)
    if (isUnknown(r, f))
      return { field: f, reason: r.unknown[f] };
  return void 0;
}
function isTemplateResource(r) {
  const k = r.source?.kind;
  return k === "arm" || k === "terraform" || k === "bicep";
}

export {
  isUnknown,
  unknownReason,
  firstUnknown,
  isTemplateResource,
  MAX_GB_PER_MONTH,
  loadUsage,
  matchUsage
};
