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
} from "./chunk-PJCIRTKF.js";
import "./chunk-WHGMM3JT.js";
import "./chunk-AIK63GH7.js";
import "./chunk-5BNJDB2J.js";
import "./chunk-O7CTECSG.js";
import "./chunk-CTPHPSMJ.js";
import "./chunk-FS5UR65F.js";
import "./chunk-XZWEDO7K.js";
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
