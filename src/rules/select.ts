import type { Config } from '../config/load.js';
import type { Severity } from '../findings/model.js';
import { InputError, describeValue, jsonPath } from '../util/errors.js';
import type { RuleDefinition } from './model.js';

/**
 * How specifically a selector names a rule: 3 for its id or name, 2 for a tag, 1 for its category,
 * 0 when it does not match. Selectors are case-insensitive; `tag:NAME` matches tags only.
 */
export function selectorRank(rule: RuleDefinition, selector: string): number {
  const s = selector.toLowerCase();
  if (s.startsWith('tag:')) return rule.tags.some((t) => t.toLowerCase() === s.slice(4)) ? 2 : 0;
  if (rule.id.toLowerCase() === s || rule.name === s) return 3;
  if (rule.tags.some((t) => t.toLowerCase() === s)) return 2;
  if (rule.category === s) return 1;
  return 0;
}

function matches(rule: RuleDefinition, selector: string): boolean {
  return selectorRank(rule, selector) > 0;
}

/** The severity override that names the rule most specifically (id beats tag beats category). */
function severityFor(rule: RuleDefinition, overrides: Record<string, Severity> | undefined): Severity | undefined {
  let best: { rank: number; severity: Severity } | undefined;
  for (const [selector, severity] of Object.entries(overrides ?? {})) {
    const rank = selectorRank(rule, selector);
    if (rank > 0 && (!best || rank > best.rank)) best = { rank, severity };
  }
  return best?.severity;
}

/** Longer words are compared by their start: no name anyone means is that long, and the table would be huge. */
const COMPARED = 256;

