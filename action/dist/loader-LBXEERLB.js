// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  BUILTIN_RULES_DIR,
  catalogueDigest,
  closestModelFields,
  fixturesFileFor,
  listRuleFiles,
  loadRuleFile,
  loadRules,
  ruleFileLabel
} from "./chunk-XRHLJRGU.js";
import "./chunk-RE6UGQ4Q.js";
import "./chunk-ZZKJ3Z77.js";
import "./chunk-4SMYYISV.js";
import "./chunk-6SZT6H2Y.js";
import "./chunk-6DM37KYG.js";
import "./chunk-W7HSBP7P.js";
import "./chunk-DE4R3APS.js";
import "./chunk-Y6AZ3VZH.js";
import "./chunk-7OX6WNOG.js";
import "./chunk-DJZGBTZI.js";
import "./chunk-HV2AOWCE.js";
import "./chunk-U5NJNZAI.js";
import "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";
export {
  BUILTIN_RULES_DIR,
  catalogueDigest,
  closestModelFields,
  fixturesFileFor,
  listRuleFiles,
  loadRuleFile,
  loadRules,
  ruleFileLabel
};
