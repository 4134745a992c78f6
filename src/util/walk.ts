import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './errors.js';
import { compareText } from './collate.js';

export interface WalkOptions {
  /** Files to list, by name. */
  accept(name: string): boolean;
  /** Folders not to enter, by name. */
  skipDir(name: string): boolean;
  /** Links that cannot be followed (and folders that cannot be read) are added here, never skipped in silence. */
  errors: InputError[];
}

/**
 * The files under a folder that `accept` takes (sorted, so output never depends on readdir order).
 * Symbolic links are followed, to files and to folders alike: each file and folder is visited once (by
 * its real path), so a link loop or a second link to the same file ends there. A link that cannot be
 * followed (broken, a loop of links, no permission) is an input error naming it, when it would have
 * been read (a name `accept` takes, or a folder's name, without a dot).
 */
export function walkFiles(dir: string, o: WalkOptions): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (d: string) => {
    let real: string;
    try {
      real = realpathSync(d);
    } catch (e) {
      o.errors.push(new InputError(d, '', 'a readable folder', linkProblem(e)));
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (e) {
      // A folder inside the walk that cannot be listed (no permission): named, the rest is walked.
      o.errors.push(new InputError(d, '', 'a readable folder', linkProblem(e)));
      return;
    }
    for (const e of entries.sort((a, b) => compareText(a.name, b.name))) {
      const p = join(d, e.name);
      // A name that is not valid UTF-8 comes back with U+FFFD in place of its bytes, and no file has that
      // name: it cannot be opened by it. Named when it would have been read, never an internal error.
      if (e.name.includes('\uFFFD') && !exists(p)) {
        if (o.accept(e.name) || e.isDirectory() || !e.name.includes('.')) o.errors.push(new InputError(p, '', 'a file or folder name in UTF-8', 'a name that is not valid UTF-8 (rename it)'));
        continue;
      }
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          if (o.accept(e.name) || !e.name.includes('.')) o.errors.push(new InputError(p, '', 'a symbolic link to a readable file or folder', linkProblem(err)));
          continue;
        }
      }
      if (isDir) {
        if (!o.skipDir(e.name)) walk(p);
      } else if (o.accept(e.name)) {
        // Regular files and links to them; anything else so named (a pipe, a device) is listed, and
        // refused by the reader with its reason.
        const target = isFile ? realpathSync(p) : p;
        if (seen.has(target)) continue;
        seen.add(target);
        out.push(p);
      }
    }
  };
  walk(dir);
  return out;
}

/** Whether a path exists as named (a link is not followed). */
function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function linkProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'a broken link (its target does not exist)';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? 'a link that cannot be followed';
}
