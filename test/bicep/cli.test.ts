import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, type CliRun } from '../helpers/cli.js';

// Bicep through the real CLI (dist/, built by `npm test` or `npm run build`). The Bicep compiler is
// not installable on the test machines: a stand-in (test/fixtures/bicep/bin/bicep, answers written
// by test/fixtures/bicep/make-fixtures.mjs) is put on PATH. Every run gets a PATH of our choosing,
// and a HOME and AZURE_CONFIG_DIR without an Azure CLI Bicep, so the machine's own tools never count.

const FIX = 'test/fixtures/bicep';
const NODE_DIR = dirname(process.execPath);
const STANDIN = join(ROOT, FIX, 'bin');
const STANDIN_AZ = join(ROOT, FIX, 'az-bin');
let home: string;
let out: string;
let empty: string;

beforeAll(() => {
  home = tempDir('erscan-bicep-home-');
  out = tempDir('erscan-bicep-out-');
  empty = tempDir('erscan-bicep-nopath-');
});
afterAll(() => {
  for (const d of [home, out, empty]) if (d) rmSync(d, { recursive: true, force: true });
});

/** Runs erscan with PATH set to exactly `path` (the stand-in needs node beside it). */
function erscan(args: string[], path: string[], env: Record<string, string> = {}): CliRun {
  return runCli(args, { env: { PATH: path.join(':'), HOME: home, AZURE_CONFIG_DIR: join(home, '.azure'), ...env } });
}
const withStandin = [STANDIN, NODE_DIR];
const noCompiler = () => [empty];

interface SarifResult {
  ruleId: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
}
const report = (dir: string) => JSON.parse(readFileSync(join(out, dir, 'report.json'), 'utf8'));
const sarif = (dir: string): SarifResult[] => JSON.parse(readFileSync(join(out, dir, 'report.sarif'), 'utf8')).runs[0].results;
const errorLines = (r: CliRun) => r.stderr.split('\n').filter((l) => l.startsWith('erscan: error:'));

/** `file:line:column` of the first line of `file` containing `needle`, at the needle's first non-blank. */
function declared(file: string, needle: string): string {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return `${file}:${i + 1}:${lines[i].search(/\S/) + 1}`;
}
const at = (r: SarifResult) => {
  const p = r.locations[0].physicalLocation;
  return `${p.artifactLocation.uri}:${p.region.startLine}:${p.region.startColumn}`;
};

