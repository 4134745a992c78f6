// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  daysBetween,
  isIsoDateTime,
  mdEscape
} from "./chunk-GSNKJPRN.js";
import {
  SEVERITY_LABEL,
  daysLabel,
  openLabel,
  usd
} from "./chunk-QGZ3OC4X.js";
import {
  SEVERITIES,
  severityRank
} from "./chunk-IBHIKH4K.js";
import {
  oneLine
} from "./chunk-4O66FDXF.js";
import {
  checkOutFolder,
  writeReport
} from "./chunk-RJWAKYVL.js";
import {
  TOOL_VERSION
} from "./chunk-NGCXQXTN.js";
import {
  EXIT
} from "./chunk-PJIMCPB3.js";
import {
  isObj
} from "./chunk-FWDRETOA.js";
import {
  walkFiles
} from "./chunk-SNJAJXSP.js";
import {
  prefixOf
} from "./chunk-6DM37KYG.js";
import {
  readNothing
} from "./chunk-RD47CNRY.js";
import "./chunk-SHTQVT5S.js";
import "./chunk-X6A6OTOC.js";
import {
  MAX_INPUT_BYTES,
  parseJson,
  readText
} from "./chunk-VQAVFDJZ.js";
import "./chunk-HGZGRQEX.js";
import "./chunk-BAWUMSZC.js";
import "./chunk-U5NJNZAI.js";
import {
  InputError,
  UsageError,
  describeValue,
  displayPath
} from "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";

// dist/cli/commands/trend.js
import { join } from "node:path";

