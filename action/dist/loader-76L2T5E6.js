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
} from "./chunk-HRGHAR3M.js";
import "./chunk-RE6UGQ4Q.js";
import "./chunk-C7FXY7VI.js";
import "./chunk-YFH4OPNO.js";
import "./chunk-6DM37KYG.js";
import "./chunk-PZMNQCSM.js";
import "./chunk-RD47CNRY.js";
import "./chunk-2ZF4RDC5.js";
import "./chunk-CZTQCKSR.js";
import "./chunk-7OX6WNOG.js";
import "./chunk-7QKNY6K3.js";
import "./chunk-HGZGRQEX.js";
import "./chunk-BAWUMSZC.js";
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
