import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/cli/output.js';
import { generateEstate } from '../../src/testing/synthetic.js';
import { BIN, cli, ensureBuilt, tempDir } from './support.js';

/**
 * Reports are written only inside --out, and replaced atomically: a run killed at any moment leaves
 * either the previous report or the new one, complete, never half of one.
 */

const REPORTS = ['report.json', 'report.sarif', 'report.html', 'report.md'];

describe('writeReport', () => {
  it('replaces an existing report and leaves no temporary file', () => {
    const out = tempDir();
    writeReport(out, 'report.json', 'old');
    writeReport(out, 'report.json', 'new');
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('new');
    expect(readdirSync(out)).toEqual(['report.json']);
  });

  it('when the rename fails, the temporary file is removed and the error surfaces', () => {
    const out = tempDir();
    mkdirSync(join(out, 'report.json', 'occupied'), { recursive: true }); // a non-empty directory where the report goes
    expect(() => writeReport(out, 'report.json', 'new')).toThrow();
    expect(readdirSync(out)).toEqual(['report.json']);
  });

  it.each(['../escape.json', '/tmp/abs.json', 'sub/dir.json', '..', '.'])('refuses the report name %s (nothing outside --out)', (name) => {
    const out = tempDir();
    expect(() => writeReport(out, name, 'x')).toThrow(/plain file name/);
  });
});

describe('the CLI', () => {
  const sandbox = tempDir('erscan-sandbox-');
  const out = join(sandbox, 'out');
  const small = join(sandbox, 'small.json');
  const large = join(sandbox, 'large.json');

  beforeAll(() => {
    ensureBuilt();
    writeFileSync(small, JSON.stringify(generateEstate({ circuits: 5, seed: 1 }).rows));
    writeFileSync(large, JSON.stringify(generateEstate({ circuits: 4000, seed: 2 }).rows));
  });

  it('writes only inside --out (relative to the working directory)', async () => {
    const r = await cli(['scan', 'small.json', '--out', 'out', '--format', 'json,sarif,html,markdown', '--fail-on', 'none'], { cwd: sandbox });
    expect(r.stderr).not.toMatch(/error/);
    expect(readdirSync(sandbox).sort()).toEqual(['large.json', 'out', 'small.json']);
    expect(readdirSync(out).sort()).toEqual([...REPORTS].sort());
  });

  it('a run killed at any moment leaves each report either the previous one or a complete new one', async () => {
    const previous = Object.fromEntries(REPORTS.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    // Kill scans of the large estate at increasing delays, the last ones after the reports are written.
    for (const delayMs of [200, 600, 1200, 2000, 3000]) {
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'scan', large, '--out', out, '--format', 'json,sarif,html,markdown', '--fail-on', 'none'], { stdio: 'ignore' });
        const t = setTimeout(() => child.kill('SIGKILL'), delayMs);
        child.on('exit', () => {
          clearTimeout(t);
          resolve();
        });
      });
      for (const f of REPORTS) {
        const text = readFileSync(join(out, f), 'utf8');
        if (text === previous[f]) continue;
        // A new report: complete.
        if (f.endsWith('.json') || f.endsWith('.sarif')) expect(() => JSON.parse(text), `${f} after a kill at ${delayMs} ms`).not.toThrow();
        if (f.endsWith('.html')) expect(text.trimEnd().endsWith('</html>'), `${f} after a kill at ${delayMs} ms`).toBe(true);
        if (f === 'report.json') expect(JSON.parse(text).inventory.circuits).toBe(4000);
      }
    }
    expect(existsSync(join(out, 'report.json'))).toBe(true);
  }, 120_000);
});
