import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError, displayPath } from '../util/errors.js';

/**
 * `--out` is checked before any work is done (a live crawl can take minutes), by doing what the
 * writers will do: create the folder and write a probe file into it. A path that names a file
 * where a folder is wanted (or the other way round), a folder that cannot be created or written to
 * (permission, a read-only file system, a file in the way) is bad usage: exit 2 with one line.
 */

function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'a read-only file system';
    case 'ENOTDIR':
      return 'a file is in the way (a part of the path is a file, not a folder)';
    case 'EEXIST':
      return 'a file of that name is in the way';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ENOENT':
      return 'a folder on the way cannot be created there';
    default:
      return code ?? String((e as Error)?.message ?? e);
  }
}

/**
 * Creates `dir` and its missing parents one level at a time (Node's `mkdirSync(…, { recursive: true })`
 * spins for ever on some file systems that refuse a folder with ENOENT, such as /proc).
 */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; kindOf(d) === 'missing'; d = dirname(d)) {
    if (dirname(d) === d) break;
    missing.unshift(d);
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException)?.code !== 'EEXIST' || kindOf(d) !== 'folder') throw e;
    }
  }
}

function probe(dir: string, option: string, what: string): void {
  try {
    makeFolder(dir);
  } catch (e) {
    throw new UsageError(`${option} ${displayPath(dir)}: expected ${what}, but the folder cannot be created (${why(e)})`);
  }
  const file = join(dir, `.erscan-write-test-${process.pid}`);
  try {
    writeFileSync(file, '');
  } catch (e) {
    throw new UsageError(`${option} ${displayPath(dir)}: expected ${what}, but it cannot be written to (${why(e)})`);
  } finally {
    rmSync(file, { force: true });
  }
}

const kindOf = (path: string): 'missing' | 'folder' | 'file' | 'other' => {
  try {
    const st = statSync(path);
    return st.isDirectory() ? 'folder' : st.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
};

/** `scan --out DIR`, `cost --out DIR`: a folder erscan can write reports into (created if missing). */
export function checkOutFolder(out: string, option = '--out'): void {
  const dir = resolve(out);
  const kind = kindOf(dir);
  if (kind === 'file' || kind === 'other') throw new UsageError(`${option} ${displayPath(out)}: expected a folder to write the reports into, found ${kind === 'file' ? 'a file' : 'something that is not a folder'} (reports are report.json, report.sarif, … inside the folder)`);
  probe(dir, option, 'a folder erscan can write the reports into');
}

/** `collect --out FILE`, `prices refresh --out FILE`: a file erscan can write (its folder created if missing). */
export function checkOutFile(out: string, what: string, option = '--out'): void {
  const file = resolve(out);
  const kind = kindOf(file);
  if (kind === 'folder') throw new UsageError(`${option} ${displayPath(out)}: expected a file to write ${what} to, found a folder (name the file, for example ${displayPath(join(out, 'estate.json'))})`);
  if (kind === 'other') throw new UsageError(`${option} ${displayPath(out)}: expected a file to write ${what} to, found something that is not a regular file`);
  probe(dirname(file), option, `a folder erscan can write ${what} into`);
}
