import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorLines, ROOT, runCli, tempDir, writeJson } from '../helpers/cli.js';
import { ensureBuilt } from '../robustness/support.js';

/**
 * Bad usage is exit 2 with one plain line, never exit 70 ("please report it") and never the
 * wording of the libraries erscan is built on (yargs, ajv, jsonc-parser).
 */
const LIBRARY_WORDING = /must NOT have|must have required|CloseBracketExpected|CommaExpected|ValueExpected|Not enough non-option arguments|Not enough arguments following|Unknown argument|Invalid values:|Argument: |internal error/;
const dir = tempDir('erscan-usage-');

beforeAll(() => ensureBuilt());

function expectUsageError(args: string[], line: RegExp | string, cwd?: string) {
  const r = runCli(args, cwd ? { cwd } : {});
  expect(r.code, r.stderr).toBe(2);
  const lines = errorLines(r.stderr);
  expect(lines).toHaveLength(1);
  if (typeof line === 'string') expect(lines[0]).toBe(`erscan: error: ${line}`);
  else expect(lines[0]).toMatch(line);
  expect(r.stderr).not.toMatch(LIBRARY_WORDING);
  return r;
}

describe('--out', () => {
  it('naming an existing file (scan and cost) is exit 2, not 70', () => {
    for (const cmd of ['scan', 'cost']) expectUsageError([cmd, 'examples/estate', '--out', 'examples/usage.json'], '--out examples/usage.json: expected a folder to write the reports into, found a file (reports are report.json, report.sarif, … inside the folder)');
  });

  it.each([
    ['/proc/version/reports', /--out \/proc\/version\/reports: expected a folder erscan can write the reports into, but the folder cannot be created \(a file is in the way/],
    ['/proc/erscan-reports', /--out \/proc\/erscan-reports: expected a folder erscan can write the reports into, but the folder cannot be created/],
    ['/sys/erscan-reports', /--out \/sys\/erscan-reports: expected a folder erscan can write the reports into, but the folder cannot be created \(permission denied\)/],
  ])('a folder that cannot be created or written (%s) is exit 2, before the scan runs', (out, line) => {
    const r = expectUsageError(['scan', 'examples/estate', '--out', out, '--format', 'json'], line);
    expect(r.stdout).toBe('');
  });

  it('collect --out naming a folder is exit 2 before any sign-in', () => {
    const folder = tempDir('erscan-collect-out-');
    expectUsageError(['collect', '--out', folder, '--credential', 'env', '--arm-endpoint', 'https://127.0.0.1:9'], `--out ${folder}: expected a file to write the snapshot to, found a folder (name the file, for example ${join(folder, 'estate.json')})`);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('prices refresh --out naming a folder is exit 2 before anything is fetched', () => {
    expectUsageError(['prices', 'refresh', '--out', 'examples', '--endpoint', 'https://127.0.0.1:9'], /^erscan: error: --out examples: expected a file to write the catalogue to, found a folder/);
  });
});

// A file or folder named on the command line that is not there (or a folder where a file belongs, or
// the other way round) said only "nope.json: expected a readable file, found no such file": the option
// it came from went unnamed, unlike the same path named in a config file ($.usage).
describe('options that name a file or folder to read', () => {
  const folder = tempDir('erscan-option-folder-');
  const file = writeJson(folder, 'a-file.json', {});
  const fileOptions: Array<[string, string]> = [
    ['usage', 'a usage file (JSON or YAML)'],
    ['baseline', 'an earlier JSON report (report.json)'],
    ['prices', 'a price catalogue file'],
    ['config', 'a config file (JSON or YAML)'],
    ['suppressions', 'a suppressions file (JSON or YAML)'],
  ];
  it.each(fileOptions)('--%s naming no file, or a folder, is exit 2 naming the option (scan, quick and full parse; cost)', (name, what) => {
    expectUsageError(['scan', 'examples/estate', `--${name}`, 'nope.json'], `--${name} nope.json: expected ${what}, found no such file`);
    expectUsageError(['scan', 'examples/estate', `--${name}`, 'nope.json', '--no-color'], `--${name} nope.json: expected ${what}, found no such file`);
    expectUsageError(['cost', 'examples/estate', `--${name}`, folder], `--${name} ${folder}: expected ${what}, found a folder`);
    expectUsageError(['scan', 'examples/estate', `--${name}=${folder}`], `--${name} ${folder}: expected ${what}, found a folder`);
  });

  it('--rules naming no folder, or a file, is exit 2 naming the option (scan, rules list, rules show)', () => {
    expectUsageError(['scan', 'examples/estate', '--rules', 'nope-rules'], '--rules nope-rules: expected a folder of rule files, found no such folder');
    expectUsageError(['scan', 'examples/estate', '--rules', 'rules', '--rules', file], `--rules ${file}: expected a folder of rule files, found a file`);
    expectUsageError(['rules', 'list', '--rules', 'nope-rules'], '--rules nope-rules: expected a folder of rule files, found no such folder');
    expectUsageError(['rules', 'show', 'ERS-RED-001', '--rules', file], `--rules ${file}: expected a folder of rule files, found a file`);
  });

  it('--config of collect and the rules commands too, before any sign-in', () => {
    const out = join(tempDir('erscan-collect-'), 'estate.json');
    expectUsageError(['collect', '--out', out, '--config', 'nope.yaml', '--credential', 'env', '--arm-endpoint', 'https://127.0.0.1:9'], '--config nope.yaml: expected a config file (JSON or YAML), found no such file');
    expectUsageError(['rules', 'list', '--config', folder], `--config ${folder}: expected a config file (JSON or YAML), found a folder`);
    expectUsageError(['rules', 'show', 'ERS-RED-001', '--config', 'nope.yaml'], '--config nope.yaml: expected a config file (JSON or YAML), found no such file');
  });
});

describe('options that need a value', () => {
  it.each(['out', 'config', 'baseline', 'suppressions', 'usage', 'rules', 'prices', 'format', 'category', 'fail-on'])('--%s given without one is exit 2 (at the end, and before another option)', (name) => {
    expectUsageError(['scan', 'examples/estate', `--${name}`], new RegExp(`^erscan: error: --${name} needs a value: `));
    expectUsageError(['scan', 'examples/estate', `--${name}`, '--color'], new RegExp(`^erscan: error: --${name} needs a value: `));
  });

  // `--format ,` (or " , ") parsed to no format at all: scan, cost, diff and trend ran, wrote nothing and
  // printed nothing, and scan exited 0 (a gate that passed with no report).
  it.each([
    [['scan', 'examples/estate'], 'console, json, sarif, html, markdown'],
    [['cost', 'examples/estate'], 'console, json, sarif, html, markdown'],
    [['diff', 'examples/estate/contoso-snapshot.json', 'examples/estate/contoso-snapshot.json'], 'console, json, markdown'],
    [['trend', 'examples/history'], 'console, json, html, markdown'],
  ])('a --format that names no format (",") is exit 2, and nothing is written (%s)', (cmd, formats) => {
    for (const value of [',', ' , ,']) {
      const out = tempDir('erscan-no-format-');
      const r = expectUsageError([...cmd, '--format', value, '--out', out], `--format needs a value: one or more of ${formats}`);
      expect(r.stdout).toBe('');
      expect(readdirSync(out)).toEqual([]);
    }
  });

  it('an empty value (--out "") is refused too, and nothing is written into the current folder', () => {
    const cwd = tempDir('erscan-cwd-');
    expectUsageError(['scan', join(ROOT, 'examples/estate'), '--out', ''], /^erscan: error: --out needs a value: /, cwd);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('commands and choices', () => {
  it('--fail-on is case-insensitive like rule ids', () => {
    const r = runCli(['scan', 'examples/estate', '--fail-on', 'HIGH']);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(1);
    expect(runCli(['scan', 'examples/estate', '--fail-on', 'None']).code).toBe(0);
  });

  it('an unknown command lists the commands', () => {
    expectUsageError(['frobnicate'], /^erscan: error: unknown command "frobnicate": the commands are scan, collect, cost, trend, diff, rules, prices/);
    expectUsageError(['scna', 'examples/estate'], /^erscan: error: unknown command "scna" \(did you mean scan\?\): the commands are scan, collect, cost, trend, diff, rules, prices/);
    expectUsageError([], /^erscan: error: name a command: scan, collect, cost, trend, diff, rules, prices/);
  });

  // `erscan trend` and `erscan diff a.json` said "name a command: " (an empty list: the commands of the
  // command's own level), not what the command needs.
  it('trend and diff without their inputs say what they need', () => {
    expectUsageError(['trend'], 'trend: name at least one earlier report (report.json) or a folder of them: erscan trend REPORT.json…|DIR');
    expectUsageError(['diff'], 'diff: name the old and the new state: erscan diff OLD NEW');
    expectUsageError(['diff', 'examples/estate/contoso-snapshot.json'], 'diff: name the old and the new state: erscan diff OLD NEW');
    expectUsageError(['trend', '--out', tempDir('erscan-trend-none-')], /^erscan: error: trend: name at least one earlier report/);
  });

  // `erscan trend … --top abc` said "found NaN" (yargs had read the word as a number), not what was typed.
  it('trend --top that is no whole number names what was given', () => {
    expectUsageError(['trend', 'examples/history', '--top', 'abc'], '--top: expected a whole number of at least 1, found "abc"');
    expectUsageError(['trend', 'examples/history', '--top', '2.5'], '--top: expected a whole number of at least 1, found "2.5"');
    expectUsageError(['trend', 'examples/history', '--top', '0'], '--top: expected a whole number of at least 1, found "0"');
    const r = runCli(['trend', 'examples/history', '--top', '3', '--format', 'console']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('an unknown option and an invalid choice are named in plain words', () => {
    expectUsageError(['scan', 'examples/estate', '--bogus'], 'unknown option or argument --bogus (see --help)');
    expectUsageError(['scan', 'examples/estate', '--fail-on', 'severe'], '--fail-on: expected one of critical, high, medium, low, info, none, found "severe"');
    expectUsageError(['collect'], /^erscan: error: --out is required: /);
  });

  // `rules list --tag polcy` listed "0 rules" and exited 0, and `rules show ERS-RED-01` named no rule near it:
  // a typo read as an empty catalogue, unlike the same tag or id in a config (refused with the closest names).
  it('rules list --tag naming no tag, and rules show naming no rule, are exit 2 with the closest known names', () => {
    expectUsageError(['rules', 'list', '--tag', 'polcy'], /^erscan: error: --tag: expected a tag of a rule \(the closest known: policy[,)].*, found "polcy"$/);
    expectUsageError(['rules', 'show', 'ERS-RED-01'], /^erscan: error: no rule with id or name "ERS-RED-01" \(the closest known: ERS-RED-001[,)].*; see erscan rules list\)$/);
    const r = runCli(['rules', 'list', '--tag', 'POLICY']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\n[1-9]\d* rules?\n$/);
  });

  it('rules show without an id, and rules test on a folder with no rules, are exit 2', () => {
    expectUsageError(['rules', 'show'], 'rules show: name a rule id or name, for example erscan rules show ERS-RED-001 (erscan rules list shows them all)');
    const empty = tempDir('erscan-no-rules-');
    writeFileSync(join(empty, 'README.md'), '# notes\n');
    expectUsageError(['rules', 'test', empty], `${empty}: expected a folder of rules (<ID>.yaml with its <ID>.fixtures.yaml beside it), found no rule files`);
  });
});

describe('help', () => {
  const helpOf = (args: string[]) => runCli([...args, '--help']).stdout;
  const COMMANDS = [[], ['scan'], ['collect'], ['cost'], ['rules'], ['rules', 'list'], ['rules', 'show'], ['rules', 'test'], ['prices'], ['prices', 'refresh']];

  it('every option and positional of every command has a description', () => {
    for (const cmd of COMMANDS) {
      const text = helpOf(cmd);
      const lines = text.split('\n').filter((l) => /^\s+(-\w, )?--?[\w-]+\s/.test(l) || /^\s{2}[a-z]+\s{2,}\[/.test(l));
      expect(lines.length, cmd.join(' ')).toBeGreaterThan(0);
      for (const l of lines) expect(l, `${cmd.join(' ')}: ${l}`).not.toMatch(/^\s+(-\w, )?(--?[\w-]+|[a-z]+)\s+\[/);
    }
  });

  it('cost --help shows only what applies to cost and says what its inputs are', () => {
    const text = helpOf(['cost']).replace(/\s+/g, ' ');
    expect(text).toMatch(/Its inputs are those of erscan scan \(the estate\), plus the egress: declared in a usage file \(--usage\) or, with --graph --metrics, measured/);
    expect(text).toMatch(/inputs snapshot, Resource Graph output/);
    expect(text.match(/"critical"/g)).toHaveLength(1);
    for (const option of ['--usage', '--prices', '--out', '--format', '--baseline', '--graph', '--metrics']) expect(text).toContain(option);
    for (const option of ['--rules', '--category', '--fail-on-new']) expect(text).not.toContain(option);
  });
});

describe('plain words, and paths as they are printed', () => {
  it("ajv's wording never reaches the user", () => {
    const cfg = writeJson(dir, 'short.json', { suppressions: [{ ruleId: 'ERS-COST-001', resource: '*', justification: 'ab', expires: '2999-01-01' }] });
    expectUsageError(['scan', 'examples/estate', '--config', cfg], `${cfg}: at $.suppressions[0].justification: expected a text of at least 3 characters, found "ab"`);
  });

  it("jsonc-parser's error codes never reach the user", () => {
    const bad = writeJson(dir, 'unclosed.json', '[{"id": "x"}');
    expectUsageError(['scan', bad], `${bad}:1:13: expected valid JSON, found a list not closed with ]`);
  });

  it('paths inside the working folder are printed relative to it, however they were given', () => {
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    const cfg = join(ROOT, 'test-artifacts', 'erscan-abs-config.json');
    writeFileSync(cfg, JSON.stringify({ rules: { include: ['ERS-NOPE-999'] } }));
    const shown = relative(ROOT, cfg);
    expectUsageError(['scan', 'examples/estate', '--config', cfg], new RegExp(`^erscan: error: ${shown.replace(/[.]/g, '\\.')}: at \\$\\.rules\\.include\\[0\\]`));
    const missing = join(ROOT, 'examples', 'no-such-usage.json');
    expectUsageError(['scan', 'examples/estate', '--usage', missing], '--usage examples/no-such-usage.json: expected a usage file (JSON or YAML), found no such file');
    expect(existsSync(missing)).toBe(false);
  });
});

describe('an option that takes one value, given twice', () => {
  it.each([
    [['scan', 'examples/estate', '--fail-on', 'high', '--fail-on', 'high'], '--fail-on was given 2 times (high, high); it takes one value: give it once'],
    [['cost', 'examples/estate', '--fail-on=high', '--fail-on=medium'], '--fail-on was given 2 times (high, medium); it takes one value: give it once'],
    [['scan', 'examples/estate', '--out', join(dir, 'a'), '--out', join(dir, 'b')], /^erscan: error: --out was given 2 times \(.*\); it takes one value: give it once$/],
    [['scan', 'examples/estate', '--format', 'json', '--format', 'sarif', '--out', join(dir, 'c')], /--format was given 2 times \(json, sarif\); it takes one value: give it once \(several formats are one comma-separated value: --format json,sarif\)/],
    [['scan', 'examples/estate', '--config', 'a.json', '--config', 'b.json'], '--config was given 2 times (a.json, b.json); it takes one value: give it once'],
  ])('is refused by name (%j), never read as no gate at all', (args, line) => {
    expectUsageError(args as string[], line);
  });
  it('repeatable options still add up', () => {
    const r = runCli(['scan', 'examples/estate', '--rules', join(ROOT, 'test/fixtures/rules-extra'), '--rules', join(ROOT, 'test/fixtures/rules-extra2'), '--fail-on', 'none']);
    expect(errorLines(r.stderr).join()).not.toMatch(/was given 2 times/);
  });
});

describe('a lone "-"', () => {
  it('(standard input) is refused by name, not read as no input or dropped beside others', () => {
    expectUsageError(['scan', '-'], '"-" (standard input) is not read: name the file or folder to scan (save a pipe to a file first)');
    expectUsageError(['scan', '-', 'examples/estate'], '"-" (standard input) is not read: name the file or folder to scan (save a pipe to a file first)');
  });
});

describe('trend given one folder twice', () => {
  it('reads its reports once, instead of saying the folder holds no erscan report', () => {
    const r = runCli(['trend', 'examples/history', 'examples/history', '--format', 'console']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^erscan trend: 2 reports of /);
  });
});

describe('an on/off flag given another value', () => {
  it('is refused by name (yargs would read --color=banana as on)', () => {
    expectUsageError(['scan', 'examples/estate', '--color=banana'], '--color is on or off: expected --color, --no-color, --color=true or --color=false, found --color=banana');
    expectUsageError(['scan', 'examples/estate', '--require-complete=maybe'], /--require-complete is on or off: .*found --require-complete=maybe$/);
    expect(runCli(['scan', 'examples/estate', '--color=false', '--fail-on', 'none']).code).toBe(0);
  });
});
