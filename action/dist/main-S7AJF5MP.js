// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  oneLine
} from "./chunk-4O66FDXF.js";
import {
  TOOL_VERSION
} from "./chunk-NGCXQXTN.js";
import {
  EXIT
} from "./chunk-PJIMCPB3.js";
import {
  pathMismatch
} from "./chunk-HGZGRQEX.js";
import "./chunk-U5NJNZAI.js";
import {
  editDistance
} from "./chunk-2ZF4RDC5.js";
import {
  InputError,
  NothingReadError,
  UsageError,
  displayPath
} from "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";

// dist/cli/option-paths.js
var READ_PATHS = {
  config: { kind: "file", what: "a config file (JSON or YAML)" },
  suppressions: { kind: "file", what: "a suppressions file (JSON or YAML)" },
  usage: { kind: "file", what: "a usage file (JSON or YAML)" },
  baseline: { kind: "file", what: "an earlier JSON report (report.json)" },
  prices: { kind: "file", what: "a price catalogue file" },
  rules: { kind: "folder", what: "a folder of rule files" }
};
function refuseMissingPathOptions(args) {
  for (const [name, { kind, what }] of Object.entries(READ_PATHS)) {
    const v = args[name];
    for (const path of Array.isArray(v) ? v : [v]) {
      if (typeof path !== "string" || path === "")
        continue;
      const found = pathMismatch(path, kind);
      if (found)
        throw new UsageError(`--${name} ${displayPath(path)}: expected ${what}, found ${found}`);
    }
  }
}

