// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  FORMAT_DESCRIPTIONS,
  NAMES_EXPRESSROUTE,
  TERRAFORM_NAMES_EXPRESSROUTE,
  TERRAFORM_PLAN_EXPECTED,
  azurePolicyKind,
  declaresExpressRoute,
  detectFormat,
  emptyOutput,
  erscanOutputKind,
  isExpression,
  isTerraformHcl,
  isUnframedParameters,
  loadTemplates,
  mergeOutputs,
  parseExpression,
  planConfigurationDirs,
  tagsNotProjected,
  unescapeLiteral
} from "./chunk-D5Y6JZ57.js";
import {
  armIdTypeAsWritten,
  checkRow,
  foreignNotice,
  isArmResourceId,
  powerShellObjectProblem,
  validateRows
} from "./chunk-FEM5HGRV.js";
import {
  isObj
} from "./chunk-FWDRETOA.js";
import {
  walkFiles
} from "./chunk-SNJAJXSP.js";
import {
  MAX_GB_PER_MONTH
} from "./chunk-ES2OZW4Z.js";
import {
  LineMap,
  MAX_INPUT_BYTES,
  MAX_JSON_DEPTH,
  nestedDeeper,
  parseJson,
  readText,
  repeatedKeys,
  tooDeep,
  withSyntaxTree,
  writesKeyTwice
} from "./chunk-VQAVFDJZ.js";
import {
  schemaValidator,
  validateOrThrow
} from "./chunk-BAWUMSZC.js";
import {
  InputError,
  describeValue,
  displayPath,
  jsonPath
} from "./chunk-UNOFXXSK.js";

// dist/sources/index.js
import { statSync as statSync2 } from "node:fs";
import { basename as basename2, dirname as dirname3, resolve as resolve3 } from "node:path";

// dist/sources/rows.js
function loadRows(file, doc, format, tooDeep2) {
  const out = emptyOutput();
  const source = { kind: "snapshot", file };
  const partOf = (why) => {
    if (!out.pagesNotRead)
      out.pagesNotRead = [`${displayPath(file)} is one page of several (${why})`];
  };
  let rows;
  let base;
  let rowLevels;
  const checkAll = () => {
    if (tooDeep2 && doc !== null && typeof doc === "object" && nestedDeeper(doc, MAX_JSON_DEPTH))
      tooDeep2();
  };
  const checkBeside = (rowsKey) => {
    const o = doc;
    for (const k in o) {
      const v = o[k];
      if (k !== rowsKey && tooDeep2 && v !== null && typeof v === "object" && nestedDeeper(v, MAX_JSON_DEPTH - 1))
        tooDeep2();
    }
  };
  switch (format) {
    case "rows":
      rows = doc;
      base = [];
      rowLevels = MAX_JSON_DEPTH - 1;
      break;
    case "graph-cli":
    case "graph-rest": {
      const d = doc.data;
      if (isObj(d) && Array.isArray(d.columns) && Array.isArray(d.rows)) {
        checkAll();
        rows = tableToObjects(file, d.columns, d.rows);
      } else if (Array.isArray(d)) {
        checkBeside("data");
        rows = d;
        rowLevels = MAX_JSON_DEPTH - 2;
      } else {
        checkAll();
        throw new InputError(file, "$.data", "an array of rows or a table {columns, rows}", describeValue(d));
      }
      base = ["data"];
      const o = doc;
      const skipToken = o.skip_token || o.$skipToken || o.skipToken;
      if (skipToken) {
        out.gaps.push({ scope: file, reason: "Resource Graph output is one page of several (it carries a skip token): later pages were not read" });
        partOf("it carries a skip token");
      }
      if (o.resultTruncated === "true" || o.resultTruncated === true) {
        out.gaps.push({ scope: file, reason: "Resource Graph reported resultTruncated: the result set is incomplete" });
        partOf("Resource Graph reported resultTruncated");
      }
      const total = typeof o.total_records === "number" ? o.total_records : typeof o.totalRecords === "number" ? o.totalRecords : void 0;
      if (total !== void 0 && total > rows.length && !skipToken) {
        out.gaps.push({ scope: file, reason: `Resource Graph output holds ${rows.length} row(s) of the ${total} its query found: the other rows were not read` });
        partOf(`${rows.length} of the ${total} rows its query found`);
      }
      break;
    }
    case "arm-list":
      checkBeside("value");
      rows = doc.value;
      base = ["value"];
      rowLevels = MAX_JSON_DEPTH - 2;
      const next = doc.nextLink;
      if (typeof next === "string" && next !== "") {
        out.gaps.push({ scope: file, reason: "ARM list response has a nextLink: later pages were not read" });
        const listed = rows.length > 0 ? rows.every((r) => isObj(r) && typeof r.type === "string" && OWN_LIST_TYPES.has(r.type.toLowerCase())) : OWN_LIST_TYPES.has(listTypeOf(next) ?? "");
        if (!listed)
          partOf("an ARM list response with a nextLink");
        const peerings = globalReachListsOf(rows, next);
        if (peerings.length > 0) {
          const why = `${displayPath(file)} is one page of several (an ARM list response with a nextLink): the pages not read may hold more of its Global Reach connections`;
          out.globalReachPagesNotRead = peerings.map((peeringKey) => ({ peeringKey, why }));
        }
      }
      break;
    case "arm-resource":
      rows = [doc];
      base = [];
      rowLevels = MAX_JSON_DEPTH;
      break;
    default:
      checkAll();
      throw new Error(`loadRows cannot read ${format}`);
  }
  if (format === "arm-list" || format === "arm-resource" || format === "rows")
    typesFromIds(rows);
  const nesting = tooDeep2 && rowLevels !== void 0 ? { levels: rowLevels, tooDeep: tooDeep2 } : void 0;
  const checked = validateRows(file, rows, (i) => format === "arm-resource" ? [] : [...base, i], source, void 0, { scrubInPlace: true, nesting });
  out.raws = checked.raws;
  if (checked.unread.length > 0)
    out.unread = checked.unread;
  if (format === "graph-cli" || format === "graph-rest" || format === "rows")
    markTagsNotProjected(file, format, out.raws);
  const notice = foreignNotice(displayPath(file), checked.foreign);
  if (notice)
    out.notices.push(notice);
  return { ...out, rowErrors: checked.errors };
}
function listTypeOf(url) {
  const path = url.split("?")[0];
  const at = path.toLowerCase().lastIndexOf("/providers/");
  if (at < 0)
    return void 0;
  const parts = path.slice(at + "/providers/".length).split("/").filter((x) => x !== "");
  if (parts.length < 2 || parts.length % 2 !== 0)
    return void 0;
  return [parts[0], ...parts.slice(1).filter((_, i) => i % 2 === 0)].join("/").toLowerCase();
}
var GLOBAL_REACH_TYPE = "microsoft.network/expressroutecircuits/peerings/connections";
function globalReachListsOf(rows, next) {
  const out = [];
  const add = (peering) => {
    const key = peering.toLowerCase();
    if (!out.includes(key))
      out.push(key);
  };
  for (const r of rows)
    if (isObj(r) && typeof r.type === "string" && r.type.toLowerCase() === GLOBAL_REACH_TYPE && typeof r.id === "string" && /\/connections\/[^/]+$/i.test(r.id))
      add(r.id.replace(/\/connections\/[^/]+$/i, ""));
  if (listTypeOf(next) === GLOBAL_REACH_TYPE) {
    const path = next.split("?")[0];
    const at = path.toLowerCase().indexOf("/subscriptions/");
    if (at >= 0)
      add(path.slice(at).replace(/\/connections\/?$/i, ""));
  }
  return out;
}
var OWN_LIST_TYPES = /* @__PURE__ */ new Set(["microsoft.network/expressroutecircuits", "microsoft.network/expressrouteports", "microsoft.network/virtualnetworkgateways"]);
var GRAPH_COLUMNS = ["subscriptionId", "resourceGroup", "tenantId"];
var TOP_LEVEL_TYPE = /^[^/]+\/[^/]+$/;
function markTagsNotProjected(file, format, raws) {
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    const row = raw.row;
    if ("tags" in row || typeof row.type !== "string" || !TOP_LEVEL_TYPE.test(row.type))
      continue;
    if (format === "rows" && !GRAPH_COLUMNS.some((c) => c in row))
      continue;
    raw.unresolved = ["tags"];
    raw.reasons = { tags: tagsNotProjected(displayPath(file)) };
  }
}
function typesFromIds(rows) {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isObj(row) || row.type !== void 0 || typeof row.id !== "string" || !isArmResourceId(row.id))
      continue;
    const type = armIdTypeAsWritten(row.id);
    if (type !== void 0)
      row.type = type;
  }
}
function tableToObjects(file, columns, rows) {
  const names = columns.map((c, i) => {
    const n = isObj(c) ? c.name : void 0;
    if (typeof n !== "string")
      throw new InputError(file, jsonPath(["data", "columns", i, "name"]), "a column name", describeValue(n));
    return n;
  });
  return rows.map((r, i) => {
    if (!Array.isArray(r))
      throw new InputError(file, jsonPath(["data", "rows", i]), "an array of cell values", describeValue(r));
    const o = {};
    names.forEach((n, j) => o[n] = r[j]);
    return o;
  });
}

