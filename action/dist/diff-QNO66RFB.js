// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  loadInputs
} from "./chunk-IPOVKQLE.js";
import {
  NOT_CARRIED_BY_EVERY_SOURCE,
  RECORDED_SINCE_V2,
  inventoryStates,
  isIsoDateTime,
  mdEscape,
  readRecordedInventory
} from "./chunk-GSNKJPRN.js";
import "./chunk-QGZ3OC4X.js";
import {
  buildInventory
} from "./chunk-D5Y6JZ57.js";
import "./chunk-IBHIKH4K.js";
import {
  oneLine
} from "./chunk-4O66FDXF.js";
import "./chunk-FEM5HGRV.js";
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
import "./chunk-SNJAJXSP.js";
import "./chunk-ES2OZW4Z.js";
import "./chunk-6DM37KYG.js";
import "./chunk-RD47CNRY.js";
import "./chunk-SHTQVT5S.js";
import "./chunk-X6A6OTOC.js";
import {
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

// dist/history/diff.js
import { statSync } from "node:fs";
var DIFF_VERSION = 1;
function loadSide(path) {
  const side = readSide(path);
  if (side.states.length === 0 && side.coverage.complete)
    throw new InputError(path, side.kind === "report" ? "$.recordedInventory" : "", "a state holding at least one ExpressRoute resource (circuit, Direct port, gateway or connection) to compare", "none");
  return side;
}
function readSide(path) {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
  }
  if (!isDir) {
    const doc = parseJson(path, readText(path)).value;
    if (isObj(doc) && "schemaVersion" in doc && !("erscanSnapshot" in doc)) {
      if (doc.schemaVersion !== 1)
        throw new InputError(path, "$.schemaVersion", "an erscan JSON report of schemaVersion 1 (this erscan reads no other)", describeValue(doc.schemaVersion));
      if (doc.recordedInventory === void 0)
        throw new InputError(path, "$.recordedInventory", "a report that recorded its inventory (erscan scan --record-inventory), or a snapshot or Resource Graph export", "a report without one");
      if (!isIsoDateTime(doc.generatedAt))
        throw new InputError(path, "$.generatedAt", "the time of the report (a date-time such as 2026-10-05T06:00:00Z)", describeValue(doc.generatedAt));
      const coverage = isObj(doc.coverage) ? doc.coverage : {};
      return {
        source: path,
        kind: "report",
        generatedAt: isIsoDateTime(doc.generatedAt) ? doc.generatedAt : null,
        coverage: { complete: coverage.complete === true, gaps: Array.isArray(coverage.gaps) ? coverage.gaps.filter(isObj).map((g) => ({ scope: String(g.scope ?? ""), reason: String(g.reason ?? "") })) : [] },
        states: readRecordedInventory(path, doc.recordedInventory),
        recordedVersion: doc.recordedInventory.version
      };
    }
  }
  const loaded = loadInputs([path]);
  if (loaded.errors.length > 0)
    throw loaded.errors[0];
  let generatedAt = null;
  if (!isDir && loaded.files[0]?.format === "snapshot") {
    const doc = parseJson(path, readText(path)).value;
    if (isIsoDateTime(doc.generatedAt))
      generatedAt = doc.generatedAt;
  }
  const { inventory } = buildInventory(loaded.output.raws, loaded.output.subscriptions);
  const gaps = loaded.output.gaps;
  return { source: path, kind: "inputs", generatedAt, coverage: { complete: gaps.length === 0, gaps }, states: inventoryStates(inventory) };
}
function resource(s) {
  return { id: s.id, kind: s.kind, type: s.type, name: s.name, ...s.subscriptionId ? { subscriptionId: s.subscriptionId } : {} };
}
function gapFor(s, gaps) {
  const sub = s.subscriptionId?.toLowerCase();
  const tenant = s.tenantId?.toLowerCase();
  return gaps.find((g) => {
    const text = `${g.scope} ${g.reason}`.toLowerCase();
    return sub !== void 0 && text.includes(sub) || tenant !== void 0 && text.includes(tenant);
  });
}
function gapOf(s, side) {
  const named = gapFor(s, side.coverage.gaps);
  if (named || side.coverage.complete || side.states.length > 0)
    return named;
  const [first] = side.coverage.gaps;
  return { scope: "anything", reason: `every input or scope was a gap (${side.coverage.gaps.length}${first ? `, such as ${first.scope}: ${first.reason}` : ""})` };
}
function sameValue(property, before, after) {
  if (typeof before !== "string" || typeof after !== "string" || property.startsWith("tags."))
    return false;
  if (property === "location")
    return before.replace(/\s+/g, "").toLowerCase() === after.replace(/\s+/g, "").toLowerCase();
  return before.toLowerCase() === after.toLowerCase();
}
function changesOf(a, b, onlyV1, notRead) {
  const names = [.../* @__PURE__ */ new Set([...Object.keys(a.properties), ...Object.keys(b.properties)])].sort();
  const out = [];
  for (const n of names) {
    if (onlyV1 && RECORDED_SINCE_V2.has(`${a.kind}:${n}`))
      continue;
    const before = a.properties[n] ?? null;
    const after = b.properties[n] ?? null;
    if (before === null !== (after === null) && NOT_CARRIED_BY_EVERY_SOURCE.has(n)) {
      notRead.set(n, (notRead.get(n) ?? 0) + 1);
      continue;
    }
    if (before !== after && !sameValue(n, before, after))
      out.push({ property: n, before, after });
  }
  if (a.type !== b.type)
    out.unshift({ property: "type", before: a.type, after: b.type });
  if (a.name !== b.name)
    out.unshift({ property: "name", before: a.name, after: b.name });
  return out;
}
function diffSides(oldSide, newSide, toolVersion) {
  const before = new Map(oldSide.states.map((s) => [s.id.toLowerCase(), s]));
  const after = new Map(newSide.states.map((s) => [s.id.toLowerCase(), s]));
  const keys = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  const onlyV1 = oldSide.recordedVersion === 1 || newSide.recordedVersion === 1;
  const diff = {
    diffVersion: DIFF_VERSION,
    tool: { name: "erscan", version: toolVersion },
    old: { source: oldSide.source, kind: oldSide.kind, generatedAt: oldSide.generatedAt, resources: before.size, coverageComplete: oldSide.coverage.complete },
    new: { source: newSide.source, kind: newSide.kind, generatedAt: newSide.generatedAt, resources: after.size, coverageComplete: newSide.coverage.complete },
    summary: { added: 0, removed: 0, changed: 0, unchanged: 0, notCompared: 0 },
    added: [],
    removed: [],
    changed: [],
    notCompared: [],
    notes: []
  };
  const notRead = /* @__PURE__ */ new Map();
  for (const k of keys) {
    const a = before.get(k);
    const b = after.get(k);
    if (a && b) {
      const changes = changesOf(a, b, onlyV1, notRead);
      if (changes.length)
        diff.changed.push({ ...resource(b), changes });
      else
        diff.summary.unchanged++;
    } else if (b) {
      const gap = gapOf(b, oldSide);
      if (gap)
        diff.notCompared.push({ ...resource(b), seenIn: "new", reason: `the old side could not read ${gap.scope}: ${gap.reason}` });
      else
        diff.added.push(resource(b));
    } else if (a) {
      const gap = gapOf(a, newSide);
      if (gap)
        diff.notCompared.push({ ...resource(a), seenIn: "old", reason: `the new side could not read ${gap.scope}: ${gap.reason}` });
      else
        diff.removed.push(resource(a));
    }
  }
  diff.summary.added = diff.added.length;
  diff.summary.removed = diff.removed.length;
  diff.summary.changed = diff.changed.length;
  diff.summary.notCompared = diff.notCompared.length;
  for (const [name, side] of [["old", oldSide], ["new", newSide]]) {
    if (!side.coverage.complete) {
      diff.notes.push(`the ${name} side (${side.source}) has ${side.coverage.gaps.length} coverage gap(s): resources in scopes it could not read are listed as not compared where the gap names their subscription or tenant; other ${name === "new" ? "removals" : "additions"} may also be resources it did not see`);
    }
  }
  if (notRead.size > 0) {
    const counts = [...notRead.entries()].sort(([x], [y]) => x < y ? -1 : 1).map(([n, c]) => `${n} (${c} resource${c === 1 ? "" : "s"})`);
    diff.notes.push(`not compared where one side did not read them: ${counts.join(", ")}; its source does not carry them (Resource Graph exports, ARM responses and templates hold no diagnostic settings, metric alerts, maintenance assignments or GatewaySubnet NSG, which erscan collect and scan --graph read, and Resource Graph rows may lack a connection's connectionStatus)`);
  }
  if (onlyV1)
    diff.notes.push("a report of recordedInventory version 1 does not hold gateway traffic settings, maintenance, GatewaySubnet NSG or metric alerts: those are not compared");
  if (oldSide.generatedAt && newSide.generatedAt && Date.parse(oldSide.generatedAt) > Date.parse(newSide.generatedAt)) {
    diff.notes.push(`the old side (${oldSide.generatedAt}) is newer than the new side (${newSide.generatedAt}): were they given in the wrong order?`);
  }
  return diff;
}