// dist/history/reports.js
import { isUtf8 } from "node:buffer";
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
function readReportJson(file) {
  let buf;
  try {
    if (statSync(file).size <= MAX_INPUT_BYTES)
      buf = readFileSync(file);
  } catch {
  }
  if (buf && buf.length > 0 && buf[0] !== 239 && isUtf8(buf)) {
    try {
      return JSON.parse(buf.toString("utf8"));
    } catch {
    }
  }
  return parseJson(file, readText(file)).value;
}
function kindOf(doc) {
  if (!isObj(doc))
    return "other";
  if ("schemaVersion" in doc && (isObj(doc.tool) ? doc.tool.name === "erscan" : "findings" in doc))
    return "report";
  return "other";
}
function describeOther(doc) {
  if (!isObj(doc))
    return describeValue(doc);
  if ("erscanSnapshot" in doc)
    return "an erscan inventory snapshot";
  if ("trendVersion" in doc)
    return "an erscan trend";
  if ("diffVersion" in doc)
    return "an erscan diff";
  if (typeof doc.$schema === "string" && /sarif/i.test(doc.$schema))
    return "a SARIF file";
  return "a JSON document that is not an erscan report";
}
function listJson(dir) {
  const errors = [];
  const files = walkFiles(dir, { accept: (name) => /\.json$/i.test(name), skipDir: (name) => name.startsWith(".") || name === "node_modules", errors });
  if (errors.length > 0)
    throw errors[0];
  return files;
}
function costsOf(doc) {
  const totals = isObj(doc.costTotals) ? doc.costTotals : void 0;
  let monthly = num(totals?.monthlyUsd) ?? null;
  let savings = num(totals?.potentialSavingsUsd) ?? null;
  const costs = Array.isArray(doc.costs) ? doc.costs.filter(isObj) : [];
  const other = Array.isArray(doc.otherCosts) ? doc.otherCosts.filter(isObj) : [];
  if (monthly === null && costs.length + other.length > 0) {
    let sum2 = 0;
    let any = false;
    for (const c of costs) {
      const v = num(isObj(c.monthlyUsd) ? c.monthlyUsd.current : void 0);
      if (v !== void 0)
        sum2 += v, any = true;
    }
    for (const o of other) {
      const v = num(o.monthlyUsd);
      if (v !== void 0)
        sum2 += v, any = true;
    }
    monthly = any ? sum2 : null;
  }
  if (savings === null && costs.length > 0) {
    savings = 0;
    for (const c of costs)
      savings += num(isObj(c.recommendation) ? c.recommendation.monthlySavingsUsd : void 0) ?? 0;
  }
  const cat = isObj(doc.priceCatalogue) ? doc.priceCatalogue : void 0;
  return {
    monthlyUsd: monthly,
    potentialSavingsUsd: savings,
    ...typeof cat?.currency === "string" ? { currency: cat.currency } : {},
    ...typeof cat?.effectiveDate === "string" ? { priceDate: cat.effectiveDate } : {}
  };
}
var str = (o, k) => typeof o[k] === "string" ? o[k] : void 0;
function runOf(file, doc, detailsByScope) {
  if (!isObj(doc))
    throw new InputError(file, "$", "an erscan JSON report", describeValue(doc));
  if (!("schemaVersion" in doc))
    throw new InputError(file, "$.schemaVersion", "an erscan JSON report (report.json of erscan scan)", describeOther(doc));
  if (doc.schemaVersion !== 1)
    throw new InputError(file, "$.schemaVersion", "an erscan JSON report of schemaVersion 1 (this erscan reads no other)", describeValue(doc.schemaVersion));
  if (!isIsoDateTime(doc.generatedAt))
    throw new InputError(file, "$.generatedAt", "the time of the report (an ISO-8601 date-time)", describeValue(doc.generatedAt));
  const generatedAt = doc.generatedAt;
  if (!Array.isArray(doc.findings))
    throw new InputError(file, "$.findings", "an array of findings", describeValue(doc.findings));
  const coverage = isObj(doc.coverage) ? doc.coverage : void 0;
  if (typeof coverage?.complete !== "boolean")
    throw new InputError(file, "$.coverage.complete", "true or false", describeValue(coverage?.complete));
  const currency = isObj(doc.priceCatalogue) ? doc.priceCatalogue.currency : void 0;
  if (currency !== void 0 && !(typeof currency === "string" && /^[A-Z]{3}$/.test(currency)))
    throw new InputError(file, "$.priceCatalogue.currency", "the currency code of its figures (three capital letters, such as USD or EUR)", describeValue(currency));
  const inputs = Array.isArray(doc.inputs) ? doc.inputs.filter((x) => typeof x === "string") : [];
  if (doc.scanCategory !== void 0 && typeof doc.scanCategory !== "string")
    throw new InputError(file, "$.scanCategory", "the scope of the scan (text)", describeValue(doc.scanCategory));
  const scanCategory = typeof doc.scanCategory === "string" && doc.scanCategory !== "" ? doc.scanCategory : void 0;
  const scope = scanCategory ?? (inputs.length ? `inputs ${inputs.join(", ")}` : "(no scope recorded)");
  let details = detailsByScope.get(scope);
  if (!details)
    detailsByScope.set(scope, details = /* @__PURE__ */ new Map());
  const findings = new Array(doc.findings.length);
  const list = doc.findings;
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    if (!isObj(f))
      throw new InputError(file, `$.findings[${i}]`, "a finding object", describeValue(f));
    const fingerprint = f.fingerprint;
    if (typeof fingerprint !== "string" || fingerprint === "")
      throw new InputError(file, `$.findings[${i}].fingerprint`, "a fingerprint string", describeValue(fingerprint));
    const severity = f.severity;
    if (!SEVERITIES.includes(severity))
      throw new InputError(file, `$.findings[${i}].severity`, `one of ${SEVERITIES.join(", ")}`, describeValue(severity));
    const ruleId = str(f, "ruleId");
    const resourceId = str(f, "resourceId");
    if (!ruleId)
      throw new InputError(file, `$.findings[${i}].ruleId`, "a ruleId string", describeValue(f.ruleId));
    if (!resourceId)
      throw new InputError(file, `$.findings[${i}].resourceId`, "a resourceId string", describeValue(f.resourceId));
    if (f.firstSeen !== void 0 && !isIsoDateTime(f.firstSeen))
      throw new InputError(file, `$.findings[${i}].firstSeen`, "a date-time such as 2026-10-05T06:00:00Z", describeValue(f.firstSeen));
    const firstSeen = f.firstSeen;
    findings[i] = { fingerprint, severity, suppressed: isObj(f.suppression), undecided: f.status === "unknown", ...firstSeen ? { firstSeen } : {} };
    const known = details.get(fingerprint);
    if (!known || known.from < generatedAt) {
      details.set(fingerprint, {
        ruleId,
        ruleName: str(f, "ruleName") ?? "",
        category: str(f, "category") ?? "",
        severity,
        resourceId,
        resourceName: str(f, "resourceName") ?? resourceId,
        message: str(f, "message") ?? "",
        from: generatedAt
      });
    }
  }
  if (doc.notEvaluated !== void 0 && !Array.isArray(doc.notEvaluated))
    throw new InputError(file, "$.notEvaluated", "an array of findings", describeValue(doc.notEvaluated));
  const notEvaluated = (doc.notEvaluated ?? []).map((f, i) => {
    const fingerprint = isObj(f) ? f.fingerprint : void 0;
    if (typeof fingerprint !== "string" || fingerprint === "")
      throw new InputError(file, `$.notEvaluated[${i}].fingerprint`, "a fingerprint string", describeValue(fingerprint));
    return fingerprint;
  });
  const inv = isObj(doc.inventory) ? doc.inventory : void 0;
  const counts = inv && ["circuits", "peerings", "ports", "gateways", "connections", "subscriptions", "tenants"].every((k) => num(inv[k]) !== void 0) ? inv : void 0;
  return {
    file,
    generatedAt,
    toolVersion: isObj(doc.tool) && typeof doc.tool.version === "string" ? doc.tool.version : "unknown",
    scope,
    ...scanCategory ? { scanCategory } : {},
    inputs,
    coverageComplete: coverage.complete,
    ...counts ? {
      inventory: {
        circuits: counts.circuits,
        peerings: counts.peerings,
        ports: counts.ports,
        gateways: counts.gateways,
        connections: counts.connections,
        subscriptions: counts.subscriptions,
        tenants: counts.tenants
      }
    } : {},
    findings,
    ...notEvaluated.length ? { notEvaluated } : {},
    // A run that read nothing (every input or scope a gap) priced nothing: its cost is not known, never $0.
    ...counts && readNothing({ coverage: { complete: coverage.complete }, counts }) ? { ...costsOf(doc), monthlyUsd: null, potentialSavingsUsd: null } : costsOf(doc)
  };
}
function loadRuns(paths) {
  if (paths.length === 0)
    throw new UsageError("name at least one JSON report (report.json of erscan scan) or a folder of them");
  const details = /* @__PURE__ */ new Map();
  const runs = [];
  const notes = [];
  const seenFiles = /* @__PURE__ */ new Set();
  const skipped = [];
  const read = (file, inFolder) => {
    const abs = resolve(file);
    if (seenFiles.has(abs))
      return;
    seenFiles.add(abs);
    const doc = readReportJson(file);
    if (inFolder && kindOf(doc) === "other") {
      skipped.push(file);
      return;
    }
    runs.push(runOf(file, doc, details));
  };
  const seenPaths = /* @__PURE__ */ new Set();
  for (const p of paths) {
    if (seenPaths.has(resolve(p)))
      continue;
    seenPaths.add(resolve(p));
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
    }
    if (isDir) {
      const files = listJson(p);
      const before = runs.length;
      for (const f of files)
        read(f, true);
      if (runs.length === before)
        throw new InputError(p, "", "a folder holding erscan JSON reports", files.length ? `${files.length} JSON file(s), none of them an erscan report` : "no .json files");
    } else {
      read(p, false);
    }
  }
  if (skipped.length)
    notes.push(`skipped ${skipped.length} JSON file(s) that are not erscan reports: ${skipped.slice(0, 5).join(", ")}${skipped.length > 5 ? ", \u2026" : ""}`);
  return { runs, details, notes };
}