// dist/sources/snapshot.js
var SNAPSHOT_VERSION = 1;
function loadSnapshot(file, doc) {
  const version = doc.erscanSnapshot;
  if (Number.isInteger(version) && version > SNAPSHOT_VERSION)
    throw new InputError(file, "$.erscanSnapshot", `a snapshot of format version ${SNAPSHOT_VERSION} (the one this erscan reads)`, `version ${String(version)}, which a newer erscan wrote: upgrade erscan to read it`);
  validateOrThrow(schemaValidator("snapshot.schema.json"), doc, file);
  const snap = doc;
  const out = emptyOutput();
  const checked = validateRows(file, snap.resources, (i) => ["resources", i], { kind: "snapshot", file }, void 0, { scrubInPlace: true });
  out.raws = checked.raws;
  const unread = [...(snap.unread ?? []).map((u) => ({ ...u, circuitKey: u.circuitKey?.toLowerCase() ?? null, gatewayKey: u.gatewayKey?.toLowerCase() ?? null })), ...checked.unread];
  if (unread.length > 0)
    out.unread = unread;
  const notice = foreignNotice(displayPath(file), checked.foreign);
  if (notice)
    out.notices.push(notice);
  out.subscriptions = snap.subscriptions ?? [];
  out.gaps = snap.coverage?.gaps ?? [];
  if (snap.coverage === void 0)
    out.gaps = [{ scope: displayPath(file), reason: "the snapshot does not say whether its crawl was complete (it has no coverage)" }];
  else if (snap.coverage.complete === false && out.gaps.length === 0)
    out.gaps = [{ scope: displayPath(file), reason: "the snapshot says its crawl was incomplete, without naming a gap" }];
  if (snap.metrics) {
    for (const [k, v] of Object.entries(snap.metrics)) {
      if (v.egressGbPerMonth > MAX_GB_PER_MONTH)
        throw new InputError(file, jsonPath(["metrics", k, "egressGbPerMonth"]), `a number of at most ${MAX_GB_PER_MONTH} (a 400 Gbps port for 31 days)`, `the number ${v.egressGbPerMonth}`);
    }
    out.metrics = Object.fromEntries(Object.entries(snap.metrics).map(([k, v]) => [k.toLowerCase(), v]));
  }
  return { ...out, rowErrors: checked.errors };
}

// dist/sources/template/bicep/index.js
import { existsSync } from "node:fs";
import { basename, dirname as dirname2, join as join3, normalize, resolve as resolve2 } from "node:path";

// dist/sources/template/bicep/compiler.js
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, isAbsolute, join, relative, resolve } from "node:path";
var DEFAULT_TIMEOUT_SECONDS = 120;
var INSTALL_HINT = 'install the Bicep CLI (https://aka.ms/bicep-install, or "az bicep install" with the Azure CLI) or pass --bicep PATH; or scan the compiled JSON instead (bicep build main.bicep writes main.json)';
function timeoutMs(env = process.env) {
  const s = Number(env.ERSCAN_BICEP_TIMEOUT);
  return Number.isFinite(s) && s > 0 ? Math.round(s * 1e3) : DEFAULT_TIMEOUT_SECONDS * 1e3;
}
function isFile(p) {
  return notAFile(p) === void 0;
}
function notAFile(p) {
  try {
    const st = statSync(p);
    return st.isFile() ? void 0 : st.isDirectory() ? "a folder, not the Bicep CLI program" : "not a regular file";
  } catch {
    return "no such file";
  }
}
function onPath(name, env, platform) {
  const path = env.PATH ?? env.Path ?? "";
  const file = platform === "win32" ? `${name}.exe` : name;
  for (const dir of path.split(platform === "win32" ? ";" : delimiter)) {
    if (!dir || !isAbsolute(dir))
      continue;
    const p = join(dir, file);
    if (isFile(p))
      return p;
  }
  return void 0;
}
function candidates(lookup) {
  const env = lookup.env ?? process.env;
  const platform = lookup.platform ?? process.platform;
  if (lookup.bicep !== void 0)
    return [{ kind: "bicep", command: resolve(lookup.bicep), how: "--bicep" }];
  const out = [];
  const bicep = onPath("bicep", env, platform);
  if (bicep)
    out.push({ kind: "bicep", command: bicep, how: "bicep on PATH" });
  const configDir = env.AZURE_CONFIG_DIR || join(env.HOME || env.USERPROFILE || homedir(), ".azure");
  const azBicep = join(configDir, "bin", platform === "win32" ? "bicep.exe" : "bicep");
  if (isFile(azBicep))
    out.push({ kind: "bicep", command: azBicep, how: `the Azure CLI's Bicep (${azBicep})` });
  const az = onPath("az", env, platform);
  if (az)
    out.push({ kind: "az", command: az, how: "az bicep" });
  return out;
}
function run(command, args, env, limitMs) {
  const r = spawnSync(command, args, {
    encoding: "utf8",
    env,
    timeout: limitMs,
    killSignal: "SIGKILL",
    maxBuffer: MAX_INPUT_BYTES,
    windowsHide: true,
    shell: false,
    stdio: ["ignore", "pipe", "pipe"]
  });
  let error;
  if (r.error) {
    const code = r.error.code;
    error = code === "ETIMEDOUT" ? `did not finish within ${Math.round(limitMs / 1e3)} s` : code === "ENOENT" ? "not found" : code === "EACCES" ? "not executable (permission denied)" : code ?? r.error.message;
  } else if (r.signal)
    error = `was stopped by ${r.signal}`;
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", error };
}
function findCompiler(lookup = {}) {
  const env = lookup.env ?? process.env;
  const tried = [];
  for (const c of candidates(lookup)) {
    const problem = c.how === "--bicep" ? notAFile(c.command) : void 0;
    if (problem !== void 0) {
      tried.push(`--bicep ${lookup.bicep}: ${problem}`);
      continue;
    }
    const r = c.kind === "az" ? run(c.command, ["bicep", "version", "--only-show-errors"], env, timeoutMs(env)) : run(c.command, ["--version"], env, timeoutMs(env));
    const text = `${r.stdout}
${r.stderr}`;
    const version = /Bicep CLI version\s+([0-9][^\s(]*)/i.exec(text)?.[1];
    if (!r.error && r.status === 0 && (version || c.kind === "bicep"))
      return { ...c, version: version ?? firstLine(r.stdout) };
    tried.push(`${c.how} (${c.command}) ${r.error ?? `exited ${r.status}: ${firstLine(r.stderr) || firstLine(r.stdout) || "no output"}`}`);
  }
  return { missing: tried.length ? `none usable (${tried.join("; ")})` : "none" };
}
function firstLine(s) {
  return (s.split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? "").slice(0, 200);
}
function maskLiterals(message) {
  return message.replace(/'([^'\n]*)'/g, (all, inner) => {
    const quotable = inner.length <= 24 && /^[A-Za-z0-9 ._/@:-]*$/.test(inner) && !(inner.length >= 12 && /\d/.test(inner) && /[A-Za-z]/.test(inner)) && !/\d{5,}|[0-9a-f]{8}-/i.test(inner);
    return quotable ? all : "'\u2026'";
  });
}
var DIAGNOSTIC = /^(.*?)\((\d+),(\d+)(?:,\d+,\d+)?\)\s*:\s*Error\s+([A-Za-z][\w-]*)\s*:\s*(.*?)(?:\s+\[https?:[^\]]*\])?\s*$/;
function compileFile(compiler, shown2, mode, env = process.env) {
  const abs = resolve(shown2);
  const args = compiler.kind === "az" ? ["bicep", mode, "--file", abs, "--stdout", "--only-show-errors"] : [mode, "--stdout", abs];
  const limit = timeoutMs(env);
  const r = run(compiler.command, args, env, limit);
  const what = compiler.kind === "az" ? `az bicep ${mode}` : `bicep ${mode}`;
  const expected = mode === "build" ? "a Bicep file that compiles" : "a Bicep parameters file that compiles";
  if (r.error)
    return { error: new InputError(shown2, "", expected, `${what} ${r.error}`) };
  if (r.status !== 0) {
    for (const line of r.stderr.split(/\r?\n/)) {
      const m = DIAGNOSTIC.exec(line.trim());
      if (!m)
        continue;
      const [, where, l, c, code, msg] = m;
      const diagFile = where ? displayPath2(where, shown2, abs) : shown2;
      return { error: new InputError(`${diagFile}:${l}:${c}`, "", expected, `${code}: ${maskLiterals(msg)} (${what})`) };
    }
    const detail = firstLine(r.stderr) || firstLine(r.stdout) || "no message";
    return { error: new InputError(shown2, "", expected, `${what} exited ${r.status}: ${maskLiterals(detail)}`) };
  }
  return { stdout: r.stdout };
}
function displayPath2(where, shown2, abs) {
  const w = where.trim();
  if (resolve(w) === abs)
    return shown2;
  if (isAbsolute(w)) {
    const rel = relative(process.cwd(), w);
    return rel && !rel.startsWith("..") ? rel : w;
  }
  return w;
}

