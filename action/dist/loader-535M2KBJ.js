// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  BUILTIN_RULES_DIR,
  catalogueDigest,
  fixturesFileFor,
  listRuleFiles,
  loadRuleFile,
  loadRules,
  ruleFileLabel
} from "./chunk-RAYXVGZB.js";
import "./chunk-YNU5OYAA.js";
import "./chunk-A4QVIT7S.js";
import "./chunk-LV32CQDG.js";
import "./chunk-MT6ZB4U5.js";
import "./chunk-QIDG2HMB.js";
import "./chunk-BYGXN33J.js";
import "./chunk-54M4OODH.js";
import "./chunk-73WTJT6Y.js";
import "./chunk-TASHP5U3.js";
export {
  BUILTIN_RULES_DIR,
  catalogueDigest,
  fixturesFileFor,
  listRuleFiles,
  loadRuleFile,
  loadRules,
  ruleFileLabel
};