// dist/history/trend.js
var TREND_VERSION = 1;
var zeroCounts = () => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });
function median(sorted) {
  if (sorted.length === 0)
    return null;
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}
function orderRuns(runs) {
  const sorted = [...runs].sort((a, b) => Date.parse(a.generatedAt) - Date.parse(b.generatedAt) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const out = [];
  const duplicates = [];
  const clashes = [];
  const sameFindings = (a, b) => {
    if (a.findings.length !== b.findings.length)
      return false;
    const fa = a.findings.map((f) => f.fingerprint).sort();
    const fb = b.findings.map((f) => f.fingerprint).sort();
    return fa.every((x, i) => x === fb[i]);
  };
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && Date.parse(prev.generatedAt) === Date.parse(r.generatedAt)) {
      if (sameFindings(prev, r))
        duplicates.push([prev, r]);
      else
        clashes.push([prev, r]);
      continue;
    }
    out.push(r);
  }
  return { runs: out, duplicates, clashes };
}
function computeTrend(runs, details, opts) {
  if (runs.length === 0)
    throw new Error("computeTrend needs at least one run");
  const open = /* @__PURE__ */ new Map();
  const fixedAt = /* @__PURE__ */ new Map();
  const fixDays = new Map(SEVERITIES.map((s) => [s, []]));
  const out = [];
  let previous;
  for (const run of runs) {
    const t = run.generatedAt;
    const tMs = Date.parse(t);
    const current = /* @__PURE__ */ new Set();
    const bySeverity = zeroCounts();
    let suppressed = 0;
    let undecided = 0;
    let fresh = 0;
    for (const f of run.findings) {
      if (current.has(f.fingerprint))
        continue;
      current.add(f.fingerprint);
      if (f.suppressed)
        suppressed++;
      else {
        bySeverity[f.severity]++;
        if (f.undecided)
          undecided++;
      }
      const o = open.get(f.fingerprint);
      if (o) {
        o.severity = f.severity;
        continue;
      }
      if (previous)
        fresh++;
      let since = t;
      const own = f.firstSeen;
      if (own && Date.parse(own) < tMs) {
        const fix = fixedAt.get(f.fingerprint);
        if (!fix || Date.parse(own) > Date.parse(fix))
          since = own;
      }
      open.set(f.fingerprint, { firstSeen: since, severity: f.severity });
    }
    let fixed = 0;
    if (run.coverageComplete) {
      const unseen = new Set(run.notEvaluated);
      for (const [fp, o] of open) {
        if (current.has(fp) || unseen.has(fp))
          continue;
        fixed++;
        fixDays.get(o.severity).push(daysBetween(o.firstSeen, t));
        fixedAt.set(fp, t);
        open.delete(fp);
      }
    }
    out.push({
      generatedAt: t,
      report: run.file,
      toolVersion: run.toolVersion,
      coverageComplete: run.coverageComplete,
      findings: { open: SEVERITIES.reduce((n, s) => n + bySeverity[s], 0), bySeverity, suppressed, undecided },
      new: previous ? fresh : null,
      fixed: previous ? fixed : null,
      cost: { monthlyUsd: run.monthlyUsd, potentialSavingsUsd: run.potentialSavingsUsd, currency: run.currency ?? null, priceDate: run.priceDate ?? null },
      inventory: run.inventory ?? null
    });
    previous = current;
  }
  const last = runs[runs.length - 1];
  const lastTime = last.generatedAt;
  const openNow = [];
  for (const f of last.findings) {
    if (f.suppressed)
      continue;
    const o = open.get(f.fingerprint);
    const d = details.get(f.fingerprint);
    if (!o || !d)
      continue;
    openNow.push({
      fingerprint: f.fingerprint,
      ruleId: d.ruleId,
      ruleName: d.ruleName,
      category: d.category,
      severity: f.severity,
      resourceId: d.resourceId,
      resourceName: d.resourceName,
      message: d.message,
      firstSeen: o.firstSeen,
      openDays: daysBetween(o.firstSeen, lastTime)
    });
  }
  openNow.sort((a, b) => Date.parse(a.firstSeen) - Date.parse(b.firstSeen) || severityRank(b.severity) - severityRank(a.severity) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.resourceId.toLowerCase() < b.resourceId.toLowerCase() ? -1 : a.resourceId.toLowerCase() > b.resourceId.toLowerCase() ? 1 : 0));
  const timeToFix = SEVERITIES.map((severity) => {
    const days = fixDays.get(severity).sort((a, b) => a - b);
    const openOfSeverity = openNow.filter((f) => f.severity === severity);
    return {
      severity,
      fixed: days.length,
      medianDays: median(days),
      meanDays: days.length ? Math.round(days.reduce((n, d) => n + d, 0) / days.length * 10) / 10 : null,
      maxDays: days.length ? days[days.length - 1] : null,
      open: openOfSeverity.length,
      oldestOpenDays: openOfSeverity.length ? Math.max(...openOfSeverity.map((f) => f.openDays)) : null
    };
  });
  const notes = [...opts.notes ?? []];
  const gaps = runs.filter((r) => !r.coverageComplete).length;
  if (gaps)
    notes.push(`${gaps} of ${runs.length} run(s) had incomplete coverage: findings they did not see were not counted as fixed`);
  const currencies = new Set(runs.map((r) => r.currency).filter(Boolean));
  if (currencies.size > 1)
    notes.push(`the reports price in different currencies (${[...currencies].sort().join(", ")}): compare cost across runs with care`);
  const priceDates = [...new Set(runs.map((r) => r.priceDate).filter((d) => !!d))];
  if (priceDates.length > 1)
    notes.push(`the price catalogue changed during the period (${priceDates.join(" \u2192 ")}): part of a cost change may be a price change`);
  const versions = [...new Set(runs.map((r) => r.toolVersion))];
  if (versions.length > 1)
    notes.push(`the reports come from ${versions.length} erscan versions (${versions.join(", ")}): rule changes between versions also add and fix findings`);
  return {
    trendVersion: TREND_VERSION,
    tool: { name: "erscan", version: opts.toolVersion },
    generatedAt: opts.now,
    scope: { key: last.scope, scanCategory: last.scanCategory ?? null, inputs: last.inputs },
    period: { from: runs[0].generatedAt, to: lastTime, runs: runs.length, days: daysBetween(runs[0].generatedAt, lastTime) },
    runs: out,
    oldestOpen: openNow.slice(0, opts.top ?? 20),
    timeToFix,
    notes
  };
}
function groupByScope(runs) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of [...runs].sort((a, b) => a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0)) {
    let g = groups.get(r.scope);
    if (!g)
      groups.set(r.scope, g = []);
    g.push(r);
  }
  return groups;
}

