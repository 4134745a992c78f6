import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/util/yaml.js';
import { CORPUS, STACK_LINE, cli, ensureBuilt, tempDir } from './support.js';

/**
 * erscan's own files (config, suppressions, usage, user rules) in JSON or YAML: a bad one is named with
 * its line and column and, where there is one, the path inside it; a property given twice is refused in
 * JSON as in YAML, never read as one of its values in silence.
 */
const dir = tempDir('erscan-data-files-');
const file = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const errorOf = (f: string) => {
  try {
    readDataFile(f);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('YAML errors name the line and column', () => {
  it.each([
    ['syntax.yaml', 'rules:\n  exclude: [ERS-COST-005\n', /syntax\.yaml:3:1: expected valid YAML, found Flow sequence/],
    ['duplicate.yaml', 'rules:\n  exclude:\n    - ERS-COST-005\n  exclude: []\n', /duplicate\.yaml:4:3: expected valid YAML, found Map keys must be unique/],
    ['quote.yaml', 'suppressions:\n  - ruleId: "ERS-COST-005\n', /quote\.yaml:3:1: expected valid YAML, found Missing closing "quote/],
  ])('%s', (name, text, message) => {
    expect(errorOf(file(name, text))).toMatch(message);
  });
});

describe('a property given twice in a JSON file is refused, as in YAML', () => {
  it.each([
    ['config.json', '{"rules": {"exclude": ["ERS-COST-005"]}, "rules": {}}', 'config.json:1:42: at $.rules'],
    ['suppressions.json', '{"suppressions": [{"ruleId": "ERS-COST-005", "resource": "*", "justification": "accepted risk", "expires": "2099-01-01", "resource": "/x"}]}', 'suppressions.json:1:122: at $.suppressions[0].resource'],
    ['usage.json', '{"circuits": {"er-1": {"egressGbPerMonth": 1},\n "er-1": {"egressGbPerMonth": 9}}}', 'usage.json:2:2: at $.circuits["er-1"]'],
    ['nested.json', '{"a": {"b": 1, "c": {"d": 1, "d": 1}}}', 'nested.json:1:30: at $.a.c.d'],
  ])('%s', (name, text, where) => {
    expect(errorOf(file(name, text))).toBe(`${join(dir, where)}: expected each property once in its object, found it a second time (only one of the values could be used)`);
  });

  it('the same name in different objects, and a key named __proto__, are fine', () => {
    expect(readDataFile(file('fine.json', '{"a": {"x": 1}, "b": {"x": 2}, "__proto__": {"polluted": true}}'))).toEqual(JSON.parse('{"a": {"x": 1}, "b": {"x": 2}, "__proto__": {"polluted": true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('through the CLI: a config whose exclusion a second "rules" would drop is bad input (exit 2, one line), not a scan without it', async () => {
    ensureBuilt();
    const config = file('erscan.json', '{"rules": {"exclude": ["ERS-COST-005"]}, "rules": {}}');
    const r = await cli(['scan', join(CORPUS, 'valid-rows.json'), '--config', config, '--fail-on', 'none']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr.trim()).toBe(`erscan: error: ${config}:1:42: at $.rules: expected each property once in its object, found it a second time (only one of the values could be used)`);
  });
});
