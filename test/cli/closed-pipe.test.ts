import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers/cli.js';

/**
 * A reader that goes away (`erscan rules list | head -1`) ends erscan's output, not its run: no stack
 * trace, and the exit code stays the verdict (an unhandled EPIPE exited 1, "findings", whatever the scan found).
 */
function runWithClosedPipes(args: string[], close: ('stdout' | 'stderr')[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the process has started: its first write finds no reader.
    for (const s of close) child[s].destroy();
    let stderr = '';
    if (!close.includes('stderr')) child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output to a reader that has gone away', () => {
  it('`rules list` into a closed pipe exits 0 without a stack trace', async () => {
    const r = await runWithClosedPipes(['rules', 'list'], ['stdout']);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(r.code).toBe(0);
  });

  it('a scan that reads nothing still exits 2 when its console report and errors have no reader', async () => {
    const empty = join(tempDir(), 'empty');
    mkdirSync(empty);
    const r = await runWithClosedPipes(['scan', empty], ['stdout', 'stderr']);
    expect(r.code).toBe(2);
  });

  it('a clean scan exits 0 when its console report has no reader', async () => {
    const r = await runWithClosedPipes(['scan', 'examples/estate', '--fail-on', 'none'], ['stdout']);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(r.code).toBe(0);
  });
});
