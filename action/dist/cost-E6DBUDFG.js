// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  emitReports,
  exitCodeFor,
  parseFormats,
  reportCoverage,
  reportInputErrors,
  reportNothingChecked,
  reportOptionsFor,
  runPipeline
} from "./chunk-VYEELGSH.js";
import "./chunk-IPOVKQLE.js";
import {
  adviceLine,
  costDeltaHeadline,
  otherAdviceLine
} from "./chunk-GSNKJPRN.js";
import "./chunk-QGZ3OC4X.js";
import "./chunk-KDLTTAKX.js";
import "./chunk-D5Y6JZ57.js";
import "./chunk-IBHIKH4K.js";
import "./chunk-4O66FDXF.js";
import "./chunk-DNYXB5MN.js";
import "./chunk-FEM5HGRV.js";
import {
  checkOutFolder
} from "./chunk-RJWAKYVL.js";
import "./chunk-NGCXQXTN.js";
import "./chunk-PJIMCPB3.js";
import "./chunk-FWDRETOA.js";
import "./chunk-AB74P5EQ.js";
import "./chunk-B7CZWXTC.js";
import "./chunk-SNJAJXSP.js";
import "./chunk-FYODNL6L.js";
import "./chunk-ES2OZW4Z.js";
import {
  currencyPrefix,
  useCurrency
} from "./chunk-6DM37KYG.js";
import "./chunk-RD47CNRY.js";
import {
  formatBandwidth
} from "./chunk-SHTQVT5S.js";
import "./chunk-X6A6OTOC.js";
import "./chunk-VQAVFDJZ.js";
import "./chunk-HGZGRQEX.js";
import "./chunk-BAWUMSZC.js";
import "./chunk-U5NJNZAI.js";
import "./chunk-2ZF4RDC5.js";
import {
  displayPath
} from "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";