describe('Bicep in a pull request', () => {
  it('before passes, the PR fails with SARIF results on the Bicep lines (module, nested child, .bicepparam value), the fix passes', () => {
    const before = erscan(['scan', `${FIX}/pr/before/infra`, '--format', 'json', '--out', join(out, 'before'), '--fail-on', 'high'], withStandin);
    expect(errorLines(before)).toEqual([]);
    expect(before.code).toBe(0);
    expect(report('before').inventory).toMatchObject({ circuits: 2, peerings: 2, gateways: 1, connections: 2 });

    const pr = erscan(['scan', `${FIX}/pr/after/infra`, '--format', 'sarif,json', '--out', join(out, 'after'), '--fail-on', 'high'], withStandin);
    expect(errorLines(pr)).toEqual([]);
    expect(pr.code).toBe(1);
    const results = sarif('after').filter((r) => ['ERS-RED-004', 'ERS-BGP-008'].includes(r.ruleId));
    const infra = `${FIX}/pr/after/infra`;
    // The gateway SKU comes from main.bicepparam; the finding is on the gateway's declaration in its module.
    expect(results.filter((r) => r.ruleId === 'ERS-RED-004').map(at)).toEqual([declared(`${infra}/modules/gateway.bicep`, "resource gateway '")]);
    // Both circuits come from one module loop: both peerings point at the nested child declaration.
    expect(results.filter((r) => r.ruleId === 'ERS-BGP-008').map(at)).toEqual([
      declared(`${infra}/modules/circuit.bicep`, 'resource privatePeering'),
      declared(`${infra}/modules/circuit.bicep`, 'resource privatePeering'),
    ]);
    // Every template result is on a .bicep file of the repository (relative to its root), never on compiled JSON.
    for (const r of sarif('after')) expect(r.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^test\/fixtures\/bicep\/pr\/after\/infra\/.+\.bicep$/);
    expect(report('after').notices).toContain('compiled 2 Bicep files with bicep on PATH (Bicep 0.36.1)');

    const fixed = erscan(['scan', `${FIX}/pr/fixed/infra`, '--format', 'json', '--out', join(out, 'fixed'), '--fail-on', 'high'], withStandin);
    expect(errorLines(fixed)).toEqual([]);
    expect(fixed.code).toBe(0);
    // Nothing high fails (ERS-RED-001 is undecided where the templates leave the private peerings' `state` out).
    expect(report('fixed').findings.filter((f: { severity: string; status?: string }) => f.severity === 'high' && f.status !== 'unknown')).toEqual([]);
  });

  it('compiles without a shell, with absolute input paths, and a file name that looks like an option is only a file', () => {
    const log = join(out, 'standin.log');
    const r = erscan(['scan', `${FIX}/pr/after/infra`, `${FIX}/dash`, '--fail-on', 'none'], withStandin, { BICEP_STANDIN_LOG: log });
    expect(errorLines(r)).toEqual([]);
    const calls = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).argv as string[]);
    expect(calls[0]).toEqual(['--version']);
    const builds = calls.slice(1);
    expect(builds.map((a) => a.slice(0, 2))).toEqual([
      ['build', '--stdout'],
      ['build', '--stdout'],
      ['build-params', '--stdout'],
    ]);
    expect(builds.map((a) => a[2].slice(ROOT.length + 1))).toEqual([`${FIX}/dash/-gw.bicep`, `${FIX}/pr/after/infra/main.bicep`, `${FIX}/pr/after/infra/main.bicepparam`]);
    // Modules are compiled as part of main.bicep, never on their own.
    expect(builds.some((a) => a[2].includes('/modules/'))).toBe(false);
  });

  it('uses az bicep when there is no bicep on PATH, and --bicep PATH when given', () => {
    const az = erscan(['scan', `${FIX}/pr/after/infra`, '--format', 'sarif,json', '--out', join(out, 'az'), '--fail-on', 'high'], [STANDIN_AZ, NODE_DIR]);
    expect(errorLines(az)).toEqual([]);
    expect(az.code).toBe(1);
    expect(report('az').notices).toContain('compiled 2 Bicep files with az bicep (Bicep 0.36.1)');
    expect(sarif('az').map(at).sort()).toEqual(sarif('after').map(at).sort());

    const given = erscan(['scan', `${FIX}/pr/after/infra`, '--format', 'json', '--out', join(out, 'given'), '--bicep', `${FIX}/bin/bicep`, '--fail-on', 'high'], [NODE_DIR]);
    expect(given.code).toBe(1);
    expect(report('given').notices).toContain('compiled 2 Bicep files with --bicep (Bicep 0.36.1)');
  });
});

