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
} from "./chunk-B7CZWXTC.js";
import "./chunk-SNJAJXSP.js";
import "./chunk-FYODNL6L.js";
import "./chunk-ES2OZW4Z.js";
import "./chunk-6DM37KYG.js";
import "./chunk-RD47CNRY.js";
import "./chunk-SHTQVT5S.js";
import "./chunk-X6A6OTOC.js";
import "./chunk-VQAVFDJZ.js";
import "./chunk-HGZGRQEX.js";
import "./chunk-BAWUMSZC.js";
import "./chunk-U5NJNZAI.js";
import "./chunk-2ZF4RDC5.js";
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
