import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exitCodeFor, runPipeline, type ScanArgs } from '../../src/cli/pipeline.js';
import { toJsonReport } from '../../src/reporters/json.js';
import { loadRules } from '../../src/rules/loader.js';
import { InputError } from '../../src/util/errors.js';
import { CORPUS, STACK_LINE, cli, ensureBuilt, pool, tempDir, type Run } from './support.js';

/**
 * Each case runs in-process through the CLI's own pipeline (runPipeline, exitCodeFor, the JSON
 * reporter), which keeps the suite fast on two cores; a handful of real CLI runs then feed every case
 * at once through bin/erscan.js to prove the process itself never prints a stack trace.
 *
 * The bad-input corpus (test/robustness/corpus, plus huge and deep files generated here): every case
 * ends in a clear one-line error naming the file, the JSON path and what was expected (exit 2), or in
 * a scan, with the gaps listed; never a stack trace, never an internal error, never a silent pass.
 */

type Expect =
  | { kind: 'error'; message: RegExp }
  /** Some rows cannot be read: each is named (exit 2, the file a gap), the other rows are scanned. */
  | { kind: 'rows'; circuits: number; messages: RegExp[] }
  | { kind: 'scanned'; circuits: number; notice?: RegExp; empty?: true }
  | { kind: 'gap'; circuits: number; reason: RegExp; empty?: true };

