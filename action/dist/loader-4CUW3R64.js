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
} from "./chunk-U7YZQ5OH.js";
import "./chunk-WHGMM3JT.js";
import "./chunk-DSRYQB3K.js";
import "./chunk-4UMQOJLN.js";
import "./chunk-6DM37KYG.js";
import "./chunk-HAKBFTBG.js";
import "./chunk-DHNXZE3A.js";
import "./chunk-FS5UR65F.js";
import "./chunk-CAMAAOGI.js";
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
