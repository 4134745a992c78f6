import { loadConfig } from '../../config/load.js';
import { SEVERITIES, CATEGORIES } from '../../findings/model.js';
import { listRuleFiles, loadRules } from '../../rules/loader.js';
import { closestNames, selectRules } from '../../rules/select.js';
import { InputError, UsageError } from '../../util/errors.js';
import { runFixtures } from '../../rules/fixtures.js';

interface ListArgs {
  category?: string;
  severity?: string;
  tag?: string;
  rules?: string[];
  config?: string;
  json?: boolean;
}

export async function rulesListCommand(args: ListArgs): Promise<number> {
  if (args.category && !(CATEGORIES as readonly string[]).includes(args.category)) throw new UsageError(`--category: expected one of ${CATEGORIES.join(', ')}, found "${args.category}"`);
  if (args.severity && !(SEVERITIES as readonly string[]).includes(args.severity)) throw new UsageError(`--severity: expected one of ${SEVERITIES.join(', ')}, found "${args.severity}"`);
  const config = args.config ? loadConfig(args.config) : undefined;
  let rules = loadRules([...(config?.ruleDirs ?? []), ...(args.rules ?? [])]);
  // A tag no rule has is a typo, never an empty catalogue (as a config's `tag:` selector is refused).
  if (args.tag && !rules.some((r) => r.tags.some((t) => t.toLowerCase() === args.tag!.toLowerCase()))) {
    throw new UsageError(`--tag: expected a tag of a rule (the closest known: ${closestNames(args.tag, rules.flatMap((r) => r.tags)).join(', ')}), found ${JSON.stringify(args.tag)}`);
  }
  if (config) rules = selectRules(rules, config.rules);
  rules = rules.filter(
    (r) =>
      (!args.category || r.category === args.category) &&
      (!args.severity || r.severity === args.severity) &&
      (!args.tag || r.tags.some((t) => t.toLowerCase() === args.tag!.toLowerCase())),
  );
  if (args.json) {
    process.stdout.write(
      JSON.stringify(
        rules.map((r) => ({ id: r.id, name: r.name, title: r.title, category: r.category, severity: r.severity, pillar: r.pillar, tags: r.tags, resource: r.resource, enabledByDefault: r.enabledByDefault !== false })),
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  const idW = Math.max(2, ...rules.map((r) => r.id.length));
  const catW = Math.max(8, ...rules.map((r) => r.category.length));
  process.stdout.write(`${'ID'.padEnd(idW)}  ${'SEVERITY'.padEnd(8)}  ${'CATEGORY'.padEnd(catW)}  TITLE\n`);
  for (const r of rules) {
    const off = r.enabledByDefault === false ? ' (off by default)' : '';
    process.stdout.write(`${r.id.padEnd(idW)}  ${r.severity.padEnd(8)}  ${r.category.padEnd(catW)}  ${r.title}${off}\n`);
  }
  process.stdout.write(`\n${rules.length} rule${rules.length === 1 ? '' : 's'}\n`);
  return 0;
}

export async function rulesShowCommand(args: { id?: string; rules?: string[]; config?: string }): Promise<number> {
  if (!args.id) throw new UsageError('rules show: name a rule id or name, for example erscan rules show ERS-RED-001 (erscan rules list shows them all)');
  const id = args.id;
  const config = args.config ? loadConfig(args.config) : undefined;
  const rules = loadRules([...(config?.ruleDirs ?? []), ...(args.rules ?? [])]);
  const found = rules.find((r) => r.id.toLowerCase() === id.toLowerCase() || r.name === id.toLowerCase());
  if (!found) throw new UsageError(`no rule with id or name "${id}" (the closest known: ${closestNames(id, rules.flatMap((r) => [r.id, r.name])).join(', ')}; see erscan rules list)`);
  // With a config, show the rule as the scan would run it: effective severity and parameters.
  const selected = config ? selectRules(rules, config.rules).find((r) => r.id === found.id) : found;
  const rule = selected ?? found;
  if (config) {
    const params = config.rules.parameters?.[rule.id];
    rule.parameters = params ? { ...(rule.parameters ?? {}), ...params } : rule.parameters;
  }
  const head = [
    `${rule.id} ${rule.name}`,
    rule.title,
    '',
    `Category: ${rule.category}   Severity: ${rule.severity}   Pillar: ${rule.pillar}${rule.tags.length ? `   Tags: ${rule.tags.join(', ')}` : ''}`,
    ...(config ? [`With ${args.config}: ${selected ? 'runs' : 'does not run (not selected, or off by default and not enabled)'}`] : []),
    `Applies to: ${rule.resource}${rule.enabledByDefault === false ? '   (off by default: enable it with rules.include in the config)' : ''}`,
  ];
  if (rule.parameters && Object.keys(rule.parameters).length) head.push(`Parameters: ${Object.entries(rule.parameters).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}`);
  head.push('', rule.doc.trim() || `Remediation: ${rule.remediation}`);
  if (rule.doc.trim() && !/how to fix/i.test(rule.doc)) head.push('', `Remediation: ${rule.remediation}`);
  const refs = Object.entries(rule.references ?? {});
  if (refs.length) head.push('', 'Equivalent checks in other tools:', ...refs.map(([tool, ids]) => `  ${tool}: ${ids.join('; ')}`));
  head.push('', 'Links:', ...rule.links.map((l) => `  ${l}`), '', `Rule file: ${rule.file}`);
  process.stdout.write(head.join('\n') + '\n');
  return 0;
}

export async function rulesTestCommand(args: { dirs?: string[] }): Promise<number> {
  const dirs = args.dirs && args.dirs.length ? args.dirs : undefined;
  // A folder without rules would "pass" with nothing tested.
  for (const dir of dirs ?? []) {
    if (listRuleFiles(dir).length === 0) throw new InputError(dir, '', 'a folder of rules (<ID>.yaml with its <ID>.fixtures.yaml beside it)', 'no rule files');
  }
  const results = runFixtures(dirs);
  let failed = 0;
  for (const r of results) {
    const ok = r.problems.length === 0;
    if (!ok) failed++;
    process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${r.ruleId} (${r.cases} case${r.cases === 1 ? '' : 's'})\n`);
    for (const p of r.problems) process.stdout.write(`       ${p}\n`);
  }
  process.stdout.write(`\n${results.length - failed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}