// dist/history/diff-render.js
var DIFF_LIMITS = { console: 200, markdown: 100 };
var KIND_LABEL = { circuit: "circuit", peering: "peering", port: "Direct port", link: "Direct link", gateway: "gateway", connection: "connection" };
function showValue(v) {
  if (v === null)
    return "(not set)";
  return typeof v === "string" ? v === "" ? '""' : v : String(v);
}
function summaryLine(d) {
  const s = d.summary;
  return `${s.added} added, ${s.removed} removed, ${s.changed} changed, ${s.unchanged} unchanged${s.notCompared ? `, ${s.notCompared} not compared (coverage gaps)` : ""}`;
}
var when = (iso) => iso ? ` (${iso.replace("T", " ").replace(/\.\d+Z$/, "Z")})` : "";
function renderDiffConsole(d, limit = DIFF_LIMITS.console) {
  const lines = [`erscan diff: ${d.old.source}${when(d.old.generatedAt)} \u2192 ${d.new.source}${when(d.new.generatedAt)}: ${summaryLine(d)}`];
  let shown = 0;
  const total = d.added.length + d.removed.length + d.changed.length + d.notCompared.length;
  const push = (line, details = []) => {
    if (shown >= limit)
      return;
    shown++;
    lines.push(line, ...details);
  };
  for (const r of d.added)
    push(`+ ${KIND_LABEL[r.kind]} ${r.name}  ${r.id}`);
  for (const r of d.removed)
    push(`- ${KIND_LABEL[r.kind]} ${r.name}  ${r.id}`);
  for (const r of d.changed)
    push(`~ ${KIND_LABEL[r.kind]} ${r.name}  ${r.id}`, r.changes.map((c) => `    ${c.property}: ${showValue(c.before)} \u2192 ${showValue(c.after)}`));
  for (const r of d.notCompared)
    push(`? ${KIND_LABEL[r.kind]} ${r.name}  ${r.id}`, [`    seen only in the ${r.seenIn} side: ${r.reason}`]);
  if (total > shown)
    lines.push(`\u2026 and ${total - shown} more resources in diff.json`);
  for (const n of d.notes)
    lines.push(`Note: ${n}`);
  return lines.map(oneLine).join("\n") + "\n";
}
function renderDiffMarkdown(d, limit = DIFF_LIMITS.markdown) {
  const out = [`## erscan diff: ${summaryLine(d)}`, "", `From ${mdEscape(d.old.source)}${when(d.old.generatedAt)} to ${mdEscape(d.new.source)}${when(d.new.generatedAt)}.`];
  const more = (shown, all, what) => all > shown ? ["", `\u2026and ${all - shown} more ${what} in diff.json.`] : [];
  const list = (title, rs) => {
    if (rs.length === 0)
      return;
    out.push("", `### ${title}`, "", "| Kind | Name | Resource id |", "| --- | --- | --- |");
    for (const r of rs.slice(0, limit))
      out.push(`| ${KIND_LABEL[r.kind]} | ${mdEscape(r.name)} | ${mdEscape(r.id)} |`);
    out.push(...more(Math.min(limit, rs.length), rs.length, title.toLowerCase()));
  };
  list("Added", d.added);
  list("Removed", d.removed);
  if (d.changed.length) {
    out.push("", "### Changed", "", "| Kind | Name | Property | Before | After |", "| --- | --- | --- | --- | --- |");
    let rows = 0;
    let resources = 0;
    for (const r of d.changed) {
      if (rows >= limit)
        break;
      resources++;
      for (const c of r.changes) {
        out.push(`| ${KIND_LABEL[r.kind]} | ${mdEscape(r.name)} | ${mdEscape(c.property)} | ${mdEscape(showValue(c.before))} | ${mdEscape(showValue(c.after))} |`);
        rows++;
      }
    }
    out.push(...more(resources, d.changed.length, "changed resources"));
  }
  if (d.notCompared.length) {
    out.push("", "### Not compared", "", "| Kind | Name | Seen in | Why |", "| --- | --- | --- | --- |");
    for (const r of d.notCompared.slice(0, limit))
      out.push(`| ${KIND_LABEL[r.kind]} | ${mdEscape(r.name)} | ${r.seenIn} | ${mdEscape(r.reason)} |`);
    out.push(...more(Math.min(limit, d.notCompared.length), d.notCompared.length, "resources not compared"));
  }
  if (d.added.length + d.removed.length + d.changed.length + d.notCompared.length === 0)
    out.push("", "No drift: every resource is as it was.");
  if (d.notes.length)
    out.push("", ...d.notes.map((n) => `> ${mdEscape(n)}`));
  return out.join("\n") + "\n";
}
function renderDiffJson(d) {
  return JSON.stringify(d, null, 2) + "\n";
}

