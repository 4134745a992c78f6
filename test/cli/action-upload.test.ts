import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempDir } from '../helpers/cli.js';
import { ensureBuilt } from '../robustness/support.js';

/**
 * The composite action does not upload the SARIF of an incomplete scan unless asked: an upload under
 * a fixed category replaces that category's analysis, so every alert of a scope that was not read
 * would be closed as fixed. The Scan and "Decide the SARIF upload" steps run as GitHub runs them.
 */
interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { steps: Step[] } };
const step = (name: string) => action.runs.steps.find((s) => s.name === name)!;

function outputsOf(file: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

function scanThenDecide(paths: string, inputs: Record<string, string> = {}, github: Record<string, string> = {}) {
  const tmp = tempDir('erscan-action-upload-');
  const value = (k: string) => inputs[k] ?? action.inputs[k].default ?? '';
  const scanOut = join(tmp, 'scan.out');
  writeFileSync(scanOut, '');
  const scan = spawnSync('bash', ['-e', '-c', step('Scan').run!], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      GITHUB_OUTPUT: scanOut,
      ERSCAN_BIN: join(ROOT, 'bin', 'erscan.js'),
      ERSCAN_PATHS: paths,
      ERSCAN_FORMAT: value('format'),
      ERSCAN_FAIL_ON: 'none',
      ERSCAN_BASELINE: '',
      ERSCAN_CATEGORY: 'erscan/test',
      ERSCAN_CONFIG: '',
      ERSCAN_OUT: join(tmp, 'out'),
      ERSCAN_ARGS: '',
      ERSCAN_SUMMARY: 'false',
    },
  });
  expect(scan.status).toBe(0);
  const decideOut = join(tmp, 'decide.out');
  writeFileSync(decideOut, '');
  const decide = spawnSync('bash', ['-e', '-c', step('Decide the SARIF upload').run!], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, GITHUB_OUTPUT: decideOut, SARIF: outputsOf(scanOut)['sarif-file'], UPLOAD: value('upload-sarif'), UPLOAD_INCOMPLETE: value('upload-incomplete-sarif'), EVENT: 'push', HEAD_REPO: '', REPO: 'org/infra', ...github },
  });
  expect(decide.status).toBe(0);
  return { scan: outputsOf(scanOut), upload: outputsOf(decideOut).upload, log: decide.stdout };
}

describe('action.yml: the SARIF of an incomplete scan', () => {
  beforeAll(() => ensureBuilt());

  it('the upload step runs only when the decision says so, and comes before the gate', () => {
    const upload = step('Upload SARIF to code scanning');
    expect(upload.if).toMatch(/steps\.sarif-upload\.outputs\.upload == 'true'/);
    expect(step('Decide the SARIF upload').id).toBe('sarif-upload');
    expect(action.inputs['upload-incomplete-sarif'].default).toBe('false');
    const names = action.runs.steps.map((s) => s.name);
    expect(names.indexOf('Decide the SARIF upload')).toBeLessThan(names.indexOf('Upload SARIF to code scanning'));
  });

  it('an incomplete scan (one page of several) is not uploaded, with a warning saying why', () => {
    const r = scanThenDecide('test/robustness/corpus/graph-cli-skip-token.json');
    expect(r.scan['exit-code']).toBe('0');
    expect(r.upload).toBe('false');
    expect(r.log).toMatch(/::warning title=erscan::coverage is incomplete, so report\.sarif is not uploaded: an upload under its category would close the alerts of everything that was not read/);
  });

  it('upload-incomplete-sarif: true uploads it anyway, with a warning', () => {
    const r = scanThenDecide('test/robustness/corpus/graph-cli-skip-token.json', { 'upload-incomplete-sarif': 'true' });
    expect(r.upload).toBe('true');
    expect(r.log).toMatch(/uploading report\.sarif anyway/);
  });

  it('a pull request from a fork (read-only token) skips the upload with a notice; one from a branch uploads', () => {
    const env = (head: string) => ({ EVENT: 'pull_request', HEAD_REPO: head, REPO: 'org/infra' });
    const fork = scanThenDecide('test/robustness/corpus/valid-rows.json', {}, env('someone/infra'));
    expect(fork.upload).toBe('false');
    expect(fork.log).toMatch(/::notice title=erscan::a pull request from a fork \(someone\/infra\) cannot upload SARIF/);
    expect(scanThenDecide('test/robustness/corpus/valid-rows.json', {}, env('org/infra')).upload).toBe('true');
  });

  it('a complete scan is uploaded; upload-sarif: false never uploads', () => {
    expect(scanThenDecide('test/robustness/corpus/valid-rows.json').upload).toBe('true');
    expect(scanThenDecide('test/robustness/corpus/valid-rows.json', { 'upload-sarif': 'false' }).upload).toBe('false');
  });
});
