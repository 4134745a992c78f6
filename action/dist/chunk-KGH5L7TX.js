// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  parseJson,
  readText
} from "./chunk-JPX5EDE7.js";
import {
  InputError
} from "./chunk-UNOFXXSK.js";
import {
  __require
} from "./chunk-TASHP5U3.js";

// dist/util/yaml.js
var yamlModule;
function yaml() {
  if (!yamlModule) {
    yamlModule = __require("./yaml.cjs");
  }
  return yamlModule;
}
function readDataFile(file) {
  const text = readText(file);
  if (/\.json$/i.test(file))
    return parseJson(file, text).value;
  if (text.trim() === "")
    throw new InputError(file, "", "YAML or JSON", "an empty file");
  try {
    const doc = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const [line, col] = e.linePos?.[0] ? [e.linePos[0].line, e.linePos[0].col] : [0, 0];
      throw new InputError(line ? `${file}:${line}:${col}` : file, "", "valid YAML", e.message.split("\n")[0]);
    }
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (e instanceof InputError)
      throw e;
    const found = e instanceof RangeError ? "nesting too deep to read" : String(e?.message ?? e).split("\n")[0];
    throw new InputError(file, "", "valid YAML of reasonable size (at most 100 alias expansions, bounded nesting)", found);
  }
}

export {
  readDataFile
};
