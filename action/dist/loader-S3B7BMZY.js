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
} from "./chunk-C24DWH4D.js";
import "./chunk-RE6UGQ4Q.js";
import "./chunk-F5BO7OAS.js";
import "./chunk-QMFSRPG2.js";
import "./chunk-6DM37KYG.js";
import "./chunk-G3A2SSVQ.js";
import "./chunk-BSVCIPHA.js";
import "./chunk-2ZF4RDC5.js";
import "./chunk-6SVPVU6Z.js";
import "./chunk-7OX6WNOG.js";
import "./chunk-2A7BETSS.js";
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
