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
} from "./chunk-ECLAK3RV.js";
import "./chunk-BWVCHSJP.js";
import "./chunk-GYTGSNG5.js";
import "./chunk-KIMEY5AO.js";
import "./chunk-6DM37KYG.js";
import "./chunk-KGH5L7TX.js";
import "./chunk-MN4CWJLL.js";
import "./chunk-7OX6WNOG.js";
import "./chunk-JPX5EDE7.js";
import "./chunk-JVJJTZ5E.js";
import "./chunk-54M4OODH.js";
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
