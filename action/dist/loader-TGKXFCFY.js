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
} from "./chunk-BV3B5RIZ.js";
import "./chunk-B7FZH2MU.js";
import "./chunk-QRTGH2NG.js";
import "./chunk-MI7QTLKY.js";
import "./chunk-6DM37KYG.js";
import "./chunk-KGH5L7TX.js";
import "./chunk-MAHDJNW7.js";
import "./chunk-FS5UR65F.js";
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
