import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/**
 * Writes one report into the output folder atomically (write a temporary file, then rename), so an
 * interrupted run never leaves a half-written report. Names are plain file names: nothing is ever
 * written outside `outDir`.
 */
export function writeReport(outDir: string, name: string, content: string): string {
  if (basename(name) !== name || name === '.' || name === '..') throw new Error(`report name ${JSON.stringify(name)} must be a plain file name`);
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, name);
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return target;
}
