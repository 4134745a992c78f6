// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  loadInputs
} from "./chunk-IPOVKQLE.js";
import {
  MappedList,
  adviceLine,
  applyBaseline,
  complianceSentence,
  complianceTotals,
  costDeltaHeadline,
  deltaCell,
  figure,
  impactText,
  jsonChunks,
  jsonReportValue,
  loadBaseline,
  money,
  notEvaluatedNotice,
  otherAdviceLine,
  renderJson,
  renderJsonChunks,
  renderMarkdown,
  severityCounts,
  totalCaveat,
  totalText
} from "./chunk-GSNKJPRN.js";
import {
  SEVERITY_LABEL,
  byAge,
  daysLabel,
  hasAges,
  openLabel,
  scannedText,
  usd,
  wholeNum
} from "./chunk-QGZ3OC4X.js";
import {
  runRules
} from "./chunk-KDLTTAKX.js";
import {
  LEFT_OUT_MARK,
  buildInventory,
  declaresLeftOut
} from "./chunk-D5Y6JZ57.js";
import {
  CATEGORIES,
  SEVERITIES,
  atOrAbove,
  severityRank
} from "./chunk-IBHIKH4K.js";
import {
  oneLine,
  visibleControls
} from "./chunk-4O66FDXF.js";
import {
  checkSuppressionExpiry,
  emptyConfig,
  loadConfig,
  loadSuppressionsFile
} from "./chunk-DNYXB5MN.js";
import {
  reportPath,
  temporaryFileFor,
  writeReport
} from "./chunk-RJWAKYVL.js";
import {
  TOOL_VERSION
} from "./chunk-NGCXQXTN.js";
import {
  EXIT
} from "./chunk-PJIMCPB3.js";
import {
  applySuppressions,
  refuseSuppressionsOfNoRule
} from "./chunk-AB74P5EQ.js";
import {
  loadRules
} from "./chunk-B7CZWXTC.js";
import {
  globalReachInbound,
  inboundLinksOf,
  keepResources
} from "./chunk-FYODNL6L.js";
import {
  cloudOfRegion,
  isTemplateResource,
  isUnknown,
  labelStandIns,
  peeringLocationInfo
} from "./chunk-ES2OZW4Z.js";
import {
  currencyPrefix,
  prefixOf,
  useCurrency
} from "./chunk-6DM37KYG.js";
import {
  countInventory,
  lookup,
  readNothing
} from "./chunk-RD47CNRY.js";
import {
  formatBandwidth
} from "./chunk-SHTQVT5S.js";
import {
  compareText
} from "./chunk-X6A6OTOC.js";
import {
  PACKAGE_ROOT,
  packagePath,
  repositoryRootOf
} from "./chunk-U5NJNZAI.js";
import {
  selectRules,
  unknownSelectors
} from "./chunk-2ZF4RDC5.js";
import {
  UsageError,
  describeValue,
  displayPath
} from "./chunk-UNOFXXSK.js";
import {
  __require
} from "./chunk-TASHP5U3.js";