// dist/pricing/table.js
var BOLD = "\x1B[1m";
var DIM = "\x1B[90m";
var YELLOW = "\x1B[33m";
var RESET = "\x1B[0m";
function money(n, prefix) {
  if (n === null || n === void 0)
    return "n/a";
  return `${prefix}${n.toLocaleString("en-US", { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 })}`;
}
function gbText(n) {
  return n.toLocaleString("en-US", { maximumFractionDigits: 0 });
}
function tb(n) {
  return `${(n / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} TB`;
}
function table(headers, rows, rightAligned) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells) => cells.map((cell, i) => rightAligned.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])).join("  ").trimEnd();
  return [fmt(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(fmt)];
}
function groupRows(groups, prefix, withTenant) {
  return groups.map((g) => [g.name ? `${g.name} (${g.id})` : g.id, ...withTenant ? [g.tenantId ?? ""] : [], String(g.circuits), (g.partlyPriced ? "\u2265" : "") + money(g.monthlyUsd, prefix), money(g.potentialSavingsUsd, prefix), g.unpriced ? String(g.unpriced) : ""]);
}
function renderCostTable(summary, options = {}) {
  const c = (code, s) => options.color ? `${code}${s}${RESET}` : s;
  const cur = summary.priceCatalogue.currency;
  useCurrency(cur);
  const p = currencyPrefix();
  const lines = [];
  const cat = summary.priceCatalogue;
  lines.push(c(BOLD, "ExpressRoute cost estimate") + ` (prices effective ${cat.effectiveDate}, ${cur}, per month${cat.file ? `, catalogue ${cat.file}` : ""})`);
  lines.push(c(DIM, `Source: ${cat.source}`));
  lines.push("");
  const rows = summary.costs.map((k) => [
    k.resourceName ?? k.resourceId,
    k.peeringLocation ? k.mappedPeeringLocation ? `${k.peeringLocation} (${k.mappedPeeringLocation})` : k.peeringLocation : "?",
    k.zone ?? "unknown",
    `${k.tier}/${k.billingModel.replace("Data", "")}${k.isDirect ? " (Direct)" : ""}`,
    k.bandwidthMbps ? formatBandwidth(k.bandwidthMbps) : "?",
    k.egressSource === "none" ? "- (none)" : `${gbText(k.egressGbPerMonth)} (${k.egressSource})`,
    (k.priced === "partial" ? "\u2265" : "") + (k.monthlyUsd.current === null && k.monthlyUsdRange ? `${money(k.monthlyUsdRange.min, p)}\u2013${money(k.monthlyUsdRange.max, p)}` : money(k.monthlyUsd.current, p)) + (k.unverified?.length ? "*" : ""),
    money(k.monthlyUsd.metered, p),
    money(k.monthlyUsd.unlimited, p),
    k.monthlyUsd.local === null ? "-" : money(k.monthlyUsd.local, p),
    k.breakEvenGbPerMonth === null ? "-" : `${gbText(k.breakEvenGbPerMonth)} (${tb(k.breakEvenGbPerMonth)})`,
    adviceLine(k)
  ]);
  lines.push(c(BOLD, `Circuits (${summary.costs.length})`));
  lines.push(...table(["circuit", "location", "zone", "tier/model", "bandwidth", "egress GB/mo (source)", "current", "metered", "unlimited", "local", "break-even GB/mo", "advice"], rows, /* @__PURE__ */ new Set([5, 6, 7, 8, 9, 10])));
  if (summary.otherCosts.length > 0) {
    lines.push("");
    lines.push(c(BOLD, `Gateways and Direct ports (${summary.otherCosts.length})`));
    const orows = summary.otherCosts.map((o) => [o.resourceName ?? o.resourceId, o.resourceType.split("/").pop() ?? o.resourceType, (o.priced === "partial" ? "\u2265" : "") + money(o.monthlyUsd, p) + (o.unverified?.length ? "*" : ""), o.basis]);
    lines.push(...table(["resource", "type", "monthly", "basis"], orows, /* @__PURE__ */ new Set([2])));
  }
  lines.push("");
  lines.push(c(BOLD, "Totals"));
  const head = ["subscription", "tenant", "circuits", "monthly", "potential savings", "unpriced"];
  if (summary.bySubscription?.length)
    lines.push(...table(head, groupRows(summary.bySubscription, p, true), /* @__PURE__ */ new Set([2, 3, 4, 5])));
  if (summary.byTenant?.length) {
    lines.push("");
    lines.push(...table(["tenant", "circuits", "monthly", "potential savings", "unpriced"], groupRows(summary.byTenant, p, false), /* @__PURE__ */ new Set([1, 2, 3, 4])));
  }
  lines.push("");
  const unpriced = summary.totals.unpriced ?? 0;
  const partly = summary.totals.partlyPriced ?? 0;
  lines.push(c(BOLD, `Estate: ${summary.totals.atLeast ? "at least " : ""}${money(summary.totals.monthlyUsd, p)}/month`) + `, potential savings ${money(summary.totals.potentialSavingsUsd, p)}/month` + (options.gaps ? c(YELLOW, ` (${options.gaps} input(s) or scope(s) not read: what they hold is in no total above)`) : "") + (unpriced ? c(YELLOW, ` (${unpriced} resource(s) not priced and not in the total)`) : "") + (partly ? c(YELLOW, ` (${partly} resource(s) priced in part: only their priced parts are in the total)`) : ""));
  if (summary.costDelta)
    lines.push(c(BOLD, `${costDeltaHeadline(summary.costDelta)}.`));
  if (summary.totals.requiredChangesUsd)
    lines.push(`Required tier changes (findings require them) add ${money(summary.totals.requiredChangesUsd, p)}/month where priced.`);
  const advised = summary.costs.filter((k) => k.recommendation);
  const otherAdvised = summary.otherCosts.filter((o) => o.recommendation);
  if (advised.length + otherAdvised.length > 0) {
    lines.push("");
    lines.push(c(BOLD, "Advice"));
    for (const k of advised)
      lines.push(`- ${k.resourceName}: ${adviceLine(k)}. ${k.recommendation.reason}${k.recommendation.requiresNewCircuit ? " [needs a new circuit]" : ""}`);
    for (const o of otherAdvised)
      lines.push(`- ${o.resourceName ?? o.resourceId}: ${otherAdviceLine(o)}. ${o.recommendation.reason}`);
  }
  const unverified = [.../* @__PURE__ */ new Set([...summary.costs.flatMap((k) => k.unverified ?? []), ...summary.otherCosts.flatMap((o) => o.unverified ?? [])])].sort();
  if (unverified.length > 0) {
    lines.push("");
    lines.push(c(YELLOW, "* Estimates marked * use figures that are not confirmed:"));
    for (const u of unverified)
      lines.push(`  - ${u}`);
  }
  const caveats = summary.costs.filter((k) => k.monthlyUsd.current === null || k.priced === "partial" || k.egressSource === "none");
  if (caveats.length > 0 || summary.notices?.length) {
    lines.push("");
    lines.push(c(BOLD, "Notes"));
    for (const n of summary.notices ?? [])
      lines.push(`- ${n}`);
    for (const k of summary.costs.filter((x) => x.monthlyUsd.current === null))
      lines.push(`- ${k.resourceName}: ${(k.notes ?? []).filter((n) => /not priced|not in/.test(n)).join("; ") || "not priced"}`);
    for (const k of summary.costs.filter((x) => x.priced === "partial"))
      lines.push(`- ${k.resourceName}: priced in part (\u2265 means at least): ${(k.missing ?? []).join(", ")} not priced`);
  }
  lines.push("");
  lines.push(c(DIM, "Egress source: usage = the usage file, metrics = Azure Monitor (measured), none = nothing declared (metered cost excludes egress). Unlimited \u2192 Metered and bandwidth downgrades need a new circuit."));
  return lines.join("\n") + "\n";
}

// dist/cli/commands/cost.js
async function costCommand(args) {
  const formats = parseFormats(args.format, args.out !== void 0);
  if (args.out !== void 0)
    checkOutFolder(args.out);
  const outcome = await runPipeline(args);
  const full = outcome.result;
  const result = {
    ...full,
    findings: full.findings.filter((f) => f.category === "cost"),
    ...full.fixed ? { fixed: full.fixed.filter((f) => f.category === "cost") } : {},
    rules: full.rules.filter((r) => r.category === "cost")
  };
  const color = args.color ?? process.stdout.isTTY === true;
  if (formats.includes("console") && result.cost)
    process.stdout.write(renderCostTable(result.cost, { color, gaps: result.coverage.gaps.length }));
  const written = await emitReports(result, formats.filter((f) => f !== "console"), args.out, color, reportOptionsFor(args));
  if (written.length > 0)
    process.stderr.write(`erscan: wrote ${written.map((f) => displayPath(f)).join(", ")}
`);
  reportInputErrors(outcome.inputErrors);
  reportNothingChecked(outcome);
  reportCoverage(outcome, args);
  return exitCodeFor({ ...outcome, result }, args);
}
export {
  costCommand
};
