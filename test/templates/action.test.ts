import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The composite action's scan and gate steps, run as GitHub would run them (bash, inputs through
// the environment, outputs through $GITHUB_OUTPUT), against the PR-gating fixtures.

const root = join(import.meta.dirname, '..', '..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: { id?: string; name?: string; uses?: string; run?: string; env?: Record<string, string>; if?: string; with?: Record<string, string> }[] };
};
const step = (name: string) => action.runs.steps.find((s) => s.name === name)!;
let tmp: string;

beforeAll(() => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  tmp = mkdtempSync(join(tmpdir(), 'erscan-action-'));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runScanStep(inputs: Record<string, string>, name: string) {
  const out = join(tmp, `${name}.out`);
  const summary = join(tmp, `${name}.summary.md`);
  writeFileSync(out, '');
  writeFileSync(summary, '');
  const value = (k: string) => inputs[k] ?? action.inputs[k].default ?? '';
  const env = {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
    ERSCAN_BIN: join(root, 'bin', 'erscan.js'),
    ERSCAN_PATHS: value('paths'),
    ERSCAN_FORMAT: value('format'),
    ERSCAN_FAIL_ON: value('fail-on'),
    ERSCAN_BASELINE: value('baseline'),
    ERSCAN_CATEGORY: value('category'),
    ERSCAN_CONFIG: value('config'),
    ERSCAN_OUT: join(tmp, name),
    ERSCAN_ARGS: value('args'),
    ERSCAN_SUMMARY: value('job-summary'),
  };
  const r = spawnSync('bash', ['-e', '-c', step('Scan').run!], { cwd: root, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(
    readFileSync(out, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  const gate = spawnSync('bash', ['-e', '-c', step('Gate').run!], { env: { PATH: process.env.PATH, CODE: outputs['exit-code'], FAIL_ON: value('fail-on'), BASELINE: value('baseline') }, encoding: 'utf8' });
  return { step: r, outputs, gate, summary: readFileSync(summary, 'utf8') };
}

describe('action.yml', () => {
  it('is a composite action that uploads SARIF with codeql-action/upload-sarif before gating', () => {
    expect(action.runs.using).toBe('composite');
    const names = action.runs.steps.map((s) => s.name ?? s.uses);
    expect(names.indexOf('Upload SARIF to code scanning')).toBeLessThan(names.indexOf('Gate'));
    expect(step('Upload SARIF to code scanning').uses).toBe('github/codeql-action/upload-sarif@v4');
    expect(step('Gate').if).toMatch(/always\(\)/);
  });

  it('scans the PR, writes SARIF and a job summary, and the gate step fails the job', () => {
    const r = runScanStep({ paths: 'test/fixtures/iac/pr/after', category: 'erscan/iac' }, 'after');
    expect(r.step.status).toBe(0); // the scan step never fails: the upload must still run
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.outputs['sarif-file']).toMatch(/after\/report\.sarif$/);
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8'));
    expect(sarif.runs[0].automationDetails.id).toBe('erscan/iac/');
    expect(r.summary).toMatch(/ERS-RED-004/);
    // The findings are in the step's log too, whatever reports the formats ask for.
    expect(r.step.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/HIGH +ERS-RED-004 ergw-weu-hub test\/fixtures\/iac\/pr\/after\/arm\/azuredeploy\.json:\d+/);
    expect(r.gate.status).toBe(1);
    expect(r.gate.stdout).toMatch(/::error title=erscan::findings at or above the threshold \(the config's failOn, else high\)/);
  });

  it("never passes off an earlier scan's reports as this one's (a scan that stopped at bad usage writes none)", () => {
    const first = runScanStep({ paths: 'test/fixtures/iac/pr/after', category: 'erscan/iac' }, 'twice');
    expect(first.outputs['sarif-file']).toMatch(/twice\/report\.sarif$/);
    // The same output folder, a bad fail-on: erscan writes nothing, so there is no SARIF to upload and no summary.
    const second = runScanStep({ paths: 'test/fixtures/iac/pr/after/terraform', 'fail-on': 'severe' }, 'twice');
    expect(second.outputs['exit-code']).toBe('2');
    expect(second.outputs['sarif-file']).toBe('');
    expect(second.summary).toBe('');
    expect(second.gate.status).toBe(2);
  });

  it('says what gates: undecided findings at fail-on do not, and with a baseline only new ones do', () => {
    // pr/before: ERS-RED-001 (high) is undecided on the three gateways (one location in these files; two locations whose
    // private peerings' state the templates do not set; two, one of them a circuit the files declare no private peering
    // of), nothing high fails.
    const before = runScanStep({ paths: 'test/fixtures/iac/pr/before' }, 'undecided');
    expect(before.outputs['exit-code']).toBe('0');
    expect(before.summary).toMatch(/\| High \| 3 \|/);
    expect(before.gate.stdout).toMatch(/^erscan: no failing finding at or above the threshold \(the config's failOn, else high\) \(undecided findings gate only with --fail-on-unknown/m);
    expect(runScanStep({ paths: 'test/fixtures/iac/pr/before', 'fail-on': 'none' }, 'none').gate.stdout).toMatch(/fail-on is none: findings are reported and never fail the check/);
  });

  it('gates on new findings only when given a baseline, and passes once the PR is fixed', () => {
    const base = runScanStep({ paths: 'test/fixtures/iac/pr/before', 'fail-on': 'none', format: 'json' }, 'base');
    expect(base.outputs['exit-code']).toBe('0');
    const baseline = join(tmp, 'base', 'report.json');
    const pr = runScanStep({ paths: 'test/fixtures/iac/pr/after', baseline }, 'pr');
    expect(pr.outputs['exit-code']).toBe('1');
    expect(pr.gate.stdout).toMatch(/::error title=erscan::new findings at or above the threshold \(the config's failOn, else high\)/);
    const fixed = runScanStep({ paths: 'test/fixtures/iac/pr/fixed', baseline }, 'fixed');
    expect(fixed.outputs['exit-code']).toBe('0');
    expect(fixed.gate.status).toBe(0);
  });

  it("without a fail-on input, the config's failOn decides; given, the input overrides it", () => {
    const config = join(tmp, 'erscan.yaml');
    writeFileSync(config, 'failOn: none\n');
    const byConfig = runScanStep({ paths: 'test/fixtures/iac/pr/after', config, format: 'json' }, 'by-config');
    expect(byConfig.outputs['exit-code']).toBe('0');
    const byInput = runScanStep({ paths: 'test/fixtures/iac/pr/after', config, format: 'json', 'fail-on': 'high' }, 'by-input');
    expect(byInput.outputs['exit-code']).toBe('1');
    expect(byInput.gate.stdout).toMatch(/::error title=erscan::findings at or above high/);
  });

  it('refuses a boolean input other than true or false, and a fail-on that is no severity, before the scan', () => {
    const check = (env: Record<string, string>) => {
      const out = join(tmp, `check-${Object.values(env).join('-') || 'defaults'}.out`);
      writeFileSync(out, '');
      const defaults = { UPLOAD: 'true', UPLOAD_INCOMPLETE: 'false', SUMMARY: 'true', FAIL_ON: '', NODE_VERSION: '' };
      const r = spawnSync('bash', ['-e', '-c', step('Check inputs').run!], { env: { PATH: process.env.PATH, GITHUB_OUTPUT: out, ...defaults, ...env }, encoding: 'utf8' });
      return { status: r.status, stdout: r.stdout, outputs: readFileSync(out, 'utf8') };
    };
    const yes = check({ UPLOAD: 'True' });
    expect(yes.status).toBe(2);
    expect(yes.stdout).toContain('::error title=erscan::input upload-sarif is "True": expected true or false');
    expect(check({ SUMMARY: 'yes' }).status).toBe(2);
    expect(check({ FAIL_ON: 'hgh' }).stdout).toContain('input fail-on is "hgh": expected critical, high, medium, low, info or none');
    // This job's Node (20.19+) runs erscan: setup-node is skipped, so the job's Node is left as it was.
    const ok = check({});
    expect(ok.status).toBe(0);
    expect(ok.outputs).toBe('setup-node=false\n');
    expect(check({ NODE_VERSION: '22' }).outputs).toBe('setup-node=true\nnode-version=22\n');
    expect(action.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.if).toContain("steps.inputs.outputs.setup-node == 'true'");
  });

  it('passes bad input through as exit code 2 and the gate fails with it', () => {
    const r = runScanStep({ paths: 'test/fixtures/iac/does-not-exist.json' }, 'bad');
    expect(r.outputs['exit-code']).toBe('2');
    expect(r.gate.status).toBe(2);
  });
});