const CASES: Record<string, Expect> = {
  'truncated.json': { kind: 'error', message: /truncated\.json:\d+:\d+: expected valid JSON, found a text value that never ends \(a missing "\)/ },
  'trailing-comma.json': { kind: 'error', message: /trailing-comma\.json:1:\d+: expected valid JSON/ },
  'single-quotes.json': { kind: 'error', message: /single-quotes\.json:1:\d+: expected valid JSON/ },
  'comments.json': { kind: 'error', message: /comments\.json:1:1: expected valid JSON/ },
  // UTF-16 with its byte-order mark: what Windows PowerShell 5.1's `>` writes.
  'bom-utf16.json': { kind: 'scanned', circuits: 1 },
  'latin1.json': { kind: 'error', message: /latin1\.json: expected UTF-8 text/ },
  'binary.json': { kind: 'error', message: /binary\.json: expected UTF-8 text/ },
  'empty.json': { kind: 'error', message: /empty\.json: expected JSON, found an empty file/ },
  'whitespace.json': { kind: 'error', message: /whitespace\.json: expected JSON, found an empty file/ },
  'empty-object.json': { kind: 'error', message: /empty-object\.json: at \$: expected an erscan snapshot/ },
  'null.json': { kind: 'error', message: /null\.json: at \$: expected an erscan snapshot/ },
  'number.json': { kind: 'error', message: /number\.json: at \$: expected an erscan snapshot/ },
  'string.json': { kind: 'error', message: /string\.json: at \$: expected an erscan snapshot/ },
  'not-a-resource-document.json': { kind: 'error', message: /not-a-resource-document\.json: at \$: expected an erscan snapshot/ },
  'missing-id.json': { kind: 'rows', circuits: 1, messages: [/missing-id\.json: at \$\[1\]\.id: expected an ARM resource id \(\/subscriptions\/…\/resourceGroups\/…\/providers\/…\), found nothing; this row is not read \(and 1 more problem in this row\)$/] },
  'id-not-string.json': { kind: 'error', message: /id-not-string\.json: at \$\[0\]\.id: expected an ARM resource id \(\/subscriptions\/…\/resourceGroups\/…\/providers\/…\), found the number 12345; this row is not read/ },
  'row-not-object.json': { kind: 'rows', circuits: 1, messages: [/row-not-object\.json: at \$\[1\]: expected a resource object, found "just a string"; this row is not read/] },
  'snapshot-bad-id.json': { kind: 'error', message: /snapshot-bad-id\.json: at \$\.resources\[0\]\.id: expected a value of type string/ },
  'snapshot-version-2.json': { kind: 'error', message: /snapshot-version-2\.json: at \$\.erscanSnapshot: expected a snapshot of format version 1 \(the one this erscan reads\), found version 2, which a newer erscan wrote: upgrade erscan to read it/ },
  'snapshot-resources-object.json': { kind: 'error', message: /snapshot-resources-object\.json: at \$\.resources: expected a value of type array/ },
  'graph-table-bad-columns.json': { kind: 'error', message: /graph-table-bad-columns\.json: at \$\.data\.columns\[1\]\.name: expected a column name, found nothing/ },
  'graph-data-string.json': { kind: 'error', message: /graph-data-string\.json: at \$\.data: expected an array of rows/ },
  'arm-list-value-junk.json': { kind: 'rows', circuits: 1, messages: [/arm-list-value-junk\.json: at \$\.value\[1\]: expected a resource object, found the number 7; this row is not read/] },
  'valid-rows.json': { kind: 'scanned', circuits: 1 },
  'bom-utf8.json': { kind: 'scanned', circuits: 1 },
  // Reading nothing is never a pass: exit 2 (the report still says so), though the file itself is good.
  'empty-array.json': { kind: 'scanned', circuits: 0, notice: /no ExpressRoute resources: nothing was checked/, empty: true },
  // A snapshot that does not say whether its crawl was complete is never taken for a complete one.
  'empty-snapshot.json': { kind: 'gap', circuits: 0, reason: /the snapshot does not say whether its crawl was complete \(it has no coverage\)/, empty: true },
  // Fields of the wrong type were read as "not set" (and produced false findings): each row is named.
  'wrong-types.json': {
    kind: 'rows',
    circuits: 0,
    messages: [
      /wrong-types\.json: at \$\[0\]\.name: expected text \(a JSON string\), found the number 42; this row is not read \(and \d+ more problems in this row\)/,
      /at \$\[1\]\.sku: expected an object, found a list of 0/,
      /at \$\[2\]\.properties: expected an object, found a list of 2/,
      /at \$\[3\]\.properties\.allowClassicOperations: expected true or false, found the number 1/,
      /at \$\[4\]\.properties\.peerings\[0\]: expected an object, found null/,
      /wrong-types\.json: at \$: expected rows erscan can read, found 10 more rows that cannot be read \(15 left out in all\)/, // one without properties among them
    ],
  },
  // Rows of other types need no id: skipped and counted.
  'unknown-types.json': { kind: 'scanned', circuits: 1, notice: /unknown-types\.json: 3 rows of a type erscan does not scan were skipped \(1 microsoft\.network\/connections \(IPsec\), 1 microsoft\.network\/virtualnetworkgateways \(Vpn\), 1 microsoft\.storage\/storageaccounts\)/ },
  'foreign-without-id.json': { kind: 'scanned', circuits: 1, notice: /foreign-without-id\.json: 2 rows of a type erscan does not scan were skipped/ },
  'bandwidth-not-a-number.json': { kind: 'rows', circuits: 1, messages: [/bandwidth-not-a-number\.json: at \$\[0\]\.properties\.serviceProviderProperties\.bandwidthInMbps: expected a number from 0 to 9007199254740991, found "abc"; this row is not read/] },
  'id-not-arm.json': {
    kind: 'rows',
    circuits: 1,
    messages: [
      /id-not-arm\.json: at \$\[0\]\.id: expected an ARM resource id \(\/subscriptions\/…\/resourceGroups\/…\/providers\/…\), found text of 6 characters; this row is not read/,
      /id-not-arm\.json: at \$\[1\]\.id: expected the id of a microsoft\.network\/expressroutecircuits resource \(the id and the type must name the same kind of resource\), found an id of a microsoft\.network\/virtualnetworkgateways/,
      /id-not-arm\.json: at \$\[2\]\.properties\.peer\.id: expected an ARM resource id/,
    ],
  },
  'duplicate-ids.json': { kind: 'scanned', circuits: 1, notice: /2 duplicate resources merged/ },
  'odd-casing.json': { kind: 'scanned', circuits: 2 },
  // References that loop back (a port listing itself among its circuits, a connection whose gateway is itself)
  // name resources of the wrong kind: each row is named; the circuits, whose references are right, are read.
  'circular-references.json': {
    kind: 'rows',
    circuits: 2,
    messages: [
      /circular-references\.json: at \$\[2\]\.properties\.circuits\[1\]\.id: expected the id of a Microsoft\.Network\/expressRouteCircuits resource, found an id of a Microsoft\.Network\/expressRoutePorts; this row is not read$/,
      /at \$\[3\]\.properties\.virtualNetworkGateway1\.id: expected the id of a Microsoft\.Network\/virtualNetworkGateways resource, found an id of a Microsoft\.Network\/connections; this row is not read \(and 1 more problem in this row\)$/,
      /at \$\[4\]\.properties\.ipConfigurations\[0\]\.properties\.subnet\.id: expected the id of a Microsoft\.Network\/virtualNetworks\/subnets resource, found an id of a Microsoft\.Network\/virtualNetworkGateways/,
      /at \$\[7\]\.properties\.peer\.id: expected the id of a Microsoft\.Network\/expressRouteCircuits resource, found an id of a Microsoft\.Network\/virtualNetworkGateways/,
    ],
  },
  'proto-keys.json': { kind: 'scanned', circuits: 1 },
  // An id of 200,000 characters is not an ARM id; the circuit with a 100,000-character tag is read.
  'long-strings.json': { kind: 'rows', circuits: 1, messages: [/long-strings\.json: at \$\[0\]\.id: expected an ARM resource id .*, found text of 200126 characters; this row is not read/] },
  'graph-cli-skip-token.json': { kind: 'gap', circuits: 1, reason: /skip token\): later pages were not read/ },
  'graph-rest-truncated.json': { kind: 'gap', circuits: 1, reason: /resultTruncated/ },
  'arm-list-next-link.json': { kind: 'gap', circuits: 1, reason: /nextLink: later pages were not read/ },
};

/** Rule folders from users that must be refused as bad input (never executed, never an internal error). */
const RULE_CASES: Record<string, RegExp> = {
  'rules-eval': /XRB-001\.yaml: at \$\.function: expected the name of a built-in rule function, found "eval"/,
  'rules-js-tag': /XRB-002\.yaml: at \$\.assert: expected a value of type object/,
  'rules-redos': /XRB-003\.yaml: at \$\.assert\.matches: expected a safe regular expression, found "\(\(a\+\)\)\+b" \(nested quantifiers/,
  // No quantifier nests, yet backtracking tries 61^8 ways on a name of a's: a scan that never ended.
  'rules-redos-bounded': /XRB-008\.yaml: at \$\.assert\.matches: expected a safe regular expression, found "a\{0,60\}.*" \(quantifiers and alternations that together allow more than 4198401 ways to match/,
  'rules-unknown-operator': /XRB-004\.yaml: at \$\.assert: expected no property "\$where"/,
  'rules-deep-condition': /XRB-005\.yaml: at \$\.assert(\.not)+: expected a condition nested at most 16 levels deep/,
  'rules-alias-bomb': /XRB-006\.yaml: expected valid YAML of reasonable size/,
};


interface Outcome {
  code: number;
  errors: string[];
  report: Record<string, any>;
}

/** The CLI's pipeline, in-process: same loaders, same exit code, same JSON report. */
async function scanInProcess(inputs: string[], extra: Partial<ScanArgs> = {}): Promise<Outcome> {
  const args: ScanArgs = { inputs, failOn: 'none', ...extra };
  const outcome = await runPipeline(args, new Date('2026-01-01T00:00:00Z'));
  return { code: exitCodeFor(outcome, args), errors: outcome.inputErrors.map((e) => `erscan: error: ${e.message}`), report: toJsonReport(outcome.result) };
}

async function scanCli(inputs: string[], extra: string[] = []): Promise<{ run: Run; report?: Record<string, any> }> {
  const out = tempDir('erscan-corpus-out-');
  const run = await cli(['scan', ...inputs, '--format', 'json', '--out', out, '--fail-on', 'none', ...extra]);
  let report: Record<string, any> | undefined;
  try {
    report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  } catch {
    report = undefined;
  }
  return { run, report };
}

/** Every stderr line is one of erscan's own one-line messages: no stack trace, no internal error. */
function expectCleanStderr(run: Run): void {
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stderr).not.toMatch(/internal error|TypeError|RangeError|SyntaxError|ReferenceError/);
  for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^(erscan: |Run erscan --help)/);
}

function ruleError(dir: string): string {
  try {
    loadRules([join(CORPUS, dir)]);
  } catch (e) {
    if (e instanceof InputError) return e.message;
    return `not an InputError: ${String(e)}`;
  }
  return 'no error';
}

const gen = tempDir('erscan-corpus-gen-');
/** A corpus file as erscan prints it (relative to the working folder, the package root here). */
const shown = (file: string) => relative(process.cwd(), join(CORPUS, file));
const errorFiles = Object.keys(CASES).filter((f) => CASES[f].kind === 'error');
const okFiles = Object.keys(CASES).filter((f) => CASES[f].kind === 'scanned' || CASES[f].kind === 'gap');
const GENERATED = ['huge.json', 'deep-array.json', 'deep-row.json'];
const cliRuns = new Map<string, { run: Run; report?: Record<string, any> }>();

beforeAll(async () => {
  // Generated cases: too big or too deep to commit.
  const huge = join(gen, 'huge.json');
  closeSync(openSync(huge, 'w'));
  truncateSync(huge, 513 * 1024 * 1024); // sparse: refused on its size before a byte is read
  writeFileSync(join(gen, 'deep-array.json'), '['.repeat(100_000) + ']'.repeat(100_000));
  writeFileSync(join(gen, 'deep-row.json'), `[{"id":"/subscriptions/x/providers/Microsoft.Network/expressRouteCircuits/deep","type":"microsoft.network/expressroutecircuits","properties":${'{"a":'.repeat(300)}1${'}'.repeat(300)}}]`);
  writeFileSync(join(gen, 'deep-config.yaml'), `rules: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
  mkdirSync(join(gen, 'no-json'));
  writeFileSync(join(gen, 'no-json', 'README.md'), '# not an input\n');
  mkdirSync(join(gen, 'mixed'));
  copyFileSync(join(CORPUS, 'valid-rows.json'), join(gen, 'mixed', 'valid.json'));
  writeFileSync(join(gen, 'mixed', 'package.json'), '{"name":"x","version":"1.0.0"}');
  writeFileSync(join(gen, 'mixed', 'notes.txt.json'), 'plain text, not JSON');
  writeFileSync(join(gen, 'mixed', 'README.md'), '# readme\n');

  ensureBuilt();
  const jobs: [string, () => Promise<{ run: Run; report?: Record<string, any> }>][] = [
    ['every-bad-input', () => scanCli([join(CORPUS, 'valid-rows.json'), ...errorFiles.map((f) => join(CORPUS, f)), ...GENERATED.map((f) => join(gen, f)), join(gen, 'does-not-exist.json')])],
    ['every-good-input', () => scanCli(okFiles.map((f) => join(CORPUS, f)))],
    ['require-complete', () => scanCli([join(CORPUS, 'graph-cli-skip-token.json')], ['--require-complete'])],
    ['deep-config', () => scanCli([join(CORPUS, 'valid-rows.json')], ['--config', join(gen, 'deep-config.yaml')])],
    ['rules-alias-bomb', () => scanCli([join(CORPUS, 'valid-rows.json')], ['--rules', join(CORPUS, 'rules-alias-bomb')])],
    ['rules-deep-condition', () => scanCli([join(CORPUS, 'valid-rows.json')], ['--rules', join(CORPUS, 'rules-deep-condition')])],
  ];
  const outcomes = await pool(jobs, 2, ([, job]) => job());
  jobs.forEach(([name], i) => cliRuns.set(name, outcomes[i]));
}, 120_000);

describe('bad-input corpus: each file through the scan pipeline', () => {
  it.each(Object.entries(CASES))('%s', async (file, want) => {
    const { code, errors, report } = await scanInProcess([join(CORPUS, file)]);
    if (want.kind === 'error') {
      expect(code).toBe(2);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(want.message);
      expect(errors[0]).not.toContain('\n');
      // The report is still written, and says what was not read.
      expect(report.coverage.complete).toBe(false);
      expect(report.coverage.gaps.map((g: { scope: string }) => g.scope)).toEqual([shown(file)]);
    } else if (want.kind === 'rows') {
      expect(code).toBe(2);
      expect(errors).toHaveLength(want.messages.length);
      want.messages.forEach((m, i) => expect(errors[i]).toMatch(m));
      for (const e of errors) expect(e).not.toContain('\n');
      expect(report.inventory.circuits).toBe(want.circuits);
      expect(report.coverage.complete).toBe(false);
      expect(new Set(report.coverage.gaps.map((g: { scope: string }) => g.scope))).toEqual(new Set([shown(file)]));
    } else {
      expect(errors).toEqual([]);
      expect(code).toBe(want.empty ? 2 : 0);
      expect(report.inventory.circuits).toBe(want.circuits);
      if (want.kind === 'gap') {
        expect(report.coverage.complete).toBe(false);
        expect(report.coverage.gaps.some((g: { reason: string }) => want.reason.test(g.reason))).toBe(true);
      } else {
        expect(report.coverage).toEqual({ complete: true, gaps: [] });
        if (want.notice) expect(report.notices.some((n: string) => want.notice!.test(n))).toBe(true);
      }
    }
  });

  it('odd casing: relations still resolve (two circuits in two locations serve the gateway)', async () => {
    const { report } = await scanInProcess([join(CORPUS, 'odd-casing.json')]);
    expect(report.inventory).toMatchObject({ circuits: 2, gateways: 1, connections: 2 });
    // ERS-RED-004-style location diversity holds: no finding says the gateway lacks a second location.
    expect(report.findings.filter((f: { resourceId: string; message: string }) => /gw-az/i.test(f.resourceId) && /peering location/i.test(f.message))).toEqual([]);
  });

  it('__proto__ keys are plain data: nothing is polluted and no value is inherited', async () => {
    const { report } = await scanInProcess([join(CORPUS, 'proto-keys.json')]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(report.inventory.circuits).toBe(1);
  });
});

describe('bad-input corpus: rule folders from users', () => {
  it.each(Object.entries(RULE_CASES))('%s is refused as bad input', (dir, message) => {
    expect(ruleError(dir)).toMatch(message);
  });

  it.each(['rules-alias-bomb', 'rules-deep-condition'])('%s: the CLI exits 2 with one line (these were internal errors)', (dir) => {
    const { run } = cliRuns.get(dir)!;
    expectCleanStderr(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(RULE_CASES[dir]);
  });

  it('renders message placeholders as data, never as code', async () => {
    const { report } = await scanInProcess([join(CORPUS, 'valid-rows.json')], { rules: [join(CORPUS, 'rules-template-injection')] });
    const f = report.findings.find((x: { ruleId: string }) => x.ruleId === 'XRB-007');
    expect(f.message).toBe('(not set) (not set) {{7*7}} ${process.env.HOME} er-good-1 has no Premium tier.');
  });
});

describe('bad-input corpus: generated cases', () => {
  it('a file over the size limit is refused before it is read', async () => {
    const { code, errors } = await scanInProcess([join(gen, 'huge.json')]);
    expect(code).toBe(2);
    expect(errors[0]).toMatch(/huge\.json: expected a file of at most 512 MiB, found 513 MiB/);
  });

  it('100,000 levels of nesting are refused with a position', async () => {
    const { errors } = await scanInProcess([join(gen, 'deep-array.json')]);
    expect(errors[0]).toMatch(/deep-array\.json:1:257: expected JSON nested at most 256 levels deep/);
  });

  it('a row nested 300 levels deep is refused', async () => {
    const { errors } = await scanInProcess([join(gen, 'deep-row.json')]);
    expect(errors[0]).toMatch(/deep-row\.json:1:\d+: expected JSON nested at most 256 levels deep/);
  });

  it('a folder without JSON files is an error naming the folder', async () => {
    const { code, errors } = await scanInProcess([join(gen, 'no-json')]);
    expect(code).toBe(2);
    expect(errors[0]).toMatch(/no-json: expected a directory containing JSON inputs, found no \.json files/);
  });

  it('a folder: inputs of no known format are skipped with a notice, the rest is scanned', async () => {
    const { code, report } = await scanInProcess([join(gen, 'mixed')]);
    expect(code).toBe(0);
    expect(report.inventory.circuits).toBe(1);
    expect(report.notices.some((n: string) => /skipped 2 files of no known format/.test(n))).toBe(true);
  });

  it.runIf(process.getuid?.() !== 0)('an unreadable file is an error naming it', async () => {
    const f = join(gen, 'unreadable.json');
    writeFileSync(f, '[]');
    chmodSync(f, 0o000);
    const { errors } = await scanInProcess([f]);
    expect(errors[0]).toMatch(/unreadable\.json: expected a readable file, found permission denied/);
  });
});

describe('bad-input corpus: the CLI process', () => {
  it('every bad input at once beside a good one: one line per bad file, each a gap, the good one scanned, exit 2', () => {
    const { run, report } = cliRuns.get('every-bad-input')!;
    expectCleanStderr(run);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('erscan: error: '));
    const bad = [...errorFiles.map(shown), ...GENERATED.map((f) => join(gen, f)), join(gen, 'does-not-exist.json')];
    expect(lines).toHaveLength(bad.length);
    for (const f of errorFiles) expect(lines.filter((l) => CASES[f].kind === 'error' && (CASES[f] as { message: RegExp }).message.test(l))).toHaveLength(1);
    expect(run.stderr).toContain(`${bad.length} input(s) could not be read in full`);
    expect(report!.inventory.circuits).toBe(1);
    expect(report!.coverage.complete).toBe(false);
    expect(new Set(report!.coverage.gaps.map((g: { scope: string }) => g.scope))).toEqual(new Set(bad));
  });

  it('every readable corpus file at once: scanned, the paging gaps (and the snapshot without coverage) listed, nothing on stderr but the report path', () => {
    const { run, report } = cliRuns.get('every-good-input')!;
    expectCleanStderr(run);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/error/);
    expect(report!.coverage.gaps).toHaveLength(4);
  });

  it('--require-complete turns a gap into exit 3', () => {
    const { run, report } = cliRuns.get('require-complete')!;
    expectCleanStderr(run);
    expect(run.code).toBe(3);
    expect(report!.coverage.complete).toBe(false);
  });

  it('a YAML config nested 50,000 levels deep is bad input, not a crash', () => {
    const { run } = cliRuns.get('deep-config')!;
    expectCleanStderr(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/deep-config\.yaml:1:\d+: expected valid YAML/);
  });
});