// dist/cli/main.js
var VALUE_OF = {
  format: "one or more of console, json, sarif, html, markdown",
  out: "a path (a folder for the reports of scan and cost, a file for collect and prices refresh)",
  "fail-on": "a severity: critical, high, medium, low, info or none",
  config: "a config file (JSON or YAML)",
  rules: "a folder of rule files",
  suppressions: "a suppressions file (JSON or YAML)",
  usage: "a usage file (JSON or YAML)",
  baseline: "an earlier JSON report (report.json)",
  category: "a SARIF category such as erscan/live",
  prices: "a price catalogue file",
  tenant: "a tenant id",
  subscription: "a subscription id",
  "management-group": "a management group id",
  credential: "a credential kind",
  cloud: "an Azure cloud name",
  "arm-endpoint": "an https:// URL",
  currency: "a currency code such as USD or EUR",
  endpoint: "an https:// URL",
  severity: "a severity",
  tag: "a tag",
  sort: "severity or age",
  bicep: "the path of a Bicep CLI executable",
  top: "a whole number of at least 1"
};
var lower = (v) => typeof v === "string" ? v.toLowerCase() : v;
var SEVERITY_CHOICES = ["critical", "high", "medium", "low", "info", "none"];
var SCAN_WORDS = {
  out: "folder to write the reports into (created if missing)",
  failOn: "exit 1 when a finding at or above this severity remains (default: high; any case)",
  config: "config file (JSON or YAML): rule selection, severities, parameters, suppressions",
  baseline: "an earlier JSON report: mark findings new or unchanged and list fixed ones"
};
var COST_WORDS = {
  out: "folder for the cost part of the reports (JSON with costs and costDelta, SARIF, HTML, Markdown)",
  failOn: "exit 1 when a cost finding at or above this severity remains (default: high; any case)",
  config: "config file (JSON or YAML): its usage file, the selection and severities of cost rules, suppressions",
  baseline: "an earlier JSON report: the monthly cost change against it (costDelta in the JSON report)"
};
var reportOptions = (y, words) => y.option("format", { type: "string", requiresArg: true, describe: "report formats: console,json,sarif,html,markdown (default: console, plus json,sarif,html,markdown with --out)" }).option("out", { type: "string", requiresArg: true, describe: words.out }).option("fail-on", { type: "string", requiresArg: true, choices: SEVERITY_CHOICES, coerce: lower, describe: words.failOn }).option("config", { type: "string", requiresArg: true, describe: words.config }).option("suppressions", { type: "string", requiresArg: true, describe: "suppressions file (JSON or YAML)" }).option("baseline", { type: "string", requiresArg: true, describe: words.baseline }).option("require-complete", { type: "boolean", default: false, describe: "exit 3 when coverage is incomplete (a scope or file could not be read)" }).option("fail-on-unknown", { type: "boolean", describe: "undecided findings (a template value is not known) count for --fail-on too (default: failures only)" }).option("sort", { type: "string", requiresArg: true, choices: ["severity", "age"], describe: "order of findings in the HTML and Markdown reports: severity (default) or age, oldest first (with --baseline)" }).option("bicep", { type: "string", requiresArg: true, describe: "Bicep CLI to compile .bicep files with (default: bicep on PATH, then az bicep)" }).option("color", { type: "boolean", describe: "colour console output (default: when stdout is a terminal)" });
var pricingOptions = (y) => y.option("usage", { type: "string", requiresArg: true, describe: "usage file with declared egress per circuit, GB/month (JSON or YAML; schemas/usage.schema.json)" }).option("prices", { type: "string", requiresArg: true, describe: "price catalogue file (default: the bundled catalogue; erscan prices refresh writes one)" });
var commonScanOptions = (y) => pricingOptions(reportOptions(y, SCAN_WORDS)).option("fail-on-new", { type: "boolean", default: false, describe: "with --baseline, apply --fail-on to new findings only" }).option("rules", { type: "string", array: true, requiresArg: true, describe: "extra rule folder (repeatable)" }).option("category", { type: "string", requiresArg: true, describe: "SARIF automationDetails category for this scan scope (default: derived from the inputs)" }).option("record-inventory", { type: "boolean", default: false, describe: "also record a compact, secret-free inventory in report.json, so erscan diff can compare reports" });
var costOptions = (y) => pricingOptions(reportOptions(y, COST_WORDS));
var graphOptions = (y) => y.option("tenant", { type: "string", array: true, requiresArg: true, describe: "tenant id to crawl (repeatable; default: discovered)" }).option("subscription", { type: "string", array: true, requiresArg: true, describe: "subscription id to crawl (repeatable)" }).option("management-group", { type: "string", array: true, requiresArg: true, describe: "management group to crawl (repeatable)" }).option("credential", { type: "string", requiresArg: true, choices: ["default", "cli", "env", "managed-identity", "workload-identity", "github-oidc"], default: "default", describe: "how to sign in to Azure" }).option("cloud", { type: "string", requiresArg: true, choices: ["AzureCloud", "AzureUSGovernment", "AzureChinaCloud"], default: "AzureCloud", describe: "Azure cloud" }).option("arm-endpoint", { type: "string", requiresArg: true, describe: "Azure Resource Manager endpoint URL (private clouds); the token scope follows it" }).option("metrics", { type: "boolean", default: false, describe: "also read 30 days of egress per circuit from Azure Monitor" }).option("diagnostic-settings", { type: "boolean", default: true, describe: "read every circuit's, port's and gateway's diagnostic settings through ARM, one GET each (--no-diagnostic-settings skips them; ERS-HYG-002/003/007 are then not evaluated)" }).option("verbose", { type: "boolean", default: false, describe: "log every request to stderr" });
var POSITIONALS_OF = {
  trend: "name at least one earlier report (report.json) or a folder of them: erscan trend REPORT.json\u2026|DIR",
  diff: "name the old and the new state: erscan diff OLD NEW"
};
var INPUTS_DESCRIPTION = "snapshot, Resource Graph output, ARM response, ARM template, Bicep (.bicep, .bicepparam) or Terraform plan files, or folders (format detected from content)";
function plainUsageMessage(msg, argv, commands) {
  let m;
  if (m = /^Not enough arguments following: (.+)$/.exec(msg)) {
    const name = m[1];
    return `--${name} needs a value: ${VALUE_OF[name] ?? "see --help"}`;
  }
  if (m = /^Unknown arguments?: (.+)$/.exec(msg)) {
    const words = m[1].split(", ");
    const first = argv.find((a) => !a.startsWith("-"));
    if (first !== void 0 && words.includes(first) && !commands.includes(first)) {
      const near = commands.map((c) => ({ c, d: editDistance(first.toLowerCase(), c) })).sort((a, b) => a.d - b.d)[0];
      const hint = near && near.d <= 2 ? ` (did you mean ${near.c}?)` : "";
      return `unknown command "${first}"${hint}: the commands are ${commands.join(", ")}`;
    }
    const shown = words.map((w) => argv.includes(`--${w}`) || argv.some((a) => a.startsWith(`--${w}=`)) ? `--${w}` : argv.includes(`-${w}`) ? `-${w}` : `"${w}"`);
    return `${shown.length === 1 ? "unknown option or argument" : "unknown options or arguments"} ${shown.join(", ")} (see --help)`;
  }
  if (m = /^Invalid values:\s*\n?\s*Argument: ([^,]+), Given: (.+?), Choices: (.+)$/s.exec(msg)) {
    return `--${m[1]}: expected one of ${m[3].replace(/"/g, "").split(/,\s*/).join(", ")}, found ${m[2]}`;
  }
  if (m = /^Missing required arguments?: (.+)$/.exec(msg)) {
    return m[1].split(", ").map((name) => `--${name} is required: ${VALUE_OF[name] ?? "see --help"}`).join("; ");
  }
  if (/^Not enough non-option arguments/.test(msg)) {
    const first = argv.find((a) => !a.startsWith("-"));
    const needs = first !== void 0 ? POSITIONALS_OF[first] : void 0;
    if (needs)
      return `${first}: ${needs}`;
    return `name a command: ${commands.join(", ")}`;
  }
  if (/^Too many non-option arguments/.test(msg))
    return "too many arguments (see --help)";
  return msg;
}
function refuseEmptyValues(args) {
  for (const name of Object.keys(VALUE_OF)) {
    const v = args[name];
    if (v === "" || Array.isArray(v) && v.some((x) => x === ""))
      throw new UsageError(`--${name} needs a value: ${VALUE_OF[name]}`);
  }
}
function refuseMisreadArgs(args, argv, declared) {
  if (argv.includes("-"))
    throw new UsageError('"-" (standard input) is not read: name the file or folder to scan (save a pipe to a file first)');
  const end = argv.indexOf("--");
  if (end >= 0 && end < argv.length - 1) {
    const after = argv.slice(end + 1);
    const dashed = after.find((a) => a.startsWith("-"));
    throw new UsageError(`words after "--" are not read (found ${after.map((a) => JSON.stringify(a)).join(", ")}): name them before it${dashed ? `, and a file whose name starts with "-" as ./${dashed}` : ""}`);
  }
  const lists = new Set(declared.array);
  const flags = new Set(declared.boolean);
  const counts = /* @__PURE__ */ new Map();
  for (const a of argv) {
    if (a === "--")
      break;
    const m = /^--(?:no-)?([^=]+)(?:=(.*))?$/.exec(a);
    if (!m)
      continue;
    const [, name, value] = m;
    if (value !== void 0 && flags.has(name) && !/^(true|false)$/i.test(value))
      throw new UsageError(`--${name} is on or off: expected --${name}, --no-${name}, --${name}=true or --${name}=false, found --${name}=${value}`);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [name, n] of counts) {
    if (n < 2 || lists.has(name))
      continue;
    const v = args[name];
    const values = Array.isArray(v) ? ` (${v.map(String).join(", ")})` : "";
    const hint = name === "format" ? " (several formats are one comma-separated value: --format json,sarif)" : "";
    throw new UsageError(`--${name} was given ${n} times${values}; it takes one value: give it once${hint}`);
  }
}
function quickScanArgs(argv) {
  if (argv[0] !== "scan" || argv.length < 2)
    return void 0;
  const args = {
    _: ["scan"],
    graph: false,
    "require-complete": false,
    requireComplete: false,
    "fail-on-new": false,
    failOnNew: false,
    "record-inventory": false,
    recordInventory: false,
    credential: "default",
    cloud: "AzureCloud",
    metrics: false,
    "diagnostic-settings": true,
    diagnosticSettings: true,
    verbose: false
  };
  const inputs = [];
  const seen = /* @__PURE__ */ new Set();
  const plain = (v) => v !== "" && !v.startsWith("-") && !/^0x[0-9a-f]+$/i.test(v) && !/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(v.trim()) && !/^(true|false|null|undefined|NaN|Infinity)$/i.test(v.trim());
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) {
      if (!plain(a))
        return void 0;
      inputs.push(a);
      continue;
    }
    const name = a.slice(2);
    if (seen.has(name))
      return void 0;
    seen.add(name);
    const camel = QUICK_VALUE_OPTIONS[name];
    if (camel !== void 0) {
      const v = argv[++i];
      if (v === void 0 || !plain(v))
        return void 0;
      if (name === "fail-on") {
        const sev = v.toLowerCase();
        if (!SEVERITY_CHOICES.includes(sev))
          return void 0;
        args[name] = args[camel] = sev;
      } else if (name === "sort") {
        if (v !== "severity" && v !== "age")
          return void 0;
        args[name] = v;
      } else
        args[name] = args[camel] = v;
      continue;
    }
    const flag = QUICK_FLAGS[name];
    if (flag === void 0)
      return void 0;
    args[name] = args[flag] = true;
  }
  if (inputs.length === 0)
    return void 0;
  args.inputs = inputs;
  args.$0 = "erscan";
  return args;
}
var QUICK_VALUE_OPTIONS = {
  format: "format",
  out: "out",
  "fail-on": "failOn",
  config: "config",
  suppressions: "suppressions",
  baseline: "baseline",
  sort: "sort",
  usage: "usage",
  prices: "prices",
  category: "category"
};
var QUICK_FLAGS = {
  "require-complete": "requireComplete",
  "fail-on-unknown": "failOnUnknown",
  "fail-on-new": "failOnNew",
  "record-inventory": "recordInventory",
  color: "color"
};
function hideBin(argv) {
  return argv.slice(process.versions.electron && !process.defaultApp ? 1 : 2);
}
async function buildCli(argv) {
  const { default: yargs } = await import("./yargs-4WAFNXQI.js");
  const cli = yargs(argv).scriptName("erscan").middleware((args) => {
    refuseEmptyValues(args);
    refuseMisreadArgs(args, argv, cli.getOptions());
  }, true).middleware((args) => refuseMissingPathOptions(args)).usage("$0 <command> [options]\n\nPolicy-as-code compliance scanner and cost estimator for Azure ExpressRoute.").command("scan [inputs..]", "scan files or folders (format detected from content) or, with --graph, live Azure", (y) => graphOptions(commonScanOptions(y.positional("inputs", { type: "string", array: true, describe: INPUTS_DESCRIPTION })).option("graph", { type: "boolean", default: false, describe: "crawl live Azure through Resource Graph" })), async (args) => {
    const { scanCommand } = await import("./scan-2QQQN5EY.js");
    process.exitCode = await scanCommand(args);
  }).command("collect", "crawl live Azure and write an inventory snapshot (secrets dropped)", (y) => graphOptions(y).option("out", { type: "string", requiresArg: true, demandOption: true, describe: "snapshot file to write (not a folder)" }).option("require-complete", { type: "boolean", default: false, describe: "exit 3 when coverage is incomplete" }).option("config", { type: "string", requiresArg: true, describe: "config file; its graph.tenants lists the tenants to crawl" }), async (args) => {
    const { collectCommand } = await import("./collect-J3COVX7N.js");
    process.exitCode = await collectCommand(args);
  }).command("cost [inputs..]", "the FinOps view: cost per circuit under each billing model, break-even and advice", (y) => graphOptions(costOptions(y.usage("$0 cost [inputs..] [options]\n\nThe FinOps view: what each circuit (and gateway, and Direct port) costs now and under each billing model it could use, the break-even egress and one recommendation.\nIts inputs are those of erscan scan (the estate), plus the egress: declared in a usage file (--usage) or, with --graph --metrics, measured by Azure Monitor; prices come from the bundled catalogue or --prices.").positional("inputs", { type: "string", array: true, describe: INPUTS_DESCRIPTION })).option("graph", { type: "boolean", default: false, describe: "crawl live Azure through Resource Graph (with --metrics: measured egress)" })), async (args) => {
    const { costCommand } = await import("./cost-E6DBUDFG.js");
    process.exitCode = await costCommand(args);
  }).command("trend <reports..>", "the trend of earlier JSON reports (files or folders, any order): findings, new and fixed, cost, oldest open findings, time to fix; writes trend.html and trend.json", (y) => y.positional("reports", { type: "string", array: true, describe: "report.json files of earlier scans, or folders of them" }).option("out", { type: "string", describe: "folder to write trend.html and trend.json into (default: the current folder)" }).option("format", { type: "string", describe: "console,json,html,markdown (default: console,json,html)" }).option("scope", { type: "string", describe: "make the trend of the reports of this scope only (a report's scanCategory)" }).option("each-scope", { type: "boolean", default: false, describe: "one trend per scope, each in its own folder under --out" }).option("top", { type: "string", requiresArg: true, describe: "how many of the oldest open findings to list (default: 20)" }), async (args) => {
    const { trendCommand } = await import("./trend-X6SCWBTW.js");
    process.exitCode = await trendCommand(args);
  }).command("diff <old> <new>", "drift between two snapshots, Resource Graph exports or reports with a recorded inventory: resources added, removed and changed, property by property", (y) => y.positional("old", { type: "string", describe: "the earlier state: a snapshot, Resource Graph export, ARM response, or report.json of erscan scan --record-inventory" }).positional("new", { type: "string", describe: "the later state, of the same kinds" }).option("out", { type: "string", describe: "folder to write diff.json and diff.md into" }).option("format", { type: "string", describe: "console,json,markdown (default: console, plus json,markdown with --out)" }).option("fail-on-drift", { type: "boolean", default: false, describe: "exit 1 when a resource was added, removed or changed" }), async (args) => {
    const { diffCommand } = await import("./diff-QNO66RFB.js");
    process.exitCode = await diffCommand(args);
  }).command("rules", "the rule catalogue", (y) => y.command("list", "list rules", (yy) => yy.option("category", { type: "string", requiresArg: true, coerce: lower, describe: "only this category" }).option("severity", { type: "string", requiresArg: true, coerce: lower, describe: "only this severity" }).option("tag", { type: "string", requiresArg: true, describe: "only rules with this tag" }).option("rules", { type: "string", array: true, requiresArg: true, describe: "extra rule folder (repeatable)" }).option("config", { type: "string", requiresArg: true, describe: "config file (rule selection and severities apply)" }).option("json", { type: "boolean", default: false, describe: "print JSON" }), async (args) => {
    const { rulesListCommand } = await import("./rules-H6W74GOJ.js");
    process.exitCode = await rulesListCommand(args);
  }).command("show [id]", "show one rule's documentation", (yy) => yy.positional("id", { type: "string", describe: "a rule id or name, for example ERS-RED-001 (erscan rules list shows them all)" }).option("rules", { type: "string", array: true, requiresArg: true, describe: "extra rule folder (repeatable)" }).option("config", { type: "string", requiresArg: true, describe: "config file: show the rule's effective severity, parameters and whether it runs" }), async (args) => {
    const { rulesShowCommand } = await import("./rules-H6W74GOJ.js");
    process.exitCode = await rulesShowCommand(args);
  }).command("test [dirs..]", "run rules against their pass and fail fixtures (<ID>.fixtures.yaml beside each rule)", (yy) => yy.positional("dirs", { type: "string", array: true, describe: "rule folders (default: the built-in catalogue)" }), async (args) => {
    const { rulesTestCommand } = await import("./rules-H6W74GOJ.js");
    process.exitCode = await rulesTestCommand(args);
  }).demandCommand(1, "name a rules subcommand: list, show or test")).command("prices", "the price catalogue", (y) => y.command("refresh", "rebuild the price catalogue from the Azure Retail Prices API", (yy) => yy.option("currency", { type: "string", requiresArg: true, default: "USD", describe: "currency of the prices: one the Retail Prices API supports (USD, EUR, GBP, JPY, \u2026)" }).option("out", { type: "string", requiresArg: true, describe: "catalogue file to write (default: print to stdout)" }).option("endpoint", { type: "string", requiresArg: true, describe: "Retail Prices API URL, https:// (http:// only on loopback; default: https://prices.azure.com/api/retail/prices)" }), async (args) => {
    const { pricesRefreshCommand } = await import("./prices-OBFRHI4X.js");
    process.exitCode = await pricesRefreshCommand(args);
  }).demandCommand(1, "name a prices subcommand: refresh")).demandCommand(1).strict().help().alias("h", "help").version(TOOL_VERSION).wrap(Math.min(110, process.stdout.columns || 100)).fail((msg, err) => {
    if (err && err.name !== "YError")
      throw err;
    msg = msg ?? err?.message ?? "";
    const internal = cli;
    const commands = internal.getInternalMethods().getCommandInstance().getCommands().filter((c) => c !== "$0");
    throw new UsageError(plainUsageMessage(msg, argv, commands));
  });
  return cli;
}
function endOutputQuietlyWhenReaderLeaves(stream) {
  stream.on("error", (e) => {
    if (e?.code === "EPIPE" || e?.code === "ERR_STREAM_DESTROYED")
      return;
    throw e;
  });
}
async function main(argv = hideBin(process.argv)) {
  endOutputQuietlyWhenReaderLeaves(process.stdout);
  endOutputQuietlyWhenReaderLeaves(process.stderr);
  try {
    await run(argv);
  } finally {
    if (globalThis[/* @__PURE__ */ Symbol.for("erscan.abandoned-requests")])
      process.exit();
  }
}
async function run(argv) {
  try {
    const quick = quickScanArgs(argv);
    if (quick) {
      refuseMissingPathOptions(quick);
      const { scanCommand } = await import("./scan-2QQQN5EY.js");
      process.exitCode = await scanCommand(quick);
      return;
    }
    await (await buildCli(argv)).parseAsync();
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError) {
      process.stderr.write(oneLine(`erscan: error: ${e.message}`) + "\n");
      if (e instanceof UsageError)
        process.stderr.write("Run erscan --help for usage.\n");
      process.exitCode = EXIT.BAD_INPUT;
      return;
    }
    if (e instanceof NothingReadError) {
      process.stderr.write(oneLine(`erscan: error: ${e.message}`) + "\n");
      process.exitCode = e.exitCode;
      return;
    }
    const err = e;
    process.stderr.write(oneLine(`erscan: internal error: ${err?.message ?? String(e)}`) + "\n");
    if (process.env.ERSCAN_DEBUG)
      process.stderr.write(`${err?.stack}
`);
    process.exitCode = 70;
  }
}
export {
  buildCli,
  endOutputQuietlyWhenReaderLeaves,
  main,
  plainUsageMessage,
  quickScanArgs
};