describe('when Bicep cannot be compiled', () => {
  it('no compiler: one line saying how to install it, every Bicep file a coverage gap, exit 2', () => {
    const r = erscan(['scan', `${FIX}/pr/after/infra`, '--format', 'json', '--out', join(out, 'nocompiler'), '--fail-on', 'high'], noCompiler());
    expect(r.code).toBe(2);
    const lines = errorLines(r);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^erscan: error: test\/fixtures\/bicep\/pr\/after\/infra\/main\.bicep: expected a Bicep compiler \(bicep on PATH, az bicep, or --bicep PATH\) to read it and 3 more Bicep files .*found none: install the Bicep CLI \(https:\/\/aka\.ms\/bicep-install, or "az bicep install" with the Azure CLI\) or pass --bicep PATH; or scan the compiled JSON instead/);
    const gaps = report('nocompiler').coverage.gaps.map((g: { scope: string }) => g.scope).sort();
    expect(gaps).toEqual(['main.bicep', 'main.bicepparam', 'modules/circuit.bicep', 'modules/gateway.bicep'].map((f) => `${FIX}/pr/after/infra/${f}`).sort());
    expect(report('nocompiler').coverage.complete).toBe(false);
  });

  it('--bicep PATH that does not exist: the same one line, naming it', () => {
    const r = erscan(['scan', `${FIX}/pr/after/infra/main.bicep`, '--bicep', 'no/such/bicep', '--fail-on', 'none'], withStandin);
    expect(r.code).toBe(2);
    expect(errorLines(r)).toHaveLength(1);
    expect(errorLines(r)[0]).toMatch(/found none usable \(--bicep no\/such\/bicep: no such file\)/);
  });

  it('--bicep naming a folder says so (it said "no such file")', () => {
    const r = erscan(['scan', `${FIX}/pr/after/infra/main.bicep`, '--bicep', FIX, '--fail-on', 'none'], withStandin);
    expect(r.code).toBe(2);
    expect(errorLines(r)).toHaveLength(1);
    expect(errorLines(r)[0]).toContain(`found none usable (--bicep ${FIX}: a folder, not the Bicep CLI program)`);
  });

  it('a compiler error: one line naming the file, line and error; that file is a coverage gap and the rest is scanned', () => {
    const r = erscan(['scan', `${FIX}/broken`, '--format', 'json', '--out', join(out, 'broken'), '--fail-on', 'high'], withStandin);
    expect(r.code).toBe(2);
    expect(errorLines(r)).toEqual([`erscan: error: ${FIX}/broken/main.bicep:13:1: expected a Bicep file that compiles, found BCP018: Expected the "}" character at this location. (bicep build)`]);
    const rep = report('broken');
    expect(rep.coverage.gaps.map((g: { scope: string }) => g.scope)).toEqual([`${FIX}/broken/main.bicep`]);
    // hub.bicep (with hub.bicepparam) was scanned: its UltraPerformance gateway is found, on its line.
    const red004 = rep.findings.filter((f: { ruleId: string }) => f.ruleId === 'ERS-RED-004');
    expect(red004.map((f: { resourceName: string; location: { file: string; line: number } }) => `${f.resourceName} ${f.location.file}:${f.location.line}`)).toEqual([
      `ergw-hub ${declared(`${FIX}/broken/hub.bicep`, "resource gateway '").replace(/:\d+$/, '')}`,
    ]);
  });

  it('a source that does not compile beside its compiled JSON: the JSON is scanned (on the .bicep lines), the error still fails the scan', () => {
    const r = erscan(['scan', `${FIX}/broken-twin`, '--format', 'json', '--out', join(out, 'broken-twin'), '--fail-on', 'high'], withStandin);
    expect(r.code).toBe(2);
    expect(errorLines(r)).toEqual([`erscan: error: ${FIX}/broken-twin/main.bicep:13:1: expected a Bicep file that compiles, found BCP018: Expected the "}" character at this location. (bicep build)`]);
    const rep = report('broken-twin');
    expect(rep.notices).toContain(`${FIX}/broken-twin/main.bicep could not be compiled; its committed compiled form ${FIX}/broken-twin/main.json was scanned instead`);
    const f = rep.findings.find((x: { ruleId: string }) => x.ruleId === 'ERS-RED-004');
    expect(`${f.location.file}:${f.location.line}:${f.location.column}`).toBe(declared(`${FIX}/broken-twin/main.bicep`, "resource gateway '"));
  });

  it('a compiler that does not finish in time: one line, exit 2', () => {
    const r = erscan(['scan', `${FIX}/slow`, '--fail-on', 'none'], withStandin, { ERSCAN_BICEP_TIMEOUT: '1' });
    expect(r.code).toBe(2);
    expect(errorLines(r)).toEqual([`erscan: error: ${FIX}/slow/main.bicep: expected a Bicep file that compiles, found bicep build did not finish within 1 s`]);
  });
});

