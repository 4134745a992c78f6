// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  MAX_RESOURCE_PATTERN,
  MAX_RULE_PATTERN,
  applySuppressions,
  refuseBlanketSuppressions,
  refuseSuppressionsOfNoRule
} from "./chunk-AB74P5EQ.js";
import "./chunk-2ZF4RDC5.js";
import "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";
export {
  MAX_RESOURCE_PATTERN,
  MAX_RULE_PATTERN,
  applySuppressions,
  refuseBlanketSuppressions,
  refuseSuppressionsOfNoRule
};