// dist/cli/pipeline.js
import { hash as hash2 } from "node:crypto";
import { renameSync, rmSync } from "node:fs";
import { basename, isAbsolute as isAbsolute2, join, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// dist/reporters/types.js
var FORMATS = ["console", "json", "sarif", "html", "markdown"];

// dist/reporters/console.js
var COLORS = { critical: "\x1B[35m", high: "\x1B[31m", medium: "\x1B[33m", low: "\x1B[36m", info: "\x1B[90m" };
var RESET = "\x1B[0m";
var BOLD = "\x1B[1m";
var CONSOLE_FINDING_LIMIT = 50;
var clean = oneLine;
var renderConsole = (result, options) => {
  useCurrency(result.cost?.priceCatalogue.currency);
  const c = (code, s) => options.color ? `${code}${s}${RESET}` : s;
  const lines = [];
  const n = result.counts;
  lines.push(c(BOLD, `erscan ${result.tool.version}`) + ` scanned ${scannedText(n)}`);
  if (!result.coverage.complete) {
    lines.push(c(COLORS.high, `Coverage incomplete: ${result.coverage.gaps.length} scope(s) could not be read or checked in full`));
    for (const g of result.coverage.gaps.slice(0, 10))
      lines.push(`  - ${clean(g.scope)}: ${clean(g.reason)}`);
    if (result.coverage.gaps.length > 10)
      lines.push(`  \u2026 and ${result.coverage.gaps.length - 10} more (see the JSON report)`);
  }
  const active = result.findings.filter((f) => !f.suppression);
  const counts = severityCounts(result.findings);
  const undecided = active.filter((f) => f.status === "unknown").length;
  lines.push("");
  lines.push(`Findings: ${active.length}` + (active.length ? ` (${SEVERITIES.filter((s) => counts[s] > 0).map((s) => c(COLORS[s], `${counts[s]} ${s}`)).join(", ")})` : "") + (undecided ? `, of which ${undecided} undecided (not failures: they gate only with --fail-on-unknown)` : "") + (result.findings.length > active.length ? `, ${result.findings.length - active.length} suppressed` : "") + (result.fixed ? `; against the baseline: ${active.filter((f) => f.baselineState === "new").length} new, ${result.fixed.length} fixed` : ""));
  const shown = active.slice(0, CONSOLE_FINDING_LIMIT);
  for (const f of shown) {
    const where = f.location ? ` ${clean(f.location.file)}:${f.location.line}` : "";
    const tag = (f.status === "unknown" ? " [undecided]" : "") + (f.baselineState === "new" ? " [new]" : "");
    lines.push(`  ${c(COLORS[f.severity], f.severity.toUpperCase().padEnd(8))} ${f.ruleId} ${clean(f.resourceName)}${where}${tag}`);
    lines.push(`           ${clean(f.message)}${f.costImpactUsd !== void 0 ? ` [fix: ${impactText(f)}]` : ""}`);
  }
  if (active.length > shown.length)
    lines.push(`  \u2026 and ${active.length - shown.length} more in the reports`);
  const cost = result.cost;
  if (cost) {
    lines.push("");
    const caveat = totalCaveat(cost, result.coverage.gaps.length);
    const none = readNothing(result);
    lines.push(`Monthly cost: ${totalText(cost, none)}${caveat ? ` (${caveat})` : ""} (prices of ${cost.priceCatalogue.effectiveDate}); potential savings ${none ? "not known" : `${usd(cost.totals.potentialSavingsUsd)}/month`}`);
    for (const t of complianceTotals(result.findings).filter((x) => x.severity === "critical" || x.severity === "high"))
      lines.push(`${complianceSentence(t)}.`);
    if (cost.costDelta)
      lines.push(`${costDeltaHeadline(cost.costDelta)}.`);
  }
  if (result.notices.length) {
    lines.push("");
    lines.push("Notes:");
    for (const note of result.notices)
      lines.push(`  - ${clean(note)}`);
  }
  return lines.join("\n") + "\n";
};

// dist/reporters/html.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// dist/reporters/html-model.js
var HTML_PAGE_SIZE = 500;
var HTML_MAX_FINDINGS = 1e4;
var HTML_MAX_CIRCUITS = 1e3;
var orDash = (v) => v === void 0 || v === null || v === "" ? "\u2014" : String(v);
function locationFact(c) {
  if (!c.peeringLocation)
    return "\u2014";
  const info = peeringLocationInfo(c.peeringLocation, cloudOfRegion(c.location));
  return info?.kind === "metro" ? `${c.peeringLocation} (Metro: ${info.sites.map((x) => x.label).join(" + ")})` : info?.label ?? c.peeringLocation;
}
var yesNo = (v) => v === void 0 ? "\u2014" : v ? "yes" : "no";
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function anchorFor(prefix, text) {
  return `${prefix}-${text.replace(/[^A-Za-z0-9_-]+/g, "_")}`;
}
function inline(escaped) {
  const codes = [];
  let s = escaped.replace(/`([^`]+)`/g, (_m, c) => {
    codes.push(`<code>${c}</code>`);
    return `\0${codes.length - 1}\0`;
  });
  s = s.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  s = s.replace(/\[([^\]]+)\]\((https?:\/\/[^\s)"'<>]+)\)/g, '<a href="$2" rel="noreferrer">$1</a>');
  return s.replace(/\u0000(\d+)\u0000/g, (_m, i) => codes[Number(i)]);
}
function renderDocHtml(md) {
  const out = [];
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  let para = [];
  let list;
  const flushPara = () => {
    if (para.length)
      out.push(`<p>${inline(para.join(" "))}</p>`);
    para = [];
  };
  const flushList = () => {
    if (list)
      out.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join("")}</${list.tag}>`);
    list = void 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = escapeHtml(raw);
    if (/^\s*```/.test(raw)) {
      flushPara();
      flushList();
      const code = [];
      while (++i < lines.length && !/^\s*```/.test(lines[i]))
        code.push(escapeHtml(lines[i]));
      out.push(`<pre><code>${code.join("\n")}</code></pre>`);
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      flushPara();
      flushList();
      const level = Math.min(6, h[1].length + 2);
      out.push(`<h${level}>${inline(h[2])}</h${level}>`);
      continue;
    }
    const li = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/.exec(line);
    if (li) {
      flushPara();
      const tag = li[1] ? "ul" : "ol";
      if (list && list.tag !== tag)
        flushList();
      list ??= { tag, items: [] };
      list.items.push(li[3]);
      continue;
    }
    if (!line.trim()) {
      flushPara();
      flushList();
      continue;
    }
    if (list && /^\s+/.test(raw)) {
      list.items[list.items.length - 1] += " " + line.trim();
      continue;
    }
    flushList();
    para.push(line.trim());
  }
  flushPara();
  flushList();
  return out.join("\n");
}
function fit(text, chars) {
  return text.length <= chars ? text : text.slice(0, Math.max(1, chars - 1)) + "\u2026";
}
var BOX_W = 170;
var BOX_H = 40;
var COL_X = [10, 220, 510];
var ROW_GAP = 54;
function topologyFor(c, inv) {
  const gateways = c.gatewayKeys.map((k) => inv.byKey.get(k)).filter((g) => g?.kind === "gateway");
  const conns = c.connectionKeys.map((k) => inv.byKey.get(k)).filter((x) => x?.kind === "connection");
  const rows = Math.max(1, gateways.length);
  const height = rows * ROW_GAP + 6;
  const midY = height / 2 - BOX_H / 2;
  const port = lookup(inv, c.portKey, "port");
  const circuitNode = {
    x: COL_X[0],
    y: midY,
    w: BOX_W,
    h: BOX_H,
    kind: "circuit",
    label: fit(c.name, 24),
    sub: fit([c.tier, c.billingModel, c.bandwidthMbps ? `${wholeNum(c.bandwidthMbps)} Mbps` : ""].filter(Boolean).join(" \xB7 "), 28),
    title: c.id
  };
  const info = c.peeringLocation ? peeringLocationInfo(c.peeringLocation, cloudOfRegion(c.location)) : void 0;
  const location = info?.label ?? c.peeringLocation ?? "unknown location";
  const locNode = {
    x: COL_X[1],
    y: midY,
    w: BOX_W,
    h: BOX_H,
    kind: "location",
    label: fit(info?.directPort?.name ?? location, 24),
    sub: fit(port ? info?.directPort ? `${info.name} \xB7 ${port.name}` : `Direct port ${port.name}` : c.serviceProviderName ?? "", 28),
    title: port ? `${location} \xB7 ${port.id}` : location
  };
  const nodes = [circuitNode, locNode];
  const edges = [
    { d: `M${COL_X[0] + BOX_W},${midY + BOX_H / 2} L${COL_X[1]},${midY + BOX_H / 2}`, label: "", lx: 0, ly: 0, title: `${c.name} at ${location}` }
  ];
  gateways.forEach((g, i) => {
    const y = 3 + i * ROW_GAP + (ROW_GAP - BOX_H) / 2;
    nodes.push({
      x: COL_X[2],
      y,
      w: BOX_W,
      h: BOX_H,
      kind: "gateway",
      label: fit(g.name, 24),
      sub: fit(`${g.flavor === "vwan" ? "vWAN" : "VNet"} \xB7 ${g.skuName ?? "SKU ?"}${g.zones.length ? ` \xB7 zones ${g.zones.join(",")}` : ""}`, 28),
      title: g.id
    });
    const via = conns.filter((x) => x.gatewayKey === g.key).map((x) => x.name);
    const x1 = COL_X[1] + BOX_W;
    const y1 = midY + BOX_H / 2;
    const x2 = COL_X[2];
    const y2 = y + BOX_H / 2;
    edges.push({ d: `M${x1},${y1} C${x1 + 40},${y1} ${x2 - 40},${y2} ${x2},${y2}`, label: fit(via.join(", "), 17), lx: (x1 + x2) / 2, ly: (y1 + y2) / 2 - 4, title: via.join(", ") });
  });
  if (gateways.length === 0) {
    nodes.push({ x: COL_X[2], y: midY, w: BOX_W, h: BOX_H, kind: "none", label: "no gateway connected", sub: "", title: "No connection in the inventory uses this circuit" });
  }
  return { width: COL_X[2] + BOX_W + 10, height, nodes, edges };
}
function costChartFor(c) {
  const m = c.monthlyUsd.metered;
  const u = c.monthlyUsd.unlimited;
  const b = c.breakEvenGbPerMonth;
  const e = c.egressGbPerMonth;
  if (m === null || u === null)
    return { reason: "no price for one of the billing models" };
  if (b === null || b <= 0 || Math.abs(b - e) < 1e-9)
    return { reason: "no break-even point" };
  const rate = (u - m) / (b - e);
  const fixed = m - rate * e;
  if (!(rate > 0) || !Number.isFinite(fixed))
    return { reason: "the estimate gives no per-GB price" };
  const xMax = niceCeil(Math.max(b * 2, e * 1.15));
  const yMax = niceCeil(Math.max(u, fixed + rate * xMax) * 1.05);
  const plot = { x: 64, y: 10, w: 380, h: 150 };
  const sx = (x) => plot.x + x / xMax * plot.w;
  const sy = (y) => plot.y + plot.h - Math.min(y, yMax) / yMax * plot.h;
  const r = (n) => Math.round(n * 10) / 10;
  const xTop = Math.min(xMax, (yMax - fixed) / rate);
  const currentY = c.billingModel === "UnlimitedData" ? u : fixed + rate * e;
  const known = c.egressSource !== "none";
  return {
    width: 460,
    height: 196,
    plot,
    metered: `M${r(sx(0))},${r(sy(fixed))} L${r(sx(xTop))},${r(sy(fixed + rate * xTop))}`,
    unlimited: `M${r(sx(0))},${r(sy(u))} L${r(sx(xMax))},${r(sy(u))}`,
    breakEven: { x: r(sx(b)), label: `break-even ${wholeNum(b)} GB` },
    current: known ? { x: r(sx(e)), y: r(sy(currentY)), label: `now: ${wholeNum(e)} GB, ${usd(currentY)}` } : void 0,
    xTicks: [0, 0.25, 0.5, 0.75, 1].map((t) => ({ x: r(plot.x + t * plot.w), label: shortNum(xMax * t) })),
    yTicks: [0, 0.5, 1].map((t) => ({ y: r(plot.y + plot.h - t * plot.h), label: `${currencyPrefix()}${shortNum(yMax * t)}` }))
  };
}
function niceCeil(v) {
  if (v <= 0)
    return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10])
    if (m * p >= v)
      return m * p;
  return 10 * p;
}
function shortNum(n) {
  if (n >= 1e6)
    return `${Math.round(n / 1e5) / 10}M`;
  if (n >= 1e3)
    return `${Math.round(n / 100) / 10}k`;
  return `${Math.round(n)}`;
}
function bars(items) {
  const max = Math.max(1, ...items.map((i) => i.count));
  return items.map((i, n) => ({ ...i, y: n * 22, w: Math.round(i.count / max * 200) }));
}
function buildHtmlModel(result, options = {}) {
  useCurrency(result.cost?.priceCatalogue.currency);
  const inv = result.inventory;
  const subName = new Map(inv.subscriptions.map((s) => [s.subscriptionId.toLowerCase(), s.name ?? s.subscriptionId]));
  const subLabel = (id) => id ? subName.get(id.toLowerCase()) ?? labelStandIns(id) : "\u2014";
  const circuitAnchor = /* @__PURE__ */ new Map();
  const shownCircuits = inv.circuits.slice(0, HTML_MAX_CIRCUITS);
  const shownFindings = result.findings.slice(0, HTML_MAX_FINDINGS);
  const limits = [];
  if (shownFindings.length < result.findings.length)
    limits.push(`This page lists the ${wholeNum(shownFindings.length)} most severe of ${wholeNum(result.findings.length)} findings; report.json and report.sarif hold all of them.`);
  if (shownCircuits.length < inv.circuits.length)
    limits.push(`This page draws the first ${wholeNum(shownCircuits.length)} of ${wholeNum(inv.circuits.length)} circuits and their costs; report.json holds all of them.`);
  shownCircuits.forEach((c, i) => {
    const a = `circuit-${i + 1}`;
    circuitAnchor.set(c.key, a);
    for (const p of c.peerings)
      circuitAnchor.set(p.key, a);
  });
  const ruleAnchor = (id) => anchorFor("rule", id);
  const row = (f) => ({
    severity: f.severity,
    sevLabel: SEVERITY_LABEL[f.severity] ?? f.severity,
    sevRank: severityRank(f.severity),
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    ruleAnchor: ruleAnchor(f.ruleId),
    category: f.category,
    tenant: f.tenantId ?? "",
    subscription: f.subscriptionId ?? "",
    subscriptionLabel: subLabel(f.subscriptionId),
    resourceName: f.resourceName ?? f.resourceId,
    resourceId: f.resourceId,
    resourceAnchor: circuitAnchor.get(f.resourceId.toLowerCase()),
    message: f.message,
    location: f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : void 0,
    state: f.baselineState ?? "",
    openDays: f.openDays ?? "",
    age: f.openDays === void 0 ? void 0 : openLabel(f.openDays),
    openFor: f.openDays === void 0 ? void 0 : daysLabel(f.openDays),
    firstSeen: f.firstSeen?.slice(0, 10),
    undecided: f.status === "unknown",
    costImpact: impactText(f),
    suppressed: !!f.suppression,
    justification: f.suppression ? `${f.suppression.justification}${f.suppression.expires ? ` (until ${f.suppression.expires})` : ""}` : void 0
  });
  const active = result.findings.filter((f) => !f.suppression);
  const counts = severityCounts(result.findings);
  const baseline = result.fixed !== void 0;
  const ages = hasAges(result.findings);
  const sortByAge = ages && options.sortBy === "age";
  const newActive = active.filter((f) => f.baselineState === "new");
  const sorted = (xs) => [...new Set(xs)].sort();
  const costByCircuit = new Map((result.cost?.costs ?? []).map((c) => [c.resourceId.toLowerCase(), c]));
  const inboundGlobalReach = globalReachInbound(inv);
  const findingsByCircuit = /* @__PURE__ */ new Map();
  for (const f of active) {
    const a = circuitAnchor.get(f.resourceId.toLowerCase());
    if (a)
      findingsByCircuit.set(a, (findingsByCircuit.get(a) ?? 0) + 1);
  }
  const circuits = shownCircuits.map((c, i) => {
    const anchor = `circuit-${i + 1}`;
    const port = lookup(inv, c.portKey, "port");
    const conns = c.connectionKeys.map((k) => inv.byKey.get(k)).filter((x) => x?.kind === "connection");
    const gws = c.gatewayKeys.map((k) => inv.byKey.get(k)).filter((x) => x?.kind === "gateway");
    const cost2 = costByCircuit.get(c.key);
    return {
      anchor,
      name: c.name,
      id: c.id,
      subscription: subLabel(c.subscriptionId),
      resourceGroup: orDash(c.resourceGroup && labelStandIns(c.resourceGroup)),
      facts: [
        ["SKU", [c.tier, c.billingModel].filter(Boolean).join(" \xB7 ") || "\u2014"],
        ["Bandwidth", c.bandwidthMbps ? `${wholeNum(c.bandwidthMbps)} Mbps` : "\u2014"],
        ["Provider", c.isDirect ? "ExpressRoute Direct" : orDash(c.serviceProviderName)],
        ["Peering location", locationFact(c)],
        ["Provider state", orDash(c.serviceProviderProvisioningState)],
        ["Circuit state", orDash(c.circuitProvisioningState)],
        ["Global Reach", yesNo(c.globalReachEnabled)],
        ["Authorizations", String(c.authorizations.length)],
        ["Region", orDash(c.location)]
      ].map(([k, v]) => ({ k, v })),
      findings: findingsByCircuit.get(anchor) ?? 0,
      peerings: c.peerings.map((p) => ({
        name: p.name,
        type: orDash(p.peeringType),
        state: orDash(p.state),
        vlan: orDash(p.vlanId),
        peerAsn: orDash(p.peerASN),
        primary: orDash(p.primaryPeerAddressPrefix),
        secondary: orDash(p.secondaryPeerAddressPrefix),
        md5: yesNo(p.sharedKeyConfigured),
        // A live peering whose reads disagree on its Global Reach list (src/inventory/build.ts, markDisagreements): never one read's count.
        globalReach: !isTemplateResource(p) && (isUnknown(p, "globalReach") || isUnknown(p, "peeredConnections")) ? "not known" : String(p.globalReach.length + (p.peeringType?.toLowerCase() === "azureprivatepeering" ? Math.max(p.peeredConnectionCount, inboundLinksOf(c, inboundGlobalReach).length) : p.peeredConnectionCount)),
        ipv6: p.ipv6 ? "yes" : "no"
      })),
      port: port ? {
        name: port.name,
        id: port.id,
        bandwidth: port.bandwidthGbps ? `${port.bandwidthGbps} Gbps` : "\u2014",
        encapsulation: orDash(port.encapsulation),
        links: port.links.map((l) => ({
          name: l.name,
          adminState: orDash(l.adminState),
          connector: orDash(l.connectorType),
          cipher: orDash(l.macsec.cipher),
          keyVault: l.macsec.cknSecretConfigured || l.macsec.cakSecretConfigured ? yesNo(l.macsec.secretsInKeyVault) : "no secrets"
        }))
      } : void 0,
      connections: conns.map((x) => {
        const g = lookup(inv, x.gatewayKey, "gateway");
        return {
          name: x.name,
          flavor: x.flavor === "vwan" ? "vWAN" : "VNet",
          gateway: g?.name ?? "\u2014",
          status: orDash(x.connectionStatus ?? x.provisioningState),
          weight: orDash(x.routingWeight),
          fastPath: yesNo(x.fastPath),
          authorization: yesNo(x.usesAuthorization)
        };
      }),
      gateways: gws.map((g) => ({
        name: g.name,
        flavor: g.flavor === "vwan" ? "vWAN" : "VNet",
        sku: orDash(g.skuName),
        zones: g.zones.length ? g.zones.join(", ") : "\u2014",
        scale: g.minScaleUnits !== void 0 ? `${g.minScaleUnits}\u2013${g.maxScaleUnits ?? g.minScaleUnits}` : "\u2014",
        subscription: subLabel(g.subscriptionId)
      })),
      topology: topologyFor(c, inv),
      cost: cost2 ? { current: cost2.monthlyUsd.current === null && !cost2.monthlyUsdRange ? "not priced" : `${figure(cost2.monthlyUsd.current, cost2.priced, cost2.monthlyUsdRange)}/month`, model: cost2.billingModel } : void 0
    };
  });
  const none = readNothing(result);
  const cost = result.cost ? {
    readNothing: none,
    total: totalText(result.cost, none),
    caveat: totalCaveat(result.cost, result.coverage.gaps.length),
    savings: none ? "not known" : usd(result.cost.totals.potentialSavingsUsd),
    compliance: complianceTotals(result.findings).map(complianceSentence),
    delta: result.cost.costDelta ? {
      headline: costDeltaHeadline(result.cost.costDelta),
      baseline: money(result.cost.costDelta.baselineMonthlyUsd),
      current: money(result.cost.costDelta.currentMonthlyUsd),
      // the change itself (the totals may be lower bounds; their difference is what the change does to the priced parts)
      change: deltaCell(result.cost.costDelta),
      file: result.cost.costDelta.baselineFile,
      notes: result.cost.costDelta.notes ?? [],
      rows: result.cost.costDelta.resources.map((r) => ({ name: r.name, id: r.resourceId, change: r.change, before: money(r.beforeUsd), after: money(r.afterUsd), delta: deltaCell(r), reason: r.reason }))
    } : void 0,
    catalogue: result.cost.priceCatalogue,
    rows: result.cost.costs.slice(0, HTML_MAX_CIRCUITS).map((c) => {
      const chart = costChartFor(c);
      return {
        name: c.resourceName ?? c.resourceId,
        id: c.resourceId,
        anchor: circuitAnchor.get(c.resourceId.toLowerCase()),
        zone: c.zone ?? "unknown zone",
        tier: c.tier,
        billingModel: c.billingModel,
        bandwidth: `${wholeNum(c.bandwidthMbps)} Mbps`,
        // "none": nothing declared or measured, so the egress is not known (the estimate leaves it out)
        egress: c.egressSource === "none" ? "not known" : `${wholeNum(c.egressGbPerMonth)} GB`,
        egressSource: c.egressSource === "none" ? "none declared" : c.egressSource,
        current: figure(c.monthlyUsd.current, c.priced, c.monthlyUsdRange),
        priced: c.priced,
        missing: c.missing ?? [],
        metered: usd(c.monthlyUsd.metered),
        unlimited: usd(c.monthlyUsd.unlimited),
        local: c.monthlyUsd.local === null ? void 0 : usd(c.monthlyUsd.local),
        breakEven: c.breakEvenGbPerMonth === null ? "n/a" : `${wholeNum(c.breakEvenGbPerMonth)} GB`,
        recommendation: c.recommendation ? `${adviceLine(c)}. ${c.recommendation.reason}` : void 0,
        notes: c.notes ?? [],
        chart: "reason" in chart ? void 0 : chart,
        noChart: "reason" in chart ? chart.reason : void 0
      };
    }),
    other: result.cost.otherCosts.slice(0, HTML_MAX_CIRCUITS).map((o) => ({ name: o.resourceName ?? o.resourceId, id: o.resourceId, type: o.resourceType, monthly: figure(o.monthlyUsd, o.priced, o.monthlyUsdRange), basis: o.basis, advice: o.recommendation ? `${otherAdviceLine(o)}. ${o.recommendation.reason}` : void 0, notes: o.notes ?? [] }))
  } : void 0;
  const rulesWithCounts = result.rules.map((r) => ({
    id: r.id,
    anchor: ruleAnchor(r.id),
    name: r.name,
    title: r.title,
    severity: r.severity,
    sevLabel: SEVERITY_LABEL[r.severity],
    category: r.category,
    pillar: r.pillar,
    remediation: r.remediation,
    links: r.links.filter((l) => /^https?:\/\//.test(l)),
    docHtml: renderDocHtml(r.doc || `**${r.title}.**`),
    count: active.filter((f) => f.ruleId === r.id).length
  })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  return {
    title: `erscan report: ${result.scanCategory}`,
    tool: result.tool,
    generatedAt: result.generatedAt,
    inputs: result.inputs,
    scanCategory: result.scanCategory,
    coverage: result.coverage,
    counts: [
      ["Circuits", result.counts.circuits],
      ["Peerings", result.counts.peerings],
      ["Direct ports", result.counts.ports],
      ["Gateways", result.counts.gateways],
      ["Connections", result.counts.connections],
      ["Subscriptions", result.counts.subscriptions],
      ["Tenants", result.counts.tenants]
    ].map(([label, value]) => ({ label, value })),
    totals: {
      active: active.length,
      suppressed: result.findings.length - active.length,
      // undecided verdicts (a value the inputs do not give) are counted in the findings but are not failures
      undecided: active.filter((f) => f.status === "unknown").length,
      all: result.findings.length,
      new: newActive.length,
      unchanged: active.filter((f) => f.baselineState === "unchanged").length,
      fixed: result.fixed?.length ?? 0
    },
    baseline,
    baselineFile: result.baselineFile,
    severityBars: bars(SEVERITIES.map((s) => ({ key: s, label: SEVERITY_LABEL[s], count: counts[s] }))),
    categoryBars: bars(CATEGORIES.map((c) => ({ key: c, label: c, count: active.filter((f) => f.category === c).length }))),
    filters: {
      severities: SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABEL[s] })),
      categories: sorted(result.findings.map((f) => f.category)),
      tenants: sorted(result.findings.map((f) => f.tenantId ?? "").filter(Boolean)),
      subscriptions: sorted(result.findings.map((f) => f.subscriptionId ?? "").filter(Boolean)).map((s) => ({ value: s, label: subLabel(s) })),
      rules: sorted(result.findings.map((f) => f.ruleId))
    },
    ages,
    fixedAges: hasAges(result.fixed ?? []),
    sortByAge,
    findings: (sortByAge ? byAge(shownFindings) : shownFindings).map((f, i) => ({ ...row(f), pagedOut: i >= HTML_PAGE_SIZE })),
    pageSize: HTML_PAGE_SIZE,
    pagedOut: shownFindings.length > HTML_PAGE_SIZE,
    newFindings: newActive.slice(0, HTML_MAX_FINDINGS).map(row),
    fixed: (result.fixed ?? []).slice(0, HTML_MAX_FINDINGS).map(row),
    circuits,
    cost,
    rules: rulesWithCounts,
    limits,
    notices: [...limits, ...result.notices]
  };
}

