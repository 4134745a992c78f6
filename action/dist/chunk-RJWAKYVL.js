// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  UsageError,
  displayPath
} from "./chunk-UNOFXXSK.js";

// dist/cli/outdir.js
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function why(e) {
  const code = e?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "a read-only file system";
    case "ENOTDIR":
      return "a file is in the way (a part of the path is a file, not a folder)";
    case "EEXIST":
      return "a file of that name is in the way";
    case "ENOSPC":
      return "no space left on the device";
    case "ENOENT":
      return "a folder on the way cannot be created there";
    default:
      return code ?? String(e?.message ?? e);
  }
}
function makeFolder(dir) {
  const missing = [];
  for (let d = dir; kindOf(d) === "missing"; d = dirname(d)) {
    if (dirname(d) === d)
      break;
    missing.unshift(d);
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (e) {
      if (e?.code !== "EEXIST" || kindOf(d) !== "folder")
        throw e;
    }
  }
}
function probe(dir, option, what) {
  try {
    makeFolder(dir);
  } catch (e) {
    throw new UsageError(`${option} ${displayPath(dir)}: expected ${what}, but the folder cannot be created (${why(e)})`);
  }
  const file = join(dir, `.erscan-write-test-${process.pid}`);
  try {
    writeFileSync(file, "");
  } catch (e) {
    throw new UsageError(`${option} ${displayPath(dir)}: expected ${what}, but it cannot be written to (${why(e)})`);
  } finally {
    rmSync(file, { force: true });
  }
}
var kindOf = (path) => {
  try {
    const st = statSync(path);
    return st.isDirectory() ? "folder" : st.isFile() ? "file" : "other";
  } catch {
    return "missing";
  }
};
function checkOutFolder(out, option = "--out") {
  const dir = resolve(out);
  const kind = kindOf(dir);
  if (kind === "file" || kind === "other")
    throw new UsageError(`${option} ${displayPath(out)}: expected a folder to write the reports into, found ${kind === "file" ? "a file" : "something that is not a folder"} (reports are report.json, report.sarif, \u2026 inside the folder)`);
  probe(dir, option, "a folder erscan can write the reports into");
}
function checkOutFile(out, what, option = "--out") {
  const file = resolve(out);
  const kind = kindOf(file);
  if (kind === "folder")
    throw new UsageError(`${option} ${displayPath(out)}: expected a file to write ${what} to, found a folder (name the file, for example ${displayPath(join(out, "estate.json"))})`);
  if (kind === "other")
    throw new UsageError(`${option} ${displayPath(out)}: expected a file to write ${what} to, found something that is not a regular file`);
  probe(dirname(file), option, `a folder erscan can write ${what} into`);
}

// dist/cli/output.js
import { closeSync, mkdirSync as mkdirSync2, openSync, renameSync, rmSync as rmSync2, writeSync } from "node:fs";
import { basename, dirname as dirname2, join as join2, resolve as resolve2 } from "node:path";
function writeFileAtomic(file, content) {
  return writeFilePending(file, content).commit();
}
function temporaryFileFor(file) {
  const target = resolve2(file);
  mkdirSync2(dirname2(target), { recursive: true });
  return { target, tmp: join2(dirname2(target), `.${basename(target)}.${process.pid}.tmp`) };
}
function writeFilePending(file, content) {
  const { target, tmp } = temporaryFileFor(file);
  let fd;
  try {
    fd = openSync(tmp, "w");
    for (const piece of typeof content === "string" ? [content] : content)
      writeAll(fd, piece);
    closeSync(fd);
    fd = void 0;
  } catch (e) {
    if (fd !== void 0)
      closeSync(fd);
    rmSync2(tmp, { force: true });
    throw e;
  }
  return {
    commit: () => {
      try {
        renameSync(tmp, target);
      } catch (e) {
        rmSync2(tmp, { force: true });
        throw e;
      }
      return target;
    },
    abort: () => rmSync2(tmp, { force: true })
  };
}
function writeAll(fd, text) {
  const bytes = Buffer.from(text, "utf8");
  for (let off = 0; off < bytes.length; )
    off += writeSync(fd, bytes, off, bytes.length - off);
}
function writeReport(outDir, name, content) {
  return writeReportPending(outDir, name, content).commit();
}
function reportPath(outDir, name) {
  if (basename(name) !== name || name === "." || name === "..")
    throw new Error(`report name ${JSON.stringify(name)} must be a plain file name`);
  return join2(resolve2(outDir), name);
}
function writeReportPending(outDir, name, content) {
  return writeFilePending(reportPath(outDir, name), content);
}

export {
  checkOutFolder,
  checkOutFile,
  writeFileAtomic,
  temporaryFileFor,
  writeReport,
  reportPath
};
