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
} from "./chunk-6ORTD3P6.js";
import "./chunk-WHGMM3JT.js";
import "./chunk-KB5R73ND.js";
import "./chunk-Y3EPJ2II.js";
import "./chunk-7BY44YXD.js";
import "./chunk-FEQQGBTV.js";
import "./chunk-FS5UR65F.js";
import "./chunk-FMFJ3WKS.js";
import "./chunk-AZABMKQD.js";
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