describe('compiled JSON committed beside its source', () => {
  const counts = { circuits: 2, peerings: 2, gateways: 1, connections: 2 };

  it('without a compiler: one deployment (main.json read as main.bicep, the module twin not scanned again), findings on the .bicep lines', () => {
    const r = erscan(['scan', `${FIX}/twin`, '--format', 'sarif,json', '--out', join(out, 'twin'), '--fail-on', 'high'], noCompiler());
    expect(errorLines(r)).toEqual([]);
    expect(r.code).toBe(0);
    const rep = report('twin');
    expect(rep.inventory).toMatchObject(counts);
    expect(rep.coverage.complete).toBe(true);
    expect(rep.notices).toContain(`read ${FIX}/twin/infra/main.json as the compiled form of the Bicep beside it (no compiler needed); findings point at the .bicep lines`);
    const circuitLine = declared(`${FIX}/twin/infra/modules/circuit.bicep`, "resource circuit '");
    expect(rep.findings.length).toBeGreaterThan(0);
    for (const f of rep.findings) expect(`${f.location.file}:${f.location.line}:${f.location.column}`).toBe(circuitLine);
    for (const r of sarif('twin')) expect(at(r)).toBe(circuitLine);
  });

  it('with a compiler: the source is compiled, the twins are still not scanned twice', () => {
    const r = erscan(['scan', `${FIX}/twin`, '--format', 'json', '--out', join(out, 'twin-compiled'), '--fail-on', 'high'], withStandin);
    expect(errorLines(r)).toEqual([]);
    expect(report('twin-compiled').inventory).toMatchObject(counts);
    expect(report('twin-compiled').notices).toContain('compiled 1 Bicep file with bicep on PATH (Bicep 0.36.1)');
  });

  it('the compiled JSON named alone: its findings still go to the .bicep lines', () => {
    const r = erscan(['scan', `${FIX}/twin/infra/main.json`, '--format', 'json', '--out', join(out, 'twin-json'), '--fail-on', 'high'], noCompiler());
    expect(errorLines(r)).toEqual([]);
    const rep = report('twin-json');
    expect(rep.inventory).toMatchObject(counts);
    for (const f of rep.findings) expect(f.location.file).toBe(`${FIX}/twin/infra/modules/circuit.bicep`);
  });

  it('says when the JSON looks older than its source, and what differs', () => {
    const r = erscan(['scan', `${FIX}/twin-stale`, '--format', 'json', '--out', join(out, 'stale'), '--fail-on', 'high'], noCompiler());
    expect(errorLines(r)).toEqual([]);
    const notice = report('stale').notices.find((n: string) => n.includes('looks older than'));
    expect(notice).toMatch(/twin-stale\/main\.json looks older than .*twin-stale\/main\.bicep \(.*parameter connectionWeight is not in the compiled template.*'HighPerformance'.*\): the findings come from the JSON as committed/);
    // With a compiler, the source is what is scanned (its default SKU is not zone-redundant).
    const c = erscan(['scan', `${FIX}/twin-stale`, '--format', 'json', '--out', join(out, 'stale-compiled'), '--fail-on', 'high'], withStandin);
    expect(c.code).toBe(1);
    expect(report('stale-compiled').notices.find((n: string) => n.includes('looks older than'))).toMatch(/erscan compiled .*main\.bicep, so the findings reflect the source/);
  });
});

