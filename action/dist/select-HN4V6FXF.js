// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  checkRuleParameters,
  checkSelectors,
  closestNames,
  editDistance,
  selectRules,
  selectorRank,
  unknownSelectors,
  validateParameters
} from "./chunk-2ZF4RDC5.js";
import "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";
export {
  checkRuleParameters,
  checkSelectors,
  closestNames,
  editDistance,
  selectRules,
  selectorRank,
  unknownSelectors,
  validateParameters
};
