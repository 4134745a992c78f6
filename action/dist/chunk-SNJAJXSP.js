// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  compareText
} from "./chunk-X6A6OTOC.js";
import {
  InputError
} from "./chunk-UNOFXXSK.js";

// dist/util/walk.js
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
function walkFiles(dir, o) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const walk = (d) => {
    let real;
    try {
      real = realpathSync(d);
    } catch (e) {
      o.errors.push(new InputError(d, "", "a readable folder", linkProblem(e)));
      return;
    }
    if (seen.has(real))
      return;
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (e) {
      o.errors.push(new InputError(d, "", "a readable folder", linkProblem(e)));
      return;
    }
    for (const e of entries.sort((a, b) => compareText(a.name, b.name))) {
      const p = join(d, e.name);
      if (e.name.includes("\uFFFD") && !exists(p)) {
        if (o.accept(e.name) || e.isDirectory() || !e.name.includes("."))
          o.errors.push(new InputError(p, "", "a file or folder name in UTF-8", "a name that is not valid UTF-8 (rename it)"));
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
          if (o.accept(e.name) || !e.name.includes("."))
            o.errors.push(new InputError(p, "", "a symbolic link to a readable file or folder", linkProblem(err)));
          continue;
        }
      }
      if (isDir) {
        if (!o.skipDir(e.name))
          walk(p);
      } else if (o.accept(e.name)) {
        const target = isFile ? realpathSync(p) : p;
        if (seen.has(target))
          continue;
        seen.add(target);
        out.push(p);
      }
    }
  };
  walk(dir);
  return out;
}
function exists(p) {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
function linkProblem(e) {
  const code = e?.code;
  if (code === "ENOENT")
    return "a broken link (its target does not exist)";
  if (code === "ELOOP")
    return "a loop of symbolic links";
  if (code === "EACCES" || code === "EPERM")
    return "permission denied";
  return code ?? "a link that cannot be followed";
}

export {
  walkFiles
};