// dist/history/trend-render.js
var day = (iso) => iso.slice(0, 10);
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function sum(runs, key) {
  return runs.reduce((n, r) => n + (r[key] ?? 0), 0);
}
function severityChange(first, last) {
  const parts = SEVERITIES.filter((s) => first.findings.bySeverity[s] || last.findings.bySeverity[s]).map((s) => `${s} ${first.findings.bySeverity[s]} \u2192 ${last.findings.bySeverity[s]}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}
function costLine(first, last) {
  if (first.cost.monthlyUsd === null && last.cost.monthlyUsd === null)
    return void 0;
  const [a, b] = [prefixOf(first.cost.currency), prefixOf(last.cost.currency)];
  return `${usd(first.cost.monthlyUsd, a)} \u2192 ${usd(last.cost.monthlyUsd, b)} per month; potential savings ${usd(first.cost.potentialSavingsUsd, a)} \u2192 ${usd(last.cost.potentialSavingsUsd, b)} per month`;
}
function fixLine(t) {
  const parts = t.timeToFix.filter((x) => x.fixed > 0).map((x) => `${x.severity} median ${daysLabel(Math.round(x.medianDays))} (${x.fixed} fixed)`);
  return parts.length ? parts.join(", ") : void 0;
}
function renderTrendConsole(t) {
  const first = t.runs[0];
  const last = t.runs[t.runs.length - 1];
  const lines = [
    `erscan trend: ${plural(t.period.runs, "report")} of ${t.scope.key}, ${day(t.period.from)} to ${day(t.period.to)} (${plural(t.period.days, "day")})`,
    `Open findings: ${first.findings.open} \u2192 ${last.findings.open}${severityChange(first, last)}; ${sum(t.runs, "new")} new and ${sum(t.runs, "fixed")} fixed since the first report`
  ];
  const cost = costLine(first, last);
  if (cost)
    lines.push(`Cost: ${cost}`);
  const oldest = t.oldestOpen[0];
  if (oldest)
    lines.push(`Oldest open: ${oldest.severity} ${oldest.ruleId} on ${oldest.resourceName}, ${openLabel(oldest.openDays)} (since ${day(oldest.firstSeen)})`);
  const fix = fixLine(t);
  lines.push(`Time to fix: ${fix ?? "nothing was fixed in the period"}`);
  for (const n of t.notes)
    lines.push(`Note: ${n}`);
  return lines.map(oneLine).join("\n") + "\n";
}
function renderTrendMarkdown(t, limits = { runs: 26, oldest: 10 }) {
  const first = t.runs[0];
  const last = t.runs[t.runs.length - 1];
  const out = [];
  out.push(`## erscan trend: ${mdEscape(t.scope.key)}`);
  out.push("");
  out.push(`${plural(t.period.runs, "report")} from ${day(t.period.from)} to ${day(t.period.to)}. Open findings **${first.findings.open} \u2192 ${last.findings.open}**${severityChange(first, last)}; ${sum(t.runs, "new")} new and ${sum(t.runs, "fixed")} fixed since the first report.`);
  const cost = costLine(first, last);
  if (cost)
    out.push("", `**Cost:** ${cost}.`);
  const shown = t.runs.slice(-limits.runs);
  out.push("", "| Run | Critical | High | Medium | Low | Info | New | Fixed | Per month | Savings |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of shown) {
    const sev = SEVERITIES.map((s) => String(r.findings.bySeverity[s]));
    out.push(`| ${day(r.generatedAt)}${r.coverageComplete ? "" : " (incomplete)"} | ${sev.join(" | ")} | ${r.new ?? "\u2014"} | ${r.fixed ?? "\u2014"} | ${usd(r.cost.monthlyUsd, prefixOf(r.cost.currency))} | ${usd(r.cost.potentialSavingsUsd, prefixOf(r.cost.currency))} |`);
  }
  if (t.runs.length > shown.length)
    out.push("", `The last ${shown.length} of ${t.runs.length} runs; trend.json and trend.html hold all of them.`);
  out.push("", "### Oldest open findings");
  if (t.oldestOpen.length === 0)
    out.push("", "None: nothing is open.");
  else {
    out.push("", "| Severity | Rule | Resource | Open since | Age |", "| --- | --- | --- | --- | --- |");
    for (const f of t.oldestOpen.slice(0, limits.oldest))
      out.push(`| ${SEVERITY_LABEL[f.severity]} | ${mdEscape(f.ruleId)} ${mdEscape(f.ruleName)} | ${mdEscape(f.resourceName)} | ${day(f.firstSeen)} | ${openLabel(f.openDays)} |`);
  }
  out.push("", "### Time to fix", "", "| Severity | Fixed | Median | Mean | Longest | Open now | Oldest open |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const x of t.timeToFix) {
    const d = (v) => v === null ? "\u2014" : daysLabel(Math.round(v));
    out.push(`| ${SEVERITY_LABEL[x.severity]} | ${x.fixed} | ${d(x.medianDays)} | ${x.meanDays === null ? "\u2014" : `${x.meanDays} days`} | ${d(x.maxDays)} | ${x.open} | ${d(x.oldestOpenDays)} |`);
  }
  if (t.notes.length) {
    out.push("");
    for (const n of t.notes)
      out.push(`> ${mdEscape(n)}`);
  }
  return out.join("\n") + "\n";
}
function renderTrendJson(t) {
  return JSON.stringify(t, null, 2) + "\n";
}

// dist/cli/commands/trend.js
var TREND_FORMATS = ["console", "json", "html", "markdown"];
var FILES = { json: "trend.json", html: "trend.html", markdown: "trend.md" };
function parseTrendFormats(value) {
  if (!value)
    return ["console", "json", "html"];
  const out = [];
  for (const part of value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const f = part === "md" ? "markdown" : part;
    if (!TREND_FORMATS.includes(f))
      throw new UsageError(`--format: expected one or more of ${TREND_FORMATS.join(", ")}, found "${part}"`);
    if (!out.includes(f))
      out.push(f);
  }
  if (out.length === 0)
    throw new UsageError(`--format needs a value: one or more of ${TREND_FORMATS.join(", ")}`);
  return out;
}
function scopeSlug(scope) {
  return scope.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|-+$/g, "").slice(0, 80) || "scope";
}
var quote = (s) => JSON.stringify(s.length > 80 ? `${s.slice(0, 79)}\u2026` : s);
var reports = (n) => `${n} report${n === 1 ? "" : "s"}`;
function pickScopes(runs, args) {
  const groups = groupByScope(runs);
  if (args.scope !== void 0) {
    const g = groups.get(args.scope);
    if (!g)
      throw new UsageError(`--scope ${quote(args.scope)}: no report has this scope; the reports' scopes are ${[...groups].map(([k, v]) => `${quote(k)} (${reports(v.length)})`).join(", ")}`);
    return [[args.scope, g]];
  }
  if (groups.size > 1 && !args.eachScope) {
    const [[firstScope, firstRuns], [otherScope, otherRuns]] = [...groups];
    throw new InputError(otherRuns[0].file, "$.scanCategory", `the scope of the other reports, ${quote(firstScope)} (${reports(firstRuns.length)}, e.g. ${firstRuns[0].file})`, `${quote(otherScope)} (${reports(otherRuns.length)})${groups.size > 2 ? ` and ${groups.size - 2} more scope(s)` : ""}: a trend never mixes scopes; choose one with --scope, or write one trend per scope with --each-scope`);
  }
  return [...groups];
}
async function trendCommand(args, now = /* @__PURE__ */ new Date()) {
  const formats = parseTrendFormats(args.format);
  const top = args.top === void 0 ? void 0 : /^\s*\d+\s*$/.test(String(args.top)) ? Number(args.top) : NaN;
  if (top !== void 0 && (!Number.isSafeInteger(top) || top < 1))
    throw new UsageError(`--top: expected a whole number of at least 1, found ${JSON.stringify(String(args.top))}`);
  const loaded = loadRuns(args.reports ?? []);
  const picked = pickScopes(loaded.runs, args);
  const trends = [];
  for (const [scope, group] of picked) {
    const ordered = orderRuns(group);
    if (ordered.clashes.length > 0) {
      const [a, b] = ordered.clashes[0];
      throw new InputError(b.file, "$.generatedAt", `a time no other report of the scope has`, `${b.generatedAt}, the time of ${a.file} too, with other findings (two different scans cannot have run at the same moment)`);
    }
    const notes = [...loaded.notes];
    for (const [a, b] of ordered.duplicates)
      notes.push(`${b.file} is a copy of ${a.file} (same time, same findings): counted once`);
    trends.push({ scope, trend: computeTrend(ordered.runs, loaded.details.get(scope) ?? /* @__PURE__ */ new Map(), { now: now.toISOString(), toolVersion: TOOL_VERSION, top, notes }) });
  }
  const out = args.out ?? ".";
  if (formats.some((f) => f !== "console"))
    checkOutFolder(out);
  const written = [];
  const slugs = /* @__PURE__ */ new Set();
  for (const { scope, trend } of trends) {
    let slug = scopeSlug(scope);
    for (let n = 2; slugs.has(slug); n++)
      slug = `${scopeSlug(scope)}-${n}`;
    slugs.add(slug);
    const dir = args.eachScope ? join(out, slug) : out;
    if (formats.includes("console"))
      process.stdout.write(renderTrendConsole(trend));
    if (formats.includes("json"))
      written.push(writeReport(dir, FILES.json, renderTrendJson(trend)));
    if (formats.includes("markdown"))
      written.push(writeReport(dir, FILES.markdown, renderTrendMarkdown(trend)));
    if (formats.includes("html")) {
      const { renderTrendHtml } = await import("./trend-html-6I3E64AY.js");
      written.push(writeReport(dir, FILES.html, renderTrendHtml(trend)));
    }
  }
  if (written.length > 0)
    process.stderr.write(`erscan: wrote ${written.map((f) => displayPath(f)).join(", ")}
`);
  return EXIT.OK;
}
export {
  scopeSlug,
  trendCommand
};
