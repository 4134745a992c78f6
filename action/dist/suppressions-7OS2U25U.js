// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  applySuppressions,
  refuseBlanketSuppressions
} from "./chunk-ELRPPGFX.js";
import "./chunk-73WTJT6Y.js";
import "./chunk-TASHP5U3.js";
export {
  applySuppressions,
  refuseBlanketSuppressions
};
