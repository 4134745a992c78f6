import type { Config } from '../config/load.js';
import type { Severity } from '../findings/model.js';
import { InputError, describeValue } from '../util/errors.js';
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

const typeOf = (v: unknown): string => (Array.isArray(v) ? 'list' : v === null ? 'null' : typeof v);

/**
 * Checks the config's rule parameters against what each rule declares: an unknown parameter name or
 * a value of another type than the rule's default is a mistake that would silently change (or not
 * change) a check, so it is refused with the file and the path of the bad value.
 */
export function validateParameters(rules: RuleDefinition[], config: Config['rules']): void {
  const file = config.file ?? 'config';
  for (const [ruleId, params] of Object.entries(config.parameters ?? {})) {
    const rule = rules.find((r) => r.id.toLowerCase() === ruleId.toLowerCase());
    if (!rule) continue; // reported as an unknown selector
    const declared = rule.parameters ?? {};
    for (const [name, value] of Object.entries(params)) {
      const path = `$.rules.parameters["${ruleId}"].${name}`;
      if (!(name in declared)) {
        const known = Object.keys(declared);
        throw new InputError(file, path, known.length ? `a parameter of ${rule.id} (${known.join(', ')})` : `no parameters (${rule.id} takes none)`, name);
      }
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
  validateParameters(rules, config);
  const include = config.include ?? [];
  const enable = config.enable ?? [];
  const exclude = config.exclude ?? [];
  return rules
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
}

/** Selectors in the config that match no rule (likely typos), for a notice. */
export function unknownSelectors(rules: RuleDefinition[], config: Config['rules']): string[] {
  const all = [...(config.include ?? []), ...(config.enable ?? []), ...(config.exclude ?? []), ...Object.keys(config.severity ?? {}), ...Object.keys(config.parameters ?? {})];
  return [...new Set(all.filter((s) => !rules.some((r) => matches(r, s))))];
}
