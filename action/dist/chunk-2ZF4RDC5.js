// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  InputError,
  describeValue,
  jsonPath
} from "./chunk-UNOFXXSK.js";

// dist/rules/select.js
function selectorRank(rule, selector) {
  const s = selector.toLowerCase();
  if (s.startsWith("tag:"))
    return rule.tags.some((t) => t.toLowerCase() === s.slice(4)) ? 2 : 0;
  if (rule.id.toLowerCase() === s || rule.name === s)
    return 3;
  if (rule.tags.some((t) => t.toLowerCase() === s))
    return 2;
  if (rule.category === s)
    return 1;
  return 0;
}
function matches(rule, selector) {
  return selectorRank(rule, selector) > 0;
}
function severityFor(rule, overrides) {
  let best;
  for (const [selector, severity] of Object.entries(overrides ?? {})) {
    const rank = selectorRank(rule, selector);
    if (rank > 0 && (!best || rank > best.rank))
      best = { rank, severity };
  }
  return best?.severity;
}
var COMPARED = 256;
function editDistance(a, b) {
  if (a === b)
    return 0;
  if (a.length > COMPARED || b.length > COMPARED) {
    const [ha, hb] = [a.slice(0, COMPARED), b.slice(0, COMPARED)];
    return editDistance(ha, hb) + Math.abs(a.length - ha.length - (b.length - hb.length));
  }
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
function closestNames(word, known, n = 3) {
  const w = word.toLowerCase();
  return [...new Set(known)].map((k) => ({ k, d: editDistance(w, k.toLowerCase()) })).sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).slice(0, n).map((x) => x.k);
}
function selectorVocabulary(rules, forTag) {
  const tags = [...new Set(rules.flatMap((r) => r.tags))];
  if (forTag)
    return tags.map((t) => `tag:${t}`);
  return [...rules.map((r) => r.id), ...rules.map((r) => r.name), ...new Set(rules.map((r) => r.category)), ...tags];
}
var quoted = (s) => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}...` : s);
function selectorsWithPaths(config) {
  const out = [];
  for (const key of ["include", "enable", "exclude"])
    (config[key] ?? []).forEach((selector, i) => out.push({ selector, path: jsonPath(["rules", key, i]) }));
  for (const selector of Object.keys(config.severity ?? {}))
    out.push({ selector, path: jsonPath(["rules", "severity", selector]) });
  return out;
}
function checkSelectors(rules, config) {
  const file = config.file ?? "config";
  for (const { selector, path } of selectorsWithPaths(config)) {
    if (rules.some((r) => matches(r, selector)))
      continue;
    const forTag = selector.toLowerCase().startsWith("tag:");
    const near = closestNames(selector, selectorVocabulary(rules, forTag));
    throw new InputError(file, path, `${forTag ? "a tag of a rule" : "a rule id or name, a category or a tag"} (the closest known: ${near.join(", ")})`, quoted(selector));
  }
  for (const key of Object.keys(config.parameters ?? {})) {
    if (rules.some((r) => r.id.toLowerCase() === key.toLowerCase() || r.name === key.toLowerCase()))
      continue;
    const near = closestNames(key, rules.filter((r) => r.parameters && Object.keys(r.parameters).length > 0).map((r) => r.id));
    throw new InputError(file, jsonPath(["rules", "parameters", key]), `the id of a rule that takes parameters (the closest: ${near.join(", ")})`, quoted(key));
  }
}
var typeOf = (v) => Array.isArray(v) ? "list" : v === null ? "null" : typeof v;
function validateParameters(rules, config) {
  const file = config.file ?? "config";
  for (const [ruleId, params] of Object.entries(config.parameters ?? {})) {
    const rule = rules.find((r) => r.id.toLowerCase() === ruleId.toLowerCase() || r.name === ruleId.toLowerCase());
    if (!rule)
      continue;
    checkRuleParameters(rule, params, file, `$.rules.parameters["${ruleId}"]`);
  }
}
var IDENTITY_PARAMETERS = { costAdvice: ["kind"] };
function checkRuleParameters(rule, params, file, at) {
  const declared = rule.parameters ?? {};
  const fixed = rule.function && IDENTITY_PARAMETERS[rule.function] || [];
  for (const [name, value] of Object.entries(params)) {
    const path = `${at}.${name}`;
    if (!(name in declared)) {
      const known = Object.keys(declared);
      throw new InputError(file, path, known.length ? `a parameter of ${rule.id} (${known.join(", ")})` : `no parameters (${rule.id} takes none)`, name);
    }
    if (fixed.includes(name) && JSON.stringify(value) !== JSON.stringify(declared[name]))
      throw new InputError(file, path, `a setting of ${rule.id} other than ${name} (${name} ${JSON.stringify(declared[name])} is what the rule reports; another change is another rule's)`, describeValue(value));
    const want = typeOf(declared[name]);
    if (typeOf(value) !== want)
      throw new InputError(file, path, `a ${want} like the default ${JSON.stringify(declared[name])}`, describeValue(value));
    if (Array.isArray(value) && Array.isArray(declared[name]) && declared[name].length > 0) {
      const itemType = typeOf(declared[name][0]);
      value.forEach((v, i) => {
        if (typeOf(v) !== itemType)
          throw new InputError(file, `${path}[${i}]`, `a ${itemType}`, describeValue(v));
      });
    }
  }
}
function selectRules(rules, config) {
  checkSelectors(rules, config);
  validateParameters(rules, config);
  const include = config.include ?? [];
  const enable = config.enable ?? [];
  const exclude = config.exclude ?? [];
  const selected = rules.filter((r) => {
    const included = include.some((s) => matches(r, s));
    if (include.length > 0 && !included)
      return false;
    if (r.enabledByDefault === false && !included && !enable.some((s) => matches(r, s)))
      return false;
    return !exclude.some((s) => matches(r, s));
  }).map((r) => {
    const severity = severityFor(r, config.severity);
    return severity && severity !== r.severity ? { ...r, severity } : r;
  });
  if (selected.length === 0 && rules.length > 0) {
    const said = [include.length ? `include ${include.join(", ")}` : "", exclude.length ? `exclude ${exclude.join(", ")}` : ""].filter(Boolean).join(" and ");
    throw new InputError(config.file ?? "config", "$.rules", "a selection that leaves at least one rule to run", `none (${said || "the selection"} leaves none of the ${rules.length} rules)`);
  }
  return selected;
}
function unknownSelectors(rules, config) {
  const all = [...config.include ?? [], ...config.enable ?? [], ...config.exclude ?? [], ...Object.keys(config.severity ?? {}), ...Object.keys(config.parameters ?? {})];
  return [...new Set(all.filter((s) => !rules.some((r) => matches(r, s))))];
}

export {
  selectorRank,
  editDistance,
  closestNames,
  checkSelectors,
  validateParameters,
  checkRuleParameters,
  selectRules,
  unknownSelectors
};
