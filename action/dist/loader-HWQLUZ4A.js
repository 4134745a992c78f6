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
} from "./chunk-ZKUQZAMB.js";
import "./chunk-WHGMM3JT.js";
import "./chunk-L3IHJLTP.js";
import "./chunk-BK43DRDR.js";
import "./chunk-JZSO3CA5.js";
import "./chunk-E7PGPNG2.js";
import "./chunk-FS5UR65F.js";
import "./chunk-JBCMIDXA.js";
import "./chunk-X4XUNZUX.js";
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
