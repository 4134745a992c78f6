// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/util/errors.js
import { isAbsolute, relative, resolve } from "node:path";
var InputError = class extends Error {
  file;
  jsonPath;
  expected;
  found;
  constructor(file, jsonPath2, expected, found) {
    super(formatInputError(file, jsonPath2, expected, found));
    this.file = file;
    this.jsonPath = jsonPath2;
    this.expected = expected;
    this.found = found;
    this.name = "InputError";
  }
};
function displayPath(path, cwd = process.cwd()) {
  const m = /^([\s\S]*?)(:\d+:\d+)?$/.exec(path);
  const [file, pos = ""] = [m[1], m[2]];
  if (file === "")
    return path;
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel === "")
    return `.${pos}`;
  return (!rel.startsWith("..") && !isAbsolute(rel) ? rel : abs) + pos;
}
function formatInputError(file, jsonPath2, expected, found) {
  const shown = displayPath(file);
  const where = jsonPath2 ? `${shown}: at ${jsonPath2}` : shown;
  return `${where}: expected ${expected}${found !== void 0 ? `, found ${found}` : ""}`;
}
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function describeValue(v) {
  if (v === void 0)
    return "nothing";
  if (v === null)
    return "null";
  if (Array.isArray(v))
    return `an array of ${v.length}`;
  if (typeof v === "object")
    return "an object";
  if (typeof v === "string")
    return quotable(v) ? JSON.stringify(v) : `a string of ${v.length} characters`;
  return `${typeof v} ${String(v)}`;
}
function quotable(s) {
  if (s.length > 24 || !/^[A-Za-z0-9 ._/-]*$/.test(s))
    return false;
  return !(s.length >= 12 && /\d/.test(s) && /[A-Za-z]/.test(s)) && !/\d{5,}|[0-9a-f]{8}-/i.test(s);
}
function jsonPath(parts) {
  let out = "$";
  for (const p of parts)
    out += typeof p === "number" ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`;
  return out;
}
var NothingReadError = class extends Error {
  exitCode;
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
    this.name = "NothingReadError";
  }
};

export {
  InputError,
  displayPath,
  UsageError,
  describeValue,
  jsonPath,
  NothingReadError
};