// dist/reporters/html.js
var compiled;
var sha256 = (s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
function load() {
  if (compiled)
    return compiled;
  const Handlebars = __require("./handlebars.cjs").create();
  const dir = packagePath("reports", "html");
  const css = readFileSync(`${dir}/report.css`, "utf8");
  const js = readFileSync(`${dir}/report.js`, "utf8");
  if (/<\/(script|style)/i.test(css + js))
    throw new Error("reports/html assets must not contain a closing script or style tag");
  Handlebars.registerHelper("plural", (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`);
  Handlebars.registerHelper("add", (a, b) => a + b);
  Handlebars.registerPartial("findingRow", readFileSync(`${dir}/finding-row.hbs`, "utf8"));
  const template = Handlebars.compile(readFileSync(`${dir}/report.hbs`, "utf8"), { strict: false, preventIndent: true });
  const noscriptCss = "#findings-table tbody tr[hidden]{display:table-row}.more{display:none}";
  const csp = `default-src 'none'; img-src data:; style-src ${sha256(css)} ${sha256(noscriptCss)}; script-src ${sha256(js)}; base-uri 'none'; form-action 'none'`;
  compiled = { template, css, js, csp, noscriptCss };
  return compiled;
}
function renderHtmlReport(result, options = {}) {
  const { template, css, js, csp, noscriptCss } = load();
  return visibleControls(template({ ...buildHtmlModel(result, options), css, js, csp, noscriptCss }));
}
var renderHtml = (result, options) => renderHtmlReport(result, options);

// dist/reporters/sarif.js
import { hash } from "node:crypto";
import { realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
var PROJECT_URL = "https://github.com/erscan/erscan";
var SARIF_LIMITS = {
  resultsPerRun: 25e3,
  tagsPerRule: 20,
  descriptionChars: 1024,
  gzipBytes: 10 * 1024 * 1024
};
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0"
};
var SRCROOT = "SRCROOT";
function pascalName(kebab) {
  return kebab.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function clip(text, max) {
  const t = text.trim();
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + "\u2026";
}
function docSummary(doc) {
  const why = /^##\s+Why\s*\n([\s\S]*?)(?=^##\s|$(?![\s\S]))/m.exec(doc);
  const body = why ? why[1] : doc.replace(/^#.*$/gm, "");
  const para = body.split(/\n\s*\n/).map((p) => p.trim()).find((p) => p && !p.startsWith("#") && !p.startsWith("```"));
  if (!para)
    return void 0;
  return para.replace(/\s*\n\s*/g, " ").replace(/\*\*([^*]+)\*\*/g, "$1").replace(/`([^`]+)`/g, "$1").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1");
}
function ruleHelpUri(rule) {
  const rel = relative(PACKAGE_ROOT, rule.file);
  if (rule.file && !rel.startsWith("..") && !isAbsolute(rel) && rel.startsWith(`rules${sep}`)) {
    return `${PROJECT_URL}/blob/main/${rel.split(sep).join("/").replace(/\.(ya?ml|json)$/i, ".md")}`;
  }
  return rule.links.find((l) => /^https:\/\//.test(l));
}
function precisionOf(rule) {
  return rule.function ? "high" : "very-high";
}
function tagsOf(rule) {
  const tags = ["expressroute", `category/${rule.category}`, `pillar/${rule.pillar}`];
  if (rule.pillar === "security" || rule.category === "encryption")
    tags.unshift("security");
  for (const t of rule.tags)
    if (!tags.includes(t))
      tags.push(t);
  return tags.slice(0, SARIF_LIMITS.tagsPerRule);
}
function ruleDescriptor(rule) {
  const helpUri = ruleHelpUri(rule);
  const links = rule.links.map((l) => `- ${l}`).join("\n");
  const full = docSummary(rule.doc) ?? rule.title;
  return {
    id: rule.id,
    name: pascalName(rule.name),
    shortDescription: { text: clip(rule.title, SARIF_LIMITS.descriptionChars) },
    fullDescription: { text: clip(full, SARIF_LIMITS.descriptionChars) },
    ...helpUri ? { helpUri } : {},
    help: {
      text: `${rule.remediation}

References:
${links}`,
      markdown: rule.doc.trim() ? rule.doc.trim() : `**${rule.title}**

${rule.remediation}

${links}`
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: tagsOf(rule),
      precision: precisionOf(rule),
      "security-severity": SECURITY_SEVERITY[rule.severity],
      category: rule.category,
      pillar: rule.pillar,
      severity: rule.severity,
      kebabName: rule.name
    }
  };
}
function pseudoPathForResource(resourceId) {
  const id = resourceId.toLowerCase();
  if (PLAIN_ARM_ID.test(id))
    return `azure${id}`;
  const segments = id.split("/").filter(Boolean).map(encodeURIComponent);
  return ["azure", ...segments].join("/");
}
var PLAIN_ARM_ID = /^(?:\/[A-Za-z0-9\-_.!~*'()]+)+$/;
function primaryLocationLineHash(ruleId, resourceId) {
  return hash("sha256", `${ruleId}\0${resourceId.toLowerCase()}`, "hex").slice(0, 16) + ":1";
}
function fileArtifact(file, sourceRoot) {
  const abs = resolve(sourceRoot, file);
  const rel = relative(sourceRoot, abs);
  if (rel && !rel.startsWith("..") && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(abs).href };
}
function artifactsOf(sourceRoot) {
  const artifacts = /* @__PURE__ */ new Map();
  const roots = /* @__PURE__ */ new Map();
  const cwd = process.cwd();
  return (file) => {
    let artifact = artifacts.get(file);
    if (!artifact) {
      if (sourceRoot !== void 0)
        artifact = fileArtifact(file, sourceRoot);
      else {
        let abs = resolve(cwd, file);
        try {
          abs = realpathSync.native(abs);
        } catch {
        }
        artifact = fileArtifact(abs, repositoryRootOf(dirname(abs), roots) ?? cwd);
      }
      artifacts.set(file, artifact);
    }
    return artifact;
  };
}
function sharingTheirLine(findings, artifactOf) {
  const byLine = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.location)
      continue;
    const a = artifactOf(f.location.file);
    const key = `${f.ruleId}\0${a.uriBaseId ?? ""}\0${a.uri}\0${Math.max(1, f.location.line)}`;
    const group = byLine.get(key);
    if (group)
      group.push(f);
    else
      byLine.set(key, [f]);
  }
  const shared = /* @__PURE__ */ new Set();
  for (const group of byLine.values())
    if (group.length > 1)
      for (const f of group)
        shared.add(f);
  return shared;
}
function sharedLineHash(f, artifactOf) {
  const parameters = f.source?.parameterFile ? `\0${artifactOf(f.source.parameterFile).uri}` : "";
  return primaryLocationLineHash(f.ruleId, `${f.resourceId}${parameters}`);
}
function resultOf(f, ruleIndex, artifactOf, shared) {
  const live = !f.location;
  const physicalLocation = f.location ? {
    artifactLocation: artifactOf(f.location.file),
    region: { startLine: Math.max(1, f.location.line), startColumn: Math.max(1, f.location.column) }
  } : {
    artifactLocation: { uri: pseudoPathForResource(f.resourceId) },
    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 }
  };
  const location = { physicalLocation, logicalLocations: [{ name: f.resourceName, fullyQualifiedName: f.resourceId, kind: "resource" }] };
  if (live)
    location.message = { text: "Live Azure resource (no source file in this repository)" };
  const partialFingerprints = {};
  if (live)
    partialFingerprints.primaryLocationLineHash = primaryLocationLineHash(f.ruleId, f.resourceId);
  else if (shared.has(f))
    partialFingerprints.primaryLocationLineHash = sharedLineHash(f, artifactOf);
  partialFingerprints["erscanFingerprint/v1"] = f.fingerprint;
  const properties = {
    severity: f.severity,
    category: f.category,
    resourceId: f.resourceId,
    resourceType: f.resourceType,
    resourceName: f.resourceName
  };
  if (f.subscriptionId)
    properties.subscriptionId = f.subscriptionId;
  if (f.tenantId)
    properties.tenantId = f.tenantId;
  properties.source = live ? "live" : "template";
  if (f.source?.parameterFile)
    properties.parameterFile = f.source.parameterFile;
  if (f.status === "unknown")
    properties.status = "unknown";
  if (f.costImpactUsd !== void 0)
    properties.costImpactUsd = f.costImpactUsd;
  if (f.firstSeen)
    properties.firstSeen = f.firstSeen;
  if (f.openDays !== void 0)
    properties.openDays = f.openDays;
  const result = { ruleId: f.ruleId };
  const idx = ruleIndex.get(f.ruleId);
  if (idx !== void 0)
    result.ruleIndex = idx;
  result.level = f.status === "unknown" ? "warning" : LEVEL[f.severity];
  result.message = { text: live ? `${f.message} Resource: ${f.resourceId}` : f.message };
  result.locations = [location];
  result.partialFingerprints = partialFingerprints;
  if (f.baselineState)
    result.baselineState = f.baselineState;
  if (f.suppression) {
    const suppression = { kind: "external", status: "accepted", justification: f.suppression.justification };
    if (f.suppression.expires)
      suppression.properties = { expires: f.suppression.expires };
    result.suppressions = [suppression];
  }
  result.properties = properties;
  return result;
}
function selectForLimit(findings, limit) {
  if (findings.length <= limit)
    return { kept: findings, dropped: 0 };
  const ranked = findings.map((f, i) => ({ f, i })).sort((a, b) => Number(!!a.f.suppression) - Number(!!b.f.suppression) || severityRank(b.f.severity) - severityRank(a.f.severity) || a.i - b.i);
  const keep = new Set(ranked.slice(0, limit).map((x) => x.i));
  return { kept: findings.filter((_, i) => keep.has(i)), dropped: findings.length - limit };
}
function notification(level, text, id) {
  return { level, message: { text }, descriptor: { id } };
}
function sarifLogs(result, options) {
  const artifactOf = artifactsOf(options.sourceRoot === void 0 ? void 0 : resolve(options.sourceRoot));
  const rules = [...result.rules].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const descriptors = rules.map(ruleDescriptor);
  for (const f of result.findings) {
    if (ruleIndex.has(f.ruleId))
      continue;
    ruleIndex.set(f.ruleId, descriptors.length);
    descriptors.push({
      id: f.ruleId,
      name: pascalName(f.ruleName),
      shortDescription: { text: f.ruleName },
      fullDescription: { text: f.ruleName },
      help: { text: `See the erscan rule ${f.ruleId}.` },
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: { tags: ["expressroute", `category/${f.category}`], precision: "high", "security-severity": SECURITY_SEVERITY[f.severity] }
    });
  }
  const notifications = [];
  for (const gap of result.coverage.gaps)
    notifications.push(notification("error", `Coverage gap: ${gap.scope} could not be read or checked in full (${gap.reason}).`, "coverage-gap"));
  for (const note of result.notices)
    notifications.push(notification("note", note, "notice"));
  const shared = sharingTheirLine(result.findings, artifactOf);
  const limit = options.maxResults ?? SARIF_LIMITS.resultsPerRun;
  const { kept, dropped } = selectForLimit(result.findings, limit);
  const build = (findings, truncatedBy, lazy = false) => {
    const extra = truncatedBy ? [
      notification("warning", `${truncatedBy} of ${result.findings.length} findings were left out of this SARIF file to stay within GitHub code scanning's limits (${limit} results per run, ${Math.round((options.maxGzipBytes ?? SARIF_LIMITS.gzipBytes) / 1024 / 1024)} MB gzipped); the least severe were dropped first. The JSON and HTML reports list every finding.`, "sarif-truncated")
    ] : [];
    const run = {
      tool: {
        driver: {
          name: "erscan",
          fullName: "erscan ExpressRoute policy-as-code scanner",
          version: result.tool.version,
          semanticVersion: result.tool.version,
          informationUri: PROJECT_URL,
          rules: descriptors
        }
      },
      automationDetails: { id: `${result.scanCategory.replace(/\/+$/, "")}/` },
      columnKind: "utf16CodeUnits",
      originalUriBaseIds: { [SRCROOT]: { description: { text: "The repository root (or the working directory erscan ran in)." } } },
      invocations: [
        {
          executionSuccessful: result.coverage.complete,
          ...notifications.length + extra.length ? { toolExecutionNotifications: [...extra, ...notifications] } : {},
          properties: { coverageComplete: result.coverage.complete, inputs: result.inputs, generatedAt: result.generatedAt }
        }
      ],
      results: lazy ? new MappedList(findings, (f) => resultOf(f, ruleIndex, artifactOf, shared)) : findings.map((f) => resultOf(f, ruleIndex, artifactOf, shared)),
      properties: {
        inventory: result.counts,
        ...truncatedBy ? { truncated: { totalFindings: result.findings.length, omitted: truncatedBy } } : {}
      }
    };
    return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] };
  };
  return { build, kept, dropped };
}
function gzipBound(n) {
  return n + (n >> 12) + (n >> 14) + (n >> 25) + 64;
}
var SARIF_FAST_GZIP_LEVEL = 1;
function gzipFits(compact, max) {
  if (gzipBound(compact.length * 3) <= max)
    return true;
  if (gzipSync(compact, { level: SARIF_FAST_GZIP_LEVEL }).length <= max)
    return true;
  return gzipSync(compact).length <= max;
}
function buildSarif(result, options = {}) {
  const logs = sarifLogs(result, options);
  let { kept, dropped } = logs;
  let log = logs.build(kept, dropped);
  const maxGzip = options.maxGzipBytes ?? SARIF_LIMITS.gzipBytes;
  while (kept.length > 0 && !gzipFits(JSON.stringify(log), maxGzip)) {
    ({ kept } = selectForLimit(kept, Math.floor(kept.length / 2)));
    dropped = result.findings.length - kept.length;
    log = logs.build(kept, dropped);
  }
  return log;
}
function sarifDraft(result, options = {}) {
  const logs = sarifLogs(result, options);
  const log = logs.build(logs.kept, logs.dropped, true);
  return { log, needsCheck: logs.kept.length > 0, maxGzipBytes: options.maxGzipBytes ?? SARIF_LIMITS.gzipBytes };
}
var renderSarif = (result, options) => JSON.stringify(buildSarif(result, options), null, 2) + "\n";
var renderSarifChunks = (result, options) => jsonChunks(buildSarif(result, options));