// dist/cli/commands/diff.js
var DIFF_FORMATS = ["console", "json", "markdown"];
function parseDiffFormats(value, hasOut) {
  if (!value)
    return hasOut ? ["console", "json", "markdown"] : ["console"];
  const out = [];
  for (const part of value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const f = part === "md" ? "markdown" : part;
    if (!DIFF_FORMATS.includes(f))
      throw new UsageError(`--format: expected one or more of ${DIFF_FORMATS.join(", ")}, found "${part}"`);
    if (!out.includes(f))
      out.push(f);
  }
  if (out.length === 0)
    throw new UsageError(`--format needs a value: one or more of ${DIFF_FORMATS.join(", ")}`);
  if (out.some((f) => f !== "console") && !hasOut)
    throw new UsageError(`--format ${value}: diff.json and diff.md need --out DIR`);
  return out;
}
async function diffCommand(args) {
  if (!args.old || !args.new)
    throw new UsageError("name the old and the new state: erscan diff OLD NEW");
  const formats = parseDiffFormats(args.format, args.out !== void 0);
  const diff = diffSides(loadSide(args.old), loadSide(args.new), TOOL_VERSION);
  if (args.out !== void 0 && formats.some((f) => f !== "console"))
    checkOutFolder(args.out);
  const written = [];
  if (formats.includes("console"))
    process.stdout.write(renderDiffConsole(diff));
  if (formats.includes("json"))
    written.push(writeReport(args.out, "diff.json", renderDiffJson(diff)));
  if (formats.includes("markdown"))
    written.push(writeReport(args.out, "diff.md", renderDiffMarkdown(diff)));
  if (written.length > 0)
    process.stderr.write(`erscan: wrote ${written.map((f) => displayPath(f)).join(", ")}
`);
  const drift = diff.summary.added + diff.summary.removed + diff.summary.changed > 0;
  return args.failOnDrift && drift ? EXIT.FINDINGS : EXIT.OK;
}
export {
  diffCommand
};
