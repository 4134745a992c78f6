// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  AJV_OPTIONS,
  expectation,
  schemaDigest,
  schemaValidator,
  toJsonPath,
  validateOrThrow
} from "./chunk-BAWUMSZC.js";
import "./chunk-U5NJNZAI.js";
import "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";
export {
  AJV_OPTIONS,
  expectation,
  schemaDigest,
  schemaValidator,
  toJsonPath,
  validateOrThrow
};
