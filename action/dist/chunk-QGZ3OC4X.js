// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  currencyPrefix
} from "./chunk-6DM37KYG.js";

// dist/reporters/format.js
var SEVERITY_LABEL = { critical: "Critical", high: "High", medium: "Medium", low: "Low", info: "Info" };
var wholeNumber = new Intl.NumberFormat("en-US");
function wholeNum(n, unit = "") {
  return n === null || n === void 0 ? "n/a" : `${wholeNumber.format(Math.round(n))}${unit}`;
}
function usd(n, prefix = currencyPrefix()) {
  return n === null || n === void 0 ? "n/a" : `${prefix}${wholeNumber.format(Math.round(n))}`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function scannedText(n) {
  const scopes = [n.subscriptions > 0 ? plural(n.subscriptions, "subscription") : "", n.tenants > 0 ? plural(n.tenants, "tenant") : ""].filter(Boolean);
  return `${plural(n.circuits, "circuit")}, ${plural(n.peerings, "peering")}, ${plural(n.ports, "Direct port")}, ${plural(n.gateways, "gateway")} and ${plural(n.connections, "connection")}${scopes.length ? ` in ${scopes.join(" and ")}` : ""}`;
}

// dist/history/age.js
function openLabel(days) {
  if (days < 1)
    return "open < 1 day";
  return `open ${days} day${days === 1 ? "" : "s"}`;
}
function daysLabel(days) {
  if (days < 1)
    return "< 1 day";
  return `${days} day${days === 1 ? "" : "s"}`;
}
function hasAges(findings) {
  return findings.some((f) => f.openDays !== void 0);
}
function byAge(findings) {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => (b.f.openDays ?? -1) - (a.f.openDays ?? -1) || a.i - b.i).map((x) => x.f);
}

export {
  SEVERITY_LABEL,
  wholeNum,
  usd,
  scannedText,
  openLabel,
  daysLabel,
  hasAges,
  byAge
};
