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
} from "./chunk-BFOMLGHA.js";
import "./chunk-FLSYEJUL.js";
import "./chunk-GCNHWXLG.js";
import "./chunk-TTA7ZPON.js";
import "./chunk-LV32CQDG.js";
import "./chunk-IBHIKH4K.js";
import "./chunk-JITEYERM.js";
import "./chunk-QIDG2HMB.js";
import "./chunk-BCKHJA7M.js";
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
