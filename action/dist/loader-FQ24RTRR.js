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
} from "./chunk-TAQ63O75.js";
import "./chunk-RE6UGQ4Q.js";
import "./chunk-JQMT6ROJ.js";
import "./chunk-S3AT3B3X.js";
import "./chunk-6SZT6H2Y.js";
import "./chunk-6DM37KYG.js";
import "./chunk-W7HSBP7P.js";
import "./chunk-DE4R3APS.js";
import "./chunk-WXB6QJGT.js";
import "./chunk-7OX6WNOG.js";
import "./chunk-DJZGBTZI.js";
import "./chunk-EXF4D7CR.js";
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
