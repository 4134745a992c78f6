// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-UNOFXXSK.js";

// dist/util/read.js
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
function readBoundedFile(file, maxBytes) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    let st;
    try {
      st = statSync(file);
    } catch {
      st = void 0;
    }
    if (st && !st.isFile() && !st.isDirectory())
      throw new InputError(file, "", "a regular file", kindOf(st));
    throw new InputError(file, "", "a readable file", openError(e));
  }
  try {
    let st;
    try {
      st = fstatSync(fd);
    } catch (e) {
      throw new InputError(file, "", "a readable file", openError(e));
    }
    if (st.isDirectory())
      throw new InputError(file, "", "a file", "a directory");
    if (!st.isFile())
      throw new InputError(file, "", "a regular file", kindOf(st));
    if (st.size > maxBytes)
      throw new InputError(file, "", `a file of at most ${size(maxBytes)}`, `${Math.round(st.size / 1024 / 1024)} MiB`);
    let buf = Buffer.allocUnsafe(Math.min(st.size + 1 || 64 * 1024, maxBytes + 1));
    let total = 0;
    for (; ; ) {
      if (total === buf.length) {
        if (total > maxBytes)
          throw new InputError(file, "", `a file of at most ${size(maxBytes)}`, `more than ${size(maxBytes)} (counting the bytes read)`);
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      let n;
      try {
        n = readSync(fd, buf, total, buf.length - total, null);
      } catch (e) {
        throw new InputError(file, "", "a readable file", openError(e));
      }
      if (n === 0)
        break;
      total += n;
    }
    if (total > maxBytes)
      throw new InputError(file, "", `a file of at most ${size(maxBytes)}`, `more than ${size(maxBytes)} (counting the bytes read)`);
    return buf.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}
var size = (bytes) => bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024 * 100) / 100} MiB` : `${bytes} bytes`;
function kindOf(st) {
  if (st.isCharacterDevice())
    return "a character device";
  if (st.isBlockDevice())
    return "a block device";
  if (st.isFIFO())
    return "a named pipe (FIFO)";
  if (st.isSocket())
    return "a socket";
  return "not a regular file";
}
function openError(e) {
  const code = e?.code;
  if (code === "ENOENT")
    return "no such file";
  if (code === "EACCES" || code === "EPERM")
    return "permission denied";
  if (code === "ENXIO")
    return "a socket or a device with nothing behind it";
  if (code === "ELOOP")
    return "a loop of symbolic links";
  if (code === "EISDIR")
    return "a directory";
  if (code === "EAGAIN")
    return "a file that is not ready to be read (a pipe or device)";
  return code ?? "an unreadable file";
}
function pathMismatch(path, kind) {
  try {
    const st = statSync(path);
    if (kind === "file" && st.isDirectory())
      return "a folder";
    if (kind === "folder" && !st.isDirectory())
      return "a file";
    return void 0;
  } catch (e) {
    const code = e?.code;
    return code === "ENOENT" || code === "ENOTDIR" ? `no such ${kind}` : `no ${kind} erscan can read (${code === "EACCES" || code === "EPERM" ? "permission denied" : code ?? "unknown error"})`;
  }
}

export {
  readBoundedFile,
  pathMismatch
};