// dist/sources/template/bicep/locate.js
import { dirname, join as join2 } from "node:path";
function localModulePath(from, path) {
  if (!path || /^(br|ts)[:/]/i.test(path) || /^[a-z][a-z0-9+.-]*:\/\//i.test(path))
    return void 0;
  return join2(dirname(from), path);
}
var DEPLOYMENTS = "microsoft.resources/deployments";
function compiledType(d) {
  return d.kind === "module" ? DEPLOYMENTS : d.fullType?.toLowerCase();
}
function conditioned(d) {
  for (let x = d; x; x = x.parent)
    if (x.condition)
      return true;
  return false;
}
function loopVariables(d) {
  const out = /* @__PURE__ */ new Set();
  for (let x = d; x; x = x.parent)
    for (const v of x.loopVariables)
      out.add(v);
  return out;
}
var norm = (s) => s.replace(/^[/\s]+|[/\s]+$/g, "");
var KEYWORDS = /* @__PURE__ */ new Set(["true", "false", "null", "if", "for", "in"]);
function bicepNameTokens(d, symbols) {
  const out = /* @__PURE__ */ new Set();
  const loops = loopVariables(d);
  const walk = (toks) => {
    toks.forEach((t, i) => {
      if (t.kind === "string") {
        for (const p of t.parts ?? []) {
          const n = norm(p);
          if (n)
            out.add(`s:${n}`);
        }
        for (const h of t.holes ?? [])
          walk(h);
      } else if (t.kind === "ident") {
        const prev = toks[i - 1];
        const next = toks[i + 1];
        if (next?.kind === "punct" && next.text === "(")
          return;
        if (prev?.kind === "punct" && (prev.text === "." || prev.text === ".?" || prev.text === "::"))
          return;
        if (KEYWORDS.has(t.text) || loops.has(t.text) || symbols.has(t.text))
          return;
        out.add(`i:${t.text}`);
      }
    });
  };
  walk(d.nameTokens ?? []);
  return out;
}
function compiledNameTokens(name) {
  const out = /* @__PURE__ */ new Set();
  if (typeof name !== "string")
    return out;
  if (!isExpression(name)) {
    const n = norm(unescapeLiteral(name));
    if (n)
      out.add(`s:${n}`);
    return out;
  }
  let expr;
  try {
    expr = parseExpression(name);
  } catch {
    return out;
  }
  const walk = (e) => {
    if (e.kind === "literal") {
      if (typeof e.value === "string") {
        const n = norm(e.value);
        if (n)
          out.add(`s:${n}`);
      }
    } else if (e.kind === "call") {
      const fn = e.name.toLowerCase();
      const first = e.args[0];
      if ((fn === "parameters" || fn === "variables") && first?.kind === "literal" && typeof first.value === "string") {
        out.add(`i:${first.value}`);
        return;
      }
      if (fn === "format" && first?.kind === "literal" && typeof first.value === "string") {
        for (const piece of first.value.split(/\{\d+(?::[^}]*)?\}/)) {
          const n = norm(piece.replace(/\{\{/g, "{").replace(/\}\}/g, "}"));
          if (n)
            out.add(`s:${n}`);
        }
        e.args.slice(1).forEach(walk);
        return;
      }
      e.args.forEach(walk);
    } else if (e.kind === "member")
      walk(e.target);
    else {
      walk(e.target);
      walk(e.index);
    }
  };
  walk(expr);
  return out;
}
function matchArray(resources, file, moduleParams) {
  const decls = file.declarations.filter((d) => !d.existing && compiledType(d));
  const symbols = new Set(file.declarations.map((d) => d.name));
  const rankOfDecl = /* @__PURE__ */ new Map();
  const countByType = /* @__PURE__ */ new Map();
  for (const d of decls) {
    const t = compiledType(d);
    rankOfDecl.set(d, countByType.get(t) ?? 0);
    countByType.set(t, (countByType.get(t) ?? 0) + 1);
  }
  const declTokens = new Map(decls.map((d) => [d, bicepNameTokens(d, symbols)]));
  const pairs = [];
  const seenByType = /* @__PURE__ */ new Map();
  resources.forEach((r, index) => {
    if (!isObj(r) || typeof r.type !== "string")
      return;
    const type = r.type.toLowerCase();
    const rank = seenByType.get(type) ?? 0;
    seenByType.set(type, rank + 1);
    const compiled = compiledNameTokens(r.name);
    const copyName = isObj(r.copy) && typeof r.copy.name === "string" ? r.copy.name : void 0;
    for (const d of decls) {
      if (compiledType(d) !== type)
        continue;
      let score = 0;
      if (copyName !== void 0)
        score += copyName === d.name ? 1e3 : d.loop ? -50 : -200;
      else if (d.loop)
        score -= 200;
      if (r.condition !== void 0 !== conditioned(d))
        score -= 20;
      const bt = declTokens.get(d);
      let missing = 0;
      let shared = 0;
      for (const t of bt)
        if (compiled.has(t))
          shared++;
        else
          missing++;
      score += missing === 0 ? 10 + 5 * shared : 3 * shared - 10 * missing;
      if (d.kind === "module") {
        const want = moduleParams(d);
        const tpl = isObj(r.properties) && isObj(r.properties.template) ? r.properties.template : void 0;
        const have = tpl && isObj(tpl.parameters) ? Object.keys(tpl.parameters) : void 0;
        if (want && have) {
          const a = new Set(want);
          const inter = have.filter((k) => a.has(k)).length;
          const union = (/* @__PURE__ */ new Set([...want, ...have])).size;
          score += union === 0 ? 40 : Math.round(40 * inter / union);
        }
      }
      if (typeof r.apiVersion === "string" && d.apiVersion && r.apiVersion === d.apiVersion)
        score += 1;
      pairs.push({ r: index, d, score, rankGap: Math.abs(rank - rankOfDecl.get(d)) });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.rankGap - b.rankGap || a.r - b.r || a.d.at.offset - b.d.at.offset);
  const out = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const p of pairs) {
    if (out.has(p.r) || used.has(p.d))
      continue;
    out.set(p.r, p.d);
    used.add(p.d);
  }
  return out;
}
function bicepLocator(opts) {
  const tables = /* @__PURE__ */ new WeakMap();
  const declarationFor = (template, key, file, fileName) => {
    const resources = template.resources;
    if (Array.isArray(resources) && typeof key === "number") {
      let table = tables.get(resources);
      if (!table) {
        table = matchArray(resources, file, (d) => {
          const target = localModulePath(fileName, d.path);
          const f = target && /\.bicep$/i.test(target) ? opts.load(target) : void 0;
          return f?.params.map((p) => p.name);
        });
        tables.set(resources, table);
      }
      return table.get(key);
    }
    if (isObj(resources) && typeof key === "string")
      return file.declarations.find((d) => d.symbolicName === key);
    return void 0;
  };
  return (at) => {
    let fileName = opts.entry;
    let file = opts.load(fileName);
    let template = opts.compiled;
    let anchor;
    let i = 0;
    while (file && isObj(template) && at[i] === "resources" && i + 1 < at.length) {
      const key = at[i + 1];
      const decl = declarationFor(template, key, file, fileName);
      if (!decl)
        break;
      anchor = { kind: "bicep", file: fileName, line: decl.at.line, column: decl.at.column };
      i += 2;
      const element = template.resources[key];
      if (!(at[i] === "properties" && at[i + 1] === "template" && at[i + 2] === "resources"))
        break;
      const target = decl.kind === "module" ? localModulePath(fileName, decl.path) : void 0;
      const next = target && /\.bicep$/i.test(target) ? opts.load(target) : void 0;
      if (!next || !target)
        break;
      fileName = target;
      file = next;
      template = isObj(element) && isObj(element.properties) ? element.properties.template : void 0;
      i += 2;
    }
    if (anchor)
      return anchor;
    return opts.fallback ? { kind: "bicep", file: opts.entry, line: opts.fallback.line, column: opts.fallback.column } : void 0;
  };
}

// dist/sources/template/bicep/scanner.js
var isIdentStart = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_";
var isIdentPart = (c) => isIdentStart(c) || c >= "0" && c <= "9";
var isDigit = (c) => c >= "0" && c <= "9";
var OPENERS = { "{": "}", "[": "]", "(": ")" };
var CLOSERS = /* @__PURE__ */ new Set(["}", "]", ")"]);
var Lexer = class {
  text;
  problems = [];
  constructor(text) {
    this.text = text;
  }
  lex() {
    return this.tokens(0, false).tokens;
  }
  /**
   * Tokens from `i` to the end (or, in an interpolation, to its closing brace: `end` is then the
   * offset of that `}`).
   */
  tokens(i, interpolation) {
    const t = this.text;
    const out = [];
    let depth = 0;
    while (i < t.length) {
      const c = t[i];
      if (c === " " || c === "	" || c === "\f" || c === "\v" || c === "\xA0" || c === "\uFEFF") {
        i++;
      } else if (c === "\n" || c === "\r") {
        if (interpolation) {
          this.problems.push({ offset: i, message: "an interpolation `${\u2026}` that is never closed on its line" });
          return { tokens: out, end: i };
        }
        const start = i;
        i += c === "\r" && t[i + 1] === "\n" ? 2 : 1;
        out.push({ kind: "newline", text: "\n", start, end: i });
      } else if (c === "/" && t[i + 1] === "/") {
        while (i < t.length && t[i] !== "\n" && t[i] !== "\r")
          i++;
      } else if (c === "/" && t[i + 1] === "*") {
        const close = t.indexOf("*/", i + 2);
        if (close < 0) {
          this.problems.push({ offset: i, message: "a block comment that is never closed" });
          i = t.length;
        } else
          i = close + 2;
      } else if (c === "'") {
        const s = t.startsWith("'''", i) ? this.multiline(i) : this.string(i);
        out.push(s);
        i = s.end;
      } else if (isIdentStart(c)) {
        const start = i;
        while (i < t.length && isIdentPart(t[i]))
          i++;
        out.push({ kind: "ident", text: t.slice(start, i), start, end: i });
      } else if (isDigit(c)) {
        const start = i;
        while (i < t.length && isDigit(t[i]))
          i++;
        out.push({ kind: "number", text: t.slice(start, i), start, end: i });
      } else {
        if (interpolation) {
          if (c === "{")
            depth++;
          else if (c === "}") {
            if (depth === 0)
              return { tokens: out, end: i };
            depth--;
          }
        }
        const two = t.slice(i, i + 2);
        const text = two === "::" || two === "??" || two === "==" || two === "!=" || two === "<=" || two === ">=" || two === "&&" || two === "||" || two === "=>" || two === ".?" ? two : c;
        out.push({ kind: "punct", text, start: i, end: i + text.length });
        i += text.length;
      }
    }
    if (interpolation)
      this.problems.push({ offset: i, message: "an interpolation `${\u2026}` that is never closed" });
    return { tokens: out, end: i };
  }
  /** A single-line string `'…'` with escapes and `${…}` interpolations. */
  string(start) {
    const t = this.text;
    const parts = [];
    const holes = [];
    let cur = "";
    let i = start + 1;
    for (; ; ) {
      if (i >= t.length || t[i] === "\n" || t[i] === "\r") {
        this.problems.push({ offset: start, message: "a string that is never closed on its line" });
        break;
      }
      const c = t[i];
      if (c === "\\") {
        const n = t[i + 1];
        if (n === "u" && t[i + 2] === "{") {
          const close = t.indexOf("}", i + 3);
          const cp = close > 0 ? parseInt(t.slice(i + 3, close), 16) : NaN;
          if (Number.isFinite(cp) && cp >= 0 && cp <= 1114111) {
            cur += String.fromCodePoint(cp);
            i = close + 1;
            continue;
          }
        }
        const map = { n: "\n", r: "\r", t: "	", "\\": "\\", "'": "'", $: "$" };
        if (n !== void 0 && n !== "\n" && n !== "\r") {
          cur += map[n] ?? n;
          i += 2;
        } else
          i++;
      } else if (c === "'") {
        i++;
        break;
      } else if (c === "$" && t[i + 1] === "{") {
        parts.push(cur);
        cur = "";
        const hole = this.tokens(i + 2, true);
        holes.push(hole.tokens);
        i = t[hole.end] === "}" ? hole.end + 1 : hole.end;
      } else {
        cur += c;
        i++;
      }
    }
    parts.push(cur);
    return { kind: "string", text: t.slice(start, i), start, end: i, parts, holes };
  }
  /** A multi-line string `'''…'''`: no escapes, no interpolation; a newline right after the opening is not content. */
  multiline(start) {
    const t = this.text;
    let close = t.indexOf("'''", start + 3);
    if (close < 0) {
      this.problems.push({ offset: start, message: "a multi-line string ''' that is never closed" });
      close = t.length;
    }
    let end = close + 3;
    while (t[end] === "'")
      end++;
    let content = t.slice(start + 3, Math.min(end - 3, t.length));
    content = content.replace(/^\r?\n/, "");
    return { kind: "string", text: t.slice(start, Math.min(end, t.length)), start, end: Math.min(end, t.length), parts: [content], holes: [], multiline: true };
  }
};
function positionFinder(text) {
  const lines = new LineMap(text);
  return (offset) => {
    const { line, column } = lines.position(offset);
    return { offset, line, column };
  };
}
function plainString(tok) {
  if (!tok || tok.kind !== "string" || !tok.parts || tok.parts.length !== 1)
    return void 0;
  return tok.parts[0];
}
function structure(tokens, problems) {
  const depth = new Array(tokens.length);
  const match = new Array(tokens.length).fill(-1);
  const stack = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.kind === "punct" && OPENERS[tok.text]) {
      depth[i] = stack.length;
      stack.push(i);
    } else if (tok.kind === "punct" && CLOSERS.has(tok.text)) {
      let k = stack.length - 1;
      while (k >= 0 && OPENERS[tokens[stack[k]].text] !== tok.text)
        k--;
      if (k < 0) {
        problems.push({ offset: tok.start, message: `a "${tok.text}" with no matching opening bracket` });
        depth[i] = stack.length;
        continue;
      }
      if (k !== stack.length - 1)
        problems.push({ offset: tokens[stack[stack.length - 1]].start, message: `a "${tokens[stack[stack.length - 1]].text}" that is never closed` });
      const open = stack[k];
      stack.length = k;
      match[open] = i;
      match[i] = open;
      depth[i] = stack.length;
    } else
      depth[i] = stack.length;
  }
  for (const open of stack)
    problems.push({ offset: tokens[open].start, message: `a "${tokens[open].text}" that is never closed` });
  return { depth, match };
}
var STATEMENT_KEYWORDS = /* @__PURE__ */ new Set(["import", "using", "extends", "extension", "provider", "targetScope"]);
function scanBicep(text) {
  const lexer = new Lexer(text);
  const tokens = lexer.lex();
  const rawProblems = lexer.problems;
  const { depth, match } = structure(tokens, rawProblems);
  const position = positionFinder(text);
  const declarations = [];
  const params = [];
  let using;
  let targetScope;
  const imports = [];
  const roles = /* @__PURE__ */ new Map();
  const skipNewlines = (i2, limit = tokens.length) => {
    while (i2 < limit && tokens[i2].kind === "newline")
      i2++;
    return i2;
  };
  const isPunct = (i2, p) => tokens[i2]?.kind === "punct" && tokens[i2].text === p;
  const isIdent = (i2, name) => tokens[i2]?.kind === "ident" && (name === void 0 || tokens[i2].text === name);
  const startsItem = (i2) => {
    if (i2 === 0)
      return true;
    const prev = tokens[i2 - 1];
    return prev.kind === "newline" || prev.kind === "punct" && (prev.text === "{" || prev.text === ",");
  };
  const skipDecorators = (i2, limit) => {
    while (isPunct(i2, "@")) {
      let j = i2 + 1;
      while (isIdent(j) && isPunct(j + 1, ".") && isIdent(j + 2))
        j += 2;
      if (!isIdent(j))
        return i2;
      j++;
      if (isPunct(j, "(") && match[j] > j)
        j = match[j] + 1;
      i2 = skipNewlines(j, limit);
    }
    return i2;
  };
  const endOfItem = (i2, d, limit) => {
    let j = i2;
    while (j < limit) {
      const tok = tokens[j];
      if (depth[j] === d && (tok.kind === "newline" || tok.kind === "punct" && tok.text === ",")) {
        const next = skipNewlines(j, limit);
        if (tok.kind === "newline" && next < limit && depth[next] === d && tokens[next].kind === "punct" && (tokens[next].text === "?" || tokens[next].text === ":")) {
          j = next;
          continue;
        }
        return j;
      }
      if (tok.kind === "punct" && OPENERS[tok.text] && match[j] > j)
        j = match[j] + 1;
      else
        j++;
    }
    return limit;
  };
  const parseValue = (i2, limit) => {
    i2 = skipNewlines(i2, limit);
    let loop = false;
    let condition = false;
    const loopVariables2 = [];
    let body;
    let end = i2 + 1;
    if (isPunct(i2, "[") && match[i2] > i2) {
      end = match[i2] + 1;
      let j = skipNewlines(i2 + 1, match[i2]);
      if (isIdent(j, "for")) {
        loop = true;
        j++;
        if (isPunct(j, "(") && match[j] > j) {
          for (let k2 = j + 1; k2 < match[j]; k2++)
            if (tokens[k2].kind === "ident")
              loopVariables2.push(tokens[k2].text);
        } else if (isIdent(j))
          loopVariables2.push(tokens[j].text);
      }
      let k = match[i2] - 1;
      while (k > i2 && tokens[k].kind === "newline")
        k--;
      if (isPunct(k, "}") && match[k] > i2)
        body = [match[k], k];
      for (let m = i2 + 1; m < (body ? body[0] : match[i2]); m++)
        if (depth[m] === depth[i2] + 1 && isIdent(m, "if") && isPunct(skipNewlines(m + 1), "("))
          condition = true;
    } else if (isIdent(i2, "if") && isPunct(skipNewlines(i2 + 1, limit), "(")) {
      condition = true;
      const open = skipNewlines(i2 + 1, limit);
      const close = match[open];
      if (close > open) {
        const b = skipNewlines(close + 1, limit);
        if (isPunct(b, "{") && match[b] > b)
          body = [b, match[b]];
        end = body ? body[1] + 1 : close + 1;
      }
    } else if (isPunct(i2, "{") && match[i2] > i2) {
      body = [i2, match[i2]];
      end = match[i2] + 1;
    } else {
      end = endOfItem(i2, depth[i2] ?? 0, limit);
    }
    return { loop, loopVariables: loopVariables2, condition, body, end };
  };
  const readBody = (decl, body) => {
    const [open, close] = body;
    const d = depth[open] + 1;
    let i2 = open + 1;
    while (i2 < close) {
      i2 = skipNewlines(i2, close);
      if (i2 >= close)
        break;
      if (depth[i2] !== d || !startsItem(i2)) {
        i2++;
        continue;
      }
      const start = skipDecorators(i2, close);
      if (decl.kind === "resource" && isIdent(start, "resource") && isIdent(start + 1) && tokens[start + 2]?.kind === "string") {
        const child = parseResource(start, close, decl);
        i2 = child ? child.range[1] : start + 1;
        continue;
      }
      if (isIdent(start) && isPunct(start + 1, ":")) {
        const valueStart = start + 2;
        const valueEnd = endOfItem(valueStart, d, close);
        const key = tokens[start].text;
        if (key === "name")
          decl.nameTokens = tokens.slice(valueStart, valueEnd).filter((t) => t.kind !== "newline");
        else if (key === "parent") {
          const v = tokens.slice(valueStart, valueEnd).filter((t) => t.kind !== "newline");
          if (v.length === 1 && v[0].kind === "ident")
            decl.parentSymbol = v[0].text;
        }
        i2 = valueEnd;
        continue;
      }
      i2 = endOfItem(start, d, close);
      if (i2 === start)
        i2++;
    }
  };
  const parseResource = (i2, limit, parent) => {
    const nameTok = tokens[i2 + 1];
    const typeTok = tokens[i2 + 2];
    const typeString = plainString(typeTok);
    let j = i2 + 3;
    let existing = false;
    if (isIdent(j, "existing")) {
      existing = true;
      j++;
    }
    if (!isPunct(j, "="))
      return void 0;
    roles.set(typeTok.start, "type");
    const value = parseValue(j + 1, limit);
    const [declaredType, apiVersion] = typeString !== void 0 ? splitType(typeString) : [void 0, void 0];
    const decl = {
      kind: "resource",
      name: nameTok.text,
      symbolicName: parent ? `${parent.symbolicName}::${nameTok.text}` : nameTok.text,
      at: position(tokens[i2].start),
      declaredType,
      apiVersion: apiVersion ?? parent?.apiVersion,
      existing,
      loop: value.loop,
      loopVariables: value.loopVariables,
      condition: value.condition,
      parent,
      children: [],
      range: [i2, value.end]
    };
    if (declaredType !== void 0) {
      decl.fullType = parent && !isQualifiedType(declaredType) ? parent.fullType ? `${parent.fullType}/${declaredType}` : void 0 : declaredType;
    }
    declarations.push(decl);
    parent?.children.push(decl);
    if (existing) {
      for (let k = i2; k < value.end; k++)
        if (tokens[k].kind === "string")
          roles.set(tokens[k].start, "existing");
    }
    if (value.body)
      readBody(decl, value.body);
    return decl;
  };
  const parseModule = (i2, limit) => {
    const nameTok = tokens[i2 + 1];
    const pathTok = tokens[i2 + 2];
    if (!isPunct(i2 + 3, "="))
      return void 0;
    roles.set(pathTok.start, "path");
    const value = parseValue(i2 + 4, limit);
    const decl = {
      kind: "module",
      name: nameTok.text,
      symbolicName: nameTok.text,
      at: position(tokens[i2].start),
      existing: false,
      loop: value.loop,
      loopVariables: value.loopVariables,
      condition: value.condition,
      path: plainString(pathTok),
      children: [],
      range: [i2, value.end]
    };
    declarations.push(decl);
    if (value.body)
      readBody(decl, value.body);
    return decl;
  };
  let i = 0;
  while (i < tokens.length) {
    i = skipNewlines(i);
    if (i >= tokens.length)
      break;
    if (depth[i] !== 0 || !startsItem(i)) {
      i++;
      continue;
    }
    const decorated = i;
    i = skipDecorators(i, tokens.length);
    if (i >= tokens.length)
      break;
    const kw = tokens[i].kind === "ident" ? tokens[i].text : "";
    if (kw === "import" || kw === "var" && !tokens.slice(decorated, i).some((t) => t.kind === "ident" && t.text === "export")) {
      for (let k = decorated; k < i; k++)
        if (tokens[k].kind === "string")
          roles.set(tokens[k].start, "decorator");
    }
    if (kw === "resource" && isIdent(i + 1) && tokens[i + 2]?.kind === "string") {
      const d = parseResource(i, tokens.length);
      if (d) {
        i = d.range[1];
        continue;
      }
    } else if (kw === "module" && isIdent(i + 1) && tokens[i + 2]?.kind === "string") {
      const d = parseModule(i, tokens.length);
      if (d) {
        i = d.range[1];
        continue;
      }
    } else if (kw === "param" && isIdent(i + 1)) {
      params.push({ name: tokens[i + 1].text, at: position(tokens[i].start) });
    } else if (kw === "using" && tokens[i + 1]?.kind === "string") {
      const p = plainString(tokens[i + 1]);
      if (p !== void 0)
        using = { path: p, at: position(tokens[i].start) };
    } else if (kw === "targetScope") {
      const k = skipNewlines(i + 1);
      if (isPunct(k, "="))
        targetScope = plainString(tokens[skipNewlines(k + 1)]);
    }
    const end = endOfItem(i, 0, tokens.length);
    if (STATEMENT_KEYWORDS.has(kw)) {
      for (let k = i; k < end; k++) {
        if (tokens[k].kind !== "string")
          continue;
        roles.set(tokens[k].start, kw === "targetScope" ? "target" : "path");
        const p = plainString(tokens[k]);
        if (kw === "import" && p !== void 0 && isIdent(k - 1, "from"))
          imports.push(p);
      }
    }
    i = end > i ? end : i + 1;
  }
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k].kind === "ident" && /^load[A-Z]/.test(tokens[k].text) && isPunct(k + 1, "(") && tokens[k + 2].kind === "string")
      roles.set(tokens[k + 2].start, "path");
  }
  const literals = [];
  const numbers = [];
  const collect = (list2, insideRole) => {
    for (const tok of list2) {
      if (tok.kind === "string") {
        const role = insideRole ?? roles.get(tok.start) ?? "value";
        literals.push({ value: tok.parts.join(""), at: position(tok.start), role, interpolated: (tok.holes?.length ?? 0) > 0, multiline: !!tok.multiline });
        if (tok.holes)
          for (const h of tok.holes)
            collect(h, role === "value" ? void 0 : role);
      } else if (tok.kind === "number") {
        numbers.push({ value: tok.text, at: position(tok.start), role: insideRole ?? "value" });
      }
    }
  };
  collect(tokens);
  for (const d of declarations) {
    if (!d.existing)
      continue;
    const from = tokens[d.range[0]].start;
    const to = tokens[Math.min(d.range[1], tokens.length) - 1].end;
    for (const n of numbers)
      if (n.at.offset >= from && n.at.offset < to)
        n.role = "existing";
  }
  const problems = rawProblems.map((p) => ({ at: position(p.offset), message: p.message }));
  return { text, tokens, declarations, params, imports, using, targetScope, literals, numbers, problems, position };
}
function splitType(s) {
  const at = s.lastIndexOf("@");
  return at < 0 ? [s, void 0] : [s.slice(0, at), s.slice(at + 1)];
}
function isQualifiedType(type) {
  return /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+\//.test(type);
}