/**
 * Edit distance (insertions, deletions, substitutions), for "did you mean" suggestions. Exact for
 * words of up to 256 characters; past that, the starts are compared and the rest counts as the
 * difference in length, which keeps a 1,000,000-character typo from taking seconds per known name.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > COMPARED || b.length > COMPARED) {
    const [ha, hb] = [a.slice(0, COMPARED), b.slice(0, COMPARED)];
    return editDistance(ha, hb) + Math.abs(a.length - ha.length - (b.length - hb.length));
  }
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The known names closest to `word` (case-insensitive), nearest first. */
export function closestNames(word: string, known: Iterable<string>, n = 3): string[] {
  const w = word.toLowerCase();
  return [...new Set(known)]
    .map((k) => ({ k, d: editDistance(w, k.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .slice(0, n)
    .map((x) => x.k);
}

/** Every name a selector may use: rule ids and names, categories, tags (also as `tag:NAME`). */
function selectorVocabulary(rules: RuleDefinition[], forTag: boolean): string[] {
  const tags = [...new Set(rules.flatMap((r) => r.tags))];
  if (forTag) return tags.map((t) => `tag:${t}`);
  return [...rules.map((r) => r.id), ...rules.map((r) => r.name), ...new Set(rules.map((r) => r.category)), ...tags];
}

/** A selector as typed (selectors name rules, never secrets), cut to a readable length. */
const quoted = (s: string): string => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}...` : s);

/** Every selector of the config with its JSON path in the config file. */
function selectorsWithPaths(config: Config['rules']): { selector: string; path: string }[] {
  const out: { selector: string; path: string }[] = [];
  for (const key of ['include', 'enable', 'exclude'] as const) (config[key] ?? []).forEach((selector, i) => out.push({ selector, path: jsonPath(['rules', key, i]) }));
  for (const selector of Object.keys(config.severity ?? {})) out.push({ selector, path: jsonPath(['rules', 'severity', selector]) });
  return out;
}

/**
 * Refuses selectors that name no rule (a typo there silently runs nothing, or everything): each is
 * an input error naming the config file, the path and the closest known names. Parameters must be
 * keyed by a rule id (or name): a category or tag there would be silently ignored.
 */
export function checkSelectors(rules: RuleDefinition[], config: Config['rules']): void {
  const file = config.file ?? 'config';
  for (const { selector, path } of selectorsWithPaths(config)) {
    if (rules.some((r) => matches(r, selector))) continue;
    const forTag = selector.toLowerCase().startsWith('tag:');
    const near = closestNames(selector, selectorVocabulary(rules, forTag));
    throw new InputError(file, path, `${forTag ? 'a tag of a rule' : 'a rule id or name, a category or a tag'} (the closest known: ${near.join(', ')})`, quoted(selector));
  }
  for (const key of Object.keys(config.parameters ?? {})) {
    if (rules.some((r) => r.id.toLowerCase() === key.toLowerCase() || r.name === key.toLowerCase())) continue;
    const near = closestNames(key, rules.filter((r) => r.parameters && Object.keys(r.parameters).length > 0).map((r) => r.id));
    throw new InputError(file, jsonPath(['rules', 'parameters', key]), `the id of a rule that takes parameters (the closest: ${near.join(', ')})`, quoted(key));
  }
}

const typeOf = (v: unknown): string => (Array.isArray(v) ? 'list' : v === null ? 'null' : typeof v);

/**
 * Checks the config's rule parameters against what each rule declares: an unknown parameter name or
 * a value of another type than the rule's default is a mistake that would silently change (or not
 * change) a check, so it is refused with the file and the path of the bad value.
 */
export function validateParameters(rules: RuleDefinition[], config: Config['rules']): void {
  const file = config.file ?? 'config';
  for (const [ruleId, params] of Object.entries(config.parameters ?? {})) {
    const rule = rules.find((r) => r.id.toLowerCase() === ruleId.toLowerCase() || r.name === ruleId.toLowerCase());
    if (!rule) continue; // refused by checkSelectors
    checkRuleParameters(rule, params, file, `$.rules.parameters["${ruleId}"]`);
  }
}

/** One rule's parameter values (at `at` in `file`: a config, a fixture case's `params`) against what the rule declares. */
/**
 * Parameters of a built-in function that say which question the rule asks, not how strictly: ERS-COST-101/102/103
 * share `costAdvice`, each with its own `kind` and a message written for it. Overriding one would report another
 * change under the first one's words.
 */
const IDENTITY_PARAMETERS: Record<string, string[]> = { costAdvice: ['kind'] };

export function checkRuleParameters(rule: RuleDefinition, params: Record<string, unknown>, file: string, at: string): void {
  const declared = rule.parameters ?? {};
  const fixed = (rule.function && IDENTITY_PARAMETERS[rule.function]) || [];
  for (const [name, value] of Object.entries(params)) {
    const path = `${at}.${name}`;
    if (!(name in declared)) {
      const known = Object.keys(declared);
      throw new InputError(file, path, known.length ? `a parameter of ${rule.id} (${known.join(', ')})` : `no parameters (${rule.id} takes none)`, name);
    }
    // A parameter that says what the rule is about (its message and docs are written for it) is no setting.
    if (fixed.includes(name) && JSON.stringify(value) !== JSON.stringify(declared[name]))
      throw new InputError(file, path, `a setting of ${rule.id} other than ${name} (${name} ${JSON.stringify(declared[name])} is what the rule reports; another change is another rule's)`, describeValue(value));
    const want = typeOf(declared[name]);
    if (typeOf(value) !== want) throw new InputError(file, path, `a ${want} like the default ${JSON.stringify(declared[name])}`, describeValue(value));
    if (Array.isArray(value) && Array.isArray(declared[name]) && (declared[name] as unknown[]).length > 0) {
      const itemType = typeOf((declared[name] as unknown[])[0]);
      value.forEach((v, i) => {
        if (typeOf(v) !== itemType) throw new InputError(file, `${path}[${i}]`, `a ${itemType}`, describeValue(v));
      });
    }
  }
}

/**
 * Applies the config's selection and severity overrides.
 * - `include`: run only matching rules (and turn on matching rules that are off by default);
 * - `enable`: turn on rules that are off by default (`enabledByDefault: false`, policy choices)
 *   without narrowing the selection;
 * - `exclude`: skip matching rules (wins over include and enable);
 * - `severity`: overrides keyed by selector, the most specific one wins.
 */
export function selectRules(rules: RuleDefinition[], config: Config['rules']): RuleDefinition[] {
  checkSelectors(rules, config);
  validateParameters(rules, config);
  const include = config.include ?? [];
  const enable = config.enable ?? [];
  const exclude = config.exclude ?? [];
  const selected = rules
    .filter((r) => {
      const included = include.some((s) => matches(r, s));
      if (include.length > 0 && !included) return false;
      if (r.enabledByDefault === false && !included && !enable.some((s) => matches(r, s))) return false;
      return !exclude.some((s) => matches(r, s));
    })
    .map((r) => {
      const severity = severityFor(r, config.severity);
      return severity && severity !== r.severity ? { ...r, severity } : r;
    });
  // A selection that runs nothing would pass every estate: refuse it.
  if (selected.length === 0 && rules.length > 0) {
    const said = [include.length ? `include ${include.join(', ')}` : '', exclude.length ? `exclude ${exclude.join(', ')}` : ''].filter(Boolean).join(' and ');
    throw new InputError(config.file ?? 'config', '$.rules', 'a selection that leaves at least one rule to run', `none (${said || 'the selection'} leaves none of the ${rules.length} rules)`);
  }
  return selected;
}

/** Selectors in the config that match no rule (likely typos), for a notice. */
export function unknownSelectors(rules: RuleDefinition[], config: Config['rules']): string[] {
  const all = [...(config.include ?? []), ...(config.enable ?? []), ...(config.exclude ?? []), ...Object.keys(config.severity ?? {}), ...Object.keys(config.parameters ?? {})];
  return [...new Set(all.filter((s) => !rules.some((r) => matches(r, s))))];
}
