// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  runRules
} from "./chunk-KDLTTAKX.js";
import {
  buildInventory,
  loadTemplates
} from "./chunk-D5Y6JZ57.js";
import {
  CATEGORIES,
  SEVERITIES
} from "./chunk-IBHIKH4K.js";
import {
  loadConfig
} from "./chunk-DNYXB5MN.js";
import "./chunk-FEM5HGRV.js";
import {
  isObj
} from "./chunk-FWDRETOA.js";
import {
  BUILTIN_RULES_DIR,
  fixturesFileFor,
  listRuleFiles,
  loadRules
} from "./chunk-B7CZWXTC.js";
import "./chunk-SNJAJXSP.js";
import {
  estimateCosts
} from "./chunk-FYODNL6L.js";
import {
  phraseName
} from "./chunk-ES2OZW4Z.js";
import "./chunk-6DM37KYG.js";
import "./chunk-RD47CNRY.js";
import {
  loadCatalogue
} from "./chunk-SHTQVT5S.js";
import {
  readDataFile
} from "./chunk-X6A6OTOC.js";
import {
  parseJson
} from "./chunk-VQAVFDJZ.js";
import "./chunk-HGZGRQEX.js";
import "./chunk-BAWUMSZC.js";
import "./chunk-U5NJNZAI.js";
import {
  checkRuleParameters,
  closestNames,
  selectRules
} from "./chunk-2ZF4RDC5.js";
import {
  InputError,
  UsageError,
  describeValue
} from "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";