// dist/sources/template/bicep/twin.js
function haystackOf(doc) {
  const out = [];
  const fromExpr = (e) => {
    if (e.kind === "literal")
      out.push(String(e.value));
    else if (e.kind === "call")
      e.args.forEach(fromExpr);
    else if (e.kind === "member") {
      fromExpr(e.target);
      out.push(e.property);
    } else {
      fromExpr(e.target);
      fromExpr(e.index);
    }
  };
  const walk = (v) => {
    if (typeof v === "string") {
      out.push(unescapeLiteral(v));
      if (isExpression(v)) {
        try {
          fromExpr(parseExpression(v));
        } catch {
        }
      }
    } else if (typeof v === "number" || typeof v === "boolean")
      out.push(String(v));
    else if (Array.isArray(v))
      v.forEach(walk);
    else if (isObj(v)) {
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        walk(x);
      }
    }
  };
  walk(doc);
  return out.join("\0");
}
function shown(value) {
  if (value.length > 24 || !/^[A-Za-z0-9 ._/@-]*$/.test(value))
    return void 0;
  if (value.length >= 12 && /\d/.test(value) && /[A-Za-z]/.test(value))
    return void 0;
  if (/\d{5,}|[0-9a-f]{8}-/i.test(value))
    return void 0;
  return value;
}
function compareTwin(entry, compiled, load) {
  const diffs = [];
  const haystack = haystackOf(compiled);
  const checkedLiterals = /* @__PURE__ */ new Set();
  const visit = (fileName, file2, template, depth) => {
    if (!isObj(template) || depth > 10)
      return;
    const params = isObj(template.parameters) ? Object.keys(template.parameters) : [];
    const declared = new Set(file2.params.map((p) => p.name));
    for (const p of file2.params)
      if (!params.includes(p.name))
        diffs.push({ file: fileName, line: p.at.line, what: `parameter ${p.name} is not in the compiled template` });
    for (const p of params)
      if (!declared.has(p))
        diffs.push({ file: fileName, line: 1, what: `the compiled template has a parameter ${p} that the source no longer declares` });
    const resources = template.resources;
    const symbolic = isObj(resources);
    const symbols = file2.declarations.filter((d) => symbolic || !d.existing);
    if (symbolic) {
      const keys = new Set(Object.keys(resources));
      for (const d of symbols)
        if (!keys.has(d.symbolicName))
          diffs.push({ file: fileName, line: d.at.line, what: `${d.kind} ${d.symbolicName} is not in the compiled template` });
      const names = new Set(symbols.map((d) => d.symbolicName));
      for (const k of keys)
        if (!names.has(k))
          diffs.push({ file: fileName, line: 1, what: `the compiled template has a declaration ${k} that the source no longer has` });
    } else if (Array.isArray(resources)) {
      const count = (types) => types.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), /* @__PURE__ */ new Map());
      const want = count(symbols.map((d) => d.kind === "module" ? "microsoft.resources/deployments" : (d.fullType ?? "?").toLowerCase()));
      const have = count(resources.filter(isObj).map((r) => String(r.type).toLowerCase()));
      for (const [t, n] of want)
        if ((have.get(t) ?? 0) !== n && t !== "?")
          diffs.push({ file: fileName, line: symbols.find((d) => (d.kind === "module" ? "microsoft.resources/deployments" : d.fullType?.toLowerCase()) === t).at.line, what: `${n} declaration(s) of ${t} in the source, ${have.get(t) ?? 0} in the compiled template` });
      for (const [t, n] of have)
        if (!want.has(t))
          diffs.push({ file: fileName, line: 1, what: `the compiled template has ${n} ${t} that the source does not declare` });
    }
    if (!checkedLiterals.has(fileName)) {
      checkedLiterals.add(fileName);
      for (const l of file2.literals) {
        if (l.multiline || l.role !== "value" && l.role !== "type")
          continue;
        const pieces = l.role === "type" ? l.value.split("@") : l.interpolated ? [] : [l.value];
        for (const piece of pieces) {
          if (piece === "" || haystack.includes(piece))
            continue;
          const s = shown(piece);
          diffs.push({ file: fileName, line: l.at.line, what: s !== void 0 ? `the source has '${s}', which the compiled template lacks` : "the source has a string the compiled template lacks" });
        }
      }
      for (const n of file2.numbers) {
        if (n.role !== "value")
          continue;
        if (!new RegExp(`(^|[^0-9.])${n.value}(?![0-9])`).test(haystack))
          diffs.push({ file: fileName, line: n.at.line, what: `the source has the number ${n.value}, which the compiled template lacks` });
      }
    }
    for (const d of file2.declarations) {
      if (d.kind !== "module")
        continue;
      const target = localModulePath(fileName, d.path);
      const child = target && /\.bicep$/i.test(target) ? load(target) : void 0;
      if (!child || !target)
        continue;
      let element;
      if (symbolic)
        element = resources[d.symbolicName];
      else if (Array.isArray(resources)) {
        const table = matchArray(resources, file2, (m) => {
          const t = localModulePath(fileName, m.path);
          return t && /\.bicep$/i.test(t) ? load(t)?.params.map((p) => p.name) : void 0;
        });
        for (const [i, decl] of table)
          if (decl === d)
            element = resources[i];
      }
      const nested = isObj(element) && isObj(element.properties) ? element.properties.template : void 0;
      visit(target, child, nested, depth + 1);
    }
  };
  const file = load(entry);
  if (file)
    visit(entry, file, compiled, 0);
  return diffs;
}

