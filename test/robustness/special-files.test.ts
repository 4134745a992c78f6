import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoundedFile } from '../../src/util/read.js';
import { BIN, CORPUS, STACK_LINE, cli, ensureBuilt, tempDir } from './support.js';
import { errorLines } from '../helpers/cli.js';

/**
 * Inputs that are not regular files are refused at once (a device never ends, a pipe waits for a
 * writer), and a folder's symbolic links are followed once each or reported, never skipped in
 * silence. Each case through the CLI: its exit code and its one line.
 */
const dir = tempDir('erscan-special-');
let server: Server;

beforeAll(async () => {
  ensureBuilt();
  execFileSync('mkfifo', [join(dir, 'pipe.json')]);
  server = createServer();
  await new Promise<void>((r) => server.listen(join(dir, 'socket.json'), r));
}, 60_000);
afterAll(() => new Promise<void>((r) => server.close(() => r())));


describe('devices, pipes and sockets', () => {
  it.each([
    ['/dev/zero', 'a character device'],
    ['/dev/urandom', 'a character device'],
    ['pipe.json', 'a named pipe (FIFO)'],
    ['socket.json', 'a socket'],
  ])('%s is refused at once: exit 2, one line', async (name, kind) => {
    const file = name.startsWith('/') ? name : join(dir, name);
    const out = tempDir('erscan-special-out-');
    // A hang (today: /dev/zero grows to gigabytes, a pipe waits for ever) is killed after 20 s and fails.
    const r = await cli(['scan', file, join(CORPUS, 'valid-rows.json'), '--format', 'json', '--out', out, '--fail-on', 'none'], { timeoutMs: 20_000 });
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([`erscan: error: ${file}: expected a regular file, found ${kind}`]);
    expect(r.stderr).not.toMatch(STACK_LINE);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.inventory.circuits).toBe(1); // the other input is scanned
    expect(report.coverage.gaps.map((g: { scope: string }) => g.scope)).toEqual([file]);
  });

  it('config, suppressions, usage and baseline files are refused the same way', async () => {
    for (const option of ['--config', '--suppressions', '--usage', '--baseline']) {
      const r = await cli(['scan', join(CORPUS, 'valid-rows.json'), option, '/dev/zero'], { timeoutMs: 20_000 });
      expect(r.code, option).toBe(2);
      expect(errorLines(r.stderr), option).toEqual(['erscan: error: /dev/zero: expected a regular file, found a character device']);
    }
  });

  it('the size limit counts the bytes read, not the size stat reports', () => {
    // /proc files report size 0 and hold more.
    expect(() => readBoundedFile('/proc/self/maps', 64)).toThrow(/expected a file of at most 64 bytes, found more than 64 bytes \(counting the bytes read\)/);
    const text = readBoundedFile('/proc/self/maps', 1024 * 1024).toString('utf8');
    expect(text.length).toBeGreaterThan(64);
  });
});

describe('symbolic links in a scanned folder', () => {
  it('links to files and folders are followed once each, loops end, broken links are named', async () => {
    const root = join(dir, 'estate');
    const other = join(dir, 'elsewhere');
    mkdirSync(root);
    mkdirSync(other);
    copyFileSync(join(CORPUS, 'valid-rows.json'), join(root, 'a.json'));
    copyFileSync(join(CORPUS, 'odd-casing.json'), join(other, 'b.json'));
    symlinkSync(join(root, 'a.json'), join(root, 'also-a.json')); // the same file twice: read once
    symlinkSync(join(other, 'b.json'), join(root, 'linked-b.json')); // a file elsewhere: read
    symlinkSync(other, join(root, 'linked-folder')); // a folder elsewhere: walked (b.json already read)
    symlinkSync(root, join(root, 'loop')); // a loop back to the root: ends
    symlinkSync(join(dir, 'gone.json'), join(root, 'broken.json')); // broken: named
    const out = tempDir('erscan-special-out-');
    const r = await cli(['scan', root, '--format', 'json', '--out', out, '--fail-on', 'none']);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([`erscan: error: ${join(root, 'broken.json')}: expected a symbolic link to a readable file or folder, found a broken link (its target does not exist)`]);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.inventory.circuits).toBe(3); // 1 in a.json + 2 in b.json, each read once
    expect(report.notices.join('\n')).not.toMatch(/duplicate/);
    expect(report.coverage.gaps.map((g: { scope: string }) => g.scope)).toEqual([join(root, 'broken.json')]);
  });

  it('a pipe named .json inside a folder is refused, not skipped and not waited on', async () => {
    const folder = join(dir, 'with-pipe');
    mkdirSync(folder);
    copyFileSync(join(CORPUS, 'valid-rows.json'), join(folder, 'a.json'));
    execFileSync('mkfifo', [join(folder, 'feed.json')]);
    writeFileSync(join(folder, 'README.md'), '# not an input\n');
    const r = await cli(['scan', folder, '--fail-on', 'none'], { timeoutMs: 20_000 });
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([`erscan: error: ${join(folder, 'feed.json')}: expected a regular file, found a named pipe (FIFO)`]);
  });

  it('a rule folder (--rules) follows its symbolic links like an input folder, and names a broken one', async () => {
    const rules = join(dir, 'rule-folder');
    const shared = join(dir, 'shared-rules');
    mkdirSync(rules);
    mkdirSync(shared);
    copyFileSync(join(process.cwd(), 'rules', 'sku', 'ERS-SKU-001.yaml'), join(shared, 'ERS-SKU-001.yaml'));
    symlinkSync(join(shared, 'ERS-SKU-001.yaml'), join(rules, 'ERS-SKU-001.yaml'));
    const { listRuleFiles } = await import('../../src/rules/loader.js');
    expect(listRuleFiles(rules)).toEqual([join(rules, 'ERS-SKU-001.yaml')]); // was skipped: not a plain file
    symlinkSync(join(dir, 'gone.yaml'), join(rules, 'ERS-X-001.yaml'));
    const r = await cli(['scan', join(CORPUS, 'valid-rows.json'), '--rules', rules, '--fail-on', 'none']);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([`erscan: error: ${join(rules, 'ERS-X-001.yaml')}: expected a symbolic link to a readable file or folder, found a broken link (its target does not exist)`]);
  });
});

