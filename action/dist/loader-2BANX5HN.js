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
} from "./chunk-V7OPZ7UO.js";
import "./chunk-RE6UGQ4Q.js";
import "./chunk-DHLP3NUH.js";
import "./chunk-KTSCHQPE.js";
import "./chunk-6DM37KYG.js";
import "./chunk-W7HSBP7P.js";
import "./chunk-G7CE4VCC.js";
import "./chunk-2ZF4RDC5.js";
import "./chunk-4LIWF2RU.js";
import "./chunk-7OX6WNOG.js";
import "./chunk-DJZGBTZI.js";
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