// dist/rules/fixtures.js
import { isAbsolute, relative, resolve } from "node:path";
var CASE_KEYS = ["name", "resources", "template", "parameters", "params", "expect", "status", "message", "usage"];
function readCases(file, key, data, rule) {
  const list = data[key];
  if (list === void 0)
    return [];
  if (!Array.isArray(list))
    throw new InputError(file, `$.${key}`, "a list of cases");
  return list.map((c, i) => {
    const o = c;
    if (!o || typeof o !== "object" || Array.isArray(o))
      throw new InputError(file, `$.${key}[${i}]`, "a case object");
    const stray = Object.keys(o).find((k) => !CASE_KEYS.includes(k));
    if (stray !== void 0)
      throw new InputError(file, `$.${key}[${i}].${stray}`, `one of the keys of a case (${CASE_KEYS.join(", ")})`, JSON.stringify(stray));
    if (o.params !== void 0) {
      if (!isObj(o.params))
        throw new InputError(file, `$.${key}[${i}].params`, `an object of ${rule.id}'s parameter values`, describeValue(o.params));
      checkRuleParameters(rule, o.params, file, `$.${key}[${i}].params`);
    }
    if (o.template !== void 0) {
      if (!isObj(o.template))
        throw new InputError(file, `$.${key}[${i}].template`, "an ARM template object");
      if (o.parameters !== void 0 && !isObj(o.parameters))
        throw new InputError(file, `$.${key}[${i}].parameters`, "an object of parameter values");
    } else if (!Array.isArray(o.resources))
      throw new InputError(file, `$.${key}[${i}].resources`, "a list of resources (or a template)");
    if (o.status !== void 0 && o.status !== "fail" && o.status !== "unknown")
      throw new InputError(file, `$.${key}[${i}].status`, "fail or unknown");
    if (o.message !== void 0 && typeof o.message !== "string")
      throw new InputError(file, `$.${key}[${i}].message`, "a string");
    if (o.expect !== void 0 && !(Array.isArray(o.expect) && o.expect.every((x) => typeof x === "string")))
      throw new InputError(file, `$.${key}[${i}].expect`, "a list of the names or ids of the resources that must be flagged", describeValue(o.expect));
    return {
      name: typeof o.name === "string" ? o.name : `${key} case ${i + 1}`,
      resources: o.resources,
      template: o.template,
      parameters: o.parameters,
      params: o.params,
      expect: o.expect,
      status: o.status,
      message: o.message,
      usage: o.usage?.circuits
    };
  });
}
var catalogue;
var bundledCatalogue = () => catalogue ??= loadCatalogue();
var slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "case";
function templateRaws(rule, c) {
  const dir = `fixtures/${rule.id}/${slug(c.name)}`;
  const inputs = [{ file: `${dir}/main.json`, parsed: parseJson(`${dir}/main.json`, JSON.stringify(c.template, null, 2), true), format: "arm-template" }];
  if (c.parameters) {
    const doc = { $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", contentVersion: "1.0.0.0", parameters: Object.fromEntries(Object.entries(c.parameters).map(([k, v]) => [k, { value: v }])) };
    inputs.push({ file: `${dir}/main.parameters.json`, parsed: parseJson(`${dir}/main.parameters.json`, JSON.stringify(doc, null, 2), true), format: "arm-parameters" });
  }
  const { output, errors } = loadTemplates(inputs);
  return { raws: output.raws, problems: errors.map((e) => `case "${c.name}": the template is not valid: ${e.message}`) };
}
function runCase(rule, c) {
  const loaded = c.template ? templateRaws(rule, c) : { raws: (c.resources ?? []).map((row) => ({ row })), problems: [] };
  const { inventory } = buildInventory(loaded.raws);
  const estimate = (inv) => estimateCosts(inv, { catalogue: bundledCatalogue(), usage: { circuits: c.usage ?? {}, gateways: {} } });
  return { findings: runRules(inventory, [rule], c.params ? { [rule.id]: c.params } : {}, estimate(inventory), { estimateCosts: estimate }).findings, problems: loaded.problems };
}
function messageProblems(c, f) {
  const out = [];
  if (/[{}]/.test(f.message))
    out.push(`case "${c.name}": the message for ${f.resourceName} has a leftover placeholder brace: ${f.message}`);
  const names = f.resourceName.split("/");
  if (!names.some((n) => n && (f.message.includes(n) || f.message.includes(phraseName(n)))))
    out.push(`case "${c.name}": the message does not name ${f.resourceName}: ${f.message}`);
  if (/unresolved:/.test(`${f.message} ${f.resourceName}`))
    out.push(`case "${c.name}": a stand-in name reached the finding (show its label): ${f.resourceName}: ${f.message}`);
  if (f.status === "unknown" && f.message.includes("(not set)"))
    out.push(`case "${c.name}": the unknown finding on ${f.resourceName} asserts a value ("(not set)"): ${f.message}`);
  if (c.message !== void 0 && !f.message.includes(c.message))
    out.push(`case "${c.name}": expected the message to contain "${c.message}", got: ${f.message}`);
  return out;
}
function testRule(rule) {
  const problems = [];
  if (!rule.doc.trim())
    problems.push(`no documentation: add ${rule.file.replace(/\.(ya?ml|json)$/i, ".md")}`);
  const file = fixturesFileFor(rule.file);
  if (!file)
    return { ruleId: rule.id, file: rule.file, cases: 0, problems: [...problems, `no fixtures: add ${rule.file.replace(/\.(ya?ml|json)$/i, ".fixtures.yaml")}`] };
  const data = readDataFile(file);
  if (!isObj(data))
    throw new InputError(file, "$", "an object with `pass` and `fail` lists of cases", describeValue(data));
  const stray = Object.keys(data).find((k) => k !== "pass" && k !== "fail");
  if (stray !== void 0)
    throw new InputError(file, `$.${stray}`, "only `pass` and `fail` lists of cases", JSON.stringify(stray));
  const pass = readCases(file, "pass", data, rule);
  const fail = readCases(file, "fail", data, rule);
  if (pass.length === 0)
    problems.push("no pass case");
  if (fail.length === 0)
    problems.push("no fail case");
  for (const c of pass) {
    const { findings, problems: p } = runCase(rule, c);
    problems.push(...p);
    if (findings.length > 0)
      problems.push(`pass case "${c.name}" produced ${findings.length} finding(s): ${findings.map((f) => f.message).join(" | ")}`);
  }
  for (const c of fail) {
    const { findings, problems: p } = runCase(rule, c);
    problems.push(...p);
    if (findings.length === 0)
      problems.push(`fail case "${c.name}" produced no finding`);
    for (const want of c.expect ?? []) {
      const w = want.toLowerCase();
      if (!findings.some((f) => f.resourceName.toLowerCase() === w || f.resourceId.toLowerCase() === w || f.resourceName.toLowerCase().split("/").pop() === w))
        problems.push(`fail case "${c.name}" did not flag ${want}`);
    }
    const status = c.status ?? "fail";
    for (const f of findings)
      if ((f.status ?? "fail") !== status)
        problems.push(`fail case "${c.name}": expected status ${status}${c.status ? "" : " (a fail case without `status: unknown`)"}, got ${f.status ?? "fail"} for ${f.resourceName}`);
    for (const f of findings)
      problems.push(...messageProblems(c, f));
  }
  return { ruleId: rule.id, file: rule.file, cases: pass.length + fail.length, problems };
}
function runFixtures(dirs) {
  if (!dirs)
    return loadRules().map(testRule);
  const own = dirs.filter((d) => !isWithin(resolve(d), BUILTIN_RULES_DIR));
  if (own.length > 0)
    loadRules(own);
  return loadRules(dirs, false).map(testRule);
}
function isWithin(path, dir) {
  const rel = relative(resolve(dir), path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}

// dist/cli/commands/rules.js
async function rulesListCommand(args) {
  if (args.category && !CATEGORIES.includes(args.category))
    throw new UsageError(`--category: expected one of ${CATEGORIES.join(", ")}, found "${args.category}"`);
  if (args.severity && !SEVERITIES.includes(args.severity))
    throw new UsageError(`--severity: expected one of ${SEVERITIES.join(", ")}, found "${args.severity}"`);
  const config = args.config ? loadConfig(args.config) : void 0;
  let rules = loadRules([...config?.ruleDirs ?? [], ...args.rules ?? []]);
  if (args.tag && !rules.some((r) => r.tags.some((t) => t.toLowerCase() === args.tag.toLowerCase()))) {
    throw new UsageError(`--tag: expected a tag of a rule (the closest known: ${closestNames(args.tag, rules.flatMap((r) => r.tags)).join(", ")}), found ${JSON.stringify(args.tag)}`);
  }
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
  if (!args.id)
    throw new UsageError("rules show: name a rule id or name, for example erscan rules show ERS-RED-001 (erscan rules list shows them all)");
  const id = args.id;
  const config = args.config ? loadConfig(args.config) : void 0;
  const rules = loadRules([...config?.ruleDirs ?? [], ...args.rules ?? []]);
  const found = rules.find((r) => r.id.toLowerCase() === id.toLowerCase() || r.name === id.toLowerCase());
  if (!found)
    throw new UsageError(`no rule with id or name "${id}" (the closest known: ${closestNames(id, rules.flatMap((r) => [r.id, r.name])).join(", ")}; see erscan rules list)`);
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
  for (const dir of dirs ?? []) {
    if (listRuleFiles(dir).length === 0)
      throw new InputError(dir, "", "a folder of rules (<ID>.yaml with its <ID>.fixtures.yaml beside it)", "no rule files");
  }
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
