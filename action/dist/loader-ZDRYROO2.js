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
} from "./chunk-73IU4VCR.js";
import "./chunk-WHGMM3JT.js";
import "./chunk-TTWUM2D6.js";
import "./chunk-BGL6HGPV.js";
import "./chunk-6B7ZJOQV.js";
import "./chunk-VOE7GXOH.js";
import "./chunk-FS5UR65F.js";
import "./chunk-4MJOKWLE.js";
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
