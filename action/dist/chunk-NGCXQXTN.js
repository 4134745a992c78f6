// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  packagePath
} from "./chunk-U5NJNZAI.js";

// dist/version.js
import { readFileSync } from "node:fs";
var TOOL_VERSION = JSON.parse(readFileSync(packagePath("package.json"), "utf8")).version;

export {
  TOOL_VERSION
};
