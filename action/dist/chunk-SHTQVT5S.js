// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  compareText,
  refuseDuplicateKeys
} from "./chunk-X6A6OTOC.js";
import {
  parseJson,
  readText
} from "./chunk-VQAVFDJZ.js";
import {
  schemaValidator,
  validateOrThrow
} from "./chunk-BAWUMSZC.js";
import {
  packagePath
} from "./chunk-U5NJNZAI.js";
import {
  InputError
} from "./chunk-UNOFXXSK.js";

// dist/pricing/catalogue.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// dist/pricing/validated-catalogue.js
var validatedCatalogue = { digest: "a553c3263fa2ff5ecaf4bc04ed75ecbbe81c0c201b14115e7b151619e5707d0e" };

// dist/pricing/catalogue.js
var ZONES = ["Zone 1", "Zone 2", "Zone 3", "Zone 4", "US Gov"];
var CIRCUIT_BANDWIDTHS_MBPS = [50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4];
var GATEWAY_SKUS = ["Standard", "HighPerformance", "UltraPerformance", "ErGw1AZ", "ErGw2AZ", "ErGw3AZ", "ErGwScale"];
var LOCAL_BANDWIDTHS_MBPS = [1e3, 2e3, 5e3, 1e4];
function localBandwidthFor(bw) {
  for (let i = 0; i < LOCAL_BANDWIDTHS_MBPS.length; i++)
    if (LOCAL_BANDWIDTHS_MBPS[i] >= bw)
      return LOCAL_BANDWIDTHS_MBPS[i];
  return void 0;
}
var BUNDLED_CATALOGUE = packagePath("prices", "catalogue.json");
function loadCatalogue(file = BUNDLED_CATALOGUE) {
  const text = readText(file);
  const parsed = parseJson(file, text);
  const data = parsed.value;
  const cat = data;
  if (file === BUNDLED_CATALOGUE && validatedCatalogue !== void 0 && validatedCatalogue.digest === bundledCatalogueDigest(text))
    return cat;
  refuseDuplicateKeys(file, text, parsed.lines);
  validateOrThrow(schemaValidator("prices.schema.json"), data, file);
  const problem = checkSourceRefs(cat)[0] ?? checkDuplicates(cat)[0];
  if (problem)
    throw new InputError(file, problem.path, problem.expected, problem.found);
  return cat;
}
function bundledCatalogueDigest(text) {
  return createHash("sha256").update(text).update("\0").update(readFileSync(packagePath("schemas", "prices.schema.json"))).digest("hex");
}
function checkSourceRefs(cat) {
  const problems = [];
  const check = (path, f) => {
    for (const key of ["source", "confirmedBy"]) {
      const ref = f[key];
      if (ref !== void 0 && !cat.sources[ref])
        problems.push({ path: `${path}.${key}`, expected: `a key of $.sources (${Object.keys(cat.sources).join(", ")})`, found: JSON.stringify(ref) });
    }
  };
  cat.circuits.forEach((f, i) => check(`$.circuits[${i}]`, f));
  cat.egress.forEach((f, i) => check(`$.egress[${i}]`, f));
  cat.premiumAddOn.forEach((f, i) => check(`$.premiumAddOn[${i}]`, f));
  cat.directPorts.forEach((f, i) => check(`$.directPorts[${i}]`, f));
  if (cat.directPremiumAddOn)
    check("$.directPremiumAddOn", cat.directPremiumAddOn);
  cat.globalReach.addOn.forEach((f, i) => check(`$.globalReach.addOn[${i}]`, f));
  cat.globalReach.perGb.forEach((f, i) => check(`$.globalReach.perGb[${i}]`, f));
  cat.gateways.forEach((f, i) => check(`$.gateways[${i}]`, f));
  cat.vwan.forEach((f, i) => check(`$.vwan[${i}]`, f));
  return problems;
}
function checkDuplicates(cat) {
  const problems = [];
  const lower = (v) => (v ?? "").toLowerCase().replace(/\s+/g, "");
  const check = (path, rows, what, key) => {
    const seen = /* @__PURE__ */ new Map();
    rows.forEach((r, i) => {
      const k = JSON.stringify(key(r));
      const first = seen.get(k);
      if (first === void 0)
        seen.set(k, i);
      else
        problems.push({ path: `${path}[${i}]`, expected: `one price for each ${what}`, found: `the same ${what} (${key(r).filter((v) => v !== void 0 && v !== "").join(", ")}) as ${path}[${first}]` });
    });
  };
  check("$.circuits", cat.circuits, "tier, billing model, bandwidth and zone", (c) => [c.tier, c.billingModel, c.bandwidthMbps, c.zone]);
  check("$.egress", cat.egress, "zone", (e) => [e.zone]);
  check("$.premiumAddOn", cat.premiumAddOn, "bandwidth and zone", (p) => [p.bandwidthMbps, p.zone]);
  check("$.directPorts", cat.directPorts, "port bandwidth, billing type and zone", (d) => [d.portBandwidthGbps, d.billingType, d.zone]);
  check("$.globalReach.addOn", cat.globalReach.addOn, "zone and bandwidth", (g) => [g.zone, g.bandwidthMbps]);
  check("$.globalReach.perGb", cat.globalReach.perGb, "zone and direction", (g) => [g.zone, g.direction]);
  check("$.gateways", cat.gateways, "gateway SKU and region", (g) => [lower(g.sku), lower(g.region)]);
  check("$.vwan", cat.vwan, "vWAN unit kind and region", (v) => [v.kind, lower(v.region)]);
  return problems;
}
function auditCatalogue(cat) {
  const errors = [];
  const warnings = [];
  for (const p of [...checkSourceRefs(cat), ...checkDuplicates(cat)])
    errors.push(`${p.path}: expected ${p.expected}, found ${p.found}`);
  const idx = new CatalogueIndex(cat);
  for (const zone of ZONES) {
    for (const tier of ["Standard", "Premium"])
      for (const model of ["MeteredData", "UnlimitedData"])
        for (const bw of CIRCUIT_BANDWIDTHS_MBPS)
          if (!idx.circuitFee(tier, model, bw, zone))
            errors.push(`no price for ${tier} ${model} ${formatBandwidth(bw)} in ${zone}`);
    if (zone !== "Zone 4") {
      for (const bw of LOCAL_BANDWIDTHS_MBPS)
        if (!idx.circuitFee("Local", "UnlimitedData", bw, zone))
          warnings.push(`no price for Local ${formatBandwidth(bw)} in ${zone}`);
    }
    if (!idx.egressRate(zone))
      errors.push(`no egress price per GB for ${zone}`);
  }
  for (const f of cat.circuits) {
    if (f.monthlyUsd !== null && f.monthlyUsd <= 0)
      errors.push(`${f.tier} ${f.billingModel} ${formatBandwidth(f.bandwidthMbps)} ${f.zone}: a monthly fee of ${f.monthlyUsd} is not plausible`);
    if (f.tier === "Local" && f.billingModel === "MeteredData")
      errors.push(`Local ${formatBandwidth(f.bandwidthMbps)} ${f.zone}: Local is Unlimited only`);
  }
  const anchor = idx.circuitFee("Standard", "MeteredData", 1e3, "Zone 1");
  if (cat.currency === "USD" && anchor && anchor.value !== 436)
    warnings.push(`1 Gbps Standard Metered Zone 1 is $${anchor.value}; Microsoft's Well-Architected example (2023-04-18) says $436`);
  const rate = idx.egressRate("Zone 1");
  if (cat.currency === "USD" && rate && rate.value !== 0.025)
    warnings.push(`Zone 1 egress is $${rate.value}/GB; Microsoft's Well-Architected example (2023-04-18) says $0.025`);
  if (!cat.directPorts.some((d) => d.monthlyUsd !== null))
    warnings.push("no ExpressRoute Direct port-pair price: Direct ports will be shown unpriced");
  if (!cat.globalReach.perGb.some((d) => d.usdPerGb !== null))
    warnings.push("no Global Reach per-GB price");
  const unpricedSkus = GATEWAY_SKUS.filter((sku) => !cat.gateways.some((g) => g.sku === sku && g.usdPerHour !== null));
  if (unpricedSkus.length > 0)
    warnings.push(`no price for gateway SKU(s) ${unpricedSkus.join(", ")}: gateways of ${unpricedSkus.length > 1 ? "these SKUs" : "this SKU"} will be shown unpriced`);
  for (const [kind, what] of [["scaleUnit", "scale unit"], ["connectionUnit", "connection unit"]])
    if (!cat.vwan.some((v) => v.kind === kind && v.usdPerHour !== null))
      warnings.push(`no price for the vWAN ExpressRoute ${what}: vWAN ExpressRoute gateways will be shown unpriced`);
  return { errors, warnings };
}
var bandwidthTexts = /* @__PURE__ */ new Map();
function formatBandwidth(mbps) {
  let text = bandwidthTexts.get(mbps);
  if (text === void 0) {
    text = mbps >= 1e3 && mbps % 1e3 === 0 ? `${mbps / 1e3} Gbps` : `${mbps} Mbps`;
    if (bandwidthTexts.size < 1e3)
      bandwidthTexts.set(mbps, text);
  }
  return text;
}
var quoteOf = (value, f) => value === null || value === void 0 ? void 0 : { value, source: f.source, ...f.unverified ? { unverified: f.unverified } : {} };
var CatalogueIndex = class {
  catalogue;
  circuits = /* @__PURE__ */ new Map();
  egress = /* @__PURE__ */ new Map();
  premium = /* @__PURE__ */ new Map();
  /**
   * Each figure's quote, made once per index: an estate asks for the same few figures thousands of times
   * (the egress rate, a gateway's hourly price), and a quote only reads its figure (one index is made per
   * estimate, so a quote cannot outlive its catalogue's figures).
   */
  quotes = /* @__PURE__ */ new Map();
  quote(value, f) {
    if (this.quotes.has(f))
      return this.quotes.get(f);
    const q = quoteOf(value, f);
    this.quotes.set(f, q);
    return q;
  }
  constructor(catalogue) {
    this.catalogue = catalogue;
    for (const c of catalogue.circuits)
      this.circuits.set(`${c.tier}|${c.billingModel}|${c.bandwidthMbps}|${c.zone}`, c);
    for (const e of catalogue.egress)
      this.egress.set(e.zone, e);
    for (const p of catalogue.premiumAddOn)
      this.premium.set(`${p.bandwidthMbps}|${p.zone}`, p);
  }
  get hoursPerMonth() {
    return this.catalogue.hoursPerMonth;
  }
  circuitFee(tier, model, bandwidthMbps, zone) {
    let byModel = this.feeAnswers.get(tier);
    if (!byModel)
      this.feeAnswers.set(tier, byModel = /* @__PURE__ */ new Map());
    let byBandwidth = byModel.get(model);
    if (!byBandwidth)
      byModel.set(model, byBandwidth = /* @__PURE__ */ new Map());
    let byZone = byBandwidth.get(bandwidthMbps);
    if (!byZone)
      byBandwidth.set(bandwidthMbps, byZone = /* @__PURE__ */ new Map());
    if (byZone.has(zone))
      return byZone.get(zone);
    const f = this.circuits.get(`${tier}|${model}|${bandwidthMbps}|${zone}`);
    const q = f ? this.quote(f.monthlyUsd, f) : void 0;
    byZone.set(zone, q);
    return q;
  }
  feeAnswers = /* @__PURE__ */ new Map();
  egressRate(zone) {
    const f = this.egress.get(zone);
    return f ? this.quote(f.usdPerGb, f) : void 0;
  }
  premiumAddOn(bandwidthMbps, zone) {
    const f = this.premium.get(`${bandwidthMbps}|${zone}`);
    return f ? this.quote(f.monthlyUsd, f) : void 0;
  }
  /** Direct port-pair fee: a zone-specific figure first, then a zone-less one. */
  directPort(portBandwidthGbps, billingType, zone) {
    const rows = this.catalogue.directPorts.filter((d) => d.portBandwidthGbps === portBandwidthGbps && d.billingType === billingType);
    const f = rows.find((d) => zone && d.zone === zone) ?? rows.find((d) => !d.zone);
    return { quote: f ? this.quote(f.monthlyUsd, f) : void 0, figure: f };
  }
  directPremiumAddOn() {
    const f = this.catalogue.directPremiumAddOn;
    return f ? { quote: this.quote(f.monthlyUsd, f), unverified: f.unverified } : {};
  }
  globalReachPerGb(zone, direction) {
    const f = this.catalogue.globalReach.perGb.find((g) => g.zone === zone && g.direction === direction);
    return f ? this.quote(f.usdPerGb, f) : void 0;
  }
  /** The Global Reach add-on for a circuit: most specific figure first (zone + bandwidth, zone, any). */
  globalReachAddOn(zone, bandwidthMbps) {
    const rows = this.catalogue.globalReach.addOn;
    const f = rows.find((r) => r.zone === zone && r.bandwidthMbps === bandwidthMbps) ?? rows.find((r) => r.zone === zone && r.bandwidthMbps === void 0) ?? rows.find((r) => r.zone === void 0 && r.bandwidthMbps === void 0);
    return { quote: f ? this.quote(f.monthlyUsd, f) : void 0, figure: f };
  }
  /**
   * Gateway hourly price by SKU and ARM region. When the catalogue has no figure for that region, a
   * figure from another region is returned with `otherRegion` set: the caller must say so.
   */
  gateway(sku, region) {
    const key = `${sku}
${region ?? ""}`;
    let answer = this.gatewayAnswers.get(key);
    if (!answer)
      this.gatewayAnswers.set(key, answer = this.gatewayLookup(sku, region));
    return answer;
  }
  gatewayAnswers = /* @__PURE__ */ new Map();
  gatewayLookup(sku, region) {
    const s = sku.toLowerCase();
    const r = (region ?? "").toLowerCase().replace(/\s+/g, "");
    const rows = this.catalogue.gateways.filter((g) => g.sku.toLowerCase() === s);
    const exact = rows.find((g) => g.region.toLowerCase() === r && g.usdPerHour !== null);
    if (exact)
      return { quote: this.quote(exact.usdPerHour, exact), per: exact.per, figure: exact };
    const anyRegion = rows.find((g) => g.region === "*" && g.usdPerHour !== null);
    if (anyRegion)
      return { quote: this.quote(anyRegion.usdPerHour, anyRegion), per: anyRegion.per, figure: anyRegion };
    const other = [...rows].sort((a, b) => compareText(a.region, b.region)).find((g) => g.usdPerHour !== null);
    if (other)
      return { quote: this.quote(other.usdPerHour, other), per: other.per, otherRegion: other.region, figure: other };
    return { figure: rows[0], per: rows[0]?.per };
  }
  vwan(kind, region) {
    const key = `${kind}
${region ?? ""}`;
    let answer = this.vwanAnswers.get(key);
    if (!answer)
      this.vwanAnswers.set(key, answer = this.vwanLookup(kind, region));
    return answer;
  }
  vwanAnswers = /* @__PURE__ */ new Map();
  vwanLookup(kind, region) {
    const r = (region ?? "").toLowerCase().replace(/\s+/g, "");
    const rows = this.catalogue.vwan.filter((v) => v.kind === kind && v.usdPerHour !== null);
    const exact = rows.find((v) => v.region.toLowerCase() === r) ?? rows.find((v) => v.region === "*");
    if (exact)
      return { quote: this.quote(exact.usdPerHour, exact) };
    const other = [...rows].sort((a, b) => compareText(a.region, b.region))[0];
    return other ? { quote: this.quote(other.usdPerHour, other), otherRegion: other.region } : {};
  }
};

export {
  ZONES,
  CIRCUIT_BANDWIDTHS_MBPS,
  GATEWAY_SKUS,
  LOCAL_BANDWIDTHS_MBPS,
  localBandwidthFor,
  BUNDLED_CATALOGUE,
  loadCatalogue,
  bundledCatalogueDigest,
  auditCatalogue,
  formatBandwidth,
  CatalogueIndex
};
