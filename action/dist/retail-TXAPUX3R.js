// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  MAX_NAMED_WAIT_MS,
  refusedWait
} from "./chunk-4WF5Q64Y.js";
import {
  CIRCUIT_BANDWIDTHS_MBPS,
  ZONES,
  formatBandwidth
} from "./chunk-SHTQVT5S.js";
import {
  compareText
} from "./chunk-X6A6OTOC.js";
import "./chunk-VQAVFDJZ.js";
import "./chunk-HGZGRQEX.js";
import "./chunk-BAWUMSZC.js";
import "./chunk-U5NJNZAI.js";
import "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";

// dist/pricing/retail.js
var RETAIL_ENDPOINT = "https://prices.azure.com/api/retail/prices";
var API_VERSION = "2023-01-01-preview";
var RETAIL_CURRENCIES = ["USD", "AUD", "BRL", "CAD", "CHF", "CNY", "DKK", "EUR", "GBP", "INR", "JPY", "KRW", "NOK", "NZD", "RUB", "SEK", "TWD"];
var isLoopback = (host) => host === "localhost" || host === "[::1]" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
function endpointProblem(endpoint) {
  let url;
  try {
    url = new URL(endpoint);
  } catch {
    return "not a URL";
  }
  if (url.username || url.password)
    return "a URL with a user name or password in it";
  if (url.protocol === "https:")
    return void 0;
  if (url.protocol === "http:" && isLoopback(url.hostname))
    return void 0;
  return url.protocol === "http:" ? "an http:// URL to a host that is not this machine" : `a ${url.protocol} URL`;
}
var RetailApiError = class extends Error {
};
var defaultSleep = (ms) => new Promise((r) => setTimeout(r, ms));
function retryAfterMs(value) {
  if (!value)
    return void 0;
  const s = Number(value);
  if (Number.isFinite(s))
    return Math.max(0, s * 1e3);
  const t = Date.parse(value);
  return Number.isNaN(t) ? void 0 : Math.max(0, t - Date.now());
}
function firstPageUrl(filter, opts = {}) {
  const base = opts.endpoint ?? RETAIL_ENDPOINT;
  const params = new URLSearchParams({ "api-version": API_VERSION, currencyCode: opts.currency ?? "USD", $filter: filter });
  return `${base}${base.includes("?") ? "&" : "?"}${params.toString().replace(/\+/g, "%20")}`;
}
async function getPage(url, opts) {
  const fetchImpl = opts.fetch ?? globalThis.fetch;
  const attempts = opts.attempts ?? 5;
  const base = opts.backoffMs ?? 1e3;
  const sleep = opts.sleep ?? defaultSleep;
  let last = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let status = 0;
    let retryAfter;
    try {
      const signal = AbortSignal.timeout(opts.timeoutMs ?? 6e4);
      const res = await fetchImpl(url, { headers: { accept: "application/json" }, signal });
      status = res.status;
      const text = await res.text();
      if (status === 200) {
        try {
          return JSON.parse(text);
        } catch {
          last = "a response that is not JSON";
        }
      } else {
        last = `HTTP ${status}`;
        retryAfter = retryAfterMs(res.headers.get("retry-after"));
        if (status !== 429 && status < 500)
          throw new RetailApiError(`Retail Prices API: ${url} answered HTTP ${status}: ${text.slice(0, 200)}`);
      }
    } catch (e) {
      if (e instanceof RetailApiError)
        throw e;
      last = e.message ?? String(e);
    }
    const refused = refusedWait(retryAfter, opts.maxRetryAfterMs ?? MAX_NAMED_WAIT_MS);
    if (refused)
      throw new RetailApiError(`Retail Prices API: ${url} answered ${last} and ${refused}; try again later`);
    if (attempt < attempts) {
      const wait = retryAfter ?? base * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
      opts.log?.(`retail prices: ${last} on attempt ${attempt}/${attempts}; retrying in ${Math.round(wait)} ms`);
      await sleep(wait);
    }
  }
  throw new RetailApiError(`Retail Prices API: ${url} failed after ${attempts} attempts (${last})`);
}
async function fetchAllItems(filter, opts = {}) {
  const items = [];
  let url = firstPageUrl(filter, opts);
  const origin = new URL(url).origin;
  const seen = /* @__PURE__ */ new Set();
  for (let page = 0; url; page++) {
    if (page >= (opts.maxPages ?? 500))
      throw new RetailApiError(`Retail Prices API: more than ${opts.maxPages ?? 500} pages for ${filter}; stopping`);
    if (seen.has(url))
      throw new RetailApiError(`Retail Prices API: NextPageLink repeats ${url}; stopping`);
    seen.add(url);
    const raw = await getPage(url, opts);
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
      throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter} is not a price page (expected {"Items": [...], "NextPageLink": ...})`);
    const body = raw;
    if (!Array.isArray(body.Items))
      throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter} has no Items array`);
    const bad = body.Items.findIndex((i) => typeof i !== "object" || i === null || Array.isArray(i));
    if (bad >= 0)
      throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter}: Items[${bad}] is not a price row`);
    const currency = opts.currency ?? "USD";
    body.Items.forEach((i, k) => {
      if (i.currencyCode !== currency)
        throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter}: Items[${k}].currencyCode: expected ${currency} (the currency asked for), found ${JSON.stringify(i.currencyCode ?? null)}`);
      if (typeof i.retailPrice !== "number" || !Number.isFinite(i.retailPrice))
        throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter}: Items[${k}].retailPrice: expected a number, found ${JSON.stringify(i.retailPrice ?? null)}`);
    });
    items.push(...body.Items);
    opts.log?.(`retail prices: ${filter}: page ${page + 1}, ${body.Items.length} item(s)`);
    const next = body.NextPageLink;
    if (next === null || next === void 0 || next === "")
      break;
    if (typeof next !== "string")
      throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter} has a NextPageLink that is not a URL`);
    let nextOrigin;
    try {
      nextOrigin = new URL(next).origin;
    } catch {
      throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter} has a NextPageLink that is not a URL`);
    }
    if (nextOrigin !== origin)
      throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter} links its next page to ${nextOrigin}, not ${origin} (the endpoint's origin); not followed`);
    url = next;
  }
  return items;
}
var REFRESH_FILTERS = [
  "serviceName eq 'ExpressRoute'",
  "serviceName eq 'Virtual WAN' and skuName eq 'ExpressRoute Scale Unit'",
  "serviceName eq 'Virtual WAN' and skuName eq 'ExpressRoute Connection Unit'"
];
function zoneOf(item) {
  for (const v of [item.armRegionName, item.location]) {
    const s = (v ?? "").trim();
    const m = /^zone\s*([1-4])$/i.exec(s);
    if (m)
      return `Zone ${m[1]}`;
    if (/^us\s*gov(ernment)?\s*zone\s*1$/i.test(s))
      return "US Gov";
  }
  return void 0;
}
function bandwidthMbps(value, unit) {
  return unit.toLowerCase() === "gbps" ? Number(value) * 1e3 : Number(value);
}
function meterOf(i) {
  const m = {};
  if (i.meterId)
    m.meterId = i.meterId;
  if (i.meterName)
    m.meterName = i.meterName;
  if (i.productName)
    m.productName = i.productName;
  if (i.skuName)
    m.skuName = i.skuName;
  if (i.armRegionName)
    m.armRegionName = i.armRegionName;
  if (i.unitOfMeasure)
    m.unitOfMeasure = i.unitOfMeasure;
  if (i.effectiveStartDate)
    m.effectiveStartDate = i.effectiveStartDate;
  return m;
}
var isMonthly = (i) => /^1\s*\/\s*month$/i.test(i.unitOfMeasure ?? "");
var isHourly = (i) => /^1\s*hours?$/i.test(i.unitOfMeasure ?? "");
var isPerGb = (i) => /^1\s*gb$/i.test(i.unitOfMeasure ?? "");
var effectiveDay = (i) => (i.effectiveStartDate ?? "").slice(0, 10);
function buildCatalogueFromRetail(items, opts) {
  const SRC = "retail-api";
  const warnings = [];
  const errors = [];
  const ignored = [];
  const consumption = items.filter((i) => (i.type ?? "Consumption") === "Consumption" && (i.tierMinimumUnits ?? 0) === 0 && Number.isFinite(i.retailPrice));
  const rows = consumption.filter((i) => effectiveDay(i) <= opts.date);
  if (rows.length < consumption.length)
    warnings.push(`${consumption.length - rows.length} row(s) take effect after ${opts.date} (${[...new Set(consumption.filter((i) => !rows.includes(i)).map((i) => `${i.meterName ?? "?"} from ${effectiveDay(i)}`))].slice(0, 5).join(", ")}): not used`);
  const conflicts = /* @__PURE__ */ new Map();
  const newest = (map, key, value, what) => {
    const prev = map.get(key);
    if (!prev)
      return void map.set(key, value);
    if (prev.price !== value.price) {
      const [was, now] = [effectiveDay(prev.meter ?? {}), effectiveDay(value.meter ?? {})];
      if (was === now)
        return void conflicts.set(what, `${what}: two prices in effect from ${now || "an unstated date"} (${prev.price} and ${value.price}); which one applies is not known`);
      const keepNew = now > was;
      warnings.push(`${what}: two prices (${prev.price} and ${value.price}); kept ${keepNew ? value.price : prev.price} (newest effectiveStartDate)`);
      if (keepNew) {
        map.set(key, value);
        conflicts.delete(what);
      }
    }
  };
  const toMonthly = (i) => isHourly(i) ? i.retailPrice * 730 : i.retailPrice;
  const circuits = /* @__PURE__ */ new Map();
  const egressByZone = /* @__PURE__ */ new Map();
  const grPerGb = /* @__PURE__ */ new Map();
  const grAddOn = /* @__PURE__ */ new Map();
  const direct = /* @__PURE__ */ new Map();
  const gateways = /* @__PURE__ */ new Map();
  const vwan = /* @__PURE__ */ new Map();
  for (const i of rows) {
    const meter = (i.meterName ?? "").trim();
    const product = (i.productName ?? "").trim();
    const sku = (i.skuName ?? "").trim();
    const region = (i.armRegionName ?? "").trim().toLowerCase();
    const zone = zoneOf(i);
    let m;
    if (/^virtual wan$/i.test(i.serviceName ?? "")) {
      const kind = /^expressroute scale unit$/i.test(sku) ? "scaleUnit" : /^expressroute connection unit$/i.test(sku) ? "connectionUnit" : void 0;
      if (kind && isHourly(i) && region)
        newest(vwan, `${kind}|${region}`, { kind, region, usdPerHour: i.retailPrice, price: i.retailPrice, source: SRC, meter: meterOf(i) }, `vWAN ${kind} ${region}`);
      else
        ignored.push(`${i.serviceName}/${meter || sku}`);
      continue;
    }
    const all = `${product} ${meter} ${sku}`;
    if (/global\s*reach/i.test(all)) {
      if (!zone)
        ignored.push(`${product}/${meter} (no zone)`);
      else if (isPerGb(i)) {
        const direction = /\b(in|inbound|ingress)\b|transfer in/i.test(meter) ? "in" : "out";
        newest(grPerGb, `${zone}|${direction}`, { zone, direction, usdPerGb: i.retailPrice, price: i.retailPrice, source: SRC, meter: meterOf(i) }, `Global Reach ${direction} ${zone}`);
      } else if (isMonthly(i) || isHourly(i)) {
        const bw = /(\d+)\s*(Mbps|Gbps)/i.exec(all);
        const b = bw ? bandwidthMbps(bw[1], bw[2]) : void 0;
        const v = toMonthly(i);
        newest(grAddOn, `${zone}|${b ?? ""}`, { zone, ...b ? { bandwidthMbps: b } : {}, monthlyUsd: v, price: v, source: SRC, meter: meterOf(i) }, `Global Reach add-on ${zone}`);
      } else
        ignored.push(`${product}/${meter}`);
      continue;
    }
    if (/gateway|ergw/i.test(all)) {
      let gw;
      let per = "gateway";
      if (m = /^(ErGw\w*AZ)\s+Gateway$/i.exec(meter))
        gw = m[1];
      else if (/^ErGwScale\s+Unit$/i.test(meter))
        [gw, per] = ["ErGwScale", "scaleUnit"];
      else if (/ultra\s*(high\s*)?performance/i.test(all))
        gw = "UltraPerformance";
      else if (/high\s*performance/i.test(all))
        gw = "HighPerformance";
      else if (/standard gateway/i.test(all))
        gw = "Standard";
      if (gw && isHourly(i) && region)
        newest(gateways, `${gw}|${region}`, { sku: gw, region, usdPerHour: i.retailPrice, price: i.retailPrice, per, source: SRC, meter: meterOf(i) }, `gateway ${gw} ${region}`);
      else
        ignored.push(`${product}/${meter}`);
      continue;
    }
    if (/\bdirect\b|\bport\b/i.test(`${product} ${meter}`)) {
      const bw = /(\d+)\s*Gbps/i.exec(all);
      const model = /unlimited/i.test(all) ? "UnlimitedData" : /metered/i.test(all) ? "MeteredData" : void 0;
      if (bw && model && (isMonthly(i) || isHourly(i))) {
        const v = toMonthly(i);
        newest(direct, `${bw[1]}|${model}|${zone ?? ""}`, { portBandwidthGbps: Number(bw[1]), billingType: model, ...zone ? { zone } : {}, monthlyUsd: v, price: v, source: SRC, meter: meterOf(i) }, `Direct ${bw[1]} Gbps ${model}`);
      } else
        ignored.push(`${product}/${meter}`);
      continue;
    }
    if (!zone) {
      ignored.push(`${product}/${meter} (region ${i.armRegionName ?? "?"})`);
      continue;
    }
    if ((m = /^(Standard|Premium)\s+(Metered|Unlimited)\s+Data\s+(\d+)\s*(Mbps|Gbps)\s+Circuit$/i.exec(meter)) && (isMonthly(i) || isHourly(i))) {
      const tier = m[1][0].toUpperCase() + m[1].slice(1).toLowerCase();
      const model = /^metered$/i.test(m[2]) ? "MeteredData" : "UnlimitedData";
      const bw = bandwidthMbps(m[3], m[4]);
      const v = toMonthly(i);
      newest(circuits, `${tier}|${model}|${bw}|${zone}`, { tier, billingModel: model, bandwidthMbps: bw, zone, monthlyUsd: v, price: v, source: SRC, meter: meterOf(i) }, `${tier} ${model} ${bw} Mbps ${zone}`);
    } else if ((m = /^Local\s+(?:Unlimited\s+Data\s+)?(\d+)\s*(Mbps|Gbps)\s+Circuit$/i.exec(meter)) && (isMonthly(i) || isHourly(i))) {
      const bw = bandwidthMbps(m[1], m[2]);
      const v = toMonthly(i);
      newest(circuits, `Local|UnlimitedData|${bw}|${zone}`, { tier: "Local", billingModel: "UnlimitedData", bandwidthMbps: bw, zone, monthlyUsd: v, price: v, source: SRC, meter: meterOf(i) }, `Local ${bw} Mbps ${zone}`);
    } else if (/data transfer out/i.test(meter) && isPerGb(i)) {
      const bw = /(\d+)\s*(Mbps|Gbps)/i.exec(sku);
      const byBw = egressByZone.get(zone) ?? /* @__PURE__ */ new Map();
      const key = bw ? bandwidthMbps(bw[1], bw[2]) : 0;
      byBw.set(key, [...byBw.get(key) ?? [], i]);
      egressByZone.set(zone, byBw);
    } else
      ignored.push(`${product}/${meter}`);
  }
  const egress = [];
  for (const zone of ZONES) {
    const byBw = egressByZone.get(zone);
    if (!byBw)
      continue;
    const all = [];
    const superseded = /* @__PURE__ */ new Set();
    for (const [bw, skuRows] of byBw) {
      const day = skuRows.reduce((d, r) => effectiveDay(r) > d ? effectiveDay(r) : d, "");
      const current = skuRows.filter((r) => effectiveDay(r) === day);
      const prices = [...new Set(current.map((r) => r.retailPrice))];
      const what = `egress ${zone}${bw ? ` (${formatBandwidth(bw)} SKU)` : ""}`;
      if (prices.length > 1)
        conflicts.set(what, `${what}: two prices in effect from ${day || "an unstated date"} (${prices.join(" and ")}); which one applies is not known`);
      else {
        for (const r of skuRows)
          if (r.retailPrice !== prices[0])
            superseded.add(r.retailPrice);
        all.push(current[0]);
      }
    }
    if (superseded.size > 0)
      warnings.push(`egress ${zone}: older prices (${[...superseded].join(", ")}) superseded by a newer effectiveStartDate; kept the newest on each bandwidth SKU`);
    if (all.length === 0)
      continue;
    const counts = /* @__PURE__ */ new Map();
    for (const r of all)
      counts.set(r.retailPrice, (counts.get(r.retailPrice) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const [rate] = ranked[0];
    if (ranked.length > 1 && ranked[1][1] === ranked[0][1]) {
      conflicts.set(`egress ${zone}`, `egress ${zone}: the bandwidth SKUs have different rates (${ranked.map(([p, n]) => `${p} on ${n}`).join(", ")}) and none is the most common; which one applies is not known`);
      continue;
    }
    if (counts.size > 1)
      warnings.push(`egress in ${zone} differs by bandwidth SKU (${[...counts.keys()].join(", ")}); using the most common, ${rate}`);
    const row = all.find((r) => r.retailPrice === rate);
    egress.push({ zone, usdPerGb: rate, source: SRC, meter: meterOf(row) });
  }
  const strip = (v) => {
    const { price: _p, ...rest } = v;
    return rest;
  };
  const circuitList = [...circuits.values()].map(strip).sort((a, b) => compareText(a.tier, b.tier) || compareText(a.billingModel, b.billingModel) || a.bandwidthMbps - b.bandwidthMbps || compareText(a.zone, b.zone));
  const premiumAddOn = [];
  for (const zone of ZONES)
    for (const bw of CIRCUIT_BANDWIDTHS_MBPS) {
      const p = circuits.get(`Premium|UnlimitedData|${bw}|${zone}`);
      const s = circuits.get(`Standard|UnlimitedData|${bw}|${zone}`);
      if (p && s)
        premiumAddOn.push({ bandwidthMbps: bw, zone, monthlyUsd: Math.round((p.price - s.price) * 100) / 100, source: "derived-premium" });
    }
  const missing = `not returned by the Retail Prices API on ${opts.date}`;
  const directPorts = [...direct.values()].map(strip);
  const catalogue = {
    $schema: "../schemas/prices.schema.json",
    catalogueVersion: 1,
    effectiveDate: opts.date,
    currency: opts.currency,
    source: `Azure Retail Prices API (${opts.endpoint ?? RETAIL_ENDPOINT}), retrieved ${opts.date}`,
    hoursPerMonth: 730,
    gbPerTb: 1024,
    sources: {
      [SRC]: { kind: "api", title: "Azure Retail Prices API", reference: `${opts.endpoint ?? RETAIL_ENDPOINT} $filter: ${REFRESH_FILTERS.join(" | ")}`, date: opts.date },
      "derived-premium": { kind: "derived", title: "Premium add-on = Premium Unlimited \u2212 Standard Unlimited (same zone and bandwidth)", reference: "research/pricing.md \xA72.3", date: opts.date },
      none: { kind: "missing", title: "The API returned no row for this figure", reference: `${opts.endpoint ?? RETAIL_ENDPOINT}`, date: opts.date }
    },
    circuits: circuitList,
    egress,
    premiumAddOn,
    directPorts: directPorts.length > 0 ? directPorts : [10, 100].flatMap((g) => ["MeteredData", "UnlimitedData"].map((billingType) => ({ portBandwidthGbps: g, billingType, monthlyUsd: null, source: "none", unverified: `ExpressRoute Direct port-pair fee ${missing}` }))),
    directPremiumAddOn: { monthlyUsd: null, source: "none", unverified: `Microsoft publishes the Premium add-on on Direct circuits only as "a slight add-on charge"; ${missing}` },
    globalReach: {
      addOn: grAddOn.size > 0 ? [...grAddOn.values()].map(strip) : [{ monthlyUsd: null, source: "none", unverified: `Global Reach add-on ${missing}` }],
      perGb: [...grPerGb.values()].map(strip).sort((a, b) => compareText(a.zone, b.zone) || compareText(a.direction, b.direction))
    },
    gateways: [...gateways.values()].map(strip).sort((a, b) => compareText(a.sku, b.sku) || compareText(a.region, b.region)),
    vwan: [...vwan.values()].map(strip).sort((a, b) => compareText(a.kind, b.kind) || compareText(a.region, b.region))
  };
  errors.push(...conflicts.values());
  return { catalogue, ignored, warnings, errors };
}
export {
  API_VERSION,
  REFRESH_FILTERS,
  RETAIL_CURRENCIES,
  RETAIL_ENDPOINT,
  RetailApiError,
  buildCatalogueFromRetail,
  endpointProblem,
  fetchAllItems,
  firstPageUrl
};
