// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/cli/output.js
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
function writeFileAtomic(file, content) {
  return writeFilePending(file, content).commit();
}
function temporaryFileFor(file) {
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  return { target, tmp: join(dirname(target), `.${basename(target)}.${process.pid}.tmp`) };
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
    abort: () => rmSync(tmp, { force: true })
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
  return join(resolve(outDir), name);
}
function writeReportPending(outDir, name, content) {
  return writeFilePending(reportPath(outDir, name), content);
}

export {
  writeFileAtomic,
  temporaryFileFor,
  writeReport,
  reportPath
};