// dist/reporters/index.js
var REPORT_FILES = {
  json: "report.json",
  sarif: "report.sarif",
  html: "report.html",
  markdown: "report.md"
};
var REPORTERS = {
  console: renderConsole,
  json: renderJson,
  sarif: renderSarif,
  html: renderHtml,
  markdown: renderMarkdown
};
function reporterFor(format) {
  const r = REPORTERS[format];
  if (!r)
    throw new Error(`no reporter for ${format}`);
  return r;
}
var CHUNKED = {
  json: renderJsonChunks,
  sarif: renderSarifChunks
};
function reportChunksFor(format) {
  const chunked = CHUNKED[format];
  if (chunked)
    return chunked;
  const r = reporterFor(format);
  return (result, options) => [r(result, options)];
}

// dist/cli/report-thread.js
import { Worker } from "node:worker_threads";
var THREAD_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, writeSync, closeSync, rmSync, renameSync } = require('node:fs');
const { createGzip } = require('node:zlib');
const inflight = new Int32Array(workerData.inflight);
const files = new Map();

function writeAll(fd, bytes, end) {
  for (let off = 0; off < end; ) off += writeSync(fd, bytes, off, end - off);
}

// Bytes of indented output gathered before a write to the file.
const OUT_SIZE = 1 << 20;

// The indented form (JSON.stringify(v, null, 2)) of compact JSON (JSON.stringify(v)), from its UTF-8
// bytes, piece by piece, into the file: a line break and the indentation after each '[' or '{' that
// is not empty and after each ',', before each ']' or '}' that closes a non-empty one, and a space
// after each key's colon. That is all that tells the two forms apart (compact JSON has no whitespace
// outside strings; the final line break is copied). Strings, most of the bytes, are found with
// indexOf and copied whole (bytes of characters outside ASCII are never a quote or a backslash).
function prettyInto(f, bytes) {
  let out = f.out, p = f.opos, depth = f.depth, pending = f.pending;
  const n = bytes.length;
  let i = 0;
  if (f.inString) {
    i = stringEnd(f, bytes, 0);
    p = copyOut(f, bytes, 0, i, p);
    out = f.out;
  }
  while (i < n) {
    const b = bytes[i];
    // Room for this byte and a line break with its indentation (two spaces a level).
    if (p + 2 * depth + 8 > out.length) {
      writeAll(f.fd, out, p);
      p = 0;
      if (2 * depth + 8 > out.length) out = f.out = Buffer.allocUnsafe(4 * depth + 16);
    }
    if (pending) {
      pending = false;
      if (b === 93 || b === 125) {
        out[p++] = b;
        depth--;
        i++;
        continue;
      }
      p = newLine(out, p, depth);
    }
    if (b === 34) {
      f.inString = true;
      const end = stringEnd(f, bytes, i + 1);
      p = copyOut(f, bytes, i, end, p);
      out = f.out;
      i = end;
      continue;
    }
    if (b === 44) {
      out[p++] = 44;
      p = newLine(out, p, depth);
    } else if (b === 58) {
      out[p++] = 58;
      out[p++] = 32;
    } else if (b === 123 || b === 91) {
      out[p++] = b;
      depth++;
      pending = true;
    } else if (b === 125 || b === 93) {
      depth--;
      p = newLine(out, p, depth);
      out[p++] = b;
    } else out[p++] = b;
    i++;
  }
  f.opos = p; f.depth = depth; f.pending = pending;
}

// A line break and the indentation of depth levels at p (the caller has made room); the position after.
function newLine(out, p, depth) {
  out[p++] = 10;
  for (let k = 2 * depth; k > 0; k--) out[p++] = 32;
  return p;
}

// Where the string being read ends in this piece: just after its closing quote (f.inString cleared),
// or the piece's end (f.escape: whether the piece ends inside an escape). A quote closes the string
// when an even number of backslashes comes before it.
function stringEnd(f, bytes, from) {
  const n = bytes.length;
  let i = from;
  if (f.escape) {
    if (i >= n) return n;
    f.escape = false;
    i++;
  }
  const start = i;
  for (;;) {
    const q = bytes.indexOf(34, i);
    if (q < 0) {
      let k = 0;
      for (let j = n - 1; j >= start && bytes[j] === 92; j--) k++;
      f.escape = k % 2 === 1;
      return n;
    }
    let k = 0;
    for (let j = q - 1; j >= start && bytes[j] === 92; j--) k++;
    if (k % 2 === 0) {
      f.inString = false;
      return q + 1;
    }
    i = q + 1;
  }
}

// Bytes from..end of a piece copied to the output (written straight to the file when they do not fit).
function copyOut(f, bytes, from, end, p) {
  const len = end - from;
  if (p + len > f.out.length) {
    writeAll(f.fd, f.out, p);
    p = 0;
    if (len > f.out.length) {
      writeAll(f.fd, bytes.subarray(from, end), len);
      return 0;
    }
  }
  // Most strings are short: a loop copies them faster than Buffer#copy, whose call costs more than the bytes.
  if (len < 48) {
    const out = f.out;
    for (let i = from; i < end; i++) out[p++] = bytes[i];
    return p;
  }
  bytes.copy(f.out, p, from, end);
  return p + len;
}

// The file's indented bytes written so far (at a piece's end, and when it closes).
function flush(f) {
  if (f.opos > 0) writeAll(f.fd, f.out, f.opos);
  f.opos = 0;
}

// The main thread is woken only when it waits (inflight[1]) and enough has been written for it to go
// on (RESUME_CHARS): a wake per piece cost the thread a switch to the main thread for every piece.
function release(chars) {
  const left = Atomics.sub(inflight, 0, chars) - chars;
  if (left <= workerData.resumeChars && Atomics.load(inflight, 1) === 1) Atomics.notify(inflight, 0);
}

