// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  checkSelectors,
  closestNames,
  editDistance,
  selectRules,
  selectorRank,
  unknownSelectors,
  validateParameters
} from "./chunk-MOU3WUB3.js";
import "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";
export {
  checkSelectors,
  closestNames,
  editDistance,
  selectRules,
  selectorRank,
  unknownSelectors,
  validateParameters
};
