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
} from "./chunk-UMA45VU4.js";
import "./chunk-RE6UGQ4Q.js";
import "./chunk-P3EB7XFH.js";
import "./chunk-PZD34WQX.js";
import "./chunk-6SZT6H2Y.js";
import "./chunk-6DM37KYG.js";
import "./chunk-VHTZGQDF.js";
import "./chunk-P6ILIFNG.js";
import "./chunk-7OX6WNOG.js";
import "./chunk-IVCZO3AB.js";
import "./chunk-HV2AOWCE.js";
import "./chunk-U5NJNZAI.js";
import "./chunk-UNOFXXSK.js";
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