// Bytes waiting for gzip that do not hold the main thread back.
const GZIP_BACKLOG = 32 << 20;

// Compact bytes go to gzip (the stream compresses on libuv's pool, beside this thread and the main
// one): JSON.stringify(v) without the final line break (the only byte 10 there is: JSON strings hold
// none, and no UTF-8 sequence holds one). They are gathered into writes of GZIP_CHUNK bytes: each
// write (and each output chunk) is a round trip between the pool and this thread's event loop, which
// is busy indenting; with a write per piece gzip fell tens of megabytes behind and the main thread
// waited for it at the end of SARIF. gzip can be slower than the main thread serialises: up to
// GZIP_BACKLOG bytes wait for it freely; beyond, the text they came from counts as in flight until
// gzip has taken them, so memory stays bounded.
function toGzip(f, bytes, chars) {
  const n = bytes.length > 0 && bytes[bytes.length - 1] === 10 ? bytes.length - 1 : bytes.length;
  if (f.backlog + f.gzipLength + n > GZIP_BACKLOG) f.gzipHeld += chars;
  else release(chars);
  for (let i = 0; i < n; ) {
    const k = Math.min(n - i, GZIP_CHUNK - f.gzipLength);
    bytes.copy(f.gzipIn, f.gzipLength, i, i + k);
    f.gzipLength += k;
    i += k;
    if (f.gzipLength === GZIP_CHUNK) gzipWrite(f);
  }
}

// Bytes gathered for one write to gzip.
const GZIP_CHUNK = 1 << 20;

// The gathered bytes written to gzip; the text held for them is released once gzip has taken them.
function gzipWrite(f) {
  const n = f.gzipLength;
  const held = f.gzipHeld;
  if (n === 0) {
    if (held) release(held);
    f.gzipHeld = 0;
    return;
  }
  const bytes = f.gzipIn.subarray(0, n);
  f.gzipIn = Buffer.allocUnsafe(GZIP_CHUNK);
  f.gzipLength = 0;
  f.gzipHeld = 0;
  f.backlog += n;
  f.gzip.write(bytes, () => {
    f.backlog -= n;
    if (held) release(held);
  });
}

// A piece of text as UTF-8: a piece that ends inside a surrogate pair keeps its first half for the next.
// Written into a buffer of the file's spares (one pass over the text, no new buffer a piece, against
// Buffer.from's measuring pass and allocation); the bytes are a view of it (buffer: the whole).
function encode(f, text) {
  text = f.carry + text;
  f.carry = '';
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) {
    f.carry = text.slice(-1);
    text = text.slice(0, -1);
  }
  // A UTF-16 code unit is at most 3 bytes of UTF-8.
  const need = 3 * text.length;
  let buffer = f.spares.pop();
  if (buffer === undefined || buffer.length < need) buffer = Buffer.allocUnsafeSlow(Math.max(need, SPARE_SIZE));
  return { buffer, bytes: buffer.subarray(0, buffer.write(text, 0, 'utf8')) };
}

// Size of an encoding buffer: a piece of ~48 K characters of ASCII fits with room to spare.
const SPARE_SIZE = 192 * 1024;
// Most buffers kept for reuse (the others are left to the collector).
const MAX_SPARES = 16;

// A buffer given back once its bytes are no longer needed.
function spare(f, buffer) {
  if (f.spares.length < MAX_SPARES) f.spares.push(buffer);
}

// A file's bytes (and the characters they came from): indented and written, and measured; buffer, when
// given, holds them and is reused once they are.
function take(f, bytes, chars, buffer) {
  try {
    // No error: the file is open (one that could not be opened is an error from the start).
    if (!f.error) {
      if (f.pretty) {
        prettyInto(f, bytes);
        flush(f);
      } else writeAll(f.fd, bytes, bytes.length);
    }
  } catch (e) {
    f.error = e;
  }
  if (f.gzip && !f.error) toGzip(f, bytes, chars);
  else release(chars);
  if (buffer) spare(f, buffer);
}

// The file closed and, unless it is too large for GitHub (then the main thread writes it again), moved
// to its place: here, because a rename that replaces a file waits for the new file's data to reach the
// disk on ext4 (auto_da_alloc), which would hold up the main thread.
function close(f, id, file, target, maxGzipBytes) {
  const finish = (gzipBytes) => {
    let renamed = false;
    try {
      if (f.fd !== undefined) closeSync(f.fd);
      const fits = gzipBytes === undefined || maxGzipBytes === undefined || gzipBytes <= maxGzipBytes;
      if (!f.error && target !== undefined && fits) {
        renameSync(file, target);
        renamed = true;
      }
    } catch (e) {
      f.error = f.error || e;
    }
    if (f.error) rmSync(file, { force: true });
    parentPort.postMessage({ id, gzipBytes: f.error ? undefined : gzipBytes, renamed, error: f.error ? { code: f.error.code, message: String(f.error.message || f.error) } : undefined });
  };
  if (f.carry) {
    const bytes = Buffer.from(f.carry, 'utf8');
    f.carry = '';
    take(f, bytes, 0);
  }
  // After an error, the bytes already given to gzip release their text as gzip takes them.
  if (f.gzip) gzipWrite(f);
  if (!f.gzip || f.error) return finish(undefined);
  f.gzip.end();
  f.gzipDone.then(() => finish(f.gzipBytes), (e) => { f.error = f.error || e; finish(undefined); });
}