// dist/sources/template/bicep/index.js
var isBicepFile = (file) => /\.bicep$/i.test(file);
var isBicepParamFile = (file) => /\.bicepparam$/i.test(file);
function isBicepGenerated(doc) {
  const gen = isObj(doc) && isObj(doc.metadata) && isObj(doc.metadata._generator) ? doc.metadata._generator : void 0;
  return typeof gen?.name === "string" && gen.name.toLowerCase() === "bicep";
}
var twinPath = (bicep) => join3(dirname2(bicep), `${basename(bicep).replace(/\.bicep$/i, "")}.json`);
function list(files, max = 5) {
  return files.slice(0, max).join(", ") + (files.length > max ? `, \u2026 (${files.length} in all)` : "");
}
function withBicepSources(bicepFiles, jsonInputs, options = {}) {
  const env = options.env ?? process.env;
  const errors = [];
  const gaps = [];
  const notices = [];
  const keyOf = (f) => resolve2(f);
  const scans = /* @__PURE__ */ new Map();
  const load = (file) => {
    const key = keyOf(file);
    if (!scans.has(key)) {
      let scan;
      try {
        scan = scanBicep(readText(file));
      } catch (e) {
        if (!(e instanceof InputError))
          throw e;
      }
      scans.set(key, scan);
    }
    return scans.get(key);
  };
  const jsonByKey = new Map(jsonInputs.map((t) => [keyOf(t.file), t]));
  const consumed = /* @__PURE__ */ new Set();
  const out = [];
  const units = /* @__PURE__ */ new Map();
  const params = [];
  const usingTargets = /* @__PURE__ */ new Set();
  const addUnit = (file) => {
    const key = keyOf(file);
    if (units.has(key))
      return;
    let text;
    try {
      text = readText(file);
    } catch (e) {
      if (!(e instanceof InputError))
        throw e;
      errors.push(e);
      return;
    }
    const scan = scanBicep(text);
    scans.set(key, scan);
    units.set(key, { file: normalize(file), key, scan });
  };
  for (const f of [...bicepFiles].sort()) {
    if (isBicepParamFile(f)) {
      let text;
      try {
        text = readText(f);
      } catch (e) {
        if (!(e instanceof InputError))
          throw e;
        errors.push(e);
        continue;
      }
      params.push({ file: normalize(f), scan: scanBicep(text) });
    } else
      addUnit(f);
  }
  for (const p of params) {
    const target = localModulePath(p.file, p.scan.using?.path);
    if (target && isBicepFile(target) && existsSync(target)) {
      addUnit(target);
      usingTargets.add(keyOf(target));
    }
  }
  const compiledAt = (path) => {
    const known = jsonByKey.get(keyOf(path));
    if (known)
      return known.format === "arm-template" && isBicepGenerated(known.parsed.value) ? known : void 0;
    if (!existsSync(path))
      return void 0;
    try {
      const parsed = parseJson(path, readText(path));
      if (!isBicepGenerated(parsed.value))
        return void 0;
      return { file: path, parsed: withSyntaxTree(path, parsed), format: "arm-template" };
    } catch (e) {
      if (!(e instanceof InputError))
        throw e;
      return void 0;
    }
  };
  const twinOf = (file) => {
    const same = compiledAt(twinPath(file));
    if (same || !/^main\.bicep$/i.test(basename(file)) || existsSync(twinPath(file)))
      return same;
    const quickstart = compiledAt(join3(dirname2(file), "azuredeploy.json"));
    if (!quickstart)
      return void 0;
    const structural = compareTwin(file, quickstart.parsed.value, load).filter((d) => !d.what.startsWith("the source has"));
    return structural.length === 0 ? quickstart : void 0;
  };
  for (const u of units.values()) {
    u.twin = twinOf(u.file);
    if (u.twin)
      consumed.add(jsonByKey.get(keyOf(u.twin.file)) ?? u.twin);
    for (const d of u.scan.declarations) {
      const target = d.kind === "module" ? localModulePath(u.file, d.path) : void 0;
      const json = target && /\.json$/i.test(target) ? jsonByKey.get(keyOf(target)) : void 0;
      if (json && json.format === "arm-template")
        consumed.add(json);
    }
  }
  const referrers = /* @__PURE__ */ new Map();
  const refsOf = (file, scan) => [...scan.declarations.filter((d) => d.kind === "module").map((d) => localModulePath(file, d.path)), ...scan.imports.map((p) => localModulePath(file, p))].filter((t) => !!t && isBicepFile(t));
  for (const u of units.values()) {
    for (const t of refsOf(u.file, u.scan)) {
      const k = keyOf(t);
      if (k === u.key || !units.has(k))
        continue;
      if (!referrers.has(k))
        referrers.set(k, /* @__PURE__ */ new Set());
      referrers.get(k).add(u.key);
    }
  }
  const closure = (u) => {
    const seen = /* @__PURE__ */ new Set();
    const stack = [u.file];
    while (stack.length) {
      const f = stack.pop();
      const scan = load(f);
      if (!scan)
        continue;
      for (const t of refsOf(f, scan)) {
        const k = keyOf(t);
        if (seen.has(k))
          continue;
        seen.add(k);
        stack.push(t);
      }
    }
    return seen;
  };
  let compiler;
  const getCompiler = () => compiler ??= findCompiler({ bicep: options.bicep, env });
  const uncompiled = [];
  const compiledWith = /* @__PURE__ */ new Set();
  const twinsRead = [];
  const withLocator = (u, input, fallbackToEntry) => ({
    ...input,
    locate: bicepLocator({ entry: u.file, compiled: input.parsed.value, load, fallback: fallbackToEntry ? { offset: 0, line: 1, column: 1 } : void 0 })
  });
  const checkTwin = (u, compiledFromSource) => {
    if (!u.twin)
      return;
    const diffs = compareTwin(u.file, u.twin.parsed.value, load);
    if (diffs.length === 0)
      return;
    const shown2 = diffs.slice(0, 3).map((d) => `${d.file === u.file ? "" : `${d.file} `}line ${d.line}: ${d.what}`).join("; ");
    notices.push(`${u.twin.file} looks older than ${u.file} (${shown2}${diffs.length > 3 ? `; ${diffs.length - 3} more` : ""}): ` + (compiledFromSource ? `erscan compiled ${u.file}, so the findings reflect the source; rebuild the JSON to keep it in step` : `the findings come from the JSON as committed; rebuild it (bicep build ${u.file}) or install the Bicep compiler so erscan compiles the source`));
  };
  const scanUnit = (u) => {
    const c = getCompiler();
    if ("missing" in c) {
      if (u.twin) {
        u.input = withLocator(u, u.twin, false);
        u.state = "ok";
        twinsRead.push(u.twin.file);
        checkTwin(u, false);
      } else {
        uncompiled.push(u.file);
        u.state = "failed";
      }
      return;
    }
    const r = compileFile(c, u.file, "build", env);
    if ("error" in r) {
      errors.push(r.error);
      if (u.twin) {
        u.input = withLocator(u, u.twin, false);
        u.state = "ok";
        notices.push(`${u.file} could not be compiled; its committed compiled form ${u.twin.file} was scanned instead`);
        checkTwin(u, false);
      } else
        u.state = "failed";
      return;
    }
    let parsed;
    try {
      parsed = withSyntaxTree(u.file, parseJson(u.file, r.stdout));
    } catch (e) {
      if (!(e instanceof InputError))
        throw e;
      errors.push(new InputError(u.file, "", "the Bicep compiler to print a JSON template", "other output"));
      u.state = "failed";
      return;
    }
    if (!isObj(parsed.value) || !Array.isArray(parsed.value.resources) && !isObj(parsed.value.resources)) {
      errors.push(new InputError(u.file, "", "the Bicep compiler to print an ARM template", describeValue(parsed.value)));
      u.state = "failed";
      return;
    }
    compiledWith.add(u.file);
    u.input = withLocator(u, { file: u.file, parsed, format: "arm-template" }, true);
    u.state = "ok";
    checkTwin(u, true);
  };
  const covered = /* @__PURE__ */ new Set();
  for (let round = 0; ; round++) {
    const pending = [...units.values()].filter((u) => !u.state && !covered.has(u.key));
    if (pending.length === 0)
      break;
    let roots = pending.filter((u) => usingTargets.has(u.key) || [...referrers.get(u.key) ?? []].every((r) => units.get(r).state === "failed"));
    if (roots.length === 0)
      roots = [pending[0]];
    for (const u of roots) {
      scanUnit(u);
      if (u.state === "ok")
        for (const k of closure(u))
          covered.add(k);
      const failedBy = [...referrers.get(u.key) ?? []].map((r) => units.get(r).file);
      if (round > 0 && u.state === "ok" && failedBy.length > 0)
        notices.push(`${u.file} is a module of ${list(failedBy)}, which could not be scanned; it was scanned as a deployment of its own (parameters without a default are unknown)`);
    }
  }
  for (const u of units.values())
    if (u.input)
      out.push(u.input);
  for (const p of params) {
    const using = p.scan.using;
    if (!using) {
      notices.push(`${p.file}: a Bicep parameters file with no \`using\` declaration; not used`);
      continue;
    }
    const target = localModulePath(p.file, using.path);
    let template;
    if (target && isBicepFile(target)) {
      const u = units.get(keyOf(target));
      if (!u) {
        errors.push(new InputError(`${p.file}:${using.at.line}:${using.at.column}`, "", "a `using` path to a Bicep file", `${using.path} (no such file)`));
        continue;
      }
      if (!u.input) {
        const c2 = getCompiler();
        if ("missing" in c2)
          uncompiled.push(p.file);
        else
          gaps.push({ scope: p.file, reason: `not scanned: its template ${u.file} could not be compiled` });
        continue;
      }
      template = u.input;
    } else if (target && /\.json$/i.test(target)) {
      template = jsonByKey.get(keyOf(target));
      if (!template) {
        try {
          const parsed = parseJson(target, readText(target));
          template = { file: target, parsed: withSyntaxTree(target, parsed), format: "arm-template" };
          out.push(template);
        } catch (e) {
          if (!(e instanceof InputError))
            throw e;
          errors.push(e);
          continue;
        }
      }
    } else if (using.path.toLowerCase() === "none") {
      notices.push(`${p.file}: \`using none\` names no template; not used`);
      continue;
    }
    const c = getCompiler();
    if ("missing" in c) {
      uncompiled.push(p.file);
      continue;
    }
    const r = compileFile(c, p.file, "build-params", env);
    if ("error" in r) {
      errors.push(r.error);
      continue;
    }
    const doc = parseBuildParams(p.file, r.stdout);
    if (doc instanceof InputError) {
      errors.push(doc);
      continue;
    }
    if (!template) {
      if (!doc.templateJson) {
        notices.push(`${p.file}: its template ${using.path} is not a local file and the compiler did not return it; not scanned`);
        continue;
      }
      const at = using.at;
      template = { file: p.file, parsed: doc.templateJson, format: "arm-template", locate: () => ({ kind: "bicep", file: p.file, line: at.line, column: at.column }) };
      out.push(template);
    }
    compiledWith.add(p.file);
    out.push({ file: p.file, parsed: doc.parameters, format: "arm-parameters", template });
  }
  if (uncompiled.length > 0) {
    const why = compiler && "missing" in compiler ? compiler.missing : "none";
    const [first, ...rest] = uncompiled;
    errors.push(new InputError(first, "", `a Bicep compiler (bicep on PATH, az bicep, or --bicep PATH) to read ${uncompiled.length === 1 ? "it" : `it and ${rest.length} more Bicep file${rest.length === 1 ? "" : "s"} (${list(rest, 3)})`}`, `${why}: ${INSTALL_HINT}`));
    for (const f of rest)
      gaps.push({ scope: f, reason: `not scanned: no Bicep compiler (${why})` });
  }
  if (compiler && !("missing" in compiler) && compiledWith.size > 0)
    notices.push(`compiled ${compiledWith.size} Bicep file${compiledWith.size === 1 ? "" : "s"} with ${compiler.how}${compiler.version ? ` (Bicep ${compiler.version})` : ""}`);
  if (twinsRead.length > 0)
    notices.push(`read ${list(twinsRead)} as the compiled form of the Bicep beside ${twinsRead.length === 1 ? "it" : "them"} (no compiler needed); findings point at the .bicep lines`);
  const replaced = /* @__PURE__ */ new Map();
  for (const t of jsonInputs) {
    if (consumed.has(t))
      continue;
    if (t.format === "arm-template" && !t.locate && isBicepGenerated(t.parsed.value)) {
      const source = join3(dirname2(t.file), `${basename(t.file).replace(/\.json$/i, "")}.bicep`);
      const scan = existsSync(source) ? load(source) : void 0;
      if (scan) {
        const u = { file: source, key: keyOf(source), scan, twin: t };
        const located = withLocator(u, t, false);
        replaced.set(t, located);
        out.push(located);
        checkTwin(u, false);
        continue;
      }
    }
    out.push(t);
  }
  for (const i of out)
    if (i.template && replaced.has(i.template))
      i.template = replaced.get(i.template);
  for (const u of units.values()) {
    const p = u.scan.problems[0];
    if (p && u.input)
      notices.push(`${u.file}:${p.at.line}:${p.at.column}: ${p.message}; findings in this file may point at the nearest declaration`);
  }
  return { templates: out, errors, gaps, notices };
}
function parseBuildParams(file, stdout) {
  let envelope;
  try {
    envelope = parseJson(file, stdout);
  } catch {
    return new InputError(file, "", "the Bicep compiler to print JSON parameters", "other output");
  }
  const v = envelope.value;
  if (isObj(v) && typeof v.parametersJson === "string") {
    try {
      const parameters = parseJson(file, v.parametersJson);
      const templateJson = typeof v.templateJson === "string" && v.templateJson.trim() ? withSyntaxTree(file, parseJson(file, v.templateJson)) : void 0;
      return { parameters, templateJson };
    } catch {
      return new InputError(file, "$.parametersJson", "a JSON parameters document", "text that is not JSON");
    }
  }
  if (isObj(v) && isObj(v.parameters))
    return { parameters: envelope };
  return new InputError(file, "$", "a compiled parameters document (parametersJson)", describeValue(v));
}

