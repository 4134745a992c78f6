import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes `content` to `file` atomically (a temporary file in the same folder, then rename), so an
 * interrupted run never leaves a half-written file. `content` may come in pieces (a report serialised
 * as it is written, never held as one string): each is written as it comes.
 */
export function writeFileAtomic(file: string, content: string | Iterable<string>): string {
  return writeFilePending(file, content).commit();
}

/** A file written beside its target, not yet in place: `commit` renames it there, `abort` removes it. */
export interface PendingFile {
  commit(): string;
  abort(): void;
}

/** The temporary file a report is written to before it is renamed into place (its folder created). */
export function temporaryFileFor(file: string): { target: string; tmp: string } {
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  return { target, tmp: join(dirname(target), `.${basename(target)}.${process.pid}.tmp`) };
}

/** Writes `content` to a temporary file beside `file`, to be put in place (or not) later. */
export function writeFilePending(file: string, content: string | Iterable<string>): PendingFile {
  const { target, tmp } = temporaryFileFor(file);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    for (const piece of typeof content === 'string' ? [content] : content) writeAll(fd, piece);
    closeSync(fd);
    fd = undefined;
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  return {
    commit: () => {
      try {
        renameSync(tmp, target);
      } catch (e) {
        rmSync(tmp, { force: true });
        throw e;
      }
      return target;
    },
    abort: () => rmSync(tmp, { force: true }),
  };
}

/** Writes a whole string at the file's position (a write may take fewer bytes than given). */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
}

/**
 * Writes one report into the output folder, atomically. Names are plain file names: nothing is
 * ever written outside `outDir`.
 */
export function writeReport(outDir: string, name: string, content: string | Iterable<string>): string {
  return writeReportPending(outDir, name, content).commit();
}

/** The path of report `name` in `outDir`; names are plain file names, so nothing is ever written outside it. */
export function reportPath(outDir: string, name: string): string {
  if (basename(name) !== name || name === '.' || name === '..') throw new Error(`report name ${JSON.stringify(name)} must be a plain file name`);
  return join(resolve(outDir), name);
}

/** `writeReport`, with the file put in place by `commit` (or dropped by `abort`). */
export function writeReportPending(outDir: string, name: string, content: string | Iterable<string>): PendingFile {
  return writeFilePending(reportPath(outDir, name), content);
}
