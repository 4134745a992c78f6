// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  fixturesFileFor,
  loadRules,
  runRules,
  selectRules
} from "./chunk-SU4YCKQJ.js";
import {
  estimateCosts
} from "./chunk-U6XRNMIS.js";
import {
  buildInventory
} from "./chunk-RVICQST4.js";
import {
  CATEGORIES,
  SEVERITIES
} from "./chunk-IBHIKH4K.js";
import {
  loadCatalogue
} from "./chunk-7LAF3I2S.js";
import {
  loadConfig
} from "./chunk-N2Z2NBRH.js";
import {
  readDataFile
} from "./chunk-26YZZ6NB.js";
import "./chunk-DVCDTIEM.js";
import "./chunk-NHHP4CGJ.js";
import "./chunk-U7556RPZ.js";
import {
  InputError,
  UsageError
} from "./chunk-5MMV7F5T.js";
import "./chunk-54M4OODH.js";
import "./chunk-TASHP5U3.js";

// dist/rules/fixtures.js
function readCases(file, key, data) {
  const list = data[key];
  if (list === void 0)
    return [];
  if (!Array.isArray(list))
    throw new InputError(file, `$.${key}`, "a list of cases");
  return list.map((c, i) => {
    const o = c;
    if (!o || typeof o !== "object" || !Array.isArray(o.resources))
      throw new InputError(file, `$.${key}[${i}].resources`, "a list of resources");
    return { name: typeof o.name === "string" ? o.name : `${key} case ${i + 1}`, resources: o.resources, params: o.params, expect: o.expect, status: o.status, usage: o.usage?.circuits };
  });
}
var catalogue;
var bundledCatalogue = () => catalogue ??= loadCatalogue();
function runCase(rule, c) {
  const raws = c.resources.map((row) => ({ row }));
  const { inventory } = buildInventory(raws);
  return runRules(inventory, [rule], c.params ? { [rule.id]: c.params } : {}, estimateCosts(inventory, { catalogue: bundledCatalogue(), usage: { circuits: c.usage ?? {}, gateways: {} } })).findings;
}
function testRule(rule) {
  const problems = [];
  if (!rule.doc.trim())
    problems.push(`no documentation: add ${rule.file.replace(/\.(ya?ml|json)$/i, ".md")}`);
  const file = fixturesFileFor(rule.file);
  if (!file)
    return { ruleId: rule.id, file: rule.file, cases: 0, problems: [...problems, `no fixtures: add ${rule.file.replace(/\.(ya?ml|json)$/i, ".fixtures.yaml")}`] };
  const data = readDataFile(file);
  const pass = readCases(file, "pass", data);
  const fail = readCases(file, "fail", data);
  if (pass.length === 0)
    problems.push("no pass case");
  if (fail.length === 0)
    problems.push("no fail case");
  for (const c of pass) {
    const findings = runCase(rule, c);
    if (findings.length > 0)
      problems.push(`pass case "${c.name}" produced ${findings.length} finding(s): ${findings.map((f) => f.message).join(" | ")}`);
  }
  for (const c of fail) {
    const findings = runCase(rule, c);
    if (findings.length === 0)
      problems.push(`fail case "${c.name}" produced no finding`);
    for (const want of c.expect ?? []) {
      const w = want.toLowerCase();
      if (!findings.some((f) => f.resourceName.toLowerCase() === w || f.resourceId.toLowerCase() === w))
        problems.push(`fail case "${c.name}" did not flag ${want}`);
    }
    if (c.status) {
      for (const f of findings)
        if ((f.status ?? "fail") !== c.status)
          problems.push(`fail case "${c.name}": expected status ${c.status}, got ${f.status ?? "fail"} for ${f.resourceName}`);
    }
  }
  return { ruleId: rule.id, file: rule.file, cases: pass.length + fail.length, problems };
}
function runFixtures(dirs) {
  const rules = dirs ? loadRules(dirs, false) : loadRules();
  return rules.map(testRule);
}

