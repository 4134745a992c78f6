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
} from "./chunk-66T6N3AH.js";
import "./chunk-SO3GBPH4.js";
import "./chunk-34Z67IHT.js";
import "./chunk-ZDJSIHNF.js";
import "./chunk-NR7ZK56V.js";
import "./chunk-PN3R6FRI.js";
import "./chunk-P7BE7QVO.js";
import "./chunk-X4XUNZUX.js";
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
