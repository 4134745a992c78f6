// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  LineMap,
  parseJson,
  readText,
  visit
} from "./chunk-VQAVFDJZ.js";
import {
  InputError,
  jsonPath
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
  if (/\.json$/i.test(file)) {
    const { value, lines } = parseJson(file, text);
    refuseDuplicateKeys(file, text, lines);
    return value;
  }
  if (text.trim() === "")
    throw new InputError(file, "", "YAML or JSON", "an empty file");
  try {
    const doc = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const at = e.linePos?.[0] ?? (e.pos ? new LineMap(text).position(e.pos[0]) : void 0);
      const [line, col] = at ? "col" in at ? [at.line, at.col] : [at.line, at.column] : [0, 0];
      throw new InputError(line ? `${file}:${line}:${col}` : file, "", "valid YAML", libraryWords(e.message));
    }
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (e instanceof InputError)
      throw e;
    const found = e instanceof RangeError ? "nesting too deep to read" : libraryWords(String(e?.message ?? e));
    throw new InputError(file, "", "valid YAML of reasonable size (at most 100 alias expansions, bounded nesting)", found);
  }
}
function libraryWords(message) {
  return message.split("\n")[0].replace(/: [\s\S]*$/, "");
}
function refuseDuplicateKeys(file, text, lines) {
  const objects = [];
  let duplicate;
  visit(text, {
    onObjectBegin: () => void objects.push(/* @__PURE__ */ new Set()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (property, offset, _length, _line, _column, pathSupplier) => {
      const keys = objects[objects.length - 1];
      if (!duplicate && keys.has(property))
        duplicate = { path: [...pathSupplier(), property], offset };
      keys.add(property);
    }
  });
  if (!duplicate)
    return;
  const at = lines.position(duplicate.offset);
  throw new InputError(`${file}:${at.line}:${at.column}`, jsonPath(duplicate.path), "each property once in its object", "it a second time (only one of the values could be used)");
}

// dist/util/collate.js
var COLLATOR = new Intl.Collator("en");
var compareText = COLLATOR.compare;
var byNameThenKey = (a, b) => compareText(a.name, b.name) || compareText(a.key, b.key);

export {
  readDataFile,
  refuseDuplicateKeys,
  compareText,
  byNameThenKey
};
