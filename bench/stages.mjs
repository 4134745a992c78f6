// Child process: times each stage of a scan on an estate folder, in this fresh process, and prints
// one JSON line: milliseconds per stage, report sizes and peak RSS.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../dist/util/json.js';
import { loadInputs } from '../dist/sources/index.js';
import { buildInventory } from '../dist/inventory/build.js';
import { loadRules } from '../dist/rules/loader.js';
import { selectRules } from '../dist/rules/select.js';
import { runRules } from '../dist/rules/engine.js';
import { scanSources } from '../dist/scan/run.js';
import { emptyConfig } from '../dist/config/load.js';
import { FORMATS } from '../dist/reporters/types.js';
import { reporterFor } from '../dist/reporters/index.js';
import { findEstimator } from './pricing.mjs';

const dir = process.argv[2];
// Reporters to render (default: every one in the build).
const only = process.argv[3] ? process.argv[3].split(',') : undefined;
const ms = {};
const time = async (name, fn) => {
  const t0 = performance.now();
  const v = await fn();
  ms[name] = performance.now() - t0;
  return v;
};

// 1. Just parsing the input (the baseline the rules are compared against).
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
await time('parse', () => {
  let n = 0;
  for (const f of files) n += JSON.parse(readText(f)).length;
  return n;
});

// 2. The loaders: read, check, detect format, collect rows.
const loaded = await time('load', () => loadInputs([dir]));
if (loaded.errors.length) throw new Error(loaded.errors[0].message);

// 3-5 in a scope of their own, so their inventory is garbage before the reporters' scan below.
const config = emptyConfig();
const estimator = await findEstimator(loaded.output);
const { findings, rules } = await (async () => {
  // 3. Inventory: scrub secrets, normalise, resolve relations.
  const { inventory } = await time('inventory', () => buildInventory(loaded.output.raws, loaded.output.subscriptions));
  // 4. Pricing (when the pricing model is part of the build).
  const cost = estimator ? await time('pricing', () => estimator(inventory)) : undefined;
  // 5. Rules: load the catalogue, then evaluate every default rule.
  const rules = await time('rulesLoad', () => selectRules(loadRules(), config.rules));
  const engine = await time('rules', () => runRules(inventory, rules, {}, cost));
  return { findings: engine.findings.length, rules };
})();

// 6. Reporters, each on the same scan result.
const result = scanSources(loaded.output, {
  config,
  now: new Date('2026-01-01T00:00:00Z'),
  inputs: [dir],
  scanCategory: 'erscan/bench',
  ...(estimator ? { estimateCosts: estimator } : {}),
});
const reportBytes = {};
const failures = {};
for (const format of FORMATS) {
  if (only && !only.includes(format)) continue;
  let reporter;
  try {
    reporter = reporterFor(format);
  } catch {
    continue; // not part of this build
  }
  try {
    const text = await time(`report:${format}`, () => reporter(result, { color: false }));
    reportBytes[format] = Buffer.byteLength(text);
  } catch (e) {
    failures[format] = String(e?.message ?? e);
  }
}

const u = process.resourceUsage();
process.stdout.write(
  JSON.stringify({ ms, reportBytes, failures, findings, rules: rules.length, resources: loaded.output.raws.length, maxRssKb: u.maxRSS, pricing: !!estimator }) + '\n',
);