parentPort.on('message', (m) => {
  if (m.op === 'open') {
    const f = { fd: undefined, error: undefined, gzip: undefined, gzipBytes: 0, gzipDone: undefined, backlog: 0, gzipIn: undefined, gzipLength: 0, gzipHeld: 0, spares: [], pretty: m.pretty, out: m.pretty ? Buffer.allocUnsafe(OUT_SIZE) : undefined, opos: 0, depth: 0, inString: false, escape: false, pending: false, carry: '' };
    try {
      f.fd = openSync(m.file, 'w');
    } catch (e) {
      f.error = e;
    }
    if (m.compact) {
      // Output in chunks as large as the writes (zlib's 16 KB would be a round trip to this thread each).
      f.gzip = createGzip(m.gzipLevel === undefined ? { chunkSize: GZIP_CHUNK } : { level: m.gzipLevel, chunkSize: GZIP_CHUNK });
      f.gzipIn = Buffer.allocUnsafe(GZIP_CHUNK);
      f.gzip.on('data', (d) => (f.gzipBytes += d.length));
      f.gzipDone = new Promise((resolve, reject) => { f.gzip.on('end', resolve); f.gzip.on('error', reject); });
    }
    files.set(m.id, f);
    return;
  }
  const f = files.get(m.id);
  if (m.op === 'chunk') {
    let encoded;
    try {
      encoded = encode(f, m.text);
    } catch (e) {
      f.error = f.error || e;
      encoded = { buffer: undefined, bytes: Buffer.alloc(0) };
    }
    take(f, encoded.bytes, m.text.length, encoded.buffer);
    return;
  }
  if (m.op === 'close') {
    files.delete(m.id);
    close(f, m.id, m.file, m.target, m.maxGzipBytes);
  }
});
`;
var MAX_INFLIGHT_CHARS = 4 * 1024 * 1024;
var RESUME_CHARS = MAX_INFLIGHT_CHARS / 2;
var ReportThread = class {
  worker;
  /** [characters in flight, 1 while the main thread waits for them to fall to RESUME_CHARS] */
  inflight = new Int32Array(new SharedArrayBuffer(8));
  next = 0;
  waiting = /* @__PURE__ */ new Map();
  failure;
  constructor() {
    this.worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { inflight: this.inflight.buffer, resumeChars: RESUME_CHARS } });
    this.worker.on("message", (m) => {
      const w = this.waiting.get(m.id);
      if (!w)
        return;
      this.waiting.delete(m.id);
      if (m.error)
        w.reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
      else
        w.resolve({ gzipBytes: m.gzipBytes, renamed: m.renamed });
    });
    this.worker.on("error", (e) => this.fail(e));
    this.worker.on("exit", (code) => this.fail(new Error(`the report writer thread stopped (exit code ${code})`)));
  }
  fail(e) {
    this.failure ??= e;
    for (const w of this.waiting.values())
      w.reject(this.failure);
    this.waiting.clear();
  }
  /** Starts a file on the thread; its pieces follow by `post`. */
  begin(file, pretty, gzipCompact, gzipLevel) {
    const id = this.next++;
    const done = new Promise((resolve3, reject) => this.waiting.set(id, { resolve: resolve3, reject }));
    done.catch(() => void 0);
    this.worker.postMessage({ op: "open", id, file, pretty, compact: gzipCompact, gzipLevel });
    return { id, file, done };
  }
  /** Counts `chars` characters in flight to this thread; when it holds more than MAX_INFLIGHT_CHARS, first waits until it holds at most RESUME_CHARS. */
  reserve(chars) {
    if (this.failure)
      throw this.failure;
    if (Atomics.load(this.inflight, 0) > MAX_INFLIGHT_CHARS) {
      Atomics.store(this.inflight, 1, 1);
      for (let held = Atomics.load(this.inflight, 0); held > RESUME_CHARS; held = Atomics.load(this.inflight, 0))
        Atomics.wait(this.inflight, 0, held, 100);
      Atomics.store(this.inflight, 1, 0);
    }
    Atomics.add(this.inflight, 0, chars);
  }
  /** One piece of a started file (waits first while the thread holds more than MAX_INFLIGHT_CHARS). */
  post(w, text) {
    this.reserve(text.length);
    this.worker.postMessage({ op: "chunk", id: w.id, text });
  }
  /**
   * Writes `chunks`, pieces of compact JSON (`JSON.stringify(v) + '\n'`, serialised on the calling
   * thread), to `file` on the thread, indented (`JSON.stringify(v, null, 2) + '\n'`); with `indented`,
   * the pieces are that indented text already and are written as they are (no gzip measure then); with
   * `gzipCompact`, also gives the gzipped size of the compact JSON (at `gzipLevel`, zlib's default
   * without it). With `renameTo`, the thread then
   * moves the file there, unless `maxGzipBytes` is given and the gzipped size is above it.
   */
  write(file, chunks, opts = {}) {
    if (opts.indented && opts.gzipCompact)
      throw new TypeError("ReportThread.write: gzipCompact measures compact JSON; indented text has none");
    const w = this.begin(file, opts.indented !== true, opts.gzipCompact === true, opts.gzipLevel);
    try {
      for (const text of chunks)
        this.post(w, text);
    } finally {
      this.worker.postMessage({ op: "close", id: w.id, file, target: opts.renameTo, maxGzipBytes: opts.maxGzipBytes });
    }
    return { done: w.done };
  }
  /**
   * Whether the thread keeps the process alive: a thread started ahead of its use (`standby`) does
   * not, so a scan that ends early (an error, no large report after all) exits as it would without it.
   */
  hold(keep) {
    if (keep)
      this.worker.ref();
    else
      this.worker.unref();
  }
  async close() {
    await this.worker.terminate();
  }
};

// dist/findings/kept.js
function keepWhatFixesUse(findings, cost) {
  const keptBy = /* @__PURE__ */ new Map();
  const why = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.status === "unknown")
      continue;
    if (f.suppression) {
      const key = f.resourceId.toLowerCase();
      if (f.costImpactChange === "delete" && !why.has(key))
        why.set(key, { kind: "accepted", why: `${f.ruleId} is suppressed (${f.suppression.justification}${f.suppression.expires ? `, until ${f.suppression.expires}` : ""})` });
      continue;
    }
    for (const key of f.keeps ?? []) {
      const by = keptBy.get(key);
      if (by)
        by.push(f);
      else
        keptBy.set(key, [f]);
    }
  }
  const reasons = /* @__PURE__ */ new Map();
  const migrationKept = /* @__PURE__ */ new Set();
  for (const [key, by] of keptBy) {
    const rules = [...new Set(by.map((f) => f.ruleId))].join(", ");
    const names = by.slice(0, 3).map((f) => f.resourceName).join(", ") + (by.length > 3 ? ` and ${by.length - 3} more` : "");
    const provisioning = by.every((f) => f.provisions?.includes(key));
    const migrating = by.every((f) => f.costImpactChange === "delete" && f.resourceId.toLowerCase() !== key);
    if (migrating)
      migrationKept.add(key);
    const enabling = !provisioning && by.every((f) => f.costImpactChange === "enable-peering" || f.costImpactChange === "provision-circuit" && !f.provisions?.includes(key));
    reasons.set(key, migrating ? `${rules} proposes moving the connections of ${names} to it (gateway migration)` : provisioning ? `${rules} proposes having its provider provision it (it is connected to ${names})` : enabling ? `${rules} proposes enabling its Azure private peering (it is connected to ${names})` : `${rules} proposes connecting it to ${names}`);
    why.set(key, { kind: provisioning ? "provision" : "use", why: reasons.get(key) });
  }
  if (cost && why.size > 0)
    keepResources(cost, why);
  if (reasons.size === 0)
    return findings;
  return findings.map((f) => {
    const key = f.resourceId.toLowerCase();
    const reason = f.costImpactChange === "delete" ? reasons.get(key) : void 0;
    if (reason === void 0)
      return f;
    const spares = migrationKept.has(key) ? "" : " and spares a new circuit there";
    return { ...f, message: `${f.message} ${reason[0].toUpperCase()}${reason.slice(1)} instead, which fixes this finding too${spares}: keep it.`, costImpactUsd: 0, costImpactChange: why.get(key)?.kind === "provision" ? "provision-circuit" : migrationKept.has(key) ? "migrate" : "connect" };
  });
}

// dist/rules/requires.js
var ROWS = "resource rows (Resource Graph results, ARM list or GET responses)";
var ARM_ONLY = `erscan does not read them from ${ROWS}, ARM templates or Terraform plans; \`erscan collect\` and \`scan --graph\` read them`;
var REQUIREMENTS = {
  diagnosticSettings: {
    what: "diagnostic settings",
    why: `erscan does not read them from ${ROWS}, and ARM templates and Terraform plans carry only those they declare; \`erscan collect\` and \`scan --graph\` read them through ARM (Microsoft.Insights/diagnosticSettings)`,
    whyTemplate: "the scanned templates declare none for them, and Azure Policy or another deployment may add one (not decidable from these files)",
    applies: (r) => r.kind === "circuit" || r.kind === "port" || r.kind === "gateway",
    carried: (r) => "diagnosticSettingsCount" in r && r.diagnosticSettingsCount !== void 0
  },
  metricAlerts: {
    what: "metric alert rules",
    why: `${ARM_ONLY} from Resource Graph (microsoft.insights/metricalerts)`,
    applies: (r) => r.kind === "circuit" || r.kind === "port" || r.kind === "gateway",
    carried: (r) => "metricAlertCount" in r && r.metricAlertCount !== void 0
  },
  maintenanceConfigurations: {
    what: "maintenance configuration assignments",
    why: `erscan does not read them from ${ROWS} or Terraform plans, and ARM templates carry only those they declare (Microsoft.Maintenance/configurationAssignments); \`erscan collect\` and \`scan --graph\` read them from Resource Graph's maintenanceresources table`,
    whyTemplate: "the scanned templates assign none to them (Microsoft.Maintenance/configurationAssignments), and another deployment may assign one (not decidable from these files)",
    templateKinds: ["arm", "bicep"],
    applies: (r) => r.kind === "gateway",
    carried: (r) => r.kind === "gateway" && r.maintenanceConfigurationIds !== void 0
  },
  gatewaySubnetNsg: {
    what: "the network security group of the GatewaySubnet",
    why: `the subnet is a property of the virtual network, not of the gateway; erscan does not read it from ${ROWS} or Terraform plans, and ARM templates carry only the GatewaySubnets they declare; \`erscan collect\` and \`scan --graph\` read it from Resource Graph (microsoft.network/virtualnetworks)`,
    whyTemplate: "the scanned templates do not declare the gateway's GatewaySubnet (inline in its virtual network's `properties.subnets` or as a Microsoft.Network/virtualNetworks/subnets resource): the network may be deployed from other files (not decidable from these files)",
    templateKinds: ["arm", "bicep"],
    applies: (r) => r.kind === "gateway" && r.flavor === "vnet",
    // Read and left open by a template (a parameter without a value): the rule's verdict is unknown, never "not evaluated".
    carried: (r) => r.kind === "gateway" && (r.gatewaySubnetNsgId !== void 0 || isUnknown(r, "gatewaySubnetNsgId"))
  },
  connectionStatus: {
    what: "the connection status",
    why: "the input row has no properties.connectionStatus (it is runtime state: ARM GET of the connection reports it, Resource Graph rows may not)",
    applies: (r) => r.kind === "connection" && r.flavor === "vnet",
    carried: (r) => r.kind === "connection" && r.connectionStatus !== void 0
  }
};
var KIND_WORDS = {
  circuit: ["circuit", "circuits"],
  port: ["Direct port", "Direct ports"],
  gateway: ["gateway", "gateways"],
  connection: ["connection", "connections"],
  peering: ["peering", "peerings"],
  link: ["port link", "port links"]
};
function listsFor(inv, rule) {
  switch (rule.resource) {
    case "circuit":
      return [inv.circuits];
    case "port":
      return [inv.ports];
    case "gateway":
      return [inv.gateways];
    case "connection":
      return [inv.connections];
    default:
      return [inv.circuits, inv.ports, inv.gateways, inv.connections];
  }
}
function forEachChecked(lists, rule, req, visit) {
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (!req.applies(r))
        continue;
      const template = isTemplateResource(r);
      if (rule.deployedState && template)
        continue;
      visit(r, template);
    }
  }
}
function shortfallOf(lists, rule, req) {
  const out = { applicable: 0, missing: 0, byKind: /* @__PURE__ */ new Map(), allTemplates: true };
  forEachChecked(lists, rule, req, (r, template) => {
    out.applicable++;
    if (req.carried(r))
      return;
    out.missing++;
    out.byKind.set(r.kind, (out.byKind.get(r.kind) ?? 0) + 1);
    if (!template || req.templateKinds !== void 0 && !req.templateKinds.includes(r.source?.kind ?? ""))
      out.allTemplates = false;
  });
  return out;
}
function addMissingKeys(lists, rule, req, keys) {
  forEachChecked(lists, rule, req, (r) => {
    if (!req.carried(r))
      keys.add(r.key);
  });
}
function applyRequirements(inv, rules) {
  const run = [];
  const notEvaluated = [];
  const skipped = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const needs = rule.requires ?? [];
    let skip = false;
    for (const name of needs) {
      const req = REQUIREMENTS[name];
      if (!req)
        continue;
      const lists = listsFor(inv, rule);
      const found = shortfallOf(lists, rule, req);
      if (found.missing === 0)
        continue;
      const whole2 = found.missing === found.applicable;
      if (whole2)
        skip = true;
      else {
        const left = skipped.get(rule.id) ?? /* @__PURE__ */ new Set();
        addMissingKeys(lists, rule, req, left);
        skipped.set(rule.id, left);
      }
      const byKind = found.byKind;
      const templates = req.whyTemplate !== void 0 && found.allTemplates;
      const key = `${name}|${whole2}|${templates}|${[...byKind.entries()].sort().map(([k, n]) => `${k}:${n}`).join(",")}|${found.applicable}`;
      const g = groups.get(key) ?? { data: name, rules: [], whole: whole2, templates, missing: byKind, total: found.applicable };
      g.rules.push(rule.id);
      groups.set(key, g);
    }
    if (skip) {
      notEvaluated.push(rule.id);
      skipped.delete(rule.id);
    } else
      run.push(rule);
  }
  const notices = [];
  for (const g of groups.values()) {
    const req = REQUIREMENTS[g.data];
    const counts = [...g.missing.entries()].sort().map(([k, n]) => `${n} ${KIND_WORDS[k]?.[n === 1 ? 0 : 1] ?? k}`).join(", ");
    const ids = g.rules.sort().join(", ");
    const why = g.templates ? req.whyTemplate : req.why;
    notices.push(g.whole ? `not evaluated: ${ids} (${g.rules.length === 1 ? "needs" : "need"} ${req.what}, which the input does not carry for its ${counts}; ${why})` : `partly evaluated: ${ids} skipped ${counts} of ${g.total}, for which the input does not carry ${req.what} (${why})`);
  }
  return { rules: run, notEvaluated, skipped, notices };
}

