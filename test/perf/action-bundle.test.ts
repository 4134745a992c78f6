import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The GitHub Action runs erscan from the bundle committed in action/dist, in a checkout of the
// action with no node_modules and no dist/: here, a copy of the files git would check out (tracked
// and not ignored), in a folder with no node_modules above it, with the action bundle built from
// these sources (that the committed action/dist is that bundle is CI's check:
// `node scripts/bundle.mjs --check`).

const root = join(import.meta.dirname, '..', '..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  runs: { steps: { name?: string; run?: string; env?: Record<string, string> }[] };
};
const step = (name: string) => action.runs.steps.find((s) => s.name === name)!;
let checkout: string;
let tmp: string;

beforeAll(async () => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  tmp = mkdtempSync(join(tmpdir(), 'erscan-action-bundle-'));
  checkout = join(tmp, 'checkout');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(root, f)) || f.startsWith('action/dist/')) continue; // deleted in the work tree; the bundle comes next
    mkdirSync(dirname(join(checkout, f)), { recursive: true });
    cpSync(join(root, f), join(checkout, f));
  }
  const { bundleAction } = (await import(pathToFileURL(join(root, 'scripts', 'bundle.mjs')).href)) as {
    bundleAction: (o: { write: boolean }) => Promise<Map<string, string>>;
  };
  for (const [f, text] of await bundleAction({ write: false })) {
    mkdirSync(dirname(join(checkout, 'action', 'dist', f)), { recursive: true });
    writeFileSync(join(checkout, 'action', 'dist', f), text);
  }
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs an action step's script as GitHub would (bash, `${{ github.action_path }}` and inputs through the environment). */
function runStep(name: string, env: Record<string, string>) {
  const s = step(name);
  const stepEnv = Object.fromEntries(Object.entries(s.env ?? {}).map(([k, v]) => [k, v.replace('${{ github.action_path }}', checkout)]));
  return spawnSync('bash', ['-e', '-c', s.run!], {
    cwd: root,
    env: { PATH: process.env.PATH, GITHUB_ACTION_PATH: checkout, ...stepEnv, ...env },
    encoding: 'utf8',
  });
}

describe('the action bundle (action/dist)', () => {
  it('is in the checkout and nothing else is: no node_modules, no dist/', () => {
    expect(existsSync(join(checkout, 'action', 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(checkout, 'node_modules'))).toBe(false);
    expect(existsSync(join(checkout, 'dist'))).toBe(false);
    for (let d = checkout; d !== dirname(d); d = dirname(d)) expect(existsSync(join(d, 'node_modules'))).toBe(false);
  });

  it("runs the action's check step (erscan --version) from the checkout", () => {
    const r = runStep('Check erscan', {});
    expect(r.stderr).not.toMatch(/erscan|Error|Cannot/);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('scans a pull request with every report (HTML and YAML config included) and gates as the built CLI does', () => {
    const out = join(tmp, 'outputs');
    writeFileSync(out, '');
    const config = join(tmp, 'erscan.yaml');
    writeFileSync(config, 'failOn: high\nrules:\n  exclude: [ERS-HYG-001]\n');
    const env = {
      GITHUB_OUTPUT: out,
      ERSCAN_PATHS: 'test/fixtures/iac/pr/after',
      ERSCAN_FORMAT: 'json,sarif,markdown,html',
      ERSCAN_FAIL_ON: 'high',
      ERSCAN_BASELINE: '',
      ERSCAN_CATEGORY: 'erscan/iac',
      ERSCAN_CONFIG: config,
      ERSCAN_OUT: join(tmp, 'bundle-reports'),
      ERSCAN_ARGS: '',
      ERSCAN_SUMMARY: 'false',
    };
    const r = runStep('Scan', env);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^exit-code=1$/m);
    // The same scan by the CLI built from the sources: the same reports, byte for byte (the time aside).
    const cli = spawnSync(process.execPath, [join(root, 'bin', 'erscan.js'), 'scan', 'test/fixtures/iac/pr/after', '--format', env.ERSCAN_FORMAT, '--out', join(tmp, 'cli-reports'), '--fail-on', 'high', '--category', 'erscan/iac', '--config', config, '--color'], { cwd: root, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    const stamp = /\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?Z/g;
    for (const f of ['report.json', 'report.sarif', 'report.md', 'report.html']) {
      const a = readFileSync(join(tmp, 'bundle-reports', f), 'utf8').replace(stamp, 'T');
      const b = readFileSync(join(tmp, 'cli-reports', f), 'utf8').replace(stamp, 'T');
      expect(a.length).toBeGreaterThan(100);
      expect(a).toBe(b);
    }
  });

  it('prints help and names bad input as the unbundled CLI does (the start-up patches of string-width change no layout)', () => {
    const bin = join(checkout, 'action', 'dist', 'index.js');
    const unbundled = `import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href)}).then((m) => m.main(process.argv.slice(1)))`;
    for (const args of [['--help'], ['scan', '--help'], ['rules', 'list', '--help'], ['collect', '--help']]) {
      const help = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, COLUMNS: '80' } });
      expect(help.status).toBe(0);
      expect(help.stdout.length).toBeGreaterThan(200);
      expect(help.stdout).toBe(spawnSync(process.execPath, ['--input-type=module', '-e', unbundled, '--', ...args], { encoding: 'utf8' }).stdout);
    }
    const bad = spawnSync(process.execPath, [bin, 'scan', join(root, 'test/robustness/corpus/truncated.json')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^erscan: error: .*truncated\.json/m);
  });
});
