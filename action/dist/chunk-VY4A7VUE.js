// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/cli/output.js
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
function writeFileAtomic(file, content) {
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
function writeReport(outDir, name, content) {
  if (basename(name) !== name || name === "." || name === "..")
    throw new Error(`report name ${JSON.stringify(name)} must be a plain file name`);
  return writeFileAtomic(join(resolve(outDir), name), content);
}

export {
  writeFileAtomic,
  writeReport
};