// dist/pricing/delta.js
import { readFileSync as readFileSync2 } from "node:fs";
var round2 = (n) => Math.round(n * 100) / 100;
var whole = new Intl.NumberFormat("en-US");
var money2 = (n) => `${currencyPrefix()}${whole.format(Math.round(n))}`;
var figuresIn = (currency) => new RegExp(`${prefixOf(currency).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\d.,]+`, "g");
var modelName = (m) => m === "MeteredData" ? "Metered" : m === "UnlimitedData" ? "Unlimited" : m;
function pricedOf(c) {
  const bw = c.bandwidthMbps ? formatBandwidth(c.bandwidthMbps) : "unknown-bandwidth";
  const usd2 = c.monthlyUsd?.current ?? null;
  return {
    id: c.resourceId,
    name: c.resourceName ?? c.resourceId.split("/").pop() ?? c.resourceId,
    kind: "circuit",
    usd: usd2,
    priced: c.priced ?? (usd2 === null ? "none" : "full"),
    missing: c.missing ?? [],
    ...c.monthlyUsdRange ? { range: c.monthlyUsdRange } : {},
    what: `${bw} ${c.tier} ${modelName(c.billingModel)} ${c.isDirect ? "ExpressRoute Direct circuit" : "circuit"} in ${c.zone ?? "an unknown zone"}`,
    attributes: { tier: c.tier, billingModel: c.billingModel, bandwidth: bw, zone: c.zone ?? "unknown" },
    egressGb: c.egressGbPerMonth
  };
}
function otherOf(o, figures) {
  const type = o.resourceType.split("/").pop() ?? o.resourceType;
  return {
    id: o.resourceId,
    name: o.resourceName ?? o.resourceId.split("/").pop() ?? o.resourceId,
    kind: "other",
    usd: o.monthlyUsd,
    priced: o.priced ?? (o.monthlyUsd === null ? "none" : "full"),
    missing: o.missing ?? [],
    ...o.monthlyUsdRange ? { range: o.monthlyUsdRange } : {},
    what: `${type === "virtualNetworkGateways" ? "gateway" : type === "expressRoutePorts" ? "ExpressRoute Direct port pair" : type === "expressRouteGateways" ? "vWAN ExpressRoute gateway" : type} (${o.basis})`,
    attributes: { basis: o.basis.replace(figures, "") }
  };
}
function loadBaselineCosts(file) {
  let doc;
  try {
    doc = JSON.parse(readFileSync2(file, "utf8"));
  } catch {
    return { notice: `baseline ${file}: its costs could not be read, so the report has no cost delta` };
  }
  const costs = doc.costs;
  const others = doc.otherCosts;
  if (!Array.isArray(costs) || !Array.isArray(others) || typeof doc.priceCatalogue !== "object" || doc.priceCatalogue === null)
    return { notice: `baseline ${file} carries no per-resource costs (it was written by an erscan that did not price gateways and ports, or by a scan without a cost estimate): no cost delta; scan the baseline again with this version to get one` };
  const resources = [];
  const bad = (path, expected = "a cost entry with resourceId and monthlyUsd", found) => ({
    notice: `baseline ${file}: at ${path}: expected ${expected}${found === NOTHING ? "" : `, found ${describeValue(found)}`}, so the report has no cost delta`
  });
  const currency = doc.priceCatalogue.currency;
  if (typeof currency !== "string" || !/^[A-Z]{3}$/.test(currency))
    return bad("$.priceCatalogue.currency", "the currency code of its figures");
  const figures = figuresIn(currency);
  for (const [i, c] of costs.entries()) {
    const o = c;
    if (!o || typeof o.resourceId !== "string" || typeof o.monthlyUsd !== "object" || o.monthlyUsd === null)
      return bad(`$.costs[${i}]`, void 0, NOTHING);
    const problem = costEntryProblem(o, o.monthlyUsd.current, ["tier", "billingModel", "zone", "resourceName"]);
    if (problem)
      return bad(`$.costs[${i}].${problem.field}`, problem.expected, problem.found);
    resources.push(pricedOf(o));
  }
  for (const [i, c] of others.entries()) {
    const o = c;
    if (!o || typeof o.resourceId !== "string" || typeof o.resourceType !== "string" || !("monthlyUsd" in o))
      return bad(`$.otherCosts[${i}]`, void 0, NOTHING);
    const problem = costEntryProblem(o, o.monthlyUsd, ["basis", "resourceName"]);
    if (problem)
      return bad(`$.otherCosts[${i}].${problem.field}`, problem.expected, problem.found);
    resources.push(otherOf({ ...o, basis: String(o.basis ?? "") }, figures));
  }
  const totals = doc.costTotals;
  if (totals?.monthlyUsd !== void 0 && !(isNum(totals.monthlyUsd) && totals.monthlyUsd >= 0))
    return bad("$.costTotals.monthlyUsd", "a monthly total that is a finite number of at least 0", totals.monthlyUsd);
  const monthlyUsd = typeof totals?.monthlyUsd === "number" ? totals.monthlyUsd : round2(resources.reduce((n, r) => n + (r.usd ?? 0), 0));
  const catalogueDate = doc.priceCatalogue.effectiveDate;
  const coverageComplete = doc.coverage?.complete !== false;
  return { file, resources, monthlyUsd, ...typeof catalogueDate === "string" ? { catalogueDate } : {}, currency, coverageComplete };
}
var isNum = (v) => typeof v === "number" && Number.isFinite(v);
var NOTHING = /* @__PURE__ */ Symbol("nothing");
function costEntryProblem(o, usd2, texts) {
  if (usd2 !== null && usd2 !== void 0 && !(isNum(usd2) && usd2 >= 0))
    return { field: "monthlyUsd", expected: "a monthly figure that is a finite number of at least 0, or null", found: usd2 };
  if (o.priced !== void 0 && !["full", "partial", "none"].includes(o.priced))
    return { field: "priced", expected: "full, partial or none", found: o.priced };
  if (o.missing !== void 0 && !(Array.isArray(o.missing) && o.missing.every((m) => typeof m === "string")))
    return { field: "missing", expected: "a list of the parts not priced", found: o.missing };
  const range = o.monthlyUsdRange;
  if (range !== void 0 && !(range && isNum(range.min) && isNum(range.max)))
    return { field: "monthlyUsdRange", expected: "a range with min and max numbers", found: range };
  for (const f of ["bandwidthMbps", "egressGbPerMonth"])
    if (o[f] !== void 0 && o[f] !== null && !isNum(o[f]))
      return { field: f, expected: "a number", found: o[f] };
  for (const f of texts)
    if (o[f] !== void 0 && o[f] !== null && typeof o[f] !== "string")
      return { field: f, expected: "text", found: o[f] };
  return void 0;
}
function changedAttributes(before, after) {
  const out = [];
  for (const k of Object.keys(after.attributes))
    if (before.attributes[k] !== void 0 && before.attributes[k] !== after.attributes[k])
      out.push(k);
  return out;
}
function changed(before, after) {
  const attrs = changedAttributes(before, after);
  const sameMissing = before.missing.join("|") === after.missing.join("|");
  const egressChanged = before.egressGb !== void 0 && after.egressGb !== void 0 && before.egressGb !== after.egressGb;
  let deltaUsd = null;
  let deltaRangeUsd;
  const bothFull = before.priced === "full" && after.priced === "full";
  const samePartial = before.priced === "partial" && after.priced === "partial" && sameMissing;
  if (before.usd !== null && after.usd !== null && (bothFull || samePartial))
    deltaUsd = round2(after.usd - before.usd);
  else if (before.usd !== null && before.priced === "full" && after.range)
    deltaRangeUsd = { min: round2(after.range.min - before.usd), max: round2(after.range.max - before.usd) };
  if (attrs.length === 0 && deltaUsd === 0 && !after.range)
    return void 0;
  if (attrs.length === 0 && deltaUsd === null && !deltaRangeUsd && before.usd === null && after.usd === null)
    return void 0;
  const why = [];
  if (attrs.length)
    why.push(`${before.what} \u2192 ${after.what}`);
  else if (egressChanged)
    why.push(`egress ${whole.format(before.egressGb)} \u2192 ${whole.format(after.egressGb)} GB/month`);
  else
    why.push(after.what);
  if (deltaUsd === null && !deltaRangeUsd)
    why.push(after.usd === null ? `price not known now (${after.missing.join(", ") || "not priced"})` : before.usd === null ? "not priced in the baseline" : `priced in part on one side (${[...before.missing, ...after.missing].join(", ")})`);
  else if (before.priced === "partial" && deltaUsd !== null)
    why.push(`priced parts only; ${after.missing.join(", ")} not priced on either side`);
  if (deltaRangeUsd)
    why.push("template values with several possible values: a range");
  return { resourceId: after.id, name: after.name, change: "changed", beforeUsd: before.usd, afterUsd: after.usd, deltaUsd, ...deltaRangeUsd ? { deltaRangeUsd } : {}, reason: why.join("; ") };
}
function costDelta(baseline, current) {
  useCurrency(current.priceCatalogue.currency);
  const figures = figuresIn(current.priceCatalogue.currency);
  const now = [...current.costs.map(pricedOf), ...current.otherCosts.map((o) => otherOf(o, figures))];
  const before = new Map(baseline.resources.map((r) => [r.id.toLowerCase(), r]));
  const after = new Map(now.map((r) => [r.id.toLowerCase(), r]));
  const resources = [];
  for (const r of now) {
    const b = before.get(r.id.toLowerCase());
    if (b) {
      const d = changed(b, r);
      if (d)
        resources.push(d);
      continue;
    }
    const known = r.usd !== null && r.priced === "full";
    resources.push({
      resourceId: r.id,
      name: r.name,
      change: "added",
      beforeUsd: null,
      afterUsd: r.usd,
      deltaUsd: known ? r.usd : null,
      ...!known && r.range ? { deltaRangeUsd: r.range } : {},
      reason: `new ${r.what}${known ? "" : r.range ? " (template values with several possible values: a range)" : r.priced === "partial" ? ` (at least ${money2(r.usd)}: ${r.missing.join(", ")} not priced)` : " (price not known)"}`
    });
  }
  for (const b of baseline.resources) {
    if (after.has(b.id.toLowerCase()))
      continue;
    const known = b.usd !== null && b.priced === "full";
    resources.push({
      resourceId: b.id,
      name: b.name,
      change: "removed",
      beforeUsd: b.usd,
      afterUsd: null,
      deltaUsd: known ? -b.usd : null,
      reason: `removed ${b.what}${known ? "" : " (its price was not known)"}`
    });
  }
  const size = (r) => Math.abs(r.deltaUsd ?? r.deltaRangeUsd?.max ?? 0);
  resources.sort((a, b) => size(b) - size(a) || compareText(a.name, b.name) || compareText(a.resourceId, b.resourceId));
  const unknown = resources.filter((r) => r.deltaUsd === null);
  const sum = round2(resources.reduce((n, r) => n + (r.deltaUsd ?? 0), 0));
  const ranged = unknown.length > 0 && unknown.every((r) => r.deltaRangeUsd);
  const notes = [];
  if (unknown.length)
    notes.push(`${unknown.length} resource(s) changed by an amount that is ${ranged ? "a range (template values with several possible values)" : "not known"}: ${unknown.map((r) => r.name).join(", ")}`);
  if (baseline.catalogueDate && baseline.catalogueDate !== current.priceCatalogue.effectiveDate)
    notes.push(`the baseline was priced with the catalogue of ${baseline.catalogueDate}, this scan with ${current.priceCatalogue.effectiveDate}: part of the delta may be a change of list prices`);
  return {
    baselineMonthlyUsd: round2(baseline.monthlyUsd),
    currentMonthlyUsd: current.totals.monthlyUsd,
    deltaUsd: unknown.length ? null : sum,
    ...ranged ? { deltaRangeUsd: { min: round2(sum + unknown.reduce((n, r) => n + r.deltaRangeUsd.min, 0)), max: round2(sum + unknown.reduce((n, r) => n + r.deltaRangeUsd.max, 0)) } } : {},
    resources,
    baselineFile: baseline.file,
    ...notes.length ? { notes } : {}
  };
}
function costDeltaAgainst(file, current, coverageComplete = true) {
  const b = loadBaselineCosts(file);
  if ("notice" in b)
    return b;
  if (b.currency !== current.priceCatalogue.currency)
    return { notice: `baseline ${file} is priced in ${b.currency}, this scan in ${current.priceCatalogue.currency}: no cost delta (figures in two currencies are not compared); scan the baseline again with this scan's price catalogue to get one` };
  const delta = costDelta(b, current);
  const unseen = (side) => delta.resources.filter((r) => r.change === side).map((r) => r.name);
  const removed = coverageComplete ? [] : unseen("removed");
  const added = b.coverageComplete === false ? unseen("added") : [];
  if (removed.length || added.length) {
    const why = [
      ...removed.length ? [`this scan has coverage gaps and does not have ${removed.join(", ")}`] : [],
      ...added.length ? [`baseline ${file} had coverage gaps and did not have ${added.join(", ")}`] : []
    ];
    return { notice: `no cost delta: ${why.join("; ")}: a resource a scan could not read is not known to be added or removed` };
  }
  return delta;
}

// dist/scan/run.js
function nothingCheckedNotice(notices, gaps = false) {
  const head = gaps ? "no ExpressRoute resource could be read from the inputs (what could not be read is listed as coverage gaps)" : "the inputs hold no ExpressRoute resources";
  return `${head}: nothing was checked${declaresLeftOut(notices) ? ` (the templates declare some that are ${LEFT_OUT_MARK}, named in the notes: scan with the parameter values that deploy them)` : ""}`;
}
function scanSources(source, opts) {
  const { inventory, notices: buildNotices, gaps: unchecked } = buildInventory(source.raws, source.subscriptions, { consume: true, unread: source.unread, pagesNotRead: source.pagesNotRead, globalReachPagesNotRead: source.globalReachPagesNotRead });
  const gaps = unchecked.length === 0 ? source.gaps : [...source.gaps, ...unchecked];
  source.raws = [];
  const allRules = loadRules([...opts.config.ruleDirs, ...opts.ruleDirs ?? []]);
  const selected = selectRules(allRules, opts.config.rules);
  const required = applyRequirements(inventory, selected);
  const rules = required.rules;
  const notices = [...source.notices, ...buildNotices, ...required.notices];
  if (inventory.byKey.size === 0)
    notices.push(nothingCheckedNotice(notices, gaps.length > 0));
  for (const s of unknownSelectors(allRules, opts.config.rules))
    notices.push(`config names "${s}", which matches no rule`);
  const cost = opts.estimateCosts?.(inventory);
  if (cost && gaps.length > 0)
    cost.totals.atLeast = true;
  if (cost && opts.baseline) {
    const delta = costDeltaAgainst(opts.baseline.file, cost, gaps.length === 0);
    if ("notice" in delta)
      cost.notices = [...cost.notices ?? [], delta.notice];
    else
      cost.costDelta = delta;
  }
  const engine = runRules(inventory, rules, opts.config.rules.parameters ?? {}, cost, { estimateCosts: opts.estimateCosts });
  notices.push(...engine.notices);
  const today = opts.now.toISOString().slice(0, 10);
  refuseSuppressionsOfNoRule(opts.config.suppressions, allRules);
  const suppressed = applySuppressions(engine.findings, opts.config.suppressions, today, selected.map((r) => r.id));
  notices.push(...suppressed.notices);
  let findings = keepWhatFixesUse(suppressed.findings, cost);
  let fixed;
  let notEvaluated = [];
  if (opts.baseline) {
    const b = applyBaseline(findings, opts.baseline.findings, {
      ruleIds: rules.map((r) => r.id),
      resourceKeys: inventory.byKey.keys(),
      subscriptionIds: [...inventory.subscriptions.map((s) => s.subscriptionId), ...[...inventory.byKey.values()].flatMap((r) => r.subscriptionId ? [r.subscriptionId] : [])],
      coverageComplete: gaps.length === 0,
      skipped: required.skipped
    }, opts.now.toISOString());
    const skipped = notEvaluatedNotice(b.notEvaluated);
    if (skipped)
      notices.push(skipped);
    findings = b.findings;
    fixed = b.fixed;
    notEvaluated = b.notEvaluated;
  }
  return {
    tool: { name: "erscan", version: TOOL_VERSION },
    generatedAt: opts.now.toISOString(),
    scanCategory: opts.scanCategory,
    inputs: opts.inputs,
    coverage: { complete: gaps.length === 0, gaps },
    inventory,
    counts: countInventory(inventory),
    findings,
    ...fixed ? { fixed, baselineFile: opts.baseline.file } : {},
    ...notEvaluated.length > 0 ? { notEvaluated } : {},
    rules,
    notices,
    ...cost ? { cost } : {},
    ...suppressed.uses.length > 0 ? { suppressions: suppressed.uses } : {},
    // Rules selected, resources read, and no rule ran: a pass of nothing (src/cli/commands/scan.ts refuses it).
    ...rules.length === 0 && selected.length > 0 && inventory.byKey.size > 0 ? { noRuleEvaluated: required.notEvaluated } : {}
  };
}

