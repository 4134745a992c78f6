// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  SEVERITY_LABEL,
  daysLabel,
  openLabel,
  usd,
  wholeNum
} from "./chunk-QGZ3OC4X.js";
import {
  SEVERITIES
} from "./chunk-IBHIKH4K.js";
import {
  visibleControls
} from "./chunk-4O66FDXF.js";
import {
  prefixOf
} from "./chunk-6DM37KYG.js";
import {
  packagePath
} from "./chunk-U5NJNZAI.js";
import {
  __require
} from "./chunk-TASHP5U3.js";

// dist/history/trend-html.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
var compiled;
var sha256 = (s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
function load() {
  if (compiled)
    return compiled;
  const Handlebars = __require("./handlebars.cjs").create();
  const dir = packagePath("reports", "html");
  const css = readFileSync(`${dir}/trend.css`, "utf8");
  if (/<\/style/i.test(css))
    throw new Error("reports/html/trend.css must not contain a closing style tag");
  Handlebars.registerHelper("add", (a, b) => a + b);
  const template = Handlebars.compile(readFileSync(`${dir}/trend.hbs`, "utf8"), { strict: false, preventIndent: true });
  const csp = `default-src 'none'; img-src data:; style-src ${sha256(css)}; base-uri 'none'; form-action 'none'`;
  compiled = { template, css, csp };
  return compiled;
}
var CHART = { width: 860, left: 64, right: 16, top: 14, height: 200 };
var PLOT_W = CHART.width - CHART.left - CHART.right;
var PLOT_H = CHART.height - CHART.top - 40;
var r1 = (n) => Math.round(n * 10) / 10;
function niceCeil(v) {
  if (v <= 0)
    return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
    if (m * p >= v)
      return m * p;
  return 10 * p;
}
function shortMoney(n, p) {
  if (Math.abs(n) >= 1e6)
    return `${p}${Math.round(n / 1e5) / 10}M`;
  if (Math.abs(n) >= 1e3)
    return `${p}${Math.round(n / 100) / 10}k`;
  return `${p}${Math.round(n)}`;
}
var day = (iso) => iso.slice(0, 10);
function xAxis(n) {
  const slot = PLOT_W / n;
  const bar = Math.max(1, Math.min(28, slot * 0.7));
  const x = (i) => r1(CHART.left + slot * (i + 0.5));
  const step = Math.max(1, Math.ceil(80 / slot), Math.ceil(n / 8));
  const picks = [];
  for (let i = 0; i < n; i += step)
    picks.push(i);
  const lastPick = picks[picks.length - 1];
  if (lastPick !== n - 1) {
    if (n - 1 - lastPick >= step)
      picks.push(n - 1);
    else if (picks.length > 1)
      picks[picks.length - 1] = n - 1;
  }
  return { slot, bar: r1(bar), x, picks: new Set(picks) };
}
function yTicks(max, fmt, zeroY, scale) {
  return [0, 0.5, 1].map((t) => ({ y: r1(zeroY - t * max * scale), label: fmt(max * t) }));
}
function severityChart(runs) {
  const ax = xAxis(runs.length);
  const max = niceCeil(Math.max(1, ...runs.map((r) => r.findings.open)));
  const scale = PLOT_H / max;
  const base = CHART.top + PLOT_H;
  const bars = runs.flatMap((r, i) => {
    let y = base;
    return SEVERITIES.filter((s) => r.findings.bySeverity[s] > 0).map((s) => {
      const h = r.findings.bySeverity[s] * scale;
      y -= h;
      return { x: r1(ax.x(i) - ax.bar / 2), y: r1(y), w: ax.bar, h: r1(h), severity: s, title: `${day(r.generatedAt)}: ${r.findings.bySeverity[s]} ${s}` };
    });
  });
  const totals = runs.map((r, i) => ({ x: ax.x(i), title: `${day(r.generatedAt)}: ${r.findings.open} open (${SEVERITIES.map((s) => `${r.findings.bySeverity[s]} ${s}`).join(", ")})`, y: r1(base - r.findings.open * scale), w: ax.bar, x0: r1(ax.x(i) - ax.bar / 2), h: r1(r.findings.open * scale) }));
  return {
    ...frame(runs, ax),
    yTicks: yTicks(max, (v) => wholeNum(v), base, scale),
    bars,
    totals,
    legend: SEVERITIES.map((s) => ({ severity: s, label: SEVERITY_LABEL[s] }))
  };
}
function flowChart(runs) {
  const ax = xAxis(runs.length);
  const max = niceCeil(Math.max(1, ...runs.map((r) => Math.max(r.new ?? 0, r.fixed ?? 0))));
  const half = PLOT_H / 2;
  const zero = CHART.top + half;
  const scale = half / max;
  const bars = runs.flatMap((r, i) => {
    const out = [];
    if (r.new)
      out.push({ kind: "new", x: r1(ax.x(i) - ax.bar / 2), y: r1(zero - r.new * scale), w: ax.bar, h: r1(r.new * scale), title: `${day(r.generatedAt)}: ${r.new} new` });
    if (r.fixed)
      out.push({ kind: "fixed", x: r1(ax.x(i) - ax.bar / 2), y: r1(zero), w: ax.bar, h: r1(r.fixed * scale), title: `${day(r.generatedAt)}: ${r.fixed} fixed` });
    return out;
  });
  return {
    ...frame(runs, ax),
    zero: r1(zero),
    yTicks: [
      { y: r1(zero - half), label: `+${wholeNum(max)}` },
      { y: r1(zero), label: "0" },
      { y: r1(zero + half), label: `\u2212${wholeNum(max)}` }
    ],
    bars
  };
}
function costChart(runs) {
  const ax = xAxis(runs.length);
  const values = runs.flatMap((r) => [r.cost.monthlyUsd, r.cost.potentialSavingsUsd]).filter((v) => v !== null);
  if (values.length === 0)
    return void 0;
  const max = niceCeil(Math.max(1, ...values));
  const scale = PLOT_H / max;
  const base = CHART.top + PLOT_H;
  const currencies = new Set(runs.filter((r) => r.cost.monthlyUsd !== null || r.cost.potentialSavingsUsd !== null).map((r) => prefixOf(r.cost.currency)));
  const unit = currencies.size === 1 ? [...currencies][0] : "";
  const line = (pick, label) => {
    let d = "";
    let pen = false;
    const dots = [];
    runs.forEach((r, i) => {
      const v = pick(r);
      if (v === null) {
        pen = false;
        return;
      }
      const x = ax.x(i);
      const y = r1(base - v * scale);
      d += `${pen ? "L" : "M"}${x},${y} `;
      pen = true;
      dots.push({ x, y, title: `${day(r.generatedAt)}: ${label} ${usd(v, prefixOf(r.cost.currency))}${r.cost.priceDate ? ` (prices of ${r.cost.priceDate})` : ""}` });
    });
    return { d: d.trim(), dots: runs.length <= 60 ? dots : [], hits: dots };
  };
  return {
    ...frame(runs, ax),
    yTicks: yTicks(max, (n) => shortMoney(n, unit), base, scale),
    cost: line((r) => r.cost.monthlyUsd, "monthly cost"),
    savings: line((r) => r.cost.potentialSavingsUsd, "potential savings")
  };
}
function frame(runs, ax) {
  return {
    width: CHART.width,
    height: CHART.height,
    plot: { x: CHART.left, y: CHART.top, w: PLOT_W, h: PLOT_H },
    labelY: CHART.top + PLOT_H + 18,
    xLabels: [...ax.picks].sort((a, b) => a - b).map((i) => ({ x: ax.x(i), label: day(runs[i].generatedAt) }))
  };
}
function delta(a, b, fmt) {
  if (a === null || b === null)
    return "";
  const d = b - a;
  if (Math.round(d) === 0)
    return "no change since the first report";
  return `${d > 0 ? "+" : "\u2212"}${fmt(Math.abs(d))} since the first report`;
}
function buildTrendModel(t) {
  const first = t.runs[0];
  const last = t.runs[t.runs.length - 1];
  const sev = (s) => ({ severity: s, label: SEVERITY_LABEL[s] });
  const totalNew = t.runs.reduce((n, r) => n + (r.new ?? 0), 0);
  const totalFixed = t.runs.reduce((n, r) => n + (r.fixed ?? 0), 0);
  const days = (v) => v === null ? "\u2014" : daysLabel(Math.round(v));
  return {
    title: `erscan trend: ${t.scope.key}`,
    tool: t.tool,
    generatedAt: t.generatedAt,
    scope: t.scope,
    period: { from: day(t.period.from), to: day(t.period.to), runs: t.period.runs, days: t.period.days },
    cards: {
      open: wholeNum(last.findings.open),
      openDelta: delta(first.findings.open, last.findings.open, (n) => wholeNum(n)),
      newTotal: wholeNum(totalNew),
      fixedTotal: wholeNum(totalFixed),
      cost: last.cost.monthlyUsd === null ? void 0 : usd(last.cost.monthlyUsd, prefixOf(last.cost.currency)),
      // a change between figures in two currencies is no change of cost: none is shown (the trend's notes say why)
      costDelta: first.cost.currency === last.cost.currency ? delta(first.cost.monthlyUsd, last.cost.monthlyUsd, (n) => usd(n, prefixOf(last.cost.currency))) : "",
      savings: last.cost.potentialSavingsUsd === null ? void 0 : usd(last.cost.potentialSavingsUsd, prefixOf(last.cost.currency)),
      oldest: t.oldestOpen[0] ? openLabel(t.oldestOpen[0].openDays) : void 0
    },
    severityChart: severityChart(t.runs),
    flowChart: flowChart(t.runs),
    costChart: costChart(t.runs),
    oldestOpen: t.oldestOpen.map((f) => ({ ...sev(f.severity), ruleId: f.ruleId, ruleName: f.ruleName, resourceName: f.resourceName, resourceId: f.resourceId, message: f.message, since: day(f.firstSeen), age: openLabel(f.openDays) })),
    timeToFix: t.timeToFix.map((x) => ({ ...sev(x.severity), fixed: x.fixed, median: days(x.medianDays), mean: x.meanDays === null ? "\u2014" : `${x.meanDays} days`, max: days(x.maxDays), open: x.open, oldestOpen: days(x.oldestOpenDays) })),
    runs: [...t.runs].reverse().map((r) => ({
      date: day(r.generatedAt),
      generatedAt: r.generatedAt,
      report: r.report,
      complete: r.coverageComplete,
      open: r.findings.open,
      counts: SEVERITIES.map((s) => r.findings.bySeverity[s]),
      suppressed: r.findings.suppressed,
      new: r.new ?? "\u2014",
      fixed: r.fixed ?? "\u2014",
      cost: usd(r.cost.monthlyUsd, prefixOf(r.cost.currency)),
      savings: usd(r.cost.potentialSavingsUsd, prefixOf(r.cost.currency)),
      circuits: r.inventory ? wholeNum(r.inventory.circuits) : "\u2014",
      priceDate: r.cost.priceDate ?? "\u2014"
    })),
    severities: SEVERITIES.map(sev),
    notes: t.notes
  };
}
function renderTrendHtml(t) {
  const { template, css, csp } = load();
  return visibleControls(template({ ...buildTrendModel(t), css, csp }));
}
export {
  buildTrendModel,
  renderTrendHtml
};
