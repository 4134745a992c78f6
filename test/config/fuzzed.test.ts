import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { configScans, errorLines, IDLE_CIRCUIT_ID, runCli, writeJson } from '../helpers/cli.js';
import { ensureBuilt } from '../robustness/support.js';
import { closestNames, editDistance } from '../../src/rules/select.js';

/** Config inputs found by fuzzing: each answers promptly, exit 2 naming the file and the path. */

const { dir, writeInput, scanWithConfig } = configScans('erscan-fuzzed-config-');
const circuitId = IDLE_CIRCUIT_ID;
let input: string;

beforeAll(() => {
  ensureBuilt();
  input = writeInput();
});

describe('a huge rule selector', () => {
  // Suggesting the closest known names compared all of a 1,000,000-character selector with every
  // name (17 s before the answer); it now answers as promptly as for a short typo.
  it.each([
    ['rules.enable', (big: string) => ({ rules: { enable: [big] } }), /at \$\.rules\.enable\[0\]: expected a rule id or name/],
    ['rules.include (tag:)', (big: string) => ({ rules: { include: [`tag:${big}`] } }), /at \$\.rules\.include\[0\]: expected a tag of a rule/],
    ['rules.parameters key', (big: string) => ({ rules: { parameters: { [big]: {} } } }), /at \$\.rules\.parameters\.A+\.\.\.: expected the id of a rule|at \$\.rules\.parameters/],
  ])('%s of a million characters is exit 2 within seconds', (_what, config, message) => {
    const started = Date.now();
    const r = scanWithConfig(config('A'.repeat(1_000_000)), 'huge-selector.json');
    const elapsed = Date.now() - started;
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toHaveLength(1);
    expect(errorLines(r.stderr)[0]).toMatch(message);
    expect(elapsed).toBeLessThan(6_000);
  });

  it('editDistance stays fast and a lower bound holds on long strings; short ones are exact', () => {
    const vocabulary = Array.from({ length: 300 }, (_, i) => `some-rule-name-of-thirty-c-${String(i).padStart(3, '0')}`);
    const started = Date.now();
    closestNames('x'.repeat(1_000_000), vocabulary);
    expect(Date.now() - started).toBeLessThan(5_000); // a hang guard (the old table took ~1 min), not a speed measure
    expect(editDistance('x'.repeat(1_000_000), 'ERS-ENC-005')).toBeGreaterThanOrEqual(1_000_000 - 11);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closestNames('ERS-RED-0O1' + 'z'.repeat(500_000), ['ERS-RED-001', 'encryption'])[0]).toBe('ERS-RED-001');
  });
});

describe('a path named in the config that is not there', () => {
  // The error named only the missing path ("nope/usage.json: expected a readable file, found no such
  // file"): which file said so, and where in it, was left to guess.
  it.each([
    ['usage', { usage: 'nope/usage.json' }, '$.usage', 'nope/usage.json', 'no such file'],
    ['suppressionsFile', { suppressionsFile: 'nope.yaml' }, '$.suppressionsFile', 'nope.yaml', 'no such file'],
    ['ruleDirs', { ruleDirs: ['rules-here', 'nope-rules'] }, '$.ruleDirs[1]', 'nope-rules', 'no such folder'],
    ['a usage setting naming a folder', { usage: '.' }, '$.usage', '.', 'a folder'],
    ['a rule folder naming a file', { ruleDirs: ['rows.json'] }, '$.ruleDirs[0]', 'rows.json', 'a file'],
  ])('%s: exit 2 naming the config file and the setting', (_what, config, at, named, found) => {
    mkdirSync(join(dir, 'rules-here'), { recursive: true });
    for (const command of ['scan', 'cost']) {
      const cfg = writeJson(dir, 'paths.json', config);
      const r = runCli([command, input, '--config', cfg, '--fail-on', 'none']);
      expect(r.code).toBe(2);
      const lines = errorLines(r.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${cfg}: at ${at}: expected `);
      expect(lines[0]).toContain(`found ${JSON.stringify(named)} (${join(dir, named)}): ${found}`);
    }
  });

  it('rules list with a config naming a missing rule folder names the config too', () => {
    const cfg = writeJson(dir, 'paths-rules.json', { ruleDirs: ['nope-rules'] });
    const r = runCli(['rules', 'list', '--config', cfg]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)[0]).toContain(`${cfg}: at $.ruleDirs[0]: expected `);
  });
});

describe('suppression globs', () => {
  const entry = (ruleId: string, resource: string) => ({ suppressions: [{ ruleId: 'ERS-HYG-001', resource: circuitId, justification: 'first entry', expires: '2999-01-01' }, { ruleId, resource, justification: 'fuzzed entry', expires: '2999-01-01' }] });

  // picomatch refused patterns over 65,536 characters by throwing, and overflowed its stack on
  // '((((…': both reached the user as 'internal error', exit 70.
  it.each([
    ['a 100,000-character resource', 'ERS-COST-001', `/subscriptions/${'a'.repeat(100_000)}`, /at \$\.suppressions\[1\]\.resource: expected an ARM id or a glob over ARM ids of at most 4096 characters, found 100015 characters$/],
    ['a 70,000-character ruleId', `ERS-${'*'.repeat(70_000)}`, circuitId, /at \$\.suppressions\[1\]\.ruleId: expected a rule id or a glob over rule ids of at most 256 characters, found 70004 characters$/],
    ['an extglob', 'ERS-COST-001', `/subscriptions/${'@(*|*)'.repeat(12)}z/**`, /at \$\.suppressions\[1\]\.resource: expected an ARM id or a glob over ARM ids: extglobs such as @\(a\|b\) are not supported/],
    ['too many brace alternatives', 'ERS-COST-001', `/subscriptions/${'{a,b}'.repeat(12)}/**`, /at \$\.suppressions\[1\]\.resource: expected an ARM id or a glob over ARM ids: at most 64 alternatives/],
  ])('%s is exit 2 naming the file and the entry', (_what, ruleId, resource, message) => {
    for (const [name, body] of [['supp-config.json', entry(ruleId, resource)], ['supp-file.json', null]] as const) {
      const r = body ? scanWithConfig(body, name) : runCli(['scan', input, '--suppressions', writeJson(dir, name, entry(ruleId, resource)), '--fail-on', 'none']);
      expect(r.code).toBe(2);
      const lines = errorLines(r.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(name);
      expect(lines[0]).toMatch(message);
    }
  });

  it('"(((((" of 50,000 characters is refused by length, not a stack overflow', () => {
    const r = scanWithConfig(entry('ERS-COST-001', `/subscriptions/${'('.repeat(50_000)}`), 'parens.json');
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)[0]).toMatch(/parens\.json: at \$\.suppressions\[1\]\.resource: expected .* at most 4096 characters/);
  });

  // A glob compiled to a backtracking RegExp took minutes on an id full of zeros.
  it.each([`/subscriptions/${'*0'.repeat(30)}*z/**`, `/**/${'*0*0*0*0/**/'.repeat(4)}z`])('%s answers within seconds', (resource) => {
    const started = Date.now();
    const r = scanWithConfig(entry('*', resource), 'backtrack.json');
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(6_000);
  });
});