// dist/util/tiering.js
import { setFlagsFromString } from "node:v8";
var BY_V8_MAJOR = {
  "11": "--interrupt-budget=491520",
  // default 67584 (66 KB of bytecode): ×7.3
  "12": "--invocation-count-for-turbofan=10000",
  // default 3000
  "13": "--invocation-count-for-turbofan=10000"
  // default 3000
};
function tieringFlagFor(v8Version) {
  return BY_V8_MAJOR[v8Version.split(".")[0]];
}
function tuneTiering() {
  const flag = tieringFlagFor(process.versions.v8);
  if (flag)
    setFlagsFromString(flag);
}

// dist/cli/pipeline.js
function parseFormats(value, hasOut) {
  if (!value)
    return hasOut ? ["console", "json", "sarif", "html", "markdown"] : ["console"];
  const out = [];
  for (const part of value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const f = part === "md" ? "markdown" : part;
    if (!FORMATS.includes(f))
      throw new UsageError(`--format: expected one or more of ${FORMATS.join(", ")}, found "${part}"`);
    if (!out.includes(f))
      out.push(f);
  }
  if (out.length === 0)
    throw new UsageError(`--format needs a value: one or more of ${FORMATS.join(", ")}`);
  if (out.some((f) => f !== "console") && !hasOut)
    throw new UsageError(`--format ${value}: file reports need --out DIR`);
  return out;
}
function scanCategoryFor(args) {
  if (args.category)
    return args.category;
  const sorted = (list) => [...new Set(list ?? [])].sort();
  const parts = args.graph ? ["graph", ...sorted(args.tenant), ...sorted(args.managementGroup), ...sorted(args.subscription)] : sorted((args.inputs ?? []).map((i) => {
    const abs = resolve2(i);
    const rel = relative2(repositoryRootOf(abs) ?? ".", abs);
    if (rel === "")
      return basename(abs);
    return rel === ".." || rel.startsWith(`..${sep2}`) || isAbsolute2(rel) ? abs.replace(/^[A-Za-z]:/, "").replace(/^[\\/]+/, "") : rel;
  }));
  const slug = parts.join("+").replace(/\\/g, "/").replace(/[^A-Za-z0-9._/+-]+/g, "-");
  const short = slug.length > 100 ? `${slug.slice(0, 91)}-${hash2("sha256", slug, "hex").slice(0, 8)}` : slug;
  return `erscan/${short || "scan"}`;
}
function loadEffectiveConfig(args) {
  const config = args.config ? loadConfig(args.config) : emptyConfig();
  const given = args.suppressions;
  if (given && !config.suppressions.some((s) => s.file !== void 0 && resolve2(s.file) === resolve2(given)))
    config.suppressions.push(...loadSuppressionsFile(given));
  checkSuppressionExpiry(config);
  return config;
}
async function checkConfigAgainstRules(args, config) {
  const { loadRules: loadRules2 } = await import("./loader-UJRLNKOW.js");
  const { selectRules: selectRules2 } = await import("./select-HN4V6FXF.js");
  const { refuseBlanketSuppressions, refuseSuppressionsOfNoRule: refuseSuppressionsOfNoRule2 } = await import("./suppressions-BZVI6XHY.js");
  const all = loadRules2([...config.ruleDirs, ...args.rules ?? []]);
  refuseSuppressionsOfNoRule2(config.suppressions, all);
  refuseBlanketSuppressions(config.suppressions, selectRules2(all, config.rules).map((r) => r.id));
}
async function gatherSources(args) {
  if (args.graph) {
    if (args.inputs && args.inputs.length > 0)
      throw new UsageError("--graph crawls live Azure: give either input files or --graph, not both");
    const { crawlForCli } = await import("./cli-GDTIKS6N.js");
    return { source: await crawlForCli(args), errors: [] };
  }
  if (!args.inputs || args.inputs.length === 0)
    throw new UsageError("name at least one input file or folder, or use --graph");
  const loaded = loadInputs(args.inputs, { bicep: args.bicep });
  return { source: loaded.output, errors: loaded.errors };
}
async function runPipeline(args, now = /* @__PURE__ */ new Date(), hooks = {}) {
  tuneTiering();
  if (args.failOnNew && !args.baseline)
    throw new UsageError("--fail-on-new needs --baseline");
  const config = loadEffectiveConfig(args);
  const baseline = args.baseline ? { file: args.baseline, findings: loadBaseline(args.baseline) } : void 0;
  if (args.graph)
    await checkConfigAgainstRules(args, config);
  const { source, errors } = await gatherSources(args);
  hooks.sourcesRead?.(source);
  const { costEstimatorFor } = await import("./setup-OAPUFW5G.js");
  const estimateCosts = costEstimatorFor(args, config.usage, source);
  const result = scanSources(source, {
    config,
    ruleDirs: args.rules,
    baseline,
    now,
    inputs: args.graph ? [scanCategoryFor(args).replace(/^erscan\//, "")] : args.inputs ?? [],
    scanCategory: scanCategoryFor(args),
    estimateCosts
  });
  if (result.cost?.notices?.length)
    result.notices.push(...result.cost.notices);
  return { result, inputErrors: errors, config };
}
function reportOptionsFor(args) {
  return { ...args.sort ? { sortBy: args.sort } : {}, ...args.recordInventory ? { recordInventory: true } : {} };
}
var THREAD_FROM = 2e3;
var standby = [];
function standbyReportThreads(formats, out, resources) {
  if (out === void 0 || resources < THREAD_FROM)
    return;
  const wanted = formats.some((f) => f === "json" || f === "sarif") ? 1 : 0;
  while (standby.length < wanted) {
    const t = startReportThread();
    if (!t)
      return;
    t.hold(false);
    standby.push(t);
  }
}
async function emitReports(result, formats, out, color, options = {}) {
  const couldNotWrite = (format, e) => {
    const code = e?.code;
    return new UsageError(`could not write ${displayPath(join(out, REPORT_FILES[format]))}: ${code ?? e?.message ?? String(e)}`);
  };
  const opts = { ...options, color };
  const large = out !== void 0 && result.findings.length + (result.cost?.costs.length ?? 0) >= THREAD_FROM && formats.some((f) => f === "json" || f === "sarif");
  const threads = /* @__PURE__ */ new Map();
  if (large) {
    const t = standby.pop() ?? startReportThread();
    if (t) {
      t.hold(true);
      for (const f of formats)
        if (f === "json" || f === "sarif")
          threads.set(f, t);
    }
  }
  for (const t of standby.splice(0))
    await t.close();
  const thread = threads.size > 0 ? threads : void 0;
  const onThread = [];
  const order = thread ? [...formats].sort((a, b) => Number(b === "sarif") - Number(a === "sarif")) : formats;
  const slot = new Map(formats.map((f, i) => [f, i]));
  const paths = [];
  const wrote = (format, path) => paths[slot.get(format)] = path;
  try {
    for (const format of order) {
      if (format === "console")
        process.stdout.write(reporterFor(format)(result, opts));
      else if ((format === "json" || format === "sarif") && thread?.has(format)) {
        let file;
        try {
          file = temporaryFileFor(reportPath(out, REPORT_FILES[format]));
          const sarif = format === "sarif" ? sarifDraft(result, opts) : void 0;
          const chunks = jsonChunks(sarif ? sarif.log : jsonReportValue(result, opts), void 0, sarif !== void 0);
          const w = thread.get(format).write(file.tmp, chunks, {
            indented: sarif === void 0,
            gzipCompact: sarif?.needsCheck,
            renameTo: file.target,
            ...sarif?.needsCheck ? { maxGzipBytes: sarif.maxGzipBytes, gzipLevel: SARIF_FAST_GZIP_LEVEL } : {}
          });
          onThread.push({ format, ...file, done: w.done, sarif });
          wrote(format, file.target);
        } catch (e) {
          if (file)
            rmSync(file.tmp, { force: true });
          if (e?.code)
            throw couldNotWrite(format, e);
          try {
            wrote(format, writeReport(out, REPORT_FILES[format], reportChunksFor(format)(result, opts)));
          } catch (e2) {
            throw couldNotWrite(format, e2);
          }
        }
      } else {
        try {
          wrote(format, writeReport(out, REPORT_FILES[format], reportChunksFor(format)(result, opts)));
        } catch (e) {
          throw couldNotWrite(format, e);
        }
      }
    }
    while (onThread.length > 0) {
      const w = onThread[0];
      try {
        let gzipBytes;
        let renamed = false;
        try {
          ({ gzipBytes, renamed } = await w.done);
        } catch (e) {
          if (e?.code)
            throw e;
          w.sarif = void 0;
          rmSync(w.tmp, { force: true });
          writeReport(out, REPORT_FILES[w.format], reportChunksFor(w.format)(result, opts));
          onThread.shift();
          continue;
        }
        if (w.sarif?.needsCheck && (gzipBytes === void 0 || gzipBytes > w.sarif.maxGzipBytes)) {
          rmSync(w.tmp, { force: true });
          writeReport(out, REPORT_FILES.sarif, reportChunksFor("sarif")(result, opts));
        } else if (!renamed)
          renameSync(w.tmp, w.target);
        onThread.shift();
      } catch (e) {
        throw couldNotWrite(w.format, e);
      }
    }
  } finally {
    for (const w of onThread) {
      await w.done.catch(() => void 0);
      rmSync(w.tmp, { force: true });
    }
    for (const t of new Set(threads.values()))
      await t.close();
  }
  return paths.filter((p) => p !== void 0);
}
function startReportThread() {
  try {
    return new ReportThread();
  } catch {
    return void 0;
  }
}
function exitCodeFor(outcome, args) {
  if (outcome.inputErrors.length > 0)
    return EXIT.BAD_INPUT;
  if (nothingChecked(outcome))
    return EXIT.BAD_INPUT;
  if (args.requireComplete && !outcome.result.coverage.complete)
    return EXIT.INCOMPLETE;
  const threshold = args.failOn ?? outcome.config.failOn ?? "high";
  const unknownGates = args.failOnUnknown ?? outcome.config.failOnUnknown ?? false;
  const gating = outcome.result.findings.filter((f) => !f.suppression && (f.status !== "unknown" || unknownGates) && (!args.failOnNew || f.baselineState === "new"));
  return gating.some((f) => atOrAbove(f.severity, threshold)) ? EXIT.FINDINGS : EXIT.OK;
}
function reportCoverage(outcome, args) {
  const coverage = outcome.result.coverage;
  if (coverage.complete)
    return;
  const files = new Set(outcome.inputErrors.map((e) => e.file.replace(/:\d+:\d+$/, "")));
  for (const g of coverage.gaps)
    if (!files.has(g.scope))
      process.stderr.write(oneLine(`erscan: coverage gap: ${g.scope}: ${g.reason}`) + "\n");
  if (args.requireComplete && outcome.inputErrors.length === 0)
    process.stderr.write(`erscan: coverage is incomplete (${coverage.gaps.length} gap${coverage.gaps.length === 1 ? "" : "s"}), and --require-complete was given: exit 3
`);
}
function nothingChecked(outcome) {
  return outcome.result.inventory.byKey.size === 0;
}
function reportNothingChecked(outcome) {
  if (outcome.inputErrors.length === 0 && nothingChecked(outcome))
    process.stderr.write(`erscan: error: the inputs hold no ExpressRoute resources: nothing was checked (expected at least one circuit, ExpressRoute Direct port, ExpressRoute gateway or connection)${declaresLeftOut(outcome.result.notices) ? `; the templates declare some that are ${LEFT_OUT_MARK} (their conditions are false): see the notes in the report` : ""}
`);
}
function reportInputErrors(errors) {
  for (const e of errors)
    process.stderr.write(oneLine(`erscan: error: ${e.message}`) + "\n");
  const files = new Set(errors.map((e) => e.file.replace(/:\d+:\d+$/, ""))).size;
  if (errors.length > 0)
    process.stderr.write(`erscan: ${files} input(s) could not be read in full; they are listed as coverage gaps and the rest was scanned
`);
}

export {
  parseFormats,
  runPipeline,
  reportOptionsFor,
  standbyReportThreads,
  emitReports,
  exitCodeFor,
  reportCoverage,
  reportNothingChecked,
  reportInputErrors
};