describe('folders that cannot be listed and names that are not UTF-8', () => {
  /** The CLI as a user who is not root (root reads any folder): through setpriv when the tests run as root. */
  const asUser = (args: string[]) => {
    const root = process.getuid?.() === 0;
    const cmd = root ? 'setpriv' : process.execPath;
    const argv = root ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args] : [BIN, ...args];
    return spawnSync(cmd, argv, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ERSCAN_DEBUG: '' }, timeout: 60_000 });
  };
  const canDropRoot = process.getuid?.() !== 0 || spawnSync('setpriv', ['--version']).status === 0;

  it.runIf(canDropRoot)('a folder inside a scanned folder that cannot be listed is a gap naming it, the rest is scanned (was an internal error)', () => {
    const root = tempDir('erscan-special-perm-');
    chmodSync(root, 0o755);
    mkdirSync(join(root, 'estate', 'locked'), { recursive: true });
    copyFileSync(join(CORPUS, 'valid-rows.json'), join(root, 'estate', 'a.json'));
    copyFileSync(join(CORPUS, 'valid-rows.json'), join(root, 'estate', 'locked', 'b.json'));
    chmodSync(join(root, 'estate', 'locked'), 0o000);
    const out = join(root, 'out');
    mkdirSync(out, { mode: 0o777 });
    chmodSync(out, 0o777);
    const locked = join(root, 'estate', 'locked');
    const r = asUser(['scan', join(root, 'estate'), '--format', 'json', '--out', out, '--fail-on', 'none']);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.status).toBe(2);
    expect(errorLines(r.stderr)).toEqual([`erscan: error: ${locked}: expected a readable folder, found permission denied`]);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.inventory.circuits).toBe(1);
    expect(report.coverage.gaps.map((g: { scope: string }) => g.scope)).toEqual([locked]);
    // A rule folder and a folder of reports the same way: exit 2, one line.
    for (const args of [['rules', 'test', locked], ['scan', join(CORPUS, 'valid-rows.json'), '--rules', locked], ['trend', locked, '--out', out]]) {
      const x = asUser(args);
      expect(x.status, args.join(' ')).toBe(2);
      expect(errorLines(x.stderr), args.join(' ')).toEqual([`erscan: error: ${locked}: expected a readable folder, found permission denied`]);
    }
  });

  it('a file or folder whose name is not valid UTF-8 is named, the rest is scanned (was an internal error)', async () => {
    const root = join(dir, 'latin1-names');
    mkdirSync(root);
    copyFileSync(join(CORPUS, 'valid-rows.json'), join(root, 'a.json'));
    writeFileSync(Buffer.from(`${root}/caf\xe9.json`, 'latin1'), readFileSync(join(CORPUS, 'odd-casing.json')));
    mkdirSync(Buffer.from(`${root}/d\xe9p\xf4t`, 'latin1'));
    writeFileSync(Buffer.from(`${root}/notes-\xe9.txt`, 'latin1'), 'not an input'); // not read: not named
    const out = tempDir('erscan-special-out-');
    const r = await cli(['scan', root, '--format', 'json', '--out', out, '--fail-on', 'none']);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([
      `erscan: error: ${join(root, 'caf\uFFFD.json')}: expected a file or folder name in UTF-8, found a name that is not valid UTF-8 (rename it)`,
      `erscan: error: ${join(root, 'd\uFFFDp\uFFFDt')}: expected a file or folder name in UTF-8, found a name that is not valid UTF-8 (rename it)`,
    ]);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.inventory.circuits).toBe(1);
    expect(report.coverage.gaps).toHaveLength(2);
  });
});

describe('words after "--"', () => {
  it('are refused, never dropped: `scan a.json -- b.json` read a.json alone and passed', async () => {
    const good = join(CORPUS, 'valid-rows.json');
    for (const [args, found] of [
      [['scan', good, '--fail-on', 'none', '--', join(dir, 'missing.json')], `"${join(dir, 'missing.json')}"`],
      [['cost', good, '--', '-x.json'], '"-x.json"'],
      [['trend', good, '--', good], `"${good}"`],
    ] as const) {
      const r = await cli([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(errorLines(r.stderr)[0], args.join(' ')).toMatch(new RegExp(`^erscan: error: words after "--" are not read \\(found ${found.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\): name them before it`));
    }
    const r = await cli(['cost', good, '--', '-x.json']);
    expect(r.stderr).toContain('and a file whose name starts with "-" as ./-x.json');
  });
});