describe('same verdicts as the compiled form', () => {
  it('a Bicep deployment and its compiled JSON with the same parameters give the same findings, only located differently', () => {
    const dir = join(out, 'compiled-form');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, FIX, 'compiled/pr/after/infra/main.bicep.out'), join(dir, 'main.json'));
    writeFileSync(join(dir, 'main.parameters.json'), JSON.parse(readFileSync(join(ROOT, FIX, 'compiled/pr/after/infra/main.bicepparam.out'), 'utf8')).parametersJson);
    const json = erscan(['scan', dir, '--format', 'json', '--out', join(out, 'as-json'), '--fail-on', 'none'], noCompiler());
    const bicep = erscan(['scan', `${FIX}/pr/after/infra`, '--format', 'json', '--out', join(out, 'as-bicep'), '--fail-on', 'none'], withStandin);
    expect(errorLines(json)).toEqual([]);
    expect(errorLines(bicep)).toEqual([]);
    const verdicts = (rep: { findings: Record<string, unknown>[] }) =>
      rep.findings.map((f) => JSON.stringify([f.ruleId, f.resourceId, f.severity, f.status, f.message, f.fingerprint])).sort();
    expect(report('as-bicep').findings.length).toBeGreaterThan(0);
    expect(verdicts(report('as-bicep'))).toEqual(verdicts(report('as-json')));
    expect(report('as-json').findings.every((f: { location: { file: string } }) => f.location.file.endsWith('main.json'))).toBe(true);
    expect(report('as-bicep').findings.every((f: { location: { file: string } }) => f.location.file.endsWith('.bicep'))).toBe(true);
  });
});

describe('parameter files', () => {
  it('a JSON parameter file beside a .bicep file supplies its values (paired by name, as with JSON templates)', () => {
    const r = erscan(['scan', `${FIX}/jsonparams`, '--format', 'json', '--out', join(out, 'jsonparams'), '--fail-on', 'high'], withStandin);
    expect(errorLines(r)).toEqual([]);
    expect(r.code).toBe(1);
    const f = report('jsonparams').findings.find((x: { ruleId: string }) => x.ruleId === 'ERS-RED-004');
    expect(f.message).toMatch(/HighPerformance/);
    expect(`${f.resourceName} ${f.location.file}:${f.location.line}:${f.location.column}`).toBe(`ergw-json ${declared(`${FIX}/jsonparams/main.bicep`, "resource gateway '")}`);
  });

  it('a registry module named by `using`: scanned from the compiled template, findings on the using line', () => {
    const r = erscan(['scan', `${FIX}/registry`, '--format', 'json', '--out', join(out, 'registry'), '--fail-on', 'high'], withStandin);
    expect(errorLines(r)).toEqual([]);
    expect(r.code).toBe(1);
    const f = report('registry').findings.find((x: { ruleId: string }) => x.ruleId === 'ERS-RED-004');
    expect(f).toMatchObject({ resourceName: 'ergw-prod', location: { file: `${FIX}/registry/prod.bicepparam`, line: 1, column: 1 } });
  });
});

// Azure Verified Modules (main.bicep beside the main.json CI builds from it), when a checkout is at
// hand: every finding must be on the declaration of its resource, in the right main.bicep.
const AVM = process.env.ERSCAN_AVM_NETWORK ?? '/work/ext/avm/avm/res/network';
describe.skipIf(!existsSync(AVM))('Azure Verified Modules (network)', () => {
  it('puts every finding on its resource declaration in main.bicep, reading the committed main.json (no compiler)', () => {
    const mains = readdirSync(AVM)
      .map((d) => join(AVM, d, 'main.bicep'))
      .filter((f) => existsSync(f) && statSync(f).isFile());
    const r = erscan(['scan', ...mains, '--format', 'json', '--out', join(out, 'avm'), '--fail-on', 'none'], noCompiler());
    expect(errorLines(r)).toEqual([]);
    const rep = report('avm');
    expect(rep.findings.length).toBeGreaterThan(0);
    for (const f of rep.findings) {
      expect(mains).toContain(f.location.file);
      const line = readFileSync(f.location.file, 'utf8').split('\n')[f.location.line - 1];
      const m = /^\s*resource \w+ '([^@']+)@/.exec(line);
      expect(m, `${f.ruleId} at ${f.location.file}:${f.location.line}`).not.toBeNull();
      // A child Azure creates without a declaration (a Direct port's two links) is anchored on its parent.
      const type = f.resourceType.toLowerCase();
      const declared = m![1].toLowerCase();
      expect(type === declared || (type.startsWith(`${declared}/`)), `${type} on the declaration of ${declared}`).toBe(true);
    }
  });
});
