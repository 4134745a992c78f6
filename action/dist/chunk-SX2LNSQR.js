// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/cli/output.js
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
function writeFileAtomic(file, content) {
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  let fd;
  try {
    fd = openSync(tmp, "w");
    for (const piece of typeof content === "string" ? [content] : content)
      writeAll(fd, piece);
    closeSync(fd);
    fd = void 0;
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== void 0)
      closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  return target;
}
function writeAll(fd, text) {
  const bytes = Buffer.from(text, "utf8");
  for (let off = 0; off < bytes.length; )
    off += writeSync(fd, bytes, off, bytes.length - off);
}
function writeReport(outDir, name, content) {
  if (basename(name) !== name || name === "." || name === "..")
    throw new Error(`report name ${JSON.stringify(name)} must be a plain file name`);
  return writeFileAtomic(join(resolve(outDir), name), content);
}

export {
  writeFileAtomic,
  writeReport
};
