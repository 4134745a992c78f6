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
} from "./chunk-X62UAIGI.js";
import "./chunk-RE6UGQ4Q.js";
import "./chunk-O66WBM25.js";
import "./chunk-NDNMV6DN.js";
import "./chunk-6SZT6H2Y.js";
import "./chunk-6DM37KYG.js";
import "./chunk-W7HSBP7P.js";
import "./chunk-DE4R3APS.js";
import "./chunk-HJVCZSH6.js";
import "./chunk-7OX6WNOG.js";
import "./chunk-DJZGBTZI.js";
import "./chunk-SIU5AQPJ.js";
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
