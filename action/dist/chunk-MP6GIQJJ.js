// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  cloudOfRegion,
  isLocalRegion,
  peeringLocationInfo,
  regionGeopoliticalInfo
} from "./chunk-D3FX4D66.js";
import {
  readDataFile
} from "./chunk-PCQZUXPH.js";
import {
  BUNDLED_CATALOGUE,
  CIRCUIT_BANDWIDTHS_MBPS,
  CatalogueIndex,
  LOCAL_BANDWIDTHS_MBPS,
  formatBandwidth
} from "./chunk-W6WHV2QZ.js";
import {
  schemaValidator,
  validateOrThrow
} from "./chunk-543HGEIV.js";

// dist/pricing/usage.js
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
  const where = file ? `usage file ${file}` : "usage file";
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

// dist/pricing/estimate.js
var STANDARD_MAX_VNET_LINKS = 10;
var round2 = (n) => Math.round(n * 100) / 100;
var currencyPrefix = "$";
var numberFormats = /* @__PURE__ */ new Map();
function formatNumber(n, minFraction, maxFraction) {
  const key = `${minFraction}/${maxFraction}`;
  let f = numberFormats.get(key);
  if (!f)
    numberFormats.set(key, f = new Intl.NumberFormat("en-US", { minimumFractionDigits: minFraction, maximumFractionDigits: maxFraction }));
  return f.format(n);
}
var usd = (n) => `${currencyPrefix}${formatNumber(n, n % 1 === 0 ? 0 : 2, Math.abs(n) < 1 ? 4 : 2)}`;
var gb = (n) => `${formatNumber(Math.round(n), 0, 3)} GB`;
var modelName = (m) => m === "MeteredData" ? "Metered" : m === "UnlimitedData" ? "Unlimited" : m;
var Trail = class {
  sources = /* @__PURE__ */ new Set();
  unverified = [];
  use(q, what) {
    if (!q)
      return null;
    this.sources.add(q.source);
    const line = `${what} (${usd(q.value)}): ${q.unverified}`;
    if (q.unverified && !this.unverified.includes(line))
      this.unverified.push(line);
    return q.value;
  }
};
function tierOf(c) {
  if (c.tier)
    return c.tier;
  const t = c.skuName?.split("_")[0];
  return t || "unknown";
}
function modelOf(c, port) {
  if (c.isDirect && port?.billingType)
    return port.billingType;
  if (c.billingModel)
    return c.billingModel;
  const f = c.skuName?.split("_")[1];
  return f || "unknown";
}
function egressFor(c, usage, opts) {
  const u = usage.get(c.key);
  const m = opts.metrics?.[c.key];
  const globalReachGb = u?.globalReachGbPerMonth ?? 0;
  const fromMetrics = () => ({ gb: m.egressGbPerMonth, source: "metrics", metric: { metric: m.metric, days: m.days }, globalReachGb });
  if (m && opts.preferMetrics)
    return fromMetrics();
  if (u?.egressGbPerMonth !== void 0)
    return { gb: u.egressGbPerMonth, source: "usage", globalReachGb };
  if (m)
    return fromMetrics();
  return { gb: 0, source: "none", globalReachGb };
}
function describeEgress(e) {
  if (e.source === "usage")
    return `declared egress ${gb(e.gb)}/month (usage file)`;
  if (e.source === "metrics")
    return `measured egress ${gb(e.gb)}/month (Azure Monitor${e.metric?.metric ? ` ${e.metric.metric}` : ""}${e.metric?.days ? `, last ${e.metric.days} days` : ""})`;
  return "no egress declared or measured";
}
function premiumNeed(c, loc, inv) {
  const needs = [];
  const unknowns = [];
  const home = loc.geopolitical;
  if (!home)
    unknowns.push(`the geopolitical region of ${loc.name} is not known`);
  const gateways = c.gatewayKeys.map((k) => inv.byKey.get(k)).filter((g) => g?.kind === "gateway");
  for (const g of gateways) {
    const geo = regionGeopoliticalInfo(g.location);
    if (!geo)
      unknowns.push(`gateway ${g.name} is in ${g.location ?? "an unknown region"}, whose geopolitical region is not known`);
    else if (home && geo.geopolitical !== home)
      needs.push(`gateway ${g.name} in ${g.location} (${geo.geopolitical}) is outside ${home}`);
  }
  const vnetLinks = c.connectionKeys.length;
  if (vnetLinks > STANDARD_MAX_VNET_LINKS)
    needs.push(`${vnetLinks} connections exceed the ${STANDARD_MAX_VNET_LINKS} VNet links of Standard`);
  for (const p of c.peerings) {
    if (p.peeringType === "MicrosoftPeering")
      unknowns.push("Microsoft peering is configured (Microsoft 365 over ExpressRoute needs Premium)");
    for (const gr of p.globalReach) {
      const peer = gr.peerCircuitKey ? inv.byKey.get(gr.peerCircuitKey) : void 0;
      if (!peer || peer.kind !== "circuit") {
        unknowns.push(`Global Reach peer ${gr.peerCircuitKey ?? gr.name} is not in the inventory`);
        continue;
      }
      const peerLoc = peeringLocationInfo(peer.peeringLocation, cloudOfRegion(peer.location));
      if (!peerLoc?.geopolitical)
        unknowns.push(`Global Reach peer ${peer.name}'s geopolitical region is not known`);
      else if (home && peerLoc.geopolitical !== home)
        needs.push(`Global Reach to ${peer.name} at ${peerLoc.name} (${peerLoc.geopolitical}) crosses geopolitical regions`);
    }
  }
  if (c.authorizations.some((a) => a.useStatus === "InUse"))
    unknowns.push("redeemed authorizations may connect gateways that are not in the inventory");
  if (needs.length > 0)
    return { needed: true, reasons: needs };
  if (unknowns.length > 0)
    return { needed: null, reasons: unknowns };
  return {
    needed: false,
    reasons: [
      gateways.length > 0 ? `all ${gateways.length} connected gateway(s) are in ${home}, ${vnetLinks} VNet link(s), no Microsoft peering, no cross-region Global Reach` : "no connection, Microsoft peering or Global Reach needs it",
      "erscan cannot see the route count (Standard allows 4,000 private-peering routes, Premium 10,000): check it before turning Premium off"
    ]
  };
}
function localOption(c, loc, zone, bw, idx, trail, inv) {
  if (loc.localRegions.length === 0)
    return { eligible: false, why: `ExpressRoute Local is not offered at ${loc.name}` };
  const localBw = LOCAL_BANDWIDTHS_MBPS.find((b) => b >= bw);
  if (!localBw)
    return { eligible: false, why: `Local is sold up to 10 Gbps; this circuit has ${formatBandwidth(bw)}` };
  const q = idx.circuitFee("Local", "UnlimitedData", localBw, zone);
  if (!q)
    return { eligible: false, why: `the catalogue has no Local price for ${formatBandwidth(localBw)} in ${zone}` };
  const regions = loc.localRegionNames.join(" / ");
  const hasGlobalReach = c.globalReachEnabled || c.peerings.some((p) => p.globalReach.length > 0 || p.peeredConnectionCount > 0);
  if (hasGlobalReach)
    return { eligible: false, why: "Local does not support Global Reach, which this circuit uses" };
  const gateways = c.gatewayKeys.map((k) => inv.byKey.get(k)).filter((g) => g?.kind === "gateway");
  if (gateways.length === 0)
    return { eligible: null, bandwidthMbps: localBw, fee: q.value, why: `no connected gateway in the inventory, so erscan cannot tell whether all traffic stays in ${regions}` };
  const outside = gateways.filter((g) => !isLocalRegion(loc, g.location));
  if (outside.length > 0)
    return { eligible: false, why: `Local at ${loc.name} only reaches ${regions}; ${outside.map((g) => `${g.name} (${g.location})`).join(", ")} is outside` };
  const fee = trail.use(q, `Local ${formatBandwidth(localBw)} ${zone} fee`);
  return { eligible: true, bandwidthMbps: localBw, fee, why: `all ${gateways.length} connected gateway(s) are in ${regions}, the Local region(s) of ${loc.name}` };
}
function emptyCost(c, tier, model, eg, zone, peeringLocation, notes) {
  return {
    resourceId: c.id,
    resourceName: c.name,
    subscriptionId: c.subscriptionId,
    tenantId: c.tenantId,
    zone,
    tier,
    billingModel: model,
    bandwidthMbps: c.bandwidthMbps ?? 0,
    egressGbPerMonth: eg.gb,
    egressSource: eg.source,
    monthlyUsd: { current: null, metered: null, unlimited: null, local: null },
    breakEvenGbPerMonth: null,
    recommendation: null,
    notes,
    ...peeringLocation ? { peeringLocation } : {},
    ...c.isDirect ? { isDirect: true } : {},
    ...eg.metric ? { egressMetric: eg.metric } : {}
  };
}
var NOT_PROVISIONED = /* @__PURE__ */ new Set(["notprovisioned", "deprovisioned"]);
function estimateCircuit(c, inv, idx, usage, opts) {
  const port = c.portKey ? inv.byKey.get(c.portKey) : void 0;
  const tier = tierOf(c);
  const model = modelOf(c, port);
  const eg = egressFor(c, usage, opts);
  const notes = [];
  const trail = new Trail();
  const peeringLocation = c.peeringLocation ?? port?.peeringLocation;
  const cloud = cloudOfRegion(c.location);
  const loc = peeringLocationInfo(peeringLocation, cloud);
  const zone = loc?.zone ?? null;
  if (eg.source === "usage")
    notes.push("egress from the usage file");
  if (eg.source === "metrics")
    notes.push(`egress measured by Azure Monitor${eg.metric?.days ? ` over the last ${eg.metric.days} days` : ""}`);
  if (!peeringLocation) {
    notes.push("no peering location: the billing zone follows the peering location, so this circuit is not priced");
    return emptyCost(c, tier, model, eg, null, void 0, notes);
  }
  if (!loc) {
    notes.push(`peering location "${peeringLocation}" is not in erscan's zone map${cloud !== "public" ? ` for the ${cloud === "usgov" ? "US Government" : "China"} cloud` : ""}: not priced (no zone is guessed)`);
    return emptyCost(c, tier, model, eg, null, peeringLocation, notes);
  }
  if (!zone) {
    notes.push(`${loc.name} is in the Azure China cloud, which is priced separately in CNY: not in the catalogue`);
    return emptyCost(c, tier, model, eg, null, peeringLocation, notes);
  }
  const out = emptyCost(c, tier, model, eg, zone, peeringLocation, notes);
  const bw = c.bandwidthMbps;
  if (!bw) {
    notes.push("bandwidth unknown: not priced");
    return finish(out, trail);
  }
  if (tier !== "Standard" && tier !== "Premium" && tier !== "Local") {
    notes.push(`SKU tier "${tier}" is not in the catalogue (Local, Standard, Premium): not priced`);
    return finish(out, trail);
  }
  if (model !== "MeteredData" && model !== "UnlimitedData") {
    notes.push(`billing model "${model}" is not MeteredData or UnlimitedData: not priced`);
    return finish(out, trail);
  }
  const rate = trail.use(idx.egressRate(zone), `${zone} egress per GB`);
  if (rate === null)
    notes.push(`no egress price for ${zone} in the catalogue`);
  const grConnections = c.peerings.flatMap((p) => p.globalReach);
  const grConfigured = grConnections.length > 0 || c.peerings.some((p) => p.peeredConnectionCount > 0);
  let grUsd = 0;
  if (grConfigured || eg.globalReachGb > 0) {
    out.globalReachGbPerMonth = eg.globalReachGb;
    const addOn = idx.globalReachAddOn(zone, bw);
    const addOnUsd = trail.use(addOn.quote, "Global Reach add-on");
    if (grConfigured && addOnUsd === null)
      notes.push(`Global Reach add-on not priced: ${addOn.figure?.unverified ?? "no figure in the catalogue"}`);
    let perGbUsd = 0;
    if (eg.globalReachGb > 0) {
      const outRate = trail.use(idx.globalReachPerGb(zone, "out"), `Global Reach outbound per GB in ${zone}`);
      const peer = grConnections.map((g) => g.peerCircuitKey ? inv.byKey.get(g.peerCircuitKey) : void 0).find((p) => p?.kind === "circuit");
      const peerZone = peer ? peeringLocationInfo(peer.peeringLocation, cloudOfRegion(peer.location))?.zone ?? null : null;
      const inRate = peerZone ? trail.use(idx.globalReachPerGb(peerZone, "in"), `Global Reach inbound per GB in ${peerZone}`) : null;
      if (outRate === null)
        notes.push(`Global Reach outbound traffic (${gb(eg.globalReachGb)}/month) not priced: no per-GB figure for ${zone}`);
      if (inRate === null)
        notes.push(`Global Reach inbound charge at the destination not priced: ${peerZone ? `no per-GB figure for ${peerZone}` : "the destination circuit or its zone is unknown"}`);
      perGbUsd = (outRate ?? 0) * eg.globalReachGb + (inRate ?? 0) * eg.globalReachGb;
      if (outRate === null && inRate === null)
        perGbUsd = null;
    }
    grUsd = addOnUsd === null && perGbUsd === null ? null : (addOnUsd ?? 0) + (perGbUsd ?? 0);
    out.globalReachUsd = grUsd === null ? null : round2(grUsd);
  }
  const gr = grUsd ?? 0;
  if (c.isDirect)
    return finish(estimateDirectCircuit(out, tier, model, zone, eg, rate, gr, idx, trail), trail);
  if (!CIRCUIT_BANDWIDTHS_MBPS.includes(bw) && tier !== "Local") {
    notes.push(`no catalogue price for ${formatBandwidth(bw)} circuits (provider circuits are 50 Mbps to 10 Gbps)`);
    return finish(out, trail);
  }
  const planTier = tier === "Premium" ? "Premium" : "Standard";
  const meteredFee = trail.use(idx.circuitFee(planTier, "MeteredData", bw, zone), `${planTier} Metered ${formatBandwidth(bw)} ${zone} fee`);
  const unlimitedFee = trail.use(idx.circuitFee(planTier, "UnlimitedData", bw, zone), `${planTier} Unlimited ${formatBandwidth(bw)} ${zone} fee`);
  const egressUsd = rate === null ? null : rate * eg.gb;
  const metered = meteredFee === null || egressUsd === null ? null : meteredFee + egressUsd + gr;
  const unlimited = unlimitedFee === null ? null : unlimitedFee + gr;
  out.monthlyUsd.metered = metered === null ? null : round2(metered);
  out.monthlyUsd.unlimited = unlimited === null ? null : round2(unlimited);
  if (meteredFee !== null && unlimitedFee !== null && rate)
    out.breakEvenGbPerMonth = Math.round((unlimitedFee - meteredFee) / rate);
  const local = localOption(c, loc, zone, bw, idx, trail, inv);
  if (tier === "Local") {
    const q = LOCAL_BANDWIDTHS_MBPS.includes(bw) ? idx.circuitFee("Local", "UnlimitedData", bw, zone) : void 0;
    const fee = trail.use(q, `Local ${formatBandwidth(bw)} ${zone} fee`);
    if (fee === null)
      notes.push(`no Local price for ${formatBandwidth(bw)} in ${zone}`);
    out.monthlyUsd.local = fee;
    out.monthlyUsd.current = fee;
    out.egressUsd = 0;
    notes.push("Local includes egress; metered and unlimited show the Standard plans at the same bandwidth for comparison");
  } else {
    if (local.eligible)
      out.monthlyUsd.local = local.fee ?? null;
    else if (local.eligible === null && local.fee != null)
      notes.push(`Local at ${loc.name} (${formatBandwidth(local.bandwidthMbps)}) would cost ${usd(local.fee)}/month, but ${local.why}`);
    out.monthlyUsd.current = model === "MeteredData" ? out.monthlyUsd.metered : out.monthlyUsd.unlimited;
    out.egressUsd = model === "MeteredData" ? egressUsd === null ? null : round2(egressUsd) : 0;
  }
  if (eg.source === "none" && model === "MeteredData")
    notes.push(`no egress declared or measured: the metered figure has no egress charge${out.breakEvenGbPerMonth !== null ? `; Unlimited pays off above ${gb(out.breakEvenGbPerMonth)}/month` : ""}`);
  if (tier === "Premium") {
    const need = premiumNeed(c, loc, inv);
    out.premiumNeeded = need.needed;
    out.premiumReasons = need.reasons;
  }
  out.recommendation = recommend(c, out, { tier, model, bw, zone, rate, gr, eg, local, loc, idx, trail, opts });
  return finish(out, trail);
}
function estimateDirectCircuit(out, tier, model, zone, eg, rate, gr, idx, trail) {
  const notes = out.notes;
  notes.push("ExpressRoute Direct circuit: the port pair carries the fee (see the port); Standard circuits are included, Premium is an add-on, egress is billed per circuit at the zone rate");
  let fee = 0;
  if (tier === "Premium") {
    const p = idx.directPremiumAddOn();
    fee = trail.use(p.quote, "Direct Premium add-on");
    if (fee === null)
      notes.push(`Premium add-on on Direct not priced: ${p.unverified ?? "no figure in the catalogue"}`);
  }
  const egressUsd = model === "MeteredData" ? rate === null ? null : rate * eg.gb : 0;
  out.egressUsd = egressUsd === null ? null : round2(egressUsd);
  out.monthlyUsd.current = egressUsd === null ? null : round2((fee ?? 0) + egressUsd + gr);
  return out;
}
function recommend(c, out, x) {
  const current = out.monthlyUsd.current;
  if (current === null)
    return null;
  const state = (c.serviceProviderProvisioningState ?? "").toLowerCase();
  if (NOT_PROVISIONED.has(state)) {
    out.waste = true;
    return {
      kind: "delete-unprovisioned",
      billingModel: x.model,
      tier: x.tier,
      monthlySavingsUsd: current,
      reason: `the provider status is ${c.serviceProviderProvisioningState}: the circuit is billed from creation whether or not it carries traffic, so its ${usd(current)}/month is pure waste; delete it, or finish provisioning with the provider`
    };
  }
  if (x.tier === "Local")
    return null;
  const known = x.eg.source !== "none";
  const fraction = x.opts.newCircuitBelowBreakEvenFraction ?? 0.5;
  const breakEven = out.breakEvenGbPerMonth;
  const tiers = [x.tier, ...x.tier === "Premium" && out.premiumNeeded === false ? ["Standard"] : []];
  const models = [x.model];
  if (known && x.model === "MeteredData")
    models.push("UnlimitedData");
  if (known && x.model === "UnlimitedData" && breakEven !== null && x.eg.gb < breakEven * fraction)
    models.push("MeteredData");
  const options = [];
  for (const t of tiers)
    for (const m of models) {
      if (t === x.tier && m === x.model)
        continue;
      const fee = x.idx.circuitFee(t, m, x.bw, x.zone);
      if (!fee || x.rate === null)
        continue;
      const cost = fee.value + (m === "MeteredData" ? x.rate * x.eg.gb : 0) + x.gr;
      const requiresNewCircuit = x.model === "UnlimitedData" && m === "MeteredData";
      const kind = requiresNewCircuit ? "new-metered-circuit" : m !== x.model ? "switch-to-unlimited" : "remove-premium";
      options.push({ tier: t, model: m, cost, kind, requiresNewCircuit });
    }
  if (x.local.eligible && x.local.fee != null)
    options.push({ tier: "Local", model: "UnlimitedData", cost: x.local.fee, kind: "move-to-local", requiresNewCircuit: false, bandwidthMbps: x.local.bandwidthMbps });
  const best = options.filter((o) => current - o.cost >= 0.01).sort((a, b) => a.cost - b.cost || Number(a.requiresNewCircuit) - Number(b.requiresNewCircuit))[0];
  if (!best) {
    if (known && x.model === "UnlimitedData" && breakEven !== null && x.eg.gb < breakEven && out.monthlyUsd.metered !== null && out.monthlyUsd.metered < current)
      out.notes.push(`${describeEgress(x.eg)} is below the break-even ${gb(breakEven)}, but Unlimited \u2192 Metered is not supported in place; a new Metered circuit would save ${usd(round2(current - out.monthlyUsd.metered))}/month, too little to advise a migration (threshold: below ${Math.round(fraction * 100)}% of the break-even)`);
    return null;
  }
  const saving = round2(current - best.cost);
  const parts = [];
  if (best.kind === "move-to-local") {
    parts.push(`${x.local.why}: a Local ${formatBandwidth(best.bandwidthMbps)} circuit (Unlimited, egress included) costs ${usd(best.cost)}/month against ${usd(current)} now`);
    if (best.bandwidthMbps !== x.bw)
      parts.push(`Local starts at 1 Gbps, so this is a bandwidth increase from ${formatBandwidth(x.bw)}`);
    parts.push("Local reaches only the local region(s) and has no Global Reach");
  } else {
    if (best.model !== x.model && best.model === "UnlimitedData")
      parts.push(`${describeEgress(x.eg)} is above the break-even ${gb(breakEven ?? 0)}: Unlimited costs less than Metered here. Metered \u2192 Unlimited is an in-place change without downtime, but it is one-way (Unlimited \u2192 Metered is not supported)`);
    if (best.requiresNewCircuit)
      parts.push(`${describeEgress(x.eg)} is far below the break-even ${gb(breakEven ?? 0)}, so Metered would cost less. Azure does not support changing Unlimited \u2192 Metered: a new Metered circuit would be needed (order it with the provider, move the connections, delete this one)`);
    if (best.tier !== x.tier)
      parts.push(`the Premium add-on does not look needed (${out.premiumReasons.join("; ")}); it can be turned off in place without downtime`);
    parts.push(`${best.tier} ${modelName(best.model)} would cost ${usd(round2(best.cost))}/month against ${usd(current)} now`);
  }
  const alternatives = options.filter((o) => o !== best && current - o.cost >= 0.01);
  for (const o of alternatives)
    out.notes.push(`also possible: ${o.tier} ${modelName(o.model)}${o.bandwidthMbps && o.bandwidthMbps !== x.bw ? ` ${formatBandwidth(o.bandwidthMbps)}` : ""} at ${usd(round2(o.cost))}/month (saves ${usd(round2(current - o.cost))})${o.requiresNewCircuit ? ", needs a new circuit" : ""}`);
  return {
    kind: best.kind,
    billingModel: best.model,
    tier: best.tier,
    monthlySavingsUsd: saving,
    reason: parts.join(". "),
    ...best.requiresNewCircuit ? { requiresNewCircuit: true } : {},
    ...best.bandwidthMbps && best.bandwidthMbps !== x.bw ? { bandwidthMbps: best.bandwidthMbps } : {}
  };
}
function finish(out, trail) {
  if (trail.unverified.length > 0)
    out.unverified = trail.unverified;
  if (trail.sources.size > 0)
    out.priceSources = [...trail.sources].sort();
  return out;
}
function gatewayCost(g, idx, gwUsage) {
  const trail = new Trail();
  const notes = [];
  const hours = idx.hoursPerMonth;
  const base = { resourceId: g.id, resourceName: g.name, resourceType: g.type, subscriptionId: g.subscriptionId, tenantId: g.tenantId, monthlyUsd: null, basis: "" };
  const declared = gwUsage.get(g.key)?.scaleUnits;
  const units = declared ?? g.minScaleUnits ?? g.maxScaleUnits ?? 1;
  const unitsNote = declared !== void 0 ? `${units} scale unit(s) from the usage file` : g.minScaleUnits !== void 0 ? `${units} scale unit(s): the configured minimum (autoscale may bill more; declare gateways.<id>.scaleUnits in the usage file)` : `${units} scale unit(s) assumed (none configured)`;
  if (g.flavor === "vwan") {
    const su = idx.vwan("scaleUnit", g.location);
    const cu = idx.vwan("connectionUnit", g.location);
    const suPrice = trail.use(su.quote, "vWAN ExpressRoute scale unit per hour");
    const cuPrice = trail.use(cu.quote, "vWAN ExpressRoute connection unit per hour");
    const conns = g.connectionKeys.length;
    for (const [what, r] of [["scale unit", su], ["connection unit", cu]])
      if (r.otherRegion)
        notes.push(`no ${what} price for ${g.location ?? "this region"}: the ${r.otherRegion} price is used (region prices differ; run erscan prices refresh)`);
    notes.push(unitsNote);
    if (suPrice === null || cuPrice === null) {
      notes.push("vWAN ExpressRoute prices missing from the catalogue: not priced");
      return { ...base, basis: `${units} scale unit(s) + ${conns} connection unit(s)`, notes, ...trailFields(trail) };
    }
    return {
      ...base,
      monthlyUsd: round2((units * suPrice + conns * cuPrice) * hours),
      basis: `${units} scale unit(s) \xD7 ${usd(suPrice)}/h + ${conns} connection unit(s) \xD7 ${usd(cuPrice)}/h, \xD7 ${hours} h`,
      notes,
      ...trailFields(trail)
    };
  }
  const sku = g.skuName ?? g.skuTier;
  if (!sku)
    return { ...base, basis: "gateway SKU unknown", notes: ["gateway SKU unknown: not priced"] };
  const p = idx.gateway(sku, g.location);
  const price = trail.use(p.quote, `${sku} gateway per hour`);
  if (price === null)
    return { ...base, basis: `${sku} gateway`, notes: [`no price for gateway SKU ${sku}${p.figure?.unverified ? `: ${p.figure.unverified}` : " in the catalogue"}`], ...trailFields(trail) };
  if (p.otherRegion) {
    const line = `${sku} gateway per hour (${usd(price)}): observed in ${p.otherRegion}, applied to ${g.location ?? "an unknown region"} (no price for that region in the catalogue; run erscan prices refresh)`;
    trail.unverified.push(line);
  }
  const n = p.per === "scaleUnit" ? units : 1;
  if (p.per === "scaleUnit")
    notes.push(unitsNote);
  if (g.connectionKeys.length === 0)
    notes.push("no connection uses this gateway: it is billed for nothing");
  notes.push("billed per hour while the gateway exists, with or without circuits (it keeps accruing after a circuit is deleted)");
  return {
    ...base,
    monthlyUsd: round2(n * price * hours),
    basis: p.per === "scaleUnit" ? `${sku}: ${n} scale unit(s) \xD7 ${usd(price)}/h \xD7 ${hours} h` : `${sku}: ${usd(price)}/h \xD7 ${hours} h`,
    notes,
    ...trailFields(trail)
  };
}
function trailFields(trail) {
  return { ...trail.unverified.length ? { unverified: trail.unverified } : {}, ...trail.sources.size ? { priceSources: [...trail.sources].sort() } : {} };
}
function portCost(p, inv, idx, circuitCosts) {
  const trail = new Trail();
  const notes = [];
  const base = { resourceId: p.id, resourceName: p.name, resourceType: p.type, subscriptionId: p.subscriptionId, tenantId: p.tenantId, monthlyUsd: null, basis: "" };
  const loc = peeringLocationInfo(p.peeringLocation, cloudOfRegion(p.location));
  const zone = loc?.zone ?? null;
  if (!loc)
    notes.push(`peering location "${p.peeringLocation ?? "(none)"}" is not in erscan's zone map`);
  const egress = p.circuitKeys.reduce((n, k) => n + (circuitCosts.get(k)?.egressGbPerMonth ?? 0), 0);
  const billing = p.billingType ?? "unknown";
  const gbps = p.bandwidthGbps;
  if (p.circuitKeys.length === 0)
    notes.push("no circuit uses this port pair, but it is billed (from 45 days after creation, or from the first enabled link)");
  if (p.links.length > 0 && p.links.every((l) => l.adminState === "Disabled"))
    notes.push("all links are disabled: billing still starts 45 days after the port was created");
  if (!gbps || billing !== "MeteredData" && billing !== "UnlimitedData") {
    notes.push(`port bandwidth (${gbps ?? "unknown"}) or billing type (${p.billingType ?? "unknown"}) unknown: not priced`);
    return { ...base, basis: "ExpressRoute Direct port pair", notes, egressGbPerMonth: egress };
  }
  const fee = idx.directPort(gbps, billing, zone);
  const price = trail.use(fee.quote, `Direct ${gbps} Gbps ${modelName(billing)} port pair`);
  const otherModel = billing === "MeteredData" ? "UnlimitedData" : "MeteredData";
  const other = idx.directPort(gbps, otherModel, zone).quote;
  const rate = zone ? idx.egressRate(zone)?.value : void 0;
  let breakEven = null;
  if (price !== null && other && rate) {
    const [m, u] = billing === "MeteredData" ? [price, other.value] : [other.value, price];
    breakEven = Math.round((u - m) / rate);
    notes.push(`port-level break-even: ${gb(breakEven)}/month of circuit egress (${gb(egress)} declared or measured)`);
  }
  if (price === null)
    notes.push(`port pair not priced: ${fee.figure?.unverified ?? "no figure in the catalogue"}`);
  return {
    ...base,
    monthlyUsd: price,
    basis: `ExpressRoute Direct ${gbps} Gbps port pair, ${modelName(billing)}${zone ? `, ${zone}` : ""}`,
    notes,
    egressGbPerMonth: egress,
    breakEvenGbPerMonth: breakEven,
    ...trailFields(trail)
  };
}
function groupTotals(costs, others, keyOf, names) {
  const groups = /* @__PURE__ */ new Map();
  const get = (id) => {
    let g = groups.get(id);
    if (!g) {
      const info = names.get(id);
      g = { id, ...info?.name ? { name: info.name } : {}, ...info?.tenantId ? { tenantId: info.tenantId } : {}, monthlyUsd: 0, potentialSavingsUsd: 0, circuits: 0, unpriced: 0 };
      groups.set(id, g);
    }
    return g;
  };
  for (const c of costs) {
    const g = get(keyOf(c) ?? "(unknown)");
    g.circuits++;
    if (c.monthlyUsd.current === null)
      g.unpriced++;
    else
      g.monthlyUsd += c.monthlyUsd.current;
    g.potentialSavingsUsd += c.recommendation?.monthlySavingsUsd ?? 0;
  }
  for (const o of others) {
    const g = get(keyOf(o) ?? "(unknown)");
    if (o.monthlyUsd === null)
      g.unpriced++;
    else
      g.monthlyUsd += o.monthlyUsd;
  }
  return [...groups.values()].map((g) => ({ ...g, monthlyUsd: round2(g.monthlyUsd), potentialSavingsUsd: round2(g.potentialSavingsUsd) })).sort((a, b) => a.id.localeCompare(b.id));
}
function countUnverifiedFigures(cat) {
  const all = [...cat.circuits, ...cat.egress, ...cat.premiumAddOn, ...cat.directPorts, ...cat.globalReach.addOn, ...cat.globalReach.perGb, ...cat.gateways, ...cat.vwan, ...cat.directPremiumAddOn ? [cat.directPremiumAddOn] : []];
  return all.filter((f) => f.unverified).length;
}
function estimateCosts(inv, opts) {
  const idx = new CatalogueIndex(opts.catalogue);
  currencyPrefix = opts.catalogue.currency === "USD" ? "$" : `${opts.catalogue.currency} `;
  const notices = [];
  const circuitUsage = opts.usage ? matchUsage(opts.usage.circuits, inv.circuits, "circuit", opts.usage.file) : { byKey: /* @__PURE__ */ new Map(), notices: [] };
  const gatewayUsage = opts.usage ? matchUsage(opts.usage.gateways, inv.gateways, "gateway", opts.usage.file) : { byKey: /* @__PURE__ */ new Map(), notices: [] };
  notices.push(...circuitUsage.notices, ...gatewayUsage.notices);
  const costs = inv.circuits.map((c) => estimateCircuit(c, inv, idx, circuitUsage.byKey, opts)).sort((a, b) => a.resourceId.toLowerCase().localeCompare(b.resourceId.toLowerCase()));
  const byKey = new Map(costs.map((c) => [c.resourceId.toLowerCase(), c]));
  const otherCosts = [...inv.gateways.map((g) => gatewayCost(g, idx, gatewayUsage.byKey)), ...inv.ports.map((p) => portCost(p, inv, idx, byKey))].sort((a, b) => a.resourceId.toLowerCase().localeCompare(b.resourceId.toLowerCase()));
  for (const c of costs)
    if (c.zone === null && c.peeringLocation && !peeringLocationInfo(c.peeringLocation, "public") && !peeringLocationInfo(c.peeringLocation, "usgov"))
      notices.push(`${c.resourceName ?? c.resourceId}: unknown peering location "${c.peeringLocation}" (not priced)`);
  const withoutUsage = costs.filter((c) => c.egressSource === "none" && c.billingModel === "MeteredData" && c.monthlyUsd.current !== null);
  if (withoutUsage.length > 0)
    notices.push(`${withoutUsage.length} metered circuit(s) have no declared or measured egress: their cost excludes egress (${withoutUsage.map((c) => c.resourceName).join(", ")})`);
  const priced = [...costs.map((c) => c.monthlyUsd.current), ...otherCosts.map((o) => o.monthlyUsd)];
  const subNames = new Map(inv.subscriptions.map((s) => [s.subscriptionId, { name: s.name, tenantId: s.tenantId }]));
  return {
    costs,
    otherCosts,
    totals: {
      monthlyUsd: round2(priced.reduce((n, v) => n + (v ?? 0), 0)),
      potentialSavingsUsd: round2(costs.reduce((n, c) => n + (c.recommendation?.monthlySavingsUsd ?? 0), 0)),
      unpriced: priced.filter((v) => v === null).length
    },
    priceCatalogue: {
      effectiveDate: opts.catalogue.effectiveDate,
      currency: opts.catalogue.currency,
      source: opts.catalogue.source,
      ...opts.catalogueFile && opts.catalogueFile !== BUNDLED_CATALOGUE ? { file: opts.catalogueFile } : {},
      unverifiedFigures: countUnverifiedFigures(opts.catalogue)
    },
    bySubscription: groupTotals(costs, otherCosts, (r) => r.subscriptionId, subNames),
    byTenant: groupTotals(costs, otherCosts, (r) => r.tenantId, /* @__PURE__ */ new Map()),
    notices
  };
}

export {
  loadUsage,
  estimateCosts
};
