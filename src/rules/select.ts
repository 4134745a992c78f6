import type { Config } from '../config/load.js';
import type { RuleDefinition } from './model.js';

function matches(rule: RuleDefinition, selector: string): boolean {
  const s = selector.toLowerCase();
  if (s.startsWith('tag:')) return rule.tags.some((t) => t.toLowerCase() === s.slice(4));
  return rule.id.toLowerCase() === s || rule.name === s || rule.category === s || rule.tags.some((t) => t.toLowerCase() === s);
}

/**
 * Applies the config's selection and severity overrides. Rules that are off by default
 * (`enabledByDefault: false`, policy choices) run only when an include selector names them.
 */
export function selectRules(rules: RuleDefinition[], config: Config['rules']): RuleDefinition[] {
  const include = config.include ?? [];
  const exclude = config.exclude ?? [];
  return rules
    .filter((r) => {
      const included = include.some((s) => matches(r, s));
      if (include.length > 0 && !included) return false;
      if (r.enabledByDefault === false && !included) return false;
      return !exclude.some((s) => matches(r, s));
    })
    .map((r) => (config.severity?.[r.id] ? { ...r, severity: config.severity[r.id] } : r));
}

/** Selectors in the config that match no rule (likely typos), for a notice. */
export function unknownSelectors(rules: RuleDefinition[], config: Config['rules']): string[] {
  const all = [...(config.include ?? []), ...(config.exclude ?? []), ...Object.keys(config.severity ?? {}), ...Object.keys(config.parameters ?? {})];
  return [...new Set(all.filter((s) => !rules.some((r) => matches(r, s))))];
}
