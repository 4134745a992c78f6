import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { InputError } from './errors.js';

/**
 * Reads a whole input file, refusing anything that is not a regular file before a byte is read:
 * a device (`/dev/zero`, `/dev/urandom` would never end), a named pipe (it would wait for a
 * writer), a socket, a folder. The file is opened without blocking, so opening a pipe never
 * hangs, and the size limit counts the bytes actually read (a file under /proc reports size 0, a
 * file may grow while it is read), with the size `stat` reports refused up front when it is over.
 */
export function readBoundedFile(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    // A socket cannot be opened at all (ENXIO): say what it is.
    let st: Stats | undefined;
    try {
      st = statSync(file);
    } catch {
      st = undefined;
    }
    if (st && !st.isFile() && !st.isDirectory()) throw new InputError(file, '', 'a regular file', kindOf(st));
    throw new InputError(file, '', 'a readable file', openError(e));
  }
  try {
    let st: Stats;
    try {
      st = fstatSync(fd);
    } catch (e) {
      throw new InputError(file, '', 'a readable file', openError(e));
    }
    if (st.isDirectory()) throw new InputError(file, '', 'a file', 'a directory');
    if (!st.isFile()) throw new InputError(file, '', 'a regular file', kindOf(st));
    if (st.size > maxBytes) throw new InputError(file, '', `a file of at most ${size(maxBytes)}`, `${Math.round(st.size / 1024 / 1024)} MiB`);
    // One buffer of the size stat reports (plus one byte, to notice growth); grown if more arrives.
    let buf = Buffer.allocUnsafe(Math.min(st.size + 1 || 64 * 1024, maxBytes + 1));
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        if (total > maxBytes) throw new InputError(file, '', `a file of at most ${size(maxBytes)}`, `more than ${size(maxBytes)} (counting the bytes read)`);
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      let n: number;
      try {
        n = readSync(fd, buf, total, buf.length - total, null);
      } catch (e) {
        throw new InputError(file, '', 'a readable file', openError(e));
      }
      if (n === 0) break;
      total += n;
    }
    if (total > maxBytes) throw new InputError(file, '', `a file of at most ${size(maxBytes)}`, `more than ${size(maxBytes)} (counting the bytes read)`);
    return buf.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/** A size limit in words: `512 MiB`, or bytes below one MiB. */
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 100) / 100} MiB` : `${bytes} bytes`);

function kindOf(st: Stats): string {
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function openError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENXIO') return 'a socket or a device with nothing behind it';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  if (code === 'EISDIR') return 'a directory';
  if (code === 'EAGAIN') return 'a file that is not ready to be read (a pipe or device)';
  return code ?? 'an unreadable file';
}

/**
 * What stands at a path a setting or option names, said as the end of an error ("no such file", "a folder"), or
 * undefined when it is the kind wanted: a folder where a file belongs (or the other way round), or nothing there.
 */
export function pathMismatch(path: string, kind: 'file' | 'folder'): string | undefined {
  try {
    const st = statSync(path);
    if (kind === 'file' && st.isDirectory()) return 'a folder';
    if (kind === 'folder' && !st.isDirectory()) return 'a file';
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? `no such ${kind}` : `no ${kind} erscan can read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'unknown error')})`;
  }
}