// dist/cli/commands/rules.js
async function rulesListCommand(args) {
  if (args.category && !CATEGORIES.includes(args.category))
    throw new UsageError(`--category: expected one of ${CATEGORIES.join(", ")}, found "${args.category}"`);
  if (args.severity && !SEVERITIES.includes(args.severity))
    throw new UsageError(`--severity: expected one of ${SEVERITIES.join(", ")}, found "${args.severity}"`);
  const config = args.config ? loadConfig(args.config) : void 0;
  let rules = loadRules([...config?.ruleDirs ?? [], ...args.rules ?? []]);
  if (config)
    rules = selectRules(rules, config.rules);
  rules = rules.filter((r) => (!args.category || r.category === args.category) && (!args.severity || r.severity === args.severity) && (!args.tag || r.tags.some((t) => t.toLowerCase() === args.tag.toLowerCase())));
  if (args.json) {
    process.stdout.write(JSON.stringify(rules.map((r) => ({ id: r.id, name: r.name, title: r.title, category: r.category, severity: r.severity, pillar: r.pillar, tags: r.tags, resource: r.resource, enabledByDefault: r.enabledByDefault !== false })), null, 2) + "\n");
    return 0;
  }
  const idW = Math.max(2, ...rules.map((r) => r.id.length));
  const catW = Math.max(8, ...rules.map((r) => r.category.length));
  process.stdout.write(`${"ID".padEnd(idW)}  ${"SEVERITY".padEnd(8)}  ${"CATEGORY".padEnd(catW)}  TITLE
`);
  for (const r of rules) {
    const off = r.enabledByDefault === false ? " (off by default)" : "";
    process.stdout.write(`${r.id.padEnd(idW)}  ${r.severity.padEnd(8)}  ${r.category.padEnd(catW)}  ${r.title}${off}
`);
  }
  process.stdout.write(`
${rules.length} rule${rules.length === 1 ? "" : "s"}
`);
  return 0;
}
async function rulesShowCommand(args) {
  const config = args.config ? loadConfig(args.config) : void 0;
  const rules = loadRules([...config?.ruleDirs ?? [], ...args.rules ?? []]);
  const found = rules.find((r) => r.id.toLowerCase() === args.id.toLowerCase() || r.name === args.id.toLowerCase());
  if (!found)
    throw new UsageError(`no rule with id or name "${args.id}" (see erscan rules list)`);
  const selected = config ? selectRules(rules, config.rules).find((r) => r.id === found.id) : found;
  const rule = selected ?? found;
  if (config) {
    const params = config.rules.parameters?.[rule.id];
    rule.parameters = params ? { ...rule.parameters ?? {}, ...params } : rule.parameters;
  }
  const head = [
    `${rule.id} ${rule.name}`,
    rule.title,
    "",
    `Category: ${rule.category}   Severity: ${rule.severity}   Pillar: ${rule.pillar}${rule.tags.length ? `   Tags: ${rule.tags.join(", ")}` : ""}`,
    ...config ? [`With ${args.config}: ${selected ? "runs" : "does not run (not selected, or off by default and not enabled)"}`] : [],
    `Applies to: ${rule.resource}${rule.enabledByDefault === false ? "   (off by default: enable it with rules.include in the config)" : ""}`
  ];
  if (rule.parameters && Object.keys(rule.parameters).length)
    head.push(`Parameters: ${Object.entries(rule.parameters).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(", ")}`);
  head.push("", rule.doc.trim() || `Remediation: ${rule.remediation}`);
  if (rule.doc.trim() && !/how to fix/i.test(rule.doc))
    head.push("", `Remediation: ${rule.remediation}`);
  const refs = Object.entries(rule.references ?? {});
  if (refs.length)
    head.push("", "Equivalent checks in other tools:", ...refs.map(([tool, ids]) => `  ${tool}: ${ids.join("; ")}`));
  head.push("", "Links:", ...rule.links.map((l) => `  ${l}`), "", `Rule file: ${rule.file}`);
  process.stdout.write(head.join("\n") + "\n");
  return 0;
}
async function rulesTestCommand(args) {
  const dirs = args.dirs && args.dirs.length ? args.dirs : void 0;
  const results = runFixtures(dirs);
  let failed = 0;
  for (const r of results) {
    const ok = r.problems.length === 0;
    if (!ok)
      failed++;
    process.stdout.write(`${ok ? "ok  " : "FAIL"} ${r.ruleId} (${r.cases} case${r.cases === 1 ? "" : "s"})
`);
    for (const p of r.problems)
      process.stdout.write(`       ${p}
`);
  }
  process.stdout.write(`
${results.length - failed} passed, ${failed} failed
`);
  return failed > 0 ? 1 : 0;
}
export {
  rulesListCommand,
  rulesShowCommand,
  rulesTestCommand
};
