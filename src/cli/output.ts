import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes `content` to `file` atomically (a temporary file in the same folder, then rename), so an
 * interrupted run never leaves a half-written file.
 */
export function writeFileAtomic(file: string, content: string): string {
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return target;
}

/**
 * Writes one report into the output folder, atomically. Names are plain file names: nothing is
 * ever written outside `outDir`.
 */
export function writeReport(outDir: string, name: string, content: string): string {
  if (basename(name) !== name || name === '.' || name === '..') throw new Error(`report name ${JSON.stringify(name)} must be a plain file name`);
  return writeFileAtomic(join(resolve(outDir), name), content);
}