// dist/sources/index.js
var ROWS_AT = { snapshot: "resources", "graph-cli": "data", "graph-rest": "data", "arm-list": "value" };
var REPEATED_ROW_KEY = "each key once in its object (Azure writes each key once; of a key written twice, which value the resource has is not known)";
function refuseRepeatedKeys(file, parsed, format, nestingTooDeep) {
  const doc = parsed.value;
  if (!writesKeyTwice(parsed.text, doc))
    return;
  if (doc !== null && typeof doc === "object" && nestedDeeper(doc, MAX_JSON_DEPTH))
    nestingTooDeep();
  const relevant = repeatedKeys(withSyntaxTree(file, parsed).tree).filter((r) => {
    const key = ROWS_AT[format];
    const inRows = format === "arm-resource" ? 0 : format === "rows" ? 1 : key !== void 0 && r.path[0] === key && isObj(doc) && Array.isArray(doc[key]) ? 2 : void 0;
    if (inRows === void 0 || r.path.length <= inRows)
      return true;
    const rows = format === "arm-resource" ? [doc] : format === "rows" ? doc : doc[key];
    const row = inRows === 0 ? doc : rows[r.path[inRows - 1]];
    if (!isObj(row) || typeof row.type !== "string" || checkRow(row).kind !== "foreign")
      return true;
    const own = r.path.slice(inRows).map((k) => String(k).toLowerCase()).join(".");
    return ["type", "id", "properties", "properties.gatewaytype", "properties.connectiontype"].includes(own);
  });
  if (relevant.length === 0)
    return;
  const [first, ...more] = relevant;
  const at = parsed.lines.position(first.offset);
  const also = more.length > 0 ? ` (and ${more.length} more key${more.length === 1 ? "" : "s"} written twice)` : "";
  const path = first.path.map((k) => typeof k === "string" && k.length > 80 ? `${k.slice(0, 77)}...` : k);
  throw new InputError(`${file}:${at.line}:${at.column}`, jsonPath(path), REPEATED_ROW_KEY, `${JSON.stringify(path[path.length - 1])} a second time${also}; the file is not read`);
}
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform", "dist", "out"]);
var ROW_FORMATS = /* @__PURE__ */ new Set(["rows", "graph-cli", "graph-rest", "arm-list", "arm-resource"]);
function listJsonFiles(dir, errors) {
  return walkFiles(dir, { accept: (name) => /\.(json|bicep|bicepparam|tf)$/i.test(name), skipDir: (name) => SKIP_DIRS.has(name) || name.startsWith("."), errors });
}
function terraformConfigurationNotRead(configs, planDirs, output) {
  const byDir = /* @__PURE__ */ new Map();
  for (const c of configs) {
    const dir = resolve3(dirname3(c.file));
    if (planDirs.has(dir))
      continue;
    const files = byDir.get(dir);
    if (files)
      files.push(c);
    else
      byDir.set(dir, [c]);
  }
  const quiet = [];
  for (const [dir, files] of byDir) {
    if (!files.some((f) => f.declaresExpressRoute)) {
      quiet.push(displayPath(dir));
      continue;
    }
    const names = files.map((f) => basename2(f.file));
    output.gaps.push({
      scope: displayPath(dir),
      reason: `Terraform configuration (${names.slice(0, 3).join(", ")}${names.length > 3 ? `, \u2026 ${names.length} files` : ""}) not read, so the ExpressRoute resources it declares are not scanned: erscan reads ${TERRAFORM_PLAN_EXPECTED.replace(/^a /, "the ")} made from it`
    });
  }
  if (quiet.length > 0)
    output.notices.push(`Terraform configuration not read in ${quiet.length} folder${quiet.length === 1 ? "" : "s"} declaring no ExpressRoute resource (erscan reads plans: terraform show -json plan.out > plan.json): ${quiet.slice(0, 5).join(", ")}${quiet.length > 5 ? ", \u2026" : ""}`);
}
function loadInputs(inputs, options = {}) {
  const errors = [];
  const outputs = [];
  const files = [];
  const templates = [];
  const skipped = [];
  const policies = [];
  const ownOutputs = [];
  const bicepFiles = [];
  const unframed = [];
  const unframedNotices = [];
  const terraformConfigs = [];
  const terraformConfiguration = (file, fromDirectory, text) => {
    if (!fromDirectory)
      throw new InputError(file, "", TERRAFORM_PLAN_EXPECTED, "Terraform configuration, which erscan does not read (it reads plans)");
    terraformConfigs.push({ file, declaresExpressRoute: TERRAFORM_NAMES_EXPRESSROUTE.test(text) });
  };
  const readOne = (file, fromDirectory) => {
    if (isBicepFile(file) || isBicepParamFile(file)) {
      bicepFiles.push(file);
      return;
    }
    try {
      const text = readText(file);
      const looksJson = /^\s*[[{]/.test(text);
      if (!looksJson && isTerraformHcl(text))
        return terraformConfiguration(file, fromDirectory, text);
      if (fromDirectory && !looksJson && !NAMES_EXPRESSROUTE.test(text)) {
        skipped.push(file);
        return;
      }
      const parsed = parseJson(file, text, false, false);
      const format = detectFormat(parsed.value);
      const nestingTooDeep = () => tooDeep(file, text, parsed.lines);
      const checkedWithRows = ROW_FORMATS.has(format);
      if (!checkedWithRows && parsed.value !== null && typeof parsed.value === "object" && nestedDeeper(parsed.value, MAX_JSON_DEPTH))
        nestingTooDeep();
      if (format === "terraform-config")
        return terraformConfiguration(file, fromDirectory, text);
      if (format === "azure-policy") {
        if (!fromDirectory)
          throw new InputError(file, "$", FORMAT_DESCRIPTIONS, `${azurePolicyKind(parsed.value)}, which erscan does not read (Azure Policy rules are not ARM templates or resources)`);
        policies.push(file);
        return;
      }
      if (format === "erscan-output") {
        if (!fromDirectory)
          throw new InputError(file, "$", FORMAT_DESCRIPTIONS, `${erscanOutputKind(parsed.value)}, which erscan scan does not read (scan the snapshot or export it was made from; give an earlier report with --baseline)`);
        ownOutputs.push(file);
        return;
      }
      if (format === "unknown") {
        if (isUnframedParameters(parsed.value)) {
          const e = new InputError(file, "$", 'a deployment parameter file with "$schema" (https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#), "contentVersion" and "parameters"', "parameter values without them (not read: a template beside it is scanned without its values)");
          if (!fromDirectory)
            throw e;
          unframed.push(e);
          return;
        }
        if (fromDirectory && !NAMES_EXPRESSROUTE.test(text)) {
          skipped.push(file);
          return;
        }
        const ps = powerShellObjectProblem(parsed.value);
        if (ps)
          throw new InputError(file, "$", ps.expected, ps.found);
        throw new InputError(file, "$", FORMAT_DESCRIPTIONS, "a document of no known format");
      }
      if (format === "snapshot" || checkedWithRows)
        refuseRepeatedKeys(file, parsed, format, nestingTooDeep);
      files.push({ file, format });
      if (format === "arm-template" || format === "arm-parameters" || format === "terraform-plan") {
        templates.push({ file, parsed: withSyntaxTree(file, parsed), format, ...format === "arm-parameters" && !fromDirectory ? { explicit: true } : {} });
      } else {
        const loaded = format === "snapshot" ? loadSnapshot(file, parsed.value) : loadRows(file, parsed.value, format, nestingTooDeep);
        outputs.push(loaded);
        errors.push(...loaded.rowErrors);
      }
    } catch (e) {
      if (!(e instanceof InputError))
        throw e;
      errors.push(e);
    }
  };
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync2(input).isDirectory();
    } catch {
    }
    if (isDir) {
      const before = errors.length;
      const found = listJsonFiles(input, errors);
      if (found.length === 0 && errors.length === before)
        errors.push(new InputError(input, "", "a directory containing JSON inputs", "no .json files"));
      const skippedBefore = skipped.length;
      const policiesBefore = policies.length;
      const ownBefore = ownOutputs.length;
      for (const f of found)
        readOne(f, true);
      const policyCount = policies.length - policiesBefore;
      const ownCount = ownOutputs.length - ownBefore;
      const unknownCount = skipped.length - skippedBefore;
      if (found.length > 0 && unknownCount + policyCount + ownCount === found.length) {
        const kinds = [
          ...policyCount > 0 ? [`${policyCount} Azure Policy document${policyCount === 1 ? "" : "s"}`] : [],
          ...ownCount > 0 ? [`${ownCount} erscan report${ownCount === 1 ? "" : "s"}, trend${ownCount === 1 ? "" : "s"} or diff${ownCount === 1 ? "" : "s"}`] : [],
          ...unknownCount > 0 && policyCount + ownCount > 0 ? [`${unknownCount} of no known format`] : []
        ];
        const what = policyCount + ownCount === 0 ? `only files of no known format (${found.length})` : `only files erscan does not read (${kinds.join(", ")})`;
        errors.push(new InputError(input, "", "a directory containing inputs erscan reads (snapshots, Resource Graph output, ARM responses, templates, plans)", what));
      }
    } else {
      readOne(input, false);
    }
  }
  for (const e of unframed) {
    const dir = dirname3(e.file);
    const judged = templates.some((t) => t.format === "arm-template" && dirname3(t.file) === dir && declaresExpressRoute(t.parsed.value));
    if (judged)
      errors.push(e);
    else
      unframedNotices.push(`${e.message} (no template in its folder declares ExpressRoute resources)`);
  }
  if (templates.length > 0 || bicepFiles.length > 0) {
    const bicep = withBicepSources(bicepFiles, templates, { bicep: options.bicep });
    const t = loadTemplates(bicep.templates);
    t.output.gaps.push(...bicep.gaps);
    t.output.notices.push(...bicep.notices);
    outputs.push(t.output);
    errors.push(...bicep.errors, ...t.errors);
  }
  const output = mergeOutputs(outputs.length ? outputs : [emptyOutput()]);
  output.notices.push(...unframedNotices);
  const planDirs = new Set(templates.filter((t) => t.format === "terraform-plan").flatMap((t) => planConfigurationDirs(t.file, t.parsed.value).map((d) => resolve3(d))));
  terraformConfigurationNotRead(terraformConfigs, planDirs, output);
  for (const e of errors)
    output.gaps.push({ scope: displayPath(e.file.replace(/:\d+:\d+$/, "")), reason: e.message });
  if (skipped.length > 0) {
    const shown2 = skipped.slice(0, 5).map((f) => displayPath(f));
    output.notices.push(`skipped ${skipped.length} file${skipped.length === 1 ? "" : "s"} of no known format: ${shown2.join(", ")}${skipped.length > 5 ? ", \u2026" : ""}`);
  }
  if (ownOutputs.length > 0) {
    const shown2 = ownOutputs.slice(0, 5).map((f) => displayPath(f));
    output.notices.push(`skipped ${ownOutputs.length} file${ownOutputs.length === 1 ? "" : "s"} erscan wrote (its reports, trends or diffs: not inputs of a scan): ${shown2.join(", ")}${ownOutputs.length > 5 ? ", \u2026" : ""}`);
  }
  if (policies.length > 0) {
    const shown2 = policies.slice(0, 5).map((f) => displayPath(f));
    output.notices.push(`skipped ${policies.length} Azure Policy document${policies.length === 1 ? "" : "s"} (policy definitions, initiatives or rules: not ARM templates or resources, and erscan does not read them): ${shown2.join(", ")}${policies.length > 5 ? ", \u2026" : ""}`);
  }
  return { output, errors, files };
}

export {
  loadInputs
};
